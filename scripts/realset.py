#!/usr/bin/env python3
"""The real-article development set: check it, describe it, score it.

The texts are third-party excerpts of public pages and stay out of git
(tests/realset/texts/, gitignored). What is committed: one manifest per batch
(tests/realset/manifest/batch-NN.jsonl: file, url, site, query, sha256, year,
level, genre) and our own blind gold annotations (tests/realset/gold/).

    python3 scripts/realset.py check [--batch N]   texts present, sha256, not in the private set, gold resolves
    python3 scripts/realset.py show FILE_STEM [--gold-dir DIR]  each gold span as it resolves in the text (to check anchors)
    python3 scripts/realset.py stats               sites, years, levels, items per category
    python3 scripts/realset.py score [--batch N] [--errors]   extract with the working tree's code and score
    python3 scripts/realset.py score --rules-at REV --batch N  the same with the code of revision REV
    python3 scripts/realset.py score --group NAME  only a group of re-collected pages (tests/realset/recollected.json)
    python3 scripts/realset.py absent [--batch N]  texts still to re-collect, one line per search query
    python3 scripts/realset.py save FILE < EXCERPT  write texts/FILE from the excerpt as the search tool
                                                   shows it (a JSON string, quotes included)
    python3 scripts/realset.py save-results < LINES  one {"url": ..., "excerpt": ...} object per line, as
                                                   the search tool shows a result: written to every absent
                                                   manifest file with that url whose sha256 it matches

Re-collecting the texts: see tests/realset/README.md.
"""
from __future__ import annotations

import argparse
import contextlib
import collections
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REALSET = ROOT / "tests" / "realset"
TEXTS = REALSET / "texts"
GOLD = REALSET / "gold"
RECOLLECTED = REALSET / "recollected.json"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


def batches(spec: str | None) -> set[int] | None:
    """"3" -> {3}; "3-8" -> {3..8}; "1,2,9" -> {1, 2, 9}; None -> every batch."""
    if not spec:
        return None
    chosen: set[int] = set()
    for part in spec.split(","):
        lo, _, hi = part.partition("-")
        chosen.update(range(int(lo), int(hi or lo) + 1))
    return chosen


def manifest(spec: str | None = None) -> list[dict]:
    chosen = batches(spec)
    rows = []
    for f in sorted((REALSET / "manifest").glob("batch-*.jsonl")):
        n = int(f.stem.split("-")[1])
        if chosen is not None and n not in chosen:
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                row["batch"] = n
                rows.append(row)
    return rows


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _scorer():
    sys.path.insert(0, str(SHARED_EVAL))
    import score  # noqa: PLC0415 - the shared scorer lives outside the package
    return score


def _same_content(rows: list[dict]) -> int:
    """A page of ``rows`` whose text is the same article as another page of the
    set: one site's old and new address of a page pass the url check (b49-09 and
    b365-13), and a page tuned on would then be scored as unseen."""
    if not rows:
        return 0
    sys.path.insert(0, str(ROOT))
    from briefgen.model import Document
    from briefgen.read.dedup import find_duplicates

    checked = {r["file"] for r in rows}
    docs = [Document(r["file"], (TEXTS / r["file"]).read_text(encoding="utf-8"))
            for r in manifest() if (TEXTS / r["file"]).is_file()]
    pairs = [(a, b) for a, b in find_duplicates(docs) if a in checked or b in checked]
    for a, b in pairs:
        print(f"{a}: the same article as {b} (another address of one page?)")
    return len(pairs)


def check(rows: list[dict]) -> int:
    score = _scorer()
    problems = 0
    present = [r for r in rows if (TEXTS / r["file"]).is_file()]
    if len(present) < len(rows):
        print(f"{len(rows) - len(present)} of {len(rows)} texts are absent (re-collect: tests/realset/README.md)")
    seen_urls: dict[str, str] = {}
    for r in rows:
        if r["url"] in seen_urls:
            print(f"{r['file']}: same url as {seen_urls[r['url']]}")
            problems += 1
        seen_urls[r["url"]] = r["file"]
        gold = GOLD / (Path(r["file"]).stem + ".json")
        if not gold.is_file():
            print(f"{r['file']}: no gold file")
            problems += 1
            continue
        g = json.loads(gold.read_text(encoding="utf-8"))
        if g.get("file") != r["file"]:
            print(f"{gold.name}: 'file' is {g.get('file')!r}, expected {r['file']!r}")
            problems += 1
        path = TEXTS / r["file"]
        if not path.is_file():
            continue
        if sha256(path) != r["sha256"]:
            print(f"{r['file']}: sha256 differs from the manifest")
            problems += 1
        raw = path.read_text(encoding="utf-8")
        if unicodedata.normalize("NFC", raw) != raw:
            print(f"{r['file']}: text is not NFC")
        try:
            score.resolve_gold(score.norm(raw), g["spans"], r["file"])
        except SystemExit as e:
            print(f"{r['file']}: {e}")
            problems += 1
    problems += _same_content(present)
    if present:
        out = subprocess.run([sys.executable, str(SHARED_EVAL / "blocked.py"),
                              *[str(TEXTS / r["file"]) for r in present],
                              *[r["url"] for r in rows]], capture_output=True, text=True)
        for line in out.stdout.splitlines():
            if line.startswith("blocked"):
                print(f"BLOCKED (private set, drop it): {line.split(chr(9), 1)[1]}")
                problems += 1
    print(f"{len(rows)} articles checked, {problems} problem(s)")
    return 1 if problems else 0


