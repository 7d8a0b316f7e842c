/* fp-pdf-text.c — PDF to positioned lines in reading order
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fp-pdf-text"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <poppler.h>
#include <string.h>

#include "fp-cv.h"
#include "fp-pdf-text.h"

/* Fewer visible characters than this per page means the PDF is a scan. */
#define MIN_CHARS_PER_PAGE 80

struct _FpPdfText
{
  GObject parent_instance;

  GPtrArray *lines; /* of FpTextLine */
  guint      n_pages;
};

G_DEFINE_FINAL_TYPE (FpPdfText, fp_pdf_text, G_TYPE_OBJECT)
G_DEFINE_BOXED_TYPE (FpTextLine, fp_text_line, fp_text_line_copy, fp_text_line_free)
/* clang-format off */
G_DEFINE_QUARK (fp-pdf-error-quark, fp_pdf_error)
/* clang-format on */

FpTextLine *
fp_text_line_copy (const FpTextLine *line)
{
  FpTextLine *copy;

  g_return_val_if_fail (line != NULL, NULL);

  copy = g_memdup2 (line, sizeof *line);
  copy->text = g_strdup (line->text);

  return copy;
}

void
fp_text_line_free (FpTextLine *line)
{
  if (line == NULL)
    return;

  g_free (line->text);
  g_free (line);
}

static void
fp_pdf_text_finalize (GObject *object)
{
  FpPdfText *self = FP_PDF_TEXT (object);

  g_clear_pointer (&self->lines, g_ptr_array_unref);

  G_OBJECT_CLASS (fp_pdf_text_parent_class)->finalize (object);
}

static void
fp_pdf_text_class_init (FpPdfTextClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = fp_pdf_text_finalize;
}

static void
fp_pdf_text_init (FpPdfText *self)
{
  self->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) fp_text_line_free);
}

static int
compare_doubles (const double *a,
                 const double *b)
{
  return *a < *b ? -1 : *a > *b;
}

static gboolean
font_is_bold (const char *font_name)
{
  static const char *const weights[] = { "bold", "black", "heavy", "semibold", "demi", "medium", NULL };
  g_autofree char         *lower = NULL;

  if (font_name == NULL)
    return FALSE;

  lower = g_ascii_strdown (font_name, -1);
  for (guint i = 0; weights[i] != NULL; i++)
    if (strstr (lower, weights[i]) != NULL)
      return TRUE;

  return FALSE;
}

static const PopplerTextAttributes *
attributes_at (GList *attributes,
               int    offset)
{
  for (GList *l = attributes; l != NULL; l = l->next)
    {
      const PopplerTextAttributes *attr = l->data;

      if (offset >= attr->start_index && offset <= attr->end_index)
        return attr;
    }

  return NULL;
}

/* A run of characters of one of poppler's lines, with its box. */
typedef struct
{
  const char *text;  /* where it starts in the page's text */
  int         first; /* its first character's offset in the page */
  int         n;     /* how many characters it has */
  double      x0, y0, x1, y1;
} Segment;

/* Whether most words of @text are single letters: text set with wide
 * letter spacing ("A R B E I D S E R FA R I N G"), where the PDF's text
 * has a space between every two letters. */
static gboolean
is_letter_spaced (const char *text)
{
  guint words = 0, short_words = 0, len = 0;

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0 || g_unichar_isspace (c))
        {
          words += len > 0;
          short_words += len > 0 && len <= 2;
          len = 0;
          if (c == 0)
            break;
        }
      else
        len++;
    }

  return words >= 4 && short_words * 10 >= words * 7;
}

/* The text of a letter-spaced segment with its real spaces only: where the
 * gap between two letters is clearly wider than the letter spacing. */
