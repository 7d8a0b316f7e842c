/* bench-kb.c — how long the knowledge base takes to be ready
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * usage: bench-kb units.json titles.json
 * Compares the precompiled GVariant that the app loads with what loading the
 * JSON sources at run time would cost (parsing them and normalising and
 * stemming every title, which the GVariant has done at build time), and
 * times a few searches.
 */

#include "config.h"

#include "bench-util.h"

#include <json-glib/json-glib.h>
#include <stdlib.h>

#include "fp-kb.h"
#include "fp-kb-resources.h"
#include "fp-normalize.h"

#define RUNS 15

int
main (int    argc,
      char **argv)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (FpKb) kb = NULL;
  double      gvariant[RUNS], json[5], search[RUNS];
  const char *queries[] = { "Backendutvikler", "sykepleier", "Registered Nurse", "tomrer",
                            "regnskapsforer", "Senior Software Engineer", "lastebilsjafor" };

  if (argc != 3)
    {
      g_printerr ("usage: bench-kb units.json titles.json\n");
      return 1;
    }

  g_resources_register (fp_kb_get_resource ());
  bytes = g_resources_lookup_data ("/io/github/futureproof/Futureproof/kb/kb.gvariant", 0, NULL);

  for (int i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr (FpKb) loaded = fp_kb_new_from_bytes (bytes, NULL);

      g_assert (loaded != NULL);
      gvariant[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  for (int i = 0; i < 5; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr (JsonParser) units = json_parser_new ();
      g_autoptr (JsonParser) titles = json_parser_new ();
      JsonArray *rows;

      g_assert (json_parser_load_from_file (units, argv[1], NULL));
      g_assert (json_parser_load_from_file (titles, argv[2], NULL));
      rows = json_object_get_array_member (json_node_get_object (json_parser_get_root (titles)), "rows");
      for (guint r = 0; r < json_array_get_length (rows); r++)
        {
          const char      *title = json_array_get_string_element (json_array_get_array_element (rows, r), 0);
          g_autofree char *key = fp_normalize_key (title);
          g_autoptr (GPtrArray) tokens = fp_normalize_tokens (title);

          for (guint t = 0; t < tokens->len; t++)
            g_free (fp_normalize_stem (g_ptr_array_index (tokens, t)));
        }
      json[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  kb = fp_kb_new_from_bytes (bytes, NULL);
  for (int i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
        g_ptr_array_unref (fp_kb_search (kb, queries[q], 5));
      search[i] = (g_get_monotonic_time () - start) / 1000.0 / G_N_ELEMENTS (queries);
    }

  g_print ("knowledge base: %u unit groups, %u titles\n", fp_kb_get_n_units (kb), fp_kb_get_n_titles (kb));
  g_print ("ready from the GVariant resource: %.2f ms (median of %d)\n", bench_median (gvariant, RUNS), RUNS);
  g_print ("ready from the JSON sources:      %.2f ms (median of 5)\n", bench_median (json, 5));
  g_print ("one title search:                 %.2f ms (median of %d)\n", bench_median (search, RUNS), RUNS);

  return 0;
}
