#!/usr/bin/env bash
# Checks the HTML stylesheets (xslt/html/) with xsltproc and xmllint:
# renders the TEI contract samples, a feature fixture, the sample edition
# index, a register of persons and a chronology into a temporary directory
# and asserts on the result.
#
#   tests/html/check.sh            run the checks; exit 1 if any fails
#   KEEP=1 tests/html/check.sh     keep the output directory and print it
#   VNU_JAR=/path/vnu.jar ...      also validate every page with the Nu checker
#                                  (also used when a `vnu` command is on PATH)
#
# Needs: xsltproc (Debian package xsltproc), xmllint (libxml2-utils).
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
xsl="$root/xslt/html"
contract="$root/tests/data/contract"

for tool in xsltproc xmllint; do
  if ! command -v "$tool" >/dev/null; then
    echo "check.sh: $tool not found (Debian: apt-get install xsltproc libxml2-utils)" >&2
    exit 1
  fi
done

out="$(mktemp -d)"
if [ "${KEEP:-}" = 1 ]; then echo "output in $out"; else trap 'rm -rf "$out"' EXIT; fi

passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

# assert DESCRIPTION COMMAND...   (passes when the command succeeds)
assert() {
  local what="$1"; shift
  if "$@"; then pass; else fail "$what"; fi
}

# xp FILE XPATH: evaluate XPath on an HTML page; prints the result.
xp() { xmllint --html --xpath "$2" "$1" 2>/dev/null; }
# has FILE XPATH: the XPath (a boolean expression) is true.
has() { [ "$(xp "$1" "boolean($2)")" = "true" ]; }
# eq FILE XPATH VALUE: string(XPATH) equals VALUE.
eq() { [ "$(xp "$1" "string($2)")" = "$3" ]; }
# count FILE XPATH
count() { xp "$1" "count($2)"; }
# contains FILE TEXT: the page's text (tags removed) contains TEXT.
contains() { page_text "$1" | grep -qF -- "$2"; }
page_text() { xp "$1" "string(/html)" | tr -s '[:space:]' ' '; }
# links_to PAGE HREF TARGET-PAGE: every link of PAGE to HREF#fragment has
# its fragment as an id in TARGET-PAGE (and there is at least one).
links_to() {
  local page="$1" href="$2" target="$3" frag missing="" n=0
  while read -r frag; do
    [ -z "$frag" ] && continue
    n=$((n + 1))
    has "$target" "//*[@id='$frag']" || missing="$missing #$frag"
  done < <(xp "$page" "//a/@href[starts-with(., '$href#')]" | sed -n 's/.*href="[^"#]*#\([^"]*\)".*/\1/p')
  [ "$n" -gt 0 ] || { echo "  no links to $href"; return 1; }
  [ -z "$missing" ] || { echo "  unresolved:$missing"; return 1; }
}

# html_parses PAGE: xmllint's HTML parser reports no error. (libxml2 before
# 2.14 knows HTML4 only: "Tag section invalid" and the like are ignored;
# xmllint exits 0 whatever it reports, so its messages are read.)
html_parses() {
  local errs
  errs="$(xmllint --html --noout "$1" 2>&1 | grep -a ' error : ' | grep -avE ': HTML parser error : Tag [a-z0-9]+ invalid$')"
  [ -z "$errs" ] || { echo "$errs" | head -5 | sed 's/^/  /'; return 1; }
}
# datetimes_valid PAGE: every <time> has a datetime HTML accepts here (year,
# month, date, yearless date, local date and time).
datetimes_valid() {
  local bad
  bad="$(xp "$1" "//time/@datetime" | sed -n 's/.*datetime="\([^"]*\)".*/\1/p' \
         | grep -vE '^([0-9]{4}(-[0-9]{2}(-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?)?)?)?|[0-9]{2}-[0-9]{2})$')"
  [ -z "$bad" ] || { echo "  invalid datetime:" $bad; return 1; }
  [ "$(count "$1" "//time[not(@datetime)]")" = 0 ] || { echo "  time without datetime"; return 1; }
}

