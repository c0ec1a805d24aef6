"""The review's edits, as pure functions on the briefing model.

Each operation takes the model (a plain dict as ``draft.yaml_io`` loads it)
and returns a changed copy; the input is never modified, so the page keeps
the previous model to undo with. An item is addressed by its section's
category, its theme's index in that section, the list it is in ("items" is
printed, "hidden_items" is not) and its index there.

``hidden_items`` holds, first, the ``more`` items the per-theme cap left
out at build time (the document notes "và N ý kiến tương tự"), then the
items a reviewer hid. Keeping that order keeps ``more`` exact: hiding
appends, restoring one of the first ``more`` items lowers ``more``.
"""
from __future__ import annotations

import copy
import inspect
import unicodedata
from typing import Any, Callable

from briefgen.errors import BriefgenError
from briefgen.model import CATEGORIES

SECTION_TITLES = {"achievement": "KẾT QUẢ ĐẠT ĐƯỢC", "limitation": "HẠN CHẾ, TỒN TẠI",
                  "task": "NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI"}
LISTS = ("items", "hidden_items")
META_KEYS = ("title", "subject", "period", "next_period", "intro")
LETTERHEAD_TEXT = ("parent", "issuer", "number", "place_date", "signer_prefix", "signer_title", "signer_name")
NEW_THEME = "Nội dung khác"


class ReviewError(BriefgenError):
    """An edit that cannot be made; the message says why, in Vietnamese."""
    exit_code = 2


def _text(value: Any, what: str, *, empty_ok: bool = False, collapse: bool = True) -> str:
    """NFC, trimmed; ``collapse`` also joins runs of spaces (not wanted where
    spaces are kept on purpose, as in "Số     -BC/BDVTU" left to be filled by hand)."""
    if value is None and empty_ok:
        return ""
    if not isinstance(value, str):
        raise ReviewError(f"{what} phải là một dòng chữ.")
    collapse = collapse and "\n" not in value
    value = unicodedata.normalize("NFC", " ".join(value.split()) if collapse else value.strip())
    if not value and not empty_ok:
        raise ReviewError(f"{what} không được để trống.")
    return value


