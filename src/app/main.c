/* main.c
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "fp-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr (FpApplication) app = NULL;
  const char *localedir = g_getenv ("FUTUREPROOF_LOCALEDIR");

  /* build-aux/dev points this at the build folder's translations. */
  if (localedir == NULL)
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_ ("Futureproof"));

  app = fp_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
