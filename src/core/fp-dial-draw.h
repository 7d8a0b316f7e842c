/* fp-dial-draw.h — the score dial, drawn the same in the app and the report
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "fp-types.h"
#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double r, g, b, a;
} FpColor;

/**
 * FpDialStyle:
 * @track: the empty part of the dial
 * @band: the uncertainty range
 * @value: the arc up to the score (by level: low, moderate, high)
 * @text: the score
 * @dim_text: the level word and "/100"
 * @font_family: the family for the numbers and the word
 */
typedef struct
{
  FpColor     track;
  FpColor     band;
  FpColor     low;
  FpColor     moderate;
  FpColor     high;
  FpColor     text;
  FpColor     dim_text;
  const char *font_family;
} FpDialStyle;

void fp_dial_style_init_light (FpDialStyle *style);
void fp_dial_draw (cairo_t           *cr,
                   double             width,
                   double             height,
                   double             score,
                   int                range_low,
                   int                range_high,
                   FpLevel            level,
                   const char        *level_label,
                   const FpDialStyle *style);

G_END_DECLS
