"""A scanned page set out like a digital one, from Tesseract's words and boxes: lines as
they stand (cells of a table at their columns, a list's numbers beside their text, two
columns one after the other), blank lines between paragraphs, the list markers OCR reads
as letters ("e", "»", "o") back as bullets, and running headers and footers that recur on
the document's scanned pages taken out as furniture.

The same aligned-lines writer serves digital pages (`pdf_aligned`), so that extraction
never knows whether a page was scanned.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from statistics import median

from rapidfuzz import fuzz

from ..records import Furniture
from ..resources import load_toml
from .ocr import OcrPage, OcrWord
from .pdf_aligned import CELL_GAP, aligned_lines
from .pdf_furniture import BOTTOM, TOP, looks_like_page_number
from .pdf_page import Box, find_gutter

BAND = 0.09  # top and bottom share of the page where running lines stand
BAND_LINES = 2
SAME_LINE = 0.6  # words overlap vertically by this share of their height on one line
RECUR_SIMILARITY = 85  # OCR misreads a running line a little differently on each page


@cache
def _cfg() -> dict:
    c = load_toml("ingest", "ocr.toml")
    return {"bullet": re.compile(c["bullet_lookalikes"], re.M),
            "numbers": [(re.compile(f["pattern"], re.M), f["replace"]) for f in c["number_fixes"]]}


@dataclass
class BandLine:
    band: str
    words: list[OcrWord]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


def band_lines(page: OcrPage) -> list[BandLine]:
    """The outermost lines of the top and bottom bands of a scanned page."""
    out = []
    for band in (TOP, BOTTOM):
        if band == TOP:
            inside = [w for w in page.words if w.bottom <= BAND * page.height]
        else:
            inside = [w for w in page.words if w.top >= (1 - BAND) * page.height]
        lines = _lines(inside)
        lines = lines[:BAND_LINES] if band == TOP else lines[-BAND_LINES:]
        out += [BandLine(band, line) for line in lines]
    return out


def _lines(words: list[OcrWord]) -> list[list[OcrWord]]:
    lines: list[list[OcrWord]] = []
    for w in sorted(words, key=lambda w: (w.top + w.bottom) / 2):
        if lines:
            last = lines[-1]
            top = min(x.top for x in last)
            bottom = max(x.bottom for x in last)
            overlap = min(bottom, w.bottom) - max(top, w.top)
            if overlap >= SAME_LINE * min(bottom - top, w.bottom - w.top):
                last.append(w)
                continue
        lines.append([w])
    return [sorted(line, key=lambda w: w.left) for line in lines]


def running_lines(pages: list[OcrPage]) -> dict[int, list[BandLine]]:
    """Per page, its band lines that are furniture: a page number, or a line that recurs
    (nearly alike, as OCR reads it) in the same band on half the scanned pages or more."""
    bands = {p.number: band_lines(p) for p in pages}
    needed = max(2, (len(pages) + 1) // 2)
    out: dict[int, list[BandLine]] = {}
    for number, lines in bands.items():
        for line in lines:
            norm = _norm(line.text)
            if looks_like_page_number(line.text):
                out.setdefault(number, []).append(line)
                continue
            if len(norm) < 4:
                continue
            recurs = sum(1 for other in bands.values() if any(
                o.band == line.band and fuzz.ratio(norm, _norm(o.text)) >= RECUR_SIMILARITY
                for o in other))
            if recurs >= needed:
                out.setdefault(number, []).append(line)
    return out


def _norm(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.lower())).strip()


def page_text(page: OcrPage, furniture: list[BandLine]) -> tuple[str, list[Furniture]]:
    """The page's body text set out as lines, and its furniture records."""
    drop = {id(w) for line in furniture for w in line.words}
    records = [Furniture(page.number, _kind(line), line.text) for line in furniture]
    words = [w for w in page.words if id(w) not in drop and w.text.strip()]
    pieces = [piece for row in rows(words) for piece in _runs(_clean(row), page.height)]
    gutter = find_gutter([b for b, _ in pieces])
    text = _cfg()["bullet"].sub(r"\g<indent>• ", aligned_lines(pieces, gutter=gutter))
    for pattern, replace in _cfg()["numbers"]:
        text = pattern.sub(replace, text)
    return lost_bullets(text), records


