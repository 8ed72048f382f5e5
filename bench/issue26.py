#!/usr/bin/env python3
"""Measures every target of issue 26 in one run and prints a table of them.

  python3 bench/issue26.py --editio build/editio --json /tmp/issue26.json \\
      --tei-stylesheets /tmp/editio-bench/tei-stylesheets

Sections (each can be left out with its --skip-... flag):
  tei     text to validated TEI on the --size corpus (--jobs 1, --stats): MB/s per
          core, editio's validate stage against jing with tei_all.rng on the same
          TEI, and `editio validate` on that TEI alone;
  html    the sample edition's TEI+HTML from an empty directory (median of 7)
          against the TEI Stylesheets' html/html.xsl on Saxon-HE over the same TEI
          files (one JVM, a directory transform; median of 3);
  pdf     the sample's full build with every PDF and the book from scratch (median
          of 3), then one sentence appended to one document and the time until
          that document's PDF is made again;
  shards  on the --shard-size corpus: one `build --jobs 2` against 4 `build --shard
          K/4 --jobs 1` (2 at a time, and 4 at once) plus `merge --jobs 2`; and
          the merge's seconds per document on the --merge-sizes corpora.

The Markdown report goes to stdout (and --markdown), the raw numbers to --json,
progress to stderr. Corpora are generated and cached as bench/run.py does.
Timings on a shared machine are indicative; the ratios are measured in one run.
"""

import argparse
import datetime
import filecmp
import glob
import json
import math
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import threading
import time
import tomllib
from concurrent.futures import ThreadPoolExecutor
from types import SimpleNamespace

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run as bench  # noqa: E402  (corpus cache, measured processes, jing batches)
from gen_corpus import parse_size  # noqa: E402

HERE, REPO, MB = bench.HERE, bench.REPO, bench.MB
SAXON = "/usr/share/java/Saxon-HE.jar"
log, f, table = bench.log, bench.f, bench.table
PDF_LINE = re.compile(r"^pdf\s+(\S+)\.pdf \((\d+) pass(?:es)?, ([\d.]+) s\)")


# ---------------------------------------------------------------- processes

def measured(args, argv, log_path, append=False):
    """Runs argv (output to log_path); a dict of its wall, CPU and exit."""
    r = bench.run_measured(argv, log_path, args.timeout, append=append)
    d = {"command": shlex.join(argv), "wall_seconds": round(r.wall, 4), "cpu_seconds": round(r.user + r.sys, 3),
         "returncode": r.returncode, "log": log_path}
    if not r.ok():
        d["error"] = f"{os.path.basename(argv[0])} {r.describe()}: " + " | ".join(l for l in bench.tail(log_path, 3).split("\n") if l.strip())
    return d


