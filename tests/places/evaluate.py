#!/usr/bin/env python3
"""Scores the placeName and orgName tagging of built TEI against gold lists of mentions.

usage: evaluate.py TEI_DIR [--places GOLD.tsv] [--orgs GOLD.tsv] [--min-precision P] [--min-recall R] [-v]

Each gold line is doc<TAB>line<TAB>surface<TAB>id (tests/data/PLACES.md). For each kind (places:
placeName, orgs: orgName) and each document, the mentions the TEI has in its <text> (the element's
text as the source has it, without <corr>, and the id its @ref points to) are compared with the gold
as multisets of (surface, id): a mention is right when its text and its entry are the gold's, so
the order of mentions does not matter and a wrong @ref counts once as extra and once as missed. An
element without @ref (a form the matcher found ambiguous) is reported as "unlinked" and counted as
neither right nor extra; the gold mention it stands for is missed. Every TEI document in TEI_DIR is
scored (a document with no gold line has no mention), the teiCorpus of the edition is not.

Prints one JSON line: {"places": {"precision", "recall", "right", "extra", "missed", "unlinked"},
"orgs": {...}}; with -v, each extra, missed and unlinked mention before it. Exit 1 when a kind's
precision or recall is below its minimum, 2 on unusable input."""
import argparse
import collections
import json
import pathlib
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from tei_text import TEI, text_of  # noqa: E402

ELEMENT = {"places": "placeName", "orgs": "orgName"}


def read_gold(path):
    """doc -> Counter of (surface, id)."""
    gold = collections.defaultdict(collections.Counter)
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) != 4:
            sys.exit(f"{path}:{n}: expected doc<TAB>line<TAB>surface<TAB>id, found {len(cols)} columns")
        doc, _, surface, ref = cols
        gold[doc][(" ".join(surface.split()), ref)] += 1
    return gold


def tagged(root, element):
    """The (surface, id) of each element in the document's <text>, and the surfaces without @ref."""
    linked, unlinked = collections.Counter(), collections.Counter()
    text = root.find(TEI + "text")
    if text is None:
        return linked, unlinked
    for el in text.iter(TEI + element):
        surface = " ".join(text_of(el).split())
        refs = (el.get("ref") or "").split()
        if refs and refs[0].startswith("#"):
            linked[(surface, refs[0][1:])] += 1
        else:
            unlinked[surface] += 1
    return linked, unlinked


def documents(tei_dir):
    """doc id -> parsed root, for every TEI document (not the teiCorpus) in the folder."""
    out = {}
    for path in sorted(pathlib.Path(tei_dir).glob("*.xml")):
        root = ET.parse(path).getroot()
        if root.tag == TEI + "TEI":
            out[path.stem] = root
    return out


def score(kind, gold, docs, verbose):
    right = extra = missed = unlinked_n = 0
    for doc in sorted(set(gold) | set(docs)):
        if doc not in docs:
            print(f"{doc}: no TEI document in the output; its gold mentions count as missed", file=sys.stderr)
        got, unlinked = tagged(docs[doc], ELEMENT[kind]) if doc in docs else (collections.Counter(),) * 2
        want = gold.get(doc, collections.Counter())
        right += sum((got & want).values())
        extra += sum((got - want).values())
        missed += sum((want - got).values())
        unlinked_n += sum(unlinked.values())
        if verbose:
            for (s, ref), n in sorted((got - want).items()):
                print(f"{kind} {doc}: extra    {s!r} -> {ref} x{n}")
            for (s, ref), n in sorted((want - got).items()):
                print(f"{kind} {doc}: missed   {s!r} -> {ref} x{n}")
            for s, n in sorted(unlinked.items()):
                print(f"{kind} {doc}: unlinked {s!r} x{n}")
    precision = right / (right + extra) if right + extra else 1.0
    recall = right / (right + missed) if right + missed else 1.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "right": right, "extra": extra,
            "missed": missed, "unlinked": unlinked_n}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("tei_dir")
    ap.add_argument("--places", help="gold list of place mentions")
    ap.add_argument("--orgs", help="gold list of organisation mentions")
    ap.add_argument("--min-precision", type=float, default=0)
    ap.add_argument("--min-recall", type=float, default=0)
    ap.add_argument("-v", action="store_true", help="list each extra, missed and unlinked mention")
    a = ap.parse_args()
    if not pathlib.Path(a.tei_dir).is_dir():
        print(f"{a.tei_dir}: not a folder: give the tei/ folder of a built edition", file=sys.stderr)
        return 2
    if not (a.places or a.orgs):
        print("give --places GOLD.tsv, --orgs GOLD.tsv or both", file=sys.stderr)
        return 2
    docs = documents(a.tei_dir)
    result = {}
    for kind, path in (("places", a.places), ("orgs", a.orgs)):
        if path:
            result[kind] = score(kind, read_gold(path), docs, a.v)
    print(json.dumps(result, ensure_ascii=False))
    low = [k for k, r in result.items() if r["precision"] < a.min_precision or r["recall"] < a.min_recall]
    if low:
        print(f"below the minimum (precision {a.min_precision}, recall {a.min_recall}): {', '.join(low)}",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
