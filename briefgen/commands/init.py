"""``briefgen init``: give an office its own settings file and editable templates.

Writes ``briefgen.toml`` (the packaged defaults with Vietnamese comments on each
key) and copies the packaged templates into ``templates/``, where they override
the packaged ones file by file (see briefgen.paths).
"""
from __future__ import annotations

import shutil
from pathlib import Path

from briefgen.config import DEFAULTS_FILE, USER_FILE
from briefgen.errors import ConfigError
from briefgen.paths import packaged_templates_dir

TEMPLATE_FILES = ("briefing.html.j2", "briefing.css", "briefing.docx")


def _planned(target: Path) -> list[tuple[Path, Path]]:
    """(source, destination) pairs, settings file first."""
    pairs = [(DEFAULTS_FILE, target / USER_FILE)]
    packaged = packaged_templates_dir()
    for name in TEMPLATE_FILES:
        src = packaged / name
        if src.is_file():
            pairs.append((src, target / "templates" / name))
    return pairs


def write_init(target: Path, force: bool = False) -> list[Path]:
    """Write the settings file and template copies into ``target``; return the paths written.

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
    written = []
    for src, dst in pairs:
        try:
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dst)
        except OSError as err:
            raise ConfigError(f"{dst}: không ghi được tệp ({err.strerror})") from None
        written.append(dst)
    return written
