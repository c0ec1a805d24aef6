"""Per-stage tests of extraction: noise, segmentation, lead-ins, discourse labels.

Texts are our own sentences in the genre. Each test states a behaviour a
reader of the briefing would notice if it broke.
"""
from briefgen.extract.article import extract_document
from briefgen.model import Document
from briefgen.extract.noise import split_blocks
from briefgen.extract.rules import load_rules
from briefgen.extract.segment import clauses, sentences

RULES = load_rules()


def extract(text, path="bai.txt"):
    return extract_document(Document(path, text), RULES)


def labels(text):
    return [(s.category, s.text) for s in extract(text).statements]


def test_sentences_split_after_ellipsis_and_glued_byline():
    text = "Các đơn vị đã hoàn thành kế hoạch năm… Hội nghị đã thảo luận. Việc được giải quyết.Minh Anh"
    parts = [text[s:e] for s, e in sentences(text, 0, len(text))]
    assert parts == ["Các đơn vị đã hoàn thành kế hoạch năm…", "Hội nghị đã thảo luận.",
                     "Việc được giải quyết.", "Minh Anh"]


def test_sentences_keep_abbreviations_and_dates():
    text = "Đoàn công tác làm việc tại TP. Hồ Chí Minh ngày 7/5/2024. Kết quả tốt."
    assert len(sentences(text, 0, len(text))) == 2


def test_semicolon_list_members_stay_together():
    text = "Đã chỉ đạo 217/217 xã, phường, thị trấn; 14/15 quận, huyện tổ chức thành công đại hội."
    assert len(clauses(text, 0, len(text))) == 1
    text2 = "Tiến độ đại hội cấp xã còn chậm; một số đơn vị chưa ban hành kế hoạch."
    assert len(clauses(text2, 0, len(text2))) == 2


def test_page_noise_is_dropped_with_reasons():
    text = ("Trang chủ\nLượt xem: 1.245\nCỡ chữ A+ A-\n\n"
            "Trong quý I/2024, Ủy ban MTTQ huyện đã vận động được 1,2 tỷ đồng ủng hộ Quỹ Vì người nghèo.\n\n"
            "Tin liên quan\nÝ kiến bạn đọc\n")
    blocks, dropped = split_blocks(text, RULES)
    assert [b.kind for b in blocks] == ["text"]
    assert len(dropped) == 5 and all(d.reason for d in dropped)


def test_hard_wrapped_lines_are_one_paragraph():
    text = ("Trong 6 tháng đầu năm 2023, Mặt trận Tổ quốc huyện đã phối hợp tổ chức\n"
            "nhiều hoạt động an sinh xã hội, trao 320 suất quà cho hộ nghèo.\n")
    blocks, _ = split_blocks(text, RULES)
    assert len(blocks) == 1
    assert labels(text)[0][0] == "achievement"


def test_same_words_differ_by_part_of_article():
    text = ("Trong quý I/2024, nội dung, phương thức hoạt động của Mặt trận tiếp tục được đổi mới. "
            "Đồng chí Bí thư Huyện ủy đề nghị Ủy ban MTTQ huyện tiếp tục đổi mới nội dung, phương thức hoạt động; "
            "tổ chức thành công Đại hội Mặt trận cấp huyện nhiệm kỳ 2024 - 2029.")
    got = labels(text)
    assert got[0][0] == "achievement"
    assert [c for c, _ in got[1:]] == ["task", "task"]
    assert got[1][1].startswith("Tiếp tục đổi mới")  # lead-in and addressee removed


def test_shortcomings_after_contrast_and_announcement_dropped():
    text = ("Năm 2023, Hội Nông dân tỉnh đã hỗ trợ 1.500 hộ vay vốn sản xuất. "
            "Tuy nhiên, cũng còn một số hạn chế. Việc nắm bắt tâm tư nguyện vọng hội viên có lúc chưa kịp thời; "
            "báo cáo định kỳ còn chậm.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement", "limitation", "limitation"]
    assert all("Tuy nhiên" not in t for _, t in got)


