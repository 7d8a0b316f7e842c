/* test-pdf-text.c
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "fp-pdf-text.h"

static GFile *
built_pdf (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "data", "pdf", name, NULL);

  return g_file_new_for_path (path);
}

static GFile *
dist_pdf (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "pdf", name, NULL);

  return g_file_new_for_path (path);
}

static FpPdfText *
read_ok (GFile *file)
{
  g_autoptr (GError) error = NULL;
  FpPdfText *text = fp_pdf_text_new_from_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);

  return text;
}

static int
find_line (FpPdfText  *text,
           const char *needle)
{
  for (guint i = 0; i < fp_pdf_text_get_n_lines (text); i++)
    if (strstr (fp_pdf_text_get_line (text, i)->text, needle) != NULL)
      return (int) i;

  return -1;
}

static void
test_one_column (void)
{
  g_autoptr (GFile) file = built_pdf ("one-column.pdf");
  g_autoptr (FpPdfText) text = read_ok (file);
  const FpTextLine *name, *heading, *bullet;
  int               i_name, i_heading, i_bullet, i_education;

  g_assert_cmpuint (fp_pdf_text_get_n_pages (text), ==, 1);

  i_name = find_line (text, "Per Olsen");
  i_heading = find_line (text, "EXPERIENCE");
  i_bullet = find_line (text, "Reconciled bank statements");
  i_education = find_line (text, "EDUCATION");
  g_assert_cmpint (i_name, ==, 0);
  g_assert_cmpint (i_heading, >, i_name);
  g_assert_cmpint (i_bullet, >, i_heading);
  g_assert_cmpint (i_education, >, i_bullet);

  name = fp_pdf_text_get_line (text, (guint) i_name);
  heading = fp_pdf_text_get_line (text, (guint) i_heading);
  bullet = fp_pdf_text_get_line (text, (guint) i_bullet);

  /* Sizes and weights come through. */
  g_assert_true (name->bold);
  g_assert_cmpfloat_with_epsilon (name->font_size, 22, 0.5);
  g_assert_true (heading->bold);
  g_assert_false (bullet->bold);
  g_assert_cmpfloat_with_epsilon (bullet->font_size, 10, 0.5);

  /* Boxes are in points from the top left of an A4 page. */
  g_assert_cmpfloat (name->x, >=, 45);
  g_assert_cmpfloat (name->x, <=, 55);
  g_assert_cmpfloat (name->y, <, heading->y);
  g_assert_cmpfloat (bullet->width, >, 100);
  g_assert_cmpfloat (bullet->x + bullet->width, <, 595);
  g_assert_cmpuint (bullet->page, ==, 0);
}

static void
test_two_columns (void)
{
  g_autoptr (GFile) file = built_pdf ("two-column.pdf");
  g_autoptr (FpPdfText) text = read_ok (file);
  int first_main = G_MAXINT, last_main = -1, first_side = G_MAXINT, last_side = -1;

  for (guint i = 0; i < fp_pdf_text_get_n_lines (text); i++)
    {
      const FpTextLine *line = fp_pdf_text_get_line (text, i);
      gboolean          side = g_str_has_prefix (line->text, "Sidebar") ||
                      strstr (line->text, "side@example") != NULL ||
                      g_str_equal (line->text, "CONTACT") || g_str_equal (line->text, "SKILLS") ||
                      g_str_equal (line->text, "Tromsø");

      if (side)
        {
          first_side = MIN (first_side, (int) i);
          last_side = MAX (last_side, (int) i);
          g_assert_cmpuint (line->column, ==, 0);
        }
      else
        {
          first_main = MIN (first_main, (int) i);
          last_main = MAX (last_main, (int) i);
          g_assert_cmpuint (line->column, ==, 1);
        }
    }

  /* Each column is read whole: the sidebar first, then the main column. */
  g_assert_cmpint (last_side, <, first_main);
  g_assert_cmpint (first_side, ==, 0);
  g_assert_cmpint (find_line (text, "Main Column Person"), ==, first_main);
  g_assert_cmpint (find_line (text, "Main bullet one"), <, find_line (text, "Main bullet three"));
}

