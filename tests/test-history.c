/* test-history.c — keeping assessments, and what changed between two
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "fp-assessor.h"
#include "fp-history.h"
#include "fp-json.h"

static char *history_dir;

static FpAssessment *
assess_sample (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "nurse-en.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);

  return fp_assess_file (file, NULL, NULL, FP_LANG_EN, NULL, NULL, NULL);
}

static void
empty_history (void)
{
  g_autoptr (GDir) dir = g_dir_open (history_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (history_dir, name, NULL);

      g_remove (path);
    }
}

/* Saved, listed, looked up and deleted, and never a line of the CV kept. */
static void
test_save_list_delete (void)
{
  g_autoptr (FpAssessment) a = assess_sample ();
  g_autoptr (GError) error = NULL;
  g_autoptr (FpSaved) saved = NULL;
  g_autoptr (FpSaved) again = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_autofree char *json = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  guint            skipped = 99;

  empty_history ();
  saved = fp_history_save (a, "nurse-en.pdf", &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved);

  name = g_strconcat (fp_saved_get_id (saved), ".json", NULL);
  path = g_build_filename (history_dir, name, NULL);
  g_assert_true (g_file_get_contents (path, &json, NULL, NULL));
  /* Saved twice in the same second: two files. */
  {
    g_autoptr (FpSaved) twice = fp_history_save (a, "nurse-en.pdf", NULL);
    g_autoptr (GPtrArray) both = fp_history_list (NULL);

    g_assert_cmpstr (fp_saved_get_id (twice), !=, fp_saved_get_id (saved));
    g_assert_cmpuint (both->len, ==, 2);
    g_assert_true (fp_history_delete (fp_saved_get_id (twice), NULL));
  }
  /* The CV's own lines stay on the computer they came from: not in the file. */
  g_assert_null (strstr (json, "Respiratory Ward"));
  g_assert_null (strstr (json, "from_cv"));
  g_assert_nonnull (strstr (json, "\"schema\": 1"));
  g_assert_nonnull (strstr (json, "nurse-en.pdf"));

  list = fp_history_list (&skipped);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpuint (skipped, ==, 0);
  again = fp_history_lookup (fp_saved_get_id (saved), &error);
  g_assert_no_error (error);
  g_assert_cmpint (fp_assessment_get_score (fp_saved_get_assessment (again)), ==, fp_assessment_get_score (a));

  g_assert_true (fp_history_delete (fp_saved_get_id (saved), &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (fp_history_delete ("../../etc/passwd", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* A damaged file and one from a newer version are skipped, with a warning,
 * and left as they are; the others are still listed. */
static void
test_robust (void)
{
  g_autoptr (FpAssessment) a = assess_sample ();
  g_autoptr (FpSaved) saved = NULL;
  g_autoptr (GPtrArray) list = NULL;
  g_autofree char *damaged = g_build_filename (history_dir, "20260101T000000-2221.json", NULL);
  g_autofree char *newer = g_build_filename (history_dir, "20260102T000000-2221.json", NULL);
  guint            skipped = 0;

  empty_history ();
  saved = fp_history_save (a, "nurse-en.pdf", NULL);
  g_assert_true (g_file_set_contents (damaged, "{\"schema\": 1, \"saved\": ", -1, NULL));
  g_assert_true (g_file_set_contents (newer, "{\"schema\": 2, \"saved\": \"2026-01-02T00:00:00Z\", \"assessment\": {}}", -1, NULL));

  g_test_expect_message ("fp-history", G_LOG_LEVEL_WARNING, "Skipping the saved assessment *");
  g_test_expect_message ("fp-history", G_LOG_LEVEL_WARNING, "Skipping the saved assessment *");
  list = fp_history_list (&skipped);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpuint (skipped, ==, 2);
  g_assert_true (g_file_test (damaged, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (newer, G_FILE_TEST_EXISTS));
}

/* What changed: the score, and the tasks whose mark changed. */
static void
test_compare (void)
{
  g_autoptr (FpAssessment) nurse = fp_assess_occupation ("2221", FP_LANG_EN, NULL);
  g_autoptr (FpAssessment) again = fp_assess_occupation ("2221", FP_LANG_EN, NULL);
  g_autoptr (FpAssessment) developer = fp_assess_occupation ("2512", FP_LANG_EN, NULL);
  g_autoptr (JsonNode) same = fp_history_compare (nurse, NULL, again);
  g_autoptr (JsonNode) moved = fp_history_compare (nurse, NULL, developer);
  g_autofree char *en = fp_history_describe_comparison (moved, FP_LANG_EN);
  g_autofree char *nb = fp_history_describe_comparison (moved, FP_LANG_NB);
  JsonObject      *c = json_node_get_object (moved);

  g_assert_cmpint (json_object_get_int_member (json_node_get_object (same), "change"), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (same), "tasks")), ==, 0);
  g_assert_cmpint (json_object_get_int_member (c, "change"), ==,
                   fp_assessment_get_score (developer) - fp_assessment_get_score (nurse));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (c, "tasks")), >, 0);
  g_assert_true (g_str_has_prefix (en, "AI exposure then and now: "));
  g_assert_true (g_str_has_prefix (nb, "KI-eksponering før og nå: "));
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  history_dir = g_dir_make_tmp ("futureproof-history-XXXXXX", NULL);
  g_setenv ("FUTUREPROOF_HISTORY_DIR", history_dir, TRUE);

  g_test_add_func ("/core/history/save-list-delete", test_save_list_delete);
  g_test_add_func ("/core/history/robust", test_robust);
  g_test_add_func ("/core/history/compare", test_compare);
  status = g_test_run ();

  empty_history ();
  g_rmdir (history_dir);
  g_free (history_dir);
  return status;
}
