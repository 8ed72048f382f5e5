#!/usr/bin/env bash
# The round-trip checker (roundtrip.py) on the apparatus fixture: it reads
# each of the three witnesses back from tests/data/apparatus/apparatus.xml
# and finds it equal to the witness's file; on broken copies (a word lost
# from a reading, from the common text, a witness named by no reading, a
# reading given to the wrong witness, a witness file with a word more) it
# fails and names the first difference.
source "$(dirname "$0")/../e2e/lib.sh"
here=$(dirname "$0")
data="$here/../data/apparatus"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$data"/. "$tmp"/
rt() { python3 "$here/roundtrip.py" "$tmp/witnesses.toml" "$@" > "$tmp/out.txt" 2>&1; }
# broken NAME SED-EXPRESSION: a copy of the fixture changed so (the change must apply)
broken() {
  sed "$2" "$data/apparatus.xml" > "$tmp/$1/apparatus.xml"
  ! cmp -s "$data/apparatus.xml" "$tmp/$1/apparatus.xml"
}

check "the fixture: every witness read back equals its file" rt "$tmp/apparatus.xml"
check "the fixture: each witness is reported ok" test "$(grep -c '^ok apparatus ' "$tmp/out.txt")" = 3

for c in lost-reading lost-common unnamed wrong-witness; do mkdir -p "$tmp/$c"; done
# (each copy keeps the name apparatus.xml: the document's id is the file's stem)
broken lost-reading 's|type="addition">Thus</rdg>|type="addition"/>|' || fail "copy lost-reading: no change"
broken lost-common 's|bones of the wing|bones of wing|' || fail "copy lost-common: no change"
broken unnamed 's|<rdg wit="#w1860 #w1872" type="substitution">parents|<rdg wit="#w1860" type="substitution">parents|' ||
  fail "copy unnamed: no change"
broken wrong-witness \
  's|<lem wit="#w1859 #w1860">wild-duck</lem><rdg wit="#w1872"|<lem wit="#w1859 #w1872">wild-duck</lem><rdg wit="#w1860"|' ||
  fail "copy wrong-witness: no change"

check "a reading's lost word: fails" bash -c "! python3 '$here/roundtrip.py' '$tmp/witnesses.toml' '$tmp/lost-reading/apparatus.xml' > '$tmp/out.txt'"
check "a reading's lost word: names the witness and the word" \
  bash -c "grep -q 'FAIL apparatus w1860' '$tmp/out.txt' && grep -q '\[\[Thus\]\]' '$tmp/out.txt' && test \$(grep -c '^ok' '$tmp/out.txt') = 2"
check "a lost word of the common text: every witness fails" \
  bash -c "! python3 '$here/roundtrip.py' '$tmp/witnesses.toml' '$tmp/lost-common/apparatus.xml' > '$tmp/out.txt' && test \$(grep -c '^FAIL' '$tmp/out.txt') = 3"
check "a witness no reading names: fails, naming the app" \
  bash -c "! python3 '$here/roundtrip.py' '$tmp/witnesses.toml' '$tmp/unnamed/apparatus.xml' > '$tmp/out.txt' && grep -q 'app-8 names witness w1872 0 times' '$tmp/out.txt'"
check "a reading given to the wrong witness: fails for both" \
  bash -c "! python3 '$here/roundtrip.py' '$tmp/witnesses.toml' '$tmp/wrong-witness/apparatus.xml' > '$tmp/out.txt' && grep -q 'FAIL apparatus w1860' '$tmp/out.txt' && grep -q 'FAIL apparatus w1872' '$tmp/out.txt'"
echo "a word more" >> "$tmp/witnesses/w1872.txt"
check "a witness file with a word more: fails at its end" \
  bash -c "! python3 '$here/roundtrip.py' '$tmp/witnesses.toml' '$tmp/apparatus.xml' > '$tmp/out.txt' && grep -q 'TEI read as w1872: .*\[\[(end)\]\]' '$tmp/out.txt'"
sed -i 's|id = "w1860"|id = "w1861"|' "$tmp/witnesses.toml"
check "listWit and the manifest disagree: fails" \
  bash -c "! python3 '$here/roundtrip.py' '$tmp/witnesses.toml' '$tmp/apparatus.xml' > '$tmp/out.txt' && grep -q 'listWit has' '$tmp/out.txt'"
finish
