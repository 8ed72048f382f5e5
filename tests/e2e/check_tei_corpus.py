#!/usr/bin/env python3
"""Checks the edition's TEI corpus against the documents it was made from.

    check_tei_corpus.py CORPUS DOCUMENT.xml...

CORPUS is tei/edition-corpus.xml; the DOCUMENTs are the per-document TEI files
in the manifest's order. It checks that
  - every xml:id of the corpus is unique;
  - every '#' token of every attribute (@ref, @target, @resp, @who, @corresp,
    @calendar, ...) names an xml:id of the corpus;
  - the corpus holds one TEI per document, with the document's xml:id, in order,
    and the same text (the string value of <text>);
  - each editor and each person the documents carry is in the corpus header
    once, and no TEI of the corpus keeps a copy of it.
Prints one line per check; exit status 1 when one fails.
"""
import sys
import xml.etree.ElementTree as ET

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
failures = 0


def report(ok, what):
    global failures
    print(("ok: " if ok else "FAIL: ") + what)
    failures += 0 if ok else 1


def ids_of(root, tag):
    """The xml:ids of the `tag` elements (TEI namespace) under root."""
    return [e.get(XML_ID) for e in root.iter(TEI + tag) if e.get(XML_ID)]


def main(corpus_path, doc_paths):
    corpus = ET.parse(corpus_path).getroot()
    report(corpus.tag == TEI + "teiCorpus", "the root is a TEI teiCorpus")

    ids = [e.get(XML_ID) for e in corpus.iter() if e.get(XML_ID)]
    repeated = sorted({i for i in ids if ids.count(i) > 1}) if len(ids) != len(set(ids)) else []
    report(not repeated, f"{len(ids)} xml:ids, each once" + (f" (repeated: {repeated[:10]})" if repeated else ""))

    known = set(ids)
    pointers, dangling = 0, []
    for e in corpus.iter():
        for name, value in e.attrib.items():
            for token in value.split():
                if token.startswith("#"):
                    pointers += 1
                    if token[1:] not in known:
                        dangling.append(f"{e.tag.replace(TEI, '')}/@{name}={token}")
    report(not dangling, f"{pointers} '#' pointers, each resolving in the file"
           + (f" (dangling: {dangling[:10]})" if dangling else ""))

    docs = [ET.parse(p).getroot() for p in doc_paths]
    teis = corpus.findall(TEI + "TEI")
    want = [d.get(XML_ID) for d in docs]
    got = [t.get(XML_ID) for t in teis]
    report(got == want, f"one TEI per document, in the manifest's order ({len(got)} of {len(want)})")
    def text_of(tei):  # white space squeezed: the corpus indents each TEI one level deeper
        return " ".join("".join(tei.find(TEI + "text").itertext()).split())
    for doc, tei in zip(docs, teis):
        same = text_of(doc) == text_of(tei)
        report(same, f"{doc.get(XML_ID)}: its text as in its own file")

    header = corpus.find(TEI + "teiHeader")
    for tag, what in (("editor", "editors"), ("person", "persons")):
        carried = {i for d in docs for i in ids_of(d, tag)}
        in_header = ids_of(header, tag)
        in_teis = [i for t in teis for i in ids_of(t, tag)]
        report(sorted(in_header) == sorted(carried) and len(in_header) == len(set(in_header)),
               f"the {len(carried)} {what} of the documents are in the corpus header, once each")
        report(not set(in_teis) & carried, f"no TEI of the corpus keeps a copy of one of the {what}")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2:]))
