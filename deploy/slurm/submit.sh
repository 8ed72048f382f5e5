#!/usr/bin/env bash
# Submits a sharded Editio build to Slurm: a job array of N shards (editio-shard.sbatch), then the merge
# (editio-merge.sbatch), which Slurm starts only when every shard has succeeded (--dependency=afterok).
#
# Usage: deploy/slurm/submit.sh SOURCES OUT N [editio build options, e.g. --formats tei,html]
#   SOURCES  the edition's folder (manifest.toml), OUT the output folder: both on a file system that every
#            node shares; N the number of shards (array tasks).
# Environment:
#   EDITIO   the program (default: editio on PATH), found here and given to the jobs as an absolute path: it
#            must be at that path on every node (installed there, or on the shared file system)
#   LOG_DIR  where the jobs' logs go (default: OUT-logs, beside OUT): editio-shard-ARRAYID_K.log, editio-merge-ID.log
#   SBATCH_PARTITION, SBATCH_ACCOUNT, SBATCH_TIMELIMIT, ...: Slurm's own, read by sbatch for both jobs
# Prints the two job ids on standard output ("ARRAYID MERGEID"); what it did on standard error.
# Wait for the merge with e.g. `scontrol show job MERGEID` or `sacct -j MERGEID`; its log says what went wrong.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
usage="usage: $0 SOURCES OUT N [editio build options]   (environment: EDITIO, LOG_DIR)"
if [ $# -lt 3 ]; then echo "$usage" >&2; exit 2; fi
sources=$1 out=$2 n=$3; shift 3
if ! [[ $n =~ ^[1-9][0-9]*$ ]]; then echo "submit.sh: N must be a whole number from 1, not '$n'; $usage" >&2; exit 2; fi
if [ ! -f "$sources/manifest.toml" ]; then
  echo "submit.sh: $sources/manifest.toml: no such file; SOURCES is the edition's folder (editio init makes one)" >&2
  exit 2
fi
editio=$(type -P "${EDITIO:-editio}" || true)
if [ -z "$editio" ]; then
  echo "submit.sh: ${EDITIO:-editio}: not found; set EDITIO=/path/to/editio (a path that every node has)" >&2
  exit 2
fi
command -v sbatch >/dev/null || { echo "submit.sh: sbatch: not found; run this on a Slurm login node" >&2; exit 2; }
editio=$(realpath "$editio")
sources=$(realpath "$sources")
mkdir -p "$out"
out=$(realpath "$out")
logs=${LOG_DIR:-$out-logs}
mkdir -p "$logs"
logs=$(realpath "$logs")
export EDITIO=$editio EDITIO_SHARDS=$n

array=$(sbatch --parsable --array="1-$n" --output="$logs/editio-shard-%A_%a.log" \
  "$here/editio-shard.sbatch" "$sources" "$out" "$@")
array=${array%%;*}
echo "submit.sh: shards 1-$n of $sources: job array $array (logs: $logs/editio-shard-${array}_K.log)" >&2
if ! merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes \
  --output="$logs/editio-merge-%j.log" "$here/editio-merge.sbatch" "$sources" "$out" "$@"); then
  echo "submit.sh: the merge was not submitted; the shards run as job $array: when they are done, submit" >&2
  echo "  EDITIO=$editio sbatch $here/editio-merge.sbatch $sources $out $*" >&2
  exit 1
fi
merge=${merge%%;*}
echo "submit.sh: merge into $out: job $merge, after every shard of $array succeeded (log: $logs/editio-merge-$merge.log)" >&2
echo "$array $merge"
