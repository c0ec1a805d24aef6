"""The extraction cache stays under its size cap, dropping what was used
longest ago, without ever breaking a run that uses it at the same time."""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from briefgen.model import Document
from briefgen.run.parallel import extract_many
from briefgen.store import cache, prune
from tests.store.test_cache import TEXT


@pytest.fixture()
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "WRITTEN", 0)
    return tmp_path / "cache"


def _size(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and p.name != prune.ESTIMATE_FILE)


def _docs(run: int, n: int = 4) -> list[Document]:
    # every run brings articles of its own (changing inputs)
    return [Document(f"inputs/run{run}-{k}.txt", TEXT.replace("25 nhà", f"{run * 10 + k + 1} nhà"))
            for k in range(n)]


def _entry(root: Path, name: str, size: int, age: float) -> Path:
    path = root / "extract" / name[:2] / f"{name}.pkl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)
    then = time.time() - age
    os.utime(path, (then, then))
    return path


def test_cap_comes_from_the_environment(monkeypatch):
    monkeypatch.delenv(prune.ENV_MAX_MB, raising=False)
    assert prune.max_bytes() == 500 * 1024 * 1024
    monkeypatch.setenv(prune.ENV_MAX_MB, "2")
    assert prune.max_bytes() == 2 * 1024 * 1024
    monkeypatch.setenv(prune.ENV_MAX_MB, "1,5")  # a Vietnamese decimal comma
    assert prune.max_bytes() == int(1.5 * 1024 * 1024)
    for bad in ("nhiều", "-3", "0", "inf"):
        monkeypatch.setenv(prune.ENV_MAX_MB, bad)
        assert prune.max_bytes() == 500 * 1024 * 1024


def test_least_recently_used_entries_go_first(tmp_path):
    root = tmp_path / "cache"
    old = [_entry(root, f"a{k:02d}", 1000, age=10_000 + k) for k in range(6)]
    new = [_entry(root, f"b{k:02d}", 1000, age=k) for k in range(4)]
    before, after = prune.prune(root, cap=6000)
    assert before == 10_000 and after <= 6000 * prune.LOW_WATER
    # down to 80 % of the cap: the six used longest ago went, the recent ones stay
    assert not any(p.exists() for p in old)
    assert all(p.exists() for p in new)


def test_under_the_cap_nothing_is_deleted(tmp_path):
    root = tmp_path / "cache"
    paths = [_entry(root, f"c{k:02d}", 1000, age=100_000) for k in range(5)]
    assert prune.prune(root, cap=10_000) == (5000, 5000)
    assert all(p.exists() for p in paths)


def test_a_hit_makes_an_entry_recent(cache_dir):
    docs = _docs(0, 2)
    extract_many(docs, None, frozenset(), workers=1)
    entries = sorted((cache_dir / "extract").rglob("*.pkl"))
    assert len(entries) == 2
    for p in entries:  # both last used a day ago
        os.utime(p, (time.time() - 86_400, time.time() - 86_400))
    extract_many(docs[:1], None, frozenset(), workers=1)  # uses the first article only
    used = {p: max(p.stat().st_mtime, p.stat().st_atime) for p in entries}
    assert sorted(used.values())[1] > time.time() - 60  # one of them was refreshed
    prune.prune(cache_dir, cap=int(_size(cache_dir) * 0.9))
    kept = [p for p in entries if p.exists()]
    assert len(kept) == 1 and used[kept[0]] > time.time() - 60


def test_repeated_runs_over_changing_inputs_stay_under_the_cap(cache_dir, monkeypatch):
    extract_many(_docs(99, 1), None, frozenset(), workers=1)
    one = _size(cache_dir)
    cap = one * 10
    monkeypatch.setenv(prune.ENV_MAX_MB, str(cap / 1024 / 1024))
    for run in range(8):
        extract_many(_docs(run), None, frozenset(), workers=1)
        assert _size(cache_dir) <= cap
    # the last run's articles are the ones kept: a rebuild of them reads the cache
    last = _docs(7)
    before = len(list(cache_dir.rglob("*.pkl")))
    extract_many(last, None, frozenset(), workers=1)
    assert len(list(cache_dir.rglob("*.pkl"))) == before  # nothing new: all four were hits


def test_small_rebuilds_do_not_walk_the_folder_every_time(tmp_path):
    root = tmp_path / "cache"
    _entry(root, "d00", 1000, age=0)
    assert prune.prune_if_needed(root, 100, cap=100_000)  # first time: walked, estimate written
    assert not prune.prune_if_needed(root, 100, cap=100_000)  # well under the cap: trusted
    assert not prune.prune_if_needed(root, 0, cap=100_000)  # nothing written: nothing to do
    assert prune.prune_if_needed(root, 200_000, cap=100_000)  # may be over: walked again


def test_an_entry_removed_by_a_concurrent_prune_is_a_miss(cache_dir):
    docs = _docs(1, 2)
    first = extract_many(docs, None, frozenset(), workers=1)
    for p in (cache_dir / "extract").rglob("*.pkl"):
        p.unlink()  # as another run's pruning would
    again = extract_many(docs, None, frozenset(), workers=1)
    assert [a.statements for a in again] == [a.statements for a in first]
    assert len(list((cache_dir / "extract").rglob("*.pkl"))) == 2  # written back


def test_deleting_the_whole_cache_during_a_run_is_safe(cache_dir):
    docs = _docs(2, 2)
    extract_many(docs[:1], None, frozenset(), workers=1)
    shutil.rmtree(cache_dir)
    result = extract_many(docs, None, frozenset(), workers=1)
    assert all(a.statements for a in result)
    assert len(list((cache_dir / "extract").rglob("*.pkl"))) == 2


def test_fresh_temporary_files_of_a_writer_are_left_alone(tmp_path):
    root = tmp_path / "cache"
    _entry(root, "e00", 1000, age=100_000)
    shard = root / "extract" / "e0"
    fresh, stale = shard / ".tmp-writing", shard / ".tmp-crashed"
    fresh.write_bytes(b"half")
    stale.write_bytes(b"half")
    os.utime(stale, (time.time() - 2 * prune.STALE_TEMP_SECONDS,) * 2)
    prune.prune(root, cap=10)
    assert fresh.exists() and not stale.exists()
