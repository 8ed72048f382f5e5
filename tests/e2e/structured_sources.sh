#!/usr/bin/env bash
# The sample's Markdown guide (front matter, footnotes, emphasis, a list, a
# table, a quotation, code and a URL) and its Word note (footnotes, italics,
# bold, Cyrillic) built into TEI, HTML and PDF like the plain-text documents.
source "$(dirname "$0")/lib.sh"
md="$OUT/tei/reading-guide.xml"
docx="$OUT/tei/kratkaya-spravka.xml"
tei='*[local-name()="text"]'
count() { xpath "$1" "count($2)"; }

# Markdown: the front matter is metadata, never text.
check "md: the title comes from the front matter" \
  test "$(xpath "$md" 'string(//*[local-name()="titleStmt"]/*[local-name()="title"][1])')" = \
  "Reading the documents: a guide to this edition"
check "md: the date comes from the front matter" \
  test "$(count "$md" '//*[local-name()="creation"]//*[@when="2026-12-06"] | //*[local-name()="sourceDesc"]//*[@when="2026-12-06"]')" -ge 1
check "md: no front matter line in the text" test "$(count "$md" "//$tei//text()[contains(., 'subtitle:') or contains(., '---')]")" = 0
check "md: three footnotes at their call sites" test "$(count "$md" "//$tei//*[local-name()='p']/*[local-name()='note'][@place='foot']")" = 3
check "md: no '[^1]' left in the text" test "$(count "$md" "//$tei//text()[contains(., '[^')]")" = 0
check "md: the notes are the editors' (note_resp)" test "$(count "$md" "//$tei//*[local-name()='note'][@resp='#ed']")" = 3
check "md: italics kept" test "$(count "$md" "//$tei//*[local-name()='hi'][@rend='italic']")" -ge 2
check "md: bold kept" test "$(count "$md" "//$tei//*[local-name()='hi'][@rend='bold']")" -ge 1
check "md: a code span, and no date inside it" \
  test "$(count "$md" "//$tei//*[local-name()='hi'][@rend='code'][not(.//*[local-name()='date'])]")" -ge 1
check "md: the URL is a link, with no date or name inside" \
  test "$(count "$md" "//$tei//*[local-name()='ref'][starts-with(@target, 'https://tei-c.org')][not(*)]")" = 1
check "md: the list" test "$(count "$md" "//$tei//*[local-name()='list']/*[local-name()='item']")" = 3
check "md: the table, 4 rows of 3 cells" test "$(count "$md" "//$tei//*[local-name()='table']/*[local-name()='row']/*[local-name()='cell']")" = 12
check "md: the quotation" test "$(count "$md" "//$tei//*[local-name()='quote']")" -ge 1
check "md: persons linked (Blumkin)" test "$(count "$md" "//$tei//*[local-name()='persName'][@ref]")" -ge 3
check "md: dates tagged (21 October 1929)" test "$(count "$md" "//$tei//*[local-name()='date'][@when='1929-10-21']")" = 1
check "md: valid against tei_all" xmllint --noout --relaxng "$TEI_ALL" "$md"

# Word: footnotes at their calls, formatting kept, the file's own title.
check "docx: the title comes from the document's properties" \
  test "$(xpath "$docx" 'string(//*[local-name()="titleStmt"]/*[local-name()="title"][1])')" = \
  "О документах издания: краткая справка"
check "docx: three footnotes at their call sites" test "$(count "$docx" "//$tei//*[local-name()='p']/*[local-name()='note'][@place='foot']")" = 3
check "docx: italics and bold kept" test "$(count "$docx" "//$tei//*[local-name()='hi'][@rend='italic' or @rend='bold']")" -ge 2
check "docx: persons linked" test "$(count "$docx" "//$tei//*[local-name()='persName'][@ref]")" -ge 3
check "docx: valid against tei_all" xmllint --noout --relaxng "$TEI_ALL" "$docx"

# HTML: emphasis, the table and the notes' links.
h="$OUT/html/reading-guide.html"
check "html: italics as <i class=\"hi rend-italic\">" contains "$h" "<i class=\"hi rend-italic\">"
check "html: the table" contains "$h" "<table"
check "html: the external link" contains "$h" 'href="https://tei-c.org/guidelines/p5/"'
check "html: note calls link their notes" \
  test "$(grep -o 'href="#reading-guide-n[0-9]*"' "$h" | sort -u | wc -l)" -ge 3

# PDF: the footnotes' texts, Latin and Cyrillic.
pdftotext "$OUT/print/reading-guide.pdf" "$OUT/reading-guide.txt"
check "pdf: the guide's footnote" grep -q "Sedov numbers these notes" "$OUT/reading-guide.txt"
pdftotext "$OUT/print/kratkaya-spravka.pdf" "$OUT/kratkaya-spravka.txt"
check "pdf: the Word note's footnote, in Cyrillic" grep -q "Гетти" "$OUT/kratkaya-spravka.txt"
finish
