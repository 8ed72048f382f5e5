#!/usr/bin/env bash
# `editio init ED texts...` starts an edition that builds at once: the texts
# copied into ED/texts/ (the originals untouched), ED/manifest.toml with an id,
# file, language and title (the text's first line) per text and the edition's
# keys to fill marked TODO (a build warns about each one, at file:line:column,
# and still succeeds), ED/personography.xml with the names the texts use, most
# frequent first (valid TEI, as the build loads it). `editio build` in a folder
# with a manifest.toml builds that edition, not the bundled sample.
source "$(dirname "$0")/lib.sh"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
texts="$SRC/tests/data/unseen/texts"
mkdir -p "$tmp/in"; cp "$texts"/*.txt "$tmp/in/"
( cd "$tmp/in" && sha256sum *.txt > "$tmp/sums" )

run() { local name=$1; shift; set +e; "$@" > "$tmp/$name.log" 2>&1; rc=$?; set -e; sed "s|^|  [$name] |" "$tmp/$name.log" | cut -c1-240; }

# --- 1. init writes the texts, the manifest and the personography ------------
run init "$EDITIO" init "$tmp/ED" "$tmp/in/civil-rights-en.txt" "$tmp/in/revolution-1917.txt" "$tmp/in/tolstoy-family.txt"
check "init: exit 0" test "$rc" -eq 0
check "init: the texts are copied into ED/texts/" cmp "$tmp/in/tolstoy-family.txt" "$tmp/ED/texts/tolstoy-family.txt"
check "init: the originals are untouched" bash -c "cd '$tmp/in' && sha256sum -c --quiet '$tmp/sums'"
check "init: one line per file written (3 texts, personography, manifest)" test "$(grep -c '^editio init: wrote ' "$tmp/init.log")" -eq 5
check "init: says what to fill next" logged init 'next, fill in the values that say TODO in .*manifest.toml'
m="$tmp/ED/manifest.toml"
check "manifest: TODO title, editor, publisher, licence" test "$(grep -cE '^(title|publisher|licence|editors) = .*"TODO: ' "$m")" -eq 4
check "manifest: a comment says what to fill" grep -q '^# TODO: ' "$m"
check "manifest: names the personography" grep -q '^personography = "personography.xml"' "$m"
# Each [[document]] as id|file|title|language, in the order of the texts.
python3 - "$m" > "$tmp/docs" <<'PY'
import sys, tomllib
for d in tomllib.load(open(sys.argv[1], "rb"))["document"]:
    print("|".join([d["id"], d["file"], d["title"], d["language"]]))
PY
expected() {
  for f in civil-rights-en revolution-1917 tolstoy-family; do
    lang=ru; [ "$f" = civil-rights-en ] && lang=en
    echo "$f|texts/$f.txt|$(head -1 "$texts/$f.txt" | sed 's/\r$//; s/^\xEF\xBB\xBF//; s/^[[:space:]]*//; s/[[:space:]]*$//')|$lang"
  done
}
check "manifest: ids, files, titles (the first lines), languages" diff <(expected) "$tmp/docs"
p="$tmp/ED/personography.xml"
check "personography: well-formed XML" xmllint --noout "$p"
if [ -f "$TEI_ALL" ]; then check "personography: valid against tei_all" "$EDITIO" validate --rng "$TEI_ALL" --sch "" "$p"; fi
check "personography: persons by count, highest first" python3 - "$p" <<'PY'
import re, sys
counts = [int(n) for n in re.findall(r"<!-- (\d+) occurrences?:", open(sys.argv[1], encoding="utf-8").read())]
print(len(counts), "persons, counts", counts[:8], "...")
sys.exit(0 if len(counts) > 10 and counts == sorted(counts, reverse=True) else 1)
PY
check "personography: Толстой among the persons" grep -q '<persName type="reg" xml:lang="ru">[^<]*Толст' "$p"

