"""The editable briefing draft: ``<name>.briefing.yaml``.

``briefgen build`` writes the briefing model (docs/briefing-model.md) with
``dump_briefing``; office staff edit it by hand and ``briefgen render`` reads it
back with ``load_briefing``. Because people, not programs, edit this file,
loading reports every problem at once, one Vietnamese line each with the line
number, instead of stopping at the first one with a traceback.
"""
from __future__ import annotations

import datetime
import difflib
import unicodedata
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from briefgen.errors import BriefingFileError
from briefgen.model import CATEGORIES

SCHEMA = "briefgen.briefing/1"
PROFILES = ("dang", "nha-nuoc")

# Key order of every kind of mapping, as in docs/briefing-model.md. The dump
# follows it so the file reads top to bottom like the document; the loader
# refuses other keys because an unknown key is nearly always a typo
# ("sorces:") that would otherwise silently drop data.
TOP_KEYS = ("schema", "title", "subject", "period", "next_period", "period_note",
            "intro", "letterhead", "sources", "sections", "figures", "overview",
            "warnings")
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
OVERVIEW_KEYS = ("label", "source") + CATEGORIES

# kind of mapping -> (its keys in order, {key: kind of the value or its items})
SHAPES = {
    "briefing": (TOP_KEYS, {"letterhead": "letterhead", "sources": "source",
                            "sections": "section", "figures": "figure",
                            "overview": "overview"}),
    "letterhead": (LETTERHEAD_KEYS, {}),
    "source": (SOURCE_KEYS, {}),
    "section": (SECTION_KEYS, {"themes": "theme"}),
    "theme": (THEME_KEYS, {"items": "item", "hidden_items": "item"}),
    "item": (ITEM_KEYS, {"quotes": "quote"}),
    "quote": (QUOTE_KEYS, {}),
    "figure": (FIGURE_KEYS, {}),
    "overview": (OVERVIEW_KEYS, {}),
}

HEADER = """\
# BẢN NHÁP BÁO CÁO TỔNG HỢP do briefgen tạo ra — có thể sửa trực tiếp tệp này.
#
# Được phép:
#   - sửa câu chữ của một ý (dòng "text:");
#   - xoá một ý (xoá cả khối từ "- text:" đến trước ý kế tiếp);
#   - chuyển ý sang chủ đề hoặc mục khác (cắt cả khối ý, dán vào "items:" của chủ đề khác);
#   - in thêm ý đã bị lược bớt: chuyển khối ý từ "hidden_items:" (không in ra) lên "items:";
#   - thêm ý mới với nguồn, ví dụ:
#         - text: "Nội dung ý mới, kết thúc bằng dấu chấm."
#           sources: [2]
#     (ý mới không cần "quotes");
#   - sửa tiêu đề (title, subject), kỳ báo cáo (period, next_period),
#     thông tin đầu văn bản (letterhead: số, nơi ban hành và ngày, người ký, nơi nhận);
#   - đổi thứ tự chủ đề và ý; thứ tự đó được giữ nguyên khi in.
#     Ba mục luôn in theo thứ tự I (kết quả), II (hạn chế), III (nhiệm vụ).
#
# Cần giữ đúng:
#   - "category" của mỗi mục chỉ nhận: achievement (kết quả), limitation (hạn chế), task (nhiệm vụ);
#   - số nguồn trong "sources: [...]" và "source:" phải là "id" có trong danh sách "sources" ở đầu tệp;
#   - dòng "schema" giữ nguyên; thụt lề bằng dấu cách, không dùng phím Tab;
#   - câu có dấu hai chấm ":" hoặc bắt đầu bằng ký tự đặc biệt thì đặt trong ngoặc kép "...".
#
# Xuất lại văn bản DOCX và PDF từ tệp đã sửa:
#     briefgen render <tệp> -o <thư mục>
# Ví dụ: briefgen render outputs/bao-cao.briefing.yaml -o outputs/
#
"""


# ---------------------------------------------------------------------------
# Writing


class _Dumper(yaml.SafeDumper):
    """Block style, lists indented under their key (easier to see what belongs
    where than PyYAML's default of flush-left dashes)."""

    def increase_indent(self, flow=False, indentless=False):
        return super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str):
    # Multi-line text as a literal block keeps its line breaks readable.
    # PyYAML mangles the rarer Unicode line breaks unless they are escaped.
    style = "|" if "\n" in value else None
    if any(ch in value for ch in "\r\x85\u2028\u2029"):
        style = '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_list(dumper: yaml.SafeDumper, value: list):
    # Citation lists stay on one line: "sources: [1, 3]".
    flow = bool(value) and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(list, _represent_list)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _ordered(value: Any, kind: str | None) -> Any:
    """A plain copy with the contract's keys first, in contract order, at
    every level; keys outside the contract keep their place after them."""
    if isinstance(value, (list, tuple)):
        return [_ordered(v, kind) for v in value]
    if not isinstance(value, dict) or kind is None:
        return _plain(value)
    keys, children = SHAPES[kind]
    order = [k for k in keys if k in value] + [k for k in value if k not in keys]
    return {k: _ordered(value[k], children.get(k)) for k in order}


def dump_briefing(briefing: dict) -> str:
    """The briefing model as an editable YAML draft with a Vietnamese header."""
    body = yaml.dump(
        _ordered(briefing, "briefing"),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1_000_000,  # never fold a statement across lines
        indent=2,
    )
    return HEADER + body


# ---------------------------------------------------------------------------
# Reading

