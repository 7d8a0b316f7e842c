/* fp-report.c — the assessment as an A4 report
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One layout, run twice: first to count the pages (so footers can say "Page 1
 * of 2"), then to draw. The same drawing serves the PDF file and printing.
 * All text is real text set with Pango; cairo embeds the fonts.
 */

#define G_LOG_DOMAIN "fp-report"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "fp-assessment.h"
#include "fp-history.h"
#include "fp-kb.h"
#include "fp-output.h"
#include "fp-dial-draw.h"
#include "fp-report.h"

#define MARGIN 56.0
#define TOP    48.0
#define BOTTOM 58.0 /* room for the footer */
#define WIDTH  (FP_REPORT_WIDTH - 2 * MARGIN)
#define FONT   "Cantarell"

typedef struct
{
  FpAssessment    *assessment;
  FpLang           lang;
  cairo_t         *cr;        /* NULL while counting */
  cairo_surface_t *pdf;       /* for the outline, when writing a PDF */
  int              only_page; /* draw just this page (printing), or -1 */
  guint            page;      /* counted from 0 */
  guint            n_pages;   /* known in the drawing pass */
  double           y;
  PangoFontMap    *fonts;
  PangoContext    *pango;
} Report;

static gboolean
drawing (Report *r)
{
  return r->cr != NULL && (r->only_page < 0 || (guint) r->only_page == r->page);
}

static const char *
phrase (Report     *r,
        const char *id)
{
  return fp_kb_phrase (id, r->lang);
}

static PangoLayout *
make_layout (Report     *r,
             const char *text,
             double      size,
             gboolean    bold,
             double      width)
{
  PangoLayout          *layout = pango_layout_new (r->pango);
  PangoFontDescription *desc = pango_font_description_new ();

  pango_font_description_set_family (desc, FONT);
  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (desc);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return h / (double) PANGO_SCALE;
}

static void draw_footer (Report *r);

static void
new_page (Report *r)
{
  draw_footer (r);
  if (r->cr != NULL && r->only_page < 0)
    cairo_show_page (r->cr);
  r->page++;
  r->y = TOP;
}

/* Makes room for @height, starting a new page when it does not fit. */
static void
need (Report *r,
      double  height)
{
  if (r->y + height > FP_REPORT_HEIGHT - BOTTOM && r->y > TOP)
    new_page (r);
}

static void
set_grey (Report *r,
          double  grey)
{
  cairo_set_source_rgb (r->cr, grey, grey, grey);
}

static double
text (Report     *r,
      const char *s,
      double      size,
      gboolean    bold,
      double      x,
      double      width,
      double      grey,
      double      space_after)
{
  PangoLayout *layout;
  double       h;

  if (s == NULL || *s == '\0')
    return 0;

  layout = make_layout (r, s, size, bold, width);
  h = layout_height (layout);
  need (r, h);
  if (drawing (r))
    {
      set_grey (r, grey);
      cairo_move_to (r->cr, x, r->y);
      pango_cairo_show_layout (r->cr, layout);
    }
  r->y += h + space_after;
  g_object_unref (layout);

  return h;
}

static void
heading (Report     *r,
         const char *title,
         const char *anchor)
{
  /* Keep a heading with at least a few lines of what follows it. */
  need (r, 70);
  r->y += 8;
  if (drawing (r))
    {
      g_autofree char *dest = g_strdup_printf ("name='%s'", anchor);

      cairo_tag_begin (r->cr, CAIRO_TAG_DEST, dest);
      cairo_tag_end (r->cr, CAIRO_TAG_DEST);
      if (r->pdf != NULL)
        {
          g_autofree char *link = g_strdup_printf ("dest='%s'", anchor);
          cairo_pdf_surface_add_outline (r->pdf, CAIRO_PDF_OUTLINE_ROOT, title, link, 0);
        }
    }
  text (r, title, 14, TRUE, MARGIN, WIDTH, 0.1, 5);
}

static void
draw_footer (Report *r)
{
  g_autofree char *page = NULL, *pages = NULL, *footer = NULL;
  PangoLayout     *layout;
  int              w, h;

  if (!drawing (r) || r->n_pages == 0)
    return;

  page = g_strdup_printf ("%u", r->page + 1);
  pages = g_strdup_printf ("%u", r->n_pages);
  footer = fp_kb_phrase_fill ("report_page", r->lang, "page", page, "pages", pages, NULL);
  layout = make_layout (r, footer, 8.5, FALSE, WIDTH);
  pango_layout_get_size (layout, &w, &h);
  set_grey (r, 0.45);
  cairo_move_to (r->cr, MARGIN + WIDTH - w / (double) PANGO_SCALE, FP_REPORT_HEIGHT - 40);
  pango_cairo_show_layout (r->cr, layout);
  g_object_unref (layout);

  layout = make_layout (r, "Futureproof", 8.5, FALSE, WIDTH);
  cairo_move_to (r->cr, MARGIN, FP_REPORT_HEIGHT - 40);
  pango_cairo_show_layout (r->cr, layout);
  g_object_unref (layout);
}

