"""A hardship named as the setting of what was done is part of the result
(issue 12): "mặc dù ..., nhưng Hội đã ...", "Trong bối cảnh ..., các cấp
công đoàn đã ...". Leadership must not read it as a shortcoming; a hardship
that is itself the point of the sentence stays one.

The texts are our own sentences, written the way real pages are written.
"""
import copy

from briefgen.extract.article import extract_document
from briefgen.extract.rules import load_rules
from briefgen.model import Document

RULES = copy.copy(load_rules())
RULES.second_look = None
RULES.corrector = None  # the rules alone decide

OPENING = "Năm 2024, Hội Nông dân huyện kết nạp 120 hội viên mới.\n"


def categories(text):
    return [s.category for s in extract_document(Document("bai.txt", OPENING + text), RULES).statements]


def test_an_ellipsis_does_not_end_the_concession():
    assert categories("Báo cáo nêu rõ, mặc dù còn gặp nhiều khó khăn do hạn hán kéo dài gây ra... nhưng các cấp "
                      "Hội đã vượt qua khó khăn, hoàn thành các chỉ tiêu đề ra.") == ["achievement", "achievement"]


def test_a_long_setting_before_the_main_clause_is_part_of_the_result():
    assert categories("Năm 2024, trong điều kiện chung của cả nước, do mưa lũ kéo dài gây nhiều thiệt hại, ảnh hưởng "
                      "đến đời sống của hội viên, các cấp Hội đã vận động hơn 2 tỷ đồng giúp hội viên khắc phục hậu "
                      "quả.") == ["achievement", "achievement"]
    assert categories("Trong thời điểm bão gây thiệt hại nghiêm trọng trên địa bàn, Huyện Đoàn phối hợp với các "
                      "ngành ra quân dọn dẹp 12 trường học.") == ["achievement", "achievement"]
    assert categories("Trong bối cảnh sau sắp xếp, địa bàn quản lý rộng, dân cư đông, dưới sự chỉ đạo của Đảng ủy, năm "
                      "2024 xã giữ được sự ổn định và đạt nhiều kết quả.") == ["achievement", "achievement"]


def test_a_hardship_met_then_what_was_done_despite_it_is_one_result():
    got = extract_document(Document("bai.txt", OPENING + (
        "Năm 2024, do ảnh hưởng của mưa bão, công tác tuyên truyền gặp nhiều khó khăn, nhưng Hội đã chủ động "
        "đổi mới hình thức, tổ chức 40 buổi tuyên truyền.")), RULES).statements
    assert [s.category for s in got] == ["achievement", "achievement"]
    assert got[1].text.startswith("Năm 2024, do ảnh hưởng")  # one statement, not a shortcoming and a result
    assert categories("Là xã vùng sâu, điều kiện kinh tế còn khó khăn nhưng Đoàn thanh niên xã đã tổ chức 15 "
                      "công trình thanh niên.") == ["achievement", "achievement"]
    assert categories("Năm 2024, mặc dù gặp nhiều khó khăn trong bối cảnh chung, tuy vậy với tinh thần đoàn kết, "
                      "Hội đã hoàn thành các nhiệm vụ đề ra.") == ["achievement", "achievement"]


def test_a_hardship_that_is_the_point_of_the_sentence_stays_a_shortcoming():
    # the main clause is itself the hardship ("đã có nhiều tác động ... các nhiệm vụ đã đặt ra")
    assert categories("Năm 2024, mặc dù có nhiều biến động do thiên tai trên địa bàn rộng, việc sắp xếp lại bộ máy "
                      "đã có nhiều tác động, ảnh hưởng đến việc triển khai các nhiệm vụ đã đặt ra.") == [
        "achievement", "limitation"]
    # a shortfall of the unit's own stays, even with what was done after it
    assert categories("Năm 2024, do cán bộ còn thiếu, việc triển khai một số nhiệm vụ còn gặp khó khăn, nhưng "
                      "Hội đã bám sát kế hoạch.") == ["achievement", "limitation", "achievement"]
    # a hardship and nothing done after it
    assert categories("Trong bối cảnh dịch bệnh kéo dài, nhiều hoạt động của Hội gặp khó khăn.") == [
        "achievement", "limitation"]


def test_where_the_growth_started_is_part_of_the_result():
    assert categories("Từ chỗ chỉ có Hội cấp tỉnh, đến nay đã xây dựng tổ chức Hội tại 3 huyện, 13 xã, thị trấn.") == [
        "achievement", "achievement"]


def test_a_concession_with_no_main_clause_after_it_is_the_shortcoming():
    # what follows "Tuy ..., " only details it ("trong đó có ..."): nothing done is said
    assert categories("Tuy vẫn còn một số vướng mắc trong việc thực hiện điều lệ công đoàn, trong đó có việc quản "
                      "lý, sử dụng tài chính công đoàn.") == ["achievement", "limitation"]


def test_the_second_look_keeps_a_cued_shortcoming_it_is_not_all_but_sure_of():
    rules = load_rules()  # with the second look
    text = ("Năm 2024, Công đoàn viên chức tỉnh đã kiểm tra 12 công đoàn cơ sở.\n"
            "Tuy vẫn còn một số vướng mắc trong việc thực hiện điều lệ công đoàn, trong đó có việc quản lý, sử "
            "dụng tài chính công đoàn.\n")
    got = [(s.category, s.text) for s in extract_document(Document("bai.txt", text), rules).statements]
    assert ("limitation", "Tuy vẫn còn một số vướng mắc trong việc thực hiện điều lệ công đoàn, trong đó có việc "
                          "quản lý, sử dụng tài chính công đoàn.") in got, got
