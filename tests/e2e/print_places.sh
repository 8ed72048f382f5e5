#!/usr/bin/env bash
# Places and organisations through a whole build, on a small invented
# edition (tests/data/places-edition: a list of places, a list of
# organisations, two texts naming them as the lists write them): the TEI
# points at the entries it carries, the teiCorpus's header holds the shared
# entries once, and the print has an index of places and an index of
# organisations, in each document's PDF and in the book, sorted by name with
# page.line locators (pdftotext).
source "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d); [ -n "${KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT
pdftext() { pdftotext -enc UTF-8 "$1" - | tr -s ' \n\t\f' ' '; }

cp -r "$SRC/tests/data/places-edition" "$tmp/pl"
FORMATS=tei,html,pdf build pl
check "build succeeds (exit 0)" test "$rc" -eq 0
o="$tmp/pl.out"

# The TEI: names point at the entries each document carries.
t="$o/tei/letter-en.xml"
check "the letter names Zenda with @ref" contains "$t" '<placeName ref="#zenda">Zenda</placeName>'
check "the letter names the Railway Board with @ref" contains "$t" '<orgName ref="#railway-board">Railway Board</orgName>'
count() { xmllint --xpath "count($2)" "$1" 2>/dev/null; }
check "the letter carries its three places in settingDesc/listPlace" \
  test "$(count "$t" '//*[local-name()="settingDesc"]/*[local-name()="listPlace"]/*[local-name()="place"]')" = 3
check "the letter carries the organisation in particDesc/listOrg" \
  test "$(count "$t" '//*[local-name()="particDesc"]/*[local-name()="listOrg"]/*[local-name()="org"]')" = 1
check "the report carries only what it names (no Hentzau)" \
  test "$(count "$o/tei/report-en.xml" '//*[@*[local-name()="id"]="hentzau"]')" = 0

# The teiCorpus: each shared entry once, in the corpus header.
c="$o/tei/edition-corpus.xml"
check "the corpus is written" test -s "$c"
for id in strelsau zenda hentzau railway-board; do
  check "the corpus holds $id once" test "$(count "$c" "//*[@*[local-name()=\"id\"]=\"$id\"]")" = 1
done
check "the corpus header holds the places" \
  test "$(count "$c" '/*/*[local-name()="teiHeader"]//*[local-name()="listPlace"]/*[local-name()="place"]')" = 3
if [ -r "$SRC/schemas/editio.sch" ]; then
  check "the corpus is valid against editio.rng" xmllint --noout --relaxng "$SRC/schemas/editio.rng" "$c"
  check "the corpus is valid against editio.sch (pointers resolve)" xmllint --noout --schematron "$SRC/schemas/editio.sch" "$c"
fi

# The document's PDF: its indexes of places and of organisations.
pdftext "$o/print/letter-en.pdf" > "$tmp/letter.txt"
check "the letter's PDF has an index of places" grep -qF "Index of places" "$tmp/letter.txt"
for place in Hentzau Strelsau Zenda; do
  check "... $place with page.line locators" grep -qE "$place(, 1\.[0-9]+)+" "$tmp/letter.txt"
done
# In order of name (the PDF sets the index in two columns, which pdftotext
# reads across: the order is read from the index makeindex wrote).
order=$(sed -n 's/^ *\\item \([A-Za-z]*\),.*/\1/p' "$o/print/.work/letter-en/places.ind" 2>/dev/null | tr '\n' ' ')
check "... sorted by name: $order" test "$order" = "Hentzau Strelsau Zenda "
check "the letter's PDF has an index of organisations" grep -qE "Index of organisations Railway Board, 1\.[0-9]+" "$tmp/letter.txt"

# The book: both indexes, over both documents, in the contents.
pdftext "$o/print/edition.pdf" > "$tmp/book.txt"
check "the book is made" test -s "$o/print/edition.pdf"
check "the book has an index of places" grep -qE "Index of places Hentzau, [0-9]+\.[0-9]+" "$tmp/book.txt"
# Strelsau is named in both documents, which begin on different pages.
pages=$(grep -oE "Strelsau(, [0-9]+\.[0-9]+)+" "$tmp/book.txt" | grep -oE " [0-9]+\." | sort -u | wc -l)
check "... Strelsau with locators on the pages of both documents ($pages pages)" test "$pages" -ge 2
order=$(sed -n 's/^ *\\item \([A-Za-z]*\),.*/\1/p' "$o/print/.work/edition/places.ind" 2>/dev/null | tr '\n' ' ')
check "... sorted by name: $order" test "$order" = "Hentzau Strelsau Zenda "
check "the book has an index of organisations" grep -qE "Index of organisations Railway Board, [0-9]+\.[0-9]+, [0-9]+\.[0-9]+" "$tmp/book.txt"
check "the contents list both indexes" bash -c "pdftotext -f 1 -l 4 '$o/print/edition.pdf' - | grep -q 'Index of organisations'"
finish
