/* fp-kb-compile.c — turns data/kb into the GVariant the app loads
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * usage: fp-kb-compile OUT.gvariant units.json titles.json [titles-own.json]
 *                      [title-rules.json] [activity-lexicon.json] [phrases.json]
 *                      [generic-titles.json] [TEXT.json…]
 * (the inputs are told apart by their names; every other file is a text file)
 *
 * Everything slow happens here, at build time: the title index is normalised,
 * stemmed and sorted, so that loading it is a matter of mapping the resource.
 * The layout is FP_KB_VARIANT_TYPE in src/core/fp-kb.h.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "fp-kb.h"
#include "fp-normalize.h"

typedef struct
{
  char  *title;
  char  *lang;
  char  *code;
  char  *source;
  double weight;
  char  *key;
  char  *stems;
} Title;

static void
title_free (Title *t)
{
  g_free (t->title);
  g_free (t->lang);
  g_free (t->code);
  g_free (t->source);
  g_free (t->key);
  g_free (t->stems);
  g_free (t);
}

static JsonNode *
load_json (const char *path)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;

  if (!json_parser_load_from_file (parser, path, &error))
    g_error ("%s: %s", path, error->message);

  return json_node_copy (json_parser_get_root (parser));
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  return strcmp ((*(const char *const *const *) a)[0], (*(const char *const *const *) b)[0]);
}

/* Strings, each NUL-terminated, found by their offset: the knowledge base
 * is used where it is mapped, so no string is unpacked at start. */
static guint32
pool_add (GString    *pool,
          const char *s)
{
  guint32 at = (guint32) pool->len;

  g_string_append_len (pool, s, (gssize) strlen (s) + 1);
  return at;
}

static void
append_u32 (GArray *array,
            guint32 value)
{
  g_array_append_val (array, value);
}

#define BYTES(s)  g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, (s)->str, (s)->len, 1)
#define UINTS(a)  g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, (a)->data, (a)->len, sizeof (guint32))
#define SHORTS(a) g_variant_new_fixed_array (G_VARIANT_TYPE_UINT16, (a)->data, (a)->len, sizeof (guint16))

/* Every keyword of a unit's tasks, in both languages, as its stems joined by
 * spaces: what the matcher weighs a CV's lines against. */
static void
add_keyword_stems (const char *text,
                   GString    *pool,
                   GArray     *keywords)
{
  g_autoptr (JsonNode) node = text != NULL ? json_from_string (text, NULL) : NULL;
  JsonObject *root = node != NULL ? json_node_get_object (node) : NULL;
  JsonArray  *tasks = root != NULL && json_object_has_member (root, "tasks") ? json_object_get_array_member (root, "tasks") : NULL;

  for (guint i = 0; tasks != NULL && i < json_array_get_length (tasks); i++)
    {
      g_autoptr (GPtrArray) stems = fp_kb_task_keyword_stems (json_array_get_object_element (tasks, i));

      for (guint k = 0; k < stems->len; k++)
        {
          g_autofree char *joined = g_strjoinv (" ", g_ptr_array_index (stems, k));

          append_u32 (keywords, pool_add (pool, joined));
        }
    }
}

/* What the work is, in a line, for a person choosing among occupations: the
 * first two tasks of the unit's texts in @lang ("" without texts). */
static char *
about_line (const char *text,
            const char *lang)
{
  g_autoptr (JsonNode) node = text != NULL ? json_from_string (text, NULL) : NULL;
  JsonObject *root = node != NULL ? json_node_get_object (node) : NULL;
  JsonArray  *tasks = root != NULL && json_object_has_member (root, "tasks") ? json_object_get_array_member (root, "tasks") : NULL;
  GString    *line = g_string_new (NULL);

  for (guint i = 0; tasks != NULL && i < MIN (2, json_array_get_length (tasks)); i++)
    {
      JsonObject *task_text = json_object_get_object_member (json_array_get_object_element (tasks, i), "text");

      if (line->len > 0)
        g_string_append (line, "; ");
      g_string_append (line, json_object_get_string_member (task_text, lang));
    }

  return g_string_free (line, FALSE);
}

