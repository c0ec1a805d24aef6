"""A file that is not an article of the genre is left out, named, with why;
every article of the genre is kept."""
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefgen.cli import app
from briefgen.extract.relevance import off_topic_reason
from briefgen.extract.rules import load_rules
from briefgen.read import read_document

ROOT = Path(__file__).resolve().parents[2]

# Our own texts of the kinds that end up in an office folder by mistake.
OFF_TOPIC = {
    "cong_thuc.txt": (
        "Cách làm canh chua cá lóc đậm đà hương vị miền Tây\n\n"
        "Canh chua cá lóc là món ăn quen thuộc trong bữa cơm gia đình. Nguyên liệu gồm cá lóc, me, cà chua, "
        "dứa, giá đỗ và rau ngổ. Đầu tiên, làm sạch cá, cắt khúc rồi ướp với nước mắm trong 15 phút. Khi nước "
        "sôi, cho cá vào nấu chín, nêm nếm vừa ăn. Món canh đạt được vị chua ngọt hài hòa."),
    "bong_da.txt": (
        "Đội tuyển tỉnh thắng đậm ở vòng loại năm 2024\n\n"
        "Chiều 12/5, đội bóng đá của tỉnh đã giành chiến thắng 3-0 trước đội khách. Kết quả này giúp đội "
        "vươn lên dẫn đầu bảng. Huấn luyện viên cho biết đội vẫn còn hạn chế ở khâu phòng ngự và thời gian tới "
        "sẽ tập trung cải thiện thể lực cho các cầu thủ."),
    # the organisations run sports events too: actors of the genre, "kết quả" of the matches, no review
    "giai_bong_da_doan.txt": (
        "Đoàn Thanh niên khối các cơ quan huyện tổ chức giải bóng đá thanh niên năm 2025\n\n"
        "Chào mừng kỷ niệm Ngày thành lập Đoàn, Đoàn Thanh niên khối các cơ quan huyện tổ chức giải bóng đá "
        "thanh niên năm 2025. Tham gia giải có 6 đội bóng với hơn 100 cầu thủ là đoàn viên. Các đội thi đấu "
        "vòng tròn để chọn 2 đội vào chung kết. Kết quả, đội Khối Kinh tế đoạt giải Nhất."),
    "thong_bao_cong_ty.txt": (
        "THÔNG BÁO\nVề việc tổ chức Đại hội đồng cổ đông thường niên năm 2024\n\n"
        "Hội đồng quản trị Công ty cổ phần trân trọng thông báo thời gian, địa điểm tổ chức Đại hội đồng cổ "
        "đông thường niên năm 2024. Cổ đông có nhu cầu ủy quyền vui lòng liên hệ văn phòng công ty trước "
        "ngày 20/4/2024. Tài liệu họp được đăng tải trên trang thông tin điện tử của công ty."),
    # "tổ chức Hội nghị" names a meeting, not "tổ chức Hội" (the association)
    "cum_thi_dua_thanh_tra.txt": (
        "Cụm thi đua Thanh tra các tỉnh sơ kết 6 tháng đầu năm 2027\n\n"
        "Thực hiện kế hoạch tổ chức Hội nghị sơ kết công tác thi đua, ngày 2/7, Cụm thi đua Thanh tra các tỉnh "
        "tổ chức Hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm. Kết quả, các đơn vị đã "
        "tiến hành 120 cuộc thanh tra hành chính, phát hiện sai phạm về kinh tế 15 tỷ đồng."),
    # a volleyball tournament for the mass-mobilisation day: the teams of the Party's
    # mass-mobilisation boards, round robin, a rally; no review
    "giai_bong_chuyen_dan_van.txt": (
        "Dự giải có 8 đội thuộc ban dân vận các huyện và đảng ủy trực thuộc Tỉnh ủy. Các đội chia thành 2 "
        "bảng, thi đấu vòng tròn tính điểm chọn 4 đội vào vòng trong.\n"
        "Một pha bóng giữa hai đội Ban Dân vận huyện và Đảng ủy Khối cơ quan\n"
        "Giải đấu tạo không khí phấn khởi trong cán bộ ngành dân vận hăng hái thi đua hoàn thành tốt nhiệm vụ được giao."),
    # a commune People's Committee's session: the Party committee only attends
    "phien_hop_ubnd.txt": (
        "UBND xã Tân Lập tổ chức phiên họp thường kỳ tháng 3/2027\n\n"
        "Chiều 28/3, UBND xã tổ chức phiên họp thường kỳ, thông qua báo cáo tình hình kinh tế - xã hội quý I, "
        "nhiệm vụ, giải pháp quý II. Dự phiên họp có đồng chí Phó Bí thư Thường trực Đảng ủy xã. Trong quý I, "
        "thu ngân sách đạt 32% dự toán; xã đã hoàn thành 7/25 chỉ tiêu. Thời gian tới, xã tập trung giải "
        "ngân vốn đầu tư công và cải cách hành chính."),
    # a district People's Committee's monthly meeting, chaired by the Party committee's deputy secretary
    "hoi_nghi_thuong_ky_ubnd.txt": (
        "Hội nghị thường kỳ tháng 9 năm 2027\n\n"
        "Chiều 3/10, UBND huyện tổ chức Hội nghị thường kỳ tháng 9 để đánh giá tình hình kinh tế - xã hội, "
        "do đồng chí Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì. Trong tháng 9, thu ngân sách đạt 4,1 tỷ "
        "đồng, lũy kế 9 tháng đạt 102% dự toán. Tuy vậy, vẫn còn một số tồn tại, hạn chế: tiến độ giải phóng "
        "mặt bằng còn chậm. Tháng 10, các phòng, ban tập trung đẩy nhanh giải ngân vốn đầu tư công."),
    # a provincial vice chair chairs the drafting team of a Party resolution on a crop: a government
    # meeting, the Party committee named only as the resolution's owner, no review
    "hop_to_de_an.txt": (
        "Chiều 14/3, đồng chí Phó Chủ tịch UBND tỉnh, Tổ trưởng Tổ xây dựng Đề án chủ trì cuộc họp với các "
        "thành viên Tổ xây dựng Đề án và dự thảo Nghị quyết của Tỉnh ủy về phát triển cây quế. Theo dự thảo, "
        "đến năm 2035 diện tích quế toàn tỉnh đạt 30.000 ha. Các thành viên thống nhất bổ sung giải pháp về giống."),
    # the criteria of an emulation title: what a title requires, nothing done, nothing to do
    "tieu_chuan_danh_hieu.txt": (
        "Tiêu chuẩn xét chọn danh hiệu “Sinh viên 5 tốt” cấp trường năm học 2030-2031\n\n"
        "Để tôn vinh những sinh viên tiêu biểu, Hội Sinh viên trường đã ban hành quy định về tiêu chuẩn xét "
        "chọn danh hiệu “Sinh viên 5 tốt”.\n1. Tiêu chuẩn Đạo đức tốt:\n - Đạt điểm rèn luyện từ 80 điểm trở lên.\n"
        " - Tham gia ít nhất một cuộc thi tìm hiểu về lịch sử, văn hóa Việt Nam.\n2. Tiêu chuẩn Học tập tốt:\n"
        " - Điểm trung bình cộng cả năm học đạt từ 2.8 trở lên.\nKết quả xét chọn được công bố và khen thưởng "
        "vào cuối năm học; đoàn viên, hội viên đạt danh hiệu được ưu tiên giới thiệu tham gia các phong trào."),
    # two government bodies review their coordination; the Party committee is named as who directed
    "cong_an_va_so.txt": (
        "Công an tỉnh và Sở Tư pháp sơ kết 3 năm thực hiện quy chế phối hợp\n\n"
        "Ngày 5/12, Công an tỉnh và Sở Tư pháp tổ chức hội nghị sơ kết 3 năm thực hiện quy chế phối hợp. "
        "Trong 3 năm qua, được sự chỉ đạo của Tỉnh ủy, hai ngành đã phối hợp phổ biến pháp luật cho 12.000 lượt "
        "người. Tuy nhiên, việc trao đổi thông tin có lúc còn chậm. Thời gian tới, hai ngành tiếp tục phối hợp chặt chẽ."),
}


