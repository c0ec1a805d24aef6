"""A difficulty conceded before what was done: the main clause decides.

"Mặc dù gặp nhiều khó khăn ..., song Hội đã ...", "Trong bối cảnh ..., các
cấp công đoàn đã ...": the hardship is the setting of a result, not a
shortcoming of the period. A cue of shortfall inside such a setting is no
shortcoming when a main clause follows it.
"""
from __future__ import annotations

import re

from briefgen.extract.rules import FLAGS

# "Mặc dù gặp nhiều khó khăn ... nhưng các cấp Hội đã ...", "trong điều kiện
# có nhiều khó khăn ..., song ...": the difficulty is conceded, the main clause
# after "nhưng/song" (or with "đã", "tập trung": "mặt dù thời tiết không thuận
# lợi, Đảng ủy xã tập trung chỉ đạo ...") says what was done; "mặt dù" is a
# common misspelling of "mặc dù"; "khó tập trung" is the hardship, no main
# clause; "Từ chỗ chỉ có Hội cấp tỉnh, đến nay đã xây dựng ...": where the growth started
CONCEDED = re.compile(r"\b(?:mặc dù|mặt dù|dù|tuy(?! nhiên| vậy)|trong (?:điều kiện|bối cảnh|hoàn cảnh)|trước (?:những|nhiều)|từ chỗ"
                      r"|(?:với|trước) tình hình)\b[^.;]{0,40}$", FLAGS)
# (an ellipsis does not end the concession: "... hạn hán kéo dài gây ra... nhưng ...")
# (nor is "đã" of the hardship itself or of the tasks set: "đã có nhiều tác động,
# ảnh hưởng đến ... các nhiệm vụ đã đặt ra"); a main clause may also start after
# a comma with its actor: "Trong thời điểm bão ..., Thành Đoàn phối hợp ..."
YET = re.compile(r"(?:[^.;]|\.\.\.)*?\b(?:nhưng|song|xong|vẫn|tiếp tục|(?<!khó )tập trung|dưới sự|(?:giữ|đạt) được"
                 r"|đã(?! (?:bị|gặp|chịu|ảnh hưởng|có (?:nhiều |những )?(?:tác động|ảnh hưởng)|đề ra|đặt ra|được giao)))\b"
                 r"|[^.;]*?,\s*(?:các cấp |toàn )?(?:hội(?! viên)|thành đoàn|tỉnh đoàn|huyện đoàn|công đoàn|mặt trận|mttq"
                 r"|ủy ban|uỷ ban|liên đoàn|đảng ủy|đảng bộ)\b", FLAGS)
# "Năm 2020, trong điều kiện ..., do dịch COVID-19, hạn hán ... gây nhiều
# thiệt hại ..., các cấp công đoàn đã ...": a setting opens the clause and
# runs, with nothing done in it, up to the cue
SETTING_OPENED = re.compile(r"(?:[^,.;]{0,40},\s*)?(?:mặc dù|mặt dù|tuy(?! nhiên| vậy)"
                            r"|trong (?:điều kiện|bối cảnh|hoàn cảnh|thời điểm))\b(?:(?!\bđã\b)[^.;])*$", FLAGS)
# "điều kiện kinh tế - xã hội còn khó khăn nhưng Đoàn thanh niên xã ... đã
# nỗ lực ...": a hardship met, then what was done despite it
HARDSHIP = re.compile(r"khó khăn|thách thức|thiệt hại|ảnh hưởng", FLAGS)
DONE_DESPITE = re.compile(r"(?:[^.;]|\.\.\.)*?\b(?:nhưng|song|tuy vậy)\b[^.;]*?\b(?:đã|tiếp tục|dưới sự)\b", FLAGS)
# "tổ chức đoàn đã có những giải pháp sáng tạo ... trong bối cảnh dịch bệnh
# diễn biến phức tạp": the main clause came first, the hardship is its setting
DONE_BEFORE = re.compile(r"\bđã\b(?! (?:bị|gặp|chịu|ảnh hưởng)\b)", FLAGS)
CONCESSION_LOOKBACK = 60


def conceded_cue(text: str, s: int, e: int, cue: re.Match) -> bool:
    """The shortfall ``cue`` in the clause text[s:e] is a hardship conceded before what was done."""
    conceded = (CONCEDED.search(text, max(s, cue.start() - CONCESSION_LOOKBACK), cue.start())
                or SETTING_OPENED.match(text, s, cue.start()))
    if conceded and (YET.match(text, cue.end(), e) or DONE_BEFORE.search(text, s, conceded.start())):
        return True
    return bool(HARDSHIP.search(cue.group(0)) and DONE_DESPITE.match(text, cue.end(), e))
