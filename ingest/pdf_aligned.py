"""A page's lines with their columns kept, as `pdftotext -layout` prints them and as text
transcripts of tables look: a cell of an unruled table starts at the column where it stands
on the page, cells are set apart by two spaces or more, and a cell that wraps goes on below
at its own column. Bullets drawn as small shapes come back as "•".

So a digital PDF gives the text form that the one table reader (`extract.text_tables`)
already knows from transcripts, and no extractor needs to know the medium.

Built from pdfium's text rectangles (one per run of characters on a line; a cell gap starts
a new one) and the text of each (one bounded-text call per rectangle, made when the page is
scanned): no per-character loop.
"""
from __future__ import annotations

import re
from statistics import median

from .pdf_page import Box, group_lines

# Runs further apart than this many line heights are cells (a word space is ~0.3).
CELL_GAP = 1.0
# Runs closer than this share of a line height touch (one word in two fonts).
TOUCH_GAP = 0.1
# A blank line where the space between two lines is at least this many line heights.
PARAGRAPH_GAP = 0.9
# or this many line heights at least, and this many times the column's usual line gap
MIN_PARAGRAPH_GAP = 0.5
PARAGRAPH_SPREAD = 2.0
# or the foot of the line stands this many times the column's usual distance below the last
PITCH_SPREAD = 1.35
MIN_PITCHES = 3
# or where the type changes between a line this many times the column's usual height and one
# of the usual size
LARGE_TYPE = 1.3
WIDE_TYPE = 1.1  # and its letters this many times as wide as the column's usual ones
MIN_LINES_FOR_SIZE = 4  # lines in a column before its usual height means anything
BULLET = "•"
_HYPHEN_MARK = "\x02"
COLUMN_SHARE = 0.85
GUTTER_SLACK = 2.0
_MARKER = re.compile(r"^(?:[•·▪◦‣∙●○■□–—-]|\d{1,2}[.)]|[a-h][.)])$")


def aligned_text(pieces: list[tuple[Box, str]], marks: list[Box],
                 gutter: float | None = None) -> str:
    """The page's text, line by line, cells at their columns. `pieces` are the body's text
    rectangles with pdfium's text of each (furniture already left out), `marks` the bullets
    drawn as shapes. With a `gutter`, the left column is read before the right one between
    full-width lines."""
    # pdfium marks a hyphen that ends a line with \x02; the shared clean-up decides on it
    pieces = [(b, t.replace(_HYPHEN_MARK, "-").strip()) for b, t in pieces]
    return aligned_lines([(b, t) for b, t in pieces if t], marks, gutter)


