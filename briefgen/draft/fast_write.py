"""The fast writer of large drafts, and the signposts of every draft.

A national synthesis (thousands of items, a draft of tens of megabytes) is
written here rather than by PyYAML, whose representer alone took 15 s for
10,000 articles. Same layout as ``yaml_io._Dumper`` (block style, lists
indented under their key, citation lists on one line); a string that could
be misread as anything else is written in double quotes. What it writes is
the subset ``fast_read`` reads back.
"""
from __future__ import annotations

import io
import json
import re
from typing import Any

import yaml

from briefgen.draft.fast_read import NOT_STRINGS, PLAIN_START, PLAIN_UNSAFE, RESOLVER
from briefgen.draft.schema import SHAPES

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


class Lines:
    """Where the fast writer appends its lines: each gets its signpost
    (``_signposts``) and the text is encoded to bytes a few thousand lines at
    a time."""

    CHUNK = 4096

    def __init__(self) -> None:
        self.buffer = io.BytesIO()
        self.pending: list[str] = []

    def append(self, text: str) -> None:
        for line in text.splitlines(keepends=True):
            sign = _signpost(line)
            if sign:
                self.pending.append(sign)
            self.pending.append(line)
        if len(self.pending) >= self.CHUNK:
            self.flush()

    def flush(self) -> None:
        self.buffer.write("".join(self.pending).encode("utf-8"))
        self.pending.clear()

    def getvalue(self) -> bytes:
        self.flush()
        return self.buffer.getvalue()


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


def emit_mapping(value: dict, kind: str | None, indent: str, out: "Lines", first: str | None = None) -> None:
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
            emit_mapping(v, children.get(k), indent + "  ", out)
        else:
            _emit_sequence(v, children.get(k), indent + "  ", out)


def _emit_sequence(value: list, kind: str | None, indent: str, out: "Lines") -> None:
    for v in value:
        if isinstance(v, dict) and v:
            emit_mapping(v, kind, indent + "  ", out, first=indent + "- ")
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


def _signpost(line: str) -> str | None:
    """The comment line(s) that go before ``line``, if any."""
    nested = line.startswith(" ")
    key = line.rstrip("\n") if nested else line.split(":", 1)[0] + ":"
    sign = _SIGNPOSTS.get(key)
    if not sign:
        return None
    return f"{sign}\n" if nested else f"\n{sign}\n"


def signposts(body: str) -> str:
    out = []
    for line in body.splitlines(keepends=True):
        sign = _signpost(line)
        if sign:
            out.append(sign)
        out.append(line)
    return "".join(out)
