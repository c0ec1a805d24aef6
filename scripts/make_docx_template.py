"""Build templates/briefing.docx, the Word template rendered by docxtpl.

Run from the repository root:  .venv/bin/python scripts/make_docx_template.py

The document is built with python-docx; the Jinja tags ({{ }}, {%p for %} …)
are plain text, each in a single run, so office staff can open the file in
Word, change fonts, spacing or wording, and keep the tags working. Every look
is a named paragraph style ("BG …"), so restyling one style restyles every
paragraph of that kind. Section and theme titles use Word's built-in
"Heading 1" and "Heading 2", fully restyled to look like the other styles, so
the navigation pane, a table of contents and LibreOffice's Navigator find
them. Where the Party format (HD 05, HD 36) and ND 30 differ (document type
size, "Nơi nhận"), there is one style per format and a {%p if party %} branch.
The body styles are drawn with the HD 05 profile ("dang"); the renderer resets
their line spacing and indent from the chosen profile
(briefgen/render/docx_profile.py).

Context variables: see briefgen/render/context.py (the briefing model of
docs/briefing-model.md plus lh, party, body, overview_rows, source_rows,
recipient_lines, labels, profile).
"""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import yaml
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "templates" / "briefing.docx"
PROFILES = ROOT / "briefgen" / "data" / "profiles"
FONT = "Times New Roman"
SECTION, THEME = "Heading 1", "Heading 2"  # I./II./III. and annex titles; themes

DANG = yaml.safe_load((PROFILES / "dang.yaml").read_text(encoding="utf-8"))
STATE = yaml.safe_load((PROFILES / "nha-nuoc.yaml").read_text(encoding="utf-8"))
TEXT_WIDTH_MM = 210 - DANG["page"]["margin_mm"]["left"] - DANG["page"]["margin_mm"]["right"]
# The renderer resets both widths from the profile (header.left_width_pct).
LEFT_COL_MM = round(TEXT_WIDTH_MM * DANG["header"]["left_width_pct"] / 100)
RIGHT_COL_MM = TEXT_WIDTH_MM - LEFT_COL_MM

CENTER, RIGHT, JUSTIFY, LEFT = (WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT,
                                WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT)


def ascii_id(name: str) -> str:
    plain = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in plain if ch.isascii() and ch.isalnum())


def add_style(doc, name, size, **look):
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.style_id = ascii_id(name)  # Word shows the name; the id stays plain ASCII
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    return _set_look(style, size, **look)


def heading_style(doc, name, size, *, outline, **look):
    """Word's built-in heading style, restyled from scratch (REFERENCE §4).

    Its theme font, blue theme colour, 24 pt spacing and linked character
    style are dropped, then it gets the same explicit look as a "BG" style.
    """
    style = doc.styles[name]
    el = style.element
    for tag in ("w:pPr", "w:rPr", "w:link"):
        for child in el.findall(qn(tag)):
            el.remove(child)
    linked = f"{style.style_id}Char"
    for other in list(doc.styles.element.findall(qn("w:style"))):
        if other.get(qn("w:styleId")) == linked:
            doc.styles.element.remove(other)
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    return _set_look(style, size, outline=outline, **look)


def _set_look(style, size, *, bold=False, italic=False, underline=False, align=LEFT,
              indent_cm=0.0, before=0, after=0, line=1.0, outline=None, keep_next=False):
    font = style.font
    font.name, font.size, font.bold, font.italic, font.underline = FONT, Pt(size), bold, italic, underline
    fmt = style.paragraph_format
    fmt.alignment = align
    fmt.first_line_indent = Cm(indent_cm) if indent_cm else None
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.line_spacing = line
    fmt.keep_with_next = keep_next
    fmt.widow_control = True
    if outline is not None:
        # Outline level puts headings in Word's navigation pane.
        lvl = OxmlElement("w:outlineLvl")
        lvl.set(qn("w:val"), str(outline))
        style.element.get_or_add_pPr().append(lvl)
    return style


