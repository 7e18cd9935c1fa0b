"""Which files are read, and the id a file's content gets: what the main process of a batch
needs before any document is read, without importing the readers (pdfium, numpy, OCR)."""
from __future__ import annotations

import hashlib
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED = TEXT_SUFFIXES | PDF_SUFFIXES


def content_id(path: Path) -> str:
    """doc_id: the first 16 hex digits of the file's SHA-256, so it follows the content."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()[:16]
