#!/usr/bin/env bash
# Regenerates the Word and OpenDocument fixtures of tests/unit/office_reader_test.cpp
# from the Markdown beside them, with pandoc (Debian's; scripts/install-deps.sh):
#   sample.md -> sample.docx, sample.odt: a title, two heading levels, italics, bold, a link,
#                a bulleted and a numbered list, a block quotation, a table, two footnotes
#   figure.md -> figure.docx, figure.odt: a paragraph holding only an image (ship.png, 1x1 pixel)
# The variants with a comment, a tracked deletion, a broken part or a ZIP bomb are
# written by the test itself (libzip), from sample.docx, so that each reads as an example.
# Usage: tests/data/office/make.sh   (run it again after editing the Markdown; commit the results)
set -euo pipefail
cd "$(dirname "$0")"
export SOURCE_DATE_EPOCH=0  # fixed timestamps in docProps/core.xml and meta.xml
if [ ! -f ship.png ]; then
  # the smallest valid PNG: one white pixel
  base64 -d > ship.png <<'PNG'
iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC
PNG
fi
for name in sample figure; do
  for ext in docx odt; do
    pandoc --from markdown --output "$name.$ext" "$name.md"
    echo "make.sh: $name.$ext"
  done
done
