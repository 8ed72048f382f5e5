#!/usr/bin/env bash
# Paths and special files: the sources are never written to, removed or read
# beyond their folder; outputs never land on a source; the leftovers sweep
# removes only what Editio recorded; FIFOs and devices are refused, never
# waited on; document ids are XML names in any script, short enough to name
# files. (Issue 19, cases 1, 2, 3, 7, 9 and the smaller id cases.)
source "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
text='The committee met on 25 August 1936 and heard the report.'

# run NAME CMD...: runs the command (stopped after 120 s, should it hang); its
# exit code in rc, its output in $tmp/NAME.log.
run() {
  local name=$1; shift
  set +e
  timeout 120 "$@" > "$tmp/$name.log" 2>&1
  rc=$?
  set -e
  sed "s|^|  [$name] |" "$tmp/$name.log" | cut -c1-240
}
logged() { grep -qE -- "$2" "$tmp/$1.log"; }
build() { local name=$1; shift; run "$name" "$EDITIO" build --formats tei,html --progress off "$@"; }

# --- 1. The sweep removes only the temporaries Editio recorded --------------
# The sources inside the output directory, with a text named like a temporary.
mkdir -p "$tmp/ed/src/texts"
printf 'Minutes\n\n%s\n' "$text" > "$tmp/ed/src/texts/minutes.tmp.1936.08.25"
printf 'Draft\n\n%s\n' "$text" > "$tmp/ed/src/texts/draft.txt"
edition "$tmp/ed/src"
echo "the editor's own notes" > "$tmp/ed/notes.tmp.4242.1"   # a user's file, named like a temporary
build sweep1 --sources "$tmp/ed/src" --out "$tmp/ed"
check "sweep: --sources ed/src --out ed builds (exit 0)" test "$rc" -eq 0
check "sweep: the source named like a temporary is still there" test -s "$tmp/ed/src/texts/minutes.tmp.1936.08.25"
check "sweep: ... and was converted" test -s "$tmp/ed/tei/minutes.tmp.1936.08.xml"
check "sweep: the user's file named like a temporary is still there" test -s "$tmp/ed/notes.tmp.4242.1"
check "sweep: nothing is said to be removed" bash -c "! grep -q 'removed' '$tmp/sweep1.log'"
check "sweep: the journal of temporaries is empty after the build" test ! -s "$tmp/ed/.editio/temporaries"
# A build killed outright leaves temporaries, recorded in the journal before
# they were made: the next build removes exactly those.
printf 'Letter\n\n%s\n' "$text" > "$tmp/ed/src/texts/letter.txt"
edition "$tmp/ed/src"
: > "$tmp/ed/tei/letter.xml.tmp.999999999.7"
echo "$tmp/ed/tei/letter.xml.tmp.999999999.7" > "$tmp/ed/.editio/temporaries"
echo "$tmp/ed/src/texts/minutes.tmp.1936.08.25" >> "$tmp/ed/.editio/temporaries"   # a damaged journal
build sweep2 --sources "$tmp/ed/src" --out "$tmp/ed"
check "sweep: a recorded leftover is removed" test ! -e "$tmp/ed/tei/letter.xml.tmp.999999999.7"
check "sweep: ... and the build says so" logged sweep2 'removed 1 temporary file an interrupted build left'
check "sweep: a source is never removed, even when the journal names it" test -s "$tmp/ed/src/texts/minutes.tmp.1936.08.25"
check "sweep: the user's file is still there" test -s "$tmp/ed/notes.tmp.4242.1"
# A real SIGKILL: whatever it leaves, the next build removes.
mkdir -p "$tmp/big/texts"
python3 - "$tmp/big/texts" <<'PY'
import sys
para = "The minutes say little, but the letters that followed tell of long arguments. " * 8
for i in range(12):
    with open(f"{sys.argv[1]}/doc{i:02d}.txt", "w") as f:
        f.write(f"Document {i}\n\n" + "\n\n".join(para for _ in range(300)) + "\n")
PY
edition "$tmp/big"
set +e
"$EDITIO" build --sources "$tmp/big" --out "$tmp/big.out" --formats tei,html --progress lines --jobs 1 > "$tmp/kill.log" 2>&1 &
pid=$!
for _ in $(seq 600); do grep -q '^ok ' "$tmp/kill.log" 2>/dev/null && break; sleep 0.1; done
kill -KILL "$pid"; wait "$pid"
set -e
build kill2 --sources "$tmp/big" --out "$tmp/big.out"
check "SIGKILL: the next build succeeds" test "$rc" -eq 0
check "SIGKILL: no temporary is left" test -z "$(find "$tmp/big.out" -name '*.tmp.*' -print -quit)"

