/* fp-cv.c — a CV understood: sections, roles, dates, education, skills
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The object and its JSON; fp-cv-parser.c reads the lines.
 */

#define G_LOG_DOMAIN "fp-cv"

#include "config.h"

#include <string.h>

#include "fp-cv-private.h"

G_DEFINE_FINAL_TYPE (FpCv, fp_cv, G_TYPE_OBJECT)

void
fp_cv_job_free (FpCvJob *job)
{
  g_free (job->title);
  g_free (job->employer);
  g_free (job->place);
  g_free (job->line);
  g_clear_pointer (&job->bullets, g_ptr_array_unref);
  g_free (job);
}

void
fp_cv_education_free (FpCvEducation *e)
{
  g_free (e->degree);
  g_free (e->institution);
  g_free (e->line);
  g_free (e);
}

static void
fp_cv_finalize (GObject *object)
{
  FpCv *self = FP_CV (object);

  g_free (self->language);
  g_free (self->format);
  g_free (self->name);
  g_free (self->headline);
  g_free (self->summary);
  g_ptr_array_unref (self->jobs);
  g_ptr_array_unref (self->education);
  g_ptr_array_unref (self->skills);
  g_ptr_array_unref (self->languages);
  g_ptr_array_unref (self->certifications);
  g_ptr_array_unref (self->lines);

  G_OBJECT_CLASS (fp_cv_parent_class)->finalize (object);
}

static void
fp_cv_class_init (FpCvClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fp_cv_finalize;
}

static void
fp_cv_init (FpCv *self)
{
  self->jobs = g_ptr_array_new_with_free_func ((GDestroyNotify) fp_cv_job_free);
  self->education = g_ptr_array_new_with_free_func ((GDestroyNotify) fp_cv_education_free);
  self->skills = g_ptr_array_new_with_free_func (g_free);
  self->languages = g_ptr_array_new_with_free_func (g_free);
  self->certifications = g_ptr_array_new_with_free_func (g_free);
  self->lines = g_ptr_array_new_with_free_func (g_free);
}

static void
finish (FpCv *self)
{
  g_autoptr (GArray) spans = g_array_new (FALSE, FALSE, sizeof (int) * 2);
  int   last_end = -1;
  guint total = 0;

  /* Total experience: the roles' spans merged where they overlap. */
  for (guint i = 0; i < self->jobs->len; i++)
    {
      const FpCvJob *job = g_ptr_array_index (self->jobs, i);
      FpDate         end = job->current ? fp_date_today () : job->end;
      int            span[2];

      if (job->months == 0)
        continue;
      span[0] = job->start.year * 12 + (job->start.month > 0 ? job->start.month - 1 : 6);
      span[1] = span[0] + (int) job->months;
      (void) end;
      g_array_append_val (spans, span);
    }

  for (guint i = 0; i < spans->len; i++)
    for (guint j = i + 1; j < spans->len; j++)
      {
        int *a = &g_array_index (spans, int, i * 2), *b = &g_array_index (spans, int, j * 2);

        if (b[0] < a[0])
          {
            int t0 = a[0], t1 = a[1];
            a[0] = b[0];
            a[1] = b[1];
            b[0] = t0;
            b[1] = t1;
          }
      }

  for (guint i = 0; i < spans->len; i++)
    {
      int start = g_array_index (spans, int, i * 2), end = g_array_index (spans, int, i * 2 + 1);

      if (end <= last_end)
        continue;
      total += (guint) (end - MAX (start, last_end));
      last_end = end;
    }

  self->total_months = total;
}
static FpCv *
parse (GPtrArray *lines,
       guint      n_pages)
{
  FpCv *self = g_object_new (FP_TYPE_CV, NULL);

  self->n_pages = n_pages;
  for (guint i = 0; i < lines->len; i++)
    g_ptr_array_add (self->lines, g_strdup (((FpCvLine *) g_ptr_array_index (lines, i))->text));

  fp_cv_parse_lines (self, lines);
  finish (self);

  return self;
}

/**
 * fp_cv_new_from_pdf_text:
 * @text: the lines of a PDF
 *
 * Returns: (transfer full): the CV in @text
 */
FpCv *
fp_cv_new_from_pdf_text (FpPdfText *text)
{
  g_autoptr (GPtrArray) lines = NULL;

  g_return_val_if_fail (FP_IS_PDF_TEXT (text), NULL);

  lines = fp_cv_lines_from_pdf_text (text);
  return parse (lines, fp_pdf_text_get_n_pages (text));
}

/**
 * fp_cv_new_from_text:
 * @text: a CV as plain text, one line per line
 *
 * Reads a CV with no layout to go by (for tests and plain text).
 *
 * Returns: (transfer full): the CV in @text
 */
FpCv *
fp_cv_new_from_text (const char *text)
{
  g_autoptr (GPtrArray) lines = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  lines = fp_cv_lines_from_text (text);
  return parse (lines, 1);
}

/**
 * fp_cv_dup_work_lines:
 * @self: a #FpCv
 * @flags: which lines
 * @n_recent: (out) (optional): how many of the lines, from the first, belong
 *   to the current or the latest role
 *
 * The CV's lines that describe the work, most recent role first: the one
 * place the matcher and the assessor read them from.
 *
 * Returns: (transfer container) (element-type utf8): the lines, owned by @self
 */
