/* fp-matcher.c — from a CV or a title to ranked occupations
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each role's title is looked up in the title index. Roles count by how
 * recent they are: the current roles fully (several current roles by the
 * order the CV gives them), a role that ended within two years a little less,
 * older roles fading with time. The headline under the name counts like a
 * current role. Skills and bullets that match an occupation's task keywords
 * tip the balance between close candidates.
 */

#define G_LOG_DOMAIN "fp-matcher"

#include "config.h"

#include <math.h>
#include <string.h>

#include "fp-matcher.h"
#include "fp-normalize.h"

typedef struct
{
  char      *isco08;
  double     score;
  double     best_title;
  char      *cv_title;
  GPtrArray *evidence;
} Tally;

static void
tally_free (Tally *t)
{
  g_free (t->isco08);
  g_free (t->cv_title);
  g_ptr_array_unref (t->evidence);
  g_free (t);
}

void
fp_candidate_free (FpCandidate *candidate)
{
  if (candidate == NULL)
    return;

  g_free (candidate->isco08);
  g_free (candidate->cv_title);
  g_clear_pointer (&candidate->evidence, g_ptr_array_unref);
  g_free (candidate);
}

static Tally *
get_tally (GHashTable *tallies,
           const char *isco08)
{
  Tally *t = g_hash_table_lookup (tallies, isco08);

  if (t == NULL)
    {
      t = g_new0 (Tally, 1);
      t->isco08 = g_strdup (isco08);
      t->evidence = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (tallies, t->isco08, t);
    }

  return t;
}

static void
add_evidence (Tally      *t,
              const char *line)
{
  if (line != NULL && t->evidence->len < 4 &&
      !g_ptr_array_find_with_equal_func (t->evidence, line, g_str_equal, NULL))
    g_ptr_array_add (t->evidence, g_strdup (line));
}

/* How much a role counts, by how long ago it ended. */
static double
recency_weight (const FpCvJob *job,
                guint          index,
                guint         *n_current)
{
  FpDate today = fp_date_today ();
  double years_ago;

  if (job->current)
    {
      /* The first current role the CV lists is the main one. */
      double w = *n_current == 0 ? 1.0 : 0.75;
      (*n_current)++;
      return w;
    }

  if (job->end.year == 0)
    /* No dates: the CV's own order is all there is. */
    return MAX (0.2, 0.9 - 0.15 * index);

  years_ago = today.year - job->end.year + (today.month - (job->end.month > 0 ? job->end.month : 6)) / 12.0;
  if (years_ago <= 2)
    return 0.8;

  return 0.6 * pow (0.5, (years_ago - 2) / 3);
}

static void
add_title (FpKb       *kb,
           GHashTable *tallies,
           GHashTable *searched,
           const char *title,
           const char *line,
           double      weight)
{
  GPtrArray *matches;

  if (title == NULL || *title == '\0' || weight <= 0)
    return;

  /* A title that comes back (a promotion in the same role) is looked up once. */
  matches = g_hash_table_lookup (searched, title);
  if (matches == NULL)
    {
      matches = fp_kb_search (kb, title, 5);
      g_hash_table_insert (searched, g_strdup (title), matches);
    }
  for (guint i = 0; i < matches->len; i++)
    {
      const FpKbMatch *m = g_ptr_array_index (matches, i);
      Tally           *t = get_tally (tallies, m->isco08);

      t->score += weight * m->score;
      if (weight * m->score > t->best_title)
        {
          t->best_title = weight * m->score;
          g_free (t->cv_title);
          t->cv_title = g_strdup (title);
        }
      if (m->score >= 0.6)
        add_evidence (t, line);
    }
}

/* Keyword hits of the CV's skills and bullets in an occupation's tasks. */
static double
keyword_support (FpKb       *kb,
                 const char *isco08,
                 GHashTable *cv_stems)
{
  g_autoptr (JsonObject) text = fp_kb_dup_text (kb, isco08, NULL);
  JsonArray *tasks;
  guint      hits = 0;

  if (text == NULL || !json_object_has_member (text, "tasks"))
    return 0;

  tasks = json_object_get_array_member (text, "tasks");
  for (guint i = 0; i < json_array_get_length (tasks); i++)
    {
      JsonObject *task = json_array_get_object_element (tasks, i);
      JsonObject *keywords = json_object_get_object_member (task, "keywords");
      const char *langs[] = { "en", "nb" };

      for (guint l = 0; keywords != NULL && l < G_N_ELEMENTS (langs); l++)
        {
          JsonArray *words = json_object_get_array_member (keywords, langs[l]);

          for (guint w = 0; words != NULL && w < json_array_get_length (words); w++)
            {
              g_autoptr (GPtrArray) tokens = fp_normalize_tokens (json_array_get_string_element (words, w));
              gboolean all = tokens->len > 0;

              for (guint k = 0; k < tokens->len && all; k++)
                {
                  g_autofree char *stem = fp_normalize_stem (g_ptr_array_index (tokens, k));
                  all = strlen (stem) >= 3 && g_hash_table_contains (cv_stems, stem);
                }
              hits += all;
            }
        }
    }

  return MIN (0.15, 0.02 * hits);
}

