#!/usr/bin/env python3
"""The reading edition of a collated document shows its witnesses and its apparatus.

Usage: check_witness_html.py PAGE.html TEI.xml

Checks, on the page Editio wrote for the TEI document (its listWit and apps):
- the witness switch: a group of radio inputs (one name) that offers each witness
  of listWit exactly once (the witness's xml:id in the input's id or value, or
  else its siglum in the input's label);
- a popover at each app: at least as many popovers (an element whose class ends
  in "popover", or with a popover attribute or role="tooltip") holding an
  apparatus entry ("lemma ] reading siglum") as the TEI has apps;
- the apparatus list: an element whose id or class speaks of the apparatus,
  holding entries with sigla;
- the witnesses listed: every witness's siglum and description on the page.
Prints "ok: ..." or "FAIL: ..." per check; exits 1 if one failed.
"""
import re
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children, self.text = tag, dict(attrs), parent, [], []

    def all_text(self):
        """The text, with a space at each element's bounds (as a page shows a list's terms and definitions)."""
        return "".join(t if isinstance(t, str) else f" {t.all_text()} " for t in self.text)

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()

    def classes(self):
        return (self.attrs.get("class") or "").split()


class Tree(HTMLParser):
    """A forgiving DOM: enough to find elements and their text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [], None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        self.cur.text.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        self.cur.text.append(n)

    def handle_endtag(self, tag):
        n = self.cur
        while n is not self.root and n.tag != tag:
            n = n.parent
        if n is not self.root:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.text.append(data)


fails = 0


def check(what, ok, detail=""):
    global fails
    print(("ok: " if ok else "FAIL: ") + what + ("" if ok or not detail else f" ({detail})"))
    fails += 0 if ok else 1


def squeeze(s):
    return re.sub(r"\s+", " ", s).strip()


def entry_with_siglum(text, sigla):
    """An apparatus entry: a "]" followed, somewhere, by one of the sigla as a word."""
    after = text.split("]", 1)[1] if "]" in text else ""
    return any(re.search(rf"(?<![\w-]){re.escape(s)}(?![\w-])", after) for s in sigla)


def description(witness):
    """The witness's description as listWit gives it (bibl/title, or msDesc/p) up to its first comma."""
    el = witness.find(f"{TEI}bibl/{TEI}title")
    if el is None:
        el = witness.find(f"{TEI}msDesc/{TEI}p")
    return squeeze("".join(el.itertext()) if el is not None else "").split(",")[0].strip()


def main(page, tei_path):
    tei = ET.parse(tei_path).getroot()
    witnesses = [(w.get(XML_ID), w.get("n") or w.get(XML_ID), description(w)) for w in tei.iter(TEI + "witness")]
    apps = list(tei.iter(TEI + "app"))
    sigla = [s for _, s, _ in witnesses]
    tree = Tree()
    with open(page, encoding="utf-8") as f:
        tree.feed(f.read())
    nodes = list(tree.root.walk())

    groups = {}
    for n in nodes:
        if n.tag == "input" and (n.attrs.get("type") or "").lower() == "radio":
            groups.setdefault(n.attrs.get("name"), []).append(n)

    labels = {n.attrs.get("for"): squeeze(n.all_text()) for n in nodes if n.tag == "label" and n.attrs.get("for")}

    def word_in(word, text):
        return re.search(rf"(?<![A-Za-z0-9_.]){re.escape(word)}(?![A-Za-z0-9_.])", text or "") is not None

    def offers(radios, w, siglum):
        """One radio names the witness: its id or value by the witness's xml:id, or else its label by the siglum."""
        by_id = [r for r in radios if word_in(w, r.attrs.get("id")) or word_in(w, r.attrs.get("value"))]
        by_label = [r for r in radios if word_in(siglum, labels.get(r.attrs.get("id")))]
        return len(by_id) == 1 or (not by_id and len(by_label) == 1)

    def offers_each_once(radios):
        return all(offers(radios, w, siglum) for w, siglum, _ in witnesses)

    switch = [name for name, radios in groups.items() if offers_each_once(radios)]
    check(f"witness switch: a radio group offers each of the {len(witnesses)} witnesses once", bool(switch),
          f"radio groups: {sorted(str(k) for k in groups)}")

    popovers = [n for n in nodes if any(c.endswith("popover") for c in n.classes()) or "popover" in n.attrs
                or n.attrs.get("role") == "tooltip"]
    entries = [p for p in popovers if entry_with_siglum(squeeze(p.all_text()), sigla)]
    check(f"apparatus popovers: one per app ({len(apps)} apps)", len(apps) > 0 and len(entries) >= len(apps),
          f"{len(entries)} popovers with an entry")

    lists = [n for n in nodes if "apparatus" in (n.attrs.get("id") or "") + " " + (n.attrs.get("class") or "")
             and n not in popovers and entry_with_siglum(squeeze(n.all_text()), sigla)]
    check("apparatus list: a section of entries with sigla", bool(lists))

    page_text = squeeze(tree.root.all_text())
    missing = [f"{s} {d}" for _, s, d in witnesses
               if not re.search(rf"(?<![\w-]){re.escape(s)}(?![\w-])", page_text) or
               d not in page_text]
    check("the witnesses listed with sigla and descriptions", not missing, f"missing: {missing}")
    return 1 if fails else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
