#!/bin/sh
# Fails when a translation has untranslated or fuzzy messages, or errors.
set -eu
status=0
for po in "$@"; do
  stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$po" 2>&1) || status=1
  echo "$po: $stats"
  case "$stats" in
    *untranslated*|*fuzzy*) status=1 ;;
  esac
done
exit $status
