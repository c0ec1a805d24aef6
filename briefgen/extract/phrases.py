"""Phrases the classifier looks for inside a sentence (briefgen.extract.classify).

Kept apart from the walk itself so that each pattern sits with the example
of the genre that made it necessary.
"""
from __future__ import annotations

import re

from briefgen.extract.periods import DONE, EXCEEDED
from briefgen.extract.rules import FLAGS

# a figure reached, stated as a fact: not something to do; not a span of time
# ("phát huy những thành tích đã đạt được trong 6 tháng qua")
FIGURE_REACHED = re.compile(
    # a range ("xây dựng được 3-5 vườn mẫu", "kết nạp 30-60 hội viên") is a target, not a figure reached
    r"\b(?:đã|được)\s+(?:[^\s,;]+\s+){0,3}?\d(?![\d.,]*\s*(?:tháng|quý|năm)\b)(?![\d.,]*\s?[-–]\s?\d)|\blà\s+\d[\d.,]*\s*(?:ha\b|đ\b|đồng|triệu|tỷ|tỉ|hội viên|đoàn viên|người|hộ\b|%)"
    r"|\bđến (?:nay|thời điểm)\b|\bvới tổng (?:số tiền|trị giá|kinh phí)\b"
    # "..., có 45 người tham dự", "thu hút 8.690 hội viên tham gia": who came (15 of 15 annotated: results)
    r"|\b(?:có|thu hút) (?:gần |hơn |trên )?\d[\d.]* (?:người|lượt người|lượt|đại biểu|hội viên|đoàn viên|thanh niên|hộ)"
    r" (?:tham dự|tham gia)\b"
    # "..., tăng 116 hộ so với năm 2019": compared with the year before, a figure reached
    r"|\b(?:tăng|giảm) (?:hơn |gần |trên )?\d[\d.,]*\s*(?:%|\w+) so với (?:cùng kỳ|năm \d{4}|năm trước)", FLAGS)
CATEGORIES = ("achievement", "limitation", "task")
EXPLAINS = re.compile(r"[^;:]{0,30}?\s*(?:đó là|cụ thể là|như|gồm|là)\s*:?\s*", FLAGS)
# praise, then what it singles out: "ghi nhận những thành quả đã đạt được ...,
# đặc biệt đã tổ chức thành công Đại hội ...": the part singled out is a result
PRAISE_HIGHLIGHT = re.compile(r"[^;]*?\b(?:ghi nhận|biểu dương|đánh giá cao|hoan nghênh|khen ngợi)\b[^;]*?,\s*"
                              r"(?:đặc biệt|nhất là)(?: là)?\s+(?!(?:đánh giá cao|ghi nhận|biểu dương|khen ngợi)\b)", FLAGS)
OPENS_QUOTE = re.compile(r'\s*["“«]')
CLOSES_QUOTE = re.compile(r'["”»]')
# a sentence about one named person (the chair, a leader), not the delegates
A_LEADER = re.compile(r"\W*(?:đồng chí|đ/c|ông|bà)\s", FLAGS)
# "Chủ tịch ... báo cáo sơ kết 9 tháng cụ thể: Nhân dân ...": the report's content follows
# "Hội nghị đã đánh giá kết quả ... với các hoạt động tiêu biểu như: ...": the frame, then its content
AS_FOLLOWS = re.compile(r"\s(?:cụ thể(?: như)?|như sau|sau đây|(?:hoạt động|kết quả|thành tích|việc làm)(?: tiêu biểu| nổi bật)? như)"
                        r"\s*:\s*(?=\S)", FLAGS)
# "Hội nghị tập trung thảo luận, đề ra các giải pháp tháo gỡ những khó khăn: tỷ lệ giải ngân ... thấp; ...":
# after the frame, the difficulties it names
DIFFICULTIES_LISTED = re.compile(r"\b(?:những|các|một số) (?:khó khăn|vướng mắc|hạn chế|tồn tại|bất cập)"
                                 r"(?:(?:,| và) (?:khó khăn|vướng mắc|hạn chế|tồn tại|bất cập))*"
                                 r"(?: (?:như|sau|là|sau đây))?\s*:\s*(?=\S)", FLAGS)
