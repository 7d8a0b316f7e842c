/* test-assessor.c — the assessment: anchors, JSON, roles, consistency
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fp-assessor.h"
#include "fp-json.h"
#include "fp-kb.h"
#include "test-util.h"

static FpAssessment *
assess_pdf (const char *dir,
            const char *name,
            FpLang      lang)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "data", dir, name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  FpAssessment *a = fp_assess_file (file, NULL, NULL, lang, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (a);
  return a;
}

static FpAssessment *
assess_sample (const char *name,
               FpLang      lang)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  FpAssessment *a = fp_assess_file (file, NULL, NULL, lang, NULL, NULL, &error);

  g_assert_no_error (error);
  return a;
}

static void
test_anchors (void)
{
  g_autoptr (FpAssessment) backend = assess_sample ("backendutvikler-nb.pdf", FP_LANG_NB);
  g_autoptr (FpAssessment) nurse = assess_sample ("nurse-en.pdf", FP_LANG_EN);
  g_autoptr (FpAssessment) clerk = assess_pdf ("cvs", "accounts-clerk-table-en.pdf", FP_LANG_EN);
  g_autoptr (FpAssessment) carpenter = assess_pdf ("cvs", "tomrer-uten-datoer-nb.pdf", FP_LANG_NB);
  g_autoptr (FpAssessment) driver = assess_pdf ("cvs", "lastebilsjafor-nb.pdf", FP_LANG_NB);
  g_autoptr (FpAssessment) backend_role = fp_assess_occupation ("2512", FP_LANG_EN, NULL);

  /* DESIGN.md's sanity anchors. */
  g_assert_cmpstr (fp_assessment_get_isco08 (backend), ==, "2512");
  g_assert_cmpint (fp_assessment_get_level (backend), ==, FP_LEVEL_HIGH);
  g_assert_cmpint (fp_assessment_get_score (backend_role), >=, 60);
  g_assert_cmpint (fp_assessment_get_score (backend_role), <=, 75);
  g_assert_cmpint (fp_assessment_get_score (backend), >=, 60);
  g_assert_cmpint (fp_assessment_get_score (backend), <=, 75);

  g_assert_cmpstr (fp_assessment_get_isco08 (clerk), ==, "4311");
  g_assert_cmpint (fp_assessment_get_level (clerk), ==, FP_LEVEL_HIGH);

  g_assert_cmpstr (fp_assessment_get_isco08 (nurse), ==, "2221");
  g_assert_cmpint (fp_assessment_get_level (nurse), !=, FP_LEVEL_HIGH);
  g_assert_cmpstr (json_object_get_string_member (fp_assessment_get_occupation (nurse), "styrk08"), ==, "2223");

  g_assert_cmpstr (fp_assessment_get_isco08 (carpenter), ==, "7115");
  g_assert_cmpint (fp_assessment_get_level (carpenter), ==, FP_LEVEL_LOW);
  g_assert_cmpstr (fp_assessment_get_isco08 (driver), ==, "8332");
  g_assert_cmpint (fp_assessment_get_level (driver), ==, FP_LEVEL_LOW);
}

