#!/usr/bin/env bash
# The Debian package: `cpack -G DEB` makes editio_<version>_amd64.deb, whose
# fields are right for this system (every package it depends on is one
# installed here) and whose files, unpacked with dpkg into a scratch root,
# build the bundled sample edition from a folder outside the source tree.
source "$(dirname "$0")/lib.sh"
version=$("$built_editio" --version | head -1 | cut -d' ' -f2)
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$tmp/pkg" > "$tmp/cpack.log" 2>&1 || cat "$tmp/cpack.log"
deb=$tmp/pkg/editio_${version}_amd64.deb
check "editio_${version}_amd64.deb made" test -s "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
check "Package: editio" test "$(field Package)" = editio
check "Version: $version (the program's)" test "$(field Version)" = "$version"
check "Architecture: amd64" test "$(field Architecture)" = amd64
check "Maintainer, Section and Description set" test -n "$(field Maintainer)" -a -n "$(field Section)" -a -n "$(field Description)"
depends=$(field Depends)
echo "  Depends: $depends"
echo "  Recommends: $(field Recommends)"
for lib in libxml2 libxslt1.1 libuchardet0 libstemmer0d; do
  check "Depends names $lib (dpkg-shlibdeps)" grep -qE "(^|, )$lib( |,|$)" <<< "$depends"
done
# Each dependency (the first of alternatives) is a package installed here.
for p in $(tr ',' '\n' <<< "$depends" | sed -E 's/\|.*//; s/\(.*\)//; s/ //g'); do
  check "dependency $p is installed here" bash -c "dpkg -s '$p' 2>/dev/null | grep -qx 'Status: install ok installed'"
done
for p in texlive-xetex fonts-linuxlibertine hunspell-en-us hunspell-ru; do
  check "Recommends $p" grep -qE "(^|, )$p(,|$)" <<< "$(field Recommends)"
done

dpkg-deb -c "$deb" | awk '{print $NF}' > "$tmp/contents"
for f in ./usr/bin/editio ./usr/share/editio/xslt/html/document.xsl ./usr/share/editio/xslt/latex/document.xsl \
         ./usr/share/editio/schemas/editio.rng ./usr/share/editio/sources/manifest.toml; do
  check "the package holds $f" grep -qxF "$f" "$tmp/contents"
done
check "only usr/ in the package" test -z "$(grep -v '^\./$' "$tmp/contents" | grep -v '^\./usr/')"

dpkg -x "$deb" "$tmp/root"
r=$tmp/root/usr
run "$tmp/build.log" "$r/bin/editio" build --sources "$r/share/editio/sources" --out "$tmp/work/out" \
  --formats tei,html --progress off
edition_made "$tmp/work/out" "$tmp/build.log" "$r/share/editio"
own_edition "$r/bin/editio" "$r/share/editio"
finish
