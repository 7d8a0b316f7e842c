#!/bin/sh
# packages: chromium pandoc texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-lang-european lmodern fonts-font-awesome fonts-open-sans fonts-lato fonts-liberation fonts-dejavu-core poppler-utils
#
# Renders the HTML+CSS CVs (headless Chromium "print to PDF") and the Markdown CVs
# (pandoc -> HTML + CSS -> Chromium, or pandoc -> LaTeX default template -> pdflatex)
# into tests/data/cvs-world/NAME.pdf.  Run from the repository root:
#     sh tests/data/cvs-world/src/html/render.sh
# Nothing is fetched from the network: fonts come from Debian packages (Font Awesome via
# @font-face file:///usr/share/fonts-font-awesome/...).
set -eu

SRC=tests/data/cvs-world/src/html
OUT=tests/data/cvs-world
SOURCE_DATE_EPOCH=1700000000
export SOURCE_DATE_EPOCH
export TZ=UTC

[ -d "$SRC" ] || { echo "run from the repository root" >&2; exit 1; }
ABS_SRC=$(cd "$SRC" && pwd)
ABS_OUT=$(cd "$OUT" && pwd)

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM

CHROMIUM=${CHROMIUM:-chromium}
# Chromium ignores SOURCE_DATE_EPOCH: its PDFs carry the print time as
# /CreationDate and /ModDate (D:YYYYMMDDhhmmss+00'00' with TZ=UTC).  They are
# rewritten below to the same-length SOURCE_DATE_EPOCH stamp, so byte offsets stay valid.
STAMP=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y%m%d%H%M%S)

# print_pdf INPUT.html OUTPUT.pdf
print_pdf() {
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --user-data-dir="$TMP/profile" --no-first-run --disable-extensions \
        --print-to-pdf="$TMP/print.pdf" "file://$1" >"$TMP/chromium.log" 2>&1 || {
            cat "$TMP/chromium.log" >&2; exit 1; }
    [ -s "$TMP/print.pdf" ] || { echo "chromium wrote no PDF for $1" >&2; exit 1; }
    LC_ALL=C sed -E "s/D:[0-9]{14}[+]00'00'/D:$STAMP+00'00'/g" "$TMP/print.pdf" >"$2"
    rm -f "$TMP/print.pdf"
}

# Markdown CVs that pandoc turns into HTML (with a CSS file) before Chromium prints them.
PANDOC_HTML="bussjafor-pandoc-nb:pandoc-cv.css security-officer-pandoc-en:pandoc-plain.css"
# Markdown CVs that pandoc typesets with its default LaTeX template (pdflatex).
PANDOC_LATEX="student-deltid-pandoc-en barnehagelaerer-pandoc-nb"

# 1. Hand-written HTML + CSS
for f in "$ABS_SRC"/*.html; do
    name=$(basename "$f" .html)
    print_pdf "$f" "$ABS_OUT/$name.pdf"
    echo "$name.pdf"
done

# 2. pandoc Markdown -> standalone HTML -> Chromium
for item in $PANDOC_HTML; do
    name=${item%%:*}
    css=${item#*:}
    pandoc --standalone --from markdown --to html5 \
        --css "file://$ABS_SRC/$css" \
        -o "$TMP/$name.html" "$ABS_SRC/$name.md"
    print_pdf "$TMP/$name.html" "$ABS_OUT/$name.pdf"
    echo "$name.pdf"
done

# 3. pandoc Markdown -> LaTeX (default template) -> pdflatex
#    (pdflatex honours SOURCE_DATE_EPOCH; the empty trailer ID drops the one part
#    that depends on pandoc's random temporary directory.)
printf '%s\n' '\ifdefined\pdftrailerid\pdftrailerid{}\fi' >"$TMP/repro.tex"
for name in $PANDOC_LATEX; do
    (cd "$TMP" && pandoc --from markdown --pdf-engine=pdflatex \
        --include-in-header="$TMP/repro.tex" \
        -o "$TMP/$name.pdf" "$ABS_SRC/$name.md")
    cp "$TMP/$name.pdf" "$ABS_OUT/$name.pdf"
    echo "$name.pdf"
done