def show(stem: str, gold_dir: Path = GOLD) -> int:
    score = _scorer()
    g = json.loads((gold_dir / f"{stem}.json").read_text(encoding="utf-8"))
    text = score.norm((TEXTS / g["file"]).read_text(encoding="utf-8"))
    pos = 0
    for cat, s, e in score.resolve_gold(text, g["spans"], g["file"]):
        if text[pos:s].strip():
            print(f"   (none) {text[pos:s].strip()}")
        print(f"[{cat}] {text[s:e]}")
        pos = e
    if text[pos:].strip():
        print(f"   (none) {text[pos:].strip()}")
    return 0


def stats(rows: list[dict]) -> int:
    sites = collections.Counter(r["site"] for r in rows)
    genre = [r for r in rows if r.get("genre", True)]
    print(f"articles: {len(rows)} ({len(genre)} of the genre, {len(rows) - len(genre)} off-topic)")
    print(f"sites: {len(sites)}; most used: {sites.most_common(5)}")
    print("years:", dict(sorted(collections.Counter(str(r.get('year')) for r in genre).items())))
    print("levels:", dict(collections.Counter(r.get("level") for r in genre).most_common()))
    cats = collections.Counter()
    with_cat = collections.Counter()
    for r in genre:
        gold = GOLD / (Path(r["file"]).stem + ".json")
        if gold.is_file():
            spans = json.loads(gold.read_text(encoding="utf-8"))["spans"]
            c = collections.Counter(s[0] for s in spans)
            cats.update(c)
            with_cat.update(c.keys())
    print("gold items:", dict(cats), "| articles having each:", dict(with_cat))
    return 0


