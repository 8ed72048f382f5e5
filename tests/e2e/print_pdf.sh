#!/usr/bin/env bash
# The print edition: LaTeX with reledmac, typeset by XeLaTeX; the PDF holds
# Russian and English text and the notes, with every font embedded.
source "$(dirname "$0")/lib.sh"
p="$OUT/print"
check "LaTeX uses reledmac" grep -qE '\\usepackage(\[[^]]*\])?\{reledmac\}' "$p/red-book-bloc.tex"
check "LaTeX holds note 41" contains "$p/red-book-bloc.tex" "how can it be explained"
pdftotext -layout "$p/red-book-bloc.pdf" "$OUT/red-book.txt"
pdftotext -layout "$p/smirnov-biography.pdf" "$OUT/biography.txt"
check "English body text in the PDF" contains "$OUT/red-book.txt" "crushed the Left Opposition"
check "note 44 text in the PDF" contains "$OUT/red-book.txt" "prophylactic measure"
check "signature in the PDF" contains "$OUT/red-book.txt" "(L.S.)"
check "Russian body text in the PDF" contains "$OUT/biography.txt" "Наркомом почт и телеграфов"
for f in "$p"/*.pdf; do
  check "all fonts embedded in $(basename "$f")" bash -c "pdffonts '$f' | tail -n +3 | awk '{ if (\$(NF-4) != \"yes\") bad=1 } END { exit bad }'"
done
check "no missing characters in TeX logs" bash -c "! grep -l 'Missing character' '$p'/.work/*/*.log"
mkdir -p "$SRC/tests/artifacts"
pdftoppm -png -r 70 -f 1 -l 1 "$p/red-book-bloc.pdf" "$SRC/tests/artifacts/red-book-bloc-page" && pass "page image saved to tests/artifacts/"
finish
