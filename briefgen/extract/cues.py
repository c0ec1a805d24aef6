"""Clause and sentence cues the classifier reads: shortcomings and their
remedies, content-free announcements, names-and-titles-only captions, the
meeting's agenda, a list introduction that says something of its own, and a
cut-off last fragment.
"""
from __future__ import annotations

import dataclasses
import re

from briefgen.extract.concession import conceded_cue
from briefgen.extract.leads import _patterns, body_directing
from briefgen.extract.phrases import (ASSESSED_DONE, EXAMPLE_OF_DONE, HARDSHIP_OF, HELPED, HELPED_LOOKBACK,
                                      LOOKED_BACK_ON, NO_LONGER, NOT_YET_FOUNDED, OUTREACH_TARGET, PAST_REPORT,
                                      PRAISE_COUNTS, PRAISE_NAMES_AREAS, RELATIVE_DONE)
from briefgen.extract.rules import FLAGS, Rules

WORD = re.compile(r"\w+")
MIN_WORDS = 3
REMEDY_WORDS = 5
TASK_LEAD_WINDOW = 80  # a lead-in of the tasks stands in the sentence's first words
CONTENT_FREE_MAX_WORDS = 20  # an announcement ("... vẫn còn một số hạn chế.") is short
REMEDY_LOOKBACK = 40  # "khắc phục hạn chế", "hỗ trợ hộ chưa có nhà": the remedy governs the cue
BENEFICIARY_LOOKBACK = 40
NAMES_MIN_WORDS = 4
# "about six words" (the annotation guide), whole words: the last word of a
# text cut mid-sentence is taken as cut too ("... tổ chức tri", "... hội ngh";
# rd and 231 fresh pages: 8 pages better, 3 worse). The annotators of
# the real set left out 20 of the 21 last fragments of seven whole words, so
# seven is still a fragment; eight is kept.
CUT_OFF_MAX_WORDS = 8
INTRO_STATEMENT_WORDS = 12
MEETING_WORDS = re.compile(r"\b(hội nghị|hội thảo|đại biểu|buổi làm việc|đồng chí|báo cáo|phát biểu|phản ánh|nêu lên|nêu ra|chỉ ra)\b", FLAGS)
INTRO_CONTENT_WORDS = 4
ANNOUNCES_LIST = re.compile(r"\b(?:còn|có|gặp|bộc lộ) (?:một số|những|nhiều|không ít) (?:hạn chế|khó khăn|tồn tại|vướng mắc|bất cập|yếu kém)\b[^:;.]{0,40}$", FLAGS)
# "lưu ý những vấn đề mà Khối dân vận các địa phương cần quan tâm trong thời gian đến:", "... tập trung triển khai thực hiện các nhiệm vụ trọng tâm sau:"
ANNOUNCES_TASKS = re.compile(
    r"\b(?:những|một số|các|\d+) (?:vấn đề|nội dung|việc|nhiệm vụ|điểm)(?: (?:trọng tâm|chủ yếu|cơ bản|lớn))?"
    r"(?: mà [^:;.]{0,80}?)? (?:cần|phải)\b[^:;.]{0,60}$|\b(?:triển khai |thực hiện )+(?:các|những|một số|\d+) (?:nhiệm vụ|nội dung)(?: thi đua)?(?: trọng tâm| chủ yếu)? (?:sau(?: đây)?|như sau|gồm)\s*$", FLAGS)
# "Ban Chấp hành Công đoàn khối đề ra mục tiêu phấn đấu năm 2016 như:",
# "nhiều mục tiêu thi đua trong tháng 3 được đặt ra đó là:"
ANNOUNCES_TARGETS = re.compile(r"\b(?:đề ra|xác định|đặt ra|thông qua)\s+(?:các |những |một số |\d+ )?"
                               r"(?:mục tiêu|chỉ tiêu|nhiệm vụ|phương hướng)\b[^:;.]{0,60}$"
                               r"|\b(?:mục tiêu|chỉ tiêu|nhiệm vụ)\b[^:;.]{0,60}\bđược (?:đề ra|xác định|đặt ra)\b[^:;.]{0,20}$",
                               FLAGS)


