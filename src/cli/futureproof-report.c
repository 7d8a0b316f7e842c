/* futureproof-report.c — draws an assessment as a PDF report
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * usage: futureproof-report < ASSESSMENT.json > REPORT.pdf
 *
 * futureproof-cli runs it for "--format pdf" and writes what it prints
 * safely to the file asked for. The report lays out its text with pango;
 * keeping that here spares every other run of the CLI the loading of the
 * text-layout and font libraries.
 */

#define G_LOG_DOMAIN "futureproof-report"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>
#include <unistd.h>

#include "fp-report.h"

static GBytes *
read_all (int fd)
{
  GByteArray *data = g_byte_array_new ();
  guint8      chunk[65536];
  gssize      n;

  while ((n = read (fd, chunk, sizeof chunk)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          g_byte_array_unref (data);
          return NULL;
        }
      g_byte_array_append (data, chunk, (guint) n);
    }

  return g_byte_array_free_to_bytes (data);
}

static gboolean
write_all (int     fd,
           GBytes *bytes)
{
  const guint8 *p = g_bytes_get_data (bytes, NULL);
  gsize         left = g_bytes_get_size (bytes);

  while (left > 0)
    {
      gssize n = write (fd, p, left);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      p += n;
      left -= (gsize) n;
    }

  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (FpAssessment) assessment = NULL;
  g_autoptr (GBytes) json = NULL;
  g_autoptr (GBytes) pdf = NULL;
  g_autoptr (GError) error = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("FUTUREPROOF_LOCALEDIR") != NULL ? g_getenv ("FUTUREPROOF_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc != 1 || isatty (STDOUT_FILENO))
    {
      g_printerr ("%s\n", _ ("Usage: futureproof-report < ASSESSMENT.json > REPORT.pdf"));
      return EXIT_FAILURE;
    }

  json = read_all (STDIN_FILENO);
  if (json == NULL)
    g_set_error_literal (&error, G_IO_ERROR, g_io_error_from_errno (errno), g_strerror (errno));
  else if (json_parser_load_from_data (parser, g_bytes_get_data (json, NULL), (gssize) g_bytes_get_size (json), &error))
    assessment = fp_assessment_new_from_json (json_parser_get_root (parser), &error);
  if (assessment == NULL)
    {
      g_printerr ("futureproof-report: %s\n", error->message);
      return EXIT_FAILURE;
    }

  pdf = fp_report_render (assessment);
  if (!write_all (STDOUT_FILENO, pdf))
    {
      g_printerr ("futureproof-report: %s\n", g_strerror (errno));
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}
