#!/usr/bin/env bash
# The same inputs give byte-identical TEI and HTML, whatever --jobs is.
source "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$EDITIO" build --out "$tmp/a" --formats tei,html --jobs 1 >/dev/null
"$EDITIO" build --out "$tmp/b" --formats tei,html --jobs 4 >/dev/null
check "identical TEI and HTML" diff -r "$tmp/a/tei" "$tmp/b/tei"
check "identical HTML" diff -r "$tmp/a/html" "$tmp/b/html"
finish
