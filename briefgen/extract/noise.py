"""Separate the article text from page noise, and cut it into paragraphs.

Scraped pages keep menus, counters, captions, bylines and related links. Such
lines are recognised by the ``noise_lines`` rules, by being short and
unterminated (a menu item, a byline, a headline), or by standing in several
inputs at once (site chrome, passed in as ``chrome``). Hard line breaks inside
a sentence are undone by joining a line that does not end a sentence with the
next one. Everything dropped is kept with its reason for the explain command
and the audit page; offsets always refer to the unchanged document text, so
quotes stay verbatim.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from briefgen.model import Dropped
from briefgen.extract.rules import Rules
from briefgen.extract.segment import trim_span

TERMINAL = tuple(".!?…;:")
CLOSERS = "\"”’)»]"
BULLET = re.compile(r"^\s*(?:[-+•*–—●▪◦]|[a-zđ][).]|\d{1,2}[).](?!\d))\s*", re.IGNORECASE)
HEADLINE_MAX_WORDS = 30
# The page's first paragraph, unterminated, is its headline even when long: a
# magazine lists the themes of a review in it, separated by semicolons.
FIRST_HEADLINE_MAX_WORDS = 60
SHORT_MAX_WORDS = 5
WORD = re.compile(r"\w+")
# a full stop inside: sentences followed by page tools ("... chống dịch. Chia sẻ: Facebook"), not a headline
INNER_SENTENCE_END = re.compile(r"\w[.!?…]\s+[A-ZĐÀ-Ỹ]")
# the news lead's dateline ("Chiều 10-2, Ban vận động ..."): a paragraph starts
# here, and an unterminated line above it is the headline, even one with a figure
SOURCE_TAG = re.compile(r"\([\w.-]+\.(?:vn|com|net|org)\)\s*[-–]|\(?[A-ZĐ][A-ZĐ&]{1,7}\)?\s*[-–]\s+[A-ZĐ]{2,}")
DATELINE = re.compile(r"(?:Sáng|Chiều|Tối|Trưa|Ngày)(?: ngày)?\s+\d{1,2}\s*[/-]\s*\d{1,2}\b")
# "Tổng diện tích gieo cấy lúa xuân là 246 ha": a figure stated, not a headline
FIGURE_STATEMENT = re.compile(r"\b(?:là|đạt|đạt được|được)\s+(?:trên |gần |hơn )?\d[\d.,]*\s*(?:%|ha\b|tấn|tạ|triệu|tỷ|tỉ|đồng|hộ|người|hội viên|đoàn viên|lượt|cuộc|mô hình)")
WRAP_MIN_CHARS = 50
WRAP_SHARE = 0.5
WRAP_MAX_CHARS = 200


@dataclass(frozen=True)
class Block:
    """A paragraph of article text (kind "text", "bullet" or "heading")."""

    start: int
    end: int
    kind: str


def line_key(line: str) -> str:
    """How a line is compared across inputs to find repeated site chrome."""
    return " ".join(unicodedata.normalize("NFC", line).lower().split())


# A WordPress caption shortcode's tags: the opening tag is noise of its own
# (what follows is judged by itself: a caption ends with the closing tag, an
# excerpt cut before it may hold the page's paragraph), and the paragraph
# after a closing tag on the same line ("...[/caption]Hội nghị đã ...") is text
CAPTION_TAG = re.compile(r"^\s*\[caption\b[^\]\n]*\](?=\s*\S)|\[/caption\](?=\s*\S)")


def _lines(text: str):
    """Each line; each cell of a table row on its own ("| caption | paragraph |":
    a page's photo and its caption set beside the text, as saved from the web);
    a caption shortcode's tags end a line (its text is judged on its own)."""
    pos = 0
    for raw in text.split("\n"):
        if raw.lstrip().startswith("|") and raw.count("|") >= 2:
            cell = pos
            for part in raw.split("|"):
                yield cell, cell + len(part), part
                cell += len(part) + 1
        else:
            start = 0
            for tag in CAPTION_TAG.finditer(raw):
                yield pos + start, pos + tag.end(), raw[start:tag.end()]
                start = tag.end()
            yield pos + start, pos + len(raw), raw[start:]
        pos += len(raw) + 1


# "Hoài Anh - Trung tâm Truyền thông ...", "Đậu Thị Anh (Văn phòng Thị ủy)":
# a capitalised name, then the writer's office (case matters, so not a rule file regex)
BYLINE = re.compile(r"^(?:[A-ZĐÀ-Ỹ][\w’']*\s+){0,4}[A-ZĐÀ-Ỹ][\w’']*\s*(?:\(|[-–]\s)[^.!?]*$")


def _noise_reason(line: str, rules: Rules, chrome: frozenset[str]) -> str | None:
    if not WORD.search(line):
        return "không có chữ"
    if BYLINE.match(line) and len(line) < 120:
        return "tên tác giả, cơ quan của tác giả"
    if line_key(line) in chrome:
        return "dòng lặp lại ở nhiều bài (khung trang web)"
    rule, _ = rules.first("noise_lines", line)
    if rule:
        return rule.note
    return None


def _mostly_upper(chunk: str) -> bool:
    letters = [c for c in chunk if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _is_terminated(line: str) -> bool:
    """Ends a sentence: ".", "!", "?", "…", ";" or ":", possibly inside a closing quote or bracket."""
    return line.rstrip().rstrip(CLOSERS).endswith(TERMINAL)


def _hard_wrapped(text: str) -> bool:
    """Most long lines end mid-sentence: the text was wrapped at a fixed width
    (a typed or exported .txt), not written one paragraph per line (a web page)."""
    # the last line is left out: an excerpt or a cut-off page ends mid-sentence
    long_lines = [ln for ln in text.rstrip().split("\n")[:-1] if len(ln.strip()) >= WRAP_MIN_CHARS]
    if not long_lines:
        return False
    # a line far longer than any wrap width is a paragraph of its own, and a
    # caption after it ends without a full stop: neither says "wrapped"
    open_lines = sum(1 for ln in long_lines if not _is_terminated(ln) and len(ln.strip()) <= WRAP_MAX_CHARS)
    return open_lines > WRAP_SHARE * len(long_lines)


# A photo's alternative text and its caption: the same short line twice in a
# row (no news lead in the set starts with an agency's tag "(VOV5) -")
REPEATED_MAX_WORDS = 40
# A caption ends with its photo credit ("... chúc mừng Ban Chấp hành - Ảnh: H.Tr",
# "(Ảnh: Nguyệt Thu)"): the next line starts a new paragraph, even in a page
# that looks wrapped by hand because its captions end without a full stop.
CREDIT_END = re.compile(r"(?:^|[-–—(,.]|\s)\s*Ảnh\s*:\s*[^!?\n:]{1,40}\)?\s*$")
# a page's image in Markdown, "![caption](address)": compared by its caption
IMAGE_LINE = re.compile(r"^\s*!\[([^\]]*)\]\([^)]*\)\s*$")


def _repeated_lines(text: str) -> set[int]:
    """Starts of lines that the next or previous non-blank line repeats word for
    word; an image line ("![caption](address)") is compared by its caption."""
    spans = [(s, line_key(IMAGE_LINE.sub(r"\1", raw))) for s, _, raw in _lines(text) if raw.strip()]
    repeated = set()
    for (s1, k1), (s2, k2) in zip(spans, spans[1:]):
        if k1 == k2 and not k1.startswith("(") and len(k1.split()) <= REPEATED_MAX_WORDS:
            repeated.update((s1, s2))
    return repeated


def split_blocks(text: str, rules: Rules, chrome: frozenset[str] = frozenset()):
    """Return (paragraph blocks, dropped noise) for one document text."""
    blocks: list[Block] = []
    dropped: list[Dropped] = []
    para: list[tuple[int, int]] = []  # trimmed line spans of the current paragraph

    def flush():
        if para:
            _close_paragraph(text, para[0][0], para[-1][1], blocks, dropped, rules)
            para.clear()

    related = False  # past a "Tin liên quan" line: headlines of other articles
    wrapped_text = _hard_wrapped(text)
    repeated = _repeated_lines(text)
    headline = None  # the page's first line; the page may print it again at its end
    for s, e, raw in _lines(text):
        line_start = s
        s, e = trim_span(text, s, e)
        if s == e:
            flush()
            continue
        line = text[s:e]
        reason = _noise_reason(line, rules, chrome) or (
            "chú thích ảnh (cùng một dòng lặp lại liền nhau)" if line_start in repeated else None) or (
            "tiêu đề bài lặp lại" if line_key(line) == headline and not _is_terminated(line) else None)
        if headline is None:
            headline = line_key(line)
        if rules.related_marker.match(line):
            related = True
        elif related and not reason and (not _is_terminated(line) or len(WORD.findall(line)) < 30):
            reason = "tin liên quan (tiêu đề bài khác)"
        elif related and not reason:
            # a paragraph of prose: the links were a box before the article
            # ("Tin mới nhất" above the headline), not the end of the page
            related = False
        if reason:
            flush()
            dropped.append(Dropped(s, e, reason))
            continue
        if para:
            prev = text[para[-1][0]:para[-1][1]]
            # a web page puts each paragraph, caption or attendance list on its
            # own line; only a text wrapped by hand continues a sentence on the
            # next line with a capital or a figure
            wrapped = not _is_terminated(prev) and not BULLET.match(line) and (
                line[0].islower() or (wrapped_text and (line[0].isdigit() or len(prev) >= 60))
            ) and not DATELINE.match(line) and not _opens_with_source(line) and not CREDIT_END.search(prev)
            if not wrapped:
                flush()
        para.append((s, e))
    flush()
    _cut_off_ending(text, blocks)
    _headline_before_dateline(text, blocks)
    return blocks, dropped


def _opens_with_source(line: str) -> bool:
    """ "(Cadn.com.vn) - ĐÀ NẴNG - Ngày 20-4, ...": the article starts under its
    headline, even in a text wrapped by hand (a date may go on a wrapped line)."""
    return bool(SOURCE_TAG.match(line))


def _headline_before_dateline(text: str, blocks: list[Block]) -> None:
    """ "Năm 2024, Quỹ ... vận động được hơn 55,9 tỷ đồng" then "Chiều 10-2, ...":
    the unterminated first paragraph above the dateline is the headline."""
    if len(blocks) >= 2 and blocks[0].kind == "text" and DATELINE.match(text, blocks[1].start):
        first = text[blocks[0].start:blocks[0].end]
        if not _is_terminated(first) and "\n" not in first and len(WORD.findall(first)) <= HEADLINE_MAX_WORDS:
            blocks[0] = Block(blocks[0].start, blocks[0].end, "heading")


def _cut_off_ending(text: str, blocks: list[Block]) -> None:
    """An excerpt cut mid-sentence ends with an unterminated paragraph that
    looks like a headline; after article text it is the article's last words
    (a photo's caption with its credit may stand between)."""
    before = len(blocks) - 2
    while before > 0 and blocks[before].kind == "heading" \
            and CREDIT_END.search(text, blocks[before].start, blocks[before].end):
        before -= 1
    if before >= 0 and blocks[-1].kind == "heading" and blocks[before].kind in ("text", "bullet"):
        last = blocks[-1]
        chunk = text[last.start:last.end]
        if len(WORD.findall(chunk)) >= 8 and not _mostly_upper(chunk):
            blocks[-1] = Block(last.start, last.end, "text")


def _is_caption(chunk: str) -> bool:
    """One sentence that ends with a photo's credit."""
    credit = CREDIT_END.search(chunk)
    return credit is not None and not INNER_SENTENCE_END.search(chunk, 0, credit.start())


def _close_paragraph(text, s, e, blocks, dropped, rules: Rules):
    # A date/time or agency prefix before the first sentence is page noise.
    for rule in rules.groups.get("timestamp_prefix", ()):
        m = rule.regex.match(text[s:e])  # sliced: "^" in a rule means the paragraph start
        if m and 0 < m.end() < e - s:
            dropped.append(Dropped(s, s + m.end(), rule.note))
            s += m.end()
            break
    chunk = text[s:e]
    words = len(WORD.findall(chunk))
    is_heading = any(rules.headings[c].match(chunk) for c in rules.headings)
    content_words = {w.lower() for w in WORD.findall(chunk) if not w.isdigit()}
    if BULLET.match(chunk) and not is_heading and len(content_words) > 3:
        blocks.append(Block(s, e, "bullet"))
    elif is_heading and words <= 12 and not chunk.rstrip().endswith((".", ";")):
        blocks.append(Block(s, e, "heading"))
    elif _mostly_upper(chunk):
        blocks.append(Block(s, e, "heading"))  # banners and headlines in capitals
    elif words <= SHORT_MAX_WORDS or len(content_words) <= 3:
        dropped.append(Dropped(s, e, "dòng quá ngắn (chú thích, tên tác giả, mục trình đơn)"))
    elif not _is_terminated(chunk) and not INNER_SENTENCE_END.search(chunk) and not FIGURE_STATEMENT.search(chunk) \
            and words <= (FIRST_HEADLINE_MAX_WORDS if not blocks and not dropped else HEADLINE_MAX_WORDS):
        blocks.append(Block(s, e, "heading"))
    elif _is_caption(chunk):
        # a photo's caption with its credit ("20 sinh viên ... tại huyện Nhà Bè - Ảnh: Q.L."):
        # it repeats the article (on 1,646 read pages, 1 of 176 such lines was an item)
        dropped.append(Dropped(s, e, "chú thích ảnh (có tên người chụp ở cuối)"))
    else:
        blocks.append(Block(s, e, "text"))
