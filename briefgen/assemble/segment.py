"""Word segmentation of match forms with underthesea's own CRF model, scored here.

Merging compares statements by their content words, and underthesea's word
segmentation was half of the extraction's CPU at national scale: its Rust
featurizer turns every syllable into 43 attribute strings handed to Python
and back to the tagger (~36 µs a syllable). The model is linear: a syllable's
score for each tag is the sum of the weights of its attributes, and every
attribute depends only on the syllables of one window (T[-1,0] on the
previous and this one, ...). So this module reads the weights from the
model file underthesea ships (CRFsuite's "lCRF" format), adds up each
window's weights once (memoised: the genre repeats its phrases) and runs
Viterbi over the two tags itself — the same words, about ten times faster.

The attribute values follow underthesea_core's featurizer, checked attribute
by attribute against it: out of range a window is "BOS" (starts before the
sentence) or "EOS" (ends after it); ``isdigit`` is "parses as a 32-bit
integer"; ``istitle`` is "no space-separated part starts with a lowercase
letter"; ``is_in_dict`` looks the lowercased window up in the model's
dictionary. tests/assemble/test_segment.py compares the words with
underthesea's on real sentences of the genre.

When the model files are missing or not in the expected format,
``load_segmenter`` returns None and analysis.py uses underthesea's tagger.
"""
from __future__ import annotations

import re
import struct
from operator import itemgetter
from pathlib import Path

_MODEL_DIR = ("pipeline", "word_tokenize", "models", "ws_crf_vlsp2013_20230727")
_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(lower|isdigit|istitle|is_in_dict))?")
_INT = re.compile(r"[+-]?[0-9]+")
_MIN_I32, _MAX_I32 = -(2 ** 31), 2 ** 31 - 1
# windows remembered per width (syllables, pairs, triples): each entry is a
# few hundred bytes in every extraction worker
MEMO_SIZE = 1 << 14


class ModelFormatError(Exception):
    """The model file is not the CRFsuite layout this module reads."""


def _cqdb_strings(data: bytes, offset: int) -> dict[int, str]:
    """id -> string of a CQDB chunk (CRFsuite's constant database), read
    through its backward array of record offsets."""
    chunk, _size, _flag, _order, count, backward = struct.unpack_from("<4sIIIII", data, offset)
    if chunk != b"CQDB":
        raise ModelFormatError("CQDB chunk expected")
    strings = {}
    for (record,) in struct.iter_unpack("<I", data[offset + backward: offset + backward + 4 * count]):
        if record:
            ident, size = struct.unpack_from("<iI", data, offset + record)
            start = offset + record + 8
            strings[ident] = data[start:start + size - 1].decode("utf-8")
    return strings


def read_crfsuite(path: Path) -> tuple[list[str], dict[str, tuple[float, ...]], list[list[float]]]:
    """Labels, attribute weights (one per label) and transition weights
    (from label, to label) of a CRFsuite first-order model file."""
    data = path.read_bytes()
    (magic, _size, kind, _version, _n, n_labels, _n_attrs,
     off_features, off_labels, off_attrs, _off_lrefs, _off_arefs) = struct.unpack_from("<4sI4sIIIIIIIII", data, 0)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ModelFormatError("not a CRFsuite first-order model")
    chunk, _size, count = struct.unpack_from("<4sII", data, off_features)
    if chunk != b"FEAT":
        raise ModelFormatError("FEAT chunk expected")
    label_names = _cqdb_strings(data, off_labels)
    labels = [label_names[i] for i in range(n_labels)]
    attr_names = _cqdb_strings(data, off_attrs)
    weights: dict[str, list[float]] = {}
    transitions = [[0.0] * n_labels for _ in range(n_labels)]
    start = off_features + 12
    for kind_id, source, target, weight in struct.iter_unpack("<IIId", data[start:start + 20 * count]):
        if kind_id == 0:  # state feature: attribute -> label
            weights.setdefault(attr_names[source], [0.0] * n_labels)[target] += weight
        elif kind_id == 1:  # transition: label -> label
            transitions[source][target] += weight
        else:
            raise ModelFormatError(f"unknown feature type {kind_id}")
    return labels, {a: tuple(w) for a, w in weights.items()}, transitions


def _value(function: str | None, window: str, dictionary: frozenset[str]) -> str:
    if function is None:
        return window
    if function == "lower":
        return window.lower()
    if function == "isdigit":
        return str(bool(_INT.fullmatch(window)) and _MIN_I32 <= int(window) <= _MAX_I32)
    if function == "istitle":
        return str(all(not part[:1].islower() for part in window.split(" ")))
    return str(window.lower() in dictionary)  # is_in_dict


