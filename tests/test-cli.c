/* test-cli.c — futureproof-cli as a shell user meets it
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/stat.h>

static char *
cli_path (void)
{
  return g_test_build_filename (G_TEST_BUILT, "..", "src", "cli", "futureproof-cli", NULL);
}

static int
run_cli (char **out,
         char **err,
         ...)
{
  g_autoptr (GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GError) error = NULL;
  const char *arg;
  va_list     ap;

  g_ptr_array_add (args, cli_path ());
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

static void
test_assess (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "backendutvikler-nb.pdf", NULL);
  g_autofree char *nurse = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "nurse-en.pdf", NULL);
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL, *out3 = NULL, *err3 = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_auto (GStrv) lines = NULL;

  g_assert_cmpint (run_cli (&out, &err, "assess", path, "--lang", "nb", "--format", "json", NULL), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, NULL));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (
                                                      json_node_get_object (json_parser_get_root (parser)), "occupation"),
                                                  "isco08"),
                   ==, "2512");

  /* Several files: one JSON object a line. */
  g_assert_cmpint (run_cli (&out2, &err2, "assess", path, nurse, "--format", "json", NULL), ==, 0);
  lines = g_strsplit (g_strchomp (out2), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  for (guint i = 0; i < 2; i++)
    g_assert_true (json_parser_load_from_data (parser, lines[i], -1, NULL));

  /* The text format reads like the result page. */
  g_assert_cmpint (run_cli (&out3, &err3, "assess", nurse, "--lang", "en", NULL), ==, 0);
  g_assert_nonnull (strstr (out3, "Is your work as a senior staff nurse safe when AI arrives?"));
  g_assert_nonnull (strstr (out3, "AI exposure:"));
}

/* The report's language governs every word of a text assessment, whatever
 * the locale says. */
static void
test_report_language (void)
{
  const char *const locales[][2] = { { "nb_NO.UTF-8", "nb" }, { "en_US.UTF-8", "en" } };

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      g_autofree char *en = NULL, *nb = NULL, *err = NULL;

      g_setenv ("LC_ALL", locales[i][0], TRUE);
      g_setenv ("LANGUAGE", locales[i][1], TRUE);
      g_assert_cmpint (run_cli (&en, &err, "assess", "--occupation", "5223", "--lang", "en", "--format", "text", NULL), ==, 0);
      g_clear_pointer (&err, g_free);
      g_assert_cmpint (run_cli (&nb, &err, "assess", "--occupation", "5223", "--lang", "nb", "--format", "text", NULL), ==, 0);
      for (guint k = 0; k < 2; k++)
        {
          const char *const headings[][2] = { { "\nYour tasks\n", "\nOppgavene dine\n" },
                                              { "\nYour plan\n", "\nPlanen din\n" },
                                              { "\nYour edge\n", "\nDitt fortrinn\n" },
                                              { "\nSources\n", "\nKilder\n" },
                                              { "AI exposure: ", "KI-eksponering: " } };

          for (guint h = 0; h < G_N_ELEMENTS (headings); h++)
            {
              g_assert_nonnull (strstr (k == 0 ? en : nb, headings[h][k]));
              g_assert_null (strstr (k == 0 ? en : nb, headings[h][1 - k]));
            }
        }
    }
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LANGUAGE");
}

/* A real code without figures is explained, not refused as bad usage. */
static void
test_no_figures (void)
{
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;

  g_assert_cmpint (run_cli (&out, &err, "assess", "--occupation", "0110", "--lang", "en", NULL), ==, 3);
  g_assert_nonnull (strstr (err, "no figures for 0110"));
  g_assert_null (strstr (err, "--help"));
  g_assert_cmpint (run_cli (&out2, &err2, "assess", "--occupation", "5249", "--format", "json", NULL), ==, 3);
  g_assert_nonnull (strstr (out2, "\"no_figures\": true"));
  g_assert_nonnull (strstr (out2, "\"isco08\": \"5241\""));
}

static gboolean
dir_has_hidden_files (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] == '.')
      return TRUE;
  return FALSE;
}

/* Output never destroys an input or an earlier file, and a failed write is
 * an error (exit 4) that names the file the person gave. */
