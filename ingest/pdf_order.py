"""Reading order from geometry: words into lines, lines cut at a column gutter, tables as
blocks, and the page read top to bottom with the left column before the right one.

Coordinates are top-down (`top` grows downwards) in whatever space the caller measured;
only their relative positions matter. Used by both pdfplumber and pdfium readings.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# Runs share a line when they overlap vertically by this share of the smaller height.
LINE_OVERLAP = 0.5
# Runs closer than this many line heights are one word (a font change inside a word).
JOIN_GAP = 0.1
# A line is cut at the gutter only across a gap this wide (word spaces are ~0.3 em).
GUTTER_GAP_HEIGHTS = 0.8
MIN_GUTTER_GAP = 5.0
BLOCK_TOLERANCE = 2.0


@dataclass
class Run:
    """A word or a run of text on one line."""

    x0: float
    x1: float
    top: float
    bottom: float
    text: str

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 0.1)


@dataclass
class Block:
    """Pre-formatted text with a place on the page: a table as tab-separated rows."""

    x0: float
    x1: float
    top: float
    text: str


@dataclass
class _Item:
    top: float
    x0: float
    text: str
    column: str  # left | right | full


def order_text(runs: Iterable[Run], blocks: Iterable[Block], gutter: float | None) -> str:
    """The page as text: one line per line, blocks where they stand, columns one by one."""
    items = [item for line in group_lines(runs) for item in _split_line(line, gutter)]
    items += [_Item(b.top, b.x0, b.text, _column(b.x0, b.x1, gutter)) for b in blocks]
    return "\n".join(item.text for item in _reading_order(items) if item.text)


def group_lines(runs: Iterable[Run]) -> list[list[Run]]:
    """Runs that overlap vertically form a line; each line left to right."""
    lines: list[list[Run]] = []
    span: tuple[float, float] = (0.0, 0.0)
    for run in sorted(runs, key=lambda r: (r.top, r.x0)):
        if lines:
            overlap = min(span[1], run.bottom) - max(span[0], run.top)
            if overlap >= LINE_OVERLAP * min(span[1] - span[0], run.height):
                lines[-1].append(run)
                span = (min(span[0], run.top), max(span[1], run.bottom))
                continue
        lines.append([run])
        span = (run.top, run.bottom)
    return [sorted(line, key=lambda r: r.x0) for line in lines]


def join_runs(runs: list[Run]) -> str:
    """Runs of a line joined by a space, except where they touch (one word, two fonts)."""
    parts = [runs[0].text]
    for prev, run in zip(runs, runs[1:], strict=False):
        touching = run.x0 - prev.x1 <= JOIN_GAP * max(prev.height, run.height)
        parts.append(run.text if touching else " " + run.text)
    return "".join(parts)


def _split_line(line: list[Run], gutter: float | None) -> list[_Item]:
    """A line is cut at the gutter only where a wide gap lies across it; a centred title
    whose word space happens to fall on the gutter stays whole."""
    if gutter is not None:
        left = [r for r in line if r.x1 <= gutter]
        right = [r for r in line if r.x0 >= gutter]
        min_gap = max(MIN_GUTTER_GAP, GUTTER_GAP_HEIGHTS * max(r.height for r in line))
        if len(left) + len(right) == len(line):
            if not right:
                return [_item(left, "left")]
            if not left:
                return [_item(right, "right")]
            if right[0].x0 - left[-1].x1 >= min_gap:
                return [_item(left, "left"), _item(right, "right")]
    return [_item(line, "full")]


def _item(runs: list[Run], column: str) -> _Item:
    return _Item(min(r.top for r in runs), runs[0].x0, join_runs(runs), column)


def _column(x0: float, x1: float, gutter: float | None) -> str:
    if gutter is None:
        return "full"
    if x1 <= gutter + BLOCK_TOLERANCE:
        return "left"
    if x0 >= gutter - BLOCK_TOLERANCE:
        return "right"
    return "full"


def _reading_order(items: list[_Item]) -> list[_Item]:
    """Top to bottom; between full-width items, the left column first, then the right."""
    ordered: list[_Item] = []
    left: list[_Item] = []
    right: list[_Item] = []

    def flush() -> None:
        ordered.extend(sorted(left, key=lambda i: i.top))
        ordered.extend(sorted(right, key=lambda i: i.top))
        left.clear()
        right.clear()

    for item in sorted(items, key=lambda i: (i.top, i.x0)):
        if item.column == "full":
            flush()
            ordered.append(item)
        else:
            (left if item.column == "left" else right).append(item)
    flush()
    return ordered
