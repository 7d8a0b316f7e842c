/* fp-kb.c — the occupation knowledge base
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The knowledge base is compiled at build time (build-aux/fp-kb-compile.c)
 * into one GVariant in the core's resources. Loading it copies the 427 unit
 * groups into plain structs; the title index of some 40,000 titles stays in
 * the mapped resource and is searched in place.
 */

#define G_LOG_DOMAIN "fp-kb"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fp-kb.h"
#include "fp-kb-resources.h"
#include "fp-normalize.h"

#define KB_RESOURCE "/io/github/futureproof/Futureproof/kb/kb.gvariant"

typedef struct
{
  const char *title_en;
  const char *title_nb;
} Group;

/* Strings found by a key: a pool and, for each entry sorted by its key,
 * stride offsets into it (the key, then its values). */
typedef struct
{
  GVariant      *parts[2];
  const char    *pool;
  const guint32 *offsets;
  gsize          n;
  guint          stride;
} Sorted;

/* The columns of the units' part of FP_KB_VARIANT_TYPE. */
enum
{
  UNIT_POOL,
  UNIT_STRINGS,
  UNIT_FIGURES,
  UNIT_TASKS,
  UNIT_TASK_AT,
  UNIT_STYRK,
  UNIT_STYRK_AT,
  UNIT_KEYWORDS,
  UNIT_KEYWORD_AT,
  UNIT_GROUPS,
  N_UNIT_PARTS
};

#define UNIT_N_STRINGS 8
#define UNIT_N_FIGURES 5

struct _FpKb
{
  GObject parent_instance;

  /* Everything points into the mapped knowledge base: loading it makes
   * only the units' table and the code indexes. */
  GVariant      *root;
  GVariant      *unit_parts[N_UNIT_PARTS];
  const char    *pool;       /* the units' and groups' strings */
  const guint32 *keywords;   /* every unit's keyword stems, offsets into pool */
  const guint32 *keyword_at; /* where each unit's keywords start; n_units + 1 */
  FpKbUnit      *units;
  guint          n_units;
  const char   **unit_text;     /* each unit's texts, JSON */
  const char   **unit_about;    /* what each unit's work is, English then Norwegian */
  const char   **styrk_strings; /* the units' STYRK codes and titles, NULL after each unit's */
  Group         *group_list;
  GHashTable    *by_isco;  /* code → FpKbUnit* */
  GHashTable    *by_styrk; /* code → FpKbUnit* */
  GHashTable    *groups;   /* code → Group* */

  GVariant      *titles; /* a(ssssd), sorted by key */
  const char    *keys;   /* NUL-terminated keys, in the variant */
  gsize          keys_len;
  const guint32 *key_at; /* where each title's key starts in keys */
  const char    *stems;
  const guint32 *stem_at;
  guint          n_titles;
  const guint16 *title_unit;   /* each title's unit, an index into units */
  const guint16 *title_weight; /* each title's weight, in thousandths */
  const guint64 *key_letters;  /* each title's key's letters, fp_normalize_letters() */
  const guint32 *by_ending;    /* the titles, by their keys read from the end */
  const guint32 *by_length;    /* the titles, by the length of their keys */
  const guint32 *length_at;    /* where each length starts in by_length */
  gsize          n_lengths;
  GVariant      *parts[10]; /* keep the arrays above alive */
  GVariant      *tokens;    /* the word index, kept alive */
  GVariant      *token_parts[4];
  const char    *token_words;   /* the words, sorted */
  const guint32 *token_word_at; /* where each word starts */
  const guint32 *token_ids;     /* the titles holding each word */
  const guint32 *token_ids_at;  /* where each word's titles start; n_tokens + 1 */
  gsize          n_tokens;
  GVariant      *activities; /* the lexicon's arrays, kept alive */
  GVariant      *act_parts[5];
  const char    *act_stems;
  const guint32 *act_stem_at;
  const double  *act_exposure;
  const char    *act_names;
  const guint32 *act_name_at;
  gsize          n_activities;
  Sorted         phrases; /* id → English, Norwegian */
  Sorted         generic; /* the generic titles' keys */
};

G_DEFINE_FINAL_TYPE (FpKb, fp_kb, G_TYPE_OBJECT)
G_DEFINE_BOXED_TYPE (FpKbMatch, fp_kb_match, fp_kb_match_copy, fp_kb_match_free)
/* clang-format off */
G_DEFINE_QUARK (fp-kb-error-quark, fp_kb_error)
/* clang-format on */

FpKbMatch *
fp_kb_match_copy (const FpKbMatch *match)
{
  FpKbMatch *copy = g_new0 (FpKbMatch, 1);

  copy->isco08 = g_strdup (match->isco08);
  copy->title = g_strdup (match->title);
  copy->lang = g_strdup (match->lang);
  copy->source = g_strdup (match->source);
  copy->score = match->score;

  return copy;
}

void
fp_kb_match_free (FpKbMatch *match)
{
  if (match == NULL)
    return;

  g_free (match->isco08);
  g_free (match->title);
  g_free (match->lang);
  g_free (match->source);
  g_free (match);
}

static void
fp_kb_finalize (GObject *object)
{
  FpKb *self = FP_KB (object);

  g_free (self->units);
  g_free (self->unit_text);
  g_free (self->unit_about);
  g_free (self->styrk_strings);
  g_free (self->group_list);
  for (guint i = 0; i < G_N_ELEMENTS (self->unit_parts); i++)
    g_clear_pointer (&self->unit_parts[i], g_variant_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->parts); i++)
    g_clear_pointer (&self->parts[i], g_variant_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->token_parts); i++)
    g_clear_pointer (&self->token_parts[i], g_variant_unref);
  g_clear_pointer (&self->by_isco, g_hash_table_unref);
  g_clear_pointer (&self->by_styrk, g_hash_table_unref);
  g_clear_pointer (&self->groups, g_hash_table_unref);
  g_clear_pointer (&self->titles, g_variant_unref);
  g_clear_pointer (&self->tokens, g_variant_unref);
  g_clear_pointer (&self->activities, g_variant_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->act_parts); i++)
    g_clear_pointer (&self->act_parts[i], g_variant_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->phrases.parts); i++)
    {
      g_clear_pointer (&self->phrases.parts[i], g_variant_unref);
      g_clear_pointer (&self->generic.parts[i], g_variant_unref);
    }
  g_clear_pointer (&self->root, g_variant_unref);

  G_OBJECT_CLASS (fp_kb_parent_class)->finalize (object);
}