static void
test_safe_output (void)
{
  g_autofree char *dir = g_dir_make_tmp ("futureproof-XXXXXX", NULL);
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "nurse-en.pdf", NULL);
  g_autofree char *cv = g_build_filename (dir, "cv.pdf", NULL);
  g_autofree char *cv_again = g_build_filename (dir, ".", "cv.pdf", NULL);
  g_autofree char *old = g_build_filename (dir, "old.pdf", NULL);
  g_autofree char *fresh = g_build_filename (dir, "new.json", NULL);
  g_autofree char *cli = cli_path ();
  g_autofree char *before = NULL, *after = NULL, *kept = NULL;
  gsize            before_len, after_len;
  GStatBuf         st;

  g_assert_true (g_file_get_contents (sample, &before, &before_len, NULL));
  g_assert_true (g_file_set_contents (cv, before, (gssize) before_len, NULL));

  /* -o naming the CV, by any spelling, is refused before anything is read. */
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *out = NULL, *err = NULL;

      g_assert_cmpint (run_cli (&out, &err, "assess", cv, "--format", "json", "-o", i == 0 ? cv : cv_again, NULL), ==, 1);
      g_assert_nonnull (strstr (err, "-o"));
    }
  g_assert_true (g_file_get_contents (cv, &after, &after_len, NULL));
  g_assert_true (after_len == before_len && memcmp (before, after, before_len) == 0);

  /* A write that fails half-way (here: a file-size limit) keeps the earlier
   * file as it was, leaves no hidden file and exits 4. */
  g_assert_true (g_file_set_contents (old, "earlier report", -1, NULL));
  g_assert_cmpint (g_chmod (old, 0640), ==, 0);
  {
    const char *argv[] = { "sh", "-c", "trap '' XFSZ; ulimit -f 8; exec \"$0\" \"$@\"", cli, "assess",
                           "--occupation", "2512", "--format", "pdf", "-o", old, NULL };
    g_autoptr (GSubprocess) p = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDERR_PIPE, NULL);
    g_autofree char *err = NULL;

    g_assert_true (g_subprocess_communicate_utf8 (p, NULL, NULL, NULL, &err, NULL));
    g_assert_cmpint (g_subprocess_get_exit_status (p), ==, 4);
    g_assert_nonnull (strstr (err, old));
    g_assert_true (g_file_get_contents (old, &kept, NULL, NULL));
    g_assert_cmpstr (kept, ==, "earlier report");
    g_assert_false (dir_has_hidden_files (dir));
  }

  /* A successful write replaces it and keeps its mode; a new file is 0644 at most. */
  {
    g_autofree char *out = NULL, *err = NULL;

    g_assert_cmpint (run_cli (&out, &err, "assess", "--occupation", "2512", "--format", "pdf", "-o", old, NULL), ==, 0);
    g_assert_cmpint (g_stat (old, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0640);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (run_cli (&out, &err, "assess", "--occupation", "2512", "--format", "json", "-o", fresh, NULL), ==, 0);
    g_assert_cmpint (g_stat (fresh, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0133, ==, 0);
    g_assert_false (dir_has_hidden_files (dir));
  }

  /* Standard output that cannot take the result is an error. */
  if (g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      const char *argv[] = { cli, "assess", "--occupation", "2512", "--format", "json", NULL };
      g_autoptr (GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE);
      g_autoptr (GSubprocess) p = NULL;
      g_autofree char *err = NULL;

      g_subprocess_launcher_set_stdout_file_path (launcher, "/dev/full");
      p = g_subprocess_launcher_spawnv (launcher, argv, NULL);
      g_assert_true (g_subprocess_communicate_utf8 (p, NULL, NULL, NULL, &err, NULL));
      g_assert_cmpint (g_subprocess_get_exit_status (p), ==, 4);
      g_assert_nonnull (strstr (err, "could not be written"));
    }

  g_remove (cv);
  g_remove (old);
  g_remove (fresh);
  g_rmdir (dir);
}

/* Only regular files are read: a pipe with no writer or a device that never
 * ends is refused at once. */
static void
test_special_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("futureproof-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "cv.pdf", NULL);
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (run_cli (&out, &err, "assess", fifo, NULL), ==, 2);
  g_assert_nonnull (strstr (err, "pipe"));
  if (g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    g_assert_cmpint (run_cli (&out2, &err2, "text", "/dev/zero", NULL), ==, 2);
  g_remove (fifo);
  g_rmdir (dir);
}

/* Nothing talks to the network: with no network at all (a namespace of its
 * own, where the system allows one), an assessment is the same. */
static void
test_no_network (void)
{
  g_autofree char *cli = cli_path ();
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "nurse-en.pdf", NULL);
  const char      *probe[] = { "unshare", "-rn", "true", NULL };
  const char      *argv[] = { "unshare", "-rn", cli, "assess", sample, "--format", "json", "--lang", "en", NULL };
  g_autoptr (GSubprocess) p = g_subprocess_newv (probe, G_SUBPROCESS_FLAGS_STDERR_SILENCE, NULL);
  g_autoptr (GSubprocess) offline = NULL;
  g_autofree char *without = NULL, *with = NULL, *err = NULL;

  if (p == NULL || !g_subprocess_wait_check (p, NULL, NULL))
    {
      g_test_skip ("this system does not allow a network namespace of one's own");
      return;
    }
  offline = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, NULL);
  g_assert_true (g_subprocess_communicate_utf8 (offline, NULL, NULL, &without, NULL, NULL));
  g_assert_cmpint (g_subprocess_get_exit_status (offline), ==, 0);
  g_assert_cmpint (run_cli (&with, &err, "assess", sample, "--format", "json", "--lang", "en", NULL), ==, 0);
  g_assert_cmpstr (without, ==, with);
}

