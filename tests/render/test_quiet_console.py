"""A normal run shows office staff nothing from the libraries; --debug does.

The run is made to hit WeasyPrint's English warning on purpose (HarfBuzz-Subset
reported missing) with a handler on the root logger, as another library of
the pipeline installs one.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("weasyprint")

FIXTURE = Path(__file__).parents[1] / "fixtures" / "briefing_sample.yaml"
ROOT = Path(__file__).resolve().parents[2]
RUN = """
import logging, sys
logging.basicConfig()  # what another library does at import time
import weasyprint.pdf.fonts as fonts
fonts.harfbuzz_subset = None  # as on a machine without libharfbuzz-subset0
from briefgen.cli import main
sys.argv = ["briefgen", *sys.argv[1:]]
main()
"""


def run(tmp_path: Path, *args: str) -> str:
    out = subprocess.run([sys.executable, "-c", RUN, *args, "render", str(FIXTURE),
                          "-o", str(tmp_path)], capture_output=True, text=True, cwd=tmp_path,
                         env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT),
                              "HOME": str(tmp_path)}, timeout=300)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "briefing_sample.pdf").stat().st_size > 10_000
    return out.stdout + out.stderr


def test_normal_run_prints_only_vietnamese(tmp_path):
    console = run(tmp_path)
    assert "HarfBuzz" not in console and "WARNING" not in console
    assert [line for line in console.splitlines() if line.strip()] == [
        f"Đã ghi {tmp_path / name}" for name in ("briefing_sample.docx", "briefing_sample.pdf")]


def test_debug_run_shows_library_messages(tmp_path):
    console = run(tmp_path, "--debug")
    assert "[weasyprint] WARNING: Using fontTools instead of HarfBuzz-Subset" in console
