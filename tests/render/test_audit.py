"""The audit page: self-contained, every item traceable to its source and
back, article text shown whole and never interpreted."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings, strategies as st

from briefgen.render.audit import render_audit
from briefgen.model import (Article, ArticleMeta, Document, Dropped, Evidence, Problem,
                            Statement)

HOSTILE = ("{{ 7*7 }}", "<script>alert('x')</script>", "<img src=file:///etc/passwd>")


def build_article(path: str, pieces: list[tuple[str, str]], title: str = "") -> Article:
    """An article from (label, text) pieces: a category, "noise:<reason>" or "" for plain."""
    text, statements, dropped = "", [], []
    for label, piece in pieces:
        start, end = len(text), len(text) + len(piece)
        text += piece
        if label.startswith("noise:"):
            dropped.append(Dropped(start, end, label[6:]))
        elif label:
            statements.append(Statement(label, piece.strip(), piece, path, start, end, rule="thử"))
    meta = ArticleMeta(title=Evidence(title, title)) if title else ArticleMeta()
    return Article(Document(path, text), meta, tuple(statements), tuple(dropped))


def make_case():
    """Two articles of my own in the genre, one of them carrying hostile text."""
    a1 = build_article("inputs/na-ri.txt", [
        ("noise:menu trang", "Trang chủ | Thời sự | Chính trị <a href=\"https://vi.example/x\">Chia sẻ</a>\n"),
        ("", "Sáng 3/4, Ủy ban MTTQ huyện Na Rì tổ chức hội nghị giao ban quý I/2024. "),
        ("achievement", "Các đoàn thể đã tổ chức 86 buổi tuyên truyền {{ 7*7 }} cho hơn 5.000 lượt hội viên."),
        ("", " Đại biểu nêu mẫu tin nhắn lừa đảo <script>alert('x')</script> kèm ảnh <img src=file:///etc/passwd>. "),
        ("limitation", "Việc nắm tình hình Nhân dân ở một số thôn còn chậm."),
        ("", "\n"),
        ("task", "Quý II, Mặt trận tiếp tục vận động Nhân dân tham gia xây dựng nông thôn mới."),
        ("noise:bộ đếm lượt xem", "\nLượt xem: 1.234 <style>@import url(https://vi.example/a.css)</style>"),
    ], title="Na Rì giao ban {{ 7*7 }} <i>quý I</i>")
    a2 = build_article("inputs/cho-don.txt", [
        ("", "Chiều 5/4, Hội Nông dân huyện Chợ Đồn họp sơ kết quý I. "),
        ("achievement", "Hội đã phối hợp hỗ trợ 40 hộ nghèo vay vốn phát triển chăn nuôi."),
        ("", " "),
        ("limitation", "Một số chi hội sinh hoạt chưa đều."),
        ("noise:chia sẻ mạng xã hội", "\nChia sẻ: Facebook Zalo"),
    ])
    s1, s2 = a1.statements, a2.statements

    def quote(sid, s):
        return {"source": sid, "text": s.quote, "start": s.start, "end": s.end}

    briefing = {
        "schema": "briefgen.briefing/1", "title": "BÁO CÁO",
        "subject": "Tổng hợp kết quả quý I/2024 <b>", "period": "quý I/2024",
        "sources": [{"id": 1, "path": a1.path}, {"id": 2, "path": a2.path}],
        "sections": [
            {"category": "achievement", "title": "Kết quả đạt được", "themes": [
                {"title": "Tuyên truyền <script>", "items": [
                    {"text": "Các đoàn thể tổ chức 86 buổi tuyên truyền {{ 7*7 }} <img src=x>.", "sources": [1],
                     "quotes": [quote(1, s1[0])]},
                    {"text": "Hỗ trợ 40 hộ nghèo vay vốn.", "sources": [2], "quotes": [quote(2, s2[0])]},
                ], "more": 1}]},
            {"category": "limitation", "title": "Hạn chế, tồn tại", "themes": [
                {"title": "Nắm tình hình", "items": [
                    {"text": "Nắm tình hình ở một số thôn còn chậm; chi hội sinh hoạt chưa đều.", "sources": [1, 2],
                     "quotes": [quote(1, s1[1]), quote(2, s2[1])]}], "more": 0}]},
            {"category": "task", "title": "Nhiệm vụ trọng tâm quý II/2024", "themes": []},
        ],
        "figures": [], "overview": [],
        "warnings": ["Bài inputs/cho-don.txt không nêu kỳ báo cáo."],
    }
    skipped = [Problem("inputs/hong.pdf", "tệp PDF bị hỏng, không đọc được")]
    merges = [{"category": "limitation", "theme": "Nắm tình hình", "kept_text": s1[1].text,
               "kept_source": a1.path, "merged_text": s2[1].text, "merged_source": a2.path, "similarity": 0.41}]
    return briefing, [a1, a2], skipped, ["Hai bài viết có kỳ báo cáo khác nhau."], merges


class Page(HTMLParser):
    """What a browser would build from the page: tags, ids, links, and the
    text shown inside each article's text box."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.ids: set[str] = set()
        self.stack: list[tuple[str, dict]] = []
        self.article_text: dict[str, str] = {}
        self.current_article = None
        self.style = ""
        self.text = ""
        self.chunks: list[str] = []  # text nodes, to read table cells apart
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "article":
            self.current_article = attrs.get("id")
        if tag not in ("br", "meta"):
            self.stack.append((tag, attrs))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        self.text += data
        self.chunks.append(data)
        classes = [a.get("class", "") for _, a in self.stack]
        if self.stack and self.stack[-1][0] == "style":
            self.style += data
        if "text" in classes and "back" not in classes and self.current_article:
            self.article_text[self.current_article] = self.article_text.get(self.current_article, "") + data


