"""The review page in a real browser (Debian's Chromium through Playwright):
the steps a reviewer takes, then the PDF they get.

Run directly to refresh the picture in the README from the sample articles:
    .venv/bin/python tests/review/test_browser.py
"""
from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
SCREEN = {"width": 1366, "height": 768}
REWORDED = "Ủy ban MTTQ tỉnh tổ chức 12 hội nghị đối thoại trực tiếp với Nhân dân."
ADDED = "Phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư."

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is not installed (/usr/bin/chromium)")


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield b
        b.close()


def open_page(browser, url):
    page = browser.new_page(viewport=SCREEN, accept_downloads=True)
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.goto(url)
    page.wait_for_selector("li.item")
    return page


def item(page, text):
    return page.locator("li.item", has_text=text)


def saved_state(page):
    from playwright.sync_api import expect

    expect(page.locator("#state")).to_have_text(re.compile("^Đã lưu"))


def shown_as_hidden(page, text):
    """Open the "Ý không in ra" lists (drawn only while open) and find ``text`` there.
    The lists are redrawn after each change, so keep opening them until the
    item shows (on a loaded machine a redraw can close a list just opened)."""
    page.locator("details.hidden-items > summary").first.wait_for()
    hidden = page.locator("li.item.off", has_text=text)
    closed = page.locator("details.hidden-items:not([open]) > summary")
    for _ in range(100):
        while closed.count():
            closed.first.click()
        if hidden.count() and hidden.first.is_visible():
            return
        page.wait_for_timeout(200)
    hidden.wait_for()


def choose(page, text):
    page.locator("li.item .entry", has_text=text).click()


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    text = " ".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return unicodedata.normalize("NFC", " ".join(text.split()))


def test_review_hide_reword_move_save_render(browser, server, draft):
    from briefgen.draft.yaml_io import load_briefing
    from tests.review.conftest import DIALOGUE, HOSTILE, PRAISE, SLOW

    page = open_page(browser, server.url)
    # hostile article text is shown as text and runs nothing
    assert HOSTILE in item(page, "nắm tình hình").inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    # with nothing chosen, the articles are listed and readable in full
    page.locator(".source-list button", has_text="Giao ban quý I/2024").click()
    page.wait_for_selector("#source-body .article")
    assert HOSTILE in page.inner_text("#source-body .article")

    # choosing an item shows its quote highlighted in the article
    choose(page, DIALOGUE)
    page.wait_for_selector("#source-body mark.q")
    assert page.inner_text("#source-body mark.q") == DIALOGUE
    assert HOSTILE in page.inner_text("#source-body .article")

    # reword (the dialog shows the original quote, which stays)
    item(page, DIALOGUE).get_by_role("button", name="Sửa câu chữ (S)").click()
    page.fill("#f-text", REWORDED)
    page.keyboard.press("Enter")  # agrees, as the dialog says
    item(page, REWORDED).wait_for()

    # hide with the keyboard, undo, hide again
    page.locator("li.item .entry", has_text=PRAISE).focus()
    page.keyboard.press("Enter")
    page.keyboard.press("a")
    shown_as_hidden(page, PRAISE)
    page.keyboard.press("Control+z")
    page.locator("li.item:not(.off)", has_text=PRAISE).wait_for()
    choose(page, PRAISE)
    page.get_by_role("button", name="Ẩn (A)").click()
    shown_as_hidden(page, PRAISE)

    # a shortcoming filed among the achievements goes to II in one action
    choose(page, "nắm tình hình")
    page.get_by_role("button", name="Chuyển sang II. Hạn chế (H)").click()
    page.locator("section.limitation li.item.selected", has_text="nắm tình hình").wait_for()  # followed

    # an item typed by hand, and a new document number
    page.click("#btn-add")
    page.fill("#f-new", ADDED)
    page.click("#dlg-ok")
    page.locator("li.item", has_text=ADDED).locator(".badge.manual").wait_for()
    page.click("#btn-meta")
    page.fill("#l-number", "Số 99-BC/BDVTU")
    page.click("#dlg-ok")

    page.locator("#dlg").wait_for(state="hidden")
    page.keyboard.press("Control+s")
    saved_state(page)
    saved = load_briefing(draft)
    first = saved["sections"][0]["themes"][0]["items"][0]
    assert first["text"] == REWORDED and first["quotes"][0]["text"] == DIALOGUE

    page.click("#btn-render")
    page.wait_for_selector("#files a", timeout=180_000)
    with page.expect_download() as download:
        page.click("#files a[href*='.pdf']")
    text = pdf_text(Path(download.value.path()))
    assert REWORDED in text and ADDED in text and "Số 99-BC/BDVTU" in text
    assert PRAISE not in text and DIALOGUE not in text
    limitations = text[text.index("II. HẠN CHẾ"):text.index("III. NHIỆM VỤ")]
    assert "nắm tình hình còn chậm" in limitations
    assert "nắm tình hình" not in text[:text.index("II. HẠN CHẾ")]
    assert not page.errors


def test_a_stale_tab_gets_a_conflict_not_an_overwrite(browser, server, draft):
    from tests.review.conftest import DIALOGUE, PRAISE

    first, second = open_page(browser, server.url), open_page(browser, server.url)
    choose(first, PRAISE)
    first.keyboard.press("a")
    shown_as_hidden(first, PRAISE)
    first.click("#btn-save")
    saved_state(first)
    saved = draft.read_text(encoding="utf-8")

    choose(second, DIALOGUE)
    second.get_by_role("button", name="Sửa câu chữ (S)").click()
    second.fill("#f-text", "Câu sửa ở thẻ cũ.")
    second.click("#dlg-ok")
    item(second, "Câu sửa ở thẻ cũ.").wait_for()
    second.click("#btn-save")
    alert = second.locator("#alert")
    alert.wait_for()
    assert "Xung đột" in alert.inner_text() and "tải lại trang" in alert.inner_text()
    assert draft.read_text(encoding="utf-8") == saved
    second.get_by_role("button", name=re.compile("Tải lại trang")).click()
    shown_as_hidden(second, PRAISE)  # the newer draft


def test_without_the_token_nothing_is_shown(browser, server):
    page = browser.new_page(viewport=SCREEN)
    response = page.goto(server.base + "/")
    assert response.status == 403
    assert "mã truy cập" in page.inner_text("body")
    assert page.locator("li.item").count() == 0


def refresh_screenshot(out: Path = ROOT / "docs" / "img" / "review.png") -> Path:
    """Build the five samples, open the review page, choose a point, take the picture."""
    from playwright.sync_api import sync_playwright

    from tests.review.conftest import Running

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "briefgen", "-q", "build", str(ROOT / "inputs"), "-o", tmp],
                       check=True, cwd=ROOT)
        draft = Path(tmp) / "bao-cao-tong-hop.briefing.yaml"
        with Running(draft) as server, sync_playwright() as p:
            b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
            page = open_page(b, server.url)
            target = page.locator("li.item .entry", has_text=re.compile("mục tiêu quốc gia")).first
            target.click()
            page.wait_for_selector("#source-body mark.q")
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out))
            b.close()
    return out


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    print(refresh_screenshot())
