/* fp-result-page.c — the assessment, as the person reads it
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fp-result-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fp-kb.h"
#include "fp-result-page.h"
#include "fp-score-dial.h"
#include "fp-task-row.h"

struct _FpResultPage
{
  GtkWidget parent_instance;

  GtkScrolledWindow *scroller;
  GtkWidget         *headline_box;
  GtkLabel          *headline_label;
  GtkLabel          *subtitle_label;
  FpScoreDial       *dial;
  GtkLabel          *narrative_label;
  GtkWidget         *context_heading;
  GtkFlowBox        *context_box;
  GtkFlowBox        *actions_box;
  GtkListBox        *tasks_list;
  GtkBox            *plan_box;
  GtkLabel          *edge_label;
  GtkLabel          *occupation_label;
  GtkLabel          *evidence_label;
  GtkLabel          *figures_label;
  GtkLabel          *sources_label;
  GtkLabel          *range_label;
  GtkLabel          *caveat_label;
  GtkLabel          *potential_label;
  GtkLabel          *observed_label;

  /* Headings are the report's, in the report's language. */
  GtkLabel       *exposure_heading;
  GtkLabel       *potential_heading;
  GtkLabel       *observed_heading;
  GtkLabel       *tasks_heading;
  GtkLabel       *plan_heading;
  GtkLabel       *edge_heading;
  AdwExpanderRow *why_row;
  GtkLabel       *occupation_heading;
  GtkLabel       *evidence_heading;
  GtkLabel       *figures_heading;
  GtkLabel       *sources_heading;

  FpAssessment *assessment;
  guint         n_tasks;
};

G_DEFINE_FINAL_TYPE (FpResultPage, fp_result_page, GTK_TYPE_WIDGET)

static void
remove_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_FLOW_BOX (parent))
        gtk_flow_box_remove (GTK_FLOW_BOX (parent), child);
      else if (GTK_IS_LIST_BOX (parent))
        gtk_list_box_remove (GTK_LIST_BOX (parent), child);
      else
        gtk_box_remove (GTK_BOX (parent), child);
    }
}

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), 28);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
context_card (JsonObject *factor)
{
  GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *icon_class = g_strconcat ("context-", json_object_get_string_member (factor, "id"), NULL);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "context-card");
  gtk_widget_add_css_class (box, icon_class);
  gtk_box_append (GTK_BOX (box), wrapped_label (json_object_get_string_member (factor, "title"), "heading"));
  gtk_box_append (GTK_BOX (box), wrapped_label (json_object_get_string_member (factor, "text"), NULL));

  return box;
}

static GtkWidget *
plan_step (guint       number,
           JsonObject *step)
{
  GtkWidget       *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget       *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autofree char *n = g_strdup_printf ("%u", number);
  GtkWidget       *badge = gtk_label_new (n);

  gtk_widget_add_css_class (badge, "plan-number");
  gtk_widget_set_valign (badge, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (row), badge);
  gtk_box_append (GTK_BOX (texts), wrapped_label (json_object_get_string_member (step, "title"), "heading"));
  gtk_box_append (GTK_BOX (texts), wrapped_label (json_object_get_string_member (step, "text"), NULL));
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (row), texts);

  return row;
}

