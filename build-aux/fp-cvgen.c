/* fp-cvgen.c — renders a CV written in a small line format to PDF
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Used to make the sample CVs in data/samples and the test CVs in tests/data
 * from source text kept in the repository.  The format, one item a line:
 *
 *   @layout single|sidebar   @font FAMILY   @title TEXT   @footer FORMAT (%d of %d)
 *   @scan                    draw every page as a picture (no text: a "scanned" CV)
 *   # Name                   ! Subtitle     . small line (contact)
 *   == Section heading       ** Bold line   ~ grey line (dates, place)
 *   - bullet                 | cell | cell  (a table row)
 *   [side] [main]            switch column in the sidebar layout
 *   [page]                   new page       anything else: a paragraph
 */

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <string.h>

#define PAGE_W 595.0
#define PAGE_H 842.0
#define MARGIN 50.0
#define SIDE_W 150.0

typedef struct
{
  cairo_t         *cr;      /* where the page is drawn */
  cairo_t         *pdf;     /* the PDF, when cr draws into a picture */
  cairo_surface_t *picture; /* the page as a picture, for @scan */
  char            *font;
  gboolean         sidebar;
  char            *footer;
  int              page;
  int              n_pages; /* known in the second pass */
  int              column;  /* 0 main, 1 side */
  double           y[2];
} Gen;

static double
col_x (Gen *g, int column)
{
  if (!g->sidebar)
    return MARGIN;
  return column == 1 ? 30.0 : 30.0 + SIDE_W + 25.0;
}

static double
col_w (Gen *g, int column)
{
  if (!g->sidebar)
    return PAGE_W - 2 * MARGIN;
  return column == 1 ? SIDE_W - 20.0 : PAGE_W - (30.0 + SIDE_W + 25.0) - 35.0;
}

static void
finish_page (Gen *g)
{
  if (g->footer != NULL && g->n_pages > 0)
    {
      g_auto (GStrv) parts = g_strsplit (g->footer, "%d", 3);
      g_autofree char      *text = NULL;
      PangoLayout          *layout = pango_cairo_create_layout (g->cr);
      PangoFontDescription *desc = pango_font_description_from_string (g->font);
      int                   w, h;

      /* The footer's two %d are the page and the number of pages. */
      if (g_strv_length (parts) == 3)
        text = g_strdup_printf ("%s%d%s%d%s", parts[0], g->page, parts[1], g->n_pages, parts[2]);
      else
        text = g_strdup (g->footer);
      pango_font_description_set_absolute_size (desc, 8 * PANGO_SCALE);
      pango_layout_set_font_description (layout, desc);
      pango_layout_set_text (layout, text, -1);
      pango_layout_get_size (layout, &w, &h);
      cairo_set_source_rgb (g->cr, 0.45, 0.45, 0.45);
      cairo_move_to (g->cr, (PAGE_W - w / (double) PANGO_SCALE) / 2, PAGE_H - 30);
      pango_cairo_show_layout (g->cr, layout);
      pango_font_description_free (desc);
      g_object_unref (layout);
    }

  if (g->picture != NULL)
    {
      cairo_save (g->pdf);
      cairo_scale (g->pdf, 0.5, 0.5);
      cairo_set_source_surface (g->pdf, g->picture, 0, 0);
      cairo_paint (g->pdf);
      cairo_restore (g->pdf);
      cairo_show_page (g->pdf);
      cairo_save (g->cr);
      cairo_set_source_rgb (g->cr, 1, 1, 1);
      cairo_paint (g->cr);
      cairo_restore (g->cr);
    }
  else
    cairo_show_page (g->cr);
}

static void
start_page (Gen *g)
{
  g->page++;
  g->y[0] = g->y[1] = MARGIN;
  if (g->sidebar)
    {
      cairo_save (g->cr);
      cairo_set_source_rgb (g->cr, 0.93, 0.94, 0.96);
      cairo_rectangle (g->cr, 0, 0, 30.0 + SIDE_W, PAGE_H);
      cairo_fill (g->cr);
      cairo_restore (g->cr);
    }
}

