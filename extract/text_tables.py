"""Tables written as text: fixed-width columns as `pdftotext -layout` and many web transcripts
print them (cells that wrap onto continuation lines, a header that may wrap too), and the
roles of a table's columns read from its header words (`data/table_columns.toml`).

Pipe and tab rows are split line by line in `structure`; this module finds the fixed-width
tables, whose columns only show over several lines, and gives every table its header row and
column roles, so that extractors ask for "the goal column" whatever the table was written as.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial

from ..resources import load_toml
from ..vocabulary import months, times
from .forms import form_note
from .list_markers import LIST_MARKER
from .outcomes import cell_status, no_claim
from .sentences import LABEL_LINE, PHRASE_GOES_ON

_GAP = re.compile(r" {2,}")
_YEAR_CELL = re.compile(r"^(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?$")
_COUNTED_FIELD = re.compile(r":\s*\d+\s*$")
_FIGURE = re.compile(r"^(?:kr\.?\s+)?[-−–]?\s*\d[\d\s.,]*\s*(?:%|kr|tkr|mnkr|st)?$")
SLACK = 3  # columns of a hand-aligned table may be off by this many characters
MAX_LINE = 260  # longer lines are prose (or a flattened page), never a table row
MAX_HEADER_CELL = 48
MIN_LABEL_COLUMN = 8  # a header indented this far leaves room for a column of labels


@dataclass
class Segment:
    start: int  # offsets within the line
    end: int
    text: str


_SPECK = re.compile(r"^[.,:;'\"`´’”“]+$")


def segments(line: str) -> list[Segment]:
    """A line cut at runs of two or more spaces; a segment of nothing but a stop or a quote
    (a scan's speck) is no cell; a currency set apart before its figure ("kr   410 000") is
    the figure's cell."""
    out: list[Segment] = []
    for g in (x for seg in _segments(line) for x in _marked_figures(seg)):
        if _SPECK.match(g.text):
            continue
        if out and _CURRENCY_BEFORE.match(out[-1].text) and _FIGURE.match(g.text):
            out[-1] = Segment(out[-1].start, g.end, line[out[-1].start:g.end])
            continue
        out.append(g)
    return out


_CURRENCY_BEFORE = re.compile(r"^(?:kr|sek)\.?$", re.I)
# a figure that marks its own bounds: "10.000:-", "1.000.000", "0:-"
_MARKED_FIGURE = re.compile(r"[-−]?\d{1,3}(?:\.\d{3})*:-|[-−]?\d{1,3}(?:\.\d{3})+")


def _marked_figures(seg: Segment) -> list[Segment]:
    """A segment whose last words are figures that mark their own bounds, set off by single
    spaces where a long label left no room ("Handledning och utbildning 10.000:-", "240.000:-
    1.000.000:-"): the label and each figure a segment."""
    words = list(re.finditer(r"\S+", seg.text))
    k = len(words)
    while k and _MARKED_FIGURE.fullmatch(words[k - 1].group()):
        k -= 1
    if k == len(words) or len(words) < 2:
        return [seg]
    out = [Segment(seg.start, seg.start + words[k - 1].end(), seg.text[:words[k - 1].end()])] \
        if k else []
    out += [Segment(seg.start + w.start(), seg.start + w.end(), w.group()) for w in words[k:]]
    return out


def _segments(line: str) -> list[Segment]:
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
    # the role words fill the cell, but for what dates it: "Utfall per 31 augusti",
    # "Mål för 2010", "Målvärde 2024", "Budget (tkr)", "Uppnått?"
    tail = (r"(?:\s+(?:för|per|t\.?o\.?m\.?|till|i|år|enligt|under|inom|från|vid|mot|och)"
            r"\b[^()]{0,40}|\s+[\d/.–-][\d/.–\s-]*|\s+(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|maj|"
            r"jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*\.?(?:\s+\d{4})?)?(?:\s*\([^)]*\))?\s*[:?*]?\s*$")
    # (and for a party's part of it, the party's short name before a hyphen: "Af-deltagare",
    # "FK-medel")
    party = r"(?:[A-ZÅÄÖ][\wåäöÅÄÖ]{0,5}-)?"
    return [(role, re.compile(party + r"(?:" + "|".join(pats) + r")(?![\wåäöÅÄÖ])" + tail, re.I))
            for role, pats in cfg.items()]


_CELL_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[a-h]\))\s+")


@lru_cache(maxsize=4096)  # (asked per cell of every row: a header's few words, again and again)
def column_role(header_cell: str) -> str:
    """The role of a column from its header cell ('' when no role word names it)."""
    # (a scan reads a stop after a header word now and then: "Mål.")
    cell = _CELL_NUMBER.sub("", " ".join(header_cell.split())).strip(" :*")
    cell = _period_after(cell)  # "Status dec-24", "Utfall HT 2021": the column's word
    if len(cell.split()) <= 2:
        cell = cell.rstrip(".").strip()
    if not cell or len(cell) > MAX_HEADER_CELL:
        return ""
    # a narrow column breaks its header word: "Statu" over "s", or "Statu" alone
    glued = re.sub(r"(?<=[^\W\d_]) ([a-zåäö]{1,3})$", r"\1", cell)
    for role, pat in _roles():
        if pat.match(cell) or (glued != cell and pat.match(glued)):
            return role
    if re.fullmatch(r"[^\W\d_]{4,}", cell):
        low = cell.lower()
        for role, word in _role_words():
            if word.startswith(low) and len(word) - len(low) <= 2:
                return role
    return ""


def _period_after(cell: str) -> str:
    """A header cell without the period it is dated by, when one ends it ("Status dec-24",
    "Status per 31/12", "Utfall HT 2021", "Bedömning Q3")."""
    words = cell.split()
    k = len(words)
    while k > 1 and _period_word(words[k - 1]):
        k -= 1
    return " ".join(words[:k]) if k < len(words) else cell


def _period_word(word: str) -> bool:
    low = word.lower().strip(".,:")
    head = re.split(r"[-/]", low)[0]
    return bool(re.fullmatch(r"(?:\d{2}|\d{4}|\d{1,2}/\d{1,2}(?:[-/]\d{2,4})?)", low)) \
        or low in ("per", "t.o.m", "tom") or _month_word(head) \
        or (head in times() and re.fullmatch(r"[^\W\d_]+(?:[-/]?\d{1,4})?", low) is not None)


@cache
def _role_words() -> list[tuple[str, str]]:
    """The roles' plain header words ("status", "kommentar"), for a word a column broke."""
    cfg = load_toml("extract", "table_columns.toml")["roles"]
    return [(role, p) for role, pats in cfg.items() for p in pats
            if re.fullmatch(r"[a-zåäö]+", p)]


