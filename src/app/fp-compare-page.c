/* fp-compare-page.c — two assessments side by side
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An earlier assessment and a later one: each side's date, score, level
 * and person; the change; and every task whose mark changed, came or went,
 * its mark then and now. Every word is in the later assessment's language
 * (fp_history_compare()); the report made from this page carries the
 * comparison too.
 */

#define G_LOG_DOMAIN "fp-compare-page"

#include "config.h"

#include <adwaita.h>

#include "fp-compare-page.h"
#include "fp-history.h"
#include "fp-kb.h"
#include "fp-task-row.h"

struct _FpComparePage
{
  GtkWidget parent_instance;

  GtkWidget           *scroller;
  GtkLabel            *heading;
  GtkLabel            *score_line;
  GtkBox              *sides;
  AdwPreferencesGroup *tasks_group;
  GPtrArray           *task_rows; /* in tasks_group */

  FpAssessment *compared; /* the later one, carrying the comparison */
};

G_DEFINE_FINAL_TYPE (FpComparePage, fp_compare_page, GTK_TYPE_WIDGET)

static GtkWidget *
side_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), 10);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* One side: which it is and when, the score, its level and the person. */
static GtkWidget *
side_card (const char *name,
           GDateTime  *when,
           int         score,
           const char *level,
           const char *person)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autoptr (GDateTime) local = when != NULL ? g_date_time_to_local (when) : g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (local, "%Y-%m-%d");
  g_autofree char *number = g_strdup_printf ("%d", score);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "compare-card");
  gtk_box_append (GTK_BOX (card), side_label (name, "heading"));
  gtk_box_append (GTK_BOX (card), side_label (date, "dim-label"));
  gtk_box_append (GTK_BOX (card), side_label (number, "title-1"));
  gtk_box_append (GTK_BOX (card), side_label (level, "heading"));
  gtk_box_append (GTK_BOX (card), side_label (person, NULL));
  return card;
}

static void
clear (FpComparePage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sides))) != NULL)
    gtk_box_remove (self->sides, child);
  for (guint i = 0; i < self->task_rows->len; i++)
    adw_preferences_group_remove (self->tasks_group, g_ptr_array_index (self->task_rows, i));
  g_ptr_array_set_size (self->task_rows, 0);
}

/* A task that changed: its text, and its mark then → now. */
static void
add_task_row (FpComparePage *self,
              JsonObject    *task,
              FpLang         lang)
{
  GtkWidget  *row = adw_action_row_new ();
  GtkWidget  *marks = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  const char *before = json_object_get_string_member_with_default (task, "before", "");
  const char *after = json_object_get_string_member_with_default (task, "after", "");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), json_object_get_string_member_with_default (task, "text", ""));
  gtk_box_append (GTK_BOX (marks), fp_task_row_new_mark (before, fp_history_mark_label (before, lang)));
  gtk_box_append (GTK_BOX (marks), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_box_append (GTK_BOX (marks), fp_task_row_new_mark (after, fp_history_mark_label (after, lang)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), marks);
  adw_preferences_group_add (self->tasks_group, row);
  g_ptr_array_add (self->task_rows, row);
}

/**
 * fp_compare_page_set:
 * @self: a #FpComparePage
 * @before: the earlier assessment
 * @before_saved: (nullable): when it was saved
 * @after: the later one
 * @after_saved: (nullable): when it was saved; %NULL for now
 *
 * Shows what changed from @before to @after, from the top.
 */
void
fp_compare_page_set (FpComparePage *self,
                     FpAssessment  *before,
                     GDateTime     *before_saved,
                     FpAssessment  *after,
                     GDateTime     *after_saved)
{
  FpLang lang = fp_assessment_get_lang (after);
  g_autoptr (JsonNode) node = fp_history_compare (before, before_saved, after);
  JsonObject      *c = json_node_get_object (node);
  JsonArray       *tasks = json_object_get_array_member (c, "tasks");
  g_autofree char *score_line = fp_history_describe_score_change (c, lang);

  g_return_if_fail (FP_IS_COMPARE_PAGE (self));

  clear (self);
  g_clear_object (&self->compared);
  self->compared = fp_history_with_comparison (after, node);

  gtk_label_set_text (self->heading, fp_kb_phrase ("compare_heading", lang));
  gtk_label_set_text (self->score_line, score_line);
  gtk_box_append (self->sides, side_card (fp_kb_phrase ("compare_then", lang), before_saved,
                                          fp_assessment_get_score (before),
                                          json_object_get_string_member (c, "level_before"),
                                          json_object_get_string_member (c, "person_before")));
  gtk_box_append (self->sides, side_card (fp_kb_phrase ("compare_now", lang), after_saved,
                                          fp_assessment_get_score (after),
                                          json_object_get_string_member (c, "level_after"),
                                          json_object_get_string_member (c, "person_after")));

  adw_preferences_group_set_title (self->tasks_group, fp_kb_phrase ("compare_tasks", lang));
  adw_preferences_group_set_description (self->tasks_group, json_array_get_length (tasks) == 0
                                                                ? fp_kb_phrase ("compare_no_task_changes", lang)
                                                                : NULL);
  for (guint i = 0; i < json_array_get_length (tasks); i++)
    add_task_row (self, json_array_get_object_element (tasks, i), lang);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
}

/**
 * fp_compare_page_get_assessment:
 * @self: a #FpComparePage
 *
 * Returns: (transfer none) (nullable): the later assessment, carrying the
 *   comparison: what its report shows
 */
FpAssessment *
fp_compare_page_get_assessment (FpComparePage *self)
{
  g_return_val_if_fail (FP_IS_COMPARE_PAGE (self), NULL);

  return self->compared;
}

/* How many tasks changed mark, came or went. */
guint
fp_compare_page_get_n_changes (FpComparePage *self)
{
  g_return_val_if_fail (FP_IS_COMPARE_PAGE (self), 0);

  return self->task_rows->len;
}

static void
fp_compare_page_dispose (GObject *object)
{
  FpComparePage *self = FP_COMPARE_PAGE (object);

  g_clear_object (&self->compared);
  gtk_widget_dispose_template (GTK_WIDGET (self), FP_TYPE_COMPARE_PAGE);

  G_OBJECT_CLASS (fp_compare_page_parent_class)->dispose (object);
}

static void
fp_compare_page_finalize (GObject *object)
{
  FpComparePage *self = FP_COMPARE_PAGE (object);

  g_ptr_array_unref (self->task_rows);

  G_OBJECT_CLASS (fp_compare_page_parent_class)->finalize (object);
}

static void
fp_compare_page_class_init (FpComparePageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fp_compare_page_dispose;
  object_class->finalize = fp_compare_page_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/fp-compare-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FpComparePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, FpComparePage, heading);
  gtk_widget_class_bind_template_child (widget_class, FpComparePage, score_line);
  gtk_widget_class_bind_template_child (widget_class, FpComparePage, sides);
  gtk_widget_class_bind_template_child (widget_class, FpComparePage, tasks_group);
}

static void
fp_compare_page_init (FpComparePage *self)
{
  self->task_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
