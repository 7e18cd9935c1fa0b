"""Read one file into a `Document`: pages of cleaned text with provenance and metadata."""
from __future__ import annotations

import hashlib
from pathlib import Path

from ..records import Document, Furniture, Page
from .cleanup import clean_text
from .encoding import decode_text
from .errors import IngestError
from .metadata import add_metadata
from .transcript import split_transcript

TEXT_SUFFIXES = {".txt", ".text", ".md"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED = TEXT_SUFFIXES | PDF_SUFFIXES
PAGE_SEPARATOR = "\n\n"


def content_id(path: Path) -> str:
    """doc_id: the first 16 hex digits of the file's SHA-256, so it follows the content."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()[:16]


def read_document(path: Path, doc_id: str, max_pages: int | None = None,
                  max_text_bytes: int = 100 << 20) -> Document:
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        return _read_pdf(path, doc_id, max_pages)
    if suffix in TEXT_SUFFIXES:
        return _read_text(path, doc_id, max_pages, max_text_bytes)
    raise IngestError(f"unsupported file type '{suffix or '(none)'}'", status="skipped")


def _read_text(path: Path, doc_id: str, max_pages: int | None, max_bytes: int) -> Document:
    size = path.stat().st_size
    if size > max_bytes:
        raise IngestError(f"text file too large ({size / 1e6:.0f} MB > {max_bytes / 1e6:.0f} MB)")
    text, encoding = decode_text(path.read_bytes())
    split = split_transcript(text)
    if max_pages and len(split.pages) > max_pages:
        raise IngestError(f"{len(split.pages)} pages, more than --max-pages {max_pages}")
    doc = Document(doc_id=doc_id, source_path=str(path), format="txt", encoding=encoding)
    _assemble(doc, ((n, t, "text") for n, t in split.pages))
    doc.furniture.extend(split.furniture)
    return _finish(doc)


def _read_pdf(path: Path, doc_id: str, max_pages: int | None) -> Document:
    from .pdf import read_pdf  # pdf libraries load only when a PDF comes

    doc = Document(doc_id=doc_id, source_path=str(path), format="pdf")
    pages = []
    for raw in read_pdf(path, max_pages=max_pages):
        pages.append((raw.number, raw.text, raw.method if raw.has_text else "no-text"))
        doc.furniture.extend(raw.furniture)
    _assemble(doc, pages)
    blank = [p.number for p in doc.pages if p.method == "no-text"]
    if blank and len(blank) == len(doc.pages):
        raise IngestError("no text layer (a scanned PDF?) and OCR is not available")
    if blank:
        doc.warnings.append(f"pages without a text layer: {blank}")
    return _finish(doc)


def _assemble(doc: Document, pages) -> None:
    parts: list[str] = []
    pos = 0
    for number, raw, method in pages:
        body = clean_text(raw).strip()
        if parts:
            parts.append(PAGE_SEPARATOR)
            pos += len(PAGE_SEPARATOR)
        doc.pages.append(Page(number, pos, pos + len(body), method))
        parts.append(body)
        pos += len(body)
    doc.text = "".join(parts)


def _finish(doc: Document) -> Document:
    doc.furniture = [Furniture(f.page, f.kind, clean_text(f.text)) for f in doc.furniture]
    if not doc.text.strip():
        raise IngestError("no text in the file")
    add_metadata(doc)
    return doc
