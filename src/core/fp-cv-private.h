/* fp-cv-private.h — what fp-cv.c and the CV parser share
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fp-cv.h"

G_BEGIN_DECLS

/* One line of a CV as the parser sees it: text, font and place. A size of 0
 * means there is no layout (plain text). */
/* What a label in front of a line says it is ("Stilling: Tømrer",
 * Europass's "Occupation or position held"). */
typedef enum
{
  FP_CV_LABEL_NONE,
  FP_CV_LABEL_NAME,
  FP_CV_LABEL_TITLE,
  FP_CV_LABEL_EMPLOYER,
  FP_CV_LABEL_DATES,
  FP_CV_LABEL_DESIRED,
  FP_CV_LABEL_OTHER,
} FpCvLabel;

typedef struct
{
  char     *text;
  double    size;
  double    x;
  double    y;
  double    width;
  guint     page;
  guint     column;
  gboolean  bold;
  gboolean  bullet;   /* the line starts a bullet point */
  FpCvLabel label;    /* what a label said this line is */
  gsize     bold_end; /* bytes of a bold start followed by regular text, or 0 */
  int       heading;  /* the section the line heads, plus one; 0 until known */
} FpCvLine;

struct _FpCv
{
  GObject parent_instance;

  char      *language;
  char      *format;
  char      *name;
  char      *headline;
  char      *summary;
  GPtrArray *jobs;
  GPtrArray *education;
  GPtrArray *skills;
  GPtrArray *languages;
  GPtrArray *certifications;
  GPtrArray *lines; /* every line's text, in reading order */
  guint      total_months;
  guint      n_pages;
};

void fp_cv_job_free (FpCvJob *job);
void fp_cv_education_free (FpCvEducation *education);

GPtrArray *fp_cv_lines_from_pdf_text (FpPdfText *text);
GPtrArray *fp_cv_lines_from_text (const char *text);
void       fp_cv_parse_lines (FpCv      *self,
                              GPtrArray *lines);

G_END_DECLS
