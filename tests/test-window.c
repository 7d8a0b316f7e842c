/* test-window.c — the window, driven as a person would
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <gio/gunixfdlist.h>
#include <string.h>
#include <unistd.h>

#include "fp-history.h"
#include "fp-kb.h"
#include "fp-result-page.h"
#include "fp-role-search.h"
#include "fp-saved-list.h"
#include "fp-share.h"
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

/* Two saved assessments chosen on the welcome page are compared, the older
 * first; the comparison's report carries it; back returns to the welcome
 * page. "Compare with Last Saved" on a result opens the same page. */
static void
test_compare (void)
{
  FpWindow    *window = new_window ();
  FpSavedList *list = FP_SAVED_LIST (fp_window_get_saved_list (window));
  g_autoptr (FpAssessment) nurse = fp_assess_occupation ("2221", FP_LANG_EN, NULL);
  g_autoptr (FpAssessment) developer = fp_assess_occupation ("2512", FP_LANG_EN, NULL);
  g_autoptr (FpSaved) first = fp_history_save (nurse, "2221", NULL);
  g_autoptr (FpSaved) second = fp_history_save (developer, "2512", NULL);
  FpComparePage *page = FP_COMPARE_PAGE (fp_window_get_compare_page (window));
  JsonObject    *comparison;

  g_assert_nonnull (first);
  g_assert_nonnull (second);
  fp_saved_list_reload (list);
  fp_saved_list_choose (list, 0);
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "welcome");
  fp_saved_list_choose (list, 1);
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "compare");

  comparison = fp_assessment_get_comparison (fp_window_get_shown_assessment (window));
  g_assert_nonnull (comparison);
  /* The list is newest first: the nurse, saved first, is the earlier. */
  g_assert_cmpint (json_object_get_int_member (comparison, "score_before"), ==, fp_assessment_get_score (nurse));
  g_assert_cmpint (json_object_get_int_member (comparison, "score_after"), ==, fp_assessment_get_score (developer));
  g_assert_cmpuint (fp_compare_page_get_n_changes (page), >, 0);
  g_assert_true (gtk_widget_get_visible (fp_window_get_export_button (window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "welcome");

  /* From a result, against the last saved one that is not it. */
  open_sample (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare", NULL));
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "compare");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  g_assert_cmpstr (fp_window_get_page_name (window), ==, "result");

  fp_history_delete (fp_saved_get_id (first), NULL);
  fp_history_delete (fp_saved_get_id (second), NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
share_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (fp_share_report_finish (result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
share_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  GError **error = user_data;

  g_assert_false (fp_share_report_finish (result, error));
}

/* With no e-mail portal (no session bus here), sharing fails cleanly: an
 * error, no crash, and nothing written. */
static void
test_share_without_portal (void)
{
  g_autoptr (FpAssessment) nurse = fp_assess_occupation ("2221", FP_LANG_EN, NULL);
  g_autoptr (GError) error = NULL;

  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/futureproof-test-bus", TRUE);
  fp_share_report_async (NULL, nurse, NULL, share_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (error);
}

/* A stand-in for the desktop's e-mail portal, on a private session bus:
 * it keeps what ComposeEmail was given. */
typedef struct
{
  char    *subject;
  char    *body;
  GBytes  *attachment;
  gboolean called;
} FakePortal;

static void
portal_method_cb (GDBusConnection       *connection,
                  const char            *sender,
                  const char            *path,
                  const char            *interface,
                  const char            *method,
                  GVariant              *parameters,
                  GDBusMethodInvocation *invocation,
                  gpointer               user_data)
{
  FakePortal *portal = user_data;
  g_autoptr (GVariant) options = g_variant_get_child_value (parameters, 1);
  g_autoptr (GVariant) fds = g_variant_lookup_value (options, "attachment_fds", G_VARIANT_TYPE ("ah"));
  GUnixFDList *list = g_dbus_message_get_unix_fd_list (g_dbus_method_invocation_get_message (invocation));
  gint32       handle;
  int          fd;
  char         head[5] = { 0 };

  g_variant_lookup (options, "subject", "s", &portal->subject);
  g_variant_lookup (options, "body", "s", &portal->body);
  g_assert_nonnull (fds);
  g_assert_cmpuint (g_variant_n_children (fds), ==, 1);
  g_variant_get_child (fds, 0, "h", &handle);
  fd = g_unix_fd_list_get (list, handle, NULL);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (read (fd, head, 4), ==, 4);
  close (fd);
  portal->attachment = g_bytes_new (head, 4);
  portal->called = TRUE;
  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", "/org/freedesktop/portal/desktop/request/1_1/t"));
}

/* Sharing hands the report, open, to the e-mail portal, with a subject and
 * a body in the report's language. */
static void
test_share_portal (void)
{
  static const char          xml[] = "<node><interface name='org.freedesktop.portal.Email'>"
                                     "<method name='ComposeEmail'><arg type='s' direction='in'/>"
                                     "<arg type='a{sv}' direction='in'/><arg type='o' direction='out'/></method>"
                                     "</interface></node>";
  const GDBusInterfaceVTable vtable = { portal_method_cb, NULL, NULL, { 0 } };
  g_autoptr (GTestDBus) bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_autoptr (GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (xml, NULL);
  g_autoptr (FpAssessment) nurse = fp_assess_occupation ("2221", FP_LANG_NB, NULL);
  g_autoptr (GDBusConnection) connection = NULL;
  g_autoptr (GError) error = NULL;
  FakePortal portal = { 0 };
  gboolean   done = FALSE;
  guint      id;

  g_test_dbus_up (bus);
  connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  id = g_dbus_connection_register_object (connection, "/org/freedesktop/portal/desktop", info->interfaces[0],
                                          &vtable, &portal, NULL, &error);
  g_assert_no_error (error);
  g_bus_own_name_on_connection (connection, "org.freedesktop.portal.Desktop", G_BUS_NAME_OWNER_FLAGS_NONE, NULL,
                                NULL, NULL, NULL);

  fp_share_report_async (NULL, nurse, NULL, share_done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (portal.called);
  g_assert_cmpstr (portal.subject, ==, fp_kb_phrase ("share_subject", FP_LANG_NB));
  g_assert_cmpstr (portal.body, ==, fp_kb_phrase ("share_body", FP_LANG_NB));
  g_assert_cmpmem (g_bytes_get_data (portal.attachment, NULL), 4, "%PDF", 4);

  g_dbus_connection_unregister_object (connection, id);
  g_clear_object (&connection);
  g_free (portal.subject);
  g_free (portal.body);
  g_bytes_unref (portal.attachment);
  g_test_dbus_down (bus);
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
  g_test_add_func ("/app/window/compare", test_compare);
  g_test_add_func ("/app/window/share-portal", test_share_portal);
  g_test_add_func ("/app/window/share-without-portal", test_share_without_portal);

  return g_test_run ();
}