def test_remedy_is_not_a_shortcoming():
    text = ("Trong quý II/2024, Mặt trận các cấp đã tập trung tháo gỡ những khó khăn, vướng mắc cho hội viên; "
            "hỗ trợ 35 hộ chưa có nhà ở ổn định.")
    assert {c for c, _ in labels(text)} == {"achievement"}


def test_framing_and_attendance_are_not_statements():
    text = ("Chiều 15/4, Thường trực Huyện ủy tổ chức hội nghị giao ban với Ủy ban MTTQ huyện. "
            "Cùng dự có đồng chí Lê Văn A, Trưởng Ban Dân vận Huyện ủy. "
            "Hội nghị đã thảo luận và đề ra các nhiệm vụ trọng tâm quý II/2024.")
    assert labels(text) == []


def test_statement_text_is_clean_and_quote_verbatim():
    text = ("Báo cáo tại Hội nghị cho thấy, trong quý I/2024, các đoàn thể đã phát triển mới 420 hội viên; "
            "Theo đó, thực hiện tốt phong trào thi đua…")
    art = extract(text)
    for st in art.statements:
        assert text[st.start:st.end] == st.quote
        assert st.text[0].isupper() and st.text.endswith(".")
        assert not st.text.endswith((";.", "….", "...."))
    assert not art.statements[0].text.startswith("Báo cáo")


def test_limitations_before_results_and_concession():
    text = ("Ngay đầu báo cáo, Ban Thường trực nêu rõ một số tồn tại. "
            "Công tác tập hợp đoàn viên ở khu công nghiệp còn khó khăn.\n\n"
            "Mặc dù còn những hạn chế nêu trên, năm 2022 Mặt trận tỉnh đã hoàn thành 17/18 chỉ tiêu. "
            "Nhân dân hiến hơn 9.000 m² đất làm đường giao thông nông thôn.")
    got = [c for c, _ in labels(text)]
    assert got == ["limitation", "achievement", "achievement"]


def test_metadata_from_the_text_and_never_guessed():
    text = ("Giao ban Mặt trận huyện Lục Ngạn quý II/2023\n\n"
            "Chiều 5/7, Thường trực Huyện ủy Lục Ngạn tổ chức hội nghị giao ban quý II/2023, triển khai nhiệm vụ "
            "quý III/2023. Đồng chí Nguyễn Thị Hoa, Phó Bí thư Thường trực Huyện ủy chủ trì hội nghị.\n\n"
            "Trong quý II/2023, các đoàn thể đã vận động được 2 tỷ đồng.")
    meta = extract(text).meta
    assert meta.value("unit_level") == "huyện" and meta.value("locality") == "Lục Ngạn"
    assert meta.value("period") == "quý II/2023" and meta.value("next_period") == "quý III/2023"
    assert meta.value("meeting_date") == "2023-07-05"
    assert meta.value("chair") == "Nguyễn Thị Hoa"
    bare = extract("Các đoàn thể đã vận động được nhiều hội viên tham gia các phong trào thi đua.").meta
    assert bare.value("locality") is None and bare.value("period") is None and bare.value("chair") is None


def test_meeting_date_is_not_a_documents_date_and_a_year_is_reviewed_after_it_ends():
    text = ("Sáng 14/1, Hội Nông dân huyện tổng kết công tác Hội năm 2024. Năm 2024 là năm đầu thực hiện "
            "Nghị quyết số 46-NQ/TW ngày 20/12/2023 của Bộ Chính trị. Năm 2024, Hội đã kết nạp 512 hội viên.")
    assert extract(text).meta.value("meeting_date") == "2025-01-14"
    mid_year = ("Chiều 12/7, Hội Nông dân huyện sơ kết 6 tháng đầu năm 2024. "
                "6 tháng đầu năm 2024, Hội đã kết nạp 212 hội viên.")
    assert extract(mid_year).meta.value("meeting_date") == "2024-07-12"


