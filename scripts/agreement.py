#!/usr/bin/env python3
"""How far two annotators agree on the real set, and where briefgen stands between them.

tests/realset/gold-second/ holds a second, blind annotation (by GUIDE.md) of
pages already annotated in tests/realset/gold/. The shared scorer is run
with one annotation as the gold and the other as the "prediction" (each span
a statement quoting its own text), both ways, and briefgen's extraction of
the same pages is scored against each annotation. The agreement between two
careful annotators is the ceiling a tool can be expected to reach against
either of them; what they disagree on shows where the guide is ambiguous.

    .venv/bin/python scripts/agreement.py            figures, both ways, and briefgen against each
    .venv/bin/python scripts/agreement.py --errors   also each disagreement between the two annotators

The words are also split by whether the two annotations give them the same
label: briefgen's word accuracy where the annotators agree is its error that
no convention explains.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from realset import GOLD, TEXTS, _scorer  # noqa: E402

SECOND = ROOT / "tests" / "realset" / "gold-second"


def as_prediction(gold_dir: Path, stems: list[str], score) -> dict:
    """An annotation written as the extraction JSON: one statement per span."""
    arts = []
    for stem in stems:
        g = json.loads((gold_dir / f"{stem}.json").read_text(encoding="utf-8"))
        text = score.norm((TEXTS / g["file"]).read_text(encoding="utf-8"))
        sts = [{"category": c, "text": text[s:e], "quote": text[s:e]}
               for c, s, e in score.resolve_gold(text, g["spans"], g["file"])]
        arts.append({"path": g["file"], "statements": sts})
    return {"schema": "briefgen.extraction/1", "articles": arts}


def extract(stems: list[str], tmp: Path) -> dict:
    texts = tmp / "texts"
    texts.mkdir()
    for stem in stems:
        (texts / f"{stem}.txt").write_bytes((TEXTS / f"{stem}.txt").read_bytes())
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-m", "briefgen", "extract", str(texts),
                    "--json", str(tmp / "x.json")], check=True, capture_output=True, env=env, cwd=tmp)
    return json.loads((tmp / "x.json").read_text(encoding="utf-8"))


def gold_subset(src: Path, stems: list[str], dst: Path) -> Path:
    dst.mkdir()
    for stem in stems:
        (dst / f"{stem}.json").write_bytes((src / f"{stem}.json").read_bytes())
    return dst


def word_labels(score, stem: str, gold_dir: Path | None = None, pred: dict | None = None) -> list[str]:
    """One label per word: the category covering it, or "none"."""
    text = score.norm((TEXTS / f"{stem}.txt").read_text(encoding="utf-8"))
    ws = score.words(text)
    if gold_dir is not None:
        g = json.loads((gold_dir / f"{stem}.json").read_text(encoding="utf-8"))
        spans = score.resolve_gold(text, g["spans"], g["file"])
    else:
        art = score.match_article(pred["articles"], f"{stem}.txt") or {}
        spans = [(st["category"], *loc) for st in art.get("statements", [])
                 if (loc := score.find_quote(text, st.get("quote", ""))) is not None]
    return ["/".join(sorted(x)) or "none" for x in score.label_words(ws, spans)]


def line(name: str, r: dict) -> str:
    cats = r["per_category"]
    lim = cats["limitation"]
    return (f"{name:34} F1 {r['word_f1']:.3f}  P {r['word_precision']:.3f}  R {r['word_recall']:.3f}  "
            f"items {r['items_found']}/{r['items']} ({r['item_recall']:.3f})  misfiled {r['misfiled_items']:3}  "
            f"lim P {lim['precision']:.2f} R {lim['recall']:.2f}  noise words {r['noise_words']}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list each disagreement of the two annotators")
    ap.add_argument("--second", type=Path, default=SECOND, help="the second annotation's folder")
    a = ap.parse_args(argv)
    score = _scorer()
    second_dir = a.second
    stems = sorted(p.stem for p in second_dir.glob("*.json") if (TEXTS / f"{p.stem}.txt").is_file())
    if not stems:
        print("no second annotations with their texts present")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        first = gold_subset(GOLD, stems, tmp / "first")
        second = gold_subset(second_dir, stems, tmp / "second")
        pred = extract(stems, tmp)
        b_vs_a = score.score(first, TEXTS, as_prediction(second_dir, stems, score), errors=a.errors)
        print(f"{len(stems)} pages annotated twice")
        print(line("second annotator vs first", b_vs_a))
        print(line("first annotator vs second", score.score(second, TEXTS, as_prediction(GOLD, stems, score))))
        print(line("briefgen vs first", score.score(first, TEXTS, pred)))
        print(line("briefgen vs second", score.score(second, TEXTS, pred)))
    agree = right_agree = disagree = right_disagree = 0
    for stem in stems:
        la, lb = word_labels(score, stem, GOLD), word_labels(score, stem, second_dir)
        lp = word_labels(score, stem, pred=pred)
        for x, y, p in zip(la, lb, lp):
            if x == y:
                agree += 1
                right_agree += p == x
            else:
                disagree += 1
                right_disagree += p in (x, y)
    print(f"words labelled alike by both annotators: {agree}; briefgen gives the same label to "
          f"{right_agree} ({right_agree / agree:.3f})")
    if disagree:
        print(f"words the annotators label differently: {disagree}; briefgen sides with one of them on "
              f"{right_disagree} ({right_disagree / disagree:.3f})")
    if a.errors:
        for art in b_vs_a["articles"]:
            if art.get("errors"):
                print(f"\n== {art['file']} (agreement F1 {art['word_f1']})")
                for e in art["errors"]:
                    print("  " + e.replace("noise as", "second only as").replace("missed", "first only"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
