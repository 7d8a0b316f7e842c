/* futureproof-cli.c — the command-line front end
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "futureproof-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fp-assessor.h"
#include "fp-cv.h"
#include "fp-json.h"
#include "fp-kb.h"
#include "fp-history.h"
#include "fp-matcher.h"
#include "fp-output.h"
#include "fp-pdf-text.h"

enum
{
  EXIT_DONE = 0,
  EXIT_USAGE = 1,
  EXIT_UNREADABLE = 2,
  EXIT_NO_OCCUPATION = 3,
  EXIT_UNWRITABLE = 4,
};

/* Writes @length bytes to standard output and checks that they got there:
 * a full disk or a closed pipe is an error, not a silent success. */
static int
print_out (const char *data,
           gsize       length)
{
  if ((length > 0 && fwrite (data, 1, length, stdout) != length) || fflush (stdout) != 0 || ferror (stdout))
    {
      int e = errno;

      /* Translators: %s is the reason, e.g. "No space left on device" */
      g_printerr (_ ("futureproof-cli: the output could not be written: %s\n"), g_strerror (e != 0 ? e : EIO));
      return EXIT_UNWRITABLE;
    }

  return EXIT_DONE;
}

/* Standard output, or the file the person named. */
static int
write_out (GString    *out,
           const char *path)
{
  g_autoptr (GError) error = NULL;

  if (path == NULL)
    return print_out (out->str, out->len);
  if (!fp_output_write_file (path, out->str, out->len, &error))
    {
      g_printerr ("futureproof-cli: %s\n", error->message);
      return EXIT_UNWRITABLE;
    }

  return EXIT_DONE;
}

static int
usage_error (const char *message)
{
  /* Translators: %s is an error message; the program name follows it */
  g_printerr (_ ("futureproof-cli: %s\nTry “futureproof-cli --help”.\n"), message);
  return EXIT_USAGE;
}

static int
input_error (const GError *error)
{
  g_printerr ("futureproof-cli: %s\n", error->message);
  return EXIT_UNREADABLE;
}

static int
command_text (int    argc,
              char **argv)
{
  g_autofree char *password = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  const GOptionEntry entries[] = {
    { "password", 0, 0, G_OPTION_ARG_STRING, &password,
      N_ ("Password of a protected PDF"), N_ ("PASSWORD") },
    { NULL }
  };

  context = g_option_context_new (_ ("FILE.pdf — print the text of a CV in reading order"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (error->message);

  if (argc != 2)
    return usage_error (_ ("“text” takes one PDF file."));

  {
    g_autoptr (GFile) file = g_file_new_for_commandline_arg (argv[1]);
    g_autoptr (FpPdfText) text = fp_pdf_text_new_from_file (file, password, NULL, &error);
    g_autofree char *out = NULL;

    if (text == NULL)
      return input_error (error);

    out = fp_pdf_text_dup_text (text);
    return print_out (out, strlen (out));
  }
}

static int
print_json (JsonNode *node,
            gboolean  pretty)
{
  g_autofree char *json = fp_json_to_string (node, pretty);
  g_autofree char *out = g_strconcat (json, "\n", NULL);

  return print_out (out, strlen (out));
}

static int
command_parse (int    argc,
               char **argv)
{
  g_autofree char *password = NULL;
  g_autofree char *format = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_ ("Output format: json (the default)"), N_ ("FORMAT") },
    { "password", 0, 0, G_OPTION_ARG_STRING, &password, N_ ("Password of a protected PDF"), N_ ("PASSWORD") },
    { NULL }
  };

  context = g_option_context_new (_ ("FILE.pdf — print what the CV says, as JSON"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (error->message);
  if (argc != 2)
    return usage_error (_ ("“parse” takes one PDF file."));
  if (format != NULL && !g_str_equal (format, "json"))
    return usage_error (_ ("“parse” writes only JSON."));

  {
    g_autoptr (GFile) file = g_file_new_for_commandline_arg (argv[1]);
    g_autoptr (FpPdfText) text = fp_pdf_text_new_from_file (file, password, NULL, &error);
    g_autoptr (FpCv) cv = NULL;
    g_autoptr (JsonNode) node = NULL;

    if (text == NULL)
      return input_error (error);

    cv = fp_cv_new_from_pdf_text (text);
    node = fp_cv_to_json (cv);
    return print_json (node, TRUE);
  }
}

static int
command_roles (int    argc,
               char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *lang_name = NULL;
  int              limit = 10;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) query = g_string_new (NULL);
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GPtrArray) matches = NULL;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_ ("Output format: text or json"), N_ ("FORMAT") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang_name, N_ ("Language of the titles: nb or en"), N_ ("LANG") },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_ ("How many matches to list (default 10)"), N_ ("N") },
    { NULL }
  };
  FpKb  *kb;
  FpLang lang;

  context = g_option_context_new (_ ("QUERY — search occupations and job titles, best first"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (error->message);
  if (argc < 2)
    return usage_error (_ ("“roles” takes a job title to search for."));
  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    return usage_error (_ ("The format must be “text” or “json”."));
  if (lang_name != NULL && !fp_lang_is_valid (lang_name))
    return usage_error (_ ("The language must be “nb” or “en”."));
  lang = lang_name != NULL ? fp_lang_from_string (lang_name) : fp_assess_default_language ();

  for (int i = 1; i < argc; i++)
    g_string_append_printf (query, "%s%s", i > 1 ? " " : "", argv[i]);

  kb = fp_kb_get_default ();
  matches = fp_kb_search (kb, query->str, (guint) CLAMP (limit, 1, 100));

  if (g_strcmp0 (format, "json") == 0)
    {
      g_autoptr (JsonBuilder) builder = json_builder_new ();
      g_autoptr (JsonGenerator) generator = json_generator_new ();
      g_autoptr (JsonNode) root = NULL;
      g_autofree char *out = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < matches->len; i++)
        {
          const FpKbMatch *m = g_ptr_array_index (matches, i);
          const FpKbUnit  *unit = fp_kb_lookup_isco (kb, m->isco08);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "isco08");
          json_builder_add_string_value (builder, m->isco08);
          json_builder_set_member_name (builder, "styrk08");
          json_builder_add_string_value (builder, unit->n_styrk > 0 ? unit->styrk08[0] : "");
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, fp_kb_unit_get_title (unit, lang));
          json_builder_set_member_name (builder, "matched");
          json_builder_add_string_value (builder, m->title);
          json_builder_set_member_name (builder, "source");
          json_builder_add_string_value (builder, m->source);
          json_builder_set_member_name (builder, "score");
          json_builder_add_double_value (builder, (double) (int) (m->score * 1000 + 0.5) / 1000);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      json_generator_set_root (generator, root);
      out = json_generator_to_data (generator, NULL);
      g_string_append_printf (text, "%s\n", out);
    }
  else
    {
      for (guint i = 0; i < matches->len; i++)
        {
          const FpKbMatch *m = g_ptr_array_index (matches, i);
          const FpKbUnit  *unit = fp_kb_lookup_isco (kb, m->isco08);

          /* Translators: code, occupation title, the title that matched, score */
          g_string_append_printf (text, _ ("%s  %-50s  (%s)  %.2f\n"), m->isco08, fp_kb_unit_get_title (unit, lang),
                                  m->title, m->score);
        }
    }

  if (print_out (text->str, text->len) != EXIT_DONE)
    return EXIT_UNWRITABLE;
  if (matches->len == 0)
    {
      /* Translators: %s is what the user searched for */
      g_printerr (_ ("futureproof-cli: no occupation matches “%s”.\n"), query->str);
      return EXIT_NO_OCCUPATION;
    }

  return EXIT_DONE;
}