/* The mark's sign, drawn: a filled circle (automated), a circular arrow
 * (changing) or a tick (safe), in its colour, with the word next to it. */
static void
draw_mark (Report     *r,
           FpMark      mark,
           const char *label,
           double      x,
           double      y)
{
  FpDialStyle    style;
  const FpColor *c;
  PangoLayout   *layout;

  if (!drawing (r))
    return;

  fp_dial_style_init_light (&style);
  c = mark == FP_MARK_AUTOMATED ? &style.high : mark == FP_MARK_CHANGING ? &style.moderate
                                                                         : &style.low;
  cairo_save (r->cr);
  cairo_set_source_rgba (r->cr, c->r, c->g, c->b, 1);
  cairo_set_line_width (r->cr, 1.6);
  cairo_new_path (r->cr);
  if (mark == FP_MARK_AUTOMATED)
    {
      cairo_arc (r->cr, x + 5, y + 6, 4.5, 0, 2 * G_PI);
      cairo_fill (r->cr);
    }
  else if (mark == FP_MARK_CHANGING)
    {
      cairo_arc (r->cr, x + 5, y + 6, 4, 0.3, 1.8 * G_PI);
      cairo_stroke (r->cr);
      cairo_move_to (r->cr, x + 9.5, y + 1.5);
      cairo_line_to (r->cr, x + 9.5, y + 5.5);
      cairo_line_to (r->cr, x + 5.5, y + 5.5);
      cairo_stroke (r->cr);
    }
  else
    {
      cairo_move_to (r->cr, x + 1, y + 6);
      cairo_line_to (r->cr, x + 4, y + 9.5);
      cairo_line_to (r->cr, x + 10, y + 2);
      cairo_stroke (r->cr);
    }

  layout = make_layout (r, label, 9, TRUE, 90);
  cairo_move_to (r->cr, x + 14, y);
  pango_cairo_show_layout (r->cr, layout);
  g_object_unref (layout);
  cairo_restore (r->cr);
}

/* One task of the comparison: its mark then and now, and its text. */
static void
comparison_task (Report     *r,
                 JsonObject *task)
{
  const char  *marks[] = { json_object_get_string_member_with_default (task, "before", ""),
                           json_object_get_string_member_with_default (task, "after", "") };
  const char  *words = json_object_get_string_member_with_default (task, "text", "");
  const double marks_w = 200;
  g_autoptr (PangoLayout) line = make_layout (r, words, 10, FALSE, WIDTH - marks_w);
  double y;

  need (r, layout_height (line) + 6);
  y = r->y;
  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      const char *label = fp_history_mark_label (marks[i], r->lang);
      double      x = MARGIN + i * 100;

      if (*marks[i] == '\0')
        text (r, label, 9, FALSE, x + 14, 86, 0.45, 0);
      else
        draw_mark (r, fp_mark_from_string (marks[i]), label, x, y + 1);
      r->y = y;
    }
  if (drawing (r))
    {
      g_autoptr (PangoLayout) arrow = make_layout (r, "→", 10, FALSE, 20);
      set_grey (r, 0.4);
      cairo_move_to (r->cr, MARGIN + 88, y);
      pango_cairo_show_layout (r->cr, arrow);
    }
  text (r, words, 10, FALSE, MARGIN + marks_w, WIDTH - marks_w, 0.15, 5);
}