# PyYAML's syntax messages are English and technical; these are the ones
# people hit when editing by hand, explained in words staff can act on.
_SYNTAX_HINTS = (
    ("mapping values are not allowed",
     "có dấu hai chấm ':' không hợp lệ — câu chứa dấu ':' cần đặt trong ngoặc kép"),
    ("could not find expected ':'", "thiếu dấu hai chấm ':' sau tên khoá, hoặc thụt lề sai"),
    ("cannot start any token", "có ký tự không hợp lệ ở đầu giá trị (ví dụ phím Tab, '@', '`') — hãy dùng dấu cách hoặc đặt giá trị trong ngoặc kép"),
    ("expected <block end>", "thụt lề không khớp với các dòng phía trên"),
    ("found unexpected end of stream", "thiếu dấu ngoặc kép đóng"),
    ("found unknown escape character", "ký tự '\\' không hợp lệ trong ngoặc kép — dùng ngoặc đơn '...' hoặc viết '\\\\'"),
    ("did not find expected '-' indicator", "thụt lề của danh sách (dòng bắt đầu bằng '-') không khớp"),
    ("did not find expected key", "thụt lề không khớp hoặc thiếu dấu hai chấm ':'"),
    ("expected a single document", "tệp chỉ được chứa một văn bản (xoá dòng '---' thừa)"),
)


def _syntax_message(err: yaml.YAMLError) -> tuple[int | None, str]:
    problem = getattr(err, "problem", None) or str(err).splitlines()[0]
    context = getattr(err, "context", None) or ""
    mark = getattr(err, "problem_mark", None)
    if "end of stream" in problem or mark is None:
        # an unclosed quote is found at the end of the file; where it was
        # opened is the useful place
        mark = getattr(err, "context_mark", None) or mark
    explained = next((vi for en, vi in _SYNTAX_HINTS if en in problem or en in context), None)
    detail = f"{explained} ({context + ', ' if context else ''}{problem})" if explained else problem
    if mark is None:
        return None, f"lỗi cú pháp YAML: {detail}"
    return mark.line + 1, f"cột {mark.column + 1}: lỗi cú pháp YAML: {detail}"


class _Checker:
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


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {_nfc(k): _nfc(v) for k, v in value.items()}
    return value


_ROMAN = {"achievement": "I", "limitation": "II", "task": "III"}


def _short(text: Any, limit: int = 40) -> str:
    text = str(text or "").strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _citations(c: _Checker, m: dict, key: str, path: tuple, what: str, cites: list) -> list[int]:
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


def _check_letterhead(top: dict, c: _Checker) -> dict:
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
        c.fail(path + ("profile",), f"profile '{out['profile']}' không hợp lệ (chỉ nhận dang, nha-nuoc)")
    out["recipients"] = c.lines_of(lh, "recipients", path, "nơi nhận (recipients)")
    return out


def _check_sources(top: dict, c: _Checker) -> list[dict]:
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


def _check_item(raw, path: tuple, what: str, c: _Checker, cites: list) -> dict | None:
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


def _check_sections(top: dict, c: _Checker, cites: list) -> list[dict]:
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


def _check_briefing(data: Any, c: _Checker) -> dict:
    if data is None:
        c.fail((), "tệp rỗng — không có nội dung báo cáo")
        return {}
    if not isinstance(data, dict):
        c.fail((), "tệp không phải bản nháp báo cáo của briefgen (cần các dòng schema, title, sections ...)")
        return {}
    if "schema" not in data:
        c.fail((), f"thiếu dòng 'schema: {SCHEMA}' ở đầu tệp")
    elif data["schema"] != SCHEMA:
        c.fail(("schema",), f"schema '{data['schema']}' không được hỗ trợ (cần '{SCHEMA}')")
        return {}  # another kind of file: its other keys would only add noise
    top = c.mapping(data, (), "báo cáo", TOP_KEYS)
    out: dict[str, Any] = {"schema": SCHEMA}
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
        out["overview"].append(entry)
    out["warnings"] = c.lines_of(top, "warnings", (), "cảnh báo (warnings)")
    known = {s["id"] for s in out["sources"]}
    listed = ", ".join(str(i) for i in sorted(k for k in known if k is not None)) or "chưa có nguồn nào"
    for path, sid in cites:
        if sid not in known:
            c.fail(path, f"trích dẫn nguồn [{sid}] không có trong danh sách 'sources' (các id hiện có: {listed})")
    return out


def _parse(name: str, text: str) -> tuple[Any, Any]:
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
        return node, data
    except yaml.YAMLError as err:
        line, message = _syntax_message(err)
        where = f"{name}, dòng {line}, " if line else f"{name}: "
        raise BriefingFileError(where + message) from None
    finally:
        loader.dispose()


def load_briefing(path: Path) -> dict:
    """Read and validate a (hand-edited) briefing draft.

    Returns the briefing model with every key of the contract present
    (missing optional keys filled with their empty value), all text NFC,
    sections in the fixed order achievement, limitation, task; the user's
    order of themes and items is kept. Raises ``BriefingFileError`` whose
    message has one line per problem.
    """
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as err:
        raise BriefingFileError(f"{name}: không đọc được tệp ({err.strerror or err})") from None
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise BriefingFileError(f"{name}: tệp không ở mã UTF-8 (byte lạ ở vị trí {err.start}) — hãy lưu lại với mã UTF-8") from None
    # NFC before parsing keeps line numbers (newlines are untouched) and makes
    # every value NFC; _nfc afterwards catches text typed as "\\u0301" escapes.
    node, data = _parse(name, unicodedata.normalize("NFC", source))
    data = _nfc(data)
    checker = _Checker(name, node)
    result = _check_briefing(data, checker)
    if checker.problems:
        lines = [message for _, message in sorted(checker.problems, key=lambda p: p[0])]
        err = BriefingFileError("\n".join(lines))
        err.problems = lines
        raise err
    return result