/* Every word of a text assessment is in the assessment's language, whatever
 * the locale: the headings come from the knowledge base's phrases. */
static void
print_heading (GString      *out,
               FpAssessment *assessment,
               const char   *id)
{
  g_string_append_printf (out, "\n%s\n", fp_kb_phrase (id, fp_assessment_get_lang (assessment)));
}

static void
print_head (GString      *out,
            FpAssessment *assessment)
{
  g_autofree char *score_line = fp_assessment_dup_score_line (assessment);
  g_autofree char *sources_line = fp_assessment_dup_sources_line (assessment);
  g_autofree char *occupation_line = fp_assessment_dup_occupation_line (assessment);

  g_string_append_printf (out, "%s\n%s\n\n%s\n%s\n%s\n%s\n%s\n\n%s\n", fp_assessment_get_headline (assessment),
                          fp_assessment_get_subtitle (assessment), score_line, sources_line,
                          fp_kb_phrase ("report_note", fp_assessment_get_lang (assessment)), occupation_line,
                          fp_assessment_get_basis_text (assessment), fp_assessment_get_narrative (assessment));
}

static void
print_tasks (GString      *out,
             FpAssessment *assessment)
{
  JsonArray *array = fp_assessment_get_tasks (assessment);

  print_heading (out, assessment, "report_tasks");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *t = json_array_get_object_element (array, i);

      g_string_append_printf (out, "  [%s] %s\n      %s\n", json_object_get_string_member (t, "mark_label"),
                              json_object_get_string_member (t, "text"), json_object_get_string_member (t, "reason"));
      if (json_object_has_member (t, "from_cv"))
        {
          g_autofree char *line = fp_kb_phrase_fill ("report_from_cv", fp_assessment_get_lang (assessment), "line",
                                                     json_object_get_string_member (t, "from_cv"), NULL);

          g_string_append_printf (out, "      %s\n", line);
        }
    }
}

