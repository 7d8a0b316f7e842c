#!/bin/sh
# packages: nodejs npm chromium poppler-utils
# npm: pdfmake@0.2.23, installed outside the repo by the top-level script:
#   npm install --prefix "${NAV_NODE_PREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/futureproof-cvs-world/npm}" pdfmake@0.2.23
#
# NAV CVs (arbeidsplassen.no):
#  - NAME.json  -> NAME.pdf         the "Last ned CV" export, drawn with pdfmake by render.js
#  - NAME-web-nb.html -> NAME-web-nb.pdf  the "Min CV" web page printed from the browser
#    (headless Chromium; the HTML was written from the JSON by make-web-html.js)
# Run from the repo root: sh tests/data/cvs-world/src/nav/render.sh
set -eu

SRC=tests/data/cvs-world/src/nav
OUT=tests/data/cvs-world
PDFMAKE_VERSION=0.2.23
PREFIX=${NAV_NODE_PREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/futureproof-cvs-world/npm}
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1700000000}
export SOURCE_DATE_EPOCH

if [ ! -f "$SRC/render.js" ]; then
    echo "run me from the repository root" >&2
    exit 1
fi
have=$(node -p "require('$PREFIX/node_modules/pdfmake/package.json').version" 2>/dev/null || true)
if [ "$have" != "$PDFMAKE_VERSION" ]; then
    echo "pdfmake $PDFMAKE_VERSION not found under $PREFIX (found: '${have}')." >&2
    echo "install it: npm install --prefix \"$PREFIX\" pdfmake@$PDFMAKE_VERSION" >&2
    exit 1
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM

for json in "$SRC"/*.json; do
    name=$(basename "$json" .json)
    NODE_PATH="$PREFIX/node_modules" node "$SRC/render.js" "$json" "$TMP/$name.pdf" >/dev/null
    mv "$TMP/$name.pdf" "$OUT/$name.pdf"
    echo "$OUT/$name.pdf"
done

for html in "$SRC"/*-web-nb.html; do
    name=$(basename "$html" .html)
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --user-data-dir="$TMP/chromium" --no-first-run \
        --print-to-pdf="$TMP/$name.pdf" "file://$(cd "$SRC" && pwd)/$name.html" >/dev/null 2>&1
    mv "$TMP/$name.pdf" "$OUT/$name.pdf"
    echo "$OUT/$name.pdf"
done
