"""Merging statements from different articles that say the same thing."""
from __future__ import annotations

import random
from pathlib import Path

import yaml

from briefgen.assemble.merge import (KEYS_PER_STATEMENT, MERGE_THRESHOLD, WINDOW, Entry, _candidate_pairs,
                            content_words, figures_key, merge_entries, similarity)
from briefgen.model import Statement

PAIRS = Path(__file__).parents[1] / "fixtures" / "merge_pairs.yaml"


def entry(article, text, category="limitation", theme="giam-sat-phan-bien"):
    return Entry(article, Statement(category, text, text, f"inputs/{article}.txt", 0, len(text)), theme)


def test_same_point_from_three_articles_becomes_one_group():
    entries = [
        entry(0, "Công tác giám sát, phản biện xã hội còn hạn chế."),
        entry(1, "Hoạt động giám sát, phản biện xã hội của Mặt trận còn hạn chế, chưa thường xuyên."),
        entry(2, "Công tác giám sát, phản biện xã hội ở một số địa phương chưa chủ động, hiệu quả còn hạn chế."),
        entry(2, "Việc giám sát giải quyết kiến nghị của cử tri còn chậm."),
    ]
    groups, decisions = merge_entries(entries)
    assert [g.members for g in groups] == [(0, 1, 2), (3,)]
    assert len(decisions) == 2
    for d in decisions:
        assert d["kept_source"] != d["merged_source"]
        assert d["similarity"] >= MERGE_THRESHOLD
        assert d["category"] == "limitation" and d["theme"] == "giam-sat-phan-bien"


def test_sections_and_themes_never_mix():
    text = "Hoạt động giám sát, phản biện xã hội được tăng cường."
    groups, _ = merge_entries([entry(0, text, "achievement"), entry(1, text, "limitation"),
                               entry(2, text, "achievement", theme="khac")])
    assert len(groups) == 3


def test_two_statements_of_one_article_stay_apart_even_via_a_third():
    a = "Sự phối hợp giữa các đơn vị chưa chặt chẽ."
    b = "Sự phối hợp giữa các đơn vị có lúc chưa chặt chẽ, đồng bộ."
    groups, _ = merge_entries([entry(0, a, theme="phoi-hop"), entry(0, b, theme="phoi-hop"),
                               entry(1, a, theme="phoi-hop")])
    assert not any({0, 1} <= set(g.members) for g in groups)  # entries 0 and 1 share an article
    assert sorted(len(g.members) for g in groups) == [1, 2]


def test_kept_wording_does_not_claim_what_others_do_not_say():
    focused = "Công tác giám sát, phản biện xã hội ở một số địa phương còn hạn chế, chưa thường xuyên."
    listing = ("Công tác giám sát, phản biện xã hội còn hạn chế; việc thu hút hội viên đạt tỷ lệ thấp; "
               "kinh phí hoạt động của Ban công tác Mặt trận chưa được bố trí kịp thời.")
    short = "Giám sát, phản biện xã hội ở một số địa phương còn hạn chế."
    entries = [entry(0, listing), entry(1, focused), entry(2, short)]
    groups, _ = merge_entries(entries, threshold=0.2)
    big = next(g for g in groups if len(g.members) > 1)
    assert entries[big.kept].statement.text == focused  # not the longer enumeration


def test_similarity_ignores_boilerplate_and_case():
    a = content_words("Công tác giám sát, phản biện xã hội của Mặt trận Tổ quốc còn hạn chế.")
    b = content_words("GIÁM SÁT, PHẢN BIỆN còn HẠN CHẾ")
    assert similarity(a, b) == 1.0
    assert "mặt trận" not in a and "công tác" not in a
    assert similarity(a, frozenset()) == 0.0


