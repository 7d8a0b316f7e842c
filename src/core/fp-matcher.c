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

static guint
count_tokens (const char *text)
{
  g_autoptr (GPtrArray) tokens = fp_normalize_tokens (text);

  return tokens->len;
}

static gboolean
same_title (const char *a,
            const char *b)
{
  g_autofree char *ka = fp_normalize_key (a);
  g_autofree char *kb = fp_normalize_key (b);

  return g_str_equal (ka, kb);
}

/* Moves every tally of @from into @to (which is empty). */
static void
move_tallies (GHashTable *from,
              GHashTable *to)
{
  GHashTableIter iter;
  Tally         *t;

  g_hash_table_iter_init (&iter, from);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &t))
    {
      g_hash_table_iter_steal (&iter);
      g_hash_table_insert (to, t->isco08, t);
    }
}

/* Below this, the roles and headline have not named an occupation well
 * enough, and the summary or the rest of the CV may say it better. */
#define MIN_ROLE_CONFIDENCE 0.15

/* The job titles written out in @text ("Accurate accounts payable clerk with
 * seven years …", "Jeg er en pålitelig renholder …"): the longest runs of
 * words that are a title of their own, in the order they stand. */
static GPtrArray *
titles_in_text (FpKb       *kb,
                const char *text,
                guint       max_titles)
{
  g_autoptr (GPtrArray) tokens = fp_normalize_tokens (text);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < tokens->len && found->len < max_titles;)
    {
      guint n = MIN (5, tokens->len - i);

      for (; n > 0; n--)
        {
          g_autoptr (GString) key = g_string_new (NULL);

          for (guint k = i; k < i + n; k++)
            g_string_append (key, g_ptr_array_index (tokens, k));
          /* A short word alone ("it", "hr") is too often something else. */
          if ((n > 1 || key->len >= 4) && fp_kb_has_title_key (kb, key->str, n))
            break;
        }
      if (n == 0)
        {
          i++;
          continue;
        }

      {
        g_autoptr (GPtrArray) words = g_ptr_array_new ();

        for (guint k = i; k < i + n; k++)
          g_ptr_array_add (words, g_ptr_array_index (tokens, k));
        g_ptr_array_add (words, NULL);
        g_ptr_array_add (found, g_strjoinv (" ", (char **) words->pdata));
      }
      i += n;
    }

  return found;
}

/* The first sentences of @text: where a summary says what the person is. */
static char *
first_sentences (const char *text,
                 guint       n)
{
  const char *p = text;

  for (guint i = 0; i < n && p != NULL; i++)
    {
      p = strpbrk (p, ".!?");
      if (p != NULL)
        p++;
    }

  return p != NULL ? g_strndup (text, (gsize) (p - text)) : g_strdup (text);
}

/* The roles, most recent counting most. Returns the weight they add. */
static double
add_roles (FpKb       *kb,
           GHashTable *tallies,
           GHashTable *searched,
           FpCv       *cv,
           guint      *n_current)
{
  GPtrArray *jobs = fp_cv_get_jobs (cv);
  double     total = 0;

  for (guint i = 0; i < jobs->len; i++)
    {
      const FpCvJob *job = g_ptr_array_index (jobs, i);
      double         w = recency_weight (job, i, n_current);

      /* Roles from long ago hardly count; they need not be looked up. */
      if (job->title == NULL || w < 0.05)
        continue;
      add_title (kb, tallies, searched, job->title, job->line, w);
      total += w;
    }

  return total;
}

/* The titles written in @text, earlier ones counting more. Returns the
 * weight they add. */
static double
add_titles_in_text (FpKb       *kb,
                    GHashTable *tallies,
                    GHashTable *searched,
                    const char *text,
                    const char *line,
                    double      weight)
{
  g_autoptr (GPtrArray) titles = titles_in_text (kb, text, 3);
  double total = 0;

  for (guint i = 0; i < titles->len; i++)
    {
      double w = weight * pow (0.6, i);

      add_title (kb, tallies, searched, g_ptr_array_index (titles, i), line, w);
      total += w;
    }

  return total;
}

/* The CV's text line by line, earlier lines counting more: the last
 * resort, when neither roles, headline nor summary name an occupation. */
static double
add_titles_anywhere (FpKb       *kb,
                     GHashTable *tallies,
                     GHashTable *searched,
                     FpCv       *cv)
{
  GPtrArray *lines = fp_cv_get_lines (cv);
  double     total = 0;

  for (guint i = 0; i < lines->len && total < 2; i++)
    total += add_titles_in_text (kb, tallies, searched, g_ptr_array_index (lines, i),
                                 g_ptr_array_index (lines, i), 0.8 * pow (0.5, i / 25.0));

  return total;
}

static double
top_confidence (GHashTable *tallies,
                double      total)
{
  GHashTableIter iter;
  Tally         *t;
  double         top = 0;

  g_hash_table_iter_init (&iter, tallies);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &t))
    top = MAX (top, t->score / MAX (total, 1e-6));

  return top;
}