def test_user_rules_extend_the_packaged_ones(tmp_path, monkeypatch):
    extra = tmp_path / "briefgen-rules.yaml"
    extra.write_text("negative_cues:\n  - {pattern: '\\\\bchưa thật sự nổi bật', note: 'thử nghiệm'}\n",
                     encoding="utf-8")
    rules = load_rules(str(extra))
    assert rules.version != RULES.version
    assert any(r.note == "thử nghiệm" for r in rules.groups["negative_cues"])


def test_place_names_with_apostrophes_and_hyphens_are_whole():
    for place in ("Cư M'gar", "Ea H’leo", "Phan Rang-Tháp Chàm"):
        text = (f"Chiều 3/10, Ban Thường vụ Huyện ủy {place} làm việc với Ủy ban MTTQ và các đoàn thể huyện "
                f"{place} về kết quả quý III/2024.\n\n"
                "Trong quý III/2024, các đoàn thể đã vận động được 1,2 tỷ đồng.")
        assert extract(text).meta.value("locality") == place


def test_support_named_as_a_subject_that_falls_short_is_a_limitation():
    text = ("Hội Cựu chiến binh tỉnh giữ vững 98,5% cơ sở Hội vững mạnh. Số hội viên có hoàn cảnh khó khăn về "
            "nhà ở còn nhiều, nguồn lực hỗ trợ của Hội chưa đáp ứng được.\n\n"
            "Hội đã hỗ trợ 12 hộ chưa có nhà ở kiên cố. Việc xử lý đơn thư ở một số xã chưa kịp thời.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement", "limitation", "achievement", "limitation"], got


def test_a_directive_about_what_was_built_is_still_a_task():
    text = ("Trong quý III/2020, các đoàn thể đã vận động được 2 tỷ đồng.\n\n"
            "Đồng chí cũng yêu cầu các đoàn thể rà soát lại các mô hình đã xây dựng, "
            "mô hình nào hiệu quả thì nhân rộng.")
    assert [c for c, _ in labels(text)] == ["achievement", "task"]


def test_a_quotation_is_the_statement_and_who_said_it_is_not():
    text = ("Kết luận hội nghị, đồng chí Bí thư yêu cầu các đoàn thể tiếp tục đổi mới phương thức hoạt động.\n\n"
            "\"Mỗi cán bộ Mặt trận, đoàn thể phải thường xuyên đến từng hộ, nắm từng việc cụ thể\", "
            "đồng chí Phan Thị Mỹ Hạnh nhấn mạnh.")
    got = labels(text)
    assert got[-1][0] == "task" and got[-1][1].rstrip(".").endswith("nắm từng việc cụ thể")
    assert all("nhấn mạnh" not in t for _, t in got)


def test_a_long_announcement_of_shortcomings_is_not_one():
    text = ("Năm 2023, Mặt trận thành phố vận động được 3,2 tỷ đồng.\n\n"
            "Tuy nhiên, công tác Mặt trận và các đoàn thể thành phố năm qua vẫn còn một số hạn chế. "
            "Việc nắm bắt dư luận ở một số khóm chưa thường xuyên.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement", "limitation"], got
    assert got[1][1].startswith("Việc nắm bắt")


def test_answers_to_proposals_and_who_is_quoted_are_left_out():
    text = ("Năm 2019, Hội Nông dân tỉnh có 86.500 hộ đăng ký danh hiệu sản xuất, kinh doanh giỏi. "
            "Theo vị đại diện này, việc dạy nghề cho nông dân còn dàn trải.\n\n"
            "Trả lời kiến nghị của Ủy ban MTTQ huyện về kinh phí hoạt động, đồng chí Bí thư Huyện ủy cho biết "
            "Thường trực Huyện ủy sẽ chỉ đạo Ủy ban nhân dân huyện xem xét, bố trí trong năm 2024.")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement", "limitation"], got
    assert got[1][1].startswith("Việc dạy nghề")


