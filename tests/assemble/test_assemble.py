"""assemble(): the briefing model built from several extracted articles."""
from __future__ import annotations

import pytest

from briefgen.assemble.briefing import assemble
from briefgen.model import Article, ArticleMeta, Document, Evidence, Statement

LETTERHEAD = {"profile": "dang", "parent": "ĐẢNG BỘ TỈNH HÀ TĨNH", "issuer": "BAN DÂN VẬN TỈNH ỦY",
              "number": "Số 12-BC/BDVTU", "place_date": "Hà Tĩnh, ngày 05 tháng 4 năm 2024",
              "signer_prefix": "T/M BAN THƯỜNG VỤ", "signer_title": "TRƯỞNG BAN", "signer_name": "Nguyễn Văn A",
              "recipients": ["Thường trực Tỉnh ủy (để b/c),", "Lưu Văn phòng."]}


def make_article(path, statements, *, unit=None, locality=None, period=None, next_period=None, title=None):
    """An extracted article whose text is its statements, with correct offsets."""
    text = "Bài viết về hội nghị giao ban.\n" + "\n".join(t for _, t in statements)
    sts, pos = [], 0
    for cat, t in statements:
        start = text.index(t, pos)
        sts.append(Statement(cat, t, t, path, start, start + len(t)))
        pos = start + len(t)
    ev = lambda v: Evidence(v, v) if v else None  # noqa: E731
    meta = ArticleMeta(title=ev(title), unit_level=ev(unit), locality=ev(locality),
                       period=ev(period), next_period=ev(next_period))
    return Article(Document(path, text), meta, tuple(sts))


def realistic_articles():
    a = make_article("inputs/a.txt", [
        ("achievement", "Công tác tuyên truyền, vận động đoàn viên, hội viên và Nhân dân thực hiện chủ trương của Đảng được đẩy mạnh."),
        ("achievement", "Hoạt động giám sát, phản biện xã hội được tăng cường, tập trung vào những vấn đề Nhân dân quan tâm."),
        ("achievement", "Vận động Quỹ Vì người nghèo được 12,5 tỷ đồng, hỗ trợ xây dựng 215 nhà Đại đoàn kết cho hộ nghèo."),
        ("achievement", "Đã chỉ đạo 217/217 xã, phường, thị trấn; 14/15 quận, huyện tổ chức thành công đại hội Mặt trận Tổ quốc."),
        ("limitation", "Công tác giám sát, phản biện xã hội còn hạn chế."),
        ("limitation", "Sự phối hợp giữa các đơn vị chưa chặt chẽ."),
        ("task", "Tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở."),
        ("task", "Thực hiện tốt việc nắm tình hình đoàn viên, hội viên từ cơ sở."),
    ], unit="tỉnh", locality="Bắc Kạn", period="quý I/2024", next_period="quý II/2024", title="Giao ban quý I")
    b = make_article("inputs/b.txt", [
        ("achievement", "Phong trào thi đua xây dựng nông thôn mới, đô thị văn minh được phát động sâu rộng."),
        ("achievement", "Ứng dụng công nghệ thông tin trong quản lý, điều hành hoạt động của Mặt trận được đẩy mạnh."),
        ("limitation", "Hoạt động giám sát, phản biện xã hội của Mặt trận còn hạn chế, chưa thường xuyên."),
        ("limitation", "Đội ngũ cán bộ chi hội, chi đoàn còn thiếu."),
        ("task", "Phát huy vai trò giám sát, phản biện xã hội, kịp thời nắm bắt tâm tư, nguyện vọng của Nhân dân."),
    ], unit="thị xã", locality="Kỳ Anh", period="Quý I/2024", next_period="quý II/2024")
    c = make_article("inputs/c.txt", [
        ("achievement", "Tỷ lệ tập hợp đoàn viên, hội viên đạt 98,5%."),
        ("achievement", "Tích cực tham gia xây dựng Đảng, xây dựng chính quyền trong sạch, vững mạnh."),
        ("achievement", "Kịp thời nắm bắt tâm tư, nguyện vọng của Nhân dân, phản ánh với cấp ủy, chính quyền."),
        ("limitation", "Công tác giám sát, phản biện xã hội ở một số địa phương chưa chủ động, hiệu quả còn hạn chế."),
        ("limitation", "Phong trào thi đua có nơi phát động chưa đồng đều."),
        ("task", "Tổ chức thành công đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh lần thứ 15, nhiệm kỳ 2024 - 2029."),
    ], unit="tỉnh", locality="Hà Tĩnh", period="6 tháng đầu năm 2024", next_period="6 tháng cuối năm 2024")
    d = make_article("inputs/d.txt", [
        ("achievement", "Các cuộc vận động, phong trào thi đua được triển khai có trọng tâm, trọng điểm."),
        ("achievement", "Phát huy vai trò của các cá nhân tiêu biểu trong đồng bào dân tộc, tôn giáo."),
        ("task", "Thực hiện tốt quy chế phối hợp giữa Mặt trận với chính quyền cùng cấp."),
    ], period="quý I/2024", title="Giao ban khối dân vận quý I")
    return [a, b, c, d]


