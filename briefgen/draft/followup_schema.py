"""The ``followup`` block of a briefing draft (schema version 2): the
previous period's tasks, the reports linked to each and its status, and the
comparison of key figures. Staff correct a link by deleting its block under
``reports``, a status by typing one of the three statuses, a row of the
table by deleting it; the checker names the line of any mistake.
"""
from __future__ import annotations

from typing import Any

FOLLOWUP_KEYS = ("title", "previous", "previous_period", "tasks", "comparison")
FU_TASK_KEYS = ("task", "theme", "status", "why", "reports")
FU_REPORT_KEYS = ("category", "text", "sources", "strength", "score", "matched", "figures")
FU_ROW_KEYS = ("indicator", "unit", "previous", "current", "sources")
STATUSES = ("có kết quả", "đang thực hiện", "chưa có thông tin")
REPORT_CATEGORIES = ("achievement", "limitation")
FOLLOWUP_TITLE = "KẾT QUẢ THỰC HIỆN NHIỆM VỤ KỲ TRƯỚC"

SHAPES = {
    "followup": (FOLLOWUP_KEYS, {"tasks": "fu_task", "comparison": "fu_row"}),
    "fu_task": (FU_TASK_KEYS, {"reports": "fu_report"}),
    "fu_report": (FU_REPORT_KEYS, {}),
    "fu_row": (FU_ROW_KEYS, {}),
}


def check_followup(top: dict, c, cites: list, citations) -> dict | None:
    """The checked ``followup`` block, or None when the draft has none.
    ``citations`` is schema._citations (source ids, collected for checking)."""
    if top.get("followup") is None:
        return None
    path = ("followup",)
    fu = c.mapping(top["followup"], path, "phần nhiệm vụ kỳ trước (followup)", FOLLOWUP_KEYS)
    if fu is None:
        return None
    what = "phần nhiệm vụ kỳ trước"
    out: dict[str, Any] = {
        "title": c.text(fu, "title", path, what) or FOLLOWUP_TITLE,
        "previous": c.text(fu, "previous", path, what),
        "previous_period": c.text(fu, "previous_period", path, what, nullable=True),
        "tasks": [], "comparison": []}
    for i, raw in enumerate(c.items_of(fu, "tasks", path, what)):
        tpath, twhat = path + ("tasks", i), f"nhiệm vụ kỳ trước thứ {i + 1}"
        task = c.mapping(raw, tpath, twhat, FU_TASK_KEYS)
        if task is None:
            continue
        status = c.text(task, "status", tpath, twhat, required=True)
        if "status" in task and status not in STATUSES:
            c.fail(tpath + ("status",), f"tình trạng '{status}' của {twhat} không hợp lệ "
                   f"(chỉ nhận: {', '.join(STATUSES)})")
        entry = {"task": c.text(task, "task", tpath, twhat, required=True, nonempty=True),
                 "theme": c.text(task, "theme", tpath, twhat), "status": status,
                 "why": c.text(task, "why", tpath, twhat), "reports": []}
        for j, rawr in enumerate(c.items_of(task, "reports", tpath, twhat)):
            rpath, rwhat = tpath + ("reports", j), f"nội dung thứ {j + 1} báo cáo về {twhat}"
            rep = c.mapping(rawr, rpath, rwhat, FU_REPORT_KEYS)
            if rep is None:
                continue
            category = rep.get("category", "achievement")
            if category not in REPORT_CATEGORIES:
                c.fail(rpath + ("category",), f"'category' của {rwhat} chỉ nhận achievement (kết quả) "
                       f"hoặc limitation (hạn chế), đang là '{category}'")
            score = rep.get("score")
            entry["reports"].append({
                "category": category,
                "text": c.text(rep, "text", rpath, rwhat, required=True, nonempty=True),
                "sources": citations(c, rep, "sources", rpath, rwhat, cites),
                "strength": c.text(rep, "strength", rpath, rwhat),
                "score": score if isinstance(score, (int, float)) and not isinstance(score, bool) else None,
                "matched": c.lines_of(rep, "matched", rpath, f"'matched' của {rwhat}"),
                "figures": c.lines_of(rep, "figures", rpath, f"'figures' của {rwhat}")})
        out["tasks"].append(entry)
    for i, raw in enumerate(c.items_of(fu, "comparison", path, what)):
        rpath, rwhat = path + ("comparison", i), f"dòng so sánh số liệu thứ {i + 1}"
        row = c.mapping(raw, rpath, rwhat, FU_ROW_KEYS)
        if row is None:
            continue
        out["comparison"].append({
            "indicator": c.text(row, "indicator", rpath, rwhat, required=True, nonempty=True),
            "unit": c.text(row, "unit", rpath, rwhat),
            "previous": c.text(row, "previous", rpath, rwhat, required=True),
            "current": c.text(row, "current", rpath, rwhat, required=True),
            "sources": citations(c, row, "sources", rpath, rwhat, cites)})
    return out
