# Shared helpers of the install tests (tests/install/*.sh), on top of the e2e
# helpers (check, pass, fail, finish). Each script is run by CTest as
#   bash SCRIPT BUILD_DIR EDITIO SOURCE_DIR
# (the build folder, the program built there, the repository), and works in a
# scratch folder outside the source tree.
source "$(dirname "${BASH_SOURCE[0]}")/../e2e/lib.sh"
build_dir=$(realpath "$1") built_editio=$(realpath "$2") source_dir=$(realpath "$3")
tmp=$(mktemp -d); [ -n "${KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/work"

# run_in DIR LOG CMD...: runs CMD in DIR with EDITIO_HOME unset, its output
# (both streams) in LOG, shown indented; sets rc. run LOG CMD...: the same in
# $tmp/work, a scratch folder outside the source tree.
run() { run_in "$tmp/work" "$@"; }
run_in() {
  local dir=$1 log=$2; shift 2
  set +e
  (cd "$dir" && env -u EDITIO_HOME "$@") > "$log" 2>&1
  rc=$?
  set -e
  sed "s|^|  [$(basename "$log")] |" "$log" | cut -c1-240
}

# edition_made OUT LOG DATA: the build whose log is LOG made a TEI and HTML
# edition in OUT with the data folder DATA, found beside the program: the log
# says so, every document was built, each TEI is valid (the repository's
# schema, through xmllint) and has its HTML page showing its title.
edition_made() {
  local out=$1 log=$2 data=$3
  check "the log names the installed data folder $data" \
    grep -qxF "editio: using data from $data (installed beside the program)" "$log"
  check "exit code 0" test "$rc" -eq 0
  check "every document built, none failed" grep -qE '^editio: [1-9][0-9]* documents \([0-9]+ built, 0 failed\)' "$log"
  local teis=("$out"/tei/*.xml)
  check "TEI written" test -s "${teis[0]}"
  local tei id title
  for tei in "${teis[@]}"; do
    id=$(basename "$tei" .xml)
    [ "$id" = edition-corpus ] && continue  # the whole edition as one teiCorpus, not a document
    check "$id: TEI valid against schemas/editio.rng" \
      xmllint --noout --relaxng "$source_dir/schemas/editio.rng" "$tei"
    title=$(xpath "$tei" 'string(//*[local-name()="titleStmt"]/*[local-name()="title"][1])')
    check "$id: the TEI has a title" test -n "$title"
    check "$id: the HTML page shows its title" contains "$out/html/$id.html" "$title"
    check "$id: the index links its page" contains "$out/html/index.html" "href=\"$id.html\""
  done
}

# An edition of one's own texts, as the issue's user makes it: init a folder
# from texts the sample never had, then build in it with no --sources.
own_edition() {
  local editio=$1 data=$2
  mkdir -p "$tmp/work/texts"
  cp "$source_dir"/tests/data/unseen/texts/*.txt "$tmp/work/texts/"
  run "$tmp/init.log" "$editio" init ED texts/civil-rights-en.txt texts/revolution-1917.txt texts/tolstoy-family.txt
  check "init: exit code 0" test "$rc" -eq 0
  check "init: a manifest with one [[document]] per text" test "$(grep -c '^\[\[document\]\]' "$tmp/work/ED/manifest.toml")" -eq 3
  check "init: a starter personography" grep -q '<listPerson' "$tmp/work/ED/personography.xml"
  run_in "$tmp/work/ED" "$tmp/own.log" "$editio" build --formats tei,html --progress off
  check "build in ED: it says it builds ./manifest.toml" grep -qxF "editio: building ./manifest.toml" "$tmp/own.log"
  edition_made "$tmp/work/ED/output" "$tmp/own.log" "$data"
  check "build in ED: the three texts, not the sample" \
    test "$(ls "$tmp/work/ED/output/tei" | grep -vcx 'edition-corpus\.xml')" -eq 3
}
