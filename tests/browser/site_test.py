#!/usr/bin/env python3
"""Browser tests of the HTML reading edition in headless Chromium (see cdp.py), run by CTest as browser.site.

Environment: OUT (the sample edition built by the e2e.build_sample fixture; the site is $OUT/html, opened from
disk as file:// URLs) and ARTIFACTS (screenshots; default $OUT/../artifacts/browser). CHROMIUM overrides the
browser binary (default /usr/bin/chromium). EDITIO (the binary) and SRC (the repository): the search scenario builds
the sample again into $OUT-sharded with a tiny search shard budget and compares its search with the single index's.

Each check prints "ok - ..." or "FAIL - ..."; the last line is "N passed, M failed"; the exit status is 1 when a
check failed. The first checks test the driver itself on a data: page, so that a driver bug is told apart from a
site bug. Documents, persons, notes and words are taken from the edition's data and pages, never named here.
"""

import json
import os
import re
import signal
import subprocess
import sys
import time
import traceback
import urllib.parse
import xml.etree.ElementTree as ET
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
import cdp  # noqa: E402

OUT = Path(os.environ.get("OUT", Path(__file__).resolve().parents[2] / "output")).resolve()
HTML = OUT / "html"
ARTIFACTS = Path(os.environ.get("ARTIFACTS", OUT.parent / "artifacts" / "browser"))
HTML_URL = HTML.as_uri() + "/"
NS = {"e": "urn:x-editio"}
CYRILLIC = re.compile(r"[\u0400-\u04FF]")

passed = failed = 0
failures = []



def settle(page, expression, timeout, what=None):
    """Waits until a JS expression is truthy, for at most `timeout` seconds; the
    check that follows reports what it found, so a timeout is not an error here."""
    try:
        page.wait_for(expression, timeout, what)
    except cdp.CDPError:
        pass

def check(what, cond, detail=""):
    global passed, failed
    if cond:
        passed += 1
        print(f"ok - {what}")
    else:
        failed += 1
        failures.append(what)
        print(f"FAIL - {what}" + (f": {detail}" if detail not in ("", None) else ""))
    sys.stdout.flush()
    return bool(cond)


def url(name):
    return HTML_URL + name


def norm(s):
    return " ".join((s or "").split())


def css_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def shot(page, name, full=False):
    path = page.screenshot(str(ARTIFACTS / f"{name}.png"), full=full)
    print(f"# screenshot: {path}")
    return path


# JS helpers installed in every page before use (page.eval(JS_HELPERS + expr)).
JS_HELPERS = r"""
var __t = {
  norm: s => (s || '').replace(/\s+/g, ' ').trim(),
  state(el) {
    if (!el) return {exists: false, visible: false, hidden: true, why: 'missing'};
    const cs = getComputedStyle(el), r = el.getBoundingClientRect();
    const box = r.width > 0 && r.height > 0 && el.getClientRects().length > 0;
    const st = {exists: true, display: cs.display, visibility: cs.visibility, opacity: cs.opacity,
                left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height,
                vw: innerWidth, vh: innerHeight,
                inViewport: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
                intersectsViewport: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth};
    st.visible = cs.display !== 'none' && cs.visibility === 'visible' && parseFloat(cs.opacity) > 0 && box;
    st.hidden = cs.display === 'none' || cs.visibility !== 'visible' || parseFloat(cs.opacity) === 0 || !box;
    return st;
  },
  byId: id => document.getElementById(id),
};
"""


def js(page, expr):
    return page.eval(JS_HELPERS + expr)


def scenario(title):
    def wrap(fn):
        def run(*args):
            print(f"# --- {title}")
            t = time.monotonic()
            try:
                fn(*args)
            except Exception as e:  # an unexpected error is one failed check, and the suite goes on
                check(f"{title}: runs to the end", False, f"{type(e).__name__}: {e}")
                traceback.print_exc(limit=3, file=sys.stdout)
            print(f"# ({time.monotonic() - t:.1f}s)")
        return run
    return wrap


# --------------------------------------------------------------------------------------------------------------
# 0. The driver on a page of its own

SELFTEST_PAGE = """<!DOCTYPE html><html lang="en"><head><title>t</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>
#tip { display: none } #hov:hover + #tip { display: block } #spacer { height: 3000px }
</style><script>document.title = 'scripted';
addEventListener('keydown', e => { (window.keys = window.keys || []).push(e.key) });</script></head>
<body><input id="field"><div id="spacer"></div><button id="b" onclick="this.textContent = 'clicked'">press</button>
<span id="hov">hover me</span><div id="tip">tip</div>
<script>setTimeout(() => { console.error('selftest console error'); throw new Error('selftest exception') }, 0)</script>
</body></html>"""


@scenario("0. driver self-test")
def selftest(browser):
    page = browser.new_page()
    data_url = "data:text/html;charset=utf-8," + urllib.parse.quote(SELFTEST_PAGE)
    mark = page.mark()
    page.goto(data_url)
    check("driver: evaluate returns values", page.eval("({a: [1, 'x'], b: 1 + 1})") == {"a": [1, "x"], "b": 2})
    check("driver: page scripts run", page.eval("document.title") == "scripted")
    page.key("Tab")
    check("driver: Tab moves the focus", page.eval("document.activeElement.id") == "field",
          page.eval("document.activeElement.outerHTML"))
    page.insert_text("héllo")
    page.key("Enter")
    page.key("Escape")
    check("driver: insertText types into the focused field", page.eval("field.value") == "héllo")
    check("driver: Tab, Enter, Escape reach the page as key events",
          page.eval("window.keys") == ["Tab", "Enter", "Escape"], page.eval("window.keys"))
    b = page.click("#b")
    check("driver: click scrolls the element into view and clicks it",
          page.eval("document.getElementById('b').textContent") == "clicked" and page.eval("scrollY") > 1000,
          b)
    page.hover("#hov")
    check("driver: hover applies :hover", page.eval("getComputedStyle(tip).display") == "block")
    page.wait_for("window.keys && true", 2)
    time.sleep(0.1)
    errs = page.errors(mark)
    check("driver: console errors and exceptions are recorded",
          any("selftest console error" in e for e in errs) and any("selftest exception" in e for e in errs),
          errs)
    check("driver: requests are recorded", any(u.startswith("data:") for u in page.requests(mark)),
          page.requests(mark))
    png = page.screenshot(str(ARTIFACTS / "0-selftest.png"))
    check("driver: screenshot is a PNG", open(png, "rb").read(8) == b"\x89PNG\r\n\x1a\n")
    page.js_disabled(True)
    page.goto(data_url)
    check("driver: script execution can be disabled (and evaluate still works)",
          page.eval("document.title") == "t")
    page.js_disabled(False)
    page.phone()
    page.goto(data_url)
    vp = page.eval("[innerWidth, innerHeight, matchMedia('(pointer: coarse)').matches]")
    check("driver: phone viewport (390x844, touch)", vp == [390, 844, True], vp)
    browser.send("Target.closeTarget", {"targetId": page.target})


