"""Decode the bytes of a text file as offices have them, into clean NFC text.

Files reach briefgen in whatever encoding the desk that typed them used:
UTF-8 (with or without the BOM Notepad/Excel add), UTF-16 (Word's "Unicode
text"), Windows-1258 (Vietnamese ANSI, letters stored as base + combining
tone mark) and the two pre-Unicode Vietnamese font encodings still found in
archives: TCVN3/ABC (fonts .VnTime, .VnArial) and VNI-Windows (VNI-Times).
Python has codecs for the first three only; TCVN3 and VNI are mapped with
our own tables in ``vn_legacy.py``.

How the encoding is chosen (``decode_bytes``):

1. A byte-order mark decides (UTF-8, UTF-16, UTF-32).
2. UTF-16 without a BOM is recognised by NUL bytes in every other position:
   most characters of a Vietnamese text (spaces, ASCII letters) have a zero
   high byte, so one of the two byte lanes is mostly NUL.
3. Otherwise NUL bytes or many other control bytes mean the file is binary.
4. A strict UTF-8 decode that succeeds wins when the text contains
   Vietnamese letters: random 8-bit legacy text almost never forms valid
   UTF-8 multi-byte sequences. If it succeeds without any Vietnamese letter
   but with Latin-1 look-alikes (``B¸o c¸o``), the text was typed in a
   .VnTime/VNI font and saved as Unicode; it is re-read as legacy bytes.
5. Legacy 8-bit data is decoded with every Vietnamese candidate
   (Windows-1258, TCVN3, VNI) and each result is scored by how many of its
   words are well-formed Vietnamese syllables (onset + vowel group + final
   consonant, at most one tone mark). The wrong tables leave stray symbols
   (TCVN3 read as cp1258 shows ``¸``, ``µ``) or impossible vowel groups
   (VNI read as TCVN3 gives ``Vieọt``), so the right table scores highest.
   A low or close score adds a Vietnamese warning naming the file.

Whatever the encoding, the text is then cleaned by ``clean_text``: line ends
to ``\\n``, NBSP and other spaces to a plain space, control and invisible
format characters (zero-width space, BOM, soft hyphen, bidi marks) removed,
and NFC composition, so that later stages compare like with like.
"""
from __future__ import annotations

import codecs
import functools
import re
import unicodedata

from briefgen.errors import InputError
from briefgen.read.vn_legacy import decode_tcvn3, decode_vni


def _cp1258(data: bytes) -> str:
    return data.decode("cp1258", errors="replace")


_LEGACY = {  # name -> (decoder, label shown to users)
    "cp1258": (_cp1258, "Windows-1258"),
    "tcvn3": (decode_tcvn3, "TCVN3/ABC"),
    "vni": (decode_vni, "VNI-Windows"),
}
LABELS = {name: label for name, (_, label) in _LEGACY.items()}

# --------------------------------------------------------------------------
# Scoring: how Vietnamese does a decoded text look?
# --------------------------------------------------------------------------

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_VOWEL_GROUPS = (
    "a ă â e ê i o ô ơ u ư y "
    "ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ươ ưu ya yê "
    "iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyê uyu"
).split()
# Alternatives are tried longest first; tokens are capped at 8 letters, so
# backtracking is bounded per token.
_SYLLABLE_RE = re.compile(
    "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    "(?:" + "|".join(sorted(_VOWEL_GROUPS, key=len, reverse=True)) + ")"
    "(?:ch|ng|nh|[cmnpt])?"
)
_SAMPLE_BYTES = 200_000  # score a prefix: enough words, bounded time


def _is_viet_syllable(word: str) -> bool:
    if len(word) > 8:
        return False
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(decomposed.count(t) for t in _TONE_MARKS)
    if tones > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    return _SYLLABLE_RE.fullmatch(base) is not None


_VIET_LETTER = re.compile("[\u1ea0-\u1ef9ăĂơƠưƯđĐ\u0300\u0301\u0303\u0309\u0323]")


def _has_viet_letters(text: str) -> bool:
    """Letters that exist only in Vietnamese, or a Vietnamese tone mark."""
    return _VIET_LETTER.search(text) is not None


# ASCII punctuation and digits separate words ("bai1.txt,Tuyên" -> bai, txt,
# Tuyên). Non-ASCII symbols stay inside words: "B¸o" must be judged whole.
_WORD_BREAKS = {ord(c): " " for c in "0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’«»–—…"}


def viet_score(text: str) -> tuple[float, int]:
    """(share of non-ASCII words that are Vietnamese syllables, their count).

    Only words with a non-ASCII character are judged: they are where a wrong
    table shows. Punctuation around a word is stripped first."""
    judged = good = 0
    sample = unicodedata.normalize("NFC", text[:_SAMPLE_BYTES]).translate(_WORD_BREAKS)
    for word in sample.split():
        if word.isascii():
            continue
        judged += 1
        if word.isalpha() and _is_viet_syllable(word):
            good += 1
    return (good / judged if judged else 0.0), judged


