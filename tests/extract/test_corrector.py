"""The category corrector (extract/corrector.py): a trained model that turns
a result the rules read into a task or back when it is very sure, never a
shortcoming, a clause with its own directive, or an item of a named list.
The texts are our own sentences."""
import json

import pytest

from briefgen.errors import ConfigError
from briefgen.extract import corrector as corrector_module
from briefgen.extract.article import extract_document
from briefgen.extract.second_look import ENV as SECOND_LOOK_ENV
from briefgen.model import Document
from tests.extract.models import rules_with

TEXT = ("Năm 2024, Hội Nông dân huyện đã vận động hội viên hiến 2.300 m2 đất làm đường giao thông.\n"
        "Tuy nhiên, công tác phát triển hội viên ở một số chi hội còn chậm.\n"
        "Đồng chí Bí thư Huyện ủy đề nghị Hội Nông dân huyện tiếp tục đổi mới nội dung sinh hoạt chi hội.\n"
        "Năm 2025, Hội tập trung thực hiện các nhiệm vụ sau: phát triển 500 hội viên mới; "
        "xây dựng 10 mô hình kinh tế tập thể.")


def _rules(monkeypatch, choice):
    monkeypatch.setenv(SECOND_LOOK_ENV, "off")  # the corrector alone, before the second look
    return rules_with(monkeypatch, corrector_module.ENV, choice)


def _statements(rules):
    return [(s.category, s.text, s.rule) for s in extract_document(Document("bai.txt", TEXT), rules).statements]


def test_a_corrector_sure_of_everything_flips_only_what_the_sentence_leaves_open(monkeypatch, tmp_path):
    # a model that would flip every result and task it is shown
    model = tmp_path / "lat-het.json"
    model.write_text(json.dumps({"threshold": 0.0, "weights": {}}), encoding="utf-8")
    alone = _statements(_rules(monkeypatch, "off"))
    flipped = _statements(_rules(monkeypatch, str(model)))
    assert [c for c, _, _ in alone] == ["achievement", "limitation", "task", "task", "task"]
    # the result the rules read by default is flipped, and explain says by what
    assert flipped[0][0] == "task" and flipped[0][2].startswith("mô hình phân loại:")
    # the shortcoming, the leader's own directive and the listed tasks are not
    assert [c for c, _, _ in flipped[1:]] == ["limitation", "task", "task", "task"]


def test_a_missing_model_file_is_named(monkeypatch, tmp_path):
    with pytest.raises(ConfigError, match="mô hình phân loại"):
        _rules(monkeypatch, str(tmp_path / "khong-co.json"))


def test_the_packaged_corrector_says_where_it_comes_from():
    data = json.loads(corrector_module.PACKAGED.read_text(encoding="utf-8"))
    assert data["threshold"] >= 0.9
    assert data["provenance"]["script"] == "scripts/train_corrector.py" and data["provenance"]["history"]