# --------------------------------------------------------------------------------------------------------------
# The edition's data

def edition_documents():
    root = ET.parse(OUT / "edition.xml").getroot()
    docs = []
    for d in root.findall("e:document", NS):
        docs.append({"id": d.get("id"), "html": d.get("html"), "lang": d.get("lang"),
                     "title": norm("".join(d.find("e:title", NS).itertext()))})
    return docs


def visit(page, name, visited):
    page.goto(url(name))
    visited.add(name.split("#")[0].split("?")[0])


SURVEY_JS = r"""(() => {
  const text = document.querySelector('.tei-text') || document.querySelector('main');
  const person = text.querySelector('a.person') || document.querySelector('main a.person');
  const para = [...document.querySelectorAll('main p[id]')].find(p => p.querySelector('button.cite-button'));
  return {
    lang: document.documentElement.lang,
    noteref: !!document.querySelector('a[role=doc-noteref]'),
    reading: !!document.querySelector('input#reading-source') && !!document.querySelector('input#reading-corrected'),
    person: person ? {href: person.getAttribute('href'),
                      anchor: (person.closest('[id]') || {}).id || null} : null,
    cite: !!document.querySelector('button.cite-button'),
    h1: __t.norm((document.querySelector('h1') || {}).textContent),
    text: __t.norm(text.textContent),
    personWords: [...text.querySelectorAll('a.person')].map(a => __t.norm(a.textContent)),
  };
})()"""


@scenario("survey of the document pages")
def survey(page, docs, visited):
    for d in docs:
        visit(page, d["html"], visited)
        d.update(js(page, SURVEY_JS))
        check(f"{d['html']} opens, its h1 is the title in edition.xml", d["h1"] == d["title"],
              f"h1 {d['h1']!r}, edition.xml {d['title']!r}")


# --------------------------------------------------------------------------------------------------------------
# 1. Index

@scenario("1. index")
def index(page, docs, visited):
    visit(page, "index.html", visited)
    links = js(page, r"""[...document.querySelectorAll('main a[href]')].map(a => a.href.split('#')[0])""")
    for d in docs:
        check(f"index lists {d['html']}", url(d["html"]) in links)
    others = {url(n) for n in ("index.html", "register.html", "places.html", "organisations.html", "chronology.html", "search.html")}
    doc_links = {u for u in links if u.startswith(HTML_URL) and u.endswith(".html") and u not in others}
    check(f"index lists as many documents as edition.xml ({len(docs)})", len(doc_links) == len(docs),
          sorted(doc_links))
    all_links = js(page, "[...document.querySelectorAll('a[href]')].map(a => a.href.split('#')[0])")
    check("index links to register.html", url("register.html") in all_links)
    check("index links to chronology.html", url("chronology.html") in all_links)
    shot(page, "1-index", full=True)


# --------------------------------------------------------------------------------------------------------------
# 2. Person: document -> register -> back to the paragraph

@scenario("2. person link, register, mention")
def person(page, docs, visited):
    doc = next((d for d in docs if d.get("person")), None)
    if not check("a document page has a person link (a.person)", doc):
        return
    href, anchor = doc["person"]["href"], doc["person"]["anchor"]
    m = re.fullmatch(r"register\.html#(.+)", href)
    if not check(f"the first person link of {doc['html']} points to register.html#ID", m, href):
        return
    pid = m.group(1)
    visit(page, doc["html"], visited)
    text_sel = ".tei-text a.person" if js(page, "!!document.querySelector('.tei-text a.person')") else "main a.person"
    mark = page.mark()
    page.click(text_sel)
    page.wait_load(mark, what="the register to load after clicking a person")
    visited.add("register.html")
    loc = page.eval("[location.pathname.split('/').pop(), decodeURIComponent(location.hash)]")
    check(f"clicking the person opens register.html#{pid}", loc == ["register.html", "#" + pid], loc)
    check_in_viewport(page, pid, f"the register entry #{pid}")
    mentions = js(page, f"""[...(__t.byId({css_str(pid)}) || document.createElement('x')).querySelectorAll('a[href]')]
        .map(a => ({{raw: a.getAttribute('href'), url: a.href}}))
        .filter(a => /\\/[^\\/]+\\.html(#.*)?$/.test(a.url) && !/\\/(register|chronology|index|search)\\.html/.test(a.url))""")
    check(f"the entry of {pid} lists mentions as links to DOC.html#PARAGRAPH",
          mentions and all(re.search(r"\.html#.+$", m["url"]) for m in mentions), mentions[:5])
    ours = [m for m in mentions if m["url"].split("#")[0] == url(doc["html"])]
    if not check(f"the entry lists a mention in {doc['html']}", ours, mentions[:5]):
        return
    target = next((m for m in ours if m["url"].endswith("#" + (anchor or "\0"))), ours[0])
    frag = urllib.parse.unquote(target["url"].split("#", 1)[1])
    if anchor:
        check(f"the mention points to the passage of the link clicked (#{anchor})", frag == anchor,
              [m["raw"] for m in ours])
    mark = page.mark()
    page.click(f"[id={css_str(pid)}] a[href={css_str(target['raw'])}]")
    page.wait_load(mark, what=f"{doc['html']} to load after clicking the mention")
    loc = page.eval("[location.pathname.split('/').pop(), decodeURIComponent(location.hash)]")
    check(f"the mention opens {doc['html']}#{frag}", loc == [doc["html"], "#" + frag], loc)
    check_in_viewport(page, frag, f"the passage #{frag}")
    back = js(page, f"""[...(__t.byId({css_str(frag)}) || document.createElement('x')).querySelectorAll('a.person')]
        .some(a => a.getAttribute('href').endsWith('#' + {css_str(pid)}))""")
    check(f"the passage #{frag} links back to {pid}", back)
    shot(page, "2-person-mention")


# --------------------------------------------------------------------------------------------------------------
# 2b. Places and organisations: document -> register -> back to the passage, on a small edition of its own
# (tests/data/registers-edition: a list of places and one of organisations), built here with $EDITIO.

PLACES = OUT.parent / (OUT.name + "-places")

ENTITY_LINK_JS = r"""((kind) => {
  const a = document.querySelector('.tei-text a.' + kind) || document.querySelector('main a.' + kind);
  return a ? {href: a.getAttribute('href'), text: __t.norm(a.textContent), title: a.title,
              anchor: (a.closest('[id]') || {}).id || null} : null;
})"""


