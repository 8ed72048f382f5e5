#!/usr/bin/env bash
# `cmake --install BUILD --prefix P` gives a tree that works when P is moved:
# the moved program finds its data in P/share/editio, says so, and builds the
# bundled sample edition from a folder outside the source tree.
source "$(dirname "$0")/lib.sh"
cmake --install "$build_dir" --prefix "$tmp/p1" > "$tmp/install.log"
mv "$tmp/p1" "$tmp/moved"
p=$tmp/moved
check "bin/editio installed" test -x "$p/bin/editio"
for f in schemas/editio.rng schemas/editio.sch xslt/html/document.xsl xslt/latex/document.xsl xslt/labels.xml \
         sources/manifest.toml; do
  check "share/editio/$f installed" test -s "$p/share/editio/$f"
done
check "nothing of the build tree: no static library, no test" \
  test -z "$(find "$p" -path "$p/share/doc/editio/manual" -prune -o \( -name '*.a' -o -name '*test*' -o -name CMakeFiles \) -print)"
check "the manual installed" test -s "$p/share/doc/editio/manual/commands.md"
check "no developer's script" test ! -e "$p/share/editio/schemas/regenerate.sh" -a ! -e "$p/share/editio/xslt/tools"

check "the manual page installed" test -s "$p/share/man/man1/editio.1"
man -l "$p/share/man/man1/editio.1" 2>/dev/null | col -b > "$tmp/man.txt" || true
check "man shows the manual: its NAME line" grep -qE "^ *editio +- make" "$tmp/man.txt"
check "man shows the manual: the init command" grep -q "editio init" "$tmp/man.txt"

run "$tmp/version.log" "$p/bin/editio" --version
check "--version names the installed data" \
  grep -qxF "editio: using data from $p/share/editio (installed beside the program)" "$tmp/version.log"

run "$tmp/build.log" "$p/bin/editio" build --sources "$p/share/editio/sources" --out "$tmp/work/out" \
  --formats tei,html --progress off
edition_made "$tmp/work/out" "$tmp/build.log" "$p/share/editio"
own_edition "$p/bin/editio" "$p/share/editio"

# An incomplete installation: the one line names the folder and the file, and says to reinstall.
rm "$p/share/editio/xslt/html/document.xsl"
run "$tmp/broken.log" "$p/bin/editio" build --sources "$p/share/editio/sources" --out "$tmp/work/out2" \
  --formats tei,html
check "incomplete install: exit code 2" test "$rc" -eq 2
check "incomplete install: one line naming the folder, the file and what to do" \
  grep -qxF "editio: the data folder $p/share/editio (installed beside the program) has no xslt/html/document.xsl; the installation is incomplete: reinstall Editio, or set EDITIO_HOME or --home to a complete data folder" "$tmp/broken.log"
check "incomplete install: nothing else said" test "$(wc -l < "$tmp/broken.log")" -eq 1
finish
