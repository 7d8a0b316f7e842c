/* test-kb.c — the knowledge base: lookups and title search
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fp-kb.h"
#include "test-util.h"

static void
test_lookup (void)
{
  FpKb           *kb = fp_kb_get_default ();
  const FpKbUnit *unit = fp_kb_lookup_isco (kb, "2512");

  g_assert_cmpuint (fp_kb_get_n_units (kb), ==, 427);
  g_assert_nonnull (unit);
  g_assert_cmpstr (unit->title_en, ==, "Software developers");
  g_assert_cmpstr (unit->title_nb, ==, "Programvareutviklere");
  g_assert_cmpuint (unit->n_tasks, ==, 8);
  g_assert_cmpfloat_with_epsilon (unit->mean, 0.53, 0.005);
  g_assert_cmpstr (unit->gradient, ==, "exposed_3");
  for (guint i = 0; i < unit->n_tasks; i++)
    {
      g_assert_cmpfloat (unit->tasks[i].score, >=, 0);
      g_assert_cmpfloat (unit->tasks[i].score, <=, 1);
    }

  g_assert_null (fp_kb_lookup_isco (kb, "9999"));
  g_assert_null (fp_kb_lookup_isco (kb, ""));
}

static void
test_styrk (void)
{
  FpKb *kb = fp_kb_get_default ();

  /* Norwegian nurses are STYRK 2223 but ISCO 2221. */
  g_assert_cmpstr (fp_kb_lookup_styrk (kb, "2223")->isco08, ==, "2221");
  g_assert_cmpstr (fp_kb_lookup_styrk (kb, "2512")->isco08, ==, "2512");
  g_assert_cmpstr (fp_kb_lookup_styrk (kb, "7115")->isco08, ==, "7115");
}

/* Every unit group has texts of its own: its own ILO tasks, each at least
 * once, four plan steps and a name for one person. */
static void
test_texts (void)
{
  FpKb *kb = fp_kb_get_default ();

  for (guint i = 0; i < fp_kb_get_n_units (kb); i++)
    {
      const FpKbUnit *unit = fp_kb_get_unit (kb, i);
      g_autoptr (JsonObject) text = fp_kb_dup_text (kb, unit->isco08);
      g_autoptr (GHashTable) covered = g_hash_table_new (NULL, NULL);
      JsonArray *tasks;

      g_assert_nonnull (text);
      tasks = json_object_get_array_member (text, "tasks");
      g_assert_cmpuint (json_array_get_length (tasks), >=, MIN (4, unit->n_tasks * 2));
      for (guint t = 0; t < json_array_get_length (tasks); t++)
        {
          guint    id = (guint) json_object_get_int_member (json_array_get_object_element (tasks, t), "ilo");
          gboolean known = FALSE;

          for (guint k = 0; k < unit->n_tasks; k++)
            known |= unit->tasks[k].id == id;
          g_assert_true (known);
          g_hash_table_add (covered, GUINT_TO_POINTER (id));
        }
      g_assert_cmpuint (g_hash_table_size (covered), ==, unit->n_tasks);
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (text, "plan")), ==, 4);
      g_assert_true (json_object_has_member (text, "person"));
    }
}

static void
test_search_titles (void)
{
  FpKb *kb = fp_kb_get_default ();
  g_autoptr (GPtrArray) titles = test_load_titles ();

  for (guint i = 0; i < titles->len; i++)
    {
      char **fields = g_ptr_array_index (titles, i);
      g_autoptr (GPtrArray) matches = fp_kb_search (kb, fields[0], 3);

      g_assert_cmpuint (matches->len, >, 0);
      if (!g_str_equal (((FpKbMatch *) g_ptr_array_index (matches, 0))->isco08, fields[1]))
        g_error ("“%s”: expected %s first, got %s", fields[0], fields[1],
                 ((FpKbMatch *) g_ptr_array_index (matches, 0))->isco08);
    }

  g_assert_cmpuint (titles->len, >=, 100);
}

static void
test_search_odd (void)
{
  FpKb       *kb = fp_kb_get_default ();
  const char *queries[] = { "", " ", "!!!", "😀", "\xe2\x80\x8b", "a", "xyzzyplugh", "🚚 lastebilsjåfør 🚚" };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr (GPtrArray) matches = fp_kb_search (kb, queries[i], 5);

      g_assert_nonnull (matches);
      g_assert_cmpuint (matches->len, <=, 5);
    }

  {
    g_autoptr (GPtrArray) matches = fp_kb_search (kb, "🚚 lastebilsjåfør 🚚", 1);
    g_assert_cmpstr (((FpKbMatch *) g_ptr_array_index (matches, 0))->isco08, ==, "8332");
  }
}

static void
test_damaged (void)
{
  g_autoptr (GBytes) bytes = g_bytes_new_static ("not a knowledge base", 20);
  g_autoptr (GError) error = NULL;
  g_autoptr (FpKb) kb = fp_kb_new_from_bytes (bytes, &error);

  g_assert_null (kb);
  g_assert_error (error, FP_KB_ERROR, FP_KB_ERROR_INVALID);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/kb/lookup", test_lookup);
  g_test_add_func ("/core/kb/styrk", test_styrk);
  g_test_add_func ("/core/kb/texts", test_texts);
  g_test_add_func ("/core/kb/search-titles", test_search_titles);
  g_test_add_func ("/core/kb/search-odd", test_search_odd);
  g_test_add_func ("/core/kb/damaged", test_damaged);

  return g_test_run ();
}
