#!/usr/bin/env python3
"""Benchmarks `editio build` on generated corpora and reports the throughput.

  python3 bench/run.py --editio build/editio --sizes 1MB,10MB,100MB --formats tei,html \
      --jobs 1,2 --jing --incremental 1000 --out bench/results.json --markdown bench/latest.md

For each size a corpus is generated with bench/gen_corpus.py (cached in the
work directory and reused), then built once per --jobs value into a fresh
output directory with --stats. Wall time and peak RSS of the editio process
are measured from the outside (os.wait4); the per-stage thread-seconds come
from editio's own --stats file. --jing also times jing validating the same
TEI against tei_all.rng; --incremental N times a full build, a no-change
rebuild and a rebuild after one text changed, on a corpus of N documents.

The Markdown report goes to stdout (and --markdown), the raw numbers to --out;
progress goes to stderr. The exit status is non-zero if editio or jing fails.
MB means 2**20 bytes, as in gen_corpus.py. Python 3.11 standard library only.
"""

import argparse
import datetime
import glob
import hashlib
import json
import os
import platform
import re
import shlex
import shutil
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_corpus import parse_size  # noqa: E402  (one size syntax for both scripts)

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
MB = 1 << 20
# The stages that turn text into validated TEI (the "text to TEI" throughput).
TEI_STAGES = ("read", "annotate", "write-tei", "validate")
# Keys of the stats file shown in the main tables; any other numeric key is
# listed under "Other statistics".
KNOWN_KEYS = {"jobs", "documents", "built", "failed", "bytes", "stages", "wall_seconds", "peak_rss"}


def log(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def size_label(text):
    return re.sub(r"\s+", "", text).upper().rstrip("B") + "B"


def int_list(text):
    try:
        values = [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a comma-separated list of integers")
    if not values or min(values) < 1:
        raise argparse.ArgumentTypeError(f"'{text}': need positive integers")
    return values


# ---------------------------------------------------------------- processes

class Result:
    def __init__(self, argv, returncode, wall, maxrss_kb, user, sys_, timed_out, log_path):
        self.argv, self.returncode, self.wall = argv, returncode, wall
        self.maxrss_kb, self.user, self.sys, self.timed_out, self.log = maxrss_kb, user, sys_, timed_out, log_path

    def ok(self):
        return self.returncode == 0 and not self.timed_out

    def describe(self):
        if self.timed_out:
            return f"timed out after {self.wall:.0f} s"
        if self.returncode < 0:
            return f"killed by signal {-self.returncode}"
        return f"exit status {self.returncode}"


def run_measured(argv, log_path, timeout, cwd=None, append=False):
    """Runs argv with stdout+stderr to log_path; returns its wall time and the
    peak RSS and CPU time of that process alone (os.wait4). On timeout the
    whole process group is killed."""
    with open(log_path, "ab" if append else "wb") as out:
        if append:
            out.write(("\n$ " + shlex.join(argv) + "\n").encode())
            out.flush()
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                cwd=cwd, start_new_session=True)
    lock, state = threading.Lock(), {"done": False, "timed_out": False}

    def on_timeout():
        with lock:
            if not state["done"]:  # still not reaped, so the pid is still ours
                state["timed_out"] = True
                try:
                    os.killpg(proc.pid, 9)
                except ProcessLookupError:
                    pass

    timer = threading.Timer(timeout, on_timeout)
    timer.daemon = True
    timer.start()
    # Wait for the exit without reaping, so a late timeout can't hit a reused pid.
    while True:
        try:
            os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)
            break
        except InterruptedError:
            continue
    wall = time.perf_counter() - t0
    with lock:
        state["done"] = True
    timer.cancel()
    _, status, ru = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Result(argv, proc.returncode, wall, ru.ru_maxrss, ru.ru_utime, ru.ru_stime, state["timed_out"], log_path)


def quick(argv, timeout=30):
    try:
        p = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
        return (p.stdout or p.stderr).strip()
    except (OSError, subprocess.SubprocessError) as e:
        return f"({e})"


def tail(path, n=15):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return "".join(f.readlines()[-n:])
    except OSError:
        return ""


# ------------------------------------------------------------------ machine

