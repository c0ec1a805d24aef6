"""The recipe: from a folder of articles to a briefing, stage by stage.

``build`` reads top to bottom: discover, read, extract (segment + classify),
assemble (group, merge), render, write. Everything is gathered and rendered in
memory before anything is written, so a failure in rendering never leaves a
mixture of old and new outputs; each file is then replaced atomically.
"""
from __future__ import annotations

import dataclasses
import gc
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from briefgen.errors import BriefgenError, BriefingFileError, InputError, NothingUsable
from briefgen.model import Article, Document, Evidence, Problem, RunReport

Progress = Callable[[str, int, int], None]  # (stage label, done, total)
OUTPUT_NAME = "bao-cao-tong-hop"
USER_THEMES_FILE = "briefgen-themes.yaml"
IGNORED_NAMES = {"metadata.csv", "briefgen.toml", "briefgen-rules.yaml", "briefgen-themes.yaml", "readme.md", ".gitkeep"}
CHROME_MIN_FILES = 2
CHROME_MIN_SHARE = 0.005  # of the input files, for large collections
CHROME_MAX_WORDS = 15
CHROME_SHORT_WORDS = 6
PRESTART_MIN_FILES = 50  # inputs from which extraction workers start while files are read


@dataclass
class Options:
    inputs: Path = Path("inputs")
    outdir: Path = Path("outputs")
    period: str | None = None
    strict: bool = False
    rules_file: str | None = None
    settings: dict = field(default_factory=dict)  # letterhead overrides from flags
    pdf_variant: str | None = None
    cap_per_theme: int | None = None
    use_cache: bool = True
    name: str = OUTPUT_NAME
    keep_off_topic: bool = False  # files that are not articles of the genre stay in
    previous: Path | None = None  # the previous period's draft, whose tasks are followed up


@dataclass
class Result:
    articles: list[Article]
    briefing: dict | None
    report: RunReport
    written: list[Path] = field(default_factory=list)
    merges: list[dict] = field(default_factory=list)
    previous: dict | None = None  # the previous period's briefing (--previous)


def _noop(stage: str, done: int, total: int) -> None:
    pass


# 1. discover -------------------------------------------------------------
def discover(inputs: Path) -> list[Path]:
    """Every regular file below ``inputs`` (sorted), except hidden files and our own settings files."""
    if not inputs.exists():
        raise NothingUsable(f"Không tìm thấy thư mục hoặc tệp '{inputs}'.")
    if inputs.is_file():
        return [inputs]
    files = []
    for p in sorted(inputs.rglob("*")):
        rel = p.relative_to(inputs)
        if any(part.startswith(".") for part in rel.parts) or not p.is_file():
            continue
        if p.name.lower() in IGNORED_NAMES:
            continue
        files.append(p)
    return files


# 2. read -----------------------------------------------------------------
def read_all(paths: list[Path], inputs: Path, report: RunReport, progress: Progress = _noop) -> list[Document]:
    from briefgen.read import read_document
    from briefgen.read.sidecar import load_sidecar, split_front_matter
    folder = inputs if inputs.is_dir() else inputs.parent
    warnings: list[str] = []
    try:
        sidecar = load_sidecar(folder, warnings)
    except InputError as err:
        report.warnings.append(Problem(err.path, str(err), fatal=False))
        sidecar = {}
    docs = []
    for i, path in enumerate(paths):
        progress("Đọc bài viết", i, len(paths))
        try:
            doc = read_document(path, str(path))
        except InputError as err:
            report.skipped.append(Problem(str(path), str(err)))
            continue
        fields, text, _ = split_front_matter(doc.text, doc.path, warnings)
        fields = {**fields, **sidecar.get(path.name, {})}
        if text != doc.text:
            doc = dataclasses.replace(doc, text=text)
        if fields:
            doc = dataclasses.replace(doc, given=tuple((str(k), str(v)) for k, v in fields.items() if v))
        docs.append(doc)
        for w in doc.warnings:
            report.warnings.append(Problem(doc.path, w, fatal=False))
    progress("Đọc bài viết", len(paths), len(paths))
    for w in warnings:
        report.warnings.append(Problem(str(folder), w, fatal=False))
    duplicates = dict(_find_duplicates(docs))
    for dup, kept in duplicates.items():
        report.warnings.append(Problem(dup, f"{dup}: trùng nội dung với '{kept}', chỉ dùng một lần", fatal=False))
    report.read = len(docs) - len(duplicates)
    return [d for d in docs if d.path not in duplicates]


def _find_duplicates(docs: list[Document]) -> list[tuple[str, str]]:
    """Duplicate detection, with the articles' sketches kept in the cache folder."""
    from briefgen.store.cache import load_value, source_fingerprint, store_value, value_key
    from briefgen.read.dedup import find_duplicates

    key = value_key("dedup-sketches", source_fingerprint("read/dedup.py"))
    known = load_value(key)
    sketches = dict(known) if isinstance(known, dict) else {}
    pairs = find_duplicates(docs, sketches)
    if not isinstance(known, dict) or sketches.keys() != known.keys():
        store_value(key, sketches)
    return pairs


