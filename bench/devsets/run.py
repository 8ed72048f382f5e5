#!/usr/bin/env python3
"""Build every development set with Editio and print one table of scores.

usage: python3 bench/devsets/run.py [--editio PATH] [--out DIR] [--frus DIR] [--json FILE] [--failures N]

Run from the project checkout. The sets: the eight FRUS volumes (--frus, default ../shared/devsets/frus relative to
the checkout) and the letter sets of bench/devsets (en-whitman, ru-tolstoy, and en-mitford, held out: no rule is
tuned on it; make_letters.py rebuilds them). Each is
built with `editio build --formats tei --force` into DIR/<set> (default output/devsets; Editio's messages in
DIR/<set>.log) and scored by the FRUS set's score.py, imported unchanged; the only addition is precision for
salute, closer and note as well as for head, dateline and signed (score.py's own PRECISION_ROLES), by the same
rule. Rows: FRUS (total of the volumes), English letters, Russian letters, English letters held out, all (all but
the held-out set). Exit status 1 if a build failed.
"""
import importlib.util, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKOUT = os.path.dirname(os.path.dirname(HERE))
FRUS_VOLUMES = ["frus1861", "frus1897", "frus1901China", "frus1917Supp02v02", "frus1919Parisv01", "frus1925v02",
                "frus1930v01", "frus1936v03"]
LETTERS = [("English letters", "en-whitman"), ("Russian letters", "ru-tolstoy"),
           ("English letters, held out", "en-mitford")]
HELD_OUT = {"English letters, held out"}       # not in "all", which stays comparable with earlier tables
ROLES = ["head", "dateline", "salute", "signed", "closer", "note"]


def arg(argv, name, default):
    return argv[argv.index(name) + 1] if name in argv else default


def load_score(frus):
    spec = importlib.util.spec_from_file_location("score", os.path.join(frus, "score.py"))
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    score.PRECISION_ROLES = tuple(ROLES)
    # the office's lines (note type="source", FRUS's own encoding of "File No. ...", "[Telegram]") are no notes
    score.ROLE_ELEMENTS["note"] = lambda e: (e.tag == score.TEI + "note"
                                             and e.get("type") not in ("headnote", "insertion", "source"))
    return score


def build(editio, src, out):
    os.makedirs(out, exist_ok=True)
    with open(out + ".log", "w") as log:
        cmd = [editio, "--home", CHECKOUT, "build", "--sources", src, "--out", out, "--formats", "tei", "--force"]
        r = subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT)
    if r.returncode:
        print("build of %s failed (exit %d), see %s.log" % (src, r.returncode, out), file=sys.stderr)
    return r.returncode == 0


def total(score, name, vols):
    c = {}
    for v in vols:
        for k, n in v.c.items():
            if not (k.startswith("pers_") and not v.has_persons):
                c[k] = c.get(k, 0) + n
    return score.summary(name, c, any(v.has_persons for v in vols))


def cell(x, digits=2):
    return "–" if x is None else ("%.*f" % (digits, x))


def table(rows):
    head1 = ["set", "docs", "persons P", "R", "link", "wrong", "unlinked", "dateline found", "right", "impl. body"]
    head1 += ["%s R/P" % r for r in ROLES] + ["notes linked"]
    lines = ["| " + " | ".join(head1) + " |", "|" + "---|" * len(head1)]
    for s in rows:
        p = s["persons"] or {}
        st = s["structure"]
        cells = [s["volume"], str(s["docs"]), cell(p.get("P")), cell(p.get("R")), cell(p.get("link_acc")),
                 cell(p.get("link_wrong"), 3), cell(p.get("unlinked"), 3), cell(s["dateline_dates"]["found"]),
                 cell(s["dateline_dates"]["right"]),
                 "%s (%s)" % (s["implausible_dates"]["body"], cell(s["implausible_dates"]["body_share"], 3))]
        for r in ROLES:
            x = st.get(r, {})
            cells.append("%s/%s (%d)" % (cell(x.get("R")), cell(x.get("P")), x.get("gold", 0)))
        cells.append(cell(s["notes"]["linked"]) + " (%d)" % s["notes"]["gold"])
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv):
    editio = arg(argv, "--editio", os.path.join(CHECKOUT, "build", "editio"))
    out = arg(argv, "--out", os.path.join(CHECKOUT, "output", "devsets"))
    frus = arg(argv, "--frus", os.path.join(CHECKOUT, "..", "shared", "devsets", "frus"))
    nfail = int(arg(argv, "--failures", "0"))
    score = load_score(frus)
    ok, groups = True, []
    frus_vols = []
    for v in FRUS_VOLUMES:
        ok &= build(editio, os.path.join(frus, v), os.path.join(out, "frus", v))
        frus_vols.append(score.Volume(os.path.join(frus, v), os.path.join(out, "frus", v)).score())
    groups.append(("FRUS", frus_vols))
    for label, name in LETTERS:
        ok &= build(editio, os.path.join(HERE, name), os.path.join(out, name))
        groups.append((label, [score.Volume(os.path.join(HERE, name), os.path.join(out, name)).score()]))
    rows = [total(score, label, vols) for label, vols in groups]
    rows.append(total(score, "all", [v for label, vols in groups if label not in HELD_OUT for v in vols]))
    print(table(rows))
    if "--json" in argv:
        with open(arg(argv, "--json", ""), "w", encoding="utf-8") as f:
            json.dump(rows, f, ensure_ascii=False, indent=1)
    if nfail:
        fails = {}
        for _, vols in groups:
            for v in vols:
                for k, xs in v.fail.items():
                    fails.setdefault(k, []).extend(xs)
        for k in sorted(fails):
            print(json.dumps({"failures": k, "count": len(fails[k]), "examples": score.spread(fails[k], nfail)},
                             ensure_ascii=False))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