# --- 2. the new edition builds where it is, with a warning per TODO ----------
( cd "$tmp/ED" && run build "$EDITIO" build --formats tei,html --progress off )
check "build in ED: exit 0" test "$rc" -eq 0
check "build in ED: says it builds ./manifest.toml" logged build '^editio: building ./manifest.toml$'
check "build in ED: writes ED/output" test -s "$tmp/ED/output/tei/tolstoy-family.xml"
check "build in ED: not the sample" bash -c "! ls '$tmp/ED/output/tei' | grep -q smirnov"
check "build in ED: one warning per TODO, at file:line:column" \
  test "$(grep -cE "^\./manifest\.toml:[0-9]+:[0-9]+: warning: 'edition\.[^ ]+' is still to be filled in" "$tmp/build.log")" -eq 4
for f in civil-rights-en revolution-1917 tolstoy-family; do
  t=$(grep "^$f|" "$tmp/docs" | cut -d'|' -f3)
  check "TEI of $f: its title is the text's first line" \
    test "$(xpath "$tmp/ED/output/tei/$f.xml" "string(//*[local-name()='titleStmt']/*[local-name()='title'][@type='main'])")" = "$t"
done

# --- 3. init refuses what would lose work or cannot be -----------------------
run again "$EDITIO" init "$tmp/ED" "$tmp/in/tolstoy-family.txt"
check "init over an edition: refused (2)" test "$rc" -eq 2
check "... and says how to go on" logged again 'manifest.toml exists; .*pass --force'
run missing "$EDITIO" init "$tmp/E2" "$tmp/in/no-such.txt"
check "a missing text: refused (2)" test "$rc" -eq 2
check "... naming it" logged missing 'no-such.txt: no such file'
check "... and nothing is written" test ! -e "$tmp/E2/manifest.toml"
mkdir -p "$tmp/other"; cp "$tmp/in/tolstoy-family.txt" "$tmp/other/"
run twice "$EDITIO" init "$tmp/E3" "$tmp/in/tolstoy-family.txt" "$tmp/other/tolstoy-family.txt"
check "two texts of one file name: refused (2)" test "$rc" -eq 2
check "... naming both" logged twice "in/tolstoy-family.txt and .*other/tolstoy-family.txt have the same file name"

# --- 4. init without texts takes the *.txt under the folder -------------------
mkdir -p "$tmp/E4/letters/1917"; cp "$tmp/in/revolution-1917.txt" "$tmp/E4/letters/1917/"
run scan "$EDITIO" init "$tmp/E4"
check "init DIR: the texts in its subfolders" grep -q '^file = "letters/1917/revolution-1917.txt"' "$tmp/E4/manifest.toml"
run force "$EDITIO" init --force "$tmp/E4"
check "init --force: replaces the manifest" test "$rc" -eq 0

# --- 5. names without --sources reads ./manifest.toml; --personography-out ----
# (an edition whose manifest names no personography yet: every person candidate goes into the starter)
cp "$tmp/E4/manifest.toml" "$tmp/E4-manifest.toml"; sed -i '/^personography = /d' "$tmp/E4/manifest.toml"
( cd "$tmp/E4" && run names "$EDITIO" names --personography-out "$tmp/starter.xml" )
check "names in E4: reads ./manifest.toml" logged names '^editio: reading ./manifest.toml$'
check "names --personography-out: a personography the build loads" grep -q '<person xml:id=' "$tmp/starter.xml"
cp "$tmp/E4-manifest.toml" "$tmp/E4/manifest.toml"
run names-own "$EDITIO" names --sources "$tmp/E4" --personography-out "$tmp/E4/personography.xml"
check "names --personography-out over the edition's own: refused" test "$rc" -ne 0

# --- 6. no manifest here: the bundled sample; from an installed home, into ./output
mkdir -p "$tmp/home" "$tmp/elsewhere"
for d in schemas xslt sources; do ln -s "$SRC/$d" "$tmp/home/$d"; done  # a home without the source tree
( cd "$tmp/elsewhere" && run sample "$EDITIO" --home "$tmp/home" build --formats tei --progress off )
check "build without a manifest here: the bundled sample" logged sample "^editio: no manifest.toml here; building the bundled sample edition $tmp/home/sources\$"
check "... written into ./output (an installed home is not written)" test -s "$tmp/elsewhere/output/tei/smirnov-biography.xml"
check "... and not beside the installed sources" test ! -e "$tmp/home/output"
finish