def _announced(verbs: str, amounts: str, whom: str = "") -> re.Pattern:
    return re.compile(
        rf"^(?:(?P<lead>(?:[^.;:\d]|\b(?:19|20)\d\d\b|\b\d{{1,3}} (?:năm|tháng)\b){{0,80}}?)\b(?:{verbs})\s+(?:cũng\s+)?(?:tồn tại\s+)?)?(?:{amounts})\s+"
        r"(?:khó khăn|hạn chế|tồn tại|vướng mắc|bất cập|yếu kém|khuyết điểm|thiếu sót)"
        r"(?:\s*(?:,|và)\s*(?:khó khăn|hạn chế|tồn tại|vướng mắc|bất cập|yếu kém|khuyết điểm|thiếu sót|thách thức))*"
        r"(?:\s+nhất định)?" + whom +
        r"(?:\s+(?:trong|về)\s+(?:quá trình\s+)?(?:công tác|hoạt động|việc|triển khai|thực hiện|tổ chức|giai đoạn)\b"
        r"(?:[^.;,:\d]|\b(?:kết luận|nghị quyết|chỉ thị)(?: số)? \d+){0,40})?"  # "... trong thực hiện Kết luận 62 của Bộ Chính trị"
        r"(?:,?\s*cần (?:nhanh chóng |sớm |kịp thời )?(?:khắc phục|rút kinh nghiệm)\b[^.;,:\d]{0,60})?"  # "..., cần nhanh chóng khắc phục để ..."
        r"\s*[.;,…]?\s*$", FLAGS)


# "bên cạnh những kết quả đạt được, công tác dân vận còn những tồn tại, hạn
# chế.", "báo cáo cũng chỉ ra những khó khăn, hạn chế trong công tác giám sát":
# shortcomings announced, none named
ANNOUNCED_ONLY = _announced("còn|có|bộc lộ|chỉ ra|nêu|nêu ra|nêu lên", "một số|những|nhiều|khá nhiều|các")
# ... and the difficulties met or set out, none named ("... cũng gặp không ít
# khó khăn.", "nông dân vẫn đang đối mặt với nhiều hạn chế, khó khăn và thách
# thức.", "chỉ ra những tồn tại, hạn chế mà Hội đang gặp phải"), unless an area
# of work is the subject ("việc đào tạo nghề ... vẫn còn gặp nhiều khó khăn"
# and "Công tác quản lý hội viên ... còn không ít khó khăn" are shortcomings in the gold)
ANNOUNCED_MET = _announced("còn|có|bộc lộ|chỉ ra|nêu|nêu ra|nêu lên|gặp phải|gặp|đối mặt với|trình bày|nhìn nhận lại|nhìn nhận",
                           "một số|những|nhiều|khá nhiều|không ít|rất nhiều|các",
                           r"(?:\s+mà\s+[^.;,:\d]{0,30}?\s+(?:đang\s+)?gặp(?: phải)?)?")
# the strengths named before the shortcomings ("những ưu điểm, hạn chế", "những mặt
# mạnh cần phát huy và những hạn chế ..."): still no shortcoming said
STRENGTHS_FIRST = (r"(?:(?:ưu điểm|mặt mạnh|mặt được|kết quả)(?: cần (?:phát huy|nhân rộng))?"
                   r"\s*(?:,|và)\s*(?:những\s+|các\s+)?(?:mặt\s+)?)?")
