#!/usr/bin/env bash
# The example edition with witnesses (examples/darwin: two passages of
# Darwin's "On the Origin of Species", in two and in six editions), built in
# every format: the TEI is valid (the project's schema, tei_all) and records
# the witnesses and the variants; every witness read back from the apparatus
# equals its file token for token (collation/roundtrip.py: no word of any
# witness is lost); the reading edition has the witness switch, a popover at
# each variant and the apparatus; the PDF prints the apparatus with sigla and
# line numbers and lists the witnesses.
source "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
example="$SRC/examples/darwin"
cp -r "$example" "$tmp/darwin"
FORMATS=tei,html,tex,pdf build darwin
L='local-name()'
count() { xmllint --xpath "count($2)" "$1"; }
o="$tmp/darwin.out"
ids=$(python3 -c 'import sys, tomllib; print(" ".join(d["id"] for d in tomllib.load(open(sys.argv[1], "rb"))["document"]))' \
  "$example/manifest.toml")
witnesses_of() {  # witnesses_of ID: the manifest's witness ids of document ID, in order
  python3 -c 'import sys, tomllib
d = next(d for d in tomllib.load(open(sys.argv[1], "rb"))["document"] if d["id"] == sys.argv[2])
print(" ".join(w["id"] for w in d["witness"]))' "$example/manifest.toml" "$1"
}
check "the build succeeds" test "$rc" = 0
check "every document is built" logged darwin "editio: 2 documents \(2 built, 0 failed\)"
check "the manifest and the editor's layer draw no diagnostic" \
  bash -c "! grep -qE '(manifest|editorial)\.toml:[0-9]' '$tmp/darwin.log'"

teis=()
for id in $ids; do teis+=("$o/tei/$id.xml"); done
check "a TEI file per document" ls "${teis[@]}"
if ! ls "${teis[@]}" >/dev/null 2>&1; then echo "the other checks need the documents' TEI"; finish; fi
# the documents and the edition's corpus (one teiCorpus: the apps' ids stay unique across documents)
all=("${teis[@]}" "$o/tei/edition-corpus.xml")
check "valid against the project schema (editio validate: RelaxNG + Schematron)" "$EDITIO" validate "${all[@]}"
check "valid against schemas/editio.rng (xmllint)" xmllint --noout --relaxng "$SRC/schemas/editio.rng" "${all[@]}"
if [ -f "$TEI_ALL" ] && command -v jing >/dev/null; then
  check "valid against tei_all.rng (jing)" jing "$TEI_ALL" "${all[@]}"
else
  echo "skipped: jing or tei_all.rng ($TEI_ALL) is absent"
fi

for id in $ids; do
  t="$o/tei/$id.xml"
  ws=$(witnesses_of "$id")
  check "$id: listWit has the manifest's $(wc -w <<<"$ws") witnesses" \
    test "$(count "$t" "//*[$L='listWit']/*[$L='witness']")" = "$(wc -w <<<"$ws")"
  check "$id: parallel segmentation declared" \
    test "$(count "$t" "//*[$L='variantEncoding'][@method='parallel-segmentation'][@location='internal']")" = 1
  check "$id: the witnesses differ: places of variation (app) in the text" \
    test "$(count "$t" "//*[$L='text']//*[$L='app']")" -gt 0
  check "$id: every reading has a kind of variant of the contract" \
    test "$(count "$t" "//*[$L='rdg'][not(@type = 'addition' or @type = 'omission' or @type = 'substitution' or @type = 'transposition' or @type = 'orthographic' or @type = 'punctuation')]")" = 0
done
# The second and third editions read as the first in this paragraph: they share the lemma, never a reading.
check "habit: B and C read as A, with the lemma everywhere" \
  test "$(count "$o/tei/habit.xml" "//*[$L='rdg'][contains(concat(@wit, ' '), '#habit-1860 ') or contains(concat(@wit, ' '), '#habit-1861 ')]")" = 0
