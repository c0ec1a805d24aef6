"""Label every clause of an article: achievement, limitation, task or none.

The same words mean different things in different parts of a meeting report:
"tổ chức thành công Đại hội" is a result in the report and a task after "đề
nghị"; "chú trọng nâng cao ..." reports in the results and directs in the
conclusion. So the classifier follows the discourse: a mode (which part of
the article we are in) is opened by lead-ins and headings and holds over the
following clauses and sentences until another cue closes it. Clause cues then
refine the mode: a shortfall ("còn chậm", "chưa sâu") inside the report of
results is a limitation; an obligation ("cần", "phải") is a task. Framing
sentences (who attended, who chaired, "Hội nghị đã thảo luận ...") and
content-free announcements ("Tuy nhiên, cũng còn một số hạn chế.") are none.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from briefgen.extract.leads import Lead, find_lead, skip_addressee, strip_connective, _patterns
from briefgen.extract.noise import Block
from briefgen.extract.rules import FLAGS, Rules
from briefgen.extract.segment import clauses, sentences

WORD = re.compile(r"\w+")
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
QUARTER = re.compile(r"\bquý\s+(iv|i{1,3}|[1-4])\b(?:\s*(?:/|năm)\s*(\d{4}))?", FLAGS)
PERIOD_START = re.compile(
    r"(?:trong |tại |từ |qua |đến )?(?:(?P<q>quý\s+(?:iv|i{1,3}|[1-4])\b(?:\s*(?:/|năm)\s*\d{4})?)"
    r"|(?:\d+|sáu|chín|bảy|ba) tháng(?: (?P<half>đầu|cuối)| năm| qua)"
    r"|những tháng (?P<rest>cuối|còn lại|tới)"
    r"|(?:thời gian|giai đoạn|năm|nhiệm kỳ) (?P<tq>tới|qua|vừa qua|sắp tới))",
    FLAGS,
)
YEAR_MENTION = re.compile(r"(?<!nhiệm kỳ )(?<!giai đoạn )\bnăm (\d{4})\b(?!\s*[-–])", FLAGS)
LEAD_CHARS = 400
# a figure reached, stated as a fact: not something to do
FIGURE_REACHED = re.compile(
    r"\b(?:đã|được)\s+(?:[^\s,;]+\s+){0,3}?\d|\blà\s+\d[\d.,]*\s*(?:ha\b|đ\b|đồng|triệu|tỷ|tỉ|hội viên|đoàn viên|người|hộ\b|%)"
    r"|\bđến (?:nay|thời điểm)\b", FLAGS)
CATEGORIES = ("achievement", "limitation", "task")
KEPT_DOWN = re.compile(r"(?:hạn chế|giảm)\b", FLAGS)
EXPLAINS = re.compile(r"[^;:]{0,30}?\s*(?:đó là|cụ thể là|như|gồm|là)\s*:?\s*", FLAGS)
REVIEWED_YEAR = re.compile(r"\b(?:tổng kết|sơ kết)(?: công tác)?[^.;:]{0,60}?\bnăm (\d{4})\b", FLAGS)
YEAR_START = re.compile(r"(?:trong |bước sang |sang )?năm (\d{4})\s*,", FLAGS)
OPENS_QUOTE = re.compile(r'\s*["“«]')
CLOSES_QUOTE = re.compile(r'["”»]')
REMEDY_WORDS = 5
CONTENT_FREE_MAX_WORDS = 20  # an announcement ("... vẫn còn một số hạn chế.") is short
REMEDY_LOOKBACK = 40  # "khắc phục hạn chế", "hỗ trợ hộ chưa có nhà": the remedy governs the cue
BENEFICIARY_LOOKBACK = 40
MIN_WORDS = 3
FRAME_TAIL = re.compile(r",\s*(?:trong đó|cụ thể là|cụ thể|nhất là)\s*[,:]?\s*", FLAGS)
BARE_DIRECTIVE = "lời chỉ đạo ở đầu vế câu"
REPORTED_DIRECTION = re.compile(r"(?:chỉ đạo|quán triệt)\b", FLAGS)
TERM_START = re.compile(r"(?:trong |bước vào )?nhiệm kỳ (\d{4})\s*[-–]\s*\d{4}\s*,", FLAGS)
NAMES_MIN_WORDS = 4
CUT_OFF_MAX_WORDS = 7  # "about six words" (the annotation guide)
INTRO_STATEMENT_WORDS = 12
MEETING_WORDS = re.compile(r"\b(hội nghị|hội thảo|đại biểu|buổi làm việc|đồng chí|báo cáo|phát biểu)\b", FLAGS)
INTRO_CONTENT_WORDS = 4
# "đã" + a verb reports what was done; "các nhiệm vụ đã đề ra" only names tasks
PAST_REPORT = re.compile(r"^[^,;]{0,60}?\bđã\b(?! đề ra| được giao| ban hành| đăng ký| cam kết| xác định| và đang| có| nêu| chỉ ra| thống nhất| phê duyệt)", FLAGS)
LIMITATION_TOPIC = re.compile(r"(?:về|đối với|trước)\s+(?:những |các |một số )?(?:hạn chế|khó khăn|tồn tại|vướng mắc|bất cập|yếu kém)\b", FLAGS)
FRANKLY = re.compile(r"\bthẳng thắn\b", FLAGS)
CONTRAST_START = re.compile(r"(?:tuy nhiên|tuy vậy|song|nhưng|mặt khác)\b", FLAGS)


def _calendar_number(word: str) -> bool:
    """A year, a month or a quarter ("năm 2023", "6 tháng", "quý 2"): no
    content of its own, unlike a figure ("hoàn thành 17/18 chỉ tiêu")."""
    if not (word.isascii() and word.isdigit()):
        return False
    return (len(word) == 4 and word[:2] in ("19", "20")) or int(word) <= 12


def _cut_off(text: str, s: int, e: int) -> bool:
    """The document's last words, cut mid-sentence and too few to say anything
    ("Phối hợp tổ chức tốt các hội ngh"): a truncated file or excerpt."""
    return not text[s:e].rstrip().endswith(tuple(".!?…;:\"”)»")) and len(WORD.findall(text[s:e])) < CUT_OFF_MAX_WORDS


@dataclass(frozen=True)
class Labeled:
    start: int  # the statement proper (lead-ins excluded)
    end: int
    label: str  # category or "none"
    rule: str
    clause_start: int  # the whole clause, for explain


class _Periods:
    """Which quarter is the reported one and which the next, in this article."""

    def __init__(self, text: str):
        found = set()
        for m in QUARTER.finditer(text):
            q = ROMAN[m.group(1).lower()]
            y = int(m.group(2)) if m.group(2) else 0
            found.add((y, q))
        years = {y for y, _ in found if y}
        year = max(years) if len(years) == 1 else 0
        keys = sorted({(y or year, q) for y, q in found})
        self.next_q = keys[-1] if len(keys) > 1 else None
        # "9 tháng" reported: a quarter starting after month 9 is the next one
        months = [int(n) for n in re.findall(r"\b(\d{1,2}) tháng (?:đầu |qua|năm)", text, FLAGS) if int(n) < 12]
        self.covered = max(months) if months else 0
        # the year the article first names is the reported one ("tổng kết công tác năm 2024")
        # unless a review names its year: "Hội CCB tỉnh triển khai nhiệm vụ năm
        # 2025 ... tổ chức tổng kết công tác năm 2024"
        first_year = YEAR_MENTION.search(text)
        self.year = int(first_year.group(1)) if first_year else 0
        reviewed = REVIEWED_YEAR.search(text, 0, LEAD_CHARS)  # in the headline or the lead
        if reviewed and int(reviewed.group(1)) == self.year - 1 and not found and not self.covered:
            self.year -= 1

    def direction(self, body: str) -> str:
        term = TERM_START.match(body)
        if term:  # "Nhiệm kỳ 2025 - 2030, Ủy ban MTTQ ... tiếp tục ...": the new term
            return "next" if not self.year or int(term.group(1)) >= self.year else "past"
        y = YEAR_START.match(body)
        if y and self.year:
            # "Năm 2025, Mặt trận huyện tập trung ..." in a review of 2024: the plan;
            # "Năm 2024, ..." in the same review: the report
            year = int(y.group(1))
            return "next" if year == self.year + 1 else "past" if year == self.year else ""
        m = PERIOD_START.match(body)
        if not m:
            return ""
        if m.group("half"):
            return "next" if m.group("half").lower() == "cuối" else "past"
        if m.group("q") is None and m.group("rest") is None and m.group("tq") is None:
            return "past"  # "9 tháng năm 2023", "6 tháng qua"
        if m.group("rest"):
            return "next"
        if m.group("tq"):
            return "next" if m.group("tq").lower() in ("tới", "sắp tới") else "past"
        qm = QUARTER.match(m.group("q"))
        q = ROMAN[qm.group(1).lower()]
        if self.covered and 3 * (q - 1) >= self.covered:
            return "next"
        if self.next_q is None:
            return "past"
        y = int(qm.group(2)) if qm.group(2) else self.next_q[0]
        return "next" if (y, q) == self.next_q else "past"


class Classifier:
    def __init__(self, rules: Rules):
        self.rules = rules
        self.remedy = re.compile(rf"\b(?:{rules.remedy_words})\b", FLAGS)
        self.strong_remedy = re.compile(rf"\b(?:{rules.strong_remedy_words})\b", FLAGS)
        nominalizers = rules.remedy_nominalizers or "(?!)"
        self.as_noun = re.compile(rf"\b(?:{nominalizers})\s*$", FLAGS)
        self.beneficiary = re.compile(rf"\b(?:{rules.beneficiary_words})\b", FLAGS)

    # -- cues ---------------------------------------------------------------
    def negative(self, text: str, s: int, e: int, group: str = "negative_cues"):
        """The first unremedied shortfall cue in text[s:e], as a rule, or None."""
        for rule in self.rules.groups.get(group, ()):
            for m in rule.regex.finditer(text, s, e):
                # the remedy must govern the cue: among the few words just before it
                words_before = text[max(s, m.start() - 2 * REMEDY_LOOKBACK):m.start()].split()
                context = " ".join(words_before[-2 * REMEDY_WORDS - 2:])
                # a remedy governs a named shortcoming ("khắc phục hạn chế"), not a
                # state ("mô hình do đoàn thể hỗ trợ còn manh mún")
                if not m.group(0).lower().startswith("còn") and (
                        self._governs(self.remedy, context, REMEDY_WORDS)
                        or self._governs(self.strong_remedy, context, 2 * REMEDY_WORDS)):
                    continue
                if KEPT_DOWN.match(m.group(0).strip()) and self.rules.bad_things.search(text, s, m.start()):
                    continue  # "tỷ lệ đoàn viên vi phạm pháp luật hạn chế": kept down, a result
                if re.search(r"(gặp|có)\b.*khó khăn", m.group(0), FLAGS) and self.beneficiary.search(
                        text[max(s, m.start() - BENEFICIARY_LOOKBACK):m.start()]):
                    continue  # "hộ nghèo gặp khó khăn": whom the help went to
                return rule
        return None

    def _governs(self, remedy: re.Pattern, context: str, words: int) -> bool:
        """A remedy word among the last ``words`` words of ``context`` (the
        words before a cue) used as a verb: not after a nominalizer ("việc
        xử lý"), and no "của" between it and the cue ("hỗ trợ của Hội")."""
        parts = context.split()
        head = " ".join(parts[:-words]) if len(parts) > words else ""
        for m in remedy.finditer(context, len(head) + 1 if head else 0):
            if self.as_noun.search(context[:m.start()]) or re.search(r"\bcủa\b", context[m.end():], FLAGS):
                continue
            return True
        return False

    def content_free(self, text: str, s: int, e: int) -> bool:
        words = [w.lower() for w in WORD.findall(text[s:e])]
        if len(words) > CONTENT_FREE_MAX_WORDS:
            return False
        return all(w in self.rules.generic_words or _calendar_number(w) for w in words)

    # -- the walk -----------------------------------------------------------
    def label(self, text: str, blocks: list[Block]) -> list[Labeled]:
        out: list[Labeled] = []
        periods = self.periods = _Periods(text)
        mode, mode_rule = "achievement", "mặc định: đầu bài là phần báo cáo kết quả"
        self.structural = False  # the mode comes from a heading or a list introduction
        last_end = self.last_end = max((b.end for b in blocks), default=-1)
        for block in blocks:
            if block.kind == "heading":
                chunk = text[block.start:block.end]
                for cat, rx in self.rules.headings.items():
                    if rx.match(chunk):
                        mode, mode_rule = cat, f"tiêu đề mục '{chunk[:40]}'"
                        self.structural = True
                        break
                out.append(Labeled(block.start, block.end, "none", "tiêu đề bài hoặc tiêu đề mục", block.start))
                continue
            first = True
            for ss, se in sentences(text, block.start, block.end):
                if se == last_end and _cut_off(text, ss, se):
                    out.append(Labeled(ss, se, "none", "đoạn bị cắt cụt ở cuối văn bản", ss))
                    continue
                mode, mode_rule = self._sentence(
                    text, ss, se, mode, mode_rule, first, block.kind, periods, out)
                first = False
        return out

    def _sentence(self, text, ss, se, mode, mode_rule, first_in_para, kind, periods, out):
        tail = self.rules.trailing_speaker.search(text, ss, se)
        if tail and tail.start() > ss:
            # '"...", đồng chí X nhấn mạnh.': the quotation, then who said it
            result = self._sentence(text, ss, tail.start(), mode, mode_rule, first_in_para, kind, periods, out)
            out.append(Labeled(tail.start(), se, "none", "lời dẫn ở cuối câu: ai nói", tail.start()))
            return result
        rules = self.rules
        if mode == "task" and OPENS_QUOTE.match(text, ss, se) and not CLOSES_QUOTE.search(text, ss + 1, se) \
                and not rules.first("task_modals", text[ss:se])[0]:
            # the first words of a leader's quoted speech in the directives
            # part ('"Người dân chỉ tin Mặt trận khi ...') comment; its task,
            # if any, is the sentence with "phải", "cần" ...
            out.append(Labeled(ss, se, "none", "lời phát biểu được trích, không phải một nhiệm vụ", ss))
            return mode, mode_rule
        if self._names_only(text, ss, se):
            out.append(Labeled(ss, se, "none", "chỉ có tên người, chức vụ, đơn vị (chú thích, danh sách dự)", ss))
            return mode, mode_rule
        if self._agenda(text, ss, se):
            out.append(Labeled(ss, se, "none", "chương trình của hội nghị, không phải nội dung", ss))
            return mode, mode_rule
        lead = find_lead(text, ss, se, rules)
        cs0, _, _ = strip_connective(text, ss, se, rules)
        # after a lead-in of saying ("Phát biểu kết luận hội nghị giao ban, đồng
        # chí X đánh giá, ...") only what was said can be framing
        frame_from = lead.end if lead.kind in ("report", "emphasis") else cs0
        rule, _ = rules.first("framing_sentence", text[frame_from:se])
        answer, _ = rules.first("answers", text[cs0:se])
        if answer:
            out.append(Labeled(ss, se, "none", f"câu dẫn: {answer.note}", ss))
            return mode, mode_rule
        if rule and lead.kind != "directive":
            tail = FRAME_TAIL.search(text, ss, se) if rule.kind in ("achievement", "limitation", "task") else None
            if tail and tail.end() < se:
                # "Hội nghị đã thảo luận, đề ra các giải pháp ..., trong đó, tập
                # trung tuyên truyền ...": the frame, then its content
                out.append(Labeled(ss, tail.end(), "none", f"câu dẫn: {rule.note}", ss))
                return self._clauses(text, tail.end(), Lead(tail.end()), se, rule.kind, f"câu dẫn: {rule.note}", out)
            out.append(Labeled(ss, se, "none", f"câu dẫn: {rule.note}", ss))
            if rule.kind in ("achievement", "limitation", "task"):
                return rule.kind, f"câu dẫn: {rule.note}"
            return mode, mode_rule
        if (lead.kind == "directive" and lead.verb_end >= 0 and mode == "achievement" and lead.rule == BARE_DIRECTIVE
                and REPORTED_DIRECTION.match(text, cs0, se)):
            # "Chỉ đạo tổ chức tốt ngày hội ..." in the report of results: what the
            # committee did, not an order given at the meeting
            lead = Lead(cs0, "", lead.contrast, "việc đã chỉ đạo, trong phần báo cáo kết quả")
        body = text[lead.end:se]
        neg = self.negative(text, lead.end, se)
        weak = neg or self.negative(text, lead.end, se, "weak_negative_cues")
        smode, srule = mode, mode_rule
        lim_lead, _ = rules.first("limitation_leads", body)
        task_lead, _ = rules.first("task_leads", body[:80])
        direction = periods.direction(body)
        inherited = False
        if lead.kind == "directive":
            smode, srule = "task", lead.rule
        elif lead.kind == "limitation":
            smode, srule = "limitation", lead.rule
        elif lead.kind == "concession":
            smode, srule = ("limitation" if neg else "achievement"), lead.rule
        elif lead.contrast == "contrast" and (weak or lim_lead):
            smode, srule = "limitation", f"{lead.rule} + dấu hiệu hạn chế"
        elif lead.contrast == "contrast" and mode == "limitation":
            smode, srule = "achievement", f"{lead.rule} sau phần hạn chế: trở lại kết quả"
        elif lead.contrast == "besides" and weak and mode != "task":
            smode, srule = "limitation", f"{lead.rule} + dấu hiệu hạn chế"
        elif lim_lead and (neg or (lim_lead.regex.match(body) and (weak or lead.contrast != "contrast"))):
            smode, srule = "limitation", f"mở phần hạn chế: {lim_lead.note}"
        elif direction == "next" or task_lead:
            smode, srule = "task", "mở phần nhiệm vụ: " + (task_lead.note if task_lead else "kỳ tới")
            # "6 tháng cuối năm, Mặt trận và các đoàn thể tỉnh tập trung ...": the
            # time and the doer frame the task
            body_start = skip_addressee(text, lead.end, se, rules)
            if body_start != lead.end and not re.match(r"(cần|phải)\b", text[body_start:body_start + 6], FLAGS):
                lead = dataclasses.replace(lead, end=body_start, verb_end=lead.end)
        elif direction == "past":
            smode, srule = "achievement", "mở phần kết quả: kỳ báo cáo"
        elif lead.kind == "report" and (LIMITATION_TOPIC.match(text, cs0, lead.end)
                                        or FRANKLY.search(text, cs0, lead.end)):
            # "Về khó khăn, vướng mắc, Hội Nông dân tỉnh nêu: ...", "Đại diện Tỉnh
            # Đoàn thẳng thắn nêu, ...": the topic or the tone, then who said it
            smode, srule = "limitation", f"{lead.rule} về hạn chế, khó khăn"
        elif lead.kind == "report":
            # "đồng chí X chỉ rõ, ... cần ...": what was said decides, not the verb
            modal, _ = rules.first("task_modals", body)
            smode, srule = ("task" if modal and not re.search(r"\bđã\b", body, FLAGS) else "achievement"), lead.rule
        elif lead.kind == "emphasis":
            modal, _ = rules.first("task_modals", body)
            smode, srule = ("achievement" if not modal and re.search(r"\bđã\b", body, FLAGS) else "task"), lead.rule
        else:
            inherited = True
        if not inherited:
            self.structural = False
        elif mode == "limitation" and not weak and not self.structural:
            # shortcomings are marked ("còn", "chưa", ...) sentence by sentence;
            # an unmarked sentence is back to the results
            smode, srule = "achievement", "câu không còn dấu hiệu hạn chế"
        return self._clauses(text, ss, lead, se, smode, srule, out)

    def _says_something(self, text, s, e) -> bool:
        """A list introduction with a subject and a predicate of its own, not
        only "Phương hướng, nhiệm vụ thời gian tới như sau"."""
        if MEETING_WORDS.search(text, s, e) or self.rules.first("framing_clause", text[s:e])[0]:
            return False  # the meeting, a speaker or a report introduces the list
        words = [w.lower() for w in WORD.findall(text[s:e])]
        vocab = self.rules.generic_words | self.rules.agenda_words
        content = [w for w in words if w not in vocab and not w.isdigit()]
        return len(words) >= INTRO_STATEMENT_WORDS and len(content) >= INTRO_CONTENT_WORDS

    def _names_only(self, text, s, e) -> bool:
        """Names and titles with no verb: every word capitalised or a title word."""
        words = WORD.findall(text[s:e])
        if len(words) < NAMES_MIN_WORDS or not any(w[0].isupper() for w in words[1:]):
            return False
        return all(w[0].isupper() or w.lower() in self.rules.title_words for w in words)

    def _agenda(self, text, s, e) -> bool:
        """ "Triển khai phương hướng nhiệm vụ năm 2026.": what the meeting did, in agenda words only."""
        if not self.rules.first("agenda_starts", text[s:e])[0]:
            return False
        words = [w.lower() for w in WORD.findall(text[s:e])]
        vocab = self.rules.agenda_words | self.rules.generic_words
        return all(w in vocab or w.isdigit() or _calendar_number(w) for w in words)

    def _intro(self, text, cs, ce, mode=""):
        """A list introduction before ":" ("... tập trung vào các nhiệm vụ:")."""
        colon = text.find(":", cs, ce)
        if colon < 0:
            return None
        if self.rules.agenda_intro.search(text[cs:colon]):
            return colon, "agenda"  # "Nhiều nội dung đã được Hội nghị bàn thảo: ..."
        if self.rules.directing_intro.search(text[cs:colon]):
            return colon, "task"
        if not self.rules.list_intro.search(text[cs:colon]):
            # "Ủy ban MTTQ huyện kiến nghị, đề xuất với Thường trực Huyện ủy: ..."
            if re.search(r"\b(kiến nghị|đề xuất)\b", text[cs:colon], FLAGS):
                return colon, "proposal"
            # "Từng tổ chức thành viên cũng có dấu ấn riêng: ...": says nothing itself
            if not self.content_free(text, cs, colon):
                return None
        pre = text[cs:colon].lower()
        if re.search(r"\b(kiến nghị|đề xuất)\b", pre):
            return colon, "proposal"  # the unit's requests to the Party committee, not its tasks
        if re.search(r"hạn chế|tồn tại|khó khăn|bất cập", pre):
            return colon, "limitation"
        if mode != "task" and re.search(r"\b(hoàn thành|thực hiện tốt|vượt mức|đạt được)\b", pre) \
                and not self.rules.first("task_modals", pre)[0] and not PERIOD_START.search(pre):
            return colon, "achievement"  # "hoàn thành tốt 3 nhiệm vụ trọng tâm của hội đó là:"
        if self.periods.year and re.search(rf"\bnăm {self.periods.year + 1}\b", pre):
            return colon, "task"  # "... triển khai Chương trình phối hợp năm 2026, tập trung: ..."
        if re.search(r"nhiệm vụ|giải pháp", pre) and not re.search(r"\bđã\b", pre):
            return colon, "task"
        if re.search(r"kết quả|\bđã\b", pre):
            return colon, "achievement"
        return colon, None  # "các nội dung sau:": the part we are in goes on

    def _clauses(self, text, ss, lead, se, smode, srule, out):
        rules = self.rules
        p = _patterns(rules)
        parts = clauses(text, lead.end, se)
        # after "đồng chí X đánh giá/đề nghị", only what was said can be framing
        said = lead.kind in ("directive", "report", "emphasis")
        label_mode = smode
        labels = []
        for i, (cs, ce) in enumerate(parts):
            clause_start = ss if i == 0 else cs
            clause_mode = label_mode
            directed = i == 0 and lead.kind == "directive"
            if i > 0:
                cs, ckind, _ = strip_connective(text, cs, ce, rules)
                if ckind == "contrast" and label_mode != "task" and (
                        self.negative(text, cs, ce) or self.negative(text, cs, ce, "weak_negative_cues")):
                    clause_mode = "limitation"  # "..., tuy nhiên dữ liệu còn thiếu"
                m = p.bare_directive.match(text, cs, ce) if label_mode != "proposal" else None
                if m and label_mode == "achievement" and REPORTED_DIRECTION.match(text, cs, ce):
                    m = None  # "...; chỉ đạo, hướng dẫn và tổ chức thành công Đại hội ...": a result
                if m:
                    cs = skip_addressee(text, m.end(), ce, rules)
                    label_mode = clause_mode = "task"
                    srule = "lời chỉ đạo ở đầu vế câu"
                    directed = True
            intro = self._intro(text, cs, ce, label_mode)
            if intro:
                colon, intro_mode = intro
                label_mode = clause_mode = intro_mode or label_mode
                srule = "câu dẫn vào danh sách"
                self.structural = True
                if intro_mode in ("achievement", "limitation", "task") and not (said and i == 0) \
                        and self._says_something(text, cs, colon):
                    # "Trong quý I, công tác dân vận ... đã được triển khai có hiệu
                    # quả với những nội dung chủ yếu như:" is a statement itself
                    out.append(Labeled(cs, colon + 1, intro_mode, "câu dẫn có nội dung riêng", clause_start))
                else:
                    out.append(Labeled(cs, colon + 1, "none", srule, clause_start))
                cs, clause_start = colon + 1, colon + 1
                while cs < ce and text[cs].isspace():
                    cs += 1
                if cs >= ce:
                    continue
            frame_from = cs if (said and i == 0) else clause_start
            rule, _ = rules.first("framing_clause", text[frame_from:ce])
            if not rule and i == 0 and "lời khen" in lead.rule and rules.praise_objects.match(text[cs:ce]):
                out.append(Labeled(cs, ce, "none", "lời khen chung, không phải một kết quả", clause_start))
                continue
            if rule:
                said_m = rule.regex.search(text[frame_from:ce])  # sliced: "^" is the clause start
                then = EXPLAINS.match(text, frame_from + said_m.end(), ce) if said_m and rule.kind in CATEGORIES else None
                if then and len(WORD.findall(text[then.end():ce])) >= MIN_WORDS:
                    # "... đã chỉ ra những tồn tại, hạn chế đó là công tác nắm tình
                    # hình ... có lúc thiếu kịp thời": the frame, then the shortcoming
                    out.append(Labeled(cs, then.end(), "none", f"vế câu dẫn: {rule.note}", clause_start))
                    out.append(Labeled(then.end(), ce, rule.kind, f"nội dung sau câu dẫn: {rule.note}", then.end()))
                    label_mode, srule = rule.kind, f"câu dẫn: {rule.note}"
                    labels.append(rule.kind)
                    continue
                out.append(Labeled(cs, ce, "none", f"vế câu dẫn: {rule.note}", clause_start))
                if rule.kind in ("achievement", "limitation", "task"):
                    label_mode, srule = rule.kind, f"câu dẫn: {rule.note}"  # "X cũng nêu những hạn chế"
                continue
            if i > 0 and self._names_only(text, cs, ce):
                out.append(Labeled(cs, ce, "none", "chỉ có tên người, chức vụ, đơn vị (danh sách dự)", clause_start))
                continue
            if ce == self.last_end and _cut_off(text, cs, ce):
                out.append(Labeled(cs, ce, "none", "đoạn bị cắt cụt ở cuối văn bản", clause_start))
                continue
            # an announcement is judged on the whole clause, addressee included
            free_from = lead.verb_end if (i == 0 and lead.verb_end >= 0) else cs
            if self.content_free(text, free_from, ce) or len(WORD.findall(text[cs:ce])) < MIN_WORDS:
                out.append(Labeled(cs, ce, "none", "thông báo chung, không có nội dung cụ thể", clause_start))
                continue
            if clause_mode == "agenda":
                out.append(Labeled(cs, ce, "none", "chương trình của hội nghị, không phải nội dung", clause_start))
                continue
            if clause_mode == "proposal":
                out.append(Labeled(cs, ce, "none", "kiến nghị, đề xuất của đơn vị (không phải nhiệm vụ)", clause_start))
                continue
            label, why = self._refine(text, cs, ce, clause_mode, srule, directed)
            if clause_mode == "achievement" and label == "task":
                # "Mặt trận sẽ ...; Huyện Đoàn phối hợp ...", "X phải ..., không để ...": the list goes on
                label_mode, srule = "task", why
            if (label == "achievement" and labels and labels[-1] == "limitation" and clause_mode == "achievement"
                    and self.negative(text, cs, ce, "weak_negative_cues")):
                label, why = "limitation", "tiếp vế hạn chế trước trong cùng câu"
            if (label == "limitation" and i + 1 < len(parts) and CONTRAST_START.match(text, parts[i + 1][0])
                    and not self.negative(text, cs, ce)):
                label, why = "achievement", "vế kết quả trước 'tuy nhiên/nhưng'"
            labels.append(label)
            out.append(Labeled(cs, ce, label, why, clause_start))
        if label_mode == "agenda":  # the agenda ends with its sentence
            label_mode = smode
        # a sentence that reports only shortcomings opens the shortcomings part
        if (label_mode == "achievement" and not self.structural and labels
                and all(lb == "limitation" for lb in labels)):
            return "limitation", "câu trước chỉ nêu hạn chế"
        return label_mode, srule

    def _refine(self, text, cs, ce, mode, why, directed=False):
        """Clause cues refine the discourse mode. ``directed``: the clause
        follows its own directive verb ("yêu cầu các đoàn thể rà soát lại
        các mô hình đã xây dựng"), so an "đã" in it is not a report."""
        rules = self.rules
        neg = self.negative(text, cs, ce)
        modal, _ = rules.first("task_modals", text[cs:ce])
        if mode == "achievement" and neg:
            return "limitation", f"dấu hiệu hạn chế trong phần kết quả: {neg.note}"
        weak = None if neg else self.negative(text, cs, ce, "weak_negative_cues")
        if mode in ("achievement", "task") and weak and not modal and rules.nominal_subjects.match(text[cs:ce]):
            # "một số mô hình ... còn manh mún": a subject, then "còn" + a description
            return "limitation", f"chủ thể + dấu hiệu hạn chế: {weak.note}"
        if mode == "achievement" and modal:
            return "task", modal.note
        if mode == "achievement" and self.periods.year and not directed and not PAST_REPORT.search(text[cs:ce]) \
                and re.search(rf"\bnăm {self.periods.year + 1}\b", text[cs:ce]):
            return "task", f"việc của năm {self.periods.year + 1}, năm sau kỳ báo cáo"
        if mode == "limitation" and not neg and not self.negative(text, cs, ce, "weak_negative_cues"):
            if modal:
                return "task", modal.note
            pos, _ = rules.first("positive_cues", text[cs:ce])
            if pos:
                return "achievement", pos.note
        if mode == "task" and neg and not modal and rules.nominal_subjects.match(text[cs:ce]):
            return "limitation", f"nêu hạn chế trong lời kết luận: {neg.note}"
        if mode == "task" and not modal and not directed and PAST_REPORT.search(text[cs:ce]):
            return "achievement", "việc đã làm (\"đã\") trong phần chỉ đạo"
        if mode == "task" and not modal and not directed and FIGURE_REACHED.search(text, cs, ce):
            return "achievement", "số liệu đã đạt (\"là 246 ha\", \"kết nạp được 29 hội viên\") trong phần nhiệm vụ"
        return mode, why
