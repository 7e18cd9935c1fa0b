"""Document structure from the stored text: headings, list items (numbered, bulleted, and
inline lists whose line breaks a transcript lost), paragraphs and table rows, each with its
character offsets so that every record can quote its evidence exactly."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import Document

_MARKER = re.compile(r"^[ \t]*(?:(?P<bullet>[-•*–—·▪►✓o])[ \t]+|(?P<num>\d{1,2})[.)][ \t]+"
                     r"|(?P<alpha>[a-h])\)[ \t]+)")
# "- item - item - item" inside one line, as transcripts print lists that lost their breaks
_INLINE_BULLET = re.compile(r"(?:(?<=\s)|^)[-•–]\s+(?=\S)")
_SENTENCE_END = re.compile(r"[.!?]\s*$")
# a line that reports how an item went ("Utfall: ...", "Kommentar: ...", "Bedömning: ...")
OUTCOME_LABEL = re.compile(r"^(?:utfall|resultat|kommentar|bedömning|status|måluppfyllelse|"
                           r"uppföljning)\s*:", re.I)
_INNER_SENTENCE = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")  # more than one sentence: prose, not an item


@dataclass
class Block:
    kind: str  # heading | item | para | row
    start: int  # content start (after any list marker)
    end: int
    text: str
    page: int
    para: int  # index of the blank-line separated paragraph the line belongs to
    marker: str = ""
    number: int | None = None
    cells: list[tuple[int, int, str]] = field(default_factory=list)  # for rows
    heading_like: bool = False  # a numbered item standing alone as a section title
    lines: int = 1  # physical lines the block spans (wrapped PDF text)
    indent: int = 0  # columns before a list marker (sub-items are indented deeper)

    @property
    def is_heading(self) -> bool:
        return self.kind == "heading" or self.heading_like

    @property
    def flat(self) -> str:
        """The text on one line, for record fields (evidence keeps the exact slice)."""
        return " ".join(self.text.split())


@dataclass
class Structure:
    blocks: list[Block]

    def column_cells(self, header: re.Pattern):
        """Cells under a table column whose header matches: (row, cell index, cell, the
        heading above the table) for every row below that header row."""
        col, section, heading = None, "", ""
        for b in self.blocks:
            if b.kind == "heading":
                heading = b.flat
            if b.kind != "row":
                col = None
                continue
            if col is None:
                names = [c[2].strip().rstrip(":") for c in b.cells]
                col = next((i for i, n in enumerate(names) if header.match(n)), None)
                section = heading
                continue
            if col < len(b.cells):
                yield b, col, b.cells[col], section

    def items_after(self, i: int, stop=None) -> list[int]:
        """Indices of the list under block i: marked items, or else a run of two or more
        single lines (a list whose markers were lost). `stop(block)` ends the run (a heading
        that opens another section)."""
        marked = []
        for k in range(i + 1, len(self.blocks)):
            b = self.blocks[k]
            if b.kind == "item" and not b.heading_like:
                marked.append(k)
            elif marked and b.kind == "para" and OUTCOME_LABEL.match(b.text):
                continue  # "Utfall: ..." under an item belongs to it
            elif marked or b.kind in ("heading", "row") or b.heading_like:
                break
        if marked:
            # a category over deeper sub-items ("• Individinriktade insatser" / "o ...")
            return [k for n, k in enumerate(marked) if n + 1 == len(marked)
                    or self.blocks[marked[n + 1]].indent <= self.blocks[k].indent]
        run = []
        for k in range(i + 1, len(self.blocks)):
            b = self.blocks[k]
            if b.kind not in ("para", "heading") or b.lines != 1 or len(b.text) > 220 \
                    or b.text.rstrip().endswith(":") or b.text.isupper() \
                    or _LABEL_LINE.match(b.text) or _INNER_SENTENCE.search(b.text) \
                    or (stop is not None and b.kind == "heading" and stop(b)):
                break
            run.append(k)
        # a run of title lines each followed by its own paragraph is not a list
        return run if len(run) >= 2 else []

    def alone(b: Block) -> bool:
        return len(by_para[b.para]) == 1 if blank_structured else b.lines == 1

    def short(b: Block) -> bool:
        return len(b.text) <= 90 and len(b.text.split()) <= 12

    for k, b in enumerate(blocks):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        titled = short(b) and not _SENTENCE_END.search(b.text) \
            and (b.text[:1].isupper() or b.text[:1].isdigit())
        # a title line straight above its paragraph, with no blank line between
        opens_body = (blank_structured and nxt is not None and nxt.para == b.para
                      and by_para[b.para][0] is b and nxt.kind == "para"
                      and (len(nxt.text.split()) >= 8 or (len(nxt.text.split()) >= 4
                                                          and _SENTENCE_END.search(nxt.text))))
        if b.kind == "para" and titled and (alone(b) or opens_body):
            b.kind = "heading"
        elif b.kind == "para" and b.text.rstrip().endswith(":") and nxt is not None \
                and nxt.kind in ("item", "row") and len(b.text) <= 300:
            b.kind = "heading"
    for k, b in enumerate(blocks):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        prev = blocks[k - 1] if k else None
        if b.kind != "item" or b.number is None or not short(b) or nxt is None:
            continue
        if _SENTENCE_END.search(b.text):
            continue
        body_follows = nxt.kind == "para" and alone(b) and (nxt.para != b.para
                                                            or not blank_structured)
        in_list = prev is not None and prev.kind == "item" and prev.number == b.number - 1
        bare_title = (len(b.text.split()) <= 5 and nxt.kind in ("item", "heading", "row")
                      and nxt.number != b.number + 1 and not in_list)
        if body_follows or bare_title:
            b.heading_like = True
