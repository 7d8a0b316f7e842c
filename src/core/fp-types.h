/* fp-types.h — the few closed sets an assessment is made of
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each has a GType (fp-enum-types.h, made by glib-mkenums) whose value nicks
 * are the words the JSON and the settings use: "en", "nb"; "low",
 * "moderate", "high"; "safe", "changing", "automated".
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * FpLang:
 * @FP_LANG_EN: English
 * @FP_LANG_NB: Norwegian Bokmål
 *
 * The language of an assessment: every word of it, whatever the interface's.
 */
typedef enum
{
  FP_LANG_EN,
  FP_LANG_NB,
} FpLang;

/**
 * FpLevel:
 * @FP_LEVEL_LOW: below 35
 * @FP_LEVEL_MODERATE: 35–59
 * @FP_LEVEL_HIGH: 60 and over
 *
 * How exposed an occupation is, in words (docs/calibration.md).
 */
typedef enum
{
  FP_LEVEL_LOW,
  FP_LEVEL_MODERATE,
  FP_LEVEL_HIGH,
} FpLevel;

/**
 * FpMark:
 * @FP_MARK_SAFE: the task stays human
 * @FP_MARK_CHANGING: AI takes over parts of it
 * @FP_MARK_AUTOMATED: AI does most of it
 *
 * What generative AI does to one task (docs/calibration.md).
 */
typedef enum
{
  FP_MARK_SAFE,
  FP_MARK_CHANGING,
  FP_MARK_AUTOMATED,
} FpMark;

const char *fp_lang_to_string (FpLang lang);
FpLang      fp_lang_from_string (const char *lang);
gboolean    fp_lang_is_valid (const char *lang);
const char *fp_level_to_string (FpLevel level);
FpLevel     fp_level_from_string (const char *level);
const char *fp_mark_to_string (FpMark mark);
FpMark      fp_mark_from_string (const char *mark);

G_END_DECLS
