"""Decoding text files in the encodings Vietnamese offices use."""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures"))
import make_inputs as fx  # noqa: E402

from briefgen.read.encodings import clean_text, decode_bytes  # noqa: E402
from briefgen.errors import InputError  # noqa: E402

MOJIBAKE = ("Ã", "Â¸", "¸", "µ", "Ö", "ö", "ø", "\ufffd")
TEXT = fx.TITLE + "\n\n" + fx.ARTICLE
LEGACY_TEXT = fx.TITLE + "\n\n" + fx.LEGACY_ARTICLE


def assert_clean(text: str) -> None:
    assert unicodedata.is_normalized("NFC", text)
    assert all(ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf") for ch in text)
    for bad in MOJIBAKE:
        assert bad not in text, bad


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16-le"),  # BOM + little-endian, as Word writes it
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),  # no BOM
        (TEXT.encode("utf-16-be"), "utf-16-be"),  # no BOM
        (fx.encode_cp1258(TEXT), "cp1258"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16be-bom", "utf16le", "utf16be", "cp1258"],
)
def test_unicode_and_windows_1258_come_back_exactly(data, encoding):
    text, found, warnings = decode_bytes(data, "inputs/a.txt")
    assert text == TEXT
    assert found == encoding
    assert warnings == []
    assert_clean(text)


@pytest.mark.parametrize("encode, name", [(fx.encode_tcvn3, "tcvn3"), (fx.encode_vni, "vni")])
def test_legacy_font_encodings_come_back_exactly(encode, name):
    text, found, warnings = decode_bytes(encode(LEGACY_TEXT), "inputs/cu.txt")
    assert text == LEGACY_TEXT
    assert found == name
    assert warnings == []
    assert_clean(text)


def test_tcvn3_bytes_typed_by_hand():
    # Bytes as a .VnTime document stores them, written out independently of the tables.
    data = "B¸o c¸o kÕt qu¶ c«ng t¸c MÆt trËn, ng\xadêi d©n ®· ®ãng gãp x©y dùng nhµ".encode("latin-1")
    text, found, _ = decode_bytes(data, "x.txt")
    assert found == "tcvn3"
    assert text == "Báo cáo kết quả công tác Mặt trận, người dân đã đóng góp xây dựng nhà"


def test_vni_bytes_typed_by_hand():
    data = "ÑAÛNG COÄNG SAÛN VIEÄT NAM. Maët traän Toå quoác ñaõ vaän ñoäng ngöôøi daân ñoùng goùp".encode("cp1252")
    text, found, _ = decode_bytes(data, "x.txt")
    assert found == "vni"
    assert text == "ĐẢNG CỘNG SẢN VIỆT NAM. Mặt trận Tổ quốc đã vận động người dân đóng góp"


def test_decomposed_utf8_is_composed_to_nfc():
    nfd = unicodedata.normalize("NFD", TEXT)
    text, _, _ = decode_bytes(nfd.encode("utf-8"), "mac.txt")
    assert text == TEXT


def test_tcvn3_pasted_into_a_unicode_file_is_converted_with_a_warning():
    mojibake = "B¸o c¸o t×nh h×nh MÆt trËn huyÖn ®· ®­îc tæng hîp ®Çy ®ñ"
    text, found, warnings = decode_bytes(mojibake.encode("utf-8"), "inputs/dan.txt")
    assert text == "Báo cáo tình hình Mặt trận huyện đã được tổng hợp đầy đủ"
    assert found == "utf-8+tcvn3"
    assert len(warnings) == 1 and warnings[0].startswith("inputs/dan.txt: ")


def test_unsure_guess_still_returns_text_and_warns_naming_the_file():
    # Two legacy words are too little evidence to be sure of the table.
    text, _, warnings = decode_bytes("MTTQ huyÖn 2023".encode("latin-1"), "inputs/ngan.txt")
    assert text == "MTTQ huyện 2023"
    assert warnings and warnings[0].startswith("inputs/ngan.txt: không chắc chắn về bảng mã (đoán là")


def test_binary_content_is_an_input_error_naming_the_file():
    with pytest.raises(InputError) as err:
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "inputs/anh.txt")
    assert str(err.value).startswith("inputs/anh.txt: ")
    assert "\n" not in str(err.value)


def test_one_damaged_byte_keeps_utf8_and_warns():
    data = TEXT.encode("utf-8")
    damaged = data[:100] + b"\xff" + data[100:]
    text, found, warnings = decode_bytes(damaged, "hong.txt")
    assert found == "utf-8"
    assert fx.SENTENCE in text
    assert warnings and "hong.txt" in warnings[0]


def test_cleaning_line_ends_spaces_and_invisible_characters():
    raw = "Dòng\u00a0một\r\nDòng\u200b hai\rDòng\u00adba\x07\ttab\u2028cuối\ufeff"
    assert clean_text(raw) == "Dòng một\nDòng hai\nDòngba\ttab\ncuối"


def test_old_style_tone_placement_is_not_rewritten():
    # NFC only: official names keep their spelling ("Tỉnh uỷ", "hoà").
    assert clean_text("Tỉnh uỷ, hoà giải") == "Tỉnh uỷ, hoà giải"


def test_two_megabyte_line_decodes():
    data = ("vận động hội viên " * 130_000).encode("utf-8")
    assert len(data) > 2_000_000
    text, found, _ = decode_bytes(data, "dai.txt")
    assert found == "utf-8" and len(text) == len(data.decode("utf-8"))


def test_binary_with_nul_bytes_in_a_regular_pattern_is_not_taken_for_utf16():
    # 32-bit little-endian numbers: every other byte pair is NUL, like UTF-16.
    data = b"".join((i * 7919 % 65536).to_bytes(4, "little") for i in range(2000))
    with pytest.raises(InputError, match="nhị phân"):
        decode_bytes(data, "so-lieu.txt")
