#!/usr/bin/env bash
# The whole edition as one book (print/edition.pdf): title page, contents with
# every document, the documents in both languages with their notes, the index
# of persons with page.line locators, the list of sources; every font
# embedded, no missing character. What is looked for is read from
# edition.xml and the TEI, not written here. Saves page images to
# $OUT/../artifacts/print/.
source "$(dirname "$0")/lib.sh"
p="$OUT/print"
pdf="$p/edition.pdf"
check "edition.tex written" test -s "$p/edition.tex"
check "edition.pdf written" test -s "$pdf"
for id in $(xpath "$OUT/edition.xml" '//*[local-name()="document"]/@id' | sed 's/ id="\([^"]*\)"/\1 /g'); do
  check "body file for $id" test -s "$p/$id.body.tex"
  check "edition.tex inputs $id" contains "$p/edition.tex" "\\input{$id.body.tex}"
done
[ -s "$pdf" ] || finish

# The checks on the PDF's text, page by page (pdftotext), in one Python run:
# it prints "ok: …" / "FAIL: …" lines and, last, "PAGES title text index".
pages_line=""
while IFS= read -r line; do
  case "$line" in
    ok:*) pass "${line#ok: }" ;;
    FAIL:*) fail "${line#FAIL: }" ;;
    PAGES*) pages_line=$line ;;
    *) echo "$line" ;;
  esac
done < <(python3 - "$OUT" <<'PY'
import os, re, subprocess, sys
import xml.etree.ElementTree as ET

out = sys.argv[1]
E = "{urn:x-editio}"
T = "{http://www.tei-c.org/ns/1.0}"
pdf = os.path.join(out, "print", "edition.pdf")

def say(ok, what):
    print(("ok: " if ok else "FAIL: ") + what)

def norm(s):
    # Line breaks, spaces and hyphens (TeX's or the text's) do not count.
    return re.sub(r"[\s\-\u00ad\u2010\u2011]+", "", s or "")

def words(s, n):
    return " ".join((s or "").split()[:n])

info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
npages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
pages = [subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(i), "-l", str(i), pdf, "-"],
                        capture_output=True, text=True).stdout for i in range(1, npages + 1)]
book = norm("".join(pages))

ed = ET.parse(os.path.join(out, "edition.xml")).getroot()
lang = ed.get("lang", "en")
ru = lang.split("-")[0] == "ru"
title = ed.findtext(E + "title")
say(norm(title) in norm(pages[0]), "the edition's title on page 1")

docs = ed.findall(E + "document")
titles = [d.findtext(E + "title") for d in docs]
# The contents: from the first page (after the title page) naming the first
# document to the page before the one where that document begins.
first = norm(titles[0])
toc_start = next((i for i in range(1, npages) if first in norm(pages[i])), None)
body_start = None
if toc_start is not None:
    body_start = next((i for i in range(toc_start + 1, npages) if first in norm(pages[i])), None)
say(toc_start is not None and body_start is not None, "contents found before the first document")
toc = norm("".join(pages[toc_start:body_start])) if body_start else ""
for t in titles:
    say(norm(t) in toc, "contents list " + t)

def tei(d):
    return ET.parse(os.path.join(out, "tei", d.get("id") + ".xml")).getroot()

def text(el):
    return " ".join("".join(el.itertext()).split())

# A sentence of the text in each language: the first paragraph without notes
# or corrections (printed elsewhere than in the line), its first words.
text_page = None
for code in ("ru", "en"):
    d = next((d for d in docs if d.get("lang", "").split("-")[0] == code), None)
    if d is None:
        say(False, "a document in " + code)
        continue
    root = tei(d)
    paras = [p for p in root.iter(T + "p")
             if root.find(T + "text") is not None and p in list(root.find(T + "text").iter(T + "p"))
             and p.find(".//" + T + "note") is None and p.find(".//" + T + "choice") is None
             and len(text(p)) > 40]
    if not paras:
        say(False, "a paragraph of " + d.get("id"))
        continue
    sentence = words(re.split(r"(?<=[.!?])\s", text(paras[0]))[0], 10)
    say(norm(sentence) in book, "body text in " + code + ": " + sentence)
    if code == "ru":
        text_page = next((i for i in range(npages) if norm(sentence) in norm(pages[i])), None)

