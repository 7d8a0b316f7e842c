/* fp-window.c — the main window: its pages, and reading a CV
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The actions of the menu and the header bar are fp-window-actions.c's.
 */

#define G_LOG_DOMAIN "fp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "fp-history.h"
#include "fp-kb.h"
#include "fp-matcher.h"
#include "fp-role-dialog.h"
#include "fp-window-private.h"

G_DEFINE_FINAL_TYPE (FpWindow, fp_window, ADW_TYPE_APPLICATION_WINDOW)

static void load (FpWindow   *self,
                  const char *password);

void
fp_window_show_page (FpWindow   *self,
                     const char *name)
{
  gboolean working = g_str_equal (name, "working");
  gboolean result = g_str_equal (name, "result");
  /* A report can be made of a result and of a comparison. */
  gboolean report = result || g_str_equal (name, "compare");

  gtk_stack_set_visible_child_name (self->stack, name);
  gtk_spinner_set_spinning (self->spinner, working);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), !g_str_equal (name, "welcome"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", !g_str_equal (name, "welcome"));
  /* What acts on a result is there only with one: in the header bar, so it
   * never needs scrolling to, and off (keys too) anywhere else. */
  gtk_widget_set_visible (self->export_button, report);
  gtk_widget_set_visible (self->copy_button, result);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", report);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", report);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.share", report);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-summary", result);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", result);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare", result && fp_saved_list_get_n_saved (self->saved_list) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.change-occupation",
                                 result || g_str_equal (name, "error"));

  if (g_str_equal (name, "welcome"))
    adw_window_title_set_subtitle (self->window_title, NULL);
}

/* The error page's main action: search for a job title when the CV named
 * none we know, open another CV otherwise. */
static void
set_search_instead (FpWindow *self,
                    gboolean  search)
{
  gtk_widget_set_visible (self->search_instead_button, search);
  if (search)
    gtk_widget_remove_css_class (self->open_another_button, "suggested-action");
  else
    gtk_widget_add_css_class (self->open_another_button, "suggested-action");
}

/* The setting, or else the interface's language. */
FpLang
fp_window_report_language (FpWindow *self)
{
  g_autofree char *lang = g_settings_get_string (self->settings, "report-language");

  return fp_lang_is_valid (lang) ? fp_lang_from_string (lang) : fp_assess_default_language ();
}

static void
clear_suggestions (FpWindow *self)
{
  for (guint i = 0; i < self->suggestion_rows->len; i++)
    adw_preferences_group_remove (self->suggestions_group, g_ptr_array_index (self->suggestion_rows, i));
  g_ptr_array_set_size (self->suggestion_rows, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->suggestions_group), FALSE);
}

static void
show_error (FpWindow   *self,
            const char *message)
{
  g_free (self->error_message);
  self->error_message = g_strdup (message);
  adw_status_page_set_title (self->error_page, _ ("This CV Cannot Be Read"));
  adw_status_page_set_icon_name (self->error_page, "dialog-warning-symbolic");
  adw_status_page_set_description (self->error_page, message);
  clear_suggestions (self);
  set_search_instead (self, FALSE);
  fp_window_show_page (self, "error");
}

/* A title from the CV opens the search with it; an occupation offered when
 * several could fit is chosen at once. */
static void
suggestion_activated_cb (AdwActionRow *row,
                         FpWindow     *self)
{
  const char *isco08 = g_object_get_data (G_OBJECT (row), "isco08");

  if (isco08 != NULL)
    fp_window_choose_role (self, isco08, g_object_get_data (G_OBJECT (row), "title"));
  else
    fp_window_open_role_search (self, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
}

static GtkWidget *
add_suggestion_row (FpWindow   *self,
                    const char *title,
                    const char *subtitle,
                    const char *icon_name)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon_name));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect_object (row, "activated", G_CALLBACK (suggestion_activated_cb), self, 0);
  adw_preferences_group_add (self->suggestions_group, row);
  g_ptr_array_add (self->suggestion_rows, row);
  gtk_widget_set_visible (GTK_WIDGET (self->suggestions_group), TRUE);

  return row;
}