_LEAD_END = re.compile(r"(?::|\batt)\s*$")
_MARKED = re.compile(r"^\s*(?:[-•*–—·▪o]|\d{1,2}[.)]|[a-h]\))\s")
_BULLETED = re.compile(r"^\s*[-•*–—·▪o]\s")


def lost_bullets(text: str) -> str:
    """A list whose bullets OCR did not see, or saw on some lines only:
    - after a line that leads into a list (ending with ':' or 'att'), or after a bulleted
      line, two lines or more indented deeper than it, at one indent (sub-items);
    - after a bulleted line, lines standing where its text starts, each a line of its own.
    A line that goes on after a full line is a wrap of the item above, not an item."""
    lines = text.split("\n")
    width = max((len(ln.rstrip()) for ln in lines), default=0)
    out = list(lines)
    for i, lead in enumerate(lines):
        marked = _BULLETED.match(lead)  # (a list's numbers OCR reads well; its bullets not)
        if not lead.strip() or not (_LEAD_END.search(lead) or marked):
            continue
        base = _indent(lead)
        text_col = marked.end() if marked else None
        items: list[int] = []
        depth = None
        for j in range(i + 1, min(i + 1 + MAX_LOST_ITEMS, len(lines))):
            line = lines[j]
            if not line.strip():
                if items and j + 1 < len(lines) and lines[j + 1].strip():
                    continue
                break
            k = _indent(line)
            if _MARKED.match(line) or k <= base + 1:
                break
            if depth is not None and abs(k - depth) > 2:  # a scan's indents jitter
                break
            prev = next(lines[p] for p in range(j - 1, i - 1, -1) if lines[p].strip())
            words = line.split()
            if len(prev.rstrip()) + 1 + len(words[0]) > width:  # its first word would not fit
                if not items:
                    break  # the lead's own wrapped line: no list here
                continue  # a wrapped line of the item above
            depth = k if depth is None else depth
            items.append(j)
        # sub-items under a lead need two lines; under a bulleted line one at its text will do
        beside = text_col is not None and depth is not None and abs(depth - text_col) <= 2
        if len(items) >= 2 or (items and beside):
            at = base if beside else None
            for j in items:
                k = _indent(lines[j])
                pad = lines[j][:at] if at is not None else lines[j][:k]
                out[j] = f"{pad}• {lines[j][k:]}"
    return "\n".join(out)


MAX_LOST_ITEMS = 12


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def rows(words: list[OcrWord]) -> list[list[tuple[OcrWord, float, float]]]:
    """Tesseract's lines (found along the skew), levelled and joined where lines of two of
    its blocks stand side by side (the cells of a table row): each word with the top and
    bottom of its row, so that it is set out on that row whatever the skew."""
    slope = skew(words)
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    spans = []
    for line in lines.values():
        # the middle of the words' tops and bottoms: a speck of dirt read into one word's
        # box must not make its line tall
        level = [slope * (w.left + w.right) / 2 for w in line]
        top = median(w.top - d for w, d in zip(line, level, strict=True))
        bottom = median(w.bottom - d for w, d in zip(line, level, strict=True))
        spans.append([top, bottom, line])
    spans.sort(key=lambda s: (s[0] + s[1]) / 2)
    out: list[list] = []  # [top, bottom, words]
    for top, bottom, line in spans:
        for row in out[-3:]:
            overlap = min(row[1], bottom) - max(row[0], top)
            apart = all(w.right < o.left or o.right < w.left for w in line for o in row[2])
            if apart and overlap >= SAME_LINE * min(row[1] - row[0], bottom - top):
                row[0], row[1] = min(row[0], top), max(row[1], bottom)
                row[2].extend(line)
                break
        else:
            out.append([top, bottom, list(line)])
    # A row is as tall as its type, and never less than the page's usual line: the middle
    # height of its words that reach no lower than the line (a speck or a descender makes one
    # word tall, not the row), measured up from its foot. One word OCR boxed tightly
    # ("utfallet.") then stands as far from the line above as lines do, not a paragraph
    # apart, and a heading set larger stands out by its height.
    heights = [_type_height(ws, bottom - top) for top, bottom, ws in out]
    usual = median(heights) if heights else 0.0
    # a skewed page's left margin drifts down the page too: each word moved back by the skew
    # at its height, so that a column's lines start at one place
    return [[(_shifted(w, slope * (w.top + w.bottom) / 2), bottom - max(usual, h), bottom)
             for w in sorted(ws, key=lambda w: w.left)]
            for (_, bottom, ws), h in zip(out, heights, strict=True)]


