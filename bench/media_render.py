"""Typeset a text report as the PDF (or scan) it could have been printed from.

The media benchmark (`media_bench.py`) scores the pipeline on the same gold-annotated reports
in several media; this module makes the media. Each `.txt` report is read the way the
pipeline's own text reader reads it (`decode_text` + `split_transcript`: page markers, site
boilerplate and running lines removed), every page body is parsed into simple blocks
(headings, paragraphs, line-kept blocks, lists, tables) and set with reportlab:

    text        the file as it is
    pdf-onecol  A4, one column; bullets as the glyph "•"; unruled tables; header + "Sida N av M"
    pdf-twocol  A4, two columns; bullets as vector dots, numbers in their own table column; a
                table too wide for a column (words would break) spans the page from there on
    pdf-tables  one column, ruled tables with a header row (repeated on a page break); the
                widest table on a landscape page of its own (no table: the second page);
                signature blocks set in columns stay unruled
    scan        pdf-onecol at 200 dpi grayscale, slightly rotated, blurred and speckled,
                saved as an image-only PDF (seeded by the file name, so runs repeat)

Tables set with spaces are found by their aligned columns (rows may wrap and be separated by
blank lines), tab, pipe and ASCII-grid tables by their separators. One source page starts one
PDF page (a long page flows on). From Python:

    from media_render import render
    render(Path("report.txt"), "pdf-twocol", Path("out/report.pdf"))
"""
from __future__ import annotations

import hashlib
import io
import random
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from samverkan.ingest.encoding import decode_text
from samverkan.ingest.transcript import split_transcript

MEDIA = ("text", "pdf-onecol", "pdf-twocol", "pdf-tables", "scan")
SCAN_DPI = 200

# ---------------------------------------------------------------------------------------------
# Blocks


@dataclass
class Heading:
    text: str


@dataclass
class Para:
    text: str


@dataclass
class Lines:
    """Short lines (addresses, signatures, unmarked lists) whose breaks are kept."""
    lines: list[str]


@dataclass
class Item:
    marker: str
    numbered: bool  # "1." / "a)": set as text; bullets are drawn
    text: str
    depth: int = 0


@dataclass
class ListBlock:
    items: list[Item]


@dataclass
class TableBlock:
    rows: list[list[str]]


Block = Heading | Para | Lines | ListBlock | TableBlock


@dataclass
class SourcePage:
    number: int
    blocks: list[Block] = field(default_factory=list)


SHORT = 55  # a line under this is "short": not a wrapped paragraph line
HEADING_MAX = 80  # a single line alone in its block may be a heading up to this length
_MARKER = re.compile(r"^(\s*)([•\-–*▪]|o|\d{1,2}[.)]|[a-zåäö]\))\s+(\S.*)$")
_GRID_RULE = re.compile(r"\s*\+[-=:+]{3,}\+\s*")  # "+-----+----+" of an ASCII grid table
_MARKER_ONLY = re.compile(r"[•\-–*▪]|o|\d{1,2}[.)]|[a-zåäö]\)")
_SENTENCE_END = re.compile(r"[.!?:;,]\s*$")  # a line that ends so is not a heading
_FULL_STOP = re.compile(r"[.!?:;]\s*$")  # a line that ends so does not run on mid-sentence
_MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
_DATE_LINE = re.compile(rf"^\D{{0,40}}(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}} (?:{_MONTHS}) \d{{4}})\.?$", re.I)
_LEADER = re.compile(r"\.{4,}|…{2,}")
_FIELD_LINE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{2,20}(?: [a-zåäö]{2,20})?: \S")  # "Utfall: ..."
_CELL = re.compile(r"\S+(?: \S+)*")  # a run of text with single spaces
_NUMERIC = re.compile(r"[\d\s.,%−–+-]*\d[\d\s.,%−–+-]*(?:\s*(?:kr|tkr|mkr|st|%))?", re.I)
_JOINERS = {"och", "eller", "samt", "resp", "respektive", "till", "som"}


def read_pages(path: Path) -> list[SourcePage]:
    """The report's pages as the pipeline's text reader sees them, parsed into blocks."""
    text, _ = decode_text(path.read_bytes())
    split = split_transcript(text)
    return [SourcePage(n, parse_page(body)) for n, body in split.pages]


def parse_page(text: str) -> list[Block]:
    """Tables set with spaces first (their rows may be blank-line separated), then the rest as
    blank-line-separated blocks, each cut into tables, lists and plain runs."""
    lines = [x.rstrip(" \r\v") for x in text.replace("\f", "\n").split("\n")]  # trailing tabs close rows
    runs = dict(_space_table_runs(lines))
    out: list[Block] = []
    block: list[str] = []
    i = 0
    while i <= len(lines):
        if i in runs or i == len(lines) or not lines[i].strip():
            if block:
                out.extend(_parse_block(block))
                block = []
            if i in runs:
                out.append(TableBlock(_space_rows(lines[i:runs[i] + 1])))
                i = runs[i] + 1
                continue
        else:
            block.append(lines[i])
        i += 1
    return _tidy_blocks(out)


