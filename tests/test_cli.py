"""The command line, in-process: exit codes, one-line Vietnamese messages."""
import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from briefgen import __version__
from briefgen.cli import app

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def run(*args):
    return runner.invoke(app, list(map(str, args)))


def test_help_is_vietnamese():
    result = run("--help")
    assert result.exit_code == 0
    assert "Cách dùng" in result.output and "Tổng hợp các bài viết" in result.output
    assert "Hiện hướng dẫn này rồi thoát" in result.output
    build_help = run("build", "--help").output
    assert "Thư mục ghi kết quả" in build_help


def test_a_mistyped_option_is_named_in_vietnamese():
    result = run("build", ROOT / "inputs", "--out", "x")
    assert result.exit_code != 0
    assert "Không có tùy chọn: --out" in result.output and "--output" in result.output
    assert "No such option" not in result.output and "Possible options" not in result.output
    extra = run("build", ROOT / "inputs", "thua")
    assert extra.exit_code != 0 and "Thừa tham số: thua" in extra.output, extra.output
    missing = run("build", ROOT / "inputs", "--output")
    assert missing.exit_code != 0 and "Tùy chọn '--output' cần một giá trị." in missing.output, missing.output


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_extract_writes_the_scoring_json(tmp_path):
    out = tmp_path / "x.json"
    result = run("extract", ROOT / "inputs", "--json", out)
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "briefgen.extraction/1"
    assert len(data["articles"]) == 5
    texts = {Path(a["path"]).name: a for a in data["articles"]}
    src = (ROOT / "inputs" / "002_6b96bf124979bcf4.txt").read_text(encoding="utf-8")
    for st in texts["002_6b96bf124979bcf4.txt"]["statements"]:
        assert st["category"] in ("achievement", "limitation", "task")
        assert st["quote"] in src


def test_missing_input_folder_is_one_line_and_nonzero(tmp_path):
    result = run("extract", tmp_path / "khong-co", "--json", tmp_path / "x.json")
    assert result.exit_code != 0
    lines = [l for l in result.output.splitlines() if l.strip()]
    assert len(lines) == 1 and lines[0].startswith("Lỗi:") and "khong-co" in lines[0]
    assert "Traceback" not in result.output


def test_bad_files_are_skipped_with_a_message_and_the_rest_used(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(ROOT / "inputs" / "004_220bde5ece8993ae.txt", inputs)
    (inputs / "rong.txt").write_bytes(b"")
    (inputs / "hong.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (inputs / "la.xyz").write_text("?", encoding="utf-8")
    out = tmp_path / "x.json"
    result = run("extract", inputs, "--json", out)
    assert result.exit_code == 0, result.output
    for name in ("rong.txt", "hong.docx", "la.xyz"):
        assert sum(name in line for line in result.output.splitlines()) == 1
    assert len(json.loads(out.read_text(encoding="utf-8"))["articles"]) == 1


def test_output_folder_may_not_be_the_input_folder(tmp_path):
    shutil.copy(ROOT / "inputs" / "004_220bde5ece8993ae.txt", tmp_path)
    result = run("build", tmp_path, "-o", tmp_path)
    assert result.exit_code != 0 and "Lỗi:" in result.output


def test_explain_shows_labels_rules_and_noise():
    result = run("explain", ROOT / "inputs" / "002_6b96bf124979bcf4.txt", "--no-color")
    assert result.exit_code == 0, result.output
    assert "[ hạn chế] Phong trào thi đua có nơi phát động chưa đồng đều;" in result.output
    assert "nhiễu" in result.output and "Kỳ báo cáo: 6 tháng đầu năm 2024" in result.output


def test_render_refuses_unknown_category(tmp_path):
    draft = tmp_path / "b.briefing.yaml"
    draft.write_text((ROOT / "tests" / "fixtures" / "briefing_sample.yaml").read_text(encoding="utf-8")
                     .replace("category: limitation", "category: limitashun", 1), encoding="utf-8")
    result = run("render", draft, "-o", tmp_path / "out")
    assert result.exit_code != 0
    assert "limitashun" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out" / "b.pdf").exists()