static void
print_text (GString      *out,
            FpAssessment *assessment)
{
  JsonArray *array;

  print_head (out, assessment);

  array = fp_assessment_get_context (assessment);
  if (json_array_get_length (array) > 0)
    print_heading (out, assessment, "report_context");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *c = json_array_get_object_element (array, i);
      g_string_append_printf (out, "  %s\n    %s\n", json_object_get_string_member (c, "title"),
                              json_object_get_string_member (c, "text"));
    }

  print_tasks (out, assessment);

  print_heading (out, assessment, "report_plan");
  array = fp_assessment_get_plan (assessment);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *p = json_array_get_object_element (array, i);
      g_string_append_printf (out, "  %u. %s\n     %s\n", i + 1, json_object_get_string_member (p, "title"),
                              json_object_get_string_member (p, "text"));
    }

  print_heading (out, assessment, "report_edge");
  g_string_append_printf (out, "  %s\n", fp_assessment_get_edge (assessment));

  array = fp_assessment_get_adjustments (assessment);
  if (json_array_get_length (array) > 0)
    print_heading (out, assessment, "report_adjustments");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject      *a = json_array_get_object_element (array, i);
      g_autofree char *delta = fp_assessment_format_delta ((int) json_object_get_int_member (a, "delta"));

      g_string_append_printf (out, "  %s  %s\n", delta, json_object_get_string_member (a, "reason"));
    }

  print_heading (out, assessment, "report_sources");
  array = fp_assessment_get_sources (assessment);
  for (guint i = 0; i < json_array_get_length (array); i++)
    g_string_append_printf (out, "  %s\n", json_object_get_string_member (json_array_get_object_element (array, i), "citation"));
}

static int
no_occupation (const char *query,
               FpLang      lang)
{
  if (query != NULL)
    {
      g_autoptr (GPtrArray) near = fp_kb_search (fp_kb_get_default (), query, 3);
      g_autoptr (GString) list = g_string_new (NULL);

      for (guint i = 0; i < near->len; i++)
        {
          const FpKbMatch *m = g_ptr_array_index (near, i);
          g_string_append_printf (list, "%s%s (%s)", i > 0 ? ", " : "", m->title, m->isco08);
        }
      if (near->len > 0)
        /* Translators: the first %s is what was searched for, the second a list of titles */
        g_printerr (_ ("futureproof-cli: no occupation matches “%s” well enough. Nearest titles: %s.\n"),
                    query, list->str);
      else
        g_printerr (_ ("futureproof-cli: no occupation matches “%s”.\n"), query);
    }
  else
    g_printerr ("futureproof-cli: %s\n",
                _ ("No occupation could be recognised. Search for your job title instead."));

  (void) lang;
  return EXIT_NO_OCCUPATION;
}

/* The answer when the person must choose, as JSON: what was asked, and the
 * occupations to choose among (with how well each matches, if known). With
 * @no_figures, the code asked for has no figures: it is named too. */
static void
print_choice_json (GString    *out,
                   const char *input,
                   const char *no_figures,
                   GPtrArray  *codes,
                   GArray     *confidences,
                   FpLang      lang,
                   gboolean    pretty)
{
  FpKb *kb = fp_kb_get_default ();
  g_autoptr (JsonBuilder) b = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "schema");
  json_builder_add_int_value (b, FP_ASSESSMENT_SCHEMA);
  json_builder_set_member_name (b, "unsure");
  json_builder_add_boolean_value (b, TRUE);
  if (no_figures != NULL)
    {
      json_builder_set_member_name (b, "no_figures");
      json_builder_add_boolean_value (b, TRUE);
    }
  json_builder_set_member_name (b, "input");
  json_builder_add_string_value (b, input);
  /* Where an assessment has them: occupation.candidates. */
  json_builder_set_member_name (b, "occupation");
  json_builder_begin_object (b);
  if (no_figures != NULL)
    {
      json_builder_set_member_name (b, "isco08");
      json_builder_add_string_value (b, no_figures);
      json_builder_set_member_name (b, "title");
      json_builder_add_string_value (b, fp_kb_get_group_title (kb, no_figures, lang));
    }
  json_builder_set_member_name (b, "candidates");
  json_builder_begin_array (b);
  for (guint i = 0; i < codes->len; i++)
    {
      const char      *code = g_ptr_array_index (codes, i);
      g_autofree char *about = fp_assess_describe_occupation (code, lang);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "isco08");
      json_builder_add_string_value (b, code);
      json_builder_set_member_name (b, "title");
      json_builder_add_string_value (b, fp_kb_unit_get_title (fp_kb_lookup_isco (kb, code), lang));
      if (confidences != NULL)
        {
          json_builder_set_member_name (b, "confidence");
          json_builder_add_double_value (b, g_array_index (confidences, double, i));
        }
      if (about != NULL)
        {
          json_builder_set_member_name (b, "about");
          json_builder_add_string_value (b, about);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  text = fp_json_to_string (root, pretty);
  g_string_append_printf (out, "%s\n", text);
}

/* Several occupations could fit: list them, so the person can choose one
 * with --occupation. As JSON, one object with the candidates. */
static int
unsure (GString    *out,
        GPtrArray  *candidates,
        const char *what,
        FpLang      lang,
        gboolean    json,
        gboolean    pretty)
{
  FpKb *kb = fp_kb_get_default ();

  if (json)
    {
      g_autoptr (GPtrArray) codes = g_ptr_array_new ();
      g_autoptr (GArray) confidences = g_array_new (FALSE, FALSE, sizeof (double));

      for (guint i = 0; i < candidates->len; i++)
        {
          const FpCandidate *c = g_ptr_array_index (candidates, i);

          g_ptr_array_add (codes, c->isco08);
          g_array_append_val (confidences, c->confidence);
        }
      print_choice_json (out, what, NULL, codes, confidences, lang, pretty);
      return EXIT_NO_OCCUPATION;
    }

  /* Translators: %s is a file name or a job title */
  g_printerr (_ ("futureproof-cli: %s: several occupations could fit. Choose one with --occupation CODE:\n"), what);
  for (guint i = 0; i < candidates->len; i++)
    {
      const FpCandidate *c = g_ptr_array_index (candidates, i);

      /* Translators: ISCO-08 code, occupation title, match in percent */
      g_printerr (_ ("  %s  %s (match %d %%)\n"), c->isco08,
                  fp_kb_unit_get_title (fp_kb_lookup_isco (kb, c->isco08), lang),
                  (int) (c->confidence * 100 + 0.5));
    }

  return EXIT_NO_OCCUPATION;
}