static void
fp_kb_class_init (FpKbClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fp_kb_finalize;
}

static void
fp_kb_init (FpKb *self)
{
  self->by_isco = g_hash_table_new (g_str_hash, g_str_equal);
  self->by_styrk = g_hash_table_new (g_str_hash, g_str_equal);
  self->groups = g_hash_table_new (g_str_hash, g_str_equal);
}

/* A column of fixed-size values, and whether it holds @n of them. */
static gconstpointer
column (GVariant *part,
        gsize     element_size,
        gsize     n)
{
  gsize         found = 0;
  gconstpointer data = g_variant_get_fixed_array (part, &found, element_size);

  return found == n ? data : NULL;
}

/* Whether every offset of @offsets points into a pool of @pool_len bytes. */
static gboolean
offsets_valid (const guint32 *offsets,
               gsize          n,
               gsize          pool_len)
{
  for (gsize i = 0; i < n; i++)
    if (offsets[i] >= pool_len)
      return FALSE;
  return TRUE;
}

/* Whether @at splits an array of @total values into @n parts, in order. */
static gboolean
starts_valid (const guint32 *at,
              gsize          n,
              gsize          total)
{
  for (gsize i = 0; i < n; i++)
    if (at[i] > at[i + 1])
      return FALSE;
  return at[n] == total;
}

/* The STYRK codes of unit @i and their titles, and the index from code to
 * unit. A STYRK code may hold several ISCO units (7115 holds 7111 too): the
 * one with the same digits wins, else the first. */
static void
index_styrk (FpKb          *self,
             guint          i,
             const guint32 *styrk,
             const guint32 *styrk_at,
             const char   **out)
{
  FpKbUnit *unit = &self->units[i];
  guint     n = styrk_at[i + 1] - styrk_at[i];

  unit->n_styrk = n / 2;
  unit->styrk08 = out;
  unit->styrk08_titles = out + unit->n_styrk + 1;
  for (guint k = 0; k < unit->n_styrk; k++)
    {
      const char *code = self->pool + styrk[styrk_at[i] + 2 * k];

      out[k] = code;
      out[unit->n_styrk + 1 + k] = self->pool + styrk[styrk_at[i] + 2 * k + 1];
      if (!g_hash_table_contains (self->by_styrk, code) || g_str_equal (code, unit->isco08))
        g_hash_table_insert (self->by_styrk, (gpointer) code, unit);
    }
}

/* Makes the units' table from their columns. */
static gboolean
load_units (FpKb     *self,
            GVariant *part)
{
  gsize           pool_len = 0, n_tasks = 0, n_styrk = 0, n_keywords = 0, n_groups = 0, n_strings = 0;
  const guint32  *strings, *task_at, *styrk, *styrk_at, *groups;
  const double   *figures;
  const FpKbTask *tasks;
  const char    **styrk_out;

  for (guint i = 0; i < N_UNIT_PARTS; i++)
    self->unit_parts[i] = g_variant_get_child_value (part, i);
  self->pool = g_variant_get_fixed_array (self->unit_parts[UNIT_POOL], &pool_len, 1);
  strings = g_variant_get_fixed_array (self->unit_parts[UNIT_STRINGS], &n_strings, sizeof (guint32));
  self->n_units = (guint) (n_strings / UNIT_N_STRINGS);
  tasks = g_variant_get_fixed_array (self->unit_parts[UNIT_TASKS], &n_tasks, sizeof (FpKbTask));
  styrk = g_variant_get_fixed_array (self->unit_parts[UNIT_STYRK], &n_styrk, sizeof (guint32));
  self->keywords = g_variant_get_fixed_array (self->unit_parts[UNIT_KEYWORDS], &n_keywords, sizeof (guint32));
  groups = g_variant_get_fixed_array (self->unit_parts[UNIT_GROUPS], &n_groups, sizeof (guint32));
  figures = column (self->unit_parts[UNIT_FIGURES], sizeof (double), self->n_units * UNIT_N_FIGURES);
  task_at = column (self->unit_parts[UNIT_TASK_AT], sizeof (guint32), self->n_units + 1);
  styrk_at = column (self->unit_parts[UNIT_STYRK_AT], sizeof (guint32), self->n_units + 1);
  self->keyword_at = column (self->unit_parts[UNIT_KEYWORD_AT], sizeof (guint32), self->n_units + 1);

  G_STATIC_ASSERT (sizeof (FpKbTask) == 24);
  if (self->n_units == 0 || pool_len == 0 || self->pool[pool_len - 1] != '\0' || figures == NULL ||
      task_at == NULL || styrk_at == NULL || self->keyword_at == NULL || n_strings % UNIT_N_STRINGS != 0 ||
      n_styrk % 2 != 0 || n_groups % 3 != 0 || !offsets_valid (strings, n_strings, pool_len) ||
      !offsets_valid (styrk, n_styrk, pool_len) || !offsets_valid (self->keywords, n_keywords, pool_len) ||
      !offsets_valid (groups, n_groups, pool_len) || !starts_valid (task_at, self->n_units, n_tasks) ||
      !starts_valid (styrk_at, self->n_units, n_styrk) ||
      !starts_valid (self->keyword_at, self->n_units, n_keywords))
    return FALSE;

  self->units = g_new0 (FpKbUnit, self->n_units);
  self->unit_text = g_new0 (const char *, self->n_units);
  self->unit_about = g_new0 (const char *, 2 * self->n_units);
  self->styrk_strings = g_new0 (const char *, n_styrk + 2 * self->n_units);
  styrk_out = self->styrk_strings;
  for (guint i = 0; i < self->n_units; i++)
    {
      FpKbUnit      *unit = &self->units[i];
      const guint32 *own = strings + i * UNIT_N_STRINGS;
      const double  *figure = figures + i * UNIT_N_FIGURES;

      unit->isco08 = self->pool + own[0];
      unit->title_en = self->pool + own[1];
      unit->title_nb = self->pool + own[2];
      unit->gradient = self->pool + own[3];
      self->unit_text[i] = self->pool + own[4];
      unit->observed_from_group = self->pool[own[5]] != '\0' ? self->pool + own[5] : NULL;
      self->unit_about[2 * i] = self->pool + own[6];
      self->unit_about[2 * i + 1] = self->pool + own[7];
      unit->mean = figure[0];
      unit->sd = figure[1];
      unit->observed = figure[2];
      unit->observed_percentile = figure[3];
      unit->observed_on_ilo_scale = figure[4];
      unit->tasks = tasks + task_at[i];
      unit->n_tasks = task_at[i + 1] - task_at[i];
      g_hash_table_insert (self->by_isco, (gpointer) unit->isco08, unit);
      index_styrk (self, i, styrk, styrk_at, styrk_out);
      styrk_out += 2 * (unit->n_styrk + 1);
    }

  self->group_list = g_new0 (Group, n_groups / 3);
  for (gsize i = 0; i < n_groups / 3; i++)
    {
      self->group_list[i].title_en = self->pool + groups[3 * i + 1];
      self->group_list[i].title_nb = self->pool + groups[3 * i + 2];
      g_hash_table_insert (self->groups, (gpointer) (self->pool + groups[3 * i]), &self->group_list[i]);
    }

  return TRUE;
}

