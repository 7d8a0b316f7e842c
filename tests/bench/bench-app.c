/* bench-app.c — how quickly the app answers a person
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * usage: bench-app CV.pdf   (a CV that names its occupation, e.g. data/samples/nurse-en.pdf)
 * Prints medians over runs in one process: a new window to its first frame
 * drawn (laid out, snapshot and rendered, as a frame is; goal ≤ 300 ms; the
 * process start itself is the CLI benchmarks'), and a CV opened (as a drop
 * does) to its result page drawn (goal ≤ 100 ms). Goals live here, never as
 * assertions in tests.
 */

#include "config.h"

#include <adwaita.h>

#include "bench-util.h"
#include "fp-window-private.h"

#define RUNS 9

static double shown_ms;

/* Draws @window as a frame would, into a texture: the snapshot of every
 * widget, rendered. */
static void
draw (GtkWidget *window)
{
  int width = gtk_widget_get_width (window), height = gtk_widget_get_height (window);
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node != NULL)
    texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                           &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* Runs the main loop until @window shows @page (if any), laid out, then
 * draws it; returns the milliseconds from @since. */
static double
wait_and_draw (FpWindow   *window,
               const char *page,
               gint64      since)
{
  while ((page != NULL && !g_str_equal (fp_window_get_page_name (window), page)) ||
         gtk_widget_get_width (GTK_WIDGET (window)) == 0)
    g_main_context_iteration (NULL, TRUE);
  if (page != NULL)
    shown_ms = (g_get_monotonic_time () - since) / 1000.0;
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  draw (GTK_WIDGET (window));
  return (g_get_monotonic_time () - since) / 1000.0;
}

int
main (int    argc,
      char **argv)
{
  double first_frame[RUNS], to_result[RUNS], to_shown[RUNS];

  if (argc != 2)
    {
      g_printerr ("usage: bench-app CV.pdf\n");
      return 1;
    }
  gtk_init ();
  adw_init ();

  for (int i = 0; i < RUNS; i++)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (argv[1]);
      gint64    start = g_get_monotonic_time ();
      FpWindow *window = fp_window_new (NULL);

      gtk_window_present (GTK_WINDOW (window));
      first_frame[i] = wait_and_draw (window, NULL, start);

      start = g_get_monotonic_time ();
      fp_window_open_file (window, file);
      to_result[i] = wait_and_draw (window, "result", start);
      to_shown[i] = shown_ms;
      gtk_window_destroy (GTK_WINDOW (window));
    }

  g_print ("new window to first frame: median %.1f ms (goal ≤ 300)\n", bench_median (first_frame, RUNS));
  g_print ("CV opened to result drawn: median %.1f ms (goal ≤ 100), of which read, assessed and the page "
           "built: %.1f ms\n",
           bench_median (to_result, RUNS), bench_median (to_shown, RUNS));
  return 0;
}