/* A real occupation the ILO gives no figures for: say so, and offer the
 * nearest that it does, as for an unsure match (exit 3, not bad usage). */
static int
no_figures (GString    *out,
            const char *isco08,
            FpLang      lang,
            gboolean    json,
            gboolean    pretty,
            GError     *error)
{
  FpKb *kb = fp_kb_get_default ();
  g_autoptr (GPtrArray) near = fp_kb_dup_nearest_units (kb, isco08);

  if (json)
    {
      g_autoptr (GPtrArray) codes = g_ptr_array_new ();

      for (guint i = 0; i < near->len; i++)
        g_ptr_array_add (codes, (gpointer) ((const FpKbUnit *) g_ptr_array_index (near, i))->isco08);
      print_choice_json (out, isco08, isco08, codes, NULL, lang, pretty);
    }

  g_printerr ("futureproof-cli: %s\n", error->message);
  if (near->len == 0)
    g_printerr ("%s\n", _ ("No occupation near it has figures either: search for the work you do with --role TITLE."));
  else
    g_printerr ("%s\n", _ ("The nearest occupations with figures (choose one with --occupation CODE):"));
  for (guint i = 0; i < near->len; i++)
    {
      const FpKbUnit *u = g_ptr_array_index (near, i);

      g_printerr ("  %s  %s\n", u->isco08, fp_kb_unit_get_title (u, lang));
    }

  return EXIT_NO_OCCUPATION;
}

/* The report helper: beside this program when it runs from the build
 * folder, else in libexecdir as seen from where this program is installed,
 * else where it was to be installed. */
static char *
report_helper (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = self != NULL ? g_path_get_dirname (self) : NULL;
  const char      *places[] = { ".", LIBEXECDIR_FROM_BINDIR };

  for (guint i = 0; dir != NULL && i < G_N_ELEMENTS (places); i++)
    {
      g_autofree char *path = g_build_filename (dir, places[i], "futureproof-report", NULL);

      if (g_file_test (path, G_FILE_TEST_IS_EXECUTABLE))
        return g_steal_pointer (&path);
    }
  return g_build_filename (LIBEXECDIR, "futureproof-report", NULL);
}

/* The PDF report of @json, drawn by futureproof-report. */
static GBytes *
render_report (const char *json,
               GError    **error)
{
  g_autofree char *helper = report_helper ();
  g_autoptr (GSubprocess) process = NULL;
  g_autoptr (GBytes) input = g_bytes_new_static (json, strlen (json));
  g_autoptr (GBytes) pdf = NULL;
  g_autoptr (GBytes) problem = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *said = NULL;

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                  G_SUBPROCESS_FLAGS_STDERR_PIPE,
                              &local_error, helper, NULL);
  if (process == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   /* Translators: %s is a program's path */
                   _ ("The PDF report needs “%s”, which is missing. Reinstall Futureproof."), helper);
      return NULL;
    }
  if (!g_subprocess_communicate (process, input, NULL, &pdf, &problem, error))
    return NULL;
  if (!g_subprocess_get_successful (process) || g_bytes_get_size (pdf) == 0)
    {
      said = g_strndup (g_bytes_get_data (problem, NULL), g_bytes_get_size (problem));
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s is what went wrong, as the report helper said it */
                   _ ("The PDF report could not be drawn. %s"), g_strchomp (said));
      return NULL;
    }

  return g_steal_pointer (&pdf);
}

static int
write_report (const char *json,
              const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) pdf = render_report (json, &error);

  if (pdf == NULL || !fp_output_write_file (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error))
    {
      g_printerr ("futureproof-cli: %s\n", error->message);
      return EXIT_UNWRITABLE;
    }

  return EXIT_DONE;
}

static char  interrupted_message[256];
static gsize interrupted_length;

/* Ctrl+C or a kill: no hidden half-written file stays behind, and the
 * person is told that the output stops where it stops. Only
 * async-signal-safe calls here. */
static void
on_interrupt (int sig)
{
  fp_output_remove_pending ();
  (void) !write (STDERR_FILENO, interrupted_message, interrupted_length);
  signal (sig, SIG_DFL);
  raise (sig);
}

static void
handle_interrupts (void)
{
  struct sigaction action = { 0 };

  g_strlcpy (interrupted_message,
             _ ("futureproof-cli: interrupted. The results printed before this line are complete; "
                "no file was written.\n"),
             sizeof interrupted_message);
  interrupted_length = strlen (interrupted_message);
  action.sa_handler = on_interrupt;
  sigemptyset (&action.sa_mask);
  sigaction (SIGINT, &action, NULL);
  sigaction (SIGTERM, &action, NULL);
}