/* Keep, list, show, compare and delete, from the command line. */
static void
test_history (void)
{
  g_autofree char *dir = g_dir_make_tmp ("futureproof-history-XXXXXX", NULL);
  g_autofree char *earlier = g_build_filename (g_get_tmp_dir (), "futureproof-earlier.json", NULL);
  g_autofree char *out = NULL, *err = NULL, *list = NULL, *err2 = NULL, *cmp = NULL, *err3 = NULL;
  g_autofree char *shown = NULL, *err4 = NULL, *gone = NULL, *err5 = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autofree char *id = NULL;

  g_setenv ("FUTUREPROOF_HISTORY_DIR", dir, TRUE);
  g_assert_cmpint (run_cli (&out, &err, "assess", "--occupation", "2221", "--save", "--format", "json", NULL), ==, 0);
  g_assert_nonnull (strstr (err, "saved as "));
  g_assert_true (g_file_set_contents (earlier, out, -1, NULL));

  g_assert_cmpint (run_cli (&list, &err2, "history", "--format", "json", NULL), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, list, -1, NULL));
  g_assert_cmpuint (json_array_get_length (json_node_get_array (json_parser_get_root (parser))), ==, 1);
  id = g_strdup (json_object_get_string_member (
      json_array_get_object_element (json_node_get_array (json_parser_get_root (parser)), 0), "id"));

  g_assert_cmpint (run_cli (&cmp, &err3, "assess", "--occupation", "2512", "--compare", earlier, "--lang", "en", NULL), ==, 0);
  g_assert_nonnull (strstr (cmp, "Compared with your earlier assessment"));
  g_assert_nonnull (strstr (cmp, "AI exposure then and now: "));

  g_assert_cmpint (run_cli (&shown, &err4, "history", "show", id, NULL), ==, 0);
  g_assert_nonnull (strstr (shown, "nurse"));
  g_assert_cmpint (run_cli (&gone, &err5, "history", "delete", id, NULL), ==, 0);
  g_clear_pointer (&gone, g_free);
  g_clear_pointer (&err5, g_free);
  g_assert_cmpint (run_cli (&gone, &err5, "history", "show", id, NULL), ==, 2);

  g_unsetenv ("FUTUREPROOF_HISTORY_DIR");
  g_remove (earlier);
  g_rmdir (dir);
}

/* A batch on every core prints exactly what one thread prints. */
static void
test_batch_threads (void)
{
  g_autoptr (GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "cvs-world", NULL);
  g_autoptr (GDir) folder = g_dir_open (dir, 0, NULL);
  g_autofree char *one = NULL, *many = NULL;
  const char      *name;

  g_ptr_array_add (args, cli_path ());
  g_ptr_array_add (args, g_strdup ("assess"));
  g_ptr_array_add (args, g_strdup ("--format"));
  g_ptr_array_add (args, g_strdup ("json"));
  while ((name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_suffix (name, ".pdf"))
      g_ptr_array_add (args, g_build_filename (dir, name, NULL));
  g_ptr_array_add (args, NULL);

  for (guint run = 0; run < 2; run++)
    {
      g_autoptr (GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                            G_SUBPROCESS_FLAGS_STDERR_SILENCE);
      g_autoptr (GSubprocess) p = NULL;

      g_subprocess_launcher_setenv (launcher, "FUTUREPROOF_THREADS", run == 0 ? "1" : "4", TRUE);
      p = g_subprocess_launcher_spawnv (launcher, (const char *const *) args->pdata, NULL);
      g_assert_true (g_subprocess_communicate_utf8 (p, NULL, NULL, run == 0 ? &one : &many, NULL, NULL));
    }
  g_assert_cmpuint (strlen (one), >, 1000);
  g_assert_cmpstr (one, ==, many);
}

/* A CLI whose report helper cannot be found says so, exits 4 and writes
 * nothing; the other formats need no helper. */
static void
test_report_helper_missing (void)
{
  g_autofree char *dir = g_dir_make_tmp ("fp-cli-XXXXXX", NULL);
  g_autofree char *alone = g_build_filename (dir, "futureproof-cli", NULL);
  g_autofree char *report = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *cli = cli_path ();
  g_autofree char *data = NULL;
  gsize            len;

  if (g_file_test (LIBEXECDIR "/futureproof-report", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("Futureproof is installed on this machine");
      return;
    }
  g_assert_true (g_file_get_contents (cli, &data, &len, NULL));
  g_assert_true (g_file_set_contents_full (alone, data, (gssize) len, G_FILE_SET_CONTENTS_NONE, 0755, NULL));

  {
    const char *argv[] = { alone, "assess", "--occupation", "2512", "--format", "pdf", "-o", report, NULL };
    g_autoptr (GSubprocess) p = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDERR_PIPE, NULL);
    g_autofree char *err = NULL;

    g_assert_true (g_subprocess_communicate_utf8 (p, NULL, NULL, NULL, &err, NULL));
    g_assert_cmpint (g_subprocess_get_exit_status (p), ==, 4);
    g_assert_nonnull (strstr (err, "futureproof-report"));
    g_assert_false (g_file_test (report, G_FILE_TEST_EXISTS));
  }
  {
    const char *argv[] = { alone, "assess", "--occupation", "2512", "--format", "json", NULL };
    g_autoptr (GSubprocess) p = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_SILENCE, NULL);

    g_assert_true (g_subprocess_wait (p, NULL, NULL));
    g_assert_cmpint (g_subprocess_get_exit_status (p), ==, 0);
  }

  g_unlink (alone);
  g_rmdir (dir);
}

