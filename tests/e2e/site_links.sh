#!/usr/bin/env bash
# The site is self-contained: every link of every page of the sample edition
# (its documents' TEI and PDF, the book, the schemas the TEI names, the
# register, the search) resolves inside output/html/, also when html/ alone
# is copied to another folder, as it would be to a web server.
source "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# crawl "what" DIR: the checker passes on DIR; else its list of broken links is shown.
crawl() {
  if python3 "$SRC/tests/e2e/site_links.py" "$2" > "$tmp/crawl.log" 2>&1; then pass "$1"
  else fail "$1"; sed 's/^/  /' "$tmp/crawl.log" | head -40; fi
}

h="$OUT/html"
crawl "the sample's pages: every link resolves inside html/" "$h"
check "the sample's TEI is in html/tei/" test -s "$h/tei/red-book-bloc.xml"
check "the sample's PDF is in html/print/" test -s "$h/print/red-book-bloc.pdf"
check "the book is in html/print/" test -s "$h/print/edition.pdf"
check "edition.xml is in html/" test -s "$h/edition.xml"
check "the schemas the TEI names are in html/schema/" test -s "$h/schema/editio.rng" -a -s "$h/schema/editio.sch"
check "the site's TEI is the output's TEI" cmp "$OUT/tei/red-book-bloc.xml" "$h/tei/red-book-bloc.xml"
check "the site's TEI is a hard link (same file system)" test "$OUT/tei/red-book-bloc.xml" -ef "$h/tei/red-book-bloc.xml"
check "a page links its TEI and PDF in the site" \
  grep -q 'href="tei/red-book-bloc.xml"' "$h/red-book-bloc.html"
check "no page links outside html/" bash -c "! grep -l 'href=\"\.\./' '$h'/*.html"

# html/ alone, copied elsewhere (links dereferenced: a copy to a server).
cp -rL "$h" "$tmp/published"
crawl "html/ copied alone: every link still resolves" "$tmp/published"

# The checker fails on a broken link, naming it.
rm "$tmp/published/tei/red-book-bloc.xml"
set +e; python3 "$SRC/tests/e2e/site_links.py" "$tmp/published" > "$tmp/crawl.log" 2>&1; rc=$?; set -e
check "the checker fails when a download is missing" test "$rc" -eq 1
check "the checker names the broken link" grep -q 'red-book-bloc.html: <a href> -> tei/red-book-bloc.xml (missing)' "$tmp/crawl.log"
finish
