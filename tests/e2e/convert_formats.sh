#!/usr/bin/env bash
# One text in Markdown, Word and OpenDocument (tests/data/office/sample.*, made
# from sample.md by pandoc) and a saved web page, each converted with
# `editio convert` into valid TEI with its notes at their calls and its
# markup kept; the readers' errors and the "looks like Markdown" warning.
source "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
data="$SRC/tests/data"
count() { xpath "$1" "count($2)"; }
body='//*[local-name()="body"]'

for f in sample.md sample.docx sample.odt; do
  out="$tmp/$f.xml"
  check "$f: converted" "$EDITIO" convert "$data/office/$f" -o "$out"
  check "$f: valid against tei_all" xmllint --noout --relaxng "$TEI_ALL" "$out"
  check "$f: two notes, at their calls" test "$(count "$out" "$body//*[local-name()='p']/*[local-name()='note'][@place='foot']")" = 2
  check "$f: the first note follows 'aboard.'" \
    test "$(xpath "$out" "string($body//*[local-name()='note'][@n='1']/preceding-sibling::text()[1])")" = " aboard."
  check "$f: italics and bold" test "$(count "$out" "$body//*[local-name()='hi'][@rend='italic' or @rend='bold']")" -ge 3
  check "$f: the link" test "$(count "$out" "$body//*[local-name()='ref'][@target='https://example.org/log']")" = 1
  check "$f: two lists, bulleted then numbered" \
    test "$(count "$out" "$body//*[local-name()='list'][@rend='bulleted'][following-sibling::*[local-name()='list'][@rend='numbered']]")" = 1
  check "$f: the table's header row and two rows" \
    test "$(count "$out" "$body//*[local-name()='table']/*[local-name()='row']")" = 3
  check "$f: the quotation" test "$(count "$out" "$body//*[local-name()='quote']")" = 1
  check "$f: the title is the file's" \
    test "$(xpath "$out" 'string(//*[local-name()="titleStmt"]/*[local-name()="title"][1])')" = "A Letter from the Coast"
done
check "sample.md: the author comes from the front matter" \
  test "$(xpath "$tmp/sample.md.xml" 'string(//*[local-name()="titleStmt"]/*[local-name()="author"])')" = "Anna Marsh"
check "sample.md: the header says it was converted from Markdown" contains "$tmp/sample.md.xml" "Markdown"

page="$tmp/page.xml"
check "html: converted" "$EDITIO" convert "$data/html/letter-page.html" -o "$page"
check "html: valid against tei_all" xmllint --noout --relaxng "$TEI_ALL" "$page"
check "html: notes at their calls" test "$(count "$page" "$body//*[local-name()='note']")" -ge 1
check "html: no script or navigation text" test "$(count "$page" "$body//text()[contains(., 'function(') or contains(., 'Subscribe')]")" = 0

# A text that is Markdown written out, read as plain text: a warning with its position and the way out.
printf -- '---\ntitle: An essay\n---\n\nText with a note.[^1]\n\n[^1]: The note.\n' > "$tmp/essay.txt"
"$EDITIO" convert "$tmp/essay.txt" -o "$tmp/essay.xml" 2> "$tmp/essay.log" || true
check "txt: warned that it looks like Markdown, at 1:1" grep -q "essay.txt:1:1: warning: this file looks like Markdown" "$tmp/essay.log"
check "txt: ... and told how to read it" grep -q "use --format markdown" "$tmp/essay.log"
check "txt: --format markdown reads it so: one note" \
  bash -c "'$EDITIO' convert --format markdown '$tmp/essay.txt' -o '$tmp/essay-md.xml' && \
           test \"\$(xmllint --xpath 'count(//*[local-name()=\"body\"]//*[local-name()=\"note\"])' '$tmp/essay-md.xml')\" = 1"

# Bad input: one line, a non-zero exit code, no TEI.
set +e
"$EDITIO" convert --format pdf "$tmp/essay.txt" 2> "$tmp/fmt.log"; rc_fmt=$?
printf 'PK\003\004broken' > "$tmp/broken.docx"
"$EDITIO" convert "$tmp/broken.docx" -o "$tmp/broken.xml" 2> "$tmp/broken.log"; rc_broken=$?
printf '<!DOCTYPE html><html><head><title>App</title><script>render()</script></head><body><div id="app"></div></body></html>' > "$tmp/app.html"
"$EDITIO" convert "$tmp/app.html" -o "$tmp/app.xml" 2> "$tmp/app.log"; rc_app=$?
set -e
check "a page of scripts alone: exit 1, 'no text found', no TEI" \
  bash -c "test $rc_app -eq 1 && grep -q 'no text found' '$tmp/app.log' && test ! -e '$tmp/app.xml'"
check "an unknown --format: exit 2 and the formats it takes" \
  bash -c "test $rc_fmt -eq 2 && grep -q 'text, markdown, html, docx or odt' '$tmp/fmt.log'"
check "a broken Word file: exit 1, one error, no TEI" \
  bash -c "test $rc_broken -eq 1 && test \$(grep -c 'error:' '$tmp/broken.log') -eq 1 && test ! -e '$tmp/broken.xml'"
finish
