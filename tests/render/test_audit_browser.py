"""The audit page in a real browser: headless Chromium draws the highlights
and runs nothing from the article text.

Run directly to refresh the picture in the docs from the five sample articles:
    .venv/bin/python tests/test_audit_browser.py
"""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# Highlight backgrounds of templates/audit.html.j2 (achievement, limitation, task).
HIGHLIGHTS = {"achievement": (0xD7, 0xF3, 0xDC), "limitation": (0xFF, 0xDC, 0xC7), "task": (0xD9, 0xE6, 0xFF)}

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="headless Chromium is not installed (/usr/bin/chromium); apt-get install -y chromium")


def _audit_case_module():
    # the hand-made articles of test_audit.py, loaded by path so this works
    # whatever pytest's import mode is
    spec = importlib.util.spec_from_file_location("audit_case", Path(__file__).with_name("test_audit.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def chromium(workdir: Path, url: str, *args: str) -> subprocess.CompletedProcess:
    workdir.mkdir(parents=True, exist_ok=True)
    cmd = [str(CHROMIUM), *FLAGS, f"--user-data-dir={workdir / 'profile'}", *args, url]
    # a safety net against a hung browser, not a speed requirement
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "HOME": str(workdir)})


def screenshot(html: str, workdir: Path, size=(1200, 1600), *extra: str) -> Path:
    page = workdir / "audit.html"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(html, encoding="utf-8")
    png = workdir / "audit.png"
    done = chromium(workdir, page.as_uri(), f"--screenshot={png}", f"--window-size={size[0]},{size[1]}", *extra)
    assert png.exists(), done.stderr[-2000:]
    return png


def colour_share(png: Path) -> tuple[int, dict[str, int]]:
    """Number of distinct colours, and pixels of each highlight colour."""
    from PIL import Image

    with Image.open(png) as img:
        rgb = img.convert("RGB")
        colours = rgb.getcolors(maxcolors=1 << 20) or []
    found = {cat: sum(n for n, c in colours if all(abs(a - b) <= 6 for a, b in zip(c, target)))
             for cat, target in HIGHLIGHTS.items()}
    return len(colours), found


def test_audit_page_is_drawn_with_its_highlights(tmp_path):
    case = _audit_case_module()
    from briefgen.render.audit import render_audit

    png = screenshot(render_audit(*case.make_case()), tmp_path)
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1200, 1600)
    distinct, highlighted = colour_share(png)
    assert distinct > 200, "the page looks blank"
    for category, pixels in highlighted.items():
        assert pixels > 300, f"no {category} highlight drawn"


def test_article_text_cannot_run_code_in_the_browser(tmp_path):
    case = _audit_case_module()
    from briefgen.render.audit import render_audit

    traps = ("<img src=x onerror=\"document.title='bị chiếm'\">"
             "<script>document.title='bị chiếm'</script>"
             "<svg onload=\"document.title='bị chiếm'\"></svg>")
    article = case.build_article("inputs/bay.txt", [("achievement", "Hội viên tham gia đầy đủ. " + traps)])
    briefing = {"title": "BÁO CÁO", "subject": "Kiểm tra", "sources": [{"id": 1, "path": "inputs/bay.txt"}],
                "sections": []}
    page = tmp_path / "audit.html"
    page.write_text(render_audit(briefing, [article], [], [traps], []), encoding="utf-8")
    done = chromium(tmp_path, page.as_uri(), "--dump-dom")
    dom = case.Page(done.stdout)
    assert "<title>Kiểm tra nguồn — Kiểm tra</title>" in done.stdout  # no script changed it
    assert not any(tag in ("img", "script", "svg") for tag, _ in dom.tags)
    assert traps in dom.article_text["b1"]


def test_sample_articles_audit_page_is_drawn(tmp_path):
    png = sample_screenshot(tmp_path, ROOT / "inputs")
    distinct, highlighted = colour_share(png)
    assert distinct > 200
    assert all(pixels > 300 for pixels in highlighted.values()), highlighted


def sample_audit(inputs: Path) -> str:
    """The audit page of real articles, built the way ``briefgen build`` does."""
    from briefgen.assemble.briefing import assemble
    from briefgen.render.audit import render_audit
    from briefgen.pipeline import Options, gather

    result = gather(Options(inputs=inputs))
    letterhead = {"profile": "dang", "parent": "", "issuer": "BAN DÂN VẬN TỈNH ỦY", "number": "",
                  "place_date": "", "signer_prefix": "", "signer_title": "", "signer_name": "", "recipients": []}
    briefing, warnings, merges = assemble(result.articles, letterhead=letterhead, cap_per_theme=1)
    return render_audit(briefing, result.articles, result.report.skipped, warnings, merges)


def sample_screenshot(workdir: Path, inputs: Path, size=(1200, 1600)) -> Path:
    return screenshot(sample_audit(inputs), workdir, size)


def refresh_docs_picture(target: Path = ROOT / "docs" / "audit.png") -> None:
    """The top of the page (summary, legend) above the first sample article
    with its highlights, reduced to a palette to stay small."""
    import tempfile

    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "inputs"
        one.mkdir()
        first = sorted((ROOT / "inputs").glob("*.txt"))[0]
        (one / first.name).write_bytes(first.read_bytes())
        here = os.getcwd()
        os.chdir(tmp)  # so the page shows "inputs/..." as after a normal build
        try:
            html = sample_audit(Path("inputs"))
        finally:
            os.chdir(here)
        top_png = screenshot(html, Path(tmp) / "top", (1200, 1600), "--hide-scrollbars")
        # the same page with the summary and report hidden, so the article is on top
        only_article = html.replace("</style>", "#tom-tat, #bao-cao { display: none; }\n</style>", 1)
        article_png = screenshot(only_article, Path(tmp) / "article", (1200, 1600), "--hide-scrollbars")
        with Image.open(top_png) as a, Image.open(article_png) as b:
            top = a.convert("RGB").crop((0, 0, 1200, 600))
            body = b.convert("RGB").crop((0, 170, 1200, 1170))
        picture = Image.new("RGB", (1200, top.height + body.height), (255, 255, 255))
        picture.paste(top, (0, 0))
        picture.paste(body, (0, top.height))
        picture = picture.quantize(colors=96, method=Image.Quantize.MEDIANCUT)
        target.parent.mkdir(exist_ok=True)
        picture.save(target, optimize=True)
    print(f"{target}: {target.stat().st_size // 1024} KB")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    refresh_docs_picture()
