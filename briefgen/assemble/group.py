"""Assign each statement to a theme of ``themes.yaml`` by keyword scoring.

Matching works on a normalised form of the text that is never shown to users
(see ``match_form``). Keywords are whole syllable sequences; at every position
of the text the longest keyword wins, each occurrence scores its number of
syllables (double near the start of the statement, where the genre names the
topic) times the theme's weight, and the best-scoring theme wins, ties going
to the theme listed first. Statements without any keyword land in the catch-all theme.
"""
from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from briefgen.assemble.analysis import match_form, match_forms, remember_match_forms  # noqa: F401 (re-exported)
from briefgen.errors import ConfigError
from briefgen.model import CATEGORIES
from briefgen.paths import DATA_DIR, load_yaml

THEMES_FILE = DATA_DIR / "themes.yaml"


@dataclass(frozen=True)
class Theme:
    id: str
    title: str
    keywords: tuple[tuple[str, ...], ...]  # each keyword as its syllables, match form
    categories: frozenset[str] = frozenset(CATEGORIES)
    catch_all: bool = False
    weight: float = 1.0  # < 1 for broad themes, so a specific theme wins a close call


@dataclass(frozen=True)
class ThemeMatch:
    theme: str  # theme id
    score: float
    matched: tuple[str, ...]  # keywords found, for the explain view


@dataclass(frozen=True)
class ThemeSet:
    themes: tuple[Theme, ...]

    @property
    def catch_all(self) -> Theme:
        return next(t for t in self.themes if t.catch_all)

    def by_id(self, theme_id: str) -> Theme:
        for t in self.themes:
            if t.id == theme_id:
                return t
        raise KeyError(theme_id)

    def order(self, theme_id: str) -> int:
        return [t.id for t in self.themes].index(theme_id)


def _fail(path: Path, reason: str) -> ConfigError:
    return ConfigError(f"{path}: {reason}")


def _weight(path: Path, tid: str, value) -> float:
    try:
        weight = float(value)
    except (TypeError, ValueError):
        weight = -1.0
    if not 0 < weight <= 10:
        raise _fail(path, f"chủ đề '{tid}': 'weight' phải là số dương (hiện là {value!r})")
    return weight


def load_themes(path: Path | str | None = None) -> ThemeSet:
    """Read a themes file (the packaged one by default) and check it."""
    path = Path(path) if path is not None else THEMES_FILE
    try:
        data = load_yaml(path.read_text(encoding="utf-8"), packaged=path == THEMES_FILE)
    except OSError as err:
        raise _fail(path, f"không đọc được tệp chủ đề ({err.strerror or err})") from err
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"dòng {mark.line + 1}: " if mark is not None else ""
        what = getattr(err, "problem", None) or "lỗi cú pháp"
        raise _fail(path, f"tệp chủ đề không đúng cú pháp YAML ({where}{what})") from err
    if not isinstance(data, dict) or not isinstance(data.get("themes"), list) or not data["themes"]:
        raise _fail(path, "thiếu danh sách 'themes'")
    themes: list[Theme] = []
    seen: set[str] = set()
    for i, raw in enumerate(data["themes"], 1):
        if not isinstance(raw, dict) or not raw.get("id") or not raw.get("title"):
            raise _fail(path, f"chủ đề thứ {i} thiếu 'id' hoặc 'title'")
        unknown = set(raw) - {"id", "title", "keywords", "categories", "catch_all", "weight"}
        if unknown:
            raise _fail(path, f"chủ đề '{raw['id']}' có khóa không hợp lệ: {', '.join(sorted(unknown))}")
        tid = str(raw["id"])
        if tid in seen:
            raise _fail(path, f"mã chủ đề '{tid}' bị trùng")
        seen.add(tid)
        cats = raw.get("categories") or list(CATEGORIES)
        bad = [c for c in cats if c not in CATEGORIES]
        if bad:
            raise _fail(path, f"chủ đề '{tid}': mục không hợp lệ {', '.join(map(str, bad))}")
        themes.append(Theme(
            id=tid,
            title=unicodedata.normalize("NFC", str(raw["title"]).strip()),
            keywords=tuple(str(k) for k in raw.get("keywords") or []),  # match forms below
            categories=frozenset(cats),
            catch_all=bool(raw.get("catch_all")),
            weight=_weight(path, tid, raw.get("weight", 1)),
        ))
    catch = [t for t in themes if t.catch_all]
    if len(catch) != 1 or not themes[-1].catch_all:
        raise _fail(path, "cần đúng một chủ đề 'catch_all: true' và nó phải đứng cuối")
    # all keywords at once: their match forms are kept between runs
    forms = iter(match_forms([k for t in themes for k in t.keywords]))
    return ThemeSet(tuple(dataclasses.replace(t, keywords=tuple(
        kw for kw in (next(forms) for _ in t.keywords) if kw)) for t in themes))