# --------------------------------------------------------------------------
# Cleaning
# --------------------------------------------------------------------------

@functools.cache
def _special_characters() -> tuple[dict[str, str], re.Pattern]:
    """What cleaning changes: controls, invisible format characters and lone
    surrogates removed; every kind of space to ' '; line/paragraph separators
    to '\\n'. Read from the Unicode database (planes 0, 1 and the tag
    characters of plane 14: the others hold none of these), ~30 ms once."""
    table: dict[str, str] = {}
    for cp in (*range(0x20000), *range(0xE0000, 0xE1000)):
        ch = chr(cp)
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf", "Cs"):
            table[ch] = ""
        elif cat == "Zs" and ch != " ":
            table[ch] = " "
        elif cat in ("Zl", "Zp"):
            table[ch] = "\n"
    table.pop("\n")
    table.pop("\t")
    table["\x0b"] = "\n"  # vertical tab: Word's manual line break in plain-text export
    table["\x0c"] = "\n"  # form feed: a page break
    # One character class: a single linear scan, cheap when nothing matches.
    pattern = re.compile("[" + "".join(_class_ranges(sorted(table))) + "]")
    return table, pattern


def _class_ranges(chars: list[str]) -> list[str]:
    out, start, prev = [], chars[0], chars[0]
    for ch in chars[1:] + ["\U0010ffff"]:
        if ord(ch) == ord(prev) + 1:
            prev = ch
            continue
        out.append(f"\\U{ord(start):08x}" if start == prev else f"\\U{ord(start):08x}-\\U{ord(prev):08x}")
        start = prev = ch
    return out


def clean_text(text: str) -> str:
    """Line ends to \\n, spaces to ' ', controls and zero-width characters
    removed, then NFC (last, so removing a character cannot leave a
    decomposable pair behind)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    table, pattern = _special_characters()
    text = pattern.sub(lambda m: table[m.group()], text)
    return unicodedata.normalize("NFC", text)


# --------------------------------------------------------------------------
# Detection
# --------------------------------------------------------------------------

_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONFIDENT = 0.85   # share of judged words that must be syllables
_MARGIN = 0.15      # lead over the runner-up table
_MIN_WORDS = 5      # fewer judged words than this is too little evidence


def _utf16_without_bom(data: bytes) -> str | None:
    head = data[:8192]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    zero_even = even.count(0) / len(even)
    zero_odd = odd.count(0) / max(len(odd), 1)
    if zero_odd > 0.3 and zero_even < 0.05:
        return "utf-16-le"
    if zero_even > 0.3 and zero_odd < 0.05:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    head = data[:65536]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # counted in C
    return controls > 0.05 * len(head)


# C0 controls other than tab, line feed, vertical tab, form feed and carriage return; and DEL.
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in (9, 10, 11, 12, 13)) + b"\x7f"


def _mostly_unassigned(text: str) -> bool:
    sample = text[:4096]
    odd = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") and ch not in "\n\r\t")
    return odd > 0.05 * max(len(sample), 1)


def _decode_unicode(data: bytes, codec: str, path: str, warnings: list[str]) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        warnings.append(f"{path}: có byte không hợp lệ trong tệp {codec.upper()}, đã thay bằng ký tự �")
        return data.decode(codec, errors="replace")


def _guess_legacy(data: bytes) -> tuple[str, str, bool]:
    """Best Vietnamese legacy decoding: (text, encoding name, confident?)."""
    sample = data[:_SAMPLE_BYTES]
    scored = []
    # On a tie the more common encoding wins: Windows-1258 (Notepad "ANSI" on
    # a Vietnamese Windows), then TCVN3 (the old government standard), then VNI.
    for priority, (name, (decode, _)) in enumerate(reversed(_LEGACY.items())):
        share, judged = viet_score(decode(sample))
        scored.append((share, judged, priority, name))
    scored.sort(reverse=True)
    share, judged, _, name = scored[0]
    runner_up = scored[1][0]
    confident = share >= _CONFIDENT and share - runner_up >= _MARGIN and judged >= _MIN_WORDS
    return _LEGACY[name][0](data), name, confident


def _fallback_guess(data: bytes) -> tuple[str, str] | None:
    """Non-Vietnamese text (e.g. a Western or Asian code page): ask
    charset-normalizer, which models many languages."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    best = from_bytes(data[:_SAMPLE_BYTES]).best()
    if best is None:
        return None
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes, path: str) -> tuple[str, str, list[str]]:
    """Decode a text file's bytes: (clean NFC text, encoding name, warnings).

    Raises InputError for binary content. Warnings are Vietnamese lines that
    start with ``path``."""
    warnings: list[str] = []
    text, encoding = _detect(data, path, warnings)
    return clean_text(text), encoding, warnings


