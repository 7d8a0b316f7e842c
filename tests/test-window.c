/* test-window.c — the window, driven as a person would
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "fp-result-page.h"
#include "fp-role-search.h"
#include "fp-saved-list.h"
#include "fp-task-row.h"
#include "fp-window-private.h"
#include "test-util-gtk.h"

static void
wait_while_working (FpWindow *window)
{
  while (g_str_equal (fp_window_get_page_name (window), "working"))
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
drop_file (FpWindow   *window,
           const char *path)
{
  GtkDropTarget *target = test_find_drop_target (GTK_WIDGET (window));
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GSList) list = g_slist_prepend (NULL, file);
  g_auto (GValue) value = G_VALUE_INIT;
  GdkDragAction action = 0;
  gboolean      handled = FALSE;

  g_assert_nonnull (target);

  /* Dragging over the window shows the highlight… */
  g_signal_emit_by_name (target, "enter", 100.0, 100.0, &action);
  g_assert_true (fp_window_get_drop_active (window));
  g_assert_cmpint (action, ==, GDK_ACTION_COPY);

  /* …and dropping opens the file. */
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (list));
  g_signal_emit_by_name (target, "drop", &value, 100.0, 100.0, &handled);
  g_assert_false (fp_window_get_drop_active (window));

  return handled;
}

static FpWindow *
new_window (void)
{
  FpWindow *window = fp_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "welcome");

  return window;
}

static void
test_drop_pdf (void)
{
  FpWindow        *window = new_window ();
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "data", "pdf", "norwegian.pdf", NULL);

  g_assert_true (drop_file (window, path));
  wait_while_working (window);
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "result");

  /* Escape (win.back) goes back to the start. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "welcome");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
iterate_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* Cancel while a CV is read: back to the start, and the result that comes
 * in later is not shown. */
static void
test_cancel (void)
{
  FpWindow        *window = new_window ();
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "data", "pdf", "multipage.pdf", NULL);

  g_assert_true (drop_file (window, path));
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "working");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel", NULL));
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "welcome");
  iterate_for (1500);
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "welcome");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A second CV dropped while the first is read replaces it: the first one's
 * result (here an error) never shows. */
static void
test_second_file (void)
{
  FpWindow        *window = new_window ();
  g_autofree char *scan = g_test_build_filename (G_TEST_BUILT, "data", "pdf", "scan.pdf", NULL);
  g_autofree char *cv = g_test_build_filename (G_TEST_BUILT, "data", "pdf", "norwegian.pdf", NULL);

  g_assert_true (drop_file (window, scan));
  g_assert_true (drop_file (window, cv));
  wait_while_working (window);
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "result");
  iterate_for (500);
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "result");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Closing the window while a CV is read is clean: the work is cancelled
 * and its result goes nowhere. */
static void
test_close_while_working (void)
{
  FpWindow        *window = new_window ();
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "data", "pdf", "multipage.pdf", NULL);

  g_assert_true (drop_file (window, path));
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_for (1500);
}