def test_difficulties_reported_by_a_body_are_limitations():
    text = ("Năm 2020, Hội Nông dân tỉnh vận động hội viên đóng góp 2,5 tỷ đồng xây dựng nông thôn mới.\n\n"
            "Về khó khăn, vướng mắc, Hội Nông dân tỉnh nêu: giá vật tư nông nghiệp tăng cao, đầu ra cho nông sản "
            "chưa ổn định; cán bộ Hội cấp xã thường xuyên thay đổi, phụ cấp thấp nên khó giữ chân người có năng lực.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation", "limitation"]


def test_next_year_named_at_the_start_of_a_review_opens_the_plan():
    text = ("Chiều 20/12, Ủy ban MTTQ huyện tổ chức hội nghị tổng kết công tác Mặt trận năm 2024.\n\n"
            "Năm 2024, Mặt trận huyện vận động xây dựng 45 nhà Đại đoàn kết.\n\n"
            "Năm 2025, Mặt trận huyện tập trung tuyên truyền, vận động Nhân dân góp ý dự thảo văn kiện đại hội; "
            "chủ động chuẩn bị các điều kiện để sắp xếp tổ chức bộ máy.")
    assert [c for c, _ in labels(text)] == ["achievement", "task", "task"]


def test_a_leaders_quoted_comment_is_not_a_task_but_its_directive_is():
    text = ("Kết luận hội nghị, đồng chí Bí thư đề nghị các đoàn thể tiếp tục đổi mới phương thức hoạt động.\n\n"
            "“Người dân chỉ tin Mặt trận khi thấy cán bộ Mặt trận có mặt lúc họ gặp khó khăn. "
            "Cán bộ Mặt trận, đoàn thể phải xuống tận thôn, tổ dân phố để nghe dân nói”, đồng chí nhấn mạnh.")
    got = labels(text)
    assert [c for c, _ in got] == ["task", "task"], got
    assert got[1][1].startswith("Cán bộ Mặt trận") and "nhấn mạnh" not in got[1][1]


def test_shortfalls_told_by_delegates_and_rates_are_limitations():
    text = ("Năm 2024, Mặt trận tỉnh tổ chức 86 cuộc giám sát. "
            "Tỷ lệ kiến nghị sau giám sát được giải quyết dứt điểm chỉ đạt 71%.\n\n"
            "Đại diện Hội Nông dân tỉnh cho biết, giá dừa giảm mạnh khiến nhiều hộ hội viên vay vốn chậm trả nợ. "
            "Đại diện Tỉnh Đoàn thì thẳng thắn nêu, nhiều chi đoàn ấp hoạt động cầm chừng vì đoàn viên đi làm xa.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation", "limitation", "limitation"]


def test_low_overdue_debt_and_warnings_of_risk_are_results():
    text = ("Năm 2021, các hội duy trì dư nợ ủy thác ổn định, tỷ lệ nợ quá hạn thấp. Hội Cựu chiến binh huyện "
            "nắm được 1.130 lao động đi làm ăn xa, kịp thời cảnh báo nguy cơ bị lừa bán qua biên giới.")
    assert [c for c, _ in labels(text)] == ["achievement", "achievement"]


def test_meeting_rituals_and_an_official_notices_tail_are_not_statements():
    text = ("Chiều 5/10, Thường trực Thị ủy tổ chức giao ban quý III/2020 với Mặt trận và các đoàn thể.\n\n"
            "Lần lượt các đơn vị báo cáo kết quả công tác.\n\n"
            "Về phía Liên đoàn Lao động thị xã, đã tổ chức 14 cuộc đối thoại tại các doanh nghiệp.\n\n"
            "Dịp này, Ủy ban MTTQ thị xã trao Giấy khen cho 12 tập thể và 25 cá nhân có thành tích xuất sắc.\n\n"
            "Nơi nhận:\n- Thường trực Thị ủy;\n- Lưu Văn phòng Thị ủy.")
    got = labels(text)
    assert got == [("achievement", "Đã tổ chức 14 cuộc đối thoại tại các doanh nghiệp.")], got


