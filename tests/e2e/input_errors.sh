#!/usr/bin/env bash
# Wrong input is reported at its place (file:line:column) and never crashes or
# passes silently: TOML nested too deeply; an impossible date, a bad entry,
# conflicting entries and an unknown sender in the editor's layer (the rest of
# the edition is built); a truncated UTF-16 text; a guessed encoding; note
# numbers of five digits; person ids Editio writes itself; a schema that
# includes a file that is not one.
source "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

FORMATS=tei  # for build (lib.sh)
not_logged() { ! grep -qE -- "$2" "$tmp/$1.log"; }
absent() { ! grep -qF -- "$1" "$2"; }  # absent TEXT FILE
persons() {  # persons FILE ID...: a personography with these ids
  local f=$1; shift
  { echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><listPerson>'
    for id in "$@"; do echo "<person xml:id=\"$id\"><persName type=\"reg\">Ivan Petrov</persName></person>"; done
    echo '</listPerson></body></text></TEI>'; } > "$f"
}

# --- TOML nested deeper than any manifest needs: an error, not a crash ----------
mkdir -p "$tmp/deep/texts"
printf 'A text.\n' > "$tmp/deep/texts/a.txt"
edition "$tmp/deep" "x$(printf '.a%.0s' $(seq 50000)) = 1"
build deep
check "deep: a 50,000-part dotted key is an error, exit 1 (not a crash)" test "$rc" -eq 1
check "deep: reported at manifest.toml:line:column" \
  logged deep 'manifest.toml:6:1: error: the manifest has a dotted key of more than 64 parts; .*shorten the key'
edition "$tmp/deep" 'editorial = "editorial.toml"'
{ printf 'x = '; printf '[%.0s' $(seq 50000); printf ']%.0s' $(seq 50000); echo; } > "$tmp/deep/editorial.toml"
build deep
check "deep: nested arrays in the editor's layer are an error, exit 1" test "$rc" -eq 1
check "deep: reported at editorial.toml:line:column" \
  logged deep 'editorial.toml:1:69: error: the editor.s layer nests arrays or inline tables more than 64 levels deep'

# --- one edition with a bit of everything ------------------------------------------
src=$tmp/ed
mkdir -p "$src/texts"
printf 'The Minutes\n\nThe comittee met at noon.\n' > "$src/texts/good.txt"
printf 'A Letter\n\nDear Sir, I write to you.\n\nYours, I. Petrov\n' > "$src/texts/letter.txt"
printf 'A Diary\n\nIn the spring we left.\n' > "$src/texts/dated.txt"
{ printf 'Notes Of A Long Book\n\nThe last call [9999] and the next [10000] here.\n\n'
  printf '[9999] The note before.\n\n[10000] The note after.\n'; } > "$src/texts/notes.txt"
{ printf '\xff\xfe'; printf 'A line.\nЖурнал' | iconv -f UTF-8 -t UTF-16LE; printf 'x'; } > "$src/texts/u16.txt"
{ printf 'The committee met on Tuesday and the members discussed the minutes of the previous meeting.\n'
  printf 'The secretary read the report of the caf\xe9 owners, which the members approved as it was.\n'
  printf 'Na\xefve objections were raised, and the chairman closed the meeting at nine in the evening.\n'; } \
  > "$src/texts/latin.txt"
edition "$src" 'editorial = "editorial.toml"' 'personography = "personography.xml"'
persons "$src/personography.xml" petrov-i
cat > "$src/editorial.toml" <<'EOF'
[[correction]]
document = "good"
text = "comittee"
corr = "committee"

[[date]]
document = "dated"
text = "the spring"
when = "1999-02-30"

[[text]]
document = "letter"
line = 3
title = "The letter"

[[text]]
document = "letter"
line = 3
title = "The same letter"

[[text]]
document = "good"
line = 3
sender = "smirnov"
EOF
build ed
check "ed: exit 1 (there were errors)" test "$rc" -eq 1
check "ed: an impossible date is an error at its value" \
  logged ed 'editorial.toml:9:8: error: \[\[date\]\]: when = "1999-02-30" is not a day of the calendar: February 1999 has 28 days'
check "ed: ... left out, and its document is built without it" test -s "$tmp/ed.out/tei/dated.xml"
check "ed: no error points into the output" not_logged ed 'ed\.out/'
check "ed: two [[text]] at one place: the second is reported, naming the first" \
  logged ed 'editorial.toml:16:1: warning: \[\[text\]\] line 3 starts the same text as the \[\[text\]\] at line 11'
check "ed: ... and the first is used" \
  test "$(xpath "$tmp/ed.out/tei/letter.xml" 'string(//*[local-name()="head"][@type="supplied"])')" = "The letter"
