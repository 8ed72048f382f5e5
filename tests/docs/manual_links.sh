#!/usr/bin/env bash
# manual.links: every relative link of README.md and docs/manual/*.md names a file that exists, and every link to
# a "#fragment" names a heading of its target file (GitHub's anchors: lower case, punctuation dropped, spaces as -).
# Usage: manual_links.sh REPOSITORY
set -euo pipefail
cd "$1"
python3 - README.md docs/manual/*.md <<'PY'
import os, re, sys
def anchors(path):
    out = set()
    for line in open(path, encoding="utf-8"):
        m = re.match(r"#+ (.*)", line)
        if m:
            out.add(re.sub(r"[^\w\- ]", "", m.group(1).strip().lower()).replace(" ", "-"))
    return out
bad = n = 0
for f in sys.argv[1:]:
    text = re.sub(r"```.*?```", "", open(f, encoding="utf-8").read(), flags=re.S)
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target):
            continue
        n += 1
        path, _, frag = target.partition("#")
        full = os.path.normpath(os.path.join(os.path.dirname(f), path)) if path else f
        if not os.path.exists(full):
            print(f"FAIL: {f}: link to {target}: {full} does not exist"); bad += 1
        elif frag and full.endswith(".md") and frag not in anchors(full):
            print(f"FAIL: {f}: link to {target}: no heading '#{frag}' in {full}"); bad += 1
print(f"{n} relative links checked, {bad} broken")
sys.exit(1 if bad else 0)
PY
