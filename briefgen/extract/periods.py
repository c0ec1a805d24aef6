"""Which period an article reports on, and which comes next.

"Quý II/2024" after "quý I/2024", "6 tháng cuối năm", "năm 2025" in a review
of 2024, "Nhiệm kỳ 2025 - 2030": a sentence that opens with the next period
directs; one that opens with the reported period reports.
"""
from __future__ import annotations

import re

from briefgen.extract.rules import FLAGS

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
QUARTER = re.compile(r"\bquý\s+(iv|i{1,3}|[1-4])\b(?:\s*(?:/|năm)\s*(\d{4}))?", FLAGS)
PERIOD_START = re.compile(
    r"(?:trong |tại |từ |qua |đến )?(?:(?P<q>quý\s+(?:iv|i{1,3}|[1-4])\b(?:\s*(?:/|năm)\s*\d{4})?)"
    r"|(?:\d+|sáu|chín|bảy|ba) tháng(?: (?P<half>đầu|cuối)| năm| qua)"
    r"|(?:những|các|\d+|sáu|ba|hai) tháng (?P<rest>cuối|còn lại|tới)"
    r"|từ nay (?:đến|tới) (?P<ahead>cuối|hết)"
    r"|(?:\d+|hai|ba|bốn|năm|mười|những|mấy) năm (?:qua|vừa qua|gần đây)\b|thời gian gần đây"
    r"|(?:thời gian|giai đoạn|năm|nhiệm kỳ) (?P<tq>tới|qua|vừa qua|sắp tới|mới|tiếp theo|còn lại|đến(?! nay)))",
    FLAGS,
)
# "từ năm 2019 đến nay" opens a span of years, it does not name the one reported
YEAR_MENTION = re.compile(r"(?<!nhiệm kỳ )(?<!giai đoạn )(?<!đến )(?<!tới )(?<!từ )\bnăm (\d{4})\b(?!\s*[-–])", FLAGS)
# "Trong năm qua, ... đạt nhiều kết quả. ... Năm 2020, Hội tiếp tục ...": a review
# that names no year of its own and a first year that opens the plans, after the
# results: that year is the next one
LOOKED_BACK = re.compile(r"\b(?:năm|thời gian) (?:vừa )?qua\b", FLAGS)
PLANS_YEAR = re.compile(r"(?:^|[.!?\n]\s+)(?:trong |bước sang |sang )?năm (\d{4})\s*,"
                        r"(?=[^.!?\n]*\b(?:tiếp tục|phấn đấu|sẽ|tập trung|đề ra)\b)(?![^.!?\n]*\bđã\b(?! đề ra| được (?:[^.,;]{0,20} )?giao| xác định| thông qua| đặt ra))", FLAGS)


# "Năm 2024, Khối thi đua ... quyết tâm thi đua, phấn đấu hoàn thành vượt mức ...":
# a pledge names the year to come even with no review before it
# (not inside a slogan: "Năm 2021, thành phố thực hiện “Năm ..., phấn đấu ...”")
PLEDGED = re.compile(r"[^.!?\n“\"«]*?\b(?:quyết tâm|phấn đấu|sẽ)\b", FLAGS)


def plans_year(text: str, at: int) -> bool:
    """The year at `at` opens the plans after a review of "năm qua" or of what
    "đã" been done just before it, or in a pledge (see PLANS_YEAR, PLEDGED)."""
    plans = PLANS_YEAR.search(text, max(0, at - 20))
    return bool(plans and plans.start(1) == at
                and (LOOKED_BACK.search(text, 0, at) or re.search(r"\bđã\b", text[max(0, at - 400):at])
                     or PLEDGED.match(text, at)))


# the results as the ground of what comes next: the time after it decides
BUILT_ON_RESULTS = re.compile(r"(?:từ|trên cơ sở|phát huy|tiếp nối)\s+(?:những |các )?(?:kết quả|thành tích|thành quả)"
                              r"(?: đã)?(?: đạt được)?(?: nêu trên| trên| đó)?(?: trong [^,.;:]{0,40})?\s*,\s*", FLAGS)


def without_grounds(body: str) -> str:
    """The clause after "Từ những kết quả đã đạt được, ...": its "đã" reports nothing."""
    built_on = BUILT_ON_RESULTS.match(body)
    return body[built_on.end():] if built_on else body


