/* fp-assessor.h — a CV and an occupation in, an assessment out
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "fp-assessment.h"
#include "fp-cv.h"

G_BEGIN_DECLS

#define FP_ASSESS_ERROR (fp_assess_error_quark ())

/**
 * FpAssessError:
 * @FP_ASSESS_ERROR_NO_OCCUPATION: nothing names an occupation we know
 * @FP_ASSESS_ERROR_UNKNOWN_CODE: no such ISCO-08 unit group
 * @FP_ASSESS_ERROR_UNSURE: several occupations could fit, none surely: the
 *   person chooses (fp_matcher_match_cv() or fp_matcher_match_title() give
 *   the candidates)
 * @FP_ASSESS_ERROR_NO_FIGURES: a real ISCO-08 unit group that the ILO gives
 *   no figures for (fp_kb_dup_nearest_units() gives the nearest that it does)
 */
typedef enum
{
  FP_ASSESS_ERROR_NO_OCCUPATION,
  FP_ASSESS_ERROR_UNKNOWN_CODE,
  FP_ASSESS_ERROR_UNSURE,
  FP_ASSESS_ERROR_NO_FIGURES,
} FpAssessError;

/* Task marks: the share of a task today's generative AI could do (the ILO
 * score) from which it counts as automated, or as changing. See
 * docs/calibration.md for why. */
#define FP_AUTOMATED_FROM 0.55
#define FP_CHANGING_FROM  0.30

/* The top of the observed range of task scores: a score of 100. */
#define FP_SCORE_TOP 0.75

/* How much the observed use of AI in the work (Microsoft 2025) weighs
 * against the ILO's task potential in the score. See docs/calibration.md
 * for why. */
#define FP_OBSERVED_WEIGHT 0.3

GQuark fp_assess_error_quark (void);

char *fp_assess_describe_occupation (const char *isco08,
                                     FpLang      lang);

FpAssessment *fp_assess_cv (FpCv       *cv,
                            const char *isco08,
                            FpLang      lang,
                            GError    **error);
FpAssessment *fp_assess_role (const char *title,
                              const char *isco08,
                              FpLang      lang,
                              GError    **error);
FpAssessment *fp_assess_occupation (const char *isco08,
                                    FpLang      lang,
                                    GError    **error);
FpAssessment *fp_assess_file (GFile        *file,
                              const char   *password,
                              const char   *isco08,
                              FpLang        lang,
                              FpCv        **cv,
                              GCancellable *cancellable,
                              GError      **error);
void          fp_assess_file_async (GFile              *file,
                                    const char         *password,
                                    const char         *isco08,
                                    FpLang              lang,
                                    GCancellable       *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data);
FpAssessment *fp_assess_file_finish (GAsyncResult *result,
                                     FpCv        **cv,
                                     GError      **error);

FpLang fp_assess_default_language (void);
char  *fp_assess_person_in (FpAssessment *assessment,
                            FpLang        lang);
char  *fp_assess_task_text (const char *task_id,
                            FpLang      lang);

G_END_DECLS
