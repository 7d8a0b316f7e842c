/* fp-score-dial.h
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fp-types.h"

G_BEGIN_DECLS

#define FP_TYPE_SCORE_DIAL (fp_score_dial_get_type ())
G_DECLARE_FINAL_TYPE (FpScoreDial, fp_score_dial, FP, SCORE_DIAL, GtkWidget)

GtkWidget *fp_score_dial_new (void);
void       fp_score_dial_set_score (FpScoreDial *self,
                                    int          score,
                                    int          range_low,
                                    int          range_high,
                                    FpLevel      level,
                                    const char  *level_label,
                                    const char  *description);
int        fp_score_dial_get_score (FpScoreDial *self);

G_END_DECLS
