#!/usr/bin/env python3
"""Dateline places of the FRUS development set: builds each volume with the gazetteer frus-places.xml and
measures how many datelines carry a placeName whose @ref is the place the dateline was written at.

usage: score_frus.py [--editio ./build/editio] [--out output/devsets/places-frus] [--volumes DIR...] [-v]
       score_frus.py --score-only ...   (score TEI already built under --out)

The volumes are ../shared/devsets/frus/<volume> (not changed): each is copied to OUT/<volume>.src with the line
`places = "frus-places.xml"` added to its [edition], built into OUT/<volume> (--formats tei) and scored.
The gold is the volume's gold.json: every line with role "dateline" and a "place" string; the string is mapped
to the entry it names by PLACE_OF below (an office and a city, "Department of State, Washington", is the city);
strings without a city ("Foreign Office") are not counted. Per document, the multiset of expected ids is compared
with the multiset of @ref of the placeName elements inside the <dateline> elements of the built TEI:
recall = expected found / expected; "extra" counts dateline placeName refs not expected (a country after its
city, "Peking, China", is one: reported, not an error); "unlinked" counts dateline placeName without @ref.
Prints one JSON line per volume and a total."""
import argparse
import collections
import json
import pathlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
TEI = "{http://www.tei-c.org/ns/1.0}"
VOLUMES = ["frus1861", "frus1897", "frus1901China", "frus1917Supp02v02", "frus1919Parisv01", "frus1925v02",
           "frus1930v01", "frus1936v03"]

# The gold's place string (its trailing comma dropped) -> the entry of frus-places.xml the dateline is written at.
PLACE_OF = {
    "Berlin": "berlin", "Washington": "washington", "London": "london", "Trinidad": "trinidad", "Paris": "paris",
    "Madrid": "madrid", "St. Petersburg": "st-petersburg", "Turin": "turin", "Berne": "berne",
    "The Hague": "the-hague", "Stockholm": "stockholm", "Lisbon": "lisbon", "Guatemala": "guatemala-city",
    "Yedo": "tokyo", "Austro-Hungarian Legation, Washington": "washington",
    "Department of State, Washington": "washington", "Legation of the United States, Petropolis": "petropolis",
    "Legation of the United States, Pekin": "peking", "Pekin": "peking",
    "Legation of the Dominican Republic, New York": "new-york",
    "Dominican Republic, Ministry of Foreign Affairs, Santo Domingo": "santo-domingo",
    "Embassy of the United States, Paris": "paris", "Imperial German Embassy, Washington": "washington",
    "Embassy of the United States, Berlin": "berlin", "Foreign Office, Berlin": "berlin",
    "Embassy of the United States, London": "london", "British Embassy, Manchester, Mass.": "manchester-mass",
    "Legation of the United States, Port an Prince, Haiti": "port-au-prince", "Trenton, N. J.": "trenton",
    "Embassy of Italy, Washington, D. C.": "washington", "Legation of the United States, Mexico": "mexico-city",
    "Department of Foreign Affairs, Mexico": "mexico-city",
    "Legation of the United States, Managua, Nicaragua": "managua", "Legation of Spain, Washington": "washington",
    "Legation of the United States, Constantinople": "constantinople", "British Embassy, Newport, R. I.": "newport-ri",
    "Legation of the United States, Peking, China": "peking", "Peking, China": "peking", "Peking": "peking",
    "Army Headquarters in East Asia, Peking, Winter Palace": "peking",
    "Commissioner of the United States to China, Peking": "peking",
    "Commissioner of the United States to China, Peking, China": "peking", "New York": "new-york",
    "Christiania": "christiania", "Rome": "rome", "Palazzo Orsini, Rome": "rome", "Versailles": "versailles",
    "Versaille": "versailles", "Quito": "quito", "Beirut": "beirut", "Akron, Ohio": "akron", "Mexico": "mexico-city",
    "Managua": "managua", "Panama": "panama-city", "Tokyo": "tokyo", "Geneva": "geneva", "Asunción": "asuncion",
    "Montevideo": "montevideo", "Guatemala City": "guatemala-city", "La Paz": "la-paz",
    "Rio de Janeiro": "rio-de-janeiro", "Cairo": "cairo", "Addis Ababa": "addis-ababa", "Baghdad": "baghdad",
}
NO_CITY = {"Foreign Office", "Embassy of the United States"}


