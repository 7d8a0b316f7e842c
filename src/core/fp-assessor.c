/* fp-assessor.c — a CV and an occupation in, an assessment out
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The method is DESIGN.md's: the person's tasks are the occupation's ILO
 * task statements (in our own words), weighted up where the CV shows them;
 * the score is their weighted mean exposure scaled so that the top of the
 * observed task range is 100; a few explained adjustments from the CV move it
 * by at most ten points; the texts are the occupation's own, opened with the
 * person's facts.
 */

#define G_LOG_DOMAIN "fp-assessor"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "fp-assessor.h"
#include "fp-kb.h"
#include "fp-regex.h"
#include "fp-matcher.h"
#include "fp-normalize.h"

#define MAX_EXTRA_TASKS 2
#define MAX_ADJUSTMENT  10
#define MAX_TASKS       10

/* clang-format off */
G_DEFINE_QUARK (fp-assess-error-quark, fp_assess_error)
/* clang-format on */

typedef struct
{
  guint       id;
  double      score;
  JsonObject *text;    /* the authored task, borrowed; NULL for an extra task */
  char       *from_cv; /* the CV line that shows it */
  double      weight;
  char        part;     /* 'a', 'b' … where one ILO task is told as several lines */
  const char *activity; /* an extra task's activity, from the lexicon */
  const char *activity_nb;
} Task;

static void
task_clear (Task *task)
{
  g_free (task->from_cv);
}

/* The activity lexicon, from the knowledge base: phrases (as stems joined
 * by spaces) that CV lines use for kinds of work, with an exposure each. */
typedef struct
{
  const char *stems;
  guint       n_words;
  double      exposure;
  const char *en;
  const char *nb;
} Activity;

static GArray *
get_lexicon (void)
{
  static GArray *lexicon;

  if (g_once_init_enter (&lexicon))
    {
      FpKb   *kb = fp_kb_get_default ();
      guint   n = fp_kb_get_n_activities (kb);
      GArray *activities = g_array_sized_new (FALSE, TRUE, sizeof (Activity), n);

      g_array_set_size (activities, n);
      for (guint i = 0; i < n; i++)
        {
          Activity *a = &g_array_index (activities, Activity, i);

          fp_kb_get_activity (kb, i, &a->stems, &a->exposure, &a->en, &a->nb);
          a->n_words = 1;
          for (const char *p = a->stems; *p != '\0'; p++)
            a->n_words += *p == ' ';
        }

      g_once_init_leave (&lexicon, activities);
    }

  return lexicon;
}

/* Whether the words of @phrase stand in @stems from @at on. */
static gboolean
phrase_at (const char *phrase,
           GPtrArray  *stems,
           guint       at)
{
  for (const char *p = phrase; TRUE; at++)
    {
      const char *word = g_ptr_array_index (stems, at);
      gsize       len = strcspn (p, " ");

      if (strncmp (word, p, len) != 0 || word[len] != '\0')
        return FALSE;
      if (p[len] == '\0')
        return TRUE;
      p += len + 1;
    }
}

/* The longest lexicon phrase whose words stand together in @stems. */
static const Activity *
find_activity (GPtrArray *stems)
{
  GArray         *lexicon = get_lexicon ();
  const Activity *best = NULL;

  for (guint i = 0; i < lexicon->len; i++)
    {
      const Activity *a = &g_array_index (lexicon, Activity, i);

      if ((best != NULL && a->n_words <= best->n_words) || a->n_words > stems->len)
        continue;
      for (guint at = 0; at + a->n_words <= stems->len; at++)
        if (*(const char *) g_ptr_array_index (stems, at) == a->stems[0] && phrase_at (a->stems, stems, at))
          {
            best = a;
            break;
          }
    }

  return best;
}

/**
 * fp_assess_default_language:
 *
 * Returns: Norwegian when the user's language is Norwegian (Bokmål, Nynorsk
 *   or just "no"), English otherwise: the default language of assessments
 */
FpLang
fp_assess_default_language (void)
{
  const char *const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "nb") || g_str_has_prefix (names[i], "nn") ||
          g_str_has_prefix (names[i], "no"))
        return FP_LANG_NB;
      if (g_str_has_prefix (names[i], "en"))
        return FP_LANG_EN;
    }

  return FP_LANG_EN;
}

static const char *
text_in (JsonObject *pair,
         FpLang      lang)
{
  if (pair == NULL)
    return "";
  return json_object_get_string_member_with_default (pair, fp_lang_to_string (lang), "");
}

static const char *
member_text (JsonObject *object,
             const char *member,
             FpLang      lang)
{
  if (object == NULL || !json_object_has_member (object, member))
    return "";
  return text_in (json_object_get_object_member (object, member), lang);
}

/* Fills {title}, {years}, {auto} and {n} in a phrase. */
static char *
fill (const char *phrase,
      const char *title,
      const char *years,
      guint       n_auto,
      guint       n_tasks)
{
  GString         *out = g_string_new (phrase);
  g_autofree char *auto_s = g_strdup_printf ("%u", n_auto);
  g_autofree char *n_s = g_strdup_printf ("%u", n_tasks);

  g_string_replace (out, "{title}", title != NULL ? title : "", 0);
  g_string_replace (out, "{years}", years != NULL ? years : "", 0);
  g_string_replace (out, "{auto}", auto_s, 0);
  g_string_replace (out, "{n}", n_s, 0);

  return g_string_free (out, FALSE);
}

/* Inside a sentence a title is in lower case where the person wrote it with
 * capitals only at the start of words ("Registered Nurse", "Senior
 * Backendutvikler"); acronyms and words with capitals inside ("IT-konsulent",
 * "UX", "DevOps") keep them. */
static char *
title_in_sentence (const char *title)
{
  g_auto (GStrv) words = g_strsplit (title, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *rest = g_utf8_next_char (words[i]);
      gboolean    caps_inside = FALSE;

      if (*words[i] == '\0' || !g_unichar_isupper (g_utf8_get_char (words[i])))
        continue;
      for (const char *p = rest; *p != '\0' && !caps_inside; p = g_utf8_next_char (p))
        caps_inside = g_unichar_isupper (g_utf8_get_char (p));
      if (!caps_inside)
        {
          char *lower = g_utf8_strdown (words[i], rest - words[i]);
          char *word = g_strconcat (lower, rest, NULL);

          g_free (lower);
          g_free (words[i]);
          words[i] = word;
        }
    }

  return g_strjoinv (" ", words);
}

static FpMark
mark_for (double score)
{
  if (score >= FP_AUTOMATED_FROM)
    return FP_MARK_AUTOMATED;
  if (score >= FP_CHANGING_FROM)
    return FP_MARK_CHANGING;
  return FP_MARK_SAFE;
}

