"""Article metadata with its evidence: title, unit and locality, periods,
meeting date, the chair. A value is given only when the text says it (or the
year is taken from the dateline when a period omits it); otherwise None.
Never guessed from the file name or from other articles.
"""
from __future__ import annotations

import re
from collections import Counter

from briefgen.extract.periods import QUARTER, ROMAN, plans_year
from briefgen.model import ArticleMeta, Document, Evidence
from briefgen.extract.noise import Block
from briefgen.extract.rules import FLAGS
from briefgen import places

ROMAN_OF = {1: "I", 2: "II", 3: "III", 4: "IV"}
LEVELS = {"tỉnh": "tỉnh", "thành phố": "thành phố", "huyện": "huyện", "thị xã": "thị xã", "quận": "quận",
          "phường": "phường", "xã": "xã", "thị trấn": "thị trấn", "đặc khu": "đặc khu",
          "tp": "thành phố", "tp.": "thành phố"}
COMMITTEE_LEVEL = {"tỉnh ủy": "tỉnh", "tỉnh uỷ": "tỉnh", "thành ủy": "thành phố", "thành uỷ": "thành phố",
                   "huyện ủy": "huyện", "huyện uỷ": "huyện", "thị ủy": "thị xã", "thị uỷ": "thị xã",
                   "quận ủy": "quận", "quận uỷ": "quận"}
UPPER = "A-ZĐÀ-ỸÂĂÊÔƠƯÁÉÍÓÚÝ"
# "Cư M'gar", "Ea H’leo", "Đắk R'lấp", "Phan Rang-Tháp Chàm": an apostrophe or
# hyphen inside a place name does not end it
NAME_WORD = rf"[{UPPER}][\wÀ-ỹ]*(?:['’-][\wÀ-ỹ]+)*"
NOT_NAME = {"đoàn", "hội", "nhiệm", "năm", "quý", "lần", "khóa", "khoá", "giai", "đoạn", "về", "và", "với",
            "tổ", "quốc", "mặt", "trận", "ủy", "uỷ", "ban", "hđnd", "ubnd", "lần", "thứ", "tháng", "đã", "đến"}
# "xã hội", "đặc khu kinh tế", "TP" alone: these words name a place only before a capital
CAPITAL_NEXT = rf"(?=[ \t]+(?-i:[{UPPER}]))"
LOCALITY = re.compile(rf"\b(tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|huyện ủy|huyện uỷ|thị ủy|thị uỷ|quận ủy|quận uỷ|tỉnh|thành phố|huyện|thị xã|thị trấn|quận|phường|(?:tp\.?|xã|đặc khu){CAPITAL_NEXT})[ \t]+((?:{NAME_WORD}[ \t]?){{1,4}})", FLAGS)
COMMITTEE = re.compile(r"\b(tỉnh|thành|huyện|thị|quận) (ủy|uỷ)\b", FLAGS)
DATELINE = re.compile(r"\b(sáng|chiều|tối|trưa|ngày)\s+(?:ngày\s+)?(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?", FLAGS)
# "Nghị quyết số 46-NQ/TW ngày 20/12/2023": the date of a document, not of the meeting.
DOCUMENT_NUMBER = re.compile(r"(\bsố\s*\d[\w./-]*|\b\d+[-/][\w./-]*[A-ZĐ]{2}[\w./-]*)\s*$")
FULL_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
YEAR = re.compile(r"\b(20\d\d|19\d\d)\b")
HALF = re.compile(r"\b(\d{1,2}|sáu|chín|bảy|ba) tháng (đầu |cuối )?năm(?:\s+(\d{4}))?", FLAGS)
HALF_NO_YEAR = re.compile(r"\b(\d{1,2}|sáu|chín|bảy|ba) tháng (đầu|cuối)\b", FLAGS)
WHOLE_YEAR = re.compile(r"(?:\b(?:tổng kết|sơ kết|trong|kết quả|công tác)(?: công tác)? |(?:^|\n|[.!?] ))năm (\d{4})\b", FLAGS)
NEXT_YEAR = re.compile(r"\b(?:nhiệm vụ|phương hướng|kế hoạch|chương trình)[^.;]{0,40}?\bnăm (\d{4})\b", FLAGS)
FUTURE_CONTEXT = re.compile(r"\b(nhiệm vụ|phương hướng|triển khai|kế hoạch|bàn|tới|sắp tới|sẽ)\b[^.;]{0,60}$", FLAGS)
SEMESTER = re.compile(r"\bhọc kỳ\s+(II|I|1|2)\b(?:\s+(?:của\s+)?năm học\s+(\d{4}\s*[-–]\s*\d{4}))?", FLAGS)
REST = re.compile(r"\bnhững tháng (còn lại|cuối)(?: (?:của )?năm)?(?:\s+(\d{4}))?", FLAGS)
WORD_NUM = {"sáu": "6", "chín": "9", "bảy": "7", "ba": "3"}
COMRADE = re.compile(r"\b(?:đồng chí|ông|bà)\s+([^,;.():–-]{3,120})", FLAGS)
TITLE_WORDS = {"phó", "bí", "thư", "thường", "trực", "vụ", "tỉnh", "thành", "huyện", "quận", "ủy", "uỷ",
               "tịch", "trưởng", "ban", "viên", "uvtw", "uvtv", "đảng", "hđnd", "ubnd", "dân", "vận",
               "tuyên", "giáo", "mttq", "ubmttq", "xã", "phố", "uv", "bch", "tw", "tu", "biểu", "tổ", "chức",
               "kiểm", "tra", "chánh", "phòng", "nội", "trị"}