def streamed(args, argv, log_path):
    """Runs argv, stamping each output line with the seconds since the start."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                            start_new_session=True, text=True, errors="replace")
    timer = threading.Timer(args.timeout, lambda: os.killpg(proc.pid, 9))
    timer.daemon = True
    timer.start()
    lines = []
    with open(log_path, "w", encoding="utf-8") as out:
        for line in proc.stdout:
            t = time.perf_counter() - t0
            lines.append((round(t, 3), line.rstrip("\n")))
            out.write(f"[{t:8.3f}] {line}")
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    timer.cancel()
    code = os.waitstatus_to_exitcode(status)
    d = {"command": shlex.join(argv), "wall_seconds": round(wall, 4), "cpu_seconds": round(ru.ru_utime + ru.ru_stime, 3),
         "returncode": code, "log": log_path, "lines": lines}
    if code != 0:
        d["error"] = f"editio exit status {code}: " + " | ".join(l for _, l in lines[-3:])
    return d


def concurrently(args, argvs, width, logs):
    """Runs the commands `width` at a time; the wall time of the whole and each run."""
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=width) as pool:
        runs = list(pool.map(lambda a: measured(args, a[0], a[1]), zip(argvs, logs)))
    return {"width": width, "wall_seconds": round(time.perf_counter() - t0, 4), "runs": runs,
            "error": "; ".join(r["error"] for r in runs if "error" in r) or None}


def median_of(runs):
    good = [r["wall_seconds"] for r in runs if "error" not in r]
    return statistics.median(good) if good and len(good) == len(runs) else None


def fresh_dir(path):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    return path


def batched(args, base, files, log_path):
    """Runs base + files in ARG_MAX batches (run.py's jing batching); summed times."""
    if os.path.exists(log_path):
        os.remove(log_path)
    runs = [measured(args, base + b, log_path, append=True) for b in bench.arg_batches(files)]
    d = {"invocations": len(runs), "wall_seconds": round(sum(r["wall_seconds"] for r in runs), 4),
         "cpu_seconds": round(sum(r["cpu_seconds"] for r in runs), 3), "command": runs[0]["command"][:200] + " ..."}
    errors = [r["error"] for r in runs if "error" in r]
    if errors:
        d["error"] = errors[0]
    return d


def corpus_args(args):
    return SimpleNamespace(work=args.work, seed=args.seed, timeout=args.timeout)


def corpus_for(args, size_text):
    return bench.corpus(corpus_args(args), bench.size_label(size_text), parse_size(size_text))


def build_args(args, formats):
    return SimpleNamespace(editio=args.editio, formats=formats, timeout=args.timeout)


# --------------------------------------------------------------- 1. TEI

def section_tei(args, res):
    src = corpus_for(args, args.size)
    base = os.path.join(args.work, "issue26", "tei-" + bench.size_label(args.size))
    out = fresh_dir(os.path.join(base, "out"))
    log(f"tei: editio build --formats tei --jobs 1 on {args.size}")
    b = bench.editio_build(build_args(args, "tei"), src, out, os.path.join(base, "stats.json"), 1,
                           os.path.join(base, "editio.log"))
    d = bench.derive(b, 1, bench.text_bytes(src))
    sec = {"corpus": src, "build": b, "derived": d}
    res["tei"] = sec
    if "error" in b:
        return sec.update(error=b["error"])
    files = bench.document_tei(os.path.join(out, "tei"))  # what the validate stage validated
    tei_mb = sum(os.path.getsize(p) for p in files) / MB
    stage = ((b.get("stats") or {}).get("stages") or {}).get("validate")
    sec.update(tei_files=len(files), tei_mb=tei_mb, validate_stage_seconds=stage)
    log("tei: editio validate on the written TEI")
    sec["editio_validate"] = batched(args, [args.editio, "validate"], files, os.path.join(base, "validate.log"))
    if shutil.which("jing") and os.path.isfile(args.tei_all):
        log("tei: jing tei_all.rng on the same TEI")
        sec["jing"] = bench.jing_validate(SimpleNamespace(tei_all=args.tei_all, timeout=args.timeout),
                                          os.path.join(out, "tei"), os.path.join(base, "jing.log"))
    else:
        sec["jing"] = {"error": f"jing or {args.tei_all} missing (apt-get install -y jing)"}
    if not args.keep_output:
        shutil.rmtree(out, ignore_errors=True)


# -------------------------------------------------------------- 2. HTML

def section_html(args, res):
    base = os.path.join(args.work, "issue26", "html")
    out = os.path.join(base, "out")
    runs = []
    for i in range(args.html_repeat):
        log(f"html: sample edition tei,html from an empty directory ({i + 1}/{args.html_repeat})")
        fresh_dir(out)
        runs.append(measured(args, [args.editio, "build", "--sources", args.sources, "--out", out,
                                    "--formats", "tei,html", "--progress", "off"], os.path.join(base, f"editio-{i}.log")))
    sec = {"editio_runs": runs, "editio_median": median_of(runs)}
    res["html"] = sec
    if sec["editio_median"] is None:
        return sec.update(error="editio build failed: " + next(r["error"] for r in runs if "error" in r))
    tei_in = fresh_dir(os.path.join(base, "saxon-in"))
    os.makedirs(tei_in)
    for p in bench.document_tei(os.path.join(out, "tei")):
        shutil.copy(p, tei_in)
    sec["tei_files"] = sorted(os.listdir(tei_in))
    ss = args.tei_stylesheets
    if not ss or not os.path.isfile(os.path.join(ss, "html", "html.xsl")):
        where = f"no html/html.xsl in --tei-stylesheets {ss}" if ss else "no --tei-stylesheets DIR given"
        sec["saxon_skipped"] = f"{where} (a checkout of the TEI Stylesheets: see bench/fetch_tei_stylesheets.md)"
        return log("html: " + sec["saxon_skipped"])
    if not os.path.isfile(args.saxon):
        sec["saxon_skipped"] = f"no Saxon-HE at {args.saxon} (apt-get install -y libsaxonhe-java)"
        return log("html: " + sec["saxon_skipped"])
    sruns = []
    for i in range(args.saxon_repeat):
        log(f"html: Saxon-HE html.xsl over the same TEI ({i + 1}/{args.saxon_repeat})")
        sout = fresh_dir(os.path.join(base, "saxon-out"))
        os.makedirs(sout)  # Saxon writes a directory's results into an existing directory
        r = measured(args, ["java", "-jar", args.saxon, f"-s:{tei_in}", f"-xsl:{os.path.join(ss, 'html', 'html.xsl')}",
                            f"-o:{sout}"], os.path.join(base, f"saxon-{i}.log"))
        r["outputs"] = sorted(os.path.relpath(p, sout) for p in glob.glob(os.path.join(sout, "**", "*"), recursive=True)
                              if os.path.isfile(p))
        if "error" not in r and len(r["outputs"]) < len(sec["tei_files"]):
            r["error"] = f"Saxon wrote {len(r['outputs'])} files for {len(sec['tei_files'])} TEI files"
        sruns.append(r)
    sec.update(saxon_runs=sruns, saxon_median=median_of(sruns))
    if sec["saxon_median"] is None:
        sec["saxon_error"] = next(r["error"] for r in sruns if "error" in r)


# --------------------------------------------------------------- 3. PDF

def edit_target(sources, wanted):
    """The document to edit: --edit-doc, else the plain text of median size."""
    with open(os.path.join(sources, "manifest.toml"), "rb") as fh:
        docs = tomllib.load(fh).get("document", [])
    texts = [(os.path.getsize(os.path.join(sources, d["file"])), d["id"], d["file"]) for d in docs
             if d.get("file", "").endswith(".txt")]
    if wanted:
        texts = [t for t in texts if t[1] == wanted]
        if not texts:
            sys.exit(f"issue26: --edit-doc {wanted}: no plain-text document with that id in the manifest")
    texts.sort()
    return texts[len(texts) // 2]


def pdf_build(args, src, out, log_path):
    r = streamed(args, [args.editio, "build", "--sources", src, "--out", out, "--formats", "tei,html,pdf",
                        "--progress", "lines"], log_path)
    r["pdfs"] = [{"name": m.group(1), "at_seconds": t, "passes": int(m.group(2)), "seconds": float(m.group(3))}
                 for t, l in r["lines"] for m in [PDF_LINE.match(l)] if m]
    return r


def section_pdf(args, res):
    base = os.path.join(args.work, "issue26", "pdf")
    src, out = os.path.join(base, "sources"), os.path.join(base, "out")
    fresh_dir(src)
    shutil.copytree(args.sources, src)
    runs = []
    for i in range(args.pdf_repeat):
        log(f"pdf: full build with every PDF and the book from scratch ({i + 1}/{args.pdf_repeat})")
        fresh_dir(out)
        r = pdf_build(args, src, out, os.path.join(base, f"full-{i}.log"))
        r["book"] = os.path.isfile(os.path.join(out, "print", "edition.pdf"))
        if "error" not in r and not r["book"]:
            r["error"] = "no print/edition.pdf (the book) was made"
        runs.append(r)
    sec = {"full_runs": runs, "full_median": median_of(runs)}
    res["pdf"] = sec
    if sec["full_median"] is None:
        return sec.update(error=next(r["error"] for r in runs if "error" in r))
    size, doc, path = edit_target(src, args.edit_doc)
    bench.append_sentence(os.path.join(src, path))
    log(f"pdf: one sentence appended to {doc}; build again")
    r = pdf_build(args, src, out, os.path.join(base, "edit.log"))
    mine = [p for p in r["pdfs"] if p["name"] == doc]
    sec.update(edited=doc, edit_run=r, until_pdf=mine[0]["at_seconds"] if mine else None,
               pdf_line_seconds=mine[0]["seconds"] if mine else None)
    if not mine and "error" not in r:
        r["error"] = f"no 'pdf  {doc}.pdf' line in the rebuild's output"
    if not args.keep_output:
        shutil.rmtree(base, ignore_errors=True)


# ------------------------------------------------------------ 4. shards

def shard_runs(args, src, out, n, width, formats, tag, base):
    argvs = [[args.editio, "build", "--sources", src, "--out", out, "--formats", formats, "--shard", f"{k}/{n}",
              "--jobs", "1", "--progress", "off"] for k in range(1, n + 1)]
    logs = [os.path.join(base, f"{tag}-shard{k}.log") for k in range(1, n + 1)]
    return concurrently(args, argvs, width, logs)


def merge(args, src, out, formats, log_path):
    return measured(args, [args.editio, "merge", "--sources", src, "--out", out, "--formats", formats, "--jobs", "2",
                           "--progress", "off"], log_path)


def same_tree(a, b):
    """Files outside .editio that differ or exist on one side only (at most 10)."""
    def files(root):
        return {os.path.relpath(p, root) for p in glob.glob(os.path.join(root, "**", "*"), recursive=True)
                if os.path.isfile(p) and not os.path.relpath(p, root).startswith(".editio")}
    fa, fb = files(a), files(b)
    diff = sorted(fa ^ fb) + sorted(p for p in fa & fb if not filecmp.cmp(os.path.join(a, p), os.path.join(b, p), False))
    return diff[:10]


def section_shards(args, res):
    merge_help = subprocess.run([args.editio, "merge", "--help"], capture_output=True, text=True)
    build_help = subprocess.run([args.editio, "build", "--help"], capture_output=True, text=True).stdout
    if merge_help.returncode != 0 or not re.search(r"Usage: \S+ merge", merge_help.stdout) or "--shard" not in build_help:
        res["shards"] = {"skipped": "this editio has no `merge` command or no `build --shard` (branch shards)"}
        return log("shards: " + res["shards"]["skipped"])
    base = os.path.join(args.work, "issue26", "shards")
    fmt, n = args.shard_formats, 4
    src = corpus_for(args, args.shard_size)
    one = fresh_dir(os.path.join(base, "one"))
    log(f"shards: one build --jobs 2 of {args.shard_size}")
    sec = {"corpus": src, "formats": fmt, "one": measured(args, [args.editio, "build", "--sources", src, "--out", one,
                                                                 "--formats", fmt, "--jobs", "2", "--progress", "off"],
                                                           os.path.join(base, "one.log"))}
    res["shards"] = sec
    for width in (2, 4):
        out = fresh_dir(os.path.join(base, f"w{width}"))
        log(f"shards: {n} shards --jobs 1, {width} at a time, then merge --jobs 2")
        s = shard_runs(args, src, out, n, width, fmt, f"w{width}", base)
        m = {"wall_seconds": 0, "error": "shards failed"} if s["error"] else \
            merge(args, src, out, fmt, os.path.join(base, f"w{width}-merge.log"))
        sec[f"width{width}"] = {"shards": s, "merge": m,
                                "total_seconds": round(s["wall_seconds"] + m["wall_seconds"], 4)}
        if not s["error"] and "error" not in m and "error" not in sec["one"]:
            sec[f"width{width}"]["differs_from_one_build"] = same_tree(one, out)
        if not args.keep_output:
            shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(one, ignore_errors=True)
    sec["merge_growth"] = []
    for size in args.merge_sizes.split(","):
        src = corpus_for(args, size)
        out = fresh_dir(os.path.join(base, "growth"))
        log(f"shards: merge growth, {size}: {n} shards (2 at a time), then merge")
        tag = f"growth-{bench.size_label(size)}"
        s = shard_runs(args, src, out, n, 2, fmt, tag, base)
        m = {"wall_seconds": None, "error": "shards failed"} if s["error"] else \
            merge(args, src, out, fmt, os.path.join(base, f"{tag}-merge.log"))
        docs = len(glob.glob(os.path.join(src, "texts", "*")))
        sec["merge_growth"].append({"size": bench.size_label(size), "documents": docs, "shards_seconds": s["wall_seconds"],
                                    "merge": m, "error": s["error"] or m.get("error")})
        shutil.rmtree(out, ignore_errors=True)


# ------------------------------------------------------------ summary

def growth_exponent(points):
    """d log(merge s) / d log(docs) between the two largest corpora (1 = linear)."""
    ok = [(p["documents"], p["merge"]["wall_seconds"]) for p in points if not p["error"]]
    if len(ok) < 2:
        return None
    (d1, t1), (d2, t2) = sorted(ok)[-2:]
    return math.log(t2 / t1) / math.log(d2 / d1) if d2 > d1 and t1 > 0 else None


def cpu_mb_per_second(t):
    """Source MB per CPU-second of the text-to-TEI stages (--stats' stages_cpu), if editio reports them."""
    cpu = (t["build"].get("stats") or {}).get("stages_cpu") or {}
    secs = sum(cpu.get(k, 0) for k in bench.TEI_STAGES)
    return t["derived"]["source_mb"] / secs if secs else None


def target_rows(args, res):
    """(target, measured, ratio, met) for every target of issue 26."""
    rows = []

    def row(target, measured_text, ratio, met):
        rows.append([target, measured_text, f(ratio) + "×" if isinstance(ratio, float) else ratio or "–",
                     "–" if met is None else ("**yes**" if met else "no")])

    t = res.get("tei")
    if t and "error" not in t:
        mbps, cpu = t["derived"]["tei_mb_per_core_second"], cpu_mb_per_second(t)
        row(f"text→validated TEI ≥ 10 MB/s per core ({t['derived']['source_mb']:.0f} MB, j1)",
            f"{f(mbps)} MB/s per core (thread-seconds, as run.py); {f(cpu)} MB/s of CPU time",
            mbps / 10 if mbps else None, mbps is not None and mbps >= 10)
        j = t.get("jing") or {}
        if "wall_seconds" in j and "error" not in j and t.get("validate_stage_seconds"):
            v, jw = t["validate_stage_seconds"], j["wall_seconds"]
            row("validation no slower per MB than jing tei_all (same TEI)",
                f"editio {f(v / t['tei_mb'], 3)} s/MB (validate stage {f(v)} s) vs jing {f(jw / t['tei_mb'], 3)} s/MB "
                f"({f(jw)} s) on {f(t['tei_mb'], 1)} MB of TEI; CPU seconds: editio "
                f"{f(((t['build'].get('stats') or {}).get('stages_cpu') or {}).get('validate'))} vs jing "
                f"{f(j.get('user_seconds', 0) + j.get('sys_seconds', 0))}", v / jw, v <= jw)
        else:
            row("validation no slower per MB than jing tei_all", f"jing: {j.get('error')}", None, None)
    elif t:
        row("text→validated TEI ≥ 10 MB/s per core", f"FAILED: {t['error']}", None, False)
    h = res.get("html")
    if h:
        e = h.get("editio_median")
        if h.get("saxon_median") and e:
            row("sample TEI+HTML ≥ 20× faster than TEI Stylesheets html.xsl on Saxon-HE",
                f"editio {f(e)} s (median of {len(h['editio_runs'])}) vs Saxon {f(h['saxon_median'])} s "
                f"(median of {len(h['saxon_runs'])})", h["saxon_median"] / e, h["saxon_median"] / e >= 20)
        else:
            why = h.get("error") or h.get("saxon_skipped") or h.get("saxon_error")
            row("sample TEI+HTML ≥ 20× faster than Saxon", f"editio {f(e)} s; Saxon not measured: {why}", None, None)
    p = res.get("pdf")
    if p:
        m = p.get("full_median")
        row("sample full build, every PDF + book, from scratch < 6 s",
            f"{f(m)} s (median of {len(p['full_runs'])})" if m else f"FAILED: {p.get('error')}",
            m / 6 if m else None, m is not None and m < 6)
        u = p.get("until_pdf")
        if "edited" in p:
            row(f"after editing one document ({p['edited']}), its PDF again < 3 s",
                f"{f(u)} s until its PDF (pdf line: {f(p.get('pdf_line_seconds'))} s of XeLaTeX); "
                f"rebuild wall {f(p['edit_run']['wall_seconds'])} s", u / 3 if u else None, u is not None and u < 3)
    s = res.get("shards")
    if s and "skipped" in s:
        row("4 shards on 2 cores ≤ 1.15× one 2-job build", f"skipped: {s['skipped']}", None, None)
    elif s:
        one, w2 = s["one"], s.get("width2", {})
        if "error" not in one and w2 and not w2["shards"]["error"] and "error" not in w2["merge"]:
            r = w2["total_seconds"] / one["wall_seconds"]
            row("4 shards (2 at a time) + merge ≤ 1.15× one `--jobs 2` build",
                f"{f(w2['shards']['wall_seconds'])} + {f(w2['merge']['wall_seconds'])} s vs {f(one['wall_seconds'])} s",
                r, r <= 1.15)
        else:
            row("4 shards + merge ≤ 1.15× one build", "FAILED: " + str(one.get("error") or w2.get("shards", {}).get("error")
                                                                         or w2.get("merge", {}).get("error")), None, False)
        g = growth_exponent(s.get("merge_growth", []))
        pts = ", ".join(f"{x['documents']} docs {f(x['merge']['wall_seconds'])} s" for x in s.get("merge_growth", [])
                        if not x["error"])
        row("merge time linear in documents (exponent ≤ 1.15)", pts or "–", g, None if g is None else g <= 1.15)
    return rows


def details(args, res):
    L = []
    t = res.get("tei")
    if t and "error" not in t:
        st = (t["build"].get("stats") or {}).get("stages") or {}
        cpu = (t["build"].get("stats") or {}).get("stages_cpu") or {}
        L += [f"### 1. Text to validated TEI ({t['derived']['source_mb']:.1f} MB, {t['tei_files']} TEI files, "
              f"{f(t['tei_mb'], 1)} MB of TEI)", "", "```", t["build"]["command"], "```", ""]
        src_mb, ev, jg = t["derived"]["source_mb"], t["editio_validate"], t.get("jing") or {}
        L += table(["what", "thread-seconds", "MB/s", "CPU seconds", "MB/s of CPU"],
                   [[f"stage {k}", f(v, 3), f(src_mb / v if v else None), f(cpu.get(k), 3),
                     f(src_mb / cpu[k] if cpu.get(k) else None)] for k, v in st.items() if isinstance(v, (int, float)) and v]
                   + [["text→validated TEI (read+annotate+write-tei+validate)", f(t["derived"]["tei_thread_seconds"], 3),
                       f(t["derived"]["tei_mb_per_core_second"]), "", f(cpu_mb_per_second(t))],
                      ["build wall (outside)", f(t["build"]["wall_seconds"]), "–",
                       f(t["build"]["user_seconds"] + t["build"]["sys_seconds"]), "–"],
                      [f"`editio validate` on the TEI alone ({ev.get('invocations')} runs; wall)",
                       f(ev.get("wall_seconds")), f(t["tei_mb"] / ev["wall_seconds"]) + " (TEI)" if ev.get("wall_seconds")
                       else ev.get("error", "–"), f(ev.get("cpu_seconds")), ""],
                      [f"jing tei_all.rng ({jg.get('invocations', '–')} runs, JVM start included; wall)",
                       f(jg.get("wall_seconds")), jg.get("error") or f(t["tei_mb"] / jg["wall_seconds"]) + " (TEI)",
                       f(jg.get("user_seconds", 0) + jg.get("sys_seconds", 0)), ""]])
        L.append("")
    h = res.get("html")
    if h:
        L += ["### 2. The sample's TEI+HTML against the TEI Stylesheets on Saxon-HE", ""]
        L.append("editio walls: " + ", ".join(f(r["wall_seconds"]) for r in h["editio_runs"]))
        if h.get("saxon_runs"):
            L.append("Saxon walls: " + ", ".join(f(r["wall_seconds"]) for r in h["saxon_runs"])
                     + f"; files written: {len(h['saxon_runs'][-1].get('outputs', []))}")
            L += ["```", h["saxon_runs"][-1]["command"], "```"]
        for k in ("saxon_skipped", "saxon_error"):
            if h.get(k):
                L.append(f"**Saxon: {h[k]}**")
        L.append("")
    p = res.get("pdf")
    if p:
        L += ["### 3. The sample with every PDF and the book", ""]
        L.append("full builds (wall s): " + ", ".join(f(r["wall_seconds"]) for r in p["full_runs"]))
        last = p["full_runs"][-1]
        L.append("PDFs of the last full build (s since start / XeLaTeX s / passes): "
                 + ", ".join(f"{x['name']} {f(x['at_seconds'])}/{f(x['seconds'])}/{x['passes']}" for x in last["pdfs"]))
        if "edit_run" in p:
            L.append("after the edit: " + ", ".join(f"{x['name']} {f(x['at_seconds'])}/{f(x['seconds'])}/{x['passes']}"
                                                    for x in p["edit_run"]["pdfs"])
                     + f"; wall {f(p['edit_run']['wall_seconds'])} s")
        L.append("")
    s = res.get("shards")
    if s and "skipped" not in s:
        L += [f"### 4. Shards ({s['formats']}, corpus {os.path.basename(s['corpus'])})", ""]
        rows = [["one `build --jobs 2`", f(s["one"]["wall_seconds"]), "–", f(s["one"]["wall_seconds"]), "–", "–"]]
        for w in (2, 4):
            x = s.get(f"width{w}")
            if x:
                diff = x.get("differs_from_one_build")
                rows.append([f"4 shards `--jobs 1`, {w} at a time, + `merge --jobs 2`", f(x["shards"]["wall_seconds"]),
                             f(x["merge"]["wall_seconds"]), f(x["total_seconds"]),
                             f(x["total_seconds"] / s["one"]["wall_seconds"]) + "×",
                             "?" if diff is None else "yes" if not diff else "**no**: " + ", ".join(diff[:3])])
        L += table(["run", "shards s", "merge s", "total s", "÷ one build", "byte-identical"], rows) + [""]
        rows = [[x["size"], x["documents"], f(x["merge"]["wall_seconds"]),
                 f(1000 * x["merge"]["wall_seconds"] / x["documents"], 2) if not x["error"] else "–", x["error"] or ""] for x in s["merge_growth"]]
        L += table(["corpus", "documents", "merge s", "merge ms per document", "error"], rows) + [""]
    return L


def report(args, info, res):
    L = [f"# Issue 26 targets, {res['started']}", "", "```", res["command"], "```", "",
         f"- Machine: {info['cpu']}, {info['usable_cpus']} usable CPUs; load average at start / end: "
         f"{' '.join(f(x) for x in info['loadavg_start'])} / {' '.join(f(x) for x in res['loadavg_end'])}",
         f"- Editio: `{info['editio_version'].splitlines()[0]}` ({info['editio']}, sha256 {info['editio_sha256']}…)", ""]
    if max(info["loadavg_start"][0], res["loadavg_end"][0]) > 0.5 * info["usable_cpus"]:
        L += ["**The machine was busy: the timings are perturbed; the ratios, measured in one run, less so.**", ""]
    L += table(["target", "measured", "ratio", "met?"], target_rows(args, res), left=2) + [""]
    L += ["ratio: measured ÷ target for times and the per-MB validation (met at ≤ 1), target multiple reached for "
          "throughput and the Saxon speed-up (met at ≥ 1 and ≥ 20), the growth exponent for the merge.", ""]
    return "\n".join(L + details(args, res)) + "\n"


def main():
    ap = bench.new_parser(__doc__)
    ap.add_argument("--work", default="/tmp/editio-bench", help="corpus cache and outputs (default /tmp/editio-bench)")
    ap.add_argument("--size", default="100MB", help="corpus of the TEI section (default 100MB)")
    ap.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    ap.add_argument("--sources", default=os.path.join(REPO, "sources"), help="the sample edition (default <repo>/sources)")
    ap.add_argument("--tei-all", default=os.path.join(REPO, "..", "shared", "tei", "tei_all.rng"),
                    help="tei_all.rng for jing (default <repo>/../shared/tei/tei_all.rng)")
    ap.add_argument("--tei-stylesheets", help="a checkout of TEIC/Stylesheets (see bench/fetch_tei_stylesheets.md)")
    ap.add_argument("--saxon", default=SAXON, help=f"Saxon-HE jar (default {SAXON})")
    ap.add_argument("--html-repeat", type=int, default=7, help="editio runs of the HTML section (median; default 7)")
    ap.add_argument("--saxon-repeat", type=int, default=3, help="Saxon runs (median; default 3)")
    ap.add_argument("--pdf-repeat", type=int, default=3, help="full PDF builds (median; default 3)")
    ap.add_argument("--edit-doc", help="the document edited in the PDF section (default: the median-size plain text)")
    ap.add_argument("--shard-size", default="10MB", help="corpus of the shards comparison (default 10MB)")
    ap.add_argument("--shard-formats", default="tei,html", help="--formats of the shard builds (default tei,html)")
    ap.add_argument("--merge-sizes", default="1MB,10MB,100MB", help="corpora of the merge growth (default 1MB,10MB,100MB)")
    for name in ("tei", "html", "pdf", "shards"):
        ap.add_argument(f"--skip-{name}", action="store_true", help=f"leave out the {name} section")
    ap.add_argument("--keep-output", action="store_true", help="keep the build outputs in the work directory")
    ap.add_argument("--timeout", type=float, default=7200, help="seconds allowed to each subprocess (default 7200)")
    ap.add_argument("--json", help="write the raw numbers as JSON here")
    ap.add_argument("--markdown", help="write the Markdown report here too")
    ap.add_argument("--report", metavar="JSON", help="print the report of an earlier run's --json file and exit")
    args = ap.parse_args()
    if args.report:
        with open(args.report, encoding="utf-8") as fh:
            res = json.load(fh)
        return sys.stdout.write(report(args, res["machine"], res))
    if not (os.path.isfile(args.editio) and os.access(args.editio, os.X_OK)):
        ap.error(f"--editio {args.editio}: not an executable file")
    for s in [args.size, args.shard_size] + args.merge_sizes.split(","):
        try:
            parse_size(s)
        except argparse.ArgumentTypeError as e:
            ap.error(str(e))
    args.editio, args.work = os.path.abspath(args.editio), os.path.abspath(args.work)
    args.sources, args.tei_all = os.path.abspath(args.sources), os.path.abspath(args.tei_all)
    if args.tei_stylesheets:
        args.tei_stylesheets = os.path.abspath(args.tei_stylesheets)
    os.makedirs(args.work, exist_ok=True)
    info = bench.machine_info(args.editio)
    res = {"started": datetime.datetime.now().isoformat(timespec="seconds"),
           "command": shlex.join(["python3"] + sys.argv), "machine": info, "settings": vars(args)}
    for name, fn in (("tei", section_tei), ("html", section_html), ("pdf", section_pdf), ("shards", section_shards)):
        if not getattr(args, f"skip_{name}"):
            fn(args, res)
    res["loadavg_end"] = os.getloadavg()
    bench.write_outputs(report(args, info, res), args.markdown, res, args.json)


if __name__ == "__main__":
    main()
