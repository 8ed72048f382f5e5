#!/usr/bin/env bash
# Checks the TEI customization in schemas/:
#   1. the contract samples (tests/data/contract/*.xml) are valid against
#      schemas/editio.rng, schemas/editio.sch and the official tei_all.rng;
#   2. every test document in tests/schema/ gives exactly the result its
#      "expect:" comment announces (see below);
#   3. regenerating editio.rng from tei_all.rng reproduces the committed file
#      byte for byte, and the generator refuses ODDs it cannot honour;
#   4. editio.odd is itself valid TEI (against tei_all.rng);
#   5. editio.rng is a narrowing of tei_all.rng (verify-subset.py; skipped
#      when python3 is missing).
#
#   tests/schema/check.sh [TEI_ALL_RNG]
#
# TEI_ALL_RNG defaults to $TEI_ALL, then to ../shared/tei/tei_all.rng relative
# to the repository root. Exit status 0 when everything is as expected, 1
# otherwise, 77 when tei_all.rng is missing (CTest "skipped").
#
# The "expect:" comment (second line of each test document) is one of
#   expect: valid
#       valid against editio.rng, editio.sch and tei_all.rng;
#   expect: sch PATTERN-ID "text"
#       valid against editio.rng and tei_all.rng; editio.sch fails, and every
#       Schematron message contains "text" (so no other rule fires);
#       add "rng-too" after the text when the RelaxNG validation fails as well;
#   expect: rng "text"
#       editio.rng fails with a message containing "text", tei_all.rng and
#       editio.sch pass (the document is TEI, but outside the Editio subset).
#
# Needs: xmllint (libxml2-utils), xsltproc; optionally python3.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rng="$root/schemas/editio.rng"
sch="$root/schemas/editio.sch"
odd="$root/schemas/editio.odd"
tei_all="${1:-${TEI_ALL:-$root/../shared/tei/tei_all.rng}}"

for tool in xmllint xsltproc; do
  if ! command -v "$tool" >/dev/null; then
    echo "check.sh: $tool not found (Debian: apt-get install libxml2-utils xsltproc)" >&2
    exit 1
  fi
done
if [ ! -r "$tei_all" ]; then
  echo "check.sh: skipped: tei_all.rng not found at $tei_all (pass its path as argument)"
  exit 77
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

passed=0
failed=0
pass() { echo "ok: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }

# validate KIND FILE -> exit status of xmllint; output in $tmp/out
validate() {
  case $1 in
    rng) xmllint --noout --relaxng "$rng" "$2" >"$tmp/out" 2>&1 ;;
    sch) xmllint --noout --schematron "$sch" "$2" >"$tmp/out" 2>&1 ;;
    tei) xmllint --noout --relaxng "$tei_all" "$2" >"$tmp/out" 2>&1 ;;
  esac
}
# expect_pass KIND FILE LABEL
expect_pass() {
  if validate "$1" "$2"; then pass "$3: valid against $1"
  else fail "$3: expected valid against $1, got:"; sed 's/^/    /' "$tmp/out" | head -5; fi
}
# expect_fail KIND FILE LABEL TEXT [all]: fails, output mentions TEXT; with
# "all", every Schematron message line (".. line N: ..") must mention TEXT.
expect_fail() {
  if validate "$1" "$2"; then fail "$3: expected $1 to fail, but it passed"; return; fi
  if ! grep -qF -- "$4" "$tmp/out"; then
    fail "$3: $1 failed, but not with \"$4\":"; sed 's/^/    /' "$tmp/out" | head -5; return
  fi
  if [ "${5:-}" = all ] && grep -E ' line [0-9]+: ' "$tmp/out" | grep -vqF -- "$4"; then
    fail "$3: other Schematron rules fired too:"; grep -E ' line [0-9]+: ' "$tmp/out" | grep -vF -- "$4" | sed 's/^/    /' | head -5
    return
  fi
  pass "$3: $1 fails as intended (\"$4\")"
}