@pytest.fixture(scope="module")
def case():
    return make_case()


@pytest.fixture(scope="module")
def html(case):
    return render_audit(*case)


@pytest.fixture(scope="module")
def page(html):
    return Page(html)


def test_page_loads_nothing_from_outside(page):
    url_attrs = ("src", "href", "action", "data", "poster", "srcset", "background", "formaction", "xlink:href")
    for tag, attrs in page.tags:
        assert tag not in ("script", "link", "iframe", "object", "embed", "img", "base", "form")
        for name in url_attrs:
            value = (attrs.get(name) or "").strip()
            if value:
                assert value.startswith("#") or value.startswith("data:"), (tag, name, value)
        assert "url(" not in (attrs.get("style") or "")
    assert "@import" not in page.style
    assert all(u.startswith("data:") for u in re.findall(r"url\(\s*['\"]?([^)'\"]*)", page.style))
    csp = [a for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0]["content"]


def test_no_external_reference_in_the_raw_page():
    # Without hostile text, no URL-like attribute appears anywhere in the source.
    briefing, articles, *_ = make_case()
    clean = [build_article("inputs/a.txt", [("achievement", "Hội viên tham gia đầy đủ.")])]
    raw = render_audit({**briefing, "sources": [{"id": 1, "path": "inputs/a.txt"}]}, clean, [], [], [])
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:|file:|//)""", raw, re.I)
    assert "@import" not in raw and not re.search(r"url\((?!\s*['\"]?data:)", raw)


def test_hostile_article_text_is_shown_literally_and_never_runs(html, page, case):
    for text in HOSTILE:
        assert text in page.text, text  # the reader sees it as typed
    assert "49" not in page.text
    assert not any(tag in ("script", "img") for tag, _ in page.tags)
    assert "<script>alert" not in html and "<img src=file" not in html


def test_each_article_text_is_shown_whole(page, case):
    _, articles, *_ = case
    for i, article in enumerate(articles, 1):
        assert page.article_text[f"b{i}"] == article.doc.text


def test_statements_highlighted_by_category_with_legend(page, case, html):
    _, articles, *_ = case
    marks = {}
    for tag, attrs in page.tags:
        if tag == "mark" and "id" in attrs:
            marks[attrs["id"]] = attrs["class"]
    categories = sorted(s.category for a in articles for s in a.statements)
    assert sorted(marks.values()) == categories
    legend = re.search(r'<div class="legend".*?</div>', html, re.S).group(0)
    for words in ("xanh lá", "kết quả", "đỏ cam", "hạn chế", "xanh lam", "nhiệm vụ", "lược bỏ"):
        assert words in legend
    for colour_rule in ("mark.achievement", "mark.limitation", "mark.task", ".noise"):
        assert colour_rule in page.style


def test_noise_is_greyed_with_its_reason(page):
    noise = [a for t, a in page.tags if t == "span" and a.get("class") == "noise" and a.get("title")]
    reasons = [a["title"] for a in noise]
    assert any("menu trang" in r for r in reasons)
    assert any("bộ đếm lượt xem" in r for r in reasons)


def test_every_internal_link_resolves(page):
    links = [a["href"][1:] for t, a in page.tags if t == "a" and a.get("href", "").startswith("#")]
    assert links
    assert [l for l in links if l not in page.ids] == []


def test_items_and_quotes_link_both_ways(page, case):
    briefing = case[0]
    items = [i for s in briefing["sections"] for t in s["themes"] for i in t["items"]]
    item_ids = [f"y{n}" for n in range(1, len(items) + 1)]
    assert set(item_ids) <= page.ids
    html_links = [(a.get("class"), a["href"][1:]) for t, a in page.tags if t == "a" and "href" in a]
    quote_targets = {h for c, h in html_links if re.fullmatch(r"b\d+-[ct]\d+", h)}
    back_targets = {h for c, h in html_links if c == "back" and h.startswith("y")}
    assert back_targets == set(item_ids)  # every item is reachable back from its source
    assert len(quote_targets) == sum(len(i["quotes"]) for i in items)