/* One run of "assess": what it was asked, and what it has written so far. */
typedef struct
{
  FpLang        lang;
  gboolean      json;
  gboolean      pdf;
  const char   *output;
  const char   *occupation;
  const char   *password;
  int           n_files;
  GString      *out;
  FpAssessment *earlier;       /* --compare */
  GDateTime    *earlier_saved; /* when it was saved, if it was */
  gboolean      save;          /* --save */
} Run;

/* The assessment as JSON, with its comparison to an earlier one if asked. */
static char *
assessment_json (Run          *run,
                 FpAssessment *assessment)
{
  g_autoptr (JsonNode) comparison = NULL;
  g_autoptr (FpAssessment) compared = NULL;

  if (run->earlier == NULL)
    return fp_assessment_to_string (assessment, run->n_files <= 1);
  comparison = fp_history_compare (run->earlier, run->earlier_saved, assessment);
  compared = fp_history_with_comparison (assessment, comparison);
  return fp_assessment_to_string (compared, run->n_files <= 1);
}

static int
report_or_print (Run          *run,
                 FpAssessment *assessment,
                 const char   *name,
                 int           index)
{
  if (run->save)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *source = name != NULL ? g_path_get_basename (name) : g_strdup (run->occupation);
      g_autoptr (FpSaved) saved = fp_history_save (assessment, source, &error);

      if (saved == NULL)
        {
          g_printerr ("futureproof-cli: %s\n", error->message);
          return EXIT_UNWRITABLE;
        }
      /* Translators: %s is the saved assessment's id */
      g_printerr (_ ("futureproof-cli: saved as %s\n"), fp_saved_get_id (saved));
    }
  if (run->pdf)
    {
      g_autofree char *json = assessment_json (run, assessment);

      return write_report (json, run->output);
    }
  if (run->json)
    {
      /* Several files: one JSON object a line. */
      g_autofree char *s = assessment_json (run, assessment);

      g_string_append_printf (run->out, "%s\n", s);
      return EXIT_DONE;
    }
  if (run->n_files > 1)
    g_string_append_printf (run->out, "%s== %s ==\n", index > 0 ? "\n" : "", name);
  print_text (run->out, assessment);
  if (run->earlier != NULL)
    {
      g_autoptr (JsonNode) comparison = fp_history_compare (run->earlier, run->earlier_saved, assessment);
      g_autofree char *words = fp_history_describe_comparison (comparison, fp_assessment_get_lang (assessment));

      print_heading (run->out, assessment, "compare_heading");
      g_string_append_printf (run->out, "  %s", words);
    }

  return EXIT_DONE;
}

/* An earlier assessment to compare with: a saved one (history), with the
 * date it was saved, or the JSON "assess --format json" printed. */
static FpAssessment *
load_earlier (const char *path,
              GDateTime **saved_at,
              GError    **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (FpSaved) saved = NULL;

  if (!json_parser_load_from_file (parser, path, error))
    return NULL;
  saved = fp_saved_new_from_json ("compare", json_parser_get_root (parser), NULL);
  if (saved == NULL)
    return fp_assessment_new_from_json (json_parser_get_root (parser), error);
  *saved_at = g_date_time_ref (fp_saved_get_saved (saved));
  return g_object_ref (fp_saved_get_assessment (saved));
}

/* Why a CV gave no assessment, said on stderr (and as JSON where the
 * candidates can be listed); the exit status it calls for. */
static int
explain_no_assessment (Run        *run,
                       const char *name,
                       FpCv       *cv,
                       GError     *error)
{
  if (g_error_matches (error, FP_ASSESS_ERROR, FP_ASSESS_ERROR_NO_FIGURES))
    return no_figures (run->out, run->occupation, run->lang, run->json, run->n_files <= 1, error);
  if (g_error_matches (error, FP_ASSESS_ERROR, FP_ASSESS_ERROR_UNSURE) && cv != NULL)
    {
      g_autoptr (GPtrArray) candidates = fp_matcher_match_cv (fp_kb_get_default (), cv, 5);

      return unsure (run->out, candidates, name, run->lang, run->json, run->n_files <= 1);
    }
  if (g_error_matches (error, FP_ASSESS_ERROR, FP_ASSESS_ERROR_NO_OCCUPATION))
    {
      /* Translators: %s is a file name */
      g_printerr (_ ("futureproof-cli: %s: no occupation could be recognised. "
                     "Try --role with your job title.\n"),
                  name);
      return EXIT_NO_OCCUPATION;
    }

  return input_error (error);
}

/* One CV of a batch, read in a worker thread. */
typedef struct
{
  GFile        *file;
  FpAssessment *assessment;
  FpCv         *cv;
  GError       *error;
  gboolean      done;
} Slot;

typedef struct
{
  Run   *run;
  GMutex lock;
  GCond  ready;
} Batch;

