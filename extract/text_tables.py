"""Tables written as text: fixed-width columns as `pdftotext -layout` and many web transcripts
print them (cells that wrap onto continuation lines, a header that may wrap too), and the
roles of a table's columns read from its header words (`data/table_columns.toml`).

Pipe and tab rows are split line by line in `structure`; this module finds the fixed-width
tables, whose columns only show over several lines, and gives every table its header row and
column roles, so that extractors ask for "the goal column" whatever the table was written as.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..resources import load_toml

_GAP = re.compile(r" {2,}")
_YEAR_CELL = re.compile(r"^(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?$")
_FIGURE = re.compile(r"^[-−–]?\s*\d[\d\s.,]*\s*(?:%|kr|tkr|mnkr|st)?$")
SLACK = 3  # columns of a hand-aligned table may be off by this many characters
MAX_LINE = 260  # longer lines are prose (or a flattened page), never a table row
MAX_HEADER_CELL = 48


@dataclass
class Segment:
    start: int  # offsets within the line
    end: int
    text: str


def segments(line: str) -> list[Segment]:
    """A line cut at runs of two or more spaces."""
    out, pos = [], 0
    for m in _GAP.finditer(line):
        if m.start() > pos:
            out.append(Segment(pos, m.start(), line[pos:m.start()]))
        pos = m.end()
    end = len(line.rstrip())
    if end > pos:
        out.append(Segment(pos, end, line[pos:end]))
    # leading spaces: the first segment starts where its text does
    if out and out[0].text[:1] == " ":
        lead = len(out[0].text) - len(out[0].text.lstrip())
        out[0] = Segment(out[0].start + lead, out[0].end, out[0].text.lstrip())
    return out


@dataclass
class FixedRow:
    """Lines (indices) of one row and its cells: per column, (absolute start, end, text)."""

    lines: list[int]
    cells: list[tuple[int, int, str]]
    header: bool = False


@dataclass
class FixedTable:
    first: int  # first and last line index (inclusive)
    last: int
    rows: list[FixedRow] = field(default_factory=list)


@cache
def _roles() -> list[tuple[str, re.Pattern]]:
    cfg = load_toml("extract", "table_columns.toml")["roles"]
    # a role word ends where a word ends; a year, a number or a parenthesis may follow it
    return [(role, re.compile(r"(?:" + "|".join(pats) + r")(?![\wåäöÅÄÖ])", re.I))
            for role, pats in cfg.items()]


_CELL_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[a-h]\))\s+")


def column_role(header_cell: str) -> str:
    """The role of a column from its header cell ('' when no role word names it)."""
    cell = _CELL_NUMBER.sub("", " ".join(header_cell.split())).strip(" :*")
    if not cell or len(cell) > MAX_HEADER_CELL:
        return ""
    for role, pat in _roles():
        if pat.match(cell):
            return role
    return ""


def is_header(cells: list[str], strict: bool = False) -> bool:
    """Whether a row names its columns: every non-empty cell short, with no sentence and no
    figure in it, and a role word in at least one cell (`strict`: in two cells and in half
    of them, for a row among other rows, where "... | Kommunen | Genomförd" is data)."""
    texts = [c.strip() for c in cells if c.strip()]
    if len(texts) < 2 or any(len(t) > MAX_HEADER_CELL or t.endswith(".") for t in texts):
        return False
    if any(_FIGURE.match(t) and not _YEAR_CELL.match(t) for t in texts):
        return False  # "Summa  1 545 000" is a row of figures, not a header
    named = sum(1 for t in texts if column_role(t))
    return named >= max(2, len(texts) / 2) if strict else named >= 1


def _fits(segs: list[Segment], starts: list[int], ends: list[int]) -> list[int] | None:
    """The column of each segment, or None when a segment crosses into the next column or
    starts where no column is."""
    cols = []
    for s in segs:
        k = None
        for c in range(len(starts)):
            nxt = starts[c + 1] if c + 1 < len(starts) else None
            left_ok = s.start >= starts[c] - SLACK or abs(s.end - ends[c]) <= SLACK
            if left_ok and (nxt is None or s.start < nxt - SLACK):
                k = c
        if k is None or (cols and k <= cols[-1]):
            return None
        nxt = starts[k + 1] if k + 1 < len(starts) else None
        if nxt is not None and s.end > nxt + 1:
            return None
        cols.append(k)
    return cols


def find_fixed_tables(text: str, lines: list[tuple[int, int]]) -> dict[int, FixedTable]:
    """Fixed-width tables by their first line index. A table opens with a header line of two
    or more short cells, one of which names a role; the lines below belong to it while their
    cells stand under its columns. A line whose first column is empty, or whose first cell
    goes on in lower case, continues the row above (a wrapped cell)."""
    out: dict[int, FixedTable] = {}
    i = 0
    n = len(lines)
    while i < n:
        s, e = lines[i]
        line = text[s:e]
        if len(line) > MAX_LINE or "\t" in line or line.count("|") >= 2:
            i += 1
            continue
        head = segments(line)
        if len(head) < 2 or not is_header([g.text for g in head]):
            i += 1
            continue
        table = _grow(text, lines, i, head)
        if table is None:
            i += 1
            continue
        out[i] = table
        i = table.last + 1
    return out


def _grow(text: str, lines: list[tuple[int, int]], i: int, head: list[Segment]
          ) -> FixedTable | None:
    starts = [g.start for g in head]
    ends = [g.end for g in head]
    ncol = len(head)
    header = FixedRow([i], _cells(lines[i][0], head, list(range(ncol)), ncol), header=True)
    rows: list[FixedRow] = [header]
    in_header = True
    k = i + 1
    last = i
    while k < len(lines):
        s, e = lines[k]
        line = text[s:e]
        if not line.strip():
            # a blank line inside a table: go on only if the next line is a full row
            nk = k + 1
            if nk < len(lines) and text[lines[nk][0]:lines[nk][1]].strip():
                segs = segments(text[lines[nk][0]:lines[nk][1]])
                cols = _fits(segs, starts, ends) if len(segs) >= 2 else None
                if cols and cols[0] == 0 and segs[0].text[:1].isupper():
                    k += 1
                    continue
            break
        if len(line) > MAX_LINE or "\t" in line:
            break
        segs = segments(line)
        cols = _fits(segs, starts, ends)
        if cols is None:
            break
        if in_header and cols[0] != 0 and all(len(g.text) <= MAX_HEADER_CELL for g in segs):
            _extend(rows[-1], lines[k][0], segs, cols, k)  # "Målvärde" over "2024": one header
            last = k
            k += 1
            continue
        in_header = False
        # a first cell going on in lower case continues the row above, unless the line has
        # figures of its own ("  därav STARK   -3 905" is a row of a budget)
        cont = cols[0] != 0 or (segs[0].text[:1].islower() and len(rows) > 1
                                and not any(_FIGURE.match(g.text) for g in segs[1:]))
        if cont and len(rows) > 1:
            _extend(rows[-1], lines[k][0], segs, cols, k)
        elif len(segs) == 1 and re.fullmatch(r"\d{1,3}", segs[0].text):
            break  # a page number under the table
        else:
            rows.append(FixedRow([k], _cells(lines[k][0], segs, cols, ncol)))
        last = k
        k += 1
    body = rows[1:]
    if not any(sum(1 for c in r.cells if c[2]) >= 2 for r in body):
        return None
    return FixedTable(i, last, rows)


def _cells(line_start: int, segs: list[Segment], cols: list[int], ncol: int
           ) -> list[tuple[int, int, str]]:
    cells: list[tuple[int, int, str]] = [(line_start, line_start, "")] * ncol
    for g, c in zip(segs, cols, strict=True):
        cells[c] = (line_start + g.start, line_start + g.end, g.text)
    return cells


def _extend(row: FixedRow, line_start: int, segs: list[Segment], cols: list[int], k: int) -> None:
    """A continuation line: each fragment joins its column's cell (the cell's span then
    reaches over the lines between, which the evidence quotes as stored)."""
    row.lines.append(k)
    for g, c in zip(segs, cols, strict=True):
        cs, ce, t = row.cells[c]
        a, b = line_start + g.start, line_start + g.end
        if t:
            joined = t[:-1] + g.text if t.endswith("-") and g.text[:1].islower() else f"{t} {g.text}"
            row.cells[c] = (cs, b, joined)
        else:
            row.cells[c] = (a, b, g.text)


# --- tables of any kind --------------------------------------------------------------------

_SEPARATOR_CELL = re.compile(r"^:?-{2,}:?$|^=+$|^\+?[-+=]+\+?$")


def is_separator(cells: list[str]) -> bool:
    """`|---|:---:|` under a pipe table's header."""
    texts = [c.strip() for c in cells]
    return bool(texts) and all(not t or _SEPARATOR_CELL.match(t) for t in texts) \
        and any(texts)
