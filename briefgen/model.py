"""The one data model shared by every stage.

Everything is a small frozen dataclass, so a stage cannot quietly change what
an earlier stage produced; it makes a new value with ``dataclasses.replace``.
Every statement carries its provenance: the source file, character offsets
into the article text and the verbatim quote, so any line of the briefing can
be traced back to the article it came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field

CATEGORIES = ("achievement", "limitation", "task")


@dataclass(frozen=True)
class Document:
    """What a reader returns: the text of one input file, decoded to NFC."""

    path: str                 # the input path as given to the tool
    text: str                 # decoded, NFC, control characters removed
    title: str | None = None  # from the file format when it has one (HTML <title>, docx core props)
    date: str | None = None   # ISO date from the file format when it has one
    url: str | None = None
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()
    # metadata given beside the text (metadata.csv, front matter): (key, value) pairs
    given: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Dropped:
    """A piece of page noise left out of extraction, and why."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class Evidence:
    """A metadata value with the text it was read from."""

    value: str
    quote: str
    start: int = -1


@dataclass(frozen=True)
class ArticleMeta:
    title: Evidence | None = None
    unit_level: Evidence | None = None   # tỉnh, thành phố, huyện, thị xã, quận
    locality: Evidence | None = None     # the name after the unit level
    period: Evidence | None = None       # reported period, e.g. "quý I/2024"
    next_period: Evidence | None = None  # e.g. "quý II/2024"
    meeting_date: Evidence | None = None # ISO yyyy-mm-dd
    chair: Evidence | None = None        # chair's name
    chair_title: Evidence | None = None
    url: Evidence | None = None

    def value(self, name: str) -> str | None:
        ev = getattr(self, name)
        return ev.value if ev is not None else None


@dataclass(frozen=True)
class Statement:
    """One achievement, limitation or task, with where it came from."""

    category: str  # one of CATEGORIES
    text: str      # cleaned text as the briefing shows it
    quote: str     # verbatim piece of the article text
    source: str    # Document.path
    start: int     # offsets of quote in Document.text
    end: int
    rule: str = ""  # the rule that decided the category


@dataclass(frozen=True)
class Decision:
    """How one piece of text was labelled; the explain command prints these."""

    start: int
    end: int
    label: str  # a category, "none" (framing), or "noise"
    rule: str


@dataclass(frozen=True)
class Article:
    """One input article after extraction."""

    doc: Document
    meta: ArticleMeta
    statements: tuple[Statement, ...]
    dropped: tuple[Dropped, ...] = ()
    decisions: tuple[Decision, ...] = ()
    # why the file is not an article of the genre ("" when it is one); such
    # a file is left out of the briefing unless the user keeps it
    off_topic: str = ""

    @property
    def path(self) -> str:
        return self.doc.path


@dataclass(frozen=True)
class Problem:
    """A file that could not be used, or a warning about one."""

    path: str
    message: str  # Vietnamese, one line
    fatal: bool = True  # True: the file was skipped


@dataclass
class RunReport:
    """What a run did, for the summary printed at the end."""

    read: int = 0
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
