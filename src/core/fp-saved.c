/* fp-saved.c — one assessment the person kept
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A saved assessment is a small JSON file: the schema, when it was saved,
 * what it was made from (a CV's file name, a title or a code), the version
 * of Futureproof's data, and the assessment itself without any line of the
 * CV (the evidence and the CV lines beside tasks are left out).
 */

#define G_LOG_DOMAIN "fp-saved"

#include "config.h"

#include <glib/gi18n.h>

#include "fp-saved.h"

struct _FpSaved
{
  GObject parent_instance;

  char         *id;
  GDateTime    *saved;
  char         *source;
  FpAssessment *assessment;
};

G_DEFINE_FINAL_TYPE (FpSaved, fp_saved, G_TYPE_OBJECT)

static void
fp_saved_finalize (GObject *object)
{
  FpSaved *self = FP_SAVED (object);

  g_free (self->id);
  g_clear_pointer (&self->saved, g_date_time_unref);
  g_free (self->source);
  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (fp_saved_parent_class)->finalize (object);
}

static void
fp_saved_class_init (FpSavedClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fp_saved_finalize;
}

static void
fp_saved_init (FpSaved *self)
{
}

/* The assessment as it may be kept: no line of the CV. */
static JsonNode *
without_cv_lines (FpAssessment *assessment)
{
  g_autofree char *json = fp_assessment_to_string (assessment, FALSE);
  JsonNode        *copy = json_from_string (json, NULL); /* a deep copy */
  JsonObject      *root = json_node_get_object (copy);
  JsonArray       *tasks = json_object_get_array_member (root, "tasks");

  json_object_set_array_member (json_object_get_object_member (root, "occupation"), "evidence", json_array_new ());
  for (guint i = 0; i < json_array_get_length (tasks); i++)
    {
      JsonObject *task = json_array_get_object_element (tasks, i);

      if (json_object_has_member (task, "from_cv"))
        json_object_remove_member (task, "from_cv");
    }
  return copy;
}

/**
 * fp_saved_new:
 * @assessment: what to keep
 * @source: what it was made from: a CV's file name, a job title or a code
 * @saved: when
 *
 * Returns: (transfer full): the saved assessment, not yet written
 */
FpSaved *
fp_saved_new (FpAssessment *assessment,
              const char   *source,
              GDateTime    *saved)
{
  FpSaved *self = g_object_new (FP_TYPE_SAVED, NULL);
  g_autoptr (JsonNode) kept = without_cv_lines (assessment);
  g_autofree char *stamp = NULL;

  self->saved = g_date_time_to_utc (saved);
  stamp = g_date_time_format (self->saved, "%Y%m%dT%H%M%S");
  self->id = g_strdup_printf ("%s-%s", stamp, fp_assessment_get_isco08 (assessment));
  self->source = g_strdup (source);
  self->assessment = fp_assessment_new_from_json (kept, NULL);

  return self;
}

/**
 * fp_saved_to_json:
 * @self: a #FpSaved
 *
 * Returns: (transfer full): the file's JSON
 */
JsonNode *
fp_saved_to_json (FpSaved *self)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  g_autofree char *saved = g_date_time_format_iso8601 (self->saved);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "schema");
  json_builder_add_int_value (b, FP_SAVED_SCHEMA);
  json_builder_set_member_name (b, "saved");
  json_builder_add_string_value (b, saved);
  json_builder_set_member_name (b, "source");
  json_builder_add_string_value (b, self->source != NULL ? self->source : "");
  json_builder_set_member_name (b, "data_version");
  json_builder_add_string_value (b, PACKAGE_VERSION);
  json_builder_set_member_name (b, "assessment");
  {
    g_autofree char *json = fp_assessment_to_string (self->assessment, FALSE);

    json_builder_add_value (b, json_from_string (json, NULL));
  }
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

/**
 * fp_saved_new_from_json:
 * @id: the file's id (its name without .json)
 * @node: the file's JSON
 * @error: return location for a #GError in %FP_ASSESSMENT_ERROR
 *
 * Returns: (transfer full): the saved assessment, or %NULL if @node is not
 *   one this version can read (damaged, or from a newer Futureproof)
 */
FpSaved *
fp_saved_new_from_json (const char *id,
                        JsonNode   *node,
                        GError    **error)
{
  g_autoptr (FpSaved) self = NULL;
  JsonObject *root = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  JsonNode   *schema = root != NULL ? json_object_get_member (root, "schema") : NULL;
  JsonNode   *saved = root != NULL ? json_object_get_member (root, "saved") : NULL;
  JsonNode   *assessment = root != NULL ? json_object_get_member (root, "assessment") : NULL;

  if (schema == NULL || !JSON_NODE_HOLDS_VALUE (schema) || json_node_get_value_type (schema) != G_TYPE_INT64 ||
      json_node_get_int (schema) != FP_SAVED_SCHEMA || saved == NULL || !JSON_NODE_HOLDS_VALUE (saved) ||
      json_node_get_value_type (saved) != G_TYPE_STRING || assessment == NULL)
    {
      g_set_error (error, FP_ASSESSMENT_ERROR, FP_ASSESSMENT_ERROR_INVALID,
                   _ ("This saved assessment is damaged or from a newer version of Futureproof."));
      return NULL;
    }

  self = g_object_new (FP_TYPE_SAVED, NULL);
  self->id = g_strdup (id);
  self->saved = g_date_time_new_from_iso8601 (json_node_get_string (saved), NULL);
  self->source = g_strdup (json_object_get_string_member_with_default (root, "source", ""));
  self->assessment = fp_assessment_new_from_json (assessment, error);
  if (self->saved == NULL || self->assessment == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, FP_ASSESSMENT_ERROR, FP_ASSESSMENT_ERROR_INVALID,
                     _ ("This saved assessment is damaged or from a newer version of Futureproof."));
      return NULL;
    }

  return g_steal_pointer (&self);
}

void
fp_saved_set_id (FpSaved    *self,
                 const char *id)
{
  g_return_if_fail (FP_IS_SAVED (self));

  g_free (self->id);
  self->id = g_strdup (id);
}

const char *
fp_saved_get_id (FpSaved *self)
{
  g_return_val_if_fail (FP_IS_SAVED (self), NULL);
  return self->id;
}

GDateTime *
fp_saved_get_saved (FpSaved *self)
{
  g_return_val_if_fail (FP_IS_SAVED (self), NULL);
  return self->saved;
}

const char *
fp_saved_get_source (FpSaved *self)
{
  g_return_val_if_fail (FP_IS_SAVED (self), NULL);
  return self->source;
}

FpAssessment *
fp_saved_get_assessment (FpSaved *self)
{
  g_return_val_if_fail (FP_IS_SAVED (self), NULL);
  return self->assessment;
}

/**
 * fp_saved_dup_description:
 * @self: a #FpSaved
 *
 * Returns: (transfer full): when it was saved, the score and the level, for
 *   a list ("2026-12-07 · 62 · high"), in the assessment's language
 */
char *
fp_saved_dup_description (FpSaved *self)
{
  g_autoptr (GDateTime) local = g_date_time_to_local (self->saved);
  g_autofree char *date = g_date_time_format (local, "%Y-%m-%d");

  return g_strdup_printf ("%s · %d · %s", date, fp_assessment_get_score (self->assessment),
                          fp_assessment_get_level_label (self->assessment));
}
