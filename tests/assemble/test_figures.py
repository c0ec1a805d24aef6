"""Key figures: numeric results cut from achievements, non-figures skipped."""
from __future__ import annotations

import re

import pytest

from briefgen.assemble.figures import extract_figures, find_figures
from briefgen.model import Statement


def st(text, source="inputs/a.txt", category="achievement"):
    return Statement(category, text, text, source, 0, len(text))


def figures_of(*texts):
    return [f.text for f in extract_figures([st(t) for t in texts])]


def test_ratio_clause_keeps_the_whole_list_and_its_predicate():
    texts = figures_of("Đã chỉ đạo 217/217 xã, phường, thị trấn; 14/15 quận, huyện tổ chức thành công "
                       "đại hội Mặt trận Tổ quốc Việt Nam.")
    assert texts == ["Đã chỉ đạo 217/217 xã, phường, thị trấn; 14/15 quận, huyện tổ chức thành công "
                     "đại hội Mặt trận Tổ quốc Việt Nam."]


@pytest.mark.parametrize("text, number", [
    ("Tỷ lệ tập hợp hội viên đạt 98,5%.", "98,5%"),
    ("Vận động Quỹ Vì người nghèo được 12,5 tỷ đồng.", "12,5"),
    ("Chi 1.200 triệu đồng hỗ trợ hộ nghèo đón Tết.", "1.200"),
    ("Hỗ trợ xây dựng 215 nhà Đại đoàn kết cho hộ nghèo.", "215"),
    ("Tổ chức tập huấn cho 3.500 lượt hội viên.", "3.500"),
    ("Hội Cựu chiến binh duy trì 100% cơ sở hội không có hội viên vi phạm pháp luật.", "100%"),
])
def test_figures_found(text, number):
    assert [text[s:e] for s, e in find_figures(text)] == [number]
    assert figures_of(text) == [text]


@pytest.mark.parametrize("text", [
    "Tham mưu ban hành Nghị quyết 09-NQ/ThU, ngày 01/3/2022 về nâng cao chất lượng hoạt động.",
    "Tích cực triển khai cụ thể hóa Đề án 23-ĐA/TU, ngày 11/9/2023 của Ban Thường vụ Tỉnh ủy.",
    "Tổ chức thành công đại hội đại biểu Mặt trận Tổ quốc thành phố lần thứ 15, nhiệm kỳ 2024 - 2029.",
    "Tuyên truyền các nghị quyết của Kỳ họp thứ 17 HĐND tỉnh đã ban hành.",
    "Tuyên truyền kỷ niệm 70 năm chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024).",
    "Trong 7 tháng đầu năm 2021, tích cực vận động phòng, chống dịch Covid-19.",
    "Chiều 15/4, Thường trực Tỉnh ủy tổ chức hội nghị giao ban quý I/2024.",
    "Hoàn thành các nhiệm vụ trong 6 tháng đầu năm.",
])
def test_non_figures_are_skipped(text):
    assert find_figures(text) == []
    assert figures_of(text) == []


def test_only_achievements_give_figures():
    stmts = [st("Phấn đấu 100% khu dân cư tổ chức Ngày hội Đại đoàn kết.", category="task"),
             st("Còn 3 xã chưa tổ chức đại hội.", category="limitation")]
    assert extract_figures(stmts) == []


def test_long_sentence_is_cut_to_the_phrase_without_new_words():
    text = ("Trong quý, Mặt trận các cấp đã phối hợp tuyên truyền sâu rộng các chủ trương của Đảng, "
            "chính sách, pháp luật của Nhà nước đến đoàn viên, hội viên và Nhân dân ở khu dân cư, "
            "vận động được 3.500 lượt hội viên tham gia hiến đất làm đường giao thông nông thôn, "
            "góp phần hoàn thành các chỉ tiêu phát triển kinh tế - xã hội của địa phương.")
    (fig,) = figures_of(text)
    assert "3.500 lượt hội viên" in fig
    assert len(fig.split()) < len(text.split()) // 2
    body = fig.rstrip(".")
    assert body[0].lower() + body[1:] in text  # a verbatim cut, only the first letter capitalised


def test_same_clause_from_two_articles_is_one_figure_with_both_sources():
    text = "Vận động Quỹ Vì người nghèo được 12,5 tỷ đồng."
    figs = extract_figures([st(text, "inputs/a.txt"), st(text.replace("được", "được "), "inputs/b.txt"),
                            st(text, "inputs/a.txt")])
    assert len(figs) == 1
    assert figs[0].sources == ("inputs/a.txt", "inputs/b.txt")


def test_two_numbers_in_one_clause_give_one_figure():
    figs = figures_of("Vận động được 12,5 tỷ đồng, hỗ trợ xây dựng 215 nhà Đại đoàn kết.")
    assert len(figs) == 1 and re.search(r"12,5 tỷ đồng.*215 nhà", figs[0])


def test_decimal_commas_and_phong_chong_do_not_cut_the_clause():
    text = ("Trong đợt cao điểm, Mặt trận các cấp tiếp nhận tiền và hàng hóa ủng hộ phòng, chống dịch "
            "trị giá hơn 146,5 tỷ đồng, phân bổ kịp thời cho lực lượng tuyến đầu và người dân ở các khu "
            "vực phong tỏa, đồng thời tổ chức nhiều hoạt động thăm hỏi, động viên các lực lượng tham gia "
            "chống dịch trên địa bàn tỉnh.")
    (fig,) = figures_of(text)
    assert "146,5 tỷ đồng" in fig
    assert "ủng hộ phòng, chống dịch" in fig
    assert fig.startswith("Mặt trận các cấp tiếp nhận")  # the phrase with its subject, not a list tail
    assert len(fig.split()) < len(text.split())


def test_a_second_figure_in_a_long_part_keeps_its_own_phrase():
    text = ("Đại hội đại biểu Mặt trận Tổ quốc các cấp nhiệm kỳ 2019 - 2024 được tổ chức thành công ở "
            "145/145 xã, phường, thị trấn, 15/15 huyện, thành phố và cấp tỉnh, bảo đảm đúng tiến độ, "
            "đúng quy định của Điều lệ, được cấp ủy, chính quyền và Nhân dân đánh giá cao về chất lượng "
            "nhân sự cũng như công tác tổ chức.")
    (fig,) = figures_of(text)
    assert fig.endswith("145/145 xã, phường, thị trấn, 15/15 huyện, thành phố và cấp tỉnh.")
