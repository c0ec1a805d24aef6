"""The PDF for every reader: a structure tree in reading order, language,
title, bookmarks, fonts that copy out as Vietnamese, metadata that agrees with
itself; and the archival PDF/A variant keeps all of it.

Checked with pikepdf (qpdf) and poppler, not with the library that wrote the
file; veraPDF cannot be installed here (see README, "Kiểm tra PDF").
"""
from __future__ import annotations

import io
import re
import subprocess

import pytest
import yaml

pikepdf = pytest.importorskip("pikepdf")
pytest.importorskip("weasyprint")

from briefgen.render import to_pdf as rp  # noqa: E402
from briefgen.render.context import build_context  # noqa: E402
from tests.render.pdf_structure import Tagged, flat, outline  # noqa: E402
from tests.render.test_render_pdf import FIXTURE  # noqa: E402

DC = "{http://purl.org/dc/elements/1.1/}"


def sample() -> dict:
    return yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def context() -> dict:
    return build_context(sample())


@pytest.fixture(scope="module", params=[None, "pdf/a-3u"], ids=["default", "archival"])
def pdf(request):
    data = rp.render_pdf(sample(), pdf_variant=request.param)
    with pikepdf.open(io.BytesIO(data)) as doc:
        yield request.param, data, doc


def headings(context) -> list[tuple[int, str]]:
    """(level, text) of the section and theme headings the reader should find."""
    found = []
    for section in context["body"]:
        found.append((0, section["heading"]))
        found += [(1, theme["heading"]) for theme in section["themes"]]
        if section["figures"]:
            found.append((1, section["figures_heading"]))
    labels = context["labels"]
    found += [(0, labels["overview"])] if context["overview_rows"] else []
    found += [(0, labels["sources"])] if context["source_rows"] else []
    return [(level, flat(text)) for level, text in found]


def test_catalog_says_tagged_vietnamese_with_its_title_shown(pdf):
    _, _, doc = pdf
    root = doc.Root
    assert "/StructTreeRoot" in root
    assert bool(root.MarkInfo.Marked) is True
    assert str(root.Lang) == "vi-VN"
    assert bool(root.ViewerPreferences.DisplayDocTitle) is True
    assert str(doc.docinfo.Title) == "BÁO CÁO " + sample()["subject"]


def test_headings_are_tagged_in_reading_order(pdf, context):
    _, _, doc = pdf
    tree = Tagged(doc)
    assert tree.all_of("/H1") == ["BÁO CÁO"]
    order = [(0 if s == "/H2" else 1, flat(tree.text(e, p)))
             for s, e, p in tree.walk() if s in ("/H2", "/H3")]
    assert order == headings(context)


def test_entries_are_list_items_in_reading_order(pdf, context):
    _, _, doc = pdf
    tree = Tagged(doc)
    lines = [item["line"] for section in context["body"] for theme in section["themes"]
             for item in theme["entries"]]
    lines += [fig["line"] for section in context["body"] for fig in section["figures"]]
    # figures close each section: put the expected lines in document order
    expected = []
    for section in context["body"]:
        expected += [item["line"] for theme in section["themes"] for item in theme["entries"]]
        expected += [fig["line"] for fig in section["figures"]]
    expected += context["recipient_lines"]
    assert sorted(expected[:len(lines)]) == sorted(lines)
    items = [flat(tree.text(e, p)) for s, e, p in tree.walk() if s == "/LBody"]
    # an item broken over two pages is two list items; its text still reads on
    assert " ".join(items) == flat(" ".join(expected))
    kinds = [s for s, _, _ in tree.walk()]
    assert kinds.count("/L") >= len([t for s in context["body"] for t in s["themes"]])


