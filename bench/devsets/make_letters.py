#!/usr/bin/env python3
"""Build the letter development sets from their editions' TEI (Python 3 standard library only).

usage: make_letters.py [--out DIR]       (default: the folder of this script)
       make_letters.py --check           (exit 1 unless the sets in this folder are what the sources give now,
                                          and every gold line is the paragraph of its text at that place)

Reads letters/<set>.tsv (one row per letter: id, repository path, commit, title, date, ...) and
letters/<set>/<id>.xml (the letter's <text> as its edition encoded it, reduced as letters/README.md says), and
writes DIR/<set>/ in the shape of ../shared/devsets/frus/<volume>: texts/<id>.txt (one paragraph per line, blank
lines between, the edition's notes as "[n]" calls with "[n] body" lines at the end), manifest.toml, gold.json (the
shape ../shared/devsets/frus/score.py reads) and, where the edition identifies persons, personography.xml.

Roles of the lines (gold.json "role"):
- en-whitman (Walt Whitman Archive): the edition's own elements: dateline (with its place and date), salute,
  signed, closer (a closing salute and other words inside <closer>), postscript (all marked ps_marker, so that
  score.py counts them as postscripts: the Archive's <postscript> is one, unlike FRUS's), p.
- ru-tolstoy (Tolstoy Digital): the edition encodes layout, not letter parts, so the roles come from its markup by
  this table and nothing else: <opener> (the volume editor's heading "63. Н. А. Некрасову. 1852 г. ...") = head;
  before the first paragraph of the letter's body, rend "Obrashenie*" = salute, rend "right" = dateline (its date
  the letter's date from correspDesc when the line has a digit), rend "subtitle" = head; after a body paragraph, a
  run of rend "Obrashenie*", "right" or "subtitle" paragraphs is the closing: its last line is signed, the others
  closer; a later plain paragraph opening with "P. S." = postscript; anything else = p; verse lines = l. Closing
  datelines and addresses that the edition left as plain paragraphs stay p.
"""
import csv, json, os, re, sys
import xml.etree.ElementTree as ET

TEI = "{http://www.tei-c.org/ns/1.0}"
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "letters")

# Persons of Tolstoy Digital that the selected letters tag, by the edition's person number, each with the
# nominative name the edition itself gives (its correspDesc or a name it tags in a note).
TOLSTOY_PERSONS = {
    "13883": ("Толстой", "Лев", "Николаевич", "M", "writer, the letters' author"),
    "9649": ("Некрасов", "Николай", "Алексеевич", "M", "poet, editor of «Современник»"),
    "7974": ("Лобачевский", "Николай", "Иванович", "M", "mathematician, rector of Kazan University"),
    "14625": ("Фойгт", "Карл", "Карлович", "M", "professor, pro-rector of Kazan University"),
    "13893": ("Толстой", "Николай", "Николаевич", "M", "the writer's eldest brother"),
    "13906": ("Толстой", "Сергей", "Николаевич", "M", "the writer's brother"),
    "13861": ("Толстой", "Валерьян", "Петрович", "M", "the writer's brother-in-law"),
    "8143": ("Львов", "Георгий", "Владимирович", "M", "prince, the writer's friend"),
    "10081": ("Оголин", "Александр", "Степанович", "M", "Kazan provincial prosecutor"),
    "12862": ("Соболев", "Андрей", "Ильич", "M", "steward of Yasnaya Polyana"),
    "13699": ("Молоствова", "Зинаида", "Модестовна", "F", "Kazan acquaintance of the writer"),
    "10315": ("Остен-Сакен", "Дмитрий", "Ерофеевич", "M", "general, head of the Sevastopol garrison"),
    "15024": ("Хрулев", "Степан", "Александрович", "M", "general at Sevastopol"),
    "889": ("Бакунин", "Александр", "Александрович", "M", "officer at Sevastopol"),
    "11874": ("Ростовцев", "Николай", "Яковлевич", "M", "officer at Sevastopol"),
    "9799": (None, "Николай", "Павлович", "M", "Emperor Nicholas I"),
    "13890": ("Толстой", "Николай", "Ильич", "M", "the writer's father"),
    "13899": ("Толстой", "Петр", "Андреевич", "M", "the first count Tolstoy"),
}

