"""The editable briefing draft: what staff see in it, and what happens when
their edits break it."""
from __future__ import annotations

import copy
import re
import unicodedata

import pytest
import yaml
from hypothesis import example, given, settings, strategies as st

from briefgen.draft.yaml_io import SCHEMA, TOP_KEYS, dump_briefing, load_briefing
from briefgen.errors import BriefingFileError


def make_briefing() -> dict:
    """A complete briefing model, every key of the contract present."""
    return {
        "schema": SCHEMA,
        "title": "BÁO CÁO",
        "subject": "Tổng hợp kết quả hoạt động của Mặt trận và các đoàn thể quý I/2024, nhiệm vụ trọng tâm quý II/2024",
        "period": "quý I/2024",
        "next_period": "quý II/2024",
        "period_note": None,
        "intro": "Trên cơ sở 2 bài viết về hội nghị giao ban, Ban Dân vận Tỉnh ủy tổng hợp như sau:",
        "letterhead": {
            "profile": "dang",
            "parent": "ĐẢNG BỘ TỈNH BẮC KẠN",
            "issuer": "BAN DÂN VẬN TỈNH ỦY",
            "number": "Số 12-BC/BDVTU",
            "place_date": "Bắc Kạn, ngày 05 tháng 4 năm 2024",
            "signer_prefix": "T/M BAN THƯỜNG VỤ",
            "signer_title": "TRƯỞNG BAN",
            "signer_name": "Hoàng Thị Lan",
            "recipients": ["Thường trực Tỉnh ủy (để b/c),", "Lưu Văn phòng."],
        },
        "sources": [
            {"id": 1, "path": "inputs/bac-kan.txt", "title": "Giao ban quý I: nhiều kết quả nổi bật",
             "locality": "Bắc Kạn", "unit_level": "tỉnh", "period": "quý I/2024", "meeting_date": "2024-04-02"},
            {"id": 2, "path": "inputs/cho-moi.txt", "title": "Huyện Chợ Mới giao ban Mặt trận",
             "locality": None, "unit_level": None, "period": None, "meeting_date": None},
        ],
        "sections": [
            {"category": "achievement", "title": "KẾT QUẢ ĐẠT ĐƯỢC", "themes": [
                {"title": "Công tác tuyên truyền, vận động", "items": [
                    {"text": "Các đoàn thể tổ chức 145 buổi tuyên truyền cho hơn 9.000 lượt hội viên.",
                     "sources": [1, 2],
                     "quotes": [
                         {"source": 1, "text": "tổ chức 145 buổi tuyên truyền cho hơn 9.000 lượt hội viên", "start": 310, "end": 367},
                         {"source": 2, "text": "phối hợp tuyên truyền\ntại 12 thôn", "start": 88, "end": 121},
                     ]},
                    {"text": "Vận động xây dựng 32 nhà Đại đoàn kết: vượt chỉ tiêu cả năm.",
                     "sources": [2], "quotes": []},
                ], "more": 0},
            ]},
            {"category": "limitation", "title": "HẠN CHẾ, TỒN TẠI", "themes": []},
            {"category": "task", "title": "NHIỆM VỤ TRỌNG TÂM QUÝ II/2024", "themes": [
                {"title": "Giám sát và phản biện xã hội", "items": [
                    {"text": "Tiếp tục giám sát việc thực hiện chính sách hỗ trợ hộ nghèo.", "sources": [1],
                     "quotes": [{"source": 1, "text": "giám sát việc thực hiện chính sách hỗ trợ hộ nghèo", "start": 900, "end": 950}]},
                ], "more": 3},
            ]},
        ],
        "figures": [{"text": "122/122 thôn, tổ dân phố tổ chức Ngày hội Đại đoàn kết.", "sources": [1]}],
        "overview": [{"label": "Tỉnh Bắc Kạn", "source": 1, "achievement": 1, "limitation": 0, "task": 1}],
        "warnings": ["Bài viết inputs/cho-moi.txt không nêu kỳ báo cáo."],
    }


