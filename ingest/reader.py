"""Read one file into a `Document`: pages of cleaned text with provenance and metadata.

What is odd about the file itself is said in the document's warnings rather than hidden or
made fatal: damaged encodings, stray NULs, padding after a PDF's end, a PDF saved as .txt,
PDF source code where text should be, and furniture that takes much of the text.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

from ..records import Document, Furniture, Page
from .cleanup import clean_text
from .diacritics import restore_letters
from .encoding import decode
from .errors import IngestError
from .formats import PDF_SUFFIXES, SUPPORTED, TEXT_SUFFIXES, content_id  # noqa: F401
from .glued_fields import unglue_fields
from .markdown import plain_marks
from .metadata import add_metadata
from .ocr import OCR_MODES, OCR_PAGE_BUDGET, PdfOcr, ocr_available
from .ocr_layout import page_text, running_lines
from .ocr_repair import repair_pages
from .revisions import Revisions, without_revision_marks
from .transcript import split_transcript

PAGE_SEPARATOR = "\n\n"
PDF_MAGIC = b"%PDF-"
# the share of a document's characters that may be furniture (headers, footers, page
# numbers, site boilerplate) before the document is flagged for a look
FURNITURE_WARN_SHARE = 0.25
# lines of PDF syntax: a text made of them is a PDF's source, not a report's words
_PDF_SYNTAX = re.compile(r"^\s*(?:\d+\s+\d+\s+obj\b|endobj\b|stream\s*$|endstream\b|xref\s*$|"
                         r"trailer\b|startxref\b|%%EOF|%PDF-|<<\s*/(?:Type|Filter|Length)\b)",
                         re.MULTILINE)
PDF_SYNTAX_SHARE = 0.2  # of the non-blank lines
PADDING_NOTED = 64  # bytes after a PDF's %%EOF worth a warning (line ends are usual)
# a page whose text layer has more than this share of characters no font maps to Unicode
# (control codes, private use, unassigned, U+FFFD) is glyph codes, not words
GARBLED_SHARE = 0.3
_UNMAPPED = {"Cc", "Co", "Cn", "Cs"}


def read_document(path: Path, doc_id: str, max_pages: int | None = None,
                  max_text_bytes: int = 100 << 20, ocr: str = "auto") -> Document:
    """`ocr`: auto (pages without a text layer), always (every PDF page), never."""
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {OCR_MODES}, not {ocr!r}")
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        return _text_limit(_read_pdf(path, doc_id, max_pages, ocr), max_text_bytes)
    if suffix in TEXT_SUFFIXES:
        if _is_pdf(path):  # a PDF saved under a text name: read what it is
            doc = _text_limit(_read_pdf(path, doc_id, max_pages, ocr), max_text_bytes)
            doc.warnings.insert(0, f"a PDF file named '{path.suffix}': read as a PDF")
            return doc
        return _read_text(path, doc_id, max_pages, max_text_bytes)
    raise IngestError(f"unsupported file type '{suffix or '(none)'}'", status="skipped")


def _read_text(path: Path, doc_id: str, max_pages: int | None, max_bytes: int) -> Document:
    size = path.stat().st_size
    if size > max_bytes:
        raise IngestError(f"text file too large ({size / 1e6:.0f} MB > {max_bytes / 1e6:.0f} MB, "
                          f"--max-text-mb)")
    decoded = decode(path.read_bytes())
    split = split_transcript(unglue_fields(plain_marks(decoded.text)))
    if max_pages and len(split.pages) > max_pages:
        raise IngestError(f"{len(split.pages)} pages, more than --max-pages {max_pages}")
    doc = Document(doc_id=doc_id, source_path=str(path), format="txt",
                   encoding=decoded.encoding, warnings=list(decoded.warnings))
    _assemble(doc, ((n, t, "text", None) for n, t in split.pages))
    doc.furniture.extend(split.furniture)
    syntax = _pdf_syntax_share(decoded.text)
    if syntax >= PDF_SYNTAX_SHARE:
        doc.warnings.append(f"the text looks like the source code of a PDF ({syntax:.0%} of "
                            f"its lines are PDF syntax), not a report's text")
    return _finish(doc)


def _read_pdf(path: Path, doc_id: str, max_pages: int | None, ocr: str) -> Document:
    from .pdf import count_pages, padding_after_end, read_pdf  # loaded when a PDF comes

    if max_pages is not None:
        # checked here so that a long PDF is an error row like a long transcript
        n_pages = count_pages(path)
        if n_pages > max_pages:
            raise IngestError(f"{n_pages} pages, more than --max-pages {max_pages}")
    doc = Document(doc_id=doc_id, source_path=str(path), format="pdf")
    padding = padding_after_end(path)
    if padding > PADDING_NOTED:
        doc.warnings.append(f"{padding} bytes of padding after the end of the PDF (%%EOF), "
                            f"ignored")
    missing = ocr_available() if ocr != "never" else "OCR is off (--ocr never)"
    if ocr == "always" and missing:
        raise IngestError(f"--ocr always, but OCR is not available: {missing}")
    pages: dict[int, tuple[int, str, str, float | None]] = {}
    to_read: list[int] = []
    garbled: list[tuple[int, float]] = []
    for raw in read_pdf(path, max_pages=max_pages):
        wants_ocr = ocr == "always" or (ocr == "auto" and not raw.has_text)
        share = unmapped_share(raw.text) if raw.has_text else 0.0
        if share > GARBLED_SHARE:
            garbled.append((raw.number, share))
            wants_ocr = wants_ocr or ocr == "auto"  # fonts without a Unicode map: read the image
        if wants_ocr and not missing:
            to_read.append(raw.number)
            continue
        pages[raw.number] = (raw.number, raw.text, raw.method if raw.has_text else "no-text",
                             None)
        doc.furniture.extend(raw.furniture)
    if garbled:
        worst = max(share for _, share in garbled)
        read = "read by OCR instead" if not missing and ocr != "never" else "kept as it is"
        doc.warnings.append(f"text of {len(garbled)} page(s) is mostly unmapped glyphs (up to "
                            f"{worst:.0%} unreadable characters; fonts without a ToUnicode map?), "
                            f"{read}: pages {_numbers([n for n, _ in garbled])}")
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


def unmapped_share(text: str) -> float:
    """Share of a page's visible characters that are glyph codes without a Unicode meaning."""
    seen = bad = 0
    # each distinct character decided once (Counter counts in C): every PDF page asks this
    for ch, n in Counter(text).items():
        if ch.isspace():
            continue
        seen += n
        if ch == "\ufffd" or unicodedata.category(ch) in _UNMAPPED:
            bad += n
    return bad / seen if seen else 0.0


