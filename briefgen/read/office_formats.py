"""Readers for office files: Word .docx and PDF.

Registered in ``briefgen.read.registry`` by extension like the others; kept apart
because each needs its own library and a few format-specific checks (an old
.doc renamed .docx, a zip bomb, a password, a scan without a text layer).
"""
from __future__ import annotations

import io
import logging
import zipfile

from briefgen.read.encodings import clean_text
from briefgen.errors import InputError
from briefgen.read.registry import Extracted, register, with_legacy_repaired

logging.getLogger("pypdf").setLevel(logging.ERROR)  # it warns about every odd object; we report failures ourselves

MAX_UNZIPPED = 200 * 1024 * 1024  # a .docx that inflates beyond this is a zip bomb, not an article


# --------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------

@register("Word (.docx)", (".docx",), requires=("docx",))
def read_docx(data: bytes, display: str) -> Extracted:
    import docx

    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(display, "đây là tệp Word cũ (.doc) mang đuôi .docx; hãy mở bằng Word và lưu lại dạng .docx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNZIPPED:
                raise InputError(display, "tệp .docx giải nén ra quá lớn, có thể bị hỏng")
    except zipfile.BadZipFile as err:
        raise InputError(display, "tệp .docx bị hỏng hoặc không phải tệp Word (.docx)") from err
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:
        raise InputError(display, "tệp .docx bị hỏng hoặc không phải tệp Word (.docx)") from err
    paragraphs = list(_docx_blocks(document.element.body, document))
    title = document.core_properties.title or None
    found = Extracted(text="\n\n".join(p for p in paragraphs if p.strip()), title=title, encoding="docx")
    return with_legacy_repaired(found, display)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Text under these is not part of the paragraph as printed: deleted or
# moved-away revisions, tab stops in paragraph properties, and text boxes
# (stored twice, once as an mc:Fallback copy).
_HIDDEN = {_W + "del", _W + "moveFrom", _W + "pPr", _W + "txbxContent", _MC + "Fallback"}
_TEXT_TAGS = (_W + "t", _W + "tab", _W + "br", _W + "cr", _W + "noBreakHyphen")


def _paragraph_text(p) -> str:
    """Visible text of a w:p. Unlike python-docx's ``Paragraph.text`` this
    keeps runs nested in tracked insertions, smart tags, inline content
    controls and simple fields, which offices' documents are full of."""
    parts = []
    for el in p.iter(*_TEXT_TAGS):
        if any(a.tag in _HIDDEN for a in _ancestors_within(el, p)):
            continue
        if el.tag == _W + "t":
            parts.append(el.text or "")
        elif el.tag == _W + "tab":
            parts.append("\t")
        elif el.tag == _W + "noBreakHyphen":
            parts.append("-")
        else:
            parts.append("\n")
    return "".join(parts)


def _ancestors_within(el, top):
    node = el.getparent()
    while node is not None and node is not top:
        yield node
        node = node.getparent()


def _docx_blocks(container, document):
    """Paragraphs and table rows in document order; content controls opened."""
    from docx.table import Table

    for child in container.iterchildren():
        tag = child.tag
        if tag == _W + "p":
            yield _paragraph_text(child)
        elif tag == _W + "tbl":
            for row in Table(child, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    # every paragraph of the cell, nested tables included
                    value = " ".join(" ".join(_paragraph_text(p) for p in cell._tc.iter(_W + "p")).split())
                    if value and (not cells or cells[-1] != value):  # merged cells repeat
                        cells.append(value)
                if cells:
                    yield " | ".join(cells)
        elif tag == _W + "sdt":
            for content in child.iterchildren(_W + "sdtContent"):
                yield from _docx_blocks(content, document)
        elif tag == _W + "customXml":  # older Word wraps blocks in custom XML tags
            yield from _docx_blocks(child, document)


# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------

@register("PDF", (".pdf",), requires=("pypdf",))
def read_pdf(data: bytes, display: str) -> Extracted:
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            # Many official PDFs are encrypted only against copying, with an
            # empty password to open them: those are read normally.
            try:
                opened = reader.decrypt("")
            except Exception:  # an algorithm pypdf cannot handle without extras
                opened = 0
            if not opened:
                raise InputError(display, "tệp PDF được đặt mật khẩu hoặc mã hóa, không mở được")
        pages = reader.pages
        count = len(pages)
    except InputError:
        raise
    except Exception as err:
        raise InputError(display, "tệp PDF bị hỏng hoặc không đúng định dạng") from err
    warnings = []
    texts = []
    for number in range(count):
        try:
            page_text = pages[number].extract_text() or ""
        except Exception:
            warnings.append(f"{display}: không đọc được trang {number + 1}")
            continue
        page_text = _unwrap_lines(page_text.replace("\r\n", "\n").replace("\r", "\n"))
        if clean_text(page_text).strip():  # a page of control characters is no text
            texts.append(page_text)
    if not texts:
        raise InputError(
            display, "tệp PDF không có lớp văn bản (có thể là bản quét); cần nhận dạng chữ (OCR) trước khi dùng"
        )
    title = None
    try:
        title = reader.metadata.title if reader.metadata else None
    except Exception:
        pass
    found = Extracted(text="\n\n".join(texts), title=title, encoding="pdf", warnings=warnings)
    return with_legacy_repaired(found, display)


def _ends_sentence(line: str) -> bool:
    """'.', '!', '?', '…', also inside closing quotes or brackets ('.”').
    Not ';' or ':': they end list items and lead-ins inside one paragraph."""
    return line.rstrip("\"”’)]").endswith((".", "!", "?", "…"))
_BULLETS = ("-", "–", "•", "+", "*")


def _unwrap_lines(page: str) -> str:
    """PDF text comes line by line as laid out; join the lines of one
    paragraph so that sentences are not cut at the right margin. A new
    paragraph starts after a line ending a sentence, before a bullet or
    numbered line, and after a short line (well under the page's longest,
    as a paragraph's last line or a heading is) when the next line starts
    with a capital."""
    lines = [line.strip() for line in page.split("\n")]
    longest = max((len(line) for line in lines), default=0)
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if current:
            previous = current[-1]
            short = len(previous) < 0.7 * longest
            if (
                _ends_sentence(previous)
                or line.startswith(_BULLETS)
                or _numbered(line)
                or (short and line[0].isupper())
            ):
                paragraphs.append(" ".join(current))
                current = []
        current.append(line)
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def _numbered(line: str) -> bool:
    """'1.', '2)', 'a)', 'I.' at the start of a line: an outline item."""
    head = line.split(" ", 1)[0]
    if not 1 < len(head) <= 5 or head[-1] not in ".)":
        return False
    mark = head[:-1]
    return mark.isdigit() or set(mark) <= set("IVX") or (len(mark) == 1 and mark.islower() and head[-1] == ")")