SETS = {
    "en-whitman": {
        "src": "whitman", "language": "en", "persons": None, "roles": "elements",
        "repo": "whitmanarchive/whitman-correspondence",
        "edition": {
            "id": "whitman-letters-dev",
            "title": "Letters to and from Walt Whitman, 1862-1889 (development selection)",
            "publisher": "The Walt Whitman Archive (whitmanarchive.org)",
            "licence": "The letters: public domain. Transcription and encoding: Copyright Ed Folsom and Kenneth M. "
                       "Price, shared under the Fair Use provisions of U.S. copyright law; used here for testing only.",
        },
        "source_title": "The Walt Whitman Archive, ed. Ed Folsom and Kenneth M. Price",
        "source_publisher": "Center for Digital Research in the Humanities, University of Nebraska-Lincoln",
    },
    "ru-tolstoy": {
        "src": "tolstoy", "language": "ru", "persons": TOLSTOY_PERSONS, "roles": "rend",
        "repo": "tolstoydigital/TEI",
        "edition": {
            "id": "tolstoy-letters-dev",
            "title": "Л. Н. Толстой. Письма и прошения 1844–1874 (выборка для разработки)",
            "publisher": "Tolstoy Digital (Центр Digital Humanities НИУ ВШЭ, проект «Слово Толстого»)",
            "licence": "CC BY-SA (Tolstoy Digital: «Тексты и метатекстовая разметка доступны для свободного "
                       "использования и распространения по лицензии Creative Commons Attribution Share-Alike»)",
            "licence_url": "https://creativecommons.org/licenses/by-sa/4.0/",
        },
        "source_title": "Л. Н. Толстой. Полное собрание сочинений в 90 томах. Т. 59",
        "source_publisher": "Государственное издательство «Художественная литература», 1935; TEI: Tolstoy Digital",
    },
}


def norm(s):
    s = re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()
    return re.sub(r" ([,.;:!?»)])", r"\1", s)


class Line:
    """One paragraph of the plain text: its segments (text with what the edition said of it) and its role."""

    def __init__(self, role):
        self.role = role
        self.segs = []          # (text, kind, value): kind None, "place", "date", "person", "call"

    def add(self, text, kind=None, value=None):
        self.segs.append((text, kind, value))

    def text(self):
        out = ""
        for t, kind, _ in self.segs:
            if kind == "call":
                out = out.rstrip() + t
            else:
                out += t
        return norm(out)

    def persons(self):
        """Person mentions in order; neighbours with one ref ("Николай" "Алексеевич") are one mention."""
        out, gap = [], None
        for t, kind, value in self.segs:
            if kind == "person":
                if out and gap is not None and not gap.strip() and out[-1][1] == value:
                    out[-1] = (out[-1][0] + " " + norm(t), value)
                else:
                    out.append((norm(t), value))
                gap = ""
            elif gap is not None:
                gap = gap + t if kind is None else "x"
        return out

    def of_kind(self, kind):
        return [(norm(t), v) for t, k, v in self.segs if k == kind]


class Letter:
    def __init__(self):
        self.lines, self.notes = [], []     # notes: (n, Line)
        self.called = None                  # the number of a <ref> call waiting for its <note>

    def new(self, role):
        line = Line(role)
        self.lines.append(line)
        return line


