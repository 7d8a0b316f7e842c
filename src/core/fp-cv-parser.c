/* fp-cv-parser.c — reading a CV's lines: sections, roles, education, skills
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parser works on positioned lines, so it can use what the layout says
 * (bold, size, capitals, columns) as well as the words. Nothing is guessed: a
 * field the CV does not show stays empty.
 */

#define G_LOG_DOMAIN "fp-cv"

#include "config.h"

#include <string.h>

#include "fp-cv-private.h"
#include "fp-kb.h"
#include "fp-normalize.h"
#include "fp-regex.h"

typedef FpCvLine Line;

/* Labels in front of values, "Stilling: Tømrer", and the classic
 * Europass CV's label column. A label may wrap ("Desired employment /" over
 * "Occupational field"): its first line is enough. */
static const struct
{
  const char *text;
  FpCvLabel   label;
} labels[] = {
  { "Surname(s) / First name(s)", FP_CV_LABEL_NAME },
  { "Surname / First name", FP_CV_LABEL_NAME },
  { "Etternavn / Fornavn", FP_CV_LABEL_NAME },
  { "Etternavn(e) / Fornavn", FP_CV_LABEL_NAME },
  { "navn", FP_CV_LABEL_NAME },
  { "name", FP_CV_LABEL_NAME },
  { "stilling", FP_CV_LABEL_TITLE },
  { "Stillingstittel", FP_CV_LABEL_TITLE },
  { "tittel", FP_CV_LABEL_TITLE },
  { "yrke", FP_CV_LABEL_TITLE },
  { "rolle", FP_CV_LABEL_TITLE },
  { "position", FP_CV_LABEL_TITLE },
  { "Job title", FP_CV_LABEL_TITLE },
  { "title", FP_CV_LABEL_TITLE },
  { "role", FP_CV_LABEL_TITLE },
  { "Occupation or position held", FP_CV_LABEL_TITLE },
  { "Yrke eller stilling", FP_CV_LABEL_TITLE },
  { "arbeidsgiver", FP_CV_LABEL_EMPLOYER },
  { "employer", FP_CV_LABEL_EMPLOYER },
  { "firma", FP_CV_LABEL_EMPLOYER },
  { "bedrift", FP_CV_LABEL_EMPLOYER },
  { "company", FP_CV_LABEL_EMPLOYER },
  { "Name and address of employer", FP_CV_LABEL_EMPLOYER },
  { "Navn og adresse til arbeidsgiver", FP_CV_LABEL_EMPLOYER },
  { "Arbeidsgivers navn og adresse", FP_CV_LABEL_EMPLOYER },
  { "dates", FP_CV_LABEL_DATES },
  { "tidsrom", FP_CV_LABEL_DATES },
  { "periode", FP_CV_LABEL_DATES },
  { "period", FP_CV_LABEL_DATES },
  { "Desired employment", FP_CV_LABEL_DESIRED },
  { "Desired employment / Occupational field", FP_CV_LABEL_DESIRED },
  { "Ønsket stilling", FP_CV_LABEL_DESIRED },
  { "ønsket stilling / yrke", FP_CV_LABEL_DESIRED },
  { "Ønsket stilling / Yrkesfelt", FP_CV_LABEL_DESIRED },
  { "Ønsket arbeid", FP_CV_LABEL_DESIRED },
  { "Job applied for", FP_CV_LABEL_DESIRED },
  { "Position applied for", FP_CV_LABEL_DESIRED },
  { "Stilling du søker på", FP_CV_LABEL_DESIRED },
  { "Main activities and responsibilities", FP_CV_LABEL_OTHER },
  { "Viktigste arbeidsoppgaver og ansvarsområder", FP_CV_LABEL_OTHER },
  { "arbeidsoppgaver", FP_CV_LABEL_OTHER },
  { "Type of business or sector", FP_CV_LABEL_OTHER },
  { "Type virksomhet eller sektor", FP_CV_LABEL_OTHER },
  { "bransje", FP_CV_LABEL_OTHER },
};

typedef enum
{
  SECTION_HEADER,
  SECTION_SUMMARY,
  SECTION_EXPERIENCE,
  SECTION_EDUCATION,
  SECTION_SKILLS,
  SECTION_LANGUAGES,
  SECTION_CERTIFICATIONS,
  SECTION_PROJECTS,
  SECTION_VOLUNTEERING,
  SECTION_REFERENCES,
  SECTION_CONTACT,
  SECTION_INTERESTS,
  SECTION_OTHER,
  N_SECTIONS
} Section;

/* Headings in Norwegian and English, compared as keys (see
 * fp_normalize_key()). */
static const struct
{
  const char *text;
  Section     section;
} headings[] = {
  { "sammendrag", SECTION_SUMMARY },
  { "profil", SECTION_SUMMARY },
  { "ommeg", SECTION_SUMMARY },
  { "kortommeg", SECTION_SUMMARY },
  { "personligprofil", SECTION_SUMMARY },
  { "summary", SECTION_SUMMARY },
  { "profile", SECTION_SUMMARY },
  { "about", SECTION_SUMMARY },
  { "aboutme", SECTION_SUMMARY },
  { "professionalsummary", SECTION_SUMMARY },
  { "personalprofile", SECTION_SUMMARY },
  { "sammandrag", SECTION_SUMMARY },
  { "ommegselv", SECTION_SUMMARY },
  { "sammendragprofil", SECTION_SUMMARY },
  { "oppsummering", SECTION_SUMMARY },
  { "kvalifikasjonssammendrag", SECTION_SUMMARY },
  { "careerobjective", SECTION_SUMMARY },
  { "objective", SECTION_SUMMARY },
  { "careersummary", SECTION_SUMMARY },
  { "professionalprofile", SECTION_SUMMARY },
  { "summaryofqualifications", SECTION_SUMMARY },
  { "personalstatement", SECTION_SUMMARY },
  { "arbeidserfaring", SECTION_EXPERIENCE },
  { "erfaring", SECTION_EXPERIENCE },
  { "yrkeserfaring", SECTION_EXPERIENCE },
  { "relevanterfaring", SECTION_EXPERIENCE },
  { "jobberfaring", SECTION_EXPERIENCE },
  { "arbeidshistorikk", SECTION_EXPERIENCE },
  { "praksis", SECTION_EXPERIENCE },
  { "arbeidsroynsle", SECTION_EXPERIENCE },
  { "workexperience", SECTION_EXPERIENCE },
  { "experience", SECTION_EXPERIENCE },
  { "employment", SECTION_EXPERIENCE },
  { "employmenthistory", SECTION_EXPERIENCE },
  { "professionalexperience", SECTION_EXPERIENCE },
  { "workhistory", SECTION_EXPERIENCE },
  { "career", SECTION_EXPERIENCE },
  { "karriere", SECTION_EXPERIENCE },
  { "relevantexperience", SECTION_EXPERIENCE },
  { "arbeidsforhold", SECTION_EXPERIENCE },
  { "utvalgterfaring", SECTION_EXPERIENCE },
  { "tidligereerfaring", SECTION_EXPERIENCE },
  { "annenerfaring", SECTION_VOLUNTEERING },
  { "erfaringer", SECTION_EXPERIENCE },
  { "arbeidserfaringer", SECTION_EXPERIENCE },
  { "praksiserfaring", SECTION_EXPERIENCE },
  { "yrkeserfaringer", SECTION_EXPERIENCE },
  { "careerhistory", SECTION_EXPERIENCE },
  { "professionalbackground", SECTION_EXPERIENCE },
  { "employmentrecord", SECTION_EXPERIENCE },
  { "workexperiences", SECTION_EXPERIENCE },
  { "relevantworkexperience", SECTION_EXPERIENCE },
  { "professionalhistory", SECTION_EXPERIENCE },
  { "experiences", SECTION_EXPERIENCE },
  { "arbeidserfaring og praksis", SECTION_EXPERIENCE },
  { "work experience and internships", SECTION_EXPERIENCE },
  { "utdanning", SECTION_EDUCATION },
  { "utdannelse", SECTION_EDUCATION },
  { "utdaning", SECTION_EDUCATION },
  { "skolegang", SECTION_EDUCATION },
  { "education", SECTION_EDUCATION },
  { "educationtraining", SECTION_EDUCATION },
  { "academicbackground", SECTION_EDUCATION },
  { "qualifications", SECTION_EDUCATION },
  { "utdanning og opplæring", SECTION_EDUCATION },
  { "utdanning og kurs", SECTION_EDUCATION },
  { "education and training", SECTION_EDUCATION },
  { "academicqualifications", SECTION_EDUCATION },
  { "educationalbackground", SECTION_EDUCATION },
  { "hoyereutdanning", SECTION_EDUCATION },
  { "fagbrev", SECTION_EDUCATION },
  { "fagbrevsvennebrev", SECTION_EDUCATION },
  { "fagbrev, svennebrev og mesterbrev", SECTION_EDUCATION },
  { "kompetanse", SECTION_SKILLS },
  { "ferdigheter", SECTION_SKILLS },
  { "toppferdigheter", SECTION_SKILLS },
  { "nokkelkompetanse", SECTION_SKILLS },
  { "kjernekompetanse", SECTION_SKILLS },
  { "tekniskkompetanse", SECTION_SKILLS },
  { "itkompetanse", SECTION_SKILLS },
  { "faglegkompetanse", SECTION_SKILLS },
  { "fagligkompetanse", SECTION_SKILLS },
  { "verktoy", SECTION_SKILLS },
  { "skills", SECTION_SKILLS },
  { "topskills", SECTION_SKILLS },
  { "keyskills", SECTION_SKILLS },
  { "technicalskills", SECTION_SKILLS },
  { "corecompetencies", SECTION_SKILLS },
  { "competencies", SECTION_SKILLS },
  { "competences", SECTION_SKILLS },
  { "skillsexpertise", SECTION_SKILLS },
  { "digitalskills", SECTION_SKILLS },
  { "personligeferdigheter", SECTION_SKILLS },
  { "personalskills", SECTION_SKILLS },
  { "kompetanser", SECTION_SKILLS },
  { "andrekompetanser", SECTION_SKILLS },
  { "digitalkompetanse", SECTION_SKILLS },
  { "ferdigheter og kompetanse", SECTION_SKILLS },
  { "sprak", SECTION_LANGUAGES },
  { "languages", SECTION_LANGUAGES },
  { "language", SECTION_LANGUAGES },
  { "languageskills", SECTION_LANGUAGES },
  { "sprakferdigheter", SECTION_LANGUAGES },
  { "morsmal", SECTION_LANGUAGES },
  { "andresprak", SECTION_LANGUAGES },
  { "mothertongue", SECTION_LANGUAGES },
  { "othertongue", SECTION_LANGUAGES },
  { "otherlanguages", SECTION_LANGUAGES },
  { "sertifiseringer", SECTION_CERTIFICATIONS },
  { "sertifikater", SECTION_CERTIFICATIONS },
  { "kurs", SECTION_CERTIFICATIONS },
  { "kurssertifiseringer", SECTION_CERTIFICATIONS },
  { "sertifiseringerkurs", SECTION_CERTIFICATIONS },
  { "kursetterutdanning", SECTION_CERTIFICATIONS },
  { "certifications", SECTION_CERTIFICATIONS },
  { "certificates", SECTION_CERTIFICATIONS },
  { "courses", SECTION_CERTIFICATIONS },
  { "licensescertifications", SECTION_CERTIFICATIONS },
  { "coursescertifications", SECTION_CERTIFICATIONS },
  { "certificationscourses", SECTION_CERTIFICATIONS },
  { "forerkort", SECTION_CERTIFICATIONS },
  { "forerkortklasse", SECTION_CERTIFICATIONS },
  { "drivinglicence", SECTION_CERTIFICATIONS },
  { "drivinglicense", SECTION_CERTIFICATIONS },
  { "godkjenninger", SECTION_CERTIFICATIONS },
  { "andregodkjenninger", SECTION_CERTIFICATIONS },
  { "offentligegodkjenninger", SECTION_CERTIFICATIONS },
  { "kurs og sertifikater", SECTION_CERTIFICATIONS },
  { "sertifikater og kurs", SECTION_CERTIFICATIONS },
  { "prosjekter", SECTION_PROJECTS },
  { "utvalgteprosjekter", SECTION_PROJECTS },
  { "prosjekterfaring", SECTION_PROJECTS },
  { "projects", SECTION_PROJECTS },
  { "selectedprojects", SECTION_PROJECTS },
  { "verv", SECTION_VOLUNTEERING },
  { "tillitsverv", SECTION_VOLUNTEERING },
  { "frivilligarbeid", SECTION_VOLUNTEERING },
  { "frivillig", SECTION_VOLUNTEERING },
  { "volunteering", SECTION_VOLUNTEERING },
  { "volunteerexperience", SECTION_VOLUNTEERING },
  { "volunteerwork", SECTION_VOLUNTEERING },
  { "referanser", SECTION_REFERENCES },
  { "references", SECTION_REFERENCES },
  { "kontakt", SECTION_CONTACT },
  { "kontaktinformasjon", SECTION_CONTACT },
  { "personalia", SECTION_CONTACT },
  { "personligeopplysninger", SECTION_CONTACT },
  { "contact", SECTION_CONTACT },
  { "contactinformation", SECTION_CONTACT },
  { "contactdetails", SECTION_CONTACT },
  { "personaldetails", SECTION_CONTACT },
  { "personalinformation", SECTION_CONTACT },
  { "personopplysninger", SECTION_CONTACT },
  { "kontaktopplysninger", SECTION_CONTACT },
  { "interesser", SECTION_INTERESTS },
  { "hobbyer", SECTION_INTERESTS },
  { "fritid", SECTION_INTERESTS },
  { "interests", SECTION_INTERESTS },
  { "hobbies", SECTION_INTERESTS },
  { "publikasjoner", SECTION_OTHER },
  { "publications", SECTION_OTHER },
  { "utmerkelser", SECTION_OTHER },
  { "honorsawards", SECTION_OTHER },
  { "annet", SECTION_OTHER },
  { "other", SECTION_OTHER },
  { "onsketstilling", SECTION_OTHER },
  { "desiredemployment", SECTION_OTHER },
  { "desiredemploymentoccupationalfield", SECTION_OTHER },
  { "ønsket stilling / yrke", SECTION_OTHER },
  { "jobbonsker", SECTION_OTHER },
  { "publikasjoner og foredrag", SECTION_OTHER },
  { "selectedpublications", SECTION_OTHER },
  { "conferences", SECTION_OTHER },
  { "awards", SECTION_OTHER },
  { "pris og utmerkelser", SECTION_OTHER },
};

