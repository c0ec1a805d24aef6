"""The audit page: one self-contained HTML file to check the briefing against
its sources before it goes to leadership.

Every item of the briefing links to the highlighted passages it was made
from, and every highlight links back. Article text is shown in full with the
extracted statements coloured by category and the page noise greyed out, so a
reader sees at a glance what was taken, what was left and what was thrown away.

The page must work when emailed and opened offline, so it loads nothing: CSS
is inline, there is no script, and a Content-Security-Policy forbids every
fetch in case some text slipped through unescaped. All article text is data,
escaped by Jinja's autoescape, never markup.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable

import jinja2

from briefgen.model import CATEGORIES, Article
from briefgen.paths import template_dirs

TEMPLATE = "audit.html.j2"
ROMAN = ("I", "II", "III")
LABELS = {"achievement": "kết quả", "limitation": "hạn chế", "task": "nhiệm vụ"}
# Colour names as the legend says them to the reader.
COLOUR_NAMES = {"achievement": "xanh lá", "limitation": "đỏ cam", "task": "xanh lam"}


@dataclass
class _Highlight:
    start: int
    end: int
    category: str
    id: str
    rule: str = ""
    backs: list[dict] = field(default_factory=list)  # items that cite it


def _nfc(value: Any) -> str:
    return unicodedata.normalize("NFC", str(value)) if value is not None else ""


def _short(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _overlaps(a: int, b: int, highlights: Iterable[_Highlight]) -> _Highlight | None:
    return next((h for h in highlights if h.start < b and a < h.end), None)


def _article_highlights(index: int, article: Article) -> list[_Highlight]:
    """One highlight per statement; statements never overlap by contract, but
    a bad range must not break the page, so an overlapping one is skipped."""
    size = len(article.doc.text)
    kept: list[_Highlight] = []
    for st in sorted(article.statements, key=lambda s: (s.start, s.end)):
        start, end = max(0, st.start), min(size, st.end)
        if start >= end or _overlaps(start, end, kept) or st.category not in CATEGORIES:
            continue
        kept.append(_Highlight(start, end, st.category, f"b{index}-c{len(kept) + 1}", st.rule))
    return kept


def _find_quote(quote: dict, text: str, highlights: list[_Highlight], category: str,
                prefix: str) -> _Highlight | None:
    """The highlight a briefing quote points at: the statement with the same
    range, else one overlapping it, else a new highlight where the quote is."""
    quoted = quote.get("text") or ""
    start, end = quote.get("start"), quote.get("end")
    valid = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
    if quoted and (not valid or text[start:end] != quoted):
        # offsets missing or stale: look for the verbatim quote instead
        at = text.find(quoted)
        if at >= 0:
            start, end, valid = at, at + len(quoted), True
    if not valid:
        return None
    found = next((h for h in highlights if (h.start, h.end) == (start, end)), None)
    found = found or _overlaps(start, end, highlights)
    if found:
        return found
    extra = _Highlight(start, end, category, f"{prefix}-t{len(highlights) + 1}", "trích dẫn trong báo cáo")
    highlights.append(extra)
    highlights.sort(key=lambda h: h.start)
    return extra


def _segments(text: str, highlights: list[_Highlight], dropped) -> list[dict]:
    """Cut the article text into plain, highlighted and noise pieces."""
    marks = [(h.start, h.end, h) for h in highlights]
    for d in dropped:
        # highlights win over noise: subtract them from the noise range
        a, b = max(0, d.start), min(len(text), d.end)
        for h in highlights:
            if h.start < b and a < h.end:
                if a < h.start:
                    marks.append((a, h.start, d))
                a = max(a, h.end)
        if a < b:
            marks.append((a, b, d))
    marks.sort(key=lambda m: (m[0], m[1]))
    out, pos = [], 0
    for a, b, what in marks:
        a = max(a, pos)  # noise ranges may overlap one another
        if a >= b:
            continue
        if a > pos:
            out.append({"kind": "plain", "text": text[pos:a]})
        if isinstance(what, _Highlight):
            label = LABELS[what.category]
            note = f"Ý {label}" + (f" — quy tắc: {what.rule}" if what.rule else "")
            if not what.backs:
                note += " — không có trong báo cáo (đã gộp hoặc lược bớt)"
            out.append({"kind": "mark", "text": text[a:b], "id": what.id, "category": what.category,
                        "title": note, "backs": what.backs})
        else:
            out.append({"kind": "noise", "text": text[a:b], "title": f"Đã lược bỏ: {_nfc(what.reason)}"})
        pos = b
    if pos < len(text):
        out.append({"kind": "plain", "text": text[pos:]})
    return out


def _skipped_rows(skipped: Iterable[Any]) -> list[dict]:
    rows = []
    for s in skipped:
        if isinstance(s, dict):
            path, reason = s.get("path", ""), s.get("message") or s.get("reason") or ""
        elif isinstance(s, (tuple, list)) and len(s) == 2:
            path, reason = s
        elif hasattr(s, "path"):
            path, reason = s.path, getattr(s, "message", "")
        else:
            path, reason = "", s
        rows.append({"path": _nfc(path), "reason": _nfc(reason)})
    return rows


def _merge_rows(merges: Iterable[dict]) -> list[dict]:
    rows = []
    for m in merges:
        if "kept_text" in m and "merged_text" in m:
            rows.append({"kept": _nfc(m["kept_text"]), "kept_source": _nfc(m.get("kept_source")),
                         "merged": _nfc(m["merged_text"]), "merged_source": _nfc(m.get("merged_source")),
                         "similarity": m.get("similarity"), "theme": _nfc(m.get("theme_title") or m.get("theme")),
                         "category": m.get("category") if m.get("category") in CATEGORIES else None})
        else:  # an unknown shape still shows up rather than vanishing
            rows.append({"other": "; ".join(f"{k}: {_nfc(v)}" for k, v in m.items())})
    return rows


MERGES_LISTED = 2000


STATUS_CLASS = {"có kết quả": "done", "đang thực hiện": "ongoing", "chưa có thông tin": "unknown"}


def _followup_view(followup: dict | None, cite) -> dict | None:
    """Each previous task with its status, why, and each link explained
    (which words and figures matched, how strongly)."""
    if not followup:
        return None
    tasks = []
    for n, t in enumerate(followup.get("tasks") or [], 1):
        tasks.append({
            "number": n, "task": _nfc(t.get("task")), "status": _nfc(t.get("status")),
            "css": STATUS_CLASS.get(t.get("status"), "unknown"), "why": _nfc(t.get("why") or ""),
            "reports": [{"kind": "Hạn chế" if r.get("category") == "limitation" else "Kết quả",
                         "category": r.get("category") or "achievement", "text": _nfc(r.get("text")),
                         "cites": [cite(s) for s in r.get("sources") or []],
                         "strength": _nfc(r.get("strength") or ""), "score": r.get("score"),
                         "matched": ", ".join(_nfc(w) for w in r.get("matched") or []),
                         "figures": "; ".join(_nfc(f) for f in r.get("figures") or [])}
                        for r in t.get("reports") or []]})
    rows = [{"indicator": _nfc(r.get("indicator")), "unit": _nfc(r.get("unit") or ""),
             "previous": _nfc(r.get("previous") or ""), "current": _nfc(r.get("current") or ""),
             "cites": [cite(s) for s in r.get("sources") or []]} for r in followup.get("comparison") or []]
    return {"title": _nfc(followup.get("title") or ""), "previous": _nfc(followup.get("previous") or ""),
            "previous_period": _nfc(followup.get("previous_period") or ""), "tasks": tasks, "rows": rows}


class Links:
    """Where things are: on one page every link is an anchor of that page;
    when the audit is split (briefgen.render.audit_pages) an article lives on
    the source page ``page_of(i)`` and the items on the index page."""

    index = ""  # prefix of a link from a source page back to an item

    def page_of(self, article: int) -> str:  # prefix of a link to article ``article``
        return ""


def page_context(briefing: dict, articles: list[Article], skipped, warnings, merges,
             links: Links | None = None) -> tuple[dict, dict[int, list[_Highlight]]]:
    """The page's data but the articles' texts, and each article's highlights
    (items link to them, and they link back: see ``article_view``)."""
    links = links or Links()
    by_path = {a.path: i for i, a in enumerate(articles, 1)}
    highlights = {i: _article_highlights(i, a) for i, a in enumerate(articles, 1)}
    source_article = {s.get("id"): by_path.get(s.get("path")) for s in briefing.get("sources") or []}

    def cite(sid) -> dict:
        article = source_article.get(sid)
        return {"label": f"[{sid}]", "href": f"{links.page_of(article)}#b{article}" if article else None}

    def item_view(item: dict, category: str, anchor: str, label: str) -> dict:
        """An item with links to its quotes; each quote's highlight links back."""
        quotes = []
        for q in item.get("quotes") or []:
            article = source_article.get(q.get("source"))
            found = None
            if article:
                found = _find_quote(q, articles[article - 1].doc.text, highlights[article],
                                    category, f"b{article}")
            if found:
                found.backs.append({"href": f"{links.index}#{anchor}", "label": label, "anchor": anchor})
            quotes.append({"text": _short(_nfc(q.get("text"))), "source": q.get("source"),
                           "href": f"{links.page_of(article)}#{found.id}" if found else None})
        return {"id": anchor, "label": label, "text": _nfc(item.get("text")),
                "cites": [cite(s) for s in item.get("sources") or []], "quotes": quotes}

    sections, shown, hidden = [], 0, 0
    order = {c: n for n, c in enumerate(CATEGORIES)}
    present = sorted((s for s in briefing.get("sections") or [] if s.get("category") in order),
                     key=lambda s: order[s["category"]])
    for roman, sec in zip(ROMAN, present):
        themes = []
        for t, theme in enumerate(sec.get("themes") or [], 1):
            points, left_out = [], []
            for item in theme.get("items") or []:
                shown += 1
                points.append(item_view(item, sec["category"], f"y{shown}", f"ý {shown}"))
            # items the per-theme cap left out are still traceable
            for item in theme.get("hidden_items") or []:
                hidden += 1
                left_out.append(item_view(item, sec["category"], f"yl{hidden}", f"lược bớt {hidden}"))
            themes.append({"number": t, "title": _nfc(theme.get("title")), "points": points,
                           "hidden": left_out, "more": theme.get("more") or 0})
        sections.append({"roman": roman, "title": _nfc(sec.get("title")), "category": sec["category"],
                         "themes": themes})

    extracted = {c: sum(1 for a in articles for s in a.statements if s.category == c) for c in CATEGORIES}
    in_report = {s["category"]: sum(len(t["points"]) for t in s["themes"]) for s in sections}
    left_out = {s["category"]: sum(t["more"] for t in s["themes"]) for s in sections}
    counts = [{"category": c, "label": LABELS[c], "colour": COLOUR_NAMES[c], "extracted": extracted[c],
               "in_report": in_report.get(c, 0), "left_out": left_out.get(c, 0)} for c in CATEGORIES]

    all_warnings = list(dict.fromkeys(_nfc(w) for w in [*warnings, *(briefing.get("warnings") or [])]))
    return {
        "briefing_title": _nfc(briefing.get("title") or "BÁO CÁO"),
        "subject": _nfc(briefing.get("subject") or ""),
        "period": _nfc(briefing.get("period") or ""),
        "counts": counts,
        "n_articles": len(articles),
        "n_items": shown,
        "n_themes": sum(len(s["themes"]) for s in sections),
        "sections": sections,
        "figures": [{"text": _nfc(f.get("text")), "cites": [cite(s) for s in f.get("sources") or []]}
                    for f in briefing.get("figures") or []],
        # every merged statement is also listed under its item (its quote):
        # a national synthesis lists the first decisions only
        "merges": _merge_rows(merges[:MERGES_LISTED]),
        "n_merges": len(merges),
        "warnings": all_warnings,
        "followup": _followup_view(briefing.get("followup"), cite),
        "skipped": _skipped_rows(skipped),
        "articles": [],
        "source_pages": [],
        "labels": LABELS,
        "colours": COLOUR_NAMES,
    }, highlights


