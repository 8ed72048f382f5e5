#!/usr/bin/env bash
# Letters in the sample edition: the OGPU file's letter from Trotsky has a
# full correspDesc (sender, place, date; addressee as the text has it);
# output/cmif.xml lists the edition's letters in CMIF, validates against
# the TEI Correspondence SIG's published schema (tests/data/cmif) and is
# placed in the site; the index page lists the letters by correspondent and
# by year.
source "$(dirname "$0")/lib.sh"
f="$OUT/tei/ogpu-blumkin-1929.xml"
c="$OUT/cmif.xml"
L='local-name()'
count() { xmllint --xpath "count($2)" "$1"; }
str() { xmllint --xpath "string($2)" "$1"; }
# has FILE XPATH REGEX: the string value of XPATH matches the extended regex (any case)
has() { str "$1" "$2" | grep -qiE -- "$3"; }

cd_letter="//*[$L='correspDesc'][@corresp='#ogpu-blumkin-1929-t3']"
sent="$cd_letter/*[$L='correspAction'][@type='sent']"
received="$cd_letter/*[$L='correspAction'][@type='received']"
check "the letter: sent by Trotsky (persName/@ref)" test "$(count "$f" "$sent/*[$L='persName'][@ref='#trotsky-ld']")" = 1
check "the letter: written in Constantinople (placeName, as the gazetteer or the editor names it)" \
  has "$f" "$sent/*[$L='placeName']" '^(constantinople|istanbul)$'
check "the letter: dated before 10 August 1929" test "$(str "$f" "$sent/*[$L='date']/@notAfter")" = 1929-08-10
check "the letter: received by Trotsky's supporters in Moscow, as the text has it" \
  has "$f" "$received/*[$L='persName'][not(@ref)]" 'supporters in Moscow'
check "the memorandum keeps its correspondents" \
  test "$(count "$f" "//*[$L='correspDesc'][@corresp='#ogpu-blumkin-1929-t1']/*[$L='correspAction'][@type='received']/*[$L='persName'][@ref='#stalin-iv']")" = 1

check "cmif.xml is written" test -s "$c"
check "cmif.xml validates against the CMIF schema (libxml2 RelaxNG)" \
  xmllint --noout --relaxng "$SRC/tests/data/cmif/cmi-customization.rng" "$c"
if command -v jing >/dev/null; then
  check "cmif.xml validates against the CMIF schema (jing)" jing "$SRC/tests/data/cmif/cmi-customization.rng" "$c"
fi
cl="//*[$L='correspDesc'][@ref='ogpu-blumkin-1929.html']"
check "cmif.xml: one letter per correspDesc of the TEI" \
  test "$(count "$c" "//*[$L='profileDesc']/*[$L='correspDesc']")" = "$(count "$OUT/tei/ogpu-blumkin-1929.xml" "//*[$L='correspDesc']")"
check "cmif.xml: Trotsky's letter, with his Wikidata URI" \
  test "$(count "$c" "$cl[*[$L='correspAction'][@type='sent']/*[$L='persName'][@ref='http://www.wikidata.org/entity/Q33391']]")" = 1
check "cmif.xml: the letter's date" \
  test "$(count "$c" "$cl/*[$L='correspAction'][@type='sent']/*[$L='date'][@notAfter='1929-08-10']")" = 1
check "cmif.xml: every letter points to the edition (@source)" \
  test "$(count "$c" "//*[$L='correspDesc'][@source='#edition']")" = "$(count "$c" "//*[$L='correspDesc']")"
check "cmif.xml: the edition's title and licence" \
  test "$(count "$c" "//*[$L='titleStmt']/*[$L='title'][starts-with(., 'I. N. Smirnov')] | //*[$L='licence'][@target]")" = 2
check "cmif.xml is placed in the site" cmp "$c" "$OUT/html/cmif.xml"

i="$OUT/html/index.html"
check "index: a section of letters" contains "$i" 'id="letters-title"'
check "index: by correspondent" contains "$i" 'id="letters-by-correspondent"'
check "index: by year, 1929" bash -c "grep -q 'id=\"letters-by-year\"' '$i' && grep -q 'class=\"letter-year\">1929<' '$i'"
check "index: the letter links to its text" contains "$i" 'href="ogpu-blumkin-1929.html#ogpu-blumkin-1929-t3"'
check "index: no script in the letters' section" \
  bash -c "! sed -n '/class=\"letters\"/,/<\/section>/p' '$i' | grep -q '<script'"
finish
