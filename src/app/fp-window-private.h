/* fp-window-private.h — what the tests look at
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fp-window.h"

G_BEGIN_DECLS

const char *fp_window_get_page_name (FpWindow *self);
const char *fp_window_get_error_message (FpWindow *self);
gboolean    fp_window_get_drop_active (FpWindow *self);
GtkWidget  *fp_window_get_result_page (FpWindow *self);
GtkWidget  *fp_window_get_welcome_search (FpWindow *self);
GtkWidget  *fp_window_get_export_button (FpWindow *self);
GtkWidget  *fp_window_get_saved_list (FpWindow *self);
const char *fp_window_get_error_title (FpWindow *self);
GPtrArray  *fp_window_dup_suggestions (FpWindow *self);
void        fp_window_activate_suggestion (FpWindow *self,
                                           guint     index);

G_END_DECLS
