#!/usr/bin/env python3
"""Rebuild the golden outputs of the five sample articles (tests/golden/).

    .venv/bin/python scripts/refresh_golden.py

Run it only when a change of the documents is intended, and read the diff of
tests/golden/ before committing: it is what every user will see change.
The build runs with SOURCE_DATE_EPOCH fixed, in an empty working folder (no
briefgen.toml), without the cache. PDF and DOCX are kept as sha256 only, with
the versions of the libraries that drew them; the draft, the audit page and
the extraction JSON are kept whole so that a change shows as a readable diff.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.golden_build import GOLDEN, build_samples, digest  # noqa: E402


def main() -> int:
    produced = build_samples()
    GOLDEN.mkdir(exist_ok=True)
    for name, data in produced.items():
        if name.endswith((".pdf", ".docx")):
            continue
        (GOLDEN / name).write_bytes(data)
    (GOLDEN / "digests.json").write_text(digest(produced), encoding="utf-8")
    print(f"golden outputs written to {GOLDEN}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
