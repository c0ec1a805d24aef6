"""Load the extraction rules (cue lexicons, lead-in patterns) from data files.

The packaged ``data/rules.yaml`` holds the defaults. A user file
(``briefgen-rules.yaml`` in the working folder, or ``--rules FILE``) extends
them: its lists are appended to the packaged lists of the same name, its
alternation strings are joined to the packaged ones. The rules version (a hash
of the merged rules) keys the extraction cache, so editing a rule invalidates
cached results.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from briefgen.errors import ConfigError
from briefgen.extract.literals import Folded, required_words
from briefgen.extract.corrector import load_corrector
from briefgen.extract.screen import load_screen
from briefgen.extract.second_look import load_second_look
from briefgen.paths import DATA_DIR, load_yaml

USER_RULES_FILE = "briefgen-rules.yaml"
FLAGS = re.IGNORECASE
_FOLDED = Folded()


@dataclass(frozen=True)
class Rule:
    group: str
    pattern: str
    note: str
    regex: re.Pattern
    kind: str = ""
    needs: tuple[str, ...] = ()  # one of these words must be in the text (extract/literals.py)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        if self.needs:
            folded = _FOLDED.of(text)
            for word in self.needs:
                if word in folded:
                    break
            else:
                return None
        return self.regex.search(text, pos, len(text) if endpos is None else endpos)

    @property
    def label(self) -> str:
        return f"{self.group}: {self.note}"


def _word_set(data: dict, key: str) -> frozenset[str]:
    """A "a|b|c" word list of the rules file, lower-cased."""
    return frozenset(w.lower() for w in str(data.get(key, "")).split("|") if w)


class Rules:
    """Compiled rules; groups of Rule objects plus a few word lists."""

    def __init__(self, data: dict, source: str):
        self.data = data
        self.source = source
        self.screen = None  # the noise screen (extract/screen.py), set by load_rules
        self.corrector = None  # the category corrector (extract/corrector.py), set by load_rules
        self.second_look = None  # the second look (extract/second_look.py), set by load_rules
        self.version = hashlib.sha256(
            json.dumps(data, ensure_ascii=False, sort_keys=True).encode()
        ).hexdigest()[:16]
        self.groups: dict[str, list[Rule]] = {}
        self._unions: dict[str, re.Pattern | None] = {}
        for name, value in data.items():
            if isinstance(value, list):
                self.groups[name] = [self._compile(name, entry) for entry in value]
        self.speakers = self._words("speakers")
        self.reporting_bodies = self._words("reporting_bodies")
        self.subordinate_units = self._words("subordinate_units")
        self.addressee_heads = self._words("addressee_heads")
        self.predicate_starts = self._words("predicate_starts")
        self.remedy_words = self._words("remedy_words")
        self.beneficiary_words = self._words("beneficiary_words")
        self.strong_remedy_words = self._words("strong_remedy_words")
        self.remedy_nominalizers = self._words("remedy_nominalizers")
        self.bad_things = re.compile(rf"\b(?:{data.get('bad_things') or '(?!)'})\b", FLAGS)
        self.title_words = _word_set(data, "title_words")
        self.agenda_words = _word_set(data, "agenda_words")
        self.agenda_intro = re.compile(str(data.get("agenda_intro", "(?!)")), FLAGS)
        self.raised_intro = re.compile(str(data.get("raised_intro", "(?!)")), FLAGS)
        self.signing_lead = re.compile(str(data.get("signing_lead", "(?!)")), FLAGS)
        self.review_lead = re.compile(str(data.get("review_lead", "(?!)")), FLAGS)
        self.directing_intro = re.compile(str(data.get("directing_intro", "(?!)")), FLAGS)
        self.generic_words = _word_set(data, "generic_words")
        self.nominal_subjects = re.compile(str(data.get("nominal_subjects", "(?!)")), FLAGS)
        self.list_intro = re.compile(str(data.get("list_intro", "(?!)")), FLAGS)
        self.praise_objects = re.compile(str(data.get("praise_objects", "(?!)")), FLAGS)
        self.related_marker = re.compile(str(data.get("related_marker", "(?!)")), FLAGS)
        self.trailing_speaker = re.compile(str(data.get("trailing_speaker", "(?!)")), FLAGS)
        self.screen_keeps = re.compile(str(data.get("screen_keeps", "(?!)")), FLAGS)
        self.figures_reached = re.compile(str(data.get("figures_reached", "(?!)")), FLAGS)
        self.shortcomings_discussed = re.compile(str(data.get("shortcomings_discussed", "(?!)")), FLAGS)
        self.review_words = re.compile(str(data.get("review_words", "(?!)")), FLAGS)
        self.subject_again = re.compile(str(data.get("subject_again", "(?!)")), FLAGS)
        self.business_organiser = re.compile(str(data.get("business_organiser", "(?!)")), FLAGS)
        self.normative_title = re.compile(str(data.get("normative_title", "(?!)")), FLAGS)
        self.legal_basis_line = re.compile(str(data.get("legal_basis_line", "(?!)")), FLAGS)
        self.criteria_title = re.compile(str(data.get("criteria_title", "(?!)")), FLAGS)
        self.headings = {
            cat: re.compile(p, FLAGS) for cat, p in (data.get("headings") or {}).items()
        }

    def _compile(self, group: str, entry) -> Rule:
        if not isinstance(entry, dict) or "pattern" not in entry:
            raise ConfigError(f"{self.source}: luật trong nhóm '{group}' thiếu 'pattern'")
        try:
            regex = re.compile(entry["pattern"], FLAGS)
        except re.error as err:
            raise ConfigError(
                f"{self.source}: biểu thức '{entry['pattern']}' trong nhóm '{group}' sai: {err}"
            ) from None
        return Rule(group, entry["pattern"], str(entry.get("note", "")), regex, str(entry.get("kind", "")),
                    required_words(entry["pattern"], FLAGS))

    def union(self, group: str) -> re.Pattern | None:
        """One regex that matches wherever a rule of ``group`` does; None when
        the patterns cannot be joined (a group name used twice, say). Worth it
        for the shortfall cues (many rules, most clauses match none); for
        most groups the rules one by one are faster (measured)."""
        if group not in self._unions:
            patterns = [rule.pattern for rule in self.groups.get(group, ())]
            try:
                self._unions[group] = re.compile("|".join(f"(?:{p})" for p in patterns), FLAGS) if patterns else None
            except re.error:
                self._unions[group] = None
        return self._unions[group]

    def _words(self, key: str) -> str:
        """An alternation of phrases, longest first so the regex prefers them."""
        if key not in self.data:
            raise ConfigError(f"{self.source}: thiếu nhóm luật '{key}'")
        words = [w.strip() for w in str(self.data[key]).split("|") if w.strip()]
        words = sorted(set(words), key=len, reverse=True)
        return "|".join(re.escape(w) for w in words)

    def first(self, group: str, text: str, pos: int = 0, endpos: int | None = None):
        """The first rule of ``group`` that matches, with its match object."""
        for rule in self.groups.get(group, ()):
            m = rule.search(text, pos, endpos)
            if m:
                return rule, m
        return None, None


def _merge(base: dict, extra: dict, source: str) -> dict:
    merged = dict(base)
    for key, value in extra.items():
        if key not in base:
            raise ConfigError(f"{source}: nhóm luật không biết '{key}'")
        if isinstance(base[key], list):
            merged[key] = list(base[key]) + list(value or [])
        elif isinstance(base[key], dict):
            merged[key] = {**base[key], **(value or {})}
        elif key == "version":
            continue
        else:
            merged[key] = f"{base[key]}|{value}" if value else base[key]
    return merged


def _read_yaml(path: Path, packaged: bool = False) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
        data = load_yaml(text, packaged) or {}
    except (OSError, yaml.YAMLError) as err:
        raise ConfigError(f"{path}: không đọc được tệp luật ({err.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: tệp luật phải là một bảng YAML")
    return data


@lru_cache(maxsize=8)
def load_rules(user_file: str | None = None) -> Rules:
    """Packaged rules, extended by ``user_file`` when given or present in the cwd."""
    base = _read_yaml(DATA_DIR / "rules.yaml", packaged=True)
    source = "rules.yaml"
    path = Path(user_file) if user_file else Path.cwd() / USER_RULES_FILE
    if user_file or path.is_file():
        if not path.is_file():
            raise ConfigError(f"{path}: không tìm thấy tệp luật")
        base = _merge(base, _read_yaml(path), str(path))
        source = str(path)
    rules = Rules(base, source)
    rules.screen = load_screen()
    rules.corrector = load_corrector()
    rules.second_look = load_second_look()
    for model in (rules.screen, rules.corrector, rules.second_look):
        if model is not None:  # a different model gives different statements
            rules.version = hashlib.sha256(f"{rules.version} {model.digest}".encode()).hexdigest()[:16]
    return rules
