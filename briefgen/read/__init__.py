"""Stage 1: read input files into ``Document`` objects.

Entry points: ``read_document(path)`` (any registered format, one Vietnamese
line naming the file on failure), ``supported_extensions()``,
``reader_status()``; ``sidecar`` (metadata.csv, front matter) and
``dedup.find_duplicates``. Readers are registered by extension in
``registry``; importing this package registers the text formats (txt, md,
html) and the office formats (docx, pdf). Encodings, legacy Vietnamese fonts
(TCVN3, VNI) and their repair live in ``encodings`` and ``vn_legacy``.
"""
from briefgen.read import office_formats, text_formats  # noqa: F401 (registers the readers)
from briefgen.read.registry import read_document, reader_status, supported_extensions

__all__ = ["read_document", "reader_status", "supported_extensions"]