echo "== contract samples"
for f in "$root"/tests/data/contract/*.xml; do
  for kind in rng sch tei; do expect_pass "$kind" "$f" "contract/$(basename "$f")"; done
done

echo "== test documents"
shopt -s nullglob
docs=("$here"/*.xml)
[ "${#docs[@]}" -gt 0 ] || fail "no test documents in $here"
for f in "${docs[@]}"; do
  name="schema/$(basename "$f")"
  line="$(sed -n '2s/^<!-- *expect: *\(.*\) *-->$/\1/p' "$f")"
  text="$(sed -n 's/^[^"]*"\([^"]*\)".*/\1/p' <<<"$line")"
  case $line in
    valid*)
      for kind in rng sch tei; do expect_pass "$kind" "$f" "$name"; done ;;
    sch\ *)
      pattern="$(awk '{print $2}' <<<"$line")"
      grep -q "<pattern id=\"$pattern\">" "$sch" || fail "$name: no pattern \"$pattern\" in editio.sch"
      expect_fail sch "$f" "$name" "$text" all
      if [[ $line == *rng-too* ]]; then
        validate rng "$f" && fail "$name: expected editio.rng to fail too" || pass "$name: editio.rng fails too, as announced"
      else
        expect_pass rng "$f" "$name"
        expect_pass tei "$f" "$name"
      fi ;;
    rng\ *)
      expect_fail rng "$f" "$name" "$text"
      expect_pass tei "$f" "$name"
      expect_pass sch "$f" "$name" ;;
    *)
      fail "$name: no valid \"expect:\" comment on line 2" ;;
  esac
done

echo "== generated schema"
if "$root/schemas/regenerate.sh" "$tei_all" "$tmp/editio.rng" >"$tmp/out" 2>&1; then
  if cmp -s "$tmp/editio.rng" "$rng"; then
    pass "regenerating editio.rng from tei_all.rng gives the committed file"
  else
    fail "schemas/editio.rng differs from a fresh regeneration: run schemas/regenerate.sh and commit"
    diff "$rng" "$tmp/editio.rng" | head -10 | sed 's/^/    /'
  fi
else
  fail "schemas/regenerate.sh failed:"; sed 's/^/    /' "$tmp/out" | head -5
fi

# The generator must refuse what it cannot implement instead of ignoring it.
refuse() {  # refuse LABEL SED-EXPRESSION EXPECTED-MESSAGE
  sed "$2" "$odd" >"$tmp/bad.odd"
  if xsltproc --nonet --stringparam odd "$tmp/bad.odd" "$root/xslt/tools/odd-subset.xsl" "$tei_all" \
       >/dev/null 2>"$tmp/out"; then
    fail "odd-subset.xsl accepted an ODD with $1"
  elif grep -qF -- "$3" "$tmp/out"; then
    pass "odd-subset.xsl refuses an ODD with $1"
  else
    fail "odd-subset.xsl failed on an ODD with $1, but not with \"$3\":"; sed 's/^/    /' "$tmp/out" | head -3
  fi
}
refuse "an unknown element" 's/include="particDesc/include="noSuchElement particDesc/' \
  "which tei_all.rng does not define"
refuse "an elementSpec" 's#<moduleRef key="tei"/>#<moduleRef key="tei"/><elementSpec ident="p" mode="change"/>#' \
  "does not implement"
refuse "an element that cannot be reached (correspAction without correspDesc)" \
  's/\([ "]\)correspDesc\([ "]\)/\1\2/' "can never be reached"
# (not table without row: with graphic in the ODD a table of graphics may occur)
refuse "an element that cannot occur (list without item)" \
  's/\([ "]\)item\([ "]\)/\1\2/' "cannot occur any more"

echo "== ODD and subset"
expect_pass tei "$odd" "schemas/editio.odd"
# (P+ Z*)+ takes libxml2's RelaxNG validator cubic time in the number of
# children (a listPerson of thousands of persons); the generator writes (P Z*)+.
nested=$(xmllint --xpath 'count(//*[local-name()="oneOrMore"]/*[local-name()="oneOrMore"][not(preceding-sibling::*)])' "$rng")
if [ "$nested" = 0 ]; then pass "editio.rng has no repetition that opens with a nested repetition"
else fail "editio.rng has $nested repetitions opening with a nested repetition (cubic in libxml2)"; fi
if command -v python3 >/dev/null; then
  if python3 "$here/verify-subset.py" "$tei_all" "$rng" >"$tmp/out" 2>&1; then
    pass "editio.rng only narrows tei_all.rng ($(tail -1 "$tmp/out"))"
  else
    fail "verify-subset.py:"; sed 's/^/    /' "$tmp/out" | head -10
  fi
else
  echo "skipped: verify-subset.py (python3 not found)"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
