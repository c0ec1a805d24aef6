"""The draft on disk, as the review app sees it: read, checked, versioned,
and written back atomically with the previous version kept as a backup.

The version is a digest of the file's bytes, so anything that changed the
file since a page loaded it (a second tab, a text editor, a new build) makes
that page's save a conflict instead of a silent overwrite.
"""
from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

from briefgen.draft.yaml_io import dump_briefing, parse_briefing
from briefgen.errors import BriefgenError, BriefingFileError
from briefgen.store.atomic import write_atomic

BACKUP_SUFFIX = ".bak"
CONFLICT = ("Bản nháp đã được thay đổi ở nơi khác (thẻ trình duyệt khác, trình soạn thảo hoặc lệnh build) "
            "sau khi trang này mở nó. Chưa lưu gì: hãy tải lại trang để làm tiếp trên bản mới nhất.")


class Conflict(BriefgenError):
    """The draft changed since the page read it."""


@dataclass
class Snapshot:
    version: str
    model: dict | None  # None when the file on disk is not a valid draft
    problems: list[str]


def version_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:20]


class DraftFile:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.backup = self.path.with_name(self.path.name + BACKUP_SUFFIX)
        self.lock = threading.Lock()  # check-then-write is one step
        # the last snapshot, by version: checking a national draft takes
        # seconds, and the file only changes when someone writes it
        self._last: Snapshot | None = None

    @property
    def name(self) -> str:
        return self.path.name

    def _bytes(self) -> bytes:
        try:
            return self.path.read_bytes()
        except OSError as err:
            raise BriefingFileError(f"{self.path}: không đọc được tệp ({err.strerror or err})") from None

    def read(self) -> Snapshot:
        data = self._bytes()
        last = self._last
        if last is not None and last.version == version_of(data):
            return last
        self._last = snap = self._check(data)
        return snap

    def _check(self, data: bytes) -> Snapshot:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            return Snapshot(version_of(data), None,
                            [f"{self.name}: tệp không ở mã UTF-8 (byte lạ ở vị trí {err.start})"])
        try:
            return Snapshot(version_of(data), parse_briefing(text, str(self.path)), [])
        except BriefingFileError as err:
            return Snapshot(version_of(data), None, getattr(err, "problems", None) or str(err).splitlines())

    def save(self, model: dict, base_version: str) -> Snapshot:
        """Write ``model`` if the file is still at ``base_version``.

        The text is checked as ``briefgen render`` would read it before
        anything is written, so a save never leaves an unreadable draft."""
        text = dump_briefing(model)
        checked = parse_briefing(text, str(self.path))  # raises BriefingFileError
        with self.lock:
            old = self._bytes()
            if version_of(old) != base_version:
                raise Conflict(CONFLICT)
            write_atomic(self.backup, old)
            data = text.encode("utf-8")
            write_atomic(self.path, data)
            self._last = Snapshot(version_of(data), checked, [])
        return self._last