static FpLevel
level_for (int score)
{
  if (score >= 60)
    return FP_LEVEL_HIGH;
  if (score >= 35)
    return FP_LEVEL_MODERATE;
  return FP_LEVEL_LOW;
}

static GHashTable *
stems_of (const char *text)
{
  GHashTable *stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray) tokens = fp_normalize_tokens (text);

  for (guint i = 0; i < tokens->len; i++)
    g_hash_table_add (stems, fp_normalize_stem (g_ptr_array_index (tokens, i)));

  return stems;
}

/* How many of a task's keywords a CV line holds. */
static guint
keyword_hits (GPtrArray  *keywords,
              GHashTable *line_stems)
{
  guint hits = 0;

  for (guint i = 0; i < keywords->len; i++)
    {
      char   **stems = g_ptr_array_index (keywords, i);
      gboolean all = TRUE;

      for (guint k = 0; stems[k] != NULL && all; k++)
        all = g_hash_table_contains (line_stems, stems[k]);
      hits += all;
    }

  return hits;
}

static void
match_tasks_to_cv (GArray *tasks,
                   FpCv   *cv)
{
  guint n_recent = 0;
  g_autoptr (GPtrArray) lines = cv != NULL ? fp_cv_dup_work_lines (cv, FP_CV_WORK_ALL_ROLES, &n_recent)
                                           : g_ptr_array_new ();
  g_autoptr (GArray) extras = g_array_new (FALSE, TRUE, sizeof (Task));
  g_autoptr (GPtrArray) keywords = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  guint n_extra = 0;

  for (guint t = 0; t < tasks->len; t++)
    g_ptr_array_add (keywords, fp_kb_task_keyword_stems (g_array_index (tasks, Task, t).text));

  for (guint l = 0; l < lines->len; l++)
    {
      g_autoptr (GHashTable) stems = stems_of (g_ptr_array_index (lines, l));
      guint best_hits = 0;
      Task *best = NULL;

      for (guint t = 0; t < tasks->len; t++)
        {
          Task *task = &g_array_index (tasks, Task, t);
          guint hits = keyword_hits (g_ptr_array_index (keywords, t), stems);

          if (hits > best_hits)
            {
              best_hits = hits;
              best = task;
            }
        }

      /* A line shows one task at most; a task keeps the first line that shows it. */
      if (best != NULL && best->from_cv == NULL)
        {
          best->from_cv = g_strdup (g_ptr_array_index (lines, l));
          best->weight *= 2;
        }
      else if (best == NULL && n_extra < MAX_EXTRA_TASKS && l < n_recent)
        {
          /* Work the occupation's tasks do not cover: scored from the
           * activity lexicon. */
          g_autoptr (GPtrArray) tokens = fp_normalize_tokens (g_ptr_array_index (lines, l));
          g_autoptr (GPtrArray) line_stems = g_ptr_array_new_with_free_func (g_free);
          const Activity *activity;

          for (guint k = 0; k < tokens->len; k++)
            g_ptr_array_add (line_stems, fp_normalize_stem (g_ptr_array_index (tokens, k)));
          activity = find_activity (line_stems);
          if (activity != NULL)
            {
              Task extra = { 0 };

              extra.id = 100 + n_extra++;
              extra.score = activity->exposure;
              extra.from_cv = g_strdup (g_ptr_array_index (lines, l));
              extra.weight = 1.5;
              extra.activity = activity->en;
              extra.activity_nb = activity->nb;
              g_array_append_val (extras, extra);
            }
        }
    }

  g_array_append_vals (tasks, extras->data, extras->len);
  /* The extras' strings now belong to @tasks. */
  g_array_set_size (extras, 0);
}

static int
compare_tasks (gconstpointer a,
               gconstpointer b)
{
  const Task *ta = a, *tb = b;

  /* The tasks the CV shows first, then the occupation's own order. */
  if ((ta->from_cv != NULL) != (tb->from_cv != NULL))
    return ta->from_cv != NULL ? -1 : 1;
  return (int) ta->id - (int) tb->id;
}

typedef struct
{
  const char *id;
  int         delta;
  const char *pattern;
  gboolean    in_titles; /* look in the roles' titles, not the whole CV */
} Rule;

/* Explained adjustments: what the CV shows that the occupation's average does
 * not. Each is a case-insensitive pattern over the CV's words. */
static const Rule rules[] = {
  { "leadership", -3,
    "\\b(leder|leiar|manager|head of|sjef|director|direktør|teamleder|team lead|tech lead|"
    "supervisor|formann|arbeidsleder|avdelingsleder|daglig leder|ward manager|charge nurse)\\b",
    TRUE },
  { "leadership", -3,
    "\\b(led a team|lead a team|leading a team|managed a team|ledet (et|en) (team|gruppe|avdeling)|"
    "personalansvar|line manager|veileder \\w+ (junior|nye)|mentor(ed)? )",
    FALSE },
  { "hands_on", -2,
    "\\b(install(ed|ing)?|repair(ed|ing)?|assembl(ed|ing)|weld(ed|ing)|lift(ed|ing)|"
    "monter(te|t|ing)|reparer(te|t)|sveis(et|ing)|snekr(et|ing)|installer(te|t)|mur(te|ing)|"
    "legg(e|ing) (av )?(rør|fliser|gulv))\\b",
    FALSE },
  { "care", -2,
    "\\b(patients?|pasient(er|ene)?|beboere?|residents|care for|pleie|omsorg|sårstell|stell|"
    "end-of-life|palliative|children|barna?|elever|pupils)\\b",
    FALSE },
  { "regulated", -1,
    "\\b(autorisasjon|autorisert|authori[sz]ed|licen[cs]ed|chartered|statsautorisert|fagbrev|"
    "svennebrev|registered nurse|controlled drugs|legemiddelhåndtering|signing authority)\\b",
    FALSE },
  { "ai_skills", -3,
    "\\b(machine learning|maskinlæring|ai|ki|artificial intelligence|kunstig intelligens|llms?|"
    "data science|deep learning|prompt engineering|pytorch|tensorflow|copilot|ki-assistent(er)?|"
    "språkmodell(er)?)\\b",
    FALSE },
  { "routine", 3,
    "\\b(data entry|registrer(te|ing) (av )?(bilag|data|fakturaer)|punching|fakturering|invoicing|"
    "bokfør(te|ing)|posting|filing|arkivering|transcri(bed|ption)|copy typing|avstemming|"
    "reconcil(ed|iation))\\b",
    FALSE },
};

