"""Ruled tables read from pdfium's own objects: the drawn rules give the grid, the character
boxes fill its cells. This costs a few milliseconds a page where pdfplumber's parse costs
over a hundred, so pdfplumber is left for the tables whose rules do not form a plain grid
(merged cells drawn as one path, partial rules)."""
from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium

from .pdf_order import Block, Run, group_lines, join_runs
from .pdf_page import RULE_MIN_LENGTH, RULE_THICKNESS, Box, _paths

SNAP = 2.0  # rules closer than this are one line of the grid
MIN_ROWS, MIN_COLUMNS = 2, 2


@dataclass
class Rule:
    at: float  # y of a horizontal rule, x of a vertical one (top-down for y)
    start: float
    end: float


def grid_tables(rules: tuple[list[Rule], list[Rule]], runs: list[Run]
                ) -> tuple[list[Block], list[Run]] | None:
    """Tables on the page as blocks of tab-separated rows, and the runs outside them; None
    when the rules (`grid_rules`) do not make a plain grid (the caller then asks
    pdfplumber)."""
    horizontal, vertical = rules
    grids = _grids(_joined(horizontal), _joined(vertical))
    if not grids:
        return None
    blocks, rest = [], list(runs)
    for ys, xs in grids:
        inside = [r for r in rest if xs[0] <= _cx(r) <= xs[-1] and ys[0] <= _cy(r) <= ys[-1]]
        if not inside:
            continue
        taken = set(map(id, inside))
        rest = [r for r in rest if id(r) not in taken]
        rows = []
        for top, bottom in zip(ys, ys[1:], strict=False):
            row_runs = [r for r in inside if top <= _cy(r) < bottom]
            cells = []
            for left, right in zip(xs, xs[1:], strict=False):
                cell = [r for r in row_runs if left <= _cx(r) < right]
                cells.append(" ".join(join_runs(line) for line in group_lines(cell)))
            if any(cells):
                rows.append("\t".join(cells))
        if rows:
            blocks.append(Block(xs[0], xs[-1], ys[0], "\n".join(rows)))
    return (blocks, rest) if blocks else None


def _cx(r: Run) -> float:
    return (r.x0 + r.x1) / 2


def _cy(r: Run) -> float:
    return (r.top + r.bottom) / 2


def grid_rules(page: pdfium.PdfPage, media: Box) -> tuple[list[Rule], list[Rule]]:
    """Thin path objects as rules, in top-down coordinates like the character runs."""
    horizontal, vertical = [], []
    for _, (left, bottom, right, top) in _paths(page):
        width, height = right - left, top - bottom
        if height <= RULE_THICKNESS and width >= RULE_MIN_LENGTH:
            horizontal.append(Rule(media.top - (top + bottom) / 2, left, right))
        elif width <= RULE_THICKNESS and height >= RULE_MIN_LENGTH:
            vertical.append(Rule((left + right) / 2, media.top - top, media.top - bottom))
    return horizontal, vertical


def _joined(rules: list[Rule]) -> list[Rule]:
    """Collinear pieces that meet as one rule: word processors draw each cell's border on its
    own, and a table's header row is often drawn apart from its body."""
    out: list[Rule] = []
    for rule in sorted(rules, key=lambda r: (r.at, r.start)):
        meets = None
        for line in reversed(out):  # sorted by `at` too: look back only as far as it is near
            if line.at < rule.at - SNAP / 2:
                break
            if rule.start <= line.end + SNAP:
                meets = line
                break
        if meets is None:
            out.append(Rule(rule.at, rule.start, rule.end))
        else:
            meets.end = max(meets.end, rule.end)
    return out


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > SNAP:
            out.append(v)
    return out


def _grids(horizontal: list[Rule], vertical: list[Rule]
           ) -> list[tuple[list[float], list[float]]]:
    """Groups of crossing rules, each as its row lines (ys) and column lines (xs). A group
    is a grid only when every row line spans every column line and back."""
    rules = horizontal + vertical
    parent = list(range(len(rules)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    n = len(horizontal)
    for i, h in enumerate(horizontal):
        for j, v in enumerate(vertical):
            if _cross(h, v):
                parent[root(i)] = root(n + j)
    groups: dict[int, tuple[list[Rule], list[Rule]]] = {}
    for i, rule in enumerate(rules):
        hs, vs = groups.setdefault(root(i), ([], []))
        (hs if i < n else vs).append(rule)
    out = []
    for hs, vs in groups.values():
        ys, xs = _snap([h.at for h in hs]), _snap([v.at for v in vs])
        if len(ys) - 1 < MIN_ROWS or len(xs) - 1 < MIN_COLUMNS:
            continue
        full = all(h.start <= xs[0] + SNAP and h.end >= xs[-1] - SNAP for h in hs) and \
            all(v.start <= ys[0] + SNAP and v.end >= ys[-1] - SNAP for v in vs)
        if not full:
            return []  # merged cells or partial rules: leave the page to pdfplumber
        out.append((ys, xs))
    return out


def _cross(h: Rule, v: Rule) -> bool:
    return h.start - SNAP <= v.at <= h.end + SNAP and v.start - SNAP <= h.at <= v.end + SNAP