static void
test_json (void)
{
  g_autoptr (FpAssessment) a = assess_sample ("backendutvikler-nb.pdf", FP_LANG_NB);
  g_autoptr (FpAssessment) b = assess_sample ("backendutvikler-nb.pdf", FP_LANG_NB);
  g_autofree char *ja = fp_assessment_to_string (a, TRUE);
  g_autofree char *jb = fp_assessment_to_string (b, TRUE);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (FpAssessment) again = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *jc = NULL;
  JsonObject      *root = fp_assessment_get_root (a);
  JsonArray       *tasks = fp_assessment_get_tasks (a);
  int              low, high, total = 0;

  /* The same input gives byte-identical JSON. */
  g_assert_cmpstr (ja, ==, jb);

  /* DESIGN.md's contract. */
  g_assert_cmpint (json_object_get_int_member (root, "schema"), ==, FP_ASSESSMENT_SCHEMA);
  g_assert_cmpint (fp_assessment_get_lang (a), ==, FP_LANG_NB);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "source"), "file"), ==,
                   "backendutvikler-nb.pdf");
  g_assert_cmpstr (json_object_get_string_member (fp_assessment_get_occupation (a), "cv_title"), ==,
                   "Senior backendutvikler");
  fp_assessment_get_range (a, &low, &high);
  g_assert_cmpint (low, <=, fp_assessment_get_score (a));
  g_assert_cmpint (high, >=, fp_assessment_get_score (a));
  g_assert_cmpuint (json_array_get_length (tasks), >=, 6);
  g_assert_cmpuint (json_array_get_length (tasks), <=, 10);
  for (guint i = 0; i < json_array_get_length (tasks); i++)
    {
      JsonObject *t = json_array_get_object_element (tasks, i);
      const char *mark = json_object_get_string_member (t, "mark");
      double      e = json_object_get_double_member (t, "exposure");

      g_assert_true (g_str_equal (mark, "automated") || g_str_equal (mark, "changing") || g_str_equal (mark, "safe"));
      g_assert_cmpint (g_str_equal (mark, "automated"), ==, e >= FP_AUTOMATED_FROM);
      g_assert_cmpstr (json_object_get_string_member (t, "reason"), !=, "");
    }
  g_assert_cmpuint (json_array_get_length (fp_assessment_get_plan (a)), ==, 4);
  g_assert_nonnull (strstr (fp_assessment_get_narrative (a), "backendutvikler"));
  for (guint i = 0; i < json_array_get_length (fp_assessment_get_adjustments (a)); i++)
    total += (int) json_object_get_int_member (json_array_get_object_element (fp_assessment_get_adjustments (a), i), "delta");
  g_assert_cmpint (ABS (total), <=, 10);
  g_assert_cmpint (fp_assessment_get_score (a), ==,
                   CLAMP ((int) json_object_get_int_member (root, "score_base") + total, 0, 100));

  /* It reads back. */
  g_assert_true (json_parser_load_from_data (parser, ja, -1, &error));
  again = fp_assessment_new_from_json (json_parser_get_root (parser), &error);
  g_assert_no_error (error);
  jc = fp_assessment_to_string (again, TRUE);
  g_assert_cmpstr (ja, ==, jc);
}

static void
test_json_invalid (void)
{
  const char *bad[] = { "{}", "[]", "{\"schema\": 1}", "{\"schema\": 3}", "{\"schema\": 2, \"occupation\": {}}" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_autoptr (GError) error = NULL;
      g_autoptr (FpAssessment) a = NULL;

      g_assert_true (json_parser_load_from_data (parser, bad[i], -1, NULL));
      a = fp_assessment_new_from_json (json_parser_get_root (parser), &error);
      g_assert_null (a);
      g_assert_error (error, FP_ASSESSMENT_ERROR, FP_ASSESSMENT_ERROR_INVALID);
    }
}

static void
test_roles (void)
{
  g_autoptr (GPtrArray) titles = test_load_titles ();

  for (guint i = 0; i < titles->len; i++)
    {
      char **fields = g_ptr_array_index (titles, i);
      g_autoptr (GError) error = NULL;
      g_autoptr (FpAssessment) a = fp_assess_role (fields[0], NULL, i % 2 ? FP_LANG_EN : FP_LANG_NB, &error);

      g_assert_no_error (error);
      if (!g_str_equal (fp_assessment_get_isco08 (a), fields[1]))
        g_error ("--role “%s”: expected %s, got %s", fields[0], fields[1], fp_assessment_get_isco08 (a));
      /* The person's own title, in lower case inside the sentence. */
      {
        g_autofree char *headline = g_utf8_strdown (fp_assessment_get_headline (a), -1);
        g_autofree char *title = g_utf8_strdown (fields[0], -1);

        g_assert_nonnull (strstr (headline, title));
      }
    }
  g_assert_cmpuint (titles->len, >=, 100);
}

/* STYRK-08 is finer than ISCO-08 for some Norwegian occupations: a
 * vernepleier is STYRK 2224 within ISCO 2221, not a nurse (2223). */
static void
test_styrk (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FpAssessment) a = fp_assess_role ("Vernepleier", NULL, FP_LANG_NB, &error);
  g_autoptr (FpAssessment) b = fp_assess_role ("Sykepleier", NULL, FP_LANG_NB, &error);
  JsonObject *oa, *ob;

  g_assert_no_error (error);
  oa = fp_assessment_get_occupation (a);
  ob = fp_assessment_get_occupation (b);
  g_assert_cmpstr (json_object_get_string_member (oa, "styrk08"), ==, "2224");
  g_assert_cmpstr (json_object_get_string_member (oa, "title"), ==, "Vernepleiere");
  g_assert_cmpstr (json_object_get_string_member (ob, "styrk08"), ==, "2223");

  /* … with texts of its own: a vernepleier's work, not a nurse's. */
  g_assert_cmpstr (json_object_get_string_member (oa, "person"), ==, "vernepleier");
  g_assert_nonnull (strstr (fp_assessment_get_narrative (a), "miljøarbeid"));
  g_assert_null (strstr (fp_assessment_get_narrative (a), "medisinrunden"));
  g_assert_cmpstr (json_object_get_string_member (ob, "person"), ==, "sykepleier");
  g_assert_cmpuint (json_array_get_length (fp_assessment_get_tasks (a)), ==,
                    json_array_get_length (fp_assessment_get_tasks (b)));
}

