/* fp-window-actions.c — what the window's menu and header bar do
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening a CV, going back, saving, comparing, exporting, printing and
 * sharing the report. The pages themselves are fp-window.c's.
 */

#define G_LOG_DOMAIN "fp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "fp-history.h"
#include "fp-report.h"
#include "fp-share.h"
#include "fp-window-private.h"

/* The sample CV in the interface's language. */
#define SAMPLE_CV_URI_NB "resource://" RESOURCE_PREFIX "/samples/backendutvikler-nb.pdf"
#define SAMPLE_CV_URI_EN "resource://" RESOURCE_PREFIX "/samples/nurse-en.pdf"

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  FpWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        fp_window_open_file (self, file);
    }

  g_object_unref (chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FpWindow *self = FP_WINDOW (widget);
  g_autoptr (GtkFileFilter) pdf = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  gtk_file_filter_set_name (pdf, _ ("PDF Documents"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_filter_add_suffix (pdf, "pdf");

  chooser = gtk_file_chooser_native_new (_ ("Open CV"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _ ("_Open"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr (GFile) sample =
      g_file_new_for_uri (fp_assess_default_language () == FP_LANG_NB ? SAMPLE_CV_URI_NB : SAMPLE_CV_URI_EN);

  fp_window_open_file (FP_WINDOW (widget), sample);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FpWindow *self = FP_WINDOW (widget);

  g_cancellable_cancel (self->cancellable);
  fp_window_show_page (self, "welcome");
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FpWindow *self = FP_WINDOW (widget);

  /* From a comparison, back to where it was opened. */
  if (g_str_equal (fp_window_get_page_name (self), "compare") && self->compare_from != NULL)
    {
      fp_window_show_page (self, self->compare_from);
      return;
    }
  g_cancellable_cancel (self->cancellable);
  fp_window_show_page (self, "welcome");
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FpWindow *self = FP_WINDOW (widget);

  if (fp_window_save_current (self))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_ ("Assessment saved")));
}

/* The result on screen against the newest saved assessment that is not it. */
static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  FpWindow     *self = FP_WINDOW (widget);
  FpAssessment *current = fp_result_page_get_assessment (self->result_page);
  g_autoptr (GPtrArray) saved = fp_history_list (NULL);
  FpSaved *earlier = NULL;

  if (current != NULL)
    {
      /* The current result as it would be kept (without the CV's lines):
       * a saved copy of it is not an earlier assessment. */
      g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
      g_autoptr (FpSaved) as_kept = fp_saved_new (current, NULL, now);
      g_autofree char *kept = fp_assessment_to_string (fp_saved_get_assessment (as_kept), FALSE);

      for (guint i = 0; i < saved->len && earlier == NULL; i++)
        {
          g_autofree char *json = fp_assessment_to_string (fp_saved_get_assessment (g_ptr_array_index (saved, i)), FALSE);

          if (!g_str_equal (json, kept))
            earlier = g_ptr_array_index (saved, i);
        }
    }
  if (earlier == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_ ("No other saved assessment to compare with")));
      return;
    }
  fp_window_show_comparison (self, fp_saved_get_assessment (earlier), fp_saved_get_saved (earlier), current, NULL);
}

static void
change_occupation_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  FpWindow     *self = FP_WINDOW (widget);
  FpAssessment *current = fp_result_page_get_assessment (self->result_page);
  const char   *text = NULL;

  /* What the person is assessed as, or else the best title in the CV. */
  if (current != NULL && g_str_equal (fp_window_get_page_name (self), "result"))
    text = fp_assessment_get_title (current);
  else if (self->suggestion_rows->len > 0)
    text = adw_preferences_row_get_title (g_ptr_array_index (self->suggestion_rows, 0));
  else if (self->cv != NULL)
    text = fp_cv_get_headline (self->cv);

  fp_window_open_role_search (self, text);
}

static void
copy_summary_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FpWindow        *self = FP_WINDOW (widget);
  FpAssessment    *assessment = fp_window_get_shown_assessment (self);
  g_autofree char *summary = NULL;

  if (assessment == NULL)
    return;

  summary = fp_assessment_dup_summary (assessment);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), summary);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_ ("Summary copied")));
}

/* A PDF viewer that is not Futureproof: the default one if it is another
 * application, else the first other one that takes PDFs. */
static GAppInfo *
find_pdf_viewer (void)
{
  g_autoptr (GAppInfo) preferred = g_app_info_get_default_for_type ("application/pdf", FALSE);
  GList    *all;
  GAppInfo *found = NULL;

  if (preferred != NULL && g_strcmp0 (g_app_info_get_id (preferred), APP_ID ".desktop") != 0)
    return g_steal_pointer (&preferred);
  all = g_app_info_get_all_for_type ("application/pdf");
  for (GList *l = all; l != NULL && found == NULL; l = l->next)
    if (g_strcmp0 (g_app_info_get_id (l->data), APP_ID ".desktop") != 0)
      found = g_object_ref (l->data);
  g_list_free_full (all, g_object_unref);
  return found;
}

