/* fp-cv-dates.c — date ranges as CVs write them
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "jan. 2019 – nå", "januar 2019 - d.d.", "03/2018 - i dag", "08.2020–",
 * "2015–2019", "sep 2017 – des 2019", "Jan 2019 - Present", "2019 - current",
 * "since 2021", "siden 2021", "fra 2021", "2019-03 til 2021-06",
 * "Fra 01.08.2015 til 30.06.2019", "01/02/2023 – CURRENT", "03.24 - d.d." …
 *
 * The forms of both languages are always read: a Norwegian CV with English
 * headings, or the other way round, is common.
 */

#define G_LOG_DOMAIN "fp-cv"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fp-cv.h"
#include "fp-regex.h"

static const struct
{
  const char *name;
  int         month;
} months[] = {
  { "januar", 1 },
  { "january", 1 },
  { "jan", 1 },
  { "februar", 2 },
  { "february", 2 },
  { "feb", 2 },
  { "mars", 3 },
  { "march", 3 },
  { "mar", 3 },
  { "april", 4 },
  { "apr", 4 },
  { "mai", 5 },
  { "may", 5 },
  { "juni", 6 },
  { "june", 6 },
  { "jun", 6 },
  { "juli", 7 },
  { "july", 7 },
  { "jul", 7 },
  { "august", 8 },
  { "aug", 8 },
  { "september", 9 },
  { "sept", 9 },
  { "sep", 9 },
  { "oktober", 10 },
  { "october", 10 },
  { "okt", 10 },
  { "oct", 10 },
  { "november", 11 },
  { "nov", 11 },
  { "desember", 12 },
  { "december", 12 },
  { "des", 12 },
  { "dec", 12 },
};

/* Words that mean "until now", longest first. */
static const char *const now_words[] = {
  "dags dato", "i dag", "idag", "d.d.", "d.d", "nåværende", "pågående", "pågår", "present",
  "current", "ongoing", "today", "til nå", "til no", "now", "nå", "na", "no", "dd", "p.t.", NULL
};

static const char *const since_words[] = { "siden", "since", "fra", "from", NULL };

static const char *const range_words[] = { "til", "to", "until", "–", "—", "‒", "-", NULL };

FpDate
fp_date_today (void)
{
  const char *fixed = g_getenv ("FUTUREPROOF_TODAY");
  g_autoptr (GDateTime) now = NULL;
  FpDate today;

  /* Tests pin "today" so that durations do not change with the calendar. */
  if (fixed != NULL && sscanf (fixed, "%d-%d", &today.year, &today.month) == 2)
    return today;

  now = g_date_time_new_now_local ();
  today.year = g_date_time_get_year (now);
  today.month = g_date_time_get_month (now);
  return today;
}

static const char *
skip_spaces (const char *p)
{
  while (*p == ' ' || *p == '\t' || *p == ',' || g_str_has_prefix (p, "\xc2\xa0"))
    p += (*p == '\xc2') ? 2 : 1;
  return p;
}

/* Whether @word (any case) stands at @p as a whole word. */
static gboolean
match_word (const char  *p,
            const char  *word,
            const char **end)
{
  const char *a = p, *b = word;

  while (*b != '\0')
    {
      if (*a == '\0' ||
          g_unichar_tolower (g_utf8_get_char (a)) != g_unichar_tolower (g_utf8_get_char (b)))
        return FALSE;
      a = g_utf8_next_char (a);
      b = g_utf8_next_char (b);
    }

  /* "mars" is not the start of "marsjere"; but "presentFreelance" is
   * "present" glued to the next cell of a table. */
  if (g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (b))) &&
      g_unichar_isalnum (g_utf8_get_char (a)) &&
      !(g_unichar_islower (g_utf8_get_char (g_utf8_prev_char (a))) && g_unichar_isupper (g_utf8_get_char (a))))
    return FALSE;

  *end = a;
  return TRUE;
}

/* The latest year a CV can name: next year (a degree due to finish). */
static int
latest_year (void)
{
  static gsize latest;

  if (g_once_init_enter (&latest))
    g_once_init_leave (&latest, (gsize) fp_date_today ().year + 1);

  return (int) latest;
}

static gboolean
read_year (const char  *p,
           int         *year,
           const char **end)
{
  int y;

  if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]) || !g_ascii_isdigit (p[2]) ||
      !g_ascii_isdigit (p[3]) || g_ascii_isdigit (p[4]))
    return FALSE;

  y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
  if (y < 1950 || y > latest_year ())
    return FALSE;

  *year = y;
  *end = p + 4;
  return TRUE;
}

/* One or two digits at @p, as a number. */
static int
read_small_number (const char  *p,
                   const char **end)
{
  int n = p[0] - '0';

  p++;
  if (g_ascii_isdigit (*p))
    n = n * 10 + (*p++ - '0');
  *end = p;
  return n;
}

/* A full date: "01.08.2015", "14/03/2019", "1-8-2015". Europe writes the
 * day first; the month is the number that can be one (a day over 12 says
 * which is which when a CV follows the American order). */
