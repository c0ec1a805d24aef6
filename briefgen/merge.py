"""Merge statements from different articles that say the same thing.

Only statements of the same section (category) and the same theme are ever
compared, and never two statements of the same article (an article lists
distinct points; two of them are not one point said twice).

Similarity is computed on content words: the text is lowercased, tone marks
unified, word-tokenized with underthesea and stripped of a small list of
function words and genre boilerplate ("công tác", "Mặt trận", "các tổ chức
chính trị - xã hội" ... appear in nearly every statement and say nothing about
what it is about). See ``similarity`` for the measure and ``MERGE_THRESHOLD``
for the measured cut-off.

Cost: statements are blocked by (category, theme) and then by shared rare
content words; within a key's posting list each statement is compared only
with its next ``WINDOW`` neighbours (sorted-neighbourhood blocking), so the
number of comparisons grows linearly with the number of statements.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from briefgen.group import match_form
from briefgen.model import Statement

# Measured with benchmarks/merge_threshold.py on tests/fixtures/merge_pairs.yaml
# (74 labelled pairs: 36 same, 38 different), "as merge sees it" (same
# section and theme required):
#   threshold  0.26: P 0.878 R 1.000 F1 0.935
#              0.30-0.36: P 0.921 R 0.972 F1 0.946
#              0.38: P 0.946 R 0.972 F1 0.959   <- chosen (best F1)
#              0.40: P 0.944 R 0.944 F1 0.944
#              0.50: P 0.938 R 0.833 F1 0.882
# A wrong merge hides a point from the briefing while a missed one only shows
# it twice, so between equal F1 the higher threshold wins.
MERGE_THRESHOLD = 0.38

KEYS_PER_STATEMENT = 4  # rarest content words used as blocking keys
WINDOW = 20             # neighbours compared per key posting list

# Function words and words that occur in almost every statement of the genre.
# Negations ("chưa", "còn") are left out on purpose: all statements of one
# section share their polarity, so they carry no information here.
STOPWORDS = frozenset(w.strip() for w in """
của, và, với, các, những, một, một số, nhiều, cho, trong, ngoài, tại, theo, về, từ, đến, để,
do, bởi, vì, nên, là, thì, mà, đã, đang, sẽ, được, bị, có, không, chưa, còn, rất, hơn, nữa,
hơn nữa, cũng, vẫn, đều, luôn, ngày càng, này, đó, ấy, khi, lúc, nơi, như, việc, sự, cuộc,
cách, nhằm, góp phần, bảo đảm, đảm bảo, tiếp tục, tăng cường, đẩy mạnh, nâng cao, chú trọng,
tập trung, chủ động, tích cực, thường xuyên, kịp thời, thực hiện, triển khai, tổ chức,
hoạt động, công tác, nội dung, vai trò, hiệu quả, chất lượng, tốt, cao, mặt trận, tổ quốc,
mttq, ubmttq, ubmttqvn, việt nam, chính trị, xã hội, chính trị - xã hội, đoàn thể,
thành viên, tỉnh, thành phố, huyện, thị xã, quận, xã, phường, thị trấn, cấp, các cấp, cơ sở,
địa phương, đơn vị, địa bàn, ban, thường trực, thường vụ, ủy ban, đồng chí, năm, quý, tháng,
thời gian, qua, tới, một số, trên, dưới, giữa, tuy nhiên, tuy vậy, đồng thời, bên cạnh đó
đề nghị, yêu cầu, đánh giá, ghi nhận, phát biểu, kết luận, hội nghị, giao ban, buổi, làm việc,
bí thư, phó bí thư, tỉnh ủy, thành ủy, huyện ủy, thị ủy, quận ủy, nhiệm vụ, lại, theo đó
""".replace("\n", " ").split(",") if w.strip())

_WORDISH = re.compile(r"\w", re.UNICODE)


@lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    """Content words of ``text`` for comparison (never shown to users)."""
    from underthesea import word_tokenize

    # the matching form of briefgen.group (lowercase, unified tone marks, no
    # punctuation) is cached per text, so each statement is normalised once
    words = set()
    for tok in word_tokenize(" ".join(match_form(text))):
        tok = tok.strip()
        if not tok or not _WORDISH.search(tok) or tok in STOPWORDS:
            continue
        # a compound like "tổ chức chính trị" may come out as one token: drop it
        # when all its syllables are boilerplate
        if all(s in STOPWORDS for s in tok.split()):
            continue
        words.add(tok)
    return frozenset(words)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Mean of Jaccard and containment (overlap coefficient).

    Jaccard alone punishes a short statement against a longer wording of the
    same point ("giám sát, phản biện xã hội còn hạn chế" vs a sentence that
    adds where and why); containment alone lets a two-word statement match
    anything that contains those words. The mean behaved best on the labelled
    pairs (see benchmarks/merge_threshold.py)."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    if not shared:
        return 0.0
    jaccard = shared / len(a | b)
    containment = shared / min(len(a), len(b))
    return (jaccard + containment) / 2


@dataclass(frozen=True)
class Entry:
    """One statement to merge, with the article it came from and its theme."""

    article: int  # index of the article in the input order
    statement: Statement
    theme: str


@dataclass(frozen=True)
class Group:
    """Statements found to say the same thing; ``kept`` words the item."""

    kept: int                 # index into the entries
    members: tuple[int, ...]  # all indices, in input order (kept included)


def _candidate_pairs(indices: list[int], words: list[frozenset[str]]) -> set[tuple[int, int]]:
    df: dict[str, int] = defaultdict(int)
    for i in indices:
        for w in words[i]:
            df[w] += 1
    postings: dict[str, list[int]] = defaultdict(list)
    for i in indices:
        # rarest shared words first: a word used by one statement cannot pair it
        keys = sorted((w for w in words[i] if df[w] > 1), key=lambda w: (df[w], w))[:KEYS_PER_STATEMENT]
        for w in keys:
            postings[w].append(i)
    pairs: set[tuple[int, int]] = set()
    for w in sorted(postings):
        # neighbours in a content-based order are the likeliest matches
        plist = sorted(postings[w], key=lambda i: (sorted(words[i]), i))
        for pos, i in enumerate(plist):
            for j in plist[pos + 1:pos + 1 + WINDOW]:
                pairs.add((min(i, j), max(i, j)))
    return pairs


def _choose_kept(members: list[int], words: list[frozenset[str]], entries: list[Entry]) -> int:
    """The most complete wording that does not claim more than the others.

    The longest statement is usually the most complete, but a long enumeration
    ("A; B; C; D") that shares only B with the others would make the item claim
    C and D on behalf of every cited source. So each member scores how much of
    the other members' content it covers minus how much of its own content no
    other member supports; the best score wins, then the longer text, then the
    earlier statement."""
    # word -> number of members using it, so each member's "others" are known
    # without rebuilding their union (groups can hold one statement per article)
    uses: dict[str, int] = defaultdict(int)
    for m in members:
        for w in words[m]:
            uses[w] += 1

    def score(m: int) -> tuple[float, int, int]:
        own = words[m]
        shared = sum(1 for w in own if uses[w] > 1)          # own words others also use
        others = len(uses) - (len(own) - shared)              # words used by some other member
        coverage = shared / others if others else 0.0
        unsupported = (len(own) - shared) / len(own) if own else 1.0
        return (round(coverage - unsupported, 6), len(entries[m].statement.text), -m)
    return max(members, key=score)


def merge_entries(entries: list[Entry], threshold: float = MERGE_THRESHOLD) -> tuple[list[Group], list[dict]]:
    """Group entries that say the same thing; return groups and merge decisions.

    Groups are in order of their first member. Each decision records one
    statement folded into another: kept and merged text, their source paths,
    the similarity between them, section and theme."""
    words = [content_words(e.statement.text) for e in entries]
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, e in enumerate(entries):
        blocks[(e.statement.category, e.theme)].append(i)

    scored = []
    for block in blocks.values():
        for i, j in _candidate_pairs(block, words):
            if entries[i].article == entries[j].article:
                continue
            sim = similarity(words[i], words[j])
            if sim >= threshold:
                scored.append((-sim, i, j))
    scored.sort()

    # Greedy single-link clustering, strongest pairs first, refusing any union
    # that would put two statements of one article in the same group.
    parent = list(range(len(entries)))
    articles = [{e.article} for e in entries]

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _neg, i, j in scored:
        ri, rj = root(i), root(j)
        if ri == rj or articles[ri] & articles[rj]:
            continue
        parent[rj] = ri
        articles[ri] |= articles[rj]

    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(entries)):
        members[root(i)].append(i)
    groups, decisions = [], []
    for ms in sorted(members.values(), key=lambda m: m[0]):
        kept = _choose_kept(ms, words, entries) if len(ms) > 1 else ms[0]
        groups.append(Group(kept=kept, members=tuple(ms)))
        for m in ms:
            if m == kept:
                continue
            k, g = entries[kept].statement, entries[m].statement
            decisions.append({
                "category": k.category,
                "theme": entries[kept].theme,
                "kept_text": k.text,
                "kept_source": k.source,
                "merged_text": g.text,
                "merged_source": g.source,
                "similarity": round(similarity(words[kept], words[m]), 3),
            })
    return groups, decisions