/* The units as columns (FP_KB_VARIANT_TYPE): their strings in one pool,
 * eight offsets a unit (code, English and Norwegian title, gradient, texts,
 * the group observed use was taken from, and what the work is in English
 * and in Norwegian), five figures a unit (ILO mean and
 * deviation, observed use, its percentile, the same on the ILO's scale),
 * and their tasks, STYRK codes and keywords each as one array with where
 * each unit's part starts. */
static GVariant *
build_units (JsonObject *root,
             GHashTable *unit_text)
{
  JsonArray *array = json_object_get_array_member (root, "units");
  g_autoptr (GString) pool = g_string_new (NULL);
  g_autoptr (GArray) strings = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) figures = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) tasks = g_array_new (FALSE, FALSE, sizeof (FpKbTask));
  g_autoptr (GArray) task_at = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) styrk = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) styrk_at = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) keywords = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) keyword_at = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject      *u = json_array_get_object_element (array, i);
      JsonObject      *ilo = json_object_get_object_member (u, "ilo");
      JsonObject      *observed = json_object_get_object_member (u, "observed");
      JsonArray       *styrk08 = json_object_get_array_member (u, "styrk08");
      JsonArray       *unit_tasks = json_object_get_array_member (u, "tasks");
      const char      *code = json_object_get_string_member (u, "isco08");
      const char      *text = g_hash_table_lookup (unit_text, code);
      g_autofree char *about_en = about_line (text, "en");
      g_autofree char *about_nb = about_line (text, "nb");
      const char      *own[] = { code, json_object_get_string_member (u, "title_en"),
                                 json_object_get_string_member (u, "title_nb"),
                                 json_object_get_string_member (ilo, "gradient"), text != NULL ? text : "",
                                 json_object_get_string_member_with_default (observed, "from_group", ""),
                                 about_en, about_nb };
      double           numbers[] = { json_object_get_double_member (ilo, "mean"), json_object_get_double_member (ilo, "sd"),
                                     json_object_get_double_member (observed, "ai_applicability"),
                                     json_object_get_double_member (observed, "percentile"),
                                     json_object_get_double_member (observed, "on_ilo_scale") };

      for (guint j = 0; j < G_N_ELEMENTS (own); j++)
        append_u32 (strings, pool_add (pool, own[j]));
      g_array_append_vals (figures, numbers, G_N_ELEMENTS (numbers));

      append_u32 (task_at, tasks->len);
      for (guint j = 0; j < json_array_get_length (unit_tasks); j++)
        {
          JsonObject *o = json_array_get_object_element (unit_tasks, j);
          FpKbTask    task = { (guint) json_object_get_int_member (o, "id"), json_object_get_double_member (o, "score"),
                               json_object_get_double_member_with_default (o, "score_2023", -1) };

          g_array_append_val (tasks, task);
        }

      append_u32 (styrk_at, styrk->len);
      for (guint j = 0; j < json_array_get_length (styrk08); j++)
        {
          JsonObject *o = json_array_get_object_element (styrk08, j);

          append_u32 (styrk, pool_add (pool, json_object_get_string_member (o, "code")));
          append_u32 (styrk, pool_add (pool, json_object_get_string_member (o, "title_nb")));
        }

      append_u32 (keyword_at, keywords->len);
      add_keyword_stems (text, pool, keywords);
    }
  append_u32 (task_at, tasks->len);
  append_u32 (styrk_at, styrk->len);
  append_u32 (keyword_at, keywords->len);

  /* The groups' codes and titles, three offsets a group. */
  array = json_object_get_array_member (root, "groups");
  {
    g_autoptr (GArray) groups = g_array_new (FALSE, FALSE, sizeof (guint32));

    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *g = json_array_get_object_element (array, i);

        append_u32 (groups, pool_add (pool, json_object_get_string_member (g, "code")));
        append_u32 (groups, pool_add (pool, json_object_get_string_member (g, "title_en")));
        append_u32 (groups, pool_add (pool, json_object_get_string_member (g, "title_nb")));
      }

    G_STATIC_ASSERT (sizeof (FpKbTask) == 24);
    return g_variant_new ("(@ay@au@ad@a(udd)@au@au@au@au@au@au)", BYTES (pool), UINTS (strings),
                          g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, figures->data, figures->len, sizeof (double)),
                          g_variant_new_fixed_array (G_VARIANT_TYPE ("(udd)"), tasks->data, tasks->len, sizeof (FpKbTask)),
                          UINTS (task_at), UINTS (styrk), UINTS (styrk_at), UINTS (keywords), UINTS (keyword_at),
                          UINTS (groups));
  }
}

