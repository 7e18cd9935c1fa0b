"""Page geometry from pypdfium2: text rectangles grouped into lines and pieces, a
ruled-table hint from the drawn lines, a two-column gutter from where text sits, and
words with boxes for the pages whose reading order must come from geometry.

Coordinates are PDF user space as pdfium reports them: origin bottom left, y grows upwards.
Everything here works on pdfium's text rectangles (a handful per line) and page objects;
character boxes, for the pages with drawn tables, are `pdf_chars`'s.
"""
from __future__ import annotations

import ctypes
import threading
from dataclasses import dataclass
from statistics import median

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# A horizontal gap this many line heights wide splits a line into separate pieces
# ("Samordningsförbundet X" at the left and "Sida 3" at the right of one header line).
PIECE_GAP_LINE_HEIGHTS = 2.0
# Path objects thinner than this are drawn rules; a ruled table needs a few of each direction.
RULE_THICKNESS = 2.5
RULE_MIN_LENGTH = 8.0
MIN_H_RULES = 3
MIN_V_RULES = 2
MIN_CELL_BOXES = 4
RECT_SEGMENTS = 5  # a rectangle: move, three or four lines (and a close)
GRID_SEGMENTS = 12  # a straight-edged path this long draws a grid
MAX_FORM_DEPTH = 3
# A bullet drawn as a shape: a dot or square this many points across (a rule is longer)
MARK_MIN, MARK_MAX = 1.5, 8.0
MAX_MARKS = 400
# Two-column test: the gutter is searched in the middle of the text block.
GUTTER_SEARCH = (0.3, 0.7)
GUTTER_HALF_WIDTH = 3.0
GUTTER_STEP = 2.0
MIN_COLUMN_RECTS = 5
MAX_CROSSING_SHARE = 0.1
ONE_COLUMN_SHARE = 0.6
MIN_COLUMN_FILL = 0.5
MIN_VERTICAL_OVERLAP = 0.5
# a column of prose has few lines with a cell gap (a table's side has many)
CELL_GAP_HEIGHTS = 1.0
MAX_GAPPED_SHARE = 0.2
# Columns that hold tables, lists or short lines besides running text: nothing crosses the
# gutter beside them, it lies in the middle of the text block, each side has some lines of
# running text (from its margin, most of its width, no cell gap), and the two sides' lines
# stand level only by chance (a table's cells in one row stand level by design).
MIDDLE_SLACK = 0.03
RUNNING_TEXT_INDENT = 1.5  # line heights from the side's margin (a bullet's hanging indent)
RUNNING_TEXT_SPAN = 0.6
MIN_RUNNING_SHARE = 0.1
LEVEL_TOLERANCE = 1.0  # points: two lines whose tops or bottoms lie this close stand level
MAX_LEVEL_SHARE = 0.55


@dataclass(frozen=True)
class Box:
    left: float
    bottom: float
    right: float
    top: float

    @property
    def height(self) -> float:
        return self.top - self.bottom

    @property
    def width(self) -> float:
        return self.right - self.left

    def union(self, other: Box) -> Box:
        return Box(min(self.left, other.left), min(self.bottom, other.bottom),
                   max(self.right, other.right), max(self.top, other.top))


@dataclass
class Piece:
    """A run of text on one line, separated from its neighbours by a wide gap."""

    box: Box
    line: int  # 0 = the line nearest the page edge
    text: str = ""


def text_rects(textpage: pdfium.PdfTextPage) -> list[Box]:
    """pdfium's text rectangles: one per run of characters on a line."""
    n = pdfium_c.FPDFText_CountRects(textpage, 0, -1)
    # reuse the ctypes cells: this loop runs for every page of every document
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    boxes = []
    for i in range(max(n, 0)):
        if pdfium_c.FPDFText_GetRect(textpage, i, left, top, right, bottom):
            boxes.append(Box(left.value, bottom.value, right.value, top.value))
    return boxes


def group_lines(boxes: list[Box]) -> list[list[Box]]:
    """Boxes that overlap vertically by half their height form a line; top line first."""
    lines: list[list[Box]] = []
    # each line's vertical extent, kept as plain floats: this loop runs for every pair of a
    # box and a line above it, several times per page
    bottoms: list[float] = []
    tops: list[float] = []
    for box in sorted(boxes, key=lambda b: -(b.top + b.bottom)):
        b_bottom, b_top = box.bottom, box.top
        b_height = b_top - b_bottom
        for i in range(len(lines)):
            s_bottom, s_top = bottoms[i], tops[i]
            s_height = s_top - s_bottom
            # min() and max() written out: the same values, a third of the time
            overlap = (s_top if s_top <= b_top else b_top) - \
                (s_bottom if s_bottom >= b_bottom else b_bottom)
            if overlap >= 0.5 * (s_height if s_height <= b_height else b_height):
                lines[i].append(box)
                if b_bottom < s_bottom:
                    bottoms[i] = b_bottom
                if b_top > s_top:
                    tops[i] = b_top
                break
        else:
            lines.append([box])
            bottoms.append(b_bottom)
            tops.append(b_top)
    order = sorted(range(len(lines)), key=lambda i: -(tops[i] + bottoms[i]))
    return [sorted(lines[i], key=lambda b: b.left) for i in order]


