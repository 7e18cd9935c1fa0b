"""What the extractor components share while they work on one document."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from ..records import Document, Extraction, Goal
from ..resources import load_csv, load_toml
from .outcomes import find_legend
from .section_cues import KINDS, SectionCues
from .structure import Block, Structure, title_depth

# "Mål 1: ...", "Delmål 2.1 Alla ...", "Övergripande mål 3" (alone, the goal on the next line)
# "Mål 2: ...", "Delmål 1.2 – ...", "Mål B – ..." (a letter), "▲ Mål 3: ..." (a status mark
# a legend explains, before the label)
LABELLED_GOAL = re.compile(r"^(?P<mark>[^\w\s]{1,3}[ \t]+)?(?:(?:övergripande|långsiktig[at]?|strategisk[at]?)\s+)?"
                           r"(?:(?:mål|delmål|effektmål|verksamhetsmål|resultatmål|inriktningsmål|projektmål)\s*"
                           # ("M2  Deltagarnas egen försörjning ska öka.": a goal's code)
                           r"|(?-i:M)(?=\d{1,2}(?:\.\d{1,2})?(?:[ \t]{2,}|[:.][ \t]|[ \t](?-i:[A-ZÅÄÖ]))))"
                           r"(?P<num>\d{1,2}(?:\.\d{1,2})*(?:\.?[a-h](?![\wåäö]))?|(?-i:[A-H])(?=\s*[:.–-]))"
                           r"\s*(?:[:.–-]\s*(?=\S)|\s+(?=(?-i:[A-ZÅÄÖ]))|$)", re.I)


PARTS_REACH = 60  # blocks the parts of a section may run under its title


class GoalNumbers(dict):
    """A goal's number -> the first goal given it ("Mål 2.1" -> its record), remembering
    every goal given each number: a report numbers this year's goals and next year's alike."""

    def __init__(self) -> None:
        super().__init__()
        self.every: dict[str, list[Goal]] = {}

    def __setitem__(self, number: str, goal: Goal) -> None:
        self.every.setdefault(number, []).append(goal)
        super().__setitem__(number, goal)

    def setdefault(self, number: str, goal: Goal) -> Goal:  # type: ignore[override]
        self.every.setdefault(number, []).append(goal)
        return super().setdefault(number, goal)

    def before(self, number: str, pos: int) -> Goal | None:
        """The last goal given `number` that ends before `pos`."""
        return max((g for g in self.every.get(number, []) if g.char_end <= pos),
                   key=lambda g: g.char_end, default=None)


@dataclass
class Context:
    document: Document
    structure: Structure | None = None
    extraction: Extraction = field(default_factory=Extraction)
    seen_goal_items: set[int] = field(default_factory=set)  # goal sections may overlap
    cues: SectionCues | None = None
    goal_numbers: GoalNumbers = field(default_factory=GoalNumbers)  # "Mål 2.1" -> its record
    goal_order: dict[str, Goal] = field(default_factory=dict)  # an unnumbered list's "2" -> ...
    goal_letters: dict[str, Goal] = field(default_factory=dict)  # a lettered list's "b" -> ...
    # the periods of a financial statement's columns ("Not | 2016 | 2015"), which its notes'
    # tables share without a header of their own
    statement_periods: list[str] = field(default_factory=list)
    _legend: dict[str, str] | None = None

    @property
    def legend(self) -> dict[str, str]:
        """Status symbols and colours the document defines (found once, when first asked)."""
        if self._legend is None:
            self._legend = find_legend(self.document.text)
        return self._legend

    def opens_section(self, block: Block) -> bool:
        """Whether a heading announces a section of any kind (it ends a list above it)."""
        return any(self.says(block, kind) for kind in KINDS) or bool(LABELLED_GOAL.match(block.text))

    def parts_under(self, i: int, own: Callable[[Block], bool],
                    part: Callable[[Block, list[int]], bool]) -> list[tuple[int, list[int]]]:
        """The parts of the section under title i, each a title of its own over items that
        `part` accepts (a plan's work packages, a goal section's levels), up to a title of the
        section's level or above (as shallow a number, or capitals under a top title) or one
        that opens a section of another kind than the titles `own` accepts. Two at least."""
        blocks = self.structure.blocks
        depth = title_depth(blocks[i].text)
        out = []
        for k in range(i + 1, min(len(blocks), i + 1 + PARTS_REACH)):
            b = blocks[k]
            if not b.is_heading:
                continue
            d = title_depth(b.text)
            if (d and d <= depth) or (depth <= 1 and b.text.isupper() and len(b.text) > 3):
                break
            items = self.structure.items_after(k, stop=self.opens_section)
            parted = bool(items) and part(b, items)
            # (a part's title may name efforts: "Utvecklingsområde A – Tidiga insatser" is the
            # plan's part, not a section of efforts; but "2.1 Övergripande mål" opens goals)
            if self.opens_section(b) and not own(b) and not (parted and not any(
                    self.says(b, kind) for kind in _OTHER_PARTS)):
                break
            if parted:
                out.append((k, items))
        return out if len(out) >= 2 else []

    def section_over(self, pos: int) -> Block | None:
        """The nearest title above `pos` that opens a section ("Genomförda aktiviteter"), up
        to SECTION_REACH blocks back."""
        blocks = self.structure.blocks
        k = self.structure.index_at(pos)
        for b in reversed(blocks[max(0, k - SECTION_REACH):k + 1]):
            if b.is_heading and b.end <= pos and self.opens_section(b):
                return b
        return None

    def says(self, block: Block, kind: str, tail: int | None = None) -> bool:
        """Whether a block (or its last `tail` characters) announces a kind of section."""
        start = block.start if tail is None else max(block.start, block.end - tail)
        return self.cues is not None and self.cues.says(start, block.end, kind)

    def span(self, start: int, end: int) -> dict | None:
        """Grounding fields for text[start:end], trimmed of spaces and dangling punctuation;
        None when nothing is left (a record that cannot be grounded is not emitted)."""
        text = self.document.text
        while start < end and (text[start].isspace() or text[start] in "-–—•*:,;"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in "-–—•*:,;"):
            end -= 1
        if end <= start:
            return None
        return dict(doc_id=self.document.doc_id, page=self.document.page_at(start),
                    char_start=start, char_end=end, evidence=text[start:end])


_OTHER_PARTS = ("goal", "target_group", "outcome", "economy")  # kinds no plan's part opens


class Covered:
    """Characters of the text that records already hold. Marks in a bytearray: asking costs
    the length of the range asked about, not the number of records (a document of a
    thousand goals asks a thousand times)."""

    def __init__(self, length: int, spans=()) -> None:
        self._mask = bytearray(length + 1)
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * max(0, end - start)

    def holds(self, pos: int) -> bool:
        return 0 <= pos < len(self._mask) and self._mask[pos] == 1

    def overlaps(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) >= 0


SECTION_REACH = 12  # blocks back to the title of the section a text stands in


@cache
def cues() -> dict:
    return load_toml("extract", "cues.toml")


@cache
def numbers() -> dict[str, dict[str, int]]:
    """The shared lexicon's number words: counts ("tre") and ordinals ("tredje")."""
    return load_toml("lexicon", "numbers.toml")


def alternation(words) -> str:
    """A regular-expression alternation of words, the longest first."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@cache
def place_names() -> frozenset[str]:
    """Municipality and county names in lower case (a section titled "Ale" is about a place,
    not a project; "i Gislaved, Gnosjö och Värnamo" is one group's places, not a list's end;
    "Hela vägen Östergötland" ends with its county)."""
    counties = (re.sub(r"s$", "", r["county"].removesuffix(" län")).lower()
                for r in load_csv("lexicon", "lanskoder.csv"))
    return frozenset(r["name"].lower() for r in load_csv("lexicon", "municipalities.csv")) \
        | frozenset(counties)