def machine_info(editio):
    info = {}
    try:
        with open("/proc/cpuinfo") as f:
            cpuinfo = f.read()
        m = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.M)
        info["cpu"] = m.group(1).strip() if m else platform.processor()
        cores = {(p, c) for p, c in re.findall(r"physical id\s*:\s*(\d+)\n(?:.*\n)*?core id\s*:\s*(\d+)", cpuinfo)}
        info["physical_cores"] = len(cores) or None
    except OSError:
        info["cpu"] = platform.processor()
    info["logical_cpus"] = os.cpu_count()
    info["usable_cpus"] = len(os.sched_getaffinity(0))
    try:
        with open("/proc/meminfo") as f:
            kb = int(re.search(r"MemTotal:\s*(\d+)", f.read()).group(1))
        info["ram_gb"] = round(kb / (1 << 20), 1)
    except (OSError, AttributeError):
        info["ram_gb"] = None
    try:
        with open("/etc/os-release") as f:
            m = re.search(r'^PRETTY_NAME="?([^"\n]*)"?', f.read(), re.M)
        info["os"] = m.group(1) if m else platform.system()
    except OSError:
        info["os"] = platform.system()
    info["kernel"] = platform.release()
    info["python"] = platform.python_version()
    info["editio"] = os.path.abspath(editio)
    info["editio_version"] = quick([editio, "--version"])
    h = hashlib.sha256()
    with open(editio, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    info["editio_sha256"] = h.hexdigest()[:16]
    info["editio_mtime"] = datetime.datetime.fromtimestamp(os.path.getmtime(editio)).isoformat(timespec="seconds")
    info["loadavg_start"] = os.getloadavg()
    return info


# ------------------------------------------------------------------- corpus

def corpus(args, label, size, docs=None):
    """The cached corpus directory for this size/docs/seed, generated if absent."""
    name = f"corpus-{label}" + (f"-d{docs}" if docs else "") + f"-s{args.seed}"
    path = os.path.join(args.work, name)
    if os.path.isfile(os.path.join(path, "manifest.toml")):
        log(f"corpus {name}: cached")
        return path
    tmp = f"{path}.tmp{os.getpid()}"
    argv = [sys.executable, os.path.join(HERE, "gen_corpus.py"), "--size", str(size), "--out", tmp,
            "--seed", str(args.seed)] + (["--docs", str(docs)] if docs else [])
    log(f"corpus {name}: generating")
    r = run_measured(argv, os.path.join(args.work, name + ".log"), args.timeout)
    if not r.ok():
        sys.exit(f"bench: generating the corpus failed ({r.describe()}):\n{tail(r.log)}")
    if os.path.exists(path):
        shutil.rmtree(path)
    os.rename(tmp, path)  # only a complete corpus gets the cached name
    return path


def text_bytes(corpus_dir):
    return sum(os.path.getsize(p) for p in glob.glob(os.path.join(corpus_dir, "texts", "*.txt")))


# -------------------------------------------------------------------- build

def editio_build(args, sources, out, stats_path, jobs, log_path, fresh=True, append=False, extra=()):
    if fresh and os.path.exists(out):
        shutil.rmtree(out)
    if os.path.exists(stats_path):
        os.remove(stats_path)
    argv = [args.editio, "build", "--sources", sources, "--out", out, "--formats", args.formats,
            "--jobs", str(jobs), "--stats", stats_path] + list(extra)
    r = run_measured(argv, log_path, args.timeout, append=append)
    stats, problem = None, None
    try:
        with open(stats_path) as f:
            stats = json.load(f)
    except (OSError, ValueError) as e:
        problem = f"no readable --stats file ({e})"
    if not r.ok():
        problem = f"editio {r.describe()}"
    elif stats is not None and stats.get("failed", 0):
        problem = f"{stats['failed']} of {stats.get('documents', '?')} documents failed"
    run = {
        "command": shlex.join(argv),
        "returncode": r.returncode,
        "timed_out": r.timed_out,
        "wall_seconds": round(r.wall, 4),
        "peak_rss_kb": r.maxrss_kb,
        "user_seconds": round(r.user, 3),
        "sys_seconds": round(r.sys, 3),
        "stats": stats,
        "log": log_path,
    }
    if problem:
        run["error"] = problem
        run["log_tail"] = tail(log_path)
    return run


def derive(run, jobs, src_bytes):
    """Throughputs from one build (MB = 2**20 bytes of source text)."""
    stats = run.get("stats") or {}
    src_mb = (stats.get("bytes") or src_bytes) / MB
    wall = run["wall_seconds"]
    stages = {k: v for k, v in (stats.get("stages") or {}).items() if isinstance(v, (int, float))}
    tei = sum(stages.get(s, 0) for s in TEI_STAGES)
    d = {
        "source_mb": round(src_mb, 3),
        "documents_per_second": (stats.get("documents") or 0) / wall if wall else None,
        "mb_per_second": src_mb / wall if wall else None,
        "mb_per_second_per_core": src_mb / wall / jobs if wall else None,
        "tei_thread_seconds": tei,
        "tei_mb_per_core_second": src_mb / tei if tei else None,
        "stage_mb_per_second": {k: (src_mb / v if v else None) for k, v in stages.items()},
        "peak_rss_mb": run["peak_rss_kb"] / 1024,
    }
    return d


# --------------------------------------------------------------------- jing

def arg_batches(files):
    """Splits files into batches whose command lines fit in ARG_MAX (with room
    for the environment); each batch is one process."""
    env_size = sum(len(k) + len(v) + 2 for k, v in os.environ.items())
    budget = max(16 << 10, min(os.sysconf("SC_ARG_MAX"), 1 << 21) // 2 - env_size)
    batches, cur, cur_size = [], [], 0
    for f in files:
        n = len(f) + 1 + 8
        if cur and cur_size + n > budget:
            batches.append(cur)
            cur, cur_size = [], 0
        cur.append(f)
        cur_size += n
    batches.append(cur)
    return batches


def document_tei(tei_dir):
    """The documents' TEI files in tei_dir, without a teiCorpus (which repeats them)."""
    def is_corpus(path):
        with open(path, "rb") as fh:
            return b"<teiCorpus" in fh.read(4096)
    return [p for p in sorted(glob.glob(os.path.join(tei_dir, "*.xml"))) if not is_corpus(p)]


def jing_validate(args, tei_dir, log_path):
    files = document_tei(tei_dir)
    if not files:
        return {"error": f"no TEI files in {tei_dir}"}
    base = ["jing", args.tei_all]
    batches = arg_batches(files)
    if os.path.exists(log_path):
        os.remove(log_path)
    wall = user = sys_ = 0.0
    rss, codes, timed_out = 0, [], False
    for b in batches:
        r = run_measured(base + b, log_path, args.timeout, append=True)
        wall, user, sys_ = wall + r.wall, user + r.user, sys_ + r.sys
        rss = max(rss, r.maxrss_kb)
        codes.append(r.returncode)
        timed_out |= r.timed_out
    with open(log_path, encoding="utf-8", errors="replace") as f:
        lines = [l.rstrip("\n") for l in f]
    errors = [l for l in lines if re.search(r": (error|fatal):", l)]
    tei_bytes = sum(os.path.getsize(f) for f in files)
    res = {
        "files": len(files),
        "tei_bytes": tei_bytes,
        "invocations": len(batches),
        "wall_seconds": round(wall, 4),
        "user_seconds": round(user, 3),
        "sys_seconds": round(sys_, 3),
        "peak_rss_kb": rss,
        "returncodes": codes,
        "timed_out": timed_out,
        "error_count": len(errors),
        "first_errors": errors[:10],
        "log": log_path,
    }
    if timed_out:
        res["error"] = "jing timed out"
    elif errors or any(codes):
        res["error"] = f"jing: {len(errors)} errors (exit status {max(codes, key=abs)})"
    return res


# ---------------------------------------------------------------- incremental

def touch_one_text(src):
    """Appends a sentence to the first body paragraph of one text (the middle one)."""
    texts = sorted(glob.glob(os.path.join(src, "texts", "*.txt")))
    return append_sentence(texts[len(texts) // 2])


def append_sentence(path):
    """Appends a sentence to the first long body paragraph of a plain text."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for i, line in enumerate(lines):
        if len(line) > 200 and not line.startswith("["):
            lines[i] = line + " This sentence was added by the incremental benchmark."
            break
    else:
        lines.append("This sentence was added by the incremental benchmark.")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    return path


def incremental(args, failures):
    size = parse_size(args.incremental_size)
    label = size_label(args.incremental_size)
    cached = corpus(args, label, size, docs=args.incremental)
    base = os.path.join(args.work, f"incremental-{label}-d{args.incremental}")
    if os.path.exists(base):
        shutil.rmtree(base)
    src, out = os.path.join(base, "sources"), os.path.join(base, "out")
    shutil.copytree(cached, src)  # never touch the cached corpus
    jobs = max(args.jobs)
    log_path = os.path.join(base, "editio.log")
    res = {"corpus": cached, "copy": src, "documents": args.incremental, "jobs": jobs, "builds": {}}
    steps = [("full", None), ("noop", None), ("one", touch_one_text)]
    for name, prepare in steps:
        if prepare:
            res["changed_file"] = prepare(src)
            time.sleep(0.01)
        log(f"incremental {label} d{args.incremental}: build '{name}' (jobs {jobs})")
        run = editio_build(args, src, out, os.path.join(base, f"stats-{name}.json"), jobs, log_path,
                           fresh=(name == "full"), append=(name != "full"))
        res["builds"][name] = run
        if "error" in run:
            failures.append(f"incremental build '{name}': {run['error']}")
            break
    b = res["builds"]
    if all(k in b and "error" not in b[k] for k in ("full", "noop", "one")):
        full = b["full"]["wall_seconds"]
        res["noop_percent"] = 100 * b["noop"]["wall_seconds"] / full
        res["one_percent"] = 100 * b["one"]["wall_seconds"] / full
    if not args.keep_output:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(src, ignore_errors=True)
    return res


# ------------------------------------------------------------------- report

def f(x, digits=2):
    if x is None:
        return "–"
    if isinstance(x, float):
        if x != 0 and abs(x) < 10 ** -digits:
            return f"{x:.2g}"
        return f"{x:.{digits}f}"
    return str(x)


def table(header, rows, left=1, text=()):
    """A Markdown table; the first `left` columns and those in `text` are
    left-aligned, the numbers right-aligned."""
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join("---" if i < left or i in text else "--:" for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return out


def flat_numbers(d, prefix=""):
    for k, v in d.items():
        if isinstance(v, bool):
            continue
        if isinstance(v, (int, float)):
            yield prefix + k, v
        elif isinstance(v, dict):
            yield from flat_numbers(v, prefix + k + ".")


def report(args, info, results):
    L = [f"# Editio benchmark, {results['started']}", ""]
    L.append("```")
    L.append(results["command"])
    L.append("```")
    L.append("")
    cores = f"{info['logical_cpus']} logical CPUs"
    if info.get("physical_cores"):
        cores += f", {info['physical_cores']} physical cores"
    if info["usable_cpus"] != info["logical_cpus"]:
        cores += f", {info['usable_cpus']} usable"
    L += [
        f"- Machine: {info['cpu']}, {cores}, {f(info['ram_gb'], 1)} GB RAM",
        f"- OS: {info['os']} (Linux {info['kernel']}), Python {info['python']}",
        f"- Editio: `{info['editio_version']}` ({info['editio']}, sha256 {info['editio_sha256']}…, built {info['editio_mtime']})",
        f"- Load average at start / end: {' '.join(f(x) for x in info['loadavg_start'])} / "
        f"{' '.join(f(x) for x in results.get('loadavg_end', ()))}",
        f"- Formats: {args.formats}; seed {args.seed}; MB = 2^20 bytes of source text; "
        f"wall time and peak RSS measured outside editio (os.wait4)"
        + (f"; fastest of {args.repeat} runs" if args.repeat > 1 else ""),
        "",
    ]
    load = max(info["loadavg_start"][0], (results.get("loadavg_end") or (0,))[0])
    if load > 0.5 * info["usable_cpus"]:
        L += [f"**Warning: the machine was busy (load average up to {load:.2f} on {info['usable_cpus']} CPUs);"
              " the timings, and the speed-ups most, are perturbed. See \"CPU use\" below.**", ""]
    runs = results["runs"]
    if runs:
        L += ["## Throughput", ""]
        rows = []
        base_wall = {}
        for r in runs:
            if "error" not in r and r["jobs"] == min(x["jobs"] for x in runs if x["size"] == r["size"]):
                base_wall[r["size"]] = (r["jobs"], r["wall_seconds"])
        for r in runs:
            s, d = r.get("stats") or {}, r.get("derived") or {}
            if "error" in r:
                rows.append([r["size"], r["jobs"], s.get("documents", "–"), f"**FAILED: {r['error']}**"] + [""] * 7)
                continue
            bj, bw = base_wall.get(r["size"], (None, None))
            speedup = f"{bw / r['wall_seconds']:.2f}×" if bw and r["jobs"] != bj else "1.00×" if bw else "–"
            rows.append([r["size"], r["jobs"], s.get("documents"), f(d["source_mb"], 1), f(r["wall_seconds"]),
                         f(d["documents_per_second"], 1), f(d["mb_per_second"]), f(d["mb_per_second_per_core"]),
                         f(d["tei_mb_per_core_second"]), speedup, f(d["peak_rss_mb"], 0)])
        L += table(["size", "jobs", "docs", "source MB", "wall s", "docs/s", "MB/s end-to-end",
                    "MB/s per core (wall÷jobs)", "MB/s per core, text→validated TEI", "speed-up vs fewest jobs",
                    "peak RSS MB"], rows)
        L += ["", f"\"text→validated TEI\" = source MB ÷ thread-seconds of {'+'.join(TEI_STAGES)} "
              "(editio's --stats); the other throughputs use the wall time measured outside.", ""]

        L += ["## Stages (thread-seconds summed over documents; MB/s = source MB ÷ stage seconds)", ""]
        for size in dict.fromkeys(r["size"] for r in runs):
            good = [r for r in runs if r["size"] == size and r.get("stats")]
            if not good:
                continue
            names = list(dict.fromkeys(k for r in good for k in (r["stats"].get("stages") or {})))
            header = ["stage"]
            for r in good:
                header += [f"j{r['jobs']} thread-s", f"j{r['jobs']} MB/s", f"j{r['jobs']} share"]
            rows = []
            for n in names + ["(sum)"]:
                row = [n]
                for r in good:
                    st = r["stats"].get("stages") or {}
                    total = sum(v for v in st.values() if isinstance(v, (int, float)))
                    v = total if n == "(sum)" else st.get(n)
                    mbps = r["derived"]["source_mb"] / v if isinstance(v, (int, float)) and v else None
                    share = f"{100 * v / total:.0f}%" if isinstance(v, (int, float)) and total else "–"
                    row += [f(v, 3), f(mbps, 1), share]
                rows.append(row)
            L += [f"### {size} ({good[0]['stats'].get('documents')} documents, {f(good[0]['derived']['source_mb'], 1)} MB)", ""]
            L += table(header, rows) + [""]

        rows = []
        for r in runs:
            extra = [(k, v) for k, v in flat_numbers(r.get("stats") or {}) if k.split(".")[0] not in KNOWN_KEYS]
            extra += [("editio wall_seconds", (r.get("stats") or {}).get("wall_seconds")),
                      ("editio peak_rss MB", ((r.get("stats") or {}).get("peak_rss") or 0) / MB),
                      ("user+sys s", r["user_seconds"] + r["sys_seconds"]),
                      ("CPU use", f"{100 * (r['user_seconds'] + r['sys_seconds']) / r['wall_seconds'] / r['jobs']:.0f}% of jobs×wall"
                       if r["wall_seconds"] else None)]
            rows.append([r["size"], r["jobs"], ", ".join(f"{k} {f(v) if isinstance(v, float) else v}" for k, v in extra)])
        L += ["## Other statistics", ""] + table(["size", "jobs", "values"], rows, left=3) + [""]

    if results["jing"]:
        L += ["## jing (tei_all.rng) vs editio's validate stage", ""]
        rows = []
        for j in results["jing"]:
            if "files" not in j:
                rows.append([j["size"], j["jobs"], f"**{j.get('error')}**"] + [""] * 8)
                continue
            verdict = "valid" if "error" not in j else f"**INVALID: {j['error_count']} errors**" if j["error_count"] else f"**{j['error']}**"
            tei_mb = j["tei_bytes"] / MB
            ratio = j["editio_validate_seconds"] / j["wall_seconds"] if j["wall_seconds"] else None
            rows.append([j["size"], j["jobs"], j["files"], f(tei_mb, 1), f(j["wall_seconds"]),
                         f(j["user_seconds"] + j["sys_seconds"]), f(tei_mb / j["wall_seconds"] if j["wall_seconds"] else None),
                         j["invocations"], f(j["editio_validate_seconds"]), f(ratio), verdict])
        L += table(["size", "of the build with jobs", "TEI files", "TEI MB", "jing wall s", "jing CPU s",
                    "jing MB/s (TEI)", "jing runs", "editio validate thread-s", "editio ÷ jing", "jing verdict"], rows, text={10})
        L += ["", "editio validate = editio's \"validate\" stage (project RelaxNG + Schematron, thread-seconds, "
              "summed over documents); jing = wall time of `jing tei_all.rng` on the same tei/*.xml, JVM start-up "
              "included (one start per jing run). Ratio < 1: editio is faster.", ""]
        for j in results["jing"]:
            if j.get("first_errors"):
                L += [f"First jing errors ({j['size']}):", "```"] + j["first_errors"][:5] + ["```", ""]

    inc = results.get("incremental")
    if inc:
        b = inc["builds"]
        L += [f"## Incremental build ({inc['documents']} documents, {args.incremental_size}, jobs {inc['jobs']})", ""]
        rows = []
        full = b.get("full", {}).get("wall_seconds")
        what = {"full": "full build, empty output", "noop": "again, nothing changed",
                "one": "one text changed (" + os.path.basename(inc.get("changed_file", "?")) + ")"}
        for name in ("full", "noop", "one"):
            r = b.get(name)
            if not r:
                continue
            s = r.get("stats") or {}
            if "error" in r:
                rows.append([f"T_{name}", what[name], f"**FAILED: {r['error']}**", "", "", "", ""])
                continue
            rows.append([f"T_{name}", what[name], f(r["wall_seconds"]),
                         f"{100 * r['wall_seconds'] / full:.1f}%" if full else "–",
                         s.get("built", "–"), s.get("skipped", "–"), f(r["peak_rss_kb"] / 1024, 0)])
        L += table(["", "build", "wall s", "% of T_full", "built", "skipped", "peak RSS MB"], rows, left=2) + [""]
        if "one_percent" in inc:
            L += [f"**T_one / T_full = {inc['one_percent']:.1f}%** (T_noop / T_full = {inc['noop_percent']:.1f}%)", ""]

    if results["failures"]:
        L += ["## FAILURES", ""] + [f"- {x}" for x in results["failures"]] + [""]
        for r in runs:
            if r.get("log_tail"):
                L += [f"Last lines of {r['log']}:", "```", r["log_tail"].rstrip(), "```", ""]
    return "\n".join(L) + "\n"


# --------------------------------------------------------------------- main

def write_outputs(md, md_path, results, json_path):
    """The Markdown report to stdout (and md_path), the raw numbers to json_path."""
    sys.stdout.write(md)
    if md_path:
        with open(md_path, "w", encoding="utf-8") as fh:
            fh.write(md)
    if json_path:
        with open(json_path, "w", encoding="utf-8") as fh:
            json.dump(results, fh, indent=1, ensure_ascii=False, default=str)
            fh.write("\n")


def new_parser(doc):
    """An argument parser whose help is the script's docstring, with --editio."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="\n\n".join(doc.split("\n\n")[1:]))
    ap.add_argument("--editio", default=os.path.join(REPO, "build", "editio"), help="the editio binary")
    return ap


def main():
    ap = new_parser(__doc__)
    ap.add_argument("--sizes", default="1MB,10MB", help="comma-separated corpus sizes (default 1MB,10MB)")
    ap.add_argument("--formats", default="tei", help="editio build --formats (default tei)")
    ap.add_argument("--jobs", type=int_list, default=[1, 2], help="comma-separated --jobs values (default 1,2)")
    ap.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    ap.add_argument("--repeat", type=int, default=1, help="builds per size and jobs; the fastest is reported")
    ap.add_argument("--jing", action="store_true", help="also time jing on the TEI against tei_all.rng")
    ap.add_argument("--tei-all", default=os.path.join(REPO, "..", "shared", "tei", "tei_all.rng"),
                    help="the TEI schema for --jing (default <repo>/../shared/tei/tei_all.rng)")
    ap.add_argument("--incremental", type=int, metavar="DOCS",
                    help="also time full / no-change / one-file-changed builds of a corpus of DOCS documents")
    ap.add_argument("--incremental-size", help="size of that corpus (default: the largest of --sizes)")
    ap.add_argument("--work", default="/tmp/editio-bench", help="corpus cache and outputs (default /tmp/editio-bench)")
    ap.add_argument("--keep-output", action="store_true", help="keep the build outputs in the work directory")
    ap.add_argument("--timeout", type=float, default=7200, help="seconds allowed to each subprocess (default 7200)")
    ap.add_argument("--out", help="write the raw numbers as JSON here")
    ap.add_argument("--markdown", help="write the Markdown report here too")
    args = ap.parse_args()

    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    try:
        for s in sizes:
            parse_size(s)
        if args.incremental_size:
            parse_size(args.incremental_size)
    except argparse.ArgumentTypeError as e:
        ap.error(str(e))
    if args.incremental and not args.incremental_size:
        args.incremental_size = max(sizes, key=parse_size) if sizes else "10MB"
    if not (os.path.isfile(args.editio) and os.access(args.editio, os.X_OK)):
        ap.error(f"--editio {args.editio}: not an executable file")
    args.editio = os.path.abspath(args.editio)
    if args.jing:
        if not shutil.which("jing"):
            ap.error("--jing: jing is not installed (apt-get install -y jing)")
        if not os.path.isfile(args.tei_all):
            ap.error(f"--tei-all {args.tei_all}: no such file")
        args.tei_all = os.path.abspath(args.tei_all)
    args.repeat = max(1, args.repeat)
    os.makedirs(args.work, exist_ok=True)

    info = machine_info(args.editio)
    if args.jing:
        info["jing"] = quick(["dpkg-query", "-W", "-f", "${Version}", "jing"]) or "?"
    results = {
        "started": datetime.datetime.now().isoformat(timespec="seconds"),
        "command": shlex.join(["python3"] + sys.argv),
        "cwd": os.getcwd(),
        "machine": info,
        "settings": {k: v for k, v in vars(args).items()},
        "runs": [], "jing": [], "incremental": None, "failures": [],
    }

    for label in sizes:
        size = parse_size(label)
        label = size_label(label)
        src = corpus(args, label, size)
        src_bytes = text_bytes(src)
        first_ok = None
        for jobs in args.jobs:
            rundir = os.path.join(args.work, "runs", f"{label}-j{jobs}")
            os.makedirs(rundir, exist_ok=True)
            best, walls = None, []
            for i in range(args.repeat):
                log(f"{label}: editio build --jobs {jobs}" + (f" (run {i + 1}/{args.repeat})" if args.repeat > 1 else ""))
                run = editio_build(args, src, os.path.join(rundir, "out"), os.path.join(rundir, "stats.json"),
                                   jobs, os.path.join(rundir, "editio.log"))
                walls.append(run["wall_seconds"])
                if "error" in run:
                    best = run
                    break
                if best is None or run["wall_seconds"] < best["wall_seconds"]:
                    best = run
                    shutil.copy(os.path.join(rundir, "stats.json"), os.path.join(rundir, "stats-best.json"))
            best.update(size=label, size_bytes=size, jobs=jobs, corpus=src, walls=walls)
            best["derived"] = derive(best, jobs, src_bytes)
            results["runs"].append(best)
            if "error" in best:
                results["failures"].append(f"{label}, jobs {jobs}: {best['error']} (log: {best['log']})")
                log(f"{label} jobs {jobs}: FAILED: {best['error']}")
            else:
                log(f"{label} jobs {jobs}: {best['wall_seconds']:.2f} s, "
                    f"{best['derived']['mb_per_second']:.2f} MB/s, peak RSS {best['derived']['peak_rss_mb']:.0f} MB")
            out = os.path.join(rundir, "out")
            if args.jing and "error" not in best and first_ok is None:
                first_ok = best
                log(f"{label}: jing on the TEI of the jobs {jobs} build")
                j = jing_validate(args, os.path.join(out, "tei"), os.path.join(rundir, "jing.log"))
                j.update(size=label, jobs=jobs,
                         editio_validate_seconds=((best.get("stats") or {}).get("stages") or {}).get("validate"))
                results["jing"].append(j)
                if "error" in j:
                    results["failures"].append(f"{label}: {j['error']} (log: {j.get('log')})")
            if not args.keep_output:
                shutil.rmtree(out, ignore_errors=True)

    if args.incremental:
        results["incremental"] = incremental(args, results["failures"])

    info["loadavg_end"] = os.getloadavg()
    results["loadavg_end"] = info["loadavg_end"]
    write_outputs(report(args, info, results), args.markdown, results, args.out)
    if results["failures"]:
        print("bench: FAILED: " + "; ".join(results["failures"]), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