static void
line_free (Line *line)
{
  g_free (line->text);
  g_free (line);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FpCvLine, line_free)

/* Bullet characters CVs use, and what is left after one. LaTeX's bullet
 * often comes out of the PDF as "{". */
static const char *
strip_bullet (const char *text)
{
  static const char *const bullets[] = { "•", "◦", "▪", "▫", "■", "●", "○", "►", "▸", "‣", "·",
                                         "–", "—", "-", "*", "✓", "✔", "➢", "→", "{", NULL };

  for (guint i = 0; bullets[i] != NULL; i++)
    if (g_str_has_prefix (text, bullets[i]))
      {
        const char *rest = text + strlen (bullets[i]);

        /* "-" must be followed by a space to be a bullet ("-2019" is not). */
        if (*rest == ' ' || *rest == '\t' || (guchar) bullets[i][0] >= 0x80)
          {
            while (*rest == ' ' || *rest == '\t')
              rest++;
            return rest;
          }
      }

  return NULL;
}

static guint
count_words (const char *text)
{
  guint    n = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean alnum = g_unichar_isalnum (g_utf8_get_char (p));

      if (alnum && !in_word)
        n++;
      in_word = alnum;
    }

  return n;
}

static gboolean
is_noise (const char *text)
{
  /* Page footers ("Page 1 of 3", "Side 1 av 3", "1/3", "- 2 -", but not a
   * year alone, "2019", which may end a date above it), and titles
   * that say only that this is a CV. */
  static const char *const titles[] = { "curriculum vitae", "cv", "résumé", "resume", "europass", NULL };
  static const char *const footers[] = {
    "^(page|side|sida)\\s*\\d+\\s*(of|av|/)\\s*\\d+$",
    "^-?\\s*\\d{1,3}\\s*(/\\s*\\d{1,3})?\\s*-?$",
    NULL
  };

  /* Only short lines can be footers. */
  if (strlen (text) > 24)
    return FALSE;

  if (strpbrk (text, "0123456789") == NULL)
    {
      g_autofree char *lower = g_utf8_strdown (text, -1);
      return g_strv_contains (titles, lower);
    }

  for (guint i = 0; footers[i] != NULL; i++)
    if (fp_regex_match (footers[i], text, G_REGEX_CASELESS, 0))
      return TRUE;

  return FALSE;
}

static gboolean
is_upper (const char *text)
{
  gboolean letters = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      letters |= g_unichar_isupper (c);
    }

  return letters;
}

/* The section a heading's key names, or %N_SECTIONS. */
static Section
heading_section (const char *key)
{
  static GHashTable *keys;
  gpointer           found;

  if (g_once_init_enter (&keys))
    {
      GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
        g_hash_table_insert (set, fp_normalize_key (headings[i].text), GINT_TO_POINTER (headings[i].section + 1));
      g_once_init_leave (&keys, set);
    }

  found = g_hash_table_lookup (keys, key);
  return found != NULL ? (Section) (GPOINTER_TO_INT (found) - 1) : N_SECTIONS;
}

static Section find_heading (const Line *line);

/* The section @line heads, or %N_SECTIONS; worked out once a line. */
static Section
heading_of (const Line *line)
{
  Line *l = (Line *) line;

  if (l->heading == 0)
    l->heading = (int) find_heading (line) + 1;

  return (Section) (l->heading - 1);
}

static Section
find_heading (const Line *line)
{
  static const struct
  {
    const char *suffix;
    Section     section;
  } suffixes[] = {
    { "experience", SECTION_EXPERIENCE },
    { "erfaring", SECTION_EXPERIENCE },
    { "employment", SECTION_EXPERIENCE },
    { "roynsle", SECTION_EXPERIENCE },
    { "education", SECTION_EDUCATION },
    { "utdanning", SECTION_EDUCATION },
    { "skills", SECTION_SKILLS },
    { "kompetanse", SECTION_SKILLS },
    { "ferdigheter", SECTION_SKILLS },
    { "certifications", SECTION_CERTIFICATIONS },
    { "sertifiseringer", SECTION_CERTIFICATIONS },
  };
  g_autofree char *text = g_strdup (line->text);
  g_autofree char *key = NULL;
  gsize            len = strlen (text);
  gboolean         marked;
  Section          section;

  if (count_words (text) > 5 || line->bullet || !g_unichar_isupper (g_utf8_get_char (text)))
    return N_SECTIONS;
  if (len > 0 && text[len - 1] == ':')
    text[len - 1] = '\0';
  /* "ARBEIDSERFARING (ELDSTE FØRST)": a note in brackets is no part of it. */
  if (strchr (text, '(') != NULL && strchr (text, '(') > text)
    *strchr (text, '(') = '\0';

  /* A heading stands out: bold, capitals, larger, or a colon. A wrapped
   * word that happens to be "projects" does not. */
  marked = line->bold || is_upper (text) || (len > 0 && line->text[len - 1] == ':') || line->size == 0;

  key = fp_normalize_key (text);
  if ((section = heading_section (key)) != N_SECTIONS)
    return marked || count_words (text) <= 2 ? section : N_SECTIONS;

  /* "Erfaring som dyrepleier", "Experience as a nurse". */
  if (marked && count_words (text) <= 5 &&
      fp_regex_match ("^(arbeids|yrkes|relevant)?(erfaring|experience|workexperience)(som|as|i|in)", key, 0, 0))
    return SECTION_EXPERIENCE;

  /* "Design experience", "Relevant utdanning", "Technical skills". */
  for (guint i = 0; marked && i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (key, suffixes[i].suffix) && count_words (text) <= 3)
      return suffixes[i].section;

  return N_SECTIONS;
}