# "... và ký kết giao ước thi đua năm 2019 với 6 nội dung: Triển khai ...; thi đua ...", "... phát động phong
# trào thi đua với một số chỉ tiêu: Phấn đấu ...": what was signed or launched is to be done
PLEDGED_CONTENTS = re.compile(r"\b(?:ký(?: kết)?\s+(?:bản\s+)?(?:giao ước|quy chế|chương trình|kế hoạch|cam kết)"
                              r"|phát động\s+(?:(?:đợt|phong trào|cuộc vận động)\s+)?(?:thi đua\b)?)[^.;:]{0,80}?"
                              r"\b(?:với|gồm|có) (?:\d+|các|những|một số) (?:nội dung|tiêu chí|chỉ tiêu|nhóm nội dung|nhiệm vụ)"
                              r"(?: (?:chính|chủ yếu|trọng tâm|thi đua|cụ thể))?\s*(?:như sau|sau|như)?\s*:\s*(?=\S)", FLAGS)
# "... đã ký kết chương trình phối hợp với các mục tiêu, phân công nhiệm vụ cụ
# thể ... trong các lĩnh vực như:": what a pact signed at the meeting covers
# is to be done, even after the results part (a list introduction)
SIGNED_FOR = re.compile(r"\bký(?: kết)?\s+(?:bản\s+)?(?:giao ước|quy chế|chương trình|kế hoạch|cam kết)\b[^.;:]{0,200}"
                        r"\b(?:nội dung|tiêu chí|chỉ tiêu|mục tiêu|nhiệm vụ|lĩnh vực)\b[^.;:]{0,80}$", FLAGS)
# "Hội nghị đã ... đề ra ... phương hướng hoạt động trong nửa nhiệm kỳ còn lại, tiếp tục đẩy mạnh ...": the content
FRAME_TAIL = re.compile(r",\s*(?:trong đó|cụ thể là|cụ thể|nhất là|trọng tâm là|đó là)\s*[,:]?\s*|,\s*(?=tiếp tục\b)"
                        r"|(?<!thống nhất)\s(?:với|nhằm) (?:các |những )?mục tiêu(?: chung)?(?: là)?\s*[,:]?\s*(?=\w)", FLAGS)
# "Tại hội nghị, ... đã báo cáo ..., lãnh đạo 03 cơ quan đều thống nhất đánh giá
# năm 2019, lãnh đạo 03 cơ quan đã phối hợp thường xuyên ...": what they agreed on is the assessment
AGREED_ASSESSMENT = re.compile(r",\s*(?:[^,.;:]{0,40}?\s)?(?:đều |cùng )?(?:thống nhất|nhất trí) đánh giá"
                               r"(?: (?:cao )?(?:rằng|là))?(?: (?:năm|quý|giai đoạn|nhiệm kỳ) [^,.;:]{0,25})?\s*[,:]\s*", FLAGS)
# "Tại hội nghị, Ban Thường trực đã thông báo ..., đề nghị các Ban CTMT tập
# trung vào những nội dung: ...": the procedure, then a directive's list
DIRECTS_LIST = re.compile(r",\s*(?:đồng thời\s+)?(?=(?:đề nghị|yêu cầu)\b[^.;:]{0,200}:)", FLAGS)
# "Năm 2021 là năm tổ chức đại hội ..., vì vậy các Ban CTMT cần ...": the
# occasion, then what must be done because of it
THEREFORE = re.compile(r",\s*(?:vì vậy|vì thế|do đó|do vậy|bởi vậy|cho nên)\s*,?\s*", FLAGS)
BARE_DIRECTIVE = "lời chỉ đạo ở đầu vế câu"
# "Các đại biểu đã trao đổi, ..., đồng thời chia sẻ một số khó khăn về nhân sự,
# kinh phí ... và đề xuất ...": the discussion is procedure, the difficulties it
# names are the period's shortcomings when it says what they are ("về ...",
# "như ...", "do ...", "bị ..."), not "những khó khăn trong triển khai nhiệm vụ"
NAMED_DIFFICULTIES = re.compile(
    r"\b(?:nêu|nêu lên|nêu ra|chia sẻ|làm rõ|phản ánh|chỉ ra|chỉ rõ)\s+(?=(?:một số|những|các|nhiều) "
    r"(?:khó khăn|vướng mắc|hạn chế|bất cập|tồn tại)\b(?:,? (?:khó khăn|vướng mắc|hạn chế|bất cập|tồn tại))?"
    r"\s+(?:về\s+\w|(?:trong|như|do|quanh|xung quanh|liên quan đến)\s+[^.;]{0,100}?\b(?:như|do|bị)\b))", FLAGS)
