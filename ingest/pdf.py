"""Read a PDF page by page: body text in reading order plus the page furniture taken out.

Every page gets one look with pypdfium2 (`pdf_scan`), the only time it is loaded: its text,
the pieces in its top and bottom bands, whether it has drawn rules or two columns, and the
text of each text rectangle. Pages are set out line by line from those rectangles; pages with
drawn tables are read from the grid of rules and pdfium's character boxes, or by pdfplumber
(opened lazily on the first such page because it is some fifty times slower). Rotated pages
keep pdfium's text. Running headers and footers are learnt from the scans of up to
FURNITURE_SAMPLE pages before the first page is returned.

Only per-character PDF artefacts are cleaned here (CR LF, form feeds, trailing spaces);
dehyphenation and Unicode normalisation happen in the shared `cleanup` module.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..records import Furniture
from .errors import IngestError
from .pdf_aligned import BULLET, aligned_text
from .pdf_chars import char_runs
from .pdf_furniture import BOTTOM, TOP, FurnitureRules, learn_rules
from .pdf_grid import grid_tables
from .pdf_order import Run, order_text
from .pdf_page import Box
from .pdf_scan import (
    BandPiece,
    PageScan,
    contains,
    document_gutter,
    gutter_holds,
    marks_apart_from,
    remove_spans,
    scan_page,
)

# Pages looked at before the first one is returned, to learn what recurs in the bands.
# Their scans are kept, so a document of up to this many pages is loaded only once.
FURNITURE_SAMPLE = 60
HEAD_BYTES = 1024  # the PDF header may sit anywhere in the first kilobyte
TAIL_BYTES = 2048  # where a complete file has its %%EOF
# NULs and white space after %%EOF (a download tool, a disk image) are padding, not damage;
# pdfium reads past them. Looked at up to this many bytes from the end.
MAX_PADDING = 64 << 20
_PADDING = b"\x00\t\n\r\x0c "
_SIGNATURES = (
    (b"PK\x03\x04", "a ZIP archive, e.g. a .docx or .xlsx file"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.doc, .xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"%!PS", "a PostScript file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
)
_HTML = re.compile(rb"^\s*<(!doctype html|html)", re.IGNORECASE)
_PDFIUM_HYPHEN = re.compile("\ufffe(?:\r?\n)?")


@dataclass
class RawPage:
    number: int  # 1-based PDF page number
    text: str  # body text in reading order; table rows as tab-separated cells, one per line
    furniture: list[Furniture] = field(default_factory=list)
    # pdf-text: pypdfium2's text as is; pdf-layout: read by geometry (tables by pdfplumber,
    # columns from pdfium's character boxes)
    method: str = "pdf-text"
    has_text: bool = True  # False: no text layer, a scan for OCR


def count_pages(path: Path) -> int:
    """Number of pages; raises IngestError for anything that is not a readable PDF."""
    pdf = _open(Path(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def read_pdf(path: Path, max_pages: int | None = None) -> Iterator[RawPage]:
    """Pages of the PDF one by one. The file is checked at once (IngestError for a file
    that is empty, not a PDF, truncated, damaged, encrypted or too long; a damaged page
    raises when it is reached). Pages are read as they are asked for; memory holds at most
    the scans of FURNITURE_SAMPLE pages, whatever the length of the document."""
    path = Path(path)
    pdf = _open(path)
    n_pages = len(pdf)
    if max_pages is not None and n_pages > max_pages:
        pdf.close()
        raise IngestError(f"{n_pages} pages, more than --max-pages {max_pages}",
                          status="skipped")
    return _pages(path, pdf, n_pages)


def _pages(path: Path, pdf: pdfium.PdfDocument, n_pages: int) -> Iterator[RawPage]:
    plumber = _LazyPlumber(path)
    try:
        scans = {i: _scan(pdf, i) for i in _sample(n_pages)}  # bounded by FURNITURE_SAMPLE
        rules = learn_rules((_band_texts(scan) for scan in scans.values()), n_pages)
        gutter = document_gutter(list(scans.values()))
        for index in range(n_pages):
            scan = scans.pop(index) if index in scans else _scan(pdf, index)
            if gutter is not None and scan.gutter is None and scan.has_text:
                scan.gutter = gutter_holds(scan, gutter)
            yield _finish(scan, rules, plumber)
    finally:
        plumber.close()
        pdf.close()


# --- opening and checking the file -------------------------------------------------------

def _open(path: Path) -> pdfium.PdfDocument:
    head, tail, size, _ = _head_and_tail(path)
    if size == 0:
        raise IngestError("empty file (0 bytes)")
    if b"%PDF-" not in head:
        raise IngestError(f"not a PDF file (starts with {_describe(head)})")
    if b"%%EOF" not in tail:
        raise IngestError(f"truncated or damaged PDF: the end of the file is missing "
                          f"(no %%EOF marker in the last {TAIL_BYTES} of {size} bytes)")
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise IngestError(_open_error(exc)) from None
    if len(pdf) == 0:
        pdf.close()
        raise IngestError("damaged PDF: it has no pages")
    return pdf


def _head_and_tail(path: Path) -> tuple[bytes, bytes, int, int]:
    """The first HEAD_BYTES, the last TAIL_BYTES before any padding, the size, and how many
    bytes of padding follow the end."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
            end = _content_end(fh, size)
            fh.seek(max(0, end - TAIL_BYTES))
            tail = fh.read(end - max(0, end - TAIL_BYTES))
    except OSError as exc:
        raise IngestError(f"cannot read the file: {exc.strerror or exc}") from None
    return head, tail, size, size - end


