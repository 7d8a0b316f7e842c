#!/bin/sh
# The user guide as HTML, for a system with no help viewer (Yelp): one
# folder per language, opened in the browser by Help when help: URIs fail.
#
#   help-html.sh OUTDIR HELPDIR LANG…
# HELPDIR holds C/*.page and LANG/LANG.po; needs yelp-build, itstool, msgfmt.
set -eu
out=$1 help=$2
shift 2
rm -rf "$out"
mkdir -p "$out"
for lang in "$@"; do
  pages="$help/C"
  if [ "$lang" != C ]; then
    pages="$out/.pages-$lang"
    mkdir -p "$pages"
    msgfmt -o "$pages/$lang.mo" "$help/$lang/$lang.po"
    itstool -m "$pages/$lang.mo" --lang "$lang" -o "$pages" "$help"/C/*.page
  fi
  mkdir -p "$out/$lang"
  yelp-build html -o "$out/$lang/" "$pages"/*.page
  rm -rf "$out/.pages-$lang"
done