# what a review names as its parts, none said: "[chỉ ra] những tồn tại, hạn chế,
# rút ra những bài học kinh nghiệm", "[nêu] những tồn tại, nguyên nhân và giải pháp
# khắc phục cũng như ...", "[đánh giá] một số mặt còn hạn chế, rút ra 6 bài học ..."
SHORTCOMINGS_LISTED_ONLY = re.compile(
    r"^\W*(?:lại\s+)?(?:những|các|một số)\s+(?:mặt\s+)?" + STRENGTHS_FIRST +
    r"(?:còn\s+)?(?:tồn tại|hạn chế|khó khăn|vướng mắc|bất cập|yếu kém)"
    r"(?:\s*(?:,|và)\s*(?:tồn tại|hạn chế|khó khăn|vướng mắc|bất cập|yếu kém|nguyên nhân|thách thức))*"
    r"\s*(?:,|và|cũng như)\s*(?:rút ra|đề ra|đề xuất|nêu|nguyên nhân|bài học|giải pháp|phương hướng|những bài học|các giải pháp)\b",
    FLAGS)
# ... or sums up the ones just said: "Đây là những tồn tại, hạn chế trong công tác ... được hội nghị nhận định."
SHORTCOMINGS_SUMMED_UP = re.compile(r"^\W*(?:đây|đó|trên đây|những điều trên)\s+(?:cũng\s+)?là\s+(?:những|các|một số)\s+"
                                    r"(?:tồn tại|hạn chế|khó khăn|vướng mắc|bất cập|yếu kém)\b", FLAGS)
# ... or names them by their area only: "X đã chỉ ra những tồn tại, hạn chế trong
# công tác phối hợp trong 5 năm vừa qua.", "... thẳng thắn chỉ ra những mặt còn
# tồn tại, hạn chế cần khắc phục trong thời gian tới." (none of the set's gold
# spans has this shape; 12 clauses of the texts do, none annotated)
_SHORTCOMING = r"(?:khó khăn|hạn chế|tồn tại|vướng mắc|bất cập|yếu kém|khuyết điểm|thiếu sót)"
SHORTCOMINGS_BY_AREA = re.compile(
    r"^\W*(?P<verb>[^.;:!?]{0,200}?\b(?:chỉ ra|chỉ rõ|nêu|nêu ra|nêu lên|nhìn nhận(?: lại)?|nhìn lại|làm rõ|rút kinh nghiệm)\s+"
    r"(?:thẳng thắn\s+)?)?(?:những|các|một số)\s+(?:mặt\s+)?"
    # "... chỉ ra những mặt mạnh cần phát huy và những hạn chế mà Công đoàn cần khắc phục ..."
    + STRENGTHS_FIRST +
    r"(?:còn\s+)?(?P<named>" + _SHORTCOMING + r"(?:\s*(?:,|và)\s*(?:" + _SHORTCOMING + r"|thách thức))*)"
    r"(?:(?:\s+mà\s+[^.;:!?]{0,40}?)?\s+(?:cần|phải)(?: tập trung| nhanh chóng| sớm| kịp thời)?(?: khắc phục| rút kinh nghiệm)"
    r"(?: trong thời gian (?:tới|sắp tới|đến))?)?"
    r"(?P<area>\s+(?:trong|của|về)\s+[^.;:!?]{0,200}?)?"
    # "..., đặc biệt là những hạn chế trong tổ chức Đại hội."
    r"(?:,\s*(?:đặc biệt là|nhất là)\s+(?:những|các)\s+" + _SHORTCOMING +
    r"(?P<area2>\s+(?:trong|của|về)\s+[^.;:!?]{0,80}?))?\s*[.;,…]?\s*$", FLAGS)
# an area that says what went wrong, or lists it, is a shortcoming after all
AREA_SAYS_MORE = re.compile(r"\b(?:như|là|gồm|cụ thể|chưa|không|còn|thiếu|chậm|yếu|nhưng|song)\b|" + _SHORTCOMING, FLAGS)
# without the verb, "những khó khăn về nơi ăn, ở ... của bộ đội" names the difficulty itself (gold)
FELT_DIFFICULTY = re.compile(r"khó khăn|vướng mắc|bất cập", FLAGS)


def _named_by_area(clause: str) -> bool:
    m = SHORTCOMINGS_BY_AREA.match(clause)
    if not m or AREA_SAYS_MORE.search(f"{m.group('area') or ''} {m.group('area2') or ''}"):
        return False
    return bool(m.group("verb")) or not FELT_DIFFICULTY.search(m.group("named"))