class Segmenter:
    """underthesea's word segmentation (tags B-W / I-W) of a syllable list."""

    def __init__(self, templates: list[str], dictionary: frozenset[str], labels: list[str],
                 weights: dict[str, tuple[float, ...]], transitions: list[list[float]]):
        if labels != ["B-W", "I-W"]:
            raise ModelFormatError(f"unexpected labels {labels}")
        self._dictionary = dictionary
        self._weights = weights
        # "T[0,1]=hội nghị" -> {"T[0,1]": {"hội nghị": (B-W, I-W)}}: a window's
        # value is looked up as it is, without building the attribute string
        tables: dict[str, dict[str, tuple[float, ...]]] = {}
        for attribute, pair in weights.items():
            name, _, value = attribute.partition("=")
            tables.setdefault(name, {})[value] = pair
        self._transitions = transitions
        # templates grouped by the window they read: (start, end) -> [(name, function)]
        spans: dict[tuple[int, int], list[tuple[str, str | None]]] = {}
        for template in templates:
            found = _TEMPLATE.fullmatch(template)
            if not found:
                raise ModelFormatError(f"unknown feature template {template}")
            first = int(found.group(1))
            last = int(found.group(2)) if found.group(2) is not None else first
            spans.setdefault((first, last), []).append((template, found.group(3)))
        # one memo per window width: the window's (B-W, I-W) score for every
        # span of that width, so each syllable, pair and triple is scored once
        self._groups = []
        for width in sorted({last - first + 1 for first, last in spans}):
            group = sorted((first, names) for (first, last), names in spans.items() if last - first + 1 == width)
            firsts = [first for first, _ in group]
            bos = tuple(x for _, names in group for x in self._sum(names, "BOS"))
            eos = tuple(x for _, names in group for x in self._sum(names, "EOS"))
            left = max(0, -min(firsts))
            right = width - 1 + max(0, max(firsts))
            self._groups.append((width, [f + left for f in firsts], bos, eos, left, right,
                                 [[(tables.get(name, {}), function) for name, function in names]
                                  for _, names in group], {}))

    def _sum(self, names, value: str) -> tuple[float, float]:
        """Score of the attributes "<template>=<value>" (the BOS / EOS edges)."""
        b = i = 0.0
        for name, _function in names:
            found = self._weights.get(f"{name}={value}")
            if found is not None:
                b += found[0]
                i += found[1]
        return b, i

    def _score(self, plans, window: str) -> tuple[float, ...]:
        """(B-W, I-W) score of one window for each span of its width, flat:
        (B of the first span, I of the first span, B of the second, ...)."""
        values = {None: window}
        scores = []
        for names in plans:
            b = i = 0.0
            for table, function in names:
                value = values.get(function)
                if value is None:
                    value = values[function] = _value(function, window, self._dictionary)
                found = table.get(value)
                if found is not None:
                    b += found[0]
                    i += found[1]
            scores += (b, i)
        return tuple(scores)

    def tags(self, syllables: list[str] | tuple[str, ...]) -> list[str]:
        """B-W (a word starts) or I-W (continues the word) for each syllable."""
        n = len(syllables)
        if not n:
            return []
        column_b, column_i = [], []
        for width, offsets, bos, eos, left, right, plans, memo in self._groups:
            if width == 1:
                windows = syllables
            else:
                windows = [" ".join(syllables[j:j + width]) for j in range(n - width + 1)]
            scored = []
            for window in windows:
                found = memo.get(window)
                if found is None:
                    if len(memo) >= MEMO_SIZE:  # bounded: a national run has millions of triples
                        memo.clear()
                    found = memo[window] = self._score(plans, window)
                scored.append(found)
            # a window starting before the sentence reads "BOS", one ending after it "EOS"
            padded = [bos] * left + scored + [eos] * right
            for k, offset in enumerate(offsets):
                window_scores = padded[offset:offset + n]
                column_b.append(list(map(itemgetter(2 * k), window_scores)))
                column_i.append(list(map(itemgetter(2 * k + 1), window_scores)))
        emissions = list(zip(map(sum, zip(*column_b)), map(sum, zip(*column_i))))
        return self._viterbi(emissions)

    def _viterbi(self, emissions: list[tuple[float, float]]) -> list[str]:
        (bb, bi), (ib, ii) = self._transitions
        score_b, score_i = emissions[0]
        back = []
        for eb, ei in emissions[1:]:
            from_b_to_b, from_i_to_b = score_b + bb, score_i + ib
            from_b_to_i, from_i_to_i = score_b + bi, score_i + ii
            back.append((from_i_to_b > from_b_to_b, from_i_to_i > from_b_to_i))
            score_b = max(from_b_to_b, from_i_to_b) + eb
            score_i = max(from_b_to_i, from_i_to_i) + ei
        label = 1 if score_i > score_b else 0
        path = [label]
        for came_from_i in reversed(back):
            label = 1 if came_from_i[label] else 0
            path.append(label)
        path.reverse()
        return ["I-W" if label else "B-W" for label in path]


def load_segmenter() -> Segmenter | None:
    """The segmenter built from underthesea's installed model, or None when
    underthesea, its model files or their format are not what this reads."""
    try:
        import joblib
        import underthesea

        folder = Path(underthesea.__file__).parent.joinpath(*_MODEL_DIR)
        templates = joblib.load(folder / "features.bin")
        dictionary = frozenset(joblib.load(folder / "dictionary.bin"))
        labels, weights, transitions = read_crfsuite(folder / "models.bin")
        return Segmenter(list(templates), dictionary, labels, weights, transitions)
    except (ImportError, OSError, ModelFormatError, struct.error, KeyError, ValueError, TypeError):
        return None