LEAD_CHARS = 400
REVIEWED_YEAR = re.compile(r"\b(?:tổng kết|sơ kết)(?: công tác)?[^.;:]{0,60}?\bnăm (\d{4})\b", FLAGS)
# "Từ đầu năm đến nay, ...": the year in progress is the one reported
SO_FAR = re.compile(r"\btừ đầu năm(?: \d{4})? (?:đến|tới) nay\b", FLAGS)
# "Năm 2024, ...", and without the comma before a capitalised subject: "Năm 2011 Ban Dân vận ..."
PLANNED_YEAR = re.compile(r"\b(?:phương hướng|nhiệm vụ|kế hoạch)(?: công tác)?(?: trọng tâm)? năm (\d{4})\b", FLAGS)
# "Khối thi đua ... ký kết giao ước thi đua năm 2024": what the signatories
# undertake for that year; the year before is the one reported, if any
SIGNED_YEAR = re.compile(r"\bký(?: kết)? (?:bản )?giao ước(?: thi đua)?[^.;:]{0,30}?\bnăm (\d{4})\b"
                         # ... and "Hội nghị triển khai các nhiệm vụ trọng tâm thực hiện trong năm 2019"
                         # ... "hội nghị trực tuyến ... hướng dẫn, triển khai công tác Mặt trận năm 2019"
                         r"|\btriển khai (?:các |những )?(?:nhiệm vụ|kế hoạch|chương trình|công tác)(?:(?!\b(?:tháng|quý)\b)[^.;:]){0,40}?\bnăm (\d{4})\b", FLAGS)
# ("Năm 2021 các thành viên trong Cụm ...": the subject may follow without a comma)
YEAR_START = re.compile(r"(?:trong |bước sang |sang )?năm (\d{4})(?:\s*,|\s+(?-i:(?=[A-ZĐ]))"
                        r"|\s+(?=(?:các|những|toàn|cả)\s))", FLAGS)
# "Trong tháng 7-2019, ...", "Cụ thể trong tháng 7, ...": a month, then the sentence
MONTH_START = re.compile(r"(?:cụ thể\s*,?\s*)?(?:trong |từ |sang |đầu |cuối )?tháng (\d{1,2})(?:\s*[/-]\s*\d{4}|\s+năm \d{4})?\s*,", FLAGS)
MONTH_MENTION = re.compile(r"\btháng (\d{1,2})\b", FLAGS)
TERM_MENTION = re.compile(r"\b(?:nhiệm kỳ|giai đoạn) (\d{4})\s*[-–]\s*\d{4}", FLAGS)
TERM_START = re.compile(r"(?:trong |bước vào )?(?:nhiệm kỳ|giai đoạn) (\d{4})\s*[-–]\s*\d{4}\s*,", FLAGS)
# "Đảng ủy xã ... tổ chức hội nghị sơ kết ... phong trào ... giai đoạn 2021-2023": the term the meeting reviews
# (not the new term after "..., đồng thời đề ra phương hướng, nhiệm vụ nhiệm kỳ 2021 - 2026")
REVIEWED_TERM = re.compile(r"\b(?:tổng kết|sơ kết)\b(?:(?!\b(?:phương hướng|nhiệm vụ|đề ra|triển khai|kế hoạch|mới)\b)[^.;:]){0,100}?"
                           r"\b(?:nhiệm kỳ|giai đoạn) (\d{4})\s*[-–]\s*\d{4}", FLAGS)
# "đã" reporting a deed, not naming targets ("các chỉ tiêu đã đề ra"), and targets exceeded
DONE = r"\bđã\b(?! đề ra| được giao| xác định| thông qua| thống nhất| đặt ra)"
EXCEEDED = r"\bđạt và vượt\b|\bvượt (?:chỉ tiêu|kế hoạch)\b"
# ... and "..., mang lại hiệu quả cao, nổi bật là 10 chương trình, hoạt động tiêu biểu",
# "..., công tác Đoàn ... gặt hái nhiều thành tích đáng ghi nhận"
TERM_REVIEWED = re.compile(rf"{DONE}|{EXCEEDED}|\bđạt (?:được )?nhiều kết quả"
                           r"|\bcó (?:nhiều |những )?(?:chuyển biến|bước (?:phát triển|tiến))"
                           r"|\bmang lại (?:nhiều )?hiệu quả\b|\bnổi bật là\b"
                           r"|\b(?:gặt hái|giành|đạt)(?: được)? (?:nhiều|những) (?:thành tích|thành tựu|kết quả)\b", FLAGS)