def padding_after_end(path: Path) -> int:
    """Bytes of padding (NULs, white space) after the PDF's %%EOF: 0 for a plain file."""
    _, tail, _, padding = _head_and_tail(Path(path))
    return padding if b"%%EOF" in tail else 0


def _content_end(fh, size: int) -> int:
    """Where the file's content ends: its size less the padding at the end."""
    end, block = size, 1 << 16
    while end > 0 and size - end < MAX_PADDING:
        fh.seek(max(0, end - block))
        data = fh.read(end - max(0, end - block))
        kept = len(data.rstrip(_PADDING))
        if kept:
            return end - len(data) + kept
        end -= len(data)
    return end


def _describe(head: bytes) -> str:
    """The first bytes, and what kind of file they suggest when we know the signature."""
    shown = repr(head[:8].decode("latin-1"))
    for magic, what in _SIGNATURES:
        if head.startswith(magic):
            return f"{shown}: looks like {what}"
    if _HTML.match(head):
        return f"{shown}: looks like an HTML page"
    return shown


def _open_error(exc: pdfium.PdfiumError) -> str:
    code = getattr(exc, "err_code", None)
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return "encrypted PDF: it is password-protected and cannot be read without the password"
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return "encrypted PDF: its security handler is not supported"
    if code == pdfium_c.FPDF_ERR_FILE:
        return "cannot open the file"
    return "damaged PDF: the file structure cannot be parsed"


# --- pages ------------------------------------------------------------------------------

def _sample(n_pages: int) -> list[int]:
    """All pages, or FURNITURE_SAMPLE of them spread evenly over a long document."""
    if n_pages <= FURNITURE_SAMPLE:
        return list(range(n_pages))
    step = n_pages / FURNITURE_SAMPLE
    return sorted({int(i * step) for i in range(FURNITURE_SAMPLE)})


def _load(pdf: pdfium.PdfDocument, index: int) -> tuple[pdfium.PdfPage, pdfium.PdfTextPage]:
    try:
        page = pdf[index]
        return page, page.get_textpage()
    except pdfium.PdfiumError:
        raise IngestError(f"damaged PDF: page {index + 1} cannot be read") from None


def _scan(pdf: pdfium.PdfDocument, index: int) -> PageScan:
    page, textpage = _load(pdf, index)
    try:
        return scan_page(page, textpage, index)
    except Exception as exc:  # pypdfium2 raises more than PdfiumError on broken pages
        raise IngestError(f"damaged PDF: page {index + 1} cannot be read "
                          f"({type(exc).__name__})") from exc
    finally:
        textpage.close()
        page.close()


def _band_texts(scan: PageScan) -> tuple[list[str], list[str]]:
    top = [p.piece.text for p in scan.pieces if p.band == TOP]
    bottom = [p.piece.text for p in scan.pieces if p.band == BOTTOM]
    return top, bottom


