// Writes the HTML page a person sees at arbeidsplassen.no "Min CV" (preview mode:
// "Endre CV" / "Last ned CV" buttons, personalia, then sections with a date column on
// the left and a grey rule before the entries), from the same NAME.json data that
// render.js draws.  The pages it wrote are checked in as NAME-web-nb.html and are
// printed by render.sh with headless Chromium; this script is not run at render time.
//
//   node make-web-html.js nav-helsefagarbeider-nb.json > nav-helsefagarbeider-web-nb.html
"use strict";

const fs = require("fs");

const MONTHS = ["Januar", "Februar", "Mars", "April", "Mai", "Juni", "Juli",
    "August", "September", "Oktober", "November", "Desember"];
const LEVELS = {
    2: "Grunnskole", 3: "Folkehøgskole", 4: "Videregående eller yrkesskole", 5: "Fagskole",
    6: "Høyere utdanning, 1-4 år", 7: "Høyere utdanning, 4+ år", 8: "Doktorgrad",
};
const PROFICIENCY = {
    IKKE_OPPGITT: "Språknivå ikke oppgitt", NYBEGYNNER: "Nybegynner", GODT: "Godt",
    VELDIG_GODT: "Veldig godt", FOERSTESPRAAK: "Førstespråk (morsmål)",
};
const UNITS = { TIME: ["time", "timer"], DAG: ["dag", "dager"], UKE: ["uke", "uker"], MND: ["måned", "måneder"] };

