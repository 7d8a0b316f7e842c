/* fp-task-row.h
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <json-glib/json-glib.h>

#include "fp-types.h"

G_BEGIN_DECLS

#define FP_TYPE_TASK_ROW (fp_task_row_get_type ())
G_DECLARE_FINAL_TYPE (FpTaskRow, fp_task_row, FP, TASK_ROW, GtkListBoxRow)

GtkWidget *fp_task_row_new (JsonObject *task,
                            FpLang      lang);

GtkWidget *fp_task_row_new_mark (const char *mark,
                                 const char *label);

G_END_DECLS
