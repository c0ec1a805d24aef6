"""The only stage that touches the output folder, and it does so atomically.

Each file is written to a temporary file in the same folder and renamed into
place, so a build killed midway leaves every previous output complete and no
half-written file behind.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterable

from briefgen.errors import BriefgenError


class OutputError(BriefgenError):
    exit_code = 6


def check_outdir(outdir: Path, inputs: Path | None = None) -> None:
    out = outdir.resolve()
    if inputs is not None:
        src = inputs.resolve()
        if out == src or (src.is_dir() and src in out.parents):
            raise OutputError(
                f"Thư mục kết quả '{outdir}' không được trùng hoặc nằm trong thư mục bài viết '{inputs}'.")
    if out.exists() and not out.is_dir():
        raise OutputError(f"'{outdir}' đã có và không phải là thư mục.")


def remove_stale_temps(outdir: Path, name: str) -> None:
    """Temp files and folders left by a build that was killed while writing."""
    if outdir.is_dir():
        for tmp in outdir.glob(f".{name}.*.tmp"):
            try:
                if tmp.is_dir() and not tmp.is_symlink():
                    shutil.rmtree(tmp)
                else:
                    tmp.unlink()
            except OSError:
                pass


def stage_folder(target: Path, files: Iterable[tuple[str, bytes | str]]) -> Path | None:
    """Write ``files`` (name, content), made one by one, into a temporary
    folder beside ``target``; ``replace_folder`` then puts it in place.
    None when there are no files."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    count = 0
    try:
        for name, data in files:
            (tmp / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
            count += 1
        os.chmod(tmp, 0o755)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if not count:
        tmp.rmdir()
        return None
    return tmp


def replace_folder(target: Path, staged: Path | None) -> list[Path]:
    """Put the ``staged`` folder in the place of ``target``: the old folder
    is moved aside, the new one renamed in, the old one removed. With no
    staged folder an old ``target`` is removed (a smaller run needs none)."""
    old = None
    if target.is_dir() and not target.is_symlink():
        old = target.with_name(f".{target.name}.old-{os.getpid()}.tmp")
        os.replace(target, old)
    if staged is not None:
        os.replace(staged, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return [target] if staged is not None else []


def discard(staged: Path | None) -> None:
    """A staged folder that will not be used (rendering failed after it)."""
    if staged is not None:
        shutil.rmtree(staged, ignore_errors=True)


def write_atomic(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path
