/* fp-history.h — the assessments a person kept, on their own computer
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fp-saved.h"

G_BEGIN_DECLS

char         *fp_history_dup_dir (void);
FpSaved      *fp_history_save (FpAssessment *assessment,
                               const char   *source,
                               GError      **error);
gboolean      fp_history_write (FpSaved *saved,
                                GError **error);
GPtrArray    *fp_history_list (guint *n_skipped);
FpSaved      *fp_history_lookup (const char *id,
                                 GError    **error);
gboolean      fp_history_delete (const char *id,
                                 GError    **error);
JsonNode     *fp_history_compare (FpAssessment *before,
                                  GDateTime    *before_saved,
                                  FpAssessment *after);
FpAssessment *fp_history_with_comparison (FpAssessment *after,
                                          JsonNode     *comparison);
char         *fp_history_describe_comparison (JsonNode *comparison,
                                              FpLang    lang);
char         *fp_history_describe_score_change (JsonObject *comparison,
                                                FpLang      lang);
const char   *fp_history_mark_label (const char *mark,
                                     FpLang      lang);

G_END_DECLS
