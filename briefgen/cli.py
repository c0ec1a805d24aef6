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
    profile: Optional[str] = typer.Option(None, "--profile", help="Thể thức văn bản: dang (Hướng dẫn 05-HD/VPTW, mặc định), dang-hd36 (Hướng dẫn 36-HD/VPTW, văn bản trước 27/5/2026) hoặc nha-nuoc (Nghị định 30/2020/NĐ-CP)."),
    issuer: Optional[str] = typer.Option(None, "--issuer", help="Cơ quan ban hành."),
    parent: Optional[str] = typer.Option(None, "--parent", help="Cơ quan cấp trên."),
    number: Optional[str] = typer.Option(None, "--number", help="Số văn bản."),
    place: Optional[str] = typer.Option(None, "--place", help="Địa danh ghi ở ngày tháng."),
    date: Optional[str] = typer.Option(None, "--date", help="Ngày ban hành (YYYY-MM-DD)."),
    signer_name: Optional[str] = typer.Option(None, "--signer-name", help="Họ tên người ký."),
    signer_title: Optional[str] = typer.Option(None, "--signer-title", help="Chức vụ người ký."),
    signer_prefix: Optional[str] = typer.Option(None, "--signer-prefix", help="Quyền hạn ký: T/M, K/T (Đảng) hoặc TM., KT. (Nhà nước)."),
    signer_body: Optional[str] = typer.Option(None, "--signer-body", help='Phần sau quyền hạn ký, ví dụ "BAN THƯỜNG VỤ" hoặc "TRƯỞNG BAN".'),
    code: Optional[str] = typer.Option(None, "--code", help="Ký hiệu cơ quan trong số văn bản, ví dụ BTGDVTU."),
    pdf_variant: Optional[str] = typer.Option(None, "--pdf-variant", help="Chuẩn PDF lưu trữ, ví dụ pdf/a-3u."),
    cap: Optional[int] = typer.Option(None, "--cap", help="Số ý tối đa mỗi chủ đề trong văn bản (phần còn lại xem ở trang kiểm tra)."),
    strict: bool = typer.Option(False, "--strict", help="Trả mã lỗi khi có tệp bị bỏ qua hoặc có cảnh báo."),
    rules: Optional[str] = RULES,
    no_cache: bool = typer.Option(False, "--no-cache", help="Không dùng bộ nhớ đệm kết quả trích xuất."),
    keep_off_topic: bool = KEEP_OFF_TOPIC,
    previous: Optional[Path] = typer.Option(None, "--previous", help="Bản nháp báo cáo kỳ trước (.briefing.yaml): thêm mục đối chiếu kết quả thực hiện các nhiệm vụ kỳ trước."),
):
    """Tổng hợp các bài viết thành báo cáo DOCX, PDF, bản nháp YAML và trang kiểm tra."""
    from briefgen.commands.documents import run_build

    overrides = {k: v for k, v in dict(
        profile=profile, issuer=issuer, parent=parent, number=number, place=place, date=date,
        signer_name=signer_name, signer_title=signer_title, signer_prefix=signer_prefix,
        signer_body=signer_body, code=code).items() if v is not None}
    code = _run(run_build, inputs=inputs, outdir=outdir, period=period, settings=overrides,
                pdf_variant=pdf_variant, cap=cap, strict=strict, rules=rules, use_cache=not no_cache,
                keep_off_topic=keep_off_topic, quiet=STATE["quiet"], previous=previous)
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


@app.command("review")
def review_cmd(
    draft: Optional[Path] = typer.Argument(None, help="Bản nháp .briefing.yaml cần rà soát "
                                           "(mặc định: bản nháp trong thư mục outputs/)."),
    port: int = typer.Option(0, "--port", help="Cổng trên 127.0.0.1 (mặc định: một cổng còn trống)."),
    no_browser: bool = typer.Option(False, "--no-browser", help="Không tự mở trình duyệt, chỉ in địa chỉ."),
    pdf_variant: Optional[str] = typer.Option(None, "--pdf-variant", help="Chuẩn PDF lưu trữ, ví dụ pdf/a-3u."),
):
    """Mở trang rà soát bản nháp trên trình duyệt (chỉ trên máy này): ẩn, sửa, chuyển ý rồi tạo văn bản."""
    from briefgen.review.server import run_review

    _run(run_review, draft, port=port, open_browser=not no_browser, pdf_variant=pdf_variant, echo=typer.echo)


