#!/usr/bin/env bash
# Print-route check: TEI → LaTeX (xslt/latex/document.xsl, xsltproc) → PDF
# (xelatex until the auxiliary files settle, default restricted shell escape:
# imakeidx runs makeindex) for the contract samples, tests/latex/features.xml,
# tests/latex/archival-ru.xml and the apparatus fixtures (the witnesses'
# variants), then asserts on the .tex, the PDF text, its fonts, the LaTeX log
# and the index files.
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

# build NAME TEI-FILE [XSLTPROC-ARGS…]: .tex, then xelatex until the files
# the next pass reads stop changing (at most 5 passes), as editio does.
# reledmac writes the line numbers of notes (NAME.1) and the headings
# (NAME.eledsec1) in one pass and places the notes and headings from them in
# the next; the index's locators follow a pass later. Each document has a
# directory of its own (the index files, persons.idx/.ind, are named after
# the index; imakeidx remakes persons.ind in every pass).
build() {
  local name=$1 src=$2
  shift 2
  mkdir -p "$work/$name"
  if ! xsltproc --nonet "$@" "$xsl" "$src" > "$work/$name.tex"; then
    fail "$name" "xsltproc failed"; return 1
  fi
  local pass state previous=""
  for pass in 1 2 3 4 5; do
    if ! (cd "$work/$name" && xelatex -interaction=nonstopmode -halt-on-error "../$name.tex" > /dev/null 2>&1); then
      fail "$name" "xelatex pass $pass failed:"
      grep -A8 '^!' "$work/$name/$name.log" >&2 || tail -20 "$work/$name/$name.log" >&2
      return 1
    fi
    state=$(cd "$work/$name" && find . -maxdepth 1 -type f ! -name '*.log' ! -name '*.pdf' ! -name '*.idx' \
              ! -name '*.ilg' ! -name '*.ind' -exec md5sum {} + | sort)
    [ "$state" = "$previous" ] && break
    previous=$state
    [ "$pass" = 5 ] && fail "$name" "the auxiliary files did not settle after 5 passes"
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
    "Editor's note: the date is uncertain. Second paragraph" \
    "Editor's note via #ed." \
    "получила бы ] получила в источнике" \
    "gap illegible 2 words" \
    "Второй абзац примечания автора" \
    "1.1. Второй уровень -- с «кавычками»" \
    "ASCII 'апостроф' и \`обратный' штрих, <<угловые>>, ,,запятые'' и -- дефисы ---" \
    "Специальные знаки: \\ { } \$ & # ^ _ % ~ [ ]"
  # The editor's notes: familiar notes of series B, marked with their @n or
  # lettered in order (Cyrillic in a Russian document).
  grep -qF "\\footnoteB[\\EditioNoteLetter{1}]{Editor's note: the date" "$work/features.tex" \
    || fail features "editor's note without @n not lettered in series B"
  grep -qF '\footnoteB[2]{Editor' "$work/features.tex" || fail features "editor's note 2 not in series B"
  grep -qF '\footnoteA[1]{' "$work/features.tex" || fail features "author's note not in series A"
  expect features "а Editor's note: the date is uncertain."
  # A persName pointing nowhere (no particDesc) is printed, not indexed.
  grep -qF '\EditioIndex{persons}' "$work/features.tex" && fail features "unresolved persName indexed"
  grep -qF '\printindex[persons]' "$work/features.tex" && fail features "index printed without persons"
fi

# editor-notes=apparatus: the editor's notes as critical notes of series B,
# keyed to the line (paragraphs joined by " / ").
if build features-apparatus "$here/features.xml" --stringparam editor-notes apparatus; then
  sound features-apparatus
  expect features-apparatus \
    "Editor's note: the date is uncertain. / Second paragraph" \
    "Editor's note via #ed."
  grep -qF '\Bfootnote[nosep]{' "$work/features-apparatus.tex" || fail features-apparatus "editor's note not in series B"
  grep -qF '\footnoteB' "$work/features-apparatus.tex" && fail features-apparatus "editor's note set as a familiar note"
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
  # makeindex ran inside the passes, on page.line locators that are all
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

# ---- Archival documents and the editor's interventions
# (tests/data/contract/sample-archival.xml: a memorandum, a testimony and a
# letter with a publication headnote and colophon; corrections, a gap, the
# source publication's and the translator's insertions, editor's notes.)
# hastex NAME STRING…: the .tex contains each STRING; lacktex: none of them.
hastexall() { local n=$1 s; shift; for s in "$@"; do hastex "$n" "$s"; done; }
lacktex() { local n=$1 s; shift; for s in "$@"; do grep -qF -- "$s" "$work/$n.tex" && fail "$n" ".tex should lack: $s"; done; return 0; }
# expect_re NAME REGEX…: each extended REGEX matches the PDF's text.
expect_re() {
  local name=$1; shift
  local r
  for r in "$@"; do
    grep -qE -- "$r" "$work/$name.txt" || fail "$name" "PDF text does not match: $r"
  done
}
if build archival "$root/tests/data/contract/sample-archival.xml"; then
  sound archival
  hastexall archival \
    '\usepackage[series={A,B,C},noend]{reledmac}' \
    '\renewcommand*{\thefootnoteB}{\EditioNoteLetter{\arabic{footnoteB}}}' \
    '\footnoteB[a]{The source'"'"'s “Sidorenko” is a garbling of the machine translation.}' \
    '\footnoteB[b]{An editor'"'"'s note on this sentence.}' \
    '\edtext{Sidorov}{\Bfootnote{Sidorenko \EditioLabel{\EditioLabelSourceReads}}}' \
    '\edtext{Constantinople}{\Bfootnote{Konstantinopol \EditioLabel{\EditioLabelSourceReads}}}' \
    '\edtext{\EditioGap}{\Bfootnote[nosep]{The paragraph breaks off in the source.}}' \
    'he (\edtext{Sidorov - AB}{\Bfootnote{\EditioLabel{\EditioLabelInsertion} editors of the source publication' \
    'residents (\edtext{of the near abroad - approx.}{\Bfootnote{\EditioLabel{\EditioLabelInsertion} translator' \
    '\pstart\eledsection*{\EditioSupplied{Memorandum}}\pend' \
    '\pstart\EditioReference No. 123\pend' \
    '\pstart\EditioClassification Top secret\pend' \
    '\pstart\EditioAddressee To comrade ' \
    '\pstart\EditioFlushRight Deputy head: ' \
    '\pstart\EditioAddressLine Paul Martin 12, Rue des Lilas Paris\pend' \
    '\EditioHeadnoteBegin' '\EditioColophonBegin' '\EditioTextHeadnoteBegin' \
    '\pstart\EditioHeadnoteHead{Memorandum of I. I. Petrov' \
    '\EditioTextSkip'
  # The headnote gives the source: no citation in the title block; no note
  # is left as a footnote of the source's series.
  lacktex archival '\footnoteA' 'GARF             1'
  [ "$(grep -A1 -F '{I. I. Petrov; P. P. Sidorov; N. N. Orlov (letter)}' "$work/archival.tex" | tail -1)" = '  {}' ] \
    || fail archival "title block cites the source although the headnote does"
  # In the text: the corrected readings, the insertions as they stand, the
  # gap; the source's readings only in the apparatus, keyed to their lines.
  expect archival \
    "Sending you the testimony of Sidorov" \
    "we inform you that he (Sidorov - AB) was arrested on April 30[…]" \
    "I met the residents (of the near abroad - approx.) in Constantinople." \
    "[Memorandum]" "No. 123" "Top secret" "To comrade Ivanov" \
    "Deputy head: Petrov" "(P. P. Sidorov)" \
    "The letter is written in pencil on the margins of a book." \
    "Paul Martin 12, Rue des Lilas Paris" "Frau Anna Bell Hauptstr 7 Wien" \
    "P.S. Burn this letter." \
    "Archive: GARF. F. 1. Op. 2, D. 3, L. 10-12. Typescript" \
    "GARF. F. 1. Op. 2, D. 3, L. 10-12. Typescript." \
    "Published: Bell A. A sample article // Sample Journal. 2001. No. 1." \
    "The source's “Sidorenko” is a garbling of the machine translation." \
    "An editor's note on this sentence."
  expect_re archival \
    '[0-9]+ Sidorov \] Sidorenko source' \
    '[0-9]+ Constantinople \] Konstantinopol source' \
    '[0-9]+ \[…\] The paragraph breaks off in the source\.' \
    '[0-9]+ Sidorov - AB \] inserted by editors of the source publication' \
    '[0-9]+ of the near abroad -? ?approx\. \] inserted by translator'
  grep -qF 'Sidorenko,' "$work/archival.txt" && fail archival "source reading in the running text"
  # The editor's lettered notes come before the apparatus at the foot.
  txt=$(cat "$work/archival.txt")
  before=${txt%%Sidorov ] Sidorenko source*}
  [[ "$before" == *"An editor's note on this sentence."* ]] || fail archival "editor's notes not above the apparatus"
