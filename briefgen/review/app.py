"""The review web app: one page and a small JSON API over one draft.

Security, because the page edits an internal document on an office PC:
- the server listens on 127.0.0.1 only (``serve``) and refuses any other
  Host header (a hostile site cannot rebind its name to this port);
- every request carries the per-run token; requests that change anything
  are POST with the token in the ``X-Briefgen-Token`` header and a JSON
  body, which another web page cannot send without a CORS permission that
  this app never grants;
- the only files it serves are its own packaged assets and the two
  documents rendered next to the draft; articles are read by their id in
  the draft, never by a path from the page;
- every response forbids loading anything from elsewhere
  (Content-Security-Policy), and the page inserts all text as text.
"""
from __future__ import annotations

import copy
import secrets
from pathlib import Path

import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from briefgen.errors import BriefgenError, BriefingFileError
from briefgen.review import ops
from briefgen.review.draftfile import Conflict, DraftFile
from briefgen.review.sources import SourceTexts

ASSETS = Path(__file__).with_name("assets")
STATIC = {"review.css": "text/css; charset=utf-8", "review.js": "text/javascript; charset=utf-8"}
TOKEN_HEADER = "x-briefgen-token"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
NO_TOKEN = ("Thiếu hoặc sai mã truy cập. Hãy mở đúng địa chỉ mà lệnh 'briefgen review' đã in ra "
            "(địa chỉ có phần ?token=...).")
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'")
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
           "Referrer-Policy": "no-referrer", "Cache-Control": "no-store", "X-Frame-Options": "DENY"}
SUFFIXES = (".briefing.yaml", ".yaml", ".yml", ".json")


def output_name(draft: Path) -> str:
    """The documents' name, as ``briefgen render`` derives it from the draft."""
    name = draft.name
    for suffix in SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


