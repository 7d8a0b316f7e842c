#!/bin/sh
# packages: texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-plain-generic texlive-fonts-recommended texlive-xetex texlive-lang-european lmodern tex-gyre fonts-lato fonts-font-awesome
#
# Renders every tests/data/cvs-world/src/latex/*.tex into tests/data/cvs-world/NAME.pdf.
# Run from the repository root:  sh tests/data/cvs-world/src/latex/render.sh
# A source whose first line is "% engine: xelatex" is run through xelatex, all others
# through pdflatex. Each document is compiled twice (page totals, "Side x av y").
set -eu

SRC=tests/data/cvs-world/src/latex
OUT=tests/data/cvs-world
if [ ! -d "$SRC" ]; then
  echo "run this from the repository root" >&2
  exit 1
fi

SOURCE_DATE_EPOCH=1700000000
FORCE_SOURCE_DATE=1
export SOURCE_DATE_EPOCH FORCE_SOURCE_DATE

TMP=$(mktemp -d "${TMPDIR:-/tmp}/cvs-world-latex.XXXXXX")
trap 'rm -rf "$TMP"' EXIT INT TERM

status=0
for tex in "$SRC"/*.tex; do
  name=$(basename "$tex" .tex)
  engine=pdflatex
  if head -n 1 "$tex" | grep -q '^% engine: xelatex'; then
    engine=xelatex
  fi
  cp "$tex" "$TMP/$name.tex"
  ok=1
  for pass in 1 2; do
    if ! (cd "$TMP" && "$engine" -interaction=nonstopmode -halt-on-error "$name.tex" >"$name.log.txt" 2>&1); then
      ok=0
      break
    fi
  done
  if [ "$ok" = 1 ] && [ -f "$TMP/$name.pdf" ]; then
    cp "$TMP/$name.pdf" "$OUT/$name.pdf"
    echo "ok     $name ($engine)"
  else
    echo "FAILED $name ($engine); last lines of the log:" >&2
    tail -n 20 "$TMP/$name.log.txt" >&2 || true
    status=1
  fi
done
exit $status
