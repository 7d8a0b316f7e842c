/* bench-assess.c — the whole assessment, next to pdftotext
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * usage: bench-assess CLI PDFTOTEXT TWO-PAGE.pdf CV.pdf…
 * Prints, as medians: parsing a 2-page CV's lines into an FpCv; the whole
 * assessment in this process; writing its PDF report; "futureproof-cli
 * assess --format json" and pdftotext as whole processes on the same file
 * and their ratio; 240 CVs (the given ones, repeated) through one
 * "assess --format json" run against pdftotext run once per file; 1,000
 * CVs through one run; and the CLI's peak memory for one CV.
 */

#include "config.h"

#include "bench-util.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "fp-assessor.h"
#include "fp-report.h"

#define RUNS 21

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static double
run (const char *const *argv)
{
  g_autoptr (GError) error = NULL;
  double start = now_ms ();
  int    status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, &error))
    g_error ("%s", error->message);
  return now_ms () - start;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (FpPdfText) text = NULL;
  g_autoptr (GPtrArray) many = g_ptr_array_new ();
  double parse[RUNS], whole[RUNS], report[RUNS], cli[RUNS], reference[RUNS], batch, batch240, each240 = 0;
  g_autoptr (GPtrArray) some = g_ptr_array_new ();
  g_autofree char *dir = g_dir_make_tmp ("fp-bench-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  struct rusage    usage;

  if (argc < 5)
    {
      g_printerr ("usage: bench-assess CLI PDFTOTEXT TWO-PAGE.pdf CV.pdf…\n");
      return 1;
    }

  file = g_file_new_for_path (argv[3]);
  text = fp_pdf_text_new_from_file (file, NULL, NULL, NULL);
  fp_assess_role ("warm-up", NULL, FP_LANG_EN, NULL);

  for (int i = 0; i < RUNS; i++)
    {
      double start = now_ms ();
      g_autoptr (FpCv) cv = fp_cv_new_from_pdf_text (text);
      g_autoptr (FpAssessment) a = NULL;

      parse[i] = now_ms () - start;

      start = now_ms ();
      g_clear_object (&a);
      a = fp_assess_file (file, NULL, NULL, FP_LANG_EN, NULL, NULL, NULL);
      whole[i] = now_ms () - start;

      start = now_ms ();
      fp_report_write (a, pdf, NULL);
      report[i] = now_ms () - start;

      {
        const char *c[] = { argv[1], "assess", argv[3], "--format", "json", NULL };
        const char *r[] = { argv[2], argv[3], "-", NULL };
        cli[i] = run (c);
        reference[i] = run (r);
      }
    }

  /* 240 CVs: one run, against pdftotext once a file. */
  g_ptr_array_add (some, argv[1]);
  g_ptr_array_add (some, "assess");
  g_ptr_array_add (some, "--format");
  g_ptr_array_add (some, "json");
  for (int i = 0; some->len < 244; i++)
    {
      const char *r[] = { argv[2], argv[4 + i % (argc - 4)], "-", NULL };

      g_ptr_array_add (some, argv[4 + i % (argc - 4)]);
      each240 += run (r);
    }
  g_ptr_array_add (some, NULL);
  batch240 = run ((const char *const *) some->pdata);

  g_ptr_array_add (many, argv[1]);
  g_ptr_array_add (many, "assess");
  g_ptr_array_add (many, "--format");
  g_ptr_array_add (many, "json");
  for (int i = 0; many->len < 1004; i++)
    g_ptr_array_add (many, argv[4 + i % (argc - 4)]);
  g_ptr_array_add (many, NULL);
  batch = run ((const char *const *) many->pdata);

  {
    const char *c[] = { argv[1], "assess", argv[3], "--format", "json", NULL };
    run (c);
    getrusage (RUSAGE_CHILDREN, &usage);
  }

  g_print ("parse a 2-page CV's lines:             %8.2f ms (goal < 2 ms)\n", bench_median (parse, RUNS));
  g_print ("whole assessment, in process:          %8.2f ms\n", bench_median (whole, RUNS));
  g_print ("write the PDF report:                  %8.2f ms (goal < 100 ms)\n", bench_median (report, RUNS));
  g_print ("futureproof-cli assess (process):      %8.2f ms\n", bench_median (cli, RUNS));
  g_print ("pdftotext (process):                   %8.2f ms\n", bench_median (reference, RUNS));
  g_print ("ratio cli / pdftotext:                 %8.2f   (goal <= 2)\n", bench_median (cli, RUNS) / bench_median (reference, RUNS));
  g_print ("240 CVs in one assess run:              %8.2f s\n", batch240 / 1000);
  g_print ("pdftotext once for each of them:        %8.2f s\n", each240 / 1000);
  g_print ("ratio batch / pdftotext:                %8.2f   (goal <= 0.5)\n", batch240 / each240);
  g_print ("1,000 CVs in one assess run:           %8.2f s  (goal < 30 s)\n", batch / 1000);
  g_print ("peak memory of the CLI children:       %8.1f MB (goal < 40 MB)\n", usage.ru_maxrss / 1024.0);

  g_unlink (pdf);
  g_rmdir (dir);
  return 0;
}