static void
fill_why (FpResultPage *self)
{
  FpAssessment    *a = self->assessment;
  FpLang           lang = fp_assessment_get_lang (a);
  JsonArray       *evidence = fp_assessment_get_evidence (a);
  JsonArray       *adjustments = fp_assessment_get_adjustments (a);
  JsonArray       *sources = fp_assessment_get_sources (a);
  g_autofree char *line = fp_assessment_dup_occupation_line (a);
  g_autofree char *figures = fp_assessment_dup_figures (a);
  g_autoptr (GString) text = g_string_new (NULL);

  gtk_label_set_text (self->occupation_label, line);

  /* What the result rests on: the CV's roles, a choice, a title, an occupation. */
  g_string_append (text, fp_assessment_get_basis_text (a));
  for (guint i = 0; i < json_array_get_length (evidence); i++)
    {
      g_autofree char *quoted = fp_kb_phrase_fill ("quote", lang, "line", json_array_get_string_element (evidence, i), NULL);

      g_string_append_printf (text, "\n%s", quoted);
    }
  gtk_label_set_text (self->evidence_label, text->str);

  g_string_assign (text, figures);
  for (guint i = 0; i < json_array_get_length (adjustments); i++)
    {
      JsonObject *adj = json_array_get_object_element (adjustments, i);

      g_autofree char *delta = fp_assessment_format_delta ((int) json_object_get_int_member (adj, "delta"));

      g_string_append_printf (text, "\n%s  %s", delta, json_object_get_string_member (adj, "reason"));
    }
  gtk_label_set_text (self->figures_label, text->str);

  g_string_truncate (text, 0);
  for (guint i = 0; i < json_array_get_length (sources); i++)
    g_string_append_printf (text, "%s%s", i > 0 ? "\n\n" : "",
                            json_object_get_string_member (json_array_get_object_element (sources, i), "citation"));
  gtk_label_set_text (self->sources_label, text->str);
}

static void
set_headings (FpResultPage *self,
              FpLang        lang)
{
  const struct
  {
    GtkLabel   *label;
    const char *phrase;
  } headings[] = {
    { self->exposure_heading, "heading_exposure" },
    { self->potential_heading, "heading_potential" },
    { self->observed_heading, "heading_observed" },
    { GTK_LABEL (self->context_heading), "heading_context" },
    { self->tasks_heading, "heading_tasks" },
    { self->plan_heading, "heading_plan" },
    { self->edge_heading, "heading_edge" },

    { self->occupation_heading, "heading_occupation" },
    { self->evidence_heading, "heading_evidence" },
    { self->figures_heading, "heading_figures" },
    { self->sources_heading, "report_sources" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    gtk_label_set_text (headings[i].label, fp_kb_phrase (headings[i].phrase, lang));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->why_row), fp_kb_phrase ("heading_why", lang));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->tasks_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  fp_kb_phrase ("report_tasks", lang), -1);
}

/* The score's likely range in numbers, what the grey arc is, and that
 * exposure is not losing one's job: next to the score, as in the report. */
static void
set_score (FpResultPage *self)
{
  FpAssessment    *a = self->assessment;
  FpLang           lang = fp_assessment_get_lang (a);
  g_autofree char *description = fp_assessment_dup_score_line (a);
  g_autofree char *low_s = NULL, *high_s = NULL, *range = NULL;
  int              low, high;

  fp_assessment_get_range (a, &low, &high);
  low_s = g_strdup_printf ("%d", low);
  high_s = g_strdup_printf ("%d", high);
  range = fp_kb_phrase_fill ("range_label", lang, "low", low_s, "high", high_s, NULL);
  fp_score_dial_set_score (self->dial, fp_assessment_get_score (a), low, high, fp_assessment_get_level (a),
                           fp_assessment_get_level_label (a), description);
  gtk_label_set_text (self->range_label, range);
  gtk_label_set_text (self->caveat_label, fp_kb_phrase ("report_note", lang));
  {
    g_autofree char *potential = fp_assessment_dup_potential (a);
    g_autofree char *observed = fp_assessment_dup_observed (a);

    gtk_label_set_text (self->potential_label, potential);
    gtk_label_set_text (self->observed_label, observed);
  }
}

/**
 * fp_result_page_set_assessment:
 * @self: a #FpResultPage
 * @assessment: what to show
 */
