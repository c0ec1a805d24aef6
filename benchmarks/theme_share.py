"""Share of statements per theme, and of the catch-all theme.

Usage: .venv/bin/python benchmarks/theme_share.py [-v] [folder ...]
Defaults to inputs/ and tests/fixtures/articles/. Uses the real extractor
(briefgen.extract.article.extract_document) when it exists; otherwise a rough stand-in
splits each article into sentences and ';'-clauses (every clause counted as an
achievement), which is enough to see whether the keywords cover the genre.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from briefgen.assemble.group import assign_theme, load_themes

ROOT = Path(__file__).resolve().parent.parent


def statements_of(path: Path) -> list[tuple[str, str]]:
    try:
        from briefgen.extract.article import extract_document  # the lead's stage, may not exist yet
        from briefgen.read import read_document
        from briefgen.extract.rules import load_rules
    except ImportError:
        extract_document = None
    if extract_document is not None:
        try:
            article = extract_document(read_document(path), load_rules())
            return [(s.category, s.text) for s in article.statements]
        except Exception as err:  # report and fall back, this is only a measurement
            print(f"  (extractor failed on {path.name}: {err}; using clause split)")
    from underthesea import sent_tokenize
    text = path.read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if len(line.split()) < 12:  # menus, counters, captions
            continue
        for sent in sent_tokenize(line):
            for clause in sent.split(";"):
                if len(clause.split()) >= 6:
                    out.append(("achievement", clause.strip()))
    return out


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    folders = [Path(a) for a in argv if a != "-v"] or [ROOT / "inputs", ROOT / "tests/fixtures/articles"]
    themes = load_themes()
    total = Counter()
    for folder in folders:
        files = sorted(p for p in folder.glob("*") if p.is_file() and p.suffix in {".txt", ".md", ".html", ".htm"})
        if not files:
            print(f"{folder}: no articles")
            continue
        counts = Counter()
        for f in files:
            for cat, text in statements_of(f):
                m = assign_theme(text, cat, themes)
                counts[m.theme] += 1
                if verbose:
                    print(f"[{m.theme}] {m.matched} {text[:110]}")
        n = sum(counts.values())
        share = counts[themes.catch_all.id] / n if n else 0.0
        print(f"{folder}: {len(files)} files, {n} statements, catch-all {counts[themes.catch_all.id]} = {share:.1%}")
        print("   " + ", ".join(f"{t.id}={counts[t.id]}" for t in themes.themes))
        total += counts
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
