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

#define KB_RESOURCE      "/io/github/futureproof/Futureproof/kb/kb.gvariant"
#define GENERIC_RESOURCE "/io/github/futureproof/Futureproof/kb/generic-titles.json"

typedef struct
{
  char *title_en;
  char *title_nb;
} Group;

struct _FpKb
{
  GObject parent_instance;

  GVariant     *root;
  GStringChunk *strings;
  FpKbUnit     *units;
  guint         n_units;
  GHashTable   *by_isco;  /* code → FpKbUnit* */
  GHashTable   *by_styrk; /* code → FpKbUnit* */
  GHashTable   *groups;   /* code → Group* */
  GHashTable   *texts;    /* code → text JSON (in the variant) */

  GVariant      *titles; /* a(ssssd), sorted by key */
  const char    *keys;   /* NUL-terminated keys, in the variant */
  gsize          keys_len;
  const guint32 *key_at; /* where each title's key starts in keys */
  const char    *stems;
  const guint32 *stem_at;
  guint          n_titles;
  const guint16 *title_unit;   /* each title's unit, an index into units */
  const guint16 *title_weight; /* each title's weight, in thousandths */
  GVariant      *parts[6];     /* keep the arrays above alive */
  GVariant      *tokens;       /* a(sau), sorted by word */
  GVariant      *activities;   /* the lexicon's arrays, kept alive */
  GVariant      *act_parts[5];
  const char    *act_stems;
  const guint32 *act_stem_at;
  const double  *act_exposure;
  const char    *act_names;
  const guint32 *act_name_at;
  gsize          n_activities;

  GHashTable *keywords; /* code → its tasks' keywords as stems (GVariant "as") */
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
group_free (Group *group)
{
  g_free (group);
}

static void
fp_kb_finalize (GObject *object)
{
  FpKb *self = FP_KB (object);

  for (guint i = 0; i < self->n_units; i++)
    {
      g_free ((gpointer) self->units[i].tasks);
      g_free ((gpointer) self->units[i].styrk08);
      g_free ((gpointer) self->units[i].styrk08_titles);
    }
  g_free (self->units);
  for (guint i = 0; i < G_N_ELEMENTS (self->parts); i++)
    g_clear_pointer (&self->parts[i], g_variant_unref);
  g_clear_pointer (&self->by_isco, g_hash_table_unref);
  g_clear_pointer (&self->by_styrk, g_hash_table_unref);
  g_clear_pointer (&self->groups, g_hash_table_unref);
  g_clear_pointer (&self->texts, g_hash_table_unref);
  g_clear_pointer (&self->titles, g_variant_unref);
  g_clear_pointer (&self->tokens, g_variant_unref);
  g_clear_pointer (&self->activities, g_variant_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->act_parts); i++)
    g_clear_pointer (&self->act_parts[i], g_variant_unref);
  g_clear_pointer (&self->root, g_variant_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->keywords, g_hash_table_unref);

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
  self->strings = g_string_chunk_new (16 * 1024);
  self->by_isco = g_hash_table_new (g_str_hash, g_str_equal);
  self->by_styrk = g_hash_table_new (g_str_hash, g_str_equal);
  self->groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) group_free);
  self->texts = g_hash_table_new (g_str_hash, g_str_equal);
  self->keywords = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_variant_unref);
}

static char *
intern (FpKb       *self,
        const char *s)
{
  return g_string_chunk_insert_const (self->strings, s);
}

