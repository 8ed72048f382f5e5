#!/usr/bin/env bash
# Print-route check: TEI → LaTeX (xslt/latex/document.xsl, xsltproc) → PDF
# (xelatex, two passes, default restricted shell escape: imakeidx runs
# makeindex) for the contract samples and tests/latex/features.xml, then
# asserts on the PDF text, its fonts, the LaTeX log and the index files.
# Saves page 1 of each PDF as tests/artifacts/latex-<name>.png.
# Usage: tests/latex/check.sh        (KEEP=1 keeps the temp dir)
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
xsl="$root/xslt/latex/document.xsl"
artifacts="$root/tests/artifacts"

for tool in xsltproc xelatex pdftotext pdffonts pdftoppm; do
  command -v "$tool" >/dev/null || { echo "check.sh: $tool not found (see scripts/install-deps.sh)" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/editio-latex.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then echo "check.sh: keeping $work"; else trap 'rm -rf "$work"' EXIT; fi
mkdir -p "$artifacts"

failures=0
fail() { echo "FAIL [$1] $2" >&2; failures=$((failures + 1)); }

# build NAME TEI-FILE [XSLTPROC-ARGS…]: .tex, then exactly two xelatex
# passes, as editio does. reledmac writes the line numbers of notes (NAME.1)
# and the headings (NAME.eledsec1) in the first pass and places the notes and
# headings from them in the second. Each document has a directory of its own
# (the index files, persons.idx/.ind, are named after the index).
build() {
  local name=$1 src=$2
  shift 2
  mkdir -p "$work/$name"
  if ! xsltproc --nonet "$@" "$xsl" "$src" > "$work/$name.tex"; then
    fail "$name" "xsltproc failed"; return 1
  fi
  local pass
  for pass in 1 2; do
    if ! (cd "$work/$name" && xelatex -interaction=nonstopmode -halt-on-error "../$name.tex" > /dev/null 2>&1); then
      fail "$name" "xelatex pass $pass failed:"
      grep -A8 '^!' "$work/$name/$name.log" >&2 || tail -20 "$work/$name/$name.log" >&2
      return 1
    fi
  done
  mv "$work/$name/$name.pdf" "$work/$name.pdf"
  cp "$work/$name/$name.log" "$work/$name.log"
  [ -s "$work/$name.pdf" ] || { fail "$name" "no PDF"; return 1; }
  pdftotext -enc UTF-8 "$work/$name.pdf" - | tr -s ' \n\t\f' ' ' > "$work/$name.txt"
  pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/$name.pdf" "$artifacts/latex-$name"
  return 0
}

# expect NAME TEXT…: each TEXT occurs in the PDF's text (whitespace folded).
expect() {
  local name=$1; shift
  local s
  for s in "$@"; do
    grep -qF -- "$s" "$work/$name.txt" || fail "$name" "PDF text lacks: $s"
  done
}

# Fonts all embedded, no glyph missing, no LaTeX error or undefined reference.
sound() {
  local name=$1
  local notemb
  notemb=$(pdffonts "$work/$name.pdf" | awk 'NR > 2 && $(NF-4) != "yes" { print }')
  [ -z "$notemb" ] || fail "$name" "fonts not embedded: $notemb"
  [ "$(pdffonts "$work/$name.pdf" | awk 'NR > 2' | wc -l)" -gt 0 ] || fail "$name" "pdffonts lists no font"
  if grep -q 'Missing character' "$work/$name.log"; then
    fail "$name" "missing glyphs: $(grep -m3 'Missing character' "$work/$name.log")"
  fi
  if grep -q 'Package reledmac Warning: File' "$work/$name.log"; then
    fail "$name" "second pass did not find reledmac's files"
  fi
}

if build sample-en "$root/tests/data/contract/sample-en.xml"; then
  sound sample-en
  expect sample-en \
    "Of course the Bolshevik-Leninists" \
    "capitulated to Stalin & others" \
    "being against collectivization;" \
    "“Smirnov could have pushed back and said." \
    "If the “bloc” existed, how can it be explained" \
    "No doubt the attitude did not exclude personal meetings. (L.S.)" \
    "Here is how the correspondent described these events. (L.S.)" \
    "50% of \$5 & #3 {x} ~y ^z _w \\path."
  # The source's own note numbers are the marks.
  for n in 41 42 43; do
    grep -qF "\\footnoteA[$n]{" "$work/sample-en.tex" || fail sample-en "note $n not marked with its @n"
  done
fi

if build sample-ru "$root/tests/data/contract/sample-ru.xml"; then
  sound sample-ru
  expect sample-ru \
    "Осенью 1932 года Смирнов присылает" \
    "они чувствовали идеологический застой." \
    "Из этих постулатов следовал неизменный вывод." \
    "Источник неизвестен."
fi

if build features "$here/features.xml"; then
  sound features
  expect features \
    "Письмо о «блоке» & 100% проверка" \
    "Editor's note: the date is uncertain. / Second paragraph" \
    "Editor's note via #ed." \
    "получила бы ] получила в источнике" \
    "gap illegible 2 words" \
    "Второй абзац примечания автора" \
    "ASCII 'апостроф' и \`обратный' штрих, <<угловые>>, ,,запятые'' и -- дефисы ---" \
    "Специальные знаки: \\ { } \$ & # ^ _ % ~ [ ]"
  grep -qF '\Bfootnote[nosep]{' "$work/features.tex" || fail features "editor's note not in series B"
  # A persName pointing nowhere (no particDesc) is printed, not indexed.
  grep -qF '\EditioIndex{persons}' "$work/features.tex" && fail features "unresolved persName indexed"
  grep -qF '\printindex[persons]' "$work/features.tex" && fail features "index printed without persons"
fi

# ---- Index of persons and corrected names (tests/data/contract/sample-persons.xml)
# hastex NAME STRING: the .tex contains STRING.
hastex() { grep -qF -- "$2" "$work/$1.tex" || fail "$1" ".tex lacks: $2"; }
if build persons "$root/tests/data/contract/sample-persons.xml"; then
  sound persons
  tex="$work/persons.tex"
  # One entry per persName[@ref] of the text that points to a person:
  # head 1, ¶1 2, note 41 2, ¶2 3, editor's note 1, item 1. Not the header's
  # respStmt, not the name without @ref, not the source's reading of a choice.
  n=$(grep -o '\EditioIndex{persons}{' "$tex" | wc -l)
  [ "$n" = 10 ] || fail persons "expected 10 index entries in the .tex, found $n"
  hastex persons '\EditioIndex{persons}{0002@Radek, Karl Berngardovich (Радек Карл Бернгардович)}'
  hastex persons '\EditioIndex{persons}{0004@Stalin, Iosif Vissarionovich (Сталин Иосиф Виссарионович)}'
  hastex persons '{Tukhachevsky}{\Bfootnote{Tusachevsky \EditioLabel{\EditioLabelSourceReads}}}}\EditioIndex{persons}{0005@Tukhachevsky, Mikhail Nikolayevich (Тухачевский Михаил Николаевич)}'
  # LaTeX specials escaped once, makeindex's @ ! | " quoted with ".
  hastex persons '\EditioIndex{persons}{0001@Brown \& Co"! 50\% "| \{x\}, Ann ""Nan"" "@home}'
  grep -q 'EditioIndex[^}]*Ivanov' "$tex" && fail persons "name without @ref indexed"
  grep -q 'EditioIndex[^}]*Tusachevsky' "$tex" && fail persons "source reading indexed"
  hastex persons '\printindex[persons]'
  hastex persons '\newcommand{\EditioLabelPersonIndex}{Index of persons}'
  # makeindex ran inside the two passes, on page.line locators that are all
  # known (000 would mean a line number taken from a label of the pass before).
  [ -s "$work/persons/persons.ind" ] || fail persons "makeindex did not run (no persons.ind)"
  [ "$(grep -c '\item ' "$work/persons/persons.ind")" = 5 ] || fail persons "persons.ind should list 5 persons"
  grep -qE '\{0+\.|\.0+\}$' "$work/persons/persons.idx" \
    && fail persons "unresolved line numbers in persons.idx: $(grep -m1 -E '\{0+\.|\.0+\}$' "$work/persons/persons.idx")"
  grep -qvE '\{[0-9]+\.[0-9]+\}$' "$work/persons/persons.idx" && fail persons "locators are not page.line: $(grep -m1 -vE '\{[0-9]+\.[0-9]+\}$' "$work/persons/persons.idx")"
  expect persons \
    "Tukhachevsky ] Tusachevsky source" \
    "Index of persons" \
    "Brown & Co! 50% | {x}, Ann \"Nan\" @home, 1.5" \
    "Sedov, Lev Lvovich (Седов Лев Львович), 1.2n" \
    "Stalin, Iosif Vissarionovich (Сталин Иосиф Виссарионович), 1.2, 1.2n, 1.5" \
    "Tukhachevsky, Mikhail Nikolayevich (Тухачевский Михаил Николаевич), 1.5"
  # The heading is line 1, the note of ¶2 is called on line 5 ("n": in a note).
  expect persons "Radek, Karl Berngardovich (Радек Карл Бернгардович), 1.1, 1.2, 1.5n, 1.6"
  # The text shows the corrected name; the source's only in the apparatus.
  expect persons "heard Marshal Tukhachevsky, and Ann Brown"
fi

# The same document in a Russian edition: Russian names first, Russian title.
if build persons-ru "$root/tests/data/contract/sample-persons.xml" --stringparam index-lang ru; then
  sound persons-ru
  hastex persons-ru '\EditioIndex{persons}{0002@Радек, Карл Бернгардович (Karl Berngardovich Radek)}'
  hastex persons-ru '\newcommand{\EditioLabelPersonIndex}{Указатель имён}'
  expect persons-ru "Указатель имён" "Радек, Карл Бернгардович (Karl Berngardovich Radek), 1.1"
fi

if [ "$failures" -gt 0 ]; then
  echo "check.sh: $failures failure(s); work files in $work${KEEP:+ (kept)}" >&2
  [ "${KEEP:-0}" = 1 ] || echo "check.sh: rerun with KEEP=1 to keep them" >&2
  exit 1
fi
echo "check.sh: print route OK (PNGs in tests/artifacts/latex-*.png)"