def article_view(i: int, a: Article, highlights: list[_Highlight]) -> dict:
    """Article number ``i`` (from 1) as the page shows it: facts, counts and
    its text cut into plain, highlighted and noise pieces."""
    meta = a.meta
    place = " ".join(v for v in (meta.value("unit_level"), meta.value("locality")) if v)
    facts = [f for f in (place, meta.value("period") and f"kỳ {meta.value('period')}",
                         meta.value("meeting_date") and f"họp ngày {meta.value('meeting_date')}") if f]
    return {
        "id": f"b{i}", "path": _nfc(a.path),
        "title": _nfc(meta.value("title") or a.doc.title or a.path),
        "facts": [_nfc(f) for f in facts], "url": _nfc(meta.value("url") or a.doc.url or ""),
        "counts": {c: sum(1 for s in a.statements if s.category == c) for c in CATEGORIES},
        "noise": len(a.dropped),
        "segments": _segments(a.doc.text, highlights, a.dropped),
    }


class _ViewEnvironment(jinja2.Environment):
    """The page's views are plain dicts: ``s.kind`` looks the key up first.

    Jinja tries the attribute first and the key after an AttributeError, and
    at 10,000 articles the audit pages do millions of such lookups (a third of
    their time). Templates here never call a dict's own methods."""

    def getattr(self, obj, attribute):
        if type(obj) is dict:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


def environment() -> jinja2.Environment:
    return _ViewEnvironment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs()]),
        autoescape=True,  # article text is untrusted
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_audit(briefing: dict, articles: list, skipped: list, warnings: list[str],
                 merges: list[dict]) -> str:
    """The audit page as one self-contained HTML string.

    ``articles`` are ``briefgen.model.Article``; ``skipped`` are the files left
    out (``Problem`` objects, ``(path, reason)`` pairs or dicts); ``warnings``
    are Vietnamese lines (the briefing's own warnings are added); ``merges``
    are the merge decisions of ``briefgen.assemble.merge.merge_entries``.
    """
    articles = list(articles)
    context, highlights = page_context(briefing, articles, list(skipped), list(warnings), list(merges))
    context["articles"] = [article_view(i, a, highlights[i]) for i, a in enumerate(articles, 1)]
    return render_template(TEMPLATE, context)


def render_template(name: str, context: dict) -> str:
    try:
        template = environment().get_template(name)
    except jinja2.TemplateNotFound:
        from briefgen.paths import find_template
        find_template(name)  # raises TemplateError naming the folders searched
        raise
    return unicodedata.normalize("NFC", template.render(**context))
