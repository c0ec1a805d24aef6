"""Per-file metadata the article text does not state.

Two places, same keys (``FIELDS``):

* ``metadata.csv`` in the input folder: a header row with a ``file`` column
  (the input's file name) and any of the fields; comma, semicolon or tab
  separated (Excel on a Vietnamese Windows writes semicolons and a BOM).
* YAML front matter at the top of a .txt/.md file, between ``---`` lines.

Values are strings; dates become ISO ``yyyy-mm-dd``. Unknown columns or keys
and unusable values are warnings (Vietnamese lines appended to the
``warnings`` list the caller passes), never a crash. A CSV that cannot be
parsed raises InputError naming the CSV and the line.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import unicodedata
from pathlib import Path, PureWindowsPath

from briefgen.read.encodings import clean_text, decode_bytes
from briefgen.errors import InputError

log = logging.getLogger(__name__)

CSV_NAME = "metadata.csv"
FIELDS = ("title", "locality", "unit_level", "period", "next_period", "meeting_date", "url")
MAX_CSV_BYTES = 5 * 1024 * 1024
MAX_FRONT_MATTER = 64 * 1024  # a front matter block is a few lines; do not parse a whole file as YAML


def _warn(warnings: list[str] | None, message: str) -> None:
    """To the caller's list when given (the CLI prints it), else to the log."""
    if warnings is not None:
        warnings.append(message)
    else:
        log.warning(message)


# --------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------

def _iso_date(value: str) -> str | None:
    """'2024-04-02', '02/4/2024', '2-4-2024', '02.04.2024' -> '2024-04-02'."""
    value = value.strip()
    for sep in ("-", "/", "."):
        parts = value.split(sep)
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            if len(parts[0]) == 4:
                year, month, day = parts
            elif len(parts[2]) == 4:
                day, month, year = parts  # Vietnamese order: day first
            else:
                return None
            try:
                return dt.date(int(year), int(month), int(day)).isoformat()
            except ValueError:
                return None
    return None


def _field_value(key: str, raw: object, where: str, warnings: list[str] | None) -> str | None:
    """One metadata value as a clean string, or None (with a warning) when unusable."""
    if raw is None:
        return None
    if isinstance(raw, (dt.date, dt.datetime)):
        raw = raw.isoformat()[:10]
    if isinstance(raw, bool) or not isinstance(raw, (str, int, float)):
        _warn(warnings, f"{where}: giá trị của '{key}' phải là một dòng chữ, bỏ qua")
        return None
    value = " ".join(clean_text(str(raw)).split())
    if not value:
        return None
    if key == "meeting_date":
        iso = _iso_date(value)
        if iso is None:
            _warn(warnings, f"{where}: ngày '{value}' không hợp lệ (dùng dạng 2024-04-02 hoặc 02/4/2024), bỏ qua")
        return iso
    if key == "url" and not value.startswith(("http://", "https://")):
        _warn(warnings, f"{where}: địa chỉ '{value}' không bắt đầu bằng http:// hoặc https://, bỏ qua")
        return None
    if key == "unit_level":
        value = value.lower()
    return value


# --------------------------------------------------------------------------
# metadata.csv
# --------------------------------------------------------------------------

