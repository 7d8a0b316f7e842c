/* fp-assessment.c — the result of an assessment, and its JSON
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An assessment is its JSON (docs/assessment-json.md): the CLI prints it,
 * history stores it, the app and the report read it through these getters.
 */

#define G_LOG_DOMAIN "fp-assessment"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "fp-assessment.h"
#include "fp-json.h"
#include "fp-kb.h"

struct _FpAssessment
{
  GObject parent_instance;

  JsonNode   *node;
  JsonObject *root;
};

G_DEFINE_FINAL_TYPE (FpAssessment, fp_assessment, G_TYPE_OBJECT)
/* clang-format off */
G_DEFINE_QUARK (fp-assessment-error-quark, fp_assessment_error)
/* clang-format on */

static void
fp_assessment_finalize (GObject *object)
{
  FpAssessment *self = FP_ASSESSMENT (object);

  g_clear_pointer (&self->node, json_node_unref);

  G_OBJECT_CLASS (fp_assessment_parent_class)->finalize (object);
}

static void
fp_assessment_class_init (FpAssessmentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fp_assessment_finalize;
}

static void
fp_assessment_init (FpAssessment *self)
{
}

static gboolean
has (JsonObject  *o,
     const char  *name,
     JsonNodeType type)
{
  JsonNode *n = json_object_get_member (o, name);

  return n != NULL && json_node_get_node_type (n) == type;
}

/**
 * fp_assessment_new_from_json:
 * @node: an assessment as JSON
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the assessment, or %NULL if @node is not one
 *   this version can read
 */
FpAssessment *
fp_assessment_new_from_json (JsonNode *node,
                             GError  **error)
{
  static const char *const strings[] = { "lang", "level", "headline", "narrative", "edge", NULL };
  static const char *const arrays[] = { "context", "tasks", "plan", "adjustments", "sources", "range", NULL };
  static const char *const objects[] = { "occupation", "score_parts", "observed", NULL };
  FpAssessment            *self;
  JsonObject              *root;

  g_return_val_if_fail (node != NULL, NULL);

  root = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  if (root == NULL || !has (root, "schema", JSON_NODE_VALUE) ||
      json_object_get_int_member (root, "schema") != FP_ASSESSMENT_SCHEMA ||
      !has (root, "score", JSON_NODE_VALUE))
    goto invalid;
  for (guint i = 0; objects[i] != NULL; i++)
    if (!has (root, objects[i], JSON_NODE_OBJECT))
      goto invalid;
  for (guint i = 0; strings[i] != NULL; i++)
    if (!has (root, strings[i], JSON_NODE_VALUE))
      goto invalid;
  for (guint i = 0; arrays[i] != NULL; i++)
    if (!has (root, arrays[i], JSON_NODE_ARRAY))
      goto invalid;
  if (json_array_get_length (json_object_get_array_member (root, "range")) != 2 ||
      !fp_lang_is_valid (json_object_get_string_member (root, "lang")))
    goto invalid;

  self = g_object_new (FP_TYPE_ASSESSMENT, NULL);
  self->node = json_node_ref (node);
  self->root = root;
  return self;

invalid:
  g_set_error (error, FP_ASSESSMENT_ERROR, FP_ASSESSMENT_ERROR_INVALID,
               _ ("This saved assessment is damaged or from a newer version of Futureproof."));
  return NULL;
}

/**
 * fp_assessment_get_comparison:
 * @self: a #FpAssessment
 *
 * Returns: (transfer none) (nullable): the comparison with an earlier
 *   assessment (fp_history_compare()) that @self carries, if it carries a
 *   whole one
 */
JsonObject *
fp_assessment_get_comparison (FpAssessment *self)
{
  static const char *const values[] = { "score_before", "score_after", "change", NULL };
  JsonObject              *comparison;

  g_return_val_if_fail (FP_IS_ASSESSMENT (self), NULL);

  if (!has (self->root, "comparison", JSON_NODE_OBJECT))
    return NULL;
  comparison = json_object_get_object_member (self->root, "comparison");
  for (guint i = 0; values[i] != NULL; i++)
    if (!has (comparison, values[i], JSON_NODE_VALUE))
      return NULL;
  return has (comparison, "tasks", JSON_NODE_ARRAY) ? comparison : NULL;
}

JsonObject *
fp_assessment_get_root (FpAssessment *self)
{
  g_return_val_if_fail (FP_IS_ASSESSMENT (self), NULL);
  return self->root;
}