def _parse_block(lines: list[str]) -> list[Block]:
    kinds = [_line_kind(x) for x in lines]
    out: list[Block] = []
    i = 0
    while i < len(lines):
        k = kinds[i]
        j = i + 1
        if k in ("tab", "pipe"):
            # a short unmarked line between two table rows is a row of one cell ("Kostnader")
            while j < len(lines) and (kinds[j] in ("tab", "pipe") or (
                    kinds[j] == "text" and j + 1 < len(lines) and kinds[j + 1] in ("tab", "pipe")
                    and len(lines[j].strip()) < SHORT)):
                j += 1
            out.append(TableBlock(_delimited_rows(lines[i:j])))
        elif k == "item":
            items: list[Item] = []
            indents: list[int] = []
            j = i
            while j < len(lines) and kinds[j] == "item":
                m = _MARKER.match(lines[j])
                indent = len(m.group(1).expandtabs(4))
                if indent not in indents:
                    indents.append(indent)
                body = [m.group(3).strip()]
                j += 1
                while j < len(lines) and kinds[j] == "text" and _continues(body[-1], lines[j], indent):
                    body.append(lines[j].strip())
                    j += 1
                marker = m.group(2)
                depth = min(2, sorted(indents).index(indent))
                items.append(Item(marker, marker[0].isalnum() and marker != "o", _join(body), depth))
            out.append(ListBlock(items))
        else:
            while j < len(lines) and kinds[j] == "text":
                j += 1
            lead_in = j < len(lines) and kinds[j] == "item"
            out.extend(_plain_blocks([x.strip() for x in lines[i:j]], lead_in))
        i = j
    return out


def _line_kind(line: str) -> str:
    if _GRID_RULE.fullmatch(line):
        return "pipe"
    # leading tabs alone are an indent; "\t\tText\t" is a row with empty cells
    if "\t" in line.strip("\t ") or (line.rstrip(" ").endswith("\t") and line.count("\t") >= 2):
        return "tab"
    if line.count("|") >= 2:
        return "pipe"
    if _MARKER.match(line):
        return "item"
    return "text"


def _cells(line: str) -> list[tuple[int, int, str]]:
    """Runs of text separated by two or more spaces; "•   Text" is one cell, not two."""
    cells = [(m.start(), m.end(), m.group()) for m in _CELL.finditer(line)]
    if len(cells) >= 2 and _MARKER_ONLY.fullmatch(cells[0][2]):
        cells[:2] = [(cells[0][0], cells[1][1], f"{cells[0][2]} {cells[1][2]}")]
    return cells


def _aligned(a: str, b: str) -> bool:
    """Two lines whose columns (after the first) start, or end, at the same place."""
    def edges(line: str) -> tuple[set[int], set[int]]:
        cells = _cells(line)[1:]
        return {s for s, _, _ in cells}, {e for _, e, _ in cells}

    (sa, ea), (sb, eb) = edges(a), edges(b)
    return any(abs(x - y) <= 1 for x in sa for y in sb) or any(abs(x - y) <= 1 for x in ea for y in eb)


