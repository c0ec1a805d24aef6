"""Is a file an article of the genre at all?

Office folders collect stray files: a recipe, a football report, a company
notice saved by mistake. Their sentences would still be filed as
"achievements" and printed for leadership. An article of the genre names the
actors (a Party committee, the Front, the organisations, their members) and
the work they review (a meeting, results, shortcomings, tasks, a period).
The cues are data (``genre_actors``, ``genre_work``, ``genre_thresholds`` in
rules.yaml); each is counted once, so a long off-topic page does not pass by
repeating one word, but an organisation named in sentence after sentence is
the subject of the page (one more sign). A Youth Union's football tournament
names the actors and the "kết quả" of its matches: the signs of a match
(``stray_signs``) with no word of a review (``review_words``) leave it out. A People's Committee's
session names the Party committee only as who attended: with no other actor,
a sign of a government meeting (``government_signs``) leaves it out; a People's
Committee chair chairing counts only when no review is held (a ward's Party
committee reviews its month with the ward's chair in the chair). A
cooperative's, a company's or a trade association's own meeting, named first
in the title (``business_organiser``), with one actor at most is left out.
A normative text (a regulation, a decision) is told by its capitalised title
near the top and its legal bases (``normative_title``, ``legal_basis_line``);
the criteria of an emulation title by its first words (``criteria_title``).
"""
from __future__ import annotations

import bisect
import html
import re

from briefgen.extract.rules import Rule, Rules

SENTENCE_END = re.compile(r"[.!?\n]")
ENTITY = re.compile(r"&(?:[a-z]+|#\d+);")
# where a normative text has its title and its legal bases
TITLE_CHARS, BASES_CHARS = 800, 1500


def genre_cues(text: str, rules: Rules) -> tuple[list[Rule], list[str]]:
    """The actor rules found in ``text`` and the notes of the work cues found."""
    actors = [r for r in rules.groups.get("genre_actors", ()) if r.search(text)]
    work = [r.note for r in rules.groups.get("genre_work", ()) if r.search(text)]
    limits = rules.data.get("genre_thresholds") or {}
    needed = int(limits.get("subject_mentions", 0))
    if needed and _mentions(text, [r for r in actors if r.kind == "organisation"], needed, rules.subject_again):
        work.append("một tổ chức được nêu nhiều lần (chủ thể của bài)")
    return actors, work


def _mentions(text: str, organisations: list[Rule], needed: int, again: re.Pattern) -> bool:
    """Whether the organisations are named in at least ``needed`` sentences
    (a one-line note of a union's volleyball match names three in one),
    counting a sentence that opens on the organisation again ("Hội cũng đã
    tổ chức ...", ``subject_again``) once one is named."""
    starts = sorted([m.start() for rule in organisations for m in rule.regex.finditer(text)]
                    + ([m.start() for m in again.finditer(text)] if organisations else []))
    if len(starts) < needed:
        return False
    ends = [m.start() for m in SENTENCE_END.finditer(text)]  # one pass, however long the text
    return len({bisect.bisect(ends, at) for at in starts}) >= needed


def off_topic_reason(text: str, rules: Rules) -> str:
    """Why ``text`` is not an article of the genre (Vietnamese, one clause),
    or "" when it is one."""
    if ENTITY.search(text):
        # a page's source saved as text ("c&ocirc;ng t&aacute;c Đo&agrave;n"): its words are
        # read as a browser shows them; the statements still quote the file as it is
        text = html.unescape(text)
    limits = rules.data.get("genre_thresholds") or {}
    min_actors, min_total = int(limits.get("actors", 1)), int(limits.get("total", 4))
    named, work = genre_cues(text, rules)
    actors = [r.note for r in named]
    sports = [r.note for r in rules.groups.get("stray_signs", ()) if r.search(text)]
    if len(sports) >= int(limits.get("sports_signs", 3)) \
            and not rules.review_words.search(text):
        return f"bài về một giải đấu thể thao, không phải hội nghị, sơ kết, tổng kết (thấy: {', '.join(sports)})"
    if named and all(r.kind == "party" for r in named):  # the Party committee, no organisation
        # (a sign of kind "unreviewed" counts only on a page with no word of a review)
        government = [r.note for r in rules.groups.get("government_signs", ()) if r.search(text)
                      and not (r.kind == "unreviewed" and rules.review_words.search(text))]
        if government:
            return f"hội nghị của chính quyền, chỉ nhắc cấp ủy dự hay chỉ đạo (thấy: {', '.join(government)})"
    title = rules.normative_title.search(text, 0, TITLE_CHARS)
    bases = rules.legal_basis_line.findall(text, 0, BASES_CHARS)
    if title and len(bases) >= int(limits.get("legal_bases", 2)):
        name = title.group(0).strip(" |-\n")
        return (f"văn bản quy định (quy chế, quyết định, hướng dẫn ...), không phải bài viết hay báo cáo "
                f"(thấy: «{name}», {len(bases)} dòng «Căn cứ ...»)")
    if rules.criteria_title.match(text):
        name = text.strip().split("\n", 1)[0].strip()[:120]
        return f"tiêu chuẩn, tiêu chí của một danh hiệu, không phải bài viết hay báo cáo (thấy: «{name}»)"
    business = rules.business_organiser.match(text)
    if business and len(named) <= 1:
        return (f"hội nghị của một doanh nghiệp, hợp tác xã hay hiệp hội ngành nghề, không phải của "
                f"Mặt trận, đoàn thể (thấy: «{business.group(0).strip()}» đứng đầu bài)")
    if len(actors) >= min_actors and len(actors) + len(work) >= min_total:
        return ""
    if not actors:
        return "không nhắc tới cấp ủy, Mặt trận hay đoàn thể nào"
    found = ", ".join(actors + work)
    return f"quá ít dấu hiệu của một bài viết về hội nghị, hoạt động của Mặt trận, đoàn thể (chỉ thấy: {found})"
