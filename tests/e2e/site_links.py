#!/usr/bin/env python3
"""Every link of a built site resolves inside the site's folder.

usage: site_links.py HTML_DIR

Crawls every .html file under HTML_DIR, resolves each href and src (and the
TEI's <?xml-model href?> of every .xml file the pages link) that is not an
absolute http(s), mailto, data or javascript URL (fragments and queries
dropped), and checks that the target exists and lies inside HTML_DIR. Prints
each broken link as "page: attribute -> target (why)" and exits 1 when there
is any; else prints how many links it checked and exits 0.
"""
import html.parser
import os
import re
import sys
import urllib.parse

EXTERNAL = ("http:", "https:", "mailto:", "data:", "javascript:", "tel:")


class Links(html.parser.HTMLParser):
    """The href and src attributes of a page, and form actions."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is not None and (name in ("href", "src") or (tag == "form" and name == "action")):
                self.links.append((f"<{tag} {name}>", value))


def targets(root, page, links):
    """(label, link, why-broken-or-None) for each local link of `page`."""
    for label, link in links:
        link = link.strip()
        if not link or link.lower().startswith(EXTERNAL) or link.startswith("#"):
            continue
        parts = urllib.parse.urlsplit(link)
        if parts.scheme or parts.netloc:
            yield label, link, "an address outside the site"
            continue
        path = urllib.parse.unquote(parts.path)
        if path.startswith("/"):
            yield label, link, "rooted at the server's top, not relative to the site"
            continue
        target = os.path.realpath(os.path.join(os.path.dirname(page), path))
        if os.path.commonpath([root, target]) != root:
            yield label, link, "outside the site folder"
        elif not os.path.exists(target):
            yield label, link, "missing"
        else:
            yield label, link, None


def xml_model_links(path):
    """The <?xml-model href?> links of an XML file."""
    with open(path, encoding="utf-8", errors="replace") as f:
        head = f.read(4096)
    return [("<?xml-model href?>", m) for m in re.findall(r'<\?xml-model\s+href="([^"]*)"', head)]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = os.path.realpath(sys.argv[1])
    pages = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(".html"))
    if not pages:
        print(f"no .html under {root}")
        return 1
    broken, checked, xml_seen = [], 0, set()
    for page in pages:
        parser = Links()
        with open(page, encoding="utf-8") as f:
            parser.feed(f.read())
        for label, link, why in targets(root, page, parser.links):
            checked += 1
            rel = os.path.relpath(page, root)
            if why:
                broken.append(f"{rel}: {label} -> {link} ({why})")
                continue
            target = os.path.realpath(os.path.join(os.path.dirname(page), urllib.parse.urlsplit(link).path))
            if target.endswith(".xml") and target not in xml_seen:
                xml_seen.add(target)
                for label2, link2, why2 in targets(root, target, xml_model_links(target)):
                    checked += 1
                    if why2:
                        broken.append(f"{os.path.relpath(target, root)}: {label2} -> {link2} ({why2})")
    for b in broken:
        print("broken:", b)
    print(f"{len(pages)} pages, {checked} local links, {len(broken)} broken")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
