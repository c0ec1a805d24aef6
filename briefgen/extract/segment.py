"""Cut a paragraph into sentences and a sentence into clauses, with offsets.

A hand-written splitter rather than a tokenizer, because every piece must map
back to exact character offsets of the document (quotes stay verbatim), and
because scraped text has its own habits: an ellipsis ending a sentence
("khóa XIII… Hội nghị"), a byline glued to the last full stop
("giải quyết.Thủy Phương"), dates and fractions full of dots and slashes.
All loops are linear in the text length.
"""
from __future__ import annotations

import re
import unicodedata

END = re.compile(r"(?:\.{3}|…|[.!?])+[\"”’»)\]]*")
# Abbreviations that end in a full stop inside a sentence. A lone capital is
# not one of them: "quý I." and "khóa XIII." end sentences in this genre;
# but "Q." and "H." are a district ("Hội CCB Q. Sơn Trà", "H. Hòa Vang").
# Nor is "v.v.": it closes a list, and "... v.v. Trong thời gian tới" goes on
# with a new sentence.
ABBREV = re.compile(r"\b(?:TP|Tp|tp|TX|Tx|ThS|Ths|TS|PGS|GS|BS|KS|CN|St|TT|Th|ô|Mr|Mrs|Q|H)$")
OPENERS = "“\"‘'(-–—+•[«"
# an ellipsis closed by a full stop ("tham dự…. trong thời gian tới") ends
# the sentence whatever follows: pages drop the capital after it
# two-word sentence openers that no place name after "TP." starts with
OPENER_AFTER_ABBREV = re.compile(r"(?:Trong đó|Tuy nhiên|Bên cạnh|Đồng thời|Theo đó|Do đó|Ngoài ra|Qua đó|Vì vậy|Từ đó|Cùng với)\b")
ELLIPSIS_STOP = re.compile(r"(?:…|\.{3})\.")


# "... Ảnh: Thanh Hương Quý I/2024, Mặt trận ...": on a page flattened to one
# line a photo credit runs into the next sentence; it ends after the name
# (case matters: a name is capitalised words followed by another capital)
CREDIT = re.compile(r"\b(?:Ảnh|Nguồn)\s*:\s*(?:[A-ZĐÀ-Ỹ][\w’']*\s+){1,3}(?:[-–—/]\s*[A-ZĐÀ-Ỹ]{2,}\s*\|?\s*)?(?=[A-ZĐÀ-Ỹ])")


# "... phát biểu tại buổi sinh hoạt chi Hội Tại buổi sinh hoạt, ...": a caption
# run into the next sentence. Vietnamese capitalises names, not these words, so
# one of them capitalised after a word starts a new sentence.
CAPITAL_OPENER = re.compile(
    r"(?<=\w)\s+(?=(?:Tại|Trong|Theo|Sau khi|Sau đó|Qua đó|Để|Đến nay|Bên cạnh|Ngoài ra|Tuy nhiên|Đồng thời|Cùng với)\s)"
    # "... báo cáo kết quả công tác năm 2024 Năm 2024, Ủy ban ...": a caption, then the text
    r"|(?<=\w)\s+(?=Năm \d{4}\s*,)")


# a second directive joined by "và" to praise or to a first directive is a
# sentence of its own, with its own addressee: "... đánh giá cao công tác chuẩn
# bị Đại hội và đề nghị Ban Thường trực sửa đổi ... và đề nghị chương trình
# công tác phải gắn với chỉ tiêu ..."
AND_DIRECTIVE = re.compile(
    r"(?<=\w)\s+(?=và (?:đồng thời )?(?:đề nghị\b(?! của)|yêu cầu (?:các|cấp|Mặt trận|MTTQ|Ủy ban|Uỷ ban|Ban|Hội"
    r"|Đoàn|UBND|chính quyền|đơn vị|địa phương|đồng chí|cán bộ)\b))", re.IGNORECASE)


# ... when the sentence so far praises or directs: "chủ động nắm bắt dư luận
# Nhân dân và đề nghị chính quyền giải quyết ..." reports what the Front did
DIRECTING = re.compile(r"\b(?:đề nghị|yêu cầu|đánh giá cao|ghi nhận|biểu dương|hoan nghênh|khen ngợi)\b", re.IGNORECASE)


