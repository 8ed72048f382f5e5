#!/usr/bin/env bash
# The same inputs give byte-identical outputs (TEI, edition.xml, HTML, LaTeX
# and PDF), whatever --jobs is; the PDF carries no timestamp unless
# SOURCE_DATE_EPOCH asks for one.
source "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$EDITIO" build --out "$tmp/a" --formats tei,html,pdf --jobs 1 >/dev/null
"$EDITIO" build --out "$tmp/b" --formats tei,html,pdf --jobs 3 >/dev/null
check "identical TEI" diff -r "$tmp/a/tei" "$tmp/b/tei"
check "identical edition.xml" cmp "$tmp/a/edition.xml" "$tmp/b/edition.xml"
check "identical HTML" diff -r "$tmp/a/html" "$tmp/b/html"
check "identical LaTeX and PDF" diff -r -x .work "$tmp/a/print" "$tmp/b/print"
check "the PDFs were made" test -s "$tmp/a/print/edition.pdf"
check "no timestamp in the PDF" bash -c "pdfinfo '$tmp/a/print/edition.pdf' | grep -q 'CreationDate:.* 1970'"

mkdir -p "$tmp/one/texts"
printf 'A short text, dated 3 May 1929.\n' > "$tmp/one/texts/t.txt"
edition "$tmp/one"
SOURCE_DATE_EPOCH=1700000000 "$EDITIO" build --sources "$tmp/one" --out "$tmp/one.out" --formats pdf >/dev/null
check "SOURCE_DATE_EPOCH stamps the PDF when asked" bash -c "pdfinfo '$tmp/one.out/print/t.pdf' | grep -q 'CreationDate:.* 2023'"
finish