# words that are titles only before certain words ("Thị ủy", "Văn phòng") and names elsewhere
CONTEXT_TITLE = {"chủ": ("tịch", "nhiệm"), "thị": ("ủy", "uỷ", "xã"), "văn": ("phòng",), "quốc": ("hội",), "đoàn": ("đại", "thanh", "tn"),
                 "đại": ("biểu", "hội"), "hội": ("đồng", "liên", "nông", "cựu", "phụ"), "chính": ("trị", "quyền")}
PERSON_BEFORE = re.compile(r"(bí thư|chủ tịch|ủy viên|uỷ viên|trưởng ban|phó|đồng chí|ông|bà)\s*$", FLAGS)


def _ev(value, text, m) -> Evidence:
    return Evidence(value, text[m.start():m.end()], m.start())


def _title(doc: Document, blocks: list[Block]) -> Evidence | None:
    if doc.title:
        return Evidence(doc.title.strip(), doc.title.strip())
    candidates = [b for b in blocks if b.kind == "heading"]
    for b in candidates:
        t = doc.text[b.start:b.end].strip()
        letters = [c for c in t if c.isalpha()]
        if len(t.split()) >= 6 and letters and sum(c.isupper() for c in letters) / len(letters) < 0.6:
            return Evidence(t, t, b.start)
    if candidates:
        b = candidates[0]
        t = doc.text[b.start:b.end].strip()
        return Evidence(t, t, b.start)
    return None


def _clean_name(raw: str) -> str | None:
    words = []
    for w in raw.split():
        if w.lower() in NOT_NAME or not w[0].isupper():
            break
        words.append(w)
    if not words:
        return None
    if all(w.isupper() for w in words):
        words = [w.capitalize() for w in words]
    return " ".join(words[:4])


def _known(level: str, name: str) -> str | None:
    """The longest leading words of ``name`` that the gazetteer knows as a unit of
    ``level`` in either system (before or after 01/7/2025): "Văn Lãng Tổng Kết" ->
    "Văn Lãng"; a province abbreviation gets its name ("HCM" -> "Hồ Chí Minh")."""
    words = name.split()
    for n in range(len(words), 0, -1):
        part = " ".join(words[:n])
        if places.is_unit(level, part):
            return part
    if level in ("tỉnh", "thành phố"):
        return places.province_as_named(name)
    return None


def _locality(text: str):
    names: Counter = Counter()
    first = {}
    level_only: Counter = Counter()
    for m in LOCALITY.finditer(text):
        kind = m.group(1).lower()
        level = LEVELS.get(kind) or COMMITTEE_LEVEL.get(kind)
        name = _clean_name(m.group(2))
        known = _known(level, name) if name else None
        if name and not known and kind in COMMITTEE_LEVEL \
                and PERSON_BEFORE.search(text[max(0, m.start() - 25):m.start()]):
            continue  # "Bí thư Tỉnh ủy Lê Quang Tùng": a person; "Bí thư Tỉnh ủy Điện Biên": a place
        if name:
            key = (level, known or name, known is not None)
            names[key] += 1
            first.setdefault(key, m)
    for m in COMMITTEE.finditer(text):
        level_only[COMMITTEE_LEVEL[f"{m.group(1).lower()} {m.group(2).lower()}"]] += 1
    if names:
        # a place the gazetteer knows first, then the most named, then the first named
        key, _ = max(names.items(), key=lambda kv: (kv[0][2], kv[1], -first[kv[0]].start()))
        m = first[key]
        return _ev(key[0], text, m), _ev(key[1], text, m)
    if level_only:
        level = level_only.most_common(1)[0][0]
        m = next(m for m in COMMITTEE.finditer(text)
                 if COMMITTEE_LEVEL[f"{m.group(1).lower()} {m.group(2).lower()}"] == level)
        return _ev(level, text, m), None
    return None, None