/* Several occupations could fit the CV, none surely: the person chooses,
 * among occupations named in the report's language, each with a line on
 * what the work is. */
static void
show_unsure (FpWindow *self)
{
  g_autoptr (GPtrArray) candidates = fp_matcher_match_cv (fp_kb_get_default (), self->cv, 4);
  FpKb  *kb = fp_kb_get_default ();
  FpLang lang = fp_window_report_language (self);

  show_error (self, _ ("Your CV could fit more than one occupation. Choose the one closest to your work, "
                       "or search for your job title."));
  adw_status_page_set_title (self->error_page, _ ("Which of These Fits You Best?"));
  adw_status_page_set_icon_name (self->error_page, "dialog-question-symbolic");
  adw_preferences_group_set_title (self->suggestions_group, "");
  adw_preferences_group_set_description (self->suggestions_group, NULL);
  set_search_instead (self, TRUE);

  for (guint i = 0; i < candidates->len; i++)
    {
      const FpCandidate *c = g_ptr_array_index (candidates, i);
      const char        *title = fp_kb_unit_get_title (fp_kb_lookup_isco (kb, c->isco08), lang);
      g_autofree char   *about = fp_assess_describe_occupation (c->isco08, lang);
      /* Translators: an ISCO-08 occupation code */
      g_autofree char *code = g_strdup_printf (_ ("ISCO-08 %s"), c->isco08);
      GtkWidget       *row = add_suggestion_row (self, title, about != NULL ? about : code, "go-next-symbolic");

      g_object_set_data_full (G_OBJECT (row), "isco08", g_strdup (c->isco08), g_free);
      g_object_set_data_full (G_OBJECT (row), "title", g_strdup (title), g_free);
    }
}

/* The CV was read, but named no occupation we know: say so plainly, and
 * offer to search for the lines of the CV that read most as job titles. */
static void
show_no_occupation (FpWindow *self)
{
  g_autoptr (GPtrArray) titles = fp_matcher_suggest_titles (fp_kb_get_default (), self->cv, 3);

  show_error (self, _ ("Futureproof read your CV, but could not tell your occupation from it. "
                       "Search for your job title to see your assessment."));
  adw_status_page_set_title (self->error_page, _ ("We Could Not Find Your Occupation"));
  adw_status_page_set_icon_name (self->error_page, "system-search-symbolic");
  set_search_instead (self, TRUE);

  adw_preferences_group_set_title (self->suggestions_group, _ ("Job Titles in Your CV"));
  adw_preferences_group_set_description (self->suggestions_group,
                                         _ ("Choose one to search for it, or search for another title."));
  for (guint i = 0; i < titles->len; i++)
    add_suggestion_row (self, g_ptr_array_index (titles, i), _ ("Search for this title"), "system-search-symbolic");
}

/* A new result starts at the top, with the headline focused; where it
 * replaces one, a toast says so. */
