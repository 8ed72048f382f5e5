#!/usr/bin/env bash
# fuzz.build: configures and builds the libFuzzer targets of tests/fuzz in a
# nested build of their own (clang, EDITIO_FUZZ=ON).
# Usage: build.sh SOURCE_DIR BUILD_DIR CXX TARGET...
set -euo pipefail
src=$1 bin=$2 cxx=$3
shift 3
if ! command -v "$cxx" >/dev/null; then
  echo "fuzz.build: the fuzzers need clang ($cxx not found): run scripts/install-deps.sh (clang-14, libclang-rt-14-dev)" >&2
  exit 1
fi
cmake -S "$src" -B "$bin" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DEDITIO_FUZZ=ON -DEDITIO_TESTS=OFF -DEDITIO_NESTED=ON
targets=()
for t in "$@"; do targets+=(--target "fuzz_$t"); done
cmake --build "$bin" -j2 "${targets[@]}"
