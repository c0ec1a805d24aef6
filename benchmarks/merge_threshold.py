"""Precision / recall / F1 of statement merging per similarity threshold.

Usage: .venv/bin/python benchmarks/merge_threshold.py [pairs.yaml]

Reads labelled pairs (default tests/fixtures/merge_pairs.yaml) and prints two
tables:
- "similarity only": every pair, merged when similarity >= threshold;
- "as merge sees it": a pair can only merge when both statements are in the
  same section, get the same theme (the blocking done by briefgen.assemble.merge) and
  state the same figures, then similarity >= threshold. This is the figure
  that matters.
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

from briefgen.assemble.group import assign_theme, load_themes
from briefgen.assemble.merge import MERGE_THRESHOLD, content_words, figures_key, similarity

ROOT = Path(__file__).resolve().parent.parent
THRESHOLDS = [round(0.20 + 0.02 * i, 2) for i in range(21)]


def scores(pairs_file: Path):
    pairs = yaml.safe_load(pairs_file.read_text(encoding="utf-8"))["pairs"]
    themes = load_themes()
    rows = []
    for p in pairs:
        sim = similarity(content_words(p["a"]), content_words(p["b"]))
        same_block = p["section"] == "same" and figures_key(p["a"]) == figures_key(p["b"]) and (
            assign_theme(p["a"], "achievement", themes).theme == assign_theme(p["b"], "achievement", themes).theme)
        rows.append((sim, same_block, bool(p["same"]), p))
    return rows


def prf(decisions: list[tuple[bool, bool]]) -> tuple[float, float, float]:
    tp = sum(1 for d, g in decisions if d and g)
    fp = sum(1 for d, g in decisions if d and not g)
    fn = sum(1 for d, g in decisions if not d and g)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def compare_measures(rows) -> None:
    """Best F1 of each measure, and the thresholds within 0.01 of it (a wide
    range means the choice of threshold is not fragile)."""
    def jaccard(a, b):
        return len(a & b) / len(a | b) if a | b else 0.0

    def containment(a, b):
        return len(a & b) / min(len(a), len(b)) if a and b else 0.0

    def dice(a, b):
        return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0

    def mean_jc(a, b):
        return (jaccard(a, b) + containment(a, b)) / 2

    words = [(content_words(p["a"]), content_words(p["b"]), blk, gold) for _s, blk, gold, p in rows]
    grid = [i / 100 for i in range(10, 91)]
    for name, f in (("jaccard", jaccard), ("containment", containment), ("dice", dice),
                    ("mean(jaccard, containment)", mean_jc), ("briefgen.assemble.merge.similarity", similarity)):
        f1s = [(prf([(blk and f(a, b) >= t, g) for a, b, blk, g in words])[2], t) for t in grid]
        best = max(f1 for f1, _t in f1s)
        near = [t for f1, t in f1s if f1 >= best - 0.01]
        print(f"  {name:28} best F1 {best:.3f}; F1 >= {best - 0.01:.3f} for thresholds {near[0]:.2f}-{near[-1]:.2f}")


def main(argv: list[str]) -> int:
    pairs_file = Path(argv[0]) if argv else ROOT / "tests/fixtures/merge_pairs.yaml"
    rows = scores(pairs_file)
    n_same = sum(1 for r in rows if r[2])
    print(f"{len(rows)} pairs ({n_same} same, {len(rows) - n_same} different); current MERGE_THRESHOLD = {MERGE_THRESHOLD}")
    print(f"{'threshold':>9} | {'similarity only':^23} | {'as merge sees it':^23}")
    print(f"{'':>9} | {'P':>7}{'R':>8}{'F1':>8} | {'P':>7}{'R':>8}{'F1':>8}")
    for t in THRESHOLDS:
        a = prf([(sim >= t, gold) for sim, _b, gold, _p in rows])
        b = prf([(blk and sim >= t, gold) for sim, blk, gold, _p in rows])
        mark = "  <-" if abs(t - MERGE_THRESHOLD) < 1e-9 else ""
        print(f"{t:>9.2f} | {a[0]:7.3f} {a[1]:7.3f} {a[2]:7.3f} | {b[0]:7.3f} {b[1]:7.3f} {b[2]:7.3f}{mark}")
    print("\nOther measures on the same content words (as merge sees it):")
    compare_measures(rows)
    if True:  # the errors are what to look at when tuning
        print("\nErrors at the current threshold (as merge sees it):")
        for sim, blk, gold, p in sorted(rows, key=lambda r: -r[0]):
            decided = blk and sim >= MERGE_THRESHOLD
            if decided != gold:
                kind = "missed" if gold else "false merge"
                why = "" if blk else " (blocked: other section, theme or figures)"
                print(f"  {kind:11} {sim:.2f}{why}: {p['a']} || {p['b']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
