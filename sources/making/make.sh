#!/bin/sh
# How the sample's Word document was made: written by the editors as Markdown,
# saved as .docx by pandoc (Debian's pandoc 2.17), so that the edition shows
# Editio reading a Word file with footnotes. Run from sources/: sh making/make.sh
set -e
pandoc -f markdown -t docx -o texts/kratkaya-spravka.docx making/kratkaya-spravka.md
