"""Keep the libraries that draw the documents quiet unless ``--debug`` is given.

WeasyPrint and fontTools log in English (missing HarfBuzz-Subset, odd CSS,
font subsetting notes). Another library of the pipeline installs a handler on
the root logger, so without this their warnings would reach the office user's
console. Here they are routed: nowhere in a normal run, to stderr with
``--debug``. The choice travels in the environment (BRIEFGEN_DEBUG) so that
the process laying out the PDF beside the main one follows it too, whatever
way that process is started.
"""
from __future__ import annotations

import logging
import os
import sys
import warnings

DEBUG_ENV = "BRIEFGEN_DEBUG"
LIBRARY_LOGGERS = ("weasyprint", "fontTools", "pydyf")
_MODULES = r"(weasyprint|fontTools|pydyf|tinycss2|cssselect2)(\.|$)"


class _DebugHandler(logging.StreamHandler):
    """Our stderr handler, recognised so that routing twice does not duplicate it."""


def set_debug(debug: bool) -> None:
    """Record the user's choice for this process and the ones it starts."""
    if debug:
        os.environ[DEBUG_ENV] = "1"
    else:
        os.environ.pop(DEBUG_ENV, None)
    quiet_libraries()


def quiet_libraries() -> None:
    """Route the drawing libraries' logging and warnings as BRIEFGEN_DEBUG says."""
    debug = os.environ.get(DEBUG_ENV) == "1"
    for name in LIBRARY_LOGGERS:
        log = logging.getLogger(name)
        for handler in [h for h in log.handlers if isinstance(h, _DebugHandler)]:
            log.removeHandler(handler)
        log.propagate = False  # never through the root logger another library configured
        if debug:
            handler = _DebugHandler(sys.stderr)
            handler.setFormatter(logging.Formatter("[%(name)s] %(levelname)s: %(message)s"))
            log.addHandler(handler)
            log.setLevel(logging.INFO)
        else:
            if not log.handlers:
                log.addHandler(logging.NullHandler())  # else Python's last-resort handler prints
            log.setLevel(logging.CRITICAL + 1)
    action = "default" if debug else "ignore"
    warnings.filterwarnings(action, module=_MODULES)
