/* fp-report.h — the assessment as an A4 report
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "fp-assessment.h"

G_BEGIN_DECLS

#define FP_REPORT_WIDTH  595.276 /* A4 in points */
#define FP_REPORT_HEIGHT 841.890

GBytes  *fp_report_render (FpAssessment *assessment);
gboolean fp_report_write (FpAssessment *assessment,
                          const char   *path,
                          GError      **error);
guint    fp_report_count_pages (FpAssessment *assessment);
void     fp_report_draw_page (FpAssessment *assessment,
                              cairo_t      *cr,
                              guint         page);
char    *fp_report_suggest_name (FpAssessment *assessment);

G_END_DECLS
