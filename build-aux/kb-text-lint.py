#!/usr/bin/env python3
"""Checks the authored occupation texts in data/kb/text/*.json.

usage: kb-text-lint.py [--ilo DIR] FILE.json [FILE.json ...]

Checks the shape of every unit group's entry, that both languages are present and within
length, that its task lines cover exactly its ILO task ids (from data/kb/generated/units.json),
that the person is named in the singular, that Norwegian text carries no English words, that
no automated task is called the lasting human part, that no sentence is shared by several
occupations, and (when the ILO data is at hand, by default ../shared/data/exposure) that no task
line repeats eight or more consecutive words of an ILO task statement.
"""
import argparse, collections, csv, json, os, re, sys

AUTOMATED = 0.55   # FP_AUTOMATED_FROM in src/core/fp-assessor.h
FACTORS = {"screen", "hands_on", "care", "outdoors", "regulated", "creative", "management", "customer"}
ENGLISH = re.compile(r"\b(the|and|with|your|of|to|is|you|for|that)\b")
LANGS = ("en", "nb")
errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def pair(where, obj, maxlen=None, minlen=3, same_ok=False):
    if not isinstance(obj, dict) or set(obj) != set(LANGS):
        err(where, "must be an object with exactly the keys en and nb")
        return
    for lang in LANGS:
        s = obj[lang]
        if not isinstance(s, str) or len(s.strip()) < minlen:
            err(where, f"{lang} text missing or too short")
            continue
        if s != s.strip() or "  " in s:
            err(where, f"{lang}: stray white space")
        if maxlen and len(s) > maxlen:
            err(where, f"{lang} longer than {maxlen} characters ({len(s)})")
        if "..." in s:
            err(where, f"{lang}: use … not ...")
    if obj.get("en") and obj.get("en") == obj.get("nb") and not same_ok:
        err(where, "en and nb are the same")
    nb = obj.get("nb", "")
    if isinstance(nb, str):
        hits = ENGLISH.findall(nb.lower())
        if hits:
            err(where, f"nb has English-looking words {sorted(set(hits))} (avoid them, also 'to' and 'is')")
        if re.search(r"\bAI\b", nb):
            err(where, "nb must say KI, not AI")


def words(s):
    return re.findall(r"[a-zæøå0-9]+", s.lower())


def check_person(where, person):
    """The name for one person doing the work, used inside a sentence: singular, lower case
    unless a word is a name or an acronym, one short phrase."""
    # "journalist" is one in both languages.
    pair(where, person, 60, 3, same_ok=True)
    if not isinstance(person, dict):
        return
    for lang, s in person.items():
        if not isinstance(s, str):
            continue
        if s[:1].isupper() and not s[:2].isupper():
            err(where, f"{lang}: starts with a capital letter ({s})")
        if re.search(r"[/;,()]", s):
            err(where, f"{lang}: one plain phrase, no lists or brackets ({s})")


def plural_s(word):
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def phrase_in(phrase, text):
    """Whether a keyword phrase stands in a text, word for word (a plural s aside)."""
    want = [plural_s(w) for w in words(phrase)]
    have = [plural_s(w) for w in words(text)]
    return bool(want) and any(have[i:i + len(want)] == want for i in range(len(have) - len(want) + 1))


# A plan step that calls its subject the growing, lasting human part of the work.
GROWING = re.compile(r"\b(more valuable|grows? in value|growing part|in demand|scarce|hard to replace|"
                     r"cannot (?:be )?(?:automate|replace|do)|no (?:tool|machine|AI) (?:can|replaces))", re.I)


def check_automated_not_core(where, e, scores):
    """A task the ILO scores as automated (>= 0.55) is not what the edge, or a plan step that
    says its subject grows in value, calls the person's lasting strength: neither may name it
    by one of its keyword phrases (two words or more, or one long word)."""
    for lang in LANGS:
        core = [("the edge", (e.get("edge") or {}).get(lang, ""))]
        for i, p in enumerate(e.get("plan") or []):
            if GROWING.search((p.get("text") or {}).get("en", "")):
                core.append((f"plan step {i + 1}", (p.get("title") or {}).get(lang, "") + " " + (p.get("text") or {}).get(lang, "")))
        for t in e.get("tasks", []):
            if scores.get(t.get("ilo"), 0) < AUTOMATED:
                continue
            for kw in (t.get("keywords") or {}).get(lang, []):
                for what, text in core:
                    if (len(words(kw)) >= 2 or len(kw) >= 9) and phrase_in(kw, text):
                        err(where, f"{lang}: {what} names “{kw}” as lasting, the keyword of a task marked automated "
                                   f"(ILO {scores[t['ilo']]:.2f}): reword it, or say in the task's reason why the score overstates it")


