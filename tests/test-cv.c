/* test-cv.c — dates, sections and odd input
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fp-assessor.h"
#include "fp-cv.h"
#include "fp-pdf-text.h"

static void
check_range (const char *text,
             int         sy,
             int         sm,
             int         ey,
             int         em,
             gboolean    current)
{
  FpDate   start, end;
  gboolean now;

  if (!fp_date_range_parse (text, &start, &end, &now, NULL))
    g_error ("“%s”: no date range found", text);
  if (start.year != sy || start.month != sm || end.year != ey || end.month != em || now != current)
    g_error ("“%s”: got %d-%d – %d-%d%s", text, start.year, start.month, end.year, end.month,
             now ? " (current)" : "");
}

static void
test_date_forms (void)
{
  check_range ("jan. 2019 – nå", 2019, 1, 0, 0, TRUE);
  check_range ("januar 2019 - d.d.", 2019, 1, 0, 0, TRUE);
  check_range ("03/2018 - i dag", 2018, 3, 0, 0, TRUE);
  check_range ("08.2020–", 2020, 8, 0, 0, TRUE);
  check_range ("2015–2019", 2015, 0, 2019, 0, FALSE);
  check_range ("sep 2017 – des 2019", 2017, 9, 2019, 12, FALSE);
  check_range ("Jan 2019 - Present", 2019, 1, 0, 0, TRUE);
  check_range ("2019 - current", 2019, 0, 0, 0, TRUE);
  check_range ("since 2021", 2021, 0, 0, 0, TRUE);
  check_range ("siden 2021", 2021, 0, 0, 0, TRUE);
  check_range ("mai 2016 til juni 2018", 2016, 5, 2018, 6, FALSE);
  check_range ("2012 to 2014", 2012, 0, 2014, 0, FALSE);
  check_range ("mars 2019 – no", 2019, 3, 0, 0, TRUE);
  check_range ("March 2020 – Present (6 years 9 months)", 2020, 3, 0, 0, TRUE);
  check_range ("2019-03 til 2021-06", 2019, 3, 2021, 6, FALSE);
  check_range ("Fra 01.08.2015 til 30.06.2019", 2015, 8, 2019, 6, FALSE);
  check_range ("01/02/2023 – CURRENT", 2023, 2, 0, 0, TRUE);
  check_range ("14/03/2019 - 30/09/2021", 2019, 3, 2021, 9, FALSE);
  check_range ("03.24 - d.d.", 2024, 3, 0, 0, TRUE);
  check_range ("08/19 – 06/21", 2019, 8, 2021, 6, FALSE);
  check_range ("Jan 2020 – Now", 2020, 1, 0, 0, TRUE);
  check_range ("2015 - dags dato", 2015, 0, 0, 0, TRUE);
  check_range ("2021–presentFreelance translator", 2021, 0, 0, 0, TRUE);
  check_range ("Oct 2018 – Today", 2018, 10, 0, 0, TRUE);
  check_range ("Juni 2023 (Nåværende)", 2023, 6, 0, 0, TRUE);
}

static void
test_date_rest (void)
{
  FpDate           start, end;
  gboolean         now;
  g_autofree char *rest = NULL;
  g_autofree char *rest2 = NULL;

  g_assert_true (fp_date_range_parse ("jan. 2019 – nå · Oslo", &start, &end, &now, &rest));
  g_assert_cmpstr (rest, ==, "Oslo");
  g_assert_true (fp_date_range_parse ("Backendutvikler, Acme AS, 2019 – 2021", &start, &end, &now, &rest2));
  g_assert_cmpstr (rest2, ==, "Backendutvikler, Acme AS");
}

static void
test_not_dates (void)
{
  const char *texts[] = { "+47 912 34 567", "Ansvar for 40 000 transaksjoner", "Marsjerte", "", "—",
                          "Arbeidstid 08.00 - 12.00", "Versjon 3.14" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      FpDate   start, end;
      gboolean now;

      g_assert_false (fp_date_range_parse (texts[i], &start, &end, &now, NULL));
    }
}

static void
test_sections (void)
{
  g_autoptr (FpCv) cv = fp_cv_new_from_text ("Kari Nordmann\n"
                                             "Sykepleier\n"
                                             "Arbeidserfaring\n"
                                             "Sykepleier, Haukeland universitetssjukehus\n"
                                             "aug. 2019 – nå · Bergen\n"
                                             "- Ansvar for pasienter på sengepost\n"
                                             "- Veileder nye sykepleiere\n"
                                             "Utdanning\n"
                                             "Bachelor i sykepleie, Høgskulen på Vestlandet\n"
                                             "2016 – 2019\n"
                                             "Kompetanse\n"
                                             "Akuttsykepleie · Sårstell · Legemiddelhåndtering\n");
  GPtrArray     *jobs = fp_cv_get_jobs (cv);
  const FpCvJob *job;

  g_assert_cmpstr (fp_cv_get_language (cv), ==, "nb");
  g_assert_cmpstr (fp_cv_get_name (cv), ==, "Kari Nordmann");
  g_assert_cmpuint (jobs->len, ==, 1);
  job = g_ptr_array_index (jobs, 0);
  g_assert_cmpstr (job->title, ==, "Sykepleier");
  g_assert_cmpstr (job->employer, ==, "Haukeland universitetssjukehus");
  g_assert_cmpstr (job->place, ==, "Bergen");
  g_assert_true (job->current);
  g_assert_cmpuint (job->bullets->len, ==, 2);
  g_assert_cmpuint (fp_cv_get_education (cv)->len, ==, 1);
  g_assert_cmpuint (fp_cv_get_skills (cv)->len, ==, 3);
}

static void
test_overlap (void)
{
  g_autoptr (FpCv) cv = NULL;

  g_setenv ("FUTUREPROOF_TODAY", "2026-11", TRUE);
  cv = fp_cv_new_from_text ("Ola Nordmann\n"
                            "Work experience\n"
                            "Nurse, Ward A\n"
                            "2016 - 2020\n"
                            "Nurse, Night bank\n"
                            "2018 - 2022\n");

  /* 2016–2022 with the overlap counted once: six years. */
  g_assert_cmpuint (fp_cv_get_total_months (cv), ==, 72);
}

