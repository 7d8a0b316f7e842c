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
#include "fp-regex.h"

typedef struct
{
  char      *isco08;
  double     score;
  double     best_title; /* weight × match of the title that counts most */
  double     quality;    /* how well that title matches, 0–1 */
  double     doubt;      /* the chance that none of the titles means it */
  gboolean   specific;   /* a title that is not generic names it */
  char      *cv_title;   /* that title, as the CV or the person wrote it */
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
      t->doubt = 1;
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

/* Whether @title names no one occupation: a generic title, or one made
 * only of generic words and words that say nothing of the work ("senior
 * consultant", "Business Woman & Proud Geek" is not, "Music Professional"
 * is not either: both have a word of their own). */
static gboolean
generic_title (FpKb       *kb,
               const char *title)
{
  g_autoptr (GPtrArray) tokens = NULL;
  static const char *const modifiers[] = { "senior", "junior", "lead", "ledende", "assisterende", "assistant",
                                           "deputy", "fungerende", "acting", "trainee", "fast", "midlertidig",
                                           NULL };

  if (fp_kb_is_generic_title (kb, title))
    return TRUE;

  tokens = fp_normalize_tokens (title);
  for (guint i = 0; i < tokens->len; i++)
    {
      const char *word = g_ptr_array_index (tokens, i);

      if (!g_strv_contains (modifiers, word) && !fp_kb_is_generic_title (kb, word))
        return FALSE;
    }

  return tokens->len > 0;
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

/* How well @title names the occupation of @match, 0–1: a title the index
 * holds as it is written counts fully, one found by its words, stems or a
 * typo less, and a generic one ("konsulent", "engineer") never much. */
static double
match_quality (const char      *title,
               gboolean         generic,
               const FpKbMatch *match)
{
  g_autofree char *key = fp_normalize_key (title);
  g_autofree char *matched = fp_normalize_key (match->title);
  double           quality = MIN (1.0, match->score);

  if (!g_str_equal (key, matched))
    quality *= 0.85;
  if (generic)
    quality = MIN (quality, 0.45);

  return quality;
}

/* What a search for one title found for one occupation. */
typedef struct
{
  char    *isco08;
  double   score;   /* the title index's score */
  double   quality; /* see match_quality() */
  gboolean generic; /* the title names no one occupation */
} Found;

static void
found_free (Found *f)
{
  g_free (f->isco08);
  g_free (f);
}

/* @title without what says nothing of the occupation: notes in brackets
 * ("Renholder (deltid)") and a grade at the end ("Politibetjent 2",
 * "Engineer II"). */
static char *
plain_title (const char *title)
{
  GString *out = g_string_new (NULL);
  int      depth = 0;

  for (const char *p = title; *p != '\0'; p++)
    {
      depth += *p == '(' || *p == '[';
      if (depth == 0)
        g_string_append_c (out, *p);
      depth -= depth > 0 && (*p == ')' || *p == ']');
    }
  g_strstrip (out->str);

  {
    g_autofree char *bracketless = g_string_free (out, FALSE);
    return fp_normalize_drop_grade (bracketless);
  }
}

/* The ways @title may name an occupation: the title itself, each part of
 * one that joins two roles or adds a field ("Kokk og innkjøpsansvarlig",
 * "Elektriker – service og feilsøking", "Sykepleier, akuttmottak"), and a
 * first word that is a title of its own. */
static GPtrArray *
title_variants (FpKb       *kb,
                const char *title)
{
  GPtrArray       *variants = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *plain = plain_title (title);
  const char      *space = strchr (plain, ' ');
  g_auto (GStrv) parts = fp_regex_split ("\\s+(?:og|and|&|/|–|—|-|·|\\|)\\s+|\\s*,\\s*", plain, G_REGEX_CASELESS, 0);

  g_ptr_array_add (variants, g_strdup (*plain != '\0' ? plain : title));
  for (guint i = 0; parts != NULL && parts[0] != NULL && parts[1] != NULL && parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0' && !g_ptr_array_find_with_equal_func (variants, parts[i], g_str_equal, NULL))
        g_ptr_array_add (variants, g_strdup (parts[i]));
    }

  /* A Norwegian title with what follows it: "Innkjøper fersk og frys",
   * "Helsefagarbeider natt". */
  if (space != NULL)
    {
      g_autofree char *first = g_strndup (plain, (gsize) (space - plain));
      g_autofree char *key = fp_normalize_key (first);

      if (fp_kb_has_title_key (kb, key, 1) && !fp_kb_is_generic_title (kb, first))
        g_ptr_array_add (variants, g_steal_pointer (&first));
    }

  return variants;
}

/* The occupations @title names, each with the best of its variants; a
 * title that comes back (a promotion in the same role) is looked up once. */
static GPtrArray *
search_title (FpKb       *kb,
              GHashTable *searched,
              const char *title)
{
  g_autoptr (GPtrArray) variants = NULL;
  g_autoptr (GHashTable) by_code = NULL;
  GPtrArray *found = g_hash_table_lookup (searched, title);

  if (found != NULL)
    return found;

  found = g_ptr_array_new_with_free_func ((GDestroyNotify) found_free);
  by_code = g_hash_table_new (g_str_hash, g_str_equal);
  variants = title_variants (kb, title);
  for (guint v = 0; v < variants->len; v++)
    {
      const char *variant = g_ptr_array_index (variants, v);
      g_autoptr (GPtrArray) matches = fp_kb_search (kb, variant, 5);
      gboolean generic = generic_title (kb, variant);

      for (guint i = 0; i < matches->len; i++)
        {
          const FpKbMatch *m = g_ptr_array_index (matches, i);
          Found           *f = g_hash_table_lookup (by_code, m->isco08);

          if (f == NULL)
            {
              f = g_new0 (Found, 1);
              f->isco08 = g_strdup (m->isco08);
              g_ptr_array_add (found, f);
              g_hash_table_insert (by_code, f->isco08, f);
            }
          if (m->score > f->score)
            {
              f->score = m->score;
              f->quality = match_quality (variant, generic, m);
              f->generic = generic;
            }
        }
    }
  g_hash_table_insert (searched, g_strdup (title), found);

  return found;
}

static void
add_title (FpKb       *kb,
           GHashTable *tallies,
           GHashTable *searched,
           const char *title,
           const char *line,
           double      weight)
{
  GPtrArray *found;

  if (title == NULL || *title == '\0' || weight <= 0)
    return;

  found = search_title (kb, searched, title);
  for (guint i = 0; i < found->len; i++)
    {
      const Found *f = g_ptr_array_index (found, i);
      Tally       *t = get_tally (tallies, f->isco08);

      /* A generic title leaves more room to the CV's other titles and words. */
      t->score += weight * f->score * (f->generic ? 0.5 : 1.0);
      /* Each title that names the occupation makes it likelier. */
      t->doubt *= 1 - MIN (0.95, MIN (1.0, weight) * f->quality);
      t->specific |= f->quality > 0.45;
      if (weight * f->score > t->best_title)
        {
          t->best_title = weight * f->score;
          t->quality = f->quality;
          g_free (t->cv_title);
          t->cv_title = g_strdup (title);
        }
      if (f->score >= 0.6)
        add_evidence (t, line);
    }
}

/* Keyword hits of the CV's skills and bullets in an occupation's tasks. */
static double
keyword_support (FpKb       *kb,
                 const char *isco08,
                 GHashTable *cv_stems)
{
  g_autoptr (GPtrArray) keywords = fp_kb_dup_keyword_stems (kb, isco08);
  guint hits = 0;

  for (guint i = 0; i < keywords->len; i++)
    {
      char   **stems = g_ptr_array_index (keywords, i);
      gboolean all = stems[0] != NULL;

      for (guint k = 0; stems[k] != NULL && all; k++)
        all = g_hash_table_contains (cv_stems, stems[k]);
      hits += all;
    }

  return MIN (0.15, 0.02 * hits);
}

static GHashTable *
cv_stem_set (FpCv *cv)
{
  GHashTable *stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) texts = fp_cv_dup_work_lines (cv, FP_CV_WORK_ALL_ROLES | FP_CV_WORK_SKILLS_SUMMARY, NULL);

  for (guint i = 0; i < texts->len; i++)
    {
      g_autoptr (GPtrArray) tokens = fp_normalize_tokens (g_ptr_array_index (texts, i));

      for (guint k = 0; k < tokens->len; k++)
        g_hash_table_add (stems, fp_normalize_stem (g_ptr_array_index (tokens, k)));
    }

  return stems;
}

static int
compare_tallies (gconstpointer a,
                 gconstpointer b)
{
  const Tally *ta = *(const Tally **) a, *tb = *(const Tally **) b;

  if (ta->score != tb->score)
    return ta->score > tb->score ? -1 : 1;
  return strcmp (ta->isco08, tb->isco08);
}

/* The candidates, best first, each with its confidence: how likely its
 * titles together name it, less when another occupation has nearly as much
 * support. A generic title alone never reaches far (see match_quality()). */
static GPtrArray *
rank (GHashTable *tallies,
      guint       max_results)
{
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) fp_candidate_free);
  g_autoptr (GPtrArray) order = g_ptr_array_new ();
  GHashTableIter iter;
  Tally         *t;

  g_hash_table_iter_init (&iter, tallies);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &t))
    g_ptr_array_add (order, t);
  g_ptr_array_sort (order, compare_tallies);

  for (guint i = 0; i < MIN (order->len, max_results); i++)
    {
      FpCandidate *c = g_new0 (FpCandidate, 1);
      const Tally *best = g_ptr_array_index (order, 0);
      const Tally *rival = g_ptr_array_index (order, i == 0 ? MIN (1, order->len - 1) : 0);
      double       lead;

      t = g_ptr_array_index (order, i);
      /* How far ahead of its nearest rival it stands, 0–1. */
      lead = order->len < 2 ? 1 : CLAMP ((t->score - rival->score) / MAX (best->score, 1e-6), 0, 1);

      c->isco08 = g_strdup (t->isco08);
      c->confidence = (1 - t->doubt) * (0.7 + 0.3 * MIN (1, 4 * lead));
      if (!t->specific)
        c->confidence = MIN (c->confidence, 0.45);
      c->confidence = round (c->confidence * 100) / 100;
      c->cv_title = g_strdup (t->cv_title);
      c->evidence = g_ptr_array_ref (t->evidence);
      g_ptr_array_add (result, c);
    }

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