def _index(value: Any, size: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < size:
        raise ReviewError(f"Không tìm thấy {what} (có thể trang đã cũ: hãy tải lại trang).")
    return value


def section(model: dict, category: str) -> dict:
    """The section of ``category``, created (in I, II, III order) if missing."""
    if category not in CATEGORIES:
        raise ReviewError(f"Mục '{category}' không có (chỉ có kết quả, hạn chế, nhiệm vụ).")
    sections = model.setdefault("sections", [])
    for s in sections:
        if s.get("category") == category:
            s.setdefault("themes", [])
            return s
    new = {"category": category, "title": SECTION_TITLES[category], "themes": []}
    sections.append(new)
    sections.sort(key=lambda s: CATEGORIES.index(s["category"]) if s.get("category") in CATEGORIES else 9)
    return new


def _theme(model: dict, at: dict) -> dict:
    themes = section(model, at.get("section"))["themes"]
    return themes[_index(at.get("theme"), len(themes), "chủ đề")]


def _where(model: dict, at: Any) -> tuple[dict, list, int]:
    """(theme, list, index) of the item at ``at``."""
    if not isinstance(at, dict) or at.get("list", "items") not in LISTS:
        raise ReviewError("Chưa chọn ý nào.")
    theme = _theme(model, at)
    items = theme.setdefault(at.get("list", "items"), [])
    return theme, items, _index(at.get("index"), len(items), "ý đã chọn")


def _printed(model: dict, at: Any, action: str) -> tuple[dict, list, int]:
    theme, items, i = _where(model, at)
    if at.get("list", "items") != "items":
        raise ReviewError(f"Ý đang ẩn: hãy khôi phục ý trước khi {action}.")
    return theme, items, i


def _target_theme(model: dict, category: str, theme: Any, new_title: Any) -> dict:
    themes = section(model, category)["themes"]
    if theme is None or theme == "new":
        title = _text(new_title or NEW_THEME, "Tên chủ đề mới")
        found = next((t for t in themes if t.get("title") == title), None)
        if found is None:
            found = {"title": title, "items": [], "more": 0, "hidden_items": []}
            themes.append(found)
        return found
    return themes[_index(theme, len(themes), "chủ đề đích")]


def _tidy(model: dict) -> dict:
    """Drop themes left with nothing in them; keep ``more`` within bounds."""
    for s in model.get("sections") or []:
        kept = []
        for t in s.get("themes") or []:
            hidden = t.get("hidden_items") or []
            t["more"] = max(0, min(int(t.get("more") or 0), len(hidden)))
            if t.get("items") or hidden:
                kept.append(t)
        s["themes"] = kept
    return model


# -- the operations: each returns the item it acted on ({"item": …}), its new
# address, or None when the page should keep its choice where it was --

def hide(model: dict, at: dict) -> None:
    theme, items, i = _printed(model, at, "ẩn")
    theme.setdefault("hidden_items", []).append(items.pop(i))


def restore(model: dict, at: dict) -> dict:
    if not isinstance(at, dict) or at.get("list") != "hidden_items":
        raise ReviewError("Ý này đang được in, không cần khôi phục.")
    theme, hidden, i = _where(model, at)
    if i < int(theme.get("more") or 0):
        theme["more"] = int(theme["more"]) - 1
    item = hidden.pop(i)
    theme.setdefault("items", []).append(item)
    return {"item": item}


def reword(model: dict, at: dict, text: Any) -> None:
    """New wording; the quotes stay as they were, the evidence of the item."""
    _, items, i = _where(model, at)
    items[i]["text"] = _text(text, "Nội dung ý")


def move(model: dict, at: dict, section: Any, theme: Any = None, new_theme: Any = None) -> dict:
    src_theme, items, i = _printed(model, at, "chuyển")
    item = items[i]
    target = _target_theme(model, section, theme, new_theme if new_theme else src_theme.get("title"))
    if target is not src_theme:
        target.setdefault("items", []).append(items.pop(i))
    return {"item": item}


def to_limitation(model: dict, at: dict) -> dict:
    """A shortcoming filed among the achievements (or tasks) goes to II,
    under a theme of the same name."""
    if at.get("section") == "limitation":
        raise ReviewError("Ý này đã ở mục II. Hạn chế, tồn tại.")
    theme, _, _ = _printed(model, at, "chuyển")
    return move(model, at, "limitation", None, theme.get("title"))


def reorder(model: dict, at: dict, step: Any) -> dict:
    _, items, i = _printed(model, at, "đổi thứ tự")
    if step not in (-1, 1):
        raise ReviewError("Chỉ chuyển lên hoặc xuống một bậc.")
    j = i + step
    if not 0 <= j < len(items):
        raise ReviewError("Ý đã ở đầu chủ đề." if step < 0 else "Ý đã ở cuối chủ đề.")
    items[i], items[j] = items[j], items[i]
    return {**at, "index": j}


def merge(model: dict, at: dict, other: dict) -> dict:
    """``other`` is folded into the item at ``at``: its sources and quotes
    join, its wording is dropped."""
    _, items, i = _printed(model, at, "gộp")
    o_theme, o_items, j = _printed(model, other, "gộp")
    if o_items is items and i == j:
        raise ReviewError("Hãy chọn hai ý khác nhau để gộp.")
    keep, gone = items[i], o_items[j]
    keep["sources"] = list(dict.fromkeys(list(keep.get("sources") or []) + list(gone.get("sources") or [])))
    quotes = list(keep.get("quotes") or [])
    for q in gone.get("quotes") or []:
        if q not in quotes:
            quotes.append(q)
    keep["quotes"] = quotes
    o_items.pop(j)
    return {"item": keep}


def split(model: dict, at: dict, texts: Any) -> dict:
    """One item becomes several, each with the item's sources and quotes."""
    _, items, i = _printed(model, at, "tách")
    if not isinstance(texts, list):
        raise ReviewError("Cần nội dung của từng ý sau khi tách.")
    parts = [_text(t, f"Nội dung ý thứ {n + 1}", empty_ok=True) for n, t in enumerate(texts)]
    parts = [p for p in parts if p]
    if len(parts) < 2:
        raise ReviewError("Cần ít nhất hai ý có nội dung để tách.")
    old = items[i]
    items[i:i + 1] = [{"text": p, "sources": list(old.get("sources") or []),
                       "quotes": copy.deepcopy(old.get("quotes") or [])} for p in parts]
    return at


def add(model: dict, section: Any, text: Any, theme: Any = None, new_theme: Any = None,
        sources: Any = None) -> dict:
    """An item typed by hand: no quote, so it is shown as not taken from an article."""
    ids = {s.get("id") for s in model.get("sources") or []}
    cited = []
    for sid in sources or []:
        if sid not in ids:
            raise ReviewError(f"Không có bài viết nguồn số [{sid}].")
        cited.append(sid)
    target = _target_theme(model, section, theme, new_theme)
    item = {"text": _text(text, "Nội dung ý mới"), "sources": list(dict.fromkeys(cited)), "quotes": []}
    target.setdefault("items", []).append(item)
    return {"item": item}


def edit(model: dict, fields: Any) -> None:
    """Title, subject, period and the letterhead's lines."""
    if not isinstance(fields, dict):
        raise ReviewError("Không có thông tin nào để sửa.")
    # only what was changed is written: an untouched field keeps its exact text
    for key in META_KEYS:
        if key in fields and fields[key] != (model.get(key) or ""):
            value = _text(fields[key], f"'{key}'", empty_ok=key != "title", collapse=False)
            model[key] = value if value or key in ("title", "subject", "intro") else None
    lh = model.setdefault("letterhead", {})
    for key in LETTERHEAD_TEXT:
        given = (fields.get("letterhead") or {}).get(key)
        if given is not None and given != (lh.get(key) or ""):
            lh[key] = _text(given, f"'{key}'", empty_ok=key != "issuer", collapse=False)
    recipients = (fields.get("letterhead") or {}).get("recipients")
    if recipients is not None:
        lines = recipients.splitlines() if isinstance(recipients, str) else recipients
        if [r for r in lines if isinstance(r, str) and r.strip()] != list(lh.get("recipients") or []):
            lh["recipients"] = [_text(r, "Nơi nhận", collapse=False) for r in lines if isinstance(r, str) and r.strip()]


OPERATIONS: dict[str, Callable[..., None]] = {
    "hide": hide, "restore": restore, "reword": reword, "move": move, "to_limitation": to_limitation,
    "reorder": reorder, "merge": merge, "split": split, "add": add, "edit": edit,
}


def apply(model: dict, name: str, args: dict) -> dict:
    """A changed copy of ``model``; raises ReviewError with a Vietnamese message."""
    return apply_at(model, name, args)[0]


def _find(model: dict, item: dict) -> dict | None:
    for s in model.get("sections") or []:
        for t, th in enumerate(s.get("themes") or []):
            for key in LISTS:
                for i, it in enumerate(th.get(key) or []):
                    if it is item:
                        return {"section": s["category"], "theme": t, "list": key, "index": i}
    return None


def apply_at(model: dict, name: str, args: dict) -> tuple[dict, dict | None]:
    """(changed copy, where the item acted on now is, or None)."""
    op = OPERATIONS.get(name)
    if op is None:
        raise ReviewError(f"Thao tác '{name}' không có.")
    if not isinstance(args, dict):
        raise ReviewError("Thao tác thiếu thông tin.")
    out = copy.deepcopy(model)
    try:
        inspect.signature(op).bind(out, **args)
    except TypeError:
        raise ReviewError(f"Thao tác '{name}' thiếu hoặc thừa thông tin.") from None
    try:
        where = op(out, **args)
    except (KeyError, TypeError, AttributeError, ValueError, IndexError):
        raise ReviewError("Bản nháp gửi lên không đúng cấu trúc: hãy tải lại trang.") from None
    item = where.get("item") if isinstance(where, dict) and "item" in where else None
    out = _tidy(out)
    if item is not None:  # found after tidying, which may drop an emptied theme
        return out, _find(out, item)
    return out, where