fi

# The other settings of the interventions, on the .tex alone.
# tex NAME TEI-FILE [XSLTPROC-ARGS…]: only the transformation.
tex() {
  local name=$1 src=$2
  shift 2
  xsltproc --nonet "$@" "$xsl" "$src" > "$work/$name.tex" || { fail "$name" "xsltproc failed"; return 1; }
}
archival="$root/tests/data/contract/sample-archival.xml"
if tex archival-inline "$archival" --stringparam corrections inline; then
  hastexall archival-inline \
    'testimony of \EditioName{persName}{\#sidorov-pp}{Sidorov {[}Sidorenko \EditioLabel{\EditioLabelSourceReads}{]}}' \
    'in Constantinople {[}Konstantinopol \EditioLabel{\EditioLabelSourceReads}{]}.'
  lacktex archival-inline '\edtext{Sidorov}' '\edtext{Constantinople}'
fi
if tex archival-silent "$archival" --stringparam corrections silent; then
  hastexall archival-silent '{\#sidorov-pp}{Sidorov}' 'in Constantinople.'
  lacktex archival-silent 'Sidorenko \EditioLabel' 'Konstantinopol'
fi
if tex archival-merge "$archival" --stringparam targeted-notes merge; then
  hastexall archival-merge \
    '\edtext{Sidorov}{\Bfootnote{Sidorenko \EditioLabel{\EditioLabelSourceReads}. {\EditioInCriticalNote The source'"'"'s “Sidorenko” is a garbling of the machine translation.}}}' \
    '\footnoteB[b]{An editor'"'"'s note on this sentence.}'
  lacktex archival-merge '\footnoteB[a]'
