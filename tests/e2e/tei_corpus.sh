#!/usr/bin/env bash
# The edition as one TEI file (tei/edition-corpus.xml, corpus/tei_corpus):
#   1. the sample's corpus is valid against the project schema (jing with
#      schemas/editio.rng; editio validate and xmllint with editio.sch) and
#      against tei_all.rng (jing);
#   2. every xml:id in it is unique and every '#' pointer resolves; it holds one
#      TEI per document of the manifest, with its text, and the editors and
#      persons once, in its header (check_tei_corpus.py);
#   3. the per-document TEI files stay self-contained (each carries its editors
#      and persons) and the site offers the corpus (html/tei/);
#   4. in a small edition: a build with nothing changed reuses it, --force makes
#      the same bytes, and a changed text makes it again with the new text.
source "$(dirname "$0")/lib.sh"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
corpus="$OUT/tei/edition-corpus.xml"
ids=$(awk '/^\[\[document\]\]/ {d = 1; next} /^\[/ {d = 0} d && /^id = / {gsub(/"/, "", $3); print $3}' "$SRC/sources/manifest.toml")
docs=(); for id in $ids; do docs+=("$OUT/tei/$id.xml"); done

check "the build wrote tei/edition-corpus.xml" test -s "$corpus"
check "the build's log names it" grep -qE '^tei  edition-corpus\.xml \(the whole edition: [0-9]+ documents, [0-9]+ persons\)' "$OUT.log"
check "jing: valid against schemas/editio.rng" jing "$SRC/schemas/editio.rng" "$corpus"
check "editio validate: valid against editio.rng and editio.sch" "$EDITIO" validate "$corpus"
check "xmllint: valid against editio.sch as written" xmllint --noout --schematron "$SRC/schemas/editio.sch" "$corpus"
if [ -f "$TEI_ALL" ]; then
  check "jing: valid against tei_all.rng" jing "$TEI_ALL" "$corpus"
else
  echo "skipped: tei_all.rng is absent ($TEI_ALL)"
fi

if python3 "$SRC/tests/e2e/check_tei_corpus.py" "$corpus" "${docs[@]}" > "$tmp/ids.log"; then
  sed 's/^/  /' "$tmp/ids.log"; pass "ids unique, pointers resolve, one TEI per document, editors and persons once"
else
  sed 's/^/  /' "$tmp/ids.log"; fail "check_tei_corpus.py"
fi

for doc in "${docs[@]}"; do
  check "$(basename "$doc"): still carries the editor" grep -q '<editor xml:id="ed"' "$doc"
done
check "the documents' own files still carry their persons" grep -q '<listPerson>' "${docs[0]}"
check "the site offers the corpus (html/tei/edition-corpus.xml)" cmp "$corpus" "$OUT/html/tei/edition-corpus.xml"

# A small edition, TEI only: reused when nothing changed, the same bytes with
# --force, made again when a text changed.
mkdir -p "$tmp/ed/texts"
printf 'First letter.\n\nIt was written in March 1920.\n' > "$tmp/ed/texts/one.txt"
printf 'Second letter.\n\nAnother text.\n' > "$tmp/ed/texts/two.txt"
edition "$tmp/ed"
FORMATS=tei build ed
check "small edition: built" test "$rc" -eq 0
check "small edition: the corpus is made" logged ed '^tei  edition-corpus\.xml \(the whole edition: 2 documents'
cp "$tmp/ed.out/tei/edition-corpus.xml" "$tmp/first.xml"
FORMATS=tei build ed
check "nothing changed: the corpus is reused" logged ed '^tei  edition-corpus\.xml: reused, its documents unchanged'
check "nothing changed: the same file" cmp "$tmp/first.xml" "$tmp/ed.out/tei/edition-corpus.xml"
FORMATS=tei build ed --force
check "--force: made again" logged ed '^tei  edition-corpus\.xml \(the whole edition'
check "--force: the same bytes" cmp "$tmp/first.xml" "$tmp/ed.out/tei/edition-corpus.xml"
printf 'Second letter, corrected.\n\nAnother text.\n' > "$tmp/ed/texts/two.txt"
FORMATS=tei build ed
check "one text changed: the corpus is made again" logged ed '^tei  edition-corpus\.xml \(the whole edition: 2 documents'
check "one text changed: the corpus has the new text" contains "$tmp/ed.out/tei/edition-corpus.xml" 'Second letter, corrected.'
check "one text changed: still valid" "$EDITIO" validate "$tmp/ed.out/tei/edition-corpus.xml"
finish