@pytest.fixture
def write(tmp_path):
    def _write(text: str, name: str = "bao-cao.briefing.yaml"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path
    return _write


def load_text(write, text: str) -> dict:
    return load_briefing(write(text))


def problems(write, text: str) -> list[str]:
    path = write(text)
    with pytest.raises(BriefingFileError) as info:
        load_briefing(path)
    return str(info.value).split("\n")


def reported_line(message: str, text: str) -> str:
    """The line of the file a message points at."""
    number = int(re.search(r"dòng (\d+)", message).group(1))
    return text.splitlines()[number - 1]


# --- writing --------------------------------------------------------------

def test_round_trip_gives_back_the_same_briefing(write):
    briefing = make_briefing()
    assert load_text(write, dump_briefing(briefing)) == briefing


def test_header_explains_what_may_change_and_how_to_render():
    text = dump_briefing(make_briefing())
    header = text[: text.index("schema:")]
    assert all(line.startswith("#") for line in header.splitlines())
    for phrase in ("sửa câu chữ", "xoá một ý", "chuyển ý", "thêm ý mới", "kỳ báo cáo",
                   "đầu văn bản", "achievement", "limitation", "task",
                   "briefgen render <tệp> -o <thư mục>"):
        assert phrase in header
    assert unicodedata.is_normalized("NFC", header)
    # each section is signposted in the body, right above it
    lines = text.splitlines()
    for sign, key in (("I. KẾT QUẢ", "achievement"), ("II. HẠN CHẾ", "limitation"), ("III. NHIỆM VỤ", "task")):
        at = lines.index(f"  - category: {key}")
        assert lines[at - 1].lstrip().startswith("#") and sign in lines[at - 1]


def test_statements_stay_on_one_line_and_keys_follow_the_contract():
    briefing = make_briefing()
    long_text = "Các cấp Hội " + "tích cực vận động hội viên tham gia phong trào, " * 8 + "đạt kết quả tốt."
    briefing["sections"][0]["themes"][0]["items"][0]["text"] = long_text
    # keys given in a scrambled order still come out in the contract's order
    briefing = dict(reversed(list(briefing.items())))
    text = dump_briefing(briefing)
    assert f"          - text: {long_text}" in text.splitlines()
    top = [line.split(":")[0] for line in text.splitlines() if re.match(r"^[a-z_]+:", line)]
    assert top == [k for k in TOP_KEYS if k != "followup"]  # followup: only with --previous
    assert "sources: [1, 2]" in text  # citations readable on one line


@settings(max_examples=60, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60).filter(lambda s: s.strip()))
@example("\x1f\U000172ea\u0323")  # an escape, then a combining mark: NFC must not merge them
def test_any_statement_text_survives_the_round_trip(tmp_path_factory, text):
    briefing = make_briefing()
    briefing["sections"][0]["themes"][0]["items"][0]["text"] = text
    path = tmp_path_factory.mktemp("rt") / "b.yaml"
    path.write_text(dump_briefing(briefing), encoding="utf-8")
    loaded = load_briefing(path)
    assert loaded["sections"][0]["themes"][0]["items"][0]["text"] == unicodedata.normalize("NFC", text)


def national(briefing: dict, n: int = 250) -> dict:
    """The same briefing citing ``n`` sources: drafts this big take the fast writer."""
    big = copy.deepcopy(briefing)
    first = big["sources"][0]
    big["sources"] = [{**first, "id": i, "path": f"inputs/bai-{i:04d}.txt"} for i in range(1, n + 1)]
    return big


