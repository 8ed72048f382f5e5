#!/usr/bin/env bash
# man.page: the manual page build/editio.1 (pandoc, from docs/manual/editio.1.md) renders with man(1) and
# documents the program as it is: its NAME line, every subcommand that `editio --help` lists (in COMMANDS and
# with a subsection "editio NAME" under OPTIONS), and every option that `editio --help` and
# `editio NAME --help` print, each in its own command's subsection. The option lists come from the program, so
# an option added without documentation fails this test.
# Usage: man_page.sh EDITIO PAGE
set -euo pipefail
editio=$1 page=$2
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
[ -s "$page" ] || { echo "FAIL: $page is missing: build it with cmake --build build (target editio_man)"; exit 1; }

# The page as a reader sees it: man-db, no hyphenation or justification, plain text; groff's Unicode hyphen
# and minus signs read as ASCII hyphens.
text=$(MANWIDTH=120 man --nh --nj -l "$page" 2>/dev/null | col -b | sed 's/\xe2\x80\x90/-/g; s/\xe2\x88\x92/-/g')
[ -n "$text" ] || { echo "FAIL: man -l $page printed nothing"; exit 1; }

# section NAME: the lines of the top-level section NAME (up to the next one).
section() { awk -v s="$1" '/^[A-Z]/ {on = ($0 == s); next} on' <<<"$text"; }
# subsection TITLE: the lines of the OPTIONS subsection TITLE (indented by 3), up to the next subsection.
subsection() { section OPTIONS | awk -v s="   $1" '/^   [^ ]/ {on = ($0 == s); next} on'; }
# options HELP: the option names (short and long, without --help) in the "Options:" part of CLI11's help.
options() {
  awk '/^[A-Za-z]+:$/ {on = ($0 == "Options:"); next} on && /^  -/ {print $1}' <<<"$1" |
    sed 's/{[^}]*}//g' | tr ',' '\n' | grep -v -x -e '-h' -e '--help'
}
# documented LINES OPTION: OPTION stands as a word of an option's term (a line indented by 7 that begins with
# a dash or a placeholder).
documented() { grep -E -- "^       [^ ].*" <<<"$1" | grep -qE -- "(^|[ ,])$2([ ,=]|$)"; }

grep -qE '^NAME$' <<<"$text" || fail "no NAME section"
section NAME | grep -qE '^ +editio - .+' && echo "ok: NAME: $(section NAME | xargs)" || fail "no 'editio - ...' NAME line"
for s in SYNOPSIS DESCRIPTION COMMANDS OPTIONS ENVIRONMENT FILES "EXIT STATUS" EXAMPLES "SEE ALSO"; do
  grep -qx "$s" <<<"$text" || fail "no $s section"
done
section ENVIRONMENT | grep -q 'EDITIO_HOME' || fail "ENVIRONMENT does not explain EDITIO_HOME"

top=$("$editio" --help)
for o in $(options "$top"); do
  documented "$(subsection 'Every command')" "$o" && echo "ok: global option $o" || fail "global option $o is not documented under OPTIONS, Every command"
done
subcommands=$(awk '/^[A-Za-z]+:$/ {on = ($0 == "Subcommands:"); next} on && /^  [a-z]/ {print $1}' <<<"$top")
[ -n "$subcommands" ] || fail "editio --help lists no subcommands"
for c in $subcommands; do
  section COMMANDS | grep -qE "^       $c( |$)" || fail "subcommand $c has no entry under COMMANDS"
  sub=$(subsection "editio $c")
  [ -n "$sub" ] || { fail "subcommand $c has no subsection 'editio $c' under OPTIONS"; continue; }
  n=0
  for o in $(options "$("$editio" "$c" --help)"); do
    n=$((n + 1))
    documented "$sub" "$o" || fail "option $o of editio $c is not documented under OPTIONS, editio $c"
  done
  echo "ok: $c: $n options checked"
done
[ "$fails" -eq 0 ] || { echo "$fails check(s) failed"; exit 1; }
echo "all checks passed"