static void
assess_slot (gpointer data,
             gpointer user_data)
{
  Slot         *slot = data;
  Batch        *batch = user_data;
  FpCv         *cv = NULL;
  GError       *error = NULL;
  FpAssessment *assessment =
      fp_assess_file (slot->file, batch->run->password, batch->run->occupation, batch->run->lang, &cv, NULL, &error);

  g_mutex_lock (&batch->lock);
  slot->assessment = assessment;
  slot->cv = cv;
  slot->error = error;
  slot->done = TRUE;
  g_cond_broadcast (&batch->ready);
  g_mutex_unlock (&batch->lock);
}

static void
slot_clear (Slot *slot)
{
  g_clear_object (&slot->file);
  g_clear_object (&slot->assessment);
  g_clear_object (&slot->cv);
  g_clear_error (&slot->error);
}

/* One CV's result, said and printed; the status it calls for. */
static int
finish_slot (Run        *run,
             Slot       *slot,
             const char *name,
             int         index)
{
  int result;

  if (slot->assessment == NULL && g_error_matches (slot->error, FP_ASSESS_ERROR, FP_ASSESS_ERROR_UNKNOWN_CODE))
    return usage_error (slot->error->message);
  result = slot->assessment != NULL ? report_or_print (run, slot->assessment, name, index)
                                    : explain_no_assessment (run, name, slot->cv, slot->error);
  if (result == EXIT_UNWRITABLE)
    return result;
  if (run->output == NULL && print_out (run->out->str, run->out->len) != EXIT_DONE)
    return EXIT_UNWRITABLE;
  if (run->output == NULL)
    g_string_truncate (run->out, 0);
  return result;
}

/* A batch uses every core, and keeps what it has finished: the CVs are read
 * in parallel, a few ahead, and each result goes to standard output as soon
 * as those before it have, in input order, byte for byte as one at a time
 * would print it. A terminal sees the progress on stderr. */
static int
assess_files (Run   *run,
              int    argc,
              char **argv)
{
  guint n = (guint) argc - 1, workers = MAX (1, g_get_num_processors ()), ahead = 2 * workers;
  Slot *slots = g_new0 (Slot, n);
  Batch batch = { .run = run };
  /* One CV is read in this thread: no worker to start and wait for. */
  GThreadPool *pool = n > 1 ? g_thread_pool_new (assess_slot, &batch, (int) workers, FALSE, NULL) : NULL;
  gboolean     progress = n > 1 && isatty (STDERR_FILENO);
  int          status = EXIT_DONE;

  g_mutex_init (&batch.lock);
  g_cond_init (&batch.ready);
  for (guint i = 0; i < n; i++)
    slots[i].file = g_file_new_for_commandline_arg (argv[i + 1]);
  if (pool == NULL)
    assess_slot (&slots[0], &batch);
  for (guint i = 0; pool != NULL && i < MIN (n, ahead); i++)
    g_thread_pool_push (pool, &slots[i], NULL);

  for (guint i = 0; i < n && status != EXIT_USAGE && status != EXIT_UNWRITABLE; i++)
    {
      int result;

      g_mutex_lock (&batch.lock);
      while (!slots[i].done)
        g_cond_wait (&batch.ready, &batch.lock);
      g_mutex_unlock (&batch.lock);
      if (pool != NULL && i + ahead < n)
        g_thread_pool_push (pool, &slots[i + ahead], NULL);

      if (progress)
        g_printerr ("\r\033[K");
      result = finish_slot (run, &slots[i], argv[i + 1], (int) i);
      /* The batch's status is its worst: "no occupation" outranks "unreadable". */
      status = result == EXIT_USAGE || result == EXIT_UNWRITABLE ? result : MAX (status, result);
      if (progress)
        g_printerr ("%u/%u", i + 1, n);
      slot_clear (&slots[i]);
    }
  if (progress)
    g_printerr ("\r\033[K");

  /* Stopping early (bad usage, nowhere to write): let the workers finish. */
  if (pool != NULL)
    g_thread_pool_free (pool, TRUE, TRUE);
  for (guint i = 0; i < n; i++)
    slot_clear (&slots[i]);
  g_free (slots);
  g_mutex_clear (&batch.lock);
  g_cond_clear (&batch.ready);

  return status;
}

static int
assess_without_cv (Run        *run,
                   const char *role)
{
  g_autoptr (FpAssessment) assessment = NULL;
  g_autoptr (GError) error = NULL;

  assessment = role != NULL ? fp_assess_role (role, run->occupation, run->lang, &error)
                            : fp_assess_occupation (run->occupation, run->lang, &error);
  if (assessment != NULL)
    return report_or_print (run, assessment, role, 0);
  if (g_error_matches (error, FP_ASSESS_ERROR, FP_ASSESS_ERROR_UNKNOWN_CODE))
    return usage_error (error->message);
  if (g_error_matches (error, FP_ASSESS_ERROR, FP_ASSESS_ERROR_NO_FIGURES))
    return no_figures (run->out, run->occupation, run->lang, run->json, run->n_files <= 1, error);
  if (g_error_matches (error, FP_ASSESS_ERROR, FP_ASSESS_ERROR_UNSURE))
    {
      g_autoptr (GPtrArray) candidates = fp_matcher_match_title (fp_kb_get_default (), role, 5);

      return unsure (run->out, candidates, role, run->lang, run->json, TRUE);
    }

  return no_occupation (role, run->lang);
}