/* Strings found by a key, as a pool and, for each entry sorted by its key,
 * @stride offsets: the key and its values. */
static GVariant *
build_sorted (GPtrArray *rows,
              guint      stride)
{
  g_autoptr (GString) pool = g_string_new (NULL);
  g_autoptr (GArray) offsets = g_array_new (FALSE, FALSE, sizeof (guint32));

  g_ptr_array_sort (rows, compare_rows);
  for (guint i = 0; i < rows->len; i++)
    {
      const char *const *row = g_ptr_array_index (rows, i);

      if (i > 0 && g_str_equal (row[0], ((const char *const *) g_ptr_array_index (rows, i - 1))[0]))
        continue;
      for (guint k = 0; k < stride; k++)
        append_u32 (offsets, pool_add (pool, row[k]));
    }

  return g_variant_new ("(@ay@au)", BYTES (pool), UINTS (offsets));
}

/* The sentences around the occupation texts: id, English, Norwegian. */
static GVariant *
build_phrases (JsonNode *root)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  JsonObject *phrases = root != NULL ? json_node_get_object (root) : NULL;
  g_autoptr (GList) ids = phrases != NULL ? json_object_get_members (phrases) : NULL;

  for (GList *l = ids; l != NULL; l = l->next)
    {
      JsonNode   *node = json_object_get_member (phrases, l->data);
      JsonObject *phrase = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;

      if (phrase != NULL)
        g_ptr_array_add (rows, g_strdupv ((char *[]){ l->data, (char *) json_object_get_string_member (phrase, "en"),
                                                      (char *) json_object_get_string_member (phrase, "nb"), NULL }));
    }

  return build_sorted (rows, 3);
}

/* The keys of the generic titles, in both languages. */
static GVariant *
build_generic_titles (JsonNode *root)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *langs[] = { "nb", "en" };

  for (guint l = 0; root != NULL && l < G_N_ELEMENTS (langs); l++)
    {
      JsonArray *titles = json_object_get_array_member (json_node_get_object (root), langs[l]);

      for (guint i = 0; titles != NULL && i < json_array_get_length (titles); i++)
        {
          g_autofree char *key = fp_normalize_key (json_array_get_string_element (titles, i));

          g_ptr_array_add (rows, g_strdupv ((char *[]){ key, NULL }));
        }
    }

  return build_sorted (rows, 1);
}

/* The word index as columns: the words, sorted, in one string; where each
 * starts; and the titles holding each word, as one array with where each
 * word's part starts. */
static GVariant *
build_tokens (GTree *tokens)
{
  g_autoptr (GString) words = g_string_new (NULL);
  g_autoptr (GArray) word_at = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) ids_at = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (GTreeNode *node = g_tree_node_first (tokens); node != NULL; node = g_tree_node_next (node))
    {
      GArray *hits = g_tree_node_value (node);

      append_u32 (word_at, pool_add (words, g_tree_node_key (node)));
      append_u32 (ids_at, ids->len);
      g_array_append_vals (ids, hits->data, hits->len);
    }
  append_u32 (ids_at, ids->len);

  return g_variant_new ("(@ay@au@au@au)", BYTES (words), UINTS (word_at), UINTS (ids), UINTS (ids_at));
}