def is_header(cells: list[str], strict: bool = False) -> bool:
    """Whether a row names its columns: every non-empty cell short, with no sentence and no
    figure in it, and a role word in at least one cell (`strict`: in two cells and in half
    of them, for a row among other rows, where "... | Kommunen | Genomförd" is data)."""
    texts = [c.strip() for c in cells if c.strip()]
    if len(texts) < 2 or any(len(t) > MAX_HEADER_CELL or (t.endswith(".") and len(t.split()) > 2)
                             for t in texts):
        return False
    if any(_FIGURE.match(t) and not _YEAR_CELL.match(t) for t in texts) \
            or any(_COUNTED_FIELD.search(t) for t in texts):
        # "Summa  1 545 000" is a row of figures, "Klar: 10  Pågår: 4" one of counts, not a
        # header
        return False
    if strict and (ROW_MARKER.match(texts[0]) or _NUMBER_GAP.match(texts[0])):
        # "1. Antal inskrivna | Uppnått", "4  Uppföljning i SUS | ... | Uppnått": a numbered
        # row among rows is data
        return False
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
            # left-aligned under its header, or right-aligned (figures) and clear of the
            # column before
            left_ok = s.start >= starts[c] - SLACK or (
                abs(s.end - ends[c]) <= SLACK and (c == 0 or s.start > ends[c - 1]))
            if left_ok and (nxt is None or s.start < nxt - SLACK):
                k = c
        if cols and k is not None and k <= cols[-1] and _FIGURE.match(s.text) \
                and cols[-1] + 1 < len(starts):
            k = cols[-1] + 1  # a figure set a little left of its column (a scan's boxes)
        if k is None or (cols and k <= cols[-1]):
            return None
        nxt = starts[k + 1] if k + 1 < len(starts) else None
        if nxt is not None and s.end > nxt + SLACK:
            return None
        cols.append(k)
    return cols


def find_text_tables(text: str, lines: list[tuple[int, int]]) -> dict[int, FixedTable]:
    """Tables whose rows span several lines, by their first line index: a spreadsheet's or a
    system's export (semicolons, or tabs with quoted cells over lines), grid tables drawn
    with `+---+` borders, pipe tables under a `--- | ---` separator, and fixed-width
    columns."""
    out: dict[int, FixedTable] = {}
    i = 0
    n = len(lines)
    while i < n:
        table = _delimited(text, lines, i) or _grid(text, lines, i) \
            or _markdown(text, lines, i) or _fixed(text, lines, i) \
            or _flattened(text, lines, i) or _stacked(text, lines, i) \
            or _counted(text, lines, i) or _alternating(text, lines, i)
        if table is None:
            i += 1
            continue
        out[table.first] = table  # a header may reach up one line
        i = table.last + 1
    return out


FLAT_MAX_COLUMNS = 6
FLAT_MIN_ROWS = 3
EMPTY_ROWS_AHEAD = 4  # rows a form may leave empty before its next row of figures


def _flattened(text: str, lines: list[tuple[int, int]], i: int) -> FixedTable | None:
    """A table that a converter printed one cell per line: a header of k + 1 short cells
    ("Post" / "Budget 2014" / "Utfall 2014") and then rows of a label and k figures, three
    rows or more, each line a cell."""
    cell = partial(_line_text, text, lines)

    first = cell(i)
    if not first or len(first) > MAX_HEADER_CELL or _FIGURE.match(first) \
            or not any(_FIGURE.match(cell(i + j)) for j in range(2, FLAT_MAX_COLUMNS + 2)):
        return None  # cheap tests first: most lines open no such table
    for k in range(1, FLAT_MAX_COLUMNS):  # k figure columns
        spans = _flat_header(text, lines, i, k)
        head = [c[2] for c in spans]
        if not all(head) or not is_header(head) or any(_FIGURE.match(h) for h in head[1:]
                                                      if not _YEAR_CELL.match(h)):
            continue
        n = i + k + 1 + sum(c[3] for c in spans)
        rows = [FixedRow(list(range(i, n)), [c[:3] for c in spans], header=True)]
        # (a column of note numbers, "Not", which a row without a note leaves out)
        note = next((x for x in range(1, k) if NOTE_COLUMN.match(head[x])), None)
        empty = 0
        while n < len(lines):
            label = cell(n)
            if not label or _FIGURE.match(label) or len(label) > MAX_HEADER_CELL * 2:
                break
            # a cell left empty is a blank line, a dash or a form's placeholder ("Utbildning" /
            # "15 000" / "" / "35 000")
            j = n + 1
            while j - n <= k and j < len(lines) and (not cell(j) or _FIGURE.match(cell(j))
                                                     or _EMPTY_CELL.match(cell(j))
                                                     or form_note(cell(j))):
                j += 1
            filled = [x for x in range(n + 1, j) if _FIGURE.match(cell(x))]
            if j - n == k + 1 and filled and not (j < len(lines) and _FIGURE.match(cell(j))):
                rows.append(FixedRow(list(range(n, j)),
                                     [_line_cell(text, lines, n + x) for x in range(k + 1)]))
                n = j
            elif note is not None and j - n == k and filled:
                # a row that refers to no note: its note cell left out, not left empty
                # ("Årets resultat" / "-477" / "457" under "Not" / "2015" / "2014")
                got = [_line_cell(text, lines, n + x) for x in range(k)]
                at = got[note - 1][1]
                rows.append(FixedRow(list(range(n, j)), got[:note] + [(at, at, "")] + got[note:]))
                n = j
            elif not filled and j - n > 1 and cell(j) and any(
                    _FIGURE.match(cell(x)) for x in range(j + 1, j + EMPTY_ROWS_AHEAD * (k + 1))):
                # a row a form left empty ("Lokalkostnader" / "" / "" / ""), with a row of
                # figures after it: not the table's end (a title after the table is one)
                n = j
                empty += 1
            else:
                break
        figures = [c[2] for r in rows[1:] for c in r.cells[1:] if c[2]]
        if all(_YEAR_CELL.match(f) for f in figures):
            continue  # "År 1" / "2025" / "År 2" / "2026": another table's header, no rows
        if len(rows) - 1 + empty >= FLAT_MIN_ROWS and len(rows) > 1:
            return FixedTable(i, n - 1, rows)
    return None


ALTERNATING_MIN_ROWS = 3


def _alternating(text: str, lines: list[tuple[int, int]], i: int) -> FixedTable | None:
    """A list of amounts a converter printed a cell per line under its caption: the caption
    ("Medlemsavgifter 2015 (tkr)", "Not 2 Verksamhetens kostnader (tkr)") over a label and
    its figure, line by line, three rows or more. The caption is the table's header, its one
    figure column named by the caption's year, if it has one."""
    cell = partial(_line_text, text, lines)

    caption = cell(i)
    if not caption or len(caption) > MAX_HEADER_CELL or _FIGURE.match(caption) \
            or not _FIGURE.match(cell(i + 2)) or _FIGURE.match(cell(i + 1)):
        return None  # cheap tests first
    rows = []
    n = i + 1
    while n + 1 < len(lines) and cell(n) and not _FIGURE.match(cell(n)) \
            and len(cell(n)) <= MAX_HEADER_CELL * 2 and _FIGURE.match(cell(n + 1)) \
            and not _FIGURE.match(cell(n + 2)):
        rows.append(FixedRow([n, n + 1], [_line_cell(text, lines, n),
                                          _line_cell(text, lines, n + 1)]))
        n += 2
    if len(rows) < ALTERNATING_MIN_ROWS:
        return None
    year = _CAPTION_YEAR.search(caption)
    s, e, words = _line_cell(text, lines, i)
    head = [(s, e, words), (s + year.start(), s + year.end(), year.group()) if year else (e, e, "")]
    return FixedTable(i, n - 1, [FixedRow([i], head, header=True), *rows])


