#!/usr/bin/env bash
# Installs the Debian 12 packages Editio needs to build, test and typeset.
# Idempotent: packages already present are not touched; with nothing missing it
# neither calls apt nor needs root.
set -euo pipefail

packages=(
  # build
  build-essential cmake pkg-config
  # libraries (see docs/manual/dependencies.md)
  libxml2-dev libxslt1-dev libpugixml-dev libicu-dev libtomlplusplus-dev libcli11-dev libstemmer-dev libuchardet-dev
  # the Markdown reader (src/read/markdown, front_matter): CommonMark with GitHub's tables, footnotes and
  # autolinks, with source positions (cmark-gfm and its extensions), and libyaml for the YAML front matter
  libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-dev
  # editio serve: the local web server of the editing loop (src/preview/server.cpp)
  libmicrohttpd-dev
  # the Word (.docx) and OpenDocument (.odt) readers: libzip opens their ZIP packages (src/read/zip_archive.cpp)
  libzip-dev
  # `editio names`: the language's lexicon (lang/common_words) tells a capitalized common word at a sentence
  # start from a name: Hunspell and Debian's dictionaries of the sample's languages (found at run time)
  libhunspell-dev hunspell-en-us hunspell-ru
  # tests
  libgtest-dev poppler-utils libxml2-utils xsltproc python3
  # e2e.tei_corpus: jing validates the edition's teiCorpus against the project schema and tei_all, as a second,
  # independent RelaxNG validator beside libxml2's
  jing
  # the Debian package (cpack -G DEB; tests/install/deb.sh): dpkg-shlibdeps finds its Depends
  dpkg-dev
  # the manual page: pandoc renders build/editio.1 from docs/manual/editio.1.md; man-db (man -l) reads it in the
  # man.page test; curl fetches the served site in readme.quickstart
  pandoc man-db curl
  # e2e.shards_slurm: a real single-node Slurm (slurmctld, slurmd, slurm-client) with munge for its
  # authentication, started by the test as root, runs a sharded build as a job array and the dependent merge
  slurm-wlm munge
  # e2e.shards_k8s reads the Kubernetes Jobs of deploy/k8s (YAML) to run their pods' command lines here
  python3-yaml
  # fuzz tests (tests/fuzz): clang and its libFuzzer runtime
  clang-14 libclang-rt-14-dev
  # browser tests of the HTML edition: Debian's Chromium, driven over the DevTools protocol
  chromium
  # print edition: XeLaTeX, reledmac, polyglossia, Cyrillic, a book face with Cyrillic and Latin
  texlive-xetex texlive-latex-extra texlive-humanities texlive-lang-cyrillic texlive-lang-english
  # (the HTML edition ships the same book face: fonts-linuxlibertine)
  fonts-linuxlibertine
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO=sudo; else
    echo "install-deps: need root to install: ${missing[*]}; run as root or install them yourself" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: done"
