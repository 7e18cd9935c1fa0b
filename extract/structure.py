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


@dataclass
class Structure:
    blocks: list[Block]

    def section_of(self, index: int) -> Block | None:
        for b in reversed(self.blocks[:index]):
            if b.kind == "heading":
                return b
        return None


def parse_structure(doc: Document) -> Structure:
    text = doc.text
    lines: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    blocks: list[Block] = []
    para = 0
    prev_blank = True
    for s, e in lines:
        line = text[s:e]
        if not line.strip():
            if not prev_blank:
                para += 1
            prev_blank = True
            continue
        prev_blank = False
        page = doc.page_at(s)
        ls = s + len(line) - len(line.lstrip())
        le = s + len(line.rstrip())
        if "\t" in line.strip(" "):
            blocks.append(_row(text, s, e, page, para))
            continue
        m = _MARKER.match(line)
        if m:
            cs = s + m.end()
            num = int(m.group("num")) if m.group("num") else None
            blocks.append(Block("item", cs, le, text[cs:le], page, para,
                                marker=m.group(0).strip(), number=num))
            continue
        blocks.extend(_inline_items(text, ls, le, page, para))
    _mark_headings(blocks, text, lines)
    return Structure(blocks)


def _row(text: str, s: int, e: int, page: int, para: int) -> Block:
    cells = []
    pos = s
    for cell in text[s:e].split("\t"):
        cs = pos + len(cell) - len(cell.lstrip())
        ce = pos + len(cell.rstrip())
        cells.append((cs, max(cs, ce), text[cs:ce] if ce > cs else ""))
        pos += len(cell) + 1
    return Block("row", s, e, text[s:e], page, para, cells=cells)


def _inline_items(text: str, s: int, e: int, page: int, para: int) -> list[Block]:
    """A long line with several " - " bullets becomes a lead paragraph plus items."""
    line = text[s:e]
    hits = list(_INLINE_BULLET.finditer(line))
    if len(hits) < 2 or len(line) < 120:
        return [Block("para", s, e, line, page, para)]
    out = []
    if hits[0].start() > 0:
        lead = line[: hits[0].start()].rstrip()
        if lead:
            out.append(Block("para", s, s + len(lead), lead, page, para))
    for k, h in enumerate(hits):
        cs = s + h.end()
        ce = s + (hits[k + 1].start() if k + 1 < len(hits) else len(line))
        body = text[cs:ce].rstrip()
        out.append(Block("item", cs, cs + len(body), body, page, para, marker="-", ))
    return out


def _mark_headings(blocks: list[Block], text: str, lines) -> None:
    """A short line alone in its paragraph, not ending a sentence, is a heading; so is a
    short line ending with a colon that introduces a list (a lead-in)."""
    by_para: dict[int, list[Block]] = {}
    for b in blocks:
        by_para.setdefault(b.para, []).append(b)
    for k, b in enumerate(blocks):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        alone = len(by_para[b.para]) == 1
        short = len(b.text) <= 90 and len(b.text.split()) <= 12
        if b.kind == "para" and short and alone and not _SENTENCE_END.search(b.text) \
                and (b.text[:1].isupper() or b.text[:1].isdigit()):
            b.kind = "heading"
        elif b.kind == "para" and b.text.rstrip().endswith(":") and nxt is not None \
                and nxt.kind in ("item", "row") and len(b.text) <= 200:
            b.kind = "heading"
        elif b.kind == "item" and b.number is not None and alone and short \
                and nxt is not None and nxt.kind == "para" and nxt.para != b.para:
            b.heading_like = True