/* The word index: words, where each starts, and the titles of each. */
static gboolean
load_tokens (FpKb     *self,
             GVariant *part)
{
  gsize words_len = 0, n_ids = 0;

  self->tokens = part;
  for (guint i = 0; i < G_N_ELEMENTS (self->token_parts); i++)
    self->token_parts[i] = g_variant_get_child_value (part, i);
  self->token_words = g_variant_get_fixed_array (self->token_parts[0], &words_len, 1);
  self->token_word_at = g_variant_get_fixed_array (self->token_parts[1], &self->n_tokens, sizeof (guint32));
  self->token_ids = g_variant_get_fixed_array (self->token_parts[2], &n_ids, sizeof (guint32));
  self->token_ids_at = column (self->token_parts[3], sizeof (guint32), self->n_tokens + 1);

  return self->token_ids_at != NULL && (words_len == 0 || self->token_words[words_len - 1] == '\0') &&
         self->token_ids_at[self->n_tokens] == n_ids;
}

/* The lexicon of activities; a damaged one is left out. */
static void
load_activities (FpKb     *self,
                 GVariant *part)
{
  gsize n_stem_at, n_exposure, n_name_at, stems_size, names_size;

  self->activities = part;
  for (guint i = 0; i < G_N_ELEMENTS (self->act_parts); i++)
    self->act_parts[i] = g_variant_get_child_value (self->activities, i);
  self->act_stems = g_variant_get_fixed_array (self->act_parts[0], &stems_size, 1);
  self->act_stem_at = g_variant_get_fixed_array (self->act_parts[1], &n_stem_at, sizeof (guint32));
  self->act_exposure = g_variant_get_fixed_array (self->act_parts[2], &n_exposure, sizeof (double));
  self->act_names = g_variant_get_fixed_array (self->act_parts[3], &names_size, 1);
  self->act_name_at = g_variant_get_fixed_array (self->act_parts[4], &n_name_at, sizeof (guint32));
  self->n_activities = n_stem_at;
  if (n_exposure != n_stem_at || n_name_at != n_stem_at ||
      (stems_size > 0 && self->act_stems[stems_size - 1] != '\0') ||
      (names_size > 0 && self->act_names[names_size - 1] != '\0'))
    self->n_activities = 0;
}

/* A table of strings found by a key, @stride offsets an entry. */
static gboolean
load_sorted (Sorted   *sorted,
             GVariant *part,
             guint     stride)
{
  gsize pool_len = 0, n_offsets = 0;

  for (guint i = 0; i < G_N_ELEMENTS (sorted->parts); i++)
    sorted->parts[i] = g_variant_get_child_value (part, i);
  g_variant_unref (part);
  sorted->pool = g_variant_get_fixed_array (sorted->parts[0], &pool_len, 1);
  sorted->offsets = g_variant_get_fixed_array (sorted->parts[1], &n_offsets, sizeof (guint32));
  sorted->n = n_offsets / stride;
  sorted->stride = stride;

  return n_offsets % stride == 0 && (pool_len == 0 || sorted->pool[pool_len - 1] == '\0') &&
         offsets_valid (sorted->offsets, n_offsets, pool_len);
}

/* The entry of a sorted pool (@n entries of @stride offsets, the first
 * the key's) whose key is @key, or -1. */
