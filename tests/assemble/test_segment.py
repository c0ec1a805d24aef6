"""briefgen's scoring of underthesea's word model gives underthesea's words.

Merging compares statements by their words; a segmenter that split them
differently would merge differently from what was evaluated. The reference
is underthesea's own featurizer and tagger on the same syllables.
"""
import re
from pathlib import Path

import pytest

from briefgen.assemble import analysis
from briefgen.assemble.segment import load_segmenter

ROOT = Path(__file__).resolve().parents[2]


def _reference():
    pytest.importorskip("underthesea")
    from underthesea import word_tokenize

    word_tokenize("khởi động")
    import underthesea.pipeline.word_tokenize as module

    return module.word_tokenize_model


@pytest.fixture(scope="module")
def segmenter():
    found = load_segmenter()
    if found is None:
        pytest.skip("underthesea's word model is not installed")
    return found


def _sentences():
    texts = sorted((ROOT / "inputs").glob("*.txt")) + sorted((ROOT / "tests/fixtures/articles").glob("*.txt"))
    for path in texts:
        for sentence in re.split(r"[.;:\n]", path.read_text(encoding="utf-8", errors="replace")):
            form = analysis.match_form(sentence)
            if form:
                yield form


def test_same_tags_as_underthesea_on_the_articles_of_the_genre(segmenter):
    model = _reference()
    forms = list(_sentences())
    assert len(forms) > 2000
    differing = [" ".join(f) for f in forms if segmenter.tags(f) != model.predict([[s] for s in f])]
    assert differing == []


@pytest.mark.parametrize("syllables", [
    ["hội"],                                   # one syllable: every window out of range
    ["hội", "nghị"],
    ["năm", "2147483647", "và", "2147483648"],  # a 32-bit integer and one past it
    ["giảm", "-19", "hộ"],
    ["Đà", "Nẵng", "và", "hà", "nội"],           # capitals (never in match forms, still scored alike)
    ["x1", "٣", "a-b", "mttq"],
])
def test_same_tags_as_underthesea_at_the_edges(segmenter, syllables):
    assert segmenter.tags(syllables) == _reference().predict([[s] for s in syllables])


def test_words_of_a_statement():
    assert analysis._segment(analysis.match_form("Hội nghị tổng kết công tác Mặt trận năm 2024")) == [
        "hội nghị", "tổng kết", "công tác", "mặt trận", "năm", "2024"]


def test_no_syllables_no_tags(segmenter):
    assert segmenter.tags([]) == []
