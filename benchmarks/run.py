"""Scale benchmark of the whole build: per-stage times, throughput, memory.

Usage: .venv/bin/python benchmarks/run.py [--sizes 100,1000,10000] [--seed 1]
                                          [--profile N] [--keep DIR]

For every size N a corpus is generated (benchmarks/generate.py) into a
temporary folder and built by the real pipeline (``briefgen.pipeline.build``)
in a fresh process with an empty extraction cache, so peak memory and times
belong to that size alone. Printed per size: the time of each stage (taken
from the progress callback: a stage lasts until the next one starts), total
wall time, articles per second, peak RSS of the process and of its worker
processes, and the ratio to a bare one-core underthesea ``word_tokenize``
pass over the same texts (measured on up to 300 of them). Also per size: peak
memory of all processes together (sampled PSS and RSS sums) and the audit's
size (index, pages). Then a table of stage times across sizes with their
growth; ``briefgen render`` of the largest draft; the time headless Chromium
needs to open the largest audit page (and its largest page of sources)
beyond a blank page; for the 1,000 folder (or the nearest size run): a
rebuild after editing one file with the cache warm; the cache folder size
after repeated builds of changing corpora under a small cap. Finally
``briefgen --help`` wall time, best of 5.

``--profile N`` instead runs one cold build of N articles under cProfile and
prints the 35 most expensive functions by cumulative and by own time.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))  # the working tree's briefgen, not a copy installed in the venv
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}

from generate import generate  # noqa: E402

BASELINE_SAMPLE = 300


def _peak_rss_mib() -> tuple[float, float]:
    """(this process, largest child) peak RSS in MiB; Linux reports KiB."""
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, kids


def _tree(pid: int) -> list[int]:
    """``pid`` and all its descendants."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return out


def _field_kib(path: str, name: str) -> int:
    try:
        with open(path) as f:
            return next((int(line.split()[1]) for line in f if line.startswith(name)), 0)
    except OSError:
        return 0


class TreeMemory:
    """Peak memory of this process and every process it starts, together,
    sampled every 0.2 s: the sum of resident sizes (RSS, counts pages a
    forked worker shares with its parent twice) and of proportional set
    sizes (PSS, shares them out: the memory really in use)."""

    def __init__(self):
        import threading

        self.rss = self.pss = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        me = os.getpid()
        while not self._stop.wait(0.2):
            pids = _tree(me)
            self.rss = max(self.rss, sum(_field_kib(f"/proc/{p}/status", "VmRSS:") for p in pids) / 1024)
            self.pss = max(self.pss, sum(_field_kib(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids) / 1024)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def _current_rss_mib() -> float:
    try:
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:")) / 1024
    except (OSError, StopIteration):
        return float("nan")


def _wire_pipeline() -> str:
    """Use extract_many and the default cap even before pipeline.py is wired
    (the proposed lines, see docs/performance.md); say which is measured."""
    import inspect

    from briefgen import pipeline

    notes = []
    if "extract_many" not in inspect.getsource(pipeline.extract_all):
        from briefgen.run.parallel import extract_many

        def extract_all(docs, opts, progress=pipeline._noop):
            chrome = pipeline.site_chrome(docs)
            return [pipeline._apply_given(a) for a in extract_many(
                docs, opts.rules_file, chrome, use_cache=opts.use_cache, progress=progress)]

        pipeline.extract_all = extract_all
        notes.append("extract_many patched into pipeline.extract_all")
    return "; ".join(notes) or "pipeline as committed"


def _default_cap(n_articles: int) -> int | None:
    try:
        from briefgen.assemble.briefing import default_cap
    except ImportError:
        return None
    return default_cap(n_articles)


def build_once(inputs: Path, outdir: Path) -> dict:
    """One build in this process; stage times from the progress callback."""
    from briefgen.pipeline import Options, build

    wiring = _wire_pipeline()
    marks: list[tuple[str, float]] = []
    rss: dict[str, float] = {}  # stage -> memory in use when the next stage starts

    def progress(stage: str, done: int, total: int) -> None:
        if not marks or marks[-1][0] != stage:
            if marks:
                rss[marks[-1][0]] = _current_rss_mib()
            marks.append((stage, time.perf_counter()))

    n = sum(1 for _ in inputs.iterdir())
    opts = Options(inputs=inputs, outdir=outdir)
    if opts.cap_per_theme is None:
        opts.cap_per_theme = _default_cap(n)
    with TreeMemory() as tree:
        t0 = time.perf_counter()
        marks.append(("Tìm tệp", t0))
        result = build(opts, progress)
        t1 = time.perf_counter()
    rss[marks[-1][0]] = _current_rss_mib()
    stages: dict[str, float] = {}
    for (stage, start), (_next, end) in zip(marks, marks[1:] + [("", t1)]):
        stages[stage] = stages.get(stage, 0.0) + end - start
    me, kids = _peak_rss_mib()
    cpu = sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
              for f in ("ru_utime", "ru_stime"))
    return {"cpu": cpu, "load": os.getloadavg()[0], "n": n, "wall": t1 - t0, "stages": stages, "rss_self": me, "rss_children": kids, "rss_after": rss,
            "tree_rss": tree.rss, "tree_pss": tree.pss, "audit": _audit_size(outdir),
            "statements": sum(len(a.statements) for a in result.articles), "read": result.report.read,
            "items": sum(len(t["items"]) for s in result.briefing["sections"] for t in s["themes"]),
            "cap": opts.cap_per_theme, "merges": len(result.merges), "wiring": wiring,
            "pdf_bytes": (outdir / "bao-cao-tong-hop.pdf").stat().st_size}


