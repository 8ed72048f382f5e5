#!/usr/bin/env python3
"""The editing loop's benchmark: one [[correction]] changed in a 100-document edition.

  python3 bench/editing_loop.py --editio build/editio [--size 10MB] [--formats tei,html,tex] [--work DIR]

Generates an edition with bench/gen_corpus.py (--size 10MB gives about 100
documents; cached in WORK/corpus-<size>), gives it an editor's layer with one
[[correction]] per document (the first long word of its text, corrected to
itself in capitals), builds it into a fresh output folder (the full build),
changes the [[correction]] of one document, and builds again (the rebuild).
Reports, for both builds, the documents rebuilt and reused (from editio's
summary line), whether the whole-edition book was made, and the wall seconds
measured from the outside. Only the rebuild's count is a property of Editio
(1 rebuilt); the seconds depend on the machine and its load (printed too).
Python 3.11 standard library only.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
WORD = re.compile(r"\b[^\W\d_]{7,}\b")


def corpus(args):
    cached = os.path.join(args.work, f"corpus-{args.size}")
    if not os.path.exists(os.path.join(cached, "manifest.toml")):
        subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), "--size", args.size, "--out", cached],
                       check=True, stdout=subprocess.DEVNULL)
    return cached


def add_layer(edition):
    """One [[correction]] per document; the manifest names the layer. Returns the document ids."""
    manifest = os.path.join(edition, "manifest.toml")
    with open(manifest, encoding="utf-8") as f:
        text = f.read()
    ids = re.findall(r'^id = "(gen-[^"]+)"', text, re.M)
    entries = []
    for doc in ids:
        with open(os.path.join(edition, "texts", doc + ".txt"), encoding="utf-8") as f:
            m = WORD.search(f.read())
        if m:
            entries.append(f'[[correction]]\ndocument = "{doc}"\ntext = "{m.group(0)}"\noccurrence = 1\n'
                           f'corr = "{m.group(0).upper()}"\n')
    with open(os.path.join(edition, "editorial.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(entries))
    with open(manifest, "w", encoding="utf-8") as f:
        f.write(text.replace("[edition]\n", '[edition]\neditorial = "editorial.toml"\n', 1))
    return ids


def change_one_correction(edition):
    """The first [[correction]]'s reading changes; returns its document."""
    path = os.path.join(edition, "editorial.toml")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    doc = re.search(r'^document = "([^"]+)"', text, re.M).group(1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(re.sub(r'^corr = "([^"]*)"', r'corr = "\1 (revised)"', text, count=1, flags=re.M))
    return doc


def build(args, edition, out, label):
    cmd = [args.editio, "build", "--sources", edition, "--out", out, "--formats", args.formats, "--progress", "off"]
    start = time.monotonic()
    run = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.monotonic() - start
    with open(os.path.join(args.work, label + ".log"), "w", encoding="utf-8") as f:
        f.write(run.stdout + run.stderr)
    m = re.search(r"editio: (\d+) documents \((\d+) built, (?:(\d+) unchanged, )?(\d+) failed\)", run.stdout)
    if not m:
        sys.exit(f"editio-loop bench: no summary line in {label}.log (exit {run.returncode})")
    book = "reused" if "book (print/edition.*): reused" in run.stdout else \
        ("not made" if "not made (--no-book)" in run.stdout or "tex" not in args.formats else "made")
    return {"documents": int(m.group(1)), "rebuilt": int(m.group(2)), "reused": int(m.group(3) or 0),
            "failed": int(m.group(4)), "book": book, "seconds": round(seconds, 2), "exit": run.returncode}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--editio", default=os.path.join(HERE, "..", "build", "editio"))
    ap.add_argument("--size", default="10MB", help="of the generated corpus (10MB: about 100 documents)")
    ap.add_argument("--formats", default="tei,html,tex", help="as editio build --formats")
    ap.add_argument("--work", default="/tmp/editio-bench-loop")
    ap.add_argument("--out", help="write the numbers as JSON here too")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    edition = os.path.join(args.work, "edition")
    out = os.path.join(args.work, "out")
    for d in (edition, out):
        shutil.rmtree(d, ignore_errors=True)
    shutil.copytree(corpus(args), edition)
    add_layer(edition)
    full = build(args, edition, out, "full")
    doc = change_one_correction(edition)
    one = build(args, edition, out, "one-correction")
    load = os.getloadavg()[0]
    result = {"formats": args.formats, "changed_document": doc, "full": full, "one_correction": one,
              "load_average": round(load, 1), "cpus": os.cpu_count()}
    print(f"editing loop, {full['documents']} documents, --formats {args.formats} "
          f"(load average {load:.1f} on {os.cpu_count()} CPUs):")
    print(f"  full build:            {full['rebuilt']} rebuilt, {full['reused']} reused, book {full['book']}, "
          f"{full['seconds']} s")
    print(f"  one [[correction]] of {doc}: {one['rebuilt']} rebuilt, {one['reused']} reused, "
          f"book {one['book']}, {one['seconds']} s")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=2)
    return 0 if one["rebuilt"] == 1 and full["exit"] == 0 and one["exit"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