static char *
respace (const Segment          *seg,
         const PopplerRectangle *rects)
{
  g_autoptr (GArray) gaps = g_array_new (FALSE, FALSE, sizeof (double));
  GString    *out = g_string_new (NULL);
  const char *c = seg->text;
  double      median, last_x2 = -1;

  for (int i = 0; i < seg->n; i++, c = g_utf8_next_char (c))
    if (!g_unichar_isspace (g_utf8_get_char (c)))
      {
        if (last_x2 >= 0)
          {
            double gap = rects[seg->first + i].x1 - last_x2;
            g_array_append_val (gaps, gap);
          }
        last_x2 = rects[seg->first + i].x2;
      }
  g_array_sort (gaps, (GCompareFunc) compare_doubles);
  median = gaps->len > 0 ? g_array_index (gaps, double, gaps->len / 2) : 0;

  c = seg->text;
  last_x2 = -1;
  for (int i = 0; i < seg->n; i++, c = g_utf8_next_char (c))
    {
      gunichar                ch = g_utf8_get_char (c);
      const PopplerRectangle *r = &rects[seg->first + i];

      if (g_unichar_isspace (ch))
        continue;
      if (last_x2 >= 0 && r->x1 - last_x2 > median + 0.2 * (r->y2 - r->y1))
        g_string_append_c (out, ' ');
      g_string_append_unichar (out, ch);
      last_x2 = r->x2;
    }

  return g_string_free (out, FALSE);
}

static gboolean
attributes_bold (GList *attributes,
                 int    offset)
{
  const PopplerTextAttributes *attr = attributes_at (attributes, offset);

  return attr != NULL && font_is_bold (attr->font_name);
}

/* Where a short line set in bold turns regular for good: a title and its
 * employer on one line may be told apart by weight alone ("Car Mechanic
 * Fjordbil Verksted AS"). Returns the first regular character, or -1. */
static int
find_weight_split (const Segment *seg,
                   GList         *attributes)
{
  const char *c = seg->text;
  guint       words = 1;
  int         split = -1;

  if (!attributes_bold (attributes, seg->first) || attributes_bold (attributes, seg->first + seg->n - 1))
    return -1;

  for (int i = 0; i < seg->n; i++, c = g_utf8_next_char (c))
    {
      if (i == 0 || !g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (c))) || g_unichar_isspace (g_utf8_get_char (c)))
        continue;
      words++;
      if (split < 0 && !attributes_bold (attributes, seg->first + i))
        split = i;
    }

  return words <= 12 ? split : -1;
}

static void
add_line (GPtrArray              *out,
          guint                   page_index,
          const Segment          *seg,
          const PopplerRectangle *rects,
          GList                  *attributes)
{
  gsize                        len = (gsize) (g_utf8_offset_to_pointer (seg->text, seg->n) - seg->text);
  g_autofree char             *raw = g_strndup (seg->text, len);
  FpTextLine                  *line = g_new0 (FpTextLine, 1);
  const PopplerTextAttributes *attr = attributes_at (attributes, seg->first);

  if (g_utf8_validate (raw, -1, NULL) && is_letter_spaced (raw))
    {
      g_free (raw);
      raw = respace (seg, rects);
    }
  else
    {
      int regular = find_weight_split (seg, attributes);

      if (regular > 0)
        line->bold_end = (guint) (g_utf8_offset_to_pointer (raw, regular) - raw);
    }
  line->text = g_strstrip (g_utf8_make_valid (raw, -1));
  line->bold_end = MIN (line->bold_end, strlen (line->text));
  line->page = page_index;
  line->x = seg->x0;
  line->y = seg->y0;
  line->width = seg->x1 - seg->x0;
  line->height = seg->y1 - seg->y0;
  line->font_size = attr != NULL ? attr->font_size : line->height;
  line->bold = attr != NULL && font_is_bold (attr->font_name);
  g_ptr_array_add (out, line);
}

/* Splits poppler's lines at gaps wider than a few spaces: one line of
 * poppler's text may hold several cells of a table row, or a title and a
 * right-aligned date. */
