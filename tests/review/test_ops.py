"""The review's edits on the briefing model: what a reviewer asks for is
what the draft then says, and the quotes stay as evidence."""
from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.draft.yaml_io import dump_briefing, parse_briefing
from briefgen.review.ops import ReviewError, apply, apply_at
from tests.review.conftest import DIALOGUE, OVERSIGHT, PRAISE, SLOW, sample_model

A = {"section": "achievement", "theme": 0, "list": "items"}


def at(index: int, **kw) -> dict:
    return {**A, "index": index, **kw}


@pytest.fixture
def model():
    return parse_briefing(dump_briefing(sample_model(Path("/nowhere/a.txt"))), "x.briefing.yaml")


def texts(model, category, theme=0, key="items"):
    sec = next(s for s in model["sections"] if s["category"] == category)
    return [i["text"] for i in sec["themes"][theme][key]] if sec["themes"] else []


def still_valid(model) -> dict:
    return parse_briefing(dump_briefing(model), "x.briefing.yaml")


def test_hide_and_restore_keep_the_input_untouched(model):
    hidden = apply(model, "hide", {"at": at(2)})
    assert texts(hidden, "achievement") == [DIALOGUE, SLOW]
    assert texts(hidden, "achievement", key="hidden_items") == [PRAISE]
    assert texts(model, "achievement") == [DIALOGUE, SLOW, PRAISE]  # the page keeps it for undo
    back = apply(hidden, "restore", {"at": at(0, list="hidden_items")})
    assert texts(back, "achievement") == [DIALOGUE, SLOW, PRAISE]
    still_valid(back)


def test_restoring_an_item_left_out_by_the_cap_lowers_the_note(model):
    theme = model["sections"][0]["themes"][0]
    theme["hidden_items"], theme["more"] = [theme["items"].pop()], 1
    hidden = apply(model, "hide", {"at": at(0)})  # a reviewer's choice: not counted in "more"
    assert hidden["sections"][0]["themes"][0]["more"] == 1
    back = apply(hidden, "restore", {"at": at(0, list="hidden_items")})
    assert back["sections"][0]["themes"][0]["more"] == 0
    assert texts(back, "achievement", key="hidden_items") == [DIALOGUE]


def test_reword_keeps_the_original_quote(model):
    out = apply(model, "reword", {"at": at(0), "text": "  Tổ chức 12 hội nghị\tđối thoại.  "})
    item = out["sections"][0]["themes"][0]["items"][0]
    assert item["text"] == "Tổ chức 12 hội nghị đối thoại."
    assert item["quotes"][0]["text"] == DIALOGUE
    with pytest.raises(ReviewError, match="không được để trống"):
        apply(model, "reword", {"at": at(0), "text": "   "})


def test_a_limitation_filed_as_an_achievement_goes_to_II_in_one_step(model):
    out = apply(model, "to_limitation", {"at": at(1)})
    assert SLOW not in texts(out, "achievement")
    lim = next(s for s in out["sections"] if s["category"] == "limitation")
    assert [t["title"] for t in lim["themes"]] == ["Công tác giám sát, phản biện xã hội", "Công tác tuyên truyền, vận động"]
    assert texts(out, "limitation", 1) == [SLOW]
    still_valid(out)


def test_move_to_another_theme_and_empty_themes_disappear(model):
    out = apply(model, "move", {"at": {"section": "limitation", "theme": 0, "list": "items", "index": 0},
                                "section": "achievement", "theme": 0})
    assert texts(out, "achievement")[-1] == OVERSIGHT
    lim = next(s for s in out["sections"] if s["category"] == "limitation")
    assert lim["themes"] == []
    new = apply(model, "move", {"at": at(0), "section": "achievement", "theme": None, "new_theme": "Phong trào thi đua"})
    assert [t["title"] for t in new["sections"][0]["themes"]][-1] == "Phong trào thi đua"
    still_valid(new)


