"""Lead-ins: the words before a statement that only say who said it.

"Báo cáo tại Hội nghị cho thấy, ...", "Tuy nhiên, ...", "Phát biểu kết luận,
đồng chí X, Phó Bí thư ... đánh giá, ...", "đồng chí X đề nghị Ủy ban MTTQ và
các tổ chức chính trị - xã hội tỉnh <predicate>". The lead-in is left out of
the statement; what kind it was (a report, a directive, a contrast) tells the
classifier which part of the article we are in.

Every pattern is anchored at the start of the sentence and bounded in length,
so a huge unpunctuated line cannot make matching slow.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from briefgen.extract.phrases import EMPHASIS_TASK
from briefgen.extract.rules import FLAGS, Rules

# how a clause labelled by a leader's directive in it is named (explain, the screen)
DIRECTIVE = "lời chỉ đạo"
# a sentence after the directive, read as one of its orders: the directive is
# not in the sentence itself, so the noise screen still judges it (the second
# look does not: on pages it never saw, judging them misfiled one more item)
CARRIED = " (kéo từ câu trước)"


def carried(rule: str) -> str:
    """The rule of a sentence that inherits a directive from the one before."""
    return rule + CARRIED if rule.startswith(DIRECTIVE) and not rule.endswith(CARRIED) else rule


def directed_here(rule: str) -> bool:
    """The directive's verb is in the clause's own sentence."""
    return rule.startswith(DIRECTIVE) and not rule.endswith(CARRIED)


@dataclass(frozen=True)
class Lead:
    end: int              # where the statement proper begins
    kind: str = ""        # "report" | "directive" | "emphasis" | ""
    contrast: str = ""    # connective kind: "contrast", "besides", "addition", "even", "overall" or ""
    rule: str = ""
    verb_end: int = -1    # just after the verb of directing (before the addressee)


@dataclass(frozen=True)
class _Patterns:
    connective: re.Pattern
    kinds: tuple
    report: re.Pattern
    saying: re.Pattern
    directive: re.Pattern
    late_directive: re.Pattern
    body_directive: re.Pattern
    bare_directive: re.Pattern
    report_leads: tuple
    plan: re.Pattern
    addressee: re.Pattern
    predicate: re.Pattern


# "phát biểu lý do, mục đích, yêu cầu và cách thức ...": the nouns of a
# programme, not the verb of an order
NOT_AFTER_AIMS = r"(?<!mục đích, )(?<!mục đích )(?<!mục đích và )"


@lru_cache(maxsize=8)
def _patterns(rules: Rules) -> _Patterns:
    conns = rules.groups.get("connectives", [])
    alt = "|".join(f"(?P<c{i}>{r.pattern})" for i, r in enumerate(conns))
    speakers = rules.speakers

    def alt_of(group, kind=None, not_kind=None):
        return "|".join(r.pattern for r in rules.groups.get(group, ())
                        if (kind is None or r.kind == kind) and (not_kind is None or r.kind != not_kind)) or "(?!)"

    REPORT_VERBS, DIRECTIVE_VERBS = alt_of("report_verbs"), alt_of("directive_verbs")
    # most verbs of saying need a comma after them ("đánh giá, ..."); a few take
    # a clause directly ("cho rằng năm 2023 ...")
    SAYING_VERBS = alt_of("saying_verbs", kind="report")
    CLAUSE_VERBS = "|".join(v for v in (alt_of("saying_verbs", kind="clause"),
                                        alt_of("saying_verbs", kind="emphasis")) if v != "(?!)") or "(?!)"
    return _Patterns(
        connective=re.compile(rf"(?:{alt})(?=[\s,:])[\s,:]*", FLAGS),
        kinds=tuple(r.kind for r in conns),
        # "Báo cáo tóm tắt kết quả ..., Phó Chủ tịch Thường trực ... Nguyễn Văn A cho biết: ...": a long speaker
        report=re.compile(rf"[^.;:!?]{{0,200}}?\b(?:{REPORT_VERBS})\b\s*[,:]?\s*", FLAGS),
        saying=re.compile(
            rf"(?P<pre>[^.;:!?]{{0,80}}?\b(?:{speakers}|{rules.reporting_bodies})\b[^.;:!?]{{0,150}}?)"
            rf"\b(?:(?P<verb>{SAYING_VERBS})\b\s*[,:]|(?P<cverb>{CLAUSE_VERBS})\b\s*[,:]?)\s*",
            FLAGS),
        directive=re.compile(
            rf"(?P<pre>[^.;:!?]{{0,80}}?\b(?:{speakers})\b[^.;:!?]{{0,150}}?)(?<!đáp ứng )(?<!theo )(?<!đúng )"
            # "các đơn vị ... được đề nghị nhận cờ thi đua": proposed for an award, no order
            rf"(?<!được )(?<!bị )"
            rf"{NOT_AFTER_AIMS}\b(?P<verb>{DIRECTIVE_VERBS})\b\s*[,:]?\s*",
            FLAGS),
        # "Phân tích ... trong từng loại hình hoạt động, đồng chí yêu cầu ...",
        # "Phát biểu chỉ đạo tại Hội nghị ..., Phó bí thư ... yêu cầu ...",
        # "Để triển khai hiệu quả công tác tôn giáo năm 2023 và ..., Ban chỉ đạo ... yêu cầu ...":
        # a long lead-in, then the speaker right before the verb
        late_directive=re.compile(
            rf"(?P<pre>[^.;:!?]{{0,240}}?,\s*(?:đồng chí|đ/c|ông|bà|(?:phó )?(?:bí thư|chủ tịch|trưởng ban)|ban chỉ đạo)(?![\w/])"
            rf"[^.;:!?,]{{0,60}}?(?:,[^.;:!?,]{{0,60}}?)?)"
            rf"\b(?P<verb>{DIRECTIVE_VERBS})\b\s*[,:]?\s*",
            FLAGS),
        # a body asks its own units below: "Theo đó, LĐLĐ quận đề nghị CĐ cơ sở trực thuộc ..."
        body_directive=re.compile(
            rf"(?P<pre>[^.;:!?]{{0,80}}?\b(?:{rules.reporting_bodies})\b[^.;:!?]{{0,80}}?)"
            rf"\b(?P<verb>đề nghị|yêu cầu)\s+(?=(?:các |những |toàn thể )?(?:{rules.subordinate_units})\b|[^.;:!?]{{0,30}}\btrực thuộc\b)",
            FLAGS),
        report_leads=tuple(rules.groups.get("report_leads", ())),
        plan=re.compile(
            # not a meeting's purpose: "... tổ chức Đại hội nhằm đánh giá ... và xác định phương hướng ...";
            # not a habit reported: "các cấp Hội ... luôn sáng tạo, xác định các vấn đề ...";
            # not what congresses did: "Các đại hội ... tổng kết việc thực hiện nghị quyết ... và xác định ..."
            rf"(?P<pre>[^.;:!?]{{0,60}}?\b(?:{speakers}|{rules.addressee_heads})\b"
            rf"(?:(?!\b(?:nhằm|để|tổ chức|luôn|tổng kết|sơ kết)\b)[^.;:!?]){{0,100}}?)"
            rf"\b(?P<verb>{alt_of('plan_verbs')})\b\s*[,:]?\s*",
            FLAGS),
        bare_directive=re.compile(rf"{NOT_AFTER_AIMS}(?:{DIRECTIVE_VERBS})\b\s*[,:]?\s*", FLAGS),
        addressee=re.compile(rf"(?:{rules.addressee_heads})\b", FLAGS),
        predicate=re.compile(rf"\b(?:{rules.predicate_starts})\b(?! viên\b)", FLAGS),  # not "tuyên truyền viên", a person
    )


def strip_connective(text: str, s: int, e: int, rules: Rules) -> tuple[int, str, str]:
    """Skip connectives at s; return (new start, connective kind, word)."""
    p = _patterns(rules)
    kind, word = "", ""
    while True:
        m = p.connective.match(text, s, e)
        if not m or m.end() >= e:
            return s, kind, word
        idx = next(i for i, k in enumerate(p.kinds) if m.group(f"c{i}") is not None)
        # the first connective decides the kind ("Tuy nhiên, đồng thời ..." is a contrast)
        if not kind:
            kind, word = p.kinds[idx], m.group(0).strip(" ,:")
        s = m.end()


# "Nhiều ý kiến cho rằng, ...", "Ngoài ra, nhiều ý kiến phản ảnh, ...": opinions reported
OPINIONS = re.compile(r"\bý kiến\b", FLAGS)


# "Tại Hội nghị, Chủ tịch LĐLĐ tỉnh đã yêu cầu ...": an order given at the
# meeting, not a direction reported among the period's results.
AT_THE_MEETING = re.compile(
    r"\s*(?:cũng |phát biểu |kết luận )?tại (?:các |những )?(?:hội nghị|buổi làm việc|buổi giao ban|đại hội|hội thảo|kỳ họp|phiên họp)\b",
    FLAGS)


# "Ban Dân vận còn triển khai, quán triệt Nghị quyết ...": a deed paired with
# the verb makes it a deed too, not an order
PAIRED_DEED = re.compile(r"\b(?:triển khai|tổ chức|tuyên truyền|phổ biến|học tập)\s*(?:,|và)\s*$", FLAGS)
# "Chỉ đạo xây dựng điểm sáng ... chưa được quan tâm.": the directing is the subject, the
# clause says it fell short (a shortcoming, not an order)
FELL_SHORT_AT_END = re.compile(
    r"\b(?:còn |vẫn )?chưa\s+(?:được\s+)?(?:quan tâm|chú trọng|thường xuyên|đầy đủ|kịp thời|sâu sát|chặt chẽ|cao"
    r"|hiệu quả|đồng bộ|triệt để|quyết liệt)\b[^.;,]{0,40}[.;]?\s*$", FLAGS)
THE_REPORT_SAYS = re.compile(r"\b(?:báo cáo|tờ trình|tham luận)\b", FLAGS)
A_PERSON = re.compile(r"\b(?:đồng chí|đ/c|ông|bà|anh|chị|bí thư|chủ tịch|trưởng ban|phó trưởng ban|lãnh đạo)\b", FLAGS)


# "hằng năm Ban Thường vụ Hội LHPN huyện chỉ đạo các cơ sở Hội ...", "tham mưu cho
# Đảng ủy chỉ đạo MTTQ ...": a body directing its units is the period's work
# reported; an order given at the meeting has a person or the meeting in its
# lead-in ("Kết luận hội nghị, Thường trực Huyện ủy chỉ đạo: ...")
# (on 2,007 real pages, "chỉ đạo" as a directive: 10 tasks, 7 results, 3 none;
# the 7 results all had a body, no person, before the verb)
# (phrases.BODY_DIRECTED, in classify.py, turns a body's other verbs of
# directing into deeds within the report of results; this holds in any part,
# for "chỉ đạo" alone, before the verb is taken for an order at all)
AN_OCCASION = re.compile(r"\b(?:kết luận|phát biểu|hội nghị|buổi|đại hội|thời gian tới|cần|phải|sẽ)\b", FLAGS)


# "Công tác lãnh đạo, chỉ đạo thực hiện đảm bảo nguyên tắc tập thể lãnh đạo, ...,
# chỉ đạo sâu sát": leadership as a noun, no leader who speaks
NOMINAL_LEADERSHIP = re.compile(r"\b(?:công tác|sự|tập thể|nguyên tắc)(?: tập thể)? lãnh đạo\b", FLAGS)


def body_directing(pre: str, verb: str, after: str) -> bool:
    """A body's "chỉ đạo" reported as work done, not an order at the meeting."""
    return (verb.lower() == "chỉ đạo" and not A_PERSON.search(NOMINAL_LEADERSHIP.sub(" ", pre))
            and not AN_OCCASION.search(pre) and not after.lstrip().startswith(":"))


