"""The overview table groups old units under today's province (34 since 01/7/2025)."""
from __future__ import annotations

from briefgen.render.context import _grouped_rows, build_context


def row(label, source, province=None, a=1, lim=0, t=2):
    o = {"label": label, "source": source, "achievement": a, "limitation": lim, "task": t}
    return {**o, "province": province} if province else o


def test_old_units_under_todays_province_as_the_articles_name_them():
    overview = [row("Huyện Yên Dũng", 1, "Tỉnh Bắc Ninh"), row("Tỉnh Cao Bằng", 2, "Tỉnh Cao Bằng"),
                row("Tỉnh Bắc Giang", 3, "Tỉnh Bắc Ninh", a=3), row("Xã Hòa An", 4, "Tỉnh Cao Bằng"),
                row("Tỉnh (bài [5])", 5)]
    assert _grouped_rows(overview) == [
        ["Tỉnh Bắc Ninh", "4", "0", "4", "[1], [3]"],
        ["- Huyện Yên Dũng", "1", "0", "2", "[1]"],
        ["- Tỉnh Bắc Giang", "3", "0", "2", "[3]"],
        ["Tỉnh Cao Bằng", "2", "0", "4", "[2], [4]"],
        ["- Tỉnh Cao Bằng", "1", "0", "2", "[2]"],
        ["- Xã Hòa An", "1", "0", "2", "[4]"],
        ["Tỉnh (bài [5])", "1", "0", "2", "[5]"],
    ]


def test_no_grouping_when_it_would_only_repeat_rows():
    overview = [row("Tỉnh Cao Bằng", 1, "Tỉnh Cao Bằng"), row("Thành phố (bài [2])", 2)]
    assert _grouped_rows(overview) is None
    model = build_context({"overview": overview, "sources": [{"id": 1}, {"id": 2}]})
    assert [r[0] for r in model["overview_rows"]] == ["Tỉnh Cao Bằng", "Thành phố (bài [2])"]