static GHashTable *
cv_stem_set (FpCv *cv)
{
  GHashTable *stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray  *jobs = fp_cv_get_jobs (cv);
  GPtrArray  *skills = fp_cv_get_skills (cv);
  g_autoptr (GPtrArray) texts = g_ptr_array_new ();

  for (guint i = 0; i < jobs->len; i++)
    {
      const FpCvJob *job = g_ptr_array_index (jobs, i);

      for (guint b = 0; b < job->bullets->len; b++)
        g_ptr_array_add (texts, g_ptr_array_index (job->bullets, b));
    }
  for (guint i = 0; i < skills->len; i++)
    g_ptr_array_add (texts, g_ptr_array_index (skills, i));
  if (fp_cv_get_summary (cv) != NULL)
    g_ptr_array_add (texts, (gpointer) fp_cv_get_summary (cv));

  for (guint i = 0; i < texts->len; i++)
    {
      g_autoptr (GPtrArray) tokens = fp_normalize_tokens (g_ptr_array_index (texts, i));

      for (guint k = 0; k < tokens->len; k++)
        g_hash_table_add (stems, fp_normalize_stem (g_ptr_array_index (tokens, k)));
    }

  return stems;
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const FpCandidate *ca = *(const FpCandidate **) a, *cb = *(const FpCandidate **) b;

  if (ca->confidence != cb->confidence)
    return ca->confidence > cb->confidence ? -1 : 1;
  return strcmp (ca->isco08, cb->isco08);
}

static GPtrArray *
rank (GHashTable *tallies,
      double      total_weight,
      guint       max_results)
{
  GPtrArray     *result = g_ptr_array_new_with_free_func ((GDestroyNotify) fp_candidate_free);
  GHashTableIter iter;
  Tally         *t;

  g_hash_table_iter_init (&iter, tallies);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &t))
    {
      FpCandidate *c = g_new0 (FpCandidate, 1);

      c->isco08 = g_strdup (t->isco08);
      c->confidence = round (CLAMP (t->score / MAX (total_weight, 1e-6), 0, 1) * 100) / 100;
      c->cv_title = g_strdup (t->cv_title);
      c->evidence = g_ptr_array_ref (t->evidence);
      g_ptr_array_add (result, c);
    }

  g_ptr_array_sort (result, compare_candidates);
  if (result->len > max_results)
    g_ptr_array_set_size (result, max_results);

  return result;
}

/**
 * fp_matcher_match_cv:
 * @kb: the knowledge base
 * @cv: a CV
 * @max_results: the most candidates to return
 *
 * Returns: (transfer full) (element-type FpCandidate): candidate
 *   occupations, best first; empty when nothing in the CV names one
 */
GPtrArray *
fp_matcher_match_cv (FpKb *kb,
                     FpCv *cv,
                     guint max_results)
{
  g_autoptr (GHashTable) tallies = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                          (GDestroyNotify) tally_free);
  g_autoptr (GHashTable) searched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                           (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GHashTable) stems = NULL;
  g_autoptr (GPtrArray) ranked = NULL;
  GPtrArray *jobs = fp_cv_get_jobs (cv);
  double     total = 0;
  guint      n_current = 0;

  g_return_val_if_fail (FP_IS_KB (kb), NULL);
  g_return_val_if_fail (FP_IS_CV (cv), NULL);

  for (guint i = 0; i < jobs->len; i++)
    {
      const FpCvJob *job = g_ptr_array_index (jobs, i);
      double         w = recency_weight (job, i, &n_current);

      /* Roles from long ago hardly count; they need not be looked up. */
      if (job->title == NULL || w < 0.05)
        continue;
      add_title (kb, tallies, searched, job->title, job->line, w);
      total += w;
    }

  if (fp_cv_get_headline (cv) != NULL)
    {
      /* The headline says who the person is now; it weighs like a current
       * role, less when the CV's roles already said it. */
      double w = n_current > 0 ? 0.5 : 0.9;

      add_title (kb, tallies, searched, fp_cv_get_headline (cv), fp_cv_get_headline (cv), w);
      total += w;
    }

  if (g_hash_table_size (tallies) == 0)
    return g_ptr_array_new_with_free_func ((GDestroyNotify) fp_candidate_free);

  /* Skills and bullets: a small push for the front runners. */
  stems = cv_stem_set (cv);
  ranked = rank (tallies, total, 8);
  for (guint i = 0; i < ranked->len; i++)
    {
      const FpCandidate *c = g_ptr_array_index (ranked, i);
      Tally             *t = g_hash_table_lookup (tallies, c->isco08);

      t->score += total * keyword_support (kb, c->isco08, stems);
    }

  return rank (tallies, total, max_results);
}

/**
 * fp_matcher_match_title:
 * @kb: the knowledge base
 * @title: a job title
 * @max_results: the most candidates to return
 *
 * Returns: (transfer full) (element-type FpCandidate): candidate
 *   occupations for @title, best first
 */
GPtrArray *
fp_matcher_match_title (FpKb       *kb,
                        const char *title,
                        guint       max_results)
{
  g_autoptr (GHashTable) tallies = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                          (GDestroyNotify) tally_free);
  g_autoptr (GHashTable) searched = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                           (GDestroyNotify) g_ptr_array_unref);

  g_return_val_if_fail (FP_IS_KB (kb), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  add_title (kb, tallies, searched, title, NULL, 1.0);
  return rank (tallies, 1.0, max_results);
}