def _directing_before(text: str, start: int, cut: int) -> bool:
    since = max(text.rfind(".", start, cut), text.rfind("!", start, cut), text.rfind("?", start, cut), start)
    return DIRECTING.search(text, since, cut) is not None


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    s = start
    cuts = sorted([m.end() for m in CREDIT.finditer(text, start, end)]
                  + [m.end() for m in CAPITAL_OPENER.finditer(text, start, end)]
                  + [m.end() for m in AND_DIRECTIVE.finditer(text, start, end) if _directing_before(text, start, m.start())])
    for cut in cuts:
        if cut > s:
            pieces.append((s, cut))
            s = cut
    pieces.append((s, end))
    return [span for a, b in pieces for span in _sentences(text, a, b)]


# a period that opens a sentence glued to the last word of the one before
PERIOD_AFTER_GLUE = re.compile(r"\d+ (?:tháng|năm|quý)\b", re.IGNORECASE)


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    s = start
    for m in END.finditer(text, start, end):
        j = m.end()
        if j >= end:
            break
        if ELLIPSIS_STOP.search(m.group()) and (text[j].isspace() or text[j].isalpha()):
            pass
        elif text[j].isspace():
            k = j
            while k < end and text[k].isspace():
                k += 1
            if k >= end:
                break
            nxt = text[k]
            if not (nxt.isupper() or nxt.isdigit() or nxt in OPENERS or _decoration(nxt)):
                continue
            if m.group().startswith(".") and len(m.group()) == 1 and ABBREV.search(text, max(s, m.start() - 6), m.start()) \
                    and not OPENER_AFTER_ABBREV.match(text, k):
                continue  # "TP. Hồ Chí Minh", but "... cho người dân ở TP. Trong đó, ..." ends there
        elif text[j].isupper() and m.group() == "." and m.start() > s and text[m.start() - 1].islower():
            pass  # "giải quyết.Thủy Phương": a byline glued to the last sentence
        elif m.group() == "." and m.start() > s + 1 and text[m.start() - 2:m.start()].isalpha() \
                and text[m.start() - 1].islower() and PERIOD_AFTER_GLUE.match(text, j):
            pass  # "... tại điểm cầu tỉnh An Giang.6 tháng cuối năm 2021, ...": the next period glued on
        elif text[j].isupper() and m.group() in ("...", "…") and m.start() > s \
                and (text[m.start() - 1].islower() or text[m.start() - 1] in ",”") and text[j + 1:j + 2].islower():
            pass  # "được triển khai tích cực...Tại Hội nghị", "Làng phụ nữ kiểu mẫu”,…Tuy nhiên": glued to the next sentence
        else:
            continue
        out.append(trim_span(text, s, j))
        s = j
    if s < end:
        out.append(trim_span(text, s, end))
    return [(a, b) for a, b in out if b > a]


# a contrast, or a directive after praise, opens a clause of its own after a comma
CLAUSE_AFTER_COMMA = re.compile(
    r",\s+(?=(?:tuy nhiên|tuy vậy|song|nhưng|mặt khác)\b[ ,]"
    # praise, then the directive: "ghi nhận những kết quả ..., đồng thời nhấn mạnh ... cần ..."
    r"|đồng thời,? (?:đề nghị|yêu cầu|nhấn mạnh|lưu ý|chỉ đạo|giao)\b"
    # ... or after shortcomings pointed out: "chỉ ra một số tồn tại ..., đồng thời cho rằng Cần Thơ cần ..."
    r"|đồng thời,? cho rằng (?=[^.;]{0,80}\b(?:cần|phải)\b)"
    # a result, then the target that follows it: "đến nay xã đã đạt 16/19 tiêu chí, phấn đấu cuối năm 2019 ..."
    r"|phấn đấu (?=(?:đến |trong )?(?:cuối )?năm \d{4}\b)"
    # an assessment, then what follows from it: "TPHCM có nhiều mô hình mới ..., nên các tổ chức cần ..."
    r"|(?:nên|vì vậy|do đó|vì thế) (?=[^.;,]{0,60}\b(?:cần(?! (?:thơ|giờ|giuộc|đước)\b)|phải)\b)"
    # what is done, then by when the rest will be: "Đã có 3/63 tỉnh tổ chức Đại hội ..., đến cuối tháng 8/2024 sẽ hoàn thành ..."
    r"|(?:đến|trong|từ nay đến) (?:cuối |hết |giữa |đầu )?(?:tháng|quý|năm) (?=[^.;,]{0,30}\b(?:sẽ|dự kiến)\b)"
    # what is done, then the plan that follows from it, with its own subject: "... đã tổ chức quán triệt
    # Nghị quyết 43, từ nội dung này, Ủy ban Trung ương MTTQ sẽ xây dựng Chương trình hành động ..."
    # (not a consequence: "..., từ đó sẽ giúp hội viên ...")
    r"|(?:từ đó|từ nội dung (?:này|đó)|trên cơ sở đó),?\s+(?=(?!sẽ\b)[^.;,]{3,80}?\bsẽ\b)"
    # what is done, then what remains: "... đã có 820/859 chi hội tổ chức ..., còn đơn vị Châu Thành sẽ ..."
    r"|còn (?=[^.;,]{0,60}\b(?:sẽ|dự kiến)\b)"
    # ... or what falls short: "đạt và vượt 22 chỉ tiêu, còn 01 chỉ tiêu ... đạt gần 60%"
    r"|còn (?:lại )?(?:gần |hơn |trên |khoảng )?\d[\d.,/]*\s+[^.;,]{0,60}?\b(?:cần|chưa|đạt (?:gần|dưới))\b)", re.IGNORECASE)


