// Draws a CV from NAV-style CV data (NAME.json) the way arbeidsplassen.no's
// "Last ned CV" button does: pdfmake, Roboto 11 pt, A4, a 24 % date gutter on the
// left and a grey vertical rule between the gutter and the entries.
// Written for the Futureproof test corpus; the people and data are fictional.
//
//   node render.js person.json out.pdf
//
// pdfmake (0.2.x) is found through NODE_PATH (see render.sh).
"use strict";

const fs = require("fs");
const path = require("path");
const PdfPrinter = require("pdfmake");

const MONTHS = ["Januar", "Februar", "Mars", "April", "Mai", "Juni", "Juli",
    "August", "September", "Oktober", "November", "Desember"];
const LEVELS = {
    2: "Grunnskole", 3: "Folkehøgskole", 4: "Videregående eller yrkesskole", 5: "Fagskole",
    6: "Høyere utdanning, 1-4 år", 7: "Høyere utdanning, 4+ år", 8: "Doktorgrad",
};
const PROFICIENCY = {
    NYBEGYNNER: "Nybegynner", GODT: "Godt", VELDIG_GODT: "Veldig godt",
    FOERSTESPRAAK: "Førstespråk (morsmål)",
};
const UNITS = { TIME: ["time", "timer"], DAG: ["dag", "dager"], UKE: ["uke", "uker"], MND: ["måned", "måneder"] };
const RULE = "#b7b1a9";
const GUTTER = "24%";

// "2019-03-01" -> "Mars 2019" (the string is read as written: no time zones)
function monthYear(iso) {
    if (!iso) return "";
    const [y, m] = iso.split("-");
    return `${MONTHS[Number(m) - 1]} ${y}`;
}

// "2017-07-03" -> "3. juli 2017"
function longDate(iso) {
    if (!iso) return "";
    const [y, m, d] = iso.split("-");
    return `${Number(d)}. ${MONTHS[Number(m) - 1].toLowerCase()} ${y}`;
}

// The text of the date gutter: "Mars 2016 - \nAugust 2019", "Januar 2021\n(Nåværende)", "Mars 2021"
function period(from, to, current) {
    const a = monthYear(from);
    const b = monthYear(to);
    if (a && b) return `${a} - \n${b}`;
    return `${a || b}\n${current ? "(Nåværende)" : ""}`;
}

// Items are listed newest first: running ones first (later start first), then by end date.
function newestFirst(items, start, end) {
    return [...(items || [])].sort((x, y) => {
        if (x.ongoing && y.ongoing) return (y[start] || "").localeCompare(x[start] || "");
        if (x.ongoing) return -1;
        if (y.ongoing) return 1;
        const byEnd = (y[end] || "").localeCompare(x[end] || "");
        return byEnd !== 0 ? byEnd : (y[start] || "").localeCompare(x[start] || "");
    });
}

function duration(n, unit) {
    if (!n) return "";
    const u = UNITS[unit || "TIME"];
    return `${n} ${n > 1 ? u[1] : u[0]}`;
}

// One cell of the right-hand column: a table whose only border is the grey line on its left.
function ruled(rows, pad) {
    const body = rows.length ? rows : [{ text: " " }];
    return {
        layout: {
            paddingLeft: () => 10,
            paddingTop: () => pad[0],
            paddingBottom: () => pad[1],
            vLineColor: () => RULE,
        },
        table: { widths: ["*"], body: body.map((r) => [{ border: [true, false, false, false], ...r }]) },
    };
}

// A dated entry: date text in the gutter; place line, bold title and description on the right.
function entry(dateText, place, title, text) {
    const rows = [];
    if (place) rows.push({ text: place, style: "normal", margin: [0, 4, 0, 0] });
    if (title) rows.push({ text: title, style: "bold", margin: [0, place ? 0 : 4, 0, 0] });
    if (text) rows.push({ text, style: "normal", margin: [0, 0, 0, 4] });
    return {
        columns: [
            { text: dateText, style: ["normal", "gutterDate"], width: GUTTER },
            ruled(rows, [0.1, 0.1]),
        ],
        unbreakable: (text || "").length < 1000,
    };
}

function heading(text) {
    return { text, style: "subheader", margin: [0, 32, 0, 16] };
}

// A section: the heading is kept on the page of its first entry.
function section(title, entries) {
    if (!entries.length) return [];
    return [{ stack: [heading(title), entries[0]], unbreakable: true }, ...entries.slice(1)];
}

// Sections with a bold label in the gutter and a plain list on the right (Fagbrev, Kompetanser).
function labelledList(label, titles, keep) {
    if (!titles || !titles.length) return [];
    return [{
        columns: [
            { text: label, bold: true, fontSize: 12, width: GUTTER },
            ruled(titles.map((t) => ({ text: t, style: "normal", margin: [0, 4, 0, 0] })), [0, 0]),
        ],
        margin: [0, 32, 0, 16],
        unbreakable: keep,
    }];
}