static void
test_unknown_role (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FpAssessment) a = fp_assess_role ("xyzzyplugh quux", NULL, FP_LANG_EN, &error);
  g_autoptr (GError) error2 = NULL;
  g_autoptr (FpAssessment) b = fp_assess_occupation ("0000", FP_LANG_EN, &error2);

  g_assert_null (a);
  g_assert_error (error, FP_ASSESS_ERROR, FP_ASSESS_ERROR_NO_OCCUPATION);
  g_assert_null (b);
  g_assert_error (error2, FP_ASSESS_ERROR, FP_ASSESS_ERROR_UNKNOWN_CODE);
}

static void
test_career_change (void)
{
  g_autoptr (FpAssessment) ux = assess_pdf ("cvs", "teacher-to-ux-designer-en.pdf", FP_LANG_EN);
  g_autoptr (FpAssessment) po = assess_pdf ("cvs", "sykepleier-til-produkteier-nb.pdf", FP_LANG_NB);

  /* The new occupation, not the long earlier one. */
  g_assert_cmpstr (fp_assessment_get_isco08 (ux), ==, "2166");
  g_assert_cmpstr (fp_assessment_get_isco08 (po), !=, "2221");
}

/* The headline and narrative speak of one person in the report's language,
 * by the occupation's name for one person, never the group's plural. */
static void
check_one_person (FpAssessment *a)
{
  JsonObject      *occupation = fp_assessment_get_occupation (a);
  const char      *headline = fp_assessment_get_headline (a);
  const char      *person = json_object_get_string_member_with_default (occupation, "person", NULL);
  const char      *group = fp_assessment_get_title (a);
  g_autofree char *group_lower = g_utf8_strdown (group, -1);

  g_assert_true (g_unichar_isupper (g_utf8_get_char (headline)));
  g_assert_null (strchr (headline, '{'));
  g_assert_null (strchr (fp_assessment_get_narrative (a), '{'));
  g_assert_null (strchr (fp_assessment_get_subtitle (a), '{'));
  g_assert_nonnull (person);
  g_assert_nonnull (strstr (headline, person));
  g_assert_nonnull (strstr (fp_assessment_get_narrative (a), person));
  /* (A group name may be the start of the person's: "Dataregistrere".) */
  if (!g_str_has_prefix (person, group_lower))
    g_assert_null (strstr (headline, group_lower));
}

/* The second source, observed use: traceable to the derived data for every
 * unit, ordered as the source orders it, and the DESIGN anchors still hold
 * in both languages once it is part of the score. */
static void
test_observed (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "kb", "generated", "units.json", NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonArray *units;
  const struct
  {
    const char *isco08;
    FpLevel     lowest, highest;
  } anchors[] = {
    { "2512", FP_LEVEL_HIGH, FP_LEVEL_HIGH },
    { "4311", FP_LEVEL_HIGH, FP_LEVEL_HIGH },
    { "2221", FP_LEVEL_LOW, FP_LEVEL_MODERATE },
    { "7115", FP_LEVEL_LOW, FP_LEVEL_LOW },
    { "8332", FP_LEVEL_LOW, FP_LEVEL_LOW },
  };
  double translators = 0, developers = 0, carpenters = 0, cleaners = 0;

  g_assert_true (json_parser_load_from_file (parser, path, NULL));
  units = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "units");
  for (guint i = 0; i < json_array_get_length (units); i++)
    {
      JsonObject *u = json_array_get_object_element (units, i);
      JsonObject *derived = json_object_get_object_member (u, "observed");
      const char *code = json_object_get_string_member (u, "isco08");
      g_autoptr (FpAssessment) a = fp_assess_occupation (code, FP_LANG_EN, NULL);
      JsonObject *observed = json_object_get_object_member (fp_assessment_get_root (a), "observed");
      double      value = json_object_get_double_member (observed, "ai_applicability");

      g_assert_cmpfloat_with_epsilon (value, json_object_get_double_member (derived, "ai_applicability"), 1e-9);
      g_assert_cmpint (json_object_get_int_member (observed, "percentile"), ==, json_object_get_int_member (derived, "percentile"));
      translators = g_str_equal (code, "2643") ? value : translators;
      developers = g_str_equal (code, "2512") ? value : developers;
      carpenters = g_str_equal (code, "7115") ? value : carpenters;
      cleaners = g_str_equal (code, "9112") ? value : cleaners;
    }
  g_assert_cmpfloat (translators, >, developers);
  g_assert_cmpfloat (developers, >, MAX (carpenters, cleaners));

  for (guint i = 0; i < G_N_ELEMENTS (anchors); i++)
    for (FpLang lang = FP_LANG_EN; lang <= FP_LANG_NB; lang++)
      {
        g_autoptr (FpAssessment) a = fp_assess_occupation (anchors[i].isco08, lang, NULL);
        JsonObject *parts = json_object_get_object_member (fp_assessment_get_root (a), "score_parts");

        g_assert_cmpint (fp_assessment_get_level (a), >=, anchors[i].lowest);
        g_assert_cmpint (fp_assessment_get_level (a), <=, anchors[i].highest);
        /* The score before adjustments is the two parts' weighted mean. */
        g_assert_cmpint (ABS (fp_assessment_get_score_base (a) -
                              (0.7 * json_object_get_int_member (parts, "ilo") + 0.3 * json_object_get_int_member (parts, "observed"))),
                         <=, 1);
      }
}

