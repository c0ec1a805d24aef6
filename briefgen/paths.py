"""Where templates and packaged data live, and how packaged YAML is read.

Templates ship inside the wheel as ``briefgen/templates`` (pyproject maps the
top-level ``templates/`` there). In a source checkout the top-level folder is
used. A ``templates/`` folder in the working directory overrides both, file by
file, so staff can restyle one template without copying all of them.
"""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"


def packaged_templates_dir() -> Path:
    inside = PACKAGE_DIR / "templates"
    if inside.is_dir():
        return inside
    return PACKAGE_DIR.parent / "templates"


def template_dirs(cwd: Path | None = None) -> list[Path]:
    """Search path for templates, most specific first."""
    dirs = []
    local = (cwd or Path.cwd()) / "templates"
    packaged = packaged_templates_dir()
    if local.is_dir() and local.resolve() != packaged.resolve():
        dirs.append(local.resolve())
    dirs.append(packaged)
    return dirs


def find_template(name: str, cwd: Path | None = None) -> Path:
    for d in template_dirs(cwd):
        p = d / name
        if p.is_file():
            return p
    from briefgen.errors import TemplateError
    raise TemplateError(f"Không tìm thấy mẫu '{name}' trong: " + ", ".join(str(d) for d in template_dirs(cwd)))


def load_yaml(text: str, packaged: bool = False):
    """YAML data: libyaml reads our own packaged files ten times faster; a
    user's file goes through PyYAML, whose error messages name the line."""
    import yaml

    if packaged:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return yaml.safe_load(text)