def _detect(data: bytes, path: str, warnings: list[str]) -> tuple[str, str]:
    # 1. Byte-order mark.
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_unicode(data[len(bom):], codec.replace("-sig", ""), path, warnings), codec
    # 2. UTF-16 without a BOM.
    codec = _utf16_without_bom(data)
    if codec:
        text = _decode_unicode(data, codec, path, warnings)
        if _mostly_unassigned(text):  # NULs in a regular pattern, but not text
            raise InputError(path, "tệp nhị phân, không phải văn bản")
        return text, codec
    # 3. Binary.
    if _looks_binary(data):
        raise InputError(path, "tệp nhị phân, không phải văn bản")
    # 4. UTF-8.
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        if text.isascii() or _has_viet_letters(text):
            return text, "utf-8"
        return _maybe_legacy_in_unicode(text, path, warnings)
    mostly = _mostly_utf8(data)
    if mostly is not None:
        warnings.append(f"{path}: có byte không hợp lệ trong tệp UTF-8, đã thay bằng ký tự �")
        return mostly, "utf-8"
    # 5. Vietnamese 8-bit encodings, scored.
    text, name, confident = _guess_legacy(data)
    share, judged = viet_score(text)
    if judged >= _MIN_WORDS and share < 0.3:  # clearly not Vietnamese: another language's code page
        other = _fallback_guess(data)
        if other is not None and viet_score(other[0])[0] <= share:
            warnings.append(f"{path}: không chắc chắn về bảng mã (đoán là {other[1]}), hãy kiểm tra lại nội dung")
            return other
    if not confident:
        warnings.append(f"{path}: không chắc chắn về bảng mã (đoán là {LABELS[name]}), hãy kiểm tra lại nội dung")
    return text, name


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few damaged bytes (a truncated copy, one stray byte):
    keep it as UTF-8 rather than re-reading everything as a legacy code page."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text[:_SAMPLE_BYTES] if ord(ch) > 0x7F and ch != "\ufffd")
    if good >= 20 and bad <= good // 50 and _has_viet_letters(text):
        return text
    return None


def _font_bytes(text: str) -> bytes:
    """The bytes a legacy font showed as ``text``. Characters outside
    Windows-1252 (a symbol from another font) travel as \\x01<code>\\x02,
    which no legacy table touches, and come back in ``_restore``."""
    text = text.replace("\x01", "").replace("\x02", "")
    return text.encode("cp1252", errors="briefgen-keep")


def _keep_unencodable(err: UnicodeEncodeError):
    codes = "".join(f"\x01{ord(ch)}\x02" for ch in err.object[err.start:err.end])
    return codes.encode("ascii"), err.end


codecs.register_error("briefgen-keep", _keep_unencodable)
_KEPT = re.compile("\x01([0-9]{1,7})\x02")


def _restore(text: str) -> str:
    return _KEPT.sub(lambda m: chr(int(m.group(1))) if int(m.group(1)) < 0x110000 else "", text)


def _maybe_legacy_in_unicode(text: str, path: str, warnings: list[str]) -> tuple[str, str]:
    """Valid Unicode without any Vietnamese letter but with Latin-1 symbols:
    text typed in a .VnTime or VNI font, saved in a Unicode file (a .txt, a
    Word document, a web page). The characters are the font's bytes, so
    turn them back into bytes and decode those."""
    raw = _font_bytes(text)
    as_is, _ = viet_score(text)
    legacy, name, confident = _guess_legacy(raw)
    share, judged = viet_score(legacy)
    if judged >= _MIN_WORDS and share >= _CONFIDENT and share - as_is >= _MARGIN and name != "cp1258":
        warnings.append(
            f"{path}: văn bản gõ bằng phông {LABELS[name]} nhưng lưu dạng Unicode; "
            "đã chuyển sang Unicode, hãy kiểm tra lại nội dung"
        )
        return _restore(legacy), f"utf-8+{name}"
    return text, "utf-8"


def repair_legacy_text(text: str, path: str) -> tuple[str, str | None, list[str]]:
    """For text out of a Unicode container (HTML, DOCX, PDF): if it was typed
    in a TCVN3 or VNI font, convert it. Returns (text, legacy encoding name
    or None, warnings)."""
    if text.isascii() or _has_viet_letters(text):
        return text, None, []
    warnings: list[str] = []
    fixed, encoding = _maybe_legacy_in_unicode(text, path, warnings)
    return fixed, (encoding.split("+", 1)[1] if "+" in encoding else None), warnings


def decode_legacy_text(text: str, name: str) -> str:
    """Convert more text (e.g. a title) known to use the legacy table ``name``."""
    return _restore(_LEGACY[name][0](_font_bytes(text)))
