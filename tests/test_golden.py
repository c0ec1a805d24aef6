"""The five samples give exactly the documents they gave when the golden files
were last refreshed (scripts/refresh_golden.py): a refactoring changes nothing
a user sees. Text outputs are compared whole, so a failure shows the change."""
import hashlib
import json

import pytest

from tests.golden_build import GOLDEN, build_samples, libraries


@pytest.fixture(scope="module")
def produced():
    return build_samples()


@pytest.mark.parametrize("name", ["bao-cao-tong-hop.briefing.yaml", "bao-cao-tong-hop.audit.html",
                                  "extraction.json"])
def test_text_outputs_are_unchanged(produced, name):
    expected = (GOLDEN / name).read_text(encoding="utf-8")
    assert produced[name].decode("utf-8") == expected


@pytest.mark.parametrize("name", ["bao-cao-tong-hop.docx", "bao-cao-tong-hop.pdf"])
def test_documents_are_byte_identical(produced, name):
    golden = json.loads((GOLDEN / "digests.json").read_text(encoding="utf-8"))
    if golden["libraries"] != libraries():
        pytest.skip(f"golden digests were made with {golden['libraries']}, these are {libraries()}")
    assert hashlib.sha256(produced[name]).hexdigest() == golden["sha256"][name]
