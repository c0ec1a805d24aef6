"""``briefgen review`` from the command line: the address it prints opens the
page; a missing or broken draft gets Vietnamese lines, no server."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def briefgen(*args, cwd):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "briefgen", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=120)


def test_missing_and_broken_drafts_are_named(tmp_path):
    done = briefgen("review", "--no-browser", cwd=tmp_path)
    assert done.returncode != 0
    assert "outputs/bao-cao-tong-hop.briefing.yaml: không có tệp bản nháp này" in done.stderr
    (tmp_path / "outputs").mkdir()
    for name in ("quy-1.briefing.yaml", "quy-2.briefing.yaml"):
        (tmp_path / "outputs" / name).write_text("schema: briefgen.briefing/1\n", encoding="utf-8")
    done = briefgen("review", "--no-browser", cwd=tmp_path)
    assert done.returncode != 0 and "có 2 bản nháp (quy-1.briefing.yaml, quy-2.briefing.yaml)" in done.stderr
    bad = tmp_path / "x.briefing.yaml"
    bad.write_text("schema: briefgen.briefing/1\ntitle: [BÁO CÁO\n", encoding="utf-8")
    done = briefgen("review", str(bad), "--no-browser", cwd=tmp_path)
    assert done.returncode == 4 and "x.briefing.yaml, dòng 3" in done.stderr and "Traceback" not in done.stderr


def test_the_printed_address_opens_the_page(draft):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # the draft has another name than the build's: the only one in outputs/ is taken
    draft = draft.rename(draft.with_name("bao-cao-quy-1.briefing.yaml"))
    proc = subprocess.Popen([sys.executable, "-m", "briefgen", "review", "--no-browser"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=draft.parent.parent)
    try:
        line = proc.stdout.readline()
        assert "outputs/bao-cao-quy-1.briefing.yaml" in line
        url = re.search(r"http://127\.0\.0\.1:\d+/\?token=[\w-]+", line).group(0)
        for _ in range(100):  # the socket is bound before the address is printed
            try:
                with urllib.request.urlopen(url, timeout=10) as r:
                    assert r.status == 200 and "Rà soát báo cáo" in r.read().decode()
                break
            except urllib.error.URLError:
                continue
        try:
            urllib.request.urlopen(url.split("?")[0], timeout=10)
            raise AssertionError("the page opened without the token")
        except urllib.error.HTTPError as err:
            assert err.code == 403
    finally:
        proc.terminate()
        proc.wait(timeout=30)
