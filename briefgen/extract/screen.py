"""The noise screen: a small trained model that takes back clauses the rules
kept but that read like page noise or meeting procedure.

The rules decide first; the screen only ever turns an item into "none", and
only when it is very sure (0.7 was chosen by cross-validation that holds out
whole sites, see scripts/train_screen.py; since the rules now take out most
procedure themselves, 0.8 finds more items on pages the screen never saw at
the same word F1: see the provenance in its file). It is a logistic
regression over plain features of the clause (its words and word pairs, its
first words, length, position in the article, final punctuation, share of
capitalised words), trained on our annotated real pages and own sets; the
weights ship in briefgen/data/noise_screen.json with their provenance.
`explain` names the screen's probability and the features that weighed most.

BRIEFGEN_SCREEN=off turns it off (used to train it on the rules' own output);
BRIEFGEN_SCREEN=PATH reads another model file (cross-validation).
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import ConfigError
from briefgen.extract.tones import tone_view

PACKAGED = Path(__file__).resolve().parent.parent / "data" / "noise_screen.json"
ENV = "BRIEFGEN_SCREEN"
WORD = re.compile(r"\w+")
FINAL = ".;:!?"


def features(text: str, label: str, index: int, count: int) -> list[str]:
    """The features of one clause: ``label`` is the rules' category (or
    "none"), ``index`` its place among the article's ``count`` clauses.
    "Uỷ ban" and "Ủy ban" are one word to the model (tones.py)."""
    text = tone_view(text)
    words = WORD.findall(text.lower())
    out = ["L=" + label, "bias"]
    out += ["w:" + w for w in words]
    out += ["b:" + a + "_" + b for a, b in zip(words, words[1:])]
    for k in (1, 2, 3):
        if len(words) >= k:
            out.append(f"f{k}:" + "_".join(words[:k]))
    if len(words) >= 2:
        out.append("l2:" + "_".join(words[-2:]))
    out.append("pos:first" if index == 0 else "pos:early" if index < 3 else "pos:mid")
    if index == count - 1:
        out.append("pos:last")
    n = len(words)
    out.append("len:" + ("<6" if n < 6 else "<12" if n < 12 else "<25" if n < 25 else "<50" if n < 50 else "50+"))
    tail = text.rstrip()
    out.append("end:" + (tail[-1] if tail and tail[-1] in FINAL else "none"))
    if any(c.isdigit() for c in text):
        out.append("digit")
    raw = WORD.findall(text)
    capitals = sum(1 for w in raw if w[:1].isupper()) / max(1, len(raw))
    out.append("caps:" + str(min(4, int(capitals * 10) // 2)))
    return out


@dataclass(frozen=True)
class Verdict:
    probability: float  # that the clause is not an item
    reasons: tuple[str, ...]  # the features that pushed most towards "not an item"


class TrainedModel:
    """A shipped logistic regression: weights, threshold, provenance, and a
    digest that enters the rules' version (a new model, new statements)."""

    def __init__(self, data: dict, source: str):
        self.weights: dict[str, float] = data["weights"]
        self.threshold: float = float(data["threshold"])
        self.provenance: dict = data.get("provenance", {})
        self.source = source
        self.digest = hashlib.sha256(
            json.dumps(data, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:16]


class NoiseScreen(TrainedModel):

    def judge(self, text: str, label: str, index: int, count: int) -> Verdict:
        contributions = {f: self.weights[f] for f in set(features(text, label, index, count))
                         if f in self.weights}
        z = sum(contributions.values())
        p = 1 / (1 + math.exp(-max(-60.0, min(60.0, z))))
        top = sorted((f for f, w in contributions.items() if w > 0 and f != "bias"),
                     key=lambda f: -contributions[f])[:4]
        return Verdict(p, tuple(_readable(f) for f in top))

    def rejects(self, verdict: Verdict) -> bool:
        return verdict.probability >= self.threshold


PLAIN = {"pos:first": "câu đầu bài", "pos:early": "gần đầu bài", "pos:mid": "giữa bài", "pos:last": "cuối bài",
         "len:<6": "rất ngắn", "len:<12": "ngắn", "len:<25": "dài vừa", "len:<50": "dài", "len:50+": "rất dài",
         "end:none": "không có dấu kết câu", "end:.": "kết thúc bằng dấu chấm", "end:;": "kết thúc bằng dấu chấm phẩy",
         "end::": "kết thúc bằng dấu hai chấm", "digit": "có chữ số",
         "caps:0": "ít chữ viết hoa", "caps:1": "có chữ viết hoa", "caps:2": "nhiều chữ viết hoa (tên, chức vụ)",
         "caps:3": "nhiều chữ viết hoa (tên, chức vụ)", "caps:4": "gần như toàn chữ viết hoa"}


def _readable(feature: str) -> str:
    """A feature as staff can read it in `explain`."""
    if feature in PLAIN:
        return PLAIN[feature]
    kind, _, value = feature.partition(":")
    value = value.replace("_", " ")
    if kind.startswith("L="):
        return f"luật xếp vào '{kind[2:]}'"
    return {"w": f"'{value}'", "b": f"'{value}'", "f1": f"mở đầu '{value}'", "f2": f"mở đầu '{value}'",
            "f3": f"mở đầu '{value}'", "l2": f"kết thúc '{value}'"}.get(kind, feature)


def read_model(env: str, packaged: Path, what: str) -> tuple[dict, str] | None:
    """A model file's data and path: ``env`` set to "off" turns the model off,
    to a path reads that file (cross-validation), unset reads ``packaged``."""
    choice = os.environ.get(env, "").strip()
    if choice.lower() == "off":
        return None
    path = Path(choice) if choice else packaged
    if not path.is_file():
        if choice:
            raise ConfigError(f"{path}: không tìm thấy tệp {what} ({env})")
        return None  # a stripped-down install: the rules alone
    return json.loads(path.read_text(encoding="utf-8")), str(path)


def load_screen() -> NoiseScreen | None:
    found = read_model(ENV, PACKAGED, "mô hình sàng lọc")
    return NoiseScreen(*found) if found else None
