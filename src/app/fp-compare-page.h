/* fp-compare-page.h — two assessments side by side
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fp-assessment.h"

G_BEGIN_DECLS

#define FP_TYPE_COMPARE_PAGE (fp_compare_page_get_type ())
G_DECLARE_FINAL_TYPE (FpComparePage, fp_compare_page, FP, COMPARE_PAGE, GtkWidget)

void          fp_compare_page_set (FpComparePage *self,
                                   FpAssessment  *before,
                                   GDateTime     *before_saved,
                                   FpAssessment  *after,
                                   GDateTime     *after_saved);
FpAssessment *fp_compare_page_get_assessment (FpComparePage *self);
guint         fp_compare_page_get_n_changes (FpComparePage *self);

G_END_DECLS
