#!/usr/bin/env python3
"""Writes docs/calibration.md: how the scores, levels and task marks come out over
every ILO-scored occupation, and why the cut-offs are where they are.

usage: build-aux/calibrate.py CLI [OUT.md]
It asks `CLI assess --occupation CODE --format json` for every unit group in
data/kb/generated/units.json and reads the task scores from the same file."""
import collections, json, os, subprocess, sys

cli = sys.argv[1]
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "docs", "calibration.md")
top = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
units = json.load(open(os.path.join(top, "data", "kb", "generated", "units.json"), encoding="utf-8"))["units"]

AUTOMATED, CHANGING = 0.55, 0.30
GRADIENTS = ["not_exposed", "minimal", "exposed_1", "exposed_2", "exposed_3", "exposed_4"]

scores, levels, cross = [], collections.Counter(), collections.defaultdict(collections.Counter)
anchors = {}
ilo_means, observed, combined = [], [], []
for u in units:
    p = subprocess.run([cli, "assess", "--occupation", u["isco08"], "--lang", "en", "--format", "json"],
                       capture_output=True, text=True, check=True)
    a = json.loads(p.stdout)
    scores.append(a["score"])
    levels[a["level"]] += 1
    cross[u["ilo"]["gradient"]][a["level"]] += 1
    ilo_means.append(u["ilo"]["mean"])
    observed.append(u["observed"]["ai_applicability"])
    combined.append(a["score_base"])
    if u["isco08"] in ("2512", "4311", "2221", "7115", "8332", "2411", "5120", "9112", "2643", "5223"):
        anchors[u["isco08"]] = (u["title_en"], u["ilo"]["mean"], a["score_parts"]["ilo"], a["observed"]["ai_applicability"],
                                a["score_parts"]["observed"], a["score"], a["level"])


def ranks(xs):
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    r = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2
        i = j + 1
    return r


def spearman(xs, ys):
    rx, ry = ranks(xs), ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    return cov / (sum((a - mx) ** 2 for a in rx) * sum((b - my) ** 2 for b in ry)) ** 0.5

task_scores = [t["score"] for u in units for t in u["tasks"]]
marks = collections.Counter("automated" if s >= AUTOMATED else "changing" if s >= CHANGING else "safe"
                            for s in task_scores)

def bar(n, total, width=40):
    return "█" * max(1 if n else 0, round(width * n / max(1, total)))

lines = ["# Calibration", "",
         "Made by `build-aux/calibrate.py` from the knowledge base and `futureproof-cli`; run it again after",
         "changing the method or the data. Figures: ILO 2025 generative-AI exposure index (Gmyrek et al. 2025,",
         "ILO Working Paper 140, CC BY 4.0), adapted; observed use of generative AI by occupation (Tomlinson",
         "et al. 2025, \"Working with AI\", arXiv:2507.07935, CC BY 4.0), mapped to ISCO-08.", "",
         "## The method in one paragraph", "",
         "The ILO part is the mean ILO score of the person's tasks (tasks the CV shows count double), scaled",
         "so that 0.75 — the top of the observed task range (the highest task scores 0.76) — is 100:",
         "`ilo = 100 × m / 0.75`. The observed part is the occupation's observed AI applicability,",
         "standardised onto the ILO means' scale (the same mean and spread over the 427 unit groups) and",
         "scaled the same way. The score before adjustments is their weighted mean,",
         "`round(0.7 × ilo + 0.3 × observed)`, clamped to 0–100. Explained adjustments from the CV move it by at",
         "most ±10. Task marks stay the ILO's. Levels: **low** below 35, **moderate** 35–59, **high** 60 and over. The level stays within",
         "the ILO's own class for the occupation: one the ILO calls *not exposed* is held at 34 or less (low),",
         "one with *minimal* exposure at 59 or less (at most moderate), and one in *Gradient 3* or *4* at 35 or",
         "more (at least moderate). The score says no more than the research does.", "",
         "## Scores over all %d unit groups (no CV)" % len(units), "",
         "| score | occupations | |", "|---|---:|---|"]