static GHashTable *word_set (const char *const *words);

/* LinkedIn's total time at one employer ("4 years 5 months"), and table
 * header rows ("Period  Position  Employer"): not content. */
static gboolean
is_section_noise (const char *text)
{
  static const char *const header_words[] = {
    "dates", "date", "period", "periode", "år", "year", "position", "stilling", "tittel", "title",
    "role", "rolle", "employer", "arbeidsgiver", "company", "firma", "sted", "place", "education",
    "utdanning", "lærested", "school", "institution", "grad", "degree", NULL
  };
  static GHashTable *headers;
  g_auto (GStrv) words = NULL;
  guint n = 0;

  if (count_words (text) > 6)
    return FALSE;

  if (strpbrk (text, "0123456789") != NULL)
    return fp_regex_match ("^\\(?\\d+\\s+(years?|yrs?|år|months?|mos|måneder|mnd)(\\s+\\d+\\s+(months?|mos|måneder|mnd))?\\)?$",
                           text, G_REGEX_CASELESS, 0);

  if (g_once_init_enter (&headers))
    g_once_init_leave (&headers, word_set (header_words));

  words = g_strsplit_set (text, " \t", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *lower = g_utf8_strdown (words[i], -1);

      if (*lower == '\0')
        continue;
      if (!g_hash_table_contains (headers, lower))
        return FALSE;
      n++;
    }

  return n >= 1 && n <= 4;
}

static GHashTable *
word_set (const char *const *words)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; words[i] != NULL; i++)
    g_hash_table_add (set, (gpointer) words[i]);

  return set;
}

static const char *
detect_language (GPtrArray *lines)
{
  static const char *const nb_words[] = { "og", "jeg", "ikke", "som", "med", "på", "av", "er",
                                          "har", "til", "fra", "en", "et", "nå", "innen", "erfaring",
                                          "ansvar", "arbeid", NULL };
  static const char *const nn_words[] = { "eg", "ikkje", "ein", "eit", "frå", "korleis", "berre",
                                          "mykje", "vore", "arbeidd", "røynsle", "kva", "dei", "ho",
                                          "òg", "skule", "sjukeheim", "vidaregåande", "køyring", "heile",
                                          "noko", "nokre", "saman", "heime", "ansvarleg", NULL };
  static const char *const en_words[] = { "and", "the", "of", "to", "with", "for", "in", "at",
                                          "as", "on", "is", "from", "my", "experience", NULL };
  static GHashTable       *sets[3];
  guint                    counts[3] = { 0, 0, 0 };
  GString                 *word = g_string_new (NULL);

  if (g_once_init_enter (&sets[0]))
    {
      sets[1] = word_set (nn_words);
      sets[2] = word_set (en_words);
      g_once_init_leave (&sets[0], word_set (nb_words));
    }

  /* The first 300 lines tell the language as well as all of them. */
  for (guint i = 0; i < MIN (lines->len, 300); i++)
    {
      const char *p = ((Line *) g_ptr_array_index (lines, i))->text;

      for (;; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (c != 0 && g_unichar_isalpha (c))
            {
              g_string_append_unichar (word, g_unichar_tolower (c));
              continue;
            }
          for (guint l = 0; l < G_N_ELEMENTS (sets) && word->len > 0; l++)
            counts[l] += g_hash_table_contains (sets[l], word->str);
          g_string_truncate (word, 0);
          if (c == 0)
            break;
        }
    }
  g_string_free (word, TRUE);

  if (counts[0] + counts[1] + counts[2] < 3)
    return "other";
  if (counts[2] > counts[0] + counts[1])
    return "en";
  if (counts[1] >= 3 && counts[1] * 3 > counts[0])
    return "nn";
  return "nb";
}

/* Markers that a piece of a heading names an organisation. */
static gboolean
looks_like_employer (const char *text)
{
  static const char *const markers[] = {
    "AS", "ASA", "A/S", "SA", "AB", "Oy", "AG", "GmbH", "BV", "Ltd", "Limited", "Inc", "LLC", "PLC",
    "Corp", "Corporation", "Group", "Gruppen", "Consulting", "Company", "kommune", "fylkeskommune",
    "sykehus", "sjukehus", "sykehjem", "Hospital", "Trust", "NHS", "University", "Universitet",
    "Universitetet", "Høgskole", "Høgskolen", "College", "School", "skole", "skolen", "barnehage",
    "Bank", "Sparebank", "NAV", "Statens", "Direktoratet", "etat", "etaten", "HF", "Helse", "Clinic",
    "Klinikk", "Norge", "Norway", "Agency", "Council", "Ministry", "departement", "Departementet",
    "Foundation", "stiftelse", "Institute", "Institutt", "Instituttet", NULL
  };
  static GHashTable *set;
  const char        *p = text;

  if (g_once_init_enter (&set))
    g_once_init_leave (&set, word_set (markers));

  /* Any whole word of @text among the markers ("A/S" keeps its slash). */
  while (*p != '\0')
    {
      const char *start = p;
      char        word[32];
      gsize       len;

      while (*p != '\0' && (g_unichar_isalnum (g_utf8_get_char (p)) || *p == '/'))
        p = g_utf8_next_char (p);
      len = (gsize) (p - start);
      if (len > 0 && len < sizeof word)
        {
          memcpy (word, start, len);
          word[len] = '\0';
          if (g_hash_table_contains (set, word))
            return TRUE;
        }
      if (*p != '\0')
        p = g_utf8_next_char (p);
    }

  return FALSE;
}

static gboolean
looks_like_place (const char *text)
{
  /* "Oslo", "Oslo, Norway", "Bergen, Vestland, Norge": capitalised words, no
   * digits, at most four words. */
  return count_words (text) <= 4 &&
         fp_regex_match ("^[[:upper:]][[:alpha:]]+([ ,]+[[:upper:]][[:alpha:]]+)*$", text, 0, 0);
}

static guint
count_commas (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == ',';

  return n;
}

/* Whether a line could be the heading of an entry: short, no full stop. */
static gboolean
looks_like_entry_heading (const Line *line)
{
  gsize len = strlen (line->text);

  if (line->bullet || len == 0)
    return FALSE;
  if (line->bold)
    return TRUE;
  /* "Employer, City, ST, Title" may run long. */
  return (count_words (line->text) <= 10 || (count_words (line->text) <= 16 && count_commas (line->text) >= 2)) &&
         line->text[len - 1] != '.';
}

static guint
months_between (FpDate   start,
                FpDate   end,
                gboolean current)
{
  FpDate today = fp_date_today ();
  int    a, b;

  if (start.year == 0)
    return 0;
  if (current)
    end = today;
  if (end.year == 0)
    return 0;

  /* An unknown month counts as the middle of the year, so "2015–2019"
   * is four years. */
  a = start.year * 12 + (start.month > 0 ? start.month - 1 : 6);
  b = end.year * 12 + (end.month > 0 ? end.month - 1 : 6);
  if (start.month > 0 && end.month > 0 && !current)
    b += 1; /* "jan. 2019 – des. 2019" is twelve months */

  return b > a ? (guint) (b - a) : 0;
}

/* Splits "Backendutvikler, Acme AS" or "Nurse at St Olav" into its parts:
 * at commas, and at " – ", " — ", " | ", " - ", " @ ", " · ", " at ", " hos ". */
static GPtrArray *
split_heading (const char *text)
{
  static const char *const separators[] = { " – ", " — ", " | ", " - ", " @ ", " · ", " at ", " hos ", NULL };
  GPtrArray               *parts = g_ptr_array_new_with_free_func (g_free);
  const char              *start = text, *p = text;

  while (TRUE)
    {
      gsize skip = 0;

      if (*p == ',')
        skip = 1;
      else if (*p == ' ')
        for (guint i = 0; separators[i] != NULL && skip == 0; i++)
          if (g_str_has_prefix (p, separators[i]))
            skip = strlen (separators[i]);

      if (skip > 0 || *p == '\0')
        {
          char *part = g_strstrip (g_strndup (start, (gsize) (p - start)));

          if (*part != '\0')
            g_ptr_array_add (parts, part);
          else
            g_free (part);
          if (*p == '\0')
            break;
          p += skip;
          start = p;
          continue;
        }
      p++;
    }

  return parts;
}

