"""One placement of the tone mark for the rules to read (briefgen.extract.article).

Vietnamese pages write an open syllable of "oa", "oe", "uy" with the tone on
either vowel: "hòa"/"hoà", "thủy"/"thuỷ", "Ủy ban"/"Uỷ ban" (131 of 942 real
pages use the second way at least once). After "q" the "u" belongs to the
consonant, so its tone goes on the next vowel: "qủa" is "quả". The rules are
written with the first way, the most common on real pages; this view moves
the mark there. Each change keeps the length (two letters stay two letters in
NFC), so offsets into the view are offsets into the text, and statements
still quote the text as written.
"""
from __future__ import annotations

import re
import unicodedata

TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng
# "oà", "oé", "uỷ" at the end of a word ("hoàn", "khuyến" keep their mark)
SECOND_VOWEL = re.compile(r"(?<![qQ])([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?!\w)")
# "qủa", "qúy": the tone of a "qu" syllable sits on the vowel after "u"
AFTER_QU = re.compile(r"([qQ])([ùúủũụÙÚỦŨỤ])([aAâÂăĂeEêÊiIyYơƠoOôÔ])")


def _split(letter: str) -> tuple[str, str]:
    parts = unicodedata.normalize("NFD", letter)
    tone = "".join(c for c in parts if c in TONES)
    base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
    return base, tone


def _with(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


def _to_first(m: re.Match) -> str:
    first, second = m.group(1), m.group(2)
    base, tone = _split(second)
    if (first in "oO") != (base in "aAeE") or (first in "uU") != (base in "yY"):
        return m.group(0)  # only "oa", "oe", "uy"
    return _with(first, tone) + base


def _to_next(m: re.Match) -> str:
    base, tone = _split(m.group(2))
    return m.group(1) + base + _with(m.group(3), tone)


def tone_view(text: str) -> str:
    """The text with the tone of "oa", "oe", "uy" on the first vowel and the
    tone of a "qu" syllable after the "u"; same length, same offsets."""
    if not SECOND_VOWEL.search(text) and not AFTER_QU.search(text):
        return text
    return AFTER_QU.sub(_to_next, SECOND_VOWEL.sub(_to_first, text))
