"""What both renderers show, computed once from the briefing model.

The DOCX and PDF must hold identical content, so every line a reader sees
(numbering, citations, notes, table cells) is composed here and the templates
only place it. The template context is the briefing model itself (every key of
the contract, ``docs/briefing-model.md``) plus the derived keys in
``DERIVED_KEYS``.
"""
from __future__ import annotations

import datetime as _dt
import os
import unicodedata

from briefgen.config import load_profile, punctuate_recipients

CONTRACT_KEYS = ("schema", "title", "subject", "period", "next_period", "period_note",
                 "intro", "letterhead", "sources", "sections", "figures", "overview",
                 "warnings")
DERIVED_KEYS = ("profile", "party", "lh", "body", "overview_rows", "source_rows",
                "sources_note", "recipient_lines", "labels", "annex_as_lines")

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
SECTION_TITLES = {"achievement": "KẾT QUẢ ĐẠT ĐƯỢC", "limitation": "HẠN CHẾ, TỒN TẠI",
                  "task": "NHIỆM VỤ TRỌNG TÂM"}

# Fixed wording the reader sees, in one place so both documents agree.
LABELS = {
    "empty_section": "Các bài viết không nêu nội dung này.",
    "figures": "Một số kết quả nổi bật",
    "overview": "Tổng hợp theo đơn vị, địa bàn",
    "overview_head": ["Đơn vị/địa bàn", "Kết quả", "Hạn chế", "Nhiệm vụ", "Bài viết"],
    "sources": "Danh mục bài viết tổng hợp",
    "sources_head": ["STT", "Tiêu đề", "Đơn vị/địa bàn", "Kỳ báo cáo", "Ngày họp", "Tệp"],
    "closing": "./.",
    "recipients": "Nơi nhận:",
}