def line_pieces(line: list[Box], number: int) -> list[Piece]:
    """Split a line where the gap is wider than a couple of line heights."""
    pieces = []
    current = line[0]
    for box in line[1:]:
        gap_limit = PIECE_GAP_LINE_HEIGHTS * max(current.height, box.height, 1.0)
        if box.left - current.right > gap_limit:
            pieces.append(Piece(current, number))
            current = box
        else:
            current = current.union(box)
    pieces.append(Piece(current, number))
    return pieces


@dataclass
class BandLine:
    """A line near the top or bottom edge, and the empty space between it and the line
    before it seen from that edge, in line heights (0 for the outermost line)."""

    pieces: list[Piece]
    gap: float


def band_lines(boxes: list[Box], page_box: Box, band: float,
               max_lines: int) -> tuple[list[BandLine], list[BandLine]]:
    """The outermost lines of the top band and of the bottom band, each from its edge."""
    top_limit = page_box.top - band * page_box.height
    bottom_limit = page_box.bottom + band * page_box.height
    top = group_lines([b for b in boxes if (b.top + b.bottom) / 2 >= top_limit])
    bottom = group_lines([b for b in boxes if (b.top + b.bottom) / 2 <= bottom_limit])
    return _edge_lines(top[:max_lines]), _edge_lines(bottom[::-1][:max_lines])


def _edge_lines(lines: list[list[Box]]) -> list[BandLine]:
    result = []
    previous: Box | None = None
    for number, line in enumerate(lines):
        span = line[0]
        for box in line[1:]:
            span = span.union(box)
        gap = 0.0
        if previous is not None:
            space = max(previous.bottom - span.top, span.bottom - previous.top, 0.0)
            gap = space / max(previous.height, span.height, 1.0)
        result.append(BandLine(line_pieces(line, number), gap))
        previous = span
    return result


def piece_text(textpage: pdfium.PdfTextPage, piece: Piece) -> str:
    return bounded_texts(textpage, [piece.box])[0].strip()


def bounded_texts(textpage: pdfium.PdfTextPage, boxes: list[Box]) -> list[str]:
    """The text inside each box, as `get_text_bounded` gives it, with one call per box
    instead of two (a buffer the size of the page's text is reused)."""
    size = 2 * max(textpage.count_chars(), 0) + 64
    buffer = _buffer(size)
    texts = []
    for b in boxes:
        n = pdfium_c.FPDFText_GetBoundedText(textpage, b.left, b.top, b.right, b.bottom,
                                             buffer, size)
        if n >= size:  # could not be more than the page, but never cut a text short
            texts.append(textpage.get_text_bounded(b.left, b.bottom, b.right, b.top))
            continue
        if n > 0 and buffer[n - 1] == 0:  # with room for it, pdfium writes a NUL and counts it
            n -= 1
        texts.append(ctypes.string_at(buffer, 2 * max(n, 0)).decode("utf-16-le", "ignore"))
    return texts


_local = threading.local()  # a buffer per thread (a Dask worker reads in threads)


def _buffer(size: int) -> ctypes.Array:
    buffer = getattr(_local, "buffer", None)
    if buffer is None or len(buffer) < size:
        buffer = _local.buffer = (ctypes.c_ushort * size)()
    return buffer


def media_box(page: pdfium.PdfPage) -> Box:
    """The media box: bands are measured on it, and pdfplumber counts from its corner."""
    return Box(*page.get_mediabox())


