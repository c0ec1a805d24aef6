"""The literal shortcut of the rules (extract/literals.py) never hides a match.

A rule is skipped when none of the words its pattern needs is in the text;
if that set were wrong, a shortcoming or a task would silently vanish.
"""
from pathlib import Path

import pytest

from briefgen.extract.literals import required_words
from briefgen.extract.rules import load_rules

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("pattern, words", [
    (r"\b(hạn chế|tồn tại)\b", ("hạn chế", "tồn tại")),
    (r"(?<!không )chưa (đạt|được)", ("chưa ",)),      # not the word under the look-behind
    (r"a?bc(?!xyz)", ("bc",)),                       # not the optional part, not the look-ahead
    (r"(?:đề nghị)?\s*Tiếp Tục", ("tiếp tục",)),     # case-folded
    (r"(x|yz)+", ()),                                # a one-letter branch: no shortcut
    (r"(ab)*cd?", ()),                               # nothing every match must contain
    (r"(?:khó khăn|vướng mắc)\s+(?:trong|về)", ("khó khăn", "vướng mắc")),
])
def test_words_a_pattern_needs(pattern, words):
    assert required_words(pattern) == words


def _sentences():
    for folder in ("inputs", "tests/fixtures/articles"):
        for path in sorted((ROOT / folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            yield from (part for part in text.replace("\n", ". ").split(". ") if part.strip())


def test_no_packaged_rule_match_is_skipped_on_our_articles():
    rules = load_rules()
    sentences = list(_sentences())
    assert len(sentences) > 1000
    checked = 0
    for group in rules.groups.values():
        for rule in group:
            if not rule.needs:
                continue
            for s in sentences:
                if rule.regex.search(s):
                    checked += 1
                    folded = s.casefold()
                    assert any(w in folded for w in rule.needs), (rule.label, s)
                    assert rule.search(s), (rule.label, s)
    assert checked > 500  # the rules do match our sentences: the check is not empty
