/* fp-cv-dates.c — date ranges as CVs write them
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "jan. 2019 – nå", "januar 2019 - d.d.", "03/2018 - i dag", "08.2020–",
 * "2015–2019", "sep 2017 – des 2019", "Jan 2019 - Present", "2019 - current",
 * "since 2021", "siden 2021", "fra 2021", "2019-03 til 2021-06" …
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
  "dags dato", "i dag", "idag", "d.d.", "d.d", "nåværende", "pågående", "present",
  "current", "ongoing", "today", "til nå", "til no", "now", "nå", "na", "no", "dd", NULL
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

  /* "mars" is not the start of "marsjere". */
  if (g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (b))) &&
      g_unichar_isalnum (g_utf8_get_char (a)))
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

  /* 03/2018, 3.2018, 08-2020 */
  if (g_ascii_isdigit (p[0]))
    {
      int m = p[0] - '0';

      q = p + 1;
      if (g_ascii_isdigit (*q))
        m = m * 10 + (*q++ - '0');
      if ((*q == '/' || *q == '.' || *q == '-') && m >= 1 && m <= 12 &&
          read_year (q + 1, &date->year, end))
        {
          date->month = m;
          return TRUE;
        }
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

      /* Only at the start of a word. */
      if (p != text && g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p))))
        continue;

      for (guint i = 0; since_words[i] != NULL && !since; i++)
        if (match_word (p, since_words[i], &after))
          {
            since = TRUE;
            q = skip_spaces (after);
          }

      if (!read_date (q, &first, &after))
        continue;

      range_start = p;
      *start = first;
      q = skip_spaces (after);

      if (since)
        {
          *current = TRUE;
          range_end = after;
          break;
        }

      for (guint i = 0; range_words[i] != NULL; i++)
        {
          const char *sep_end;

          if (!match_word (q, range_words[i], &sep_end))
            continue;

          sep_end = skip_spaces (sep_end);
          if (read_date (sep_end, end, &after) && (end->year > start->year ||
                                                   (end->year == start->year && end->month >= start->month)))
            range_end = after;
          else if (read_now (sep_end, &after))
            {
              *current = TRUE;
              range_end = after;
            }
          else if (*sep_end == '\0' || *sep_end == '(' || *sep_end == '|' || *sep_end == ',' ||
                   g_str_has_prefix (sep_end, "·"))
            {
              /* "08.2020–": open-ended. */
              *current = TRUE;
              range_end = sep_end;
            }
          break;
        }

      if (range_end == NULL)
        {
          /* A lone date: a year like "2019" alone on an education line. */
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