def build_places_edition():
    editio, src = os.environ.get("EDITIO"), os.environ.get("SRC")
    if not check("$EDITIO and $SRC name the binary and the repository", editio and src, (editio, src)):
        return None
    run = subprocess.run([editio, "build", "--sources", str(Path(src) / "tests" / "data" / "registers-edition"),
                          "--out", str(PLACES), "--formats", "tei,html", "--progress", "off"],
                         capture_output=True, text=True)
    if not check("the places test edition builds", run.returncode == 0, run.stdout[-2000:] + run.stderr[-500:]):
        return None
    root = ET.parse(PLACES / "edition.xml").getroot()
    return [d.get("html") for d in root.findall("e:document", NS)]


def entity_round_trip(page, base, pages, kind, register):
    """A name of `kind` (place, org) in a document page -> its entry in `register` -> the passage again."""
    found = None
    for name in pages:
        page.goto(base + name)
        link = js(page, ENTITY_LINK_JS + f"({css_str(kind)})")
        if link:
            found = (name, link)
            break
    if not check(f"a document page links a name to {register} (a.{kind})", found):
        return
    doc, link = found
    m = re.fullmatch(re.escape(register) + r"#(.+)", link["href"])
    if not check(f"a.{kind} “{link['text']}” of {doc} points to {register}#ID, titled with its regular name",
                 m and link["title"], link):
        return
    eid = m.group(1)
    mark = page.mark()
    page.click(f".tei-text a.{kind}" if js(page, f"!!document.querySelector('.tei-text a.{kind}')") else f"main a.{kind}")
    page.wait_load(mark, what=f"{register} to load after clicking a {kind}")
    loc = page.eval("[location.pathname.split('/').pop(), decodeURIComponent(location.hash)]")
    check(f"clicking it opens {register}#{eid}", loc == [register, "#" + eid], loc)
    check_in_viewport(page, eid, f"the entry #{eid}")
    passages = js(page, f"""[...(__t.byId({css_str(eid)}) || document.createElement('x')).querySelectorAll('.mentions a[href]')]
        .map(a => ({{raw: a.getAttribute('href'), url: a.href}}))""")
    ours = [p for p in passages if p["url"].split("#")[0] == base + doc]
    check(f"the entry #{eid} lists its passages as DOC.html#PASSAGE, one in {doc}",
          ours and all(re.search(r"\.html#.+$", p["url"]) for p in passages), passages[:5])
    target = next((p for p in ours if p["url"].endswith("#" + (link["anchor"] or "\0"))), None)
    if not check(f"a passage link points to the passage of the name clicked (#{link['anchor']})", target,
                 [p["raw"] for p in ours]):
        return
    mark = page.mark()
    page.click(f"[id={css_str(eid)}] a[href={css_str(target['raw'])}]")
    page.wait_load(mark, what=f"{doc} to load after clicking the passage")
    loc = page.eval("[location.pathname.split('/').pop(), decodeURIComponent(location.hash)]")
    check(f"the passage link opens {doc}#{link['anchor']}", loc == [doc, "#" + link["anchor"]], loc)
    check_in_viewport(page, link["anchor"], f"the passage #{link['anchor']}")
    back = js(page, f"""[...(__t.byId({css_str(link['anchor'])}) || document.createElement('x')).querySelectorAll('a.{kind}')]
        .some(a => a.getAttribute('href') === {css_str(register + '#' + eid)})""")
    check(f"the passage #{link['anchor']} links back to {register}#{eid}", back)
    shot(page, f"2b-{kind}-passage")


PLACE_FACTS_JS = r"""[...document.querySelectorAll('article.place-entry')].map(a => ({
  id: a.id, name: __t.norm((a.querySelector('h3') || {}).textContent),
  coords: __t.norm((a.querySelector('.coordinates') || {}).textContent) || null,
  map: (a.querySelector('a.map-link') || {}).href || null,
  ids: [...a.querySelectorAll('a.idno')].map(x => x.href)}))"""


@scenario("2b. places and organisations: links both ways")
def places_and_orgs(browser):
    pages = build_places_edition()
    if not pages:
        return
    base = (PLACES / "html").as_uri() + "/"
    page = browser.new_page()
    mark = page.mark()
    page.goto(base + "index.html")
    links = js(page, "[...document.querySelectorAll('main a[href]')].map(a => a.getAttribute('href'))")
    check("the index links places.html and organisations.html",
          "places.html" in links and "organisations.html" in links, links)
    entity_round_trip(page, base, pages, "place", "places.html")
    entity_round_trip(page, base, pages, "org", "organisations.html")
    page.goto(base + "places.html")
    places = js(page, PLACE_FACTS_JS)
    located = [p for p in places if p["coords"]]
    check("places.html shows coordinates as text (“55.7558° N, 37.6173° E”)", located and all(
        re.fullmatch(r"\d+(\.\d+)?° [NS], \d+(\.\d+)?° [EW]", p["coords"]) for p in located), places)
    check("each place with coordinates links out to OpenStreetMap at them", located and all(
        p["map"] and p["map"].startswith("https://www.openstreetmap.org/?mlat=") for p in located), located)
    check("authority ids are links (Wikidata)", any(i.startswith("https://www.wikidata.org/wiki/")
                                                     for p in places for i in p["ids"]), places)
    outside = [u for u in page.requests(mark) if not u.startswith("file://") and not u.startswith("data:")]
    check("the registers and pages load nothing from outside the site", not outside, outside[:5])
    check("no console errors, no failed requests", not page.errors(mark) and not page.failed_requests(mark),
          page.errors(mark)[:5] + page.failed_requests(mark)[:5])
    shot(page, "2b-places", full=True)
    browser.send("Target.closeTarget", {"targetId": page.target})


# --------------------------------------------------------------------------------------------------------------
# 3. Note popover, keyboard and mouse

NOTE_JS = r"""(() => {
  const a = document.activeElement;
  if (!a || !a.matches('a[role=doc-noteref]')) return null;
  const pop = document.getElementById(a.getAttribute('aria-describedby') || '');
  const frag = decodeURIComponent((a.getAttribute('href') || '').split('#')[1] || '');
  const li = document.getElementById(frag);
  let noteText = null;
  if (li) { const c = li.cloneNode(true); c.querySelectorAll('[role=doc-backlink]').forEach(b => b.remove());
            noteText = __t.norm(c.textContent); }
  return {id: a.id, href: a.getAttribute('href'), describedby: a.getAttribute('aria-describedby'),
          pop: pop ? {cls: pop.className, role: pop.getAttribute('role'), text: __t.norm(pop.textContent),
                      state: __t.state(pop)} : null,
          liTag: li ? li.tagName.toLowerCase() : null, noteText};
})()"""


def tab_to(page, selector, limit=600):
    """Presses Tab (on a freshly loaded page: from its start) until the focused element matches selector;
    returns the number of presses, or None."""
    for i in range(1, limit + 1):
        page.key("Tab")
        if page.eval(f"!!document.activeElement && document.activeElement.matches({css_str(selector)})"):
            page.settle()  # the focus may scroll the page smoothly
            return i
    return None


