"""Label every clause of an article: achievement, limitation, task or none.

The same words mean different things in different parts of a meeting report:
"tổ chức thành công Đại hội" is a result in the report and a task after "đề
nghị"; "chú trọng nâng cao ..." reports in the results and directs in the
conclusion. So the classifier follows the discourse: a mode (which part of
the article we are in) is opened by lead-ins and headings and holds over the
following clauses and sentences until another cue closes it. Clause cues then
refine the mode: a shortfall ("còn chậm", "chưa sâu") inside the report of
results is a limitation; an obligation ("cần", "phải") is a task. Framing
sentences (who attended, who chaired, "Hội nghị đã thảo luận ...") and
content-free announcements ("Tuy nhiên, cũng còn một số hạn chế.") are none.
"""
from __future__ import annotations

import re

from briefgen.extract.cues import MIN_WORDS, WORD, Cues, cut_off
from briefgen.extract.frames import DEFAULT_PART, HEADING, NOT_ITEMS, FrameContent, Labeled
from briefgen.extract.leads import DIRECTIVE, Lead, _patterns, carried, clause_directive, find_lead, skip_addressee, strip_connective
from briefgen.extract.noise import Block
from briefgen.extract.periods import MOTTO, TERM_START, Periods, without_grounds
from briefgen.extract.phrases import (
    A_PERSON, AWARDS_COUNTED, AWARDS_NOTE, BARE_DIRECTIVE, BODY_DIRECTED, CATEGORIES, CLOSES_QUOTE, CONGRESSES_HELD,
    CONGRESSES_HELD_WITHIN, CONGRESSES_JUDGED, CONTRAST_START, EXPLAINS, FIGURE_REACHED, TASK_LEAD,
    FRAMED_DIFFICULTY, FRAMED_REQUEST, FRANKLY, INLINE_ITEMS, LIMITATION_TOPIC, LOOKS_BACK, NAMES_LISTED, LISTED,
    NEXT_MENTION, NEXT_NOTE, NEXT_OPENS, OPENS_QUOTE, DONE_OR_JUDGED, PAST_REPORT, PLANS_NAMED, PLANS_NAMED_NOTE, PRAISED_RESULTS,
    REPORTED_DIRECTION, REPORTED_DONE, REPORTED_IN_PERIOD, REPORTED_VERB, RESULTS_STRESSED, SPEAKER_ALSO_DIRECTS, YEARLY_TARGET,
    body_reported, past_report)
from briefgen.extract.rules import FLAGS
from briefgen.extract.segment import CONCEDED, clauses, sentences


# '"Tôi đề nghị các cấp Công đoàn ...': the quoted speech opens with an order
QUOTED_ORDER_WITHIN = 30
DATELINE = "câu mở đầu có ngày giờ"  # the note of the rules of an opening dateline (rules.yaml)
DONE_AMID_TASKS = "việc đã làm (\"đã\") trong phần chỉ đạo"
DONE_AFTER_PLAN = "việc đã làm (\"được ... tổ chức\") sau một câu nói việc sẽ làm"


