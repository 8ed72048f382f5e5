#!/usr/bin/env bash
# The print edition and the editor's URLs, under attack and after accidents:
# an interrupted build never poisons the next one, and a PDF that could not
# be made again is removed and not linked; a script URL never becomes a link;
# a URL never runs TeX; a paragraph longer than TeX's input buffer is typeset.
source "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT


# --- Case 4: a build killed during XeLaTeX ----------------------------------
mkdir -p "$tmp/k/texts"
printf 'The Letter\n\nThe first wording of the letter.\n\nA second paragraph.\n' > "$tmp/k/texts/letter-en.txt"
edition "$tmp/k"
FORMATS=tei,html,pdf build k
check "kill: the first build makes the PDF" test -s "$tmp/k.out/print/letter-en.pdf"
# kill -9 during a pass: the .aux cut inside a brace group, and no mark that the
# typeset completed (a run removes it before its first pass).
for aux in "$tmp/k.out/print/.work/letter-en/letter-en.aux" "$tmp/k.out/print/.work/edition/edition.aux"; do
  head -c "$(( $(grep -bo '{' "$aux" | tail -1 | cut -d: -f1) + 1 ))" "$aux" > "$aux.cut" && mv "$aux.cut" "$aux"
  rm -f "$(dirname "$aux")/editio-complete"
done
sed -i 's/first wording/second wording/' "$tmp/k/texts/letter-en.txt"
FORMATS=tei,html,pdf build k
check "kill: the next build succeeds (exit 0)" test "$rc" -eq 0
check "kill: no TeX error about the truncated .aux" bash -c "! grep -q 'File ended' '$tmp/k.log'"
check "kill: the PDF is made again with the new text" bash -c "pdftotext '$tmp/k.out/print/letter-en.pdf' - | grep -q 'second wording'"
check "kill: the whole-edition PDF too" bash -c "pdftotext '$tmp/k.out/print/edition.pdf' - | grep -q 'second wording'"
check "kill: index.html links the PDFs" bash -c "grep -q 'letter-en.pdf' '$tmp/k.out/html/index.html' && grep -q 'edition.pdf' '$tmp/k.out/html/index.html'"

# XeLaTeX fails (here: one that always does): the old PDFs go, and no page links them.
mkdir -p "$tmp/bin"
printf '#!/bin/sh\necho "! Emergency stop."\nexit 1\n' > "$tmp/bin/xelatex"; chmod +x "$tmp/bin/xelatex"
sed -i 's/second wording/third wording/' "$tmp/k/texts/letter-en.txt"
PATH="$tmp/bin:$PATH" FORMATS=tei,html,pdf build k
check "failed PDF: the build says so (exit 1)" test "$rc" -eq 1
check "failed PDF: the stale document PDF is removed" test ! -e "$tmp/k.out/print/letter-en.pdf"
check "failed PDF: the stale edition.pdf is removed" test ! -e "$tmp/k.out/print/edition.pdf"
check "failed PDF: the TEI and the page have the new text" \
  bash -c "grep -q 'third wording' '$tmp/k.out/tei/letter-en.xml' && grep -q 'third wording' '$tmp/k.out/html/letter-en.html'"
check "failed PDF: the document's page does not link it" bash -c "! grep -q '\.pdf' '$tmp/k.out/html/letter-en.html'"
check "failed PDF: index.html links neither PDF" bash -c "! grep -q '\.pdf' '$tmp/k.out/html/index.html'"
check "failed PDF: edition.xml names no PDF" bash -c "! grep -q 'pdf=' '$tmp/k.out/edition.xml'"
check "failed PDF: the TEI is still linked" grep -q 'letter-en.xml' "$tmp/k.out/html/index.html"

# --- Case 5: script URLs ----------------------------------------------------
mkdir -p "$tmp/x/texts"
printf 'A Note\n\nSome text.\n' > "$tmp/x/texts/note-en.txt"
n=0
for url in 'javascript:alert(1)' '  JaVaScRiPt:alert(1)' 'java\tscript:alert(1)' 'java\nscript:alert(1)' \
           'data:text/html,<script>alert(1)</script>' 'vbscript:msgbox(1)' 'javascript&#58;alert(1)' \
           'javascript&colon;alert(1)'; do
  for key in licence_url source; do
    n=$((n + 1))
    if [ "$key" = licence_url ]; then
      edition "$tmp/x" "licence_url = \"$url\""
      line=6
    else
      edition "$tmp/x"
      printf '[document.source]\nurl = "%s"\n' "$url" >> "$tmp/x/manifest.toml"
      line=$(grep -n '^url = ' "$tmp/x/manifest.toml" | cut -d: -f1)
    fi
    FORMATS=tei,html build x
    check "script URL #$n ($key = $url): refused at manifest.toml:$line" \
      bash -c "[ $rc -ne 0 ] && grep -q 'manifest.toml:$line:[0-9]*: error: .* cannot be linked' '$tmp/x.log'"
    check "script URL #$n: no page links it" bash -c "! grep -rqi 'href=\"[^\"]*script' '$tmp/x.out/html' 2>/dev/null"
    rm -rf "$tmp/x.out"
  done