class Guard:
    """ASGI middleware: Host and token checks, security headers on every response."""

    def __init__(self, app, token: str):
        self.app = app
        self.token = token

    def _refusal(self, scope) -> tuple[int, str] | None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "").rsplit(":", 1)[0].strip("[]")
        if host not in LOCAL_HOSTS:
            return 403, "Chỉ mở được trang này từ chính máy này (địa chỉ 127.0.0.1)."
        given = headers.get(TOKEN_HEADER, "")
        if scope["method"] == "GET" and not given:
            query = Request(scope).query_params
            given = query.get("token", "")
        elif scope["method"] == "POST":
            if not headers.get("content-type", "").startswith("application/json"):
                return 415, "Yêu cầu thay đổi phải gửi dữ liệu JSON."
        elif scope["method"] != "GET":
            return 405, "Phương thức không được hỗ trợ."
        if not given or not secrets.compare_digest(given.encode(), self.token.encode()):
            return 403, NO_TOKEN
        return None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        extra = [(k.lower().encode(), v.encode()) for k, v in HEADERS.items()]

        async def with_headers(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": list(message.get("headers", [])) + extra}
            await send(message)

        refused = self._refusal(scope)
        if refused:
            response = PlainTextResponse(refused[1], status_code=refused[0])
            return await response(scope, receive, with_headers)
        return await self.app(scope, receive, with_headers)


def _error(message: str | list[str], status: int = 400, **extra) -> JSONResponse:
    lines = message if isinstance(message, list) else str(message).splitlines()
    return JSONResponse({"error": lines[0] if lines else "", "problems": lines, **extra}, status_code=status)


async def _body(request: Request) -> dict:
    try:
        data = await request.json()
    except ValueError:
        raise ops.ReviewError("Dữ liệu gửi lên không đọc được.") from None
    if not isinstance(data, dict):
        raise ops.ReviewError("Dữ liệu gửi lên không đọc được.")
    return data


def create_app(draft: Path, token: str, pdf_variant: str | None = None) -> Starlette:
    store = DraftFile(Path(draft))
    texts = SourceTexts(store.path)
    stem = output_name(store.path)
    outputs = {f"{stem}.docx", f"{stem}.pdf"}
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(ASSETS)), autoescape=True)

    async def page(request: Request) -> Response:
        html = env.get_template("page.html").render(token=token, draft=store.name)
        return HTMLResponse(html)

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC:
            return PlainTextResponse("Không có tệp này.", status_code=404)
        return Response((ASSETS / name).read_bytes(), media_type=STATIC[name])

    async def get_draft(request: Request) -> Response:
        snap = await run_in_threadpool(store.read)
        return JSONResponse({"name": store.name, "version": snap.version, "model": snap.model,
                             "problems": snap.problems, "outputs": sorted(outputs)})

    async def get_source(request: Request) -> Response:
        snap = await run_in_threadpool(store.read)
        if snap.model is None:
            return _error(snap.problems, 422)
        found = await run_in_threadpool(texts.get, snap.model["sources"], request.path_params["sid"])
        return JSONResponse(found)

    async def operation(request: Request) -> Response:
        try:
            data = await _body(request)
            if not isinstance(data.get("model"), dict):
                raise ops.ReviewError("Thiếu nội dung bản nháp.")
            model, at = ops.apply_at(data["model"], str(data.get("op")), data.get("args") or {})
        except ops.ReviewError as err:
            return _error(str(err))
        return JSONResponse({"model": model, "at": at})

    async def save(request: Request) -> Response:
        try:
            data = await _body(request)
            if not isinstance(data.get("model"), dict):
                raise ops.ReviewError("Thiếu nội dung bản nháp.")
            snap = await run_in_threadpool(store.save, data["model"], str(data.get("version")))
        except Conflict as err:
            return _error(str(err), 409, conflict=True)
        except BriefingFileError as err:
            return _error(getattr(err, "problems", None) or str(err), 422)
        except ops.ReviewError as err:
            return _error(str(err))
        except OSError as err:
            return _error(f"Không ghi được bản nháp {store.path}: {err.strerror or err}", 500)
        return JSONResponse({"version": snap.version, "model": snap.model})

    async def render(request: Request) -> Response:
        try:
            data = await _body(request)
            files = await run_in_threadpool(_render, store, str(data.get("version")), stem, pdf_variant)
        except Conflict as err:
            return _error(str(err), 409, conflict=True)
        except BriefingFileError as err:
            return _error(getattr(err, "problems", None) or str(err), 422)
        except BriefgenError as err:
            return _error(str(err), 500)
        except OSError as err:
            return _error(f"Không ghi được văn bản vào thư mục {store.path.parent}: {err.strerror or err}", 500)
        return JSONResponse({"files": files})

    async def download(request: Request) -> Response:
        name = request.path_params["name"]
        path = store.path.parent / name
        if name not in outputs or not path.is_file():
            return PlainTextResponse("Chưa có tệp này: hãy bấm 'Tạo văn bản' trước.", status_code=404)
        return FileResponse(path, filename=name)

    routes = [
        Route("/", page), Route("/static/{name}", static), Route("/api/draft", get_draft),
        Route("/api/source/{sid:int}", get_source), Route("/api/op", operation, methods=["POST"]),
        Route("/api/save", save, methods=["POST"]), Route("/api/render", render, methods=["POST"]),
        Route("/download/{name}", download),
    ]
    app = Starlette(routes=routes)
    app.add_middleware(Guard, token=token)
    return app


def _render(store: DraftFile, version: str, stem: str, pdf_variant: str | None) -> list[str]:
    """``briefgen render`` on the saved draft, into the draft's folder."""
    from briefgen.pipeline import Options, render_and_write
    from briefgen.store.atomic import check_outdir

    with store.lock:
        snap = store.read()  # checked as 'briefgen render' checks it, with the same messages
        if snap.version != version:
            raise Conflict("Bản nháp trên đĩa khác với bản trang này đang hiển thị: hãy lưu hoặc tải lại trang "
                           "trước khi tạo văn bản.")
        if snap.model is None:
            err = BriefingFileError("\n".join(snap.problems))
            err.problems = snap.problems
            raise err
        model = copy.deepcopy(snap.model)  # the snapshot stays as read
        check_outdir(store.path.parent)
        written = render_and_write(model, Options(outdir=store.path.parent, pdf_variant=pdf_variant, name=stem))
    return [p.name for p in written]