# "đã phát biểu, chỉ đạo cần ...": the "đã" reports the speech, not the direction
SPOKE = re.compile(r" đã (?=(?:phát biểu|kết luận|chủ trì|dự|gợi mở|nhấn mạnh)\b)")
# "Phát huy những kết quả đã đạt được, đồng chí mong muốn ...": the "đã" names
# the results to build on, the sentence still directs
RESULTS_NAMED = re.compile(r"\b(kết quả|thành tích|thành tựu|việc) đã (?=(?:đạt|làm|có)\b)")


# "công tác lãnh đạo, chỉ đạo của cấp ủy được tăng cường ..., chỉ đạo công tác
# dân vận đi vào ...": leadership as a noun and a result in the passive, not a speaker
PASSIVE_RESULT = re.compile(r"\bđược (?:tăng cường|nâng lên|nâng cao|chú trọng|quan tâm|triển khai|thực hiện|đổi mới|củng cố|duy trì)\b", FLAGS)


# "Việc học tập Nghị quyết ... được Ban Thường vụ Huyện ủy chỉ đạo chặt chẽ",
# "100% cán bộ Đoàn ... được quán triệt các nghị quyết": the
# verb in the passive, its agent just before it: an assessment of the period
PASSIVE_AGENT = re.compile(r"\b(?:được|do)\s+(?:[^\s,;:]+\s+){0,8}$", FLAGS)
# "Nghị quyết Đại hội XI của Đảng khẳng định yêu cầu phải ...", "Nghị quyết Trung
# ương 5 yêu cầu “Phát huy ...”": a document's standing requirement, cited as
# background, orders nothing at the meeting (a chair's "Kết luận hội nghị, đồng
# chí X yêu cầu" does)
A_DOCUMENT = re.compile(r"^\W*(?:các |nhiều )?(?:nghị quyết|chỉ thị|quy định|luật|hiến pháp|văn kiện|điều lệ|nghị định|thông tư)\b",
                        FLAGS)


