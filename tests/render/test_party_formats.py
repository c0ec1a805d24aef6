"""The two Party profiles as a Party office clerk reads page 1 and the last page.

``dang`` follows Hướng dẫn 05-HD/VPTW (2026), ``dang-hd36`` the HD 36 it replaced
(REFERENCE 1.2, 1.2b): header lines of a ban, number, signature block, the
punctuation of "Nơi nhận" and the spacing of body lines, in the DOCX XML and in
the PDF text, with the letterhead the packaged defaults give.
"""
from __future__ import annotations

import io
import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest
import yaml
from docx import Document
from docx.oxml.ns import qn

pytest.importorskip("weasyprint")

from briefgen.config import letterhead, load_settings  # noqa: E402
from briefgen.render.to_docx import render_docx  # noqa: E402
from briefgen.render.to_pdf import render_html, render_pdf  # noqa: E402

FIXTURE = Path(__file__).parents[1] / "fixtures" / "briefing_sample.yaml"
RECIPIENTS = ["Thường trực Tỉnh uỷ (để báo cáo)", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh,",
              "Lưu Văn phòng Ban"]
# (line w:line, w:lineRule, first-line indent in twips, recipient line end)
EXPECTED = {"dang": ("400", "exact", "567", ";"), "dang-hd36": ("276", "auto", "720", ",")}


def briefing(tmp_path: Path, profile: str, **overrides) -> dict:
    b = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    settings = load_settings(tmp_path, {"profile": profile, "parent": "TỈNH UỶ CAO BẰNG",
                                        "place": "Cao Bằng", "number": "12",
                                        "date": "2026-06-15", "recipients": RECIPIENTS,
                                        **overrides})
    b["letterhead"] = letterhead(settings)
    return b


def paragraphs(container) -> list:
    return [p for p in container.iter(qn("w:p"))]


def text_of(p) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


def style_of(p) -> str:
    ps = p.find(qn("w:pPr") + "/" + qn("w:pStyle"))
    return ps.get(qn("w:val")) if ps is not None else ""


@pytest.fixture(scope="module", params=["dang", "dang-hd36"])
def rendered(request, tmp_path_factory):
    b = briefing(tmp_path_factory.mktemp(request.param), request.param)
    return request.param, Document(io.BytesIO(render_docx(b))), render_pdf(b)


def test_docx_header_of_a_ban(rendered):
    _, doc, _ = rendered
    letterhead_cell = doc.element.body.find(qn("w:tbl")).find(qn("w:tr")).find(qn("w:tc"))
    lines = [(text_of(p), style_of(p)) for p in paragraphs(letterhead_cell) if text_of(p)]
    assert lines == [("TỈNH UỶ CAO BẰNG", "BGCoquancaptren"),
                     ("BAN TUYÊN GIÁO VÀ DÂN VẬN", "BGCoquanbanhanh"),
                     ("*", "BGCoquanbanhanh"), ("Số 12-BC/BTGDVTU", "BGSokyhieu")]
    styles = {s.get(qn("w:styleId")): s for s in doc.styles.element.iter(qn("w:style"))}
    # committee regular, ban bold (HD 05 examples "TỈNH UỶ CAO BẰNG" / "BAN TỔ CHỨC")
    def bold(style_id):
        b = styles[style_id].find(f".//{qn('w:b')}")
        return b is not None and b.get(qn("w:val"), "1") not in ("0", "false")
    assert not bold("BGCoquancaptren") and bold("BGCoquanbanhanh")
    body = "\n".join(text_of(p) for p in paragraphs(doc.element.body))
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in body and "Cao Bằng, ngày 15 tháng 6 năm 2026" in body
    assert "ĐẢNG BỘ" not in body and "BAN DÂN VẬN" not in body


def test_docx_signature_recipients_and_ending(rendered):
    profile, doc, _ = rendered
    end = EXPECTED[profile][3]
    table = doc.element.body.findall(qn("w:tbl"))[-1]
    left, right = table.find(qn("w:tr")).findall(qn("w:tc"))
    assert [text_of(p) for p in paragraphs(right) if text_of(p)] == ["TRƯỞNG BAN"]
    lines = [text_of(p) for p in paragraphs(left) if text_of(p)]
    assert lines == ["Nơi nhận:", f"- Thường trực Tỉnh uỷ (để báo cáo){end}",
                     f"- Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh{end}", "- Lưu Văn phòng Ban."]
    label = paragraphs(left)[0]
    underlined = [(r.findtext(qn("w:t")), r.find(f"{qn('w:rPr')}/{qn('w:u')}") is not None)
                  for r in label.iter(qn("w:r"))]
    assert underlined == [("Nơi nhận", True), (":", False)]  # only the words
    texts = [text_of(p).strip() for p in paragraphs(doc.element.body)]
    assert "./." not in texts  # the body ends with "."