# "nhiều thành viên ... đã thẳng thắn thừa nhận đã làm chưa tốt nhiệm vụ ...": what they admit
# (not "nhìn nhận những hạn chế, tồn tại": shortcomings announced, none named)
ADMITTED = re.compile(r"\b(?:thừa nhận|tự nhận|nhìn nhận)\s+(?=[^.;]{0,40}\b(?:chưa|còn (?:hạn chế|yếu|thiếu|chậm))\b)", FLAGS)
THEN_PROPOSED = re.compile(r",? và (?:đề xuất|kiến nghị|đề nghị|cùng bàn|bàn)\b", FLAGS)
# "..., đồng thời nhấn mạnh trong năm 2022, các cấp Hội cần ...": the stress falls on a task
EMPHASIS_TASK = re.compile(r"(?:nhấn mạnh|mong muốn)\s*[,:]?\s*(?=[^.;]{0,120}\b(?:cần(?! (?:thơ|giờ|giuộc|đước)\b)|phải)\b)", FLAGS)
# "đánh giá cao những kết quả nổi bật ... trong công tác giáo dục chính trị,
# tư tưởng, ...": praise that names what was done well says something
PRAISED_RESULTS = re.compile(r"(?:những |các )?(?:kết quả|thành tích)\b", FLAGS)  # not "tinh thần", "sự nỗ lực"
PRAISE_COUNTS = re.compile(r"\b(?:với|gồm|có|như)\s+(?:gần |hơn |trên |khoảng )?\d[\d.,]*\s+\w+", FLAGS)
PRAISE_NAMES_AREAS = re.compile(r"\b(?:trong|về) (?:công tác|việc|lĩnh vực|các lĩnh vực|phong trào|các phong trào|hoạt động|phát triển)\b|\b(?:nhất là|đặc biệt là)\b"
                                r"|\btrong đó\b[^.;:]{0,30}?\b(?:là|như)\b", FLAGS)  # "..., trong đó 2 kết quả nổi bật là ..."
# after a colon, only quoted names ("như: “Mừng Đảng – Mừng Xuân”, “Tháng thanh
# niên”"): they complete the sentence before them, they are not items
NAMES_LISTED = re.compile(r"\s*(?:[“\"«][^”\"»]{1,80}[”\"»]\s*(?:,|;|và|…|\.\.\.)?\s*){2,}(?:và\s*)?[.;…]?\s*$", FLAGS)
# a clause that names the coming period; unlike a modal it does not open the
# tasks for the sentences after it (a framing sentence names it too)
NEXT_NOTE = "nói tới việc của kỳ tới (6 tháng cuối năm, thời gian tới)"
NEXT_MENTION = re.compile(r"\b(?:(?:6|sáu) tháng cuối năm|những tháng (?:cuối|còn lại)|(?:thời gian|năm|quý|kỳ|nhiệm kỳ) tới"
                          r"|thời gian đến(?! nay)|sắp tới|(?:chương trình hành động|phương hướng|mục tiêu)[^.;]{0,40} nhiệm kỳ mới"
                          r"(?! (?:bám sát|sát với|phù hợp với|được xây dựng)\b))\b", FLAGS)  # not the documents judged
# "...; trong thời gian tới, tổ chức Hội phải ...; phối hợp ...", "...; đồng thời mong
# muốn trong nhiệm kỳ tới, BCH khóa mới tiếp tục ...; khắc phục ...": a clause that
# turns to the next period ("..., trong thời gian tới, ...") turns the rest of the
# sentence to it (a mention at its end, "... hoàn thành nhiệm vụ trong 6 tháng cuối
# năm", does not); searched in the clause's own text
NEXT_OPENS = re.compile(r"(?:^|[;,:])\W*(?:[^,;:.]{0,60}?\b(?:mong muốn|mong|đề nghị|yêu cầu)\s+)?(?:trong |từ nay đến |đến |bước vào |sang )?"
                        r"(?:(?:6|sáu) tháng cuối năm(?: \d{4})?|những tháng (?:cuối|còn lại)[^,;:.]{0,20}"
                        r"|(?:thời gian|năm|quý|kỳ|nhiệm kỳ|giai đoạn) tới|thời gian đến|sắp tới)\s*,", FLAGS)