_CAPTION_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
STACK_MAX_COLUMNS = 5
STACK_MIN_ROWS = 2
STACK_CELL_LINES = 4  # lines a wrapped cell of such a table takes at most
WRAPPED_STATUS_WORDS = 4  # words of a status cell wrapped over two lines ("Kan ej" / "bedömas")
STATUS_WORDS = 12  # words at most in a status cell ("Genomförd 11 mars, 46 deltagare")
TIME_WORDS = 6  # and in a time cell ("Våren 2012", "Senast 31 maj", "Aug–okt 2023, därefter löpande")


def _stacked(text: str, lines: list[tuple[int, int]], i: int) -> FixedTable | None:
    """A table that OCR or a converter set one cell per line, one column of which assesses
    the row or says when it is done: a header of two to five short cells on lines of their
    own ("Mål" / "Resultat" / "Bedömning", "Aktivitet" / "Tidpunkt" / "Ansvarig"), then rows
    each holding such a cell ("Ej uppnått", "Våren 2012"), the cells after it one line each.
    A cell before it may wrap onto the next line where that line goes on in lower case or
    inside a phrase."""
    cell = partial(_line_text, text, lines)

    if not _clear_above(cell, i, (".", ":")) or not cell(i) \
            or len(cell(i)) > MAX_HEADER_CELL:
        return None  # cheap test first: a header opens a paragraph, or follows a sentence
    # (a header's short lines only; a column's word over its year is one cell: "Målvärde" /
    # "2017")
    spans = _stack_header(text, lines, i)
    width = len(spans)
    roles = [column_role(c[2]) for c in spans]
    found = None
    # the widest such header ("Nr / Aktivitet / Ansvarig / Klart senast / Status" ends on its
    # status, not on its timetable); a column after the one that ends the row's cells must
    # have a role too ("Aktivitet / Tidpunkt / Ansvarig")
    for k in range(width, 1, -1):
        anchor = max((j for j in range(1, k) if roles[j] in _ROW_ENDS), default=None)
        if anchor is not None and all(roles[anchor + 1:k]):
            found = k, anchor
            break
    if found is None:
        return None
    k, anchor = found
    head = [c[2] for c in spans[:k]]
    if not is_header(head) or any((_FIGURE.search(h) and not _COLUMN_YEAR.match(h))
                                  or h.endswith(".") for h in head):
        return None
    n = i + k + sum(c[3] for c in spans[:k])
    rows = [FixedRow(list(range(i, n)), [c[:3] for c in spans[:k]], header=True)]
    ends = _ROW_ENDS[column_role(head[anchor])]
    after = k - 1 - anchor  # cells after the anchor's, a line each

    def anchored(n: int, m: int, before: int = anchor) -> int:
        # the lines of the anchor cell if line m opens it in the row from line n (else 0):
        # as many lines before it open a cell as there are cells before it (a line in lower
        # case goes on with the one above); a line in lower case after it wraps the status
        # ("Delvis" / "uppnått"), or else the line is a cell that wraps ("Genomförd" /
        # "behovsanalys som ...")
        titled = _group_title(cell(n), cell(n + 1))
        if cell(m)[:1].islower() or sum(opens_cell(x) for x in range(n + bool(titled), m)) < before:
            return 0
        if cell(m + 1)[:1].islower():
            both = f"{cell(m)} {cell(m + 1)}"
            return 2 if len(both.split()) <= WRAPPED_STATUS_WORDS and ends(both) else 0
        return 1 if ends(cell(m)) else 0

    def opens_cell(x: int) -> bool:
        # (a time in lower case is a cell of its own, "löpande", "kvartalsvis", unless the
        # line above goes on into it: "Klar i" / "mars")
        return not cell(x)[:1].islower() or (time_cell(cell(x))
                                             and not PHRASE_GOES_ON.search(cell(x - 1))
                                             and not _TIME_LEAD.search(cell(x - 1)))

    def joined(a: int, b: int) -> tuple[int, int, str]:
        # lines a to b - 1 as one cell
        first, words = _line_cell(text, lines, a), cell(a)
        for x in range(a + 1, b):
            words = _join(words, cell(x))
        return first[0], _line_cell(text, lines, b - 1)[1], words

    def anchor_line(n: int, before: int) -> int | None:
        # (the anchor cell stands below the cells before it, each a line at least)
        end = next((m for m in range(n, min(n + before * STACK_CELL_LINES + 1, len(lines)))
                    if not cell(m) or anchored(n, m, before)), None)
        return end if end is not None and cell(end) else None

    while True:
        spanned = 0
        end = anchor_line(n, anchor)
        if end is None and len(rows) > 1 and anchor > 1 and not cell(n) and cell(n + 1):
            # a blank line, then a row without its first cell: that cell spans the rows of
            # its group ("1. Fler ... ska ..." / "Koppla ..." / ... / "" / "Informationsträff
            # ..." / "Insatsledare KIA" / "April" / ...), the blank line between them
            end, spanned = anchor_line(n + 1, anchor - 1), 1
            n += 1
        if end is None:
            if spanned:
                n -= 1
            break
        k = end + anchored(n, end, anchor - spanned)
        tail = [joined(end, k)]
        for _ in range(after):  # each cell after the anchor a line, and its lines in lower case
            if not cell(k):
                break
            j = k + 1
            while cell(j)[:1].islower():
                j += 1
            tail.append(joined(k, j))
            k = j
        if len(tail) < after + 1:
            n -= spanned
            break
        cells = _stack_cells(text, lines, list(range(n, end)), anchor - spanned)
        if spanned:
            at = cells[0][0]
            cells = [(at, at, "")] + cells
        rows.append(FixedRow(list(range(n, k)), cells + tail))
        n = k
    return FixedTable(i, n - 1, rows) if len(rows) - 1 >= STACK_MIN_ROWS else None


# a numbered section's title ("6. Aktiviteter och tidsplan"), which may stand right above
# a table's header
_NUMBERED_TITLE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÅÄÖ][^.!?:]{0,60}$")


def _clear_above(cell: Callable[[int], str], i: int, ends: tuple[str, ...]) -> bool:
    """Whether a header set a cell per line may open at line i: a blank line, a sentence or
    a lead-in, or a title stands above it (a numbered section's, or a short line after a
    blank line or a sentence: "Delmål (mätbara)"), not a paragraph's line."""
    above = cell(i - 1)
    if not above or above.endswith(ends) or _NUMBERED_TITLE.match(above):
        return True
    before = cell(i - 2)
    return len(above) <= MAX_HEADER_CELL and not above.endswith(",") \
        and (not before or before.endswith((".", ":")))


