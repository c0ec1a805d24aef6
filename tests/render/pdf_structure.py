"""Read a tagged PDF the way assistive technology does, independently of the
library that wrote it: the structure tree through pikepdf (qpdf), and the text
of each marked-content sequence decoded through the fonts' own ToUnicode maps.
"""
from __future__ import annotations

import re
import unicodedata

import pikepdf


def _cmap(stream) -> dict[bytes, str]:
    """Code -> text of a ToUnicode CMap (bfchar and bfrange entries)."""
    data = stream.read_bytes().decode("latin-1")
    table: dict[bytes, str] = {}

    def text(hexstr: str) -> str:
        return bytes.fromhex(hexstr).decode("utf-16-be")

    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            table[bytes.fromhex(src)] = text(dst)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])", block):
            width, start, end = len(lo) // 2, int(lo, 16), int(hi, 16)
            if dst.startswith("["):
                targets = [text(t) for t in re.findall(r"<([0-9A-Fa-f]+)>", dst)]
            else:
                first = bytes.fromhex(dst[1:-1])
                targets = [(first[:-2] + (int.from_bytes(first[-2:], "big") + i).to_bytes(2, "big"))
                           .decode("utf-16-be") for i in range(end - start + 1)]
            for i, code in enumerate(range(start, end + 1)):
                table[code.to_bytes(width, "big")] = targets[i]
    return table


def _decode(raw: bytes, cmap: dict[bytes, str]) -> str:
    # WeasyPrint writes Identity-H fonts: two bytes per glyph.
    return "".join(cmap.get(raw[i:i + 2], "\ufffd") for i in range(0, len(raw), 2))


def marked_texts(page) -> dict[int, str]:
    """MCID -> text drawn inside that marked-content sequence on ``page``."""
    fonts = page.Resources.get("/Font", {})
    cmaps = {name: _cmap(font.ToUnicode) for name, font in fonts.items() if "/ToUnicode" in font}
    out: dict[int, str] = {}
    stack: list[int | None] = []
    cmap: dict[bytes, str] = {}
    for operands, op in pikepdf.parse_content_stream(page):
        op = str(op)
        if op == "BDC":
            props = operands[1]
            stack.append(int(props.MCID) if isinstance(props, pikepdf.Dictionary) and "/MCID" in props else None)
        elif op == "BMC":
            stack.append(None)
        elif op == "EMC":
            stack.pop()
        elif op == "Tf":
            cmap = cmaps.get(str(operands[0]), {})
        elif op in ("Tj", "TJ", "'", '"'):
            parts = operands[0] if op == "TJ" else [operands[-1]]
            text = "".join(_decode(bytes(p), cmap) for p in parts if isinstance(p, pikepdf.String))
            mcid = next((m for m in reversed(stack) if m is not None), None)
            if mcid is not None:
                out[mcid] = out.get(mcid, "") + text
    return out


class Tagged:
    """The structure tree of a PDF, with text, in reading order."""

    def __init__(self, pdf: pikepdf.Pdf):
        self.pdf = pdf
        self.pages = {page.objgen: i for i, page in enumerate(pdf.pages)}
        self.texts = [marked_texts(page) for page in pdf.pages]

    def _page_of(self, elem, inherited):
        pg = elem.get("/Pg")
        return self.pages[pg.objgen] if pg is not None else inherited

    def walk(self, elem=None, page=None):
        """(structure type, element, page index) for every element, depth first."""
        if elem is None:
            elem = self.pdf.Root.StructTreeRoot
        page = self._page_of(elem, page)
        if "/S" in elem:
            yield str(elem.S), elem, page
        kids = elem.get("/K")
        if kids is None:
            return
        for kid in (kids if isinstance(kids, pikepdf.Array) else [kids]):
            if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") != "/MCR":
                if "/S" in kid or "/K" in kid:
                    yield from self.walk(kid, page)

    def text(self, elem, page=None) -> str:
        """Text of an element: its marked content, in the order of its kids."""
        page = self._page_of(elem, page)
        kids = elem.get("/K")
        if kids is None:
            return ""
        parts = []
        for kid in (kids if isinstance(kids, pikepdf.Array) else [kids]):
            if isinstance(kid, int):
                parts.append(self.texts[page].get(kid, ""))
            elif isinstance(kid, pikepdf.Dictionary):
                if kid.get("/Type") == "/MCR":
                    parts.append(self.texts[self._page_of(kid, page)].get(int(kid.MCID), ""))
                elif "/S" in kid:
                    parts.append(self.text(kid, page))
        return " ".join(p for p in parts if p)

    def all_of(self, kind: str) -> list[str]:
        return [flat(self.text(e, p)) for s, e, p in self.walk() if s == kind]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def outline(pdf: pikepdf.Pdf) -> list[tuple[int, str]]:
    """(depth, title) of every bookmark, in order."""
    found = []
    with pdf.open_outline() as root:
        def visit(items, depth):
            for item in items:
                found.append((depth, item.title))
                visit(item.children, depth + 1)
        visit(root.root, 0)
    return found
