#!/usr/bin/env bash
# Builds in shards (docs/manual/shards.md): the sample edition built as three
# shards running at once into one folder, then merged, is byte for byte the
# edition one `editio build` makes (every file outside .editio/, PDFs and the
# book included); a shard makes nothing that spans documents; a merge that
# misses a shard names the document and the shard, and writes nothing that
# spans documents; the locks let shards run together and nothing else beside
# them; a merge sweeps the shards' leftover temporaries; a wrong --shard is refused.
source "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
formats=tei,html,tex,pdf
count=$(grep -c '^\[\[document\]\]' "$SRC/sources/manifest.toml")
run() { local log=$1; shift; set +e; "$EDITIO" "$@" --progress off > "$tmp/$log.log" 2>&1; rc=$?; set -e; }

run whole build --out "$tmp/a" --formats $formats
check "one process: the build succeeds" test "$rc" = 0

pids=()
for k in 1 2 3; do
  "$EDITIO" build --shard $k/3 --out "$tmp/b" --formats $formats --jobs 1 --progress off > "$tmp/shard$k.log" 2>&1 &
  pids+=($!)
done
for k in 1 2 3; do
  if wait "${pids[$((k - 1))]}"; then pass "shard $k/3 succeeds"; else fail "shard $k/3 succeeds"; sed 's/^/  /' "$tmp/shard$k.log"; fi
done
total=0
for k in 1 2 3; do
  n=$(sed -n "s|^editio: shard $k/3: \([0-9]*\) documents (\([0-9]*\) built.*|\1 \2|p" "$tmp/shard$k.log")
  check "shard $k/3 says how many documents it built" test -n "$n"
  read -r docs built <<< "${n:-0 -1}"
  check "shard $k/3 built all of its documents" test "$docs" = "$built"
  total=$((total + docs))
done
check "the shards share the documents out, each once" test "$total" = "$count"
for f in edition.xml cmif.xml html/index.html html/search-index.js html/register.html html/chronology.html \
         tei/edition-corpus.xml print/edition.tex print/edition.pdf html/tei; do
  check "the shards make no $f" test ! -e "$tmp/b/$f"
done
check "each shard kept its documents' parts" test "$(ls "$tmp/b/.editio/parts" | wc -l)" = "$count"

run merge merge --out "$tmp/b" --formats $formats
check "the merge succeeds" test "$rc" = 0
check "the merge converts no document" grep -q "(0 built, $count unchanged, 0 failed)" "$tmp/merge.log"
check "the merge makes the book" test -s "$tmp/b/print/edition.pdf"
if diff -r -x .editio -x .work "$tmp/a" "$tmp/b" > "$tmp/diff"; then
  pass "shards and merge: byte-identical to one build (PDFs included)"
else
  fail "shards and merge: byte-identical to one build (PDFs included)"; head -20 "$tmp/diff"
fi
run again build --out "$tmp/b" --formats $formats
check "a build after the merge reuses every document" grep -q "(0 built, $count unchanged, 0 failed)" "$tmp/again.log"
check "and still equals one build" diff -r -x .editio -x .work "$tmp/a" "$tmp/b"

# A shard missing: the merge names each of its documents and the shard to run.
for k in 1 2; do run "c$k" build --shard $k/3 --out "$tmp/c" --formats tei; done
run missing merge --out "$tmp/c" --formats tei
check "a merge with a shard missing fails (exit 1)" test "$rc" = 1
missing=$(sed -n "s|.*document '\([^']*\)' has no current outputs in $tmp/c: run \`editio build --shard 3/3\` (its shard) first|\1|p" \
  "$tmp/missing.log")
check "it names the documents of shard 3/3" test -n "$missing"
for id in $missing; do check "'$id' is one shard 3 did not build" test ! -e "$tmp/c/tei/$id.xml"; done
check "it writes nothing that spans documents" test ! -e "$tmp/c/edition.xml"
run c3 build --shard 3/3 --out "$tmp/c" --formats tei
run complete merge --out "$tmp/c" --formats tei
check "with the third shard built, the merge succeeds" test "$rc" = 0
check "the merged TEI equals one build's" diff -r "$tmp/a/tei" "$tmp/c/tei"

# The locks: shards share OUT's lock and each holds its own; a build or merge holds OUT's alone.
flock -s "$tmp/c/.editio/lock" sleep 5 & held=$!; sleep 0.5
run busy merge --out "$tmp/c" --formats tei
check "a merge while shards run is refused (exit 1)" test "$rc" = 1
check "... and says why" grep -q "another build is writing to" "$tmp/busy.log"
run shard-beside build --shard 2/3 --out "$tmp/c" --formats tei
check "a shard runs beside other shards" test "$rc" = 0
wait "$held"  # (its sleep holds the lock until it ends)
flock "$tmp/c/.editio/lock.shard-1-of-3" sleep 5 & held=$!; sleep 0.5
run twice build --shard 1/3 --out "$tmp/c" --formats tei
check "one shard twice at once is refused (exit 1)" test "$rc" = 1
check "... and says which" grep -q "shard 1/3 is already being built" "$tmp/twice.log"
wait "$held"  # (its sleep holds the lock until it ends)
# A killed shard's temporaries: its own next run or any merge removes them (each shard has its own journal).
left="$tmp/c/tei/x.xml.tmp.4242.0"
echo partial > "$left"
echo "$left" > "$tmp/c/.editio/temporaries.shard-3-of-3"
run other build --shard 2/3 --out "$tmp/c" --formats tei
check "another shard leaves a shard's temporaries alone" test -e "$left"
run sweep merge --out "$tmp/c" --formats tei
check "the merge removes the shards' leftover temporaries" test ! -e "$left"
check "... and their journals" test ! -e "$tmp/c/.editio/temporaries.shard-3-of-3"

# Wrong shards are a wrong usage (exit 2), with a message.
for bad in 0/3 4/3 x 3; do
  run bad build --shard "$bad" --out "$tmp/d" --formats tei
  check "--shard $bad is refused (exit 2)" test "$rc" = 2
  check "--shard $bad: the message says what K/N is" grep -q -- "--shard '$bad'" "$tmp/bad.log"
done
check "a refused shard writes nothing" test ! -e "$tmp/d"
finish
