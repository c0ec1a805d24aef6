"""The recipe as a whole: site chrome, strict mode, nothing usable, killed builds, hostile text."""
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from pypdf import PdfReader
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.model import Document
from briefgen.pipeline import Options, gather, site_chrome

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()
ARTICLE = ("Trong quý I/2024, Ủy ban MTTQ huyện {place} đã vận động được {n} triệu đồng ủng hộ Quỹ Vì người nghèo, "
           "hỗ trợ xây dựng {m} nhà Đại đoàn kết cho hộ nghèo.\n\n"
           "Tuy nhiên, công tác nắm tình hình Nhân dân ở một số xã của huyện {place} còn chậm.\n\n"
           "Đồng chí Bí thư Huyện ủy đề nghị Mặt trận huyện tiếp tục đổi mới phương thức vận động, "
           "tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư.\n")
CHROME = "Cổng thông tin điện tử huyện\nGiới thiệu Tin tức Sự kiện Văn bản\n"


def test_lines_repeated_across_inputs_are_site_chrome(tmp_path):
    for i, place in enumerate(("Yên Thế", "Lục Nam", "Sơn Động")):
        (tmp_path / f"{i}.txt").write_text(CHROME + "\n" + ARTICLE.format(place=place, n=100 + i, m=3 + i),
                                           encoding="utf-8")
    result = gather(Options(inputs=tmp_path))
    for article in result.articles:
        reasons = [d.reason for d in article.dropped]
        assert any("lặp lại ở nhiều bài" in r for r in reasons)
        assert all("Cổng thông tin" not in s.quote for s in article.statements)
        assert {s.category for s in article.statements} == {"achievement", "limitation", "task"}


def test_site_chrome_ignores_lines_of_a_single_file():
    docs = [Document("a.txt", "Trang chủ\nNội dung riêng"), Document("b.txt", "Trang chủ\nNội dung khác")]
    assert site_chrome(docs) == frozenset({"trang chủ"})


def test_strict_fails_when_a_file_was_skipped(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(ARTICLE.format(place="Yên Thế", n=100, m=3), encoding="utf-8")
    (inputs / "rong.txt").write_text("", encoding="utf-8")
    ok = runner.invoke(app, ["build", str(inputs), "-o", str(tmp_path / "o1")])
    assert ok.exit_code == 0, ok.output
    strict = runner.invoke(app, ["build", str(inputs), "-o", str(tmp_path / "o2"), "--strict"])
    assert strict.exit_code != 0 and "rong.txt" in strict.output


def test_nothing_usable_is_an_error(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "rong.txt").write_text("   \n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(inputs), "-o", str(tmp_path / "o")])
    assert result.exit_code != 0 and "Lỗi:" in result.output
    assert not (tmp_path / "o" / "bao-cao-tong-hop.pdf").exists()


def test_hostile_text_is_shown_literally_and_runs_nothing(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    hostile = ("Trong quý I/2024, Mặt trận huyện đã tổ chức {{ 7*7 }} buổi tuyên truyền <b>trực tiếp</b> "
               "<script>alert(1)</script> <img src=\"file:///etc/passwd\"> {% for x in y %} cho Nhân dân.\n")
    (inputs / "a.txt").write_text(hostile + "\n" + ARTICLE.format(place="Yên Thế", n=100, m=3), encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(inputs), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = " ".join(p.extract_text() for p in PdfReader(out / "bao-cao-tong-hop.pdf").pages)
    text = " ".join(text.split())
    assert "{{ 7*7 }}" in text and "<script>alert(1)</script>" in text and "{% for x in y %}" in text
    assert "root:x:0" not in text
    import docx
    dtext = " ".join(p.text for p in docx.Document(out / "bao-cao-tong-hop.docx").paragraphs)
    assert "{{ 7*7 }}" in dtext and "<b>trực tiếp</b>" in dtext
    audit = (out / "bao-cao-tong-hop.audit.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in audit and "&lt;script&gt;" in audit


def test_a_killed_rebuild_leaves_the_previous_outputs_complete(tmp_path):
    inputs = tmp_path / "in"
    shutil.copytree(ROOT / "inputs", inputs)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "briefgen", "-q", "build", str(inputs), "-o", str(out)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run(cmd, check=True, capture_output=True, env=env, timeout=300)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    for delay in (1.0, 2.0, 3.0):
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        pdf = out / "bao-cao-tong-hop.pdf"
        assert len(PdfReader(pdf).pages) >= 2
        assert {p.name for p in out.iterdir() if not p.name.startswith(".")} == set(before)
    # the next build cleans up whatever temp file a killed build left
    subprocess.run(cmd, check=True, capture_output=True, env=env, timeout=300)
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
