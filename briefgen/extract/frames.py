"""What a framing sentence of the meeting still says (briefgen.extract.classify).

"Các đại biểu đã trao đổi ..., đồng thời chia sẻ một số khó khăn về nhân sự"
is procedure that names shortcomings; "Đồng chí X chủ trì hội nghị, ...
triển khai nhiệm vụ ... như: ..." is a frame followed by the chair's tasks.
These methods find the part of such a sentence that is content.
"""
from __future__ import annotations

from dataclasses import dataclass

from briefgen.extract.cues import MIN_WORDS, WORD
from briefgen.extract.segment import clauses
from briefgen.extract.phrases import (
    A_LEADER,
    ADMITTED,
    AS_FOLLOWS,
    CATEGORIES,
    DIRECTS_LIST,
    FRAME_TAIL,
    NAMED_DIFFICULTIES,
    THEN_PROPOSED,
    THEREFORE,
)


@dataclass(frozen=True)
class Labeled:
    start: int  # the statement proper (lead-ins excluded)
    end: int
    label: str  # category or "none"
    rule: str
    clause_start: int  # the whole clause, for explain


class FrameContent:
    """Mixed into the classifier: needs its ``_intro``."""

    def _frame_tail(self, text, ss, se, kind, mode) -> tuple[str, int | None]:
        """Where a framing sentence's own content starts, and its part:
        "..., trong đó, tập trung ..." after a frame of a part; "X báo cáo ...
        cụ thể: ..."; "X chủ trì hội nghị, ... triển khai nhiệm vụ ... thời
        gian đến như: Cần đổi mới ..." (the list's introduction decides)."""
        if kind in CATEGORIES:
            tail = FRAME_TAIL.search(text, ss, se)
            return kind, (tail.end() if tail and tail.end() < se else None)
        intro = self._intro(text, ss, se, mode) if A_LEADER.match(text, ss, se) else None
        if intro and intro[1] in CATEGORIES and len(WORD.findall(text[intro[0] + 1:se])) >= MIN_WORDS:
            return intro[1], intro[0] + 1  # not the issues delegates raised: the chair's list
        directed = DIRECTS_LIST.search(text, ss, se)
        intro = self._intro(text, directed.end(), se, "task") if directed else None
        if intro and intro[1] == "task" and len(WORD.findall(text[intro[0] + 1:se])) >= MIN_WORDS:
            return "task", intro[0] + 1
        tail = AS_FOLLOWS.search(text, ss, se)
        if tail and tail.end() < se:
            return mode, tail.end()
        then = THEREFORE.search(text, ss, se)
        if then and self.rules.first("task_modals", text[then.end():se])[0]:
            return "task", then.end()
        return mode, None

    @staticmethod
    def _named_difficulties(text, s, e, rule, clause_start, out) -> bool:
        """Split "..., đồng thời chia sẻ một số khó khăn về nhân sự ... và đề
        xuất ..." into the framing, the difficulties named, and the proposals."""
        named = NAMED_DIFFICULTIES.search(text, s, e) or ADMITTED.search(text, s, e)
        if not named:
            return False
        stop = THEN_PROPOSED.search(text, named.end(), e)
        end = stop.start() if stop else e
        why = "khó khăn, hạn chế được nêu ra tại hội nghị"
        colon = text.find(":", named.end(), end)
        if colon > 0 and len(WORD.findall(text[colon + 1:end])) >= MIN_WORDS:
            # "chia sẻ những khó khăn ... như: X; Y; Z": each difficulty listed
            out.append(Labeled(s, colon + 1, "none", f"câu dẫn: {rule.note}", clause_start))
            for cs, ce in clauses(text, colon + 1, end):
                out.append(Labeled(cs, ce, "limitation", why, cs))
        else:
            # "... thẳng thắn thừa nhận đã làm chưa tốt ...; Công tác ... chưa ...;"
            out.append(Labeled(s, named.end(), "none", f"câu dẫn: {rule.note}", clause_start))
            for cs, ce in clauses(text, named.end(), end):
                out.append(Labeled(cs, ce, "limitation", why, cs))
        if end < e:
            out.append(Labeled(end, e, "none", "đề xuất tại hội nghị", end))
        return True
