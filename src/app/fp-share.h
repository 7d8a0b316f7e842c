/* fp-share.h — the report by e-mail, through the desktop's portal
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "fp-assessment.h"

G_BEGIN_DECLS

void     fp_share_report_async (GtkWindow          *parent,
                                FpAssessment       *assessment,
                                GCancellable       *cancellable,
                                GAsyncReadyCallback callback,
                                gpointer            user_data);
gboolean fp_share_report_finish (GAsyncResult *result,
                                 GError      **error);

G_END_DECLS
