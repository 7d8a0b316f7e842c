/* fp-score-dial.c — the AI exposure dial
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawn by the core's fp_dial_draw(), the same function the PDF report
 * uses, in the colours of the current style. It sweeps up from 0 when a new
 * score arrives, unless animations are off.
 */

#define G_LOG_DOMAIN "fp-score-dial"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fp-dial-draw.h"
#include "fp-score-dial.h"

struct _FpScoreDial
{
  GtkWidget parent_instance;

  AdwAnimation *animation;
  double        shown; /* the score drawn now, while animating */
  int           score;
  int           range_low;
  int           range_high;
  FpLevel       level;
  char         *level_label;
};

G_DEFINE_FINAL_TYPE (FpScoreDial, fp_score_dial, GTK_TYPE_WIDGET)

static FpColor
to_color (const GdkRGBA *rgba,
          double         alpha)
{
  return (FpColor){ rgba->red, rgba->green, rgba->blue, rgba->alpha * alpha };
}

static void
lookup (GtkStyleContext *context,
        const char      *name,
        const char      *fallback,
        GdkRGBA         *out)
{
  if (!gtk_style_context_lookup_color (context, name, out))
    gdk_rgba_parse (out, fallback);
}

static void
fp_score_dial_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  FpScoreDial     *self = FP_SCORE_DIAL (widget);
  int              width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  gboolean         contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  GdkRGBA          fg, success, warning, error;
  FpDialStyle      style;
  cairo_t         *cr;

  if (self->level_label == NULL)
    return;

  gtk_style_context_get_color (context, &fg);
  lookup (context, "success_color", "#26a269", &success);
  lookup (context, "warning_color", "#cd9309", &warning);
  lookup (context, "error_color", "#c01c28", &error);

  fp_dial_style_init_light (&style);
  style.track = to_color (&fg, contrast ? 0.3 : 0.1);
  style.band = to_color (&fg, contrast ? 0.6 : 0.25);
  style.low = to_color (&success, 1);
  style.moderate = to_color (&warning, 1);
  style.high = to_color (&error, 1);
  style.text = to_color (&fg, 1);
  style.dim_text = to_color (&fg, contrast ? 0.9 : 0.55);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  fp_dial_draw (cr, width, height, self->shown, self->range_low, self->range_high, self->level,
                self->level_label, &style);
  cairo_destroy (cr);
}

static void
fp_score_dial_measure (GtkWidget     *widget,
                       GtkOrientation orientation,
                       int            for_size,
                       int           *minimum,
                       int           *natural,
                       int           *minimum_baseline,
                       int           *natural_baseline)
{
  *minimum = 160;
  *natural = 220;
}

static void
animate_cb (double       value,
            FpScoreDial *self)
{
  self->shown = value;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
fp_score_dial_dispose (GObject *object)
{
  FpScoreDial *self = FP_SCORE_DIAL (object);

  g_clear_object (&self->animation);

  G_OBJECT_CLASS (fp_score_dial_parent_class)->dispose (object);
}

static void
fp_score_dial_finalize (GObject *object)
{
  FpScoreDial *self = FP_SCORE_DIAL (object);

  g_free (self->level_label);

  G_OBJECT_CLASS (fp_score_dial_parent_class)->finalize (object);
}

static void
fp_score_dial_class_init (FpScoreDialClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fp_score_dial_dispose;
  object_class->finalize = fp_score_dial_finalize;
  widget_class->snapshot = fp_score_dial_snapshot;
  widget_class->measure = fp_score_dial_measure;

  gtk_widget_class_set_css_name (widget_class, "score-dial");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_METER);
}

static void
fp_score_dial_init (FpScoreDial *self)
{
  AdwAnimationTarget *target = adw_callback_animation_target_new ((AdwAnimationTargetFunc) animate_cb,
                                                                  self, NULL);

  self->animation = adw_timed_animation_new (GTK_WIDGET (self), 0, 100, 900, target);
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->animation), ADW_EASE_OUT_CUBIC);

  /* Redraw in the new colours when the style changes. */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

GtkWidget *
fp_score_dial_new (void)
{
  return g_object_new (FP_TYPE_SCORE_DIAL, NULL);
}

/**
 * fp_score_dial_set_score:
 * @self: a #FpScoreDial
 * @score: 0–100
 * @range_low: the range's low end
 * @range_high: the range's high end
 * @level: the level, for the colour
 * @level_label: the level word to draw, in the report's language
 * @description: the score, level and range in words, in the report's
 *   language, for assistive technologies
 */
void
fp_score_dial_set_score (FpScoreDial *self,
                         int          score,
                         int          range_low,
                         int          range_high,
                         FpLevel      level,
                         const char  *level_label,
                         const char  *description)
{
  g_return_if_fail (FP_IS_SCORE_DIAL (self));

  self->score = score;
  self->range_low = range_low;
  self->range_high = range_high;
  self->level = level;
  g_free (self->level_label);
  self->level_label = g_strdup (level_label);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 100.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) score,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, description,
                                  -1);

  adw_timed_animation_set_value_to (ADW_TIMED_ANIMATION (self->animation), score);
  adw_animation_reset (self->animation);
  self->shown = 0;
  adw_animation_play (self->animation);
}

int
fp_score_dial_get_score (FpScoreDial *self)
{
  g_return_val_if_fail (FP_IS_SCORE_DIAL (self), 0);

  return self->score;
}
