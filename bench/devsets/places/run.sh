#!/usr/bin/env bash
# Builds the places development sets with Editio and scores them (bench/devsets/places/README.md).
# usage: bench/devsets/places/run.sh [EDITIO] [OUT]   (defaults: build/editio, output/devsets/places)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
editio=${1:-$root/build/editio}
out=${2:-$root/output/devsets/places}
mkdir -p "$out"
for set in edgeworth; do
  "$editio" build --sources "$here/$set" --out "$out/$set" --formats tei --progress off > "$out/$set.log" 2>&1 || true
  echo "$set: $(grep -c . "$out/$set.log") line(s) of build log in $out/$set.log"
  python3 "$root/tests/places/evaluate.py" "$out/$set/tei" --places "$here/$set/places-gold.tsv" -v
done
python3 "$here/score_frus.py" --editio "$editio" --out "$out/frus"
