#!/usr/bin/env python3
"""Generates the checked-in parts of the occupation knowledge base from the raw sources.

usage: kb-generate.py [--data ../shared/data] [--out data/kb/generated]

Reads   DATA/exposure/ilo2025_occupations.csv, DATA/exposure/ilo2025_tasks.csv   (ILO 2025)
        DATA/observed/microsoft2025_isco08.csv     (observed AI use, Microsoft 2025)
        DATA/taxonomy/isco08_groups.csv, styrk08.csv, esco_occupations.csv     (ISCO, SSB, ESCO)
Writes  OUT/units.json   one entry per ILO-scored ISCO-08 unit group, plus all parent groups
        OUT/titles.json  the title index from the sources

Only codes, titles and figures are taken from the sources. The ILO task statements (task_en)
are never written: units.json carries task ids and scores only. The output is deterministic
(sorted, one record per line, UTF-8) and is checked in; the build never runs this script.

After writing, it prints counts and how the conflicting titles are resolved, using
data/kb/titles-own.json and data/kb/title-rules.json (logic shared with kb-check.py).
The tables below document every decision that is not a plain copy; SOURCES.md summarises them.
"""
import argparse
import collections
import csv
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

spec = importlib.util.spec_from_file_location("kb_check", os.path.join(HERE, "kb-check.py"))
kbc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(kbc)
norm = kbc.norm

# --- ILO categories, normalised ------------------------------------------------------------
GRADIENT = {
    "Not Exposed": "not_exposed",
    "Minimal Exposure": "minimal",
    "Exposed: Gradient 1": "exposed_1",
    "Exposed: Gradient 2": "exposed_2",
    "Exposed: Gradient 3": "exposed_3",
    "Exposed: Gradient 4": "exposed_4",
}
GRADIENT_2023 = {
    "Not affected": "not_affected",
    "Augmentation Potential": "augmentation_potential",
    "The Big Uknown": "big_unknown",          # [sic] in the ILO release
    "The Big Unknown": "big_unknown",
    "Automation Potential": "automation_potential",
}

# --- STYRK-08 per ISCO-08 unit -------------------------------------------------------------
# Rule: the STYRK unit with the same code, when styrk08.csv has it at level 4. The exceptions:
# ISCO code -> (STYRK codes, the STYRK unit(s) that hold that work in Norway, first = main; why).
# "SOURCES" = stated in ../shared/data/taxonomy/SOURCES.md (ESCO–Norway mapping); the rest are
# our choices from the titles, since no official SSB correspondence table was found.
STYRK_FOR_ISCO = {
    "2221": (["2223", "2221", "2224"], "SOURCES: general nurses are STYRK 2223, specialist nurses 2221, vernepleiere 2224"),
    "2230": (["3230"], "SOURCES"),
    "3111": (["3112", "3116", "3117", "3119"], "SOURCES"),
    "3435": (["3439"], "SOURCES (ISCO 3435 has no ILO score, so no unit entry)"),
    "5412": (["3355"], "SOURCES: all police are STYRK 3355 Politibetjenter mv."),
    "7111": (["7115"], "SOURCES"),
    "9411": (["5246"], "SOURCES"),
    "9520": (["5211"], "SOURCES"),
    "2267": (["3254"], "same code, other occupation: STYRK 2267 is Ergoterapeuter; "
                       "Norwegian optometrists are Optikere (3254)"),
    "2269": (["2269", "2267"], "occupational therapists are ISCO 2269; STYRK has them as 2267 Ergoterapeuter"),
    "1113": ([], "no traditional chiefs in Norway"),
    "2240": (["3258"], "paramedics (paramedisinere) are STYRK 3258 Ambulansepersonell"),
    "3221": (["5321"], "associate-level nursing care is done by helsefagarbeidere (hjelpepleiere) in Norway; "
                       "SSB put all nurses in 222"),
    "3222": (["2222"], "births are attended by jordmødre only"),
    "3252": (["3256"], "medical records work is done by helsesekretærer"),
    "3253": (["3259"], "Andre helseyrker"),
    "3255": (["3259"], "physiotherapy assistants fall under Andre helseyrker"),
    "3314": (["4312"], "closest numerical clerical unit (ISCO 4312 has 'statistical' in its title); uncertain"),
    "3344": (["3256"], "medical secretaries are helsesekretærer"),
    "4120": (["4110"], "general secretaries are Kontormedarbeidere"),
    "4414": (["4110"], "writing help is general office work"),
    "4419": (["4110"], "other clerical work is Kontormedarbeidere"),
    "5162": (["5169"], "Andre personlige tjenesteytere"),
    "6223": (["6222"], "STYRK has one unit for all fishers"),
    "6310": ([], "no subsistence farming in Norway"),
    "6320": ([], "no subsistence farming in Norway"),
    "6330": ([], "no subsistence farming in Norway"),
    "6340": ([], "no subsistence fishing or gathering in Norway"),
    "7516": (["8160"], "tobacco processing is food and related products processing"),
    "7521": (["8172"], "wood treatment and drying happen at sawmills (trelastproduksjon)"),
    "7523": (["8172"], "woodworking machine operators"),
    "7533": (["7531", "8153"], "hand sewing: Skreddere; machine sewing: Industrisyere"),
    "8321": (["8322"], "STYRK 832 covers cars, vans and motorcycles"),
    "9121": (["8157"], "laundry work is Renseri- og vaskerimaskinoperatører"),
    "9332": (["9331"], "animal-drawn vehicles are non-motorised vehicles"),
    "9624": ([], "no such occupation in Norway"),
}