AREA_SUBJECT = re.compile(r"\W*(?:việc|công tác|hoạt động|phong trào)\b", FLAGS)
# what a review does, named and not said: "Qua đó đánh giá khách quan những
# kết quả, hạn chế, nguyên nhân, bài học kinh nghiệm trong thời gian qua"
# (15 such clauses in the gold are none; the one task orders a review: "cần")
REVIEW_NAMED = re.compile(
    r"^(?![^.;]*\b(?:cần|phải|sẽ|đề nghị|yêu cầu)\b(?! (?:khắc phục|phát huy)\b))[^.;:]{0,80}?\b(?:đánh giá|nhìn nhận|nhìn lại|chỉ ra|làm rõ)"
    r"(?: lại| khách quan| toàn diện)? (?:những |các )?(?:kết quả|thành quả|thành tích|ưu điểm)\b[^.;:]{0,40}?(?:,| và| cũng như) "
    r"(?:những |các )?(?:mặt )?(?:hạn chế|tồn tại|khuyết điểm)\b(?![^.;]*\b(?:như|là|gồm|cụ thể)\b)[^.;:]{0,120}"
    # "..., từ đó đề ra phương hướng, nhiệm vụ ... trong năm học mới": the review's purpose
    r"(?:,\s*(?:từ đó|trên cơ sở đó) (?:đề ra|xác định|đề xuất)\b[^.;:]{0,120})?[.;,]?\s*$"
    # ... or one step of it alone: "đánh giá kết quả đạt được", "rút ra bài học kinh nghiệm trong ..."
    r"|^\W*(?:đánh giá|nhìn lại)(?: lại)? (?:những |các )?kết quả (?:đã )?đạt được\s*[.;,]?\s*$"
    r"|^\W*(?:rút ra|nêu ra|chỉ ra) (?:những |các )?bài học kinh nghiệm\b[^.;:]{0,100}[.;,]?\s*$", FLAGS)
# what comes before a deed's "đã": no order, modal or purpose
NO_ORDER_BEFORE = r"(?:(?!\b(?:sẽ|cần|phải|phấn đấu|đề nghị|yêu cầu|kêu gọi|mong muốn|hy vọng|để|nhằm)\b)[^.;])*?"
# A subject, then "đã" and a deed, nothing that orders or plans before or
# after it (not "những hạn chế đã chỉ ra", "sau khi đã chuyển đổi", "đã đề
# ra", "đã kêu gọi", "nhân rộng những mô hình đã xây dựng", "đã ghi nhận ý
# kiến đề xuất Hội cần ..."). Measured before use: of 50 clauses older rules
# read as tasks on pages they had not seen, it takes 28 results and 22
# non-items out of the tasks and no task; it matches none of the 1,524
# annotated tasks (real and own sets).
DONE_BY_SUBJECT = re.compile(
    NO_ORDER_BEFORE +
    r"(?<!\bsau khi )(?<!\bkhi )(?<!\bmà )(?<!\bnhững )(?<!\bcác )\bđã (?!và đang|đạt được|làm được|ghi nhận|nghi nhận|tiếp thu|đề ra|đưa ra|được giao|ban hành|đăng ký|"
    r"cam kết|xác định|thống nhất|phê duyệt|đặt ra|kêu gọi|đề nghị|yêu cầu|chỉ đạo|nhấn mạnh|lưu ý|giao|quán triệt|phát động)\w+", FLAGS)
# "Đối với những hộ bỏ đi, Hội LHPN huyện đã chỉ đạo các cơ sở hội vận động ...":
# a body's directing, done (leads.body_directing tells a body from a person)
DIRECTED_BY_BODY = re.compile(
    rf"(?P<pre>{NO_ORDER_BEFORE})"
    r"\bđã (?:tập trung |kịp thời |thường xuyên )?(?P<verb>chỉ đạo)\b", FLAGS)
