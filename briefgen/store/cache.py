"""On-disk cache of per-article extraction results, for fast rebuilds.

Rebuilding a folder of 1,000 articles after editing one of them should only
extract that one again. Each article's result is stored under a key that
changes whenever anything the extraction depends on changes:

- the document itself: path, text, metadata given beside it (metadata.csv,
  front matter) and what the reader found (title, date, url, encoding);
- the site chrome lines that occur in this document (menus and footers seen
  in several inputs are dropped as noise, so adding a file can change them);
- the rules version (``Rules.version``, a hash of the packaged rules merged
  with the user's rules file);
- the briefgen version, the underthesea version and a fingerprint of the
  source files involved, so an upgrade or a local code change never serves
  stale results.

Beside the article, an entry keeps the statement analysis that grouping and
merging need (the match form of each statement and its content words: the
costly underthesea calls), computed by the extraction workers in parallel;
see briefgen.run.parallel.

Location: ``$BRIEFGEN_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/briefgen``,
else ``~/.cache/briefgen``; entries live in ``extract/<2 hex>/<key>.pkl``,
small values (the match forms of theme keywords) in ``values/``.
Deleting the folder is always safe. ``--no-cache`` bypasses the cache. The
folder is kept under a size cap (``$BRIEFGEN_CACHE_MAX_MB``, default 500),
least recently used entries first: see briefgen.store.prune.

Entries are written to a temporary file in the same folder and renamed into
place (``os.replace`` is atomic), so a concurrent run reads either a whole
entry or none. Each entry carries a checksum of its payload; an entry that is
truncated, corrupt or from an incompatible model is ignored (and replaced by
the rebuilt result), never trusted.

Serialisation is pickle: the result is a tree of frozen dataclasses that
pickle restores exactly and several times faster than rebuilding it from
JSON, without a hand-written schema to keep in step with ``model.py``.
Unpickling can run code, so the cache folder is TRUSTED like the user's home
folder: it is created private (mode 0700) and ``BRIEFGEN_CACHE_DIR`` must
never point at a folder other people can write to.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path

from briefgen import __version__
from briefgen.model import Article, ArticleMeta, Decision, Document, Dropped, Evidence, Statement
from briefgen.paths import PACKAGE_DIR
from briefgen.store.prune import prune_if_needed, touch

ENV_DIR = "BRIEFGEN_CACHE_DIR"
ENABLED = True  # False for a --no-cache run (set by briefgen.pipeline)
MAGIC = b"BGX2"  # format of an entry file: MAGIC, sha256 of the payload, pickled payload
DIGEST = 32
WRITTEN = 0  # bytes of entries written by this process since the last prune_after_run
# The sources whose code decides an entry: the whole extract stage, and the
# statement analysis the workers add (run/parallel.py: assemble/analysis.py
# and the figure clauses of assemble/figures.py). Grouping and merging only
# use these results: changing them keeps the cache. A glob, so that a new
# module of the extract stage is covered without being listed here.
EXTRACTOR_SOURCES = ("extract/*.py", "assemble/analysis.py", "assemble/segment.py", "assemble/figures.py",
                     "run/parallel.py", "model.py", "places.py", "data/noise_screen.json",
                     "data/category_corrector.json", "data/second_look.json")


def cache_root() -> Path:
    """The cache folder (see the module docstring for the lookup order)."""
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR]).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "briefgen"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """briefgen version, extractor sources and model fields, hashed."""
    from importlib.metadata import PackageNotFoundError, version

    h = hashlib.sha256(__version__.encode())
    for dist in ("underthesea", "vietnamadminunits"):  # the gazetteer decides localities
        try:
            h.update(version(dist).encode())
        except PackageNotFoundError:
            pass
    for pattern in EXTRACTOR_SOURCES:
        for path in sorted(PACKAGE_DIR.glob(pattern)) or [PACKAGE_DIR / pattern]:
            h.update(_module_source(path.relative_to(PACKAGE_DIR).as_posix()))
    for cls in (Article, ArticleMeta, Document, Statement, Dropped, Decision, Evidence):
        h.update(" ".join(f.name for f in dataclasses.fields(cls)).encode())
    return h.hexdigest()[:16]


def _module_source(name: str) -> bytes:
    """The source of ``name`` (a path below the package, e.g. "read/dedup.py")."""
    try:
        return (PACKAGE_DIR / name).read_bytes()
    except OSError:  # e.g. run from a zip: the version alone must do
        return f"{__version__} {name}".encode()


def source_fingerprint(module: str) -> str:
    """Hash of one briefgen module's source, named by its path below the
    package (for values computed by it)."""
    return hashlib.sha256(_module_source(module)).hexdigest()[:16]


_DOC_FIELDS = tuple(f.name for f in dataclasses.fields(Document))


def entry_key(doc: Document, rules_version: str, chrome: tuple[str, ...] = ()) -> str:
    """sha256 over everything one document's extraction depends on;
    ``chrome``: the site-chrome lines that occur in ``doc`` (they change its
    result; see briefgen.run.parallel.chrome_in)."""
    described = json.dumps({
        "code": code_fingerprint(),
        "rules": rules_version,
        # the fields one by one: dataclasses.asdict deep-copies, several times slower
        "doc": {f: getattr(doc, f) for f in _DOC_FIELDS},
        "chrome": sorted(chrome),
    }, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(described.encode("utf-8")).hexdigest()


class ExtractionCache:
    """Get and put extraction results; every failure means "not cached"."""

    def __init__(self, rules_version: str, root: Path | None = None):
        self.rules_version = rules_version
        self.root = (root or cache_root()) / "extract"
        self.writable = True  # turned off after the first failed write (read-only home, full disk)

    def key(self, doc: Document, chrome: tuple[str, ...] = ()) -> str:
        return entry_key(doc, self.rules_version, chrome)

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.pkl"

    def get(self, key: str, doc: Document) -> Article | None:
        """The cached article for ``doc``, or None when absent or unusable."""
        found = self.load(key, doc)
        return found[0] if found else None

    def load(self, key: str, doc: Document) -> tuple[Article, dict] | None:
        """(article, statement analysis) for ``doc``, or None when absent or unusable."""
        try:
            meta, statements, dropped, decisions, off_topic, analysis = _read_entry(self._path(key))
        except Exception:  # absent, truncated, corrupt, or of another shape
            return None
        if (not isinstance(meta, ArticleMeta) or not isinstance(analysis, dict)
                or not all(isinstance(s, Statement) for s in statements)):
            return None
        # the document is not stored: it is the one the key was made from
        return Article(doc, meta, statements, dropped, decisions, off_topic), analysis

    def put(self, key: str, article: Article, analysis: dict | None = None) -> None:
        """Store ``article`` (and its statement analysis) atomically; a
        failure only costs time in the next run."""
        if self.writable:
            self.writable = _write_entry(self._path(key), (
                article.meta, article.statements, article.dropped, article.decisions, article.off_topic,
                analysis or {}))


def _read_entry(path: Path):
    """The object stored at ``path``; raises on anything unusable. A hit
    marks the entry as recently used (see briefgen.store.prune)."""
    with open(path, "rb") as f:
        data = f.read()
        touch(path, os.fstat(f.fileno()).st_mtime)
    payload = data[len(MAGIC) + DIGEST:]
    if data[:len(MAGIC)] != MAGIC or hashlib.sha256(payload).digest() != data[len(MAGIC):len(MAGIC) + DIGEST]:
        raise ValueError("corrupt cache entry")
    return pickle.loads(payload)


def _write_entry(path: Path, value) -> bool:
    """Store ``value`` at ``path`` atomically; False when the folder cannot be written."""
    global WRITTEN
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    tmp = None
    try:
        try:
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        except FileNotFoundError:  # first entry of its folder, or the cache was deleted meanwhile
            path.parent.parent.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(MAGIC + hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, path)  # readers see the old entry or the new one, never a part
        WRITTEN += len(MAGIC) + DIGEST + len(payload)
        return True
    except OSError:
        if tmp:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        return False


# Small values computed from data files (the match forms of theme keywords),
# kept in <cache>/values/<2 hex>/<key>.pkl under the same rules as articles.

def value_key(kind: str, data) -> str:
    """sha256 of what a value is computed from, with the code fingerprint."""
    described = json.dumps([code_fingerprint(), kind, data], ensure_ascii=False)
    return hashlib.sha256(described.encode("utf-8")).hexdigest()


def _value_path(key: str) -> Path:
    return cache_root() / "values" / key[:2] / f"{key}.pkl"


def load_value(key: str):
    """The stored value, or None (absent, unusable, or --no-cache)."""
    if not ENABLED:
        return None
    try:
        return _read_entry(_value_path(key))
    except Exception:
        return None


def store_value(key: str, value) -> None:
    if ENABLED:
        _write_entry(_value_path(key), value)


def prune_after_run() -> bool:
    """Keep the cache folder within its size cap after a run that wrote to it
    (``$BRIEFGEN_CACHE_MAX_MB``, see briefgen.store.prune); True when pruned
    or measured. Never raises: pruning only saves disk space."""
    global WRITTEN
    written, WRITTEN = WRITTEN, 0
    if not ENABLED:
        return False
    try:
        return prune_if_needed(cache_root(), written)
    except OSError:
        return False