@lru_cache(maxsize=8)
def _index(themes: ThemeSet) -> tuple[dict[tuple[str, ...], list[int]], int]:
    """Keyword -> indices of the themes listing it; plus the longest keyword length."""
    index: dict[tuple[str, ...], list[int]] = {}
    for i, theme in enumerate(themes.themes):
        for kw in theme.keywords:
            index.setdefault(kw, [])
            if i not in index[kw]:
                index[kw].append(i)
    return index, max((len(k) for k in index), default=1)


# A statement of this genre names its topic first ("Công tác tuyên truyền, vận
# động ... còn chưa sâu sát ... các chương trình mục tiêu quốc gia"): keywords
# starting within the first syllables count double.
HEAD_SYLLABLES = 8
HEAD_BONUS = 2


_LAST_INDEX: list = []  # [themes, index, lengths]: hashing a ThemeSet per statement is costly


def _lookup(themes: ThemeSet):
    if not _LAST_INDEX or _LAST_INDEX[0] is not themes:
        index, _longest = _index(themes)
        # first syllable -> keyword lengths starting with it, longest first
        lengths: dict[str, list[int]] = {}
        for kw in index:
            lengths.setdefault(kw[0], []).append(len(kw))
        lengths = {k: sorted(set(v), reverse=True) for k, v in lengths.items()}
        _LAST_INDEX[:] = [themes, index, lengths]
    return _LAST_INDEX[1], _LAST_INDEX[2]


def find_keywords(syllables: tuple[str, ...], themes: ThemeSet) -> list[tuple[tuple[str, ...], list[int], int]]:
    """Non-overlapping keyword occurrences, longest match first at each
    position: (keyword, indices of its themes, start position)."""
    index, lengths = _lookup(themes)
    found = []
    i, size = 0, len(syllables)
    while i < size:
        # only the lengths of keywords starting with this syllable are tried
        for n in lengths.get(syllables[i], ()):
            if n <= size - i:
                kw = syllables[i:i + n]
                if kw in index:
                    found.append((kw, index[kw], i))
                    i += n
                    break
        else:
            i += 1
    return found


def assign_theme(text: str, category: str, themes: ThemeSet) -> ThemeMatch:
    """The theme of one statement of the given category."""
    scores = [0.0] * len(themes.themes)
    matched: list[str] = []
    for kw, owners, pos in find_keywords(match_form(text), themes):
        bonus = HEAD_BONUS if pos < HEAD_SYLLABLES else 1
        for i in owners:
            if category in themes.themes[i].categories and not themes.themes[i].catch_all:
                scores[i] += len(kw) * themes.themes[i].weight * bonus
                matched.append(" ".join(kw))
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    if scores[best] == 0:
        return ThemeMatch(themes.catch_all.id, 0, ())
    return ThemeMatch(themes.themes[best].id, scores[best], tuple(dict.fromkeys(matched)))