/* What changed since an earlier assessment, when this one carries that. */
static void
layout_comparison (Report *r)
{
  JsonObject      *c = fp_assessment_get_comparison (r->assessment);
  JsonArray       *tasks;
  g_autofree char *before = NULL, *after = NULL, *then = NULL, *now = NULL, *score = NULL;

  if (c == NULL)
    return;

  tasks = json_object_get_array_member (c, "tasks");
  before = g_strdup_printf ("%d", (int) json_object_get_int_member (c, "score_before"));
  after = g_strdup_printf ("%d", (int) json_object_get_int_member (c, "score_after"));
  then = fp_kb_phrase_fill (json_object_has_member (c, "date_before") ? "compare_before_dated" : "compare_before", r->lang,
                            "date", json_object_get_string_member_with_default (c, "date_before", ""), "score", before,
                            "level", json_object_get_string_member_with_default (c, "level_before", ""), "person",
                            json_object_get_string_member_with_default (c, "person_before", ""), NULL);
  now = fp_kb_phrase_fill ("compare_after", r->lang, "score", after, "level",
                           json_object_get_string_member_with_default (c, "level_after", ""), "person",
                           json_object_get_string_member_with_default (c, "person_after", ""), NULL);
  score = fp_history_describe_score_change (c, r->lang);

  heading (r, phrase (r, "compare_heading"), "comparison");
  text (r, score, 11, TRUE, MARGIN, WIDTH, 0.1, 4);
  text (r, then, 10, FALSE, MARGIN, WIDTH, 0.25, 2);
  text (r, now, 10, FALSE, MARGIN, WIDTH, 0.25, 8);
  if (json_array_get_length (tasks) == 0)
    text (r, phrase (r, "compare_no_task_changes"), 10, FALSE, MARGIN, WIDTH, 0.25, 4);
  else
    text (r, phrase (r, "compare_tasks"), 10, TRUE, MARGIN, WIDTH, 0.1, 4);
  for (guint i = 0; i < json_array_get_length (tasks); i++)
    if (JSON_NODE_HOLDS_OBJECT (json_array_get_element (tasks, i)))
      comparison_task (r, json_array_get_object_element (tasks, i));
}