def nfc(value):
    """NFC-normalise every string in a nested structure (decomposed marks misplace in PDFs)."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {k: nfc(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [nfc(v) for v in value]
    return value


# A point raised by hundreds of articles would otherwise be followed by half
# a page of numbers; the draft and the audit page keep every source.
CITE_MAX = 10


def cite(ids, limit: int | None = CITE_MAX) -> str:
    """"[1], [3]"; beyond ``limit`` sources, "[1], ..., [10] và N bài viết khác"."""
    ids = list(ids or [])
    if limit is None or len(ids) <= limit:
        return ", ".join(f"[{i}]" for i in ids)
    return ", ".join(f"[{i}]" for i in ids[:limit]) + f" và {len(ids) - limit} bài viết khác"


def item_line(entry: dict) -> str:
    """"- text [1], [3]" as the contract asks."""
    text = (entry.get("text") or "").strip()
    refs = cite(entry.get("sources"))
    return f"- {text} {refs}" if refs else f"- {text}"


def _grouped_rows(overview: list[dict]) -> list[list[str]] | None:
    """Rows grouped under today's province (34 since 01/7/2025): a row with the
    province's totals, then its units as the articles name them ("- Tỉnh Bắc
    Kạn" under "Tỉnh Thái Nguyên"); units of no known province last. None when
    grouping would only repeat each row."""
    groups: dict[str, list[dict]] = {}
    for o in overview:
        groups.setdefault(o.get("province") or "", []).append(o)
    named = {k: v for k, v in groups.items() if k}
    if not named or all(len(v) == 1 and v[0].get("label") == k for k, v in named.items()):
        return None
    rows = []
    for province, members in named.items():
        if len(members) == 1 and members[0].get("label") == province:
            rows += _overview_rows(members, False)
            continue
        total = [sum(o.get(cat, 0) or 0 for o in members) for cat in ("achievement", "limitation", "task")]
        ids = [o["source"] for o in members if o.get("source") is not None]
        rows.append([province, *map(str, total), cite(ids)])
        rows += [[f"- {label}", *rest] for label, *rest in _overview_rows(members, False)]
    return rows + _overview_rows(groups.get("", []), False)


def _overview_rows(overview: list[dict], by_place: bool) -> list[list[str]]:
    """One row per source; in a national synthesis, one row per unit or
    place with the counts of all its articles."""
    rows: dict[str, list] = {}
    for n, o in enumerate(overview):
        key = o.get("label", "") if by_place else n
        row = rows.setdefault(key, [o.get("label", ""), 0, 0, 0, []])
        for col, cat in enumerate(("achievement", "limitation", "task"), 1):
            row[col] += o.get(cat, 0) or 0
        if o.get("source") is not None:
            row[4].append(o["source"])
    return [[label, str(a), str(lim), str(t), cite(ids)] for label, a, lim, t, ids in rows.values()]


def more_note(count) -> str:
    return f"(và {count} ý kiến tương tự, xem trang kiểm tra)" if count else ""


def display_date(iso) -> str:
    if not iso:
        return ""
    try:
        return _dt.date.fromisoformat(str(iso)).strftime("%d/%m/%Y")
    except ValueError:
        return str(iso)


def _place(source: dict) -> str:
    return " ".join(p for p in (source.get("unit_level"), source.get("locality")) if p)


def _body(briefing: dict) -> list[dict]:
    sections = []
    for index, section in enumerate(briefing.get("sections") or []):
        numeral = ROMAN[index] if index < len(ROMAN) else str(index + 1)
        title = section.get("title") or SECTION_TITLES.get(section.get("category"), "")
        themes = []
        for theme in section.get("themes") or []:
            items = [{"text": it.get("text", ""), "cites": cite(it.get("sources")),
                      "line": item_line(it)} for it in theme.get("items") or []]
            if not items and not theme.get("more"):
                continue
            themes.append({"heading": f"{len(themes) + 1}. {theme.get('title', '')}",
                           "entries": items, "more_note": more_note(theme.get("more"))})
        figures = []
        if section.get("category") == "achievement":
            figures = [{"line": item_line(f)} for f in briefing.get("figures") or []]
        sections.append({
            "category": section.get("category"),
            "heading": f"{numeral}. {title.upper()}",
            "themes": themes,
            "empty_note": "" if themes else LABELS["empty_section"],
            "figures_heading": f"{len(themes) + 1}. {LABELS['figures']}" if figures else "",
            "figures": figures,
        })
    if briefing.get("followup"):  # --previous: what became of the previous period's tasks
        from briefgen.render.followup_view import followup_part

        index = len(sections)
        sections.append(followup_part(briefing["followup"], ROMAN[index] if index < len(ROMAN) else str(index + 1),
                                      item_line, cite))
    return sections


ANNEX_TABLE_MAX_ROWS = 150

# Beyond this many articles the documents do not list them one by one (at
# 10,000 articles the list alone was ~380 PDF pages, most of render's time and
# half a gigabyte while the DOCX is built); they say where the numbered list
# is: the audit page and the draft, which always keep every article.
SOURCE_LIST_MAX_DEFAULT = 1000


def source_list_max() -> int:
    """BRIEFGEN_SOURCE_LIST_MAX, or the default; 0 lists every article."""
    raw = os.environ.get("BRIEFGEN_SOURCE_LIST_MAX", "").strip()
    return int(raw) if raw.isdigit() else SOURCE_LIST_MAX_DEFAULT


def _sources_note(count: int) -> str:
    return (f"Báo cáo tổng hợp từ {_thousands(count)} bài viết; số thứ tự [n] trong các trích dẫn "
            "là số của bài viết trong danh mục đầy đủ ở trang kiểm tra (tệp .audit.html) "
            "và bản nháp (tệp .briefing.yaml) đi kèm báo cáo này.")


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def build_context(briefing: dict) -> dict:
    """The template context: the model (NFC, defaults filled) plus derived lines."""
    model = nfc(dict(briefing))
    for key in CONTRACT_KEYS:
        model.setdefault(key, [] if key in ("sources", "sections", "figures", "overview",
                                            "warnings") else None)
    lh = {"profile": "dang", "parent": "", "issuer": "", "number": "", "place_date": "",
          "signer_prefix": "", "signer_title": "", "signer_name": "", "recipients": []}
    lh.update({k: v for k, v in (model.get("letterhead") or {}).items() if v is not None})
    model["letterhead"] = lh
    model["title"] = model.get("title") or "BÁO CÁO"
    model["subject"] = model.get("subject") or ""
    model["intro"] = model.get("intro") or ""
    model["period_note"] = model.get("period_note") or ""
    profile = load_profile(lh["profile"])
    sources = model["sources"] or []
    limit = source_list_max()
    listed = not limit or len(sources) <= limit
    model.update({
        "profile": profile,
        "party": profile["header"]["kind"] == "party",
        "lh": lh,
        "body": _body(model),
        "overview_rows": (None if len(sources) > ANNEX_TABLE_MAX_ROWS else _grouped_rows(model["overview"] or []))
                         or _overview_rows(model["overview"] or [], len(sources) > ANNEX_TABLE_MAX_ROWS),
        "source_rows": [[str(s.get("id", "")), s.get("title") or "", _place(s),
                         s.get("period") or "", display_date(s.get("meeting_date")),
                         s.get("path") or ""]
                        for s in sources] if listed else [],
        "sources_note": "" if listed else _sources_note(len(sources)),
        "recipient_lines": [f"- {r}" for r in punctuate_recipients(lh["recipients"], profile)],
        # WeasyPrint lays out long tables several times slower than paragraphs:
        # a national synthesis prints its annexes as one line per article
        "annex_as_lines": len(sources) > ANNEX_TABLE_MAX_ROWS,
        # "./." after the body is the state habit; HD 05 and HD 36 end the body with "."
        "labels": {**LABELS, "closing": profile["body"].get("closing", LABELS["closing"])},
    })
    return model


def one_line(text) -> str:
    """Error details from Jinja or WeasyPrint squeezed onto the user's single line."""
    return " ".join(str(text).split())


def epoch_datetime() -> _dt.datetime | None:
    """SOURCE_DATE_EPOCH as an aware UTC datetime, when set (reproducible builds)."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw.isdigit():
        return None
    return _dt.datetime.fromtimestamp(int(raw), _dt.timezone.utc)
