"""The audit of a national synthesis: an index page plus pages of sources.

One page holding 10,000 highlighted articles is over 100 MB, and a browser
needs more than a minute to open it. Above ``SPLIT_ABOVE`` articles the audit
is therefore split, with every link of the single page still working:

- ``<name>.audit.html``, the index: summary, warnings, skipped files, every
  item of the report (shown, and left out by the per-theme cap) with its
  quotes, the key figures, and the list of source pages;
- ``<name>.audit/nguon-001.html``, ``nguon-002.html`` …: ``PER_PAGE``
  articles each, highlighted as on the single page. Every quote and
  citation of the index opens its page at the passage; every passage links
  back to its item on the index.

Every page stays self-contained (inline style, no script, nothing fetched),
so the index and its folder can be zipped and sent together. Up to
``SPLIT_ABOVE`` articles the audit stays one page (briefgen.render.audit).
"""
from __future__ import annotations

from typing import Iterator
from urllib.parse import quote

from briefgen.render.audit import TEMPLATE, Links, page_context, article_view, render_audit, render_template

SPLIT_ABOVE = 200
PER_PAGE = 100            # articles per source page
QUOTES_ON_INDEX = 10      # quotes and sources of an item listed on the index, all on its item page
QUOTES_PER_PAGE = 2000    # quotes per item page (an item with more has a page of its own)
PAGE_TEMPLATE = "audit-sources.html.j2"
ITEMS_TEMPLATE = "audit-items.html.j2"
# what the other pages show of the index's context (title, legend, counts)
SHARED = ("briefing_title", "subject", "period", "counts", "n_articles", "labels", "colours")


def folder_name(name: str) -> str:
    """The folder of source and item pages beside ``<name>.audit.html``."""
    return f"{name}.audit"


def page_name(number: int) -> str:
    return f"nguon-{number:03d}.html"


def items_page_name(number: int) -> str:
    return f"y-{number:03d}.html"


class _Split(Links):
    def __init__(self, name: str):
        self.folder = quote(folder_name(name))
        self.index = "../" + quote(f"{name}.audit.html")

    def page_of(self, article: int) -> str:
        return f"{self.folder}/{page_name((article - 1) // PER_PAGE + 1)}"

    def inside(self, href: str | None) -> str | None:
        """A link made for the index, as seen from a page of the folder."""
        return href[len(self.folder) + 1:] if href and href.startswith(self.folder + "/") else href


def _item_pages(sections: list[dict]) -> list[list[dict]]:
    """Every item, shown and left out, in report order, cut into pages of
    about ``QUOTES_PER_PAGE`` quotes; a page is a list of blocks (one theme's
    shown or left-out items)."""
    pages: list[list[dict]] = []
    count = 0
    for sec in sections:
        for th in sec["themes"]:
            for hidden, items in ((False, th["points"]), (True, th["hidden"])):
                for it in items:
                    n = max(1, len(it["quotes"]))
                    if not pages or (count and count + n > QUOTES_PER_PAGE):
                        pages.append([])
                        count = 0
                    count += n
                    blocks = pages[-1]
                    if not blocks or blocks[-1]["theme"] is not th or blocks[-1]["hidden"] != hidden:
                        blocks.append({"section": sec, "theme": th, "hidden": hidden, "items": []})
                    blocks[-1]["items"].append(it)
    return pages


def render_audit_files(briefing: dict, articles: list, skipped: list, warnings: list[str],
                       merges: list[dict], name: str) -> tuple[str, Iterator[tuple[str, str]]]:
    """(the audit page, the pages of its folder as (file name, HTML), made
    one by one). Up to ``SPLIT_ABOVE`` articles the page is the single page
    of ``render_audit`` and there is no folder."""
    articles = list(articles)
    if len(articles) <= SPLIT_ABOVE:
        return render_audit(briefing, articles, skipped, warnings, merges), iter(())
    links = _Split(name)
    context, highlights = page_context(briefing, articles, list(skipped), list(warnings), list(merges), links)
    n = len(articles)
    ranges = {k: ((k - 1) * PER_PAGE + 1, min(k * PER_PAGE, n)) for k in range(1, (n + PER_PAGE - 1) // PER_PAGE + 1)}
    item_pages = _item_pages(context["sections"])
    where = {it["id"]: items_page_name(k) for k, blocks in enumerate(item_pages, 1)
             for b in blocks for it in b["items"]}
    for marks in highlights.values():  # a passage links back to its item's full entry
        for h in marks:
            for back in h.backs:
                back["href"] = f"{where[back['anchor']]}#{back['anchor']}"
    _index_view(context, links, where, item_pages)
    context["source_pages"] = [
        {"number": k, "href": f"{links.folder}/{page_name(k)}", "first": lo, "last": hi,
         "first_path": articles[lo - 1].path, "last_path": articles[hi - 1].path}
        for k, (lo, hi) in ranges.items()]
    context["per_page"] = PER_PAGE
    index = render_template(TEMPLATE, context)
    shared = {k: context[k] for k in SHARED}
    nav = {"index": links.index, "n_pages": len(ranges), "n_item_pages": len(item_pages)}

    def pages() -> Iterator[tuple[str, str]]:
        for k, blocks in enumerate(item_pages, 1):
            yield items_page_name(k), render_template(ITEMS_TEMPLATE, {
                **shared, **nav, "blocks": [_inside(b, links) for b in blocks], "number": k,
                "previous": items_page_name(k - 1) if k > 1 else "",
                "next": items_page_name(k + 1) if k < len(item_pages) else ""})
        for k, (lo, hi) in ranges.items():
            views = [article_view(i, articles[i - 1], highlights[i]) for i in range(lo, hi + 1)]
            yield page_name(k), render_template(PAGE_TEMPLATE, {
                **shared, **nav, "articles": views, "number": k, "first": lo, "last": hi,
                "previous": page_name(k - 1) if k > 1 else "",
                "next": page_name(k + 1) if k < len(ranges) else ""})

    return index, pages()


def _index_view(context: dict, links: _Split, where: dict, item_pages: list) -> None:
    """The index keeps the items of the document with their first quotes;
    the rest of the quotes and the left-out items are on the item pages."""
    for sec in context["sections"]:
        for th in sec["themes"]:
            th["points"] = [{**it, "quotes": it["quotes"][:QUOTES_ON_INDEX],
                             "more_quotes": max(0, len(it["quotes"]) - QUOTES_ON_INDEX),
                             "cites": it["cites"][:QUOTES_ON_INDEX],
                             "more_cites": max(0, len(it["cites"]) - QUOTES_ON_INDEX),
                             "full": f"{links.folder}/{where[it['id']]}#{it['id']}"} for it in th["points"]]
            if th["hidden"]:
                first = th["hidden"][0]["id"]
                th["hidden_href"] = f"{links.folder}/{where[first]}#{first}"
                th["more"] = th["more"] or len(th["hidden"])
                th["hidden"] = []
    context["item_pages"] = [{"number": k, "href": f"{links.folder}/{items_page_name(k)}"}
                             for k in range(1, len(item_pages) + 1)]


def _inside(block: dict, links: _Split) -> dict:
    """A block of items with its links made from inside the folder."""
    items = [{**it, "cites": [{**c, "href": links.inside(c["href"])} for c in it["cites"]],
              "quotes": [{**q, "href": links.inside(q["href"])} for q in it["quotes"]]}
             for it in block["items"]]
    return {**block, "items": items}