COUNTED_MIN_COLUMNS = 3
COUNTED_MAX_COLUMNS = 8
COUNTED_CELL_CHARS = 300  # a cell of such a table is a line, never a paragraph


def _counted(text: str, lines: list[tuple[int, int]], i: int) -> FixedTable | None:
    """A table a converter set one cell per line with its empty cells kept as blank lines:
    a header of k short lines naming their columns (all but one with a role word), then
    rows of exactly k lines each, every row with its status or timetable cell where the
    header puts it ("Aktivitet" / "Ansvarig" / "Tid" / "Läge"; "Ansöka om medel" /
    "Mats G" / "Mars 2009" / "Ej genomfört")."""
    cell = partial(_line_text, text, lines)

    if not _clear_above(cell, i, (".", ":", ")")):
        return None  # a header opens a paragraph, or follows a sentence or a note
    if not all(0 < len(cell(i + j)) <= MAX_HEADER_CELL for j in range(COUNTED_MIN_COLUMNS)) \
            or not (column_role(cell(i)) or column_role(cell(i + 1))):
        return None  # (all its cells but one name a role, so one of its first two does)
    short = 0
    while short < COUNTED_MAX_COLUMNS and cell(i + short) \
            and len(cell(i + short)) <= MAX_HEADER_CELL:
        short += 1
    for k in range(short, COUNTED_MIN_COLUMNS - 1, -1):
        head = [cell(i + j) for j in range(k)]
        roles = [column_role(h) for h in head]
        anchors = [j for j, r in enumerate(roles) if r in _COUNTED_ENDS]
        named = [r for r in roles if r]
        if len(named) < k - 1 or len(set(named)) < len(named) or not anchors \
                or not is_header(head, strict=True):
            continue  # (nor one role twice: "Delmål (mätbara)" / "Delmål" is a title over it)
        rows = [FixedRow(list(range(i, i + k)),
                         [_line_cell(text, lines, i + j) for j in range(k)], header=True)]
        n, last = i + k, anchors[-1]
        while n + k <= len(lines):
            got = [cell(n + j) for j in range(k)]
            if (not got[0] and not got[1]) or not got[last] \
                    or (_FIGURE.match(got[0]) and not _NUMBER_COLUMN.match(head[0])) \
                    or any(len(g) > COUNTED_CELL_CHARS or _NUMBERED_TITLE.match(g) for g in got) \
                    or sum(bool(column_role(g)) for g in got) >= 2 \
                    or not all(_COUNTED_ENDS[roles[j]](got[j]) for j in anchors if got[j]):
                break
            rows.append(FixedRow(list(range(n, n + k)),
                                 [_line_cell(text, lines, n + j) for j in range(k)]))
            n += k
        if len(rows) - 1 >= STACK_MIN_ROWS:
            return FixedTable(i, n - 1, rows)
    return None


_TIME_LEAD = re.compile(r"\b(?:senast|före|efter|under|inom|tidigast)$", re.I)  # ("Klar senast" / "juni")
_COLUMN_YEAR = re.compile(r"^[^\W\d_]{2,20} (?:19|20)\d\d$")  # "Målvärde 2017"


def _stack_header(text: str, lines: list[tuple[int, int]], i: int
                  ) -> list[tuple[int, int, str, int]]:
    """The short lines from line i that may head a stacked table, at most
    STACK_MAX_COLUMNS cells, each with the lines it takes beyond one ("Utfall" / "2017")."""
    out: list[tuple[int, int, str, int]] = []
    j = i
    while len(out) < STACK_MAX_COLUMNS and j < len(lines):
        word = _line_cell(text, lines, j)
        if not word[2] or len(word[2]) > MAX_HEADER_CELL:
            break
        cell, taken = _header_cell(text, lines, j) if out else (word + (0,), 1)
        out.append(cell)
        j += taken
    return out


def _status_cell(line: str) -> bool:
    """A cell of a few words that opens with a status ("Uppnått", "Genomförd 11 mars, 46 deltagare",
    "Ej genomförd – inställd")."""
    words = re.findall(r"[^\W\d_]+", line)
    # (or says it cannot be told: "Kan ej bedömas")
    return len(line.split()) <= STATUS_WORDS and (any(
        cell_status(" ".join(words[:n])) is not None for n in (3, 2, 1) if len(words) >= n)
        or no_claim(line))


_TIME_WORD = re.compile(r"[^\W_]+")


def time_cell(line: str) -> bool:
    """A short cell that says when: a month, a year, a date or a word of time ("Våren 2012",
    "Löpande", "Q3", "2012-10-31", "December 2012")."""
    words = [w.lower() for w in _TIME_WORD.findall(line)]
    if not words or len(words) > TIME_WORDS:
        return False
    return all(w in times() or _month_word(w) or w.isdigit() or w in _COUNT_WORDS for w in words) \
        and any(not w.isdigit() or _YEAR_CELL.match(w) for w in words)


_COUNT_WORDS = frozenset(load_toml("lexicon", "numbers.toml")["words"])  # "två", "fyra"


def _month_word(word: str) -> bool:
    """A month, written out or cut short ("mars", "aug", "sept")."""
    return word in months() or (len(word) >= 3 and any(m.startswith(word) for m in months()))


# the kinds of column a stacked row's cells are anchored on, and the test of its cell
_ROW_ENDS = {"status": _status_cell, "timetable": time_cell}
TARGET_WORDS = 4  # words at most in a target cell without a figure ("Beslut fattat")


def _target_cell(line: str) -> bool:
    """A cell that gives a target value: a figure in a few words ("60", "40 %", "minst 5,0",
    "–20 %"), or a few words ("Beslut fattat")."""
    words = len(line.split())
    return words <= TARGET_WORDS or (words <= TIME_WORDS and bool(re.search(r"\d", line)))


# a table whose rows take exactly as many lines as its header has cells is anchored on its
# target values too (a goal / indicator / target table), or on its money (a plan's activities
# with their budget); a stacked one, whose rows' lines vary, only on cells that say how it
# went or when
_COUNTED_ENDS = {**_ROW_ENDS, "target": _target_cell,
                 "amount": lambda line: bool(_FIGURE.fullmatch(line.strip()))}
# a column of the rows' numbers ("Nr" / "1" / "Driva ..."): a row may open with its figure
_NUMBER_COLUMN = re.compile(r"^(?:nr|nummer|#)\.?$", re.I)