static double
source_weight (const char *source)
{
  /* Our own titles are chosen for Norwegian and modern use; SSB's and ESCO's
   * preferred labels come next; ESCO's alternative labels include old and
   * rare forms. */
  if (g_str_equal (source, "own"))
    return 1.0;
  if (g_str_equal (source, "styrk"))
    return 0.97;
  if (g_str_equal (source, "esco"))
    return 0.95;
  if (g_str_equal (source, "isco"))
    return 0.93;
  return 0.88;
}

static void
add_title (GPtrArray  *titles,
           GHashTable *seen,
           const char *title,
           const char *lang,
           const char *code,
           const char *source)
{
  g_autofree char *key = fp_normalize_key (title);
  g_autofree char *id = g_strconcat (key, "\t", code, NULL);
  g_autoptr (GPtrArray) tokens = NULL;
  GString *stems;
  Title   *t;

  if (*key == '\0')
    return;

  /* One record for a key and code: the first source to give it wins, and
   * sources are added best first. */
  if (g_hash_table_contains (seen, id))
    return;
  g_hash_table_add (seen, g_steal_pointer (&id));

  tokens = fp_normalize_tokens (title);
  stems = g_string_new (NULL);
  for (guint i = 0; i < tokens->len; i++)
    {
      g_autofree char *stem = fp_normalize_stem (g_ptr_array_index (tokens, i));

      if (stems->len > 0)
        g_string_append_c (stems, ' ');
      g_string_append (stems, stem);
    }

  t = g_new0 (Title, 1);
  t->title = g_strdup (title);
  t->lang = g_strdup (lang);
  t->code = g_strdup (code);
  t->source = g_strdup (source);
  t->weight = source_weight (source);
  t->key = g_steal_pointer (&key);
  t->stems = g_string_free (stems, FALSE);
  g_ptr_array_add (titles, t);
}

static int
compare_titles (gconstpointer a,
                gconstpointer b)
{
  const Title *ta = *(const Title **) a, *tb = *(const Title **) b;
  int          c = strcmp (ta->key, tb->key);

  if (c != 0)
    return c;
  if (ta->weight != tb->weight)
    return ta->weight > tb->weight ? -1 : 1;
  return strcmp (ta->code, tb->code);
}

/* The titles' indices, ordered by their keys read from the end. */
static int
compare_reversed_keys (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  GPtrArray   *titles = user_data;
  const Title *ta = g_ptr_array_index (titles, *(const guint32 *) a);
  const Title *tb = g_ptr_array_index (titles, *(const guint32 *) b);

  return fp_normalize_compare_reversed (ta->key, strlen (ta->key), tb->key, strlen (tb->key));
}

/* The titles' indices by the length of their keys, and where each length
 * starts: length_at[n] is the first title whose key has n bytes or more. */
static void
index_lengths (GPtrArray *titles,
               GArray    *by_length,
               GArray    *length_at)
{
  gsize longest = 0;

  for (guint i = 0; i < titles->len; i++)
    longest = MAX (longest, strlen (((Title *) g_ptr_array_index (titles, i))->key));
  for (gsize len = 0; len <= longest + 1; len++)
    {
      append_u32 (length_at, by_length->len);
      for (guint i = 0; i < titles->len; i++)
        if (strlen (((Title *) g_ptr_array_index (titles, i))->key) == len)
          append_u32 (by_length, i);
    }
}