def inline(el, line, letter, kind=None, value=None):
    """Appends the words of el (its children included) to line; notes go to the letter's notes."""
    tag = el.tag.replace(TEI, "")
    if tag == "note":
        n = letter.called or str(len(letter.notes) + 1)
        if not letter.called:       # a note without a <ref>: its place is its call
            line.add("[%s]" % n, "call")
        letter.called = None
        body = Line("note")
        walk_text(el, body, letter)
        letter.notes.append((n, body))
        line.add(el.tail or "")
        return
    if tag == "ref" and (el.get("target") or "").startswith("#note"):
        letter.called = norm("".join(el.itertext()))
        line.add("[%s]" % letter.called, "call")
        line.add(el.tail or "")
        return
    if tag == "lb":
        line.add("\n", "lb")
        line.add(el.tail or "")
        return
    if tag == "name" and el.get("type") == "place":
        kind, value = "place", None
    elif tag == "date":
        kind, value = "date", el.get("when")
    elif tag in ("name", "persName") and el.get("type", "person") == "person" and el.get("ref"):
        kind, value = "person", el.get("ref")
    line.add(el.text or "", kind, value)
    for c in el:
        inline(c, line, letter, kind, value)
    line.add(el.tail or "")


def walk_text(el, line, letter):
    line.add(el.text or "")
    for c in el:
        inline(c, line, letter)


def split_lines(el, role, letter):
    """An opener/closer part that the edition broke into lines: at every <lb/> and between its children that
    stand on lines of their own."""
    line = Line(role)
    line.add(el.text or "")
    for c in el:
        inline(c, line, letter)
        if "\n" in (c.tail or "") and not (c.tail or "").strip():
            line.add("\n", "lb")
    part = letter.new(role)
    for seg in line.segs:
        if seg[1] == "lb":
            part = letter.new(role)
        else:
            part.segs.append(seg)
    letter.lines = [l for l in letter.lines if l.text()]


# --- en-whitman: the edition's elements are the roles -------------------------------------------------------

def whitman(body):
    letter = Letter()
    for el in body:
        tag = el.tag.replace(TEI, "")
        if tag == "opener":
            for c in el:
                split_lines(c, c.tag.replace(TEI, ""), letter)
        elif tag == "closer":
            for c in el:
                ctag = c.tag.replace(TEI, "")
                split_lines(c, {"signed": "signed", "dateline": "dateline"}.get(ctag, "closer"), letter)
        elif tag == "postscript":
            first = len(letter.lines)
            for c in el:
                if c.tag == TEI + "closer":
                    for cc in c:
                        split_lines(cc, "signed" if cc.tag == TEI + "signed" else "closer", letter)
                else:
                    walk_text(c, letter.new("postscript"), letter)
            for l in letter.lines[first:]:    # the Archive's <postscript> is one (FRUS's often is not):
                l.ps_marker = l.role == "postscript"    # score.py counts these as postscripts
        else:
            walk_text(el, letter.new("p"), letter)
    return letter


# --- ru-tolstoy: roles from the edition's rend attributes, by the table in the docstring -----------------------

def rend_kind(p):
    rend = (p.get("rend") or "").split()
    first = rend[0] if rend else ""
    if first.startswith("Obrashenie"):
        return "obr"
    if first in ("right", "subtitle", "Shapka"):
        return first
    if first.startswith("Data"):
        return "right"
    return "body"


def tolstoy(body):
    letter = Letter()
    div = body.find(TEI + "div")
    paras = []
    for el in div:
        tag = el.tag.replace(TEI, "")
        if tag == "opener":
            walk_text(el, letter.new("head"), letter)
        elif tag == "p":
            line = letter.new("p")
            walk_text(el, line, letter)
            paras.append((rend_kind(el), line))
        elif tag == "div":      # a letter in verse
            for p in el.iter(TEI + "p"):
                walk_text(p, letter.new("l"), letter)
    # runs of layout paragraphs between the body's paragraphs
    runs, run = [], []
    for i, (kind, line) in enumerate(paras):
        if kind in ("body", "Shapka"):
            if run:
                runs.append((run, True))
            run = []
        else:
            run.append((kind, line))
    if run:
        runs.append((run, False))
    closing_done = False
    first_body = next((i for i, (k, _) in enumerate(paras) if k == "body"), len(paras))
    for i, (kind, line) in enumerate(paras):
        if i < first_body and kind != "Shapka":
            line.role = {"obr": "salute", "right": "dateline", "subtitle": "head"}[kind]
    for run, followed in runs:
        lines = [l for _, l in run]
        if lines[0] in [l for k, l in paras[:first_body]]:
            continue
        if any(k in ("obr", "right") for k, _ in run):
            for j, l in enumerate(lines):
                l.role = "signed" if j == len(lines) - 1 else "closer"
            closing_done = True
        elif followed and not closing_done:
            for l in lines:
                l.role = "head"
    after = False
    for kind, line in paras:
        after = after or line.role in ("signed", "closer")
        if after and kind == "body" and line.text().startswith("P. S."):
            line.role, line.ps_marker = "postscript", True
    return letter


