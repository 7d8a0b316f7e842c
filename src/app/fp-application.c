/* fp-application.c
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fp-application"

#include "config.h"

#include <glib/gi18n.h>

#include "fp-application.h"
#include "fp-assessor.h"
#include "fp-window.h"

struct _FpApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (FpApplication, fp_application, ADW_TYPE_APPLICATION)

FpApplication *
fp_application_new (void)
{
  return g_object_new (FP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

static FpWindow *
get_window (FpApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (fp_window_new (self));

  return FP_WINDOW (window);
}

static void
fp_application_activate (GApplication *app)
{
  gtk_window_present (GTK_WINDOW (get_window (FP_APPLICATION (app))));
}

static void
fp_application_open (GApplication *app,
                     GFile       **files,
                     int           n_files,
                     const char   *hint)
{
  FpWindow *window = get_window (FP_APPLICATION (app));

  /* One CV at a time: the first file is the one we read. */
  if (n_files > 0)
    fp_window_open_file (window, files[0]);

  gtk_window_present (GTK_WINDOW (window));
}

static void
about_cb (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  FpApplication     *self = user_data;
  static const char *developers[] = { "The Futureproof authors", NULL };
  AdwAboutWindow    *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  gtk_window_set_transient_for (GTK_WINDOW (about),
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  adw_about_window_set_application_name (about, _ ("Futureproof"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _ ("The Futureproof authors"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_copyright (about, _ ("© 2026 The Futureproof authors"));
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_comments (about,
                                 _ ("See how AI changes your work, from your own CV. "
                                    "Everything happens on this computer: your CV is never sent anywhere."));
  /* Translators: put your name here, one per line */
  adw_about_window_set_translator_credits (about, _ ("translator-credits"));

  adw_about_window_add_legal_section (about,
                                      _ ("AI exposure figures"),
                                      _ ("© International Labour Organization"),
                                      GTK_LICENSE_CUSTOM,
                                      _ ("The exposure figures are adapted from Gmyrek, P. et al. (2025), "
                                         "“Generative AI and Jobs: A Refined Global Index of Occupational "
                                         "Exposure”, ILO Working Paper 140, published under CC BY 4.0. "
                                         "The task texts and the Norwegian wording are Futureproof’s own; "
                                         "the ILO has not reviewed them."));
  adw_about_window_add_legal_section (about,
                                      _ ("Observed use of AI"),
                                      "© Microsoft Corporation",
                                      GTK_LICENSE_CUSTOM,
                                      _ ("How much AI is used in each kind of work is adapted from Tomlinson, K. "
                                         "et al. (2025), “Working with AI: Measuring the Applicability of "
                                         "Generative AI to Occupations”, arXiv:2507.07935, published under "
                                         "CC BY 4.0, and linked to ISCO-08 through the crosswalks of the US "
                                         "Bureau of Labor Statistics."));
  adw_about_window_add_legal_section (about,
                                      _ ("Occupations and job titles"),
                                      _ ("© European Union; © Statistisk sentralbyrå"),
                                      GTK_LICENSE_CUSTOM,
                                      _ ("This service uses the ESCO classification of the European "
                                         "Commission (CC BY 4.0). Norwegian occupation codes and titles: "
                                         "Kilde: Statistisk sentralbyrå (SSB), KLASS, STYRK-08, under the "
                                         "Norwegian Licence for Open Government Data (NLOD)."));

  gtk_window_present (GTK_WINDOW (about));
}

/* The guide as HTML, installed beside the app, in the interface's language;
 * FUTUREPROOF_HELP_HTML points at a build's copy. NULL if there is none. */
static char *
find_help_html (void)
{
  const char      *dir = g_getenv ("FUTUREPROOF_HELP_HTML");
  g_autofree char *path = NULL;

  path = g_build_filename (dir != NULL ? dir : PKGDATADIR "/help/html",
                           fp_assess_default_language () == FP_LANG_NB ? "nb" : "C", "index.html", NULL);
  return g_file_test (path, G_FILE_TEST_EXISTS) ? g_filename_to_uri (path, NULL, NULL) : NULL;
}

static void
help_shown_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GtkWindow *parent = GTK_WINDOW (source);
  g_autoptr (GError) error = NULL;
  g_autofree char *html = NULL;

  if (gtk_show_uri_full_finish (parent, result, &error))
    return;

  /* No help viewer: the same guide in the browser. */
  html = find_help_html ();
  if (html != NULL && g_app_info_launch_default_for_uri (html, NULL, NULL))
    return;

  {
    GtkWidget *dialog = adw_message_dialog_new (parent, _ ("The Help Could Not Be Opened"),
                                                _ ("No help viewer is installed. Install the GNOME "
                                                   "help viewer (Yelp) to read the user guide."));

    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
    gtk_window_present (GTK_WINDOW (dialog));
  }
}

static void
help_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_show_uri_full (window, "help:futureproof", GDK_CURRENT_TIME, NULL, help_shown_cb, NULL);
}

static void
quit_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
fp_application_startup (GApplication *app)
{
  static const GActionEntry actions[] = {
    { "about", about_cb },
    { "help", help_cb },
    { "quit", quit_cb },
  };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *help_accels[] = { "F1", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *back_accels[] = { "Escape", NULL };
  static const char *export_accels[] = { "<Control>e", NULL };
  static const char *print_accels[] = { "<Control>p", NULL };

  G_APPLICATION_CLASS (fp_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), actions, G_N_ELEMENTS (actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.help", help_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.back", back_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.export", export_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.print", print_accels);
}

static void
fp_application_class_init (FpApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = fp_application_activate;
  app_class->open = fp_application_open;
  app_class->startup = fp_application_startup;
}

static void
fp_application_init (FpApplication *self)
{
}