/* What is wrong with the options, before anything is read; NULL if nothing. */
static const char *
check_assess_options (Run         *run,
                      const char  *format,
                      const char  *lang_name,
                      const char  *role,
                      int          argc,
                      char *const *argv)
{
  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "json") && !g_str_equal (format, "pdf"))
    return _ ("The format must be “text”, “json” or “pdf”.");
  if (lang_name != NULL && !fp_lang_is_valid (lang_name))
    return _ ("The language must be “nb” or “en”.");
  if (run->pdf && run->output == NULL)
    return _ ("A PDF report needs a file to write to: add -o REPORT.pdf.");
  if (run->pdf && argc > 2)
    return _ ("A PDF report is for one CV at a time.");
  if (argc < 2 && role == NULL && run->occupation == NULL)
    return _ ("“assess” takes a PDF file, --role TITLE or --occupation CODE.");
  if (argc >= 2 && role != NULL)
    return _ ("Give either PDF files or --role, not both.");
  if (role != NULL && *role == '\0')
    return _ ("--role needs a job title.");
  if (run->output != NULL && fp_output_is_input (run->output, (const char *const *) argv + 1))
    return _ ("The file given with -o is one of the CVs to read, and writing it would destroy the CV. "
              "Choose another file name.");
  return NULL;
}

