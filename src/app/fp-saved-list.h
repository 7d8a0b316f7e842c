/* fp-saved-list.h — the assessments kept, on the welcome page
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fp-saved.h"

G_BEGIN_DECLS

#define FP_TYPE_SAVED_LIST (fp_saved_list_get_type ())
G_DECLARE_FINAL_TYPE (FpSavedList, fp_saved_list, FP, SAVED_LIST, GtkWidget)

void  fp_saved_list_reload (FpSavedList *self);
guint fp_saved_list_get_n_saved (FpSavedList *self);
void  fp_saved_list_delete (FpSavedList *self,
                            guint        index);

void fp_saved_list_choose (FpSavedList *self,
                           guint        index);

G_END_DECLS
