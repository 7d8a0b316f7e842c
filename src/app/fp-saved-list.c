/* fp-saved-list.c — the assessments kept, on the welcome page
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per saved assessment, newest first: who was assessed, when, the
 * score and the level. A row opens its result; its button deletes it (the
 * window offers Undo); "Delete All" asks first. Hidden while there are none.
 */

#define G_LOG_DOMAIN "fp-saved-list"

#include "config.h"

#include <glib/gi18n.h>

#include "fp-history.h"
#include "fp-saved-list.h"

struct _FpSavedList
{
  GtkWidget parent_instance;

  AdwPreferencesGroup *group;
  GtkWidget           *delete_all_button;
  GtkToggleButton     *compare_button;
  GPtrArray           *rows;  /* AdwActionRow */
  GPtrArray           *saved; /* FpSaved, as the rows */
};

enum
{
  ACTIVATED,
  DELETED,
  COMPARE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FpSavedList, fp_saved_list, GTK_TYPE_WIDGET)

static gboolean
choosing (FpSavedList *self)
{
  return gtk_toggle_button_get_active (self->compare_button);
}

/* A row's check button, shown while two are being chosen to compare. */
static GtkCheckButton *
row_check (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "check");
}

/* Choosing two to compare, or not: check buttons instead of the delete
 * buttons, and the group says what to do. */
static void
show_choosing (FpSavedList *self)
{
  gboolean on = choosing (self);

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      gtk_check_button_set_active (row_check (row), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (row_check (row)), on);
      gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "delete"), !on);
      gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "next"), !on);
    }
  gtk_widget_set_sensitive (self->delete_all_button, !on);
  adw_preferences_group_set_description (self->group, on ? _ ("Choose two to compare.")
                                                         : _ ("Kept on this computer only, without the text of your CV."));
}

/* Two checked: they are compared, and choosing ends. */
static void
check_toggled_cb (GtkCheckButton *check,
                  FpSavedList    *self)
{
  FpSaved *chosen[2];
  guint    n = 0;

  for (guint i = 0; i < self->rows->len && n < 2; i++)
    if (gtk_check_button_get_active (row_check (g_ptr_array_index (self->rows, i))))
      chosen[n++] = g_ptr_array_index (self->saved, i);
  if (n < 2)
    return;

  g_object_ref (chosen[0]);
  g_object_ref (chosen[1]);
  gtk_toggle_button_set_active (self->compare_button, FALSE);
  g_signal_emit (self, signals[COMPARE], 0, chosen[0], chosen[1]);
  g_object_unref (chosen[0]);
  g_object_unref (chosen[1]);
}

static void
row_activated_cb (AdwActionRow *row,
                  FpSavedList  *self)
{
  guint index;

  if (!g_ptr_array_find (self->rows, row, &index))
    return;
  if (choosing (self))
    gtk_check_button_set_active (row_check (GTK_WIDGET (row)), !gtk_check_button_get_active (row_check (GTK_WIDGET (row))));
  else
    g_signal_emit (self, signals[ACTIVATED], 0, g_ptr_array_index (self->saved, index));
}

static void
delete_clicked_cb (GtkButton   *button,
                   FpSavedList *self)
{
  guint index;

  if (g_ptr_array_find (self->rows, g_object_get_data (G_OBJECT (button), "row"), &index))
    fp_saved_list_delete (self, index);
}

static GtkWidget *
new_row (FpSavedList *self,
         FpSaved     *saved)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget       *check = gtk_check_button_new ();
  GtkWidget       *next = gtk_image_new_from_icon_name ("go-next-symbolic");
  g_autofree char *description = fp_saved_dup_description (saved);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fp_assessment_get_person (fp_saved_get_assessment (saved)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), description);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), self);

  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_tooltip_text (delete, _ ("Delete"));
  g_object_set_data (G_OBJECT (delete), "row", row);
  g_signal_connect (delete, "clicked", G_CALLBACK (delete_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), next);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (check, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Compare"), -1);
  g_signal_connect (check, "toggled", G_CALLBACK (check_toggled_cb), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "check", check);
  g_object_set_data (G_OBJECT (row), "delete", delete);
  g_object_set_data (G_OBJECT (row), "next", next);

  return row;
}

/**
 * fp_saved_list_reload:
 * @self: a #FpSavedList
 *
 * Lists what is saved now.
 */
