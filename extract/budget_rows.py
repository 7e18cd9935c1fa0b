"""Table rows of budget tables: tab-separated rows as the PDF reader gives them, and rows whose
cells are separated only by spaces (text transcripts, unruled PDF tables), where the space is
also the thousands separator: "Försäkringskassan 2 180 2 180 2 180" under a header naming three
years is three amounts of 2 180."""
from __future__ import annotations

import re
from itertools import combinations

from .amounts import YEAR, unit_in
from .structure import Block

_TRAILING = re.compile(r"(?:(?<=\s)(?:[-–—]|\d{1,3}(?:,\d+)?|\d{4,}(?:,\d+)?))+\s*$")
# "-1 512 344": a sign goes with its digits (not the dash of "2009-12-31")
_TOKEN = re.compile(r"(?<!\d)[-−–]?\d+(?:,\d+)?|[-–—]|\d+(?:,\d+)?")
CLEAR_READING = 10  # how much closer one reading's amounts must be than the next reading's
ONE_ROW_SPREAD = 20  # amounts of one row, read apart from what could be one amount, lie closer


def header_years(text: str) -> list[tuple[int, int, str]]:
    """Year columns named in a header line, with their offsets in the line."""
    return [(m.start(), m.end(), m.group(1)) for m in YEAR.finditer(text)]


def split_space_row(text: str, start: int, end: int, n_cols: int
                    ) -> list[tuple[int, int, str]] | None:
    """Cells (label first) of a line ending in `n_cols` (or one more, a note column) amounts
    written with spaces as thousands separators; None when the split is not certain."""
    line = text[start:end]
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(line)]
    # the numeric tail: tokens separated by single spaces up to the line end
    tail: list[tuple[int, int, str]] = []
    for tok in reversed(toks):
        gap_end = tail[0][0] if tail else len(line.rstrip())
        if line[tok[1]:gap_end].strip():
            break
        tail.insert(0, tok)
    if not tail or tail[0][0] == 0:
        return None
    label = line[: tail[0][0]].rstrip()
    if not label or not re.search(r"[A-Za-zÅÄÖåäö]", label) or label.rstrip()[-1:].isdigit():
        return None
    tokens = [t[2] for t in tail]
    # "28 670" under two years may be one amount: read as several only when they lie close
    one = n_cols > 1 and _is_number(tokens)
    for n in (n_cols, n_cols + 1):
        groups = _segmentations(tokens, n)
        if len(groups) > 1:
            groups = _closest(tokens, groups, n_cols)
        if one and groups and _spread(tokens, groups[0], n_cols) > ONE_ROW_SPREAD:
            return None
        if len(groups) == 1:
            cells = [(start, start + len(label), label)]
            for a, b in groups[0][-n_cols:] if n > n_cols else groups[0]:
                cs, ce = start + tail[a][0], start + tail[b - 1][1]
                cells.append((cs, ce, text[cs:ce]))
            return cells
    return None


def _segmentations(tokens: list[str], n: int) -> list[list[tuple[int, int]]]:
    """Every way to read the tokens as n numbers: a number is a dash, or 1-3 digits followed
    by groups of exactly three digits (a lone longer number stands alone)."""
    out = []
    if len(tokens) > 4 * n + 2:
        return out  # not a row of n amounts; and the search below would explode
    for cuts in combinations(range(1, len(tokens)), n - 1):
        bounds = [0, *cuts, len(tokens)]
        groups = list(zip(bounds, bounds[1:], strict=False))
        if all(_is_number(tokens[a:b]) for a, b in groups):
            out.append(groups)
    return out


def _closest(tokens: list[str], readings: list[list[tuple[int, int]]], n_cols: int
             ) -> list[list[tuple[int, int]]]:
    """Of several readings of a row's numbers, the one whose amounts lie closest together,
    when it is clearly the closest: the columns of one row compare like with like ("87 656
    329 433" is 87 656 and 329 433, not 87 and 656 329 433)."""
    ranked = sorted(readings, key=lambda r: _spread(tokens, r, n_cols))
    clear = _spread(tokens, ranked[0], n_cols) * CLEAR_READING < _spread(tokens, ranked[1], n_cols)
    return ranked[:1] if clear else ranked