static void
show_assessment (FpWindow     *self,
                 FpAssessment *assessment)
{
  gboolean replaces = fp_result_page_get_assessment (self->result_page) != NULL;

  fp_result_page_set_assessment (self->result_page, assessment);
  adw_window_title_set_subtitle (self->window_title, fp_assessment_get_title (assessment));
  fp_window_show_page (self, "result");
  fp_result_page_show_top (self->result_page);
  if (replaces)
    {
      /* Translators: %s is the occupation or job title now assessed */
      g_autofree char *message = g_strdup_printf (_ ("Updated: %s"), fp_assessment_get_person (assessment));
      AdwToast        *toast = adw_toast_new (message);

      adw_toast_set_timeout (toast, 3);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

/* What the result on screen was made from, for a saved copy: the CV's file
 * name, the title searched for, or the occupation's code. */
static char *
dup_source (FpWindow *self)
{
  FpAssessment *assessment = fp_result_page_get_assessment (self->result_page);

  if (self->cv != NULL && self->file != NULL)
    return g_file_get_basename (self->file);
  if (self->role_title != NULL)
    return g_strdup (self->role_title);
  return g_strdup (assessment != NULL ? fp_assessment_get_isco08 (assessment) : "");
}

gboolean
fp_window_save_current (FpWindow *self)
{
  FpAssessment    *assessment = fp_result_page_get_assessment (self->result_page);
  g_autofree char *source = NULL;
  g_autoptr (FpSaved) saved = NULL;
  g_autoptr (GError) error = NULL;

  if (assessment == NULL)
    return FALSE;
  source = dup_source (self);
  saved = fp_history_save (assessment, source, &error);
  if (saved == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return FALSE;
    }
  fp_saved_list_reload (self->saved_list);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare", TRUE);
  return TRUE;
}

/* A new result from a CV or a search, kept at once if the person asked for
 * that (never otherwise). */
static void
maybe_save_automatically (FpWindow *self)
{
  if (g_settings_get_boolean (self->settings, "save-automatically"))
    fp_window_save_current (self);
}

/* Assesses again what is on screen: another occupation or language, without
 * reading the PDF again. */
static void
reassess (FpWindow *self)
{
  g_autoptr (FpAssessment) assessment = NULL;
  g_autoptr (GError) error = NULL;

  if (self->cv != NULL)
    assessment = fp_assess_cv (self->cv, self->isco08, fp_window_report_language (self), &error);
  else if (self->role_title != NULL)
    assessment = fp_assess_role (self->role_title, self->isco08, fp_window_report_language (self), &error);
  else
    return;

  if (assessment == NULL)
    {
      show_error (self, error->message);
      return;
    }

  show_assessment (self, assessment);
  maybe_save_automatically (self);
}

static void
password_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      gpointer          user_data)
{
  g_autoptr (FpWindow) self = user_data;
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));

  if (g_str_equal (response, "open"))
    load (self, gtk_editable_get_text (entry));
  else
    fp_window_show_page (self, "welcome");
}

static void
ask_password (FpWindow *self,
              gboolean  retry)
{
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *body = NULL;
  GtkWidget       *dialog;
  GtkWidget       *entry;

  if (retry)
    /* Translators: %s is a file name */
    body = g_strdup_printf (_ ("The password for “%s” is not correct. Try again."), name);
  else
    /* Translators: %s is a file name */
    body = g_strdup_printf (_ ("“%s” is protected. Enter its password to read it."), name);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _ ("Password Required"), body);
  entry = gtk_password_entry_new ();
  gtk_password_entry_set_show_peek_icon (GTK_PASSWORD_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Password"),
                                  -1);
  g_object_set (entry, "activates-default", TRUE, NULL);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _ ("_Cancel"),
                                    "open", _ ("_Open"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "open",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "open");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (password_response_cb), g_object_ref (self));
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
assess_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr (FpWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (FpCv) cv = NULL;
  g_autoptr (FpAssessment) assessment = fp_assess_file_finish (result, &cv, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (g_error_matches (error, FP_PDF_ERROR, FP_PDF_ERROR_ENCRYPTED))
    {
      ask_password (self, self->had_password);
      return;
    }

  g_set_object (&self->cv, cv);

  if (g_error_matches (error, FP_ASSESS_ERROR, FP_ASSESS_ERROR_NO_OCCUPATION) && cv != NULL)
    {
      show_no_occupation (self);
      return;
    }
  if (g_error_matches (error, FP_ASSESS_ERROR, FP_ASSESS_ERROR_UNSURE) && cv != NULL)
    {
      show_unsure (self);
      return;
    }
  if (assessment == NULL)
    {
      show_error (self, error->message);
      return;
    }

  show_assessment (self, assessment);
}

static void
load (FpWindow   *self,
      const char *password)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  g_clear_object (&self->cv);
  g_clear_pointer (&self->role_title, g_free);
  g_clear_pointer (&self->isco08, g_free);

  fp_window_show_page (self, "working");
  self->had_password = password != NULL;
  fp_assess_file_async (self->file, password, NULL, fp_window_report_language (self), self->cancellable,
                        assess_cb, g_object_ref (self));
}