def test_whole_text_reads_in_document_order(pdf, context):
    _, _, doc = pdf
    tree = Tagged(doc)
    text = flat(tree.text(doc.Root.StructTreeRoot))
    expected = [context["subject"], context["intro"]]
    for section in context["body"]:
        expected.append(section["heading"])
        for theme in section["themes"]:
            expected += [theme["heading"]] + [item["line"] for item in theme["entries"]]
    expected += [context["labels"]["closing"], context["lh"]["signer_name"]]
    at = 0
    for line in expected:
        found = text.find(flat(line), at)
        assert found >= 0, f"missing or out of order: {line[:60]}"
        at = found + len(flat(line))


def test_annex_tables_have_header_cells_linked_to_data_cells(pdf, context):
    _, _, doc = pdf
    tree = Tagged(doc)
    labels = context["labels"]
    assert tree.all_of("/TH") == [flat(h) for h in labels["overview_head"] + labels["sources_head"]]
    ids = {bytes(e.ID) for s, e, _ in tree.walk() if s == "/TH"}
    cells = [e for s, e, _ in tree.walk() if s == "/TD"]
    # the letterhead is a layout table (two cells, no headers); the annexes are data
    data_cells = [e for e in cells if len(e.A.get("/Headers", [])) > 0]
    assert len(cells) - len(data_cells) == 2
    # every cell of the two annex tables names its column header
    assert len(data_cells) == (len(context["overview_rows"]) * len(labels["overview_head"])
                               + len(context["source_rows"]) * len(labels["sources_head"]))
    for cell in data_cells:
        assert len(cell.A.Headers) == 1 and bytes(cell.A.Headers[0]) in ids
    # the signature block is laid out side by side, but it is not announced as a table
    tables = [flat(tree.text(e, p)) for s, e, p in tree.walk() if s == "/Table"]
    assert not any(context["lh"]["signer_name"] in t for t in tables)


def test_bookmarks_follow_sections_and_themes(pdf, context):
    _, _, doc = pdf
    assert [(d, flat(t)) for d, t in outline(doc)] == headings(context)


def test_fonts_are_embedded_with_unicode_maps_and_copy_out_as_vietnamese(pdf, context):
    _, data, doc = pdf
    seen = 0
    for page in doc.pages:
        for font in page.Resources.Font.values():
            seen += 1
            assert "/ToUnicode" in font
            descriptor = font.DescendantFonts[0].FontDescriptor if "/DescendantFonts" in font \
                else font.FontDescriptor
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert seen
    copied = flat(subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True,
                                 check=True).stdout.decode("utf-8"))
    for section in context["body"]:
        assert flat(section["heading"]) in copied
        for theme in section["themes"]:
            for item in theme["entries"]:
                assert flat(item["line"]) in copied
    assert "\ufffd" not in copied


def _xmp(doc) -> dict:
    meta = doc.open_metadata()
    return {key: meta.get(key) for key in meta}


def test_xmp_metadata_agrees_with_document_information(pdf):
    variant, _, doc = pdf
    info, meta = doc.docinfo, doc.open_metadata()
    assert meta[f"{DC}title"] == str(info.Title)
    assert meta[f"{DC}creator"] == [str(info.Author)]
    assert meta[f"{DC}description"] == str(info.Subject)
    assert meta["{http://ns.adobe.com/xap/1.0/}CreatorTool"] == str(info.Creator)
    assert meta["{http://ns.adobe.com/pdf/1.3/}Producer"] == str(info.Producer)
    xmp = doc.Root.Metadata.read_bytes().decode("utf-8")
    if variant is None:
        assert re.search(r'pdfuaid:part="1"', xmp)
    else:
        assert re.search(r'pdfaid:part="3"', xmp) and re.search(r'pdfaid:conformance="U"', xmp)
        assert "pdfuaid" not in xmp  # PDF/A-3 would need an extension schema for it
        assert "/ID" in doc.trailer
        intent = doc.Root.OutputIntents[0]
        assert str(intent.S) == "/GTS_PDFA1" and "/DestOutputProfile" in intent