def test_intensified_shortfalls_and_a_share_bar_glued_to_the_last_sentence():
    text = ("Năm 2022, Mặt trận xã vận động được 450 triệu đồng.\n\n"
            "Bà Trần Thị Hoa, Chủ tịch Ủy ban MTTQ xã cho biết, nguồn kinh phí cho Ban công tác Mặt trận ở thôn "
            "còn quá thấp, không đủ để tổ chức các hoạt động thường xuyên.\n\n"
            "Đồng chí Bí thư đề nghị các đoàn thể tiếp tục tuyên truyền phòng, chống dịch. Chia sẻ: Facebook Zalo "
            "Twitter  Bản in\nBảo Ngọc  Tin liên quan:  Hội Nông dân huyện trao 300 suất quà Tết")
    got = labels(text)
    assert [c for c, _ in got] == ["achievement", "limitation", "task"], got
    assert "Facebook" not in got[-1][1]


def test_concessive_must_and_shortfalls_without_con_or_chua():
    text = ("Quý I/2020, mặc dù phải tập trung cho công tác phòng, chống dịch Covid-19, Mặt trận và các đoàn thể "
            "huyện đã chủ động điều chỉnh phương thức hoạt động.\n\n"
            "Tuy vậy, hiệu quả tuyên truyền trên môi trường mạng của một số đoàn thể thấp. Hoạt động của các chi hội "
            "ở thôn trong thời gian chuyển tiếp có phần chững lại. Cán bộ ở phường vừa làm chuyên môn vừa tham gia "
            "chốt kiểm soát nên có lúc quá tải.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation", "limitation", "limitation"]


def test_an_organisations_proposals_are_not_its_tasks_but_its_duties_about_proposals_are():
    text = ("Kết luận buổi làm việc, đồng chí Bí thư Tỉnh ủy đề nghị các đoàn thể tiếp tục đổi mới nội dung hoạt động.\n\n"
            "Tại buổi làm việc, lãnh đạo từng tổ chức đã nêu kiến nghị. Hội Nông dân tỉnh đề xuất bổ sung nguồn vốn "
            "ủy thác cho Quỹ Hỗ trợ nông dân. Tỉnh đoàn kiến nghị có cơ chế hỗ trợ thanh niên khởi nghiệp.\n\n"
            "Mặt trận tỉnh phải theo dõi đến cùng các kiến nghị của cử tri sau giám sát.")
    got = labels(text)
    assert [c for c, _ in got] == ["task", "task"], got
    assert got[1][1].startswith("Mặt trận tỉnh phải theo dõi")


def test_money_raised_falling_is_a_limitation_but_poverty_falling_is_a_result():
    text = ("Năm 2023, tỷ lệ hộ nghèo toàn tỉnh giảm 1,2% so với năm trước. "
            "Số tiền vận động Quỹ \"Vì người nghèo\" toàn tỉnh giảm 12% so với năm trước.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation"]


def test_households_that_need_support_do_not_turn_results_into_tasks():
    text = ("Trong quý III/2019, Mặt trận tỉnh đã vận động xây dựng 448 nhà Đại đoàn kết; hoàn thành việc rà soát, "
            "lập danh sách 2.237 hộ nghèo cần hỗ trợ về nhà ở; Hội Liên hiệp Phụ nữ hòa giải thành công 3.569 vụ việc.")
    assert [c for c, _ in labels(text)] == ["achievement"] * 3


def test_members_lost_is_a_limitation_but_members_lifted_from_poverty_is_a_result():
    text = ("Năm 2024, Liên đoàn Lao động huyện kết nạp mới 420 đoàn viên. "
            "Tuy vậy, do nhiều doanh nghiệp thu hẹp sản xuất, Công đoàn ngành Dệt may giảm 1.260 đoàn viên, "
            "Công đoàn ngành Xây dựng giảm 315 đoàn viên. "
            "Hội Cựu chiến binh giúp giảm 7 hội viên nghèo, xóa 3 nhà tạm.")
    assert [c for c, _ in labels(text)] == ["achievement", "limitation", "achievement"]