static void
find_segments (const char             *text,
               const PopplerRectangle *rects,
               guint                   n_rects,
               GArray                 *segments,
               gsize                  *n_visible)
{
  const char *p = text;
  int         offset = 0;

  while (*p != '\0')
    {
      const char *end = strchr (p, '\n');
      gsize       len = end != NULL ? (gsize) (end - p) : strlen (p);
      int         n_chars = (int) g_utf8_strlen (p, (gssize) len);
      const char *c = p;
      Segment     seg = { NULL, -1, 0, 0, 0, 0, 0 };

      for (int i = 0; i <= n_chars; i++)
        {
          gunichar ch = i < n_chars ? g_utf8_get_char (c) : 0;
          guint    r = (guint) (offset + i);
          gboolean visible = i < n_chars && !g_unichar_isspace (ch) && r < n_rects;
          double   gap = visible && seg.first >= 0 ? rects[r].x1 - seg.x1 : 0;

          if (i == n_chars || (visible && gap > MAX (8.0, 1.2 * (rects[r].y2 - rects[r].y1))))
            {
              if (seg.first >= 0)
                g_array_append_val (segments, seg);
              seg.first = -1;
            }

          if (visible)
            {
              if (seg.first < 0)
                {
                  seg.text = c;
                  seg.first = offset + i;
                  seg.x0 = rects[r].x1;
                  seg.y0 = rects[r].y1;
                  seg.x1 = rects[r].x2;
                  seg.y1 = rects[r].y2;
                }
              seg.n = offset + i - seg.first + 1;
              seg.x0 = MIN (seg.x0, rects[r].x1);
              seg.y0 = MIN (seg.y0, rects[r].y1);
              seg.x1 = MAX (seg.x1, rects[r].x2);
              seg.y1 = MAX (seg.y1, rects[r].y2);
              (*n_visible)++;
            }

          if (i < n_chars)
            c = g_utf8_next_char (c);
        }

      /* The newline has a box of its own in the layout. */
      offset += n_chars + 1;
      p = end != NULL ? end + 1 : p + len;
    }
}

/* The x where several segments of the page begin: the left edges of the
 * page's columns of text (a CV's main column beside a gutter of dates). */
static GArray *
find_left_edges (GArray *segments)
{
  g_autoptr (GHashTable) counts = g_hash_table_new (NULL, NULL);
  GArray        *edges = g_array_new (FALSE, FALSE, sizeof (double));
  GHashTableIter iter;
  gpointer       key, value;

  for (guint i = 0; i < segments->len; i++)
    {
      int x = (int) (g_array_index (segments, Segment, i).x0 * 2 + 0.5);

      g_hash_table_insert (counts, GINT_TO_POINTER (x),
                           GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (counts, GINT_TO_POINTER (x))) + 1));
    }

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_INT (value) >= 4)
      {
        double x = GPOINTER_TO_INT (key) / 2.0;
        g_array_append_val (edges, x);
      }

  return edges;
}

/* Where in @seg a cell ends and the next, starting on one of the page's left
 * edges, begins: a date beside its entry ("Jun 2017 – Dec" beside "Software
 * Developer", a date gutter too narrow for a wide gap; "2021–present" glued
 * to "Freelance translator"), or two table cells a little more than a space
 * apart ("Kvernvik Mek. Verksted" and "Sveiser"). Returns the character to
 * split at, or -1. */
static int
find_edge_split (const Segment          *seg,
                 const PopplerRectangle *rects,
                 GArray                 *edges)
{
  const char *c = seg->text;
  double      last_x2 = -1;

  for (int i = 0; i < seg->n; i++, c = g_utf8_next_char (c))
    {
      const PopplerRectangle *r = &rects[seg->first + i];
      gunichar                ch = g_utf8_get_char (c);
      gboolean                space = g_unichar_isspace (ch);

      if (i > 0 && !space && rects[seg->first + i - 1].x2 <= r->x1 + 0.5)
        for (guint e = 0; e < edges->len; e++)
          if (fabs (r->x1 - g_array_index (edges, double, e)) < 1.0)
            {
              g_autofree char *left = g_strndup (seg->text, (gsize) (c - seg->text));
              FpDate           start, end;
              gboolean         current;

              if (r->x1 - last_x2 >= 0.6 * (r->y2 - r->y1) ||
                  (fp_date_range_parse (left, &start, &end, &current, NULL) && g_utf8_strlen (left, -1) <= 32))
                return i;
            }
      if (!space)
        last_x2 = r->x2;
    }

  return -1;
}