static void
fill_title_employer (FpCvJob   *job,
                     GPtrArray *heads,
                     gboolean   heads_above)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (heads->len == 0)
    return;

  if (heads->len == 1)
    {
      g_ptr_array_extend_and_steal (parts, split_heading (g_ptr_array_index (heads, 0)));
    }
  else
    {
      const Line *a = g_ptr_array_index (heads, 0);
      const Line *b = g_ptr_array_index (heads, 1);
      g_autoptr (GPtrArray) pa = split_heading (a->text);
      g_autoptr (GPtrArray) pb = split_heading (b->text);

      /* Above the dates, LinkedIn puts the employer first and the role
       * under it ("The Gannet's Table, Edinburgh" over "Sous Chef"); below
       * them (Europass), the role comes first. */
      if (heads_above && pb->len == 1 && pa->len == 2 && looks_like_place (g_ptr_array_index (pa, 1)) &&
          !looks_like_employer (b->text))
        {
          g_ptr_array_add (parts, g_strdup (b->text));
          g_ptr_array_add (parts, g_strdup (g_ptr_array_index (pa, 0)));
          if (job->place == NULL)
            job->place = g_strdup (g_ptr_array_index (pa, 1));
        }
      else if (heads_above && pa->len == 1 && !looks_like_employer (b->text))
        {
          g_ptr_array_add (parts, g_strdup (b->text));
          g_ptr_array_add (parts, g_strdup (a->text));
        }
      else
        {
          g_ptr_array_extend_and_steal (parts, g_steal_pointer (&pa));
          g_ptr_array_extend_and_steal (parts, g_steal_pointer (&pb));
        }
    }

  if (parts->len == 0)
    return;

  if (parts->len >= 2 && looks_like_employer (g_ptr_array_index (parts, 0)) &&
      !looks_like_employer (g_ptr_array_index (parts, 1)))
    {
      gpointer first = parts->pdata[0];
      parts->pdata[0] = parts->pdata[1];
      parts->pdata[1] = first;
    }

  job->title = g_strdup (g_ptr_array_index (parts, 0));
  if (parts->len >= 2)
    {
      /* "Staff Nurse, Respiratory Ward, St Aidan's Hospital": the part that
       * names an organisation is the employer, not the ward. */
      guint employer = 1;

      for (guint i = 1; i < parts->len; i++)
        if (looks_like_employer (g_ptr_array_index (parts, i)))
          {
            employer = i;
            break;
          }
      job->employer = g_strdup (g_ptr_array_index (parts, employer));
    }
  if (parts->len >= 3 && job->place == NULL && looks_like_place (g_ptr_array_index (parts, 2)))
    job->place = g_strdup (g_ptr_array_index (parts, 2));
}

/* Adds @text to @items, joining a wrapped continuation to the item before. */
static void
add_item (GPtrArray  *items,
          const Line *line,
          gboolean   *open)
{
  const char *text = line->bullet ? strip_bullet (line->text) : line->text;
  gunichar    first = g_utf8_get_char (text);

  if (*text == '\0')
    return;

  if (!line->bullet && *open && items->len > 0 &&
      (g_unichar_islower (first) || !g_str_has_suffix (g_ptr_array_index (items, items->len - 1), ".")))
    {
      char *joined = g_strconcat (g_ptr_array_index (items, items->len - 1), " ", text, NULL);

      g_free (items->pdata[items->len - 1]);
      items->pdata[items->len - 1] = joined;
      return;
    }

  g_ptr_array_add (items, g_strdup (text));
  *open = TRUE;
}

typedef struct
{
  guint    line; /* index of the date line */
  FpDate   start;
  FpDate   end;
  gboolean current;
  char    *rest;
  guint    first; /* first line of the entry's heading */
  guint    body;  /* first line after heading, dates and place */
  guint    after; /* first line after the entry before */
  gboolean row;   /* the heading stands on the dates' row */
} Anchor;

/* Whether a line with a date in it is running text ("… fra 2015.",
 * "children in" over "2022.", "innkjøp fra 2015 og"): a year in a
 * description, no role. */
static gboolean
in_sentence (const char *text,
             const char *rest)
{
  gsize len = strlen (rest);

  if (len > 0 && rest[len - 1] == '.' && !g_str_has_suffix (rest, "d.d."))
    return TRUE;
  /* Two sentences ("… (70 covers). Pastry and bread section from 2017"), or
   * "from 2017" inside one. */
  if (fp_regex_match ("[a-zæøå)][.!?] +[[:upper:]]", text, 0, 0) ||
      fp_regex_match ("\\b(i|in|fra|from|since|siden|til|to|until) (19|20)\\d\\d [a-zæøå]", text, 0, 0) ||
      fp_regex_match ("\\w \\w+ (from|since|fra|siden) (\\w+ )?(19|20)\\d\\d", text, G_REGEX_CASELESS, 0))
    return TRUE;

  /* Words in lower case before the date ("aug. 2023 – nå · deltid" starts
   * with its date), or after "Fra 2019" ("Fra 2019 var jeg prosjektleder"). */
  if (len == 0 || count_words (rest) < 3 || !g_unichar_islower (g_utf8_get_char (rest)))
    return FALSE;
  return strncmp (text, rest, MIN (len, 6)) == 0 ||
         fp_regex_match ("^(fra|from|since|siden)\\s", text, G_REGEX_CASELESS, 0);
}

/* Whether @line is the rest of the bullet point above it, wrapped ("… a
 * pick-up desk in" over "2022"): indented under its text, or going on in
 * lower case, after a line that does not end a sentence. */
static gboolean
wraps_bullet (const Line *above,
              const Line *line)
{
  gsize len = strlen (above->text);

  return above->bullet && len > 0 && strchr (".:;!?", above->text[len - 1]) == NULL &&
         above->page == line->page && (line->x > above->x + 2 || g_unichar_islower (g_utf8_get_char (line->text)));
}

/* "Født 12.03.1988", "Date of birth: 14/03/1990": a date that is no role. */
static gboolean
is_birth_date (const char *text)
{
  return fp_regex_match ("(^|\\W)(født|fødd|fødselsdato|fødselsår|f\\.|date of birth|birth ?date|"
                         "born|dob|d\\.o\\.b\\.?|birthday)(\\W|$)",
                         text, G_REGEX_CASELESS, 0);
}

static gboolean
same_row (const Line *a,
          const Line *b)
{
  return a->page == b->page && a->column == b->column && ABS (a->y - b->y) < 2.5 && !a->bullet;
}

static void
anchor_clear (Anchor *a)
{
  g_free (a->rest);
}

/* Whether one of the two heading lines from @first names a place. */
static gboolean
heading_has_place (GPtrArray *lines,
                   guint      first)
{
  return looks_like_place (((Line *) g_ptr_array_index (lines, first))->text) ||
         looks_like_place (((Line *) g_ptr_array_index (lines, first + 1))->text);
}

/* Finds the entries of a section by their date lines, and each entry's
 * heading above or below the dates. */
static GArray *
find_entries (GPtrArray *lines,
              gboolean   dates_alone)
{
  GArray *anchors = g_array_new (FALSE, TRUE, sizeof (Anchor));
  guint   boundary = 0;

  g_array_set_clear_func (anchors, (GDestroyNotify) anchor_clear);

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = g_ptr_array_index (lines, i);
      Anchor      a = { 0 };

      if (line->bullet || count_words (line->text) > 16 ||
          (i > 0 && wraps_bullet (g_ptr_array_index (lines, i - 1), line)))
        continue;
      if (!fp_date_range_parse (line->text, &a.start, &a.end, &a.current, &a.rest))
        continue;
      if (is_birth_date (line->text))
        {
          g_free (a.rest);
          continue;
        }
      /* LinkedIn gives a role's dates a line of their own; a year inside a
       * description is no new role. */
      if ((dates_alone && *a.rest != '\0') || in_sentence (line->text, a.rest))
        {
          g_free (a.rest);
          continue;
        }

      a.line = i;
      a.first = i;
      a.body = i + 1;
      a.after = boundary;

      /* A table row, or a title with its dates on the right: the other
       * lines on the dates' own row are the heading. */
      if (line->size > 0)
        {
          while (a.first > boundary && same_row (g_ptr_array_index (lines, a.first - 1), line))
            a.first--;
          while (a.body < lines->len && same_row (g_ptr_array_index (lines, a.body), line))
            a.body++;
          if (a.first < a.line || a.body > a.line + 1)
            {
              a.row = TRUE;
              g_array_append_val (anchors, a);
              boundary = a.body;
              i = a.body - 1;
              continue;
            }
        }

      /* Up to two heading lines right above the dates, three when one of
       * them names a place ("Oatmeal & Ember Bakery", "Glasgow", "Baker"). */
      for (guint k = 0; k < 3 && a.first > boundary; k++)
        {
          if (!looks_like_entry_heading (g_ptr_array_index (lines, a.first - 1)) ||
              (k == 2 && !heading_has_place (lines, a.first)))
            break;
          a.first--;
        }

      g_array_append_val (anchors, a);
      boundary = i + 1;
    }

  return anchors;
}

static FpCvJob *
job_new (const Anchor *a)
{
  FpCvJob *job = g_new0 (FpCvJob, 1);

  job->start = a->start;
  job->end = a->end;
  job->current = a->current;
  job->months = months_between (a->start, a->end, a->current);
  job->bullets = g_ptr_array_new_with_free_func (g_free);

  return job;
}

/* The cells of a table row, or a title with its dates on the right, in
 * order as one heading. */
static char *
join_row (GPtrArray    *lines,
          const Anchor *a)
{
  g_autoptr (GPtrArray) cells = g_ptr_array_new ();

  for (guint k = a->first; k < a->body; k++)
    if (k != a->line)
      g_ptr_array_add (cells, ((Line *) g_ptr_array_index (lines, k))->text);
  if (*a->rest != '\0')
    g_ptr_array_add (cells, a->rest);
  g_ptr_array_add (cells, NULL);

  return g_strjoinv (" | ", (char **) cells->pdata);
}

/* One heading wrapped over two lines: "…(via Kodeverket" + "AS)". */
static void
join_wrapped_heading (GPtrArray *heads,
                      char     **joined)
{
  const char *first, *second;
  int         open_parens = 0;

  if (heads->len != 2)
    return;

  first = g_ptr_array_index (heads, 0);
  second = g_ptr_array_index (heads, 1);
  for (const char *p = first; *p != '\0'; p++)
    open_parens += *p == '(' ? 1 : *p == ')' ? -1
                                             : 0;
  if (open_parens > 0 || g_str_has_suffix (first, ",") || g_unichar_islower (g_utf8_get_char (second)))
    {
      gsize len = strlen (first);

      g_free (*joined);
      /* "(Heifer Replace-" + "ment Unit)" */
      if (len > 1 && first[len - 1] == '-' && g_unichar_isalpha (first[len - 2]) &&
          g_unichar_islower (g_utf8_get_char (second)))
        {
          g_autofree char *head = g_strndup (first, len - 1);
          *joined = g_strconcat (head, second, NULL);
        }
      else
        *joined = g_strconcat (first, " ", second, NULL);
      g_ptr_array_set_size (heads, 0);
      g_ptr_array_add (heads, *joined);
    }
}

