#!/usr/bin/env bash
# The "Red Book" chapter: notes 41-44 at their call sites with @n and @resp
# resolving to Lev Sedov; note 41 keeps both paragraphs; no "[41]" left.
source "$(dirname "$0")/lib.sh"
f="$OUT/tei/red-book-bloc.xml"
ns='declare namespace t="http://www.tei-c.org/ns/1.0";'
count() { xmllint --xpath "count($1)" "$f"; }
N='*[local-name()="note"]'
check "four notes" test "$(count "//$N[@place='foot']")" = 4
for n in 41 42 43 44; do
  check "note $n inside a paragraph of the body" test "$(count "//*[local-name()='body']//*[local-name()='p']/$N[@n='$n']")" = 1
  check "note $n resp #LS" test "$(count "//$N[@n='$n'][@resp='#LS']")" = 1
done
check "#LS is Lev Sedov" test "$(xmllint --xpath "string(//*[@*[local-name()='id']='LS']/*[local-name()='persName'])" "$f")" = "Lev Sedov"
check "note 41 has two paragraphs" test "$(count "//$N[@n='41']/*[local-name()='p']")" = 2
check "note 41 second paragraph ends with the signature" \
  bash -c "xmllint --xpath 'string(//*[local-name()=\"note\"][@n=\"41\"]/*[local-name()=\"p\"][2])' '$f' | grep -q '(L.S.)\$'"
check "note 43 sits before (Pravda, 1932), its year a date" grep -q '</note> (Pravda, <date when="1932">1932</date>)' "$f"
check "no [41]..[44] left in the text" bash -c "! xmllint --xpath 'string(//*[local-name()=\"text\"])' '$f' | grep -q '\[4[1-4]\]'"
check "no note body left at the end of the text" test "$(count "//*[local-name()='back']")" = 0
finish
