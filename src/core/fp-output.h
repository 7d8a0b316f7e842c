/* fp-output.h — writing a file so that nothing is lost
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean fp_output_write_file (const char *path,
                               const void *data,
                               gsize       length,
                               GError    **error);
void     fp_output_remove_pending (void);
gboolean fp_output_is_input (const char        *output,
                             const char *const *inputs);

G_END_DECLS
