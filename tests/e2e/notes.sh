#!/usr/bin/env bash
# Notes never cost a document: a note in a heading, a dateline, a list item,
# a quotation, a signature, in front and back matter, a body without a call,
# a call without a body, a second call of a note and numbering that starts
# again are all printed and typeset with the real XeLaTeX; the title never
# holds a note call; bracketed corrections ("5 [4] p.m.") are no calls. And a
# PDF that cannot be made is not linked.
source "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d); [ -n "${KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT
pdftext() { pdftotext -enc UTF-8 "$1" - | tr -s ' \n\t\f' ' '; }

# --- Two invented documents, English and Russian -----------------------------
mkdir -p "$tmp/n/texts"
cat > "$tmp/n/texts/telegrams-en.txt" <<'EOF'
The Minister in Ruritania to the Secretary of State (Brown)[1]

Strelsau, March 3, 1921, 5 [4] p.m.[2]

Sir: The new bridge[3] was opened on May 14, 1923 [1925], and the following works remain:

- the north span[4];
- the south span and the toll house.

“The river is high this year and the ferry is the only crossing left.”[5]

A paragraph that calls a note without a body[9] and goes on, and calls the bridge note again[3].

I have the honor to be, Sir, your obedient servant,

John Smith[6]

The Secretary of State to the Minister in Ruritania

Washington, March 9, 1921.

Your telegram received.[1] Proceed as proposed.[2]

Brown

[1] Note in the heading of the first telegram.

[2] Note in the dateline.

[3] Note in a paragraph.

[4] Note in a list item.

[5] Note in a quotation.

[6] Note in the signature on John Smith.

[7] Note without a call on John Smith.

[1] First note of the second telegram.

[2] Second note of the second telegram.
EOF
cat > "$tmp/n/texts/letter-ru.txt" <<'EOF'
Письмо И. И. Иванову[1]

Москва, 3 марта 1921 г.

Милостивый государь! Мост[2] открыт 14 мая 1923 [1925] г.

Иван Петров

[1] Примечание в заголовке.

[2] Примечание в абзаце.

[3] Примечание без ссылки об Иване Петрове.
EOF
cat > "$tmp/n/editorial.toml" <<'EOF'
[[block]]
document = "telegrams-en"
text = "Strelsau, March 3, 1921, 5 [4] p.m.[2]"
role = "dateline"

[[block]]
document = "telegrams-en"
text = "John Smith[6]"
role = "signed"
EOF
cat > "$tmp/n/personography.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
  <teiHeader><fileDesc><titleStmt><title>Personography</title></titleStmt>
    <publicationStmt><p>Test data.</p></publicationStmt><sourceDesc><p>Written for the test.</p></sourceDesc></fileDesc></teiHeader>
  <text><body><listPerson>
    <person xml:id="smith-j"><persName type="reg" xml:lang="en"><forename>John</forename> <surname>Smith</surname></persName></person>
    <person xml:id="petrov-ii"><persName type="reg" xml:lang="ru"><surname>Петров</surname> <forename>Иван</forename></persName></person>
  </listPerson></body></text></TEI>
EOF
edition "$tmp/n" 'editorial = "editorial.toml"' 'personography = "personography.xml"'
FORMATS=tei,html,pdf build n
en="$tmp/n.out/tei/telegrams-en.xml"; ru="$tmp/n.out/tei/letter-ru.xml"
check "build succeeds (exit 0)" test "$rc" -eq 0
check "XeLaTeX never fails" bash -c "! grep -qi 'XeLaTeX failed\|edtext outside' '$tmp/n.log'"
for d in telegrams-en letter-ru edition; do
  check "the PDF $d.pdf is made" test -s "$tmp/n.out/print/$d.pdf"
done
pdftext "$tmp/n.out/print/telegrams-en.pdf" > "$tmp/en.txt"
pdftext "$tmp/n.out/print/letter-ru.pdf" > "$tmp/ru.txt"
for s in "Note in the heading of the first telegram." "Note in the dateline." "Note in a paragraph." \
         "Note in a list item." "Note in a quotation." "Note in the signature on John Smith." \
         "First note of the second telegram." "Second note of the second telegram." \
         "Notes without a call in the text" "Note without a call on John Smith." "a note without a body[9]"; do
  check "the PDF holds: $s" contains "$tmp/en.txt" "$s"
done
for s in "Примечание в заголовке." "Примечание в абзаце." "Примечания без ссылки в тексте" \
         "Примечание без ссылки об Иване Петрове."; do
  check "the Russian PDF holds: $s" contains "$tmp/ru.txt" "$s"
done
check "the whole-edition PDF holds the uncalled notes" bash -c "pdftotext -enc UTF-8 '$tmp/n.out/print/edition.pdf' - | tr -s ' \n' ' ' | grep -qF 'Note without a call on John Smith.'"
check "the index of persons counts the uncalled note's mention" bash -c "pdftotext '$tmp/n.out/print/telegrams-en.pdf' - | grep -q 'Smith, John'"

# the TEI: a note in every place, numbers as printed, sequences apart in xml:id
check "heading keeps its note" test "$(xpath "$en" "string(//*[local-name()='body']//*[local-name()='head'][1]/*[local-name()='note']/@n)")" = 1
check "dateline keeps its note" test "$(xpath "$en" "count(//*[local-name()='dateline']/*[local-name()='note'])")" = 1
check "signature keeps its note" test "$(xpath "$en" "count(//*[local-name()='signed']/*[local-name()='note'])")" = 1
check "list item keeps its note" test "$(xpath "$en" "count(//*[local-name()='item']/*[local-name()='note'])")" = 1
check "quotation keeps its note" test "$(xpath "$en" "count(//*[local-name()='quote']//*[local-name()='note'])")" = 1
check "restarted numbering: @n as printed" test "$(xpath "$en" "string(//*[@*[local-name()='id']='telegrams-en-n1.2']/@n)")" = 1
check "restarted numbering: each note once" test "$(xpath "$en" "count(//*[local-name()='body']//*[local-name()='note'])")" = 8
check "no invented number" bash -c "! grep -qE ' n=.[0-9]+-' '$en'"
check "a second call refers to its note" \
  test "$(xpath "$en" "string(//*[local-name()='ref'][@type='noteAnchor']/@target)")" = "#telegrams-en-n3"
check "a body without a call is in the back matter" \
  test "$(xpath "$en" "string(//*[local-name()='back']/*[@type='notes']/*[local-name()='note']/@n)")" = 7
check "'5 [4] p.m.' and '1923 [1925]' are no calls" bash -c "grep -qF '5 [4] p.m.' '$en' && grep -qF '[<date when=\"1925\">1925</date>]' '$en'"
check "the call without a body stays as text" grep -qF 'a body[9] and' "$en"
check "the call without a body is warned at its place" logged n 'telegrams-en.txt:12:45: warning: note call \[9\] has no note body'
check "the uncalled body is warned at its place" logged n 'letter-ru.txt:13:1: warning: note body \[3\] is not called'

# the title: never the call; the HTML heading shows no stray "[1]"
mkdir -p "$tmp/c"
printf 'The Secretary of State to the Consul (Cole)[1]\n\nPlease report.\n\n[1] Sent through the Embassy.\n' > "$tmp/c/cole.txt"
"$EDITIO" convert "$tmp/c/cole.txt" -o "$tmp/c/cole.xml" > /dev/null 2>&1
check "convert: the title holds no note call" \
  test "$(xpath "$tmp/c/cole.xml" "string(//*[local-name()='titleStmt']/*[local-name()='title'][@type='main'])")" = "The Secretary of State to the Consul (Cole)"
check "convert: the head keeps the note" test "$(xpath "$tmp/c/cole.xml" "count(//*[local-name()='head']/*[local-name()='note'])")" = 1
check "HTML: no stray call in the headings" bash -c "! grep -qF '(Brown)[1]' '$tmp/n.out/html/telegrams-en.html'"
check "HTML: the uncalled note says so" grep -qF 'no call in the text' "$tmp/n.out/html/telegrams-en.html"
check "HTML: the second call links to the note" grep -qE 'href="#telegrams-en-n3"[^>]*>\[3\]</a>' "$tmp/n.out/html/telegrams-en.html"
check "index.html links both PDFs" bash -c "grep -q 'telegrams-en.pdf' '$tmp/n.out/html/index.html' && grep -q 'letter-ru.pdf' '$tmp/n.out/html/index.html'"

# --- Notes where the converter does not put them: front and back matter, an
#     address line, a postscript, a closer's salute (the stylesheet and
#     XeLaTeX on their own) ---------------------------------------------------
python3 - "$en" "$tmp/more.xml" <<'EOF'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
note = lambda n, where: f'<note place="foot" n="{n}" xml:id="telegrams-en-x{n}"><p>Note in {where} on <persName ref="#smith-j">John Smith</persName>.</p></note>'
s = s.replace('<text>', '<text><front><div type="headnote"><p>Front matter' + note(31, 'the front matter') + '</p></div></front>', 1)
s = s.replace('<back>', '<back><div type="colophon"><p>Back matter' + note(32, 'the back matter') + '</p></div>', 1)
s = s.replace('<closer', '<list type="addresses"><item><address><addrLine>An address' + note(35, 'an address') +
              '</addrLine></address></item></list><closer', 1)
s = s.replace('</closer>', '<salute>Yours' + note(33, 'a salute') + '</salute></closer>'
              '<postscript><p>P.S. A postscript' + note(34, 'a postscript') + '</p></postscript>', 1)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
EOF
check "the extended TEI is valid" "$EDITIO" validate "$tmp/more.xml"
mkdir -p "$tmp/more"
xsltproc --nonet "$SRC/xslt/latex/document.xsl" "$tmp/more.xml" > "$tmp/more/more.tex"
ok=1
for pass in 1 2; do
  (cd "$tmp/more" && xelatex -interaction=nonstopmode -halt-on-error more.tex > /dev/null 2>&1) || ok=0
done
[ "$ok" = 1 ] || grep -A6 '^!' "$tmp/more/more.log" | head -20
check "notes in front and back matter, a salute, a postscript, an address: XeLaTeX makes the PDF" test "$ok" = 1
pdftext "$tmp/more/more.pdf" > "$tmp/more.txt" 2>/dev/null || true
for w in "the front matter" "the back matter" "a salute" "a postscript" "an address"; do
  check "that PDF holds the note in $w" contains "$tmp/more.txt" "Note in $w on John Smith."
done

# --- A PDF that cannot be made is not linked (the other documents' are) -----
mkdir -p "$tmp/bin"
real=$(command -v xelatex)
printf '#!/bin/sh\ncase "$*" in *letter-ru*) echo "! Emergency stop."; exit 1;; esac\nexec "%s" "$@"\n' "$real" > "$tmp/bin/xelatex"
chmod +x "$tmp/bin/xelatex"
sed -i 's/Мост\[2\] открыт/Мост[2] наконец открыт/' "$tmp/n/texts/letter-ru.txt"
PATH="$tmp/bin:$PATH" FORMATS=tei,html,pdf build n
check "one PDF failed: the build says so (exit 1)" test "$rc" -eq 1
check "one PDF failed: it is not left behind" test ! -e "$tmp/n.out/print/letter-ru.pdf"
check "one PDF failed: index.html does not link it" bash -c "! grep -q 'letter-ru.pdf' '$tmp/n.out/html/index.html'"
check "one PDF failed: its page does not link it" bash -c "! grep -q 'letter-ru.pdf' '$tmp/n.out/html/letter-ru.html'"
check "one PDF failed: the other document's PDF is still linked" grep -q 'telegrams-en.pdf' "$tmp/n.out/html/index.html"
check "one PDF failed: the book is made without it" bash -c "test -s '$tmp/n.out/print/edition.pdf' && ! pdftotext '$tmp/n.out/print/edition.pdf' - | grep -q 'Примечание в абзаце'"

finish
