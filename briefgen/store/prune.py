"""Keep the extraction cache within a size cap, least recently used first.

Every run adds entries (a new article, an edited one, a new version of the
rules or of the code), so without a cap the folder only grows: about 12 KB
per article and version. The cap is ``$BRIEFGEN_CACHE_MAX_MB`` megabytes
(default 500, about 40,000 articles); when a run has written something and
the folder may be over the cap, the entries used longest ago are deleted
until it is at ``LOW_WATER`` of the cap, so the next runs need not prune again.

"Used" is the later of a file's access and modification times: a cache hit
refreshes both (``touch``; access times alone are unreliable, most systems
mount with ``relatime`` or ``noatime``).

Pruning is safe beside a concurrent run. A reader whose entry vanishes
between its look-up and its read sees a miss and extracts the article again;
writers write a temporary file and rename it into place, and a temporary
file is only removed when it is old (a crashed run's). Two runs pruning at
once may both try to delete a file; the second simply finds it gone. The
whole folder may still be deleted at any time.

To avoid walking tens of thousands of files after every small rebuild, the
size found by the last walk is kept in ``size-estimate`` with the bytes
written since; the folder is walked again when that estimate passes the cap
or is a day old (runs that write at the same moment may both add their
bytes to the same old estimate; the daily walk corrects any drift).
"""
from __future__ import annotations

import os
import time
from pathlib import Path

ENV_MAX_MB = "BRIEFGEN_CACHE_MAX_MB"
DEFAULT_MAX_MB = 500
LOW_WATER = 0.8           # prune down to this share of the cap
ESTIMATE_FILE = "size-estimate"
RESCAN_SECONDS = 86_400   # walk the folder at least daily when something is written
STALE_TEMP_SECONDS = 3_600
TOUCH_AFTER_SECONDS = 600  # a hit refreshes the entry's time if it is older than this
FOLDERS = ("extract", "values")


def max_bytes() -> int:
    """The cap in bytes: ``$BRIEFGEN_CACHE_MAX_MB`` (a positive number of
    megabytes, e.g. 500 or 1.5) or the default when unset or not such a number."""
    raw = os.environ.get(ENV_MAX_MB, "").strip().replace(",", ".")
    try:
        mb = float(raw) if raw else DEFAULT_MAX_MB
    except ValueError:
        mb = DEFAULT_MAX_MB
    if not mb > 0 or mb == float("inf"):
        mb = DEFAULT_MAX_MB
    return int(mb * 1024 * 1024)


def touch(path: Path, st_mtime: float, now: float | None = None) -> None:
    """Mark an entry as used now (when its time is more than a few minutes old)."""
    now = time.time() if now is None else now
    if now - st_mtime > TOUCH_AFTER_SECONDS:
        try:
            os.utime(path)
        except OSError:  # gone, or a read-only cache: nothing to keep fresh
            pass


def _walk(root: Path, now: float) -> tuple[list[tuple[float, int, str]], int]:
    """(last use, size, path) of every entry, and their total size; stale
    temporary files are removed on the way."""
    entries: list[tuple[float, int, str]] = []
    total = 0
    for folder in FOLDERS:
        try:
            shards = list(os.scandir(root / folder))
        except OSError:
            continue
        for shard in shards:
            try:
                files = list(os.scandir(shard.path)) if shard.is_dir(follow_symlinks=False) else []
            except OSError:  # removed meanwhile
                continue
            for f in files:
                try:
                    st = f.stat(follow_symlinks=False)
                except OSError:
                    continue
                if f.name.startswith(".tmp-"):
                    if now - st.st_mtime > STALE_TEMP_SECONDS:
                        _unlink(f.path)
                    continue
                entries.append((max(st.st_atime, st.st_mtime), st.st_size, f.path))
                total += st.st_size
    return entries, total


def _unlink(path: str) -> bool:
    try:
        os.unlink(path)
        return True
    except OSError:  # another run removed it first, or it cannot be removed
        return False


def prune(root: Path, cap: int | None = None, now: float | None = None) -> tuple[int, int]:
    """Delete the least recently used entries until the cache is at most
    ``LOW_WATER`` of the cap if it is over it; return (size before, size after)."""
    cap = max_bytes() if cap is None else cap
    now = time.time() if now is None else now
    entries, total = _walk(root, now)
    before = total
    if total > cap:
        entries.sort()
        for _used, size, path in entries:
            if total <= cap * LOW_WATER:
                break
            if _unlink(path):
                total -= size
    _write_estimate(root, total, now)
    return before, total


def prune_if_needed(root: Path, written: int, cap: int | None = None, now: float | None = None) -> bool:
    """After a run that wrote ``written`` bytes: prune when the cache may be
    over the cap (see the module docstring); True when the folder was walked."""
    if written <= 0:
        return False
    cap = max_bytes() if cap is None else cap
    now = time.time() if now is None else now
    size, when = _read_estimate(root)
    if size is not None and size + written <= cap and now - when < RESCAN_SECONDS:
        _write_estimate(root, size + written, when)
        return False
    prune(root, cap, now)
    return True


def _read_estimate(root: Path) -> tuple[int | None, float]:
    try:
        size, when = (root / ESTIMATE_FILE).read_text(encoding="ascii").split()
        return int(size), float(when)
    except (OSError, ValueError):
        return None, 0.0


def _write_estimate(root: Path, size: int, when: float) -> None:
    import tempfile

    try:
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=root)
    except OSError:  # no cache folder (deleted, read-only): next run walks it
        return
    try:
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(f"{size} {when}\n")
        os.replace(tmp, root / ESTIMATE_FILE)
    except OSError:
        _unlink(tmp)