def _type_height(words: list[OcrWord], fallback: float) -> float:
    plain = [w.bottom - w.top for w in words if len(w.text) >= 2 and not _DESCENDER.search(w.text)]
    return median(plain) if plain else fallback


def _shifted(w: OcrWord, dx: float) -> OcrWord:
    return OcrWord(w.text, w.left + dx, w.top, w.right + dx, w.bottom, w.confidence, w.line)


def _runs(row: list[tuple[OcrWord, float, float]], height: float) -> list[tuple[Box, str]]:
    """A row's words joined into runs up to a cell gap, as a PDF's text runs are: boxes in
    PDF space (y upwards) on the row's levelled height."""
    out: list[tuple[Box, str]] = []
    cur: list[OcrWord] = []
    top = bottom = 0.0
    for w, top, bottom in row:
        if cur and w.left - cur[-1].right >= CELL_GAP * (bottom - top):
            out.append(_run(cur, top, bottom, height))
            cur = []
        cur.append(w)
    if cur:
        out.append(_run(cur, top, bottom, height))
    return out


def _run(words: list[OcrWord], top: float, bottom: float, height: float) -> tuple[Box, str]:
    return (Box(words[0].left, height - bottom, words[-1].right, height - top),
            " ".join(w.text for w in words))


MIN_SKEW_WORDS = 4


_DESCENDER = re.compile(r"[gjpqyQ,;()\[\]{}|/]")


