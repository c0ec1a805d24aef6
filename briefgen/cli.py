"""Command line: Vietnamese help and messages, one line per error.

Heavy libraries (WeasyPrint, python-docx, underthesea) are imported inside
the commands, so ``briefgen --help`` answers at once. Errors of the tool are
``BriefgenError``s: they become one line ``Lỗi: ...`` and an exit code;
a traceback is shown only with ``--debug``.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from briefgen import __version__
from briefgen.errors import BriefgenError
from briefgen import i18n

i18n.install()

app = typer.Typer(
    name="briefgen",
    help="Tổng hợp các bài viết về hội nghị giao ban thành báo cáo tổng hợp (DOCX và PDF).",
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
STATE = {"debug": False, "quiet": False}


def _version(value: bool):
    if value:
        typer.echo(f"briefgen {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Optional[bool] = typer.Option(None, "--version", callback=_version, is_eager=True,
                                           help="In số phiên bản rồi thoát."),
    debug: bool = typer.Option(False, "--debug", help="Hiện chi tiết kỹ thuật khi có lỗi."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Không hiện thanh tiến độ."),
):
    """briefgen: từ thư mục bài viết đến báo cáo tổng hợp."""
    STATE["debug"], STATE["quiet"] = debug, quiet
    from briefgen.render.quiet import set_debug

    set_debug(debug)  # library logs (WeasyPrint, fontTools) only with --debug


def _fail(err: BriefgenError) -> None:
    for line in str(err).splitlines() or [err.__class__.__name__]:
        typer.secho(f"Lỗi: {line}", fg=typer.colors.RED, err=True)
    raise typer.Exit(err.exit_code)


def _run(fn, *args, **kwargs):
    """Run a command body; a BriefgenError becomes one line and an exit code."""
    try:
        return fn(*args, **kwargs)
    except BriefgenError as err:
        if STATE["debug"]:
            raise
        _fail(err)
    except (typer.Exit, typer.Abort, KeyboardInterrupt):
        raise
    except Exception as err:  # a bug of ours: still one line, details with --debug
        if STATE["debug"]:
            raise
        typer.secho(f"Lỗi nội bộ ({err.__class__.__name__}: {err}). Chạy lại với --debug để xem chi tiết "
                    "và báo cho người phát triển.", fg=typer.colors.RED, err=True)
        raise typer.Exit(70)


INPUTS = typer.Argument(Path("inputs"), help="Thư mục chứa các bài viết (hoặc một tệp).")
OUTDIR = typer.Option(Path("outputs"), "--output", "-o", help="Thư mục ghi kết quả.")
RULES = typer.Option(None, "--rules", help="Tệp luật bổ sung (mặc định: briefgen-rules.yaml trong thư mục làm việc).")
KEEP_OFF_TOPIC = typer.Option(False, "--keep-off-topic", help="Vẫn dùng cả những tệp không phải bài viết về hội nghị, hoạt động của cấp ủy, Mặt trận, đoàn thể.")


@app.command("build")
def build_cmd(
    inputs: Path = INPUTS,
    outdir: Path = OUTDIR,
    period: Optional[str] = typer.Option(None, "--period", help='Kỳ báo cáo, ví dụ "quý I/2024" (mặc định: lấy theo đa số bài viết).'),
    profile: Optional[str] = typer.Option(None, "--profile", help="Thể thức văn bản: dang (Hướng dẫn 36-HD/VPTW, mặc định) hoặc nha-nuoc (Nghị định 30/2020/NĐ-CP)."),
    issuer: Optional[str] = typer.Option(None, "--issuer", help="Cơ quan ban hành."),
    parent: Optional[str] = typer.Option(None, "--parent", help="Cơ quan cấp trên."),
    number: Optional[str] = typer.Option(None, "--number", help="Số văn bản."),
    place: Optional[str] = typer.Option(None, "--place", help="Địa danh ghi ở ngày tháng."),
    date: Optional[str] = typer.Option(None, "--date", help="Ngày ban hành (YYYY-MM-DD)."),
    signer_name: Optional[str] = typer.Option(None, "--signer-name", help="Họ tên người ký."),
    signer_title: Optional[str] = typer.Option(None, "--signer-title", help="Chức vụ người ký."),
    signer_prefix: Optional[str] = typer.Option(None, "--signer-prefix", help="Quyền hạn ký: T/M, K/T (Đảng) hoặc TM., KT. (Nhà nước)."),
    signer_body: Optional[str] = typer.Option(None, "--signer-body", help='Phần sau quyền hạn ký, ví dụ "BAN THƯỜNG VỤ" hoặc "TRƯỞNG BAN".'),
    code: Optional[str] = typer.Option(None, "--code", help="Ký hiệu cơ quan trong số văn bản, ví dụ BDVTU, BTGDVTU."),
    pdf_variant: Optional[str] = typer.Option(None, "--pdf-variant", help="Chuẩn PDF lưu trữ, ví dụ pdf/a-3u."),
    cap: Optional[int] = typer.Option(None, "--cap", help="Số ý tối đa mỗi chủ đề trong văn bản (phần còn lại xem ở trang kiểm tra)."),
    strict: bool = typer.Option(False, "--strict", help="Trả mã lỗi khi có tệp bị bỏ qua hoặc có cảnh báo."),
    rules: Optional[str] = RULES,
    no_cache: bool = typer.Option(False, "--no-cache", help="Không dùng bộ nhớ đệm kết quả trích xuất."),
    keep_off_topic: bool = KEEP_OFF_TOPIC,
):
    """Tổng hợp các bài viết thành báo cáo DOCX, PDF, bản nháp YAML và trang kiểm tra."""
    from briefgen.commands.documents import run_build

    overrides = {k: v for k, v in dict(
        profile=profile, issuer=issuer, parent=parent, number=number, place=place, date=date,
        signer_name=signer_name, signer_title=signer_title, signer_prefix=signer_prefix,
        signer_body=signer_body, code=code).items() if v is not None}
    code = _run(run_build, inputs=inputs, outdir=outdir, period=period, settings=overrides,
                pdf_variant=pdf_variant, cap=cap, strict=strict, rules=rules, use_cache=not no_cache,
                keep_off_topic=keep_off_topic, quiet=STATE["quiet"])
    raise typer.Exit(code or 0)


@app.command("extract")
def extract_cmd(
    inputs: Path = INPUTS,
    json_path: Path = typer.Option(..., "--json", help="Tệp JSON ghi kết quả trích xuất."),
    rules: Optional[str] = RULES,
    keep_off_topic: bool = KEEP_OFF_TOPIC,
):
    """Trích xuất kết quả, hạn chế, nhiệm vụ ra tệp JSON (để kiểm tra, chấm điểm)."""
    from briefgen.commands.documents import run_extract

    _run(run_extract, inputs=inputs, json_path=json_path, rules=rules, keep_off_topic=keep_off_topic,
         quiet=STATE["quiet"])


@app.command("explain")
def explain_cmd(
    path: Path = typer.Argument(..., help="Tệp bài viết cần giải thích."),
    rules: Optional[str] = RULES,
    color: bool = typer.Option(True, "--color/--no-color", help="Tô màu theo loại nội dung."),
):
    """Giải thích từng câu của một bài viết: nhãn, luật quyết định và phần bị bỏ."""
    from briefgen.commands.documents import run_explain

    _run(run_explain, path=path, rules=rules, color=color)


@app.command("render")
def render_cmd(
    briefing: Path = typer.Argument(..., help="Tệp bản nháp .briefing.yaml đã chỉnh sửa."),
    outdir: Path = OUTDIR,
    pdf_variant: Optional[str] = typer.Option(None, "--pdf-variant", help="Chuẩn PDF lưu trữ, ví dụ pdf/a-3u."),
):
    """Tạo lại DOCX và PDF từ bản nháp đã chỉnh sửa, không đọc lại bài viết."""
    from briefgen.commands.documents import run_render

    _run(run_render, briefing=briefing, outdir=outdir, pdf_variant=pdf_variant)


@app.command("init")
def init_cmd(
    target: Path = typer.Argument(Path("."), help="Thư mục làm việc."),
    force: bool = typer.Option(False, "--force", help="Ghi đè tệp đã có."),
):
    """Tạo tệp cấu hình briefgen.toml có chú thích và bản sao các mẫu để tùy chỉnh."""
    from briefgen.commands.init import write_init

    written = _run(write_init, target, force=force)
    for p in written or []:
        typer.echo(f"Đã tạo {p}")


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.secho("Đã dừng theo yêu cầu.", err=True)
        sys.exit(130)