def test_reorder_merge_split(model):
    up = apply(model, "reorder", {"at": at(2), "step": -1})
    assert texts(up, "achievement") == [DIALOGUE, PRAISE, SLOW]
    with pytest.raises(ReviewError, match="đầu chủ đề"):
        apply(model, "reorder", {"at": at(0), "step": -1})
    model["sections"][0]["themes"][0]["items"][2]["sources"] = [1, 2]
    model["sources"].append({**model["sources"][0], "id": 2})
    merged = apply(model, "merge", {"at": at(0), "other": at(2)})
    first = merged["sections"][0]["themes"][0]["items"][0]
    assert texts(merged, "achievement") == [DIALOGUE, SLOW]
    assert first["sources"] == [1, 2] and [q["text"] for q in first["quotes"]] == [DIALOGUE, PRAISE]
    split = apply(model, "split", {"at": at(0), "texts": ["Tổ chức hội nghị.", "", "Đối thoại với Nhân dân."]})
    assert texts(split, "achievement")[:2] == ["Tổ chức hội nghị.", "Đối thoại với Nhân dân."]
    assert all(i["quotes"][0]["text"] == DIALOGUE for i in split["sections"][0]["themes"][0]["items"][:2])
    with pytest.raises(ReviewError, match="ít nhất hai"):
        apply(model, "split", {"at": at(0), "texts": ["Một ý."]})
    still_valid(split)


def test_add_by_hand_has_no_quote_and_checks_its_sources(model):
    out = apply(model, "add", {"section": "task", "theme": 0, "text": "Tổ chức Ngày hội Đại đoàn kết.", "sources": [1]})
    item = out["sections"][2]["themes"][0]["items"][-1]
    assert item == {"text": "Tổ chức Ngày hội Đại đoàn kết.", "sources": [1], "quotes": []}
    with pytest.raises(ReviewError, match=r"\[9\]"):
        apply(model, "add", {"section": "task", "theme": 0, "text": "Ý.", "sources": [9]})
    still_valid(out)


def test_edit_title_period_and_letterhead(model):
    out = apply(model, "edit", {"fields": {"title": "BÁO CÁO NHANH", "period": "6 tháng đầu năm 2024",
                                           "intro": "Ban Dân vận báo cáo như sau:",
                                           "letterhead": {"number": "Số 15-BC/BDVTU",
                                                          "recipients": "Thường trực Tỉnh ủy,\n\nLưu VP."}}})
    assert out["title"] == "BÁO CÁO NHANH" and out["period"] == "6 tháng đầu năm 2024"
    assert out["intro"] == "Ban Dân vận báo cáo như sau:"
    assert out["letterhead"]["number"] == "Số 15-BC/BDVTU"
    assert out["letterhead"]["recipients"] == ["Thường trực Tỉnh ủy,", "Lưu VP."]
    assert out["letterhead"]["issuer"] == "BAN DÂN VẬN TỈNH ỦY"
    still_valid(out)
    # a number left blank on purpose keeps its spaces when another field is edited
    model["letterhead"]["number"] = "Số     -BC/BDVTU"
    out = apply(model, "edit", {"fields": {"title": "BÁO CÁO", "subject": "Khác",
                                           "letterhead": {"number": "Số     -BC/BDVTU"}}})
    assert out["letterhead"]["number"] == "Số     -BC/BDVTU" and out["subject"] == "Khác"


def test_bad_requests_get_a_vietnamese_reason(model):
    with pytest.raises(ReviewError, match="Không tìm thấy ý đã chọn"):
        apply(model, "hide", {"at": at(7)})
    with pytest.raises(ReviewError, match="không có"):
        apply(model, "drop_table", {})
    with pytest.raises(ReviewError, match="không đúng cấu trúc"):
        apply({"sections": [{"category": "achievement", "themes": [{"items": "x"}]}]}, "hide", {"at": at(0)})
    with pytest.raises(ReviewError, match="thiếu hoặc thừa"):
        apply(model, "hide", {"at": at(0), "evil": 1})
    with pytest.raises(ReviewError, match="khôi phục ý trước"):
        apply(apply(model, "hide", {"at": at(0)}), "move",
              {"at": at(0, list="hidden_items"), "section": "task", "theme": 0})


def test_the_page_is_told_where_the_item_went(model):
    out, where = apply_at(model, "to_limitation", {"at": at(1)})
    assert where == {"section": "limitation", "theme": 1, "list": "items", "index": 0}
    out, where = apply_at(model, "merge", {"at": at(2), "other": at(0)})
    assert where == at(1)  # the kept item moved up when the other was removed
    _, where = apply_at(model, "hide", {"at": at(0)})
    assert where is None  # the page stays on the next item
    _, where = apply_at(model, "add", {"section": "task", "theme": None, "new_theme": "Mới", "text": "Ý."})
    assert where == {"section": "task", "theme": 1, "list": "items", "index": 0}