/* How much @text reads as a job title, from the title index and the shape
 * of the line: an employer, a place, a sentence or a label reads less. */
static int
title_score (const char *full_text,
             gboolean    bold)
{
  g_autofree char *text = fp_normalize_drop_grade (full_text);
  g_autoptr (GPtrArray) tokens = fp_normalize_tokens (text);
  FpKb    *kb = fp_kb_get_default ();
  gsize    len = strlen (text);
  int      score = bold ? 1 : 0;
  gboolean title = FALSE, exact = FALSE;

  if (tokens->len == 0 || tokens->len > 10)
    return -10;

  {
    g_autofree char *key = fp_normalize_key (text);

    if (fp_kb_has_title_key (kb, key, tokens->len))
      score += 4, title = exact = TRUE;
    else
      /* A word of it is a title, or the head of one: "Senior Software
       * Developer" is a developer, "Helsefagarbeider natt" a
       * helsefagarbeider, "Lagermedarbeider" holds "medarbeider". */
      for (guint i = 0; i < tokens->len && !title; i++)
        {
          const char *word = g_ptr_array_index (tokens, i);

          for (gsize k = 0; k + 4 <= strlen (word) && !title; k++)
            if (fp_kb_has_title_key (kb, word + k, 1) || fp_kb_is_generic_title (kb, word + k))
              score += 2, title = TRUE;
        }
  }

  /* Capitalised words may be a title or a place; a state's code ("OR") is
   * a place. */
  /* "Primary School Teacher" is a title, though it names a school. */
  if (looks_like_employer (text) && !exact)
    score -= 3;
  else if (len == 2 && is_upper (text))
    score -= 2;
  if (strpbrk (text, "0123456789@") != NULL)
    score -= 2;
  if (len > 0 && (text[len - 1] == '.' || text[len - 1] == ':'))
    score -= 2;
  if (g_unichar_islower (g_utf8_get_char (text)))
    score -= 1;

  return score;
}

/* Whether the cells beside a date name only a place ("Lillestrøm"). */
static gboolean
row_is_place (const char *row)
{
  return looks_like_place (row) && title_score (row, FALSE) <= 0;
}

/* Up to two heading lines right above a row of dates, after the entry
 * before; added to @heads. Returns whether there were any. */
static gboolean
heading_above (GPtrArray    *lines,
               const Anchor *a,
               GPtrArray    *heads)
{
  guint first = a->first;

  while (first > a->after && a->first - first < 2 &&
         looks_like_entry_heading (g_ptr_array_index (lines, first - 1)))
    first--;
  for (guint k = first; k < a->first; k++)
    g_ptr_array_add (heads, ((Line *) g_ptr_array_index (lines, k))->text);

  return heads->len > 0;
}

/* A later, better reading of the place replaces an earlier one. */
static void
set_place (FpCvJob    *job,
           const char *place)
{
  char *old = job->place;

  job->place = g_strdup (place);
  g_free (old);
}

/* The lines that name the entry, around its dates; @body is moved past
 * those below them. Returns whether they stand above the dates. */
static gboolean
collect_heads (GPtrArray    *lines,
               const Anchor *a,
               guint         next,
               GPtrArray    *heads,
               char        **joined,
               guint        *body,
               FpCvJob      *job)
{
  gboolean above = a->first < a->line;

  *body = a->line + 1;
  if (a->row)
    {
      *joined = join_row (lines, a);
      *body = a->body;
      if (!row_is_place (*joined) || !heading_above (lines, a, heads))
        {
          g_ptr_array_add (heads, *joined);
          return FALSE;
        }
      /* The dates and the place side by side under the title (AltaCV). */
      set_place (job, *joined);
      join_wrapped_heading (heads, joined);
      return TRUE;
    }

  for (guint k = a->first; k < a->line; k++)
    g_ptr_array_add (heads, ((Line *) g_ptr_array_index (lines, k))->text);
  /* Employer, place and title on three lines: the place stands apart. */
  for (guint k = 0; heads->len == 3 && k < 2; k++)
    if (looks_like_place (g_ptr_array_index (heads, k)) && title_score (g_ptr_array_index (heads, k), FALSE) <= 0)
      {
        set_place (job, g_ptr_array_index (heads, k));
        g_ptr_array_remove_index (heads, k);
      }
  join_wrapped_heading (heads, joined);

  if (heads->len > 0)
    {
      /* "jan. 2019 – nå · Oslo": what follows the dates is the place. */
      if (*a->rest != '\0' && looks_like_place (a->rest))
        set_place (job, a->rest);
      else if (*a->rest != '\0' && heads->len == 1)
        g_ptr_array_add (heads, a->rest);
    }
  else if (*a->rest != '\0')
    g_ptr_array_add (heads, a->rest);
  else
    {
      /* Dates first (Europass): the heading follows. */
      while (*body < next && heads->len < 2 && looks_like_entry_heading (g_ptr_array_index (lines, *body)))
        g_ptr_array_add (heads, ((Line *) g_ptr_array_index (lines, (*body)++))->text);
    }

  return above;
}

/* The role as the CV names it, with its dates, for "Why this score". */
static char *
job_line (GPtrArray    *lines,
          const Anchor *a,
          GPtrArray    *heads)
{
  const char *dates = ((Line *) g_ptr_array_index (lines, a->line))->text;

  if (heads->len == 0)
    return g_strdup (dates);

  /* Dates under their heading go with it, as the CV writes them. */
  return g_strjoin (", ", (char *) g_ptr_array_index (heads, 0),
                    heads->len > 1 ? (char *) g_ptr_array_index (heads, 1) : (a->first < a->line ? dates : NULL),
                    heads->len > 1 && a->first < a->line ? dates : NULL, NULL);
}

/* LinkedIn puts the employer in bold once, with its roles under it: the
 * role is the plain line right above its dates, the employer the last bold
 * line before that. */
static void
read_linkedin_role (FpCvJob      *job,
                    GPtrArray    *lines,
                    const Anchor *a)
{
  const Line *role;

  if (a->line == 0 || ((Line *) g_ptr_array_index (lines, a->line - 1))->bold)
    return;

  role = g_ptr_array_index (lines, a->line - 1);
  for (guint k = a->line - 1; k-- > 0;)
    {
      const Line *l = g_ptr_array_index (lines, k);

      if (!l->bold)
        continue;
      g_free (job->title);
      job->title = g_strdup (role->text);
      g_free (job->employer);
      job->employer = g_strdup (l->text);
      g_free (job->line);
      job->line = g_strdup_printf ("%s, %s, %s", role->text, l->text,
                                   ((Line *) g_ptr_array_index (lines, a->line))->text);
      break;
    }
}

/* Among the parts of the heading ("Hollow Creek Dairy, Tillamook, OR, Herd
 * Manager"), the one that reads most as a title; the one the layout rules
 * chose has a point ahead. The title it replaces names the employer. */
static void
choose_title_in_heading (FpCvJob   *job,
                         GPtrArray *heads)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *better = NULL;
  int         best;
  char       *old;

  if (job->title == NULL)
    return;
  for (guint k = 0; k < heads->len; k++)
    g_ptr_array_extend_and_steal (parts, split_heading (g_ptr_array_index (heads, k)));

  best = title_score (job->title, FALSE) + 1;
  for (guint k = 0; k < parts->len; k++)
    {
      const char *part = g_ptr_array_index (parts, k);
      int         score = title_score (part, FALSE);

      if (score > best && !g_str_equal (part, job->title))
        {
          best = score;
          better = part;
        }
    }
  if (better == NULL)
    return;

  old = g_steal_pointer (&job->title);
  job->title = g_strdup (better);
  if (g_strcmp0 (job->employer, better) == 0 || job->employer == NULL || looks_like_place (job->employer))
    {
      g_free (job->employer);
      job->employer = old;
    }
  else
    g_free (old);
}

/* A line right under the dates that reads clearly as a title, where the
 * heading did not (NAV: "Employer | Place", then the title in bold). */
static void
choose_title_below (FpCvJob   *job,
                    GPtrArray *lines,
                    guint     *body,
                    guint      next)
{
  int              best = job->title != NULL ? title_score (job->title, FALSE) : -10;
  g_autofree char *better = NULL;
  g_autofree char *split_employer = NULL;
  guint            taken = 0;

  if (best >= 2)
    return;

  for (guint k = *body; k < MIN (next, *body + 2); k++)
    {
      const Line      *l = g_ptr_array_index (lines, k);
      g_autofree char *bold = l->bold_end > 0 ? g_strndup (l->text, l->bold_end) : NULL;
      int              score;

      if (l->bullet || count_words (l->text) > 8)
        break;
      /* A bold title and a regular employer on one line. */
      if (bold != NULL && title_score (g_strstrip (bold), TRUE) >= 2)
        {
          g_free (split_employer);
          split_employer = g_strdup (l->text + l->bold_end);
          g_strstrip (split_employer);
        }
      score = title_score (bold != NULL && split_employer != NULL ? bold : l->text, l->bold);
      if (score >= best + 3 && score >= 2)
        {
          best = score;
          g_free (better);
          better = g_strdup (bold != NULL && split_employer != NULL ? bold : l->text);
          taken = k + 1;
          break;
        }
      g_clear_pointer (&split_employer, g_free);
    }

  if (better == NULL)
    return;
  if (split_employer != NULL && job->employer == NULL)
    job->employer = g_steal_pointer (&split_employer);

  /* What stood as the title names the employer or the place. */
  if (job->title != NULL && job->employer == NULL && looks_like_employer (job->title))
    job->employer = g_steal_pointer (&job->title);
  else if (job->title != NULL && job->place == NULL && looks_like_place (job->title))
    job->place = g_steal_pointer (&job->title);
  g_free (job->title);
  job->title = g_steal_pointer (&better);

  /* The employer beside the title on its row. */
  if (taken < next && same_row (g_ptr_array_index (lines, taken), g_ptr_array_index (lines, taken - 1)))
    {
      if (job->employer == NULL)
        job->employer = g_strdup (((Line *) g_ptr_array_index (lines, taken))->text);
      taken++;
    }
  *body = taken;
}

