/* test-matcher.c — from a CV or a title to the occupation
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fp-matcher.h"

#include <string.h>

/* The best candidate for the CV in @text, and where it was read. */
static void
check_cv (const char *text,
          const char *isco08,
          const char *basis)
{
  g_autoptr (FpCv) cv = fp_cv_new_from_text (text);
  g_autoptr (GPtrArray) candidates = fp_matcher_match_cv (fp_kb_get_default (), cv, 3);
  const FpCandidate *best;

  if (candidates->len == 0)
    g_error ("no occupation for:\n%s", text);
  best = g_ptr_array_index (candidates, 0);
  if (g_strcmp0 (best->isco08, isco08) != 0 || g_strcmp0 (best->basis, basis) != 0)
    g_error ("expected %s from %s, got %s from %s (%.2f) for:\n%s", isco08, basis, best->isco08,
             best->basis, best->confidence, text);
}

/* tests/data/matcher-titles.tsv: ordinary titles must give an acceptable
 * code first; generic ones must ask (a confidence below
 * FP_MATCH_ASK_BELOW). The confidence must mean something: among answers
 * at 0.8 or more, nine in ten are right. */
static void
test_title_table (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "matcher-titles.tsv", NULL);
  g_autofree char *data = NULL;
  g_auto (GStrv) lines = NULL;
  guint n_ordinary = 0, right = 0, n_ask = 0, asked = 0, n_sure = 0, sure_right = 0, confident_wrong = 0;

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) fields = g_strsplit (lines[i], "\t", 3);
      g_auto (GStrv) codes = NULL;
      g_autoptr (GPtrArray) candidates = NULL;
      const FpCandidate *best;
      gboolean           ask, is_right, unsure;

      if (lines[i][0] == '#' || fields[0] == NULL || fields[1] == NULL)
        continue;

      candidates = fp_matcher_match_title (fp_kb_get_default (), fields[0], 3);
      best = candidates->len > 0 ? g_ptr_array_index (candidates, 0) : NULL;
      ask = g_str_equal (fields[1], "ask");
      codes = g_strsplit (fields[1], ",", -1);
      is_right = best != NULL && !ask && g_strv_contains ((const char *const *) codes, best->isco08);
      unsure = best == NULL || best->confidence < FP_MATCH_ASK_BELOW;

      n_ordinary += !ask;
      right += is_right;
      n_ask += ask;
      asked += ask && unsure;
      confident_wrong += !unsure && !is_right;
      n_sure += best != NULL && best->confidence >= 0.8;
      sure_right += best != NULL && best->confidence >= 0.8 && is_right;
      if (g_test_verbose () && ((!ask && !is_right) || (ask && !unsure)))
        g_test_message ("%s: expected %s, got %s (%.2f)", fields[0], fields[1], best ? best->isco08 : "none",
                        best ? best->confidence : 0);
    }

  g_test_message ("titles: %u/%u ordinary right first; %u/%u generic asked; %u/%u right at 0.8 or more; "
                  "%u confident wrong",
                  right, n_ordinary, asked, n_ask, sure_right, n_sure, confident_wrong);
  g_assert_cmpuint (n_ordinary, >=, 150);
  g_assert_cmpuint (n_ask, >=, 40);
  g_assert_cmpfloat ((double) right / n_ordinary, >=, 0.97);
  g_assert_cmpfloat ((double) asked / n_ask, >=, 0.85);
  g_assert_cmpfloat ((double) sure_right / n_sure, >=, 0.9);
  g_assert_cmpuint (confident_wrong, <=, 15);
}

static void
test_from_roles (void)
{
  check_cv ("Kari Nordmann\n"
            "Arbeidserfaring\n"
            "Sykepleier, Haukeland universitetssjukehus\n"
            "aug. 2019 – nå\n",
            "2221", "roles");
}

/* No role could be read: the summary names the work. */
static void
test_from_summary (void)
{
  check_cv ("Ola Hansen\n"
            "Profil\n"
            "Jeg er en pålitelig renholder med åtte års erfaring fra kontorer og skoler. "
            "Jeg jobber raskt og grundig.\n"
            "Kompetanse\n"
            "Renhold · Maskinvask\n",
            "9112", "summary");
  check_cv ("Dana Whitfield\n"
            "Summary\n"
            "Accurate accounts payable clerk with seven years of experience in invoices and "
            "supplier payments. Known for clean month-end closes.\n",
            "4311", "summary");
}

/* Neither roles, headline nor summary: a title anywhere in the text. */
static void
test_from_text (void)
{
  check_cv ("Per Olsen\n"
            "Om meg\n"
            "Glad i friluftsliv.\n"
            "Annet\n"
            "Fagbrev som tømrer, 2012\n",
            "7115", "text");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("FUTUREPROOF_TODAY", "2026-11", TRUE);

  g_test_add_func ("/core/matcher/title-table", test_title_table);
  g_test_add_func ("/core/matcher/from-roles", test_from_roles);
  g_test_add_func ("/core/matcher/from-summary", test_from_summary);
  g_test_add_func ("/core/matcher/from-text", test_from_text);

  return g_test_run ();
}
