#!/usr/bin/env bash
# readme.size: the README stays a README (what Editio is, the quick start, links into docs/manual/): under 10 KB.
# The reference belongs in docs/manual/.
# Usage: readme_size.sh README.md
set -euo pipefail
size=$(stat -c %s "$1")
echo "$1: $size bytes (limit 10240)"
[ "$size" -lt 10240 ] || { echo "FAIL: the README is $size bytes; move reference text into docs/manual/"; exit 1; }
