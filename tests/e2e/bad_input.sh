#!/usr/bin/env bash
# A UTF-8 document with a damaged byte is skipped with file:line:column while the
# others are built; the exit code is 1. Usage errors exit with 2.
source "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/src/texts"
printf 'A good text.\n' > "$tmp/src/texts/good.txt"
printf 'Line one.\nСлово \xff слово.\n' > "$tmp/src/texts/bad.txt"
edition "$tmp/src"
set +e
"$EDITIO" build --sources "$tmp/src" --out "$tmp/out" --formats tei,html > "$tmp/log" 2>&1
rc=$?
set -e
cat "$tmp/log"
check "exit code 1" test "$rc" -eq 1
check "error names file:line:column" grep -qE 'texts/bad.txt:2:7: error: invalid UTF-8' "$tmp/log"
check "the good document is built" test -s "$tmp/out/tei/good.xml"
check "the bad document has no TEI" test ! -e "$tmp/out/tei/bad.xml"
check "summary counts the failure" grep -q '1 built, 1 failed' "$tmp/log"
check "source not modified" cmp -s "$tmp/src/texts/bad.txt" <(printf 'Line one.\nСлово \xff слово.\n')
set +e
"$EDITIO" build --formats nonsense >/dev/null 2>&1; rc=$?
"$EDITIO" frobnicate >/dev/null 2>&1; rc2=$?
set -e
check "unknown format is a usage error (2)" test "$rc" -eq 2
check "unknown subcommand is a usage error (2)" test "$rc2" -eq 2
printf 'Title Of A Text\n\nПервый абзац текста.\n' > "$tmp/one.txt"
check "convert writes valid TEI" "$EDITIO" convert "$tmp/one.txt" -o "$tmp/one.xml"
check "convert detects Russian" grep -q 'xml:lang="ru"' "$tmp/one.xml"
finish
