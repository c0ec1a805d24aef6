"""The only stage that touches the output folder, and it does so atomically.

Each file is written to a temporary file in the same folder and renamed into
place, so a build killed midway leaves every previous output complete and no
half-written file behind.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

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
    """Temp files left by a build that was killed while writing."""
    if outdir.is_dir():
        for tmp in outdir.glob(f".{name}.*.tmp"):
            try:
                tmp.unlink()
            except OSError:
                pass


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
