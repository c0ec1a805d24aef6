"""The noise screen (extract/screen.py): a trained model that takes back
procedure sentences the rules kept, never a shortcoming, and says why in
`explain`. The texts are our own sentences."""
import json

import pytest

from briefgen.errors import ConfigError
from briefgen.extract import screen as screen_module
from briefgen.extract.article import extract_document
from briefgen.extract.second_look import ENV as SECOND_LOOK_ENV
from briefgen.model import Document
from tests.extract.models import rules_with

TEXT = ("Hội Cựu chiến binh huyện Tân Phú sơ kết công tác Hội 6 tháng đầu năm 2024\n"
        "Đồng chí Chủ tịch Hội Cựu chiến binh xã Phú Lâm đã thông qua báo cáo tóm tắt công tác Hội trong 6 tháng đầu năm.\n"
        "Các đại biểu trao đổi, thảo luận, đánh giá kết quả hoạt động của các chi hội trong 6 tháng đầu năm 2024.\n"
        "6 tháng đầu năm, các cấp Hội đã vận động hội viên hiến 2.300 m2 đất làm đường giao thông nông thôn.\n"
        "Tuy nhiên, công tác phát triển hội viên ở một số chi hội còn chậm.")


def _rules(monkeypatch, choice):
    monkeypatch.setenv(SECOND_LOOK_ENV, "off")  # the screen alone, before the second look
    return rules_with(monkeypatch, screen_module.ENV, choice)


def _statements(rules, text=TEXT):
    return [(s.category, s.text) for s in extract_document(Document("bai.txt", text), rules).statements]


def test_procedure_sentences_are_taken_back_and_explained(monkeypatch):
    rules_only = _statements(_rules(monkeypatch, "off"))
    with_screen = _rules(monkeypatch, "")
    screened = _statements(with_screen)
    # the rules alone report the meeting's procedure as results of the period
    assert any("thông qua báo cáo" in t for _, t in rules_only)
    assert not any("thông qua báo cáo" in t or "thảo luận" in t for _, t in screened)
    # what the period achieved and what fell short stay
    assert ("achievement", "6 tháng đầu năm, các cấp Hội đã vận động hội viên hiến 2.300 m2 đất "
            "làm đường giao thông nông thôn.") in screened
    assert ("limitation", "Công tác phát triển hội viên ở một số chi hội còn chậm.") in screened
    # explain says it was the model, how sure it was, and what the rules had said
    article = extract_document(Document("bai.txt", TEXT), with_screen)
    reasons = [d.rule for d in article.decisions if d.rule.startswith("mô hình sàng lọc")]
    assert reasons and all("khả năng không phải nội dung" in r and "luật đã chọn" in r for r in reasons)


def test_a_shortcoming_is_never_taken_back(monkeypatch, tmp_path):
    # a screen that would take back everything it is shown
    model = tmp_path / "moi-thu.json"
    model.write_text(json.dumps({"threshold": 0.0, "weights": {}}), encoding="utf-8")
    kept = _statements(_rules(monkeypatch, str(model)))
    assert {c for c, _ in kept} == {"limitation", "achievement"}
    # besides the shortcomings, only deeds with their count stay ("hiến 2.300 m2 đất")
    assert all(c == "limitation" or "2.300 m2" in t for c, t in kept)


def test_a_deed_with_its_count_is_never_taken_back(monkeypatch, tmp_path):
    model = tmp_path / "moi-thu.json"
    model.write_text(json.dumps({"threshold": 0.0, "weights": {}}), encoding="utf-8")
    text = ("Hội Cựu chiến binh huyện giao ban quý I năm 2023\n"
            "Quý I năm 2023, Hội Cựu chiến binh huyện kết nạp 45 hội viên mới.\n"
            "Công tác tuyên truyền được quan tâm.")
    assert _statements(_rules(monkeypatch, str(model)), text) == [
        ("achievement", "Quý I năm 2023, Hội Cựu chiến binh huyện kết nạp 45 hội viên mới.")]


def test_works_and_money_mobilised_with_their_count_are_deeds_too(monkeypatch, tmp_path):
    model = tmp_path / "moi-thu.json"
    model.write_text(json.dumps({"threshold": 0.0, "weights": {}}), encoding="utf-8")
    text = ("Đoàn xã tổng kết giai đoạn 2022-2025\n"
            "Giai đoạn 2022-2025, tuổi trẻ xã thực hiện hơn 100 công trình, phần việc thanh niên.\n"
            "Dịp này, tuổi trẻ huyện huy động hơn 730 triệu đồng làm các công trình vì cộng đồng.\n"
            "Công tác tuyên truyền được quan tâm.")
    assert [t for _, t in _statements(_rules(monkeypatch, str(model)), text)] == [
        "Giai đoạn 2022-2025, tuổi trẻ xã thực hiện hơn 100 công trình, phần việc thanh niên.",
        "Dịp này, tuổi trẻ huyện huy động hơn 730 triệu đồng làm các công trình vì cộng đồng."]


def test_the_shipped_model_says_where_it_comes_from():
    data = json.loads(screen_module.PACKAGED.read_text(encoding="utf-8"))
    assert data["format"] == "briefgen.noise_screen/1"
    assert 0.5 <= data["threshold"] < 1
    prov = data["provenance"]
    assert prov["script"] == "scripts/train_screen.py" and prov["pages"]["real"] >= 150


def test_a_missing_model_file_is_one_clear_message(monkeypatch, tmp_path):
    monkeypatch.setenv(screen_module.ENV, str(tmp_path / "khong-co.json"))
    with pytest.raises(ConfigError, match="không tìm thấy tệp mô hình sàng lọc"):
        screen_module.load_screen()


def test_the_screen_changes_the_cache_key(monkeypatch):
    assert _rules(monkeypatch, "off").version != _rules(monkeypatch, "").version