def site_chrome(docs: list[Document]) -> frozenset[str]:
    """Short lines that stand in several inputs are the site's menus and footers.

    A full sentence ("- Tổ chức tốt Ngày hội Đại đoàn kết ... khu dân cư.") is
    not chrome even when several offices quote it word for word, unless it is
    very short; and in a large collection a line must recur in a share of the
    files, not just in two."""
    from briefgen.extract.noise import line_key

    counts: Counter = Counter()
    for doc in docs:
        keys = {line_key(line) for line in doc.text.split("\n") if line.strip()}
        counts.update(k for k in keys if _chrome_candidate(k))
    least = max(CHROME_MIN_FILES, int(len(docs) * CHROME_MIN_SHARE))
    return frozenset(k for k, n in counts.items() if n >= least)


def _chrome_candidate(key: str) -> bool:
    words = len(key.split())
    sentence = key.rstrip().endswith((".", "!", "?", ";"))
    return words <= CHROME_SHORT_WORDS or (words <= CHROME_MAX_WORDS and not sentence)


# 3. extract --------------------------------------------------------------
def _apply_given(article: Article) -> Article:
    """Metadata given beside the text wins over what the text suggests."""
    changes = {k: Evidence(v, "metadata.csv / front matter") for k, v in article.doc.given
               if k in ("title", "locality", "unit_level", "period", "next_period", "meeting_date", "url")}
    if not changes:
        return article
    return dataclasses.replace(article, meta=dataclasses.replace(article.meta, **changes))


def extract_all(docs: list[Document], opts: Options, progress: Progress = _noop,
                analyse: bool = True, started=None) -> list[Article]:
    """Extraction of every document: cached results first, the rest on all
    cores. ``analyse`` also prepares what grouping and merging need (only
    ``build`` merges). ``started``: worker processes started beforehand."""
    from briefgen.run.parallel import extract_many

    chrome = site_chrome(docs)
    articles = extract_many(docs, opts.rules_file, chrome, use_cache=opts.use_cache,
                            progress=progress, analyse=analyse, started=started)
    return [_apply_given(a) for a in articles]


def extraction_json(articles: list[Article]) -> dict:
    """The extraction contract of ../shared/eval (schema briefgen.extraction/1)."""
    def meta(a: Article) -> dict:
        return {k: a.meta.value(k) for k in (
            "title", "unit_level", "locality", "period", "next_period", "meeting_date", "chair", "chair_title")}

    return {
        "schema": "briefgen.extraction/1",
        "articles": [
            {"path": a.path, "meta": meta(a),
             "statements": [{"category": s.category, "text": s.text, "quote": s.quote,
                             "start": s.start, "end": s.end, "rule": s.rule} for s in a.statements]}
            for a in articles
        ],
    }


# the recipe --------------------------------------------------------------
def gather(opts: Options, progress: Progress = _noop, analyse: bool = False) -> Result:
    """Stages 1-3: the articles and their statements, nothing written."""
    from briefgen.store import cache

    cache.ENABLED = opts.use_cache
    report = RunReport()
    paths = discover(opts.inputs)
    with _workers_for(paths, opts, analyse) as started:
        docs = read_all(paths, opts.inputs, report, progress)
        if not docs:
            raise NothingUsable(f"Không có bài viết nào đọc được trong '{opts.inputs}'.")
        gc.freeze()  # see build
        try:
            articles = extract_all(docs, opts, progress, analyse=analyse, started=started)
        finally:
            gc.unfreeze()
    if not opts.keep_off_topic:
        articles = _leave_out_off_topic(articles, report)
    return Result(articles, None, report)


def _leave_out_off_topic(articles: list[Article], report: RunReport) -> list[Article]:
    """A file that is not an article of the genre gives nothing, and the
    user is told which file and why, in one line."""
    kept = []
    for a in articles:
        if a.off_topic:
            report.skipped.append(Problem(a.path, (
                f"{a.path}: không phải bài viết về hội nghị, hoạt động của cấp ủy, Mặt trận, đoàn thể "
                f"({a.off_topic}); không đưa vào báo cáo (dùng --keep-off-topic để vẫn đưa vào)")))
            report.read -= 1
        else:
            kept.append(a)
    return kept


def _workers_for(paths: list[Path], opts: Options, analyse: bool):
    """Extraction workers started now, so they are ready when reading ends
    (see briefgen.run.parallel.Workers); not worth it for a handful of files."""
    from contextlib import nullcontext

    from briefgen.run.parallel import Workers

    if len(paths) < PRESTART_MIN_FILES:
        return nullcontext(None)
    return Workers(opts.rules_file, analyse)


