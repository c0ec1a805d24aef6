"""Run the review app: a free port on 127.0.0.1, a fresh token, the browser."""
from __future__ import annotations

import secrets
import socket
import threading
import webbrowser
from pathlib import Path
from typing import Callable

HOST = "127.0.0.1"


def bind(port: int = 0) -> socket.socket:
    """A listening socket on 127.0.0.1 (``port`` 0: any free port)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, port))
    sock.listen(64)
    return sock


def address(sock: socket.socket, token: str) -> str:
    return f"http://{HOST}:{sock.getsockname()[1]}/?token={token}"


def make_server(draft: Path, token: str, pdf_variant: str | None = None):
    import uvicorn

    from briefgen.review.app import create_app

    config = uvicorn.Config(create_app(draft, token, pdf_variant), log_level="warning",
                            access_log=False, lifespan="off")
    return uvicorn.Server(config)


def serve(draft: Path, sock: socket.socket, *, open_browser: bool = True, pdf_variant: str | None = None,
          announce: Callable[[str], None] = print) -> None:
    """Serve on ``sock`` until Ctrl+C. ``announce`` gets the address with its token."""
    token = secrets.token_urlsafe(24)
    server = make_server(draft, token, pdf_variant)
    url = address(sock, token)
    announce(url)
    if open_browser:
        threading.Timer(0.5, webbrowser.open, args=(url,)).start()
    server.run(sockets=[sock])


DEFAULT_DRAFT = Path("outputs") / "bao-cao-tong-hop.briefing.yaml"


def default_draft(folder: Path = DEFAULT_DRAFT.parent) -> Path:
    """The build's draft in ``outputs/``, else the only draft there."""
    if (folder / DEFAULT_DRAFT.name).is_file():
        return folder / DEFAULT_DRAFT.name
    found = sorted(folder.glob("*.briefing.yaml")) if folder.is_dir() else []
    if len(found) == 1:
        return found[0]
    from briefgen.errors import BriefgenError

    if found:
        names = ", ".join(p.name for p in found)
        raise BriefgenError(f"Thư mục {folder} có {len(found)} bản nháp ({names}): hãy ghi tên bản nháp cần rà soát, "
                            f"ví dụ: briefgen review {found[0]}")
    raise BriefgenError(f"{folder / DEFAULT_DRAFT.name}: không có tệp bản nháp này (chạy 'briefgen build' trước, "
                        "hoặc ghi đường dẫn tới tệp .briefing.yaml).")


def run_review(draft: Path | None, *, port: int = 0, open_browser: bool = True, pdf_variant: str | None = None,
               echo: Callable[[str], None] = print) -> None:
    """``briefgen review``: check the draft as ``render`` would, then serve it."""
    from briefgen.draft.yaml_io import load_briefing
    from briefgen.errors import BriefgenError

    draft = default_draft() if draft is None else Path(draft)
    if not draft.is_file():
        raise BriefgenError(f"{draft}: không có tệp bản nháp này (chạy 'briefgen build' trước, "
                            "hoặc ghi đường dẫn tới tệp .briefing.yaml).")
    load_briefing(draft)  # an invalid draft is named line by line, as by 'briefgen render'
    try:
        sock = bind(port)
    except OSError as err:
        raise BriefgenError(f"Không mở được cổng {port} trên 127.0.0.1 ({err.strerror or err}): "
                            "hãy bỏ tùy chọn --port để chọn cổng còn trống.") from None

    def announce(url: str) -> None:
        echo(f"Trang rà soát bản nháp {draft}: {url}")
        echo("Chỉ mở được trên máy này. Nhấn Ctrl+C để dừng.")

    serve(draft, sock, open_browser=open_browser, pdf_variant=pdf_variant, announce=announce)
