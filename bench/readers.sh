#!/usr/bin/env bash
# The readers' cost beside plain text: one text of ~590 KB (the sample's
# longest document eight times, a paragraph per line) as plain text, and as
# Markdown (footnote calls "[^n]"), saved by pandoc as .docx, .odt and HTML;
# each converted to TEI with `editio convert --no-validate` (read, annotate,
# write), best of three. Needs pandoc and bc.
#   bench/readers.sh [EDITIO]   (default build/editio)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
editio=${1:-$root/build/editio}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for _ in 1 2 3 4 5 6 7 8; do cat "$root/sources/texts/ogpu-blumkin-1929.txt"; done |
  sed 's/\[\([0-9]*\)\]/[^\1]/g' | awk '{print; print ""}' > "$tmp/big.md"
sed 's/\[^\([0-9]*\)\]/[\1]/g' "$tmp/big.md" > "$tmp/big.txt"
pandoc -f markdown -t docx -o "$tmp/big.docx" "$tmp/big.md"
pandoc -f markdown -t odt -o "$tmp/big.odt" "$tmp/big.md"
pandoc -s -f markdown -t html --metadata title=Bench -o "$tmp/big.html" "$tmp/big.md"
for f in big.txt big.md big.docx big.odt big.html; do
  best=999
  for _ in 1 2 3; do
    s=$(date +%s.%N)
    "$editio" convert --no-validate "$tmp/$f" -o "$tmp/out.xml" 2>/dev/null
    e=$(date +%s.%N)
    best=$(echo "t = $e - $s; if (t < $best) t else $best" | bc)
  done
  printf '%-9s %8d bytes  %.2f s\n' "$f" "$(stat -c %s "$tmp/$f")" "$best"
done