def check_entry(where, e, ilo_ids):
    keys = {"tasks", "narrative", "context", "plan", "edge"}
    if set(e) - keys - {"note", "person", "styrk"}:
        err(where, f"unknown keys {sorted(set(e) - keys - {'note', 'person', 'styrk'})}")
    for k in keys:
        if k not in e:
            err(where, f"missing {k}")
    check_person(where + "/person", e.get("person"))
    # A STYRK-08 occupation finer than the unit (vernepleier in 2221) may have texts of its
    # own: a whole entry, over the same ILO tasks.
    for styrk, variant in (e.get("styrk") or {}).items():
        if not re.fullmatch(r"\d{4}", styrk) or "styrk" in variant:
            err(where, f"styrk/{styrk}: a unit group's variant for a four-digit STYRK-08 code, not nested")
            continue
        check_entry(f"{where}/styrk/{styrk}", variant, ilo_ids)
    tasks = e.get("tasks", [])
    if not isinstance(tasks, list) or len(tasks) < 4:
        err(where, "needs at least 4 task lines (a unit with fewer ILO tasks tells one of them as two lines)")
        tasks = []
    if ilo_ids is not None:
        lines = collections.Counter(t.get("ilo") for t in tasks)
        if any(n > 1 for n in lines.values()) and len(ilo_ids) >= 4:
            err(where, "an ILO task is told as several lines, but the unit has four or more")
        if any(n > 2 for n in lines.values()):
            err(where, "an ILO task is told as more than two lines")
    seen = set()
    for i, t in enumerate(tasks):
        tw = f"{where}/tasks[{i}]"
        seen.add(t.get("ilo"))
        pair(tw + "/text", t.get("text"), 90)
        pair(tw + "/reason", t.get("reason"), 130)
        kw = t.get("keywords", {})
        if not isinstance(kw, dict) or not kw.get("en") or not kw.get("nb"):
            err(tw, "keywords needs en and nb lists")
    if ilo_ids is not None and seen != ilo_ids:
        err(where, f"task ilo ids {sorted(x for x in seen if x is not None)} must be exactly the ILO ids {sorted(ilo_ids)}")
    nar = e.get("narrative", {})
    if not isinstance(nar, dict) or set(nar) != {"exposure", "shift", "who"}:
        err(where, "narrative must have exposure, shift and who")
    else:
        for k, v in nar.items():
            pair(f"{where}/narrative/{k}", v, 400, 30)
    ctx = e.get("context", {})
    if not isinstance(ctx, dict) or not 1 <= len(ctx) <= 4 or set(ctx) - FACTORS:
        err(where, f"context needs 1-4 factors from {sorted(FACTORS)}")
    else:
        for k, v in ctx.items():
            pair(f"{where}/context/{k}", v, 400, 30)
    plan = e.get("plan", [])
    if not isinstance(plan, list) or len(plan) != 4:
        err(where, "plan needs exactly 4 steps")
    else:
        for i, p in enumerate(plan):
            pair(f"{where}/plan[{i}]/title", p.get("title"), 110)
            pair(f"{where}/plan[{i}]/text", p.get("text"), 220)
    pair(where + "/edge", e.get("edge"), 300, 30)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ilo", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "exposure"))
    ap.add_argument("--units", default=os.path.join(os.path.dirname(__file__), "..", "data", "kb", "generated", "units.json"),
                    help="the generated units, for the task scores (in the repository)")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    scores = {u["isco08"]: {t["id"]: t["score"] for t in u["tasks"]}
              for u in json.load(open(a.units, encoding="utf-8"))["units"]}
    ilo_tasks = collections.defaultdict(dict)
    tf = os.path.join(a.ilo, "ilo2025_tasks.csv")
    if os.path.exists(tf):
        for r in csv.DictReader(open(tf, encoding="utf-8")):
            ilo_tasks[r["isco08"]][int(r["task_id"])] = r["task_en"]
    else:
        print("note: ILO data not found, skipping id and overlap checks")
    sentences = collections.defaultdict(set)
    for f in a.files:
        d = json.load(open(f, encoding="utf-8"))
        if set(d) != {"units"}:
            err(os.path.basename(f), "a text file holds only \"units\": every unit group has texts of its own")
        for code, e in d.get("units", {}).items():
            where = f"{os.path.basename(f)}:units/{code}"
            if len(code) != 4 or not code.isdigit():
                err(where, "bad code")
            check_entry(where, e, set(scores.get(code, {})))
            check_automated_not_core(where, e, scores.get(code, {}))
            for t in e.get("tasks", []):
                mine = words((t.get("text") or {}).get("en", ""))
                sw = words(ilo_tasks[code].get(t.get("ilo"), ""))
                grams = {tuple(sw[i:i + 8]) for i in range(len(sw) - 7)}
                if any(tuple(mine[i:i + 8]) in grams for i in range(len(mine) - 7)):
                    err(where, f"task line repeats 8+ words of the ILO statement: {t['text']['en']}")
            prose = [e.get("edge", {}).get("en", "")] + [v.get("en", "") for v in e.get("narrative", {}).values() if isinstance(v, dict)] \
                + [p.get("text", {}).get("en", "") for p in e.get("plan", []) if isinstance(p, dict)] \
                + [v.get("en", "") for v in e.get("context", {}).values() if isinstance(v, dict)]
            for s in re.split(r"(?<=[.!?])\s+", " ".join(prose)):
                if len(s) > 30:
                    sentences[s.strip()].add(f"units/{code}")
    for s, where in sentences.items():
        if len(where) > 1:
            err(",".join(sorted(where)), f"sentence shared by several occupations: {s[:80]}")
    for e in errors[:200]:
        print(e)
    print(f"{len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
