"""Which text pieces in the top and bottom bands of a page are running headers, footers or
page numbers.

A piece is furniture when its text with digits normalised recurs in the same band on at
least half of the pages (and on two at least), or when it is nothing but a page number.
Where a piece sits is decided by the caller from geometry; this module only judges texts.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

TOP, BOTTOM = "top", "bottom"
_KIND_BY_BAND = {TOP: "header", BOTTOM: "footer"}

_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
_DASH = "[-\u2013\u2014]"
# "3", "- 3 -", "Sida 3", "Sida 3 av 12", "s. 3", "3 (12)", "3/12", "3 av 12", "Page 3 of 12"
_PAGE_NUMBER = re.compile(
    rf"""^(?:
        (?P<dashed>{_DASH})?\s*(?P<bare>\d{{1,4}})\s*(?(dashed){_DASH})
      | (?:sida|sid\.?|s\.|page|p\.)\s*\d{{1,4}}(?:\s*(?:av|of|/)\s*\d{{1,4}}|\s*\(\s*\d{{1,4}}\s*\))?
      | \d{{1,4}}\s*(?:\(\s*\d{{1,4}}\s*\)|(?:/|av|of)\s*\d{{1,4}})
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# a lone number far beyond the page count is a value (a year, an amount), not a page number
BARE_NUMBER_SLACK = 20


def normalise(text: str) -> str:
    """The part of a running header that stays the same from page to page."""
    return _SPACE.sub(" ", _DIGITS.sub("#", text)).strip().lower()


def looks_like_page_number(text: str) -> bool:
    """The form of a page number, whatever the number."""
    return bool(_PAGE_NUMBER.match(text.strip()))


def is_page_number(text: str, n_pages: int) -> bool:
    m = _PAGE_NUMBER.match(text.strip())
    if not m:
        return False
    numbers = [int(d) for d in _DIGITS.findall(text)]
    if len(numbers) == 2 and numbers[0] > numbers[1]:
        return False  # "12/3" reads as a date or a ratio, not page 12 of 3
    if m.group("bare") and not m.group("dashed"):
        return numbers[0] <= n_pages + BARE_NUMBER_SLACK
    return True


@dataclass
class FurnitureRules:
    """What recurs in each band of a document, learnt from (a sample of) its pages."""

    n_pages: int
    repeated: set[tuple[str, str]] = field(default_factory=set)  # (band, normalised text)

    def kind(self, band: str, text: str) -> str | None:
        """header | footer | page_number for furniture, None for body text."""
        if not text:
            return None
        key = (band, normalise(text))
        if is_page_number(text, self.n_pages):
            return "page_number"
        if key in self.repeated and key[1] != "#":
            return _KIND_BY_BAND[band]
        if key in self.repeated:  # a bare number that recurs: a page number after all
            return "page_number" if _PAGE_NUMBER.match(text.strip()) else None
        return None


def learn_rules(pages: Iterable[tuple[list[str], list[str]]], n_pages: int) -> FurnitureRules:
    """`pages` gives, per sampled page, the piece texts of its top and its bottom band."""
    counts: Counter[tuple[str, str]] = Counter()
    n_sampled = 0
    for top, bottom in pages:
        n_sampled += 1
        keys = {(TOP, normalise(t)) for t in top if t} | {(BOTTOM, normalise(t)) for t in bottom if t}
        counts.update(keys)
    needed = max(2, math.ceil(n_sampled / 2))
    repeated = {key for key, n in counts.items() if n >= needed and key[1]}
    return FurnitureRules(n_pages=n_pages, repeated=repeated)
