#!/usr/bin/env python3
"""Generates editions that grow in one dimension: notes, or persons and mentions.

Each function writes a complete edition (manifest.toml, texts/, and for the
persons a personography.xml) into a folder and returns the path of its one
text; bench/growth.py (or anything else) can import them:

  notes_edition(out, n, calls=True)     one document with n notes: a paragraph
                                         with the call [k] for each, then the
                                         bodies [k] ... after the text;
                                         calls=False: the bodies only
  persons_edition(out, persons, mentions)
                                         a personography of `persons` random
                                         persons (English forms) and one text
                                         naming `mentions` distinct ones of them

Run as a script, it measures how the time of one `editio build --stats` grows
at 1x, 2x, 4x and 8x of each dimension and prints a table (CPU seconds of the
editio process and the stage times of its --stats):

  python3 bench/gen_notes_persons.py --editio build/editio [--work /tmp/np] [--only notes]

Deterministic: the same arguments and --seed give the same bytes. Note numbers
have at most four digits (a five-digit "[10000]" is not a note call), so a
document has at most 9,999 notes.
"""

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import time

WORDS = ("the committee considered report letter meeting question answer members work party "
         "year city house paper time group after before during about against under over "
         "and with from into upon once again often never always new old long short").split()
SYLLABLES = ("ba be bo da de do fa fe ga go ha ke ko la le lo ma me mo na ne no pa pe po ra re ro "
             "sa se so ta te to va ve vo za ze zo").split()
FORENAMES = ("Adam Alice Bernard Clara Daniel Edith Felix Greta Henry Irene Jonas Karin Louis Marta "
             "Nils Olga Peter Rosa Simon Tilda Victor Wanda").split()


def _prose(rng, words):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:]


