"""PDF renderer: briefing model -> HTML (Jinja2) -> PDF (WeasyPrint).

1. Build the shared context (render_common) so the PDF says what the DOCX says.
2. Render ``briefing.html.j2`` with autoescape: model text is data, never markup.
3. Lay it out with WeasyPrint through a URL fetcher that serves only template
   and font files, so nothing in a template or a model can read other files or
   reach the network.
4. Tag it: every PDF carries a structure tree (headings, lists, tables with
   header cells, in reading order), /Lang, /MarkInfo and DisplayDocTitle. By
   default it is written as PDF/UA-1; an archival PDF/A variant keeps the tags.
"""
from __future__ import annotations

import io
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

import jinja2
from markupsafe import Markup

from briefgen.errors import RenderError, TemplateError
from briefgen.paths import find_template, template_dirs
from briefgen.render.context import build_context, one_line
from briefgen.render.quiet import quiet_libraries

HTML_TEMPLATE = "briefing.html.j2"
CSS_TEMPLATE = "briefing.css"
DEFAULT_VARIANT = "pdf/ua-1"  # tagged, identified as PDF/UA-1 in its XMP metadata
PDF_VARIANTS = ("pdf/a-1b", "pdf/a-2b", "pdf/a-3b", "pdf/a-2u", "pdf/a-3u", "pdf/a-4u",
                "pdf/ua-1", "pdf/ua-2")

FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"),
             Path.home() / ".fonts", Path.home() / ".local/share/fonts")
FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".woff", ".woff2")


def _within(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder.resolve())
        return True
    except ValueError:
        return False


def _make_fetcher_class():
    # Imported lazily: WeasyPrint loads Pango at import time, which is slow and may
    # fail on office PCs; the DOCX path must not depend on it.
    from weasyprint.urls import URLFetcher

    class LocalTemplateFetcher(URLFetcher):
        """Serves file:// URLs inside the template folders, and font files; refuses the rest."""

        def __init__(self, allowed_dirs, **kwargs):
            super().__init__(allowed_protocols={"file"}, allow_redirects=False, **kwargs)
            self.allowed_dirs = [Path(d).resolve() for d in allowed_dirs]
            self.requested: list[str] = []
            self.refused: list[str] = []

        def allows(self, url: str) -> bool:
            parts = urlsplit(url)
            if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
                return False
            path = Path(url2pathname(unquote(parts.path))).resolve()
            if any(_within(path, d) for d in self.allowed_dirs):
                return path.is_file()
            return (path.suffix.lower() in FONT_SUFFIXES and path.is_file()
                    and any(_within(path, d) for d in FONT_DIRS))

        def fetch(self, url, headers=None):
            self.requested.append(url)
            if not self.allows(url):
                self.refused.append(url)
                raise ValueError(f"briefgen refuses to fetch {url!r}")
            return super().fetch(url, headers)

    return LocalTemplateFetcher


def make_url_fetcher(cwd: Path | None = None):
    """A fetcher limited to ``template_dirs()`` and installed font files."""
    return _make_fetcher_class()(template_dirs(cwd))


GENERIC_FAMILIES = ("serif", "sans-serif", "monospace")


def css_font_stack(font: dict) -> Markup:
    """CSS font-family list from the profile's ``font`` block.

    Autoescaping would turn the quotes into entities, which are not decoded
    inside <style>; so names are quoted here, with quotes and backslashes removed.
    """
    names = [font.get("family", "")] + list(font.get("fallbacks", []))
    parts = []
    for name in names:
        clean = "".join(ch for ch in str(name) if ch not in '"\\<>;{}').strip()
        if clean:
            parts.append(clean if clean in GENERIC_FAMILIES else f'"{clean}"')
    return Markup(", ".join(parts))


def _jinja_env(cwd: Path | None = None) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs(cwd)]),
        autoescape=True, undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True)
    env.filters["css_font_stack"] = css_font_stack
    return env


def render_html(briefing: dict, cwd: Path | None = None) -> tuple[str, Path]:
    """(HTML text, template path) for the briefing; TemplateError on a broken template."""
    path = find_template(HTML_TEMPLATE, cwd)
    context = build_context(briefing)
    context["stylesheet_url"] = find_template(CSS_TEMPLATE, cwd).as_uri()
    try:
        template = _jinja_env(cwd).get_template(HTML_TEMPLATE)
        return template.render(context), path
    except jinja2.TemplateSyntaxError as err:
        raise TemplateError(f"{path}: lỗi cú pháp mẫu ở dòng {err.lineno}: {one_line(err.message)}") from None
    except jinja2.UndefinedError as err:
        raise TemplateError(f"{path}: mẫu dùng biến không có trong mô hình báo cáo ({one_line(err.message)})") from None
    except jinja2.TemplateError as err:
        raise TemplateError(f"{path}: lỗi mẫu ({one_line(err)})") from None
    except (TypeError, ValueError, AttributeError) as err:
        # A user-edited template applying a filter to the wrong kind of value.
        raise TemplateError(f"{path}: lỗi khi điền mẫu ({type(err).__name__}: {one_line(err)})") from None


def render_pdf(briefing: dict, *, pdf_variant: str | None = None) -> bytes:
    """The briefing as tagged PDF bytes (A4, fonts embedded, outline from h2/h3).

    ``pdf_variant`` is passed to WeasyPrint, e.g. ``"pdf/a-3u"`` for archiving;
    without it the file is PDF/UA-1. Every variant is tagged (structure tree,
    /Lang, /MarkInfo, the title shown as the window title).
    With SOURCE_DATE_EPOCH set, two renders are byte-identical.
    """
    if pdf_variant is not None and pdf_variant not in PDF_VARIANTS:
        raise RenderError(f"biến thể PDF '{pdf_variant}' không hỗ trợ; chọn một trong: "
                          + ", ".join(PDF_VARIANTS))
    html_text, path = render_html(briefing)
    quiet_libraries()  # this may run in a worker process: route library logs here too
    from weasyprint import HTML

    try:
        document = HTML(string=html_text, base_url=path.parent.as_uri() + "/",
                        url_fetcher=make_url_fetcher())
        out = io.BytesIO()
        document.write_pdf(out, pdf_variant=pdf_variant or DEFAULT_VARIANT, pdf_tags=True)
    except Exception as err:  # WeasyPrint/Pango failures surface as many types
        raise RenderError(f"{path}: không tạo được PDF ({type(err).__name__}: {one_line(err)})") from err
    return out.getvalue()
