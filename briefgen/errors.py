"""Typed errors. The CLI turns each into one Vietnamese line and an exit code;
tracebacks are shown only with --debug."""


class BriefgenError(Exception):
    """Base class: ``str(err)`` is the one-line message the user sees."""

    exit_code = 1


class InputError(BriefgenError):
    """One input file cannot be used; the run goes on with the others."""

    def __init__(self, path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class NothingUsable(BriefgenError):
    exit_code = 2


class ConfigError(BriefgenError):
    exit_code = 2


class TemplateError(BriefgenError):
    exit_code = 3


class BriefingFileError(BriefgenError):
    """The hand-edited briefing file is invalid."""

    exit_code = 4


class RenderError(BriefgenError):
    exit_code = 5


class UnsupportedFormat(InputError):
    """The file's extension has no reader; the file is skipped."""
