/* fp-kb.h — the occupation knowledge base
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "fp-types.h"

G_BEGIN_DECLS

/* units (code, title_en, title_nb, styrk (code, title), gradient, mean, sd,
 * tasks (id, score, score_2023), text), groups (code, title_en, title_nb,
 * text), titles (title, lang, code, source, weight) sorted by key, the keys
 * and the titles' stems (each as NUL-terminated strings in one byte array,
 * with their offsets), the token index (word, title indexes), and for each
 * title its unit's index in units and its weight in thousandths; then the
 * activity lexicon as parallel arrays: stems (NUL-terminated, with offsets),
 * exposures, and names in English and Norwegian (likewise). */
#define FP_KB_VARIANT_TYPE "((ayauada(udd)auauauauauau)a(ssssd)ayauayau(ayauauau)aqaq(ayauadayau)atauauau(ayau)(ayau))"

#define FP_KB_ERROR (fp_kb_error_quark ())

typedef enum
{
  FP_KB_ERROR_INVALID,
} FpKbError;

typedef struct
{
  guint  id;
  double score;
  double score_2023; /* < 0 where the 2023 index has none */
} FpKbTask;

/**
 * FpKbUnit:
 *
 * An ISCO-08 unit group with its ILO 2025 figures and the observed use of
 * generative AI in its work (Microsoft 2025): the applicability, its
 * percentile among the unit groups, the same figure standardised onto the
 * ILO mean's scale, and the minor group it was estimated from where the
 * source has none (else %NULL). Owned by the #FpKb.
 */
typedef struct
{
  const char        *isco08;
  const char        *title_en;
  const char        *title_nb;
  const char        *gradient;
  double             mean;
  double             sd;
  guint              n_tasks;
  const FpKbTask    *tasks;
  guint              n_styrk;
  const char *const *styrk08;
  const char *const *styrk08_titles;
  double             observed;
  double             observed_percentile;
  double             observed_on_ilo_scale;
  const char        *observed_from_group;
} FpKbUnit;

/**
 * FpKbMatch:
 * @isco08: the unit group
 * @title: the title that matched, as the source writes it
 * @lang: the title's language, "nb" or "en"
 * @source: where the title comes from: own, styrk, esco, isco or esco_alt
 * @score: how well it matched, 0–1
 */
typedef struct
{
  char  *isco08;
  char  *title;
  char  *lang;
  char  *source;
  double score;
} FpKbMatch;

#define FP_TYPE_KB_MATCH (fp_kb_match_get_type ())
GType      fp_kb_match_get_type (void) G_GNUC_CONST;
FpKbMatch *fp_kb_match_copy (const FpKbMatch *match);
void       fp_kb_match_free (FpKbMatch *match);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FpKbMatch, fp_kb_match_free)

#define FP_TYPE_KB (fp_kb_get_type ())
G_DECLARE_FINAL_TYPE (FpKb, fp_kb, FP, KB, GObject)

GQuark fp_kb_error_quark (void);

FpKb *fp_kb_get_default (void);
FpKb *fp_kb_new_from_bytes (GBytes  *bytes,
                            GError **error);

guint           fp_kb_get_n_units (FpKb *self);
const FpKbUnit *fp_kb_get_unit (FpKb *self,
                                guint index);
const FpKbUnit *fp_kb_lookup_isco (FpKb       *self,
                                   const char *isco08);
const FpKbUnit *fp_kb_lookup_styrk (FpKb       *self,
                                    const char *styrk08);
const char     *fp_kb_get_group_title (FpKb       *self,
                                       const char *code,
                                       FpLang      lang);
GPtrArray      *fp_kb_dup_nearest_units (FpKb       *self,
                                         const char *isco08);
JsonObject     *fp_kb_dup_text (FpKb       *self,
                                const char *isco08);
const char     *fp_kb_get_about (FpKb       *self,
                                 const char *isco08,
                                 FpLang      lang);
GPtrArray      *fp_kb_task_keyword_stems (JsonObject *task);
GPtrArray      *fp_kb_dup_keyword_stems (FpKb       *self,
                                         const char *isco08);
guint           fp_kb_get_n_titles (FpKb *self);
void            fp_kb_count_title_words (FpKb              *self,
                                         GHashTable        *words,
                                         const char *const *isco08s,
                                         guint              n,
                                         guint             *hits);
gboolean        fp_kb_is_generic_title (FpKb       *self,
                                        const char *title);
gboolean        fp_kb_has_title_key (FpKb       *self,
                                     const char *key,
                                     guint       n_words);
GPtrArray      *fp_kb_search (FpKb       *self,
                              const char *query,
                              guint       max_results);

const char *fp_kb_unit_get_title (const FpKbUnit *unit,
                                  FpLang          lang);
const char *fp_kb_phrase (const char *id,
                          FpLang      lang);
char       *fp_kb_phrase_fill (const char *id,
                               FpLang      lang,
                               ...) G_GNUC_NULL_TERMINATED;

guint fp_kb_get_n_activities (FpKb *self);
void  fp_kb_get_activity (FpKb        *self,
                          guint        index,
                          const char **stems,
                          double      *exposure,
                          const char **name_en,
                          const char **name_nb);

G_END_DECLS
