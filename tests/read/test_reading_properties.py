"""Whatever bytes or text a file holds, reading it either works and gives
clean NFC text, or fails with an InputError: never another exception."""
from __future__ import annotations

import os
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures"))
import make_inputs as fx  # noqa: E402

from briefgen.read.encodings import clean_text, decode_bytes  # noqa: E402
from briefgen.errors import InputError  # noqa: E402
from briefgen.read import read_document  # noqa: E402

SETTINGS = settings(max_examples=int(os.environ.get("BRIEFGEN_PROPERTY_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
EXTENSIONS = [".txt", ".md", ".html", ".docx", ".pdf"]
WORDS = sorted(set(fx.LEGACY_ARTICLE.replace(",", " ").replace(".", " ").replace(";", " ").split()))



@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("props")


def assert_clean(text: str) -> None:
    assert unicodedata.is_normalized("NFC", text)
    for ch in text:
        assert ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs"), repr(ch)


def read_or_input_error(folder: Path, data: bytes, ext: str) -> None:
    path = folder / f"f{ext}"
    path.write_bytes(data)
    try:
        doc = read_document(path)
    except InputError as err:
        assert str(err).startswith(f"{path}: ") and "\n" not in str(err)
        return
    assert doc.text.strip()
    assert_clean(doc.text)
    for value in (doc.title, doc.url):
        if value is not None:
            assert_clean(value)


@SETTINGS
@given(data=st.binary(max_size=3000), ext=st.sampled_from(EXTENSIONS))
def test_random_bytes_never_raise_anything_but_input_error(folder, data, ext):
    read_or_input_error(folder, data, ext)


@SETTINGS
@given(text=st.text(max_size=2000), ext=st.sampled_from(EXTENSIONS), encoding=st.sampled_from(["utf-8", "utf-16"]))
def test_random_text_never_raises_anything_but_input_error(folder, text, ext, encoding):
    read_or_input_error(folder, text.encode(encoding, errors="surrogatepass"), ext)


@SETTINGS
@given(text=st.text(max_size=500))
def test_random_text_inside_html_markup(folder, text):
    page = (
        f'<html><head><meta charset="utf-8"><title>{text[:50]}</title></head>'
        f"<body><article><p>{text}</p></article></body></html>"
    )
    read_or_input_error(folder, page.encode("utf-8", errors="surrogatepass"), ".html")


@SETTINGS
@given(data=st.binary(max_size=3000))
def test_decoded_bytes_are_nfc_without_control_characters(data):
    try:
        text, _, _ = decode_bytes(data, "x.txt")
    except InputError:
        return
    assert_clean(text)


@SETTINGS
@given(text=st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=300))
def test_utf8_with_vietnamese_letters_always_decodes_as_itself(text):
    text = text + " Mặt trận Tổ quốc"
    decoded, encoding, warnings = decode_bytes(text.encode("utf-8"), "x.txt")
    assert encoding in ("utf-8", "utf-8-sig")
    assert decoded == clean_text(text)
    assert warnings == []


@SETTINGS
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=12, max_size=80),
    encoding=st.sampled_from(["tcvn3", "vni", "cp1258"]),
)
def test_legacy_encoded_vietnamese_comes_back_exactly(words, encoding):
    text = " ".join(words)
    encode = {"tcvn3": fx.encode_tcvn3, "vni": fx.encode_vni, "cp1258": fx.encode_cp1258}[encoding]
    decoded, found, warnings = decode_bytes(encode(text), "x.txt")
    if len({w for w in words if not w.isascii()}) >= 6:
        assert decoded == text
    else:  # little evidence: right, or the user is warned
        assert decoded == text or any("không chắc chắn" in w for w in warnings)