static void
test_nothing_invented (void)
{
  g_autoptr (FpCv) cv = fp_cv_new_from_text ("Arbeidserfaring\nTømrer\n- Bygde hus\n");
  g_autoptr (JsonNode) json = fp_cv_to_json (cv);
  JsonObject *root = json_node_get_object (json);

  g_assert_null (fp_cv_get_name (cv));
  g_assert_false (json_object_has_member (root, "name"));
  g_assert_false (json_object_has_member (root, "summary"));
  g_assert_cmpuint (fp_cv_get_total_months (cv), ==, 0);
}

/* "Stilling: Tømrer" names the title; the employer's line gives its name
 * before the address; a date of birth and the work sought are no roles. */
static void
test_labels (void)
{
  g_autoptr (FpCv) cv = fp_cv_new_from_text ("Jon Bakken\n"
                                             "Personalia\n"
                                             "Født: 12.03.1988\n"
                                             "Ønsket stilling: Tømrer\n"
                                             "Arbeidserfaring\n"
                                             "2015 - dags dato\n"
                                             "Arbeidsgiver: Byggmester Haugland AS, Storgata 3, Ås\n"
                                             "Stilling: Tømrer\n"
                                             "Arbeidsoppgaver: Nybygg og rehabilitering\n");
  GPtrArray     *jobs = fp_cv_get_jobs (cv);
  const FpCvJob *job;

  g_assert_cmpuint (jobs->len, ==, 1);
  job = g_ptr_array_index (jobs, 0);
  g_assert_cmpstr (job->title, ==, "Tømrer");
  g_assert_cmpstr (job->employer, ==, "Byggmester Haugland AS");
  g_assert_cmpint (job->start.year, ==, 2015);
  g_assert_true (job->current);
  g_assert_cmpuint (job->bullets->len, ==, 1);
  g_assert_cmpstr (fp_cv_get_headline (cv), ==, "Tømrer");
}

