/* fuzz-report.c — libFuzzer target for an assessment read back and drawn
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An assessment comes back as JSON (a saved one, or one another program
 * made): whatever fp_assessment_new_from_json() accepts, the report must
 * draw without crashing. Run (see HACKING.md):
 *   build-fuzz/tests/fuzz/fuzz-report CORPUS -max_len=60000
 */

#include "config.h"

#include <stdint.h>

#include "fp-assessment.h"
#include "fp-report.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (FpAssessment) assessment = NULL;
  g_autoptr (GBytes) pdf = NULL;

  if (!json_parser_load_from_data (parser, (const char *) data, (gssize) size, NULL))
    return 0;
  assessment = fp_assessment_new_from_json (json_parser_get_root (parser), NULL);
  if (assessment == NULL)
    return 0;
  pdf = fp_report_render (assessment);

  return 0;
}