def aligned_lines(pieces: list[tuple[Box, str]], marks: list[Box] = (),
                  gutter: float | None = None) -> str:
    """Text runs with their boxes (PDF space, y upwards) set out as lines: a run after a
    cell gap at its own column, a blank line where lines stand apart, each column in turn.
    Digital pages give pdfium's runs, scanned pages Tesseract's words."""
    texts = {id(b): t for b, t in pieces}
    rects = [b for b, _ in pieces] + list(marks)
    mark_ids = {id(m) for m in marks}
    if not rects:
        return ""
    # a column is a little narrower than the median character, so that a long cell in a
    # proportional font seldom runs into the column after it
    widths = [b.width / len(t) for b, t in pieces if len(t) >= 4]
    char_w = max(COLUMN_SHARE * (median(widths) if widths else 5.0), 1.0)
    out: list[str] = []
    previous: tuple[str, list[list[Box]]] | None = None
    for side, group in _reading_groups(rects, gutter):
        if out and not (previous is not None and previous[0] == "left" and side == "right"
                        and _runs_on(previous[1], group)):
            out.append("")
        previous = (side, group)
        margin = min(b.left for line in group for b in line)
        spans = [_span(line) for line in group]
        gaps = sorted(a.bottom - b.top for a, b in zip(spans, spans[1:], strict=False))
        usual = gaps[len(gaps) // 2] if gaps else 0.0
        pitch = _usual_pitch(spans)
        large = _large_lines(spans, [_char_width(line, texts) for line in group])
        for k, line in enumerate(group):
            if k and (_paragraph_break(spans[k - 1], spans[k], usual, pitch)
                      or large[k] != large[k - 1]):
                out.append("")
            out.append(_line(line, texts, mark_ids, margin, char_w))
    return "\n".join(out)


def _large_lines(spans: list[Box], widths: list[float | None]) -> list[bool]:
    """Lines set in a type larger than the column's usual one (a heading): taller and with
    wider letters (a scan's box of one word may be tall from a speck, its letters are not
    wide), set apart from the text under it however little space the layout left there."""
    known = [w for w in widths if w]
    if len(spans) < MIN_LINES_FOR_SIZE or not known:
        return [False] * len(spans)
    usual, letter = median(s.height for s in spans), median(known)
    return [s.height >= LARGE_TYPE * usual and bool(w) and w >= WIDE_TYPE * letter
            for s, w in zip(spans, widths, strict=True)]


def _char_width(line: list[Box], texts: dict[int, str]) -> float | None:
    """How wide a line's letters are on average (its runs' widths over their characters)."""
    runs = [(b.width, len(texts[id(b)])) for b in line if id(b) in texts]
    chars = sum(n for _, n in runs)
    return sum(w for w, _ in runs) / chars if chars else None


def _usual_pitch(spans: list[Box]) -> float | None:
    """The median distance from one line's foot to the next one's in a column, if it has
    lines enough for a median to mean anything."""
    pitches = sorted(a.bottom - b.bottom for a, b in zip(spans, spans[1:], strict=False))
    return pitches[len(pitches) // 2] if len(pitches) >= MIN_PITCHES else None


def _paragraph_break(prev: Box, span: Box, usual: float, pitch: float | None = None) -> bool:
    """Lines stand apart as paragraphs do: further apart than most lines of the column are
    (a scan's word boxes are tight, a PDF's leading loose: each page is its own measure).
    The feet of the lines measure it too: a heading in a larger type is tall enough to
    close the gap above it, yet its foot stands further down than a line's would."""
    gap = prev.bottom - span.top
    return gap >= PARAGRAPH_GAP * span.height or (
        gap >= MIN_PARAGRAPH_GAP * span.height and gap >= PARAGRAPH_SPREAD * max(usual, 0.0)) or (
        pitch is not None and pitch > 0 and prev.bottom - span.bottom >= PITCH_SPREAD * pitch)


def _span(line: list[Box]) -> Box:
    span = line[0]
    for b in line[1:]:
        span = span.union(b)
    return span


def _lines(rects: list[Box]) -> list[list[Box]]:
    """Rectangles on one line: each one's middle lies within the other's height (a large
    title beside two lines of small text takes neither of them), or a small mark's middle
    within the line; top line first."""
    lines: list[list[Box]] = []
    spans: list[Box] = []
    for box in sorted(rects, key=lambda b: -(b.top + b.bottom)):
        mid = (box.top + box.bottom) / 2
        for i, span in enumerate(spans):
            if span.bottom <= mid <= span.top and (
                    box.bottom <= (span.top + span.bottom) / 2 <= box.top
                    or box.height < 0.5 * span.height):  # a dash or a bullet on the line
                lines[i].append(box)
                spans[i] = span.union(box)
                break
        else:
            lines.append([box])
            spans.append(box)
    order = sorted(range(len(lines)), key=lambda i: -(spans[i].top + spans[i].bottom))
    return [sorted(lines[i], key=lambda b: b.left) for i in order]


def _runs_on(left: list[list[Box]], right: list[list[Box]]) -> bool:
    """Whether the text goes on from the foot of the left column to the top of the right
    one: the left column reaches as far down as the right one (it was filled, not ended
    early by a break). Then no blank line is put between them: where a paragraph or a list
    ends is for the lines themselves to say, as on a page break inside a column."""
    last = _span(left[-1])
    return last.bottom <= min(_span(line).bottom for line in right) + 1.5 * last.height


def _reading_groups(rects: list[Box],
                    gutter: float | None) -> list[tuple[str, list[list[Box]]]]:
    """Runs of lines read together, top to bottom, each with its side (full, left, right).
    With a gutter, a rectangle across it makes a full-width line; between two full-width
    lines the left column's lines come first, then the right column's."""
    if gutter is None:
        return [("full", _lines(rects))] if rects else []
    lo, hi = gutter - GUTTER_SLACK, gutter + GUTTER_SLACK
    full = _lines([b for b in rects if b.left < lo and b.right > hi])
    left = _lines([b for b in rects if b.right <= hi])
    right = _lines([b for b in rects if b.left >= lo and b.right > hi])
    groups: list[tuple[str, list[list[Box]]]] = []
    pending: list[list[Box]] = []  # full-width lines in a row
    upper = float("inf")
    for line in [*full, None]:
        lower = _middle(line) if line is not None else float("-inf")
        parts = [[ln for ln in side if lower < _middle(ln) < upper] for side in (left, right)]
        if any(parts):
            if pending:
                groups.append(("full", pending))
                pending = []
            groups.extend((name, p) for name, p in zip(("left", "right"), parts, strict=True)
                          if p)
        if line is not None:
            pending.append(line)
            upper = lower
    if pending:
        groups.append(("full", pending))
    return groups


def _middle(line: list[Box]) -> float:
    span = _span(line)
    return (span.top + span.bottom) / 2


def _line(line: list[Box], texts: dict[int, str], marks: set[int], margin: float,
          char_w: float) -> str:
    """One line: the first run at its indent, a run after a cell gap at its own column (two
    spaces at least), a run after a word space or touching with one space or none."""
    parts: list[str] = []
    length = 0
    last: Box | None = None
    for b in line:
        text = BULLET if id(b) in marks else texts[id(b)]
        column = round((b.left - margin) / char_w)
        if last is None:
            pad = " " * column
        elif _MARKER.match(parts[-1].lstrip()):
            pad = " "  # a list marker in a column of its own: "1.  Text" reads "1. Text"
        else:
            gap = b.left - last.right
            height = max(last.height, b.height, 1.0)
            if gap >= CELL_GAP * height:
                pad = " " * max(column - length, 2)
            elif gap <= TOUCH_GAP * height:
                pad = ""
            else:
                pad = " "
        parts.append(pad + text)
        length += len(pad) + len(text)
        last = b
    return "".join(parts).rstrip()


def has_cells(boxes: list[Box], min_lines: int = 2) -> bool:
    """Whether lines of the page hold runs set apart by cell gaps (an unruled table)."""
    found = 0
    for line in group_lines(boxes):
        for a, b in zip(line, line[1:], strict=False):
            if b.left - a.right >= CELL_GAP * max(a.height, b.height, 1.0):
                found += 1
                break
        if found >= min_lines:
            return True
    return False
