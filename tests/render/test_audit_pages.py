"""A national synthesis splits its audit into an index and pages of sources:
every quote still opens its passage, every passage still links back."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import pytest

from briefgen.render import audit_pages
from briefgen.render.audit import render_audit
from tests.render.test_audit import Page, build_article, make_case


@pytest.fixture()
def small_pages(monkeypatch):
    monkeypatch.setattr(audit_pages, "SPLIT_ABOVE", 1)
    monkeypatch.setattr(audit_pages, "PER_PAGE", 1)


def _write(tmp_path: Path, name: str, index: str, pages) -> Path:
    (tmp_path / f"{name}.audit.html").write_text(index, encoding="utf-8")
    folder = tmp_path / f"{name}.audit"
    folder.mkdir()
    for file, html in pages:
        (folder / file).write_text(html, encoding="utf-8")
    return tmp_path / f"{name}.audit.html"


def _links(path: Path) -> list[tuple[Path, str, str]]:
    """(target file, anchor, class) of every link on the page at ``path``."""
    out = []
    for tag, attrs in Page(path.read_text(encoding="utf-8")).tags:
        if tag == "a" and "href" in attrs:
            file, _, anchor = attrs["href"].partition("#")
            target = (path.parent / unquote(file)).resolve() if file else path.resolve()
            out.append((target, anchor, attrs.get("class") or ""))
    return out


def test_small_runs_keep_one_page():
    case = make_case()
    index, pages = audit_pages.render_audit_files(*case, name="bao-cao")
    assert index == render_audit(*case) and list(pages) == []


def test_split_audit_links_work_both_ways(small_pages, tmp_path):
    briefing, articles, skipped, warnings, merges = make_case()
    index, pages = audit_pages.render_audit_files(briefing, articles, skipped, warnings, merges,
                                                  name="bao-cao tổng hợp")
    index_path = _write(tmp_path, "bao-cao tổng hợp", index, pages)
    folder = tmp_path / "bao-cao tổng hợp.audit"
    assert sorted(f.name for f in folder.iterdir()) == ["nguon-001.html", "nguon-002.html", "y-001.html"]
    files = [folder / "nguon-001.html", folder / "nguon-002.html"]
    item_page = folder / "y-001.html"
    ids = {p.resolve(): Page(p.read_text(encoding="utf-8")).ids for p in [index_path, item_page, *files]}

    # the index holds the report, not the article texts
    shown = Page(index)
    assert not shown.article_text
    assert "Các đoàn thể tổ chức 86 buổi tuyên truyền" in shown.text
    # every link of every page lands on an existing element of an existing page
    for page in [index_path, item_page, *files]:
        for target, anchor, _ in _links(page):
            assert target in ids, (page.name, target)
            assert not anchor or anchor in ids[target], (page.name, target.name, anchor)
    # quotes on the index open the passage on its source page ...
    quote_links = [(t.name, a) for t, a, _ in _links(index_path) if re.fullmatch(r"b\d+-[ct]\d+", a)]
    items = [i for s in briefing["sections"] for t in s["themes"] for i in t["items"]]
    assert len(quote_links) == sum(len(i["quotes"]) for i in items)
    assert {name for name, _ in quote_links} == {"nguon-001.html", "nguon-002.html"}
    # ... and every item is reachable back from its sources, on the page
    # that lists it with all its quotes
    backs = {a for f in files for t, a, c in _links(f) if c == "back" and t == item_page.resolve()}
    assert backs == {f"y{n}" for n in range(1, len(items) + 1)}
    full = Page(item_page.read_text(encoding="utf-8"))
    assert backs <= full.ids
    assert len([a for t, a, _ in _links(item_page) if re.fullmatch(r"b\d+-[ct]\d+", a)]) == len(quote_links)
    # each source page shows its article whole, with the legend, and loads nothing
    for f, article in zip(files, articles):
        page = Page(f.read_text(encoding="utf-8"))
        assert list(page.article_text.values()) == [article.doc.text]
        assert ("meta", {"http-equiv": "Content-Security-Policy"}) in [
            (t, {k: v for k, v in a.items() if k == "http-equiv"}) for t, a in page.tags if t == "meta"]
        assert "xanh lá" in page.text


def test_pages_follow_each_other_and_list_their_articles(small_pages, tmp_path, monkeypatch):
    monkeypatch.setattr(audit_pages, "PER_PAGE", 2)
    articles = [build_article(f"inputs/bai-{k}.txt", [("achievement", f"Hội vận động {k} hộ tham gia.")],
                              title=f"Bài số {k}") for k in range(1, 6)]
    briefing = {"sources": [{"id": k, "path": a.path} for k, a in enumerate(articles, 1)], "sections": []}
    index, pages = audit_pages.render_audit_files(briefing, articles, [], [], [], name="bc")
    pages = dict(pages)
    assert list(pages) == ["nguon-001.html", "nguon-002.html", "nguon-003.html"]  # no items: no item page
    second = Page(pages["nguon-002.html"])
    hrefs = [a["href"] for t, a in second.tags if t == "a"]
    assert "../bc.audit.html" in hrefs and "nguon-001.html" in hrefs and "nguon-003.html" in hrefs
    assert "Bài số 3" in second.text and "Bài số 4" in second.text and "Bài số 5" not in second.text
    assert "Bài viết nguồn 3–4 (trang 2/3)" in " ".join(second.text.split())
    cells = [c.strip() for c in Page(index).chunks if c.strip()]
    assert cells[-4:] == ["Trang 3", "5–5", "inputs/bai-5.txt", "inputs/bai-5.txt"]


def test_build_writes_the_folder_and_a_smaller_build_removes_it(tmp_path, monkeypatch):
    from briefgen.pipeline import Options, build

    root = Path(__file__).resolve().parents[2]
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(audit_pages, "SPLIT_ABOVE", 2)
    monkeypatch.setattr(audit_pages, "PER_PAGE", 2)
    out = tmp_path / "out"
    result = build(Options(inputs=root / "inputs", outdir=out))
    folder = out / "bao-cao-tong-hop.audit"
    assert folder in result.written
    assert sorted(p.name for p in folder.iterdir()) == [
        "nguon-001.html", "nguon-002.html", "nguon-003.html", "y-001.html"]
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary left
    monkeypatch.setattr(audit_pages, "SPLIT_ABOVE", 200)
    build(Options(inputs=root / "inputs", outdir=out))
    assert not folder.exists()
    assert "Bài viết nguồn" in (out / "bao-cao-tong-hop.audit.html").read_text(encoding="utf-8")
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_index_lists_first_quotes_and_left_out_items_elsewhere(small_pages, tmp_path, monkeypatch):
    monkeypatch.setattr(audit_pages, "QUOTES_ON_INDEX", 1)
    monkeypatch.setattr(audit_pages, "QUOTES_PER_PAGE", 2)
    briefing, articles, skipped, warnings, merges = make_case()
    theme = briefing["sections"][0]["themes"][0]
    theme["hidden_items"] = [theme["items"].pop()]  # the Chợ Đồn item, left out by the cap
    theme["more"] = 1
    index, pages = audit_pages.render_audit_files(briefing, articles, skipped, warnings, merges, name="bc")
    index_path = _write(tmp_path, "bc", index, pages)
    folder = tmp_path / "bc.audit"
    item_pages = sorted(folder.glob("y-*.html"))
    assert len(item_pages) == 2  # three quotes, two per page at most
    shown = " ".join(Page(index).text.split())
    assert "… và 1 trích dẫn khác: xem đủ" in shown  # the limitation item has two quotes
    assert "và 1 nguồn khác" in shown  # and two sources
    assert "Hỗ trợ 40 hộ nghèo vay vốn." not in shown  # left out: on an item page only
    assert "xem các ý này và trích dẫn của chúng" in shown
    left_out = [p for p in item_pages if "Hỗ trợ 40 hộ nghèo vay vốn." in p.read_text(encoding="utf-8")]
    assert len(left_out) == 1 and "yl1" in Page(left_out[0].read_text(encoding="utf-8")).ids
    ids = {p.resolve(): Page(p.read_text(encoding="utf-8")).ids for p in [index_path, *folder.iterdir()]}
    for page in ids:
        for target, anchor, _ in _links(page):
            assert target in ids and (not anchor or anchor in ids[target]), (page.name, target.name, anchor)
