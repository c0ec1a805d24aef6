"""Gazetteer of Vietnam's administrative units, before and after 01/7/2025.

Since 01/7/2025 there are 34 provinces and centrally-run cities and no district
level (REFERENCE 1.2c); articles of earlier quarters name the 63 provinces,
their districts and communes. Both systems, and which old province went into
which new one, come from the dataset of ``vietnamadminunits`` (MIT, installed
as a dependency). Its data files are read directly, offline: importing the
package itself would load geocoding libraries that may call a web service.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from briefgen.errors import ConfigError

LIBRARY = "vietnamadminunits"


@dataclass(frozen=True)
class Province:
    name: str        # "Cao Bằng", "Hồ Chí Minh"
    full: str        # "Tỉnh Cao Bằng", "Thành phố Hồ Chí Minh"
    key: str         # "tinhcaobang", the dataset's key

    @property
    def is_city(self) -> bool:
        return self.full.startswith("Thành phố")


@lru_cache(maxsize=65536)  # the same few thousand names are folded again and again
def fold(text: str) -> str:
    """Lower case without tone marks or spaces: "Tỉnh  Đắk Lắk" -> "tinhdaklak"."""
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in text.lower() if ch.isalnum() and not unicodedata.combining(ch))


def _data_dir() -> Path:
    spec = importlib.util.find_spec(LIBRARY)  # locates the package without running it
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(f"thiếu thư viện địa danh '{LIBRARY}'; chạy lại scripts/setup.sh để cài")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


@lru_cache(maxsize=1)
def _tables() -> dict:
    folder = _data_dir()
    try:
        con = sqlite3.connect(f"file:{folder / 'dataset.db'}?mode=ro", uri=True)
        try:
            new = con.execute("SELECT province, provinceShort, provinceKey, ward, wardShort, wardType "
                              "FROM admin_units").fetchall()
            old = con.execute("SELECT province, provinceShort, provinceKey, district, districtShort, "
                              "districtType, ward, wardShort, wardType FROM admin_units_legacy").fetchall()
        finally:
            con.close()
        merged = json.loads((folder / "converter_2025.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    except (OSError, sqlite3.Error, ValueError, KeyError) as err:
        raise ConfigError(f"{folder}: không đọc được dữ liệu địa danh ({err})") from None
    return {"new": new, "old": old, "merged": merged}


def _nfc(text) -> str:
    return unicodedata.normalize("NFC", text or "")


@lru_cache(maxsize=1)
def provinces() -> tuple[Province, ...]:
    """The 34 provinces and cities since 01/7/2025, in the dataset's (north to south) order."""
    seen: dict[str, Province] = {}
    for full, short, key, *_ in _tables()["new"]:
        seen.setdefault(key, Province(_nfc(short), _nfc(full), key))
    return tuple(seen.values())


@lru_cache(maxsize=1)
def legacy_provinces() -> tuple[Province, ...]:
    """The 63 provinces and cities before 01/7/2025."""
    seen: dict[str, Province] = {}
    for full, short, key, *_ in _tables()["old"]:
        seen.setdefault(key, Province(_nfc(short), _nfc(full), key))
    return tuple(seen.values())


_ALIASES = {"hcm": "hochiminh", "tphcm": "hochiminh", "thanhphohcm": "hochiminh",
            "saigon": "hochiminh", "thuathienhue": "hue"}


def _key(name: str) -> str:
    key = fold(name)
    for prefix in ("thanhpho", "tinh", "tp"):
        if key.startswith(prefix) and len(key) > len(prefix) + 2:
            key = key[len(prefix):]
            break
    return _ALIASES.get(key, key)


@lru_cache(maxsize=2)
def _index(pool: tuple[Province, ...]) -> dict[str, Province]:
    index: dict[str, Province] = {}
    for p in pool:
        index.setdefault(fold(p.name), p)
        index.setdefault(p.key, p)
    return index


def _lookup(name: str, pool: tuple[Province, ...]) -> Province | None:
    return _index(pool).get(_key(name))


def find_province(name: str) -> Province | None:
    """One of the 34 provinces from what a user types ("cao bang", "Tỉnh Cao Bằng", "TP HCM")."""
    return _lookup(name, provinces())


@lru_cache(maxsize=1)
def _successor() -> dict[str, Province]:
    by_key = {p.key: p for p in provinces()}
    return {old: by_key[new] for new, olds in _tables()["merged"].items() for old in olds
            if new in by_key}


