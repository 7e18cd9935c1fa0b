"""Read one file into a `Document`: pages of cleaned text with provenance and metadata."""
from __future__ import annotations

import hashlib
from pathlib import Path

from ..records import Document, Furniture, Page
from .cleanup import clean_text
from .encoding import decode_text
from .errors import IngestError
from .metadata import add_metadata
from .ocr import OCR_MODES, OCR_PAGE_BUDGET, PdfOcr, ocr_available
from .ocr_layout import page_text, running_lines
from .ocr_repair import repair_pages
from .transcript import split_transcript

TEXT_SUFFIXES = {".txt", ".text"}
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
                  max_text_bytes: int = 100 << 20, ocr: str = "auto") -> Document:
    """`ocr`: auto (pages without a text layer), always (every PDF page), never."""
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {OCR_MODES}, not {ocr!r}")
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        return _read_pdf(path, doc_id, max_pages, ocr)
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
    _assemble(doc, ((n, t, "text", None) for n, t in split.pages))
    doc.furniture.extend(split.furniture)
    return _finish(doc)


def _read_pdf(path: Path, doc_id: str, max_pages: int | None, ocr: str) -> Document:
    from .pdf import count_pages, read_pdf  # pdf libraries load only when a PDF comes

    if max_pages is not None:
        # checked here so that a long PDF is an error row like a long transcript
        n_pages = count_pages(path)
        if n_pages > max_pages:
            raise IngestError(f"{n_pages} pages, more than --max-pages {max_pages}")
    doc = Document(doc_id=doc_id, source_path=str(path), format="pdf")
    missing = ocr_available() if ocr != "never" else "OCR is off (--ocr never)"
    if ocr == "always" and missing:
        raise IngestError(f"--ocr always, but OCR is not available: {missing}")
    pages: dict[int, tuple[int, str, str, float | None]] = {}
    to_read: list[int] = []
    for raw in read_pdf(path, max_pages=max_pages):
        wants_ocr = ocr == "always" or (ocr == "auto" and not raw.has_text)
        if wants_ocr and not missing:
            to_read.append(raw.number)
            continue
        pages[raw.number] = (raw.number, raw.text, raw.method if raw.has_text else "no-text",
                             None)
        doc.furniture.extend(raw.furniture)
    ocr_done = _ocr(path, to_read, pages, doc)
    _assemble(doc, [pages[n] for n in sorted(pages)])
    blank = [p.number for p in doc.pages if p.method == "no-text"]
    if blank and len(blank) == len(doc.pages):
        raise IngestError(f"no text layer (a scanned PDF?) and {_no_ocr(missing)}")
    if blank and missing:
        doc.warnings.append(f"pages without a text layer, not read: {blank} ({_no_ocr(missing)})")
    if ocr_done:
        confs = [p.ocr_confidence for p in doc.pages if p.ocr_confidence is not None]
        mean = f", mean confidence {sum(confs) / len(confs):.0f}" if confs else ""
        doc.warnings.append(f"OCR on {len(ocr_done)} page(s){mean}")
    return _finish(doc)


def _ocr(path: Path, numbers: list[int], pages: dict, doc: Document) -> list[int]:
    """OCR of the pages without text, set out as digital pages are; running lines that
    recur on the scanned pages become furniture. Blank pages and pages past the budget
    are left unread, with a warning."""
    if not numbers:
        return []
    budget = numbers[:OCR_PAGE_BUDGET]
    if len(numbers) > OCR_PAGE_BUDGET:
        doc.warnings.append(f"OCR budget of {OCR_PAGE_BUDGET} pages reached: "
                            f"{len(numbers) - OCR_PAGE_BUDGET} page(s) not read")
    with PdfOcr(path) as engine:
        read = engine.pages(budget)
    scanned = [p for p in read.values() if not p.blank]
    furniture = running_lines(scanned)
    for number in numbers:
        result = read.get(number)
        if result is None or result.blank:
            pages[number] = (number, "", "no-text" if result is None else "blank", None)
            continue
        text, records = page_text(result, furniture.get(number, []))
        pages[number] = (number, text, "ocr", result.confidence)
        doc.furniture.extend(records)
        if result.rotation:
            doc.warnings.append(f"page {number} was turned {result.rotation}° to be read")
    blank = [n for n in numbers if n in read and read[n].blank]
    if blank:
        doc.warnings.append(f"blank scanned pages, not read: {blank}")
    return [p.number for p in scanned]


def _no_ocr(missing: str | None) -> str:
    return missing if missing and missing.startswith("OCR is off") else \
        f"OCR is not available: {missing}"


def _assemble(doc: Document, pages) -> None:
    pages = list(pages)
    bodies = repair_pages([clean_text(raw).strip() for _, raw, _, _ in pages])
    parts: list[str] = []
    pos = 0
    for (number, _, method, confidence), body in zip(pages, bodies, strict=True):
        if parts:
            parts.append(PAGE_SEPARATOR)
            pos += len(PAGE_SEPARATOR)
        doc.pages.append(Page(number, pos, pos + len(body), method, confidence))
        parts.append(body)
        pos += len(body)
    doc.text = "".join(parts)


def _finish(doc: Document) -> Document:
    doc.furniture = [Furniture(f.page, f.kind, clean_text(f.text)) for f in doc.furniture]
    if not doc.text.strip():
        raise IngestError("no text in the file")
    add_metadata(doc)
    return doc
