"""A fast reader for the drafts briefgen writes, and only for them.

Loading a national draft (tens of megabytes) with PyYAML spends most of its
time building a node, with two position marks, for every scalar; ``render``
of 10,000 articles waited ~20 s for that alone. The draft writer
(``yaml_io.dump_briefing_bytes``) emits a small, regular subset of YAML: block
mappings with identifier keys, block sequences indented under their key,
one-line scalars (plain, single-quoted, or double-quoted in JSON syntax) and lists of
integers on one line. This module reads exactly that subset, line by line,
and gives up (``NotSubset``) on anything else — a multi-line value, a tab,
an anchor, a comment after a value, an unexpected indent, a duplicated key —
so a hand-edited file that leaves the subset is read by PyYAML as before.
Within the subset the result is the data PyYAML would construct: plain
scalars are resolved by PyYAML's own resolver and constructors.
"""
from __future__ import annotations

import json
import re
from typing import Any

import yaml

# What a plain (unquoted) scalar may start with: letters, digits and a few
# harmless marks (a digit start is checked against YAML's number, date and
# time forms); and what makes one unsafe: ": " or " #", a trailing colon or
# space, control characters, line and paragraph separators, tabs. The draft
# writer quotes any text these do not allow, and this reader leaves it to PyYAML.
PLAIN_START = re.compile(r"[^\W_]|[(“‘/]")
PLAIN_UNSAFE = re.compile(r": |:$| #|\s$|[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")


class NotSubset(Exception):
    """The text uses YAML beyond what the draft writer emits."""


_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$")
_INTS = re.compile(r"\[(?:(?:0|[1-9][0-9]*)(?:, (?:0|[1-9][0-9]*))*)?\]$")
_SINGLE_QUOTED = re.compile(r"'(?:[^']|'')*'$")
_INT = re.compile(r"(?:0|[1-9][0-9]*)$")
# json.loads knows these escapes, and they mean the same in YAML.
_JSON_ESCAPE = re.compile(r'\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})')
# Line breaks YAML sees that str.split("\n") does not, and characters that
# end a plain scalar or make it something else.
_ODD_BREAKS = re.compile(r"[\r\x85\u2028\u2029]")
RESOLVER = yaml.resolver.Resolver()  # shared with the draft writer
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_STR = "tag:yaml.org,2002:str"
# Plain words YAML 1.1 reads as booleans or null (shared with the draft writer).
NOT_STRINGS = frozenset("y n yes no true false on off null".split())


def read_draft(text: str) -> Any:
    """The data of ``text``, or ``NotSubset`` when it is not in the subset."""
    lines = []
    for number, raw in enumerate(text.split("\n")):
        if raw.endswith("\r"):
            raw = raw[:-1]
        if _ODD_BREAKS.search(raw) or "\t" in raw:
            raise NotSubset(number)
        content = raw.lstrip(" ")
        if not content or content.startswith("#"):
            continue
        if content.startswith(("---", "...", "%")):
            raise NotSubset(number)
        lines.append((len(raw) - len(content), content))
    if not lines:
        return None
    value, end = _block(lines, 0, lines[0][0])
    if end != len(lines):
        raise NotSubset(end)
    return value


def _block(lines: list, i: int, indent: int) -> tuple[Any, int]:
    if lines[i][1] == "-" or lines[i][1].startswith("- "):
        return _sequence(lines, i, indent)
    return _mapping(lines, i, indent)


def _mapping(lines: list, i: int, indent: int, first: str | None = None) -> tuple[dict, int]:
    """Keys at ``indent`` from line ``i``; ``first`` replaces that line's
    content when the mapping starts after a list dash."""
    result: dict = {}
    while i < len(lines):
        at, content = lines[i]
        if first is not None:
            content, first = first, None
        elif at < indent:
            break
        elif at > indent:
            raise NotSubset(i)
        match = _KEY.match(content)
        if not match or match.group(1).lower() in NOT_STRINGS or match.group(1) in result:
            raise NotSubset(i)
        key, shown = match.group(1), match.group(2)
        i += 1
        if shown is None:  # a nested block must follow, indented deeper
            if i >= len(lines) or lines[i][0] <= indent:
                raise NotSubset(i)
            result[key], i = _block(lines, i, lines[i][0])
        else:
            result[key] = _scalar(shown, i)
    return result, i


def _sequence(lines: list, i: int, indent: int) -> tuple[list, int]:
    result: list = []
    while i < len(lines):
        at, content = lines[i]
        if at < indent:
            break
        if at > indent or not (content == "-" or content.startswith("- ")):
            raise NotSubset(i)
        rest = content[2:]
        if content == "-":  # a nested block on the following lines
            i += 1
            if i >= len(lines) or lines[i][0] <= indent:
                raise NotSubset(i)
            value, i = _block(lines, i, lines[i][0])
        elif rest.startswith((" ", "-")):
            raise NotSubset(i)
        elif _KEY.match(rest):  # a mapping whose keys line up after the dash
            value, i = _mapping(lines, i, indent + 2, first=rest)
        else:
            value = _scalar(rest, i)
            i += 1
        result.append(value)
    return result, i


def _scalar(shown: str, where: int) -> Any:
    if shown.startswith('"'):
        if not shown.endswith('"') or len(shown) < 2 or "\\" in _JSON_ESCAPE.sub("", shown):
            raise NotSubset(where)
        try:
            value = json.loads(shown)
        except ValueError:
            raise NotSubset(where) from None
        if not isinstance(value, str) or re.search(r"[\ud800-\udfff]", value):
            raise NotSubset(where)
        return value
    if shown.startswith("'"):
        if not _SINGLE_QUOTED.match(shown):
            raise NotSubset(where)
        return shown[1:-1].replace("''", "'")
    if shown.startswith("["):
        if not _INTS.match(shown):
            raise NotSubset(where)
        return [int(n) for n in shown[1:-1].split(", ")] if len(shown) > 2 else []
    if shown == "{}":
        return {}
    if not PLAIN_START.match(shown) or PLAIN_UNSAFE.search(shown):
        raise NotSubset(where)
    if shown[0] not in RESOLVER.yaml_implicit_resolvers:
        return shown  # no implicit type starts with this character: text
    if _INT.match(shown):
        return int(shown)
    tag = RESOLVER.resolve(yaml.ScalarNode, shown, (True, False))
    if tag == _STR:
        return shown
    return _CONSTRUCTOR.yaml_constructors[tag](_CONSTRUCTOR, yaml.ScalarNode(tag, shown))