def expected(gold_path):
    """doc -> Counter of place ids its datelines are written at."""
    out = {}
    for doc, g in json.load(open(gold_path, encoding="utf-8")).items():
        c = collections.Counter()
        for line in g["lines"]:
            place = (line.get("place") or "").rstrip(",").strip() if line.get("role") == "dateline" else ""
            if not place or place in NO_CITY:
                continue
            if place not in PLACE_OF:
                sys.exit(f"{gold_path}: {doc}: dateline place {place!r} is not in PLACE_OF: add it")
            c[PLACE_OF[place]] += 1
        out[doc] = c
    return out


def found(tei_path):
    """(Counter of @ref ids of placeName inside datelines, count of those without @ref)."""
    refs, unlinked = collections.Counter(), 0
    if not tei_path.exists():
        return refs, unlinked
    text = ET.parse(tei_path).getroot().find(TEI + "text")
    for dl in text.iter(TEI + "dateline"):
        for pn in dl.iter(TEI + "placeName"):
            ref = (pn.get("ref") or "").split()
            if ref and ref[0].startswith("#"):
                refs[ref[0][1:]] += 1
            else:
                unlinked += 1
    return refs, unlinked


def build(editio, src, out):
    """Copies the volume with the gazetteer named in its manifest and builds its TEI; False when editio fails."""
    copy = out.with_name(out.name + ".src")
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(src, copy)
    shutil.copy(HERE / "frus-places.xml", copy / "frus-places.xml")
    manifest = (copy / "manifest.toml").read_text(encoding="utf-8")
    manifest = manifest.replace("[edition]\n", '[edition]\nplaces = "frus-places.xml"\n', 1)
    (copy / "manifest.toml").write_text(manifest, encoding="utf-8")
    r = subprocess.run([editio, "build", "--sources", str(copy), "--out", str(out), "--formats", "tei",
                        "--progress", "off"], capture_output=True, text=True)
    if r.returncode not in (0, 1):
        print(f"{src.name}: editio build exited {r.returncode}: {r.stderr.strip()[-400:]}", file=sys.stderr)
        return False
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--editio", default=str(ROOT / "build" / "editio"))
    ap.add_argument("--out", default=str(ROOT / "output" / "devsets" / "places-frus"))
    ap.add_argument("--frus", default=str(ROOT.parent / "shared" / "devsets" / "frus"))
    ap.add_argument("--volumes", nargs="*", default=VOLUMES)
    ap.add_argument("--score-only", action="store_true")
    ap.add_argument("-v", action="store_true", help="list each dateline place missed")
    a = ap.parse_args()
    total = collections.Counter()
    for vol in a.volumes:
        src, out = pathlib.Path(a.frus) / vol, pathlib.Path(a.out) / vol
        if not a.score_only:
            out.parent.mkdir(parents=True, exist_ok=True)
            if not build(a.editio, src, out):
                return 2
        c = collections.Counter()
        for doc, want in sorted(expected(src / "gold.json").items()):
            got, unlinked = found(out / "tei" / (doc + ".xml"))
            c["expected"] += sum(want.values())
            c["right"] += sum((want & got).values())
            c["extra"] += sum((got - want).values())
            c["unlinked"] += unlinked
            if a.v:
                for ref, n in (want - got).items():
                    print(f"{vol} {doc}: missed {ref} x{n} (dateline refs: {dict(got) or 'none'})")
        total.update(c)
        recall = c["right"] / c["expected"] if c["expected"] else 1.0
        print(json.dumps({"volume": vol, "dateline_place_recall": round(recall, 4), **c}))
    recall = total["right"] / total["expected"] if total["expected"] else 1.0
    print(json.dumps({"volume": "total", "dateline_place_recall": round(recall, 4), **total}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