/* Where the occupation is read from, in the order they are tried: the
 * roles (with the headline), the headline alone, the summary's first
 * sentences, and titles anywhere in the CV. Fills @tallies from the first
 * that names an occupation well enough, and returns its weight. */
static double
gather (FpKb        *kb,
        FpCv        *cv,
        GHashTable  *tallies,
        GHashTable  *searched,
        const char **basis)
{
  const char *headline = fp_cv_get_headline (cv);
  const char *summary = fp_cv_get_summary (cv);
  guint       n_current = 0;
  double      total;

  total = add_roles (kb, tallies, searched, cv, &n_current);
  *basis = total > 0 ? "roles" : "headline";
  if (headline != NULL)
    {
      /* The headline says who the person is now; it weighs like a current
       * role, less when the CV's roles already said it. A headline that is
       * a sentence rather than a title gives the titles in it. */
      double w = n_current > 0 ? 0.5 : 0.9;
      double before = total;

      add_title (kb, tallies, searched, headline, headline, w);
      total += w;
      if (before == 0 && top_confidence (tallies, total) < MIN_ROLE_CONFIDENCE)
        {
          g_hash_table_remove_all (tallies);
          total = add_titles_in_text (kb, tallies, searched, headline, headline, w);
        }
    }
  if (g_hash_table_size (tallies) > 0 && top_confidence (tallies, total) >= MIN_ROLE_CONFIDENCE)
    return total;

  if (summary != NULL)
    {
      g_autoptr (GHashTable) from_summary = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                                   (GDestroyNotify) tally_free);
      g_autofree char *opening = first_sentences (summary, 2);
      double           w = add_titles_in_text (kb, from_summary, searched, opening, opening, 0.9);

      if (g_hash_table_size (from_summary) > 0)
        {
          g_hash_table_remove_all (tallies);
          move_tallies (from_summary, tallies);
          *basis = "summary";
          return w;
        }
    }

  if (g_hash_table_size (tallies) > 0)
    return total;

  *basis = "text";
  return add_titles_anywhere (kb, tallies, searched, cv);
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
  GPtrArray  *result;
  const char *basis = NULL;
  double      total;

  g_return_val_if_fail (FP_IS_KB (kb), NULL);
  g_return_val_if_fail (FP_IS_CV (cv), NULL);

  total = gather (kb, cv, tallies, searched, &basis);
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

  result = rank (tallies, total, max_results);
  for (guint i = 0; i < result->len; i++)
    ((FpCandidate *) g_ptr_array_index (result, i))->basis = basis;

  return result;
}

static void
add_suggestion (GPtrArray  *suggestions,
                const char *title)
{
  if (title != NULL && *title != '\0' && count_tokens (title) <= 8 &&
      !g_ptr_array_find_with_equal_func (suggestions, title, (GEqualFunc) same_title, NULL))
    g_ptr_array_add (suggestions, g_strdup (title));
}

/**
 * fp_matcher_suggest_titles:
 * @kb: the knowledge base
 * @cv: a CV
 * @max_results: the most titles to return
 *
 * The lines of @cv that read most as job titles, for a person to search
 * with when no occupation was found: the roles' titles, the headline, and
 * job titles written anywhere in the CV, in that order.
 *
 * Returns: (transfer full) (element-type utf8): the titles
 */
GPtrArray *
fp_matcher_suggest_titles (FpKb *kb,
                           FpCv *cv,
                           guint max_results)
{
  GPtrArray *suggestions = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *jobs = fp_cv_get_jobs (cv);
  GPtrArray *lines = fp_cv_get_lines (cv);

  g_return_val_if_fail (FP_IS_KB (kb), suggestions);
  g_return_val_if_fail (FP_IS_CV (cv), suggestions);

  for (guint i = 0; i < jobs->len; i++)
    add_suggestion (suggestions, ((FpCvJob *) g_ptr_array_index (jobs, i))->title);
  add_suggestion (suggestions, fp_cv_get_headline (cv));
  for (guint i = 0; i < lines->len && suggestions->len < max_results; i++)
    {
      g_autoptr (GPtrArray) titles = titles_in_text (kb, g_ptr_array_index (lines, i), 2);

      for (guint k = 0; k < titles->len; k++)
        add_suggestion (suggestions, g_ptr_array_index (titles, k));
    }

  if (suggestions->len > max_results)
    g_ptr_array_set_size (suggestions, max_results);

  return suggestions;
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
  GPtrArray *result;

  g_return_val_if_fail (FP_IS_KB (kb), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  add_title (kb, tallies, searched, title, NULL, 1.0);
  result = rank (tallies, 1.0, max_results);
  for (guint i = 0; i < result->len; i++)
    ((FpCandidate *) g_ptr_array_index (result, i))->basis = "title";

  return result;
}