# an order or a modal after the "đã": "... đã ghi nhận ý kiến đề xuất Hội cần ..."
# ("1.045 hộ cần hỗ trợ" names who is in need: no order)
ORDER_AFTER = re.compile(r"(?<!hộ )(?<!người )(?<!đối tượng )(?<!trường hợp )(?<!gia đình )(?<!nơi )"
                         r"\b(?:cần|phải|sẽ|hãy|đề nghị|yêu cầu)\b", FLAGS)
# "việc theo dõi, đôn đốc giải quyết kiến nghị chưa quyết liệt.": "chưa" judges
# how the work was done (the clause's predicate), the remedy verb is its subject
JUDGED_MANNER = re.compile(r"(?<=chưa)\s+(?:thật sự\s+|thực sự\s+)?(?:quyết liệt|kịp thời|sâu sát|sâu|đồng bộ|thường xuyên|"
                           r"chặt chẽ|hiệu quả|triệt để|đầy đủ|cao|rõ nét|rõ)\s*[.;…]?\s*$", FLAGS)
# a counted deed that fell short: "mới kết nạp 20 hội viên, chưa đạt chỉ tiêu"
SHORTFALL = re.compile(r"\b(?:chưa|không đạt|chỉ đạt|mới đạt|mới có|giảm|thấp hơn|còn thấp|không bằng|chậm)\b", FLAGS)
KEPT_DOWN = re.compile(r"(?:hạn chế|giảm)\b", FLAGS)
# a part that details what came before it, not a main clause
ELABORATES = re.compile(r"(?:trong đó|nhất là|đặc biệt là|cụ thể là|chủ yếu là|như)\b", FLAGS)
# what a supervision or inspection found is its result, not the unit's shortcoming
FOUND_IN_CHECK = re.compile(r"\b(?:giám sát|kiểm tra|khảo sát|thanh tra|rà soát)\b[^.;]{0,80}?\bphát hiện\b", FLAGS)
# "không có tổ chức hội trung bình, yếu kém": a grading with no weak unit, a result
NO_WEAK_UNIT = re.compile(r"\bkhông (?:có|còn) (?:tổ chức|chi hội|cơ sở|đơn vị|chi bộ|chi đoàn|hội)\b[^.;]{0,30}$", FLAGS)


def calendar_number(word: str) -> bool:
    """A year, a month or a quarter ("năm 2023", "6 tháng", "quý 2"): no
    content of its own, unlike a figure ("hoàn thành 17/18 chỉ tiêu")."""
    if not (word.isascii() and word.isdigit()):
        return False
    return (len(word) == 4 and word[:2] in ("19", "20")) or int(word) <= 12


def cut_off(text: str, s: int, e: int) -> bool:
    """The document's last words, cut mid-sentence and too few to say anything
    ("Phối hợp tổ chức tốt các hội ngh"): a truncated file or excerpt."""
    if text[s:e].rstrip().endswith(tuple(".!?…;:\"”)»")):
        return False
    words = WORD.findall(text[s:e])
    whole = len(words) - 1  # the last word is cut too, as a rule ("... tổ chức tri")
    return whole < CUT_OFF_MAX_WORDS


# the headline and lead where a signing page says it is one; longer than
# periods.LEAD_CHARS: a caption often stands between headline and lead
SIGNING_LEAD_CHARS = 500


# an issue raised at a dialogue that names a bad state ("Tình trạng ô nhiễm ...")
RAISED_PROBLEM = re.compile(r"(?:việc |về )?tình trạng\b", FLAGS)


def _met_announced(clause: str) -> bool:
    """Difficulties met, none named, and no area of work as the subject (ANNOUNCED_MET)."""
    return bool(ANNOUNCED_MET.search(clause)) and not AREA_SUBJECT.match(clause)