fi
if tex archival-noins "$archival" --stringparam insertion-notes none; then
  hastexall archival-noins 'he (Sidorov - AB) was' 'residents (of the near abroad - approx.) in'
  lacktex archival-noins '\EditioLabel{\EditioLabelInsertion}'
fi

# A Russian archival document: Russian labels and letters, the msDesc cited
# in the title block, one insertion note per hand, an editor's note merged
# into the apparatus entry of the correction it explains.
if build archival-ru "$here/archival-ru.xml" --stringparam targeted-notes merge; then
  sound archival-ru
  n=$(grep -oF '\EditioLabel{\EditioLabelInsertion}' "$work/archival-ru.tex" | wc -l)
  [ "$n" = 1 ] || fail archival-ru "expected 1 insertion note for the two insertions of #pub, found $n"
  hastexall archival-ru \
    '\footnoteB[\EditioNoteLetter{1}]{Примечание редактора без номера.}' \
    '{ГАРФ, \EditioLabelFond~5, \EditioLabelOpis~6, \EditioLabelDelo~7, л. 3–4}'
  expect archival-ru \
    "Источник: ГАРФ, ф. 5, оп. 6, д. 7, л. 3–4" \
    "[Записка]" "Совершенно секретно" \
    "Сообщаю, что Ягода (Г. Г. Ягода - АБ) распорядился, а его заместитель (Агранов - АБ) подписал.а" \
    "а Примечание редактора без номера."
  expect_re archival-ru \
    '[0-9]+ Ягода \] Берри в источнике\. Ошибка машинного перевода\.' \
    '[0-9]+ Г\. Г\. Ягода - АБ \] вставка: публика'
fi
# Separate (the default): the note keeps its letter, the next is lettered б.
if tex archival-ru-separate "$here/archival-ru.xml"; then
  hastexall archival-ru-separate '\footnoteB[а]{Ошибка машинного перевода.}' \
    '\footnoteB[\EditioNoteLetter{2}]{Примечание редактора без номера.}'
fi

# The page, the type and the line numbers are parameters (preamble.xsl): the
# defaults are Editio's look, each can be changed on its own.
if tex look-default "$archival"; then
  hastexall look-default '\documentclass[11pt]{article}' \
    '\usepackage[a4paper,top=25mm,bottom=30mm,left=32mm,right=38mm]{geometry}' \
    '\setmainfont{Linux Libertine O}' '% Line numbers: left margin, every 5th line,' '\firstlinenum{5}' '\linenumincrement{5}'