static void
test_every_occupation (void)
{
  FpKb        *kb = fp_kb_get_default ();
  const FpLang langs[] = { FP_LANG_EN, FP_LANG_NB };

  for (guint i = 0; i < fp_kb_get_n_units (kb); i++)
    {
      const FpKbUnit *unit = fp_kb_get_unit (kb, i);

      for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
        {
          g_autoptr (FpAssessment) a = fp_assess_occupation (unit->isco08, langs[l], NULL);
          FpLevel level;

          g_assert_nonnull (a);
          level = fp_assessment_get_level (a);
          /* Never more, or less, than the ILO's own class says. */
          if (g_str_equal (unit->gradient, "not_exposed"))
            g_assert_cmpint (level, ==, FP_LEVEL_LOW);
          if (g_str_equal (unit->gradient, "minimal"))
            g_assert_cmpint (level, !=, FP_LEVEL_HIGH);
          if (g_str_equal (unit->gradient, "exposed_3") || g_str_equal (unit->gradient, "exposed_4"))
            g_assert_cmpint (level, !=, FP_LEVEL_LOW);
          check_one_person (a);
          g_assert_cmpint (fp_assessment_get_score (a), >=, 0);
          g_assert_cmpint (fp_assessment_get_score (a), <=, 100);
          g_assert_cmpstr (fp_assessment_get_edge (a), !=, "");
          g_assert_cmpuint (json_array_get_length (fp_assessment_get_tasks (a)), >=, 4);
        }
    }
}

static void
test_odd_text (void)
{
  const char *texts[] = {
    "",
    "\n\n\n",
    "Ola Nordmann\nArbeidserfaring\nSykepleier, Sykehuset\n2019 – nå\n- Stell av pasienter",
    "😀😀😀\n\xe2\x80\xae"
    "right-to-left override\n\x01\x02\x03 control",
    "Arbeidserfaring\n2019 – 2018\n2030 – 2040\n13/2019 – 00/2020\nsiden\nsince",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (FpCv) cv = fp_cv_new_from_text (texts[i]);
      g_autoptr (GError) error = NULL;
      g_autoptr (FpAssessment) a = fp_assess_cv (cv, NULL, FP_LANG_EN, &error);

      g_assert_true (a != NULL || g_error_matches (error, FP_ASSESS_ERROR, FP_ASSESS_ERROR_NO_OCCUPATION));
    }
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("FUTUREPROOF_TODAY", "2026-11", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/assessor/anchors", test_anchors);
  g_test_add_func ("/core/assessor/json", test_json);
  g_test_add_func ("/core/assessor/json-invalid", test_json_invalid);
  g_test_add_func ("/core/assessor/roles", test_roles);
  g_test_add_func ("/core/assessor/styrk", test_styrk);
  g_test_add_func ("/core/assessor/unknown-role", test_unknown_role);
  g_test_add_func ("/core/assessor/career-change", test_career_change);
  g_test_add_func ("/core/assessor/every-occupation", test_every_occupation);
  g_test_add_func ("/core/assessor/observed", test_observed);
  g_test_add_func ("/core/assessor/odd-text", test_odd_text);

  return g_test_run ();
}
