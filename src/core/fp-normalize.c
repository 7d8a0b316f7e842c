/* fp-normalize.c — the one way titles and words are compared
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Titles are compared as keys: lower case, diacritics folded (ø → o, æ → ae),
 * gendered endings made neutral (sykepleierske → sykepleier, lærerinne →
 * lærer), and every character that is not a letter or digit dropped, so that
 * "Backend-utvikler", "backend utvikler" and "backendutvikler" are one key.
 * Tokens are the words of a title, folded the same way; stems come from
 * Snowball's Norwegian and English stemmers, whichever is shorter.
 */

#define G_LOG_DOMAIN "fp-normalize"

#include "config.h"

#include <libstemmer.h>
#include <string.h>

#include "fp-normalize.h"

/* Folds one word: lower case, ASCII, gendered endings neutral. One pass, no
 * normalisation needed: a letter and its combining mark (a + ˚) fold to the
 * letter, as the precomposed one (å) does. */
static char *
fold_word (const char *word)
{
  GString *out = g_string_sized_new (strlen (word));
  gsize    len;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = (guchar) *p < 0x80 ? (gunichar) g_ascii_tolower (*p) : g_unichar_tolower (g_utf8_get_char (p));

      if (c < 0x80)
        {
          if (g_ascii_isalnum ((char) c))
            g_string_append_c (out, (char) c);
          continue;
        }

      switch (c)
        {
        case 0x00E6: /* æ */
          g_string_append (out, "ae");
          break;
        case 0x00F8: /* ø */
          g_string_append_c (out, 'o');
          break;
        case 0x00E5: /* å */
          g_string_append_c (out, 'a');
          break;
        case 0x00DF: /* ß */
          g_string_append (out, "ss");
          break;
        default:
          if (g_unichar_isalnum (c))
            {
              gunichar decomposed[4];
              gsize    n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));

              /* é → e, ü → u; letters with no ASCII base are kept as they are. */
              if (n > 0 && decomposed[0] < 0x80)
                g_string_append_c (out, (char) decomposed[0]);
              else
                g_string_append_unichar (out, c);
            }
          break;
        }
    }

  /* Gendered forms: sykepleierske, lærerinne, sjåførinne → the neutral title. */
  len = out->len;
  if (len > 8 && g_str_has_suffix (out->str, "erske"))
    g_string_truncate (out, len - 3);
  else if (len > 7 && g_str_has_suffix (out->str, "inne"))
    g_string_truncate (out, len - 4);

  return g_string_free (out, FALSE);
}

/* Words that say how senior a person is, or join words, but not what the
 * occupation is: "Senior backendutvikler" is a backendutvikler. */
static gboolean
is_stopword (const char *folded)
{
  static const char *const words[] = {
    "senior", "junior", "jr", "sr", "principal", "staff", "erfaren", "assisterende",
    "and", "of", "the", "for", "in", "og", "i", "av", "pa", "for", "med", "til", NULL
  };

  return g_strv_contains (words, folded);
}

/**
 * fp_normalize_tokens:
 * @text: a title or a line of text
 *
 * Returns: (transfer full) (element-type utf8): the folded words of @text,
 *   in order, without words like "senior" and "and"; words are split at
 *   spaces, hyphens, slashes and punctuation
 */
GPtrArray *
fp_normalize_tokens (const char *text)
{
  GPtrArray *tokens = g_ptr_array_new_with_free_func (g_free);
  GString   *word = g_string_new (NULL);

  g_return_val_if_fail (text != NULL, tokens);

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);

      if (c != 0 && c < 0x80 && (g_ascii_isalnum ((char) c) || c == '+' || c == '#'))
        g_string_append_c (word, (char) c);
      else if (c >= 0x80 && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        g_string_append_unichar (word, c);
      else if (word->len > 0)
        {
          char *folded = fold_word (word->str);

          if (*folded != '\0' && !is_stopword (folded))
            g_ptr_array_add (tokens, folded);
          else
            g_free (folded);
          g_string_truncate (word, 0);
        }

      if (c == 0)
        break;
    }

  g_string_free (word, TRUE);
  return tokens;
}

/**
 * fp_normalize_key:
 * @text: a title
 *
 * Returns: (transfer full): the title's key: its folded words joined
 */
char *
fp_normalize_key (const char *text)
{
  g_autoptr (GPtrArray) tokens = fp_normalize_tokens (text);
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < tokens->len; i++)
    g_string_append (key, g_ptr_array_index (tokens, i));

  return g_string_free (key, FALSE);
}

static struct sb_stemmer *
get_stemmer (const char *language)
{
  /* Stemmers are not thread-safe: one per thread and language. */
  static GPrivate    nb_key = G_PRIVATE_INIT ((GDestroyNotify) sb_stemmer_delete);
  static GPrivate    en_key = G_PRIVATE_INIT ((GDestroyNotify) sb_stemmer_delete);
  GPrivate          *key = g_str_equal (language, "norwegian") ? &nb_key : &en_key;
  struct sb_stemmer *stemmer = g_private_get (key);

  if (stemmer == NULL)
    {
      stemmer = sb_stemmer_new (language, "UTF_8");
      g_private_set (key, stemmer);
    }

  return stemmer;
}

/**
 * fp_normalize_stem:
 * @token: a folded word from fp_normalize_tokens()
 *
 * Returns: (transfer full): the word's stem, the shorter of its Norwegian and
 *   English stems (so "sykepleiere" and "sykepleier", "nurses" and "nurse"
 *   meet)
 */