/* What labels in the entry say outright ("Stilling: Tømrer", Europass's
 * "Occupation or position held") goes before what the layout suggests.
 * An employer's label may give the address after the name. */
static void
apply_labels (FpCvJob   *job,
              GPtrArray *lines,
              guint      first,
              guint      next)
{
  for (guint k = first; k < next; k++)
    {
      const Line *l = g_ptr_array_index (lines, k);

      if (l->label == FP_CV_LABEL_TITLE)
        {
          g_free (job->title);
          job->title = g_strdup (l->text);
        }
      else if (l->label == FP_CV_LABEL_EMPLOYER)
        {
          g_free (job->employer);
          job->employer = g_strndup (l->text, strcspn (l->text, ","));
        }
    }
}

/* One entry of the experience section: its dates, heading and bullets. */
static FpCvJob *
read_job (GPtrArray    *lines,
          const Anchor *a,
          guint         next,
          gboolean      linkedin)
{
  g_autoptr (GPtrArray) heads = g_ptr_array_new ();
  g_autofree char *joined = NULL;
  FpCvJob         *job = job_new (a);
  gboolean         above, open = FALSE;
  guint            body;

  above = collect_heads (lines, a, next, heads, &joined, &body, job);

  if (heads->len == 1)
    {
      g_autoptr (GPtrArray) one = g_ptr_array_new ();
      g_ptr_array_add (one, g_ptr_array_index (heads, 0));
      fill_title_employer (job, one, above);
    }
  else if (heads->len > 1)
    {
      g_autoptr (GPtrArray) head_lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);

      for (guint k = 0; k < heads->len; k++)
        {
          Line *l = g_new0 (Line, 1);
          l->text = g_strdup (g_ptr_array_index (heads, k));
          g_ptr_array_add (head_lines, l);
        }
      fill_title_employer (job, head_lines, above);
    }
  job->line = job_line (lines, a, heads);

  /* LinkedIn puts the place on its own line under the dates. */
  if (job->place == NULL && above && body < next &&
      looks_like_place (((Line *) g_ptr_array_index (lines, body))->text))
    job->place = g_strdup (((Line *) g_ptr_array_index (lines, body++))->text);

  /* The title as one scored decision over the heading's parts and the
   * lines under the dates. */
  if (linkedin)
    read_linkedin_role (job, lines, a);
  else
    {
      choose_title_in_heading (job, heads);
      choose_title_below (job, lines, &body, next);
    }

  apply_labels (job, lines, a->first, next);

  /* The line shown as evidence names the title that was chosen. */
  if (job->title != NULL && strstr (job->line, job->title) == NULL)
    {
      char *line = g_strconcat (job->title, ", ", job->line, NULL);

      g_free (job->line);
      job->line = line;
    }
  for (guint k = body; k < next; k++)
    if (((Line *) g_ptr_array_index (lines, k))->label != FP_CV_LABEL_TITLE &&
        ((Line *) g_ptr_array_index (lines, k))->label != FP_CV_LABEL_EMPLOYER)
      add_item (job->bullets, g_ptr_array_index (lines, k), &open);

  return job;
}

/* Entries with no dates at all: each a heading line with bullet points
 * under it ("Tømrer – Gudbrandsdal Byggservice AS"). */
static GArray *
find_undated_entries (GPtrArray *lines)
{
  GArray *anchors = g_array_new (FALSE, TRUE, sizeof (Anchor));

  g_array_set_clear_func (anchors, (GDestroyNotify) anchor_clear);
  for (guint i = 0; i + 1 < lines->len; i++)
    {
      const Line *line = g_ptr_array_index (lines, i);
      Anchor      a = { 0 };

      if (!looks_like_entry_heading (line) || !((Line *) g_ptr_array_index (lines, i + 1))->bullet)
        continue;
      a.line = a.first = i;
      a.body = a.after = i + 1;
      a.rest = g_strdup (line->text);
      g_array_append_val (anchors, a);
    }

  return anchors;
}

static void
parse_experience (FpCv      *self,
                  GPtrArray *lines,
                  gboolean   linkedin)
{
  g_autoptr (GArray) anchors = find_entries (lines, linkedin);

  if (anchors->len == 0)
    {
      g_array_unref (anchors);
      anchors = find_undated_entries (lines);
    }

  for (guint e = 0; e < anchors->len; e++)
    {
      const Anchor *a = &g_array_index (anchors, Anchor, e);
      guint         next = e + 1 < anchors->len ? g_array_index (anchors, Anchor, e + 1).first : lines->len;

      g_ptr_array_add (self->jobs, read_job (lines, a, next, linkedin));
    }
}

static gboolean
looks_like_degree (const char *text)
{
  return fp_regex_match ("\\b(bachelor|master|mastergrad|ph\\.?\\s?d|doktorgrad|bsc|msc|ba|ma|"
                         "mba|cand\\.|candidat|fagbrev|svennebrev|mesterbrev|videregående|"
                         "vgs|studiekompetanse|diploma|degree|grad|årsstudium|"
                         "certificate|sertifikat|fagskole|hons|gcse|a-levels?|"
                         "autorisasjon|lisens|grunnfag|mellomfag|hovedfag|adjunkt|lektor)\\b",
                         text, G_REGEX_CASELESS, 0);
}

static gboolean
looks_like_institution (const char *text)
{
  return fp_regex_match ("(universitet|university|høgskole|hogskole|college|school|skole|"
                         "ntnu|\\bbi\\b|uio|uib|uit|oslomet|nmbu|institute|institutt|akademi|"
                         "academy|fagskole|gymnas)",
                         text, G_REGEX_CASELESS, 0);
}

static void
parse_education (FpCv      *self,
                 GPtrArray *lines)
{
  g_autoptr (GArray) anchors = find_entries (lines, FALSE);

  for (guint e = 0; e < anchors->len; e++)
    {
      Anchor *a = &g_array_index (anchors, Anchor, e);
      guint   next = e + 1 < anchors->len ? g_array_index (anchors, Anchor, e + 1).first : lines->len;
      g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
      FpCvEducation *edu = g_new0 (FpCvEducation, 1);
      GString       *line = g_string_new (NULL);

      edu->start = a->start;
      edu->end = a->current ? (FpDate){ 0, 0 } : a->end;

      for (guint k = a->first; k < a->line; k++)
        g_ptr_array_extend_and_steal (parts, split_heading (((Line *) g_ptr_array_index (lines, k))->text));
      if (*a->rest != '\0')
        g_ptr_array_extend_and_steal (parts, split_heading (a->rest));
      if (parts->len == 0)
        for (guint k = a->line + 1; k < MIN (next, a->line + 3); k++)
          if (looks_like_entry_heading (g_ptr_array_index (lines, k)))
            g_ptr_array_extend_and_steal (parts, split_heading (((Line *) g_ptr_array_index (lines, k))->text));

      for (guint k = 0; k < parts->len; k++)
        {
          const char *part = g_ptr_array_index (parts, k);

          if (edu->institution == NULL && looks_like_institution (part) && !looks_like_degree (part))
            edu->institution = g_strdup (part);
          else if (edu->degree == NULL && looks_like_degree (part))
            edu->degree = g_strdup (part);
        }
      /* Nothing matched by words: the first part names the study. */
      if (edu->degree == NULL && edu->institution == NULL && parts->len > 0)
        edu->degree = g_strdup (g_ptr_array_index (parts, 0));
      else if (edu->degree == NULL && parts->len > 1 && edu->institution != NULL &&
               !g_str_equal (g_ptr_array_index (parts, 0), edu->institution))
        edu->degree = g_strdup (g_ptr_array_index (parts, 0));

      for (guint k = a->first; k <= a->line; k++)
        {
          if (line->len > 0)
            g_string_append (line, ", ");
          g_string_append (line, ((Line *) g_ptr_array_index (lines, k))->text);
        }
      edu->line = g_string_free (line, FALSE);

      if (edu->degree != NULL || edu->institution != NULL)
        g_ptr_array_add (self->education, edu);
      else
        fp_cv_education_free (edu);
    }
}

/* Skills and languages: items split at "·", ",", "|", ";" and bullets, but
 * not inside parentheses ("AWS (ECS, RDS, S3)" is one item). */
static void
parse_items (GPtrArray *out,
             GPtrArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = g_ptr_array_index (lines, i);
      const char *text = line->bullet ? strip_bullet (line->text) : line->text;
      GString    *item = g_string_new (NULL);
      int         depth = 0;

      for (const char *p = text;; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);
          gboolean split = c == 0 || (depth == 0 && (c == 0x00B7 || c == 0x2022 || c == '|' ||
                                                     c == ';' || (c == ',' && !g_ascii_isdigit (p[1]))));

          if (split)
            {
              g_strstrip (item->str);
              item->len = strlen (item->str);
              if (item->len > 0 && count_words (item->str) <= 8 &&
                  !g_ptr_array_find_with_equal_func (out, item->str, g_str_equal, NULL))
                g_ptr_array_add (out, g_strdup (item->str));
              g_string_truncate (item, 0);
              if (c == 0)
                break;
              continue;
            }

          depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1
                                                        : 0;
          g_string_append_unichar (item, c);
        }

      g_string_free (item, TRUE);
    }
}

