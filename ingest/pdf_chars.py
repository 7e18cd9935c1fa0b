"""Words with their boxes from pdfium's characters, for the pages whose tables are read from
the drawn grid: every character's box in one batched pass, the words made with array
operations.

pdfium has no call that returns all character boxes at once. Rather than a Python loop with
a ctypes call and a dozen comparisons per character, the boxes are written by pdfium straight
into numpy arrays: `map` drives `FPDFText_GetCharBox` over all indexes in C, with the
addresses of the array cells as arguments (about 0.5 µs a character against 1.3 µs).

A word is what the character loop this replaces made: characters in a row, none of them
white space, without a box or inside page furniture, each one close after the word so far
(a gap of at most WORD_GAP of the height, a step back of at most a fifth) and overlapping it
vertically. "The word so far" is the union of its boxes; the arrays compare each character
with the one before it, then check that the union gives the same answer everywhere, and where
it does not (rare: a low comma or underscore mid-word) the page is read by the loop itself.
"""
from __future__ import annotations

import ctypes
from dataclasses import dataclass
from functools import cache
from itertools import repeat

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .pdf_order import Run
from .pdf_page import Box

WORD_GAP = 0.5  # characters further apart than this share of their height start a new word
STEP_BACK = 0.2  # a character this share of the height left of the word's end still joins it
_HYPHEN_MARK = "\x02"  # pdfium's code for a hyphen that ends a line


@dataclass
class CharBoxes:
    """A page's characters: the text (one character per pdfium index) and their boxes."""

    text: str
    split_pairs: bool  # text from per-index code units: surrogate halves apart
    ok: np.ndarray  # pdfium gave a box
    left: np.ndarray
    right: np.ndarray
    bottom: np.ndarray
    top: np.ndarray


@cache
def _get_char_box():
    """FPDFText_GetCharBox with plain addresses for its four out-parameters, so that `map`
    can call it with the addresses of array cells."""
    proto = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p,
                             ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
    return proto(ctypes.cast(pdfium_c.FPDFText_GetCharBox, ctypes.c_void_p).value)


def char_boxes(textpage: pdfium.PdfTextPage, text: str | None = None) -> CharBoxes:
    """Every character's box on the page. `text` is the page's `get_text_range()` if the
    caller has it already."""
    n = max(textpage.count_chars(), 0)
    if text is None:
        text = textpage.get_text_range(0, n) if n else ""
    split_pairs = len(text) != n
    if split_pairs:  # pdfium left out or added characters: ask for each one
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i)) for i in range(n))
    boxes = np.zeros((4, n))  # left, right, bottom, top: pdfium's order of out-parameters
    if n:
        handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value
        cells = boxes.ctypes.data + 8 * np.arange(n)
        args = [(cells + 8 * n * k).tolist() for k in range(4)]
        ok = np.fromiter(map(_get_char_box(), repeat(handle, n), range(n), *args),
                         dtype=np.int32, count=n) != 0
    else:
        ok = np.zeros(0, dtype=bool)
    return CharBoxes(text, split_pairs, ok, *boxes)


def char_runs(chars: CharBoxes, media: Box, exclude: list[Box]) -> list[Run]:
    """Words with their boxes, top-down from the media box top; characters inside the
    `exclude` boxes (page furniture) are left out and end a word."""
    keep = chars.ok & ~_spaces(chars.text) & ~_inside(chars, exclude)
    idx = np.flatnonzero(keep)
    if not len(idx):
        return []
    left, right = chars.left[idx], chars.right[idx]
    bottom, top = chars.bottom[idx], chars.top[idx]
    # next to the character before it in the page (nothing skipped between them)
    adjacent = np.zeros(len(idx), dtype=bool)
    adjacent[1:] = idx[1:] == idx[:-1] + 1
    joins = np.zeros(len(idx), dtype=bool)
    joins[1:] = _joins(right[:-1], bottom[:-1], top[:-1], left[1:], bottom[1:], top[1:])
    start = ~(adjacent & joins)
    word = np.cumsum(start) - 1
    # the word so far, as the loop kept it: union of the boxes up to each character
    w_right, w_top = _running_max(right, word), _running_max(top, word)
    w_bottom = -_running_max(-bottom, word)
    by_union = np.zeros(len(idx), dtype=bool)
    by_union[1:] = _joins(w_right[:-1], w_bottom[:-1], w_top[:-1], left[1:], bottom[1:], top[1:])
    if np.any((by_union != joins) & adjacent):
        return char_runs_loop(chars, media, keep)
    starts = np.flatnonzero(start)
    ends = np.append(starts[1:], len(idx))
    page_top = media.top
    x1 = np.maximum.reduceat(right, starts).tolist()
    y_top = np.maximum.reduceat(top, starts).tolist()
    y_bottom = np.minimum.reduceat(bottom, starts).tolist()
    x0 = left[starts].tolist()
    first, last = idx[starts].tolist(), (idx[ends - 1] + 1).tolist()
    text = chars.text
    runs = []
    for k in range(len(starts)):
        word_text = text[first[k]:last[k]].replace(_HYPHEN_MARK, "-")
        if chars.split_pairs:
            word_text = _join_pairs(word_text)
        runs.append(Run(x0[k], x1[k], page_top - y_top[k], page_top - y_bottom[k], word_text))
    return runs


