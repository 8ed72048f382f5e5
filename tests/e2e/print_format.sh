#!/usr/bin/env bash
# The format of the shared preamble (render/tex_format.hpp): made once in
# OUT/.editio/tex-formats, loaded by every XeLaTeX pass of the documents and
# of the book, reused by the next build; the PDFs are the same, byte for
# byte and in their text, as without it (EDITIO_TEX_FORMAT=off).
source "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/f/texts"
cp "$SRC/sources/texts/red-book-bloc.txt" "$tmp/f/texts/bloc-en.txt"
printf 'A Second Letter\n\nDear friend, the bridge is open.[1]\n\n[1] A note on the bridge.\n' > "$tmp/f/texts/letter-en.txt"
edition "$tmp/f"
cp -r "$tmp/f" "$tmp/off"

FORMATS=tei,pdf build f
check "with the format: the build succeeds" test "$rc" -eq 0
fmts=$(ls "$tmp/f.out/.editio/tex-formats/"editio-*.fmt 2>/dev/null | wc -l)
check "formats made: one for the documents, one for the book ($fmts)" test "$fmts" -eq 2
for job in bloc-en letter-en edition; do
  check "$job: every pass loaded a format" \
    bash -c "head -1 '$tmp/f.out/print/.work/$job/$job.log' | grep -q 'preloaded format=editio-'"
done
check "no warning about the format" bash -c "! grep -q 'could not be preloaded' '$tmp/f.log'"

EDITIO_TEX_FORMAT=off FORMATS=tei,pdf build off
check "without the format: the build succeeds" test "$rc" -eq 0
check "without the format: none made" test ! -e "$tmp/off.out/.editio/tex-formats"
check "without the format: the passes read the whole preamble" \
  bash -c "! head -1 '$tmp/off.out/print/.work/bloc-en/bloc-en.log' | grep -q 'format=editio-'"
for pdf in bloc-en letter-en edition; do
  check "$pdf.pdf: the same bytes with and without the format" cmp "$tmp/f.out/print/$pdf.pdf" "$tmp/off.out/print/$pdf.pdf"
  check "$pdf.pdf: the same text with and without the format" \
    bash -c "diff <(pdftotext -layout '$tmp/f.out/print/$pdf.pdf' -) <(pdftotext -layout '$tmp/off.out/print/$pdf.pdf' -)"
done
check "the text is there" bash -c "pdftotext '$tmp/f.out/print/letter-en.pdf' - | grep -q 'the bridge is open'"

# The next build reuses the formats (the same files, no new one).
before=$(ls "$tmp/f.out/.editio/tex-formats/")
FORMATS=tei,pdf build f --force
check "a second build succeeds" test "$rc" -eq 0
check "a second build reuses the formats" test "$(ls "$tmp/f.out/.editio/tex-formats/")" = "$before"

# A format that cannot be made: one warning line, the PDFs are made without it.
mkdir -p "$tmp/bin"
real=$(command -v xelatex)
printf '#!/bin/sh\ncase "$*" in *-ini*) exit 1;; esac\nexec "%s" "$@"\n' "$real" > "$tmp/bin/xelatex"
chmod +x "$tmp/bin/xelatex"
rm -rf "$tmp/f.out/.editio/tex-formats"
PATH="$tmp/bin:$PATH" FORMATS=tei,pdf build f --force
check "no format: the build still succeeds" test "$rc" -eq 0
check "no format: a warning says so" logged f 'warning: XeLaTeX: the shared preamble could not be preloaded'
check "no format: the PDF is the same" cmp "$tmp/f.out/print/bloc-en.pdf" "$tmp/off.out/print/bloc-en.pdf"
finish