# "... xây dựng phương hướng, mục tiêu, nhiệm vụ và giải pháp trong nhiệm kỳ
# tới", "đề xuất hoạt động phối hợp trong thời gian tới": the next period's
# plans only named (the meeting's business), none of them stated
PLANS_NAMED = re.compile(r"\b(?:phương hướng|nhiệm vụ|mục tiêu|giải pháp|hoạt động|kế hoạch|chương trình|định hướng|chỉ tiêu)\b"
                         r"[^.;]{0,60}?\b(?:thời gian|nhiệm kỳ|năm|quý|kỳ) tới\b", FLAGS)
PLANS_NAMED_NOTE = "chỉ nói tới kế hoạch, nhiệm vụ của kỳ tới, không nêu việc gì"
# ... unless the sentence reports or judges ("đã bám vào định hướng", "đánh giá
# được vai trò ... và đề ra phương hướng ... nhiệm kỳ tới thiết thực")
DONE_OR_JUDGED = re.compile(r"\b(?:đã|được|thiết thực|sát với|phù hợp|đúng)\b", FLAGS)
ISSUES_DISCUSSED = re.compile(r"\W*(?:trong đó,?\s*)?(?:tập trung|xoay quanh)(?: vào)? (?:một số |các |những )?vấn đề(?: như| sau| là)?\s*$", FLAGS)
REPORTED_DIRECTION = re.compile(r"(?:chỉ đạo|quán triệt)\b", FLAGS)
# ... not the speaker's own: "X ghi nhận ...; đồng thời, chỉ đạo Công an tỉnh tiếp tục ..."
SPEAKER_ALSO_DIRECTS = re.compile(r"\W*đồng thời,?\s+(?:chỉ đạo|quán triệt)\b", FLAGS)
# who directed, when a body did ("Ban Thường vụ Huyện ủy", "các cấp ủy",
# "Thường trực Hội"), possibly after a time ("Trong tháng 7, Đảng ủy ...")
BODY_DIRECTED = re.compile(
    r"\W*(?:[^,;.:]{0,40},\s*)?(?:(?:hàng|hằng|mỗi) (?:năm|quý|tháng) |định kỳ )?"  # "Hàng năm Ban Thường vụ ... chỉ đạo"
    r"(?:các |cấp |ban |thường trực |ban thường vụ |ban chấp hành |ban thường trực )*"
    r"(?:ban thường vụ|thường trực|ban thường trực|ban chấp hành|huyện ủy|huyện uỷ|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|"
    r"quận ủy|quận uỷ|thị ủy|thị uỷ|đảng ủy|đảng uỷ|đảng đoàn|cấp ủy|cấp uỷ|ban dân vận|ủy ban|uỷ ban|hội|mặt trận)\b"
    # "Thường trực Hội CCB huyện cụ thể hóa bằng Kế hoạch số 119/KH-CCB ngày
    # 13/8/2021 và Hướng dẫn số 34/HD-CCB ... chỉ đạo ...": it directed through its documents
    r"(?:[^,;.:]{0,60}|[^,;.:]{0,40}\b(?:kế hoạch|hướng dẫn|chỉ thị|nghị quyết|quyết định|công văn) số [^,;.:]{0,120})$", FLAGS)
# a person speaks or orders at the meeting: "đồng chí X", "Bí thư ...", a verb of speaking
A_PERSON = re.compile(r"\b(?:đồng chí|đ/c|ông|bà|bí thư|phó bí thư|chủ tịch|phó chủ tịch|trưởng ban|phó trưởng ban|"
                      r"phát biểu|kết luận|nhấn mạnh|đề nghị|yêu cầu)\b", FLAGS)
REPORTED_VERB = re.compile(r"'(?:chỉ đạo|lãnh đạo|quán triệt)'", FLAGS)
# what a speaker stresses as done ("... nhấn mạnh, ... các cấp Hội ... tổ chức thực hiện
# cơ bản đạt và vượt chỉ tiêu ...", "... trong những năm qua ..., đạt hiệu quả thiết thực")
RESULTS_STRESSED = re.compile(rf"{DONE}|{EXCEEDED}|\bđạt (?:được )?(?:hiệu quả|kết quả)\b"
                              r"|\b(?:trong )?(?:những năm|thời gian|nhiệm kỳ) (?:vừa )?qua\b", FLAGS)
