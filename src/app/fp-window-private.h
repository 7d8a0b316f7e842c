/* fp-window-private.h — what the window's files share, and what the tests look at
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fp-window.c shows pages and reads CVs; fp-window-actions.c holds the
 * actions of the menu and the header bar. Both see the window's struct.
 */

#pragma once

#include <adwaita.h>

#include "fp-assessor.h"
#include "fp-compare-page.h"
#include "fp-result-page.h"
#include "fp-role-search.h"
#include "fp-saved-list.h"
#include "fp-window.h"

G_BEGIN_DECLS

struct _FpWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  GtkButton           *back_button;
  GtkWidget           *export_button;
  GtkWidget           *copy_button;
  FpSavedList         *saved_list;
  AdwWindowTitle      *window_title;
  AdwToastOverlay     *toast_overlay;
  GtkRevealer         *drop_revealer;
  GtkStack            *stack;
  GtkSpinner          *spinner;
  FpResultPage        *result_page;
  FpComparePage       *compare_page;
  FpRoleSearch        *welcome_search;
  AdwStatusPage       *error_page;
  AdwPreferencesGroup *suggestions_group;
  GtkWidget           *search_instead_button;
  GtkWidget           *open_another_button;

  /* State */
  GSettings    *settings;
  GCancellable *cancellable;
  GFile        *file;
  FpCv         *cv;         /* the CV read last, to assess again */
  char         *role_title; /* or the job title searched for */
  char         *isco08;     /* the occupation chosen, or NULL for the one found */
  char         *error_message;
  GPtrArray    *suggestion_rows; /* in suggestions_group */
  gboolean      had_password;
  const char   *compare_from; /* the page a comparison was opened from */
};

/* fp-window.c */
void          fp_window_show_page (FpWindow   *self,
                                   const char *name);
FpLang        fp_window_report_language (FpWindow *self);
gboolean      fp_window_save_current (FpWindow *self);
void          fp_window_choose_role (FpWindow   *self,
                                     const char *isco08,
                                     const char *title);
void          fp_window_open_role_search (FpWindow   *self,
                                          const char *text);
void          fp_window_show_comparison (FpWindow     *self,
                                         FpAssessment *before,
                                         GDateTime    *before_saved,
                                         FpAssessment *after,
                                         GDateTime    *after_saved);
FpAssessment *fp_window_get_shown_assessment (FpWindow *self);

/* fp-window-actions.c */
void fp_window_class_install_actions (GtkWidgetClass *widget_class);

/* For the tests */
const char *fp_window_get_page_name (FpWindow *self);
const char *fp_window_get_error_message (FpWindow *self);
gboolean    fp_window_get_drop_active (FpWindow *self);
GtkWidget  *fp_window_get_result_page (FpWindow *self);
GtkWidget  *fp_window_get_compare_page (FpWindow *self);
GtkWidget  *fp_window_get_welcome_search (FpWindow *self);
GtkWidget  *fp_window_get_export_button (FpWindow *self);
GtkWidget  *fp_window_get_saved_list (FpWindow *self);
const char *fp_window_get_error_title (FpWindow *self);
GPtrArray  *fp_window_dup_suggestions (FpWindow *self);
void        fp_window_activate_suggestion (FpWindow *self,
                                           guint     index);

G_END_DECLS
