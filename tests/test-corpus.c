/* test-corpus.c — the CV corpus: what the parser and the matcher get right
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every CV of a corpus (tests/data/cvs, rendered at build time by fp-cvgen;
 * tests/data/cvs-world, rendered by other tools and checked in) is read and
 * compared field by field with its NAME.expected.json. The test prints the
 * field accuracy and the occupation's top-1 and top-3 rates, and fails when
 * they fall below the floors given on the command line (what the parser and
 * matcher reach today, so a change cannot quietly make them worse).
 *
 *   test-corpus [--min-fields=F] [--min-top1=F] [--min-top3=F] DIR/NAME…
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "fp-cv.h"
#include "fp-kb.h"
#include "fp-matcher.h"

static double min_fields = 1, min_top1 = 1, min_top3 = 1;
static guint  fields_expected, fields_right, cvs, top1, top3, first_titles;

static char *
date_string (FpDate date)
{
  if (date.year == 0)
    return NULL;
  if (date.month == 0)
    return g_strdup_printf ("%04d", date.year);
  return g_strdup_printf ("%04d-%02d", date.year, date.month);
}

static void
field (const char *name,
       const char *cv_name,
       const char *expected,
       const char *actual)
{
  fields_expected++;
  if (g_strcmp0 (expected, actual) == 0)
    fields_right++;
  else if (g_test_verbose ())
    g_test_message ("%s: %s: expected “%s”, got “%s”", cv_name, name, expected ? expected : "(none)",
                    actual ? actual : "(none)");
}

static const char *
member (JsonObject *o,
        const char *name)
{
  JsonNode *n = json_object_get_member (o, name);

  return n != NULL && !JSON_NODE_HOLDS_NULL (n) ? json_node_get_string (n) : NULL;
}

static void
check_cv (const char *name)
{
  g_autofree char *built_path = g_test_build_filename (G_TEST_BUILT, "data", name, NULL);
  g_autofree char *dist_path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autofree char *built_pdf = g_strconcat (built_path, ".pdf", NULL);
  g_autofree char *dist_pdf = g_strconcat (dist_path, ".pdf", NULL);
  g_autofree char *expected_file = g_strconcat (dist_path, ".expected.json", NULL);
  /* Rendered at build time, or checked in. */
  const char *pdf = g_file_test (built_pdf, G_FILE_TEST_EXISTS) ? built_pdf : dist_pdf;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GFile) file = g_file_new_for_path (pdf);
  g_autoptr (GError) error = NULL;
  g_autoptr (FpPdfText) text = NULL;
  g_autoptr (FpCv) cv = NULL;
  g_autoptr (GPtrArray) candidates = NULL;
  JsonObject *expected;
  JsonArray  *jobs, *education, *also;
  const char *isco;

  g_assert_true (json_parser_load_from_file (parser, expected_file, &error));
  g_assert_no_error (error);
  expected = json_node_get_object (json_parser_get_root (parser));

  text = fp_pdf_text_new_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  cv = fp_cv_new_from_pdf_text (text);
  cvs++;

  field ("language", name, member (expected, "language"), fp_cv_get_language (cv));
  field ("name", name, member (expected, "name"), fp_cv_get_name (cv));

  jobs = json_object_get_array_member (expected, "experience");
  for (guint i = 0; i < json_array_get_length (jobs); i++)
    {
      JsonObject      *e = json_array_get_object_element (jobs, i);
      const FpCvJob   *job = i < fp_cv_get_jobs (cv)->len ? g_ptr_array_index (fp_cv_get_jobs (cv), i) : NULL;
      g_autofree char *start = job ? date_string (job->start) : NULL;
      g_autofree char *end = job ? date_string (job->end) : NULL;
      gboolean         current = json_object_get_boolean_member_with_default (e, "current", FALSE);

      field ("title", name, member (e, "title"), job ? job->title : NULL);
      first_titles += i == 0 && job != NULL && g_strcmp0 (member (e, "title"), job->title) == 0;
      field ("employer", name, member (e, "employer"), job ? job->employer : NULL);
      field ("start", name, member (e, "start"), start);
      field ("end", name, member (e, "end"), end);
      field ("current", name, current ? "true" : "false", job ? (job->current ? "true" : "false") : NULL);
    }

  education = json_object_get_array_member (expected, "education");
  for (guint i = 0; education != NULL && i < json_array_get_length (education); i++)
    {
      JsonObject          *e = json_array_get_object_element (education, i);
      const FpCvEducation *ed = i < fp_cv_get_education (cv)->len ? g_ptr_array_index (fp_cv_get_education (cv), i) : NULL;
      g_autofree char     *start = ed ? date_string (ed->start) : NULL;
      g_autofree char     *end = ed ? date_string (ed->end) : NULL;

      field ("degree", name, member (e, "degree"), ed ? ed->degree : NULL);
      field ("institution", name, member (e, "institution"), ed ? ed->institution : NULL);
      field ("edu-start", name, member (e, "start"), start);
      field ("edu-end", name, member (e, "end"), end);
    }

  /* The occupation: the expected code, or one a careful adviser accepts. */
  candidates = fp_matcher_match_cv (fp_kb_get_default (), cv, 3);
  isco = member (expected, "isco08");
  also = json_object_has_member (expected, "isco08_also") ? json_object_get_array_member (expected, "isco08_also") : NULL;
  for (guint i = 0; i < candidates->len; i++)
    {
      const char *code = ((FpCandidate *) g_ptr_array_index (candidates, i))->isco08;
      gboolean    ok = g_strcmp0 (code, isco) == 0;

      for (guint k = 0; also != NULL && k < json_array_get_length (also) && !ok; k++)
        ok = g_str_equal (code, json_array_get_string_element (also, k));
      if (ok)
        {
          top1 += i == 0;
          top3++;
          break;
        }
    }
  if (g_test_verbose ())
    g_test_message ("%s: expected %s, got %s", name, isco,
                    candidates->len > 0 ? ((FpCandidate *) g_ptr_array_index (candidates, 0))->isco08 : "none");
}

