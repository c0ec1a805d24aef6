"""``briefgen init``: give an office its own settings file and editable templates.

Writes ``briefgen.toml`` (the packaged defaults with Vietnamese comments on each
key) and copies the packaged templates into ``templates/``, where they override
the packaged ones file by file (see briefgen.paths).

Given the province (one of the 34 since 01/7/2025) and the issuing body (a kind
from ``briefgen/data/issuers.yaml``, plus the commune for commune-level bodies),
the settings file is filled for that office: header lines, symbol, place name,
signature and recipients, in the format the body uses.
"""
from __future__ import annotations

import json
import re
import shutil
import tomllib
from pathlib import Path

from briefgen import places
from briefgen.config import DEFAULTS_FILE, USER_FILE
from briefgen.errors import ConfigError
from briefgen.paths import DATA_DIR, load_yaml, packaged_templates_dir
from briefgen.store.atomic import write_atomic

TEMPLATE_FILES = ("briefing.html.j2", "briefing.css", "briefing.docx")
ISSUERS_FILE = DATA_DIR / "issuers.yaml"
DEFAULT_KIND = "ban-tgdv"
_FILLED = ("profile", "parent", "issuer", "code", "place", "signer_prefix", "signer_body",
           "signer_title", "recipients")


def issuer_kinds() -> dict[str, dict]:
    """Kind name -> letterhead recipe (label, profile, header lines with placeholders …)."""
    return load_yaml(ISSUERS_FILE.read_text(encoding="utf-8"), packaged=True)


def province_choices() -> list[str]:
    return [p.name for p in places.provinces()]


def _province(name: str) -> places.Province:
    found = places.find_province(name or "")
    if found is None:
        old = places.current_province(name or "")
        hint = (f"từ 01/7/2025 '{name}' thuộc {old.full}" if old else
                "chọn một trong: " + ", ".join(province_choices()))
        raise ConfigError(f"tỉnh, thành phố '{name}' không có trong 34 tỉnh, thành phố hiện nay ({hint})")
    return found


def _commune(province: places.Province, name: str) -> str:
    """The commune's full name ("Xã Hòa An") in ``province``; ConfigError otherwise."""
    units = places.communes(province)
    key = places.fold(name or "")
    for unit in units:
        full = places.fold(unit)
        short = places.fold(unit.split(" ", 1)[1] if not unit.startswith("Đặc khu") else unit[8:])
        if key in (full, short):
            return unit
    raise ConfigError(f"không có xã, phường, đặc khu '{name}' trong {province.full} "
                      f"(ví dụ: {', '.join(units[:5])})")


def answers(province: str, kind: str = DEFAULT_KIND, commune: str | None = None) -> dict:
    """Settings for an office: ``kind`` of issuing body in ``province`` (and ``commune``)."""
    kinds = issuer_kinds()
    if kind not in kinds:
        raise ConfigError(f"cơ quan ban hành '{kind}' không có; chọn một trong: {', '.join(kinds)}")
    recipe = kinds[kind]
    p = _province(province)
    city = p.is_city
    words = {
        "UY": "THÀNH UỶ" if city else "TỈNH UỶ", "Uy": "Thành uỷ" if city else "Tỉnh uỷ",
        # Ho Chi Minh City's committee writes the city's full name; the others the short one
        "TINH": (p.full if p.name == "Hồ Chí Minh" else p.name).upper(),
        "TINH_DAY_DU": p.full.upper(), "tinh_day_du": p.full.replace("Tỉnh", "tỉnh").replace("Thành phố", "thành phố"),
        "tinh": p.full if p.name == "Hồ Chí Minh" else p.name,
        "XA": "", "xa": "",
    }
    if recipe.get("commune"):
        if not commune:
            raise ConfigError(f"cơ quan '{recipe['label']}' cần tên xã, phường, đặc khu (tùy chọn --xa)")
        unit = _commune(p, commune)
        words["XA"], words["xa"] = unit.upper(), unit.split(" ", 1)[1] if not unit.startswith("Đặc khu") else unit[8:]
    out = {}
    for key in _FILLED:
        value = recipe[key]
        out[key] = ([line.format(**words) for line in value] if isinstance(value, list)
                    else str(value).format(**words))
    return out


def _toml_value(value) -> str:
    if isinstance(value, list):
        return "[\n" + "".join(f"  {json.dumps(v, ensure_ascii=False)},\n" for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string


def settings_text(values: dict | None = None) -> str:
    """The commented defaults, with ``values`` put in place of the default values."""
    text = DEFAULTS_FILE.read_text(encoding="utf-8")
    for key, value in (values or {}).items():
        is_list = isinstance(value, list)
        pattern = rf"^{key} = \[.*?^\]" if is_list else rf"^{key} = [^\n]*$"
        text, n = re.subn(pattern, lambda _m: f"{key} = {_toml_value(value)}", text,
                          count=1, flags=re.M | (re.S if is_list else 0))
        if n != 1:
            raise ConfigError(f"{DEFAULTS_FILE}: không tìm thấy khóa '{key}' để điền")
    tomllib.loads(text)  # what we write must read back
    return text


def _planned(target: Path) -> list[tuple[Path, Path]]:
    """(source, destination) pairs, settings file first."""
    pairs = [(DEFAULTS_FILE, target / USER_FILE)]
    packaged = packaged_templates_dir()
    for name in TEMPLATE_FILES:
        src = packaged / name
        if src.is_file():
            pairs.append((src, target / "templates" / name))
    return pairs


def write_init(target: Path, force: bool = False, values: dict | None = None) -> list[Path]:
    """Write the settings file (filled with ``values``, see ``answers``) and template
    copies into ``target``; return the paths written.

    Existing files are never replaced unless ``force`` is true; nothing is written
    when one of them exists, so a refused run leaves the folder unchanged.
    """
    target = Path(target)
    pairs = _planned(target)
    if not force:
        existing = [dst for _, dst in pairs if dst.exists()]
        if existing:
            names = ", ".join(str(p) for p in existing)
            raise ConfigError(f"{names}: tệp đã có, không ghi đè "
                              f"(dùng tùy chọn --force nếu muốn thay bằng bản mặc định)")
    text = settings_text(values)
    written = []
    for src, dst in pairs:
        try:
            dst.parent.mkdir(parents=True, exist_ok=True)
            if src == DEFAULTS_FILE:
                write_atomic(dst, text)
            else:
                shutil.copyfile(src, dst)
        except OSError as err:
            raise ConfigError(f"{dst}: không ghi được tệp ({err.strerror})") from None
        written.append(dst)
    return written
