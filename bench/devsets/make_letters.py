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
- en-mitford (Digital Mitford, the held-out set): the edition's elements, read by these rules and no others: in the
  <opener>, dateline (its place a <name type="place"> or <placeName>, its date the first <date> whose @when is a
  real date; the template's "yyyy-mm-dd" is none) and salute, split at <lb/> only (the project's files follow one
  template, indented by the encoders' XML editor: a new line in the file is no line of the letter); the
  cataloguers' and editors' <add>
  and <note> set directly in the opener beside them are not the letter's words and are left out; <p> = p. A
  <closer> is split into lines at <lb/>: <signed>, or a <persName> of the letter's writer (@ref "#MRM", the
  edition's usual way of tagging the signature), is the signed line, set on a line of its own (the punctuation
  right after it stays with it); each <addrLine> of an <address> in a closer (the address leaf, also when it is in
  another hand's <add>) is an addressee line, split at <lb/>; the other words are closer. Every <p> of a
  <postscript> (in the letter's <div> or after it) is a postscript (ps_marker, as for the Whitman Archive). Empty
  elements (the project's template left in some files) give no line. Persons: every <persName> is a mention (the
  edition tags persons it could not identify without @ref: such a mention has no id; one @ref naming several
  persons, "the Kembles", neither); <rs type="person"> ("my dear Sir", "Papa" as a pronoun-like reference) is not a
  name and not a mention. The personography is the edition's site index (si.xml) entries of the persons the
  selected letters tag, with the names the index gives, split into their parts; pets (the index lists named
  animals as persons) and fictional characters are left out, so mentions of them have no id. The editors' notes
  (<note resp>) are notes, called where they stand.
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

# Persons of Digital Mitford that the selected letters tag, by the edition's xml:id, as its site index
# (DM_SiteIndex si_Full_Staged/si.xml) gives them: sex, the regular name (forenames, surname; a name without parts
# stays whole), other names the index gives (each as forenames and surname), and a note from the index.
MITFORD_PERSONS = {
    "MRM": ("F", (("Mary", "Russell"), "Mitford"), [], "poet, playwright, writer of prose sketches; the letters' writer"),
    "Mitford_Geo": ("M", (("George",), "Mitford"), [(("George",), "Midford")], "surgeon and magistrate, MRM's father"),
    "Russell_M": ("F", (("Mary",), "Mitford"), [(("Mary",), "Russell")], "MRM's mother"),
    "Haydon": ("M", (("Benjamin", "Robert"), "Haydon"), [], "painter"),
    "Haydon_Mrs": ("F", (("Mary",), "Haydon"), [(("Mary",), "Hyman"), (("Mary",), "Cawse")],
                   "wife of Benjamin Robert Haydon"),
    "Talfourd_Thos": ("M", (("Thomas", "Noon"), "Talfourd"), [], "barrister and playwright, friend of MRM"),
    "Macready_Wm": ("M", (("William",), "Macready"), [], "actor"),
    "Kemble_C": ("M", (("Charles",), "Kemble"), [], "actor and theatre manager"),
    "Kemble_MrsC": ("F", (("Maria", "Therese"), "Kemble"), [(("Maria", "Therese"), "de Camp")],
                    "actress, wife of Charles Kemble"),
    "Webb_Mary_younger": ("F", (("Mary", "Elizabeth"), "Webb"), [], "close friend and correspondent of MRM"),
    "Webb_Mary_elder": ("F", (("Mary",), "Webb"), [], "aunt of the Webb sisters"),
    "Webb_Eliza": ("F", (("Elizabeth",), "Webb"), [(("Eliza",), "Webb")], "neighbour and friend of MRM"),
    "Webb_James": ("M", (("James",), "Webb"), [], "brewer at Wokingham, father of the Webb sisters"),
    "Webb_Jane": ("F", (("Jane", "Eleanor"), "Webb"), [], "friend of MRM"),
    "Dickinson_Charles": ("M", (("Charles",), "Dickinson"), [], "friend of the Mitford family"),
    "Dickinson_Mrs": ("F", (("Catherine",), "Dickinson"), [(("Catherine",), "Allingham")],
                      "wife of Charles Dickinson"),
    "Dickinson_Daughter": ("F", (("Frances", "Vikris"), "Dickinson"), [], "daughter of Charles Dickinson"),
    "Elliston_Robt": ("M", (("Robert", "William"), "Elliston"), [], "actor and theatre manager"),
    "Valpy_Richard": ("M", (("Richard",), "Valpy"), [], "headmaster of Reading School"),
    "Hamilton_S": ("M", (("Samuel",), "Hamilton"), [], "publisher and editor of the Lady's Magazine"),
    "Hazlitt_Wm": ("M", (("William",), "Hazlitt"), [], "essayist and critic"),
    "Napoleon": ("M", (("Napoleon",), "Bonaparte"), [], "emperor of the French"),
    "Elford_SirWm": ("M", (("William",), "Elford"), [], "banker, painter, correspondent of MRM"),
    "Elford_MrsE": ("F", (("Elizabeth",), "Elford"), [(("Elizabeth",), "Walrond")],
                    "second wife of Sir William Elford"),
    "Elford_MrsM": ("F", (("Mary",), "Elford"), [(("Mary",), "Davies")], "first wife of Sir William Elford"),
    "Euripides": ("M", "Euripides", [], "Greek playwright"),
    "Foote_Maria": ("F", (("Maria",), "Foote"), [], "actress"),
    "Wheeler_Kate": ("F", (("Kate",), "Wheeler"), [], "friend of Miss James"),
    "More_Hannah": ("F", (("Hannah",), "More"), [], "playwright and author"),
    "Monck_JB": ("M", (("John", "Berkeley"), "Monck"), [], "member of Parliament for Reading"),
    "Milman_HH": ("M", (("Henry", "Hart"), "Milman"), [], "clergyman"),
    "Fawcett_John": ("M", (("John",), "Fawcett"), [], "actor and dramatist"),
    "James_Miss": ("F", (("Elizabeth", "Mary"), "James"), [], "close friend and correspondent of MRM"),
    "Irving_Wash": ("M", (("Washington",), "Irving"), [], "author"),
    "Northmore_Thos": ("M", (("Thomas",), "Northmore"), [], "politician and writer"),
    "Vines_Mr": ("M", ((), "Vines"), [], "Reading acquaintance"),
    "Newberry_J": ("M", (("Jacob",), "Newberry"), [], "solicitor"),
    "Jones_Thomas": ("M", (("Thomas",), "Jones"), [], "saddler at Three Mile Cross"),
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
        "src": "tolstoy", "language": "ru", "persons": TOLSTOY_PERSONS, "roles": "rend", "id_prefix": "t",
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
    "en-mitford": {
        "src": "mitford", "language": "en", "persons": MITFORD_PERSONS, "roles": "mitford", "id_prefix": "",
        "writer": "MRM", "repo": "DigitalMitford/DM_processing",
        "edition": {
            "id": "mitford-letters-dev",
            "title": "Letters of Mary Russell Mitford, 1819-1825 (held-out development selection)",
            "publisher": "Digital Mitford: The Mary Russell Mitford Archive (digitalmitford.org)",
            "licence": "CC BY-SA 3.0 (Digital Mitford: \"Distributed under a Creative Commons Attribution-ShareAlike "
                       "3.0 Unported License\"); manuscripts reproduced by courtesy of the Reading Central Library",
            "licence_url": "https://creativecommons.org/licenses/by-sa/3.0/",
        },
        "source_title": "Digital Mitford: The Mary Russell Mitford Archive, ed. Elisa Beshero-Bondar and Lisa M. Wilson",
        "source_publisher": "Mary Russell Mitford Society: Digital Mitford Project; manuscripts: Reading Central Library",
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
    def __init__(self, writer=None):
        self.lines, self.notes = [], []     # notes: (n, Line)
        self.called = None                  # the number of a <ref> call waiting for its <note>
        self.writer = writer                # en-mitford: the letter's writer's id; every persName is a mention

    def new(self, role):
        line = Line(role)
        self.lines.append(line)
        return line

    def person(self, el):
        """The mention el is: its person's id ("" for a name the edition did not identify), or None (no mention)."""
        tag = el.tag.replace(TEI, "")
        if self.writer is not None:
            if tag != "persName":
                return None
            refs = [r.lstrip("#") for r in (el.get("ref") or "").split()]
            return refs[0] if len(refs) == 1 else ""
        if tag in ("name", "persName") and el.get("type", "person") == "person" and el.get("ref"):
            return el.get("ref")
        return None


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
    if (tag == "name" and el.get("type") == "place") or tag == "placeName":
        kind, value = "place", None
    elif tag == "date":
        kind, value = "date", el.get("when")
    elif letter.person(el) is not None:
        kind, value = "person", letter.person(el)
    line.add(el.text or "", kind, value)
    for c in el:
        inline(c, line, letter, kind, value)
    line.add(el.tail or "")


def walk_text(el, line, letter):
    line.add(el.text or "")
    for c in el:
        inline(c, line, letter)


def split_lines(el, role, letter, own_lines=True):
    """An opener/closer part that the edition broke into lines: at every <lb/> and (own_lines) between its
    children that stand on lines of their own."""
    line = Line(role)
    line.add(el.text or "")
    for c in el:
        inline(c, line, letter)
        if own_lines and "\n" in (c.tail or "") and not (c.tail or "").strip():
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


# --- en-mitford: the edition's elements, its signatures and address leaves, by the table in the docstring ------

def local(el):
    return el.tag.replace(TEI, "")


def mitford(body, writer):
    letter = Letter(writer)
    for el in body:
        if local(el) == "div":
            for c in el:
                mitford_part(c, letter)
        elif local(el) == "postscript":
            mitford_part(el, letter)
    letter.lines = [l for l in letter.lines if l.text()]
    return letter


def mitford_part(el, letter):
    tag = local(el)
    if tag == "opener":
        for c in el:
            if local(c) in ("dateline", "salute"):
                split_lines(c, local(c), letter, own_lines=False)
    elif tag == "p":
        walk_text(el, letter.new("p"), letter)
    elif tag == "closer":
        mitford_closer(el, letter)
    elif tag == "postscript":
        for p in el.iter(TEI + "p"):
            line = letter.new("postscript")
            line.ps_marker = True
            walk_text(p, line, letter)


def mitford_closer(el, letter):
    """A closer's lines: at each <lb/>; the signature on a line of its own; the address leaf's lines."""
    line = letter.new("closer")
    line.add(el.text or "")
    for c in el:
        tail, c.tail = c.tail or "", None
        if local(c) == "lb":
            line = letter.new("closer")
        elif next(c.iter(TEI + "address"), None) is not None:      # <address>, or another hand's <add> holding one
            for address in c.iter(TEI + "address"):
                mitford_address(address, letter)
            line = letter.new("closer")
        elif local(c) == "signed" or letter.person(c) == letter.writer:
            signed = letter.new("signed")
            inline(c, signed, letter)
            punct = re.match(r"[^\w\s]*", tail).group()
            signed.add(punct)
            tail = tail[len(punct):]
            line = letter.new("closer")
        else:
            inline(c, line, letter)
        line.add(tail)


def mitford_address(address, letter):
    last = None
    for c in address:
        if local(c) == "addrLine":
            split_lines(c, "addressee", letter, own_lines=False)
            last = letter.lines[-1] if letter.lines else None
        elif local(c) == "note" and last is not None:
            inline(c, last, letter)


# --- output -----------------------------------------------------------------------------------------------

def plain_text(letter):
    paras = [l.text() for l in letter.lines]
    paras += ["%s %s" % (("[%s]" % n), body.text()) for n, body in letter.notes]
    return "\n\n".join(paras) + "\n"


def gold_of(letter, row, conf):
    lines, mentions = [], []
    ids, rend_roles = conf["persons"] or {}, conf["roles"] == "rend"

    def mention(text, ref):
        if text:
            mentions.append({"type": "person", "text": text,
                             "id": (conf["id_prefix"] + ref) if ref in ids else None})

    for l in letter.lines:
        g = {"text": l.text(), "role": l.role}
        if getattr(l, "ps_marker", False):
            g["ps_marker"] = True
        if l.role == "dateline":
            place = " ".join(t for t, _ in l.of_kind("place")).strip(" ,.—-")
            if place:
                g["place"] = place
            dates = l.of_kind("date")
            real = [(t, when) for t, when in dates if re.fullmatch(r"\d{4}(-\d\d){0,2}", when or "")]
            if real:
                g["when"], g["date_text"] = real[0][1], real[0][0]
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


def personography(conf, used):
    return (tolstoy_persons if conf["src"] == "tolstoy" else mitford_persons)(conf["persons"], used)


def tolstoy_persons(persons, used):
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


def mitford_persons(persons, used):
    def name(n):
        if isinstance(n, str):
            return n            # a name the index gives without parts ("Euripides")
        forenames, surname = n
        return " ".join(["<forename>%s</forename>" % f for f in forenames] + ["<surname>%s</surname>" % surname])

    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">',
           "<teiHeader><fileDesc><titleStmt><title>Persons of the Mitford letters (held-out development set)</title>"
           "</titleStmt>", "<publicationStmt><p>From Digital Mitford's site index (CC BY-SA 3.0): the names it gives."
           "</p></publicationStmt>", "<sourceDesc><p>github.com/DigitalMitford/DM_SiteIndex, si_Full_Staged/si.xml"
           " @ 0cf10d5e</p></sourceDesc></fileDesc></teiHeader>", "<text><body><listPerson>"]
    for ref in sorted(used):
        sex, reg, variants, note = persons[ref]
        out += ['<person xml:id="%s" sex="%s">' % (ref, sex),
                '  <persName type="reg" xml:lang="en">%s</persName>' % name(reg)]
        out += ['  <persName type="variant" xml:lang="en">%s</persName>' % name(v) for v in variants]
        out += ["  <note>%s (Digital Mitford: %s).</note>" % (note, ref), "</person>"]
    out += ["</listPerson></body></text>", "</TEI>"]
    return "\n".join(out) + "\n"


READERS = {"elements": lambda body, conf: whitman(body), "rend": lambda body, conf: tolstoy(body),
           "mitford": lambda body, conf: mitford(body, conf["writer"])}


def build(name, conf, outdir):
    with open(os.path.join(SRC, conf["src"] + ".tsv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    dest = os.path.join(outdir, name)
    os.makedirs(os.path.join(dest, "texts"), exist_ok=True)
    gold, used = {}, set()
    for r in rows:
        body = ET.parse(os.path.join(SRC, conf["src"], r["id"] + ".xml")).getroot().find(TEI + "body")
        letter = READERS[conf["roles"]](body, conf)
        with open(os.path.join(dest, "texts", r["id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(plain_text(letter))
        gold[r["id"]] = gold_of(letter, r, conf)
        used |= {m["id"][len(conf["id_prefix"]):] for m in gold[r["id"]]["mentions"] if m["id"]}
    with open(os.path.join(dest, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(dest, "manifest.toml"), "w", encoding="utf-8") as f:
        f.write(manifest(conf, rows, bool(conf["persons"])))
    if conf["persons"]:
        with open(os.path.join(dest, "personography.xml"), "w", encoding="utf-8") as f:
            f.write(personography(conf, used))
    return len(rows)


ROLES = {"head", "dateline", "salute", "closer", "signed", "addressee", "postscript", "p", "l", "note"}


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
        if sources_present(conf):
            print("%s: %d letters" % (name, build(name, conf, outdir)))
        else:
            print("%s: its edition's TEI is not here (see letters/README.md); left as committed" % name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