# --- output -----------------------------------------------------------------------------------------------

def plain_text(letter):
    paras = [l.text() for l in letter.lines]
    paras += ["%s %s" % (("[%s]" % n), body.text()) for n, body in letter.notes]
    return "\n\n".join(paras) + "\n"


def gold_of(letter, row, persons, rend_roles):
    lines, mentions = [], []
    ids = persons or {}

    def mention(text, ref):
        mentions.append({"type": "person", "text": text, "id": ("t" + ref) if ref in ids else None})

    for l in letter.lines:
        g = {"text": l.text(), "role": l.role}
        if getattr(l, "ps_marker", False):
            g["ps_marker"] = True
        if l.role == "dateline":
            place = " ".join(t for t, _ in l.of_kind("place")).strip(" ,.—-")
            if place:
                g["place"] = place
            dates = l.of_kind("date")
            if dates and dates[0][1]:
                g["when"], g["date_text"] = dates[0][1], dates[0][0]
            elif rend_roles and not dates and re.search(r"\d", g["text"]) and re.search(r"[^\W\d]", g["text"]) \
                    and len(row["date"]) == 10:
                g["when"], g["date_text"] = row["date"], g["text"].strip(" .")
        lines.append(g)
        for text, ref in l.persons():
            mention(text, ref)
    for n, body in letter.notes:
        lines.append({"text": "[%s] %s" % (n, body.text()), "role": "note"})
    for n, body in letter.notes:
        for text, ref in body.persons():
            mention(text, ref)
    return {"date": row["date"], "date_source": "header", "lines": lines, "note_count": len(letter.notes),
            "notes": [int(n) for n, _ in letter.notes], "mentions": mentions}


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def manifest(conf, rows, with_persons):
    e = conf["edition"]
    out = ["# Generated by bench/devsets/make_letters.py from the edition's TEI; see bench/devsets/README.md.",
           "[edition]"]
    for k in ("id", "title"):
        out.append("%s = %s" % (k, toml_str(e[k])))
    out.append('editors = [{ id = "dev", name = "Editio development set", role = "editor" }]')
    out.append("publisher = %s" % toml_str(e["publisher"]))
    out.append("licence = %s" % toml_str(e["licence"]))
    if e.get("licence_url"):
        out.append("licence_url = %s" % toml_str(e["licence_url"]))
    out.append("language = %s" % toml_str(conf["language"]))
    if with_persons:
        out.append('personography = "personography.xml"')
    for r in rows:
        url = "https://github.com/%s/blob/%s/%s" % (conf["repo"], r["commit"], r["path"])
        out += ["", "[[document]]", "id = %s" % toml_str(r["id"]), 'file = "texts/%s.txt"' % r["id"],
                "title = %s" % toml_str(r["title"])]
        if r.get("sender"):
            out.append("author = %s" % toml_str(r["sender"]))
        out += ["language = %s" % toml_str(conf["language"]), "date = %s" % toml_str(r["date"]),
                "[document.source]", "title = %s" % toml_str(conf["source_title"]),
                "publisher = %s" % toml_str(conf["source_publisher"]), "url = %s" % toml_str(url)]
    return "\n".join(out) + "\n"


