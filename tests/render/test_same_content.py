"""The DOCX and the PDF say the same thing, in the same order."""
from __future__ import annotations

import copy
import io
import re
import subprocess
from pathlib import Path

import pytest
import yaml
from docx import Document
from docx.oxml.ns import qn

pytest.importorskip("weasyprint")

from briefgen.config import load_profile, punctuate_recipients  # noqa: E402
from briefgen.render.to_docx import render_docx  # noqa: E402
from briefgen.render.to_pdf import render_pdf  # noqa: E402

FIXTURE = Path(__file__).parents[1] / "fixtures" / "briefing_sample.yaml"
HOSTILE = "Kết quả {{ 7*7 }} <script>alert(1)</script> <img src=file:///etc/passwd> đạt."


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(data: bytes) -> str:
    out = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
    return flat(out.stdout.decode("utf-8"))


def docx_text(data: bytes) -> str:
    body = Document(io.BytesIO(data)).element.body
    paragraphs = ("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p")))
    return flat(" ".join(paragraphs))


def expected_lines(model: dict) -> list[str]:
    """Every line of the body a reader must find, in reading order."""
    lines = [model["intro"]]
    for section in model["sections"]:
        for theme in section["themes"]:
            lines.append(theme["title"])
            for item in theme["items"]:
                refs = ", ".join(f"[{i}]" for i in item["sources"])
                lines.append(f"- {item['text']} {refs}")
            if theme.get("more"):
                lines.append(f"(và {theme['more']} ý kiến tương tự, xem trang kiểm tra)")
        if section["category"] == "achievement":
            for fig in model["figures"]:
                lines.append(f"- {fig['text']} " + ", ".join(f"[{i}]" for i in fig["sources"]))
    profile = load_profile(model["letterhead"]["profile"])
    lines += [f"- {r}" for r in punctuate_recipients(model["letterhead"]["recipients"], profile)]
    return [flat(line) for line in lines]


def assert_in_order(text: str, lines: list[str], kind: str) -> None:
    pos = 0
    for line in lines:
        found = text.find(line, pos)
        assert found >= 0, f"{kind}: missing or out of order: {line!r}"
        pos = found + len(line)


@pytest.fixture(scope="module")
def model() -> dict:
    m = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    m["sections"][2]["themes"][0]["items"].append({"text": HOSTILE, "sources": [3, 1],
                                                   "quotes": []})
    return m


@pytest.mark.parametrize("profile", ["dang", "dang-hd36", "nha-nuoc"])
def test_every_item_and_citation_in_both_documents_in_order(model, profile):
    m = {**model, "letterhead": {**model["letterhead"], "profile": profile}}
    lines = expected_lines(m)
    assert any(HOSTILE in line for line in lines)
    assert_in_order(pdf_text(render_pdf(m)), lines, "PDF")
    assert_in_order(docx_text(render_docx(m)), lines, "DOCX")


def test_sources_and_overview_in_both_documents(model):
    pdf, docx = pdf_text(render_pdf(model)), docx_text(render_docx(model))
    for text in (pdf, docx):
        for label in ("Danh mục bài viết tổng hợp", "Tổng hợp theo đơn vị, địa bàn",
                      "Tỉnh Bắc Kạn", "Huyện Ba Bể", "28/03/2024", "02/04/2024"):
            assert label in text, label


def test_period_note_in_both_documents(model):
    note = "Các bài viết thuộc hai kỳ báo cáo khác nhau (quý I/2024 và tháng 3/2024)."
    m = {**model, "period_note": note}
    assert note in pdf_text(render_pdf(m))
    assert note in docx_text(render_docx(m))


def test_minimal_model_renders_empty_sections_in_both():
    m = {"schema": "briefgen.briefing/1", "letterhead": {"profile": "nha-nuoc"},
         "sections": [{"category": c, "title": t, "themes": []} for c, t in (
             ("achievement", "KẾT QUẢ ĐẠT ĐƯỢC"), ("limitation", "HẠN CHẾ, TỒN TẠI"),
             ("task", "NHIỆM VỤ TRỌNG TÂM"))]}
    lines = ["I. KẾT QUẢ ĐẠT ĐƯỢC", "Các bài viết không nêu nội dung này.",
             "II. HẠN CHẾ, TỒN TẠI", "Các bài viết không nêu nội dung này.",
             "III. NHIỆM VỤ TRỌNG TÂM", "Các bài viết không nêu nội dung này."]
    assert_in_order(pdf_text(render_pdf(m)), lines, "PDF")
    assert_in_order(docx_text(render_docx(m)), lines, "DOCX")


def test_national_synthesis_stays_readable_in_both(model):
    """Hundreds of sources: a point cites ten and counts the rest; the
    overview has one line per place, not per article."""
    first = model["sources"][0]
    places = ["Tỉnh Gia Lai", "Huyện Mộc Hóa", "Thị xã Buôn Hồ"]
    sources = [{**first, "id": i, "path": f"inputs/bai-{i:03d}.txt"} for i in range(1, 181)]
    overview = [{"label": places[i % 3], "source": i + 1, "achievement": 2, "limitation": 1, "task": 1}
                for i in range(180)]
    m = copy.deepcopy(model)
    m.update(sources=sources, overview=overview)
    item = m["sections"][0]["themes"][0]["items"][0]
    item["sources"] = list(range(1, 26))
    line = flat(f"- {item['text']} " + ", ".join(f"[{i}]" for i in range(1, 11)) + " và 15 bài viết khác")
    for text in (pdf_text(render_pdf(m)), docx_text(render_docx(m))):
        assert line in text
        # each place once, with the counts of its 60 articles
        assert text.count("Huyện Mộc Hóa") == 1
        assert re.search(r"Huyện Mộc Hóa\W+120\W+60\W+60\W+\[2\], \[5\]", text)


def test_beyond_the_source_list_cap_both_documents_say_where_the_list_is(model, monkeypatch):
    """A national synthesis does not print thousands of article lines; both
    documents say how many articles there are and where the numbered list is."""
    first = model["sources"][0]
    sources = [{**first, "id": i, "path": f"inputs/bai-{i:03d}.txt", "title": f"Bài số {i} về giao ban"}
               for i in range(1, 8)]
    m = copy.deepcopy(model)
    m.update(sources=sources)
    monkeypatch.setenv("BRIEFGEN_SOURCE_LIST_MAX", "5")
    capped = (pdf_text(render_pdf(m)), docx_text(render_docx(m)))
    monkeypatch.setenv("BRIEFGEN_SOURCE_LIST_MAX", "0")
    listed = (pdf_text(render_pdf(m)), docx_text(render_docx(m)))
    for text in capped:
        assert "Danh mục bài viết tổng hợp" in text
        assert "Báo cáo tổng hợp từ 7 bài viết" in text and "trang kiểm tra" in text
        assert "Bài số 6 về giao ban" not in text
    for text in listed:
        assert "Bài số 6 về giao ban" in text and "Báo cáo tổng hợp từ 7 bài viết" not in text
