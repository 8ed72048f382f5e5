#!/usr/bin/env python3
"""Scores the date tagging of built TEI against a gold list of date mentions.

usage: evaluate.py GOLD.tsv TEI_DIR [--min-precision P] [--min-recall R]
                   [--min-explicit E] [--min-inferred I] [-v]

GOLD.tsv lines: doc<TAB>line<TAB>surface<TAB>value<TAB>basis, where value is
"when=1929-10-21" or "from=1930 to=1932"... and basis "explicit" or
"inferred" (the year or month comes from context). The conventions are in
tests/data/DATES.md.

A gold mention is found when the document has a <date> in its text with the
same words (leading prepositions and articles aside), or, failing that, one
whose words contain the gold's or are contained in them (a weekday before a
date, "числа" after it). Counts are multisets per document: order does not
matter (notes stand at their call sites in the TEI, at the end in the source).
Its value is right when the TEI date has exactly the gold's attributes among
when, from, to, notBefore, notAfter and their -custom forms. Exit 1 when a
score is below its minimum."""
import argparse
import collections
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from tei_text import TEI, text_of  # noqa: E402

VALUE_ATTRS = ("when", "from", "to", "notBefore", "notAfter",
               "when-custom", "from-custom", "to-custom", "notBefore-custom", "notAfter-custom")
LEADING = {"в", "во", "с", "со", "по", "до", "к", "ко", "на", "от", "in", "on", "from", "of", "the", "by",
           "since", "until", "till", "to", "at", "during", "early"}



def norm(s):
    s = " ".join(s.replace("\u00a0", " ").split())
    return s.strip(" ,.;:()")


def tagged(path):
    root = ET.parse(path).getroot()
    out = []
    # a date the editor supplies for an undated text is not in the source
    supplied = {id(d) for sup in root.iter(TEI + "supplied") for d in sup.iter(TEI + "date")}
    for el in root.find(TEI + "text").iter(TEI + "date"):
        if id(el) in supplied:
            continue
        value = " ".join(f"{a}={el.get(a)}" for a in VALUE_ATTRS if el.get(a) is not None)
        out.append((norm(text_of(el)), value, el.get("cert")))
    return out


def words(s):
    return re.findall(r"\w+", s.lower())


def contains(a, b):
    """The words of b appear in a, in order and together."""
    wa, wb = words(a), words(b)
    if not wb:
        return False
    for i in range(len(wa) - len(wb) + 1):
        if wa[i:i + len(wb)] == wb:
            return True
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("tei_dir")
    ap.add_argument("--min-precision", type=float, default=0)
    ap.add_argument("--min-recall", type=float, default=0)
    ap.add_argument("--min-explicit", type=float, default=0)
    ap.add_argument("--min-inferred", type=float, default=0)
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    gold = collections.defaultdict(list)
    for line in open(a.gold, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        doc, ln, surface, value, basis = line.rstrip("\n").split("\t")
        gold[doc].append((norm(surface), value, basis, ln))
    tp = fp = fn = 0
    right = {"explicit": 0, "inferred": 0}
    total = {"explicit": 0, "inferred": 0}
    for doc in sorted(gold):
        path = pathlib.Path(a.tei_dir) / (doc + ".xml")
        got = tagged(path)
        used = [False] * len(got)
        pairs = []
        missing = []
        # exact surfaces first, then containment either way
        pending = []
        for g in gold[doc]:
            for i, t in enumerate(got):
                if not used[i] and t[0] == g[0]:
                    used[i] = True
                    pairs.append((g, t))
                    break
            else:
                pending.append(g)
        for g in pending:
            for i, t in enumerate(got):
                if not used[i] and (contains(t[0], g[0]) or contains(g[0], t[0])):
                    used[i] = True
                    pairs.append((g, t))
                    break
            else:
                missing.append(g)
        extra = [t for i, t in enumerate(got) if not used[i]]
        tp += len(pairs)
        fn += len(missing)
        fp += len(extra)
        for g, t in pairs:
            total[g[2]] += 1
            if t[1] == g[1]:
                right[g[2]] += 1
            elif a.v:
                print(f"{doc}:{g[3]}: value {g[0]!r}: got {t[1]!r} cert={t[2]}, gold {g[1]!r} ({g[2]})")
        if a.v:
            for g in missing:
                print(f"{doc}:{g[3]}: missed {g[0]!r} ({g[1]})")
            for t in extra:
                print(f"{doc}: extra {t[0]!r} ({t[1]})")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    ex = right["explicit"] / total["explicit"] if total["explicit"] else 1.0
    inf = right["inferred"] / total["inferred"] if total["inferred"] else 1.0
    print(f"dates: precision {precision:.3f}, recall {recall:.3f} ({tp} of {tp + fn} found, {fp} extra); "
          f"values right: explicit {ex:.3f} ({right['explicit']} of {total['explicit']}), "
          f"inferred {inf:.3f} ({right['inferred']} of {total['inferred']})")
    ok = (precision >= a.min_precision and recall >= a.min_recall and ex >= a.min_explicit
          and inf >= a.min_inferred)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
