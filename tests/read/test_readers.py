"""Reading every input format, and refusing bad files with one clear line."""
from __future__ import annotations

import hashlib
import socket
import sys
import unicodedata
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures"))
import make_inputs as fx  # noqa: E402

from briefgen.read import registry as readers  # noqa: E402
from briefgen.errors import InputError, UnsupportedFormat  # noqa: E402
from briefgen.read import read_document, supported_extensions  # noqa: E402

MOJIBAKE = ("Ã", "Â¸", "¸", "µ", "\ufffd")
READABLE = [
    "utf8.txt", "utf8-bom.txt", "utf16.txt", "utf16le-nobom.txt", "cp1258.txt", "tcvn3.txt", "vni.txt",
    "front-matter.md", "news.html", "hostile.html", "report.docx", "report.pdf", "duplicate.txt",
    "near-duplicate.txt",
]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, Path]:
    return fx.make_inputs(tmp_path_factory.mktemp("inputs"))


def test_every_format_is_registered():
    assert {".txt", ".md", ".html", ".htm", ".docx", ".pdf"} <= set(supported_extensions())


@pytest.mark.parametrize("name", READABLE)
def test_readable_formats_give_the_sentence_intact_in_nfc(inputs, name):
    doc = read_document(inputs[name], display=f"inputs/{name}")
    assert doc.path == f"inputs/{name}"
    # Whitespace may differ (the duplicate has doubled spaces); the words may not.
    assert " ".join(fx.SENTENCE.split()) in " ".join(doc.text.split())
    assert unicodedata.is_normalized("NFC", doc.text)
    assert all(ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf") for ch in doc.text)
    for bad in MOJIBAKE:
        assert bad not in doc.text


@pytest.mark.parametrize("name", ["tcvn3.txt", "vni.txt"])
def test_legacy_encodings_come_back_as_the_original_unicode(inputs, name):
    doc = read_document(inputs[name])
    assert doc.text == fx.TITLE + "\n\n" + fx.LEGACY_ARTICLE
    assert doc.warnings == ()


@pytest.mark.parametrize("name", ["utf8-bom.txt", "utf16.txt", "cp1258.txt"])
def test_windows_line_ends_and_bom_give_the_same_text_as_plain_utf8(inputs, name):
    assert read_document(inputs[name]).text == read_document(inputs["utf8.txt"]).text


def test_news_page_keeps_the_article_and_drops_the_page_furniture(inputs):
    doc = read_document(inputs["news.html"])
    assert doc.title == fx.TITLE
    assert doc.date == "2023-07-05"
    assert doc.url == "https://baonamson.example.vn/mat-tran/so-ket-6-thang-2023.html"
    for paragraph in fx.PARAGRAPHS:
        assert paragraph in doc.text.split("\n\n")
    for furniture in ("Trang chủ", "Chia sẻ", "Zalo", "Tin liên quan", "hiến máu", "Giấy phép", "Lượt xem"):
        assert furniture not in doc.text


def test_hostile_page_text_stays_literal_and_scripts_never_appear(inputs):
    doc = read_document(inputs["hostile.html"])
    assert "{{ 7*7 }}" in doc.text and "{% for x in y %}" in doc.text
    assert "<b>đậm</b>" in doc.text
    assert "alert" not in doc.text and "passwd" not in doc.text and "color" not in doc.text
    assert "49" not in doc.text


def test_html_reading_never_touches_the_network(inputs, monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network disabled in test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    for name in ("news.html", "hostile.html"):
        assert read_document(inputs[name]).text
    assert attempts == []


def test_html_without_article_markup_falls_back_to_paragraphs(tmp_path):
    page = tmp_path / "tho.htm"
    page.write_text(
        "<html><head><title>Tin ngắn</title><style>p{}</style></head><body>"
        "<div><p>Hội nghị đã thống nhất các chỉ tiêu.</p><script>var x = 1;</script></div></body></html>",
        encoding="utf-8",
    )
    doc = read_document(page)
    assert "Hội nghị đã thống nhất các chỉ tiêu." in doc.text
    assert "var x" not in doc.text and "p{}" not in doc.text


def test_docx_paragraphs_and_table_rows_in_document_order(inputs):
    doc = read_document(inputs["report.docx"])
    assert doc.title == fx.TITLE
    text = doc.text
    row = "Nhà đại đoàn kết | 14 nhà"
    assert row in text
    assert text.index(fx.PARAGRAPHS[2]) < text.index(row) < text.index(fx.PARAGRAPHS[3])


def test_pdf_text_layer_with_paragraphs_rejoined(inputs):
    doc = read_document(inputs["report.pdf"])
    assert doc.title == fx.TITLE
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == fx.TITLE
    assert paragraphs[1:] == fx.PARAGRAPHS


def test_markdown_loses_markup_keeps_words_and_front_matter(inputs):
    doc = read_document(inputs["front-matter.md"])
    assert doc.title == fx.TITLE
    assert doc.text.startswith("---\ntitle: ")  # front matter is for split_front_matter
    assert "**" not in doc.text and "# " not in doc.text
    assert "trang Mặt trận huyện" in doc.text and "https://namson.example.vn" not in doc.text


@pytest.mark.parametrize(
    "name, reason",
    [
        ("empty.txt", "tệp rỗng"),
        ("blank.txt", "chỉ có khoảng trắng"),
        ("blank.html", "không có nội dung văn bản"),
        ("binary.txt", "tệp nhị phân"),
        ("corrupt.docx", "bị hỏng"),
        ("corrupt.pdf", "bị hỏng"),
        ("scan.pdf", "không có lớp văn bản"),
        ("unknown.xyz", "không được hỗ trợ"),
    ],
)
def test_bad_files_raise_one_line_naming_the_file(inputs, name, reason):
    with pytest.raises(InputError) as err:
        read_document(inputs[name], display=f"inputs/{name}")
    message = str(err.value)
    assert message.startswith(f"inputs/{name}: ")
    assert reason in message
    assert "\n" not in message
    assert err.value.path == f"inputs/{name}"


def test_unknown_extension_is_its_own_error_type(inputs):
    with pytest.raises(UnsupportedFormat):
        read_document(inputs["unknown.xyz"])


def test_old_word_file_renamed_docx_is_explained(tmp_path):
    path = tmp_path / "cu.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(InputError, match="Word cũ"):
        read_document(path)


def test_file_over_the_size_limit_is_refused(tmp_path):
    path = tmp_path / "lon.txt"
    with path.open("wb") as f:
        f.truncate(21 * 1024 * 1024)  # sparse: no real disk use
    with pytest.raises(InputError) as err:
        read_document(path, display="inputs/lon.txt")
    assert str(err.value) == "inputs/lon.txt: tệp quá lớn (21,0 MB, giới hạn 20 MB)"


def test_unreadable_file_is_an_input_error(tmp_path, monkeypatch):
    path = tmp_path / "khoa.txt"
    path.write_text("Nội dung", encoding="utf-8")
    original = Path.open

    def locked(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", locked)
    with pytest.raises(InputError, match="không có quyền đọc"):
        read_document(path)


def test_missing_file_and_folder_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="không tìm thấy"):
        read_document(tmp_path / "khong-co.txt")
    (tmp_path / "thu-muc.txt").mkdir()
    with pytest.raises(InputError, match="không phải là tệp"):
        read_document(tmp_path / "thu-muc.txt")


def test_reader_with_a_missing_library_is_disabled_and_says_why(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "_REGISTRY", dict(readers._REGISTRY))
    readers.register("thử", (".thu",), requires=("briefgen_no_such_module",))(lambda data, display: None)
    assert ".thu" not in supported_extensions()
    path = tmp_path / "a.thu"
    path.write_text("Nội dung", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_document(path)
    assert not isinstance(err.value, UnsupportedFormat)
    assert "briefgen_no_such_module" in str(err.value)


@pytest.mark.parametrize("name", ["long-line.txt", "long-line.md"])
def test_one_enormous_line_is_read_with_a_warning(inputs, name):
    doc = read_document(inputs[name])
    assert len(doc.text) > 1_500_000
    assert any("không có dấu câu" in w for w in doc.warnings)


def test_input_files_are_byte_identical_after_reading(inputs):
    before = {name: hashlib.sha256(path.read_bytes()).hexdigest() for name, path in inputs.items()}
    for path in inputs.values():
        try:
            read_document(path)
        except InputError:
            pass
    after = {name: hashlib.sha256(path.read_bytes()).hexdigest() for name, path in inputs.items()}
    assert after == before
    assert sorted(p.name for p in next(iter(inputs.values())).parent.iterdir()) == sorted(inputs)


def test_page_with_tens_of_thousands_of_inline_tags_uses_the_plain_extraction(tmp_path):
    path = tmp_path / "the.html"
    body = "tuyên truyền <b>vận động</b> hội viên " * 20_000
    path.write_text(f"<html><body><p>{body}</p><script>x()</script></body></html>", encoding="utf-8")
    doc = read_document(path)
    assert doc.text.startswith("tuyên truyền vận động hội viên tuyên truyền")
    assert "x()" not in doc.text
    assert any("quá nhiều thẻ" in w for w in doc.warnings)


def _encrypted_copy(source: Path, target: Path, user_password: str) -> Path:
    import pypdf

    writer = pypdf.PdfWriter()
    for page in pypdf.PdfReader(source).pages:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password="chu-so-huu", algorithm="RC4-128")
    writer.write(target)
    return target


def test_pdf_locked_only_against_copying_is_read(inputs, tmp_path):
    path = _encrypted_copy(inputs["report.pdf"], tmp_path / "khoa-sao-chep.pdf", "")
    assert fx.SENTENCE in read_document(path).text


def test_pdf_with_a_password_is_refused(inputs, tmp_path):
    path = _encrypted_copy(inputs["report.pdf"], tmp_path / "mat-khau.pdf", "123456")
    with pytest.raises(InputError, match="mật khẩu"):
        read_document(path)


def test_word_file_typed_in_a_vntime_font_is_converted(tmp_path):
    import docx

    as_font_shows = fx.encode_tcvn3(fx.LEGACY_ARTICLE).decode("cp1252")  # "B¸o c¸o" style characters
    document = docx.Document()
    document.core_properties.title = fx.encode_tcvn3("Báo cáo sơ kết").decode("cp1252")
    for paragraph in as_font_shows.split("\n\n"):
        document.add_paragraph(paragraph)
    document.save(tmp_path / "vntime.docx")
    doc = read_document(tmp_path / "vntime.docx", display="inputs/vntime.docx")
    assert doc.text == fx.LEGACY_ARTICLE
    assert doc.title == "Báo cáo sơ kết"
    assert doc.encoding == "docx+tcvn3"
    assert doc.warnings and doc.warnings[0].startswith("inputs/vntime.docx: ")


def test_web_page_in_a_vni_font_is_converted(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in fx.LEGACY_PARAGRAPHS)
    page = f'<html><head><meta charset="windows-1252"></head><body><article>{body}</article></body></html>'
    path = tmp_path / "vni.html"
    path.write_bytes(fx.encode_vni(page))
    doc = read_document(path)
    assert doc.text == fx.LEGACY_ARTICLE
    assert doc.encoding == "windows-1252+vni"


def test_docx_tracked_changes_smart_tags_and_links_read_as_printed(tmp_path):
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    paragraph = document.add_paragraph("Hội nghị đã ")
    for xml in (
        f'<w:ins {w} w:id="1" w:author="A" w:date="2024-04-02T00:00:00Z"><w:r><w:t xml:space="preserve">thống nhất </w:t></w:r></w:ins>',
        f'<w:del {w} w:id="2" w:author="A" w:date="2024-04-02T00:00:00Z"><w:r><w:delText>bác bỏ </w:delText></w:r></w:del>',
        f'<w:smartTag {w} w:uri="urn:x" w:element="place"><w:r><w:t xml:space="preserve">12 chỉ tiêu</w:t></w:r></w:smartTag>',
        f'<w:hyperlink {w}><w:r><w:t>.</w:t></w:r></w:hyperlink>',
    ):
        paragraph._p.append(parse_xml(xml))
    document.save(tmp_path / "sua.docx")
    assert read_document(tmp_path / "sua.docx").text == "Hội nghị đã thống nhất 12 chỉ tiêu."


def test_markdown_headings_lists_and_hashtags(tmp_path):
    path = tmp_path / "ghi-chep.md"
    path.write_text(
        "# Giao ban quý I\n\n## Kết quả ##\n\n#MTTQ tích cực vận động.\n\n* Xây 14 nhà.\n+ Tổ chức 56 buổi.\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert doc.title == "Giao ban quý I"
    assert doc.text == "Giao ban quý I\n\nKết quả\n\n#MTTQ tích cực vận động.\n\n- Xây 14 nhà.\n- Tổ chức 56 buổi."
