"""Vietnamese for the few English strings that click and typer print
themselves (help headings, usage line, generic errors). Both libraries look
these up through gettext at run time, so swapping their lookup function is
enough; nothing else of them changes."""
from __future__ import annotations

import re

VI = {
    "Usage:": "Cách dùng:",
    "Options": "Tùy chọn",
    "Arguments": "Tham số",
    "Positional arguments": "Tham số",
    "Commands": "Lệnh",
    "Error": "Lỗi",
    "Error: {message}": "Lỗi: {message}",
    "Show this message and exit.": "Hiện hướng dẫn này rồi thoát.",
    "Show the version and exit.": "In số phiên bản rồi thoát.",
    "Try '{command} {option}' for help.": "Gõ '{command} {option}' để xem hướng dẫn.",
    "Try [blue]'{command_path} {help_option}'[/] for help.": "Gõ [blue]'{command_path} {help_option}'[/] để xem hướng dẫn.",
    "Missing argument": "Thiếu tham số",
    "Missing option": "Thiếu tùy chọn",
    "Missing parameter": "Thiếu tham số",
    "Missing command.": "Thiếu lệnh.",
    "No such option {name!r}.": "Không có tùy chọn {name!r}.",
    "No such command {name!r}.": "Không có lệnh {name!r}.",
    "Invalid value: {message}": "Giá trị không hợp lệ: {message}",
    "Invalid value for {param_hint}: {message}": "Giá trị không hợp lệ cho {param_hint}: {message}",
    "default: {default}": "mặc định: {default}",
    "required": "bắt buộc",
    "[default: {}]": "[mặc định: {}]",
    "[required]": "[bắt buộc]",
    "Aborted!": "Đã dừng!",
    "Aborted.": "Đã dừng.",
}


def translate(message: str) -> str:
    return VI.get(message, message)


def _patch_vendored_click() -> None:
    """typer >= 0.2x carries its own copy of click with the strings inline."""
    try:
        from typer._click import core, formatting
    except ImportError:
        return
    if getattr(core, "_briefgen_vi", False):
        return
    write_usage = formatting.HelpFormatter.write_usage

    def write_usage_vi(self, prog, args="", prefix=None):
        return write_usage(self, prog, args, translate("Usage:") + " " if prefix is None else prefix)

    formatting.HelpFormatter.write_usage = write_usage_vi
    get_help_option = core.Command.get_help_option

    def get_help_option_vi(self, ctx):
        opt = get_help_option(self, ctx)
        if opt is not None:
            opt.help = translate("Show this message and exit.")
        return opt

    core.Command.get_help_option = get_help_option_vi
    _patch_inline_errors()
    core._briefgen_vi = True


# the vendored click's error messages written inline in English, as patterns
INLINE_ERRORS = (
    (r"No such option: (\S+) \(Possible options: (.+)\)", r"Không có tùy chọn: \1 (có phải là: \2?)"),
    (r"No such option: (\S+)", r"Không có tùy chọn: \1"),
    (r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)", r"Thừa tham số: \1"),
    (r"Option (\S+) requires an argument\.", r"Tùy chọn \1 cần một giá trị."),
    (r"Option (\S+) requires (\d+) arguments\.", r"Tùy chọn \1 cần \2 giá trị."),
    (r"Option (\S+) does not take a value\.", r"Tùy chọn \1 không nhận giá trị."),
    (r"Invalid value for (.+?): (.*)", r"Giá trị không hợp lệ cho \1: \2"),
    (r"Invalid value: (.*)", r"Giá trị không hợp lệ: \1"),
    (r"Missing (?:argument|option|parameter):? (.*)", r"Thiếu tham số: \1"),
    (r"Could not open file (.+?): (.*)", r"Không mở được tệp \1: \2"),
)


def translate_error(message: str) -> str:
    for english, vietnamese in INLINE_ERRORS:
        m = re.fullmatch(english, message, re.DOTALL)
        if m:
            return m.expand(vietnamese)
    return message


def _patch_inline_errors() -> None:
    """A mistyped option ("--out"), an extra argument: the vendored click
    writes these messages in English, inline, not through gettext."""
    from typer._click import exceptions

    for cls in (exceptions.ClickException, exceptions.BadParameter, exceptions.MissingParameter,
                exceptions.NoSuchOption, exceptions.FileError):
        original = cls.format_message  # ClickException's own comes from typer's TyperException
        cls.format_message = (lambda f: lambda self: translate_error(f(self)))(original)


def install() -> None:
    _patch_vendored_click()
    import click.core
    import click.decorators
    import click.exceptions
    import click.formatting
    import typer.core
    import typer.rich_utils as ru

    for module in (click.core, click.decorators, click.exceptions, click.formatting, typer.core):
        module._ = translate
    for name in ("ARGUMENTS_PANEL_TITLE", "OPTIONS_PANEL_TITLE", "COMMANDS_PANEL_TITLE",
                 "ERRORS_PANEL_TITLE", "ABORTED_TEXT", "RICH_HELP", "DEFAULT_STRING", "REQUIRED_LONG_STRING"):
        english = {"ARGUMENTS_PANEL_TITLE": "Arguments", "OPTIONS_PANEL_TITLE": "Options",
                   "COMMANDS_PANEL_TITLE": "Commands", "ERRORS_PANEL_TITLE": "Error", "ABORTED_TEXT": "Aborted.",
                   "RICH_HELP": "Try [blue]'{command_path} {help_option}'[/] for help.",
                   "DEFAULT_STRING": "[default: {}]", "REQUIRED_LONG_STRING": "[required]"}[name]
        setattr(ru, name, translate(english))