NEXT_TIME = re.compile(
    r"(?:trong |từ nay đến |đến )?(?:quý\s+(?:iv|i{1,3}|[1-4])\b(?:\s*(?:/|năm)\s*\d{4})?|(?:6|sáu) tháng cuối năm(?: \d{4})?"
    r"|những tháng (?:cuối|còn lại)(?: của)?(?: năm)?(?: \d{4})?|thời gian (?:tới|đến)|năm \d{4}),?\s+", FLAGS)


# "...; đồng chí Phạm Thị N, Trưởng Ban chỉ đạo yêu cầu các đơn vị chủ động ...": a person
# named at the clause's start, then the order
NAMED_SPEAKER = re.compile(r"\W*(?:đồng chí|đ/c|ông|bà)\b", FLAGS)


def clause_directive(text: str, cs: int, ce: int, p) -> re.Match | None:
    """An order opening a clause after the first: a bare verb ("...; đề nghị các
    đơn vị ..."), a stress on what is needed, or a named person's order."""
    m = p.bare_directive.match(text, cs, ce) or EMPHASIS_TASK.match(text, cs, ce)
    if m:
        return m
    if not NAMED_SPEAKER.match(text, cs, ce):  # cheap first: most clauses name nobody
        return None
    m = p.directive.match(text, cs, ce)
    if m and " đã " not in f" {m.group('pre').lower()} ":
        return m
    return None