def pop_state(page):
    return js(page, "(() => { const a = document.querySelector('a[role=doc-noteref]:focus') || window.__noteref;"
                    " return __t.state(document.getElementById(a.getAttribute('aria-describedby') || '')); })()")


@scenario("3. note popover")
def notes(page, docs, visited):
    doc = next((d for d in docs if d.get("noteref")), None)
    if not check("a document page has note calls (a[role=doc-noteref])", doc):
        return
    visit(page, doc["html"], visited)
    n = tab_to(page, "a[role=doc-noteref]")
    if not check(f"Tab reaches a note call on {doc['html']}", n, "not within 600 Tabs"):
        return
    print(f"# {n} Tabs to the first note call")
    page.eval("window.__noteref = document.activeElement")
    settle(page, JS_HELPERS + "(" + NOTE_JS + ")?.pop?.state?.visible", 2, "the popover to show")
    info = js(page, NOTE_JS)
    pop = info["pop"]
    check("the note call has aria-describedby naming an element", pop is not None, info)
    if not pop:
        return
    check("the popover has class note-popover and role tooltip",
          "note-popover" in pop["cls"].split() and pop["role"] == "tooltip", pop)
    st = pop["state"]
    check("the popover is visible on keyboard focus (display, visibility, box, inside the viewport)",
          st["visible"] and st["inViewport"], st)
    check("the note call links to an endnote (li)", info["liTag"] == "li", info["href"])
    check("the popover's text is the endnote's text (without its back-link)",
          info["noteText"] is not None and pop["text"] == info["noteText"],
          f"\n    popover: {pop['text'][:200]!r}\n    endnote: {(info['noteText'] or '')[:200]!r}")
    shot(page, "3-note-popover-focus")
    page.key("Escape")
    settle(page, JS_HELPERS + "(() => { const a = window.__noteref; return __t.state("
                 "document.getElementById(a.getAttribute('aria-describedby'))).hidden })()", 2)
    st = pop_state(page)
    check("Escape hides the popover", st["hidden"], st)
    page.mouse_move(0, 0)
    page.eval("window.__noteref.id || (window.__noteref.id = '__noteref')")
    page.hover("#" + page.eval("CSS.escape(window.__noteref.id)"))
    settle(page, JS_HELPERS + "(() => { const a = window.__noteref; return __t.state("
                 "document.getElementById(a.getAttribute('aria-describedby'))).visible })()", 2)
    st = pop_state(page)
    check("hovering the note call shows the popover", st["visible"] and st["inViewport"], st)
    shot(page, "3-note-popover-hover")
    page.mouse_move(0, 0)

    page.phone()
    try:
        visit(page, doc["html"], visited)
        n = tab_to(page, "a[role=doc-noteref]")
        if check("phone: Tab reaches a note call", n):
            settle(page, JS_HELPERS + "(" + NOTE_JS + ")?.pop?.state?.visible", 2)
            info = js(page, NOTE_JS)
            st = info["pop"]["state"] if info and info["pop"] else {"visible": False}
            check("phone (390px): the popover is visible and fits the viewport width",
                  st["visible"] and st["left"] >= 0 and st["right"] <= st["vw"], st)
            shot(page, "3-note-popover-phone")
    finally:
        page.desktop()


# --------------------------------------------------------------------------------------------------------------
# 4. Reading switch (CSS only)

READING_JS = r"""(() => {
  const ch = [...document.querySelectorAll('.choice')].find(c =>
      c.querySelector(':scope > .sic, :scope > .orig') && c.querySelector(':scope > .corr, :scope > .reg'));
  if (!ch) return null;
  const src = ch.querySelector(':scope > .sic, :scope > .orig'), cor = ch.querySelector(':scope > .corr, :scope > .reg');
  return {source: __t.state(src), corrected: __t.state(cor), sourceText: __t.norm(src.textContent),
          correctedText: __t.norm(cor.textContent),
          checked: document.getElementById('reading-source').checked ? 'source' :
                   document.getElementById('reading-corrected').checked ? 'corrected' : null};
})()"""


@scenario("4. reading switch")
def reading(page, docs, visited):
    doc = next((d for d in docs if d.get("reading")), None)
    if not check("a document page has the reading switch (input#reading-source, input#reading-corrected)", doc):
        return

    def run(label):
        visit(page, doc["html"], visited)
        r = js(page, READING_JS)
        if not check(f"{label}: {doc['html']} has a choice with a source and a corrected reading", r):
            return
        check(f"{label}: by default the corrected reading is shown and the source's hidden",
              r["checked"] == "corrected" and r["corrected"]["visible"] and r["source"]["hidden"], r)
        for which, shown, other in (("source", "source", "corrected"), ("corrected", "corrected", "source")):
            page.click(f"label[for=reading-{which}]")
            time.sleep(0.05)
            r = js(page, READING_JS)
            check(f"{label}: choosing the {which} reading shows “{r[shown + 'Text']}” and hides "
                  f"“{r[other + 'Text']}”",
                  r["checked"] == which and r[shown]["visible"] and r[other]["hidden"], r)
            if label == "with JS":
                js(page, "[...document.querySelectorAll('.choice')].find(c => c.querySelector('.sic, .orig'))"
                         ".scrollIntoView({block: 'center'})")
                shot(page, f"4-reading-{which}")

    run("with JS")
    page.js_disabled(True)
    try:
        run("without JS")
    finally:
        page.js_disabled(False)


# --------------------------------------------------------------------------------------------------------------
# 4b. Chronology: the letters' own dates, the dates they mention, or all (CSS only)

CHRONOLOGY_JS = r"""(() => {
  const items = [...document.querySelectorAll('li.dated')];
  const shown = items.filter(li => li.offsetParent !== null);
  return {all: items.length, letters: items.filter(li => li.classList.contains('dated-dateline')).length,
          shown: shown.length, shownLetters: shown.filter(li => li.classList.contains('dated-dateline')).length};
})()"""


@scenario("4b. chronology filter")
def chronology(page, docs, visited):
    visit(page, "chronology.html", visited)
    if not check("chronology.html offers the letters' dates apart (input#filter-letters)",
                 js(page, "!!document.getElementById('filter-letters')")):
        return
    r = js(page, CHRONOLOGY_JS)
    check("by default every date is shown, the letters' own dates flagged", r["shown"] == r["all"] and
          0 < r["letters"] < r["all"] and js(page, "document.querySelectorAll('.flag-dateline').length") == r["letters"], r)
    page.click("label[for=filter-letters]")
    time.sleep(0.05)
    r = js(page, CHRONOLOGY_JS)
    check(f"“the letters' own dates” shows those {r['letters']} and hides the rest",
          r["shown"] == r["letters"] == r["shownLetters"], r)
    page.click("label[for=filter-mentioned]")
    time.sleep(0.05)
    r = js(page, CHRONOLOGY_JS)
    check("“the dates they mention” hides the letters' own dates", r["shown"] == r["all"] - r["letters"]
          and r["shownLetters"] == 0, r)
    shot(page, "4b-chronology-mentioned")
    page.click("label[for=filter-all]")
    time.sleep(0.05)
    check("“all dates” shows every date again", js(page, CHRONOLOGY_JS)["shown"] == r["all"])