MOTTO = re.compile(r"với (?:phương châm|chủ đề|khẩu hiệu|tinh thần)\s*[“\"][^”\"]{0,300}[”\"]\s*,\s*", FLAGS)
# before the time a sentence opens with, any motto ("Với khẩu hiệu hành động “...”, nhiệm kỳ 2025 – 2030, ...")
ANY_MOTTO = re.compile(r"\bvới (?:phương châm|chủ đề|khẩu hiệu(?: hành động)?|tinh thần)\s*:?\s*[“\"][^”\"]{0,300}[”\"]\s*,\s*", FLAGS)
PAST_TERM = re.compile(r"\bnhiệm kỳ (?:vừa )?qua\b", FLAGS)
NEW_TERM = re.compile(r"\b(?:khóa [ivxlc\d]+|chủ đề|phương hướng|mục tiêu|ban chấp hành|đại hội)\b[^.;]{0,60}?"
                      r"\bnhiệm kỳ \d{4}\s*[-–]\s*\d{4}|\bnhiệm kỳ \d{4}\s*[-–]\s*\d{4}\s*,\s*với chủ đề", FLAGS)
# the page's own date when no sentence names a year: the search excerpt's "date 2023-06"
# line, or a dateline "12/6/2023" near the top
PAGE_YEAR = re.compile(r"^\s*date\s+(\d{4})-\d{2}|\b\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*(\d{4})\b", FLAGS)
# a teachers' union reviews "năm học 2018-2019" and plans "năm học 2019-2020"
# ... and "Năm học mới 2014 – 2015, Công đoàn ngành tập trung ..."
SCHOOL_YEAR_MENTION = re.compile(r"\bnăm học (?:mới )?(\d{4})\s*[-–]\s*\d{4}", FLAGS)
# a school year's halves: "Học kỳ I năm học 2025-2026, ..." reported, "Học kỳ II, ..." next
SEMESTER_MENTION = re.compile(r"\bhọc kỳ\s+(ii|i|1|2)\b", FLAGS)
SEMESTER_START = re.compile(r"(?:trong |bước sang |sang )?học kỳ\s+(ii|i|1|2)\b[^,.;:]{0,30}?,", FLAGS)
SCHOOL_YEAR_START = re.compile(r"(?:trong |bước sang |sang )?năm học (?:mới )?(\d{4})\s*[-–]\s*\d{4}\s*,", FLAGS)


