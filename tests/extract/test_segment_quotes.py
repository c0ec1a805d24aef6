"""A motto in quotation marks is one name: its ";" cut no clause."""
from briefgen.extract.segment import clauses


def test_semicolons_inside_a_quoted_motto_cut_no_clause():
    text = ("Với chủ đề “Tăng cường giáo dục lý tưởng; Xây dựng Đoàn vững mạnh; Đoàn kết, phát huy”, Đoàn xã đã tổ "
            "chức 12 hoạt động; kết nạp 45 đoàn viên mới.")
    parts = [text[a:b] for a, b in clauses(text, 0, len(text))]
    assert parts == ["Với chủ đề “Tăng cường giáo dục lý tưởng; Xây dựng Đoàn vững mạnh; Đoàn kết, phát huy”, Đoàn xã "
                     "đã tổ chức 12 hoạt động;", "kết nạp 45 đoàn viên mới."]


def test_a_quotation_cut_off_by_the_end_of_the_excerpt_stays_one_clause():
    text = "Đoàn xã tổ chức 12 hoạt động. Với chủ đề “Tăng cường giáo dục lý tưởng; Xây dựng Đoàn vững mạnh; Đoàn kết"
    start = text.index("Với")
    assert len(clauses(text, start, len(text))) == 1
