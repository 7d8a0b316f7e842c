#!/bin/sh
# Installs the build into a scratch DESTDIR and checks that everything lands
# where the desktop expects it.
set -eu
builddir=$1
prefix=$2
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

meson install -C "$builddir" --destdir "$dest" --no-rebuild --quiet >/dev/null

root=$dest$prefix
status=0
for f in \
  bin/futureproof \
  bin/futureproof-cli \
  libexec/futureproof-report \
  share/applications/io.github.futureproof.Futureproof.desktop \
  share/metainfo/io.github.futureproof.Futureproof.metainfo.xml \
  share/icons/hicolor/scalable/apps/io.github.futureproof.Futureproof.svg \
  share/icons/hicolor/symbolic/apps/io.github.futureproof.Futureproof-symbolic.svg \
  share/glib-2.0/schemas/io.github.futureproof.Futureproof.gschema.xml \
  share/locale/nb/LC_MESSAGES/futureproof.mo \
  share/help/C/futureproof/index.page \
  share/help/nb/futureproof/index.page \
  share/futureproof/samples/backendutvikler-nb.pdf
do
  if [ -e "$root/$f" ]; then
    echo "ok $f"
  else
    echo "MISSING $f"
    status=1
  fi
done

# The installed desktop file and metainfo are translated.
grep -q '^Comment\[nb\]=' "$root/share/applications/io.github.futureproof.Futureproof.desktop" || { echo "desktop file not translated"; status=1; }
grep -q 'xml:lang="nb"' "$root/share/metainfo/io.github.futureproof.Futureproof.metainfo.xml" || { echo "metainfo not translated"; status=1; }
# The installed CLI finds its report helper, wherever the tree was put.
if "$root/bin/futureproof-cli" assess "$root/share/futureproof/samples/backendutvikler-nb.pdf" \
     --format pdf -o "$dest/report.pdf" 2>"$dest/err" && head -c 5 "$dest/report.pdf" | grep -q '%PDF-'; then
  echo "ok installed CLI writes a PDF report"
else
  echo "installed CLI could not write a PDF report: $(cat "$dest/err")"
  status=1
fi
exit $status