static void
test_norwegian_letters (void)
{
  g_autoptr (GFile) file = built_pdf ("norwegian.pdf");
  g_autoptr (FpPdfText) text = read_ok (file);
  g_autofree char *all = fp_pdf_text_dup_text (text);

  g_assert_nonnull (strstr (all, "Åse Bjørkøy"));
  g_assert_nonnull (strstr (all, "Ålesund sjukehus"));
  g_assert_nonnull (strstr (all, "ÆØÅ æøå"));
  g_assert_nonnull (strstr (all, "aug. 2019 – nå"));
  g_assert_true (g_utf8_validate (all, -1, NULL));
}

static void
test_several_pages (void)
{
  g_autoptr (GFile) file = built_pdf ("multipage.pdf");
  g_autoptr (FpPdfText) text = read_ok (file);
  guint last_page = 0;
  int   p1, p60;

  g_assert_cmpuint (fp_pdf_text_get_n_pages (text), >=, 4);

  /* Pages come in order, and the lines on them too. */
  for (guint i = 0; i < fp_pdf_text_get_n_lines (text); i++)
    {
      const FpTextLine *line = fp_pdf_text_get_line (text, i);

      g_assert_cmpuint (line->page, >=, last_page);
      last_page = line->page;
    }
  g_assert_cmpuint (last_page, ==, fp_pdf_text_get_n_pages (text) - 1);

  p1 = find_line (text, "Project 01,");
  p60 = find_line (text, "Project 60,");
  g_assert_cmpint (p1, >=, 0);
  g_assert_cmpint (p60, >, p1);
  g_assert_cmpuint (fp_pdf_text_get_line (text, (guint) p60)->page, >, 0);
  g_assert_cmpint (find_line (text, "Page 2 of"), >, 0);
}

static void
assert_error (GFile      *file,
              const char *password,
              FpPdfError  code)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (FpPdfText) text = fp_pdf_text_new_from_file (file, password, NULL, &error);

  g_assert_null (text);
  g_assert_error (error, FP_PDF_ERROR, (int) code);
  g_assert_nonnull (error->message);
  g_assert_cmpuint (strlen (error->message), >, 10);
}

static void
test_missing (void)
{
  g_autoptr (GFile) file = g_file_new_for_path ("/nonexistent/futureproof/cv.pdf");

  assert_error (file, NULL, FP_PDF_ERROR_UNREADABLE);
}

static void
test_empty (void)
{
  g_autoptr (GFile) file = dist_pdf ("empty.pdf");

  assert_error (file, NULL, FP_PDF_ERROR_EMPTY);
}

static void
test_not_pdf (void)
{
  g_autoptr (GFile) file = dist_pdf ("not-a-pdf.pdf");
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (dir);

  assert_error (file, NULL, FP_PDF_ERROR_NOT_PDF);
  assert_error (folder, NULL, FP_PDF_ERROR_NOT_PDF);
}

static void
test_truncated (void)
{
  g_autoptr (GFile) file = built_pdf ("one-column.pdf");
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GFile) cut = NULL;
  gsize length;
  int   fd;

  g_assert_true (g_file_load_contents (file, NULL, &contents, &length, NULL, &error));
  g_assert_no_error (error);

  /* The first 300 bytes: the header and a little of the first object. */
  fd = g_file_open_tmp ("fp-truncated-XXXXXX.pdf", &path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (write (fd, contents, 300), ==, 300);
  close (fd);

  cut = g_file_new_for_path (path);
  assert_error (cut, NULL, FP_PDF_ERROR_DAMAGED);
  g_unlink (path);
}

