#!/usr/bin/env python3
"""Score the follow-up of the previous period's tasks against our own
hand-annotated pairs of periods (tests/followup/pairs/<pair>/: the previous
draft previous.briefing.yaml, this period's articles in current/, and
gold.json: for each previous task, its status and the passages of this
period's articles that report on it).

    .venv/bin/python scripts/followup_eval.py [--errors] [--pair NAME]

A predicted link is right when the linked statement contains one of the gold
passages of that task. Prints precision and recall of the links, and of each
status, per pair and in total.
"""
from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PAIRS = ROOT / "tests" / "followup" / "pairs"
STATUSES = ("có kết quả", "đang thực hiện", "chưa có thông tin")


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().replace("“", '"').replace("”", '"').split())


def followup_of(pair: Path) -> dict:
    """Run the pipeline as `briefgen build current/ --previous previous.briefing.yaml`
    would, without writing the documents."""
    from briefgen.assemble.briefing import assemble
    from briefgen.pipeline import Options, gather, load_previous

    previous = load_previous(pair / "previous.briefing.yaml")
    result = gather(Options(inputs=pair / "current", use_cache=False), analyse=True)
    model, _, _ = assemble(result.articles, letterhead={"profile": "dang"}, previous=previous,
                           previous_name="previous.briefing.yaml")
    return model["followup"]


def score_pair(pair: Path, show_errors: bool) -> Counter:
    import json

    gold = json.loads((pair / "gold.json").read_text(encoding="utf-8"))["tasks"]
    rows = followup_of(pair)["tasks"]
    c: Counter = Counter()
    for g in gold:
        found = [r for r in rows if _norm(r["task"]).startswith(_norm(g["task"]))]
        if len(found) != 1:
            raise SystemExit(f"{pair.name}: gold task '{g['task']}' matches {len(found)} tasks")
        row = found[0]
        wanted = [_norm(p) for p in g["reports"]]
        hit = set()
        for rep in row["reports"]:
            text = _norm(rep["text"])
            right = [p for p in wanted if p in text]
            hit.update(right)
            c["links_predicted"] += 1
            c["links_right"] += bool(right)
            if not right and show_errors:
                print(f"  WRONG LINK [{pair.name}] {row['task'][:70]}\n      -> {rep['text'][:110]} "
                      f"({rep['score']}; {', '.join(rep['matched'])})")
        c["links_gold"] += len(wanted)
        c["links_found"] += len(hit)
        if show_errors:
            for p in wanted:
                if p not in hit:
                    print(f"  MISSED LINK [{pair.name}] {row['task'][:70]}\n      -> {p[:110]}")
        c[f"gold {g['status']}"] += 1
        c[f"predicted {row['status']}"] += 1
        c["tasks"] += 1
        if row["status"] == g["status"]:
            c[f"right {row['status']}"] += 1
            c["status_right"] += 1
        elif show_errors:
            print(f"  STATUS [{pair.name}] {row['task'][:70]}: {row['status']} (gold: {g['status']}; {row['why']})")
    return c


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "— (0/0)"


def report(name: str, c: Counter) -> None:
    print(f"{name}: {c['tasks']} tasks")
    print(f"  links      precision {_ratio(c['links_right'], c['links_predicted'])}  "
          f"recall {_ratio(c['links_found'], c['links_gold'])}")
    print(f"  statuses   accuracy {_ratio(c['status_right'], c['tasks'])}")
    for s in STATUSES:
        print(f"    {s:<18} precision {_ratio(c[f'right {s}'], c[f'predicted {s}'])}  "
              f"recall {_ratio(c[f'right {s}'], c[f'gold {s}'])}")
    informative = sum(c[f"right {s}"] for s in STATUSES[:2])
    print(f"    a status other than 'chưa có thông tin' is right: "
          f"{_ratio(informative, c[f'predicted {STATUSES[0]}'] + c[f'predicted {STATUSES[1]}'])}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="print every wrong or missed link and status")
    ap.add_argument("--pair", help="only this pair (folder name)")
    args = ap.parse_args()
    total: Counter = Counter()
    for pair in sorted(p for p in PAIRS.iterdir() if (p / "gold.json").is_file()):
        if args.pair and pair.name != args.pair:
            continue
        c = score_pair(pair, args.errors)
        report(pair.name, c)
        total.update(c)
    report("ALL", total)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
