"""Stage 4: the briefing model to documents, in memory.

Entry points: ``to_docx.render_docx(briefing)`` (docxtpl, Word template
``templates/briefing.docx``), ``to_pdf.render_pdf(briefing)`` (WeasyPrint,
``templates/briefing.html.j2``), ``audit.render_audit(briefing, articles, …)``
(the audit page). ``context`` is what both documents share (format profile,
header, numbering); ``fonts`` finds the Times-compatible font.
"""
