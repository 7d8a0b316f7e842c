/* test-cli.c — futureproof-cli as a shell user meets it
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

static int
run_cli (char **out,
         char **err,
         ...)
{
  g_autoptr (GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  const char *arg;
  va_list ap;

  g_ptr_array_add (args, g_test_build_filename (G_TEST_BUILT, "..", "src", "cli", "futureproof-cli", NULL));
  va_start (ap, err);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, g_strdup (arg));
  va_end (ap);
  g_ptr_array_add (args, NULL);

  process = g_subprocess_newv ((const char *const *) args->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, err, &error);
  g_assert_no_error (error);

  return g_subprocess_get_exit_status (process);
}

static void
test_text (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "data", "pdf", "two-column.pdf", NULL);
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_cli (&out, &err, "text", path, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Main Column Person\n"));
  g_assert_true (strstr (out, "Sidebar skill delta") < strstr (out, "Main Column Person"));
  g_assert_cmpstr (err, ==, "");
}

static void
test_text_password (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pdf", "encrypted.pdf", NULL);
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *out2 = NULL, *err2 = NULL;

  g_assert_cmpint (run_cli (&out, &err, "text", path, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "password"));

  g_assert_cmpint (run_cli (&out2, &err2, "text", "--password", "futureproof", path, NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out2, "Per Olsen\n"));
}

static void
test_unreadable (void)
{
  const char *names[] = { "empty.pdf", "not-a-pdf.pdf" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pdf", names[i], NULL);
      g_autofree char *out = NULL, *err = NULL;

      g_assert_cmpint (run_cli (&out, &err, "text", path, NULL), ==, 2);
      g_assert_cmpstr (out, ==, "");
      /* One line, saying why. */
      g_assert_true (g_str_has_prefix (err, "futureproof-cli: "));
      g_assert_nonnull (strchr (err, '\n'));
      g_assert_cmpstr (strchr (err, '\n') + 1, ==, "");
    }
}

static void
test_usage (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *out2 = NULL, *err2 = NULL;
  g_autofree char *out3 = NULL, *err3 = NULL;

  g_assert_cmpint (run_cli (&out, &err, "frobnicate", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "frobnicate"));
  g_assert_cmpint (run_cli (&out2, &err2, "text", NULL), ==, 1);
  g_assert_cmpint (run_cli (&out3, &err3, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (out3, "text FILE.pdf"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/text", test_text);
  g_test_add_func ("/cli/text-password", test_text_password);
  g_test_add_func ("/cli/unreadable", test_unreadable);
  g_test_add_func ("/cli/usage", test_usage);

  return g_test_run ();
}