/* Splits one page's text into lines and gives each its box and font. */
static void
read_page_lines (PopplerPage *page,
                 guint        page_index,
                 GPtrArray   *out,
                 gsize       *n_visible)
{
  g_autofree char             *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  g_autoptr (GArray) segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  g_autoptr (GArray) edges = NULL;
  guint  n_rects = 0;
  GList *attributes;

  if (text == NULL || *text == '\0')
    return;

  poppler_page_get_text_layout (page, &rects, &n_rects);
  attributes = poppler_page_get_text_attributes (page);
  find_segments (text, rects, n_rects, segments, n_visible);
  edges = find_left_edges (segments);

  for (guint i = 0; i < segments->len; i++)
    {
      Segment seg = g_array_index (segments, Segment, i);
      int     split = find_edge_split (&seg, rects, edges);

      if (split > 0)
        {
          Segment     tail = seg;
          const char *at = g_utf8_offset_to_pointer (seg.text, split);

          tail.text = at;
          tail.first = seg.first + split;
          tail.n = seg.n - split;
          tail.x0 = rects[tail.first].x1;
          seg.n = split;
          seg.x1 = rects[seg.first + split - 1].x2;
          g_array_insert_val (segments, i + 1, tail);
        }
      add_line (out, page_index, &seg, rects, attributes);
    }

  poppler_page_free_text_attributes (attributes);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const FpTextLine *la = *(const FpTextLine **) a;
  const FpTextLine *lb = *(const FpTextLine **) b;
  double            ca, cb;

  if (la->column != lb->column)
    return la->column < lb->column ? -1 : 1;

  /* Lines whose middles are within half a line of each other share a row. */
  ca = la->y + la->height / 2;
  cb = lb->y + lb->height / 2;
  if (fabs (ca - cb) > MIN (la->height, lb->height) / 2)
    return ca < cb ? -1 : 1;

  if (la->x != lb->x)
    return la->x < lb->x ? -1 : 1;

  return 0;
}

static gboolean
is_date_line (const FpTextLine *line)
{
  FpDate   start, end;
  gboolean current;

  /* "Juni 2023" over "(Nåværende)": the second line is part of the date. */
  if (line->text[0] == '(' && g_utf8_strlen (line->text, -1) <= 16)
    return TRUE;
  return g_utf8_strlen (line->text, -1) <= 32 && fp_date_range_parse (line->text, &start, &end, &current, NULL);
}

static gboolean
on_side (const FpTextLine *line,
         double            gutter,
         gboolean          left)
{
  return left ? line->x + line->width <= gutter : line->x >= gutter;
}

/* The most common font size among the lines on one side of @gutter. */
static double
common_size (FpTextLine **lines,
             guint        n_lines,
             double       gutter,
             gboolean     left)
{
  g_autoptr (GHashTable) counts = g_hash_table_new (NULL, NULL);
  guint best = 0;
  int   size = 0;

  for (guint i = 0; i < n_lines; i++)
    if (on_side (lines[i], gutter, left))
      {
        gpointer key = GINT_TO_POINTER ((int) (lines[i]->font_size * 2 + 0.5));
        guint    n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1;

        g_hash_table_insert (counts, key, GUINT_TO_POINTER (n));
        if (n > best)
          {
            best = n;
            size = GPOINTER_TO_INT (key);
          }
      }

  return size / 2.0;
}

/* Whether the lines on one side of @gutter are dates beside their entries
 * (a gutter of dates, as NAV's CV and moderncv have), or dates set at the
 * right of their titles: at least half of its text is dates, headings
 * (larger than its text) and labels ("E-post:") aside. */
static gboolean
is_date_gutter (FpTextLine **lines,
                guint        n_lines,
                double       gutter,
                gboolean     left)
{
  double size = common_size (lines, n_lines, gutter, left);
  guint  n = 0, n_dates = 0;

  for (guint i = 0; i < n_lines; i++)
    {
      const FpTextLine *line = lines[i];

      if (!on_side (line, gutter, left) || line->font_size > size + 0.5 || g_str_has_suffix (line->text, ":"))
        continue;
      n++;
      n_dates += is_date_line (line);
    }

  return n > 0 && n_dates * 2 >= n;
}

/* Finds the gap between two columns standing side by side on a page, as in a
 * CV with a sidebar.  Returns the gap's x, or a negative number when the page
 * has one column.
 */
