"""Per-file metadata from metadata.csv and from YAML front matter."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures"))
import make_inputs as fx  # noqa: E402

from briefgen.errors import InputError  # noqa: E402
from briefgen.read import read_document  # noqa: E402
from briefgen.read.sidecar import load_sidecar, split_front_matter  # noqa: E402


def write_csv(folder: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path = folder / "metadata.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_no_csv_means_no_metadata(tmp_path):
    assert load_sidecar(tmp_path) == {}


def test_excel_csv_with_bom_gives_fields_per_file(tmp_path):
    write_csv(
        tmp_path,
        "file,title,locality,unit_level,period,next_period,meeting_date,url\r\n"
        "bai1.txt,Hội nghị giao ban quý I,Bắc Kạn,Tỉnh,quý I/2024,quý II/2024,02/4/2024,https://a.example.vn/1\r\n"
        'inputs\\bai2.docx,"Sơ kết 6 tháng, triển khai nhiệm vụ",Nam Sơn,huyện,,,2023-07-05,\r\n',
    )
    meta = load_sidecar(tmp_path)
    assert meta["bai1.txt"] == {
        "title": "Hội nghị giao ban quý I",
        "locality": "Bắc Kạn",
        "unit_level": "tỉnh",
        "period": "quý I/2024",
        "next_period": "quý II/2024",
        "meeting_date": "2024-04-02",
        "url": "https://a.example.vn/1",
    }
    # A path in the file column is reduced to the name; empty cells are left out.
    assert meta["bai2.docx"] == {
        "title": "Sơ kết 6 tháng, triển khai nhiệm vụ",
        "locality": "Nam Sơn",
        "unit_level": "huyện",
        "meeting_date": "2023-07-05",
    }


def test_semicolon_csv_without_bom(tmp_path):
    write_csv(tmp_path, "file;locality;period\nbai1.txt;Thái Nguyên;quý III/2024\n", encoding="utf-8")
    assert load_sidecar(tmp_path) == {"bai1.txt": {"locality": "Thái Nguyên", "period": "quý III/2024"}}


def test_csv_saved_in_the_windows_vietnamese_code_page(tmp_path):
    path = tmp_path / "metadata.csv"
    path.write_bytes(fx.encode_cp1258("file,locality\nbai1.txt,Tuyên Quang\nbai2.txt,Điện Biên\n"))
    assert load_sidecar(tmp_path)["bai2.txt"] == {"locality": "Điện Biên"}


def test_unknown_column_and_bad_date_are_warnings_not_errors(tmp_path):
    write_csv(tmp_path, "file,locality,ghi_chu,meeting_date\nbai1.txt,Lào Cai,xem lại,32/13/2024\n")
    warnings: list[str] = []
    meta = load_sidecar(tmp_path, warnings)
    assert meta == {"bai1.txt": {"locality": "Lào Cai"}}
    assert any("'ghi_chu'" in w for w in warnings)
    assert any("32/13/2024" in w and "dòng 2" in w for w in warnings)


@pytest.mark.parametrize(
    "text, line",
    [
        ("ten,locality\nbai1.txt,Hà Giang\n", "dòng 1"),
        ("file,locality\nbai1.txt,Hà Giang\nbai2.txt,Cao Bằng,thừa,ô\n", "dòng 3"),
        ('file,locality\nbai1.txt,"Hà Giang\n', "dòng 2"),
        ("file,locality\n,Hà Giang\n", "dòng 2"),
    ],
    ids=["no-file-column", "too-many-cells", "open-quote", "no-file-name"],
)
def test_malformed_csv_is_an_input_error_naming_csv_and_line(tmp_path, text, line):
    path = write_csv(tmp_path, text)
    with pytest.raises(InputError) as err:
        load_sidecar(tmp_path)
    message = str(err.value)
    assert message.startswith(f"{path}: {line}")
    assert "\n" not in message


def test_front_matter_fields_text_and_offset():
    text = (
        "---\ntitle: Giao ban quý I\nunit_level: Tỉnh\nlocality: Bắc Kạn\n"
        "meeting_date: 2024-04-02\nperiod: quý I/2024\n---\n\nNội dung bài viết.\n"
    )
    fields, rest, offset = split_front_matter(text)
    assert fields == {
        "title": "Giao ban quý I",
        "unit_level": "tỉnh",
        "locality": "Bắc Kạn",
        "meeting_date": "2024-04-02",
        "period": "quý I/2024",
    }
    assert rest == "Nội dung bài viết.\n"
    assert text[offset:] == rest


def test_text_without_front_matter_is_unchanged():
    text = "Hội nghị giao ban.\n---\nkhông phải phần đầu\n---\n"
    assert split_front_matter(text) == ({}, text, 0)
    unclosed = "---\ntitle: thiếu dòng đóng\nNội dung."
    assert split_front_matter(unclosed) == ({}, unclosed, 0)


def test_unknown_key_and_list_value_are_warnings():
    warnings: list[str] = []
    text = "---\ntitle: Tiêu đề\ntags: [a, b]\nlocality: [Hà Nội, Huế]\n---\nBài.\n"
    fields, rest, _ = split_front_matter(text, path="inputs/a.md", warnings=warnings)
    assert fields == {"title": "Tiêu đề"}
    assert rest == "Bài.\n"
    assert any(w.startswith("inputs/a.md: ") and "'tags'" in w for w in warnings)
    assert any("'locality'" in w for w in warnings)


def test_broken_yaml_is_removed_from_the_text_with_a_warning():
    warnings: list[str] = []
    fields, rest, _ = split_front_matter("---\ntitle: [không đóng\n---\nBài viết.", "b.md", warnings)
    assert fields == {} and rest == "Bài viết."
    assert warnings and warnings[0].startswith("b.md: ")


def test_front_matter_of_a_read_markdown_file(tmp_path):
    paths = fx.make_inputs(tmp_path, with_pdf=False)
    doc = read_document(paths["front-matter.md"])
    fields, rest, offset = split_front_matter(doc.text)
    assert fields["locality"] == "Nam Sơn" and fields["meeting_date"] == "2023-07-05"
    assert rest.startswith(fx.TITLE)
    assert doc.text[offset:] == rest
