#!/usr/bin/env bash
# A sharded build on a real Slurm: a single-node cluster on this machine (Debian's slurmctld, slurmd and munged,
# started by the test, its files in a scratch folder: tests/e2e/slurm_local.sh) runs the sample edition
# as deploy/slurm/submit.sh submits it, a job array of 4 shards (editio build --shard K/4) and the merge as a job
# that depends on them; every job ends with exit 0, and the result (everything outside .editio) is
# byte-identical to a one-process build. The daemons run as the user who runs the test (root in CI, where it
# always runs and fails if Slurm is missing); only without root and without Slurm is the test skipped (77).
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/slurm_local.sh"
submit=$SRC/deploy/slurm/submit.sh
formats=tei,html,tex

have_slurm() { command -v slurmctld && command -v slurmd && command -v sbatch && command -v munged; } >/dev/null
if [ "$(id -u)" -ne 0 ] && ! have_slurm; then
  echo "skipped: not root and Slurm is not installed (slurm-wlm munge: scripts/install-deps.sh); CI runs this as root"
  exit 77
fi
if ! have_slurm; then
  echo "FAIL: Slurm is not installed (slurmctld, slurmd, sbatch, munged): run scripts/install-deps.sh (slurm-wlm munge)"
  exit 1
fi

tmp=$(mktemp -d)
trap 'slurm_stop; rm -rf "$tmp"' EXIT
started=$SECONDS

# submit.sh's own checks, before any job.
set +e
"$submit" > "$tmp/usage.log" 2>&1; usage_rc=$?
"$submit" "$SRC/sources" "$tmp/x" 0 > "$tmp/zero.log" 2>&1; zero_rc=$?
set -e
check "submit.sh without arguments: its usage, exit 2" bash -c "[ $usage_rc = 2 ] && grep -q '^usage: .*SOURCES OUT N' '$tmp/usage.log'"
check "submit.sh with N = 0: says N is wrong, exit 2" bash -c "[ $zero_rc = 2 ] && grep -q 'N must be a whole number' '$tmp/zero.log'"

slurm_start "$tmp/cluster" || exit 1
echo "slurm: node $(hostname -s) idle after $((SECONDS - started)) s"

# show_logs: every job's log, for a failure's message.
show_logs() {
  local f
  for f in "$tmp"/logs/*.log; do [ -e "$f" ] && { echo "--- $f"; tail -n 20 "$f" | sed 's/^/  /'; }; done
  slurm_tail
}

if ! ids=$(EDITIO=$EDITIO LOG_DIR=$tmp/logs "$submit" "$SRC/sources" "$tmp/sharded" 4 --formats "$formats"); then
  fail "deploy/slurm/submit.sh did not submit the jobs (its message above)"; slurm_tail; finish
fi
read -r array merge <<< "$ids"
echo "slurm: shards job array $array, merge job $merge"
if ! wait_job "$merge" 600; then
  fail "the merge job $merge has not ended within 600 s (states: $(job_state "$array" | tr '\n' ' '); $(job_state "$merge"))"
  show_logs
  finish
fi
echo "slurm: the jobs ended after $((SECONDS - started)) s"
shards=$(job_state "$array")
check "4 array tasks" test "$(wc -l <<< "$shards")" -eq 4
check "every shard COMPLETED with exit 0" test -z "$(grep -v '^COMPLETED 0:0$' <<< "$shards")"
check "the merge COMPLETED with exit 0, after the shards" test "$(job_state "$merge")" = "COMPLETED 0:0"
# The merge started only when the last shard had ended (the times are ISO 8601: they sort as text).
field() { scontrol show job "$1" | grep -o "$2=[^ ]*" | cut -d= -f2 | sort | tail -n 1; }
started_merge=$(field "$merge" StartTime) ended_shards=$(field "$array" EndTime)
check "the merge started ($started_merge) after the last shard ended ($ended_shards)" \
  bash -c "[[ '$started_merge' == 20* && '$ended_shards' == 20* && ! '$started_merge' < '$ended_shards' ]]"
for k in 1 2 3 4; do
  check "shard $k's log: shard $k/4" grep -q "^editio-shard: shard $k/4 " "$tmp/logs/editio-shard-${array}_$k.log"
done
# Each document was built by one shard: the shards' summary lines add up to the manifest's 7 documents.
built=$(sed -n 's/^editio: shard [0-9]*\/4: .*(\([0-9]*\) built, 0 failed).*/\1/p' "$tmp"/logs/editio-shard-"$array"_*.log)
check "the 4 shards built 7 documents between them ($(echo $built))" \
  test "$(echo "$built" | wc -l)" -eq 4 -a "$(($(echo $built | tr " " +)))" -eq 7
[ "$fails" -eq 0 ] || show_logs

# A shard that fails: the merge never runs (submit.sh gives it --kill-on-invalid-dep=yes).
ids=$(EDITIO=false LOG_DIR=$tmp/logs-failing "$submit" "$SRC/sources" "$tmp/failing" 2 2>/dev/null)
read -r array merge <<< "$ids"
if wait_job "$merge" 120; then
  check "a failing shard: its task FAILED with exit 1" grep -q '^FAILED 1:0$' <<< "$(job_state "$array")"
  check "a failing shard: the merge is cancelled, not run" \
    bash -c "[[ '$(job_state "$merge")' == 'CANCELLED '* ]] && [ ! -e '$tmp/logs-failing/editio-merge-$merge.log' ]"
else
  fail "a failing shard: the merge job $merge is still waiting after 120 s ($(job_state "$merge"))"
fi

"$EDITIO" build --sources "$SRC/sources" --out "$tmp/single" --formats "$formats" --progress off > "$tmp/single.log" 2>&1 ||
  { cat "$tmp/single.log"; fail "the one-process build"; }
check "the one-process build made edition.xml, index.html and LaTeX" \
  test -s "$tmp/single/edition.xml" -a -s "$tmp/single/html/index.html" -a -d "$tmp/single/print"
if diff -r -x .editio "$tmp/single" "$tmp/sharded" > "$tmp/diff" 2>&1; then
  pass "the sharded build on Slurm is byte-identical to the one-process build ($formats, all but .editio)"
else
  fail "the sharded build differs from the one-process build:"; head -n 40 "$tmp/diff" | sed 's/^/  /'
fi
echo "slurm: the test took $((SECONDS - started)) s"
finish