static void
test_drop_not_pdf (void)
{
  FpWindow        *window = new_window ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pdf", "not-a-pdf.pdf", NULL);

  g_assert_true (drop_file (window, path));
  wait_while_working (window);
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "error");
  g_assert_nonnull (strstr (fp_window_get_error_message (window), "not a PDF"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_drop_scan (void)
{
  FpWindow        *window = new_window ();
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "data", "pdf", "scan.pdf", NULL);

  g_assert_true (drop_file (window, path));
  wait_while_working (window);
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "error");
  g_assert_nonnull (strstr (fp_window_get_error_message (window), "scan"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A CV whose roles name no occupation we know: the page says so plainly and
 * offers the CV's own titles to search for. */
static void
test_no_occupation (void)
{
  FpWindow        *window = new_window ();
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "data", "pdf", "no-occupation.pdf", NULL);
  g_autoptr (GPtrArray) suggestions = NULL;

  g_assert_true (drop_file (window, path));
  wait_while_working (window);
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "error");
  g_assert_cmpstr (fp_window_get_error_title (window), ==, "We Could Not Find Your Occupation");
  g_assert_null (strstr (fp_window_get_error_message (window), "cannot be read"));

  suggestions = fp_window_dup_suggestions (window);
  g_assert_cmpuint (suggestions->len, >=, 1);
  g_assert_cmpstr (g_ptr_array_index (suggestions, 0), ==, "Zorblax Quuxer");

  /* Any other error clears them. */
  path[strlen (path) - strlen ("no-occupation.pdf")] = '\0';
  {
    g_autofree char *scan = g_strconcat (path, "scan.pdf", NULL);
    g_autoptr (GPtrArray) none = NULL;

    g_assert_true (drop_file (window, scan));
    wait_while_working (window);
    g_assert_cmpstr (fp_window_get_error_title (window), ==, "This CV Cannot Be Read");
    none = fp_window_dup_suggestions (window);
    g_assert_cmpuint (none->len, ==, 0);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A CV whose roles have only a generic title: the window asks which
 * occupation fits, and the one chosen gives the result. */
static void
test_unsure (void)
{
  FpWindow        *window = new_window ();
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "data", "pdf", "generic-title.pdf", NULL);
  g_autoptr (GPtrArray) choices = NULL;
  FpAssessment *assessment;

  g_assert_true (drop_file (window, path));
  wait_while_working (window);
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "error");
  g_assert_cmpstr (fp_window_get_error_title (window), ==, "Which of These Fits You Best?");
  choices = fp_window_dup_suggestions (window);
  g_assert_cmpuint (choices->len, >=, 2);

  fp_window_activate_suggestion (window, 1);
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "result");
  assessment = fp_result_page_get_assessment (FP_RESULT_PAGE (fp_window_get_result_page (window)));
  g_assert_cmpstr (json_object_get_string_member (fp_assessment_get_occupation (assessment), "title"), ==,
                   g_ptr_array_index (choices, 1));
  g_assert_cmpstr (json_object_get_string_member (fp_assessment_get_occupation (assessment), "basis"), ==, "chosen");

  gtk_window_destroy (GTK_WINDOW (window));
}

static FpResultPage *
open_sample (FpWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL));
  wait_while_working (window);
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "result");

  return FP_RESULT_PAGE (fp_window_get_result_page (window));
}

static gboolean
has_label_starting (GtkWidget  *widget,
                    const char *text)
{
  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), text))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (has_label_starting (child, text))
      return TRUE;
  return FALSE;
}