# a unit's own plan verb in a sentence that opens with the reported period
# ("Năm 2016, Ban Dân vận ... tiếp tục xác định cụ thể trách nhiệm ..."): what it did
REPORTED_IN_PERIOD = re.compile(r"'(?:chỉ đạo|lãnh đạo|quán triệt|xác định)'", FLAGS)
# a body that "xác định" in the report of results identified what to work on
# ("Ban Thường trực ... chủ động xác định vấn đề trọng tâm để chỉ đạo"), unless
# it set the plan ("xác định năm học 2015 - 2016 là ...", "xác định 11 chỉ tiêu")
PLAN_SET = re.compile(r"\s*(?:rõ |cụ thể )?(?:năm|nhiệm kỳ|giai đoạn|nhiệm vụ|chỉ tiêu|mục tiêu|phương hướng|khâu|các nội dung"
                      r"|tiếp tục|tập trung|phấn đấu|các giải pháp|\d|(?:một|hai|ba|bốn|năm) )", FLAGS)


def body_reported(note: str, text: str, verb_end: int) -> bool:
    """The directive verb ``note`` (one of REPORTED_IN_PERIOD) is what a body did, not a plan it set."""
    return bool(REPORTED_IN_PERIOD.search(note)) and not ("xác định" in note and PLAN_SET.match(text, verb_end))


# "đã" + a verb reports what was done; "các nhiệm vụ đã đề ra" only names tasks
# ("những kết quả đã đạt được" names the results, it does not report a deed)
# (after a purpose or a time that opens the sentence: "Để công tác chuẩn bị được
# tiến hành sớm, ngay từ đầu năm 2021, Ban Thường vụ đã quyết định ...")
PAST_REPORT = re.compile(r"^(?:(?:để|nhằm|ngay từ|từ đầu|trong|năm|đến nay|theo)\b[^,;:]{0,80},\s*){0,2}[^,;]{0,60}?(?<!kết quả )(?<!thành tích )(?<!những gì )\bđã\b(?! đề ra| được giao| ban hành| đăng ký| cam kết| xác định| có| nêu| chỉ ra| thống nhất| phê duyệt)", FLAGS)
# "Sau 3 năm triển khai thực hiện Đề án, với ... đã khắc phục được ...": the years
# behind the report, then what they achieved ("đã" however far)
# ... and "Thông tin từ T.Ư Đoàn, tính đến ngày 31/5, toàn quốc có 34.726 ... đã
# tổ chức đại hội": a count as of a date is a report
LOOKED_BACK_ON = re.compile(r"^(?:sau|qua) (?:hơn |gần |gần hơn )?(?:\d+|một|hai|ba|bốn|năm|mười) (?:năm|tháng|nhiệm kỳ) "
                            r"(?:triển khai|thực hiện|hoạt động|ra mắt|thành lập)\b(?=.*\bđã\b)"
                            r"|^(?:[^,;.]{0,60},\s*)?tính đến (?:ngày|hết|cuối|thời điểm|tháng|nay)\b[^,;.]{0,30},"
                            r"(?=[^.;]*\b(?:đã|có|đạt)\b)", FLAGS)
# "Đây là tiền đề quan trọng để nông dân bước vào năm 2026 ...": a judgement of
# the results just reported; the next year is only its horizon, no plan
LOOKS_BACK = re.compile(r"^(?:đây|đó|điều này|(?:những )?kết quả (?:này|đó|trên))\s+(?:là|sẽ là|chính là|cũng là|tạo|góp phần)\b", FLAGS)
# "nhân rộng những mô hình đã xây dựng": "đã" inside a noun phrase after a
# verb, not the report of a deed
RELATIVE_DONE = re.compile(r"\b(?!(?:và|cùng|với)\s)\w+\s+(?:những|các|mọi)\s+(?:\w+\s+){1,3}đã(?: \w+)?$", FLAGS)


# "..., Đại hội được tổ chức đúng nguyên tắc", "Nhiều hoạt động được Hội, Quận đoàn
# các cấp tổ chức trong đợt này như: ...": what was carried out, said in the
# passive; "Nhận thức của đoàn viên ... được nâng lên", "Phong trào thi đua ...
# được đẩy mạnh": what the period improved, said in the passive
PASSIVE_DONE = re.compile(r"\bđược\s+(?:[^\s.;:]+\s+){0,5}?(?:tổ chức|triển khai|thực hiện|phát động|duy trì"
                          r"|phát huy|nâng lên|nâng cao|đẩy mạnh|củng cố|tăng cường|cải thiện|mở rộng)\b", FLAGS)


