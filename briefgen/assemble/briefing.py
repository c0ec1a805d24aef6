"""Turn the extracted articles into the briefing model (docs/briefing-model.md).

``assemble`` is the whole stage:
1. number the sources 1..n in input order;
2. settle the reported and the next period by majority, noting mixed periods;
3. give every statement a theme (briefgen.assemble.group);
4. merge statements of different articles that say the same thing, within
   one section and theme (briefgen.assemble.merge);
5. lay out the three sections: themes in themes.yaml order, items by number
   of sources then first appearance, the per-theme cap moving the rest to
   ``hidden_items``;
6. key figures (briefgen.assemble.figures) and the per-source overview.

Beyond the contract, each theme carries ``hidden_items``: the items left out
of the document by ``cap_per_theme`` (same shape as ``items``; ``more`` is
their count). Renderers ignore it; the audit page lists it.
"""
from __future__ import annotations

import re

import copy
import unicodedata
from collections import Counter
from pathlib import Path

from briefgen.errors import ConfigError
from briefgen.assemble.figures import extract_figures
from briefgen.assemble.followup import Report
from briefgen.assemble.group import ThemeSet, assign_theme, load_themes
from briefgen.assemble.merge import Entry, merge_entries
from briefgen.model import CATEGORIES, Article
from briefgen.places import province_of

SCHEMA = "briefgen.briefing/1"
# A briefing with the follow-up of the previous period's tasks; one without
# it keeps version 1, so its draft stays what it was (and older tools read it).
SCHEMA_FOLLOWUP = "briefgen.briefing/2"
SECTION_TITLES = {
    "achievement": "KẾT QUẢ ĐẠT ĐƯỢC",
    "limitation": "HẠN CHẾ, TỒN TẠI",
    "task": "NHIỆM VỤ TRỌNG TÂM",
}
SUBJECT_BODY = "Tổng hợp kết quả hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội"
NEXT_UNKNOWN = "thời gian tới"
CATCH_ALL_WARN_SHARE = 0.20  # above this share the themes file needs more keywords
# Beyond this many articles a theme would list hundreds of items: the document
# then shows the DEFAULT_CAP most-cited items per theme (the rest are counted
# in "more" and listed on the audit page), which keeps it readable and its
# rendering time bounded. ``--cap`` overrides it.
BIG_INPUT_ARTICLES = 200
DEFAULT_CAP = 8


def default_cap(n_articles: int) -> int | None:
    """The per-theme cap to use when the user set none."""
    return DEFAULT_CAP if n_articles > BIG_INPUT_ARTICLES else None


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _period_key(value: str) -> str:
    return " ".join(_nfc(value).lower().split())


def _majority(values: list[str | None]) -> tuple[str | None, list[tuple[str, int]]]:
    """Most common value (ties: first seen) and every distinct value with its count."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for v in values:
        if v and v.strip():
            key = _period_key(v)
            counts[key] += 1
            shown.setdefault(key, " ".join(_nfc(v).split()))
    if not counts:
        return None, []
    order = list(shown)  # first-seen order
    best = max(order, key=lambda k: (counts[k], -order.index(k)))
    return shown[best], [(shown[k], counts[k]) for k in order]


def _place_label(unit_level: str | None, locality: str | None) -> str | None:
    if not locality:
        return None
    unit = " ".join((unit_level or "").split()).lower()
    place = " ".join(locality.split())
    # "Thị xã Kỳ Anh" may already carry its unit
    label = f"{unit} {place}" if unit and not place.lower().startswith(unit + " ") else place
    return _nfc(label[0].upper() + label[1:])


def _full_stop(text: str) -> str:
    text = _nfc(text.strip())
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    if text and text[-1] not in ".!?…":
        text = text.rstrip(",;:") + "."
    return text


def _sources(articles: list[Article]) -> list[dict]:
    out = []
    for i, a in enumerate(articles, 1):
        m = a.meta
        out.append({
            "id": i,
            "path": a.path,
            "title": m.value("title") or a.doc.title,
            "locality": m.value("locality"),
            "unit_level": m.value("unit_level"),
            "period": m.value("period"),
            "meeting_date": m.value("meeting_date") or a.doc.date,
        })
    return out


MAX_LISTED_PERIODS = 6
# "Một số kết quả nổi bật" is a handful of figures, not every number of every
# article: at most this many, taken in turn from each source.
FIGURES_MAX = 12


def _short(title: str | None, words: int = 10) -> str | None:
    """A headline cut to a table cell's length."""
    if not title:
        return None
    parts = title.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _spread(figures: list[dict], limit: int) -> list[dict]:
    """Up to ``limit`` figures, one per source in turn, in source order."""
    queues: dict[int, list[dict]] = {}
    for f in figures:
        queues.setdefault(f["sources"][0], []).append(f)
    chosen: list[dict] = []
    while len(chosen) < limit and any(queues.values()):
        for q in queues.values():
            if q and len(chosen) < limit:
                chosen.append(q.pop(0))
    return sorted(chosen, key=figures.index)