static gssize
pool_find (const char    *pool,
           const guint32 *offsets,
           gsize          n,
           guint          stride,
           const char    *key)
{
  gsize lo = 0, hi = n;

  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;
      int   order = strcmp (pool + offsets[mid * stride], key);

      if (order == 0)
        return (gssize) mid;
      if (order < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  return -1;
}

static gssize
sorted_find (const Sorted *sorted,
             const char   *key)
{
  return pool_find (sorted->pool, sorted->offsets, sorted->n, sorted->stride, key);
}

/* The titles: their keys and stems, each title's unit and weight. */
static gboolean
load_titles (FpKb *self)
{
  gsize n_keys = 0, n_stems = 0, keys_len = 0, stems_len = 0;

  self->n_titles = (guint) g_variant_n_children (self->titles);
  self->keys = g_variant_get_fixed_array (self->parts[0], &keys_len, 1);
  self->keys_len = keys_len;
  self->key_at = g_variant_get_fixed_array (self->parts[1], &n_keys, sizeof (guint32));
  self->stems = g_variant_get_fixed_array (self->parts[2], &stems_len, 1);
  self->stem_at = g_variant_get_fixed_array (self->parts[3], &n_stems, sizeof (guint32));
  self->title_unit = column (self->parts[4], sizeof (guint16), self->n_titles);
  self->title_weight = column (self->parts[5], sizeof (guint16), self->n_titles);
  self->key_letters = column (self->parts[6], sizeof (guint64), self->n_titles);
  self->by_ending = column (self->parts[7], sizeof (guint32), self->n_titles);
  self->by_length = column (self->parts[8], sizeof (guint32), self->n_titles);
  self->length_at = g_variant_get_fixed_array (self->parts[9], &self->n_lengths, sizeof (guint32));

  if (n_keys != self->n_titles || n_stems != self->n_titles || self->title_unit == NULL ||
      self->title_weight == NULL || self->key_letters == NULL || self->by_ending == NULL ||
      self->by_length == NULL || self->n_lengths < 2 ||
      !starts_valid (self->length_at, self->n_lengths - 1, self->n_titles) ||
      (keys_len > 0 && self->keys[keys_len - 1] != '\0') || (stems_len > 0 && self->stems[stems_len - 1] != '\0'))
    return FALSE;

  return TRUE;
}

/**
 * fp_kb_new_from_bytes:
 * @bytes: a knowledge base as fp-kb-compile writes it
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the knowledge base, or %NULL if @bytes is not one
 */
FpKb *
fp_kb_new_from_bytes (GBytes  *bytes,
                      GError **error)
{
  g_autoptr (FpKb) self = NULL;
  g_autoptr (GVariant) units = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  self = g_object_new (FP_TYPE_KB, NULL);
  /* Trusted: the only knowledge base is the one fp-kb-compile wrote into our
   * resources at build time, with offsets and indexes it made itself. Its
   * columns are used where they are mapped: their sizes and the units' parts
   * are checked, the 40,000 titles' offsets are not. */
  self->root = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (FP_KB_VARIANT_TYPE),
                                                             bytes, TRUE));

  units = g_variant_get_child_value (self->root, 0);
  self->titles = g_variant_get_child_value (self->root, 1);
  for (guint i = 0; i < 4; i++)
    self->parts[i] = g_variant_get_child_value (self->root, 2 + i);
  self->parts[4] = g_variant_get_child_value (self->root, 7);
  self->parts[5] = g_variant_get_child_value (self->root, 8);
  for (guint i = 6; i < G_N_ELEMENTS (self->parts); i++)
    self->parts[i] = g_variant_get_child_value (self->root, 4 + i);
  load_activities (self, g_variant_get_child_value (self->root, 9));

  if (!load_units (self, units) || !load_titles (self) ||
      !load_tokens (self, g_variant_get_child_value (self->root, 6)) ||
      !load_sorted (&self->phrases, g_variant_get_child_value (self->root, 14), 3) ||
      !load_sorted (&self->generic, g_variant_get_child_value (self->root, 15), 1))
    {
      g_set_error (error, FP_KB_ERROR, FP_KB_ERROR_INVALID,
                   _ ("The occupation data is damaged. Reinstall Futureproof."));
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * fp_kb_get_default:
 *
 * Returns: (transfer none): the knowledge base built into Futureproof,
 *   loaded on first use; safe to call from any thread
 */
FpKb *
fp_kb_get_default (void)
{
  static FpKb *kb;

  if (g_once_init_enter (&kb))
    {
      g_autoptr (GBytes) bytes = NULL;
      g_autoptr (GError) error = NULL;
      FpKb *loaded;

      g_resources_register (fp_kb_get_resource ());
      bytes = g_resources_lookup_data (KB_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes == NULL)
        g_error ("%s", error->message);
      loaded = fp_kb_new_from_bytes (bytes, &error);
      if (loaded == NULL)
        g_error ("%s", error->message);
      g_once_init_leave (&kb, loaded);
    }

  return kb;
}

guint
fp_kb_get_n_units (FpKb *self)
{
  g_return_val_if_fail (FP_IS_KB (self), 0);

  return self->n_units;
}

const FpKbUnit *
fp_kb_get_unit (FpKb *self,
                guint index)
{
  g_return_val_if_fail (FP_IS_KB (self), NULL);
  g_return_val_if_fail (index < self->n_units, NULL);

  return &self->units[index];
}

const FpKbUnit *
fp_kb_lookup_isco (FpKb       *self,
                   const char *isco08)
{
  g_return_val_if_fail (FP_IS_KB (self), NULL);

  return isco08 != NULL ? g_hash_table_lookup (self->by_isco, isco08) : NULL;
}

/**
 * fp_kb_lookup_styrk:
 * @self: a #FpKb
 * @styrk08: a STYRK-08 code, e.g. "2223" (Sykepleiere)
 *
 * Returns: (nullable): the ISCO-08 unit group that holds the STYRK-08 code,
 *   which is not always the one with the same digits
 */
const FpKbUnit *
fp_kb_lookup_styrk (FpKb       *self,
                    const char *styrk08)
{
  g_return_val_if_fail (FP_IS_KB (self), NULL);

  return styrk08 != NULL ? g_hash_table_lookup (self->by_styrk, styrk08) : NULL;
}

const char *
fp_kb_unit_get_title (const FpKbUnit *unit,
                      FpLang          lang)
{
  g_return_val_if_fail (unit != NULL, NULL);

  return lang == FP_LANG_NB ? unit->title_nb : unit->title_en;
}

const char *
fp_kb_get_group_title (FpKb       *self,
                       const char *code,
                       FpLang      lang)
{
  Group *group;

  g_return_val_if_fail (FP_IS_KB (self), NULL);

  group = code != NULL ? g_hash_table_lookup (self->groups, code) : NULL;
  if (group == NULL)
    return NULL;

  return lang == FP_LANG_NB ? group->title_nb : group->title_en;
}

/**
 * fp_kb_dup_nearest_units:
 * @self: a #FpKb
 * @isco08: an ISCO-08 unit group, typically one without figures
 *
 * The unit groups with figures nearest to @isco08 in the classification:
 * those in its minor group, or else in its sub-major group.
 *
 * Returns: (transfer container) (element-type FpKbUnit): the units, in code
 *   order; empty when none share more than the major group
 */
GPtrArray *
fp_kb_dup_nearest_units (FpKb       *self,
                         const char *isco08)
{
  GPtrArray *near = g_ptr_array_new ();

  g_return_val_if_fail (FP_IS_KB (self), near);
  g_return_val_if_fail (isco08 != NULL, near);

  for (guint prefix = 3; prefix >= 2 && near->len == 0 && strlen (isco08) > prefix; prefix--)
    for (guint i = 0; i < fp_kb_get_n_units (self); i++)
      {
        const FpKbUnit *unit = fp_kb_get_unit (self, i);

        if (strncmp (unit->isco08, isco08, prefix) == 0 && !g_str_equal (unit->isco08, isco08))
          g_ptr_array_add (near, (gpointer) unit);
      }

  return near;
}

/**
 * fp_kb_dup_text:
 * @self: a #FpKb
 * @isco08: a unit group
 *
 * Returns: (transfer full) (nullable): the authored texts for @isco08, as
 *   JSON; every unit group the ILO scores has them
 */
JsonObject *
fp_kb_dup_text (FpKb       *self,
                const char *isco08)
{
  g_autoptr (JsonNode) node = NULL;
  const FpKbUnit *unit;
  const char     *text;

  g_return_val_if_fail (FP_IS_KB (self), NULL);
  g_return_val_if_fail (isco08 != NULL, NULL);

  unit = fp_kb_lookup_isco (self, isco08);
  text = unit != NULL ? self->unit_text[unit - self->units] : NULL;
  node = text != NULL && *text != '\0' ? json_from_string (text, NULL) : NULL;
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  return json_object_ref (json_node_get_object (node));
}

/**
 * fp_kb_get_about:
 * @self: a #FpKb
 * @isco08: a unit group
 * @lang: the language
 *
 * Returns: (nullable): one line on what the work is, for a person choosing
 *   among occupations: the first tasks of the unit's texts; %NULL for a unit
 *   without texts of its own
 */
const char *
fp_kb_get_about (FpKb       *self,
                 const char *isco08,
                 FpLang      lang)
{
  const FpKbUnit *unit;
  const char     *about;

  g_return_val_if_fail (FP_IS_KB (self), NULL);
  g_return_val_if_fail (isco08 != NULL, NULL);

  unit = fp_kb_lookup_isco (self, isco08);
  if (unit == NULL)
    return NULL;
  about = self->unit_about[2 * (unit - self->units) + (lang == FP_LANG_NB)];
  return *about != '\0' ? about : NULL;
}

guint
fp_kb_get_n_activities (FpKb *self)
{
  g_return_val_if_fail (FP_IS_KB (self), 0);

  return (guint) self->n_activities;
}

/**
 * fp_kb_get_activity:
 * @self: a #FpKb
 * @index: which activity
 * @stems: (out): the phrase as stems, joined by spaces
 * @exposure: (out): its exposure, 0–1, calibrated on an ILO task score
 * @name_en: (out): its name in English
 * @name_nb: (out): its name in Norwegian
 *
 * An entry of the activity lexicon, for CV lines outside an occupation's tasks.
 */
void
fp_kb_get_activity (FpKb        *self,
                    guint        index,
                    const char **stems,
                    double      *exposure,
                    const char **name_en,
                    const char **name_nb)
{
  g_return_if_fail (FP_IS_KB (self));
  g_return_if_fail (index < self->n_activities);

  *stems = self->act_stems + self->act_stem_at[index];
  *exposure = self->act_exposure[index];
  *name_en = self->act_names + self->act_name_at[index];
  *name_nb = *name_en + strlen (*name_en) + 1;
}

/**
 * fp_kb_dup_keyword_stems:
 * @self: a #FpKb
 * @isco08: a unit group
 *
 * Returns: (transfer full) (element-type GStrv): the stems of every keyword
 *   of the unit's tasks, in both languages, as fp-kb-compile worked them out
 */
GPtrArray *
fp_kb_dup_keyword_stems (FpKb       *self,
                         const char *isco08)
{
  GPtrArray      *stems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const FpKbUnit *unit;
  gsize           i;

  g_return_val_if_fail (FP_IS_KB (self), stems);
  g_return_val_if_fail (isco08 != NULL, stems);

  unit = fp_kb_lookup_isco (self, isco08);
  if (unit == NULL)
    return stems;
  i = (gsize) (unit - self->units);
  for (guint32 k = self->keyword_at[i]; k < self->keyword_at[i + 1]; k++)
    g_ptr_array_add (stems, g_strsplit (self->pool + self->keywords[k], " ", -1));

  return stems;
}

guint
fp_kb_get_n_titles (FpKb *self)
{
  g_return_val_if_fail (FP_IS_KB (self), 0);

  return self->n_titles;
}

/**
 * fp_kb_is_generic_title:
 * @self: a #FpKb
 * @title: a job title
 *
 * Whether @title names no one occupation on its own ("konsulent",
 * "assistant", "manager"): the rest of the CV must say which.
 *
 * Returns: whether @title is generic
 */
gboolean
fp_kb_is_generic_title (FpKb       *self,
                        const char *title)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (FP_IS_KB (self), FALSE);
  g_return_val_if_fail (title != NULL, FALSE);

  key = fp_normalize_key (title);
  return sorted_find (&self->generic, key) >= 0;
}

