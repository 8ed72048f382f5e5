#!/usr/bin/env bash
# Persons in documents the matcher was not written for: a held-out edition
# (tests/data/unseen: three texts, a personography in the same format and a
# gold list of mentions, written independently of the code) is built and
# scored. Floors: mentions precision and recall 0.95, links 0.90.
source "$(dirname "$0")/lib.sh"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
"$EDITIO" build --sources "$SRC/tests/data/unseen" --out "$work/out" --formats tei > "$work/log" 2>&1 || true
check "the held-out edition builds without errors" grep -qE '^editio: 3 documents \(3 built, 0 failed\)' "$work/log"
check "held-out persons: precision, recall >= 0.95, links >= 0.90" \
  python3 "$SRC/tests/persons/evaluate.py" "$SRC/tests/data/unseen/gold.tsv" "$work/out/tei" \
    --min-precision 0.95 --min-recall 0.95 --min-links 0.90
python3 "$SRC/tests/persons/evaluate.py" "$SRC/tests/data/unseen/gold.tsv" "$work/out/tei" || true
finish
