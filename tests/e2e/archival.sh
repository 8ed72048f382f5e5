#!/usr/bin/env bash
# The sample's archival file: three typed texts with openers, closers and
# signatures; the archival identifier and the publications in the header;
# insertions of earlier hands attributed; no web chrome left in the text; the
# editor's corrections, gaps and notes in the TEI, the HTML and the print.
source "$(dirname "$0")/lib.sh"
f="$OUT/tei/ogpu-blumkin-1929.xml"
h="$OUT/html/ogpu-blumkin-1929.html"
L='local-name()'
count() { xmllint --xpath "count($1)" "$f"; }
str() { xmllint --xpath "string($1)" "$f"; }
body="//*[$L='body']"
div() { echo "$body/*[$L='div'][@type='$1']"; }
# matches XPATH REGEX: the string value of XPATH matches the extended regex
matches() { str "$1" | grep -qE -- "$2"; }
# lacks XPATH TEXT: the string value of XPATH does not contain TEXT
lacks() { ! str "$1" | grep -qF -- "$2"; }

check "three texts: memorandum, testimony, letter, in that order" \
  test "$(count "$body/*[$L='div']")" = 3
for t in memorandum testimony letter; do check "a $t division" test "$(count "$(div $t)")" = 1; done
check "the memorandum comes first" test "$(str "$body/*[$L='div'][1]/@type")" = memorandum
check "the letter comes last" test "$(str "$body/*[$L='div'][3]/@type")" = letter

m="$(div memorandum)"
check "memorandum: dateline 1929-10-21" test "$(count "$m/*[$L='opener']/*[$L='dateline']/*[$L='date'][@when='1929-10-21']")" = 1
check "memorandum: reference number" test "$(str "$m/*[$L='opener']/*[$L='idno'][@type='reference']")" = "No. 44053"
check "memorandum: classification" test "$(str "$m/*[$L='opener']/*[$L='seg'][@type='classification']")" = "Top secret"
check "memorandum: addressee split off its first sentence" \
  matches "$m/*[$L='opener']/*[$L='seg'][@type='addressee']" '^General Secretary.*Stalin$'
check "memorandum: the first paragraph starts after the addressee" matches "$m/*[$L='p'][1]" '^Sending you copies'

check "memorandum: two signatures" test "$(count "$m/*[$L='closer']/*[$L='signed']")" = 2
check "memorandum: signed by the deputy chairman (garbled name corrected)" \
  test "$(count "$m/*[$L='closer']/*[$L='signed']//*[$L='persName'][@ref='#yagoda-gg']//*[$L='sic'][.='Berry']")" = 1

t="$(div testimony)"
check "testimony: addressee, then its dateline 1929-10-20" \
  test "$(count "$t/*[$L='opener'][*[1][$L='seg'][@type='addressee']][*[2][$L='dateline']/*[$L='date'][@when='1929-10-20']]")" = 1
check "testimony: signed by its author" test "$(count "$t/*[$L='closer']/*[$L='signed']/*[$L='persName'][@ref='#blumkin-yg']")" = 1
check "testimony: over a hundred paragraphs" test "$(count "$t/*[$L='p']")" -gt 100

l="$(div letter)"
check "letter: its heading" matches "$l/*[$L='head']" '^Directive letter from'

check "letter: the publication's headnote, attributed" test "$(count "$l/*[$L='note'][@type='headnote'][@resp='#pub']")" = 1
check "letter: the editor's date, supplied" test "$(count "$l/*[$L='opener']/*[$L='dateline']/*[$L='supplied'][@resp='#ed']/*[$L='date'][@notAfter='1929-08-10']")" = 1
check "letter: five addresses in address lists" test "$(count "$l/*[$L='list'][@type='addresses']/*[$L='item']/*[$L='address']/*[$L='addrLine']")" = 5
check "letter: its closing greeting" test "$(str "$l/*[$L='closer']/*[$L='salute']")" = "Greetings."

hd="//*[$L='teiHeader']"
check "msIdentifier: repository RGASPI" test "$(str "$hd//*[$L='msIdentifier']/*[$L='repository']")" = RGASPI
for kv in fond=17 opis=171 delo=136; do
  check "msIdentifier: ${kv%%=*} ${kv#*=}" test "$(str "$hd//*[$L='msIdentifier']/*[$L='idno'][@type='${kv%%=*}']")" = "${kv#*=}"
done
check "folios 94-126" test "$(count "$hd//*[$L='msItem']/*[$L='locus'][@from='94'][@to='126']")" = 1
check "the publication used (bibl with pages)" test "$(str "$hd//*[$L='sourceDesc']/*[$L='bibl'][1]/*[$L='biblScope']")" = "242-266"
check "the first publication" matches "$hd//*[$L='bibl'][@type='firstPublication']" '^Mozokhin O. Confessions of a terrorist'

check "three correspDesc, one per text" test "$(count "$hd//*[$L='correspDesc']")" = 3
check "the memorandum sent by Agranov to Stalin" \
  test "$(count "$hd//*[$L='correspDesc'][@corresp='#ogpu-blumkin-1929-t1'][*[$L='correspAction'][@type='sent']/*[$L='persName'][@ref='#agranov-ys']][*[$L='correspAction'][@type='received']/*[$L='persName'][@ref='#stalin-iv']]")" = 1

check "insertion of the first publication's editor" \
  test "$(count "//*[$L='note'][@type='insertion'][@place='inline'][@resp='#pub'][contains(.,'Trotsky - OM')]")" = 1
check "insertion of the translator" \
  test "$(count "//*[$L='note'][@type='insertion'][@resp='#tr'][contains(.,'residents of the near abroad - approx.')]")" = 1
check "both hands declared in the header" test "$(count "$hd//*[$L='respStmt'][@*[$L='id']='pub' or @*[$L='id']='tr']")" = 2

check "no navigation line left in the text" lacks "//*[$L='text']" 'Home Page'
check "no page title left in the text" lacks "//*[$L='text']" 'from LD Trotsky. October'
check "the editorial declaration records them" matches "$hd//*[$L='editorialDecl']" 'Marx-Engels'

check "front: the publication's heading and the archival reference" \
  test "$(count "//*[$L='front']/*[$L='div'][@type='headnote']//*[$L='idno'][@type='shelfmark']")" = 1
check "back: the colophon with reference and publication" \
  test "$(count "//*[$L='back']/*[$L='div'][@type='colophon'][.//*[$L='idno'][@type='shelfmark']][.//*[$L='bibl']]")" = 1

check "five truncated paragraphs confirmed as gaps" test "$(count "//*[$L='gap'][@reason='truncated'][@resp='#ed']")" = 5
check "no truncation left unconfirmed in the build log" bash -c "! grep -q 'suspected truncation' '$OUT.log'"
check "the editor's corrections with their reasons as lettered notes" \
  test "$(count "//*[$L='note'][@type='editorial'][@resp='#ed'][@target]")" -ge 3
check "regularizations" test "$(count "//*[$L='choice'][*[$L='orig']][*[$L='reg'][@resp='#ed']]")" = 2
check "garbled names in the machine-translated chapter corrected" \
  test "$(xmllint --xpath "count(//*[$L='choice'][*[$L='sic']='Tusachevsky'][*[$L='corr']='Tukhachevsky'])" "$OUT/tei/secret-history-ch7.xml")" = 1

check "HTML: the reading switch" grep -q 'id="reading-source"' "$h"
check "HTML: the source's reading kept" grep -q '>Berry<' "$h"
check "HTML: the corrected reading" grep -q '>Yagoda<' "$h"
check "HTML: gaps marked" grep -q 'class="gap"' "$h"
check "HTML: the editor's notes apart" grep -q 'notes-editorial' "$h"
check "HTML: the chapter's two readings" bash -c "grep -q '>Tusachevsky<' '$OUT/html/secret-history-ch7.html' && grep -q '>Tukhachevsky<' '$OUT/html/secret-history-ch7.html'"
check "print: the editor's notes in their own series" grep -q 'footnoteB' "$OUT/print/ogpu-blumkin-1929.tex"
finish