def _stack_cells(text: str, lines: list[tuple[int, int]], ks: list[int], ncol: int
                 ) -> list[tuple[int, int, str]]:
    """A stacked row's lines before its status as `ncol` cells: a line that goes on from the
    one above (lower case, or after an open phrase) joins it while lines outnumber cells, and
    lines still left over wrap the first cell; a row short of cells has its last ones empty."""
    pieces = [_line_cell(text, lines, k) for k in ks]
    if len(pieces) > ncol and _group_title(pieces[0][2], pieces[1][2]):
        # a line too many that is one word over a capital: the title of a group of rows
        # ("Individnivå" / "Deltagare i förbundets ..."), no part of the row's first cell
        pieces = pieces[1:]
    out = [pieces[0]]
    for j, (a, b, t) in enumerate(pieces[1:], start=1):
        prev = out[-1][2]
        if len(out) + len(pieces) - j > ncol and (
                t[:1].islower() or prev.endswith(("-", ",")) or PHRASE_GOES_ON.search(prev)
                or (_YEAR_CELL.match(t) and _month_word(prev.split()[-1].lower()))):
            out[-1] = (out[-1][0], b, _join(prev, t))
        else:
            out.append((a, b, t))
    while len(out) > ncol:  # what is left over wraps the first cell
        out[:2] = [(out[0][0], out[1][1], _join(out[0][2], out[1][2]))]
    end = out[-1][1]
    return out + [(end, end, "")] * (ncol - len(out))


def _flat_header(text: str, lines: list[tuple[int, int]], i: int, k: int
                 ) -> list[tuple[int, int, str, int]]:
    """The k + 1 cells of a flattened table's header from line i, each with the number of
    lines it takes beyond one: a column's word and its year may stand on two lines
    ("Budget" / "2022", "Plan" / "2023")."""
    out, j = [_line_cell(text, lines, i) + (0,)], i + 1
    while len(out) < k + 1 and j < len(lines):
        cell, taken = _header_cell(text, lines, j)
        out.append(cell)
        j += taken
    return out


def _header_cell(text: str, lines: list[tuple[int, int]], j: int
                 ) -> tuple[tuple[int, int, str, int], int]:
    """A header's cell at line j and the lines it takes: a column's word over its year is
    one cell ("Budget" / "2022"; not a note column's "Not" over the first year)."""
    word = _line_cell(text, lines, j)
    year = _line_cell(text, lines, j + 1) if j + 1 < len(lines) else (0, 0, "")
    if _COLUMN_WORD.match(word[2]) and not NOTE_COLUMN.match(word[2]) \
            and _YEAR_CELL.match(year[2]):
        return (word[0], year[1], f"{word[2]} {year[2]}", 1), 2
    return word + (0,), 1


_GROUP_TITLE = re.compile(r"^[A-ZÅÄÖ][^\W\d_]{2,30}:?$")
TITLED_CELL_WORDS = 3  # words at least of the line under a group's title (a goal's start)


def _group_title(line: str, below: str) -> bool:
    """A word alone over the start of a row's long first cell ("Individnivå" / "Deltagare i
    förbundets"), not a row's one-word cell over the next cell ("Rekrytering" /
    "Projektledaren")."""
    return bool(_GROUP_TITLE.match(line)) and below[:1].isupper() \
        and len(below.split()) >= TITLED_CELL_WORDS
# a column's word over its year ("Budget" / "2022", "År 1" / "2025")
_COLUMN_WORD = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{1,12}(?: \d)?$")
_EMPTY_CELL = re.compile(r"^[-–—]$")


def _line_text(text: str, lines: list[tuple[int, int]], k: int) -> str:
    """Line k's words ("" past either end): a cell of a table set a cell per line."""
    return text[lines[k][0]:lines[k][1]].strip() if 0 <= k < len(lines) else ""


def _line_cell(text: str, lines: list[tuple[int, int]], k: int) -> tuple[int, int, str]:
    s, e = lines[k]
    line = text[s:e]
    lead = len(line) - len(line.lstrip())
    return s + lead, s + len(line.rstrip()), line.strip()


NOTE_COLUMN = re.compile(r"^(?:not|noter|not nr)$", re.I)  # a statement's column of notes
_NOTE_NUMBER = re.compile(r"^(?:Not|Note)\s*\d{1,2}$", re.I)


def _fixed(text: str, lines: list[tuple[int, int]], i: int) -> FixedTable | None:
    """A fixed-width table opens with a header line of two or more short cells, one of which
    names a role; the lines below belong to it while their cells stand under its columns."""
    s, e = lines[i]
    line = text[s:e]
    if len(line) > MAX_LINE or "\t" in line or "|" in line:
        return None
    head = segments(line)
    if len(head) < 2 or not is_header([g.text for g in head]):
        return None
    if head[0].start >= MIN_LABEL_COLUMN:
        # "          2014    2015    2016": the labels' column has no header of its own
        head.insert(0, Segment(0, 0, ""))
    elif len(head) > 2 and _NOTE_NUMBER.match(head[0].text):
        # "Not 1  Verksamhetens intäkter   2011   2010": a note's number and title over the
        # labels, which stand indented under the title
        head[:2] = [Segment(head[0].start, head[1].end, line[head[0].start:head[1].end])]
    table = _grow(text, lines, i, head)
    if table is not None and i > 0:
        _header_above(text, lines, table, head)
    return table


def _header_above(text: str, lines: list[tuple[int, int]], table: FixedTable,
                  head: list[Segment]) -> None:
    """A header that wraps upwards: "Status vid" over "Årets slut", "Koppling" over "till
    mål" (a line of short words standing over the header's later columns only)."""
    k = table.first - 1
    line = text[lines[k][0]:lines[k][1]]
    segs = segments(line)
    if not segs or len(line) > MAX_LINE or "\t" in line or "|" in line \
            or any(len(g.text) > MAX_HEADER_CELL or g.text.endswith(".") for g in segs):
        return
    cols = _fits(segs, [g.start for g in head], [g.end for g in head])
    if cols is None or cols[0] == 0:
        return
    header = table.rows[0]
    for g, c in zip(segs, cols, strict=True):
        cs, ce, t = header.cells[c]
        a = lines[k][0] + g.start
        header.cells[c] = (a, ce if t else a + len(g.text), _join(g.text, t))
    header.lines.insert(0, k)
    table.first = k


def _row_group(text: str, lines: list[tuple[int, int]], k: int, starts: list[int],
               ends: list[int]) -> list[tuple[int, list[Segment], list[int]]] | None:
    """The lines from k up to the next blank line, when they all stand under the columns and
    one of them has a cell beyond the first column (a row of the table, not a paragraph)."""
    group = []
    while k < len(lines) and len(group) < 8:
        line = text[lines[k][0]:lines[k][1]]
        if not line.strip():
            break
        segs = _numbered_first(line, segments(line), starts)
        cols = _fits(segs, starts, ends) if len(line) <= MAX_LINE and "\t" not in line else None
        if cols is None:
            if not group:
                return None
            break  # the row stands above a line that does not fit: the table ends there
        group.append((k, segs, cols))
        k += 1
    if not group or not any(c for _, _, cols in group for c in cols if c > 0):
        return None
    return group


def _numbered_first(line: str, segs: list[Segment], starts: list[int]) -> list[Segment]:
    """A first cell that opens with its row's number set apart by a gap ("1  Närmare
    arbetsmarknaden" under "Mål"): one cell, the number and its words."""
    if len(segs) > 1 and len(starts) > 1 and _ROW_NUMBER.fullmatch(segs[0].text) \
            and segs[1].start < starts[1] - SLACK:
        return [Segment(segs[0].start, segs[1].end, line[segs[0].start:segs[1].end]), *segs[2:]]
    return segs