def _numbers(numbers: list[int], shown: int = 10) -> str:
    more = f" and {len(numbers) - shown} more" if len(numbers) > shown else ""
    return ", ".join(map(str, numbers[:shown])) + more


def _no_ocr(missing: str | None) -> str:
    return missing if missing and missing.startswith("OCR is off") else \
        f"OCR is not available: {missing}"


def _assemble(doc: Document, pages) -> None:
    pages = list(pages)
    revised = Revisions()
    bodies = repair_pages(restore_letters([without_revision_marks(clean_text(raw), revised).strip()
                                           for _, raw, _, _ in pages]))
    if revised.deleted or revised.comments:
        doc.warnings.append(f"a draft's revision marks: {revised.deleted} deleted passage(s) and "
                            f"{revised.comments} comment(s) left out of the text")
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
    doc.furniture = [Furniture(f.page, f.kind, _utf8_safe(clean_text(f.text)))
                     for f in doc.furniture]
    doc.text = _utf8_safe(doc.text)
    if not doc.text.strip():
        raise IngestError("no text in the file")
    note_furniture_share(doc)
    add_metadata(doc)
    return doc


def note_furniture_share(doc: Document) -> None:
    """A warning when much of the document was taken out as furniture: a rule that takes
    more than furniture is the likeliest way to lose text without a word."""
    taken = sum(len(f.text) for f in doc.furniture)
    share = taken / (taken + len(doc.text)) if taken else 0.0
    if share > FURNITURE_WARN_SHARE:
        doc.warnings.append(f"{share:.0%} of the text ({_count(taken)} of "
                            f"{_count(taken + len(doc.text))} characters) was taken out as "
                            f"headers, footers, page numbers or site boilerplate (kept in the "
                            f"furniture table)")


def _count(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")  # 1 234 567, as Swedish writes it


def _text_limit(doc: Document, max_bytes: int | None) -> Document:
    """A PDF's text is held to the same limit as a text file's size: the work and memory of
    extraction grow with it."""
    if max_bytes and len(doc.text) > max_bytes:
        raise IngestError(f"too much text ({len(doc.text) / 1e6:.0f} million characters > "
                          f"{max_bytes / 1e6:.0f} MB, --max-text-mb)")
    return doc


def _is_pdf(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(1024).lstrip().startswith(PDF_MAGIC)


def _pdf_syntax_share(text: str) -> float:
    lines = sum(1 for line in text.splitlines() if line.strip())
    return len(_PDF_SYNTAX.findall(text)) / lines if lines else 0.0


def _utf8_safe(text: str) -> str:
    """Lone surrogates (a PDF's broken UTF-16) cannot be stored: they become U+FFFD."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