static void
load_units (FpKb     *self,
            GVariant *units)
{
  GVariantIter  iter;
  const char   *code, *title_en, *title_nb, *gradient, *text;
  GVariantIter *styrk;
  GVariant     *tasks, *keywords;
  const char   *observed_from;
  double        observed, observed_pct, observed_ilo;
  double        mean, sd;
  guint         i = 0;

  self->n_units = (guint) g_variant_n_children (units);
  self->units = g_new0 (FpKbUnit, self->n_units);

  g_variant_iter_init (&iter, units);
  while (g_variant_iter_next (&iter, "(&s&s&sa(ss)&sdd@a(udd)&s@as(ddd&s))", &code, &title_en, &title_nb, &styrk,
                              &gradient, &mean, &sd, &tasks, &text, &keywords, &observed, &observed_pct, &observed_ilo,
                              &observed_from))
    {
      FpKbUnit    *unit = &self->units[i++];
      const char **styrk_codes, **styrk_titles;
      const char  *s_code, *s_title;
      guint        n = 0;

      unit->isco08 = intern (self, code);
      unit->title_en = intern (self, title_en);
      unit->title_nb = intern (self, title_nb);
      unit->gradient = intern (self, gradient);
      unit->mean = mean;
      unit->sd = sd;
      unit->observed = observed;
      unit->observed_percentile = observed_pct;
      unit->observed_on_ilo_scale = observed_ilo;
      unit->observed_from_group = *observed_from != '\0' ? intern (self, observed_from) : NULL;

      /* (udd) is laid out as FpKbTask is: copy the array whole. */
      {
        gsize         n_tasks = 0;
        gconstpointer data = g_variant_get_fixed_array (tasks, &n_tasks, sizeof (FpKbTask));

        G_STATIC_ASSERT (sizeof (FpKbTask) == 24);
        unit->n_tasks = (guint) n_tasks;
        unit->tasks = g_memdup2 (data, n_tasks * sizeof (FpKbTask));
      }

      unit->n_styrk = (guint) g_variant_iter_n_children (styrk);
      styrk_codes = g_new0 (const char *, unit->n_styrk + 1);
      styrk_titles = g_new0 (const char *, unit->n_styrk + 1);
      n = 0;
      while (g_variant_iter_next (styrk, "(&s&s)", &s_code, &s_title))
        {
          styrk_codes[n] = intern (self, s_code);
          styrk_titles[n] = intern (self, s_title);
          /* A STYRK code may hold several ISCO units (7115 holds 7111 too):
           * the one with the same digits wins, else the first. */
          if (!g_hash_table_contains (self->by_styrk, styrk_codes[n]) ||
              g_str_equal (styrk_codes[n], unit->isco08))
            g_hash_table_insert (self->by_styrk, (gpointer) styrk_codes[n], unit);
          n++;
        }
      unit->styrk08 = styrk_codes;
      unit->styrk08_titles = styrk_titles;

      g_variant_iter_free (styrk);
      g_variant_unref (tasks);

      g_hash_table_insert (self->by_isco, (gpointer) unit->isco08, unit);
      g_hash_table_insert (self->keywords, (gpointer) unit->isco08, keywords);
      if (*text != '\0')
        g_hash_table_insert (self->texts, (gpointer) unit->isco08, (gpointer) text);
    }
}

