/* fp-window.c
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "fp-pdf-text.h"
#include "fp-window-private.h"

#define SAMPLE_CV_URI "resource://" RESOURCE_PREFIX "/samples/backendutvikler-nb.pdf"

struct _FpWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  GtkButton           *back_button;
  AdwWindowTitle      *window_title;
  AdwToastOverlay     *toast_overlay;
  GtkRevealer         *drop_revealer;
  GtkStack            *stack;
  GtkSpinner          *spinner;
  GtkLabel            *text_title;
  GtkLabel            *text_subtitle;
  GtkLabel            *text_body;
  AdwStatusPage       *error_page;

  /* State */
  GSettings           *settings;
  GCancellable        *cancellable;
  GFile               *file;
  char                *error_message;
  gboolean             had_password;
};

G_DEFINE_FINAL_TYPE (FpWindow, fp_window, ADW_TYPE_APPLICATION_WINDOW)

static void load (FpWindow   *self,
                  const char *password);

static void
show_page (FpWindow   *self,
           const char *name)
{
  gboolean working = g_str_equal (name, "working");

  gtk_stack_set_visible_child_name (self->stack, name);
  gtk_spinner_set_spinning (self->spinner, working);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), !g_str_equal (name, "welcome"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", !g_str_equal (name, "welcome"));

  if (g_str_equal (name, "welcome"))
    adw_window_title_set_subtitle (self->window_title, NULL);
}

static void
show_error (FpWindow   *self,
            const char *message)
{
  g_free (self->error_message);
  self->error_message = g_strdup (message);
  adw_status_page_set_description (self->error_page, message);
  show_page (self, "error");
}

static void
show_text (FpWindow  *self,
           FpPdfText *text)
{
  g_autofree char *body = fp_pdf_text_dup_text (text);
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *pages = NULL;
  g_autofree char *title = NULL;
  guint n_pages = fp_pdf_text_get_n_pages (text);
  guint n_lines = fp_pdf_text_get_n_lines (text);

  /* Translators: %s is a file name */
  title = g_strdup_printf (_("Text Read from “%s”"), name);
  /* Translators: the first part of “2 pages, 64 lines” */
  pages = g_strdup_printf (ngettext ("%u page", "%u pages", n_pages), n_pages);

  gtk_label_set_text (self->text_title, title);
  {
    /* Translators: %s is “2 pages”, %u a number of lines */
    g_autofree char *subtitle = g_strdup_printf (ngettext ("%s, %u line of text, in reading order",
                                                           "%s, %u lines of text, in reading order",
                                                           n_lines),
                                                 pages, n_lines);
    gtk_label_set_text (self->text_subtitle, subtitle);
  }
  gtk_label_set_text (self->text_body, g_strchomp (body));
  adw_window_title_set_subtitle (self->window_title, name);
  show_page (self, "text");
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
    show_page (self, "welcome");
}

static void
ask_password (FpWindow *self,
              gboolean  retry)
{
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  GtkWidget *entry;

  if (retry)
    /* Translators: %s is a file name */
    body = g_strdup_printf (_("The password for “%s” is not correct. Try again."), name);
  else
    /* Translators: %s is a file name */
    body = g_strdup_printf (_("“%s” is protected. Enter its password to read it."), name);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Password Required"), body);
  entry = gtk_password_entry_new ();
  gtk_password_entry_set_show_peek_icon (GTK_PASSWORD_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Password"),
                                  -1);
  g_object_set (entry, "activates-default", TRUE, NULL);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "open", _("_Open"),
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
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr (FpWindow) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (FpPdfText) text = fp_pdf_text_load_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (g_error_matches (error, FP_PDF_ERROR, FP_PDF_ERROR_ENCRYPTED))
    {
      ask_password (self, self->had_password);
      return;
    }

  if (text == NULL)
    {
      show_error (self, error->message);
      return;
    }

  show_text (self, text);
}

static void
load (FpWindow   *self,
      const char *password)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  show_page (self, "working");
  self->had_password = password != NULL;
  fp_pdf_text_load_async (self->file, password, self->cancellable, load_cb, g_object_ref (self));
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

  gtk_file_filter_set_name (pdf, _("PDF Documents"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_filter_add_suffix (pdf, "pdf");

  chooser = gtk_file_chooser_native_new (_("Open CV"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
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
  g_autoptr (GFile) sample = g_file_new_for_uri (SAMPLE_CV_URI);

  fp_window_open_file (FP_WINDOW (widget), sample);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FpWindow *self = FP_WINDOW (widget);

  g_cancellable_cancel (self->cancellable);
  show_page (self, "welcome");
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  FpWindow *self = FP_WINDOW (widget);

  g_cancellable_cancel (self->cancellable);
  show_page (self, "welcome");
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

const char *
fp_window_get_page_name (FpWindow *self)
{
  g_return_val_if_fail (FP_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
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

static void
fp_window_dispose (GObject *object)
{
  FpWindow *self = FP_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), FP_TYPE_WINDOW);

  G_OBJECT_CLASS (fp_window_parent_class)->dispose (object);
}

static void
fp_window_finalize (GObject *object)
{
  FpWindow *self = FP_WINDOW (object);

  g_free (self->error_message);

  G_OBJECT_CLASS (fp_window_parent_class)->finalize (object);
}

static void
fp_window_class_init (FpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fp_window_dispose;
  object_class->finalize = fp_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/fp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, FpWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, drop_revealer);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, text_title);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, text_subtitle);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, text_body);
  gtk_widget_class_bind_template_child (widget_class, FpWindow, error_page);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
}

static void
fp_window_init (FpWindow *self)
{
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "enter", G_CALLBACK (drop_enter_cb), self);
  g_signal_connect (target, "leave", G_CALLBACK (drop_leave_cb), self);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  show_page (self, "welcome");
}

FpWindow *
fp_window_new (FpApplication *application)
{
  return g_object_new (FP_TYPE_WINDOW, "application", application, NULL);
}
