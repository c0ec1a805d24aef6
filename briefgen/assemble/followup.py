"""What became of last period's tasks: link each task of the previous
briefing to the achievements and limitations of this period that report on
it, and give it a status.

1. **Words.** Every text is reduced to its content words (underthesea word
   segmentation, briefgen.assemble.analysis), without the genre's
   boilerplate (``tiếp tục``, ``đẩy mạnh``, ``công tác`` …, in
   ``analysis.STOPWORDS``) and without the words that name who acts or how
   in nearly every sentence of the genre (``vận động``, ``hội viên``,
   ``phối hợp`` …, ``GENERIC`` below): sharing them says nothing about
   which task a sentence reports on.
2. **Blocking.** An inverted index from word to the reports that contain it
   gives, for each task, only the reports that share a word with it; words
   found in a large share of the reports are left out of the index (they
   still count in the score). 1,000 tasks against 1,000 articles compare a
   few thousand pairs, not millions (benchmarks/followup.py).
3. **Score.** The share of the task's word weight (inverse document
   frequency over tasks and reports) found in the report, plus a bonus when
   both state a number of the same thing ("150 nhà" / "162 nhà"). A link
   needs at least ``MIN_SHARED`` shared words (a shared quoted name such as
   "Tháng Thanh niên" counts as two, and weighs nothing more than its words)
   and a score of ``LINK_SCORE``; it is "mạnh" (strong) from ``STRONG_SCORE``.
4. **One task per report.** A report links only to the task(s) it matches
   best: two tasks about rural roads and rural planning do not both claim
   the same sentence.
5. **Status.** No link: "chưa có thông tin" — never "not done". A linked
   limitation, an achievement that itself says the work is unfinished
   ("chưa", "còn", "mới", "bước đầu" …) or that falls short of the task's
   own target ("100%" against "87/105", "5 mô hình" against "3 mô hình"):
   "đang thực hiện". Only a strong, unqualified achievement gives
   "có kết quả" — a wrong "có kết quả" is worse than a missed one.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from functools import lru_cache
from dataclasses import dataclass

from briefgen.assemble.analysis import content_words

DONE, ONGOING, UNKNOWN = "có kết quả", "đang thực hiện", "chưa có thông tin"
STATUSES = (DONE, ONGOING, UNKNOWN)
STRONG, MEDIUM = "mạnh", "vừa"

MIN_SHARED = 2        # distinct shared content words for a link
LINK_SCORE = 0.45     # share of the task's word weight found in the report
STRONG_SCORE = 0.6
FIGURE_BONUS = 0.15   # both state a number of the same unit noun
BEST_SHARE = 0.85     # a report links to tasks scoring at least this share of its best
MAX_REPORTS = 4       # per task, best first
BLOCK_MAX_SHARE = 0.05  # words in more reports than this share are not used for blocking
BLOCK_MIN_DF = 50       # ... but a word is always used below this many reports

# Who acts and how, in nearly every sentence of the genre.
GENERIC = frozenset(w.strip() for w in """
vận động, tuyên truyền, phối hợp, hướng dẫn, xây dựng, phát động, hỗ trợ, tham gia, hưởng ứng,
hội, hội viên, đoàn viên, nhân dân, người dân, dân, người, hộ, gia đình, cán bộ, lực lượng,
phong trào, thi đua, mô hình, kế hoạch, chương trình, cuộc vận động, phương án, chính sách,
nông dân, cựu chiến binh, phụ nữ, liên hiệp, thanh niên, đoàn, tỉnh đoàn, đoàn thanh niên,
công đoàn, người cao tuổi, hội nông dân, hội phụ nữ, hội cựu chiến binh, khu dân cư, thôn,
bản, tổ dân phố, trường học, doanh nghiệp, số, toàn, các, cấp ủy, chính quyền, ban công tác,
phấn đấu, hoàn thành, kết quả, tình hình, trường hợp, ủng hộ, đạt, gắn, gắn với,
tỷ, triệu, nghìn, ngàn, đồng, trở lên, khoảng, gần, trên
""".replace("\n", " ").split(",") if w.strip())

# An achievement that says the work is not finished.
# "mới" only before a verb ("mới thực hiện ở 3/9 huyện"; not "xây mới",
# "nông thôn mới"); "còn" not in "giảm còn 0,18%".
_UNFINISHED = re.compile(
    r"(?<!giảm )\b(chưa|còn|bước đầu|đang|dở dang|tái diễn|vẫn|một phần|hạn chế)\b"
    r"|\bmới (?:thực hiện|triển khai|đạt|có|khởi công|dừng|hoàn thành|được|tổ chức|xong)\b", re.IGNORECASE)
# "150 nhà", "1.240 tổ", "87/105 xã", "100%" — a number and the noun after it
_NUMBER = re.compile(r"(?<![\w/.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:/(\d+))?\s*(%|[^\W\d_]+(?:\s+(?:đồng|người))?)?")


@dataclass
class Report:
    """A current achievement or limitation the tasks may be linked to."""
    category: str         # achievement | limitation
    text: str             # as printed
    sources: list[int]
    words_of: str = ""    # the statement text the content words are taken from
    rest: str = ""        # the rest of its sentence in the article, when the extraction cut it
                          # ("…; công trình đang thi công phần mái"): read for signs of unfinished work


_QUOTED = re.compile(r"[\"“”«»]([^\"“”«»]{3,80})[\"“”«»]")
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”«»]")


def _names(text: str) -> set[str]:
    """Quoted names of campaigns and movements ("Tháng Thanh niên", "Dân vận
    khéo"), one token each: sharing one says a lot, even when its words are
    common ones."""
    return {"«" + " ".join(m.group(1).lower().split()) + "»" for m in _QUOTED.finditer(text)}


def _words(text: str, by_clause: bool = False) -> frozenset[str]:
    """Content words of ``text`` without the genre's generic ones, and its
    quoted names. ``by_clause``: segment each clause on its own, so words
    are not glued across a comma ("đường bộ, đội mũ" is not "đường bộ đội");
    used for the tasks (a few thousand at most), while the statements of this
    period keep the words the extraction workers computed for them."""
    pieces = [p for p in _CLAUSE_BREAK.split(text) if p.strip()] if by_clause else [text]
    words = {w for piece in pieces for w in content_words(piece)}
    # numbers match through _figure_match (with their unit), never as words
    return frozenset({w for w in words if w not in GENERIC and not all(s in GENERIC for s in w.split())
                      and not any(c.isdigit() for c in w)} | _names(text))


@lru_cache(maxsize=65536)
def _amounts(text: str) -> tuple[tuple[float, float | None, str], ...]:
    """(number, total of a ratio or None, unit noun) stated in ``text``; years are left out."""
    out = []
    for m in _NUMBER.finditer(text.lower()):
        raw, total, unit = m.group(1), m.group(2), (m.group(3) or "").strip()
        value = float(raw.replace(".", ""))
        if not unit or (len(raw) == 4 and 1900 <= value <= 2100 and total is None):
            continue
        if unit.split()[0] in ("năm", "tháng", "ngày", "quý", "lần", "khóa", "khoá", "giờ"):
            continue
        out.append((value, float(total) if total else None, unit.split()[0] if unit != "%" else "%"))
    return tuple(out)


def _shortfall(task: str, report: str) -> str | None:
    """Why a report falls short of the task's own target, or None."""
    want = _amounts(task)
    got = _amounts(report)
    for value, _total, unit in want:
        if unit == "%" and value >= 100:
            for v, total, u in got:
                if total and v < total:
                    return f"chỉ tiêu 100%, kỳ này {int(v)}/{int(total)}"
                if u == "%" and v < 100:
                    return f"chỉ tiêu 100%, kỳ này {v:g}%"
            continue
        for v, total, u in got:
            if u == unit and total is None and v < value:
                return f"chỉ tiêu {value:g} {unit}, kỳ này {v:g} {u}"
    return None


def _figure_match(task: str, report: str) -> list[str]:
    """"150 nhà → 162 nhà" for each unit noun that both state a number of."""
    want = {u: v for v, _t, u in _amounts(task) if u != "%"}
    out = []
    for v, total, u in _amounts(report):
        if u in want and u not in GENERIC:
            shown = f"{int(v)}/{int(total)}" if total else f"{v:g}"
            out.append(f"{want[u]:g} {u} → {shown} {u}")
    return out


@dataclass
class Link:
    task: int
    report: int
    score: float
    matched: list[str]
    figures: list[str]


def _weights(task_words: list[frozenset[str]], report_words: list[frozenset[str]]) -> dict[str, float]:
    df: dict[str, int] = defaultdict(int)
    for ws in (*task_words, *report_words):
        for w in ws:
            df[w] += 1
    n = len(task_words) + len(report_words)
    # a quoted name weighs nothing of its own: its words already count
    return {w: 0.0 if w.startswith("«") else math.log(1 + n / d) for w, d in df.items()}


def _index(report_words: list[frozenset[str]]) -> dict[str, list[int]]:
    posting: dict[str, list[int]] = defaultdict(list)
    for r, ws in enumerate(report_words):
        for w in ws:
            posting[w].append(r)
    limit = max(BLOCK_MIN_DF, int(len(report_words) * BLOCK_MAX_SHARE))
    return {w: rs for w, rs in posting.items() if len(rs) <= limit}


def link_tasks(tasks: list[str], reports: list[Report], stats: dict | None = None) -> list[Link]:
    """Links from tasks (by index) to reports (by index), best first per task.
    ``stats``, when given, receives the number of pairs compared."""
    task_words = [_words(t, by_clause=True) for t in tasks]
    report_words = [_words(r.words_of or r.text) | _names(r.text) for r in reports]
    weight = _weights(task_words, report_words)
    posting = _index(report_words)
    found: list[Link] = []
    for t, tw in enumerate(task_words):
        total = sum(weight[w] for w in tw)
        if not total:
            continue
        candidates = {r for w in tw for r in posting.get(w, ())}
        if stats is not None:
            stats["pairs"] = stats.get("pairs", 0) + len(candidates)
        for r in candidates:
            shared = tw & report_words[r]
            if len(shared) + sum(1 for w in shared if w.startswith("«")) < MIN_SHARED:
                continue  # a shared quoted name counts as two words
            figures = _figure_match(tasks[t], reports[r].text)
            score = sum(weight[w] for w in shared) / total + (FIGURE_BONUS if figures else 0.0)
            if score >= LINK_SCORE:
                matched = sorted(shared, key=lambda w: (-weight[w], w))
                found.append(Link(t, r, round(min(score, 1.0), 2), matched, figures))
    # 4. a report goes to the task(s) it matches best
    best: dict[int, float] = defaultdict(float)
    for link in found:
        best[link.report] = max(best[link.report], link.score)
    kept = [k for k in found if k.score >= BEST_SHARE * best[k.report]]
    by_task: dict[int, list[Link]] = defaultdict(list)
    for k in kept:
        by_task[k.task].append(k)
    out = []
    for t in sorted(by_task):
        out.extend(sorted(by_task[t], key=lambda k: (-k.score, k.report))[:MAX_REPORTS])
    return out


def status_of(task: str, links: list[Link], reports: list[Report]) -> tuple[str, str]:
    """(status, the reason shown on the audit page)."""
    if not links:
        return UNKNOWN, "không có kết quả, hạn chế nào của kỳ này nói về nhiệm vụ này"
    for k in links:
        r = reports[k.report]
        if r.category == "limitation":
            return ONGOING, "có hạn chế nói về nhiệm vụ này"
    for k in links:
        r = reports[k.report]
        cue = _UNFINISHED.search(f"{r.text} {r.rest}")
        if cue:
            return ONGOING, f"kết quả còn dở dang (\"{cue.group(0)}\")"
        short = _shortfall(task, r.text)
        if short:
            return ONGOING, f"chưa đạt chỉ tiêu ({short})"
    return DONE, "có kết quả nói về nhiệm vụ này, không kèm hạn chế"


def strength(score: float) -> str:
    return STRONG if score >= STRONG_SCORE else MEDIUM
