#!/usr/bin/env bash
# The evaluator on a small TEI whose right answer is known (tests/places/fixture): places are right for Москвы and
# Moscow, wrong for Paris (@ref #berlin: one extra and one missed), Urga has no @ref (unlinked, missed), Berlin is
# not tagged (missed): precision 2/3, recall 2/5. Orgs: both right (the source's reading, Centrl, without <corr>),
# Comintern is extra: precision 2/3, recall 1. A minimum above a score exits 1.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ev() { python3 "$here/evaluate.py" "$here/fixture/tei" --places "$here/fixture/places.tsv" --orgs "$here/fixture/orgs.tsv" "$@"; }
got=$(ev)
want='{"places": {"precision": 0.6667, "recall": 0.4, "right": 2, "extra": 1, "missed": 3, "unlinked": 1}, "orgs": {"precision": 0.6667, "recall": 1.0, "right": 2, "extra": 1, "missed": 0, "unlinked": 0}}'
[ "$got" = "$want" ] || { echo "FAIL: scores"; echo " got: $got"; echo "want: $want"; exit 1; }
ev --min-precision 0.6 --min-recall 0.4 > /dev/null || { echo "FAIL: scores at their minimum must pass"; exit 1; }
if ev --min-recall 0.5 > /dev/null 2>&1; then echo "FAIL: recall 0.4 under a minimum of 0.5 must fail"; exit 1; fi
verbose=$(ev -v)
grep -qF "places letter: missed   'Berlin' -> berlin x1" <<< "$verbose" || { echo "FAIL: -v lists the missed mention"; exit 1; }
echo "all checks passed"
