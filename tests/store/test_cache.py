"""The extraction cache: rebuilds reuse results, and never serve wrong ones."""
from __future__ import annotations

import dataclasses
import multiprocessing
from pathlib import Path

import pytest

from briefgen.store.cache import ExtractionCache, cache_root, entry_key
from briefgen.extract.article import extract_document
from briefgen.assemble.figures import extract_figures
from briefgen.model import Document, Statement
from briefgen.run.parallel import analyse_statements, chrome_in, extract_many
from briefgen.extract.rules import load_rules

TEXT = (
    "Sáng 12/4, Thường trực Huyện ủy Yên Thế tổ chức hội nghị giao ban với Mặt trận Tổ quốc "
    "và các tổ chức chính trị - xã hội huyện quý I/2024.\n\n"
    "Trong quý I/2024, Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện đã vận động "
    "xây dựng 25 nhà Đại đoàn kết cho hộ nghèo; tổ chức 6 cuộc giám sát tại các xã.\n\n"
    "Tuy nhiên, việc nắm tình hình Nhân dân ở một số khu dân cư còn chậm.\n\n"
    "Phát biểu kết luận, đồng chí Bí thư Huyện ủy đề nghị trong quý II/2024 tiếp tục đổi mới "
    "phương thức hoạt động, hướng về khu dân cư; chuẩn bị tốt đại hội Mặt trận cấp xã.\n"
)


@pytest.fixture()
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _doc(text: str = TEXT, path: str = "inputs/yen-the.txt") -> Document:
    return Document(path, text)


def _entries(root) -> list:
    return sorted(p for p in (root / "extract").rglob("*.pkl"))


