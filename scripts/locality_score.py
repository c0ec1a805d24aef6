#!/usr/bin/env python3
"""Measure locality and unit level on articles whose place is known.

    .venv/bin/python scripts/locality_score.py

Reads the hand-written fixture sets (tests/fixtures/articles, gold in
tests/fixtures/gold) and the real-article development set (tests/realset,
texts present locally only), extracts each article's metadata and prints, per
set, how many articles get the annotated unit level and locality (case and
tone-mark placement ignored: "Hòa"/"Hoà"), and the misses.
"""
from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen.extract.article import extract_document  # noqa: E402
from briefgen.extract.rules import load_rules  # noqa: E402
from briefgen.places import fold  # noqa: E402
from briefgen.read.registry import read_document  # noqa: E402

SETS = {"fixtures": (ROOT / "tests/fixtures/articles", ROOT / "tests/fixtures/gold"),
        "realset": (ROOT / "tests/realset/texts", ROOT / "tests/realset/gold")}


def value(ev) -> str:
    return fold(ev.value) if ev is not None else ""


def main() -> int:
    rules = load_rules()
    for name, (texts, gold_dir) in SETS.items():
        total = level_ok = place_ok = both_ok = 0
        misses = []
        for gold_path in sorted(gold_dir.glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            meta = gold.get("meta") or {}
            text_path = texts / gold["file"]
            if not meta.get("locality") or not text_path.is_file():
                continue
            article = extract_document(read_document(text_path), rules)
            got_level, got_place = value(article.meta.unit_level), value(article.meta.locality)
            want_level, want_place = fold(meta.get("unit_level") or ""), fold(meta["locality"])
            total += 1
            level_ok += got_level == want_level
            place_ok += got_place == want_place
            both_ok += got_level == want_level and got_place == want_place
            if (got_level, got_place) != (want_level, want_place):
                misses.append(f"  {gold['file']}: {article.meta.unit_level and article.meta.unit_level.value} "
                              f"{article.meta.locality and article.meta.locality.value} "
                              f"(gold {meta.get('unit_level')} {meta['locality']})")
        print(f"{name}: {total} articles with a known place; level {level_ok}/{total}, "
              f"locality {place_ok}/{total}, both {both_ok}/{total}")
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