# popovers_ok PAGE: every note call a[@role=doc-noteref] to #ID has
# aria-describedby="pop-ID"; span#pop-ID.note-popover[role=tooltip]
# follows the call's <sup>, its text is the endnote's without the
# back-link; popovers hold phrasing content only, no ids, no links.
popovers_ok() {
  local page="$1" id bad="" pops="//*[contains(concat(' ', @class, ' '), ' note-popover ')]"
  while read -r id; do
    [ -z "$id" ] && continue
    if ! has "$page" "//sup/a[@role='doc-noteref'][@href='#$id'][@aria-describedby='pop-$id'] and count(//*[@id='pop-$id']) = 1
                      and //sup[a[@href='#$id']]/following-sibling::*[1][self::span][@id='pop-$id']
                          [contains(concat(' ', @class, ' '), ' note-popover ')][@role='tooltip']"; then
      bad="$bad $id(dom)"; continue
    fi
    [ "$(xp "$page" "normalize-space(//*[@id='pop-$id'])")" = "$(xp "$page" "normalize-space(translate(//li[@id='$id'], '↩', ''))")" ] \
      || bad="$bad $id(text)"
  done < <(xp "$page" "//a[@role='doc-noteref']/@href" | sed -n 's/.*href="#\([^"]*\)".*/\1/p')
  [ "$(count "$page" "$pops")" = "$(count "$page" "//a[@role='doc-noteref']")" ] || bad="$bad (as many popovers as calls)"
  [ "$(count "$page" "$pops/descendant-or-self::*[not(self::span or self::time or self::abbr or self::b or self::i or self::em
        or self::strong or self::sup or self::sub or self::br or self::del or self::ins or self::cite or self::q or self::small
        or self::img or self::code or self::mark)]")" = 0 ] || bad="$bad (not phrasing content)"
  [ "$(count "$page" "$pops//*[@id or self::a]")" = 0 ] || bad="$bad (ids or links inside)"
  [ -z "$bad" ] || { echo "  popovers:$bad"; return 1; }
}

# render XSL INPUT OUTPUT [xsltproc args...]
render() {
  local style="$1" input="$2" output="$3"; shift 3
  if ! xsltproc --nonet "$@" "$style" "$input" >"$output" 2>"$output.err"; then
    fail "xsltproc $(basename "$style") $(basename "$input"): $(cat "$output.err")"
    return 1
  fi
  if [ -s "$output.err" ]; then
    fail "xsltproc $(basename "$style") $(basename "$input") printed: $(cat "$output.err")"
  fi
}

# ---------------------------------------------------------------- render

en="$out/sample-en.html"
ru="$out/sample-ru.html"
enru="$out/sample-en-as-ru.html"
feat="$out/features-en.html"
index="$out/index.html"

render "$xsl/document.xsl" "$contract/sample-en.xml" "$en" \
  --stringparam tei-href ../tei/sample-en.xml \
  --stringparam pdf-href ../print/sample-en.pdf \
  --stringparam edition-title "Sample Edition"
render "$xsl/document.xsl" "$contract/sample-ru.xml" "$ru"
# The English sample relabelled as Russian: notes and headings in a Russian page.
sed 's/xml:lang="en"/xml:lang="ru"/' "$contract/sample-en.xml" >"$out/sample-en-as-ru.xml"
render "$xsl/document.xsl" "$out/sample-en-as-ru.xml" "$enru"
render "$xsl/document.xsl" "$here/features-en.xml" "$feat" --stringparam css ../style/editio.css
render "$xsl/index.xsl" "$here/edition-sample.xml" "$index"
# Persons: a document with particDesc, as linked from an edition with a
# register (pers), without a register (pers0) and on a Russian page (persru);
# the register and index of an edition with <persons>.
pers="$out/sample-persons.html"
pers0="$out/sample-persons-noreg.html"
persru="$out/sample-persons-ru.html"
reg="$out/register.html"
regru="$out/register-ru.html"
indexp="$out/index-persons.html"
render "$xsl/document.xsl" "$contract/sample-persons.xml" "$pers" \
  --stringparam register-href register.html --stringparam edition-title "Sample Edition"
render "$xsl/document.xsl" "$contract/sample-persons.xml" "$pers0"
sed '0,/xml:lang="en"/s//xml:lang="ru"/' "$contract/sample-persons.xml" >"$out/sample-persons-ru.xml"
render "$xsl/document.xsl" "$out/sample-persons-ru.xml" "$persru" --stringparam register-href register.html
render "$xsl/register.xsl" "$here/edition-persons.xml" "$reg"
sed '/<edition /s/lang="en"/lang="ru"/' "$here/edition-persons.xml" >"$out/edition-persons-ru.xml"
render "$xsl/register.xsl" "$out/edition-persons-ru.xml" "$regru"
render "$xsl/index.xsl" "$here/edition-persons.xml" "$indexp"
# Dates: the feature fixture on a Russian page (featru); the chronology of
# the sample edition (chron), the same edition in Russian (chronru), an
# edition without dated mentions (chron0).
featru="$out/features-ru.html"
chron="$out/chronology.html"
chronru="$out/chronology-ru.html"
chron0="$out/chronology-empty.html"
sed '0,/xml:lang="en"/s//xml:lang="ru"/' "$here/features-en.xml" >"$out/features-ru.xml"
render "$xsl/document.xsl" "$out/features-ru.xml" "$featru" --stringparam chronology-href chronology.html
render "$xsl/chronology.xsl" "$here/edition-sample.xml" "$chron"
sed '/<edition /s/lang="en"/lang="ru"/' "$here/edition-sample.xml" >"$out/edition-sample-ru.xml"
render "$xsl/chronology.xsl" "$out/edition-sample-ru.xml" "$chronru"
render "$xsl/chronology.xsl" "$here/edition-persons.xml" "$chron0"
# Archival documents and the editor's interventions: the contract sample
# (arch), the same with an author's note beside the editor's (archn), and
# on a Russian page (archru).
arch="$out/sample-archival.html"
archn="$out/sample-archival-notes.html"
archru="$out/sample-archival-ru.html"
render "$xsl/document.xsl" "$contract/sample-archival.xml" "$arch"
sed 's|Confirm the receipt by telegram\.|&<note place="foot" n="1" xml:id="sample-archival-n1">An author’s note.</note>|' \
  "$contract/sample-archival.xml" >"$out/sample-archival-notes.xml"
render "$xsl/document.xsl" "$out/sample-archival-notes.xml" "$archn"
sed '0,/xml:lang="en"/s//xml:lang="ru"/' "$contract/sample-archival.xml" >"$out/sample-archival-ru.xml"
render "$xsl/document.xsl" "$out/sample-archival-ru.xml" "$archru"
# Popovers and citations: the feature fixture with a correction in an
# editor's note (featc); the English sample with a base URL (enuri).
featc="$out/features-choice.html"
enuri="$out/sample-en-uri.html"
sed 's|The head is the editor’s, written|The head is the <choice><sic>editros</sic><corr>editor’s</corr></choice>, written|' \
  "$here/features-en.xml" >"$out/features-choice.xml"
render "$xsl/document.xsl" "$out/features-choice.xml" "$featc"
sed 's|<idno type="editio">sample-en</idno>|&<idno type="URI">https://example.org/edition/</idno>|' \
  "$contract/sample-en.xml" >"$out/sample-en-uri.xml"
render "$xsl/document.xsl" "$out/sample-en-uri.xml" "$enuri" --stringparam edition-title "Sample Edition"
# The site published at a base URL (the manifest's [html] base_url): a
# document page (enbase, Russian rubase) and the index (indexbase).
enbase="$out/sample-en-base.html"
rubase="$out/sample-ru-base.html"
indexbase="$out/index-base.html"
base=(--stringparam base-url https://example.org/edition/)
render "$xsl/document.xsl" "$contract/sample-en.xml" "$enbase" "${base[@]}" --stringparam page-file sample-en.html \
  --stringparam edition-title "Sample Edition"
render "$xsl/document.xsl" "$contract/sample-ru.xml" "$rubase" "${base[@]}" --stringparam page-file sample-ru.html
render "$xsl/index.xsl" "$here/edition-sample.xml" "$indexbase" "${base[@]}" --stringparam page-file index.html
pages=("$en" "$ru" "$enru" "$feat" "$index" "$pers" "$pers0" "$persru" "$reg" "$regru" "$indexp"
       "$featru" "$chron" "$chronru" "$chron0" "$arch" "$archn" "$archru" "$featc" "$enuri" "$enbase" "$rubase"
       "$indexbase")
# Search: the search page of the sample edition (srch), in Russian (srchru).
srch="$out/search.html"
srchru="$out/search-ru.html"
render "$xsl/search.xsl" "$here/edition-sample.xml" "$srch"
sed '/<edition /s/lang="en"/lang="ru"/' "$here/edition-sample.xml" >"$out/edition-sample-ru-search.xml"
render "$xsl/search.xsl" "$out/edition-sample-ru-search.xml" "$srchru"
pages+=("$srch" "$srchru")
# The critical apparatus (issue 25): the contract's fixture (three witnesses), and the same as a Russian page.
apparatus_tei="$root/tests/data/apparatus/apparatus.xml"
app="$out/apparatus.html"
appru="$out/apparatus-ru.html"
# (with a licence, which every page shows in its footer)
sed 's|<publisher>Editio test suite</publisher>|&<availability><licence>Public domain</licence></availability>|' "$apparatus_tei" >"$out/apparatus.xml"
render "$xsl/document.xsl" "$out/apparatus.xml" "$app"
sed 's/xml:lang="en"/xml:lang="ru"/' "$out/apparatus.xml" >"$out/apparatus-ru.xml"
render "$xsl/document.xsl" "$out/apparatus-ru.xml" "$appru"
pages+=("$app" "$appru")

# ---------------------------------------------------------------- every page

nb=$'\u00a0'

common_checks() {
  local page="$1" name frag missing=""
  name="$(basename "$page")"
  assert "$name: starts with <!DOCTYPE html>" [ "$(head -n 1 "$page")" = "<!DOCTYPE html>" ]
  assert "$name: html has lang" has "$page" "normalize-space(/html/@lang) != ''"
  assert "$name: one charset declaration" [ "$(count "$page" "//meta[@http-equiv or @charset]")" = 1 ]
  assert "$name: title not empty" has "$page" "normalize-space(/html/head/title) != ''"
  assert "$name: stylesheet linked" has "$page" "/html/head/link[@rel='stylesheet']"
  assert "$name: landmarks header, main, footer" \
    has "$page" "/html/body/header and count(/html/body/main) = 1 and /html/body/main[@id='main'] and /html/body/footer"
  assert "$name: skip link to main" has "$page" "/html/body/a[1][@href='#main']"
  assert "$name: no TEI or Editio namespace in output" bash -c "! grep -q 'xmlns' '$page'"
  assert "$name: no duplicate ids" \
    [ "$(count "$page" "//*[@id][@id = preceding::*/@id or @id = ancestor::*/@id]")" = 0 ]
  # every same-page link has a target
  while read -r frag; do
    [ -z "$frag" ] && continue
    has "$page" "//*[@id='$frag']" || missing="$missing #$frag"
  done < <(xp "$page" "//a/@href[starts-with(., '#')]" | sed -n 's/.*href="#\([^"]*\)".*/\1/p')
  assert "$name: fragment links resolve:$missing" [ -z "$missing" ]
  assert "$name: licence in footer" has "$page" "/html/body/footer/p[@class='licence'][normalize-space() != '']"
  assert "$name: xmllint --html parses it without errors" html_parses "$page"
  assert "$name: time datetime values valid" datetimes_valid "$page"
  assert "$name: every note call described by its popover, with the endnote's text" popovers_ok "$page"
}
for page in "${pages[@]}"; do common_checks "$page"; done

# Deterministic: same input, same bytes.
render "$xsl/document.xsl" "$here/features-en.xml" "$out/again.html" --stringparam css ../style/editio.css
assert "document output is deterministic" cmp -s "$feat" "$out/again.html"
render "$xsl/index.xsl" "$here/edition-sample.xml" "$out/again-index.html"
assert "index output is deterministic" cmp -s "$index" "$out/again-index.html"
render "$xsl/register.xsl" "$here/edition-persons.xml" "$out/again-register.html"
assert "register output is deterministic" cmp -s "$reg" "$out/again-register.html"
render "$xsl/chronology.xsl" "$here/edition-sample.xml" "$out/again-chronology.html"
assert "chronology output is deterministic" cmp -s "$chron" "$out/again-chronology.html"

# ---------------------------------------------------------------- no text lost
# Every text node of the TEI <text> appears in the page, except the readings
# that choice keeps in attributes (sic, orig, expan) and figure descriptions.
cat >"$out/text-nodes.xsl" <<'EOF'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:template match="/">
    <xsl:for-each select="/tei:TEI/tei:text//text()[normalize-space()]
        [not(ancestor::tei:choice[tei:corr or tei:reg or tei:expan]/*[self::tei:sic or self::tei:orig or self::tei:expan])]
        [not(ancestor::tei:figDesc)]">
      <xsl:value-of select="normalize-space()"/><xsl:text>&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
EOF
text_kept() {
  local tei="$1" page="$2" lost="" line
  local text; text="$(page_text "$page")"
  while IFS= read -r line; do
    [[ "$text" == *"$line"* ]] || lost="$lost [$line]"
  done < <(xsltproc "$out/text-nodes.xsl" "$tei")
  [ -z "$lost" ] || { echo "  lost:$lost"; return 1; }
}
assert "sample-en: no text lost" text_kept "$contract/sample-en.xml" "$en"
assert "sample-ru: no text lost" text_kept "$contract/sample-ru.xml" "$ru"
assert "features-en: no text lost" text_kept "$here/features-en.xml" "$feat"

# ---------------------------------------------------------------- English sample

assert "en: lang=en" eq "$en" "/html/@lang" "en"
assert "en: licence linked" \
  has "$en" "//footer/p[@class='licence']/a[@rel='license'][@href='https://creativecommons.org/licenses/by/4.0/'][. = 'CC BY 4.0']"
assert "en: landmark nav" has "$en" "//header/nav[@aria-label]"
assert "en: edition title links to the index" eq "$en" "//header/nav/a[@href='index.html']" "Sample Edition"
assert "en: document title" eq "$en" "//main//h1" "[The “bloc” and the capitulators]"
assert "en: author" contains "$en" "Lev Sedov"
assert "en: source as a citation" has "$en" "//dd/span[@class='citation']/cite[. = 'The Red Book on the Moscow Trial']"
assert "en: language shown by name" has "$en" "//dt[. = 'Language']/following-sibling::dd[. = 'English']"
assert "en: English labels" has "$en" "//h2[@id='notes-title'][. = 'Notes'] and //dt[. = 'Source']"
assert "en: TEI link" has "$en" "//a[@href='../tei/sample-en.xml'][. = 'Download TEI']"
assert "en: PDF link" has "$en" "//a[@href='../print/sample-en.pdf'][. = 'PDF']"
assert "en: table of contents" has "$en" "//nav[@role='doc-toc']//a[@href='#sec-1'][. = 'Chapter 7: The “bloc”']"
assert "en: head as h2" has "$en" "//section[@id='sec-1']/h2[. = 'Chapter 7: The “bloc”']"
assert "en: list as ul" [ "$(count "$en" "//ul[contains(@class, 'list')]/li")" = 2 ]
assert "en: block quote" has "$en" "//blockquote/p[@id='sample-en-p3']"
assert "en: ampersand kept" contains "$en" "capitulated to Stalin & others"

# Note calls and endnotes: every listed note of the TEI (all but the
# insertions standing in the text and the headnotes, rendered in place) is
# in one of two lists, in document order: the author's notes (section.notes
# with h2#notes-title), the editor's (type="editorial": section.notes.
# notes-editorial with h2#editor-notes-title). Every called note (one inside
# text, not between blocks) has a call linking to it (a.noteref, the
# editor's a.noteref.noteref-editorial) and a back-link to the call.
tei_note_attr() {  # TEI ATTR [called] [author|editor]: @ATTR of the text's listed notes, one a line
  local tei="$1" attr="$2" f filter="[not(@type='headnote') and not(@type='insertion' and @place='inline')]"
  shift 2
  for f in "$@"; do
    case "$f" in
      called) filter="$filter[not(parent::*[local-name()='div' or local-name()='body' or local-name()='front' or local-name()='back'])]" ;;
      author) filter="$filter[not(@type='editorial')]" ;;
      editor) filter="$filter[@type='editorial']" ;;
    esac
  done
  xmllint --xpath "//*[local-name()='text']//*[local-name()='note']$filter/@*[local-name()='$attr']" "$tei" 2>/dev/null \
    | sed 's/.*="\(.*\)"/\1/'
}
notes_ok() {
  local page="$1" tei="$2" kind list ids ns eds i id n class
  for kind in author editor; do
    if [ "$kind" = author ]; then list="//section[@role='doc-endnotes'][not(contains(@class, 'notes-editorial'))]"
    else list="//section[@role='doc-endnotes'][contains(@class, 'notes-editorial')]"; fi
    [ "$(xp "$page" "$list/ol/li[@role='doc-endnote']/@id" | sed 's/.*="\(.*\)"/\1/' | tr '\n' ' ')" \
      = "$(tei_note_attr "$tei" id "$kind" | tr '\n' ' ')" ] \
      || { echo "  the $kind's endnotes are not the TEI notes in document order"; return 1; }
    [ "$(count "$page" "$list")" -le 1 ] || { echo "  more than one list of the $kind's notes"; return 1; }
  done
  ids=($(tei_note_attr "$tei" id called))
  ns=($(tei_note_attr "$tei" n called))
  eds=" $(tei_note_attr "$tei" id called editor | tr '\n' ' ') "
  [ "${#ids[@]}" -gt 0 ] || { echo "  no called notes in $tei"; return 1; }
  [ "$(count "$page" "//a[contains(concat(' ', @class, ' '), ' noteref ')]")" = "${#ids[@]}" ] || { echo "  wrong number of note calls"; return 1; }
  for i in "${!ids[@]}"; do
    id="${ids[$i]}"; n="${ns[$i]}"; class=noteref
    [[ "$eds" == *" $id "* ]] && class="noteref noteref-editorial"
    has "$page" "//sup/a[@class='$class'][@role='doc-noteref'][@id='ref-$id'][@href='#$id'][. = '$n']" \
      || { echo "  note call $n"; return 1; }
    has "$page" "//li[@id='$id']//a[@role='doc-backlink'][@href='#ref-$id'][. = '↩']" \
      || { echo "  back-link of note $n"; return 1; }
  done
}
assert "en: note calls link to the notes and back" notes_ok "$en" "$contract/sample-en.xml"
assert "en: note 41 has both its paragraphs" \
  has "$en" "count(//li[@id='sample-en-n41']/p) = 2
             and //li[@id='sample-en-n41']/p[1][starts-with(., 'If the “bloc” existed')]
             and //li[@id='sample-en-n41']/p[2][starts-with(., 'No doubt the attitude')]"
assert "en: note numbered by @n" eq "$en" "//li[@id='sample-en-n41']/span[@class='note-n']" "41"
assert "en: responsibility of note 41 shown" \
  eq "$en" "//li[@id='sample-en-n41']/p[2]/span[contains(@class, 'note-resp')]" "— Lev Sedov"
assert "en: author's note has the author class" \
  has "$en" "//li[@id='sample-en-n41'][contains(@class, 'note-by-author')]//span[contains(@class, 'note-by-author')]"
assert "en: unattributed note shows no responsibility" \
  has "$en" "//li[@id='sample-en-n43'][contains(@class, 'note-unattributed')] and not(//li[@id='sample-en-n43']//span[contains(@class, 'note-resp')])"
assert "en: LaTeX specials kept in note 43" contains "$en" '50% of $5 & #3 {x} ~y ^z _w \path.'

# Paragraph anchors: every TEI paragraph with xml:id and n.
anchors_ok() {
  local page="$1" tei="$2" id n bad=""
  while read -r id n; do
    has "$page" "//*[@id='$id'][contains(@class, 'para')]/a[1][@class='pn'][@href='#$id'][. = '¶$n']" || bad="$bad $id"
  done < <(xsltproc - "$tei" <<'EOF'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0">
  <xsl:output method="text"/>
  <xsl:template match="/">
    <xsl:for-each select="//tei:text//tei:p[@xml:id and @n][not(ancestor::tei:note)]">
      <xsl:value-of select="concat(@xml:id, ' ', @n, '&#10;')"/>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
EOF
)
  [ -z "$bad" ] || { echo "  missing anchors:$bad"; return 1; }
}
assert "en: paragraph anchors" anchors_ok "$en" "$contract/sample-en.xml"
assert "en: four paragraph anchors" [ "$(count "$en" "//a[@class='pn']")" = 4 ]

# ---------------------------------------------------------------- Russian sample

assert "ru: lang=ru" eq "$ru" "/html/@lang" "ru"
assert "ru: paragraph anchors" anchors_ok "$ru" "$contract/sample-ru.xml"
assert "ru: Russian labels" has "$ru" "//header/nav/a[. = 'Оглавление издания'] and //dt[. = 'Источник'] and //dt[. = 'Язык']"
assert "ru: language name in Russian" has "$ru" "//dt[. = 'Язык']/following-sibling::dd[. = 'Русский']"
assert "ru: no English labels" bash -c "! grep -qE '>(Source|Language|Notes|Contents|Edition index)<' '$ru'"
assert "ru: Russian quotation marks in the citation" contains "$ru" "«[Образец]»"
assert "ru: no table of contents without heads" has "$ru" "not(//nav[@role='doc-toc'])"
assert "ru: no notes section without notes" has "$ru" "not(//section[@role='doc-endnotes'])"
assert "ru: no download links without params" has "$ru" "not(//a[contains(@class, 'download')])"
assert "ru: edition link falls back to its label" eq "$ru" "//header/nav/a[@href='index.html']" "Оглавление издания"
assert "ru-labelled en: Russian notes and contents labels" \
  has "$enru" "//h2[@id='notes-title'][. = 'Примечания'] and //h2[@id='contents-title'][. = 'Содержание']"
assert "ru-labelled en: Russian back-link label" \
  has "$enru" "//a[@role='doc-backlink'][starts-with(@aria-label, 'Вернуться к тексту')]"
assert "ru-labelled en: notes still link both ways" notes_ok "$enru" "$out/sample-en-as-ru.xml"

# ---------------------------------------------------------------- feature fixture

assert "features: css param" has "$feat" "//link[@rel='stylesheet'][@href='../style/editio.css']"
assert "features: nested heads h2/h3/h4" \
  has "$feat" "//section[@id='features-en-letter']/h2 and //section[@id='sec-1-1']/h3 and //section[@id='sec-1-1-1']/h4"
assert "features: head under a headless div is h3" has "$feat" "//section[@id='sec-1-2-1']/h3"
assert "features: nested table of contents" \
  has "$feat" "//nav[@role='doc-toc']/ol/li/ol/li/ol/li/a[@href='#sec-1-1-1']"
assert "features: note in a head is not repeated in the contents" \
  eq "$feat" "//nav[@role='doc-toc']/ol/li/a" "The letter"
assert "features: paragraph holding a list becomes a div" \
  has "$feat" "//div[@id='features-en-p3'][contains(@class, 'para-block')]/ol/li[@value='1']"
assert "features: persName with URL ref is a link" has "$feat" "//a[contains(@class, 'persname')][@href='https://viaf.org/viaf/100000'][. = 'Smirnov']"
assert "features: persName with local ref keeps it" has "$feat" "//span[contains(@class, 'persname')][@data-ref='#smilga']"
assert "features: date/@when as time" has "$feat" "//time[@datetime='1932-10-03'][. = '3 October 1932']"
assert "features: date range as time of its start, range in the title" \
  has "$feat" "//time[@class='date'][@datetime='1932-05'][@title='May–June 1932'][. = 'in May or June']"
assert "features: empty date shows its value" has "$feat" "//span[@class='date'][@data-not-after='1933'][. = 'not after 1933']"
assert "features: foreign keeps its language" has "$feat" "//span[@class='foreign'][@lang='de'][. = 'ganz offen']"
assert "features: choice keeps both readings, each titled with the other" \
  has "$feat" "//span[@class='choice choice-corr'][not(@tabindex)][span[1][@class='corr'][@title='In the source: recieved'][. = 'received']]
               /span[2][@class='sic'][@title='Corrected: received'][. = 'recieved']"
assert "features: orig/reg likewise" \
  has "$feat" "//span[@class='choice choice-reg'][span[1][@class='reg'][@title='In the source: connexion'][. = 'connection']]
               /span[2][@class='orig'][@title='Regularized: connection'][. = 'connexion']"
assert "features: reading switch offered" has "$feat" "//input[@id='reading-source'] and //div[@class='reading-switch']"
assert "features: abbr with expansion" has "$feat" "//abbr[@title='State Political Directorate'][. = 'GPU']"
assert "features: gap" \
  has "$feat" "//span[@class='gap'][@title='text omitted (illegible, 2 word)'][span[@aria-hidden='true'] = '[…]']
               [span[@class='visually-hidden'] = '[text omitted (illegible, 2 word)]']"
assert "features: letter parts" \
  has "$feat" "//span[@class='opener']/span[@class='dateline'] and //span[@class='address']/span[@class='addrline'] and //span[@class='closer']/span[@class='signed']"
assert "features: hi rend" has "$feat" "//b[contains(@class, 'rend-bold')] and //sup[contains(@class, 'rend-sup')] and //span[contains(@class, 'rend-spaced')]"
assert "features: unknown element keeps its text" contains "$feat" "kept text"
assert "features: page break" has "$feat" "//span[@class='pb'][. = '[p. 12]']"
assert "features: table" has "$feat" "//table/caption[. = 'A table'] and count(//table//th) = 2"
assert "features: cit as figure" has "$feat" "//figure[@class='cit']/blockquote and //figure[@class='cit']/figcaption"
assert "features: editor's note" \
  has "$feat" "//li[@id='features-en-n1'][contains(@class, 'note-by-editor')]//span[contains(@class, 'note-by-editor')][. = '— Jane Editor']"
assert "features: translator's note" \
  has "$feat" "//li[@id='features-en-n3'][contains(@class, 'note-by-translator')]//span[. = '— Tom Translator']"
assert "features: note without paragraphs, two responsibles" \
  has "$feat" "//li[@id='features-en-n2']/p//span[contains(@class, 'note-resp')][. = '— Lev Sedov, Jane Editor']"
assert "features: note ending in a list keeps its back-link" \
  has "$feat" "//li[@id='features-en-n3']/ul and //li[@id='features-en-n3']/p[last()]/a[@role='doc-backlink']"
assert "features: unresolved resp shows no name" \
  has "$feat" "not(//li[@id='features-en-n4']//span[contains(@class, 'note-resp')])"
assert "features: notes link both ways" notes_ok "$feat" "$here/features-en.xml"
assert "features: uncalled note listed, without call or back-link" \
  has "$feat" "//li[@id='features-en-n5'][contains(@class, 'note-uncalled')]/p[. = 'A note that nothing calls.']
               and not(//a[@href='#features-en-n5']) and not(//li[@id='features-en-n5']//a[@role='doc-backlink'])"
assert "features: div of uncalled notes leaves no trace" has "$feat" "not(//div[contains(@class, 'div-notes')]) and not(//div[@class='back'])"

# ---------------------------------------------------------------- dates in a document

assert "dates: every date of the text is a time or span.date (popovers repeat the notes' dates)" \
  [ "$(count "$feat" "//main//*[self::time or self::span][contains(concat(' ', @class, ' '), ' date ')]
                      [not(ancestor::*[contains(concat(' ', @class, ' '), ' note-popover ')])]")" \
    = "$(xmllint --xpath "count(//*[local-name()='text']//*[local-name()='date'])" "$here/features-en.xml")" ]
assert "dates: every date of the text has a title in words" \
  [ "$(count "$feat" "//main//*[contains(concat(' ', @class, ' '), ' date ')][not(normalize-space(@title))]")" = 0 ]
assert "dates: notBefore gives the datetime" has "$feat" "//time[@class='date'][@datetime='1932'][@title='not before 1932'][. = 'later']"
assert "dates: season as a month range" \
  has "$feat" "//time[@class='date'][@datetime='1932-09'][@title='September–November 1932'][. = 'autumn 1932']"
assert "dates: decade" has "$feat" "//time[@class='date'][@datetime='1920'][@title='1920s'][. = 'the 1920s']"
assert "dates: inferred value marked, in a note" \
  has "$feat" "//li[@id='features-en-n1']//time[@class='date date-inferred'][@datetime='1932-10-04']
               [@title='4 October 1932 (year inferred from context, certainty: medium)'][. = 'October 4']"
assert "dates: Julian date, Old Style in the title" \
  has "$feat" "//p[@id='features-en-p4']/time[@class='date date-julian'][@datetime='1905-01-22']
               [@title='22 January 1905 (Old Style: 9 January 1905)'][. = '9 January 1905']"
assert "dates: Julian range from from-custom/to-custom" \
  has "$feat" "//time[@datetime='1892-01-13'][@title='13 January – 12 May 1892 (Old Style: January–April 1892)']"
assert "dates: Julian year alone needs no Old Style note" \
  has "$feat" "//time[@class='date'][@datetime='1881'][@title='1881']"
assert "dates: no year: yearless datetime" has "$feat" "//time[@class='date'][@datetime='04-16'][@title='16 April (year not known)'][. = 'April 16']"
assert "dates: day alone: no datetime, a span" \
  has "$feat" "//span[@class='date'][not(@datetime)][@data-when='---15'][@title='day 15 (month and year not known)'][. = 'the 15th']
               and not(//time[. = 'the 15th'])"
assert "dates: in a heading (and its contents entry as text)" \
  has "$feat" "//section[@id='sec-1-1-1']/h4/time[@class='date'][@datetime='1933-07'][. = 'July 1933']
               and //nav[@role='doc-toc']//a[@href='#sec-1-1-1'][. = 'A subsection of July 1933'][not(.//time)]"
assert "dates: in a name" has "$feat" "//span[@class='person unlinked']/time[@class='date'][@datetime='1927-11-07'][. = '7 November 1927']"
assert "dates: header dates unchanged" has "$feat" "//dd/span[@class='citation']//time[@datetime='1932-10'][not(@class)][. = 'October 1932']"
assert "dates: no chronology link without chronology-href" has "$feat" "not(//a[contains(@href, 'chronology')])"
assert "dates (ru page): titles in Russian" \
  has "$featru" "//time[@datetime='1905-01-22'][@title='22 января 1905 (по старому стилю: 9 января 1905)']
                 and //time[@datetime='1932-10-04'][@title='4 октября 1932 (год установлен по контексту, достоверность: средняя)']
                 and //time[@datetime='1932-09'][@title='сентябрь–ноябрь 1932']
                 and //time[@datetime='1920'][@title='1920-е']
                 and //time[@datetime='1932-05'][@title='май–июнь 1932']
                 and //time[@datetime='04-16'][@title='16 апреля (год не указан)']
                 and //span[@data-when='---15'][@title='15-е число (месяц и год не указаны)']"
assert "dates (ru page): site header links the chronology" \
  has "$featru" "//header/nav/a[@class='chronology-nav-link'][@href='chronology.html'][. = 'Хронология']"

# ---------------------------------------------------------------- archival documents

css="$xsl/editio.css"
css_has() { tr -s '[:space:]' ' ' <"$css" | grep -qF -- "$1"; }
t3="//section[@id='sample-archival-t3']"

assert "archival: no text lost" text_kept "$contract/sample-archival.xml" "$arch"
assert "archival: paragraph anchors" anchors_ok "$arch" "$contract/sample-archival.xml"
assert "archival: notes link both ways" notes_ok "$arch" "$contract/sample-archival.xml"
assert "archival (author's note added): notes link both ways" notes_ok "$archn" "$out/sample-archival-notes.xml"
assert "archival (ru): notes link both ways" notes_ok "$archru" "$out/sample-archival-ru.xml"

# The reading switch: radio inputs before the text and the notes, their
# labels in a radiogroup; pure CSS (no script on the page).
assert "archival: reading switch inputs, corrected checked" \
  has "$arch" "count(//input[@type='radio'][@name='reading']) = 2
               and //input[@type='radio'][@name='reading'][@id='reading-corrected'][@value='corrected'][@checked]
               and //input[@type='radio'][@name='reading'][@id='reading-source'][@value='source'][not(@checked)]"
assert "archival: reading switch labels in a radiogroup" \
  has "$arch" "//div[@class='reading-switch'][@role='radiogroup'][@aria-labelledby='reading-legend']
               [contains(@aria-owns, 'reading-corrected') and contains(@aria-owns, 'reading-source')]
               [span[@id='reading-legend'] = 'Reading']
               [label[@for='reading-corrected'] = 'corrected'][label[@for='reading-source'] = 'as in the source']"
assert "archival: inputs precede the switch, the text and the notes as siblings" \
  has "$arch" "//article/input[@id='reading-corrected']/following-sibling::input[@id='reading-source']
               /following-sibling::div[@class='reading-switch']/following-sibling::div[@class='tei-text']
               /following-sibling::section[contains(@class, 'notes-editorial')]"
assert "archival: no inline script, no event handlers (the switch is CSS; editio.js only enhances)" \
  has "$arch" "count(//script) = 1 and //head/script[@src='editio.js'][@defer][normalize-space() = '']
               and not(//@*[starts-with(name(), 'on')])"
assert "archival (ru): switch labels in Russian" \
  has "$archru" "//div[@class='reading-switch'][span[@id='reading-legend'] = 'Текст']
                 [label[@for='reading-corrected'] = 'исправленный'][label[@for='reading-source'] = 'как в источнике']"
assert "no reading switch without a choice" \
  has "$en" "not(//input[@name='reading']) and not(//*[@class='reading-switch'])"
assert "css: corrected reading by default, the source's hidden" css_has ".choice > .sic, .choice > .orig { display: none; }"
assert "css: source mode hides corr and reg" \
  css_has "#reading-source:checked ~ * .choice > .corr, #reading-source:checked ~ * .choice > .reg { display: none; }"
assert "css: source mode shows sic and orig" \
  css_has "#reading-source:checked ~ * .choice > .sic, #reading-source:checked ~ * .choice > .orig { display: inline;"
assert "css: switch state and keyboard focus drawn on the labels" \
  bash -c "tr -s '[:space:]' ' ' <'$css' | grep -qF '#reading-source:checked ~ .reading-switch .reading-option-source' &&
           tr -s '[:space:]' ' ' <'$css' | grep -qF '#reading-source:focus-visible ~ .reading-switch .reading-option-source'"
assert "css: switch hidden in print" bash -c "sed -n '/@media print/,\$p' '$css' | grep -qF '.reading-switch { display: none; }'"

# Both readings in the page, each titled with the other.
assert "archival: sic/corr both in the page" \
  has "$arch" "//p[@id='sample-archival-p3']/span[@class='person']/span[@class='choice choice-corr']
               [span[1][@class='corr'][@title='In the source: Sidorenko'][. = 'Sidorov']]
               [span[2][@class='sic'][@title='Corrected: Sidorov'][. = 'Sidorenko']]"
assert "archival: orig/reg both in the page" \
  has "$arch" "//p[@id='sample-archival-p4']/span[@class='choice choice-reg']
               [span[1][@class='reg'][@title='In the source: Konstantinopol'][. = 'Constantinople']]
               [span[2][@class='orig'][@title='Regularized: Constantinople'][. = 'Konstantinopol']]"
assert "archival (ru): reading titles in Russian" \
  has "$archru" "//span[@class='corr'][@title='В источнике: Sidorenko'] and //span[@class='orig'][@title='Нормализовано: Constantinople']"

# Gap, insertions, headnote.
assert "archival: gap marker titled with its desc" \
  has "$arch" "//p[@id='sample-archival-p3']/span[@class='gap'][@title='The paragraph breaks off in the source.']
               [span[@aria-hidden='true'] = '[…]'][span[@class='visually-hidden'] = '[text omitted: The paragraph breaks off in the source.]']"
assert "archival: insertion in place, naming the source publication's editors" \
  has "$arch" "//p[@id='sample-archival-p3']/span[contains(concat(' ', @class, ' '), ' insertion ')]
               [@title='Inserted by: editors of the source publication (insertions marked “- AB”, headnotes), A. Bell']
               [span[@class='visually-hidden'][starts-with(., 'Inserted by: editors of the source publication')]]
               [text() = 'Sidorov - AB'][substring(preceding-sibling::text()[1], string-length(preceding-sibling::text()[1])) = '(']"
assert "archival: translator's insertion in place" \
  has "$arch" "//p[@id='sample-archival-p4']/span[contains(@class, 'insertion-by-translator')]
               [starts-with(@title, 'Inserted by: translator')][text() = 'of the near abroad - approx.']"
assert "archival: insertions and headnote are not listed as notes" \
  has "$archn" "not(//li[@role='doc-endnote'][contains(., 'Sidorov - AB') or contains(., 'near abroad') or contains(., 'pencil')])
                and not(//a[@href='#note-2' or @href='#note-3'])"
assert "archival: headnote as a labelled block after the letter's heading" \
  has "$arch" "$t3/h2/following-sibling::*[1][self::aside][contains(@class, 'headnote-note')]
               [p[1][@class='headnote-label'][. = 'Note of the source publication'][contains(@title, 'A. Bell')]]
               [p[2] = 'The letter is written in pencil on the margins of a book.']"
assert "archival (ru): headnote and insertion labels in Russian" \
  has "$archru" "//aside/p[@class='headnote-label'][. = 'Примечание публикаторов источника']
                 and //span[contains(@class, 'insertion')][starts-with(@title, 'Вставка: ')]"

# The two lists of notes, with their calls.
assert "archival: editor's notes only: no author's list" \
  has "$arch" "not(//h2[@id='notes-title']) and count(//section[@role='doc-endnotes']) = 1"
assert "archival: two lists, the author's then the editor's" \
  has "$archn" "//section[@role='doc-endnotes'][@aria-labelledby='notes-title'][not(contains(@class, 'notes-editorial'))]
                [h2[@id='notes-title'] = 'Notes'][count(ol/li) = 1][ol/li[1][@id='sample-archival-n1']]
                /following-sibling::section[@role='doc-endnotes'][@class='notes notes-editorial'][@aria-labelledby='editor-notes-title']
                [h2[@id='editor-notes-title'] = 'Editor’s notes'][count(ol/li) = 2]
                [ol/li[1][@id='sample-archival-e1']/span[@class='note-n'] = 'a'][ol/li[2][@id='sample-archival-e2']/span[@class='note-n'] = 'b']"
assert "archival: separate call styles" \
  has "$archn" "//sup/a[@class='noteref'][@href='#sample-archival-n1'][@aria-label='Note 1']
                and //sup/a[@class='noteref noteref-editorial'][@href='#sample-archival-e1'][@aria-label='Editor’s note a']"
assert "archival (ru): list headings in Russian" \
  has "$archru" "//h2[@id='editor-notes-title'] = 'Примечания редактора' and //a[@href='#sample-archival-e1'][@aria-label='Примечание редактора a']"
assert "css: editor's calls styled apart" css_has ".noteref-editorial, .notes-editorial .note-n {"

# Structures of archival documents.
assert "archival: a section or div per document, classed by type" \
  has "$arch" "//section[@id='sample-archival-t1'][@class='div div-memorandum'] and //div[@id='sample-archival-t2'][@class='div div-testimony']
               and $t3[@class='div div-letter']"
assert "archival: supplied heading in brackets, in the contents too" \
  has "$arch" "//section[@id='sample-archival-t1']/h2[@class='head head-supplied'][@title='supplied by the editor'][. = '[Memorandum]']
               and //nav[@role='doc-toc']//a[@href='#sample-archival-t1'][. = '[Memorandum]']"
assert "archival: opener with dateline, reference, classification, addressee" \
  has "$arch" "//section[@id='sample-archival-t1']/span[@class='opener']
               [span[1][@class='dateline']/time[@datetime='1931-05-03'][. = 'May 3, 1931']]
               [span[2][@class='idno idno-reference'] = 'No. 123'][span[3][@class='seg seg-classification'] = 'Top secret']
               [span[4][@class='seg seg-addressee'][starts-with(., 'To comrade ')]/span[@class='person'] = 'Ivanov']"
assert "archival: closers with their signatures" \
  has "$arch" "//section[@id='sample-archival-t1']/span[@class='closer']/span[@class='signed'][starts-with(., 'Deputy head: ')]
               and //div[@id='sample-archival-t2']/span[@class='closer']/span[@class='signed'][. = '(P. P. Sidorov)']"
assert "archival: postscript" has "$arch" "$t3/div[@class='postscript']/p[@id='sample-archival-p7'][contains(., 'P.S. Burn this letter.')]"
assert "archival: addresses as address blocks" \
  has "$arch" "$t3/ul[@class='list list-addresses'][count(li) = 2]
               /li[@id='sample-archival-i1']/span[@class='address']/span[@class='addrline'][. = 'Paul Martin 12, Rue des Lilas Paris']"
assert "archival: the publication's headnote before the text" \
  has "$arch" "//div[@class='tei-text']/div[@class='front'][following-sibling::section[@id='sample-archival-t1']]
               /section[@class='div div-headnote'][h2[@id='sample-archival-h1']]
               [p[@id='sample-archival-p1']/span[@class='bibl'] = 'Documents of the Sample Archive, pp. 10-12']
               [p[@id='sample-archival-p2']/span[@class='idno idno-shelfmark'] = 'GARF. F. 1. Op. 2, D. 3, L. 10-12']"
assert "archival: colophon after the text" \
  has "$arch" "$t3/following-sibling::div[@class='back']/div[@class='div div-colophon']
               [p[@id='sample-archival-p8']/span[@class='idno idno-shelfmark']][p[@id='sample-archival-p9']/span[@class='bibl']]"
assert "css: structures of archival documents styled" \
  bash -c "for r in '.signed { text-align: right; }' '.dateline { text-align: right; }' '.seg-classification {' \
                    '.opener > .seg { display: block; }' '.list-addresses .address {' '.front .div-headnote {' \
                    '.back .div-colophon {' '.headnote-note {' '.insertion {'; do
             tr -s '[:space:]' ' ' <'$css' | grep -qF -- \"\$r\" || { echo \"  missing: \$r\"; exit 1; }; done"

# The description list: archive, first publication, correspondence.
assert "archival: archival reference in the description list" \
  has "$arch" "//dl[@class='document-meta']/div[@class='meta-archive'][dt = 'Archive']
               /dd/span[@class='shelfmark'][. = 'GARF, f.${nb}1, op.${nb}2, d.${nb}3, l.${nb}10–12']"
assert "archival: first publication apart from the source" \
  has "$arch" "//div[@class='meta-first-publication'][dt = 'First published']/dd[. = 'Bell A. A sample article // Sample Journal. 2001. No. 1.']
               and //div[@class='meta-source']/dd[contains(., 'Documents of the Sample Archive')]
               and not(//div[@class='meta-source']//dd[contains(., 'Bell A.')]) and not(//div[@class='meta-source']//dd[contains(., 'GARF')])"
assert "archival: sender, addressee, date" \
  has "$arch" "//div[@class='meta-sender'][dt = 'Sender']/dd/span[@class='person'][@title='Ivan Ivanovich Petrov'][. = 'I. I. Petrov']
               and //div[@class='meta-addressee'][dt = 'Addressee']/dd[. = 'A. A. Ivanov']
               and //div[@class='meta-date'][dt = 'Date']/dd/time[@datetime='1931-05-03'][. = '3 May 1931']"
assert "archival (ru): description list in Russian" \
  has "$archru" "//div[@class='meta-archive'][dt = 'Архив']/dd[. = 'GARF, ф.${nb}1, оп.${nb}2, д.${nb}3, л.${nb}10–12']
                 and //div[@class='meta-first-publication']/dt = 'Впервые опубликовано'
                 and //div[@class='meta-sender']/dt = 'Отправитель' and //div[@class='meta-addressee']/dt = 'Адресат'
                 and //div[@class='meta-date']/dd/time[. = '3 мая 1931']"

# ---------------------------------------------------------------- popovers, citation, panel

pop41="//*[@id='pop-sample-en-n41']"
assert "popover: after the call, described by it, role tooltip" \
  has "$en" "//p[@id='sample-en-p1']/sup/a[@id='ref-sample-en-n41'][@aria-describedby='pop-sample-en-n41']
             /../following-sibling::*[1][self::span][@id='pop-sample-en-n41'][@role='tooltip'][@class='note-popover note-by-author']"
assert "popover: number, both paragraphs and the author, as in the endnote" \
  has "$en" "$pop41/span[@class='note-popover-head'][@data-kind='Note']/span[@class='note-popover-n'] = '41'
             and count($pop41/span[@class='note-popover-body']/span[@class='note-popover-p']) = 2
             and $pop41//span[@class='note-popover-p'][1][starts-with(., 'If the “bloc” existed')]
             and $pop41//span[@class='note-popover-p'][2]/span[@class='note-resp note-by-author'] = '— Lev Sedov'
             and not($pop41//a)"
assert "popover: text of note 41 is the endnote's" \
  [ "$(xp "$en" "normalize-space($pop41)")" = "41 If the “bloc” existed, how can it be explained that nothing appeared in the press? No doubt the attitude did not exclude personal meetings. (L.S.) — Lev Sedov" ]
assert "popover: unattributed note" \
  has "$en" "//*[@id='pop-sample-en-n43'][@class='note-popover note-unattributed'][not(.//span[contains(@class, 'note-resp')])]"
assert "popover: the editor's notes told apart" \
  has "$archn" "//*[@id='pop-sample-archival-e1'][contains(concat(' ', @class, ' '), ' note-popover-editorial ')]
                [span[@class='note-popover-head'][@data-kind='Editor’s note']/span[@class='note-popover-n'] = 'a']
                and //*[@id='pop-sample-archival-n1'][not(contains(@class, 'editorial'))][span[@data-kind='Note']]"
assert "popover (ru): kinds in Russian" \
  has "$archru" "//*[@id='pop-sample-archival-e1']/span[@class='note-popover-head'][@data-kind='Примечание редактора']"
assert "popover: in a heading, a list in the note as spans, names without links" \
  has "$feat" "//section[@id='features-en-letter']/h2/span[@id='pop-features-en-n1']
               and //*[@id='pop-features-en-n3']//span[@class='note-popover-list']/span[@class='note-popover-item'][. = 'one']
               and //*[@id='pop-features-en-n3']//span[@class='note-popover-p note-tail']/span[contains(@class, 'note-resp')] = '— Tom Translator'
               and //li[@id='features-en-n1']//time[@datetime='1932-10-04'] and //*[@id='pop-features-en-n1']//time[@datetime='1932-10-04']"
assert "popover: a correction keeps both readings for the reading switch" \
  has "$featc" "//*[@id='pop-features-en-n1']//span[@class='choice choice-corr'][span[@class='corr'] = 'editor’s'][span[@class='sic'] = 'editros']
                and //input[@id='reading-source']/following-sibling::div[@class='tei-text']//*[@id='pop-features-en-n1']"
assert "css: popovers hidden, shown on hover and focus of the call and on hover of the popover, Escape class" \
  bash -c "for r in '.note-popover { display: none; }' '.noteref-sup:hover + .note-popover,' '.noteref-sup:focus-within + .note-popover,' \
                    '.note-popover:hover {' '.note-popover.note-popover-dismissed { display: none !important; }' \
                    '.note-popover { position: absolute;' 'width: min(32rem, 100%);'; do
             tr -s '[:space:]' ' ' <'$css' | grep -qF -- \"\$r\" || { echo \"  missing: \$r\"; exit 1; }; done"

assert "script: document pages load editio.js, deferred" \
  has "$en" "/html/head/script[@src='editio.js'][@defer][normalize-space() = ''] and count(//script) = 1"
assert "script: none without the js parameter" \
  bash -c "xsltproc --stringparam js '' '$xsl/document.xsl' '$contract/sample-en.xml' | grep -qv '<script'"
js="$xsl/editio.js"
assert "js: editio.js exists, sends no request, needs no label table" \
  bash -c "test -s '$js' && ! grep -nE 'https?:|fetch\\(|XMLHttpRequest|sendBeacon|import\\(|WebSocket|localStorage' '$js' \
           && ! grep -nE \"'(Cite|Copy|Close|Copied|Note)\" '$js'"
assert "js: escape, cite buttons, dialog, clipboard" \
  bash -c "for w in Escape note-popover-dismissed cite-button cite-dialog cite-permalink cite-text data-button-label navigator.clipboard showModal aria-label; do
             grep -qF -- \"\$w\" '$js' || { echo \"  missing: \$w\"; exit 1; }; done"

cite="//header[@class='document-header']/section[@id='cite-this'][@aria-labelledby='cite-this-title']"
assert "cite this: section in the document header, headed" \
  has "$en" "$cite/h2[@id='cite-this-title'] = 'Cite this document'"
# Without a base URL the citation gives no address: a bare file name
# ("sample-en.html") is none a reader could follow from a paper.
assert "cite this, no base URL: author, title, edition, editors, year, no address" \
  has "$en" "$cite/p[@class='cite-document'][. = 'Lev Sedov, “[The “bloc” and the capitulators]”, in Sample Edition, ed. by Jane Editor, 2026.']
             [span[@class='cite-base'] = 'Lev Sedov, “[The “bloc” and the capitulators]”, in Sample Edition, ed. by Jane Editor, 2026']
             [not(span[@class='cite-sep'] or span[@class='cite-url'])][span[@class='cite-end'] = '.']"
assert "no base URL: no canonical link" has "$en" "not(//link[@rel='canonical'])"
assert "cite this, base URL: the page's absolute address, linked" \
  has "$enbase" "$cite/p[@class='cite-document'][. = 'Lev Sedov, “[The “bloc” and the capitulators]”, in Sample Edition, ed. by Jane Editor, 2026, https://example.org/edition/sample-en.html.']
             [span[@class='cite-sep'] = ', '][span[@class='cite-url']/a[@href='https://example.org/edition/sample-en.html']]"
assert "base URL: the document page's canonical link" \
  has "$enbase" "count(/html/head/link[@rel='canonical']) = 1 and /html/head/link[@rel='canonical']/@href = 'https://example.org/edition/sample-en.html'"
assert "cite this (ru), base URL: URL: and the absolute address" \
  has "$rubase" "$cite/p[span[@class='cite-sep'] = '. URL: '][span[@class='cite-url'] = 'https://example.org/edition/sample-ru.html']"
assert "base URL: the index page's canonical link" \
  has "$indexbase" "/html/head/link[@rel='canonical']/@href = 'https://example.org/edition/index.html'"
assert "cite this: the title of the page's h1" \
  has "$en" "contains($cite//span[@class='cite-base'], normalize-space(//h1))"
assert "cite this: a base URL of the TEI (publicationStmt/idno type=URI)" \
  has "$enuri" "$cite//span[@class='cite-url']/a[@href='https://example.org/edition/sample-en.html'][. = 'https://example.org/edition/sample-en.html']"
assert "cite this (ru): Russian heading and form" \
  has "$ru" "$cite[h2 = 'Как цитировать']/p[. = 'неизвестен. [Образец русского текста] / под ред. Jane Editor. 2026']
             [not(span[@class='cite-sep'])]"
assert "cite this (ru): edition and editors" \
  has "$archru" "$cite//span[@class='cite-base'][starts-with(., 'I. I. Petrov; P. P. Sidorov; N. N. Orlov (letter). Memorandum of I. I. Petrov')]
                 [contains(., ' / под ред. Sample editor')]"
dialog="//dialog[@id='cite-dialog'][not(@open)]"
assert "cite dialog: closed, labelled, a readonly permalink field, the citation, copy and close" \
  has "$en" "$dialog[@aria-labelledby='cite-dialog-title'][@data-button-label='Cite paragraph'][@data-copied='Copied']
             [h2[@id='cite-dialog-title'] = 'Cite this paragraph']
             [.//label[@for='cite-permalink'] = 'Permanent link'][.//input[@id='cite-permalink'][@type='text'][@readonly]]
             [.//*[@id='cite-text']][.//button[@type='button'][@class='cite-copy'] = 'Copy'][.//button[@type='button'][@class='cite-close'] = 'Close']
             [.//*[@role='status']]"
assert "cite dialog (ru): labels in Russian" \
  has "$ru" "$dialog[@data-button-label='Цитировать абзац'][@data-copied='Скопировано'][h2 = 'Ссылка на абзац']
             [.//label[@for='cite-permalink'] = 'Постоянная ссылка'][.//span[@class='cite-label'] = 'Библиографическая ссылка']
             [.//button[@class='cite-copy'] = 'Копировать'][.//button[@class='cite-close'] = 'Закрыть']"
assert "cite dialog (ru): no English labels" \
  bash -c "! grep -qE '>(Cite this|Permanent link|Citation|Copy|Close)<|\"(Cite paragraph|Copied)\"' '$ru'"

meta="//dl[@class='document-meta']"
assert "panel: licence, linked" \
  has "$en" "$meta/div[@class='meta-licence'][dt = 'Licence']/dd/a[@rel='license'][@href='https://creativecommons.org/licenses/by/4.0/'][. = 'CC BY 4.0']"
assert "panel: licence without a link" has "$arch" "$meta/div[@class='meta-licence']/dd[. = 'CC BY 4.0'][not(a)]"
assert "panel (ru): licence" has "$ru" "$meta/div[@class='meta-licence'][dt = 'Лицензия']/dd/a[@rel='license'][. = 'CC BY 4.0']"
assert "panel: translator (titleStmt editor role=translator)" \
  has "$feat" "$meta/div[@class='meta-translator'][dt = 'Translation'][count(dd) = 1]/dd = 'Tom Translator'"
assert "panel: translator of the source (bibl editor role=translator)" \
  has "$en" "$meta/div[@class='meta-translator'][dt = 'Translation']/dd = 'unknown'"
assert "panel: translator's respStmt, its resp when it says more" \
  has "$arch" "$meta/div[@class='meta-translator']/dd[normalize-space() = 'Unknown (translator (insertions marked “- approx.”))']"
assert "panel (ru): translation label" has "$archru" "$meta/div[@class='meta-translator']/dt = 'Перевод'"
assert "panel: no translator row without a translator" has "$pers" "not($meta/div[@class='meta-translator'])"
# Roles are read from resp/@key, the MARC relator code the TEI writer sets
# (trl, edt), never from the words of resp: the same words without a key give
# no role, a key with other words gives it.
sed -e 's|<resp key="trl">translator (|<resp>translator (|' \
    -e 's|<resp key="edt">editors of the source publication|<resp key="trl">Übersetzung, then editors of the source publication|' \
  "$contract/sample-archival.xml" >"$out/sample-archival-keys.xml"
archk="$out/sample-archival-keys.html"
render "$xsl/document.xsl" "$out/sample-archival-keys.xml" "$archk"
assert "roles: resp key='edt' makes the editor's insertion" \
  has "$arch" "//span[contains(@class, 'insertion-by-editor')][starts-with(@title, 'Inserted by: editors of the source publication')]"
assert "roles: resp key='trl' makes the translator, whatever its words" \
  has "$archk" "//span[contains(@class, 'insertion-by-translator')][contains(@title, 'Übersetzung')]
                and //div[@class='meta-translator']/dd[starts-with(normalize-space(), 'A. Bell')]"
assert "roles: 'translator' in resp without key='trl' is no translator" \
  has "$archk" "//span[contains(@class, 'insertion-by-other')][contains(@title, 'translator (')]
                and not(//div[@class='meta-translator']/dd[starts-with(normalize-space(), 'Unknown')])"
assert "panel: source and archive kept" \
  has "$arch" "$meta/div[@class='meta-source'] and $meta/div[@class='meta-archive'] and $meta/div[@class='meta-first-publication']"

assert "contents: an accessible nav, labelled by its heading" \
  has "$arch" "//nav[@role='doc-toc'][@aria-labelledby='contents-title']/h2[@id='contents-title'] = 'Contents'"
toc_complete() {  # every headed division of the text has its entry
  local page="$1" id missing=""
  while read -r id; do
    [ -z "$id" ] && continue
    has "$page" "//nav[@role='doc-toc']//a[@href='#$id']" || missing="$missing #$id"
  done < <(xp "$page" "//div[@class='tei-text']//section[contains(concat(' ', @class, ' '), ' div ')]/@id" | sed -n 's/.*id="\([^"]*\)".*/\1/p')
  [ -z "$missing" ] || { echo "  not in the contents:$missing"; return 1; }
}
assert "contents: several texts, each headed one listed" toc_complete "$arch"
assert "contents: nested divisions listed" toc_complete "$feat"

assert "css: print hides popovers, cite buttons and dialog, radios, search" \
  bash -c "sed -n '/@media print/,\$p' '$css' | tr -s '[:space:]' ' ' \
           | grep -qF '.note-popover, .cite-button, .cite-dialog, dialog, .reading-input, .site-search { display: none !important; }'"
assert "css: print shows the address of external links" \
  bash -c "sed -n '/@media print/,\$p' '$css' | grep -qF 'content: \" <\" attr(href) \">\"'"
assert "css: focus ring on buttons and fields" css_has "button:focus-visible, input:focus-visible,"
assert "css: cite buttons on hover and focus, always on touch screens" \
  bash -c "for r in '.para:hover > .cite-button,' '.para:focus-within > .cite-button,' '@media (hover: none) and (pointer: coarse) { .cite-button { opacity: 1; } }'; do
             tr -s '[:space:]' ' ' <'$css' | grep -qF -- \"\$r\" || { echo \"  missing: \$r\"; exit 1; }; done"

# ---------------------------------------------------------------- TEI written by the C++ side
# (the TEI of the specification examples, tests/spec/, when the test golden.spec left it in $SPEC_TEI)

for tei in "${SPEC_TEI:-/nonexistent}"/*.xml; do
  [ -f "$tei" ] || continue
  name="spec-$(basename "$tei" .xml)"
  page="$out/$name.html"
  render "$xsl/document.xsl" "$tei" "$page" || continue
  pages+=("$page")
  common_checks "$page"
  assert "$name: no text lost" text_kept "$tei" "$page"
  assert "$name: paragraph anchors" anchors_ok "$page" "$tei"
  if [ -n "$(tei_note_attr "$tei" id called)" ]; then
    assert "$name: notes link both ways" notes_ok "$page" "$tei"
  fi
done

# ---------------------------------------------------------------- edition index

assert "index: lang" eq "$index" "/html/@lang" "en"
assert "index: licence linked" \
  has "$index" "//footer/p[@class='licence']/a[@rel='license'][@href='https://creativecommons.org/licenses/by/4.0/'][. = 'CC BY 4.0']"
assert "index: title" eq "$index" "//h1" "Sample Edition"
# The whole-edition PDF is linked when the edition has one, in the edition's language.
sed '/<edition /s/lang="en"/lang="en" pdf="..\/print\/edition.pdf"/' "$here/edition-sample.xml" >"$out/edition-book.xml"
render "$xsl/index.xsl" "$out/edition-book.xml" "$out/index-book.html"
sed '/<edition /s/lang="en"/lang="ru"/' "$out/edition-book.xml" >"$out/edition-book-ru.xml"
render "$xsl/index.xsl" "$out/edition-book-ru.xml" "$out/index-book-ru.html"
assert "index: the book's PDF linked" \
  has "$out/index-book.html" "//a[@class='register-link book-link'][@href='../print/edition.pdf'][@type='application/pdf'][. = 'The whole edition as a book (PDF)']"
assert "index: the book's PDF in Russian" \
  has "$out/index-book-ru.html" "//a[@href='../print/edition.pdf'][. = 'Всё издание одной книгой (PDF)']"
assert "index: no book link without a book" has "$index" "not(//a[contains(@href, 'edition.pdf')])"
assert "index: subtitle" has "$index" "//p[@class='edition-subtitle']"
assert "index: editors" contains "$index" "Edited by Jane Editor, John Coeditor"
assert "index: introduction" has "$index" "//section[@class='introduction']/p/em[. = 'The Red Book on the Moscow Trial']"
assert "index: lists both documents" [ "$(count "$index" "//ol[@class='document-list']/li[@class='document-entry']")" = 2 ]
assert "index: English document linked" \
  has "$index" "//li[@id='doc-sample-en']//h3/a[@href='sample-en.html'][@hreflang='en'][. = '[The “bloc” and the capitulators]']"
assert "index: Russian document linked" \
  has "$index" "//li[@id='doc-sample-ru']//h3[@lang='ru']/a[@href='sample-ru.html'][. = '[Образец русского текста]']"
assert "index: authors and dates" \
  has "$index" "//li[@id='doc-sample-en']//time[@datetime='1936'] and //li[@id='doc-sample-ru']//span[@class='document-author'][. = 'неизвестен']"
assert "index: language names, not codes" \
  has "$index" "//li[@id='doc-sample-en']//dd[. = 'English'] and //li[@id='doc-sample-ru']//dd[. = 'Russian']"
assert "index: kinds" has "$index" "//li[@id='doc-sample-en']//dd[. = 'book chapter'] and //li[@id='doc-sample-ru']//dd[. = 'essay']"
assert "index: descriptions" [ "$(count "$index" "//p[@class='document-description']")" = 2 ]
assert "index: TEI links" \
  has "$index" "//li[@id='doc-sample-en']//a[@href='../tei/sample-en.xml'] and //li[@id='doc-sample-ru']//a[@href='../tei/sample-ru.xml']"
assert "index: PDF link only where given" \
  has "$index" "//li[@id='doc-sample-en']//a[@href='../print/sample-en.pdf'] and not(//li[@id='doc-sample-ru']//a[contains(@class, 'download-pdf')])"
sed '/<edition /s/lang="en"/lang="ru"/' "$here/edition-sample.xml" >"$out/edition-ru.xml"
render "$xsl/index.xsl" "$out/edition-ru.xml" "$out/index-ru.html"
assert "index (ru): Russian labels and language names" \
  has "$out/index-ru.html" "/html/@lang = 'ru' and //h2[. = 'Документы'] and //dd[. = 'Английский'] and //dd[. = 'Русский']"
sed 's/lang="ru" language="Russian"/lang="hy" language="Armenian"/' "$here/edition-sample.xml" >"$out/edition-hy.xml"
render "$xsl/index.xsl" "$out/edition-hy.xml" "$out/index-hy.html"
assert "index: unknown language code falls back to @language" \
  has "$out/index-hy.html" "//li[@id='doc-sample-ru']//dd[. = 'Armenian']"
assert "index: publisher and date in footer" eq "$index" "//footer/p[@class='publisher']" "Sample Publisher, 2026"

# ---------------------------------------------------------------- persons in a document

assert "persons: no text lost" text_kept "$contract/sample-persons.xml" "$pers"
assert "persons: paragraph anchors" anchors_ok "$pers" "$contract/sample-persons.xml"
assert "persons: notes link both ways" notes_ok "$pers" "$contract/sample-persons.xml"
# One link per persName of the text pointing to a person of particDesc:
# head 1, ¶1 2, note 41 2, ¶2 3, the editor's note 1, the item 1.
assert "persons: ten names linked to the register" [ "$(count "$pers" "//a[@class='person']")" = 10 ]
assert "persons: link to the register entry, titled with the regular name and dates" \
  has "$pers" "//p[@id='sample-persons-p1']/a[@class='person'][@href='register.html#radek-kb'][@title='Karl Berngardovich Radek (1885–1939)'][. = 'Radek']"
assert "persons: every linked name has a title" [ "$(count "$pers" "//a[@class='person'][not(normalize-space(@title))]")" = 0 ]
assert "persons: name without @ref is unlinked" \
  has "$pers" "//span[@class='person unlinked'][. = 'Ivanov'] and not(//a[. = 'Ivanov'])"
assert "persons: head keeps its id and links its name" \
  has "$pers" "//h2[@id='sample-persons-h1']/a[@class='person'][@href='register.html#radek-kb']"
assert "persons: names in notes are linked" \
  has "$pers" "//li[@id='sample-persons-n41']//a[@class='person'][@href='register.html#sedov-ll'][. = 'L.S.'] and //li[@id='sample-persons-n1']//a[@href='register.html#radek-kb']"
assert "persons: list item keeps its id" has "$pers" "//li[@id='sample-persons-i1']/a[@class='person']"
assert "persons: corrected name shows corr, keeps sic in a span" \
  has "$pers" "//a[@class='person'][@href='register.html#tukhachevsky-mn'][@title='Mikhail Nikolayevich Tukhachevsky (1893–1937)']
               /span[@class='choice choice-corr'][span[1][@class='corr'][. = 'Tukhachevsky']]/span[2][@class='sic'][@title='Corrected: Tukhachevsky'][. = 'Tusachevsky']"
assert "persons: nothing focusable inside a link" [ "$(count "$pers" "//a//*[@tabindex] | //a//a")" = 0 ]
assert "persons: only death known" has "$pers" "//a[@class='person'][@href='register.html#special-chars'][@title='Ann \"Nan\" @home Brown & Co! 50% | {x} (d. 1950)']"
assert "persons: particDesc not rendered" \
  bash -c "! grep -qF 'Ruler of the USSR' '$pers' && ! grep -qF 'Бернгардович' '$pers'"
assert "persons: section lists the persons in register order" \
  [ "$(xp "$pers" "//section[@aria-labelledby='persons-title']//li/a/@href" | sed 's/.*#\([^"]*\)".*/\1/' | tr '\n' ' ')" \
    = "special-chars radek-kb sedov-ll stalin-iv tukhachevsky-mn " ]
assert "persons: section entry, surname first, with dates" \
  has "$pers" "//h2[@id='persons-title'][. = 'Persons in this document']
               and //section[@aria-labelledby='persons-title']//li[a[@href='register.html#radek-kb'][. = 'Radek, Karl Berngardovich']][contains(., '(1885–1939)')]"
assert "persons: register links resolve" links_to "$pers" "register.html" "$reg"
assert "persons: site header links the register" has "$pers" "//header/nav/a[@href='register.html'][. = 'Register of persons']"
assert "persons (no register): spans with titles, no links" \
  has "$pers0" "count(//span[@class='person'][@title]) = 10 and not(//a[@class='person']) and not(//a[contains(@href, 'register')])"
assert "persons (no register): the choice keeps both readings" \
  has "$pers0" "//span[@class='person']/span[@class='choice choice-corr'][span[@class='corr']]/span[@class='sic']"
assert "persons (ru page): Russian regular name in the title, Russian labels" \
  has "$persru" "//a[@class='person'][@href='register.html#radek-kb'][@title='Радек Карл Бернгардович (1885–1939)']
                 and //h2[@id='persons-title'][. = 'Лица, упомянутые в документе']
                 and //span[@class='corr'][@title='В источнике: Tusachevsky'] and //span[@class='sic'][@title='Исправлено: Tukhachevsky']
                 and //div[@class='reading-switch'][span[@id='reading-legend'] = 'Текст']
                     [label[@for='reading-corrected'] = 'исправленный'][label[@for='reading-source'] = 'как в источнике']
                 and //li/a[@href='register.html#radek-kb'][. = 'Радек, Карл Бернгардович']"
assert "persons (ru page): only death known" has "$persru" "//a[@href='register.html#special-chars'][contains(@title, '(ум. 1950)')]"

# ---------------------------------------------------------------- register of persons

assert "register: lang and title" \
  has "$reg" "/html/@lang = 'en' and /html/head/title = 'Register of persons — Sample Edition' and //main//h1[. = 'Register of persons']"
assert "register: back to the index" has "$reg" "//header/nav/a[@href='index.html'][. = 'Sample Edition'] and //main//a[@href='index.html']"
assert "register: letter bar" \
  has "$reg" "//nav[@class='letter-bar'][@aria-label='Initial letters'] and count(//nav[@class='letter-bar']//li/a) = 6"
assert "register: letters in order, diacritics folded" \
  [ "$(xp "$reg" "//nav[@class='letter-bar']//a/@href" | sed 's/.*#letter-\([^"]*\)".*/\1/' | tr '\n' ' ')" = "B C R S T W " ]
assert "register: persons in register order" \
  [ "$(xp "$reg" "//article/@id" | sed 's/.*="\([^"]*\)".*/\1/' | tr '\n' ' ')" \
    = "special-chars capek-k radek-kb sedov-ll stalin-iv tukhachevsky-mn workers-opposition " ]
assert "register: persons under their letter" \
  has "$reg" "//section[@id='letter-C'][h2 = 'C']/article[@id='capek-k'] and count(//section[@id='letter-S']/article) = 2"
assert "register: entry heading is the sort name" \
  has "$reg" "//article[@id='radek-kb']/h3[. = 'Radek, Karl Berngardovich'] and //article[@id='special-chars']/h3[. = 'Brown & Co! 50% | {x}, Ann \"Nan\" @home']"
assert "register: other-language name with its lang" \
  has "$reg" "//article[@id='radek-kb']//span[@lang='ru'][. = 'Радек Карл Бернгардович'] and not(//article[@id='radek-kb']//*[. = 'Karl Berngardovich Radek'])"
assert "register: life dates" \
  has "$reg" "//article[@id='radek-kb']//span[@class='person-dates'][. = '(1885–1939)'] and //article[@id='special-chars']//span[@class='person-dates'][. = '(d. 1950)']
              and //article[@id='capek-k']//time[@datetime='1890-01-09'][. = '1890']"
assert "register: note" has "$reg" "//article[@id='stalin-iv']/p[@class='person-note'][. = 'Ruler of the USSR.']"
assert "register: garbled forms marked" \
  has "$reg" "//article[@id='tukhachevsky-mn']//dt[. = 'Garbled forms']/following-sibling::dd/span[contains(@class, 'name-erroneous')][@title='garbled form'][. = 'Tusachevsky']"
assert "register: variant, pseudonym, signature" \
  has "$reg" "//article[@id='capek-k']//dt[. = 'Variant forms']/following-sibling::dd/span[@lang='de'][. = 'Karl Tschapek']
              and //article[@id='radek-kb']//dt[. = 'Pseudonyms'] and //article[@id='sedov-ll']//dt[. = 'Signatures']/following-sibling::dd[. = 'L.S.']"
assert "register: authority records linked" \
  has "$reg" "//article[@id='radek-kb']//dt[. = 'Authority files']/following-sibling::dd[a[@class='idno'][@href='https://viaf.org/viaf/12345678'][. = 'VIAF 12345678']
              and a[@href='https://www.wikidata.org/wiki/Q1'][. = 'Wikidata'] and span[@class='idno'][. = 'local R-17']]"
assert "register: mentions grouped by document, titles as cites" \
  has "$reg" "count(//article[@id='radek-kb']//ul[@class='mentions']/li) = 2
              and //article[@id='radek-kb']//ul[@class='mentions']/li[1]/cite[. = '[Persons in a sample chapter]']
              and //article[@id='radek-kb']//ul[@class='mentions']/li[2]/cite[@lang='ru'][. = '[Образец русского текста]']"
assert "register: paragraph link" \
  has "$reg" "//article[@id='stalin-iv']//a[@href='sample-persons.html#sample-persons-p2'][. = '¶${nb}2'][@title='Stalin'][@aria-label='Paragraph 2']"
assert "register: one link per place, titled with the forms used there" \
  has "$reg" "count(//article[@id='radek-kb']//a[@href='sample-persons.html#sample-persons-p1']) = 1
              and //article[@id='radek-kb']//a[@href='sample-persons.html#sample-persons-p1'][@title='Radek; Radek’s']"
assert "register: heading, note, item links" \
  has "$reg" "//article[@id='radek-kb']//a[@href='sample-persons.html#sample-persons-h1'][. = 'heading']
              and //article[@id='stalin-iv']//a[@href='sample-persons.html#sample-persons-n41'][. = 'note 41']
              and //article[@id='radek-kb']//a[@href='sample-persons.html#sample-persons-n1'][. = 'note']
              and //article[@id='radek-kb']//a[@href='sample-persons.html#sample-persons-i1'][. = 'item 1']"
# Mentions in a letter's opening and closing and in a division's own text
# (a copy of the fixture: the fixture's pages have no letters).
sed 's|<mention doc="sample-persons" target="sample-persons-i1" n="1">Radek</mention>|&<mention doc="sample-persons" target="sample-persons-open1">Radek</mention><mention doc="sample-persons" target="sample-persons-close2">Radek</mention><mention doc="sample-persons" target="sample-persons-t2">Radek</mention>|' \
  "$here/edition-persons.xml" >"$out/edition-loci.xml"
render "$xsl/register.xsl" "$out/edition-loci.xml" "$out/register-loci.html"
sed '/<edition /s/lang="en"/lang="ru"/' "$out/edition-loci.xml" >"$out/edition-loci-ru.xml"
render "$xsl/register.xsl" "$out/edition-loci-ru.xml" "$out/register-loci-ru.html"
assert "register: opening, closing and text links" \
  has "$out/register-loci.html" "//article[@id='radek-kb']//a[@href='sample-persons.html#sample-persons-open1'][. = 'opening']
              and //article[@id='radek-kb']//a[@href='sample-persons.html#sample-persons-close2'][. = 'closing']
              and //article[@id='radek-kb']//a[@href='sample-persons.html#sample-persons-t2'][. = 'text']"
assert "register: Russian labels for opening and closing" \
  has "$out/register-loci-ru.html" "//article[@id='radek-kb']//a[@href='sample-persons.html#sample-persons-open1'][. = 'начало']
              and //article[@id='radek-kb']//a[@href='sample-persons.html#sample-persons-close2'][. = 'окончание']"
assert "register: the source's form in the title" \
  has "$reg" "//article[@id='tukhachevsky-mn']//a[@href='sample-persons.html#sample-persons-p2'][@title='Tusachevsky']"
assert "register: a document without a page is not linked" \
  has "$reg" "not(//a[starts-with(@href, 'sample-ru')]) and //article[@id='radek-kb']//span[@class='locus'][@title='Радека'][. = '¶${nb}3']"
assert "register: not mentioned" \
  has "$reg" "//article[@id='capek-k'][contains(@class, 'person-unmentioned')]/p[@class='not-mentioned'][. = 'not mentioned in the documents of this edition']
              and //article[@id='workers-opposition']/p[@class='not-mentioned'] and count(//p[@class='not-mentioned']) = 2"
assert "register: group marked" has "$reg" "//article[@id='workers-opposition'][contains(@class, 'person-group')]//span[@class='person-kind'][. = 'group']"
assert "register: mention links reach the document page" links_to "$reg" "sample-persons.html" "$pers"
assert "register (ru): Russian labels, English names marked" \
  has "$regru" "/html/@lang = 'ru' and //h1[. = 'Указатель имён'] and //nav[@aria-label='Начальные буквы']
                and //article[@id='radek-kb']//span[@lang='en'][. = 'Karl Berngardovich Radek']
                and //article[@id='stalin-iv']//a[@href='sample-persons.html#sample-persons-n41'][. = 'прим. 41']
                and //article[@id='capek-k']/p[@class='not-mentioned'][. = 'в документах издания не упоминается']"
# Cyrillic initials (ё folded into Е, with Е of another person) get ASCII ids.
sed -e 's|<sort-name>Radek, Karl Berngardovich</sort-name>|<sort-name>ёлкин, Карл</sort-name>|' \
    -e 's|<sort-name>Sedov, Lev Lvovich</sort-name>|<sort-name>Елизаров, Лев</sort-name>|' \
    "$here/edition-persons.xml" >"$out/edition-persons-cyr.xml"
render "$xsl/register.xsl" "$out/edition-persons-cyr.xml" "$out/register-cyr.html"
common_checks "$out/register-cyr.html"
assert "register: Cyrillic letter group" \
  has "$out/register-cyr.html" "//nav[@class='letter-bar']//a[@href='#letter-3'][. = 'Е']
                                and //section[@id='letter-3'][h2 = 'Е']/article[1][@id='radek-kb'] and //section[@id='letter-3']/article[2][@id='sedov-ll']"
sed 's/ html="[^"]*"//' "$here/edition-persons.xml" >"$out/edition-persons-nohtml.xml"
render "$xsl/register.xsl" "$out/edition-persons-nohtml.xml" "$out/register-nohtml.html"
assert "register: an index without page names links to {id}.html" \
  has "$out/register-nohtml.html" "//a[@href='sample-persons.html#sample-persons-p2'] and //a[@href='sample-ru.html#sample-ru-p3']"
assert "index: link to the register" \
  has "$indexp" "//section[@aria-labelledby='registers-title']//a[@href='register.html'][. = 'Register of persons'] and //h2[@id='registers-title'][. = 'Registers']"
assert "index: register linked from the header too" has "$indexp" "//header/nav[@aria-label='Registers']/a[@href='register.html'][. = 'Register of persons']"
assert "index: no register link without persons" has "$index" "not(//a[@href='register.html'])"

# ---------------------------------------------------------------- chronology

assert "chronology: lang and title" \
  has "$chron" "/html/@lang = 'en' and /html/head/title = 'Chronology — Sample Edition' and //main//h1[. = 'Chronology']"
assert "chronology: back to the index" has "$chron" "//header/nav/a[@href='index.html'][. = 'Sample Edition'] and //main//a[@href='index.html']"
assert "chronology: no register link without persons" has "$chron" "not(//a[@href='register.html'])"
assert "chronology: summary with the count" \
  eq "$chron" "//p[@class='chronology-summary']" "7 dated mentions in 2 documents, 1905–1936"
assert "chronology: year bar, years in order" \
  [ "$(xp "$chron" "//nav[contains(@class, 'year-bar')][@aria-label='Years']//a/@href" | sed 's/.*#\([^"]*\)".*/\1/' | tr '\n' ' ')" \
    = "y1905 y1920 y1923 y1930 y1932 y1936 " ]
assert "chronology: one section per year, headed by the year" \
  has "$chron" "count(//section[@class='chronology-year']) = 6
                and //section[@id='y1932'][@aria-labelledby='y1932-title']/h2[@id='y1932-title'][. = '1932']
                and count(//section[@id='y1932']//li[contains(@class, 'dated')]) = 2"
assert "chronology: every mention listed once" [ "$(count "$chron" "//li[contains(@class, 'dated')]")" = 7 ]
assert "chronology: mentions in time order" \
  [ "$(xp "$chron" "//time[@class='dated-date']/@datetime" | sed 's/.*="\([^"]*\)".*/\1/' | tr '\n' ' ')" \
    = "1905-01-22 1920 1923-10-15 1930 1932-09 1932-10-03 1936 " ]
assert "chronology: normalized dates in words" \
  has "$chron" "//time[@class='dated-date'][@datetime='1923-10-15'][. = '15 October 1923']
                and //time[@class='dated-date'][@datetime='1932-09'][. = 'September–November 1932']
                and //time[@class='dated-date'][@datetime='1936'][. = '1936']"
assert "chronology: a decade under its first year" \
  has "$chron" "//section[@id='y1920']//time[@class='dated-date'][@datetime='1920'][. = '1920s']"
assert "chronology: a range under its first year, en dash" \
  has "$chron" "//section[@id='y1930']//time[@class='dated-date'][@datetime='1930'][. = '1930–1932'] and not(//section[@id='y1931'])"
assert "chronology: form as written, with the document's language" \
  has "$chron" "//section[@id='y1923']//q[@lang='ru'][. = '15 октября 1923 года'] and //section[@id='y1920']//q[not(@lang)][. = 'the 1920s']"
assert "chronology: written form marked in its context" \
  has "$chron" "//section[@id='y1923']//p[@class='dated-context'][@lang='ru']/mark[. = '15 октября 1923 года']
                and //section[@id='y1923']//p[@class='dated-context'][. = 'Из этих постулатов 15 октября 1923 года следовал неизменный вывод.']"
assert "chronology: the free-standing occurrence is marked" \
  has "$chron" "//section[@id='y1932']//p[@class='dated-context'][mark = 'October 3'][starts-with(., '… and on the 13th, not on October 3,')]"
assert "chronology: special characters in the context kept" contains "$chron" "capitulated to Stalin & others"
assert "chronology: every context has its mark" \
  [ "$(count "$chron" "//p[@class='dated-context'][not(mark)]")" = 0 ]
assert "chronology: a mention without context" \
  has "$chron" "//section[@id='y1936']//li[not(p[@class='dated-context'])]/p[@class='dated-source']/a[@href='sample-en.html#sample-en-p2']"
assert "chronology: document titles" \
  has "$chron" "//section[@id='y1923']//cite[@lang='ru'][. = '[Образец русского текста]']
                and //section[@id='y1930']//cite[not(@lang)][. = '[The “bloc” and the capitulators]']"
assert "chronology: paragraph link" \
  has "$chron" "//section[@id='y1923']//a[@class='locus'][@href='sample-ru.html#sample-ru-p3'][@aria-label='Paragraph 3'][. = '¶${nb}3']"
assert "chronology: note link" has "$chron" "//section[@id='y1930']//a[@class='locus'][@href='sample-en.html#sample-en-n41'][. = 'note 41']"
assert "chronology: links reach the English page" links_to "$chron" "sample-en.html" "$en"
assert "chronology: links reach the Russian page" links_to "$chron" "sample-ru.html" "$ru"
assert "chronology: inferred value marked, explained in its title" \
  has "$chron" "//li[contains(@class, 'dated-inferred')]//span[contains(@class, 'flag-inferred')]
                [. = 'year inferred from context'][contains(@title, 'inferred it from the surrounding text')][contains(@title, 'certainty: medium')]
                and count(//span[contains(@class, 'flag-inferred')]) = 1"
assert "chronology: Julian date with its Old Style form" \
  has "$chron" "//section[@id='y1905']//li[contains(@class, 'dated-julian')]//time[@datetime='1905-01-22'][. = '22 January 1905']
                and //section[@id='y1905']//span[contains(@class, 'flag-julian')][. = 'Old Style: 9 January 1905'][contains(@title, 'Julian')]
                and count(//span[contains(@class, 'flag-julian')]) = 1"
assert "chronology (ru): Russian labels and dates" \
  has "$chronru" "/html/@lang = 'ru' and /html/head/title = 'Хронология — Sample Edition' and //h1[. = 'Хронология']
                  and //nav[contains(@class, 'year-bar')][@aria-label='Годы']
                  and //p[@class='chronology-summary'] = '7 упоминаний дат в 2 документах, 1905–1936'
                  and //time[@datetime='1923-10-15'][. = '15 октября 1923']
                  and //time[@datetime='1932-09'][. = 'сентябрь–ноябрь 1932']
                  and //time[@datetime='1920'][. = '1920-е']
                  and //span[contains(@class, 'flag-inferred')][. = 'год установлен по контексту']
                  and //span[contains(@class, 'flag-julian')][. = 'по старому стилю: 9 января 1905']
                  and //a[@href='sample-en.html#sample-en-n41'][. = 'прим. 41']
                  and //a[@href='index.html'][contains(., 'Оглавление издания')]"
assert "chronology (ru): Russian text needs no lang, English text has one" \
  has "$chronru" "//section[@id='y1923']//q[not(@lang)] and //section[@id='y1920']//q[@lang='en']"
assert "chronology (ru): no English labels" bash -c "! grep -qE '>(Chronology|Years|Old Style|year inferred)' '$chronru'"
for n in 1 2 5 21 22 25 111; do
  { sed -n '1,/<chronology>/p' "$here/edition-sample.xml"
    for i in $(seq "$n"); do
      echo '<dated start="1936-01-01" end="1936-12-31" when="1936" doc="sample-en" target="sample-en-p2" n="2"><text>1936</text></dated>'
    done
    echo '</chronology></edition>'; } >"$out/edition-$n.xml"
  sed '/<edition /s/lang="en"/lang="ru"/' "$out/edition-$n.xml" >"$out/edition-$n-ru.xml"
  render "$xsl/chronology.xsl" "$out/edition-$n.xml" "$out/chronology-$n.html"
  render "$xsl/chronology.xsl" "$out/edition-$n-ru.xml" "$out/chronology-$n-ru.html"
done
plural_ok() {
  eq "$out/chronology-1.html" "//p[@class='chronology-summary']" "1 dated mention in 1 document, 1936" &&
  eq "$out/chronology-2.html" "//p[@class='chronology-summary']" "2 dated mentions in 1 document, 1936" &&
  eq "$out/chronology-1-ru.html" "//p[@class='chronology-summary']" "1 упоминание даты в 1 документе, 1936" &&
  eq "$out/chronology-2-ru.html" "//p[@class='chronology-summary']" "2 упоминания дат в 1 документе, 1936" &&
  eq "$out/chronology-5-ru.html" "//p[@class='chronology-summary']" "5 упоминаний дат в 1 документе, 1936" &&
  eq "$out/chronology-21-ru.html" "//p[@class='chronology-summary']" "21 упоминание даты в 1 документе, 1936" &&
  eq "$out/chronology-22-ru.html" "//p[@class='chronology-summary']" "22 упоминания дат в 1 документе, 1936" &&
  eq "$out/chronology-25-ru.html" "//p[@class='chronology-summary']" "25 упоминаний дат в 1 документе, 1936" &&
  eq "$out/chronology-111-ru.html" "//p[@class='chronology-summary']" "111 упоминаний дат в 1 документе, 1936"
}
assert "chronology: counts agree with their nouns (en, ru)" plural_ok
assert "chronology (no dates): empty page, no year bar" \
  has "$chron0" "//p[@class='chronology-summary'][. = '0 dated mentions'] and not(//nav[contains(@class, 'year-bar')]) and not(//section)"
assert "chronology (no dates): register linked when the edition has persons" \
  has "$chron0" "//header/nav/a[@class='register-nav-link'][@href='register.html']"
sed 's/ html="[^"]*"//' "$here/edition-sample.xml" >"$out/edition-sample-nohtml.xml"
render "$xsl/chronology.xsl" "$out/edition-sample-nohtml.xml" "$out/chronology-nohtml.html"
assert "chronology: an index without page names links to {id}.html" \
  has "$out/chronology-nohtml.html" "//a[@href='sample-en.html#sample-en-p2'] and //a[@href='sample-ru.html#sample-ru-p3']"
sed 's/\(<document id="sample-ru"\) html="[^"]*"/\1/' "$here/edition-sample.xml" >"$out/edition-sample-nors.xml"
render "$xsl/chronology.xsl" "$out/edition-sample-nors.xml" "$out/chronology-nors.html"
assert "chronology: a document without a page is not linked" \
  has "$out/chronology-nors.html" "not(//a[starts-with(@href, 'sample-ru')]) and //section[@id='y1923']//span[@class='locus'][. = '¶${nb}3']
                                   and //a[@href='sample-en.html#sample-en-p2']"
assert "index: link to the chronology" \
  has "$index" "//section[@aria-labelledby='registers-title']//a[@href='chronology.html'][. = 'Chronology']
                and //section[@aria-labelledby='registers-title']//li[a[@href='chronology.html']][contains(., '(7 dated mentions)')]
                and //header/nav[@aria-label='Registers']/a[@href='chronology.html']"
assert "index (ru): chronology link in Russian" \
  has "$out/index-ru.html" "//a[@href='chronology.html'][. = 'Хронология'] and //li[a[@href='chronology.html']][contains(., '(7 упоминаний дат)')]"
assert "index: no chronology link without a chronology" has "$indexp" "not(//a[@href='chronology.html'])"

# ---------------------------------------------------------------- search

# The header's search form: a GET form to search.html with a labelled
# input name=q, on every kind of page, in the page's language.
search_form_ok() {  # PAGE LABEL BUTTON
  has "$1" "count(//form[@role='search']) = 1
            and //header[contains(@class, 'site-header')]/form[@class='site-search'][@role='search'][@action='search.html'][@method='get']
                [label[@for='site-search-q'][. = '$2']]
                [input[@type='search'][@name='q'][@id='site-search-q']]
                [button[@type='submit'][. = '$3']]"
}
for page in "$en" "$feat" "$index" "$reg" "$chron" "$arch"; do
  assert "$(basename "$page"): search form in the header" search_form_ok "$page" "Search the edition" "Search"
done
for page in "$ru" "$enru" "$persru" "$regru" "$chronru" "$archru"; do
  assert "$(basename "$page"): search form in Russian" search_form_ok "$page" "Поиск по изданию" "Найти"
done
render "$xsl/document.xsl" "$contract/sample-en.xml" "$out/sample-en-nosearch.html" --stringparam search-href ""
assert "document: no search form with search-href ''" has "$out/sample-en-nosearch.html" "not(//form[@role='search']) and not(//input[@name='q'])"

assert "search: lang and title" \
  has "$srch" "/html/@lang = 'en' and /html/head/title = 'Search — Sample Edition' and //main//h1[. = 'Search']"
assert "search: site links, no second search form in the header" \
  has "$srch" "//header/nav/a[@href='index.html'][. = 'Sample Edition'] and //header/nav/a[@href='chronology.html']
               and not(//a[@href='register.html']) and not(//header/form) and count(//form) = 1"
assert "search: the query field" \
  has "$srch" "//main/form[@id='search-form'][@role='search'][@action='search.html'][@method='get']
               //input[@id='search-input'][@type='search'][@name='q'][@aria-controls='search-results']
               and //label[@for='search-input'][normalize-space() != '']
               and //input[@id='search-input'][@aria-describedby = //p[@class='search-hint']/@id]"
assert "search: status line and result list, empty until the script runs" \
  has "$srch" "//p[@id='search-status'][@role='status'][@aria-live='polite'][. = '']
               and //ol[@id='search-results'][@aria-label='Search results'][not(*)]"
assert "search: says that it needs JavaScript" \
  has "$srch" "//noscript/p[@class='search-noscript'][starts-with(., 'Search needs JavaScript')]"
assert "search: the index, then the script, from beside the page" \
  [ "$(xp "$srch" "//script/@src" | sed 's/.*src="\([^"]*\)".*/\1/' | tr '\n' ' ')" = "search-index.js search.js " ]
assert "search: nothing loaded from elsewhere" has "$srch" "not(//*[starts-with(@src, 'http') or starts-with(@href, '//')])"
assert "search: labels for the script, language names of the documents" \
  has "$srch" "//div[@id='search-i18n'][@hidden]
               and //span[@data-key='search-no-results'] = 'No results'
               and //span[@data-key='search-results-many'] = 'results' and //span[@data-key='documents-in-one'] = 'document'
               and //span[@data-key='locus-note'] = 'note' and //span[@data-key='locus-paragraph'] = '¶'
               and //span[@data-key='lang-en'] = 'English' and //span[@data-key='lang-ru'] = 'Russian'
               and count(//span[starts-with(@data-key, 'lang-')]) = 2"
assert "search (ru): Russian labels" \
  has "$srchru" "/html/@lang = 'ru' and /html/head/title = 'Поиск — Sample Edition' and //h1[. = 'Поиск']
                 and //button[@type='submit'][. = 'Найти']
                 and //noscript/p[starts-with(., 'Для поиска нужен JavaScript')]
                 and //ol[@id='search-results'][@aria-label='Результаты поиска']
                 and //span[@data-key='search-no-results'] = 'Ничего не найдено'
                 and //span[@data-key='search-results-one'] = 'результат'
                 and //span[@data-key='search-results-few'] = 'результата'
                 and //span[@data-key='search-results-many'] = 'результатов'
                 and //span[@data-key='documents-in-many'] = 'документах'
                 and //span[@data-key='locus-note'] = 'прим.'
                 and //span[@data-key='lang-en'] = 'Английский' and //span[@data-key='lang-ru'] = 'Русский'"
assert "search (ru): no English labels" bash -c "! grep -qE '>(Search|No results|Search results|results|English)<' '$srchru'"
render "$xsl/search.xsl" "$here/edition-sample.xml" "$out/again-search.html"
assert "search output is deterministic" cmp -s "$srch" "$out/again-search.html"
assert "search.js: no network, no modules" bash -c "! grep -nE 'fetch\(|XMLHttpRequest|import |https?://' '$xsl/search.js'"
assert "search.js: the DOM contract" \
  bash -c "grep -q \"'search-input'\" '$xsl/search.js' && grep -q \"'search-status'\" '$xsl/search.js' \
           && grep -q \"'search-results'\" '$xsl/search.js' && grep -q \"'search-hit'\" '$xsl/search.js' \
           && grep -q \"'search-hit-link'\" '$xsl/search.js' && grep -q \"'mark'\" '$xsl/search.js'"

# ---------------------------------------------------------------- stylesheet

assert "css: no external resources (url() only to the shipped fonts/)" \
  bash -c "! grep -nEi '@import|https?:|//' '$css' | grep -v '^[0-9]*: *[/*]' | grep -q . && ! grep -oE 'url\\([^)]*\\)' '$css' | grep -vq '^url(\"fonts/[A-Za-z0-9_.-]*\")\$'"
assert "css: names its fonts" grep -q 'url("fonts/' "$css"
assert "css: print section" grep -q '@media print' "$css"
assert "css: narrow and wide layouts" bash -c "grep -q 'min-width' '$css' && grep -q 'max-width' '$css'"
assert "xsl: no extensions" \
  bash -c "! grep -lE 'xmlns:(exsl|str|func|dyn|date|math|set|saxon|xalan|msxsl)=|extension-element-prefixes' '$xsl'/*.xsl"
# The label table is shared with the print route: xslt/labels.xml, read by
# xslt/labels.xsl (included by html/common.xsl and latex/common.xsl).
labels="$root/xslt/labels.xml"
assert "xsl: document() reads only the label table" \
  bash -c "! grep -hoE 'document\\([^)][^)]*\\)' '$xsl'/*.xsl '$xsl'/../*.xsl '$xsl'/../latex/*.xsl | grep -v \"^document('labels.xml')\$\""
# Every literal label key the stylesheets (HTML and LaTeX) ask for is in
# labels.xml (else the page would show the key itself).
assert "labels: every key asked for is in labels.xml" bash -c '
  missing=0
  for k in $(grep -hoE "name=\"key\" select=\"'"'"'[^'"'"']+'"'"'\"" "'"$xsl"'"/*.xsl "'"$xsl"'"/../latex/*.xsl | sed -E "s/.*select=\"'"'"'([^'"'"']+)'"'"'\"/\1/" | sort -u); do
    # a counted noun (plural-key) has the rows $k-one, $k-few, $k-many
    grep -qE "key=\"$k(-one)?\"" "'"$labels"'" || { echo "label key not in labels.xml: $k"; missing=1; }
  done
  exit $missing'
assert "labels: labels.xml is well-formed with unique keys" bash -c "
  xmllint --noout '$labels' &&
  [ -z \"\$(grep -oE ' key=\\\"[^\\\"]+\\\"' '$labels' | sort | uniq -d)\" ]"
assert "xsl: no xsl:number level=any" bash -c "! grep -q 'level=\"any\"' '$xsl'/*.xsl"

# ---------------------------------------------------------------- the page's visible choices
# Each is a parameter, declared and described in the file that uses it; the
# defaults are what the other assertions see.
look="$out/features-look.html"
render "$xsl/document.xsl" "$here/features-en.xml" "$look" --stringparam reading-default source \
  --stringparam top-heading-level 3 --stringparam paragraph-mark '§' --stringparam gap-mark '<…>' \
  --stringparam supplied-open '⟨' --stringparam supplied-close '⟩' --stringparam backlink-mark '↑'
assert "look: reading-default source checks the source's reading" \
  has "$look" "//input[@id='reading-source'][@checked] and //input[@id='reading-corrected'][not(@checked)]"
assert "look: by default the corrected reading is checked" \
  has "$feat" "//input[@id='reading-corrected'][@checked] and //input[@id='reading-source'][not(@checked)]"
assert "look: top-heading-level 3 makes a top-level division's head an h3" \
  has "$look" "not(//h2[contains(@class, 'head')]) and //h3[contains(@class, 'head')]"
assert "look: by default a top-level division's head is an h2" has "$feat" "//h2[contains(@class, 'head')]"
assert "look: paragraph-mark before the paragraph's number" has "$look" "//a[@class='pn'][. = '§1']"
assert "look: gap-mark for an omission" has "$look" "//span[@class='gap']/span[@aria-hidden='true'] = '<…>'"
assert "look: supplied-open and -close around what the editor supplied" \
  has "$look" "//span[@class='supplied'][starts-with(., '⟨')][substring(., string-length(.)) = '⟩']"
assert "look: backlink-mark links a note back to its call" has "$look" "//a[@class='backlink'] = '↑'"

# ---------------------------------------------------------------- lists and divisions (issue 19)
# A list with labels, or of type gloss, is a <dl>; any other list a <ul> or <ol>
# (the test for labels is made once per list, not once per item); divisions
# without xml:id are numbered by their position among the divs of their parent.

lists="$out/lists.xml"
cat >"$lists" <<'TEI'
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="lists" xml:lang="en">
  <teiHeader><fileDesc><titleStmt><title>Lists</title></titleStmt>
    <publicationStmt><p>Test</p></publicationStmt><sourceDesc><p>Test</p></sourceDesc></fileDesc></teiHeader>
  <text><body>
    <div><head>One</head>
      <list><item>a</item><item>b</item><item>c</item></list>
      <list><label>GARF</label><item>State Archive</item><label>RGASPI</label><item>Party Archive</item></list>
      <list type="gloss"><item>no label</item></list>
    </div>
    <div><head>Two</head><p>x</p>
      <div><head>Two.one</head><p>y</p></div><div><head>Two.two</head><p>z</p></div>
    </div>
  </body></text>
</TEI>
TEI
lists_html="$out/lists.html"
if render "$xsl/document.xsl" "$lists" "$lists_html"; then
  assert "lists: a list without labels is ul/li, its items not dd" \
    has "$lists_html" "//ul[@class='list'][count(li) = 3][not(dd)]"
  assert "lists: a list with labels is dl with dt and dd in order" \
    has "$lists_html" "//dl[dt[1] = 'GARF'][dd[1] = 'State Archive'][dt[2] = 'RGASPI'][count(dd) = 2][not(li)]"
  assert "lists: a gloss list without labels is dl/dd" has "$lists_html" "//dl[count(dd) = 1][dd = 'no label']"
  assert "divisions: ids by position among the parent's divs, in the text and the contents" \
    has "$lists_html" "//section[@id='sec-1'] and //section[@id='sec-2'] and //section[@id='sec-2-2']/h3[. = 'Two.two']
                       and //nav[@role='doc-toc']/ol/li[2]/ol/li[2]/a[@href='#sec-2-2']"
  assert "divisions: a div without headed subdivisions has no nested contents list" \
    has "$lists_html" "not(//nav[@role='doc-toc']/ol/li[1]/ol)"
fi

# ---------------------------------------------------------------- critical apparatus (issue 25)
# The fixture's witnesses and places are read from the TEI, never written here (but for the
# sentences the contract's example is known by).

# tei_xp XPATH: evaluate XPath (with the tei: prefix) on the fixture.
tei_xp() { xmllint --xpath "$1" --nsclean - 2>/dev/null <<<"$(sed 's/ xmlns="[^"]*"//' "$apparatus_tei")"; }
n_wit="$(tei_xp "count(//listWit//witness)")"
n_app="$(tei_xp "count(//text//app)")"
cls() { echo "contains(concat(' ', @class, ' '), ' $1 ')"; }

# Each witness N: one reading of each app has class wit-N, the one whose @wit names it.
wit_classes_ok() {
  local i id bad=""
  for i in $(seq 1 "$n_wit"); do
    id="$(tei_xp "string((//listWit//witness)[$i]/@xml:id)")"
    [ "$(count "$app" "//div[@class='tei-text']//span[$(cls app)]/span[$(cls "wit-$i")]")" = "$n_app" ] || bad="$bad wit-$i(count)"
    for n in $(seq 1 "$n_app"); do
      [ "$(xp "$app" "normalize-space((//div[@class='tei-text']//span[$(cls app)])[$n]/span[$(cls "wit-$i")])")" \
        = "$(tei_xp "normalize-space((//text//app)[$n]/*[contains(concat(' ', @wit, ' '), ' #$id ')])")" ] || bad="$bad $id@$n"
    done
  done
  [ -z "$bad" ] || { echo "  readings:$bad"; return 1; }
}
# The page's <style> shows, for option N of each switch, the readings of class wit-N in its scope.
switch_css_ok() {
  local style i bad=""
  style="$(xp "$app" "string(/html/head/style)")"
  for i in $(seq 1 "$n_wit"); do
    for rule in "#witness-$i:checked ~ .tei-text .app > .wit-$i {" \
                "#witness-$i:checked ~ .tei-text .app > .rdg {" \
                "#syn-a-$i:checked ~ .synopsis-grid .syn-a .app > .wit-$i {" \
                "#syn-b-$i:checked ~ .synopsis-grid .syn-b .app > .wit-$i {"; do
      grep -qF -- "$rule" <<<"$style" || bad="$bad [$rule]"
    done
  done
  [ -z "$bad" ] || { echo "  missing:$bad"; return 1; }
}

assert "apparatus: $n_wit witnesses and $n_app places in the fixture" [ "$n_wit" -ge 3 ] && [ "$n_app" -ge 8 ]
assert "apparatus: the witness switch: edited text (checked) and one input per witness, before the text" \
  has "$app" "count(//article/input[@name='witness']) = $n_wit + 1 and //input[@id='witness-0'][@checked]
              and count(//input[@name='witness'][@checked]) = 1
              and //article/input[@name='witness'][last()]/following-sibling::div[@class='tei-text']"
assert "apparatus: the switch is a radiogroup owning its inputs, a label for each (siglum + description)" \
  has "$app" "//div[$(cls witness-switch)][@role='radiogroup'][@aria-owns='witness-0 witness-1 witness-2 witness-3']
              [count(label) = $n_wit + 1][label[@for='witness-0'] = 'Edited text']
              [label[@for='witness-1'][span[@class='siglum'] = 'A'][span[@class='witness-short'] = 'First edition']]
              [label[@for='witness-3'][span[@class='siglum'] = 'F'][contains(@title, 'DAR 0')]]"
assert "apparatus: the sigla of the switch are those of listWit, in order" \
  [ "$(xp "$app" "//div[$(cls witness-switch)][@aria-labelledby='witness-legend']/label/span[@class='siglum']/text()" | tr -d '\n')" \
    = "$(tei_xp "//listWit//witness/@n" | sed 's/.*n="\([^"]*\)".*/\1/' | tr -d '\n')" ]
assert "apparatus: each witness's readings carry its class, with its text" wit_classes_ok
assert "apparatus: the page's style has the rules of every witness and switch" switch_css_ok
assert "apparatus: each place is span.app, then its call (ref-ID, to the entry ID) and popover (pop-ID)" \
  has "$app" "count(//div[@class='tei-text']//span[$(cls app)]) = $n_app and (//span[$(cls app)])[1][$(cls app-substitution)]
              /following-sibling::*[1][self::sup]/a[@role='doc-noteref'][@id='ref-app-1'][@href='#app-1'][@aria-describedby='pop-app-1']
              and //sup[a[@id='ref-app-1']]/following-sibling::*[1][@id='pop-app-1'][$(cls note-popover)]"
assert "apparatus: a popover gives lemma and sigla ] reading and sigla, and the type" \
  eq "$app" "normalize-space(//*[@id='pop-app-1']/span[@class='note-popover-body'])" \
     "Habit also has A B ] Changed habits produce F (substitution)"
assert "apparatus: an omission is om. with its sigla" \
  has "$app" "contains(normalize-space(//*[@id='pop-app-7']), '] om. F (omission)')"
assert "apparatus: an addition is add. with its words; an empty lemma om." \
  has "$app" "contains(normalize-space(//*[@id='pop-app-4']), 'om. A ] add. Thus B (addition); add. thus F (addition)')"
assert "apparatus: a shared reading names all its sigla" \
  has "$app" "contains(normalize-space(//*[@id='pop-app-8']), '] parents B F')"
assert "apparatus: the list after the text, one entry per place, each linking back" \
  has "$app" "//div[@class='tei-text']/following-sibling::section[@class='apparatus'][h2 = 'Apparatus']
              [count(ol/li) = $n_app][ol/li[1][@id='app-1']/a[@role='doc-backlink'][@href='#ref-app-1']]"
assert "apparatus: the witnesses in the document header (siglum and description), not as a source" \
  has "$app" "//header//dl/div[@class='meta-witnesses'][dt = 'Witnesses'][count(dd) = $n_wit]
              [dd[1]/span[@class='siglum'] = 'A'][contains(dd[1], 'London: John Murray, 1859')]
              [contains(dd[3], 'Cambridge University Library, DAR 0')] and not(//div[@class='meta-source'])"
assert "apparatus: the variant encoding is not shown as text" bash -c "! grep -q 'parallel-segmentation' '$app'"
assert "apparatus: a link to the synopsis, a section that is its target" \
  has "$app" "//a[@class='synopsis-link'][@href='#synopsis'] and //section[@id='synopsis'][@class='synopsis'][h2 = 'Synoptic view']"
assert "synopsis: two switches, the left on the first witness, the right on the second" \
  has "$app" "count(//section[@id='synopsis']/input[@name='syn-a']) = $n_wit + 1
              and count(//section[@id='synopsis']/input[@name='syn-b']) = $n_wit + 1
              and //input[@id='syn-a-1'][@checked] and //input[@id='syn-b-2'][@checked]
              and count(//section[@id='synopsis']//input[@checked]) = 2
              and count(//div[@class='synopsis-grid']//div[@role='radiogroup']) = 2"
assert "synopsis: one row per block, a cell per column with every place and no ids" \
  has "$app" "count(//div[@class='synopsis-row'][div[$(cls syn-a)] and div[$(cls syn-b)]]) = $(tei_xp "count(//body//p)")
              and count(//div[$(cls syn-a)]//span[$(cls app)]) = $n_app and count(//div[$(cls syn-b)]//span[$(cls app)]) = $n_app
              and not(//div[$(cls syn-cell)][not($(cls witness-switch))]//*[@id])"
assert "apparatus (ru): the labels in Russian" \
  has "$appru" "//h2[@id='apparatus-title'] = 'Разночтения' and //div[@class='meta-witnesses']/dt = 'Источники текста'
                and //label[@for='witness-0'] = 'Текст издания' and contains(//*[@id='pop-app-7'], 'нет в F')
                and //a[@class='synopsis-link'] = 'Тексты параллельно'"
assert "apparatus: a text without witnesses has no switch, style, list or synopsis" \
  has "$en" "not(//input[@name='witness'] | /html/head/style | //section[@class='apparatus'] | //*[@id='synopsis'])"
# apps without listWit (nothing to switch to): the lemma alone, no call.
xsltproc - "$out/apparatus.xml" >"$out/apparatus-nowit.xml" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:tei="http://www.tei-c.org/ns/1.0">
  <xsl:template match="@*|node()"><xsl:copy><xsl:apply-templates select="@*|node()"/></xsl:copy></xsl:template>
  <xsl:template match="tei:listWit"/>
</xsl:stylesheet>
XSL
render "$xsl/document.xsl" "$out/apparatus-nowit.xml" "$out/apparatus-nowit.html"
assert "apparatus: apps without witnesses show their lemma, with no call, popover or switch" \
  has "$out/apparatus-nowit.html" "not(//span[$(cls app)] | //a[@role='doc-noteref'] | //input[@name='witness'])
       and starts-with(normalize-space(//p[@id='p1']), '¶1 Habit also has a decided influence, as')"
render "$xsl/document.xsl" "$out/apparatus.xml" "$out/again-apparatus.html"
assert "apparatus output is deterministic" cmp -s "$app" "$out/again-apparatus.html"

# ---------------------------------------------------------------- optional: Nu HTML checker

vnu_cmd=()
if [ -n "${VNU_JAR:-}" ] && [ -f "${VNU_JAR}" ]; then vnu_cmd=(java -jar "$VNU_JAR")
elif command -v vnu >/dev/null; then vnu_cmd=(vnu)
fi
if [ ${#vnu_cmd[@]} -gt 0 ]; then
  assert "Nu checker: pages valid, no warnings" "${vnu_cmd[@]}" --Werror "${pages[@]}" "$out/index-ru.html"
  assert "Nu checker: css valid" "${vnu_cmd[@]}" --css "$css"
else
  echo "note: Nu HTML checker not found (set VNU_JAR); HTML validation skipped"
fi

echo "html: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