def personography(persons, used):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="ru">',
           "<teiHeader><fileDesc><titleStmt><title>Persons of the Tolstoy letters (development set)</title>"
           "</titleStmt>", "<publicationStmt><p>From Tolstoy Digital (CC BY-SA): the names its TEI gives.</p>"
           "</publicationStmt>", "<sourceDesc><p>github.com/tolstoydigital/TEI, texts/letters</p></sourceDesc>"
           "</fileDesc></teiHeader>", "<text><body><listPerson>"]
    for ref in sorted(used, key=int):
        surname, forename, patronymic, sex, note = persons[ref]
        parts = ([] if surname is None else ["<surname>%s</surname>" % surname]) + [
            "<forename>%s</forename>" % forename, '<forename type="patronymic">%s</forename>' % patronymic]
        out += ['<person xml:id="t%s" sex="%s">' % (ref, sex),
                '  <persName type="reg" xml:lang="ru">%s</persName>' % " ".join(parts),
                "  <note>%s (Tolstoy Digital person %s).</note>" % (note, ref), "</person>"]
    out += ["</listPerson></body></text>", "</TEI>"]
    return "\n".join(out) + "\n"


def build(name, conf, outdir):
    with open(os.path.join(SRC, conf["src"] + ".tsv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    dest = os.path.join(outdir, name)
    os.makedirs(os.path.join(dest, "texts"), exist_ok=True)
    gold, used = {}, set()
    for r in rows:
        body = ET.parse(os.path.join(SRC, conf["src"], r["id"] + ".xml")).getroot().find(TEI + "body")
        letter = whitman(body) if conf["roles"] == "elements" else tolstoy(body)
        with open(os.path.join(dest, "texts", r["id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(plain_text(letter))
        gold[r["id"]] = gold_of(letter, r, conf["persons"], conf["roles"] == "rend")
        used |= {m["id"][1:] for m in gold[r["id"]]["mentions"] if m["id"]}
    with open(os.path.join(dest, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(dest, "manifest.toml"), "w", encoding="utf-8") as f:
        f.write(manifest(conf, rows, bool(conf["persons"])))
    if conf["persons"]:
        with open(os.path.join(dest, "personography.xml"), "w", encoding="utf-8") as f:
            f.write(personography(conf["persons"], used))
    return len(rows)


ROLES = {"head", "dateline", "salute", "closer", "signed", "postscript", "p", "l", "note"}


def sources_present(conf):
    """The edition's TEI files are here (en-whitman's are not committed: fetch them by letters/whitman.tsv)."""
    folder = os.path.join(SRC, conf["src"])
    return os.path.isdir(folder) and any(f.endswith(".xml") for f in os.listdir(folder))


def check():
    """The committed sets against a fresh build; each gold line against its text's paragraphs."""
    import filecmp, tempfile
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, conf in SETS.items():
            if not sources_present(conf):
                print("%s: its edition's TEI is not in the repository (its encoding is not openly licensed); "
                      "the committed texts and gold are checked, not rebuilt" % name)
                continue
            build(name, conf, tmp)
            cmp = filecmp.dircmp(os.path.join(HERE, name), os.path.join(tmp, name))
            stack = [("", cmp)]
            while stack:
                rel, c = stack.pop()
                problems += ["%s/%s%s differs from the sources' build" % (name, rel, f)
                             for f in c.diff_files + c.left_only + c.right_only]
                stack += [(rel + d + "/", sub) for d, sub in c.subdirs.items()]
    for name in SETS:
        gold = json.load(open(os.path.join(HERE, name, "gold.json"), encoding="utf-8"))
        for doc, g in gold.items():
            paras = open(os.path.join(HERE, name, "texts", doc + ".txt"), encoding="utf-8").read().split("\n\n")
            lines = [l["text"] for l in g["lines"]]
            if [p.strip() for p in paras] != lines:
                problems.append("%s/%s: the gold lines are not the text's paragraphs" % (name, doc))
            problems += ["%s/%s: unknown role %r" % (name, doc, l["role"]) for l in g["lines"]
                         if l["role"] not in ROLES]
    for p in problems:
        print(p)
    return 1 if problems else 0


def main(argv):
    if "--check" in argv:
        return check()
    outdir = argv[argv.index("--out") + 1] if "--out" in argv else HERE
    for name, conf in SETS.items():
        print("%s: %d letters" % (name, build(name, conf, outdir)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
