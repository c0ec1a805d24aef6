"""What `--previous` adds to a national synthesis: 1,000 previous tasks
followed up against the statements of 1,000 articles.

Usage: .venv/bin/python benchmarks/followup.py [N_ARTICLES] [N_TASKS]

Two synthetic corpora (benchmarks/generate.py, seeds 1 and 2) stand for this
period and the previous one; the previous briefing is assembled from the
second and cut to N_TASKS tasks. Extraction (which computes every
statement's content words in the workers, as in a real run) is not timed;
what is timed is the assembly of this period's briefing without and with the
previous one, so the difference is what the follow-up adds. Also printed:
the pairs of task and statement compared against all pairs (the blocking).
Figures are noisy on a shared machine: take the best of a few runs.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def _cut(briefing: dict, n: int) -> dict:
    """The briefing with only its first ``n`` tasks (printed or left out by the cap)."""
    left = n
    for section in briefing["sections"]:
        if section["category"] != "task":
            continue
        for theme in section["themes"]:
            for key in ("items", "hidden_items"):
                keep = theme.get(key, [])[:max(left, 0)]
                left -= len(keep)
                theme[key] = keep
    return briefing


def main(argv: list[str]) -> int:
    from generate import generate

    from briefgen.assemble import followup
    from briefgen.assemble.briefing import assemble, default_cap
    from briefgen.assemble.followup_section import previous_tasks
    from briefgen.pipeline import Options, gather

    argv = [a for a in argv if not a.startswith("--")]
    n_articles = int(argv[0]) if argv else 1000
    n_tasks = int(argv[1]) if len(argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        now_dir, before_dir = Path(tmp) / "now", Path(tmp) / "before"
        generate(n_articles, now_dir, seed=1)
        # the synthetic corpus repeats its directives: a larger previous
        # corpus is needed for N_TASKS distinct tasks
        generate(int(n_articles * 1.5), before_dir, seed=2)
        t0 = time.perf_counter()
        now = gather(Options(inputs=now_dir), analyse=True).articles
        before = gather(Options(inputs=before_dir), analyse=True).articles
        print(f"extraction of 2 × {n_articles} articles (not part of the follow-up): {time.perf_counter() - t0:.1f} s")
    cap = default_cap(len(now))
    previous, _, _ = assemble(before, letterhead={"profile": "dang"}, cap_per_theme=cap)
    previous = _cut(previous, n_tasks)
    tasks = previous_tasks(previous)

    t0 = time.perf_counter()
    plain, _, _ = assemble(now, letterhead={"profile": "dang"}, cap_per_theme=cap)
    t_plain = time.perf_counter() - t0

    stats: dict = {}
    original = followup.link_tasks
    followup_section = sys.modules["briefgen.assemble.followup_section"]
    followup_section.link_tasks = lambda t, r: original(t, r, stats)
    import cProfile
    import pstats

    prof = cProfile.Profile() if "--profile" in sys.argv else None
    if prof:
        prof.enable()
    t0 = time.perf_counter()
    model, _, _ = assemble(now, letterhead={"profile": "dang"}, cap_per_theme=cap, previous=previous,
                           previous_name="previous.briefing.yaml")
    t_with = time.perf_counter() - t0
    if prof:
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(18)
    followup_section.link_tasks = original

    rows = model["followup"]["tasks"]
    n_reports = sum(len(t["items"]) + len(t["hidden_items"]) for s in plain["sections"]
                    if s["category"] != "task" for t in s["themes"])
    statuses = {s: sum(1 for r in rows if r["status"] == s) for s in followup.STATUSES}
    print(f"{len(tasks)} previous tasks, {n_reports} achievements and limitations of {len(now)} articles")
    print(f"assembly without --previous: {t_plain:.2f} s; with: {t_with:.2f} s; "
          f"the follow-up adds {t_with - t_plain:.2f} s")
    all_pairs = len(tasks) * n_reports
    print(f"pairs compared: {stats.get('pairs', 0):,} of {all_pairs:,} "
          f"({stats.get('pairs', 0) / max(all_pairs, 1):.1%})")
    print(f"links: {sum(len(r['reports']) for r in rows)}; statuses: "
          + ", ".join(f"{s} {n}" for s, n in statuses.items())
          + f"; comparison rows: {len(model['followup']['comparison'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
