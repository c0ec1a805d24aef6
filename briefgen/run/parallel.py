"""Extract many documents: cached results first, the rest on every core.

``extract_many`` looks every document up in the extraction cache
(briefgen.store.cache); the misses are extracted in a pool of worker processes when
there are enough of them to pay for starting the pool (about a second: each
worker loads underthesea's model, which this process then never needs),
one after another otherwise. Work is handed out in small chunks so
the progress bar moves as chunks complete, and results come back in input
order whatever order the workers finish in. If the pool cannot start or a
worker dies (a sandbox without process support, a worker killed for memory),
the remaining documents are extracted in this process instead.

The workers also analyse every statement for grouping and merging (its match
form and content words: underthesea's text_normalize and word_tokenize, the
costliest step after extraction), so that work runs on every core too and is
kept in the cache; the results are handed to briefgen.assemble.group and
briefgen.assemble.merge, which then look them up instead of computing them again.
"""
from __future__ import annotations

import importlib
import os
import sys
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Callable

from briefgen.model import Article, Document

STAGE = "Trích xuất nội dung"
MIN_POOL_DOCS = 50   # below this many misses, starting the workers costs more than it saves
MAX_CHUNK = 16       # documents per task: small enough for a lively progress bar
PARENT_CHECK_SECONDS = 0.5
WORKER_NICENESS = 5

Progress = Callable[[str, int, int], None]

# Per worker process: the rules are compiled once, not once per document.
_WORKER: dict = {}


