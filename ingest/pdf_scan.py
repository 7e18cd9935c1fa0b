"""One look at a page with pypdfium2: its text, the text pieces in its top and bottom
bands (candidates for running headers, footers and page numbers) with their place in the
text, whether its layout needs a geometric reading (drawn tables, columns), and what that
reading takes from pdfium (the text of each text rectangle; for a page with drawn rules,
the character boxes and the rules), so that the page is loaded once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .pdf_aligned import has_cells
from .pdf_chars import CharBoxes, char_boxes
from .pdf_furniture import BOTTOM, TOP, looks_like_page_number
from .pdf_grid import Rule, grid_rules
from .pdf_page import (
    BandLine,
    Box,
    Piece,
    band_lines,
    bounded_texts,
    find_gutter,
    media_box,
    path_hints,
    piece_text,
    text_rects,
)

BAND = 0.1  # top and bottom tenth of the page hold running headers and footers
BAND_LINES = 3  # of which only the outermost lines are candidates,
# and only those between the edge and the first wide gap: running headers stand apart from
# the body, and the body's first line (or a repeated table header row) must not be taken
EDGE_GAP_LINE_HEIGHTS = 1.0
_LINE_END = re.compile(r"[ \t]*\r?\n?")


@dataclass
class BandPiece:
    band: str  # top | bottom
    piece: Piece
    span: tuple[int, int] | None  # where it sits in the page text; None if not found


@dataclass
class PageScan:
    index: int
    text: str  # pypdfium2's text of the whole page
    media: Box
    pieces: list[BandPiece] = field(default_factory=list)
    ruled: bool = False  # drawn lines that may be a table
    gutter: float | None = None  # x of a gutter between two columns
    rotated: bool = False
    cells: bool = False  # lines of runs set apart by cell gaps (an unruled table)
    body: list[Box] = field(default_factory=list)  # text rectangles outside the bands
    rects: list[Box] = field(default_factory=list)  # all text rectangles of the page
    rect_texts: list[str] = field(default_factory=list)  # pdfium's text of each rectangle
    marks: list[Box] = field(default_factory=list)  # bullets drawn as shapes before lines
    chars: CharBoxes | None = None  # pages with drawn rules: every character's box
    rules: tuple[list[Rule], list[Rule]] = ([], [])  # and the rules, for grid_tables

    @property
    def has_text(self) -> bool:
        return bool(self.text.strip())

    @property
    def needs_layout(self) -> bool:
        # every page is read by geometry (lines as they stand, cells at their columns);
        # pdfium and pdfplumber disagree on rotated coordinates: rotated pages keep fast text
        return not self.rotated


def scan_page(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, index: int) -> PageScan:
    scan = PageScan(index, textpage.get_text_range(), media_box(page),
                    rotated=page.get_rotation() != 0)
    if not scan.has_text:
        return scan
    boxes = text_rects(textpage)
    top, bottom = band_lines(boxes, scan.media, BAND, BAND_LINES)
    for band, lines in ((TOP, top), (BOTTOM, bottom)):
        for piece in _candidates(textpage, lines):
            scan.pieces.append(BandPiece(band, piece, _locate(textpage, scan.text, piece)))
    if not scan.rotated:
        in_band = [p.piece.box for p in scan.pieces]
        body = [b for b in boxes if not any(contains(f, b) for f in in_band)]
        scan.ruled, marks = path_hints(page)
        scan.gutter = find_gutter(body, mixed=True)
        # the lines of the bands too: a column's last item may stand in the bottom band
        scan.marks = bullet_marks(marks, boxes)
        scan.cells = has_cells(body)
        scan.body, scan.rects = body, boxes
        scan.rect_texts = bounded_texts(textpage, boxes)
        if scan.ruled:
            scan.chars = char_boxes(textpage, scan.text)
            scan.rules = grid_rules(page, scan.media)
    return scan


# A document set in two columns keeps its gutter on pages whose own columns do not prove it
# (a page of short lines: a signature list beside prose, a table in one column).
MIN_COLUMN_PAGES = 0.5
MAX_GUTTER_CROSSING = 0.05


def document_gutter(scans: list[PageScan]) -> float | None:
    """The gutter of a document laid out in two columns: found on half its pages or more,
    at about the same place."""
    found = sorted(s.gutter for s in scans if s.gutter is not None)
    with_text = [s for s in scans if s.has_text and not s.rotated]
    # (a short document may show its gutter on one page only: the others then hold it or not
    # by `gutter_holds`)
    if not found or len(found) < MIN_COLUMN_PAGES * len(with_text):
        return None
    middle = found[len(found) // 2]
    near = [g for g in found if abs(g - middle) <= 10]
    return middle if len(near) >= MIN_COLUMN_PAGES * len(found) else None


def gutter_holds(scan: PageScan, gutter: float) -> float | None:
    """The document's gutter on this page, if text stands on both sides of it and almost
    nothing crosses it."""
    left = sum(1 for b in scan.body if b.right <= gutter)
    right = sum(1 for b in scan.body if b.left >= gutter)
    crossing = sum(1 for b in scan.body if b.left < gutter < b.right)
    if left and right and crossing <= MAX_GUTTER_CROSSING * len(scan.body):
        return gutter
    return None


def bullet_marks(marks: list[Box], body: list[Box]) -> list[Box]:
    """The marks that stand just before the first run of a line, at its height."""
    if not marks or not body:
        return []
    starts: dict[int, Box] = {}
    for b in body:
        key = round((b.top + b.bottom) / 2)
        if key not in starts or b.left < starts[key].left:
            starts[key] = b
    out = []
    for m in marks:
        y = (m.top + m.bottom) / 2
        for first in starts.values():
            if first.bottom <= y <= first.top and 0 <= first.left - m.right <= 3 * first.height:
                out.append(m)
                break
    return out


def marks_apart_from(marks: list[Box], furniture: list[Box]) -> list[Box]:
    """The bullet marks that stand before no piece of page furniture."""
    return [m for m in marks if not any(
        f.bottom <= (m.top + m.bottom) / 2 <= f.top and 0 <= f.left - m.right <= 3 * f.height
        for f in furniture)]


def _candidates(textpage: pdfium.PdfTextPage, lines: list[BandLine]) -> list[Piece]:
    """Pieces of the lines from the edge up to the first wide gap; a lone page number
    at the very edge does not count, the running header may stand apart from it."""
    pieces: list[Piece] = []
    only_numbers = True
    for line in lines:
        if line.gap >= EDGE_GAP_LINE_HEIGHTS and pieces and not only_numbers:
            break
        for piece in line.pieces:
            piece.text = piece_text(textpage, piece)
            only_numbers = only_numbers and looks_like_page_number(piece.text)
        pieces.extend(line.pieces)
    return pieces


def contains(outer: Box, inner: Box, slack: float = 0.5) -> bool:
    return (outer.left <= inner.left + slack and inner.right <= outer.right + slack
            and outer.bottom <= inner.bottom + slack and inner.top <= outer.top + slack)


def remove_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` without the spans; overlapping spans are cut once."""
    parts = []
    pos = 0
    for start, end in sorted(spans):
        parts.append(text[pos:max(start, pos)])
        pos = max(pos, end)
    parts.append(text[pos:])
    return "".join(parts)


def _locate(textpage: pdfium.PdfTextPage, full: str, piece: Piece) -> tuple[int, int] | None:
    """Where the piece's text sits in the page text, found by position: the character
    under its left edge. A piece that is a whole line takes its line break along."""
    if not piece.text:
        return None
    box = piece.box
    char = textpage.get_index(box.left + 0.5, (box.bottom + box.top) / 2, 1.0, 1.0)
    start = None
    if char is not None:
        start = pdfium_c.FPDFText_GetTextIndexFromCharIndex(textpage, char)
    if start is None or start < 0 or full[start:start + len(piece.text)] != piece.text:
        start = _unique_line(full, piece.text)
        if start is None:
            return None
    end = start + len(piece.text)
    if start == 0 or full[start - 1] == "\n":
        end += len(_LINE_END.match(full, end).group())
    return start, end


def _unique_line(full: str, text: str) -> int | None:
    """Fallback when the position lookup fails: the one line that is exactly `text`."""
    hits = [m.start() for m in re.finditer(rf"(?m)^[ \t]*{re.escape(text)}[ \t]*\r?$", full)]
    if len(hits) != 1:
        return None
    return full.index(text, hits[0])
