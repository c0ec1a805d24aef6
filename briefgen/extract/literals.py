"""The literal words a rule's text must contain before its regex can match.

Most of the ~230 rules match none of a sentence's clauses, and a regex that
fails still walks every position of the text with case-insensitive
alternations. A rule whose pattern needs one of a few words ("hạn chế",
"chưa", ...) cannot match a text whose case-folded form contains none of them;
that test is a plain substring search, far cheaper than the regex. The words
come from the pattern itself (parsed by Python's own regex parser), so a rule
file a user extends gets the same shortcut, and a pattern we cannot read
simply gets none.

Sound by construction: only literal runs every match must contain are used
(not those under a lookaround, an optional part or a repetition that may be
empty); for an alternation, every branch must contribute. A match inside
``text[pos:endpos]`` is inside ``text``, so checking the whole text is safe
for the ranged searches the rules do.
"""
from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as C
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

MIN_LEN = 2  # a one-letter word is in nearly every text: no use as a filter


def _score(words: set[str]) -> float:
    """Prefer few alternatives, each long (each must be searched for)."""
    return min(len(w) for w in words) - 0.5 * len(words)


def _needed(items) -> set[str] | None:
    """For a parsed sequence: a set of words one of which every match contains, or None."""
    best: set[str] | None = None
    run: list[str] = []

    def consider(words: set[str] | None) -> None:
        nonlocal best
        if words and (best is None or _score(words) > _score(best)):
            best = words

    def end_run() -> None:
        if len(run) >= MIN_LEN:
            consider({"".join(run)})
        run.clear()

    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        end_run()
        if op is C.SUBPATTERN:
            consider(_needed(av[-1]))
        elif op is C.BRANCH:
            branches = [_needed(b) for b in av[1]]
            if all(branches):
                consider(set().union(*branches))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            consider(_needed(av[2]))
    end_run()
    return best


def required_words(pattern: str, flags: int = re.IGNORECASE) -> tuple[str, ...]:
    """Case-folded words one of which any text the pattern matches contains; () if unknown."""
    try:
        parsed = sre_parse.parse(pattern, flags)
    except (re.error, RecursionError, TypeError, ValueError):
        return ()
    words = _needed(list(parsed))
    return tuple(sorted({w.casefold() for w in words})) if words else ()


class Folded:
    """The case-folded form of the text last asked for: the rules of a group
    are tried one after another on the same clause. The pair is replaced in
    one assignment, so a thread never reads one text's fold for another."""

    __slots__ = ("pair",)

    def __init__(self) -> None:
        self.pair: tuple[str | None, str] = (None, "")

    def of(self, text: str) -> str:
        last, folded = self.pair
        if text is not last:
            folded = text.casefold()
            self.pair = (text, folded)
        return folded