@app.command("init")
def init_cmd(
    target: Path = typer.Argument(Path("."), help="Thư mục làm việc."),
    force: bool = typer.Option(False, "--force", help="Ghi đè tệp đã có."),
    tinh: Optional[str] = typer.Option(None, "--tinh", help="Tỉnh, thành phố (một trong 34 tỉnh, thành phố từ 01/7/2025), ví dụ \"Cao Bằng\"."),
    co_quan: Optional[str] = typer.Option(None, "--co-quan", help="Cơ quan ban hành: ban-tgdv (Ban Tuyên giáo và Dân vận, mặc định), dang-uy-xa, mttq-tinh, mttq-xa."),
    xa: Optional[str] = typer.Option(None, "--xa", help="Tên xã, phường, đặc khu (với dang-uy-xa, mttq-xa)."),
):
    """Tạo tệp cấu hình briefgen.toml có chú thích và bản sao các mẫu để tùy chỉnh.

    Hỏi tỉnh, thành phố và cơ quan ban hành (hoặc đọc từ --tinh, --co-quan, --xa)
    để điền sẵn đầu văn bản, địa danh, người ký và nơi nhận."""
    from briefgen.commands.init import answers, write_init

    if tinh is None and _interactive():
        tinh, co_quan, xa = _ask_office(co_quan, xa)
    values = _run(answers, tinh, co_quan or "ban-tgdv", xa) if tinh else None
    written = _run(write_init, target, force=force, values=values)
    for p in written or []:
        typer.echo(f"Đã tạo {p}")
    if not values:
        typer.echo("Chưa có tên tỉnh: sửa parent, place trong briefgen.toml, hoặc chạy "
                   "\"briefgen init --force --tinh <tên tỉnh>\".")


def _interactive() -> bool:
    return sys.stdin.isatty()


def _pick(prompt: str, choices: list[str], default: int | None = None, by_name=None) -> int:
    """Index of the chosen line: its number, or (with ``by_name``) a name it matches."""
    for i, label in enumerate(choices, 1):
        typer.echo(f"  {i:>2}. {label}")
    while True:
        raw = typer.prompt(prompt, default=str(default) if default else None).strip()
        if raw.isdigit() and 1 <= int(raw) <= len(choices):
            return int(raw) - 1
        named = by_name(raw) if by_name and raw else None
        if named in choices:
            return choices.index(named)
        typer.echo(f"Chọn một số từ 1 đến {len(choices)}.")


def _ask_office(kind: str | None, commune: str | None):
    """Interactive questions: province, issuing body, and commune when needed."""
    from briefgen.commands.init import issuer_kinds, province_choices

    provinces = province_choices()
    typer.echo("Tỉnh, thành phố của cơ quan (34 tỉnh, thành phố từ 01/7/2025):")
    from briefgen.places import find_province

    def by_name(raw):
        found = find_province(raw)
        return found.name if found else None

    province = provinces[_pick("Số thứ tự hoặc tên tỉnh, thành phố", provinces, by_name=by_name)]
    kinds = issuer_kinds()
    if kind is None:
        typer.echo("Cơ quan ban hành báo cáo:")
        names = list(kinds)
        kind = names[_pick("Số thứ tự cơ quan", [kinds[n]["label"] for n in names], default=1)]
    if kinds.get(kind, {}).get("commune") and not commune:
        commune = typer.prompt("Tên xã, phường, đặc khu").strip()
    return province, kind, commune


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.secho("Đã dừng theo yêu cầu.", err=True)
        sys.exit(130)
    except SystemExit:  # how every command ends, failed or not
        from briefgen.run.parallel import wait_for_closed_pools

        wait_for_closed_pools()
        raise