/* "Open" on the saved report: in a PDF viewer, never in Futureproof itself
 * (which would read the report as a CV); with none, the folder it is in. */
static void
open_report_cb (AdwToast *toast,
                gpointer  user_data)
{
  const char *uri = g_object_get_data (G_OBJECT (toast), "uri");
  g_autoptr (GAppInfo) viewer = find_pdf_viewer ();
  g_autoptr (GFile) file = g_file_new_for_uri (uri);
  g_autoptr (GFile) folder = g_file_get_parent (file);
  g_autofree char *folder_uri = g_file_get_uri (folder);
  g_autoptr (GError) error = NULL;
  GList uris = { (gpointer) uri, NULL, NULL };

  if (viewer != NULL ? !g_app_info_launch_uris (viewer, &uris, NULL, &error)
                     : !g_app_info_launch_default_for_uri (folder_uri, NULL, &error))
    g_warning ("Could not open %s: %s", uri, error->message);
}

/* Where the report was saved, a toast with "Open". */
static void
report_saved (FpWindow *self,
              GFile    *file)
{
  AdwToast *toast = adw_toast_new (_ ("Report saved"));

  adw_toast_set_button_label (toast, _ ("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "uri", g_file_get_uri (file), g_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (open_report_cb), NULL);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  FpWindow *self = user_data;
  g_autoptr (FpAssessment) assessment = g_object_ref (g_object_get_data (G_OBJECT (chooser), "assessment"));
  g_autoptr (GFile) file = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
  g_autoptr (GError) error = NULL;

  g_object_unref (chooser);
  if (file == NULL)
    return;

  if (path == NULL)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_ ("Reports can only be saved to a local folder")));
  else if (!fp_report_write (assessment, path, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _ ("The Report Was Not Saved"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  else
    report_saved (self, file);
}

/* The report of what is on screen: a result, or a comparison (the later
 * assessment with what changed). */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FpWindow     *self = FP_WINDOW (widget);
  FpAssessment *assessment = fp_window_get_shown_assessment (self);
  g_autoptr (GtkFileFilter) pdf = gtk_file_filter_new ();
  g_autofree char      *name = NULL;
  GtkFileChooserNative *chooser;

  if (assessment == NULL)
    return;

  gtk_file_filter_set_name (pdf, _ ("PDF Documents"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  chooser = gtk_file_chooser_native_new (_ ("Export PDF Report"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Export"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  name = fp_report_suggest_name (assessment);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data_full (G_OBJECT (chooser), "assessment", g_object_ref (assessment), g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                FpAssessment      *assessment)
{
  gtk_print_operation_set_n_pages (operation, (int) fp_report_count_pages (assessment));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              FpAssessment      *assessment)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double   sx = gtk_print_context_get_width (context) / FP_REPORT_WIDTH;
  double   sy = gtk_print_context_get_height (context) / FP_REPORT_HEIGHT;

  /* The report is laid out on A4 in points; fit it to the paper. */
  cairo_scale (cr, MIN (sx, sy), MIN (sx, sy));
  fp_report_draw_page (assessment, cr, (guint) page);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FpWindow     *self = FP_WINDOW (widget);
  FpAssessment *assessment = fp_window_get_shown_assessment (self);
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autoptr (GError) error = NULL;

  if (assessment == NULL)
    return;

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, fp_assessment_get_headline (assessment));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (begin_print_cb), assessment, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (draw_page_cb), assessment, 0);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self),
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
share_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr (FpWindow) self = user_data;
  g_autoptr (GError) error = NULL;

  if (!fp_share_report_finish (result, &error) && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* No e-mail program to hand it to: saving it is the other way to pass it on. */
      AdwToast *toast = adw_toast_new (_ ("No e-mail program could take the report. Export it instead, and attach it yourself."));

      adw_toast_set_button_label (toast, _ ("_Export…"));
      adw_toast_set_action_name (toast, "win.export");
      adw_toast_set_timeout (toast, 8);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

/* The report by e-mail: the desktop's e-mail program gets it as an
 * attachment, and the person sends it, or not; nothing is uploaded. */
static void
share_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  FpWindow     *self = FP_WINDOW (widget);
  FpAssessment *assessment = fp_window_get_shown_assessment (self);

  if (assessment != NULL)
    fp_share_report_async (GTK_WINDOW (self), assessment, NULL, share_cb, g_object_ref (self));
}

/**
 * fp_window_class_install_actions:
 * @widget_class: #FpWindowClass
 *
 * The window's actions and their keys (also without the application's
 * accelerators, as in the tests).
 */
void
fp_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.change-occupation", NULL, change_occupation_action);
  gtk_widget_class_install_action (widget_class, "win.copy-summary", NULL, copy_summary_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.share", NULL, share_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.compare", NULL, compare_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.copy-summary", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
}