fi
if tex look-changed "$archival" --stringparam font-size 12pt --stringparam paper-geometry a5paper \
     --stringparam main-font 'Noto Serif' --stringparam line-number-step 1; then
  hastexall look-changed '\documentclass[12pt]{article}' '\usepackage[a5paper]{geometry}' '\setmainfont{Noto Serif}' \
    '% Line numbers: left margin, every 1st line,' '\firstlinenum{1}' '\linenumincrement{1}'
fi
# The words of the preamble's \EditioLabel… macros come from the shared label
# table (xslt/labels.xml), in English by default and in each language's captions.
if tex labels "$archival"; then
  hastexall labels '\newcommand{\EditioLabelSourceReads}{source}' '  \def\EditioLabelSourceReads{в источнике}%' \
    '\newcommand{\EditioLabelUncalledNotes}{Notes without a call in the text}' '\newcommand{\EditioLabelPersonIndex}{Index of persons}'
fi
if tex labels-ru "$archival" --stringparam index-lang ru; then
  hastex labels-ru '\newcommand{\EditioLabelPersonIndex}{Указатель имён}'
fi

# ---- Indexes of places and organisations (tests/latex/places.xml)
# One entry per placeName/orgName[@ref] of the text pointing to an entry of
# the header (heading, dateline, a highlighted word and a note for the city;
# the nested district once; heading, paragraph, link and note for the
# bureau), not the header's names, not a placeName without @ref; the entry
# is the regular name in the index language. Each index is printed.
if build places "$here/places.xml"; then
  sound places
  [ "$(grep -o '\EditioIndex{places}{' "$work/places.tex" | wc -l)" = 5 ] || fail places "expected 5 entries of places"
  [ "$(grep -o '\EditioIndex{orgs}{' "$work/places.tex" | wc -l)" = 4 ] || fail places "expected 4 entries of organisations"
  hastex places '\EditioIndex{places}{City@City}'
  hastex places '\EditioIndex{places}{Old Quarter@Old Quarter}'
  hastex places '\EditioIndex{orgs}{Central Bureau@Central Bureau}'
  hastex places '\printindex[places]'
  hastex places '\printindex[orgs]'
  lacktex places '\printindex[persons]' 'Somewhere@'
  [ -s "$work/places/places.ind" ] || fail places "makeindex did not run (no places.ind)"
  expect places \
    "Index of places City, 1.1, 1.2, 1.4, 1.5n Old Quarter, 1.4" \
    "Index of organisations Central Bureau, 1.1, 1.4, 1.5n"
fi
# In a Russian edition: the Russian regular name heads the entry and the
# titles are Russian; a place without a Russian name keeps its first name.
if build places-ru "$here/places.xml" --stringparam index-lang ru; then
  sound places-ru
  hastex places-ru '\EditioIndex{places}{Город@Город}'
  hastex places-ru '\EditioIndex{places}{Old Quarter@Old Quarter}'
  hastex places-ru '\newcommand{\EditioLabelPlaceIndex}{Указатель географических названий}'
  expect places-ru "Указатель географических названий" "Город, 1.1, 1.2, 1.4, 1.5n" "Указатель организаций"
fi

