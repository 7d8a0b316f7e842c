/* futureproof-cli.c — the command-line front end
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "futureproof-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "fp-pdf-text.h"

enum
{
  EXIT_DONE = 0,
  EXIT_USAGE = 1,
  EXIT_UNREADABLE = 2,
  EXIT_NO_OCCUPATION = 3,
};

static int
usage_error (const char *message)
{
  /* Translators: %s is an error message; the program name follows it */
  g_printerr (_("futureproof-cli: %s\nTry “futureproof-cli --help”.\n"), message);
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
      N_("Password of a protected PDF"), N_("PASSWORD") },
    { NULL }
  };

  context = g_option_context_new (_("FILE.pdf — print the text of a CV in reading order"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (error->message);

  if (argc != 2)
    return usage_error (_("“text” takes one PDF file."));

  {
    g_autoptr (GFile) file = g_file_new_for_commandline_arg (argv[1]);
    g_autoptr (FpPdfText) text = fp_pdf_text_new_from_file (file, password, NULL, &error);
    g_autofree char *out = NULL;

    if (text == NULL)
      return input_error (error);

    out = fp_pdf_text_dup_text (text);
    fputs (out, stdout);
  }

  return EXIT_DONE;
}

static const char *
summary (void)
{
  return _("Commands:\n"
           "  text FILE.pdf [--password PASSWORD]\n"
           "      Print the text of a CV in reading order.\n"
           "\n"
           "Exit status: 0 done, 1 bad usage, 2 the input cannot be read, "
           "3 no occupation found.\n"
           "Nothing is sent anywhere: everything happens on this computer.");
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      g_print ("%s\n\n%s\n", _("Usage: futureproof-cli COMMAND [OPTION…]"), summary ());
      return argc < 2 ? EXIT_USAGE : EXIT_DONE;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("futureproof-cli %s\n", PACKAGE_VERSION);
      return EXIT_DONE;
    }

  if (g_str_equal (argv[1], "text"))
    return command_text (argc - 1, argv + 1);

  {
    /* Translators: %s is what the user typed as the command */
    g_autofree char *message = g_strdup_printf (_("Unknown command “%s”."), argv[1]);
    return usage_error (message);
  }
}
