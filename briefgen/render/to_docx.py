"""DOCX renderer: briefing model -> Word template (docxtpl) -> normalised DOCX bytes.

1. Find ``briefing.docx`` (a ./templates/ copy overrides the packaged one) and
   check its tags: syntax errors and variables outside the template context
   become one-line TemplateError messages.
2. Render it with autoescape, so model text lands in plain runs.
3. Normalise what Word on Windows would otherwise get wrong: Times New Roman
   in all four font slots without theme fonts, Vietnamese proofing language,
   A4 and the profile's margins, a centred PAGE field hidden on page 1, and
   core properties describing this report instead of python-docx.
4. Re-zip with fixed timestamps and a fixed entry order, so equal input and
   SOURCE_DATE_EPOCH give byte-identical files.
"""
from __future__ import annotations

import datetime as _dt
import io
import re
import zipfile
from pathlib import Path

import jinja2
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Twips

from briefgen.config import load_profile
from briefgen.errors import RenderError, TemplateError
from briefgen.paths import find_template
from briefgen.render.context import build_context, epoch_datetime, one_line
from briefgen.render.docx_profile import apply_body_spacing, apply_letterhead_widths, line_rule

DOCX_TEMPLATE = "briefing.docx"
FONT = "Times New Roman"
LANG = "vi-VN"
A4_TWIPS = (11906, 16838)
FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)  # used when SOURCE_DATE_EPOCH is not set

_FONT_SLOTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")
_THEME_SLOTS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme", "w:hint")
# Child order of w:rPr (ECMA-376); Word rejects files with children out of order.
_RPR_ORDER = ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike",
              "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid",
              "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz",
              "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign",
              "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath")


# -- 1-2. render -------------------------------------------------------------

def _check_template(tpl, path: Path, env: jinja2.Environment, context: dict) -> None:
    try:
        unknown = tpl.get_undeclared_template_variables(jinja_env=env, context=context)
    except jinja2.TemplateSyntaxError as err:
        raise TemplateError(f"{path}: thẻ mẫu sai cú pháp ({one_line(err.message)})") from None
    if unknown:
        raise TemplateError(f"{path}: mẫu dùng biến không có trong mô hình báo cáo: "
                            + ", ".join(sorted(unknown)))


def _render_template(path: Path, context: dict) -> bytes:
    from docxtpl import DocxTemplate

    try:
        tpl = DocxTemplate(str(path))
        tpl.init_docx()
    except Exception as err:  # not a zip, not a Word document…
        raise TemplateError(f"{path}: không mở được mẫu Word ({type(err).__name__})") from None
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    _check_template(tpl, path, env, context)
    try:
        tpl.render(context, jinja_env=env, autoescape=True)
    except jinja2.TemplateSyntaxError as err:
        raise TemplateError(f"{path}: thẻ mẫu sai cú pháp ({one_line(err.message)})") from None
    except jinja2.TemplateError as err:
        raise TemplateError(f"{path}: lỗi khi điền mẫu ({one_line(err.message)})") from None
    except Exception as err:
        raise TemplateError(f"{path}: lỗi khi điền mẫu ({type(err).__name__}: {one_line(err)})") from None
    out = io.BytesIO()
    tpl.save(out)
    return out.getvalue()


def render_docx(briefing: dict) -> bytes:
    """The briefing as DOCX bytes, from ``templates/briefing.docx`` (user copy first)."""
    path = find_template(DOCX_TEMPLATE)
    context = build_context(briefing)
    raw = _render_template(path, context)
    if briefing.get("followup"):
        from briefgen.render.followup_docx import add_followup_tables

        raw = add_followup_tables(raw, context)
    lh = context["lh"]
    return normalise_docx_bytes(raw, profile_name=lh["profile"],
                                title=context["subject"], author=lh["issuer"])


# -- 3. normalise ------------------------------------------------------------

# Qualified names computed once: a national briefing has 200,000 runs.
_Q = {name: qn(name) for name in (*_FONT_SLOTS, *_THEME_SLOTS, "w:val", "w:eastAsia", "w:bidi",
                                   "w:r", "w:rPr", *(f"w:{t}" for t in _RPR_ORDER))}