function build(data) {
    const p = data.personalia;
    const cv = data.cv;
    const row = (label, value) => ({
        columns: [{ text: label, style: "normal", width: "13%" }, { text: value || "", style: "normal" }],
    });
    const address = [p.adresse, [p.postnummer, p.poststed].filter(Boolean).join(" ")].filter(Boolean).join(", ");

    const content = [
        { text: `${p.fornavn} ${p.etternavn}`, style: "header" },
        row("E-post:", p.epost),
        row("Telefon:", p.telefonnummer),
        row("Adresse:", address),
        row("Fødselsdato:", longDate(p.foedselsdato) || "nå"),
        {
            layout: { hLineColor: () => RULE },
            margin: [0, 20, 0, 10],
            table: { widths: ["*"], body: [[{ text: " ", border: [false, true, false, false] }]] },
        },
    ];

    if (cv.sammendrag) {
        content.push({
            columns: [
                { text: "Sammendrag", style: "subheader", width: GUTTER },
                ruled([{ text: cv.sammendrag, style: "normal" }], [4, 4]),
            ],
        });
    }

    content.push(...section("Utdanning", newestFirst(cv.utdanning, "startDate", "endDate").map((u) =>
        entry(period(u.startDate, u.endDate, u.ongoing), u.institution,
            u.field || LEVELS[u.nuskode], u.description || " "))));

    content.push(...labelledList("Fagbrev, svennebrev og mesterbrev", (cv.fagbrev || []).map((f) => f.title), true));

    content.push(...section("Arbeidsforhold", newestFirst(cv.arbeidserfaring, "fromDate", "toDate").map((a) =>
        entry(period(a.fromDate, a.toDate, a.ongoing),
            a.employer && a.location ? `${a.employer} | ${a.location}` : a.employer,
            a.alternativeJobTitle || a.jobTitle, a.description || " "))));

    content.push(...section("Annen erfaring", newestFirst(cv.annenErfaring, "fromDate", "toDate").map((a) =>
        entry(period(a.fromDate, a.toDate, a.ongoing), "", a.role, a.description || " "))));

    const licences = cv.foererkort || [];
    if (licences.length) {
        content.push(heading("Førerkort"), {
            columns: [
                {
                    width: GUTTER, fontSize: 11, lineHeight: 1.2,
                    stack: licences.map((f) => ({ text: period(f.acquiredDate, f.expiryDate, false), margin: [0, 5.1, 5.1, 5.1] })),
                },
                {
                    layout: {
                        hLineWidth: () => 0, paddingLeft: () => 10, paddingTop: () => 5.1,
                        paddingBottom: () => 5.1, vLineColor: () => RULE,
                    },
                    table: {
                        body: licences.map((f) => [{
                            text: `Førerkort klasse ${f.type}`, style: "normal", border: [true, false, false, false],
                        }]),
                    },
                },
            ],
            unbreakable: true,
        });
    }

    content.push(...section("Kurs", (cv.kurs || []).map((k) =>
        entry(period(k.date, "", false), k.issuer, k.title || "", duration(k.duration, k.durationUnit)))));

    const expires = (iso) => (iso ? `Utløper: ${longDate(iso)}` : "");
    content.push(...section("Offentlige godkjenninger", (cv.offentligeGodkjenninger || []).map((g) =>
        entry(period(g.fromDate, "", false), g.issuer, g.title || " ", expires(g.toDate)))));
    content.push(...section("Andre godkjenninger", (cv.andreGodkjenninger || []).map((g) =>
        entry(period(g.fromDate, "", g.ongoing), g.issuer, g.alternativeName || g.certificateName || " ", expires(g.toDate)))));

    const languages = cv.spraak || [];
    if (languages.length) {
        content.push(heading("Språk"));
        for (const s of languages) {
            const lines = [{ text: s.language, style: "bold" }];
            if (PROFICIENCY[s.writtenProficiency]) lines.push({ text: `Skriftlig: ${PROFICIENCY[s.writtenProficiency]}`, style: "normal" });
            if (PROFICIENCY[s.oralProficiency]) lines.push({ text: `Muntlig: ${PROFICIENCY[s.oralProficiency]}`, style: "normal" });
            content.push({
                columns: [{ text: "", width: GUTTER }, ruled(lines.map((l) => ({ ...l, margin: [0, 0, 0, 0] })), [4, 2])],
                unbreakable: true,
            });
        }
    }

    content.push(...labelledList("Kompetanser", (cv.kompetanser || []).map((k) => k.title), false));

    const epoch = Number(process.env.SOURCE_DATE_EPOCH || 1700000000);
    return {
        content,
        info: { creationDate: new Date(epoch * 1000) },
        styles: {
            header: { bold: true, fontSize: 14, margin: [0, 0, 0, 10] },
            subheader: { bold: true, fontSize: 12, margin: [0, 4, 8, 4] },
            normal: { fontSize: 11, lineHeight: 1.2 },
            bold: { bold: true, fontSize: 11, lineHeight: 1.2 },
            gutterDate: { lineHeight: 1.2, margin: [0, 5.1, 5.1, 5.1] },
        },
    };
}

function robotoFromVfs() {
    const vfsFile = require.resolve("pdfmake/build/vfs_fonts.js");
    const vfs = require(vfsFile);
    const files = vfs.pdfMake ? vfs.pdfMake.vfs : vfs;
    const font = (name) => Buffer.from(files[name], "base64");
    return {
        Roboto: {
            normal: font("Roboto-Regular.ttf"),
            bold: font("Roboto-Medium.ttf"),
            italics: font("Roboto-Italic.ttf"),
            bolditalics: font("Roboto-MediumItalic.ttf"),
        },
    };
}

function main() {
    const [input, output] = process.argv.slice(2);
    if (!input || !output) {
        console.error("usage: node render.js person.json out.pdf");
        process.exit(2);
    }
    const data = JSON.parse(fs.readFileSync(input, "utf8"));
    const printer = new PdfPrinter(robotoFromVfs());
    const doc = printer.createPdfKitDocument(build(data));
    const out = fs.createWriteStream(output);
    doc.pipe(out);
    doc.end();
    out.on("finish", () => console.log(`${path.basename(output)}`));
}

main();
