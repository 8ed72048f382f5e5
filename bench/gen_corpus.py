#!/usr/bin/env python3
"""Generates a benchmark corpus for Editio out of an existing edition.

Documents are made by recombining the paragraphs, headings and notes of the
edition's own texts (so the names in them are the personography's), in the
languages the edition has; the manifest, personography and responsibilities
(note signatures, insertion marks) are carried over, so the generated edition
exercises every stage: segmentation, notes and their signatures, person
linking, dates, validation and the stylesheets.

  python3 bench/gen_corpus.py --size 100MB --out /tmp/corpus-100
  python3 bench/gen_corpus.py --size 20MB --docs 1000 --out /tmp/corpus-1k

Deterministic: the same --seed, --size and --docs give the same bytes.
Nothing about a particular corpus is assumed: the source edition is read from
its manifest.toml (--sources, default: the sample edition in sources/).
"""

import argparse
import os
import random
import re
import shutil
import sys
import tomllib

NOTE_LINE = re.compile(r"^\[(\d+)\]\s+(.+)$")
NOTE_CALL = re.compile(r"\[\d+\]")
SENTENCE_END = re.compile(r"[.!?…»”\"]\s")


def parse_size(text):
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMG]?)B?\s*", text, re.I)
    if not m:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size such as 100MB, 512KB or 1GB")
    return int(float(m.group(1)) * {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}[m.group(2).upper()])


def toml_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


class Pool:
    """The units the documents are recombined from, by language."""

    def __init__(self):
        self.paragraphs = {}  # lang -> [text]
        self.headings = {}
        self.notes = {}

    def add_text(self, text, lang):
        blocks = [b.strip() for b in re.split(r"\n", text) if b.strip()]
        for b in blocks:
            m = NOTE_LINE.match(b)
            if m:
                self.notes.setdefault(lang, []).append(m.group(2))
                continue
            b = NOTE_CALL.sub("", b)
            words = b.split()
            if len(words) < 2:
                continue
            if len(b) <= 80 and not b.endswith((".", ":", ";", ",")):
                self.headings.setdefault(lang, []).append(b)
            elif len(words) >= 12:
                self.paragraphs.setdefault(lang, []).append(b)

    def finish(self, signatures):
        for lang, paras in self.paragraphs.items():
            # A language without notes of its own borrows its shorter paragraphs.
            if not self.notes.get(lang):
                self.notes[lang] = [p for p in paras if len(p) < 500] or paras[:5]
            if not self.headings.get(lang):
                self.headings[lang] = [" ".join(p.split()[:6]) for p in paras[:20]]
        # Bodies that carry a signature lose it: the generator signs its own notes.
        for lang, notes in self.notes.items():
            cleaned = []
            for n in notes:
                for s in signatures:
                    if n.endswith(s):
                        n = n[: -len(s)].rstrip()
                cleaned.append(n)
            self.notes[lang] = cleaned