def load_sidecar(folder: Path, warnings: list[str] | None = None) -> dict[str, dict[str, str]]:
    """Read ``folder/metadata.csv`` into {file name: {field: value}}; {} if absent.

    Keys are bare file names (a path in the ``file`` column is reduced to its
    name). Raises InputError naming the CSV and line when it cannot be parsed."""
    path = Path(folder) / CSV_NAME
    if not path.is_file():
        return {}
    display = str(path)
    try:
        with path.open("rb") as f:
            data = f.read(MAX_CSV_BYTES + 1)
    except OSError as err:
        raise InputError(display, f"không đọc được tệp ({err.strerror or type(err).__name__})") from err
    if len(data) > MAX_CSV_BYTES:
        raise InputError(display, "tệp quá lớn (giới hạn 5 MB)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text, _, notes = decode_bytes(data, display)  # Excel "CSV" in the Windows code page
        for note in notes:
            _warn(warnings, note)
    text = clean_text(text)
    if not text.strip():
        return {}
    return _parse_csv(text, display, warnings)


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _parse_csv(text: str, display: str, warnings: list[str] | None) -> dict[str, dict[str, str]]:
    header_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(header_line), strict=True)
    result: dict[str, dict[str, str]] = {}
    seen_at: dict[str, int] = {}
    try:
        header = [unicodedata.normalize("NFC", h.strip().lower()) for h in next(reader)]
        if "file" not in header:
            raise InputError(display, "dòng 1: thiếu cột 'file' (tên tệp bài viết) ở dòng tiêu đề")
        for name in header:
            if name != "file" and name not in FIELDS:
                _warn(warnings, f"{display}: cột '{name}' không được hỗ trợ, bỏ qua (dùng: file, {', '.join(FIELDS)})")
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(header) and any(cell.strip() for cell in row[len(header):]):
                raise InputError(display, f"dòng {line}: có {len(row)} ô, nhiều hơn {len(header)} cột của dòng tiêu đề")
            cells = dict(zip(header, row))
            name = PureWindowsPath(cells.get("file", "").strip()).name
            name = unicodedata.normalize("NFC", name)
            if not name:
                raise InputError(display, f"dòng {line}: thiếu tên tệp ở cột 'file'")
            if name in seen_at:
                _warn(warnings, f"{display}: dòng {line}: tệp '{name}' đã có ở dòng {seen_at[name]}, dùng dòng {line}")
            seen_at[name] = line
            fields = {}
            for key in FIELDS:
                value = _field_value(key, cells.get(key), f"{display}: dòng {line}", warnings)
                if value is not None:
                    fields[key] = value
            result[name] = fields
    except csv.Error as err:
        raise InputError(
            display, f"dòng {reader.line_num}: sai định dạng CSV (kiểm tra dấu ngoặc kép và dấu phân cách)"
        ) from err
    except StopIteration:
        return {}
    return result


# --------------------------------------------------------------------------
# YAML front matter
# --------------------------------------------------------------------------

def _find_front_matter(text: str) -> tuple[str, int] | None:
    """(YAML block, offset of the text after it) or None. The block opens
    with a first line '---' and closes with a line '---' or '...'. Lines are
    found with str.find so a long single-line file costs one scan."""
    first_end = text.find("\n")
    if first_end < 0 or text[:first_end].rstrip() != "---":
        return None
    start = pos = first_end + 1
    while pos < min(len(text), MAX_FRONT_MATTER):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].rstrip() in ("---", "..."):
            offset = end + 1 if end < len(text) else end
            while offset < len(text) and text[offset] == "\n":
                offset += 1
            return text[start:pos], offset
        pos = end + 1
    return None


def front_matter_end(text: str) -> int:
    """Offset where the text after a front matter block starts (0 if none)."""
    found = _find_front_matter(text)
    return found[1] if found else 0


def split_front_matter(
    text: str, path: str = "", warnings: list[str] | None = None
) -> tuple[dict[str, str], str, int]:
    """(fields, remaining text, offset of the remaining text in ``text``).

    Without front matter: ({}, text, 0). A delimited block that is not valid
    YAML is still removed from the text, with a warning."""
    found = _find_front_matter(text)
    if found is None:
        return {}, text, 0
    block, offset = found
    where = path or "phần đầu YAML"
    import yaml

    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f" ở dòng {mark.line + 2}" if mark is not None else ""
        _warn(warnings, f"{where}: phần đầu YAML (giữa hai dòng ---) bị lỗi{line}, bỏ qua")
        return {}, text[offset:], offset
    if data is None:
        return {}, text[offset:], offset
    if not isinstance(data, dict):
        _warn(warnings, f"{where}: phần đầu YAML phải gồm các dòng 'khóa: giá trị', bỏ qua")
        return {}, text[offset:], offset
    fields: dict[str, str] = {}
    for key, raw in data.items():
        name = str(key).strip().lower()
        if name not in FIELDS:
            _warn(warnings, f"{where}: khóa '{key}' trong phần đầu YAML không được hỗ trợ, bỏ qua")
            continue
        value = _field_value(name, raw, where, warnings)
        if value is not None:
            fields[name] = value
    return fields, text[offset:], offset