def _joins(w_right, w_bottom, w_top, c_left, c_bottom, c_top) -> np.ndarray:
    """Whether each character continues the word (box) before it."""
    height = np.maximum(np.maximum(w_top - w_bottom, c_top - c_bottom), 1.0)
    gap = c_left - w_right
    overlap = np.minimum(w_top, c_top) - np.maximum(w_bottom, c_bottom)
    return (-STEP_BACK * height <= gap) & (gap <= WORD_GAP * height) & (overlap > 0)


def _running_max(values: np.ndarray, group: np.ndarray) -> np.ndarray:
    """The maximum so far within each run of equal `group` ids (ids ascending), exactly: the
    values' ranks, offset by group so that a new group starts above every earlier one."""
    n = len(values)
    order = np.argsort(values, kind="stable")
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    offset = group.astype(np.int64) * n
    return values[order[np.maximum.accumulate(rank + offset) - offset]]


def _spaces(text: str) -> np.ndarray:
    """str.isspace() of each character, decided once per distinct character."""
    if not text:
        return np.zeros(0, dtype=bool)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    distinct, where = np.unique(codes, return_inverse=True)
    return np.array([chr(c).isspace() for c in distinct.tolist()], dtype=bool)[where]


def _inside(chars: CharBoxes, boxes: list[Box]) -> np.ndarray:
    """Characters whose middle lies in one of the boxes."""
    found = np.zeros(len(chars.ok), dtype=bool)
    if boxes:
        x, y = (chars.left + chars.right) / 2, (chars.bottom + chars.top) / 2
        for b in boxes:
            found |= (b.bottom <= y) & (y <= b.top) & (b.left <= x) & (x <= b.right)
    return found


def _join_pairs(word: str) -> str:
    return word.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def char_runs_loop(chars: CharBoxes, media: Box, keep: np.ndarray) -> list[Run]:
    """The same words made one character at a time, as the reader did before the arrays:
    the reference the arrays are checked against, and the path for the pages where the
    union of a word's boxes decides otherwise than its last character."""
    left, right = chars.left.tolist(), chars.right.tolist()
    bottom, top = chars.bottom.tolist(), chars.top.tolist()
    page_top = media.top
    runs: list[Run] = []
    word: list[str] = []
    w_left = w_bottom = w_right = w_top = 0.0

    def end() -> None:
        text = "".join(word)
        if chars.split_pairs:
            text = _join_pairs(text)
        runs.append(Run(w_left, w_right, page_top - w_top, page_top - w_bottom, text))
        word.clear()

    for i, (char, kept) in enumerate(zip(chars.text, keep.tolist(), strict=True)):
        if not kept:
            if word:
                end()
            continue
        if char == _HYPHEN_MARK:
            char = "-"
        c_left, c_right, c_bottom, c_top = left[i], right[i], bottom[i], top[i]
        if word:
            height = max(w_top - w_bottom, c_top - c_bottom, 1.0)
            gap = c_left - w_right
            if -STEP_BACK * height <= gap <= WORD_GAP * height and \
                    min(w_top, c_top) - max(w_bottom, c_bottom) > 0:
                w_bottom, w_right, w_top = (min(w_bottom, c_bottom), max(w_right, c_right),
                                            max(w_top, c_top))
                word.append(char)
                continue
            end()
        w_left, w_bottom, w_right, w_top = c_left, c_bottom, c_right, c_top
        word.append(char)
    if word:
        end()
    return runs
