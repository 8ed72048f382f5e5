#!/usr/bin/env python3
"""The critical apparatus of the reading edition in headless Chromium (see cdp.py), run by CTest as
browser.apparatus.

Renders tests/data/apparatus/apparatus.xml (three witnesses, parallel segmentation) with the project's
stylesheet (xslt/html/document.xsl, xsltproc) into a temporary directory beside editio.css and editio.js, opens it
from disk and checks: reading as each witness shows exactly that witness's text (read from the TEI: the text
outside the apps, and in each app the lem/rdg whose @wit names it), with page scripts enabled and disabled; the
switch works from the keyboard; the popover of a place opens on focus and lists the readings with their sigla;
the synopsis opens as the :target and reads its two columns each as its own switch says.

Environment: ARTIFACTS (screenshots; default a temporary directory), CHROMIUM (see cdp.py), KEEP=1 keeps the page.
Prints "ok - ..." / "FAIL - ..." and "N passed, M failed"; exits 1 when a check failed.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
import cdp  # noqa: E402
from site_test import JS_HELPERS, check, css_str, finish, norm, scenario, settle, tab_to  # noqa: E402

TEI_NS = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
FIXTURE = ROOT / "tests" / "data" / "apparatus" / "apparatus.xml"
XSL = ROOT / "xslt" / "html"
WORK = Path(tempfile.mkdtemp(prefix="editio-apparatus-"))
ARTIFACTS = Path(os.environ.get("ARTIFACTS", Path(tempfile.gettempdir()) / "editio-apparatus-artifacts"))


def js(page, expr):
    return page.eval(JS_HELPERS + expr)


def witnesses():
    """[(id, siglum)] in listWit order."""
    root = ET.parse(FIXTURE).getroot()
    return [(w.get(XML_ID), w.get("n") or w.get(XML_ID)) for w in root.iter(TEI_NS + "witness")]


def witness_text(wid):
    """The text of witness `wid` as the TEI gives it: outside the apps as is; in each app the reading naming it."""
    root = ET.parse(FIXTURE).getroot()

    def walk(el):
        if el.tag == TEI_NS + "app":
            out = [r for r in el if ("#" + wid) in (r.get("wit") or "").split()]
            return "".join("".join(r.itertext()) for r in out) + (el.tail or "")
        return (el.text or "") + "".join(walk(c) for c in el) + (el.tail or "")

    body = root.find(f"{TEI_NS}text/{TEI_NS}body")
    return norm((body.text or "") + "".join(walk(c) for c in body))


def words(s):
    """Words and punctuation of a text, spacing aside (an empty reading leaves two spaces, collapsed on screen)."""
    return re.findall(r"\w+(?:[-']\w+)*|[^\w\s]", s)


# The text as read on screen (innerText: what is displayed), without the calls (°), paragraph numbers (¶1) and
# the buttons editio.js adds (cite this paragraph).
SHOWN_JS = r"""((sel) => { const el = document.querySelector(sel); if (!el) return null;
  const buttons = [...el.querySelectorAll('button')].filter(b => !b.hidden);
  buttons.forEach(b => { b.hidden = true; });
  const text = el.innerText;
  buttons.forEach(b => { b.hidden = false; });
  return __t.norm(text.replace(/°/g, '').replace(/¶\d+/g, '')); })"""


def render():
    page = WORK / "apparatus.html"
    run = subprocess.run(["xsltproc", "--nonet", str(XSL / "document.xsl"), str(FIXTURE)],
                         capture_output=True, text=True)
    if not check("xsltproc renders the apparatus fixture", run.returncode == 0 and not run.stderr, run.stderr):
        return None
    page.write_text(run.stdout, encoding="utf-8")
    for asset in ("editio.css", "editio.js"):
        shutil.copy(XSL / asset, WORK / asset)
    return page


def witness_label(page, group, siglum):
    """The id of the input of `group` whose label shows `siglum`."""
    return js(page, f"""[...document.querySelectorAll('label[for^="{group}-"]')]
        .find(l => __t.norm((l.querySelector('.siglum') || {{}}).textContent) === {css_str(siglum)})?.htmlFor""")


@scenario("witness switch")
def switch(page, href, wits, label):
    page.goto(href)
    edited = js(page, SHOWN_JS + "('.tei-text')")
    lemma = norm(js(page, "[...document.querySelectorAll('.tei-text .app')].map(a => "
                          "a.querySelector(':scope > .lem')?.textContent ?? '').join('|')"))
    check(f"{label}: the edited text shows the lemmata", "Habit also has" in edited and "Changed habits" not in edited,
          edited[:120])
    check(f"{label}: every place shows its lemma by default",
          js(page, "[...document.querySelectorAll('.tei-text .app')].every(a => "
                   "[...a.children].every(r => __t.state(r).hidden === !r.classList.contains('lem') "
                   "|| r.textContent === ''))"), lemma)
    for wid, siglum in wits:
        option = witness_label(page, "witness", siglum)
        if not check(f"{label}: the switch has an option for witness {siglum}", option):
            continue
        page.click(f"label[for={css_str(option)}]")
        time.sleep(0.05)
        shown = js(page, SHOWN_JS + "('.tei-text')")
        want = witness_text(wid)
        check(f"{label}: reading as {siglum} shows {siglum}'s text word for word",
              words(shown) == words(want), f"\n    shown: {shown}\n    want:  {want}")
        if siglum == "F":
            check(f"{label}: as F, “Changed habits produce” is shown and “Habit also has” hidden",
                  "Changed habits produce" in shown and "Habit also has" not in shown, shown[:120])
            if label == "with JS":
                js(page, "document.querySelector('.witness-switch').scrollIntoView({block: 'start'})")
                shot(page, "apparatus-witness-F")
    page.click("label[for=witness-0]")
    time.sleep(0.05)
    check(f"{label}: back to the edited text", js(page, SHOWN_JS + "('.tei-text')") == edited)


@scenario("witness switch: keyboard")
def keyboard(page, href, wits):
    page.goto(href)
    n = tab_to(page, "input[name=witness]", limit=60)
    if not check("Tab reaches the witness switch (its checked input)", n,
                 "not within 60 Tabs"):
        return
    check("the checked input reached is the edited text's", page.eval("document.activeElement.id") == "witness-0")
    page.key("ArrowDown")
    time.sleep(0.05)
    state = js(page, """(() => { const i = document.activeElement, l = document.querySelector(`label[for="${i.id}"]`);
        return {id: i.id, checked: i.checked, outline: getComputedStyle(l).outlineStyle,
                siglum: __t.norm(l.querySelector('.siglum')?.textContent)}; })()""")
    check("ArrowDown chooses the next witness and its label shows the focus ring",
          state["checked"] and state["id"] == "witness-1" and state["outline"] != "none", state)
    shown = js(page, SHOWN_JS + "('.tei-text')")
    wid = next((w for w, s in wits if s == state["siglum"]), None)
    check(f"the text is then read as {state['siglum']}", wid and words(shown) == words(witness_text(wid)), shown)


POPOVER_JS = r"""(() => { const a = document.activeElement;
  const pop = document.getElementById(a.getAttribute('aria-describedby') || '');
  const li = document.querySelector(a.getAttribute('href'));
  return {call: a.className, state: __t.state(pop), text: pop ? __t.norm(pop.textContent) : null,
          cls: pop ? pop.className : null, role: pop?.getAttribute('role'),
          entry: li ? __t.norm(li.textContent.replace('↩', '')) : null}; })()"""


@scenario("apparatus popover")
def popover(page, href, wits):
    page.goto(href)
    n = tab_to(page, "a.appref", limit=80)
    if not check("Tab reaches the call of a place of variation (a.appref)", n):
        return
    settle(page, JS_HELPERS + POPOVER_JS + ".state.visible", 2, "the popover to show")
    info = js(page, POPOVER_JS)
    check("the popover shows on keyboard focus, inside the viewport",
          info["state"]["visible"] and info["state"]["inViewport"], info["state"])
    check("it is a note popover (role tooltip)", "note-popover" in info["cls"].split() and info["role"] == "tooltip",
          info)
    sigla = [s for _, s in wits]
    check(f"the popover lists lemma ] reading with the sigla ({' '.join(sigla)})",
          " ] " in info["text"] and all(re.search(rf"(^|\s){re.escape(s)}(\s|$)", info["text"]) for s in sigla)
          and "Habit also has" in info["text"] and "Changed habits produce" in info["text"], info["text"])
    check("the call links to its entry in the apparatus list, with the popover's text",
          info["entry"] == info["text"], info)
    shot(page, "apparatus-popover")
    page.key("Escape")
    settle(page, JS_HELPERS + POPOVER_JS + ".state.hidden", 2)
    check("Escape hides it", js(page, POPOVER_JS)["state"]["hidden"])
    page.mouse_move(0, 0)
    page.hover(".tei-text .app-sup a.appref")
    settle(page, JS_HELPERS + "__t.state(document.querySelector('.app-popover')).visible", 2)
    check("hovering the call shows the popover", js(page, "__t.state(document.querySelector('.app-popover')).visible"))
    page.mouse_move(0, 0)


COLUMN_JS = r"""((side) => __t.norm([...document.querySelectorAll('.synopsis-grid .syn-' + side)]
  .map(c => c.innerText).join(' ')))"""


@scenario("synopsis")
def synopsis(page, href, wits):
    page.goto(href)
    check("the synopsis is hidden until asked for", js(page, "__t.state(__t.byId('synopsis')).hidden"))
    page.click("a.synopsis-link")
    time.sleep(0.1)
    check("the link opens it (#synopsis, visible)",
          page.eval("location.hash") == "#synopsis" and js(page, "__t.state(__t.byId('synopsis')).visible"))
    (a_id, a_sig), (b_id, b_sig) = wits[0], wits[1]
    left, right = js(page, COLUMN_JS + "('a')"), js(page, COLUMN_JS + "('b')")
    check(f"the left column reads as {a_sig}, the right as {b_sig}",
          words(left) == words(witness_text(a_id)) and words(right) == words(witness_text(b_id)),
          f"\n    left:  {left}\n    right: {right}")
    f_id, f_sig = wits[-1]
    page.click(f"label[for={css_str(witness_label(page, 'syn-b', f_sig))}]")
    time.sleep(0.05)
    left2, right2 = js(page, COLUMN_JS + "('a')"), js(page, COLUMN_JS + "('b')")
    check(f"choosing {f_sig} on the right changes the right column only",
          words(right2) == words(witness_text(f_id)) and left2 == left and "Changed habits produce" in right2,
          f"\n    left:  {left2}\n    right: {right2}")
    check("the synopsis stays open", js(page, "__t.state(__t.byId('synopsis')).visible"))
    shot(page, "apparatus-synopsis")
    page.phone()
    try:
        page.goto(href + "#synopsis")
        time.sleep(0.1)
        fit = page.eval("[document.documentElement.scrollWidth, innerWidth]")
        check("phone (390px): the synopsis opens from its address and does not scroll sideways",
              js(page, "__t.state(__t.byId('synopsis')).visible") and fit[0] <= fit[1], fit)
        js(page, "__t.byId('synopsis').scrollIntoView({block: 'start'})")
        shot(page, "apparatus-synopsis-phone")
    finally:
        page.desktop()


def shot(page, name):
    path = page.screenshot(str(ARTIFACTS / f"{name}.png"))
    print(f"# screenshot: {path}")


def main():
    t0 = time.monotonic()
    if not check(f"Chromium is installed ({cdp.CHROMIUM})", Path(cdp.CHROMIUM).exists()):
        return finish(t0)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page_file = render()
    if not page_file:
        return finish(t0)
    href = page_file.as_uri()
    wits = witnesses()
    browser = cdp.Browser.launch()
    try:
        page = browser.new_page()
        switch(page, href, wits, "with JS")
        page.js_disabled(True)
        try:
            switch(page, href, wits, "without JS")
            synopsis(page, href, wits)
        finally:
            page.js_disabled(False)
        keyboard(page, href, wits)
        popover(page, href, wits)
    finally:
        browser.close()
        if os.environ.get("KEEP") == "1":
            print(f"# page kept in {WORK}")
        else:
            shutil.rmtree(WORK, ignore_errors=True)
    return finish(t0)


if __name__ == "__main__":
    sys.exit(main())