@pytest.fixture(scope="module")
def rules():
    return load_rules(None)


@pytest.mark.parametrize("name", sorted(OFF_TOPIC))
def test_stray_files_are_off_topic(rules, name):
    assert off_topic_reason(OFF_TOPIC[name], rules)


def test_a_party_committee_review_chaired_by_the_peoples_committee_chair_is_kept(rules):
    # a ward's Party committee reviews its month; the ward's chair chairs: a review, not a government meeting
    text = ("Hội nghị sơ kết công tác Đảng bộ phường tháng 11\n\n"
            "Chiều 30/11, Ban Chấp hành Đảng bộ phường tổ chức hội nghị sơ kết công tác tháng 11, đồng chí Chủ tịch "
            "UBND phường chủ trì. Trong tháng, Đảng ủy đã kết nạp 3 đảng viên mới. Tuy nhiên, việc thu nộp đảng phí "
            "còn chậm. Tháng 12, Đảng ủy tập trung chuẩn bị tổng kết năm.")
    assert not off_topic_reason(text, rules)


def test_a_terms_report_naming_the_students_games_is_kept(rules):
    # the students' games are one of the term's programmes: "nhiệm kỳ" makes it a review, not a sports page
    text = ("10 hoạt động tiêu biểu của Hội Sinh viên tỉnh nhiệm kỳ 2030-2035\n\n"
            "Nhiệm kỳ 2030-2035, Hội Sinh viên tỉnh triển khai nhiều chương trình thiết thực. Giải thể thao sinh "
            "viên: 5 năm qua có hơn 3.000 vận động viên tham gia thi đấu ở 12 môn; các đội bóng đá, bóng chuyền "
            "thi đấu vòng tròn. Chương trình “Tiếp sức mùa thi” thu hút 8.000 lượt hội viên.")
    assert not off_topic_reason(text, rules)


def test_a_pages_html_source_saved_as_text_is_read_as_shown(rules):
    # the entities hide the words of the genre ("Đo&agrave;n" is "Đoàn") until they are unescaped
    text = ("Tổng kết c&ocirc;ng t&aacute;c Đo&agrave;n c&aacute;c trường đại học năm học 2030 - 2031\n\n"
            "<p>Trong năm học, c&ocirc;ng t&aacute;c Đo&agrave;n v&agrave; phong tr&agrave;o Thanh ni&ecirc;n "
            "c&aacute;c trường đ&atilde; đạt nhiều kết quả; 12.000 đo&agrave;n vi&ecirc;n tham gia c&aacute;c "
            "hoạt động t&igrave;nh nguyện. Thời gian tới, c&aacute;c chi đo&agrave;n cần đổi mới nội dung.</p>")
    assert not off_topic_reason(text, rules)


