"""The editable briefing draft: ``<name>.briefing.yaml``.

``briefgen build`` writes the briefing model (docs/briefing-model.md) with
``dump_briefing``; office staff edit it by hand and ``briefgen render`` reads it
back with ``load_briefing``. Because people, not programs, edit this file,
loading reports every problem at once, one Vietnamese line each with the line
number, instead of stopping at the first one with a traceback.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import yaml

from briefgen.draft.fast_read import NOT_STRINGS, PLAIN_START, PLAIN_UNSAFE, RESOLVER, NotSubset, read_draft
from briefgen.draft.schema import SCHEMA, SHAPES, TOP_KEYS, Checker, check_briefing
from briefgen.errors import BriefingFileError

__all__ = ["SCHEMA", "TOP_KEYS", "dump_briefing", "load_briefing", "parse_briefing"]

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
#     (ý mới không cần "quotes"; "quotes" là đoạn trích nguyên văn để đối chiếu, không in ra văn bản);
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
# Nên chép tệp này ra tên khác trước khi sửa: chạy lại "briefgen build" sẽ ghi đè nó.
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

# A national synthesis (thousands of items, a draft of tens of megabytes) is
# written by ``_fast_yaml`` below: PyYAML's representer alone took 15 s for
# 10,000 articles, even with libyaml's emitter behind it.
FAST_DUMP_SOURCES = 200


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
    if len(briefing.get("sources") or []) > FAST_DUMP_SOURCES:
        body = _fast_yaml(briefing, "briefing")
    else:
        body = yaml.dump(
            _ordered(briefing, "briefing"),
            Dumper=_Dumper,
            allow_unicode=True,
            sort_keys=False,
            default_flow_style=False,
            width=1_000_000,  # never fold a statement across lines
            indent=2,
        )
    return HEADER + _signposts(body)


# --- the fast writer: same layout as _Dumper (block style, lists indented
# under their key, citation lists on one line); a string that could be
# misread as anything else is written in double quotes.

# YAML double-quoted escapes for what json.dumps leaves as it is
_YAML_ESCAPES = {"\x85": "\\N", "\u2028": "\\L", "\u2029": "\\P", "\ufeff": "\\uFEFF"}
_NEEDS_ESCAPE = re.compile(r"[\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")


def _escape(match: re.Match) -> str:
    ch = match.group()
    return _YAML_ESCAPES.get(ch) or (f"\\x{ord(ch):02X}" if ord(ch) < 0x100 else f"\\u{ord(ch):04X}")


def _scalar(value: Any) -> str:
    if isinstance(value, str):
        if (value and PLAIN_START.match(value) and not PLAIN_UNSAFE.search(value)
                and value.lower() not in NOT_STRINGS
                and (not value[0].isdigit()
                     or RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == "tag:yaml.org,2002:str")):
            return value
        return _NEEDS_ESCAPE.sub(_escape, json.dumps(value, ensure_ascii=False))
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return yaml.safe_dump(value).splitlines()[0]  # .inf, .nan, 1.0e+20 as YAML writes them
    return _scalar(str(value))


def _fast_yaml(value: Any, kind: str | None) -> str:
    out: list[str] = []
    _emit_mapping(value, kind, "", out)
    return "".join(out)


def _inline(value: Any) -> str | None:
    """How a value is written on its key's line, or None for a nested block."""
    if isinstance(value, dict):
        return None if value else "{}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if all(isinstance(v, int) and not isinstance(v, bool) for v in value):
            return "[" + ", ".join(map(str, value)) + "]"
        return None
    return _scalar(value)


def _emit_mapping(value: dict, kind: str | None, indent: str, out: list[str], first: str | None = None) -> None:
    """``first``: what starts the first line instead of ``indent`` (a list dash)."""
    keys, children = SHAPES[kind] if kind else ((), {})
    order = [k for k in keys if k in value] + [k for k in value if k not in keys] if kind else list(value)
    for k in order:
        v = value[k]
        lead = first if first is not None else indent
        first = None
        key = _scalar(str(k))
        shown = _inline(v)
        if shown is not None:
            out.append(f"{lead}{key}: {shown}\n")
            continue
        out.append(f"{lead}{key}:\n")
        if isinstance(v, dict):
            _emit_mapping(v, children.get(k), indent + "  ", out)
        else:
            _emit_sequence(v, children.get(k), indent + "  ", out)


def _emit_sequence(value: list, kind: str | None, indent: str, out: list[str]) -> None:
    for v in value:
        if isinstance(v, dict) and v:
            _emit_mapping(v, kind, indent + "  ", out, first=indent + "- ")
        elif isinstance(v, (list, tuple)) and v and _inline(v) is None:
            out.append(f"{indent}-\n")
            _emit_sequence(v, kind, indent + "  ", out)
        else:
            out.append(f"{indent}- {_inline(v)}\n")


