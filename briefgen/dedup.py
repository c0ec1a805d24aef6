"""Find input files that are the same article twice.

Offices often collect the same news article from two sites, or save it
twice. Counting it twice would double its statements in the briefing, so
duplicates are reported and only the first file (in sorted path order) is
kept.

1. Identical text after folding (NFC, case, whitespace): a hash map.
2. Nearly identical text (a changed figure, an extra author line): Jaccard
   similarity of word 5-gram shingles at least ``NEAR``. Comparing every
   pair would be quadratic, so candidates are found with MinHash banding:
   each document gets ``BANDS`` keys, each built from ``ROWS`` minimum
   shingle hashes; two documents are compared only when they share a key.
   With 6 bands of 3 rows, a pair with Jaccard 0.9 shares a key with
   probability 1 - (1 - 0.9**3)**6 > 0.999; a pair at 0.5 only about half the
   time, and it is then rejected by the exact check.
   The minimums come from one hash per shingle split into bins by its low
   bits ("one-permutation hashing"), so the cost is one pass per document.
   Only kept documents are indexed, so a bucket never fills with copies.
"""
from __future__ import annotations

import hashlib
import unicodedata

from briefgen.model import Document

NEAR = 0.9       # Jaccard threshold for "nearly identical"
SHINGLE = 5      # words per shingle
BANDS, ROWS = 6, 3
MIN_WORDS = 20   # shorter texts only count as duplicates when identical
MAX_CANDIDATES = 50  # exact checks per document: bounds the worst case


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _hash(value: str) -> int:
    # Stable across runs (unlike hash()), so results never depend on the seed.
    return int.from_bytes(hashlib.blake2b(value.encode("utf-8"), digest_size=8).digest(), "little")


def _shingles(words: list[str]) -> set[int]:
    return {_hash(" ".join(words[i:i + SHINGLE])) for i in range(len(words) - SHINGLE + 1)}


def _band_keys(shingles: set[int]) -> list[tuple]:
    bins = BANDS * ROWS
    mins: list[int | None] = [None] * bins
    for h in shingles:
        b = h % bins
        value = h // bins
        if mins[b] is None or value < mins[b]:
            mins[b] = value
    return [(band, tuple(mins[band * ROWS:(band + 1) * ROWS])) for band in range(BANDS)]


def jaccard(a: set[int], b: set[int]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def find_duplicates(docs: list[Document]) -> list[tuple[str, str]]:
    """(duplicate path, kept path) pairs, in sorted order of the duplicate.

    Of each group of identical or nearly identical documents the first in
    sorted path order is kept."""
    pairs: list[tuple[str, str]] = []
    exact: dict[str, str] = {}
    buckets: dict[tuple, list[str]] = {}
    kept_shingles: dict[str, set[int]] = {}
    for doc in sorted(docs, key=lambda d: d.path):
        folded = _fold(doc.text)
        # 1. Identical text.
        digest = hashlib.sha256(folded.encode("utf-8")).hexdigest()
        if digest in exact:
            pairs.append((doc.path, exact[digest]))
            continue
        exact[digest] = doc.path
        # 2. Nearly identical text, among candidates sharing a band key.
        words = folded.split()
        if len(words) < MIN_WORDS:
            continue
        shingles = _shingles(words)
        keys = _band_keys(shingles)
        candidates: dict[str, None] = {}  # ordered set: earliest kept documents first
        for key in keys:
            candidates.update(dict.fromkeys(buckets.get(key, ())))
        match = next(
            (other for other in list(candidates)[:MAX_CANDIDATES]
             if jaccard(shingles, kept_shingles[other]) >= NEAR),
            None,
        )
        if match is not None:
            pairs.append((doc.path, match))
            continue
        kept_shingles[doc.path] = shingles
        for key in keys:
            buckets.setdefault(key, []).append(doc.path)
    return pairs
