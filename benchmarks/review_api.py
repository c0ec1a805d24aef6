"""How long the review page waits on the server, for a draft of N articles.

Usage: .venv/bin/python benchmarks/review_api.py [N ...]   (default: 100 1000)

Generates N synthetic articles (benchmarks/generate.py), builds them, starts
the review server on 127.0.0.1 and times what the page does: load the draft,
apply one edit (the whole model goes to the server and back), save (check
and atomic write with a backup) and render DOCX and PDF. Prints the figures;
asserts nothing.
"""
from __future__ import annotations

import json
import secrets
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _call(base: str, token: str, path: str, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method="POST" if data else "GET",
                                 headers={"X-Briefgen-Token": token, "Content-Type": "application/json"})
    start = time.perf_counter()
    with urllib.request.urlopen(req, timeout=600) as r:
        raw = r.read()
    return json.loads(raw), time.perf_counter() - start, len(raw)


def measure(n: int, work: Path) -> None:
    from briefgen.review.server import bind, make_server

    inputs, out = work / f"in{n}", work / f"out{n}"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(n), str(inputs)],
                   check=True, capture_output=True)
    subprocess.run([sys.executable, "-m", "briefgen", "-q", "build", str(inputs), "-o", str(out)],
                   check=True, capture_output=True, cwd=ROOT)
    draft = out / "bao-cao-tong-hop.briefing.yaml"
    token, sock = secrets.token_urlsafe(16), bind(0)
    server = make_server(draft, token)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    base = f"http://127.0.0.1:{sock.getsockname()[1]}"
    try:
        d, t_load, size = _call(base, token, "/api/draft")
        at = {"section": "achievement", "theme": 0, "list": "items", "index": 0}
        o, t_op, _ = _call(base, token, "/api/op", {"model": d["model"], "op": "hide", "args": {"at": at}})
        s, t_save, _ = _call(base, token, "/api/save", {"model": o["model"], "version": d["version"]})
        _, t_render, _ = _call(base, token, "/api/render", {"version": s["version"]})
    finally:
        server.should_exit = True
        thread.join()
    print(f"{n:>6} articles: draft {draft.stat().st_size / 1024:,.0f} KiB, JSON {size / 1024:,.0f} KiB | "
          f"load {t_load:.2f} s, one edit {t_op:.2f} s, save {t_save:.2f} s, render {t_render:.1f} s")


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [100, 1000]
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            measure(n, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
