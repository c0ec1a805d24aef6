"""Pre-Unicode Vietnamese font encodings: TCVN3 (ABC) and VNI-Windows.

Python has no codec for either, so the tables are written here. Both
decoders take the raw bytes of a file (or the bytes a font showed, see
``encodings._font_bytes``) and return Unicode text; NFC composition and
cleaning are left to ``encodings.clean_text``.
"""
from __future__ import annotations

import functools
import re
import unicodedata

# --------------------------------------------------------------------------
# Legacy tables (written from the TCVN 5712:1993 VN3 and VNI-Windows layouts)
#
# Cross-checked once, by running both converters over every byte and every
# base+mark pair, against an independent implementation (viparse 0.1.31, not
# a dependency): TCVN3 agrees on all 128 high bytes; VNI agrees on every
# pair it maps. We additionally accept î/Î as ỵ/Ỵ, "aú" as ẳ, i + tone mark,
# and capitals followed by a lower-case mark, none of which can mean
# anything else in VNI text.
# --------------------------------------------------------------------------

# TCVN3 (ABC, VN3): one byte per Vietnamese letter in 0xA1-0xFE. VN3 has no
# upper-case toned letters (headings used the separate ".VnTimeH" fonts with
# the same bytes), only the seven upper-case base letters below.
_TCVN3_LETTERS = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ",
    0xC6: "ặ", 0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}

# VNI-Windows: a base letter followed by one "mark" byte that the font draws
# over it. Marks, as the characters Windows shows for those bytes:
#   ø grave (huyền), ù acute (sắc), û hook (hỏi), õ tilde (ngã), ï dot (nặng);
#   â circumflex, and á à å ã ä = circumflex + acute/grave/hook/tilde/dot;
#   ê breve, and é è ú ü ë = breve + acute/grave/hook/tilde/dot.
# Upper-case marks (Ø Ù Û Õ Ï Â Á À Å Ã Ä Ê É È Ú Ü Ë) go with capitals.
# A few letters are single bytes: ô=ơ, ö=ư, ñ=đ, and the i/ỵ forms.
_VNI_TONES = {"ø": "\u0300", "ù": "\u0301", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_HAT = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}
_VNI_BREVE = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
_VNI_SINGLE_LOWER = {"ô": "ơ", "ö": "ư", "ñ": "đ", "ì": "ì", "í": "í", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}


def _build_vni_pairs() -> dict[str, str]:
    pairs: dict[str, str] = {}

    def add(base: str, mark: str, composed: str) -> None:
        composed = unicodedata.normalize("NFC", composed)
        pairs[base + mark] = composed
        upper_base = base.upper()
        # Capitals take the upper-case mark byte; accept the lower-case one too.
        pairs[upper_base + mark.upper()] = composed.upper()
        pairs[upper_base + mark] = composed.upper()

    for base in "aeiouy":
        # i has single-byte forms too (ì í æ ó ò); i + mark is also seen.
        for mark, tone in _VNI_TONES.items():
            add(base, mark, base + tone)
    for base in "aeo":
        for mark, tone in _VNI_HAT.items():
            add(base, mark, base + "\u0302" + tone)
    for mark, tone in _VNI_BREVE.items():
        add("a", mark, "a\u0306" + tone)
    for base, letter in (("ô", "ơ"), ("ö", "ư")):
        for mark, tone in _VNI_TONES.items():
            add(base, mark, letter + tone)
    return pairs


_VNI_PAIRS = _build_vni_pairs()
_VNI_SINGLES = {**_VNI_SINGLE_LOWER, **{k.upper(): v.upper() for k, v in _VNI_SINGLE_LOWER.items()}}
# One pass, so a composed result (e.g. "oâ" -> "ô") is never re-read as the
# single-byte VNI letter "ô" (= ơ). A base followed by a mark, or a
# single-byte letter: fixed-width alternatives, linear in the text length.
_VNI_RE = re.compile(
    "[" + re.escape("".join(sorted({k[0] for k in _VNI_PAIRS}))) + "]"
    "[" + re.escape("".join(sorted({k[1] for k in _VNI_PAIRS}))) + "]"
    "|[" + re.escape("".join(sorted(_VNI_SINGLES))) + "]"
)


def _vni_sub(m: re.Match) -> str:
    s = m.group(0)
    if len(s) == 2:
        # Mark bytes are never single-byte letters, so an unknown pair keeps
        # its mark as is.
        return _VNI_PAIRS.get(s) or _VNI_SINGLES.get(s[0], s[0]) + s[1]
    return _VNI_SINGLES[s]


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined
        return chr(byte)


_CP1252_TABLE = "".join(_cp1252_char(b) for b in range(256))
_TCVN3_TABLE = "".join(_TCVN3_LETTERS.get(b, _CP1252_TABLE[b]) for b in range(256))


@functools.cache
def _translation(table: str) -> dict[int, str]:
    return {i: c for i, c in enumerate(table) if ord(c) != i}


def _decode_table(data: bytes, table: str) -> str:
    # latin-1 gives one code point per byte; translate maps it through the table.
    return data.decode("latin-1").translate(_translation(table))


def decode_tcvn3(data: bytes) -> str:
    return _decode_table(data, _TCVN3_TABLE)


def decode_vni(data: bytes) -> str:
    text = _decode_table(data, _CP1252_TABLE)
    return _VNI_RE.sub(_vni_sub, text)