def _periods(articles, period, warnings) -> tuple[str | None, str | None, str | None, bool]:
    """(period, next_period, period_note, next period mixed?)."""
    found, distinct = _majority([a.meta.value("period") for a in articles])
    chosen = _nfc(period.strip()) if period and period.strip() else found
    note = None
    if len(distinct) > 1:
        if len(distinct) <= MAX_LISTED_PERIODS:
            listing = "; ".join(f"{v}: {n} bài" for v, n in distinct)
        else:  # a long list helps nobody: the source table shows each article's period
            years = sorted({y for v, _ in distinct for y in re.findall(r"\b(?:19|20)\d\d\b", v)})
            span = f", từ năm {years[0]} đến năm {years[-1]}" if len(years) > 1 else ""
            listing = f"{len(distinct)} kỳ{span}; kỳ của từng bài ghi ở danh mục bài viết"
        note = (f"Các bài viết được tổng hợp thuộc nhiều kỳ báo cáo khác nhau ({listing}); "
                "số liệu, nhận định được giữ nguyên theo từng bài viết.")
        warnings.append(f"Các bài viết thuộc {len(distinct)} kỳ báo cáo khác nhau ({listing}); "
                        f"báo cáo ghi kỳ \"{chosen}\" — cần kiểm tra lại trước khi ban hành.")
    unknown = [a.path for a in articles if not a.meta.value("period")]
    if unknown and articles:
        warnings.append(f"Không xác định được kỳ báo cáo của {len(unknown)} bài viết: {', '.join(unknown)}.")
    nxt, nxt_distinct = _majority([a.meta.value("next_period") for a in articles])
    return chosen, nxt, note, len(nxt_distinct) > 1


def _subject(period: str | None, next_period: str | None, next_mixed: bool) -> str:
    head = f"{SUBJECT_BODY} {period}" if period else SUBJECT_BODY
    nxt = next_period if next_period and not next_mixed else NEXT_UNKNOWN
    return _nfc(f"{head}, nhiệm vụ trọng tâm {nxt}")


def _intro(articles: list[Article], sources: list[dict]) -> str:
    labels = list(dict.fromkeys(
        lab for s in sources if (lab := _place_label(s["unit_level"], s["locality"]))))
    unknown = sum(1 for s in sources if not s["locality"])
    n = len(articles)
    where = ""
    if labels:
        running = ", ".join(lab[0].lower() + lab[1:] if _starts_with_unit(lab) else lab for lab in labels)
        where = f" tại {running}" if len(labels) == 1 else f" tại {len(labels)} địa phương ({running})"
        if unknown:
            where += f" và {unknown} bài viết chưa xác định được địa phương"
    return _nfc(
        f"Trên cơ sở {n} bài viết phản ánh hội nghị giao ban, buổi làm việc của cấp ủy với "
        f"Mặt trận Tổ quốc và các tổ chức chính trị - xã hội{where}, "
        "tổng hợp kết quả đạt được, hạn chế, tồn tại và nhiệm vụ trọng tâm như sau:")


_UNIT_WORDS = ("tỉnh ", "thành phố ", "thị xã ", "huyện ", "quận ", "xã ", "phường ", "thị trấn ")


def _starts_with_unit(label: str) -> bool:
    """True when a label starts with a unit word ("Tỉnh Bắc Kạn"), which is
    written in lowercase inside a sentence ("tại tỉnh Bắc Kạn")."""
    return label.lower().startswith(_UNIT_WORDS)


def _rest_of_sentence(article: Article, statement) -> str:
    """What follows a statement up to the end of its sentence in the article."""
    text = article.doc.text
    if text[max(statement.start, statement.end - 1):statement.end] in (".", "!", "?", "\n"):
        return ""  # the statement is the whole sentence
    tail = text[statement.end:statement.end + 300]
    cut = re.search(r"[.!?](?=\s|$)|\n", tail)  # not the dot of "1.150"
    return tail[:cut.start()] if cut else tail


def _item(group, entries, ids) -> dict:
    members = sorted(group.members, key=lambda m: (entries[m].article, m))
    kept = entries[group.kept].statement
    return {
        "text": _full_stop(kept.text),
        "sources": sorted({ids[entries[m].article] for m in members}),
        "quotes": [{"source": ids[entries[m].article], "text": entries[m].statement.quote,
                    "start": entries[m].statement.start, "end": entries[m].statement.end}
                   for m in members],
    }