def _manifest(out, doc_id, personography=False):
    lines = ['[edition]', 'id = "growth"', 'title = "Growth benchmark"',
             'editors = [{ id = "ed", name = "Bench editor", role = "editor" }]',
             'publisher = "Editio bench"', 'licence = "CC0"', 'language = "en"']
    if personography:
        lines.append('personography = "personography.xml"')
    lines += ['', '[[document]]', f'id = "{doc_id}"', f'file = "texts/{doc_id}.txt"',
              f'title = "Generated document {doc_id}"', 'date = "2026"', 'language = "en"', '']
    with open(os.path.join(out, "manifest.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def _fresh(out):
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(os.path.join(out, "texts"))


def notes_edition(out, n, calls=True, seed=1):
    """One document with n notes (1 <= n <= 9999); returns the text's path."""
    if not 1 <= n <= 9999:
        raise ValueError("a document has 1 to 9,999 numbered notes")
    rng = random.Random(seed)
    _fresh(out)
    doc_id = "notes-calls" if calls else "notes-bodies"
    paras = []
    for k in range(1, n + 1):
        paras.append(_prose(rng, 12) + (f" [{k}] " if calls else " ") + _prose(rng, 8) + ".")
    bodies = [f"[{k}] {_prose(rng, 14)}." for k in range(1, n + 1)]
    path = os.path.join(out, "texts", doc_id + ".txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(paras) + "\n\n\n" + "\n\n".join(bodies) + "\n")
    _manifest(out, doc_id)
    return path


def _surnames(rng, count):
    seen = set()
    while len(seen) < count:
        s = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((3, 4)))) + rng.choice(("v", "n", "k", "r"))
        seen.add(s.capitalize())
    return sorted(seen)


def persons_edition(out, persons, mentions, seed=1):
    """A personography of `persons` persons and a text naming `mentions` distinct ones; returns the text's path."""
    if mentions > persons:
        raise ValueError("mentions must not exceed persons (each mention names another person)")
    rng = random.Random(seed)
    _fresh(out)
    surnames = _surnames(rng, persons)
    rng.shuffle(surnames)
    people = [(f"p{i:06d}", rng.choice(FORENAMES), s) for i, s in enumerate(surnames)]
    with open(os.path.join(out, "personography.xml"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">\n'
                "<teiHeader><fileDesc><titleStmt><title>Generated personography</title></titleStmt>"
                "<publicationStmt><p>Editio bench</p></publicationStmt><sourceDesc><p>Generated</p></sourceDesc>"
                "</fileDesc></teiHeader>\n<text><body><listPerson>\n")
        for pid, fore, sur in people:
            sex = "F" if fore in ("Alice", "Clara", "Edith", "Greta", "Irene", "Karin", "Marta", "Olga", "Rosa",
                                  "Tilda", "Wanda") else "M"
            f.write(f'<person xml:id="{pid}" sex="{sex}"><persName type="reg" xml:lang="en">'
                    f"<forename>{fore}</forename> <surname>{sur}</surname></persName>"
                    f"<note>Generated person {pid}.</note></person>\n")
        f.write("</listPerson></body></text>\n</TEI>\n")
    named = rng.sample(people, mentions)
    paras, sentences = [], []
    for _, fore, sur in named:
        sentences.append(f"{_prose(rng, 5)} {fore} {sur} {' '.join(rng.choice(WORDS) for _ in range(4))}.")
        if len(sentences) == 4:
            paras.append(" ".join(sentences))
            sentences = []
    if sentences:
        paras.append(" ".join(sentences))
    path = os.path.join(out, "texts", "persons.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(paras) + "\n")
    _manifest(out, "persons", personography=True)
    return path


def run_build(editio, sources, out, formats):
    """Runs one build; returns (cpu seconds, wall seconds, stages dict, exit code)."""
    shutil.rmtree(out, ignore_errors=True)
    stats = out + ".stats.json"
    cmd = [editio, "build", "--sources", sources, "--out", out, "--formats", formats, "--stats", stats, "--jobs", "1"]
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - t0
    stages = {}
    try:
        with open(stats, encoding="utf-8") as f:
            data = json.load(f)
        stages = {k: v for k, v in data.get("stages", data).items() if isinstance(v, (int, float))}
    except (OSError, ValueError):
        pass
    return usage.ru_utime + usage.ru_stime, wall, stages, os.waitstatus_to_exitcode(status)


SERIES = {
    "notes": ("notes with calls", lambda d, k: notes_edition(d, 1200 * k, calls=True), 1200),
    "bodies": ("note bodies, no calls", lambda d, k: notes_edition(d, 1200 * k, calls=False), 1200),
    "persons": ("persons in the personography (1,460 mentions)",
                lambda d, k: persons_edition(d, 12500 * k, 1460), 12500),
    "mentions": ("mentions (100,000 persons)", lambda d, k: persons_edition(d, 100000, 730 * k), 730),
}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--editio", required=True)
    ap.add_argument("--work", default="/tmp/editio-np")
    ap.add_argument("--only", default=",".join(SERIES), help="comma-separated: " + ", ".join(SERIES))
    ap.add_argument("--factors", default="1,2,4,8")
    ap.add_argument("--formats", default="tei")
    ap.add_argument("--json", help="write the raw numbers here")
    args = ap.parse_args()
    factors = [int(x) for x in args.factors.split(",")]
    results = []
    print("| series | size | CPU s | ratio | wall s | stages (s) |\n|---|---|---|---|---|---|")
    for key in args.only.split(","):
        title, make, unit = SERIES[key]
        prev = None
        for k in factors:
            src = os.path.join(args.work, f"{key}-{k}")
            make(src, k)
            cpu, wall, stages, rc = run_build(args.editio, src, src + "-out", args.formats)
            ratio = f"{cpu / prev:.2f}" if prev else ""
            prev = cpu
            top = ", ".join(f"{s} {v:.2f}" for s, v in sorted(stages.items(), key=lambda kv: -kv[1])[:4])
            print(f"| {title} | {unit * k:,} | {cpu:.2f} | {ratio} | {wall:.2f} | {top} |"
                  + ("" if rc == 0 else f" exit {rc}"), flush=True)
            results.append({"series": key, "size": unit * k, "cpu": cpu, "wall": wall, "stages": stages, "exit": rc})
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1)
    return 0 if all(r["exit"] == 0 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