static void
add_adjustments (JsonBuilder *b,
                 FpCv        *cv,
                 const char  *isco08,
                 JsonObject  *context,
                 FpLang       lang,
                 int         *total)
{
  g_autoptr (GString) all = g_string_new (NULL);
  g_autoptr (GString) titles = g_string_new (NULL);
  g_autoptr (GHashTable) done = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) work = NULL;
  GPtrArray *jobs = fp_cv_get_jobs (cv);
  gboolean   physical = isco08[0] >= '5' || (context != NULL && json_object_has_member (context, "hands_on"));
  gboolean   caring = isco08[0] == '2' || isco08[0] == '3' || isco08[0] == '5' ||
                    (context != NULL && json_object_has_member (context, "care"));

  /* Only what the person does now or did lately says who they are now. */
  for (guint i = 0; i < jobs->len; i++)
    {
      const FpCvJob *job = g_ptr_array_index (jobs, i);

      if ((job->current || i <= 1) && job->title != NULL)
        g_string_append_printf (titles, "%s\n", job->title);
    }
  work = fp_cv_dup_work_lines (cv, FP_CV_WORK_RECENT_ROLES | FP_CV_WORK_SKILLS_SUMMARY, NULL);
  for (guint i = 0; i < work->len; i++)
    g_string_append_printf (all, "%s\n", (char *) g_ptr_array_index (work, i));
  if (fp_cv_get_headline (cv) != NULL)
    g_string_append_printf (titles, "%s\n", fp_cv_get_headline (cv));

  if (fp_cv_get_total_months (cv) >= 120)
    {
      g_hash_table_add (done, (gpointer) "seniority");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, "seniority");
      json_builder_set_member_name (b, "delta");
      json_builder_add_int_value (b, -2);
      json_builder_set_member_name (b, "reason");
      json_builder_add_string_value (b, fp_kb_phrase ("adjust_seniority", lang));
      json_builder_end_object (b);
      *total -= 2;
    }

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      const Rule      *rule = &rules[i];
      g_autofree char *phrase_id = g_strconcat ("adjust_", rule->id, NULL);

      if (g_hash_table_contains (done, rule->id))
        continue;
      if (g_str_equal (rule->id, "hands_on") && !physical)
        continue;
      if (g_str_equal (rule->id, "care") && !caring)
        continue;
      if (!fp_regex_match (rule->pattern, rule->in_titles ? titles->str : all->str,
                           G_REGEX_CASELESS | G_REGEX_MULTILINE, 0))
        continue;
      /* No more than ten points in all, either way. */
      if (ABS (*total + rule->delta) > MAX_ADJUSTMENT)
        continue;

      g_hash_table_add (done, (gpointer) rule->id);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, rule->id);
      json_builder_set_member_name (b, "delta");
      json_builder_add_int_value (b, rule->delta);
      json_builder_set_member_name (b, "reason");
      json_builder_add_string_value (b, fp_kb_phrase (phrase_id, lang));
      json_builder_end_object (b);
      *total += rule->delta;
    }
}

static void
add_string (JsonBuilder *b,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_string_value (b, value);
}

static double
round_to (double value,
          int    decimals)
{
  double f = pow (10, decimals);

  return round (value * f) / f;
}

/* The STYRK-08 occupation of @unit that the person's @title names, where
 * STYRK is finer than ISCO ("vernepleier" is STYRK 2224 in ISCO 2221);
 * else the first. Returns its index in the unit's STYRK codes. */
static guint
choose_styrk (const FpKbUnit *unit,
              const char     *title)
{
  g_autofree char *key = title != NULL ? fp_normalize_key (title) : NULL;

  for (guint i = 0; key != NULL && i < unit->n_styrk; i++)
    {
      g_autofree char *styrk = fp_normalize_key (unit->styrk08_titles[i]);
      gsize            len = strlen (styrk);

      /* STYRK names are plural: "Vernepleiere", "Bilmekanikere". */
      if (g_str_equal (styrk, key) ||
          (len > 1 && styrk[len - 1] == 'e' && strlen (key) == len - 1 && strncmp (styrk, key, len - 1) == 0))
        return i;
    }

  return 0;
}

/* What an assessment rests on, worked out before any of it is written. */
typedef struct
{
  const FpKbUnit    *unit;
  FpCv              *cv;
  const char        *file_name;
  GPtrArray         *candidates;
  const FpCandidate *chosen;
  const char        *cv_title;
  const char        *basis;
  FpLang             lang;
  JsonObject        *text;
  GArray            *tasks;
  guint              n_shown;
  guint              n_auto;
  guint              styrk;
  double             confidence;
  double             ilo_part;      /* the tasks' ILO scores, 0–100 */
  double             observed_part; /* observed use, on the same scale */
  int                base;
  int                score;
  int                low;
  int                high;
  FpLevel            level;
  JsonNode          *adjustments;
} Assessing;

static void
assessing_clear (Assessing *a)
{
  g_clear_pointer (&a->text, json_object_unref);
  g_clear_pointer (&a->tasks, g_array_unref);
  g_clear_pointer (&a->adjustments, json_node_unref);
}

static JsonObject *
text_member (JsonObject *text,
             const char *member)
{
  if (text == NULL || !json_object_has_member (text, member))
    return NULL;
  return json_object_get_object_member (text, member);
}

/* A unit with fewer than four ILO tasks may tell one of them as two lines:
 * together they weigh as one task, and their ids get a letter. */
static void
share_split_tasks (GArray *tasks)
{
  for (guint i = 0; i < tasks->len; i++)
    {
      Task *t = &g_array_index (tasks, Task, i);
      guint n = 0, nth = 0;

      for (guint k = 0; k < tasks->len; k++)
        {
          n += g_array_index (tasks, Task, k).id == t->id;
          nth += k < i && g_array_index (tasks, Task, k).id == t->id;
        }
      if (n > 1)
        {
          t->weight = 1.0 / n;
          t->part = (char) ('a' + nth);
        }
    }
}

/* The authored tasks, with the unit's ILO scores. */
static GArray *
collect_tasks (const FpKbUnit *unit,
               JsonObject     *text)
{
  GArray    *tasks = g_array_new (FALSE, TRUE, sizeof (Task));
  JsonArray *authored;

  g_array_set_clear_func (tasks, (GDestroyNotify) task_clear);
  if (text == NULL || !json_object_has_member (text, "tasks"))
    return tasks;

  authored = json_object_get_array_member (text, "tasks");
  for (guint i = 0; i < json_array_get_length (authored); i++)
    {
      JsonObject *t = json_array_get_object_element (authored, i);
      Task        task = { .text = t, .weight = 1.0 };
      guint       id = (guint) json_object_get_int_member_with_default (t, "ilo", 0);

      for (guint k = 0; k < unit->n_tasks; k++)
        if (unit->tasks[k].id == id)
          {
            task.id = id;
            task.score = unit->tasks[k].score;
          }
      if (task.id != 0)
        g_array_append_val (tasks, task);
    }
  share_split_tasks (tasks);

  return tasks;
}

/* The weighted mean and variance of the person's tasks; the unit's ILO tasks
 * if it has no texts. */