done
edition "$tmp/x" 'licence_url = "https://creativecommons.org/publicdomain/zero/1.0/"'
printf '[document.source]\nurl = "mailto:archive@example.org"\n' >> "$tmp/x/manifest.toml"
FORMATS=tei,html build x
check "web and mail URLs: built (exit 0)" test "$rc" -eq 0
check "web URL: linked in the footer" grep -q 'href="https://creativecommons.org/publicdomain/zero/1.0/"' "$tmp/x.out/html/index.html"
# The stylesheets' own guard, for whatever data reaches them: a TEI and an
# edition.xml with script URLs give pages without those links.
sed 's|target="https://creativecommons.org/publicdomain/zero/1.0/"|target=" Java\&#9;Script:alert(1)"|' \
  "$tmp/x.out/tei/note-en.xml" > "$tmp/x-evil.xml"
sed -i 's|Some text\.|Some <ref target="DATA:text/html,x">data</ref> <ptr target="vbscript:x"/> <ref target="https://example.org/ok">ok</ref> text.|' "$tmp/x-evil.xml"
check "guard: the TEI has the script URLs" grep -q 'Java&#9;Script:alert' "$tmp/x-evil.xml"
xsltproc "$SRC/xslt/html/document.xsl" "$tmp/x-evil.xml" > "$tmp/x-evil.html"
check "guard: the document page links no script URL" bash -c "! grep -Eqi 'href=\"[^\"]*(script|data):' '$tmp/x-evil.html'"
check "guard: the document page keeps a web link" grep -q 'href="https://example.org/ok"' "$tmp/x-evil.html"
sed 's|target="https://creativecommons.org/publicdomain/zero/1.0/"|target="javascript:alert(1)"|' \
  "$tmp/x.out/edition.xml" > "$tmp/x-evil-edition.xml"
xsltproc "$SRC/xslt/html/index.xsl" "$tmp/x-evil-edition.xml" > "$tmp/x-evil-index.html"
check "guard: the index links no script URL" bash -c "! grep -qi 'href=\"javascript' '$tmp/x-evil-index.html'"

# --- Case 6: TeX in a URL ---------------------------------------------------
mkdir -p "$tmp/t/texts"
tex_urls=('http://x/^^5c^^7d^^5cinput{/etc/passwd}' 'http://x/^^5cinput^^7b/etc/passwd^^7d'
          'https://x/}\\input{/etc/passwd}{' 'http://x/a%20b^^5cinput{/etc/passwd}#frag~$&_')
i=0
for url in "${tex_urls[@]}"; do
  i=$((i + 1))
  printf 'Source %s\n\nA text with a source.\n' "$i" > "$tmp/t/texts/s$i-en.txt"
done
edition "$tmp/t"
i=0
for url in "${tex_urls[@]}"; do
  i=$((i + 1))
  # [document.source] right after its document's lines
  ID="s$i-en" URL="$url" awk '{ print } $0 == "language = \"en\"" && prev == "title = \"" ENVIRON["ID"] "\"" {
      printf "[document.source]\nurl = \"%s\"\n", ENVIRON["URL"] } { prev = $0 }' "$tmp/t/manifest.toml" > "$tmp/t/m" &&
    mv "$tmp/t/m" "$tmp/t/manifest.toml"
done
FORMATS=tex,pdf build t
check "TeX URLs: built (exit 0)" test "$rc" -eq 0
check "TeX URLs: no ^^ notation reaches the LaTeX" bash -c "! grep -q '\^\^' '$tmp/t.out/print/edition.tex'"
check "TeX URLs: no \\input reaches the LaTeX" bash -c "! grep -q '\\\\input{/etc' '$tmp/t.out/print/edition.tex'"
check "TeX URLs: /etc/passwd is not in the PDF" bash -c "! pdftotext '$tmp/t.out/print/edition.pdf' - | grep -q 'root:'"
check "TeX URLs: the URL is printed as written" bash -c "pdftotext '$tmp/t.out/print/edition.pdf' - | tr -d '\n' | grep -qF '^^5c^^7d^^5cinput{/etc/passwd}'"

# --- Case 10: a paragraph longer than TeX's input buffer --------------------
mkdir -p "$tmp/l/texts"
{ printf 'Long\n\nFirstword '; for _ in $(seq 6000); do printf 'and the long paragraph goes on and on here '; done
  printf 'Lastword.\n'; } > "$tmp/l/texts/long-en.txt"
check "long: the paragraph is one line of over 250 KB" test "$(tail -1 "$tmp/l/texts/long-en.txt" | wc -c)" -gt 250000
edition "$tmp/l"
FORMATS=tei,pdf build l
check "long: built (exit 0)" test "$rc" -eq 0
check "long: no .tex line over 4000 bytes" bash -c "LC_ALL=C awk 'length(\$0) > 4000 { bad = 1 } END { exit bad }' '$tmp/l.out/print/long-en.tex'"
check "long: the PDF has the first word" bash -c "pdftotext '$tmp/l.out/print/long-en.pdf' - | tr -d '\n-' | grep -q Firstword"
check "long: the PDF has the last word" bash -c "pdftotext '$tmp/l.out/print/long-en.pdf' - | tr -d '\n-' | grep -q Lastword"
check "long: the whole-edition PDF too" bash -c "pdftotext '$tmp/l.out/print/edition.pdf' - | tr -d '\n-' | grep -q Lastword"

finish