# Norwegian unit names written by us (marked "futureproof" in units.json). Used where the unit
# has no STYRK unit, or where its STYRK unit is mainly another ISCO unit's, so that two ISCO
# units never show the same Norwegian name. ISCO 2221 takes STYRK 2223's title (a nurse title
# a Norwegian recognises) and is not in this table.
NB_TITLE_OWN = {
    "1113": "Tradisjonelle høvdinger og landsbyledere",
    "2230": "Alternativ- og tradisjonsmedisinske behandlere",
    "2240": "Paramedisinere",
    "2267": "Optometrister",
    "3111": "Kjemi- og fysikkteknikere",
    "3221": "Praktiske sykepleiere",
    "3222": "Jordmorassistenter",
    "3252": "Journal- og helseinformasjonsmedarbeidere",
    "3253": "Folkehelsearbeidere",
    "3255": "Fysioterapiassistenter",
    "3314": "Statistikk- og aktuarassistenter",
    "3344": "Medisinske sekretærer",
    "3355": "Politietterforskere og politiinspektører",   # STYRK 3355 is all police; its title goes to 5412
    "4120": "Sekretærer",
    "4414": "Skrivehjelpere og brevskrivere",
    "4419": "Andre kontoryrker",
    "5162": "Ledsagere og kammertjenere",
    "5412": "Politibetjenter",
    "6223": "Havfiskere",
    "6310": "Selvbergingsbønder, planteproduksjon",
    "6320": "Selvbergingsbønder, husdyrhold",
    "6330": "Selvbergingsbønder, kombinert drift",
    "6340": "Selvbergingsfiskere, fangstfolk og sankere",
    "7111": "Husbyggere",
    "7516": "Tobakksarbeidere",
    "7521": "Trebehandlere",
    "7523": "Maskinoperatører, trebearbeiding",
    "7533": "Syere og broderere",
    "8321": "Motorsykkelførere",
    "9121": "Klesvaskere og pressere",
    "9332": "Kusker",
    "9411": "Hurtigmatkokker",
    "9520": "Gateselgere, ikke mat",
    "9624": "Vann- og vedsankere",
}
NB_TITLE_FROM_STYRK = {"2221": "2223"}   # title_nb taken from another STYRK unit than the first code

# STYRK unit titles in the title index: the ISCO unit they point at, where it is not the same
# code. None = no ILO-scored unit (the title is left out).
STYRK_TITLE_ISCO = {
    "2223": "2221",     # Sykepleiere
    "2224": "2221",     # Vernepleiere (SOURCES: map to 2221 for exposure look-ups)
    "2267": "2269",     # Ergoterapeuter = occupational therapists
    "3355": "5412",     # Politibetjenter mv.: the title names police officers
    "3439": None,       # ISCO 3435, not scored by the ILO
    "0000": None,       # unknown occupation
}