def _spread(tokens: list[str], reading: list[tuple[int, int]], n_cols: int) -> float:
    """How far apart a reading's amounts (its last `n_cols`) lie: the largest over the least."""
    values = []
    for a, b in reading[-n_cols:]:
        digits = "".join(tokens[a:b]).split(",")[0].lstrip("-−–")
        if digits.isdigit() and int(digits):
            values.append(int(digits))
    return max(values) / min(values) if values else float("inf")


def _is_number(toks: list[str]) -> bool:
    toks = [toks[0].lstrip("-−–") or toks[0], *toks[1:]]  # a sign before the first group
    if len(toks) == 1:
        t = toks[0]
        return t in "-–—" or (t.isdigit() and (len(t) == 1 or not t.startswith("0"))) \
            or bool(re.fullmatch(r"[1-9]\d*,\d+|0,\d+", t))
    first, rest = toks[0], toks[1:]
    return (first.isdigit() and 1 <= len(first) <= 3 and not first.startswith("0")
            and all(re.fullmatch(r"\d{3}", t) for t in rest[:-1])
            and bool(re.fullmatch(r"\d{3}(?:,\d+)?", rest[-1])))


# the unit after a caption's year: "Kostnader 2018 (kr)"
_CAPTION_UNIT = re.compile(r"\s*\(\s*(?:kr|tkr|kronor|sek|mnkr)\s*\)", re.I)


def _last_line(text: str, b: Block) -> Block:
    """A paragraph's last line as a block of its own, where a caption was run into the
    paragraph above it ("... fördelat efter folkmängd." / "Intäkter 2018 (kr)")."""
    if b.kind != "para" or b.lines < 2:
        return b
    at = b.text.rfind("\n") + 1
    last = b.text[at:]
    if not header_years(last) or len(last.split()) > 12 or not b.text[:at].rstrip().endswith("."):
        return b
    return Block(b.kind, b.start + at, b.end, last, b.page, b.para)


def space_table_rows(text: str, blocks: list[Block]) -> dict[int, Block]:
    """Blocks (by index) that read as rows of a space-separated table under a header line
    naming two or more years; each becomes a row Block with cells."""
    out: dict[int, Block] = {}
    k = 0
    while k < len(blocks):
        b = _last_line(text, blocks[k])
        years = header_years(b.text) if b.kind in ("para", "heading") and b.lines == 1 else []
        if years and _CAPTION_UNIT.match(b.text, years[0][1]) and len(years) > 1:
            years = years[1:]  # "Kostnader 2018 (kr) Budget 2018 Utfall 2018": the caption's
        # two or more year columns, or one year and a unit ("Aktivitetsmedel 2024 (kr)")
        one_column = len(years) == 1 and unit_in(b.text) is not None
        if (len(years) < 2 and not one_column) or len(b.text.split()) > 12:
            k += 1
            continue
        header = Block("row", b.start, b.end, b.text, b.page, b.para,
                       cells=[(b.start, b.start + years[0][0], b.text[: years[0][0]].strip())]
                       + [(b.start + s, b.start + e, y) for s, e, y in years])
        rows = {k: header}
        j = k + 1
        misses = 0
        while j < len(blocks) and misses < 2:
            c = blocks[j]
            if len(header_years(c.text)) >= 2 and c.lines == 1 and (
                    j > k + 1 or not split_space_row(text, c.start, c.end, len(years))):
                break  # the line above was the table's caption, or another table's header
            cells = split_space_row(text, c.start, c.end, len(years)) \
                if c.kind in ("para", "heading") and c.lines == 1 else None
            if cells:
                rows[j] = Block("row", c.start, c.end, c.text, c.page, c.para, cells=cells)
                misses = 0
            elif c.kind in ("para", "heading") and len(c.text.split()) <= 6 \
                    and not re.search(r"\d", c.text):
                misses += 1  # a section label inside the table ("Intäkter")
            else:
                break
            j += 1
        if len(rows) >= 3:
            out.update(rows)
        k = max(j, k + 1)
    return out
