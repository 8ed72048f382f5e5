#!/usr/bin/env bash
# [html] base_url: where the site is published. With it, every page has a
# canonical link to its address there, a document's citation gives that
# address and its TEI names it (publicationStmt/idno type="URL"); changing
# it makes the pages again. Without it, no canonical link and a citation
# without an address. A base_url that is not an absolute http(s) address is
# refused at its line:column and nothing is built.
source "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/ed/texts"
printf 'A first paragraph.\n\nA second paragraph.\n' > "$tmp/ed/texts/letter-en.txt"
# The manifest: [edition] first, then [html] (its lines given), then the documents.
write_manifest() {
  edition "$tmp/ed"
  [ $# -eq 0 ] && return
  awk -v html="$(printf '[html]\n%s' "$*")" '/^\[\[document\]\]/ && !done {print html; done = 1} {print}' \
    "$tmp/ed/manifest.toml" > "$tmp/m" && mv "$tmp/m" "$tmp/ed/manifest.toml"
}
h=$tmp/ed.out/html
page=$h/letter-en.html

write_manifest 'base_url = "https://example.org/edition"'
build ed
check "with base_url: the build succeeds" test "$rc" -eq 0
check "the document page's canonical link" grep -q '<link rel="canonical" href="https://example.org/edition/letter-en.html">' "$page"
check "the index's canonical link" grep -q '<link rel="canonical" href="https://example.org/edition/index.html">' "$h/index.html"
check "the search page's canonical link" grep -q '<link rel="canonical" href="https://example.org/edition/search.html">' "$h/search.html"
check "the citation gives the absolute address" \
  grep -q '<span class="cite-url"><a href="https://example.org/edition/letter-en.html">https://example.org/edition/letter-en.html</a></span>' "$page"
check "the TEI names the page's address" \
  grep -q '<idno type="URL">https://example.org/edition/letter-en.html</idno>' "$tmp/ed.out/tei/letter-en.xml"
check "the TEI with the address is valid" "$EDITIO" validate "$tmp/ed.out/tei/letter-en.xml"

write_manifest 'base_url = "https://example.net/other/"'
build ed
check "base_url changed: the page is made again with the new address" \
  grep -q '<link rel="canonical" href="https://example.net/other/letter-en.html">' "$page"
check "base_url changed: the index too" grep -q 'href="https://example.net/other/index.html"' "$h/index.html"

write_manifest
build ed
check "without base_url: no canonical link" bash -c "! grep -q 'rel=\"canonical\"' '$page' '$h/index.html'"
check "without base_url: the citation has no address" bash -c "! grep -q 'cite-url' '$page'"
check "without base_url: the TEI names no address" bash -c "! grep -q 'type=\"URL\"' '$tmp/ed.out/tei/letter-en.xml'"

write_manifest 'base_url = "edition/"'
rm -rf "$tmp/ed.out"
build ed
line=$(grep -n '^base_url' "$tmp/ed/manifest.toml" | cut -d: -f1)
check "a relative base_url: the build fails" test "$rc" -ne 0
check "a relative base_url: refused at its line:column" \
  grep -q "manifest.toml:$line:12: error: \[html\]: base_url 'edition/' cannot be used: it must be an absolute address" "$tmp/ed.log"
check "a relative base_url: nothing is built" test ! -e "$h/letter-en.html"
finish
