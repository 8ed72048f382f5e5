#!/usr/bin/env bash
# Builds the sample edition (all formats) into $OUT: the fixture of the other e2e tests.
source "$(dirname "$0")/lib.sh"
rm -rf "$OUT"
"$EDITIO" build --out "$OUT" | tee "$OUT.log"
ids=$(awk '/^\[\[document\]\]/ {d = 1; next} /^\[/ {d = 0} d && /^id = / {gsub(/"/, "", $3); print $3}' "$SRC/sources/manifest.toml")
check "seven documents in the manifest" test "$(echo "$ids" | wc -w)" -eq 7
for id in $ids; do
  check "TEI for $id" test -s "$OUT/tei/$id.xml"
  check "HTML for $id" test -s "$OUT/html/$id.html"
  check "LaTeX for $id" test -s "$OUT/print/$id.tex"
  check "PDF for $id" test -s "$OUT/print/$id.pdf"
done
check "index.html" test -s "$OUT/html/index.html"
check "summary line" grep -qE '^editio: 7 documents \(7 built, 0 failed\)' "$OUT.log"
finish
