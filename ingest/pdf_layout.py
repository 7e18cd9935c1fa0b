"""The slow path: pdfplumber for pages with drawn (ruled) tables.

Tables come out as rows of tab-separated cells at their place in reading order, the text
around them line by line (column by column on a two-column page). Coordinates here are
pdfplumber's, `top` growing downwards; what the caller measured with pdfium is converted
on the way in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pdfplumber.page

from .pdf_order import Block, Run, order_text
from .pdf_page import Box

# pdfium's boxes are tight around the glyphs, pdfplumber's span the whole font height
BOX_PADDING = 2.0
MIN_TABLE_COLUMNS = 2  # a single framed box is a text box, not a table

PlumberBox = tuple[float, float, float, float]  # x0, top, x1, bottom
_CELL_SPACE = re.compile(r"\s*[\n\t]\s*")


def table_page_text(page: pdfplumber.page.Page, media: Box, gutter: float | None,
                    exclude: list[Box]) -> str | None:
    """Text of a page with tables in reading order, or None when pdfplumber finds no
    table after all, so the caller can take a cheaper path.

    `media` (the media box), `gutter` (an x) and `exclude` (page furniture, left out of
    the text) are in pdfium's user space.
    """
    tables = _tables(page)
    if not tables:
        return None
    if gutter is not None:
        gutter = gutter - media.left + page.bbox[0]
    blocked = [b.box for b in tables] + [_pad(_to_plumber(b, media, page)) for b in exclude]
    runs = [Run(w["x0"], w["x1"], w["top"], w["bottom"], w["text"])
            for w in _words(page, blocked)]
    return order_text(runs, [b.block for b in tables], gutter)


@dataclass
class _Table:
    box: PlumberBox
    block: Block


def _tables(page: pdfplumber.page.Page) -> list[_Table]:
    found = []
    for table in page.find_tables():
        rows = [[_cell(c) for c in row] for row in table.extract()]
        rows = [row for row in rows if any(row)]
        if rows and max(len(r) for r in rows) >= MIN_TABLE_COLUMNS:
            box = tuple(table.bbox)
            text = "\n".join("\t".join(r) for r in rows)
            found.append(_Table(box, Block(box[0], box[2], box[1], text)))
    return found


def _cell(text: str | None) -> str:
    """Lines inside a cell are one value; a tab inside would break the row."""
    return _CELL_SPACE.sub(" ", text or "").strip()


def _to_plumber(box: Box, media: Box, page: pdfplumber.page.Page) -> PlumberBox:
    """pdfium's y-up user space to pdfplumber's y-down space, anchored at the media box
    (pdfplumber keeps user-space x but measures `top` from the media box height)."""
    x0, top0 = page.bbox[0] - media.left, page.bbox[1] + media.top
    return (box.left + x0, top0 - box.top, box.right + x0, top0 - box.bottom)


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

    return page.filter(keep).extract_words(keep_blank_chars=False, use_text_flow=False)
