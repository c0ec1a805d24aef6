"""Bodies of the CLI commands: progress on the terminal, a short summary at
the end. Kept apart from cli.py so the help screen loads nothing heavy."""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path

import typer

from briefgen.model import CATEGORIES
from briefgen.pipeline import Options, build, extraction_json, gather, render_and_write

LABEL_VI = {"achievement": "kết quả", "limitation": "hạn chế", "task": "nhiệm vụ", "none": "không lấy",
            "noise": "nhiễu"}
COLOURS = {"achievement": "green", "limitation": "red", "task": "blue", "none": "white", "noise": "bright_black"}


@contextmanager
def progress_bar(quiet: bool):
    """A rich progress bar on a terminal; silent when piped or with --quiet."""
    if quiet or not sys.stderr.isatty():
        yield lambda stage, done, total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description:<22}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=Console(stderr=True), transient=True) as bar:
        tasks: dict[str, int] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=max(total, 1))
            bar.update(tasks[stage], completed=done, total=max(total, 1))

        yield update


def _print_problems(report) -> None:
    for p in report.skipped:
        typer.secho(f"Bỏ qua: {p.message}", fg=typer.colors.YELLOW, err=True)
    for p in report.warnings:
        typer.secho(f"Cảnh báo: {p.message}", fg=typer.colors.YELLOW, err=True)


def run_build(*, inputs: Path, outdir: Path, period, settings, pdf_variant, cap, strict, rules,
              use_cache, quiet, keep_off_topic=False, previous=None) -> int:
    from briefgen.render.fonts import resolve_serif

    family, font_warning = resolve_serif()
    opts = Options(inputs=inputs, outdir=outdir, period=period, strict=strict, rules_file=rules,
                   settings=settings, pdf_variant=pdf_variant, cap_per_theme=cap, use_cache=use_cache,
                   keep_off_topic=keep_off_topic, previous=previous)
    with progress_bar(quiet) as progress:
        result = build(opts, progress)
    report = result.report
    if font_warning:
        report.warnings.append(_problem(font_warning))
    _print_problems(report)
    counts = {c: sum(1 for a in result.articles for s in a.statements if s.category == c) for c in CATEGORIES}
    items = {s["category"]: sum(len(t["items"]) for t in s["themes"]) for s in result.briefing["sections"]}
    typer.echo(
        f"Đã đọc {report.read} bài viết, bỏ qua {len(report.skipped)} tệp; "
        f"trích được {counts['achievement']} kết quả, {counts['limitation']} hạn chế, {counts['task']} nhiệm vụ; "
        f"báo cáo có {items.get('achievement', 0)} + {items.get('limitation', 0)} + {items.get('task', 0)} ý "
        f"(đã gộp {len(result.merges)} ý trùng). Phông chữ: {family}.")
    if result.briefing.get("followup"):
        from briefgen.render.followup_view import summary_line

        typer.echo(summary_line(result.briefing["followup"]))
    for p in result.written:
        typer.echo(f"Đã ghi {p}")
    if strict and (report.skipped or report.warnings):
        typer.secho("Chế độ --strict: có tệp bị bỏ qua hoặc có cảnh báo.", fg=typer.colors.RED, err=True)
        return 1
    return 0


def _problem(message: str):
    from briefgen.model import Problem

    return Problem("", message, fatal=False)


def run_extract(*, inputs: Path, json_path: Path, rules, quiet, keep_off_topic=False) -> None:
    from briefgen.store.atomic import write_atomic

    with progress_bar(quiet) as progress:
        result = gather(Options(inputs=inputs, rules_file=rules, keep_off_topic=keep_off_topic), progress)
    _print_problems(result.report)
    data = extraction_json(result.articles)
    write_atomic(json_path, json.dumps(data, ensure_ascii=False, indent=1))
    n = sum(len(a["statements"]) for a in data["articles"])
    typer.echo(f"Đã trích {n} ý từ {len(data['articles'])} bài viết vào {json_path}")


def run_explain(*, path: Path, rules, color: bool) -> None:
    result = gather(Options(inputs=path, rules_file=rules, keep_off_topic=True))
    _print_problems(result.report)
    for article in result.articles:
        text = article.doc.text
        typer.secho(f"== {article.path}", bold=True)
        if article.off_topic:
            typer.secho(f"   Không phải bài viết thuộc thể loại ({article.off_topic}): "
                        "build và extract sẽ bỏ qua tệp này.", fg=typer.colors.YELLOW)
        meta = article.meta
        for key, label in (("title", "Tiêu đề"), ("unit_level", "Cấp"), ("locality", "Địa bàn"),
                           ("period", "Kỳ báo cáo"), ("next_period", "Kỳ tới"), ("meeting_date", "Ngày họp"),
                           ("chair", "Chủ trì"), ("chair_title", "Chức vụ")):
            ev = getattr(meta, key)
            shown = f"{ev.value}   ← «{ev.quote[:60]}»" if ev else "(bài không nêu)"
            typer.echo(f"   {label}: {shown}")
        for d in article.decisions:
            piece = " ".join(text[d.start:d.end].split())
            label = LABEL_VI.get(d.label, d.label)
            line = f"[{label:>8}] {piece}"
            typer.secho(line, fg=COLOURS.get(d.label) if color else None, dim=d.label in ("noise", "none") and color)
            typer.secho(f"{'':11}↳ {d.rule}", dim=True) if color else typer.echo(f"{'':11}-> {d.rule}")


def run_render(*, briefing: Path, outdir: Path, pdf_variant) -> None:
    from briefgen.draft.yaml_io import load_briefing
    from briefgen.store.atomic import check_outdir

    from briefgen.run.parallel import Beside

    check_outdir(outdir)
    name = briefing.name
    for suffix in (".briefing.yaml", ".yaml", ".yml", ".json"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    # the PDF's process starts (and loads its renderer) while the draft is read
    with Beside("briefgen.render.to_pdf") as beside:
        model = load_briefing(briefing)
        written = render_and_write(model, Options(outdir=outdir, pdf_variant=pdf_variant, name=name),
                                   beside=beside)
    for p in written:
        typer.echo(f"Đã ghi {p}")
