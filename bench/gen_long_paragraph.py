#!/usr/bin/env python3
"""Generates one-document editions whose one paragraph grows (issue 19, case 15).

Kinds (each a single document of one paragraph):
  prose       one line of plain English sentences, SIZE bytes
  sample      one line of the sample edition's English paragraphs (names, dates, quotations), repeated
              to SIZE bytes, with the sample's personography: many spans of every kind in one paragraph
  dates-en    one line of English dates: "3 May 1929, 12 June 1930, ..." (SIZE bytes)
  dates-ru    one line of Russian dates: "5 мая 1929 г., 17 июня 1930 г., ..." (SIZE bytes)
  bad-dates   one line of impossible dates: "31 June 1929, 30 February 1930, ..." (a warning for each)
  notes       one line of sentences with a note call after each ("...[17] ..."), then the note bodies
              (at most 9999 notes: the calls stop there)
  numbers     lines of about 70 characters of numbers (1 2 3 ... 1929 1930 ... 3000 1 2 ...: many are years), which read as hard-wrapped
              text and are joined into one paragraph (SIZE bytes)

  python3 bench/gen_long_paragraph.py --kind prose --size 512KB --out /tmp/lp-prose-512
  python3 bench/gen_long_paragraph.py --bench --editio build/editio --kinds prose,dates-en \\
      --base 64KB --scales 1,2,4,8 [--formats tei,html]

With --bench it generates each kind at each scale under --work (default
/tmp/editio-long-paragraph), runs `editio build --stats` on it and prints a
Markdown table of per-stage seconds and the ratio per doubling (about 2 is
linear). Deterministic: the same --seed gives the same bytes. bench/growth.py
may import the generators (`generate(kind, nbytes, seed)` returns the text).
"""

import argparse
import json
import os
import random
import shutil
import subprocess
import time

WORDS = """the a of and to in that was for on with as by at from his he it they were had this which
party letter committee meeting question report answer matter work group paper office comrade member
note council plan reason order decision case word hand city village road river train station school
book page line point side part place room door table window street bridge market garden field forest
wrote read said asked told gave took sent kept left brought carried spoke heard saw knew thought""".split()

MONTHS_EN = ("January February March April May June July August September October November "
             "December").split()
MONTHS_RU = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()


def parse_size(text):
    import re
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMG]?)B?\s*", text, re.I)
    if not m:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size such as 512KB or 2MB")
    return int(float(m.group(1)) * {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}[m.group(2).upper()])


def _fill(nbytes, piece, sep):
    """Joins pieces with sep until the UTF-8 text is at least nbytes long."""
    out, size = [], 0
    while size < nbytes:
        p = piece()
        out.append(p)
        size += len(p.encode()) + len(sep.encode())
    return sep.join(out)


def prose(rng, nbytes):
    def sentence():
        w = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
        return w[0].capitalize() + " " + " ".join(w[1:]) + "."
    return _fill(nbytes, sentence, " ") + "\n"


REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(REPO, "sources")


def sample_paragraphs():
    """The paragraphs (of 200 bytes or more) of the sample edition's English texts, note calls left out."""
    import re
    import tomllib
    with open(os.path.join(SAMPLE, "manifest.toml"), "rb") as fh:
        manifest = tomllib.load(fh)
    paras = []
    for d in manifest.get("document", []):
        if d.get("language") != "en":
            continue
        with open(os.path.join(SAMPLE, d["file"]), encoding="utf-8-sig") as fh:
            paras += [re.sub(r"\[\d+\]", "", line.strip()) for line in fh if len(line.strip()) >= 200]
    return paras


def sample(rng, nbytes):
    paras = sample_paragraphs()
    return _fill(nbytes, lambda: rng.choice(paras), " ") + "\n"


def dates_en(rng, nbytes):
    def date():
        return f"{rng.randint(1, 28)} {rng.choice(MONTHS_EN)} {rng.randint(1900, 1990)}"
    return _fill(nbytes, date, ", ") + ".\n"


def dates_ru(rng, nbytes):
    def date():
        return f"{rng.randint(1, 28)} {rng.choice(MONTHS_RU)} {rng.randint(1900, 1990)} г."
    return _fill(nbytes, date, ", ") + "\n"


def notes(rng, nbytes):
    def sentence():
        w = [rng.choice(WORDS) for _ in range(rng.randint(6, 12))]
        return w[0].capitalize() + " " + " ".join(w[1:]) + "."
    line = _fill(nbytes, sentence, " ").split(" ")
    calls, out = 0, []
    for word in line:
        out.append(word)
        if word.endswith(".") and calls < 9999:
            calls += 1
            out[-1] += f"[{calls}]"
    bodies = "\n\n".join(f"[{k}] {sentence()}" for k in range(1, calls + 1))
    return " ".join(out) + "\n\n" + bodies + "\n"


def bad_dates(rng, nbytes):
    def date():
        return f"{rng.choice(('31 June', '30 February', '31 April', '31 September'))} {rng.randint(1900, 1990)}"
    return _fill(nbytes, date, ", ") + ".\n"


def numbers(rng, nbytes):
    counter = (k % 3000 + 1 for k in range(1 << 40))

    def line():
        out = str(next(counter))
        while len(out) < 66:
            out += " " + str(next(counter))
        return out
    return _fill(nbytes, line, "\n") + "\n"