static double
find_gutter (FpTextLine **lines,
             guint        n_lines,
             double       page_width)
{
  guint             n_bins = (guint) ceil (page_width) + 1;
  g_autofree guint *crossing = g_new0 (guint, n_bins);
  guint             lo = (guint) (page_width * 0.15), hi = (guint) (page_width * 0.85);
  guint             best = G_MAXUINT, run_start = 0, best_start = 0, best_len = 0;
  guint             n_left = 0, n_right = 0, n_paired = 0;
  double            gutter, left_top = G_MAXDOUBLE, left_bottom = 0, right_top = G_MAXDOUBLE, right_bottom = 0;

  if (n_lines < 6 || hi >= n_bins)
    return -1;

  for (guint i = 0; i < n_lines; i++)
    {
      guint from = (guint) MAX (0.0, floor (lines[i]->x));
      guint to = (guint) MIN ((double) n_bins - 1, ceil (lines[i]->x + lines[i]->width));

      for (guint x = from; x <= to; x++)
        crossing[x]++;
    }

  for (guint x = lo; x <= hi; x++)
    best = MIN (best, crossing[x]);

  /* The widest stretch with the fewest lines crossing it. */
  for (guint x = lo; x <= hi + 1; x++)
    {
      if (x <= hi && crossing[x] == best)
        {
          if (x == lo || crossing[x - 1] != best)
            run_start = x;
        }
      else if (x > lo && crossing[x - 1] == best && x - run_start > best_len)
        {
          best_start = run_start;
          best_len = x - run_start;
        }
    }

  if (best_len < 8 || best > MAX (1, n_lines / 10))
    return -1;

  gutter = best_start + best_len / 2.0;

  for (guint i = 0; i < n_lines; i++)
    {
      const FpTextLine *line = lines[i];

      if (line->x + line->width <= gutter)
        {
          n_left++;
          left_top = MIN (left_top, line->y);
          left_bottom = MAX (left_bottom, line->y + line->height);
        }
      else if (line->x >= gutter)
        {
          n_right++;
          right_top = MIN (right_top, line->y);
          right_bottom = MAX (right_bottom, line->y + line->height);

          /* A line on the right that shares its baseline and size with one
           * on the left is a right-aligned date or place, not a column of
           * its own. */
          for (guint j = 0; j < n_lines; j++)
            if (lines[j]->x + lines[j]->width <= gutter &&
                fabs (lines[j]->y + lines[j]->height - line->y - line->height) < 1.0 &&
                fabs (lines[j]->font_size - line->font_size) < 0.5)
              {
                n_paired++;
                break;
              }
        }
    }

  if (n_left < 3 || n_right < 3 || n_paired * 2 > MIN (n_left, n_right))
    return -1;

  /* A side made mostly of dates is a gutter of dates beside their entries,
   * or dates set at the right of their titles: not a column of its own. */
  if (is_date_gutter (lines, n_lines, gutter, TRUE) || is_date_gutter (lines, n_lines, gutter, FALSE))
    return -1;

  /* The two sides must stand next to each other, not one above the other. */
  if (MIN (left_bottom, right_bottom) - MAX (left_top, right_top) <
      0.3 * MIN (left_bottom - left_top, right_bottom - right_top))
    return -1;

  return gutter;
}

static void
order_page (FpTextLine **lines,
            guint        n_lines,
            double       page_width)
{
  double gutter = find_gutter (lines, n_lines, page_width);
  double columns_top = G_MAXDOUBLE;

  if (gutter < 0)
    return;

  for (guint i = 0; i < n_lines; i++)
    {
      FpTextLine *line = lines[i];

      if (line->x >= gutter)
        line->column = 1;
      if (line->x >= gutter || line->x + line->width <= gutter)
        columns_top = MIN (columns_top, line->y);
    }

  /* A line across the gap below the columns' top (a footer) reads last. */
  for (guint i = 0; i < n_lines; i++)
    {
      FpTextLine *line = lines[i];

      if (line->x < gutter && line->x + line->width > gutter && line->y > columns_top)
        line->column = 2;
    }
}

