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
import zlib
import unicodedata
from functools import lru_cache

from briefgen.model import Document

NEAR = 0.9       # Jaccard threshold for "nearly identical"
SHINGLE = 5      # words per shingle
BANDS, ROWS = 6, 3
MIN_WORDS = 20   # shorter texts only count as duplicates when identical
SHINGLE_CACHE = 256  # documents whose shingles are kept at a time (candidates recur)
MAX_CANDIDATES = 50  # exact checks per document: bounds the worst case
ESTIMATE_FLOOR = 0.6  # below this share of equal sketch bins, Jaccard >= 0.9 is very unlikely


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _hash(value: str) -> int:
    # Stable across runs (unlike hash() of a string), so results never depend
    # on the seed; crc32 is computed in C, which matters at thousands of articles.
    return zlib.crc32(value.encode("utf-8"))


class _WordHashes(dict):
    """word -> _hash(word), each distinct word hashed once per run."""

    def __missing__(self, word: str) -> int:
        value = self[word] = _hash(word)
        return value


def _shingles(words: list[str], hashes: _WordHashes) -> set[int]:
    """Hashes of the word 5-grams: the hash of the tuple of its words'
    hashes, which is stable across runs too (Python randomises the hash of
    strings, never of integers and tuples of integers)."""
    ids = list(map(hashes.__getitem__, words))
    return set(map(hash, zip(*(ids[k:] for k in range(SHINGLE)))))


def _sketch(shingles: set[int]) -> list[int | None]:
    """The minimum of each of BANDS*ROWS hash bins (one-permutation MinHash)."""
    bins = BANDS * ROWS
    # Within one bin, a smaller hash means a smaller value: going from the
    # largest hash down, the last one written to each bin is its minimum.
    least = {h % bins: h // bins for h in sorted(shingles, reverse=True)}
    return [least.get(b) for b in range(bins)]


def _band_keys(mins: list[int | None]) -> list[tuple]:
    return [(band, tuple(mins[band * ROWS:(band + 1) * ROWS])) for band in range(BANDS)]


def _estimate(a: list[int | None], b: list[int | None]) -> float:
    """Share of equal bins: an estimate of the Jaccard similarity."""
    return sum(1 for x, y in zip(a, b) if x == y) / len(a)


def jaccard(a: set[int], b: set[int]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def find_duplicates(docs: list[Document], sketches: dict[str, list] | None = None) -> list[tuple[str, str]]:
    """(duplicate path, kept path) pairs, in sorted order of the duplicate.

    Of each group of identical or nearly identical documents the first in
    sorted path order is kept. ``sketches`` (text digest -> MinHash sketch)
    is looked up, then left holding the sketches of exactly these documents:
    kept between runs, it spares a rebuild the shingling of every unchanged
    article (shingles are then only computed for the rare candidate pairs)."""
    known = sketches or {}
    used: dict[str, list] = {}
    pairs: list[tuple[str, str]] = []
    exact: dict[str, str] = {}
    buckets: dict[tuple, list[str]] = {}
    kept_text: dict[str, str] = {}  # the documents' own strings, not copies
    kept_sketch: dict[str, list[int | None]] = {}
    hashes = _WordHashes()

    # Shingles are made again when a near-duplicate check needs them, not kept
    # for every document: kept, they took ~90 kB per article (900 MB at 10,000),
    # and the sketches rule out almost every pair before the exact check.
    @lru_cache(maxsize=SHINGLE_CACHE)
    def shingles_of(path: str) -> set[int]:
        return _shingles(_fold(kept_text[path]).split(), hashes)

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
        kept_text[doc.path] = doc.text
        sketch = known.get(digest)
        if sketch is None:
            sketch = _sketch(shingles_of(doc.path))
        used[digest] = sketch
        keys = _band_keys(sketch)
        candidates: dict[str, None] = {}  # ordered set: earliest kept documents first
        for key in keys:
            candidates.update(dict.fromkeys(buckets.get(key, ())))
        # the sketch estimate rules out most candidates before the exact check
        match = next(
            (other for other in list(candidates)[:MAX_CANDIDATES]
             if _estimate(sketch, kept_sketch[other]) >= ESTIMATE_FLOOR
             and jaccard(shingles_of(doc.path), shingles_of(other)) >= NEAR),
            None,
        )
        if match is not None:
            pairs.append((doc.path, match))
            del kept_text[doc.path]
            continue
        kept_sketch[doc.path] = sketch
        for key in keys:
            buckets.setdefault(key, []).append(doc.path)
    if sketches is not None:
        sketches.clear()
        sketches.update(used)
    return pairs