_ROW_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*[.)]?")
_NUMBER_GAP = re.compile(r"\d{1,2}(?:\.\d{1,2})*[.)]?\s{2,}\S")
# a row's own number or letter ("2. ...", "b. ..."): a row of its own
ROW_MARKER = re.compile(r"(?:\d{1,2}|[a-h])[.)]\s+")
# a cell that stops on one of these goes on below ("Unga Gotlänningar i" / "Arbete (UGA)")
_OPEN_END = re.compile(r"(?:\b(?:i|och|av|för|med|till|på|som|att|om|samt|eller|vid|från|mot|"
                       r"inom|under|en|ett|de|den|det)|[,–-])$")




def _goes_on(above: str, line: str) -> bool:
    """Whether a first cell's line continues the cell above rather than opening a row."""
    return line[:1].islower() or line[:1] == "(" or bool(_OPEN_END.search(above.rstrip()))


TIGHT_CELL = 30  # characters at most of a cell cut off the one before it


def _split_tight(line: str, segs: list[Segment], starts: list[int], ends: list[int]
                 ) -> list[Segment] | None:
    """A row whose cell runs up to the next column, one space before its word: the segment
    cut where a column starts on a word after a space. None when no segment crosses one,
    or when the line runs past the table (prose under it)."""
    if segs and segs[-1].end > max(ends) + TIGHT_CELL:
        return None
    def word_after_space(p: int) -> bool:
        # (a cell cut off opens as a cell does, not with a word in lower case: "... av
        # utvärdering" is prose under the table)
        return line[p - 1] == " " and line[p] != " " and line[p - 2] != " " \
            and not line[p].islower()

    if LABEL_LINE.match(line.strip()):
        return None  # "Kommentar: Styrelsen besökte ... Besöken på": a note under the table

    out: list[Segment] = []
    cut_off: list[Segment] = []  # the pieces a cut made (a segment's own start opens a cell)
    for g in segs:
        cuts = []
        for c in starts[1:]:  # (the first column's start opens its cells)
            if abs(g.start - c) <= SLACK:
                continue  # a cell that opens at this column is its cell, not cut by it
            near = sorted((p for p in range(c - SLACK, c + SLACK + 1)
                           if g.start + 2 < p < g.end and word_after_space(p)),
                          key=lambda p: abs(p - c))
            if near:
                cuts.append(near[0])
        pos = g.start
        for c in cuts:
            out.append(Segment(pos, c - 1, line[pos:c - 1]))
            pos = c
        out.append(Segment(pos, g.end, line[pos:g.end]))
        if pos > g.start:
            cut_off.append(out[-1])
    if len(out) == len(segs) or PHRASE_GOES_ON.search(out[-1].text) \
            or any(len(g.text) > TIGHT_CELL for g in cut_off):
        return None  # (a cut before "Besöken på", or a long piece: prose, no cells)
    return out


def _in_order(segs: list[Segment], starts: list[int]) -> list[int] | None:
    """The columns of a row with one cell per column whose cells drift off the header's
    columns ("Genomföra länsgemensam utbildning i MI för handläggare      Genomförd" under
    "Aktivitet ... Status"): in order, when each stands right of the column before its own."""
    if len(segs) != len(starts) or len(starts) < 2 or abs(segs[0].start - starts[0]) > SLACK:
        return None
    if any(g.start <= starts[c - 1] for c, g in enumerate(segs) if c):
        return None
    return list(range(len(starts)))


def _spanned_cells(text: str, lines: list[tuple[int, int]], k: int, segs: list[Segment],
                   starts: list[int], ends: list[int]
                   ) -> tuple[list[Segment], list[int]] | None:
    """When line k is a row's first cell written across the columns and the next line holds
    the row's other cells, indented under the later columns: that line's segments and their
    columns (in order from the second column when they stand a little off the header's)."""
    if len(segs) != 1 or abs(segs[0].start - starts[0]) > SLACK or k + 1 >= len(lines):
        return None
    below = text[lines[k + 1][0]:lines[k + 1][1]]
    nsegs = segments(below)
    if not nsegs or len(below) > MAX_LINE or "\t" in below \
            or nsegs[0].start < starts[1] - SLACK:
        return None
    cols = _fits(nsegs, starts, ends)
    if cols is None and 2 <= len(nsegs) <= len(starts) - 1:
        cols = list(range(len(starts) - len(nsegs), len(starts)))  # the last columns, in order
    return (nsegs, cols) if cols is not None and len(cols) >= 2 else None


# a line drawn with characters: under or over a title, between cards, over a table's sums
# ("      -----------   -----------")
# (runs set apart by spaces, matched in one pass: runs that could be split any way, as in
# "(?:-{3,}[ \t]*)+", made a long rule with a word after it backtrack for minutes)
RULE_LINE = re.compile(r"^[ \t]*[─━—–=_*~-]{3,}(?:[ \t]+[─━—–=_*~-]{3,})*[ \t]*$")


WRAP_FILL = 0.6  # share of its column a label's line fills at least when it wraps upwards


def _wraps_forward(text: str, lines: list[tuple[int, int]], k: int, segs: list[Segment],
                   starts: list[int], ends: list[int], above: str,
                   second: int | None = None) -> bool:
    """Whether a first cell alone on line k opens a row whose other cells stand on the next
    line, where its words go on in lower case ("Ta fram en kartläggning av unga som" /
    "varken arbetar eller studerar        Påbörjad"), or with a word that would not have fit
    in the first column after it: a label wrapped upwards, its figures on its last line
    ("Samordningsförbundet Västra" / "Mälardalen      1 506 000"); `second` is where the
    second column's cells begin at the leftmost (figures stand left of their header)."""
    if not segs[0].text[:1].isupper() or _goes_on(above, segs[0].text) or k + 1 >= len(lines):
        return False
    nxt = text[lines[k + 1][0]:lines[k + 1][1]]
    nsegs = segments(nxt)
    cols = _fits(nsegs, starts, ends) if nsegs and "\t" not in nxt else None
    if cols is None or cols[0] != 0:
        return False
    if len(cols) > 1 and _goes_on(segs[0].text, nsegs[0].text):
        return True
    if len(starts) < 2 or nsegs[0].start != segs[0].start:
        return False
    limit = min(x for x in (starts[1], second, nsegs[1].start if len(nsegs) > 1 else None)
                if x is not None)
    # (the line nearly fills its column: a section's label, "Intäkter", stands short)
    return segs[0].end >= WRAP_FILL * limit \
        and segs[0].end + 1 + len(nsegs[0].text.split()[0]) > limit - 1