# --- 2. Outputs never land on or inside a source ---------------------------
mkdir -p "$tmp/src/texts/tei"
printf 'B\n\n%s\n' "$text" > "$tmp/src/texts/tei/b.xml"
cp "$tmp/src/texts/tei/b.xml" "$tmp/b.orig"
cat > "$tmp/src/manifest.toml" <<'EOF'
[edition]
title = "T"
editors = [{ id = "ed", name = "E" }]
publisher = "P"
licence = "CC0"
[[document]]
id = "b"
file = "texts/tei/b.xml"
title = "B"
language = "en"
EOF
build inside --sources "$tmp/src" --out "$tmp/src/texts"
check "--out inside the sources is a usage error (2)" test "$rc" -eq 2
check "... and says why" logged inside 'is inside the sources folder .*: outputs could overwrite sources'
check "... the source text is untouched" cmp "$tmp/src/texts/tei/b.xml" "$tmp/b.orig"
check "... nothing was written into the sources" test ! -e "$tmp/src/texts/.editio"
ln -s "$tmp/src/texts" "$tmp/link-out"
build link --sources "$tmp/src" --out "$tmp/link-out"
check "--out a link into the sources is refused (2)" test "$rc" -eq 2
check "... the source text is untouched" cmp "$tmp/src/texts/tei/b.xml" "$tmp/b.orig"
build same --sources "$tmp/src" --out "$tmp/src/."
check "--out the sources folder (written otherwise) is refused (2)" test "$rc" -eq 2
# The sources inside the output directory, where Editio writes its TEI.
mkdir -p "$tmp/ed2/tei"
cp -R "$tmp/src/." "$tmp/ed2/tei/"
build under --sources "$tmp/ed2/tei" --out "$tmp/ed2"
check "--sources in the output's tei/ is refused (2)" test "$rc" -eq 2
check "... and says why" logged under "output directory's tei holds the sources folder"
check "... the source text is untouched" cmp "$tmp/ed2/tei/texts/tei/b.xml" "$tmp/b.orig"
# ... or where an output folder is a link into the sources.
mkdir -p "$tmp/ed3"
ln -s "$tmp/src/texts" "$tmp/ed3/html"
build linked --sources "$tmp/src" --out "$tmp/ed3"
check "an output folder linked into the sources is refused (2)" test "$rc" -eq 2
check "... the source text is untouched" cmp "$tmp/src/texts/tei/b.xml" "$tmp/b.orig"
build stats --sources "$tmp/src" --out "$tmp/src.out" --stats "$tmp/src/texts/tei/b.xml"
check "--stats onto a source is refused (2)" test "$rc" -eq 2
check "... the source text is untouched" cmp "$tmp/src/texts/tei/b.xml" "$tmp/b.orig"

# --- 3. convert never writes onto its input --------------------------------
printf 'A\n\n%s\n' "$text" > "$tmp/a.txt"
cp "$tmp/a.txt" "$tmp/a.orig"
ln "$tmp/a.txt" "$tmp/a-hard.txt"
ln -s "$tmp/a.txt" "$tmp/a-sym.txt"
for o in a.txt a-hard.txt a-sym.txt ./a.txt; do
  run conv "$EDITIO" convert "$tmp/a.txt" -o "$tmp/$o"
  check "convert a.txt -o $o is refused (2)" test "$rc" -eq 2
  check "... and says why" logged conv 'is the text being converted'
  check "... a.txt is untouched" cmp "$tmp/a.txt" "$tmp/a.orig"
done
run conv-ok "$EDITIO" convert "$tmp/a.txt" -o "$tmp/a.xml"
check "convert a.txt -o a.xml still works (0)" test "$rc" -eq 0

# --- 7. Paths in the manifest stay inside the sources folder ---------------
mkdir -p "$tmp/leak/texts" "$tmp/outside"
echo "secret-key-outside-the-sources" > "$tmp/outside/secret.txt"
ln -s "$tmp/outside/secret.txt" "$tmp/leak/texts/linked.txt"
printf 'Good\n\n%s\n' "$text" > "$tmp/leak/texts/good.txt"
# The file outside the sources, as the manifest could name it.
rel=$(python3 -c 'import os,sys; print(os.path.relpath(sys.argv[1], sys.argv[2]))' "$tmp/outside/secret.txt" "$tmp/leak")
{
  printf '[edition]\ntitle = "T"\neditors = [{ id = "ed", name = "E" }]\npublisher = "P"\nlicence = "CC0"\n'
  doc() { printf '[[document]]\nid = "%s"\nfile = "%s"\ntitle = "%s"\nlanguage = "en"\n' "$1" "$2" "$1"; }
  doc good texts/good.txt
  doc passwd ../../../../../../../../etc/passwd
  doc climb "$rel"
  doc absolute /etc/passwd
  doc environ /proc/self/environ
  doc linked texts/linked.txt
} > "$tmp/leak/manifest.toml"
EDITIO_PLANTED=planted-secret-in-the-environment build leak --sources "$tmp/leak" --out "$tmp/leak.out"
check "outside paths: the build reports failures (exit 1)" test "$rc" -eq 1
check "outside paths: the good document is built" test -s "$tmp/leak.out/html/good.html"
for id in passwd climb absolute environ linked; do
  check "outside paths: '$id' fails at the manifest's line:column" \
    logged leak "manifest.toml:[0-9]+:[0-9]+: error: \[\[document\]\] '$id': file '[^']*' is outside the sources folder"
  check "outside paths: '$id' has no output" test ! -e "$tmp/leak.out/tei/$id.xml"
