/* fp-cv.h — a CV understood: sections, roles, dates, education, skills
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "fp-pdf-text.h"

G_BEGIN_DECLS

/**
 * FpDate:
 * @year: the year, or 0 when there is none
 * @month: 1–12, or 0 when the CV gives only the year
 */
typedef struct
{
  int year;
  int month;
} FpDate;

/**
 * FpCvJob:
 * @title: (nullable): the role as the CV writes it
 * @employer: (nullable): the employer
 * @place: (nullable): where
 * @start: when it began (year 0 if the CV does not say)
 * @end: when it ended (year 0 if current or not said)
 * @current: whether the CV says it goes on ("nå", "Present")
 * @months: its length in months, 0 when the dates do not tell
 * @bullets: (element-type utf8): what the person did there
 * @line: the line that names the role, as written in the CV
 */
typedef struct
{
  char      *title;
  char      *employer;
  char      *place;
  FpDate     start;
  FpDate     end;
  gboolean   current;
  guint      months;
  GPtrArray *bullets;
  char      *line;
} FpCvJob;

typedef struct
{
  char  *degree;
  char  *institution;
  FpDate start;
  FpDate end;
  char  *line;
} FpCvEducation;

#define FP_TYPE_CV (fp_cv_get_type ())
G_DECLARE_FINAL_TYPE (FpCv, fp_cv, FP, CV, GObject)

FpCv *fp_cv_new_from_pdf_text (FpPdfText *text);
FpCv *fp_cv_new_from_text (const char *text);

const char *fp_cv_get_language (FpCv *self);
const char *fp_cv_get_format (FpCv *self);
const char *fp_cv_get_name (FpCv *self);
const char *fp_cv_get_headline (FpCv *self);
const char *fp_cv_get_summary (FpCv *self);
GPtrArray  *fp_cv_get_jobs (FpCv *self);
GPtrArray  *fp_cv_get_education (FpCv *self);
GPtrArray  *fp_cv_get_skills (FpCv *self);
GPtrArray  *fp_cv_get_languages (FpCv *self);
GPtrArray  *fp_cv_get_certifications (FpCv *self);
GPtrArray  *fp_cv_get_lines (FpCv *self);
guint       fp_cv_get_total_months (FpCv *self);
guint       fp_cv_get_n_pages (FpCv *self);
JsonNode   *fp_cv_to_json (FpCv *self);

/**
 * FpCvWorkFlags:
 * @FP_CV_WORK_ALL_ROLES: the bullets of every role
 * @FP_CV_WORK_RECENT_ROLES: the bullets of the current roles and the latest
 * @FP_CV_WORK_SKILLS_SUMMARY: the skills and the summary as well
 */
typedef enum
{
  FP_CV_WORK_ALL_ROLES = 1 << 0,
  FP_CV_WORK_RECENT_ROLES = 1 << 1,
  FP_CV_WORK_SKILLS_SUMMARY = 1 << 2,
} FpCvWorkFlags;

GPtrArray *fp_cv_dup_work_lines (FpCv         *self,
                                 FpCvWorkFlags flags,
                                 guint        *n_recent);

gboolean fp_date_range_parse (const char *text,
                              FpDate     *start,
                              FpDate     *end,
                              gboolean   *current,
                              char      **rest);
FpDate   fp_date_today (void);

G_END_DECLS
