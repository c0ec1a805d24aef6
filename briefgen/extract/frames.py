"""What a framing sentence of the meeting still says (briefgen.extract.classify).

"Các đại biểu đã trao đổi ..., đồng thời chia sẻ một số khó khăn về nhân sự"
is procedure that names shortcomings; "Đồng chí X chủ trì hội nghị, ...
triển khai nhiệm vụ ... như: ..." is a frame followed by the chair's tasks.
These methods find the part of such a sentence that is content, and read
a list's introduction ("... tập trung vào các nhiệm vụ sau:") for the part
its items belong to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from briefgen.extract.cues import MIN_WORDS, WORD
from briefgen.extract.leads import DIRECTIVE, _patterns, carried
from briefgen.extract.periods import ANY_MOTTO, PERIOD_START
from briefgen.extract.rules import FLAGS
from briefgen.extract.segment import clauses
from briefgen.extract.phrases import (
    A_LEADER,
    ADMITTED,
    AGREED_ASSESSMENT,
    AS_FOLLOWS,
    CATEGORIES,
    DIFFICULTIES_LISTED,
    DIRECTS_LIST,
    DONE_BEFORE_LIST,
    FRAME_TAIL,
    FUTURE_OR_ORDER,
    ISSUES_DISCUSSED,
    LIST_ITEM_MARK,
    NAMED_DIFFICULTIES,
    PASSIVE_DONE,
    PAST_YEAR_DONE,
    PRAISE_HIGHLIGHT,
    REPORTED_DONE,
    REMEDIED,
    REPORTED_BEFORE,
    PLEDGED_CONTENTS,
    SIGNED_FOR,
    TARGETS_LISTED,
    TARGET_ITEM,
    THEN_PROPOSED,
    THEREFORE,
    TO_REMEDY,
)


# "Đoàn công tác tiến hành kiểm tra các hồ sơ ..., tập trung vào các nội dung trọng tâm: ..."
INSPECTED = re.compile(r"\b(?:kiểm tra|giám sát|khảo sát)\b(?![^:.]*\b(?:sẽ|tới|cần)\b)[^:.]{0,200}"
                       r"(?:\.\s+)?"  # "Tại buổi kiểm tra, các đơn vị báo cáo .... Tập trung chủ yếu vào các nội dung:"
                       r"\b(?:tập trung (?:chủ yếu |chính )?vào|làm rõ(?: hơn)?)\s+(?:các |những |một số )?nội dung"
                       r"(?: trọng tâm| chủ yếu| chính)?\s*$", FLAGS)
# the topics of a dialogue's opinions run on with no colon: "18 lượt ý kiến tập
# trung vào các vấn đề liên quan đến quy hoạch ...; việc quản lý ...;" (the
# intro itself must read as raised_intro does, so not "ý kiến góp ý ...")
RAISED_RUN_ON = re.compile(r"\b(?:ý kiến|câu hỏi|kiến nghị)\b[^.;:]{0,60}\b(?:tập trung(?: vào)?|xoay quanh|liên quan (?:đến|tới))"
                           r"\s+(?:các |những |một số )?(?:nhóm )?(?:vấn đề|nội dung|lĩnh vực)"
                           r"(?: (?:liên quan (?:đến|tới)(?: (?:các |những )?lĩnh vực)?|về|như))?\s", FLAGS)
# the part a page starts in when nothing has named one
DEFAULT_PART = ("achievement", "mặc định: đầu bài là phần báo cáo kết quả")
HEADING = "tiêu đề bài hoặc tiêu đề mục"  # the rule of a headline or a section heading left out
ORDER_AFTER_QUOTATION = f"{DIRECTIVE}: người nói ở cuối câu (\"..., Bí thư X đề nghị\")"
# the chair answers the units' proposals: what follows is her answer, not their requests
# the unit's requests to the Party committee, not "đề xuất 6.100 sáng kiến" (initiatives it will put forward)
PROPOSED = re.compile(r"\b(?:kiến nghị|đề xuất)\b(?! (?:được )?(?:[\d.]+ |các |những |nhiều )?(?:sáng kiến|ý tưởng|giải pháp"
                      r"|mô hình|đề tài)\b)", FLAGS)
ANSWERED = re.compile(r"\b(?:giải đáp|trả lời|tiếp thu|làm rõ)\b[^.;:]{0,40}\b(?:kiến nghị|đề xuất)\b", FLAGS)

# a call to act: what follows is what those called on are to do
CALLED_TO = re.compile(r"\bkêu gọi\b[^:.;]{0,300}\b(?:thực hiện|hưởng ứng|tham gia)\b[^:.;]{0,40}$", FLAGS)

# list introductions whose items are no statements: (note, note when the item
# names a problem all the same, which only a dialogue's raised topics can)
NOT_ITEMS = {
    "agenda": ("chương trình của hội nghị, không phải nội dung", ""),
    "proposal": ("kiến nghị, đề xuất của đơn vị (không phải nhiệm vụ)", ""),
    "raised": ("vấn đề người dự nêu ra (đối thoại), không phải nội dung", "vấn đề người dự nêu ra, là một hạn chế"),
    "criteria": ("tiêu chí của một cuộc vận động, danh hiệu (định nghĩa, không phải kết quả)", ""),
}
# "Tiêu chí của gia đình 5 không gồm: không vi phạm pháp luật; ...": what the
# title requires, not what was done (not "... đạt 8 tiêu chí gồm: ...")
CRITERIA_INTRO = re.compile(r"\b(?:tiêu chí|tiêu chuẩn)\b(?:(?!\b(?:đạt|được công nhận|hoàn thành|đã)\b)[^:.;]){0,80}?"
                            r"\b(?:gồm|bao gồm|là|như sau|cụ thể)\s*$", re.IGNORECASE)


# the tasks a list introduction names, not a body's "chức năng, nhiệm vụ"
# ("... quyết định thành lập, quy định chức năng, nhiệm vụ, gồm: 9 ban, ...")
NAMES_TASKS = re.compile(r"(?<!chức năng, )(?<!chức năng )(?<!chức năng và )nhiệm vụ(?!,? (?:và )?quyền hạn)|giải pháp")


# targets introduced by "như" and a figure, with no colon
TARGETS_AS = re.compile(r"\b(?:đề ra|thông qua|xác định|đặt ra)\b(?:(?!\b(?:đã đạt|hoàn thành|đạt được|kết quả)\b)[^.;:])"
                        r"{0,120}?\b(?:chỉ tiêu|mục tiêu)\b[^.;:]{0,80}?\snhư\s+(?=\d)", re.IGNORECASE)


@dataclass(frozen=True)
class Labeled:
    start: int  # the statement proper (lead-ins excluded)
    end: int
    label: str  # category or "none"
    rule: str
    clause_start: int  # the whole clause, for explain


# "X đã trình bày Báo cáo kiểm điểm ...; Báo cáo nêu rõ, trong nửa nhiệm kỳ
# đầu, Đoàn ... đã thực hiện tốt ...": the report presented, then what it says
REPORT_SAYS_AFTER = re.compile(r"[;,]\s*(?:báo cáo|tờ trình|tham luận)(?: [^.;:,]{0,40})? "
                               r"(?:nêu rõ|cho thấy|cho biết|khẳng định|nêu)\s*[,:]\s*", FLAGS)
# "Với chủ đề: “Thanh niên tình nguyện”, Tháng Thanh niên 2019 sẽ là cao điểm để ...":
# after the motto, its subject and what it will do (not the meeting's agenda: "đại hội sẽ thảo luận ...")
PLAN_AHEAD = re.compile(r"(?!\s*(?:hội nghị|đại hội|kỳ họp|phiên họp|buổi lễ)\b)[^.;]{3,120}?\bsẽ\b"
                        r"(?!\s+(?:thảo luận|thông qua|xem xét|bầu|nghe)\b)", FLAGS)


@lru_cache(maxsize=8)
def _modal_notes(rules) -> frozenset[str]:
    """The notes of the modal rules ("sẽ", "cần", "phải"), once per rule set."""
    return frozenset(r.note for r in rules.groups.get("task_modals", ()))


class FrameContent:
    """Mixed into the classifier: needs its ``_intro`` and ``_sentence``."""

    def _quotation_then_speaker(self, text, ss, se, mode, mode_rule, first_in_para, kind, periods, out):
        """'"...", đồng chí X nhấn mạnh.': the quotation is the sentence, who said
        it is not; '"...", Bí thư X đề nghị.' makes the quotation an order, given
        in its own sentence. The part after the sentence, or None if it is not one."""
        tail = self.rules.trailing_speaker.search(text, ss, se)
        if not tail or tail.start() <= ss:
            return None
        if tail["order"]:
            mode, mode_rule = "task", ORDER_AFTER_QUOTATION
        first = len(out)
        result = self._sentence(text, ss, tail.start(), mode, mode_rule, first_in_para, kind, periods, out)
        out[first:] = [replace(x, rule=ORDER_AFTER_QUOTATION) if x.rule == carried(ORDER_AFTER_QUOTATION) else x
                       for x in out[first:]]
        out.append(Labeled(tail.start(), se, "none", "lời dẫn ở cuối câu: ai nói", tail.start()))
        return result

    def _frame_tail(self, text, ss, se, kind, mode) -> tuple[str, int | None]:
        """Where a framing sentence's own content starts, and its part:
        "..., trong đó, tập trung ..." after a frame of a part; "X báo cáo ...
        cụ thể: ..."; "X chủ trì hội nghị, ... triển khai nhiệm vụ ... thời
        gian đến như: Cần đổi mới ..." (the list's introduction decides)."""
        listed = DIFFICULTIES_LISTED.search(text, ss, se)
        if listed and len(WORD.findall(text[listed.end():se])) >= MIN_WORDS:
            return "limitation", listed.end()
        pledged = PLEDGED_CONTENTS.search(text, ss, se)
        if pledged and len(WORD.findall(text[pledged.end():se])) >= MIN_WORDS:
            return "task", pledged.end()
        said = REPORT_SAYS_AFTER.search(text, ss, se)
        if said and len(WORD.findall(text[said.end():se])) >= MIN_WORDS:
            return mode, said.end()
        if kind in CATEGORIES:
            tail = FRAME_TAIL.search(text, ss, se)
            return kind, (tail.end() if tail and tail.end() < se else None)
        raised = self._raised_after_procedure(text, ss, se)
        if raised is not None:
            return "raised", raised
        intro = self._intro(text, ss, se, mode) if A_LEADER.match(text, ss, se) else None
        if intro and intro[1] in CATEGORIES and len(WORD.findall(text[intro[0] + 1:se])) >= MIN_WORDS:
            return intro[1], intro[0] + 1  # not the issues delegates raised: the chair's list
        directed = DIRECTS_LIST.search(text, ss, se)
        intro = self._intro(text, directed.end(), se, "task") if directed else None
        if intro and intro[1] == "task" and len(WORD.findall(text[intro[0] + 1:se])) >= MIN_WORDS:
            return "task", intro[0] + 1
        targets = TARGETS_LISTED.search(text, ss, se)
        if targets and len(WORD.findall(text[targets.end():se])) >= MIN_WORDS:
            return "task", targets.end()
        tail = AS_FOLLOWS.search(text, ss, se)
        if tail and tail.end() < se:
            return mode, tail.end()
        agreed = AGREED_ASSESSMENT.search(text, ss, se)
        if agreed and len(WORD.findall(text[agreed.end():se])) >= MIN_WORDS:
            return "achievement", agreed.end()
        then = THEREFORE.search(text, ss, se)
        if then and self.rules.first("task_modals", text[then.end():se])[0]:
            return "task", then.end()
        motto = ANY_MOTTO.search(text, ss, se)
        if motto and motto.end() < se and (self.periods.direction(text[motto.end():se]) == "next"
                                           or PLAN_AHEAD.match(text, motto.end(), se)):
            return "task", motto.end()  # "Đại hội với chủ đề “...”, trong nhiệm kỳ tới, Ủy ban ... sẽ ..."
        return mode, None

    def _raised_after_procedure(self, text, ss, se) -> int | None:
        """ "Tại buổi làm việc, sau khi nghe báo cáo, ... và đã có nhiều ý kiến
        như: A; B còn gặp nhiều khó khăn; ...": the procedure, then the issues
        the participants raised (the last part before ":" reads as raised_intro);
        where the list starts."""
        colon = text.find(":", ss, se)
        if colon < 0 or len(WORD.findall(text[colon + 1:se])) < MIN_WORDS:
            return None
        last = re.split(r"[,;]|\bvà\b", text[ss:colon])[-1]
        return colon + 1 if self.rules.raised_intro.search(last.strip()) else None

    def _intro(self, text, cs, ce, mode=""):
        """A list introduction before ":" ("... tập trung vào các nhiệm vụ:")."""
        colon = text.find(":", cs, ce)
        if colon < 0:
            # "... đề ra các chỉ tiêu ... nhiệm kỳ 2022 – 2024 như 100% đoàn viên ...": "như" before the first figure
            targets = TARGETS_AS.search(text, cs, ce)
            colon = targets.end() - 1 if targets else -1
        if colon < 0:
            run_on = RAISED_RUN_ON.search(text, cs, ce)
            if run_on and self.rules.raised_intro.search(text[cs:run_on.end()].rstrip()):
                return run_on.end() - 1, "raised"
            return None
        if self.rules.agenda_intro.search(text[cs:colon]):
            return colon, "agenda"  # "Nhiều nội dung đã được Hội nghị bàn thảo: ..."
        if CRITERIA_INTRO.search(text, cs, colon):
            return colon, "criteria"
        if INSPECTED.search(text[max(0, cs - 250):colon]):
            return colon, "agenda"  # what an inspection team went through, not results or orders
        if mode != "task" and ISSUES_DISCUSSED.match(text, cs, colon):
            return colon, "agenda"  # after "các đại biểu đã thảo luận ...": "Trong đó, tập trung vào một số vấn đề như: ..."
        if self.rules.raised_intro.search(text[cs:colon]):
            return colon, "raised"  # "... 18 câu hỏi được đặt ra liên quan đến những vấn đề nóng như: ..."
        # the lead may have taken its verb ("... hạn chế và yêu cầu | khắc phục ... như:")
        before = text[max(0, cs - 120):colon]
        remedy = TO_REMEDY.search(before)
        if remedy and not re.search(r"[.;:!?\n]|\s\s", before[remedy.end():]):  # a heading ends at a blank
            return colon, "limitation"
        if SIGNED_FOR.search(text[cs:colon]):
            return colon, "task"
        if CALLED_TO.search(text, cs, colon):
            return colon, "task"  # "... đã phát động thi đua, kêu gọi các cơ quan, ... thực hiện 8 nội dung:"
        introduces = self.rules.directing_intro.search(text[cs:colon]) or self.rules.list_intro.search(text[cs:colon])
        if mode == "achievement" and introduces and self._amid_report(text, cs, colon):
            return colon, "achievement"  # "Thời gian qua, Công đoàn đã ... Các CĐCS tập trung vào các nhiệm vụ như:"
        if self.rules.directing_intro.search(text[cs:colon]):
            return colon, "task"
        if ANSWERED.search(text, cs, colon):
            return colon, None  # "... giải đáp một số kiến nghị của Hội LHPN 3 xã: ...": the chair's answer follows
        if not self.rules.list_intro.search(text[cs:colon]):
            # "Ủy ban MTTQ huyện kiến nghị, đề xuất với Thường trực Huyện ủy: ..."
            if PROPOSED.search(text, cs, colon):
                return colon, "proposal"
            # "Từng tổ chức thành viên cũng có dấu ấn riêng: ...": says nothing itself
            if not self.content_free(text, cs, colon):
                return None
        pre = text[cs:colon].lower()
        if PROPOSED.search(pre):
            return colon, "proposal"  # the unit's requests to the Party committee, not its tasks
        lims = list(re.finditer(r"hạn chế|tồn tại|khó khăn|bất cập", REMEDIED.sub(" ", pre)))
        if lims and re.search(r"\b(?:phương hướng|nhiệm vụ|giải pháp)\b[^:]*\b(?:theo đó|trong đó)\b", pre[lims[-1].end():]) \
                and not DONE_BEFORE_LIST.search(pre):
            return colon, "task"  # "... những mặt hạn chế ... và đưa ra phương hướng, nhiệm vụ ..., theo đó, tập trung ... như:"
        if lims:
            return colon, "limitation"  # not "... giúp người dân giảm bớt khó khăn ..., như:"
        if mode != "task" and re.search(r"\b(hoàn thành|thực hiện tốt|vượt mức|đạt được)\b", pre) \
                and not self.rules.first("task_modals", pre)[0] and not PERIOD_START.search(pre):
            return colon, "achievement"  # "hoàn thành tốt 3 nhiệm vụ trọng tâm của hội đó là:"
        if re.search(r"\b(?:nội dung|kết quả|hoạt động|việc làm|điểm) nổi bật\b", pre) \
                and not self.rules.first("task_modals", pre)[0]:
            return colon, "achievement"  # "... nhấn mạnh một số nội dung nổi bật như:": what stood out
        if mode != "task" and PAST_YEAR_DONE.search(pre) and not self.rules.first("task_modals", pre)[0]:
            return colon, "achievement"  # "Qua một năm vận động, ban công tác mặt trận ấp thực hiện ... như sau:"
        if self.periods.year and re.search(rf"\bnăm {self.periods.year + 1}\b", pre):
            return colon, "task"  # "... triển khai Chương trình phối hợp năm 2026, tập trung: ..."
        if mode != "task" and self.periods.reviewed and re.search(rf"\bnăm {self.periods.reviewed}\b", pre) \
                and not re.search(r"\b(?:sẽ|dự kiến|tới|phương hướng|kế hoạch)\b", pre) \
                and not self.rules.first("task_modals", pre)[0]:
            # "Công tác dân vận năm 2017 ... tập trung một số nhiệm vụ trọng tâm như:" under "tổng kết ... năm 2017"
            return colon, "achievement"
        done = DONE_BEFORE_LIST.search(pre)  # "các nhiệm vụ đã đề ra gồm:" names tasks, it reports nothing
        if NAMES_TASKS.search(pre) and not done:
            return colon, "task"
        if not done and re.search(r"\b(?:sẽ|dự kiến)\b", pre):
            return colon, "task"  # "Năm 2023, ... sẽ tập trung giám sát vào 11 nội dung như:"
        if re.search(r"kết quả", pre) or done:
            return colon, "achievement"
        return colon, None  # "các nội dung sau:": the part we are in goes on

    def _done_after_a_plan(self, text, cs, ce, why) -> bool:
        """A plan amid the report ("Lực lượng TNXK sẽ cùng với CSGT ...") carries its
        "sẽ" on to the next sentences as tasks; one that says in the passive what
        was carried out ("Đại hội được tổ chức đúng nguyên tắc ...") reports again."""
        return why in _modal_notes(self.rules) and bool(PASSIVE_DONE.search(text, cs, ce))

    def _amid_report(self, text, cs, colon) -> bool:
        """A list introduced inside a paragraph that reports what was done
        ("đã", "qua"), with no word of the future, an order or a need of its own."""
        para = text.rfind("\n", 0, cs) + 1
        return (bool(REPORTED_BEFORE.search(text, para, cs)) and not FUTURE_OR_ORDER.search(text, cs, colon)
                and not self.negative(text, cs, colon) and not self.negative(text, cs, colon, "weak_negative_cues"))

    def _inline_list_ended(self, text, ss, se, mode=None):
        """The part an inline list interrupted ("Các công đoàn cơ sở tập trung vào
        các nhiệm vụ trọng tâm như: A; B; C."), when the sentence after it is not
        one of its items; None while a list goes on. A list of targets goes on
        with a yearly target or a share ("... như: 100% ... . Hàng năm vận động
        phát triển được 85% ...")."""
        if self.before_list and mode == "task" and (
                TARGET_ITEM.match(text, ss, se)
                # "... quán triệt Chỉ thị 49…Nâng cao vai trò ...": in the same paragraph, another bare order
                or ("\n" not in text[max(0, ss - 2):ss] and _patterns(self.rules).predicate.match(text, ss, se))):
            return None
        before, self.before_list = self.before_list, None
        if mode == "task" and before == DEFAULT_PART:
            return None  # nothing had opened the results: a page that opens with its plans goes on with them
        if before and not LIST_ITEM_MARK.match(text, ss, se):
            self.structural = False
            return before
        return None

    @staticmethod
    def _own_part(text, cs, colon, intro_mode, mode) -> str | None:
        """The part a list's introduction is of when it says something itself: its
        list's part, or a result when a body's counted deed introduces the
        proposals it handled ("Sở Xây dựng đã tiếp nhận, giải quyết ... 14 ý kiến,
        kiến nghị tập trung vào các vấn đề như:")."""
        if intro_mode in CATEGORIES:
            return intro_mode
        if intro_mode == "proposal" and mode == "achievement" and REPORTED_DONE.match(text[cs:colon]) \
                and re.search(r"\d", text[cs:colon]):
            return "achievement"
        return None

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

    def _people_request(self, text, ss, said, se, why, out):
        """What the people raised: a bad situation is a difficulty, the rest
        (requests, questions, topics) no item; the part of the article goes on."""
        out.append(Labeled(ss, said, "none", f"câu dẫn: {why}", ss))
        for cs, ce in clauses(text, said, se):
            if self.negative(text, cs, ce) or self.negative(text, cs, ce, "weak_negative_cues"):
                out.append(Labeled(cs, ce, "limitation", f"tình trạng người dân nêu: {why}", cs))
            else:
                out.append(Labeled(cs, ce, "none", f"kiến nghị, câu hỏi của người dân: {why}", cs))

    def _singled_out(self, text, cs, ce, why, clause_start, out) -> bool:
        """Praise, then what it singles out ("..., đặc biệt đã tổ chức thành công
        Đại hội ..."): the praise is no item, the part singled out is a result."""
        singled = PRAISE_HIGHLIGHT.match(text, cs, ce)
        if not singled or len(WORD.findall(text[singled.end():ce])) < MIN_WORDS:
            return False
        out.append(Labeled(cs, singled.end(), "none", why, clause_start))
        out.append(Labeled(singled.end(), ce, "achievement", "điều được khen cụ thể ('đặc biệt', 'nhất là')", singled.end()))
        return True
