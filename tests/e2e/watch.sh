#!/usr/bin/env bash
# editio build --watch: after the build it watches the sources with inotify
# and builds again, incrementally, on every change (also when an editor saves
# by renaming a new file over the old one), one line per rebuild; a build
# that fails keeps it watching; SIGTERM ends it with exit code 0.
source "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d); pid=""
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$tmp"' EXIT
mkdir -p "$tmp/src/texts"
printf 'The first letter.\n' > "$tmp/src/texts/a.txt"
printf 'The second letter.\n' > "$tmp/src/texts/b.txt"
edition "$tmp/src"
"$EDITIO" build --watch --sources "$tmp/src" --out "$tmp/out" --formats tei,html --progress off > "$tmp/log" 2>&1 &
pid=$!
# wait_for N REGEX: the log says REGEX N times (generous: a slow machine is no failure).
wait_for() {
  for _ in $(seq 1800); do
    [ "$(grep -c -- "$2" "$tmp/log")" -ge "$1" ] && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

check "the first build is made, then the sources are watched" wait_for 1 "editio: watching"
check "the first build built both documents" grep -q "(2 built, 0 failed)" "$tmp/log"

printf 'The first letter, revised.\n' > "$tmp/src/texts/a.txt.new"
mv "$tmp/src/texts/a.txt.new" "$tmp/src/texts/a.txt"
check "a text saved by rename: one line, that document alone rebuilt" \
  wait_for 1 "^editio: texts/a.txt changed; rebuilt 1 document, reused 1, in [0-9.]* s$"
check "a text saved by rename: its new text is in the output" grep -q 'revised' "$tmp/out/tei/a.xml"

printf 'The second letter, revised.\n' > "$tmp/src/texts/b.txt"
check "a text written in place: rebuilt" wait_for 1 "^editio: texts/b.txt changed; rebuilt 1 document, reused 1"
check "a text written in place: its new text is in the output" grep -q 'revised' "$tmp/out/tei/b.xml"

cp "$tmp/src/manifest.toml" "$tmp/manifest.good"
printf '[[document]\n' >> "$tmp/src/manifest.toml"
check "a broken manifest: the build fails, its error is shown" wait_for 1 "manifest.toml:.*error"
check "a broken manifest: still watching" wait_for 4 "editio: watching"
cp "$tmp/manifest.good" "$tmp/src/manifest.toml"
check "the manifest mended: built again" wait_for 2 "^editio: manifest.toml changed"

kill -TERM "$pid"
rc=0; wait "$pid" || rc=$?; pid=""
check "SIGTERM while watching: exit code 0" test "$rc" = 0
check "SIGTERM while watching: it says it stopped" grep -q "editio: stopped watching" "$tmp/log"
[ "$fails" -eq 0 ] || sed 's/^/  | /' "$tmp/log"
finish