def path_hints(page: pdfium.PdfPage) -> tuple[bool, list[Box]]:
    """Two cheap hints from the drawn paths, in one pass over them.

    - A ruled table: several horizontal and vertical rules, a number of rectangles, or one
      straight-edged path that draws a whole grid. Curved shapes (a vector logo on every
      page) do not count. Only such pages are worth a geometric reading.
    - Bullet marks: small shapes about as wide as high (a list drawn with vector dots or
      squares instead of a "•" glyph); the caller keeps those that stand before a line.
    """
    h_rules = v_rules = boxes = 0
    ruled = False
    marks: list[Box] = []
    for obj, (left, bottom, right, top) in _paths(page):
        width, height = right - left, top - bottom
        if MARK_MIN <= width <= MARK_MAX and MARK_MIN <= height <= MARK_MAX \
                and 0.6 <= width / height <= 1.6:
            if len(marks) < MAX_MARKS:
                marks.append(Box(left, bottom, right, top))
            continue
        if ruled:
            continue
        if height <= RULE_THICKNESS and width >= RULE_MIN_LENGTH:
            h_rules += 1
        elif width <= RULE_THICKNESS and height >= RULE_MIN_LENGTH:
            v_rules += 1
        elif width >= RULE_MIN_LENGTH and height >= RULE_MIN_LENGTH:
            segments = pdfium_c.FPDFPath_CountSegments(obj)
            if segments >= GRID_SEGMENTS and _straight(obj, segments):
                ruled = True
            elif segments <= RECT_SEGMENTS and _straight(obj, segments):
                boxes += 1
        if (h_rules >= MIN_H_RULES and v_rules >= MIN_V_RULES) or boxes >= MIN_CELL_BOXES:
            ruled = True
    return ruled, marks


def has_ruled_table(page: pdfium.PdfPage) -> bool:
    return path_hints(page)[0]


def _straight(obj, segments: int) -> bool:
    """No curve among the path's segments (stops at the first curve)."""
    for k in range(segments):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, k)
        if pdfium_c.FPDFPathSegment_GetType(segment) == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            return False
    return True


def _paths(page: pdfium.PdfPage):
    """Path objects with their bounds, descending into form XObjects."""
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    stack = [(pdfium_c.FPDFPage_CountObjects(page),
              lambda i: pdfium_c.FPDFPage_GetObject(page, i), 0)]
    while stack:
        count, get, depth = stack.pop()
        for i in range(max(count, 0)):
            obj = get(i)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                if pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                    yield obj, (left.value, bottom.value, right.value, top.value)
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < MAX_FORM_DEPTH:
                stack.append((pdfium_c.FPDFFormObj_CountObjects(obj),
                              lambda j, o=obj: pdfium_c.FPDFFormObj_GetObject(o, j), depth + 1))


def find_gutter(boxes: list[Box], mixed: bool = False) -> float | None:
    """x of a vertical gutter that splits the body text into two columns, or None.

    The gutter is a narrow strip in the middle of the text block that few text runs
    cross (a full-width title or table may), with enough text on both sides over the same
    height, and with lines on each side that fill their column: an unruled table of labels
    and amounts has a gutter too, but its amounts do not fill a column.

    With `mixed`, columns that also hold a table, a list of short items or a signature
    block are columns too where `_independent_columns` says so (a digital page's boxes sit
    exactly level where a table's cells share a row; a scan's word boxes do not).
    """
    if len(boxes) < 2 * MIN_COLUMN_RECTS:
        return None
    x0 = min(b.left for b in boxes)
    x1 = max(b.right for b in boxes)
    x = _emptiest_strip(boxes, x0, x1)
    if x is None:
        return None
    left = [b for b in boxes if b.right <= x]
    right = [b for b in boxes if b.left >= x]
    if len(left) < MIN_COLUMN_RECTS or len(right) < MIN_COLUMN_RECTS:
        return None
    if not _columns_side_by_side(left, right):
        return None
    crossing = [b for b in boxes if b.left < x < b.right]
    if not _few_crossings(crossing, left, right):
        return None
    left_lines, right_lines = group_lines(left), group_lines(right)
    if _columns_filled(left_lines, right_lines, x0, x, x1):
        return x
    if mixed and _independent_columns(left_lines, right_lines, crossing, x0, x, x1):
        return x
    return None


def _emptiest_strip(boxes: list[Box], x0: float, x1: float) -> float | None:
    """Centre of the strip crossed by the fewest runs; ties go to the page middle."""
    width = x1 - x0
    start, stop = x0 + GUTTER_SEARCH[0] * width, x0 + GUTTER_SEARCH[1] * width
    spanning = sum(1 for b in boxes if b.left < start and b.right > stop)
    if spanning > ONE_COLUMN_SHARE * len(boxes):
        return None  # most lines run across the whole middle: one column, decided cheaply
    middle = (x0 + x1) / 2
    xs = []
    x = start
    while x <= stop:
        xs.append(x)
        x += GUTTER_STEP
    if not xs:
        return None
    # runs crossing each strip, all strips at once (every page with enough text asks this)
    at = np.array(xs)[:, None]
    lefts = np.array([b.left for b in boxes])[None, :]
    rights = np.array([b.right for b in boxes])[None, :]
    crossing = ((lefts < at + GUTTER_HALF_WIDTH) & (rights > at - GUTTER_HALF_WIDTH)).sum(axis=1)
    return min(zip(crossing.tolist(), (abs(x - middle) for x in xs), xs, strict=True))[2]