def assemble(articles: list[Article], *, letterhead: dict, period: str | None = None,
             cap_per_theme: int | None = None, themes: ThemeSet | None = None,
             previous: dict | None = None, previous_name: str = "",
             ) -> tuple[dict, list[str], list[dict]]:
    """Build the briefing model from extracted articles.

    Returns (briefing model dict, Vietnamese warnings, merge decisions). The
    warnings are also stored in the model under ``warnings``. ``themes``
    defaults to the packaged themes.yaml. ``previous``: the briefing model of
    the previous period (a loaded draft, named ``previous_name``), whose tasks
    are followed up in the block ``followup`` (briefgen.assemble.followup).
    Deterministic: the same input gives the same output."""
    if cap_per_theme is not None and cap_per_theme < 1:
        raise ConfigError(f"Giới hạn số nội dung mỗi chủ đề phải từ 1 trở lên (đang là {cap_per_theme}).")
    themes = themes or load_themes()
    warnings: list[str] = []

    # 1. sources
    sources = _sources(articles)
    ids = [s["id"] for s in sources]
    for a in articles:
        if not a.statements:
            warnings.append(f"{a.path}: không tìm thấy kết quả, hạn chế hay nhiệm vụ nào trong bài viết.")

    # 2. periods
    chosen, next_period, note, next_mixed = _periods(articles, period, warnings)

    # 3. themes
    entries = [Entry(article=ai, statement=st, theme=assign_theme(st.text, st.category, themes).theme)
               for ai, a in enumerate(articles) for st in a.statements]
    catch = sum(1 for e in entries if e.theme == themes.catch_all.id)
    if entries and catch / len(entries) > CATCH_ALL_WARN_SHARE:
        warnings.append(f"{catch}/{len(entries)} nội dung ({catch / len(entries):.0%}) chưa xếp được vào chủ đề "
                        f"nào và nằm ở mục \"{themes.catch_all.title}\"; có thể bổ sung từ khóa trong tệp chủ đề.")

    # 4. merge (merge_entries only ever compares entries of one section and theme)
    groups, decisions = merge_entries(entries)
    for d in decisions:
        d["theme_title"] = themes.by_id(d["theme"]).title

    # 5. sections
    by_block: dict[tuple[str, str], list] = {}  # (section, theme) -> its groups, in order
    for g in groups:
        by_block.setdefault((entries[g.kept].statement.category, entries[g.kept].theme), []).append(g)
    sections = []
    reports = []  # achievements and limitations, for the follow-up of the previous tasks
    for cat in CATEGORIES:
        title = SECTION_TITLES[cat]
        if cat == "task":
            tail = next_period if next_period and not next_mixed else NEXT_UNKNOWN
            title = _nfc(f"{title} {tail.upper()}")
        theme_dicts = []
        for theme in themes.themes:
            mine = by_block.get((cat, theme.id), [])
            if not mine:
                continue
            # most-cited first; among equals, the order in which they were read
            mine.sort(key=lambda g: (-len({entries[m].article for m in g.members}), min(g.members)))
            items = [_item(g, entries, ids) for g in mine]
            if previous is not None and cat != "task":
                reports.extend(Report(cat, it["text"], it["sources"], entries[g.kept].statement.text,
                                      _rest_of_sentence(articles[entries[g.kept].article], entries[g.kept].statement))
                               for g, it in zip(mine, items))
            shown = items if cap_per_theme is None else items[:cap_per_theme]
            hidden = items[len(shown):]
            theme_dicts.append({"title": theme.title, "items": shown, "more": len(hidden),
                                "hidden_items": hidden})
        sections.append({"category": cat, "title": title, "themes": theme_dicts})

    # 6. figures and overview
    id_of_path: dict[str, int] = {}
    for s in sources:
        id_of_path.setdefault(s["path"], s["id"])
    figures = _spread([{"text": f.text, "sources": [id_of_path[p] for p in f.sources]}
                       for f in extract_figures(st for a in articles for st in a.statements)], FIGURES_MAX)
    overview = []
    for s, a in zip(sources, articles):
        counts = Counter(st.category for st in a.statements)
        label = _place_label(s["unit_level"], s["locality"]) or (
            f"{s['unit_level'][0].upper()}{s['unit_level'][1:]} (bài [{s['id']}])" if s["unit_level"]
            else _short(s["title"]) or Path(a.path).name)
        # today's province (34 since 01/7/2025), so old units can be grouped under it
        today = province_of(s["unit_level"], s["locality"], a.doc.text)
        overview.append({"label": label, "source": s["id"], **{c: counts.get(c, 0) for c in CATEGORIES},
                         **({"province": today.full} if today else {})})

    model = {
        "schema": SCHEMA,
        "title": "BÁO CÁO",
        "subject": _subject(chosen, next_period, next_mixed),
        "period": chosen,
        "next_period": next_period,
        "period_note": note,
        "intro": _intro(articles, sources),
        "letterhead": copy.deepcopy(dict(letterhead)),
        "sources": sources,
        "sections": sections,
        "figures": figures,
        "overview": overview,
        "warnings": list(warnings),
    }
    if previous is not None:
        from briefgen.assemble.followup_section import build_followup

        model["schema"] = SCHEMA_FOLLOWUP
        model["followup"] = build_followup(previous, previous_name, reports, figures)
    return model, warnings, decisions
