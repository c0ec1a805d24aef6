"""What a valid briefing draft is, and the check that says, line by line,
where a hand-edited one is not.

The checker walks the parsed data with PyYAML's node tree at hand, so each
problem names the line it is on; it collects every problem instead of
stopping at the first, and returns the model with optional keys filled in,
text NFC and sections in the fixed order I, II, III.
"""
from __future__ import annotations

import datetime
import difflib
import unicodedata
from typing import Any

from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from briefgen.draft.followup_schema import SHAPES as FOLLOWUP_SHAPES, check_followup
from briefgen.model import CATEGORIES

SCHEMA = "briefgen.briefing/2"
# Version 1 drafts (before the follow-up of the previous period's tasks) read as they are.
SCHEMAS = ("briefgen.briefing/1", SCHEMA)
PROFILES = ("dang", "dang-hd36", "nha-nuoc")  # briefgen.config.PROFILES

# Key order of every kind of mapping, as in docs/briefing-model.md. The dump
# follows it so the file reads top to bottom like the document; the loader
# refuses other keys because an unknown key is nearly always a typo
# ("sorces:") that would otherwise silently drop data.
TOP_KEYS = ("schema", "title", "subject", "period", "next_period", "period_note",
            "intro", "letterhead", "sources", "sections", "figures", "overview",
            "warnings", "followup")
LETTERHEAD_KEYS = ("profile", "parent", "issuer", "number", "place_date",
                   "signer_prefix", "signer_title", "signer_name", "recipients")
SOURCE_KEYS = ("id", "path", "title", "locality", "unit_level", "period", "meeting_date")
SECTION_KEYS = ("category", "title", "themes")
# hidden_items: items left out of the document by the per-theme cap; staff
# bring one back by moving it up into "items".
THEME_KEYS = ("title", "items", "more", "hidden_items")
ITEM_KEYS = ("text", "sources", "quotes")
QUOTE_KEYS = ("source", "text", "start", "end")
FIGURE_KEYS = ("text", "sources")
OVERVIEW_KEYS = ("label", "source") + CATEGORIES + ("province",)

# kind of mapping -> (its keys in order, {key: kind of the value or its items})
SHAPES = {
    "briefing": (TOP_KEYS, {"letterhead": "letterhead", "sources": "source",
                            "sections": "section", "figures": "figure",
                            "overview": "overview", "followup": "followup"}),
    "letterhead": (LETTERHEAD_KEYS, {}),
    "source": (SOURCE_KEYS, {}),
    "section": (SECTION_KEYS, {"themes": "theme"}),
    "theme": (THEME_KEYS, {"items": "item", "hidden_items": "item"}),
    "item": (ITEM_KEYS, {"quotes": "quote"}),
    "quote": (QUOTE_KEYS, {}),
    "figure": (FIGURE_KEYS, {}),
    "overview": (OVERVIEW_KEYS, {}),
    **FOLLOWUP_SHAPES,
}


