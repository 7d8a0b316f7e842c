/* fp-history.c — the assessments a person kept, on their own computer
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One JSON file per saved assessment in the user's data folder (XDG; inside
 * the Flatpak sandbox, the app's own). Files are written atomically; a file
 * that is damaged or from a newer version is skipped with a warning and
 * never touched, so it cannot take the others with it.
 */

#define G_LOG_DOMAIN "fp-history"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "fp-assessor.h"
#include "fp-history.h"
#include "fp-json.h"
#include "fp-kb.h"
#include "fp-output.h"

/**
 * fp_history_dup_dir:
 *
 * Returns: (transfer full): the folder saved assessments live in:
 *   $FUTUREPROOF_HISTORY_DIR, or the user's data folder's futureproof/saved
 */
char *
fp_history_dup_dir (void)
{
  const char *dir = g_getenv ("FUTUREPROOF_HISTORY_DIR");

  if (dir != NULL && *dir != '\0')
    return g_strdup (dir);
  return g_build_filename (g_get_user_data_dir (), "futureproof", "saved", NULL);
}

static gboolean
valid_id (const char *id)
{
  if (id == NULL || *id == '\0' || strlen (id) > 64)
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

static char *
path_of (const char *id)
{
  g_autofree char *dir = fp_history_dup_dir ();
  g_autofree char *name = g_strconcat (id, ".json", NULL);

  return g_build_filename (dir, name, NULL);
}

static gboolean
make_dir (const char *dir,
          GError    **error)
{
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int e = errno;

      /* Translators: the first %s is a folder, the second the reason */
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (e), _ ("“%s” could not be made: %s"), dir, g_strerror (e));
      return FALSE;
    }
  return TRUE;
}

/**
 * fp_history_write:
 * @saved: a saved assessment
 * @error: return location for a #GError in %G_IO_ERROR
 *
 * Writes @saved under its id, atomically: to keep it, or to bring back one
 * just deleted.
 *
 * Returns: whether it was written
 */
gboolean
fp_history_write (FpSaved *saved,
                  GError **error)
{
  g_autoptr (JsonNode) node = fp_saved_to_json (saved);
  g_autofree char *json = fp_json_to_string (node, TRUE);
  g_autofree char *dir = fp_history_dup_dir ();
  g_autofree char *path = path_of (fp_saved_get_id (saved));

  return make_dir (dir, error) && fp_output_write_file (path, json, strlen (json), error);
}

/**
 * fp_history_save:
 * @assessment: what to keep
 * @source: what it was made from: a CV's file name, a job title or a code
 * @error: return location for a #GError in %G_IO_ERROR
 *
 * Returns: (transfer full): the saved assessment, or %NULL if it could not
 *   be written (nothing half-written is left)
 */
FpSaved *
fp_history_save (FpAssessment *assessment,
                 const char   *source,
                 GError      **error)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr (FpSaved) saved = fp_saved_new (assessment, source, now);
  g_autofree char *path = path_of (fp_saved_get_id (saved));

  /* Two saved in the same second are two files. */
  for (guint n = 2; g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", fp_saved_get_id (saved), n);

      fp_saved_set_id (saved, id);
      g_free (path);
      path = path_of (id);
    }

  return fp_history_write (saved, error) ? g_steal_pointer (&saved) : NULL;
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  FpSaved *sa = *(FpSaved **) a, *sb = *(FpSaved **) b;

  return g_date_time_compare (fp_saved_get_saved (sb), fp_saved_get_saved (sa));
}

static FpSaved *
load (const char *id,
      GError    **error)
{
  g_autofree char *path = path_of (id);
  g_autoptr (JsonParser) parser = json_parser_new ();

  if (!json_parser_load_from_mapped_file (parser, path, error))
    return NULL;
  return fp_saved_new_from_json (id, json_parser_get_root (parser), error);
}

/**
 * fp_history_list:
 * @n_skipped: (out) (optional): how many files could not be read
 *
 * Returns: (transfer container) (element-type FpSaved): every readable
 *   saved assessment, newest first; each unreadable file is skipped with a
 *   warning and left as it is
 */
GPtrArray *
fp_history_list (guint *n_skipped)
{
  GPtrArray       *list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *dir_path = fp_history_dup_dir ();
  g_autoptr (GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint       skipped = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *id = NULL;
      g_autoptr (GError) error = NULL;
      FpSaved *saved;

      if (!g_str_has_suffix (name, ".json") || name[0] == '.')
        continue;
      id = g_strndup (name, strlen (name) - strlen (".json"));
      saved = valid_id (id) ? load (id, &error) : NULL;
      if (saved == NULL)
        {
          g_warning ("Skipping the saved assessment %s: %s", name, error != NULL ? error->message : "bad name");
          skipped++;
          continue;
        }
      g_ptr_array_add (list, saved);
    }
  g_ptr_array_sort (list, newest_first);
  if (n_skipped != NULL)
    *n_skipped = skipped;

  return list;
}

