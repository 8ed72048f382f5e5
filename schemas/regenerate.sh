#!/usr/bin/env bash
# Regenerates schemas/editio.rng from the official TEI tei_all.rng and the
# schemaSpec of schemas/editio.odd (see xslt/tools/odd-subset.xsl).
#
#   schemas/regenerate.sh [TEI_ALL_RNG [OUTPUT]]
#
# TEI_ALL_RNG defaults to ../shared/tei/tei_all.rng relative to the repository
# root (TEI P5 4.9.0); OUTPUT defaults to schemas/editio.rng. The result is
# deterministic: the same inputs give a byte-identical file.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
tei_all=${1:-$root/../shared/tei/tei_all.rng}
out=${2:-$here/editio.rng}

if [ ! -r "$tei_all" ]; then
  echo "regenerate: cannot read tei_all.rng at '$tei_all'; pass its path as first argument" >&2
  exit 1
fi
command -v xsltproc >/dev/null || { echo "regenerate: xsltproc not found (apt-get install xsltproc)" >&2; exit 1; }

tmp=$(mktemp "${out}.XXXXXX")
trap 'rm -f "$tmp"' EXIT
# The ODD path must be absolute: document() in the stylesheet resolves
# relative paths against the stylesheet, not the current directory.
xsltproc --nonet --stringparam odd "$here/editio.odd" \
  "$root/xslt/tools/odd-subset.xsl" "$tei_all" > "$tmp"
# The result must compile as RelaxNG (validating the ODD itself is expected
# to fail, it is only a convenient document to make xmllint load the schema).
compile_log=$(xmllint --noout --relaxng "$tmp" "$here/editio.odd" 2>&1 || true)
if grep -q 'failed to compile' <<<"$compile_log"; then
  echo "regenerate: the generated grammar does not compile" >&2
  exit 1
fi
chmod 644 "$tmp"
mv "$tmp" "$out"
trap - EXIT
echo "regenerate: wrote $out ($(wc -c < "$out") bytes)"