def make_styles(doc):
    body = DANG["body"]
    # HD 05: exactly N pt (a Length makes python-docx write lineRule="exact").
    line = Pt(body["line_spacing_pt"]) if body.get("line_spacing_pt") else body["line_spacing"]
    text = dict(indent_cm=body["first_line_indent_cm"], before=body["space_between_pt"],
                line=line, align=JUSTIFY)
    h = DANG["header"]
    add_style(doc, "BG Cơ quan cấp trên", h["parent"]["size"], bold=h["parent"]["bold"], align=CENTER)
    add_style(doc, "BG Cơ quan ban hành", h["issuer"]["size"], bold=True, align=CENTER)
    add_style(doc, "BG Số ký hiệu", h["number"]["size"], align=CENTER, before=4)
    add_style(doc, "BG Tiêu đề Đảng", h["party_title"]["size"], bold=True, align=CENTER)
    s = STATE["header"]
    add_style(doc, "BG Quốc hiệu", s["national_name"]["size"], bold=True, align=CENTER)
    add_style(doc, "BG Tiêu ngữ", s["motto"]["size"], bold=True, align=CENTER)
    add_style(doc, "BG Địa danh", h["place_date"]["size"], italic=True, align=CENTER, before=8)
    add_style(doc, "BG Đường kẻ", 2, align=CENTER)
    add_style(doc, "BG Tên loại (Đảng)", DANG["title"]["doc_type"]["size"], bold=True,
              align=CENTER, before=12, keep_next=True)
    add_style(doc, "BG Tên loại (Nhà nước)", STATE["title"]["doc_type"]["size"], bold=True,
              align=CENTER, before=12, keep_next=True)
    add_style(doc, "BG Trích yếu", DANG["title"]["subject"]["size"], bold=True, align=CENTER,
              keep_next=True)
    add_style(doc, "BG Văn bản", body["size"], **text)
    add_style(doc, "BG Ghi chú", body["size"], italic=True, **text)
    heading_style(doc, SECTION, DANG["headings"]["section"]["size"], bold=True, outline=0,
                  keep_next=True, **text)
    heading_style(doc, THEME, DANG["headings"]["theme"]["size"], bold=True, outline=1,
                  keep_next=True, **text)
    for name in (SECTION, THEME):
        doc.styles[name].next_paragraph_style = doc.styles["BG Văn bản"]
    add_style(doc, "BG Kết thúc", body["size"], align=RIGHT, before=6, keep_next=True)
    add_style(doc, "BG Bảng", 12, line=1.0)
    add_style(doc, "BG Bảng tiêu đề", 12, bold=True, align=CENTER)
    add_style(doc, "BG Bảng giữa", 12, align=CENTER)
    for prof, suffix in ((DANG, "Đảng"), (STATE, "Nhà nước")):
        r = prof["recipients"]
        # "words": only the words "Nơi nhận" are underlined (a run), not the colon.
        add_style(doc, f"BG Nơi nhận ({suffix})", r["label_size"], bold=r["label_bold"],
                  italic=r["label_italic"], underline=r["label_underline"] is True)
        add_style(doc, f"BG Danh sách nơi nhận ({suffix})", r["item_size"])
    add_style(doc, "BG Chức vụ ký", DANG["signature"]["prefix_size"], bold=True, align=CENTER)
    add_style(doc, "BG Họ tên ký", DANG["signature"]["name_size"], bold=True, align=CENTER)
    add_style(doc, "BG Số trang", DANG["page"]["page_number_size"], align=CENTER)


def para(container, text, style):
    p = container.add_paragraph(style=style)
    if text:
        p.add_run(text)
    return p


def rule(container, width_mm, cell_mm):
    """An empty paragraph whose bottom border is the rule; indents set its length."""
    p = para(container, "", "BG Đường kẻ")
    side = max((cell_mm - width_mm) / 2, 0)
    p.paragraph_format.left_indent = Mm(side)
    p.paragraph_format.right_indent = Mm(side)
    pbdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, val in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), val)
    pbdr.append(bottom)
    p._p.get_or_add_pPr().append(pbdr)
    return p


def no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def fixed_table(doc, rows, widths_mm, *, grid):
    table = doc.add_table(rows=rows, cols=len(widths_mm))
    if grid:
        table.style = doc.styles["Table Grid"]
    else:
        no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm):
            cell.width = Mm(width)
    # Word reads tcW, LibreOffice and Word's fixed layout read the grid: set both.
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        col.set(qn("w:w"), str(Mm(width).twips))
    tbl_w = table._tbl.tblPr.find(qn("w:tblW"))
    tbl_w.set(qn("w:type"), "dxa")
    tbl_w.set(qn("w:w"), str(sum(Mm(w).twips for w in widths_mm)))
    # The first paragraph of a new cell is empty; we fill cells with para() below.
    for row in table.rows:
        for cell in row.cells:
            cell._tc.remove(cell.paragraphs[0]._p)
    return table


