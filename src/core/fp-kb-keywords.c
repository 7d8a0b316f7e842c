/* fp-kb-keywords.c — a task's keywords as stems
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the core and fp-kb-compile, which stores every unit's keyword
 * stems in the knowledge base.
 */

#include "config.h"

#include "fp-kb.h"
#include "fp-normalize.h"

/**
 * fp_kb_task_keyword_stems:
 * @task: (nullable): a task of an occupation's texts
 *
 * Returns: (transfer full) (element-type GStrv): the stems of each of the
 *   task's keywords, in both languages ("patient history" → patient, histori)
 */
GPtrArray *
fp_kb_task_keyword_stems (JsonObject *task)
{
  GPtrArray  *out = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  JsonObject *keywords = task != NULL && json_object_has_member (task, "keywords")
                             ? json_object_get_object_member (task, "keywords")
                             : NULL;
  const char *langs[] = { "en", "nb" };

  for (guint l = 0; keywords != NULL && l < G_N_ELEMENTS (langs); l++)
    {
      JsonArray *words = json_object_has_member (keywords, langs[l])
                             ? json_object_get_array_member (keywords, langs[l])
                             : NULL;

      for (guint w = 0; words != NULL && w < json_array_get_length (words); w++)
        {
          GStrv stems = fp_normalize_phrase_stems (json_array_get_string_element (words, w));

          if (stems != NULL)
            g_ptr_array_add (out, stems);
        }
    }

  return out;
}
