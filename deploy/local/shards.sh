#!/usr/bin/env bash
# A sharded Editio build on one machine: N processes `editio build --shard K/N` at once into the same OUT, then,
# when every one has succeeded, `editio merge`. The result equals a one-process `editio build` (docs/manual/cluster.md).
#
# Usage: deploy/local/shards.sh N SOURCES OUT [editio build options, e.g. --formats tei,html --jobs 1]
#   (the options go to every shard and to the merge)
# Environment: EDITIO  the program (default: editio on PATH)
# Each shard's output is shown with "[shard K/N]" before it. Exit: 0, or the first failing shard's or the merge's code.
set -euo pipefail
usage="usage: $0 N SOURCES OUT [editio build options]   (environment: EDITIO)"
if [ $# -lt 3 ]; then echo "$usage" >&2; exit 2; fi
n=$1 sources=$2 out=$3; shift 3
if ! [[ $n =~ ^[1-9][0-9]*$ ]]; then echo "shards.sh: N must be a whole number from 1, not '$n'; $usage" >&2; exit 2; fi
editio=${EDITIO:-editio}
type -P "$editio" >/dev/null || { echo "shards.sh: $editio: not found; set EDITIO=/path/to/editio" >&2; exit 2; }

pids=()
for k in $(seq "$n"); do
  "$editio" build --shard "$k/$n" --sources "$sources" --out "$out" --progress off "$@" \
    > >(sed -u "s|^|[shard $k/$n] |") 2>&1 &
  pids+=($!)
done
rc=0
for k in $(seq "$n"); do
  code=0
  wait "${pids[k - 1]}" || code=$?
  if [ "$code" -ne 0 ]; then
    echo "shards.sh: shard $k/$n failed (exit $code); its lines above say why" >&2
    [ "$rc" -ne 0 ] || rc=$code
  fi
done
if [ "$rc" -ne 0 ]; then echo "shards.sh: not merging: a shard failed; run this again when it is fixed" >&2; exit "$rc"; fi
exec "$editio" merge --sources "$sources" --out "$out" --progress off "$@"
