#!/usr/bin/env bash
# Incremental builds: an unchanged document is not rebuilt (its outputs are
# left untouched), a changed one is (its text, or its entries of the editor's
# layer), and the cross-document pages follow it;
# a document that failed is tried again; --force rebuilds everything.
source "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp -r "$SRC/sources" "$tmp/src"
count=$(grep -c '^\[\[document\]\]' "$tmp/src/manifest.toml")
# The documents' ids and files, in manifest order.
doc_field() { awk -v key="$1" '/^\[\[document\]\]/ {d = 1; next} /^\[/ {d = 0} d && $1 == key {gsub(/"/, "", $3); print $3}' \
  "$tmp/src/manifest.toml"; }
first_id=$(doc_field id | head -1)
first_file=$(doc_field file | head -1)
other_id=$(doc_field id | sed -n 3p)
formats=tei,html
build() { "$EDITIO" build --sources "$tmp/src" --out "$tmp/out" --formats "$formats" --progress off "$@" > "$tmp/log" 2>&1; }

build
check "first build: every document built" grep -q "($count built, 0 failed)" "$tmp/log"
cp "$tmp/out/tei/$other_id.xml" "$tmp/other-before.xml"
touch -d '2001-01-01' "$tmp/out/tei/$other_id.xml" "$tmp/out/html/$other_id.html"

build
check "no change: nothing rebuilt" grep -q "(0 built, $count unchanged, 0 failed)" "$tmp/log"
check "no change: the unchanged document's TEI is not rewritten" \
  test "$(stat -c %Y "$tmp/out/tei/$other_id.xml")" = "$(date -d 2001-01-01 +%s)"
check "no change: the cross-document pages are still made" test -s "$tmp/out/html/register.html"

# A new paragraph with a word no document has: only that document is rebuilt,
# and the search index (a cross-document page) knows the word.
printf '\n\nZyxwvutsrq paragraph added for the incremental test.\n' >> "$tmp/src/$first_file"
touch -d '2001-01-01' "$tmp/out/html/register.html"
build
check "one change: one document rebuilt" grep -q "(1 built, $((count - 1)) unchanged, 0 failed)" "$tmp/log"
check "one change: its TEI has the new text" grep -q 'Zyxwvutsrq' "$tmp/out/tei/$first_id.xml"
check "one change: its HTML has the new text" grep -q 'Zyxwvutsrq' "$tmp/out/html/$first_id.html"
check "one change: the search index has the new word" grep -q 'zyxwvutsrq' "$tmp/out/html/search-index.js"
check "one change: the other documents are untouched" \
  test "$(stat -c %Y "$tmp/out/tei/$other_id.xml")" = "$(date -d 2001-01-01 +%s)"
check "one change: the unchanged TEI is byte-identical" cmp "$tmp/out/tei/$other_id.xml" "$tmp/other-before.xml"
check "one change without names: the register (same edition.xml) is not made again" \
  test "$(stat -c %Y "$tmp/out/html/register.html")" = "$(date -d 2001-01-01 +%s)"
check "one change: the register still lists the unchanged documents' mentions" \
  grep -q "$other_id.html#" "$tmp/out/html/register.html"

# The editor's files count per document (driver/incremental.hpp, EditorInputs):
# a comment in the personography changes no document; a [[correction]]
# rebuilds the document it names, and only that one.
printf '\n<!-- edited -->\n' >> "$tmp/src/personography.xml"
build
check "personography comment: no document rebuilt" grep -q "(0 built, $count unchanged, 0 failed)" "$tmp/log"
corr_line=$(grep -n '^corr = ' "$tmp/src/editorial.toml" | head -1 | cut -d: -f1)
corr_doc=$(head -n "$corr_line" "$tmp/src/editorial.toml" | grep '^document = ' | tail -1 | sed 's/^document = "\(.*\)"$/\1/')
sed -i "${corr_line}s/\"\$/ corrected again\"/" "$tmp/src/editorial.toml"
build
check "one [[correction]] changed: one document rebuilt, the rest reused" \
  grep -q "(1 built, $((count - 1)) unchanged, 0 failed)" "$tmp/log"
check "one [[correction]] changed: its document has the new reading" grep -q 'corrected again' "$tmp/out/tei/$corr_doc.xml"
check "one [[correction]] changed: the other documents are untouched" \
  test "$(stat -c %Y "$tmp/out/tei/$other_id.xml")" = "$(date -d 2001-01-01 +%s)"
# A new [[person]] of the sample's personography, named only in one document, is checked in tests/unit/incremental_test.cpp.

# A document that fails is tried again, and fails again, until it is fixed.
cp "$tmp/src/$first_file" "$tmp/good.txt"
printf '\xff\xfe broken\n' >> "$tmp/src/$first_file"
build || true
check "broken source: the document fails" grep -q "1 failed" "$tmp/log"
build || true
check "broken source: tried again next time" grep -q "1 failed" "$tmp/log"
cp "$tmp/good.txt" "$tmp/src/$first_file"
build
check "fixed source: rebuilt, the rest unchanged" grep -q "(1 built, $((count - 1)) unchanged, 0 failed)" "$tmp/log"

# A damaged record is no record: that document is rebuilt, nothing crashes.
printf 'editio-state 1\nkey 0\nnotes lots\n' > "$tmp/out/.editio/state/$other_id.state"
build
check "damaged record: its document rebuilt" grep -q "(1 built, $((count - 1)) unchanged, 0 failed)" "$tmp/log"

# Removing an output makes its document be rebuilt.
rm "$tmp/out/html/$other_id.html"
build
check "missing output: its document rebuilt" grep -q "(1 built, $((count - 1)) unchanged, 0 failed)" "$tmp/log"
check "missing output: written again" test -s "$tmp/out/html/$other_id.html"

# The whole-edition book is made again only when a document in it changed,
# and not at all with --no-book (an older book that no longer matches goes).
formats=tei,tex
build
build
check "book: reused when nothing changed" grep -q "whole-edition book (print/edition.\*): reused" "$tmp/log"
sed -i "${corr_line}s/ corrected again\"\$/ corrected once more\"/" "$tmp/src/editorial.toml"
build
check "book: a [[correction]] rebuilds one document" grep -q "(1 built, $((count - 1)) unchanged, 0 failed)" "$tmp/log"
check "book: made again when one of its documents changed" bash -c "! grep -q 'whole-edition book (print/edition.\*): reused' '$tmp/log'"
check "book: the changed body is in it" grep -q 'corrected once more' "$tmp/out/print/$corr_doc.body.tex"
printf '\n\nAnother added paragraph.\n' >> "$tmp/src/$first_file"
build --no-book
check "--no-book: the changed document is rebuilt" grep -q "(1 built, $((count - 1)) unchanged, 0 failed)" "$tmp/log"
check "--no-book: the book is not made" grep -q "whole-edition book (print/edition.\*): not made (--no-book)" "$tmp/log"
build
check "book: made by the next build without --no-book" grep -q 'Another added paragraph' "$tmp/out/print/$first_id.body.tex"
check "book: then reused" bash -c "'$EDITIO' build --sources '$tmp/src' --out '$tmp/out' --formats tei,tex --progress off | grep -q 'book (print/edition.\*): reused'"
formats=tei,html

build --force
check "--force: every document rebuilt" grep -q "($count built, 0 failed)" "$tmp/log"
finish