class Cues:
    """The cue tests, with the compiled rules."""

    def __init__(self, rules: Rules):
        self.rules = rules
        self.remedy = re.compile(rf"\b(?:{rules.remedy_words})\b", FLAGS)
        self.strong_remedy = re.compile(rf"\b(?:{rules.strong_remedy_words})\b", FLAGS)
        # "chấn chỉnh những hoạt động còn hạn chế": the state is the object of the remedy
        self.remedied_state = re.compile(rf"\b(?:{rules.strong_remedy_words})\s+(?:kịp thời\s+)?"
                                         r"(?:những|một số|các|mọi)\s+(?:\w+\s+){1,3}$", FLAGS)
        nominalizers = rules.remedy_nominalizers or "(?!)"
        self.as_noun = re.compile(rf"\b(?:{nominalizers})\s*$", FLAGS)
        self.beneficiary = re.compile(rf"\b(?:{rules.beneficiary_words})\b", FLAGS)

    def negative(self, text: str, s: int, e: int, group: str = "negative_cues"):
        """The first unremedied shortfall cue in text[s:e], as a rule, or None."""
        any_cue = self.rules.union(group)
        if any_cue is not None and not any_cue.search(text, s, e):
            return None  # most clauses have no cue at all: one search instead of one per rule
        for rule in self.rules.groups.get(group, ()):
            for m in rule.regex.finditer(text, s, e):
                # the remedy must govern the cue: among the few words just before it
                words_before = text[max(s, m.start() - 2 * REMEDY_LOOKBACK):m.start()].split()
                context = " ".join(words_before[-2 * REMEDY_WORDS - 2:])
                # a remedy governs a named shortcoming ("khắc phục hạn chế"), not a
                # state ("mô hình do đoàn thể hỗ trợ còn manh mún")
                if m.group(0).lower().startswith("còn") and self.remedied_state.search(text, max(s, m.start() - 80), m.start()):
                    continue
                if not m.group(0).lower().startswith("còn") and not JUDGED_MANNER.match(text, m.end(), e) and (
                        self._governs(self.remedy, context, REMEDY_WORDS)
                        or self._governs(self.strong_remedy, context, 2 * REMEDY_WORDS)):
                    continue
                if KEPT_DOWN.match(m.group(0).strip()) and self.rules.bad_things.search(text, s, m.start()):
                    continue  # "tỷ lệ đoàn viên vi phạm pháp luật hạn chế": kept down, a result
                if NO_WEAK_UNIT.search(text, max(s, m.start() - 60), m.start()):
                    continue
                if conceded_cue(text, s, e, m):
                    continue
                if (re.match(r"còn\s+khó\b", text[m.start():m.start() + 12], FLAGS)
                        and re.search(r"\b(?:hộ(?: nghèo| cận nghèo)?|gia đình|người|đối tượng|hội viên|trẻ em)\s*$",
                                     text[max(s, m.start() - 24):m.start()], FLAGS)
                        and HELPED.search(text, max(s, m.start() - HELPED_LOOKBACK), m.start())):
                    continue
                own_con = 3 if m.group(0)[:3].lower() == "còn" else 0  # the "còn" of "không còn" itself
                if NO_LONGER.search(text, max(s, m.start() - 100), m.start() + own_con):
                    continue
                if NOT_YET_FOUNDED.match(text, m.start(), e) \
                        and OUTREACH_TARGET.search(text, max(s, m.start() - 120), m.start()):
                    continue
                if FOUND_IN_CHECK.search(text, max(0, s - 40), m.start()):
                    continue  # "Qua giám sát, ... phát hiện 164 trường hợp ... chưa được công nhận": the check's finding
                before = text[max(s, m.start() - BENEFICIARY_LOOKBACK):m.start()]
                if re.search(r"(gặp|có)\b.*khó khăn", m.group(0), FLAGS) and self.beneficiary.search(before) \
                        and not HARDSHIP_OF.search(before):
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

    def signing_page(self, text: str) -> bool:
        """The headline or lead is a signing and names no review ("Ký kết Quy chế
        phối hợp công tác giữa UBND huyện và LĐLĐ huyện")."""
        return bool(self.rules.signing_lead.search(text, 0, SIGNING_LEAD_CHARS)
                    and not self.rules.review_lead.search(text, 0, SIGNING_LEAD_CHARS))

    def raised_problem(self, text: str, s: int, e: int) -> bool:
        """A topic raised at a dialogue that is a shortcoming all the same ("tình trạng ô nhiễm ...")."""
        return bool(self.negative(text, s, e) or RAISED_PROBLEM.match(text, s, e))

    def announces_shortcomings(self, text: str, s: int, e: int, met: bool = False) -> bool:
        """"Vẫn còn nhiều tồn tại, hạn chế cần khắc phục.": no item, but what
        follows is the shortcomings it announces, not what is needed (its
        "cần" had made the sentence a task). ``met``: also difficulties met
        ("... phải đối mặt với rất nhiều khó khăn."), after the results."""
        clause = text[s:e]
        return bool(ANNOUNCED_ONLY.search(clause) or (met and _met_announced(clause)))

    def content_free(self, text: str, s: int, e: int) -> bool:
        clause = text[s:e]
        if ANNOUNCED_ONLY.search(clause) or REVIEW_NAMED.search(clause) or SHORTCOMINGS_LISTED_ONLY.match(clause) \
                or SHORTCOMINGS_SUMMED_UP.match(clause) or _named_by_area(clause) \
                or _met_announced(clause):
            return True  # its own shape bounds its length
        words = [w.lower() for w in WORD.findall(text[s:e])]
        if len(words) > CONTENT_FREE_MAX_WORDS:
            return False
        return all(w in self.rules.generic_words or calendar_number(w) for w in words)

    def names_areas(self, text: str, s: int, e: int) -> bool:
        """Praise that names what was done well ("đánh giá cao những kết quả về
        công tác dân tộc"), not only the unit's own work in general ("những
        thành tích trong công tác đoàn và phong trào TTN năm 2014")."""
        if PRAISE_COUNTS.search(text, s, e):  # "... với gần 12.000 công trình thanh niên": figures of what was done
            return True
        m = PRAISE_NAMES_AREAS.search(text, s, e)
        vocab = self.rules.generic_words | self.rules.agenda_words
        return m is not None and any(w.lower() not in vocab and not w.isupper() and not calendar_number(w)
                                     for w in WORD.findall(text[m.end():e]))

    def _says_something(self, text, s, e) -> bool:
        """A list introduction with a subject and a predicate of its own, not
        only "Phương hướng, nhiệm vụ thời gian tới như sau"."""
        if MEETING_WORDS.search(text, s, e) or self.rules.first("framing_clause", text[s:e])[0] \
                or self.rules.first("framing_sentence", text[s:e])[0]:
            return False  # the meeting, a speaker or a report introduces the list
        if ANNOUNCES_LIST.search(text, s, e) or ANNOUNCES_TASKS.search(text, s, e) or ANNOUNCES_TARGETS.search(text, s, e):
            return False  # "..., phong trào ... vẫn còn một số khó khăn như": the list says them
        words = [w.lower() for w in WORD.findall(text[s:e])]
        vocab = self.rules.generic_words | self.rules.agenda_words
        content = [w for w in words if w not in vocab and not w.isdigit()]
        return len(words) >= INTRO_STATEMENT_WORDS and len(content) >= INTRO_CONTENT_WORDS

    def unfinished_concession(self, text, s, lead_end, e) -> bool:
        """ "Tuy vẫn còn một số vướng mắc ..., trong đó có việc quản lý ...":
        what follows the concession only details it; no main clause says what
        was done, so the shortfall conceded is the statement."""
        return bool(ELABORATES.match(text, lead_end, e)) and self.negative(text, s, lead_end) is not None

    def _names_only(self, text, s, e) -> bool:
        """Names and titles with no verb: every word capitalised or a title word."""
        words = WORD.findall(text[s:e])
        if len(words) < NAMES_MIN_WORDS or not any(w[0].isupper() for w in words):
            return False
        # a term's number belongs to a title ("Ủy viên Ủy ban MTTQ xã khóa 16")
        return all(w[0].isupper() or w.isdigit() or w.lower() in self.rules.title_words for w in words)

    def _reports_done(self, text, s, e) -> bool:
        """The sentence reports what was done or reached, in its own words: a
        subject (not an order's verb) first, no modal, "đã" or an assessment."""
        body = text[s:e]
        if self.rules.first("task_modals", body)[0] or _patterns(self.rules).predicate.match(body.lstrip()):
            return False
        return bool(PAST_REPORT.match(body) or ASSESSED_DONE.search(body) or EXAMPLE_OF_DONE.match(body)
                    or LOOKED_BACK_ON.match(body.lstrip()))

    def counted_deed(self, text, item):
        """A deed counted ("đã vận động quỹ ... trên 20 tỷ đồng, cất mới 264 căn
        nhà ... cho hộ nghèo") is a result, whatever hardship it relieved; in
        our annotated pages no shortcoming counts a deed without a shortfall."""
        if item.label == "limitation" and self.rules.screen_keeps.search(text, item.start, item.end) \
                and not SHORTFALL.search(text, item.start, item.end):
            return dataclasses.replace(item, label="achievement", rule=f"việc làm có số liệu, không phải hạn chế ({item.rule})")
        return item

    def deed_done(self, text, item):
        """ "Trong năm, Hội LHPN đã phối hợp ... tổ chức 11 lớp": a clause read as
        a task that reports, in its own words, a deed done (a subject, then
        "đã"; no order's verb, modal or purpose before it) is a result; not
        "Đại hội đã thông qua 8 chỉ tiêu nhiệm kỳ 2021-2026" (the new term's)."""
        if item.label != "task":
            return item
        done = DONE_BY_SUBJECT.match(text, item.clause_start, item.end)
        if not done:
            done = DIRECTED_BY_BODY.match(text, item.clause_start, item.end)
            if done and not body_directing(done.group("pre"), done.group("verb"), text[done.end():done.end() + 3]):
                done = None
        if done and not RELATIVE_DONE.search(done.group()) and not ORDER_AFTER.search(text, done.end(), item.end) \
                and not self.rules.first("task_modals", text[item.clause_start:item.end])[0] \
                and not self.rules.first("task_leads_anywhere", text[item.clause_start:item.end])[0] \
                and not _patterns(self.rules).predicate.match(text[item.start:item.end].strip()):
            return dataclasses.replace(item, label="achievement", rule=f"chủ thể + \"đã\" + việc: việc đã làm ({item.rule})")
        return item

    def task_lead(self, body: str):
        """A lead-in of the tasks in the first words of the sentence, or one that
        may stand anywhere. Its lookaheads read the whole sentence: "Phát huy
        những kết quả đạt được, trong năm 2024, Hội ... đã đẩy mạnh ..." reports."""
        for rule in self.rules.groups.get("task_leads", ()):
            m = rule.search(body, 0, TASK_LEAD_WINDOW)
            if m and rule.regex.match(body, m.start()):
                return rule
        return self.rules.first("task_leads_anywhere", body)[0]

    def discussed_only(self, text, item):
        """ "Các đại biểu chia sẻ những khó khăn trong công tác ..." says that
        shortcomings were discussed; it names none (rules.yaml)."""
        said = self.rules.shortcomings_discussed.search(text, item.start, item.end) if item.label == "limitation" else None
        # not when a shortfall is named before it: "... còn bị động, dẫn đến thiếu
        # chủ động trong việc ... tháo gỡ khó khăn"
        if said and not self.negative(text, item.start, said.start()):
            return dataclasses.replace(item, label="none", rule=f"chỉ nói rằng hạn chế, khó khăn được nêu, bàn ({item.rule})")
        return item

    def _agenda(self, text, s, e) -> bool:
        """ "Triển khai phương hướng nhiệm vụ năm 2026.": what the meeting did, in agenda words only."""
        if not self.rules.first("agenda_starts", text[s:e])[0]:
            return False
        words = [w.lower() for w in WORD.findall(text[s:e])]
        vocab = self.rules.agenda_words | self.rules.generic_words
        return all(w in vocab or w.isdigit() or calendar_number(w) for w in words)