_RANK = {_Q[f"w:{t}"]: i for i, t in enumerate(_RPR_ORDER)}
_LANG_ATTRS = tuple(_Q[a] for a in ("w:val", "w:eastAsia", "w:bidi"))


def _set_child_in_order(rpr, tag: str):
    """The ``w:tag`` child of ``rpr``, created at its schema position if missing."""
    name = _Q[f"w:{tag}"]
    existing = rpr.find(name)
    if existing is not None:
        return existing
    el = OxmlElement(f"w:{tag}")
    rank = _RANK[name]
    for i, child in enumerate(rpr):
        # Children we do not know (w:rPrChange, w14:* extensions) must stay last.
        if _RANK.get(child.tag, rank + 1) > rank:
            rpr.insert(i, el)
            return el
    rpr.append(el)
    return el


def _fix_rpr(rpr, *, default_size: int | None = None) -> None:
    fonts = _set_child_in_order(rpr, "rFonts")
    for attr in _THEME_SLOTS:
        fonts.attrib.pop(_Q[attr], None)
    for attr in _FONT_SLOTS:
        fonts.set(_Q[attr], FONT)
    sz = rpr.find(_Q["w:sz"])
    if sz is None and default_size is not None:
        sz = _set_child_in_order(rpr, "sz")
        sz.set(_Q["w:val"], str(default_size))
    if sz is not None:
        # Word sizes Vietnamese text with szCs when it treats a run as complex script.
        _set_child_in_order(rpr, "szCs").set(_Q["w:val"], sz.get(_Q["w:val"]))
    lang = _set_child_in_order(rpr, "lang")
    for attr in _LANG_ATTRS:
        lang.set(attr, LANG)


def _rpr_of(parent):
    rpr = parent.find(_Q["w:rPr"])
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        parent.insert(0, rpr)
    return rpr


def _fix_part(root) -> None:
    for run in list(root.iter(_Q["w:r"])):  # every run gets properties ...
        _rpr_of(run)
    for rpr in root.iter(_Q["w:rPr"]):  # ... and every set of properties (paragraph marks too) is fixed once
        _fix_rpr(rpr)


def _fix_styles(doc, body_size_half_points: int, line: tuple[str, str]) -> None:
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = _rpr_of(rpr_default)
    _fix_rpr(rpr, default_size=body_size_half_points)
    rpr.find(qn("w:sz")).set(qn("w:val"), str(body_size_half_points))
    rpr.find(qn("w:szCs")).set(qn("w:val"), str(body_size_half_points))
    # python-docx's default template spaces paragraphs 10 pt after at 1.15 lines;
    # unstyled paragraphs should follow the profile instead.
    ppr_default = defaults.find(qn("w:pPrDefault"))
    if ppr_default is None:
        ppr_default = OxmlElement("w:pPrDefault")
        rpr_default.addnext(ppr_default)
    ppr = ppr_default.find(qn("w:pPr"))
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        ppr_default.append(ppr)
    spacing = ppr.find(qn("w:spacing"))
    if spacing is None:
        spacing = OxmlElement("w:spacing")
        ppr.append(spacing)
    spacing.attrib.clear()
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), line[0])
    spacing.set(qn("w:lineRule"), line[1])
    for style in styles.iter(qn("w:style")):
        if style.get(qn("w:type")) in ("paragraph", "character", "table"):
            rpr = style.find(qn("w:rPr"))
            if rpr is None:
                rpr = OxmlElement("w:rPr")
                # w:rPr follows w:pPr and precedes the table properties inside a style.
                later = [style.find(qn(f"w:{t}")) for t in ("tblPr", "trPr", "tcPr", "tblStylePr")]
                later = [el for el in later if el is not None]
                if later:
                    min(later, key=style.index).addprevious(rpr)
                else:
                    style.append(rpr)
            _fix_rpr(rpr)
    _fix_part(styles)  # table-style conditional formats carry their own w:rPr


