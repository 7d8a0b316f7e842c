/* fp-result-page.h
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fp-assessment.h"

G_BEGIN_DECLS

#define FP_TYPE_RESULT_PAGE (fp_result_page_get_type ())
G_DECLARE_FINAL_TYPE (FpResultPage, fp_result_page, FP, RESULT_PAGE, GtkWidget)

void          fp_result_page_set_assessment (FpResultPage *self,
                                             FpAssessment *assessment);
FpAssessment *fp_result_page_get_assessment (FpResultPage *self);
void          fp_result_page_show_top (FpResultPage *self);

/* For tests. */
GtkWidget  *fp_result_page_get_dial (FpResultPage *self);
guint       fp_result_page_get_n_tasks (FpResultPage *self);
const char *fp_result_page_get_headline (FpResultPage *self);
const char *fp_result_page_get_narrative (FpResultPage *self);

G_END_DECLS
