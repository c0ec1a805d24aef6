"""The DOCX a reader opens in Word: page format, fonts, page numbers, properties, templates."""
from __future__ import annotations

import copy
import io
import re
import shutil
import zipfile
from pathlib import Path

import pytest
import yaml
from docx import Document
from docx.oxml.ns import qn

from briefgen.errors import TemplateError
from briefgen.paths import packaged_templates_dir
from briefgen.render.context import CONTRACT_KEYS, DERIVED_KEYS
from briefgen.render.to_docx import render_docx

FIXTURE = Path(__file__).parents[1] / "fixtures" / "briefing_sample.yaml"
HOSTILE = "Đã xử lý {{ 7*7 }} <script>alert(1)</script> <img src=file:///etc/passwd> xong."
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def sample() -> dict:
    return yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))


def all_text(doc) -> str:
    """Paragraph text of the body in document order, tables included."""
    return "\n".join(t.text or "" for t in doc.element.body.iter(qn("w:t")))


@pytest.fixture(scope="module")
def party_bytes() -> bytes:
    return render_docx(sample())


@pytest.fixture(scope="module")
def party_doc(party_bytes):
    return Document(io.BytesIO(party_bytes))


def test_a4_and_profile_margins(party_doc):
    section = party_doc.sections[0]
    sect = section._sectPr
    size = sect.find(qn("w:pgSz"))
    assert (size.get(qn("w:w")), size.get(qn("w:h"))) == ("11906", "16838")
    assert section.left_margin.mm >= 30 - 0.05
    assert section.right_margin.mm == pytest.approx(15, abs=0.1)
    assert section.top_margin.mm == pytest.approx(20, abs=0.1)


def test_times_new_roman_in_every_font_slot(party_bytes):
    with zipfile.ZipFile(io.BytesIO(party_bytes)) as z:
        parts = {n: z.read(n).decode("utf-8") for n in z.namelist()
                 if re.match(r"word/(document|styles|header\d*|footer\d*)\.xml$", n)}
    assert "word/styles.xml" in parts and "word/document.xml" in parts
    for name, xml in parts.items():
        assert "Theme=" not in xml and "cstheme=" not in xml, name
        for fonts in re.findall(r"<w:rFonts[^>]*>", xml):
            for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
                assert f'w:{slot}="Times New Roman"' in fonts, (name, fonts)
    document = parts["word/document.xml"]
    runs = re.findall(r"<w:r>.*?</w:r>|<w:r .*?</w:r>", document, flags=re.S)
    assert runs and all("<w:rFonts" in r for r in runs)
    defaults = re.search(r"<w:docDefaults>.*?</w:docDefaults>", parts["word/styles.xml"]).group(0)
    assert 'w:val="vi-VN"' in defaults and '<w:sz w:val="28"/>' in defaults
    assert '<w:szCs w:val="28"/>' in defaults


def test_page_number_field_hidden_on_first_page(party_doc):
    section = party_doc.sections[0]
    assert section._sectPr.find(qn("w:titlePg")) is not None
    header_xml = section.header._element.xml
    assert "PAGE" in header_xml and 'w:fldCharType="begin"' in header_xml
    assert "PAGE" not in section.first_page_header._element.xml


def test_party_letterhead_and_body(party_doc):
    text = all_text(party_doc)
    for expected in ("ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO", "Số 12-BC/BDVTU", "*",
                     "I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Công tác tuyên truyền, vận động",
                     "(và 2 ý kiến tương tự, xem trang kiểm tra)", "Nơi nhận\n:",
                     "- Lưu Văn phòng.", "K/T TRƯỞNG BAN", "Nguyễn Văn A"):
        assert expected in text, expected
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in text
    assert "{{" not in text and "{%" not in text


def test_state_letterhead():
    b = sample()
    b["letterhead"].update(profile="nha-nuoc", number="Số: 12/BC-BDVTU")
    text = all_text(Document(io.BytesIO(render_docx(b))))
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text and "Số: 12/BC-BDVTU" in text
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" not in text


def test_core_properties_describe_the_report(party_bytes, party_doc):
    props = party_doc.core_properties
    assert props.title == sample()["subject"]
    assert props.author == "BAN DÂN VẬN TỈNH ỦY"
    with zipfile.ZipFile(io.BytesIO(party_bytes)) as z:
        core = z.read("docProps/core.xml").decode("utf-8")
        app = z.read("docProps/app.xml").decode("utf-8")
    assert "python-docx" not in core
    assert "Macintosh" not in app and "<Application>briefgen</Application>" in app


def test_same_bytes_with_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1712300000")
    first = render_docx(sample())
    assert first == render_docx(sample())
    doc = Document(io.BytesIO(first))
    assert doc.core_properties.created.year == 2024
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        assert {i.date_time[:3] for i in z.infolist()} == {(2024, 4, 5)}
        assert z.namelist()[0] == "[Content_Types].xml"


def test_hostile_text_is_shown_literally():
    b = copy.deepcopy(sample())
    b["sections"][0]["themes"][0]["items"][0]["text"] = HOSTILE
    b["subject"] = "Báo cáo {% if true %}x{% endif %}"
    text = all_text(Document(io.BytesIO(render_docx(b))))
    assert HOSTILE in text
    assert "Báo cáo {% if true %}x{% endif %}" in text


def test_packaged_template_uses_only_contract_variables():
    from docxtpl import DocxTemplate

    tpl = DocxTemplate(str(packaged_templates_dir() / "briefing.docx"))
    used = tpl.get_undeclared_template_variables()
    assert used and used <= set(CONTRACT_KEYS) | set(DERIVED_KEYS)


def _user_template(tmp_path: Path, extra: str) -> Path:
    folder = tmp_path / "templates"
    folder.mkdir()
    target = folder / "briefing.docx"
    shutil.copyfile(packaged_templates_dir() / "briefing.docx", target)
    doc = Document(str(target))
    doc.add_paragraph(extra)
    doc.save(str(target))
    return target


def test_broken_tag_in_user_template(tmp_path, monkeypatch):
    target = _user_template(tmp_path, "{{ lh.issuer ")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(TemplateError) as err:
        render_docx(sample())
    message = str(err.value)
    assert str(target) in message and "\n" not in message


def test_unknown_variable_in_user_template(tmp_path, monkeypatch):
    _user_template(tmp_path, "Người duyệt: {{ nguoi_duyet }}")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(TemplateError, match="nguoi_duyet"):
        render_docx(sample())


def test_user_template_overrides_packaged(tmp_path, monkeypatch):
    _user_template(tmp_path, "Bản in riêng của văn phòng {{ lh.issuer }}")
    monkeypatch.chdir(tmp_path)
    text = all_text(Document(io.BytesIO(render_docx(sample()))))
    assert "Bản in riêng của văn phòng BAN DÂN VẬN TỈNH ỦY" in text


def test_not_a_word_file(tmp_path, monkeypatch):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "briefing.docx").write_bytes(b"not a zip")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(TemplateError, match="briefing.docx"):
        render_docx(sample())