@contextlib.contextmanager
def worktree(rev: str):
    """The code of revision ``rev``, checked out in a temporary git worktree."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "worktree", "add", "--detach", "-f", str(tree), rev], cwd=ROOT,
                       check=True, capture_output=True)
        try:
            yield tree
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, capture_output=True)


def run_score(rows: list[dict], errors: bool, code: Path = ROOT) -> int:
    rows = [r for r in rows if (TEXTS / r["file"]).is_file()
            and (GOLD / (Path(r["file"]).stem + ".json")).is_file()]
    if not rows:
        print("no texts present")
        return 1
    score = _scorer()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "texts").mkdir()
        (tmp / "gold").mkdir()
        for r in rows:
            (tmp / "texts" / r["file"]).write_bytes((TEXTS / r["file"]).read_bytes())
            stem = Path(r["file"]).stem
            (tmp / "gold" / f"{stem}.json").write_bytes((GOLD / f"{stem}.json").read_bytes())
        # The working tree's code (or an older revision's), not whatever version
        # is installed in .venv.
        python = ROOT / ".venv" / "bin" / "python"
        env = {**os.environ, "PYTHONPATH": str(code)}
        subprocess.run([str(python), "-m", "briefgen", "extract", str(tmp / "texts"),
                        "--json", str(tmp / "x.json")], check=True, capture_output=True, env=env,
                       cwd=tmp)  # not the checkout: "-m" would put its briefgen/ before PYTHONPATH
        pred = json.loads((tmp / "x.json").read_text(encoding="utf-8"))
        res = score.score(tmp / "gold", tmp / "texts", pred, errors=errors)
    print(json.dumps({k: v for k, v in res.items() if k != "articles"}, ensure_ascii=False, indent=1))
    if errors:
        for a in res["articles"]:
            if a.get("errors"):
                print(f"\n== {a['file']} (F1 {a['word_f1']})")
                for e in a["errors"]:
                    print("  " + e)
    return 0


def absent(rows: list[dict]) -> int:
    """What is left to re-collect, grouped by the query that finds it (one look-up each)."""
    by_query: dict[str, list[dict]] = {}
    for r in rows:
        if not (TEXTS / r["file"]).is_file():
            by_query.setdefault(r["query"], []).append(r)
    for query, found in sorted(by_query.items(), key=lambda kv: -len(kv[1])):
        print(json.dumps({"query": query, "files": [{"file": r["file"], "url": r["url"]} for r in found]},
                         ensure_ascii=False))
    return 0


def write_text(path: Path, data: bytes) -> None:
    """Write a text of the set atomically (a helper stopped halfway leaves no half file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as tmp:
        tmp.write(data)
    os.replace(tmp.name, path)


def save(name: str, excerpt: str) -> int:
    """Decode the excerpt as shown (a JSON string) and write it verbatim, atomically."""
    text = json.loads(excerpt.strip())
    if not isinstance(text, str):
        print("save: give the excerpt as a JSON string, quotes included")
        return 2
    write_text(TEXTS / name, text.encode("utf-8"))
    digest = sha256(TEXTS / name)
    known = {r["file"]: r["sha256"] for r in manifest()}
    if name not in known:
        print(f"{name}: saved, sha256 {digest} (not in a manifest yet)")
        return 0
    same = known[name] == digest
    print(f"{name}: saved, {'sha256 matches the manifest' if same else 'sha256 DIFFERS from the manifest'}")
    return 0 if same else 1


def save_results(lines: list[str]) -> int:
    """Save search results by their url: one look-up often returns several files of the set.

    A stored page can come back with two different excerpts (two crawls), so a
    result is kept only where its sha256 is the one we annotated; the others
    are reported and left unwritten (their gold would have to be checked again).
    """
    by_url: dict[str, list[dict]] = {}
    for r in manifest():
        by_url.setdefault(r["url"], []).append(r)
    saved = differs = unknown = 0
    for line in lines:
        if not line.strip():
            continue
        try:
            result = json.loads(line)
            url, text = result["url"], result["excerpt"]
        except (ValueError, KeyError, TypeError) as err:
            print(f"skipped a line that is not {{\"url\", \"excerpt\"}} JSON: {err}")
            continue
        rows = by_url.get(url, [])
        if not rows:
            unknown += 1
            print(f"{url}: in no manifest")
            continue
        data = text.encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()
        for r in rows:
            path = TEXTS / r["file"]
            if r["sha256"] != digest:
                differs += 1
                print(f"{r['file']}: sha256 DIFFERS from the manifest, not written")
                continue
            if path.is_file():
                print(f"{r['file']}: already present")
                continue
            write_text(path, data)
            saved += 1
            print(f"{r['file']}: saved, sha256 matches")
    print(f"{saved} saved, {differs} with another sha256, {unknown} in no manifest")
    return 0 if differs == 0 else 1


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["check", "show", "stats", "score", "absent", "save", "save-results"])
    ap.add_argument("stem", nargs="?", help="for show: the article's file name without .txt; for save: the file name")
    ap.add_argument("--batch", help="a batch number, a range (3-8) or a list (1,2,9)")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--gold-dir", type=Path, default=GOLD,
                    help="for show: another annotator's gold (tests/realset/gold-second/)")
    ap.add_argument("--rules-at", metavar="REV",
                    help="score the code of an older revision: on batches collected after it, an unseen figure")
    ap.add_argument("--group", help="only the pages of this group of re-collected texts (" + RECOLLECTED.name + ")")
    a = ap.parse_args(argv)
    rows = manifest(a.batch)
    if a.group:
        groups = json.loads(RECOLLECTED.read_text(encoding="utf-8"))
        if a.group not in groups or a.group.startswith("_"):
            print(f"no group '{a.group}'; groups: {', '.join(k for k in groups if not k.startswith('_'))}")
            return 2
        chosen = set(groups[a.group])
        rows = [r for r in rows if r["file"] in chosen]
    if a.command == "check":
        return check(rows)
    if a.command == "show":
        return show(a.stem, a.gold_dir)
    if a.command == "stats":
        return stats(rows)
    if a.command == "absent":
        return absent(rows)
    if a.command == "save":
        return save(a.stem, sys.stdin.read())
    if a.command == "save-results":
        return save_results(sys.stdin.read().splitlines())
    if a.rules_at:
        with worktree(a.rules_at) as tree:
            return run_score(rows, a.errors, tree)
    return run_score(rows, a.errors)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
