#!/usr/bin/env bash
# The register and the chronology of a large edition come in parts: with a
# small --page-entries the sample edition's register and chronology are
# split; every mention and date is on exactly one part, the overview links
# each person to the part where its mentions begin, and the parts link one
# another. Built again without the limit, the parts are gone and the single
# pages hold everything again.
source "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
build() { "$EDITIO" build --sources "$SRC/sources" --out "$tmp/out" --formats tei,html --progress off "$@" > "$tmp/log" 2>&1; }
html=$tmp/out/html
# Counts in the HTML: mention links of the register, dated entries of the chronology.
# (`|| true`: grep -c exits 1 when it counts nothing.)
count_in() { cat "$@" | grep -o "$pattern" | wc -l || true; }

build
check "single pages: the build succeeds" grep -q "0 failed" "$tmp/log"
pattern='<li class="dated'; whole_dates=$(count_in "$html/chronology.html")
pattern='class="locus"'; whole_mentions=$(count_in "$html/register.html")
persons=$(grep -o '<article[^>]* id="[^"]*"' "$html/register.html" | wc -l)
check "single pages: no parts" test ! -e "$html/register-1.html" -a ! -e "$html/chronology-1.html"
check "single pages: no parts navigation" bash -c "! grep -q 'page-parts' '$html/register.html' '$html/chronology.html'"
check "the sample has dates and mentions to split" test "$whole_dates" -gt 6 -a "$whole_mentions" -gt 6

build --page-entries 20
check "in parts: the build succeeds" grep -q "0 failed" "$tmp/log"
check "in parts: register parts written" test -s "$html/register-1.html" -a -s "$html/register-2.html"
check "in parts: chronology parts written" test -s "$html/chronology-1.html" -a -s "$html/chronology-2.html"
rparts=$(ls "$html"/register-[0-9]*.html | wc -l)
cparts=$(ls "$html"/chronology-[0-9]*.html | wc -l)
pattern='class="locus"'; split_mentions=$(count_in "$html"/register-[0-9]*.html)
pattern='<li class="dated'; split_dates=$(count_in "$html"/chronology-[0-9]*.html)
check "in parts: every date on exactly one part ($split_dates of $whole_dates)" test "$split_dates" = "$whole_dates"
check "in parts: the mention links add up ($split_mentions vs $whole_mentions, at least as many)" \
  test "$split_mentions" -ge "$whole_mentions"
check "in parts: the overview has no dates" bash -c "! grep -q '<li class=\"dated' '$html/chronology.html'"
check "in parts: the overview has no mention links" bash -c "! grep -q 'class=\"locus\"' '$html/register.html'"
check "in parts: the overview lists every person" \
  test "$(grep -o '<article[^>]* id="[^"]*"' "$html/register.html" | wc -l)" = "$persons"
check "in parts: the overview's summary counts all dates" grep -q "$whole_dates dated mention" "$html/chronology.html"
# Every link from the overview to a part reaches an entry with that id.
bad=0
for link in $(grep -o 'href="register-[0-9]*\.html#[^"]*"' "$html/register.html" | sed 's/href="//; s/"$//'); do
  file=${link%%#*}; id=${link#*#}
  grep -q "id=\"$id\"" "$html/$file" || { echo "  $link: no such entry"; bad=$((bad + 1)); }
done
check "in parts: each overview link reaches its person's entry on the part" test "$bad" = 0
check "in parts: the overview links some persons to parts" grep -q 'href="register-1.html#' "$html/register.html"
# Every part lists all parts and marks itself.
bad=0
for n in $(seq 1 "$cparts"); do
  [ "$(grep -o 'href="chronology-[0-9]*.html"' "$html/chronology-$n.html" | sort -u | wc -l)" = "$cparts" ] &&
    grep -q "href=\"chronology-$n.html\" aria-current=\"page\"" "$html/chronology-$n.html" || bad=$((bad + 1))
done
check "every chronology part ($cparts) lists all parts and marks itself" test "$bad" = 0
check "register part 2: a person continued from part 1 is marked" \
  bash -c "grep -q 'person-continued' '$html'/register-[0-9]*.html"
check "the index page still counts all dates" grep -q "($whole_dates dated mention" "$html/index.html"
# The parts are valid HTML for libxml2's parser.
check "parts parse as HTML" xmllint --html --noout "$html/register-1.html" "$html/chronology-1.html"

build
check "single again: the parts are removed" test ! -e "$html/register-1.html" -a ! -e "$html/chronology-1.html"
pattern='<li class="dated'; check "single again: every date back on the page" test "$(count_in "$html/chronology.html")" = "$whole_dates"
finish