def _grow(text: str, lines: list[tuple[int, int]], i: int, head: list[Segment]
          ) -> FixedTable | None:
    """Rows under the header. A line whose first column is empty, or whose first cell goes
    on in lower case, continues the row above (a wrapped cell); after a blank line a new row
    begins; a cell opening with a number ("2. ...") opens a row too."""
    starts = [g.start for g in head]
    ends = [g.end for g in head]
    ncol = len(head)
    header = FixedRow([i], _cells(lines[i][0], head, list(range(ncol)), ncol), header=True)
    rows: list[FixedRow] = [header]
    in_header = True
    k = i + 1
    last = i
    after_blank = False
    label_open = False  # the last row is a label whose figures stand on a line below
    second = starts[1] if ncol > 1 else 0  # the leftmost start of a cell after the first
    while k < len(lines):
        s, e = lines[k]
        line = text[s:e]
        if not line.strip():
            # a blank line inside a table: go on only if a row stands below it
            nk = k + 1
            while nk < len(lines) and nk - k < 3 and not text[lines[nk][0]:lines[nk][1]].strip():
                nk += 1
            if _row_group(text, lines, nk, starts, ends) is None:
                break
            k, after_blank = nk, True
            continue
        if RULE_LINE.match(line):  # "      -----------   -----------": a rule over the sums
            k += 1
            continue
        if len(line) > MAX_LINE or "\t" in line:
            break
        segs = _numbered_first(line, segments(line), starts)
        if not segs:  # a line of nothing but a scan's specks ("  .  '"): no row, no end
            k += 1
            continue
        cols = _fits(segs, starts, ends)
        if cols is None:
            cols = _in_order(segs, starts)
        below = _spanned_cells(text, lines, k, segs, starts, ends) if cols is None else None
        if cols is None and below is None \
                and (tight := _split_tight(line, segs, starts, ends)) is not None \
                and (tight_cols := _fits(tight, starts, ends)) is not None:
            # "... utgår från deras behov. Grön": a cell run up to the next column's word
            segs, cols = tight, tight_cols
        if below is not None:
            # "1.1 Minst 40 procent av deltagarna ska ..." across the columns, its indicator
            # and figures on the indented line below: one row
            rows.append(FixedRow([k], _cells(s, segs, [0], ncol)))
            _extend(rows[-1], lines[k + 1][0], *below, k + 1)
            in_header, after_blank, last, k = False, False, k + 1, k + 2
            continue
        if cols is None:
            break
        if in_header and not after_blank and cols[0] != 0 \
                and all(len(g.text) <= MAX_HEADER_CELL for g in segs) \
                and not any(_FIGURE.match(g.text) and not _YEAR_CELL.match(g.text)
                            for g in segs):  # (a row of figures is no header's second line)
            _extend(rows[-1], lines[k][0], segs, cols, k)  # "Målvärde" over "2024": one header
            last = k
            k += 1
            continue
        in_header = False
        # a first cell going on in lower case continues the row above, unless the line has
        # figures of its own ("  därav STARK   -3 905" is a row of a budget)
        # a line with nothing but a first cell, under a row that has other cells, is the
        # rest of that row's first cell: a table row is seldom a first cell alone
        if cols == [0] and segs[0].text.endswith(":") and len(rows) > 1 \
                and k + 1 < len(lines) and LIST_MARKER.match(_line_text(text, lines, k + 1)):
            break  # a lead-in alone on its line over a list ("Mål 2013:" / "– 40 ...") ends it
        forward = cols == [0] and not after_blank \
            and _wraps_forward(text, lines, k, segs, starts, ends, rows[-1].cells[0][2], second)
        alone = cols == [0] and sum(1 for c in rows[-1].cells if c[2]) >= 2 and not forward
        # in a table whose rows are numbered, a line without a number goes on with the row
        # above, figures and all ("4. Samtliga insatser ska ha en plan för  ...  2 av" /
        # "implementering i ordinarie verksamhet  plan  3")
        numbered = len(rows) > 1 and all(ROW_MARKER.match(r.cells[0][2]) for r in rows[1:])
        cont = not after_blank and len(rows) > 1 and not ROW_MARKER.match(segs[0].text) and (
            numbered or cols[0] != 0 or alone or label_open or (
                _goes_on(rows[-1].cells[0][2], segs[0].text)
                and not any(_FIGURE.match(g.text) and not _YEAR_CELL.match(g.text)
                            for g in segs[1:])))
        if forward and not cont:
            label_open = True  # a label wrapped upwards: its lines go on to its figures
        elif len(cols) > 1:
            label_open = False
            second = min([second] + [g.start for g, c in zip(segs, cols, strict=False) if c])
        if cont:
            _extend(rows[-1], lines[k][0], segs, cols, k)
        elif len(segs) == 1 and re.fullmatch(r"\d{1,3}", segs[0].text):
            break  # a page number under the table
        else:
            rows.append(FixedRow([k], _cells(lines[k][0], segs, cols, ncol)))
        after_blank = False
        last = k
        k += 1
    body = rows[1:]
    if not any(sum(1 for c in r.cells if c[2]) >= 2 for r in body):
        return None
    return FixedTable(i, last, rows)


# --- a spreadsheet's or a system's export: delimited records ------------------------------

EXPORT_MIN_FIELDS = 3  # fields of an export's header at least
QUOTE_LOOKAHEAD = 12  # lines under a tab header that a quoted cell over lines must open in
EXPORT_RECORD_CHARS = 2000  # a record runs at most this far (a stray quote opens no novel)


def _record(text: str, start: int, sep: str) -> tuple[list[tuple[int, int]], int] | None:
    """The fields of the delimited record at `start` (a quoted field may hold the separator,
    doubled quotes and line breaks) and where the next record starts; None for a record
    that never ends."""
    fields: list[tuple[int, int]] = []
    pos = field_start = start
    limit = min(len(text), start + EXPORT_RECORD_CHARS)
    quoted: tuple[int, int] | None = None
    while pos < limit:
        c = text[pos]
        if c == '"' and pos == field_start:
            close = pos + 1
            while True:
                close = text.find('"', close, limit)
                if close < 0:
                    return None
                if text.startswith('""', close):
                    close += 2
                    continue
                break
            quoted, pos = (pos + 1, close), close + 1
            continue
        if c in (sep, "\n"):
            fields.append(quoted or _trimmed(text, field_start, pos))
            quoted = None
            if c == "\n":
                return fields, pos + 1
            field_start = pos + 1
        pos += 1
    if pos >= len(text):
        fields.append(quoted or _trimmed(text, field_start, pos))
        return fields, pos
    return None


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t\r":
        a += 1
    while b > a and text[b - 1] in " \t\r":
        b -= 1
    return a, b


