"""Time assemble() on synthetic runs of growing size, to check it scales linearly.

Usage: .venv/bin/python benchmarks/assemble_scale.py [n_articles ...]   (default 250 500 1000)

Statements are made by recombining clauses of the sample and fixture articles
(through the real extractor), with a random number so that texts differ; each
synthetic article gets 15 statements and one of several localities/periods.
"""
from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from briefgen.assemble.briefing import assemble
from briefgen.extract.article import extract_document
from briefgen.model import Article, ArticleMeta, Document, Evidence, Statement
from briefgen.read import read_document
from briefgen.extract.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent


def pool() -> list[tuple[str, str]]:
    rules = load_rules()
    files = sorted((ROOT / "inputs").glob("*.txt")) + sorted((ROOT / "tests/fixtures/articles").glob("*.txt"))
    return [(s.category, s.text) for f in files for s in extract_document(read_document(f), rules).statements]


def synthetic(n: int, clauses, rng: random.Random) -> list[Article]:
    arts = []
    for a in range(n):
        path = f"synthetic/{a:05d}.txt"
        sts, text = [], ""
        for _ in range(15):
            cat, base = rng.choice(clauses)
            t = f"{base.rstrip('.')} tại {rng.randint(1, 400)} khu dân cư."
            sts.append(Statement(cat, t, t, path, len(text), len(text) + len(t)))
            text += t + "\n"
        ev = lambda v: Evidence(v, v)  # noqa: E731
        meta = ArticleMeta(unit_level=ev("huyện"), locality=ev(f"Huyện {a % 50}"),
                           period=ev(rng.choice(["quý I/2024", "quý II/2024"])))
        arts.append(Article(Document(path, text), meta, tuple(sts)))
    return arts


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [250, 500, 1000]
    clauses = pool()
    print(f"{len(clauses)} distinct clauses in the pool")
    for n in sizes:
        arts = synthetic(n, clauses, random.Random(n))
        t = time.perf_counter()
        model, _warnings, decisions = assemble(arts, letterhead={"profile": "dang", "issuer": "X"})
        dt = time.perf_counter() - t
        items = sum(len(th["items"]) for s in model["sections"] for th in s["themes"])
        print(f"{n:6d} articles, {15 * n:7d} statements: {dt:6.1f} s "
              f"({dt / (15 * n) * 1000:.2f} ms/statement), {items} items, {len(decisions)} merges")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