def _finish(scan: PageScan, rules: FurnitureRules, plumber: _LazyPlumber) -> RawPage:
    """The page's body text with its furniture taken out, by the cheapest adequate path."""
    number = scan.index + 1
    if not scan.has_text:
        return RawPage(number, "", [], "pdf-text", has_text=False)
    furniture = [(p, kind) for p in scan.pieces if (kind := rules.kind(p.band, p.piece.text))]
    if scan.needs_layout:
        text = _layout_text(scan, [p.piece.box for p, _ in furniture], plumber)
        if text is not None:
            return RawPage(number, clean_pdf_text(text), _records(number, furniture),
                           "pdf-layout")
    # pieces whose place in the text is unknown stay in the text and are not reported
    furniture = [(p, kind) for p, kind in furniture if p.span is not None]
    text = remove_spans(scan.text, [p.span for p, _ in furniture])
    return RawPage(number, clean_pdf_text(text), _records(number, furniture), "pdf-text")


def _records(number: int, furniture: list[tuple[BandPiece, str]]) -> list[Furniture]:
    return [Furniture(number, kind, p.piece.text) for p, kind in furniture]


def _layout_text(scan: PageScan, exclude: list[Box], plumber: _LazyPlumber) -> str | None:
    """Text read by geometry: lines as they stand from pdfium's text rectangles, drawn
    tables from the grid of rules (or pdfplumber); None when nothing is found to fix, so
    the fast text stands. All of it from what the scan took from the page."""
    marks = marks_apart_from(scan.marks, exclude)
    if not scan.ruled:
        # lines as they stand (indents, cells at their columns, drawn bullets, gaps
        # between paragraphs), each column in turn
        body = [(b, t) for b, t in zip(scan.rects, scan.rect_texts, strict=True)
                if not any(contains(f, b) for f in exclude)]
        return aligned_text(body, marks, scan.gutter)
    runs = char_runs(scan.chars, scan.media, exclude)
    runs += [Run(m.left, m.right, scan.media.top - m.top, scan.media.top - m.bottom, BULLET)
             for m in marks]
    # a plain grid of rules is read from pdfium's objects; anything else asks pdfplumber
    found = grid_tables(scan.rules, runs)
    if found is not None:
        blocks, rest = found
        return order_text(rest, blocks, scan.gutter)
    text = plumber.table_page_text(scan.index, scan.media, scan.gutter, exclude)
    if text is not None:
        return text
    if scan.gutter is None:
        return None
    return order_text(runs, [], scan.gutter)


def clean_pdf_text(text: str) -> str:
    """pdfium's CR LF line ends, form feeds, NULs and trailing spaces; blank edges.
    Trailing tabs stay: they are the empty last cells of a table row.

    pdfium marks a hyphen that ends a line with U+FFFE and drops the line break after it;
    both come back ("sam-" and "verkan" on two lines), so that the shared clean-up decides
    about the hyphen the same way for every format.
    """
    text = _PDFIUM_HYPHEN.sub("-\n", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "").replace("\x00", "")
    lines = [line.rstrip(" ") for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


# --- the slow path, opened on demand ------------------------------------------------------

class _LazyPlumber:
    """pdfplumber for the few pages that need it; never imported for plain documents."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.pdf = None
        self.failed = False

    def table_page_text(self, index: int, media: Box, gutter: float | None,
                        exclude: list[Box]) -> str | None:
        """pdfplumber's reading of a page with tables, or None to take another path."""
        if self.failed:
            return None
        with _quiet_pdfminer():
            try:
                page = self._page(index)
            except Exception:  # pdfminer fails in many ways on odd files; pdfium read it fine
                self.failed = True
                return None
            try:
                from .pdf_layout import table_page_text

                return table_page_text(page, media, gutter, exclude)
            except Exception:  # one odd page must not fail the document: its fast text is good
                return None
            finally:
                page.close()

    def _page(self, index: int):
        if self.pdf is None:
            import pdfplumber

            self.pdf = pdfplumber.open(self.path)
        return self.pdf.pages[index]

    def close(self) -> None:
        if self.pdf is None:
            return
        with _quiet_pdfminer():
            try:
                self.pdf.close()
            except Exception:  # close() builds every page first, which a broken file fails
                self.pdf.stream.close()
        self.pdf = None


@contextmanager
def _quiet_pdfminer() -> Iterator[None]:
    """pdfminer logs a warning for every oddity it repairs; pdfium has read the page
    already, so they are noise on the console of a batch run."""
    logger = logging.getLogger("pdfminer")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)
