/* fp-matcher.h — from a CV or a title to ranked occupations
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fp-cv.h"
#include "fp-kb.h"

G_BEGIN_DECLS

/**
 * FpCandidate:
 * @isco08: the unit group
 * @confidence: 0–1
 * @cv_title: (nullable): the CV's own title for the role that decided it
 * @evidence: (element-type utf8): the CV lines that support it
 * @basis: where in the CV the occupation was read: "roles", "headline",
 *   "summary", "text" (a title anywhere in the CV), or "title" for a
 *   title searched on its own
 */
typedef struct
{
  char       *isco08;
  double      confidence;
  char       *cv_title;
  GPtrArray  *evidence;
  const char *basis;
} FpCandidate;

/* Below this confidence an occupation is not taken as found: the app asks
 * "Which of these fits you best?" and the CLI exits 3 with the candidates. */
#define FP_MATCH_ASK_BELOW 0.6

void fp_candidate_free (FpCandidate *candidate);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FpCandidate, fp_candidate_free)

GPtrArray *fp_matcher_match_cv (FpKb *kb,
                                FpCv *cv,
                                guint max_results);
GPtrArray *fp_matcher_suggest_titles (FpKb *kb,
                                      FpCv *cv,
                                      guint max_results);
GPtrArray *fp_matcher_match_title (FpKb       *kb,
                                   const char *title,
                                   guint       max_results);

G_END_DECLS