static void
set_error_from_poppler (GError    **error,
                        GError     *poppler_error,
                        const char *name,
                        const char *password)
{
  if (g_error_matches (poppler_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
    {
      if (password != NULL && *password != '\0')
        g_set_error (error, FP_PDF_ERROR, FP_PDF_ERROR_ENCRYPTED,
                     /* Translators: %s is a file name */
                     _ ("The password for “%s” is not correct."), name);
      else
        g_set_error (error, FP_PDF_ERROR, FP_PDF_ERROR_ENCRYPTED,
                     /* Translators: %s is a file name */
                     _ ("“%s” is protected by a password."), name);
    }
  else
    {
      g_set_error (error, FP_PDF_ERROR, FP_PDF_ERROR_DAMAGED,
                   /* Translators: %s is a file name */
                   _ ("“%s” is damaged or incomplete and cannot be read. "
                      "Try saving or exporting the PDF again."),
                   name);
    }
}

static guint
count_images (PopplerDocument *document)
{
  guint n = 0;

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      GList       *images = page != NULL ? poppler_page_get_image_mapping (page) : NULL;

      n += g_list_length (images);
      poppler_page_free_image_mapping (images);
      g_clear_object (&page);
    }

  return n;
}

/* Too little text to read a CV from: a scan when the pages are images, else
 * blank pages or a nearly empty document. */
static void
set_too_little_text_error (GError         **error,
                           PopplerDocument *document,
                           const char      *name,
                           gsize            n_visible)
{
  if (count_images (document) > 0 && n_visible < MIN_CHARS_PER_PAGE)
    g_set_error (error, FP_PDF_ERROR, FP_PDF_ERROR_NO_TEXT,
                 /* Translators: %s is a file name */
                 _ ("“%s” has no text, only images: it is probably a scan. "
                    "Export your CV as a PDF from your word processor, or from "
                    "LinkedIn with “Save to PDF”, and try that file."),
                 name);
  else if (n_visible == 0)
    g_set_error (error, FP_PDF_ERROR, FP_PDF_ERROR_NO_TEXT,
                 /* Translators: %s is a file name */
                 _ ("“%s” has only blank pages. Choose the PDF file with your CV."), name);
  else
    g_set_error (error, FP_PDF_ERROR, FP_PDF_ERROR_NO_TEXT,
                 /* Translators: %s is a file name */
                 _ ("“%s” has too little text to be a CV: only a few words. Choose the PDF file with your "
                    "whole CV."),
                 name);
}

static void
set_too_large_error (GError    **error,
                     const char *name)
{
  g_set_error (error, FP_PDF_ERROR, FP_PDF_ERROR_TOO_LARGE,
               /* Translators: %s is a file name, %d a number of megabytes */
               _ ("“%s” is larger than %d MB. A CV is usually much smaller; "
                  "check that this is the right file."),
               name, FP_PDF_MAX_BYTES / (1024 * 1024));
}

/**
 * fp_pdf_text_new_from_bytes:
 * @bytes: a PDF, in memory
 * @name: what to call it in messages, e.g. its file name
 * @password: (nullable): the password, for a protected PDF
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError in %FP_PDF_ERROR
 *
 * Reads the lines of text in @bytes, in reading order, with the same checks
 * as fp_pdf_text_new_from_file().
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 */
FpPdfText *
fp_pdf_text_new_from_bytes (GBytes       *bytes,
                            const char   *name,
                            const char   *password,
                            GCancellable *cancellable,
                            GError      **error)
{
  g_autoptr (FpPdfText) self = NULL;
  PopplerDocument *document;
  g_autoptr (GError) local_error = NULL;
  gsize       size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  gsize       n_visible = 0, head = MIN (size, 1024);
  guint       n_missing = 0;
  gboolean    blank = TRUE;
  int         n_pages;

  for (gsize i = 0; i < size && blank; i++)
    blank = g_ascii_isspace (data[i]);

  if (blank)
    {
      g_set_error (error, FP_PDF_ERROR, FP_PDF_ERROR_EMPTY,
                   /* Translators: %s is a file name */
                   _ ("“%s” is empty. Choose the PDF file with your CV."), name);
      return NULL;
    }

  if (size > FP_PDF_MAX_BYTES)
    {
      set_too_large_error (error, name);
      return NULL;
    }

  if (g_strstr_len (data, head, "%PDF-") == NULL)
    {
      g_set_error (error, FP_PDF_ERROR, FP_PDF_ERROR_NOT_PDF,
                   /* Translators: %s is a file name */
                   _ ("“%s” is not a PDF file. Save or export your CV as a PDF "
                      "and try again."),
                   name);
      return NULL;
    }

  {
    /* Not poppler_document_new_from_bytes(): poppler 22.12 crashes in it
     * when a wrong password is given. */
    g_autoptr (GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);

    document = poppler_document_new_from_stream (stream, (goffset) size, password,
                                                 cancellable, &local_error);
  }
  if (document == NULL)
    {
      set_error_from_poppler (error, local_error, name, password);
      return NULL;
    }

  n_pages = poppler_document_get_n_pages (document);
  if (n_pages > FP_PDF_MAX_PAGES)
    {
      g_object_unref (document);
      g_set_error (error, FP_PDF_ERROR, FP_PDF_ERROR_TOO_LARGE,
                   /* Translators: %s is a file name, %d and %d are page counts */
                   ngettext ("“%s” has %d pages. Futureproof reads CVs of at most %d page.",
                             "“%s” has %d pages. Futureproof reads CVs of at most %d pages.",
                             FP_PDF_MAX_PAGES),
                   name, n_pages, FP_PDF_MAX_PAGES);
      return NULL;
    }

  self = g_object_new (FP_TYPE_PDF_TEXT, NULL);
  self->n_pages = (guint) n_pages;

  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page;
      guint        first = self->lines->len;
      double       width = 0, height = 0;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        break;

      page = poppler_document_get_page (document, i);
      if (page == NULL)
        {
          n_missing++;
          continue;
        }

      poppler_page_get_size (page, &width, &height);
      read_page_lines (page, (guint) i, self->lines, &n_visible);
      g_object_unref (page);
      /* (A blank page adds no lines, and pdata may still be NULL.) */
      if (self->lines->len == first)
        continue;
      order_page ((FpTextLine **) self->lines->pdata + first,
                  self->lines->len - first, width);
      g_qsort_with_data (self->lines->pdata + first, (int) (self->lines->len - first),
                         sizeof (gpointer), compare_lines, NULL);
    }
  if ((error == NULL || *error == NULL) && n_missing == (guint) n_pages)
    g_set_error (error, FP_PDF_ERROR, FP_PDF_ERROR_DAMAGED,
                 /* Translators: %s is a file name */
                 _ ("“%s” is damaged: none of its pages can be read. Export the CV as a PDF again "
                    "and try that file."),
                 name);
  else if ((error == NULL || *error == NULL) && n_visible < (gsize) MIN_CHARS_PER_PAGE * (gsize) MAX (1, n_pages))
    set_too_little_text_error (error, document, name, n_visible);
  g_object_unref (document);

  if (error != NULL && *error != NULL)
    return NULL;

  return g_steal_pointer (&self);
}