# "Đến nay, huyện hoàn thành hội thi ở 4 cụm và dự kiến sẽ tổ chức chung kết ...": what is
# done, then the plan, without a comma (only after a deed done: DONE_BEFORE)
DONE_THEN_PLAN = re.compile(r"(?<=\w)\s+và\s+(?=(?:dự kiến|sẽ)\b(?!\s+(?:là|đóng vai trò|góp phần|tạo|giúp|mang lại|trở thành)\b))",
                            re.IGNORECASE)  # not a prediction: "... và sẽ đóng vai trò nòng cốt ..."
DONE_BEFORE = re.compile(r"\b(?:đã|đến nay|hoàn thành|hoàn tất|xong)\b", re.IGNORECASE)

# ... only after a gain ("ngày càng được nâng lên nhưng ..."): "có ý kiến băn
# khoăn nhưng chưa được giải thích" is one shortcoming
GAIN_BEFORE = re.compile(
    r"(?:nâng lên|nâng cao|cải thiện|tăng lên|tăng|củng cố|đổi mới|chuyển biến(?: tích cực)?|phát triển|mở rộng"
    r"|đa dạng(?: hơn)?)(?: rõ rệt| đáng kể| hơn)?\s*$", re.IGNORECASE)

# "mặc dù / tuy / dù ... nhưng": the concession and its main clause stay one
CONCESSION_BEFORE = re.compile(r"\b(?:mặc dù|tuy|dù|dẫu)\b", re.IGNORECASE)

# "Trong nhiệm kỳ qua, mặc dù gặp nhiều khó khăn ..., song Hội đã ...": the
# concession and its main clause stay one statement (not "Tuy nhiên, ... nhưng")
CONCESSION_WORD = r"\b(?:mặc dù|tuy(?! nhiên| vậy)|dẫu(?! vậy))\b"
OPEN_CONCESSION = re.compile(CONCESSION_WORD, re.IGNORECASE)
CONTRAST_WORD = re.compile(r"(?:song|nhưng|tuy vậy|tuy nhiên)\b", re.IGNORECASE)
# "công tác tuyên truyền ... gặp nhiều khó khăn, nhưng Hội Luật gia tỉnh đã
# chủ động ...": a hardship met, and what was done despite it, stay one too
HARDSHIP_MET = re.compile(r"\b(?:gặp|có|còn) (?:rất |không ít |nhiều |những )*(?:khó khăn|thách thức)\b[^,.;]{0,60}$",
                          re.IGNORECASE)
DONE_AFTER_CONTRAST = re.compile(r"(?:song|nhưng)\b[^.;]{0,80}?\bđã\b", re.IGNORECASE)
# (a shortfall of the unit's own is a shortcoming of its own: "mặc dù lực lượng
# cán bộ mỏng, việc triển khai ... còn khó khăn, song ...")
OWN_SHORTFALL = re.compile(r"\b(?:chưa|thiếu|mỏng|yếu|hạn chế|chậm)\b"
                           r"|\bcòn (?!(?:gặp )?(?:rất )?(?:nhiều |một số |những )?(?:khó khăn|thách thức)\b)", re.IGNORECASE)


def _conceded(text: str, start: int, comma: int, after: int) -> bool:
    """The comma before "song" / "nhưng" closes a concession opened before it in the
    sentence, or a hardship met that what was done after it overcame."""
    if not CONTRAST_WORD.match(text, after):
        return False
    if (HARDSHIP_MET.search(text, start, comma) and DONE_AFTER_CONTRAST.match(text, after)
            and not OWN_SHORTFALL.search(text, start, comma)):
        return True
    opened = OPEN_CONCESSION.search(text, start, comma)
    return bool(opened) and not OWN_SHORTFALL.search(text, opened.end(), comma)


