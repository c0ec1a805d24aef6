"""Locality and unit level checked against the gazetteer (63- and 34-province systems)."""
from __future__ import annotations

import pytest

from briefgen.extract.metadata import _locality


def place(text: str):
    level, name = _locality(text)
    return (level.value if level else None, name.value if name else None)


@pytest.mark.parametrize("text, expected", [
    # after 01/7/2025: a commune directly under the province
    ("Sáng 12/9, Đảng ủy xã Thanh Lang, tỉnh Phú Thọ tổ chức hội nghị giao ban với MTTQ xã.",
     ("xã", "Thanh Lang")),
    ("Đặc khu Côn Đảo: Ban Thường trực Ủy ban MTTQ đặc khu Côn Đảo sơ kết quý III.",
     ("đặc khu", "Côn Đảo")),
    # before: a district of an old province
    ("Huyện ủy Định Hóa làm việc với MTTQ và các đoàn thể huyện Định Hóa, tỉnh Thái Nguyên.",
     ("huyện", "Định Hóa")),
    # "xã hội" is no commune, and does not hide the province after it
    ("Mặt trận và các tổ chức chính trị - xã hội tỉnh Bắc Kạn đã chủ động vào cuộc.",
     ("tỉnh", "Bắc Kạn")),
    # a committee followed by a place, not a person
    ("Đồng chí Lò Văn Thắng, Bí thư Tỉnh ủy Điện Biên dự và chỉ đạo hội nghị.",
     ("tỉnh", "Điện Biên")),
    ("Phó Bí thư Tỉnh ủy Phương Thị Thanh chủ trì hội nghị.", ("tỉnh", None)),
    # an abbreviation spelt out; a heading's trailing words dropped
    ("Thường trực Thành ủy làm việc với MTTQ TP HCM về công tác quý II.",
     ("thành phố", "Hồ Chí Minh")),
    ("XÃ VĂN LÃNG TỔNG KẾT CÔNG TÁC MẶT TRẬN", ("xã", "Văn Lãng")),
])
def test_places_of_both_systems(text, expected):
    assert place(text) == expected


def test_a_known_place_wins_over_an_unknown_name():
    text = ("Hội nghị có sự tham dự của lãnh đạo huyện Ngọc Xuân Mới. "
            "Huyện Ngọc Xuân Mới báo cáo. Các đoàn thể huyện Tiên Yên đã chủ động.")
    assert place(text) == ("huyện", "Tiên Yên")