# --------------------------------------------------------------------------------------------------------------
# 5. Search

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def english_word(docs):
    """A word of an English document's text, long enough to be specific."""
    for d in docs:
        if d.get("lang", "").startswith("en") and d.get("text"):
            words = [w for w in WORD.findall(d["text"]) if len(w) >= 8 and w.isalpha() and w.islower()]
            if words:
                return words[len(words) // 3].lower(), d
    return None, None


def russian_oblique(docs):
    """A capitalized Cyrillic word ending in -а in a Russian text (preferably a person's name, genitive), with
    its form in -у (dative) that the texts do not contain: finding it needs morphology."""
    ru = [d for d in docs if d.get("lang", "").startswith("ru") and d.get("text")]
    seen = set()
    for d in ru:
        seen.update(w.lower() for w in WORD.findall(d["text"]))
    pattern = re.compile(r"^[А-ЯЁ][а-яё]{3,}а$")
    for source in ("personWords", "text"):
        for d in ru:
            items = d[source] if source == "personWords" else [d["text"]]
            for item in items:
                for w in WORD.findall(item):
                    if pattern.match(w) and (w[:-1] + "у").lower() not in seen:
                        return w, w[:-1] + "у", d
    return None, None, None


RESULTS_JS = r"""(() => {
  const status = document.getElementById('search-status');
  const hits = [...document.querySelectorAll('ol#search-results li.search-hit')];
  return {status: status ? __t.norm(status.textContent) : null,
          hits: hits.map(li => {
            const a = li.querySelector('a.search-hit-link');
            return {href: a ? a.href : null, raw: a ? a.getAttribute('href') : null, marks:
                    [...li.querySelectorAll('mark')].map(m => __t.norm(m.textContent)),
                    text: __t.norm(li.textContent).slice(0, 160)};
          })};
})()"""


def stem_in(text, word, cut):
    return word.lower()[:max(4, len(word) - cut)] in text.lower()


def open_first_hit(page, word, cut, what, visited):
    res = js(page, RESULTS_JS)
    first = res["hits"][0]
    mark = page.mark()
    page.click("ol#search-results li.search-hit a.search-hit-link")
    page.wait_navigation(mark, what="the first search hit to open")
    visited.add(first["href"].split("#")[0][len(HTML_URL):])
    frag = page.eval("decodeURIComponent(location.hash.slice(1))")
    passage = js(page, f"(() => {{ const e = __t.byId({css_str(frag)}); return e ? __t.norm(e.textContent) : null }})()")
    check(f"{what}: the first hit opens a passage containing “{word}”",
          passage is not None and stem_in(passage, word, cut), f"#{frag}: {(passage or '')[:200]!r}")
    return frag


def check_in_viewport(page, element_id, what):
    """Checks that the element with this id is (or, within 3 s, comes) into the viewport."""
    settle(page, JS_HELPERS + f"__t.state(__t.byId({css_str(element_id)})).intersectsViewport", 3)
    st = js(page, f"__t.state(__t.byId({css_str(element_id)}))")
    return check(f"{what} is in the viewport", st["exists"] and st["intersectsViewport"], st)


def search_results(page):
    """The search page's results once some are shown (or after 3 s, whatever is there)."""
    settle(page, JS_HELPERS + "(" + RESULTS_JS + ").hits.length > 0", 3, "search results")
    return js(page, RESULTS_JS)


def check_results(page, what, res):
    hits = res["hits"]
    check(f"{what}: #search-status reports results", res["status"] and re.search(r"\d", res["status"]),
          res["status"])
    check(f"{what}: ol#search-results has hits (li.search-hit a.search-hit-link)", hits and all(h["href"] for h in hits),
          hits[:3])
    if not hits:
        return False
    bad = [h for h in hits if not (h["href"].startswith(HTML_URL) and re.search(r"/[^/]+\.html#[^#]+$", h["href"]))]
    check(f"{what}: every hit links to DOC.html#ANCHOR", not bad, bad[:3])
    nomark = [h for h in hits if not h["marks"]]
    check(f"{what}: every hit has a <mark>", not nomark, nomark[:3])
    return True


@scenario("5. search")
def search(page, docs, visited):
    if not check("search.html exists", (HTML / "search.html").is_file(), HTML / "search.html"):
        return
    word, wdoc = english_word(docs)
    if not check("an English word is found in an English document", word):
        return
    print(f"# English word: {word!r} (from {wdoc['html']})")
    start = docs[0]
    visit(page, start["html"], visited)
    field = "form.site-search input[name=q]"
    if not check(f"{start['html']} has the header search field ({field})",
                 page.eval(f"!!document.querySelector({css_str(field)})")):
        return
    page.click(field)
    page.insert_text(word)
    mark = page.mark()
    page.key("Enter")
    page.wait_load(mark, what="search.html to load after Enter in the header search field")
    visited.add("search.html")
    loc = page.eval("[location.pathname.split('/').pop(), new URLSearchParams(location.search).get('q')]")
    check(f"Enter opens search.html?q={word}", loc == ["search.html", word], loc)
    res = search_results(page)
    if check_results(page, f"search “{word}”", res):
        shot(page, "5-search-results")
        open_first_hit(page, word, 2, f"search “{word}”", visited)

    gen, dat, rdoc = russian_oblique(docs)
    if check("a Russian document has a capitalized word in -а whose form in -у it does not contain", gen):
        print(f"# Russian: {gen!r} in {rdoc['html']}, queried as {dat!r}")
        visit(page, "search.html?q=" + urllib.parse.quote(dat), visited)
        res = search_results(page)
        if check_results(page, f"search “{dat}” (text has “{gen}”)", res):
            shot(page, "5-search-russian")
            open_first_hit(page, gen, 1, f"search “{dat}”", visited)

    visit(page, "search.html", visited)
    if check("search.html has #search-input", page.eval("!!document.getElementById('search-input')")):
        page.click("#search-input")
        page.eval("document.getElementById('search-input').select()")
        mark = page.mark()
        page.insert_text(word)
        settle(page, JS_HELPERS + "(" + RESULTS_JS + ").hits.length > 0", 3, "results while typing")
        res = js(page, RESULTS_JS)
        loads = [e for e in page.browser.events[mark:] if e.get("sessionId") == page.session
                 and e["method"] in ("Page.loadEventFired", "Page.frameNavigated")]
        check(f"typing “{word}” into #search-input shows results without Enter (no page load)",
              res["hits"] and not loads, {"hits": len(res["hits"]), "status": res["status"], "loads": len(loads)})
        shot(page, "5-search-as-you-type")


# --------------------------------------------------------------------------------------------------------------
# 5b. Search in shards: the sample built again with a tiny shard budget ($EDITIO_SEARCH_SHARD_BYTES), one shard
# per document; its search.html must find what the single index finds, in the same order.

SHARDED = OUT.parent / (OUT.name + "-sharded")

# Queries from the single index: forms across it, their beginnings (prefix search), forms the texts lack
# (stems), pairs and quoted pairs.
QUERIES_JS = r"""(() => {
  const forms = [];
  for (const g of window.EDITIO_SEARCH_INDEX.words) for (let k = g.length % 2; k + 1 < g.length; k += 2) forms.push(g[k]);
  const step = Math.max(1, Math.floor(forms.length / 150));
  const out = [];
  for (let i = 0; i < forms.length; i += step) {
    const f = forms[i], next = forms[(i + 7 * step) % forms.length];
    out.push(f, Array.from(f).slice(0, 3).join(''), f + 'у ', f + 'ым ', f + ' ' + next, '"' + f + ' ' + next + '"');
  }
  return out;
})()"""


def search_all(page, queries):
    return page.eval("(async () => { await window.EditioSearch.ready; return "
                     + json.dumps(queries, ensure_ascii=False) + ".map(q => window.EditioSearch.search(q)); })()",
                     timeout=60)


@scenario("5b. search in shards")
def sharded_search(browser, docs):
    editio = os.environ.get("EDITIO")
    if not check("$EDITIO names the editio binary", editio and Path(editio).is_file(), editio):
        return
    cmd = [editio, "build", "--out", str(SHARDED), "--formats", "tei,html", "--progress", "off"]
    if os.environ.get("SRC"):
        cmd[2:2] = ["--sources", str(Path(os.environ["SRC"]) / "sources")]
    run = subprocess.run(cmd, env={**os.environ, "EDITIO_SEARCH_SHARD_BYTES": "1"}, capture_output=True, text=True)
    if not check("the sample builds with EDITIO_SEARCH_SHARD_BYTES=1", run.returncode == 0, run.stdout[-2000:]):
        return
    index_js = (SHARDED / "html" / "search-index.js").read_text(encoding="utf-8")
    shards = sorted(p.name for p in (SHARDED / "html" / "search").glob("*.js"))
    check(f"search-index.js lists the shards, one per document ({len(docs)})",
          '"shards":[' in index_js and '"passages"' not in index_js and len(shards) == len(docs), shards)

    single = browser.new_page()
    single.goto(url("search.html"))
    queries = js(single, QUERIES_JS)
    want = search_all(single, queries)
    page = browser.new_page()
    mark = page.mark()
    page.goto((SHARDED / "html").as_uri() + "/search.html")
    got = search_all(page, queries)
    loaded = [u for u in page.requests(mark) if re.search(r"/search/\d+\.js$", u)]
    check(f"search.html loads the {len(shards)} shards as scripts", len(loaded) == len(shards), loaded)
    differ = [(q, w, g) for q, w, g in zip(queries, want, got) if w != g]
    check(f"{len(queries)} queries find the same passages in the same order as the single index "
          f"({sum(map(len, want))} hits)", sum(map(len, want)) > 0 and not differ, differ[:3])

    word, _ = english_word(docs)
    gen, dat, _ = russian_oblique(docs)
    for q in filter(None, (word, dat)):
        shown = []
        for p, base in ((single, HTML_URL), (page, (SHARDED / "html").as_uri() + "/")):
            p.goto(base + "search.html?q=" + urllib.parse.quote(q))
            res = search_results(p)
            shown.append({"status": res["status"], "hits": [(h["raw"], h["marks"]) for h in res["hits"]]})
        check(f"search.html?q={q}: the sharded site shows the same results", shown[0]["hits"] and shown[0] == shown[1],
              shown)
    check("the sharded search page: no console errors, no failed requests",
          not page.errors(mark) and not page.failed_requests(mark),
          page.errors(mark)[:5] + page.failed_requests(mark)[:5])
    shot(page, "5b-search-sharded")
    for p in (single, page):
        browser.send("Target.closeTarget", {"targetId": p.target})


# --------------------------------------------------------------------------------------------------------------
# 6. Cite this paragraph

CITE_PICK_JS = r"""(() => {
  const p = [...document.querySelectorAll('main p[id]')].find(p => p.querySelector('button.cite-button'))
         || (document.querySelector('button.cite-button') || {closest: () => null}).closest('[id]');
  if (!p) return null;
  const pn = p.querySelector('.pn');
  const num = ((pn && (pn.textContent + ' ' + (pn.getAttribute('aria-label') || ''))) || '').match(/\d+/);
  window.__citeButton = p.querySelector('button.cite-button');
  return {id: p.id, n: num ? num[0] : null, title: __t.norm((document.querySelector('h1') || {}).textContent)};
})()"""


@scenario("6. cite")
def cite(page, docs, visited):
    doc = next((d for d in docs if d.get("cite")), None)
    if not check("a document page has cite buttons (button.cite-button)", doc):
        doc = docs[0]
    else:
        visit(page, doc["html"], visited)
        p = js(page, CITE_PICK_JS)
        check("a numbered paragraph has a cite button", p and p["n"], p)
        if p:
            sel = f"[id={css_str(p['id'])}]"
            page.hover(sel)
            page.click(f"{sel} button.cite-button")
            settle(page, "(document.getElementById('cite-dialog') || {}).open", 2, "the cite dialog to open")
            d = js(page, r"""(() => { const d = document.getElementById('cite-dialog');
                const l = document.getElementById('cite-permalink'), t = document.getElementById('cite-text');
                return {tag: d && d.tagName.toLowerCase(), open: !!(d && d.open), state: __t.state(d),
                        permalink: l ? l.value : null, text: t ? __t.norm(t.textContent || t.value) : null}; })()""")
            check("clicking the cite button opens dialog#cite-dialog",
                  d["tag"] == "dialog" and d["open"] and d["state"]["visible"], d)
            check(f"input#cite-permalink ends with {doc['html']}#{p['id']}",
                  (d["permalink"] or "").endswith(f"{doc['html']}#{p['id']}"), d["permalink"])
            check("#cite-text contains the document title", d["text"] and p["title"] in d["text"],
                  f"title {p['title']!r} / text {d['text']!r}")
            check(f"#cite-text contains the paragraph's number ({p['n']})",
                  d["text"] and re.search(rf"(?<!\d){p['n']}(?!\d)", d["text"]), d["text"])
            shot(page, "6-cite-dialog")
            page.key("Escape")
            time.sleep(0.1)
            after = page.eval("[!!(document.getElementById('cite-dialog') || {}).open,"
                              " document.activeElement === window.__citeButton,"
                              " document.activeElement && document.activeElement.outerHTML.slice(0, 120)]")
            check("Escape closes the cite dialog", after[0] is False, after)
            check("focus returns to the cite button", after[1] is True, after[2])
    page.js_disabled(True)
    try:
        visit(page, doc["html"], visited)
        check(f"without JS: {doc['html']} has section#cite-this",
              page.eval("!!document.querySelector('section#cite-this')"))
    finally:
        page.js_disabled(False)


# --------------------------------------------------------------------------------------------------------------
# 7. Interface language

LABELS_JS = r"""(() => {
  const q = document.querySelector('form.site-search input[name=q]');
  const label = el => !el ? null : __t.norm([...(el.labels || [])].map(l => l.textContent).join(' ')
                          + ' ' + (el.getAttribute('aria-label') || ''));
  const out = {};
  out['skip link'] = __t.norm((document.querySelector('a.skip-link') || {}).textContent) || null;
  out['search field label'] = label(q);
  out['search field placeholder'] = q ? q.getAttribute('placeholder') : null;
  out['register link'] = __t.norm((document.querySelector('a.register-nav-link, header a[href="register.html"]') || {}).textContent) || null;
  out['notes heading'] = [...document.querySelectorAll('[role=doc-endnotes] h2, section.notes h2')].map(h => __t.norm(h.textContent)).join(' / ') || null;
  out['persons heading'] = __t.norm((document.getElementById('persons-title') || {}).textContent) || null;
  return out;
})()"""


@scenario("7. interface language")
def language(page, docs, visited):
    seen_notes = {"ru": False, "en": False}
    for d in docs:
        visit(page, d["html"], visited)
        lang = page.eval("document.documentElement.lang")
        check(f"{d['html']}: html[lang={d['lang']}] as in edition.xml", lang == d["lang"], lang)
        labels = js(page, LABELS_JS)
        ru = d["lang"].startswith("ru")
        present = {k: v for k, v in labels.items() if v}
        wrong = {k: v for k, v in present.items() if bool(CYRILLIC.search(v)) != ru}
        check(f"{d['html']}: interface labels are {'Russian' if ru else 'English'}", present and not wrong,
              wrong or labels)
        search_label = (labels["search field label"] or "") + " " + (labels["search field placeholder"] or "")
        check(f"{d['html']}: the header search field's label/placeholder is {'Cyrillic' if ru else 'Latin'}",
              search_label.strip() and bool(CYRILLIC.search(search_label)) == ru, labels)
        if labels["notes heading"]:
            seen_notes["ru" if ru else "en"] = True
    for k, v in seen_notes.items():
        if not v:
            print(f"# note: no {k} document page has endnotes, so no {k} notes heading was checked")


# --------------------------------------------------------------------------------------------------------------
# 8. Offline, phone, fonts

def font_faces_in_css(css_url):
    """(family, style, weight) -> [absolute src URLs] of the @font-face rules of a stylesheet on disk."""
    path = Path(urllib.parse.unquote(urllib.parse.urlparse(css_url).path))
    if not path.is_file():
        return {}
    css = re.sub(r"/\*.*?\*/", "", path.read_text(encoding="utf-8", errors="replace"), flags=re.S)
    faces = {}
    for block in re.findall(r"@font-face\s*\{(.*?)\}", css, flags=re.S):
        fam = re.search(r"font-family\s*:\s*['\"]?([^;'\"]+)", block)
        style = re.search(r"font-style\s*:\s*([^;]+)", block)
        weight = re.search(r"font-weight\s*:\s*([^;]+)", block)
        srcs = [urllib.parse.urljoin(css_url, u.strip("'\" ")) for u in re.findall(r"url\(([^)]+)\)", block)]
        w = (weight.group(1).strip() if weight else "400").replace("normal", "400").replace("bold", "700")
        faces[(fam.group(1).strip() if fam else "", (style.group(1).strip() if style else "normal"), w)] = srcs
    return faces


@scenario("8. offline, phone layout, fonts")
def offline(page, docs, visited, start_mark):
    # fonts, on the first document page at desktop size
    mark = page.mark()
    visit(page, docs[0]["html"], visited)
    faces = page.eval("(async () => { await document.fonts.ready; return [...document.fonts].map(f =>"
                      " ({family: f.family.replace(/^['\"]|['\"]$/g, ''), style: f.style, weight: f.weight,"
                      " status: f.status})); })()")
    loaded = [f for f in faces if f["status"] == "loaded"]
    check("fonts: document.fonts has a loaded face", loaded, faces)
    events = page.browser.events[mark:]
    ok_ids = {e["params"]["requestId"] for e in events if e["method"] == "Network.loadingFinished"}
    finished = {e["params"]["request"]["url"] for e in events
                if e["method"] == "Network.requestWillBeSent" and e["params"]["requestId"] in ok_ids}
    css_rules = {}
    for u in page.requests(mark):
        if u.split("?")[0].endswith(".css"):
            css_rules.update(font_faces_in_css(u))
    fonts_dir = HTML_URL + "fonts/"
    good = [f for f in loaded
            if any(s.startswith(fonts_dir) and s in finished
                   for key, srcs in css_rules.items()
                   if key[0] == f["family"] and key[1] == f["style"] and key[2] == str(f["weight"])
                   for s in srcs)]
    check("fonts: a loaded face was loaded from a file:// URL under html/fonts/", good,
          {"loaded": loaded, "font requests": [u for u in page.requests(mark) if "/fonts/" in u]})
    bad_fonts = [f for f in page.failed_requests(mark) if "/fonts/" in f[0]]
    check("fonts: no font request failed", not bad_fonts, bad_fonts)

    # phone: no horizontal overflow on any page
    pages = ["index.html"] + [d["html"] for d in docs] + ["register.html", "chronology.html"]
    if (HTML / "search.html").is_file():
        pages.append("search.html")
    page.phone()
    try:
        for name in pages:
            visit(page, name, visited)
            # (a mobile viewport widens to the content when the page overflows: compare with the device's 390px)
            w = page.eval("[document.documentElement.scrollWidth, innerWidth]")
            check(f"phone (390px): {name} has no horizontal overflow", w[0] <= page.width and w[1] == page.width,
                  f"scrollWidth {w[0]}, innerWidth {w[1]}, device width {page.width}")
            if name == docs[0]["html"]:
                shot(page, "8-phone-document")
            elif name == "register.html":
                shot(page, "8-phone-register")
    finally:
        page.desktop()

    # every request of the suite, every error
    reqs = page.requests(start_mark)
    outside = sorted({u for u in reqs if not (u.startswith(HTML_URL) or u.startswith(("data:", "about:")))})
    check(f"offline: all {len(reqs)} requests are file:// URLs under {HTML} (or data:/about:)", not outside,
          outside[:10])
    failed_reqs = page.failed_requests(start_mark)
    check("offline: no request failed", not failed_reqs, failed_reqs[:10])
    errs = page.errors(start_mark)
    check(f"no console errors or uncaught exceptions on the {len(visited)} pages visited", not errs,
          "\n    " + "\n    ".join(errs[:15]))


# --------------------------------------------------------------------------------------------------------------
# 9. Accessibility basics

A11Y_JS = r"""(() => {
  const notesSections = [...document.querySelectorAll('[role=doc-endnotes], section.notes')];
  const inNotes = el => notesSections.some(s => s.contains(el));
  const target = a => { const h = a.getAttribute('href') || ''; return h.startsWith('#') ?
                        document.getElementById(decodeURIComponent(h.slice(1))) : null; };
  const popovers = el => !!el.closest('.note-popover, [role=tooltip]');
  const links = [...document.querySelectorAll('a[href^="#"]')];
  const calls = links.filter(a => !inNotes(a) && !popovers(a) && target(a) && target(a).tagName === 'LI' && inNotes(target(a)));
  const endnotes = notesSections.flatMap(s => [...s.querySelectorAll('li')].filter(li => li.closest('[role=doc-endnotes], section.notes') === s && li.id));
  const backs = links.filter(a => inNotes(a) && !popovers(a) && target(a) && !inNotes(target(a)) && target(a).matches('a, sup, [role=doc-noteref]'));
  const name = el => __t.norm((el.labels ? [...el.labels].map(l => l.textContent).join(' ') : '') + ' ' +
      (el.getAttribute('aria-label') || '') + ' ' +
      (el.getAttribute('aria-labelledby') || '').split(/\s+/).map(id => (document.getElementById(id) || {}).textContent || '').join(' ') +
      ' ' + (el.getAttribute('title') || ''));
  const controls = [...document.querySelectorAll('input, select, textarea')]
      .filter(el => !['hidden', 'submit', 'reset', 'button', 'image'].includes(el.type));
  const buttons = [...document.querySelectorAll('button, input[type=submit], input[type=button], input[type=reset]')];
  const desc = el => el.outerHTML.slice(0, 100);
  return {
    mains: document.querySelectorAll('main').length,
    lang: document.documentElement.getAttribute('lang'),
    calls: calls.length, callsBad: calls.filter(a => a.getAttribute('role') !== 'doc-noteref').map(desc),
    noterefsBad: [...document.querySelectorAll('a[role=doc-noteref]')].filter(a => !target(a) || target(a).getAttribute('role') !== 'doc-endnote').map(desc),
    endnotes: endnotes.length, endnotesBad: endnotes.filter(li => li.getAttribute('role') !== 'doc-endnote').map(desc),
    backs: backs.length, backsBad: backs.filter(a => a.getAttribute('role') !== 'doc-backlink').map(desc),
    imgsBad: [...document.querySelectorAll('img')].filter(i => !i.hasAttribute('alt')).map(desc),
    controls: controls.length, controlsBad: controls.filter(el => !name(el)).map(desc),
    buttonsBad: buttons.filter(b => !(name(b) || __t.norm(b.textContent) || b.value)).map(desc),
  };
})()"""


@scenario("9. accessibility basics")
def accessibility(page, docs, visited):
    pages = ["index.html"] + [d["html"] for d in docs] + ["register.html", "chronology.html"]
    if (HTML / "search.html").is_file():
        pages.append("search.html")
    for name in pages:
        visit(page, name, visited)
        a = js(page, A11Y_JS)
        check(f"{name}: exactly one <main>", a["mains"] == 1, a["mains"])
        check(f"{name}: html has a lang attribute", bool(a["lang"]), a["lang"])
        page.key("Tab")
        first = js(page, r"""(() => { const a = document.activeElement;
            const h = a && a.getAttribute('href') || ''; const t = h.startsWith('#') && document.getElementById(h.slice(1));
            const m = document.querySelector('main');
            return {html: a ? a.outerHTML.slice(0, 120) : null, text: a ? __t.norm(a.textContent) : '',
                    ok: !!(a && a.tagName === 'A' && t && m && (t === m || t.contains(m) || m.contains(t)))}; })()""")
        check(f"{name}: the first focusable element is a skip link to the main content", first["ok"], first)
        check(f"{name}: note calls have role doc-noteref ({a['calls']})", not a["callsBad"] and not a["noterefsBad"],
              a["callsBad"][:3] + a["noterefsBad"][:3])
        check(f"{name}: endnotes have role doc-endnote ({a['endnotes']})", not a["endnotesBad"], a["endnotesBad"][:3])
        check(f"{name}: back-links have role doc-backlink ({a['backs']})", not a["backsBad"], a["backsBad"][:3])
        check(f"{name}: every img has alt", not a["imgsBad"], a["imgsBad"][:3])
        check(f"{name}: every form control has a label ({a['controls']})", not a["controlsBad"], a["controlsBad"][:3])
        check(f"{name}: every button has a name", not a["buttonsBad"], a["buttonsBad"][:3])


# --------------------------------------------------------------------------------------------------------------

def main():
    t0 = time.monotonic()
    print(f"# site: {HTML}\n# screenshots: {ARTIFACTS}")
    if not check(f"Chromium is installed ({cdp.CHROMIUM})", Path(cdp.CHROMIUM).exists(),
                 "missing: run scripts/install-deps.sh (it installs the Debian package chromium)"):
        print(f"{passed} passed, {failed} failed")
        return 1
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # a timeout's SIGTERM still closes Chromium
    browser = cdp.Browser.launch()
    try:
        selftest(browser)
        if not check(f"the sample edition is built ({OUT}/edition.xml, {HTML}/index.html)",
                     (OUT / "edition.xml").is_file() and (HTML / "index.html").is_file(),
                     "run the e2e.build_sample fixture first (ctest -R 'build_sample|browser')"):
            return finish(t0)
        docs = edition_documents()
        visited = set()
        page = browser.new_page()
        start = page.mark()
        survey(page, docs, visited)
        index(page, docs, visited)
        person(page, docs, visited)
        places_and_orgs(browser)
        notes(page, docs, visited)
        reading(page, docs, visited)
        chronology(page, docs, visited)
        search(page, docs, visited)
        cite(page, docs, visited)
        language(page, docs, visited)
        accessibility(page, docs, visited)
        offline(page, docs, visited, start)
        sharded_search(browser, docs)
    finally:
        browser.close()
    return finish(t0)


def finish(t0):
    print(f"# {time.monotonic() - t0:.1f}s")
    if failures:
        print("# failed:\n#   " + "\n#   ".join(failures))
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