/* The summary section, or else a paragraph before the first heading. */
static char *
find_summary (GPtrArray  *summary,
              GPtrArray  *header,
              const char *headline)
{
  gboolean   from_header = summary->len == 0;
  GPtrArray *source = from_header ? header : summary;
  GString   *out = g_string_new (NULL);

  for (guint i = 0; i < source->len; i++)
    {
      const Line *line = g_ptr_array_index (source, i);

      if (g_strcmp0 (line->text, headline) == 0 || (from_header && count_words (line->text) < 6))
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, line->text);
    }

  if (out->len == 0 || (from_header && count_words (out->str) < 12))
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

static FpCvLabel
label_key (const char *text)
{
  static GHashTable *keys, *first_words;
  g_autofree char   *key = NULL;

  if (count_words (text) > 7)
    return FP_CV_LABEL_NONE;

  if (g_once_init_enter (&keys))
    {
      GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      first_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
        {
          g_autoptr (GPtrArray) tokens = fp_normalize_tokens (labels[i].text);

          g_hash_table_insert (set, fp_normalize_key (labels[i].text), GINT_TO_POINTER (labels[i].label));
          g_hash_table_add (first_words, g_strdup (g_ptr_array_index (tokens, 0)));
        }
      g_once_init_leave (&keys, set);
    }

  /* Most lines are no label: their first word says so quickly. */
  {
    const char      *end = text;
    g_autofree char *first = NULL;
    g_autoptr (GPtrArray) tokens = NULL;

    while (*end != '\0' && *end != ' ' && *end != ':' && *end != '/')
      end++;
    first = g_strndup (text, (gsize) (end - text));
    tokens = fp_normalize_tokens (first);
    if (tokens->len == 0 || !g_hash_table_contains (first_words, g_ptr_array_index (tokens, 0)))
      return FP_CV_LABEL_NONE;
  }

  key = fp_normalize_key (text);
  return GPOINTER_TO_INT (g_hash_table_lookup (keys, key));
}

/* The label at the start of @text, "Stilling: Tømrer" or a label alone;
 * @value is set to where the value starts ("" when there is none). */
static FpCvLabel
label_of (const char  *text,
          const char **value)
{
  const char *colon = strchr (text, ':');
  FpCvLabel   label;

  if (colon != NULL)
    {
      g_autofree char *head = g_strndup (text, (gsize) (colon - text));

      if ((label = label_key (head)) != FP_CV_LABEL_NONE)
        {
          *value = colon + 1;
          while (**value == ' ')
            (*value)++;
          return label;
        }
    }

  *value = text + strlen (text);
  return label_key (text);
}

/* The value on a label's row: the next line to its right. */
static int
label_value (GPtrArray *lines,
             guint      at)
{
  const Line *label = g_ptr_array_index (lines, at);

  for (guint k = at + 1; k < MIN (lines->len, at + 3); k++)
    {
      const Line *l = g_ptr_array_index (lines, k);
      const char *value;

      if (l->page == label->page && ABS (l->y - label->y) < 0.6 * MAX (label->size, 1) && l->x > label->x &&
          label_of (l->text, &value) == FP_CV_LABEL_NONE)
        return (int) k;
    }

  return -1;
}

/* Reads the labels in front of values: "Stilling: Tømrer" keeps
 * "Tømrer"; a label in a column of its own (the classic Europass CV) is
 * dropped, and the value on its row marked with it. */
static void
read_labels (GPtrArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      Line       *line = g_ptr_array_index (lines, i);
      const char *value;
      FpCvLabel   label = label_of (line->text, &value);
      int         at;

      if (label == FP_CV_LABEL_NONE)
        continue;
      if (*value != '\0')
        {
          char *text = g_strdup (value);

          g_free (line->text);
          line->text = text;
          line->heading = 0;
          line->label = label;
        }
      else if (line->size > 0 && (at = label_value (lines, i)) >= 0)
        {
          ((Line *) g_ptr_array_index (lines, (guint) at))->label = label;
          g_ptr_array_remove_index (lines, i--);
        }
    }
}

/* How fully @text reads as a date range: 0 not at all, 1 a lone date or
 * one with words after it, 2 a whole range with nothing else. */
static int
range_quality (const char *text)
{
  FpDate           start, end;
  gboolean         current;
  g_autofree char *rest = NULL;

  if (!fp_date_range_parse (text, &start, &end, &current, &rest))
    return 0;
  if (*rest == '\0' && (current || end.year != start.year || end.month != start.month))
    return 2;
  return 1;
}

static gboolean
ends_with_dash (const char *text)
{
  return g_str_has_suffix (text, "-") || g_str_has_suffix (text, "–") || g_str_has_suffix (text, "—");
}

/* Whether @below stands in the same narrow column as @line: aligned with it
 * on the left or on the right. */
static gboolean
same_gutter (const Line *line,
             const Line *below)
{
  return below->column == line->column &&
         (ABS (below->x - line->x) < 2 || ABS (below->x + below->width - line->x - line->width) < 2);
}

/* A date in a narrow gutter that wraps ("Jun 2017 – Dec" over "2019",
 * "Juni 2022 -" over "August 2022", "Juni 2023" over "(Nåværende)"): the
 * line under it in the same column finishes it. */
static void
join_wrapped_dates (GPtrArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = g_ptr_array_index (lines, i);
      int   quality;

      /* "Juni 2022 -" reads as open, but may go on below. */
      if (line->size == 0 || count_words (line->text) > 6 || (quality = range_quality (line->text)) == 0 ||
          (quality == 2 && !ends_with_dash (line->text)))
        continue;

      for (guint k = i + 1; k < MIN (lines->len, i + 4); k++)
        {
          Line            *below = g_ptr_array_index (lines, k);
          g_autofree char *joined = NULL;

          if (below->page != line->page || below->y - line->y > 3 * line->size)
            break;
          if (below->y - line->y < 0.5 * line->size || !same_gutter (line, below) || count_words (below->text) > 3)
            continue;

          joined = g_strconcat (line->text, " ", below->text, NULL);
          if (range_quality (joined) == 2)
            {
              g_free (line->text);
              line->text = g_steal_pointer (&joined);
              line->heading = 0;
              g_ptr_array_remove_index (lines, k);
            }
          break;
        }
    }
}

/* The rest of a heading that wraps in a narrow column ("Fagbrev,
 * svennebrev" over "og mesterbrev"): a line under it in the same size and
 * place that goes on in lower case. Returns its index, or -1. */
static int
heading_wrap (GPtrArray *lines,
              guint      at)
{
  const Line *heading = g_ptr_array_index (lines, at);

  for (guint k = at + 1; k < MIN (lines->len, at + 3); k++)
    {
      const Line *l = g_ptr_array_index (lines, k);

      if (heading->size > 0 && l->page == heading->page && ABS (l->x - heading->x) < 2 &&
          ABS (l->size - heading->size) < 0.5 && l->y > heading->y && l->y - heading->y < 1.6 * heading->size &&
          g_unichar_islower (g_utf8_get_char (l->text)))
        return (int) k;
    }

  return -1;
}

/* The CV's format, decided once from its headings and words: LinkedIn's
 * export (a "Top Skills" heading), Europass, or any other. */
static const char *
decide_format (GPtrArray *lines)
{
  gboolean europass = FALSE;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = g_ptr_array_index (lines, i);

      if (heading_of (line) == SECTION_SKILLS)
        {
          g_autofree char *key = fp_normalize_key (line->text);

          if (g_str_equal (key, "topskills") || g_str_equal (key, "toppferdigheter"))
            return "linkedin";
        }
      europass |= strstr (line->text, "Europass") != NULL;
    }

  return europass ? "europass" : "generic";
}

static gboolean
could_be_name (const Line *line)
{
  return count_words (line->text) >= 1 && count_words (line->text) <= 5 &&
         strpbrk (line->text, "@0123456789:/") == NULL && line->label == FP_CV_LABEL_NONE &&
         heading_of (line) == N_SECTIONS;
}

/* The name: the largest short line on the first page, or in plain text a
 * short first line. Returns its index, or -1. */
static int
find_name (GPtrArray *lines)
{
  double top_size = 0;
  int    at = -1;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = g_ptr_array_index (lines, i);

      if (line->page > 0)
        break;
      if (line->size > top_size + 0.5 && could_be_name (line))
        {
          top_size = line->size;
          at = (int) i;
        }
    }

  if (at < 0 && lines->len > 0)
    {
      const Line *first = g_ptr_array_index (lines, 0);

      if (first->size == 0 && count_words (first->text) >= 2 && count_words (first->text) <= 4 && could_be_name (first))
        at = 0;
    }

  return at;
}

/* Reads the name at @at, which may wrap onto a second line. Returns the
 * index of its last line. */
static int
read_name (FpCv      *self,
           GPtrArray *lines,
           int        at)
{
  const Line *name = g_ptr_array_index (lines, (guint) at);
  const Line *next = (guint) at + 1 < lines->len ? g_ptr_array_index (lines, (guint) at + 1) : NULL;

  /* A name is larger than the text around it. */
  if (name->size <= 13 && name->size != 0 && lines->len >= 3)
    return at;

  if (next != NULL && name->size > 0 && ABS (next->size - name->size) < 0.5 && next->bold == name->bold &&
      count_words (name->text) + count_words (next->text) <= 4 && heading_of (next) == N_SECTIONS)
    {
      self->name = g_strconcat (name->text, " ", next->text, NULL);
      return at + 1;
    }

  self->name = g_strdup (name->text);
  return at;
}

/* The line under the name, when short, is the person's headline: not a
 * contact line or a label ("E-post:"). Returns its index, or -1. */