def past_report(body: str):
    m = PAST_REPORT.search(body)
    return m if m and not RELATIVE_DONE.search(body[:m.end()]) else None


# "Nhiệm kỳ 2018-2023, các cấp công đoàn ... đã chủ động ...": a term that runs
# past the meeting's year, but the clause reports what was done
REPORTED_DONE = re.compile(r"^(?:(?!\b(?:sẽ|cần(?! (?:thơ|giờ|giuộc|đước)\b)|phải|phấn đấu)\b)[^.;])*?\bđã\b(?! đề ra| được (?:[^.,;]{0,25} )?giao\b| ban hành| đăng ký"
                           r"| cam kết| xác định| và đang| thống nhất| phê duyệt| đặt ra)", FLAGS)
# "Hiệu quả công tác tuyên truyền được nâng cao.", "Vị trí của Mặt trận ngày càng
# được khẳng định.": an assessment of what the period achieved
ASSESSED_DONE = re.compile(r"\b(?:(?:ngày càng|đã|đều|luôn|từng bước|cơ bản)\s+(?:được\s+)?|tiếp tục\s+được\s+)(?:nâng cao|nâng lên|"
                           r"phát huy|khẳng định|củng cố|tăng cường|kiện toàn|đổi mới|cải thiện|mở rộng|lan tỏa|lan toả)\b"
                           r"|\bđược\s+(?:nâng cao|nâng lên|phát huy|khẳng định|củng cố|kiện toàn|cải thiện|triển khai|"
                           r"thực hiện|duy trì|quan tâm|chú trọng|đẩy mạnh|tăng cường)\b(?=[^.;]{0,60}[.;]?\s*$)", FLAGS)
# "Điển hình là Ban Dân vận Thành ủy vận động ... được trên 1 tỉ đồng.": an
# example of what was done
EXAMPLE_OF_DONE = re.compile(r"\W*(?:điển hình|tiêu biểu|nổi bật)(?: là| như| có)\b", FLAGS)
DONE_BEFORE_LIST = re.compile(r"\bđã\b(?! đề ra| được giao| xác định| thống nhất| ban hành| được phê duyệt| phê duyệt| chỉ ra| đưa ra| đặt ra)", FLAGS)
# a difficulty relieved, not suffered: "giúp người dân giảm bớt khó khăn"
REMEDIED = re.compile(r"\b(?:giảm bớt|giảm|vượt qua|khắc phục|tháo gỡ|giải quyết|chia sẻ|hỗ trợ|giúp)\b[^.;:]{0,20}?\b(?:khó khăn|hạn chế|vướng mắc|tồn tại)", FLAGS)
# "chỉ ra những hạn chế và yêu cầu khắc phục trong thời gian tới như:", "xã gặp
# những khó khăn, vướng mắc cần sớm tháo gỡ như:": what follows is the
# shortcomings themselves, not the remedies
TO_REMEDY = re.compile(r"\b(?:hạn chế|tồn tại|yếu kém|bất cập|khó khăn|vướng mắc)\b[^.;:]{0,40}?\b(?:cần|phải|yêu cầu|đề nghị)\s+(?:[^\s.;:]+\s+){0,2}?(?:khắc phục|tháo gỡ)\b"
                       r"(?![^:]{0,20}\b(?:hạn chế|tồn tại|yếu kém|bất cập|khó khăn|vướng mắc)\b)", FLAGS)
