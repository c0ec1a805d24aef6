"""Golden outputs of the five sample articles: build them reproducibly and
fingerprint them. Shared by tests/test_golden.py and scripts/refresh_golden.py."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
EPOCH = "1712300000"  # 2024-04-05 UTC
LIBRARIES = ("weasyprint", "pydyf", "fonttools", "python-docx", "docxtpl", "underthesea")


def _run(args: list[str], cwd: Path) -> None:
    # the working tree's briefgen, not the one installed in the venv
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "briefgen", *args], cwd=cwd, env=env, check=True,
                   capture_output=True)


def build_samples() -> dict[str, bytes]:
    """Every output of `briefgen build inputs/` plus `briefgen extract`, by file name."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # relative paths, as a user types them: the documents quote them
        shutil.copytree(ROOT / "inputs", tmp / "inputs")
        _run(["build", "inputs", "-o", "out", "--no-cache"], tmp)
        _run(["extract", "inputs", "--json", "out/extraction.json"], tmp)
        return {p.name: p.read_bytes() for p in sorted((tmp / "out").iterdir())}


def libraries() -> dict[str, str]:
    return {name: version(name) for name in LIBRARIES}


def digest(produced: dict[str, bytes]) -> str:
    return json.dumps({"libraries": libraries(),
                       "sha256": {n: hashlib.sha256(d).hexdigest() for n, d in produced.items()}},
                      indent=1, sort_keys=True) + "\n"
