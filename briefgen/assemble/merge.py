"""Merge statements from different articles that say the same thing.

Only statements of the same section (category) and the same theme are ever
compared, never two statements of the same article (an article lists
distinct points; two of them are not one point said twice), and never two
statements stating different figures (see ``figures_key``).

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

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from briefgen.assemble.analysis import STOPWORDS, content_words, remember_content_words  # noqa: F401 (re-exported)
from briefgen.assemble.figures import find_figures
from briefgen.model import Statement

# Measured with benchmarks/merge_threshold.py on tests/fixtures/merge_pairs.yaml
# (76 labelled pairs: 36 same, 40 different), "as merge sees it" (same
# section, theme and figures required), Dice similarity:
#   threshold  0.26-0.32: P 0.900 R 1.000 F1 0.947
#              0.34-0.36: P 0.921 R 0.972 F1 0.946
#              0.38-0.40: P 0.946 R 0.972 F1 0.959   <- 0.40 chosen (best F1)
#              0.42-0.44: P 0.971 R 0.944 F1 0.958
#              0.50:      P 0.970 R 0.889 F1 0.928
# A wrong merge hides a point from the briefing while a missed one only shows
# it twice, so between equal F1 the higher threshold wins.
MERGE_THRESHOLD = 0.40

# Blocking and clustering bounds. They only matter when one content word is
# shared by more than WINDOW statements of a section and theme, i.e. at
# national scale: on the samples and fixtures (95 articles) the groups are
# the same with WINDOW 20 / 400 pairs / leader only. On 10,000 generated
# articles these values give 99.7 % identical groups (83,223 instead of
# 83,310 statements merged) in 8.4 s instead of 19.2 s.
KEYS_PER_STATEMENT = 4  # rarest content words used as blocking keys
WINDOW = 10             # neighbours compared per key posting list
COMPLETE_LINK_PAIRS = 100  # above this many cross pairs, a join is checked against ANCHORS members only
ANCHORS = 8                # the leader and the first members to join it

@lru_cache(maxsize=65536)
def figures_key(text: str) -> frozenset[str]:
    """The figures a statement states ("12,5 tỷ", "217/217", "98,5%").

    Statements merge only when they state the same figures (or none): the
    item shows one wording and cites every source, so "186 nhà Đại đoàn kết"
    from one article must not be cited as what another article (1.327 nhà, or
    no number at all) reported."""
    return frozenset(text[s:e].replace(" ", "") for s, e in find_figures(text))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient of two content-word sets: 2·|A∩B| / (|A| + |B|).

    On the labelled pairs Jaccard, Dice and the mean of Jaccard and
    containment reach the same best F1 (0.959) and containment alone less
    (0.946, it lets a two-word statement match anything containing those
    words); Dice keeps that F1 over the widest range of thresholds
    (0.37-0.44 within 0.01), so the choice does not hinge on one value.
    See benchmarks/merge_threshold.py."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


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
    # statements in a content-based order (their sorted words): neighbours in
    # it are the likeliest matches; posting lists filled in that order need no
    # sorting of their own
    ranked = sorted(indices, key=lambda i: (sorted(words[i]), i))
    postings: dict[str, list[int]] = defaultdict(list)
    for i in ranked:
        # rarest shared words first: a word used by one statement cannot pair it
        keys = sorted((w for w in words[i] if df[w] > 1), key=lambda w: (df[w], w))[:KEYS_PER_STATEMENT]
        for w in keys:
            postings[w].append(i)
    pairs: set[tuple[int, int]] = set()
    add = pairs.add
    for plist in postings.values():
        for pos, i in enumerate(plist):
            for j in plist[pos + 1:pos + 1 + WINDOW]:
                add((i, j) if i < j else (j, i))
    return pairs


# A wording may add this share of content words that no other member of its
# group says and still speak for the group.
MAX_UNSUPPORTED = 0.5
# A member whose content is mostly absent from the kept wording carries
# details the item would lose ("báo cáo định kỳ còn chậm"): it stays an item
# of its own rather than disappear into a shorter one.
MAX_LOST = 0.5


def _choose_kept(members: list[int], words: list[frozenset[str]], entries: list[Entry]) -> int:
    """The most complete wording that does not claim more than the others.

    The most complete statement is the one with the most content (then the
    longest text). But a long enumeration ("A; B; C; D") that shares only B
    with the others would make the item claim C and D on behalf of every cited
    source: a member is eligible only if at most MAX_UNSUPPORTED of its
    content words are absent from every other member. If none is eligible,
    the best-supported one is kept. Ties go to the earlier statement."""
    # word -> number of members using it, so each member's unsupported words
    # are known without rebuilding the others' union (groups can be large)
    uses: dict[str, int] = defaultdict(int)
    for m in members:
        for w in words[m]:
            uses[w] += 1

    def unsupported(m: int) -> float:
        own = words[m]
        return sum(1 for w in own if uses[w] == 1) / len(own) if own else 1.0

    eligible = [m for m in members if unsupported(m) <= MAX_UNSUPPORTED]
    if eligible:
        return max(eligible, key=lambda m: (len(words[m]), len(entries[m].statement.text), -m))
    return min(members, key=lambda m: (unsupported(m), m))


def _lost(member: frozenset[str], kept: frozenset[str]) -> float:
    """Share of a member's content words that the kept wording does not say."""
    return len(member - kept) / len(member) if member else 0.0


