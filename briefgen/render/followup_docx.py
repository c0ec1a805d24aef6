"""The comparison table of the follow-up part in the DOCX.

The Word template has no table for it (it is edited in Word by staff and
stays as it is): the table is put in after rendering, right below its
heading, with the template's "Table Grid" style when it has one. Only runs
when the briefing has a comparison (``--previous``), so other documents are
untouched byte for byte.
"""
from __future__ import annotations

import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn


def _tables(context: dict) -> list[tuple[str, dict]]:
    return [(theme["heading"], theme["table"]) for part in context.get("body") or []
            for theme in part.get("themes") or [] if theme.get("table")]


def add_followup_tables(data: bytes, context: dict) -> bytes:
    """``data`` with each comparison table placed after its heading paragraph."""
    tables = _tables(context)
    if not tables:
        return data
    doc = Document(io.BytesIO(data))
    paragraphs = list(doc.paragraphs)
    for heading, spec in tables:
        anchor = next((p for p in reversed(paragraphs) if p.text.strip() == heading), None)
        if anchor is None:  # a user template without the heading: the table goes at the end
            anchor = paragraphs[-1]
        rows = [spec["head"], *spec["rows"]]
        table = doc.add_table(rows=len(rows), cols=len(spec["head"]))
        if "Table Grid" in [s.name for s in doc.styles]:
            table.style = doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                cell = table.cell(r, c)
                cell.text = str(value)
                if r == 0:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
        header = table.rows[0]._tr.get_or_add_trPr()  # the heading row repeats on each page
        header.append(header.makeelement(qn("w:tblHeader"), {}))
        anchor._p.addnext(table._tbl)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
