/* test-ui-nb.c — in Norwegian, no English is left on screen
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starts the window with LANGUAGE=nb, goes through the welcome, result and
 * error pages and the dialogs, and reads every text a person can see.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "fp-window-private.h"

/* Words that are English and not also Norwegian. */
static const char *const english[] = {
  "the", "and", "your", "you", "with", "of", "this", "that", "from", "are", "will", "which",
  "have", "has", "was", "can", "not", "when", "what", "how", "open", "cancel", "back", "export",
  "search", "help", "quit", "about", "copy", "print", "close", "save", "drop", "try", "sample",
  "occupation", "tasks", "plan", "edge", "why", "score", "password", "required", NULL
};

static guint n_checked;

static void
check_text (const char *text,
            const char *where)
{
  g_autofree char *lower = NULL;
  g_auto (GStrv) words = NULL;
  guint    hits = 0, n_words = 0;
  GString *found = g_string_new (NULL);

  if (text == NULL || *text == '\0')
    {
      g_string_free (found, TRUE);
      return;
    }

  /* Citations keep the titles of English publications. */
  if (strstr (text, "Working Paper") != NULL || strstr (text, "Gmyrek") != NULL)
    {
      g_string_free (found, TRUE);
      return;
    }

  n_checked++;
  lower = g_utf8_strdown (text, -1);
  words = g_regex_split_simple ("[^[:alpha:]]+", lower, 0, 0);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      n_words++;
      if (g_strv_contains (english, words[i]))
        {
          hits++;
          g_string_append_printf (found, " %s", words[i]);
        }
    }

  if (hits >= 2 || (hits == 1 && n_words <= 3))
    g_error ("English on screen (%s): “%s” —%s", where, text, found->str);
  g_string_free (found, TRUE);
}

static void
check_widget (GtkWidget  *widget,
              const char *where)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget))
    check_text (gtk_label_get_text (GTK_LABEL (widget)), where);
  if (GTK_IS_TEXT (widget))
    check_text (gtk_text_get_placeholder_text (GTK_TEXT (widget)), where);
  if (gtk_widget_get_tooltip_text (widget) != NULL)
    check_text (gtk_widget_get_tooltip_text (widget), where);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_widget (child, where);
}

static void
check_toplevels (const char *where)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

      check_widget (window, where);
    }
}

static void
settle (void)
{
  /* Let windows map and pages change (a bounded number of turns: a
   * spinner or an animation always has more to do). */
  for (int i = 0; i < 500; i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
wait_while_working (FpWindow *window)
{
  while (g_str_equal (fp_window_get_page_name (window), "working"))
    g_main_context_iteration (NULL, TRUE);
  settle ();
}

static void
test_norwegian (void)
{
  FpWindow        *window = fp_window_new (NULL);
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "backendutvikler-nb.pdf", NULL);
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "pdf", "not-a-pdf.pdf", NULL);
  g_autofree char *locked = g_test_build_filename (G_TEST_DIST, "data", "pdf", "encrypted.pdf", NULL);
  g_autoptr (GFile) sample_file = g_file_new_for_path (sample);
  g_autoptr (GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr (GFile) locked_file = g_file_new_for_path (locked);

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 4000);
  gtk_window_present (GTK_WINDOW (window));
  settle ();
  check_toplevels ("welcome");

  fp_window_open_file (window, sample_file);
  wait_while_working (window);
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "result");
  check_toplevels ("result");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.change-occupation", NULL));
  settle ();
  check_toplevels ("choose occupation");

  fp_window_open_file (window, bad_file);
  wait_while_working (window);
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "error");
  check_toplevels ("error");

  /* The password dialog comes while the page still says it is working. */
  fp_window_open_file (window, locked_file);
  while (g_list_model_get_n_items (gtk_window_get_toplevels ()) < 3)
    g_main_context_iteration (NULL, TRUE);
  settle ();
  check_toplevels ("password");

  g_assert_cmpuint (n_checked, >, 40);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "nb", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("FUTUREPROOF_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/app/ui-nb/no-english", test_norwegian);

  return g_test_run ();
}
