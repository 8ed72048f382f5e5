#!/usr/bin/env bash
# editio serve: builds, serves the output on 127.0.0.1 (a real libmicrohttpd
# server on a free port) with the right Content-Type, index.html for a
# folder, 404 for what is missing and for any path out of the output folder
# ("..", a symbolic link out), GET and HEAD only; SIGTERM ends it (exit 0).
source "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d); pid=""
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$tmp"' EXIT
mkdir -p "$tmp/src/texts"
printf 'The first letter.\n' > "$tmp/src/texts/a.txt"
edition "$tmp/src"
"$EDITIO" serve --port 0 --sources "$tmp/src" --out "$tmp/out" --formats tei,html --progress off > "$tmp/log" 2>&1 &
pid=$!
wait_for() {
  for _ in $(seq 1800); do
    grep -q -- "$1" "$tmp/log" && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}
check "it says where it serves" wait_for "^editio: serving .* at http://127.0.0.1:[0-9]*/ "
check "the edition is built, then watched" wait_for "editio: watching"
port=$(sed -n 's#^editio: serving .* at http://127.0.0.1:\([0-9]*\)/.*#\1#p' "$tmp/log" | head -1)
# get METHOD PATH: "STATUS CONTENT-TYPE BYTES", the path sent as it is (no client-side "..").
get() {
  python3 - "$port" "$1" "$2" <<'PY'
import http.client, sys
c = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]), timeout=60)
c.request(sys.argv[2], sys.argv[3])
r = c.getresponse()
body = r.read()
print(r.status, r.getheader("Content-Type"), len(body))
PY
}
answers() { local got; got=$(get "$1" "$2"); [[ $got == $3 ]] || { echo "$1 $2: $got" >&2; return 1; }; }

check "index.html: text/html" answers GET /index.html "200 text/html; charset=utf-8 [1-9]*"
check "a folder: its index.html" answers GET / "200 text/html; charset=utf-8 [1-9]*"
check "a document's page: text/html" answers GET /a.html "200 text/html; charset=utf-8 [1-9]*"
css=$(cd "$tmp/out/html" && ls *.css | head -1)
check "a stylesheet: text/css" answers GET "/$css" "200 text/css; charset=utf-8 [1-9]*"
check "the TEI: application/xml" answers GET /tei/a.xml "200 application/xml [1-9]*"
check "HEAD: the headers, no body" answers HEAD /a.html "200 text/html; charset=utf-8 0"
check "a missing page: 404" answers GET /nothing.html "404 *"
check "..: 404" answers GET /../../../../etc/passwd "404 *"
check "an encoded ..: 404" answers GET /%2e%2e/%2e%2e/%2e%2e/etc/passwd "404 *"
ln -s / "$tmp/out/html/root-link"
check "a symbolic link out of the folder: 404" answers GET /root-link/etc/passwd "404 *"
check "POST: 405" answers POST /index.html "405 *"

kill -TERM "$pid"
rc=0; wait "$pid" || rc=$?; pid=""
check "SIGTERM: exit code 0" test "$rc" = 0
[ "$fails" -eq 0 ] || sed 's/^/  | /' "$tmp/log"
finish