def _audit_size(outdir: Path) -> dict:
    """Sizes of the audit page and of the pages of its folder, in bytes."""
    index = outdir / "bao-cao-tong-hop.audit.html"
    pages = sorted((outdir / "bao-cao-tong-hop.audit").glob("*.html"))
    sizes = {p.name: p.stat().st_size for p in pages}
    return {"index": index.stat().st_size, "pages": len(pages), "total": index.stat().st_size + sum(sizes.values()),
            "largest": max(sizes, key=sizes.get) if sizes else None, "largest_bytes": max(sizes.values(), default=0)}


CHROMIUM = Path("/usr/bin/chromium")


def _chromium_seconds(url: str, work: Path) -> float:
    """Wall time of headless Chromium loading ``url`` and drawing it (a screenshot)."""
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={work / 'profile'}",
             f"--screenshot={work / 'shot.png'}", "--window-size=1200,1600"]
    t0 = time.perf_counter()
    subprocess.run([str(CHROMIUM), *flags, url], capture_output=True, timeout=600,
                   env={**os.environ, "HOME": str(work)})
    return time.perf_counter() - t0


def audit_open_time(outdir: Path, work: Path) -> dict | None:
    """Seconds headless Chromium needs to open the audit page (and its
    largest page of sources) beyond what it needs for a blank page; best of 3."""
    if not CHROMIUM.exists():
        return None
    work.mkdir(parents=True, exist_ok=True)
    blank = min(_chromium_seconds("about:blank", work) for _ in range(3))
    index = outdir / "bao-cao-tong-hop.audit.html"
    out = {"blank": blank, "index": min(_chromium_seconds(index.as_uri(), work) for _ in range(3)) - blank}
    largest = _audit_size(outdir)["largest"]
    if largest:
        page = outdir / "bao-cao-tong-hop.audit" / largest
        out["largest"] = min(_chromium_seconds(page.as_uri(), work) for _ in range(3)) - blank
    return out


