/* fuzz-cv.c — libFuzzer target for the CV parser and the date reader
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Build and run (see HACKING.md):
 *   meson setup build-fuzz -Dfuzzing=true --buildtype=debug   (needs clang)
 *   build-fuzz/tests/fuzz/fuzz-cv tests/fuzz/corpus -max_total_time=600
 * Any text is a CV as far as the parser is concerned: it must never crash,
 * hang, leak or read out of bounds.
 */

#include "config.h"

#include <stdint.h>

#include "fp-cv.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr (FpCv) cv = NULL;
  g_autoptr (JsonNode) json = NULL;
  FpDate           start, end;
  gboolean         current;
  g_autofree char *rest = NULL;

  cv = fp_cv_new_from_text (text);
  json = fp_cv_to_json (cv);
  fp_date_range_parse (text, &start, &end, &current, &rest);

  return 0;
}