char *
fp_normalize_stem (const char *token)
{
  const char *languages[] = { "norwegian", "english" };
  char       *best = NULL;

  g_return_val_if_fail (token != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      struct sb_stemmer *stemmer = get_stemmer (languages[i]);
      const sb_symbol   *stem;
      int                len;

      if (stemmer == NULL)
        continue;

      stem = sb_stemmer_stem (stemmer, (const sb_symbol *) token, (int) strlen (token));
      len = sb_stemmer_length (stemmer);
      if (stem != NULL && (best == NULL || (gsize) len < strlen (best)))
        {
          g_free (best);
          best = g_strndup ((const char *) stem, (gsize) len);
        }
    }

  return best != NULL ? best : g_strdup (token);
}

/**
 * fp_normalize_letters:
 * @key: a key
 *
 * Which letters @key holds, one bit each (a few bytes share a bit). An edit
 * adds or removes at most two, so two keys whose sets differ by more than
 * twice a distance are further apart than it: a test before
 * fp_normalize_distance() that costs almost nothing.
 *
 * Returns: the set of @key's bytes
 */
guint64
fp_normalize_letters (const char *key)
{
  guint64 set = 0;

  for (const guchar *p = (const guchar *) key; *p != '\0'; p++)
    {
      guint bit = g_ascii_islower (*p) ? *p - 'a' : g_ascii_isdigit (*p) ? 26 + *p - '0'
                                                                         : 36 + *p % 28;

      set |= G_GUINT64_CONSTANT (1) << bit;
    }

  return set;
}

/**
 * fp_normalize_compare_reversed:
 * @a: a key
 * @a_len: its length in bytes
 * @b: another key
 * @b_len: its length in bytes
 *
 * Orders keys by their bytes read from the end, a shorter key before a
 * longer one that ends with it: the order that puts the titles ending in a
 * word ("utvikler") side by side.
 *
 * Returns: less than, equal to or greater than 0, as strcmp()
 */
int
fp_normalize_compare_reversed (const char *a,
                               gsize       a_len,
                               const char *b,
                               gsize       b_len)
{
  const guchar *x = (const guchar *) a, *y = (const guchar *) b;

  for (gsize i = 1; i <= MIN (a_len, b_len); i++)
    if (x[a_len - i] != y[b_len - i])
      return x[a_len - i] < y[b_len - i] ? -1 : 1;

  return a_len < b_len ? -1 : a_len > b_len;
}

/**
 * fp_normalize_distance:
 * @a: a key
 * @b: another key
 * @max: the largest distance of interest
 *
 * Returns: the edit distance between @a and @b counting a swap of two
 *   neighbouring characters as one edit, or @max + 1 when it is larger than @max
 */
guint
fp_normalize_distance (const char *a,
                       const char *b,
                       guint       max)
{
  gsize             la = strlen (a), lb = strlen (b);
  guint             small[32 * 32];
  g_autofree guint *large = NULL;
  guint            *d = small;
  guint             result;

  if ((la > lb ? la - lb : lb - la) > max)
    return max + 1;

  /* Titles are short: the table fits on the stack. */
  if ((la + 1) * (lb + 1) > G_N_ELEMENTS (small))
    d = large = g_new (guint, (la + 1) * (lb + 1));
#define D(i, j) d[(i) * (lb + 1) + (j)]
  /* Only the band within @max of the diagonal can hold a distance of
   * interest: each row's band is computed, with "too far" on either side. */
  for (gsize j = 0; j <= lb; j++)
    D (0, j) = (guint) j;

  for (gsize i = 1; i <= la; i++)
    {
      gsize first = i > max ? i - max : 1, last = MIN (lb, i + max);
      guint row_min = G_MAXUINT;

      D (i, first - 1) = first == 1 ? (guint) i : max + 1;
      if (last < lb)
        D (i, last + 1) = max + 1;
      for (gsize j = first; j <= last; j++)
        {
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
          guint v = MIN (MIN (D (i - 1, j) + 1, D (i, j - 1) + 1), D (i - 1, j - 1) + cost);

          if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
            v = MIN (v, D (i - 2, j - 2) + 1);
          D (i, j) = v;
          row_min = MIN (row_min, v);
        }

      if (row_min > max)
        return max + 1;
    }

  result = D (la, lb);
#undef D
  return MIN (result, max + 1);
}

/**
 * fp_normalize_drop_grade:
 * @title: a job title
 *
 * Returns: (transfer full): @title without a grade at its end
 *   ("Politibetjent 2", "Engineer II"); a year is no grade
 */
char *
fp_normalize_drop_grade (const char *title)
{
  const char *last = strrchr (title, ' ');

  if (last != NULL && last[1] != '\0' && strlen (last + 1) <= 3 &&
      (strspn (last + 1, "0123456789") == strlen (last + 1) || strspn (last + 1, "IVX") == strlen (last + 1)))
    return g_strndup (title, (gsize) (last - title));

  return g_strdup (title);
}

/**
 * fp_normalize_phrase_stems:
 * @phrase: a keyword phrase, e.g. "patient history"
 *
 * Returns: (transfer full) (nullable): the stems of the phrase's words
 *   ("patient", "histori"), or %NULL when it has none or a word's stem is too
 *   short to match on its own
 */
GStrv
fp_normalize_phrase_stems (const char *phrase)
{
  g_autoptr (GPtrArray) tokens = fp_normalize_tokens (phrase);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  if (tokens->len == 0)
    return NULL;
  for (guint k = 0; k < tokens->len; k++)
    {
      g_autofree char *stem = fp_normalize_stem (g_ptr_array_index (tokens, k));

      if (strlen (stem) < 3)
        return NULL;
      g_strv_builder_add (builder, stem);
    }

  return g_strv_builder_end (builder);
}
