/* fuzz-pdf.c — libFuzzer target for reading a PDF, through to an assessment
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes may arrive as a "CV": the text extraction, the reading order, the
 * parser and the assessor must never crash, hang, leak or read out of bounds.
 * Run (see HACKING.md):
 *   build-fuzz/tests/fuzz/fuzz-pdf CORPUS -max_len=200000
 */

#include "config.h"

#include <stdint.h>

#include "fp-assessor.h"
#include "fp-cv.h"
#include "fp-pdf-text.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (FpPdfText) text = fp_pdf_text_new_from_bytes (bytes, "fuzz.pdf", NULL, NULL, NULL);
  g_autoptr (FpCv) cv = NULL;
  g_autoptr (FpAssessment) assessment = NULL;

  if (text == NULL)
    return 0;
  cv = fp_cv_new_from_pdf_text (text);
  assessment = fp_assess_cv (cv, NULL, FP_LANG_NB, NULL);

  return 0;
}
