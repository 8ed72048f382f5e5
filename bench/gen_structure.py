#!/usr/bin/env python3
"""Generates one-document editions whose single text grows in one structural dimension.

Each kind repeats one structure, so that doubling --scale doubles the text and
nothing else; a build that takes more than twice the time (or memory) at twice
the scale has a stage that grows faster than its input:

  list      bulleted list items, one per line ("- Letter minutes member report;")
  headings  "Chapter N: ..." headings, each followed by a paragraph
  lines     one word per line (a long run of very short blocks)
  names     a large text made of the personography's names, in sentences
            (the sample edition's personography is copied along)

  python3 bench/gen_structure.py --kind list --scale 4 --out /tmp/list-4
  python3 bench/gen_structure.py --kind names --scale 1 --out /tmp/names-1

At --scale 1: 6,250 list items, 2,500 headings, 50,000 one-word lines, 1 MB of
names. bench/growth.py imports generate() and BASE. Deterministic; Python 3
standard library only.
"""

import argparse
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SAMPLE = os.path.join(REPO, "sources")

# The unit count at --scale 1, by kind ("names": bytes of text).
BASE = {"list": 6250, "headings": 2500, "lines": 50000, "names": 1 << 20}
KINDS = tuple(BASE)

WORDS = ("archive letter committee meeting report session protocol member decision question answer "
         "statement secretary delegate telegram minutes resolution testimony document").split()

MANIFEST = """[edition]
id = "growth"
title = "Growth benchmark: {kind}"
editors = [{{ id = "ed", name = "Benchmark", role = "editor" }}]
publisher = "Editio project"
date = "2026"
licence = "CC BY 4.0"
language = "en"
{personography}
[[document]]
id = "{kind}"
file = "texts/{kind}.txt"
title = "{kind} at scale {scale}"
date = "1936"
language = "en"
"""


def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def list_text(rng, count):
    lines = ["A list of the files", "", "The following files were received:"]
    lines += [f"- {sentence(rng, 4).capitalize()};" for _ in range(count)]
    lines.append("End of the list.")
    return "\n".join(lines) + "\n"


def headings_text(rng, count):
    lines = ["A report in chapters", ""]
    for i in range(1, count + 1):
        lines += [f"Chapter {i}: The {rng.choice(WORDS)} of the {rng.choice(WORDS)}", "",
                  sentence(rng, 20).capitalize() + ".", ""]
    return "\n".join(lines)


def lines_text(rng, count):
    return "A text of one-word lines\n\n" + "\n".join(rng.choice(WORDS) for _ in range(count)) + "\n"


def person_names(path):
    """The English and Russian names of the personography, as written in running text."""
    names = []
    with open(path, encoding="utf-8") as f:
        for m in re.finditer(r"<persName[^>]*>(.*?)</persName>", f.read(), re.S):
            parts = re.findall(r"<(?:surname|forename)[^>]*>([^<]+)<", m.group(1))
            if parts:
                names.append(" ".join(parts))
                names.append(parts[-1] if "xml:lang=\"en\"" in m.group(0) else parts[0])
    return names


def names_text(rng, size, names):
    out, total = ["Names in the files", ""], 0
    while total < size:
        para = " ".join(f"{rng.choice(names)} and {rng.choice(names)} met {rng.choice(names)}."
                        for _ in range(8))
        out.append(para)
        out.append("")
        total += len(para.encode("utf-8")) + 2
    return "\n".join(out)


def generate(kind, scale, out, seed=1):
    """Writes an edition of one document of `kind` at `scale` (1, 2, 4, 8...) into `out`; returns its text path."""
    rng = random.Random(f"{seed}-{kind}")
    count = int(BASE[kind] * scale)
    os.makedirs(os.path.join(out, "texts"), exist_ok=True)
    personography = ""
    if kind == "names":
        shutil.copy(os.path.join(SAMPLE, "personography.xml"), os.path.join(out, "personography.xml"))
        personography = 'personography = "personography.xml"\n'
        text = names_text(rng, count, person_names(os.path.join(SAMPLE, "personography.xml")))
    else:
        text = {"list": list_text, "headings": headings_text, "lines": lines_text}[kind](rng, count)
    path = os.path.join(out, "texts", kind + ".txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(out, "manifest.toml"), "w", encoding="utf-8") as f:
        f.write(MANIFEST.format(kind=kind, scale=scale, personography=personography))
    return path


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kind", choices=KINDS, required=True)
    ap.add_argument("--scale", type=float, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    print(generate(a.kind, a.scale, a.out, a.seed))


if __name__ == "__main__":
    main()
