#!/usr/bin/env python3
"""Which rules make the errors on pages they had not been tuned on?

Each batch of tests/realset/ is read by the rules of the revision that first
scored it (the last HISTORY entry of scripts/train_corrector.py whose batches
include it), screen and corrector off, and every clause the rules labelled is
set beside the gold kind of most of its words. The table counts, per rule
family (the rule's name as `explain` prints it, up to its first colon), the
clauses and how many of them were in truth a result, a limitation, a task or
no item at all. It needs the texts (tests/realset/README.md).

    .venv/bin/python scripts/first_errors_by_rule.py [--from-batch 116] [--top 25]

Measured in the twenty-seventh session (tests/realset/scores.md, "Where
first-time errors come from, by rule").
"""
from __future__ import annotations

import argparse
import collections
import os
import sys
from pathlib import Path

os.environ["BRIEFGEN_SCREEN"] = "off"
os.environ["BRIEFGEN_SECOND_LOOK"] = "off"
os.environ["BRIEFGEN_CORRECTOR"] = "off"

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_corrector as tc  # noqa: E402
import train_screen as ts  # noqa: E402
from realset import batches, worktree  # noqa: E402

KINDS = ("achievement", "limitation", "task", "none")


def first_reader(from_batch: int) -> dict[str, list[int]]:
    """revision -> the batches it scored first (later HISTORY entries are newer)."""
    owner: dict[int, str] = {}
    for rev, spec in tc.HISTORY:
        for b in batches(spec):
            if b >= from_batch:
                owner[b] = rev
    by_rev: dict[str, list[int]] = collections.defaultdict(list)
    for b, rev in owner.items():
        by_rev[rev].append(b)
    return by_rev


def gold_kind(article: dict, flat: str, gold: list, start: int, end: int) -> str:
    """The gold kind of most words of the statement the clause gave."""
    raw = article["text"]
    s, e = next(((a, b) for a, b in article["statements"] if start <= a and b <= end), (start, end))
    piece = ts._norm(raw[s:e])
    at = flat.find(piece)
    counts: collections.Counter = collections.Counter()
    for m in ts.WORD.finditer(piece) if at >= 0 and piece else ():
        ws, we = m.start() + at, m.end() + at
        counts[next((c for c, gs, ge in gold if gs <= ws and we <= ge), "none")] += 1
    return counts.most_common(1)[0][0] if counts else "none"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--from-batch", type=int, default=116)
    ap.add_argument("--top", type=int, default=25)
    a = ap.parse_args(argv)
    pages = [p for p in ts.pages(None) if p["group"] == "real"]
    total: collections.Counter = collections.Counter()
    wrong: dict[tuple, collections.Counter] = collections.defaultdict(collections.Counter)
    read = 0
    for rev, wanted in first_reader(a.from_batch).items():
        group = [p for p in pages if p["batch"] in wanted]
        if not group:
            continue
        with worktree(rev) as tree:
            done = ts.rules_output(group, tree)
        for page in group:
            article = done.get(page["path"].name)
            if article is None:
                continue
            read += 1
            flat = ts._norm(article["text"])
            gold = ts._gold_offsets(flat, page["gold"]["spans"])
            for start, end, label, rule in article["decisions"]:
                label = "none" if label == "noise" else label  # page furniture is no item either
                family = (label, rule.split(":")[0])
                total[family] += 1
                truth = gold_kind(article, flat, gold, start, end)
                if truth != label:
                    wrong[family][truth] += 1
    print(f"{read} pages, {sum(total.values())} clauses, each read by the rules that first scored its batch")
    print("label | rule family | clauses | in truth: " + " / ".join(KINDS))
    ranked = sorted(total, key=lambda f: -sum(wrong[f].values()))
    for family in ranked[:a.top]:
        print(f"{family[0]} | {family[1]} | {total[family]} | " + " / ".join(str(wrong[family][k]) for k in KINDS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
