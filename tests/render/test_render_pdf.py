"""The PDF a reader opens: page format, fonts, letterhead, page numbers, safety."""
from __future__ import annotations

import copy
import io
import re
import subprocess
from pathlib import Path

import pytest
import yaml

pypdf = pytest.importorskip("pypdf")
pytest.importorskip("weasyprint")

from briefgen.render import to_pdf as rp  # noqa: E402
from briefgen.errors import RenderError, TemplateError  # noqa: E402
from briefgen.render.fonts import resolve_serif  # noqa: E402

FIXTURE = Path(__file__).parents[1] / "fixtures" / "briefing_sample.yaml"
HOSTILE = "Đã xử lý {{ 7*7 }} <script>alert(1)</script> <img src=file:///etc/passwd> xong."
MM = 72 / 25.4


def sample() -> dict:
    return yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))


def state_sample() -> dict:
    b = sample()
    b["letterhead"].update(profile="nha-nuoc", number="Số: 12/BC-BDVTU",
                           signer_prefix="KT. TRƯỞNG BAN")
    return b


def pdftotext(data: bytes, *args: str) -> str:
    out = subprocess.run(["pdftotext", *args, "-", "-"], input=data,
                         capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def party_pdf() -> bytes:
    return rp.render_pdf(sample())


@pytest.fixture(scope="module")
def state_pdf() -> bytes:
    return rp.render_pdf(state_sample())


def test_pages_are_a4(party_pdf):
    reader = pypdf.PdfReader(io.BytesIO(party_pdf))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(210 * MM, abs=1)
        assert float(page.mediabox.height) == pytest.approx(297 * MM, abs=1)


def test_fonts_are_embedded_times_compatible_serif(party_pdf):
    family, warning = resolve_serif()
    if warning:
        pytest.skip(f"no Times-compatible font installed ({family})")
    reader = pypdf.PdfReader(io.BytesIO(party_pdf))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts
    for name, font in fonts.items():
        assert re.search(r"Liberation.Serif|Times|Tinos|Termes", name), name
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor, f"{name} is not embedded"


def test_page_number_only_from_page_two(party_pdf):
    # Crop the top margin (20 mm) of each page: that is where the number must be.
    top = ["-x", "0", "-y", "0", "-W", "595", "-H", str(int(20 * MM))]
    assert pdftotext(party_pdf, "-f", "1", "-l", "1", *top).strip() == ""
    assert pdftotext(party_pdf, "-f", "2", "-l", "2", *top).strip() == "2"


def test_party_letterhead(party_pdf):
    text = flat(pdftotext(party_pdf))
    for expected in ("ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO", "Số 12-BC/BDVTU", "BAN DÂN VẬN TỈNH ỦY",
                     "Bắc Kạn, ngày 05 tháng 4 năm 2024", "K/T TRƯỞNG BAN", "Nguyễn Văn A",
                     "Nơi nhận:", "I. KẾT QUẢ ĐẠT ĐƯỢC", "II. HẠN CHẾ, TỒN TẠI",
                     "III. NHIỆM VỤ TRỌNG TÂM QUÝ II/2024", "Một số kết quả nổi bật",
                     "Danh mục bài viết tổng hợp",
                     "(và 2 ý kiến tương tự, xem trang kiểm tra)"):
        assert expected in text, expected
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in text
    assert "./." not in text  # HD 05 and HD 36: the body ends with "."


def test_state_letterhead(state_pdf):
    text = flat(pdftotext(state_pdf))
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Số: 12/BC-BDVTU", "BÁO CÁO", "KT. TRƯỞNG BAN", "./."):
        assert expected in text, expected
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" not in text


def test_metadata_and_outline(party_pdf):
    reader = pypdf.PdfReader(io.BytesIO(party_pdf))
    meta = reader.metadata
    assert "Tổng hợp kết quả hội nghị giao ban" in meta.title
    assert meta.author == "BAN DÂN VẬN TỈNH ỦY"
    assert str(reader.trailer["/Root"].get("/Lang")) == "vi-VN"
    top = [o for o in reader.outline if not isinstance(o, list)]
    titles = [o.title for o in top]
    assert titles[:3] == ["I. KẾT QUẢ ĐẠT ĐƯỢC", "II. HẠN CHẾ, TỒN TẠI",
                          "III. NHIỆM VỤ TRỌNG TÂM QUÝ II/2024"]
    nested = reader.outline[1]
    assert isinstance(nested, list) and nested[0].title == "1. Công tác tuyên truyền, vận động"


def test_tables_stay_inside_the_right_margin(party_pdf):
    # Long file names must wrap inside the sources table, not run off the page.
    bbox = pdftotext(party_pdf, "-bbox")
    right_limit = (210 - 15) * MM + 1
    xs = [float(x) for x in re.findall(r'xMax="([\d.]+)"', bbox)]
    assert xs and max(xs) <= right_limit


def test_empty_section_says_so():
    b = sample()
    b["sections"][1]["themes"] = []
    text = flat(pdftotext(rp.render_pdf(b)))
    assert "II. HẠN CHẾ, TỒN TẠI Các bài viết không nêu nội dung này." in text


def test_same_bytes_with_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1712300000")
    assert rp.render_pdf(sample()) == rp.render_pdf(sample())


def test_pdf_a_variant():
    data = rp.render_pdf(sample(), pdf_variant="pdf/a-3u")
    root = pypdf.PdfReader(io.BytesIO(data)).trailer["/Root"]
    assert "/OutputIntents" in root
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert re.search(r"pdfaid:part[^0-9]{0,3}3", xmp)


def test_unknown_variant_is_refused():
    with pytest.raises(RenderError, match="pdf/x-9"):
        rp.render_pdf(sample(), pdf_variant="pdf/x-9")


def test_hostile_text_is_shown_literally_and_nothing_is_fetched(monkeypatch):
    made = []
    real = rp.make_url_fetcher

    def recording(cwd=None):
        fetcher = real(cwd)
        made.append(fetcher)
        return fetcher

    monkeypatch.setattr(rp, "make_url_fetcher", recording)
    b = copy.deepcopy(sample())
    b["sections"][0]["themes"][0]["items"][0]["text"] = HOSTILE
    data = rp.render_pdf(b)
    assert flat(HOSTILE) in flat(pdftotext(data))
    requested = [u for f in made for u in f.requested]
    assert requested and all(u.endswith("/briefing.css") for u in requested)
    assert not any("passwd" in u for u in requested)


def test_fetcher_serves_templates_only(tmp_path):
    fetcher = rp.make_url_fetcher(tmp_path)
    css = rp.find_template("briefing.css", tmp_path)
    response = fetcher.fetch(css.as_uri())
    assert b"table.letterhead" in response.read()
    response.close()
    for url in ("file:///etc/passwd", "https://example.org/x.css", "http://127.0.0.1/",
                css.parent.as_uri() + "/../pyproject.toml", "data:text/plain,hello"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)


def test_broken_user_html_template(tmp_path, monkeypatch):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "briefing.html.j2").write_text(
        "<html><body>{% for x in body %}{{ x.heading }</body></html>", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(TemplateError) as err:
        rp.render_pdf(sample())
    message = str(err.value)
    assert "briefing.html.j2" in message and "\n" not in message


def test_blank_number_leaves_room_to_write_by_hand():
    b = sample()
    b["letterhead"]["number"] = "Số     -BC/BDVTU"
    words = re.findall(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]+)<',
                       pdftotext(rp.render_pdf(b), "-f", "1", "-l", "1", "-bbox"))
    so = next(float(x1) for x0, x1, w in words if w == "Số")
    code = next(float(x0) for x0, x1, w in words if w == "-BC/BDVTU")
    assert code - so > 10  # several spaces wide, not collapsed to one