def test_every_article_of_our_sets_is_of_the_genre(rules):
    files = sorted((ROOT / "inputs").glob("*.txt")) + sorted((ROOT / "tests/fixtures/articles").glob("*.txt"))
    assert len(files) > 100
    wrong = [f.name for f in files if off_topic_reason(read_document(f).text, rules)]
    assert not wrong


def test_real_articles_of_the_genre_are_kept_and_stray_pages_left_out(rules):
    """On the real-article development set (skipped when its texts are absent)."""
    import json

    realset = ROOT / "tests" / "realset"
    rows = [json.loads(line) for f in sorted((realset / "manifest").glob("*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if (realset / "texts" / r["file"]).is_file()]
    if not rows:
        pytest.skip("the real-article texts are not here (tests/realset/README.md)")
    wrong = [r["file"] for r in rows
             if bool(off_topic_reason((realset / "texts" / r["file"]).read_text(encoding="utf-8"), rules))
             == r.get("genre", True)]
    # Known and left as they are: genre pages of one to three sentences
    # (batch 53: a tag page's single figure, a one-sentence procedure page;
    # batch 203: the tail of a dialogue with workers, a council chair's two
    # sentences on a dialogue with young people) show too few signs of the
    # genre; borderline pages the annotators kept (batch 239: a commune's
    # security festival run by its security council, the Front not named;
    # batch 241: a Buddhist Sangha board's year review; batch 267: the opening
    # of the Youth Union central committee's plenum, its agenda and one remark;
    # batch 272: an excerpt that starts in the middle of a labour federation's
    # supervision, on the office it supervised; batch 281: a visit whose excerpt
    # holds no item; batch 295: a
    # Catholic solidarity committee's review; batch 301: a tag page's two
    # sentences; batch 302: a supervision excerpt that names no organisation;
    # batch 319: a two-sentence quotation naming no meeting). Four off-topic
    # pages are kept: batch 275, a bloc Party committee's review of Party
    # building, and batch 280, a commune Party congress, the Party committee
    # their only actor (a rule on Party-building words would drop five pages of
    # the genre); batch 289, an arts show for a Youth Union congress (the actors
    # of the genre, no review); batch 321, a district's committee for the
    # advancement of women inspected (a government body whose name holds the
    # Women's Union's words). Batches 322-361, at first scoring: genre pages
    # left out with one item or none, or naming no meeting or organisation
    # (b345-08, b354-08; b351-03 is kept since "CĐ cấp trên",
    # "Ủy ban Kiểm tra CĐ" are signs of a trade union, b361-04 and b441-20
    # since "khen thưởng" is a sign of the genre, b327-05 and b451-09 since a
    # member organisation named sentence after sentence is the page's subject); off-topic pages
    # kept whose only actors are a Party committee, a government or a company
    # union at its own business (b327-01, a town's economic half-year review;
    # b330-06, a Party inspection commission; b335-02, a company's workers'
    # conference; b337-02, a district's monthly economic meeting; b345-03, a
    # military Party committee; b353-02, an enterprise bloc Party committee's
    # production review; b359-10, a propaganda bulletin) or a Youth Union's
    # training day (b347-03). Batches 362-369, at first scoring: kept, an
    # education department's school-year review (b367-03, the teachers' union
    # not named); left out, a health-sector union named only as "CĐ ngành"
    # (b367-09; "CĐ ngành" is now a sign of a trade union). Batches 370-385, at
    # first scoring: kept, a district Party committee's review of Party building
    # and the economy (b376-03) and an agriculture department's year review
    # (b383-03); left out, genre pages with one organisation and no meeting
    # (b392-07, a fund's figures; b393-08, an excerpt starting mid-sentence on
    # a union's work in rented housing). Batches 394-401: left out, tag pages
    # and short leads of Hà Nội and Hồ Chí Minh City with one item or none
    # (b401-04, -05, -06, -10). Batches 402-412: left out, a city police
    # director's review of the security movement that names no Front or
    # organisation (b405-12), and a city's union of friendship organisations
    # (b411-05); kept, a provincial tourism association's congress (b411-11).
    # Batches 413-420: left out, a commune Women's Union's two-sentence note on
    # its models, naming no meeting (b420-17). Batches 423-426, at first
    # scoring: left out, two short paragraphs of a Youth Union draft report
    # (b424-12); kept, a labour paper's feature on textile workers' pay that
    # credits the union (b423-04). Batches 435-437, at first scoring: left out,
    # the border guard's work with the people (b436-01) and the ethnic
    # committee receiving village elders (b436-03), neither naming the Front
    # or an organisation. Batches 446-449, at first scoring: kept, a commune's
    # notice inviting residents to a dialogue with its chairman (b449-13).
    # Batches 469-471, at first scoring: left out, two short genre pages with
    # one sign each (b469-04, a people's inspection board's funding; b469-10,
    # a union's safety inspection of 94 firms, one paragraph). Batches 472-474,
    # at first scoring: left out, a city Front's self-management groups with
    # two signs (b472-01). Batches 484-486, at first scoring: left out, a
    # provincial religious-affairs board's quarterly meeting of state officers,
    # naming no Front or organisation (b484-03), and a ministry's two sentences
    # on the "use Vietnamese goods" campaign (b486-13); kept since, an
    # association's anniversary with its order of labour (b486-07, "huân
    # chương" is a sign of the genre's awards). Batches 495-497, at first
    # scoring: left out, a ward People's Council meeting its voters over
    # breakfast, naming no Front or organisation (b497-10). Batches 510-512:
    # left out, a union news listing with two snippets (b512-12) and a
    # two-sentence note on the Confederation's Tết tickets (b512-18).
    # Batches 513-515: left out, an association supporting martyrs' families,
    # naming no Front or organisation of the list (b514-06). Batches 519-521,
    # at first scoring: left out, a province's commendation of ethnic-minority
    # elders (b519-02), an army political-work inspection (b521-14) and a
    # police emulation cluster's review (b521-19), none naming the Front or an
    # organisation; the first two kept since ("người có uy tín", "công tác
    # đảng, công tác chính trị" are actors of the genre; so is b436-03 now).
    # Batches 522-524, at first scoring: left out, four pages of the Front's
    # smaller member organisations (b522-04, -06, -15, -19); kept since, with
    # b514-06, once those organisations were named among the actors.
    # Re-collected in the thirty-fifth session (pages of batches 1-412 whose
    # texts had been absent since the twenty-fourth): kept, a provincial
    # cooperative alliance's year review chaired by a vice-chairman of the
    # province (b349-07), a body outside the Front with a meeting of the genre.
    # Re-collected in the thirty-seventh session and held out from its rules:
    # b329-06, judged against its gold but not looked at (group 37-held-out).
    # Batches 528-530, at first scoring: kept, the text of a province's
    # regulation on how its People's Committee and the Front work together
    # (b529-11, off-topic: a legal text naming the Front throughout), left out
    # since by its title and legal bases; left out,
    # a central steering board's review of two projects for women, naming no
    # organisation (b528-09), and a province's farmers' congresses (b528-17),
    # kept since: "Đại hội đại biểu Nông dân" names the Farmers' Union.
    # Batches 531-535, at first scoring: kept, a province's vice-chairman
    # chairing the drafting team of a Party resolution on a crop (b531-18), a
    # news listing of a ministry's and a province's meetings (b532-14) and the
    # criteria of an emulation title (b535-04), all left out since (a People's
    # Committee chair chairing with no review, a ministry or a department
    # holding the meeting, which leaves out b383-03 too, the criteria title);
    # left out, a Students' Association's ten programmes of its term that
    # name its games (b535-16), kept since ("nhiệm kỳ" is a word of a review).
    # Batches 536-538, at first scoring: left out, a page's HTML source saved
    # with its entities ("c&ocirc;ng t&aacute;c Đo&agrave;n", b536-08), kept
    # since (its words are read unescaped), and a 2008 excerpt that names its
    # association only as "Hội" (b536-12).
    # Anything else is a regression.
    assert set(wrong) <= {"b53-03.txt", "b349-07.txt", "b53-04.txt", "b203-15.txt", "b203-16.txt",
                          "b239-05.txt", "b241-10.txt", "b267-05.txt", "b272-03.txt",
                          "b275-03.txt", "b280-06.txt", "b281-08.txt", "b289-07.txt",
                          "b295-06.txt", "b301-09.txt", "b302-11.txt",
                          "b319-08.txt", "b321-03.txt",
                          "b345-08.txt", "b354-08.txt",
                          "b327-01.txt", "b330-06.txt", "b335-02.txt", "b337-02.txt",
                          "b345-03.txt", "b347-03.txt", "b353-02.txt", "b359-10.txt",
                          "b367-03.txt", "b376-03.txt", "b392-07.txt", "b393-08.txt", "b420-17.txt", "b424-12.txt", "b423-04.txt", "b436-01.txt", "b449-13.txt",
                          "b401-04.txt", "b401-05.txt", "b401-06.txt", "b401-10.txt",
                          "b405-12.txt", "b411-05.txt", "b411-11.txt", "b469-04.txt", "b469-10.txt", "b484-03.txt", "b486-13.txt",
                          "b472-01.txt", "b497-10.txt", "b512-12.txt", "b512-18.txt", "b536-12.txt",
                          "b521-19.txt", "b329-06.txt", "b528-09.txt"}, wrong


def test_build_names_the_stray_file_and_leaves_it_out(tmp_path):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for f in sorted((ROOT / "inputs").glob("*.txt"))[:2]:
        (inputs / f.name).write_bytes(f.read_bytes())
    (inputs / "cong_thuc.txt").write_text(OFF_TOPIC["cong_thuc.txt"], encoding="utf-8")
    runner = CliRunner()
    out = tmp_path / "x.json"
    result = runner.invoke(app, ["extract", str(inputs), "--json", str(out)])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "cong_thuc.txt" in line]
    assert len(lines) == 1 and "không phải bài viết" in lines[0] and "--keep-off-topic" in lines[0]
    assert "cong_thuc" not in out.read_text(encoding="utf-8")
    result = runner.invoke(app, ["extract", str(inputs), "--json", str(out), "--keep-off-topic"])
    assert result.exit_code == 0 and "cong_thuc" in out.read_text(encoding="utf-8")


# Pages of the genre that show few of its signs (each kept by a cue of its own)
FEW_SIGNS = {
    # the Youth Union named only as "T.Ư Đoàn" / "Tổ chức Đoàn" / "toàn Đoàn"
    "a_meeting_of_the_youth_unions_central_committee": (
        "Chiều 8.1, tại Hà Nội đã diễn ra Hội nghị Ban Chấp hành T.Ư Đoàn lần thứ 8, khóa XII.\n"
        "Báo cáo tại hội nghị cho thấy công tác Đoàn, phong trào thanh thiếu nhi năm 2025 đã có nhiều kết quả. "
        "Tổ chức Đoàn đã triển khai phong trào thi đua \"Bình dân học vụ số\"; toàn Đoàn đã vận động kinh phí "
        "hỗ trợ xây dựng, sửa chữa 4.154 căn nhà."
    ),
    # the Front's campaign named, the Front itself not: "Ban vận động thị xã"
    "a_review_of_the_fronts_fund_for_the_poor": (
        "Tổng kết cuộc vận động Quỹ “Vì người nghèo” năm 2026\n\n"
        "Năm 2026, toàn thị xã vận động được gần 600 triệu đồng, tăng 80 triệu đồng so với năm trước. "
        "Từ số tiền này đã hỗ trợ hộ nghèo xây mới, tu sửa 25 nhà đại đoàn kết. "
        "Tuy nhiên, vẫn còn 12 đơn vị chưa ủng hộ quỹ."
    ),
    # the Front's boards: the people's inspection board and the community's supervision of investment
    "a_review_of_a_wards_peoples_inspection_board": (
        "Năm 2024, Ban Thanh tra nhân dân đã giám sát và phối hợp với Ủy ban nhân dân phường An Lạc giải quyết "
        "thành công 8 đơn thư của công dân. Cũng trong năm qua, Ban Giám sát đầu tư cộng đồng phường đã tham gia "
        "giám sát 6 công trình trên địa bàn, được Ủy ban Mặt trận thành phố xếp thứ 2 trong phong trào thi đua."
    ),
    # one organisation named, a conference, results, and the work itself: democracy at the workplace, agreements
    "a_labour_federations_review_of_workplace_democracy": (
        "Vẫn còn thỏa ước có điều khoản trái luật\n\n"
        "Bên cạnh đó, 280/590 doanh nghiệp đã xây dựng quy chế dân chủ ở cơ sở. Về thương lượng thỏa ước lao động "
        "tập thể, hiện có 290 doanh nghiệp đã ký kết nhưng chỉ 15% thỏa ước đạt loại A.\n"
        "Tại hội nghị, Liên đoàn Lao động quận khen thưởng 20 đơn vị có thành tích trong thực hiện quy chế dân chủ."
    ),
    # an association's anniversary: its award and its report, no meeting named
    "an_associations_anniversary_with_its_award": (
        "Sáng 5/12, Hội Nạn nhân chất độc da cam/dioxin tỉnh long trọng kỷ niệm 15 năm thành lập và đón nhận "
        "Huân chương Lao động hạng Nhì. Từ những ngày đầu thành lập, Hội đã gặp không ít khó khăn. Hội đã từng "
        "bước khẳng định vai trò, trở thành mái nhà chung của các nạn nhân. Hội đã giúp hơn 2.000 nạn nhân có "
        "cuộc sống ổn định hơn."
    ),
    # the association named only as "Thành hội" and by its statute
    "a_city_associations_congress_review": (
        "Đại hội thực hiện đúng nguyên tắc, phát huy dân chủ; nhân sự được bầu vào Ban Chấp hành khóa mới đúng yêu "
        "cầu. Các tiểu ban phục vụ nghiên cứu nắm chắc Điều lệ Hội, chủ động tham mưu cho Thường trực Thành hội.\n"
        "Bên cạnh đó vẫn còn những hạn chế: một số tham luận còn dàn trải, chưa đề xuất được biện pháp thực hiện "
        "nhiệm vụ nhiệm kỳ tới."
    ),
    # an excerpt that starts mid-article: members, loans and training, no meeting named
    "the_middle_of_a_veterans_review": (
        "Hội viên hiến trên 6.000 m2 đất, 150.000 ngày công xây dựng đường liên thôn bản. Các cấp Hội phối hợp mở "
        "33 lớp tập huấn khuyến nông cho gần 1.100 hội viên. Hội tín chấp trên 300 tỷ đồng vốn từ Ngân hàng "
        "Chính sách xã hội cho hội viên vay phát triển sản xuất; các cấp Hội xóa được 49 nhà tạm cho hộ nghèo."
    ),
    # the Front's work with religions: dignitaries and followers, no meeting named
    "the_middle_of_a_review_of_work_with_religions": (
        "Những năm qua, các chức sắc, tín đồ các tôn giáo trong huyện yên tâm thực hiện tốt “Việc đạo, việc đời”, "
        "tích cực hưởng ứng cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư”.\n"
        "Phát huy tinh thần đó, các vị chức sắc tiếp tục tuyên truyền, vận động bà con thực hiện tốt chủ trương "
        "của Đảng, pháp luật của Nhà nước."
    ),
    # a district labour federation named only as "LĐLĐ", its grassroots unions as "CĐ cơ sở"
    "the_middle_of_a_district_unions_report": (
        "Theo khảo sát, trên địa bàn quận có 304 doanh nghiệp có từ 20 lao động trở lên. Qua tuyên truyền, LĐLĐ "
        "quận đã thành lập 91 CĐ cơ sở.\n"
        "Các CĐ cơ sở đã đăng ký thực hiện 32 sáng kiến cải tiến kỹ thuật; 5 tập thể được tặng cờ vững mạnh xuất sắc."
    ),
    # the Front's campaign for Vietnamese goods, reviewed in a leader's words
    "a_leaders_words_on_the_campaign_for_vietnamese_goods": (
        "Đánh giá cao thành quả thực hiện cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tại tỉnh, "
        "Chủ tịch Ủy ban MTTQ tỉnh cho rằng thói quen tiêu dùng của người dân đã thay đổi. Thời gian tới cần đổi "
        "mới công tác tuyên truyền, sát với từng đối tượng."
    ),
    # a leader's words about the Front: its supervision and the people's opinions
    "a_leaders_words_about_the_front": (
        "Chủ tịch tỉnh đánh giá cao nỗ lực đổi mới của Mặt trận Tổ quốc tỉnh. Thời gian qua, Mặt trận đã giám sát "
        "hoạt động của đại biểu dân cử, tập hợp ý kiến, kiến nghị của cử tri để phản ánh với chính quyền."
    ),
    # the Women's Union's project over several years, no meeting and no "kết quả"
    "a_womens_union_project_over_five_years": (
        "Thực hiện Đề án “Hỗ trợ phụ nữ khởi nghiệp” giai đoạn 2017 - 2025, các cấp Hội phụ nữ trong tỉnh đã "
        "triển khai nhiều hoạt động. Qua 5 năm triển khai, toàn tỉnh có hơn 350 ý tưởng tham gia hội thi."
    ),
    # the Youth Union's summer campaign, the Union itself not named
    "a_summer_volunteer_campaign": (
        "Chiến dịch Thanh niên tình nguyện hè thành phố năm 2020 thu hút gần 400.000 lượt thanh niên tham gia, "
        "thực hiện nhiều công trình, phần việc ý nghĩa. Đã có nhiều công trình an sinh xã hội được thực hiện."
    ),
    # the national labour confederation named only as "Tổng LĐLĐVN"
    "a_meeting_of_the_labour_confederations_presidium": (
        "Tiếp đó, Đoàn Chủ tịch đã cho ý kiến vào Dự thảo báo cáo kết quả công tác 5 tháng đầu năm, nhiệm vụ "
        "những tháng cuối năm 2014. Báo cáo sẽ được thông qua tại hội nghị lần thứ tư BCH Tổng LĐLĐVN."
    ),
    # the Front's campaign day for security, and the Red Cross's Tết campaign (a member of the Front)
    "the_security_festival_reviewed": (
        "Hội nghị tổng kết Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2022. Ngày hội đã được tổ chức với nhiều "
        "hoạt động phong phú, đạt kết quả thiết thực; toàn tỉnh có 180 điểm tổ chức."
    ),
    "the_red_cross_tet_campaign": (
        "Theo báo cáo của Hội Chữ thập đỏ tỉnh, kết quả vận động quà Tết năm 2024: Ban chỉ đạo các cấp đã tiếp "
        "nhận trên 4,6 tỷ đồng, tương đương 12.030 suất quà."
    ),
    # the Farmers' Union's district congresses all held: the only signs are the congress itself
    "the_farmers_union_congresses_all_held": (
        "Đến nay, 100% Hội Nông dân cấp huyện trong tỉnh đã tổ chức thành công đại hội nhiệm kỳ 2023 - 2028. "
        "Các đại hội bầu ban chấp hành đảm bảo tiêu chuẩn, cơ cấu, số lượng."
    ),
    # the Young Pioneers' congress at a school (the Youth Union runs the Pioneers)
    "a_school_pioneers_congress": (
        "ĐẠI HỘI LIÊN ĐỘI TRƯỜNG TIỂU HỌC HÒA BÌNH NĂM HỌC 2026 - 2027\n"
        "Chiều 28/10, Liên đội đã tổ chức Đại hội, nhìn lại thành tích năm học vừa qua và đề ra phương hướng, "
        "nhiệm vụ năm học mới. Năm học qua, 100% đội viên thực hiện tốt 5 điều Bác Hồ dạy."
    ),
    # the organisation behind the movement not named: only "phong trào nông dân thi đua ..."
    "a_conference_of_the_farmers_movement": (
        "Sắp diễn ra Hội nghị biểu dương nông dân giỏi của tỉnh\n"
        "Dự kiến có 150 đại biểu được biểu dương. Trong 5 năm qua, mỗi năm có hơn 90.000 hộ đăng ký danh hiệu "
        "phong trào nông dân thi đua sản xuất, kinh doanh giỏi."
    ),
    # a union's results, no meeting named: the union named in sentence after sentence
    "a_farmers_union_results_report": (
        "Hội Nông dân huyện tín chấp cho hội viên vay vốn\n"
        "Đến tháng 9/2027, Hội Nông dân huyện đã tín chấp cho 5.200 hộ vay hơn 150 tỷ đồng. "
        "Ngoài ra, Hội Nông dân huyện còn phối hợp cung ứng 300 tấn phân bón trả chậm cho bà con."
    ),
    # a sector trade union named only by its abbreviation "CĐ ngành"
    "a_sector_union_by_its_abbreviation": (
        "Qua một năm triển khai, 100% CĐ cơ sở đã đưa việc học tập và làm theo Bác vào sinh hoạt định kỳ; "
        "mỗi đoàn viên đăng ký một việc làm cụ thể. "
        "Dịp này, CĐ ngành Giáo dục huyện đã biểu dương 35 nhà giáo tiêu biểu."
    ),
    # other member organisations of the Front, named by their own name only
    "the_agent_orange_victims_association": (
        "Sáng 10-12, Hội Nạn nhân chất độc da cam/dioxin tỉnh tổ chức hội nghị Ban chấp hành lần thứ tư. "
        "Năm 2027, hội đã vận động được hơn 12 tỷ đồng, hỗ trợ sửa chữa 40 ngôi nhà cho nạn nhân."
    ),
    # a Party secretary's dialogue with the people: what the voters raised, what he ordered
    "a_party_secretarys_dialogue_with_voters": (
        "Cử tri kiến nghị, phản ánh một số vấn đề liên quan đến hạ tầng\n"
        "Tại buổi đối thoại, Bí thư Đảng ủy phường trực tiếp lắng nghe và giải trình. Đối với những vấn đề thuộc "
        "thẩm quyền của phường, đồng chí chỉ đạo các bộ phận liên quan khẩn trương rà soát, xử lý dứt điểm trong "
        "thời gian tới; những vấn đề khác sẽ báo cáo cấp trên."
    ),
    "the_elderly_association_review": (
        "Hội Người cao tuổi phường tổng kết năm 2027\n"
        "Năm qua, các chi hội đã tổ chức 24 buổi sinh hoạt, thăm hỏi 150 cụ ốm đau; "
        "năm 2028, hội tiếp tục vận động xây dựng quỹ chăm sóc người cao tuổi."
    ),
    "the_union_of_science_associations_review": (
        "Liên hiệp các hội khoa học và kỹ thuật tỉnh triển khai 313 đề tài, sáng kiến\n"
        "Thông tin được đưa ra tại hội nghị tổng kết năm 2027 của Liên hiệp các hội khoa học và kỹ thuật tỉnh. "
        "Năm 2027, Liên hiệp đã triển khai 313 đề tài, dự án với tổng kinh phí trên 29 tỷ đồng."
    ),
    # a ward's festival of the Front told in three lines: the families it honoured are a sign too
    "a_wards_front_festival_in_three_lines": (
        "Ngày hội Đại đoàn kết toàn dân tộc ở phường An Bình\n"
        "Thực hiện kế hoạch của Ủy ban MTTQ phường, các khu phố đã tổ chức ngày hội. "
        "Có 12/12 khu phố tổ chức phần lễ; dịp này đã khen thưởng 95 gia đình tiêu biểu."
    ),
    # a sector union caring for the workers' living, the company's figures around it
    "a_sector_union_caring_for_the_workers_living": (
        "Chăm lo đời sống công nhân cao su\n"
        "Tổng doanh thu của tập đoàn năm 2027 đạt 15.401 tỉ đồng. Trong năm, Công đoàn ngành đã phối hợp tổ "
        "chức nhiều hoạt động nhằm tháo gỡ khó khăn, bảo đảm đời sống người lao động."
    ),
    # a member organisation of the Front named sentence after sentence: the page's subject
    "the_elderly_association_named_again_and_again": (
        "Hội thảo về vai trò của người cao tuổi\n"
        "Ngày 20/9, Hội Người cao tuổi tỉnh tổ chức hội thảo về tháng hành động vì người cao tuổi. "
        "Đến dự có lãnh đạo Trung ương Hội Người cao tuổi Việt Nam. "
        "Trong thời gian qua, các cấp Hội Người cao tuổi của tỉnh đã thăm hỏi, tặng quà cho người cao tuổi neo "
        "đơn. Tuy nhiên, công tác phối hợp với các ngành còn hạn chế."
    ),
    # a short commentary on mass-mobilisation initiatives "in recent years": the period is a sign
    "a_commentary_on_mass_mobilisation_in_recent_years": (
        "Trong mấy năm nay, từ thực tiễn công tác dân vận, cấp ủy Đảng ở nhiều xã đã có sáng kiến giao "
        "cán bộ phụ trách từng nhóm hộ. Tuy đây mới chỉ là sáng kiến của một số nơi, cách làm này đã "
        "cho thấy rõ hiệu quả của nó."
    ),
    # a ward farmers' union's short report of its help to members: named twice, then "Hội cũng đã ..."
    "a_ward_farmers_union_named_then_called_hoi": (
        "Từ đầu năm đến nay, Hội Nông dân phường An Thạnh đã tổ chức 2 lớp tập huấn kỹ thuật trồng rau cho "
        "150 hội viên. Hội cũng đã tổ chức cho hội viên đi tham quan mô hình trồng nấm.\n"
        "Hiện Hội Nông dân phường An Thạnh đang quản lý 3 tổ vay vốn với dư nợ 1,8 tỷ đồng."
    ),
    # a Party committee leading the implementation of a resolution on veterans' work
    "the_party_committee_leading_the_veterans_work": (
        "Cấp ủy các cấp tăng cường lãnh đạo công tác cựu chiến binh\n"
        "Đảng bộ huyện đã lãnh đạo thực hiện Nghị quyết số 09-NQ/TW về công tác cựu chiến binh; "
        "hội CCB các cấp đổi mới nội dung, tích cực tham gia các cuộc vận động."
    ),
    # a province honouring ethnic-minority elders, work the Front coordinates, naming no organisation
    "a_province_honouring_ethnic_minority_elders": (
        "Tỉnh biểu dương 60 người có uy tín trong đồng bào dân tộc thiểu số\n"
        "Ngày 17/3, tỉnh tổ chức hội nghị biểu dương người có uy tín năm 2027. Thời gian qua, già làng, "
        "trưởng bản đã vận động bà con giữ gìn an ninh trật tự, phát triển sản xuất."
    ),
    # the Front's smaller member organisations, named by their own names only
    "the_cooperative_alliances_review": (
        "Liên minh Hợp tác xã tỉnh tổng kết năm 2027\n"
        "Năm 2027, toàn tỉnh thành lập mới 35 hợp tác xã, nâng tổng số lên 412 hợp tác xã; doanh thu bình quân "
        "tăng 12% so với năm trước. Tuy nhiên, nhiều hợp tác xã còn gặp khó khăn về vốn."
    ),
    "the_association_for_the_disabled_and_orphans": (
        "Ngày 17/01/2028, Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh tổ chức hội nghị Ban Chấp hành. "
        "Năm 2027, Hội đã vận động được 2,5 tỷ đồng, hỗ trợ sinh kế cho 120 người khuyết tật."
    ),
    # the Front's friendship organisations (a member), named once, reviewing their year
    "the_friendship_organisations_review": (
        "Nhìn lại những kết quả đạt được trong năm 2027, ông Trần Văn Hòa, Chủ tịch Liên hiệp các tổ chức "
        "hữu nghị tỉnh nhấn mạnh những thành tựu của công tác đối ngoại nhân dân. Năm 2028, Liên hiệp tiếp "
        "tục vận động các dự án viện trợ cho người nghèo."
    ),
    # the Front's two-sentence note that the district congresses are held
    "the_front_reviewing_its_congresses_in_two_sentences": (
        "Ủy ban MTTQ Việt Nam tỉnh vừa sơ kết công tác tổ chức đại hội cấp huyện, tiến tới Đại hội MTTQ tỉnh "
        "nhiệm kỳ 2029-2034. Theo đó, 9/9 huyện đã tổ chức xong đại hội."
    ),
    # a province's farmers' congresses: "Đại hội đại biểu Nông dân" names the Farmers' Union
    "the_farmers_congresses_of_a_province": (
        "Chỉ trong 2 tháng đầu năm, gần 50% số xã của tỉnh đã tổ chức thành công Đại hội đại biểu Nông dân "
        "nhiệm kỳ 2028 – 2033. Tỉnh đã bước đầu đạt được những thành công và hướng tới Đại hội cấp tỉnh."
    ),
    # the army's Party work and political work inspected, naming no organisation
    "an_inspection_of_the_armys_party_and_political_work": (
        "Ngày 24-10, đoàn kiểm tra của Tổng cục Chính trị đã kiểm tra công tác đảng, công tác chính trị tại "
        "Bộ Chỉ huy quân sự tỉnh. Năm 2027, đơn vị đã hoàn thành tốt nhiệm vụ huấn luyện; tuy nhiên, một "
        "số mặt còn hạn chế."
    ),
}


@pytest.mark.parametrize("name", sorted(FEW_SIGNS))
def test_pages_of_the_genre_with_few_signs_are_kept(rules, name):
    assert off_topic_reason(FEW_SIGNS[name], rules) == ""


def test_a_dialogue_of_the_leaders_with_farmers_is_of_the_genre():
    text = ("Hội nghị đối thoại với nông dân tỉnh\n"
            "Trong hàng loạt tồn tại, bất cập mà nông dân đã phản ánh với lãnh đạo tỉnh tại Hội nghị đối thoại, "
            "đáng chú ý là tình trạng thiếu nước sinh hoạt ở vùng núi; cơ sở hạ tầng yếu và thiếu.")
    assert off_topic_reason(text, load_rules()) == ""


def test_a_regulation_saved_into_the_folder_is_left_out_but_a_report_citing_its_bases_is_kept():
    header = ("ỦY BAN NHÂN DÂN\nỦY BAN MTTQ VIỆT NAM\nTỈNH AN PHÚ\n-------\n"
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
              "Số: 02/QCPH/UBND-UBMTTQ\nAn Phú, ngày 12 tháng 3 năm 2027\n")
    bases = ("Căn cứ Luật Mặt trận Tổ quốc Việt Nam ngày 09/6/2015;\n"
             "Căn cứ Nghị quyết liên tịch số 19/2008 về Quy chế phối hợp công tác của Chính phủ và Ủy ban Trung "
             "ương Mặt trận Tổ quốc Việt Nam;\n")
    regulation = (header + "QUY CHẾ\nPHỐI HỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN TỈNH VÀ ỦY BAN MẶT TRẬN TỔ QUỐC "
                  "VIỆT NAM TỈNH GIAI ĐOẠN 2027-2031\n" + bases +
                  "Để tăng cường sự phối hợp công tác giữa Ủy ban nhân dân tỉnh và Ủy ban MTTQ Việt Nam tỉnh, "
                  "hai bên thống nhất ban hành Quy chế phối hợp công tác như sau: Điều 1. Phạm vi điều chỉnh.")
    reason = off_topic_reason(regulation, load_rules())
    assert "văn bản quy định" in reason and "QUY CHẾ" in reason
    report = (header + "BÁO CÁO\nKết quả thực hiện Quy chế phối hợp năm 2027\n" + bases +
              "Năm 2027, Ủy ban MTTQ tỉnh đã phối hợp với Ủy ban nhân dân tỉnh tổ chức 12 cuộc giám sát; "
              "các tổ chức thành viên vận động xây dựng 150 nhà Đại đoàn kết. Tuy nhiên, công tác phản biện xã "
              "hội còn hạn chế. Năm 2028, Mặt trận tiếp tục nâng cao chất lượng giám sát.")
    assert off_topic_reason(report, load_rules()) == ""
