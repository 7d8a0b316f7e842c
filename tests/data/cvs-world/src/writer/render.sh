#!/bin/sh
# packages: libreoffice-writer-nogui fonts-liberation fonts-crosextra-carlito fonts-crosextra-caladea
#
# Renders every flat ODT (*.fodt) in this folder to tests/data/cvs-world/NAME.pdf with
# LibreOffice Writer (soffice --headless --convert-to pdf).  Run from the repository root:
#   sh tests/data/cvs-world/src/writer/render.sh
# The documents name Word's fonts (Calibri, Arial, Arial Narrow, Times New Roman, Cambria) the
# way documents made in Word do; LibreOffice substitutes the metric-compatible Carlito,
# Liberation Sans, Liberation Sans Narrow, Liberation Serif and Caladea.
#
# LibreOffice 7.4 ignores SOURCE_DATE_EPOCH, so after export the creation date, the /ID and the
# /DocChecksum in each PDF are overwritten in place with fixed values of the same length (byte
# offsets, and so the xref table, stay valid).  The output is then byte-for-byte reproducible.
set -eu

SOURCE_DATE_EPOCH=1700000000
export SOURCE_DATE_EPOCH
SRC=tests/data/cvs-world/src/writer
OUT=tests/data/cvs-world

if [ ! -d "$SRC" ]; then
	echo "run this from the repository root" >&2
	exit 1
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/cvs-writer.XXXXXX")
trap 'rm -rf "$TMP"' EXIT INT TERM

# A private LibreOffice profile, so a running office or a user profile is never touched.
PROFILE="file://$TMP/profile"
# 2023-11-14 22:13:20 UTC, i.e. SOURCE_DATE_EPOCH, in PDF date form.
PDFDATE=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y%m%d%H%M%S)

for f in "$SRC"/*.fodt; do
	name=$(basename "$f" .fodt)
	soffice -env:UserInstallation="$PROFILE" --headless --norestore \
		--convert-to pdf --outdir "$TMP" "$f" >"$TMP/log" 2>&1 || {
		cat "$TMP/log" >&2
		exit 1
	}
	[ -s "$TMP/$name.pdf" ] || { cat "$TMP/log" >&2; echo "no PDF for $name" >&2; exit 1; }
	id=$(printf '%s' "$name" | md5sum | cut -c1-32 | tr 'a-f' 'A-F')
	LC_ALL=C sed \
		-e "s/\/CreationDate(D:[0-9]\{14\}/\/CreationDate(D:$PDFDATE/" \
		-e "s/\/ID \[ <[0-9A-F]\{32\}>/\/ID [ <$id>/" \
		-e "s/^<[0-9A-F]\{32\}> \]/<$id> ]/" \
		-e "s/\/DocChecksum \/[0-9A-F]\{32\}/\/DocChecksum \/$id/" \
		"$TMP/$name.pdf" >"$OUT/$name.pdf"
	rm -f "$TMP/$name.pdf"
	echo "$OUT/$name.pdf"
done