static void
score_tasks (const Assessing *a,
             double          *mean,
             double          *variance)
{
  double sum = 0, weights = 0, var = 0;

  if (a->tasks->len == 0)
    {
      for (guint k = 0; k < a->unit->n_tasks; k++)
        sum += a->unit->tasks[k].score;
      weights = a->unit->n_tasks;
      *mean = weights > 0 ? sum / weights : a->unit->mean;
      for (guint k = 0; k < a->unit->n_tasks; k++)
        var += pow (a->unit->tasks[k].score - *mean, 2);
      *variance = var / MAX (weights, 1);
      return;
    }

  for (guint i = 0; i < a->tasks->len; i++)
    {
      const Task *t = &g_array_index (a->tasks, Task, i);

      sum += t->weight * t->score;
      weights += t->weight;
    }
  *mean = sum / weights;
  for (guint i = 0; i < a->tasks->len; i++)
    {
      const Task *t = &g_array_index (a->tasks, Task, i);

      var += t->weight * pow (t->score - *mean, 2);
    }
  *variance = var / weights;
}

/* The level never says more, or less, than the ILO's own class for the
 * occupation: not exposed is low, minimal at most moderate, and the two
 * highest gradients at least moderate. */
static int
bound_by_ilo_class (int         score,
                    const char *gradient)
{
  if (g_str_equal (gradient, "not_exposed"))
    return MIN (score, 34);
  if (g_str_equal (gradient, "minimal"))
    return MIN (score, 59);
  if (g_str_equal (gradient, "exposed_3") || g_str_equal (gradient, "exposed_4"))
    return MAX (score, 35);
  return score;
}

/* Where the person's STYRK-08 occupation is finer than the unit group and
 * has texts of its own (vernepleier in 2221), they stand in for the unit's. */
static void
apply_styrk_texts (Assessing *a)
{
  JsonObject *variants = text_member (a->text, "styrk");
  JsonObject *variant;
  g_autoptr (GList) members = NULL;

  if (variants == NULL || a->unit->n_styrk == 0 || !json_object_has_member (variants, a->unit->styrk08[a->styrk]))
    return;

  variant = json_object_get_object_member (variants, a->unit->styrk08[a->styrk]);
  members = json_object_get_members (variant);
  for (GList *m = members; m != NULL; m = m->next)
    json_object_set_member (a->text, m->data, json_node_copy (json_object_get_member (variant, m->data)));
}

static void
compute (Assessing *a)
{
  g_autoptr (JsonBuilder) adj = json_builder_new ();
  double mean, variance;
  int    adjustment = 0, half;

  a->text = fp_kb_dup_text (fp_kb_get_default (), a->unit->isco08);
  a->styrk = choose_styrk (a->unit, a->cv_title);
  apply_styrk_texts (a);
  a->confidence = 1.0;
  for (guint i = 0; a->candidates != NULL && i < a->candidates->len; i++)
    if (g_str_equal (((FpCandidate *) g_ptr_array_index (a->candidates, i))->isco08, a->unit->isco08))
      a->chosen = g_ptr_array_index (a->candidates, i);
  if (a->chosen != NULL)
    a->confidence = a->chosen->confidence;

  a->tasks = collect_tasks (a->unit, a->text);
  if (a->cv != NULL)
    match_tasks_to_cv (a->tasks, a->cv);
  g_array_sort (a->tasks, compare_tasks);
  a->n_shown = MIN (a->tasks->len, MAX_TASKS);
  for (guint i = 0; i < a->n_shown; i++)
    a->n_auto += mark_for (g_array_index (a->tasks, Task, i).score) == FP_MARK_AUTOMATED;

  score_tasks (a, &mean, &variance);
  /* Two independent sources, standardised onto one scale: what generative
   * AI could do in the person's tasks, and how much it is used in such work. */
  a->ilo_part = CLAMP (100 * mean / FP_SCORE_TOP, 0, 100);
  a->observed_part = CLAMP (100 * a->unit->observed_on_ilo_scale / FP_SCORE_TOP, 0, 100);
  a->base = (int) round ((1 - FP_OBSERVED_WEIGHT) * a->ilo_part + FP_OBSERVED_WEIGHT * a->observed_part);

  json_builder_begin_array (adj);
  if (a->cv != NULL)
    add_adjustments (adj, a->cv, a->unit->isco08, text_member (a->text, "context"), a->lang, &adjustment);
  json_builder_end_array (adj);
  a->adjustments = json_builder_get_root (adj);

  a->score = bound_by_ilo_class (CLAMP (a->base + adjustment, 0, 100), a->unit->gradient);
  a->level = level_for (a->score);
  half = (int) CLAMP (round (100 * sqrt (variance) / FP_SCORE_TOP * 0.5 + (1 - a->confidence) * 10), 3, 15);
  a->low = MAX (0, a->score - half);
  a->high = MIN (100, a->score + half);
}

/* English needs "a" or "an" before a title; the sound decides, so a few
 * spellings are exceptions ("a user", "an hour", "an IT consultant"). */
static const char *
english_article (const char *title)
{
  static const char *const a_before[] = { "uni", "use", "usu", "uti", "eu", "one", "ur", NULL };
  static const char *const an_before[] = { "hour", "honest", "honour", "heir", NULL };
  g_autofree char         *lower = g_utf8_strdown (title, -1);
  const char              *end = title;

  while (*end != '\0' && *end != ' ' && *end != '-')
    end++;
  /* An acronym is read letter by letter: "an HR adviser", "a UX designer". */
  if (end - title >= 2 && g_ascii_isupper (title[0]) && g_ascii_isupper (title[1]))
    return strchr ("AEFHILMNORSX", title[0]) != NULL ? "an" : "a";
  for (guint i = 0; a_before[i] != NULL; i++)
    if (g_str_has_prefix (lower, a_before[i]))
      return "a";
  for (guint i = 0; an_before[i] != NULL; i++)
    if (g_str_has_prefix (lower, an_before[i]))
      return "an";
  return strchr ("aeiou", lower[0]) != NULL ? "an" : "a";
}

/* One person doing the work, as it reads inside a sentence in @lang: the
 * person's own title (@cv_title) where there is one, else the occupation's
 * name for one person ("sykepleier", "a nurse"). */
static char *
person_phrase (const char     *cv_title,
               JsonObject     *text,
               const FpKbUnit *unit,
               FpLang          lang)
{
  g_autofree char *person = NULL;
  const char      *own = member_text (text, "person", lang);

  if (cv_title != NULL)
    person = title_in_sentence (cv_title);
  else if (*own != '\0')
    person = g_strdup (own);
  else
    person = title_in_sentence (fp_kb_unit_get_title (unit, lang));

  if (lang == FP_LANG_EN)
    return g_strconcat (english_article (person), " ", person, NULL);
  return g_steal_pointer (&person);
}

static char *
person_in_sentence (const Assessing *a)
{
  return person_phrase (a->cv_title, a->text, a->unit, a->lang);
}

