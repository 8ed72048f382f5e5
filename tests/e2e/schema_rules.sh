#!/usr/bin/env bash
# `editio validate` catches every error the project's Schematron catches, at the
# same file:line, although Editio checks its patterns itself (in one pass, linear
# time: schemas/editio.sch, header; src/check/schematron_native.cpp):
#   1. each invalid test document of tests/schema/ whose "expect:" is a
#      Schematron pattern (a duplicate note number, a dangling pointer, a
#      persName/@ref that names no person, ...) fails `editio validate` with
#      the expected message at the line xmllint's Schematron reports;
#   2. duplicate note numbers in every position (header notes, notes nested in
#      notes, a number used three times, uncalled notes in back) are reported
#      at exactly the lines where libxml2 reports them with the rule as written;
#   3. a schema whose pattern has the same id but another test is run as
#      written (the native check replaces only the rule it implements).
source "$(dirname "$0")/lib.sh"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
sch="$SRC/schemas/editio.sch"

# lines FILE: the sorted line numbers of its Schematron errors, from xmllint
# (libxml2 running the .sch as written) and from editio validate.
xmllint_lines() { { xmllint --noout --schematron "${2:-$sch}" "$1" 2>&1 || true; } | sed -n 's/^.* line \([0-9]*\): .*/\1/p' | sort -n | tr '\n' ' '; }
editio_lines() {
  { "$EDITIO" validate ${2:+--sch "$2"} "$1" 2>&1 || true; } | { grep -F ': Schematron: ' || true; } | sed -n 's/^[^:]*:\([0-9]*\): .*/\1/p' | sort -n | tr '\n' ' '
}

# same_lines WHAT FILE "LINES ": xmllint and editio validate report errors at
# exactly these lines (the rule as written, and Editio's native check).
same_lines() {
  local want got
  want="$(xmllint_lines "$2")"
  got="$(editio_lines "$2")"
  if [ "$want" = "$3" ] && [ "$got" = "$want" ]; then
    pass "$1: lines $got, as libxml2 reports them with the rule as written"
  else
    fail "$1: xmllint lines '$want' (expected '$3'), editio lines '$got'"
  fi
}

for f in "$SRC"/tests/schema/invalid-*.xml; do
  line="$(sed -n '2s/^<!-- *expect: *\(.*\) *-->$/\1/p' "$f")"
  [[ $line == sch\ * ]] || continue
  text="$(sed -n 's/^[^"]*"\([^"]*\)".*/\1/p' <<<"$line")"
  name="$(basename "$f")"
  "$EDITIO" validate "$f" > "$work/out" 2>&1 && { fail "$name: editio validate passed an invalid document"; continue; }
  want="$(xmllint_lines "$f")"
  if [ -z "$want" ]; then fail "$name: xmllint reports no line"; continue; fi
  got="$(editio_lines "$f")"
  if [ "$got" = "$want" ] && grep -qF -- "$name:${want%% *}: error: Schematron: " "$work/out" && contains "$work/out" "$text"; then
    pass "$name: \"$text\" at line ${want% } as with xmllint"
  else
    fail "$name: expected \"$text\" at line(s) ${want% }, got line(s) $got:"; sed 's/^/    /' "$work/out" | head -5
  fi
done

# Duplicate note numbers wherever notes stand.
cat > "$work/notes.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="t" xml:lang="en">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>Duplicate note numbers</title></titleStmt>
      <publicationStmt><publisher>Editio test suite</publisher></publicationStmt>
      <sourceDesc>
        <bibl><title>Source</title><note n="1">A header note numbered 1.</note></bibl>
      </sourceDesc>
    </fileDesc>
  </teiHeader>
  <text>
    <body>
      <p>One.<note place="foot" n="1">Duplicate of the header note.</note></p>
      <p>Two.<note place="foot" n="2">Outer <note place="foot" n="2">nested, same number: not preceding</note>
        and <note place="foot" n="3">nested, new number</note>.</note></p>
      <p>Three.<note place="foot" n="3">Duplicate of the nested note.</note></p>
      <p>Four.<note place="foot">No number.</note><note place="foot">No number either.</note></p>
      <p>Five.<note place="foot" n="1">Third note numbered 1.</note></p>
      <p>Six.<note place="foot" n=" 1">Another value (" 1" is not "1").</note></p>
    </body>
    <back>
      <div type="notes"><note place="end" n="2">Uncalled, duplicate of note 2.</note></div>
    </back>
  </text>
