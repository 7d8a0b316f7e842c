/* test-report.c — the PDF report, read back as a person's PDF viewer would
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>
#include <unistd.h>

#include "fp-assessor.h"
#include "fp-kb.h"
#include "fp-history.h"
#include "fp-report.h"

/* Text with its white space folded, so wrapped lines still compare. */
static char *
fold (const char *text)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_unichar (out, c);
    }

  return g_strdup (out->str);
}

static PopplerDocument *
write_and_open (FpAssessment *a,
                char        **path_out)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("fp-report-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *uri = NULL;
  PopplerDocument *doc;

  g_assert_no_error (error);
  g_assert_true (fp_report_write (a, path, &error));
  g_assert_no_error (error);

  uri = g_filename_to_uri (path, NULL, NULL);
  doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  *path_out = g_steal_pointer (&path);
  return doc;
}

static void
remove_report (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

static void
check_report (FpAssessment *a)
{
  g_autofree char *path = NULL;
  PopplerDocument *doc = write_and_open (a, &path);
  g_autoptr (GString) all = g_string_new (NULL);
  g_autofree char  *text = NULL;
  PopplerFontInfo  *fonts;
  PopplerFontsIter *iter = NULL;
  int               n_pages = poppler_document_get_n_pages (doc);
  JsonArray        *array;

  g_assert_cmpint (n_pages, >=, 1);
  g_assert_cmpint (n_pages, <=, 3);
  g_assert_cmpint (n_pages, ==, (int) fp_report_count_pages (a));

  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage                 *page = poppler_document_get_page (doc, i);
      g_autofree char             *page_text = poppler_page_get_text (page);
      g_autofree PopplerRectangle *rects = NULL;
      guint                        n_rects = 0;

      g_string_append (all, page_text);
      g_string_append_c (all, '\n');

      /* Every character inside the margins: nothing runs off the page. */
      poppler_page_get_text_layout (page, &rects, &n_rects);
      for (guint r = 0; r < n_rects; r++)
        {
          if (rects[r].x2 - rects[r].x1 <= 0)
            continue;
          g_assert_cmpfloat (rects[r].x1, >=, 40);
          g_assert_cmpfloat (rects[r].x2, <=, FP_REPORT_WIDTH - 40);
          g_assert_cmpfloat (rects[r].y2, <=, FP_REPORT_HEIGHT - 20);
        }
      g_object_unref (page);
    }
  text = fold (all->str);

  /* Real text: the headline, the score, every task and every plan step. */
  {
    g_autofree char *headline = fold (fp_assessment_get_headline (a));
    g_autofree char *score = g_strdup_printf ("%d", fp_assessment_get_score (a));

    g_assert_nonnull (strstr (text, headline));
    g_assert_nonnull (strstr (text, score));
  }
  array = fp_assessment_get_tasks (a);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *line = fold (json_object_get_string_member (json_array_get_object_element (array, i), "text"));
      g_assert_nonnull (strstr (text, line));
    }
  array = fp_assessment_get_plan (a);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *step = fold (json_object_get_string_member (json_array_get_object_element (array, i), "title"));
      g_assert_nonnull (strstr (text, step));
    }
  g_assert_nonnull (strstr (text, fp_assessment_get_lang (a) == FP_LANG_NB ? "Side 1 av" : "Page 1 of"));

  /* Every font embedded. */
  fonts = poppler_font_info_new (doc);
  while (poppler_font_info_scan (fonts, 10, &iter))
    {
      do
        g_assert_true (poppler_fonts_iter_is_embedded (iter));
      while (poppler_fonts_iter_next (iter));
      poppler_fonts_iter_free (iter);
    }
  poppler_font_info_free (fonts);

  /* The metadata. */
  {
    g_autofree char *title = poppler_document_get_title (doc);
    g_autofree char *creator = poppler_document_get_creator (doc);

    g_assert_cmpstr (title, ==, fp_assessment_get_headline (a));
    g_assert_true (g_str_has_prefix (creator, "Futureproof"));
  }

  g_object_unref (doc);
  remove_report (path);
}

static void
test_samples (void)
{
  const char *samples[][2] = { { "backendutvikler-nb.pdf", "nb" }, { "nurse-en.pdf", "en" }, { "backendutvikler-nb.pdf", "en" }, { "nurse-en.pdf", "nb" } };

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", samples[i][0], NULL);
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (GError) error = NULL;
      g_autoptr (FpAssessment) a = fp_assess_file (file, NULL, NULL, fp_lang_from_string (samples[i][1]), NULL, NULL, &error);

      g_assert_no_error (error);
      check_report (a);
    }
}