# ---- The witnesses' apparatus (tests/data/apparatus/apparatus.xml: three
# witnesses, parallel segmentation). The lemma in the text, the readings in
# series C keyed to the line: "N lemma ] reading sigla"; the witnesses with
# their sigla in the title block.
apparatus="$root/tests/data/apparatus/apparatus.xml"
if build apparatus "$apparatus"; then
  sound apparatus
  hastexall apparatus '\usepackage[series={A,B,C},noend]{reledmac}' '\Xarrangement[C]{paragraph}' \
    '\edtext{Habit also has}{\Cfootnote{Changed habits produce \EditioSigla{\EditioSiglum{F}}}}'
  expect apparatus \
    "Witnesses A First edition, London: John Murray, 1859 B Second edition, London: John Murray, 1860 F Cambridge University Library, DAR 0. Sixth edition, the author's copy, 1872" \
    "Habit also has a decided influence, as in the period of flowering with plants when transported from one climate to another. I find in the domestic duck" \
    "in the wild-duck; and I presume that this change" "than its wild parent."
  # Line 1 holds the first places; the last is further down. An addition
  # hangs on the word before it.
  expect_re apparatus \
    '(^| )1 Habit also has ?\] Changed habits produce F [0-9]+ a decided influence ?\] an inherited effect F' \
    '[0-9]+ flowering with ?\] the flowering of F' \
    '[0-9]+ another\. ?\] add\. Thus B; thus F' \
    '[0-9]+ wild-duck ?\] wild duck F [0-9]+ ; ?\] , B' \
    '[0-9]+ I presume that ?\] om\. F' \
    '[2-9] parent ?\] parents B F'
  # The readings are in the apparatus only.
  for r in "Changed habits produce" "an inherited effect" "Thus B" "parents B"; do
    [ "$(grep -oF -- "$r" "$work/apparatus.txt" | wc -l)" = 1 ] || fail apparatus "\"$r\" is not printed exactly once"
  done
fi
# orthographic-variants=omit: no entry for orthographic or punctuation
# readings; their lemma stays in the text, the other entries stay.
if build apparatus-omit "$apparatus" --stringparam orthographic-variants omit; then
  sound apparatus-omit
  expect apparatus-omit "in the wild-duck; and I presume that this change"
  expect_re apparatus-omit '1 Habit also has ?\] Changed habits produce F' '[0-9]+ I presume that ?\] om\. F' \
    '[2-9] parent ?\] parents B F'
  grep -qE 'wild-duck ?\]|wild duck F|; ?\] , B' "$work/apparatus-omit.txt" \
    && fail apparatus-omit "orthographic or punctuation entry printed: $(grep -oE 'wild-duck ?\][^0-9]*|; ?\] , B' "$work/apparatus-omit.txt")"
fi
# The cases beyond the shared fixture (tests/latex/apparatus-features.xml):
# an addition at the start of a block, a place and a date in a lemma, LaTeX
# specials, a transposition, the editor's lemma, an app in a heading and in a
# note, a mixed place, a witness without a siglum, a note in a lemma (in the
# text, not in the entry).
if build apparatus-features "$here/apparatus-features.xml"; then
  sound apparatus-features
  expect apparatus-features \
    "Witnesses A Draft, 1900 B Fair copy & 50% revised. wc Print." \
    "The first heading" "we came to the City in 1901 and paid 50%2 there.1" \
    "Then slowly we walked home, tired and colour gone." \
    "A note with [having wc] a variant." "City, 1.2"
  expect_re apparatus-features \
    '1 first ?\] opening wc' \
    '[0-9]+ before we ?\] add\. Indeed B wc' \
    '[0-9]+ the City in 1901 ?\] town in 1902 wc' \
    '[0-9]+ 50% ?\] \$5 & \{x\} B' \
    '[0-9]+ slowly ?\] om\. wc \(transp\.\) [0-9]+ walked ?\] add\. slowly wc \(transp\.\)' \
    '[0-9]+ tired wc ?\] weary A B' \
    '[0-9]+ colour ?\] color B; hue wc'
  [ "$(grep -oF 'Source note in a lemma.' "$work/apparatus-features.txt" | wc -l)" = 1 ] \
    || fail apparatus-features "the note in a lemma is not printed exactly once"
fi
if tex apparatus-features-omit "$here/apparatus-features.xml" --stringparam orthographic-variants omit; then
  hastex apparatus-features-omit '\edtext{colour}{\Cfootnote{hue \EditioSigla{\EditioSiglum{wc}}}}'
  lacktex apparatus-features-omit 'color'
fi
# Russian labels of the apparatus in a Russian document's captions.
if tex apparatus-labels "$apparatus"; then
  hastexall apparatus-labels '\newcommand{\EditioLabelOmitted}{om.}' '  \def\EditioLabelOmitted{опущ.}%' \
    '\newcommand{\EditioLabelWitnesses}{Witnesses}'
fi

if [ "$failures" -gt 0 ]; then
  echo "check.sh: $failures failure(s); work files in $work${KEEP:+ (kept)}" >&2
  [ "${KEEP:-0}" = 1 ] || echo "check.sh: rerun with KEEP=1 to keep them" >&2
  exit 1
fi
echo "check.sh: print route OK (PNGs in tests/artifacts/latex-*.png)"