static void
test_sample (void)
{
  FpWindow        *window = new_window ();
  FpResultPage    *page = open_sample (window);
  FpAssessment    *assessment = fp_result_page_get_assessment (page);
  g_autofree char *name = NULL;

  /* In an English interface the sample is the English one, a nurse: low. */
  g_assert_cmpstr (fp_assessment_get_isco08 (assessment), ==, "2221");
  g_assert_cmpint (fp_assessment_get_level (assessment), ==, FP_LEVEL_LOW);
  g_assert_cmpuint (fp_result_page_get_n_tasks (page), ==,
                    json_array_get_length (fp_assessment_get_tasks (assessment)));
  g_assert_cmpuint (fp_result_page_get_n_tasks (page), >=, 6);
  g_assert_nonnull (strstr (fp_result_page_get_headline (page), "nurse"));

  /* The dial says what it shows, with the range; the range and the caveat
   * are on screen beside it. */
  name = fp_assessment_dup_score_line (assessment);
  g_assert_nonnull (strstr (name, "likely range"));
  gtk_test_accessible_assert_property (fp_result_page_get_dial (page), GTK_ACCESSIBLE_PROPERTY_LABEL, name);
  g_assert_true (has_label_starting (GTK_WIDGET (page), "Likely range "));
  g_assert_true (has_label_starting (GTK_WIDGET (page), "Exposure is not job loss"));

  /* The report's language governs the page, whatever the interface's is. */
  g_object_set (window, "report-language", "nb", NULL);
  page = FP_RESULT_PAGE (fp_window_get_result_page (window));
  g_assert_cmpint (fp_assessment_get_lang (fp_result_page_get_assessment (page)), ==, FP_LANG_NB);
  g_assert_true (has_label_starting (GTK_WIDGET (page), "Oppgavene dine"));
  g_assert_true (has_label_starting (GTK_WIDGET (page), "Sannsynlig spenn "));
  g_assert_true (has_label_starting (GTK_WIDGET (page), "Hvorfor denne vurderingen"));
  g_assert_false (has_label_starting (GTK_WIDGET (page), "Your Tasks"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_change_occupation (void)
{
  FpWindow        *window = new_window ();
  FpResultPage    *page = open_sample (window);
  g_autofree char *before = g_strdup (fp_result_page_get_headline (page));
  GtkWidget       *dialog = NULL;
  GList           *toplevels;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.change-occupation", NULL));

  /* The search window opens with the current title; search for another. */
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != window && gtk_window_get_transient_for (l->data) == GTK_WINDOW (window))
      dialog = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (dialog);

  {
    GtkWidget *search = NULL;

    for (GtkWidget *w = gtk_widget_get_first_child (dialog); w != NULL && search == NULL;)
      {
        if (FP_IS_ROLE_SEARCH (w))
          search = w;
        else if (gtk_widget_get_first_child (w) != NULL)
          w = gtk_widget_get_first_child (w);
        else
          {
            while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
              w = gtk_widget_get_parent (w);
            w = w != NULL ? gtk_widget_get_next_sibling (w) : NULL;
          }
      }
    g_assert_nonnull (search);
    fp_role_search_set_text (FP_ROLE_SEARCH (search), "Tømrer");
    g_assert_cmpuint (fp_role_search_get_n_results (FP_ROLE_SEARCH (search)), >, 0);
    g_assert_true (fp_role_search_activate_result (FP_ROLE_SEARCH (search), 0));
  }

  g_assert_cmpstr (fp_window_get_page_name (window), ==, "result");
  g_assert_cmpstr (fp_assessment_get_isco08 (fp_result_page_get_assessment (page)), ==, "7115");
  g_assert_cmpstr (fp_result_page_get_headline (page), !=, before);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_report_language (void)
{
  FpWindow        *window = new_window ();
  FpResultPage    *page = open_sample (window);
  g_autofree char *english = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.report-language", "s", "en"));
  english = g_strdup (fp_result_page_get_narrative (page));
  g_assert_cmpint (fp_assessment_get_lang (fp_result_page_get_assessment (page)), ==, FP_LANG_EN);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.report-language", "s", "nb"));
  g_assert_cmpint (fp_assessment_get_lang (fp_result_page_get_assessment (page)), ==, FP_LANG_NB);
  g_assert_cmpstr (fp_result_page_get_narrative (page), !=, english);
  g_assert_nonnull (strstr (fp_result_page_get_narrative (page), "KI"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_search_role (void)
{
  FpWindow     *window = new_window ();
  FpRoleSearch *search = FP_ROLE_SEARCH (fp_window_get_welcome_search (window));
  FpResultPage *page = FP_RESULT_PAGE (fp_window_get_result_page (window));

  fp_role_search_set_text (search, "Backendutvikler");
  g_assert_true (fp_role_search_activate_result (search, 0));
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "result");
  g_assert_cmpstr (fp_assessment_get_isco08 (fp_result_page_get_assessment (page)), ==, "2512");

  /* After a CV, the welcome page's search is about the title alone. */
  open_sample (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  fp_role_search_set_text (search, "Sykepleier");
  g_assert_true (fp_role_search_activate_result (search, 0));
  g_assert_cmpstr (fp_assessment_get_isco08 (fp_result_page_get_assessment (page)), ==, "2221");
  g_assert_false (json_object_has_member (fp_assessment_get_root (fp_result_page_get_assessment (page)), "source"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_focusable (GtkWidget *widget,
               GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_focusable (widget))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (has_focusable (child, type))
      return TRUE;
  return FALSE;
}

static gboolean
has_binding (GtkWidget  *widget,
             const char *trigger)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);
          g_autofree char *text = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (text, trigger))
            return TRUE;
        }
    }
  return FALSE;
}

/* The result page as people use it: actions only with a result, a new
 * result at the top, no tab stops on what only reads, the usual keys. */
static void
test_result_page_use (void)
{
  FpWindow *window = new_window ();
  GtkWidget *export = fp_window_get_export_button (window);
  FpResultPage  *page;
  GtkAdjustment *adjustment;

  /* Nothing to export on the welcome page. */
  g_assert_false (gtk_widget_get_visible (export));
  g_assert_false (gtk_widget_is_sensitive (export));

  page = open_sample (window);
  g_assert_true (gtk_widget_get_visible (export));
  g_assert_true (gtk_widget_is_sensitive (export));
  g_assert_false (has_focusable (GTK_WIDGET (page), FP_TYPE_TASK_ROW));
  g_assert_false (has_focusable (GTK_WIDGET (page), GTK_TYPE_FLOW_BOX_CHILD));

  /* Scrolled down, then a new result: back at the top, the headline focused. */
  adjustment = gtk_scrolled_window_get_vadjustment (
      GTK_SCROLLED_WINDOW (gtk_widget_get_first_child (GTK_WIDGET (page))));
  iterate_for (200);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  {
    g_autofree char *lang = NULL;

    /* (The setting outlives a test: switch to the other language.) */
    g_object_get (window, "report-language", &lang, NULL);
    g_object_set (window, "report-language", g_str_equal (lang, "nb") ? "en" : "nb", NULL);
  }
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  g_assert_true (has_label_starting (gtk_window_get_focus (GTK_WINDOW (window)),
                                     fp_result_page_get_headline (page)));

  /* Back: Escape (the application's) and Alt+Left; Ctrl+W closes. */
  g_assert_true (has_binding (GTK_WIDGET (window), "<Alt>Left"));
  g_assert_true (has_binding (GTK_WIDGET (window), "<Control>w"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "welcome");
  g_assert_false (gtk_widget_is_sensitive (export));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A search with no matches says so. */
static void
test_search_no_matches (void)
{
  FpWindow     *window = new_window ();
  FpRoleSearch *search = FP_ROLE_SEARCH (fp_window_get_welcome_search (window));

  fp_role_search_set_text (search, "qqqxzv");
  g_assert_true (has_label_starting (GTK_WIDGET (search), "No matches"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Save a result, find it on the welcome page, open it, delete it. */
static void
test_saved (void)
{
  FpWindow    *window = new_window ();
  FpSavedList *list = FP_SAVED_LIST (fp_window_get_saved_list (window));
  guint        before;

  fp_saved_list_reload (list);
  before = fp_saved_list_get_n_saved (list);
  open_sample (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_cmpuint (fp_saved_list_get_n_saved (list), ==, before + 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (list)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  fp_saved_list_delete (list, 0);
  g_assert_cmpuint (fp_saved_list_get_n_saved (list), ==, before);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_PREFIX "/icons");

  g_test_add_func ("/app/window/drop-pdf", test_drop_pdf);
  g_test_add_func ("/app/window/drop-not-pdf", test_drop_not_pdf);
  g_test_add_func ("/app/window/cancel", test_cancel);
  g_test_add_func ("/app/window/second-file", test_second_file);
  g_test_add_func ("/app/window/close-while-working", test_close_while_working);
  g_test_add_func ("/app/window/drop-scan", test_drop_scan);
  g_test_add_func ("/app/window/no-occupation", test_no_occupation);
  g_test_add_func ("/app/window/unsure", test_unsure);
  g_test_add_func ("/app/window/sample", test_sample);
  g_test_add_func ("/app/window/change-occupation", test_change_occupation);
  g_test_add_func ("/app/window/report-language", test_report_language);
  g_test_add_func ("/app/window/search-role", test_search_role);
  g_test_add_func ("/app/window/result-page-use", test_result_page_use);
  g_test_add_func ("/app/window/search-no-matches", test_search_no_matches);
  g_test_add_func ("/app/window/saved", test_saved);

  return g_test_run ();
}
