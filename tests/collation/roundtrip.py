#!/usr/bin/env python3
"""The round trip of a collated document: no word of any witness is lost.

Usage: roundtrip.py MANIFEST TEI [TEI ...]

Takes an edition's manifest (TOML) and TEI documents that Editio wrote from it
(the document's id is the file's stem). For each witness of a TEI's listWit,
it reads the witness's text back from the TEI: the text of <text> (the header
left out) in document order, where each <app> gives the <lem> or <rdg> whose
@wit names the witness (parallel segmentation, as the contract of issue 25
writes it); the editor's matter (notes, corrections, regularizations,
supplied words and headings) is left out, as the source has none of it. It
tokenizes that text and the witness's file (named by the manifest) as the
collation does (words with inner apostrophes and hyphens; each run of other
non-space characters; white space separates) and compares them token for
token. The witness files are read as plain text (UTF-8): a witness in Markdown,
HTML or a word processor's format would need its reader's text instead.
Gives, per witness, "ok" or the first difference with its context;
exits 1 when a witness differs, when listWit and the manifest disagree, or
when an app names a witness not exactly once.
"""
import os
import sys
import tomllib
import unicodedata
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from tei_text import TEI  # noqa: E402

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
# The editor's matter: none of it is a witness's text.
EDITORIAL = {TEI + t for t in ("note", "corr", "reg", "expan", "supplied", "gap", "witDetail", "figDesc")}
# Elements that end a run of words: the text of one never runs into the next.
BLOCKS = {TEI + t for t in ("p", "head", "item", "l", "ab", "lg", "list", "div", "table", "row", "cell", "label",
                            "opener", "closer", "salute", "signed", "dateline", "byline", "trailer", "quote",
                            "front", "body", "back", "figure")}
# Inside a word, an apostrophe or a hyphen between two letters joins them ("don't", "wild-duck").
JOINERS = "'’-‐"


def is_word_char(c):
    """Letters, digits and marks, in any script."""
    return unicodedata.category(c)[0] in "LNM"


class Broken(Exception):
    """The TEI breaks the contract (an app that names a witness not exactly once)."""


def tokenize(text):
    """Words (with inner apostrophes and hyphens) and runs of other non-space characters; NFC."""
    text = unicodedata.normalize("NFC", text)
    tokens, i, n = [], 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        word, j = is_word_char(text[i]), i + 1
        while j < n and not text[j].isspace():
            if is_word_char(text[j]) == word:
                j += 1
            elif word and text[j] in JOINERS and j + 1 < n and is_word_char(text[j + 1]):
                j += 2
            else:
                break
        tokens.append(text[i:j])
        i = j
    return tokens


def witnesses_of(reading):
    return {w[1:] for w in reading.get("wit", "").split() if w.startswith("#")}


def app_reading(app, wit):
    """The lem or rdg of `app` that names `wit` (in rdgGrp too): exactly one, else Broken."""
    children = [g for c in app for g in (c if c.tag == TEI + "rdgGrp" else [c])]
    readings = [r for r in children if r.tag in (TEI + "lem", TEI + "rdg") and wit in witnesses_of(r)]
    if len(readings) != 1:
        raise Broken(f"app {app.get(XML_ID, '(no xml:id)')} names witness {wit} {len(readings)} times, not once")
    return readings[0]


def text_as(el, wit, out):
    """Appends to `out` the text of `el` as witness `wit` has it."""
    if el.tag == TEI + "app":
        el = app_reading(el, wit)
    if el.tag in EDITORIAL or (el.tag == TEI + "head" and el.get("type") == "supplied"):
        return
    block = el.tag in BLOCKS
    if block:
        out.append("\n")
    out.append(el.text or "")
    for child in el:
        text_as(child, wit, out)
        out.append(child.tail or "")
    if block:
        out.append("\n")


def witness_text(tei, wit):
    out = []
    text_as(tei.find(TEI + "text"), wit, out)
    return "".join(out)


def first_difference(got, want):
    """The index of the first token where the two lists differ, or None."""
    for i, (a, b) in enumerate(zip(got, want)):
        if a != b:
            return i
    return None if len(got) == len(want) else min(len(got), len(want))


def context(tokens, i, width=8):
    before = " ".join(tokens[max(0, i - width):i])
    here = tokens[i] if i < len(tokens) else "(end)"
    after = " ".join(tokens[i + 1:i + 1 + width])
    return f"… {before} [[{here}]] {after} …"


def check_document(tei_path, manifest, base_dir):
    """Checks every witness of one TEI document; gives the number of failures."""
    doc_id = os.path.splitext(os.path.basename(tei_path))[0]
    entry = next((d for d in manifest.get("document", []) if d.get("id") == doc_id), None)
    if entry is None:
        print(f"FAIL {tei_path}: the manifest has no [[document]] with id = \"{doc_id}\"")
        return 1
    declared = [w["id"] for w in entry.get("witness", [])]
    tei = ET.parse(tei_path).getroot()
    listed = [w.get(XML_ID) for w in tei.iter(TEI + "witness")]
    if listed != declared or not listed:
        print(f"FAIL {doc_id}: listWit has {listed}, the manifest {declared} (in this order)")
        return 1
    failures = 0
    for w in entry["witness"]:
        try:
            got = tokenize(witness_text(tei, w["id"]))
        except Broken as e:
            print(f"FAIL {doc_id} {w['id']}: {e}")
            failures += 1
            continue
        with open(os.path.join(base_dir, w["file"]), encoding="utf-8-sig") as f:
            want = tokenize(f.read())
        i = first_difference(got, want)
        if i is None:
            print(f"ok {doc_id} {w['id']}: {len(want)} tokens")
            continue
        failures += 1
        print(f"FAIL {doc_id} {w['id']} ({w['file']}): token {i + 1} differs\n"
              f"  TEI read as {w['id']}: {context(got, i)}\n"
              f"  witness file:      {context(want, i)}")
    return failures


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    with open(argv[1], "rb") as f:
        manifest = tomllib.load(f)
    base_dir = os.path.dirname(os.path.abspath(argv[1]))
    failures = sum(check_document(p, manifest, base_dir) for p in argv[2:])
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