check "habit: the sixth edition's new opening is a reading of F" \
  test "$(count "$o/tei/habit.xml" "//*[$L='rdg'][contains(concat(@wit, ' '), '#habit-1872 ')][contains(., 'Changed')]")" = 1

# The editor's layer on a collated text: a [[reading]] makes the sixth edition's word the lemma (the first
# edition's goes to the apparatus), a [[note]] stays on the base text.
c="$o/tei/causes.xml"
check "causes: the editor's lemma is the sixth edition's reading, with @resp" \
  test "$(count "$c" "//*[$L='app'][*[$L='lem'][@resp='#ed'][contains(concat(@wit, ' '), '#causes-1872 ')][contains(., 'organism')]][*[$L='rdg'][contains(concat(@wit, ' '), '#causes-1859 ')][contains(., 'being')]]")" = 1
check "causes: the editor's note is in the text" \
  test "$(count "$c" "//*[$L='text']//*[$L='note'][@type='editorial'][contains(., 'Andrew Knight')]")" = 1

# run NAME COMMAND...: runs the command, its output shown indented and kept in $tmp/NAME.txt; sets ran (its status)
run() {
  local name=$1; shift
  ran=0
  "$@" > "$tmp/$name.txt" 2>&1 || ran=$?
  sed "s/^/  [$name] /" "$tmp/$name.txt"
}
n=$(for id in $ids; do witnesses_of "$id"; done | wc -w)
run roundtrip python3 "$SRC/tests/collation/roundtrip.py" "$tmp/darwin/manifest.toml" "${teis[@]}"
check "round trip: every witness of every document read back from the TEI equals its file" test "$ran" = 0
check "round trip: all $n witnesses checked" test "$(grep -c '^ok ' "$tmp/roundtrip.txt")" = "$n"

for id in $ids; do
  run "html-$id" python3 "$SRC/tests/e2e/check_witness_html.py" "$o/html/$id.html" "$o/tei/$id.xml"
  check "$id: the page has the witness switch, the apparatus popovers and list, the witnesses" test "$ran" = 0
done

# The print edition: pdftotext finds the apparatus (line number, lemma ] reading siglum) and the witnesses. The
# text is read as one line ($id.flat), since an entry may wrap; [^]]* keeps a match within one entry.
sig='(^|[^[:alnum:]])[B-F]([^[:alnum:]]|$)'
for id in $ids; do
  p="$o/print/$id.pdf"
  check "$id: PDF written" test -s "$p"
  pdftotext -layout "$p" "$tmp/$id.txt" 2>/dev/null || : > "$tmp/$id.txt"
  tr -s '[:space:]' ' ' < "$tmp/$id.txt" > "$tmp/$id.flat"
  check "$id: LaTeX puts the apparatus in a reledmac series of its own" \
    grep -qE '\\(C|D|E)footnote\{' "$o/print/$id.tex"
  check "$id: apparatus entries with a line number, a lemma, ] and a siglum" \
    grep -qE "(^| )[0-9]+ [^]]*[^ ] ?\] [^]]*$sig" "$tmp/$id.flat"
done
check "causes: the sixth edition's opening (F) in the apparatus" grep -qE '[0-9]+ [^]]+\] [^]]*compare[^]]* F( |$)' "$tmp/causes.flat"
check "habit: the sixth edition's opening (F) in the apparatus" grep -qE '[0-9]+ [^]]+\] [^]]*Changed[^]]* F( |$)' "$tmp/habit.flat"
check "habit: an omission, om. and a siglum" grep -qE '\] om\. [B-F]' "$tmp/habit.flat"
for edition in First Second Third Fourth Fifth Sixth; do
  check "habit: the witnesses list names the $edition edition" grep -q "$edition edition" "$tmp/habit.flat"
done
check "causes: the witnesses list, sigla with descriptions" \
  bash -c "grep -qE '(^| )A First edition' '$tmp/causes.flat' && grep -qE '(^| )F Sixth edition' '$tmp/causes.flat'"
finish
