"""Paragraph spacing of the DOCX body and letterhead widths from the format profile.

The Word template is drawn once (scripts/make_docx_template.py), but the
profiles differ in how body lines are spaced: HD 05 asks for an exact line
height (18-22 pt "Exactly") and an indent of about 10 mm, HD 36 and ND 30 use a
multiple of single spacing and 1.27 cm. The body styles ("BG …", by style id)
are set from the profile at render time, as margins are. The letterhead's two
columns too: a ban's name needs a wider left column (Party), the Quốc hiệu a
wider right one (state).
"""
from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

# Style ids (ASCII forms of "BG Văn bản", "BG Ghi chú", "BG Mục", "BG Tiểu mục").
BODY_STYLE_IDS = ("BGVanban", "BGGhichu", "Heading1", "Heading2")  # section and theme titles: Word's headings

# w:pPr children that precede w:spacing and w:ind (ECMA-376 order).
_BEFORE_SPACING = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr",
                   "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs",
                   "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
                   "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
                   "snapToGrid")


def line_rule(profile: dict) -> tuple[str, str]:
    """(w:line, w:lineRule): exact twips for ``line_spacing_pt``, else 240ths of a line."""
    body = profile["body"]
    if body.get("line_spacing_pt"):
        return str(round(float(body["line_spacing_pt"]) * 20)), "exact"
    return str(round(240 * float(body["line_spacing"]))), "auto"


def _child(ppr, tag: str, after: tuple[str, ...]):
    el = ppr.find(qn(f"w:{tag}"))
    if el is not None:
        return el
    el = OxmlElement(f"w:{tag}")
    known = {qn(f"w:{t}") for t in after}
    position = 0
    for i, child in enumerate(ppr):
        if child.tag in known:
            position = i + 1
    ppr.insert(position, el)
    return el


def apply_body_spacing(doc, profile: dict) -> None:
    """Line spacing, space before and first-line indent of the body styles."""
    line, rule = line_rule(profile)
    before = str(round(float(profile["body"]["space_between_pt"]) * 20))
    indent = str(round(float(profile["body"]["first_line_indent_cm"]) * 567))
    styles = doc.styles.element
    for style in styles.iter(qn("w:style")):
        if style.get(qn("w:styleId")) not in BODY_STYLE_IDS:
            continue
        ppr = style.find(qn("w:pPr"))
        if ppr is None:
            ppr = OxmlElement("w:pPr")
            style.insert(0, ppr)
        spacing = _child(ppr, "spacing", _BEFORE_SPACING)
        spacing.set(qn("w:before"), before)
        spacing.set(qn("w:line"), line)
        spacing.set(qn("w:lineRule"), rule)
        ind = _child(ppr, "ind", _BEFORE_SPACING + ("spacing",))
        ind.attrib.pop(qn("w:hanging"), None)
        ind.set(qn("w:firstLine"), indent)


def apply_letterhead_widths(doc, profile: dict) -> None:
    """Column widths of the first table (the letterhead) from ``header.left_width_pct``."""
    table = doc.element.body.find(qn("w:tbl"))
    grid = table.find(qn("w:tblGrid")) if table is not None else None
    cols = grid.findall(qn("w:gridCol")) if grid is not None else []
    if len(cols) != 2:
        return  # a user template without the two-column letterhead: leave it alone
    margins = profile["page"]["margin_mm"]
    width = round((210 - margins["left"] - margins["right"]) * 56.7)
    left = round(width * float(profile["header"]["left_width_pct"]) / 100)
    widths = (left, width - left)
    row = table.find(qn("w:tr"))
    cells = row.findall(qn("w:tc")) if row is not None else []
    for col, cell, w in zip(cols, cells, widths):
        delta = (w - int(col.get(qn("w:w"), w))) / 2
        col.set(qn("w:w"), str(w))
        tcw = cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
        if tcw is not None:
            tcw.set(qn("w:w"), str(w))
            tcw.set(qn("w:type"), "dxa")
        _recentre_rules(cell, delta)


def _recentre_rules(cell, delta: float) -> None:
    """Rules are empty paragraphs with a bottom border, their length set by indents:
    keep the length and the centring when the column changes width."""
    for ppr in cell.iter(qn("w:pPr")):
        ind = ppr.find(qn("w:ind"))
        if ppr.find(qn("w:pBdr")) is None or ind is None:
            continue
        for side in ("w:left", "w:right", "w:start", "w:end"):
            if ind.get(qn(side)) is not None:
                ind.set(qn(side), str(max(round(int(ind.get(qn(side))) + delta), 0)))