static void
test_empty_role (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run_cli (&out, &err, "assess", "--role", " ", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "--role"));
}

static void
test_assess_errors (void)
{
  g_autofree char *empty = g_test_build_filename (G_TEST_DIST, "data", "pdf", "empty.pdf", NULL);
  g_autofree char *o1 = NULL, *e1 = NULL, *o2 = NULL, *e2 = NULL, *o3 = NULL, *e3 = NULL, *o4 = NULL, *e4 = NULL;

  g_assert_cmpint (run_cli (&o1, &e1, "assess", empty, NULL), ==, 2);
  g_assert_cmpint (run_cli (&o2, &e2, "assess", "--role", "xyzzyplugh quux", NULL), ==, 3);
  g_assert_nonnull (strstr (e2, "xyzzyplugh"));
  g_assert_cmpint (run_cli (&o3, &e3, "assess", "--occupation", "9999", NULL), ==, 1);
  g_assert_cmpint (run_cli (&o4, &e4, "assess", "--role", "Sykepleier", "--format", "yaml", NULL), ==, 1);
}

/* A generic title is no occupation of its own: the CLI asks, exit 3, and
 * lists the candidates (as JSON where an assessment has them). */
static void
test_assess_unsure (void)
{
  const char *generic[] = { "konsulent", "assistant", "engineer", "prosjektleder" };

  for (guint i = 0; i < G_N_ELEMENTS (generic); i++)
    {
      g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;
      g_autoptr (JsonParser) parser = json_parser_new ();
      JsonObject *root;

      g_assert_cmpint (run_cli (&out, &err, "assess", "--role", generic[i], NULL), ==, 3);
      g_assert_nonnull (strstr (err, "--occupation"));

      g_assert_cmpint (run_cli (&out2, &err2, "assess", "--role", generic[i], "--format", "json", NULL), ==, 3);
      g_assert_true (json_parser_load_from_data (parser, out2, -1, NULL));
      root = json_node_get_object (json_parser_get_root (parser));
      g_assert_true (json_object_get_boolean_member (root, "unsure"));
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_object_get_object_member (root, "occupation"),
                                                                             "candidates")),
                        >=, 2);
    }
}

static void
test_roles (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonArray *array;

  g_assert_cmpint (run_cli (&out, &err, "roles", "Backendutvikler", "--format", "json", NULL), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, NULL));
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 0), "isco08"), ==, "2512");
}

static void
test_parse (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", "backendutvikler-nb.pdf", NULL);
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *cv;

  g_assert_cmpint (run_cli (&out, &err, "parse", path, "--format", "json", NULL), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, NULL));
  cv = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (cv, "language"), ==, "nb");
  g_assert_cmpstr (json_object_get_string_member (cv, "name"), ==, "Ingrid Haugland");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (cv, "experience")), ==, 3);
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
  g_test_add_func ("/cli/assess", test_assess);
  g_test_add_func ("/cli/assess-errors", test_assess_errors);
  g_test_add_func ("/cli/report-language", test_report_language);
  g_test_add_func ("/cli/no-figures", test_no_figures);
  g_test_add_func ("/cli/safe-output", test_safe_output);
  g_test_add_func ("/cli/special-files", test_special_files);
  g_test_add_func ("/cli/empty-role", test_empty_role);
  g_test_add_func ("/cli/report-helper-missing", test_report_helper_missing);
  g_test_add_func ("/cli/no-network", test_no_network);
  g_test_add_func ("/cli/history", test_history);
  g_test_add_func ("/cli/batch-threads", test_batch_threads);
  g_test_add_func ("/cli/assess-unsure", test_assess_unsure);
  g_test_add_func ("/cli/roles", test_roles);
  g_test_add_func ("/cli/parse", test_parse);

  return g_test_run ();
}