done
check "outside paths: the link's message says where it leads" logged leak "resolves to $tmp/outside/secret.txt"
check "outside paths: nothing outside is published" \
  bash -c "! grep -rqE 'root:|secret-key-outside|planted-secret' '$tmp/leak.out'"
# The editor may allow a folder outside explicitly.
sed -i 's|^licence = "CC0"$|licence = "CC0"\nallow_paths = ["../outside"]|' "$tmp/leak/manifest.toml"
build allowed --sources "$tmp/leak" --out "$tmp/leak.out"
check "allow_paths: a file in an allowed folder is built" test -s "$tmp/leak.out/tei/climb.xml"
check "allow_paths: ... so is a link into it" test -s "$tmp/leak.out/tei/linked.xml"
check "allow_paths: /etc is still refused" logged allowed "'absolute': file '/etc/passwd' is outside the sources folder"
sed -i 's|^allow_paths = .*|allow_paths = ["../nonesuch"]|' "$tmp/leak/manifest.toml"
build allowed2 --sources "$tmp/leak" --out "$tmp/leak.out"
check "allow_paths: a folder that does not exist is an error at its line" \
  logged allowed2 "manifest.toml:6:[0-9]+: error: \[edition\]: allow_paths: '../nonesuch' is not a folder"
# The personography and the editor's layer, too.
sed -i "s|^allow_paths = .*|personography = \"$rel\"|" "$tmp/leak/manifest.toml"
build persons --sources "$tmp/leak" --out "$tmp/leak.out"
check "a personography outside the sources is an error of the manifest (exit 1)" test "$rc" -eq 1
check "... at its line:column" logged persons "manifest.toml:6:[0-9]+: error: \[edition\]: personography '[^']*' is outside the sources folder"

# --- 9. Special files are refused, never waited on -------------------------
mkdir -p "$tmp/special/texts" "$tmp/special/texts/folder.txt"
mkfifo "$tmp/special/texts/fifo.txt"
ln -s /dev/zero "$tmp/special/texts/zero.txt"
printf 'Good\n\n%s\n' "$text" > "$tmp/special/texts/good.txt"
edition "$tmp/special" 'allow_paths = ["/dev"]'
build special --sources "$tmp/special" --out "$tmp/special.out"
check "special files: the build ends (exit 1, not a hang)" test "$rc" -eq 1
check "special files: the good document is built" test -s "$tmp/special.out/tei/good.xml"
check "special files: the FIFO is refused at the manifest's line" \
  logged special "manifest.toml:[0-9]+:[0-9]+: error: \[\[document\]\] 'fifo': file 'texts/fifo.txt' is not a regular file"
check "special files: /dev/zero is refused" \
  logged special "manifest.toml:[0-9]+:[0-9]+: error: \[\[document\]\] 'zero': file 'texts/zero.txt' is not a regular file"
check "special files: a folder is refused" logged special "'folder': file 'texts/folder.txt' is a directory"
run conv-fifo "$EDITIO" convert "$tmp/special/texts/fifo.txt"
check "convert FIFO: refused (exit 1, not a hang)" test "$rc" -eq 1
check "convert FIFO: ... says what it is" logged conv-fifo 'fifo.txt: error: cannot read the file: it is a FIFO \(named pipe\), not a regular file'
run conv-zero "$EDITIO" convert /dev/zero
check "convert /dev/zero: refused before reading (exit 1)" test "$rc" -eq 1
check "convert /dev/zero: ... says what it is" logged conv-zero 'it is a character device, not a regular file'
run conv-persons "$EDITIO" convert "$tmp/a.txt" --personography "$tmp/special/texts/fifo.txt"
check "a FIFO as the personography: refused (exit 1, not a hang)" test "$rc" -eq 1

# --- Smaller: document ids ------------------------------------------------
mkdir -p "$tmp/ids/texts"
printf 'Письмо\n\nКомитет собрался 25 августа 1936 года и выслушал доклад.\n' > "$tmp/ids/texts/письмо-ru.txt"
edition "$tmp/ids"
build cyrillic --sources "$tmp/ids" --out "$tmp/ids.out"
check "a Cyrillic id is an XML name: the document is built (exit 0)" test "$rc" -eq 0
check "... its TEI is named by it" test -s "$tmp/ids.out/tei/письмо-ru.xml"
check "... and carries it as xml:id" contains "$tmp/ids.out/tei/письмо-ru.xml" 'xml:id="письмо-ru"'
long=$(printf 'a%.0s' $(seq 300))
sed -i "0,/^id = .*/s||id = \"$long\"|" "$tmp/ids/manifest.toml"
build long --sources "$tmp/ids" --out "$tmp/ids.out"
check "a 300-character id is an error of the manifest (exit 1)" test "$rc" -eq 1
check "... at its line, with the limit" logged long "manifest.toml:[0-9]+:[0-9]+: error: \[\[document\]\]: id 'a+\.\.\.' is 300 bytes long; .* at most 200 bytes"
check "... not the system's raw message" bash -c "! grep -q 'File name too long' '$tmp/long.log'"

finish
