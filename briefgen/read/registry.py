"""Read one input file into a ``Document``, whatever its format.

Readers are registered by file extension. Each is a small function
``(data: bytes, display: str) -> Extracted``; the shared steps (reading the
bytes read-only with a size limit, cleaning to NFC, the checks every format
needs) live in ``read_document``. A reader whose library cannot be imported
stays registered but disabled, with the reason, so the user is told "cannot
read .docx because python-docx is missing" instead of "unsupported format".

Every failure is an ``InputError`` with one Vietnamese line naming the file;
an unknown extension is the subclass ``UnsupportedFormat``. Input files are
only ever opened for reading.
"""
from __future__ import annotations

import functools
import importlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from briefgen.read.encodings import clean_text, decode_legacy_text, repair_legacy_text
from briefgen.errors import InputError, UnsupportedFormat
from briefgen.model import Document

MAX_BYTES = 20 * 1024 * 1024  # 20 MB: far above any article, low enough to refuse a mistaken archive
LONG_LINE = 200_000  # characters; such a line is almost surely a conversion accident


@dataclass
class Extracted:
    """What a format reader found, before the shared cleaning."""

    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Reader:
    name: str
    extensions: tuple[str, ...]
    read: Callable[[bytes, str], Extracted]
    requires: tuple[str, ...] = ()

    @functools.cached_property
    def unavailable(self) -> str | None:
        """Vietnamese reason when the reader is disabled. Its libraries are
        imported when first needed, not at start-up: a folder of .txt files
        never pays for trafilatura or pypdf."""
        for module in self.requires:
            try:
                importlib.import_module(module)
            except Exception as err:  # ImportError, or a broken install raising anything
                return f"thiếu thư viện {module} hoặc thư viện bị lỗi ({type(err).__name__}: {err})"
        return None

    @property
    def enabled(self) -> bool:
        return self.unavailable is None


_REGISTRY: dict[str, Reader] = {}


def register(name: str, extensions: tuple[str, ...], requires: tuple[str, ...] = ()):
    """Register a reader; if a required module cannot be imported when it is
    first needed, the reader counts as disabled."""

    def wrap(func: Callable[[bytes, str], Extracted]):
        reader = Reader(name, extensions, func, requires)
        for ext in extensions:
            _REGISTRY[ext] = reader
        return func

    return wrap


def supported_extensions() -> list[str]:
    """Extensions that can be read now (disabled readers left out), sorted."""
    return sorted(ext for ext, reader in _REGISTRY.items() if reader.enabled)


def reader_status() -> list[tuple[str, str, str | None]]:
    """(extension, reader name, reason it is disabled or None), for a doctor command."""
    return [(ext, r.name, r.unavailable) for ext, r in sorted(_REGISTRY.items())]


# --------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------

def read_document(path: Path, display: str | None = None) -> Document:
    """Read ``path`` into a Document whose ``path`` is ``display`` (default ``str(path)``).

    Raises UnsupportedFormat for an unknown extension and InputError for any
    file that cannot be used."""
    path = Path(path)
    display = display if display is not None else str(path)
    ext = path.suffix.lower()
    reader = _REGISTRY.get(ext)
    if reader is None:
        known = ", ".join(supported_extensions())
        shown = ext if ext else "(không có phần mở rộng)"
        raise UnsupportedFormat(display, f"định dạng {shown} không được hỗ trợ (đọc được: {known})")
    if not reader.enabled:
        raise InputError(display, f"không đọc được tệp {ext}: {reader.unavailable}")
    data = _read_bytes(path, display)
    if not data:
        raise InputError(display, "tệp rỗng")
    try:
        found = reader.read(data, display)
    except InputError:
        raise
    except Exception as err:  # a parser choking on a damaged file must not stop the run
        raise InputError(display, f"tệp {ext} bị hỏng hoặc không đúng định dạng ({type(err).__name__})") from err
    text = _tidy(clean_text(found.text))
    if not text:
        plain = ext in (".txt", ".md", ".markdown")
        raise InputError(display, "tệp chỉ có khoảng trắng, không có nội dung" if plain else "tệp không có nội dung văn bản")
    warnings = list(found.warnings)
    if any(len(line) > LONG_LINE and not _has_sentence_end(line) for line in text.split("\n")):
        limit = f"{LONG_LINE:,}".replace(",", ".")  # Vietnamese thousands separator
        warnings.append(f"{display}: có dòng dài hơn {limit} ký tự không có dấu câu, hãy kiểm tra tệp")
    return Document(
        path=display,
        text=text,
        title=_one_line(found.title),
        date=found.date if found.date and _ISO_DATE.fullmatch(found.date) else None,
        url=_one_line(found.url),
        encoding=found.encoding,
        warnings=tuple(warnings),
    )


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _read_bytes(path: Path, display: str) -> bytes:
    try:
        if not path.exists():
            raise InputError(display, "không tìm thấy tệp")
        if not path.is_file():
            raise InputError(display, "không phải là tệp thông thường")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(display, _too_big(size))
        with path.open("rb") as f:  # read-only, never written back
            data = f.read(MAX_BYTES + 1)
    except PermissionError as err:
        raise InputError(display, "không có quyền đọc tệp") from err
    except OSError as err:
        raise InputError(display, f"không đọc được tệp ({err.strerror or type(err).__name__})") from err
    if len(data) > MAX_BYTES:  # grew while we looked
        raise InputError(display, _too_big(len(data)))
    return data


def _too_big(size: int) -> str:
    mb = f"{size / 1024 / 1024:.1f}".replace(".", ",")
    return f"tệp quá lớn ({mb} MB, giới hạn {MAX_BYTES // (1024 * 1024)} MB)"


def _has_sentence_end(line: str) -> bool:
    return any(mark in line for mark in ".!?;…")


def _tidy(text: str) -> str:
    """Trailing spaces off every line, at most one blank line in a row, no
    blank lines at the ends. Done with split/join: a regex such as
    ``[ \\t]+\\n`` would backtrack quadratically on a long run of spaces."""
    out: list[str] = []
    blank = False
    for line in text.split("\n"):
        line = line.rstrip()
        if not line.strip():
            blank = bool(out)
            continue
        if blank:
            out.append("")
            blank = False
        out.append(line)
    return "\n".join(out)


def with_legacy_repaired(found: Extracted, display: str) -> Extracted:
    """Web pages, Word files and PDFs typed in a TCVN3/VNI font carry the
    font's bytes as Latin-1 look-alikes ("B¸o c¸o"): convert text and title."""
    text, legacy, warnings = repair_legacy_text(found.text, display)
    if legacy is None:
        return found
    found.text = text
    if found.title:
        found.title = decode_legacy_text(found.title, legacy)
    found.encoding = f"{found.encoding}+{legacy}"
    found.warnings.extend(warnings)
    return found


def _one_line(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(clean_text(value).split())
    return value or None