/**
 * fp_history_lookup:
 * @id: a saved assessment's id
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the saved assessment, or %NULL
 */
FpSaved *
fp_history_lookup (const char *id,
                   GError    **error)
{
  if (!valid_id (id))
    {
      /* Translators: %s is what the person typed as an id */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _ ("There is no saved assessment “%s”."), id);
      return NULL;
    }
  return load (id, error);
}

/**
 * fp_history_delete:
 * @id: a saved assessment's id
 * @error: return location for a #GError in %G_IO_ERROR
 *
 * Returns: whether it was deleted
 */
gboolean
fp_history_delete (const char *id,
                   GError    **error)
{
  g_autofree char *path = NULL;

  if (!valid_id (id))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _ ("There is no saved assessment “%s”."), id);
      return FALSE;
    }
  path = path_of (id);
  if (g_unlink (path) != 0)
    {
      int e = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (e),
                   e == ENOENT ? _ ("There is no saved assessment “%s”.") : _ ("“%s” could not be deleted."), id);
      return FALSE;
    }

  return TRUE;
}

static JsonObject *
find_task (JsonArray  *tasks,
           const char *id)
{
  for (guint i = 0; i < json_array_get_length (tasks); i++)
    {
      JsonObject *t = json_array_get_object_element (tasks, i);

      if (g_str_equal (json_object_get_string_member (t, "id"), id))
        return t;
    }
  return NULL;
}

/* A task that changed, in @lang: an earlier assessment may have been made
 * in the other language. */
static void
add_task_change (JsonBuilder *b,
                 JsonObject  *task,
                 FpLang       task_lang,
                 FpLang       lang,
                 const char  *before,
                 const char  *after)
{
  const char      *id = json_object_get_string_member (task, "id");
  g_autofree char *text = task_lang != lang ? fp_assess_task_text (id, lang) : NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_string_value (b, id);
  json_builder_set_member_name (b, "text");
  json_builder_add_string_value (b, text != NULL ? text : json_object_get_string_member (task, "text"));
  json_builder_set_member_name (b, "before");
  json_builder_add_string_value (b, before != NULL ? before : "");
  json_builder_set_member_name (b, "after");
  json_builder_add_string_value (b, after != NULL ? after : "");
  json_builder_end_object (b);
}

/* One side of a comparison, in @lang: the occupation, who was assessed and
 * the level. */