const esc = (s) => String(s ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const br = (s) => esc(s).replace(/\n/g, "<br>");
const monthYear = (iso) => (iso ? `${MONTHS[Number(iso.split("-")[1]) - 1]} ${iso.split("-")[0]}` : "nå");
const longDate = (iso) => {
    if (!iso) return "";
    const [y, m, d] = iso.split("-");
    return `${Number(d)}. ${MONTHS[Number(m) - 1].toLowerCase()} ${y}`;
};
const range = (a, b) => `${monthYear(a)} - ${monthYear(b)}`;

function newestFirst(items, start, end) {
    return [...(items || [])].sort((x, y) => {
        if (x.ongoing && y.ongoing) return (y[start] || "").localeCompare(x[start] || "");
        if (x.ongoing) return -1;
        if (y.ongoing) return 1;
        const byEnd = (y[end] || "").localeCompare(x[end] || "");
        return byEnd !== 0 ? byEnd : (y[start] || "").localeCompare(x[start] || "");
    });
}

function section(id, title, body, cls = "preview-section") {
    return `
      <section class="${cls}" aria-labelledby="heading-preview-${id}">
        <h2 id="heading-preview-${id}" class="heading-xsmall">${esc(title)}</h2>
${body}
      </section>`;
}

function dl(label, rows) {
    return `        <dl class="preview-box" aria-label="${esc(label)}">
${rows.map(([dt, dd]) => `          <dt>${dt}</dt>
          <dd class="preview-box-right">
${dd}
          </dd>`).join("\n")}
        </dl>`;
}

const h3 = (s) => `            <h3 class="heading-xsmall">${esc(s)}</h3>`;
const p = (s, cls = "") => `            <p class="body-long${cls ? ` ${cls}` : ""}">${s}</p>`;

function page(data) {
    const per = data.personalia;
    const cv = data.cv;
    const name = `${per.fornavn} ${per.etternavn}`;
    const address = [per.adresse, [per.postnummer, per.poststed].filter(Boolean).join(" ")].filter(Boolean).join(", ");
    const parts = [];

    if (cv.sammendrag) {
        parts.push(section("sammendrag", "Sammendrag", `        <div class="preview-box">
          <div></div>
          <div class="preview-box-right">
            <p class="body-long">${br(cv.sammendrag)}</p>
          </div>
        </div>`));
    }
    if (cv.utdanning && cv.utdanning.length) {
        parts.push(section("utdanning", "Utdanning", dl("Utdanninger",
            newestFirst(cv.utdanning, "startDate", "endDate").map((u) => [
                `${monthYear(u.startDate)} - ${u.ongoing ? "nå" : monthYear(u.endDate)}`,
                [h3(LEVELS[u.nuskode]), u.institution && p(esc(u.institution)), u.field && p(esc(u.field)),
                    u.description && p(br(u.description))].filter(Boolean).join("\n"),
            ]))));
    }
    if (cv.fagbrev && cv.fagbrev.length) {
        parts.push(section("fagbrev", "Fagbrev, svennebrev og mesterbrev", cv.fagbrev.map((f) => `        <div class="preview-box">
          <div></div>
          <div class="preview-box-right">
            <p class="body-long mb3">${esc(f.title)}</p>
          </div>
        </div>`).join("\n")));
    }
    if (cv.arbeidserfaring && cv.arbeidserfaring.length) {
        parts.push(section("arbeidsforhold", "Arbeidsforhold", dl("Arbeidsforhold",
            newestFirst(cv.arbeidserfaring, "fromDate", "toDate").map((a) => [
                range(a.fromDate, a.ongoing ? null : a.toDate),
                [h3(`${a.jobTitle}${a.alternativeJobTitle ? ` (${a.alternativeJobTitle})` : ""}`),
                    p(`${esc(a.employer)}${a.employer && a.location ? ", " : ""}${esc(a.location)}`),
                    a.description && p(br(a.description), "mb3")].filter(Boolean).join("\n"),
            ]))));
    }
    if (cv.annenErfaring && cv.annenErfaring.length) {
        parts.push(section("annen-erfaring", "Annen erfaring", dl("Andre erfaringer",
            newestFirst(cv.annenErfaring, "fromDate", "toDate").map((a) => [
                range(a.fromDate, a.ongoing ? null : a.toDate),
                [h3(a.role), p(br(a.description), "mb3")].join("\n"),
            ]))));
    }
    if (cv.foererkort && cv.foererkort.length) {
        parts.push(section("forerkort", "Førerkort", `        <div class="preview-box">
${cv.foererkort.map((f) => `          <div>${f.acquiredDate ? range(f.acquiredDate, f.expiryDate) : ""}</div>
          <div class="preview-box-right">
            <p class="body-long semibold mb3">${esc(f.type)}</p>
          </div>`).join("\n")}
        </div>`));
    }
    if (cv.kurs && cv.kurs.length) {
        parts.push(section("kurs", "Kurs", dl("Kurs", cv.kurs.map((k) => {
            const u = UNITS[k.durationUnit];
            return [longDate(k.date), [h3(k.title), p(esc(k.issuer)),
                u && k.duration && p(`${k.duration} ${k.duration > 1 ? u[1] : u[0]}`, "mb3")].filter(Boolean).join("\n")];
        }))));
    }
    const approvals = (list, field) => list.map((g) => [
        `${longDate(g.fromDate) || "nå"}${g.toDate ? ` - ${longDate(g.toDate)}` : ""}`,
        [h3(g[field]), p(esc(g.issuer), "mb3")].join("\n"),
    ]);
    if (cv.offentligeGodkjenninger && cv.offentligeGodkjenninger.length) {
        parts.push(section("offentlige-godkjenninger", "Offentlige godkjenninger",
            dl("Offentlige godkjenninger", approvals(cv.offentligeGodkjenninger, "title"))));
    }
    if (cv.andreGodkjenninger && cv.andreGodkjenninger.length) {
        parts.push(section("andre-godkjenninger", "Andre godkjenninger",
            dl("Andre godkjenninger", approvals(cv.andreGodkjenninger, "certificateName"))));
    }
    if (cv.spraak && cv.spraak.length) {
        parts.push(section("sprak", "Språk", `        <div class="preview-box">
${cv.spraak.map((s) => `          <div></div>
          <dl class="preview-box-right" aria-label="Språk">
            <dt><p class="body-long semibold">${esc(s.language)}</p></dt>
            <dd>
              <p class="body-long">Muntlig: ${PROFICIENCY[s.oralProficiency]}</p>
              <p class="body-long mb3">Skriftlig: ${PROFICIENCY[s.writtenProficiency]}</p>
            </dd>
          </dl>`).join("\n")}
        </div>`));
    }
    if (cv.kompetanser && cv.kompetanser.length) {
        parts.push(section("kompetanser", "Kompetanser", `        <div class="preview-box">
          <div></div>
          <ul class="no-margin-list" aria-label="Kompetanser">
${cv.kompetanser.map((k) => `            <li class="preview-box-right"><p class="body-long mb3">${esc(k.title)}</p></li>`).join("\n")}
          </ul>
        </div>`, "mb6"));
    }

    return `<!DOCTYPE html>
<html lang="no">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Min CV - arbeidsplassen.no</title>
  <link rel="stylesheet" href="nav-web.css">
</head>
<body>
  <div class="decorator-header">
    <a class="logo" href="#">arbeidsplassen.no</a>
    <nav aria-label="Hovedmeny">
      <a href="#">Ledige stillinger</a>
      <a href="#">Min side</a>
      <a href="#" class="logout">Logg ut</a>
    </nav>
  </div>
  <header class="header-panel">
    <div class="header-inner">
      <svg class="pictogram" aria-hidden="true" width="72" height="72" viewBox="0 0 72 72">
        <rect width="72" height="72" rx="36" fill="#B5F1FF"/>
        <rect x="8" y="8" width="30" height="24.5" rx="1.3" fill="none" stroke="#23262A" stroke-width="2"/>
        <path d="M13 15h4M21.4 15h3.5M29.6 15h3.5M12.7 20.8h3.5M21.4 20.8h3.5M29.6 20.8h3.5M12.7 26.7h3.5" stroke="#23262A" stroke-width="2" stroke-linecap="round"/>
        <path d="M37.5 44.6c.2-.7.9-1.2 1.6-1.2h21.4c1.1 0 1.9 1 1.6 2.1l-4.3 15.7c-.2.7-.9 1.2-1.6 1.2H34.8c-1.1 0-1.9-1-1.6-2.1l4.3-15.7z" fill="none" stroke="#23262A" stroke-width="2"/>
        <path d="M36.5 48.9l10.5 5 14.1-5" fill="none" stroke="#23262A" stroke-width="2" stroke-linejoin="round"/>
      </svg>
      <div>
        <h1 class="heading-large">Min CV</h1>
        <div class="header-meta">
          <span class="body-short-small">${esc(name.toUpperCase())}</span>
          <svg aria-hidden="true" width="4" height="4" viewBox="0 0 4 4"><circle cx="2" cy="2" r="2" fill="#B5F1FF"/></svg>
          <span class="detail">Sist endret ${longDate(data.sistEndret)}</span>
        </div>
      </div>
    </div>
  </header>
  <main class="preview">
    <div class="preview-inner">
      <div class="buttons">
        <button class="btn btn-primary" type="button">Endre CV</button>
        <button class="btn btn-secondary" type="button"><svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24"><path d="M12 3v12m0 0l-5-5m5 5l5-5M4 17v3h16v-3" fill="none" stroke="currentColor" stroke-width="1.6"/></svg>Last ned CV</button>
      </div>
      <h2 class="heading-xsmall mb3">${esc(name)}</h2>
      <dl class="personal-info-wrapper" aria-label="Personalia">
        <div class="personal-info"><dt class="label">Fødselsdato:</dt><dd class="value">${longDate(per.foedselsdato)}</dd></div>
        <div class="personal-info"><dt class="label">Adresse:</dt><dd class="value">${esc(address)}</dd></div>
        <div class="personal-info"><dt class="label">Tlf:</dt><dd class="value">${esc(per.telefonnummer)}</dd></div>
        <div class="personal-info"><dt class="label">E-post:</dt><dd class="value">${esc(per.epost)}</dd></div>
      </dl>
${parts.join("\n")}
    </div>
  </main>
  <footer class="decorator-footer">
    <div class="footer-logo">arbeidsplassen.no</div>
    <ul>
      <li><a href="#">Om arbeidsplassen.no</a></li>
      <li><a href="#">Personvern og informasjonskapsler</a></li>
      <li><a href="#">Tilgjengelighetserklæring</a></li>
      <li><a href="#">Kontakt oss</a></li>
    </ul>
    <p class="footer-nav">Levert av Nav</p>
  </footer>
</body>
</html>
`;
}

const input = process.argv[2];
if (!input) {
    console.error("usage: node make-web-html.js person.json > page.html");
    process.exit(2);
}
process.stdout.write(page(JSON.parse(fs.readFileSync(input, "utf8"))));
