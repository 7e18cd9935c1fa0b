"""Amounts, periods and dates checked once more before they are stored: extraction parses
them where they stand (`extract/amounts.py`); this is the one place that decides what a
valid value is. A value that fails is cleared and the document gets a warning, so a bad
parse is visible instead of silently wrong."""
from __future__ import annotations

import re
from datetime import date

from ..records import Document, Extraction

MAX_AMOUNT_SEK = 100_000_000_000  # no samordningsförbund budget line comes near 100 billion
_PERIOD = re.compile(r"^(?:19[89]\d|20[0-4]\d)(?:-(?:19[89]\d|20[0-4]\d))?$")


def valid_period(period: str) -> bool:
    """"2014" or "2014-2016" (first year before the second)."""
    if not _PERIOD.match(period or ""):
        return False
    years = [int(y) for y in period.split("-")]
    return len(years) == 1 or years[0] < years[1]


def valid_date(value: str | None) -> bool:
    try:
        return value is None or bool(date.fromisoformat(value))
    except ValueError:
        return False


def check_values(document: Document, extraction: Extraction) -> None:
    problems = []
    for b in extraction.budget_lines:
        if b.amount_sek is not None and abs(b.amount_sek) > MAX_AMOUNT_SEK:
            problems.append(f"amount out of range on page {b.page}: {b.amount_sek}")
            b.amount_sek = None
        if b.period and not valid_period(b.period):
            problems.append(f"period not understood on page {b.page}: {b.period!r}")
            b.period = ""
    for p in extraction.projects:
        if not (valid_date(p.period_start) and valid_date(p.period_end)) or (
                p.period_start and p.period_end and p.period_start > p.period_end):
            problems.append(f"project period not understood for {p.name!r}")
            p.period_start = p.period_end = None
    document.warnings.extend(problems)