def _space_table_runs(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) line of each table set in columns with runs of spaces: two or more aligned
    rows with a gap, with what belongs to them: wrapped-cell lines (lower case, or indented to a
    column), a row's first line alone before its aligned rest, blank lines between row groups
    and one-cell header lines just above ("Antal" / "deltagare" over a column). One gapped line
    alone is a breadcrumb or a menu, not a table."""
    n = len(lines)
    kinds = [_line_kind(x) if x.strip() else "blank" for x in lines]
    cells = [_cells(x) if k in ("text", "item") else [] for x, k in zip(lines, kinds, strict=True)]
    multi = [len(c) >= 2 for c in cells]
    runs: list[tuple[int, int]] = []
    i = 0
    while i < n:
        if not multi[i]:
            i += 1
            continue
        rows, j, end = [i], i + 1, i

        def fits(t: int, rows: list[int] = rows) -> bool:  # aligned with one of the last rows
            return multi[t] and any(_aligned(lines[r], lines[t]) for r in rows[-3:])

        while j < n:
            if kinds[j] == "blank":
                k = j
                while k < n and kinds[k] == "blank":
                    k += 1
                stop = k
                while stop < n and kinds[stop] != "blank":
                    stop += 1
                if k - j > 2 or not any(fits(t) for t in range(k, stop)):
                    break
                j = k
            elif fits(j):
                rows.append(j)
                end, j = j, j + 1
            elif len(cells[j]) == 1 and (
                    lines[j].lstrip()[:1].islower() or lines[j].lstrip()[:1] == "("
                    or any(abs(cells[j][0][0] - s) <= 1 for r in rows[-3:] for s, _, _ in _cells(lines[r])[1:])
                    or (j + 1 < n and fits(j + 1))):
                end, j = j, j + 1
            else:
                break
        if len(rows) < 2:
            i += 1
            continue
        start = i
        while start > 0 and start > (runs[-1][1] + 1 if runs else 0) and len(cells[start - 1]) == 1 \
                and start - 1 >= i - 2:
            c = cells[start - 1][0]
            edges = [(s, e) for s, e, _ in _cells(lines[i])[1:]]
            if not any(abs(c[0] - s) <= 1 or abs(c[1] - e) <= 1 for s, e in edges):
                break
            start -= 1
        runs.append((start, end))
        i = end + 1
    return runs


def _delimited_rows(lines: list[str]) -> list[list[str]]:
    """Rows of a tab or pipe table. In an ASCII grid table ("+---+" rules) the lines between
    two rules are one row whose cells wrap."""
    grid = any(_GRID_RULE.fullmatch(x) for x in lines)
    rows: list[list[str]] = []
    open_row = False
    for line in lines:
        if _GRID_RULE.fullmatch(line):
            open_row = False
            continue
        if line.count("|") >= 2 and "\t" not in line.strip("\t "):
            s = line.strip()
            s = s[1:] if s.startswith("|") else s
            s = s[:-1] if s.endswith("|") else s
            cells = [c.strip() for c in s.split("|")]
        elif "\t" in line:
            cells = [c.strip() for c in line.rstrip(" ").split("\t")]  # a leading tab: an empty cell
        else:
            cells = [line.strip()]
        if all(re.fullmatch(r"[-:=\s]*", c) for c in cells):
            continue  # "|---|---|" and "--\t--": separators of the transcript, not text
        if grid and open_row and len(cells) == len(rows[-1]):
            rows[-1] = [_join([a, b]) for a, b in zip(rows[-1], cells, strict=True)]
        else:
            rows.append(cells)
            open_row = grid
    return _pad(rows)


def _space_rows(lines: list[str]) -> list[list[str]]:
    """Cells by position (columns from the lines with the most cells). A line continues the row
    above when it has no number in it and starts in lower case (or "("), or has a lower-case
    cell and leaves empty a column the row filled; a header line with its first column empty
    takes in the line below it ("Status vid" + "årets slut"). A blank line always ends a row."""
    cells = [_cells(x) for x in lines]
    k = max(len(c) for c in cells)
    spans = [(min(c[i][0] for c in cells if len(c) == k), max(c[i][1] for c in cells if len(c) == k))
             for i in range(k)]
    rows: list[list[str]] = []
    filled: list[bool] = []  # the columns the current row's first line filled
    boundary = True
    for line_cells in cells:
        if not line_cells:
            boundary = True
            continue
        row = [""] * k
        for s, e, text in line_cells:
            col = max(range(k), key=lambda i: (min(e, spans[i][1]) - max(s, spans[i][0]),
                                               -abs((s + e) / 2 - sum(spans[i]) / 2)))
            row[col] = f"{row[col]} {text}".strip()
        numeric = any(_NUMERIC.fullmatch(c) for c in row if c)
        first = next(c for c in row if c)
        lower = [bool(c) and (c[:1].islower() or c[:1] == "(") for c in row]
        cont = False
        if rows and not boundary:
            # a header whose first column is empty takes in the line below ("Antal" / "deltagare")
            header = not rows[-1][0] and all(row[i][:1].islower() or row[i][:1].isdigit()
                                             for i, c in enumerate(rows[-1]) if c)
            cont = header or (not numeric and (lower[row.index(first)] or (
                any(lower) and any(f and not c for f, c in zip(filled, row, strict=True)))))
        if cont:
            rows[-1] = [_join([a, b]) if b else a for a, b in zip(rows[-1], row, strict=True)]
        else:
            rows.append(row)
            filled = [bool(c) for c in row]
        boundary = False
    return rows


def _pad(rows: list[list[str]]) -> list[list[str]]:
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]


def _join(parts: list[str]) -> str:
    """Join wrapped lines as the pipeline's clean-up does: "sam-" + "verkan" -> "samverkan",
    "hälso-" + "och" keeps its hyphen and a space, "ESF-" + "Projekt" keeps its hyphen."""
    out = ""
    for p in (x.strip() for x in parts):
        if not p:
            continue
        if out.endswith("-") and out[-2:-1].isalpha() and p[:1].isalpha():
            word = re.match(r"\w+", p).group().lower()
            out = out + " " + p if word in _JOINERS else out + p if p[0].isupper() else out[:-1] + p
        else:
            out = f"{out} {p}" if out else p
    return out


def _continues(prev: str, line: str, marker_indent: int) -> bool:
    """Does `line` continue a list item? Indented under it, or mid-sentence in lower case."""
    indent = len(line) - len(line.lstrip())
    if indent > marker_indent:
        return True
    return not _SENTENCE_END.search(prev) and line.lstrip()[:1].islower()


def _short(line: str) -> bool:
    return len(line) < SHORT or bool(_LEADER.search(line))


def _heading_like(line: str, limit: int = 70) -> bool:
    """Short, no final punctuation, some letters; not a date line ("Falun 2012-02-08"), not a
    "Label: value" line and, unless in capitals, without commas (names and titles have them)."""
    return (len(line) < limit and not _SENTENCE_END.search(line)
            and sum(ch.isalpha() for ch in line) >= 2 and not _DATE_LINE.match(line)
            and ": " not in line and (", " not in line or line.isupper()))


def _joins(prev: str, line: str, wrapped: bool, width: int) -> bool:
    """Does `line` run on from `prev` (a wrapped paragraph), or start a line of its own?"""
    if _LEADER.search(prev) or _LEADER.search(line):
        return False
    if prev.endswith("-") and prev[-2:-1].isalpha() and line[:1].isalpha():
        return True  # a word broken at the line end
    if prev.rstrip().endswith(":"):
        return False  # a lead-in: the lines under it are its list (markers lost)
    if _FIELD_LINE.match(line):
        return False  # "Utfall: 52 procent ...": a field of its own under the line above
    if not _FULL_STOP.search(prev) and (line[:1].islower() or line[:1].isdigit()) \
            and len(prev) >= 0.75 * max(width, 70):
        return True  # mid-sentence, where the line was full (a short line ended there)
    # a full line of hard-wrapped text: the next line's first word would not have fit after
    # it (a goal of 120 characters over its "Utfall: ..." line of 140 is no wrap)
    return wrapped and len(prev) + 1 + len(line.split()[0]) > width


def _plain_blocks(lines: list[str], lead_in: bool = False) -> list[Block]:
    """A run of unmarked lines: headings, paragraphs (wrapped lines joined) and line-kept runs.
    The text is hard-wrapped when some line breaks off mid-sentence at full length; otherwise
    every line is a line of its own (one goal per line, a list without markers, a signature)."""
    if len(lines) == 1:
        line = lines[0]
        if not lead_in and _heading_like(line, HEADING_MAX):
            return [Heading(line)]
        return [Lines([line]) if _short(line) or "  " in line else Para(line)]
    width = max(len(x) for x in lines)
    # hard-wrapped: a line breaks off mid-sentence at length, and the run ends a sentence
    # (lines of a list without markers, one goal a line, end none)
    wrapped = any(not _FULL_STOP.search(x) and len(x) >= 60 and not _LEADER.search(x)
                  for x in lines[:-1]) and bool(_FULL_STOP.search(lines[-1]))
    groups = [[lines[0]]]
    for prev, line in zip(lines, lines[1:], strict=False):
        if _joins(prev, line, wrapped, width):
            groups[-1].append(line)
        else:
            groups.append([line])
    out: list[Block] = []
    kept: list[str] = []

    def flush() -> None:
        if kept:
            out.append(Lines(list(kept)))
            kept.clear()

    def prose(g: list[str]) -> bool:  # a paragraph, not a line of a list or a signature
        return len(g) > 1 or len(g[0]) >= 80 or (not _short(g[0]) and bool(_FULL_STOP.search(g[0])))

    for k, g in enumerate(groups):
        if len(g) == 1 and k + 1 < len(groups) and prose(groups[k + 1]) and _heading_like(g[0]):
            flush()
            out.append(Heading(g[0]))
        elif not prose(g) or "  " in g[0]:
            kept.append(g[0])
        else:
            flush()
            out.append(Para(_join(g)))
    flush()
    return out


def _tidy_blocks(blocks: list[Block]) -> list[Block]:
    """"4. Insatser under året" alone, not in a list: a numbered heading, not a list of one; a
    lone short line before a paragraph, list or table: a heading. Tables split by a blank line
    or a separator row are one table."""
    out: list[Block] = []
    for i, b in enumerate(blocks):
        if isinstance(b, TableBlock) and not b.rows:
            continue
        if (isinstance(b, ListBlock) and len(b.items) == 1 and b.items[0].numbered
                and _heading_like(b.items[0].text)
                and not (i > 0 and isinstance(blocks[i - 1], ListBlock))
                and not (i + 1 < len(blocks) and isinstance(blocks[i + 1], ListBlock))):
            out.append(Heading(f"{b.items[0].marker} {b.items[0].text}"))
        elif (isinstance(b, Lines) and len(b.lines) == 1 and _heading_like(b.lines[0])
              and i + 1 < len(blocks) and isinstance(blocks[i + 1], Para | ListBlock | TableBlock)):
            out.append(Heading(b.lines[0]))  # a heading left at the end of the block above
        elif (isinstance(b, TableBlock) and out and isinstance(out[-1], TableBlock)
              and len(out[-1].rows[0]) == len(b.rows[0])):
            out[-1] = TableBlock(out[-1].rows + b.rows)
        else:
            out.append(b)
    return out


def document_title(pages: list[SourcePage]) -> str:
    """The running header: the first line of the first heading, title block, opening line or
    letterhead table with a few words in it (not "Antal sidor: 4") on the first two pages,
    else the start of the first paragraph (or list item)."""
    first = True
    for p in [p for p in pages if p.blocks][:2]:
        for b in p.blocks:
            if isinstance(b, Heading):
                lines = [b.text]
            elif isinstance(b, Lines):
                lines = b.lines[:1]
            elif isinstance(b, TableBlock):
                lines = [c for r in b.rows[:3] for c in r]
            else:
                lines = [b.text] if isinstance(b, Para) and first and len(b.text) < 100 else []
            first = False
            for line in lines:
                part = re.split(r" {2,}", line.strip())[0]  # "PROTOKOLL      Sida 1 (3)"
                if sum(ch.isalpha() for ch in part) >= 12 and not _FULL_STOP.search(part):
                    return part[:90]
    for p in pages:
        for b in p.blocks:
            text = b.text if isinstance(b, Para) else b.items[0].text if isinstance(b, ListBlock) else ""
            if text:
                return text[:70].rsplit(" ", 1)[0]
    return ""


# ---------------------------------------------------------------------------------------------
# Typesetting


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str


@cache
def fonts() -> Fonts:
    """DejaVu Sans (å ä ö é • ✔ ✘ all present); Liberation Sans or Helvetica if it is missing,
    where ✔ and ✘ would be lost."""
    roots = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts"]
    for family, reg, bold in (("DejaVuSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
                              ("LiberationSans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf")):
        found = {}
        for name in (reg, bold):
            found[name] = next((p for r in roots if r.is_dir() for p in r.rglob(name)), None)
        if all(found.values()):
            pdfmetrics.registerFont(TTFont(family, str(found[reg])))
            pdfmetrics.registerFont(TTFont(family + "-Bold", str(found[bold])))
            pdfmetrics.registerFontFamily(family, normal=family, bold=family + "-Bold",
                                          italic=family, boldItalic=family + "-Bold")
            return Fonts(family, family + "-Bold")
    return Fonts("Helvetica", "Helvetica-Bold")


@dataclass(frozen=True)
class Layout:
    name: str
    body_size: float
    cell_size: float
    columns: int = 1
    ruled: bool = False  # tables with a grid and a bold header row
    drawn_bullets: bool = False  # vector dots; numbers in their own column


LAYOUTS = {
    "pdf-onecol": Layout("pdf-onecol", 10, 9),
    "pdf-twocol": Layout("pdf-twocol", 9, 7.5, columns=2, drawn_bullets=True),
    "pdf-tables": Layout("pdf-tables", 10, 9, ruled=True),
}
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM, GUTTER = 2.2 * cm, 2.4 * cm, 2.2 * cm, 0.8 * cm
FRAME_PAD = 6  # reportlab's default frame padding, each side
MIN_COL = 0.8 * cm


class _Styles:
    def __init__(self, layout: Layout) -> None:
        f = fonts()
        s = layout.body_size
        self.body = ParagraphStyle("body", fontName=f.regular, fontSize=s, leading=s * 1.3,
                                   spaceAfter=s * 0.6)
        self.lines = ParagraphStyle("lines", parent=self.body)
        self.heading = ParagraphStyle("heading", parent=self.body, fontName=f.bold, fontSize=s * 1.2,
                                      leading=s * 1.5, spaceBefore=s * 0.8, spaceAfter=s * 0.4,
                                      keepWithNext=1)
        self.title = ParagraphStyle("title", parent=self.heading, fontSize=s * 1.6, leading=s * 2,
                                    spaceAfter=s)
        self.item = ParagraphStyle("item", parent=self.body, spaceAfter=s * 0.25, bulletFontName=f.regular,
                                   bulletFontSize=s)
        self.cell = ParagraphStyle("cell", fontName=f.regular, fontSize=layout.cell_size,
                                   leading=layout.cell_size * 1.25)
        self.cell_head = ParagraphStyle("cellhead", parent=self.cell, fontName=f.bold)


def _x(text: str) -> str:
    return escape(text)


class _DotItem(Flowable):
    """A list item whose bullet is a small filled circle drawn on the canvas (no glyph in the
    text layer), with a hanging indent; splits across frames like its paragraph."""

    def __init__(self, para: Paragraph, indent: float, dot: bool = True, space_after: float = 2) -> None:
        super().__init__()
        self.para, self.indent, self.dot, self.spaceAfter = para, indent, dot, space_after
        self._h = 0.0

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        _, self._h = self.para.wrap(avail_w - self.indent, avail_h)
        self.width, self.height = avail_w, self._h
        return avail_w, self._h

    def split(self, avail_w: float, avail_h: float) -> list[Flowable]:
        parts = self.para.split(avail_w - self.indent, avail_h)
        if len(parts) < 2:
            return []
        return [_DotItem(parts[0], self.indent, self.dot, 0),
                *(_DotItem(p, self.indent, False, self.spaceAfter) for p in parts[1:])]

    def draw(self) -> None:
        self.para.drawOn(self.canv, self.indent, 0)
        if self.dot:
            size = self.para.style.fontSize
            baseline = self._h - size  # reportlab sets the first line one font size down
            self.canv.circle(self.indent - 0.65 * size, baseline + 0.33 * size, 0.17 * size,
                             stroke=0, fill=1)


def _fit_table(rows: list[list[str]], avail: float, font: str, size: float,
               stretch: bool) -> tuple[float, list[float]]:
    """Font size and column widths, as a designer would: natural widths when the table fits;
    otherwise every column at least as wide as its longest word (the font a little smaller
    if need be, down to 6 pt) and the remaining width shared by how much each column wants."""
    pad = 10.0
    n = len(rows[0])

    def width(text: str, sz: float) -> float:
        return pdfmetrics.stringWidth(text, font, sz)

    while True:
        nat = [max(max(width(r[i], size) for r in rows) + pad, MIN_COL) for i in range(n)]
        # an amount is one word ("6 200" never wraps between its digit groups)
        least = [max(max((width(w, size) for r in rows for w in _AMOUNT_SPACE.sub("\u00a0", r[i]).split(" ")),
                         default=0) + pad, MIN_COL)
                 for i in range(n)]
        if sum(least) <= avail or size <= 6:
            break
        size -= 0.5
    if sum(nat) <= avail:
        return size, [w * avail / sum(nat) for w in nat] if stretch else nat
    if sum(least) >= avail:
        return size, [w * avail / sum(least) for w in least]
    want = [a - b for a, b in zip(nat, least, strict=True)]
    extra = avail - sum(least)
    return size, [b + extra * w / sum(want) for b, w in zip(least, want, strict=True)]


def layout_table(t: TableBlock) -> bool:
    """A signature block set in columns ("Name   Name" / "Title   Title"): words in a grid,
    not a table of data; it is not ruled even in pdf-tables."""
    cells = [c for r in t.rows for c in r if c]
    return len(t.rows[0]) <= 3 and len(t.rows) <= 8 and all(len(c) < 45 and not _NUMERIC.fullmatch(c) for c in cells)


_AMOUNT_SPACE = re.compile(r"(?<=\d) (?=\d{3}\b)")


def _table(block: TableBlock, layout: Layout, st: _Styles, avail: float) -> Table:
    rows = block.rows
    if layout.ruled and layout_table(block):
        layout = LAYOUTS["pdf-onecol"]
    size, widths = _fit_table(rows, avail, st.cell.fontName, st.cell.fontSize, stretch=layout.ruled)
    cell = ParagraphStyle("c", parent=st.cell, fontSize=size, leading=size * 1.25)
    head = ParagraphStyle("ch", parent=cell, fontName=st.cell_head.fontName)
    data = [[c if c and r and _NUMERIC.fullmatch(c) else
             Paragraph(_x(c), head if layout.ruled and r == 0 else cell)
             for c in row] for r, row in enumerate(rows)]
    pad = 4 if layout.ruled else 0
    cmds: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), 10 - pad),
                         ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    # figures are plain strings, set right-aligned in the cell's font: they never wrap
    cmds += [("FONT", (0, 0), (-1, -1), st.cell.fontName, size)]
    cmds += [("ALIGN", (c, r), (c, r), "RIGHT") for r, row in enumerate(rows)
             for c, v in enumerate(row) if v and r and _NUMERIC.fullmatch(v)]
    if layout.ruled:
        cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88))]
    t = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1 if layout.ruled else 0)
    t.setStyle(TableStyle(cmds))
    t.spaceBefore, t.spaceAfter = 2, layout.body_size * 0.8
    return t


def _list(block: ListBlock, layout: Layout, st: _Styles, avail: float) -> list[Flowable]:
    s = layout.body_size
    if not layout.drawn_bullets:
        out: list[Flowable] = []
        for k, it in enumerate(block.items):
            hang = (1.9 if it.numbered else 1.4) * s
            style = ParagraphStyle("li", parent=st.item, leftIndent=it.depth * 1.4 * s + hang,
                                   bulletIndent=it.depth * 1.4 * s,
                                   spaceAfter=s * (0.6 if k == len(block.items) - 1 else 0.25))
            out.append(Paragraph(_x(it.text), style, bulletText=it.marker if it.numbered else "•"))
        return out
    # two-column style: dots drawn as circles, numbers in a number column of a rule-less table
    out = []
    i = 0
    items = block.items
    while i < len(items):
        j = i
        while j < len(items) and items[j].numbered == items[i].numbered:
            j += 1
        group = items[i:j]
        if group[0].numbered:
            num_w = max(pdfmetrics.stringWidth(it.marker, st.item.fontName, s) for it in group) + 0.6 * s
            indent = [it.depth * 1.2 * s for it in group]
            data = [[Paragraph(_x(it.marker), st.body), Paragraph(_x(it.text), st.body)] for it in group]
            t = Table(data, colWidths=[num_w + max(indent), avail - num_w - max(indent)], hAlign="LEFT")
            cmds: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
            cmds += [("LEFTPADDING", (0, r), (0, r), indent[r]) for r in range(len(group))]
            t.setStyle(TableStyle(cmds))
            t.spaceAfter = s * 0.5
            out.append(t)
        else:
            for k, it in enumerate(group):
                para = Paragraph(_x(it.text), st.body)
                last = k == len(group) - 1
                out.append(_DotItem(para, (1.3 + 1.2 * it.depth) * s, True, s * (0.6 if last else 0.25)))
        i = j
    return out


def _block(b: Block, layout: Layout, st: _Styles, avail: float, title: bool) -> list[Flowable]:
    """`title`: the block opens the document; a heading there, or the first line of a short
    block (the organisation's name), is set as the title."""
    if isinstance(b, Heading):
        return [Paragraph(_x(b.text), st.title if title else st.heading)]
    if isinstance(b, Para):
        # an opening line such as "Verksamhetsberättelse ..., LSG Strängnäs 2010" is the title
        plain = not title or len(b.text) >= 100 or _FULL_STOP.search(b.text)
        return [Paragraph(_x(b.text), st.body if plain else st.title)]
    if isinstance(b, Lines):
        lines = list(b.lines)
        out: list[Flowable] = []
        if title and len(lines) <= 4:
            out.append(Paragraph(_x(lines.pop(0)), st.title))
        if lines:
            # runs of spaces kept (no-break spaces): "Sök   Meny" stays apart
            text = "<br/>".join(re.sub(r" {2,}", lambda m: "\u00a0" * len(m.group()), _x(x)) for x in lines)
            out.append(Paragraph(text, st.lines))
        return out
    if isinstance(b, ListBlock):
        return _list(b, layout, st, avail)
    if isinstance(b, TableBlock) and b.rows and b.rows[0]:
        return [_table(b, layout, st, avail)]
    return []


def _canvas_maker(header: str, footer: Callable[[int, int], str], rule: bool) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so the footer can say "av M"."""
    f = fonts()

    class _Numbered(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for n, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                w, h = self._pagesize
                self.saveState()
                self.setFont(f.regular, 7.5)
                self.setFillColor(colors.Color(0.3, 0.3, 0.3))
                if header:
                    self.drawString(MARGIN_X, h - 1.3 * cm, header)
                if rule:
                    self.setLineWidth(0.4)
                    self.line(MARGIN_X, h - 1.45 * cm, w - MARGIN_X, h - 1.45 * cm)
                text = footer(n, total)
                if rule:
                    self.drawCentredString(w / 2, 1.2 * cm, text)
                else:
                    self.drawRightString(w - MARGIN_X, 1.2 * cm, text)
                self.restoreState()
                super().showPage()
            super().save()

    return _Numbered


def _frames(size: tuple[float, float], columns: int) -> list[Frame]:
    w, h = size
    body_w, body_h = w - 2 * MARGIN_X, h - MARGIN_TOP - MARGIN_BOTTOM
    if columns == 1:
        return [Frame(MARGIN_X, MARGIN_BOTTOM, body_w, body_h, id="body")]
    col_w = (body_w - GUTTER) / 2
    return [Frame(MARGIN_X, MARGIN_BOTTOM, col_w, body_h, id="left"),
            Frame(MARGIN_X + col_w + GUTTER, MARGIN_BOTTOM, col_w, body_h, id="right")]


def _table_score(t: TableBlock) -> tuple[int, int]:
    return len(t.rows[0]), max(sum(len(c) for c in r) for r in t.rows)


def _page_break(story: list[Flowable], template: str | None = None) -> None:
    """A page break (one, not two in a row), switching the page template if asked."""
    while story and isinstance(story[-1], PageBreak | NextPageTemplate):
        story.pop()
    if template:
        story.append(NextPageTemplate(template))
    if story:
        story.append(PageBreak())


def typeset(pages: list[SourcePage], layout_name: str, out: Path | io.BytesIO) -> int:
    """Set the pages as a PDF in the given layout; returns the number of PDF pages."""
    layout = LAYOUTS[layout_name]
    st = _Styles(layout)
    pages = [p for p in pages if p.blocks]
    header = document_title(pages)
    # widths inside the frames' padding
    portrait_w = (A4[0] - 2 * MARGIN_X - (GUTTER if layout.columns == 2 else 0)) / layout.columns - 2 * FRAME_PAD
    full_w = A4[0] - 2 * MARGIN_X - 2 * FRAME_PAD
    land_w = landscape(A4)[0] - 2 * MARGIN_X - 2 * FRAME_PAD

    # pdf-tables: the widest table (most columns, then longest row) gets a landscape page of
    # its own, with the heading just before it; without a table the second page is landscape
    wide: tuple[int, int] | None = None
    if layout.ruled:
        tables = [(_table_score(b), (k, i)) for k, p in enumerate(pages) for i, b in enumerate(p.blocks)
                  if isinstance(b, TableBlock) and b.rows and not layout_table(b)]
        wide = max(tables, key=lambda t: (t[0], [-x for x in t[1]]))[1] if tables else None

    # pdf-twocol: a table that cannot keep whole words in a column at 6.5 pt spans the page:
    # a one-column page from the table on, two columns again on the next page
    def too_wide(b: Block) -> bool:
        if layout.columns == 1 or not isinstance(b, TableBlock) or not b.rows:
            return False
        size, _ = _fit_table(b.rows, portrait_w, st.cell.fontName, st.cell.fontSize, False)
        least = sum(max((pdfmetrics.stringWidth(w, st.cell.fontName, size) for r in b.rows for w in r[i].split()),
                        default=0) + 10 for i in range(len(b.rows[0])))
        return size < 6.5 or least > portrait_w

    story: list[Flowable] = []
    first_template = "portrait"
    for k, page in enumerate(pages):
        if k:
            _page_break(story)
        for i, b in enumerate(page.blocks):
            special = "landscape" if (k, i) == wide else "wide" if too_wide(b) else None
            if special is None:
                story.extend(_block(b, layout, st, portrait_w, title=k == 0 and i == 0))
                continue
            lead = story.pop() if i and isinstance(page.blocks[i - 1], Heading) else None
            if any(not isinstance(f, PageBreak | NextPageTemplate) for f in story):
                _page_break(story, special)
            else:
                story.clear()
                first_template = special
            story.extend([lead] if lead else [])
            story.extend(_block(b, layout, st, land_w if special == "landscape" else full_w, title=False))
            if special == "landscape":
                _page_break(story, "portrait")
    while story and isinstance(story[-1], PageBreak | NextPageTemplate):
        story.pop()

    doc = BaseDocTemplate(out if isinstance(out, io.BytesIO) else str(out), pagesize=A4,
                          leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                          bottomMargin=MARGIN_BOTTOM, title=header, author="media_bench", invariant=1)
    templates = {
        "portrait": PageTemplate("portrait", _frames(A4, layout.columns), pagesize=A4),
        "landscape": PageTemplate("landscape", _frames(landscape(A4), 1), pagesize=landscape(A4)),
        "wide": PageTemplate("wide", _frames(A4, 1), pagesize=A4, autoNextPageTemplate="portrait"),
    }
    if layout.ruled and wide is None:
        templates["first"] = PageTemplate("first", _frames(A4, 1), pagesize=A4, autoNextPageTemplate="landscape")
        templates["landscape"].autoNextPageTemplate = "portrait"
        first_template = "first"
    # the first template listed is the first page's
    doc.addPageTemplates([templates[first_template]] + [t for n, t in templates.items() if n != first_template])
    if layout.columns == 2:
        maker = _canvas_maker(header, lambda n, m: str(n), rule=True)
    else:
        maker = _canvas_maker(header, lambda n, m: f"Sida {n} av {m}", rule=False)
    doc.build(story, canvasmaker=maker)
    return doc.page


# ---------------------------------------------------------------------------------------------
# Scans


def _seed(name: str) -> int:
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big")


def scan(pdf: bytes, name: str, out: Path) -> int:
    """Rasterise a PDF as a tired office scanner would; returns the number of pages."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = random.Random(_seed(name))
    noise = np.random.default_rng(_seed(name))
    images: list[Image.Image] = []
    doc = pdfium.PdfDocument(pdf)
    try:
        for page in doc:
            img = page.render(scale=SCAN_DPI / 72, grayscale=True).to_pil().convert("L")
            page.close()
            img = img.rotate(rng.uniform(-1.5, 1.5), resample=Image.Resampling.BICUBIC, fillcolor=255)
            img = img.filter(ImageFilter.GaussianBlur(0.6))
            a = np.asarray(img).copy()
            speck = noise.random(a.shape)
            # light: tesseract still finds ~99.5 % of the words (0.1 % + 0.15 % cost ~2.5 %)
            a[speck < 0.0003] = 0  # pepper
            a[speck > 1 - 0.0005] = 255  # salt
            images.append(Image.fromarray(a))
    finally:
        doc.close()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=SCAN_DPI)
    return len(images)


# ---------------------------------------------------------------------------------------------


def rendered_name(txt_name: str, medium: str) -> str:
    """`b2_01_x.txt` -> `b2_01_x.pdf` for every medium but text."""
    return txt_name if medium == "text" else str(Path(txt_name).with_suffix(".pdf"))


def render(txt: Path, medium: str, dest: Path) -> int:
    """Write `txt` in `medium` to `dest`; returns the number of pages written (text: source pages)."""
    if medium not in MEDIA:
        raise ValueError(f"unknown medium {medium!r}; one of {', '.join(MEDIA)}")
    dest.parent.mkdir(parents=True, exist_ok=True)
    if medium == "text":
        shutil.copyfile(txt, dest)
        return len(read_pages(txt))
    pages = read_pages(txt)
    if medium == "scan":
        buf = io.BytesIO()
        typeset(pages, "pdf-onecol", buf)
        return scan(buf.getvalue(), txt.name, dest)
    return typeset(pages, medium, dest)