void
fp_saved_list_reload (FpSavedList *self)
{
  g_autoptr (GPtrArray) saved = fp_history_list (NULL);

  g_return_if_fail (FP_IS_SAVED_LIST (self));

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->saved, 0);

  for (guint i = 0; i < saved->len; i++)
    {
      GtkWidget *row = new_row (self, g_ptr_array_index (saved, i));

      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
      g_ptr_array_add (self->saved, g_object_ref (g_ptr_array_index (saved, i)));
    }
  gtk_widget_set_visible (GTK_WIDGET (self), saved->len > 0);
  /* Two are needed to compare. */
  if (saved->len < 2)
    gtk_toggle_button_set_active (self->compare_button, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->compare_button), saved->len >= 2);
  show_choosing (self);
}

guint
fp_saved_list_get_n_saved (FpSavedList *self)
{
  g_return_val_if_fail (FP_IS_SAVED_LIST (self), 0);
  return self->saved->len;
}

/**
 * fp_saved_list_choose:
 * @self: a #FpSavedList
 * @index: which, from the top
 *
 * Starts choosing two to compare, if that has not started, and checks the
 * one at @index, as the person would: the second emits
 * #FpSavedList::compare.
 */
void
fp_saved_list_choose (FpSavedList *self,
                      guint        index)
{
  g_return_if_fail (FP_IS_SAVED_LIST (self));
  g_return_if_fail (index < self->rows->len);

  gtk_toggle_button_set_active (self->compare_button, TRUE);
  g_signal_emit_by_name (g_ptr_array_index (self->rows, index), "activated");
}

/**
 * fp_saved_list_delete:
 * @self: a #FpSavedList
 * @index: which, from the top
 *
 * Deletes a saved assessment and emits #FpSavedList::deleted with it, so
 * that it can be brought back.
 */
void
fp_saved_list_delete (FpSavedList *self,
                      guint        index)
{
  g_autoptr (FpSaved) saved = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (FP_IS_SAVED_LIST (self));
  g_return_if_fail (index < self->saved->len);

  saved = g_object_ref (g_ptr_array_index (self->saved, index));
  if (!fp_history_delete (fp_saved_get_id (saved), &error))
    g_warning ("%s", error->message);
  fp_saved_list_reload (self);
  g_signal_emit (self, signals[DELETED], 0, saved);
}

static void
delete_all_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        FpSavedList      *self)
{
  if (!g_str_equal (response, "delete"))
    return;
  for (guint i = 0; i < self->saved->len; i++)
    fp_history_delete (fp_saved_get_id (g_ptr_array_index (self->saved, i)), NULL);
  fp_saved_list_reload (self);
}

static void
delete_all_clicked_cb (FpSavedList *self)
{
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              _ ("Delete All Saved Assessments?"),
                                              _ ("They cannot be brought back."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "delete", _ ("_Delete All"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_all_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
fp_saved_list_dispose (GObject *object)
{
  FpSavedList *self = FP_SAVED_LIST (object);
  GtkWidget   *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), FP_TYPE_SAVED_LIST);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->saved, g_ptr_array_unref);

  G_OBJECT_CLASS (fp_saved_list_parent_class)->dispose (object);
}

static void
fp_saved_list_class_init (FpSavedListClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = fp_saved_list_dispose;

  /**
   * FpSavedList::activated:
   * @saved: the saved assessment to show
   */
  signals[ACTIVATED] = g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                     NULL, G_TYPE_NONE, 1, FP_TYPE_SAVED);
  /**
   * FpSavedList::deleted:
   * @saved: the saved assessment just deleted, to bring back with
   *   fp_history_write()
   */
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, FP_TYPE_SAVED);
  /**
   * FpSavedList::compare:
   * @first: one of the two saved assessments chosen
   * @second: the other, in the list's order
   */
  signals[COMPARE] = g_signal_new ("compare", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 2, FP_TYPE_SAVED, FP_TYPE_SAVED);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/fp-saved-list.ui");
  gtk_widget_class_bind_template_child (widget_class, FpSavedList, group);
  gtk_widget_class_bind_template_child (widget_class, FpSavedList, delete_all_button);
  gtk_widget_class_bind_template_child (widget_class, FpSavedList, compare_button);
  gtk_widget_class_bind_template_callback (widget_class, show_choosing);
  gtk_widget_class_bind_template_callback (widget_class, delete_all_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fp_saved_list_init (FpSavedList *self)
{
  self->rows = g_ptr_array_new ();
  self->saved = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
  fp_saved_list_reload (self);
}
