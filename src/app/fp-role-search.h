/* fp-role-search.h
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FP_TYPE_ROLE_SEARCH (fp_role_search_get_type ())
G_DECLARE_FINAL_TYPE (FpRoleSearch, fp_role_search, FP, ROLE_SEARCH, GtkWidget)

GtkWidget *fp_role_search_new (void);
void       fp_role_search_set_text (FpRoleSearch *self,
                                    const char   *text);
guint      fp_role_search_get_n_results (FpRoleSearch *self);
gboolean   fp_role_search_activate_result (FpRoleSearch *self,
                                           guint         index);

G_END_DECLS
