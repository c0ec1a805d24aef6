"""The section "Kết quả thực hiện nhiệm vụ kỳ trước" of the briefing model:
each task of the previous briefing with the reports linked to it
(briefgen.assemble.followup) and its status, and a table of the key figures
that both briefings state for the same indicator in the same unit.

Shape (docs/briefing-model.md, key ``followup``)::

    title, previous (the draft it was compared with), previous_period,
    tasks: [{task, theme, status, why, reports: [{category, text, sources,
             strength, score, matched, figures}]}],
    comparison: [{indicator, unit, previous, current, sources}]
"""
from __future__ import annotations

import re
import unicodedata

from briefgen.assemble.analysis import content_words
from briefgen.assemble.followup import GENERIC, STATUSES, Report, link_tasks, status_of, strength

TITLE = "KẾT QUẢ THỰC HIỆN NHIỆM VỤ KỲ TRƯỚC"
COMPARE_MIN_DICE = 0.5
# a number, and its unit: "tỷ đồng", "triệu đồng", "%" or the noun after it
_AMOUNT = re.compile(
    r"(?<![\w/.,])(?P<n>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:/(?P<total>\d+))?\s*"
    r"(?P<unit>%|(?:tỷ|triệu|nghìn|ngàn)\s+đồng|[^\W\d_]+)", re.IGNORECASE)
_TIME_UNITS = {"năm", "tháng", "ngày", "quý", "lần", "khóa", "khoá", "giờ", "kỳ"}


def previous_tasks(previous: dict) -> list[tuple[str, str]]:
    """(theme title, task text) of every task of a briefing, printed or left out by the cap."""
    out = []
    for section in previous.get("sections") or []:
        if section.get("category") != "task":
            continue
        for theme in section.get("themes") or []:
            for item in [*(theme.get("items") or []), *(theme.get("hidden_items") or [])]:
                text = " ".join((item.get("text") or "").split())
                if text:
                    out.append((theme.get("title") or "", text))
    return out


def build_followup(previous: dict, previous_name: str, reports: list[Report],
                   figures_now: list[dict]) -> dict:
    """The ``followup`` block of the briefing model."""
    tasks = previous_tasks(previous)
    links = link_tasks([text for _, text in tasks], reports)
    by_task: dict[int, list] = {}
    for k in links:
        by_task.setdefault(k.task, []).append(k)
    rows = []
    for i, (theme, text) in enumerate(tasks):
        mine = by_task.get(i, [])
        status, why = status_of(text, mine, reports)
        rows.append({
            "task": text, "theme": theme, "status": status, "why": why,
            "reports": [{"category": reports[k.report].category, "text": reports[k.report].text,
                         "sources": list(reports[k.report].sources), "strength": strength(k.score),
                         "score": k.score, "matched": k.matched, "figures": k.figures}
                        for k in mine],
        })
    return {"title": TITLE, "previous": previous_name, "previous_period": previous.get("period"),
            "tasks": rows, "comparison": compare_figures(previous.get("figures") or [], figures_now)}


def _amounts(text: str) -> list[tuple[str, str]]:
    """(number as written, unit) of each amount in a key figure."""
    out = []
    for m in _AMOUNT.finditer(text):
        unit = " ".join(m.group("unit").lower().split())
        if unit in _TIME_UNITS or (m.group("n").isdigit() and len(m.group("n")) == 4):
            continue
        number = m.group("n") + (f"/{m.group('total')}" if m.group("total") else "")
        out.append((number, unit))
    return out


def _label(text: str, number: str, unit: str) -> str:
    """The indicator in words: the figure without its number, first letter capitalised."""
    label = " ".join(text.replace(number, "", 1).split()).strip(" .")
    label = re.sub(r"\s+([,;:])", r"\1", label)
    return label[:1].upper() + label[1:] if label else unit


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in content_words(text) if w not in GENERIC and not any(c.isdigit() for c in w))


def compare_figures(before: list[dict], now: list[dict]) -> list[dict]:
    """Rows of the comparison table: a previous key figure and a current one
    with one amount each in the same unit and mostly the same words."""
    rows, used = [], set()
    for old in before:
        old_amounts = _amounts(old.get("text") or "")
        if len(old_amounts) != 1:
            continue  # which of several numbers is the indicator is a guess: none is made
        number, unit = old_amounts[0]
        old_words = _words(old["text"])
        best, best_dice = None, COMPARE_MIN_DICE
        for j, new in enumerate(now):
            new_amounts = [a for a in _amounts(new.get("text") or "") if a[1] == unit]
            if j in used or len(new_amounts) != 1:
                continue
            new_words = _words(new["text"])
            if not old_words or not new_words:
                continue
            dice = 2 * len(old_words & new_words) / (len(old_words) + len(new_words))
            if dice >= best_dice:
                best, best_dice = (j, new_amounts[0][0]), dice
        if best is None:
            continue
        used.add(best[0])
        rows.append({"indicator": unicodedata.normalize("NFC", _label(old["text"], number, unit)),
                     "unit": unit, "previous": number, "current": best[1],
                     "sources": list(now[best[0]].get("sources") or [])})
    return rows


__all__ = ["TITLE", "STATUSES", "build_followup", "compare_figures", "previous_tasks"]
