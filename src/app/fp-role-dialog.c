/* fp-role-dialog.c — choosing an occupation by a job title
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A modal window around FpRoleSearch, opened with a title searched for
 * already ("Wrong occupation?", a title from the CV). Choosing an
 * occupation emits "role-chosen" and closes it; Escape closes it.
 */

#define G_LOG_DOMAIN "fp-role-dialog"

#include "config.h"

#include "fp-role-dialog.h"
#include "fp-role-search.h"

struct _FpRoleDialog
{
  AdwWindow parent_instance;

  FpRoleSearch *search;
};

enum
{
  ROLE_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FpRoleDialog, fp_role_dialog, ADW_TYPE_WINDOW)

static void
role_activated_cb (FpRoleDialog *self,
                   const char   *isco08,
                   const char   *title)
{
  g_signal_emit (self, signals[ROLE_CHOSEN], 0, isco08, title);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
fp_role_dialog_class_init (FpRoleDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (FP_TYPE_ROLE_SEARCH);

  /**
   * FpRoleDialog::role-chosen:
   * @isco08: the occupation's ISCO-08 code
   * @title: the title that was chosen
   */
  signals[ROLE_CHOSEN] = g_signal_new ("role-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                       NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/fp-role-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FpRoleDialog, search);
  gtk_widget_class_bind_template_callback (widget_class, role_activated_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fp_role_dialog_init (FpRoleDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * fp_role_dialog_new:
 * @parent: the window it belongs to
 * @text: (nullable): what to search for at once
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
FpRoleDialog *
fp_role_dialog_new (GtkWindow  *parent,
                    const char *text)
{
  FpRoleDialog *self = g_object_new (FP_TYPE_ROLE_DIALOG, "transient-for", parent, NULL);

  if (text != NULL)
    fp_role_search_set_text (self->search, text);
  gtk_widget_grab_focus (GTK_WIDGET (self->search));
  return self;
}