KINDS = {"prose": (prose, "en"), "sample": (sample, "en"), "dates-en": (dates_en, "en"), "dates-ru": (dates_ru, "ru"),
         "notes": (notes, "en"), "bad-dates": (bad_dates, "en"), "numbers": (numbers, "en")}


def generate(kind, nbytes, seed=1):
    """The text of one document of the given kind, about nbytes long."""
    return KINDS[kind][0](random.Random(seed), nbytes)


def write_edition(kind, nbytes, out, seed=1):
    """An edition of one document (id "long") in out/ (replaced if it exists)."""
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(os.path.join(out, "texts"))
    with open(os.path.join(out, "texts", "long.txt"), "w", encoding="utf-8") as fh:
        fh.write(generate(kind, nbytes, seed))
    lang = KINDS[kind][1]
    persons = ""
    if kind == "sample":
        shutil.copy(os.path.join(SAMPLE, "personography.xml"), os.path.join(out, "personography.xml"))
        persons = 'personography = "personography.xml"\n'
    with open(os.path.join(out, "manifest.toml"), "w", encoding="utf-8") as fh:
        fh.write(f"""# Generated by bench/gen_long_paragraph.py ({kind}, {nbytes} bytes)
[edition]
id = "long-paragraph"
title = "Long paragraph benchmark"
editors = [{{ id = "ed", name = "Benchmark editors", role = "editor" }}]
publisher = "Editio benchmarks"
date = "2026"
licence = "Generated text for benchmarks only."
language = "{lang}"
{persons}
[[document]]
id = "long"
file = "texts/long.txt"
title = "One long paragraph ({kind})"
date = "1950"
language = "{lang}"
kind = "generated"
""")


STAGES = ("read", "annotate", "write-tei", "validate", "index", "html", "latex")


def run_one(args, kind, nbytes):
    src = os.path.join(args.work, f"{kind}-{nbytes}", "src")
    out = os.path.join(args.work, f"{kind}-{nbytes}", "out")
    write_edition(kind, nbytes, src, args.seed)
    shutil.rmtree(out, ignore_errors=True)
    stats = os.path.join(args.work, f"{kind}-{nbytes}", "stats.json")
    cmd = [args.editio, "build", "--sources", src, "--out", out, "--formats", args.formats,
           "--stats", stats, "--force", "--jobs", "1"]
    t0 = time.monotonic()
    with open(os.path.join(args.work, f"{kind}-{nbytes}", "log"), "w") as log:
        p = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        while True:  # wait4: the CPU time of editio alone (the machine may be busy)
            pid, status, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - t0 > args.timeout:
                os.killpg(p.pid, 9)
                os.wait4(p.pid, 0)
                return {"wall": None, "cpu": None, "stages": {}, "rc": "timeout"}
            time.sleep(0.05)
    wall = time.monotonic() - t0
    rc = os.waitstatus_to_exitcode(status)
    st = json.load(open(stats)) if os.path.exists(stats) else {}
    # The stages' CPU seconds when editio reports them (wall seconds otherwise).
    stages = st.get("stages_cpu") or st.get("stages") or {}
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "stages": stages, "rc": rc}


def ratio(a, b):
    return f"{b / a:.1f}" if a and b and a > 0.02 else "-"


def bench(args):
    """Stages: editio's --stats, the CPU seconds of each stage; CPU: user+sys of the editio process.
    The ratio is CPU time over the previous size's (2 per doubling is linear)."""
    print("| kind | size | wall s | CPU s | " + " | ".join(STAGES) + " | CPU ratio |")
    print("|---" * (len(STAGES) + 5) + "|")
    for kind in args.kinds.split(","):
        prev = None
        for scale in (int(s) for s in args.scales.split(",")):
            nbytes = args.base * scale
            res = run_one(args, kind, nbytes)
            cells = [f"{res['stages'].get(s, 0):.2f}" for s in STAGES]
            wall = f"{res['wall']:.2f}" if res["wall"] is not None else res["rc"]
            cpu = f"{res['cpu']:.2f}" if res["cpu"] is not None else "-"
            rc = "" if res["rc"] == 0 else f" (exit {res['rc']})"
            print(f"| {kind} | {nbytes // 1024} KB | {wall}{rc} | {cpu} | " + " | ".join(cells) + " | "
                  + (ratio(prev, res["cpu"]) if prev else "") + " |", flush=True)
            prev = res["cpu"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kind", choices=sorted(KINDS))
    ap.add_argument("--size", type=parse_size)
    ap.add_argument("--out")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--bench", action="store_true")
    ap.add_argument("--editio", default="build/editio")
    ap.add_argument("--kinds", default="prose,sample,dates-en,dates-ru,bad-dates,notes,numbers")
    ap.add_argument("--base", type=parse_size, default=parse_size("64KB"))
    ap.add_argument("--scales", default="1,2,4,8")
    ap.add_argument("--formats", default="tei,html")
    ap.add_argument("--work", default="/tmp/editio-long-paragraph")
    ap.add_argument("--timeout", type=int, default=900)
    args = ap.parse_args()
    if args.bench:
        bench(args)
    elif args.kind and args.size and args.out:
        write_edition(args.kind, args.size, args.out, args.seed)
    else:
        ap.error("give --kind, --size and --out, or --bench")


if __name__ == "__main__":
    main()
