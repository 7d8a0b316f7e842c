/* fp-dial-draw.c — the score dial, drawn the same in the app and the report
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A 270° arc from bottom left to bottom right: the track, the uncertainty
 * range as a lighter band outside it, the score as a coloured arc, and in the
 * middle the number, "/100" and the level word. The colours come from the
 * caller, so the app can follow the style (light, dark, high contrast) and
 * the report can print well.
 */

#define G_LOG_DOMAIN "fp-dial"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "fp-dial-draw.h"

#define START_ANGLE (0.75 * G_PI)
#define SWEEP       (1.5 * G_PI)

static void
set_color (cairo_t       *cr,
           const FpColor *c)
{
  cairo_set_source_rgba (cr, c->r, c->g, c->b, c->a);
}

/**
 * fp_dial_style_init_light:
 * @style: a style to fill
 *
 * Fills @style with colours for a light background (and for print): the
 * GNOME palette's green, yellow-orange and red for the levels.
 */
void
fp_dial_style_init_light (FpDialStyle *style)
{
  *style = (FpDialStyle){
    .track = { 0.0, 0.0, 0.0, 0.10 },
    .band = { 0.0, 0.0, 0.0, 0.22 },
    .low = { 0x26 / 255.0, 0xa2 / 255.0, 0x69 / 255.0, 1 },      /* green 4 */
    .moderate = { 0xe5 / 255.0, 0xa5 / 255.0, 0x0a / 255.0, 1 }, /* yellow 5 */
    .high = { 0xe0 / 255.0, 0x1b / 255.0, 0x24 / 255.0, 1 },     /* red 3 */
    .text = { 0, 0, 0, 0.8 },
    .dim_text = { 0, 0, 0, 0.55 },
    .font_family = "Cantarell",
  };
}

static void
draw_text (cairo_t       *cr,
           const char    *text,
           const char    *family,
           double         size,
           gboolean       bold,
           double         cx,
           double         top,
           const FpColor *color)
{
  PangoLayout          *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_new ();
  int                   w, h;

  pango_font_description_set_family (desc, family);
  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &w, &h);

  set_color (cr, color);
  cairo_move_to (cr, cx - w / (2.0 * PANGO_SCALE), top);
  pango_cairo_show_layout (cr, layout);

  pango_font_description_free (desc);
  g_object_unref (layout);
}

/**
 * fp_dial_draw:
 * @cr: where to draw
 * @width: the space's width
 * @height: the space's height
 * @score: the score to show, 0–100 (fractional while animating)
 * @range_low: the low end of the range
 * @range_high: the high end of the range
 * @level: the level, for the colour
 * @level_label: the level word in the report's language
 * @style: the colours
 */
void
fp_dial_draw (cairo_t           *cr,
              double             width,
              double             height,
              double             score,
              int                range_low,
              int                range_high,
              FpLevel            level,
              const char        *level_label,
              const FpDialStyle *style)
{
  double         size = MIN (width, height);
  double         cx = width / 2, cy = height / 2 + size * 0.04;
  double         radius = size / 2 - size * 0.09;
  double         line = size * 0.085;
  const FpColor *value = level == FP_LEVEL_HIGH       ? &style->high
                         : level == FP_LEVEL_MODERATE ? &style->moderate
                                                      : &style->low;
  char           number[8];

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* The track. */
  cairo_new_path (cr);
  cairo_set_line_width (cr, line);
  set_color (cr, &style->track);
  cairo_arc (cr, cx, cy, radius, START_ANGLE, START_ANGLE + SWEEP);
  cairo_stroke (cr);

  /* The uncertainty range, as a thin band just outside the track. */
  if (range_high > range_low)
    {
      cairo_new_path (cr);
      cairo_set_line_width (cr, line * 0.3);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      set_color (cr, &style->band);
      cairo_arc (cr, cx, cy, radius + line * 0.85,
                 START_ANGLE + SWEEP * CLAMP (range_low, 0, 100) / 100.0,
                 START_ANGLE + SWEEP * CLAMP (range_high, 0, 100) / 100.0);
      cairo_stroke (cr);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
    }

  /* The score. */
  if (score > 0.5)
    {
      cairo_new_path (cr);
      cairo_set_line_width (cr, line);
      set_color (cr, value);
      cairo_arc (cr, cx, cy, radius, START_ANGLE, START_ANGLE + SWEEP * CLAMP (score, 0, 100) / 100.0);
      cairo_stroke (cr);
    }

  g_snprintf (number, sizeof number, "%d", (int) round (score));
  draw_text (cr, number, style->font_family, size * 0.26, TRUE, cx, cy - size * 0.22, &style->text);
  draw_text (cr, "/100", style->font_family, size * 0.075, FALSE, cx, cy + size * 0.08, &style->dim_text);
  if (level_label != NULL)
    draw_text (cr, level_label, style->font_family, size * 0.1, TRUE, cx, cy + size * 0.24, value);

  cairo_restore (cr);
}