def _page_field_paragraph(size_half_points: int):
    p = OxmlElement("w:p")
    ppr = OxmlElement("w:pPr")
    jc = OxmlElement("w:jc")
    jc.set(qn("w:val"), "center")
    ppr.append(jc)
    p.append(ppr)

    def run(*children):
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(size_half_points))
        rpr.append(sz)
        r.append(rpr)
        for c in children:
            r.append(c)
        p.append(r)

    for kind in ("begin", None, "separate", "2", "end"):
        if kind in ("begin", "separate", "end"):
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText" if kind is None else "w:t")
            el.set(qn("xml:space"), "preserve")
            el.text = " PAGE " if kind is None else kind
        run(el)
    return p


def _fix_sections(doc, profile: dict) -> None:
    margins = profile["page"]["margin_mm"]
    page_size = profile["page"]["page_number_size"] * 2
    for section in doc.sections:
        section.page_width, section.page_height = Twips(A4_TWIPS[0]), Twips(A4_TWIPS[1])
        section.orientation = WD_ORIENT.PORTRAIT
        for side in ("top", "bottom", "left", "right"):
            setattr(section, f"{side}_margin", Twips(round(margins[side] * 1440 / 25.4)))
        section.different_first_page_header_footer = True
        header = section.header
        header.is_linked_to_previous = False
        xml = header._element.xml
        if "PAGE" not in xml:  # a user template without a page number: add one
            for child in list(header._element):
                header._element.remove(child)
            header._element.append(_page_field_paragraph(page_size))
        first = section.first_page_header
        first.is_linked_to_previous = False
        if not first._element.findall(qn("w:p")):
            first._element.append(OxmlElement("w:p"))


def _fix_properties(doc, title: str | None, author: str | None) -> None:
    props = doc.core_properties
    if title is not None:
        props.title = title
        props.subject = title
    if author is not None:
        props.author = author
        props.last_modified_by = author
    if props.author == "python-docx":
        props.author = ""
    props.comments = ""  # python-docx default: "generated by python-docx"
    props.keywords = ""
    props.language = LANG
    props.revision = 1
    when = epoch_datetime() or _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)
    props.created = when.replace(tzinfo=None)
    props.modified = when.replace(tzinfo=None)
    props.last_printed = _dt.datetime(2000, 1, 1)


def _fix_settings(doc) -> None:
    settings = doc.settings.element
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        for attr in ("w:val", "w:eastAsia", "w:bidi"):
            lang.set(qn(attr), LANG)


def _rezip(data: bytes) -> bytes:
    epoch = epoch_datetime()
    stamp = FIXED_ZIP_TIME
    if epoch is not None and epoch.year >= 1980:  # zip cannot store earlier dates
        stamp = epoch.timetuple()[:6]
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    # Word and other readers expect the content types first; the rest sorted for stability.
    first = [n for n in ("[Content_Types].xml", "_rels/.rels") if n in names]
    ordered = first + sorted(n for n in names if n not in first)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in ordered:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            payload = src.read(name)
            if name == "docProps/app.xml":
                # The blank python-docx document claims to come from "Microsoft Macintosh Word".
                payload = re.sub(rb"<Application>[^<]*</Application>",
                                 b"<Application>briefgen</Application>", payload)
            dst.writestr(info, payload)
    return out.getvalue()


def normalise_docx_bytes(data: bytes, *, profile_name: str, title: str | None = None,
                         author: str | None = None) -> bytes:
    """Apply steps 3-4 to a DOCX (also used by scripts/make_docx_template.py)."""
    profile = load_profile(profile_name)
    try:
        doc = Document(io.BytesIO(data))
    except Exception as err:
        raise RenderError(f"không đọc lại được tệp Word vừa tạo ({type(err).__name__})") from err
    _fix_styles(doc, profile["body"]["size"] * 2, line_rule(profile))
    apply_body_spacing(doc, profile)
    apply_letterhead_widths(doc, profile)
    _fix_sections(doc, profile)
    _fix_part(doc.element)
    for section in doc.sections:
        for hf in (section.header, section.first_page_header, section.footer,
                   section.first_page_footer):
            if not hf.is_linked_to_previous:
                _fix_part(hf._element)
    _fix_properties(doc, title, author)
    _fix_settings(doc)
    out = io.BytesIO()
    doc.save(out)
    return _rezip(out.getvalue())