def letterhead(doc):
    t = fixed_table(doc, 1, (LEFT_COL_MM, RIGHT_COL_MM), grid=False)
    left, right = t.rows[0].cells
    para(left, "{%p if lh.parent %}", "BG Cơ quan cấp trên")
    para(left, "{{ lh.parent }}", "BG Cơ quan cấp trên")
    para(left, "{%p endif %}", "BG Cơ quan cấp trên")
    para(left, "{{ lh.issuer }}", "BG Cơ quan ban hành")
    para(left, "{%p if party %}", "BG Cơ quan ban hành")
    para(left, "*", "BG Cơ quan ban hành")
    para(left, "{%p else %}", "BG Cơ quan ban hành")
    rule(left, LEFT_COL_MM / 3, LEFT_COL_MM)
    para(left, "{%p endif %}", "BG Cơ quan ban hành")
    para(left, "{{ lh.number }}", "BG Số ký hiệu")
    para(right, "{%p if party %}", "BG Tiêu đề Đảng")
    para(right, DANG["header"]["party_title"]["text"], "BG Tiêu đề Đảng")
    rule(right, 76, RIGHT_COL_MM)  # as long as "ĐẢNG CỘNG SẢN VIỆT NAM"
    para(right, "{%p else %}", "BG Tiêu đề Đảng")
    para(right, STATE["header"]["national_name"]["text"], "BG Quốc hiệu")
    para(right, STATE["header"]["motto"]["text"], "BG Tiêu ngữ")
    rule(right, 62, RIGHT_COL_MM)
    para(right, "{%p endif %}", "BG Tiêu ngữ")
    para(right, "{{ lh.place_date }}", "BG Địa danh")


def title_block(doc):
    para(doc, "{%p if party %}", "BG Tên loại (Đảng)")
    para(doc, "{{ title }}", "BG Tên loại (Đảng)")
    para(doc, "{{ subject }}", "BG Trích yếu")
    para(doc, "-----", "BG Trích yếu")
    para(doc, "{%p else %}", "BG Tên loại (Nhà nước)")
    para(doc, "{{ title }}", "BG Tên loại (Nhà nước)")
    para(doc, "{{ subject }}", "BG Trích yếu")
    rule(doc, TEXT_WIDTH_MM / 3, TEXT_WIDTH_MM)
    para(doc, "{%p endif %}", "BG Trích yếu")


def body(doc):
    for key in ("intro", "period_note"):
        para(doc, f"{{%p if {key} %}}", "BG Văn bản")
        para(doc, f"{{{{ {key} }}}}", "BG Văn bản")
        para(doc, "{%p endif %}", "BG Văn bản")
    lines = [
        ("{%p for section in body %}", SECTION),
        ("{{ section.heading }}", SECTION),
        ("{%p if section.empty_note %}", "BG Văn bản"),
        ("{{ section.empty_note }}", "BG Văn bản"),
        ("{%p endif %}", "BG Văn bản"),
        ("{%p for theme in section.themes %}", THEME),
        ("{{ theme.heading }}", THEME),
        ("{%p for item in theme.entries %}", "BG Văn bản"),
        ("{{ item.line }}", "BG Văn bản"),
        ("{%p endfor %}", "BG Văn bản"),
        ("{%p if theme.more_note %}", "BG Ghi chú"),
        ("{{ theme.more_note }}", "BG Ghi chú"),
        ("{%p endif %}", "BG Ghi chú"),
        ("{%p endfor %}", THEME),
        ("{%p if section.figures %}", THEME),
        ("{{ section.figures_heading }}", THEME),
        ("{%p for fig in section.figures %}", "BG Văn bản"),
        ("{{ fig.line }}", "BG Văn bản"),
        ("{%p endfor %}", "BG Văn bản"),
        ("{%p endif %}", "BG Văn bản"),
        ("{%p endfor %}", SECTION),
    ]
    for text, style in lines:
        para(doc, text, style)


def grid_table(doc, title_tag, rows_var, heads, widths_mm, centred=()):
    para(doc, f"{{%p if {rows_var} %}}", SECTION)
    para(doc, title_tag, SECTION)  # an annex is a part of its own, as in the PDF outline
    t = fixed_table(doc, 4, widths_mm, grid=True)
    for cell, head in zip(t.rows[0].cells, heads):
        para(cell, head, "BG Bảng tiêu đề")
    header = OxmlElement("w:tblHeader")  # repeat the header row on each page
    t.rows[0]._tr.get_or_add_trPr().append(header)
    cells = t.rows[1].cells
    para(cells[0], f"{{%tr for row in {rows_var} %}}", "BG Bảng")
    for c in cells[1:]:
        para(c, "", "BG Bảng")
    for i, cell in enumerate(t.rows[2].cells):
        para(cell, f"{{{{ row[{i}] }}}}", "BG Bảng giữa" if i in centred else "BG Bảng")
    cells = t.rows[3].cells
    para(cells[0], "{%tr endfor %}", "BG Bảng")
    for c in cells[1:]:
        para(c, "", "BG Bảng")
    para(doc, "{%p endif %}", "BG Văn bản")