</TEI>
XML
same_lines "duplicate note numbers" "$work/notes.xml" "14 17 19 23 "
"$EDITIO" validate "$work/notes.xml" > "$work/out" 2>&1 || true
check "duplicate note number: the value and the first note's line in the message" \
  contains "$work/out" 'notes.xml:19: error: Schematron: <note>: This <note> has the same @n as an earlier note in this document: a note number may repeat only in a later numbering sequence (a text that numbers its notes from 1 again), whose notes have the xml:id DOCUMENT-nN.K (K = 2, 3, … the sequence); renumber one of the notes, or give this one such an xml:id if its numbering starts again (or remove @n from a note that has no number in the source). (n="1"; the first note with it is at line 8)'

# Numbering that starts again: a repeated number is right only on a note whose
# xml:id names a later sequence of that number (t-n1.2), as with xmllint.
cat > "$work/sequences.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="t" xml:lang="en">
  <teiHeader><fileDesc><titleStmt><title>Sequences</title></titleStmt>
    <publicationStmt><publisher>Editio test suite</publisher></publicationStmt>
    <sourceDesc><p>Test.</p></sourceDesc></fileDesc></teiHeader>
  <text>
    <body>
      <p>One.<note place="foot" n="1" xml:id="t-n1">First text, note 1.</note></p>
      <p>Two.<note place="foot" n="1" xml:id="t-n1.2">Second text, note 1: right.</note></p>
      <p>Three.<note place="foot" n="1" xml:id="t-n1.1">Sequence 1 again: an error.</note></p>
      <p>Four.<note place="foot" n="1" xml:id="t-n2.2">Another number's id: an error.</note></p>
      <p>Five.<note place="foot" n="1" xml:id="u-n1.3">Another document's id: an error.</note></p>
      <p>Six.<note place="foot" n="1" xml:id="t-n1.3x">Not a sequence number: an error.</note></p>
      <p>Seven.<note place="foot" n="1" xml:id="t-n1.3">Third text, note 1: right.</note></p>
    </body>
  </text>
</TEI>
XML
same_lines "numbering sequences" "$work/sequences.xml" "10 11 12 13 "

# A teiCorpus (the edition's corpus): each TEI numbers its notes anew, so only
# a number repeated inside one TEI is an error; a note of the corpus header
# belongs to no TEI and is not concerned.
cat > "$work/corpus.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<teiCorpus xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
  <teiHeader><fileDesc><titleStmt><title>Corpus</title></titleStmt>
    <publicationStmt><publisher>Editio test suite</publisher></publicationStmt>
    <sourceDesc><bibl><title>Source</title><note n="1">A note of the corpus header.</note></bibl></sourceDesc></fileDesc></teiHeader>
  <TEI xml:id="a" xml:lang="en">
    <teiHeader><fileDesc><titleStmt><title>A</title></titleStmt>
      <publicationStmt><publisher>Editio test suite</publisher></publicationStmt>
      <sourceDesc><p>Test.</p></sourceDesc></fileDesc></teiHeader>
    <text><body>
      <p>One.<note place="foot" n="1">A, note 1.</note><note place="foot" n="2">A, note 2.</note></p>
    </body></text>
  </TEI>
  <TEI xml:id="b" xml:lang="en">
    <teiHeader><fileDesc><titleStmt><title>B</title></titleStmt>
      <publicationStmt><publisher>Editio test suite</publisher></publicationStmt>
      <sourceDesc><p>Test.</p></sourceDesc></fileDesc></teiHeader>
    <text><body>
      <p>One.<note place="foot" n="1">B, note 1: right.</note></p>
      <p>Two.<note place="foot" n="2">B, note 2: right.</note><note place="foot" n="1">B, note 1 again: an error.</note></p>
    </body></text>
  </TEI>
</teiCorpus>
XML
same_lines "a teiCorpus: notes numbered anew in each TEI" "$work/corpus.xml" "20 "

# The same pattern id with another rule: run by libxml2 as written.
sed 's|not(@n) or not(@n = ancestor-or-self::\*\[ancestor::tei:TEI\]/preceding-sibling::\*/descendant-or-self::tei:note/@n)|not(@n = 3)|' "$sch" > "$work/edited.sch"
grep -qF 'not(@n = 3)' "$work/edited.sch" || fail "the edited pattern: the rule's test was not found in $sch"
want="$(xmllint_lines "$work/notes.xml" "$work/edited.sch")"
got="$(editio_lines "$work/notes.xml" "$work/edited.sch")"
if [ "$want" = "16 17 " ] && [ "$got" = "$want" ]; then
  pass "an edited pattern with the native rule's id runs as written (lines $got)"
else
  fail "edited pattern: xmllint lines '$want' (expected '16 17 '), editio lines '$got'"
fi
finish
