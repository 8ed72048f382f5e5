#!/usr/bin/env bash
# Robustness: every kind of bad input gets its message (file:line:column where
# there is one) and its exit code, never a crash and never invalid XML; one bad
# document does not stop the others; nothing is read from the network or
# written outside the output directory; an interrupted or starved build leaves
# no half-written file and the next build recovers.
source "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# Every TEI file written is well-formed and valid against the project schema.
all_valid() { local f; for f in "$1"/tei/*.xml; do [ -e "$f" ] || continue; xmllint --noout "$f" || return 1; done
              "$EDITIO" validate "$1"/tei/*.xml >/dev/null 2>&1; }
tei_text() { xmllint --xpath 'string(//*[local-name()="body"])' "$1"; }
no_temporaries() { [ -z "$(find "$1" -name '*.tmp.*' -print -quit)" ]; }

# --- 1. Encodings ---------------------------------------------------------
ru='Иван Никитич был арестован в январе 1933 года, и следствие шло долго.'
mkdir -p "$tmp/enc/texts"
printf 'Заголовок\n\n%s\n' "$ru" | iconv -f UTF-8 -t WINDOWS-1251 > "$tmp/enc/texts/cp1251-ru.txt"
printf 'Заголовок\n\n%s\n' "$ru" | iconv -f UTF-8 -t KOI8-R > "$tmp/enc/texts/koi8-ru.txt"
{ printf '\xff\xfe'; printf 'Заголовок\n\n%s\n' "$ru" | iconv -f UTF-8 -t UTF-16LE; } > "$tmp/enc/texts/utf16bom-ru.txt"
printf 'A Title\n\nA letter of 3 May 1929, in plain English.\n' | iconv -f UTF-8 -t UTF-16BE > "$tmp/enc/texts/utf16be-en.txt"
printf 'Заголовок\n\n%s\n' "$ru" | iconv -f UTF-8 -t KOI8-R > "$tmp/enc/texts/declared-ru.txt"
edition "$tmp/enc"
sed -i '/^id = "declared-ru"/a encoding = "KOI8-R"' "$tmp/enc/manifest.toml"
build enc
check "encodings: all five built (exit 0)" test "$rc" -eq 0
check "windows-1251 detected and said" logged enc 'cp1251-ru.txt:1:1: warning: not UTF-8: read as windows-1251 \(detected\); the first byte that is not UTF-8, 0xC7 here, reads as .З.'
check "KOI8-R detected and said" logged enc 'koi8-ru.txt:1:1: warning: not UTF-8: read as KOI8-R \(detected\); the first byte that is not UTF-8, 0xFA here, reads as .З.'
check "UTF-16 without BOM detected and said" logged enc 'utf16be-en.txt: warning: not UTF-8: read as UTF-16BE'
check "a BOM or a declared encoding is not a guess" bash -c "! grep -qE '(utf16bom|declared)-ru.txt: warning' '$tmp/enc.log'"
for id in cp1251-ru koi8-ru utf16bom-ru declared-ru; do
  check "$id: the Russian text arrives intact" contains <(tei_text "$tmp/enc.out/tei/$id.xml") "$ru"
done
check "UTF-16BE: the English text arrives intact" contains <(tei_text "$tmp/enc.out/tei/utf16be-en.xml") "in plain English"
check "encodings: the TEI is valid" all_valid "$tmp/enc.out"
set +e
"$EDITIO" convert "$tmp/enc/texts/cp1251-ru.txt" -o "$tmp/conv.xml" 2> "$tmp/conv.log"; crc=$?
"$EDITIO" convert "$tmp/enc/texts/koi8-ru.txt" --encoding nonesuch > /dev/null 2> "$tmp/conv2.log"; crc2=$?
set -e
check "convert: detects windows-1251 and says so" grep -q 'read as windows-1251 (detected)' "$tmp/conv.log"
check "convert: the text is intact" contains <(tei_text "$tmp/conv.xml") "$ru"
check "convert: an unknown --encoding is a usage error (2)" test "$crc2" -eq 2
check "convert: ... and named" grep -q "encoding 'nonesuch' is not known" "$tmp/conv2.log"
printf '[[document]]\nid = "x"\nfile = "texts/koi8-ru.txt"\ntitle = "x"\nlanguage = "ru"\nencoding = "klingon-8"\n' >> "$tmp/enc/manifest.toml"
build enc
check "manifest: an unknown encoding is an error at its line" logged enc "manifest.toml:[0-9]+:[0-9]+: error: \[\[document\]\] 'x': encoding 'klingon-8' is not known"
check "manifest: ... and nothing is built (exit 1)" test "$rc" -eq 1

# --- 2. Malformed texts: each bad one fails alone, the good ones are built ---
mkdir -p "$tmp/bad/texts"
printf 'A good text.\n' > "$tmp/bad/texts/good.txt"
printf 'Строка.\nСлово \xff слово.\n' > "$tmp/bad/texts/damaged.txt"
: > "$tmp/bad/texts/empty.txt"
printf ' \n\t\n' > "$tmp/bad/texts/blank.txt"
printf '%%PDF-1.7\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n' > "$tmp/bad/texts/scan.txt"
head -c 4096 "$EDITIO" > "$tmp/bad/texts/program.txt"
printf 'Bell\a and NUL\000 and escape\033 here, then the rest of the line.\nSecond line.\n' > "$tmp/bad/texts/controls.txt"
python3 -c "print('Один абзац, ' * 200000)" > "$tmp/bad/texts/longline-ru.txt"
printf 'A text with a call [1] and another [2].\n\n[1]\n\n[2]\n' > "$tmp/bad/texts/bodiless.txt"
printf 'Fish & chips <b>bold</b> ]]> "q" &amp; done; <?pi?> <!-- c -->\n' > "$tmp/bad/texts/meta.txt"
mixed=$'Cafe\u0301 e\u0301\u0301; \u05e9\u05dc\u05d5\u05dd \u0633\u0644\u0627\u0645 \u200f; emoji \U0001F600\U0001F468\u200d\U0001F469; nbsp\u00a0here; soft\u00adhyphen.'
printf '%s\n' "$mixed" > "$tmp/bad/texts/unicode.txt"
edition "$tmp/bad"
printf '[[document]]\nid = "missing"\nfile = "texts/no-such-file.txt"\ntitle = "x"\nlanguage = "en"\n' >> "$tmp/bad/manifest.toml"
cp -r "$tmp/bad" "$tmp/bad.before"
build bad
check "malformed: exit code 1" test "$rc" -eq 1
check "malformed: damaged UTF-8 at file:line:column" logged bad 'damaged.txt:2:7: error: invalid UTF-8 \(byte 0xFF\)'
check "malformed: an empty file" logged bad 'empty.txt: error: the file is empty'
check "malformed: a blank file" logged bad 'blank.txt: error: the file has no text, only white space'
check "malformed: a PDF is named" logged bad 'scan.txt: error: this is not a plain-text file but a PDF file'
check "malformed: a program is named" logged bad 'program.txt: error: this is not a plain-text file but a program'
check "malformed: control characters at file:line:column" logged bad 'controls.txt:1:5: warning: 3 control characters left out \(the first is U\+0007\)'
check "malformed: the text after a NUL is kept" contains <(tei_text "$tmp/bad.out/tei/controls.xml") "and NUL and escape here, then the rest"
check "malformed: a marker without a body at file:line:column" logged bad 'bodiless.txt:3:1: warning: note marker \[1\] has no text'
check "malformed: a missing file at the manifest's line" logged bad "manifest.toml:[0-9]+:1: error: \[\[document\]\] 'missing': file 'texts/no-such-file.txt' does not exist"
check "malformed: the summary counts the failures" logged bad '12 documents \(6 built, 6 failed\)'
check "malformed: the long line is built" test -s "$tmp/bad.out/tei/longline-ru.xml"
check "malformed: XML metacharacters round-trip" contains <(tei_text "$tmp/bad.out/tei/meta.xml") 'Fish & chips <b>bold</b> ]]> "q" &amp; done; <?pi?> <!-- c -->'
check "malformed: marks, RTL, emoji, NBSP and soft hyphens are kept" contains <(tei_text "$tmp/bad.out/tei/unicode.xml") "$(python3 -c 'import sys, unicodedata; print(unicodedata.normalize("NFC", sys.argv[1]), end="")' "$mixed")"
check "malformed: every TEI written is valid" all_valid "$tmp/bad.out"
# (libxml2's HTML parser is HTML 4: it does not know HTML5's elements, which is not an error here.)
check "malformed: every HTML page written parses" bash -c "for f in '$tmp'/bad.out/html/*.html; do xmllint --html --noout \"\$f\" 2>&1 | grep 'parser error' | grep -v 'Tag [a-z]* invalid' | grep -q . && exit 1; done; true"
check "malformed: the failed documents have no outputs" bash -c "! ls '$tmp'/bad.out/tei/{damaged,empty,blank,scan,program,missing}.xml 2>/dev/null"
check "malformed: the sources are not modified" diff -r "$tmp/bad.before" "$tmp/bad"

# --- 3. The personography and the manifest ---------------------------------
mkdir -p "$tmp/pers/texts"
printf 'Ivan Petrov wrote in 1930.\n' > "$tmp/pers/texts/doc.txt"
edition "$tmp/pers" 'personography = "persons.xml"'
cat > "$tmp/pers/persons.xml" <<'XML'
<listPerson xmlns="http://www.tei-c.org/ns/1.0">
  <person xml:id="petrov"><persName type="reg">Petrov, Ivan</persName><persName>Ivan Petrov</persName></person>
  <person xml:id="petrov"><persName type="reg">Petrov, Pyotr</persName></person>
</listPerson>
XML
build pers
check "personography: a duplicated id at line:column" logged pers 'persons.xml:3:4: error: xml:id "petrov" is used twice \(first at line 2\)'
check "personography: ... nothing is built (exit 1)" test "$rc" -eq 1
printf '<listPerson xmlns="http://www.tei-c.org/ns/1.0">\n  <person xml:id="p"><persName>Ivan Petrov</persName>\n</listPerson>\n' > "$tmp/pers/persons.xml"
build pers
check "personography: not well-formed at line:column" logged pers 'persons.xml:3:3: error: the personography is not well-formed XML'
check "personography: ... exit 1" test "$rc" -eq 1
echo 'SECRET-MARKER-4471' > "$tmp/secret.txt"
cat > "$tmp/pers/persons.xml" <<XML
<?xml version="1.0"?>
<!DOCTYPE listPerson [<!ENTITY xxe SYSTEM "file://$tmp/secret.txt"><!ENTITY net SYSTEM "http://127.0.0.1:9/x">]>
<listPerson xmlns="http://www.tei-c.org/ns/1.0">
  <person xml:id="petrov"><persName type="reg">Petrov, Ivan</persName><persName>Ivan Petrov</persName><note>&xxe; &net;</note></person>
</listPerson>
XML
build pers
check "XXE: the build goes on (exit 0)" test "$rc" -eq 0
check "XXE: the DOCTYPE is reported" logged pers 'persons.xml:2:1: warning: the DOCTYPE is ignored'
check "XXE: the unexpanded entity is reported" logged pers 'persons.xml:4:[0-9]+: warning: the entity reference &xxe; is not expanded'
check "XXE: the file's content reaches no output" bash -c "! grep -rq SECRET-MARKER-4471 '$tmp/pers.out'"
cat > "$tmp/xxe-tei.xml" <<XML
<?xml version="1.0"?>
<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file://$tmp/secret.txt">
<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>&xxe; &f;</title></titleStmt></fileDesc></teiHeader></TEI>
XML
set +e
timeout 120 "$EDITIO" validate "$tmp/xxe-tei.xml" > "$tmp/xxe.log" 2>&1; vrc=$?
set -e
check "validate: entity bombs and XXE are refused, not expanded (exit 1)" test "$vrc" -eq 1
check "validate: the secret is not read" bash -c "! grep -q SECRET-MARKER-4471 '$tmp/xxe.log'"
check "validate: the file is named in the message" grep -q 'xxe-tei.xml:[0-9]*: error: XML' "$tmp/xxe.log"
printf '[[documnet]]\nid = "x"\n' >> "$tmp/pers/manifest.toml"
build pers
check "manifest: a misspelt table is reported at its line" logged pers "manifest.toml:[0-9]+:[0-9]+: warning: unknown table or key 'documnet' is ignored"

# --- 4. Output paths ---------------------------------------------------------
mkdir -p "$tmp/paths/texts"
printf 'A text.\n' > "$tmp/paths/texts/doc.txt"
edition "$tmp/paths"
listing() { (cd "$tmp" && find . -path ./paths.out -prune -o ! -name paths.log -print | sort); }
before=$(listing)
for id in '../escape' '/tmp/abs' 'a/b' 'index' 'register-2' 'edition' 'doc.body'; do
  sed -i "0,/^id = .*/s||id = \"$id\"|" "$tmp/paths/manifest.toml"
  build paths
  check "id '$id' is refused in the manifest (exit 1)" test "$rc" -eq 1
  check "id '$id': the message names it" logged paths "manifest.toml:[0-9]+:[0-9]+: error: \[\[document\]\]: id '$id'"
done
check "ids: nothing was written outside the output directory" test "$before" = "$(listing)"
sed -i "0,/^id = .*/s||id = \"doc\"|" "$tmp/paths/manifest.toml"
touch "$tmp/a-file"
set +e
"$EDITIO" build --sources "$tmp/paths" --out "$tmp/a-file" > "$tmp/o1.log" 2>&1; orc1=$?
"$EDITIO" build --sources "$tmp/paths" --out "$tmp/paths" > "$tmp/o2.log" 2>&1; orc2=$?
set -e
check "--out naming a file is a usage error (2)" test "$orc1" -eq 2
check "... and says so" grep -q 'is a file, not a directory' "$tmp/o1.log"
check "--out naming the sources is a usage error (2)" test "$orc2" -eq 2
check "... and says so" grep -q 'the output directory is the sources folder' "$tmp/o2.log"

# TeX in a text is typeset as text, never run.
mkdir -p "$tmp/tex/texts"
printf 'Text with \\input{/etc/hostname} and \\immediate\\write18{touch %s/pwned} and $ %% # & _ ^ ~ { } end.\n' "$tmp" \
  > "$tmp/tex/texts/doc.txt"
edition "$tmp/tex"
FORMATS=pdf build tex
check "TeX in a text: the PDF is made (exit 0)" test "$rc" -eq 0
check "TeX in a text: nothing is run" test ! -e "$tmp/pwned"
check "TeX in a text: it is printed as written" contains <(pdftotext "$tmp/tex.out/print/doc.pdf" - | tr '\n' ' ') \
  "Text with \\input{/etc/hostname} and \\immediate\\write18{touch"

# --- 5. Faults: interruption, leftovers, a full disk, a second build ---------
mkdir -p "$tmp/big/texts"
python3 - "$tmp/big/texts" <<'PY'
import sys
para = ("The committee met again; the minutes say little, but the letters that followed "
        "tell of long arguments about the text, its sources and its readers. ") * 6
for i in range(40):
    with open(f"{sys.argv[1]}/doc{i:02d}.txt", "w") as f:
        f.write(f"Document {i}\n\n" + "\n\n".join(para for _ in range(400)) + "\n")
PY
edition "$tmp/big"
"$EDITIO" build --sources "$tmp/big" --out "$tmp/big.clean" --formats tei,html --progress off > /dev/null 2>&1
set +e
"$EDITIO" build --sources "$tmp/big" --out "$tmp/big.out" --formats tei,html --progress lines --jobs 1 > "$tmp/int.log" 2>&1 &
pid=$!
for _ in $(seq 600); do grep -q '^ok ' "$tmp/int.log" 2>/dev/null && break; sleep 0.1; done
kill -INT "$pid"; wait "$pid"; irc=$?
set -e
cat "$tmp/int.log" | tail -3
check "SIGINT: the build stops with 130" test "$irc" -eq 130
check "SIGINT: ... and says what it left" grep -q 'editio: interrupted (SIGINT)' "$tmp/int.log"
check "SIGINT: it stopped before the end" bash -c "[ \$(ls '$tmp'/big.out/tei | wc -l) -lt 40 ]"
check "SIGINT: no temporary file is left" no_temporaries "$tmp/big.out"
check "SIGINT: every file written is complete" all_valid "$tmp/big.out"
# As a SIGKILLed build leaves it: a temporary, recorded in the journal before it was made.
: > "$tmp/big.out/tei/doc00.xml.tmp.999999999.7"
echo "$tmp/big.out/tei/doc00.xml.tmp.999999999.7" >> "$tmp/big.out/.editio/temporaries"
build big --jobs 2
check "after SIGINT: the next build succeeds" test "$rc" -eq 0
check "after SIGINT: ... and removes a killed build's leftovers" logged big 'removed 1 temporary file an interrupted build left'
check "after SIGINT: the outputs equal a clean build's" diff -r "$tmp/big.clean/tei" "$tmp/big.out/tei"
check "after SIGINT: the pages too" diff -r "$tmp/big.clean/html" "$tmp/big.out/html"
rm -rf "$tmp/big.out"
# A file size limit stands in for a full disk: the TEI of the large documents
# (about 360 KB) cannot be written, the schema (180 KB) and small ones can.
printf 'A small text.\n' > "$tmp/big/texts/small.txt"
edition "$tmp/big"
set +e
(ulimit -f 300; "$EDITIO" build --sources "$tmp/big" --out "$tmp/big.out" --formats tei --progress off > "$tmp/full.log" 2>&1); frc=$?
set -e
check "full disk: exit 1" test "$frc" -eq 1
check "full disk: the write error names the file and what to do" grep -qE 'doc00.xml: File too large \(free some space' "$tmp/full.log"
check "full disk: the small document is built" test -s "$tmp/big.out/tei/small.xml"
check "full disk: the summary counts the failures" grep -qE '41 documents \(1 built, 40 failed\)' "$tmp/full.log"
check "full disk: no temporary and no partial file" bash -c "no_temporaries() { [ -z \"\$(find \"\$1\" -name '*.tmp.*' -print -quit)\" ]; }; no_temporaries '$tmp/big.out' && [ ! -e '$tmp/big.out/tei/doc00.xml' ]"
FORMATS=tei build big
check "full disk: with space again, the next build recovers" test "$rc" -eq 0
check "full disk: ... every document" logged big '41 documents \(40 built, 1 unchanged|41 documents \(41 built'
mkdir -p "$tmp/big.out/.editio"
python3 -c 'import fcntl, sys, time; f = open(sys.argv[1], "w"); fcntl.flock(f, fcntl.LOCK_EX); time.sleep(60)' \
  "$tmp/big.out/.editio/lock" > /dev/null 2>&1 &
lockpid=$!
sleep 1
FORMATS=tei build big
kill "$lockpid" 2>/dev/null || true
check "a second build into the same directory is refused (exit 1)" test "$rc" -eq 1
check "... and says why" logged big 'another build is writing to'

finish