static void
test_longest_texts (void)
{
  FpKb           *kb = fp_kb_get_default ();
  const FpLang    langs[] = { FP_LANG_EN, FP_LANG_NB };
  const FpKbUnit *longest[2] = { NULL, NULL };
  gsize           longest_len[2] = { 0, 0 };

  /* The occupations with the most text, in each language, still fit. */
  for (guint i = 0; i < fp_kb_get_n_units (kb); i++)
    for (guint l = 0; l < 2; l++)
      {
        const FpKbUnit *unit = fp_kb_get_unit (kb, i);
        g_autoptr (FpAssessment) a = fp_assess_occupation (unit->isco08, langs[l], NULL);
        g_autofree char *json = fp_assessment_to_string (a, FALSE);

        if (strlen (json) > longest_len[l])
          {
            longest_len[l] = strlen (json);
            longest[l] = unit;
          }
      }

  for (guint l = 0; l < 2; l++)
    {
      g_autoptr (FpAssessment) a = fp_assess_occupation (longest[l]->isco08, langs[l], NULL);
      check_report (a);
    }
}

static void
test_unwritable (void)
{
  g_autoptr (FpAssessment) a = fp_assess_occupation ("2512", FP_LANG_EN, NULL);
  g_autoptr (GError) error = NULL;

  g_assert_false (fp_report_write (a, "/nonexistent/futureproof/report.pdf", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test ("/nonexistent/futureproof/report.pdf", G_FILE_TEST_EXISTS));

  /* A read-only folder; root may write anywhere, so only as another user. */
  if (geteuid () != 0)
    {
      g_autoptr (GError) error2 = NULL;
      g_autofree char *dir = g_dir_make_tmp ("fp-readonly-XXXXXX", NULL);
      g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
      g_autoptr (GDir) d = NULL;

      g_chmod (dir, 0555);
      g_assert_false (fp_report_write (a, path, &error2));
      g_assert_error (error2, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      d = g_dir_open (dir, 0, NULL);
      g_assert_null (g_dir_read_name (d));
      g_chmod (dir, 0755);
      g_rmdir (dir);
    }
}

static void
test_suggest_name (void)
{
  g_autoptr (FpAssessment) a = fp_assess_role ("Backend/utvikler", "2512", FP_LANG_NB, NULL);
  g_autofree char *name = fp_report_suggest_name (a);

  g_assert_true (g_str_has_prefix (name, "Futureproof – Backend-utvikler – "));
  g_assert_true (g_str_has_suffix (name, ".pdf"));
  g_assert_null (strchr (name, '/'));
}

/* The text of a report, all pages. */
static char *
report_text (FpAssessment *a)
{
  g_autofree char *path = NULL;
  PopplerDocument *doc = write_and_open (a, &path);
  GString         *all = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      PopplerPage     *page = poppler_document_get_page (doc, i);
      g_autofree char *text = poppler_page_get_text (page);

      g_string_append (all, text);
      g_object_unref (page);
    }
  g_object_unref (doc);
  remove_report (path);
  return g_string_free (all, FALSE);
}

/* A report that carries a comparison says what changed, in its language;
 * one that does not, says nothing of it. */
static void
test_comparison (void)
{
  const FpLang langs[] = { FP_LANG_EN, FP_LANG_NB };

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autoptr (FpAssessment) before = fp_assess_occupation ("2221", langs[l], NULL);
      g_autoptr (FpAssessment) after = fp_assess_occupation ("2512", langs[l], NULL);
      g_autoptr (GDateTime) saved = g_date_time_new_utc (2025, 3, 14, 12, 0, 0);
      g_autoptr (JsonNode) comparison = fp_history_compare (before, saved, after);
      g_autoptr (FpAssessment) compared = fp_history_with_comparison (after, comparison);
      g_autofree char *plain = report_text (after);
      g_autofree char *text = report_text (compared);
      g_autofree char *flat = g_strdelimit (g_strdup (text), "\n", ' ');

      g_assert_nonnull (compared);
      g_assert_nonnull (fp_assessment_get_comparison (compared));
      g_assert_null (fp_assessment_get_comparison (after));
      g_assert_null (strstr (plain, fp_kb_phrase ("compare_heading", langs[l])));
      g_assert_nonnull (strstr (flat, fp_kb_phrase ("compare_heading", langs[l])));
      g_assert_nonnull (strstr (flat, "2025-03-14"));
      g_assert_nonnull (strstr (flat, fp_kb_phrase ("compare_tasks", langs[l])));
      g_assert_nonnull (strstr (flat, fp_assessment_get_person (before)));
    }
}

/* What the fuzzer found: a comparison with a mark this version does not
 * know ("automa`ed") read freed memory. It reads as "safe" now. */
static void
test_unknown_mark (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fuzz", "crashes", "report-unknown-mark.json", NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (FpAssessment) a = NULL;
  g_autoptr (GBytes) pdf = NULL;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  a = fp_assessment_new_from_json (json_parser_get_root (parser), &error);
  g_assert_no_error (error);
  g_assert_nonnull (fp_assessment_get_comparison (a));
  pdf = fp_report_render (a);
  g_assert_cmpmem (g_bytes_get_data (pdf, NULL), 5, "%PDF-", 5);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/report/samples", test_samples);
  g_test_add_func ("/core/report/longest-texts", test_longest_texts);
  g_test_add_func ("/core/report/unwritable", test_unwritable);
  g_test_add_func ("/core/report/suggest-name", test_suggest_name);
  g_test_add_func ("/core/report/comparison", test_comparison);
  g_test_add_func ("/core/report/unknown-mark", test_unknown_mark);

  return g_test_run ();
}