class Classifier(Cues, FrameContent):
    """Walks an article sentence by sentence; the cues it reads are in cues.py."""
    # -- the walk -----------------------------------------------------------
    def label(self, text: str, blocks: list[Block]) -> list[Labeled]:
        out: list[Labeled] = []
        periods = self.periods = Periods(text)
        mode, mode_rule = (("task", "bài về lễ ký kết, lễ ra quân, hội nghị triển khai (quy chế, chương trình, kế hoạch): nội dung là việc sẽ làm")
                           if self.signing_page(text) else DEFAULT_PART)
        self.structural = False  # the mode comes from a heading or a list introduction
        self.congresses_held = bool(CONGRESSES_HELD.search(text, 0, CONGRESSES_HELD_WITHIN))
        self.before_list = None  # the part an inline list interrupted (frames._inline_list_ended)
        last_end = self.last_end = max((b.end for b in blocks), default=-1)
        above = None  # the part named by the heading just above, when nothing came between
        for block in blocks:
            if block.kind == "heading":
                chunk = text[block.start:block.end]
                for cat, rx in self.rules.headings.items():
                    if rx.match(chunk):
                        # "Kết quả ... năm 2022" then "Phương hướng nhiệm vụ năm 2023"
                        # at once: the report's title names both parts, the results come first
                        if not (above == "achievement" and cat == "task"):
                            mode, mode_rule = cat, f"tiêu đề mục '{chunk[:40]}'"
                        above = cat
                        self.structural = True
                        break
                out.append(Labeled(block.start, block.end, "none", HEADING, block.start))
                continue
            above = None
            first = True
            for ss, se in sentences(text, block.start, block.end):
                if se == last_end and cut_off(text, ss, se):
                    out.append(Labeled(ss, se, "none", "đoạn bị cắt cụt ở cuối văn bản", ss))
                    continue
                mode, mode_rule = self._sentence(text, ss, se, mode, mode_rule, first, block.kind, periods, out)
                first = False
        return [self.deed_done(text, self.discussed_only(text, self.counted_deed(text, item))) for item in out]

    def _sentence(self, text, ss, se, mode, mode_rule, first_in_para, kind, periods, out):
        ended = self._inline_list_ended(text, ss, se, mode)  # whatever this sentence turns out to be
        quoted = self._quotation_then_speaker(text, ss, se, mode, mode_rule, first_in_para, kind, periods, out)
        if quoted:
            return quoted
        rules = self.rules
        if mode == "task" and OPENS_QUOTE.match(text, ss, se) and not CLOSES_QUOTE.search(text, ss + 1, se) \
                and not rules.first("task_modals", text[ss:se])[0] and not PAST_REPORT.search(text, ss + 1, se) \
                and not _patterns(rules).bare_directive.search(text, ss, min(se, ss + QUOTED_ORDER_WITHIN)):
            # the first words of a leader's quoted speech in the directives
            # part ('"Người dân chỉ tin Mặt trận khi ...') comment; its task,
            # if any, is the sentence with "phải", "cần" ...
            out.append(Labeled(ss, se, "none", "lời phát biểu được trích, không phải một nhiệm vụ", ss))
            return mode, mode_rule
        if self._names_only(text, ss, se):
            out.append(Labeled(ss, se, "none", "chỉ có tên người, chức vụ, đơn vị (chú thích, danh sách dự)", ss))
            return mode, mode_rule
        if self._agenda(text, ss, se):
            out.append(Labeled(ss, se, "none", "chương trình của hội nghị, không phải nội dung", ss))
            return mode, mode_rule
        lead = find_lead(text, ss, se, rules)
        cs0, _, _ = strip_connective(text, ss, se, rules)
        # after a lead-in of saying ("Phát biểu kết luận hội nghị giao ban, đồng
        # chí X đánh giá, ...") only what was said can be framing
        frame_from = lead.end if lead.kind in ("report", "emphasis") else cs0
        motto = MOTTO.match(text, frame_from, se)  # "Với chủ đề “...”, Đại hội đã hiệp thương ...": the procedure after it
        rule, _ = rules.first("framing_sentence", text[motto.end() if motto else frame_from:se])
        answer, _ = rules.first("answers", text[cs0:se])
        if answer:
            out.append(Labeled(ss, se, "none", f"câu dẫn: {answer.note}", ss))
            return mode, mode_rule
        request, found = rules.first("people_requests", text[cs0:se])
        if request and lead.kind != "directive":
            self._people_request(text, ss, cs0 + found.end(), se, request.note, out)
            return mode, mode_rule
        if rule and not rule.kind and self.congresses_held and CONGRESSES_JUDGED.match(text, cs0, se):
            rule = None  # on a page about the congresses held, how they went is a result
        if rule and lead.kind != "directive" and not rule.kind and self._named_difficulties(text, ss, se, rule, ss, out):
            return mode, mode_rule
        if rule and lead.kind != "directive":
            then_mode, tail_end = self._frame_tail(text, ss, se, rule.kind, mode)
            if tail_end is not None:
                # "Hội nghị đã thảo luận, đề ra các giải pháp ..., trong đó, tập
                # trung tuyên truyền ...": the frame, then its content
                out.append(Labeled(ss, tail_end, "none", f"câu dẫn: {rule.note}", ss))
                # after a frame of no part, a list or a "vì vậy ... cần" is what was asked
                framed = {"task": FRAMED_REQUEST, "limitation": FRAMED_DIFFICULTY}.get(then_mode, "")
                why = framed if framed and then_mode != rule.kind else f"câu dẫn: {rule.note}"
                return self._clauses(text, tail_end, Lead(tail_end), se, then_mode, why, out)
            out.append(Labeled(ss, se, "none", f"câu dẫn: {rule.note}", ss))
            if rule.note.startswith(DATELINE) and mode == "task" and mode_rule.startswith(BARE_DIRECTIVE):
                # a portal's "Lưu ý ..." above "Ngày 24-6-2016, Hội ...": the account starts here
                return DEFAULT_PART
            if rule.kind == "task" and self.congresses_held:
                return mode, mode_rule
            if rule.kind in ("achievement", "limitation", "task"):
                return rule.kind, f"câu dẫn: {rule.note}"
            return mode, mode_rule
        if (lead.kind == "directive" and lead.verb_end >= 0 and mode == "achievement" and lead.rule == BARE_DIRECTIVE
                and REPORTED_DIRECTION.match(text, cs0, se)):
            # "Chỉ đạo tổ chức tốt ngày hội ..." in the report of results: what the
            # committee did, not an order given at the meeting
            lead = Lead(cs0, "", lead.contrast, "việc đã chỉ đạo, trong phần báo cáo kết quả")
        if (lead.kind == "directive" and mode == "achievement" and REPORTED_IN_PERIOD.search(lead.rule)
                and periods.direction(text[cs0:se]) == "past"
                # "Nhiệm kỳ 2018 - 2023, Công đoàn tỉnh xác định ba khâu đột phá ..." in 2019: the term's plan
                and (REPORTED_VERB.search(lead.rule) or not TERM_START.match(text, cs0, se))):
            # "6 tháng đầu năm, Huyện ủy chỉ đạo các đoàn thể ...": the reported
            # period first, then who directed: what was done, not an order
            lead = Lead(cs0, "", lead.contrast, "việc đã chỉ đạo trong kỳ báo cáo (câu mở đầu bằng kỳ báo cáo)")
        if (lead.kind == "directive" and mode == "achievement" and body_reported(lead.rule, text, lead.verb_end) and lead.verb_end > 0
                and BODY_DIRECTED.match(text, cs0, lead.verb_end) and not A_PERSON.search(text, cs0, lead.verb_end)
                and not rules.first("task_modals", text[lead.end:se])[0]
                and periods.direction(text[lead.end:se]) != "next" and text[lead.verb_end - 1] != ":"):
            # "Ban Thường vụ Hội đã chỉ đạo thành lập 5 chi hội", "Đảng ủy chỉ đạo
            # các đoàn thể tăng cường tuyên truyền": a body, not a speaker, directed
            # in the period; an order at the meeting comes from a person
            lead = Lead(cs0, "", lead.contrast, "việc cấp ủy, tổ chức đã chỉ đạo, trong phần báo cáo kết quả")
        body = text[lead.end:se]
        neg = self.negative(text, lead.end, se)
        weak = neg or self.negative(text, lead.end, se, "weak_negative_cues")
        smode, srule = mode, mode_rule
        lim_lead, _ = rules.first("limitation_leads", body)
        task_lead = self.task_lead(body)
        direction = periods.direction(body)
        inherited = False
        if lead.kind == "directive":
            smode, srule = "task", lead.rule
        elif lead.kind == "limitation":
            smode, srule = "limitation", lead.rule
        elif lead.kind == "concession":  # "Tuy vẫn còn ..., trong đó ...": the concession is the statement
            lead = Lead(cs0, lead.kind, lead.contrast, lead.rule) if self.unfinished_concession(text, cs0, lead.end, se) else lead
            smode, srule = ("limitation" if neg or lead.end == cs0 else "achievement"), lead.rule
        elif lead.contrast == "contrast" and (weak or lim_lead):
            smode, srule = "limitation", f"{lead.rule} + dấu hiệu hạn chế"
        elif lead.contrast == "contrast" and mode == "limitation":
            smode, srule = "achievement", f"{lead.rule} sau phần hạn chế: trở lại kết quả"
        elif lead.contrast == "besides" and weak and mode != "task":
            smode, srule = "limitation", f"{lead.rule} + dấu hiệu hạn chế"
        elif lim_lead and (neg or (lim_lead.regex.match(body) and (weak or lead.contrast != "contrast"))):
            smode, srule = "limitation", f"mở phần hạn chế: {lim_lead.note}"
        elif (direction == "next" and not REPORTED_DONE.search(without_grounds(body))) or task_lead:
            smode, srule = "task", TASK_LEAD + (task_lead.note if task_lead else "kỳ tới")
            # "6 tháng cuối năm, Mặt trận ... tập trung ...": the time and the doer stay in
            # the statement (the annotators keep them; cutting them lost 6 tasks of 858)
        elif direction == "past":
            smode, srule = "achievement", "mở phần kết quả: kỳ báo cáo"
        elif lead.kind == "report" and (LIMITATION_TOPIC.match(text, cs0, lead.end)
                                        or FRANKLY.search(text, cs0, lead.end)):
            # "Về khó khăn, ... nêu: ...", "Đại diện Tỉnh Đoàn thẳng thắn nêu, ...": the topic or the tone
            smode, srule = "limitation", f"{lead.rule} về hạn chế, khó khăn"
        elif lead.kind == "report":
            # "đồng chí X chỉ rõ, ... cần ...": what was said decides, not the verb
            modal, _ = rules.first("task_modals", body)
            smode, srule = ("task" if modal and not re.search(r"\bđã\b", body, FLAGS) else "achievement"), lead.rule
        elif lead.kind == "emphasis":
            modal, _ = rules.first("task_modals", body)
            smode, srule = ("achievement" if not modal and RESULTS_STRESSED.search(body) else "task"), lead.rule
        else:
            inherited = True
            if mode == "achievement" and lead.rule.startswith("việc ") and "chỉ đạo" in lead.rule:
                srule = lead.rule  # explain says why a "chỉ đạo" was read as what was done
        if inherited and mode == "task" and mode_rule.startswith(DIRECTIVE) and self._reports_done(text, lead.end, se):
            # a directive read in an earlier sentence does not turn a report into
            # orders: "Tinh thần tự quản của Nhân dân được phát huy.", "Hội đã ..."
            smode, srule, inherited = "achievement", "câu kể việc đã làm: lời chỉ đạo ở câu trước không kéo sang", False
        if inherited and mode == "task" and lead.contrast == "overall" and not rules.first("task_modals", body)[0] \
                and not _patterns(rules).predicate.match(body.lstrip()):
            # "Nhìn chung, công tác dân vận tại các địa phương này đạt hiệu quả rõ rệt": an assessment
            smode, srule, inherited = "achievement", f"{lead.rule}: đánh giá chung, không phải việc phải làm", False
        if inherited and ended:
            smode, srule = ended
        if not inherited:
            self.structural = False
        elif mode == "limitation" and not weak and not self.structural and lead.contrast != "even":
            # shortcomings are marked ("còn", "chưa", ...) sentence by sentence;
            # an unmarked sentence is back to the results ("Thậm chí, ..." goes on with the shortcoming)
            smode, srule = "achievement", "câu không còn dấu hiệu hạn chế"
        return self._clauses(text, ss, lead, se, smode, carried(srule) if inherited else srule, out)

    def _names_next_year(self, clause: str) -> bool:
        """The clause names the year after the one reviewed ("năm 2026", "Tết Nguyên
        đán 2026" in a review of 2025); a date of that year ("Chỉ thị 01-CT/TW ngày
        23/1/2026") counts only in a clause that reports nothing done."""
        year = self.periods.year + 1
        if re.search(rf"(?<!chuyển sang )(?<!chuyển qua )(?:\bnăm |\btết (?:nguyên đán )?(?:\w+ )?){year}\b", clause, FLAGS):
            return True
        return bool(re.search(rf"\d/{year}\b", clause)) and not re.search(r"\bđã\b", clause, FLAGS)

    def _clauses(self, text, ss, lead, se, smode, srule, out):
        rules = self.rules
        p = _patterns(rules)
        parts = clauses(text, lead.end, se)
        # after "đồng chí X đánh giá/đề nghị", only what was said can be framing
        said = lead.kind in ("directive", "report", "emphasis")
        label_mode = smode
        labels = []
        resume = None  # the part to go back to after a sentence that reports amid the tasks
        for i, (cs, ce) in enumerate(parts):
            clause_start = ss if i == 0 else cs
            clause_mode = label_mode
            directed = i == 0 and lead.kind == "directive"
            if i > 0:
                cs, ckind, _ = strip_connective(text, cs, ce, rules)
                if ckind == "contrast" and label_mode != "task" and (
                        self.negative(text, cs, ce) or self.negative(text, cs, ce, "weak_negative_cues")):
                    clause_mode = "limitation"  # "..., tuy nhiên dữ liệu còn thiếu"
                m = clause_directive(text, cs, ce, p) \
                    if label_mode not in NOT_ITEMS else None
                if m and label_mode == "achievement" and REPORTED_DIRECTION.match(text, cs, ce) \
                        and not (said and SPEAKER_ALSO_DIRECTS.match(text, clause_start, ce)):
                    # "...; chỉ đạo, hướng dẫn và tổ chức thành công Đại hội ...": a result (not the
                    # speaker's "ghi nhận ...; đồng thời, chỉ đạo Công an tỉnh tiếp tục ...")
                    m = None
                if m:
                    cs = skip_addressee(text, m.end(), ce, rules)
                    label_mode = clause_mode = "task"
                    srule = "lời chỉ đạo ở đầu vế câu"
                    directed = True
            intro = self._intro(text, cs, ce, label_mode)
            if intro and intro[1] not in ("agenda", "proposal", "raised") and NAMES_LISTED.match(text, intro[0] + 1, ce):
                intro = None  # "thực hiện tốt các hoạt động như: “Tháng thanh niên”, ...": one statement
            if intro:
                colon, intro_mode = intro
                own = self._own_part(text, cs, colon, intro_mode, label_mode)
                self.before_list = (label_mode, srule) if INLINE_ITEMS.match(text, colon + 1, ce) else None
                label_mode = clause_mode = intro_mode or label_mode
                srule = LISTED
                self.structural = True
                if own and (not (said and i == 0) or rules.first("task_modals", text[cs:colon])[0]) \
                        and self._says_something(text, cs, colon):
                    # "Trong quý I, công tác dân vận ... đã được triển khai có hiệu
                    # quả với những nội dung chủ yếu như:" is a statement itself
                    out.append(Labeled(cs, colon + 1, own, "câu dẫn có nội dung riêng", clause_start))
                else:
                    out.append(Labeled(cs, colon + 1, "none", srule, clause_start))
                cs = colon + 1
                while cs < ce and text[cs].isspace():
                    cs += 1
                clause_start = cs  # rules anchored at "^" read the first item, not the space after ":"
                if cs >= ce:
                    continue
            frame_from = cs if (said and i == 0) else clause_start
            rule, _ = rules.first("framing_clause", text[frame_from:ce])
            if not rule and i == 0 and "lời khen" in lead.rule and rules.praise_objects.match(text[cs:ce]) \
                    and not (PRAISED_RESULTS.match(text, cs, ce) and self.names_areas(text, cs, ce)):
                out.append(Labeled(cs, ce, "none", "lời khen chung, không phải một kết quả", clause_start))
                continue
            if rule:
                said_m = rule.regex.search(text[frame_from:ce])  # sliced: "^" is the clause start
                then = EXPLAINS.match(text, frame_from + said_m.end(), ce) if said_m and rule.kind in CATEGORIES else None
                if then and len(WORD.findall(text[then.end():ce])) >= MIN_WORDS:
                    # "... đã chỉ ra những tồn tại, hạn chế đó là công tác nắm tình
                    # hình ... có lúc thiếu kịp thời": the frame, then the shortcoming
                    out.append(Labeled(cs, then.end(), "none", f"vế câu dẫn: {rule.note}", clause_start))
                    out.append(Labeled(then.end(), ce, rule.kind, f"nội dung sau câu dẫn: {rule.note}", then.end()))
                    label_mode, srule = rule.kind, f"câu dẫn: {rule.note}"
                    labels.append(rule.kind)
                    continue
                if rule.kind == "limitation" and self._named_difficulties(text, cs, ce, rule, clause_start, out):
                    continue
                if self._singled_out(text, cs, ce, f"vế câu dẫn: {rule.note}", clause_start, out):
                    labels.append("achievement")
                    continue
                out.append(Labeled(cs, ce, "none", f"vế câu dẫn: {rule.note}", clause_start))
                if rule.kind in ("achievement", "limitation", "task"):
                    label_mode, srule = rule.kind, f"câu dẫn: {rule.note}"  # "X cũng nêu những hạn chế"
                continue
            if i > 0 and self._names_only(text, cs, ce):
                out.append(Labeled(cs, ce, "none", "chỉ có tên người, chức vụ, đơn vị (danh sách dự)", clause_start))
                continue
            if ce == self.last_end and cut_off(text, cs, ce):
                out.append(Labeled(cs, ce, "none", "đoạn bị cắt cụt ở cuối văn bản", clause_start))
                continue
            # an announcement is judged on the whole clause, addressee included
            free_from = lead.verb_end if (i == 0 and lead.verb_end >= 0) else cs
            if self.content_free(text, free_from, ce) or len(WORD.findall(text[cs:ce])) < MIN_WORDS:
                out.append(Labeled(cs, ce, "none", "thông báo chung, không có nội dung cụ thể", clause_start))
                if (label_mode == "task" and self.announces_shortcomings(text, free_from, ce)) or (
                        label_mode == "achievement" and i == len(parts) - 1
                        and self.announces_shortcomings(text, free_from, ce, met=True)):
                    # "..., Đoàn ... phải đối mặt với rất nhiều khó khăn.": the sentences after it name them
                    label_mode, srule = "limitation", "câu báo có hạn chế: phần sau là hạn chế"
                continue
            if clause_mode in NOT_ITEMS:  # a list of what was discussed, proposed or asked
                bad = clause_mode == "raised" and self.raised_problem(text, cs, ce)
                labels += ["limitation"] if bad else []
                out.append(Labeled(cs, ce, "limitation" if bad else "none", NOT_ITEMS[clause_mode][bad], clause_start))
                continue
            label, why = self._refine(text, cs, ce, clause_mode, srule, directed)
            if clause_mode == "achievement" and label == "task" and (why != NEXT_NOTE or NEXT_OPENS.search(text[cs:ce])):
                # "Mặt trận sẽ ...; Huyện Đoàn phối hợp ...", "X phải ..., không để ...": the list goes on
                label_mode, srule = "task", why
            elif clause_mode == "task" and why in (DONE_AMID_TASKS, DONE_AFTER_PLAN) and resume is None:
                # "Trong 5 năm, Hội đã vận động được ...; trao tặng ...; tổ chức khám ...":
                # the sentence's list reports on; the next sentence is back in the tasks
                resume, label_mode, srule = (label_mode, srule), "achievement", why
            if (label == "achievement" and labels and labels[-1] == "limitation" and clause_mode == "achievement"
                    and self.negative(text, cs, ce, "weak_negative_cues")):
                label, why = "limitation", "tiếp vế hạn chế trước trong cùng câu"
            if (label == "limitation" and i + 1 < len(parts) and CONTRAST_START.match(text, parts[i + 1][0])
                    and not self.negative(text, cs, ce)):
                label, why = "achievement", "vế kết quả trước 'tuy nhiên/nhưng'"
            labels.append(label)
            out.append(Labeled(cs, ce, label, why, clause_start))
        if label_mode in ("agenda", "raised", "criteria"):  # the agenda ends with its sentence
            label_mode = smode
        if resume is not None:
            label_mode, srule = resume
        # a sentence that reports only shortcomings opens the shortcomings part
        if (label_mode == "achievement" and not self.structural and labels
                and all(lb == "limitation" for lb in labels)):
            return "limitation", "câu trước chỉ nêu hạn chế"
        return label_mode, srule

    def _refine(self, text, cs, ce, mode, why, directed=False):
        """Clause cues refine the discourse mode. ``directed``: the clause
        follows its own directive verb ("yêu cầu các đoàn thể rà soát lại
        các mô hình đã xây dựng"), so an "đã" in it is not a report."""
        rules = self.rules
        main = CONCEDED.search(text, cs, ce)  # "mặc dù ..., song Hội đã ...": the main clause decides
        if main:
            cs = main.end()
        neg = self.negative(text, cs, ce)
        modal, _ = rules.first("task_modals", text[cs:ce])
        if mode == "achievement" and neg:
            return "limitation", f"dấu hiệu hạn chế trong phần kết quả: {neg.note}"
        weak = None if neg else self.negative(text, cs, ce, "weak_negative_cues")
        if mode in ("achievement", "task") and weak and not modal and rules.nominal_subjects.match(text[cs:ce]):
            # "một số mô hình ... còn manh mún": a subject, then "còn" + a description
            return "limitation", f"chủ thể + dấu hiệu hạn chế: {weak.note}"
        if mode == "achievement" and modal:
            return "task", modal.note
        if mode == "achievement" and self.periods.year and not directed and not PAST_REPORT.search(text[cs:ce]) \
                and self._names_next_year(text[cs:ce]) and not LOOKS_BACK.match(text[cs:ce]) \
                and not FIGURE_REACHED.search(text, cs, ce):
            # "vận động được 14 thanh niên nhập ngũ năm 2024": reached, for next year;
            # a balance "chuyển sang năm 2020" is the period's own figure
            return "task", f"việc của năm {self.periods.year + 1}, năm sau kỳ báo cáo"
        if mode == "achievement" and not directed and not PAST_REPORT.search(text[cs:ce]) \
                and NEXT_MENTION.search(text, cs, ce) and not FIGURE_REACHED.search(text, cs, ce):
            # "...; đồng thời tiếp tục phát huy ..., hoàn thành nhiệm vụ trong 6 tháng cuối năm"
            if PLANS_NAMED.search(text, cs, ce) and not DONE_OR_JUDGED.search(text, cs, ce):
                return "none", PLANS_NAMED_NOTE
            return "task", NEXT_NOTE
        if mode == "limitation" and not neg and not self.negative(text, cs, ce, "weak_negative_cues"):
            if modal:
                return "task", modal.note
            pos, _ = rules.first("positive_cues", text[cs:ce])
            if pos:
                return "achievement", pos.note
        if mode == "task" and neg and not modal and rules.nominal_subjects.match(text[cs:ce]):
            return "limitation", f"nêu hạn chế trong lời kết luận: {neg.note}"
        if mode == "task" and not modal and AWARDS_COUNTED.match(text, cs, ce):
            return "none", AWARDS_NOTE
        if mode == "task" and not modal and not directed and past_report(text[cs:ce]):
            return "achievement", DONE_AMID_TASKS
        if mode == "task" and not modal and not directed and self._done_after_a_plan(text, cs, ce, why):
            return "achievement", DONE_AFTER_PLAN
        if mode == "task" and not modal and not directed and FIGURE_REACHED.search(text, cs, ce) \
                and not YEARLY_TARGET.match(text, cs, ce):  # "Hàng năm vận động phát triển được 85% ...": a target
            return "achievement", "số liệu đã đạt (\"là 246 ha\", \"kết nạp được 29 hội viên\") trong phần nhiệm vụ"
        return mode, why