check "ed: an unknown sender is warned at its key" \
  logged ed 'editorial.toml:24:10: warning: \[\[text\]\]: sender .smirnov. is not the xml:id of a person in the personography'
check "ed: ... and never printed as a name" absent smirnov "$tmp/ed.out/tei/good.xml"
check "ed: truncated UTF-16 is an error after its last whole character" \
  logged ed 'texts/u16.txt:2:7: error: the file ends in the middle of a character: its last 1 byte is not a whole UTF-16LE character'
check "ed: ... and that document is not built" test ! -e "$tmp/ed.out/tei/u16.xml"
check "ed: a guessed encoding says where the first non-UTF-8 byte is and what it reads as" \
  logged ed "texts/latin.txt:2:41: warning: not UTF-8: read as [^ ]+ \(detected\); the first byte that is not UTF-8, 0xE9 here, reads as 'é'"
check "ed: note [10000] is a note, called from the text" \
  test "$(xpath "$tmp/ed.out/tei/notes.xml" 'count(//*[local-name()="p"]/*[local-name()="note"][@n="10000"])')" = 1
check "ed: ... and not glued to note [9999]" \
  test "$(xpath "$tmp/ed.out/tei/notes.xml" 'count(//*[local-name()="note"][@n="9999"]/*[local-name()="p"])')" = 1
check "ed: summary: the edition built but for the truncated text" logged ed '\(5 built, 1 failed\)'
check "ed: the TEI written is valid" "$EDITIO" validate "$tmp/ed.out"/tei/*.xml
# One bad entry in the editor's layer: reported and left out, the rest is built.
printf '\n[[block]]\ndocument = "good"\ntext = "The comittee"\nrole = "greeting"\n' >> "$src/editorial.toml"
build ed
check "ed+bad entry: exit 1" test "$rc" -eq 1
check "ed+bad entry: reported at its line" \
  logged ed 'editorial.toml:26:1: error: \[\[block\]\]: role = "greeting" is not one of'
check "ed+bad entry: ... and left out" logged ed "editorial.toml:26:1: note: this \[\[block\]\] is left out"
check "ed+bad entry: the document it names is built again, the others (their entries unchanged) are not" \
  logged ed '\(1 built, 4 unchanged, 1 failed\)'
check "ed+bad entry: ... with the good entries of the layer" \
  test "$(xpath "$tmp/ed.out/tei/good.xml" 'string(//*[local-name()="corr"])')" = committee

# --- a person whose id Editio gives to something else -------------------------------
mkdir -p "$tmp/ids/texts"
printf 'A Text\n\nIvan Petrov wrote on 3 January 1905 (O.S.).\n' > "$tmp/ids/texts/a.txt"
edition "$tmp/ids" 'personography = "personography.xml"'
persons "$tmp/ids/personography.xml" julian ed a-p1
build ids
check "ids: exit 1" test "$rc" -eq 1
check "ids: 'julian' is reported at the person, naming the calendar" \
  logged ids 'personography.xml:3:2: error: person id "julian" is also the id Editio gives the Julian calendar'
check "ids: an editor's id likewise" \
  logged ids 'personography.xml:4:2: error: person id "ed" is also the id Editio gives the editor E'
check "ids: a paragraph's id likewise" \
  logged ids 'personography.xml:5:2: error: person id "a-p1" is also the id Editio gives paragraph 1 of document .a.'
check "ids: reported once, before anything is built" logged ids 'the personography has errors; nothing was built'
check "ids: no error points into the output" not_logged ids 'ids\.out/'

# --- a schema that includes a file that is not one ----------------------------------
mkdir -p "$tmp/rng"
cat > "$tmp/rng/x.rng" <<'EOF'
<?xml version="1.0"?>
<grammar xmlns="http://relaxng.org/ns/structure/1.0">
  <include href="notes.txt"/>
  <start><element name="a"><empty/></element></start>
</grammar>
EOF
printf 'SECRET first line of the notes\n' > "$tmp/rng/notes.txt"
echo '<a/>' > "$tmp/rng/a.xml"
set +e
"$EDITIO" validate --rng "$tmp/rng/x.rng" --sch '' "$tmp/rng/a.xml" > "$tmp/rng.log" 2>&1; rc=$?
set -e
sed 's|^|  [rng] |' "$tmp/rng.log"
check "rng: exit 1" test "$rc" -eq 1
check "rng: the included file's problem at its file:line:column" \
  grep -qF "$tmp/rng/notes.txt:1:1: error: XML: Start tag expected" "$tmp/rng.log"
check "rng: the include is named at its line" grep -qF "$tmp/rng/x.rng:3: error: schema: <include>" "$tmp/rng.log"
check "rng: the included file's content is not echoed" absent SECRET "$tmp/rng.log"
finish