def _exit_with_parent() -> None:
    """In a worker: end when the briefgen process that started it is gone.

    A worker waits for work on a pipe that it also holds open itself, so it
    never notices when its parent is killed (Ctrl+C twice, a closed window,
    the task manager): without this it would wait for ever."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(PARENT_CHECK_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="briefgen-parent-watch", daemon=True).start()


def _init_worker(rules_file: str | None, analyse: bool) -> None:
    _exit_with_parent()
    try:
        # a worker warming up must not slow down the reading it waits for
        os.nice(WORKER_NICENESS)
    except (AttributeError, OSError):
        pass
    from briefgen.extract.article import extract_document  # noqa: F401 (imported once, here)
    from briefgen.extract.rules import load_rules

    _WORKER.update(analyse=analyse)
    try:
        _WORKER.update(rules=load_rules(rules_file))
        if analyse:
            from briefgen.assemble.analysis import warm_up

            warm_up()
    except Exception:  # noqa: BLE001 - the main process reports a bad rules file itself, in one line
        pass


def _ready() -> bool:
    return True


def analyse_statements(article: Article) -> dict[str, tuple]:
    """statement text -> (match form, content words), as grouping and merging
    compute them; plus figure clause -> (match form, None), as the key
    figures are told apart (briefgen.assemble.figures)."""
    from briefgen.assemble.figures import extract_figures
    from briefgen.assemble.group import match_form
    from briefgen.assemble.merge import content_words

    out: dict[str, tuple] = {st.text: (match_form(st.text), content_words(st.text)) for st in article.statements}
    for figure in extract_figures(article.statements):
        out.setdefault(figure.text, (match_form(figure.text), None))
    return out


def remember(analysis: dict[str, tuple]) -> None:
    """Hand statement analyses to grouping and merging (see ``analyse_statements``)."""
    from briefgen.assemble.group import remember_match_forms
    from briefgen.assemble.merge import remember_content_words

    # Analyses arrive unpickled, every syllable a string object of its own:
    # interning keeps one copy of each word (half the memory at 10,000 articles).
    intern = sys.intern
    remember_match_forms({text: tuple(map(intern, form)) for text, (form, _words) in analysis.items()})
    remember_content_words({text: frozenset(map(intern, words))
                            for text, (_form, words) in analysis.items() if words is not None})


def _extract_chunk(chunk: list[tuple[int, Document, frozenset[str]]]) -> list[tuple[int, Article, dict]]:
    from briefgen.extract.article import extract_document

    rules = _WORKER["rules"]
    out = []
    for i, doc, chrome in chunk:  # the site-chrome lines that occur in this document
        article = extract_document(doc, rules, chrome)
        out.append((i, article, analyse_statements(article) if _WORKER["analyse"] else {}))
    return out


def cpu_workers() -> int:
    """Cores this process may run on (the affinity mask, not the machine's total)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


class Workers:
    """Extraction worker processes started before they are needed.

    ``briefgen.pipeline`` starts one when it has found the input files, so
    while this process reads them (a second or more for a large folder) the
    worker imports underthesea and loads its word model. A rebuild that must
    extract only the few edited articles then pays no start-up for them. More
    workers, up to one per core, are started when much work is handed out.
    Nothing is started on a single core or where processes cannot be."""

    def __init__(self, rules_file: str | None, analyse: bool = True, size: int | None = None):
        self.size = cpu_workers() if size is None else max(1, size)
        self.executor: ProcessPoolExecutor | None = None
        self.ready = None  # done when the first worker has warmed up
        if self.size < 2:
            return
        try:
            self.executor = ProcessPoolExecutor(max_workers=self.size, initializer=_init_worker,
                                                initargs=(rules_file, analyse))
            self.ready = self.executor.submit(_ready)  # starts the first process now
        except (OSError, NotImplementedError, RuntimeError):
            self.executor = None

    def close(self) -> None:
        if self.executor is not None:
            # a worker still warming up finishes on its own; nobody waits for it
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = None

    def __enter__(self) -> "Workers":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def wait_for_closed_pools() -> None:
    """Before this process exits: wait for the pools closed without waiting.

    The interpreter's exit waits for their manager threads anyway, but
    Python 3.11 first wakes each of them without taking its lock and, if the
    thread has just closed its pipe, prints "OSError: [Errno 9] Bad file
    descriptor" with a traceback under a finished run. Joining them first
    costs no time the exit would not spend."""
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and not thread.daemon:
            thread.join()


def chrome_in(doc: Document, chrome: frozenset[str]) -> list[str]:
    """The site-chrome lines that occur in ``doc`` (they change its result,
    so they are part of its cache key)."""
    if not chrome:
        return []
    from briefgen.extract.noise import line_key

    return sorted({k for line in doc.text.split("\n") if line.strip() and (k := line_key(line)) in chrome})


def extract_many(docs: list[Document], rules_file: str | None, chrome: frozenset[str], *,
                 use_cache: bool = True, progress: Progress | None = None,
                 workers: int | None = None, analyse: bool = True,
                 started: Workers | None = None) -> list[Article]:
    """``extract_document`` for every document, in input order.

    ``workers``: number of processes (default: the usable cores; 1 means no
    pool). With ``use_cache`` results are read from and written to the
    extraction cache. ``analyse=False`` skips the statement analysis (for
    commands that do not group or merge, such as explain). ``started``:
    workers already running (see ``Workers``), used for any number of misses."""
    from briefgen.store.cache import ExtractionCache
    from briefgen.extract.rules import load_rules

    report = progress or (lambda stage, done, total: None)
    rules = load_rules(rules_file)  # also validates the rules file before any worker starts
    total = len(docs)
    results: list[Article | None] = [None] * total
    cache = ExtractionCache(rules.version) if use_cache else None
    keys: list[str | None] = [None] * total
    misses: list[int] = []
    report(STAGE, 0, total)  # the stage starts with the cache look-ups
    present = [chrome_in(doc, chrome) for doc in docs]
    for i, doc in enumerate(docs):
        found = None
        if cache is not None:
            keys[i] = cache.key(doc, present[i])
            found = cache.load(keys[i], doc)
        if found is not None and (found[1] or not analyse or not found[0].statements):
            results[i] = found[0]
            remember(found[1])
        else:
            misses.append(i)
    done = total - len(misses)
    report(STAGE, done, total)

    def finished(i: int, article: Article, analysis: dict) -> None:
        nonlocal done
        results[i] = article
        if analysis:
            remember(analysis)
        if cache is not None:
            cache.put(keys[i], article, analysis)
        done += 1

    def tick() -> None:
        report(STAGE, done, total)

    jobs = [(i, docs[i], frozenset(present[i])) for i in misses]
    if misses and started is not None and started.executor is not None:
        if len(jobs) < MIN_POOL_DOCS:
            # a few articles: wait for the warm worker rather than have the
            # pool start (and warm up) a second one beside it
            try:
                started.ready.result()
            except Exception:  # noqa: BLE001 - a broken pool is handled below
                pass
        misses = _run_pool(started.executor, jobs, started.size, finished, tick)
    else:
        workers = cpu_workers() if workers is None else max(1, workers)
        if workers > 1 and len(misses) >= MIN_POOL_DOCS:
            try:
                with Workers(rules_file, analyse, workers) as pool:
                    if pool.executor is not None:
                        misses = _run_pool(pool.executor, jobs, workers, finished, tick)
            except (BrokenProcessPool, OSError, NotImplementedError):
                pass
    if misses:
        from briefgen.extract.article import extract_document
    for i in misses:  # the sequential path, and whatever a broken pool left undone
        article = extract_document(docs[i], rules, chrome)
        finished(i, article, analyse_statements(article) if analyse else {})
        report(STAGE, done, total)
    if cache is not None:
        from briefgen.store.cache import prune_after_run

        prune_after_run()
    return results  # type: ignore[return-value]  # every slot is filled above


def _run_pool(executor: ProcessPoolExecutor, jobs: list[tuple[int, Document, frozenset[str]]],
              workers: int, finished, tick) -> list[int]:
    """Extract ``jobs`` in worker processes; return the indices left undone.

    The executor uses the default start method (fork on Linux up to Python
    3.13): unlike forkserver and spawn it does not re-run the caller's main
    module, which breaks scripts that call briefgen without a __main__ guard."""
    size = max(1, min(MAX_CHUNK, len(jobs) // (workers * 8)))
    chunks = [jobs[k:k + size] for k in range(0, len(jobs), size)]
    left = {i for i, _doc, _chrome in jobs}
    try:
        pending = {executor.submit(_extract_chunk, c) for c in chunks}
        while pending:
            complete, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in complete:
                for i, article, analysis in future.result():
                    finished(i, article, analysis)
                    left.discard(i)
            tick()
    except (BrokenProcessPool, OSError, NotImplementedError, RuntimeError):
        pass  # finish in this process; errors of extraction itself still propagate
    return sorted(left)


class Beside:
    """One process forked now, while this process is still small, to run a
    long stage later (the PDF layout). Forked late in a national run, it
    would share the main process's gigabyte and soon copy much of it; forked
    at the start it holds little more than what it is sent."""

    def __init__(self, module: str | None = None):
        """``module``: imported in the new process at once (the renderer), so
        its start-up is done by the time it is needed."""
        self.pool: ProcessPoolExecutor | None = None
        if cpu_workers() < 2:
            return
        try:
            self.pool = ProcessPoolExecutor(max_workers=1, initializer=_exit_with_parent)
            # forks the process now
            self.pool.submit(importlib.import_module, module) if module else self.pool.submit(_ready)
        except (OSError, NotImplementedError, RuntimeError):
            self.pool = None

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None

    def __enter__(self) -> "Beside":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def start_beside(fn: Callable, *args, beside: Beside | None = None, **kwargs) -> Callable[[], object]:
    """Start ``fn(*args, **kwargs)`` in another process and return a function
    that waits for its result, so a long stage (laying out the PDF) runs
    while this process does the others (DOCX, audit page, draft file).
    ``beside``: a process forked earlier for it (see ``Beside``).

    With a single core, or when no process can be started, ``fn`` simply
    runs when the result is asked for. Errors raised by ``fn`` are raised
    by the returned function."""
    def here():
        return fn(*args, **kwargs)

    if cpu_workers() < 2:
        return here
    own = beside is None or beside.pool is None
    try:
        pool = ProcessPoolExecutor(max_workers=1, initializer=_exit_with_parent) if own else beside.pool
        future = pool.submit(fn, *args, **kwargs)
    except (OSError, NotImplementedError, RuntimeError, BrokenProcessPool):
        return here

    def result():
        try:
            return future.result()
        except BrokenProcessPool:  # the process died (memory): do it here instead
            return here()
        finally:
            if own:
                pool.shutdown()  # the work is done: this only reaps the process
    return result