def test_a_national_draft_reads_back_the_same_and_looks_the_same(write):
    briefing = national(make_briefing())
    text = dump_briefing(briefing)
    assert load_text(write, text) == briefing
    small = dump_briefing(make_briefing()).splitlines()
    lines = text.splitlines()
    # the same signposts, indented lists and one-line citations as a small draft
    for key in ("achievement", "limitation", "task"):
        at = lines.index(f"  - category: {key}")
        assert lines[at - 1] == small[small.index(f"  - category: {key}") - 1]
    item = next(line for line in small if line.lstrip().startswith("- text:"))
    assert item in lines
    assert "sources: [1, 2]" in text


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60).filter(lambda s: s.strip()))
def test_any_text_survives_the_national_draft(text):
    briefing = national(make_briefing(), 201)
    briefing["sections"][0]["themes"][0]["items"][0]["text"] = text
    briefing["sources"][3]["title"] = text
    loaded = yaml.load(dump_briefing(briefing), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert loaded["sections"][0]["themes"][0]["items"][0]["text"] == text
    assert loaded["sources"][3]["title"] == text


# --- what staff may change -------------------------------------------------

def test_edits_staff_are_allowed_to_make_are_accepted(write):
    briefing = make_briefing()
    text = dump_briefing(briefing)
    # move the task section first, add an item without quotes, empty a theme
    data = yaml.safe_load(text)
    data["sections"] = [data["sections"][2], data["sections"][0], data["sections"][1]]
    data["sections"][0]["themes"][0]["items"].append({"text": "Ý do cán bộ bổ sung.", "sources": [2]})
    data["sections"][1]["themes"].append({"title": "Chủ đề mới", "items": None})
    loaded = load_text(write, yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    assert [s["category"] for s in loaded["sections"]] == ["achievement", "limitation", "task"]
    task_items = loaded["sections"][2]["themes"][0]["items"]
    assert task_items[-1] == {"text": "Ý do cán bộ bổ sung.", "sources": [2], "quotes": []}
    assert loaded["sections"][0]["themes"][-1] == {"title": "Chủ đề mới", "items": [], "more": 0}


def test_user_order_of_themes_and_items_is_kept(write):
    briefing = make_briefing()
    items = briefing["sections"][0]["themes"][0]["items"]
    items.reverse()
    loaded = load_text(write, dump_briefing(briefing))
    assert [i["text"] for i in loaded["sections"][0]["themes"][0]["items"]] == [i["text"] for i in items]


def test_text_is_normalised_to_nfc(write):
    briefing = make_briefing()
    decomposed = unicodedata.normalize("NFD", "Hội Nông dân vận động nông dân góp sức.")
    briefing["sections"][0]["themes"][0]["items"][0]["text"] = decomposed
    briefing["letterhead"]["signer_name"] = unicodedata.normalize("NFD", "Nguyễn Thị Hương")
    loaded = load_text(write, dump_briefing(briefing))
    assert loaded["sections"][0]["themes"][0]["items"][0]["text"] == unicodedata.normalize("NFC", decomposed)
    assert loaded["letterhead"]["signer_name"] == "Nguyễn Thị Hương"


def test_unquoted_numbers_and_dates_typed_by_hand_are_read_as_text(write):
    text = dump_briefing(make_briefing()).replace("title: BÁO CÁO", "title: 2024").replace(
        "meeting_date: '2024-04-02'", "meeting_date: 2024-04-02")
    loaded = load_text(write, text)
    assert loaded["title"] == "2024"
    assert loaded["sources"][0]["meeting_date"] == "2024-04-02"


# --- what must stay valid ---------------------------------------------------

GOOD = dump_briefing(make_briefing())

INVALID = {
    # case: (edit of the valid file, text on the reported line, words in the message)
    "unknown category": (lambda t: t.replace("category: achievement", "category: achievment"),
                         "category: achievment", "không hợp lệ"),
    "colon in plain text": (lambda t: t.replace("text: 'Vận động xây dựng 32 nhà Đại đoàn kết: vượt chỉ tiêu cả năm.'",
                                                "text: Vận động xây dựng 32 nhà Đại đoàn kết: vượt chỉ tiêu cả năm."),
                            "32 nhà Đại đoàn kết", "ngoặc kép"),
    "unclosed quote": (lambda t: t.replace("intro: 'Trên cơ sở", "intro: \"Trên cơ sở"),
                       "intro:", "ngoặc kép"),
    "tab indentation": (lambda t: t.replace("  issuer: BAN", "\tissuer: BAN"), "issuer", "Tab"),
    "item without text": (lambda t: t.replace("- text: Tiếp tục giám sát việc thực hiện chính sách hỗ trợ hộ nghèo.", "- text: ''"),
                          "text: ''", "không có nội dung"),
    "missing text key": (lambda t: t.replace("          - text: Tiếp tục giám sát việc thực hiện chính sách hỗ trợ hộ nghèo.\n            sources: [1]",
                                             "          - sources: [1]"),
                         "- sources: [1]", "thiếu khoá 'text'"),
    "citation to unknown source": (lambda t: t.replace("sources: [1, 2]", "sources: [1, 5]"),
                                   "sources: [1, 5]", "[5]"),
    "quote from unknown source": (lambda t: t.replace("- source: 2\n", "- source: 9\n"), "source: 9", "[9]"),
    "wrong schema": (lambda t: t.replace(f"schema: {SCHEMA}", "schema: briefgen.briefing/9"),
                     "schema:", "briefgen.briefing/1"),
    "missing title": (lambda t: t.replace("title: BÁO CÁO\n", ""), "schema:", "thiếu khoá 'title'"),
    "misspelt key": (lambda t: t.replace("sources: [1, 2]", "sorces: [1, 2]"), "sorces", "'sources'"),
    "section deleted": (lambda t: t.replace("  - category: limitation\n    title: HẠN CHẾ, TỒN TẠI\n    themes: []\n", ""),
                        "sections:", "limitation"),
    "bad letterhead profile": (lambda t: t.replace("profile: dang", "profile: dang-uy"), "profile:", "nha-nuoc"),
    "text starting with a bracket": (lambda t: t.replace("- text: Tiếp tục giám sát", "- text: [Bổ sung] Tiếp tục giám sát"),
                                     "[Bổ sung]", "ngoặc kép"),
    "duplicate key": (lambda t: t.replace("  signer_name: Hoàng Thị Lan\n", "  signer_name: Hoàng Thị Lan\n  signer_name: Lê Văn Bình\n"),
                      "Lê Văn Bình", "lặp lại"),
}


@pytest.mark.parametrize("case", sorted(INVALID))
def test_each_invalid_edit_gives_one_line_naming_file_and_line(write, case):
    edit, on_line, words = INVALID[case]
    text = edit(GOOD)
    assert text != GOOD, "the edit must change the file"
    messages = problems(write, text)
    assert len(messages) == 1, messages
    message = messages[0]
    assert message.startswith(str(write(text)) + ", dòng ")
    assert on_line in reported_line(message, text)
    assert words in message


def test_unknown_category_is_refused_with_the_accepted_values(write):
    text = GOOD.replace("category: task", "category: tasks")
    [message] = problems(write, text)
    assert message.endswith("mục có category 'tasks' không hợp lệ (chỉ nhận achievement, limitation, task)")


def test_all_problems_are_reported_together_in_file_order(write):
    text = (GOOD.replace("category: achievement", "category: achievment")
            .replace("sources: [1, 2]", "sources: [1, 7]")
            .replace("- text: Tiếp tục giám sát việc thực hiện chính sách hỗ trợ hộ nghèo.", "- text: ''"))
    messages = problems(write, text)
    assert len(messages) == 3
    numbers = [int(re.search(r"dòng (\d+)", m).group(1)) for m in messages]
    assert numbers == sorted(numbers)
    assert ["achievment" in messages[0], "[7]" in messages[1], "không có nội dung" in messages[2]] == [True] * 3


@pytest.mark.parametrize("content, words", [
    ("", "tệp rỗng"),
    ("- một\n- hai\n", "không phải bản nháp"),
])
def test_files_that_are_not_a_briefing_are_refused(write, content, words):
    [message] = problems(write, content)
    assert words in message


def test_file_saved_by_windows_notepad_is_read(tmp_path):
    # byte order mark and CRLF line ends
    path = tmp_path / "b.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode("utf-8"))
    assert load_briefing(path) == make_briefing()


def test_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_bytes(GOOD.encode("utf-8").replace("BÁO CÁO".encode(), "BÁO CÁO".encode("cp1258", "replace")))
    with pytest.raises(BriefingFileError, match="UTF-8"):
        load_briefing(path)


def test_missing_file_is_one_line(tmp_path):
    with pytest.raises(BriefingFileError) as info:
        load_briefing(tmp_path / "khong-co.yaml")
    assert "\n" not in str(info.value) and "khong-co.yaml" in str(info.value)


def test_loading_does_not_change_the_callers_data(write):
    briefing = make_briefing()
    before = copy.deepcopy(briefing)
    dump_briefing(briefing)
    assert briefing == before


def test_item_left_out_by_the_cap_can_be_brought_back(write):
    briefing = make_briefing()
    theme = briefing["sections"][2]["themes"][0]
    theme["hidden_items"] = [{"text": "Vận động hội viên tham gia bảo hiểm y tế.", "sources": [2], "quotes": []}]
    theme["more"] = 1
    assert load_text(write, dump_briefing(briefing)) == briefing
    data = yaml.safe_load(dump_briefing(briefing))
    data["sections"][2]["themes"][0]["items"].append(data["sections"][2]["themes"][0]["hidden_items"].pop())
    loaded = load_text(write, yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    moved = loaded["sections"][2]["themes"][0]
    assert moved["items"][-1]["text"] == "Vận động hội viên tham gia bảo hiểm y tế."
    assert moved["hidden_items"] == [] and moved["more"] == 0