def test_location_follows_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "a"))
    assert cache_root() == tmp_path / "a"
    monkeypatch.delenv("BRIEFGEN_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_root() == tmp_path / "xdg" / "briefgen"


def test_second_run_reads_the_stored_result(cache_dir):
    doc = _doc()
    first = extract_many([doc], None, frozenset())
    assert len(_entries(cache_dir)) == 1
    # poison the stored entry: a hit must return what is stored, not re-extract
    cache = ExtractionCache(load_rules(None).version)
    key = cache.key(doc)
    marker = Statement("task", "Dấu hiệu lấy từ bộ nhớ đệm.", "x", doc.path, 0, 1)
    poisoned = dataclasses.replace(first[0], statements=(marker,))
    cache.put(key, poisoned, analyse_statements(poisoned))
    again = extract_many([doc], None, frozenset())
    assert again[0].statements == (marker,)
    assert again[0].doc == doc


def test_no_cache_bypasses_reading_and_writing(cache_dir):
    doc = _doc()
    cache = ExtractionCache(load_rules(None).version)
    real = extract_document(doc, load_rules(None))
    marker = Statement("task", "Dấu hiệu lấy từ bộ nhớ đệm.", "x", doc.path, 0, 1)
    poisoned = dataclasses.replace(real, statements=(marker,))
    cache.put(cache.key(doc), poisoned, analyse_statements(poisoned))
    got = extract_many([doc], None, frozenset(), use_cache=False)
    assert got[0].statements == real.statements
    other = _doc(TEXT.replace("25 nhà", "30 nhà"), "inputs/other.txt")
    extract_many([other], None, frozenset(), use_cache=False)
    assert len(_entries(cache_dir)) == 1  # nothing new written


def test_edited_article_is_extracted_again(cache_dir):
    doc = _doc()
    before = extract_many([doc], None, frozenset())[0]
    edited = _doc(TEXT.replace("25 nhà Đại đoàn kết", "40 nhà Đại đoàn kết"))
    after = extract_many([edited], None, frozenset())[0]
    assert any("40 nhà" in s.text for s in after.statements)
    assert any("25 nhà" in s.text for s in before.statements)


def test_key_changes_with_rules_version_metadata_and_chrome():
    doc = _doc()
    base = entry_key(doc, "rules-a")
    assert entry_key(doc, "rules-a") == base
    assert entry_key(doc, "rules-b") != base
    assert entry_key(dataclasses.replace(doc, given=(("period", "quý II/2024"),)), "rules-a") != base
    assert entry_key(dataclasses.replace(doc, path="inputs/khac.txt"), "rules-a") != base
    # a chrome line this article contains changes its result; one it lacks does not
    assert chrome_in(doc, frozenset({"menu không có trong bài"})) == []
    line = "tuy nhiên, việc nắm tình hình nhân dân ở một số khu dân cư còn chậm."
    assert chrome_in(doc, frozenset({line})) == [line]
    assert entry_key(doc, "rules-a", tuple(chrome_in(doc, frozenset({line})))) != base


def test_statement_analysis_is_kept_for_merging(cache_dir):
    from briefgen.assemble.merge import content_words

    doc = _doc()
    article = extract_many([doc], None, frozenset())[0]
    cache = ExtractionCache(load_rules(None).version)
    stored, analysis = cache.load(cache.key(doc), doc)
    assert stored == article
    assert {s.text for s in article.statements} <= set(analysis)
    for st in article.statements:
        assert analysis[st.text][1] == content_words(st.text)
    # the key figures ("25 nhà Đại đoàn kết") are matched from the cache too
    figures = extract_figures(article.statements)
    assert figures and all(f.text in analysis for f in figures)


def test_entry_without_analysis_is_completed(cache_dir):
    doc = _doc()
    cache = ExtractionCache(load_rules(None).version)
    cache.put(cache.key(doc), extract_document(doc, load_rules(None)))  # e.g. written by explain
    extract_many([doc], None, frozenset())
    assert cache.load(cache.key(doc), doc)[1]


def test_rules_version_change_misses(cache_dir):
    doc = _doc()
    old = ExtractionCache("rules-old")
    article = extract_document(doc, load_rules(None))
    old.put(old.key(doc), article)
    new = ExtractionCache("rules-new")
    assert new.get(new.key(doc), doc) is None
    assert old.get(old.key(doc), doc) == article


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped", "empty"])
def test_corrupt_entry_is_ignored_and_rebuilt(cache_dir, damage):
    doc = _doc()
    good = extract_many([doc], None, frozenset())[0]
    (entry,) = _entries(cache_dir)
    data = entry.read_bytes()
    entry.write_bytes({
        "garbage": b"not a cache entry at all",
        "truncated": data[: len(data) // 2],
        "flipped": data[:-5] + bytes([data[-5] ^ 0xFF]) + data[-4:],
        "empty": b"",
    }[damage])
    rebuilt = extract_many([doc], None, frozenset())[0]
    assert rebuilt == good
    # the rebuilt result replaced the bad entry
    cache = ExtractionCache(load_rules(None).version)
    assert entry.read_bytes()[:4] == data[:4]
    assert cache.get(cache.key(doc), doc) == good


def _hammer(root: str, n: int) -> None:
    """Write the same entry over and over (another briefgen run doing the same)."""
    doc = _doc()
    cache = ExtractionCache("rules-x", root=Path(root))
    article = extract_document(doc, load_rules(None))
    key = cache.key(doc)
    for k in range(n):
        # alternate two valid results so a torn write would be detectable
        cache.put(key, article if k % 2 else dataclasses.replace(article, statements=article.statements[:1]))


def test_concurrent_writers_never_expose_a_partial_entry(tmp_path):
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    writers = [ctx.Process(target=_hammer, args=(str(tmp_path), 150)) for _ in range(3)]
    for w in writers:
        w.start()
    doc = _doc()
    reader = ExtractionCache("rules-x", root=tmp_path)
    key = reader.key(doc)
    seen = set()
    while any(w.is_alive() for w in writers):
        got = reader.get(key, doc)
        if got is not None:
            seen.add(len(got.statements))
    for w in writers:
        w.join()
        assert w.exitcode == 0
    full = len(extract_document(doc, load_rules(None)).statements)
    assert seen <= {1, full}
    assert reader.get(key, doc) is not None
    leftovers = [p for p in (tmp_path / "extract").rglob("*") if p.is_file() and p.suffix != ".pkl"]
    assert leftovers == []  # no temporary files left behind


def test_unwritable_cache_does_not_fail_the_run(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(blocker / "sub"))  # a file in the way
    articles = extract_many([_doc()], None, frozenset())
    assert articles[0].statements
    assert blocker.read_text() == "x"


def test_code_fingerprint_changes_with_any_extractor_source(tmp_path, monkeypatch):
    """Editing any module of the extract stage (a new one included) serves no
    stale results; editing the renderer keeps the cache."""
    import shutil

    from briefgen.store import cache

    copy = tmp_path / "briefgen"
    shutil.copytree(cache.PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "PACKAGE_DIR", copy)

    def fingerprint():
        cache.code_fingerprint.cache_clear()
        return cache.code_fingerprint()

    base = fingerprint()
    with open(copy / "render" / "to_pdf.py", "a", encoding="utf-8") as f:
        f.write("\n# a change of the renderer\n")
    assert fingerprint() == base
    for changed in (copy / "extract" / "classify.py", copy / "extract" / "new_stage_part.py",
                    copy / "assemble" / "analysis.py"):
        with open(changed, "a", encoding="utf-8") as f:
            f.write("\n# a change\n")
        now = fingerprint()
        assert now != base, changed
        base = now
    cache.code_fingerprint.cache_clear()