/**
 * fp_assess_person_in:
 * @assessment: an assessment
 * @lang: a language, which need not be @assessment's
 *
 * Returns: (transfer full): who @assessment is about, as a sentence in @lang
 *   names one person: their own title, else the occupation's name for one
 *   person, with the English article ("a nurse")
 */
char *
fp_assess_person_in (FpAssessment *assessment,
                     FpLang        lang)
{
  JsonObject     *occupation = fp_assessment_get_occupation (assessment);
  const char     *isco08 = fp_assessment_get_isco08 (assessment);
  const FpKbUnit *unit = fp_kb_lookup_isco (fp_kb_get_default (), isco08);
  g_autoptr (JsonObject) text = fp_kb_dup_text (fp_kb_get_default (), isco08);
  const char *cv_title = json_object_get_string_member_with_default (occupation, "cv_title", NULL);

  if (unit == NULL)
    return g_strdup (fp_assessment_get_person (assessment));
  return person_phrase (cv_title, text, unit, lang);
}

/**
 * fp_assess_task_text:
 * @task_id: a task's id in an assessment ("2221-03", "4414-03b")
 * @lang: the language
 *
 * Returns: (transfer full) (nullable): the occupation's task in @lang, or
 *   %NULL where @task_id is none (a line of the CV)
 */
char *
fp_assess_task_text (const char *task_id,
                     FpLang      lang)
{
  g_autofree char *isco08 = g_strndup (task_id, 4);
  g_autoptr (JsonObject) text = NULL;
  JsonArray *tasks;
  char      *end = NULL;
  guint64    ilo;
  guint      nth = 0;

  if (strlen (task_id) < 7 || task_id[4] != '-' || !g_ascii_isdigit (task_id[5]))
    return NULL;
  ilo = g_ascii_strtoull (task_id + 5, &end, 10);
  if (*end >= 'a' && *end <= 'z')
    nth = (guint) (*end - 'a');
  text = fp_kb_dup_text (fp_kb_get_default (), isco08);
  tasks = text != NULL && json_object_has_member (text, "tasks") ? json_object_get_array_member (text, "tasks") : NULL;
  for (guint i = 0; tasks != NULL && i < json_array_get_length (tasks); i++)
    {
      JsonObject *task = json_array_get_object_element (tasks, i);

      if ((guint64) json_object_get_int_member_with_default (task, "ilo", 0) == ilo && nth-- == 0)
        return g_strdup (member_text (task, "text", lang));
    }

  return NULL;
}

static void
write_source (JsonBuilder     *b,
              const Assessing *a)
{
  if (a->cv == NULL)
    return;
  json_builder_set_member_name (b, "source");
  json_builder_begin_object (b);
  if (a->file_name != NULL)
    add_string (b, "file", a->file_name);
  json_builder_set_member_name (b, "pages");
  json_builder_add_int_value (b, fp_cv_get_n_pages (a->cv));
  json_builder_set_member_name (b, "roles");
  json_builder_add_int_value (b, fp_cv_get_jobs (a->cv)->len);
  add_string (b, "cv_lang", fp_cv_get_language (a->cv));
  json_builder_end_object (b);
}

/* What the result rests on, in a sentence: the CV (and which part of it),
 * the person's choice (and whether the CV still counts), a title, a code. */
static char *
basis_sentence (const Assessing *a)
{
  g_autofree char *id = NULL;
  g_autofree char *n = NULL;
  GString         *s;
  guint            n_roles = a->cv != NULL ? fp_cv_get_jobs (a->cv)->len : 0;

  if (g_str_equal (a->basis, "chosen"))
    id = g_strdup (a->cv != NULL ? "basis_chosen_cv" : "basis_chosen_title");
  else if (g_str_equal (a->basis, "roles"))
    id = g_strdup (n_roles == 1 ? "basis_roles_one" : "basis_roles");
  else
    id = g_strconcat ("basis_", a->basis, NULL);

  s = g_string_new (fp_kb_phrase (id, a->lang));
  n = g_strdup_printf ("%u", n_roles);
  g_string_replace (s, "{n}", n, 0);
  return g_string_free (s, FALSE);
}

static void
write_candidates (JsonBuilder     *b,
                  const Assessing *a)
{
  json_builder_set_member_name (b, "candidates");
  json_builder_begin_array (b);
  for (guint i = 0; a->candidates != NULL && i < a->candidates->len; i++)
    {
      const FpCandidate *c = g_ptr_array_index (a->candidates, i);
      const FpKbUnit    *u = fp_kb_lookup_isco (fp_kb_get_default (), c->isco08);

      json_builder_begin_object (b);
      add_string (b, "isco08", c->isco08);
      add_string (b, "title", fp_kb_unit_get_title (u, a->lang));
      json_builder_set_member_name (b, "confidence");
      json_builder_add_double_value (b, round_to (c->confidence, 2));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
write_occupation (JsonBuilder     *b,
                  const Assessing *a)
{
  const FpKbUnit  *unit = a->unit;
  g_autofree char *basis = basis_sentence (a);
  const char      *person = member_text (a->text, "person", a->lang);

  json_builder_set_member_name (b, "occupation");
  json_builder_begin_object (b);
  add_string (b, "isco08", unit->isco08);
  add_string (b, "styrk08", unit->n_styrk > 0 ? unit->styrk08[a->styrk] : "");
  if (unit->n_styrk > 0)
    add_string (b, "styrk08_title", unit->styrk08_titles[a->styrk]);
  /* In Norwegian, the STYRK-08 name where it is finer (vernepleiere). */
  add_string (b, "title",
              a->styrk > 0 && a->lang == FP_LANG_NB ? unit->styrk08_titles[a->styrk]
                                                    : fp_kb_unit_get_title (unit, a->lang));
  add_string (b, "title_en", unit->title_en);
  add_string (b, "title_nb", unit->title_nb);
  if (*person != '\0')
    add_string (b, "person", person);
  if (a->cv_title != NULL)
    add_string (b, "cv_title", a->cv_title);
  add_string (b, "basis", a->basis);
  add_string (b, "basis_text", basis);
  json_builder_set_member_name (b, "confidence");
  json_builder_add_double_value (b, round_to (a->confidence, 2));
  add_string (b, "ilo_gradient", unit->gradient);
  json_builder_set_member_name (b, "ilo_mean");
  json_builder_add_double_value (b, round_to (unit->mean, 4));
  json_builder_set_member_name (b, "evidence");
  json_builder_begin_array (b);
  for (guint i = 0; a->chosen != NULL && i < a->chosen->evidence->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (a->chosen->evidence, i));
  json_builder_end_array (b);
  write_candidates (b, a);
  json_builder_end_object (b);
}

static void
write_score (JsonBuilder     *b,
             const Assessing *a)
{
  g_autofree char *id = g_strconcat ("level_", fp_level_to_string (a->level), NULL);

  json_builder_set_member_name (b, "score");
  json_builder_add_int_value (b, a->score);
  json_builder_set_member_name (b, "score_base");
  json_builder_add_int_value (b, a->base);
  json_builder_set_member_name (b, "range");
  json_builder_begin_array (b);
  json_builder_add_int_value (b, a->low);
  json_builder_add_int_value (b, a->high);
  json_builder_end_array (b);
  add_string (b, "level", fp_level_to_string (a->level));
  add_string (b, "level_label", fp_kb_phrase (id, a->lang));
}

/* How much AI is used in such work today, in words: by the third of all
 * occupations it falls in. */
static FpLevel
observed_level (const FpKbUnit *unit)
{
  if (unit->observed_percentile >= 67)
    return FP_LEVEL_HIGH;
  if (unit->observed_percentile >= 34)
    return FP_LEVEL_MODERATE;
  return FP_LEVEL_LOW;
}

/* The second, independent source beside the ILO's: what the score is made
 * of, and the observed use itself. */
static void
write_observed (JsonBuilder     *b,
                const Assessing *a)
{
  g_autofree char *id = g_strconcat ("observed_", fp_level_to_string (observed_level (a->unit)), NULL);

  json_builder_set_member_name (b, "score_parts");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "ilo");
  json_builder_add_int_value (b, (gint64) round (a->ilo_part));
  json_builder_set_member_name (b, "observed");
  json_builder_add_int_value (b, (gint64) round (a->observed_part));
  json_builder_set_member_name (b, "observed_weight");
  json_builder_add_double_value (b, FP_OBSERVED_WEIGHT);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "observed");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "ai_applicability");
  json_builder_add_double_value (b, round_to (a->unit->observed, 4));
  json_builder_set_member_name (b, "percentile");
  json_builder_add_int_value (b, (gint64) a->unit->observed_percentile);
  add_string (b, "level", fp_level_to_string (observed_level (a->unit)));
  add_string (b, "level_label", fp_kb_phrase (id, a->lang));
  add_string (b, "source", "microsoft2025");
  if (a->unit->observed_from_group != NULL)
    add_string (b, "from_group", a->unit->observed_from_group);
  json_builder_end_object (b);
}