/* The file's bytes, but never more than @limit of them: a size the file
 * states is not trusted. */
static GBytes *
read_at_most (GFile        *file,
              gsize         limit,
              GCancellable *cancellable,
              gboolean     *too_large,
              GError      **error)
{
  g_autoptr (GFileInputStream) in = g_file_read (file, cancellable, error);
  g_autoptr (GByteArray) data = g_byte_array_new ();
  guint8 chunk[64 * 1024];

  if (in == NULL)
    return NULL;
  for (;;)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (in), chunk, sizeof chunk, cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      g_byte_array_append (data, chunk, (guint) n);
      if (data->len > limit)
        {
          *too_large = TRUE;
          return NULL;
        }
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/**
 * fp_pdf_text_new_from_file:
 * @file: the PDF to read
 * @password: (nullable): the password, for a protected PDF
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError in %FP_PDF_ERROR or %G_IO_ERROR
 *
 * Reads the lines of text in @file, in reading order.  This blocks; see
 * fp_pdf_text_load_async() for the same work in a thread.
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 */
FpPdfText *
fp_pdf_text_new_from_file (GFile        *file,
                           const char   *password,
                           GCancellable *cancellable,
                           GError      **error)
{
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *name = NULL;
  gboolean         too_large = FALSE;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_basename (file);
  if (name == NULL || *name == '/')
    {
      g_free (name);
      name = g_file_get_parse_name (file);
    }

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, FP_PDF_ERROR, FP_PDF_ERROR_NOT_PDF,
                   /* Translators: %s is a folder name */
                   _ ("“%s” is a folder, not a PDF file."), name);
      return NULL;
    }
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_SPECIAL)
    {
      /* A pipe may never end and a device never run dry: refuse at once. */
      g_set_error (error, FP_PDF_ERROR, FP_PDF_ERROR_NOT_PDF,
                   /* Translators: %s is a file name */
                   _ ("“%s” is not a file but a pipe, a device or a socket. Save your CV as a PDF "
                      "file and choose that."),
                   name);
      return NULL;
    }
  if (info != NULL && g_file_info_get_size (info) > FP_PDF_MAX_BYTES)
    {
      /* Say so before reading it all into memory. */
      set_too_large_error (error, name);
      return NULL;
    }
  g_clear_error (&local_error);

  bytes = read_at_most (file, FP_PDF_MAX_BYTES, cancellable, &too_large, &local_error);
  if (too_large)
    {
      /* The file grew, or said it was smaller than it is. */
      set_too_large_error (error, name);
      return NULL;
    }
  if (bytes == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, FP_PDF_ERROR, FP_PDF_ERROR_UNREADABLE,
                     /* Translators: the first %s is a file name, the second the reason */
                     _ ("“%s” could not be read: %s"), name, local_error->message);
      return NULL;
    }

  return fp_pdf_text_new_from_bytes (bytes, name, password, cancellable, error);
}

