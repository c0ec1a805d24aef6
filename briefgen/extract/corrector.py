"""The category corrector: a small trained model that turns a result the
rules read into a task, or a task into a result, when it is very sure.

Rules tuned on the pages we annotated make few such errors there, but each new
page brings new ones (issue 12): a fix written for one page seldom helps the
next. The corrector is trained on what older revisions of the rules did with
pages they had never been tuned on (scripts/train_corrector.py), so it learns
the errors rules make on unseen pages, not the pages themselves. Its features
are those of the noise screen (the clause's words, word pairs, first and last
words, length, position; not the rules' label) and the label of the clause
before. It never touches a shortcoming. `explain` names its probability and
the features that weighed most; BRIEFGEN_CORRECTOR=off turns it off.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from briefgen.extract.screen import TrainedModel, _readable, features, read_model

PACKAGED = Path(__file__).resolve().parent.parent / "data" / "category_corrector.json"
ENV = "BRIEFGEN_CORRECTOR"
FLIPS = {"achievement": "task", "task": "achievement"}
NAMES = {"achievement": "kết quả", "task": "nhiệm vụ"}


def corrector_features(text: str, previous: str, index: int, count: int) -> list[str]:
    """The screen's features without the rules' label, and the previous clause's label."""
    return [f for f in features(text, "", index, count) if not f.startswith("L=")] + ["P=" + previous]


@dataclass(frozen=True)
class Correction:
    label: str  # the category the corrector is sure of
    probability: float
    reasons: tuple[str, ...]


class Corrector(TrainedModel):
    def correct(self, text: str, label: str, previous: str, index: int, count: int) -> Correction | None:
        """The other category when the model is at least ``threshold`` sure, else None."""
        if label not in FLIPS:
            return None
        contributions = {f: self.weights[f] for f in set(corrector_features(text, previous, index, count))
                         if f in self.weights}
        z = sum(contributions.values())
        p_task = 1 / (1 + math.exp(-max(-60.0, min(60.0, z))))
        other = FLIPS[label]
        p_other = p_task if other == "task" else 1 - p_task
        if p_other < self.threshold:
            return None
        sign = 1 if other == "task" else -1
        top = sorted((f for f, w in contributions.items() if sign * w > 0 and f != "bias"),
                     key=lambda f: -sign * contributions[f])[:4]
        return Correction(other, p_other, tuple(_readable(f) for f in top if not f.startswith("P=")))


def describe(correction: Correction, rule: str) -> str:
    """What `explain` says of a corrected clause (Vietnamese)."""
    why = ", ".join(correction.reasons) or "nhiều dấu hiệu nhỏ"
    return (f"mô hình phân loại: {correction.probability:.0%} khả năng là {NAMES[correction.label]} "
            f"(dấu hiệu: {why}); luật đã chọn: {rule}")


def load_corrector() -> Corrector | None:
    found = read_model(ENV, PACKAGED, "mô hình phân loại")
    return Corrector(*found) if found else None