static void
load_groups (FpKb     *self,
             GVariant *groups)
{
  GVariantIter iter;
  const char  *code, *title_en, *title_nb;

  g_variant_iter_init (&iter, groups);
  while (g_variant_iter_next (&iter, "(&s&s&s)", &code, &title_en, &title_nb))
    {
      Group *group = g_new0 (Group, 1);

      group->title_en = intern (self, title_en);
      group->title_nb = intern (self, title_nb);
      g_hash_table_insert (self->groups, intern (self, code), group);
    }
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
  g_autoptr (GVariant) groups = NULL;
  gsize n_keys = 0, n_stems = 0, keys_len = 0, stems_len = 0, n_units = 0, n_weights = 0;

  g_return_val_if_fail (bytes != NULL, NULL);

  self = g_object_new (FP_TYPE_KB, NULL);
  /* Trusted: the only knowledge base is the one fp-kb-compile wrote into our
   * resources at build time, and checking 40,000 titles would take longer
   * than using them. */
  self->root = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (FP_KB_VARIANT_TYPE),
                                                             bytes, TRUE));

  units = g_variant_get_child_value (self->root, 0);
  groups = g_variant_get_child_value (self->root, 1);
  self->titles = g_variant_get_child_value (self->root, 2);
  for (guint i = 0; i < 4; i++)
    self->parts[i] = g_variant_get_child_value (self->root, 3 + i);
  self->tokens = g_variant_get_child_value (self->root, 7);
  self->parts[4] = g_variant_get_child_value (self->root, 8);
  self->parts[5] = g_variant_get_child_value (self->root, 9);
  self->activities = g_variant_get_child_value (self->root, 10);
  {
    gsize n_stem_at, n_exposure, n_name_at, stems_size, names_size;

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
  self->title_unit = g_variant_get_fixed_array (self->parts[4], &n_units, sizeof (guint16));
  self->title_weight = g_variant_get_fixed_array (self->parts[5], &n_weights, sizeof (guint16));

  self->keys = g_variant_get_fixed_array (self->parts[0], &keys_len, 1);
  self->keys_len = keys_len;
  self->key_at = g_variant_get_fixed_array (self->parts[1], &n_keys, sizeof (guint32));
  self->stems = g_variant_get_fixed_array (self->parts[2], &stems_len, 1);
  self->stem_at = g_variant_get_fixed_array (self->parts[3], &n_stems, sizeof (guint32));
  self->n_titles = (guint) g_variant_n_children (self->titles);

  if (g_variant_n_children (units) == 0 || n_keys != self->n_titles || n_stems != self->n_titles ||
      n_units != self->n_titles || n_weights != self->n_titles ||
      (keys_len > 0 && self->keys[keys_len - 1] != '\0') ||
      (stems_len > 0 && self->stems[stems_len - 1] != '\0'))
    {
      g_set_error (error, FP_KB_ERROR, FP_KB_ERROR_INVALID,
                   _ ("The occupation data is damaged. Reinstall Futureproof."));
      return NULL;
    }

  load_units (self, units);
  load_groups (self, groups);
  for (guint i = 0; i < self->n_titles; i++)
    if (self->title_unit[i] >= self->n_units)
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
  const char *text;

  g_return_val_if_fail (FP_IS_KB (self), NULL);
  g_return_val_if_fail (isco08 != NULL, NULL);

  text = g_hash_table_lookup (self->texts, isco08);
  node = text != NULL ? json_from_string (text, NULL) : NULL;
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  return json_object_ref (json_node_get_object (node));
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
  GPtrArray   *stems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GVariant    *keywords;
  const char  *phrase;
  GVariantIter iter;

  g_return_val_if_fail (FP_IS_KB (self), stems);
  g_return_val_if_fail (isco08 != NULL, stems);

  keywords = g_hash_table_lookup (self->keywords, isco08);
  if (keywords == NULL)
    return stems;
  g_variant_iter_init (&iter, keywords);
  while (g_variant_iter_next (&iter, "&s", &phrase))
    g_ptr_array_add (stems, g_strsplit (phrase, " ", -1));

  return stems;
}

guint
fp_kb_get_n_titles (FpKb *self)
{
  g_return_val_if_fail (FP_IS_KB (self), 0);

  return self->n_titles;
}

/* The keys of data/kb/generic-titles.json, read once. */
static GHashTable *
generic_titles (void)
{
  static GHashTable *keys;

  if (g_once_init_enter (&keys))
    {
      GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autoptr (GBytes) bytes = g_resources_lookup_data (GENERIC_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_autoptr (JsonParser) parser = json_parser_new ();
      const char *const langs[] = { "nb", "en" };

      if (bytes != NULL &&
          json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), NULL))
        {
          JsonObject *root = json_node_get_object (json_parser_get_root (parser));

          for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
            {
              JsonArray *titles = json_object_get_array_member (root, langs[l]);

              for (guint i = 0; titles != NULL && i < json_array_get_length (titles); i++)
                g_hash_table_add (set, fp_normalize_key (json_array_get_string_element (titles, i)));
            }
        }
      g_once_init_leave (&keys, set);
    }

  return keys;
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
  return g_hash_table_contains (generic_titles (), key);
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