# Comment lines placed before the parts staff look for, so a long file can be
# scanned by eye; comments are ignored when the file is read back.
_SIGNPOSTS = {
    "letterhead:": "# ----- THÔNG TIN ĐẦU VĂN BẢN (số, nơi ban hành và ngày, người ký, nơi nhận) -----",
    "sources:": "# ----- BÀI VIẾT NGUỒN: số id là số trích dẫn [1], [2] ... dùng trong sources: [...] -----",
    "sections:": "# ----- NỘI DUNG BÁO CÁO: ba mục I, II, III -----",
    "  - category: achievement": "  # ===== I. KẾT QUẢ ĐẠT ĐƯỢC =====",
    "  - category: limitation": "  # ===== II. HẠN CHẾ, TỒN TẠI =====",
    "  - category: task": "  # ===== III. NHIỆM VỤ =====",
    "figures:": "# ----- MỘT SỐ KẾT QUẢ NỔI BẬT -----",
    "overview:": "# ----- TỔNG HỢP THEO ĐƠN VỊ, ĐỊA BÀN -----",
    "warnings:": "# ----- CẢNH BÁO khi tổng hợp (không in ra văn bản) -----",
    "followup:": ("# ----- KẾT QUẢ THỰC HIỆN NHIỆM VỤ KỲ TRƯỚC: mỗi nhiệm vụ của báo cáo kỳ trước, các kết quả,\n"
                  "# hạn chế kỳ này nói về nó (reports) và tình trạng (status). Sửa được: xoá một khối\n"
                  "# \"- category:\" trong reports nếu ghép sai; status chỉ nhận \"có kết quả\", \"đang thực hiện\",\n"
                  "# \"chưa có thông tin\"; xoá một dòng trong comparison nếu hai số liệu không cùng chỉ tiêu. -----"),
}


def _signposts(body: str) -> str:
    out = []
    for line in body.splitlines(keepends=True):
        nested = line.startswith(" ")
        key = line.rstrip("\n") if nested else line.split(":", 1)[0] + ":"
        sign = _SIGNPOSTS.get(key)
        if sign:
            out.append(f"{sign}\n" if nested else f"\n{sign}\n")
        out.append(line)
    return "".join(out)


# ---------------------------------------------------------------------------
# Reading

_QUOTE_BRACKETS = "câu bắt đầu bằng '[' hoặc '{' phải đặt trong ngoặc kép"
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
    ("flow sequence", _QUOTE_BRACKETS),
    ("flow mapping", _QUOTE_BRACKETS),
    ("undefined alias", "câu bắt đầu bằng '*' hoặc '&' phải đặt trong ngoặc kép"),
    ("while scanning an alias", "câu bắt đầu bằng '*' hoặc '&' phải đặt trong ngoặc kép"),
    ("while scanning an anchor", "câu bắt đầu bằng '*' hoặc '&' phải đặt trong ngoặc kép"),
)


# "text: [Bổ sung] Câu ..." parses as a list followed by stray words.
_BRACKETED = re.compile(r"\s*(?:-\s+)?(?:[\w-]+:\s+)?[\[{][^\]}]*[\]}]\s*\S")


def _syntax_message(err: yaml.YAMLError, source: str) -> tuple[int | None, str]:
    problem = getattr(err, "problem", None) or str(err).splitlines()[0]
    context = getattr(err, "context", None) or ""
    mark = getattr(err, "problem_mark", None)
    if "end of stream" in problem or mark is None:
        # an unclosed quote is found at the end of the file; where it was
        # opened is the useful place
        mark = getattr(err, "context_mark", None) or mark
    explained = next((vi for en, vi in _SYNTAX_HINTS if en in problem or en in context), None)
    lines = source.splitlines()
    if mark is not None and mark.line < len(lines) and _BRACKETED.match(lines[mark.line]):
        explained = _QUOTE_BRACKETS
    detail = f"{explained} ({context + ', ' if context else ''}{problem})" if explained else problem
    if mark is None:
        return None, f"lỗi cú pháp YAML: {detail}"
    return mark.line + 1, f"cột {mark.column + 1}: lỗi cú pháp YAML: {detail}"


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {_nfc(k): _nfc(v) for k, v in value.items()}
    return value


_FAST_LOADER = getattr(yaml, "CSafeLoader", None)


def _parse(name: str, text: str) -> tuple[Any, Any]:
    if _FAST_LOADER is not None:
        # libyaml reads a national draft (tens of megabytes) five times
        # faster, with the same line numbers on its nodes; a file it refuses
        # is read again by PyYAML, whose messages _syntax_message explains.
        loader = _FAST_LOADER(text)
        try:
            node = loader.get_single_node()
            return node, (loader.construct_document(node) if node is not None else None)
        except yaml.YAMLError:
            pass
        finally:
            loader.dispose()
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
        return node, data
    except yaml.YAMLError as err:
        line, message = _syntax_message(err, text)
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
    return parse_briefing(source, name)


def parse_briefing(source: str, name: str) -> dict:
    """``load_briefing`` on text already read (``name`` is what messages call it)."""
    # NFC before parsing keeps line numbers (newlines are untouched) and makes
    # every value NFC; _nfc afterwards catches text typed as "\\u0301" escapes.
    source = unicodedata.normalize("NFC", source)
    try:
        # the drafts briefgen writes, read without PyYAML's node tree; the
        # tree only serves to name lines in messages, so a draft with a
        # problem is read again below the usual way
        data = _nfc(read_draft(source))
    except NotSubset:
        pass
    else:
        checker = Checker(name, None)
        result = check_briefing(data, checker)
        if not checker.problems:
            return result
    node, data = _parse(name, source)
    data = _nfc(data)
    checker = Checker(name, node)
    result = check_briefing(data, checker)
    if checker.problems:
        lines = [message for _, message in sorted(checker.problems, key=lambda p: p[0])]
        err = BriefingFileError("\n".join(lines))
        err.problems = lines
        raise err
    return result