typedef struct
{
  GFile *file;
  char  *password;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->file);
  if (data->password != NULL)
    memset (data->password, 0, strlen (data->password));
  g_free (data->password);
  g_free (data);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData  *data = task_data;
  GError    *error = NULL;
  FpPdfText *text = fp_pdf_text_new_from_file (data->file, data->password, cancellable, &error);

  if (text == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, text, g_object_unref);
}

/**
 * fp_pdf_text_load_async:
 * @file: the PDF to read
 * @password: (nullable): the password, for a protected PDF
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the calling thread's main context when done
 * @user_data: data for @callback
 *
 * Reads @file in a worker thread.  Poppler's objects never leave that thread.
 */
void
fp_pdf_text_load_async (GFile              *file,
                        const char         *password,
                        GCancellable       *cancellable,
                        GAsyncReadyCallback callback,
                        gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (LoadData, 1);
  data->file = g_object_ref (file);
  data->password = g_strdup (password);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, fp_pdf_text_load_async);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, load_thread);
}

FpPdfText *
fp_pdf_text_load_finish (GAsyncResult *result,
                         GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fp_pdf_text_load_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

guint
fp_pdf_text_get_n_pages (FpPdfText *self)
{
  g_return_val_if_fail (FP_IS_PDF_TEXT (self), 0);

  return self->n_pages;
}

guint
fp_pdf_text_get_n_lines (FpPdfText *self)
{
  g_return_val_if_fail (FP_IS_PDF_TEXT (self), 0);

  return self->lines->len;
}

const FpTextLine *
fp_pdf_text_get_line (FpPdfText *self,
                      guint      index)
{
  g_return_val_if_fail (FP_IS_PDF_TEXT (self), NULL);
  g_return_val_if_fail (index < self->lines->len, NULL);

  return g_ptr_array_index (self->lines, index);
}

/**
 * fp_pdf_text_dup_text:
 * @self: a #FpPdfText
 *
 * Returns: (transfer full): all lines in reading order, one per line, with a
 *   blank line between pages
 */
char *
fp_pdf_text_dup_text (FpPdfText *self)
{
  GString *out;

  g_return_val_if_fail (FP_IS_PDF_TEXT (self), NULL);

  out = g_string_new (NULL);
  for (guint i = 0; i < self->lines->len; i++)
    {
      const FpTextLine *line = g_ptr_array_index (self->lines, i);

      if (i > 0 && line->page != ((FpTextLine *) g_ptr_array_index (self->lines, i - 1))->page)
        g_string_append_c (out, '\n');
      g_string_append (out, line->text);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}