# Norwegian names for ISCO groups that STYRK lacks: the closest STYRK group (its title is used).
GROUP_NB_FROM = {
    "63": "6",     # Bønder, fiskere mv.
    "223": "323",  # Yrker innen alternativ medisin
    "224": "226",  # Andre medisinske yrker
    "322": "532",  # Pleiemedarbeidere (nursing associate work, see 3221 above)
    "412": "411",  # Kontormedarbeidere (see 4120 above)
    "631": "611",  # Korn-, grønnsaks-, frukt- og bærprodusenter, gartnere
    "632": "612",  # Husdyr-, egg- og melkeprodusenter
    "633": "613",  # Plante- og husdyrprodusenter (kombinasjonsbruk)
    "634": "622",  # Havbruksarbeidere og fiskere
    "952": "521",  # Torg og markedsselgere (see 9520 above)
    "3435": "3439",  # Andre yrker innen estetiske fag (ILO gives no figures)
}

# ESCO alt labels left out of the index, each by a rule:
#  * two characters or fewer (AB, OS, PA, PI, SD, QS, TA, KP, DJ): too ambiguous to match in
#    free CV text (AB is a company suffix, OS an operating system, PA/PI/SD many things);
#  * an acronym that names something other than a job in CVs (listed with the meaning);
#  * not a word in the language (keyboard noise in the source).
ALT_NOT_A_TITLE = {
    "FTE": "full-time equivalent",
    "ISO": "the standards body / a standard",
    "asd": "not a Norwegian word (source noise)",
}


def alt_is_title(label):
    return len(label) > 2 and label not in ALT_NOT_A_TITLE


def clean(s):
    return " ".join(s.replace("\u200b", "").split())


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def dump_lines(head, sections, path):
    """Writes a JSON object: the scalar head items, then each list section with one record per
    line. Deterministic; compact separators; UTF-8 as is."""
    def enc(x):
        return json.dumps(x, ensure_ascii=False, separators=(",", ":"))
    out = ["{" + ",".join(f"{enc(k)}:{enc(v)}" for k, v in head.items())]
    for name, recs in sections:
        out.append(f',\n{enc(name)}:[\n' + ",\n".join(enc(r) for r in recs) + "\n]")
    out.append("}\n")
    text = "".join(out)
    json.loads(text)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, path)
    return len(text.encode("utf-8"))


def add_observed(units, path):
    """Each unit's observed AI applicability (Microsoft 2025), its percentile among the units, and
    the same figure standardised onto the ILO mean's scale (mean and spread of the ILO means over
    the units), which is how the assessor combines the two. A unit the source has no figure for
    takes the mean of its minor group's, and says so (`from_group`)."""
    source = {r["isco08"]: (float(r["ai_applicability"]), int(r["n_soc"])) for r in read_csv(path)}
    values = {}
    for u in units:
        code = u["isco08"]
        if code in source:
            values[code] = (source[code][0], source[code][1], None)
    for u in units:
        code = u["isco08"]
        if code not in values:
            near = [v[0] for c, v in values.items() if c[:3] == code[:3] and v[2] is None]
            if not near:
                sys.exit(f"{code}: no observed figure and none in its minor group")
            values[code] = (round(sum(near) / len(near), 4), 0, code[:3])
    obs = [values[u["isco08"]][0] for u in units]
    ilo = [u["ilo"]["mean"] for u in units]
    mo, so = sum(obs) / len(obs), (sum((x - sum(obs) / len(obs)) ** 2 for x in obs) / len(obs)) ** 0.5
    mi, si = sum(ilo) / len(ilo), (sum((x - sum(ilo) / len(ilo)) ** 2 for x in ilo) / len(ilo)) ** 0.5
    for u in units:
        v, n, group = values[u["isco08"]]
        below = sum(1 for x in obs if x < v) + 0.5 * (sum(1 for x in obs if x == v) - 1)
        u["observed"] = {"ai_applicability": v, "percentile": round(100 * below / (len(obs) - 1)),
                         "on_ilo_scale": round(mi + (v - mo) / so * si, 4), "n_soc": n}
        if group is not None:
            u["observed"]["from_group"] = group