def all_items(model, category=None, hidden=False):
    for sec in model["sections"]:
        if category and sec["category"] != category:
            continue
        for th in sec["themes"]:
            yield from th["items"]
            if hidden:
                yield from th["hidden_items"]


@pytest.fixture(scope="module")
def built():
    return assemble(realistic_articles(), letterhead=LETTERHEAD)


def test_sources_numbered_in_input_order_with_metadata(built):
    model, _, _ = built
    assert [(s["id"], s["path"]) for s in model["sources"]] == [
        (1, "inputs/a.txt"), (2, "inputs/b.txt"), (3, "inputs/c.txt"), (4, "inputs/d.txt")]
    assert model["sources"][0]["locality"] == "Bắc Kạn"
    assert model["sources"][3]["locality"] is None
    assert model["sources"][3]["title"] == "Giao ban khối dân vận quý I"


def test_three_sections_in_order_with_titles(built):
    model, _, _ = built
    assert [s["category"] for s in model["sections"]] == ["achievement", "limitation", "task"]
    assert model["sections"][0]["title"] == "KẾT QUẢ ĐẠT ĐƯỢC"
    assert model["sections"][1]["title"] == "HẠN CHẾ, TỒN TẠI"
    # next periods differ (quý II/2024 vs 6 tháng cuối năm 2024)
    assert model["sections"][2]["title"] == "NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI"


def test_same_limitation_from_three_articles_is_one_item_citing_all(built):
    model, _, decisions = built
    sup = [it for it in all_items(model, "limitation") if "giám sát" in it["text"]]
    assert len(sup) == 1
    assert sup[0]["sources"] == [1, 2, 3]
    assert sorted(q["source"] for q in sup[0]["quotes"]) == [1, 2, 3]
    assert any(d["category"] == "limitation" and "giám sát" in d["merged_text"] for d in decisions)
    # the most-cited item comes first in its theme
    theme = next(th for th in model["sections"][1]["themes"] if sup[0] in th["items"])
    assert theme["items"][0] is sup[0]


def test_achievement_never_merges_with_limitation(built):
    model, _, _ = built
    ach = [it for it in all_items(model, "achievement") if "giám sát" in it["text"]]
    assert len(ach) == 1 and ach[0]["sources"] == [1]
    assert "tăng cường" in ach[0]["text"]


def test_every_citation_exists_and_quotes_point_into_the_article(built):
    model, _, _ = built
    arts = {a.path: a for a in realistic_articles()}
    ids = {s["id"]: s["path"] for s in model["sources"]}
    for item in all_items(model, hidden=True):
        assert item["sources"] and set(item["sources"]) <= set(ids)
        assert item["text"].endswith(".")
        for q in item["quotes"]:
            assert q["source"] in item["sources"]
            assert arts[ids[q["source"]]].doc.text[q["start"]:q["end"]] == q["text"]
    for fig in model["figures"]:
        assert set(fig["sources"]) <= set(ids)
    assert [row["source"] for row in model["overview"]] == [1, 2, 3, 4]


def test_realistic_input_spreads_achievements_over_themes(built):
    model, warnings, _ = built
    achievements = model["sections"][0]["themes"]
    assert len(achievements) >= 4
    titles = [t["title"] for t in achievements]
    assert "Các nội dung khác" not in titles
    assert all(t["items"] for sec in model["sections"] for t in sec["themes"])  # empty themes omitted


def test_period_majority_and_mixed_period_warning(built):
    model, warnings, _ = built
    assert model["period"] == "quý I/2024"  # 3 of 4 articles, whatever the capitalisation
    assert model["period_note"] and "6 tháng đầu năm 2024" in model["period_note"]
    assert any("kỳ báo cáo khác nhau" in w for w in warnings)
    assert model["warnings"] == warnings
    assert model["subject"] == ("Tổng hợp kết quả hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội "
                                "quý I/2024, nhiệm vụ trọng tâm thời gian tới")


def test_single_period_gives_no_note_and_names_next_period():
    arts = realistic_articles()[:2]  # both quý I/2024 -> quý II/2024
    model, warnings, _ = assemble(arts, letterhead=LETTERHEAD)
    assert model["period_note"] is None
    assert not any("kỳ báo cáo khác nhau" in w for w in warnings)
    assert model["next_period"] == "quý II/2024"
    assert model["sections"][2]["title"] == "NHIỆM VỤ TRỌNG TÂM QUÝ II/2024"
    assert model["subject"].endswith("quý I/2024, nhiệm vụ trọng tâm quý II/2024")


def test_period_argument_overrides_majority():
    model, _, _ = assemble(realistic_articles(), letterhead=LETTERHEAD, period="6 tháng đầu năm 2024")
    assert model["period"] == "6 tháng đầu năm 2024"
    assert "6 tháng đầu năm 2024, nhiệm vụ" in model["subject"]