def test_a_dated_lead_after_a_paper_tag_frames_the_review_and_the_plans():
    # the lead names next year's plans; the year's results after it stay results
    text = ("Tỉnh đoàn tổng kết công tác Đoàn năm 2026\n\n"
            "Tin tức Web.TĐ: Ngày 22/12, Tỉnh đoàn tổ chức tổng kết công tác Đoàn và phong trào thanh thiếu nhi "
            "năm 2026, triển khai phương hướng nhiệm vụ năm 2027.\n\n"
            "Thực hiện chủ đề công tác năm 2026, công tác Đoàn đã được các cấp bộ Đoàn triển khai đồng bộ. "
            "8/8 chỉ tiêu chủ yếu đều đạt và vượt. Phong trào tình nguyện được mở rộng ở 120 xã.")
    assert [c for c, _ in labels(text)] == ["achievement"] * 3


def test_a_body_asking_its_own_units_below_sets_tasks_but_a_request_reported_is_a_deed():
    text = ("Năm 2026, Liên đoàn Lao động huyện kết nạp 350 đoàn viên mới. "
            "Theo đó, LĐLĐ huyện đề nghị các CĐ cơ sở trực thuộc tăng cường tuyên truyền đại hội công đoàn các cấp. "
            "Năm qua, Hội Nông dân huyện đã đề nghị các cấp khen thưởng 6 tập thể và 22 cá nhân.")
    assert [c for c, _ in labels(text)] == ["achievement", "task", "achievement"]


def test_targets_set_in_the_passive_open_a_list_of_tasks():
    text = ("Đoàn Thanh niên Công ty phát động thi đua Tháng Thanh niên 2027\n"
            "Theo đó, nhiều mục tiêu thi đua trọng điểm trong tháng 3 được đặt ra đó là: tập trung giáo dục chính trị "
            "tư tưởng cho đoàn viên; mỗi chi đoàn có ít nhất 1 công trình thanh niên; tổ chức ra quân vệ sinh môi trường.")
    assert [c for c, _ in labels(text)] == ["task"] * 3


def test_a_papers_name_in_brackets_is_not_part_of_the_first_sentence():
    text = ("Huyện phấn đấu đạt 2 tỷ đồng Quỹ Vì người nghèo\n"
            "(Báo Miền Núi) - Tỷ lệ hộ nghèo của toàn huyện hiện nay vẫn còn chiếm 11,4%.\n"
            "Năm 2028, ban vận động huyện thông qua chỉ tiêu phấn đấu toàn huyện đạt 2 tỷ đồng.")
    found = labels(text)
    assert found[0] == ("limitation", "Tỷ lệ hộ nghèo của toàn huyện hiện nay vẫn còn chiếm 11,4%.")
    assert [c for c, _ in found] == ["limitation", "task"]


def test_a_meeting_that_launches_the_years_work_makes_that_year_the_plan():
    text = ("Sáng ngày 12/3/2027, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức hội nghị hướng dẫn, triển khai công tác "
            "Mặt trận năm 2027.\n"
            "Năm 2027, Ủy ban MTTQ tỉnh tập trung chỉ đạo tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc; "
            "tiếp tục nâng cao hiệu quả giám sát và phản biện xã hội.")
    assert [c for c, _ in labels(text)] == ["task", "task"]


def test_the_new_school_year_after_the_one_reviewed_is_the_plan():
    text = ("Công đoàn ngành Giáo dục tổng kết năm học 2026-2027\n"
            "Năm học 2026-2027, Công đoàn ngành Giáo dục tỉnh đã phát triển 320 đoàn viên mới.\n"
            "Năm học mới 2027 – 2028, Công đoàn ngành Giáo dục tỉnh tập trung triển khai một số nhiệm vụ trọng tâm "
            "như chăm lo đời sống nhà giáo vùng sâu, vùng xa.")
    assert [c for c, _ in labels(text)] == ["achievement", "task"]