def test_threshold_quality_on_labelled_pairs():
    """The measured threshold keeps its quality on the labelled pairs
    (floors pinned below the figures in the MERGE_THRESHOLD comment)."""
    pairs = yaml.safe_load(PAIRS.read_text(encoding="utf-8"))["pairs"]
    assert len(pairs) >= 60
    same = sum(1 for p in pairs if p["same"])
    assert abs(same - (len(pairs) - same)) <= 4
    tp = fp = fn = 0
    for p in pairs:
        if p["section"] != "same":
            continue  # merge never compares these
        merged = (figures_key(p["a"]) == figures_key(p["b"])
                  and similarity(content_words(p["a"]), content_words(p["b"])) >= MERGE_THRESHOLD)
        tp += merged and p["same"]
        fp += merged and not p["same"]
        fn += (not merged) and p["same"]
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.85 and recall >= 0.85


def test_candidate_pairs_grow_linearly_and_still_find_duplicates():
    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(3000)]
    common = ["giám sát", "phản biện"]  # in every statement, as in one theme's block
    n = 6000
    words = [frozenset(common + rng.sample(vocab, 6)) for _ in range(n)]
    words.append(words[123])  # an exact duplicate somewhere far away
    pairs = _candidate_pairs(list(range(len(words))), words)
    assert len(pairs) <= len(words) * KEYS_PER_STATEMENT * WINDOW
    assert (123, n) in pairs


def test_merging_is_deterministic():
    entries = [entry(i % 4, t) for i, t in enumerate([
        "Công tác giám sát, phản biện xã hội còn hạn chế.",
        "Giám sát, phản biện xã hội còn hạn chế, chưa thường xuyên.",
        "Hoạt động giám sát, phản biện xã hội ở cơ sở còn hạn chế.",
        "Giám sát, phản biện chưa chủ động, hiệu quả còn hạn chế.",
        "Việc giám sát giải quyết kiến nghị của cử tri còn chậm.",
    ])]
    assert merge_entries(entries) == merge_entries(list(entries))


def test_no_chaining_a_like_b_like_c_does_not_merge_a_with_c():
    a = "Sinh hoạt chi hội ở nhiều thôn còn đơn điệu, chưa thu hút hội viên trẻ."
    b = "Sinh hoạt chi hội còn đơn điệu; Ban công tác Mặt trận khu dân cư còn lúng túng."
    c = "Ban công tác Mặt trận ở khu dân cư còn lúng túng, phụ thuộc vào cấp trên."
    wa, wb, wc = map(content_words, (a, b, c))
    assert similarity(wa, wb) >= MERGE_THRESHOLD and similarity(wb, wc) >= MERGE_THRESHOLD
    assert similarity(wa, wc) < MERGE_THRESHOLD
    groups, _ = merge_entries([entry(0, a), entry(1, b), entry(2, c)])
    assert not any({0, 2} <= set(g.members) for g in groups)


def test_kept_wording_is_the_most_complete_when_supported():
    short = "Công tác giám sát còn hạn chế."
    full = "Công tác giám sát, phản biện xã hội còn hạn chế, chưa thường xuyên."
    entries = [entry(0, short), entry(1, full)]
    groups, decisions = merge_entries(entries, threshold=0.2)
    assert [g.members for g in groups] == [(0, 1)]
    assert entries[groups[0].kept].statement.text == full
    assert decisions[0]["kept_text"] == full and decisions[0]["merged_text"] == short


def test_statements_with_different_figures_stay_apart():
    entries = [
        entry(0, "Vận động xây dựng 215 nhà Đại đoàn kết cho hộ nghèo.", "achievement", "an-sinh"),
        entry(1, "Vận động xây dựng 1.327 nhà Đại đoàn kết cho hộ nghèo.", "achievement", "an-sinh"),
        entry(2, "Vận động xây dựng nhà Đại đoàn kết cho hộ nghèo.", "achievement", "an-sinh"),
        entry(3, "Vận động xây dựng 215 nhà Đại đoàn kết cho các hộ nghèo.", "achievement", "an-sinh"),
    ]
    groups, _ = merge_entries(entries)
    assert sorted(g.members for g in groups) == [(0, 3), (1,), (2,)]