static gsize token_lower_bound (FpKb       *self,
                                const char *word);

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
      gsize       at = token_lower_bound (self, word);
      const char *found = NULL;
      g_autoptr (GVariant) ids = NULL;
      const guint32 *id;
      gsize          n_ids;

      if (strlen (word) < 4 || at >= g_variant_n_children (self->tokens))
        continue;
      g_variant_get_child (self->tokens, at, "(&s@au)", &found, &ids);
      if (!g_str_equal (found, word))
        continue;

      /* A word of thousands of titles ("leder") says nothing of which. */
      id = g_variant_get_fixed_array (ids, &n_ids, sizeof (guint32));
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

/* The first index in the sorted token index whose word is ≥ @word. */
static gsize
token_lower_bound (FpKb       *self,
                   const char *word)
{
  gsize lo = 0, hi = g_variant_n_children (self->tokens);

  while (lo < hi)
    {
      gsize       mid = lo + (hi - lo) / 2;
      const char *at;

      g_variant_get_child (self->tokens, mid, "(&s@au)", &at, NULL);
      if (strcmp (at, word) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static void
add_hits (FpKb       *self,
          gsize       index,
          GHashTable *candidates)
{
  g_autoptr (GVariant) hits = NULL;
  const guint32 *ids;
  gsize          n;

  g_variant_get_child (self->tokens, index, "(&s@au)", NULL, &hits);
  ids = g_variant_get_fixed_array (hits, &n, sizeof (guint32));
  /* A word shared by thousands of titles ("manager") says little alone. */
  for (gsize i = 0; i < MIN (n, 4000); i++)
    g_hash_table_add (candidates, GUINT_TO_POINTER (ids[i] + 1));
}

/* How much of the query's stems the title holds, and the title of the
 * query's: 1.0 when both hold the same words. */
/* Whether the query's @word is its @stem with at most an ending that
 * inflects it ("nurses", "sykepleiere"), not another word that Snowball
 * cuts to the same stem ("konsulent" is not "konsul"). */
static gboolean
inflects (const char *word,
          const char *stem,
          gsize       stem_len)
{
  static const char *const endings[] = { "", "e", "er", "ere", "en", "ene", "et", "a", "s", "es", "ers",
                                         "ens", "r", "ar", "ane", "ne", NULL };

  return strncmp (word, stem, stem_len) == 0 && g_strv_contains (endings, word + stem_len);
}

static double
stem_overlap (GPtrArray  *query_stems,
              GPtrArray  *query_words,
              const char *title_stems)
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

          if (strlen (q) == len && memcmp (q, p, len) == 0 &&
              inflects (g_ptr_array_index (query_words, i), p, len))
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
  double bonus;  /* for many good titles, at most 0.03 */
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
   * never by more than a little. */
  if (b->title != 0 && quality > 0.5)
    b->bonus = MIN (b->bonus + 0.005, 0.03);
  if (b->title == 0 || score > b->single)
    {
      b->single = score;
      b->title = index + 1;
    }
  b->score = b->single + b->bonus;
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
  g_autofree Best *best = NULL;
  g_autoptr (GHashTable) candidates = g_hash_table_new (NULL, NULL);
  g_autoptr (GPtrArray) tokens = NULL;
  g_autoptr (GPtrArray) stems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *key = NULL;
  g_autofree char *other_form = NULL;
  GPtrArray       *result;
  GHashTableIter   iter;
  gpointer         value;
  gsize            key_len, keys_len = self->keys_len;
  double           top = 0;

  g_return_val_if_fail (FP_IS_KB (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) fp_kb_match_free);
  best = g_new0 (Best, self->n_units);
  key = fp_normalize_key (query);
  key_len = strlen (key);
  if (key_len == 0)
    return result;

  tokens = fp_normalize_tokens (query);
  for (guint i = 0; i < tokens->len; i++)
    g_ptr_array_add (stems, fp_normalize_stem (g_ptr_array_index (tokens, i)));

  /* Titles sharing a word or a stem with the query. */
  for (guint i = 0; i < tokens->len + stems->len; i++)
    {
      const char *word = i < tokens->len ? g_ptr_array_index (tokens, i)
                                         : g_ptr_array_index (stems, i - tokens->len);
      gsize       at = token_lower_bound (self, word);
      const char *found = NULL;

      if (at < g_variant_n_children (self->tokens))
        g_variant_get_child (self->tokens, at, "(&s@au)", &found, NULL);
      if (found != NULL && g_str_equal (found, word))
        add_hits (self, at, candidates);
    }

  g_hash_table_iter_init (&iter, candidates);
  while (g_hash_table_iter_next (&iter, &value, NULL))
    {
      guint  index = GPOINTER_TO_UINT (value) - 1;
      double quality = g_str_equal ((self->keys + self->key_at[index]), key)
                           ? 1.0
                           : 0.9 * stem_overlap (stems, tokens, (self->stems + self->stem_at[index]));

      if (quality > 0.3)
        consider (best, self, index, quality);
      top = MAX (top, quality);
    }

  other_form = title_base_form (self, key);

  /* Exact keys, compounds and typos: one pass over the keys. A typo is
   * looked for only when no title holds most of the query's words ("herd
   * manager" is not "HR manager"). */
  for (guint i = 0; i < self->n_titles; i++)
    {
      const char *k = self->keys + self->key_at[i];
      gsize       len = (i + 1 < self->n_titles ? self->key_at[i + 1] : keys_len) - self->key_at[i] - 1;
      double      quality = 0;

      if (len == key_len && memcmp (k, key, len) == 0)
        quality = 1.0;
      else if (other_form != NULL && g_str_equal (k, other_form))
        quality = 0.97;
      else if (len >= 5 && len < key_len && memcmp (key + key_len - len, k, len) == 0)
        /* "backendutvikler" ends in the title "utvikler": the head of a
         * Norwegian compound names the occupation. */
        quality = 0.55 + 0.3 * len / key_len;
      else if (key_len >= 5 && key_len < len && memcmp (k + len - key_len, key, key_len) == 0)
        quality = 0.5 + 0.3 * key_len / len;
      else if (top < 0.5 && key_len >= 5 && (len > key_len ? len - key_len : key_len - len) <= 2)
        {
          guint max = key_len >= 8 ? 2 : 1;
          guint d = fp_normalize_distance (key, k, max);

          if (d <= max)
            quality = 0.88 - 0.08 * d;
        }

      if (quality > 0)
        consider (best, self, i, quality);
    }

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

#define PHRASES_RESOURCE "/io/github/futureproof/Futureproof/kb/phrases.json"

static JsonObject *
get_phrases (void)
{
  static JsonObject *phrases;

  if (g_once_init_enter (&phrases))
    {
      g_autoptr (GBytes) bytes = NULL;
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_autoptr (GError) error = NULL;

      fp_kb_get_default (); /* registers the resources */
      bytes = g_resources_lookup_data (PHRASES_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes == NULL || !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                                        (gssize) g_bytes_get_size (bytes), &error))
        g_error ("%s", error->message);
      g_once_init_leave (&phrases, json_object_ref (json_node_get_object (json_parser_get_root (parser))));
    }

  return phrases;
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
  JsonObject *phrases = get_phrases ();
  JsonObject *phrase;

  if (!json_object_has_member (phrases, id))
    return id;
  phrase = json_object_get_object_member (phrases, id);
  return json_object_get_string_member_with_default (phrase, fp_lang_to_string (lang), id);
}

/**
 * fp_kb_phrase_fill: (skip)
 * @id: a phrase
 * @lang: the language
 *
 * Fills the phrase's placeholders from the arguments that follow @lang:
 * pairs of a placeholder's name ("score" for {score}) and its value, ending
 * in %NULL.
 *
 * Returns: (transfer full): the phrase in @lang with its placeholders filled
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
