/* fp-role-dialog.h — choosing an occupation by a job title
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define FP_TYPE_ROLE_DIALOG (fp_role_dialog_get_type ())
G_DECLARE_FINAL_TYPE (FpRoleDialog, fp_role_dialog, FP, ROLE_DIALOG, AdwWindow)

FpRoleDialog *fp_role_dialog_new (GtkWindow  *parent,
                                  const char *text);

G_END_DECLS
