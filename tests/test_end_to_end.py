"""Build the five sample articles into a briefing and read it as a leader would."""
import re
from pathlib import Path

import docx
import pytest
import yaml
from pypdf import PdfReader
from typer.testing import CliRunner

from briefgen.cli import app

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(app, ["build", str(ROOT / "inputs"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def flat(text):
    return re.sub(r"\s+", " ", text)


def pdf_text(path):
    return flat(" ".join(page.extract_text() for page in PdfReader(path).pages))


def docx_text(path):
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts.extend(c.text for c in row.cells)
    return flat(" ".join(parts))


def sections(text):
    i1 = text.index("I. KẾT QUẢ ĐẠT ĐƯỢC")
    i2 = text.index("II. HẠN CHẾ, TỒN TẠI")
    i3 = text.index("III. NHIỆM VỤ TRỌNG TÂM")
    return text[i1:i2], text[i2:i3], text[i3:]


@pytest.mark.parametrize("reader,suffix", [(pdf_text, ".pdf"), (docx_text, ".docx")])
def test_statements_sit_under_the_right_section(built, reader, suffix):
    text = reader(built / f"bao-cao-tong-hop{suffix}")
    achievements, limitations, tasks = sections(text)
    assert "217/217 xã, phường, thị trấn" in achievements
    assert "báo cáo định kỳ còn chậm" in limitations
    assert "báo cáo định kỳ còn chậm" not in achievements + tasks
    assert "Dân vận khéo" in tasks
    assert "Dân vận khéo" not in achievements + limitations
    assert "BÁO CÁO" in text and "ĐẢNG CỘNG SẢN VIỆT NAM" in text


def test_the_briefing_model_is_written_and_consistent(built):
    model = yaml.safe_load((built / "bao-cao-tong-hop.briefing.yaml").read_text(encoding="utf-8"))
    assert model["schema"] == "briefgen.briefing/1"
    ids = {s["id"] for s in model["sources"]}
    assert len(ids) == 5
    assert [s["category"] for s in model["sections"]] == ["achievement", "limitation", "task"]
    items = [it for s in model["sections"] for t in s["themes"] for it in t["items"]]
    assert items and all(set(it["sources"]) <= ids and it["text"] for it in items)
    assert (built / "bao-cao-tong-hop.audit.html").stat().st_size > 10_000


def test_edited_draft_renders_without_rereading_articles(built, tmp_path):
    draft = (built / "bao-cao-tong-hop.briefing.yaml").read_text(encoding="utf-8")
    model = yaml.safe_load(draft)
    first = model["sections"][0]["themes"][0]["items"][0]["text"]
    limitation_theme = model["sections"][1]["themes"][0]
    deleted = limitation_theme["items"][0]["text"]
    edited = draft.replace(first, "Câu đã được cán bộ sửa lại cho gọn.", 1)
    # delete the limitation item: its text line and the lines that belong to it
    lines = edited.splitlines(keepends=True)
    start = next(i for i, l in enumerate(lines) if deleted in l)
    end = start + 1
    while end < len(lines) and not lines[end].lstrip().startswith(("- text:", "more:", "hidden_items:", "- title:", "- category:", "#")):
        end += 1
    edited = "".join(lines[:start] + lines[end:])
    path = tmp_path / "sua.briefing.yaml"
    path.write_text(edited, encoding="utf-8")
    result = runner.invoke(app, ["render", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    text = pdf_text(tmp_path / "out" / "sua.pdf")
    assert "Câu đã được cán bộ sửa lại cho gọn." in text
    assert flat(deleted)[:60] not in text
