"""A small draft with one article (hostile text included) and the review
server on a free port of 127.0.0.1, as ``briefgen review`` runs it."""
from __future__ import annotations

import secrets
import threading
import time
from pathlib import Path

import pytest

from briefgen.draft.yaml_io import dump_briefing, parse_briefing

HOSTILE = "{{ 7*7 }} <script>window.__pwned = 1</script>"
ARTICLE = (
    "Hội nghị giao ban quý I/2024 của Ban Dân vận Tỉnh ủy.\n\n"
    "Trong quý, Ủy ban MTTQ tỉnh đã tổ chức 12 hội nghị đối thoại với Nhân dân.\n\n"
    f"Công tác nắm tình hình còn chậm, chưa sâu sát {HOSTILE}.\n\n"
    "Hội nghị đánh giá cao sự phối hợp của các tổ chức thành viên.\n\n"
    "Việc giám sát sau kiến nghị còn hình thức.\n\n"
    "Thời gian tới, tiếp tục đẩy mạnh tuyên truyền, vận động Nhân dân.\n")
DIALOGUE = "Ủy ban MTTQ tỉnh đã tổ chức 12 hội nghị đối thoại với Nhân dân."
SLOW = f"Công tác nắm tình hình còn chậm, chưa sâu sát {HOSTILE}."
PRAISE = "Hội nghị đánh giá cao sự phối hợp của các tổ chức thành viên."
OVERSIGHT = "Việc giám sát sau kiến nghị còn hình thức."
TASK = "Tiếp tục đẩy mạnh tuyên truyền, vận động Nhân dân."


def _item(text: str, quote: str) -> dict:
    start = ARTICLE.index(quote)
    return {"text": text, "sources": [1],
            "quotes": [{"source": 1, "text": quote, "start": start, "end": start + len(quote)}]}


def sample_model(article: Path) -> dict:
    return {
        "schema": "briefgen.briefing/1", "title": "BÁO CÁO",
        "subject": "Tổng hợp kết quả quý I/2024", "period": "quý I/2024", "next_period": "quý II/2024",
        "intro": "Trên cơ sở 1 bài viết, Ban Dân vận tổng hợp như sau:",
        "letterhead": {"profile": "dang", "parent": "ĐẢNG BỘ TỈNH BẮC KẠN", "issuer": "BAN DÂN VẬN TỈNH ỦY",
                       "number": "Số 12-BC/BDVTU", "place_date": "Bắc Kạn, ngày 05 tháng 4 năm 2024",
                       "signer_prefix": "T/M BAN THƯỜNG VỤ", "signer_title": "TRƯỞNG BAN",
                       "signer_name": "Nguyễn Văn A", "recipients": ["Lưu Văn phòng."]},
        "sources": [{"id": 1, "path": str(article), "title": "Giao ban quý I/2024", "locality": "Bắc Kạn",
                     "unit_level": "tỉnh", "period": "quý I/2024", "meeting_date": "2024-04-02"}],
        "sections": [
            {"category": "achievement", "title": "KẾT QUẢ ĐẠT ĐƯỢC", "themes": [
                {"title": "Công tác tuyên truyền, vận động", "items": [
                    _item(DIALOGUE, DIALOGUE), _item(SLOW, SLOW.rstrip(".")), _item(PRAISE, PRAISE)],
                 "more": 0, "hidden_items": []}]},
            {"category": "limitation", "title": "HẠN CHẾ, TỒN TẠI", "themes": [
                {"title": "Công tác giám sát, phản biện xã hội", "items": [_item(OVERSIGHT, OVERSIGHT)],
                 "more": 0, "hidden_items": []}]},
            {"category": "task", "title": "NHIỆM VỤ TRỌNG TÂM QUÝ II/2024", "themes": [
                {"title": "Công tác tuyên truyền, vận động", "items": [
                    _item(TASK, "tiếp tục đẩy mạnh tuyên truyền, vận động Nhân dân")],
                 "more": 0, "hidden_items": []}]}],
        "figures": [], "overview": [], "warnings": [],
    }


@pytest.fixture
def draft(tmp_path) -> Path:
    article = tmp_path / "inputs" / "001_giao-ban.txt"
    article.parent.mkdir()
    article.write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "outputs" / "bao-cao-tong-hop.briefing.yaml"
    path.parent.mkdir()
    text = dump_briefing(sample_model(article))
    parse_briefing(text, path.name)  # the sample itself must be a valid draft
    path.write_text(text, encoding="utf-8")
    return path


class Running:
    def __init__(self, draft: Path):
        from briefgen.review.server import bind, make_server

        self.token = secrets.token_urlsafe(24)
        self.sock = bind(0)
        self.port = self.sock.getsockname()[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.url = f"{self.base}/?token={self.token}"
        self.server = make_server(draft, self.token)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 30  # a safety net, not a speed requirement
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert self.server.started
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(timeout=30)


@pytest.fixture
def server(draft):
    with Running(draft) as running:
        yield running
