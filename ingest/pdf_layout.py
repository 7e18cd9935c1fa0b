"""The slow path: pdfplumber geometry for pages with ruled tables or two columns.

Tables come out as rows of tab-separated cells at their place in reading order; text
outside them comes out line by line, column by column. Coordinates here are pdfplumber's:
origin top left, `top` grows downwards.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pdfplumber.page

# Tolerance for words to share a line (points) and the gap at the gutter that splits a
# line into a left and a right part (in line heights; word spaces are ~0.3 of one).
LINE_TOLERANCE = 3.0
GUTTER_GAP_LINE_HEIGHTS = 0.8
MIN_GUTTER_GAP = 5.0
# pdfium's boxes are tight around the glyphs, pdfplumber's span the whole font height
BOX_PADDING = 2.0
MIN_TABLE_COLUMNS = 2  # a single framed box is a text box, not a table

PlumberBox = tuple[float, float, float, float]  # x0, top, x1, bottom
_CELL_SPACE = re.compile(r"\s*[\n\t]\s*")


@dataclass
class _Item:
    top: float
    x0: float
    x1: float
    text: str
    column: str = "full"  # left | right | full


def layout_text(page: pdfplumber.page.Page, gutter: float | None, exclude: list[PlumberBox],
                find_tables: bool) -> str | None:
    """Text of the page in reading order, or None when the geometry finds nothing to fix
    (no table and no columns), so the caller keeps the fast text."""
    tables = _tables(page) if find_tables else []
    if not tables and gutter is None:
        return None
    blocked = [t[0] for t in tables] + [_pad(b) for b in exclude]
    words = _words(page, blocked)
    items = [item for line in _lines(words) for item in _split_line(line, gutter)]
    items += [_Item(box[1], box[0], box[2], text, _column(box[0], box[2], gutter))
              for box, text in tables]
    return "\n".join(item.text for item in _reading_order(items))


def _tables(page: pdfplumber.page.Page) -> list[tuple[PlumberBox, str]]:
    found = []
    for table in page.find_tables():
        rows = [[_cell(c) for c in row] for row in table.extract()]
        rows = [row for row in rows if any(row)]
        if rows and max(len(r) for r in rows) >= MIN_TABLE_COLUMNS:
            found.append((tuple(table.bbox), "\n".join("\t".join(r) for r in rows)))
    return found


def _cell(text: str | None) -> str:
    """Lines inside a cell are one value; a tab inside would break the row."""
    return _CELL_SPACE.sub(" ", text or "").strip()


def _pad(box: PlumberBox) -> PlumberBox:
    return (box[0] - BOX_PADDING, box[1] - BOX_PADDING, box[2] + BOX_PADDING,
            box[3] + BOX_PADDING)


def _inside(obj: dict, boxes: list[PlumberBox]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)


def _words(page: pdfplumber.page.Page, blocked: list[PlumberBox]) -> list[dict]:
    """Words made of the characters outside tables and page furniture."""
    def keep(obj: dict) -> bool:
        return obj.get("object_type") != "char" or not _inside(obj, blocked)

    source = page.filter(keep) if blocked else page
    return source.extract_words(keep_blank_chars=False, use_text_flow=False)


def _lines(words: list[dict]) -> list[list[dict]]:
    """Words whose tops agree within a tolerance share a line, left to right."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(word["top"] - lines[-1][0]["top"]) <= LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _split_line(line: list[dict], gutter: float | None) -> list[_Item]:
    """A line is cut at the gutter only where a wide gap lies across it; a centred title
    whose word space happens to fall on the gutter stays whole."""
    if gutter is not None:
        left = [w for w in line if w["x1"] <= gutter]
        right = [w for w in line if w["x0"] >= gutter]
        height = max(w["bottom"] - w["top"] for w in line)
        min_gap = max(MIN_GUTTER_GAP, GUTTER_GAP_LINE_HEIGHTS * height)
        if len(left) + len(right) == len(line):
            if not right:
                return [_item(left, "left")]
            if not left:
                return [_item(right, "right")]
            if right[0]["x0"] - left[-1]["x1"] >= min_gap:
                return [_item(left, "left"), _item(right, "right")]
    return [_item(line, "full")]


def _item(words: list[dict], column: str) -> _Item:
    return _Item(min(w["top"] for w in words), words[0]["x0"], words[-1]["x1"],
                 " ".join(w["text"] for w in words), column)


def _column(x0: float, x1: float, gutter: float | None) -> str:
    if gutter is None:
        return "full"
    if x1 <= gutter + BOX_PADDING:
        return "left"
    if x0 >= gutter - BOX_PADDING:
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