# Notes: one of the source's (series A) and one of the editor's (series B).
editor_ids = set()
source_note = editor_note = None
for d in docs:
    root = tei(d)
    eds = {"#" + e.get("{http://www.w3.org/XML/1998/namespace}id")
           for e in root.iter(T + "editor") if e.get("{http://www.w3.org/XML/1998/namespace}id")}
    body = root.find(T + "text")
    if body is None:
        continue
    for n in body.iter(T + "note"):
        resp = set((n.get("resp") or "").split())
        kind = n.get("type") or ""
        if kind in ("insertion", "headnote") or n.get("place") == "inline" or len(text(n)) < 20:
            continue
        if kind in ("editorial", "editor") or resp & (eds | {"#ed"}):
            editor_note = editor_note or text(n)
        elif n.get("target") is None:
            source_note = source_note or text(n)
for what, n in (("a note of series A (the source's)", source_note), ("an editor's note", editor_note)):
    say(n is not None and norm(words(n, 8)) in book, what + (": " + words(n, 8) if n else ""))

# The index of persons: its heading, an entry, page.line locators.
heading = "Указатель имён" if ru else "Index of persons"
index_page = next((i for i in range(npages) if pages[i].lstrip().startswith(heading)), None)
say(index_page is not None, "the index heading " + heading)
person = next((p for p in ed.iter(E + "person") if p.find(E + "mention") is not None), None)
if index_page is not None and person is not None:
    idx = "".join(pages[index_page:])
    name = person.findtext(E + "sort-name")
    m = re.search(re.escape(name) + r".*?(\d+\.\d+)", idx, re.S)
    say(m is not None, "index entry with a page.line locator: %s %s" % (name, m.group(1) if m else ""))

# The list of sources: an archival reference from a TEI msIdentifier.
heading = "Список источников" if ru else "List of sources"
src_page = max((i for i in range(npages) if pages[i].lstrip().startswith(heading)), default=None)
say(src_page is not None, "the list of sources")
ms = next((m for d in docs for m in tei(d).iter(T + "msIdentifier")), None)
if src_page is not None and ms is not None:
    sources = norm("".join(pages[src_page:]))
    parts = [text(x) for x in ms if text(x)]
    # Repository, fond, opis, delo … in order, with at most a label between.
    pattern = r".{0,12}?".join(re.escape(norm(x)) for x in parts)
    say(bool(parts) and re.search(pattern, sources) is not None,
        "archival reference in the list of sources: " + ", ".join(parts))
print("PAGES %d %d %d" % (1, (text_page or 0) + 1, (index_page or 0) + 1))
PY
)

# Every font embedded; no missing character in the book's TeX log.
check "all fonts embedded in edition.pdf" bash -c "pdffonts '$pdf' | tail -n +3 | awk '{ if (\$(NF-4) != \"yes\") bad=1 } END { exit bad }'"
check "no missing characters in the book's TeX log" bash -c "! grep -q 'Missing character' '$p/.work/edition/edition.log'"
check "no undefined references in the book's TeX log" bash -c "! grep -qi 'undefined references\|Reference .* undefined' '$p/.work/edition/edition.log'"

# Page images: the title page, a page of text, the index.
art="$OUT/../artifacts/print"
mkdir -p "$art"
read -r _ title_page text_page index_page <<< "${pages_line:-PAGES 1 1 1}"
for shot in "title:$title_page" "text:$text_page" "index:$index_page"; do
  name=${shot%%:*}; page=${shot##*:}
  if pdftoppm -png -r 70 -f "$page" -l "$page" -singlefile "$pdf" "$art/edition-$name"; then
    echo "page image: $(cd "$art" && pwd)/edition-$name.png (page $page)"
  else
    fail "page image $name"
  fi
done
# The reading edition's index links the book inside the site's folder, and the link resolves (to the same file).
check "index.html links the book" grep -q 'href="print/edition.pdf"' "$OUT/html/index.html"
check "the linked book exists" test -s "$OUT/html/print/edition.pdf"
check "... and is the book typeset into print/" cmp -s "$OUT/html/print/edition.pdf" "$OUT/print/edition.pdf"
finish
