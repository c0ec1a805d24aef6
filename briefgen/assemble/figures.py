"""Key figures ("Một số kết quả nổi bật"): numeric results in achievements.

A figure is a ratio ("217/217 xã, phường, thị trấn", "14/15 quận, huyện"), a
percentage ("đạt 98,5%"), an amount ("12,5 tỷ đồng", "1.200 triệu đồng") or a
count of something ("215 nhà Đại đoàn kết", "3.500 lượt hội viên"). Dates,
years, periods, ordinals and document numbers ("Nghị quyết 09-NQ/ThU",
"lần thứ 15", "nhiệm kỳ 2024 - 2029", "Kỳ họp thứ 17", "6 tháng đầu năm")
are not figures.

The figure is shown as the clause of the statement that contains it, cut from
the statement text without adding or changing words: the ';'-separated part,
shortened to its ','-bounded phrase when that part is long.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable

from briefgen.assemble.group import match_form
from briefgen.model import Statement

# Vietnamese numbers: "." groups thousands, "," marks decimals ("1.200", "12,5").
_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
# A number not glued to a preceding word, code or date ("Covid-19", "09-NQ", "7/5").
_CANDIDATE = re.compile(
    rf"(?<![\w/.,\-–])(?P<a>{_NUMBER})(?:/(?P<b>\d+))?(?P<pct>\s?%)?(?![\w%]|[/\-–]\w|[.,]\d)")

# Words after a number that make it a time, an ordinal or a rating, not a result.
_NOT_AFTER = {"năm", "tháng", "ngày", "quý", "tuần", "giờ", "phút", "giây", "kỳ", "lần", "đợt",
               "khóa", "khoá", "tuổi", "thế", "sao"}
# Words just before a number that make it a date, an ordinal or a document number.
_NOT_BEFORE = {"thứ", "lần", "khóa", "khoá", "số", "ngày", "sáng", "chiều", "tối", "trưa", "đêm",
               "hôm", "năm", "tháng", "quý", "kỳ", "nhiệm", "đoạn", "từ", "đến", "điều", "khoản",
               "quyết", "thị", "định", "luận", "án", "hoạch", "báo", "văn", "lệnh", "tư", "đợt"}
_MAX_WORDS = 35  # a ';'-part longer than this is cut down to its ','-phrase


def _is_year(a: str) -> bool:
    return a.isdigit() and len(a) == 4 and 1900 <= int(a) <= 2100


def find_figures(text: str) -> list[tuple[int, int]]:
    """Character spans of the figures in ``text`` (see module docstring)."""
    spans = []
    for m in _CANDIDATE.finditer(text):
        before = text[:m.start()].split()
        prev = before[-1].lower().strip("(\"“") if before else ""
        after = text[m.end():].split()
        nxt = after[0].lower().strip(",;.:)\"”") if after else ""
        a, b = m.group("a"), m.group("b")
        if m.group("pct"):
            spans.append((m.start(), m.end()))
            continue
        if prev in _NOT_BEFORE or nxt in _NOT_AFTER:
            continue
        if not nxt or not nxt[0].isalpha():
            continue  # a bare number ("2024 - 2029", "(số 5)") is not a result
        if b is not None:
            # a ratio reads "done/total": 14/15, 217/217; "15/4" is a date
            if not a.isdigit() or int(a) > int(b) or int(b) == 0:
                continue
        elif _is_year(a):
            continue
        spans.append((m.start(), m.end()))
    return spans


# Separators of clauses and phrases. A comma between digits is a decimal
# comma ("12,5 tỷ"), and "phòng, chống" is one expression in this genre.
_SEPARATORS = {";": re.compile(r";"),
               ",": re.compile(r"(?<!\bphòng),(?!\d)", re.IGNORECASE)}


def _parts(text: str, sep: str) -> list[tuple[int, int]]:
    """Spans of ``text`` between separators, trimmed of spaces."""
    out, start = [], 0
    for m in _SEPARATORS[sep].finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    spans = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def _words(text: str) -> int:
    return len(text.split())


def _clause(text: str, pos: int, figures: list[int]) -> tuple[int, int]:
    """Span of the clause around the figure at character ``pos`` of a
    statement (``figures``: where all its figures start)."""
    parts = _parts(text, ";")
    k = next(i for i, (s, e) in enumerate(parts) if s <= pos <= e)
    s, e = parts[k]
    # "chỉ đạo 217/217 xã, phường, thị trấn; 14/15 quận, huyện tổ chức thành công
    # đại hội": when the figure ends its part and the next part goes on with
    # another figure, the predicate is in the next part, so keep both.
    tail = text[pos:e]
    if _words(tail) <= 5 and k + 1 < len(parts) and text[parts[k + 1][0]].isdigit():
        e = parts[k + 1][1]
    if _words(text[s:e]) <= _MAX_WORDS:
        return s, e
    # Long part: the ','-phrase holding the number, plus the short phrases that
    # follow it (", phường, thị trấn" belong to "217/217 xã"), plus one more
    # when the number ends its phrase (its predicate comes next).
    pieces = [(s + ps, s + pe) for ps, pe in _parts(text[s:e], ",")]
    k = next((i for i, (ps, pe) in enumerate(pieces) if ps <= pos <= pe), 0)
    end = k
    while end + 1 < len(pieces) and _words(text[slice(*pieces[end + 1])]) <= 3:
        end += 1
    last = max((f for f in figures if pieces[k][0] <= f < pieces[end][1]), default=pos)
    if _words(text[last:pieces[end][1]]) <= 3 and end + 1 < len(pieces):
        end += 1
    # Keep the subject and verb of the part when that stays short enough:
    # "Liên đoàn Lao động tỉnh chăm lo cho hơn 52.000 lượt đoàn viên, người lao
    # động ..." rather than a phrase starting in the middle of a list.
    if _words(text[s:pieces[end][1]]) <= _MAX_WORDS:
        return s, pieces[end][1]
    return pieces[k][0], pieces[end][1]


def _tidy(clause: str) -> str:
    clause = clause.strip().lstrip("-+•*–:").strip().rstrip(" ,;:.…").strip()
    clause = unicodedata.normalize("NFC", clause)
    if clause and clause[0].islower():
        clause = clause[0].upper() + clause[1:]
    return clause + "." if clause else clause


@dataclass(frozen=True)
class Figure:
    text: str                 # the clause, a verbatim cut of the statement text
    sources: tuple[str, ...]  # source paths, in order of first appearance


def extract_figures(statements: Iterable[Statement]) -> list[Figure]:
    """Figures found in achievement statements, deduplicated, in input order."""
    found: dict[tuple[str, ...], tuple[str, list[str]]] = {}
    for st in statements:
        if st.category != "achievement":
            continue
        seen_spans = set()
        starts = [s for s, _e in find_figures(st.text)]
        for start in starts:
            if any(s <= start < e for s, e in seen_spans):
                continue  # already shown in the clause of an earlier figure
            span = _clause(st.text, start, starts)
            seen_spans.add(span)
            text = _tidy(st.text[span[0]:span[1]])
            if _words(text) < 3:
                continue  # a bare number with no context says nothing
            key = match_form(text)
            if key not in found:
                found[key] = (text, [])
            if st.source not in found[key][1]:
                found[key][1].append(st.source)
    return [Figure(text, tuple(srcs)) for text, srcs in found.values()]
