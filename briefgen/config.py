"""Settings and format profiles.

Settings come in three layers merged once, later layers winning key by key:
1. packaged defaults (``briefgen/data/briefgen.toml``, also the commented sample
   that ``briefgen init`` writes),
2. the office's ``briefgen.toml`` in the working folder,
3. command-line overrides (a dict; ``None`` values mean "flag not given").

Format profiles (``briefgen/data/profiles/*.yaml``) hold every size, margin and
wording difference between Party documents (``dang``: HD 05 of 2026;
``dang-hd36``: HD 36, for documents dated before 27/5/2026) and state documents
(``nha-nuoc``: ND 30), so the renderers never hard-code them.
"""
from __future__ import annotations

import datetime as _dt
import os
import tomllib
from pathlib import Path

import yaml

from briefgen.errors import ConfigError
from briefgen.paths import DATA_DIR

USER_FILE = "briefgen.toml"
DEFAULTS_FILE = DATA_DIR / "briefgen.toml"
PROFILES_DIR = DATA_DIR / "profiles"
PROFILES = ("dang", "dang-hd36", "nha-nuoc")

STRING_KEYS = ("profile", "issuer", "parent", "number", "code", "place", "date",
               "signer_name", "signer_title", "signer_prefix", "signer_body", "previous")
LIST_KEYS = ("recipients",)
KNOWN_KEYS = STRING_KEYS + LIST_KEYS

# The same signing authority is written differently by the two standards;
# staff may type either form, we print the one their profile uses.
_PREFIX_EQUIVALENTS = {
    "T/M": "TM.", "K/T": "KT.", "T/L": "TL.", "T/UQ": "TUQ.", "Q/": "Q.",
}


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: tệp cấu hình sai cú pháp TOML ({err})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: tệp cấu hình không phải UTF-8") from None
    except OSError as err:
        raise ConfigError(f"{path}: không đọc được tệp cấu hình ({err.strerror})") from None


def _check_layer(values: dict, origin: str) -> dict:
    """Validate one layer; ``origin`` names the file (or the command line) in messages."""
    clean = {}
    for key, value in values.items():
        if key not in KNOWN_KEYS:
            raise ConfigError(
                f"{origin}: khóa cấu hình không hợp lệ '{key}' "
                f"(các khóa hợp lệ: {', '.join(KNOWN_KEYS)})")
        if value is None:
            continue
        if key in LIST_KEYS:
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{origin}: khóa '{key}' phải là danh sách các dòng chữ")
            value = [v.strip() for v in value if v.strip()]
        else:
            if isinstance(value, bool) or not isinstance(value, (str, int)):
                raise ConfigError(f"{origin}: khóa '{key}' phải là một dòng chữ")
            value = str(value).strip()
        clean[key] = value
    if "profile" in clean and clean["profile"] not in PROFILES:
        raise ConfigError(
            f"{origin}: thể thức '{clean['profile']}' không có; chọn một trong: {', '.join(PROFILES)}")
    if clean.get("date"):
        try:
            _dt.date.fromisoformat(clean["date"])
        except ValueError:
            raise ConfigError(
                f"{origin}: ngày '{clean['date']}' không đúng dạng năm-tháng-ngày (ví dụ 2024-04-05)"
            ) from None
    return clean


def load_settings(cwd: Path, overrides: dict | None = None) -> dict:
    """Merge packaged defaults, ``cwd/briefgen.toml`` and ``overrides`` into one dict."""
    settings = _check_layer(_read_toml(DEFAULTS_FILE), str(DEFAULTS_FILE))
    user = Path(cwd) / USER_FILE
    if user.is_file():
        settings.update(_check_layer(_read_toml(user), str(user)))
    if overrides:
        settings.update(_check_layer(dict(overrides), "tham số dòng lệnh"))
    return settings


def load_profile(name: str) -> dict:
    """The format profile ``name`` (one of ``PROFILES``) as a dict."""
    if name not in PROFILES:
        raise ConfigError(f"thể thức '{name}' không có; chọn một trong: {', '.join(PROFILES)}")
    path = PROFILES_DIR / f"{name}.yaml"
    try:
        profile = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise ConfigError(f"{path}: không đọc được thể thức ({err})") from None
    body = profile["body"]
    if "line_spacing_pt" in body:
        # HD 05: exactly 18-22 pt; below the body size lines would overlap.
        exact = float(body["line_spacing_pt"])
        if not body["size"] <= exact <= 2 * body["size"]:
            raise ConfigError(f"{path}: line_spacing_pt {exact} không hợp với cỡ chữ {body['size']}")
    else:
        spacing = body["line_spacing"]
        # ND 30 allows single to 1.5 lines; anything else is a typo in the profile.
        if not 1.0 <= float(spacing) <= 1.5:
            raise ConfigError(f"{path}: line_spacing {spacing} phải trong khoảng 1-1,5")
    return profile