/* The first title whose key is ≥ @key: the titles, and so their keys,
 * are sorted by key. */
static guint
key_lower_bound (FpKb       *self,
                 const char *key)
{
  guint lo = 0, hi = self->n_titles;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (strcmp (self->keys + self->key_at[mid], key) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static guint
count_stems (const char *stems)
{
  guint n = *stems != '\0';

  for (const char *p = stems; *p != '\0'; p++)
    n += *p == ' ';

  return n;
}

/**
 * fp_kb_has_title_key:
 * @self: a #FpKb
 * @key: a title's key, as fp_normalize_key() makes it
 * @n_words: how many words the title has
 *
 * Whether some occupation has a title with exactly this key and number of
 * words ("jeg er" has the key of "jeger", but is not that title).
 *
 * Returns: whether there is such a title
 */
gboolean
fp_kb_has_title_key (FpKb       *self,
                     const char *key,
                     guint       n_words)
{
  guint lo;

  g_return_val_if_fail (FP_IS_KB (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  lo = key_lower_bound (self, key);
  for (; lo < self->n_titles && g_str_equal (self->keys + self->key_at[lo], key); lo++)
    if (count_stems (self->stems + self->stem_at[lo]) == n_words)
      return TRUE;

  return FALSE;
}

/* The index of @word in the sorted word index, or -1. */
static gssize
token_find (FpKb       *self,
            const char *word)
{
  return pool_find (self->token_words, self->token_word_at, self->n_tokens, 1, word);
}

/* The titles that hold the word at @index. */
static const guint32 *
token_titles (FpKb  *self,
              gsize  index,
              gsize *n)
{
  *n = self->token_ids_at[index + 1] - self->token_ids_at[index];
  return self->token_ids + self->token_ids_at[index];
}

/**
 * fp_kb_count_title_words:
 * @self: a #FpKb
 * @words: (element-type utf8): words or stems, folded, each once
 * @isco08s: unit groups
 * @n: how many
 * @hits: (array length=n) (out caller-allocates): for each unit group, how
 *   many of @words its titles use
 *
 * How much a text speaks the language of each occupation's titles: "bygg"
 * and "anlegg" in a CV say a prosjektleder manages construction.
 */
void
fp_kb_count_title_words (FpKb              *self,
                         GHashTable        *words,
                         const char *const *isco08s,
                         guint              n,
                         guint             *hits)
{
  GHashTableIter       iter;
  gpointer             word;
  g_autofree gboolean *seen = g_new0 (gboolean, n);

  g_return_if_fail (FP_IS_KB (self));

  memset (hits, 0, n * sizeof *hits);
  g_hash_table_iter_init (&iter, words);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    {
      gssize         at = strlen (word) >= 4 ? token_find (self, word) : -1;
      const guint32 *id;
      gsize          n_ids;

      if (at < 0)
        continue;

      /* A word of thousands of titles ("leder") says nothing of which. */
      id = token_titles (self, (gsize) at, &n_ids);
      if (n_ids > 400)
        continue;
      memset (seen, 0, n * sizeof *seen);
      for (gsize i = 0; i < n_ids; i++)
        {
          const char *code = self->units[self->title_unit[id[i]]].isco08;

          for (guint u = 0; u < n; u++)
            if (!seen[u] && g_str_equal (code, isco08s[u]))
              {
                seen[u] = TRUE;
                hits[u]++;
              }
        }
    }
}

/* A set of titles, one bit each, walked in their order. */
typedef struct
{
  guint64 *bits;
  guint    n_words;
} TitleSet;

static void
title_set_init (TitleSet *set,
                guint     n_titles)
{
  set->n_words = (n_titles + 63) / 64;
  set->bits = g_new0 (guint64, set->n_words);
}

static void
title_set_add (TitleSet *set,
               guint     index)
{
  set->bits[index / 64] |= G_GUINT64_CONSTANT (1) << (index % 64);
}

/* The first title of @set from @from on, or -1. */
static gint64
title_set_next (const TitleSet *set,
                guint           from)
{
  guint   w = from / 64;
  guint64 bits;

  if (w >= set->n_words)
    return -1;
  for (bits = set->bits[w] & (~G_GUINT64_CONSTANT (0) << (from % 64)); bits == 0; bits = set->bits[w])
    if (++w >= set->n_words)
      return -1;

  return (gint64) w * 64 + __builtin_ctzll (bits);
}

/* Adds the titles holding the word at @index to @set. */
static void
add_hits (FpKb     *self,
          gsize     index,
          TitleSet *set)
{
  gsize          n;
  const guint32 *ids = token_titles (self, index, &n);

  /* A word shared by thousands of titles ("manager") says little alone. */
  for (gsize i = 0; i < MIN (n, 4000); i++)
    title_set_add (set, ids[i]);
}

/* Whether the query's @word is its @stem with at most an ending that
 * inflects it ("nurses", "sykepleiere"), not another word that Snowball
 * cuts to the same stem ("konsulent" is not "konsul"). */
static gboolean
inflects (const char *word,
          const char *stem)
{
  static const char *const endings[] = { "", "e", "er", "ere", "en", "ene", "et", "a", "s", "es", "ers",
                                         "ens", "r", "ar", "ane", "ne", NULL };
  gsize                    stem_len = strlen (stem);

  return strncmp (word, stem, stem_len) == 0 && g_strv_contains (endings, word + stem_len);
}

/* How much of the query's stems the title holds, and the title of the
 * query's: 1.0 when both hold the same words. A query stem counts only
 * where its word inflects it (@inflected). */
static double
stem_overlap (GPtrArray      *query_stems,
              const gboolean *inflected,
              const char     *title_stems)
{
  guint       n_words = 0, matched = 0;
  const char *last = title_stems, *p = title_stems;
  const char *query_last = g_ptr_array_index (query_stems, query_stems->len - 1);
  double      overlap;

  if (*title_stems == '\0' || query_stems->len == 0)
    return 0;

  /* The title's stems are one string, words split by single spaces. */
  while (TRUE)
    {
      const char *end = strchr (p, ' ');
      gsize       len = end != NULL ? (gsize) (end - p) : strlen (p);

      n_words++;
      last = p;
      for (guint i = 0; i < query_stems->len; i++)
        {
          const char *q = g_ptr_array_index (query_stems, i);

          if (inflected[i] && q[0] == p[0] && strncmp (q, p, len) == 0 && q[len] == '\0')
            {
              matched++;
              break;
            }
        }
      if (end == NULL)
        break;
      p = end + 1;
    }

  overlap = 0.65 * MIN (1.0, (double) matched / query_stems->len) + 0.35 * MIN (1.0, (double) matched / n_words);

  /* The last word of a title names the occupation ("specialist nurse" is a
   * nurse, "nursing lecturer" a lecturer). */
  if (!g_str_equal (last, query_last))
    overlap *= 0.85;

  return overlap;
}

typedef struct
{
  double score;  /* the best title's, plus the bonus */
  double single; /* the best title's own */
  guint  n_good; /* how many titles matched well */
  guint  title;  /* the best title's index, plus one; 0 for none */
} Best;

static void
consider (Best  *best,
          FpKb  *self,
          guint  index,
          double quality)
{
  Best  *b = &best[self->title_unit[index]];
  double score = quality * self->title_weight[index] / 1000.0;

  /* Many good titles for one unit group ("nurse" in a dozen nursing
   * titles) tip the balance between equally good single matches, but
   * never by more than a little; in whatever order they come. */
  b->n_good += quality > 0.5;
  if (b->title == 0 || score > b->single || (score == b->single && index + 1 < b->title))
    {
      b->single = score;
      b->title = index + 1;
    }
  b->score = b->single + MIN (0.005 * (b->n_good > 0 ? b->n_good - 1 : 0), 0.03);
}

static FpKbMatch *
make_match (FpKb       *self,
            const Best *best)
{
  FpKbMatch  *match = g_new0 (FpKbMatch, 1);
  const char *title, *lang, *source;

  g_variant_get_child (self->titles, best->title - 1, "(&s&s&s&sd)", &title, &lang, NULL, &source, NULL);
  match->isco08 = g_strdup (self->units[self->title_unit[best->title - 1]].isco08);
  match->title = g_strdup (title);
  match->lang = g_strdup (lang);
  match->source = g_strdup (source);
  match->score = best->score;

  return match;
}

static int
compare_best (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const Best *best = user_data;
  guint       ia = *(const guint *) a, ib = *(const guint *) b;

  /* Best first; on a tie, the lower code (units are sorted by code). */
  if (best[ia].score != best[ib].score)
    return best[ia].score > best[ib].score ? -1 : 1;
  return ia < ib ? -1 : ia > ib;
}

/* Whether some title has exactly @key. */
static gboolean
key_exists (FpKb       *self,
            const char *key)
{
  guint at = key_lower_bound (self, key);

  return at < self->n_titles && g_str_equal (self->keys + self->key_at[at], key);
}

/* The singular of a plural title key ("sykepleiere", "nurses", "coaches"),
 * or the trade of an apprentice ("tømrerlærling", "kokkelærling"): a title
 * to look for when @key itself is none. %NULL when there is none. */
static char *
title_base_form (FpKb       *self,
                 const char *key)
{
  static const struct
  {
    const char *ending;
    const char *replace;
  } forms[] = {
    { "elaerling", "" },
    { "laerling", "" },
    { "ere", "er" },
    { "erne", "er" },
    { "ene", "" },
    { "s", "" },
    { "es", "" },
  };
  gsize len = strlen (key);

  if (key_exists (self, key))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      gsize ending = strlen (forms[i].ending);

      if (len > ending + 3 && g_str_has_suffix (key, forms[i].ending))
        {
          g_autofree char *stem = g_strndup (key, len - ending);
          char            *base = g_strconcat (stem, forms[i].replace, NULL);

          if (key_exists (self, base))
            return base;
          g_free (base);
        }
    }

  return NULL;
}

static gsize
key_length (FpKb *self,
            guint i)
{
  gsize end = i + 1 < self->n_titles ? self->key_at[i + 1] : self->keys_len;

  return end - self->key_at[i] - 1;
}

typedef struct
{
  const char *key;
  gsize       len;
  guint64     letters;
  const char *other_form; /* the singular or trade, or %NULL */
  gboolean    typos;      /* whether to look for a typo */
} Query;

/* How well title @i's key matches the query's: exactly, as the singular,
 * as part of a compound, or with a typo; 0 when not at all. */
static double
key_quality (FpKb        *self,
             const Query *query,
             guint        i)
{
  const char *k = self->keys + self->key_at[i];
  gsize       len = key_length (self, i);
  gsize       qlen = query->len;
  guint       max = qlen >= 8 ? 2 : 1;
  guint       d;

  if (len == qlen && memcmp (k, query->key, len) == 0)
    return 1.0;
  if (query->other_form != NULL && g_str_equal (k, query->other_form))
    return 0.97;
  /* Both kinds of compound end as the other key does. */
  if (len > 0 && k[len - 1] == query->key[qlen - 1])
    {
      /* "backendutvikler" ends in the title "utvikler": the head of a
       * Norwegian compound names the occupation. */
      if (len >= 5 && len < qlen && memcmp (query->key + qlen - len, k, len) == 0)
        return 0.55 + 0.3 * len / qlen;
      if (qlen >= 5 && qlen < len && memcmp (k + len - qlen, query->key, qlen) == 0)
        return 0.5 + 0.3 * qlen / len;
    }
  if (!query->typos || (len > qlen ? len - qlen : qlen - len) > 2 ||
      (guint) __builtin_popcountll (self->key_letters[i] ^ query->letters) > 2 * max)
    return 0;

  d = fp_normalize_distance (query->key, k, max);
  return d <= max ? 0.88 - 0.08 * d : 0;
}

/* Adds the titles whose key is @key. */
static void
add_key (FpKb       *self,
         const char *key,
         TitleSet   *found)
{
  for (guint at = key_lower_bound (self, key); at < self->n_titles && g_str_equal (self->keys + self->key_at[at], key);
       at++)
    title_set_add (found, at);
}

/* Adds the titles whose key ends with the query's and is longer. */
static void
add_key_endings (FpKb        *self,
                 const Query *q,
                 TitleSet    *found)
{
  guint lo = 0, hi = self->n_titles;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      guint i = self->by_ending[mid];

      if (fp_normalize_compare_reversed (self->keys + self->key_at[i], key_length (self, i), q->key, q->len) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  for (; lo < self->n_titles; lo++)
    {
      guint i = self->by_ending[lo];
      gsize len = key_length (self, i);

      if (len < q->len || memcmp (self->keys + self->key_at[i] + len - q->len, q->key, q->len) != 0)
        break;
      if (len > q->len)
        title_set_add (found, i);
    }
}

/* Adds the titles whose key may match the query's (key_quality() says how
 * well), found in the indexes rather than by reading every key. */
static void
find_keys (FpKb        *self,
           const Query *q,
           TitleSet    *found)
{
  add_key (self, q->key, found);
  if (q->other_form != NULL)
    add_key (self, q->other_form, found);
  /* The query ends in a title: a compound. */
  for (gsize start = 1; q->len - start >= 5; start++)
    add_key (self, q->key + start, found);
  if (q->len >= 5)
    add_key_endings (self, q, found);

  /* A typo leaves the length within two bytes. */
  if (q->typos)
    {
      gsize from = self->length_at[MIN (q->len - 2, self->n_lengths - 1)];
      gsize to = self->length_at[MIN (q->len + 3, self->n_lengths - 1)];

      for (gsize at = from; at < to; at++)
        {
          guint i = self->by_length[at];

          if ((guint) __builtin_popcountll (self->key_letters[i] ^ q->letters) <= 4)
            title_set_add (found, i);
        }
    }
}

/**
 * fp_kb_search:
 * @self: a #FpKb
 * @query: a job title as a person writes it, in Norwegian or English
 * @max_results: the most matches to return
 *
 * Finds the unit groups whose titles match @query: exactly (after folding
 * case, diacritics, gendered endings, hyphens and spaces), by shared words and
 * stems, as part of a Norwegian compound ("backendutvikler" holds
 * "utvikler"), or with a typo or two.
 *
 * Returns: (transfer full) (element-type FpKbMatch): one match per unit
 *   group, best first
 */
GPtrArray *
fp_kb_search (FpKb       *self,
              const char *query,
              guint       max_results)
{
  g_autofree Best     *best = NULL;
  g_autofree gboolean *inflected = NULL;
  TitleSet             candidates, found;
  g_autoptr (GPtrArray) tokens = NULL;
  g_autoptr (GPtrArray) stems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *key = NULL;
  g_autofree char *other_form = NULL;
  GPtrArray       *result;
  gsize            key_len;
  double           top = 0;
  Query            q;

  g_return_val_if_fail (FP_IS_KB (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) fp_kb_match_free);
  best = g_new0 (Best, self->n_units);
  key = fp_normalize_key (query);
  key_len = strlen (key);
  if (key_len == 0)
    return result;

  tokens = fp_normalize_tokens (query);
  inflected = g_new0 (gboolean, tokens->len);
  for (guint i = 0; i < tokens->len; i++)
    {
      g_ptr_array_add (stems, fp_normalize_stem (g_ptr_array_index (tokens, i)));
      inflected[i] = inflects (g_ptr_array_index (tokens, i), g_ptr_array_index (stems, i));
    }
  title_set_init (&candidates, self->n_titles);

  /* Titles sharing a word or a stem with the query. */
  for (guint i = 0; i < tokens->len + stems->len; i++)
    {
      const char *word = i < tokens->len ? g_ptr_array_index (tokens, i)
                                         : g_ptr_array_index (stems, i - tokens->len);
      gssize      at = token_find (self, word);

      if (at >= 0)
        add_hits (self, (gsize) at, &candidates);
    }

  for (gint64 i = title_set_next (&candidates, 0); i >= 0; i = title_set_next (&candidates, (guint) i + 1))
    {
      guint  index = (guint) i;
      double quality = g_str_equal ((self->keys + self->key_at[index]), key)
                           ? 1.0
                           : 0.9 * stem_overlap (stems, inflected, (self->stems + self->stem_at[index]));

      if (quality > 0.3)
        consider (best, self, index, quality);
      top = MAX (top, quality);
    }
  g_free (candidates.bits);

  other_form = title_base_form (self, key);

  /* Exact keys, compounds and typos. */
  q.key = key;
  q.len = key_len;
  q.letters = fp_normalize_letters (key);
  q.other_form = other_form;
  /* A typo is looked for only when no title holds most of the query's
   * words ("herd manager" is not "HR manager"). */
  q.typos = top < 0.5 && key_len >= 5;
  title_set_init (&found, self->n_titles);
  find_keys (self, &q, &found);
  for (gint64 i = title_set_next (&found, 0); i >= 0; i = title_set_next (&found, (guint) i + 1))
    {
      double quality = key_quality (self, &q, (guint) i);

      if (quality > 0)
        consider (best, self, (guint) i, quality);
    }
  g_free (found.bits);

  /* Only the units that make the list are unpacked. */
  {
    g_autoptr (GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));

    for (guint i = 0; i < self->n_units; i++)
      if (best[i].title != 0)
        g_array_append_val (order, i);
    g_array_sort_with_data (order, compare_best, best);
    for (guint i = 0; i < MIN (order->len, max_results); i++)
      g_ptr_array_add (result, make_match (self, &best[g_array_index (order, guint, i)]));
  }

  return result;
}

/**
 * fp_kb_phrase:
 * @id: a phrase, e.g. "mark_automated" or "context_screen"
 * @lang: the language
 *
 * Returns: the phrase in @lang (the report's language, which need not be the
 *   interface's), or @id if there is no such phrase
 */
const char *
fp_kb_phrase (const char *id,
              FpLang      lang)
{
  Sorted *phrases = &fp_kb_get_default ()->phrases;
  gssize  at = sorted_find (phrases, id);

  if (at < 0)
    return id;
  return phrases->pool + phrases->offsets[at * 3 + (lang == FP_LANG_NB ? 2 : 1)];
}

/**
 * fp_kb_phrase_fill: (skip)
 * @id: a phrase
 * @lang: the language
 *
 * Fills the names in braces in the phrase from the arguments that follow
 * @lang: pairs of a name ("score" for {score}) and its value, ending in
 * %NULL.
 *
 * Returns: (transfer full): the phrase in @lang with those names filled in
 */
char *
fp_kb_phrase_fill (const char *id,
                   FpLang      lang,
                   ...)
{
  GString    *out = g_string_new (fp_kb_phrase (id, lang));
  const char *key;
  va_list     ap;

  va_start (ap, lang);
  while ((key = va_arg (ap, const char *)) != NULL)
    {
      const char      *value = va_arg (ap, const char *);
      g_autofree char *braced = g_strdup_printf ("{%s}", key);

      g_string_replace (out, braced, value, 0);
    }
  va_end (ap);

  return g_string_free (out, FALSE);
}
