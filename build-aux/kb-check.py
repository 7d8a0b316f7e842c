#!/usr/bin/env python3
"""Checks the occupation knowledge base in data/kb (stdlib only).

usage: kb-check.py [--ilo DIR] [KB_DIR]

KB_DIR defaults to data/kb. It checks:
  * generated/units.json: every ILO-scored unit group present (427, or exactly the set in
    DIR/ilo2025_occupations.csv with --ilo), figures 0..1 (ILO and observed use), known
    gradients, unique task ids,
    both titles, STYRK-08 codes, and an English and Norwegian title for every parent group;
  * generated/titles.json: shape, languages, sources, codes that exist in units.json, no
    duplicate (normalised title, code) records;
  * titles-own.json: shape, codes that exist, at least 200 titles, both languages;
  * title-rules.json: the precedence, overrides with a reason and an existing code;
  * that no normalised title points at several codes without being resolved by an override,
    the source precedence or (within ESCO only) the documented tie-break;
  * text/*.json: every unit group has texts of its own (no stand-ins from its minor group), with
    the name for one person in both languages that is not the group's plural name;
  * with --ilo DIR: the figures equal the ILO file's, and no task line in text/*.json repeats
    eight or more consecutive words of an ILO task statement.

Exits 1 and lists the problems if there are any. The title normalisation and the conflict
resolution live here; build-aux/kb-generate.py imports them so both agree.
"""
import argparse
import collections
import csv
import glob
import importlib.util
import json
import os
import re
import sys
import unicodedata

SOURCES = ("own", "styrk", "esco", "isco", "esco_alt")
GENERATED_SOURCES = ("styrk", "esco", "isco", "esco_alt")
GRADIENTS = ("not_exposed", "minimal", "exposed_1", "exposed_2", "exposed_3", "exposed_4")
GRADIENTS_2023 = ("not_affected", "augmentation_potential", "big_unknown", "automation_potential")
EXPECTED_UNITS = 427          # ISCO-08 unit groups with an ILO 2025 score
MIN_OWN_TITLES = 200
# English singular names that end in s like a plural.
PLURAL_ALIKE = {"goods", "grounds", "works", "aids", "analysis", "systems", "sales", "arts", "services", "operations",
                "logistics", "relations", "means", "premises", "affairs", "savings"}