def test_summary_counts_what_happened(page):
    text = " ".join(" ".join(page.chunks).split())
    assert "2 bài viết được đọc" in text
    assert "3 ý trong báo cáo, 2 chủ đề" in text
    assert "1 lần gộp ý trùng" in text
    assert "2 cảnh báo" in text and "Hai bài viết có kỳ báo cáo khác nhau." in text
    assert "inputs/hong.pdf tệp PDF bị hỏng, không đọc được" in text
    # per category: extracted from articles, in the report, left out by the cap
    assert "Kết quả 2 2 1" in text and "Hạn chế 2 1 0" in text and "Nhiệm vụ 1 0 0" in text
    assert "Các bài viết không nêu nội dung này." in text  # the empty task section


def test_quote_with_stale_offsets_is_found_by_its_text_and_missing_one_is_flagged():
    briefing, articles, *_ = make_case()
    item = briefing["sections"][0]["themes"][0]["items"][0]
    item["quotes"] = [{**item["quotes"][0], "start": 0, "end": 5},
                      {"source": 1, "text": "Câu này không có trong bài.", "start": None, "end": None}]
    page = Page(render_audit(briefing, articles, [], [], []))
    hrefs = [a["href"] for t, a in page.tags if t == "a" and a.get("href") == "#b1-c1"]
    assert hrefs  # still points at the statement
    assert "(không tìm thấy trong bài viết)" in page.text


def test_quote_outside_any_statement_gets_its_own_highlight():
    article = build_article("inputs/x.txt", [("", "Mở đầu. "), ("", "Hội viên góp 300 ngày công."), ("", " Hết.")])
    quote_text = "Hội viên góp 300 ngày công."
    start = article.doc.text.index(quote_text)
    briefing = {"sources": [{"id": 1, "path": "inputs/x.txt"}], "sections": [
        {"category": "achievement", "title": "Kết quả", "themes": [{"title": "Lao động", "items": [
            {"text": quote_text, "sources": [1],
             "quotes": [{"source": 1, "text": quote_text, "start": start, "end": start + len(quote_text)}]}]}]}]}
    page = Page(render_audit(briefing, [article], [], [], []))
    marks = [a for t, a in page.tags if t == "mark" and "id" in a]
    assert len(marks) == 1 and marks[0]["class"] == "achievement"
    assert page.article_text["b1"] == article.doc.text


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_any_statements_and_noise_keep_the_text_whole(data):
    text = data.draw(st.text(st.sampled_from("ab <>&\"'{}\n"), min_size=1, max_size=60))
    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(text)), max_size=8))))
    statements = []
    for a, b in zip(cuts[::2], cuts[1::2]):
        if a < b:
            cat = data.draw(st.sampled_from(["achievement", "limitation", "task"]))
            statements.append(Statement(cat, text[a:b], text[a:b], "p", a, b))
    noise = [Dropped(a, b, "n") for a, b in data.draw(st.lists(
        st.tuples(st.integers(0, len(text)), st.integers(0, len(text))), max_size=4))]
    article = Article(Document("p", text), ArticleMeta(), tuple(statements), tuple(noise))
    page = Page(render_audit({"sections": []}, [article], [], [], []))
    assert page.article_text.get("b1", "") == text


def test_items_left_out_by_the_cap_are_still_traceable():
    briefing, articles, *_ = make_case()
    theme = briefing["sections"][0]["themes"][0]
    theme["hidden_items"] = [theme["items"].pop()]  # the Chợ Đồn item, left out
    theme["more"] = 1
    page = Page(render_audit(briefing, articles, [], [], []))
    assert "yl1" in page.ids
    backs = {a["href"] for t, a in page.tags if t == "a" and a.get("class") == "back"}
    assert "#yl1" in backs
    assert "2 ý trong báo cáo" in " ".join(" ".join(page.chunks).split())


def test_page_declares_its_encoding_first(html):
    # opened from an email attachment there is no server to say it is UTF-8
    assert html.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in html[:200]


def test_a_national_synthesis_lists_the_first_merges_and_counts_all(monkeypatch):
    from briefgen.render import audit

    monkeypatch.setattr(audit, "MERGES_LISTED", 3)
    briefing, articles, skipped, warnings, merges = make_case()
    many = [dict(merges[0], merged_text=f"Câu gộp thứ {n}.") for n in range(10)]
    page = Page(render_audit(briefing, articles, skipped, warnings, many))
    assert re.search(r"10\s*lần gộp ý trùng", page.text)
    assert "Các ý trùng đã gộp (10)" in page.text
    assert "Câu gộp thứ 2." in page.text and "Câu gộp thứ 3." not in page.text
    assert "Chỉ liệt kê 3 lần gộp đầu tiên" in page.text
