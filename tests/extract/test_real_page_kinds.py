"""What real pages carry and our own sentences rarely did (issue 12): meeting
procedure and framing, captions on their own line, the agenda, lists whose
introduction decides their part, figures inside lists of tasks.

The texts are our own sentences, written in the way real pages of the genre
are written; each test states what a reader of the briefing would notice.
"""
import copy

from briefgen.extract.article import extract_document
from briefgen.extract.relevance import off_topic_reason
from briefgen.extract.rules import load_rules
from briefgen.model import Document

from tests.extract.models import rules_with

RULES = load_rules()
RULES_EARLIER = copy.copy(RULES)
RULES_EARLIER.second_look = None  # the second look reads after everything else: these test what comes before it
RULES_NO_CORRECTOR = copy.copy(RULES_EARLIER)
RULES_NO_CORRECTOR.corrector = None  # the rules alone decide
RULES_NO_SCREEN = copy.copy(RULES_EARLIER)
RULES_NO_SCREEN.screen = None  # what the rules drop themselves; the trained screen is only a second net
RULES_ONLY = copy.copy(RULES_NO_SCREEN)
RULES_ONLY.corrector = None


def labels(text):
    return [(s.category, s.text) for s in extract_document(Document("bai.txt", text), RULES).statements]


def categories_and_text(text):
    """The rules alone, without the category corrector."""
    return [(s.category, s.text) for s in extract_document(Document("bai.txt", text), RULES_NO_CORRECTOR).statements]


def statements_without_screen(text):
    return extract_document(Document("bai.txt", text), RULES_NO_SCREEN).statements


def rule_categories(text):
    """The hand-written rules alone: neither trained model."""
    return [s.category for s in extract_document(Document("bai.txt", text), RULES_ONLY).statements]


def categories_without(monkeypatch, model_env, text):
    """The categories the rules give with one trained model turned off."""
    rules = rules_with(monkeypatch, model_env, "off")
    return [s.category for s in extract_document(Document("bai.txt", text), rules).statements]


def test_meeting_procedure_awards_and_attendance_are_not_results():
    text = ("Sáng 12/1, Ủy ban MTTQ Việt Nam xã Tân Lập tổ chức hội nghị tổng kết công tác Mặt trận năm 2025.\n"
            "Tại hội nghị, các đại biểu đã nghe báo cáo tóm tắt kết quả công tác Mặt trận năm 2025.\n"
            "Năm 2025, Mặt trận xã vận động Quỹ Vì người nghèo được 120 triệu đồng.\n"
            "Dịp này, Ủy ban MTTQ huyện trao Giấy khen cho 5 tập thể có thành tích xuất sắc.\n"
            "Đại hội đã bầu 15 đồng chí vào Ban Chấp hành nhiệm kỳ mới.")
    assert labels(text) == [("achievement", "Năm 2025, Mặt trận xã vận động Quỹ Vì người nghèo được 120 triệu đồng.")]


def test_a_caption_on_its_own_line_is_not_glued_to_the_next_sentence():
    text = ("Hội Nông dân xã sơ kết 6 tháng đầu năm 2024\n"
            "Hội Nông dân xã vừa tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm 2024.\n"
            "Đồng chí Lò Văn Minh, Bí thư Đảng ủy xã phát biểu tại hội nghị\n"
            "Trong 6 tháng đầu năm, Hội đã kết nạp 35 hội viên mới.\n"
            "Đồng chí Lò Văn Minh – Bí thư Đảng ủy xã, Chủ tịch HĐND xã.")
    assert labels(text) == [("achievement", "Trong 6 tháng đầu năm, Hội đã kết nạp 35 hội viên mới.")]


def test_the_agenda_of_the_meeting_does_not_open_the_tasks():
    text = ("Ngày 9/1/2026, Ủy ban MTTQ xã Hòa Bình tổ chức hội nghị tổng kết công tác Mặt trận năm 2025. "
            "Triển khai phương hướng nhiệm vụ năm 2026.\n"
            "Trong năm qua, Mặt trận xã đã phối hợp tuyên truyền được 40 buổi.\n"
            "Công tác an sinh xã hội được triển khai kịp thời, đúng đối tượng.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_the_noun_chi_dao_is_not_a_directive_and_song_without_a_shortcoming_is_a_result():
    text = ("Năm 2025, công tác lãnh đạo, chỉ đạo của Đảng ủy xã được tăng cường.\n"
            "Các phong trào thi đua ở khu dân cư được duy trì.\n"
            "Song dưới sự lãnh đạo của Đảng ủy, Mặt trận xã vận động được 120 triệu đồng Quỹ Vì người nghèo.")
    assert [c for c, _ in labels(text)] == ["achievement"] * 3


def test_a_plan_for_the_year_after_the_report_is_a_task():
    text = ("Hội LHPN tỉnh tổng kết công tác năm 2025\n"
            "Năm 2025, các cấp Hội đã hỗ trợ 120 hộ thoát nghèo.\n"
            "Theo đó, Hội tập trung thực hiện hiệu quả chủ đề công tác năm 2026 về chuyển đổi số.")
    assert [c for c, _ in labels(text)] == ["achievement", "task"]


def test_a_frame_then_its_shortcoming_and_bad_things_kept_down():
    text = ("Năm 2024, công tác giáo dục pháp luật được triển khai có hiệu quả, "
            "tỷ lệ đoàn viên vi phạm pháp luật hạn chế.\n"
            "Bên cạnh đó, hội nghị cũng đã chỉ ra những tồn tại, hạn chế đó là công tác nắm tình hình "
            "nhân dân có lúc thiếu kịp thời.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement", "limitation"], got
    assert got[1][1].startswith("Công tác nắm tình hình"), got


def test_figures_reached_inside_a_list_of_tasks_are_results():
    text = ("Hội Nông dân xã sơ kết 6 tháng đầu năm 2021\n"
            "Phương hướng nhiệm vụ 6 tháng cuối năm tập trung vào các nhiệm vụ sau:\n"
            "- Vận động hội viên chuyển đổi cơ cấu cây trồng, phát triển sản xuất hàng hóa.\n"
            "- Toàn xã có 1.200 hội viên, trong đó 6 tháng đầu năm kết nạp được 29 hội viên.")
    assert [c for c, _ in labels(text)] == ["task", "achievement"]


def test_an_introduction_that_says_something_is_itself_an_item():
    text = ("Trong quý I, công tác dân vận trên địa bàn huyện đã được triển khai có hiệu quả trong cả hệ thống "
            "chính trị với những nội dung chủ yếu như:\n"
            "- Tổ chức 12 hội nghị tuyên truyền cho 1.500 lượt người.\n"
            "- Phối hợp giải quyết 8 đơn thư của công dân.")
    assert [c for c, _ in labels(text)] == ["achievement"] * 3


def test_a_cut_off_last_fragment_is_left_out():
    text = ("Năm 2023, Hội Cựu chiến binh huyện đã giúp 40 hội viên thoát nghèo.\n"
            "Phối hợp tổ chức hội ngh")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_an_ellipsis_closed_by_a_full_stop_ends_the_sentence_before_the_plans():
    text = ("Quý III/2023, Mặt trận huyện phối hợp tổ chức 4 cuộc tiếp xúc cử tri với hơn 600 cử tri tham dự…."
            "trong thời gian tới, Ủy ban MTTQ huyện tăng cường tuyên truyền xây dựng nông thôn mới.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement", "task"], got


def test_a_figure_reached_for_next_year_is_a_result_of_this_year():
    text = ("Năm 2023, Đoàn phường tổ chức nhiều hoạt động tình nguyện.\n"
            "Đoàn phường vận động được 12 thanh niên viết đơn tình nguyện nhập ngũ năm 2024.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_what_the_committee_directed_in_the_reported_period_is_a_result():
    text = ("Huyện ủy sơ kết công tác dân vận 6 tháng đầu năm 2024.\n"
            "6 tháng đầu năm 2024, Huyện ủy chỉ đạo Mặt trận và các đoàn thể tổ chức tốt Ngày hội Đại đoàn kết "
            "ở 45 khu dân cư.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement"], got
    assert got[0][1].startswith("6 tháng đầu năm 2024, Huyện ủy chỉ đạo")


def test_a_month_after_the_reported_months_opens_the_plans_and_a_reported_month_the_results():
    half_year = ("Ban Dân vận Thành ủy giao ban công tác dân vận 6 tháng đầu năm 2019.\n"
                 "6 tháng đầu năm 2019, Mặt trận và các đoàn thể triển khai hiệu quả các nhiệm vụ đề ra.\n"
                 "Trong tháng 7-2019, Ban Dân vận phối hợp với Trường Chính trị tổ chức Hội thảo khoa học về công tác dân vận.")
    assert [c for c, _ in labels(half_year)] == ["achievement", "task"]
    monthly = ("Khối vận Đảng ủy phường giao ban đánh giá nhiệm vụ tháng 7 và triển khai nhiệm vụ tháng 8 năm 2020.\n"
               "Cụ thể trong tháng 7, Đảng ủy chỉ đạo các đoàn thể tăng cường tuyên truyền Đại hội Đảng bộ phường.\n"
               "Tháng 8, Khối vận tập trung vận động nhân dân giữ gìn vệ sinh môi trường.")
    assert [c for c, _ in labels(monthly)] == ["achievement", "task"]


def test_no_weak_unit_left_is_a_result_not_a_shortcoming():
    text = ("Hội Cựu chiến binh huyện tổng kết 5 năm phong trào thi đua.\n"
            "Trong 5 năm qua, 74/79 chi hội đạt trong sạch vững mạnh, không có tổ chức hội trung bình, yếu kém.")
    got = labels(text)
    assert "limitation" not in [c for c, _ in got], got
    assert got[-1] == ("achievement", "Trong 5 năm qua, 74/79 chi hội đạt trong sạch vững mạnh, "
                                      "không có tổ chức hội trung bình, yếu kém.")


def test_a_wish_addressed_to_the_organisations_and_a_should_are_tasks():
    text = ("Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy ghi nhận kết quả các cấp Hội đạt được thời gian qua.\n"
            "Đồng thời mong muốn các cấp Hội phụ nữ tiếp tục khẳng định vai trò trong vận động phụ nữ phát triển kinh tế.\n"
            "Ở nội dung này, đồng chí cho rằng nên nghiên cứu mở đường dây nóng tiếp nhận ý kiến của hội viên.")
    got = labels(text)
    assert [c for c, _ in got] == ["task", "task"], got


def test_song_song_is_not_a_contrast_and_help_to_members_in_difficulty_is_a_result():
    text = ("Năm 2025, các cấp Công đoàn tích cực tham gia thực hiện quy chế dân chủ ở cơ sở.\n"
            "Song song với công tác đại diện, chăm lo đoàn viên tiếp tục được đẩy mạnh.\n"
            "Trong năm 2025, Công đoàn các cấp đã thăm hỏi, hỗ trợ hơn 4.000 lượt đoàn viên gặp khó khăn.")
    assert "limitation" not in [c for c, _ in labels(text)]


def test_a_long_sentence_with_can_late_is_still_a_task():
    text = ("Tổng kết năm 2025, Công đoàn tỉnh tổ chức tốt các hoạt động chăm lo cho đoàn viên.\n"
            "Tuy nhiên, đồng chí Chủ tịch nhấn mạnh, năm 2026 là năm bản lề, mở đầu nhiệm kỳ mới.\n"
            "Với mục tiêu tổ chức thành công Đại hội Công đoàn tỉnh vào quý II/2026, bên cạnh việc thực hiện chủ đề "
            "công tác năm là “Tập trung phát triển đoàn viên”, các cấp công đoàn cần tập trung sắp xếp tổ chức bộ máy "
            "theo hướng tinh gọn, hiệu quả.")
    assert [c for c, _ in labels(text)][-1] == "task"


def test_an_opening_sentence_behind_the_papers_tag_is_not_a_result(monkeypatch):
    # the rules alone must know it (the trained screen may or may not catch it)
    monkeypatch.setenv("BRIEFGEN_SCREEN", "off")
    load_rules.cache_clear()
    try:
        rules_only = load_rules()
    finally:
        monkeypatch.undo()
        load_rules.cache_clear()
    text = (" date 2026-01-07 (GLO)- Sáng 7-1, Thường trực Đảng ủy phường Tân Phong tổ chức buổi làm việc, "
            "đối thoại trực tiếp với cấp ủy các chi bộ tổ dân phố 1, 2, 3.\n"
            "Nhìn chung, các chi bộ duy trì nền nếp sinh hoạt, nhiều chỉ tiêu được thực hiện đạt và vượt kế hoạch.")
    got = [(s.category, s.text) for s in extract_document(Document("bai.txt", text), rules_only).statements]
    assert [c for c, _ in got] == ["achievement"], got


def test_households_still_in_difficulty_are_whom_the_help_went_to():
    text = ("Năm 2025, MTTQ phường vận động xây dựng nhà ở cho hộ nghèo, hộ gia đình chính sách, "
            "hộ còn khó khăn về nhà ở trên địa bàn.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_a_list_introduction_that_only_reports_shortcomings_is_not_one():
    text = ("Năm 2025, các chi bộ duy trì nền nếp sinh hoạt, nhiều chỉ tiêu được thực hiện vượt kế hoạch.\n"
            "Bên cạnh kết quả đạt được, các chi bộ cũng phản ánh một số khó khăn, vướng mắc như: đội ngũ cán bộ "
            "phần lớn tuổi cao; cơ sở vật chất phục vụ sinh hoạt chi bộ còn thiếu.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement", "limitation", "limitation"], got
    assert not any("phản ánh" in t for _, t in got)


def test_a_planned_event_is_a_task_not_the_list_of_attendees():
    text = ("Sáng 20/12, Hội Cựu chiến binh huyện tổ chức hội nghị tổng kết công tác Hội năm 2024.\n"
            "Năm 2024, Hội Cựu chiến binh huyện đã thành lập thêm 12 câu lạc bộ cựu quân nhân.\n"
            "Các cấp Hội vận động hội viên đóng góp Quỹ Đồng đội được 190 triệu đồng.\n"
            "Dự kiến trong năm 2025, Hội sẽ tổ chức hội thảo bàn giải pháp nâng cao chất lượng hoạt động "
            "của các câu lạc bộ.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement", "task"]


def test_fewer_poor_members_is_a_result_not_a_falling_membership():
    text = ("Năm 2024, hội viên tích cực phát triển kinh tế, số hội viên nghèo giảm xuống còn 23 hộ; "
            "hộ khá giàu đạt gần 44%.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]
    falling = "Năm 2024, số hội viên tham gia sinh hoạt giảm so với năm trước."
    assert [c for c, _ in labels(falling)] == ["limitation"]


def test_a_meeting_that_discusses_the_tasks_ahead_opens_them():
    text = ("Năm 2024, Hội Phụ nữ phường đã vận động 120 hội viên tham gia tổ tiết kiệm.\n"
            "Ngoài đánh giá những kết quả đạt được và hạn chế, hội nghị tập trung thảo luận các nhiệm vụ, "
            "giải pháp từ nay đến hết nhiệm kỳ.\n"
            "Trong đó chú trọng xây dựng tổ chức Hội vững mạnh và chăm lo đời sống hội viên;\n"
            "đồng thời đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.")
    assert [c for c, _ in labels(text)] == ["achievement", "task", "task"]


def test_a_reporters_aside_does_not_hide_the_reported_period():
    text = ("Đồng chí Bí thư Tỉnh ủy đề nghị Mặt trận và các đoàn thể cần tập trung rà soát các nhiệm vụ "
            "trong năm 2023.\n"
            "Được biết, trong quý III/2023, Mặt trận và các đoàn thể tỉnh đã tổ chức 45 hội nghị "
            "tuyên truyền các ngày lễ lớn.")
    assert [c for c, _ in labels(text)] == ["task", "achievement"]


def test_a_steering_committee_is_not_a_directive_and_so_is_not_should():
    text = ("Được cấp ủy quan tâm lãnh đạo, chính quyền hỗ trợ kinh phí; nên 10 đơn vị tổ chức Đại hội thành công.\n"
            "Công tác chuẩn bị được thực hiện kỹ, phân công các đồng chí trong Ban Chỉ đạo Đại hội hướng dẫn "
            "các đơn vị xây dựng văn kiện.\n"
            "Công tác tuyên truyền trước, trong và sau Đại hội được chú trọng.")
    assert [c for c, _ in labels(text)] == ["achievement"] * 4


def test_gifts_at_the_meeting_and_speeches_that_follow_are_procedure():
    text = ("Năm 2024, Hội Nông dân xã đã vận động hội viên hiến 1.200 m2 đất làm đường giao thông nông thôn.\n"
            "Dịp này, Ban Dân vận Tỉnh ủy đã tặng 40 suất quà cho các hộ nghèo trên địa bàn xã.\n"
            "Tiếp theo, các chi hội lần lượt lên phát biểu những thành tích của chi hội mình trong năm.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_an_assessment_that_names_no_shortcoming_is_not_one():
    text = ("Sau đại hội điểm, Ban Thường trực Ủy ban MTTQ tỉnh đã đánh giá những ưu điểm, hạn chế để rút kinh "
            "nghiệm cho các đại hội tiếp theo.\n"
            "Theo đồng chí Trưởng ban, mặc dù còn có những hạn chế cần khắc phục, nhưng nhìn chung đại hội "
            "điểm đã thành công tốt đẹp, bầu đủ 45 ủy viên.\n"
            "Tuy nhiên, công tác chuẩn bị nhân sự ở một số xã còn chậm.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement", "limitation"], got
    assert not any("mặc dù" in t or "ưu điểm" in t for _, t in got), got


def test_praise_then_a_stressed_task_in_one_sentence():
    text = ("Kết luận hội nghị, đồng chí Chủ tịch Hội Nông dân tỉnh ghi nhận những kết quả các cấp Hội đã đạt "
            "được trong năm 2021, đồng thời nhấn mạnh trong năm 2022, các cấp Hội cần làm tốt công tác nắm "
            "bắt dư luận xã hội trong hội viên;\n"
            "tổ chức Hội thi Nhà nông đua tài từ cấp cơ sở đến cấp tỉnh.")
    got = labels(text)
    assert [c for c, _ in got] == ["task", "task"], got
    assert not any("ghi nhận" in t for _, t in got)


def test_an_order_given_at_the_meeting_is_a_task_even_with_da():
    text = ("Năm 2024, Liên đoàn Lao động tỉnh thành lập mới 14 công đoàn cơ sở.\n"
            "Tại Hội nghị, Chủ tịch Liên đoàn Lao động tỉnh đã yêu cầu các cấp công đoàn mở hội nghị chuyên đề "
            "về phát triển đoàn viên;\n"
            "đẩy mạnh tuyên truyền, phổ biến pháp luật lao động.")
    assert [c for c, _ in labels(text)] == ["achievement", "task", "task"]


def test_a_conceded_difficulty_before_what_was_done_is_a_result():
    text = ("Năm 2022, mặc dù gặp nhiều khó khăn, thách thức tác động đến sản xuất của hội viên nhưng các cấp "
            "Hội đã tích cực tuyên truyền, vận động hội viên thực hiện tốt chủ trương của Đảng.\n"
            "Mặc dù đã có nhiều cố gắng nhưng số hội viên tham gia sinh hoạt còn thấp.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation"]


def test_flags_and_certificates_and_announced_decisions_are_procedure():
    text = ("Năm 2024, Mặt trận tỉnh vận động Quỹ Vì người nghèo được 12 tỷ đồng.\n"
            "Ủy ban MTTQ Việt Nam tỉnh tặng cờ và Bằng khen cho các tập thể và cá nhân.\n"
            "Tại Đại hội đã công bố quyết định của Ban Thường vụ Tỉnh đoàn về việc chỉ định Ban Chấp hành.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_a_box_of_latest_news_above_the_article_does_not_swallow_it():
    text = ("Tin mới nhất\n"
            "Ủy ban MTTQ phường sơ kết công tác Mặt trận 6 tháng đầu năm 2022\n"
            "Sáng ngày 05/7/2022, Ban Thường trực Ủy ban MTTQ Việt Nam phường Phúc Lợi tổ chức hội nghị sơ kết "
            "công tác Mặt trận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022 với sự tham dự của "
            "các đồng chí trưởng ban công tác Mặt trận 15 tổ dân phố.\n"
            "Sáu tháng đầu năm, Ủy ban MTTQ phường đã vận động nhân dân ủng hộ Quỹ Vì người nghèo được "
            "85 triệu đồng; các tổ dân phố duy trì vệ sinh môi trường vào sáng thứ bảy hằng tuần")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement", "achievement"], got


def test_until_the_end_of_the_year_and_the_coming_months_are_the_plans():
    text = ("Sáu tháng đầu năm 2024, các cơ quan, đơn vị đã xây dựng được 20 mô hình dân vận khéo.\n"
            "Từ nay đến cuối năm, các cơ quan, đơn vị tiếp tục đẩy mạnh thi đua dân vận khéo.\n"
            "Năm 2024, Đoàn Thanh niên huyện tổ chức 12 đợt tình nguyện; đồng thời tiếp tục phát huy sức trẻ, "
            "hoàn thành nhiệm vụ trong 6 tháng cuối năm.")
    assert [c for c, _ in labels(text)] == ["achievement", "task", "achievement", "task"]


def test_a_list_of_shortcomings_and_a_list_of_targets_after_their_announcements():
    text = ("Năm 2023, các hộ sản xuất kinh doanh giỏi đã giúp đỡ được 4.573 hộ nghèo về vốn và kỹ thuật.\n"
            "Bên cạnh những kết quả đạt được, phong trào nông dân sản xuất kinh doanh giỏi của tỉnh vẫn còn "
            "một số khó khăn như: sản xuất còn manh mún, chưa theo quy hoạch; liên kết trong sản xuất thiếu chặt chẽ.\n"
            "Vì vậy, Hội Nông dân tỉnh cũng đã đưa ra một số chỉ tiêu cần đạt được trong giai đoạn 2024-2029, "
            "gồm: hằng năm có 60% số hộ nông dân đăng ký thi đua sản xuất kinh doanh giỏi.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement", "limitation", "limitation", "task"], got


def test_a_congress_reviews_the_past_term_and_the_new_term_is_the_plan():
    text = ("Đoàn TNCS Hồ Chí Minh phường Tân An tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 – 2030.\n"
            "Với phương châm \"Đoàn kết - Đổi mới - Phát triển\", Đại hội đã tổng kết, đánh giá công tác Đoàn "
            "giai đoạn 2022-2025; đề ra phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2025-2030; góp ý văn kiện "
            "Đại hội Đoàn cấp trên.\n"
            "Nhiệm kỳ 2022 – 2027, Đoàn phường đã tổ chức 45 đợt tình nguyện vì cuộc sống cộng đồng.\n"
            "Phát biểu chỉ đạo, đồng chí Phó Bí thư Đảng ủy phường đánh giá cao những kết quả nổi bật của Đoàn "
            "phường trong công tác giáo dục chính trị, tư tưởng cho đoàn viên.\n"
            "Nhiệm kỳ mới, Đoàn phường tiếp tục đổi mới nội dung, phương thức hoạt động.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement", "achievement", "task"], got


def test_targets_adopted_for_next_year_are_tasks_even_with_information_technology():
    text = ("Hội nghị giao chỉ tiêu kế hoạch công tác Hội và phát động thi đua năm 2026.\n"
            "Tại hội nghị, Hội Nông dân xã đã thông qua chương trình công tác Hội năm 2026 với 07 nhiệm vụ trọng "
            "tâm và 12 chỉ tiêu cụ thể phấn đấu thực hiện trong năm 2026.\n"
            "Trong đó: 100% cán bộ Hội được học tập các chủ trương, chính sách của Đảng.\n"
            "Trên 80% chi hội ứng dụng công nghệ thông tin, mạng xã hội trong sinh hoạt.")
    got = labels(text)
    assert [c for c, _ in got] == ["task", "task"], got


def test_documents_adopted_and_photo_credits_are_not_results():
    text = ("Trong quý III, Mặt trận phường đã trao tặng 150 suất quà cho học sinh có hoàn cảnh khó khăn.\n"
            "Hội nghị cũng đã thông qua nhiều văn bản quan trọng như: Quy chế hoạt động của Ủy ban; "
            "Chương trình làm việc toàn khóa; Kế hoạch tổ chức kỷ niệm Ngày truyền thống Mặt trận.\n"
            "Bà Phạm Thị Phúc tiếp tục giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh (Ảnh: Hoàng Dương).")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_talk_about_the_speech_and_the_year_is_not_the_years_plan():
    text = ("Năm 2025, Tỉnh Đoàn đã tổ chức 120 công trình thanh niên.\n"
            "Phát biểu khai mạc hội nghị, đồng chí Bí thư Tỉnh Đoàn đã có những chỉ đạo sâu sắc về kết quả "
            "công tác năm 2025 và định hướng cho năm 2026.\n"
            "Nhìn lại năm 2025, đồng chí đánh giá đây là một năm đầy thách thức nhưng rất đáng tự hào.\n"
            "Kết quả hoàn thành 12/12 chỉ tiêu công tác năm là minh chứng cho nỗ lực của toàn hệ thống.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_praise_that_names_the_areas_keeps_them():
    text = ("Năm 2021, Ủy ban MTTQ quận đã giám sát 12 chuyên đề.\n"
            "Đồng chí Bí thư Quận ủy đánh giá cao kết quả hoạt động của chính quyền về phát triển kinh tế - xã "
            "hội, phòng chống dịch bệnh trong năm qua.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement", "achievement"], got
    assert got[1][1].startswith("Kết quả hoạt động"), got


def test_the_issues_a_discussion_turned_on_are_not_results():
    text = ("Năm 2022, 8/8 phường, xã hưởng ứng phong trào thi đua \"Dân vận khéo\".\n"
            "Tại hội nghị, các đại biểu đã thảo luận, chia sẻ kinh nghiệm, cách làm hay trong công tác dân vận.\n"
            "Trong đó, tập trung vào một số vấn đề như: tuyên truyền giải phóng mặt bằng các dự án; "
            "công tác dân tộc, tôn giáo; thực hiện quy chế dân chủ ở cơ sở.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_delegates_proposing_remedies_and_next_quarters_tasks_open_the_tasks():
    text = ("Hội Cựu chiến binh huyện giao ban quý I năm 2023\n"
            "Quý I năm 2023, Hội Cựu chiến binh huyện kết nạp 45 hội viên mới.\n"
            "Tại Hội nghị, các đại biểu đã tham mưu đề ra những giải pháp khắc phục những khó khăn, hạn chế "
            "còn tồn tại và nhiệm vụ trọng tâm công tác Hội trong quý II năm 2023.\n"
            "Trong đó, tiếp tục thực hiện Nghị quyết Đại hội Hội Cựu chiến binh các cấp nhiệm kỳ 2022-2027.")
    assert [c for c, _ in labels(text)] == ["achievement", "task"]


def test_a_difficult_setting_is_a_shortcoming_unless_what_was_done_follows():
    text = ("Năm 2021, dịch bệnh ở gia súc, gia cầm diễn ra phức tạp, thời tiết diễn biến thất thường.\n"
            "Trong bối cảnh dịch Covid-19 diễn biến phức tạp, các cấp Hội đã vận động hội viên ủng hộ "
            "Quỹ phòng, chống dịch được 2,1 tỷ đồng.")
    assert [c for c, _ in labels(text)] == ["limitation", "achievement"]


def test_households_registered_to_strive_and_work_not_finished_are_what_they_say():
    text = ("Giai đoạn 2023-2025, bình quân mỗi năm có hơn 216.700 hộ hội viên đăng ký phấn đấu đạt danh hiệu "
            "sản xuất, kinh doanh giỏi;\n"
            "đến nay toàn tỉnh có 75.088 hộ đạt danh hiệu này.\n"
            "Tổng nguồn vốn Quỹ Hỗ trợ nông dân đạt hơn 160,2 tỉ đồng.\n"
            "Việc xây dựng Ngôi nhà trí tuệ không hoàn thành trong năm 2025 mà phải chuyển sang năm 2026.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement", "achievement", "limitation"]


def test_unprecedented_tasks_are_not_a_shortcoming():
    text = ("Năm 2025, trong bối cảnh khối lượng công việc lớn, nhiều nhiệm vụ mới, chưa có tiền lệ, toàn ngành "
            "đã vừa sắp xếp tổ chức bộ máy, vừa hoàn thành 12/12 chỉ tiêu.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_a_comment_form_and_the_congress_timetable_are_not_statements():
    text = ("Nhiệm kỳ 2017 – 2022, Huyện Đoàn đã tổ chức 35 công trình thanh niên.\n"
            "Đại hội sẽ kết thúc vào chiều 27/4.\n"
            "Email của bạn sẽ không được hiển thị công khai.\n"
            "Các trường bắt buộc được đánh dấu *")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_leadership_as_a_noun_in_a_result_is_not_a_directive():
    text = ("Qua 5 năm thực hiện, công tác lãnh đạo, chỉ đạo của cấp ủy được tăng cường và có sự đổi mới, "
            "chỉ đạo công tác dân vận đi vào từng vấn đề cụ thể.\n"
            "Công tác tuyên truyền có trọng tâm, trọng điểm.\n"
            "Năm 2020, 3 đơn vị trong cụm đều hoàn thành vượt mức các chỉ tiêu; trong cụm có nhiều việc làm mới, "
            "mô hình mới đạt hiệu quả cao.")
    # (before the second look, which leaves out the short "Công tác tuyên truyền có trọng tâm, trọng điểm."
    # although annotators keep such assessments, 25 of 27 in the real set: one of the drops its
    # cross-validation counts against it)
    earlier = extract_document(Document("bai.txt", text), RULES_EARLIER).statements
    assert [s.category for s in earlier] == ["achievement"] * 3


def test_sums_given_are_results_and_peoples_hardship_is_a_shortcoming():
    text = ("Ban Thường trực chỉ đạo không nhận hoa tặng chúc mừng đại hội;\n"
            "hỗ trợ đồng bào bị ảnh hưởng bão lũ với tổng số tiền gần 68 tỉ đồng.\n"
            "9 tháng năm 2021, do ảnh hưởng dịch Covid-19 nên đời sống của nhân dân gặp nhiều khó khăn.\n"
            "Hội đã thăm, tặng 120 suất quà cho hội viên nghèo gặp khó khăn.")
    got = labels(text)
    def category_of(words):
        return [c for c, t in got if words in t]
    # (the first line, the congress's own procedure, is for the screen to keep or drop)
    assert category_of("68 tỉ đồng") == ["achievement"], got
    assert category_of("đời sống của nhân dân") == ["limitation"], got
    assert category_of("120 suất quà") == ["achievement"], got


def test_difficulties_named_in_a_discussion_are_shortcomings_vague_ones_are_not():
    text = ("Năm 2025, Ủy ban MTTQ các xã đã vận động được 300 triệu đồng Quỹ Vì người nghèo.\n"
            "Các đại biểu đã trao đổi, góp ý cho dự thảo báo cáo, đồng thời chia sẻ một số khó khăn về kinh phí, "
            "cơ sở vật chất và đề xuất các giải pháp tháo gỡ.\n"
            "Tại hội nghị, đại biểu các xã cũng nêu những khó khăn, vướng mắc trong triển khai nhiệm vụ công tác Mặt trận.")
    assert labels(text) == [
        ("achievement", "Năm 2025, Ủy ban MTTQ các xã đã vận động được 300 triệu đồng Quỹ Vì người nghèo."),
        ("limitation", "Một số khó khăn về kinh phí, cơ sở vật chất."),
    ]


def test_a_survey_of_the_fronts_work_is_an_article_of_the_genre():
    from briefgen.extract.relevance import off_topic_reason

    text = ("Đoàn khảo sát của Ủy ban MTTQ tỉnh đến huyện Sơn Hòa. "
            "Ông Lê Văn Nam, Chủ tịch Ủy ban MTTQ huyện cho biết 12 ban tư vấn đã hoạt động đều; "
            "tuy nhiên, một số ban tư vấn còn hạn chế, phong trào ở thôn chưa đều.")
    assert off_topic_reason(text, RULES) == ""
    # the survey is the sign that makes three: without it, too few
    short = ("Đoàn khảo sát của Ủy ban MTTQ tỉnh đến huyện Sơn Hòa. "
             "Ông Lê Văn Nam, Chủ tịch Ủy ban MTTQ huyện cho biết phong trào ở thôn chưa đều.")
    assert off_topic_reason(short, RULES) == ""
    assert off_topic_reason(short.replace("Đoàn khảo sát của", "Lãnh đạo"), RULES)


def test_a_context_year_with_its_results_listed_keeps_the_results():
    text = ("Hội nghị tổng kết công tác Đoàn năm 2024\n"
            "Năm 2024 là năm diễn ra nhiều sự kiện quan trọng, Ban Thường vụ Huyện đoàn đã đạt được nhiều kết quả "
            "nổi bật như: Tổ chức 15 hoạt động tình nguyện hè, kết nạp 120 đoàn viên mới.\n"
            "Năm 2025 ghi dấu nhiều đổi thay của địa phương, đồng thời là năm đầu tiên hợp nhất các ban của Đảng.")
    assert [c for c, _ in labels(text)] == ["achievement"]
    assert labels(text)[0][1].startswith("Tổ chức 15 hoạt động tình nguyện hè")


def test_delegates_at_a_round_table_and_a_decision_announced_at_the_congress_are_procedure():
    text = ("Năm 2025, Hội đã kết nạp 80 hội viên mới.\n"
            "Tại buổi tọa đàm, các đại biểu tích cực đóng góp, trao đổi nhiều vấn đề từ thực tiễn công tác Hội.\n"
            "Tại Đại hội, Tỉnh đoàn đã công bố quyết định chỉ định Ban Chấp hành Huyện đoàn gồm 25 đồng chí.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_a_directive_to_the_members_starts_at_what_they_must_do():
    text = ("Năm 2025, các cấp Hội đã hỗ trợ 40 hộ thoát nghèo.\n"
            "Do đó, đề nghị thời gian tới các cấp Hội, cán bộ, hội viên, phụ nữ nêu cao tinh thần trách nhiệm, "
            "không ngừng đổi mới phương thức hoạt động.")
    assert labels(text)[1] == ("task", "Nêu cao tinh thần trách nhiệm, không ngừng đổi mới phương thức hoạt động.")


def test_shortcomings_only_announced_are_not_items():
    text = ("Năm 2024, Ủy ban MTTQ tỉnh chủ trì 35 cuộc giám sát.\n"
            "Bà Lê Thu Hà cho biết bên cạnh những kết quả đạt được, công tác dân vận còn những tồn tại, hạn chế.\n"
            "Bên cạnh kết quả đạt được, báo cáo cũng chỉ ra những khó khăn, hạn chế trong công tác giám sát.\n"
            "Việc theo dõi, đôn đốc giải quyết kiến nghị sau giám sát chưa quyết liệt.")
    assert labels(text) == [
        ("achievement", "Năm 2024, Ủy ban MTTQ tỉnh chủ trì 35 cuộc giám sát."),
        ("limitation", "Việc theo dõi, đôn đốc giải quyết kiến nghị sau giám sát chưa quyết liệt."),
    ]


def test_a_report_that_stresses_results_directs_nobody():
    text = ("Liên đoàn Lao động tỉnh sơ kết công tác 6 tháng đầu năm 2024\n"
            "Báo cáo tại hội nghị nhấn mạnh, mặc dù còn nhiều khó khăn nhưng các cấp công đoàn vẫn bảo đảm tốt các chỉ tiêu đề ra.\n"
            "Các cấp công đoàn kết nạp mới 842 đoàn viên, thành lập 3 công đoàn cơ sở.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_introducing_the_meeting_does_not_open_next_years_tasks():
    text = ("Đây là hội nghị tổng kết phong trào thi đua Dân vận khéo năm 2017, phát động phong trào năm 2018.\n"
            "Công tác vận động quần chúng năm 2017 được cấp ủy quan tâm chỉ đạo.\n"
            "Bên cạnh đó, Ban Dân vận Huyện ủy còn triển khai, quán triệt Nghị quyết 25 của Trung ương đến 100% chi bộ.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_what_delegates_shared_and_what_citizens_raised_are_not_results():
    text = ("Quý III/2022, Huyện đoàn tổ chức 12 hoạt động tình nguyện.\n"
            "Tại hội nghị các đồng chí cán bộ Đoàn đã tích cực thảo luận; đồng thời nêu ra những mô hình hay, cách làm "
            "hiệu quả tại địa phương.\n"
            "Nội dung các ý kiến phản ánh, kiến nghị chủ yếu tập trung vào các vấn đề liên quan đến đất đai, môi trường.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_a_body_that_sets_itself_next_years_work_plans_it():
    text = ("Tại buổi làm việc, Ban Tuyên giáo và Dân vận Tỉnh ủy đã báo cáo kết quả thời gian qua.\n"
            "Theo đó, Ban xác định tiếp tục tham mưu tổ chức học tập, quán triệt và tuyên truyền Nghị quyết Đại hội XIV.")
    assert labels(text) == [("task", "Tiếp tục tham mưu tổ chức học tập, quán triệt và tuyên truyền Nghị quyết Đại hội XIV.")]


def test_a_report_announced_then_given_keeps_what_it_says():
    text = ("Ủy ban MTTQ quận sơ kết 9 tháng năm 2024\n"
            "Tại hội nghị, Chủ tịch Ủy ban MTTQ quận báo cáo sơ kết 9 tháng cụ thể: công tác tuyên truyền, vận động "
            "nhân dân tiếp tục được quan tâm, thiết thực, hiệu quả.")
    assert labels(text) == [("achievement", "Công tác tuyên truyền, vận động nhân dân tiếp tục được quan tâm, "
                                            "thiết thực, hiệu quả.")]


def test_an_ellipsis_glued_to_the_next_sentence_ends_it_and_sharing_experience_is_procedure():
    text = ("Cụm thi đua số 2 giao ban 6 tháng đầu năm 2022\n"
            "Công tác tuyên truyền phòng, chống dịch được triển khai tích cực...Tại Hội nghị, các đơn vị trong cụm "
            "đã chia sẻ những kinh nghiệm thực hiện mô hình Dân vận khéo.\n"
            "Đề ra các giải pháp để nâng cao hiệu quả công tác dân vận trong thời gian tới.")
    assert labels(text) == [("achievement", "Công tác tuyên truyền phòng, chống dịch được triển khai tích cực.")]


def test_the_requirements_of_the_tasks_are_not_an_order():
    text = ("Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2021\n"
            "Năm 2020, công tác dân vận tiếp tục bám sát chỉ đạo của Tỉnh ủy và yêu cầu nhiệm vụ chính trị của địa phương.\n"
            "Phát huy vai trò của Mặt trận trong giám sát thực hiện Quy chế dân chủ.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_a_plan_cited_by_number_and_the_number_of_speakers_are_not_tasks():
    text = ("Khối Dân vận phường khảo sát mô hình Dân vận khéo 6 tháng đầu năm 2021\n"
            "Theo Kế hoạch số 42-KH/ĐU của Đảng ủy phường, Khối Dân vận đã khảo sát 12 mô hình ở 8 tổ dân phố.\n"
            "Cuộc họp đã có 7 ý kiến phân tích kết quả từng mô hình.")
    # the rules (the trained screen is a second net and may drop the short result)
    assert [s.category for s in statements_without_screen(text)] == ["achievement"]
    assert "task" not in [c for c, _ in labels(text)]


def test_a_city_abbreviation_before_a_new_sentence_and_an_agency_credit():
    text = ("Ban Dân vận Thành ủy chỉ ra những tồn tại trong việc tiếp dân ở TP. Trong đó, nhiều nơi chính quyền "
            "còn xem nhẹ công tác tiếp dân.\n"
            "Phó Thủ tướng phát biểu tại Hội nghị. Ảnh: Phương Hoa – TTXVN |\n"
            "Trưởng ban Chỉ đạo cho rằng, để quy chế dân chủ có hiệu quả, các chính sách "
            "đối với người dân ở cơ sở phải được sửa đổi cho phù hợp.\n"
            "Bạn không thể gửi bình luận liên tục. Xin hãy đợi 60 giây nữa.")
    found = labels(text)
    assert [c for c, _ in found] == ["limitation", "task"]
    assert "TTXVN" not in found[1][1]


def test_the_strain_of_the_reorganisation_is_a_shortcoming():
    text = ("Đoàn Thanh niên tổng kết công tác năm 2025\n"
            "Năm 2025, các cơ sở Đoàn tổ chức 120 hoạt động tình nguyện.\n"
            "Tại cấp xã, việc sáp nhập khiến địa bàn rộng gấp nhiều lần, trong khi cán bộ Đoàn thường xuyên phải "
            "kiêm nhiệm nhiều chức danh.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation"]


def test_the_chairs_list_of_tasks_after_chairing_is_kept_the_delegates_issues_are_not():
    text = ("Ủy ban MTTQ huyện giao ban quý I năm 2023\n"
            "Đồng chí Nguyễn Văn Hải, Chủ tịch Ủy ban MTTQ huyện, chủ trì hội nghị, đánh giá kết quả thời gian qua, "
            "triển khai nhiệm vụ trọng tâm trong thời gian đến như: cần đổi mới hình thức tuyên truyền; "
            "tổ chức tổng kết 20 năm Ngày hội Đại đoàn kết.\n"
            "Tại buổi làm việc, các đại biểu trao đổi và đưa ra những vấn đề cần quan tâm trong thời gian tới: "
            "hỗ trợ thanh niên lập nghiệp; xây dựng quỹ khởi nghiệp.")
    assert labels(text) == [("task", "Cần đổi mới hình thức tuyên truyền."),
                            ("task", "Tổ chức tổng kết 20 năm Ngày hội Đại đoàn kết.")]


def test_a_caption_glued_to_the_years_report_and_a_list_of_shortcomings_that_goes_on():
    text = ("Mặt trận xã Tân Hưng tổng kết năm 2024\n"
            "Đồng chí Nguyễn Thị Duyên, Chủ tịch Ủy ban MTTQ xã báo cáo kết quả công tác mặt trận năm 2024 "
            "Năm 2024, Ủy ban MTTQ xã đã vận động được 80 triệu đồng Quỹ Vì người nghèo.\n"
            "Tuy nhiên, nội dung sinh hoạt chi đoàn chưa linh hoạt, lượng đoàn viên tham gia còn thấp; "
            "cán bộ đoàn thường kiêm nhiệm các nhiệm vụ bán chuyên trách; "
            "việc phát triển đảng viên trong đoàn viên nông thôn rất khó.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation", "limitation", "limitation"]


def test_a_hard_setting_then_what_was_done_is_a_result():
    text = ("Huyện Đoàn sơ kết 6 tháng đầu năm 2021\n"
            "Trong 6 tháng đầu năm, Huyện Đoàn đã kết nạp 90 đoàn viên mới.\n"
            "Bên cạnh đó, với tình hình dịch Covid-19 đang có nhiều diễn biến phức tạp, Huyện đoàn đã chỉ đạo "
            "các cơ sở Đoàn tổ chức tuyên truyền phòng, chống dịch.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_striving_after_a_subject_with_commas_is_a_plan_but_not_inside_a_slogan():
    text = ("Năm 2022, Khối thi đua Liên đoàn Lao động các huyện, thuộc Liên đoàn Lao động thành phố phấn đấu "
            "thực hiện 8 nhiệm vụ trọng tâm.\n"
            "Trong đó có: tăng cường phát triển đoàn viên, thành lập công đoàn cơ sở; nâng cao chất lượng thương lượng "
            "tập thể.")
    assert {c for c, _ in labels(text)} == {"task"}
    slogan = ("Năm 2021, thành phố thực hiện “Năm dân vận khéo”, năm “Phát huy sức mạnh của cả hệ thống chính trị, "
              "phấn đấu hoàn thành thắng lợi nhiệm vụ”.\n"
              "Công tác dân vận của các cấp chính quyền tiếp tục chuyển biến tích cực.")
    assert {c for c, _ in labels(slogan)} == {"achievement"}


def test_the_tasks_the_congress_set_are_listed_as_tasks():
    open_text = ("Hội LHPN tỉnh sơ kết giữa nhiệm kỳ\n"
                        "Trong nửa nhiệm kỳ, phong trào phụ nữ ngày càng có chiều sâu.\n"
                        "Trong thời gian tới, các cấp hội tiếp tục tập trung thực hiện 03 nhiệm vụ trọng tâm theo nghị quyết "
                        "Đại hội đã đề ra gồm: hỗ trợ phụ nữ phát triển toàn diện; hỗ trợ phụ nữ khởi nghiệp.")
    assert [c for c, _ in labels(open_text)] == ["achievement", "task", "task"]


def test_members_speaking_about_next_years_solutions_do_not_open_the_tasks():
    text = ("Hội Nông dân huyện sơ kết 6 tháng đầu năm 2019\n"
            "Sản xuất nông nghiệp 6 tháng đầu năm đạt và vượt chỉ tiêu kế hoạch đề ra.\n"
            "Hội viên phát biểu, nêu giải pháp thực hiện nhiệm vụ trong thời gian tới.\n"
            "Hội đã vận động hội viên đóng góp 1,12 tỉ đồng nạo vét kênh mương; vận động hiến 5.085 m2 đất làm đường.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement", "achievement"]


def test_attending_and_directing_the_congress_is_not_an_order_and_the_terms_slogan_opens_its_goals():
    text = ("Đại hội đại biểu MTTQ Việt Nam huyện lần thứ IX, nhiệm kỳ 2024 – 2029\n"
            "Phó Bí thư Thường trực Huyện ủy dự và chỉ đạo Đại hội.\n"
            "Trong 05 năm qua, Ủy ban MTTQ các cấp đã tập trung đổi mới phương thức hoạt động.\n"
            "Nhiệm kỳ 2024 – 2029, với khẩu hiệu hành động: “Đoàn kết - Dân chủ - Đổi mới”, phấn đấu mỗi năm "
            "vận động 500 triệu đồng Quỹ Vì người nghèo.\n"
            "Mỗi năm kết nạp từ 300 đoàn viên trở lên.")
    assert labels(text) == [
        ("achievement", "Trong 05 năm qua, Ủy ban MTTQ các cấp đã tập trung đổi mới phương thức hoạt động."),
        ("task", "Mỗi năm kết nạp từ 300 đoàn viên trở lên."),
    ]


def test_a_report_titled_with_both_parts_starts_with_its_results():
    text = ("Kết quả hoạt động công tác hội năm 2022\n\n"
            "Phương hướng nhiệm vụ năm 2023\n\n"
            "Năm 2022 nhìn chung đời sống của hội viên phụ nữ tương đối ổn định.\n"
            "Các chi hội đã có nhiều hoạt động thiết thực hưởng ứng phong trào thi đua yêu nước.\n"
            "Cũng tại Hội nghị, Hội LHPN các phường tham gia thảo luận, đóng góp nhiều ý kiến.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_pressure_on_the_grassroots_is_a_shortcoming():
    text = ("Tỉnh Đoàn tổng kết công tác năm 2025\n"
            "Năm 2025, các cơ sở Đoàn tổ chức 300 hoạt động tình nguyện.\n"
            "Trong bối cảnh tinh giản biên chế, tổ chức Đoàn tại cơ sở chịu áp lực lớn chưa từng có.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation"]


def test_an_assessment_and_what_must_follow_from_it_are_two_clauses():
    from briefgen.extract.segment import clauses

    text = "TPHCM có nhiều mô hình mới phù hợp với thực tiễn, nên các tổ chức cần kiên trì triển khai."
    parts = [text[a:b] for a, b in clauses(text, 0, len(text))]
    assert parts[-1].startswith("nên các tổ chức cần")


def test_help_that_relieves_hardship_and_the_year_before_the_programme():
    text = ("Ủy ban MTTQ huyện tổng kết năm 2020\n"
            "Năm 2020, Mặt trận huyện vận động Quỹ Vì người nghèo được 2 tỷ đồng.\n"
            "Bên cạnh đó, Mặt trận các cấp đã tích cực vận động các nguồn lực giúp người dân giảm bớt khó khăn "
            "trong đợt dịch COVID-19, như: phát tặng khẩu trang, nhu yếu phẩm trị giá 1,7 tỷ đồng.")
    assert {c for c, _ in labels(text)} == {"achievement"}
    programme = ("Thống nhất chương trình giám sát năm 2023\n"
                 "Chiều ngày 30/12, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức hội nghị hiệp thương thống nhất nội dung "
                 "chương trình giám sát năm 2023.\n"
                 "Năm 2022, MTTQ và các tổ chức thành viên đã chủ trì 25 cuộc giám sát.\n"
                 "Năm 2023, Ủy ban MTTQ tỉnh sẽ tập trung giám sát vào 11 nội dung như: giám sát việc giải quyết "
                 "khiếu nại, tố cáo; giám sát công tác thi hành án dân sự.")
    assert [c for c, _ in labels(programme)] == ["achievement", "task", "task"]


def test_the_survey_team_the_personnel_and_unnamed_targets_are_procedure():
    text = ("Ủy ban MTTQ huyện khảo sát hoạt động Ban công tác Mặt trận năm 2025\n"
            "Năm 2025, các Ban công tác Mặt trận đã vận động 120 hộ tham gia mô hình tự quản.\n"
            "Đoàn tiến hành khảo sát hoạt động của 02 Ban công tác Mặt trận ấp Phú Thứ.\n"
            "Về công tác nhân sự, hội nghị đã hiệp thương bổ sung 3 người tham gia Ủy ban.\n"
            "Hội nghị đề ra nhiều chỉ tiêu, nhiệm vụ, giải pháp để nâng cao chất lượng hoạt động.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_delegates_views_with_what_must_be_done_open_a_list_and_requests_to_the_state_are_not_tasks():
    text = ("Hội nghị Ủy ban MTTQ tổng kết năm 2025\n"
            "Năm 2025, Mặt trận các cấp đã vận động 300 tỷ đồng Quỹ Vì người nghèo.\n"
            "Các ý kiến cho rằng, năm 2026, hệ thống mặt trận cần tập trung chuẩn bị và tổ chức tốt các nhiệm vụ "
            "quan trọng như: tổ chức Đại hội đại biểu toàn quốc MTTQ Việt Nam; tham gia công tác bầu cử.\n"
            "Đồng thời đề nghị Đảng, Nhà nước chủ động có biện pháp bảo đảm an ninh chính trị.")
    found = labels(text)
    assert [c for c, _ in found] == ["achievement", "task", "task"]
    assert found[1][1].startswith("Năm 2026, hệ thống mặt trận cần tập trung chuẩn bị")
    assert not any("an ninh chính trị" in t for _, t in found)


def test_closing_the_meeting_then_directing_keeps_the_directions():
    text = ("Ủy ban MTTQ phường tổng kết năm 2018\n"
            "Năm 2018, Mặt trận phường vận động 50 triệu đồng Quỹ Vì người nghèo.\n"
            "Kết thúc hội nghị, bà Nguyễn Thị Hoa, Chủ tịch Ủy ban MTTQ phường phát biểu tiếp thu các ý kiến của "
            "đại biểu; đồng thời đề nghị trong năm tới, các tổ chức thành viên tiếp tục vận động nhân dân thực hiện "
            "tốt Nghị quyết Đại hội Đảng.")
    assert [c for c, _ in labels(text)] == ["achievement", "task"]


def test_an_inspection_judged_a_leader_who_suggested_and_the_poor_households_helped():
    text = ("Ban Dân vận Tỉnh ủy sơ kết chương trình phối hợp năm 2024\n"
            "Năm 2024, các đơn vị đã phối hợp tổ chức 20 chuyến công tác nắm tình hình nhân dân.\n"
            "Tuy nhiên, công tác kiểm tra, giám sát theo chương trình phối hợp chưa được thường xuyên, liên tục.\n"
            "Bên cạnh đó, Quỹ Vì người nghèo đã vận động được 4,4 tỷ đồng, xây mới 31 nhà cho hộ nghèo còn khó khăn "
            "về nhà ở.\n"
            "Đồng chí Trưởng ban Dân vận Tỉnh ủy đã gợi mở, đề nghị Hội Nông dân tỉnh tập trung chuyển đổi số "
            "trong công tác hội.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation", "achievement", "task"]


def test_the_vulnerable_and_essential_goods_are_not_weaknesses():
    # "yếu thế" (the vulnerable) and "thiết yếu" (essential) are not "yếu" (weak)
    text = ("Sáng 10/7, Ủy ban MTTQ tỉnh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2024.\n"
            "Trong 6 tháng đầu năm, Mặt trận các cấp đã vận động được 3 tỷ đồng. "
            "Công tác tuyên truyền được đổi mới; việc chăm lo người nghèo, người có hoàn cảnh khó khăn, "
            "yếu thế được quan tâm thực hiện kịp thời. "
            "Hội đã trao 500 suất quà gồm các mặt hàng thiết yếu cho hộ nghèo.\n"
            "Tuy nhiên, công tác giám sát còn hình thức.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement", "achievement", "achievement", "achievement", "limitation"], got


def test_a_meeting_that_discussed_results_and_shortcomings_reports_neither():
    text = ("Ngày 20/6/2023, Ủy ban MTTQ xã Tân Thành tổ chức sơ kết công tác 6 tháng đầu năm 2023.\n"
            "Tại hội nghị cũng đã thảo luận, chỉ ra những kết quả đã đạt được và những hạn chế trong quá trình "
            "thực hiện nhiệm vụ ở cơ sở để từ đó có biện pháp khắc phục trong 6 tháng cuối năm.\n"
            "Trong 6 tháng, Mặt trận xã đã vận động 45 triệu đồng Quỹ Vì người nghèo.")
    assert labels(text) == [("achievement", "Trong 6 tháng, Mặt trận xã đã vận động 45 triệu đồng Quỹ Vì người nghèo.")]


def test_comments_on_draft_documents_and_the_documents_adopted_are_not_tasks_or_results():
    text = ("Ngày 5/4/2024, Ủy ban MTTQ huyện Hòa Bình tổ chức hội nghị góp ý dự thảo văn kiện Đại hội.\n"
            "Hội nghị đã thống nhất thông qua Dự thảo Báo cáo chính trị trình Đại hội; "
            "Dự thảo sửa đổi, bổ sung Điều lệ MTTQ Việt Nam; "
            "Phương án phân bổ đại biểu dự Đại hội đại biểu MTTQ huyện lần thứ XI, nhiệm kỳ 2024 - 2029.\n"
            "Đại biểu đánh giá cao Ban Thường trực có sự chuẩn bị chu đáo, đầy đủ nội dung vào dự thảo báo cáo.\n"
            "Tuy nhiên, có các ý kiến góp ý vào các dự thảo báo cáo chính trị, tập trung vào các nội dung: "
            "tập trung thực hiện các khâu đột phá; xem xét đối tượng được xét căn nhà Đại đoàn kết; "
            "quan tâm công tác tuyên truyền xây dựng xã hội học tập.\n"
            "Nhiệm kỳ qua, Mặt trận huyện đã vận động xây dựng 120 căn nhà Đại đoàn kết.")
    assert labels(text) == [("achievement", "Nhiệm kỳ qua, Mặt trận huyện đã vận động xây dựng 120 căn nhà Đại đoàn kết.")]


def test_praise_and_two_directives_joined_by_and_give_two_tasks():
    text = ("Chiều 20/5/2019, Đoàn công tác Ủy ban Trung ương MTTQ Việt Nam kiểm tra công tác chuẩn bị Đại hội "
            "MTTQ tỉnh.\n"
            "Phát biểu kết luận, đồng chí Trương Văn Hòa đánh giá cao công tác chuẩn bị Đại hội và đề nghị "
            "Ban Thường trực Ủy ban MTTQ tỉnh sửa đổi, bổ sung những nội dung đoàn công tác đã góp ý và đề nghị "
            "chương trình công tác nhiệm kỳ tới phải gắn với chỉ tiêu, giải pháp cụ thể.")
    got = labels(text)
    assert [c for c, _ in got] == ["task", "task"], got
    assert got[0][1].startswith("Sửa đổi, bổ sung những nội dung"), got
    assert "đánh giá cao" not in got[0][1] and "đánh giá cao" not in got[1][1], got


def test_work_mostly_done_with_the_rest_due_soon_is_a_result():
    text = ("Chiều 20/5/2019, Đoàn công tác kiểm tra công tác chuẩn bị Đại hội MTTQ tỉnh.\n"
            "Theo báo cáo, đến nay công tác chuẩn bị đã cơ bản hoàn tất, cấp huyện đã hoàn thành 9/11 đơn vị "
            "và trong tháng 5 sẽ hoàn thành.")
    assert [c for c, _ in labels(text)] == ["achievement"], labels(text)


def test_the_motto_a_congress_adopted_is_not_a_result():
    text = ("Chiều 20/6/2022, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức hội nghị góp ý dự thảo báo cáo giữa nhiệm kỳ.\n"
            "Các đại biểu cho rằng, nửa nhiệm kỳ qua với tinh thần “Đoàn kết - Dân chủ - Đồng thuận - Phát triển” "
            "đã được Đại hội đại biểu MTTQ tỉnh khóa IX thống nhất đề ra.\n"
            "Nửa nhiệm kỳ qua, Mặt trận các cấp đã vận động xây dựng 350 căn nhà Đại đoàn kết.")
    assert labels(text) == [("achievement", "Nửa nhiệm kỳ qua, Mặt trận các cấp đã vận động xây dựng 350 căn nhà Đại đoàn kết.")]



def test_the_theme_or_slogan_named_for_the_new_term_is_no_task():
    text = ("Nhiệm kỳ 2020-2025, Hội LHPN thành phố đã hỗ trợ 1.200 hội viên thoát nghèo.\n"
            "Chủ đề của Đại hội là “Đoàn kết – Nhân văn – Đột phá – Phát triển”, hướng đến xây dựng hình ảnh "
            "phụ nữ thành phố nhân văn, sáng tạo.\n"
            "Khẩu hiệu hành động của Đoàn Thanh niên công ty trong nhiệm kỳ mới được xác định là “Tuổi trẻ tiên "
            "phong, sáng tạo”.\n"
            "Đại hội đề ra phương châm hành động: “Tiên phong – Bản lĩnh – Đoàn kết”, đồng thời thống nhất 8 chỉ "
            "tiêu chủ yếu.\n"
            "Nhiệm kỳ 2025-2030, Hội phấn đấu hỗ trợ 1.500 hội viên phát triển kinh tế.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement", "task"], got
    assert got[1][1].startswith("Nhiệm kỳ 2025-2030, Hội phấn đấu"), got
    # a motto that only heads what was done still leaves the result
    text = ("Năm 2024, Hội Người cao tuổi xã tổ chức 12 buổi sinh hoạt câu lạc bộ.\n"
            "Với phương châm “Tuổi cao, chí càng cao”, các hội viên đã tích cực tham gia xây dựng nông thôn mới.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_the_congress_personnel_planned_is_no_task():
    text = ("Nhiệm kỳ 2019-2024, Mặt trận các cấp đã vận động xây dựng 1.200 nhà Đại đoàn kết.\n"
            "Dự kiến, số lượng ủy viên Ủy ban MTTQ tỉnh khóa XV là 85 người, trong đó ngoài Đảng 21 người; "
            "nữ 25 người; tôn giáo 10 người; tái cử 40 người.\n"
            "Dự kiến đoàn chủ tịch và đoàn đại biểu dự Đại hội cấp tỉnh.")
    assert [c for c, _ in labels(text)] == ["achievement"], labels(text)


def test_learners_being_told_the_resolutions_is_no_order():
    text = ("Sáng 25/9, Trung ương Hội Nông dân tổ chức lớp quán triệt Nghị quyết cho cán bộ Hội các tỉnh.\n"
            "Năm 2024, Hội Nông dân tỉnh đã kết nạp 1.500 hội viên mới.\n"
            "Tại hội nghị, các học viên được phổ biến, quán triệt những nội dung cơ bản Nghị quyết Đại hội Hội Nông "
            "dân lần thứ VII.")
    assert "task" not in [c for c, _ in categories_and_text(text)], categories_and_text(text)


def test_the_hardship_of_the_family_helped_is_no_shortcoming():
    text = ("Liên đoàn Lao động huyện trao Mái ấm công đoàn cho đoàn viên có hoàn cảnh khó khăn.\n"
            "Năm 2025, LĐLĐ huyện đã hỗ trợ xây 12 Mái ấm công đoàn với tổng kinh phí 720 triệu đồng.\n"
            "Anh Lò Văn Sinh (sinh năm 1990) có hoàn cảnh gia đình khó khăn.\n"
            "Gia đình hiện đang ở chung trong ngôi nhà cũ của bố mẹ, diện tích chật hẹp, điều kiện sinh hoạt thiếu thốn.\n"
            "Bố mẹ anh Sinh tuổi cao, sức khỏe yếu, không còn khả năng lao động.\n"
            "Hai con còn nhỏ, vợ anh Sinh chưa có việc làm.")
    got = labels(text)
    assert {c for c, _ in got} == {"achievement"}, got
    assert not any(w in t for _, t in got for w in ("Lò Văn Sinh", "Gia đình hiện", "Bố mẹ", "Hai con")), got


def test_a_count_as_of_a_date_after_an_order_is_a_report_again():
    text = ("Tỉnh Đoàn vừa phê bình 3 huyện Đoàn chậm tiến độ tổ chức đại hội cấp cơ sở, đồng thời yêu cầu "
            "nghiêm túc kiểm điểm, rút kinh nghiệm; chỉ đạo quyết liệt để hoàn thành đại hội đúng tiến độ.\n"
            "Thông tin từ Tỉnh Đoàn, tính đến ngày 31/5, toàn tỉnh có 512/530 đơn vị cấp cơ sở đã tổ chức đại hội, "
            "đạt tỷ lệ 96,6%.\n"
            "Trong đó, có 2 huyện Đoàn hoàn thành tổ chức đại hội cấp cơ sở sớm nhất tỉnh.")
    got = categories_and_text(text)
    assert [c for c, _ in got][-2:] == ["achievement", "achievement"], got


def test_a_body_that_identified_what_to_work_on_in_the_year_did_so():
    text = ("Trong năm 2020, Ủy ban MTTQ thành phố và các tổ chức thành viên đã tổ chức 45 hoạt động giám sát.\n"
            "Ban Thường trực Ủy ban MTTQ các cấp chủ động xác định vấn đề trọng tâm, trọng điểm để chỉ đạo; đẩy mạnh "
            "công tác tuyên truyền về xây dựng Đảng; chủ động xây dựng kế hoạch thực hiện các chương trình giám sát.")
    assert [c for c, _ in categories_and_text(text)] == ["achievement"] * 4, categories_and_text(text)
    # ... but the plan a body set is the plan
    text = ("Trong năm 2020, Ủy ban MTTQ huyện đã tổ chức 45 hoạt động giám sát.\n"
            "Triển khai nhiệm vụ năm 2021, Ủy ban MTTQ huyện xác định tiếp tục đổi mới và nâng cao chất lượng hoạt "
            "động; đẩy mạnh các phong trào thi đua yêu nước.")
    assert [c for c, _ in categories_and_text(text)] == ["achievement", "task", "task"], categories_and_text(text)


def test_a_sentence_on_how_heavy_the_mandate_is_opens_no_tasks():
    text = ("Năm 2024, Công đoàn tỉnh đã phát triển 3.200 đoàn viên mới.\n"
            "Nhiệm vụ của công đoàn đặc thù và ngày càng nặng nề nhưng biên chế công đoàn lại rất thấp so với các "
            "tổ chức chính trị - xã hội khác.\n"
            "Biên chế ít, cán bộ công đoàn phải kiêm nhiệm nhiều việc.")
    got = categories_and_text(text)
    assert "task" not in [c for c, _ in got], got
    assert got[-1][0] == "limitation", got


def test_initiatives_to_be_put_forward_are_a_task_not_a_request_to_the_party():
    text = ("Đến nay, các cấp bộ Đoàn đã có gần 17.200 ý tưởng, sáng kiến đăng ký trên Cổng thông tin.\n"
            "Năm 2022, các cấp bộ Đoàn sẽ phấn đấu đề xuất 6.100 sáng kiến, ý tưởng sáng tạo tham gia giải quyết "
            "các vấn đề được xã hội quan tâm như: ô nhiễm môi trường, y tế, giáo dục, cải cách hành chính.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement", "task"], got
    assert "6.100 sáng kiến" in got[1][1], got


def test_propagandists_in_the_addressee_are_people_not_the_order():
    text = ("Năm 2025, Ban Dân vận Tỉnh ủy tổ chức 24 hội nghị báo cáo viên.\n"
            "Định hướng công tác thời gian tới, đồng chí Phó Trưởng ban đề nghị Ban Dân vận các huyện ủy, các tổ "
            "chức chính trị - xã hội, đội ngũ báo cáo viên các cấp và tuyên truyền viên cơ sở tập trung tuyên truyền "
            "sâu rộng về đại hội Đảng các cấp.")
    got = labels(text)
    # the addressee is left out up to its verb ("tập trung"), not up to "tuyên truyền| viên"
    assert got[-1] == ("task", "Tập trung tuyên truyền sâu rộng về đại hội Đảng các cấp."), got

def test_the_matters_a_meeting_will_discuss_or_decide_are_its_agenda():
    text = ("Ngày 27.12, tại Hà Nội đã diễn ra Hội nghị Ban Thường vụ Tỉnh đoàn lần thứ 9.\n"
            "Hội nghị thảo luận, cho ý kiến vào 9 nội dung lớn, trong đó có báo cáo tổng kết công tác Đoàn năm 2024; "
            "báo cáo tổng kết công tác kiểm tra, giám sát của Đoàn năm 2024; công trình thanh niên tiêu biểu năm 2024.\n"
            "Bên cạnh đó, hội nghị sẽ quyết định danh hiệu thi đua công tác Đoàn năm 2024, đồng thời triển khai "
            "các nội dung về công tác cán bộ.\n"
            "Năm 2024, toàn Đoàn đã kết nạp 1.250 đoàn viên mới.")
    assert labels(text) == [("achievement", "Năm 2024, toàn Đoàn đã kết nạp 1.250 đoàn viên mới.")]


def test_remarks_on_the_congress_report_and_its_lessons_are_about_the_congress():
    text = ("Ngày 15/5/2022, Hội Cựu chiến binh thành phố tổ chức hội nghị sơ kết đại hội cấp cơ sở.\n"
            "Báo cáo Đại hội đánh giá đúng thực chất mạnh yếu trong một nhiệm kỳ. "
            "Rút ra được nhiều bài học sâu sắc cho nhiệm kỳ sau.\n"
            "Nhiệm kỳ qua, các cấp Hội đã giúp 120 hội viên thoát nghèo.")
    assert labels(text) == [("achievement", "Nhiệm kỳ qua, các cấp Hội đã giúp 120 hội viên thoát nghèo.")]


def test_who_presented_which_plan_and_how_a_merged_commune_was_formed_are_not_results():
    text = ("Chiều ngày 4/11/2025, Ủy ban MTTQ Việt Nam phường Hòa Bình tổ chức Hội nghị triển khai công tác Mặt trận.\n"
            "Tiếp đó, đồng chí Lý Văn Phong – Đảng ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, triển khai "
            "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2025.\n"
            "Phường Hòa Bình được hình thành trên cơ sở sáp nhập các phường Tân An, Tân Hòa và xã Mỹ Lợi.\n"
            "Thời gian qua, Mặt trận phường đã vận động xây dựng 12 căn nhà Đại đoàn kết.")
    assert labels(text) == [("achievement", "Thời gian qua, Mặt trận phường đã vận động xây dựng 12 căn nhà Đại đoàn kết.")]


def test_a_congress_that_pointed_out_shortcomings_without_naming_them_reports_none():
    text = ("Ngày 26/9, Ủy ban MTTQ xã Tân Lập tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n"
            "Thời gian qua, MTTQ xã đã vận động Quỹ Vì người nghèo được 200 triệu đồng.\n"
            "Đại hội đã nghiêm túc kiểm điểm và thẳng thắn chỉ ra những tồn tại, hạn chế trong nhiệm kỳ qua.")
    assert labels(text) == [("achievement", "Thời gian qua, MTTQ xã đã vận động Quỹ Vì người nghèo được 200 triệu đồng.")]
    # a shortcoming that is named stays one
    named = text + "\nCông tác giám sát còn chậm, chưa thường xuyên."
    assert ("limitation", "Công tác giám sát còn chậm, chưa thường xuyên.") in labels(named)


def test_a_review_planned_with_commendations_is_a_task_and_lessons_drawn_are_framing():
    text = ("Hội Cựu chiến binh thành phố tổng kết phong trào thi đua giai đoạn 2014 – 2019.\n"
            "Năm qua, các cấp Hội đã giúp 35 hội viên thoát nghèo.\n"
            "Qua hội nghị, các cơ sở hội đánh giá kết quả hoạt động của phong trào, rút ra những ưu khuyết điểm "
            "và bài học kinh nghiệm để thực hiện tốt hơn các chỉ tiêu nhiệm vụ 5 năm đến.\n"
            "Dự kiến đến cuối tháng 6, Hội Cựu chiến binh thành phố sẽ tổ chức tổng kết phong trào cấp thành phố "
            "và tuyên dương khen thưởng các tập thể, cá nhân gương mẫu.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement", "task"], got


def test_a_decision_of_recognition_handed_over_at_the_meeting_is_procedure():
    text = ("Chiều 10/1, Hội Nông dân phường Đông Hòa tổ chức hội nghị tổng kết công tác Hội năm 2025.\n"
            "Trong năm qua, toàn phường có 873 hộ đạt danh hiệu hộ nông dân sản xuất, kinh doanh giỏi các cấp.\n"
            "Hội Nông dân tỉnh trao Quyết định công nhận 28 hộ nông dân sản xuất, kinh doanh giỏi cấp tỉnh, giai đoạn 2020-2025.")
    assert [c for c, _ in labels(text)] == ["achievement"], labels(text)


def test_a_gain_then_nhung_without_a_comma_splits_the_result_from_the_shortcoming():
    text = ("Năm 2024, Công đoàn ngành tổ chức hội nghị tổng kết.\n"
            "Trình độ chuyên môn, tay nghề của đoàn viên ngày càng được nâng lên nhưng không đồng đều giữa các khu vực, "
            "tỷ lệ lao động đã qua đào tạo ở doanh nghiệp nhỏ còn thấp.\n"
            "Mặc dù còn nhiều khó khăn nhưng không ngừng phấn đấu, Công đoàn đã kết nạp 320 đoàn viên mới.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement", "limitation", "achievement"], got
    assert got[0][1].endswith("ngày càng được nâng lên."), got


def test_a_directive_after_a_long_analysis_and_the_places_features_are_told_apart():
    text = ("Chiều 10/7/2025, đoàn công tác Ủy ban MTTQ thành phố khảo sát tại phường Chợ Lớn.\n"
            "Phường có Hội quán người Hoa; có 9 chợ, trong đó phần lớn là chợ đầu mối.\n"
            "Phân tích phương thức tập hợp nhân dân, xây dựng khối đại đoàn kết toàn dân tộc trong từng loại hình "
            "hoạt động, đồng chí Nguyễn Văn Lộc yêu cầu Đảng ủy phường có lãnh đạo, chỉ đạo toàn diện, phát huy vai trò "
            "của MTTQ trong vận động nhân dân.")
    got = labels(text)
    assert [c for c, _ in got] == ["task"], got
    assert got[0][1].startswith("Có lãnh đạo, chỉ đạo toàn diện"), got


def test_the_rules_a_meeting_follows_and_a_purpose_then_the_meeting_are_procedure():
    text = ("Sáng ngày 16/01/2026, Ủy ban MTTQ Việt Nam phường tổ chức Hội nghị hiệp thương nhân sự.\n"
            "Theo đó, Hội nghị được thực hiện theo Điều lệ Mặt trận Tổ quốc Việt Nam và Hướng dẫn số 17/HD-MTTW-BTT.\n"
            "Ngày 17,18/9/2025, Đảng bộ phường đã tổ chức thành công Đại hội Đảng bộ phường lần thứ I.\n"
            "Để thực hiện tốt vai trò giám sát, phản biện của MTTQ, Ban Thường trực Ủy ban MTTQ phường tổ chức "
            "Hội nghị phản biện vào dự thảo 4 chương trình cấp ủy, gồm:\n"
            "Chương trình 01: Xây dựng Đảng và hệ thống chính trị vững mạnh toàn diện.\n"
            "Năm 2025, Mặt trận phường đã vận động 300 triệu đồng Quỹ Vì người nghèo.")
    assert labels(text) == [("achievement", "Năm 2025, Mặt trận phường đã vận động 300 triệu đồng Quỹ Vì người nghèo.")]


def test_a_situation_that_sets_high_demands_is_context():
    text = ("Chiều 10/7/2025, đoàn công tác Ủy ban MTTQ thành phố khảo sát tại phường Chợ Lớn.\n"
            "Theo đồng chí Nguyễn Văn Lộc, việc này đặt ra yêu cầu rất cao trong củng cố khối đại đoàn kết trên địa bàn phường.\n"
            "Năm 2025, Mặt trận phường đã vận động 300 triệu đồng Quỹ Vì người nghèo.")
    assert [c for c, _ in labels(text)] == ["achievement"], labels(text)


def test_a_review_of_a_term_with_hardship_as_background_reports_results():
    text = ("Xây dựng Công đoàn vững mạnh toàn diện\n"
            "5 năm qua, trong bối cảnh còn gặp nhiều khó khăn, thách thức, Công đoàn tỉnh tiếp tục đổi mới nội dung, "
            "phương thức hoạt động, hoàn thành và vượt nhiều chỉ tiêu của Nghị quyết Đại hội.\n"
            "Nhiệm kỳ 2018-2023, các cấp công đoàn, nhất là Liên đoàn Lao động tỉnh đã chủ động tham gia xây dựng "
            "chính sách liên quan đến người lao động.\n"
            "Công tác nghiên cứu, khảo sát, đề xuất sửa đổi chính sách được thực hiện bài bản.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement", "achievement"], labels(text)


def test_renewing_the_organisation_is_not_only_having_organised():
    # "Đổi mới tổ chức" (renew the organisation) is not "mới tổ chức" (only just organised)
    text = ("Năm 2024, Liên đoàn Lao động tỉnh tổng kết công tác.\n"
            "Trên cơ sở tham mưu của Liên đoàn Lao động tỉnh, Tỉnh ủy đã ban hành Nghị quyết về đổi mới tổ chức và "
            "hoạt động công đoàn trong tình hình mới.")
    assert [c for c, _ in labels(text)] == ["achievement"], labels(text)


def test_the_chair_taking_the_delegates_comments_is_procedure():
    text = ("Năm 2019, Mặt trận tỉnh đã vận động xây dựng 320 căn nhà Đại đoàn kết.\n"
            "Ông Trần Văn Nam, Chủ tịch Ủy ban MTTQ tỉnh tiếp thu, ghi nhận các ý kiến đóng góp của đại biểu "
            "để hoàn chỉnh dự thảo văn kiện trình Đại hội.")
    assert labels(text) == [("achievement", "Năm 2019, Mặt trận tỉnh đã vận động xây dựng 320 căn nhà Đại đoàn kết.")]


def test_a_long_headline_listing_themes_is_not_a_list_of_results():
    text = ("Nâng cao chất lượng hoạt động Hội Nông dân; chăm lo quyền lợi hợp pháp của hội viên, nông dân; "
            "đẩy mạnh phong trào sản xuất, kinh doanh giỏi; xây dựng nông thôn mới văn minh, giàu đẹp, "
            "bền vững ở các xã miền núi của tỉnh\n\n"
            "Năm 2024, các cấp Hội Nông dân tỉnh đã kết nạp 1.250 hội viên mới.")
    assert labels(text) == [("achievement", "Năm 2024, các cấp Hội Nông dân tỉnh đã kết nạp 1.250 hội viên mới.")]


def test_the_titles_of_reports_read_at_a_meeting_are_not_results():
    text = ("Năm 2023, phường đã giải quyết đúng hạn 98% hồ sơ thủ tục hành chính.\n"
            "Tại buổi giám sát, lãnh đạo phường trình bày các nội dung: Báo cáo kết quả công tác cải cách hành chính, "
            "giải quyết thủ tục hành chính; báo cáo tình hình thực hiện quy chế dân chủ ở cơ sở.")
    assert labels(text) == [("achievement", "Năm 2023, phường đã giải quyết đúng hạn 98% hồ sơ thủ tục hành chính.")]


def test_a_directive_does_not_turn_the_report_after_it_into_orders():
    text = ("Đồng chí Lê Văn Hùng, Bí thư Huyện ủy đề nghị các đoàn thể tiếp tục bám sát cơ sở, "
            "nắm chắc tình hình nhân dân.\n"
            "Vị trí, vai trò của Mặt trận ngày càng được khẳng định trong đời sống xã hội.\n"
            "Hội Nông dân huyện đã kết nạp 320 hội viên mới.\n"
            "Điển hình là Hội Nông dân xã Tân Phú vận động hội viên hiến 2.000 m2 đất làm đường.")
    assert [c for c, _ in labels(text)] == ["task", "achievement", "achievement", "achievement"]


def test_a_directive_still_goes_on_in_the_sentences_that_order():
    text = ("Đồng chí Lê Văn Hùng, Bí thư Huyện ủy đề nghị các đoàn thể tiếp tục bám sát cơ sở.\n"
            "Phát huy những kết quả đã đạt được, tập trung tuyên truyền Nghị quyết Đại hội Đảng bộ huyện.\n"
            "Các cấp Hội cần làm tốt công tác phát triển hội viên.")
    assert [c for c, _ in labels(text)] == ["task", "task", "task"]


def test_a_body_that_directed_in_the_period_reports_a_result_a_person_orders():
    text = ("Năm 2024, Mặt trận huyện vận động được 1,2 tỷ đồng Quỹ Vì người nghèo.\n"
            "Ban Thường vụ Hội Nông dân huyện chỉ đạo thành lập 5 chi hội nghề nghiệp ở các xã mới.\n"
            "Phát biểu kết luận, đồng chí Trần Văn Bình chỉ đạo các đoàn thể rà soát lại hội viên.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement", "task"]


def test_a_deed_counted_is_never_left_as_a_shortcoming():
    # the last safeguard after the rules: whatever cue made a clause a
    # shortcoming, a deed with its count is a result unless it fell short
    from briefgen.extract.classify import Classifier
    from briefgen.extract.frames import Labeled

    done = "Mặt trận các cấp đã vận động Quỹ Vì người nghèo trên 20 tỷ đồng, xây mới 264 căn nhà cho hộ nghèo."
    short = "Hội mới kết nạp 20 hội viên, chưa đạt chỉ tiêu đề ra."
    judge = Classifier(RULES).counted_deed
    assert judge(done, Labeled(0, len(done), "limitation", "x", 0)).label == "achievement"
    assert judge(short, Labeled(0, len(short), "limitation", "x", 0)).label == "limitation"


def test_quoted_names_after_a_colon_complete_the_sentence_before_them():
    text = ("Năm 2020, Huyện đoàn đã thực hiện 16 công trình thanh niên, trị giá hơn 280 triệu đồng.\n"
            "Ngoài ra, Huyện đoàn cũng thực hiện tốt các hoạt động theo chủ điểm lớn trong năm như: "
            "“Mừng Đảng – Mừng Xuân”, “Tháng thanh niên”, “Thanh niên tình nguyện hè”.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement", "achievement"], got
    assert got[1][1].startswith("Huyện đoàn cũng thực hiện tốt") and "Tháng thanh niên" in got[1][1], got


def test_a_count_of_tasks_to_carry_out_is_not_a_task():
    text = ("Hội nghị Ủy ban Hội Liên hiệp Thanh niên tỉnh xác định triển khai 5 nhiệm vụ trọng tâm.\n"
            "Năm 2020, Hội kết nạp 1.200 hội viên mới.")
    assert labels(text) == [("achievement", "Năm 2020, Hội kết nạp 1.200 hội viên mới.")]


def test_the_source_line_with_its_address_is_page_noise():
    text = ("Tính đến 15/6, đã có 28/30 quận, huyện của Thành phố tổ chức thành công đại hội mặt trận cấp huyện.\n\n"
            "Thanh Nhàn\n\n"
            "Nguồn BTV: https://baotinh.vn/mat-tran-to-quoc-thanh-pho-to-chuc-thanh-cong-dai-hoi-cap-huyen-nhiem-ky-moi.html\n\n"
            "https://baomoi.com/tin.epi")
    rules = copy.copy(load_rules())  # load_rules() is shared: change a copy
    rules.screen = None  # the rules themselves drop it; the trained screen is only a second net
    got = extract_document(Document("bai.txt", text), rules).statements
    assert [s.category for s in got] == ["achievement"], got


def test_shortcomings_announced_in_the_course_of_the_work_name_none():
    text = ("Năm 2023, Mặt trận xã đã vận động 150 triệu đồng Quỹ Vì người nghèo.\n"
            "Tuy nhiên, vẫn còn một số hạn chế trong quá trình thực hiện.\n"
            "Việc phối hợp giữa các đoàn thể có lúc chưa chặt chẽ.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation"]


def test_building_on_the_results_achieved_still_directs():
    # the "đã" of "những kết quả đã đạt được" names the results to build on;
    # the leader's wish and the sentences after it are tasks for the next period
    text = ("Năm 2020, Tỉnh đoàn đã tổ chức 45 công trình thanh niên.\n"
            "Phát huy những kết quả đã đạt được, đồng chí Bí thư Tỉnh ủy mong muốn các cấp bộ Đoàn "
            "tiếp tục đổi mới công tác giáo dục truyền thống cho thế hệ trẻ. "
            "Tuyên truyền các chủ trương của Đảng đến đoàn viên, thanh niên.")
    assert [c for c, _ in labels(text)] == ["achievement", "task", "task"]


def test_hardship_as_the_setting_of_a_deed_already_reported_is_no_shortcoming():
    text = ("Năm 2021, công tác Đoàn trên địa bàn huyện được triển khai tích cực. "
            "Tổ chức Đoàn đã có những giải pháp sáng tạo, linh hoạt trong công tác tuyên truyền "
            "trong bối cảnh dịch bệnh Covid-19 diễn biến phức tạp.\n"
            "Tuy nhiên, hoạt động của một số chi đoàn còn hình thức.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement", "limitation"]


def test_a_hardship_conceded_without_a_main_clause_is_a_shortcoming():
    # "mặc dù ..." with no "nhưng ... đã" after it: nothing outweighs the hardship
    text = ("Năm 2022 mặc dù thời tiết khắc nghiệt, bão lũ, dịch bệnh ảnh hưởng đến sản xuất của hội viên.\n"
            "Hội đã vận động hội viên trồng 2.000 cây xanh.")
    assert [c for c, _ in labels(text)] == ["limitation", "achievement"]


def test_the_chair_stressing_points_for_the_next_period_directs():
    text = ("Năm 2021, Mặt trận quận vận động Quỹ Vì người nghèo được 800 triệu đồng.\n"
            "Để năm 2022 có những bước phát triển hơn trong việc xây dựng chính quyền đô thị trên địa bàn quận, Chủ trì Hội nghị nhấn mạnh những điểm cần chú ý "
            "trong thời gian tới như: Giải quyết kịp thời đơn thư của nhân dân; Tiếp xúc cử tri; "
            "tăng cường phối hợp tuyên truyền giữa Mặt trận với các ngành.")
    assert [c for c, _ in labels(text)] == ["achievement", "task", "task", "task"]


def test_the_programme_adopted_for_next_year_names_its_tasks_after_trong_tam_la():
    text = ("Năm 2023, Mặt trận thành phố vận động Quỹ Vì người nghèo đạt 176% chỉ tiêu.\n"
            "Hội nghị cũng thông qua chương trình phối hợp và thống nhất hành động năm 2024, trọng tâm là "
            "tiếp tục tuyên truyền thực hiện nghị quyết đại hội MTTQ các cấp; "
            "tiếp tục vận động ủng hộ Quỹ Vì người nghèo và an sinh xã hội.")
    assert [c for c, _ in labels(text)] == ["achievement", "task", "task"]


def test_a_study_directed_by_the_committee_in_the_passive_is_a_result():
    text = ("Nhìn chung, việc tổ chức học tập, quán triệt Nghị quyết số 25-NQ/TW được Ban Thường vụ Huyện ủy "
            "chỉ đạo chặt chẽ và nghiêm túc; các hình thức tuyên truyền cho từng đối tượng được chú ý.\n"
            "Thời gian tới, các cấp ủy cần tiếp tục đổi mới nội dung, phương thức công tác dân vận.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement", "task"]


def test_building_on_six_months_of_results_opens_the_tasks_and_the_byline_is_noise():
    text = ("Trong 6 tháng đầu năm, Hội đã vận động hội viên đóng hội phí đầy đủ.\n"
            "Phát huy những thành tích đã đạt được trong 6 tháng qua và khắc phục những yếu kém còn tồn tại.\n"
            "Ban Biên tập Trang TTĐT phường.")
    assert [c for c, _ in labels(text)] == ["achievement", "task"]


def test_a_balance_carried_over_to_next_year_is_the_periods_figure():
    text = ("Năm 2019, Quỹ Vì người nghèo tỉnh vận động được gần 4,1 tỷ đồng.\n"
            "Số dư quỹ còn lại chuyển sang năm 2020 là trên 4 tỷ đồng.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_phai_ke_den_introduces_results_it_orders_nothing():
    text = ("Năm 2023, các cấp Hội Cựu chiến binh đã kết nạp 1.200 hội viên mới. "
            "Trong đó phải kể đến công tác tham gia xây dựng, bảo vệ Đảng, chính quyền; "
            "thực hiện phong trào Cựu chiến binh giúp nhau giảm nghèo; "
            "hoạt động đối ngoại nhân dân.")
    assert [c for c, _ in labels(text)] == ["achievement"] * 4


def test_difficulties_the_delegates_listed_are_each_a_shortcoming():
    text = ("Năm 2023, Hội LHPN tỉnh đã kết nạp 1.200 hội viên mới.\n"
            "Tại tọa đàm, các đại biểu đã trao đổi, chia sẻ những khó khăn quanh các nội dung trong công tác "
            "tập hợp hội viên như: Tỷ lệ thu hút hội viên ở một số cơ sở còn thấp; một số nơi chưa có nhiều "
            "hình thức sinh hoạt hội phong phú; khó khăn trong công tác vận động phụ nữ tại các khu công nghiệp.\n"
            "Tiếp thu ý kiến của các đại biểu, đồng chí Chủ tịch Hội LHPN tỉnh đã giải đáp một số thắc mắc, "
            "những tồn tại của cơ sở.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation", "limitation", "limitation"]


def test_fewer_poor_members_named_at_length_is_a_result():
    text = ("Năm 2019, Hội Cựu chiến binh huyện kết nạp 120 hội viên mới. "
            "Bên cạnh đó, hội viên còn tích cực phát triển kinh tế, đến nay số hội viên cựu chiến binh nghèo "
            "giảm xuống còn 23 hộ, chiếm 0,96%; hộ khá giàu đạt gần 44%.")
    assert [c for c, _ in labels(text)] == ["achievement"] * 3


def test_advising_the_committee_to_hold_a_congress_is_a_task_not_the_meeting_intro():
    text = ("Năm 2020, các cấp đã tiếp 2.430 lượt công dân.\n"
            "Năm 2021, công tác dân vận tập trung vào những nhiệm vụ trọng tâm như: tham mưu Ban Thường vụ "
            "Tỉnh ủy chỉ đạo tổ chức Đại hội Hội LHPN tỉnh nhiệm kỳ 2021-2026.")
    assert labels(text)[-1] == ("task", "Tham mưu Ban Thường vụ Tỉnh ủy chỉ đạo tổ chức Đại hội Hội LHPN tỉnh "
                                        "nhiệm kỳ 2021-2026.")


def test_a_line_shown_twice_in_a_row_is_a_photo_caption():
    text = ("Năm 2019, Hội Nông dân xã kết nạp 45 hội viên mới.\n\n"
            "Cán bộ, nhân dân xã Bình Minh tham gia tập huấn, nâng cao kiến thức pháp luật.\n"
            "Cán bộ, nhân dân xã Bình Minh tham gia tập huấn, nâng cao kiến thức pháp luật.\n\n"
            "Ngoài ra, công tác giải quyết đơn thư còn chậm.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation"]


def test_can_tho_is_a_city_not_a_modal():
    text = ("Trong 9 tháng năm 2023, Mặt trận các cấp thành phố đã tuyên truyền kỷ niệm các ngày lễ lớn; "
            "thường xuyên tuyên truyền Nghị quyết số 59-NQ/TW của Bộ Chính trị về phát triển thành phố Cần Thơ.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_what_a_year_of_work_carried_out_is_a_list_of_results():
    text = ("Qua một năm vận động, ban công tác mặt trận ấp thực hiện cụ thể một số nhiệm vụ như sau: "
            "Tuyên truyền xuống từng tổ dân cư, vận động Quỹ đền ơn đáp nghĩa được 10.486.000 đồng; "
            "vận động nhân dân tham gia góp ý dự thảo Hiến pháp.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_a_school_union_plans_the_next_school_year():
    text = ("Công đoàn Giáo dục tỉnh tổng kết hoạt động năm học 2018-2019.\n"
            "Có 33 công đoàn cơ sở được công nhận vững mạnh năm học 2018-2019.\n"
            "Trong năm học 2019-2020, Công đoàn Giáo dục tỉnh tập trung làm tốt công tác đại diện, bảo vệ quyền, "
            "lợi ích hợp pháp của đoàn viên; chăm lo đời sống cho người lao động.")
    assert [c for c, _ in labels(text)] == ["achievement", "task", "task"]


def test_concluding_at_the_meetings_a_leader_still_directs():
    text = ("Quý IV năm 2017, các cụm đoàn đã tổ chức 12 hoạt động tình nguyện.\n"
            "Kết luận tại các hội nghị, đồng chí Bí thư Đoàn Than đã yêu cầu các đơn vị trong cụm sớm hoàn thành "
            "hồ sơ thi đua khen thưởng.")
    assert [c for c, _ in labels(text)] == ["achievement", "task"]


def test_agreeing_on_points_to_push_next_year_announces_the_tasks():
    text = ("Năm 2017, Ủy ban MTTQ tỉnh đã phối hợp tổ chức 52 hội nghị tiếp xúc cử tri.\n"
            "Trên cơ sở hạn chế đã chỉ ra, hội nghị đã thống nhất một số nội dung cần đẩy mạnh phối hợp trong năm 2018. "
            "Trong đó, tập trung vào tăng cường công tác tuyên truyền, phổ biến giáo dục pháp luật trong nhân dân.")
    assert [c for c, _ in labels(text)] == ["achievement", "task"]


def test_results_listed_after_the_report_adopted_cu_the_nhu_are_kept():
    text = ("Tại hội nghị đã thông qua báo cáo tổng kết Quỹ hỗ trợ nông dân năm 2019 với các kết quả cụ thể như: "
            "Hội Nông dân huyện đã hỗ trợ thành lập 7 mô hình nuôi dê tập thể với 99 hộ tham gia; "
            "2 mô hình trâu sinh sản tại xã Tủa Thàng với 20 hộ tham gia.")
    got = labels(text)
    assert got and all(c == "achievement" for c, _ in got)
    assert got[0][1].startswith("Hội Nông dân huyện đã hỗ trợ thành lập 7 mô hình")


def test_a_cut_off_fragment_counts_whole_words_only():
    from briefgen.extract.cues import cut_off
    # six whole words and the first letters of a seventh: a piece of a sentence
    piece = "Công tác xây dựng quỹ hội ch"
    assert cut_off(piece, 0, len(piece))
    # seven whole words: still a piece ("about six words", the guide says; the
    # annotators of the real pages left out 20 of the 21 such last fragments)
    seven = "Mặt trận huyện phối hợp tổ chức t"
    assert cut_off(seven, 0, len(seven))
    # the last word of a text cut mid-sentence is cut too, even when it could be
    # a word ("tri" of "triển khai")
    seven_and_a_cut_word = "Các cấp Hội chủ động tổ chức tri"
    assert cut_off(seven_and_a_cut_word, 0, len(seven_and_a_cut_word))
    # eight whole words: kept
    eight = "Mặt trận huyện phối hợp tổ chức tốt c"
    assert not cut_off(eight, 0, len(eight))


def test_shortcomings_admitted_at_a_briefing_then_the_leaders_orders():
    text = ("Quý 3/2014, toàn thị xã đã đăng ký 107 mô hình điển hình “Dân vận khéo”.\n"
            "Phát biểu tại buổi giao ban, nhiều thành viên Ban chỉ đạo cũng đã thẳng thắn thừa nhận đã làm "
            "chưa tốt nhiệm vụ được giao; Sự vào cuộc của các cơ quan, đơn vị chưa tốt; "
            "Việc tuyên truyền nhân rộng mô hình chưa nhiều.\n"
            "Từ những việc đã làm và chưa làm được trong quý 3, trong quý 4 và thời gian tới đây, Đ/c Phan Văn An, "
            "Phó Bí thư Thường trực Thị ủy yêu cầu các thành viên Ban chỉ đạo tiếp tục duy trì, nhân rộng mô hình "
            "dân vận khéo đã có; Tăng cường công tác tuyên truyền, nêu gương cách làm có hiệu quả.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation", "limitation", "limitation", "task", "task"]


def test_the_programme_of_united_action_is_a_name_not_a_meeting_agreeing_on_tasks():
    text = ("Năm 2015, Mặt trận các cấp trên địa bàn huyện đã bám sát chương trình "
            "phối hợp và thống nhất hành động đã đề ra từ đầu năm nên đã hoàn thành xuất sắc nhiệm vụ.\n"
            "Công tác giám sát, phản biện đạt được một số kết quả tích cực, Mặt trận các cấp đã chủ động tham gia "
            "xây dựng Đảng, xây dựng chính quyền trong sạch, vững mạnh.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_a_standing_priority_in_the_passive_opens_no_tasks():
    text = ("Trong năm 2025, Mặt trận phường đã đăng tải 578 tin, bài trên mạng xã hội.\n"
            "Công tác an sinh xã hội tiếp tục được xác định là nhiệm vụ trọng tâm. "
            "Tại các khu phố, Ban công tác Mặt trận và các đoàn thể vận động thêm hơn 2.500 phần quà, "
            "trị giá gần 250 triệu đồng.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_a_consequence_with_se_is_no_plan_and_failing_a_standard_is_a_shortcoming():
    text = ("Năm 2025, Hội Nông dân thành phố kết nạp 1.200 hội viên mới.\n"
            "Tuy nhiên, nhiều chi hội trưởng hiện nay cao tuổi, có uy tín với hội viên, nhưng không đáp ứng "
            "tiêu chuẩn bằng cấp. Việc đặt ra tiêu chí bằng cấp quá cao sẽ làm khó cho cơ sở, thậm chí làm "
            "phong trào đi xuống.")
    got = labels(text)
    assert ("limitation", "Không đáp ứng tiêu chuẩn bằng cấp.") in got
    assert "task" not in [c for c, _ in got]


def test_the_activities_listed_after_the_meeting_assessed_the_term_are_results():
    text = ("Hội nghị đã đánh giá kết quả đạt được nửa nhiệm kỳ công tác Đoàn với các hoạt động tiêu biểu như: "
            "Triển khai có hiệu quả Cuộc vận động “Tuổi trẻ học tập và làm theo lời Bác”; "
            "đăng ký đảm nhận 647 công trình, phần việc thanh niên; "
            "vận động xây dựng 125 Nhà nhân ái trị giá 5 tỷ đồng.")
    assert [c for c, _ in labels(text)] == ["achievement"] * 3


def test_a_motto_in_quotes_gives_no_order():
    text = ("Thực hiện lời dạy của Bác “Thi đua là yêu nước, yêu nước thì phải thi đua”, 5 năm qua, các cấp "
            "Hội Cựu chiến binh thị xã đã tích cực thực hiện phong trào “Cựu chiến binh gương mẫu”. "
            "Từ đó, phong trào tạo động lực thúc đẩy hội viên vượt khó hoàn thành nhiệm vụ chính trị.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_what_is_done_what_remains_and_the_delegates_proposals_to_the_association():
    text = ("Đến nay toàn tỉnh đã có 11/11 đơn vị cấp huyện chỉ đạo tổ chức Hội nghị Chi hội nông dân nhiệm kỳ "
            "2014-2017, đã có 820/859 chi hội tổ chức hội nghị, còn đơn vị Châu Thành sẽ chỉ đạo hoàn thành "
            "trong tháng 10/2017.\n"
            "Hội nghị đã ghi nhận những ý kiến của đại biểu xoay quanh việc góp ý, đề xuất Hội các cấp cần quan tâm "
            "củng cố tổ chức Hội theo hướng nâng cao trình độ, kỹ năng tuyên truyền; duy trì tốt việc sinh hoạt các "
            "Câu lạc bộ nông dân.")
    assert [c for c, _ in labels(text)] == ["achievement", "task", "task", "task"]


def test_what_is_done_and_the_plan_that_follows_from_it_with_its_own_subject():
    text = ("Trong 6 tháng đầu năm 2024, Mặt trận các cấp đã tổ chức quán triệt Nghị quyết số 43-NQ/TW của Ban "
            "Chấp hành Trung ương Đảng, từ nội dung này, Ủy ban Mặt trận tỉnh sẽ xây dựng Chương trình hành động "
            "thực hiện Nghị quyết.")
    assert labels(text)[1] == ("task", "Ủy ban Mặt trận tỉnh sẽ xây dựng Chương trình hành động thực hiện Nghị quyết.")
    assert [c for c, _ in labels(text)] == ["achievement", "task"]


def test_directing_that_fell_short_is_a_shortcoming_not_an_order():
    text = ("Năm 2024, Ban Chỉ đạo huyện đã kiện toàn bộ máy ở 12/12 xã. Tuy vậy, công tác tuyên truyền chưa "
            "thường xuyên. Chỉ đạo xây dựng mô hình điểm ở các xã chưa được quan tâm. Chưa có nhiều mô hình hay.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation", "limitation", "limitation"]


def test_awards_after_a_directive_are_no_tasks():
    text = ("Năm 2024, Hội Chữ thập đỏ huyện đã vận động 1.200 người hiến máu.\n"
            "Phát biểu tại hội nghị, đồng chí Nguyễn Văn A, Phó Chủ tịch UBND huyện đề nghị Hội tiếp tục đổi mới "
            "phương thức vận động, nhất là công tác tuyên truyền.\n"
            "Với những kết quả nêu trên, Hội Chữ thập đỏ tỉnh đã khen thưởng cho 41 tập thể, 51 cá nhân; Ủy ban nhân "
            "dân huyện khen thưởng 02 tập thể, 39 cá nhân; Hội Chữ thập đỏ huyện khen thưởng 20 tập thể, 30 cá nhân.")
    assert [c for c, _ in labels(text)] == ["achievement", "task"]


def test_after_a_motto_what_the_month_will_be_is_a_task_and_a_congress_agenda_is_not():
    text = ("Sáng 5/3, Huyện đoàn tổ chức Lễ ra quân Tháng Thanh niên năm 2025.\n"
            "Với chủ đề: \"Thanh niên tình nguyện\", Tháng Thanh niên 2025 sẽ là cao điểm để các cấp bộ Đoàn trong "
            "huyện tổ chức tuyên truyền về truyền thống của Đoàn; tích cực thực hiện các công trình thanh niên.\n"
            "Với chủ đề “Đoàn kết - Dân chủ - Đổi mới”, đại hội sẽ thảo luận và thông qua báo cáo của Ban Chấp hành.")
    found = labels(text)
    assert [c for c, _ in found] == ["task", "task"]
    assert found[0][1].startswith("Tháng Thanh niên 2025 sẽ là cao điểm")


def test_the_reported_year_without_a_comma_still_opens_the_results():
    text = ("Đó là nhiệm vụ đặt ra tại hội nghị tổng kết công tác dân vận năm 2011 và phương hướng nhiệm vụ năm 2012.\n"
            "Trong năm 2012, ban dân vận các cấp cần tập trung tham mưu cho cấp ủy.\n"
            "Năm 2011 Ban Dân vận Trung ương và ban dân vận các cấp đã phối hợp thực hiện có kết quả nhiều nội dung "
            "công tác. Tích cực tham mưu cho cấp ủy lãnh đạo, chỉ đạo các ban ngành vận động nhân dân đẩy mạnh sản xuất.")
    assert [c for c, _ in labels(text)][-2:] == ["achievement", "achievement"]


def test_the_papers_online_tag_before_the_lead_is_page_noise():
    text = ("QĐND Online – Đó là một trong những nhiệm vụ trọng tâm đặt ra tại hội nghị tổng kết công tác dân vận "
            "năm 2011 và phương hướng nhiệm vụ năm 2012.\n"
            "Năm 2011, ban dân vận các cấp đã phối hợp tổ chức 120 hội nghị đối thoại với nhân dân.")
    article = extract_document(Document("bai.txt", text), RULES)
    assert [text[d.start:d.end].strip() for d in article.decisions if d.label == "noise"] == ["QĐND Online –"]


def test_awards_counted_over_the_term_are_results_not_the_meetings_awards():
    text = ("Từ các phong trào thi đua, trong nhiệm kỳ qua đã có 10.997 lượt cá nhân đạt lao động tiên tiến; "
            "157 tập thể, cá nhân được Thủ tướng Chính phủ tặng bằng khen.\n"
            "Dịp này, Liên đoàn Lao động tỉnh trao bằng khen cho 12 tập thể có thành tích xuất sắc.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement"] and "10.997 lượt cá nhân" in got[0][1]


def test_the_years_setting_with_a_deed_after_it_and_the_new_terms_programme():
    text = ("Năm 2025 là năm đầu tiên thực hiện chính quyền địa phương 2 cấp, Ủy ban MTTQ các cấp trên địa bàn "
            "thành phố tổ chức thành công đại hội nhiệm kỳ 2025-2030.\n"
            "Mặt trận các cấp tiếp tục cụ thể hóa phương hướng, mục tiêu và chương trình hành động của nhiệm kỳ mới "
            "với quyết tâm phát huy sức mạnh đại đoàn kết toàn dân tộc.")
    assert [c for c, _ in labels(text)] == ["achievement", "task"]


def test_members_old_and_frail_is_a_hardship_unless_they_were_helped():
    text = ("Năm 2024, Hội đã thăm hỏi, tặng quà 25 hội viên tuổi cao, sức yếu.\n"
            "Hội là hội đặc thù, số lượng hội viên ít, hội viên tuổi cao, sức yếu, bệnh tật.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation"]


def test_a_report_read_by_an_official_with_a_long_title_reports_results():
    text = ("Đồng chí Chủ tịch Ủy ban MTTQ thành phố nhấn mạnh, trong những thành tích đó có sự đóng góp của "
            "Mặt trận các cấp.\n"
            "Báo cáo tóm tắt kết quả công tác Mặt trận năm 2022, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam "
            "Thành phố Nguyễn Văn An cho biết: Mặt trận các cấp thành phố đã chủ động đổi mới nội dung, phương "
            "thức hoạt động; lựa chọn, triển khai các nhiệm vụ có trọng tâm, trọng điểm.")
    article = extract_document(Document("bai.txt", text), RULES)
    said = text.index("Mặt trận các cấp thành phố đã")
    after = [d for d in article.decisions if d.end > said]
    # read as the report it introduces (whatever the screen then keeps), never as orders
    assert after and all(d.rule.endswith("dẫn lời báo cáo: 'cho thấy/cho biết'") for d in after)
    assert "task" not in [d.label for d in after]


def test_the_organisations_named_do_not_hide_that_the_next_tasks_follow():
    text = ("Đánh giá toàn diện công tác dân vận, mặt trận, các tổ chức chính trị - xã hội 6 tháng đầu năm 2022, "
            "Ban Dân vận Tỉnh ủy đã đề ra các nhiệm vụ trong thời gian tới.\n"
            "Cụ thể, phối hợp các đơn vị tham mưu Ban Thường vụ Tỉnh ủy chỉ thị về lãnh đạo Đại hội Hội Nông dân "
            "các cấp; tiếp tục đẩy mạnh phát động các phong trào thi đua yêu nước và các cuộc vận động.")
    assert [c for c, _ in labels(text)] == ["task", "task"]


def test_the_year_the_lead_plans_is_the_next_one():
    text = ("Ngày 24/2, hai Ban Dân vận tổ chức hội nghị sơ kết công tác phối hợp và triển khai phương hướng "
            "công tác năm 2023.\n"
            "Năm 2022, hai đơn vị đã trao tặng 19 căn nhà “Nghĩa tình Dân vận” cho các hộ nghèo.\n"
            "Năm 2023, hai đơn vị tập trung tuyên truyền, vận động nhân dân thực hiện tốt quy chế dân chủ ở cơ sở.")
    assert [c for c, _ in labels(text)] == ["achievement", "task"]


def test_the_category_corrector_takes_back_results_the_rules_read_as_tasks():
    # no year is named, so the rules take the term for the next one; the
    # corrector, trained on such errors of older rules on unseen pages, is sure
    text = ("Dự Đại hội có lãnh đạo Tỉnh Đoàn, Thành ủy, Ủy ban MTTQ thành phố.\n"
            "Trong nhiệm kỳ 2019-2024, tổ chức Hội các cấp tổ chức 247 hoạt động “Đền ơn đáp nghĩa”, trao tặng 520 "
            "suất quà, thu hút 17.883 hội viên, thanh niên tham gia.")
    rules_alone = copy.copy(RULES)
    rules_alone.corrector = None
    alone = extract_document(Document("bai.txt", text), rules_alone).statements
    corrected = extract_document(Document("bai.txt", text), RULES).statements
    assert [s.category for s in alone] == ["task"]
    assert [s.category for s in corrected] == ["achievement"]
    assert corrected[0].rule.startswith("mô hình phân loại:")  # explain says why


def test_the_points_that_stood_out_in_the_quarter_are_results():
    text = ("Đánh giá kết quả thực hiện trong quý I năm 2019, đồng chí Trưởng ban Dân vận Quận ủy nhấn mạnh một số "
            "nội dung nổi bật như: tình hình nhân dân ổn định, phấn khởi; nhân dân hăng hái tham gia các cuộc vận "
            "động, các phong trào thi đua yêu nước.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_a_congress_setting_counted_targets_only_introduces_them(monkeypatch):
    text = ("Đại hội Hội Cựu chiến binh xã nhiệm kỳ 2027-2032\n"
            "Trong nhiệm kỳ, Hội đã kết nạp được 120 hội viên mới.\n"
            "Đại hội đã đề ra 3 giải pháp đột phá, 6 chỉ tiêu chủ yếu để thực hiện mục tiêu chung:\n"
            "- Tích cực tham gia xây dựng Đảng, chính quyền vững mạnh;\n"
            "- Phấn đấu 100% chi hội đạt vững mạnh.")
    assert [c for c, _ in labels(text)] == ["achievement", "task", "task"]
    # the same introduction before an inline list, read by the rules alone (the
    # noise screen often drops it, not always)
    inline = ("Đại hội Hội Cựu chiến binh xã nhiệm kỳ 2027-2032\n"
              "Trong nhiệm kỳ, Hội đã kết nạp được 120 hội viên mới.\n"
              "Đại hội đã đề ra 2 giải pháp đột phá, 8 chỉ tiêu chủ yếu để thực hiện mục tiêu chung: "
              "Tích cực tham gia xây dựng Đảng, chính quyền vững mạnh; phấn đấu 100% chi hội đạt vững mạnh.")
    assert categories_without(monkeypatch, "BRIEFGEN_SCREEN", inline) == ["achievement", "task", "task"]


def test_shortcomings_shared_or_assessed_at_the_meeting_name_none():
    text = ("Hội nghị giao ban khối dân vận xã quý III năm 2026\n"
            "Quý III, Mặt trận và các đoàn thể xã đã vận động 85 hội viên mới.\n"
            "Tại buổi làm việc, các đại biểu cùng trao đổi tình hình tư tưởng hội viên và nhân dân.\n"
            "Đồng thời, phân tích, đánh giá những khó khăn, vướng mắc trong quá trình thực hiện nhiệm vụ; "
            "cũng như đề xuất các giải pháp trong thời gian tới.\n"
            "Bà Lê Thị Hoa còn lắng nghe, chia sẻ khó khăn của cán bộ hội cơ sở cũng như những việc chưa làm được.\n"
            "Tuy nhiên, công tác tập hợp phụ nữ ở các thôn xa còn khó khăn, tỷ lệ thu hút hội viên chưa cao.")
    found = labels(text)
    assert [c for c, _ in found] == ["achievement", "limitation"]
    assert found[1][1].startswith("Công tác tập hợp phụ nữ ở các thôn xa còn khó khăn")


def test_what_praise_singles_out_is_a_result():
    text = ("Hội nghị tổng kết công tác Công đoàn huyện năm 2026\n"
            "Năm 2026, Công đoàn huyện đã kết nạp 320 đoàn viên mới.\n"
            "Phát biểu chỉ đạo tại hội nghị, đồng chí Trần Văn Bình, Chủ tịch Liên đoàn Lao động tỉnh; "
            "đồng chí Lê Văn Nam, Phó Bí thư Huyện ủy ghi nhận và đánh giá cao những thành quả "
            "đã đạt được của Công đoàn huyện trong năm qua, đặc biệt đã tổ chức thành công Đại hội Công đoàn huyện "
            "lần thứ VIII, nhiệm kỳ 2026-2031.")
    found = labels(text)
    assert [c for c, _ in found] == ["achievement", "achievement"]
    assert found[1][1].startswith("Đã tổ chức thành công Đại hội Công đoàn huyện")


def test_a_headline_with_a_figure_above_the_dateline_and_image_lines_are_not_items():
    text = ("Năm 2026, Quỹ “Vì người nghèo” huyện vận động được hơn 5,2 tỷ đồng\n"
            "Chiều 12-1, Ban vận động Quỹ “Vì người nghèo” huyện họp đánh giá kết quả hoạt động của quỹ năm 2026.\n"
            "![Ban vận động Quỹ “Vì người nghèo” huyện họp đánh giá kết quả năm 2026](https://anh.example/1.jpg)\n"
            "Tích cực vận động ủng hộ Quỹ “Vì người nghèo” năm 2026 - Ảnh 1.\n"
            "Năm 2026, Quỹ “Vì người nghèo” huyện đã vận động được hơn 5,2 tỷ đồng, hỗ trợ xây mới 40 nhà đại đoàn kết.")
    assert labels(text) == [("achievement", "Năm 2026, Quỹ “Vì người nghèo” huyện đã vận động được hơn 5,2 tỷ đồng, "
                                             "hỗ trợ xây mới 40 nhà đại đoàn kết.")]
    # the caption again under its image, glued to the next sentence: not an item, and
    # the year it names (the meeting's plans) does not turn the results into tasks
    below = ("Năm 2026, Quỹ “Vì người nghèo” huyện đã vận động được hơn 5,2 tỷ đồng.\n"
             "![Ban vận động Quỹ huyện họp đánh giá kết quả năm 2026, phương hướng năm 2027](https://anh.example/1.jpg)\n"
             "Ban vận động Quỹ huyện họp đánh giá kết quả năm 2026, phương hướng năm 2027\n"
             "Việc phân bổ nguồn quỹ bảo đảm công khai, minh bạch, đúng đối tượng và đạt hiệu quả.")
    found = labels(below)
    assert [c for c, _ in found] == ["achievement", "achievement"]
    assert found[1][1].startswith("Việc phân bổ nguồn quỹ")


def test_a_papers_tag_with_an_ampersand_before_the_lead_is_page_noise(monkeypatch):
    text = ("Khảo sát phong trào thi đua “Dân vận khéo” tại huyện Tân Lạc\n"
            "VH&ĐS – Trong 2 ngày (10 và 11/8), Đoàn công tác của Ban Dân vận Tỉnh ủy do đồng chí Lê Văn An, "
            "Phó Trưởng ban làm Trưởng đoàn đã khảo sát phong trào thi đua “Dân vận khéo” tại huyện Tân Lạc.\n"
            "Năm 2026, huyện có 120 mô hình “Dân vận khéo” được công nhận.")
    # the rules alone: the screen often drops a lead
    assert categories_without(monkeypatch, "BRIEFGEN_SCREEN", text) == ["achievement"]


def test_units_that_continue_after_a_directive_are_ordered_and_a_furthered_strength_is_a_result(monkeypatch):
    text = ("Năm 2026, Mặt trận và các đoàn thể huyện đã vận động 2.000 hội viên mới.\n"
            "Về nhiệm vụ năm 2027, đồng chí yêu cầu Mặt trận và các đoàn thể huyện tổ chức thành công đại hội nhiệm kỳ mới.\n"
            "Các đơn vị tiếp tục đổi mới nội dung, phương thức hoạt động, chú trọng sinh hoạt chi hội ở thôn xa.\n"
            "Năm 2026, vai trò của Mặt trận trong giám sát tiếp tục được nâng cao.")
    assert categories_without(monkeypatch, "BRIEFGEN_CORRECTOR", text) == ["achievement", "task", "task", "achievement"]


def test_who_congratulated_the_congress_and_its_choice_as_a_pilot_are_procedure():
    text = ("Đại hội đại biểu MTTQ Việt Nam xã Tân Lập lần thứ XXV\n"
            "Nhiệm kỳ qua, Mặt trận xã đã vận động xây mới 12 nhà đại đoàn kết.\n"
            "Tân Lập là đơn vị được Ủy ban MTTQ huyện chọn làm đại hội điểm, qua đó rút kinh nghiệm chỉ đạo "
            "đại hội các xã, thị trấn trên địa bàn huyện.\n"
            "Huyện ủy, HĐND, UBND, UBMTTQ huyện và Đảng ủy, HĐND, UBND xã Tân Lập chúc mừng Đại hội.\n"
            "Các tổ chức đoàn thể xã, các thôn, trường học, doanh nghiệp, con em quê hương chúc mừng Đại hội.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_awards_received_in_the_period_are_results_awards_at_the_meeting_procedure(monkeypatch):
    text = ("Đại hội Hội Nông dân xã Tân Lập nhiệm kỳ 2027-2032\n"
            "Trong nhiệm kỳ, Hội đã kết nạp 150 hội viên mới.\n"
            "Năm 2025 được Hội Nông dân tỉnh tặng bằng khen.\n"
            "Mỗi năm có 3 chi hội, 5 cá nhân xuất sắc được UBND xã tặng giấy khen.\n"
            "Có 4 đồng chí Ủy viên Ban Chấp hành được Trung ương Hội tặng kỷ niệm chương.\n"
            "Dịp này, Hội Nông dân huyện trao tặng giấy khen cho 3 tập thể có thành tích xuất sắc.")
    assert categories_without(monkeypatch, "BRIEFGEN_SCREEN", text) == ["achievement"] * 4


def test_a_storms_damage_stated_on_its_own_is_a_difficulty_and_the_relief_is_a_result():
    text = ("Năm 2024, Hội Nông dân tỉnh đã kết nạp 1.200 hội viên mới.\n"
            "Cơn bão số 3 với cường độ rất mạnh đã đổ bộ vào các huyện vùng cao gây thiệt hại nặng nề về người và tài sản.\n"
            "Tổng thiệt hại của hội viên nông dân lên đến hơn 500 tỷ đồng.\n"
            "Các cấp Hội đã vận động ủng hộ hội viên bị thiệt hại do bão số 3 hơn 2 tỷ đồng.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation", "limitation", "achievement"]


def test_a_deed_done_by_a_subject_is_a_result_even_where_tasks_are_expected():
    text = ("Thời gian tới, Hội Nông dân xã tập trung các nhiệm vụ sau:\n"
            "- Nhiệm kỳ qua, Hội đã vận động hội viên hiến 2.000 m2 đất làm đường giao thông nông thôn.\n"
            "- Các chi hội nhân rộng những mô hình đã xây dựng có hiệu quả.\n"
            "- Những hạn chế đã được chỉ ra phải được khắc phục ngay trong quý III.")
    assert [c for c, _ in labels(text)] == ["achievement", "task", "task"]


def test_a_requirement_not_met_with_khong_is_a_shortcoming():
    text = ("Năm 2023, Hội Nông dân huyện kết nạp 320 hội viên mới.\n"
            "Nhiều diện tích lúa của hội viên vẫn gieo cấy không theo quy hoạch vùng.\n"
            "Phần lớn doanh nghiệp trên địa bàn không tuyển dụng thêm lao động trong năm.\n"
            "Năm 2023, không để xảy ra khiếu kiện đông người trên địa bàn.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation", "limitation", "achievement"]


def test_what_remains_to_be_done_is_a_shortcoming_what_fell_to_a_figure_is_a_result():
    text = ("Năm 2019, Quỹ Vì người nghèo huyện vận động được hơn 3 tỷ đồng.\n"
            "Toàn huyện còn gần 300 hộ nghèo cần hỗ trợ sửa chữa nhà ở.\n"
            "Số hộ hội viên nghèo giảm xuống còn 23 hộ, chiếm 0,96%.\n"
            "Hội thực hiện đạt và vượt 12 chỉ tiêu, còn 01 chỉ tiêu về phát triển hội viên đạt gần 70%.")
    assert labels(text)[3:] == [("achievement", "Hội thực hiện đạt và vượt 12 chỉ tiêu."),
                                ("limitation", "Còn 01 chỉ tiêu về phát triển hội viên đạt gần 70%.")]
    assert [c for c, _ in labels(text)] == ["achievement", "limitation", "achievement", "achievement", "limitation"]


def test_a_reporting_range_of_dates_is_the_period_of_results_a_few_days_are_the_meeting():
    text = ("Trong 2 ngày, từ ngày 20/4 đến ngày 21/4/2024, Đoàn Thanh niên khối các cơ quan tỉnh tổ chức Đại hội lần thứ VIII.\n"
            "Tại hội nghị, Ban vận động Quỹ cho biết, từ ngày 1/1 đến 30/9/2024, Quỹ Vì người nghèo 3 cấp đã vận động được hơn 5 tỷ đồng.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_a_sentence_about_the_meeting_that_states_figures_reached_keeps_them():
    text = ("Hội nghị đã đánh giá kết quả hoạt động công đoàn 6 tháng đầu năm 2024.\n"
            "Hội nghị đã đánh giá các hoạt động của Cụm trong 6 tháng đầu năm, trọng tâm là phát triển đoàn viên "
            "được 551/530, đạt 103,96%, thành lập công đoàn cơ sở được 3/7, đạt 42,85%.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_members_elected_to_the_peoples_council_are_a_result_the_congress_vote_is_procedure():
    text = ("Năm 2021, Hội Nông dân xã kết nạp 50 hội viên mới.\n"
            "Đặc biệt có 12 cán bộ, hội viên trúng cử làm đại biểu HĐND xã.\n"
            "Đại hội đã bầu 13 đồng chí vào Ban Chấp hành, đồng chí Lê Thị Mai trúng cử chức danh Chủ tịch Hội.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_a_conclusion_announced_with_nhu_sau_opens_the_tasks_even_without_a_directive_verb():
    text = ("Ngày 03/7/2024, Ban Thường trực Ủy ban MTTQ huyện tổ chức giao ban với Mặt trận các xã.\n"
            "Ông Nguyễn Văn An - Chủ trì Hội nghị đã biểu dương Mặt trận các xã có cố gắng hoàn thành nhiệm vụ trong "
            "tháng 6, ghi nhận các ý kiến đóng góp và kết luận chỉ đạo như sau:\n"
            "1.\nĐối với Ban Thường trực Ủy ban MTTQ huyện:\n"
            "- Tăng cường đi cơ sở, nắm bắt dư luận xã hội để có định hướng tuyên truyền;\n"
            "- Hướng dẫn đề cương xây dựng văn kiện Đại hội cho Ban Thường trực các xã.")
    assert [c for c, _ in labels(text)] == ["task", "task"]


def test_a_remark_that_lists_what_to_focus_on_is_a_list_of_tasks():
    text = ("Qua buổi kiểm tra bà Trần Thị Hoa, Chủ tịch Hội LHPN huyện nhận xét: tiếp tục phát huy những kết quả "
            "đạt được và tập trung thực hiện một số vấn đề cơ bản sau: rà soát lại chỉ tiêu giao ước thi đua năm 2024; "
            "nâng chất và nhân rộng các mô hình hiện có của Hội.")
    assert [c for c, _ in labels(text)] == ["task", "task"]


def test_after_the_occasion_qua_buoi_lam_viec_the_speakers_directive_is_a_task():
    text = ("Năm 2024, Hội Nông dân huyện kết nạp 50 hội viên.\n"
            "Qua buổi làm việc, đồng chí Nguyễn Văn An, Bí thư Huyện ủy đề nghị Hội Nông dân huyện tiếp tục đổi mới nội dung hoạt động.\n"
            "Qua kiểm tra, đồng chí Lê Văn Bình yêu cầu các chi hội rà soát lại danh sách hội viên.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement", "task", "task"]
    assert got[1][1].startswith("Tiếp tục đổi mới")


def test_a_visit_somewhere_is_the_occasion_not_a_task_or_a_result():
    text = ("Tại hội nghị, đồng chí Bí thư Tỉnh đoàn đề nghị các cấp bộ Đoàn tiếp tục đẩy mạnh phong trào thanh niên tình nguyện.\n"
            "Cùng ngày, Bí thư thứ nhất T.Ư Đoàn Lê Văn Nam đã làm việc tại xã Tân Lập, huyện Bố Trạch (Quảng Bình).\n"
            "Nhiều lao động trẻ làm việc tại khu công nghiệp chưa được tập hợp vào tổ chức Đoàn.")
    assert [c for c, _ in labels(text)] == ["task", "limitation"]


def test_the_dot_of_an_abbreviation_ends_no_clause():
    text = ("Thời gian tới, Hội Nông dân xã tập trung các nhiệm vụ sau:\n"
            "- Nhiệm kỳ qua, Hội LHPN TP. Bảo Lộc đã vận động hội viên hiến 2.000 m2 đất làm đường giao thông nông thôn.\n"
            "- Các chi hội nhân rộng những mô hình đã xây dựng có hiệu quả.")
    assert [c for c, _ in labels(text)] == ["achievement", "task"]


def test_curbing_negative_phenomena_on_the_territory_is_a_result_not_a_discussed_shortcoming():
    text = ("Nhìn chung hoạt động của Ban Thanh tra nhân dân những năm qua đã phát huy chức năng giám sát "
            "của Mặt trận trên địa bàn, hạn chế các hiện tượng tiêu cực, tạo sự đồng thuận cao trong xã hội.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_what_a_draft_report_says_is_the_result_it_reports():
    text = ("Theo dự thảo Báo cáo kết quả phối hợp công tác dân vận năm 2023, sau gần 1 năm thực hiện, "
            "các nhiệm vụ phối hợp của Ban Dân vận hai tỉnh cơ bản đi vào nề nếp, bước đầu đạt được mục đích, yêu cầu đề ra.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_the_number_of_delegates_attending_is_not_a_result():
    text = ("Sáng 28/9, Hội Nông dân tỉnh tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2023 – 2028.\n"
            "Với sự tham gia của 304 đại biểu đại diện cho gần 500 nghìn hội viên nông dân trên toàn tỉnh.\n"
            "Nhiệm kỳ qua, các cấp Hội kết nạp 12.000 hội viên mới.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_shortcomings_named_to_be_remedied_are_shortcomings_not_tasks():
    text = ("Kết luận buổi kiểm tra, đồng chí Trần Văn Hùng ghi nhận những kết quả đã đạt được, đồng thời chỉ ra "
            "những tồn tại và yêu cầu khắc phục trong thời gian tới như: Việc ghi chép sổ sách có lúc chưa đầy đủ; "
            "sinh hoạt chi hội ở một số nơi còn đơn điệu.\n"
            "Những kết quả đạt được và một số hạn chế cần khắc phục\n\n"
            "Kết quả nổi bật: Hội kết nạp 120 hội viên mới.")
    got = labels(text)
    assert [c for c, _ in got] == ["limitation", "limitation", "achievement"]
    assert got[0][1].startswith("Việc ghi chép sổ sách")


def test_a_shortcoming_voiced_in_the_discussion_after_a_proposal_is_a_shortcoming():
    text = ("Nhiều ý kiến đề xuất cần sửa đổi quy chế phối hợp cho phù hợp với thực tiễn; có ý kiến phản ánh một số "
            "chi hội trưởng chưa nắm chắc tình hình hội viên nên còn lúng túng khi giải quyết kiến nghị.")
    got = labels(text)
    assert [c for c, _ in got] == ["task", "limitation"]


def test_a_caption_after_a_long_paragraph_line_is_not_joined_to_the_next_line():
    # one paragraph per line (a web page); the caption line has no full stop
    text = ("Sáng 12/3, Ủy ban MTTQ thị xã tổ chức hội nghị tọa đàm về công tác giám sát và phản biện xã hội. "
            "Tham dự có lãnh đạo Thị ủy, UBND thị xã và các đoàn thể chính trị - xã hội; lãnh đạo Đảng ủy, UBND, "
            "Ủy ban MTTQ các xã, phường. Đồng chí Nguyễn Văn Đức, Chủ tịch Ủy ban MTTQ thị xã chủ trì hội nghị\n"
            "Từ đầu năm đến nay, Ủy ban MTTQ thị xã đã tổ chức được 3 cuộc giám sát về an toàn thực phẩm. "
            "Hội LHPN các xã giám sát việc cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi.\n"
            "Đồng chí Nguyễn Văn Đức phát biểu kết luận buổi tọa đàm\n"
            "Tại buổi tọa đàm, các đại biểu đã thảo luận về công tác giám sát.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement", "achievement"]
    assert got[0][1].startswith("Từ đầu năm đến nay")


def test_a_round_table_its_speakers_and_what_it_taught_are_not_items():
    text = ("Vừa qua, Ủy ban MTTQ huyện tổ chức tọa đàm về công tác giám sát và phản biện xã hội.\n"
            "Năm 2024, Ủy ban MTTQ huyện đã tổ chức được 5 cuộc giám sát chuyên đề.\n"
            "Tại buổi tọa đàm có 7 ý kiến phát biểu về những thuận lợi, khó khăn và giải pháp trong thời gian tới.\n"
            "Qua buổi tọa đàm đã giúp cho các đại biểu hiểu sâu hơn về hoạt động giám sát của Mặt trận.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_an_announcement_of_the_points_to_heed_is_no_task_itself():
    text = ("Qua các buổi giám sát, đồng chí Lê Văn Hải, Trưởng Ban Dân vận Huyện ủy đã nhận xét: Nhìn chung, "
            "các đơn vị đã triển khai thực hiện nghiêm túc Đề án; các nhiệm vụ, giải pháp trên các lĩnh vực: đổi mới "
            "nội dung; củng cố tổ chức và cán bộ khối dân vận cơ sở được quan tâm thực hiện, có chuyển biến tích cực.\n"
            "Đồng chí cũng đã lưu ý những vấn đề mà Khối dân vận các địa phương cần quan tâm trong thời gian đến: "
            "Một là, tập trung sơ kết việc thực hiện Quy chế dân chủ ở cơ sở; hai là, nâng cao chất lượng "
            "hoạt động của Ban Thanh tra nhân dân.")
    got = labels(text)
    assert [c for c, _ in got][-2:] == ["task", "task"]
    assert not any("vấn đề mà" in s for _, s in got)


def test_a_drives_preamble_and_purpose_are_neither_results_nor_tasks():
    text = ("Thực hiện kế hoạch vận động, ủng hộ Quỹ “Vì người nghèo” năm 2024.\n"
            "Sau hơn 1 tháng triển khai, toàn xã đã thu được 85 triệu đồng của 40 cơ quan, đơn vị.\n"
            "Đợt vận động năm nay nhằm hưởng ứng tháng cao điểm vì người nghèo, góp phần bảo đảm an sinh xã hội.")
    assert labels(text) == [("achievement", "Sau hơn 1 tháng triển khai, toàn xã đã thu được 85 triệu đồng "
                                            "của 40 cơ quan, đơn vị.")]


def test_a_preamble_followed_by_what_was_done_is_kept():
    text = "Thực hiện Kế hoạch số 12 của Huyện ủy, Mặt trận xã đã vận động xây dựng 6 nhà Đại đoàn kết."
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_a_speakers_agreement_and_comment_are_not_items():
    text = ("Năm 2023, Hội Nông dân thành phố phát triển mới 320 hội viên.\n"
            "Ông Trần Văn Giáp - UVBTV, Giám đốc Trung tâm Hỗ trợ nông dân tỉnh, phụ trách địa bàn thành phố rất "
            "ủng hộ đề xuất thành lập Chi hội nông dân tại Khoa Nông học của Trường Cao đẳng Nông nghiệp.\n"
            "Bà Lê Thị Hoa, Chủ tịch Hội LHPN tỉnh, đồng tình, nhất trí với các ý kiến tham luận. Đồng thời khẳng định "
            "đây là một trong những nhiệm vụ quan trọng, góp phần hỗ trợ phụ nữ phát triển kinh tế.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_a_list_ending_in_etc_ends_its_sentence():
    text = ("Một số đơn vị hoàn thành việc nộp quỹ sớm như: Trường Tiểu học Tân An, Phòng Nội vụ, Đài truyền thanh v.v. "
            "Trong thời gian tới, xã sẽ tiếp tục vận động các tổ chức, cá nhân tham gia ủng hộ.")
    assert [c for c, _ in labels(text)] == ["achievement", "task"]


def test_emoji_bullets_do_not_hide_attendance_and_framing():
    text = ("Năm 2025, Mặt trận xã vận động xây dựng 4 nhà Đại đoàn kết.\n"
            "🌺 Tham dự buổi làm việc, về phía Đoàn kiểm tra có bà Nguyễn Thị Hạnh, Phó Chủ tịch Ủy ban MTTQ tỉnh.\n"
            "🌺 Đây là dịp quan trọng để xã báo cáo kết quả, đồng thời tiếp thu những ý kiến chỉ đạo, góp ý của "
            "Đoàn kiểm tra nhằm nâng cao hiệu quả hoạt động trong thời gian tới.\n"
            "Báo cáo đã nêu bật những kết quả đạt được, những thuận lợi và khó khăn trong quá trình hoạt động.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_a_coming_congress_agenda_and_delegate_numbers_are_not_tasks():
    text = ("Năm 2025, Mặt trận các cấp vận động Quỹ Vì người nghèo được 2.000 tỷ đồng.\n"
            "Tổng số đại biểu tham dự Đại hội dự kiến là 1.250 vị, trong đó đại biểu chính thức là 1.000 vị.\n"
            "Các nội dung trong chương trình Đại hội gồm: Báo cáo kiểm điểm hoạt động của Ủy ban nhiệm kỳ qua; "
            "thông qua Điều lệ sửa đổi, bổ sung; hiệp thương cử Ủy ban khóa mới.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_an_announcement_that_difficulties_showed_is_no_shortcoming_itself():
    text = ("Việc sắp xếp tổ chức bộ máy của Mặt trận cấp tỉnh, cấp xã khi triển khai đã bộc lộ một số khó khăn.\n"
            "Ở cấp xã, số cán bộ chuyên trách của Mặt trận còn thiếu so với khối lượng công việc.")
    got = labels(text)
    assert [c for c, _ in got] == ["limitation"]
    assert "còn thiếu" in got[0][1]


def test_a_site_footer_and_a_clauseless_opener_are_not_items():
    text = ("Qua 3 năm thực hiện Nghị quyết Đại hội Phụ nữ các cấp nhiệm kỳ 2021 - 2026.\n"
            "Các cấp Hội đã hoàn thành 11/12 chỉ tiêu nghị quyết đề ra.\n"
            "Cơ quan chủ quản: UBND thành phố - Địa chỉ: Số 12 đường Lê Lợi.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_a_decision_to_focus_on_some_key_tasks_names_no_task():
    text = ("Năm 2017, khối dân vận thành phố đã vận động Nhân dân hiến 2.000 m2 đất làm đường.\n"
            "Do vậy, Ban Chỉ đạo thành phố xác định tiếp tục tập trung thực hiện một số nhiệm vụ trọng tâm công tác "
            "dân vận.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_saying_that_shortcomings_were_faced_and_lessons_drawn_is_no_shortcoming():
    text = ("Các cấp Hội đã hoàn thành 11/12 chỉ tiêu nghị quyết đề ra.\n"
            "Bên cạnh đó, tại hội nghị các đại biểu cũng đã thẳng thắn nhìn nhận những tồn tại, hạn chế, rút ra "
            "nguyên nhân và bài học kinh nghiệm.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_after_meeting_procedure_a_request_and_its_list_are_tasks():
    text = ("Năm 2025, Mặt trận phường vận động Quỹ Vì người nghèo được 300 triệu đồng.\n"
            "Tại hội nghị, Ban Thường trực Ủy ban MTTQ phường đã thông báo một số văn bản chỉ đạo của Mặt trận thành "
            "phố và thông tin định hướng nội dung trọng tâm năm 2026, "
            "đề nghị các Ban công tác Mặt trận tập trung vào những nội dung: Đẩy mạnh cuộc vận động xây dựng đô thị "
            "văn minh ở khu dân cư; tăng cường vận động Quỹ Vì người nghèo.\n"
            "Năm 2026 là năm tổ chức đại hội Mặt trận các cấp lần thứ XI, vì vậy các Ban công tác Mặt trận cần nắm "
            "chắc tình hình "
            "Nhân dân ở khu dân cư.")
    assert [c for c, _ in labels(text)] == ["achievement", "task", "task", "task"]


def test_a_unit_that_set_the_next_quarters_tasks_lists_tasks_not_results():
    text = ("Trong quý I, Mặt trận quận đã vận động Quỹ Vì người nghèo được 500 triệu đồng.\n"
            "Từ những kết quả đã đạt được trong quý I, Mặt trận quận đã xác định nhiệm vụ của quý II với những nội "
            "dung chính:\n"
            "1. Tiếp tục đẩy mạnh phong trào xây dựng đời sống văn hóa ở khu dân cư.\n"
            "2. Tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc năm 2026.")
    assert [c for c, _ in labels(text)] == ["achievement", "task", "task"]


def test_a_leaders_praise_then_the_tasks_he_stressed_gives_the_tasks():
    text = ("Phát biểu chỉ đạo đại hội, đồng chí Chủ tịch Hội Cựu chiến binh thị xã biểu dương những thành tích của "
            "Hội trong nhiệm kỳ qua, nhấn mạnh một số nhiệm vụ mà Hội cần phấn đấu đạt được trong nhiệm kỳ "
            "2026-2031, cụ thể: phát triển từ 10 đến 15 hội viên mới, không để hội viên tái nghèo.")
    assert [c for c, _ in labels(text)] == ["task"]


def test_what_a_meeting_went_through_and_thanks_are_no_items():
    text = ("Năm 2025, Hội Nông dân xã kết nạp 45 hội viên mới.\n"
            "Tại hội nghị, các đồng chí ủy viên Ban Chấp hành tham gia ý kiến góp ý dự thảo các nội dung gồm: "
            "Báo cáo công tác Hội 6 tháng đầu năm 2026; kết quả công tác kiểm tra, giám sát 6 tháng đầu năm 2026.\n"
            "Đại hội đã thông qua báo cáo tổng kết nhiệm kỳ 2021 - 2026; phương hướng, nhiệm vụ, chương trình hành "
            "động nhiệm kỳ 2026 - 2031.\n"
            "Đồng chí Bí thư Đảng ủy đánh giá cao những thành tích của Hội, đồng thời giao một số nhiệm vụ công tác "
            "Hội trọng tâm trong năm 2026.\n"
            "Một lần nữa, Hội Nông dân xã xin trân trọng gửi lời cảm ơn tới các đại biểu.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_problems_of_the_people_a_body_reports_upward_are_no_shortcoming():
    text = ("Hằng năm, Hội tham gia tuyên truyền chính sách pháp luật, tiếp nhận, phản ánh kịp thời các vấn đề tồn "
            "tại, bức xúc trong nhân dân.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_a_congress_resolution_with_its_aim_gives_the_aim_as_a_task():
    text = ("Trong nhiệm kỳ qua, Đoàn phường đã kết nạp 120 đoàn viên mới.\n"
            "Đại hội đã tập trung thảo luận và thống nhất thông qua Nghị quyết về nhiệm vụ công tác Đoàn nhiệm kỳ "
            "2027-2032 với mục tiêu xây dựng tổ chức Đoàn vững mạnh, tập hợp đông đảo thanh niên ở khu dân cư.")
    assert labels(text)[-1] == ("task", "Xây dựng tổ chức Đoàn vững mạnh, tập hợp đông đảo thanh niên ở khu dân cư.")


def test_praise_of_the_units_work_in_general_is_no_result():
    text = ("Năm 2025, Đoàn huyện đã kết nạp 300 đoàn viên mới.\n"
            "Phát biểu chỉ đạo hội nghị, đồng chí Phó Bí thư Huyện ủy đã ghi nhận và đánh giá cao những thành tích "
            "trong công tác Đoàn và phong trào TTN trong năm 2025.\n"
            "Đồng chí cũng đánh giá cao những kết quả về công tác dân tộc, tôn giáo của Đoàn huyện.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_a_new_term_reaching_results_is_no_shortfall():
    text = ("Qua thảo luận, các đại biểu nêu lên những ý kiến để công tác Mặt trận nhiệm kỳ mới đạt nhiều kết quả như "
            "cần xem xét cơ cấu nhân sự Ban công tác Mặt trận, quá trình giám sát cần sâu sát hơn.")
    assert "limitation" not in [c for c, _ in labels(text)]


def test_an_election_at_the_congress_is_procedure_even_without_the_screen(monkeypatch):
    text = ("Trong nhiệm kỳ, Hội đã kết nạp 40 hội viên mới.\n"
            "Tại Đại hội đại biểu Hội Cựu chiến binh phường nhiệm kỳ 2027-2032 đã lựa chọn bầu ra 09 đồng chí có đủ "
            "phẩm chất, năng lực vào Ban Chấp hành Hội.")
    assert categories_without(monkeypatch, "BRIEFGEN_SCREEN", text) == ["achievement"]


def test_a_cue_word_inside_a_place_name_is_no_cue():
    text = ("Năm 2025, các trạm y tế trong huyện được đầu tư đúng mức; đặc biệt là Trạm y tế Hàm Cần được nâng cấp "
            "thành phòng khám đa khoa khu vực; bản sắc văn hóa của đồng bào được giữ vững và phát huy.")
    assert [c for c, _ in labels(text)] == ["achievement"] * 3


def test_a_review_of_a_party_resolution_and_an_advisory_council_meeting_are_of_the_genre():
    review = ("Qua 15 năm tổ chức triển khai thực hiện Nghị quyết 24 của Ban Chấp hành Trung ương Đảng; tình hình "
              "vùng đồng bào dân tộc thiểu số tiếp tục phát triển; hầu hết đồng bào đã được hỗ trợ đất sản xuất. Các "
              "hoạt động được chính quyền, Mặt trận Tổ quốc và các đoàn thể tổ chức thiết thực, góp phần giúp đồng "
              "bào vươn lên thoát nghèo.")
    council = ("Chủ tịch Ủy ban MTTQ tỉnh phát biểu tại cuộc họp Hội đồng tư vấn dân tộc của Ủy ban MTTQ tỉnh về các "
               "giải pháp thực hiện Cuộc vận động xây dựng nông thôn mới. Theo Chủ tịch Ủy ban MTTQ tỉnh, các thành "
               "viên hội đồng đều thống nhất với chủ trương thực hiện Cuộc vận động. Tuy nhiên, cần tiếp tục lấy ý kiến "
               "của đồng bào trong việc đề ra các tiêu chí cụ thể.")
    assert [c for c, _ in labels(review)] == ["achievement"] * 3
    assert [c for c, _ in labels(council)] == ["task"]


def test_a_statement_of_principle_is_no_result():
    text = ("Công tác dân vận là nhiệm vụ có ý nghĩa chiến lược trong sự nghiệp cách mạng của Đảng.\n"
            "Năm 2025, khối dân vận phường đã vận động Nhân dân hiến 500 m2 đất làm đường.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_a_congress_adopting_the_new_terms_targets_after_a_motto_sets_tasks():
    text = ("Nhiệm kỳ 2021-2026, các cấp Hội đã giúp 283 hộ phụ nữ thoát nghèo.\n"
            "Với tinh thần “Đoàn kết, sáng tạo, phát triển”, Đại hội đã biểu quyết thông qua 8 chỉ tiêu chủ yếu "
            "nhiệm kỳ 2026-2031, phát động phong trào thi đua “Phụ nữ tích cực học tập”; thực hiện 2 khâu đột phá "
            "của nhiệm kỳ.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "task", "task"]
    # with the trained screen, what only counts the targets ("thông qua 8 chỉ tiêu",
    # "thực hiện 2 khâu đột phá") may be left out, as annotators often leave it
    # as framing; it is never filed as a result
    got = [c for c, _ in labels(text)]
    assert got[0] == "achievement" and "achievement" not in got[1:]


def test_what_a_report_announced_after_theo_do_is_a_result():
    text = ("Hội Cựu chiến binh tỉnh tổ chức hội nghị Ban Chấp hành lần thứ 5.\n"
            "Cùng đó, Ban Chấp hành Hội thông báo kết quả đại hội cấp cơ sở, theo đó, đã có 237/237 cơ sở hội tổ "
            "chức xong đại hội.\n"
            "Hội thảo đã nghe đánh giá 5 năm thực hiện Đề án của Hội, theo đánh giá phân loại năm 2025, có 15/17 hội "
            "cơ sở vững mạnh, 2/17 đơn vị được xếp loại khá.")
    assert labels(text) == [("achievement", "Đã có 237/237 cơ sở hội tổ chức xong đại hội."),
                            ("achievement", "Có 15/17 hội cơ sở vững mạnh, 2/17 đơn vị được xếp loại khá.")]


def test_a_list_drawn_up_of_households_in_need_is_a_deed_done():
    text = ("Năm 2024, Mặt trận các cấp vận động Quỹ Vì người nghèo được 12 tỷ đồng.\n"
            "Hưởng ứng phong trào “Chung tay xóa nhà tạm”, Ủy ban MTTQ tỉnh đã phối hợp rà soát, lập danh sách 1.045 "
            "hộ cần hỗ trợ để triển khai trong năm 2025.")
    assert [c for c, _ in categories_and_text(text)] == ["achievement", "achievement"]


def test_an_event_with_its_attendance_is_a_result_even_after_a_directive_verb():
    text = ("Ban Thường trực Ủy ban MTTQ huyện tiếp tục quan tâm tổ chức quán triệt, tuyên truyền trong hệ thống Mặt "
            "trận; theo đó, phối hợp tổ chức 01 buổi tọa đàm nâng cao chất lượng hoạt động của Ban Thanh tra nhân "
            "dân, có 45 người tham dự.")
    assert [c for c, _ in categories_and_text(text)][-1] == "achievement"


def test_a_meeting_that_put_forward_the_next_tasks_opens_the_tasks():
    text = ("6 tháng đầu năm, Mặt trận các cấp vận động được 2 tỷ đồng ủng hộ Quỹ Vì người nghèo.\n"
            "Tại hội nghị, Ủy ban MTTQ tỉnh cũng đã đưa ra một số nhiệm vụ trọng tâm công tác 6 tháng cuối năm.\n"
            "Trong đó, tiếp tục triển khai các giải pháp hỗ trợ người dân vùng bị thiên tai.")
    assert [c for c, _ in categories_and_text(text)] == ["achievement", "task"]


def test_a_leader_suggesting_key_tasks_gives_tasks():
    text = ("Nhiệm kỳ qua, Công đoàn tỉnh đã thành lập mới 45 công đoàn cơ sở.\n"
            "Phó Bí thư Thường trực Tỉnh ủy gợi ý một số nhiệm vụ trọng tâm cho tổ chức Công đoàn tỉnh nhiệm kỳ mới, "
            "như đổi mới công tác tuyên truyền, giáo dục cho công nhân, viên chức, lao động; nâng cao kỹ năng nghề "
            "nghiệp cho đoàn viên.")
    assert [c for c, _ in categories_and_text(text)] == ["achievement", "task", "task"]


def test_delegates_agreeing_the_new_terms_goal_open_the_tasks():
    text = ("Hội LHPN xã Tân Phong tổ chức Đại hội đại biểu phụ nữ xã lần thứ I, nhiệm kỳ 2025-2030.\n"
            "Nhiệm kỳ qua, Hội đã giúp 24 hộ phụ nữ thoát nghèo.\n"
            "Tại Đại hội, các đại biểu đã thảo luận và thống nhất mục tiêu nhiệm kỳ 2025-2030, đó là xây dựng "
            "tổ chức Hội vững mạnh, hoạt động hiệu quả.\n"
            "Nâng cao chất lượng đội ngũ cán bộ Hội cơ sở.\n"
            "Phát huy vai trò phụ nữ trong phát triển kinh tế, xây dựng gia đình hạnh phúc.")
    assert labels(text) == [
        ("achievement", "Nhiệm kỳ qua, Hội đã giúp 24 hộ phụ nữ thoát nghèo."),
        ("task", "Xây dựng tổ chức Hội vững mạnh, hoạt động hiệu quả."),
        ("task", "Nâng cao chất lượng đội ngũ cán bộ Hội cơ sở."),
        ("task", "Phát huy vai trò phụ nữ trong phát triển kinh tế, xây dựng gia đình hạnh phúc."),
    ]


def test_targets_a_congress_adopted_for_the_new_term_are_tasks():
    text = ("Chi bộ tổ chức Đại hội lần thứ I, nhiệm kỳ 2025 - 2030.\n"
            "Nhiệm kỳ qua, chi bộ hoàn thành 15/17 chỉ tiêu nghị quyết đề ra.\n"
            "Đại hội đã quyết nghị thông qua một số chỉ tiêu chủ yếu trong nhiệm kỳ 2025 - 2030, cụ thể: "
            "(1) 100% đảng viên được học tập, quán triệt các nghị quyết của Đảng. "
            "(2) Hằng năm, có 95% đảng viên được đánh giá hoàn thành tốt nhiệm vụ.")
    assert [c for c, _ in labels(text)] == ["achievement", "task", "task"]


def test_how_a_merged_union_was_formed_and_its_size_are_no_results():
    text = ("Công đoàn phường An Phú tổ chức Đại hội lần thứ I, nhiệm kỳ 2025 – 2030.\n"
            "Công đoàn phường An Phú được thành lập trên cơ sở của 21 công đoàn cơ sở thuộc hai phường cũ hợp thành, "
            "với 1.950 đoàn viên. Hội Phụ nữ phường hiện có hơn 2.500 hội viên, đa phần là dân tộc Tày (chiếm 80,5%). "
            "Liên đoàn Lao động huyện hiện đang quản lý trực tiếp 106 công đoàn cơ sở, với tổng số 8.721 đoàn viên. "
            "Chi hội Nông dân khu phố 3 hiện có 130 hội viên, ngay từ đầu năm có 84 hộ đăng ký danh hiệu sản xuất "
            "kinh doanh giỏi. Thời gian qua, Công đoàn đã phối hợp tổ chức 12 lớp tập huấn pháp luật cho người lao động.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]
    assert "84 hộ đăng ký" in labels(text)[0][1]
    # the size said in other words, and after a plan read just before it
    text = ("Hiện nay, Hội CCB Khối các cơ quan tỉnh có 39 tổ chức hội cơ sở với 337 hội viên.\n"
            "Đại hội xác định mục tiêu phấn đấu mỗi năm giảm 0,3% số gia đình hội viên nghèo.\n"
            "Hội CCB thành phố hiện có 10.831 hội viên, sinh hoạt ở 23 cơ sở hội.")
    assert labels(text) == [("task", "Mục tiêu phấn đấu mỗi năm giảm 0,3% số gia đình hội viên nghèo.")]


def test_decisions_announced_and_a_bare_count_of_targets_are_no_items():
    text = ("Sáng 11/7, Hội Cựu chiến binh tỉnh tổ chức lễ công bố quyết định thành lập Hội CCB các xã, phường mới.\n"
            "Hội nghị công bố các quyết định thành lập Hội CCB 56 xã, phường trực thuộc tỉnh, nhằm đảm bảo hoạt động "
            "liên tục của Hội CCB các cấp.\n"
            "Nhiệm kỳ qua, Đoàn xã kết nạp 450 đoàn viên.\n"
            "Nhiệm kỳ 2025-2030, Đoàn Thanh niên xã Vĩnh Phú đề ra 15 chỉ tiêu.\n"
            "100% chi đoàn được xếp loại hoàn thành tốt nhiệm vụ trở lên.")
    assert labels(text) == [("achievement", "Nhiệm kỳ qua, Đoàn xã kết nạp 450 đoàn viên."),
                            ("task", "100% chi đoàn được xếp loại hoàn thành tốt nhiệm vụ trở lên.")]


def test_a_year_that_will_focus_on_six_tasks_names_none():
    text = ("Năm 2014, Ủy ban MTTQ tỉnh vận động xây dựng 300 nhà đại đoàn kết.\n"
            "Trong năm 2015, Ủy ban MTTQ tỉnh sẽ tập trung vào 6 nhiệm vụ trọng tâm.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["achievement"], got


def test_difficulties_announced_with_a_call_to_overcome_them_are_no_shortcoming():
    text = ("Năm 2021, Ủy ban MTTQ huyện vận động Quỹ Vì người nghèo được 2 tỷ đồng. "
            "Song song đó, công tác Mặt trận còn tồn tại nhiều khó khăn, cần nhanh chóng khắc phục để hoạt động "
            "ngày càng tốt hơn.")
    assert labels(text) == [("achievement", "Năm 2021, Ủy ban MTTQ huyện vận động Quỹ Vì người nghèo được 2 tỷ đồng.")]


def test_what_the_meeting_will_consider_is_its_agenda_not_tasks():
    text = ("Chiều 23-1, Ủy ban MTTQ tỉnh tổ chức hội nghị Ban Thường trực lần thứ 19.\n"
            "Chủ tịch Ủy ban MTTQ tỉnh Nguyễn Văn An cho biết, hội nghị sẽ xem xét báo cáo tổng kết công tác Mặt trận "
            "năm 2023; chương trình hoạt động của Mặt trận năm 2024; kiện toàn công tác nhân sự.\n"
            "Năm 2023, Mặt trận tỉnh vận động xây dựng 120 nhà đại đoàn kết.")
    assert labels(text) == [("achievement", "Năm 2023, Mặt trận tỉnh vận động xây dựng 120 nhà đại đoàn kết.")]


def test_a_named_shortfall_that_ends_in_solving_difficulties_stays_a_shortcoming():
    text = ("Năm 2023, Mặt trận tỉnh vận động xây dựng 120 nhà đại đoàn kết. Tuy nhiên, công tác Mặt trận vẫn còn một "
            "số hạn chế. Cụ thể, công tác nắm bắt tình hình nhân dân có lúc, có nơi còn bị động, dẫn đến thiếu chủ động "
            "trong việc tham mưu cấp ủy, phối hợp với chính quyền tháo gỡ khó khăn, vướng mắc.\n"
            "Các đại biểu đã thảo luận, chia sẻ những khó khăn trong công tác vận động quỹ.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation"]


def test_a_years_shortcomings_announced_without_naming_one_are_no_item():
    text = ("Năm 2023, Mặt trận tỉnh vận động xây dựng 120 nhà đại đoàn kết. "
            "Tờ trình nêu rõ, năm 2023, ngoài những kết quả đạt được, công tác Mặt trận vẫn còn một số khó khăn, hạn chế. "
            "Cụ thể, công tác nắm bắt tình hình nhân dân có lúc còn bị động.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation"]


def test_building_on_results_then_what_the_year_did_is_a_result():
    text = ("Sáng 5/12/2024, Hội Cựu chiến binh huyện tổng kết công tác hội năm 2024.\n"
            "Phát huy những kết quả đạt được, trong năm 2024, Hội Cựu chiến binh các cấp trong huyện Lâm Hà đã đẩy mạnh "
            "phong trào thi đua “Cựu chiến binh gương mẫu”.\n"
            "Phát huy những kết quả đạt được, năm 2025, Hội tiếp tục đẩy mạnh phong trào thi đua “Cựu chiến binh gương mẫu”.")
    assert [c for c, _ in labels(text)] == ["achievement", "task"]


def test_a_congress_held_to_set_the_new_terms_direction_gives_no_orders():
    text = ("Ngày 23/2, Hội Nông dân xã Hòa Thắng tổ chức Đại hội đại biểu lần thứ XIV nhằm đánh giá kết quả hoạt động "
            "công tác Hội nhiệm kỳ 2018 - 2023 và xác định phương hướng, nhiệm vụ nhiệm kỳ 2023 - 2028.\n"
            "Hội Nông dân phối hợp với Mặt trận và các đoàn thể thành lập 4 mô hình phân loại rác thải tại nguồn, "
            "cấp phát 750 thùng đựng rác.\n"
            "Mặt trận xã xác định tập trung vận động Nhân dân xây dựng nông thôn mới trong năm 2024.")
    assert [c for c, _ in labels(text)] == ["achievement", "task"]


def test_a_line_of_the_sites_english_interface_is_page_noise():
    text = ("Năm 2024, Hội Nông dân xã kết nạp 45 hội viên mới.\n"
            "twn Are you sure that you want to switch to desktop version?\n"
            "Hội phối hợp tổ chức 12 lớp tập huấn kỹ thuật cho 600 lượt hội viên.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["achievement", "achievement"], got


def test_new_countryside_reached_is_no_shortfall():
    text = ("Trong nhiệm kỳ qua, Chi hội tuyên truyền, vận động hội viên tham gia xây dựng nông thôn mới đạt 100%; "
            "có 69 hộ được công nhận danh hiệu “Nông dân sản xuất kinh doanh giỏi” các cấp.\n"
            "Số hội viên mới đạt 60% chỉ tiêu đề ra.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement", "limitation"]


def test_who_took_part_and_the_experience_they_shared_are_procedure():
    text = ("Chiều 22-11, Hội LHPN xã Vĩnh Hòa tổ chức hội nghị tổng kết công tác hội năm 2024.\n"
            "Tham gia hội nghị có hơn 60 cán bộ, hội viên phụ nữ trên địa bàn xã.\n"
            "Tại hội nghị, các cán bộ, hội viên đã nghe báo cáo tổng kết công tác hội năm 2024. "
            "Đồng thời, chia sẻ kinh nghiệm trong công tác vận động hội viên tham gia tổ chức hội.\n"
            "Năm 2024, Hội LHPN xã đã nhận đỡ đầu 1 trẻ em mồ côi với số tiền 6 triệu đồng.")
    assert labels(text) == [("achievement", "Năm 2024, Hội LHPN xã đã nhận đỡ đầu 1 trẻ em mồ côi với số tiền 6 triệu đồng.")]


def test_new_models_working_well_are_no_shortfall():
    text = ("Nhiệm kỳ qua, hoạt động hỗ trợ phụ nữ phát triển kinh tế ngày càng đa dạng, nhiều mô hình mới triển khai "
            "có hiệu quả; Hội đã giúp 35 hộ thoát nghèo.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_an_inline_list_ends_with_its_sentence():
    text = ("Thời gian qua, Công đoàn phường đã chủ động đổi mới, nâng cao chất lượng hoạt động. Các công đoàn cơ sở "
            "chú trọng chọn vấn đề ưu tiên để triển khai thực hiện chủ đề năm như: an toàn vệ sinh lao động; chăm lo "
            "đời sống đoàn viên. Các hoạt động chăm lo đời sống, phong trào thi đua yêu nước được triển khai hiệu quả, "
            "lan tỏa sâu rộng trong cán bộ, đoàn viên và người lao động.\n"
            "Năm 2026, Công đoàn phường tập trung vào các nhiệm vụ trọng tâm như: phát triển đoàn viên; "
            "thành lập công đoàn cơ sở. Hai là, chăm lo Tết cho người lao động.")
    got = labels(text)
    assert ("achievement", "Các hoạt động chăm lo đời sống, phong trào thi đua yêu nước được triển khai hiệu quả, "
            "lan tỏa sâu rộng trong cán bộ, đoàn viên và người lao động.") in got
    assert got[-1] == ("task", "Chăm lo Tết cho người lao động.")  # "Hai là": the list goes on


def test_the_new_terms_targets_listed_after_a_motto_are_tasks():
    text = ("Nhiệm kỳ qua, Công đoàn tỉnh phát triển 52.000 đoàn viên mới.\n"
            "Với khẩu hiệu hành động “Đổi mới – Dân chủ – Đoàn kết – Phát triển”, Đại hội XI Công đoàn tỉnh đã thảo luận "
            "và thông qua Nghị quyết nhiệm kỳ mới với nhiều chỉ tiêu quan trọng, như: xây dựng 250 Mái ấm Công đoàn cho "
            "đoàn viên khó khăn về nhà ở; 100% doanh nghiệp có 25 lao động trở lên có tổ chức công đoàn.")
    got = labels(text)
    assert got[0][0] == "achievement" and len(got) > 1 and all(c == "task" for c, _ in got[1:])
    assert "250 Mái ấm" in " ".join(t for _, t in got[1:])


def test_what_a_quoted_hardship_will_cause_is_no_task():
    text = ("Tại hội nghị giao ban, các đại biểu cho rằng hoạt động Hội ở cơ sở chủ yếu dựa vào sự nhiệt tình và uy tín.\n"
            "Việc đặt ra tiêu chí bằng cấp quá cao sẽ làm \"khó\" cho cơ sở, thậm chí làm phong trào đi xuống.\n"
            "Ngoài ra, quy trình giới thiệu nhân sự cũng bị cho là phức tạp, chưa phù hợp với thực tế.")
    assert "task" not in [c for c, _ in categories_and_text(text)]


def test_a_list_introduced_inside_a_report_of_the_period_holds_results():
    text = ("Thời gian qua, Công đoàn phường đã chủ động đổi mới, nâng cao chất lượng hoạt động. Các công đoàn cơ sở "
            "tập trung vào các nhiệm vụ trọng tâm như: tham gia xây dựng chính sách, pháp luật liên quan đến người lao "
            "động; chăm lo, bảo vệ quyền và lợi ích hợp pháp của đoàn viên.\n"
            "Thời gian tới, Công đoàn phường tập trung vào các nhiệm vụ trọng tâm như: phát triển đoàn viên; "
            "thành lập mới 5 công đoàn cơ sở.")
    assert [c for c, _ in labels(text)] == ["achievement"] * 3 + ["task"] * 2


def test_weaknesses_a_leader_points_out_are_shortcomings_not_tasks():
    text = ("Phát biểu chỉ đạo tại đại hội, Phó Bí thư Tỉnh ủy biểu dương những nỗ lực mà Đảng bộ và nhân dân "
            "thành phố đã đạt được trong nhiệm kỳ qua.\n"
            "Ông cũng chỉ ra một số yếu kém mà Đảng bộ thành phố cần thẳng thắn nhìn nhận để rút kinh nghiệm cho "
            "nhiệm kỳ tới. Đó là nền kinh tế của thành phố phát triển chưa tương xứng với tiềm năng vốn có. "
            "Nhiệm kỳ qua, thành phố để xảy ra tình trạng mất an ninh trật tự tại một số khu du lịch.\n"
            "Năm 2020, Công an thành phố không để xảy ra tụ điểm phức tạp về ma túy.")
    assert [c for c, _ in categories_and_text(text)] == ["limitation", "limitation", "achievement"]


def test_a_breakthrough_task_the_congress_set_is_a_task():
    text = ("Ngày 7/11, Ủy ban MTTQ Việt Nam tỉnh tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n"
            "Tại Đại hội lần này, một trong những nhiệm vụ đột phá được xác định là động viên các tầng lớp nhân dân "
            "tích cực thi đua, tham gia phát triển kinh tế - xã hội; phát huy vai trò làm chủ của nhân dân.")
    assert [c for c, _ in labels(text)] == ["task", "task"]


def test_what_the_meeting_discussed_and_the_sites_footer_are_no_items():
    text = ("Tại hội nghị, các đơn vị trong cụm thi đua cùng nhau trao đổi, chia sẻ kinh nghiệm tổ chức các hoạt động.\n"
            "Trong đó bàn nhiều về các giải pháp phát huy vai trò của ban công tác mặt trận ở khu dân cư; đổi mới, sáng "
            "tạo trong hoạt động của các đơn vị.\n"
            "Năm 2022, Mặt trận các huyện vận động xây dựng 85 nhà đại đoàn kết.\n"
            "Báo Phú Yên Online - Địa chỉ: https://baophuyen.vn")
    got = statements_without_screen(text)
    assert [s.text for s in got] == ["Năm 2022, Mặt trận các huyện vận động xây dựng 85 nhà đại đoàn kết."], got


def test_shortcomings_and_weaknesses_announced_name_none():
    text = ("Nhiệm kỳ qua, thành phố kết nạp được 860 đảng viên mới. Tuy nhiên, việc triển khai thực hiện Nghị quyết "
            "vẫn còn một số khuyết điểm, hạn chế. Kinh tế thành phố tiếp tục tăng trưởng nhưng mức tăng chưa cao.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation"]


def test_how_many_young_people_the_province_has_is_background():
    text = ("Sau sắp xếp, toàn tỉnh có gần 412.000 người trong độ tuổi thanh niên, chiếm hơn 19% dân số toàn tỉnh; "
            "113.353 đội viên, 67.662 đoàn viên.\n"
            "Năm 2025, Tỉnh đoàn kết nạp 5.200 đoàn viên mới.")
    assert labels(text) == [("achievement", "Năm 2025, Tỉnh đoàn kết nạp 5.200 đoàn viên mới.")]


def test_a_conclusions_lead_in_cut_off_before_the_directive_is_no_task():
    text = ("Đồng chí Trưởng ban Dân vận Tỉnh ủy đề nghị Huyện ủy tiếp tục quan tâm lãnh đạo công tác dân vận.\n"
            "Kết luận buổi kiểm tra, Trưởng ban Dân vận Tỉnh ủy Đoàn Văn H")
    assert labels(text) == [("task", "Huyện ủy tiếp tục quan tâm lãnh đạo công tác dân vận.")]


def test_some_difficulties_conceded_before_a_result_name_none():
    text = ("Chủ tịch Ủy ban MTTQ thành phố nhấn mạnh: thời gian qua, mặc dù vẫn còn một số khó khăn nhất định trong "
            "giai đoạn chuyển tiếp, song Ủy ban MTTQ các cấp đã vận động xây dựng 120 nhà đại đoàn kết.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_a_page_without_a_date_that_reviews_the_term_it_names_reports_results():
    # the excerpt starts in the body: no dateline, no year; "nhiệm kỳ qua"
    # says the named term is the one under review, not the coming one
    text = ("Nhiệm kỳ 2019-2024, Hội Nông dân huyện Phong Điền không ngừng đổi mới nội dung và phương thức hoạt động; "
            "lựa chọn các vấn đề trọng tâm để chỉ đạo thực hiện đạt chất lượng. "
            "Nhiệm kỳ qua, các chỉ tiêu của Nghị quyết Đại hội đều đạt và vượt; thành lập 40 tổ hợp tác, đạt 160%.")
    assert {c for c, _ in labels(text)} == {"achievement"}
    # or whose first sentence says the term reached its targets
    text = ("Trong nhiệm kỳ 2019-2024, công tác Hội và phong trào thanh niên thành phố đạt nhiều kết quả nổi bật; "
            "7 chỉ tiêu đề ra trong nhiệm kỳ đều đạt và vượt. Cụ thể, tổ chức Hội các cấp tổ chức 67 hoạt động tư vấn, "
            "định hướng nghề nghiệp; 45 đợt tập huấn, thu hút 3.000 hội viên tham gia.")
    assert {c for c, _ in categories_and_text(text)} == {"achievement"}
    # a congress page names the new term beside the past one: that term's plans stay tasks
    text = ("Nhiệm kỳ vừa qua, Đoàn xã đã kết nạp 150 đoàn viên mới.\n"
            "Nhiệm kỳ 2025 - 2030, Đoàn xã tập trung thực hiện tốt công tác giáo dục chính trị; "
            "kết nạp từ 100 - 200 đoàn viên.\n"
            "Đại hội đã công bố quyết định chỉ định Ban Chấp hành Đoàn xã khóa I, nhiệm kỳ 2025 - 2030.")
    assert [c for c, _ in labels(text)] == ["achievement", "task", "task"]


def test_the_headline_printed_again_at_the_end_of_the_page_is_not_a_task():
    text = ("Hội Cựu chiến binh xã phấn đấu không còn hội viên nghèo\n"
            "Trong nhiệm kỳ qua, Hội đã giúp 25 hội viên thoát nghèo.\n"
            "(0) Bình luận\n"
            "Hội Cựu chiến binh xã phấn đấu không còn hội viên nghèo")
    assert labels(text) == [("achievement", "Trong nhiệm kỳ qua, Hội đã giúp 25 hội viên thoát nghèo.")]


def test_a_leader_sharing_the_coming_terms_goals_opens_the_tasks():
    text = ("Ngày 15/12, Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VII đã kết thúc tốt đẹp.\n"
            "Bên lề Đại hội, Chủ tịch Hội Cựu chiến binh tỉnh đã chia sẻ về mục tiêu, nhiệm vụ chủ yếu trong nhiệm kỳ tới. "
            "Theo đó, các cấp Hội tiếp tục phát huy bản chất, truyền thống “Bộ đội Cụ Hồ”; "
            "xây dựng tổ chức Hội trong sạch, vững mạnh.")
    assert [c for c, _ in labels(text)] == ["task", "task"]


def test_the_chairs_answer_to_the_units_proposals_is_her_direction_not_their_request():
    text = ("Chiều 25/8, Thường trực Hội LHPN thành phố làm việc với Hội LHPN 3 xã.\n"
            "Chủ tịch Hội LHPN thành phố ghi nhận ý kiến đóng góp, giải đáp một số kiến nghị của Hội LHPN 3 xã: "
            "Chiên Đàn, Tây Hồ và Phú Ninh; mong muốn các tổ chức hội tiếp tục kiện toàn bộ máy hoạt động; "
            "tích cực triển khai các phong trào thi đua của Hội LHPN các cấp.")
    assert [c for c, _ in labels(text)] == ["task", "task"]
    # the units' own requests stay out
    text = ("Tại buổi làm việc, Hội LHPN xã kiến nghị với Hội LHPN thành phố: hỗ trợ kinh phí hoạt động cho chi hội; "
            "sớm ban hành hướng dẫn về hoạt động hội sau sắp xếp.")
    assert labels(text) == []


def test_a_second_speaker_reporting_the_recent_years_after_a_directive_reports_results():
    text = ("Trưởng ban Dân vận Trung ương yêu cầu tiếp tục nâng cao nhận thức của cấp ủy về vai trò của Mặt trận.\n"
            "Theo Trưởng ban Dân vận Thành ủy TP.HCM Nguyễn Văn Hải, trong năm năm gần đây, các hội quần chúng "
            "thành lập và phát triển khá nhanh trên địa bàn thành phố.")
    assert [s.category for s in statements_without_screen(text)] == ["task", "achievement"]


def test_the_political_report_to_the_congress_opens_the_past_term_after_the_new_terms_task():
    text = ("Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 đã đặt ra 16 chỉ tiêu. "
            "Trong đó, chuyển đổi số trong hệ thống Mặt trận được xác định là nhiệm vụ trọng tâm, cần triển khai ngay "
            "từ đầu nhiệm kỳ.\n"
            "Theo báo cáo chính trị trình đại hội, trong nhiệm kỳ qua, công tác tuyên truyền, vận động nhân dân tiếp tục "
            "đổi mới, hiệu quả; hoạt động giám sát, phản biện xã hội được thực hiện ngày càng thực chất; "
            "các phong trào thi đua yêu nước lan tỏa mạnh mẽ.")
    assert [c for c, _ in categories_and_text(text)] == ["task", "achievement", "achievement", "achievement"]


def test_what_an_inspection_team_went_through_is_neither_result_nor_order():
    text = ("Ngày 18/6, Ban Thường trực Ủy ban MTTQ huyện kiểm tra công tác Mặt trận tại 12 xã.\n"
            "Đoàn công tác chia nhóm kiểm tra các hồ sơ liên quan, yêu cầu các địa phương làm rõ, tập trung vào các "
            "nội dung trọng tâm: tình hình, kết quả thực hiện công tác Mặt trận 6 tháng đầu năm; công tác quản lý "
            "và sử dụng quỹ “Vì người nghèo”.\n"
            "Sau khi nghe báo cáo, tổ kiểm tra đề nghị huyện làm rõ hơn một số nội dung: công tác lãnh đạo của "
            "Thường trực Huyện ủy đối với công tác dân vận; hiệu quả hoạt động của Quỹ hỗ trợ nông dân.")
    assert labels(text) == []


def test_what_an_inspection_went_through_is_no_order_when_named_in_the_next_sentence():
    text = ("Từ ngày 20/5 – 25/5, Ban Thường trực Ủy ban MTTQ thị xã kiểm tra công tác Mặt trận tại 14 xã, phường.\n"
            "Tại buổi kiểm tra, các đơn vị báo cáo kết quả công tác Mặt trận 5 tháng đầu năm. "
            "Tập trung chủ yếu vào các nội dung: Tình hình triển khai Cuộc vận động “Toàn dân đoàn kết xây dựng "
            "nông thôn mới, đô thị văn minh”; hoạt động giám sát, phản biện xã hội; công tác giám sát của Ban "
            "Thanh tra nhân dân.")
    assert "task" not in [c for c, _ in labels(text)]


def test_a_mid_term_review_held_in_the_period_is_a_result_and_does_not_open_the_tasks():
    text = ("Năm 2015, công tác tham mưu, phối hợp của Đoàn tiếp tục được đổi mới, hướng về cơ sở. "
            "Các cấp bộ Đoàn đã tổ chức sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đoàn các cấp, đề ra các "
            "nhiệm vụ trọng tâm để tiếp tục thực hiện Nghị quyết đến cuối nhiệm kỳ. "
            "Công tác giáo dục được chú trọng, các cấp bộ Đoàn đã tăng cường giáo dục chính trị, tư tưởng cho thanh "
            "thiếu nhi. Các phong trào thi đua được tổ chức sôi nổi trong từng cơ sở Đoàn.")
    assert {c for c, _ in categories_and_text(text)} == {"achievement"}


def test_a_leader_wishing_every_member_to_carry_on_gives_a_direction():
    text = ("(Baohatinh.vn) - Bí thư Tỉnh ủy mong muốn mỗi cán bộ, hội viên Hội Liên hiệp Phụ nữ tỉnh tiếp tục phát huy "
            "vai trò gương mẫu trong thực hiện các phong trào thi đua, đóng góp vào sự phát triển của tỉnh nhà.\n"
            "Năm 2024, Hội LHPN tỉnh đã hỗ trợ 120 phụ nữ khởi nghiệp.")
    assert labels(text)[0] == ("task", "Mỗi cán bộ, hội viên Hội Liên hiệp Phụ nữ tỉnh tiếp tục phát huy vai trò gương mẫu "
                                       "trong thực hiện các phong trào thi đua, đóng góp vào sự phát triển của tỉnh nhà.")


def test_the_new_term_after_a_motto_is_the_coming_one_whatever_year_its_targets_reach():
    text = ("Giai đoạn 2021-2025, các cấp Hội Phụ nữ trong tỉnh đã hoàn thành và vượt 18/25 chỉ tiêu Nghị quyết đề ra.\n"
            "Với phương châm “Đoàn kết – Sáng tạo – Hội nhập – Phát triển”, nhiệm kỳ 2025 – 2030, Hội LHPN tỉnh tiếp tục "
            "xây dựng Hội hoạt động hiệu quả, thích ứng linh hoạt với bối cảnh đổi mới. Phấn đấu đến năm 2030 có trên "
            "90% hội viên được tập huấn kỹ năng số.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "task", "task"]


def test_hardship_conceded_before_the_result_is_part_of_the_result_not_a_shortcoming():
    text = ("Năm 2023, Hội Nông dân xã kết nạp 45 hội viên mới.\n"
            "Trong nhiệm kỳ qua, mặc dù gặp rất nhiều khó khăn do thời tiết diễn biến phức tạp, đại dịch COVID-19 kéo dài, "
            "song với truyền thống cách mạng, Hội Nông dân xã đã chủ động đổi mới nội dung, phương thức hoạt động, "
            "đạt nhiều kết quả quan trọng.")
    assert [c for c, _ in categories_and_text(text)] == ["achievement", "achievement"]
    # the unit's own shortfall conceded stays a shortcoming of its own
    text = ("Năm 2023, Hội Nông dân xã kết nạp 45 hội viên mới.\n"
            "Năm qua, mặc dù lực lượng cán bộ mỏng, việc triển khai một số nhiệm vụ còn khó khăn, song Ủy ban MTTQ "
            "phường đã bám sát sự chỉ đạo của cấp ủy, phối hợp triển khai hiệu quả các phong trào thi đua.")
    assert [c for c, _ in categories_and_text(text)] == ["achievement", "limitation", "achievement"]


def test_the_plans_a_congress_was_held_under_are_no_results():
    text = ("Thực hiện Kế hoạch số 415-KH/TĐTN-TCKT ngày 18/8/2021 của Ban Thường vụ Tỉnh đoàn về việc chỉ đạo tổ chức "
            "Đại hội điểm Đoàn cấp cơ sở nhiệm kỳ 2022 - 2027; Kế hoạch số 418-KH/TĐTN-TCKT ngày 31/8/2021 của Ban "
            "Thường vụ Tỉnh đoàn về việc tổ chức Đại hội Đoàn các cấp; Huyện đoàn đã hướng dẫn 12 cơ sở Đoàn tổ chức "
            "đại hội đúng tiến độ.\n"
            "Năm 2021, Đoàn xã tiếp tục thực hiện Chỉ thị số 42-CT/TW về giáo dục lý tưởng cách mạng cho thế hệ trẻ; "
            "Chỉ thị số 05-CT/TW về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.")
    got = [s.text for s in statements_without_screen(text)]  # the rules themselves, not only the trained screen
    assert not any("Kế hoạch số" in t for t in got)
    assert any("Chỉ thị số 05-CT/TW" in t for t in got)  # the documents a result names stay in it


def test_a_youth_leader_called_anh_gives_directions_and_praise_with_figures_is_a_result():
    text = ("Năm 2025, Tỉnh đoàn tổ chức 120 hoạt động tình nguyện.\n"
            "Anh Triết biểu dương các thành tích nhiệm kỳ qua của tỉnh với gần 12.000 công trình thanh niên các cấp, "
            "gần 200.000 lượt thanh thiếu nhi được tư vấn hướng nghiệp.\n"
            "Anh Nguyễn Minh Triết đề nghị tuổi trẻ tỉnh tập trung 4 nội dung trọng tâm nhiệm kỳ 2025-2030. "
            "Thứ nhất, đổi mới mạnh mẽ công tác tuyên truyền, giáo dục, lấy đoàn viên làm trung tâm.\n"
            "Theo anh Triết, yêu cầu đặt ra là phải đổi mới tư duy, phương pháp chỉ đạo và vận hành, phù hợp với "
            "từng địa bàn.\n"
            "Anh Nguyễn Ngọc Lương đề nghị Hội LHTN tỉnh thực hiện 4 nội dung trong nhiệm kỳ tới. Theo đó, tiếp tục "
            "triển khai phong trào “Tôi yêu Tổ quốc tôi” thực chất, hiệu quả.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["achievement", "achievement", "task", "task", "task"]
    assert got[1].text.startswith("Các thành tích nhiệm kỳ qua")
    assert "4 nội dung" not in got[4].text
    assert "vận hành" in got[3].text  # "phương pháp chỉ đạo" is no order's verb after "Theo anh ..."


def test_after_a_motto_the_congress_procedure_and_a_count_of_targets_are_no_items():
    text = ("Nhiệm kỳ qua, Hội Cựu chiến binh tỉnh giúp 1.200 hội viên thoát nghèo.\n"
            "Với chủ đề “Nâng cao vai trò nòng cốt chính trị của Mặt trận; thực hiện dân chủ; phát huy sức mạnh đại "
            "đoàn kết toàn dân tộc; góp phần xây dựng tỉnh phát triển nhanh và bền vững”, Đại hội đã hiệp thương cử "
            "Ủy ban MTTQ Việt Nam tỉnh khóa XIII gồm 78 đại biểu.\n"
            "Với tinh thần “Trung thành - Đoàn kết - Gương mẫu - Đổi mới”, Đại hội đã đề ra 8 chỉ tiêu chủ yếu, "
            "2 chương trình trọng tâm, 2 khâu đột phá để triển khai thực hiện trong nhiệm kỳ 2025-2030.")
    assert [c for c, _ in categories_and_text(text)] == ["achievement"]
    # the targets adopted, then what they are: tasks
    text = ("Nhiệm kỳ qua, Hội LHPN huyện giúp 283 hộ phụ nữ thoát nghèo.\n"
            "Với tinh thần “Đoàn kết, tự tin, sáng tạo, phát triển”, Đại hội đã biểu quyết thông qua 8 chỉ tiêu chủ "
            "yếu nhiệm kỳ 2021 - 2026, phát động phong trào thi đua “Xây dựng người phụ nữ Việt Nam thời đại mới”; "
            "thực hiện 2 khâu đột phá và 3 nhiệm vụ trọng tâm.")
    # (a bare count of targets, "thực hiện 2 khâu đột phá và 3 nhiệm vụ trọng tâm", says nothing
    # to do: no item, and never a result)
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "task"]
    assert "achievement" not in [c for c, _ in categories_and_text(text)][1:]


def test_a_wish_with_a_comma_before_its_addressee_is_a_direction():
    text = ("Năm 2016, Hội LHPN tỉnh giúp 1.500 hộ phụ nữ thoát nghèo.\n"
            "Đồng chí Phó Bí thư Tỉnh ủy khẳng định vai trò của phụ nữ trong gia đình và xã hội. Đồng thời mong muốn, "
            "các cấp hội Phụ nữ trong tỉnh tiếp tục phát huy truyền thống, có nhiều đổi mới, sáng tạo trong hoạt động.")
    assert [c for c, _ in categories_and_text(text)][-1] == "task"


def test_an_attendance_list_of_titles_without_names_is_no_result():
    text = ("Chiều 19/6, Ban Thường trực Ủy ban MTTQ xã tổ chức hội nghị phản biện xã hội.\n"
            "Tới dự hội nghị có các đồng chí:\n"
            "Đỗ Thị Phượng - Bí thư Đảng ủy xã;\n"
            "các Ủy viên Ủy ban MTTQ xã khóa 16;\n"
            "Trưởng các ban, ngành đoàn thể của xã;\n"
            "Bí thư Chi bộ, Hiệu trưởng các nhà trường, Chủ nhiệm các HTX trên địa bàn.\n"
            "Năm 2015, Ủy ban MTTQ xã vận động Quỹ Vì người nghèo được 85 triệu đồng.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement"]


def test_a_leaders_quoted_order_in_the_first_person_is_a_task():
    text = ("Năm 2025, Công đoàn thành phố kết nạp 5.000 đoàn viên mới.\n"
            "Đồng chí Phó Chủ tịch Tổng Liên đoàn yêu cầu các cấp công đoàn tiếp tục chăm lo đời sống đoàn viên.\n"
            "\"Tôi đề nghị các cấp Công đoàn thành phố quan tâm đổi mới nội dung, đa dạng hóa hình thức, phương pháp "
            "tuyên truyền, nâng cao tính thiết thực.\"")
    got = categories_and_text(text)
    assert [c for c, _ in got] == ["achievement", "task", "task"]
    assert got[2][1] == ("Quan tâm đổi mới nội dung, đa dạng hóa hình thức, phương pháp tuyên truyền, nâng cao tính "
                         "thiết thực.")


def test_filling_the_executive_committees_seats_is_procedure():
    text = ("Năm 2020, Hội Nông dân tỉnh hỗ trợ 1.200 hộ nông dân vay vốn.\n"
            "Theo Đề án nhân sự đại hội, Ban chấp hành Hội Nông dân tỉnh gồm 45 ủy viên. Tuy nhiên, có một số đồng chí "
            "nghỉ hưu hoặc được điều động chuyển sang đảm nhiệm các vị trí công tác khác. Do vậy, số lượng ủy viên "
            "không còn đủ như cơ cấu tổ chức ban đầu. Kết quả, 100% các đồng chí nằm trong danh sách bầu bổ sung trúng "
            "cử vào Ban chấp hành Hội Nông dân tỉnh với số phiếu bầu tuyệt đối.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement"]


def test_also_paying_attention_is_a_result_not_a_shortfall():
    # "còn" is "also" before a verb of doing: "còn chú trọng", "còn đẩy mạnh", "còn tạo động lực"
    text = ("Năm 2016, Thành đoàn giới thiệu nhiều đoàn viên tham gia các chương trình hợp tác quốc tế.\n"
            "Bên cạnh đó, Thành đoàn còn chú trọng các hoạt động hỗ trợ thanh niên khởi nghiệp.\n"
            "Ngoài ra, phong trào thanh niên khởi nghiệp còn tạo động lực cho hàng trăm đoàn viên mở cửa hàng.\n"
            "Tuy nhiên, số thanh niên tham gia các câu lạc bộ khởi nghiệp còn ít.")
    assert [c for c, _ in categories_and_text(text)] == ["achievement", "achievement", "achievement", "limitation"]


def test_work_adapted_to_the_epidemic_is_a_result_the_epidemic_as_a_setback_is_not():
    text = ("Năm 2021, các cơ sở Đoàn tổ chức 45 hoạt động tình nguyện.\n"
            "Các nội dung hoạt động luôn được các cơ sở đoàn triển khai phù hợp, linh hoạt với từng đối tượng đoàn viên "
            "trong điều kiện dịch bệnh COVID-19 diễn biến phức tạp.\n"
            "Bối cảnh dịch bệnh COVID-19 diễn biến phức tạp làm nhiều hoạt động tập trung phải tạm dừng.")
    assert [c for c, _ in categories_and_text(text)] == ["achievement", "achievement", "limitation"]


def test_the_epidemic_as_the_setting_of_what_the_union_did_is_a_result():
    text = ("Năm 2021, tình hình dịch Covid-19 diễn biến phức tạp trên địa bàn tỉnh, Ban Thường vụ Hội LHPN tỉnh đã "
            "linh hoạt chỉ đạo tổ chức đại hội bằng hình thức trực tuyến.\n"
            "Năm 2021, dịch Covid-19 diễn biến phức tạp, nhiều hộ hội viên đã phải tạm dừng sản xuất.")
    assert [c for c, _ in categories_and_text(text)] == ["achievement", "limitation"]


def test_a_counted_deed_introducing_the_proposals_handled_is_a_result_the_proposals_are_not():
    text = ("Năm 2023, Ủy ban MTTQ tỉnh đã tổ chức 12 cuộc giám sát.\n"
            "Từ năm 2022 đến ngày 30/6/2023, Sở Xây dựng đã tiếp nhận, giải quyết và giải trình, thông tin lại với "
            "cử tri và nhân dân 14 ý kiến, kiến nghị tập trung vào các vấn đề như: công tác quy hoạch xây dựng; phát "
            "triển các khu đô thị; công tác quản lý đất đai.")
    found = labels(text)
    assert [c for c, _ in found] == ["achievement", "achievement"]
    assert "giải quyết và giải trình, thông tin lại với cử tri và nhân dân 14 ý kiến" in found[1][1]


def test_a_figure_compared_with_the_year_before_is_reached_not_ordered():
    text = ("Ngày 28/02/2021, Hội Nông dân huyện họp Ban Chấp hành, đồng thời quán triệt cho Hội Nông dân các xã những "
            "nhiệm vụ trọng tâm năm 2021.\n"
            "Ngoài ra, hội nghị bình xét nông dân sản xuất kinh doanh giỏi các cấp năm 2020, nông dân sản xuất kinh doanh "
            "giỏi cấp tỉnh đạt 346 hộ, tăng 116 hộ so với năm 2019.")
    assert [c for c, _ in categories_and_text(text)][-1] == "achievement"


def test_a_period_of_years_opening_a_sentence_is_read_like_a_term():
    text = ("Năm 2022, Ủy ban MTTQ tỉnh phối hợp với UBND tỉnh tổ chức 12 hội nghị đối thoại với Nhân dân.\n"
            "Giai đoạn 2022 - 2026, UBND tỉnh và Ủy ban MTTQ Việt Nam tỉnh thống nhất triển khai quy chế phối hợp "
            "dựa trên 10 nội dung.\n"
            "Giai đoạn 2017 - 2021, hai bên phối hợp giải quyết 1.200 kiến nghị của cử tri.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "task", "achievement"]


def test_next_years_tet_or_a_directive_dated_next_year_is_a_task():
    text = ("Hội nghị tổng kết công tác Mặt trận năm 2025, triển khai công tác năm 2026.\n"
            "Năm 2025, Mặt trận tỉnh huy động gần 490 tỷ đồng xây dựng 9.082 căn nhà cho hộ nghèo.\n"
            "Mặt trận các cấp tập trung tuyên truyền, triển khai nghiêm túc Chỉ thị 01-CT/TW ngày 23/1/2026 về học tập "
            "Nghị quyết Đại hội XIV của Đảng; chủ động đấu tranh, phản bác quan điểm sai trái, thù địch.\n"
            "Đồng thời tập trung tổ chức các hoạt động chăm lo Tết Nguyên đán 2026 cho hộ nghèo.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "task", "task", "task"]
    # a document of next year cited in a report of what was done stays a result
    text = ("Năm 2022, Mặt trận huyện tổ chức 14 cuộc giám sát.\n"
            "Qua 2 năm thực hiện Chỉ thị số 37 ngày 18/1/2023 của Ban Thường vụ Tỉnh ủy, công tác giám sát của Mặt trận "
            "đã dần đi vào nền nếp.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "achievement"]


def test_a_term_closing_in_the_pages_year_is_the_term_reviewed():
    # no sentence names a year; the page's date does
    text = ("date 2023-06\n"
            "Nhiệm kỳ 2018 - 2023, công tác Hội và phong trào nông dân của thành phố có nhiều chuyển biến tích cực.\n"
            "Giai đoạn 2018 - 2023, toàn thành phố có trên 4.100 hộ đạt danh hiệu nông dân sản xuất, kinh doanh giỏi.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "achievement"]
    # the same sentence on a page of 2018 opens the new term
    text = ("date 2018-06\n"
            "Nhiệm kỳ 2018 - 2023, Hội Nông dân thành phố phấn đấu mỗi năm kết nạp 300 hội viên.")
    assert [s.category for s in statements_without_screen(text)] == ["task"]


def test_a_span_of_years_up_to_now_does_not_make_the_next_year_a_plan():
    text = ("Từ năm 2019 đến nay, Mặt trận huyện và các xã đã phối hợp tuyên truyền được 872 cuộc với 37.781 lượt người "
            "tham dự.\n"
            "Mặt trận huyện triển khai cho cán bộ tham gia cuộc thi tìm hiểu 90 năm Ngày truyền thống Mặt trận "
            "(18/11/1930 - 18/11/2020), có 547 bài dự thi.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "achievement"]


def test_a_plan_verb_after_the_reported_year_or_a_habit_reports_what_was_done():
    text = ("Sáng 22/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác phối hợp năm 2016.\n"
            "Năm 2016, Ban Dân vận Tỉnh ủy và Bộ Chỉ huy Quân sự tỉnh tiếp tục xác định cụ thể trách nhiệm, nội dung "
            "phối hợp của từng đơn vị.\n"
            "Trong tổ chức thực hiện, các cấp Hội luôn sáng tạo, xác định các vấn đề ưu tiên để triển khai.\n"
            "Công tác củng cố, kiện toàn tổ chức Hội các cấp được quan tâm.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement"] * 3
    # a term's plan stays a plan, even in the middle of the term
    text = ("Năm 2019, Công đoàn tỉnh tổ chức 40 lớp tập huấn cho cán bộ công đoàn cơ sở.\n"
            "Nhiệm kỳ 2018 - 2023, Công đoàn tỉnh xác định ba khâu đột phá là nâng cao chất lượng cán bộ công đoàn.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "task"]


def test_results_stressed_in_an_opening_speech_are_results():
    text = ("Phát biểu khai mạc đại hội, ông Nguyễn Văn Tâm, Chủ tịch Hội Nông dân tỉnh nhấn mạnh, các cấp Hội trong "
            "tỉnh luôn bám sát kế hoạch, tổ chức thực hiện đạt và vượt chỉ tiêu Nghị quyết Đại hội lần thứ VIII đề ra.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement"]


def test_a_leaders_order_after_a_long_occasion_is_a_task_not_a_shortcoming():
    text = ("Phát biểu chỉ đạo tại Hội nghị sơ kết công tác dân vận 6 tháng đầu năm, đề ra chương trình 6 tháng cuối năm "
            "diễn ra sáng nay, 13/7, Phó Bí thư Thường trực Tỉnh ủy Cà Mau Lê Văn Hòa yêu cầu các cấp ủy cần nhận thức rõ những "
            "tồn tại, hạn chế để đưa công tác dân vận đi vào chiều sâu.")
    assert [s.category for s in statements_without_screen(text)] == ["task"]


def test_a_list_introduced_as_the_reported_years_work_is_results():
    text = ("Hội nghị tổng kết công tác dân vận năm 2017, triển khai nhiệm vụ năm 2018.\n"
            "Công tác dân vận năm 2017 ở thành phố tập trung một số nhiệm vụ trọng tâm như: tổ chức phong trào thi đua "
            "Dân vận khéo; thực hiện các nghị quyết, chỉ thị của Tỉnh ủy về quy chế dân chủ ở cơ sở.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "achievement"]


def test_an_ellipsis_glued_to_a_contrast_ends_the_result():
    text = ("Toàn tỉnh xây dựng được 678 “địa chỉ tin cậy” và 10 “Làng phụ nữ kiểu mẫu”,…Tuy nhiên, hoạt động của Hội "
            "còn hạn chế về chất lượng sinh hoạt chi hội.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "limitation"]


def test_what_follows_a_frame_of_the_coming_period_is_the_task():
    text = ("Hội nghị đã thảo luận và đề ra các giải pháp khắc phục cũng như phương hướng hoạt động trong nửa nhiệm kỳ "
            "còn lại, tiếp tục đẩy mạnh thực hiện các khâu đột phá và 6 nhiệm vụ trọng tâm của công tác Hội.\n"
            "Hội nghị đánh giá kết quả công tác phối hợp ba bên, những tồn tại, hạn chế và nguyên nhân, đề ra giải pháp "
            "khắc phục trong thời gian đến.")
    assert categories_and_text(text) == [
        ("task", "Tiếp tục đẩy mạnh thực hiện các khâu đột phá và 6 nhiệm vụ trọng tâm của công tác Hội.")]


def test_a_pilot_unit_that_will_hold_its_congress_is_a_plan():
    text = ("Riêng Ủy ban MTTQ xã Tân Lập, đơn vị được huyện chọn tổ chức Đại hội điểm, dự kiến vào đầu tháng 1/2019 sẽ "
            "tiến hành đại hội.")
    assert [s.category for s in statements_without_screen(text)] == ["task"]


def test_delegates_opinions_after_the_proposed_solutions_are_shortcomings():
    text = ("Hội nghị đưa ra nhóm 5 giải pháp, trong đó Đoàn cần đổi mới nội dung hoạt động, cử cán bộ giỏi giữ các vị "
            "trí chủ chốt trong tổ chức Hội.\n"
            "Nhiều ý kiến cho rằng, hoạt động của Hội cấp tỉnh rất tốt nhưng ở cơ sở lại hoạt động èo uột, mang tính "
            "thời vụ.\n"
            "Thậm chí, nhiều nơi không có hội viên trong tổ chức.\n"
            "Ngoài ra, nhiều ý kiến phản ảnh, khối lượng công việc của Mặt trận xã ngày càng nhiều nhưng chế độ phụ "
            "cấp thấp, không đảm bảo đời sống.")
    assert [s.category for s in statements_without_screen(text)][-3:] == ["limitation"] * 3


def test_a_general_goal_opens_the_tasks():
    text = ("Tuy nhiên, phong trào của các cấp hội phát triển chưa đồng đều giữa các địa phương.\n"
            "Trong đó, mục tiêu tổng quát là xây dựng Hội vững mạnh toàn diện; làm tốt vai trò đại diện, động viên "
            "nông dân nâng cao nhận thức, trình độ.")
    assert [s.category for s in statements_without_screen(text)] == ["limitation", "task", "task"]


def test_what_a_leader_stresses_as_achieved_over_the_years_is_a_result():
    text = ("Phát biểu tại hội nghị, Phó Chủ tịch Ủy ban MTTQ tỉnh Trần Văn Bình nhấn mạnh, nhiệm vụ “nghe dân nói” "
            "trong những năm qua được Mặt trận các cấp rất quan tâm, đạt hiệu quả thiết thực.\n"
            "Theo đó, Ủy ban MTTQ tỉnh đã triển khai việc tổng hợp dư luận trên báo chí hằng tuần, báo cáo tình hình "
            "nhân dân hằng quý.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "achievement"]


def test_members_who_were_briefed_and_a_noun_of_striving_report_results():
    text = ("Sau hơn hai năm thực hiện nghị quyết, công tác Đoàn toàn tỉnh đạt nhiều kết quả rõ rệt.\n"
            "Điển hình, 100% cán bộ Đoàn chủ chốt được quán triệt, nghiên cứu các nghị quyết; đoàn viên thanh niên tích "
            "cực tham gia phòng chống dịch; tổ chức trồng trên 741.000 cây xanh.\n"
            "Theo báo cáo tại Đại hội, với sự nỗ lực phấn đấu của đoàn viên, công đoàn huyện đã đạt được những kết quả "
            "khá toàn diện.\n"
            "Công tác giáo dục chính trị tư tưởng được chú trọng.")
    assert set(s.category for s in statements_without_screen(text)) == {"achievement"}


def test_a_low_share_an_unlawful_clause_and_unheard_workers_are_shortcomings():
    text = ("Năm 2017, Liên đoàn Lao động quận hướng dẫn 290 doanh nghiệp ký kết thỏa ước lao động tập thể.\n"
            "Tuy vậy, chỉ 16% thỏa ước đạt loại A, đặc biệt 9% thỏa ước có điều khoản trái với luật.\n"
            "Nguyên nhân ngừng việc là do ý kiến của người lao động không được lắng nghe.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "limitation", "limitation"]


def test_goals_agreed_for_the_rest_of_the_term_open_the_tasks():
    text = ("Thu kinh phí công đoàn đạt 101% chỉ tiêu Nghị quyết.\n"
            "Ban Chấp hành đã thống nhất với những mục tiêu, nhiệm vụ thực hiện trong 02 năm còn lại của nhiệm kỳ. "
            "Trong đó, chú trọng công tác đại diện, chăm lo, bảo vệ quyền lợi hợp pháp của đoàn viên.")
    assert categories_and_text(text) == [
        ("achievement", "Thu kinh phí công đoàn đạt 101% chỉ tiêu Nghị quyết."),
        ("task", "Chú trọng công tác đại diện, chăm lo, bảo vệ quyền lợi hợp pháp của đoàn viên.")]


def test_elected_as_planned_is_a_result_and_a_wrong_structure_a_shortcoming():
    text = ("Tính đến nay, 278/278 tổ chức cơ sở Đoàn trong tỉnh đã tổ chức thành công đại hội.\n"
            "Các nhân sự được bầu cơ bản đúng dự kiến theo cơ cấu, có số phiếu tín nhiệm cao.\n"
            "Ban Chấp hành nhiệm kỳ mới đảm bảo tiêu chuẩn chính trị, trình độ, năng lực công tác.\n"
            "Tuy nhiên, có 3 đơn vị bầu bí thư không đúng cơ cấu.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement"] * 3 + ["limitation"]


def test_delegates_agreeing_on_tasks_is_not_a_photo_caption():
    text = ("Các đại biểu thống nhất một số nhiệm vụ, giải pháp cần tập trung trong thời gian tới: thực hiện tốt việc "
            "phối hợp giải quyết ý kiến, kiến nghị của cử tri; duy trì phối hợp trong hoạt động giám sát.\n"
            "Các đại biểu dự hội nghị")
    assert [c for c, _ in categories_and_text(text)] == ["task", "task"]


def test_not_having_set_the_tasks_is_a_shortcoming_not_a_plan():
    text = ("Theo các đại biểu, phần lớn chương trình hoạt động của Ban Thanh tra nhân dân còn sơ sài, chưa xác định "
            "nhiệm vụ và mục tiêu cụ thể.")
    assert [s.category for s in statements_without_screen(text)] == ["limitation"]


def test_what_a_supervision_found_is_its_result():
    text = ("Năm 2023, các cấp Hội tổ chức 120 cuộc giám sát việc thực hiện chính sách đối với người có công.\n"
            "Qua giám sát, các cấp Hội đã phát hiện 164 trường hợp đủ điều kiện nhưng chưa được công nhận là người có "
            "công.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "achievement"]


def test_a_framed_review_that_names_the_years_tasks_gives_them():
    text = ("Trên cơ sở đánh giá những kết quả đã đạt được, chỉ ra những hạn chế, tồn tại, Ban Chỉ đạo Trung ương về thực "
            "hiện Quy chế dân chủ ở cơ sở xác định 6 nhiệm vụ trọng tâm trong năm 2018 là: Tăng cường hoạt động tiếp xúc "
            "đối thoại trực tiếp giữa người đứng đầu cấp ủy đảng với nhân dân theo quy định; gắn việc thực hiện quy chế "
            "dân chủ ở cơ sở với thực hiện cải cách hành chính.")
    assert [c for c, _ in categories_and_text(text)] == ["task", "task"]


def test_ageing_members_and_negative_influences_are_difficulties():
    text = ("Tuy việc kết nạp hội viên được quan tâm, nhưng số hội viên hưu trí phần lớn già yếu, trong năm qua 44 hội "
            "viên đã qua đời.\n"
            "Năm 2022, Hội tặng 500 suất quà cho người già yếu, neo đơn.\n"
            "Cùng với đó là thanh niên liên tục bị môi trường mạng xã hội tác động tiêu cực đến tư tưởng, lối sống.")
    assert [s.category for s in statements_without_screen(text)] == ["limitation", "achievement", "limitation"]


def test_striving_for_the_targets_set_is_a_plan():
    # "đã đề ra" names the targets; it reports nothing done
    text = ("Năm 2024, Hội LHPN tỉnh hỗ trợ 300 phụ nữ khởi nghiệp.\n"
            "Phát biểu tại buổi tọa đàm, lãnh đạo Hội LHPN tỉnh nhấn mạnh: Năm 2025, các cấp Hội tập trung phấn đấu thực "
            "hiện thắng lợi các chỉ tiêu, nhiệm vụ đã đề ra trong kế hoạch năm.")
    assert [c for c, _ in categories_and_text(text)] == ["achievement", "task"]


def test_striving_reported_as_effort_is_a_result_not_a_plan():
    text = ("Năm 2023, công tác lãnh đạo của Ban Chấp hành Hội Nông dân thành phố đã có nhiều đổi mới.\n"
            "Cán bộ, hội viên hăng hái thi đua phấn đấu thực hiện các mục tiêu, nhiệm vụ đã đề ra.\n"
            "Công tác tuyên truyền có nhiều đổi mới, nội dung, hình thức đa dạng, phong phú.\n"
            "Về nhiệm vụ năm 2024, đồng chí Trần Văn Nam yêu cầu cán bộ Hội tiếp tục nỗ lực phấn đấu, chủ động triển "
            "khai các chương trình công tác.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement"] * 3 + ["task"]


def test_a_congress_adopting_its_programme_gives_the_programme():
    text = ("Đại hội nhất trí thông qua mục tiêu, chương trình hành động nhiệm kỳ 2019-2024: Vận động nhân dân thực "
            "hiện tốt quyền dân chủ, tham gia góp ý xây dựng Đảng, chính quyền; giám sát và phản biện xã hội, phấn đấu "
            "hằng năm giám sát từ 1 - 2 cuộc.")
    assert [s.category for s in statements_without_screen(text)] == ["task", "task"]


def test_what_the_provincial_association_sent_is_no_attendance_list():
    text = ("Về phía Tỉnh hội đã có văn bản số 1460/KH-CCB gửi đến 137 hội cơ sở trong tỉnh về kế hoạch tổ chức Đại "
            "hội các cấp.\n"
            "Về phía tỉnh có các đồng chí Trần Văn Hạnh, Lê Thị Mai.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement"]


def test_work_praised_by_the_leaders_in_the_passive_is_a_result():
    text = ("Ngày 28/11/2017, Chi đoàn Ban quản lý tổ chức tổng kết công tác đoàn năm 2017.\n"
            "Năm 2017 Chi đoàn đã tổ chức được nhiều hoạt động thiết thực, thu hút đông đảo đoàn viên tham gia và được "
            "các đồng chí lãnh đạo, Đoàn cấp trên đánh giá cao.\n"
            "Đồng chí Bí thư Đoàn cơ sở ghi nhận, biểu dương những cố gắng của chi đoàn.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement"]


def test_captions_attendance_and_the_moment_of_the_congress_are_no_results():
    text = ("Đại hội Công đoàn thành phố lần thứ XVII diễn ra vào thời điểm Đảng bộ, chính quyền và Nhân dân thành phố "
            "tích cực thi đua hoàn thành các mục tiêu của nhiệm kỳ.\n"
            "Tổ chức Đại hội điểm Hội Liên hiệp thanh niên cấp xã- Ảnh 1.\n"
            "(Hội Liên hiệp thanh niên xã Đỗ Xuyên giao lưu bóng đá với xã Đỗ Sơn)\n"
            "Đặc biệt, tham dự Đại hội có 545/550 đại biểu chính thức đại diện cho đoàn viên, người lao động.\n"
            "Nhiệm kỳ qua, Công đoàn thành phố phát triển mới 12.000 đoàn viên.")
    assert [(s.category, s.text) for s in statements_without_screen(text)] == [
        ("achievement", "Nhiệm kỳ qua, Công đoàn thành phố phát triển mới 12.000 đoàn viên.")]


def test_delegates_discussing_while_the_congress_ran_is_procedure():
    text = ("Trong quá trình tổ chức Đại hội, các đại biểu đã tham gia thảo luận, đóng góp ý kiến vào dự thảo văn kiện "
            "Đại hội Mặt trận quận.\n"
            "Nhiệm kỳ qua, Mặt trận quận vận động xây dựng 120 căn nhà đại đoàn kết.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement"]


def test_a_byline_and_a_report_naming_difficulties_are_no_items():
    text = ("Báo cáo tổng kết nhiệm kỳ đã nêu rõ những thuận lợi và khó khăn của Hội trong việc tổ chức hoạt động.\n"
            "Nhiệm kỳ qua, Hội kết nạp mới 350 hội viên.\n"
            "Tác giả: Y Nhàn - Hữu Huy (Trung tâm Văn hóa huyện)")
    assert [s.category for s in statements_without_screen(text)] == ["achievement"]


def test_a_review_meetings_title_does_not_open_the_tasks():
    text = ("Hội nghị sơ kết 6 tháng đầu năm, phương hướng nhiệm vụ 3 tháng cuối năm 2015 của Hội Cựu chiến binh thành "
            "phố.\n"
            "Ngay từ đầu năm, Hội đã xây dựng kế hoạch hoạt động công tác hội.\n"
            "Động viên thanh niên lên đường nhập ngũ đạt 100%, trong đó có 10 con hội viên.\n"
            "Công tác kiểm tra, giám sát đạt 100% kế hoạch đề ra.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement"] * 3


def test_a_meeting_held_to_agree_on_targets_gives_tasks():
    text = ("Ban Chấp hành Tỉnh đoàn đã tổ chức Hội nghị thống nhất chỉ tiêu và giải pháp thực hiện Chương trình hành "
            "động của Tỉnh đoàn nhiệm kỳ 2020-2025.\n"
            "Tập trung giáo dục lý tưởng cách mạng, đạo đức lối sống cho thanh, thiếu nhi; tiếp tục khuyến khích thanh "
            "niên phát triển các mô hình kinh tế.")
    assert [s.category for s in statements_without_screen(text)] == ["task", "task"]


def test_a_programme_adopted_with_its_tasks_listed_gives_the_tasks():
    text = ("Tại Đại hội, các đại biểu đã thống nhất thông qua Chương trình hành động của Mặt trận Tổ quốc Việt Nam tỉnh "
            "khóa VI, nhiệm kỳ 2019-2024, với các nhiệm vụ cụ thể như: Đẩy mạnh tuyên truyền, vận động, tập hợp các tầng "
            "lớp nhân dân; phát huy dân chủ, tham gia xây dựng Đảng, chính quyền.")
    assert [s.category for s in statements_without_screen(text)] == ["task", "task"]


def test_targets_set_for_the_year_are_tasks():
    text = ("Năm 2019, Thành đoàn đề ra một số chỉ tiêu cơ bản như hỗ trợ mới ít nhất 100 dự án khởi nghiệp của thanh "
            "niên, tư vấn hướng nghiệp cho ít nhất 300.000 thanh niên.")
    assert [s.category for s in statements_without_screen(text)] == ["task"]


def test_targets_met_by_count_are_a_result_whatever_the_sentence_opens_with():
    text = ("Sáng 20/12, Thành đoàn tổ chức hội nghị tổng kết công tác Đoàn năm 2024.\n"
            "Với chủ đề “Thanh niên thành phố xung kích tình nguyện vì cuộc sống cộng đồng”, "
            "Đoàn bộ thành phố đã hoàn thành, vượt 12/12 chỉ tiêu đề ra.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_targets_adopted_with_the_congress_resolution_are_tasks_not_results():
    text = ("Ngày 2/7, Đoàn Khối Cơ quan tỉnh tổ chức Đại hội đại biểu lần thứ II, nhiệm kỳ 2022-2027.\n"
            "Tại đại hội, các đại biểu đã biểu quyết thông qua nghị quyết nhiệm kỳ 2022-2027, với các chỉ tiêu: "
            "100% cán bộ Đoàn chủ chốt được học tập các nghị quyết của Đảng; "
            "ít nhất 70% cơ sở đoàn thực hiện có hiệu quả việc học tập và làm theo Bác.\n"
            "Đồng thời, đề ra chỉ tiêu mỗi năm phát triển ít nhất 100 đoàn viên mới; giới thiệu cho Đảng 200 đoàn viên ưu tú.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["task"] * 4
    assert got[0].text.startswith("100% cán bộ Đoàn chủ chốt")


def test_a_steering_committee_that_requires_measures_opens_the_tasks_after_the_shortcomings():
    shortcomings = ("Tuy nhiên, công tác tôn giáo trên địa bàn huyện còn những hạn chế: một số cơ sở tôn giáo chưa "
                    "thực hiện đúng quy định của pháp luật; việc tuyên truyền chưa thường xuyên.\n")
    orders = ("Chủ động nắm tình hình hoạt động của các tôn giáo trên địa bàn; kịp thời phát hiện, xử lý các hoạt "
              "động tôn giáo trái phép.\n"
              "Tăng cường quản lý nhà nước về tôn giáo.")
    for lead in ("Để triển khai hiệu quả công tác tôn giáo năm 2024, Ban Chỉ đạo công tác tôn giáo huyện yêu cầu "
                 "các cơ quan, ban, ngành, các xã thực hiện tốt các biện pháp.\n",
                 # a long purpose before the committee
                 "Để triển khai hiệu quả công tác tôn giáo năm 2024 và tăng cường quản lý nhà nước về tín ngưỡng, "
                 "tôn giáo trên địa bàn, Ban chỉ đạo công tác tôn giáo huyện yêu cầu các xã thực hiện tốt các biện "
                 "pháp.\n"):
        got = [s.category for s in statements_without_screen(shortcomings + lead + orders)]
        assert got[:2] == ["limitation", "limitation"]
        assert got[2:] and set(got[2:]) == {"task"}

def test_a_diligent_people_is_not_a_need():
    text = ("Thời gian qua, phát huy truyền thống yêu nước, cần cù, sáng tạo, đồng bào các dân tộc trong huyện "
            "đoàn kết, chung sức xây dựng nông thôn mới.\n"
            "Ủy ban MTTQ các cấp thường xuyên thăm hỏi các vị có uy tín trong vùng đồng bào dân tộc thiểu số.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "achievement"]


def test_a_list_of_targets_goes_on_with_a_yearly_target_after_a_full_stop():
    text = ("Năm 2021, Hội Cựu chiến binh tỉnh kết nạp 1.200 hội viên mới.\n"
            "Đại hội đã thông qua Nghị quyết nhiệm kỳ 2022 – 2027. Theo đó, các cấp Hội phấn đấu đạt các chỉ tiêu "
            "trọng tâm như: 100% cán bộ, hội viên kiên định vững vàng về chính trị, tư tưởng. Hàng năm vận động "
            "phát triển được 85% đối tượng đủ điều kiện vào Hội; phấn đấu tập hợp cựu quân nhân vào sinh hoạt câu "
            "lạc bộ đạt 65%.")
    got = [(s.category, s.text) for s in statements_without_screen(text)]
    assert got[0][0] == "achievement"
    assert [c for c, _ in got[1:]] == ["task", "task", "task"]
    assert got[2][1].startswith("Hàng năm vận động")


def test_a_headline_above_the_source_tag_is_not_glued_to_the_article_nor_is_the_district_cut_off():
    text = ("Phấn đấu đến năm 2030 không còn hộ hội viên nghèo theo chuẩn mới\n"
            "(Baoxyz.vn) - ĐÀ NẴNG - Ngày 20-4, Hội Cựu chiến binh (CCB) Q. Sơn Trà tổ chức đại hội lần thứ VI, "
            "nhiệm kỳ 2027-2032. Nhiệm kỳ qua, Hội đã giúp đỡ 28 hộ hội viên thoát nghèo, giới thiệu 207 đoàn viên "
            "ưu tú cho Đảng xem xét kết nạp.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["achievement"]
    assert got[0].text.startswith("Nhiệm kỳ qua, Hội đã giúp đỡ")


def test_praise_that_names_its_outstanding_results_keeps_them():
    text = ("Năm 2025, các cấp hội phụ nữ trong tỉnh kết nạp 2.100 hội viên mới.\n"
            "Phát biểu tại Hội nghị, Phó Bí thư Tỉnh ủy biểu dương những thành tích của các cấp hội đã đạt được, "
            "trong đó kết quả nổi bật là kiện toàn tổ chức bộ máy Hội từ 7 ban xuống còn 3 ban.")
    got = [s.category for s in statements_without_screen(text)]
    assert got == ["achievement", "achievement"]


def test_help_given_also_and_shortcomings_brought_to_light_are_results():
    text = ("Năm 2025, Quỹ Vì người nghèo thành phố vận động được 120 tỷ đồng.\n"
            "Bên cạnh đó, thành phố còn ủng hộ cho người nghèo ở các tỉnh khác, giúp xây cầu với tổng số tiền gần "
            "2,8 tỷ đồng.\n"
            "Hoạt động giám sát đã giúp cấp ủy, chính quyền thấy được những tồn tại, hạn chế, từ đó nâng cao trách "
            "nhiệm trong giải quyết kiến nghị của Nhân dân.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement"] * 3


def test_an_image_file_name_a_content_link_and_an_invitation_to_viewers_are_page_noise():
    text = ("anh_hoi_nghi_tong_ket_2025_12345.jpgNăm 2025, Ủy ban MTTQ huyện vận động Quỹ Vì người nghèo được 3 tỷ "
            "đồng.\n"
            "Link nội dung: https://baoxyz.vn/tong-ket-quy-vi-nguoi-ngheo-a12345.html\n"
            "* Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài Truyền hình trên các nền tảng số.\n"
            ">>> Xin mời quý vị đón xem những hình ảnh, thông tin chi tiết hơn trong chương trình thời sự lúc 20h.")
    got = statements_without_screen(text)
    assert [(s.category, s.text) for s in got] == [
        ("achievement", "Năm 2025, Ủy ban MTTQ huyện vận động Quỹ Vì người nghèo được 3 tỷ đồng.")]


def test_targets_set_out_before_a_colon_are_tasks_targets_assigned_and_met_are_not():
    set_out = ("Năm 2025, Đoàn Khối kết nạp 1.500 đoàn viên mới.\n"
               "Nhiều chỉ tiêu quan trọng khác cũng được Hội nghị đặt ra như: 5 triệu ý tưởng, sáng kiến của đoàn "
               "viên thanh niên; 30 triệu cây xanh trồng mới.")
    got = statements_without_screen(set_out)
    assert got[0].category == "achievement" and got[1:] and {s.category for s in got[1:]} == {"task"}
    assert got[1].text.startswith("5 triệu ý tưởng")
    met = ("Năm 2025, Liên đoàn Lao động huyện đã hoàn thành vượt mức các chỉ tiêu tỉnh giao như: phát triển "
           "1.200 đoàn viên; thành lập 12 công đoàn cơ sở.")
    assert set(s.category for s in statements_without_screen(met)) == {"achievement"}
    exceeded = ("Trong nhiệm kỳ qua, các cấp công đoàn còn thực hiện đạt và vượt nhiều chỉ tiêu như: thành lập mới "
                "615 công đoàn cơ sở, phát triển 55.363 đoàn viên; giới thiệu cho Đảng 1.915 đoàn viên ưu tú.")
    assert set(s.category for s in statements_without_screen(exceeded)) == {"achievement"}


def test_an_overall_assessment_after_an_order_is_a_result():
    text = ("Chiều 2/7, đoàn kiểm tra làm việc với Ban Thường vụ Thành ủy về thực hiện Quy chế công tác dân vận.\n"
            "Tuy nhiên, thành phố cần quan tâm hơn nữa tâm tư, tình cảm của người dân.\n"
            "Nhìn chung, công tác dân vận tại các quận, huyện đạt hiệu quả rõ rệt, nhất là trong chăm lo đời sống "
            "người dân.")
    assert [s.category for s in statements_without_screen(text)] == ["task", "achievement"]


def test_congresses_that_reviewed_and_set_directions_report_what_they_did():
    text = ("Đến ngày 29/5, Đoàn Khối đã hoàn thành chỉ đạo Đại hội Đoàn cấp cơ sở nhiệm kỳ 2027-2032.\n"
            "Theo đánh giá của Ban Thường vụ Đoàn Khối, các đơn vị đã tổ chức đại hội nghiêm túc, chặt chẽ.\n"
            "Các đại hội thực hiện đảm bảo các nội dung tổng kết việc thực hiện nghị quyết nhiệm kỳ qua và xác định, "
            "phương hướng, mục tiêu, nhiệm vụ và giải pháp công tác đoàn trong nhiệm kỳ mới; thảo luận, đóng góp ý kiến vào dự thảo văn "
            "kiện Đại hội Đoàn cấp trên.\n"
            "Công tác nhân sự được đơn vị thực hiện chặt chẽ, đúng quy trình.")
    got = [s.category for s in statements_without_screen(text)]
    assert got and "task" not in got


def test_firms_that_stall_a_union_with_empty_promises_are_a_shortcoming():
    text = ("Qua tuyên truyền vận động, Liên đoàn Lao động quận đã thành lập 91 công đoàn cơ sở.\n"
            "Cá biệt, có doanh nghiệp chỉ cử nhân viên không có trách nhiệm ra tiếp hoặc hứa hẹn qua loa nhằm trì "
            "hoãn việc thành lập công đoàn cơ sở.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "limitation"]


def test_a_term_that_starts_in_the_pages_year_is_the_new_one_after_a_motto_of_action():
    text = ("Ngày 3/11/2025, Đoàn phường Phương Liễu tổ chức Đại hội đại biểu lần thứ I.\n"
            "Nhiệm kỳ qua, Đoàn phường đã hoàn thành và vượt 11/11 chỉ tiêu Đại hội đề ra.\n"
            "Với khẩu hiệu hành động “Tiên phong – Bản lĩnh – Sáng tạo”, nhiệm kỳ 2025 – 2030, Đoàn phường phấn đấu: "
            "đảm nhận 10 công trình thanh niên; hỗ trợ ít nhất 5 dự án khởi nghiệp sáng tạo.")
    got = [s.category for s in statements_without_screen(text)]
    assert got[0] == "achievement" and got[1:] and set(got[1:]) == {"task"}


def test_goals_named_first_then_said_to_be_set_by_the_congress_are_tasks():
    text = ("Nhiệm kỳ qua, Mặt trận các cấp huyện đã vận động xây dựng 320 nhà đại đoàn kết.\n"
            "Tiếp tục đổi mới nội dung và phương thức hoạt động; củng cố vững chắc khối đại đoàn kết toàn dân tộc, "
            "100% xã triển khai thực hiện tốt các phong trào thi đua là những mục tiêu trọng tâm được Đại hội xác "
            "định trong nhiệm kỳ tới.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "task", "task"]


def test_difficulties_that_need_removing_are_listed_as_shortcomings_not_tasks():
    text = ("Năm 2025, Đảng bộ xã đạt nhiều kết quả quan trọng, 14/14 chỉ tiêu đều đạt và vượt kế hoạch.\n"
            "Tuy nhiên, quá trình triển khai thực hiện nhiệm vụ, xã gặp những khó khăn, vướng mắc cần sớm tháo gỡ "
            "như: thiếu cán bộ chuyên môn chuyên sâu ở một số lĩnh vực; nguồn phát triển đảng viên tại khu vực nông "
            "thôn ngày càng khó do lao động trẻ đi làm ăn xa.")
    got = [(s.category, s.text) for s in statements_without_screen(text)]
    assert [c for c, _ in got] == ["achievement", "limitation", "limitation"]
    assert got[1][1].lower().startswith("thiếu cán bộ")


def test_after_a_congress_motto_the_next_terms_plan_is_tasks():
    text = ("Nhiệm kỳ qua, Mặt trận huyện vận động xây dựng 120 nhà đại đoàn kết.\n"
            "Đại hội với chủ đề “Đoàn kết - Dân chủ - Sáng tạo - Hiệu quả”, trong nhiệm kỳ tới, Ủy ban MTTQ huyện sẽ "
            "đổi mới mạnh mẽ nội dung và phương thức hoạt động; đẩy mạnh giám sát, phản biện xã hội.")
    got = [(s.category, s.text) for s in statements_without_screen(text)]
    assert [c for c, _ in got] == ["achievement", "task", "task"]
    assert "chủ đề" not in got[1][1]


def test_shortcomings_announced_without_naming_one_are_not_items():
    for said in ("Tuy nhiên, vẫn còn khá nhiều hạn chế trong thực hiện Kết luận 62 của Bộ Chính trị.",
                 "Tuy nhiên, phong trào còn bộc lộ một số hạn chế, yếu kém cần khắc phục.",
                 "Tuy nhiên, Chi đoàn cũng còn một số thiếu sót nhất định trong công tác đoàn.",
                 "Tuy nhiên, vẫn còn những tồn tại, hạn chế cần rút kinh nghiệm."):
        text = "Năm 2025, Hội đã kết nạp 120 hội viên mới.\n" + said
        assert [s.category for s in statements_without_screen(text)] == ["achievement"], said


def test_delegates_who_reported_difficulties_state_none_a_failure_to_report_them_is_one():
    said = ("Năm 2025, Hội đã kết nạp 120 hội viên mới.\n"
            "Tại hội nghị, đại diện các tổ chức đoàn thể cũng đã tập trung phản ánh những hạn chế và những vướng "
            "mắc trong quá trình thực hiện.")
    assert [s.category for s in statements_without_screen(said)] == ["achievement"]
    failed = ("Năm 2025, Hội đã kết nạp 120 hội viên mới.\n"
              "Tuy nhiên, một số chi hội chưa phản ánh kịp thời những khó khăn của hội viên.")
    assert [s.category for s in statements_without_screen(failed)] == ["achievement", "limitation"]


def test_the_next_stage_opens_the_tasks():
    text = ("Năm 2025, quận có 120 mô hình “Dân vận khéo” được công nhận.\n"
            "Giai đoạn tiếp theo, quận tiếp tục phát huy nền tảng sẵn có, đồng thời đẩy mạnh tuyên truyền trên mạng "
            "Internet.\n"
            "Quận xác định 4 lĩnh vực trọng tâm, trong đó có đẩy mạnh cải cách hành chính.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "task", "task"]


def test_a_profile_of_the_place_is_background_not_results():
    text = ("Năm 2025, Chi hội Nông dân ấp Hòa Lạc kết nạp 12 hội viên mới.\n"
            "Ấp Hòa Lạc có diện tích tự nhiên 2.253,6 ha, trong đó đất nông nghiệp 2.040 ha.\n"
            "Toàn ấp có 123 hộ với 480 nhân khẩu.\n"
            "Hiện tỉnh có 38 dân tộc cùng sinh sống.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement"]


def test_tasks_the_congress_pointed_out_are_tasks():
    text = ("Tại Đại hội lần thứ V, Hội Cựu chiến binh tỉnh Phú Yên đã thẳng thắn nhận xét: Bên cạnh những kết quả "
            "đạt được, Hội vẫn còn những hạn chế là: công tác phát triển hội viên mới chưa đạt; công tác xóa nghèo "
            "chưa bền vững…\n\n"
            "Từ tình hình đó, Phú Yên đã chỉ ra 3 nhiệm vụ trọng tâm sau:\n\n"
            "1- Đổi mới nội dung và phương thức hoạt động, xây dựng Hội trong sạch vững mạnh.\n\n"
            "2- Tích cực tham gia xây dựng và bảo vệ Đảng, chính quyền.\n\n"
            "3- Ra sức giúp nhau phát triển kinh tế, giảm nghèo bền vững.")
    got = [s.category for s in statements_without_screen(text)]
    assert got[-3:] == ["task", "task", "task"], got


def test_new_members_admitted_are_not_a_shortfall():
    # "hội viên mới đạt 112%": the new members reached 112%, not "only reached" (a share
    # over 100% is no shortfall)
    text = ("Năm 2025, Hội Nông dân xã Tam Giang đạt và vượt 19/20 chỉ tiêu được giao.\n"
            "Công tác kết nạp hội viên mới đạt 112%, 1.017 hội viên đã được cấp, đổi thẻ Hội.\n"
            "Tuy nhiên, số hội viên tham gia sinh hoạt mới đạt 60%.")
    got = [s.category for s in statements_without_screen(text)]
    assert got == ["achievement", "achievement", "limitation"], got


def test_directions_judged_as_a_document_do_not_open_the_tasks():
    # the congress's documents are assessed ("bám sát ..."): no heading of the tasks
    text = ("Đại hội Đoàn xã Tân Hưng lần thứ XII, nhiệm kỳ 2022-2027 diễn ra thành công.\n"
            "Các văn kiện được chuẩn bị kỹ lưỡng, đánh giá đúng thực tế công tác Đoàn trong nhiệm kỳ qua. "
            "Phương hướng, nhiệm vụ nhiệm kỳ mới bám sát các nội dung chỉ đạo của Đoàn cấp trên. "
            "Các công trình chào mừng Đại hội thiết thực, đậm chất thanh niên tình nguyện.")
    got = [s.category for s in statements_without_screen(text)]
    assert "task" not in got, got


def test_the_second_half_of_a_past_year_reported_done_does_not_open_the_tasks():
    text = ("Theo báo cáo, trong 6 tháng cuối năm 2020, 2 cụm thi đua đã triển khai nhiều hoạt động đa dạng.\n"
            "Bình quân tỷ lệ tập hợp thanh niên tại các địa phương đạt gần 75%.\n"
            "Thời gian tới, các tỉnh đoàn tiếp tục đổi mới phương thức tập hợp thanh niên.")
    got = rule_categories(text)
    assert got == ["achievement", "achievement", "task"], got


def test_a_deed_after_a_purpose_and_a_time_is_reported_done_among_plans():
    text = ("Đại hội đại biểu phụ nữ tỉnh lần thứ XVI dự kiến sẽ diễn ra trong tuần đầu tháng 10 tới.\n"
            "Để công tác chuẩn bị Đại hội được tiến hành sớm, chủ động, ngay từ đầu năm 2021, Ban Thường vụ "
            "Hội LHPN tỉnh đã quyết định thành lập 04 Tiểu ban phục vụ Đại hội.")
    assert rule_categories(text)[-1] == "achievement"


def test_preparing_the_next_congress_in_the_second_half_is_a_task_not_the_meeting():
    text = ("Ngày 21-6, Hội Nông dân thành phố sơ kết công tác hội 6 tháng đầu năm 2023.\n"
            "6 tháng đầu năm 2023, các cơ sở hội kết nạp mới 845 hội viên.\n"
            "Trong 6 tháng cuối năm, Hội Nông dân thành phố chuẩn bị tốt các điều kiện tổ chức Đại hội đại biểu "
            "Hội Nông dân thành phố lần thứ IX, nhiệm kỳ 2023-2028.")
    assert rule_categories(text) == ["achievement", "task"]


def test_on_a_report_of_congresses_held_their_new_directions_open_no_tasks():
    # the congresses of the lower levels "đề ra phương hướng ... nhiệm kỳ 2021-2026":
    # what they did; the sentences after it judge them
    text = ("Đến nay, 10 Hội Phụ nữ huyện và 226 Hội Phụ nữ xã đã hoàn thành đại hội nhiệm kỳ 2021-2026.\n"
            "Báo cáo chính trị tại các đại hội đều đánh giá trung thực kết quả nhiệm kỳ 2016-2021; đề ra phương "
            "hướng, nhiệm vụ nhiệm kỳ 2021-2026.\n"
            "Công tác bầu cử bảo đảm số lượng, chất lượng và cơ cấu hợp lý, đúng quy định.")
    assert rule_categories(text)[-1] == "achievement"
    # a congress of its own that sets out its directions: the tasks follow
    text = ("Nhiệm kỳ qua, Hội LHPN huyện giúp 283 hộ phụ nữ thoát nghèo.\n"
            "Đại hội thảo luận, thống nhất phương hướng, nhiệm vụ nhiệm kỳ 2021-2026.\n"
            "Tiếp tục đổi mới nội dung, phương thức hoạt động của Hội.")
    assert rule_categories(text)[-1] == "task"


def test_a_list_of_quotas_goes_on_after_a_full_stop():
    text = ("Năm 2013, tuổi trẻ Hưng Yên thực hiện 3 công trình thanh niên cấp tỉnh.\n"
            "Trong Năm Thanh niên tình nguyện, Tỉnh Đoàn triển khai 5 nhiệm vụ trọng tâm với một số chỉ tiêu như: "
            "Phát động mỗi đoàn viên tham gia ít nhất 100 giờ tình nguyện trong năm. "
            "Mỗi huyện cải tạo ít nhất 2 bể bơi và tổ chức lớp dạy bơi cho thanh thiếu niên. "
            "Vận động đoàn viên hiến máu đạt từ 3.500 đơn vị máu trở lên. "
            "Mỗi Đoàn cấp huyện có tối thiểu một câu lạc bộ thanh niên làm kinh tế.")
    got = rule_categories(text)
    assert got[0] == "achievement" and got[-4:] == ["task"] * 4, got


def test_shying_away_from_conflict_is_a_shortcoming():
    text = ("Năm 2020, Ban Giám sát đầu tư cộng đồng các xã đã giám sát 45 công trình.\n"
            "Song ngược lại, có những nơi các chủ đầu tư ngại va chạm, không đầu tư vào địa phương, "
            "dẫn đến thiệt thòi quyền lợi cho nhân dân.")
    assert rule_categories(text) == ["achievement", "limitation"]


def test_a_count_reached_with_its_projected_share_is_a_result():
    text = ("Sau 2 đợt triển khai Chiến dịch Thanh niên tình nguyện Hè 2023, nhiều chỉ tiêu đã đạt và vượt kế hoạch.\n"
            "Trong đó, toàn Đoàn xây dựng mới được 1.332 tuyến phố văn minh, dự kiến đạt 266,4%; xây mới 1.082 nhà "
            "nhân ái, đạt 108,2%; hỗ trợ nâng cao năng lực số cho gần 4,8 triệu lượt thanh thiếu nhi, đạt 158,77%.")
    assert rule_categories(text) == ["achievement"] * 4


def test_a_judgement_of_the_results_that_names_next_year_opens_no_plans():
    # "Đây là tiền đề ... bước vào năm 2025" looks back at the results; the
    # figures after it are still the year's own
    text = ("Năm 2024, Hội Nông dân tỉnh vận động thành lập mới 12 hợp tác xã.\n"
            "Đây là tiền đề quan trọng để nông dân trong tỉnh bước vào năm 2025 với tâm thế mới.\n"
            "Tổng sản lượng lúa cả năm ước đạt hơn 1,2 triệu tấn, vượt 3% kế hoạch.\n"
            "Hội đã hướng dẫn 300 hộ nông dân đưa sản phẩm lên sàn thương mại điện tử.")
    got = rule_categories(text)
    assert "task" not in got, got


def test_difficulties_and_challenges_only_announced_are_no_shortcoming():
    text = ("Phát biểu khai mạc, đồng chí Chủ tịch Ủy ban MTTQ tỉnh nhấn mạnh: Năm 2024, bên cạnh những thuận lợi "
            "cơ bản, vẫn còn nhiều khó khăn, thách thức, tuy nhiên, Mặt trận các tỉnh trong cụm đã bám sát "
            "hướng dẫn của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.")
    assert rule_categories(text) == ["achievement"]


def test_a_count_of_shortcomings_drawn_at_the_meeting_frames_the_page():
    text = ("Hai hạn chế và năm nhiệm vụ trọng tâm về công tác dân vận trong thời gian tới đã được rút ra tại hội nghị "
            "sơ kết công tác dân vận 6 tháng đầu năm 2019 do Ban Dân vận Huyện ủy tổ chức sáng 12/7.\n"
            "Sáu tháng qua, các cấp ủy đã tổ chức 120 buổi đối thoại với Nhân dân.")
    assert rule_categories(text) == ["achievement"]


def test_a_hard_year_for_farmers_is_a_difficulty_of_the_period():
    text = ("Năm 2019, các cơ sở hội đã tổ chức cho 3.200 hội viên đăng ký hộ sản xuất kinh doanh giỏi.\n"
            "Năm 2019 là một năm khó khăn đối với nông dân, do giá cả nông sản và vật nuôi đều giảm mạnh.\n"
            "Sự biến động của thị trường khiến nông dân hoang mang.")
    assert rule_categories(text) == ["achievement", "limitation", "limitation"]


def test_a_report_of_the_year_so_far_keeps_its_deeds_as_results():
    # last year's review is one of this year's deeds; "nhiệm vụ trọng tâm năm
    # 2019" is this year's, not the next period's
    text = ("Từ đầu năm đến nay, Hội LHPN huyện tích cực triển khai nhiệm vụ trọng tâm năm 2019 đến cán bộ, hội viên. "
            "Chỉ đạo các hội cơ sở tổ chức tổng kết năm 2018 và triển khai nhiệm vụ năm 2019. "
            "Đăng ký thực hiện nhiệm vụ trọng tâm, việc làm nổi bật năm 2019 với cấp ủy và chính quyền huyện. "
            "Trong dịp Tết Nguyên đán vừa qua, các cơ sở hội tặng 120 suất quà cho phụ nữ nghèo.")
    got = rule_categories(text)
    assert "task" not in got, got


def test_correcting_the_activities_still_weak_is_a_result():
    text = ("Năm 2020, các cấp Hội tăng cường kiểm tra công tác Hội nhằm kịp thời chấn chỉnh những hoạt động còn hạn chế, "
            "tỉnh Hội kiểm tra toàn diện ở 10 huyện và 40 chi Hội.\n"
            "Qua kiểm tra đã kịp thời chấn chỉnh một số hoạt động còn hạn chế.")
    assert rule_categories(text) == ["achievement", "achievement"]


def test_what_the_people_raised_at_a_dialogue_is_no_result():
    text = ("Sáng 5/7, Hội Nông dân huyện tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền huyện với 100 hội viên.\n"
            "Tại buổi đối thoại, có 15 lượt ý kiến của hội viên nông dân.\n"
            "Tại buổi đối thoại, nông dân kiến nghị tạo điều kiện để nông dân tiếp cận nguồn vốn ưu đãi; "
            "quản lý chặt chẽ nhãn hiệu gạo của huyện.\n"
            "Nông dân cũng phản ánh tình trạng phân bón giả, kém chất lượng vẫn còn tràn lan trên thị trường.\n"
            "Buổi đối thoại là cơ hội để lãnh đạo huyện lắng nghe tâm tư, nguyện vọng của nông dân.")
    assert rule_categories(text) == ["limitation"]


def test_what_the_members_put_forward_with_its_count_is_a_result():
    text = ("Năm 2020, đoàn viên, thanh niên đề xuất hơn 1.000 ý tưởng, sáng kiến.\n"
            "Người dân đã đóng góp 985 ý kiến vào dự thảo văn kiện đại hội.")
    assert rule_categories(text) == ["achievement", "achievement"]


def test_the_size_of_a_newly_elected_committee_is_congress_procedure():
    text = ("Nhiệm kỳ qua, Hội đã kết nạp 1.250 hội viên mới.\n"
            "Ban Chấp hành Hội khóa I, nhiệm kỳ 2025 - 2030 gồm 51 người.\n"
            "Ban Thường vụ gồm 13 người.")
    assert rule_categories(text) == ["achievement"]


def test_a_strip_of_other_headlines_on_one_line_opens_no_plans():
    # the strip names a plan ("Dự kiến ..."); the results after it stay results
    text = ("Chiều 9/1, Tỉnh đoàn tổ chức hội nghị tổng kết công tác Đoàn năm 2022.\n"
            "Hải Dương: Dự kiến triển khai 376 dự án nhà ở giai đoạn 2023 - 2025 Hải Dương: Kỷ niệm ngày "
            "truyền thống học sinh - sinh viên Hải Dương: Khởi công cầu mới\n"
            "Năm 2022, Tỉnh đoàn được nhận bằng khen của Trung ương Đoàn;\n"
            "tham mưu thành công cho Tỉnh ủy lấy ngày 26/3 là Ngày chuyển đổi số của tỉnh;\n"
            "tổ chức thành công 15 phiên giao dịch việc làm.")
    assert rule_categories(text)[-3:] == ["achievement"] * 3


def test_targets_met_before_a_list_are_results_not_a_plan():
    # "đạt và vượt kế hoạch đề ra, nhiều chỉ tiêu đạt cao như:" names what was reached
    text = ("Năm 2019, kinh tế - xã hội của huyện tiếp tục phát triển; 16/17 chỉ tiêu chủ yếu đạt và vượt kế hoạch "
            "đề ra, nhiều chỉ tiêu đạt cao như: trồng chè, thu ngân sách, phát triển du lịch.")
    assert set(rule_categories(text)) == {"achievement"}


def test_difficulties_met_but_not_named_are_no_shortcoming():
    text = ("Năm 2024, Hội đã kết nạp 120 hội viên mới.\n"
            "Bên cạnh những chuyển biến tích cực, nông dân huyện vẫn đang đối mặt với nhiều hạn chế, khó khăn và thách thức.\n"
            "Trong quá trình triển khai giám sát, Hội cũng gặp một số khó khăn, vướng mắc.\n"
            "Việc đào tạo nghề cho hội viên vẫn còn gặp nhiều khó khăn.")
    # the last names its area: a shortcoming; the two before only say there were some
    assert [(c, t[:13]) for c, t in categories_and_text(text)] == [
        ("achievement", "Năm 2024, Hội"), ("limitation", "Việc đào tạo ")]


def test_a_review_named_is_no_shortcoming():
    text = ("Công tác chuẩn bị đại hội được tiến hành chủ động, bài bản;\n"
            "qua đó đánh giá khách quan những kết quả, hạn chế, nguyên nhân, bài học kinh nghiệm trong nhiệm kỳ qua.\n"
            "Nhiệm kỳ qua, Hội đã vận động xây dựng 25 nhà Đại đoàn kết.")
    assert [c for c, _ in categories_and_text(text)] == ["achievement", "achievement"]


def test_an_epidemic_that_hampered_the_work_is_a_difficulty_of_the_period():
    text = ("Năm 2020, Hội đã kết nạp 85 hội viên mới.\n"
            "Tình hình dịch Covid-19 kéo dài ảnh hưởng ít nhiều đến hoạt động, phong trào của Hội.")
    assert rule_categories(text) == ["achievement", "limitation"]


def test_orientations_of_the_coming_year_open_a_list_of_tasks():
    # the only year the page names is the one being planned: what follows is not a report of it
    text = ("Giới thiệu dự thảo chương trình công tác năm 2027, Phó Chủ tịch Ủy ban MTTQ tỉnh cho biết, "
            "trong năm 2027, Ban Thường trực định hướng 9 nhiệm vụ trọng tâm.\n"
            "Trong đó tập trung vào một số nội dung như:\n"
            "Tuyên truyền, vận động đồng bào các dân tộc trong tỉnh;\n"
            "rà soát, kiện toàn Ban Công tác Mặt trận ở các thôn, tổ dân phố.")
    assert rule_categories(text) == ["task", "task"]


def test_a_resolve_is_what_the_unit_will_do():
    text = ("Nhiệm kỳ qua, Hội đã vận động hội viên xây dựng 12 nhà tình nghĩa.\n"
            "Với quyết tâm cao, Hội đã hoàn thành 10/10 chỉ tiêu.\n"
            "Hội Cựu chiến binh xã quyết tâm giữ vững và phát huy những thành tích đã đạt được.")
    assert rule_categories(text) == ["achievement", "achievement", "task"]


def test_directions_agreed_for_the_new_term_open_the_tasks():
    text = ("Nhiệm kỳ qua, Hội đã kết nạp 150 hội viên mới.\n"
            "Đại hội cũng đã thảo luận và thống nhất cao các phương hướng công tác Hội cho nhiệm kỳ mới.\n"
            "Chung sức xây dựng thôn, xóm văn minh, sạch đẹp.")
    assert rule_categories(text) == ["achievement", "task"]


def test_requirements_met_are_no_request():
    # "đảm bảo yêu cầu" names a requirement met, not a chair asking for something
    text = ("Tại hội nghị, đại biểu nhận xét Đại hội điểm của Hội Nông dân xã đã hoàn thành đúng thời gian, "
            "đảm bảo yêu cầu và tiến độ đề ra.\n"
            "Công tác chuẩn bị văn kiện được Ban Chấp hành chuẩn bị kỹ lưỡng, có chất lượng.")
    assert rule_categories(text) == ["achievement", "achievement"]


def test_a_conference_held_to_study_a_resolution_is_no_directive():
    text = ("Tháng 8/2022, Liên đoàn Lao động tỉnh đã tổ chức hội nghị trực tuyến quán triệt Nghị quyết đến "
            "150 chủ tịch công đoàn cơ sở. Đồng thời, hỗ trợ 8 công đoàn ngành tổ chức hội nghị quán triệt "
            "Nghị quyết đến đoàn viên. Tổng số hội nghị quán triệt Nghị quyết ở cấp trên cơ sở là 27 cuộc.")
    assert set(rule_categories(text)) == {"achievement"}


def test_shortcomings_announced_as_needing_remedy_open_the_shortcomings():
    # "cần khắc phục" in the announcement does not make what follows a list of tasks
    text = ("Đại diện Ban Chỉ đạo tỉnh cho biết, trong 15 năm thực hiện phong trào vẫn còn nhiều tồn tại, "
            "hạn chế cần khắc phục.\n"
            "Thành viên ban chỉ đạo các cấp đa số kiêm nhiệm, dẫn đến khó khăn trong việc hướng dẫn cơ sở.\n"
            "Ngoài ra, kinh phí cho hoạt động phong trào chưa đáp ứng nhu cầu, chủ yếu dựa vào ngân sách xã.")
    assert rule_categories(text) == ["limitation", "limitation"]


def test_what_a_newly_signed_programme_covers_is_to_be_done():
    text = ("Ngày 5/10, Ủy ban MTTQ hai tỉnh đã ký kết chương trình hợp tác giai đoạn 2026 - 2028.\n"
            "Theo đó, chương trình hợp tác giữa hai tỉnh tập trung vào các nội dung trọng tâm gồm: "
            "trao đổi kinh nghiệm trong công tác vận động đồng bào dân tộc; "
            "phối hợp tổ chức các hoạt động giao lưu văn hóa ở các xã biên giới.")
    assert rule_categories(text) == ["task", "task"]


def test_the_part_named_last_before_a_list_decides_it():
    # shortcomings reviewed, then directions set, "theo đó" the tasks: the list holds the tasks
    text = ("Tại đại hội, các đại biểu kiểm điểm những mặt đạt được, những mặt hạn chế của nhiệm kỳ qua và đưa ra "
            "phương hướng, nhiệm vụ nhiệm kỳ 2027 - 2029, theo đó, tập trung vào các nhiệm vụ cụ thể như: "
            "tăng cường giáo dục truyền thống cho đoàn viên; mở rộng tập hợp thanh niên công nhân.")
    assert rule_categories(text) == ["task", "task"]


def test_topics_raised_at_a_dialogue_are_no_results_but_a_raised_problem_is_a_shortcoming():
    text = ("Chiều 14/5, Đoàn xã phối hợp tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với đoàn viên thanh niên.\n"
            "Buổi đối thoại có hơn 80 đoàn viên tham dự, các chi đoàn nêu nhiều ý kiến liên quan đến: "
            "hỗ trợ vay vốn khởi nghiệp cho thanh niên; mở thêm sân chơi thể thao ở các thôn; "
            "tình trạng ô nhiễm nguồn nước ở khu chăn nuôi tập trung của thôn Đông.")
    assert categories_and_text(text) == [
        ("limitation", "Tình trạng ô nhiễm nguồn nước ở khu chăn nuôi tập trung của thôn Đông.")]


def test_a_hard_context_before_a_result_and_directing_the_study_of_a_resolution_are_results():
    text = ("Báo cáo tại hội nghị cho thấy, năm 2026, trong bối cảnh dịch bệnh diễn biến phức tạp, "
            "công tác dân vận của huyện có nhiều đổi mới về nội dung và phương thức.\n"
            "Các cấp ủy quan tâm lãnh đạo, chỉ đạo việc quán triệt, triển khai các nghị quyết về công tác dân vận.\n"
            "Tuy nhiên, trong bối cảnh nhiều doanh nghiệp giải thể, việc vận động quỹ vì người nghèo ở các xã là khó thực hiện.")
    assert rule_categories(text) == ["achievement", "achievement", "limitation"]


def test_directions_named_before_a_list_and_the_next_term_of_a_school_are_tasks():
    text = ("Chiều 20/8, Công đoàn trường THCS Nam Sơn tổ chức hội nghị tổng kết năm học 2025 - 2026.\n"
            "Trong báo cáo, Chủ tịch Công đoàn đã đưa ra những định hướng hoạt động như: "
            "tăng cường chăm lo đời sống đoàn viên và người lao động; "
            "đẩy mạnh tuyên truyền, nâng cao nhận thức cho đoàn viên về pháp luật lao động.\n"
            "Từ đó tiếp tục hướng dẫn các tổ công đoàn triển khai trong học kỳ tiếp theo để hoàn thiện các tiêu chí thi đua.")
    assert rule_categories(text) == ["task", "task", "task"]


def test_a_target_after_a_result_and_a_remedy_after_shortcomings_are_tasks():
    text = ("Hội nghị tổng kết công tác Mặt trận xã Ea Tiêu năm 2026.\n"
            "Việc thực hiện quy chế dân chủ ở cơ sở có nhiều chuyển biến, góp phần hạn chế những bức xúc của nhân dân.\n"
            "Thực hiện Cuộc vận động, đến nay xã đã đạt 16/19 tiêu chí nông thôn mới, "
            "phấn đấu năm 2027 xã sẽ về đích nông thôn mới.\n"
            "Đồng chí Bí thư Huyện ủy đã chỉ ra một số tồn tại trong việc phát triển của xã, "
            "đồng thời cho rằng xã cần tập trung phát triển kinh tế nông thôn gắn với liên kết sản xuất.")
    assert rule_categories(text) == ["achievement", "achievement", "task", "task"]


def test_the_reviewed_year_without_a_comma_reopens_results_and_a_new_term_opens_tasks():
    text = ("Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2026.\n"
            "Hội nghị đã tổng kết đánh giá kết quả công tác thi đua năm 2026 và đề ra phương hướng, nhiệm vụ năm 2027.\n"
            "Năm 2026 các thành viên trong Cụm tích cực triển khai kế hoạch thi đua, khen thưởng;\n"
            "toàn Cụm có 1.204 hộ đạt danh hiệu hộ nông dân sản xuất kinh doanh giỏi các cấp.\n"
            "Bước vào nhiệm kỳ mới, Cụm thi đua đặt mục tiêu 100% hội viên được tập huấn chuyển đổi số.")
    assert rule_categories(text) == ["achievement", "achievement", "task"]


def test_what_an_emulation_agreement_of_the_year_covers_is_to_be_done():
    text = ("Khối thi đua các đoàn thể tỉnh ký kết giao ước thi đua năm 2027\n"
            "Sáng 20-2, Khối thi đua các đoàn thể tỉnh tổ chức hội nghị ký kết giao ước thi đua năm 2027.\n"
            "Năm 2027, hoạt động của Khối hướng tới mục tiêu nâng cao chất lượng các phong trào thi đua yêu nước;\n"
            "các đơn vị cụ thể hóa nội dung giao ước thành kế hoạch và tổ chức thực hiện tại đơn vị mình.")
    assert rule_categories(text) == ["task", "task"]


def test_a_meeting_that_deploys_the_year_plans_it():
    text = ("Ủy ban MTTQ huyện triển khai các nhiệm vụ trọng tâm thực hiện trong năm 2027\n"
            "Chiều 6/3, Ban Thường trực Ủy ban MTTQ huyện tổ chức hội nghị triển khai các nhiệm vụ trọng tâm năm 2027.\n"
            "Thông qua 14 chương trình, kế hoạch; trong đó, năm 2027 MTTQ các cấp trong huyện "
            "tập trung thực hiện 10 nội dung cụ thể như:\nHoàn thành các chỉ tiêu thi đua;\n"
            "sửa chữa, làm nhà đại đoàn kết cho các hộ nghèo.")
    assert rule_categories(text) == ["task", "task"]


def test_what_newly_signed_coordination_rules_cover_is_to_be_done():
    text = ("Ký kết Quy chế phối hợp công tác giữa UBND huyện và Liên đoàn Lao động huyện\n"
            "Ngày 21/4/2027, UBND huyện và Ban Thường vụ Liên đoàn Lao động huyện tổ chức ký kết Quy chế phối hợp công tác.\n"
            "Những nội dung chính của Quy chế phối hợp là: phối hợp chặt chẽ trong việc vận động công nhân, viên chức, "
            "lao động thực hiện tốt chính sách, pháp luật; "
            "UBND huyện tạo điều kiện để Liên đoàn Lao động huyện tham gia quản lý kinh tế - xã hội.")
    assert rule_categories(text) == ["task", "task"]


def test_the_groups_of_tasks_agreed_for_the_next_stage_and_what_a_rule_contains_are_tasks():
    text = ("Chiều 16/2, UBND tỉnh và Ủy ban MTTQ tỉnh chủ trì hội nghị đánh giá Quy chế phối hợp giai đoạn 2022-2027.\n"
            "Trên kết quả đạt được, 2 đơn vị đã thống nhất 5 nhóm nhiệm vụ chủ yếu để thực hiện trong giai đoạn 2027-2031.\n"
            "Trọng tâm là tuyên truyền, vận động nhân dân thực hiện hiệu quả các nghị quyết của Đảng.\n"
            "Về nội dung quy chế tiếp xúc cử tri của đại biểu HĐND tỉnh gồm tổ chức tiếp xúc cử tri theo định kỳ;\n"
            "tổng hợp ý kiến, kiến nghị của cử tri gửi các cơ quan có thẩm quyền.")
    assert rule_categories(text) == ["task", "task", "task"]


def test_one_step_of_a_review_named_alone_is_no_shortcoming():
    text = ("Chiều 2/4/2027, Ủy ban Hội LHTN huyện tổ chức Đại hội điểm cấp cơ sở tại xã Ẳng Tở.\n"
            "Tuy nhiên, công tác phát triển hội viên ở một số chi hội còn chậm;\n"
            "đánh giá kết quả đạt được;\n"
            "rút ra bài học kinh nghiệm trong thực tiễn công tác Hội nhiệm kỳ 2024 - 2027.")
    assert rule_categories(text) == ["limitation"]


def test_a_review_whose_purpose_names_results_and_shortcomings_to_remedy_is_no_shortcoming():
    text = ("Chiều 5/10/2027, tiếp nối thành công của Hội nghị Chi bộ, Công đoàn trường THCS Tân Mỹ "
            "tổ chức Hội nghị đầu năm học.\n"
            "Đây là dịp để toàn thể Công đoàn cùng nhìn nhận, đánh giá lại những thành tích đã đạt được cũng như những tồn tại "
            "cần khắc phục của hoạt động Công đoàn trong năm học vừa qua, từ đó đề ra phương hướng, nhiệm vụ phù hợp "
            "trong năm học mới.\n"
            "Năm học qua, Công đoàn đã vận động đoàn viên ủng hộ quỹ khuyến học 12 triệu đồng.")
    assert rule_categories(text) == ["achievement"]


def test_topics_raised_at_a_dialogue_with_no_colon_are_no_results():
    text = ("Sáng 12/5/2027, Huyện ủy Tân Lập tổ chức hội nghị đối thoại giữa Bí thư Huyện ủy với hội viên nông dân.\n"
            "Trên tinh thần thẳng thắn, hội viên nông dân đã có 15 lượt ý kiến tập trung vào các vấn đề liên quan đến "
            "quy hoạch vùng trồng lúa chất lượng cao; việc quản lý kinh doanh phân bón; "
            "đào tạo nghề cho lao động nông thôn.\n"
            "Năm 2026, Hội Nông dân huyện đã hỗ trợ 120 hộ vay vốn phát triển sản xuất.")
    assert rule_categories(text) == ["achievement"]


def test_what_a_signed_cooperation_record_covers_is_to_be_done():
    text = ("Phụ nữ hai tỉnh ký kết biên bản hợp tác\n"
            "Ngày 3/3/2027, Hội LHPN tỉnh A và Hội Phụ nữ tỉnh B tổ chức lễ ký kết hợp tác giai đoạn 2027-2031.\n"
            "Theo đó, hai bên tuyên truyền, vận động phụ nữ thực hiện tốt quy chế bảo vệ biên giới;\n"
            "phòng, chống buôn bán phụ nữ, trẻ em qua biên giới.")
    assert rule_categories(text) == ["task", "task"]


def test_a_page_that_opens_with_its_plans_goes_on_with_them_after_the_list_of_targets():
    text = ("Theo đó, Hội Phụ nữ 3 đơn vị sẽ thống nhất triển khai phong trào thi đua “Xây dựng người Phụ nữ Việt Nam "
            "thời đại mới” với chỉ tiêu phấn đấu: 100% hội viên được tuyên truyền, phổ biến nội dung phong trào. "
            "Mỗi đơn vị phát hiện các điển hình phụ nữ tiêu biểu; mỗi đơn vị đăng ký loại hình hoạt động "
            "để vận động phụ nữ rèn luyện sức khỏe.")
    assert rule_categories(text) == ["task", "task", "task", "task"]


def test_a_request_among_the_issues_raised_at_a_dialogue_is_no_directive():
    text = ("Sáng 4/8/2027, Huyện ủy Hòa Bình tổ chức hội nghị đối thoại với Nhân dân.\n"
            "Đã có 20 ý kiến của người dân tập trung phản ánh với lãnh đạo huyện những nội dung chủ yếu như: "
            "tình trạng tranh chấp đất đai gây mất trật tự nông thôn; đề nghị lắp camera an ninh tại các ngã ba; "
            "mở rộng liên kết với doanh nghiệp trong đào tạo nghề.\n"
            "Năm 2026, huyện đã giải quyết dứt điểm 15 vụ tranh chấp đất đai.")
    assert rule_categories(text) == ["limitation", "achievement"]


def test_after_the_results_as_ground_the_remaining_months_are_to_come():
    text = ("Trong 6 tháng đầu năm 2027, các cấp Hội nông dân thị xã đã phát triển được 95 hội viên.\n"
            "Từ những kết quả đã đạt được, trong 6 tháng còn lại, Hội nông dân thị xã tiếp tục triển khai "
            "9 nhiệm vụ trọng tâm, trong đó chú trọng công tác tuyên truyền về chủ quyền biển đảo;\n"
            "vận động nhân dân thực hiện tốt chủ trương “5 không”.")
    assert rule_categories(text) == ["achievement", "task", "task"]


def test_what_a_launch_meeting_sets_out_is_to_be_done():
    text = ("Hội nghị triển khai Chiến dịch Thanh niên tình nguyện hè năm 2027\n"
            "Sáng ngày 18/6, tại trụ sở Tỉnh đoàn, Ban Chỉ đạo Chiến dịch đã tổ chức Hội nghị triển khai chiến dịch.\n"
            "Trong đó, trọng tâm là triển khai thực hiện tốt 4 chiến dịch tình nguyện;\n"
            "xây dựng mới 09 khu vui chơi cho thiếu nhi vùng khó khăn;\n"
            "hỗ trợ 5.000 thiếu nhi có hoàn cảnh khó khăn.")
    assert rule_categories(text) == ["task", "task", "task"]


def test_awards_given_at_the_meeting_are_no_results():
    text = ("Chiều 20/12/2027, Ủy ban MTTQ huyện Gia Bình tổng kết công tác Mặt trận năm 2027.\n"
            "Năm 2027, Mặt trận các cấp đã vận động xây dựng 35 nhà đại đoàn kết.\n"
            "Hội nghị đã khen thưởng các cá nhân có thành tích xuất sắc trong năm.\n"
            "UBND huyện khen thưởng 10 đơn vị có thành tích xuất sắc trong cuộc vận động.")
    assert rule_categories(text) == ["achievement"]


def test_the_comment_forms_instructions_are_page_chrome():
    text = ("Hội LHPN phường ra mắt chi hội phụ nữ nhà trọ\n"
            "Đến nay, Hội LHPN phường đã thành lập 12 chi hội phụ nữ nhà trọ với 410 hội viên.\n"
            "Chia sẻ bài viết\n"
            "LƯU Ý: Báo sẽ biên tập ý kiến của bạn đọc trước khi xuất bản. Báo hoan nghênh những ý kiến khách quan, "
            "có tính xây dựng. Vui lòng gõ tiếng Việt có dấu, cám ơn sự đóng góp của bạn đọc.\n"
            "Gửi file đính kèm không quá 10MB Đính kèm File")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_the_comment_box_after_the_tasks_is_page_chrome():
    text = ("Hội LHPN tỉnh tổng kết năm 2026\n"
            "Bà Chủ tịch Hội cho biết: \"Nhiệm kỳ tới, Hội sẽ đẩy mạnh tạo việc làm tại chỗ cho chị em nông thôn.\"\n"
            "D.L\n"
            "Vui lòng nhập nội dung bình luận.")
    assert [c for c, _ in labels(text)] == ["task"]


def test_logistics_and_kindness_are_no_need():
    # "hậu cần" (logistics) and "ân cần" (kindly) hold the word "cần" (need)
    text = ("Đến nay, toàn xã có 1.402 phương tiện khai thác hải sản.\n"
            "Kinh tế chủ yếu là khai thác hải sản, dịch vụ hậu cần nghề cá phục vụ khai thác hải sản.\n"
            "Hội đã phối hợp thành lập 38 tổ đoàn kết khai thác hải sản.\n"
            "Cán bộ Hội luôn ân cần thăm hỏi 45 hộ hội viên gặp khó khăn.")
    assert "task" not in rule_categories(text)
    assert "task" not in [c for c, _ in labels(text)]


def test_a_target_set_for_the_year_is_a_task_but_not_a_province_target_in_the_background():
    text = ("Năm 2027, Hội Doanh nhân trẻ tỉnh đã hỗ trợ xây dựng 120 căn nhà tình nghĩa.\n"
            "Trong năm nay 2028, Hội Doanh nhân trẻ tỉnh đặt mục tiêu khởi công ít nhất 300 căn nhà ở xã hội.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "task"]
    background = ("Trước bối cảnh tỉnh đặt mục tiêu trở thành trung tâm công nghiệp trước năm 2030, nhiều kỳ vọng "
                  "được gửi gắm vào thanh niên.\n"
                  "Nhiệm kỳ qua, 389 đoàn viên được kết nạp vào Đảng.")
    assert "task" not in [s.category for s in statements_without_screen(background)]


def test_target_ranges_after_a_target_are_tasks_not_figures_reached():
    # "xây dựng được 3-5 vườn mẫu" reads like a figure reached, but a range is a target
    text = ("Những năm qua, phong trào làm vườn của huyện phát triển mạnh, được đông đảo hội viên hưởng ứng.\n"
            "Nhiệm kỳ 2024-2029, Hội tiếp tục củng cố tổ chức, phát triển kinh tế vườn. "
            "Phấn đấu 60% số xã có tổ chức Hội Làm vườn; mỗi xã phát triển thêm 2-3 chi hội, kết nạp 40-80 hội viên, "
            "đăng ký xây dựng được 3-5 vườn mẫu.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "task", "task", "task"]


def test_the_second_semester_of_a_school_year_is_the_next_period():
    text = ("Công đoàn ngành Giáo dục huyện sơ kết học kỳ I năm học 2025-2026\n"
            "Học kỳ I năm học 2025-2026, công đoàn cơ sở đã thăm hỏi 45 đoàn viên ốm đau, hỗ trợ 12 nhà giáo.\n"
            "Học kỳ II, công đoàn các cấp tập trung chăm lo đời sống, bảo vệ quyền lợi hợp pháp của đoàn viên.")
    article = extract_document(Document("bai.txt", text), RULES_NO_SCREEN)
    assert [s.category for s in article.statements] == ["achievement", "task"]
    assert article.meta.period.value == "học kỳ I năm học 2025-2026"
    assert article.meta.next_period.value == "học kỳ II năm học 2025-2026"


def test_a_year_named_only_where_the_plans_begin_is_the_next_one():
    # a review of "năm qua" that names no year of its own; the first year opens the plans
    text = ("Hội Luật gia tỉnh tổng kết công tác Hội\n"
            "Trong năm qua, các cấp Hội đã tư vấn pháp lý miễn phí cho 120 trường hợp.\n"
            "Năm 2030, Hội tiếp tục tập trung đẩy mạnh tuyên truyền, phổ biến pháp luật tới hội viên, "
            "thực hiện các nhiệm vụ đã được Tỉnh ủy giao.")
    article = extract_document(Document("bai.txt", text), RULES_NO_SCREEN)
    assert [s.category for s in article.statements] == ["achievement", "task"]
    assert article.meta.next_period.value == "năm 2030"
    # the year reported stays the reported one when it is named with what was done
    done = text.replace("Hội tiếp tục tập trung đẩy mạnh", "Hội đã tập trung đẩy mạnh")
    assert [s.category for s in statements_without_screen(done)] == ["achievement", "achievement"]


def test_the_planned_time_of_a_congress_is_no_future():
    # "đảm bảo thời gian dự kiến": the time that was planned, kept; not "dự kiến" (will)
    text = ("Các công đoàn cơ sở đã tổ chức thành công đại hội nhiệm kỳ 2028 - 2033.\n"
            "Các đơn vị nỗ lực điều hành, phục vụ đại hội, bám sát kịch bản, đảm bảo thời gian dự kiến, "
            "hoàn thành tốt nội dung đề ra.\n"
            "Công tác tuyên truyền, trang trí khánh tiết đại hội thực hiện trang nghiêm.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement"] * 3


def test_what_the_leaders_agreed_in_their_assessment_is_a_result():
    text = ("Sáng 11/02/2030, HĐND, UBND và Ủy ban MTTQ quận tổ chức hội nghị đánh giá kết quả phối hợp năm 2029 "
            "và thống nhất, ký kết chương trình phối hợp công tác năm 2030.\n"
            "Tại hội nghị, Thường trực HĐND quận đã báo cáo kết quả thực hiện chương trình phối hợp năm 2029, "
            "lãnh đạo ba cơ quan đều thống nhất đánh giá năm 2029, ba cơ quan đã phối hợp thường xuyên, chặt chẽ, "
            "góp phần hoàn thành các nhiệm vụ chính trị của quận. "
            "Phối hợp tổ chức tốt các hội nghị tiếp xúc cử tri thường kỳ và chuyên đề.")
    got = categories_and_text(text)
    assert [c for c, _ in got] == ["achievement", "achievement"], got
    assert got[0][1].startswith("Ba cơ quan đã phối hợp"), got


def test_a_count_that_fell_short_after_counts_that_did_not_is_a_shortcoming_of_its_own():
    text = ("Đến nay, 1.468 công đoàn cơ sở trong tỉnh tổ chức thành công đại hội, đạt 100%.\n"
            "Có 169 công đoàn cơ sở tổ chức đại hội trực tuyến, tiết kiệm kinh phí; "
            "12 công đoàn cơ sở không tổ chức đại hội do doanh nghiệp tạm ngưng hoạt động.")
    got = categories_and_text(text)
    assert [c for c, _ in got] == ["achievement", "achievement", "limitation"], got
    # counts that all went well stay one list
    listed = "Có 169 công đoàn cơ sở tổ chức đại hội trực tuyến; 120 công đoàn cơ sở tổ chức đại hội tại chỗ."
    assert len(categories_and_text(listed)) == 1


def test_the_meeting_its_purpose_and_its_success_are_no_results():
    text = ("Đại hội đại biểu MTTQ huyện lần thứ XV\n"
            "Trong nhiệm kỳ qua, MTTQ huyện đã vận động xây dựng 120 nhà Đại đoàn kết.\n"
            "Với tinh thần nghiêm túc, Đại hội đã thực hiện đầy đủ các bước theo hướng dẫn, đảm bảo nội dung.\n"
            "Ngày hội là dịp để cán bộ và nhân dân cùng nhau nhìn lại những kết quả đạt được.\n"
            "Buổi gặp gỡ nhằm giúp cấp ủy, chính quyền kịp thời nắm bắt tâm tư, nguyện vọng của thanh niên.\n"
            "Đại hội đã thành công tốt đẹp.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement"]


def test_on_a_page_about_the_congresses_held_how_they_went_is_a_result():
    text = ("Hoàn thành đại hội công đoàn cấp trên trực tiếp cơ sở nhiệm kỳ 2028 - 2033\n"
            "Tính đến nay, 20/20 công đoàn cấp trên trực tiếp cơ sở đã hoàn thành tổ chức đại hội nhiệm kỳ 2028 - 2033, "
            "đảm bảo chỉ tiêu đề ra.\n"
            "Đại hội được tổ chức theo đúng quy định, hình thức trang trọng, tiết kiệm.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "achievement"]
    # the same sentence on a page about one meeting is its procedure
    one = ("Hội Nông dân huyện tổng kết công tác năm 2028\n"
           "Năm 2028, Hội đã vận động 1.200 hộ đăng ký thi đua sản xuất giỏi.\n"
           "Hội nghị được tổ chức theo đúng quy định, hình thức trang trọng, tiết kiệm.")
    assert [s.category for s in statements_without_screen(one)] == ["achievement"]


def test_the_place_its_people_and_religions_are_no_results():
    text = ("Ủy ban MTTQ xã sơ kết cuộc vận động năm 2029\n"
            "Xã Tân Hòa có gần 27.000 dân.\n"
            "Hiện nay, tỉnh có 47 dân tộc anh em cùng sinh sống, với hơn 491.200 người.\n"
            "Người dân trong ấp sống chủ yếu bằng nghề làm vườn, chăn nuôi.\n"
            "Năm 2029, toàn xã có 640 hộ đạt danh hiệu gia đình văn hóa.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement"]


def test_congresses_held_so_far_are_results_and_the_deadline_for_the_rest_a_task():
    text = ("Tiến độ đại hội Mặt trận các cấp nhiệm kỳ 2029-2034\n"
            "Theo đó, có 04 đơn vị tổ chức Đại hội trực tiếp và 11 đơn vị tổ chức Đại hội trực tuyến.\n"
            "Đã có 3/63 tỉnh, thành phố tổ chức Đại hội đại biểu MTTQ Việt Nam nhiệm kỳ 2029-2034, "
            "đến cuối tháng 8/2029 sẽ hoàn thành việc tổ chức Đại hội các tỉnh, thành.")
    got = categories_and_text(text)
    assert [c for c, _ in got] == ["achievement", "achievement", "task"], got


def test_a_union_named_cd_is_of_the_genre_and_its_first_year_after_deeds_the_next_one():
    # the tail of a union's review: "CĐ" is Công đoàn; the first year named opens the plans
    text = ("CĐ cấp trên đã trực tiếp xem xét, kiểm điểm, rút kinh nghiệm đối với 2 tập thể và xử lý kỷ luật "
            "đối với 5 cán bộ CĐ vi phạm Điều lệ.\n"
            "Năm 2031, Ủy ban Kiểm tra CĐ các cấp tập trung kiểm tra việc chấp hành Điều lệ CĐ Việt Nam; "
            "kiểm tra CĐ cùng cấp khi tổ chức hoặc đoàn viên có dấu hiệu vi phạm; "
            "giải quyết tốt các khiếu nại, tố cáo thuộc thẩm quyền.")
    assert off_topic_reason(text, load_rules()) == ""
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "task", "task", "task"]


def test_a_signing_of_joint_activities_lists_what_will_be_done():
    text = ("Sáng 9-10, tại Thành ủy đã diễn ra hội nghị ký kết các hoạt động phối hợp trên lĩnh vực công tác dân vận "
            "giữa Ban Dân vận Thành ủy, Ủy ban MTTQ và các đoàn thể thành phố.\n"
            "Theo đó, các bên phối hợp tuyên truyền, vận động người dân giữ gìn môi trường xanh sạch đẹp; "
            "các đơn vị phối hợp nắm bắt tình hình nhân dân, tình hình an ninh trật tự.")
    assert [s.category for s in statements_without_screen(text)] == ["task", "task"]


def test_the_contents_of_an_emulation_pact_signed_are_tasks():
    text = ("Cụm thi đua số 3 ký giao ước thi đua năm 2031\n"
            "Các đại biểu tham dự hội nghị đã thảo luận kế hoạch công tác thi đua - khen thưởng và ký kết giao ước "
            "thi đua năm 2031 với 3 nội dung: Triển khai có hiệu quả các nhiệm vụ của Mặt trận cấp trên giao; "
            "thi đua thực hiện các chương trình công tác của Thành ủy; "
            "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.")
    assert [s.category for s in statements_without_screen(text)] == ["task", "task", "task"]


def test_what_a_congress_sets_as_requirements_is_to_be_done():
    text = ("Đại hội đại biểu MTTQ tỉnh lần thứ I, nhiệm kỳ 2030 - 2035\n"
            "Nhiệm kỳ qua, Mặt trận tỉnh đã vận động xây dựng 3.200 nhà Đại đoàn kết.\n"
            "Đại hội MTTQ tỉnh lần thứ I đặt ra yêu cầu nâng cao vai trò nòng cốt chính trị của Mặt trận; "
            "đổi mới nội dung, phương thức hoạt động; phát huy dân chủ và sức mạnh đại đoàn kết toàn dân tộc.")
    assert [s.category for s in statements_without_screen(text)][1:] == ["task", "task", "task"]


def test_difficulties_announced_after_the_results_are_named_next():
    text = ("Nhiệm kỳ qua, Đoàn Thanh niên Tổng công ty đã tổ chức 120 công trình thanh niên.\n"
            "Chị Nguyễn Thị Lan, Bí thư Đoàn Thanh niên Tổng công ty cho biết, nhiệm kỳ qua, "
            "Đoàn Thanh niên Tổng công ty phải đối mặt với rất nhiều khó khăn.\n"
            "Các đoàn bộ phận, chi đoàn hoạt động phân tán, khó tập hợp lực lượng để tổ chức hoạt động quy mô lớn.\n"
            "Dịch bệnh cũng ảnh hưởng trực tiếp đến hoạt động công tác đoàn.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "limitation", "limitation"]


def test_not_following_the_rules_is_a_shortcoming():
    text = ("Đoàn giám sát việc cấp kinh phí hoạt động của Ban Thanh tra nhân dân năm 2029.\n"
            "Theo báo cáo, đa số UBND các xã có dự toán kinh phí hoạt động cho Ban ngay từ đầu năm "
            "nhưng không đúng theo quy định về chế độ, chính sách.")
    assert [s.category for s in statements_without_screen(text)][-1] == "limitation"


def test_directions_set_by_the_meeting_named_after_trong_do_are_tasks():
    text = ("Sáu tháng đầu năm 2030, Mặt trận quận đã hỗ trợ 1.500 suất quà cho hộ nghèo.\n"
            "Hội nghị cũng đã đề ra phương hướng hoạt động trong 6 tháng còn lại, trong đó chú trọng thực hiện "
            "Chỉ thị 43 của Thành ủy, đẩy mạnh các mô hình \"Khu chung cư văn hóa\"..., vận động quỹ Vì người nghèo.")
    got = categories_and_text(text)
    assert [c for c, _ in got] == ["achievement", "task"], got
    assert got[1][1].startswith("Chú trọng thực hiện"), got


def test_the_speaker_praises_then_also_directs():
    text = ("Năm 2029, Công an tỉnh đã tổ chức 120 buổi tuyên truyền về công tác dân vận.\n"
            "Phát biểu tại hội nghị, Phó Bí thư Thường trực Tỉnh ủy ghi nhận và đánh giá cao những kết quả đạt được "
            "của Công an tỉnh; đồng thời, chỉ đạo Công an tỉnh tiếp tục quán triệt, triển khai nghiêm túc các chủ trương "
            "của Đảng về công tác dân vận.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "task"]


def test_an_inline_list_of_remedies_goes_on_with_another_bare_order_in_its_paragraph():
    text = ("Một số ấp ủy, chính quyền địa phương chưa quan tâm chỉ đạo công tác gia đình.\n"
            "Giải pháp khắc phục: Các cấp, các ngành tập trung chỉ đạo sâu sát đối với công tác gia đình; "
            "tiếp tục đổi mới công tác thông tin tuyên truyền về xây dựng gia đình…Nâng cao vai trò, trách nhiệm "
            "của các cấp ủy, chính quyền và cộng đồng về công tác gia đình; lồng ghép các hoạt động trong công tác "
            "gia đình với phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”.")
    assert [s.category for s in statements_without_screen(text)] == ["limitation"] + ["task"] * 4


def test_praise_of_the_committees_role_in_implementing_is_no_directive():
    # "trong việc quán triệt": the noun, not the verb of an order
    text = ("Tại buổi làm việc, Trưởng ban Dân vận Trung ương đánh giá cao công tác lãnh đạo, chỉ đạo của các cấp ủy "
            "Đảng, chính quyền tỉnh trong việc quán triệt, thể chế hóa các chủ trương của Đảng về công tác dân vận, "
            "góp phần xây dựng 45 mô hình “Dân vận khéo”.")
    assert "task" not in rule_categories(text)
    assert "task" not in [c for c, _ in labels(text)]


def test_the_congress_closing_and_what_its_new_leaders_are_hoped_to_do_are_no_items():
    text = ("Nhiệm kỳ qua, Công đoàn cơ sở đã kết nạp 45 đoàn viên mới.\n"
            "Đây là những nhân tố có năng lực, tâm huyết, được kỳ vọng sẽ dẫn dắt tổ chức công đoàn phát triển.\n"
            "Đại hội kết thúc trong không khí đoàn kết, phấn khởi và tràn đầy kỳ vọng.")
    got = [(s.category, s.text) for s in statements_without_screen(text)]
    assert "task" not in [c for c, _ in got], got  # hoped for, not set as a task
    assert not any(t.startswith("Đại hội kết thúc") for _, t in got), got


def test_a_review_that_names_its_parts_names_no_shortcoming():
    text = ("Năm 2029, Đoàn phường đã tổ chức 45 hoạt động tình nguyện.\n"
            "Bên cạnh đó, Báo cáo cũng đã chỉ ra những tồn tại, nguyên nhân và giải pháp khắc phục cũng như nêu lên "
            "những nhiệm vụ trọng tâm nhiệm kỳ 2029-2034 mà Tuổi trẻ phường cần tập trung thực hiện.")
    assert "limitation" not in [s.category for s in statements_without_screen(text)]
    summed_up = ("Việc tổ chức tiếp xúc cử tri ở một số nơi còn hình thức.\n"
                 "Đây là những tồn tại, hạn chế trong công tác tiếp xúc cử tri hiện nay được hội nghị nhận định.")
    assert [s.category for s in statements_without_screen(summed_up)] == ["limitation"]


def test_the_difficulties_a_meeting_set_out_to_remove_are_named_after_its_colon():
    text = ("Chín tháng năm 2029, thu ngân sách trên địa bàn huyện tăng so với cùng kỳ.\n"
            "Hội nghị tập trung thảo luận, đề ra các giải pháp tháo gỡ những khó khăn: tỷ lệ giải ngân vốn đầu tư "
            "xây dựng thấp; công tác quản lý đất đai, trật tự xây dựng chưa hiệu quả; tình trạng thiếu giáo viên "
            "ở các cấp học.")
    got = [(s.category, s.text) for s in statements_without_screen(text)]
    assert [c for c, _ in got] == ["achievement", "limitation", "limitation", "limitation"], got


def test_the_criteria_of_a_campaign_title_are_no_results():
    text = ("Năm 2029, Hội LHPN xã đã vận động 320 hộ gia đình đăng ký xây dựng gia đình “5 không, 3 sạch”.\n"
            "Tiêu chí của gia đình 5 không gồm: không vi phạm pháp luật; không có tệ nạn xã hội; "
            "không có bạo lực gia đình; không sinh con thứ ba trở lên.\n"
            "Đến nay, 280 hộ đã đạt tiêu chí.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement", "achievement"]


def test_an_award_meeting_named_in_the_opening_is_no_praise_of_results():
    # "Hội nghị biểu dương ...": the meeting's name, not a leader praising
    text = ("Ngày 2/8, UBND huyện tổ chức Hội nghị biểu dương, tôn vinh điển hình tiên tiến, người có uy tín trong "
            "đồng bào dân tộc thiểu số năm 2029.\n"
            "Năm 2029, người có uy tín đã vận động đồng bào hiến 12.000 m2 đất làm đường giao thông nông thôn.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement"]


def test_what_an_activity_means_is_no_result():
    text = ("Năm 2029, Hội Nông dân quận đã tổ chức 12 lớp tập huấn cho 600 hội viên.\n"
            "Đây thực sự là một động lực thúc đẩy nông dân quận phát huy năng lực, sáng tạo của mình.\n"
            "Tiếp xúc cử tri là một trong những nhiệm vụ thường xuyên, quan trọng của đại biểu dân cử.\n"
            "Chương trình đối thoại là dịp để cấp ủy, chính quyền trực tiếp lắng nghe tâm tư của thanh niên.")
    assert [s.category for s in statements_without_screen(text)] == ["achievement"]


def test_the_targets_of_an_emulation_campaign_just_launched_are_tasks():
    text = ("Năm 2027, công nhân lao động thực hiện 120 công trình, sáng kiến, làm lợi 5 tỷ đồng.\n"
            "Tại hội nghị, Liên đoàn Lao động huyện đã phát động phong trào thi đua với một số chỉ tiêu: "
            "phấn đấu 100% người lao động được ký hợp đồng lao động; 60% doanh nghiệp tổ chức đối thoại định kỳ.")
    got = labels(text)
    assert got[0][0] == "achievement" and len(got) > 1
    assert all(c == "task" for c, _ in got[1:])
    assert not any("phát động" in t for _, t in got)  # the launch itself is not an item


def test_shortcomings_named_only_by_their_area_are_no_item():
    text = ("Năm 2026, toàn huyện có 110/115 cơ quan đạt chuẩn văn hóa.\n"
            "Phát biểu kết luận, đồng chí Lê Thị Hoa, Phó Chủ tịch UBND huyện đã chỉ ra những tồn tại, hạn chế "
            "trong thực hiện phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2026 trên địa bàn huyện.\n"
            "Bên cạnh những kết quả đạt được, Hội nghị cũng chỉ ra những hạn chế cần tập trung khắc phục trong thời gian tới, "
            "đặc biệt là những hạn chế trong tổ chức Đại hội.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement"]


def test_shortcomings_whose_area_says_what_went_wrong_are_kept():
    text = ("Năm 2026, toàn huyện có 110/115 cơ quan đạt chuẩn văn hóa.\n"
            "Hội nghị cũng chỉ ra những hạn chế trong công tác tuyên truyền như nội dung còn chậm đổi mới.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation"]


def test_a_heading_that_counts_the_contents_of_the_coming_months_opens_the_tasks():
    text = ("Công đoàn Tổng công ty tổ chức hội nghị Ban Chấp hành mở rộng\n"
            "Năm 2027, Công đoàn đã ký kết thỏa ước lao động tập thể với 12 doanh nghiệp.\n"
            "6 nội dung trong 6 tháng cuối năm 2027 và cả nhiệm kỳ của Ban Chấp hành\n"
            "- Cụ thể hóa Nghị quyết của Đại hội;\n"
            "- Chuẩn hóa, số hóa toàn bộ hồ sơ, văn bản;\n"
            "- Thực hành tiết kiệm và phát huy sáng kiến trong toàn hệ thống;")
    assert [c for c, _ in labels(text)] == ["achievement", "task", "task", "task"]


def test_the_goals_of_the_new_term_listed_by_number_are_tasks_and_their_introduction_no_item():
    text = ("Đại hội Chi đoàn Bệnh viện nhiệm kỳ 2027-2029\n"
            "Trong nhiệm kỳ vừa qua, Chi đoàn đã kết nạp 25 đoàn viên mới.\n"
            "Về phương hướng hoạt động nhiệm kỳ 2027 – 2029 tập trung vào các mục tiêu:\n"
            "1. Triển khai thực hiện Chương trình rèn luyện đoàn viên đến 98% đoàn viên trong chi đoàn.\n"
            "2. Vận động 100% đoàn viên tham gia hiến máu tình nguyện.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement", "task", "task"]
    assert got[1][1].startswith("Triển khai thực hiện Chương trình")


def test_a_caption_that_starts_with_the_title_is_no_item():
    text = ("Năm 2027, Ủy ban MTTQ tỉnh đã tổ chức 120 cuộc giám sát.\n"
            "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Trần Văn Bình tham luận tại hội nghị.")
    assert rule_categories(text) == ["achievement"]  # the rules themselves, not only the trained screen


def test_strengths_and_shortcomings_named_together_are_no_item():
    text = ("Năm 2027, Công đoàn Bệnh viện kết nạp 40 đoàn viên.\n"
            "Đồng thời, hội nghị cũng chỉ ra những mặt mạnh cần phát huy và những hạn chế mà Công đoàn cần khắc phục "
            "trong thời gian tới.\n"
            "Tại đại hội, các đơn vị đánh giá toàn diện kết quả công tác Đoàn nhiệm kỳ 2025 – 2027, chỉ ra những ưu điểm, "
            "hạn chế, rút ra bài học kinh nghiệm.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_the_functions_and_duties_of_a_body_introduce_no_tasks():
    text = ("Năm 2027, Ủy ban MTTQ tỉnh hoàn thành việc sắp xếp bộ máy.\n"
            "Sau sắp xếp, Cơ quan Ủy ban MTTQ tỉnh có 10 ban do Ban Thường trực quyết định thành lập, "
            "quy định chức năng, nhiệm vụ, gồm: 4 ban tham mưu, giúp việc chung; 6 ban của các tổ chức chính trị - xã hội.\n"
            "Đối với cấp xã, 100% Ủy ban MTTQ xã đã kiện toàn ban thường trực.")
    assert "task" not in [c for c, _ in labels(text)]


def test_a_caption_of_who_spoke_to_guide_the_meeting_is_no_item():
    text = ("Năm 2027, Thành Đoàn tổ chức 500 hoạt động tình nguyện.\n"
            "Anh Nguyễn Văn Bình phát biểu định hướng hội nghị.")
    assert rule_categories(text) == ["achievement"]


def test_a_caption_set_beside_the_text_in_a_table_row_is_kept_apart():
    text = ("Công đoàn Trường Tiểu học An Bình tổ chức Đại hội lần thứ nhất\n"
            "| Đồng chí Lê Văn Nam - Phó Chủ tịch LĐLĐ quận phát biểu chỉ đạo tại Đại hội. | "
            "Năm học 2026-2027, Công đoàn trường đã tổ chức 12 buổi sinh hoạt chuyên đề cho đoàn viên. |")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement"]
    assert got[0][1].startswith("Năm học 2026-2027")


def test_what_a_leader_wishes_after_a_colon_is_a_task():
    text = ("Năm 2027, Công đoàn trường kết nạp 20 đoàn viên.\n"
            "Phát biểu tại Đại hội, đồng chí Lê Văn Nam, Phó Chủ tịch LĐLĐ quận mong muốn: ngay sau Đại hội, "
            "Ban Chấp hành xây dựng Quy chế hoạt động; tổ chức tốt các hoạt động chăm lo cho đoàn viên.")
    assert [c for c, _ in labels(text)] == ["achievement", "task", "task"]


def test_a_result_spread_through_the_briefings_is_no_meeting_introduction():
    text = ("Năm 2027, phường đã giải quyết dứt điểm 45 đơn thư của người dân.\n"
            "Việc thực hiện các chế độ chính sách của nhà nước được công khai tại trụ sở UBND phường và lồng ghép "
            "tại các buổi giao ban định kỳ, sinh hoạt tổ dân phố.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_a_party_documents_standing_requirement_is_background_not_a_task():
    text = ("Năm 2027, Ủy ban MTTQ tỉnh đã tổ chức 40 cuộc giám sát về phòng, chống tham nhũng.\n"
            "Nghị quyết Đại hội XIII của Đảng khẳng định yêu cầu phải phát huy vai trò của Mặt trận trong phòng, chống tham nhũng.\n"
            "Nghị quyết Trung ương 4 yêu cầu “Phát huy tốt hơn vai trò giám sát của Mặt trận Tổ quốc”.\n"
            "Kết luận hội nghị, đồng chí Lê Văn An yêu cầu Ủy ban MTTQ các cấp tiếp tục giám sát việc kê khai tài sản.")
    assert [c for c, _ in labels(text)] == ["achievement", "task"]


def test_targets_introduced_by_nhu_and_a_figure_without_a_colon_are_tasks():
    text = ("Đại hội Chi đoàn khối cơ quan nhiệm kỳ 2027 – 2029\n"
            "Nhiệm kỳ qua, Chi đoàn đã kết nạp 12 đoàn viên mới.\n"
            "Chi đoàn đề ra các chỉ tiêu thực hiện trong nhiệm kỳ 2027 – 2029 như 100% đoàn viên được học tập "
            "nghị quyết; trong nhiệm kỳ không có đoàn viên vi phạm pháp luật.")
    got = labels(text)
    assert [c for c, _ in got][0] == "achievement"
    assert [c for c, _ in got][1:] and all(c == "task" for c, _ in got[1:])
    assert got[1][1].startswith("100% đoàn viên")


def test_the_congress_targets_that_were_reached_are_results():
    text = ("Đại hội Hội Nông dân xã nhiệm kỳ 2027-2032\n"
            "Trong 11 chỉ tiêu Đại hội Hội Nông dân xã khóa X đề ra, có 4 chỉ tiêu hoàn thành 100% và 7 chỉ tiêu vượt "
            "Nghị quyết đại hội đề ra như: toàn xã có 87% số hộ nông dân có hội viên (đạt 108% KH); "
            "hàng năm có 100% chi hội đạt khá, vững mạnh (đạt 117% KH).")
    got = labels(text)
    assert got and all(c == "achievement" for c, _ in got)


def test_the_organisations_size_is_background_not_a_result():
    text = ("Hội Nông dân xã tổng kết năm 2027\n"
            "Toàn xã hiện có 34 chi hội với 2.747 hội viên.\n"
            "Sau sáp nhập, Hội LHPN tỉnh mới có 148 cơ sở Hội và 2 đơn vị trực thuộc, với trên 500 nghìn hội viên.\n"
            "Năm 2027, Hội đã kết nạp 120 hội viên mới, nâng tổng số lên 2.867 hội viên.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement"]
    assert got[0][1].startswith("Năm 2027, Hội đã kết nạp")


def test_a_sites_copyright_notice_is_page_noise():
    text = ("Năm 2027, Hội LHPN thành phố đã hỗ trợ 50 hộ phụ nữ nghèo.\n"
            "Chú ý: Việc đăng lại bài viết trên ở website hoặc các phương tiện truyền thông khác mà không ghi rõ "
            "nguồn là vi phạm bản quyền.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_awards_received_in_the_period_are_results_and_awards_handed_out_at_the_meeting_are_not():
    text = ("Đại hội Hội Nông dân huyện nhiệm kỳ 2027-2032\n"
            "Trong nhiệm kỳ, Trung ương Hội Nông dân Việt Nam đã tặng Bằng khen cho 6 tập thể, 6 cá nhân của huyện.\n"
            "Với những kết quả đạt được, Hội Nông dân huyện vinh dự nhận Cờ thi đua xuất sắc của Trung ương Hội.\n"
            "Dịp này, Ban Thường vụ Hội Nông dân tỉnh tặng Bằng khen cho 10 tập thể có thành tích xuất sắc.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_a_sentence_that_reports_amid_the_tasks_reports_to_its_end():
    # the meeting "bàn phương hướng ... 6 tháng cuối năm" opens the tasks; the next
    # sentence reports what was done ("đã"), and so do the items of its list
    text = ("Sáng 23-6, Ban đoàn kết Công giáo huyện sơ kết công tác 6 tháng đầu năm và bàn phương hướng "
            "nhiệm vụ 6 tháng cuối năm.\n"
            "Theo Trưởng ban, Ban đoàn kết Công giáo huyện đã phối hợp tuyên truyền chủ trương của Đảng đến đồng bào; "
            "vận động giáo dân tham gia các phong trào thi đua; tổ chức thăm hỏi, tặng quà các gia đình giáo dân nghèo.\n"
            "Thời gian tới, Ban tiếp tục vận động đồng bào Công giáo sống tốt đời đẹp đạo.")
    assert [c for c, _ in labels(text)] == ["achievement"] * 3 + ["task"]


def test_ceaseless_striving_is_how_the_term_went_not_a_target():
    text = ("Hội Bảo trợ người khuyết tật tỉnh tổng kết nhiệm kỳ 2021 - 2026.\n"
            "Nhiệm kỳ qua, Hội đã bám sát chủ trương của Đảng; không ngừng phấn đấu, sáng tạo triển khai các hoạt động "
            "trợ giúp người khuyết tật, hoàn thành 9/11 chỉ tiêu đã đề ra.\n"
            "Trong 5 năm, Hội vận động được 12 tỷ đồng cho người khuyết tật; trao tặng 900 xe lăn.")
    assert [c for c, _ in labels(text)] == ["achievement"] * 4


def test_reluctance_and_immaturity_are_shortcomings_but_not_shying_from_nothing():
    text = ("Hội Cựu chiến binh huyện sơ kết công tác năm 2026.\n"
            "Thực trạng trên do nhiều nguyên nhân, nhưng trước hết là đội ngũ cán bộ.\n"
            "Trình độ năng lực của cán bộ chi hội có nơi còn non, yếu; ngại tiếp xúc với hội viên; "
            "ngại học tập, rèn luyện công tác tham mưu cho cấp ủy.\n"
            "Nhiều hội viên không ngại khó, tích cực hiến đất làm đường giao thông nông thôn.")
    found = [c for c, _ in labels(text)]
    assert found[-4:] == ["limitation"] * 3 + ["achievement"]


def test_a_directive_that_sets_out_the_new_periods_tasks_opens_them():
    text = ("Xã Đại Phước nhìn lại phong trào “Dân vận khéo” giai đoạn 2021 - 2025.\n"
            "Phong trào có 87 mô hình tập thể được công nhận.\n"
            "Chỉ thị của Ban Thường vụ Đảng ủy xã đã xác định rõ các nhiệm vụ trọng tâm cho giai đoạn mới.\n"
            "Trước hết là nâng cao nhận thức trong toàn hệ thống chính trị về vai trò của công tác dân vận.")
    assert [c for c, _ in labels(text)] == ["achievement", "task"]


def test_the_directions_a_report_set_out_after_a_colon_are_tasks():
    text = ("Khối thi đua số 6 tổng kết công tác công đoàn năm học 2026 - 2027\n\n"
            "Hội nghị đã nghe Chủ tịch Công đoàn Trường trình bày Báo cáo kết quả hoạt động thi đua năm học 2026 – 2027, "
            "Báo cáo đã nêu một số mặt thuận lợi và khó khăn, đồng thời đề ra một số phương hướng, nhiệm vụ trọng tâm: "
            "Tổ chức các hoạt động theo kế hoạch năm học mới; Động viên đoàn viên phát huy tinh thần chủ động, "
            "sáng tạo để hoàn thành xuất sắc các nhiệm vụ.")
    assert [c for c, _ in labels(text)] == ["task", "task"]


def test_the_contents_of_an_emulation_drive_are_what_is_to_be_done():
    listed = ("Tỉnh đoàn phát động thi đua chào mừng Đại hội Đoàn các cấp\n\n"
              "Theo đó, các nội dung thi đua gồm: Thi đua hoàn thành các chỉ tiêu nhiệm kỳ 2027-2032; "
              "thi đua thực hiện tốt các công trình, phần việc thanh niên; "
              "thi đua tổ chức thành công Đại hội Đoàn các cấp.")
    assert [c for c, _ in labels(listed)] == ["task"] * 3
    said = ("Hội Phụ nữ Bộ Chỉ huy Quân sự tỉnh phát động đợt thi đua đặc biệt năm 2027.\n"
            "Nội dung thi đua là đẩy mạnh tuyên truyền giáo dục, phát huy truyền thống; "
            "chủ động sáng tạo thi đua xây dựng tổ chức hội vững mạnh.")
    assert [c for c, _ in labels(said)] == ["task"] * 2


def test_a_low_interest_rate_and_a_mistyped_near_poor_household_are_results():
    text = ("Hội LHPN xã tổng kết nhiệm kỳ 2026 - 2031.\n"
            "5 năm qua, Hội đã phối hợp tổ chức 35 lớp tập huấn cho hơn 5.300 lượt hội viên; "
            "duy trì hiệu quả hoạt động tiết kiệm tại chi hội được 163 triệu đồng cho 18 hộ vay với lãi suất thấp.\n"
            "Đồng thời, giúp đỡ được 315 gia đình hội viên vươn lên làm giàu; "
            "giúp đỡ được 42 hộ nghèo, cần nghèo do phụ nữ làm chủ hộ vươn lên thoát nghèo bền vững.")
    assert [c for c, _ in labels(text)] == ["achievement"] * 4


def test_all_the_unions_congresses_held_is_a_result_not_an_introduction():
    text = ("100% Đoàn xã, phường hoàn thành Đại hội nhiệm kỳ 2027-2032\n\n"
            "Đến ngày 3-11, 124/124 Đoàn xã, phường trong toàn tỉnh hoàn thành tổ chức Đại hội đại biểu Đoàn "
            "cấp cơ sở, nhiệm kỳ 2027-2032, đạt 100% kế hoạch đề ra.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_the_main_contents_agreed_after_a_colon_are_tasks():
    text = ("Ủy ban MTTQ tỉnh triển khai nhiệm vụ trọng tâm 6 tháng cuối năm\n\n"
            "Trong 6 tháng đầu năm, hoạt động của Ủy ban MTTQ các cấp có nhiều đổi mới, mang lại hiệu quả thiết thực.\n"
            "Tại Hội nghị, các đại biểu tập trung thảo luận và thống nhất 16 nội dung công tác trọng tâm 6 tháng cuối "
            "năm 2027: Tiếp tục huy động các tầng lớp nhân dân thực hiện các chủ trương của Đảng; hướng dẫn Mặt trận "
            "cơ sở tổ chức Tháng cao điểm “Vì người nghèo”.")
    assert [c for c, _ in labels(text)] == ["achievement", "task", "task"]


def test_being_told_to_face_the_shortcomings_is_an_order_not_a_shortcoming():
    text = ("Ban Thường trực Ủy ban Trung ương MTTQ tổ chức hội nghị Chủ tịch Ủy ban MTTQ các tỉnh năm 2027.\n"
            "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam nhấn mạnh: Trên cơ sở những vấn đề thực tiễn vừa qua, hệ thống "
            "Mặt trận ở một số nơi cũng cần thẳng thắn nhìn nhận những hạn chế về hiệu quả công tác tuyên truyền, vận động; "
            "tiếp tục lắng nghe, nắm bắt tình hình nhân dân và giải quyết những vấn đề phức tạp phát sinh từ cơ sở.")
    assert "limitation" not in [c for c, _ in labels(text)]


def test_the_banner_of_a_document_sharing_site_is_page_noise():
    text = ("Bạn đang xem bản rút gọn của tài liệu.\n"
            "Xem và tải ngay bản đầy đủ của tài liệu tại đây (120.5 KB, 12 trang )\n"
            "Năm 2027, Hội Nông dân xã kết nạp 85 hội viên mới, vận động hội viên hiến 2.000 m2 đất làm đường.")
    got = statements_without_screen(text)
    assert [(s.category, s.text) for s in got] == [
        ("achievement", "Năm 2027, Hội Nông dân xã kết nạp 85 hội viên mới, vận động hội viên hiến 2.000 m2 đất làm "
                        "đường.")]


def test_gifts_and_awards_handed_out_at_the_festival_itself_are_not_results_of_the_year():
    text = ("Năm 2027, Ban công tác Mặt trận khu phố vận động xây dựng 2 nhà Đại đoàn kết, 95% hộ đạt gia đình văn "
            "hóa.\n"
            "Cũng tại ngày hội, Ban công tác Mặt trận đã khen thưởng cho 05 hộ gia đình tiêu biểu.\n"
            "Tại hội nghị lần này, Hội Doanh nhân cựu chiến binh đã ủng hộ 500 triệu đồng cho Quỹ Vì người nghèo.\n"
            "Nhân dịp lễ, Tết, Hội đã thăm hỏi, tặng 120 suất quà cho hội viên khó khăn.")
    got = statements_without_screen(text)
    assert [s.text for s in got] == [
        "Năm 2027, Ban công tác Mặt trận khu phố vận động xây dựng 2 nhà Đại đoàn kết, 95% hộ đạt gia đình văn hóa.",
        "Nhân dịp lễ, Tết, Hội đã thăm hỏi, tặng 120 suất quà cho hội viên khó khăn."]
    assert {s.category for s in got} == {"achievement"}


def test_a_deadline_to_finish_the_coming_congresses_is_a_task():
    text = ("Ban Thường trực Ủy ban MTTQ huyện vừa ban hành hướng dẫn tổ chức đại hội MTTQ các cấp.\n"
            "Trong đó, Đại hội MTTQ cấp xã hoàn thành trước ngày 30/4/2028, riêng đại hội điểm hoàn thành trước "
            "ngày 20/2/2028. Đối với Đại hội cấp huyện hoàn thành trước ngày 30/6/2028.\n"
            "Ngoài ra, 12 xã đã hoàn thành trước tháng 3 việc rà soát hội viên.")
    got = statements_without_screen(text)
    assert [s.category for s in got if "hoàn thành trước" in s.text] == ["task", "task", "achievement"]


def test_a_prime_minister_or_a_minister_directs_like_a_party_secretary():
    text = ("Báo cáo cho thấy, năm 2027, sự phối hợp giữa Chính phủ và Ủy ban Trung ương MTTQ ngày càng chặt chẽ.\n"
            "Phát biểu tại buổi làm việc, Thủ tướng mong muốn hai bên tiếp tục tăng cường phối hợp trong xây dựng "
            "pháp luật. Bên cạnh đó, hai bên đẩy mạnh phối hợp để chăm lo tốt hơn cho người nghèo.\n"
            "Bộ trưởng đề nghị Mặt trận các cấp tăng cường giám sát việc thực hiện chính sách.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["achievement", "task", "task", "task"]


def test_poverty_falling_among_catholics_is_a_result_a_price_falling_is_a_difficulty():
    text = ("Năm 2027, Ủy ban MTTQ huyện phối hợp vận động đồng bào các tôn giáo thi đua sản xuất.\n"
            "Tỷ lệ hộ nghèo của đồng bào công giáo giảm mạnh từ 7% năm 2020 xuống còn 2,5% năm 2027.\n"
            "Tuy nhiên, giá lúa giảm mạnh, đời sống nông dân còn khó khăn.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["achievement", "achievement", "limitation"]


def test_the_hints_of_a_search_box_are_page_noise():
    text = ("Bạn vui lòng nhập từ 5 ký tự trở lên !!!\n"
            "Năm 2027, Công đoàn trường vận động đoàn viên ủng hộ 25 triệu đồng giúp học sinh khó khăn.\n"
            "Vui lòng nhập tiếng việt có dấu")
    got = statements_without_screen(text)
    assert [s.text for s in got] == [
        "Năm 2027, Công đoàn trường vận động đoàn viên ủng hộ 25 triệu đồng giúp học sinh khó khăn."]


def test_a_year_named_in_a_pledge_is_the_year_to_come():
    text = ("Dự hội nghị có đại diện lãnh đạo Liên đoàn Lao động thành phố.\n"
            "Năm 2028, Khối thi đua Công đoàn ngành thống nhất các nội dung và quyết tâm thi đua, phấn đấu hoàn "
            "thành vượt mức các chỉ tiêu, nhiệm vụ trọng tâm.\n"
            "Tổ chức các phong trào thi đua yêu nước trong đoàn viên, người lao động.\n"
            "Vận động đoàn viên ra sức thi đua, đẩy mạnh ứng dụng khoa học, công nghệ.")
    got = statements_without_screen(text)
    assert [s.category for s in got if s.text.startswith(("Tổ chức", "Vận động"))] == ["task", "task"]


def test_a_committee_of_the_new_term_having_able_members_is_no_shortfall():
    text = ("Năm 2027, 12 hội cơ sở đã tổ chức xong đại hội.\n"
            "Các đại hội đã lựa chọn nhân sự tham gia ban chấp hành khóa mới có đủ năng lực, uy tín.\n"
            "Tuy nhiên, số hội viên tham gia sinh hoạt chỉ đạt 60%.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["achievement", "achievement", "limitation"]


def test_a_campaign_said_to_be_a_major_policy_is_background_not_a_result():
    text = ("Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” là chủ trương lớn của Đảng, Nhà nước, nhằm "
            "nâng cao nhận thức của người dân.\n"
            "Năm 2027, Ủy ban MTTQ xã tổ chức 12 buổi tuyên truyền, giới thiệu 40 sản phẩm của địa phương.\n"
            "Thực hiện chính sách giảm nghèo là chủ trương lớn, Hội cần tiếp tục vận động hội viên tham gia.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["achievement", "task"]
    assert got[0].text.startswith("Năm 2027")


def test_a_wordpress_caption_shortcode_is_a_photo_caption():
    text = ("Năm 2027, Hội Nông dân xã vận động hội viên hiến 1.200 m2 đất làm đường giao thông nông thôn.\n"
            '[caption id="attachment_2301" align="aligncenter" width="500"]Sau hội nghị, hội viên '
            "và nhân dân đã ra quân dọn vệ sinh các tuyến đường trung tâm xã.[/caption]\n"
            '[caption id="attachment_2302" align="alignnone" width="480"]\n'
            "\n"
            "Quang cảnh hội nghị sơ kết[/caption]\n"
            "Hội đã phối hợp tổ chức 12 lớp tập huấn kỹ thuật cho 640 lượt hội viên.")
    got = statements_without_screen(text)
    assert [s.text for s in got] == [
        "Năm 2027, Hội Nông dân xã vận động hội viên hiến 1.200 m2 đất làm đường giao thông nông thôn.",
        "Hội đã phối hợp tổ chức 12 lớp tập huấn kỹ thuật cho 640 lượt hội viên."]


def test_what_has_been_and_is_being_done_amid_plans_is_a_result():
    text = ("Sáng 4/8/2027, Tỉnh đoàn tổ chức họp báo về Đại hội Đoàn tỉnh lần thứ XIV.\n"
            "Theo kế hoạch, Đại hội sẽ diễn ra trong 2 ngày tại Trung tâm Hội nghị tỉnh.\n"
            "Để chào mừng Đại hội, Tỉnh đoàn đã và đang tổ chức các hoạt động như: xây dựng các chương trình "
            "văn nghệ phục vụ đại hội; phát hành bản tin số đặc biệt; khai trương gian triển lãm ảnh các mô hình "
            "khởi nghiệp của đoàn viên.")
    assert rule_categories(text)[-3:] == ["achievement"] * 3


def test_a_period_hard_for_a_named_cause_is_a_difficulty_of_the_period():
    text = ("Năm học 2026-2027 diễn ra trong bối cảnh đầy khó khăn do ảnh hưởng của mưa lũ kéo dài.\n"
            "Công đoàn trường đã vận động đoàn viên ủng hộ 45 triệu đồng giúp học sinh vùng lũ.\n"
            "Năm 2027 là năm đánh dấu nhiều khó khăn, thách thức đối với công tác Hội do giá nông sản "
            "biến động mạnh.")
    assert rule_categories(text) == ["limitation", "achievement", "limitation"]


def test_calling_on_members_to_act_is_a_directive_calling_for_donations_raised_is_a_result():
    text = ("Năm qua, Hội đã kêu gọi các doanh nghiệp ủng hộ 368 triệu đồng cho chương trình “Mái ấm tình thương”.\n"
            "Phát biểu tại buổi họp mặt, bà Nguyễn Thị A, Chủ tịch Hội LHPN phường, đánh giá cao kết quả của các chi hội. "
            "Đồng thời, kêu gọi cán bộ, hội viên phụ nữ không ngừng phát huy truyền thống, hoàn thành tốt các chỉ tiêu, "
            "nhiệm vụ được cấp trên giao.")
    assert rule_categories(text)[0] == "achievement"
    assert rule_categories(text)[-1] == "task"


def test_units_with_their_members_describe_the_organisation_not_a_result():
    text = ("Đoàn Thanh niên xã hiện có 28 cơ sở Đoàn trực thuộc, với gần 340 đoàn viên.\n"
            "Hội Cựu chiến binh thị xã có 1.573 hội viên sinh hoạt tại 6 cơ sở hội.\n"
            "Năm 2027, Hội kết nạp mới 45 hội viên, nâng tổng số hội viên lên 1.618 người.")
    assert [s.text for s in statements_without_screen(text)] == [
        "Năm 2027, Hội kết nạp mới 45 hội viên, nâng tổng số hội viên lên 1.618 người."]
    # what the organisation has "by now" is where the period brought it: a result
    text = ("Năm 2027, Hội kết nạp mới 45 hội viên.\n"
            "Đến nay, toàn xã có 11 chi hội với 346 hội viên.")
    assert [s.text for s in statements_without_screen(text)][-1] == "Đến nay, toàn xã có 11 chi hội với 346 hội viên."


def test_the_next_periods_plans_only_named_are_no_task():
    text = ("Năm 2027, Hội đã vận động hội viên đóng góp 120 triệu đồng xây 3 nhà tình nghĩa.\n"
            "Hội nghị cũng bàn, xây dựng phương hướng, mục tiêu, nhiệm vụ và giải pháp trong nhiệm kỳ tới.\n"
            "Hội tiếp tục phát huy vai trò của chi hội, hoàn thành nhiệm vụ trong 6 tháng cuối năm.")
    assert rule_categories(text) == ["achievement", "task"]


def test_more_words_of_shortcomings_and_a_conceded_hardship():
    text = ("Năm 2027, Huyện đoàn tổ chức 12 lớp tập huấn cho 600 cán bộ Đoàn cơ sở.\n"
            "Tuy vậy, đội ngũ Bí thư Đoàn xã thường xuyên thay đổi, người mới không có kinh nghiệm. "
            "Nhiều đoàn viên đi làm ăn xa nên sinh hoạt chi đoàn ít người tham gia. "
            "Giá vật tư nông nghiệp tăng cao làm thu nhập của nông dân giảm.\n"
            "Mặt dù thời tiết không thuận lợi, Hội Nông dân xã tập trung chỉ đạo sản xuất, năng suất lúa đạt 62 tạ/ha. "
            "Hội vận động nông dân trồng các sản phẩm có giá trị gia tăng cao.")
    assert rule_categories(text) == ["achievement", "limitation", "limitation", "limitation",
                                     "achievement", "achievement"]


def test_no_complaint_yet_is_no_shortfall():
    text = ("Năm 2027, Mặt trận xã giám sát việc chi trả chế độ cho 320 hộ.\n"
            "Đến nay, xã vẫn chưa có đơn thư khiếu nại của người dân liên quan đến việc chi trả.\n"
            "Tuy nhiên, việc cập nhật danh sách hộ ở một số thôn chưa kịp thời.")
    assert rule_categories(text) == ["achievement", "achievement", "limitation"]


def test_a_caption_ending_with_its_photo_credit_is_not_glued_to_the_next_paragraph():
    # captions without a full stop make the page look wrapped by hand; the
    # credit still ends the caption, and the period's results start a new line
    text = ("Đoàn phường An Bình tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030\n"
            "Đại diện lãnh đạo Tỉnh đoàn tặng hoa chúc mừng Ban Chấp hành Đoàn phường An Bình - Ảnh: H.Tr\n"
            "Nhiệm kỳ 2022-2025, Đoàn phường đã xây mới 2 nhà nhân ái cho hộ nghèo, tổng trị giá 120 triệu đồng.\n"
            "Quang cảnh đại hội và các đại biểu dự phiên khai mạc sáng nay tại hội trường phường - Ảnh: H.Tr\n"
            "Bước vào nhiệm kỳ mới, Đoàn phường đặt mục tiêu thành lập thêm 3 câu lạc bộ kỹ năng số cho đoàn viên.")
    assert labels(text) == [
        ("achievement", "Nhiệm kỳ 2022-2025, Đoàn phường đã xây mới 2 nhà nhân ái cho hộ nghèo, tổng trị giá 120 triệu đồng."),
        ("task", "Bước vào nhiệm kỳ mới, Đoàn phường đặt mục tiêu thành lập thêm 3 câu lạc bộ kỹ năng số cho đoàn viên.")]


def test_the_new_term_in_a_summary_point_under_the_headline_opens_the_tasks():
    text = ("Hội Cựu thanh niên xung phong tỉnh tổ chức đại hội nhiệm kỳ 2027 - 2032\n"
            "- Nhiệm kỳ 2027 - 2032, Hội tiếp tục xây dựng hội vững mạnh về tổ chức; đẩy mạnh phát triển hội viên.\n"
            "Sáng 8/9, Hội Cựu thanh niên xung phong tỉnh tổ chức đại hội nhiệm kỳ 2027 - 2032.\n"
            "Đến nay, Hội đã thành lập được 5 hội cấp huyện, kết nạp được 1.327 hội viên.")
    assert [c for c, _ in labels(text)] == ["task", "task", "achievement"]


def test_a_union_setting_its_aims_at_its_first_congress_sets_tasks():
    text = ("Chiều 19-10, Hội nghị đại biểu Công đoàn phường Bình Lợi lần thứ I, nhiệm kỳ 2027-2032 đã diễn ra.\n"
            "Báo cáo tại Hội nghị, đại diện Công đoàn phường cho biết buổi đầu thành lập, Công đoàn phường đã "
            "kết nạp 320 đoàn viên mới.\n"
            "Công đoàn phường Bình Lợi đề ra mục tiêu vững mạnh, thực hiện tốt chức năng đại diện, chăm lo cho "
            "đoàn viên, người lao động.")
    assert [c for c, _ in labels(text)] == ["achievement", "task"]


def test_a_paragraph_opening_on_chia_se_is_a_statement_the_share_button_is_page_noise():
    text = ("Ngày 17-12, Hội Cựu chiến binh thành phố tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2027-2032.\n"
            "Chia sẻ bài viết\n"
            "Chia sẻ tại đại hội, Chủ tịch Hội Cựu chiến binh thành phố cho biết nhiệm kỳ qua, các cấp Hội đã "
            "giúp 1.200 hội viên thoát nghèo.")
    assert labels(text) == [("achievement", "Nhiệm kỳ qua, các cấp Hội đã giúp 1.200 hội viên thoát nghèo.")]


def test_a_caption_of_a_general_after_his_directive_is_no_task():
    text = ("Bước vào nhiệm kỳ mới, Thượng tướng Nguyễn Văn An, Chủ tịch Hội Cựu chiến binh Việt Nam, đề nghị "
            "Hội Cựu chiến binh thành phố tiếp tục đổi mới nội dung, phương thức hoạt động.\n"
            "Thượng tướng Nguyễn Văn An, Chủ tịch Hội Cựu chiến binh Việt Nam.\n"
            "Ảnh: HẢI NHI")
    assert [c for c, _ in labels(text)] == ["task"]


def test_issues_raised_after_the_procedure_in_one_sentence_are_shortcomings_where_they_say_so():
    text = ("Ngày 17/12, Bí thư Đảng ủy xã An Phú làm việc với Bí thư Chi bộ các khu dân cư về những thuận lợi, "
            "khó khăn trong công tác xây dựng Đảng năm 2027.\n"
            "Tại buổi làm việc, sau khi nghe báo cáo, các đồng chí Bí thư Chi bộ nhất trí với nội dung báo cáo và "
            "đã có nhiều ý kiến như: công tác phát triển đảng viên; cơ sở vật chất nhà văn hóa còn hạn chế; "
            "chế độ phụ cấp cho cán bộ khu dân cư còn thấp.")
    assert labels(text) == [("limitation", "Cơ sở vật chất nhà văn hóa còn hạn chế."),
                            ("limitation", "Chế độ phụ cấp cho cán bộ khu dân cư còn thấp.")]


def test_the_tasks_of_an_emulation_pledge_signed_at_a_gathering_are_tasks():
    text = ("Hội phụ nữ phường An Lạc kỷ niệm ngày Quốc tế Phụ nữ 8/3\n"
            "Ngày 01/3, Hội Liên hiệp phụ nữ phường An Lạc tổ chức họp mặt truyền thống.\n"
            "Tại buổi họp mặt, Hội Liên hiệp Phụ nữ phường và 03 chi hội phụ nữ khu phố đã ký kết giao ước thi đua "
            "năm 2028 với 03 nhiệm vụ, mục tiêu trọng tâm là: Đổi mới phương thức tổ chức các phong trào thi đua. "
            "Tiếp tục thực hiện cuộc vận động xây dựng gia đình 5 không 3 sạch; "
            "Đẩy mạnh phát triển hội viên trẻ.")
    assert [c for c, _ in labels(text)] == ["task", "task", "task"]


def test_an_opener_on_a_directive_followed_by_what_will_be_done_is_a_task():
    text = ("Ngày 10/1/2027, Ủy ban MTTQ huyện Tân Phú tổ chức hội nghị tổng kết công tác Mặt trận năm 2026.\n"
            "Năm 2026, Mặt trận các cấp đã vận động xây dựng 45 căn nhà Đại đoàn kết.\n"
            "Thực hiện chỉ đạo của Ban Thường vụ Huyện ủy, trong quý I năm 2027, trên địa bàn huyện sẽ tổ chức "
            "Đại hội đại biểu MTTQ cấp xã.\n"
            "Thực hiện kế hoạch của Ủy ban MTTQ tỉnh.")
    got = labels(text)
    # the opener with no main clause stays framing
    assert [c for c, _ in got] == ["achievement", "task"], got
    assert "sẽ tổ chức Đại hội đại biểu MTTQ cấp xã" in got[1][1], got


def test_a_report_opened_by_theo_bao_cao_ends_the_leaders_directive():
    text = ("Ngày 12/8/2027, Ủy ban MTTQ tỉnh Tân Phú tổ chức hội nghị Ủy ban lần thứ 15.\n"
            "Phát biểu tại hội nghị, ông Nguyễn Văn An đề nghị các tổ chức thành viên thực hiện tốt chương trình "
            "phối hợp thống nhất hành động.\n"
            "Theo báo cáo Ủy ban MTTQ tỉnh Tân Phú, Ủy ban MTTQ tỉnh đã chuẩn bị đề án nhân sự Đại hội bảo đảm "
            "cơ cấu theo quy định.\n"
            "Dự kiến, số lượng ủy viên Ủy ban khóa mới là 85 người, trong đó nữ 25 người (29,4%); "
            "tôn giáo 10 người (11,8%).")
    article = extract_document(Document("bai.txt", text), RULES)
    reported = [d for d in article.decisions if text[d.start:d.end].startswith("Theo báo cáo")]
    assert reported and reported[0].label == "achievement"
    # a report, not the directive carried on; whose report it is stays out of the statement
    assert [s.text for s in article.statements if "đề án nhân sự" in s.text][0].startswith("Ủy ban MTTQ tỉnh đã chuẩn bị")
    # the planned make-up of the committee is no order of the speaker
    assert not [s for s in article.statements if s.category == "task" and "tôn giáo 10 người" in s.text]


def test_a_new_era_having_is_no_only_having():
    text = ("Ngày 8/3/2027, Hội LHPN huyện Tân Phú tổ chức hội nghị sơ kết công tác Hội quý I năm 2027.\n"
            "Quý I năm 2027, các cấp Hội đã vận động hội viên giúp 25 hộ phụ nữ nghèo vay vốn phát triển sản xuất.\n"
            "Số hội viên tham gia sinh hoạt chi hội mới chỉ đạt 60% chỉ tiêu.\n"
            "Hội đã ra mắt 3 câu lạc bộ phụ nữ khởi nghiệp.\n"
            "Qua đó, Hội phụ nữ cơ sở sẽ tổ chức các hoạt động tuyên truyền, giáo dục để xây dựng người phụ nữ Việt Nam "
            "thời đại mới có sức khỏe, có tri thức, có kỹ năng.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation", "achievement", "task"]


def test_storm_damage_counted_is_a_difficulty_and_relief_of_it_a_result():
    text = ("Ngày 27/12/2027, Hội Nông dân tỉnh Tân Phú tổ chức hội nghị tổng kết công tác Hội năm 2027.\n"
            "Năm 2027, các cấp Hội đã vận động hội viên đóng góp Quỹ Hỗ trợ nông dân được 2 tỷ đồng.\n"
            "Do ảnh hưởng của bão số 3, toàn tỉnh đã có 5 người thiệt mạng, 1.200 ngôi nhà bị ngập.\n"
            "Mưa lũ cũng đã làm chết, cuốn trôi 800 con gia súc.\n"
            "Sau bão, Hội đã hỗ trợ 50 hộ hội viên có nhà bị sập và sửa chữa 2 km đường bị sạt lở.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation", "limitation", "achievement"]


def test_a_portals_copyright_note_is_no_order_and_the_account_after_the_dateline_is_results():
    text = ("Chào mừng đến Cổng Thông tin điện tử huyện Tân Phú!! Lưu ý trích nguồn \"Cổng Thông tin điện tử "
            "huyện Tân Phú\" khi sử dụng thông tin trên Cổng Thông tin điện tử huyện Tân Phú!!\n"
            "Hội Cựu chiến binh xã Phú Lâm tuyên dương 45 hội viên làm kinh tế giỏi\n"
            "Ngày 12-5-2023, Hội Cựu chiến binh xã Phú Lâm tổ chức hội nghị tuyên dương hội viên làm kinh tế giỏi "
            "giai đoạn 2020 - 2023.\n"
            "Giai đoạn này, có 45 hội viên được công nhận làm kinh tế giỏi các cấp.\n"
            "Tổ hợp tác chăn nuôi bò của hội viên ấp 3 cho thu nhập trên 120 triệu đồng mỗi năm.")
    assert labels(text) == [
        ("achievement", "Giai đoạn này, có 45 hội viên được công nhận làm kinh tế giỏi các cấp."),
        ("achievement", "Tổ hợp tác chăn nuôi bò của hội viên ấp 3 cho thu nhập trên 120 triệu đồng mỗi năm."),
    ]


def test_an_order_above_the_dateline_does_not_run_on_into_the_account():
    """Whatever imperative-looking line the page carries above the headline and
    the dateline, the account of the meeting starts at the dateline."""
    text = ("Lưu ý cập nhật trình duyệt để xem trang tốt hơn.\n"
            "Hội Cựu chiến binh xã Phú Lâm tuyên dương 45 hội viên làm kinh tế giỏi\n"
            "Ngày 12-5-2023, Hội Cựu chiến binh xã Phú Lâm tổ chức hội nghị tuyên dương hội viên làm kinh tế giỏi "
            "giai đoạn 2020 - 2023.\n"
            "Hội nghị lần này có 45 hội viên được công nhận làm kinh tế giỏi các cấp.\n"
            "Tập thể làm kinh tế giỏi cấp huyện và cấp xã có 3 tập thể.")
    assert labels(text)[-2:] == [
        ("achievement", "Hội nghị lần này có 45 hội viên được công nhận làm kinh tế giỏi các cấp."),
        ("achievement", "Tập thể làm kinh tế giỏi cấp huyện và cấp xã có 3 tập thể."),
    ]


def test_awards_received_in_the_period_are_results_awards_handed_out_at_the_meeting_are_not():
    text = ("Ngày 15/12/2027, Hội Cựu chiến binh huyện An Phú tổng kết phong trào thi đua giai đoạn 2022 - 2027.\n"
            "Sau 5 năm thực hiện, Hội Cựu chiến binh huyện được Trung ương Hội tặng 1 Bằng khen, "
            "được Hội Cựu chiến binh tỉnh tặng 12 Bằng khen.\n"
            "Kết quả, năm 2027 có 45 hội viên đạt danh hiệu cựu chiến binh gương mẫu; "
            "3 chi hội được Ủy ban nhân dân huyện tặng giấy khen.\n"
            "Chi hội ấp Phú Hữu được Trung ương Hội tặng Bằng khen.\n"
            "Dịp này, 5 tập thể và 10 cá nhân được Ủy ban nhân dân huyện tặng giấy khen.")
    got = labels(text)
    assert {c for c, _ in got} == {"achievement"}, got
    said = " ".join(t for _, t in got)
    assert "Trung ương Hội tặng 1 Bằng khen" in said and "2027 có 45 hội viên" in said, got
    assert "3 chi hội được Ủy ban nhân dân huyện tặng giấy khen" in said and "Chi hội ấp Phú Hữu" in said, got
    assert "5 tập thể và 10 cá nhân" not in said, got


def test_a_list_of_the_coming_terms_tasks_after_a_report_frame_is_tasks():
    text = ("Sáng 12/5/2027, Công đoàn Trung tâm Tin học tổ chức Đại hội nhiệm kỳ 2027 - 2032.\n"
            "Báo cáo đã đánh giá những kết quả đã đạt được và những tồn tại, hạn chế của nhiệm kỳ vừa qua đồng "
            "thời xây dựng những kế hoạch, chương trình hành động để thực hiện nhiệm vụ trọng tâm của công đoàn "
            "trong nhiệm kỳ tới như: Đổi mới nội dung, phương thức hoạt động công đoàn; Xây dựng đội ngũ Ban "
            "Chấp hành khóa mới đủ năng lực đáp ứng yêu cầu tình hình mới; Chăm lo đời sống của đoàn viên.")
    got = labels(text)
    assert [c for c, _ in got] == ["task"] * 3, got
    assert got[0][1].startswith("Đổi mới nội dung"), got


def test_the_years_behind_a_report_end_the_order_before_it():
    text = ("Ngày 10/6/2027, Trung ương Hội Nông dân sơ kết 3 năm thực hiện Đề án phát triển chi hội nghề nghiệp.\n"
            "Phát biểu khai mạc, Chủ tịch Hội đề nghị các cấp Hội cần quan tâm chỉ đạo để nhân rộng mô hình "
            "chi hội nghề nghiệp trong thời gian tới.\n"
            "Sau 3 năm triển khai thực hiện Đề án, với mô hình tổ chức gọn, số lượng hội viên vừa phải, quy chế "
            "hoạt động chặt chẽ, nội dung sinh hoạt phù hợp, thiết thực, bổ ích, đảm bảo cùng lĩnh vực lao động, "
            "cùng ngành nghề sản xuất, các chi hội đã khắc phục được cơ bản những khó khăn về hoạt động.\n"
            "Qua đánh giá, xếp loại hằng năm, 98% chi hội nghề nghiệp đạt vững mạnh và xuất sắc.")
    got = categories_and_text(text)
    assert [c for c, _ in got] == ["task", "achievement", "achievement"], got


def test_one_of_the_new_terms_tasks_is_a_task():
    text = ("Sáng 20/9/2027, đặc khu Phú Quý tổ chức đại hội các tổ chức chính trị - xã hội nhiệm kỳ 2027 - 2032.\n"
            "Một trong những nhiệm vụ quan trọng của nhiệm kỳ mới là đổi mới mạnh mẽ nội dung, phương thức hoạt "
            "động, hướng mạnh về khu dân cư, nâng cao chất lượng giám sát, phản biện xã hội.\n"
            "Không ngừng ứng dụng chuyển đổi số phù hợp với chức năng, nhiệm vụ của Mặt trận và các đoàn thể.")
    assert [c for c, _ in labels(text)] == ["task", "task"], labels(text)


def test_targets_set_for_the_term_are_tasks_and_so_are_the_figures_after_them():
    # the page gives no year: only the words say the term is the coming one
    text = ("Ngày 22/12, Đại hội Liên minh Hợp tác xã tỉnh khóa VI đã thành công tốt đẹp.\n"
            "Chủ tịch tỉnh tới dự, biểu dương những kết quả của các hợp tác xã.\n"
            "Tại Đại hội lần thứ VI, các đại biểu đã thống nhất đề ra mục tiêu nhiệm kỳ 2027-2032 kinh tế tập thể, hợp tác xã "
            "tiếp tục phát triển cả về quy mô, số lượng và chất lượng.\n"
            "Tốc độ tăng bình quân từ 8-15%/năm.\n"
            "Thu nhập của thành viên hợp tác xã tăng bình quân 6%/năm trở lên.")
    assert [c for c, _ in labels(text)] == ["task", "task", "task"], labels(text)


def test_a_caption_placing_people_in_the_photo_is_no_item_and_its_phai_no_order():
    text = ("Năm 2027, Hội LHPN huyện đã hỗ trợ 12 hội viên khởi nghiệp, trong đó có 2 phụ nữ khuyết tật.\n"
            "Chị Lê Thị Hoa (bìa phải, hội viên phụ nữ khuyết tật thôn 1, xã Ia Tul) là 1 trong 2 phụ nữ khởi "
            "nghiệp thành công được Hội LHPN huyện tặng giấy khen.\n"
            "Hội đã phối hợp với Ngân hàng Chính sách xã hội hỗ trợ 10 kế hoạch kinh doanh vay vốn 500 triệu đồng; "
            "xây dựng 1 cửa hàng trưng bày sản phẩm của hội viên.")
    got = labels(text)
    assert "Chị Lê Thị Hoa" not in " ".join(t for _, t in got), got
    assert {c for c, _ in got} == {"achievement"}, got


def test_a_body_directing_every_year_in_the_report_did_so_it_gives_no_order():
    text = ("Nhiệm kỳ qua, Hội Luật gia tỉnh đã phát triển 1.250 hội viên, 100% tổ chức Hội hoàn thành tốt nhiệm vụ;\n"
            "Hàng năm Ban Thường vụ tỉnh chỉ đạo các cấp hội xây dựng chương trình kế hoạch công tác theo Điều lệ "
            "Hội, triển khai thực hiện nghiêm túc các quy định của cấp trên; tham gia góp ý 28 dự án luật.")
    assert [c for c, _ in categories_and_text(text)] == ["achievement"] * 3, categories_and_text(text)

    # ... and a body directing through its own plan and guidance of the period
    text = ("Năm 2021, Hội Cựu chiến binh huyện kết nạp 86 hội viên mới.\n"
            "Thường trực Hội CCB huyện cụ thể hóa bằng Kế hoạch số 119/KH-CCB ngày 13/8/2021 và Hướng dẫn số "
            "34/HD-CCB ngày 13/8/2021 chỉ đạo Hội cơ sở chuẩn bị nội dung, nhân sự, kinh phí Đại hội nhiệm kỳ "
            "2022-2027.\n"
            "Đến tháng 12/2021 có 12/12 Hội CCB cơ sở tham mưu cho Đảng ủy xã ban hành kế hoạch lãnh đạo Đại hội.")
    assert [c for c, _ in categories_and_text(text)] == ["achievement"] * 3, categories_and_text(text)


def test_what_a_guidance_document_required_is_no_order():
    text = ("Tính đến nay, có 40/40 xã, phường đã hoàn thành việc tổ chức Đại hội, đảm bảo đúng tiến độ.\n"
            "Các xã hoàn thành sớm hơn thời gian mà Ban Thường trực Ủy ban MTTQ tỉnh yêu cầu tại Hướng dẫn số "
            "03/HD-MTTQ-BTT về tổ chức Đại hội đại biểu MTTQ cấp xã.\n"
            "Qua đánh giá, nhìn chung quy trình tổ chức đại hội đúng nguyên tắc, dân chủ, chặt chẽ.")
    got = labels(text)
    assert "task" not in {c for c, _ in got}, got
    assert got[-1] == ("achievement", "Qua đánh giá, nhìn chung quy trình tổ chức đại hội đúng nguyên tắc, dân chủ, "
                                      "chặt chẽ."), got


def test_chuyen_can_is_attendance_not_a_need():
    text = ("Trong 6 tháng đầu năm, Hội Khuyến học tỉnh đã phối hợp mở 12 lớp tập huấn cho cán bộ hội; "
            "tiếp tục tuyên truyền, vận động học sinh đến trường, chống bỏ học, chống học không chuyên cần; "
            "có 94.297 gia đình đăng ký Gia đình học tập, đạt 53,27%.")
    assert [c for c, _ in categories_and_text(text)] == ["achievement"] * 3, categories_and_text(text)


def test_the_paragraph_after_a_caption_shortcode_on_the_same_line_is_kept():
    text = ("Chiều 12/7/2027, Ủy ban MTTQ xã tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm.\n"
            '[caption id="attachment_41" align="alignnone" width="700"] Ông Trần Văn Bình phát biểu '
            "tại hội nghị[/caption]Thời gian qua, Mặt trận xã phối hợp vận động Quỹ “Vì người nghèo” "
            "được 95 triệu đồng; phối hợp tổ chức thành công bầu cử Trưởng ấp.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["achievement", "achievement"]
    assert got[0].text.startswith("Thời gian qua, Mặt trận xã phối hợp vận động")
    assert all("caption" not in s.text for s in got)


def test_a_caption_shortcode_left_open_at_the_cut_keeps_the_paragraph_it_holds():
    # an excerpt cut before "[/caption]": what follows the opening tag is the page's paragraph
    text = ("Chiều 10/1/2028, Ủy ban MTTQ xã tổ chức hội nghị tổng kết công tác Mặt trận năm 2027.\n"
            '[caption id="attachment_153" align="aligncenter" width="527"]Trong năm 2027, MTTQ xã đã phối hợp '
            "với các tổ chức thành viên vận động 49 phần quà cho hộ nghèo; trợ giúp 02 hộ có hoàn cảnh khó khăn sửa nhà")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["achievement", "achievement"]
    assert got[0].text.startswith("Trong năm 2027, MTTQ xã đã phối hợp")


def test_what_a_supervision_found_is_its_result_not_a_shortcoming_of_the_period():
    # "Qua giám sát phát hiện những hạn chế, ..." is no lead-in ending at the comma:
    # the finding is the main clause, what the supervision achieved
    text = ("Năm 2027, Ủy ban MTTQ huyện chủ trì 14 cuộc giám sát việc quản lý vật tư nông nghiệp. "
            "Qua giám sát phát hiện những hạn chế, yếu kém trong quản lý thuốc bảo vệ thực vật ở 3 xã "
            "và kiến nghị xử lý 5 cơ sở kinh doanh vi phạm.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["achievement", "achievement"]
    assert got[1].text.startswith("Qua giám sát phát hiện những hạn chế")


def test_asking_the_delegates_to_discuss_at_the_meeting_is_procedure_not_a_task():
    text = ("Năm 2027, Công đoàn ngành Giáo dục kết nạp 420 đoàn viên mới. "
            "Phát biểu khai mạc, đồng chí Chủ tịch Công đoàn ngành đề nghị các đại biểu cho ý kiến về "
            "đánh giá kết quả các mặt hoạt động công đoàn năm 2027. "
            "Năm 2028, Công đoàn ngành tiếp tục chăm lo nhà ở cho 30 giáo viên vùng khó khăn.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["achievement", "task"]
    assert all("cho ý kiến" not in s.text for s in got)


def test_the_next_terms_basic_goals_stated_after_la_are_tasks():
    text = ("Nhiệm kỳ 2022-2027, Hội Sinh viên trường đã giới thiệu 1.200 chỗ thực tập cho sinh viên. "
            "Các mục tiêu cơ bản trong hoạt động Hội trong nhiệm kỳ tới là tạo môi trường rèn luyện toàn diện "
            "cho sinh viên; chủ động chuẩn bị hành trang cho sinh viên hội nhập quốc tế; "
            "khơi gợi tinh thần chủ động của sinh viên trong hoạt động của Hội.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["achievement", "task", "task", "task"]


def test_main_activities_a_union_sets_out_before_a_colon_are_tasks():
    text = ("Ngày 17/3/2027, Công đoàn Viên chức tỉnh tổ chức hội nghị triển khai nhiệm vụ. "
            "Triển khai thực hiện “Tháng Công nhân”, Công đoàn Viên chức tỉnh đề ra một số nội dung hoạt động chủ yếu: "
            "tuyên truyền, vận động viên chức tham gia hiến máu tình nguyện; "
            "đẩy mạnh phong trào thi đua “Lao động giỏi, lao động sáng tạo” trong các đơn vị.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["task", "task"]


def test_the_fields_of_a_pact_signed_at_the_meeting_are_tasks_even_after_the_results():
    text = ("Giai đoạn 2017-2027, hai đơn vị đã tổ chức 7.700 buổi tuyên truyền pháp luật cho 613 nghìn lượt người. "
            "Tại hội nghị, lãnh đạo Công an tỉnh và Ủy ban MTTQ tỉnh đã ký kết chương trình phối hợp với các mục tiêu, "
            "phân công nhiệm vụ cụ thể trong các lĩnh vực như: xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc; "
            "phòng, chống tội phạm và tệ nạn xã hội; bảo vệ an ninh mạng.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["achievement", "task", "task", "task"]


def test_a_directing_verb_inside_a_guests_title_gives_no_order():
    text = ("Sáng 16/4/2029, Ủy ban MTTQ xã tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2029-2034. "
            "Tham dự có đồng chí Nguyễn Văn An - Phó Chủ tịch UBND huyện, Trưởng đoàn công tác của Ban Thường vụ "
            "Huyện ủy chỉ đạo xã; đại diện lãnh đạo Ủy ban MTTQ huyện. "
            "Đổi mới nội dung, phương thức hoạt động cụ thể, thiết thực, hiệu quả. "
            "5 năm qua, MTTQ xã vận động nhân dân hiến 6.320 m2 đất làm đường.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["achievement", "achievement"]
    assert not any("Tham dự" in s.text for s in got)


def test_a_ceremony_after_a_leaders_directive_is_not_one_of_its_orders():
    text = ("Sáng 5/3/2029, Ủy ban MTTQ tỉnh tổng kết công tác năm 2028.\n"
            "Năm 2028, Mặt trận vận động được 12 tỷ đồng Quỹ Vì người nghèo.\n"
            "Phát biểu chỉ đạo, đồng chí Bí thư Tỉnh ủy đề nghị Mặt trận tiếp tục đổi mới nội dung hoạt động.\n"
            "Chủ tịch Trần Văn An trao tặng Huân chương Lao động hạng Ba cho ông Lê Văn Bình.\n"
            "Các cá nhân, tập thể được tặng Bằng khen của Chủ tịch UBND tỉnh vì có thành tích xuất sắc.\n")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement", "task"]
    assert not any("Huân chương" in t or "Bằng khen" in t for _, t in got)


def test_the_hard_setting_of_the_period_is_one_of_its_difficulties():
    text = ("Sáng 8/1/2030, Ủy ban MTTQ huyện tổng kết công tác Mặt trận năm 2029.\n"
            "Năm 2029, tình hình khu vực và thế giới diễn biến phức tạp.\n"
            "Dịch bệnh trên đàn gia súc tác động mạnh đến sản xuất và thu nhập của nông dân.\n"
            "Mặt trận các cấp vận động được 4,2 tỷ đồng Quỹ Vì người nghèo.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["limitation", "limitation", "achievement"]


def test_a_clause_that_turns_to_the_next_period_carries_the_rest_of_its_sentence():
    text = ("Sáng 9/1/2030, Hội Nông dân huyện tổng kết công tác Hội năm 2029.\n"
            "Năm 2029, các cấp Hội vận động hội viên góp 2,5 tỷ đồng xây dựng đường giao thông nông thôn.\n"
            "Để phát huy hơn nữa vai trò của tổ chức Hội trong xây dựng nông thôn mới; "
            "trong thời gian tới, các cấp Hội phải đổi mới nội dung, phương thức hoạt động; "
            "phối hợp với các ngành tập huấn, chuyển giao khoa học kỹ thuật cho hội viên; "
            "tư vấn, hướng dẫn nông dân thành lập tổ hợp tác sản xuất rau an toàn.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["achievement", "task", "task", "task"]


def test_a_leaders_wish_for_any_group_to_go_on_is_a_task():
    text = ("Sáng 12/3/2030, Hội LHPN huyện tổ chức Đại hội đại biểu phụ nữ huyện lần thứ XX, nhiệm kỳ 2030-2035.\n"
            "Nhiệm kỳ qua, các cấp Hội vận động 1.250 hội viên vay vốn phát triển kinh tế gia đình.\n"
            "Phát biểu tại Đại hội, đồng chí Bí thư Huyện ủy mong muốn phụ nữ huyện nhà tiếp tục phát huy "
            "truyền thống đoàn kết, xây dựng gia đình no ấm, hạnh phúc.\n"
            "Bà con trong khu dân cư mong muốn được Hội tiếp tục quan tâm, hỗ trợ vốn vay.")
    got = statements_without_screen(text)
    # the order, without who gave it; the residents' own wish is no task of theirs
    assert [(s.category, s.text[:40]) for s in got] == [
        ("achievement", "Nhiệm kỳ qua, các cấp Hội vận động 1.250"), ("task", "Phụ nữ huyện nhà tiếp tục phát huy truyề")]


def test_not_keen_or_not_uniform_is_a_shortcoming():
    text = ("Sáng 20/12/2030, Công đoàn các khu công nghiệp tỉnh tổng kết công tác năm 2030.\n"
            "Năm 2030, Công đoàn kết nạp 3.200 đoàn viên mới.\n"
            "Tuy nhiên, nhiều chủ sử dụng lao động cho rằng quy chế dân chủ là việc của Công đoàn "
            "nên không tích cực thực hiện.\n"
            "Trang phục của các đoàn đại biểu tuy đẹp nhưng không thống nhất.\n"
            "Có những nơi số đoàn viên ít nhưng đầu mối chi đoàn nhiều, do đó khó phát huy vai trò của chi đoàn.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["achievement", "limitation", "limitation", "limitation"]


def test_what_is_done_and_what_will_be_done_are_two_statements():
    text = ("Sáng 2/4/2031, Hội Nông dân tỉnh giao ban công tác quý I năm 2031.\n"
            "Đến nay, huyện Triệu Phong hoàn thành hội thi Nhà nông đua tài ở 4 cụm "
            "và dự kiến sẽ tổ chức thi chung kết cấp huyện ngày 13/4 tới.\n"
            "Ban Chấp hành Hội đã được kiện toàn và sẽ đóng vai trò nòng cốt trong phong trào nông dân.")
    got = [(s.category, s.text[:30]) for s in statements_without_screen(text)]
    assert got[:2] == [("achievement", "Đến nay, huyện Triệu Phong hoà"), ("task", "Dự kiến sẽ tổ chức thi chung k")]
    assert not any(t.startswith("Sẽ đóng vai trò") for _, t in got)


def test_a_body_that_must_take_note_is_given_a_task_not_praised():
    text = ("Chiều 5/5/2031, Ban Dân vận Tỉnh ủy giao ban với các chùa Nam tông Khmer.\n"
            "Năm qua, các chùa vận động đồng bào đóng góp 1,2 tỷ đồng làm đường giao thông nông thôn.\n"
            "Trưởng Ban Dân vận Tỉnh ủy đề nghị các địa phương tiếp tục quan tâm hỗ trợ phát triển văn hóa truyền thống.\n"
            "Ban Trị sự giáo hội tỉnh cần ghi nhận ý kiến, kiến nghị của các chùa để báo cáo Ban Dân vận Tỉnh ủy.\n"
            "Chư tăng tiếp tục tu hành; phối hợp chính quyền tuyên truyền, vận động đồng bào giữ gìn an ninh trật tự.\n"
            "Dịp nay, Trưởng Ban Dân vận Tỉnh ủy trao 20 triệu đồng hỗ trợ kinh phí hoạt động cho Ban Trị sự.")
    got = [(s.category, s.text[:20]) for s in statements_without_screen(text)]
    # the "cần ghi nhận" is no praise: the orders go on after it
    assert got[-2:] == [("task", "Chư tăng tiếp tục tu"), ("task", "Phối hợp chính quyền")]


def test_reforming_wayward_youth_is_no_shortcoming():
    text = ("Sáng 6/6/2031, Đoàn xã tổ chức Đại hội Đoàn lần thứ XXV, nhiệm kỳ 2031-2036.\n"
            "Nhiệm kỳ qua, Đoàn xã kết nạp 120 đoàn viên mới.\n"
            "Đồng chí Bí thư Đảng ủy xã đề nghị Đoàn xã tiếp tục phát huy tinh thần đoàn kết; "
            "khắc phục những tồn tại, hạn chế trong đoàn kết tập hợp thanh niên; "
            "công tác giáo dục, cảm hóa thanh niên chậm tiến trở nên tiến bộ.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["achievement", "task", "task", "task"]


def test_the_number_of_targets_adopted_is_not_a_task():
    text = ("Sáng 10/7/2031, Hội Cựu chiến binh huyện tổ chức Đại hội đại biểu lần thứ VIII, nhiệm kỳ 2031-2036.\n"
            "Nhiệm kỳ qua, Hội giúp 320 hội viên thoát nghèo.\n"
            "Đại hội xác định 3 mục tiêu và 3 khâu đột phá.\n"
            "Ban Chấp hành xác định 8 nhiệm vụ trọng tâm và 8 nhóm chỉ tiêu để triển khai thực hiện.\n"
            "Đồng chí Bí thư Huyện ủy đề nghị Hội tiếp tục vận động hội viên phát triển kinh tế.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["achievement", "task"]


def test_what_was_done_while_the_epidemic_raged_is_a_result():
    text = ("Sáng 6/1/2022, Hội Nông dân tỉnh tổng kết công tác Hội năm 2021.\n"
            "Trong thời gian dịch Covid-19 diễn biến phức tạp, các cấp hội, hội viên, nông dân trong tỉnh "
            "ủng hộ 12.000 tấn nông sản cho các tỉnh phía Nam.\n"
            "Năm 2021, dịch Covid-19 diễn biến phức tạp, ảnh hưởng lớn đến sản xuất của nông dân.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["achievement", "limitation"]


def test_difficulties_resolved_are_a_result_not_a_shortcoming():
    text = ("Sáng 8/7/2031, Đảng ủy xã sơ kết 6 tháng đầu năm 2031.\n"
            "Sáu tháng qua, Đảng ủy xã kịp thời chỉ đạo giải quyết tốt các nhiệm vụ, những khó khăn vướng mắc "
            "nảy sinh, cụ thể: sản xuất nông nghiệp theo đúng kế hoạch; toàn xã đạt 12/19 tiêu chí nông thôn mới.\n"
            "Tuy nhiên, việc thu ngân sách còn chậm.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["achievement", "achievement", "limitation"]


def test_a_board_directing_its_units_is_work_reported_not_an_order():
    text = ("Sáng 12/12/2031, Hội LHPN huyện tổng kết công tác Hội năm 2031.\n"
            "Năm qua, Hội vận động 300 hội viên tham gia tổ hợp tác.\n"
            "Xác định đây là nhiệm vụ trọng tâm, hằng năm Ban Thường vụ Hội LHPN huyện chỉ đạo các cơ sở Hội "
            "đăng ký ít nhất 1 công trình tham gia xây dựng nông thôn mới. Tích cực tuyên truyền các tiêu chí "
            "của cuộc vận động.\n"
            "Ban Thường trực Ủy ban MTTQ xã tham mưu Đảng ủy xã và chỉ đạo Ban công tác Mặt trận các thôn "
            "tăng cường tuyên truyền.\n"
            "Phát biểu tại hội nghị, đồng chí Phó Bí thư Huyện ủy chỉ đạo Hội tiếp tục vận động hội viên "
            "phát triển kinh tế.")
    got = [(s.category, s.text) for s in statements_without_screen(text)]
    assert ("achievement", "Tích cực tuyên truyền các tiêu chí của cuộc vận động.") in got
    assert [c for c, t in got if "Mặt trận các thôn" in t or t.startswith("Tăng cường")] == ["achievement"]
    assert got[-1] == ("task", "Tiếp tục vận động hội viên phát triển kinh tế.")


def test_a_unit_proposed_for_an_award_is_given_no_task():
    text = ("Sáng 20/12/2031, Khối thi đua các đoàn thể tỉnh tổng kết công tác thi đua năm 2031.\n"
            "Năm qua, các đơn vị trong khối vận động xây dựng 120 nhà đại đoàn kết.\n"
            "Tại hội nghị, các đơn vị bầu chọn Hội LHPN tỉnh dẫn đầu khối và được đề nghị nhận cờ thi đua "
            "của UBND tỉnh; Tỉnh đoàn nhận bằng khen của UBND tỉnh; bầu chọn Tỉnh đoàn làm trưởng khối năm 2032.")
    got = statements_without_screen(text)
    assert "task" not in [s.category for s in got]


def test_what_a_body_has_directed_is_a_result_even_after_a_proposal():
    text = ("Năm 2031, các cấp Hội LHPN huyện phối hợp cho vay ủy thác với tổng dư nợ 92 tỷ đồng.\n"
            "Tuy nhiên, nợ quá hạn vẫn còn cao.\n"
            "Do đó, từ đầu năm 2032, Hội LHPN huyện đã tập trung chỉ đạo các cơ sở hội phân loại từng đối tượng "
            "nợ quá hạn; đề nghị Ngân hàng Chính sách xã hội xử lý nợ rủi ro cho các hộ gặp thiên tai. "
            "Đối với những hộ bỏ đi khỏi địa phương, Hội LHPN huyện đã chỉ đạo các cơ sở hội vận động gia đình "
            "người thân hợp tác để hộ vay trả nợ.")
    got = statements_without_screen(text)
    assert got[-1].text.startswith("Đối với những hộ bỏ đi")
    assert got[-1].category == "achievement"


def test_briefing_organised_on_a_resolution_is_a_deed_not_an_order():
    text = ("Sáng 20/3/2031, Quận ủy sơ kết 15 năm thực hiện Nghị quyết 25-NQ/TW về công tác thanh niên.\n"
            "Tại buổi sơ kết, các đại biểu đánh giá, sau gần 15 năm tổ chức quán triệt triển khai thực hiện "
            "Nghị quyết, công tác thanh niên của quận đã có nhiều chuyển biến tích cực.\n"
            "Đồng chí Bí thư Quận ủy đề nghị các cấp ủy tiếp tục quan tâm công tác thanh niên.")
    got = statements_without_screen(text)
    assert [s.category for s in got] == ["achievement", "task"]
    assert got[0].text.startswith("Sau gần 15 năm tổ chức quán triệt")


def test_what_the_report_presented_says_is_kept_after_who_presented_it():
    text = ("Sáng 15/1/2031, Đoàn Thanh niên Công ty tổ chức Hội nghị giữa nhiệm kỳ 2029-2034.\n"
            "Tại Hội nghị, đồng chí Bí thư Đoàn Thanh niên Công ty đã trình bày Báo cáo kiểm điểm giữa nhiệm kỳ "
            "thực hiện Nghị quyết Đại hội; Báo cáo nêu rõ, trong nửa nhiệm kỳ đầu, Đoàn thanh niên Công ty đã "
            "kết nạp 45 đoàn viên mới và giới thiệu 12 đoàn viên ưu tú cho Đảng.")
    got = statements_without_screen(text)
    assert [(s.category, s.text) for s in got] == [
        ("achievement", "Trong nửa nhiệm kỳ đầu, Đoàn thanh niên Công ty đã kết nạp 45 đoàn viên mới và "
                        "giới thiệu 12 đoàn viên ưu tú cho Đảng.")]


def test_building_on_the_results_is_a_lead_in_left_out_of_the_task():
    text = ("Sáng 10/12/2031, Hội Nông dân xã tổng kết công tác Hội năm 2031.\n"
            "Năm qua, Hội kết nạp 150 hội viên mới.\n"
            "Phát huy những kết quả đã đạt được, năm 2032 Hội phấn đấu kết nạp 200 hội viên mới.\n"
            "Đồng chí Bí thư Đảng ủy xã đề nghị Hội tiếp tục phát huy kết quả đã đạt được, đổi mới cách làm "
            "trong vận động hội viên.")
    got = [(s.category, s.text) for s in statements_without_screen(text)]
    assert got[1:] == [("task", "Năm 2032 Hội phấn đấu kết nạp 200 hội viên mới."),
                       ("task", "Tiếp tục phát huy kết quả đã đạt được, đổi mới cách làm trong vận động hội viên.")]


def test_an_emphasis_or_a_consequence_with_its_comma_is_a_lead_in_left_out():
    text = ("Chiều 12/12/2031, Hội Cựu chiến binh huyện tổng kết công tác Hội năm 2031.\n"
            "Năm qua, Hội phối hợp với Ngân hàng Chính sách xã hội giải ngân 12 tỷ đồng cho hội viên vay vốn. "
            "Nhờ đó, 35 hộ hội viên đã thoát nghèo. "
            "Đặc biệt, Hội vận động xây dựng 6 nhà nghĩa tình đồng đội. "
            "Nổi bật là, 20 hội viên được công nhận sản xuất kinh doanh giỏi. "
            "Nhờ vậy hỗ trợ được nhiều hội viên có hoàn cảnh khó khăn.")
    got = [(s.category, s.text) for s in statements_without_screen(text)]
    assert got[1:] == [("achievement", "35 hộ hội viên đã thoát nghèo."),
                       ("achievement", "Hội vận động xây dựng 6 nhà nghĩa tình đồng đội."),
                       ("achievement", "20 hội viên được công nhận sản xuất kinh doanh giỏi."),
                       ("achievement", "Nhờ vậy hỗ trợ được nhiều hội viên có hoàn cảnh khó khăn.")]


def test_a_cooperative_or_a_trade_association_meeting_is_not_of_the_genre():
    rules = load_rules()
    association = ("Hiệp hội Doanh nghiệp nhỏ tỉnh tổ chức phiên họp Ban chấp hành lần thứ V\n"
                   "Sáng 10/3/2031, Hiệp hội Doanh nghiệp nhỏ tỉnh tổ chức phiên họp Ban chấp hành lần thứ V "
                   "đánh giá kết quả hoạt động năm 2030, triển khai nhiệm vụ năm 2031. Năm 2030, Hiệp hội đã kết nối "
                   "30 doanh nghiệp hội viên với các nhà phân phối; tổ chức 4 hội chợ giới thiệu sản phẩm.")
    reason = off_topic_reason(association, rules)
    assert reason.startswith("hội nghị của một doanh nghiệp, hợp tác xã hay hiệp hội")
    youth_union = ("Công ty Cơ khí An Phú: Tổng kết công tác Đoàn năm 2030\n"
                   "Chiều 12/12/2030, Đoàn cơ sở Công ty tổ chức Hội nghị tổng kết công tác Đoàn và phong trào "
                   "thanh niên năm 2030. Năm qua, Đoàn kết nạp 25 đoàn viên mới, giới thiệu 5 đoàn viên ưu tú cho "
                   "Chi bộ xem xét kết nạp Đảng.")
    assert off_topic_reason(youth_union, rules) == ""


def test_the_cut_off_last_words_after_a_photo_caption_are_still_article_text():
    text = ("Ngày 18/10/2031, Hội Liên hiệp Phụ nữ thành phố tổ chức Đại hội đại biểu lần thứ XII.\n"
            "Theo báo cáo, nhiệm kỳ qua các cấp hội đã huy động trên 186 tỷ đồng cho hoạt động an sinh xã hội.\n"
            "Bí thư Thành ủy tặng hoa chúc mừng Đại hội - Ảnh: Mai Lan\n"
            "Trong nhiệm kỳ tới, Hội phấn đấu xây dựng, sửa chữa 300 căn nhà tình nghĩa, mái ấm tình th")
    got = [(s.category, s.text) for s in statements_without_screen(text)]
    assert got[-1][0] == "task"
    assert got[-1][1].startswith("Trong nhiệm kỳ tới, Hội phấn đấu xây dựng, sửa chữa 300 căn nhà tình nghĩa")


def test_a_quoted_order_then_the_title_of_who_gave_it_keeps_the_order():
    text = ("Sáng 25/3/2031, Thành đoàn tổ chức Lễ kỷ niệm 100 năm Ngày thành lập Đoàn.\n"
            "Năm qua, tuổi trẻ thành phố tham gia 7 chương trình đột phá của thành phố.\n"
            "“Các bạn hãy tham gia giải quyết những vấn đề bức xúc của người dân, cải tiến quy trình làm việc, "
            "tăng năng suất lao động”, Bí thư Thành ủy Nguyễn Văn Minh đề nghị.")
    got = [(s.category, s.text) for s in statements_without_screen(text)]
    assert got[-1][0] == "task"
    assert "giải quyết những vấn đề bức xúc của người dân" in got[-1][1] and "đề nghị" not in got[-1][1]


def test_a_photo_caption_with_its_credit_is_not_an_item():
    text = ("Sáng 20/8/2031, Thành đoàn tổng kết chiến dịch Mùa hè xanh năm 2031.\n"
            "Năm nay, gần 17.000 chiến sĩ tình nguyện tham gia chiến dịch tại 120 xã, phường.\n"
            "20 sinh viên nước bạn đã cùng tham gia chiến dịch với chiến sĩ tình nguyện tại huyện Nhà Bè - Ảnh: Q.L.\n"
            "Các đội hình đã sửa chữa 25 km đường giao thông nông thôn.")
    got = [(s.category, s.text) for s in statements_without_screen(text)]
    assert [t for _, t in got] == ["Năm nay, gần 17.000 chiến sĩ tình nguyện tham gia chiến dịch tại 120 xã, phường.",
                                   "Các đội hình đã sửa chữa 25 km đường giao thông nông thôn."]


def test_phai_as_a_complement_or_in_a_slogan_is_no_order():
    text = ("Sáng 15/12/2031, Đoàn trường tổng kết công tác năm học.\n"
            "Năm học qua, 100% đoàn viên được học tập nghị quyết. "
            "Không có trường hợp nào mắc phải các tệ nạn xã hội hay vi phạm pháp luật. "
            "Mặt trận xã xây dựng đội ngũ cán bộ \"3 gần\", \"5 phải\", \"4 không\".")
    assert [s.category for s in statements_without_screen(text)] == ["achievement"] * 3


def test_the_aims_and_requirements_of_a_meeting_are_nouns_not_an_order():
    text = ("Sáng 12/5/2031, Ủy ban MTTQ quận kiểm tra công tác quản lý Quỹ Vì người nghèo tại phường 3.\n"
            "Đồng chí Chủ tịch Ủy ban MTTQ quận phát biểu lý do, mục đích, yêu cầu và cách thức tiến hành "
            "buổi làm việc, kiểm tra quỹ.")
    assert "task" not in rule_categories(text)
    assert "task" not in [c for c, _ in labels(text)]


def test_what_an_organisation_is_for_is_background_not_a_result():
    text = ("Sáng 20/12/2031, Hội Cựu chiến binh tỉnh tổng kết công tác Hội năm 2031.\n"
            "Cựu chiến binh là lực lượng cách mạng tuyệt đối trung thành của Đảng. "
            "Giám sát, phản biện xã hội là một chức năng chủ yếu của Mặt trận Tổ quốc. "
            "Năm qua, các cấp Hội đã phát huy vai trò là lực lượng nòng cốt trong giữ gìn an ninh ở cơ sở.")
    assert rule_categories(text) == ["achievement"]
    assert [t for _, t in labels(text)] == [
        "Năm qua, các cấp Hội đã phát huy vai trò là lực lượng nòng cốt trong giữ gìn an ninh ở cơ sở."]


def test_a_plan_amid_the_report_does_not_make_what_was_carried_out_a_task():
    # "sẽ" makes its own sentence a task and carries on to the next ones; one that
    # says in the passive what was carried out is reported again
    text = ("Hội nghị tổng kết công tác Đoàn năm 2027\n"
            "Năm 2027, Huyện đoàn đã tổ chức 12 hoạt động tình nguyện hè. "
            "Lực lượng thanh niên xung kích sẽ cùng Công an xã điều tiết giao thông dịp Tết. "
            "Các hoạt động hưởng ứng Tháng Thanh niên được tổ chức đúng kế hoạch, thu hút 3.000 đoàn viên.")
    assert [c for c, _ in labels(text)] == ["achievement", "task", "achievement"]


def test_the_summary_that_the_unions_work_achieved_much_is_no_result_of_its_own():
    # "công tác Hội và phong trào ... đạt nhiều kết quả" opens the report: praise
    # naming no result (the guide's content-free evaluation); the results follow
    text = ("Hội Nông dân xã Tân Lập tổng kết nhiệm kỳ 2027-2032\n"
            "Nhiệm kỳ qua, công tác Hội và phong trào nông dân xã Tân Lập đạt nhiều kết quả nổi bật. "
            "Hội đã kết nạp 120 hội viên mới, vận động nông dân hiến 3.000 m2 đất làm đường.")
    found = labels(text)
    assert [c for c, _ in found] == ["achievement"]
    assert found[0][1].startswith("Hội đã kết nạp 120 hội viên mới")


def test_whose_report_or_count_it_is_stays_out_of_the_statement():
    # the guide leaves lead-ins out: "Theo báo cáo ...,", "Theo tổng hợp của ...,", "Theo <rank, name>,"
    text = ("Hội Cựu chiến binh tỉnh tổng kết năm 2027\n"
            "Theo tổng hợp của Ủy ban MTTQ tỉnh, năm 2027 các cấp Hội đã vận động 2,1 tỷ đồng xây nhà tình nghĩa.\n"
            "Theo báo cáo Ban Thường vụ Hội Cựu chiến binh tỉnh, toàn tỉnh đã kết nạp 850 hội viên mới.\n"
            "Theo Thiếu tướng Nguyễn Văn An, các cấp Hội đã tham gia hòa giải thành 120 vụ việc ở cơ sở.")
    assert [t.split(",")[0].split()[0] for _, t in labels(text)] == ["Năm", "Toàn", "Các"]


def test_kết_quả_the_context_and_the_numbering_are_left_out_as_lead_ins():
    text = ("Hội Nông dân huyện tổng kết năm 2027\n"
            "Năm 2027, thời tiết diễn biến bất thường, giá vật tư nông nghiệp tăng cao. Trong bối cảnh đó, các cấp "
            "Hội đã vận động nông dân chuyển đổi 300 ha lúa sang trồng rau màu. Kết quả, Hội đã kết nạp 420 hội viên "
            "mới.\n"
            "Năm 2028, Hội đề ra ba nhiệm vụ trọng tâm. Thứ nhất là tiếp tục đổi mới nội dung sinh hoạt chi hội. "
            "Cuối cùng là nâng cao chất lượng hoạt động của các tổ hội nghề nghiệp.")
    found = labels(text)
    assert ("achievement", "Các cấp Hội đã vận động nông dân chuyển đổi 300 ha lúa sang trồng rau màu.") in found
    assert ("achievement", "Hội đã kết nạp 420 hội viên mới.") in found
    assert ("task", "Tiếp tục đổi mới nội dung sinh hoạt chi hội.") in found
    assert ("task", "Nâng cao chất lượng hoạt động của các tổ hội nghề nghiệp.") in found


def test_praise_of_the_fronts_or_an_organisations_work_as_a_whole_is_no_result():
    # "Năm 2027, công tác Mặt trận ... đạt nhiều kết quả ..." names no result (the guide's content-free
    # evaluation), like the praise of "công tác Hội và phong trào ..."; the results follow
    text = ("Ủy ban MTTQ huyện tổng kết năm 2027\n"
            "Năm 2027, công tác Mặt trận trên địa bàn huyện đạt nhiều kết quả đáng khích lệ. "
            "Các cấp Mặt trận đã vận động 1,2 tỷ đồng xây 25 nhà Đại đoàn kết.\n"
            "Năm 2027, hoạt động của Hội Cựu chiến binh huyện đạt những kết quả nổi bật, toàn diện. "
            "Hội đã giúp 12 hội viên thoát nghèo.")
    assert [t.split()[0] for _, t in labels(text)] == ["Các", "Hội"]
    # praise followed by what was reached is one result
    text = ("Hội Nông dân huyện sơ kết nửa nhiệm kỳ\n"
            "Nửa nhiệm kỳ qua, công tác Hội và phong trào nông dân huyện đạt được nhiều kết quả tích cực, "
            "các chỉ tiêu cơ bản đã đạt và vượt kế hoạch đề ra.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_the_document_a_section_rests_on_is_no_result():
    # "Căn cứ vào chương trình phối hợp ...", "Thực hiện văn bản thỏa thuận số ...": the basis, not a deed
    text = ("Ủy ban MTTQ xã sơ kết 6 tháng đầu năm 2027\n"
            "1. Công tác tuyên truyền:\n"
            "Căn cứ vào chương trình phối hợp thống nhất hành động năm 2027.\n"
            "Ban Thường trực Ủy ban MTTQ xã đã tổ chức 12 buổi tuyên truyền cho 600 lượt người dân.\n"
            "Thực hiện văn bản thỏa thuận số 12/VBTT giữa Ngân hàng Chính sách xã hội và các hội đoàn thể.\n"
            "Các hội đoàn thể đã quản lý 45 tổ tiết kiệm và vay vốn.")
    assert [t.split()[0] for _, t in labels(text)] == ["Ban", "Các"]


def test_a_year_the_organisation_had_to_brace_through_is_no_order():
    # "phải cùng lúc căng mình chống dịch" tells the period's hardship, not what must be done: the list
    # of what the union did after it is results
    text = ("Công đoàn ngành Y tế tổng kết năm 2027\n"
            "Năm 2027, ngành Y tế tỉnh phải cùng lúc căng mình chống dịch và khám, chữa bệnh cho nhân dân. "
            "Công đoàn ngành đã có những hoạt động thiết thực như: Hỗ trợ 128 thẻ bảo hiểm y tế cho cán bộ y tế "
            "tuyến đầu; hỗ trợ cán bộ y tế bị cách ly tập trung 163 triệu đồng.")
    assert "task" not in [c for c, _ in labels(text)]


def test_a_dated_deed_with_its_count_in_a_report_of_activities_is_a_result():
    # "Ngày 20/3/2027 BCH Đoàn xã đã tổ chức thăm hỏi và tặng 01 xuất quà ...": a deed of the month reported,
    # not the opening of a meeting report ("Ngày 20/3/2027, Đoàn xã tổ chức hội nghị ...")
    text = ("Đoàn xã Xuân Lâm: kết quả Tháng thanh niên 2027\n"
            "Ngày 20/3/2027 BCH Đoàn xã đã tổ chức thăm hỏi và tặng 01 xuất quà trị giá 500.000 đồng cho một hội "
            "viên có hoàn cảnh khó khăn.\n"
            "Ngày 23/3/2027 BCH Đoàn xã đã mở 01 lớp bồi dưỡng đối tượng đoàn cho 37 thanh niên tiên tiến.\n"
            "Ngày 26/3/2027, Đoàn xã tổ chức hội nghị tổng kết Tháng thanh niên.")
    assert [t.split()[0] for _, t in labels(text)] == ["Ngày", "Ngày"]


def test_what_a_coming_congress_is_to_review_is_its_agenda_not_a_task():
    text = ("Đại hội MTTQ tỉnh lần thứ XVI dự kiến tổ chức vào tháng 8/2029\n"
            "Thông qua đại hội sẽ đánh giá khách quan tình hình các tầng lớp nhân dân; kết quả thực hiện nghị quyết "
            "đại hội nhiệm kỳ 2024 - 2029; xây dựng phương hướng, mục tiêu, chương trình hành động trong nhiệm kỳ "
            "2029 - 2034.\n"
            "Nhiều công trình chào mừng đại hội đã được MTTQ các cấp triển khai trên địa bàn toàn tỉnh.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_a_resolve_after_the_directive_it_follows_and_a_wish_for_the_new_committee_are_tasks():
    # "Thực hiện chỉ đạo của ..., toàn Hội quyết tâm không để ...": the main clause is the resolve
    text = ("Hội Cựu chiến binh thành phố tổng kết năm 2027\n"
            "Năm 2027, Hội đã giúp 35 hội viên thoát nghèo.\n"
            "Thực hiện chỉ đạo của đồng chí Bí thư Thành ủy, toàn Hội quyết tâm không để xảy ra tình trạng tái "
            "nghèo và xóa 41 hộ nghèo còn lại trong năm 2028.")
    assert [c for c, _ in labels(text)] == ["achievement", "task"]
    # a wish that names its addressee at length: "bày tỏ mong muốn trong thời gian tới các đồng chí ... tiếp tục"
    text = ("Hội nghị Ban Chấp hành Tỉnh đoàn bầu bổ sung Bí thư\n"
            "Phát biểu tại Hội nghị, đồng chí Bí thư Tỉnh đoàn cảm ơn sự tín nhiệm của các đồng chí trong Ban Chấp "
            "hành, đồng thời bày tỏ mong muốn trong thời gian tới các đồng chí trong Ban Chấp hành Tỉnh đoàn tiếp "
            "tục phát huy tinh thần đoàn kết, sáng tạo để thực hiện tốt chương trình công tác Đoàn nhiệm kỳ.")
    assert [c for c, _ in labels(text)] == ["task"]


def test_firms_without_a_union_are_whom_the_outreach_went_to_not_a_shortfall():
    text = ("Liên đoàn Lao động tỉnh sơ kết công tác phát triển đoàn viên năm 2027\n"
            "Năm 2027, LĐLĐ tỉnh đã kết nạp 2.300 đoàn viên, thành lập 18 công đoàn cơ sở. "
            "Các cấp công đoàn chú trọng tuyên truyền, vận động các doanh nghiệp khu vực ngoài nhà nước chưa có tổ "
            "chức công đoàn với các giải pháp đồng bộ. "
            "Tuy nhiên, nhiều doanh nghiệp chưa có tổ chức công đoàn.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement", "limitation"]


def test_shortcomings_said_to_be_gone_are_a_result():
    # "không còn hình thức, hành chính hóa, chậm đổi mới": up to three shortcomings listed after
    # "không còn" are gone; "không còn mang tính phong trào mà ..." too
    text = ("Ủy ban MTTQ tỉnh sơ kết 6 tháng đầu năm 2027\n"
            "Hoạt động của Mặt trận các cấp có chuyển biến rõ, Mặt trận không còn hình thức, hành chính hóa, "
            "chậm đổi mới. Việc học tập và làm theo gương Bác không còn mang tính phong trào mà trở thành nền nếp "
            "thường xuyên. Tuy nhiên, công tác giám sát ở một số xã còn hình thức.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement", "limitation"]


def test_a_plan_named_without_its_content_is_no_task():
    # "Đại hội xác định phương hướng, mục tiêu, chương trình hành động của nhiệm kỳ ... bảo đảm phù hợp ...":
    # the congress set a plan; what the plan holds is not said
    text = ("Đại hội đại biểu Hội Nông dân thành phố lần thứ XII\n"
            "Trong nhiệm kỳ qua, các cấp Hội đã vận động nông dân hiến 25.000 m2 đất làm đường.\n"
            "Đại hội cũng đồng thời xác định phương hướng, mục tiêu, chương trình hành động của nhiệm kỳ "
            "2030-2035 bảo đảm phù hợp với mô hình chính quyền địa phương 2 cấp.\n"
            "Đại hội xác định nhiệm kỳ 2030-2035, các cấp Hội tiếp tục đổi mới nội dung sinh hoạt chi hội.")
    assert [c for c, _ in labels(text)] == ["achievement", "task"]


def test_a_question_put_to_the_meeting_is_no_item():
    text = ("Hội nghị sơ kết Quy chế phối hợp giữa Đảng ủy và Ủy ban MTTQ xã\n"
            "Đồng chí Bí thư Đảng ủy đề nghị các đại biểu tập trung đánh giá: việc triển khai các hoạt động có góp "
            "phần nâng cao vai trò của Mặt trận hay không? Hoạt động của các tổ chức thành viên đã thật sự hướng "
            "về cơ sở chưa?\n"
            "Năm 2028, Ủy ban MTTQ xã tiếp tục đổi mới nội dung, phương thức hoạt động.")
    assert [c for c, _ in labels(text)] == ["task"]


def test_what_the_delegates_need_to_analyse_at_the_meeting_is_procedure():
    text = ("Hội nghị Ban Chấp hành Tỉnh đoàn sơ kết 6 tháng đầu năm 2027\n"
            "6 tháng đầu năm, các cấp bộ Đoàn đã tổ chức 120 công trình thanh niên.\n"
            "“Các đại biểu dự Hội nghị cần phân tích nguyên nhân, bài học vì sao một số chỉ tiêu không đạt”, "
            "đồng chí Bí thư Tỉnh đoàn nói.")
    assert [c for c, _ in labels(text)] == ["achievement"]


def test_what_the_period_improved_said_in_the_passive_after_a_plan_is_a_result():
    # a figure raised, then what it will pay for ("dự kiến sẽ hỗ trợ ...") does not make the next
    # sentences plans: "... được phát huy", "... được nâng lên", "... được đẩy mạnh" report the period
    text = ("Hội nghị Ban Chấp hành Liên đoàn Lao động tỉnh sơ kết 6 tháng đầu năm 2027\n"
            "Quỹ Mái ấm công đoàn đã vận động được 300 triệu đồng, dự kiến sẽ hỗ trợ xây mới 12 căn nhà "
            "trong thời gian tới. Việc thực hiện dân chủ ở cơ sở được phát huy. Nhận thức của đoàn viên về "
            "pháp luật lao động được nâng lên. Phong trào thi đua trong các công đoàn cơ sở được đẩy mạnh.")
    assert [c for c, _ in labels(text)][1:] == ["achievement"] * 3


def test_leadership_named_as_a_noun_is_no_order():
    # "Công tác lãnh đạo, chỉ đạo ... đảm bảo nguyên tắc tập thể lãnh đạo, ..., chỉ đạo sâu sát": a
    # result about leadership; no leader speaks, so the next sentence is no order either
    text = ("Công đoàn ngành Y tế tổng kết công tác năm 2027\n"
            "Công tác lãnh đạo, chỉ đạo thực hiện đảm bảo nguyên tắc tập thể lãnh đạo, phân công cá "
            "nhân phụ trách, chỉ đạo sâu sát xuống cơ sở. Các phong trào thi đua lao động được các cấp công đoàn "
            "triển khai có hiệu quả.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_favourable_conditions_under_their_heading_are_results():
    # an office report's "1. Thuận lợi:" / "2. Khó khăn:": what helped is on the results side
    text = ("BÁO CÁO\nTổng kết hoạt động công đoàn năm học 2027-2028\n"
            "Năm học 2028-2029, công đoàn trường tập trung vào các nhiệm vụ sau:\n"
            "- Tổ chức tốt Hội nghị cán bộ, viên chức đầu năm học.\n"
            "1. Thuận lợi:\n"
            "- Đội ngũ đoàn viên đoàn kết, yên tâm công tác, tích cực tham gia các phong trào thi đua của nhà trường.\n"
            "- Trình độ đào tạo của đội ngũ đạt chuẩn cao.\n"
            "2. Khó khăn:\n"
            "- Cán bộ công đoàn còn thiếu kinh nghiệm.\n")
    assert [c for c, _ in labels(text)] == ["task", "achievement", "achievement", "limitation"]


def test_the_term_a_review_names_is_the_one_reported():
    # "tổ chức hội nghị sơ kết ... giai đoạn 2030-2032", no year of its own: "Giai đoạn 2030-2032, ..."
    # opens the report of that term, not the plans of a term to come
    text = ("Xã Tân Phú có 40 mô hình “Dân vận khéo”\n"
            "Đảng ủy xã Tân Phú tổ chức hội nghị sơ kết phong trào thi đua “Dân vận khéo” giai đoạn 2030-2032.\n"
            "Giai đoạn 2030-2032, nhận thức của cấp ủy, chính quyền và nhân dân về phong trào được nâng lên. "
            "Mặt trận, các đoàn thể phát huy vai trò nòng cốt trong thực hiện phong trào. Qua thẩm định, Ban Chỉ "
            "đạo xã cấp giấy chứng nhận cho 40 mô hình cấp xã.")
    assert [c for c, _ in labels(text)] == ["achievement"] * 3


def test_a_report_cited_by_its_title_opens_no_part_of_tasks():
    # "Theo Báo cáo tổng kết ... và phương hướng, nhiệm vụ nhiệm kỳ 2030-2035, ...": the comma inside the
    # report's title does not start "nhiệm vụ nhiệm kỳ ..." as the heading of the tasks
    text = ("Chiều 9/3/2030, Công đoàn trường Tiểu học Hòa Bình tổ chức Đại hội nhiệm kỳ 2030-2035.\n"
            "Theo Báo cáo tổng kết hoạt động Công đoàn nhiệm kỳ 2025-2030 và phương hướng, nhiệm vụ nhiệm kỳ "
            "2030-2035, đội ngũ cán bộ, giáo viên đã vượt qua khó khăn, hoàn thành tốt nhiệm vụ năm học. Nội dung, "
            "phương thức hoạt động công đoàn từng bước được đổi mới, thiết thực và hiệu quả hơn.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_building_on_the_results_opens_the_tasks_in_more_words():
    # "Phát huy truyền thống ..., cùng những thành tích đạt được, ... tiếp tục ..." and "X tiếp tục phát
    # huy những thành tích đã đạt được, tập trung ...": what is to be done, like "Phát huy những kết quả đạt được, ..."
    text = ("Hội LHPN tỉnh tổng kết công tác năm 2030\n"
            "Năm 2030, các cấp Hội đã hỗ trợ 1.200 phụ nữ vay vốn phát triển kinh tế.\n"
            "Phát huy truyền thống của phụ nữ Việt Nam, cùng những thành tích đạt được, cán bộ, hội viên, phụ nữ "
            "trong tỉnh tiếp tục hưởng ứng tích cực các phong trào thi đua yêu nước.\n"
            "Công đoàn cơ sở Trung tâm Y tế huyện tiếp tục phát huy những thành tích đã đạt được, tập trung đổi mới "
            "nội dung hoạt động. Nâng cao đời sống vật chất và tinh thần của đoàn viên công đoàn.")
    assert [c for c, _ in labels(text)] == ["achievement", "task", "task", "task"]


def test_damage_counted_after_the_storm_is_a_difficulty():
    # the storm's damage listed in figures, after the sentence that names the storm, is the period's
    # difficulty, not a result; helping those who suffered it is a result
    text = ("Hội Nông dân xã tổng kết công tác năm 2030\n"
            "Năm 2030, do ảnh hưởng của cơn bão số 5 đã gây thiệt hại nặng nề đến sản xuất nông nghiệp của hội "
            "viên. Tổng số hộ bị thiệt hại về sản xuất nông nghiệp 1.250 hộ; thiệt hại về chăn nuôi 8.000 con gia "
            "cầm; thiệt hại về thủy sản 20 ha. Các chi hội đã hỗ trợ 120 hộ bị thiệt hại với số tiền 300 triệu đồng.")
    assert [c for c, _ in labels(text)] == ["limitation"] * 4 + ["achievement"]


def test_a_named_persons_order_after_a_semicolon_is_a_task():
    # "Tại hội nghị, Ban chỉ đạo đã kiện toàn ...; đồng chí X, Trưởng Ban chỉ đạo yêu cầu các đơn vị ...":
    # the second clause is an order, the addressee left out
    text = ("Huyện sơ kết thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2030\n"
            "Trong 6 tháng đầu năm, các xã đã tổ chức 45 hội nghị đối thoại với Nhân dân.\n"
            "Tại hội nghị, Ban chỉ đạo đã kiện toàn các tiểu ban; đồng chí Lê Thị Hoa, Trưởng Ban chỉ đạo yêu cầu "
            "các đơn vị chủ động đôn đốc triển khai các nhiệm vụ bảo đảm thiết thực, hiệu quả.")
    assert labels(text)[-1] == ("task", "Chủ động đôn đốc triển khai các nhiệm vụ bảo đảm thiết thực, hiệu quả.")


def test_the_contents_of_a_call_to_act_are_tasks():
    # "... đã phát động thi đua, kêu gọi các cơ quan, đơn vị, ... thực hiện 3 nội dung: A; B; C": what those
    # called on are to do, though the launch itself is told with "đã"
    text = ("Phát động thi đua chào mừng Đại hội đại biểu MTTQ tỉnh\n"
            "Tại buổi lễ, đồng chí Chủ tịch Ủy ban MTTQ tỉnh đã phát động thi đua, kêu gọi các cơ quan, đơn vị, "
            "đoàn viên, hội viên và các tầng lớp nhân dân thực hiện 3 nội dung: tập trung đẩy mạnh công tác vận "
            "động, tập hợp xây dựng khối đại đoàn kết toàn dân tộc; đẩy mạnh Cuộc vận động “Toàn dân đoàn kết xây "
            "dựng nông thôn mới, đô thị văn minh”; nâng cao chất lượng giám sát và phản biện xã hội.")
    assert [c for c, _ in labels(text)] == ["task"] * 3


def test_a_term_named_with_what_stood_out_in_it_is_the_one_reported():
    # no year on the page: "Nhiệm kỳ 2030-2035, ..., mang lại hiệu quả cao, nổi bật là ..." reports that term
    text = ("10 chương trình tiêu biểu của Hội Sinh viên tỉnh nhiệm kỳ 2030-2035\n"
            "Nhiệm kỳ 2030-2035, Hội Sinh viên tỉnh triển khai nhiều chương trình, hoạt động thiết thực, mang lại "
            "hiệu quả cao, nổi bật là 10 chương trình tiêu biểu.\n"
            "Cuộc vận động “Sinh viên - Những câu chuyện đẹp” góp phần lan tỏa những câu chuyện về nghị lực của "
            "sinh viên trong tỉnh.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_a_list_introduction_that_only_announces_the_tasks_is_no_item():
    # "..., năm 2031 Hội Khuyến học tỉnh tập trung triển khai thực hiện các nhiệm vụ trọng tâm sau:" says
    # nothing itself; its list is the tasks
    text = ("Hội Khuyến học tỉnh tổng kết năm 2030\n"
            "Năm 2030, các cấp Hội đã trao 2.000 suất học bổng cho học sinh nghèo vượt khó.\n"
            "Phát huy những kết quả đạt được, năm 2031 Hội Khuyến học tỉnh tập trung triển khai thực hiện các "
            "nhiệm vụ trọng tâm sau: Đẩy mạnh phong trào học tập suốt đời trong các gia đình, dòng họ; Củng cố "
            "tổ chức Hội ở cơ sở.")
    assert [c for c, _ in labels(text)] == ["achievement", "task", "task"]


def test_a_programme_already_drafted_is_a_deed():
    # "các đơn vị đã dự kiến chương trình công tác tháng 7" reports what the units did: "đã" before
    # "dự kiến" makes it no plan
    text = ("Hội Nông dân thành phố vận hành thử bộ máy cấp xã mới\n"
            "Trong sáng nay, Hội Nông dân thành phố đã chỉ đạo vận hành thử bộ máy Hội Nông dân cấp xã tại 79 "
            "đơn vị. Đồng thời, các đơn vị đã dự kiến chương trình công tác tháng 7/2030, tổng hợp tình hình chi "
            "hội, tổ hội, hội viên nông dân sau bàn giao.")
    assert [c for c, _ in labels(text)][-1] == "achievement"


def test_a_criterion_hard_to_reach_in_the_list_of_difficulties_is_one():
    text = ("Hội Người cao tuổi tỉnh sơ kết xây dựng chi hội vững mạnh năm 2030\n"
            "Năm 2030, toàn tỉnh có 120 chi hội đạt tiêu chuẩn vững mạnh. Tuy nhiên, việc tổ chức hội nghị ở cơ "
            "sở còn gặp nhiều khó khăn. Tiêu chí làm từ thiện xã hội cũng khó đạt, vì các cuộc vận động chủ yếu "
            "dựa vào các doanh nghiệp lớn.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation", "limitation"]


def test_the_topics_opinions_centred_on_are_no_items():
    # "Trong đó, các ý kiến tập trung ở 7 nhóm vấn đề, đó là: A; B; C": what the farmers raised at the
    # dialogue, neither results nor tasks
    text = ("Chủ tịch UBND tỉnh đối thoại với nông dân năm 2030\n"
            "Tại hội nghị, có 15 ý kiến của hội viên nông dân được các sở, ngành trả lời trực tiếp. Trong đó, các "
            "ý kiến tập trung ở 3 nhóm vấn đề, đó là: chính sách tín dụng, vay vốn cho nông dân sản xuất; giá cả "
            "đầu vào cho sản xuất nông nghiệp; đào tạo nghề cho lao động nông thôn.")
    assert labels(text) == []


def test_a_term_that_reaped_many_achievements_is_the_one_reported():
    # no year on the page: "Trong nhiệm kỳ 2030-2035, công tác Đoàn ... gặt hái nhiều thành tích" reports
    # that term; the unmarked sentences after it are results too
    text = ("Đại hội đại biểu Đoàn tỉnh\n"
            "Trong nhiệm kỳ 2030-2035, công tác Đoàn và phong trào thanh thiếu nhi tỉnh gặt hái nhiều thành tích "
            "đáng ghi nhận. Phương thức hoạt động Đoàn thường xuyên được đổi mới, đáp ứng nhu cầu chính đáng của "
            "thế hệ trẻ.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]