static int
compare_words (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return strcmp (a, b);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr (GPtrArray) titles = g_ptr_array_new_with_free_func ((GDestroyNotify) title_free);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) unit_text = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GHashTable) overrides = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GHashTable) n_codes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GTree) tokens = g_tree_new_full (compare_words, NULL, g_free,
                                              (GDestroyNotify) g_array_unref);
  g_autoptr (JsonNode) units_root = NULL;
  g_autoptr (JsonNode) titles_root = NULL;
  g_autoptr (JsonNode) own_root = NULL;
  g_autoptr (JsonNode) rules_root = NULL;
  g_autoptr (JsonNode) lexicon_root = NULL;
  g_autoptr (JsonNode) phrases_root = NULL;
  g_autoptr (JsonNode) generic_root = NULL;
  g_autoptr (GVariant) kb = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) texts = NULL;
  GVariantBuilder title_rows;
  g_autoptr (GString) act_stems = g_string_new (NULL);
  g_autoptr (GString) act_names = g_string_new (NULL);
  g_autoptr (GArray) act_stem_at = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) act_name_at = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) act_exposure = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GString) keys = g_string_new (NULL);
  g_autoptr (GString) stems = g_string_new (NULL);
  g_autoptr (GArray) key_offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) key_letters = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr (GArray) by_ending = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) by_length = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) length_at = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) stem_offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) title_units = NULL;
  g_autoptr (GArray) title_weights = NULL;
  JsonArray *array;

  if (argc < 4)
    {
      g_printerr ("usage: fp-kb-compile OUT units.json titles.json [titles-own.json] "
                  "[title-rules.json] [activity-lexicon.json] [phrases.json] [generic-titles.json] "
                  "[TEXT.json…]\n");
      return 1;
    }

  texts = g_ptr_array_new ();
  for (int i = 2; i < argc; i++)
    {
      g_autofree char *name = g_path_get_basename (argv[i]);

      if (g_str_equal (name, "units.json"))
        units_root = load_json (argv[i]);
      else if (g_str_equal (name, "titles.json"))
        titles_root = load_json (argv[i]);
      else if (g_str_equal (name, "titles-own.json"))
        own_root = load_json (argv[i]);
      else if (g_str_equal (name, "title-rules.json"))
        rules_root = load_json (argv[i]);
      else if (g_str_equal (name, "activity-lexicon.json"))
        lexicon_root = load_json (argv[i]);
      else if (g_str_equal (name, "phrases.json"))
        phrases_root = load_json (argv[i]);
      else if (g_str_equal (name, "generic-titles.json"))
        generic_root = load_json (argv[i]);
      else
        g_ptr_array_add (texts, argv[i]);
    }
  if (units_root == NULL || titles_root == NULL)
    g_error ("units.json and titles.json are needed");

  /* The authored texts, kept as JSON and parsed when an occupation is shown. */
  for (guint i = 0; i < texts->len; i++)
    {
      g_autoptr (JsonNode) text = load_json (g_ptr_array_index (texts, i));
      JsonObject *root = json_node_get_object (text);
      JsonObject *section;
      g_autoptr (GList) members = NULL;

      if (!json_object_has_member (root, "units"))
        continue;
      section = json_object_get_object_member (root, "units");
      members = json_object_get_members (section);
      for (GList *l = members; l != NULL; l = l->next)
        g_hash_table_insert (unit_text, g_strdup (l->data), json_to_string (json_object_get_member (section, l->data), FALSE));
    }

  /* Overrides: the code a common title means, where the sources disagree. */
  if (rules_root != NULL && JSON_NODE_HOLDS_OBJECT (rules_root) &&
      json_object_has_member (json_node_get_object (rules_root), "overrides"))
    {
      array = json_object_get_array_member (json_node_get_object (rules_root), "overrides");
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *o = json_array_get_object_element (array, i);

          g_hash_table_insert (overrides,
                               fp_normalize_key (json_object_get_string_member (o, "title")),
                               g_strdup (json_object_get_string_member (o, "isco08")));
        }
    }

  /* Titles, best source first. */
  array = own_root != NULL ? json_node_get_array (own_root) : NULL;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);

      add_title (titles, seen, json_object_get_string_member (o, "title"),
                 json_object_get_string_member (o, "lang"),
                 json_object_get_string_member (o, "isco08"), "own");
      /* Our own title is a decision, like an override: the same title's
       * other codes step back. */
      {
        g_autofree char *key = fp_normalize_key (json_object_get_string_member (o, "title"));

        if (!g_hash_table_contains (overrides, key))
          g_hash_table_insert (overrides, g_steal_pointer (&key),
                               g_strdup (json_object_get_string_member (o, "isco08")));
      }
    }
  array = json_object_get_array_member (json_node_get_object (titles_root), "rows");
  for (const char *const *source = (const char *const[]){ "styrk", "esco", "isco", "esco_alt", NULL };
       *source != NULL; source++)
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonArray *row = json_array_get_array_element (array, i);

        if (g_str_equal (json_array_get_string_element (row, 3), *source))
          add_title (titles, seen, json_array_get_string_element (row, 0),
                     json_array_get_string_element (row, 1),
                     json_array_get_string_element (row, 2), *source);
      }

  /* How many occupations each key names. */
  for (guint i = 0; i < titles->len; i++)
    {
      Title *t = g_ptr_array_index (titles, i);

      g_hash_table_insert (n_codes, t->key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (n_codes, t->key)) + 1));
    }

  /* Where an override names the code for a key, the others step back; an
   * alternative label that names three occupations or more says little of
   * any one. */
  for (guint i = 0; i < titles->len; i++)
    {
      Title      *t = g_ptr_array_index (titles, i);
      const char *code = g_hash_table_lookup (overrides, t->key);

      if (code != NULL)
        t->weight = g_str_equal (code, t->code) ? 1.0 : t->weight * 0.7;
      else if (g_str_equal (t->source, "esco_alt") && GPOINTER_TO_UINT (g_hash_table_lookup (n_codes, t->key)) >= 3)
        t->weight *= 0.85;
    }

  g_ptr_array_sort (titles, compare_titles);

  g_variant_builder_init (&title_rows, G_VARIANT_TYPE ("a(ssssd)"));
  for (guint i = 0; i < titles->len; i++)
    {
      Title *t = g_ptr_array_index (titles, i);
      g_auto (GStrv) words = g_strsplit (t->stems, " ", -1);
      g_autoptr (GPtrArray) folded = fp_normalize_tokens (t->title);

      g_variant_builder_add (&title_rows, "(ssssd)", t->title, t->lang, t->code, t->source, t->weight);
      guint32 key_at = (guint32) keys->len, stem_at = (guint32) stems->len;
      guint64 letters = fp_normalize_letters (t->key);

      g_array_append_val (key_offsets, key_at);
      g_array_append_val (key_letters, letters);
      g_array_append_val (by_ending, i);
      g_string_append_len (keys, t->key, (gssize) strlen (t->key) + 1);
      g_array_append_val (stem_offsets, stem_at);
      g_string_append_len (stems, t->stems, (gssize) strlen (t->stems) + 1);

      /* Index every stem and every folded word of the title. */
      for (guint w = 0; words[w] != NULL; w++)
        g_ptr_array_add (folded, g_strdup (words[w]));
      for (guint w = 0; w < folded->len; w++)
        {
          const char *word = g_ptr_array_index (folded, w);
          GArray     *hits = g_tree_lookup (tokens, word);
          guint32     index = i;

          if (hits == NULL)
            {
              hits = g_array_new (FALSE, FALSE, sizeof (guint32));
              g_tree_insert (tokens, g_strdup (word), hits);
            }
          if (hits->len == 0 || g_array_index (hits, guint32, hits->len - 1) != index)
            g_array_append_val (hits, index);
        }
    }

  /* Each title's unit, as an index into units, and its weight: what a
   * search needs for every candidate without unpacking the title. */
  {
    g_autoptr (GHashTable) unit_index = g_hash_table_new (g_str_hash, g_str_equal);
    JsonArray *unit_array = json_object_get_array_member (json_node_get_object (units_root), "units");

    title_units = g_array_new (FALSE, FALSE, sizeof (guint16));
    title_weights = g_array_new (FALSE, FALSE, sizeof (guint16));
    for (guint i = 0; i < json_array_get_length (unit_array); i++)
      g_hash_table_insert (unit_index,
                           (gpointer) json_object_get_string_member (json_array_get_object_element (unit_array, i), "isco08"),
                           GUINT_TO_POINTER (i + 1));
    for (guint i = 0; i < titles->len; i++)
      {
        Title  *t = g_ptr_array_index (titles, i);
        guint   found = GPOINTER_TO_UINT (g_hash_table_lookup (unit_index, t->code));
        guint16 u = (guint16) (found - 1), w = (guint16) (t->weight * 1000 + 0.5);

        if (found == 0)
          g_error ("title “%s” points at %s, which is not a unit", t->title, t->code);
        g_array_append_val (title_units, u);
        g_array_append_val (title_weights, w);
      }
  }

  /* The activity lexicon, stemmed: a phrase is its stems joined by spaces.
   * A single short word ("søm" folds to "som") would match too much. */
  if (lexicon_root != NULL)
    {
      JsonArray *terms = json_object_get_array_member (json_node_get_object (lexicon_root), "terms");

      for (guint i = 0; i < json_array_get_length (terms); i++)
        {
          JsonObject *term = json_array_get_object_element (terms, i);
          JsonArray  *lists[] = { json_object_get_array_member (term, "en"),
                                  json_object_get_array_member (term, "nb") };

          for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
            for (guint k = 0; k < json_array_get_length (lists[l]); k++)
              {
                g_autoptr (GPtrArray) words = fp_normalize_tokens (json_array_get_string_element (lists[l], k));
                double  exposure = json_object_get_double_member (term, "exposure");
                guint32 stem_at = (guint32) act_stems->len, name_at = (guint32) act_names->len;

                if (words->len == 0 || (words->len == 1 && strlen (g_ptr_array_index (words, 0)) < 7))
                  continue;
                for (guint t = 0; t < words->len; t++)
                  {
                    g_autofree char *stem = fp_normalize_stem (g_ptr_array_index (words, t));
                    g_string_append_printf (act_stems, "%s%s", t > 0 ? " " : "", stem);
                  }
                g_string_append_c (act_stems, '\0');
                g_string_append_len (act_names, json_array_get_string_element (lists[0], 0), -1);
                g_string_append_c (act_names, '\0');
                g_string_append_len (act_names, json_array_get_string_element (lists[1], 0), -1);
                g_string_append_c (act_names, '\0');
                g_array_append_val (act_stem_at, stem_at);
                g_array_append_val (act_name_at, name_at);
                g_array_append_val (act_exposure, exposure);
              }
        }
    }

  g_array_sort_with_data (by_ending, compare_reversed_keys, titles);
  index_lengths (titles, by_length, length_at);
  kb = g_variant_ref_sink (g_variant_new ("(@(ayauada(udd)auauauauauau)a(ssssd)@ay@au@ay@au@(ayauauau)@aq@aq(@ay@au@ad@ay@au)@at@au@au@au@(ayau)@(ayau))",
                                          build_units (json_node_get_object (units_root), unit_text), &title_rows,
                                          BYTES (keys), UINTS (key_offsets),
                                          BYTES (stems), UINTS (stem_offsets), build_tokens (tokens),
                                          SHORTS (title_units), SHORTS (title_weights),
                                          BYTES (act_stems), UINTS (act_stem_at),
                                          g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, act_exposure->data,
                                                                     act_exposure->len, sizeof (double)),
                                          BYTES (act_names), UINTS (act_name_at),
                                          g_variant_new_fixed_array (G_VARIANT_TYPE_UINT64, key_letters->data,
                                                                     key_letters->len, sizeof (guint64)),
                                          UINTS (by_ending), UINTS (by_length), UINTS (length_at),
                                          build_phrases (phrases_root), build_generic_titles (generic_root)));
  g_assert (g_variant_is_of_type (kb, G_VARIANT_TYPE (FP_KB_VARIANT_TYPE)));

  if (!g_file_set_contents (argv[1], g_variant_get_data (kb), (gssize) g_variant_get_size (kb), &error))
    g_error ("%s", error->message);

  return 0;
}
