/* test-window.c — the window, driven as a person would
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "fp-window-private.h"

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }

  return NULL;
}

static void
wait_while_working (FpWindow *window)
{
  while (g_str_equal (fp_window_get_page_name (window), "working"))
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
drop_file (FpWindow   *window,
           const char *path)
{
  GtkDropTarget *target = find_drop_target (GTK_WIDGET (window));
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GSList) list = g_slist_prepend (NULL, file);
  g_auto (GValue) value = G_VALUE_INIT;
  GdkDragAction action = 0;
  gboolean handled = FALSE;

  g_assert_nonnull (target);

  /* Dragging over the window shows the highlight… */
  g_signal_emit_by_name (target, "enter", 100.0, 100.0, &action);
  g_assert_true (fp_window_get_drop_active (window));
  g_assert_cmpint (action, ==, GDK_ACTION_COPY);

  /* …and dropping opens the file. */
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (list));
  g_signal_emit_by_name (target, "drop", &value, 100.0, 100.0, &handled);
  g_assert_false (fp_window_get_drop_active (window));

  return handled;
}

static FpWindow *
new_window (void)
{
  FpWindow *window = fp_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "welcome");

  return window;
}

static void
test_drop_pdf (void)
{
  FpWindow *window = new_window ();
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "data", "pdf", "norwegian.pdf", NULL);

  g_assert_true (drop_file (window, path));
  wait_while_working (window);
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "text");

  /* Escape (win.back) goes back to the start. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "welcome");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_drop_not_pdf (void)
{
  FpWindow *window = new_window ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pdf", "not-a-pdf.pdf", NULL);

  g_assert_true (drop_file (window, path));
  wait_while_working (window);
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "error");
  g_assert_nonnull (strstr (fp_window_get_error_message (window), "not a PDF"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_drop_scan (void)
{
  FpWindow *window = new_window ();
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "data", "pdf", "scan.pdf", NULL);

  g_assert_true (drop_file (window, path));
  wait_while_working (window);
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "error");
  g_assert_nonnull (strstr (fp_window_get_error_message (window), "scan"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_sample (void)
{
  FpWindow *window = new_window ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL));
  wait_while_working (window);
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "text");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_PREFIX "/icons");

  g_test_add_func ("/app/window/drop-pdf", test_drop_pdf);
  g_test_add_func ("/app/window/drop-not-pdf", test_drop_not_pdf);
  g_test_add_func ("/app/window/drop-scan", test_drop_scan);
  g_test_add_func ("/app/window/sample", test_sample);

  return g_test_run ();
}