# ... and the main clause decides what the statement is (classify._refine)
CONCEDED = re.compile(CONCESSION_WORD + r"[^.;]*?,\s*(?:song|nhưng)\b\s*", re.IGNORECASE)

# a gain, then its shortcoming with no comma between: "... ngày càng được nâng
# lên nhưng không đồng đều giữa các khu vực" (not "... nhưng không ngừng ...")
CONTRAST_NO_COMMA = re.compile(
    r"(?<=\w)\s+(?=(?:nhưng|song) (?:vẫn )?(?:chưa|còn|không (?!ngừng|để|làm|vì|chỉ|những|phải|hề))\b)",
    re.IGNORECASE)

# a part that starts with a preposition or conjunction continues the previous
# one ("...; với các tổ chức, doanh nghiệp trong việc huy động nguồn lực")
CONTINUATION = re.compile(r"(?:với|và|cho|của|trong|tại|đối với|cũng như|hoặc|hay|cùng)\s", re.IGNORECASE)


# "Có 169 CĐCS bầu trực tiếp ...; 12 CĐCS không tổ chức đại hội": a count that
# fell short after counts that did not is a shortcoming of its own
COUNT_FELL_SHORT = re.compile(r"[\d.,/%]+\s+[^;]{0,40}?\b(?:không|chưa)\b")


def _quoted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The “...” of a sentence: a motto ("Với chủ đề “Tăng cường ...; Xây dựng
    Đoàn vững mạnh; ...”") is one name, its ";" cut no clause. A quotation
    left open runs to the end only when the excerpt ends there (cut off)."""
    out, i = [], start
    while (o := text.find("“", i, end)) >= 0:
        c = text.find("”", o + 1, end)
        if c < 0:
            if not text[end:].strip():
                out.append((o, end))
            break
        out.append((o, c))
        i = c + 1
    return out


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split at ";" (and before ", tuy nhiên ...", ", đồng thời đề nghị ...", after a deed's "và" before
    "dự kiến / sẽ"), where each part is a statement of its own.

    "X đã tổ chức ..., tuy nhiên số doanh nghiệp tham gia còn ít" holds a
    result and a shortcoming: the contrast after the comma starts a new clause.

    A part is glued to the next one when the ";" only separates members of a
    list: the next part starts with a count ("217/217 xã ...; 14/15 quận ...")
    or the part is too short to say anything (fewer than four words); but not
    a count that fell short ("...; 12 CĐCS không tổ chức đại hội") after counts that did not.
    """
    quoted = _quoted(text, start, end)
    cuts = [i + 1 for i in range(start, end) if text[i] == ";" and not any(o < i < c for o, c in quoted)]
    cuts += [m.start() + 1 for m in CLAUSE_AFTER_COMMA.finditer(text, start, end)
             if not _conceded(text, start, m.start(), m.end())]
    cuts += [m.end() for m in CONTRAST_NO_COMMA.finditer(text, start, end)
             if GAIN_BEFORE.search(text, start, m.start()) and not CONCESSION_BEFORE.search(text, start, m.start())]
    cuts += [m.end() for m in DONE_THEN_PLAN.finditer(text, start, end) if DONE_BEFORE.search(text, start, m.start())]
    parts = []
    s = start
    for c in sorted(cuts):
        parts.append((s, c))
        s = c
    parts.append((s, end))
    parts = [trim_span(text, a, b) for a, b in parts]
    parts = [(a, b) for a, b in parts if b > a]
    merged: list[tuple[int, int]] = []
    for a, b in parts:
        if merged:
            pa, pb = merged[-1]
            prev_words = len(text[pa:pb].split())
            counted = text[a].isdigit() and not (COUNT_FELL_SHORT.match(text, a, b)
                                                 and not COUNT_FELL_SHORT.search(text, pa, pb))
            if counted or prev_words < 4 or CONTINUATION.match(text, a):
                merged[-1] = (pa, b)
                continue
        merged.append((a, b))
    return merged


def _decoration(ch: str) -> bool:
    # "🌺 Tham dự buổi làm việc, ...", "❖ Năm 2024, ...": pages put emoji and
    # dingbats where a list marker would go; with the variation selector after them
    return ch.isspace() or unicodedata.category(ch) == "So" or ch == "\ufe0f"


def trim_span(text: str, s: int, e: int) -> tuple[int, int]:
    """The span without surrounding whitespace and leading emoji or dingbats."""
    while s < e and _decoration(text[s]):
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
