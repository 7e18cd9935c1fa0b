"""What of a document is about finansiell samordning. A förbund's or a local group's own
paper is about it whole; a kommun's, a region's or an agency's paper holds it among other
things (a council's twenty paragraphs, a budget's table of fees, a nämnd's report on all its
work). There the förbund's records stand only in the sections and paragraphs that name the
förbund, its local groups or FINSAM, and in the table rows that name them; the kommun's own
goals, projects and money elsewhere in the paper are not its records. The words that name
them are in `data/scope.toml`."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from ..ingest.metadata import title_region
from ..records import Document, Extraction
from ..resources import load_toml
from .sentences import LABEL_LINE
from .structure import Block, Structure, title_depth


@cache
def _terms() -> re.Pattern:
    return re.compile("|".join(load_toml("extract", "scope.toml")["terms"]), re.I)


@cache
def _other_issuer() -> re.Pattern:
    return re.compile("|".join(load_toml("extract", "scope.toml")["other_issuers"]), re.I)


def names_finsam(text: str) -> bool:
    """Whether a text names a samordningsförbund, a local group or FINSAM."""
    return bool(_terms().search(text))


FRONT_CHARS = 1500  # a paper's front: its letterhead, title and subject
FRONT_FURNITURE = 6  # running lines of the first pages that name the paper's issuer
LETTERHEAD_LINES = 3  # the first short lines of a paper name who issued it ("Ludvika kommun")
LETTERHEAD_CHARS = 60
# a line of the front page's list of who attended: a name before its comma ("Övriga
# deltagande   Eva Holm, förbundschef, Samordningsförbundet X")
_PERSON_LINE = re.compile(r"(?:^|\s{2,})[A-ZÅÄÖ][a-zåäöéü]+(?:[- ][A-ZÅÄÖ][a-zåäöéü]+)+\s*(?:\([A-ZÅÄÖ]{1,3}\)\s*)?,")
# the subject field of a letterhead ("Rubrik: ...", "Ärende: ...")
@cache
def _subject() -> re.Pattern:
    fields = "|".join(load_toml("extract", "scope.toml")["subject_fields"])
    return re.compile(rf"(?im)^[ \t]*(?:{fields})[ \t]*:[ \t]*([^\n]+)")


class Scope:
    """The parts of a document that are about finansiell samordning, by character offset."""

    def __init__(self, document: Document, structure: Structure) -> None:
        self.whole = _about_finsam(document, structure)
        self.blocks = structure.blocks
        self.starts = [b.start for b in self.blocks]
        self.sections = [] if self.whole else self._sections()

    def _sections(self) -> list[tuple[int, int, bool]]:
        """(start, end, titled) of each section that names FINSAM in its title (titled) or in
        a paragraph of its own; a numbered title's section runs to the next title of its
        depth or higher ("§ 45 ..." to "§ 46 ..."), another's to the next title."""
        out = []
        heads = [k for k, b in enumerate(self.blocks) if b.is_heading]
        bounds = [0, *heads, len(self.blocks)]
        for a, b in zip(bounds, bounds[1:], strict=False):
            if a == b:
                continue
            head = self.blocks[a]
            titled = head.is_heading and names_finsam(head.text)
            if not titled and not any(names_finsam(x.text) for x in self.blocks[a:b]
                                      if x.kind != "row"):
                continue
            depth = _depth(head)
            end = b
            while depth and end < len(self.blocks) and not (
                    self.blocks[end].is_heading and 0 < _depth(self.blocks[end]) <= depth):
                end += 1
            stop = self.blocks[end].start if end < len(self.blocks) else 10**12
            out.append((head.start, stop, titled))
        return out

    def holds(self, pos: int) -> bool:
        """Whether the text at `pos` is about finansiell samordning: in a section that names
        it, or in a paragraph that names it itself. A table's row counts only under a title
        that names it, or when the row does ("Samordningsförbundet i Jämtlands län  198
        204") - not the other rows of a kommun's table of fees that a paragraph introduces."""
        if self.whole:
            return True
        k = bisect_right(self.starts, pos) - 1
        block = self.blocks[k] if k >= 0 else None
        if block is not None and names_finsam(block.text):
            return True
        row = block is not None and block.kind == "row"
        return any(a <= pos < b and (titled or not row) for a, b, titled in self.sections)


def _about_finsam(document: Document, structure: Structure) -> bool:
    """Whether a paper is about finansiell samordning as a whole: its letterhead names no
    other issuer (a kommun, a region), or it names FINSAM in its title region or running header,
    in a title or the subject field on its first page ("Rubrik: Medelstilldelning till
    samordningsförbund 2016"). A name in the front page's list of who attended does not."""
    front = title_region(document)
    # (a field is no letterhead: "Projektägare: Mora kommun" on a förbund's form)
    letterhead = [line for line in front.split("\n")[:LETTERHEAD_LINES]
                  if len(line.strip()) <= LETTERHEAD_CHARS and not LABEL_LINE.match(line.strip())]
    if not any(_other_issuer().search(line) for line in letterhead) \
            or any(names_finsam(line) for line in front.split("\n") if not _PERSON_LINE.search(line)):
        return True
    running = " ".join(f.text for f in document.furniture[:FRONT_FURNITURE]
                       if f.kind in ("header", "footer"))
    titles = (b.text for b in structure.blocks if b.start < FRONT_CHARS
              and b.is_heading and not LABEL_LINE.match(b.text))
    subjects = (m.group(1) for m in _subject().finditer(document.text, 0, FRONT_CHARS))
    return names_finsam(running) or any(names_finsam(t) for t in (*titles, *subjects))


def _depth(b: Block) -> int:
    """A title's numbering depth ("§ 45" and "3." are 1, "3.2" is 2); 0 when unnumbered or
    no title (the text before a paper's first title)."""
    if not b.is_heading:
        return 0
    if re.match(r"\s*§\s*\d", b.text):
        return 1
    return title_depth(b.text) or (1 if b.number is not None else 0)


def keep_in_scope(document: Document, structure: Structure, extraction: Extraction) -> None:
    """Leave out the records of a paper by another issuer that stand outside what it says
    about finansiell samordning. Signatories stay: they sign the paper as a whole."""
    scope = Scope(document, structure)
    if scope.whole:
        return
    for name in ("goals", "activities", "target_groups", "projects", "budget_lines"):
        setattr(extraction, name, [r for r in getattr(extraction, name)
                                   if scope.holds(r.char_start)])
    kept = {(b.table_id, b.period) for b in extraction.budget_lines}
    extraction.budget_checks = [c for c in extraction.budget_checks
                                if (c.table_id, c.period) in kept]
