#!/usr/bin/env bash
# sanitize.suite: the test suite under AddressSanitizer, LeakSanitizer and
# UndefinedBehaviorSanitizer. Configures a nested build (g++, EDITIO_SANITIZE=ON,
# EDITIO_NESTED=ON so that it does not define fuzz.* and sanitize.suite again),
# builds it and runs its ctest two tests at a time (each test keeps to folders
# of its own), the e2e tests included (they run the nested build's editio). Every sanitizer report is also written to BUILD_DIR/sanitizer-logs,
# so that a report from an editio run whose failure a test expects (bad input)
# still fails this test.
# Usage: sanitize.sh SOURCE_DIR BUILD_DIR TEI_ALL SUPPRESSIONS [CTEST_EXCLUDE_REGEX]
set -uo pipefail
src=$1 bin=$2 tei_all=$3 supp=$4 exclude=${5:-}
logs=$bin/sanitizer-logs
rm -rf "$logs"
mkdir -p "$logs"
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1:log_path=$logs/asan"
export LSAN_OPTIONS="suppressions=$supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$logs/ubsan"

report_logs() {
  local found=0
  for f in "$logs"/*; do
    [ -f "$f" ] || continue
    found=1
    echo "---- sanitizer report $f"
    head -n 150 "$f"
  done
  return $found
}

cmake -S "$src" -B "$bin" -DCMAKE_CXX_COMPILER=g++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DEDITIO_SANITIZE=ON -DEDITIO_NESTED=ON -DEDITIO_TEI_ALL="$tei_all" || exit 1
cmake --build "$bin" -j2 || { report_logs; exit 1; }
args=(--test-dir "$bin" --output-on-failure -j2)
[ -n "$exclude" ] && args+=(-E "$exclude")
ctest "${args[@]}"
rc=$?
if ! report_logs; then
  echo "sanitize.suite: sanitizer reports above (from $logs)"
  rc=1
fi
exit $rc