static void
add_side (JsonBuilder  *b,
          const char   *side,
          FpAssessment *assessment,
          FpLang        lang)
{
  g_autofree char *person = fp_assess_person_in (assessment, lang);
  g_autofree char *level_id = g_strconcat ("level_", fp_level_to_string (fp_assessment_get_level (assessment)), NULL);
  const struct
  {
    const char *name;
    const char *value;
  } strings[] = {
    { "isco08", fp_assessment_get_isco08 (assessment) },
    { "person", person },
    { "level", fp_kb_phrase (level_id, lang) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    {
      g_autofree char *member = g_strconcat (strings[i].name, "_", side, NULL);

      json_builder_set_member_name (b, member);
      json_builder_add_string_value (b, strings[i].value);
    }
}

/* The tasks whose mark changed, came or went: the later assessment's order,
 * then those it no longer has. */
static void
add_task_changes (JsonBuilder  *b,
                  FpAssessment *before,
                  FpAssessment *after)
{
  JsonArray *old_tasks = fp_assessment_get_tasks (before);
  JsonArray *new_tasks = fp_assessment_get_tasks (after);
  FpLang     lang = fp_assessment_get_lang (after);

  json_builder_set_member_name (b, "tasks");
  json_builder_begin_array (b);
  for (guint i = 0; i < json_array_get_length (new_tasks); i++)
    {
      JsonObject *t = json_array_get_object_element (new_tasks, i);
      JsonObject *old = find_task (old_tasks, json_object_get_string_member (t, "id"));
      const char *mark = json_object_get_string_member (t, "mark");

      if (old == NULL || !g_str_equal (json_object_get_string_member (old, "mark"), mark))
        add_task_change (b, t, lang, lang, old != NULL ? json_object_get_string_member (old, "mark") : NULL, mark);
    }
  for (guint i = 0; i < json_array_get_length (old_tasks); i++)
    {
      JsonObject *t = json_array_get_object_element (old_tasks, i);

      if (find_task (new_tasks, json_object_get_string_member (t, "id")) == NULL)
        add_task_change (b, t, fp_assessment_get_lang (before), lang, json_object_get_string_member (t, "mark"), NULL);
    }
  json_builder_end_array (b);
}

/**
 * fp_history_compare:
 * @before: the earlier assessment
 * @before_saved: (nullable): when it was saved, if that is known
 * @after: the later one
 *
 * What changed: the score, the occupation and who was assessed, and every
 * task whose mark changed, came or went; in @after's language.
 *
 * Returns: (transfer full): the comparison as JSON
 */
JsonNode *
fp_history_compare (FpAssessment *before,
                    GDateTime    *before_saved,
                    FpAssessment *after)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "score_before");
  json_builder_add_int_value (b, fp_assessment_get_score (before));
  json_builder_set_member_name (b, "score_after");
  json_builder_add_int_value (b, fp_assessment_get_score (after));
  json_builder_set_member_name (b, "change");
  json_builder_add_int_value (b, fp_assessment_get_score (after) - fp_assessment_get_score (before));
  add_side (b, "before", before, fp_assessment_get_lang (after));
  add_side (b, "after", after, fp_assessment_get_lang (after));
  if (before_saved != NULL)
    {
      g_autoptr (GDateTime) local = g_date_time_to_local (before_saved);
      g_autofree char *date = g_date_time_format (local, "%Y-%m-%d");

      json_builder_set_member_name (b, "date_before");
      json_builder_add_string_value (b, date);
    }
  add_task_changes (b, before, after);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

/**
 * fp_history_with_comparison:
 * @after: the later assessment
 * @comparison: from fp_history_compare()
 *
 * Returns: (transfer full): @after carrying @comparison (as "comparison"),
 *   which its report then shows
 */
FpAssessment *
fp_history_with_comparison (FpAssessment *after,
                            JsonNode     *comparison)
{
  g_autoptr (JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  JsonObject *copy = json_object_new ();
  JsonObject *from = fp_assessment_get_root (after);
  g_autoptr (GList) members = json_object_get_members (from);

  for (GList *l = members; l != NULL; l = l->next)
    json_object_set_member (copy, l->data, json_node_copy (json_object_get_member (from, l->data)));
  json_object_set_member (copy, "comparison", json_node_copy (comparison));
  json_node_take_object (root, copy);

  return fp_assessment_new_from_json (root, NULL);
}

/**
 * fp_history_mark_label:
 * @mark: a task's mark in a comparison: "automated", "changing", "safe", or
 *   "" where the task was not there
 * @lang: the language
 *
 * Returns: the mark in words
 */
const char *
fp_history_mark_label (const char *mark,
                       FpLang      lang)
{
  /* In FpMark's order; a mark this version does not know reads as safe,
   * as fp_mark_from_string() has it. */
  static const char *const ids[] = { "mark_safe", "mark_changing", "mark_automated" };

  if (*mark == '\0')
    return fp_kb_phrase ("compare_absent", lang);
  return fp_kb_phrase (ids[fp_mark_from_string (mark)], lang);
}

/**
 * fp_history_describe_score_change:
 * @comparison: from fp_history_compare()
 * @lang: the language
 *
 * Returns: (transfer full): the score then and now, and the change, as a
 *   sentence
 */
char *
fp_history_describe_score_change (JsonObject *comparison,
                                  FpLang      lang)
{
  g_autofree char *before = g_strdup_printf ("%d", (int) json_object_get_int_member (comparison, "score_before"));
  g_autofree char *after = g_strdup_printf ("%d", (int) json_object_get_int_member (comparison, "score_after"));
  g_autofree char *change = fp_assessment_format_delta ((int) json_object_get_int_member (comparison, "change"));

  return fp_kb_phrase_fill ("compare_score", lang, "before", before, "after", after, "change", change, NULL);
}

/**
 * fp_history_describe_comparison:
 * @comparison: from fp_history_compare()
 * @lang: the language
 *
 * Returns: (transfer full): the comparison in words, a line each: the score
 *   change, then each task that changed
 */
char *
fp_history_describe_comparison (JsonNode *comparison,
                                FpLang    lang)
{
  JsonObject      *c = json_node_get_object (comparison);
  JsonArray       *tasks = json_object_get_array_member (c, "tasks");
  g_autofree char *head = fp_history_describe_score_change (c, lang);
  GString         *out = g_string_new (head);

  g_string_append_c (out, '\n');
  if (json_array_get_length (tasks) == 0)
    g_string_append_printf (out, "%s\n", fp_kb_phrase ("compare_no_task_changes", lang));
  for (guint i = 0; i < json_array_get_length (tasks); i++)
    {
      JsonObject *t = json_array_get_object_element (tasks, i);

      g_string_append_printf (out, "  %s: %s → %s\n", json_object_get_string_member (t, "text"),
                              fp_history_mark_label (json_object_get_string_member (t, "before"), lang),
                              fp_history_mark_label (json_object_get_string_member (t, "after"), lang));
    }

  return g_string_free (out, FALSE);
}