class Checker:
    """Walks the parsed data with the node tree at hand, so every problem can
    name the line it is on."""

    def __init__(self, name: str, root: Any):
        self.name = name
        self.problems: list[tuple[int, str]] = []  # (line, message)
        self.lines: dict[tuple, int] = {}
        self.nodes: dict[tuple, Any] = {}
        if root is not None:
            self._index(root, (), set())

    # -- line numbers -------------------------------------------------------
    def _index(self, node, path: tuple, active: set) -> None:
        if id(node) in active:  # an alias pointing back at itself
            return
        active = active | {id(node)}
        self.lines.setdefault(path, node.start_mark.line + 1)
        self.nodes.setdefault(path, node)
        if isinstance(node, MappingNode):
            seen: set = set()
            for k, v in node.value:
                key = k.value if isinstance(k, ScalarNode) else None
                line = k.start_mark.line + 1
                if key in seen:
                    self.problems.append((line, f"{self.name}, dòng {line}: khoá '{key}' bị lặp lại (chỉ giữ một dòng '{key}:')"))
                seen.add(key)
                self.lines.setdefault(path + (key,), line)
                self._index(v, path + (key,), active)
        elif isinstance(node, SequenceNode):
            for i, item in enumerate(node.value):
                self._index(item, path + (i,), active)

    def line(self, path: tuple) -> int | None:
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path)

    def fail(self, path: tuple, message: str) -> None:
        line = self.line(path)
        where = f"{self.name}, dòng {line}" if line else self.name
        self.problems.append((line or 0, f"{where}: {message}"))

    # -- typed fields -------------------------------------------------------
    def mapping(self, value, path, what: str, keys: tuple[str, ...]) -> dict | None:
        if not isinstance(value, dict):
            self.fail(path, f"{what} phải gồm các dòng 'khoá: giá trị'")
            return None
        for key in value:
            if key not in keys:
                hint = difflib.get_close_matches(str(key), keys, n=1)
                tip = f" — có phải '{hint[0]}'?" if hint else f" (chỉ nhận: {', '.join(keys)})"
                self.fail(path + (key,), f"khoá '{key}' trong {what} không được hỗ trợ{tip}")
        return value

    def text(self, m: dict, key, path, what: str, *, required=False, nullable=False,
             nonempty=False, default: Any = "") -> Any:
        p = path + (key,)
        if key not in m:
            if required:
                self.fail(path, f"{what} thiếu khoá '{key}'")
            return None if nullable else default
        value = m[key]
        if value is None:
            if nonempty:
                self.fail(p, f"{what} không có nội dung ('{key}' để trống)")
                return ""
            return None if nullable else default
        if isinstance(value, (datetime.date, datetime.datetime)):
            value = value.isoformat()
        elif not isinstance(value, str):
            node = self.nodes.get(p)
            if isinstance(node, ScalarNode):  # 2024, yes, 1.5: keep what was typed
                value = node.value
            else:
                self.fail(p, f"'{key}' của {what} phải là một dòng chữ")
                return default
        value = unicodedata.normalize("NFC", value)
        if nonempty and not value.strip():
            self.fail(p, f"{what} không có nội dung ('{key}' để trống)")
        return value

    def integer(self, value, path, what: str) -> int | None:
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.fail(path, f"{what} phải là số nguyên không âm (đang là '{value}')")
            return None
        return value

    def items_of(self, m: dict, key, path, what: str, *, required=False) -> list:
        if key not in m:
            if required:
                self.fail(path, f"{what} thiếu khoá '{key}'")
            return []
        value = m[key]
        if value is None:  # "items:" left empty after deleting everything
            return []
        if not isinstance(value, list):
            self.fail(path + (key,), f"'{key}' của {what} phải là một danh sách (các dòng bắt đầu bằng '-')")
            return []
        return value

    def lines_of(self, m: dict, key, path, what: str) -> list[str]:
        """A list of text lines; a single line is accepted as a list of one."""
        if isinstance(m.get(key), str):
            return [self.text(m, key, path, what)]
        values = self.items_of(m, key, path, what)
        return [self.text(dict(enumerate(values)), i, path + (key,), what, nonempty=True)
                for i in range(len(values))]


_ROMAN = {"achievement": "I", "limitation": "II", "task": "III"}


def _short(text: Any, limit: int = 40) -> str:
    text = str(text or "").strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _citations(c: Checker, m: dict, key: str, path: tuple, what: str, cites: list) -> list[int]:
    """A list of source ids; a single number is accepted as a list of one."""
    value = m.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        value = [value]
        paths = [path + (key,)]
    else:
        paths = [path + (key, i) for i in range(len(value))]
    out = []
    for v, p in zip(value, paths):
        sid = c.integer(v, p, f"số nguồn trong '{key}' của {what}")
        if sid is not None:
            out.append(sid)
            cites.append((p, sid))
    return out


def _check_letterhead(top: dict, c: Checker) -> dict:
    path = ("letterhead",)
    if "letterhead" not in top:
        c.fail((), "thiếu khoá 'letterhead' (thông tin đầu văn bản)")
        return {}
    lh = c.mapping(top["letterhead"], path, "thông tin đầu văn bản (letterhead)", LETTERHEAD_KEYS)
    if lh is None:
        return {}
    what = "thông tin đầu văn bản"
    out = {}
    for key in LETTERHEAD_KEYS[:-1]:
        out[key] = c.text(lh, key, path, what, required=key in ("profile", "issuer"))
    if "profile" in lh and out["profile"] not in PROFILES:
        c.fail(path + ("profile",), f"profile '{out['profile']}' không hợp lệ (chỉ nhận {', '.join(PROFILES)})")
    out["recipients"] = c.lines_of(lh, "recipients", path, "nơi nhận (recipients)")
    return out


