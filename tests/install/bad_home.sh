#!/usr/bin/env bash
# A data folder that lacks what a run needs gives one clear line (the folder,
# why it was chosen, the missing file, what to do) and a non-zero exit code,
# never libxml2's "failed to load external entity" alone.
source "$(dirname "$0")/lib.sh"
remedy_home="pass --home a complete data folder (schemas/ and xslt/, as in an installed Editio's share/editio)"
remedy_env="set EDITIO_HOME (or --home) to a complete data folder (schemas/ and xslt/, as in an installed Editio's share/editio), or unset it"
# one_line NAME LINE: rc is 2 and the log NAME.log is exactly LINE.
one_line() {
  check "$1: exit code 2" test "$rc" -eq 2
  check "$1: the one line names the folder, the file and what to do" grep -qxF "$2" "$tmp/$1.log"
  check "$1: nothing else said" test "$(wc -l < "$tmp/$1.log")" -eq 1
  check "$1: no libxml2 error" bash -c "! grep -q 'failed to load' '$tmp/$1.log'"
}

run "$tmp/option.log" "$built_editio" build --home /nonexistent --out "$tmp/work/out" --formats tei,html
one_line option "editio: the data folder /nonexistent (given by --home) has no schemas/editio.rng (the folder does not exist); $remedy_home"
check "option: nothing written" test ! -e "$tmp/work/out"

# The program copied where no share/editio lies beside it: $EDITIO_HOME is used.
mkdir -p "$tmp/bin" && cp "$built_editio" "$tmp/bin/editio"
run "$tmp/env.log" env EDITIO_HOME=/nonexistent "$tmp/bin/editio" build --out "$tmp/work/out" --formats tei
one_line env "editio: the data folder /nonexistent (from \$EDITIO_HOME) has no schemas/editio.rng (the folder does not exist); $remedy_env"
run "$tmp/env-version.log" env EDITIO_HOME=/nonexistent "$tmp/bin/editio" --version
check "--version names \$EDITIO_HOME" grep -qxF 'editio: using data from /nonexistent (from $EDITIO_HOME)' "$tmp/env-version.log"

# A folder with the schemas but without the HTML stylesheets: HTML needs them, TEI does not.
mkdir -p "$tmp/partial/xslt" && cp -r "$source_dir/schemas" "$tmp/partial/"
run "$tmp/partial.log" "$built_editio" build --home "$tmp/partial" --sources "$source_dir/sources" \
  --out "$tmp/work/out" --formats tei,html
one_line partial "editio: the data folder $tmp/partial (given by --home) has no xslt/html/document.xsl; $remedy_home"
run "$tmp/convert.log" "$built_editio" convert --home /nonexistent "$source_dir/sources/manifest.toml"
one_line convert "editio: the data folder /nonexistent (given by --home) has no schemas/editio.rng (the folder does not exist); $remedy_home"
run "$tmp/validate.log" "$built_editio" validate --home /nonexistent "$source_dir/schemas/editio.rng"
one_line validate "editio: the data folder /nonexistent (given by --home) has no schemas/editio.rng (the folder does not exist); $remedy_home"

# The program in the build tree, with no --home or $EDITIO_HOME, uses the source tree.
run "$tmp/version.log" "$built_editio" --version
check "--version in the build tree names the source tree" \
  grep -qxF "editio: using data from $source_dir (the source tree editio was built from)" "$tmp/version.log"
finish