static void
draw_text (Gen *g, const char *text, double size, gboolean bold, gboolean italic, double grey, double indent, double space_before)
{
  PangoLayout          *layout = pango_cairo_create_layout (g->cr);
  PangoFontDescription *desc = pango_font_description_from_string (g->font);
  int                   c = g->column;
  int                   w, h;

  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  if (italic)
    pango_font_description_set_style (desc, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, (int) ((col_w (g, c) - indent) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &w, &h);

  g->y[c] += space_before;
  if (g->y[c] + h / (double) PANGO_SCALE > PAGE_H - MARGIN)
    {
      finish_page (g);
      start_page (g);
    }

  cairo_set_source_rgb (g->cr, grey, grey, grey);
  cairo_move_to (g->cr, col_x (g, c) + indent, g->y[c]);
  pango_cairo_show_layout (g->cr, layout);
  g->y[c] += h / (double) PANGO_SCALE;

  pango_font_description_free (desc);
  g_object_unref (layout);
}

static void
draw_row (Gen *g, const char *line)
{
  g_auto (GStrv) cells = g_strsplit (line + 1, "|", -1);
  guint  n = g_strv_length (cells);
  double x = col_x (g, g->column), w = col_w (g, g->column) / MAX (1, n);
  double y = g->y[g->column] + 2, max_h = 0;

  if (y + 14 > PAGE_H - MARGIN)
    {
      finish_page (g);
      start_page (g);
      y = g->y[g->column] + 2;
    }

  for (guint i = 0; i < n; i++)
    {
      PangoLayout          *layout = pango_cairo_create_layout (g->cr);
      PangoFontDescription *desc = pango_font_description_from_string (g->font);
      g_autofree char      *cell = g_strstrip (g_strdup (cells[i]));
      int                   lw, lh;

      pango_font_description_set_absolute_size (desc, 9.5 * PANGO_SCALE);
      pango_layout_set_font_description (layout, desc);
      pango_layout_set_width (layout, (int) ((w - 8) * PANGO_SCALE));
      pango_layout_set_text (layout, cell, -1);
      pango_layout_get_size (layout, &lw, &lh);
      cairo_set_source_rgb (g->cr, 0.1, 0.1, 0.1);
      cairo_move_to (g->cr, x + i * w, y);
      pango_cairo_show_layout (g->cr, layout);
      max_h = MAX (max_h, lh / (double) PANGO_SCALE);
      pango_font_description_free (desc);
      g_object_unref (layout);
    }

  g->y[g->column] = y + max_h + 2;
}

static void
draw_line (Gen *g, const char *line)
{
  if (g_str_has_prefix (line, "== "))
    {
      g_autofree char *up = g_utf8_strup (line + 3, -1);
      draw_text (g, up, g->column == 1 ? 10.5 : 12.5, TRUE, FALSE, 0.15, 0, 12);
      cairo_set_source_rgb (g->cr, 0.6, 0.65, 0.7);
      cairo_rectangle (g->cr, col_x (g, g->column), g->y[g->column] + 2, col_w (g, g->column), 0.8);
      cairo_fill (g->cr);
      g->y[g->column] += 6;
    }
  else if (g_str_has_prefix (line, "# "))
    draw_text (g, line + 2, 22, TRUE, FALSE, 0.05, 0, 0);
  else if (g_str_has_prefix (line, "! "))
    draw_text (g, line + 2, 13, FALSE, FALSE, 0.3, 0, 2);
  else if (g_str_has_prefix (line, ". "))
    draw_text (g, line + 2, 9, FALSE, FALSE, 0.3, 0, 1);
  else if (g_str_has_prefix (line, "** "))
    draw_text (g, line + 3, 11, TRUE, FALSE, 0.1, 0, 7);
  else if (g_str_has_prefix (line, "~ "))
    draw_text (g, line + 2, 9.5, FALSE, TRUE, 0.4, 0, 1);
  else if (g_str_has_prefix (line, "- "))
    {
      g_autofree char *bullet = g_strconcat ("•  ", line + 2, NULL);
      draw_text (g, bullet, 10, FALSE, FALSE, 0.1, 8, 2);
    }
  else if (line[0] == '|')
    draw_row (g, line);
  else if (*line == '\0')
    g->y[g->column] += 4;
  else
    draw_text (g, line, 10, FALSE, FALSE, 0.1, 0, 3);
}

static void
draw_document (Gen *g, GStrv lines)
{
  g->page = 0;
  g->column = 0;
  start_page (g);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *l = lines[i];

      if (l[0] == '@')
        continue;
      if (g_str_equal (l, "[side]"))
        g->column = g->sidebar ? 1 : 0;
      else if (g_str_equal (l, "[main]"))
        g->column = 0;
      else if (g_str_equal (l, "[page]"))
        {
          finish_page (g);
          start_page (g);
        }
      else
        draw_line (g, l);
    }
  finish_page (g);
}