static void
layout_report (Report *r)
{
  FpAssessment *a = r->assessment;
  JsonArray    *array;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *made = fp_kb_phrase_fill ("report_made", r->lang, "date", date, NULL);
  g_autofree char *score_line = fp_assessment_dup_score_line (a);
  g_autofree char *sources_line = fp_assessment_dup_sources_line (a);
  double           dial = 136, top;
  int              low, high;

  r->page = 0;
  r->y = TOP;
  fp_assessment_get_range (a, &low, &high);

  text (r, phrase (r, "report_title"), 10, TRUE, MARGIN, WIDTH, 0.45, 4);
  text (r, fp_assessment_get_headline (a), 22, TRUE, MARGIN, WIDTH, 0.05, 6);
  text (r, fp_assessment_get_subtitle (a), 10.5, FALSE, MARGIN, WIDTH, 0.35, 4);
  text (r, made, 8.5, FALSE, MARGIN, WIDTH, 0.45, 14);

  /* The dial beside the score line and the narrative. */
  top = r->y;
  if (drawing (r))
    {
      FpDialStyle style;

      fp_dial_style_init_light (&style);
      style.font_family = FONT;
      cairo_save (r->cr);
      cairo_translate (r->cr, MARGIN, top);
      fp_dial_draw (r->cr, dial, dial, fp_assessment_get_score (a), low, high, fp_assessment_get_level (a),
                    fp_assessment_get_level_label (a), &style);
      cairo_restore (r->cr);
    }
  text (r, score_line, 11, TRUE, MARGIN + dial + 18, WIDTH - dial - 18, 0.1, 4);
  text (r, sources_line, 9, FALSE, MARGIN + dial + 18, WIDTH - dial - 18, 0.3, 6);
  text (r, fp_assessment_get_narrative (a), 10, FALSE, MARGIN + dial + 18, WIDTH - dial - 18, 0.15, 0);
  r->y = MAX (r->y, top + dial) + 8;

  layout_comparison (r);

  array = fp_assessment_get_context (a);
  if (json_array_get_length (array) > 0)
    heading (r, phrase (r, "report_context"), "context");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *c = json_array_get_object_element (array, i);

      text (r, json_object_get_string_member (c, "title"), 10, TRUE, MARGIN, WIDTH, 0.1, 2);
      text (r, json_object_get_string_member (c, "text"), 9.5, FALSE, MARGIN, WIDTH, 0.2, 6);
    }

  heading (r, phrase (r, "report_tasks"), "tasks");
  array = fp_assessment_get_tasks (a);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject  *t = json_array_get_object_element (array, i);
      const double mark_w = 96;
      g_autoptr (PangoLayout) line = make_layout (r, json_object_get_string_member (t, "text"), 10, TRUE,
                                                  WIDTH - mark_w);
      g_autoptr (PangoLayout) reason = make_layout (r, json_object_get_string_member (t, "reason"), 9, FALSE,
                                                    WIDTH - mark_w);
      double h = layout_height (line) + layout_height (reason) + 10;
      double y;

      need (r, h);
      y = r->y;
      draw_mark (r, fp_mark_from_string (json_object_get_string_member (t, "mark")), json_object_get_string_member (t, "mark_label"),
                 MARGIN, y + 1);
      text (r, json_object_get_string_member (t, "text"), 10, TRUE, MARGIN + mark_w, WIDTH - mark_w, 0.1, 1);
      text (r, json_object_get_string_member (t, "reason"), 9, FALSE, MARGIN + mark_w, WIDTH - mark_w, 0.3, 1);
      if (json_object_has_member (t, "from_cv"))
        {
          g_autofree char *cv = fp_kb_phrase_fill ("report_from_cv", r->lang, "line",
                                                   json_object_get_string_member (t, "from_cv"), NULL);
          text (r, cv, 8.5, FALSE, MARGIN + mark_w, WIDTH - mark_w, 0.4, 1);
        }
      r->y += 5;
    }

  heading (r, phrase (r, "report_plan"), "plan");
  array = fp_assessment_get_plan (a);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject      *p = json_array_get_object_element (array, i);
      g_autofree char *n = g_strdup_printf ("%u.", i + 1);
      double           y;

      need (r, 40);
      y = r->y;
      if (drawing (r))
        {
          g_autoptr (PangoLayout) number = make_layout (r, n, 12, TRUE, 20);
          set_grey (r, 0.1);
          cairo_move_to (r->cr, MARGIN, y);
          pango_cairo_show_layout (r->cr, number);
        }
      text (r, json_object_get_string_member (p, "title"), 10, TRUE, MARGIN + 22, WIDTH - 22, 0.1, 1);
      text (r, json_object_get_string_member (p, "text"), 9.5, FALSE, MARGIN + 22, WIDTH - 22, 0.25, 6);
    }

  heading (r, phrase (r, "report_edge"), "edge");
  text (r, fp_assessment_get_edge (a), 10.5, FALSE, MARGIN, WIDTH, 0.1, 6);

  heading (r, phrase (r, "report_why"), "why");
  {
    g_autofree char *line = fp_assessment_dup_occupation_line (a);
    JsonArray       *evidence = fp_assessment_get_evidence (a);
    JsonArray       *adjustments = fp_assessment_get_adjustments (a);
    g_autofree char *figures = fp_assessment_dup_figures (a);

    text (r, line, 10, FALSE, MARGIN, WIDTH, 0.15, 2);
    text (r, fp_assessment_get_basis_text (a), 10, FALSE, MARGIN, WIDTH, 0.15, 6);
    if (json_array_get_length (evidence) > 0)
      {
        text (r, phrase (r, "report_evidence"), 10, TRUE, MARGIN, WIDTH, 0.15, 2);
        for (guint i = 0; i < json_array_get_length (evidence); i++)
          {
            g_autofree char *quoted = fp_kb_phrase_fill ("quote", r->lang, "line", json_array_get_string_element (evidence, i), NULL);
            text (r, quoted, 9.5, FALSE, MARGIN + 12, WIDTH - 12, 0.3, 2);
          }
      }
    else
      text (r, phrase (r, "report_no_cv"), 10, FALSE, MARGIN, WIDTH, 0.3, 2);
    r->y += 6;
    text (r, figures, 10, FALSE, MARGIN, WIDTH, 0.15, 2);
    text (r, phrase (r, "report_adjustments_from_cv"), 10, FALSE, MARGIN, WIDTH, 0.15, 4);
    if (json_array_get_length (adjustments) == 0)
      text (r, phrase (r, "report_no_adjustments"), 9.5, FALSE, MARGIN + 12, WIDTH - 12, 0.3, 2);
    for (guint i = 0; i < json_array_get_length (adjustments); i++)
      {
        JsonObject      *adj = json_array_get_object_element (adjustments, i);
        g_autofree char *delta = fp_assessment_format_delta ((int) json_object_get_int_member (adj, "delta"));
        g_autofree char *s = g_strdup_printf ("%s   %s", delta, json_object_get_string_member (adj, "reason"));
        text (r, s, 9.5, FALSE, MARGIN + 12, WIDTH - 12, 0.3, 2);
      }
  }

  heading (r, phrase (r, "report_sources"), "sources");
  array = fp_assessment_get_sources (a);
  for (guint i = 0; i < json_array_get_length (array); i++)
    text (r, json_object_get_string_member (json_array_get_object_element (array, i), "citation"), 8.5, FALSE,
          MARGIN, WIDTH, 0.35, 4);
  r->y += 6;
  text (r, phrase (r, "report_note"), 8.5, FALSE, MARGIN, WIDTH, 0.3, 0);

  draw_footer (r);
}

