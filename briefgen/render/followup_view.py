"""What the documents show of the follow-up of the previous period's tasks
(the ``followup`` block of the briefing model): one more numbered part after
"Nhiệm vụ trọng tâm", laid out like the others (theme headings, "- " lines)
so both templates print it with the loop they already have, and the
comparison of key figures as a small table.

    IV. KẾT QUẢ THỰC HIỆN NHIỆM VỤ KỲ TRƯỚC
    Đối chiếu 19 nhiệm vụ ... : 9 có kết quả, 4 đang thực hiện, 6 chưa có thông tin.
    1. An sinh xã hội
    - Vận động Quỹ "Vì người nghèo", ...: có kết quả.
      + Kết quả: Từ Quỹ "Vì người nghèo", ... [2]
    5. Đối chiếu số liệu giữa hai kỳ
    | Chỉ tiêu | Kỳ trước | Kỳ này | Nguồn kỳ này |
"""
from __future__ import annotations

STATUS_ORDER = ("có kết quả", "đang thực hiện", "chưa có thông tin")
KIND = {"achievement": "Kết quả", "limitation": "Hạn chế"}
TABLE_TITLE = "Đối chiếu số liệu giữa hai kỳ"
TABLE_HEAD = ["Chỉ tiêu", "Kỳ trước", "Kỳ này", "Nguồn kỳ này"]


def summary_line(followup: dict) -> str:
    tasks = followup.get("tasks") or []
    counts = {s: sum(1 for t in tasks if t.get("status") == s) for s in STATUS_ORDER}
    period = followup.get("previous_period")
    where = f"báo cáo kỳ trước ({period})" if period else "báo cáo kỳ trước"
    parts = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    return (f"Đối chiếu {len(tasks)} nhiệm vụ trọng tâm nêu trong {where} với các bài viết kỳ này"
            + (f": {parts}." if parts else "."))


def _task_line(task: dict) -> str:
    text = (task.get("task") or "").strip().rstrip(".;")
    return f"- {text}: {task.get('status') or 'chưa có thông tin'}."


def table_rows(followup: dict, cite) -> list[list[str]]:
    rows = []
    for r in followup.get("comparison") or []:
        unit = r.get("unit") or ""
        value = (lambda v: f"{v} {unit}".strip() if v else "")
        rows.append([r.get("indicator") or "", value(r.get("previous")), value(r.get("current")),
                     cite(r.get("sources"))])
    return rows


def followup_part(followup: dict, numeral: str, item_line, cite) -> dict:
    """The extra part of the body (same keys as the other parts, plus ``table``
    on the theme that holds the comparison)."""
    themes: list[dict] = []
    by_theme: dict[str, list[dict]] = {}
    for task in followup.get("tasks") or []:
        by_theme.setdefault(task.get("theme") or "Nhiệm vụ khác", []).append(task)
    for title, tasks in by_theme.items():
        entries = []
        for task in tasks:
            line = _task_line(task)
            entries.append({"text": line, "cites": "", "line": line})
            for rep in task.get("reports") or []:
                sub = item_line({"text": f"{KIND.get(rep.get('category'), 'Kết quả')}: {rep.get('text', '')}",
                                 "sources": rep.get("sources")})
                sub = "+" + sub[1:]
                entries.append({"text": rep.get("text", ""), "cites": cite(rep.get("sources")), "line": sub})
        themes.append({"heading": f"{len(themes) + 1}. {title}", "entries": entries, "more_note": ""})
    rows = table_rows(followup, cite)
    if rows:
        themes.append({"heading": f"{len(themes) + 1}. {TABLE_TITLE}", "entries": [], "more_note": "",
                       "table": {"head": TABLE_HEAD, "rows": rows}})
    title = followup.get("title") or "KẾT QUẢ THỰC HIỆN NHIỆM VỤ KỲ TRƯỚC"
    return {"category": "followup", "heading": f"{numeral}. {title.upper()}", "themes": themes,
            "empty_note": summary_line(followup), "figures_heading": "", "figures": []}
