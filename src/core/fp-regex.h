/* fp-regex.h — regular expressions compiled once
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean fp_regex_match (const char        *pattern,
                         const char        *text,
                         GRegexCompileFlags compile_flags,
                         GRegexMatchFlags   match_flags);
GStrv    fp_regex_split (const char        *pattern,
                         const char        *text,
                         GRegexCompileFlags compile_flags,
                         GRegexMatchFlags   match_flags);

G_END_DECLS