/**
 * fp_window_open_file:
 * @self: a #FpWindow
 * @file: a PDF with a CV
 *
 * Reads @file in the background and shows what it holds, or why it cannot
 * be read.
 */
void
fp_window_open_file (FpWindow *self,
                     GFile    *file)
{
  g_return_if_fail (FP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_set_object (&self->file, file);
  load (self, NULL);
}

static GdkDragAction
drop_enter_cb (GtkDropTarget *target,
               double         x,
               double         y,
               FpWindow      *self)
{
  gtk_revealer_set_reveal_child (self->drop_revealer, TRUE);
  return GDK_ACTION_COPY;
}

static void
drop_leave_cb (GtkDropTarget *target,
               FpWindow      *self)
{
  gtk_revealer_set_reveal_child (self->drop_revealer, FALSE);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         FpWindow      *self)
{
  GSList *files;

  gtk_revealer_set_reveal_child (self->drop_revealer, FALSE);

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  if (files == NULL)
    return FALSE;

  fp_window_open_file (self, files->data);
  g_slist_free (files);

  return TRUE;
}

/* The person chose an occupation: for the CV on screen ("Wrong
 * occupation?"), or, with no CV, for the title they searched for. */
void
fp_window_choose_role (FpWindow   *self,
                       const char *isco08,
                       const char *title)
{
  g_free (self->isco08);
  self->isco08 = g_strdup (isco08);

  if (self->cv == NULL)
    {
      g_free (self->role_title);
      self->role_title = g_strdup (title);
    }

  reassess (self);
  if (g_str_equal (fp_window_get_page_name (self), "result"))
    maybe_save_automatically (self);
}

static void
saved_activated_cb (FpWindow *self,
                    FpSaved  *saved)
{
  /* A kept result stands on its own: no CV, no search behind it. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cv);
  g_clear_pointer (&self->role_title, g_free);
  g_clear_pointer (&self->isco08, g_free);
  show_assessment (self, fp_saved_get_assessment (saved));
}

static void
undo_delete_cb (AdwToast *toast,
                FpWindow *self)
{
  FpSaved *saved = g_object_get_data (G_OBJECT (toast), "saved");
  g_autoptr (GError) error = NULL;

  if (!fp_history_write (saved, &error))
    g_warning ("%s", error->message);
  fp_saved_list_reload (self->saved_list);
}

static void
saved_deleted_cb (FpWindow *self,
                  FpSaved  *saved)
{
  /* Translators: %s is who was assessed */
  g_autofree char *message = g_strdup_printf (_ ("Deleted: %s"), fp_assessment_get_person (fp_saved_get_assessment (saved)));
  AdwToast        *toast = adw_toast_new (message);

  adw_toast_set_button_label (toast, _ ("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "saved", g_object_ref (saved), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Two assessments side by side: @before and @after, with the dates they
 * were saved (%NULL for @after: now, on screen). Back returns to the page
 * it was opened from. */
void
fp_window_show_comparison (FpWindow     *self,
                           FpAssessment *before,
                           GDateTime    *before_saved,
                           FpAssessment *after,
                           GDateTime    *after_saved)
{
  const char *from = fp_window_get_page_name (self);

  self->compare_from = g_str_equal (from, "result") ? "result" : "welcome";
  fp_compare_page_set (self->compare_page, before, before_saved, after, after_saved);
  adw_window_title_set_subtitle (self->window_title, fp_assessment_get_title (after));
  fp_window_show_page (self, "compare");
}

/* Two saved assessments chosen on the welcome page: the older first. */
static void
saved_compare_cb (FpWindow *self,
                  FpSaved  *first,
                  FpSaved  *second)
{
  gboolean in_order = g_date_time_compare (fp_saved_get_saved (first), fp_saved_get_saved (second)) <= 0;
  FpSaved *before = in_order ? first : second, *after = in_order ? second : first;

  fp_window_show_comparison (self, fp_saved_get_assessment (before), fp_saved_get_saved (before),
                             fp_saved_get_assessment (after), fp_saved_get_saved (after));
}

/**
 * fp_window_get_shown_assessment:
 * @self: a #FpWindow
 *
 * Returns: (transfer none) (nullable): what a report would be made of: the
 *   result on screen, or the later assessment of a comparison with what
 *   changed; %NULL on the other pages
 */
FpAssessment *
fp_window_get_shown_assessment (FpWindow *self)
{
  const char *page = fp_window_get_page_name (self);

  if (g_str_equal (page, "result"))
    return fp_result_page_get_assessment (self->result_page);
  if (g_str_equal (page, "compare"))
    return fp_compare_page_get_assessment (self->compare_page);
  return NULL;
}

static void
dialog_role_chosen_cb (FpRoleDialog *dialog,
                       const char   *isco08,
                       const char   *title,
                       FpWindow     *self)
{
  fp_window_choose_role (self, isco08, title);
}

/* The dialog to choose an occupation by a job title, with @text searched
 * for already. */
void
fp_window_open_role_search (FpWindow   *self,
                            const char *text)
{
  FpRoleDialog *dialog = fp_role_dialog_new (GTK_WINDOW (self), text);

  g_signal_connect_object (dialog, "role-chosen", G_CALLBACK (dialog_role_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The welcome page's search: no CV, whatever was read before. */
static void
role_activated_cb (FpWindow   *self,
                   const char *isco08,
                   const char *title)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cv);
  fp_window_choose_role (self, isco08, title);
}

static void
report_language_changed_cb (FpWindow *self)
{
  if (g_str_equal (fp_window_get_page_name (self), "result"))
    reassess (self);
}

const char *
fp_window_get_page_name (FpWindow *self)
{
  g_return_val_if_fail (FP_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/* Activates a row of the error page's list, as a click would. */
void
fp_window_activate_suggestion (FpWindow *self,
                               guint     index)
{
  g_return_if_fail (FP_IS_WINDOW (self));
  g_return_if_fail (index < self->suggestion_rows->len);

  g_signal_emit_by_name (g_ptr_array_index (self->suggestion_rows, index), "activated");
}

const char *
fp_window_get_error_title (FpWindow *self)
{
  g_return_val_if_fail (FP_IS_WINDOW (self), NULL);

  return adw_status_page_get_title (self->error_page);
}

/* The job titles the error page offers to search for. */
GPtrArray *
fp_window_dup_suggestions (FpWindow *self)
{
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (FP_IS_WINDOW (self), titles);

  for (guint i = 0; i < self->suggestion_rows->len; i++)
    g_ptr_array_add (titles, g_strdup (adw_preferences_row_get_title (g_ptr_array_index (self->suggestion_rows, i))));

  return titles;
}

const char *
fp_window_get_error_message (FpWindow *self)
{
  g_return_val_if_fail (FP_IS_WINDOW (self), NULL);

  return self->error_message;
}

gboolean
fp_window_get_drop_active (FpWindow *self)
{
  g_return_val_if_fail (FP_IS_WINDOW (self), FALSE);

  return gtk_revealer_get_reveal_child (self->drop_revealer);
}

GtkWidget *
fp_window_get_result_page (FpWindow *self)
{
  g_return_val_if_fail (FP_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->result_page);
}

GtkWidget *
fp_window_get_compare_page (FpWindow *self)
{
  g_return_val_if_fail (FP_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->compare_page);
}

GtkWidget *
fp_window_get_saved_list (FpWindow *self)
{
  g_return_val_if_fail (FP_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->saved_list);
}

GtkWidget *
fp_window_get_export_button (FpWindow *self)
{
  g_return_val_if_fail (FP_IS_WINDOW (self), NULL);
  return self->export_button;
}

GtkWidget *
fp_window_get_welcome_search (FpWindow *self)
{
  g_return_val_if_fail (FP_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->welcome_search);
}

static void
fp_window_dispose (GObject *object)
{
  FpWindow *self = FP_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);
  g_clear_object (&self->cv);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), FP_TYPE_WINDOW);

  G_OBJECT_CLASS (fp_window_parent_class)->dispose (object);
}

static void
fp_window_finalize (GObject *object)
{
  FpWindow *self = FP_WINDOW (object);

  g_free (self->error_message);
  g_free (self->role_title);
  g_free (self->isco08);
  g_ptr_array_unref (self->suggestion_rows);

  G_OBJECT_CLASS (fp_window_parent_class)->finalize (object);
}

enum
{
  PROP_0,
  PROP_REPORT_LANGUAGE,
  N_PROPS
};

static void
fp_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  FpWindow *self = FP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_REPORT_LANGUAGE:
      g_value_set_string (value, fp_lang_to_string (fp_window_report_language (self)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fp_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  FpWindow *self = FP_WINDOW (object);

  switch (prop_id)
    {
    case PROP_REPORT_LANGUAGE:
      if (g_strcmp0 (g_value_get_string (value), fp_lang_to_string (fp_window_report_language (self))) != 0)
        {
          g_settings_set_string (self->settings, "report-language", g_value_get_string (value));
          g_object_notify_by_pspec (object, pspec);
          report_language_changed_cb (self);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fp_window_class_init (FpWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fp_window_dispose;
  object_class->finalize = fp_window_finalize;
  object_class->get_property = fp_window_get_property;
  object_class->set_property = fp_window_set_property;

  g_type_ensure (FP_TYPE_RESULT_PAGE);
  g_type_ensure (FP_TYPE_COMPARE_PAGE);
  g_type_ensure (FP_TYPE_ROLE_SEARCH);
  g_type_ensure (FP_TYPE_SAVED_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/fp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FpWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, saved_list);
  gtk_widget_class_bind_template_callback (widget_class, saved_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, saved_deleted_cb);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, copy_button);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, drop_revealer);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, result_page);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, compare_page);
  gtk_widget_class_bind_template_callback (widget_class, saved_compare_cb);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, welcome_search);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, search_instead_button);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, suggestions_group);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, open_another_button);
  gtk_widget_class_bind_template_callback (widget_class, role_activated_cb);

  fp_window_class_install_actions (widget_class);

  g_object_class_install_property (object_class, PROP_REPORT_LANGUAGE,
                                   g_param_spec_string ("report-language", NULL, NULL, "en",
                                                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                                                            G_PARAM_EXPLICIT_NOTIFY));
  gtk_widget_class_install_property_action (widget_class, "win.report-language", "report-language");
}

static void
fp_window_init (FpWindow *self)
{
  GtkDropTarget *target;

  /* Before the template: the report-language action reads the settings. */
  self->settings = g_settings_new (APP_ID);
  self->suggestion_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  {
    g_autoptr (GAction) automatically = g_settings_create_action (self->settings, "save-automatically");

    g_action_map_add_action (G_ACTION_MAP (self), automatically);
  }

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "enter", G_CALLBACK (drop_enter_cb), self);
  g_signal_connect (target, "leave", G_CALLBACK (drop_leave_cb), self);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  fp_window_show_page (self, "welcome");
}

FpWindow *
fp_window_new (FpApplication *application)
{
  return g_object_new (FP_TYPE_WINDOW, "application", application, NULL);
}