def main():
    ap = argparse.ArgumentParser(description="Generate data/kb/generated from ../shared/data.")
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    ap.add_argument("--out", default=os.path.join(ROOT, "data", "kb", "generated"))
    a = ap.parse_args()
    exp = os.path.join(a.data, "exposure")
    tax = os.path.join(a.data, "taxonomy")

    occ = {r["isco08"]: r for r in read_csv(os.path.join(exp, "ilo2025_occupations.csv"))}
    tasks = collections.defaultdict(list)
    for r in read_csv(os.path.join(exp, "ilo2025_tasks.csv")):
        tasks[r["isco08"]].append(r)
    isco = {r["code"]: clean(r["title_en"]) for r in read_csv(os.path.join(tax, "isco08_groups.csv"))}
    styrk_rows = read_csv(os.path.join(tax, "styrk08.csv"))
    styrk = {r["code"]: clean(r["title_nb"]) for r in styrk_rows}
    styrk4 = {r["code"] for r in styrk_rows if r["level"] == "4"}
    esco = read_csv(os.path.join(tax, "esco_occupations.csv"))

    # --- units ---
    units = []
    styrk_used = collections.defaultdict(list)
    for code in sorted(occ):
        r = occ[code]
        if code not in isco:
            sys.exit(f"ILO unit {code} not in isco08_groups.csv")
        if code in STYRK_FOR_ISCO:
            scodes = STYRK_FOR_ISCO[code][0]
        elif code in styrk4:
            scodes = [code]
        else:
            sys.exit(f"ISCO {code} has no STYRK unit and no entry in STYRK_FOR_ISCO")
        for s in scodes:
            assert s in styrk4, s
            styrk_used[s].append(code)
        if code in NB_TITLE_OWN:
            title_nb, nb_src = NB_TITLE_OWN[code], "futureproof"
        else:
            title_nb, nb_src = styrk[NB_TITLE_FROM_STYRK.get(code, scodes[0])], "styrk08"
        ts = sorted(tasks[code], key=lambda t: int(t["task_id"]))
        if len(ts) != int(r["n_tasks"]):
            sys.exit(f"{code}: {len(ts)} task rows, n_tasks says {r['n_tasks']}")
        units.append({
            "isco08": code,
            "title_en": isco[code],
            "title_nb": title_nb,
            "title_nb_source": nb_src,
            "styrk08": [{"code": s, "title_nb": styrk[s]} for s in scodes],
            "ilo": {
                "mean": float(r["mean_score_2025"]), "sd": float(r["sd_2025"]),
                "gradient": GRADIENT[r["gradient_2025"]],
                "mean_2023": float(r["mean_score_2023"]), "sd_2023": float(r["sd_2023"]),
                "gradient_2023": GRADIENT_2023[r["gradient_2023"]],
            },
            "tasks": [{"id": int(t["task_id"]), "score": float(t["score_2025"]),
                       "score_2023": float(t["score_2023"]) if t["score_2023"].strip() else None}
                      for t in ts],
        })
    add_observed(units, os.path.join(a.data, "observed", "microsoft2025_isco08.csv"))
    scored = {u["isco08"] for u in units}
    nb_names = collections.Counter(u["title_nb"] for u in units)
    dup_nb = sorted(n for n, c in nb_names.items() if c > 1)
    if dup_nb:
        sys.exit(f"Norwegian unit names used twice: {dup_nb}")

    # Parent groups, and the unit groups the ILO gives no figures for: they are named (an
    # assessment explains that it has no figures and offers the nearest scored units).
    groups = []
    for code in sorted((c for c in isco if len(c) < 4 or c not in scored), key=lambda c: (len(c), c)):
        src = GROUP_NB_FROM.get(code, code)
        if src not in styrk:
            sys.exit(f"ISCO group {code} has no STYRK group and no entry in GROUP_NB_FROM")
        groups.append({"code": code, "title_en": isco[code], "title_nb": styrk[src], "styrk08": src})

    # --- titles ---
    # (normalised title, code) -> best record; rank = (source precedence, -weight, code)
    weight = collections.Counter()   # ESCO occupations carrying a normalised label in a unit
    recs = []
    dropped = collections.Counter()
    unscored = collections.Counter()

    def add(title, lang, code, src):
        title = clean(title)
        if not title or not norm(title):
            return
        if code not in scored:
            unscored[(code, src)] += 1
            return
        recs.append((title, lang, code, src))

    for r in esco:
        code = r["isco08"]
        for lang in ("en", "nb"):
            seen_here = set()
            labels = [(r["preferred_" + lang], "esco")] + [(x, "esco_alt") for x in r["alt_" + lang].split("|")]
            for label, src in labels:
                label = clean(label)
                if not label:
                    continue
                if src == "esco_alt" and not alt_is_title(label):
                    dropped[label] += 1
                    continue
                add(label, lang, code, src)
                k = norm(label)
                if k not in seen_here:
                    seen_here.add(k)
                    weight[(k, code)] += 1
    for r in styrk_rows:
        if r["level"] != "4":
            continue
        code = STYRK_TITLE_ISCO.get(r["code"], r["code"])
        if code is None:
            unscored[(r["code"], "styrk")] += 1
            continue
        add(r["title_nb"], "nb", code, "styrk")
    for code in sorted(scored):
        add(isco[code], "en", code, "isco")

    prec = {s: i for i, s in enumerate(kbc.SOURCES)}
    best = {}
    raw_dups = 0
    for title, lang, code, src in recs:
        k = (norm(title), code)
        rank = (prec[src], 0 if lang == "nb" else 1, title)
        if k in best:
            raw_dups += 1
            if rank >= best[k][0]:
                continue
        best[k] = (rank, [title, lang, code, src])
    rows = [v[1] for v in best.values()]
    # Grouped by normalised title; within a title, the order the tie-break uses: source
    # precedence, then the unit where more ESCO occupations carry the title, then the code.
    rows.sort(key=lambda r: (norm(r[0]), prec[r[3]], -weight[(norm(r[0]), r[2])], r[2]))

    os.makedirs(a.out, exist_ok=True)
    size_u = dump_lines({"generator": "build-aux/kb-generate.py", "sources": ["ilo2025", "microsoft2025", "isco08", "styrk08", "esco"]},
                        [("units", units), ("groups", groups)], os.path.join(a.out, "units.json"))
    size_t = dump_lines({"generator": "build-aux/kb-generate.py", "columns": ["title", "lang", "isco08", "source"]},
                        [("rows", rows)], os.path.join(a.out, "titles.json"))

    # --- report ---
    print(f"units.json: {len(units)} units ({sum(len(u['tasks']) for u in units)} task scores), "
          f"{len(groups)} groups, {size_u} bytes")
    print(f"  Norwegian names: {sum(u['title_nb_source'] == 'styrk08' for u in units)} from STYRK-08, "
          f"{sum(u['title_nb_source'] == 'futureproof' for u in units)} ours; "
          f"{sum(not u['styrk08'] for u in units)} units without a STYRK unit")
    print(f"titles.json: {len(rows)} records, {size_t} bytes")
    by = collections.Counter((r[3], r[1]) for r in rows)
    for src in kbc.GENERATED_SOURCES:
        print(f"  {src:9} " + "  ".join(f"{lang} {by[(src, lang)]:6}" for lang in ("en", "nb")))
    print(f"  dropped: {raw_dups} duplicate records (same normalised title and code), "
          f"{sum(dropped.values())} alt labels that are not titles {sorted(dropped)}, "
          f"{sum(unscored.values())} labels of units without an ILO score "
          f"({', '.join(f'{c} {s} {n}' for (c, s), n in sorted(unscored.items()))})")

    own_path = os.path.join(ROOT, "data", "kb", "titles-own.json")
    rules_path = os.path.join(ROOT, "data", "kb", "title-rules.json")
    if os.path.exists(own_path) and os.path.exists(rules_path):
        own = json.load(open(own_path, encoding="utf-8"))
        rules, overrides = kbc.load_rules(rules_path)
        tie = tuple(rules.get("tie_break", {}).get("sources", ()))
        index = kbc.build_index(own, rows)
        how, unresolved = kbc.resolution_stats(index, overrides, tie)
        gen_only = kbc.build_index([], rows)
        how0, _ = kbc.resolution_stats(gen_only, {}, tie)
        ol = collections.Counter(t["lang"] for t in own)
        print(f"own titles: {len(own)} (nb {ol['nb']}, en {ol['en']})")
        print(f"conflicts in the source titles alone: {sum(how0.values())} "
              f"({how0['precedence']} by precedence, {how0['tie_break']} by tie-break, {how0['unresolved']} unresolved)")
        print(f"conflicts with own titles and overrides: {sum(how.values())}: "
              f"{how['precedence']} resolved by precedence, {how['override']} by override, "
              f"{how['tie_break']} by the ESCO tie-break, {how['unresolved']} unresolved")
        for k, c in unresolved:
            print("  unresolved:", k, c)
    return 0


if __name__ == "__main__":
    sys.exit(main())
