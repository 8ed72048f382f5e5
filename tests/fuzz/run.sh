#!/usr/bin/env bash
# fuzz.<target>: runs one libFuzzer target for a bounded time on a copy of its
# seed corpus (tests/fuzz/corpus/<target>, never written to). Fails on any
# crash, sanitizer report, leak, timeout (-timeout) or memory blow-up
# (-rss_limit_mb), printing the fuzzer's report and the path of the input
# that caused it (replay it with: <fuzzer binary> <that file>). The random seed
# is fixed (EDITIO_FUZZ_SEED, default 1), so that a CI failure can be replayed
# run for run; set another seed to explore further.
# Usage: run.sh FUZZER SEED_DIR WORK_DIR SECONDS SUPPRESSIONS
set -uo pipefail
fuzzer=$1 seeds=$2 work=$3 seconds=$4 supp=$5
name=$(basename "$fuzzer")
if [ ! -x "$fuzzer" ]; then
  echo "$name: $fuzzer is not built (fuzz.build failed?)" >&2
  exit 1
fi
rm -rf "$work"
mkdir -p "$work/corpus" "$work/artifacts"
cp -R "$seeds/." "$work/corpus/"
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:${ASAN_OPTIONS:-}"
export LSAN_OPTIONS="suppressions=$supp:print_suppressions=0:${LSAN_OPTIONS:-}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:${UBSAN_OPTIONS:-}"
log=$work/fuzz.log
echo "$name: $(ls "$work/corpus" | wc -l) seeds, ${seconds}s; log: $log"
"$fuzzer" "$work/corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -seed="${EDITIO_FUZZ_SEED:-1}" -artifact_prefix="$work/artifacts/" -print_final_stats=1 >"$log" 2>&1
rc=$?
artifacts=$(find "$work/artifacts" -type f | sort)
if [ $rc -ne 0 ] || [ -n "$artifacts" ]; then
  # The report: from the first sanitizer or libFuzzer error line to the end.
  start=$(grep -n -m1 -E '^==[0-9]+==|runtime error:|^ALARM:|deadly signal|out-of-memory|LeakSanitizer' "$log" | cut -d: -f1)
  if [ -n "$start" ]; then tail -n +"$start" "$log" | head -n 200; else tail -n 80 "$log"; fi
  echo
  echo "$name: FAILED (exit $rc)"
  for a in $artifacts; do echo "$name: crash file: $a"; done
  [ -n "$artifacts" ] || echo "$name: no crash file written; see $log"
  exit 1
fi
grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb|stat::new_units_added)' "$log"
echo "$name: corpus now $(ls "$work/corpus" | wc -l) inputs; no crash, leak or timeout"