static int
command_assess (int    argc,
                char **argv)
{
  g_autofree char *password = NULL;
  g_autofree char *format = NULL;
  g_autofree char *lang_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *role = NULL;
  g_autofree char *occupation = NULL;
  g_autofree char *compare = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (FpAssessment) earlier = NULL;
  g_autoptr (GDateTime) earlier_saved = NULL;
  Run                run = { 0 };
  const GOptionEntry entries[] = {
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang_name, N_ ("Language of the assessment: nb or en"), N_ ("LANG") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_ ("Output format: text, json or pdf"), N_ ("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_ ("Write to this file instead of standard output"), N_ ("FILE") },
    { "role", 0, 0, G_OPTION_ARG_STRING, &role, N_ ("Assess a job title instead of a CV"), N_ ("TITLE") },
    { "occupation", 0, 0, G_OPTION_ARG_STRING, &occupation, N_ ("Use this ISCO-08 occupation code"), N_ ("CODE") },
    { "password", 0, 0, G_OPTION_ARG_STRING, &password, N_ ("Password of a protected PDF"), N_ ("PASSWORD") },
    { "compare", 0, 0, G_OPTION_ARG_FILENAME, &compare, N_ ("Compare with an earlier assessment (saved, or JSON)"),
      N_ ("FILE") },
    { "save", 0, 0, G_OPTION_ARG_NONE, &run.save, N_ ("Keep the assessment (see “history”)"), NULL },
    { NULL }
  };
  const char *problem;
  int         status;

  context = g_option_context_new (_ ("[FILE.pdf…] — assess how AI changes the work in a CV"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (error->message);
  if (role != NULL)
    g_strstrip (role);
  run.pdf = g_strcmp0 (format, "pdf") == 0;
  run.json = g_strcmp0 (format, "json") == 0;
  run.output = output;
  run.occupation = occupation;
  run.password = password;
  run.n_files = argc - 1;
  run.out = out;
  problem = check_assess_options (&run, format, lang_name, role, argc, argv);
  if (problem != NULL)
    return usage_error (problem);
  run.lang = lang_name != NULL ? fp_lang_from_string (lang_name) : fp_assess_default_language ();
  if (compare != NULL)
    {
      earlier = load_earlier (compare, &earlier_saved, &error);
      if (earlier == NULL)
        {
          /* Translators: the first %s is a file name, the second the reason */
          g_printerr (_ ("futureproof-cli: %s cannot be compared with: %s\n"), compare, error->message);
          return EXIT_UNREADABLE;
        }
      run.earlier = earlier;
      run.earlier_saved = earlier_saved;
    }

  handle_interrupts ();
  status = argc < 2 ? assess_without_cv (&run, role) : assess_files (&run, argc, argv);
  if (status == EXIT_USAGE || status == EXIT_UNWRITABLE || run.pdf)
    return status;
  if (write_out (out, output) != EXIT_DONE)
    return EXIT_UNWRITABLE;

  return status;
}

static int
history_list (gboolean json)
{
  g_autoptr (GPtrArray) list = fp_history_list (NULL);
  g_autoptr (GString) out = g_string_new (NULL);

  if (json)
    {
      g_autoptr (JsonBuilder) b = json_builder_new ();
      g_autoptr (JsonNode) root = NULL;
      g_autofree char *text = NULL;

      json_builder_begin_array (b);
      for (guint i = 0; i < list->len; i++)
        {
          FpSaved         *saved = g_ptr_array_index (list, i);
          FpAssessment    *a = fp_saved_get_assessment (saved);
          g_autofree char *date = g_date_time_format_iso8601 (fp_saved_get_saved (saved));

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "id");
          json_builder_add_string_value (b, fp_saved_get_id (saved));
          json_builder_set_member_name (b, "saved");
          json_builder_add_string_value (b, date);
          json_builder_set_member_name (b, "source");
          json_builder_add_string_value (b, fp_saved_get_source (saved));
          json_builder_set_member_name (b, "title");
          json_builder_add_string_value (b, fp_assessment_get_person (a));
          json_builder_set_member_name (b, "isco08");
          json_builder_add_string_value (b, fp_assessment_get_isco08 (a));
          json_builder_set_member_name (b, "score");
          json_builder_add_int_value (b, fp_assessment_get_score (a));
          json_builder_set_member_name (b, "level");
          json_builder_add_string_value (b, fp_level_to_string (fp_assessment_get_level (a)));
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      root = json_builder_get_root (b);
      text = fp_json_to_string (root, TRUE);
      g_string_append_printf (out, "%s\n", text);
    }
  for (guint i = 0; !json && i < list->len; i++)
    {
      FpSaved         *saved = g_ptr_array_index (list, i);
      g_autofree char *description = fp_saved_dup_description (saved);

      g_string_append_printf (out, "%s  %s  (%s)\n", fp_saved_get_id (saved), description,
                              fp_assessment_get_person (fp_saved_get_assessment (saved)));
    }

  return print_out (out->str, out->len);
}

/* futureproof-cli history [--format json] | show ID | delete ID */
static int
command_history (int    argc,
                 char **argv)
{
  g_autofree char *format = NULL;
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (FpSaved) saved = NULL;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_ ("Output format: text or json"), N_ ("FORMAT") },
    { NULL }
  };

  context = g_option_context_new (_ ("[show ID | delete ID] — the assessments you kept"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (error->message);
  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    return usage_error (_ ("The format must be “text” or “json”."));
  if (argc == 1)
    return history_list (g_strcmp0 (format, "json") == 0);
  if (argc != 3 || (!g_str_equal (argv[1], "show") && !g_str_equal (argv[1], "delete")))
    return usage_error (_ ("“history” takes nothing, “show ID” or “delete ID”."));

  if (g_str_equal (argv[1], "delete"))
    return fp_history_delete (argv[2], &error) ? EXIT_DONE : input_error (error);

  saved = fp_history_lookup (argv[2], &error);
  if (saved == NULL)
    return input_error (error);
  if (g_strcmp0 (format, "json") == 0)
    {
      g_autofree char *json = fp_assessment_to_string (fp_saved_get_assessment (saved), TRUE);
      g_autofree char *out = g_strconcat (json, "\n", NULL);

      return print_out (out, strlen (out));
    }
  {
    g_autoptr (GString) out = g_string_new (NULL);

    print_text (out, fp_saved_get_assessment (saved));
    return print_out (out->str, out->len);
  }
}

static const char *
summary (void)
{
  return _ ("Commands:\n"
            "  text FILE.pdf [--password PASSWORD]\n"
            "      Print the text of a CV in reading order.\n"
            "  parse FILE.pdf [--format json] [--password PASSWORD]\n"
            "      Print what the CV says (roles, dates, education, skills) as JSON.\n"
            "  assess FILE.pdf… [--lang nb|en] [--format text|json|pdf] [-o OUT]\n"
            "         [--occupation CODE] [--password PASSWORD]\n"
            "      Assess how AI changes the work in each CV; several files give one\n"
            "      JSON object a line.\n"
            "  assess --role TITLE [--lang nb|en] [--format text|json]\n"
            "      Assess a job title, with no CV.\n"
            "  assess --occupation CODE [--lang nb|en] [--format text|json]\n"
            "      Assess an occupation by its ISCO-08 code.\n"
            "  roles QUERY [--format text|json] [--lang nb|en] [--limit N]\n"
            "      Search occupations and job titles, best first.\n"
            "  assess … --save, assess … --compare EARLIER.json\n"
            "      Keep the assessment; compare it with an earlier one.\n"
            "  history [--format json], history show ID, history delete ID\n"
            "      The assessments you kept, on this computer.\n"
            "\n"
            "Exit status: 0 done, 1 bad usage, 2 the input cannot be read, "
            "3 no occupation found, or several could fit (they are listed),\n"
            "4 the output cannot be written.\n"
            "Nothing is sent anywhere: everything happens on this computer.");
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  /* FUTUREPROOF_LOCALEDIR: the translations of an uninstalled build. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("FUTUREPROOF_LOCALEDIR") != NULL ? g_getenv ("FUTUREPROOF_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      g_print ("%s\n\n%s\n", _ ("Usage: futureproof-cli COMMAND [OPTION…]"), summary ());
      return argc < 2 ? EXIT_USAGE : EXIT_DONE;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("futureproof-cli %s\n", PACKAGE_VERSION);
      return EXIT_DONE;
    }

  if (g_str_equal (argv[1], "text"))
    return command_text (argc - 1, argv + 1);
  if (g_str_equal (argv[1], "parse"))
    return command_parse (argc - 1, argv + 1);
  if (g_str_equal (argv[1], "roles"))
    return command_roles (argc - 1, argv + 1);
  if (g_str_equal (argv[1], "assess"))
    return command_assess (argc - 1, argv + 1);
  if (g_str_equal (argv[1], "history"))
    return command_history (argc - 1, argv + 1);

  {
    /* Translators: %s is what the user typed as the command */
    g_autofree char *message = g_strdup_printf (_ ("Unknown command “%s”."), argv[1]);
    return usage_error (message);
  }
}
