"""Sentences real pages glue together (issue 12): a caption or a line about
the meeting, then the account with no space after the full stop."""
from briefgen.extract.article import extract_document
from briefgen.extract.rules import load_rules
from briefgen.model import Document

RULES = load_rules()


def test_the_next_period_glued_to_the_line_before_still_opens_the_tasks():
    text = ("Sáng 13/7/2024, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024.\n"
            "Năm 2024, hệ thống dân vận các cấp tổ chức 120 buổi tiếp xúc, đối thoại với Nhân dân.\n"
            "Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị tại điểm cầu tỉnh.6 tháng cuối năm 2024, hệ thống dân vận "
            "các cấp tập trung triển khai hiệu quả chương trình hành động của Tỉnh ủy. Đồng thời, tăng cường công "
            "tác nắm tình hình nhân dân; tích cực tham gia công tác hòa giải ở cơ sở.")
    got = [(s.category, s.text) for s in extract_document(Document("bai.txt", text), RULES).statements]
    assert got[0][0] == "achievement"
    assert [c for c, _ in got[1:]] == ["task", "task", "task"]
    assert got[1][1].startswith("6 tháng cuối năm 2024, hệ thống dân vận")
    assert not any("chủ trì" in t for _, t in got)  # the chair's line is no item
