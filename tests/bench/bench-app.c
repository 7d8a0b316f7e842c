/* bench-app.c — how quickly the app answers a person
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * usage: bench-app CV.pdf   (a CV that names its occupation, e.g. data/samples/nurse-en.pdf)
 * Prints medians over runs in one process: a new window to its first frame
 * painted by its frame clock (laid out, snapshot and rendered; goal ≤ 300 ms; the
 * process start itself is the CLI benchmarks'), and a CV opened (as a drop
 * does) to its result page drawn (goal ≤ 100 ms). Goals live here, never as
 * assertions in tests.
 */

#include "config.h"

#include <adwaita.h>

#include "bench-util.h"
#include "fp-window-private.h"

#define RUNS 9

static double   shown_ms;
static gboolean painted;

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  painted = TRUE;
}

/* Runs the main loop until @window shows @page (if any), then until the
 * window's frame clock has painted a frame after that: laid out, snapshot
 * and rendered, as the person sees it. Returns the milliseconds since
 * @since; shown_ms gets those to the page switch. */
static double
wait_for_frame (FpWindow   *window,
                const char *page,
                gint64      since)
{
  GdkFrameClock *clock;
  gulong         handler;

  while ((page != NULL && !g_str_equal (fp_window_get_page_name (window), page)) ||
         !gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  shown_ms = (g_get_monotonic_time () - since) / 1000.0;

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  painted = FALSE;
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
  gtk_widget_queue_draw (GTK_WIDGET (window));
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);

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
      first_frame[i] = wait_for_frame (window, NULL, start);

      start = g_get_monotonic_time ();
      fp_window_open_file (window, file);
      to_result[i] = wait_for_frame (window, "result", start);
      to_shown[i] = shown_ms;
      gtk_window_destroy (GTK_WINDOW (window));
    }

  g_print ("new window to first frame: median %.1f ms (goal ≤ 300)\n", bench_median (first_frame, RUNS));
  g_print ("CV opened to result drawn: median %.1f ms (goal ≤ 100), of which read, assessed and the page "
           "built: %.1f ms\n",
           bench_median (to_result, RUNS), bench_median (to_shown, RUNS));
  return 0;
}
