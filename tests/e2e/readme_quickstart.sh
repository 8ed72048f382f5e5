#!/usr/bin/env bash
# readme.quickstart: the README's "Quick start" works as written. The commands are the lines starting with "$ " in
# the first fenced block after the "## Quick start" heading ("# " lines explain, the others are sample output).
# They run in order, in one shell (so `cd` carries over), in a scratch copy of the repository (its tracked files)
# with this build's editio as build/editio. The long-running ones are started, checked and stopped: `serve`
# (started on a free port, appended as --port so that a busy 8000 cannot fail the test; the site it serves must
# be output/html byte for byte) and `build --watch` (a text of the edition gets a new paragraph; the rebuild
# must put it in the document's TEI). After each command the files it should make are checked. The first
# command that fails stops the test: the later ones depend on it.
source "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# The commands of the Quick start block.
mapfile -t commands < <(awk '
  /^## / { inside = ($0 == "## Quick start"); next }
  inside && /^```/ { if (fence) exit; fence = 1; next }
  inside && fence && /^\$ / { print substr($0, 3) }' "$SRC/README.md")
printf '  $ %s\n' "${commands[@]}"
has() { grep -qE -- "$1" <<<"$(printf '%s\n' "${commands[@]}")"; }
check "the Quick start block has commands" test "${#commands[@]}" -gt 0
check "the Quick start runs editio init" has 'editio init '
check "the Quick start runs editio build" has 'editio build$'
check "the Quick start runs editio serve" has 'editio serve'
check "the Quick start runs editio build --watch" has 'editio build --watch'

# The scratch repository.
mkdir -p "$tmp/repo/build"
(cd "$SRC" && git ls-files -z) | (cd "$SRC" && tar --null -T - -cf -) | tar -xf - -C "$tmp/repo"
ln -s "$EDITIO" "$tmp/repo/build/editio"
cd "$tmp/repo"

edition=""  # the folder init makes (absolute), and the number of texts it was given
ntexts=0
after_init() {  # init's words: checks the folder it made
  local words i p f
  read -ra words <<<"$1"
  for i in "${!words[@]}"; do [ "${words[$i]}" = init ] && break; done
  edition=$(realpath -m "${words[$((i + 1))]}")
  for p in "${words[@]:$((i + 2))}"; do
    for f in $p; do
      ntexts=$((ntexts + 1))
      check "init copied $f into texts/ unchanged" cmp "$f" "$edition/texts/$(basename "$f")"
    done
  done
  check "init wrote manifest.toml with one [[document]] per text ($ntexts)" \
    test "$(grep -c '^\[\[document\]\]' "$edition/manifest.toml")" -eq "$ntexts"
  check "init marked what the editor must fill with TODO" grep -q TODO "$edition/manifest.toml"
  check "init wrote a well-formed personography.xml" xmllint --noout "$edition/personography.xml"
  check "the personography has a listPerson" grep -q '<listPerson' "$edition/personography.xml"
}
after_build() {  # build in the edition's folder: its output/
  local o="$edition/output"
  check "build said it builds ./manifest.toml" grep -q 'manifest.toml' "$tmp/cmd.log"
  check "build wrote one TEI file per text in output/tei/, and the edition's corpus" \
    test "$(ls "$o"/tei/*.xml | grep -vc '/edition-corpus\.xml$')" -eq "$ntexts" -a -s "$o/tei/edition-corpus.xml"
  check "build wrote output/html/index.html" test -s "$o/html/index.html"
  check "build wrote one PDF per text and the book in output/print/" \
    test "$(ls "$o"/print/*.pdf | wc -l)" -eq "$((ntexts + 1))"
}
# wait_for WHAT PID COMMAND...: polls COMMAND until it succeeds (true) or PID has ended or 900 s have passed.
wait_for() {
  local what=$1 pid=$2; shift 2
  for _ in $(seq 1 1800); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    kill -0 "$pid" 2>/dev/null || { echo "  ($what: the process ended)"; return 1; }
    sleep 0.5
  done
  echo "  ($what: gave up after 900 s)"
  return 1
}
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
show() { sed 's/^/    | /' "$1" | cut -c1-200 | head -40; }
serve() {  # starts the serve command on a free port, fetches the site, stops it
  local port pid
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  (eval "exec $1 --port $port") > "$tmp/serve.log" 2>&1 &
  pid=$!; pids+=("$pid")
  if wait_for "serve" "$pid" curl -sf -o "$tmp/index.html" "http://127.0.0.1:$port/"; then
    pass "serve answers on http://127.0.0.1:$port/"
    check "serve gives output/html/index.html at /" cmp "$tmp/index.html" "$edition/output/html/index.html"
    curl -sf -o "$tmp/index2.html" "http://127.0.0.1:$port/index.html" || true
    check "serve gives /index.html" cmp "$tmp/index2.html" "$edition/output/html/index.html"
  else
    fail "serve did not answer"
  fi
  stop "$pid"
  show "$tmp/serve.log"
}
watch() {  # starts build --watch, edits a text, waits for the rebuild, stops it
  local pid text line="A paragraph the quick-start test added while build --watch ran."
  (eval "exec $1") > "$tmp/watch.log" 2>&1 &
  pid=$!; pids+=("$pid")
  # Ready once its first build has printed its summary line.
  wait_for "build --watch, first build" "$pid" grep -qE '^editio: [0-9]+ documents' "$tmp/watch.log" ||
    fail "build --watch did not finish its first build"
  text=$(ls "$edition"/texts/* | head -1)
  printf '\n%s\n' "$line" >> "$text"
  if wait_for "build --watch, rebuild" "$pid" grep -rqF "$line" "$edition/output/tei"; then
    pass "build --watch rebuilt $(basename "$text") after it changed"
  else
    fail "build --watch did not rebuild $(basename "$text")"
  fi
  stop "$pid"
  show "$tmp/watch.log"
}

for cmd in "${commands[@]}"; do
  echo "+ $cmd"
  case "$cmd" in
    *"editio serve"*) serve "$cmd"; continue ;;
    *"editio build --watch"*) watch "$cmd"; continue ;;
  esac
  set +e
  eval "$cmd" > "$tmp/cmd.log" 2>&1
  rc=$?
  set -e
  show "$tmp/cmd.log"
  if [ "$rc" -ne 0 ]; then
    fail "'$cmd' exited with $rc; the commands after it were not run"
    break
  fi
  pass "'$cmd' exited with 0"
  case "$cmd" in
    *"editio init "*) after_init "$cmd" ;;
    *"editio build") after_build ;;
  esac
done
finish
