/* fp-pdf-text.h — PDF to positioned lines in reading order
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define FP_PDF_ERROR (fp_pdf_error_quark ())

/**
 * FpPdfError:
 * @FP_PDF_ERROR_UNREADABLE: the file is missing or cannot be read
 * @FP_PDF_ERROR_EMPTY: the file has no content
 * @FP_PDF_ERROR_NOT_PDF: the file is not a PDF document
 * @FP_PDF_ERROR_DAMAGED: the PDF is damaged or truncated
 * @FP_PDF_ERROR_ENCRYPTED: the PDF needs a password (or the one given is wrong)
 * @FP_PDF_ERROR_TOO_LARGE: the file is over the size or page limit
 * @FP_PDF_ERROR_NO_TEXT: the PDF holds only images (a scan)
 */
typedef enum
{
  FP_PDF_ERROR_UNREADABLE,
  FP_PDF_ERROR_EMPTY,
  FP_PDF_ERROR_NOT_PDF,
  FP_PDF_ERROR_DAMAGED,
  FP_PDF_ERROR_ENCRYPTED,
  FP_PDF_ERROR_TOO_LARGE,
  FP_PDF_ERROR_NO_TEXT,
} FpPdfError;

/* Limits on what we read; they are named in the error messages. */
#define FP_PDF_MAX_BYTES (50 * 1024 * 1024)
#define FP_PDF_MAX_PAGES 100

/**
 * FpTextLine:
 * @text: the line's text (UTF-8)
 * @page: the page, counted from 0
 * @column: the column on that page, counted from 0 (the left one is 0)
 * @x, @y, @width, @height: the line's box in points from the page's top left
 * @font_size: the size of the line's first font, in points
 * @bold: whether the line's first font is bold
 * @bold_end: where a bold start of a short line ends and regular text
 *   follows to its end, in bytes; 0 when the line is not set so
 *
 * One line of text as it stands on the page.
 */
typedef struct
{
  char    *text;
  guint    page;
  guint    column;
  double   x;
  double   y;
  double   width;
  double   height;
  double   font_size;
  gboolean bold;
  guint    bold_end;
} FpTextLine;

#define FP_TYPE_TEXT_LINE (fp_text_line_get_type ())
GType       fp_text_line_get_type (void) G_GNUC_CONST;
FpTextLine *fp_text_line_copy (const FpTextLine *line);
void        fp_text_line_free (FpTextLine *line);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FpTextLine, fp_text_line_free)

#define FP_TYPE_PDF_TEXT (fp_pdf_text_get_type ())
G_DECLARE_FINAL_TYPE (FpPdfText, fp_pdf_text, FP, PDF_TEXT, GObject)

GQuark fp_pdf_error_quark (void);

FpPdfText *fp_pdf_text_new_from_bytes (GBytes       *bytes,
                                       const char   *name,
                                       const char   *password,
                                       GCancellable *cancellable,
                                       GError      **error);
FpPdfText *fp_pdf_text_new_from_file (GFile        *file,
                                      const char   *password,
                                      GCancellable *cancellable,
                                      GError      **error);
void       fp_pdf_text_load_async (GFile              *file,
                                   const char         *password,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data);
FpPdfText *fp_pdf_text_load_finish (GAsyncResult *result,
                                    GError      **error);

guint             fp_pdf_text_get_n_pages (FpPdfText *self);
guint             fp_pdf_text_get_n_lines (FpPdfText *self);
const FpTextLine *fp_pdf_text_get_line (FpPdfText *self,
                                        guint      index);
char             *fp_pdf_text_dup_text (FpPdfText *self);

G_END_DECLS
