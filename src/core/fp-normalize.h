/* fp-normalize.h — the one way titles and words are compared
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char      *fp_normalize_key (const char *text);
GPtrArray *fp_normalize_tokens (const char *text);
char      *fp_normalize_stem (const char *token);
GStrv      fp_normalize_phrase_stems (const char *phrase);
char      *fp_normalize_drop_grade (const char *title);
guint      fp_normalize_distance (const char *a,
                                  const char *b,
                                  guint       max);
guint64    fp_normalize_letters (const char *key);
int        fp_normalize_compare_reversed (const char *a,
                                          gsize       a_len,
                                          const char *b,
                                          gsize       b_len);

G_END_DECLS
