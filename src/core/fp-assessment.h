/* fp-assessment.h — the result of an assessment, and its JSON
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "fp-types.h"

G_BEGIN_DECLS

#define FP_ASSESSMENT_SCHEMA 2

#define FP_ASSESSMENT_ERROR (fp_assessment_error_quark ())

typedef enum
{
  FP_ASSESSMENT_ERROR_INVALID,
} FpAssessmentError;

#define FP_TYPE_ASSESSMENT (fp_assessment_get_type ())
G_DECLARE_FINAL_TYPE (FpAssessment, fp_assessment, FP, ASSESSMENT, GObject)

GQuark fp_assessment_error_quark (void);

FpAssessment *fp_assessment_new_from_json (JsonNode *node,
                                           GError  **error);
JsonObject   *fp_assessment_get_root (FpAssessment *self);
JsonObject   *fp_assessment_get_comparison (FpAssessment *self);
char         *fp_assessment_to_string (FpAssessment *self,
                                       gboolean      pretty);
char         *fp_assessment_dup_summary (FpAssessment *self);

FpLang      fp_assessment_get_lang (FpAssessment *self);
int         fp_assessment_get_score (FpAssessment *self);
int         fp_assessment_get_score_base (FpAssessment *self);
void        fp_assessment_get_range (FpAssessment *self,
                                     int          *low,
                                     int          *high);
FpLevel     fp_assessment_get_level (FpAssessment *self);
const char *fp_assessment_get_level_label (FpAssessment *self);
const char *fp_assessment_get_headline (FpAssessment *self);
const char *fp_assessment_get_subtitle (FpAssessment *self);
const char *fp_assessment_get_narrative (FpAssessment *self);
const char *fp_assessment_get_edge (FpAssessment *self);
const char *fp_assessment_get_isco08 (FpAssessment *self);
const char *fp_assessment_get_title (FpAssessment *self);
const char *fp_assessment_get_person (FpAssessment *self);
JsonObject *fp_assessment_get_occupation (FpAssessment *self);
const char *fp_assessment_get_basis_text (FpAssessment *self);
JsonArray  *fp_assessment_get_evidence (FpAssessment *self);
JsonArray  *fp_assessment_get_context (FpAssessment *self);
JsonArray  *fp_assessment_get_tasks (FpAssessment *self);
JsonArray  *fp_assessment_get_plan (FpAssessment *self);
JsonArray  *fp_assessment_get_adjustments (FpAssessment *self);
JsonArray  *fp_assessment_get_sources (FpAssessment *self);
char       *fp_assessment_dup_ilo_mean (FpAssessment *self);
char       *fp_assessment_dup_score_line (FpAssessment *self);
char       *fp_assessment_dup_occupation_line (FpAssessment *self);
char       *fp_assessment_dup_sources_line (FpAssessment *self);
char       *fp_assessment_dup_potential (FpAssessment *self);
char       *fp_assessment_dup_observed (FpAssessment *self);
char       *fp_assessment_dup_figures (FpAssessment *self);
char       *fp_assessment_format_delta (int delta);

G_END_DECLS