/* Where the two sources part, one sentence on what that means for the
 * person; NULL where they agree. */
static const char *
observed_sentence (const Assessing *a)
{
  if (a->observed_part < a->ilo_part - 12)
    return fp_kb_phrase ("observed_lags", a->lang);
  if (a->observed_part > a->ilo_part + 12)
    return fp_kb_phrase ("observed_leads", a->lang);
  return NULL;
}

/* The years of work the CV shows in all, not in this occupation alone. */
static char *
years_phrase (const Assessing *a)
{
  guint            y;
  g_autofree char *n = NULL;
  GString         *s;

  if (a->cv == NULL || fp_cv_get_total_months (a->cv) < 12)
    return NULL;
  y = fp_cv_get_total_months (a->cv) / 12;
  n = g_strdup_printf ("%u", y);
  s = g_string_new (fp_kb_phrase (y == 1 ? "years_one" : "years_many", a->lang));
  g_string_replace (s, "{years}", n, 0);
  return g_string_free (s, FALSE);
}

static void
write_prose (JsonBuilder     *b,
             const Assessing *a)
{
  JsonObject      *blocks = text_member (a->text, "narrative");
  g_autofree char *person = person_in_sentence (a);
  g_autofree char *years = years_phrase (a);
  gboolean         none = a->level == FP_LEVEL_HIGH && a->n_auto == 0;
  g_autofree char *opener_id = g_strconcat ("opener_", fp_level_to_string (a->level), none ? "_none" : "", years != NULL ? "_years" : "", NULL);
  g_autofree char *headline = fill (fp_kb_phrase ("headline", a->lang), person, NULL, 0, 0);
  g_autofree char *subtitle = fill (fp_kb_phrase ("subtitle", a->lang), person, NULL, 0, 0);
  g_autofree char *opener = fill (fp_kb_phrase (opener_id, a->lang), person, years, a->n_auto, a->n_shown);
  const char      *parts[] = { opener, observed_sentence (a), member_text (blocks, "exposure", a->lang),
                               member_text (blocks, "shift", a->lang), member_text (blocks, "who", a->lang) };
  g_autoptr (GString) narrative = g_string_new (NULL);

  /* A sentence starts with a capital even where the person's title does not. */
  headline[0] = g_ascii_toupper (headline[0]);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL && *parts[i] != '\0')
      g_string_append_printf (narrative, "%s%s", narrative->len > 0 ? " " : "", parts[i]);
  add_string (b, "headline", headline);
  add_string (b, "subtitle", subtitle);
  add_string (b, "narrative", narrative->str);
}

