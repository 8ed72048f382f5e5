# Shared helpers for the end-to-end tests. Each test script sources this file.
# Variables from CTest: EDITIO (the binary), OUT (the sample edition's output),
# SRC (the repository), TEI_ALL (official schema path).
set -euo pipefail
fails=0
pass() { echo "ok: $*"; }
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
# check "description" command...: passes when the command succeeds
check() { local what=$1; shift; if "$@" >/dev/null 2>&1; then pass "$what"; else fail "$what"; fi; }
contains() { grep -qF -- "$2" "$1"; }
xpath() { xmllint --xpath "$2" "$1" 2>/dev/null; }
finish() {
  if [ "$fails" -gt 0 ]; then echo "$fails check(s) failed"; exit 1; fi
  echo "all checks passed"
}

# edition DIR [extra [edition] lines]: a manifest with one [[document]] per
# file in DIR/texts (id = file stem, language from the stem's suffix -ru/-en).
edition() {
  local dir=$1; shift
  {
    echo '[edition]'
    echo 'title = "Test edition"'
    echo 'editors = [{ id = "ed", name = "E" }]'
    echo 'publisher = "P"'
    echo 'licence = "CC0"'
    for l in "$@"; do echo "$l"; done
    for f in "$dir"/texts/*; do
      local id; id=$(basename "${f%.*}")
      local lang=en; [[ $id == *-ru* ]] && lang=ru
      printf '[[document]]\nid = "%s"\nfile = "texts/%s"\ntitle = "%s"\nlanguage = "%s"\n' \
        "$id" "$(basename "$f")" "$id" "$lang"
    done
  } > "$dir/manifest.toml"
}

# build NAME [args]: builds $tmp/NAME into $tmp/NAME.out with --formats ${FORMATS:-tei,html}; sets rc; the log is
# $tmp/NAME.log, shown indented. logged NAME REGEX: the log says so.
build() {
  local name=$1; shift
  set +e
  "$EDITIO" build --sources "$tmp/$name" --out "$tmp/$name.out" --formats "${FORMATS:-tei,html}" --progress off "$@" \
    > "$tmp/$name.log" 2>&1
  rc=$?
  set -e
  sed "s|^|  [$name] |" "$tmp/$name.log" | cut -c1-240
}
logged() { grep -qE -- "$2" "$tmp/$1.log"; }
