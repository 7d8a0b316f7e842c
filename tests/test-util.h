/* test-util.h — small helpers the tests share
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

/* tests/data/titles.tsv as pairs: title, then its expected ISCO-08 code. */
static inline GPtrArray *
test_load_titles (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "titles.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;
  GPtrArray *pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '#' && lines[i][0] != '\0')
      g_ptr_array_add (pairs, g_strsplit (lines[i], "\t", 2));

  return pairs;
}