static void
write_context (JsonBuilder     *b,
               const Assessing *a)
{
  static const char *const order[] = { "screen", "hands_on", "care", "customer", "outdoors",
                                       "regulated", "creative", "management", NULL };
  JsonObject              *context = text_member (a->text, "context");

  json_builder_set_member_name (b, "context");
  json_builder_begin_array (b);
  for (guint i = 0; context != NULL && order[i] != NULL; i++)
    {
      g_autofree char *phrase_id = g_strconcat ("context_", order[i], NULL);

      if (!json_object_has_member (context, order[i]))
        continue;
      json_builder_begin_object (b);
      add_string (b, "id", order[i]);
      add_string (b, "title", fp_kb_phrase (phrase_id, a->lang));
      add_string (b, "text", member_text (context, order[i], a->lang));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

/* An extra task from the CV: its own line, and why it is marked so. */
static void
write_extra_task (JsonBuilder     *b,
                  const Assessing *a,
                  const Task      *t)
{
  g_autofree char *id = g_strdup_printf ("cv-%02u", t->id - 99);
  const char      *mark = fp_mark_to_string (mark_for (t->score));
  g_autofree char *phrase_id = g_strconcat ("extra_", mark, NULL);
  g_autofree char *mark_id = g_strconcat ("mark_", mark, NULL);
  g_autoptr (GString) reason = g_string_new (fp_kb_phrase (phrase_id, a->lang));

  g_string_replace (reason, "{activity}", a->lang == FP_LANG_NB ? t->activity_nb : t->activity, 0);
  add_string (b, "id", id);
  add_string (b, "text", t->from_cv);
  add_string (b, "mark", mark);
  add_string (b, "mark_label", fp_kb_phrase (mark_id, a->lang));
  add_string (b, "reason", reason->str);
}

static void
write_task (JsonBuilder     *b,
            const Assessing *a,
            const Task      *t)
{
  g_autofree char *id = g_strdup_printf ("%s-%02u%.1s", a->unit->isco08, t->id,
                                         t->part != '\0' ? &t->part : "");
  const char      *mark = fp_mark_to_string (mark_for (t->score));
  g_autofree char *mark_id = g_strconcat ("mark_", mark, NULL);

  add_string (b, "id", id);
  add_string (b, "text", member_text (t->text, "text", a->lang));
  add_string (b, "mark", mark);
  add_string (b, "mark_label", fp_kb_phrase (mark_id, a->lang));
  add_string (b, "reason", member_text (t->text, "reason", a->lang));
}

static void
write_tasks (JsonBuilder     *b,
             const Assessing *a)
{
  json_builder_set_member_name (b, "tasks");
  json_builder_begin_array (b);
  for (guint i = 0; i < a->n_shown; i++)
    {
      const Task *t = &g_array_index (a->tasks, Task, i);

      json_builder_begin_object (b);
      if (t->text == NULL)
        write_extra_task (b, a, t);
      else
        write_task (b, a, t);
      json_builder_set_member_name (b, "exposure");
      json_builder_add_double_value (b, round_to (t->score, 4));
      if (t->from_cv != NULL)
        add_string (b, "from_cv", t->from_cv);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
write_plan_and_edge (JsonBuilder     *b,
                     const Assessing *a)
{
  JsonArray *plan = a->text != NULL && json_object_has_member (a->text, "plan")
                        ? json_object_get_array_member (a->text, "plan")
                        : NULL;

  json_builder_set_member_name (b, "plan");
  json_builder_begin_array (b);
  for (guint i = 0; plan != NULL && i < json_array_get_length (plan); i++)
    {
      JsonObject *step = json_array_get_object_element (plan, i);

      json_builder_begin_object (b);
      add_string (b, "title", member_text (step, "title", a->lang));
      add_string (b, "text", member_text (step, "text", a->lang));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  add_string (b, "edge", member_text (a->text, "edge", a->lang));
}

static void
write_sources (JsonBuilder     *b,
               const Assessing *a)
{
  static const char *const sources[] = { "ilo", "observed", "esco", "ssb" };

  json_builder_set_member_name (b, "sources");
  json_builder_begin_array (b);
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      g_autofree char *phrase_id = g_strconcat ("source_", sources[i], NULL);

      json_builder_begin_object (b);
      add_string (b, "id", i == 0 ? "ilo2025" : i == 1 ? "microsoft2025"
                                                       : sources[i]);
      add_string (b, "citation", fp_kb_phrase (phrase_id, a->lang));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static FpAssessment *
assess (const FpKbUnit *unit,
        FpCv           *cv,
        const char     *file_name,
        GPtrArray      *candidates,
        const char     *cv_title,
        const char     *basis,
        FpLang          lang)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  g_autoptr (JsonNode) root = NULL;
  Assessing a = { .unit = unit,
                  .cv = cv,
                  .file_name = file_name,
                  .candidates = candidates,
                  .cv_title = cv_title,
                  .basis = basis,
                  .lang = lang };

  compute (&a);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "schema");
  json_builder_add_int_value (b, FP_ASSESSMENT_SCHEMA);
  add_string (b, "lang", fp_lang_to_string (lang));
  write_source (b, &a);
  write_occupation (b, &a);
  write_score (b, &a);
  write_observed (b, &a);
  write_prose (b, &a);
  write_context (b, &a);
  write_tasks (b, &a);
  write_plan_and_edge (b, &a);
  json_builder_set_member_name (b, "adjustments");
  json_builder_add_value (b, g_steal_pointer (&a.adjustments));
  write_sources (b, &a);
  json_builder_end_object (b);
  assessing_clear (&a);

  root = json_builder_get_root (b);
  return fp_assessment_new_from_json (root, NULL);
}

static void
set_no_occupation (GError **error)
{
  g_set_error (error, FP_ASSESS_ERROR, FP_ASSESS_ERROR_NO_OCCUPATION,
               _ ("No occupation could be recognised. Search for your job title instead."));
}

static const FpKbUnit *
lookup_unit (FpKb       *kb,
             const char *isco08,
             GError    **error)
{
  const FpKbUnit *unit = fp_kb_lookup_isco (kb, isco08);

  if (unit == NULL && strlen (isco08) == 4 && fp_kb_get_group_title (kb, isco08, FP_LANG_EN) != NULL)
    g_set_error (error, FP_ASSESS_ERROR, FP_ASSESS_ERROR_NO_FIGURES,
                 /* Translators: an ISCO-08 code, then the occupation's name */
                 _ ("The ILO’s index gives no figures for %s %s, so Futureproof cannot assess it."),
                 isco08, fp_kb_get_group_title (kb, isco08, fp_assess_default_language ()));
  else if (unit == NULL)
    g_set_error (error, FP_ASSESS_ERROR, FP_ASSESS_ERROR_UNKNOWN_CODE,
                 /* Translators: %s is an occupation code like 2512 */
                 _ ("“%s” is not an ISCO-08 occupation code that Futureproof knows."), isco08);

  return unit;
}

/* The occupation chosen (@isco08) or else the best candidate, if it is
 * good enough. */
static const FpKbUnit *
choose_unit (FpKb       *kb,
             const char *isco08,
             GPtrArray  *candidates,
             double      min_confidence,
             GError    **error)
{
  const FpCandidate *best = candidates->len > 0 ? g_ptr_array_index (candidates, 0) : NULL;

  if (isco08 != NULL)
    return lookup_unit (kb, isco08, error);
  if (best == NULL || best->confidence < min_confidence)
    {
      set_no_occupation (error);
      return NULL;
    }
  if (best->confidence < FP_MATCH_ASK_BELOW)
    {
      g_set_error (error, FP_ASSESS_ERROR, FP_ASSESS_ERROR_UNSURE,
                   _ ("Several occupations could fit. Choose the one that fits you best."));
      return NULL;
    }

  return fp_kb_lookup_isco (kb, best->isco08);
}

/**
 * fp_assess_describe_occupation:
 * @isco08: an ISCO-08 unit group
 * @lang: the language
 *
 * One line on what the work is, for a person choosing among occupations:
 * the first tasks of the occupation's own texts.
 *
 * Returns: (transfer full) (nullable): the line, or %NULL when the
 *   occupation has no texts of its own
 */
char *
fp_assess_describe_occupation (const char *isco08,
                               FpLang      lang)
{
  /* Worked out by fp-kb-compile. */
  return g_strdup (fp_kb_get_about (fp_kb_get_default (), isco08, lang));
}

/* The CV's occupation (or @isco08), assessed with what the CV shows. */
static FpAssessment *
assess_cv (FpCv       *cv,
           const char *isco08,
           FpLang      lang,
           const char *file_name,
           GError    **error)
{
  FpKb *kb = fp_kb_get_default ();
  g_autoptr (GPtrArray) candidates = fp_matcher_match_cv (kb, cv, 5);
  const FpKbUnit *unit = choose_unit (kb, isco08, candidates, 0, error);
  const char     *cv_title = NULL;

  if (unit == NULL)
    return NULL;

  for (guint i = 0; i < candidates->len; i++)
    {
      const FpCandidate *c = g_ptr_array_index (candidates, i);

      if (g_str_equal (c->isco08, unit->isco08))
        cv_title = c->cv_title;
    }

  /* Where the occupation came from: the CV (and which part of it), or the
   * person's own choice. */
  return assess (unit, cv, file_name, candidates, cv_title,
                 isco08 != NULL ? "chosen" : ((FpCandidate *) g_ptr_array_index (candidates, 0))->basis,
                 lang);
}

/**
 * fp_assess_cv:
 * @cv: a CV
 * @isco08: (nullable): the occupation to use instead of the one found
 * @lang: the report's language
 * @error: return location for a #GError in %FP_ASSESS_ERROR
 *
 * Returns: (transfer full): the assessment
 */
FpAssessment *
fp_assess_cv (FpCv       *cv,
              const char *isco08,
              FpLang      lang,
              GError    **error)
{
  g_return_val_if_fail (FP_IS_CV (cv), NULL);

  return assess_cv (cv, isco08, lang, NULL, error);
}

/**
 * fp_assess_role:
 * @title: a job title, in Norwegian or English
 * @isco08: (nullable): the occupation the person chose for @title, or %NULL
 *   for the best match
 * @lang: the report's language
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the assessment of the best match for @title
 */
FpAssessment *
fp_assess_role (const char *title,
                const char *isco08,
                FpLang      lang,
                GError    **error)
{
  FpKb *kb = fp_kb_get_default ();
  g_autoptr (GPtrArray) candidates = NULL;
  g_autofree char *clean = NULL;
  const FpKbUnit  *unit;

  g_return_val_if_fail (title != NULL, NULL);

  clean = g_strstrip (g_strdup (title));
  candidates = fp_matcher_match_title (kb, clean, 5);
  /* A typed title that matches nothing well names no occupation; one that
   * matches several, none surely, is for the person to choose among. */
  unit = choose_unit (kb, isco08, candidates, 0.25, error);
  if (unit == NULL)
    return NULL;

  return assess (unit, NULL, NULL, candidates, clean, isco08 != NULL ? "chosen" : "title", lang);
}

/**
 * fp_assess_occupation:
 * @isco08: an ISCO-08 unit group
 * @lang: the report's language
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the assessment of the occupation as such
 */
FpAssessment *
fp_assess_occupation (const char *isco08,
                      FpLang      lang,
                      GError    **error)
{
  FpKb           *kb = fp_kb_get_default ();
  const FpKbUnit *unit;

  g_return_val_if_fail (isco08 != NULL, NULL);

  unit = lookup_unit (kb, isco08, error);
  if (unit == NULL)
    return NULL;

  return assess (unit, NULL, NULL, NULL, NULL, "occupation", lang);
}

/**
 * fp_assess_file:
 * @file: a PDF with a CV
 * @password: (nullable): its password
 * @isco08: (nullable): the occupation to use instead of the one found
 * @lang: the report's language
 * @cv: (out) (optional) (transfer full): the CV, to assess again without
 *   reading the file (another occupation or language); also when no
 *   occupation was found in it
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads, understands and assesses a CV: the whole pipeline, blocking.
 *
 * Returns: (transfer full): the assessment
 */
FpAssessment *
fp_assess_file (GFile        *file,
                const char   *password,
                const char   *isco08,
                FpLang        lang,
                FpCv        **cv,
                GCancellable *cancellable,
                GError      **error)
{
  g_autoptr (FpPdfText) text = NULL;
  g_autoptr (FpCv) parsed = NULL;
  g_autofree char *name = NULL;
  FpAssessment    *result;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  text = fp_pdf_text_new_from_file (file, password, cancellable, error);
  if (text == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  parsed = fp_cv_new_from_pdf_text (text);
  name = g_file_get_basename (file);
  result = assess_cv (parsed, isco08, lang, name, error);

  if (cv != NULL)
    *cv = g_steal_pointer (&parsed);
  return result;
}

typedef struct
{
  GFile *file;
  char  *password;
  char  *isco08;
  FpLang lang;
} AssessData;

typedef struct
{
  FpAssessment *assessment;
  FpCv         *cv;
} AssessResult;

static void
assess_data_free (AssessData *data)
{
  g_clear_object (&data->file);
  g_free (data->password);
  g_free (data->isco08);
  g_free (data);
}

static void
assess_result_free (AssessResult *result)
{
  g_clear_object (&result->assessment);
  g_clear_object (&result->cv);
  g_free (result);
}

static void
assess_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  AssessData   *data = task_data;
  AssessResult *result = g_new0 (AssessResult, 1);
  GError       *error = NULL;

  result->assessment = fp_assess_file (data->file, data->password, data->isco08, data->lang,
                                       &result->cv, cancellable, &error);
  if (result->assessment == NULL)
    {
      /* The CV still comes back: the app offers the role search with it. */
      g_task_set_task_data (task, NULL, NULL);
      g_object_set_data_full (G_OBJECT (task), "fp-cv", g_steal_pointer (&result->cv), g_object_unref);
      assess_result_free (result);
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, result, (GDestroyNotify) assess_result_free);
}

/**
 * fp_assess_file_async:
 *
 * The same as fp_assess_file(), in a worker thread.
 */
void
fp_assess_file_async (GFile              *file,
                      const char         *password,
                      const char         *isco08,
                      FpLang              lang,
                      GCancellable       *cancellable,
                      GAsyncReadyCallback callback,
                      gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  AssessData *data;

  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (AssessData, 1);
  data->file = g_object_ref (file);
  data->password = g_strdup (password);
  data->isco08 = g_strdup (isco08);
  data->lang = lang;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, fp_assess_file_async);
  g_task_set_task_data (task, data, (GDestroyNotify) assess_data_free);
  g_task_run_in_thread (task, assess_thread);
}

/**
 * fp_assess_file_finish:
 * @result: the #GAsyncResult
 * @cv: (out) (optional) (transfer full): the CV, also when no occupation
 *   was found in it
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the assessment
 */
FpAssessment *
fp_assess_file_finish (GAsyncResult *result,
                       FpCv        **cv,
                       GError      **error)
{
  AssessResult *r;
  FpAssessment *assessment;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fp_assess_file_async, NULL);

  r = g_task_propagate_pointer (G_TASK (result), error);
  if (r == NULL)
    {
      if (cv != NULL)
        {
          FpCv *found = g_object_get_data (G_OBJECT (result), "fp-cv");
          *cv = found != NULL ? g_object_ref (found) : NULL;
        }
      return NULL;
    }

  assessment = g_steal_pointer (&r->assessment);
  if (cv != NULL)
    *cv = g_steal_pointer (&r->cv);
  assess_result_free (r);
  return assessment;
}