def closing(doc):
    para(doc, "{%p if labels.closing %}", "BG Kết thúc")
    para(doc, "{{ labels.closing }}", "BG Kết thúc")
    para(doc, "{%p endif %}", "BG Kết thúc")
    t = fixed_table(doc, 1, (TEXT_WIDTH_MM / 2, TEXT_WIDTH_MM / 2), grid=False)
    # Nơi nhận and the signature never split across pages (no "./." line keeps them
    # with the body in the Party format).
    t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    left, right = t.rows[0].cells
    for prof, suffix, cond in ((DANG, "Đảng", "{%p if party %}"), (STATE, "Nhà nước", "{%p else %}")):
        para(left, cond, f"BG Nơi nhận ({suffix})")
        label = para(left, "", f"BG Nơi nhận ({suffix})")
        words = label.add_run("Nơi nhận")
        words.font.underline = prof["recipients"]["label_underline"] == "words"
        label.add_run(":")
        para(left, "{%p for line in recipient_lines %}", f"BG Danh sách nơi nhận ({suffix})")
        para(left, "{{ line }}", f"BG Danh sách nơi nhận ({suffix})")
        para(left, "{%p endfor %}", f"BG Danh sách nơi nhận ({suffix})")
    para(left, "{%p endif %}", "BG Danh sách nơi nhận (Nhà nước)")
    para(right, "{%p if lh.signer_prefix %}", "BG Chức vụ ký")
    para(right, "{{ lh.signer_prefix }}", "BG Chức vụ ký")
    para(right, "{%p endif %}", "BG Chức vụ ký")
    para(right, "{{ lh.signer_title }}", "BG Chức vụ ký")
    for _ in range(4):
        para(right, "", "BG Họ tên ký")
    para(right, "{{ lh.signer_name }}", "BG Họ tên ký")


def page_setup(doc):
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    m = DANG["page"]["margin_mm"]
    section.top_margin, section.bottom_margin = Mm(m["top"]), Mm(m["bottom"])
    section.left_margin, section.right_margin = Mm(m["left"]), Mm(m["right"])
    section.header_distance = Mm(10)
    section.different_first_page_header_footer = True
    header = section.header
    p = header.paragraphs[0]
    p.style = doc.styles["BG Số trang"]
    run = p.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "separate")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = " PAGE "
        run._r.append(el)
    shown = p.add_run("2")  # cached value Word replaces when it updates the field
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    p.add_run()._r.append(end)
    del shown
    section.first_page_header.is_linked_to_previous = False


def build() -> Path:
    doc = Document()
    make_styles(doc)
    # python-docx's blank document starts with one empty paragraph; drop it.
    body_el = doc.element.body
    for p in list(body_el.iterchildren(qn("w:p"))):
        body_el.remove(p)
    letterhead(doc)
    title_block(doc)
    body(doc)
    grid_table(doc, "{{ labels.overview }}", "overview_rows",
               ["Đơn vị/địa bàn", "Kết quả", "Hạn chế", "Nhiệm vụ", "Bài viết"],
               (55, 27, 27, 27, TEXT_WIDTH_MM - 136), centred=(1, 2, 3, 4))
    grid_table(doc, "{{ labels.sources }}", "source_rows",
               ["STT", "Tiêu đề", "Đơn vị/địa bàn", "Kỳ báo cáo", "Ngày họp", "Tệp"],
               (12, 48, 25, 20, 24, TEXT_WIDTH_MM - 129), centred=(0, 4))
    # a national synthesis says where its numbered list of articles is instead
    para(doc, "{%p if sources_note %}", SECTION)
    para(doc, "{{ labels.sources }}", SECTION)
    para(doc, "{{ sources_note }}", "BG Văn bản")
    para(doc, "{%p endif %}", "BG Văn bản")
    closing(doc)
    page_setup(doc)
    props = doc.core_properties
    props.author, props.title, props.subject = "", "Mẫu báo cáo tổng hợp (briefgen)", ""
    props.comments, props.keywords, props.last_modified_by, props.category = "", "", "", ""
    props.revision = 1
    # python-docx's blank document ships a thumbnail of some other page; Windows
    # Explorer would show it as the preview of every report.
    rels = doc.part.package.rels
    for rid, rel in list(rels.items()):
        if rel.reltype.endswith("/metadata/thumbnail"):
            del rels[rid]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc.save(OUT)
    return OUT


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    path = build()
    # Normalise fonts, language and zip timestamps the same way rendered reports are.
    from briefgen.render.to_docx import normalise_docx_bytes
    path.write_bytes(normalise_docx_bytes(path.read_bytes(), profile_name="dang"))
    print(path)
