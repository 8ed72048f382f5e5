#!/usr/bin/env python3
"""Scores the persName tagging of built TEI against a gold list of mentions.

usage: evaluate.py GOLD.tsv TEI_DIR [--min-precision P] [--min-recall R] [--min-links L] [-v]

GOLD.tsv lines: doc<TAB>line<TAB>surface<TAB>person-id (person "?" = ambiguous).
A mention is found when the document has a persName with the same text
(the source's reading, without <corr>); it is linked right when its @ref
names the gold person. Counts are compared as multisets per document, so the
order of mentions within a document does not matter. Exit 1 when a score is
below its minimum."""
import argparse
import collections
import pathlib
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from tei_text import TEI, text_of  # noqa: E402




def tagged(path):
    root = ET.parse(path).getroot()
    text = root.find(TEI + "text")
    out = []
    for el in text.iter(TEI + "persName"):
        refs = (el.get("ref") or "").split()
        ref = refs[0][1:] if refs else "?"
        out.append((" ".join(text_of(el).split()), ref))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("tei_dir")
    ap.add_argument("--min-precision", type=float, default=0)
    ap.add_argument("--min-recall", type=float, default=0)
    ap.add_argument("--min-links", type=float, default=0)
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    gold = collections.defaultdict(collections.Counter)
    for line in open(a.gold, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        doc, _, surface, person = line.rstrip("\n").split("\t")
        gold[doc][(" ".join(surface.split()), person)] += 1
    tp_m = fp_m = fn_m = tp_l = 0
    for doc in sorted(gold):
        path = pathlib.Path(a.tei_dir) / (doc + ".xml")
        got = collections.Counter(tagged(path))
        g = gold[doc]
        g_surf = collections.Counter()
        for (s, _), n in g.items():
            g_surf[s] += n
        t_surf = collections.Counter()
        for (s, _), n in got.items():
            t_surf[s] += n
        tp = sum((g_surf & t_surf).values())
        tp_m += tp
        fp_m += sum((t_surf - g_surf).values())
        fn_m += sum((g_surf - t_surf).values())
        tp_l += sum((g & got).values())
        if a.v:
            for (s, n) in (t_surf - g_surf).items():
                print(f"{doc}: extra    {s!r} x{n}")
            for (s, n) in (g_surf - t_surf).items():
                print(f"{doc}: missed   {s!r} x{n}")
            for ((s, p), n) in (got - g).items():
                if t_surf[s] and g_surf[s]:
                    print(f"{doc}: linked   {s!r} -> {p} x{n} (gold: {[q for (t, q) in g if t == s]})")
    gold_total = tp_m + fn_m
    precision = tp_m / (tp_m + fp_m) if tp_m + fp_m else 1.0
    recall = tp_m / gold_total if gold_total else 1.0
    links = tp_l / gold_total if gold_total else 1.0
    print(f"mentions: precision {precision:.3f}, recall {recall:.3f} ({tp_m} of {gold_total} found, {fp_m} extra); "
          f"links right: {links:.3f} ({tp_l} of {gold_total})")
    ok = precision >= a.min_precision and recall >= a.min_recall and links >= a.min_links
    if not ok:
        print("below the minimum scores", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
