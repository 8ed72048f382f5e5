#!/usr/bin/env bash
# Every TEI file of the sample edition is valid against the project schema
# (RelaxNG + Schematron) and against the official tei_all.rng: the documents'
# and the edition's corpus (tei/edition-corpus.xml, tested on its own in
# tei_corpus.sh).
source "$(dirname "$0")/lib.sh"
shopt -s nullglob
files=("$OUT"/tei/*.xml)
documents=$(grep -c '^\[\[document\]\]' "$SRC/sources/manifest.toml")
check "a TEI file per document of the manifest, and the corpus" \
  test "${#files[@]}" -eq $((documents + 1)) -a -s "$OUT/tei/edition-corpus.xml"
check "valid against schemas/editio.rng + editio.sch" "$EDITIO" validate "${files[@]}"
if [ "${1:-}" = tei_all ]; then
  if [ ! -f "$TEI_ALL" ]; then echo "skipped: $TEI_ALL is absent"; exit 77; fi
  check "valid against tei_all.rng" "$EDITIO" validate --rng "$TEI_ALL" --sch "" "${files[@]}"
fi
finish
