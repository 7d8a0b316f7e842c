/* fp-role-search.c — search all occupations and job titles as you type
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Emits "role-activated" with the ISCO-08 code and the title the person
 * chose. Enter takes the best match; Down moves into the list.
 */

#define G_LOG_DOMAIN "fp-role-search"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fp-application.h"
#include "fp-assessor.h"
#include "fp-kb.h"
#include "fp-role-search.h"

#define MAX_RESULTS 8

struct _FpRoleSearch
{
  GtkWidget parent_instance;

  GtkSearchEntry *entry;
  GtkListBox     *results;
  GtkWidget      *no_matches;
};

enum
{
  ROLE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (FpRoleSearch, fp_role_search, GTK_TYPE_WIDGET)

static void
search_changed_cb (FpRoleSearch *self)
{
  const char      *query = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autofree char *trimmed = g_strstrip (g_strdup (query));
  g_autoptr (GPtrArray) matches = NULL;
  FpKb      *kb = fp_kb_get_default ();
  FpLang     lang = fp_assess_default_language ();
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results))) != NULL)
    gtk_list_box_remove (self->results, child);

  matches = fp_kb_search (kb, query, MAX_RESULTS);
  for (guint i = 0; i < matches->len; i++)
    {
      const FpKbMatch *m = g_ptr_array_index (matches, i);
      const FpKbUnit  *unit = fp_kb_lookup_isco (kb, m->isco08);
      GtkWidget       *row = adw_action_row_new ();
      /* Translators: a matched job title and its ISCO-08 occupation code */
      g_autofree char *subtitle = g_strdup_printf (_ ("“%s” · ISCO-08 %s"), m->title, m->isco08);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fp_kb_unit_get_title (unit, lang));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "isco08", g_strdup (m->isco08), g_free);
      g_object_set_data_full (G_OBJECT (row), "title", g_strdup (m->title), g_free);
      gtk_list_box_append (self->results, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->results), matches->len > 0);
  gtk_widget_set_visible (self->no_matches, matches->len == 0 && *trimmed != '\0');
}

static void
row_activated_cb (FpRoleSearch  *self,
                  GtkListBoxRow *row)
{
  g_signal_emit (self, signals[ROLE_ACTIVATED], 0,
                 g_object_get_data (G_OBJECT (row), "isco08"),
                 g_object_get_data (G_OBJECT (row), "title"));
}

static void
activate_cb (FpRoleSearch *self)
{
  fp_role_search_activate_result (self, 0);
}

static void
stop_search_cb (FpRoleSearch *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                FpRoleSearch          *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->results, 0);

  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) && first != NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (first));
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

static void
fp_role_search_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), FP_TYPE_ROLE_SEARCH);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (fp_role_search_parent_class)->dispose (object);
}

static gboolean
fp_role_search_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (FP_ROLE_SEARCH (widget)->entry));
}

static void
fp_role_search_class_init (FpRoleSearchClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = fp_role_search_dispose;
  widget_class->grab_focus = fp_role_search_grab_focus;

  /**
   * FpRoleSearch::role-activated:
   * @isco08: the chosen occupation
   * @title: the title the person chose
   */
  signals[ROLE_ACTIVATED] = g_signal_new ("role-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/fp-role-search.ui");
  gtk_widget_class_bind_template_child (widget_class, FpRoleSearch, entry);
  gtk_widget_class_bind_template_child (widget_class, FpRoleSearch, results);
  gtk_widget_class_bind_template_child (widget_class, FpRoleSearch, no_matches);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
fp_role_search_init (FpRoleSearch *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), keys);
}

GtkWidget *
fp_role_search_new (void)
{
  return g_object_new (FP_TYPE_ROLE_SEARCH, NULL);
}

void
fp_role_search_set_text (FpRoleSearch *self,
                         const char   *text)
{
  g_return_if_fail (FP_IS_ROLE_SEARCH (self));

  gtk_editable_set_text (GTK_EDITABLE (self->entry), text != NULL ? text : "");
  /* Show the results now rather than after the entry's typing delay. */
  search_changed_cb (self);
}

guint
fp_role_search_get_n_results (FpRoleSearch *self)
{
  guint n = 0;

  g_return_val_if_fail (FP_IS_ROLE_SEARCH (self), 0);

  while (gtk_list_box_get_row_at_index (self->results, (int) n) != NULL)
    n++;
  return n;
}

gboolean
fp_role_search_activate_result (FpRoleSearch *self,
                                guint         index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (FP_IS_ROLE_SEARCH (self), FALSE);

  row = gtk_list_box_get_row_at_index (self->results, (int) index);
  if (row == NULL)
    return FALSE;

  row_activated_cb (self, row);
  return TRUE;
}