static int
read_headline (FpCv      *self,
               GPtrArray *lines,
               int        name_at)
{
  const Line *name = g_ptr_array_index (lines, (guint) name_at);
  const Line *next;

  if (self->name == NULL || (guint) name_at + 1 >= lines->len)
    return -1;

  next = g_ptr_array_index (lines, (guint) name_at + 1);
  if (heading_of (next) != N_SECTIONS || count_words (next->text) > 12 || strpbrk (next->text, "@") != NULL ||
      next->bullet || next->page != name->page || next->label != FP_CV_LABEL_NONE ||
      g_str_has_suffix (next->text, ":") || fp_regex_match ("\\+?\\d[\\d ]{6,}", next->text, 0, 0))
    return -1;

  self->headline = g_strdup (next->text);
  return name_at + 1;
}

/* What labels say of the person: the name (the classic Europass CV
 * writes it "Surname(s) / First name(s)"), and the work they seek, which
 * stands for a headline when there is none. */
static void
read_person_labels (FpCv      *self,
                    GPtrArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = g_ptr_array_index (lines, i);

      if (line->label == FP_CV_LABEL_NAME && count_words (line->text) <= 5)
        {
          g_free (self->name);
          self->name = g_strdup (line->text);
        }
      else if (line->label == FP_CV_LABEL_DESIRED && self->headline == NULL)
        self->headline = g_strdup (line->text);
    }
}

/* Sorts the lines into the sections their headings open; the lines in
 * @skip (name, headline) belong to none. */
static void
split_sections (GPtrArray  *lines,
                GPtrArray **sections,
                int         skip_from,
                int         skip_to,
                int         headline_at)
{
  Section current = SECTION_HEADER;
  int     wrapped_at = -1;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = g_ptr_array_index (lines, i);
      Section     heading = heading_of (line);

      /* A new column starts afresh: the sidebar's last section does not go
       * on into the main column. */
      if (i > 0 && line->column != ((Line *) g_ptr_array_index (lines, i - 1))->column &&
          line->page == ((Line *) g_ptr_array_index (lines, i - 1))->page)
        current = SECTION_HEADER;

      if (heading != N_SECTIONS)
        {
          current = heading;
          wrapped_at = heading_wrap (lines, i);
          continue;
        }
      if (((int) i >= skip_from && (int) i <= skip_to) || (int) i == headline_at || (int) i == wrapped_at ||
          is_section_noise (line->text))
        continue;
      g_ptr_array_add (sections[current], (gpointer) line);
    }
}

/* Certifications, one a line; a wrapped name, or a year under its
 * certification, joins the line above. */
static void
parse_certifications (FpCv      *self,
                      GPtrArray *lines)
{
  GPtrArray *certs = self->certifications;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = g_ptr_array_index (lines, i);
      const char *text = line->bullet ? strip_bullet (line->text) : line->text;
      const char *last = certs->len > 0 ? g_ptr_array_index (certs, certs->len - 1) : NULL;
      gsize       last_len = last != NULL ? strlen (last) : 0;

      if (*text == '\0')
        continue;

      if (last != NULL && !line->bullet &&
          (g_unichar_islower (g_utf8_get_char (text)) || text[0] == '(' || g_str_has_suffix (last, "–") ||
           g_str_has_suffix (last, "-") || g_str_has_suffix (last, ",") ||
           fp_regex_match ("^\\(?\\d{4}\\)?$", text, 0, 0) || (last_len > 0 && last[last_len - 1] == '(') ||
           (count_words (text) <= 3 && fp_regex_match ("\\(\\d{4}\\)$", text, 0, 0) &&
            !fp_regex_match ("\\d{4}", last, 0, 0))))
        {
          char *joined = g_strconcat (last, " ", text, NULL);

          g_free (certs->pdata[certs->len - 1]);
          certs->pdata[certs->len - 1] = joined;
          continue;
        }
      g_ptr_array_add (certs, g_strdup (text));
    }
}

void
fp_cv_parse_lines (FpCv      *self,
                   GPtrArray *lines)
{
  GPtrArray *sections[N_SECTIONS];
  int        name_first, name_last = -1, headline_at = -1;

  self->language = g_strdup (detect_language (lines));
  join_wrapped_dates (lines);
  read_labels (lines);
  self->format = g_strdup (decide_format (lines));

  name_first = find_name (lines);
  if (name_first >= 0)
    {
      name_last = read_name (self, lines, name_first);
      headline_at = read_headline (self, lines, name_last);
    }
  read_person_labels (self, lines);

  for (guint s = 0; s < N_SECTIONS; s++)
    sections[s] = g_ptr_array_new ();
  split_sections (lines, sections, name_first, name_last, headline_at);

  self->summary = find_summary (sections[SECTION_SUMMARY], sections[SECTION_HEADER], self->headline);
  parse_experience (self, sections[SECTION_EXPERIENCE], g_str_equal (self->format, "linkedin"));
  /* A CV with no experience heading may still list roles with dates. */
  if (self->jobs->len == 0 && sections[SECTION_HEADER]->len > 0)
    parse_experience (self, sections[SECTION_HEADER], FALSE);
  parse_education (self, sections[SECTION_EDUCATION]);
  parse_items (self->skills, sections[SECTION_SKILLS]);
  parse_items (self->languages, sections[SECTION_LANGUAGES]);
  parse_certifications (self, sections[SECTION_CERTIFICATIONS]);

  for (guint s = 0; s < N_SECTIONS; s++)
    g_ptr_array_unref (sections[s]);
}

/* LaTeX's small capitals come out as a larger first letter, and the PDF's
 * text puts a space after it: "E XPERIENCE", "J ESSE VAN O ORT". In a line
 * of capitals, a capital alone before a word of capitals starts that word. */
static void
join_small_capitals (char *text)
{
  char *out = text;

  if (!is_upper (text))
    return;

  for (const char *p = text; *p != '\0';)
    {
      const char *next = g_utf8_next_char (p);
      gboolean    starts = p == text || p[-1] == ' ';

      if (starts && g_unichar_isupper (g_utf8_get_char (p)) && next[0] == ' ' &&
          g_unichar_isupper (g_utf8_get_char (next + 1)) && g_unichar_isupper (g_utf8_get_char (g_utf8_next_char (next + 1))))
        {
          memmove (out, p, (gsize) (next - p));
          out += next - p;
          p = next + 1;
          continue;
        }
      memmove (out, p, (gsize) (next - p));
      out += next - p;
      p = next;
    }
  *out = '\0';
}

static Line *
make_line (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString         *clean = g_string_new (NULL);
  Line            *line;

  /* Control characters and odd spaces become plain spaces. */
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || g_unichar_isspace (c) || c == 0x200B || c == 0xFEFF)
        {
          if (clean->len > 0 && clean->str[clean->len - 1] != ' ')
            g_string_append_c (clean, ' ');
        }
      /* Icon fonts (a map pin, a phone) use the private use area. */
      else if (g_unichar_type (c) != G_UNICODE_FORMAT && g_unichar_type (c) != G_UNICODE_PRIVATE_USE)
        g_string_append_unichar (clean, c);
    }

  line = g_new0 (Line, 1);
  line->text = g_strstrip (g_string_free (clean, FALSE));
  join_small_capitals (line->text);
  line->bullet = strip_bullet (line->text) != NULL;
  return line;
}

/* A line's text without its digits, and where it stands on the page: the
 * same on two pages is a running header or footer ("Curriculum Vitae –
 * Kari Nordmann – januar 2025", "Side 2 av 4"). */
static char *
running_key (const FpTextLine *line)
{
  GString *key = g_string_new (NULL);

  g_string_printf (key, "%d:", (int) (line->y / 3));
  for (const char *p = line->text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      g_string_append_c (key, *p);

  return g_string_free (key, FALSE);
}

static GHashTable *
find_running_lines (FpPdfText *text)
{
  g_autoptr (GHashTable) first_page = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTable *running = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < fp_pdf_text_get_n_lines (text); i++)
    {
      const FpTextLine *line = fp_pdf_text_get_line (text, i);
      char             *key = running_key (line);
      gpointer          page;

      if (g_hash_table_lookup_extended (first_page, key, NULL, &page) && GPOINTER_TO_UINT (page) != line->page + 1)
        g_hash_table_add (running, key);
      else if (page == NULL)
        g_hash_table_insert (first_page, key, GUINT_TO_POINTER (line->page + 1));
      else
        g_free (key);
    }

  return running;
}

GPtrArray *
fp_cv_lines_from_pdf_text (FpPdfText *text)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  g_autoptr (GHashTable) running = find_running_lines (text);

  for (guint i = 0; i < fp_pdf_text_get_n_lines (text); i++)
    {
      const FpTextLine *src = fp_pdf_text_get_line (text, i);
      Line             *line = make_line (src->text);
      g_autofree char  *key = running_key (src);

      if (*line->text == '\0' || is_noise (line->text) || g_hash_table_contains (running, key))
        {
          line_free (line);
          continue;
        }
      line->size = src->font_size;
      line->bold = src->bold || (is_upper (line->text) && count_words (line->text) <= 4);
      line->x = src->x;
      line->y = src->y;
      line->width = src->width;
      if (src->bold_end > 0)
        {
          g_autofree char *head = g_strndup (src->text, src->bold_end);
          g_autoptr (FpCvLine) bold = make_line (head);

          if (g_str_has_prefix (line->text, bold->text))
            line->bold_end = strlen (bold->text);
        }
      line->page = src->page;
      line->column = src->column;
      g_ptr_array_add (lines, line);
    }

  return lines;
}

GPtrArray *
fp_cv_lines_from_text (const char *text)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  g_auto (GStrv) split = g_strsplit (text, "\n", -1);

  for (guint i = 0; split[i] != NULL; i++)
    {
      Line *line = make_line (split[i]);

      if (*line->text == '\0' || is_noise (line->text))
        {
          line_free (line);
          continue;
        }
      /* No layout: size 0 says so to the parser. */
      line->bold = is_upper (line->text) && count_words (line->text) <= 4;
      g_ptr_array_add (lines, line);
    }

  return lines;
}
