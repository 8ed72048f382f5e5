#!/usr/bin/env bash
# The Kubernetes Jobs of deploy/k8s without a cluster (tests/e2e/k8s_jobs.py): the files agree (an Indexed Job
# whose completions equal EDITIO_SHARDS, the same options and ReadWriteMany volume in both Jobs), and each pod's
# command line, run by /bin/sh with JOB_COMPLETION_INDEX set and the volume a local folder, builds its shard; the
# merge pod's then makes an edition byte-identical to a one-process build with the Jobs' options.
source "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/volume"
cp -r "$SRC/sources" "$tmp/volume/sources"
if python3 "$(dirname "$0")/k8s_jobs.py" "$SRC/deploy/k8s" "$(dirname "$EDITIO")" "$tmp/volume" > "$tmp/pods.log" 2>&1; then
  pass "the Jobs agree; the 4 shard pods, then the merge pod, succeed"
else
  fail "the Kubernetes Jobs, run here:"; sed 's/^/  /' "$tmp/pods.log"
fi
check "pod 0 built shard 1/4" grep -q "shard pod 0.*editio: shard 1/4: " "$tmp/pods.log"
check "pod 3 built shard 4/4" grep -q "shard pod 3.*editio: shard 4/4: " "$tmp/pods.log"
"$EDITIO" build --sources "$tmp/volume/sources" --out "$tmp/single" --formats tei,html --progress off > "$tmp/single.log" 2>&1 ||
  { cat "$tmp/single.log"; fail "the one-process build"; }
if diff -r -x .editio "$tmp/single" "$tmp/volume/out" > "$tmp/diff" 2>&1; then
  pass "the pods' edition is byte-identical to a one-process build (tei,html, all but .editio)"
else
  fail "the pods' edition differs from a one-process build:"; head -n 40 "$tmp/diff" | sed 's/^/  /'
fi
finish