static gboolean
read_day_month_year (const char  *p,
                     FpDate      *date,
                     const char **end)
{
  const char *q;
  int         a = read_small_number (p, &q), b;
  char        sep = *q;

  if ((sep != '/' && sep != '.' && sep != '-') || !g_ascii_isdigit (q[1]))
    return FALSE;
  b = read_small_number (q + 1, &q);
  if (*q != sep || !read_year (q + 1, &date->year, end) || a < 1 || b < 1 || a > 31 || b > 31)
    return FALSE;

  if (b <= 12)
    date->month = b;
  else if (a <= 12)
    date->month = a;
  else
    return FALSE;
  return TRUE;
}

/* A month and a two-digit year, "03.24" or "03/24": only as one end of a
 * range written that way ("03.24 - d.d.", "08/19 – 06/21"), where nothing
 * else reads so. */
static gboolean
read_short_date (const char  *p,
                 FpDate      *date,
                 const char **end)
{
  const char *q;
  int         m, y;

  if (!g_ascii_isdigit (p[0]))
    return FALSE;
  m = read_small_number (p, &q);
  if ((*q != '.' && *q != '/') || !g_ascii_isdigit (q[1]) || !g_ascii_isdigit (q[2]) ||
      g_ascii_isdigit (q[3]) || q[3] == '.' || q[3] == '/' || m < 1 || m > 12)
    return FALSE;

  /* "08.00" is a time of day. */
  y = (q[1] - '0') * 10 + (q[2] - '0');
  if (y == 0)
    return FALSE;
  y += y + 2000 <= latest_year () ? 2000 : 1900;
  if (y < 1950)
    return FALSE;

  date->year = y;
  date->month = m;
  *end = q + 3;
  return TRUE;
}

/* One date at @p: "jan. 2019", "januar 2019", "03/2018", "08.2020",
 * "2019-03", "2015". */
static gboolean
read_date (const char  *p,
           FpDate      *date,
           const char **end)
{
  const char *q;

  /* A month name, an optional period, then the year (month names start with
   * one of these letters). */
  for (guint i = 0; strchr ("jfmasondJFMASOND", *p) != NULL && *p != '\0' && i < G_N_ELEMENTS (months); i++)
    if (match_word (p, months[i].name, &q))
      {
        if (*q == '.')
          q++;
        q = skip_spaces (q);
        if (read_year (q, &date->year, end))
          {
            date->month = months[i].month;
            return TRUE;
          }
      }

  /* 03/2018, 3.2018, 08-2020; 01.08.2015, 14/03/2019 */
  if (g_ascii_isdigit (p[0]))
    {
      int m = read_small_number (p, &q);

      if ((*q == '/' || *q == '.' || *q == '-') && m >= 1 && m <= 12 &&
          read_year (q + 1, &date->year, end))
        {
          date->month = m;
          return TRUE;
        }
      if (read_day_month_year (p, date, end))
        return TRUE;
    }

  /* 2019-03, 2019.03, then plain 2019 */
  if (read_year (p, &date->year, &q))
    {
      if ((*q == '-' || *q == '.' || *q == '/') && g_ascii_isdigit (q[1]) && g_ascii_isdigit (q[2]) &&
          !g_ascii_isdigit (q[3]))
        {
          int m = (q[1] - '0') * 10 + (q[2] - '0');

          if (m >= 1 && m <= 12)
            {
              date->month = m;
              *end = q + 3;
              return TRUE;
            }
        }
      date->month = 0;
      *end = q;
      return TRUE;
    }

  return FALSE;
}

static gboolean
read_now (const char  *p,
          const char **end)
{
  for (guint i = 0; now_words[i] != NULL; i++)
    if (match_word (p, now_words[i], end))
      return TRUE;
  return FALSE;
}

/* Drops a LinkedIn-style duration, "(5 years 11 months)" or "(2 år)". */
static void
drop_duration (GString *s)
{
  char *open = strchr (s->str, '(');

  while (open != NULL)
    {
      char            *close = strchr (open, ')');
      g_autofree char *inside = NULL;

      if (close == NULL)
        break;
      inside = g_strndup (open + 1, (gsize) (close - open - 1));
      if (fp_regex_match ("^\\s*(less than a year|mindre enn ett år|\\d+\\s*(year|years|yr|yrs|month|months|mos|år|måned|måneder|mnd)\\b.*)$",
                          inside, G_REGEX_CASELESS, 0))
        {
          g_string_erase (s, open - s->str, close - open + 1);
          open = strchr (s->str, '(');
        }
      else
        open = strchr (close, '(');
    }

  /* LinkedIn's newer export: "jan. 2021–nå · 5 år 1 md.", "· 2 yrs 3 mos". */
  {
    g_auto (GStrv) parts = fp_regex_split ("\\s*[·|,]\\s*(?=\\d+\\s*(år|yrs?|years?|mos?|months?|md|mnd|måneder?)\\b[^·|,]*$)",
                                           s->str, G_REGEX_CASELESS, 0);

    if (parts != NULL && parts[0] != NULL && parts[1] != NULL)
      g_string_truncate (s, strlen (parts[0]));
  }
}