hist = collections.Counter(min(s // 10, 9) for s in scores)
for b in range(10):
    lines.append(f"| {b*10}–{b*10+9 if b < 9 else 100} | {hist[b]} | {bar(hist[b], len(scores))} |")
lines += ["", f"Levels: low {levels['low']}, moderate {levels['moderate']}, high {levels['high']}.", "",
          "## Level against the ILO's class", "",
          "| ILO class | low | moderate | high |", "|---|---:|---:|---:|"]
for g in GRADIENTS:
    c = cross[g]
    lines.append(f"| {g} | {c['low']} | {c['moderate']} | {c['high']} |")
lines += ["", "No *not exposed* occupation comes out above low, no *minimal* one high, and no *Gradient 3*"
          " or *4* one low (a test holds this for every occupation in both languages).", "",
          "## Task marks over all %d ILO tasks" % len(task_scores), "",
          "| mark | rule | tasks | share |", "|---|---|---:|---:|",
          f"| automated | score ≥ {AUTOMATED} | {marks['automated']} | {100*marks['automated']/len(task_scores):.0f} % |",
          f"| changing | {CHANGING} ≤ score < {AUTOMATED} | {marks['changing']} | {100*marks['changing']/len(task_scores):.0f} % |",
          f"| safe | score < {CHANGING} | {marks['safe']} | {100*marks['safe']/len(task_scores):.0f} % |", "",
          "## Why these cut-offs", "",
          "- **Automated ≥ 0.55.** The ILO score is the share of a task current generative AI could perform.",
          "  Above about half, the tool does most of the work and the person checks it; 0.55 marks roughly the",
          "  top tenth of all tasks (drafting documents, routine calculations, data entry, test code), which is",
          "  what people recognise as already automated. At 0.50, 15 % of tasks would be automated, among them",
          "  designing and developing software systems (2512, 0.50); at 0.60 only 7 %, leaving routine",
          "  writing and checking work that tools already do at about 0.55–0.60 as merely changing.",
          "- **Changing ≥ 0.30.** Between 0.30 and 0.55 AI takes over parts while the person stays in charge;",
          "  below 0.30 are tasks that are physical, relational, on site or accountable. About a third of all",
          "  tasks are changing and just over half safe, which matches the paper's finding that most exposed",
          "  work is transformed rather than replaced.",
          "- **Levels at 35 and 60** put the ILO's own examples where the paper puts them: software developers",
          "  and accountants high, nurses low to moderate, carpenters and truck drivers low.", "",
          "## Why observed use weighs 0.3", "",
          "The two sources measure different things, and neither is the truth. The ILO index scores every",
          "task of every occupation for what generative AI *could* do, by one method applied worldwide. The",
          "observed measure counts what people in the United States *already* bring to one assistant (Bing",
          "Copilot, 2024); it reaches ISCO-08 only through a crosswalk that averages several US occupations",
          "(or, for seven unit groups, their minor group), and it lags where adoption lags, not where the work",
          "is safe. It is the weaker estimate of exposure, so it weighs less than half; but it is independent",
          "of the ILO's method, so it should move the estimate where use clearly leads or trails potential.",
          "Within 0.2 to 0.4, the range that keeps the ILO the primary source while letting the second one",
          f"count, 0.3 is the middle. With the two sources' rank correlation of {spearman(ilo_means, observed):.2f}, it moves a typical",
          "occupation by a few points and one where the two disagree by up to about ten, and every anchor",
          "keeps the level DESIGN expects. The weight was set by this reasoning, not by fitting it to any",
          "ranking.", "",
          f"Over all {len(units)} unit groups, the combined score's rank correlation is {spearman(ilo_means, combined):.2f} with the ILO mean",
          f"and {spearman(observed, combined):.2f} with observed use.", "",
          "## Anchors", "", "| code | occupation | ILO mean | ILO part | observed | observed part | score | level |",
          "|---|---|---:|---:|---:|---:|---:|---|"]
for code in sorted(anchors):
    t, m, ip, o, op, s, l = anchors[code]
    lines.append(f"| {code} | {t} | {m:.2f} | {ip} | {o:.3f} | {op} | {s} | {l} |")
open(out, "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(out)
