/* test-matcher.c — from a CV or a title to the occupation
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fp-matcher.h"

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

  g_test_add_func ("/core/matcher/from-roles", test_from_roles);
  g_test_add_func ("/core/matcher/from-summary", test_from_summary);
  g_test_add_func ("/core/matcher/from-text", test_from_text);

  return g_test_run ();
}
