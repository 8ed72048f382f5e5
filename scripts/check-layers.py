#!/usr/bin/env python3
"""Checks that Editio's stages depend one way (docs/ARCHITECTURE.md).

  check-layers.py SRC_DIR STAGE...

STAGE... are the folders of SRC_DIR in the order data flows through them (the
top-level CMakeLists.txt passes its list), followed by the command line (cli),
which may use them all. A source in src/S may include headers of S and of the
stages listed before S; an include of a later stage, of a folder that is not a
stage, or a folder of src/ missing from the list is reported as
file:line: what is wrong, and the exit code is 1.
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"/]+)/[^"]+"')


def main():
    src, stages = sys.argv[1], sys.argv[2:]
    rank = {s: i for i, s in enumerate(stages)}
    problems = []
    for folder in sorted(os.listdir(src)):
        if not os.path.isdir(os.path.join(src, folder)):
            continue
        if folder not in rank:
            problems.append(f"{src}/{folder}: a folder of src/ that is no stage: add it to the stages in CMakeLists.txt")
            continue
        for name in sorted(os.listdir(os.path.join(src, folder))):
            path = os.path.join(src, folder, name)
            with open(path, encoding="utf-8") as f:
                for n, line in enumerate(f, 1):
                    m = INCLUDE.match(line)
                    if not m:
                        continue
                    used = m.group(1)
                    if used not in rank:
                        problems.append(f"{path}:{n}: includes {m.group(0).split()[-1]}, of '{used}', which is no stage")
                    elif rank[used] > rank[folder]:
                        problems.append(f"{path}:{n}: stage '{folder}' includes {line.split()[-1]} of the later "
                                        f"stage '{used}': move the shared part down, or the code up")
    for p in problems:
        print(p)
    if problems:
        print(f"check-layers: {len(problems)} include(s) against the order {' < '.join(stages)}")
        return 1
    print(f"check-layers: every include follows {' < '.join(stages)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