def merge_entries(entries: list[Entry], threshold: float = MERGE_THRESHOLD) -> tuple[list[Group], list[dict]]:
    """Group entries that say the same thing; return groups and merge decisions.

    Groups are in order of their first member. Each decision records one
    statement folded into another: kept and merged text, their source paths,
    the similarity between them, section and theme."""
    words = [content_words(e.statement.text) for e in entries]
    figures = [figures_key(e.statement.text) for e in entries]
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, e in enumerate(entries):
        blocks[(e.statement.category, e.theme)].append(i)

    # ``similarity`` written out in the two loops below, which run hundreds
    # of thousands of times at national scale (same formula, same floats)
    article = [e.article for e in entries]
    sizes = [len(w) for w in words]
    scored = []
    for block in blocks.values():
        for i, j in _candidate_pairs(block, words):
            if article[i] == article[j] or figures[i] != figures[j]:
                continue
            sim = 2 * len(words[i] & words[j]) / (sizes[i] + sizes[j])  # both non-empty: they share a key
            if sim >= threshold:
                scored.append((-sim, i, j))
    scored.sort()

    # Greedy clustering, strongest pairs first. Plain single-link would chain
    # A~B~C~D until D has nothing in common with A, so two groups join only
    # when every cross pair is within the threshold (complete link). For big
    # groups (a point repeated by hundreds of articles) that check would grow
    # quadratically, so beyond COMPLETE_LINK_PAIRS cross pairs the members of
    # the smaller group are checked against the larger one's leader and
    # first members to join it (ANCHORS). No group may hold two statements of one article.
    leader = list(range(len(entries)))       # group id of each entry = its leader
    members = {i: [i] for i in range(len(entries))}
    articles = {i: {e.article} for i, e in enumerate(entries)}

    for _neg, i, j in scored:
        gi, gj = leader[i], leader[j]
        if gi == gj or not articles[gi].isdisjoint(articles[gj]):  # no allocation, stops at the first
            continue
        if (len(members[gj]), -gj) > (len(members[gi]), -gi):
            gi, gj = gj, gi  # gi: the group that keeps its leader
        if len(members[gi]) * len(members[gj]) <= COMPLETE_LINK_PAIRS:
            anchors = members[gi]
        else:
            anchors = members[gi][:ANCHORS]
        if any(2 * len(words[a] & words[m]) / (sizes[a] + sizes[m]) < threshold  # grouped: never empty
               for a in anchors for m in members[gj]):
            continue
        for m in members[gj]:
            leader[m] = gi
        members[gi].extend(members.pop(gj))
        articles[gi] |= articles.pop(gj)

    members = {g: sorted(ms) for g, ms in members.items()}
    groups, decisions = [], []
    final: list[list[int]] = []
    for ms in members.values():
        if len(ms) == 1:
            final.append(ms)
            continue
        kept = _choose_kept(ms, words, entries)
        detailed = [m for m in ms if m != kept and _lost(words[m], words[kept]) > MAX_LOST]
        final.append([m for m in ms if m not in detailed])
        final.extend([m] for m in detailed)
    for ms in sorted(final, key=lambda m: m[0]):
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