def current_province(name: str) -> Province | None:
    """Today's province of a province name of either system ("Bắc Giang" -> Bắc Ninh)."""
    found = find_province(name)
    if found is not None:
        return found
    old = _lookup(name, legacy_provinces())
    return _successor().get(old.key) if old else None


_ABBREVIATIONS = {"hcm", "tphcm", "thanhphohcm", "saigon"}


def province_as_named(name: str) -> str | None:
    """A province of either system as an article names it ("Thừa Thiên Huế" stays),
    abbreviations spelt out ("HCM" -> "Hồ Chí Minh"); None if it is no province."""
    found = current_province(name)
    if found is None:
        return None
    return found.name if fold(name) in _ABBREVIATIONS else name


@lru_cache(maxsize=1)
def _units() -> dict[str, set[str]]:
    """Folded short names of units by level word: "xã", "phường", "đặc khu" (today's),
    "huyện", "quận", "thị xã", "thành phố", "thị trấn" (before 01/7/2025)."""
    units: dict[str, set[str]] = {}
    for _, _, _, _, short, kind in _tables()["new"]:
        units.setdefault(_nfc(kind).lower(), set()).add(fold((short or "").split(" (")[0]))
    for _, _, _, _, dshort, dkind, _, wshort, wkind in _tables()["old"]:
        # a short name shared by two units carries its kind: "Kỳ Anh (Huyện)"
        units.setdefault(_nfc(dkind).lower(), set()).add(fold((dshort or "").split(" (")[0]))
        units.setdefault(_nfc(wkind).lower(), set()).add(fold((wshort or "").split(" (")[0]))
    for p in provinces() + legacy_provinces():
        units.setdefault("thành phố" if p.is_city else "tỉnh", set()).add(fold(p.name))
    return units


def is_unit(level: str, name: str) -> bool:
    """Whether a unit of this level ("huyện", "xã" …) and name exists in either system."""
    level = _nfc(level).lower()
    key = fold(name)
    if level == "thành phố" and key in _units().get("tỉnh", set()):
        return False
    return key in _units().get(level, set())


def communes(province: Province) -> list[str]:
    """Today's communes, wards and special zones of ``province`` ("Xã Hòa An" …)."""
    return sorted({_nfc(ward) for full, _, key, ward, _, _ in _tables()["new"] if key == province.key})


_MENTION = re.compile(r"\b(?:tỉnh|thành phố|tp\.?)[ \t]+((?-i:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)(?:[ \t]+(?-i:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)){0,3})",
                      re.IGNORECASE)
_DISTRICT_LEVELS = ("huyện", "quận", "thị xã", "thành phố")


@lru_cache(maxsize=1)
def _unit_provinces() -> dict[tuple[str, str], set[str]]:
    """(level, folded short name) -> keys of today's provinces holding such a unit."""
    succ = _successor()
    out: dict[tuple[str, str], set[str]] = {}
    for _, _, key, _, short, kind in _tables()["new"]:
        out.setdefault((_nfc(kind).lower(), fold(short.split(" (")[0])), set()).add(key)
    for _, _, key, _, dshort, dkind, _, wshort, wkind in _tables()["old"]:
        new = succ.get(key)
        if new is None:
            continue
        out.setdefault((_nfc(dkind).lower(), fold((dshort or "").split(" (")[0])), set()).add(new.key)
        out.setdefault((_nfc(wkind).lower(), fold((wshort or "").split(" (")[0])), set()).add(new.key)
    return out


def province_of(level: str | None, name: str | None, text: str = "") -> Province | None:
    """Today's province of an article's unit: the unit itself when it is a province
    (of either system); else the province the text names most ("huyện Z, tỉnh Y");
    else the only province holding a unit of that level and name."""
    level = _nfc(level or "").lower()
    if name and level in ("tỉnh", "thành phố"):
        found = current_province(name)
        if found is not None:
            return found
    counts: dict[str, int] = {}
    for m in _MENTION.finditer(text or ""):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            found = current_province(" ".join(words[:n]))
            if found is not None:
                counts[found.key] = counts.get(found.key, 0) + 1
                break
    by_key = {p.key: p for p in provinces()}
    if counts:
        return by_key[max(counts, key=counts.get)]
    if name and level:
        holders = _unit_provinces().get((level, fold(name)), set())
        if len(holders) == 1:
            return by_key[next(iter(holders))]
    return None
