/* fp-regex.c — regular expressions compiled once
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parser asks the same few dozen patterns of every line of every CV;
 * g_regex_match_simple() would compile each one each time. These keep the
 * compiled patterns for the life of the process, keyed by the pattern's
 * address: callers pass string literals, each always with the same flags.
 */

#define G_LOG_DOMAIN "fp-regex"

#include "config.h"

#include "fp-regex.h"

static GRegex *
lookup (const char        *pattern,
        GRegexCompileFlags flags)
{
  static GMutex      mutex;
  static GHashTable *cache;
  GRegex            *regex;

  g_mutex_lock (&mutex);
  if (cache == NULL)
    cache = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_regex_unref);
  regex = g_hash_table_lookup (cache, pattern);
  if (regex == NULL)
    {
      g_autoptr (GError) error = NULL;

      regex = g_regex_new (pattern, flags, 0, &error);
      if (regex == NULL)
        g_error ("%s: %s", pattern, error->message);
      g_hash_table_insert (cache, (gpointer) pattern, regex);
    }
  g_mutex_unlock (&mutex);

  return regex;
}

gboolean
fp_regex_match (const char        *pattern,
                const char        *text,
                GRegexCompileFlags compile_flags,
                GRegexMatchFlags   match_flags)
{
  return g_regex_match (lookup (pattern, compile_flags), text, match_flags, NULL);
}

GStrv
fp_regex_split (const char        *pattern,
                const char        *text,
                GRegexCompileFlags compile_flags,
                GRegexMatchFlags   match_flags)
{
  return g_regex_split (lookup (pattern, compile_flags), text, match_flags);
}
