/* fp-json.h — JSON written the same way every time
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

char *fp_json_to_string (JsonNode *node,
                         gboolean  pretty);

G_END_DECLS