def skew(words: list[OcrWord]) -> float:
    """How far a scan's lines fall per pixel to the right: the median slope of the
    baselines of Tesseract's lines (which it finds along the skew), each fitted through the
    bottoms of its words that have no descender."""
    by_line: dict[tuple[int, int, int], list[OcrWord]] = {}
    for w in words:
        if w.text and not _DESCENDER.search(w.text):
            by_line.setdefault(w.line, []).append(w)
    slopes = []
    for line in by_line.values():
        if len(line) < MIN_SKEW_WORDS:
            continue
        xs = [(w.left + w.right) / 2 for w in line]
        ys = [w.bottom for w in line]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        var = sum((x - mx) ** 2 for x in xs)
        if var > 0:
            slopes.append(sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var)
    slopes.sort()
    return slopes[len(slopes) // 2] if slopes else 0.0


SPECK_CONFIDENCE = 40.0
STRAY_GAP = 5.0  # line heights between a lone low-confidence sign and the rest of its row
STRAY_CONFIDENCE = 60.0
BULLET_GAP = 2.5  # line heights at most between a bullet and its text
LEADER_CONFIDENCE = 20.0  # a leader's dots read as a word: no confidence, ...
LEADER_HEIGHT = 0.6  # ... lower than the row's words, long, and between two words
LEADER_WIDTH = 3.0
BULLET_WIDTH = 0.25  # a bullet is this many line heights wide at least
_LIST_NUMBER = re.compile(r"^\d{1,2}[.:;,)]$")
LEAD_WORDS = 3  # words before a figure that ends a row with a colon: a lead-in's
# the letters OCR reads a leader's dots as, when it reads them with no confidence ("rss",
# "mussosbrsrssrssssn"), before the figure the leader leads to
_LEADER_LETTERS = re.compile(r"[rsnaeoumcivxzwbl.:·,'`_~-]+")
_QUOTES = "\"'“”„«»"
_NOISE_SIGNS = {"=", ":", '"', "'", "“", "”", "„", "`", "´", "~"}
_FIGURE_NOISE = "\"'`´:;=|“”„~"


def _clean(row: list[tuple[OcrWord, float, float]]) -> list[tuple[OcrWord, float, float]]:
    """A row without the specks of dirt OCR read as signs; a sign that opens a row before a
    capitalised word is the list's bullet (OCR reads "•" as "«", "+", "e", "°" ...)."""
    out = []
    tall = median(w.bottom - w.top for w, _, _ in row) if row else 0.0
    for k, (w, top, bottom) in enumerate(row):
        nxt = row[k + 1][0] if k + 1 < len(row) else None
        figure_after = any(any(c.isdigit() for c in o.text) for o, _, _ in row[k + 1:])
        # (a leader leads to a word or a figure: a scratch before a speck at the line's end
        # leads nowhere)
        leads_on = any(any(c.isalnum() for c in o.text) for o, _, _ in row[k + 1:])
        if 0 < k < len(row) - 1 and w.confidence < LEADER_CONFIDENCE and leads_on and (
                (w.bottom - w.top < LEADER_HEIGHT * tall and w.right - w.left >= LEADER_WIDTH * tall)
                or (figure_after and _LEADER_LETTERS.fullmatch(w.text))):
            # a dotted leader ("Lokalhyra ........ 96 000") that OCR reads as letters
            out.append((OcrWord("....", w.left, w.top, w.right, w.bottom, w.confidence, w.line),
                        top, bottom))
            continue
        height = max(bottom - top, 1.0)
        if k == 0 and nxt is not None and _bullet_like(w.text) and nxt.text[:1].isupper() \
                and nxt.left - w.right <= BULLET_GAP * height \
                and w.right - w.left >= BULLET_WIDTH * height:  # a speck is thinner
            out.append((OcrWord("•", w.left, w.top, w.right, w.bottom, w.confidence, w.line),
                        top, bottom))
            continue
        if _speck(w) or w.text in _NOISE_SIGNS or _dust(w, tall):
            continue
        if w.text[:1] in _QUOTES and len(w.text) > 1 \
                and not any(q in o.text for o, _, _ in row if o is not w for q in _QUOTES) \
                and not any(q in w.text[1:] for q in _QUOTES):
            # a quote that opens nothing: a speck before the word ('"Kommunerna')
            w = OcrWord(w.text[1:], w.left, w.top, w.right, w.bottom, w.confidence, w.line)
        if any(c.isdigit() for c in w.text) and not (k == 0 and _LIST_NUMBER.match(w.text)):
            # a figure with a speck read into its edge: '"5000', '15000:' (but a sentence's
            # last figure keeps its colon: "... gäller för perioden 2024-2026:")
            lead = k == len(row) - 1 and w.text.endswith(":") and sum(
                o.text[:1].isalpha() for o, _, _ in row[:k]) >= LEAD_WORDS
            clean = w.text.strip(_FIGURE_NOISE)
            clean = clean + ":" if lead and clean else clean
            if clean and clean != w.text:
                w = OcrWord(clean, w.left, w.top, w.right, w.bottom, w.confidence, w.line)
        alone = all(abs(w.left - o.right) >= STRAY_GAP * height
                    and abs(o.left - w.right) >= STRAY_GAP * height for o, _, _ in row if o is not w)
        if alone and len(w.text) <= 2 and w.confidence < STRAY_CONFIDENCE and len(row) > 1:
            continue  # a lone mark far out in the margin
        out.append((w, top, bottom))
    return out


DUST = 0.25  # a mark this small beside the row's words is dust on the scan, not text
DUST_CONFIDENCE = 25.0


def _dust(w: OcrWord, tall: float) -> bool:
    """A speck read as a word: far smaller than the row's words, or a sign or two read with
    almost no confidence."""
    small = w.bottom - w.top < DUST * tall and w.right - w.left < DUST * tall
    return small or (len(w.text) <= 2 and w.confidence < DUST_CONFIDENCE)


def _bullet_like(text: str) -> bool:
    return len(text) <= 2 and (not any(c.isalnum() for c in text) or text in ("e", "o", "O"))


def _speck(w: OcrWord) -> bool:
    """A mark of dirt read as a character: one sign, no letter or digit, little confidence."""
    if w.text.strip("|¦") == "":
        return True  # a rule or a scratch, never text on a scanned page
    return len(w.text) <= 2 and not any(c.isalnum() for c in w.text) \
        and w.confidence < SPECK_CONFIDENCE


def _kind(line: BandLine) -> str:
    if looks_like_page_number(line.text):
        return "page_number"
    return "header" if line.band == TOP else "footer"