_LINE_ENDS = ",;.:"


def punctuate_recipients(lines, profile: dict) -> list[str]:
    """Recipient lines ending as the profile asks: ";" (HD 05, ND 30) or "," (HD 36),
    the last one ("- Lưu …") with "."; staff may type them with or without punctuation."""
    spec = profile["recipients"]
    clean = [line.strip().lstrip("-").strip().rstrip(_LINE_ENDS).rstrip() for line in lines or []]
    clean = [line for line in clean if line]
    ends = [spec.get("item_end", ";")] * max(len(clean) - 1, 0) + [spec.get("last_end", ".")]
    return [line + end for line, end in zip(clean, ends)]


# Collective bodies that do sign "T/M": a ban that is a staff organ never does.
_COLLECTIVE_BANS = ("BAN THƯỜNG VỤ", "BAN CHẤP HÀNH", "BAN THƯỜNG TRỰC")


def check_signature(settings: dict, profile: dict) -> None:
    """HD 05: a ban of a Party committee works under its head and signs TRƯỞNG BAN or
    K/T TRƯỞNG BAN, never T/M (T/M is for a collective: Ban Thường vụ, Đảng uỷ …)."""
    if profile["header"]["kind"] != "party":
        return
    issuer = " ".join((settings.get("issuer") or "").upper().split())
    prefix = (settings.get("signer_prefix") or "").strip().upper()
    if issuer.startswith("BAN ") and not issuer.startswith(_COLLECTIVE_BANS) \
            and prefix in ("T/M", "TM."):
        raise ConfigError(
            f"cơ quan ban hành '{settings.get('issuer')}' là ban tham mưu của cấp uỷ: ký "
            f"\"TRƯỞNG BAN\" hoặc \"K/T TRƯỞNG BAN\", không ký T/M (Hướng dẫn 05-HD/VPTW); "
            f"sửa signer_prefix trong {USER_FILE}")


def issue_date(settings: dict) -> _dt.date:
    """The date printed on the report: the setting, else SOURCE_DATE_EPOCH's day, else today."""
    if settings.get("date"):
        return _dt.date.fromisoformat(settings["date"])
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc).date()
    return _dt.date.today()


def format_place_date(place: str, day: _dt.date) -> str:
    # ND 30: days below 10 and months 1-2 get a leading zero ("ngày 05 tháng 02").
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    text = f"ngày {day.day:02d} tháng {month} năm {day.year}"
    return f"{place}, {text}" if place else text.capitalize()


def format_number(settings: dict, profile: dict) -> str:
    spec = profile["header"]["number"]
    number = (settings.get("number") or "").strip()
    if not number:
        number = spec["blank"]
    elif spec.get("pad_below_10") and number.isdigit() and int(number) < 10:
        number = f"{int(number):02d}"
    return spec["format"].format(n=number, code=settings.get("code") or "")


def compose_signer_prefix(settings: dict, profile: dict) -> str:
    prefix = (settings.get("signer_prefix") or "").strip()
    if profile["name"] == "nha-nuoc":
        prefix = _PREFIX_EQUIVALENTS.get(prefix.upper(), prefix)
    else:
        reverse = {v: k for k, v in _PREFIX_EQUIVALENTS.items()}
        prefix = reverse.get(prefix.upper(), prefix)
    body = (settings.get("signer_body") or "").strip()
    return " ".join(part for part in (prefix, body) if part)


def letterhead(settings: dict) -> dict:
    """The ``letterhead`` block of the briefing model, formatted for the chosen profile."""
    profile = load_profile(settings.get("profile") or "dang")
    check_signature(settings, profile)
    return {
        "profile": profile["name"],
        "parent": settings.get("parent", ""),
        "issuer": settings.get("issuer", ""),
        "number": format_number(settings, profile),
        "place_date": format_place_date(settings.get("place", ""), issue_date(settings)),
        "signer_prefix": compose_signer_prefix(settings, profile),
        "signer_title": settings.get("signer_title", ""),
        "signer_name": settings.get("signer_name", ""),
        "recipients": punctuate_recipients(settings.get("recipients", []), profile),
    }