def _check_sources(top: dict, c: Checker) -> list[dict]:
    out, seen = [], set()
    for i, raw in enumerate(c.items_of(top, "sources", (), "báo cáo", required=True)):
        path = ("sources", i)
        what = f"nguồn thứ {i + 1}"
        src = c.mapping(raw, path, what, SOURCE_KEYS)
        if src is None:
            continue
        sid = None
        if "id" not in src:
            c.fail(path, f"{what} thiếu khoá 'id' (số thứ tự dùng để trích dẫn)")
        else:
            sid = c.integer(src["id"], path + ("id",), f"'id' của {what}")
            if sid is not None and sid in seen:
                c.fail(path + ("id",), f"id nguồn {sid} bị trùng (mỗi nguồn một id riêng)")
            seen.add(sid)
        entry = {"id": sid, "path": c.text(src, "path", path, what, required=True, nonempty=True)}
        for key in SOURCE_KEYS[2:]:
            entry[key] = c.text(src, key, path, what, nullable=True)
        out.append(entry)
    return out


def _check_item(raw, path: tuple, what: str, c: Checker, cites: list) -> dict | None:
    it = c.mapping(raw, path, what, ITEM_KEYS)
    if it is None:
        return None
    out = {"text": c.text(it, "text", path, what, required=True, nonempty=True),
           "sources": _citations(c, it, "sources", path, what, cites),
           "quotes": []}
    for q, rawq in enumerate(c.items_of(it, "quotes", path, what)):
        qpath, qwhat = path + ("quotes", q), f"trích dẫn thứ {q + 1} của {what}"
        quote = c.mapping(rawq, qpath, qwhat, QUOTE_KEYS)
        if quote is None:
            continue
        if "source" not in quote:
            c.fail(qpath, f"{qwhat} thiếu khoá 'source'")
        entry = {"source": (_citations(c, quote, "source", qpath, qwhat, cites) or [None])[0],
                 "text": c.text(quote, "text", qpath, qwhat, required=True)}
        for key in ("start", "end"):
            entry[key] = None if quote.get(key) is None else c.integer(quote[key], qpath + (key,), f"'{key}' của {qwhat}")
        out["quotes"].append(entry)
    return out


def _check_sections(top: dict, c: Checker, cites: list) -> list[dict]:
    by_category: dict[str, dict] = {}
    bad_category = False
    for k, raw in enumerate(c.items_of(top, "sections", (), "báo cáo", required=True)):
        path = ("sections", k)
        sec = c.mapping(raw, path, f"mục thứ {k + 1}", SECTION_KEYS)
        if sec is None:
            continue
        title = c.text(sec, "title", path, f"mục thứ {k + 1}", required=True, nonempty=True)
        what = f"mục '{_short(title)}'" if title else f"mục thứ {k + 1}"
        category = sec.get("category")
        bad_category |= category not in CATEGORIES
        if "category" not in sec:
            c.fail(path, f"{what} thiếu khoá 'category' (achievement, limitation hoặc task)")
        elif category not in CATEGORIES:
            c.fail(path + ("category",), f"mục có category '{category}' không hợp lệ (chỉ nhận {', '.join(CATEGORIES)})")
        elif category in by_category:
            c.fail(path + ("category",), f"mục có category '{category}' xuất hiện hai lần (hãy chuyển các chủ đề vào mục {_ROMAN[category]} đã có rồi xoá mục thừa)")
        themes = []
        for j, rawt in enumerate(c.items_of(sec, "themes", path, what, required=True)):
            tpath, twhat = path + ("themes", j), f"chủ đề thứ {j + 1} của {what}"
            th = c.mapping(rawt, tpath, twhat, THEME_KEYS)
            if th is None:
                continue
            ttitle = c.text(th, "title", tpath, twhat, required=True, nonempty=True)
            if ttitle:
                twhat = f"chủ đề '{_short(ttitle)}'"
            theme = {"title": ttitle}
            for key, label in (("items", "ý"), ("hidden_items", "ý lược bớt")):
                if key == "items" or key in th:
                    checked = [_check_item(raw_item, tpath + (key, i), f"{label} thứ {i + 1} của {twhat}", c, cites)
                               for i, raw_item in enumerate(c.items_of(th, key, tpath, twhat, required=key == "items"))]
                    theme[key] = [i for i in checked if i is not None]
            more = c.integer(th["more"], tpath + ("more",), f"'more' của {twhat}") if th.get("more") is not None else 0
            # what is left out is what stays in hidden_items, whatever "more" says
            theme["more"] = len(theme["hidden_items"]) if "hidden_items" in theme else more or 0
            themes.append({k: theme[k] for k in THEME_KEYS if k in theme})
        if category in CATEGORIES and category not in by_category:
            by_category[category] = {"category": category, "title": title, "themes": themes}
    if "sections" in top and not bad_category:  # a misspelt one is reported already
        for category in CATEGORIES:
            if category not in by_category:
                c.fail(("sections",), f"thiếu mục category '{category}' (báo cáo luôn có đủ ba mục; mục không có ý nào thì để 'themes: []')")
    # The user's order of themes and items is kept; sections always print I, II, III.
    return [by_category[cat] for cat in CATEGORIES if cat in by_category]


