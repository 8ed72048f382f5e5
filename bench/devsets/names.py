#!/usr/bin/env python3
"""Measure `editio names` on the sample edition and the development sets: how many candidates it lists, how many it
leaves out, and whether the gold persons' surnames are still listed.

usage: python3 bench/devsets/names.py [--editio PATH] [--before PATH] [--frus DIR]

For each set (sources/, the eight FRUS volumes, en-whitman, ru-tolstoy) it runs `editio names --sources SET` and
reads the report: the person, place and organisation candidates and the "# Left out" line. With --before (an
`editio` built from an earlier commit) it runs that too and compares. A gold person's surname is the last word of
more than two letters of a gold person mention (gold.json, type "person"); it counts as listed when it is a word of
a listed form. "lost" counts the surnames the earlier binary listed and this one lists in no section (what a filter
wrongly dropped); "moved" those it lists only as a place or organisation.
"""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKOUT = os.path.dirname(os.path.dirname(HERE))


def arg(name, default):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def report(editio, src):
    """{section: set of words of listed forms}, counts per section, the left-out line."""
    r = subprocess.run([editio, "names", "--sources", src], capture_output=True, text=True)
    sections, counts, section, left = {}, {}, None, ""
    for line in r.stdout.splitlines():
        if line.startswith("# Left out"):
            left = line[2:]
        elif line.startswith("#"):
            section = line.split("(")[0][2:].strip()
            counts[section] = 0
        elif line and not line.startswith("\t") and section and not section.startswith("Personography"):
            parts = line.split("\t")
            counts[section] += 1
            forms = [parts[1]] + ([f.rsplit(" ×", 1)[0] for f in parts[2].strip("()").split(", ")] if len(parts) > 2 else [])
            sections.setdefault(section, set()).update(w for f in forms for w in re.findall(r"\w+", f))
    return sections, counts, left, r.stderr.strip().splitlines()


def gold_surnames(src):
    path = os.path.join(src, "gold.json")
    if not os.path.exists(path):
        return set()
    out = set()
    for doc in json.load(open(path, encoding="utf-8")).values():
        for m in doc.get("mentions", []):
            if m["type"] == "person":
                words = [w for w in re.findall(r"\w+", m["text"]) if len(w) > 2 and w[0].isupper()]
                if words:
                    out.add(words[-1])
    return out


def main():
    editio = arg("--editio", os.path.join(CHECKOUT, "build", "editio"))
    before = arg("--before", None)
    frus = arg("--frus", os.path.join(os.path.dirname(CHECKOUT), "shared", "devsets", "frus"))
    sets = [("sources", os.path.join(CHECKOUT, "sources"))]
    sets += [(v, os.path.join(frus, v)) for v in sorted(os.listdir(frus)) if os.path.isdir(os.path.join(frus, v))]
    sets += [(s, os.path.join(HERE, s)) for s in ("en-whitman", "ru-tolstoy")]
    total = {"before": 0, "persons": 0, "places": 0, "organisations": 0, "gold": 0, "lost": 0, "moved": 0}
    for name, src in sets:
        after, counts, left, log = report(editio, src)
        persons = counts.get("Names the personography does not know", 0)
        row = {"set": name, "persons": persons, "places": counts.get("Places", 0),
               "organisations": counts.get("Organisations", 0), "left": left}
        gold = gold_surnames(src)
        listed_after = set().union(*after.values()) if after else set()
        person_words = after.get("Names the personography does not know", set())
        if before:
            b, bcounts, _, _ = report(before, src)
            row["before"] = bcounts.get("Names the personography does not know", 0)
            listed_before = set().union(*b.values()) if b else set()
            row["lost"] = sorted(g for g in gold if g in listed_before and g not in listed_after)
            row["moved"] = sorted(g for g in gold if g in listed_before and g in listed_after and g not in person_words)
            for k in ("before", "lost", "moved"):
                total[k] += row[k] if k == "before" else len(row[k])
        row["gold"] = len(gold)
        for k in ("persons", "places", "organisations", "gold"):
            total[k] += row[k]
        print(json.dumps(row, ensure_ascii=False))
        for l in log:
            if "no Hunspell dictionary" in l:
                print("  " + l)
    print(json.dumps({"set": "total", **total}, ensure_ascii=False))


if __name__ == "__main__":
    main()