LIMITATION_TOPIC = re.compile(r"(?:về|đối với|trước)\s+(?:những |các |một số )?(?:hạn chế|khó khăn|tồn tại|vướng mắc|bất cập|yếu kém)\b", FLAGS)
FRANKLY = re.compile(r"\bthẳng thắn\b", FLAGS)
CONTRAST_START = re.compile(r"(?:tuy nhiên|tuy vậy|song|nhưng|mặt khác)\b", FLAGS)
# the year behind, then what was carried out: a list of what was done
PAST_YEAR_DONE = re.compile(r"^qua (?:một|hai|ba|\d+) (?:năm|quý|tháng)\b[^:]*\b(?:thực hiện|triển khai|tổ chức)\b", FLAGS)
# the rule of the items a list introduction named ("... như sau:")
LISTED = "câu dẫn vào danh sách"
# "..., đề nghị các Ban CTMT tập trung vào những nội dung: ..." after procedure
FRAMED_REQUEST = "việc được đề nghị làm, sau câu dẫn"
FRAMED_DIFFICULTY = "khó khăn, hạn chế được nêu sau câu dẫn"
TASK_LEAD = "mở phần nhiệm vụ: "  # + the task lead's note, or "kỳ tới" when only the time says so
# A list that starts on its introduction's line ("... như: A; B; C."), and
# the marks of a list item ("- ", "2.", "b)", "Hai là", "Thứ ba")
INLINE_ITEMS = re.compile(r"[ \t]*[^\s]")
# an item of a list of targets: a yearly target, a share, a quota ("Mỗi huyện
# cải tạo ít nhất 2 bể bơi": 62 of the 70 annotated items with "ít nhất",
# "tối thiểu" are tasks; "... trở lên" inside such a list), or one more
# ("Ngoài ra, còn ..."), not a deed reported
YEARLY = r"\s*(?:hàng năm|hằng năm|mỗi năm)\b"
TARGET_ITEM = re.compile(rf"(?:{YEARLY}|\s*\d+([.,]\d+)?\s*%|\s*ngoài ra\b|(?=.*?\b(?:ít nhất|tối thiểu|trở lên)\b))"
                         r"(?![^.;]*\bđã\b)", FLAGS)
# "UBND huyện khen thưởng 02 tập thể, 39 cá nhân", "đề nghị LĐLĐ tỉnh khen 04 tập thể":
# awards given at the meeting or proposed, among the tasks; never a task themselves
AWARDS_COUNTED = re.compile(r"(?:[^.;:]{0,100}?\s)?(?:đã\s+)?(?:khen thưởng|khen|tặng (?:bằng khen|giấy khen))"
                            r"(?:\s+cho)?\s+\d+\s+(?:tập thể|cá nhân|đơn vị)\b", FLAGS)
AWARDS_NOTE = "khen thưởng, đề nghị khen thưởng N tập thể, cá nhân (việc của buổi họp), không phải nhiệm vụ"
YEARLY_TARGET = re.compile(rf"{YEARLY}(?![^.;]*\bđã\b)", FLAGS)
LIST_ITEM_MARK = re.compile(r"\s*(?:[-+•*–]|\(?\d{1,2}[.)/]|\(?[a-zđ]\)|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) là\b"
                            r"|thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám)\b)", FLAGS)
# "..., Đại hội ... đã thảo luận và thông qua Nghị quyết nhiệm kỳ mới với nhiều
# chỉ tiêu quan trọng, như: ...", "... xác định 6 nhiệm vụ trọng tâm trong năm 2018 là: ...":
# after a motto or other frame, the new term's targets
TARGETS_LISTED = re.compile(r"\b(?:đề ra|thông qua|xác định|đặt ra|thống nhất)\b(?:(?!\b(?:đã đạt|hoàn thành|đạt được|kết quả)\b)[^.;:])"
                            r"{0,120}?\b(?:chỉ tiêu|mục tiêu|(?:\d+|các|những|một số) (?:phương hướng,? (?:và )?)?(?:nhiệm vụ|giải pháp|nội dung (?:công tác )?(?:trọng tâm|chủ yếu)))\b[^.;:]{0,60}?(?:như|gồm|cụ thể|sau)?\s*:\s*"
                            # "... xây dựng những kế hoạch ... để thực hiện nhiệm vụ trọng tâm của công đoàn
                            # trong nhiệm kỳ tới như: ...": whatever the verb, the tasks of the coming period
                            r"|\b(?:nhiệm vụ|giải pháp|phương hướng)\b[^.;:]{0,60}?\b(?:nhiệm kỳ|năm|thời gian|giai đoạn) "
                            r"(?:tới|sắp tới|tiếp theo)\b[^.;:]{0,20}?(?:như|gồm|là|cụ thể)?\s*:\s*",
                            FLAGS)