GPtrArray *
fp_cv_dup_work_lines (FpCv         *self,
                      FpCvWorkFlags flags,
                      guint        *n_recent)
{
  GPtrArray *lines = g_ptr_array_new ();
  guint      recent = 0;

  g_return_val_if_fail (FP_IS_CV (self), lines);

  for (guint i = 0; i < self->jobs->len; i++)
    {
      const FpCvJob *job = g_ptr_array_index (self->jobs, i);
      gboolean       now = i == 0 || job->current;

      if ((flags & FP_CV_WORK_RECENT_ROLES) && !job->current && i > 1)
        continue;
      for (guint b = 0; b < job->bullets->len; b++)
        g_ptr_array_add (lines, g_ptr_array_index (job->bullets, b));
      if (now)
        recent = lines->len;
    }

  if (flags & FP_CV_WORK_SKILLS_SUMMARY)
    {
      g_ptr_array_extend (lines, self->skills, NULL, NULL);
      if (self->summary != NULL)
        g_ptr_array_add (lines, self->summary);
    }

  if (n_recent != NULL)
    *n_recent = recent;

  return lines;
}

const char *
fp_cv_get_language (FpCv *self)
{
  g_return_val_if_fail (FP_IS_CV (self), NULL);
  return self->language;
}

const char *
fp_cv_get_format (FpCv *self)
{
  g_return_val_if_fail (FP_IS_CV (self), NULL);
  return self->format;
}

const char *
fp_cv_get_name (FpCv *self)
{
  g_return_val_if_fail (FP_IS_CV (self), NULL);
  return self->name;
}

const char *
fp_cv_get_headline (FpCv *self)
{
  g_return_val_if_fail (FP_IS_CV (self), NULL);
  return self->headline;
}

const char *
fp_cv_get_summary (FpCv *self)
{
  g_return_val_if_fail (FP_IS_CV (self), NULL);
  return self->summary;
}

/**
 * fp_cv_get_jobs:
 * @self: a #FpCv
 *
 * Returns: (transfer none) (element-type FpCvJob): the roles, as the CV
 *   lists them
 */
GPtrArray *
fp_cv_get_jobs (FpCv *self)
{
  g_return_val_if_fail (FP_IS_CV (self), NULL);
  return self->jobs;
}

GPtrArray *
fp_cv_get_education (FpCv *self)
{
  g_return_val_if_fail (FP_IS_CV (self), NULL);
  return self->education;
}

GPtrArray *
fp_cv_get_skills (FpCv *self)
{
  g_return_val_if_fail (FP_IS_CV (self), NULL);
  return self->skills;
}

GPtrArray *
fp_cv_get_languages (FpCv *self)
{
  g_return_val_if_fail (FP_IS_CV (self), NULL);
  return self->languages;
}

GPtrArray *
fp_cv_get_certifications (FpCv *self)
{
  g_return_val_if_fail (FP_IS_CV (self), NULL);
  return self->certifications;
}

GPtrArray *
fp_cv_get_lines (FpCv *self)
{
  g_return_val_if_fail (FP_IS_CV (self), NULL);
  return self->lines;
}

guint
fp_cv_get_total_months (FpCv *self)
{
  g_return_val_if_fail (FP_IS_CV (self), 0);
  return self->total_months;
}

guint
fp_cv_get_n_pages (FpCv *self)
{
  g_return_val_if_fail (FP_IS_CV (self), 0);
  return self->n_pages;
}

static void
add_date (JsonBuilder *b,
          const char  *name,
          FpDate       date)
{
  g_autofree char *text = NULL;

  if (date.year == 0)
    return;

  text = date.month > 0 ? g_strdup_printf ("%04d-%02d", date.year, date.month)
                        : g_strdup_printf ("%04d", date.year);
  json_builder_set_member_name (b, name);
  json_builder_add_string_value (b, text);
}

static void
add_string (JsonBuilder *b,
            const char  *name,
            const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (b, name);
  json_builder_add_string_value (b, value);
}

static void
add_strings (JsonBuilder *b,
             const char  *name,
             GPtrArray   *values)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < values->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (values, i));
  json_builder_end_array (b);
}

/**
 * fp_cv_to_json:
 * @self: a #FpCv
 *
 * Returns: (transfer full): the CV as JSON, in the shape docs/cv-json.md
 *   describes
 */
JsonNode *
fp_cv_to_json (FpCv *self)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();

  g_return_val_if_fail (FP_IS_CV (self), NULL);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "schema");
  json_builder_add_int_value (b, 1);
  add_string (b, "language", self->language);
  add_string (b, "format", self->format);
  add_string (b, "name", self->name);
  add_string (b, "headline", self->headline);
  add_string (b, "summary", self->summary);
  json_builder_set_member_name (b, "experience_months");
  json_builder_add_int_value (b, self->total_months);

  json_builder_set_member_name (b, "experience");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->jobs->len; i++)
    {
      const FpCvJob *job = g_ptr_array_index (self->jobs, i);

      json_builder_begin_object (b);
      add_string (b, "title", job->title);
      add_string (b, "employer", job->employer);
      add_string (b, "place", job->place);
      add_date (b, "start", job->start);
      add_date (b, "end", job->end);
      json_builder_set_member_name (b, "current");
      json_builder_add_boolean_value (b, job->current);
      if (job->months > 0)
        {
          json_builder_set_member_name (b, "months");
          json_builder_add_int_value (b, job->months);
        }
      add_strings (b, "bullets", job->bullets);
      add_string (b, "line", job->line);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "education");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->education->len; i++)
    {
      const FpCvEducation *e = g_ptr_array_index (self->education, i);

      json_builder_begin_object (b);
      add_string (b, "degree", e->degree);
      add_string (b, "institution", e->institution);
      add_date (b, "start", e->start);
      add_date (b, "end", e->end);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  add_strings (b, "skills", self->skills);
  add_strings (b, "languages", self->languages);
  add_strings (b, "certifications", self->certifications);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}