def check_briefing(data: Any, c: Checker) -> dict:
    if data is None:
        c.fail((), "tệp rỗng — không có nội dung báo cáo")
        return {}
    if not isinstance(data, dict):
        c.fail((), "tệp không phải bản nháp báo cáo của briefgen (cần các dòng schema, title, sections ...)")
        return {}
    if "schema" not in data:
        c.fail((), f"thiếu dòng 'schema: {SCHEMA}' ở đầu tệp")
    elif data["schema"] not in SCHEMAS:
        c.fail(("schema",), f"schema '{data['schema']}' không được hỗ trợ (cần "
               + " hoặc ".join(f"'{s}'" for s in SCHEMAS) + ")")
        return {}  # another kind of file: its other keys would only add noise
    top = c.mapping(data, (), "báo cáo", TOP_KEYS)
    out: dict[str, Any] = {"schema": data["schema"]}
    out["title"] = c.text(top, "title", (), "báo cáo", required=True, nonempty=True)
    out["subject"] = c.text(top, "subject", (), "báo cáo", required=True)
    for key in ("period", "next_period", "period_note"):
        out[key] = c.text(top, key, (), "báo cáo", nullable=True)
    out["intro"] = c.text(top, "intro", (), "báo cáo")
    out["letterhead"] = _check_letterhead(top, c)
    out["sources"] = _check_sources(top, c)
    cites: list[tuple[tuple, int]] = []
    out["sections"] = _check_sections(top, c, cites)
    out["figures"] = []
    for i, raw in enumerate(c.items_of(top, "figures", (), "báo cáo")):
        path, what = ("figures", i), f"số liệu nổi bật thứ {i + 1}"
        fig = c.mapping(raw, path, what, FIGURE_KEYS)
        if fig is not None:
            out["figures"].append({"text": c.text(fig, "text", path, what, required=True, nonempty=True),
                                   "sources": _citations(c, fig, "sources", path, what, cites)})
    out["overview"] = []
    for i, raw in enumerate(c.items_of(top, "overview", (), "báo cáo")):
        path, what = ("overview", i), f"dòng tổng quan thứ {i + 1}"
        row = c.mapping(raw, path, what, OVERVIEW_KEYS)
        if row is None:
            continue
        entry = {"label": c.text(row, "label", path, what, required=True, nonempty=True),
                 "source": (_citations(c, row, "source", path, what, cites) or [None])[0]}
        for cat in CATEGORIES:
            entry[cat] = c.integer(row.get(cat, 0), path + (cat,), f"'{cat}' của {what}") or 0
        if row.get("province"):  # today's province the unit belongs to (optional)
            entry["province"] = c.text(row, "province", path, what)
        out["overview"].append(entry)
    out["warnings"] = c.lines_of(top, "warnings", (), "cảnh báo (warnings)")
    followup = check_followup(top, c, cites, _citations)
    if followup is not None:
        out["followup"] = followup
    known = {s["id"] for s in out["sources"]}
    listed = ", ".join(str(i) for i in sorted(k for k in known if k is not None)) or "chưa có nguồn nào"
    for path, sid in cites:
        if sid not in known:
            c.fail(path, f"trích dẫn nguồn [{sid}] không có trong danh sách 'sources' (các id hiện có: {listed})")
    return out