def _of_document(text: str, m: re.Match) -> bool:
    return bool(DOCUMENT_NUMBER.search(text[max(0, m.start() - 40):m.start()].removesuffix("ngày ")))


def _year_hint(doc: Document, text: str) -> int | None:
    for m in FULL_DATE.finditer(text[:600]):
        if not _of_document(text, m):
            return int(m.group(3))
    if doc.date and YEAR.match(doc.date):
        return int(doc.date[:4])
    years = Counter(int(y) for y in YEAR.findall(text))
    return years.most_common(1)[0][0] if years else None


def _months(n: str) -> int:
    return int(WORD_NUM.get(n.lower(), n))


def _periods(text: str, year: int | None):
    """Reported and next period. Quarters are ordered (the later one is next);
    a quarter after the months reported ("9 tháng" then "quý IV") or named in
    a plan ("nhiệm vụ quý IV") is next; "cuối năm", "còn lại" are next."""
    past, nxt = [], []
    halves = []
    for m in HALF.finditer(text):
        n, which, y = _months(m.group(1)), (m.group(2) or "").strip().lower(), m.group(3) or year
        value = f"{n} tháng {which + ' ' if which else ''}năm" + (f" {y}" if y else "")
        halves.append((m, n, which, value))
    covered = [n for _, n, which, _ in halves if which != "cuối"]
    second_half = any(which == "cuối" for _, _, which, _ in halves)
    whole_years = [int(m.group(1)) for m in WHOLE_YEAR.finditer(text)]
    for m, n, which, value in halves:
        (nxt if which == "cuối" else past).append((m, value))
    if not halves:
        for m in HALF_NO_YEAR.finditer(text):
            n, which = _months(m.group(1)), m.group(2).lower()
            value = f"{n} tháng {which} năm" + (f" {year}" if year else "")
            (nxt if which == "cuối" else past).append((m, value))
    quarters = []
    for m in QUARTER.finditer(text):
        quarters.append((m, ROMAN[m.group(1).lower()], int(m.group(2)) if m.group(2) else None))
    qyear = next((y for _, _, y in quarters if y), year)
    distinct = sorted({q for _, q, _ in quarters})
    for m, q, y in quarters:
        value = f"quý {ROMAN_OF[q]}/{y or qyear}" if (y or qyear) else f"quý {ROMAN_OF[q]}"
        later = len(distinct) > 1 and q == distinct[-1]
        after_months = bool(covered) and 3 * (q - 1) >= max(covered)
        planned = len(distinct) == 1 and FUTURE_CONTEXT.search(text[max(0, m.start() - 80):m.start()])
        beyond = (second_half and q >= 3 and not covered) or (
            bool(whole_years) and (y or qyear or 0) > max(whole_years))
        (nxt if later or after_months or planned or beyond else past).append((m, value))
    for m in REST.finditer(text):
        y = m.group(2) or year
        nxt.append((m, f"những tháng {m.group(1).lower()} năm" + (f" {y}" if y else "")))
    # a school year's halves: with both named, the first is reported and the second
    # is next; one named alone ("sơ kết học kỳ II") is the one reported
    semesters = [(m, ROMAN[m.group(1).lower()], m.group(2)) for m in SEMESTER.finditer(text)]
    both = len({n for _, n, _ in semesters}) > 1
    school_year = next((sy for _, _, sy in semesters if sy), None)
    for m, n, sy in semesters:
        years = re.sub(r"\s*[-–]\s*", "-", sy or school_year or "")
        value = f"học kỳ {ROMAN_OF[n]}" + (f" năm học {years}" if years else "")
        (nxt if both and n == 2 else past).append((m, value))
    if not past:
        for m in WHOLE_YEAR.finditer(text):
            if plans_year(text, m.start(1)) and not any(m2.start() < m.start(1) for m2 in YEAR.finditer(text)):
                nxt.append((m, f"năm {m.group(1)}"))  # "Trong năm qua, ... Năm 2020, Hội tiếp tục ..."
                continue
            past.append((m, f"năm {m.group(1)}"))
        reported = {v for _, v in past}
        for m in NEXT_YEAR.finditer(text):
            if f"năm {m.group(1)}" not in reported and not nxt:
                nxt.append((m, f"năm {m.group(1)}"))

    def pick(found):
        if not found:
            return None
        # the most specific (with a year) first mention
        found.sort(key=lambda mv: (not re.search(r"\d{4}", mv[1]), mv[0].start()))
        m, value = found[0]
        return _ev(value, text, m)
    return pick(past), pick(nxt)


