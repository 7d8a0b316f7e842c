/* fp-screenshot.c — renders the window to a PNG, for the docs and for review
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * usage: fp-screenshot OUT.png [--width N] [--height N] [--dark] [--drag] [--search TITLE] [--report-lang LANG]
 *                      [--compare] [FILE.pdf]
 * (--compare chooses the first two saved assessments, FUTUREPROOF_HISTORY_DIR's, and compares them)
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "fp-role-search.h"
#include "fp-window-private.h"
#include "test-util-gtk.h"

static gboolean
save_cb (gpointer user_data)
{
  GtkWidget  *window = user_data;
  const char *out = g_object_get_data (G_OBJECT (window), "out");
  int         width = gtk_widget_get_width (window), height = gtk_widget_get_height (window);
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, out))
    g_printerr ("could not write %s\n", out);

  gtk_window_destroy (GTK_WINDOW (window));
  return G_SOURCE_REMOVE;
}

static GtkWidget *
find_expander (GtkWidget *widget)
{
  if (ADW_IS_EXPANDER_ROW (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_expander (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
scroll_down_cb (gpointer user_data)
{
  GtkAdjustment *adjustment;

  if (user_data == NULL)
    return G_SOURCE_REMOVE;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (user_data));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  return G_SOURCE_REMOVE;
}

static gboolean
scroll_result_cb (gpointer user_data)
{
  GtkWidget *page = fp_window_get_result_page (FP_WINDOW (user_data));
  GtkWidget *scroller = gtk_widget_get_first_child (page);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)),
                            GPOINTER_TO_INT (g_object_get_data (G_OBJECT (user_data), "scroll")));
  return G_SOURCE_REMOVE;
}

static gboolean
compare_cb (gpointer user_data)
{
  FpSavedList *list = FP_SAVED_LIST (fp_window_get_saved_list (user_data));

  fp_saved_list_choose (list, 0);
  fp_saved_list_choose (list, 1);
  return G_SOURCE_REMOVE;
}

static gboolean
expand_cb (gpointer user_data)
{
  GtkWidget *expander = find_expander (GTK_WIDGET (user_data));

  /* Open it, and scroll down to it once it has grown. */
  if (expander != NULL)
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
      g_timeout_add (400, scroll_down_cb, gtk_widget_get_ancestor (expander, GTK_TYPE_SCROLLED_WINDOW));
    }
  return G_SOURCE_REMOVE;
}

int
main (int    argc,
      char **argv)
{
  int              width = 960, height = 720, scroll = 0;
  gboolean         dark = FALSE, drag = FALSE, why = FALSE, compare = FALSE;
  g_autofree char *search = NULL;
  g_autofree char *report_lang = NULL;
  g_auto (GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Window width", "N" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "Window height", "N" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark style", NULL },
    { "drag", 0, 0, G_OPTION_ARG_NONE, &drag, "Show a file being dragged over", NULL },
    { "why", 0, 0, G_OPTION_ARG_NONE, &why, "Open “Why this score”", NULL },
    { "search", 0, 0, G_OPTION_ARG_STRING, &search, "Type a job title into the welcome search", "TITLE" },
    { "report-lang", 0, 0, G_OPTION_ARG_STRING, &report_lang, "The report's language: nb or en", "LANG" },
    { "scroll", 0, 0, G_OPTION_ARG_INT, &scroll, "Scroll the result this far down, in pixels", "PX" },
    { "compare", 0, 0, G_OPTION_ARG_NONE, &compare, "Compare the first two saved assessments", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "OUT.png [FILE.pdf]" },
    { NULL }
  };
  g_autoptr (GOptionContext) context = g_option_context_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GtkCssProvider) css = gtk_css_provider_new ();
  FpWindow *window;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || files == NULL)
    {
      g_printerr ("usage: fp-screenshot OUT.png [--width N] [--height N] [--dark] [--drag] [--search TITLE] "
                  "[--report-lang LANG] [--compare] [FILE.pdf]\n");
      return 1;
    }

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("FUTUREPROOF_LOCALEDIR") ? g_getenv ("FUTUREPROOF_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_init ();
  adw_init ();
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_PREFIX "/icons");
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  window = fp_window_new (NULL);
  if (report_lang != NULL)
    g_object_set (window, "report-language", report_lang, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  g_object_set_data_full (G_OBJECT (window), "out", g_strdup (files[0]), g_free);
  gtk_window_present (GTK_WINDOW (window));

  if (files[1] != NULL)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (files[1]);
      fp_window_open_file (window, file);
    }

  if (search != NULL)
    fp_role_search_set_text (FP_ROLE_SEARCH (fp_window_get_welcome_search (window)), search);

  if (drag)
    {
      GdkDragAction action;
      g_signal_emit_by_name (test_find_drop_target (GTK_WIDGET (window)), "enter", 10.0, 10.0, &action);
    }

  if (why)
    g_timeout_add (800, expand_cb, window);
  if (compare)
    g_timeout_add (300, compare_cb, window);
  if (scroll > 0)
    {
      g_object_set_data (G_OBJECT (window), "scroll", GINT_TO_POINTER (scroll));
      g_timeout_add (1000, scroll_result_cb, window);
    }

  /* Give the page time to settle (reading, transitions) before drawing it. */
  g_timeout_add (1500, save_cb, window);

  while (g_list_model_get_n_items (gtk_window_get_toplevels ()) > 0)
    g_main_context_iteration (NULL, TRUE);

  return 0;
}
