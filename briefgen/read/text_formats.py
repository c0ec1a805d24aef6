"""Readers of the text formats: plain text, Markdown and HTML (the page's
main text through trafilatura, with a plain paragraph walk as the fallback).
Each registers itself by extension with ``briefgen.read.registry``."""
from __future__ import annotations

import re

from briefgen.read.encodings import decode_bytes
from briefgen.read.registry import Extracted, register, with_legacy_repaired
# --------------------------------------------------------------------------
# Plain text and Markdown
# --------------------------------------------------------------------------

@register("văn bản thuần", (".txt",))
def read_text(data: bytes, display: str) -> Extracted:
    text, encoding, warnings = decode_bytes(data, display)
    return Extracted(text=text, encoding=encoding, warnings=warnings)


@register("Markdown", (".md", ".markdown"))
def read_markdown(data: bytes, display: str) -> Extracted:
    from briefgen.read.sidecar import front_matter_end

    text, encoding, warnings = decode_bytes(data, display)
    text = text.lstrip("\n")
    end = front_matter_end(text)
    body, title = _strip_markdown(text[end:])
    return Extracted(text=text[:end] + body, title=title, encoding=encoding, warnings=warnings)


def _is_rule(line: str) -> bool:
    """'---', '***', '___' (spaces allowed): a horizontal rule."""
    compact = line.replace(" ", "")
    return len(compact) >= 3 and len(set(compact)) == 1 and compact[0] in "-*_"


# "[label](target)" and "![alt](src)": the bracket classes exclude "[" and
# "]", so successive attempts scan disjoint stretches: linear time.
_MD_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\([^()\s]*\)")


def _strip_markdown(text: str) -> tuple[str, str | None]:
    """Markup off, words kept: heading marks, bold markers, link targets,
    quote marks, code fences and rules. List dashes stay: the genre uses them."""
    title = None
    lines = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("```") or stripped.startswith("~~~"):
            continue
        if _is_rule(stripped):
            lines.append("")
            continue
        hashes = len(stripped) - len(stripped.lstrip("#"))
        if 1 <= hashes <= 6 and (len(stripped) == hashes or stripped[hashes] == " "):  # "#hashtag" is no heading
            stripped = stripped[hashes:].strip().rstrip("#").strip()
            if title is None and hashes == 1:
                title = stripped
            line = stripped
        while line.startswith(">"):
            line = line[1:].lstrip()
        if line.lstrip().startswith(("* ", "+ ")):  # the genre's own list marker is "-"
            indent = len(line) - len(line.lstrip())
            line = line[:indent] + "- " + line[indent + 2:]
        lines.append(line)
    body = "\n".join(lines).replace("**", "").replace("__", "")
    body = _MD_LINK.sub(lambda m: m.group(1), body)
    return body, title


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.I)
_DROP_TAGS = ("script", "style", "noscript", "template", "head", "svg", "iframe", "object")
MAX_HTML_TAGS = 30_000  # a long news page has a few thousand
_BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dd", "dt")


def _trafilatura_config():
    from trafilatura.settings import use_config

    config = use_config()
    # We pass a string, so nothing is downloaded; these make sure of it and
    # avoid signal-based timeouts, which fail outside the main thread.
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    config.set("DEFAULT", "EXTERNAL_URLS", "off")
    config.set("DEFAULT", "SSRF_PROTECTION", "on")
    config.set("DEFAULT", "MAX_TREE_SIZE", "200000")
    # Dates only from the page's metadata: the extensive search guesses one
    # from any year in the text ("năm 2023" -> 2023-01-01).
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


def _decode_html(data: bytes, display: str) -> tuple[str, str, list[str]]:
    """The page's declared charset first (saved pages usually declare it),
    else the same detection as for text files."""
    match = _META_CHARSET.search(data[:4096])
    if match:
        declared = match.group(1).decode("ascii").lower()
        try:
            text = data.decode(declared.replace("utf8", "utf-8"))
            if "\x00" not in text:
                # Only what lxml refuses goes now; soft hyphens and the like
                # stay until the text is known not to be a legacy font's bytes.
                return text.translate(_XML_ILLEGAL), declared, []
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data, display)


_XML_ILLEGAL = dict.fromkeys([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])


@register("HTML", (".html", ".htm"), requires=("trafilatura", "lxml.html"))
def read_html(data: bytes, display: str) -> Extracted:
    html, encoding, warnings = _decode_html(data, display)
    result = None
    if html.count("<") > MAX_HTML_TAGS:
        # trafilatura slows down quadratically on one block with tens of
        # thousands of inline tags; such a file is no news page anyway.
        warnings.append(f"{display}: trang có quá nhiều thẻ HTML, chỉ lấy chữ trong các đoạn văn")
    else:
        result = _trafilatura(html)
    text = getattr(result, "text", None) or ""
    title = getattr(result, "title", None)
    date = getattr(result, "date", None)
    url = getattr(result, "url", None)
    # trafilatura puts one paragraph per line; the model wants blank lines between.
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    fallback_title = None
    if not paragraphs:
        paragraphs, fallback_title = _lxml_paragraphs(html)
    if url and not url.startswith(("http://", "https://")):
        url = None
    return with_legacy_repaired(Extracted(
        text="\n\n".join(paragraphs),
        title=title or fallback_title,
        date=date,
        url=url,
        encoding=encoding,
        warnings=warnings,
    ), display)


def _trafilatura(html: str):
    import trafilatura

    return trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        config=_trafilatura_config(),
    )


def _lxml_paragraphs(html: str) -> tuple[list[str], str | None]:
    """Plain fallback: text of block elements, scripts and styles removed."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return [], None
    title = None
    for node in root.iter("title"):
        title = node.text_content()
        break
    for node in list(root.iter(*_DROP_TAGS, etree.Comment, etree.ProcessingInstruction)):
        if node.getparent() is not None:
            node.drop_tree()  # removes the element and its text, keeps the text after it
    paragraphs = []
    for node in root.iter(*_BLOCK_TAGS):
        if any(a.tag in _BLOCK_TAGS for a in node.iterancestors()):
            continue  # its text is already in the enclosing block
        words = " ".join(node.text_content().split())
        if words:
            paragraphs.append(words)
    if not paragraphs:
        paragraphs = [line.strip() for line in root.text_content().split("\n") if line.strip()]
    return paragraphs, title
