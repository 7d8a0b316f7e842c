/* fp-saved.h — one assessment the person kept
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fp-assessment.h"

G_BEGIN_DECLS

/* The version of a saved file; readers skip other versions. */
#define FP_SAVED_SCHEMA 1

#define FP_TYPE_SAVED (fp_saved_get_type ())
G_DECLARE_FINAL_TYPE (FpSaved, fp_saved, FP, SAVED, GObject)

FpSaved      *fp_saved_new (FpAssessment *assessment,
                            const char   *source,
                            GDateTime    *saved);
FpSaved      *fp_saved_new_from_json (const char *id,
                                      JsonNode   *node,
                                      GError    **error);
JsonNode     *fp_saved_to_json (FpSaved *self);
const char   *fp_saved_get_id (FpSaved *self);
void          fp_saved_set_id (FpSaved    *self,
                               const char *id);
GDateTime    *fp_saved_get_saved (FpSaved *self);
const char   *fp_saved_get_source (FpSaved *self);
FpAssessment *fp_saved_get_assessment (FpSaved *self);
char         *fp_saved_dup_description (FpSaved *self);

G_END_DECLS
