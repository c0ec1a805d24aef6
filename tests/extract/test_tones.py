"""The two placements of the tone mark ("hòa"/"hoà", "Ủy ban"/"Uỷ ban") read
alike, and statements still quote the page as written."""
from briefgen.extract.article import extract_document
from briefgen.extract.rules import load_rules
from briefgen.extract.tones import tone_view
from briefgen.model import Document

RULES = load_rules()

FIRST = ("Năm 2025, Ủy ban MTTQ xã Hòa Bình vận động xây dựng 12 căn nhà Đại đoàn kết.\n"
         "Tuy nhiên, công tác thủy lợi nội đồng ở một số thôn còn chậm, việc khỏe hóa đàn bò chưa đạt.\n"
         "Đồng chí Bí thư Đảng ủy đề nghị thời gian tới, Ủy ban MTTQ xã tiếp tục vận động Nhân dân tham gia "
         "xây dựng nông thôn mới, giữ gìn hòa thuận ở khu dân cư.")
SECOND = (FIRST.replace("Ủy", "Uỷ").replace("Hòa", "Hoà").replace("thủy", "thuỷ").replace("khỏe", "khoẻ")
          .replace("hóa", "hoá").replace("hòa", "hoà"))


def test_the_view_moves_the_tone_and_keeps_every_offset():
    assert SECOND != FIRST
    assert tone_view(SECOND) == FIRST
    assert tone_view("hiệu qủa, quý II, quỹ, hoàn thành, khuyến khích") == "hiệu quả, quý II, quỹ, hoàn thành, khuyến khích"


def test_a_page_written_with_the_other_placement_gives_the_same_items_quoted_as_written():
    first = extract_document(Document("a.txt", FIRST), RULES).statements
    second = extract_document(Document("b.txt", SECOND), RULES).statements
    assert [s.category for s in first] == [s.category for s in second] == ["achievement", "limitation", "task"]
    assert [(s.start, s.end) for s in first] == [(s.start, s.end) for s in second]
    assert "Uỷ ban" in second[0].quote and "Ủy ban" in first[0].quote


def test_a_misplaced_tone_after_qu_is_read_as_the_word_it_is():
    text = "Trong năm, Hội đã xây dựng nhiều mô hình kinh tế mới có hiệu qủa, giúp 50 hộ thoát nghèo."
    assert [s.category for s in extract_document(Document("a.txt", text), RULES).statements] == ["achievement"]