def render_time(draft: Path, outdir: Path) -> float:
    """Wall time of ``briefgen render`` of a draft (a subprocess, as staff run it)."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "briefgen", "render", str(draft), "-o", str(outdir)],
                   capture_output=True, check=True, env=ENV)
    return time.perf_counter() - t0


def cache_runs(work: Path, seed: int, runs: int = 4, size: int = 300, cap_mb: float = 8.0) -> list[float]:
    """Cache folder size (MB) after each of ``runs`` builds of different
    corpora of ``size`` articles, with the cap set to ``cap_mb``."""
    cache, sizes = work / "cache-pruning", []
    for k in range(runs):
        inputs = work / f"corpus-pruning-{k}"
        generate(size, inputs, seed + 100 + k)
        env = {**ENV, "BRIEFGEN_CACHE_DIR": str(cache), "BRIEFGEN_CACHE_MAX_MB": str(cap_mb)}
        subprocess.run([sys.executable, "-m", "briefgen", "build", str(inputs), "-o",
                        str(work / "out-pruning")], env=env, capture_output=True, check=True)
        sizes.append(sum(p.stat().st_size for p in cache.rglob("*") if p.is_file()) / 1024 / 1024)
    return sizes


def baseline(inputs: Path) -> dict:
    """Articles per second of a bare word_tokenize pass on one core."""
    from underthesea import word_tokenize

    files = sorted(inputs.iterdir())[:BASELINE_SAMPLE]
    texts = [f.read_text(encoding="utf-8") for f in files]
    word_tokenize("khởi động")  # load the model outside the timing
    t0 = time.perf_counter()
    for t in texts:
        word_tokenize(t)
    return {"per_second": len(texts) / (time.perf_counter() - t0), "sample": len(texts)}


def _child(args: list[str], cache_dir: Path) -> dict:
    env = {**ENV, "BRIEFGEN_CACHE_DIR": str(cache_dir)}
    out = subprocess.run([sys.executable, __file__, *args], env=env, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"benchmark child failed: {' '.join(args)}\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def help_time() -> float:
    exe = Path(sys.executable).with_name("briefgen")
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run([str(exe), "--help"], capture_output=True, check=True)
        best = min(best, time.perf_counter() - t0)
    return best


def _edit_one(folder: Path) -> None:
    first = sorted(folder.iterdir())[len(list(folder.iterdir())) // 2]
    text = first.read_text(encoding="utf-8").replace(
        "Tuy nhiên, ", "Tuy nhiên, việc sơ kết các mô hình điểm ở một số xã còn chậm; ", 1)
    first.write_text(text, encoding="utf-8")


def _fmt_stages(stages: dict) -> str:
    return "; ".join(f"{k} {v:.2f} s" for k, v in stages.items())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="briefgen scale benchmark")
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--profile", type=int, default=0)
    ap.add_argument("--keep", type=Path, help="keep corpora and outputs in this folder")
    ap.add_argument("--no-cache-runs", dest="cache_runs", action="store_false",
                    help="skip the cache size check over repeated builds")
    ap.add_argument("--one", nargs=2, help=argparse.SUPPRESS)        # child: build INPUTS OUTDIR
    ap.add_argument("--baseline", type=Path, help=argparse.SUPPRESS)  # child: word_tokenize pass
    args = ap.parse_args(argv)

    if args.one:
        print(json.dumps(build_once(Path(args.one[0]), Path(args.one[1]))))
        return 0
    if args.baseline:
        print(json.dumps(baseline(args.baseline)))
        return 0

    work = args.keep or Path(tempfile.mkdtemp(prefix="briefgen-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.profile:
        try:
            return _profile(args.profile, work, args.seed)
        finally:
            if not args.keep:
                shutil.rmtree(work, ignore_errors=True)

    sizes = [int(s) for s in args.sizes.split(",") if s]
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.platform()}")
    rows = {}
    for n in sizes:
        inputs, cache = work / f"corpus-{n}", work / f"cache-{n}"
        generate(n, inputs, args.seed)
        r = _child(["--one", str(inputs), str(work / f"out-{n}")], cache)
        b = _child(["--baseline", str(inputs)], cache)
        rows[n] = r
        print(f"\nN = {n}: {r['wall']:.2f} s wall, {n / r['wall']:.0f} articles/s, peak RSS "
              f"{r['rss_self']:.0f} MiB (workers {r['rss_children']:.0f} MiB), CPU time {r['cpu']:.1f} s, "
              f"load average {r['load']:.1f}  [{r['wiring']}]")
        print(f"  stages: {_fmt_stages(r['stages'])}")
        print("  memory in use after each stage: " + "; ".join(f"{k} {v:.0f} MiB" for k, v in r["rss_after"].items()))
        print(f"  {r['read']} read, {r['statements']} statements, {r['merges']} merged, {r['items']} items "
              f"in the document (cap {r['cap']}), PDF {r['pdf_bytes'] / 1024:.0f} KiB")
        print(f"  word_tokenize alone, one core: {b['per_second']:.0f} articles/s (sample {b['sample']}); "
              f"the build takes {b['per_second'] * r['wall'] / n:.2f}x that pass's time")
        r["ratio"] = b["per_second"] * r["wall"] / n
        print(f"  all processes together, peak: {r['tree_pss']:.0f} MiB PSS ({r['tree_rss']:.0f} MiB RSS summed)")
        a = r["audit"]
        print(f"  audit: index {a['index'] / 1e6:.2f} MB + {a['pages']} pages, {a['total'] / 1e6:.1f} MB in all "
              f"({a['total'] / n / 1e3:.1f} kB per article); largest page {a['largest']} {a['largest_bytes'] / 1e6:.2f} MB")
    if len(rows) > 1:
        sizes_run = sorted(rows)
        stages = list(dict.fromkeys(k for n in sizes_run for k in rows[n]["stages"]))
        print("\nStage times (s), and growth from the smallest to the largest size "
              f"(x{sizes_run[-1] / sizes_run[0]:.1f} articles):")
        for st in stages:
            vals = [rows[n]["stages"].get(st, 0.0) for n in sizes_run]
            growth = vals[-1] / vals[0] if vals[0] > 0.05 else float("nan")
            print(f"  {st:<22}" + "".join(f"{v:>9.2f}" for v in vals) + f"   x{growth:.1f}")
    if rows:
        big = max(rows)
        out = work / f"out-{big}"
        t = render_time(out / "bao-cao-tong-hop.briefing.yaml", work / f"render-{big}")
        print(f"\nbriefgen render of the {big}-article draft "
              f"({(out / 'bao-cao-tong-hop.briefing.yaml').stat().st_size / 1e6:.1f} MB): {t:.2f} s")
        opened = audit_open_time(out, work / "chromium")
        if opened:
            print(f"Audit page of {big} articles in headless Chromium, beyond a blank page "
                  f"({opened['blank']:.2f} s): index {opened['index']:.2f} s"
                  + (f", largest page {opened['largest']:.2f} s" if "largest" in opened else ""))
    if rows:
        n = min(rows, key=lambda k: abs(k - 1000))
        inputs = work / f"corpus-{n}"
        _edit_one(inputs)
        r = _child(["--one", str(inputs), str(work / f"out-{n}")], work / f"cache-{n}")
        render = sum(v for k, v in r["stages"].items() if k.startswith(("Tạo", "Ghi")))
        print(f"\nRebuild of N = {n} after editing one file (cache warm): {r['wall']:.2f} s wall, "
              f"{r['wall'] - render:.2f} s without rendering/writing")
        print(f"  stages: {_fmt_stages(r['stages'])}")
    if args.cache_runs:
        cap = 8.0
        sizes = cache_runs(work, args.seed, cap_mb=cap)
        print(f"\nCache folder after {len(sizes)} builds of different 300-article corpora, cap {cap:g} MB "
              f"(BRIEFGEN_CACHE_MAX_MB): " + ", ".join(f"{v:.1f}" for v in sizes) + " MB")
    print(f"\nbriefgen --help: {help_time():.3f} s (best of 5)")
    if args.keep:
        print(f"\nCorpora and outputs in {work}")
    else:  # 10,000 articles and their outputs take about 300 MB
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _profile(n: int, work: Path, seed: int) -> int:
    import cProfile
    import pstats

    inputs = work / f"corpus-{n}"
    generate(n, inputs, seed)
    os.environ["BRIEFGEN_CACHE_DIR"] = str(work / f"cache-profile-{n}")
    from briefgen.run import parallel

    parallel.cpu_workers = lambda: 1  # profile the extraction too, in this process
    prof = cProfile.Profile()
    prof.enable()
    r = build_once(inputs, work / f"out-profile-{n}")
    prof.disable()
    print(f"N = {n}: {r['wall']:.2f} s; {_fmt_stages(r['stages'])}")
    stats = pstats.Stats(prof).strip_dirs()
    stats.sort_stats("cumulative").print_stats(35)
    stats.sort_stats("tottime").print_stats(35)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
