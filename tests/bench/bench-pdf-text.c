/* bench-pdf-text.c — how fast the text comes out of a CV, next to pdftotext
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * usage: bench-pdf-text CLI PDFTOTEXT FILE.pdf…
 * For each file it prints the median of 21 runs: extraction inside this
 * process, "futureproof-cli text" as a whole process, pdftotext as a whole
 * process, and the ratio of the two whole-process times.
 */

#include "config.h"

#include "bench-util.h"

#include <stdlib.h>

#include "fp-pdf-text.h"

#define RUNS 21

static double
time_process (const char *const *argv)
{
  double times[RUNS];

  for (int i = 0; i < RUNS; i++)
    {
      g_autoptr (GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      int    status;

      if (!g_spawn_sync (NULL, (char **) argv, NULL,
                         G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                         NULL, NULL, NULL, NULL, &status, &error))
        g_error ("%s: %s", argv[0], error->message);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  return bench_median (times, RUNS);
}

static double
time_in_process (GFile *file)
{
  double times[RUNS];

  for (int i = 0; i < RUNS; i++)
    {
      g_autoptr (GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr (FpPdfText) text = fp_pdf_text_new_from_file (file, NULL, NULL, &error);

      if (text == NULL)
        g_error ("%s", error->message);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  return bench_median (times, RUNS);
}

int
main (int    argc,
      char **argv)
{
  if (argc < 4)
    {
      g_printerr ("usage: bench-pdf-text CLI PDFTOTEXT FILE.pdf…\n");
      return 1;
    }

  g_print ("%-16s %6s %14s %12s %12s %8s\n", "file", "pages", "in-process ms",
           "cli ms", "pdftotext ms", "ratio");
  for (int i = 3; i < argc; i++)
    {
      g_autoptr (GFile) file = g_file_new_for_path (argv[i]);
      g_autoptr (GError) error = NULL;
      g_autoptr (FpPdfText) text = fp_pdf_text_new_from_file (file, NULL, NULL, &error);
      g_autofree char *name = g_path_get_basename (argv[i]);
      const char      *cli[] = { argv[1], "text", argv[i], NULL };
      const char      *reference[] = { argv[2], argv[i], "-", NULL };
      double           ours, theirs, inside;

      if (text == NULL)
        g_error ("%s", error->message);

      inside = time_in_process (file);
      ours = time_process (cli);
      if (*argv[2] != '\0')
        {
          theirs = time_process (reference);
          g_print ("%-16s %6u %14.2f %12.2f %12.2f %8.2f\n", name, fp_pdf_text_get_n_pages (text),
                   inside, ours, theirs, ours / theirs);
        }
      else
        g_print ("%-16s %6u %14.2f %12.2f %12s %8s\n", name, fp_pdf_text_get_n_pages (text),
                 inside, ours, "-", "-");
    }

  return 0;
}
