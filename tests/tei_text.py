"""Shared by the evaluation scripts: the text of a TEI element as the source has it."""
TEI = "{http://www.tei-c.org/ns/1.0}"


def text_of(el):
    """The element's text without the editor's readings (<corr>, <reg>) and notes: the source's reading."""
    out = [el.text or ""]
    for c in el:
        if c.tag not in (TEI + "corr", TEI + "reg", TEI + "note"):
            out.append(text_of(c))
        out.append(c.tail or "")
    return "".join(out)
