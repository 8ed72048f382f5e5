#!/usr/bin/env bash
# Persons in the sample edition: every mention of the gold list (written by
# reading the texts, tests/data/persons-gold.tsv) is tagged and linked to the
# right person; the header lists the persons; the register names them all.
source "$(dirname "$0")/lib.sh"
check "mentions and links of the sample corpus (precision, recall, links >= 0.99)" \
  python3 "$SRC/tests/persons/evaluate.py" "$SRC/tests/data/persons-gold.tsv" "$OUT/tei" \
    --min-precision 0.99 --min-recall 0.99 --min-links 0.99
python3 "$SRC/tests/persons/evaluate.py" "$SRC/tests/data/persons-gold.tsv" "$OUT/tei" -v || true
f="$OUT/tei/red-book-bloc.xml"
T='*[local-name()="text"]'
P='*[local-name()="persName"]'
check "Sedov's signature (L.S.) is a mention of him" \
  test "$(xpath "$f" "count(//$T//*[local-name()='note'][@n='41']//$P[@ref='#sedov-ll'][.='L.S.'])")" = 1
check "the header lists the persons the text mentions (particDesc)" \
  test "$(xpath "$f" "count(//*[local-name()='particDesc']/*[local-name()='listPerson']/*[local-name()='person'][@*[local-name()='id']='zinoviev-ge'])")" = 1
check "every person in particDesc has a sortKey" \
  test "$(xpath "$f" "count(//*[local-name()='particDesc']//*[local-name()='person'][not(@sortKey)])")" = 0
g="$OUT/tei/secret-history-ch7.xml"
check "a garbled name is a correction by the editor (sic/corr with @resp)" \
  test "$(xpath "$g" "count(//$P[@ref='#tukhachevsky-mn']/*[local-name()='choice'][*[local-name()='sic']='Tusachevsky'][*[local-name()='corr'][@resp='#ed']='Tukhachevsky'])")" -ge 1
r="$OUT/tei/smirnov-biography.xml"
check "Russian inflection: Смирновым is I. N. Smirnov" \
  test "$(xpath "$r" "count(//$P[@ref='#smirnov-in'][starts-with(., 'Смирнов')])")" -ge 5
check "surname with trailing initials: Смирнова И. Н." \
  test "$(xpath "$r" "count(//$P[@ref='#smirnov-in'][.='Смирнова И. Н.'])")" = 1
o="$OUT/tei/ogpu-blumkin-1929.xml"
check "English possessive stays outside: Blumkin's" grep -q '<persName ref="#blumkin-yg">Blumkin</persName>'"'"'s' "$o"
check "Trotskyist is not a mention" bash -c "! grep -q '<persName[^>]*>Trotskyist' '$o'"
check "titles stay outside the name: Comrade <persName>" grep -q 'Comrade <persName ref="#trilisser-ma">Trilisser</persName>' "$o"
e="$OUT/edition.xml"
check "register: every person of the personography" \
  test "$(xpath "$e" "count(//*[local-name()='persons']/*[local-name()='person'])")" = "$(grep -c '<person ' "$SRC/sources/personography.xml")"
check "register: mentions point at paragraphs" \
  test "$(xpath "$e" "count(//*[local-name()='mention'][@target='red-book-bloc-p1'])")" -ge 1
check "register page" test -s "$OUT/html/register.html"
finish
