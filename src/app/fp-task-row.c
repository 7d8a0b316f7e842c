/* fp-task-row.c — one of the person's tasks, with its mark and reason
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The mark is shown by an icon, a word and a colour together, never by
 * colour alone.
 */

#define G_LOG_DOMAIN "fp-task-row"

#include "config.h"

#include <glib/gi18n.h>

#include "fp-kb.h"
#include "fp-task-row.h"

struct _FpTaskRow
{
  GtkListBoxRow parent_instance;

  GtkBox   *mark_box;
  GtkImage *mark_icon;
  GtkLabel *mark_label;
  GtkLabel *text_label;
  GtkLabel *reason_label;
  GtkLabel *cv_label;
};

G_DEFINE_FINAL_TYPE (FpTaskRow, fp_task_row, GTK_TYPE_LIST_BOX_ROW)

static void
fp_task_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), FP_TYPE_TASK_ROW);

  G_OBJECT_CLASS (fp_task_row_parent_class)->dispose (object);
}

static void
fp_task_row_class_init (FpTaskRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = fp_task_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/fp-task-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FpTaskRow, mark_box);
  gtk_widget_class_bind_template_child (widget_class, FpTaskRow, mark_icon);
  gtk_widget_class_bind_template_child (widget_class, FpTaskRow, mark_label);
  gtk_widget_class_bind_template_child (widget_class, FpTaskRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, FpTaskRow, reason_label);
  gtk_widget_class_bind_template_child (widget_class, FpTaskRow, cv_label);
}

static void
fp_task_row_init (FpTaskRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static const char *
mark_icon (FpMark mark)
{
  return mark == FP_MARK_AUTOMATED  ? "emblem-system-symbolic"
         : mark == FP_MARK_CHANGING ? "view-refresh-symbolic"
                                    : "security-high-symbolic";
}

/**
 * fp_task_row_new_mark:
 * @mark: "automated", "changing" or "safe"; "" for a task that was not there
 * @label: the mark in words
 *
 * Returns: (transfer floating): the mark as a task row shows it: an icon, a
 *   word and a colour together; the word alone, dimmed, for ""
 */
GtkWidget *
fp_task_row_new_mark (const char *mark,
                      const char *label)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  if (*mark != '\0')
    {
      FpMark           value = fp_mark_from_string (mark);
      g_autofree char *css = g_strconcat ("mark-", fp_mark_to_string (value), NULL);

      gtk_widget_add_css_class (box, "mark");
      gtk_widget_add_css_class (box, css);
      gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (mark_icon (value)));
    }
  else
    gtk_widget_add_css_class (box, "dim-label");
  gtk_box_append (GTK_BOX (box), gtk_label_new (label));

  return box;
}

GtkWidget *
fp_task_row_new (JsonObject *task,
                 FpLang      lang)
{
  FpTaskRow       *self = g_object_new (FP_TYPE_TASK_ROW, NULL);
  FpMark           mark = fp_mark_from_string (json_object_get_string_member_with_default (task, "mark", NULL));
  g_autofree char *css = g_strconcat ("mark-", fp_mark_to_string (mark), NULL);

  gtk_widget_add_css_class (GTK_WIDGET (self->mark_box), css);
  gtk_image_set_from_icon_name (self->mark_icon, mark_icon (mark));
  gtk_label_set_text (self->mark_label, json_object_get_string_member_with_default (task, "mark_label", ""));
  gtk_label_set_text (self->text_label, json_object_get_string_member_with_default (task, "text", ""));
  gtk_label_set_text (self->reason_label, json_object_get_string_member_with_default (task, "reason", ""));

  if (json_object_has_member (task, "from_cv"))
    {
      g_autofree char *line = fp_kb_phrase_fill ("report_from_cv", lang, "line",
                                                 json_object_get_string_member (task, "from_cv"), NULL);
      gtk_label_set_text (self->cv_label, line);
      gtk_widget_set_visible (GTK_WIDGET (self->cv_label), TRUE);
    }

  return GTK_WIDGET (self);
}