static void
test_encrypted (void)
{
  g_autoptr (GFile) file = dist_pdf ("encrypted.pdf");
  g_autoptr (GError) error = NULL;
  g_autoptr (FpPdfText) text = NULL;

  assert_error (file, NULL, FP_PDF_ERROR_ENCRYPTED);
  assert_error (file, "wrong", FP_PDF_ERROR_ENCRYPTED);

  text = fp_pdf_text_new_from_file (file, "futureproof", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (find_line (text, "Per Olsen"), ==, 0);
}

static void
test_scan (void)
{
  g_autoptr (GFile) file = built_pdf ("scan.pdf");

  assert_error (file, NULL, FP_PDF_ERROR_NO_TEXT);
}

/* A PDF drawn here: one page with @words on it, or blank. */
static GFile *
drawn_pdf (const char *name,
           const char *words)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), name, NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t         *cr = cairo_create (surface);

  if (words != NULL)
    {
      cairo_move_to (cr, 72, 72);
      cairo_show_text (cr, words);
    }
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return g_file_new_for_path (path);
}

/* "Probably a scan" only where the pages are pictures: blank pages and a few
 * words have messages of their own. */
static void
test_too_little_text (void)
{
  const struct
  {
    const char *name, *words, *said;
  } cases[] = {
    { "futureproof-blank.pdf", NULL, "blank" },
    { "futureproof-few-words.pdf", "Curriculum vitae", "too little text" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GFile) file = drawn_pdf (cases[i].name, cases[i].words);
      g_autoptr (GError) error = NULL;
      g_autoptr (FpPdfText) text = fp_pdf_text_new_from_file (file, NULL, NULL, &error);

      g_assert_error (error, FP_PDF_ERROR, FP_PDF_ERROR_NO_TEXT);
      g_assert_nonnull (strstr (error->message, cases[i].said));
      g_assert_null (strstr (error->message, "scan"));
      g_file_delete (file, NULL, NULL);
    }
}

static void
test_too_many_pages (void)
{
  g_autoptr (GFile) file = built_pdf ("too-many-pages.pdf");

  assert_error (file, NULL, FP_PDF_ERROR_TOO_LARGE);
}

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_async (void)
{
  g_autoptr (GFile) file = built_pdf ("norwegian.pdf");
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (FpPdfText) text = NULL;

  fp_pdf_text_load_async (file, NULL, NULL, load_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  text = fp_pdf_text_load_finish (result, &error);
  g_assert_no_error (error);
  g_assert_cmpint (find_line (text, "Åse Bjørkøy"), ==, 0);
}

static void
test_async_cancelled (void)
{
  g_autoptr (GFile) file = built_pdf ("multipage.pdf");
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (FpPdfText) text = NULL;

  g_cancellable_cancel (cancellable);
  fp_pdf_text_load_async (file, NULL, cancellable, load_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  text = fp_pdf_text_load_finish (result, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (text);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/pdf-text/one-column", test_one_column);
  g_test_add_func ("/core/pdf-text/two-columns", test_two_columns);
  g_test_add_func ("/core/pdf-text/norwegian-letters", test_norwegian_letters);
  g_test_add_func ("/core/pdf-text/several-pages", test_several_pages);
  g_test_add_func ("/core/pdf-text/error/missing", test_missing);
  g_test_add_func ("/core/pdf-text/error/empty", test_empty);
  g_test_add_func ("/core/pdf-text/error/not-pdf", test_not_pdf);
  g_test_add_func ("/core/pdf-text/error/truncated", test_truncated);
  g_test_add_func ("/core/pdf-text/error/encrypted", test_encrypted);
  g_test_add_func ("/core/pdf-text/error/scan", test_scan);
  g_test_add_func ("/core/pdf-text/error/too-little-text", test_too_little_text);
  g_test_add_func ("/core/pdf-text/error/too-many-pages", test_too_many_pages);
  g_test_add_func ("/core/pdf-text/async", test_async);
  g_test_add_func ("/core/pdf-text/async-cancelled", test_async_cancelled);

  return g_test_run ();
}