def _columns_side_by_side(left: list[Box], right: list[Box]) -> bool:
    l_bottom, l_top = min(b.bottom for b in left), max(b.top for b in left)
    r_bottom, r_top = min(b.bottom for b in right), max(b.top for b in right)
    overlap = min(l_top, r_top) - max(l_bottom, r_bottom)
    shorter = min(l_top - l_bottom, r_top - r_bottom)
    return shorter > 0 and overlap >= MIN_VERTICAL_OVERLAP * shorter


def _columns_filled(left: list[list[Box]], right: list[list[Box]], x0: float, x: float,
                    x1: float) -> bool:
    """Lines of each column fill it (measured per line: pdfium may cut a line into several
    runs where a font changes or a justified word space widens)."""
    def filled(lines: list[list[Box]], width: float) -> bool:
        spans = [max(b.right for b in line) - min(b.left for b in line) for line in lines]
        # a side whose lines hold cells set apart by wide gaps is part of a table
        gapped = sum(1 for line in lines if _has_cell_gap(line))
        return median(spans) / max(width, 1.0) >= MIN_COLUMN_FILL \
            and gapped <= MAX_GAPPED_SHARE * len(lines)

    return filled(left, x - x0) and filled(right, x1 - x)


def _has_cell_gap(line: list[Box]) -> bool:
    return any(b.left - a.right >= CELL_GAP_HEIGHTS * max(a.height, b.height, 1.0)
               for a, b in zip(line, line[1:], strict=False))


def _independent_columns(left: list[list[Box]], right: list[list[Box]], crossing: list[Box],
                         x0: float, x: float, x1: float) -> bool:
    """Two columns of which one or both hold more than running text (a table, a list of
    short items, signatures): no run crosses the gutter beside them, the gutter lies in the
    middle of the text block, each side has some lines of running text, and the lines of
    the two sides stand level no more often than two independently set columns do."""
    if abs(x - (x0 + x1) / 2) > MIDDLE_SLACK * (x1 - x0):
        return False
    bottom = max(min(b.bottom for ln in left for b in ln), min(b.bottom for ln in right for b in ln))
    top = min(max(b.top for ln in left for b in ln), max(b.top for ln in right for b in ln))
    if any(bottom < (b.top + b.bottom) / 2 < top for b in crossing):
        return False
    if _running_share(left, x - x0) < MIN_RUNNING_SHARE \
            or _running_share(right, x1 - x) < MIN_RUNNING_SHARE:
        return False
    return _level_share(left, right, bottom, top) <= MAX_LEVEL_SHARE


def _running_share(lines: list[list[Box]], width: float) -> float:
    """Share of a side's lines that are running text: from the side's margin (or a bullet's
    hanging indent), across most of its width, without a cell gap."""
    margin = min(b.left for ln in lines for b in ln)
    running = 0
    for line in lines:
        left, right = line[0].left, max(b.right for b in line)
        height = max(b.height for b in line)
        if left - margin <= RUNNING_TEXT_INDENT * height \
                and right - left >= RUNNING_TEXT_SPAN * width and not _has_cell_gap(line):
            running += 1
    return running / len(lines)


def _level_share(left: list[list[Box]], right: list[list[Box]], bottom: float,
                 top: float) -> float:
    """Share of the right side's lines (beside the left side) whose top or bottom is level
    with a line of the left side."""
    def edges(line: list[Box]) -> tuple[float, float]:
        return max(b.top for b in line), min(b.bottom for b in line)

    def beside(lines: list[list[Box]]) -> list[tuple[float, float]]:
        out = []
        for line in lines:
            t, b = edges(line)
            if bottom - LEVEL_TOLERANCE <= (t + b) / 2 <= top + LEVEL_TOLERANCE:
                out.append((t, b))
        return out

    lefts, rights = beside(left), beside(right)
    if not rights:
        return 1.0
    level = sum(1 for t, b in rights if any(
        abs(t - lt) <= LEVEL_TOLERANCE or abs(b - lb) <= LEVEL_TOLERANCE for lt, lb in lefts))
    return level / len(rights)


def _few_crossings(crossing: list[Box], left: list[Box], right: list[Box]) -> bool:
    """Runs crossing the gutter beside the columns (not above or below them) must be rare."""
    bottom = max(min(b.bottom for b in left), min(b.bottom for b in right))
    top = min(max(b.top for b in left), max(b.top for b in right))
    beside = [b for b in crossing if bottom < (b.top + b.bottom) / 2 < top]
    return len(beside) <= MAX_CROSSING_SHARE * (len(left) + len(right))