def build(opts: Options, progress: Progress = _noop) -> Result:
    """1. discover the input files; 2. read them (skipping bad ones with a
    message); 3. extract statements; 4. assemble the briefing model (themes,
    merges, figures, sources); 5. render DOCX, PDF and the audit page in
    memory; 6. write every output atomically."""
    from briefgen.store.atomic import check_outdir

    check_outdir(opts.outdir, opts.inputs)
    if opts.previous is None:  # the "previous" key of briefgen.toml
        from briefgen.config import load_settings

        given = load_settings(Path.cwd(), opts.settings).get("previous")
        opts.previous = Path(given) if given else None
    previous = load_previous(opts.previous) if opts.previous else None  # a bad draft stops the run at once
    from briefgen.run.parallel import Beside

    with Beside("briefgen.render.to_pdf") as beside:  # the PDF's process, forked while this one is small
        # 1.-3.
        result = gather(opts, progress, analyse=True)
        result.previous = previous
        # The documents and articles live until the end of the run: the cycle
        # collector need not walk them again at every collection while the
        # briefing is built and rendered. At 1,000 articles this saves a third of
        # the time of assembling and rendering.
        gc.freeze()
        try:
            return _assemble_and_render(result, opts, progress, beside)
        finally:
            gc.unfreeze()


def _assemble_and_render(result: Result, opts: Options, progress: Progress, beside=None) -> Result:
    if not any(a.statements for a in result.articles):
        raise NothingUsable("Không trích xuất được nội dung nào từ các bài viết.")
    # 4.
    from briefgen.assemble.briefing import assemble, default_cap
    from briefgen.config import letterhead, load_settings

    from briefgen.assemble.group import load_themes

    settings = load_settings(Path.cwd(), opts.settings)
    user_themes = Path.cwd() / USER_THEMES_FILE  # staff's own theme list replaces the packaged one
    themes = load_themes(user_themes) if user_themes.is_file() else None
    progress("Tổng hợp", 0, 1)
    briefing, warnings, merges = assemble(
        result.articles, letterhead=letterhead(settings), period=opts.period, themes=themes,
        # a national synthesis keeps the most-cited points per theme; the rest is on the audit page
        cap_per_theme=opts.cap_per_theme if opts.cap_per_theme is not None else default_cap(len(result.articles)),
        previous=result.previous, previous_name=str(opts.previous or ""))
    result.briefing, result.merges = briefing, merges
    for w in warnings:
        result.report.warnings.append(Problem("", w, fatal=False))
    # 5.-6.
    result.written = render_and_write(briefing, opts, progress, result, beside)
    return result


def load_previous(path: Path) -> dict:
    """The previous period's draft (``--previous``), checked like any draft."""
    from briefgen.draft.yaml_io import load_briefing

    if not Path(path).is_file():
        raise BriefingFileError(f"{path}: không tìm thấy bản nháp báo cáo kỳ trước (tệp .briefing.yaml của kỳ trước)")
    return load_briefing(Path(path))


def render_and_write(briefing: dict, opts: Options, progress: Progress = _noop,
                     result: Result | None = None, beside=None) -> list[Path]:
    progress("Tạo tệp DOCX", 0, 3)  # loading the renderers is part of rendering
    from briefgen.draft.yaml_io import dump_briefing_bytes
    from briefgen.run.parallel import start_beside
    from briefgen.render.to_docx import render_docx
    from briefgen.render.to_pdf import render_pdf
    from briefgen.store.atomic import discard, remove_stale_temps, replace_folder, stage_folder, write_atomic

    remove_stale_temps(opts.outdir, opts.name)
    outputs: list[tuple[str, bytes | str]] = []
    staged = None  # the audit's source pages of a large run, written as they are made
    # the PDF layout is the longest step: it runs in a second process meanwhile
    pdf = start_beside(render_pdf, briefing, pdf_variant=opts.pdf_variant, beside=beside)
    try:
        outputs.append((".docx", render_docx(briefing)))
        if result is not None:
            from briefgen.render.audit_pages import folder_name, render_audit_files

            progress("Tạo trang kiểm tra", 2, 3)
            lines = [p.message for p in result.report.warnings]
            index, pages = render_audit_files(briefing, result.articles, result.report.skipped, lines,
                                              result.merges, opts.name)
            outputs.append((".audit.html", index))
            staged = stage_folder(opts.outdir / folder_name(opts.name), pages)
            # after the audit, whose views are gone by now, and as bytes (half
            # the size of the str): the main process's peak at 10,000 articles
            outputs.insert(1, (".briefing.yaml", dump_briefing_bytes(briefing)))
        progress("Tạo tệp PDF", 1, 3)
        outputs.insert(1, (".pdf", pdf()))
    except BaseException:
        discard(staged)
        raise
    progress("Ghi tệp", 3, 3)
    written = [write_atomic(opts.outdir / f"{opts.name}{suffix}", data) for suffix, data in outputs]
    if result is not None:
        written += replace_folder(opts.outdir / folder_name(opts.name), staged)
    return written


__all__ = ["Options", "Result", "build", "gather", "discover", "read_all", "extract_all",
           "extraction_json", "render_and_write", "BriefgenError"]