def _delimited(text: str, lines: list[tuple[int, int]], i: int) -> FixedTable | None:
    """An export's records under their header: semicolon-separated values, or tab-separated
    ones whose quoted cells run over lines (what a line-by-line reading would cut apart).
    Every record has the header's number of fields."""
    s, e = lines[i]
    line = text[s:e]
    sep = ";" if line.count(";") >= EXPORT_MIN_FIELDS - 1 else \
        "\t" if line.count("\t") >= EXPORT_MIN_FIELDS - 1 else None
    if sep == "\t" and not any(text.count('"', *lines[k]) % 2
                               for k in range(i + 1, min(len(lines), i + 1 + QUOTE_LOOKAHEAD))):
        return None  # (tab rows a line each, no quoted cell over lines: read line by line)
    head = _record(text, s, sep) if sep else None
    if head is None or len(head[0]) < EXPORT_MIN_FIELDS \
            or not is_header([text[a:b] for a, b in head[0]]) \
            or sum(1 for a, b in head[0] if a == b) > len(head[0]) // 2:
        return None  # (a header names its columns: not "Närvarande: A; B; C")
    starts = [a for a, _ in lines]
    rows = [FixedRow([i], [(a, b, text[a:b]) for a, b in head[0]], header=True)]
    pos, spans_lines = head[1], False
    while pos < len(text):
        nl = text.find("\n", pos)
        if not text[pos:nl if nl >= 0 else len(text)].strip():
            break  # a blank line ends the export
        rec = _record(text, pos, sep)
        if rec is None or len(rec[0]) != len(head[0]):
            break
        first, last = bisect_right(starts, pos) - 1, bisect_right(starts, max(pos, rec[1] - 1)) - 1
        spans_lines |= last > first
        rows.append(FixedRow(list(range(first, last + 1)), [(a, b, text[a:b]) for a, b in rec[0]]))
        pos = rec[1]
    if len(rows) < 3 or (sep == "\t" and not spans_lines):
        return None  # (tab rows a line each: the line-by-line reading has them)
    return FixedTable(i, rows[-1].lines[-1], rows)


# --- grid and pipe tables whose rows span lines ------------------------------------------

_BORDER = re.compile(r"^\s*\+[-=+: ]*[-=]+[-=+: ]*\+\s*$")
_HEADER_BORDER = re.compile(r"^\s*\+[=+: ]+\+\s*$")
_PIPE_LINE = re.compile(r"^\s*\|.*\|\s*$")
_MD_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")


def _pipe_cells(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    """Cells of a line split at its pipes (the edge pipes hold none)."""
    line = text[s:e]
    bars = [m.start() for m in re.finditer(r"\|", line)]
    bounds = [-1, *bars, len(line)]
    cells = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece = line[a + 1:b]
        lead = len(piece) - len(piece.lstrip())
        cs, ce = s + a + 1 + lead, s + a + 1 + len(piece.rstrip())
        cells.append((cs, max(cs, ce), text[cs:ce] if ce > cs else ""))
    if line.lstrip().startswith("|"):
        cells = cells[1:]
    if line.rstrip().endswith("|"):
        cells = cells[:-1]
    return cells


def _grid(text: str, lines: list[tuple[int, int]], i: int) -> FixedTable | None:
    """`+----+----+` borders around `| cell | cell |` lines: the lines between two borders are
    one row, each cell joined over them; a `+====+` border closes the header."""
    if not _BORDER.match(text[lines[i][0]:lines[i][1]]):
        return None
    rows: list[FixedRow] = []
    cur: FixedRow | None = None
    k = i + 1
    last = i
    borders = 1
    while k < len(lines):
        s, e = lines[k]
        line = text[s:e]
        if _BORDER.match(line):
            borders += 1
            if cur is not None and _HEADER_BORDER.match(line) and len(rows) == 1:
                cur.header = True
            cur, last = None, k
        elif _PIPE_LINE.match(line):
            cells = _pipe_cells(text, s, e)
            if cur is None:
                cur = FixedRow([k], cells)
                rows.append(cur)
            else:
                _extend_cells(cur, cells, k)
            last = k
        else:
            break
        k += 1
    if borders < 2 or len(rows) < 2:
        return None
    if not rows[0].header and is_header([c[2] for c in rows[0].cells]):
        rows[0].header = True
    return FixedTable(i, last, rows)


def _markdown(text: str, lines: list[tuple[int, int]], i: int) -> FixedTable | None:
    """A header line with pipes over a `--- | ---` separator; the lines below with pipes are
    its rows. A row whose first cell is empty goes on with the row above when its cells go
    on in lower case (a wrapped cell); else it is a row of its own under the same first
    cell ("| | Ta fram en kontaktlista |": the goal above has a second activity). A row whose
    first cell goes on in lower case, beside a cell left empty, goes on with the row above."""
    if i + 1 >= len(lines) or "|" not in text[lines[i][0]:lines[i][1]] \
            or not _MD_SEPARATOR.match(text[lines[i + 1][0]:lines[i + 1][1]]):
        return None
    head = FixedRow([i], _pipe_cells(text, *lines[i]), header=True)
    if len(head.cells) < 2:
        return None
    rows = [head]
    k = i + 2
    last = i + 1
    while k < len(lines):
        s, e = lines[k]
        if "|" not in text[s:e] or _MD_SEPARATOR.match(text[s:e]):
            break
        cells = _pipe_cells(text, s, e)
        if len(rows) > 1 and cells and not cells[0][2] \
                and all(t[:1].islower() or not t for _, _, t in cells):
            _extend_cells(rows[-1], cells, k)  # a wrapped cell's rest, in lower case
        elif len(rows) > 1 and cells and cells[0][2] \
                and _goes_on(rows[-1].cells[0][2], cells[0][2]) \
                and any(not t and c < len(rows[-1].cells) and rows[-1].cells[c][2]
                        for c, (_, _, t) in enumerate(cells)):
            # "| avslutssamtal i alla insatser |  | Övriga 2018. |": the first cell goes on (in
            # lower case, or after "för") where the row above has a cell this line leaves empty
            _extend_cells(rows[-1], cells, k)
        else:
            rows.append(FixedRow([k], cells))
        last = k
        k += 1
    return FixedTable(i, last, rows) if len(rows) >= 2 else None


def _extend_cells(row: FixedRow, cells: list[tuple[int, int, str]], k: int) -> None:
    row.lines.append(k)
    for c, (a, b, t) in enumerate(cells):
        if c >= len(row.cells):
            row.cells.append((a, b, t))
        elif t:
            cs, _, old = row.cells[c]
            row.cells[c] = (cs if old else a, b, _join(old, t))


def _join(a: str, b: str) -> str:
    """Two fragments of a wrapped cell; a word split at a hyphen is joined again."""
    if not a:
        return b
    return a[:-1] + b if a.endswith("-") and b[:1].islower() and not a.endswith(" -") \
        else f"{a} {b}"


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
            row.cells[c] = (cs, b, _join(t, g.text))
        else:
            row.cells[c] = (a, b, g.text)


# --- tables of any kind --------------------------------------------------------------------

_SEPARATOR_CELL = re.compile(r"^:?-{2,}:?$|^=+$|^\+?[-+=]+\+?$")


def is_separator(cells: list[str]) -> bool:
    """`|---|:---:|` under a pipe table's header."""
    texts = [c.strip() for c in cells]
    return bool(texts) and all(not t or _SEPARATOR_CELL.match(t) for t in texts) \
        and any(texts)