def skip_addressee(text: str, s: int, e: int, rules: Rules) -> int:
    """After "đề nghị", skip "[trong quý IV/2023,] Ủy ban MTTQ và các tổ chức ... tỉnh" up to the predicate."""
    p = _patterns(rules)
    m = NEXT_TIME.match(text, s, e)
    if m and p.addressee.match(text, m.end(), e):
        s = m.end()
    if not p.addressee.match(text, s, e):
        return s
    limit = min(e, s + 160)
    for m in p.predicate.finditer(text, s + 1, e):  # the whole clause: "tuyên truyền| viên" must see its next word
        between = text[s:m.start()]
        if m.start() >= limit or any(ch in between for ch in ".;:!?"):
            break
        return m.start()
    return s


# "Tham dự có đồng chí X, Trưởng đoàn công tác của BTV Huyện ủy chỉ đạo xã; ...":
# an attendance list; the verb belongs to a title, it gives no order
ATTENDANCE = re.compile(r"\s*(?:cùng |tới |đến |về )?(?:dự|tham dự)\b(?! kiến)[^.;:]{0,40}?\bcó\b", FLAGS)


def find_lead(text: str, s: int, e: int, rules: Rules) -> Lead:
    """Recognise the lead-in of a sentence starting at s."""
    p = _patterns(rules)
    start, contrast, word = strip_connective(text, s, e, rules)
    rule = f"từ nối '{word}'" if word else ""
    if OPINIONS.search(word):
        # "Nhiều ý kiến cho rằng, ...": the delegates speak; what they say decides,
        # not the part an earlier directive opened
        return Lead(start, "report", "", f"dẫn lời phát biểu: '{word}'")

    for lead_rule in p.report_leads:
        m = lead_rule.regex.match(text, start, e)
        if m and m.end() < e:
            if not lead_rule.kind:
                # "Qua buổi làm việc, đồng chí X đề nghị ...": the occasion, then who spoke
                inner = find_lead(text, m.end(), e, rules)
                if inner.kind in ("directive", "emphasis") or inner.rule.startswith("dẫn lời phát biểu"):
                    return dataclasses.replace(inner, contrast=contrast or inner.contrast)
            return Lead(m.end(), lead_rule.kind or "report", contrast, lead_rule.note)
    for m in (p.directive.match(text, start, e), p.plan.match(text, start, e), p.late_directive.match(text, start, e)):
        if m and not ATTENDANCE.match(m.group("pre")) and ((" đã " not in RESULTS_NAMED.sub(r"\1 ", SPOKE.sub(" ", f" {m.group('pre').lower()} ")) and not PASSIVE_RESULT.search(m.group("pre"))
                   and not PASSIVE_AGENT.search(m.group("pre")) and not A_DOCUMENT.match(m.group("pre"))
                   and not PAIRED_DEED.search(m.group("pre")))
                  or AT_THE_MEETING.match(m.group("pre"))) \
                and not body_directing(m.group("pre"), m.group("verb"), text[m.end("verb"):m.end("verb") + 3]):
            body = skip_addressee(text, m.end(), e, rules)
            return Lead(body, "directive", contrast, f"{DIRECTIVE}: '{m.group('verb')}'", m.end())
    m = p.body_directive.match(text, start, e)
    if m and " đã " not in f" {m.group('pre').lower()} ":
        body = skip_addressee(text, m.end(), e, rules)
        return Lead(body, "directive", contrast, f"{DIRECTIVE}: '{m.group('verb')}' (gửi các đơn vị cấp dưới)", m.end())
    m = p.bare_directive.match(text, start, e)
    if m and not FELL_SHORT_AT_END.search(text, m.end(), e):
        body = skip_addressee(text, m.end(), e, rules)
        return Lead(body, "directive", contrast, f"{DIRECTIVE} ở đầu vế câu", m.end())
    m = p.report.match(text, start, e)
    if m and m.end() < e:
        return Lead(m.end(), "report", contrast, "dẫn lời báo cáo: 'cho thấy/cho biết'")
    m = p.saying.match(text, start, e)
    if m and m.end() < e:
        verb = (m.group("verb") or m.group("cverb")).lower()
        rule, _ = rules.first("saying_verbs", verb)
        kind = rule.kind if rule and rule.kind not in ("", "clause") else "report"
        if kind == "emphasis" and THE_REPORT_SAYS.search(m.group("pre")) and not A_PERSON.search(m.group("pre")):
            kind = "report"  # "báo cáo nhấn mạnh, ...": a report stresses results, it directs nobody
        why = rule.note if rule and rule.note.startswith("lời khen") else f"dẫn lời phát biểu: '{verb}'"
        return Lead(m.end(), kind, contrast, why)
    return Lead(start, "", contrast, rule)
