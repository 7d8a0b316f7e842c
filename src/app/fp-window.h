/* fp-window.h
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "fp-application.h"

G_BEGIN_DECLS

#define FP_TYPE_WINDOW (fp_window_get_type ())
G_DECLARE_FINAL_TYPE (FpWindow, fp_window, FP, WINDOW, AdwApplicationWindow)

FpWindow *fp_window_new (FpApplication *application);
void      fp_window_open_file (FpWindow *self,
                               GFile    *file);

G_END_DECLS