def _meeting_date(text: str, year: int | None, period: str | None):
    whole_year = re.fullmatch(r"năm (\d{4})", period or "")
    for m in DATELINE.finditer(text):
        if _of_document(text, m):
            continue
        d, mo, y = int(m.group(2)), int(m.group(3)), m.group(4) or year
        if not m.group(4) and whole_year and mo <= 2 and y == int(whole_year.group(1)):
            y += 1  # a year is reviewed in the first months of the next
        if 1 <= d <= 31 and 1 <= mo <= 12 and y:
            return _ev(f"{int(y):04d}-{mo:02d}-{d:02d}", text, m)
    return None


def _is_title_word(words: list[str], i: int) -> bool:
    low = words[i].lower()
    if low in CONTEXT_TITLE:  # "Thị ủy" is a title, "Nguyễn Thị Lan" a name
        return i + 1 < len(words) and words[i + 1].lower() in CONTEXT_TITLE[low]
    return low in TITLE_WORDS


def _person_name(words: list[str]) -> list[str]:
    """The capitalised words after any title words: "Phó Bí thư Tỉnh ủy Phương Thị Thanh"."""
    name: list[str] = []
    for i, w in enumerate(words):
        if _is_title_word(words, i):
            if name:
                break
            continue
        if w[0].isupper() or (not name and w[0].isalpha() and i + 1 < len(words) and words[i + 1][0].isupper()):
            name.append(w)
        else:
            break
    return name


def _title_words(raw: str) -> str | None:
    """Keep a title up to the first verb-like lowercase word ("... Thành uỷ chủ trì")."""
    words = raw.split()
    kept = []
    for i, w in enumerate(words):
        if w[0].isupper() or _is_title_word(words, i) or w.lower() in ("thường", "trực", "của"):
            kept.append(w)
        else:
            break
    return " ".join(kept) or None


def _chair(text: str):
    """The person who chaired: named in the "chủ trì" sentence, else the first
    comrade named outside an attendance list."""
    sentences = re.split(r"(?<=[.!?])\s+", text)
    ordered = [s for s in sentences if re.search(r"\bchủ trì\b", s, FLAGS)]
    ordered += [s for s in sentences if re.search(r"\b(kết luận|phát biểu|chỉ đạo)\b", s, FLAGS)]
    ordered += [s for s in sentences if not re.match(r"\s*(cùng )?(dự|tham dự)", s, FLAGS)]
    for s in ordered:
        for m in COMRADE.finditer(s):
            name = _person_name(m.group(1).split())
            if 2 <= len(name) <= 4:
                full = " ".join(w[0].upper() + w[1:] for w in name)
                idx = text.find(m.group(0))
                after = text[idx + len(m.group(0)):idx + len(m.group(0)) + 120]
                tm = re.match(r"\s*[,–-]\s*([^,;.]{3,80})", after)
                chair_title = _title_words(tm.group(1)) if tm else None
                ev = Evidence(full, m.group(0), idx)
                return ev, (Evidence(chair_title, chair_title, idx) if chair_title else None)
    return None, None


def extract_meta(doc: Document, blocks: list[Block]) -> ArticleMeta:
    text = doc.text
    year = _year_hint(doc, text)
    unit_level, locality = _locality(text)
    period, next_period = _periods(text, year)
    if year is None and period is not None:
        ym = YEAR.search(period.value)
        year = int(ym.group(1)) if ym else None
    chair, chair_title = _chair(text)
    return ArticleMeta(
        title=_title(doc, blocks),
        unit_level=unit_level,
        locality=locality,
        period=period,
        next_period=next_period,
        meeting_date=_meeting_date(text, year, period.value if period else None),
        chair=chair,
        chair_title=chair_title,
        url=Evidence(doc.url, doc.url) if doc.url else None,
    )
