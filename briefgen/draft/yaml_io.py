"""The editable briefing draft: ``<name>.briefing.yaml``.

``briefgen build`` writes the briefing model (docs/briefing-model.md) with
``dump_briefing``; office staff edit it by hand and ``briefgen render`` reads it
back with ``load_briefing``. Because people, not programs, edit this file,
loading reports every problem at once, one Vietnamese line each with the line
number, instead of stopping at the first one with a traceback.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import yaml

from briefgen.draft.fast_read import NotSubset, read_draft
from briefgen.draft.fast_write import Lines, emit_mapping, signposts
from briefgen.draft.schema import SCHEMA, SHAPES, TOP_KEYS, Checker, check_briefing
from briefgen.errors import BriefingFileError

__all__ = ["SCHEMA", "TOP_KEYS", "dump_briefing", "dump_briefing_bytes", "load_briefing", "parse_briefing"]

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

# Larger drafts are written by ``fast_write``: PyYAML's representer alone took
# 15 s for 10,000 articles, even with libyaml's emitter behind it.
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
    return dump_briefing_bytes(briefing).decode("utf-8")


def dump_briefing_bytes(briefing: dict) -> bytes:
    """``dump_briefing`` encoded as UTF-8, made without holding the whole
    text as a str (a 10,000-article draft is 42 MB; as lines and then as one
    str it cost the build's main process ~250 MB at its peak)."""
    if len(briefing.get("sources") or []) > FAST_DUMP_SOURCES:
        out = Lines()
        out.buffer.write(HEADER.encode("utf-8"))
        emit_mapping(briefing, "briefing", "", out)
        return out.getvalue()
    return _slow_dump(briefing).encode("utf-8")


def _slow_dump(briefing: dict) -> str:
    """PyYAML's own emitter, for drafts of up to FAST_DUMP_SOURCES articles."""
    body = yaml.dump(
        _ordered(briefing, "briefing"),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1_000_000,  # never fold a statement across lines
        indent=2,
    )
    return HEADER + signposts(body)


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


# the escapes the writer uses for characters YAML cannot show as they are
_ESCAPE = re.compile(r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})")


def _nfc_outside_escapes(source: str) -> str:
    """NFC of the text between escapes: a combining mark written after
    "\\U000172EA" must not merge with the escape's last hex digit ("A" + dot
    below = "Ạ") and break it."""
    parts, last = [], 0
    for m in _ESCAPE.finditer(source):
        parts += [unicodedata.normalize("NFC", source[last:m.start()]), m.group()]
        last = m.end()
    parts.append(unicodedata.normalize("NFC", source[last:]))
    return "".join(parts)


def parse_briefing(source: str, name: str) -> dict:
    """``load_briefing`` on text already read (``name`` is what messages call it)."""
    # NFC before parsing keeps line numbers (newlines are untouched) and makes
    # every value NFC; _nfc afterwards catches text typed as "\\u0301" escapes.
    source = _nfc_outside_escapes(source)
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