/* A year inside a description starts no role. */
static void
test_dates_in_sentences (void)
{
  g_autoptr (FpCv) cv = fp_cv_new_from_text ("Arbeidserfaring\n"
                                             "Elektriker, Lysverk AS\n"
                                             "2016 – nå\n"
                                             "Service og nybygg. Bas på mindre prosjekter fra 2019.\n"
                                             "Fra 2020 var jeg også lærlingansvarlig i bedriften\n"
                                             "Lærling, Lysverk AS\n"
                                             "2014 – 2016\n");
  GPtrArray *jobs = fp_cv_get_jobs (cv);

  g_assert_cmpuint (jobs->len, ==, 2);
  g_assert_cmpstr (((FpCvJob *) g_ptr_array_index (jobs, 1))->title, ==, "Lærling");
}

static void
test_odd_input (void)
{
  g_autoptr (GString) huge = g_string_new ("Arbeidserfaring\n");
  g_autoptr (GString) nospace = g_string_new (NULL);
  const char *odd[] = {
    "1991\x94", /* found by the fuzzer */
    "\xff\xfe\xfd jan. 2019 – nå \xc3",
    "עבודה\nמפתח תוכנה, חברה בע\"מ\n2019 – 2021\n", /* right-to-left */
    "😀 Utvikler 😀\n2019 – nå\n- 🚀 Lanserte appen\n",
    "Arbeids\x01\x02\x03erfaring\n\tUtvikler\x7f\n2019\x1b – nå\n",
    "\xe2\x80\xae"
    "gninrafre\n",
    "\n\n\n\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (odd); i++)
    {
      g_autoptr (FpCv) cv = fp_cv_new_from_text (odd[i]);
      g_autoptr (JsonNode) json = fp_cv_to_json (cv);

      g_assert_nonnull (json);
    }

  /* 10,000 lines. */
  for (guint i = 0; i < 2500; i++)
    g_string_append_printf (huge, "Utvikler U%u, Firma F%u AS\n%u – %u\n- Skrev kode\n- Testet kode\n",
                            i, i, 1950 + i % 70, 1951 + i % 70);
  {
    g_autoptr (FpCv) cv = fp_cv_new_from_text (huge->str);
    g_assert_cmpuint (fp_cv_get_jobs (cv)->len, ==, 2500);
  }

  /* Lines without spaces. */
  for (guint i = 0; i < 200; i++)
    g_string_append (nospace, "Arbeidserfaringutviklerfirma2019");
  {
    g_autoptr (FpCv) cv = fp_cv_new_from_text (nospace->str);
    g_assert_nonnull (cv);
  }
}

/* Every PDF the fuzzers found a fault with, read through to an assessment:
 * the sanitizer build of this test catches the fault coming back. */
static void
test_fuzz_findings (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fuzz", "crashes", NULL);
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint       n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file_path = g_build_filename (path, name, NULL);
      g_autoptr (GFile) file = g_file_new_for_path (file_path);
      g_autoptr (FpPdfText) text = NULL;
      g_autoptr (FpCv) cv = NULL;
      g_autoptr (FpAssessment) assessment = NULL;

      if (!g_str_has_suffix (name, ".pdf"))
        continue;
      text = fp_pdf_text_new_from_file (file, NULL, NULL, NULL);
      if (text == NULL)
        continue;
      cv = fp_cv_new_from_pdf_text (text);
      assessment = fp_assess_cv (cv, NULL, FP_LANG_NB, NULL);
      n++;
    }
  g_assert_cmpuint (n, >=, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/cv/date-forms", test_date_forms);
  g_test_add_func ("/core/cv/date-rest", test_date_rest);
  g_test_add_func ("/core/cv/labels", test_labels);
  g_test_add_func ("/core/cv/dates-in-sentences", test_dates_in_sentences);
  g_test_add_func ("/core/cv/not-dates", test_not_dates);
  g_test_add_func ("/core/cv/sections", test_sections);
  g_test_add_func ("/core/cv/overlap", test_overlap);
  g_test_add_func ("/core/cv/nothing-invented", test_nothing_invented);
  g_test_add_func ("/core/cv/odd-input", test_odd_input);
  g_test_add_func ("/core/cv/fuzz-findings", test_fuzz_findings);

  return g_test_run ();
}
