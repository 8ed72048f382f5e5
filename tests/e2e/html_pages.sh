#!/usr/bin/env bash
# The HTML reading edition: index and document pages hold titles and notes.
source "$(dirname "$0")/lib.sh"
h="$OUT/html"
check "index lists five documents" test "$(grep -o 'href="[a-z0-9-]*\.html"' "$h/index.html" | sort -u | wc -l)" -ge 5
check "index has the edition title" contains "$h/index.html" "I. N. Smirnov, Trotsky and the Moscow Trials"
check "index lists the Russian document title" contains "$h/index.html" "О связях группы И. Н. Смирнова"
r="$h/red-book-bloc.html"
for n in 41 42 43 44; do
  check "note call $n links to its note" grep -q "href=\"#red-book-bloc-n$n\"" "$r"
  check "note $n listed with a back-link" grep -q "href=\"#ref-red-book-bloc-n$n\"" "$r"
done
check "note 41 text" contains "$r" "how can it be explained that nothing about this significant fact appeared"
check "note 41 second paragraph" contains "$r" "No doubt the politically intransigent attitude"
check "Russian page has lang=ru" grep -q '<html[^>]*lang="ru"' "$h/smirnov-biography.html"
check "Russian list items" contains "$h/smirnov-biography.html" "они чувствовали идеологический застой"
check "CSS shipped" test -s "$h/editio.css"
# Every font the stylesheet names is shipped beside it, and is a font file.
for f in $(grep -o 'url("fonts/[^"]*")' "$h/editio.css" | sed 's/url("fonts\/\(.*\)")/\1/'); do
  check "font $f shipped" test -s "$h/fonts/$f"
  check "font $f is OpenType" bash -c "head -c 4 '$h/fonts/$f' | grep -q OTTO"
done
check "the stylesheet names its fonts" grep -q 'url("fonts/' "$h/editio.css"
check "no font or stylesheet from elsewhere" bash -c "! grep -E -q '(url\\(|@import).*(https?:)?//' '$h/editio.css'"
# The registers of places and organisations, when the sample names a list of them (tests/e2e/registers.sh tests
# them in full on an edition of its own).
for kind in places:places.html:place organisations:organisations.html:org; do
  IFS=: read -r key page cls <<< "$kind"
  if grep -q "^$key *=" "$SRC/sources/manifest.toml"; then
    check "the sample's $page is made" test -s "$h/$page"
    check "a document page links a name to $page" bash -c "cat '$h'/*.html | grep -q '<a class=\"$cls\" href=\"$page#'"
    check "$page links back to passages of the documents" grep -qE 'class="locus" href="[^"#]+\.html#' "$h/$page"
  fi
done
finish