void
fp_result_page_set_assessment (FpResultPage *self,
                               FpAssessment *assessment)
{
  JsonArray *array;
  FpLang     lang;

  g_return_if_fail (FP_IS_RESULT_PAGE (self));
  g_return_if_fail (FP_IS_ASSESSMENT (assessment));

  g_set_object (&self->assessment, assessment);
  lang = fp_assessment_get_lang (assessment);

  set_headings (self, lang);
  gtk_label_set_text (self->headline_label, fp_assessment_get_headline (assessment));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->headline_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  fp_assessment_get_headline (assessment), -1);
  gtk_label_set_text (self->subtitle_label, fp_assessment_get_subtitle (assessment));
  set_score (self);
  gtk_label_set_text (self->narrative_label, fp_assessment_get_narrative (assessment));

  remove_children (GTK_WIDGET (self->context_box));
  array = fp_assessment_get_context (assessment);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      GtkWidget *card = context_card (json_array_get_object_element (array, i));

      /* Cards are read, not used: no tab stop. */
      gtk_flow_box_append (self->context_box, card);
      gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);
    }
  gtk_widget_set_visible (self->context_heading, json_array_get_length (array) > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->context_box), json_array_get_length (array) > 0);

  remove_children (GTK_WIDGET (self->tasks_list));
  array = fp_assessment_get_tasks (assessment);
  self->n_tasks = json_array_get_length (array);
  for (guint i = 0; i < self->n_tasks; i++)
    gtk_list_box_append (self->tasks_list, fp_task_row_new (json_array_get_object_element (array, i), lang));

  remove_children (GTK_WIDGET (self->plan_box));
  array = fp_assessment_get_plan (assessment);
  for (guint i = 0; i < json_array_get_length (array); i++)
    gtk_box_append (self->plan_box, plan_step (i + 1, json_array_get_object_element (array, i)));

  gtk_label_set_text (self->edge_label, fp_assessment_get_edge (assessment));
  fill_why (self);
}

/**
 * fp_result_page_show_top:
 * @self: a #FpResultPage
 *
 * Scrolls to the top and moves the focus to the headline, for a new result.
 */
void
fp_result_page_show_top (FpResultPage *self)
{
  g_return_if_fail (FP_IS_RESULT_PAGE (self));

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  gtk_widget_grab_focus (self->headline_box);
}

FpAssessment *
fp_result_page_get_assessment (FpResultPage *self)
{
  g_return_val_if_fail (FP_IS_RESULT_PAGE (self), NULL);
  return self->assessment;
}

GtkWidget *
fp_result_page_get_dial (FpResultPage *self)
{
  g_return_val_if_fail (FP_IS_RESULT_PAGE (self), NULL);
  return GTK_WIDGET (self->dial);
}

guint
fp_result_page_get_n_tasks (FpResultPage *self)
{
  g_return_val_if_fail (FP_IS_RESULT_PAGE (self), 0);
  return self->n_tasks;
}

const char *
fp_result_page_get_headline (FpResultPage *self)
{
  g_return_val_if_fail (FP_IS_RESULT_PAGE (self), NULL);
  return gtk_label_get_text (self->headline_label);
}

const char *
fp_result_page_get_narrative (FpResultPage *self)
{
  g_return_val_if_fail (FP_IS_RESULT_PAGE (self), NULL);
  return gtk_label_get_text (self->narrative_label);
}

static void
fp_result_page_dispose (GObject *object)
{
  FpResultPage *self = FP_RESULT_PAGE (object);
  GtkWidget    *child;

  g_clear_object (&self->assessment);
  gtk_widget_dispose_template (GTK_WIDGET (self), FP_TYPE_RESULT_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (fp_result_page_parent_class)->dispose (object);
}

static void
fp_result_page_class_init (FpResultPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = fp_result_page_dispose;

  g_type_ensure (FP_TYPE_SCORE_DIAL);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/fp-result-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, headline_box);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, headline_label);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, dial);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, narrative_label);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, context_heading);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, context_box);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, actions_box);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, tasks_list);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, plan_box);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, edge_label);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, occupation_label);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, evidence_label);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, figures_label);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, sources_label);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, range_label);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, caveat_label);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, potential_label);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, observed_label);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, potential_heading);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, observed_heading);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, exposure_heading);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, tasks_heading);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, plan_heading);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, edge_heading);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, why_row);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, occupation_heading);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, evidence_heading);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, figures_heading);
  gtk_widget_class_bind_template_child (widget_class, FpResultPage, sources_heading);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fp_result_page_init (FpResultPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The buttons are the tab stops, not the boxes that wrap them. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->actions_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
}