static gboolean
render (const char *in_path, const char *out_path, GError **error)
{
  g_autofree char *source = NULL;
  g_auto (GStrv) lines = NULL;
  cairo_surface_t *pdf, *counter;
  cairo_status_t   status;
  gboolean         scan = FALSE;
  const char      *title = NULL;
  Gen              g = { 0 };

  if (!g_file_get_contents (in_path, &source, NULL, error))
    return FALSE;

  lines = g_strsplit (source, "\n", -1);
  g.font = g_strdup ("DejaVu Sans");
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *l = g_strchomp (lines[i]);

      if (g_str_has_prefix (l, "@layout "))
        g.sidebar = g_str_equal (l + 8, "sidebar");
      else if (g_str_has_prefix (l, "@font "))
        {
          g_free (g.font);
          g.font = g_strdup (l + 6);
        }
      else if (g_str_has_prefix (l, "@footer "))
        g.footer = g_strdup (l + 8);
      else if (g_str_has_prefix (l, "@title "))
        title = l + 7;
      else if (g_str_equal (l, "@scan"))
        scan = TRUE;
    }

  /* First pass: count the pages, so that footers can say "1 of 2". */
  counter = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  g.cr = cairo_create (counter);
  draw_document (&g, lines);
  cairo_destroy (g.cr);
  cairo_surface_destroy (counter);
  g.n_pages = g.page;

  pdf = cairo_pdf_surface_create (out_path, PAGE_W, PAGE_H);
  if (title != NULL)
    cairo_pdf_surface_set_metadata (pdf, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (pdf, CAIRO_PDF_METADATA_CREATE_DATE, "2026-01-01T00:00:00Z");

  if (scan)
    {
      g.pdf = cairo_create (pdf);
      g.picture = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) PAGE_W * 2, (int) PAGE_H * 2);
      g.cr = cairo_create (g.picture);
      cairo_scale (g.cr, 2, 2);
      cairo_set_source_rgb (g.cr, 1, 1, 1);
      cairo_paint (g.cr);
    }
  else
    g.cr = cairo_create (pdf);

  draw_document (&g, lines);

  cairo_destroy (g.cr);
  if (scan)
    {
      cairo_destroy (g.pdf);
      cairo_surface_destroy (g.picture);
    }
  cairo_surface_finish (pdf);
  status = cairo_surface_status (pdf);
  cairo_surface_destroy (pdf);
  g_free (g.font);
  g_free (g.footer);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", out_path,
                   cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;

  if (argc != 3)
    {
      fprintf (stderr, "usage: fp-cvgen IN.cv OUT.pdf\n");
      return 1;
    }
  if (!render (argv[1], argv[2], &error))
    {
      fprintf (stderr, "fp-cvgen: %s\n", error->message);
      return 1;
    }
  return 0;
}
