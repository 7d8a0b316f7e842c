/* fp-types.c — the words for the closed sets, from their GTypes' nicks
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fp-enum-types.h"
#include "fp-types.h"

static const char *
nick (GType type,
      int   value)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);

  return v != NULL ? v->value_nick : NULL;
}

/* @fallback where @word is not one of the nicks. */
static int
from_nick (GType       type,
           const char *word,
           int         fallback)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *v = word != NULL ? g_enum_get_value_by_nick (klass, word) : NULL;

  return v != NULL ? v->value : fallback;
}

/**
 * fp_lang_to_string:
 * @lang: a language
 *
 * Returns: "en" or "nb"
 */
const char *
fp_lang_to_string (FpLang lang)
{
  return nick (FP_TYPE_LANG, lang);
}

/**
 * fp_lang_from_string:
 * @lang: (nullable): "en" or "nb"
 *
 * Returns: the language, English for anything else
 */
FpLang
fp_lang_from_string (const char *lang)
{
  return from_nick (FP_TYPE_LANG, lang, FP_LANG_EN);
}

/**
 * fp_lang_is_valid:
 * @lang: (nullable): a word
 *
 * Returns: whether @lang names a language of assessments
 */
gboolean
fp_lang_is_valid (const char *lang)
{
  return from_nick (FP_TYPE_LANG, lang, -1) >= 0;
}

const char *
fp_level_to_string (FpLevel level)
{
  return nick (FP_TYPE_LEVEL, level);
}

FpLevel
fp_level_from_string (const char *level)
{
  return from_nick (FP_TYPE_LEVEL, level, FP_LEVEL_LOW);
}

const char *
fp_mark_to_string (FpMark mark)
{
  return nick (FP_TYPE_MARK, mark);
}

FpMark
fp_mark_from_string (const char *mark)
{
  return from_nick (FP_TYPE_MARK, mark, FP_MARK_SAFE);
}
