"""Parallel extraction gives exactly what one-by-one extraction gives, in order."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from briefgen.run import parallel
from briefgen.read.dedup import find_duplicates
from briefgen.model import Document
from briefgen.pipeline import site_chrome

GENERATOR = Path(__file__).resolve().parents[2] / "benchmarks" / "generate.py"


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> list[Document]:
    spec = importlib.util.spec_from_file_location("bench_generate", GENERATOR)
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    folder = tmp_path_factory.mktemp("corpus")
    paths = gen.generate(60, folder, seed=7, duplicate_share=0.0)
    return [Document(str(p), p.read_text(encoding="utf-8")) for p in paths]


def test_generator_writes_distinct_articles(docs):
    assert len(docs) == 60
    assert not find_duplicates(docs)


def test_pool_and_sequential_agree_in_input_order(docs, monkeypatch):
    chrome = site_chrome(docs)
    used_pool = []
    real_pool = parallel._run_pool

    def spy(*args, **kwargs):
        used_pool.append(True)
        return real_pool(*args, **kwargs)

    monkeypatch.setattr(parallel, "_run_pool", spy)
    seen: list[tuple[str, int, int]] = []
    pooled = parallel.extract_many(docs, None, chrome, use_cache=False, workers=2,
                                   progress=lambda *a: seen.append(a))
    assert used_pool  # 60 documents are enough for the pool
    sequential = parallel.extract_many(docs, None, chrome, use_cache=False, workers=1)
    assert len(used_pool) == 1
    assert [a.path for a in pooled] == [d.path for d in docs]
    assert pooled == sequential
    assert sum(len(a.statements) for a in pooled) > 60 * 3
    # the progress bar moves forward and ends full
    done = [d for _stage, d, _total in seen]
    assert done == sorted(done) and done[-1] == len(docs) and len(set(done)) > 2
    assert {stage for stage, _d, _t in seen} == {"Trích xuất nội dung"}


def test_few_documents_stay_in_this_process(docs, monkeypatch):
    monkeypatch.setattr(parallel, "_run_pool", lambda *a, **k: pytest.fail("pool started for 5 documents"))
    out = parallel.extract_many(docs[:5], None, frozenset(), use_cache=False, workers=2)
    assert [a.path for a in out] == [d.path for d in docs[:5]]


def test_broken_pool_falls_back_to_this_process(docs, monkeypatch):
    from concurrent.futures.process import BrokenProcessPool

    class Broken:
        def __init__(self, *a, **k):
            raise BrokenProcessPool("worker killed")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", Broken)
    out = parallel.extract_many(docs, None, site_chrome(docs), use_cache=False, workers=2)
    assert [a.path for a in out] == [d.path for d in docs]
    assert all(a.statements for a in out)


def _pdf_like(text: str, fail: bool = False) -> bytes:
    from briefgen.errors import RenderError

    if fail:
        raise RenderError("không tạo được tệp PDF")
    return text.encode("utf-8")


def test_start_beside_returns_the_result_or_the_error(monkeypatch):
    from briefgen.errors import RenderError

    monkeypatch.setattr(parallel, "cpu_workers", lambda: 2)
    wait = parallel.start_beside(_pdf_like, "Báo cáo tổng hợp")
    assert wait() == "Báo cáo tổng hợp".encode("utf-8")
    failing = parallel.start_beside(_pdf_like, "x", fail=True)
    with pytest.raises(RenderError, match="không tạo được"):
        failing()


def test_start_beside_on_one_core_runs_here(monkeypatch):
    monkeypatch.setattr(parallel, "cpu_workers", lambda: 1)
    monkeypatch.setattr(parallel, "ProcessPoolExecutor", lambda *a, **k: pytest.fail("process started"))
    assert parallel.start_beside(_pdf_like, "một")() == "một".encode("utf-8")


def test_workers_end_when_briefgen_is_killed(tmp_path):
    """A killed build must not leave worker processes waiting for ever."""
    import signal
    import subprocess
    import sys
    import time

    script = tmp_path / "run.py"
    pidfile = tmp_path / "pids"
    script.write_text(
        "import os, sys\n"
        "from briefgen.run import parallel\n"
        "parallel.cpu_workers = lambda: 2\n"
        "w = parallel.Workers(None, analyse=False)\n"
        "pids = [w.executor.submit(os.getpid).result()]\n"
        "wait = parallel.start_beside(os.getpid)\n"
        f"open({str(pidfile)!r}, 'w').write(' '.join(map(str, pids)))\n"
        "import time; time.sleep(60)\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script)], cwd=tmp_path)
    deadline = time.monotonic() + 60
    while not pidfile.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    workers = [int(p) for p in pidfile.read_text().split()]
    children = [int(p) for p in subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True,
                                               text=True).stdout.split()]
    assert set(workers) <= set(children) and len(children) >= 2
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    alive = children
    while alive and time.monotonic() < deadline:
        time.sleep(0.2)
        alive = [p for p in children if Path(f"/proc/{p}").exists()
                 and "zombie" not in Path(f"/proc/{p}/status").read_text().lower()]
    assert not alive, f"worker processes left running: {alive}"


def test_workers_started_early_take_even_a_few_documents(docs, monkeypatch):
    """A rebuild after editing a few articles hands them to the worker that
    warmed up while the files were read, with the same results."""
    monkeypatch.setattr(parallel, "cpu_workers", lambda: 2)
    used_pool = []
    real_pool = parallel._run_pool
    monkeypatch.setattr(parallel, "_run_pool", lambda *a, **k: used_pool.append(1) or real_pool(*a, **k))
    chrome = site_chrome(docs)
    with parallel.Workers(None, analyse=True) as started:
        early = parallel.extract_many(docs[:3], None, chrome, use_cache=False, started=started)
    assert used_pool
    assert early == parallel.extract_many(docs[:3], None, chrome, use_cache=False, workers=1)


def test_no_pool_thread_is_left_for_the_exit_to_race(monkeypatch):
    """A finished run must not print a traceback ("Bad file descriptor") when
    Python wakes a pool's thread at exit: main waits for them first."""
    import threading

    from briefgen import cli

    monkeypatch.setattr(parallel, "cpu_workers", lambda: 2)
    waited = []
    real_wait = parallel.wait_for_closed_pools
    monkeypatch.setattr(parallel, "wait_for_closed_pools", lambda: waited.append(1) or real_wait())

    def command():
        parallel.Workers(None, analyse=False).close()
        parallel.Beside().close()
        raise SystemExit(0)

    monkeypatch.setattr(cli, "app", command)
    with pytest.raises(SystemExit):
        cli.main()
    assert waited
    assert [t for t in threading.enumerate()
            if t is not threading.current_thread() and not t.daemon] == []