# Letters that Unicode decomposition does not fold. Kept in title-rules.json too, for the C side.
FOLD = {"æ": "ae", "ø": "o", "ß": "ss", "œ": "oe", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ı": "i"}


def norm(title):
    """The normalised form of a title: lower case, diacritics folded (å→a, ø→o, æ→ae, é→e),
    and everything that is not a letter or a digit removed (spaces, hyphens, punctuation)."""
    s = title.lower()
    s = "".join(FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isalnum() and not unicodedata.combining(c))


def build_index(own, rows):
    """Normalised title → list of (code, source, position), own titles first, then titles.json
    rows in file order. Position is the order used by the tie-break."""
    index = collections.defaultdict(list)
    pos = 0
    for t in own:
        index[norm(t["title"])].append((t["isco08"], "own", pos))
        pos += 1
    for r in rows:
        index[norm(r[0])].append((r[2], r[3], pos))
        pos += 1
    return index


def resolve(cands, overrides, tie_sources=("esco", "esco_alt")):
    """Returns (first code, how) for one normalised title's candidates, how being one of
    'single', 'override', 'precedence', 'tie_break'; or (None, 'unresolved')."""
    codes = {c for c, _, _ in cands}
    if len(codes) == 1:
        return next(iter(codes)), "single"
    if overrides is not None and overrides:
        return overrides, "override"
    best = {}
    for code, src, pos in cands:
        key = (SOURCES.index(src), pos)
        if code not in best or key < best[code]:
            best[code] = key
    top = min(k[0] for k in best.values())
    tied = sorted((k[1], c) for c, k in best.items() if k[0] == top)
    if len(tied) == 1:
        return tied[0][1], "precedence"
    if SOURCES[top] in tie_sources:
        return tied[0][1], "tie_break"
    return None, "unresolved"


def resolution_stats(index, overrides, tie_sources):
    """Counts how the conflicting titles are resolved; returns (Counter, unresolved list)."""
    how = collections.Counter()
    unresolved = []
    for key, cands in index.items():
        if len({c for c, _, _ in cands}) < 2:
            continue
        code, h = resolve(cands, overrides.get(key), tie_sources)
        how[h] += 1
        if code is None:
            unresolved.append((key, sorted({(c, s) for c, s, _ in cands})))
    return how, unresolved


def load_rules(path):
    rules = json.load(open(path, encoding="utf-8"))
    overrides = {norm(o["title"]): o["isco08"] for o in rules.get("overrides", [])}
    return rules, overrides


class Checker:
    def __init__(self):
        self.problems = []

    def err(self, where, msg):
        self.problems.append(f"{where}: {msg}")

    def num(self, where, v, allow_none=False):
        if v is None and allow_none:
            return
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not 0 <= v <= 1:
            self.err(where, f"figure {v!r} is not a number in 0..1")

    def text(self, where, v):
        if not isinstance(v, str) or not v.strip() or v != v.strip():
            self.err(where, f"missing or badly spaced text {v!r}")

    def units(self, path, ilo):
        try:
            d = json.load(open(path, encoding="utf-8"))
        except (OSError, ValueError) as e:
            self.err(path, f"cannot be read: {e}")
            return {}
        units = {}
        for i, u in enumerate(d.get("units", [])):
            code = u.get("isco08")
            where = f"units.json:{code or i}"
            if not isinstance(code, str) or not re.fullmatch(r"[1-9]\d{3}", code):
                self.err(where, "bad ISCO-08 unit code")
                continue
            if code in units:
                self.err(where, "unit listed twice")
            units[code] = u
            self.text(where + "/title_en", u.get("title_en"))
            self.text(where + "/title_nb", u.get("title_nb"))
            for s in u.get("styrk08", []):
                if not re.fullmatch(r"\d{4}", str(s.get("code"))):
                    self.err(where, f"bad STYRK-08 code {s.get('code')!r}")
                self.text(where + "/styrk08/title_nb", s.get("title_nb"))
            ilo_ = u.get("ilo") or {}
            for k in ("mean", "sd", "mean_2023", "sd_2023"):
                self.num(f"{where}/ilo/{k}", ilo_.get(k))
            if ilo_.get("gradient") not in GRADIENTS:
                self.err(where, f"gradient {ilo_.get('gradient')!r} not one of {GRADIENTS}")
            if ilo_.get("gradient_2023") not in GRADIENTS_2023:
                self.err(where, f"gradient_2023 {ilo_.get('gradient_2023')!r} not one of {GRADIENTS_2023}")
            observed = u.get("observed") or {}
            self.num(f"{where}/observed/ai_applicability", observed.get("ai_applicability"))
            if not isinstance(observed.get("percentile"), int) or not 0 <= observed["percentile"] <= 100:
                self.err(where, f"observed percentile {observed.get('percentile')!r} is not 0..100")
            if not isinstance(observed.get("on_ilo_scale"), (int, float)):
                self.err(where, "observed on_ilo_scale missing")
            if "from_group" in observed and observed["from_group"] != code[:3]:
                self.err(where, f"observed from_group {observed['from_group']!r} is not the unit's minor group")
            tasks = u.get("tasks") or []
            if not tasks:
                self.err(where, "no tasks")
            ids = [t.get("id") for t in tasks]
            if len(ids) != len(set(ids)) or not all(isinstance(x, int) and x > 0 for x in ids):
                self.err(where, f"task ids not unique positive integers: {ids}")
            for t in tasks:
                self.num(f"{where}/tasks/{t.get('id')}/score", t.get("score"))
                self.num(f"{where}/tasks/{t.get('id')}/score_2023", t.get("score_2023"), allow_none=True)
                if set(t) - {"id", "score", "score_2023"}:
                    self.err(where, f"task {t.get('id')} carries more than id and scores: {sorted(t)}")
        if ilo is None:
            if len(units) != EXPECTED_UNITS:
                self.err("units.json", f"{len(units)} units, expected {EXPECTED_UNITS} (every ILO-scored unit group)")
        else:
            occ, tasks = ilo
            for code in sorted(set(occ) - set(units)):
                self.err("units.json", f"ILO-scored unit {code} missing")
            for code in sorted(set(units) - set(occ)):
                self.err("units.json", f"unit {code} has no ILO score")
            for code in sorted(set(occ) & set(units)):
                u, r = units[code], occ[code]
                if abs(u["ilo"]["mean"] - float(r["mean_score_2025"])) > 1e-9 or abs(u["ilo"]["sd"] - float(r["sd_2025"])) > 1e-9:
                    self.err(f"units.json:{code}", "mean/sd differ from the ILO file")
                mine = {t["id"]: t["score"] for t in u.get("tasks", [])}
                theirs = {i: float(t["score_2025"]) for i, t in tasks[code].items()}
                if mine.keys() != theirs.keys() or any(abs(mine[i] - theirs[i]) > 1e-9 for i in mine):
                    self.err(f"units.json:{code}", "task ids or scores differ from the ILO file")
        groups = {g.get("code"): g for g in d.get("groups", [])}
        for code, g in groups.items():
            self.text(f"units.json:groups/{code}/title_en", g.get("title_en"))
            self.text(f"units.json:groups/{code}/title_nb", g.get("title_nb"))
        for code in units:
            for p in (code[:1], code[:2], code[:3]):
                if p not in groups:
                    self.err(f"units.json:{code}", f"parent group {p} missing from groups")
        return units

    def own(self, path, units):
        try:
            own = json.load(open(path, encoding="utf-8"))
        except (OSError, ValueError) as e:
            self.err(path, f"cannot be read: {e}")
            return []
        if not isinstance(own, list):
            self.err("titles-own.json", "must be a list")
            return []
        seen = set()
        langs = collections.Counter()
        good = []
        for i, t in enumerate(own):
            where = f"titles-own.json[{i}] {t.get('title')!r}"
            if set(t) != {"title", "lang", "isco08", "note"}:
                self.err(where, "needs exactly title, lang, isco08, note")
                continue
            self.text(where + "/title", t["title"])
            self.text(where + "/note", t["note"])
            if t["lang"] not in ("en", "nb"):
                self.err(where, f"lang {t['lang']!r} not en or nb")
            if t["isco08"] not in units:
                self.err(where, f"code {t['isco08']} not in units.json")
            key = (norm(t["title"]), t["isco08"])
            if key in seen:
                self.err(where, "duplicate of an earlier own title (same normalised title and code)")
            seen.add(key)
            langs[t["lang"]] += 1
            good.append(t)
        if len(own) < MIN_OWN_TITLES:
            self.err("titles-own.json", f"{len(own)} titles, need at least {MIN_OWN_TITLES}")
        for lang in ("en", "nb"):
            if langs[lang] < MIN_OWN_TITLES // 4:
                self.err("titles-own.json", f"only {langs[lang]} titles in {lang}")
        return good

    def titles(self, path, units):
        try:
            d = json.load(open(path, encoding="utf-8"))
        except (OSError, ValueError) as e:
            self.err(path, f"cannot be read: {e}")
            return []
        if d.get("columns") != ["title", "lang", "isco08", "source"]:
            self.err("titles.json", f"columns {d.get('columns')!r}")
        seen = set()
        rows = []
        for i, r in enumerate(d.get("rows", [])):
            where = f"titles.json row {i} {r!r}"
            if not isinstance(r, list) or len(r) != 4 or not all(isinstance(x, str) for x in r):
                self.err(where, "row must be four strings")
                continue
            title, lang, code, src = r
            if not title.strip() or title != title.strip() or not norm(title):
                self.err(where, "empty or badly spaced title")
            if lang not in ("en", "nb"):
                self.err(where, f"lang {lang!r}")
            if src not in GENERATED_SOURCES:
                self.err(where, f"source {src!r} not one of {GENERATED_SOURCES}")
            if code not in units:
                self.err(where, f"code {code} not in units.json")
            key = (norm(title), code)
            if key in seen:
                self.err(where, "duplicate (normalised title, code)")
            seen.add(key)
            rows.append(r)
        return rows

    def rules(self, path, units, index):
        try:
            rules, overrides = load_rules(path)
        except (OSError, ValueError, KeyError, TypeError) as e:
            self.err(path, f"cannot be read: {e}")
            return None, {}
        if tuple(rules.get("precedence", ())) != SOURCES:
            self.err("title-rules.json", f"precedence must be {list(SOURCES)}")
        tie = tuple(rules.get("tie_break", {}).get("sources", ()))
        if not set(tie) <= {"esco", "esco_alt"}:
            self.err("title-rules.json", "the tie-break may only settle ties between ESCO labels")
        fold = rules.get("normalise", {}).get("fold", {})
        if fold != FOLD:
            self.err("title-rules.json", "normalise/fold differs from the checker's FOLD table")
        keys = set()
        for o in rules.get("overrides", []):
            where = f"title-rules.json override {o.get('title')!r}"
            if set(o) != {"title", "isco08", "why"}:
                self.err(where, "needs exactly title, isco08, why")
                continue
            self.text(where + "/why", o["why"])
            if o["isco08"] not in units:
                self.err(where, f"code {o['isco08']} not in units.json")
            k = norm(o["title"])
            if k in keys:
                self.err(where, "overridden twice")
            keys.add(k)
            if k not in index:
                self.err(where, "no title record has this normalised title")
            elif o["isco08"] not in {c for c, _, _ in index[k]}:
                self.err(where, f"code {o['isco08']} is not among the title's codes")
        return tie, overrides

    def text_files(self, kb):
        """Each text file's name and JSON; one that cannot be read is a problem."""
        for f in sorted(glob.glob(os.path.join(kb, "text", "*.json"))):
            try:
                yield f, json.load(open(f, encoding="utf-8"))
            except (OSError, ValueError) as e:
                self.err(f, f"cannot be read: {e}")

    def own_texts(self, kb, units):
        """Every unit its own texts, and a singular name for the person doing the work (a Norwegian
    name ending in -ere/-ene/-ane or an English one in -s is a group's plural)."""
        texts = {}
        for f, d in self.text_files(kb):
            if d.get("minor"):
                self.err(os.path.basename(f), "minor-group texts: every unit group has texts of its own")
            for code, e in d.get("units", {}).items():
                if code in texts:
                    self.err(os.path.basename(f), f"unit {code} has texts in two files")
                texts[code] = e
        for code, u in sorted(units.items()):
            e = texts.get(code)
            if e is None:
                self.err(f"text:{code}", "no texts of its own")
                continue
            person = e.get("person") or {}
            for lang in ("en", "nb"):
                name = person.get(lang, "")
                last = name.split()[-1] if name.split() else ""
                plural = (lang == "nb" and re.search(r"(ere|ene|ane)$", last)) or \
                    (lang == "en" and re.search(r"[^s]s$", last) and last not in PLURAL_ALIKE)
                if not name or plural:
                    self.err(f"text:{code}/person/{lang}", f"{name!r} is not a name for one person")

    def text_overlap(self, kb, ilo_tasks):
        here = os.path.dirname(os.path.abspath(__file__))
        spec = importlib.util.spec_from_file_location("kb_text_lint", os.path.join(here, "kb-text-lint.py"))
        lint = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(lint)
        for f, d in self.text_files(kb):
            for code, e in d.get("units", {}).items():
                for t in e.get("tasks", []):
                    statement = ilo_tasks.get(code, {}).get(t.get("ilo"), "")
                    sw = lint.words(statement)
                    for lang in ("en", "nb"):
                        mine = lint.words((t.get("text") or {}).get(lang, ""))
                        mg = {tuple(mine[i:i + 8]) for i in range(len(mine) - 7)}
                        if any(tuple(sw[i:i + 8]) in mg for i in range(len(sw) - 7)):
                            self.err(f"{os.path.basename(f)}:units/{code}",
                                     f"task line repeats 8+ words of an ILO statement: {t['text'][lang]}")


def load_ilo(d):
    occ = {r["isco08"]: r for r in csv.DictReader(open(os.path.join(d, "ilo2025_occupations.csv"), encoding="utf-8"))}
    tasks = collections.defaultdict(dict)
    for r in csv.DictReader(open(os.path.join(d, "ilo2025_tasks.csv"), encoding="utf-8")):
        tasks[r["isco08"]][int(r["task_id"])] = r
    return occ, tasks


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("kb", nargs="?", default="data/kb")
    ap.add_argument("--ilo", help="directory with ilo2025_occupations.csv and ilo2025_tasks.csv")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the tie-broken titles")
    a = ap.parse_args()
    ck = Checker()
    ilo = load_ilo(a.ilo) if a.ilo else None
    units = ck.units(os.path.join(a.kb, "generated", "units.json"), ilo)
    rows = ck.titles(os.path.join(a.kb, "generated", "titles.json"), units)
    own = ck.own(os.path.join(a.kb, "titles-own.json"), units)
    index = build_index(own, rows)
    tie, overrides = ck.rules(os.path.join(a.kb, "title-rules.json"), units, index)
    if tie is not None:
        how, unresolved = resolution_stats(index, overrides, tie)
        for key, cands in unresolved:
            ck.err(f"title {key!r}", f"points at several codes {cands} and neither an override nor the precedence decides")
        print(f"{sum(how.values())} conflicting titles: " + ", ".join(f"{n} by {h}" for h, n in sorted(how.items())))
        if a.verbose:
            for key, cands in sorted(index.items()):
                if len({c for c, _, _ in cands}) > 1 and resolve(cands, overrides.get(key), tie)[1] == "tie_break":
                    print("  tie-break:", key, sorted({(c, s) for c, s, _ in cands}))
    ck.own_texts(a.kb, units)
    if ilo is not None:
        ck.text_overlap(a.kb, {u: {i: r["task_en"] for i, r in ts.items()} for u, ts in ilo[1].items()})
    print(f"{len(units)} units, {len(rows)} source titles, {len(own)} own titles")
    for p in ck.problems[:300]:
        print(p)
    if len(ck.problems) > 300:
        print(f"… and {len(ck.problems) - 300} more")
    print(f"{len(ck.problems)} problems")
    return 1 if ck.problems else 0


if __name__ == "__main__":
    sys.exit(main())