/* A generic title names no one occupation: the words of the rest of the CV
 * choose among the front runners, by how much they speak the language of
 * each one's titles ("prosjektleder" with "bygg", "anlegg", "byggeplass"
 * manages construction). The confidence stays that of a generic title. */
static void
add_context (FpKb       *kb,
             GHashTable *tallies,
             GPtrArray  *ranked,
             GHashTable *cv_words,
             double      total)
{
  g_autofree const char **codes = g_new0 (const char *, MAX (1, ranked->len));
  g_autofree guint       *hits = g_new0 (guint, MAX (1, ranked->len));
  guint                   most = 0;

  if (ranked->len < 2 || ((Tally *) g_hash_table_lookup (tallies, ((FpCandidate *) g_ptr_array_index (ranked, 0))->isco08))->specific)
    return;

  for (guint i = 0; i < ranked->len; i++)
    codes[i] = ((FpCandidate *) g_ptr_array_index (ranked, i))->isco08;
  fp_kb_count_title_words (kb, cv_words, codes, ranked->len, hits);
  for (guint i = 0; i < ranked->len; i++)
    most = MAX (most, hits[i]);
  for (guint i = 0; most > 0 && i < ranked->len; i++)
    ((Tally *) g_hash_table_lookup (tallies, codes[i]))->score += total * 0.5 * hits[i] / most;
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
#define MIN_ROLE_QUALITY 0.25

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

/* How well the best of the roles' titles names an occupation, 0–1. */
static double
top_quality (GHashTable *tallies)
{
  GHashTableIter iter;
  Tally         *t;
  double         top = 0;

  g_hash_table_iter_init (&iter, tallies);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &t))
    top = MAX (top, t->quality);

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
      if (before == 0 && top_quality (tallies) < MIN_ROLE_QUALITY)
        {
          g_hash_table_remove_all (tallies);
          total = add_titles_in_text (kb, tallies, searched, headline, headline, w);
        }
    }
  if (g_hash_table_size (tallies) > 0 && top_quality (tallies) >= MIN_ROLE_QUALITY)
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
  ranked = rank (tallies, 8);
  for (guint i = 0; i < ranked->len; i++)
    {
      const FpCandidate *c = g_ptr_array_index (ranked, i);
      Tally             *t = g_hash_table_lookup (tallies, c->isco08);

      t->score += total * keyword_support (kb, c->isco08, stems);
    }
  add_context (kb, tallies, ranked, stems, total);

  result = rank (tallies, max_results);
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
  result = rank (tallies, max_results);
  for (guint i = 0; i < result->len; i++)
    ((FpCandidate *) g_ptr_array_index (result, i))->basis = "title";

  return result;
}