static void
report_init (Report       *r,
             FpAssessment *assessment)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  memset (r, 0, sizeof *r);
  r->assessment = assessment;
  r->lang = fp_assessment_get_lang (assessment);
  r->only_page = -1;
  r->fonts = pango_cairo_font_map_new ();
  r->pango = pango_font_map_create_context (r->fonts);
  /* Points, not pixels, and no hinting: the same layout on screen and paper. */
  pango_cairo_context_set_resolution (r->pango, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (r->pango, options);
  cairo_font_options_destroy (options);
}

static void
report_clear (Report *r)
{
  g_clear_object (&r->pango);
  g_clear_object (&r->fonts);
}

/**
 * fp_report_count_pages:
 * @assessment: an assessment
 *
 * Returns: how many A4 pages its report takes
 */
guint
fp_report_count_pages (FpAssessment *assessment)
{
  Report r;
  guint  n;

  g_return_val_if_fail (FP_IS_ASSESSMENT (assessment), 0);

  report_init (&r, assessment);
  layout_report (&r);
  n = r.page + 1;
  report_clear (&r);

  return n;
}

/**
 * fp_report_draw_page:
 * @assessment: an assessment
 * @cr: a context the size of an A4 page, in points
 * @page: the page to draw, from 0
 *
 * Draws one page of the report, for printing.
 */
void
fp_report_draw_page (FpAssessment *assessment,
                     cairo_t      *cr,
                     guint         page)
{
  Report r;

  g_return_if_fail (FP_IS_ASSESSMENT (assessment));

  report_init (&r, assessment);
  layout_report (&r);
  r.n_pages = r.page + 1;
  r.cr = cr;
  r.only_page = (int) page;
  pango_cairo_update_context (cr, r.pango);
  layout_report (&r);
  report_clear (&r);
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * fp_report_render:
 * @assessment: an assessment
 *
 * Returns: (transfer full): the report as a PDF, in memory
 */
GBytes *
fp_report_render (FpAssessment *assessment)
{
  g_autoptr (GByteArray) pdf = g_byte_array_new ();
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *created = g_date_time_format_iso8601 (now);
  cairo_surface_t *surface;
  cairo_status_t   status;
  Report           r;

  g_return_val_if_fail (FP_IS_ASSESSMENT (assessment), NULL);

  report_init (&r, assessment);
  layout_report (&r);
  r.n_pages = r.page + 1;

  surface = cairo_pdf_surface_create_for_stream (append_cb, pdf, FP_REPORT_WIDTH, FP_REPORT_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, fp_assessment_get_headline (assessment));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, fp_assessment_get_subtitle (assessment));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Futureproof " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
  r.cr = cairo_create (surface);
  r.pdf = surface;
  pango_cairo_update_context (r.cr, r.pango);
  layout_report (&r);
  cairo_destroy (r.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  report_clear (&r);

  /* Only running out of memory fails here, and GLib aborts on that. */
  if (status != CAIRO_STATUS_SUCCESS)
    g_error ("The report could not be drawn: %s", cairo_status_to_string (status));

  return g_byte_array_free_to_bytes (g_steal_pointer (&pdf));
}

/**
 * fp_report_write:
 * @assessment: an assessment
 * @path: where to write the PDF
 * @error: return location for a #GError in %G_IO_ERROR
 *
 * Draws the whole report in memory, then writes it with
 * fp_output_write_file(): a full disk or an interruption leaves whatever
 * @path held before, and nothing half-written.
 *
 * Returns: whether the report was written
 */
gboolean
fp_report_write (FpAssessment *assessment,
                 const char   *path,
                 GError      **error)
{
  g_autoptr (GBytes) pdf = NULL;

  g_return_val_if_fail (FP_IS_ASSESSMENT (assessment), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  pdf = fp_report_render (assessment);
  return fp_output_write_file (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), error);
}

/**
 * fp_report_suggest_name:
 * @assessment: an assessment
 *
 * Returns: (transfer full): a file name such as
 *   "Futureproof – Backendutvikler – 2026-11-24.pdf"
 */
char *
fp_report_suggest_name (FpAssessment *assessment)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *title = g_strdup (fp_assessment_get_title (assessment));

  /* No path separators in a file name. */
  g_strdelimit (title, "/\\:", '-');
  return g_strdup_printf ("Futureproof – %s – %s.pdf", title, date);
}