# what a paragraph reports before a list's introduction, and what would make
# the list one of plans or orders all the same
REPORTED_BEFORE = re.compile(r"\b(?:đã|(?:năm|tháng|thời gian|nhiệm kỳ|giai đoạn) qua)\b", FLAGS)
FUTURE_OR_ORDER = re.compile(r"\b(?:sẽ|dự kiến|cần|phải|phấn đấu|đề nghị|yêu cầu|tới|sắp|tiếp theo|kế hoạch|"
                             r"chương trình|phương hướng|chỉ tiêu|mục tiêu|nhiệm kỳ|năm 20\d\d|quý|kiến nghị|đề xuất|đề ra|gợi mở|gợi ý|"
                             r"tiếp tục|đồng chí|phát biểu|chỉ đạo|kết luận)\b", FLAGS)
# A page about the congresses of the lower levels completed (its title or
# lead: "Hoàn thành Đại hội đại biểu Phụ nữ cấp huyện và cấp cơ sở", "đến nay,
# 10 Hội Phụ nữ huyện ... đã hoàn thành đại hội"): its "các đại hội ... đề ra
# phương hướng, nhiệm vụ nhiệm kỳ 2021-2026" says what those congresses did,
# and the sentences after it judge them (on the 46 pages of batches 1-182
# that name congresses completed anywhere, none of the 11 statements such a
# frame turned into tasks was one)
CONGRESSES_HELD = re.compile(r"\b(?:hoàn thành|tổ chức xong|kết thúc)(?: việc)?(?: tổ chức)? đại hội\b"
                             r"|\b\d+\s*/\s*\d+\b[^.;]{0,60}\b(?:đã )?(?:tổ chức thành công|hoàn thành) đại hội\b", FLAGS)
CONGRESSES_HELD_WITHIN = 600  # characters: the title and the lead, not one result among others
# ... and on such a page "Đại hội được tổ chức theo đúng quy định; hình thức
# trang trọng, tiết kiệm", "Đại hội ... cấp huyện diễn ra dân chủ, ..." judge
# those congresses: a result, not the procedure of one meeting
CONGRESSES_JUDGED = re.compile(r"(?:các )?(?:đại hội|hội nghị)\b[^.;]{0,60}?\b(?:đều )?(?:được tổ chức|diễn ra|được tiến hành)"
                               r"\s+(?:theo đúng|đúng|trang trọng|thành công|dân chủ|an toàn|nghiêm túc|chu đáo|đảm bảo|bảo đảm)\b",
                               FLAGS)


# Whom a deed went to, not a shortfall of the period (briefgen.extract.cues.Cues.negative).
# "hỗ trợ ... cho hộ nghèo, hộ còn khó khăn về nhà ở": whom the help went to
HELPED = re.compile(r"\b(?:cho|hỗ trợ|giúp|giúp đỡ|tặng|thăm|trao)\b", FLAGS)
HELPED_LOOKBACK = 120
# "đời sống của nhân dân gặp nhiều khó khăn": the hardship of the period, not whom help went to
HARDSHIP_OF = re.compile(r"\b(?:đời sống|sản xuất|kinh doanh|thu nhập|việc làm)\b", FLAGS)
# "vận động các doanh nghiệp ... chưa có tổ chức công đoàn": whom the outreach went to, not a shortfall
# (as "đôn đốc những xã chưa tổ chức ..." in a directive)
OUTREACH_TARGET = re.compile(r"\b(?:tuyên truyền|vận động|hướng dẫn|tiếp cận|khảo sát|đôn đốc|hỗ trợ|giúp)\b[^.;:]{0,60}"
                             r"\b(?:doanh nghiệp|đơn vị|nơi|xã|phường|cơ sở|công ty|khu|thôn|ấp|trường|hợp tác xã)\b"
                             r"[^.;:,]{0,40}$", FLAGS)
NOT_YET_FOUNDED = re.compile(r"chưa (?:có|thành lập)(?: được)? (?:tổ chức |cơ sở )?(?:công đoàn|cđcs|đoàn|chi đoàn|hội|"
                             r"chi hội|chi bộ|tổ chức đảng)\b", FLAGS)
# "Mặt trận không còn hình thức, hành chính hóa, chậm đổi mới", "không còn mang tính phong trào mà ...":
# the shortcomings are gone (up to three listed after "không còn"), a result
NO_LONGER = re.compile(r"\b(?:không|chẳng) còn(?:\s+(?:[^.;:,]{1,30},\s*){0,3})?$", FLAGS)