def make_document(rng, pool, lang, target, signatures):
    """One document of about `target` bytes: sections of paragraphs with note
    calls, then the notes, as "[n] body" lines after the text."""
    out, notes, size, n = [], [], 0, 0
    while size < target:
        heading = rng.choice(pool.headings[lang])
        out.append(heading)
        size += len(heading.encode()) + 2
        for _ in range(rng.randint(3, 12)):
            p = rng.choice(pool.paragraphs[lang])
            if rng.random() < 0.15:
                # A call after a sentence inside the paragraph, or at its end.
                n += 1
                ends = [m.end() - 1 for m in SENTENCE_END.finditer(p)]
                at = rng.choice(ends) if ends and rng.random() < 0.5 else len(p)
                p = p[:at] + f"[{n}]" + p[at:]
                body = rng.choice(pool.notes[lang])
                if signatures and rng.random() < 0.5:
                    body += " " + rng.choice(signatures)
                notes.append(f"[{n}] {body}")
            out.append(p)
            size += len(p.encode()) + 2
            if size >= target:
                break
    text = "\n\n".join(out)
    if notes:
        text += "\n\n" + "\n\n".join(notes)
    return text + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sources", default=os.path.join(here, "..", "sources"),
                    help="the edition to recombine (a directory with manifest.toml)")
    ap.add_argument("--size", type=parse_size, required=True, help="total size of the texts, e.g. 100MB")
    ap.add_argument("--docs", type=int, help="number of documents (default: one per 100 KB on average)")
    ap.add_argument("--max-doc", type=parse_size, default=parse_size("1MB"),
                    help="largest document (default 1MB)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True, help="the new edition's directory (replaced if it exists)")
    args = ap.parse_args()

    manifest_path = os.path.join(args.sources, "manifest.toml")
    with open(manifest_path, "rb") as f:
        manifest = tomllib.load(f)
    edition = manifest["edition"]
    signatures = [r["signature"] for r in manifest.get("responsibility", []) if r.get("signature")]

    pool = Pool()
    for d in manifest.get("document", []):
        if not d["file"].endswith(".txt"):
            continue  # structured formats (Markdown, Word, ...) are not recombined: plain texts only
        with open(os.path.join(args.sources, d["file"]), encoding="utf-8-sig") as f:
            pool.add_text(f.read(), d.get("language", edition.get("language", "en")))
    pool.finish(signatures)
    langs = sorted(pool.paragraphs)
    if not langs:
        sys.exit(f"{manifest_path}: no paragraphs to recombine")

    count = args.docs or max(1, args.size // (100 << 10))
    mean = args.size / count
    rng = random.Random(args.seed)
    # Sizes vary (log-uniform from a third to three times the mean), scaled
    # to the total and capped at --max-doc.
    weights = [3 ** rng.uniform(-1, 1) for _ in range(count)]
    scale = args.size / sum(weights)
    sizes = [max(2000, min(args.max_doc, int(w * scale))) for w in weights]

    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    os.makedirs(os.path.join(args.out, "texts"))
    if edition.get("personography"):
        shutil.copy(os.path.join(args.sources, edition["personography"]), os.path.join(args.out, "personography.xml"))

    lines = [
        "# Generated by bench/gen_corpus.py from " + os.path.abspath(args.sources),
        f"# --size {args.size} --docs {count} --seed {args.seed}",
        "",
        "[edition]",
        'id = "bench"',
        f"title = {toml_string('Benchmark corpus recombined from ' + edition.get('title', 'an edition'))}",
        'editors = [{ id = "ed", name = "Benchmark editors", role = "editor" }]',
        'publisher = "Editio benchmarks"',
        'date = "2026"',
        'licence = "Generated text for benchmarks only."',
        f"language = {toml_string(edition.get('language', 'en'))}",
    ]
    if edition.get("personography"):
        lines.append('personography = "personography.xml"')
    lines.append("")
    for r in manifest.get("responsibility", []):
        lines.append("[[responsibility]]")
        for k, v in r.items():
            if isinstance(v, str):
                lines.append(f"{k} = {toml_string(v)}")
        lines.append("")

    total = 0
    width = len(str(count))
    for i, size in enumerate(sizes, 1):
        lang = langs[(i - 1) % len(langs)] if rng.random() < 0.5 else rng.choice(langs)
        doc_id = f"gen-{i:0{width}d}"
        text = make_document(rng, pool, lang, size, signatures)
        path = os.path.join(args.out, "texts", doc_id + ".txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        total += len(text.encode())
        year = rng.randint(1900, 1990)
        lines += [
            "[[document]]",
            f'id = "{doc_id}"',
            f'file = "texts/{doc_id}.txt"',
            f'title = "Generated document {i} ({lang})"',
            f'date = "{year}"',
            f'language = "{lang}"',
            'kind = "generated"',
            "",
        ]
    with open(os.path.join(args.out, "manifest.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print(f"{args.out}: {count} documents, {total / (1 << 20):.1f} MB of text ({', '.join(langs)})")


if __name__ == "__main__":
    main()
