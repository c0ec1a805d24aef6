"""Word-level scoring of extraction against gold spans, for the quality gate.

Same measure as the evaluation kit's README describes: every word of an
article has one gold label; a statement labels the words of its quote; item
recall counts gold items with at least 60% of their words predicted with
their category; a misfiled item has 60% under another category.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

CATS = ("achievement", "limitation", "task")
WORD = re.compile(r"\w+")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def _spans(text, spans):
    out, pos = [], 0
    for cat, head, tail in spans:
        s = text.find(norm(head), pos)
        e = text.find(norm(tail), s) + len(norm(tail))
        assert s >= 0 and e >= s, f"gold span not found: {head!r}"
        out.append((cat, s, e))
        pos = e
    return out


def _labels(words, spans):
    labels = [set() for _ in words]
    for cat, s, e in spans:
        for i, (a, b) in enumerate(words):
            if a >= s and b <= e:
                labels[i].add(cat)
    return labels


def score(gold_dir: Path, texts_dir: Path, articles) -> dict:
    """``articles``: briefgen Article objects, matched to gold by file name."""
    by_name = {Path(a.path).name: a for a in articles}
    tp = fp = fn = 0
    found = total = misfiled = untraceable = 0
    for gf in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        text = norm((Path(texts_dir) / gold["file"]).read_text(encoding="utf-8"))
        words = [(m.start(), m.end()) for m in WORD.finditer(text)]
        gspans = _spans(text, gold["spans"])
        pspans = []
        # a page of the genre the relevance check left out: every item missed
        kept = by_name.get(gold["file"])
        for st in (kept.statements if kept else []):
            q = norm(st.quote)
            i = text.find(q)
            if i < 0:
                untraceable += 1
                continue
            pspans.append((st.category, i, i + len(q)))
        g, p = _labels(words, gspans), _labels(words, pspans)
        for gl, pl in zip(g, p):
            for c in CATS:
                tp += c in gl and c in pl
                fp += c in pl and c not in gl
                fn += c in gl and c not in pl
        for cat, s, e in gspans:
            idx = [i for i, (a, b) in enumerate(words) if a >= s and b <= e]
            if not idx:
                continue
            total += 1
            if sum(cat in p[i] for i in idx) / len(idx) >= 0.6:
                found += 1
            elif sum(bool(p[i] - {cat}) for i in idx) / len(idx) >= 0.6:
                misfiled += 1
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return {"word_f1": round(f1, 3), "item_recall": round(found / total, 3) if total else 0.0,
            "misfiled": misfiled, "untraceable": untraceable}