static void
test_corpus (gconstpointer data)
{
  const char *const *names = data;
  double             accuracy;

  for (guint i = 0; names[i] != NULL; i++)
    check_cv (names[i]);

  accuracy = (double) fields_right / fields_expected;
  g_test_message ("CV corpus: %u CVs, fields right %u / %u = %.1f %%; first role's title %u/%u = %.1f %%; "
                  "occupation top-1 %u/%u = %.1f %%, top-3 %u/%u = %.1f %%",
                  cvs, fields_right, fields_expected, 100 * accuracy, first_titles, cvs, 100.0 * first_titles / cvs,
                  top1, cvs, 100.0 * top1 / cvs, top3, cvs, 100.0 * top3 / cvs);
  g_print ("# field accuracy %.3f, top-1 %.3f, top-3 %.3f\n", accuracy, (double) top1 / cvs, (double) top3 / cvs);

  g_assert_cmpfloat (accuracy, >=, min_fields);
  g_assert_cmpfloat ((double) top1 / cvs, >=, min_top1);
  g_assert_cmpfloat ((double) top3 / cvs, >=, min_top3);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* The corpora's durations and recency are read as of one month. */
  g_setenv ("FUTUREPROOF_TODAY", "2026-11", TRUE);

  /* The names come on the command line after the test's own arguments. */
  {
    GPtrArray *names = g_ptr_array_new ();

    for (int i = 1; i < argc; i++)
      if (g_str_has_prefix (argv[i], "--min-fields="))
        min_fields = g_ascii_strtod (argv[i] + strlen ("--min-fields="), NULL);
      else if (g_str_has_prefix (argv[i], "--min-top1="))
        min_top1 = g_ascii_strtod (argv[i] + strlen ("--min-top1="), NULL);
      else if (g_str_has_prefix (argv[i], "--min-top3="))
        min_top3 = g_ascii_strtod (argv[i] + strlen ("--min-top3="), NULL);
      else if (argv[i][0] != '-')
        g_ptr_array_add (names, argv[i]);
    g_ptr_array_add (names, NULL);
    g_test_add_data_func_full ("/core/corpus/all", g_ptr_array_free (names, FALSE), test_corpus, g_free);
  }

  return g_test_run ();
}