def test_intro_and_overview_name_the_localities(built):
    model, _, _ = built
    assert "4 bài viết" in model["intro"]
    assert "3 địa phương" in model["intro"] and "thị xã Kỳ Anh" in model["intro"]
    labels = [row["label"] for row in model["overview"]]
    assert labels == ["Tỉnh Bắc Kạn", "Thị xã Kỳ Anh", "Tỉnh Hà Tĩnh", "Giao ban khối dân vận quý I"]
    # Bắc Kạn merged into Thái Nguyên on 01/7/2025: named as written, grouped under today's
    assert model["overview"][0] | {} == {"label": "Tỉnh Bắc Kạn", "source": 1,
                                         "achievement": 4, "limitation": 2, "task": 2,
                                         "province": "Tỉnh Thái Nguyên"}


def test_figures_come_from_achievements_with_sources(built):
    model, _, _ = built
    texts = {f["text"]: f["sources"] for f in model["figures"]}
    assert any("217/217 xã, phường, thị trấn" in t for t in texts)
    assert any("98,5%" in t for t in texts)
    assert not any("lần thứ 15" in t for t in texts)  # a task, and not a figure


def test_cap_per_theme_moves_the_rest_to_more_and_hidden_items():
    full, _, _ = assemble(realistic_articles(), letterhead=LETTERHEAD)
    capped, _, _ = assemble(realistic_articles(), letterhead=LETTERHEAD, cap_per_theme=1)
    crowded = [(si, ti) for si, sec in enumerate(full["sections"])
               for ti, th in enumerate(sec["themes"]) if len(th["items"]) > 1]
    assert crowded, "the fixture should have a theme with several items"
    for si, ti in crowded:
        th_full, th_cap = full["sections"][si]["themes"][ti], capped["sections"][si]["themes"][ti]
        assert th_cap["items"] == th_full["items"][:1]
        assert th_cap["more"] == len(th_full["items"]) - 1
        assert th_cap["hidden_items"] == th_full["items"][1:]
    assert all(th["more"] == 0 for sec in full["sections"] for th in sec["themes"])


def test_same_input_same_output():
    one = assemble(realistic_articles(), letterhead=LETTERHEAD, cap_per_theme=2)
    two = assemble(realistic_articles(), letterhead=LETTERHEAD, cap_per_theme=2)
    assert one == two


def test_article_without_statements_is_warned_and_still_a_source():
    arts = realistic_articles()[:1] + [make_article("inputs/empty.txt", [], unit="huyện", locality="Lục Ngạn",
                                                     period="quý I/2024")]
    model, warnings, _ = assemble(arts, letterhead=LETTERHEAD)
    assert any(w.startswith("inputs/empty.txt:") for w in warnings)
    assert model["overview"][1] == {"label": "Huyện Lục Ngạn", "source": 2,
                                    "achievement": 0, "limitation": 0, "task": 0,
                                    "province": "Tỉnh Bắc Ninh"}  # Bắc Giang's, now Bắc Ninh


def test_model_passes_the_briefing_file_validation(tmp_path):
    from briefgen.draft.yaml_io import dump_briefing, load_briefing
    model, _, _ = assemble(realistic_articles(), letterhead=LETTERHEAD, cap_per_theme=1)
    path = tmp_path / "b.briefing.yaml"
    path.write_text(dump_briefing(model), encoding="utf-8")
    loaded = load_briefing(path)
    assert loaded["sections"][1]["themes"][0]["items"][0]["sources"] == [1, 2, 3]
    assert [th.get("hidden_items") for sec in loaded["sections"] for th in sec["themes"]] == \
        [th["hidden_items"] for sec in model["sections"] for th in sec["themes"]]


def test_one_locality_is_named_in_the_intro_and_units_are_not_doubled():
    art = make_article("inputs/x.txt", [("achievement", "Phong trào thi đua được phát động sâu rộng.")],
                       unit="thị xã", locality="Thị xã Kỳ Anh", period="quý I/2022")
    untitled = make_article("inputs/sub/y.txt", [("task", "Thực hiện tốt quy chế phối hợp.")])
    model, _, _ = assemble([art], letterhead=LETTERHEAD)
    assert "tại thị xã Kỳ Anh," in model["intro"] and "địa phương (" not in model["intro"]
    assert model["overview"][0]["label"] == "Thị xã Kỳ Anh"
    model, _, _ = assemble([art, untitled], letterhead=LETTERHEAD)
    assert model["overview"][1]["label"] == "y.txt"  # no locality, no title: the file name


def test_every_statement_is_in_exactly_one_item():
    """Merging and the cap never lose or duplicate a statement: each one is
    quoted once, in the item of its own section."""
    arts = realistic_articles()
    model, _, _ = assemble(arts, letterhead=LETTERHEAD, cap_per_theme=1)
    quoted = [(sec["category"], q["source"], q["start"]) for sec in model["sections"]
              for th in sec["themes"] for it in th["items"] + th["hidden_items"] for q in it["quotes"]]
    expected = [(st.category, i, st.start) for i, a in enumerate(arts, 1) for st in a.statements]
    assert sorted(quoted) == sorted(expected)