char *
fp_assessment_to_string (FpAssessment *self,
                         gboolean      pretty)
{
  g_return_val_if_fail (FP_IS_ASSESSMENT (self), NULL);
  return fp_json_to_string (self->node, pretty);
}

#define STRING_GETTER(name, member)                                             \
  const char *fp_assessment_get_##name (FpAssessment *self)                     \
  {                                                                             \
    g_return_val_if_fail (FP_IS_ASSESSMENT (self), NULL);                       \
    return json_object_get_string_member_with_default (self->root, member, ""); \
  }

#define ARRAY_GETTER(name)                                   \
  JsonArray *fp_assessment_get_##name (FpAssessment *self)   \
  {                                                          \
    g_return_val_if_fail (FP_IS_ASSESSMENT (self), NULL);    \
    return json_object_get_array_member (self->root, #name); \
  }

STRING_GETTER (level_label, "level_label")
STRING_GETTER (headline, "headline")
STRING_GETTER (subtitle, "subtitle")
STRING_GETTER (narrative, "narrative")
STRING_GETTER (edge, "edge")
ARRAY_GETTER (context)
ARRAY_GETTER (tasks)
ARRAY_GETTER (plan)
ARRAY_GETTER (adjustments)
ARRAY_GETTER (sources)

/**
 * fp_assessment_get_lang:
 * @self: a #FpAssessment
 *
 * Returns: the language every word of the assessment is in
 */
FpLang
fp_assessment_get_lang (FpAssessment *self)
{
  g_return_val_if_fail (FP_IS_ASSESSMENT (self), FP_LANG_EN);
  return fp_lang_from_string (json_object_get_string_member (self->root, "lang"));
}

FpLevel
fp_assessment_get_level (FpAssessment *self)
{
  g_return_val_if_fail (FP_IS_ASSESSMENT (self), FP_LEVEL_LOW);
  return fp_level_from_string (json_object_get_string_member (self->root, "level"));
}

int
fp_assessment_get_score_base (FpAssessment *self)
{
  g_return_val_if_fail (FP_IS_ASSESSMENT (self), 0);
  return (int) json_object_get_int_member (self->root, "score_base");
}

/**
 * fp_assessment_get_basis_text:
 * @self: a #FpAssessment
 *
 * Returns: what the result rests on, as a sentence: the CV's roles, the
 *   person's choice, a title, an occupation
 */
const char *
fp_assessment_get_basis_text (FpAssessment *self)
{
  return json_object_get_string_member_with_default (fp_assessment_get_occupation (self), "basis_text", "");
}

/**
 * fp_assessment_get_evidence:
 * @self: a #FpAssessment
 *
 * Returns: (transfer none): the CV lines that decided the occupation, as
 *   strings; empty without a CV
 */
JsonArray *
fp_assessment_get_evidence (FpAssessment *self)
{
  return json_object_get_array_member (fp_assessment_get_occupation (self), "evidence");
}

int
fp_assessment_get_score (FpAssessment *self)
{
  g_return_val_if_fail (FP_IS_ASSESSMENT (self), 0);
  return (int) json_object_get_int_member (self->root, "score");
}

void
fp_assessment_get_range (FpAssessment *self,
                         int          *low,
                         int          *high)
{
  JsonArray *range;

  g_return_if_fail (FP_IS_ASSESSMENT (self));

  range = json_object_get_array_member (self->root, "range");
  *low = (int) json_array_get_int_element (range, 0);
  *high = (int) json_array_get_int_element (range, 1);
}

JsonObject *
fp_assessment_get_occupation (FpAssessment *self)
{
  g_return_val_if_fail (FP_IS_ASSESSMENT (self), NULL);
  return json_object_get_object_member (self->root, "occupation");
}

const char *
fp_assessment_get_isco08 (FpAssessment *self)
{
  return json_object_get_string_member (fp_assessment_get_occupation (self), "isco08");
}

/**
 * fp_assessment_get_title:
 * @self: a #FpAssessment
 *
 * Returns: the person's title as their CV writes it, or the occupation's
 */
const char *
fp_assessment_get_title (FpAssessment *self)
{
  JsonObject *occupation = fp_assessment_get_occupation (self);
  const char *cv_title = json_object_get_string_member_with_default (occupation, "cv_title", NULL);

  return cv_title != NULL ? cv_title : json_object_get_string_member (occupation, "title");
}

/**
 * fp_assessment_get_person:
 * @self: a #FpAssessment
 *
 * Returns: who is assessed, as a sentence names one person: their own title
 *   from the CV or search, else the occupation's name for one person
 */
const char *
fp_assessment_get_person (FpAssessment *self)
{
  JsonObject *occupation = fp_assessment_get_occupation (self);

  if (json_object_has_member (occupation, "cv_title"))
    return json_object_get_string_member (occupation, "cv_title");
  return json_object_get_string_member_with_default (occupation, "person",
                                                     json_object_get_string_member (occupation, "title"));
}

/**
 * fp_assessment_dup_summary:
 * @self: a #FpAssessment
 *
 * Returns: (transfer full): a plain-text summary: headline, score and level,
 *   the narrative, tasks with their marks, and the plan
 */
char *
fp_assessment_dup_summary (FpAssessment *self)
{
  GString         *out;
  JsonArray       *tasks, *plan;
  int              low, high;
  g_autofree char *sources = NULL;

  g_return_val_if_fail (FP_IS_ASSESSMENT (self), NULL);

  sources = fp_assessment_dup_sources_line (self);
  out = g_string_new (NULL);
  fp_assessment_get_range (self, &low, &high);
  g_string_append_printf (out, "%s\n\n%d/100 · %s (%d–%d)\n%s\n\n%s\n", fp_assessment_get_headline (self),
                          fp_assessment_get_score (self), fp_assessment_get_level_label (self), low, high, sources,
                          fp_assessment_get_narrative (self));

  tasks = fp_assessment_get_tasks (self);
  g_string_append_c (out, '\n');
  for (guint i = 0; i < json_array_get_length (tasks); i++)
    {
      JsonObject *t = json_array_get_object_element (tasks, i);

      g_string_append_printf (out, "• %s — %s\n  %s\n", json_object_get_string_member (t, "text"),
                              json_object_get_string_member (t, "mark_label"),
                              json_object_get_string_member (t, "reason"));
    }

  plan = fp_assessment_get_plan (self);
  g_string_append_c (out, '\n');
  for (guint i = 0; i < json_array_get_length (plan); i++)
    {
      JsonObject *p = json_array_get_object_element (plan, i);

      g_string_append_printf (out, "%u. %s\n   %s\n", i + 1, json_object_get_string_member (p, "title"),
                              json_object_get_string_member (p, "text"));
    }

  g_string_append_printf (out, "\n%s\n", fp_assessment_get_edge (self));
  return g_string_free (out, FALSE);
}

/**
 * fp_assessment_dup_ilo_mean:
 * @self: a #FpAssessment
 *
 * Returns: (transfer full): the ILO's mean task score for the occupation,
 *   with two decimals, as the assessment's language writes it ("0,25")
 */
char *
fp_assessment_dup_ilo_mean (FpAssessment *self)
{
  char mean[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (FP_IS_ASSESSMENT (self), NULL);

  g_ascii_formatd (mean, sizeof mean, "%.2f", json_object_get_double_member (fp_assessment_get_occupation (self), "ilo_mean"));
  if (fp_assessment_get_lang (self) == FP_LANG_NB)
    *strchr (mean, '.') = ',';
  return g_strdup (mean);
}

/**
 * fp_assessment_dup_score_line:
 * @self: a #FpAssessment
 *
 * Returns: (transfer full): the score, level and likely range in a line, in
 *   the assessment's language
 */
char *
fp_assessment_dup_score_line (FpAssessment *self)
{
  g_autofree char *score = NULL, *low_s = NULL, *high_s = NULL;
  int              low, high;

  g_return_val_if_fail (FP_IS_ASSESSMENT (self), NULL);

  fp_assessment_get_range (self, &low, &high);
  score = g_strdup_printf ("%d", fp_assessment_get_score (self));
  low_s = g_strdup_printf ("%d", low);
  high_s = g_strdup_printf ("%d", high);
  return fp_kb_phrase_fill ("report_score", fp_assessment_get_lang (self), "score", score, "level",
                            fp_assessment_get_level_label (self), "low", low_s, "high", high_s, NULL);
}

/**
 * fp_assessment_dup_occupation_line:
 * @self: a #FpAssessment
 *
 * Returns: (transfer full): the occupation, its codes and how sure the
 *   match is, in a line, in the assessment's language
 */
char *
fp_assessment_dup_occupation_line (FpAssessment *self)
{
  JsonObject      *occupation;
  g_autofree char *confidence = NULL;

  g_return_val_if_fail (FP_IS_ASSESSMENT (self), NULL);

  occupation = fp_assessment_get_occupation (self);
  confidence = g_strdup_printf ("%d", (int) (json_object_get_double_member (occupation, "confidence") * 100 + 0.5));
  return fp_kb_phrase_fill ("report_occupation", fp_assessment_get_lang (self), "title",
                            json_object_get_string_member (occupation, "title"), "isco",
                            json_object_get_string_member (occupation, "isco08"), "styrk",
                            json_object_get_string_member (occupation, "styrk08"), "confidence", confidence, NULL);
}

static char *
int_member (JsonObject *object,
            const char *member)
{
  return g_strdup_printf ("%d", (int) json_object_get_int_member (object, member));
}

/* A phrase filled with the two sources' figures: {ilo} and {observed} (the
 * score parts), {weight}, {base}, {mean}, {level} and {percentile} (the
 * observed use). */
static char *
fill_sources (FpAssessment *self,
              const char   *phrase_id)
{
  JsonObject      *parts = json_object_get_object_member (self->root, "score_parts");
  JsonObject      *observed = json_object_get_object_member (self->root, "observed");
  g_autofree char *ilo = int_member (parts, "ilo");
  g_autofree char *obs = int_member (parts, "observed");
  g_autofree char *weight = g_strdup_printf ("%d", (int) round (100 * json_object_get_double_member (parts, "observed_weight")));
  g_autofree char *base = int_member (self->root, "score_base");
  g_autofree char *mean = fp_assessment_dup_ilo_mean (self);
  g_autofree char *percentile = int_member (observed, "percentile");

  return fp_kb_phrase_fill (phrase_id, fp_assessment_get_lang (self), "ilo", ilo, "observed", obs, "weight", weight,
                            "base", base, "mean", mean, "level", json_object_get_string_member (observed, "level_label"),
                            "percentile", percentile, NULL);
}

/**
 * fp_assessment_dup_sources_line:
 * @self: a #FpAssessment
 *
 * Returns: (transfer full): the two sources side by side in a sentence: what
 *   AI could do in the tasks (ILO) and how much it is used in such work
 *   (observed), in the assessment's language
 */
char *
fp_assessment_dup_sources_line (FpAssessment *self)
{
  g_return_val_if_fail (FP_IS_ASSESSMENT (self), NULL);
  return fill_sources (self, "report_two_sources");
}

/**
 * fp_assessment_dup_potential:
 * @self: a #FpAssessment
 *
 * Returns: (transfer full): what AI could do in the person's tasks, in a few
 *   words ("63 of 100 in your tasks (ILO 2025)")
 */
char *
fp_assessment_dup_potential (FpAssessment *self)
{
  g_return_val_if_fail (FP_IS_ASSESSMENT (self), NULL);
  return fill_sources (self, "potential_value");
}

/**
 * fp_assessment_dup_observed:
 * @self: a #FpAssessment
 *
 * Returns: (transfer full): how much AI is used in such work, in a few words
 *   ("much used today: more than in 81 % of occupations (Microsoft 2025)")
 */
char *
fp_assessment_dup_observed (FpAssessment *self)
{
  g_autofree char *line = NULL;

  g_return_val_if_fail (FP_IS_ASSESSMENT (self), NULL);
  line = fill_sources (self, "observed_value");
  /* It starts a line here: "Much used today: …". */
  line[0] = g_ascii_toupper (line[0]);
  return g_steal_pointer (&line);
}

/**
 * fp_assessment_dup_figures:
 * @self: a #FpAssessment
 *
 * Returns: (transfer full): how the score before adjustments is made: the
 *   ILO's tasks, observed use and their weighted mean
 */
char *
fp_assessment_dup_figures (FpAssessment *self)
{
  g_return_val_if_fail (FP_IS_ASSESSMENT (self), NULL);
  return fill_sources (self, "why_base");
}

/**
 * fp_assessment_format_delta:
 * @delta: an adjustment, in points
 *
 * Returns: (transfer full): @delta with its sign, and a true minus sign
 *   ("+3", "−2"), as typography wants it
 */
char *
fp_assessment_format_delta (int delta)
{
  return delta < 0 ? g_strdup_printf ("\u2212%d", -delta) : g_strdup_printf ("+%d", delta);
}
