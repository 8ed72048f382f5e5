#!/usr/bin/env bash
# The registers of places and of organisations (places.html,
# organisations.html) of a small edition with a list of each
# (tests/data/registers-edition): each entry with its regular name, its other
# names, its coordinates as text with a link out to a map, its authority ids
# and the passages that name it; the document pages link each name to its
# entry; nothing is loaded from outside the site; the pages are the same
# from reused and from rebuilt documents, and come in parts when large.
source "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp -r "$SRC/tests/data/registers-edition" "$tmp/ed"
# build [options]: sets rc, never stops the script.
build() {
  set +e
  "$EDITIO" build --sources "$tmp/ed" --out "$tmp/out" --formats tei,html --progress off "$@" > "$tmp/log" 2>&1
  rc=$?
  set -e
}
h=$tmp/out/html
p=$h/places.html
o=$h/organisations.html
# The byte offset of a string in a file (for the order of entries).
at() { grep -bo -- "$2" "$1" | head -1 | cut -d: -f1; }

build
sed 's/^/  [build] /' "$tmp/log" | cut -c1-200
check "the edition builds, its TEI valid" test "$rc" -eq 0
check "places.html and organisations.html are made" test -s "$p" -a -s "$o"
check "the places carry their entries in the TEI" xpath "$tmp/out/tei/travels.xml" "//*[local-name()='settingDesc']/*[local-name()='listPlace']/*[@xml:id='moscow']"

# places.html
check "a place's entry: its id, its regular name in the edition's language" \
  grep -qE '<article id="moscow" class="entity-entry place-entry">' "$p"
check "its regular name in another language" contains "$p" '<span class="entity-name-other" lang="ru">Москва</span>'
check "its coordinates as text" contains "$p" '55.7558° N, 37.6173° E'
check "the southern and western hemispheres in words" contains "$p" '34.6033° S, 58.3817° W'
check "a link out to the map at them" contains "$p" 'href="https://www.openstreetmap.org/?mlat=55.7558&amp;mlon=37.6173#map=10/55.7558/37.6173"'
check "a place without coordinates has no map link" \
  bash -c "sed -n '/id=\"prinkipo\"/,/<\/article>/p' '$p' | grep -q 'Büyükada' && ! sed -n '/id=\"prinkipo\"/,/<\/article>/p' '$p' | grep -q 'map-link'"
check "its Wikidata id links to Wikidata" contains "$p" 'href="https://www.wikidata.org/wiki/Q649"'
check "its GeoNames id links to GeoNames" contains "$p" 'href="https://www.geonames.org/524901"'
check "its passages: the document's title and a link to the paragraph" \
  bash -c "sed -n '/id=\"moscow\"/,/<\/article>/p' '$p' | grep -q 'A report of a meeting' && sed -n '/id=\"moscow\"/,/<\/article>/p' '$p' | grep -qE 'href=\"travels.html#travels-p[0-9]+\"'"
check "the places in the order of English (Łódź with L, not after every ASCII letter)" \
  test "$(at "$p" 'id="buenos-aires"')" -lt "$(at "$p" 'id="lodz"')" -a "$(at "$p" 'id="lodz"')" -lt "$(at "$p" 'id="moscow"')" \
       -a "$(at "$p" 'id="moscow"')" -lt "$(at "$p" 'id="prinkipo"')"
check "a place the documents never name is not listed" bash -c "! grep -q 'Atlantis' '$p'"
check "the page's title and count" grep -q '<h1 class="register-title">Register of places</h1>' "$p"
check "4 places" contains "$p" '4 places'
check "nothing is loaded from outside the site" \
  bash -c "! grep -Eq '<(script|img|iframe|link)[^>]*(src|href)=\"(https?:)?//' '$p' '$o'"

# organisations.html
check "an organisation with its regular name" contains "$o" '<h3 class="entity-name">Communist International</h3>'
check "its abbreviation" bash -c "grep -A3 'Abbreviations' '$o' | grep -q 'Comintern'"
check "its note" contains "$o" 'The international of communist parties'
check "both its passages, by abbreviation and by name" \
  bash -c "sed -n '/id=\"comintern\"/,/<\/article>/p' '$o' | grep -o 'class=\"locus\"' | wc -l | grep -qx 2"

# The document pages and the index
check "a document page links a place name to its entry" grep -qE '<a class="place" href="places.html#moscow" title="Moscow">Moscow</a>' "$h/travels.html"
check "and an organisation's" grep -qE '<a class="org" href="organisations.html#comintern" title="Communist International">Comintern</a>' "$h/travels.html"
check "the page's header links the registers" contains "$h/travels.html" 'href="places.html"'
check "the index links the registers with their counts" \
  bash -c "grep -q 'href=\"places.html\"' '$h/index.html' && grep -q 'href=\"organisations.html\"' '$h/index.html' && grep -q '(4 places)' '$h/index.html'"

# Reused documents give the same pages as rebuilt ones.
cp "$p" "$tmp/places.first"; cp "$o" "$tmp/orgs.first"
printf '\nAgain in Moscow.\n' >> "$tmp/ed/texts/meeting.txt"
build
check "one document changed: the other is reused" grep -q '1 unchanged' "$tmp/log"
cp "$p" "$tmp/places.incremental"
check "the new passage is listed" bash -c "sed -n '/id=\"moscow\"/,/<\/article>/p' '$p' | grep -o 'meeting.html#' | wc -l | grep -qx 2"
build --force
check "places.html from reused documents is the same as from rebuilt ones" cmp -s "$p" "$tmp/places.incremental"
check "organisations.html too" cmp -s "$o" "$tmp/orgs.first"

# A large register comes in parts, as the register of persons does.
build --page-entries 2
check "in parts: places-1.html and places-2.html" test -s "$h/places-1.html" -a -s "$h/places-2.html"
check "in parts: the overview links each place to its part" grep -qE 'href="places-[0-9]+.html#moscow"' "$p"
build
check "without the limit: the parts are gone" test ! -e "$h/places-1.html"

# Without a list of places, no register of places (and the old page goes).
sed -i '/^places = /d' "$tmp/ed/manifest.toml"
build
check "without places: no places.html" test ! -e "$p"
check "without places: the document pages link no place" bash -c "! grep -q 'places.html' '$h/travels.html'"
check "the organisations are still linked" test -s "$o"
finish