static gboolean
is_separator (gunichar c)
{
  return g_unichar_isspace (c) || c == ',' || c == ';' || c == ':' || c == '|' || c == '(' ||
         c == ')' || c == '/' || c == '-' || c == 0x00B7 /* · */ || c == 0x2022 /* • */ ||
         c == 0x2013 /* – */ || c == 0x2014 /* — */;
}

/* What is left of a line once its date range is taken out. */
static char *
tidy_rest (const char *before,
           gsize       before_len,
           const char *after)
{
  GString    *rest = g_string_new (NULL);
  const char *s, *e;

  g_string_append_len (rest, before, (gssize) before_len);
  if (*after != '\0')
    {
      g_string_append (rest, " · ");
      g_string_append (rest, after);
    }
  drop_duration (rest);

  s = rest->str;
  e = rest->str + rest->len;
  while (s < e && is_separator (g_utf8_get_char (s)))
    s = g_utf8_next_char (s);
  while (e > s && is_separator (g_utf8_get_char (g_utf8_prev_char (e))))
    e = g_utf8_prev_char (e);

  {
    char *out = g_strndup (s, (gsize) (e - s));
    g_string_free (rest, TRUE);
    return out;
  }
}

typedef gboolean (*ReadDate) (const char  *p,
                              FpDate      *date,
                              const char **end);

/* What follows the first date of a range at @q: "– 2021", "til nå", or a
 * dash alone ("08.2020–"). Returns where the range ends, or %NULL when
 * nothing there ends it. */
static const char *
read_range_end (const char *q,
                ReadDate    read,
                FpDate      start,
                FpDate     *end,
                gboolean   *current)
{
  for (guint i = 0; range_words[i] != NULL; i++)
    {
      const char *sep_end, *after;

      if (!match_word (q, range_words[i], &sep_end))
        continue;

      sep_end = skip_spaces (sep_end);
      if (read (sep_end, end, &after) &&
          (end->year > start.year || (end->year == start.year && end->month >= start.month)))
        return after;
      *end = (FpDate){ 0, 0 };
      if (read_now (sep_end, &after))
        {
          *current = TRUE;
          return after;
        }
      if (*sep_end == '\0' || *sep_end == '(' || *sep_end == '|' || *sep_end == ',' ||
          g_str_has_prefix (sep_end, "·"))
        {
          *current = TRUE;
          return sep_end;
        }
      return NULL;
    }

  /* "Juni 2023 (Nåværende)", "2019 (current)": no dash, but it goes on. */
  if (*q == '(')
    {
      const char *after;

      if (read_now (skip_spaces (q + 1), &after) && *after == ')')
        {
          *current = TRUE;
          return after + 1;
        }
    }

  return NULL;
}

/**
 * fp_date_range_parse:
 * @text: a line of a CV
 * @start: (out): where the range begins
 * @end: (out): where it ends (year 0 when it goes on)
 * @current: (out): whether it goes on until now
 * @rest: (out) (optional) (transfer full): the line without the range
 *
 * Finds a date range in @text. A single year or month counts as a range of
 * that one year or month.
 *
 * Returns: whether @text holds a date range
 */
gboolean
fp_date_range_parse (const char *text,
                     FpDate     *start,
                     FpDate     *end,
                     gboolean   *current,
                     char      **rest)
{
  const char      *p, *range_start = NULL, *range_end = NULL;
  g_autofree char *valid = NULL;

  g_return_val_if_fail (text != NULL, FALSE);

  /* Every date has a digit; most lines have none. */
  if (strpbrk (text, "0123456789") == NULL)
    return FALSE;

  /* Everything below walks UTF-8 characters: mend broken input first. */
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  *start = (FpDate){ 0, 0 };
  *end = (FpDate){ 0, 0 };
  *current = FALSE;

  for (p = text; *p != '\0' && range_start == NULL; p = g_utf8_next_char (p))
    {
      const char *q = p, *after;
      gboolean    since = FALSE;
      FpDate      first = { 0, 0 };
      ReadDate    read;

      /* Only at the start of a word. */
      if (p != text && g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p))))
        continue;

      for (guint i = 0; since_words[i] != NULL && !since; i++)
        if (match_word (p, since_words[i], &after))
          {
            since = TRUE;
            q = skip_spaces (after);
          }

      if (read_date (q, &first, &after))
        read = read_date;
      else if (!since && read_short_date (q, &first, &after))
        read = read_short_date;
      else
        continue;

      range_end = read_range_end (skip_spaces (after), read, first, end, current);
      /* "03.24" alone is a number, not a date. */
      if (read == read_short_date && range_end == NULL)
        continue;

      range_start = p;
      *start = first;
      if (range_end == NULL)
        {
          /* "since 2021" goes on; a lone date, like "2019" alone on an
           * education line, is a range of its own. */
          *current = since;
          *end = first;
          range_end = after;
        }
    }

  if (range_start == NULL)
    return FALSE;

  if (*current)
    *end = (FpDate){ 0, 0 };

  if (rest != NULL)
    *rest = tidy_rest (text, (gsize) (range_start - text), range_end);

  return TRUE;
}