def test_docx_body_spacing(rendered):
    profile, doc, _ = rendered
    line, rule, indent, _ = EXPECTED[profile]
    styles = {s.get(qn("w:styleId")): s for s in doc.styles.element.iter(qn("w:style"))}
    for style_id in ("BGVanban", "Heading1", "Heading2"):
        ppr = styles[style_id].find(qn("w:pPr"))
        spacing, ind = ppr.find(qn("w:spacing")), ppr.find(qn("w:ind"))
        assert (spacing.get(qn("w:line")), spacing.get(qn("w:lineRule"))) == (line, rule)
        assert spacing.get(qn("w:before")) == "120"  # 6 pt between paragraphs
        assert ind.get(qn("w:firstLine")) == indent


def pdf_text(data: bytes, *args) -> str:
    out = subprocess.run(["pdftotext", *args, "-", "-"], input=data, capture_output=True,
                         check=True)
    return out.stdout.decode("utf-8")


def test_pdf_header_number_signature_recipients(rendered):
    profile, _, pdf = rendered
    end = EXPECTED[profile][3]
    page1 = re.sub(r"\s+", " ", pdf_text(pdf, "-f", "1", "-l", "1", "-layout"))
    for expected in ("TỈNH UỶ CAO BẰNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "BAN TUYÊN GIÁO VÀ DÂN VẬN",
                     "Số 12-BC/BTGDVTU", "Cao Bằng, ngày 15 tháng 6 năm 2026"):
        assert expected in page1, expected
    text = pdf_text(pdf)
    assert "./." not in text and "T/M" not in text
    flat = re.sub(r"\s+", " ", text)
    assert (f"Nơi nhận: - Thường trực Tỉnh uỷ (để báo cáo){end} - Ban Thường trực Ủy ban "
            f"MTTQ Việt Nam tỉnh{end} - Lưu Văn phòng Ban.") in flat
    assert "TRƯỞNG BAN" in flat


def test_pdf_body_line_pitch(rendered):
    """HD 05: body lines exactly 20 pt apart (18-22 pt); HD 36 profile: 1.15 lines."""
    profile, _, pdf = rendered
    xml = pdf_text(pdf, "-bbox-layout")
    pitches = Counter()
    for x0, x1, inner in re.findall(
            r'<block xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</block>',
            xml, flags=re.S):
        if float(x1) - float(x0) < 400:  # table cells, letterhead: not body paragraphs
            continue
        tops = [float(y) for y in re.findall(r'<line xMin="[\d.]+" yMin="([\d.]+)"', inner)]
        pitches.update(round(b - a, 1) for a, b in zip(tops, tops[1:]))
    pitch, _ = pitches.most_common(1)[0]
    if profile == "dang":
        assert pitch == pytest.approx(20.0, abs=0.2)
    else:
        assert pitch < 19.5 and pitch != pytest.approx(20.0, abs=0.2)


@pytest.mark.parametrize("profile", ["dang", "dang-hd36"])
def test_pdf_recipients_label_underlines_only_the_words(tmp_path, profile):
    html, _ = render_html(briefing(tmp_path, profile))
    assert '<span class="words">Nơi nhận</span>:</p>' in html
    css = re.sub(r"\s+", " ", html)
    assert ".recipients-label .words { text-decoration: underline; }" in css
    assert re.search(r"\.recipients-label \{[^}]*text-decoration: none; \}", css)


def test_a_ban_may_sign_for_its_head(tmp_path):
    b = briefing(tmp_path, "dang", signer_prefix="K/T", signer_body="TRƯỞNG BAN",
                 signer_title="PHÓ TRƯỞNG BAN", signer_name="Nguyễn Thị B")
    flat = re.sub(r"\s+", " ", pdf_text(render_pdf(b)))
    assert "K/T TRƯỞNG BAN PHÓ TRƯỞNG BAN" in flat and "Nguyễn Thị B" in flat


def test_docx_section_and_theme_titles_are_word_headings(rendered):
    """Word's navigation pane and a table of contents find the sections and
    themes: they are in the built-in Heading 1 / Heading 2, restyled to the
    report's own look (Times New Roman, bold, no theme colour)."""
    _, doc, _ = rendered
    levels = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert [t for s, t in levels if s == "Heading 1"][:3] == [
        t for t in (p.text for p in doc.paragraphs) if re.match(r"^(I|II|III)\. ", t)][:3]
    assert any(s == "Heading 2" for s, _ in levels)
    for name in ("Heading 1", "Heading 2"):
        style = doc.styles[name]
        assert style.font.name == "Times New Roman" and style.font.bold
        assert style.font.color.theme_color is None