class Periods:
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
        if first_year and plans_year(text, first_year.start(1)):
            self.year -= 1
        reviewed = REVIEWED_YEAR.search(text, 0, LEAD_CHARS)  # in the headline or the lead
        self.reviewed = int(reviewed.group(1)) if reviewed else 0
        # ... but "Từ đầu năm đến nay, ... năm 2016 ... tổng kết năm 2015": the
        # year in progress is the one reported, last year's review was one of its deeds
        so_far = SO_FAR.search(text, 0, LEAD_CHARS)
        if reviewed and int(reviewed.group(1)) == self.year - 1 and not found and not self.covered and not so_far:
            self.year -= 1
        # "sơ kết công tác phối hợp và triển khai phương hướng công tác năm 2023", then
        # "Năm 2022, ..." and "Năm 2023, ...": the year the lead plans is the next one
        planned = PLANNED_YEAR.search(text, 0, LEAD_CHARS)
        if planned and int(planned.group(1)) == self.year and not found and not self.covered and not so_far \
                and re.search(rf"\bnăm {self.year - 1}\b", text, FLAGS):
            self.year -= 1
        signed = SIGNED_YEAR.search(text, 0, LEAD_CHARS)
        if signed and int(signed.group(1) or signed.group(2)) == self.year and not reviewed \
                and not found and not self.covered and not so_far:
            self.year -= 1
        # the last reported month: "6 tháng đầu năm" -> 6; a monthly meeting
        # "nhiệm vụ tháng 7 và triển khai nhiệm vụ tháng 8" -> 7
        self.terms = {int(y) for y in TERM_MENTION.findall(text)}
        reviewed_term = REVIEWED_TERM.search(text, 0, LEAD_CHARS)
        self.reviewed_term = int(reviewed_term.group(1)) if reviewed_term else 0
        dated = PAGE_YEAR.search(text, 0, LEAD_CHARS)
        self.page_year = int(dated.group(1) or dated.group(2)) if dated else 0
        # a page that names no year but speaks of "nhiệm kỳ qua" reviews the term it
        # names, unless it names it as the new one ("khóa I, nhiệm kỳ 2025 - 2030")
        self.term_past = bool(PAST_TERM.search(text)) and not NEW_TERM.search(text)
        self.school_years = {int(y) for y in SCHOOL_YEAR_MENTION.findall(text)}
        self.semesters = {ROMAN[m.lower()] for m in SEMESTER_MENTION.findall(text)}
        named = sorted({int(n) for n in MONTH_MENTION.findall(text, 0, LEAD_CHARS) if 1 <= int(n) <= 12})
        self.last_month = self.covered or (named[0] if len(named) == 2 and named[1] == named[0] + 1 else 0)

    def direction(self, body: str) -> str:
        motto = ANY_MOTTO.match(body)  # "Với phương châm “...”, nhiệm kỳ 2025 - 2030, ...": the time after the motto
        if motto:
            body = body[motto.end():]
        body = without_grounds(body)  # "Từ những kết quả đã đạt được, trong 6 tháng còn lại, ..."
        month = MONTH_START.match(body)
        if month and self.last_month:
            return "next" if int(month.group(1)) > self.last_month else "past"
        # "- Nhiệm kỳ 2023 - 2028, Hội ...": a summary point under the headline (only a
        # term named by its years: a bullet "- Nhiệm kỳ qua, ..." in a list of tasks stays in it)
        term = TERM_START.match(body.lstrip("-–—•+* "))
        if term:  # "Nhiệm kỳ 2025 - 2030, Ủy ban MTTQ ... tiếp tục ...": the new term
            start = int(term.group(1))
            if len(self.terms) > 1:  # a congress names the past term and the new one
                return "next" if start == max(self.terms) else "past"
            if not self.year:  # "Trong nhiệm kỳ 2019-2024, ... đạt nhiều kết quả nổi bật": the term reviewed
                if TERM_REVIEWED.search(body) or start == self.reviewed_term:
                    return "past"
                if self.page_year and start >= self.page_year:
                    return "next"  # a page of November 2025 on "nhiệm kỳ 2025 – 2030, Đoàn phường phấn đấu: ..."
                if self.term_past:
                    return "past"
                # a page of June 2023 on "Nhiệm kỳ 2018 - 2023, ...": the term it closes
                return "past" if self.page_year and start < self.page_year else "next"
            return "next" if start >= self.year else "past"
        school = SCHOOL_YEAR_START.match(body)
        if school and len(self.school_years) > 1:
            return "next" if int(school.group(1)) == max(self.school_years) else "past"
        semester = SEMESTER_START.match(body)
        if semester and len(self.semesters) > 1:
            return "next" if ROMAN[semester.group(1).lower()] == max(self.semesters) else "past"
        y = YEAR_START.match(body)
        if y and self.year:
            # "Năm 2025, Mặt trận huyện tập trung ..." in a review of 2024: the plan;
            # "Năm 2024, ..." in the same review: the report
            year = int(y.group(1))
            # (an earlier year is reported too: "Năm 2022, ... đã ..." before the 2023 programme)
            return "next" if year == self.year + 1 else "past" if year <= self.year else ""
        m = PERIOD_START.match(body)
        if not m:
            return ""
        if m.group("half"):
            return "next" if m.group("half").lower() == "cuối" else "past"
        if m.group("q") is None and m.group("rest") is None and m.group("tq") is None and m.group("ahead") is None:
            return "past"  # "9 tháng năm 2023", "6 tháng qua"
        if m.group("rest") or m.group("ahead"):
            return "next"
        if m.group("tq"):
            # "thời gian đến" is "thời gian tới" in the centre of the country
            return "next" if m.group("tq").lower() in ("tới", "sắp tới", "mới", "đến", "tiếp theo", "còn lại") else "past"
        qm = QUARTER.match(m.group("q"))
        q = ROMAN[qm.group(1).lower()]
        if self.covered and 3 * (q - 1) >= self.covered:
            return "next"
        if self.next_q is None:
            return "past"
        y = int(qm.group(2)) if qm.group(2) else self.next_q[0]
        return "next" if (y, q) == self.next_q else "past"
