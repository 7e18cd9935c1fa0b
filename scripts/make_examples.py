"""Regenerate the bundled example corpus and the gold records that describe it.

    make examples                                  (from the repository root)
    python scripts/make_examples.py [--examples-dir DIR] [--gold-dir DIR]

It lives outside the installed package (it needs reportlab, which samverkan does not); the
package holds what it generates, corpus/examples/.

Every example is a fictional but realistic Swedish report (verksamhetsberättelse,
verksamhetsplan, årsredovisning, projektansökan, handlingsplan, protokoll). Each one is
described once, as data (a list of blocks), and from that single description the script
renders the document (PDF through reportlab, or a text transcript) *and* writes its gold
record, so the two cannot drift apart.

Gold annotations are carried by the blocks themselves (`Goal`, `Act`, `Target`,
`BudgetTable`, `Signatures`) and, inside running text, by inline marks that are removed when
rendering:

    [[p:Arbetsförberedande insats i samverkan (AIS)]]  project (acronym taken from "(...)")
    [[tg:unga vuxna 18–29 år]]                          target group
    [[b:1 120 000 kr|Steget Före|2015]]                 budget line: shown amount|label|period
    [[tg?:...]]                                         a "?" marks the record optional

Only the standard library and reportlab are used, so the script runs without the rest of
samverkan. Output is byte-for-byte deterministic (fixed dates, reportlab `invariant=1`).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import textwrap
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Table as RLTable

ROOT = Path(__file__).resolve().parents[1]  # the repository (the package's root folder)
EXAMPLES_DIR = ROOT / "corpus" / "examples"
GOLD_DIR = ROOT / "tests" / "gold_examples"
# Files this script owns inside EXAMPLES_DIR; stale ones matching it are removed on a rerun.
OWNED = re.compile(r"^ex\d\d_.+\.(?:pdf|txt)$")


# --------------------------------------------------------------------------------------------
# Document model: blocks that know both how they look and what gold records they carry.
# --------------------------------------------------------------------------------------------


@dataclass
class Goal:
    """A goal; `remark` is the outcome remark printed with it (not part of the goal text)."""

    text: str
    status: str = "not_reported"
    remark: str = ""
    prefix: str = ""  # printed before the goal, e.g. "Mål 1: "; not part of the goal text
    remark_on_new_line: bool = False
    optional: bool = False


@dataclass
class Act:
    """A planned activity with the outcome status the same document reports for it."""

    text: str
    status: str = "not_reported"
    remark: str = ""
    optional: bool = False


@dataclass
class Target:
    """A target group written as its own list item or cell."""

    text: str
    optional: bool = False


Item = str | Goal | Act | Target


@dataclass
class Title:
    text: str
    sub: str = ""


@dataclass
class H:
    text: str
    level: int = 1


@dataclass
class P:
    text: str  # "\n" forces a line break
    style: str = "body"  # body | small | bold


@dataclass
class Items:
    items: list[Item]
    numbered: bool = False
    bullet: str = "•"


@dataclass
class Table:
    """A ruled table; cells may be goals or activities (a "Mål" column of an activity plan)."""

    rows: list[list[Item]]
    widths: list[float]  # fractions of the text width
    header: bool = True


@dataclass
class BudgetRow:
    label: str
    values: tuple[int | None, ...] = ()  # whole kronor, None prints as "–"
    total: bool = False
    section: bool = False  # a sub-heading row without amounts
    note: str = ""
    sum_of: tuple[str, ...] = ()  # labels this row must equal the sum of (checked)
    optional: bool = False


@dataclass
class BudgetTable:
    caption: str
    first_col: str
    columns: list[str]
    periods: list[str]  # gold period of each amount column
    unit: str  # kr | tkr: how amounts are printed
    rows: list[BudgetRow]
    note_col: bool = False


@dataclass
class Person:
    name: str
    title: str
    organisation: str
    principal: str
    optional: bool = False


@dataclass
class Signatures:
    people: list[Person]
    place_date: str = ""
    heading: str = ""
    style: str = "block"  # block | lines | protokoll
    columns: int = 2


@dataclass
class Columns:
    """One page laid out in two frames (PDF); text renderings read left then right."""

    left: list[Block]
    right: list[Block]


@dataclass
class Break:
    """A page break."""


Block = Title | H | P | Items | Table | BudgetTable | Signatures | Columns | Break | Goal | Act


@dataclass
class Doc:
    file_name: str
    fmt: str  # pdf | web | paged | cp1252
    doc_type: str
    organisation: str
    year: int
    title: str
    blocks: list[Block]
    header: list[tuple[str, str]] = field(default_factory=list)  # (left, right) per line
    footer: str = ""
    signatories: list[Person] = field(default_factory=list)  # named outside signature blocks
    related: list[tuple[str, str]] = field(default_factory=list)  # web "Läs mer" entries


# --------------------------------------------------------------------------------------------
# Inline marks and amounts
# --------------------------------------------------------------------------------------------

MARK = re.compile(r"\[\[(tg|p|b)(\?)?:([^\]]+)\]\]")
ACRONYM = re.compile(r"(.+?)\s*\(([A-ZÅÄÖ][A-ZÅÄÖ0-9]+)\)")
AMOUNT = re.compile(r"(?:ca\s+)?(\d[\d ]*(?:,\d+)?)\s*(kr|tkr|mnkr)")


def plain(text: str) -> str:
    """The text as printed: inline marks replaced by what they display."""
    return MARK.sub(lambda m: m.group(3).split("|")[0], text)


def parse_amount(shown: str) -> int:
    """'1 120 000 kr' -> 1120000, '85 tkr' -> 85000, '1,5 mnkr' -> 1500000."""
    m = AMOUNT.fullmatch(shown.strip())
    if not m:
        raise ValueError(f"not an amount: {shown!r}")
    number = float(m.group(1).replace(" ", "").replace(",", "."))
    return round(number * {"kr": 1, "tkr": 1000, "mnkr": 1_000_000}[m.group(2)])


def fmt_amount(value: int | None, unit: str) -> str:
    """Swedish grouping with spaces; tkr amounts must be whole thousands."""
    if value is None:
        return "–"
    if unit == "tkr":
        if value % 1000:
            raise ValueError(f"{value} is not a whole number of tkr")
        value //= 1000
    return f"{value:,}".replace(",", " ")


# --------------------------------------------------------------------------------------------
# Gold: collected from the same blocks that are rendered
# --------------------------------------------------------------------------------------------


def _opt(record: dict, optional: bool) -> dict:
    if optional:
        record["optional"] = True
    return record


class GoldCollector:
    def __init__(self) -> None:
        self.goals: list[dict] = []
        self.activities: list[dict] = []
        self.target_groups: list[dict] = []
        self.projects: list[dict] = []
        self.budget_lines: list[dict] = []
        self.signatories: list[dict] = []
        self.mark_amounts: list[str] = []  # amounts as shown, checked against the text

    def text(self, text: str) -> None:
        for m in MARK.finditer(text):
            kind, optional, body = m.group(1), bool(m.group(2)), m.group(3)
            parts = body.split("|")
            if kind == "tg":
                self._add(self.target_groups, _opt({"text": parts[0]}, optional), "text")
            elif kind == "p":
                am = ACRONYM.fullmatch(parts[0])
                rec = {"name": am.group(1), "acronym": am.group(2)} if am else {"name": parts[0]}
                self._add(self.projects, _opt(rec, optional), "name")
            else:
                shown, label, period = parts
                self.mark_amounts.append(shown)
                self.budget_line(label, period, parse_amount(shown), False, optional)

    def budget_line(self, label: str, period: str, amount: int, total: bool, optional: bool):
        rec = {"label": label, "period": period, "amount_sek": amount, "is_total": total}
        key = (label, period, amount, optional)
        # The same line printed twice is one record, but a required table row is kept even
        # when an optional sentence already stated the same amount.
        if all((b["label"], b["period"], b["amount_sek"], b.get("optional", False)) != key
               for b in self.budget_lines):
            self.budget_lines.append(_opt(rec, optional))

    @staticmethod
    def _add(records: list[dict], record: dict, key: str) -> None:
        # One record per distinct item: a project mentioned twice is still one project.
        if all(r[key].casefold() != record[key].casefold() for r in records):
            records.append(record)

    def item(self, it: Item) -> None:
        if isinstance(it, str):
            self.text(it)
            return
        self.text(it.text)
        if isinstance(it, Goal):
            self.text(it.remark)
            rec = {"text": plain(it.text), "outcome_status": it.status}
            self.goals.append(_opt(rec, it.optional))
        elif isinstance(it, Act):
            self.text(it.remark)
            rec = {"text": plain(it.text), "outcome_status": it.status}
            self.activities.append(_opt(rec, it.optional))
        else:
            self._add(self.target_groups, _opt({"text": plain(it.text)}, it.optional), "text")

    def person(self, p: Person) -> None:
        rec = {"name": p.name, "title": p.title, "organisation": p.organisation,
               "principal": p.principal}
        if all(s["name"] != p.name for s in self.signatories):
            self.signatories.append(_opt(rec, p.optional))

    def block(self, b: Block) -> None:
        if isinstance(b, Title):
            self.text(b.text)
            self.text(b.sub)
        elif isinstance(b, H | P):
            self.text(b.text)
        elif isinstance(b, Goal | Act):
            self.item(b)
        elif isinstance(b, Items):
            for it in b.items:
                self.item(it)
        elif isinstance(b, Table):
            for row in b.rows:
                for cell in row:
                    self.item(cell)
        elif isinstance(b, BudgetTable):
            for row in b.rows:
                self.text(row.label)
                for period, value in zip(b.periods, row.values, strict=False):
                    if value is not None:
                        self.budget_line(plain(row.label), period, value, row.total, row.optional)
        elif isinstance(b, Signatures):
            for p in b.people:
                self.person(p)
        elif isinstance(b, Columns):
            for sub in [*b.left, *b.right]:
                self.block(sub)


def gold_record(doc: Doc) -> dict:
    g = GoldCollector()
    for b in doc.blocks:
        g.block(b)
    for p in doc.signatories:
        g.person(p)

    def required_first(records: list[dict]) -> list[dict]:
        # score.py matches greedily in gold order, so a required record must come before an
        # optional one that could take the same prediction.
        return sorted(records, key=lambda r: r.get("optional", False))

    return {
        "document": doc.file_name,
        "doc_type": doc.doc_type,
        "organisation": doc.organisation,
        "year": doc.year,
        "goals": required_first(g.goals),
        "activities": required_first(g.activities),
        "target_groups": required_first(g.target_groups),
        "projects": required_first(g.projects),
        "budget_lines": required_first(g.budget_lines),
        "signatories": required_first(g.signatories),
    }


def check_budget_sums(doc: Doc) -> None:
    """Sum rows must add up: evaluators rely on the examples being arithmetically right."""
    for b in _walk(doc.blocks):
        if not isinstance(b, BudgetTable):
            continue
        by_label = {r.label: r for r in b.rows}
        for row in b.rows:
            if not row.sum_of:
                continue
            for i, value in enumerate(row.values):
                parts = [by_label[lbl].values[i] or 0 for lbl in row.sum_of]
                if sum(parts) != (value or 0):
                    raise AssertionError(f"{doc.file_name}: {row.label} col {i}: "
                                         f"{value} != {sum(parts)}")


def check_gold_in_text(doc: Doc, gold: dict, text: str) -> None:
    """Every gold string must be findable in the rendered text (whitespace-insensitive)."""
    flat = " ".join(text.split())
    wanted = [g["text"] for g in gold["goals"] + gold["activities"] + gold["target_groups"]]
    wanted += [p["name"] for p in gold["projects"]] + [s["name"] for s in gold["signatories"]]
    wanted += [p["acronym"] for p in gold["projects"] if "acronym" in p]
    for b in _walk(doc.blocks):
        if isinstance(b, BudgetTable):
            wanted += [plain(r.label) for r in b.rows]
    g = GoldCollector()
    for b in doc.blocks:
        g.block(b)
    wanted += g.mark_amounts
    missing = [w for w in wanted if " ".join(w.split()) not in flat]
    if missing:
        raise AssertionError(f"{doc.file_name}: gold text not in document: {missing}")


def _walk(blocks: Iterable[Block]) -> Iterable[Block]:
    for b in blocks:
        yield b
        if isinstance(b, Columns):
            yield from _walk([*b.left, *b.right])


# --------------------------------------------------------------------------------------------
# Text rendering (also the reference text for the gold check)
# --------------------------------------------------------------------------------------------


def item_text(it: Item, *, inline_remark: bool = True) -> list[str]:
    """An item as printed: one line, or two when the remark goes on its own line."""
    if isinstance(it, str):
        return [plain(it)]
    if isinstance(it, Target):
        return [plain(it.text)]
    prefix = it.prefix if isinstance(it, Goal) else ""
    text = prefix + plain(it.text)
    if not it.remark:
        return [text]
    if isinstance(it, Goal) and it.remark_on_new_line:
        return [text, plain(it.remark)]
    return [f"{text} – {plain(it.remark)}" if inline_remark else text]


class TextRenderer:
    """Blocks -> pages of lines. `wrap` > 0 wraps running text like a pdftotext dump."""

    def __init__(self, wrap: int = 0, bullet: str | None = None) -> None:
        self.wrap = wrap
        self.bullet = bullet
        self.pages: list[list[str]] = [[]]

    def render(self, blocks: Iterable[Block]) -> list[list[str]]:
        for b in blocks:
            self.block(b)
        return [self._trim(p) for p in self.pages]

    @staticmethod
    def _trim(lines: list[str]) -> list[str]:
        while lines and not lines[0]:
            lines.pop(0)
        while lines and not lines[-1]:
            lines.pop()
        return lines

    def emit(self, line: str = "", indent: str = "") -> None:
        page = self.pages[-1]
        if not line and (not page or not page[-1]):
            return  # never two blank lines in a row
        if self.wrap and line and len(line) > self.wrap:
            self.pages[-1].extend(textwrap.wrap(line, self.wrap, subsequent_indent=indent))
        else:
            self.pages[-1].append(line)

    def block(self, b: Block) -> None:
        if isinstance(b, Title):
            self.emit(plain(b.text))
            if b.sub:
                self.emit(plain(b.sub))
            self.emit()
        elif isinstance(b, H):
            self.emit()
            self.emit(plain(b.text))
            self.emit()
        elif isinstance(b, P):
            for line in plain(b.text).split("\n"):
                self.emit(line)
            self.emit()
        elif isinstance(b, Goal | Act):
            for line in item_text(b):
                self.emit(line)
            self.emit()
        elif isinstance(b, Items):
            for n, it in enumerate(b.items, 1):
                marker = f"{n}." if b.numbered else (self.bullet or b.bullet)
                lines = item_text(it)
                self.emit(f"{marker} {lines[0]}", indent=" " * (len(marker) + 1))
                for extra in lines[1:]:
                    self.emit(" " * (len(marker) + 1) + extra)
            self.emit()
        elif isinstance(b, Table):
            for row in b.rows:
                self.emit("\t".join(" ".join(item_text(c)) for c in row))
            self.emit()
        elif isinstance(b, BudgetTable):
            if b.caption:
                self.emit(plain(b.caption))
            head = [b.first_col, *(["Not"] if b.note_col else []), *b.columns]
            self.emit("\t".join(head))
            for r in b.rows:
                cells = [plain(r.label), *([r.note] if b.note_col else [])]
                if not r.section:
                    cells += [fmt_amount(v, b.unit) for v in r.values]
                self.emit("\t".join(cells).rstrip("\t"))
            self.emit()
        elif isinstance(b, Signatures):
            self.signatures(b)
        elif isinstance(b, Columns):
            for sub in [*b.left, *b.right]:
                self.block(sub)
        elif isinstance(b, Break):
            self.pages.append([])

    def signatures(self, b: Signatures) -> None:
        if b.place_date:
            self.emit(b.place_date)
            self.emit()
        if b.heading:
            self.emit(b.heading)
            self.emit()
        for p in b.people:
            if b.style == "lines":
                self.emit(", ".join(x for x in (p.name, p.title, p.organisation) if x))
            elif b.style == "protokoll":
                self.emit(f"{p.title:<16}" + "." * 34)
                self.emit(" " * 16 + p.name)
                self.emit()
            else:
                for line in (p.name, p.title, p.organisation):
                    if line:
                        self.emit(line)
                self.emit()
        self.emit()


def pad(left: str, right: str, width: int = 78) -> str:
    return left + " " * max(2, width - len(left) - len(right)) + right


def render_web(doc: Doc) -> str:
    """A document-sharing site's transcript: one line per page, page number first and last,
    the footer repeated on every page, site boilerplate around it."""
    pages = TextRenderer().render(doc.blocks)
    out = [doc.title, "", "Storlek: px", "Starta visningen från sidan:", "",
           f'Download "{doc.title}"', "", "Transkript", ""]
    for n, lines in enumerate(pages, 1):
        # The site joins a page's text into one line and loses tabs and line breaks.
        body = " ".join(" ".join(line.split()) for line in lines if line.strip())
        out += [f"{n} {body} {doc.footer} {n}", ""]
    for title, snippet in doc.related:
        out += [title, "", f"{title} {snippet}", "", "Läs mer", ""]
    return "\n".join(out)


def render_paged(doc: Doc) -> str:
    """A text dump with a running header and a 'Sida N av M' footer on every page."""
    pages = TextRenderer(wrap=78).render(doc.blocks)
    out: list[str] = []
    for n, lines in enumerate(pages, 1):
        out += [pad(left, right) for left, right in doc.header] + [""]
        out += lines
        out += ["", pad(doc.footer, f"Sida {n} av {len(pages)}"), "", ""]
    return "\n".join(out)


def render_plain(doc: Doc) -> str:
    """Pages separated by form feeds, as older word-processor exports and pdftotext do."""
    pages = TextRenderer(bullet="•").render(doc.blocks)
    return "\n\f".join("\n".join(p) for p in pages) + "\n"


# --------------------------------------------------------------------------------------------
# PDF rendering
# --------------------------------------------------------------------------------------------

PAGE_W, PAGE_H = A4
MARGIN = 2.2 * cm
TOP = 2.6 * cm  # room for the running header
BOTTOM = 2.4 * cm  # room for the running footer
TEXT_W = PAGE_W - 2 * MARGIN
GUTTER = 0.8 * cm
FOOTER_Y = 1.3 * cm
HEADER_Y = PAGE_H - 1.5 * cm

STYLES = {
    "title": ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=24,
                            spaceAfter=4),
    "sub": ParagraphStyle("sub", fontName="Helvetica", fontSize=13, leading=17, spaceAfter=12),
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13, leading=16,
                         spaceBefore=10, spaceAfter=5),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                         spaceBefore=7, spaceAfter=3),
    "body": ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5,
                           spaceAfter=6),
    "bold": ParagraphStyle("bold", fontName="Helvetica-Bold", fontSize=10, leading=13.5,
                           spaceAfter=4),
    "small": ParagraphStyle("small", fontName="Helvetica", fontSize=8.5, leading=11,
                            spaceAfter=6),
    "item": ParagraphStyle("item", fontName="Helvetica", fontSize=10, leading=13.5,
                           leftIndent=18, bulletIndent=4, spaceAfter=3),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11.5),
    "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=9, leading=11.5),
    "num": ParagraphStyle("num", fontName="Helvetica", fontSize=9, leading=11.5,
                          alignment=TA_RIGHT),
    "numb": ParagraphStyle("numb", fontName="Helvetica-Bold", fontSize=9, leading=11.5,
                           alignment=TA_RIGHT),
    "sign": ParagraphStyle("sign", fontName="Helvetica", fontSize=9.5, leading=12.5),
}


def markup(text: str) -> str:
    return escape(plain(text)).replace("\n", "<br/>")


def item_markup(it: Item) -> str:
    if isinstance(it, str | Target):
        return markup(it if isinstance(it, str) else it.text)
    prefix = markup(it.prefix) if isinstance(it, Goal) else ""
    text = prefix + markup(it.text)
    if not it.remark:
        return text
    if isinstance(it, Goal) and it.remark_on_new_line:
        return f"{text}<br/><i>{markup(it.remark)}</i>"
    return f"{text} – <i>{markup(it.remark)}</i>"


class NumberedCanvas(Canvas):
    """Holds every page back until the document ends, so each can say 'Sida N av M'."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            self.setFont("Helvetica", 8.5)
            self.drawRightString(PAGE_W - MARGIN, FOOTER_Y, f"Sida {self._pageNumber} av {total}")
            super().showPage()
        super().save()


def pdf_story(blocks: Iterable[Block], width: float) -> list[Flowable]:
    story: list[Flowable] = []
    for b in blocks:
        story += pdf_block(b, width)
    return story


def pdf_block(b: Block, width: float) -> list[Flowable]:
    if isinstance(b, Title):
        out: list[Flowable] = [Paragraph(markup(b.text), STYLES["title"])]
        return out + ([Paragraph(markup(b.sub), STYLES["sub"])] if b.sub else [])
    if isinstance(b, H):
        return [Paragraph(markup(b.text), STYLES["h1" if b.level == 1 else "h2"])]
    if isinstance(b, P):
        return [Paragraph(markup(b.text), STYLES[b.style])]
    if isinstance(b, Goal | Act):
        return [Paragraph(item_markup(b), STYLES["bold"])]
    if isinstance(b, Items):
        paras: list[Flowable] = []
        for n, it in enumerate(b.items, 1):
            marker = f"{n}." if b.numbered else b.bullet
            paras.append(Paragraph(item_markup(it), STYLES["item"], bulletText=marker))
        return [*paras, Spacer(1, 4)]
    if isinstance(b, Table):
        return [pdf_table(b, width), Spacer(1, 8)]
    if isinstance(b, BudgetTable):
        caption = [Paragraph(markup(b.caption), STYLES["h2"])] if b.caption else []
        return [*caption, pdf_budget(b, width), Spacer(1, 8)]
    if isinstance(b, Signatures):
        return [pdf_signatures(b, width)]
    if isinstance(b, Columns):
        col_w = (width - GUTTER) / 2
        return [NextPageTemplate("twocol"), RLPageBreak(), *pdf_story(b.left, col_w),
                FrameBreak(), *pdf_story(b.right, col_w), NextPageTemplate("normal"),
                RLPageBreak()]
    if isinstance(b, Break):
        return [RLPageBreak()]
    raise TypeError(b)


GRID = [
    ("GRID", (0, 0), (-1, -1), 0.5, colors.Color(0.45, 0.45, 0.45)),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]
HEAD_BG = colors.Color(0.86, 0.89, 0.93)


def pdf_table(b: Table, width: float) -> RLTable:
    data = []
    for r, row in enumerate(b.rows):
        style = STYLES["cellb" if b.header and r == 0 else "cell"]
        data.append([Paragraph(item_markup(c), style) for c in row])
    t = RLTable(data, colWidths=[f * width for f in b.widths], repeatRows=1 if b.header else 0)
    cmds = list(GRID)
    if b.header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_BG))
    t.setStyle(TableStyle(cmds))
    return t


def pdf_budget(b: BudgetTable, width: float) -> RLTable:
    num_w, note_w = 2.5 * cm, 1.1 * cm
    widths = [num_w] * len(b.columns)
    if b.note_col:
        widths.insert(0, note_w)
    widths.insert(0, width - sum(widths))
    head = [b.first_col, *(["Not"] if b.note_col else []), *b.columns]
    data = [[Paragraph(escape(h), STYLES["cellb" if i == 0 else "numb"])
             for i, h in enumerate(head)]]
    cmds = [*GRID, ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG)]
    for r, row in enumerate(b.rows, 1):
        bold = row.total or row.section
        cells = [Paragraph(markup(row.label), STYLES["cellb" if bold else "cell"])]
        if b.note_col:
            cells.append(Paragraph(escape(row.note), STYLES["num"]))
        values = [] if row.section else [fmt_amount(v, b.unit) for v in row.values]
        values += [""] * (len(b.columns) - len(values))
        cells += [Paragraph(v, STYLES["numb" if row.total else "num"]) for v in values]
        data.append(cells)
        if row.section:
            cmds.append(("BACKGROUND", (0, r), (-1, r), colors.Color(0.95, 0.95, 0.95)))
        if row.total:
            cmds.append(("LINEABOVE", (0, r), (-1, r), 1.2, colors.black))
    t = RLTable(data, colWidths=widths, repeatRows=1)  # header repeats after a page break
    t.setStyle(TableStyle(cmds))
    return t


def pdf_signatures(b: Signatures, width: float) -> Flowable:
    parts: list[Flowable] = [Spacer(1, 10)]
    if b.place_date:
        parts.append(Paragraph(escape(b.place_date), STYLES["body"]))
    if b.heading:
        parts.append(Paragraph(escape(b.heading), STYLES["bold"]))
    if b.style == "lines":
        parts += [Paragraph(escape(", ".join(x for x in (p.name, p.title, p.organisation) if x)),
                            STYLES["body"]) for p in b.people]
        return KeepTogether(parts)
    cols = b.columns
    gap = 0.9 * cm
    col_w = (width - gap * (cols - 1)) / cols
    # Narrow empty columns between the signature columns keep the signing lines apart.
    widths = [w for c in range(cols) for w in ((col_w, gap) if c < cols - 1 else (col_w,))]
    data: list[list[Flowable | str]] = []
    cmds: list[tuple] = [("LEFTPADDING", (0, 0), (-1, -1), 0),
                         ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for start in range(0, len(b.people), cols):
        group = b.people[start:start + cols]
        line_row = len(data)
        data.append([""] * len(widths))  # empty row to sign in, ruled below
        names: list[Flowable | str] = [""] * len(widths)
        for c, p in enumerate(group):
            lines = "<br/>".join(escape(x) for x in (p.name, p.title, p.organisation) if x)
            names[2 * c] = Paragraph(lines, STYLES["sign"])
            cmds.append(("LINEBELOW", (2 * c, line_row), (2 * c, line_row), 0.6, colors.black))
        data.append(names)
    heights = [30 if i % 2 == 0 else None for i in range(len(data))]
    t = RLTable(data, colWidths=widths, rowHeights=heights, hAlign="LEFT")
    t.setStyle(TableStyle(cmds))
    parts.append(t)
    return KeepTogether(parts)


def render_pdf(doc: Doc, path: Path) -> None:
    header_left, header_right = doc.header[0] if doc.header else ("", "")

    def decorate(canvas: Canvas, _tpl: BaseDocTemplate) -> None:
        # Running header and footer on every page; "Sida N av M" comes from NumberedCanvas.
        canvas.saveState()
        canvas.setFont("Helvetica", 8.5)
        canvas.setFillColor(colors.Color(0.25, 0.25, 0.25))
        canvas.drawString(MARGIN, HEADER_Y, header_left)
        canvas.drawRightString(PAGE_W - MARGIN, HEADER_Y, header_right)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, HEADER_Y - 5, PAGE_W - MARGIN, HEADER_Y - 5)
        canvas.line(MARGIN, FOOTER_Y + 11, PAGE_W - MARGIN, FOOTER_Y + 11)
        canvas.drawString(MARGIN, FOOTER_Y, doc.footer)
        canvas.restoreState()

    frame_h = PAGE_H - TOP - BOTTOM
    body = Frame(MARGIN, BOTTOM, TEXT_W, frame_h, id="body")
    col_w = (TEXT_W - GUTTER) / 2
    left = Frame(MARGIN, BOTTOM, col_w, frame_h, id="left")
    right = Frame(MARGIN + col_w + GUTTER, BOTTOM, col_w, frame_h, id="right")
    tpl = BaseDocTemplate(
        str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP,
        bottomMargin=BOTTOM, title=doc.title, author=doc.organisation,
        subject=doc.doc_type, creator="samverkan make_examples", invariant=1,
    )
    tpl.addPageTemplates([PageTemplate("normal", [body], onPage=decorate),
                          PageTemplate("twocol", [left, right], onPage=decorate)])
    tpl.build(pdf_story(doc.blocks, TEXT_W), canvasmaker=NumberedCanvas)


# --------------------------------------------------------------------------------------------
# The documents
# --------------------------------------------------------------------------------------------

ACHIEVED, PARTIAL, NOT, NONE = "achieved", "partially_achieved", "not_achieved", "not_reported"


def doc_vb_torshalla() -> Doc:
    """Verksamhetsberättelse: goals with inline outcome remarks, planned activities and a later
    outcome section, tables that hold numbers and dates but no budget, a lecturer and a
    conference named in passing, a five-person signature block."""
    people = [
        Person("Anna-Karin Lindqvist", "Enhetschef",
               "Eskilstuna kommun, Arbetsmarknad och vuxenutbildning", "kommun"),
        Person("Göran T Wallin", "Sektionschef", "Arbetsförmedlingen Eskilstuna",
               "arbetsformedlingen"),
        Person("Maj-Britt Karlsson", "Teamchef", "Försäkringskassan", "forsakringskassan"),
        Person("Lars-Erik Nyström", "Verksamhetschef", "Vårdcentralen Torshälla", "region"),
        Person("Sofia Bergkvist-Ahmed", "Enhetschef", "Vuxenpsykiatrin Eskilstuna", "region"),
    ]
    blocks: list[Block] = [
        Title("Verksamhetsberättelse 2015", "Lokala samverkansgruppen (LSG) Torshälla"),
        P("Antagen av LSG Torshälla 2016-02-11. Dnr 2016/12.", "small"),
        H("Inledning"),
        P("LSG Torshälla är en av tre lokala samverkansgrupper inom Samordningsförbundet "
          "Eskilstuna (Org.nr 222000-1318). I gruppen ingår chefer från Eskilstuna kommun, "
          "Arbetsförmedlingen, Försäkringskassan och Landstinget Sörmland genom primärvården "
          "och vuxenpsykiatrin. LSG ska driva och utveckla det lokala samverkansarbetet, vara "
          "styrgrupp för de insatser som förbundet finansierar i Torshälla och föra fram lokala "
          "behov till förbundets styrelse."),
        P("Under 2015 har samtliga parter deltagit regelbundet. Ordförandeskapet roterar "
          "halvårsvis och innehades under våren av Arbetsförmedlingen och under hösten av "
          "Försäkringskassan. Gruppens samordnare nås på telefon 016-710 23 45 eller via "
          "förbundets kansli."),
        H("Målgrupper"),
        P("Målgruppen är [[tg:personer i arbetsför ålder, 16–64 år, som behöver samordnade "
          "insatser från minst två av parterna]]. Under 2015 har LSG prioriterat följande "
          "grupper:"),
        Items([
            Target("Unga vuxna 16–29 år som varken arbetar eller studerar"),
            Target("Personer med långvarig psykisk ohälsa"),
            Target("Nyanlända med kort utbildningsbakgrund"),
            Target("Långtidssjukskrivna som saknar anställning"),
        ]),
        P("Målgruppsanalysen från 2014 visade att antalet unga med aktivitetsersättning i "
          "Torshälla har ökat med 18 procent på tre år. Analysen uppdateras under 2016."),
        H("Mål för verksamheten 2015"),
        P("Målen fastställdes i verksamhetsplanen för 2015. Efter varje mål anges LSG:s "
          "bedömning av måluppfyllelsen."),
        Items(numbered=True, items=[
            Goal("Skapa en gemensam bild av behoven hos invånare i Torshälla som står långt "
                 "från arbetsmarknaden", ACHIEVED, "Målet är uppnått."),
            Goal("Öka kunskapen om parternas uppdrag och regelverk bland handläggarna",
                 PARTIAL, "Målet är delvis uppnått; en av två planerade utbildningsdagar "
                 "genomfördes."),
            Goal("Minst 40 deltagare ska ha påbörjat en insats i [[p:Steget Före]] under året",
                 NOT, "Målet är ej uppnått (31 deltagare)."),
            Goal("Utveckla en rutin för gemensam kartläggning av unga som varken arbetar eller "
                 "studerar", ACHIEVED, "Målet är uppnått."),
            Goal("Sprida resultat från samverkansarbetet till politiker och ledning hos "
                 "parterna", PARTIAL, "Delvis uppnått."),
        ]),
        H("Planerade aktiviteter 2015"),
        P("I verksamhetsplanen för 2015 angavs följande aktiviteter:"),
        Items(numbered=True, items=[
            Act("LSG ska sammanträda minst 8 gånger under året", NOT),
            Act("Genomföra två gemensamma utbildningsdagar för parternas handläggare", NOT),
            Act("Vara styrgrupp för projektet Steget Före", ACHIEVED),
            Act("Anordna en temadag om psykisk ohälsa och arbete", ACHIEVED),
            Act("Delta i förbundets årliga samverkanskonferens", ACHIEVED),
            Act("Kartlägga unga 16–29 år i Torshälla som saknar sysselsättning", PARTIAL),
            Act("Ta fram en informationsfolder om samverkan i Torshälla", NOT),
        ]),
        H("Utfall av planerade aktiviteter"),
        H("Sammanträden", 2),
        P("LSG har under 2015 haft 7 protokollförda sammanträden. Mötet i december ställdes in "
          "på grund av sjukdom och ersattes av en kortare avstämning per telefon."),
        Table(widths=[0.22, 0.45, 0.33], rows=[
            ["Datum", "Plats", "Ordförande"],
            ["2015-01-22", "Torshälla stadshus", "Arbetsförmedlingen"],
            ["2015-03-05", "Vårdcentralen Torshälla", "Arbetsförmedlingen"],
            ["2015-04-16", "Torshälla stadshus", "Arbetsförmedlingen"],
            ["2015-05-28", "Försäkringskassan, Eskilstuna", "Arbetsförmedlingen"],
            ["2015-08-27", "Torshälla stadshus", "Försäkringskassan"],
            ["2015-10-01", "Arbetsförmedlingen, Eskilstuna", "Försäkringskassan"],
            ["2015-11-12", "Torshälla stadshus", "Försäkringskassan"],
        ]),
        H("Utbildningsdagar", 2),
        P("En utbildningsdag om sjukförsäkringens regelverk genomfördes 2015-04-16 för 46 "
          "handläggare. Den andra utbildningsdagen, om försörjningsstöd och aktivitetskrav, "
          "ställdes in och flyttas till 2016."),
        H("Steget Före", 2),
        P("LSG har varit styrgrupp för projektet Steget Före och har haft fyra "
          "styrgruppsmöten. Projektet är ett förrehabiliterande stöd för [[tg?:unga vuxna]] och "
          "finansieras av Samordningsförbundet med [[b:1 120 000 kr|Steget Före|2015]] för "
          "2015. Under året påbörjade 31 deltagare en insats."),
        Table(widths=[0.7, 0.3], rows=[
            ["Deltagare i Steget Före 2015", "Antal"],
            ["Inskrivna under året", "31"],
            ["Avslutade under året", "18"],
            ["– varav till arbete", "6"],
            ["– varav till studier", "3"],
            ["Kvar i insatsen 2015-12-31", "13"],
        ]),
        H("Temadag om psykisk ohälsa", 2),
        P("Temadagen ”Psykisk ohälsa och arbete” hölls 2015-09-24 på Rosenfors bruk med 85 "
          "deltagare från alla parter. Föreläsare var Maria Hedlund, leg. psykolog, som talade "
          "om bemötande och motivation. Dagen finansierades med aktivitetsmedel."),
        H("Samverkanskonferens", 2),
        P("Tre ledamöter deltog i förbundets konferens Samverkansdagen 2015 i Eskilstuna den "
          "8 oktober. Konferensen samlade 140 deltagare från länets samordningsförbund."),
        H("Kartläggning av unga", 2),
        P("Aktiviteten är delvis genomförd. Kartläggningen påbörjades i september tillsammans "
          "med kommunens aktivitetsansvar men slutförs först under våren 2016."),
        H("Informationsfolder", 2),
        P("Foldern har inte tagits fram. Aktiviteten genomfördes inte under 2015 och flyttas "
          "till verksamhetsplanen för 2016."),
        H("Övriga insatser"),
        P("Utöver verksamhetsplanen har LSG följt [[p:Arbetsförberedande insats i samverkan "
          "(AIS)]], som drivs gemensamt av Arbetsförmedlingen och kommunen. Målgruppen för AIS "
          "är [[tg:personer med försörjningsstöd som behöver arbetsförberedande stöd]]. LSG "
          "har också diskuterat behovet av en rehabkoordinator på vårdcentralen; en ansökan "
          "till Samordningsförbundet planeras under 2016."),
        H("Ekonomi"),
        P("LSG har under 2015 disponerat aktivitetsmedel om [[b:85 tkr|Aktivitetsmedel|2015]] "
          "från Samordningsförbundet. Av dessa har [[b:62 400 kr|Förbrukade aktivitetsmedel|"
          "2015]] använts, främst till temadagen och utbildningsdagen."),
        Signatures(people, "Torshälla 2016-02-11", "För LSG Torshälla"),
    ]
    return Doc("ex01_verksamhetsberattelse_lsg_torshalla_2015.pdf", "pdf",
               "verksamhetsberattelse", "LSG Torshälla", 2015,
               "Verksamhetsberättelse 2015 LSG Torshälla", blocks,
               header=[("Lokala samverkansgruppen i Torshälla", "Verksamhetsberättelse 2015")],
               footer="LSG Torshälla · Dnr 2016/12")


VP_BUDGET = BudgetTable(
    caption="Budget 2017 och plan 2018–2019",
    first_col="Belopp i tkr", columns=["Budget 2017", "Plan 2018", "Plan 2019"],
    periods=["2017", "2018", "2019"], unit="tkr",
    rows=[
        BudgetRow("Intäkter", section=True),
        BudgetRow("Försäkringskassan", (2_180_000, 2_180_000, 2_180_000)),
        BudgetRow("Region Västmanland", (1_090_000, 1_090_000, 1_090_000)),
        BudgetRow("Arboga kommun", (420_000, 420_000, 420_000)),
        BudgetRow("Köpings kommun", (510_000, 510_000, 510_000)),
        BudgetRow("Kungsörs kommun", (160_000, 160_000, 160_000)),
        BudgetRow("Summa medlemsavgifter", (4_360_000, 4_360_000, 4_360_000), total=True,
                  sum_of=("Försäkringskassan", "Region Västmanland", "Arboga kommun",
                          "Köpings kommun", "Kungsörs kommun")),
        BudgetRow("Ianspråktaget eget kapital", (600_000, 300_000, None)),
        BudgetRow("Summa intäkter", (4_960_000, 4_660_000, 4_360_000), total=True,
                  sum_of=("Summa medlemsavgifter", "Ianspråktaget eget kapital")),
        BudgetRow("Kostnader för insatser", section=True),
        BudgetRow("Jobbnav Arboga", (1_050_000, None, None)),
        BudgetRow("Vägen Vidare (VIDA)", (980_000, 1_010_000, 1_040_000)),
        BudgetRow("Café Kompass", (640_000, 660_000, 680_000)),
        BudgetRow("Aktivitetsrummet Kungsör", (420_000, 430_000, 440_000)),
        BudgetRow("Rehabkoordinator i primärvården", (350_000, 350_000, 350_000)),
        BudgetRow("Utbildning och kompetensutveckling", (180_000, 180_000, 180_000)),
        BudgetRow("Utvärdering", (120_000, 80_000, 80_000)),
        BudgetRow("Utrymme för nya insatser", (70_000, 778_000, 391_000)),
        BudgetRow("Summa insatser", (3_810_000, 3_488_000, 3_161_000), total=True,
                  sum_of=("Jobbnav Arboga", "Vägen Vidare (VIDA)", "Café Kompass",
                          "Aktivitetsrummet Kungsör", "Rehabkoordinator i primärvården",
                          "Utbildning och kompetensutveckling", "Utvärdering",
                          "Utrymme för nya insatser")),
        BudgetRow("Förbundets administration", section=True),
        BudgetRow("Personal kansli", (820_000, 840_000, 860_000)),
        BudgetRow("Styrelse och revision", (150_000, 150_000, 150_000)),
        BudgetRow("Lokaler, IT och telefoni", (110_000, 110_000, 115_000)),
        BudgetRow("Köpta ekonomitjänster", (70_000, 72_000, 74_000)),
        BudgetRow("Summa administration", (1_150_000, 1_172_000, 1_199_000), total=True,
                  sum_of=("Personal kansli", "Styrelse och revision",
                          "Lokaler, IT och telefoni", "Köpta ekonomitjänster")),
        BudgetRow("Summa kostnader", (4_960_000, 4_660_000, 4_360_000), total=True,
                  sum_of=("Summa insatser", "Summa administration")),
    ],
)


def doc_vp_vastra_malardalen() -> Doc:
    """Verksamhetsplan: a two-column page, purposes that are not goals, goals without
    outcomes, a tkr budget table that runs over a page break, a conference that is not a
    project, org.nr/dnr/phone numbers, and an Ordförande + förbundschef signature block."""
    people = [
        Person("Kenneth Åhman-Lind", "Ordförande", "Köpings kommun", "kommun"),
        Person("Helena Lund", "Förbundschef", "Samordningsförbundet Västra Mälardalen", "other"),
    ]
    blocks: list[Block] = [
        Title("Verksamhetsplan med budget 2017", "samt plan för 2018–2019"),
        P("Fastställd av förbundsstyrelsen 2016-11-25, § 38. Dnr 2016/45.", "small"),
        H("Inledning"),
        P("Samordningsförbundet Västra Mälardalen bildades 2009 och är ett av fyra "
          "samordningsförbund i Västmanlands län. Förbundets medlemmar är Arboga kommun, "
          "Köpings kommun, Kungsörs kommun, Region Västmanland, Försäkringskassan och "
          "Arbetsförmedlingen. Verksamheten regleras av lagen (2003:1210) om finansiell "
          "samordning av rehabiliteringsinsatser."),
        P("Verksamhetsplanen beskriver förbundets inriktning, mål och planerade insatser för "
          "2017 och är styrande för förbundets kansli och för de lokala ledningsgrupperna "
          "(LLG) i Arboga, Köping och Kungsör. Planen för 2018–2019 är preliminär och "
          "revideras inför respektive år."),
        Columns(
            left=[
                H("Vision", 2),
                P("Alla som bor i Arboga, Köping och Kungsör och som behöver samordnat stöd för "
                  "att nå arbete eller studier ska få det i rätt tid och på rätt nivå."),
                H("Syfte", 2),
                P("Syftet med den finansiella samordningen är att"),
                Items([
                    "underlätta för individen att få stöd från flera parter samtidigt",
                    "uppnå en effektivare användning av parternas samlade resurser",
                    "pröva och sprida nya arbetssätt i samverkan",
                ], bullet="–"),
                H("Organisation", 2),
                P("Förbundets styrelse består av en ledamot och en ersättare från varje "
                  "medlem. Styrelsen sammanträder sex gånger per år. Kansliet består av "
                  "förbundschef på heltid och en processledare på 50 procent."),
                P("I varje kommun finns en lokal ledningsgrupp (LLG) med chefer från "
                  "kommunen, Arbetsförmedlingen, Försäkringskassan och regionens primärvård "
                  "och psykiatri. LLG är styrgrupp för insatserna i sin kommun och lämnar "
                  "förslag på nya insatser till styrelsen."),
                P("Förbundets revisorer utses av kommunfullmäktige i Köping och av "
                  "regionfullmäktige. Försäkringskassan och Arbetsförmedlingen utser "
                  "gemensamt en revisor."),
            ],
            right=[
                H("Förbundets målgrupper", 2),
                P("Förbundets prioriterade målgrupper 2017 är:"),
                Items([
                    Target("Unga vuxna 18–29 år med aktivitetsersättning"),
                    Target("Personer med försörjningsstöd som står långt från "
                           "arbetsmarknaden"),
                    Target("Sjukskrivna utan anställning"),
                    Target("Utrikes födda med ohälsa"),
                ]),
                P("Målgruppsanalysen som genomfördes hösten 2016 visade att omkring 1 100 "
                  "invånare i de tre kommunerna har haft ersättning från minst två parter "
                  "under det senaste året."),
                H("Värdegrund", 2),
                P("Förbundets arbete utgår från individens behov och egna mål. Insatserna ska "
                  "bygga på frivillighet, delaktighet och respekt för den enskildes "
                  "integritet. Parterna ska mötas som jämbördiga och dela ansvaret för både "
                  "framgångar och misslyckanden."),
                P("Samverkan ska inte ersätta parternas ordinarie ansvar utan göra det möjligt "
                  "att utföra det bättre tillsammans."),
                H("Kontakt", 2),
                P("Samordningsförbundet Västra Mälardalen\nBox 104, 731 22 Köping\n"
                  "Telefon 0221-251 00\nOrg.nr 222000-2597"),
            ],
        ),
        H("Övergripande mål"),
        P("Styrelsen har fastställt följande övergripande mål för perioden 2017–2019:"),
        Items(numbered=True, items=[
            Goal("Fler personer i behov av samordnade insatser ska nå egen försörjning genom "
                 "arbete eller studier"),
            Goal("Parterna ska ha en gemensam bild av målgruppernas behov och av varandras "
                 "uppdrag"),
            Goal("Samverkan ska vara en naturlig del av parternas ordinarie verksamhet"),
        ]),
        H("Verksamhetsmål 2017"),
        Items(bullet="–", items=[
            Goal("Minst 180 individer ska delta i förbundets insatser under 2017"),
            Goal("Minst 40 % av deltagarna ska vid avslut gå vidare till arbete, studier eller "
                 "arbetssökande"),
            Goal("Samtliga individinriktade insatser ska följas upp i SUS"),
            Goal("Minst två insatser ska ha överförts till ordinarie verksamhet vid utgången "
                 "av 2019"),
        ]),
        H("Insatser som finansieras 2017"),
        P("Förbundet finansierar under 2017 följande insatser. Respektive LLG är styrgrupp."),
        Items([
            "[[p:Jobbnav Arboga]] – arbetsinriktad vägledning i Arboga kommuns regi. Insatsen "
            "avslutas 2017-12-31.",
            "[[p:Vägen Vidare (VIDA)]] – individuellt stöd som bygger på erfarenheterna från "
            "projektet [[p:Unga Vuxna i Arbete (UVA)]] i Köping, som avslutades 2016. VIDA "
            "omfattar hela förbundets område.",
            "[[p:Café Kompass]] – mötesplats i Kungsör. Målgruppen är [[tg:personer med "
            "psykisk ohälsa som lever i social isolering]].",
            "[[p:Aktivitetsrummet Kungsör]] – arbetsträning i kommunens regi med handledare "
            "från Arbetsförmedlingen.",
            "[[p?:Rehabkoordinator i primärvården]] – förbundet medfinansierar en "
            "rehabkoordinator på vårdcentralerna i Köping och Arboga.",
        ]),
        Break(),
        H("Planerade aktiviteter 2017"),
        Items(numbered=True, items=[
            Act("Genomföra två utbildningsdagar för parternas handläggare om samverkan kring "
                "unga vuxna"),
            Act("Genomföra en behovsinventering tillsammans med LLG i varje kommun under "
                "våren"),
            Act("Ta fram en gemensam modell för uppföljning av insatsernas resultat"),
            Act("Arrangera Finsamdagen i Köping den 14 september 2017"),
            Act("Ge ut fyra nyhetsbrev och uppdatera förbundets webbplats löpande"),
        ]),
        P("Finsamdagen är förbundets årliga konferens för politiker, chefer och handläggare "
          "hos parterna. Anmälan görs till kansliet, telefon 0221-251 00."),
        H("Ekonomi"),
        P("Medlemsavgifterna fördelas enligt lag: staten genom Försäkringskassan svarar för "
          "hälften, regionen för en fjärdedel och kommunerna tillsammans för en fjärdedel. "
          "Kommunernas andelar beräknas efter folkmängd."),
        P("Förbundets eget kapital beräknas uppgå till [[b?:1,5 mnkr|Eget kapital|2016]] vid "
          "utgången av 2016, varav [[b:900 tkr|Ianspråktaget eget kapital|2017-2018]] planeras "
          "att användas under 2017–2018. Därefter ska verksamheten rymmas inom "
          "medlemsavgifterna."),
        VP_BUDGET,
        P("Budgeten är i balans för samtliga år. Beloppen för 2018 och 2019 förutsätter "
          "oförändrade medlemsavgifter."),
        H("Uppföljning och utvärdering"),
        P("Insatserna följs upp i SUS och redovisas för styrelsen varje tertial. Förbundets "
          "årsredovisning för 2017 ska vara klar senast 2018-02-28 och lämnas till "
          "medlemmarnas revisorer."),
        Signatures(people, "Köping 2016-11-25", "För förbundsstyrelsen"),
    ]
    return Doc("ex02_verksamhetsplan_vastra_malardalen_2017.pdf", "pdf", "verksamhetsplan",
               "Samordningsförbundet Västra Mälardalen", 2017,
               "Verksamhetsplan med budget 2017 Samordningsförbundet Västra Mälardalen", blocks,
               header=[("Samordningsförbundet Västra Mälardalen",
                        "Verksamhetsplan med budget 2017")],
               footer="Org.nr 222000-2597 · Dnr 2016/45")


AR_RESULT = BudgetTable(
    caption="", first_col="Belopp i kr", columns=["2016", "2015"],
    periods=["2016", "2015"], unit="kr", note_col=True,
    rows=[
        BudgetRow("Verksamhetens intäkter", section=True),
        BudgetRow("Bidrag från Försäkringskassan", (2_900_000, 2_750_000), note="1"),
        BudgetRow("Bidrag från Region Sörmland", (1_450_000, 1_375_000), note="1"),
        BudgetRow("Bidrag från kommunerna", (1_450_000, 1_375_000), note="1"),
        BudgetRow("Summa verksamhetens intäkter", (5_800_000, 5_500_000), total=True,
                  sum_of=("Bidrag från Försäkringskassan", "Bidrag från Region Sörmland",
                          "Bidrag från kommunerna")),
        BudgetRow("Verksamhetens kostnader", section=True),
        BudgetRow("Finansierade insatser", (4_512_640, 4_105_210), note="2"),
        BudgetRow("Personalkostnader", (768_400, 742_150), note="3"),
        BudgetRow("Styrelse och revision", (126_900, 118_300)),
        BudgetRow("Övriga verksamhetskostnader", (215_380, 198_760)),
        BudgetRow("Summa verksamhetens kostnader", (5_623_320, 5_164_420), total=True,
                  sum_of=("Finansierade insatser", "Personalkostnader",
                          "Styrelse och revision", "Övriga verksamhetskostnader")),
        BudgetRow("Verksamhetens resultat", (176_680, 335_580)),
        BudgetRow("Finansiella intäkter", (1_215, 2_040), note="4"),
        BudgetRow("Årets resultat", (177_895, 337_620),
                  sum_of=("Verksamhetens resultat", "Finansiella intäkter")),
    ],
)


def doc_ar_ostra_sormland() -> Doc:
    """Årsredovisning: goals as sub-headings with a separate 'Måluppfyllelse' paragraph, a
    two-column page of insatser with their own target groups and costs in kr, a resultaträkning
    with a note column, a lecturer and conferences in passing, a seven-member styrelse."""
    people = [
        Person("Eva-Britt Sjöholm", "Ordförande", "Nyköpings kommun", "kommun"),
        Person("Per-Olof G Sandberg", "Vice ordförande", "Region Sörmland", "region"),
        Person("Lena Öberg-Malm", "Ledamot", "Oxelösunds kommun", "kommun"),
        Person("Mikael Johansson", "Ledamot", "Trosa kommun", "kommun"),
        Person("Britt-Marie Häll", "Ledamot", "Gnesta kommun", "kommun"),
        Person("Jonas E Karlström", "Ledamot", "Försäkringskassan", "forsakringskassan"),
        Person("Cecilia af Ekenstam", "Ledamot", "Arbetsförmedlingen", "arbetsformedlingen"),
    ]
    goals = [
        (Goal("Minst 150 individer ska ha deltagit i förbundets insatser under året", ACHIEVED),
         "Under 2016 deltog 172 individer i förbundets insatser. Målet är uppnått."),
        (Goal("Minst 35 % av dem som avslutat en insats ska ha gått vidare till arbete eller "
              "studier", NOT),
         "Andelen var 28 %. Målet är inte uppnått. Förklaringen är främst att fler deltagare "
         "än tidigare har haft en omfattande ohälsa när de påbörjat insatsen."),
        (Goal("Samtliga individinriktade insatser ska följas upp i SUS", PARTIAL),
         "Uppföljning i SUS har skett för fyra av fem insatser. Målet är delvis uppnått."),
        (Goal("Förbundet ska genomföra minst två kompetensutvecklingsinsatser för parternas "
              "personal", ACHIEVED),
         "Tre seminarier genomfördes med sammanlagt 210 deltagare. Målet är uppnått."),
    ]
    goal_blocks: list[Block] = []
    for n, (goal, outcome) in enumerate(goals, 1):
        goal_blocks += [H(f"Mål {n}", 2), goal, P(f"Måluppfyllelse: {outcome}")]
    blocks: list[Block] = [
        Title("Årsredovisning 2016", "Samordningsförbundet Östra Sörmland"),
        P("Org.nr 222000-2871 · Dnr SÖS 2017/3\nGodkänd av styrelsen 2017-02-24", "small"),
        H("Förvaltningsberättelse"),
        P("Samordningsförbundet Östra Sörmland är ett kommunalförbund enligt lagen (2003:1210) "
          "om finansiell samordning av rehabiliteringsinsatser. Medlemmar är Nyköpings kommun, "
          "Oxelösunds kommun, Trosa kommun, Gnesta kommun, Region Sörmland, "
          "Försäkringskassan och Arbetsförmedlingen. Kansliet finns i Nyköping och består av "
          "förbundschef och en processledare på halvtid."),
        P("Förbundets intäkter uppgick 2016 till [[b?:5,8 mnkr|Förbundets intäkter|2016]]. "
          "Årets resultat blev ett överskott om [[b?:177 895 kr|Årets resultat|2016]] och det "
          "egna kapitalet uppgick vid årets slut till [[b?:1 243 560 kr|Eget kapital|2016]]."),
        H("Viktiga händelser under året"),
        P("Styrelsen beslutade i april att förlänga Arbetslivsresursen till och med 2018. "
          "Hälsoteamet Gnesta avslutades i juni och har förts över till vårdcentralens "
          "ordinarie verksamhet. Förbundet var medarrangör till den regionala konferensen "
          "”Samverkan som verktyg” i Nyköping den 19 oktober, där Per-Anders Holm från "
          "Karolinska institutet föreläste om tidiga insatser vid psykisk ohälsa."),
        H("Förbundets mål 2016"),
        P("Styrelsen fastställde i verksamhetsplanen fyra mål för 2016. Måluppfyllelsen "
          "redovisas nedan."),
        *goal_blocks,
        Columns(
            left=[
                H("Insatser 2016"),
                H("Lotsen", 2),
                P("[[p:Lotsen]] är ett samordnat individstöd i Nyköping och Oxelösund med två "
                  "lotsar från kommunen och en från Arbetsförmedlingen. Målgruppen är "
                  "[[tg:unga 16–25 år som varken arbetar eller studerar]]. Under året deltog "
                  "64 personer, varav 21 gick vidare till arbete eller studier. Kostnad 2016: "
                  "[[b:1 386 000 kr|Lotsen|2016]]."),
                H("Arbetslivsresursen (ALR)", 2),
                P("[[p:Arbetslivsresursen (ALR)]] erbjuder arbetsträning, vägledning och "
                  "hälsofrämjande aktiviteter för [[tg:personer med långvarigt "
                  "försörjningsstöd]] i Nyköping. 58 personer deltog under året. Kostnad "
                  "2016: [[b:1 512 300 kr|Arbetslivsresursen (ALR)|2016]]."),
                H("Hälsoteamet Gnesta", 2),
                P("[[p:Hälsoteamet Gnesta]] har gett stöd till [[tg:sjukskrivna med lätt till "
                  "medelsvår psykisk ohälsa]] genom samtal, fysisk aktivitet och tidiga "
                  "avstämningsmöten. Insatsen avslutades 2016-06-30. Kostnad 2016: "
                  "[[b:402 640 kr|Hälsoteamet Gnesta|2016]]."),
            ],
            right=[
                H("Förstärkt samverkan kring sjukskrivna (FSS)", 2),
                P("I [[p:Förstärkt samverkan kring sjukskrivna (FSS)]] arbetar "
                  "Försäkringskassan och vårdcentralerna i Trosa och Gnesta med gemensamma "
                  "avstämningar för [[tg:sjukskrivna utan anställning]]. 37 personer har fått "
                  "stöd. Kostnad 2016: [[b:873 700 kr|Förstärkt samverkan kring sjukskrivna "
                  "(FSS)|2016]]."),
                H("Ung i Trosa", 2),
                P("[[p:Ung i Trosa]] vänder sig till [[tg:unga 18–24 år med "
                  "aktivitetsersättning]] och kombinerar studiestöd med praktik. Kostnad "
                  "2016: [[b:338 000 kr|Ung i Trosa|2016]]."),
                H("Konferenser och seminarier", 2),
                P("Förbundet deltog med fem personer i Nationella Finsamkonferensen i Göteborg "
                  "i maj. Tre lokala seminarier om psykisk ohälsa, aktivitetsersättning och "
                  "motiverande samtal samlade sammanlagt 210 deltagare."),
                H("Uppföljning", 2),
                P("Insatserna följs upp i SUS. Deltagarna har i genomsnitt varit inskrivna i "
                  "7,5 månader. Kvinnor utgjorde 56 procent av deltagarna."),
                Table(widths=[0.5, 0.25, 0.25], rows=[
                    ["Insats", "Deltagare", "Varav kvinnor"],
                    ["Lotsen", "64", "29"],
                    ["Arbetslivsresursen", "58", "35"],
                    ["Hälsoteamet Gnesta", "9", "7"],
                    ["FSS", "37", "23"],
                    ["Ung i Trosa", "4", "2"],
                ]),
            ],
        ),
        H("Resultaträkning"),
        P("Resultaträkningen avser perioden 2016-01-01 – 2016-12-31 med jämförelse mot "
          "föregående år."),
        AR_RESULT,
        P("Not 1. Medlemsavgifterna fördelas med hälften från staten, en fjärdedel från "
          "regionen och en fjärdedel från kommunerna.\nNot 2. Kostnaden per insats redovisas "
          "under Insatser 2016.\nNot 3. Förbundschef 100 % och processledare 50 %.\n"
          "Not 4. Ränta på bankmedel.", "small"),
        H("Underskrifter"),
        P("Styrelsen intygar att årsredovisningen ger en rättvisande bild av förbundets "
          "verksamhet, ekonomiska ställning och resultat."),
        Signatures(people, "Nyköping 2017-02-24", "Styrelsen för Samordningsförbundet Östra "
                   "Sörmland"),
    ]
    return Doc("ex03_arsredovisning_ostra_sormland_2016.pdf", "pdf", "arsredovisning",
               "Samordningsförbundet Östra Sörmland", 2016,
               "Årsredovisning 2016 Samordningsförbundet Östra Sörmland", blocks,
               header=[("Samordningsförbundet Östra Sörmland", "Årsredovisning 2016")],
               footer="Org.nr 222000-2871")


def doc_ansokan_uva() -> Doc:
    """Projektansökan: a ruled key/value form, a project name with acronym, period, financier,
    a target group lead-in, a per-year budget table in kr with a multi-year total column."""
    people = [
        Person("Ingrid Sjöberg", "Arbetsmarknadschef", "Köpings kommun", "kommun"),
        Person("Thomas Ek-Halvarsson", "Sektionschef, ordförande i LLG Köping",
               "Arbetsförmedlingen Köping", "arbetsformedlingen"),
    ]
    budget = BudgetTable(
        caption="Budget per år", first_col="Kostnadsslag (kr)",
        columns=["2015", "2016", "Totalt"], periods=["2015", "2016", "2015-2016"], unit="kr",
        rows=[
            BudgetRow("Lönekostnader", (780_000, 800_000, 1_580_000)),
            BudgetRow("Lokaler", (60_000, 60_000, 120_000)),
            BudgetRow("Resor och deltagaraktiviteter", (45_000, 40_000, 85_000)),
            BudgetRow("Utbildning och handledning", (25_000, 15_000, 40_000)),
            BudgetRow("Extern utvärdering", (30_000, 50_000, 80_000)),
            BudgetRow("Summa", (940_000, 965_000, 1_905_000), total=True,
                      sum_of=("Lönekostnader", "Lokaler", "Resor och deltagaraktiviteter",
                              "Utbildning och handledning", "Extern utvärdering")),
        ],
    )
    blocks: list[Block] = [
        Title("Ansökan om projektmedel", "Unga Vuxna i Arbete (UVA)"),
        Table(widths=[0.3, 0.7], header=False, rows=[
            ["Projektnamn", "[[p:Unga Vuxna i Arbete (UVA)]]"],
            ["Sökande", "LLG Köping (lokal ledningsgrupp)"],
            ["Projektägare", "Köpings kommun, Arbetsmarknadsenheten, org.nr 212000-2023"],
            ["Finansiär", "Samordningsförbundet Västra Mälardalen"],
            ["Projektperiod", "2015-03-01 – 2016-12-31"],
            ["Sökt belopp", "[[b?:1 905 000 kr|Sökt belopp|2015-2016]]"],
            ["Kontaktperson", "Ingrid Sjöberg, telefon 0221-251 47"],
        ]),
        H("1. Bakgrund"),
        P("I december 2014 hade 142 unga vuxna i Köpings kommun aktivitetsersättning och "
          "ytterligare ett sextiotal i samma ålder hade försörjningsstöd sedan mer än ett år. "
          "Många har kontakt med tre eller fler parter utan att insatserna samordnas. LLG "
          "Köping har under 2014 kartlagt gruppen och konstaterat att det saknas ett "
          "sammanhållet stöd från första kontakt till arbete eller studier."),
        H("2. Syfte"),
        P("Syftet med projektet är att pröva en samordnad modell där kommunen, "
          "Arbetsförmedlingen, Försäkringskassan och psykiatrin arbetar i ett gemensamt team "
          "kring den unga vuxna, och att ge underlag för hur modellen kan föras över till "
          "ordinarie verksamhet."),
        H("3. Mål"),
        P("Projektets mål är följande:"),
        Items(bullet="–", items=[
            Goal("Minst 60 unga vuxna ska ha deltagit i projektet under projektperioden"),
            Goal("Minst 40 % av deltagarna ska vid avslut ha gått vidare till arbete, studier "
                 "eller arbetsmarknadspolitisk insats"),
            Goal("Samtliga deltagare ska ha en gemensam planering med minst två av parterna"),
            Goal("En beprövad samverkansmodell för unga vuxna ska vara överlämnad till "
                 "ordinarie verksamhet senast 2016-12-31"),
        ]),
        H("4. Målgrupp"),
        P("Målgruppen är [[tg:unga vuxna 19–29 år i Köpings kommun som har "
          "aktivitetsersättning eller försörjningsstöd och behöver samordnat stöd för att "
          "närma sig arbetsmarknaden]]. Av målgruppen beräknas omkring en tredjedel ha en "
          "neuropsykiatrisk funktionsnedsättning."),
        H("5. Planerade aktiviteter"),
        Items(numbered=True, items=[
            Act("Rekrytera projektledare och två arbetsmarknadskonsulenter under mars–april "
                "2015"),
            Act("Gemensam kartläggning av varje deltagares behov tillsammans med "
                "Försäkringskassan och Arbetsförmedlingen"),
            Act("Individuellt stöd till arbete enligt metoden Supported Employment"),
            Act("Månatliga styrgruppsmöten i LLG Köping"),
            Act("Extern utvärdering genomförd av FoU-enheten i Västmanland"),
        ]),
        H("6. Organisation"),
        P("Projektägare är Köpings kommun. LLG Köping är styrgrupp. Projektet bemannas med en "
          "projektledare på heltid och två arbetsmarknadskonsulenter. Arbetsförmedlingen och "
          "Försäkringskassan avsätter vardera en handläggare på 20 procent."),
        H("7. Budget"),
        P("Budgeten avser kostnader per kalenderår. Sökt belopp från Samordningsförbundet är "
          "totalt ca [[b?:1,9 mnkr|Sökt belopp|2015-2016]] för hela projektperioden. Parternas "
          "egna personalinsatser ingår inte i budgeten."),
        budget,
        H("8. Uppföljning och utvärdering"),
        P("Deltagarna registreras i SUS. FoU-enheten i Västmanland gör en halvtidsutvärdering "
          "hösten 2015 och en slututvärdering. Slutrapport lämnas till förbundet senast "
          "2017-02-28."),
        Signatures(people, "Köping 2015-01-19", "Underskrift av behörig företrädare för "
                   "sökande"),
    ]
    return Doc("ex04_projektansokan_uva_llg_koping_2015.pdf", "pdf", "ansokan", "LLG Köping",
               2015, "Ansökan om projektmedel Unga Vuxna i Arbete (UVA)", blocks,
               header=[("LLG Köping – ansökan om projektmedel", "Unga Vuxna i Arbete (UVA)")],
               footer="Till Samordningsförbundet Västra Mälardalen · Dnr 2015/4")


def doc_hp_vingaker() -> Doc:
    """Handlingsplan as a document-sharing site's transcript: flattened pages, a repeated
    footer, an activity plan table with a Mål column, members listed as the adopting group,
    and a trailing 'Läs mer' list of unrelated documents."""
    people = [
        Person("Kerstin Malmberg", "socialchef", "Vingåkers kommun", "kommun"),
        Person("Ali Hassan", "enhetschef", "Arbetsförmedlingen Katrineholm-Vingåker",
               "arbetsformedlingen"),
        Person("Eva-Lena Dahl", "försäkringssamordnare", "Försäkringskassan",
               "forsakringskassan"),
        Person("Ulf Berglund", "verksamhetschef", "Vårdcentralen Vingåker", "region"),
    ]
    blocks: list[Block] = [
        Title("Lokala samverkansgruppen i Vingåker", "HANDLINGSPLAN 2013–2014"),
        P("Antagen av LSG Vingåker 2013-01-23 Dnr 2013/2"),
        H("Innehåll"),
        P("Bakgrund 2\nÖvergripande mål 2\nPrioriterade målgrupper 2\nAktivitetsplan 3\n"
          "Insatser och budget 4\nLSG:s ledamöter 4"),
        Break(),
        H("Bakgrund"),
        P("Lokala samverkansgruppen i Vingåker består av chefer från kommunen, "
          "Arbetsförmedlingen, Försäkringskassan och landstingets primärvård. LSG har utifrån "
          "Samordningsförbundet Sörmland Västs verksamhetsplan och parternas statistik "
          "identifierat gemensamma problemområden. Dessa utgör grunden för handlingsplanen."),
        H("Övergripande mål"),
        Items(numbered=True, items=[
            Goal("Antalet invånare i Vingåker som är beroende av försörjningsstöd ska minska"),
            Goal("Tiden i sjukskrivning för personer med lätt till medelsvår psykisk ohälsa ska "
                 "förkortas"),
            Goal("Parternas medarbetare ska ha god kunskap om varandras uppdrag och regelverk"),
        ]),
        H("Prioriterade målgrupper"),
        Items(bullet="-", items=[
            Target("Ungdomar 16–24 år utan fullständiga gymnasiebetyg"),
            Target("Personer med beroendeproblematik i kombination med psykisk ohälsa"),
            Target("Långtidsarbetslösa med försörjningsstöd"),
        ]),
        Break(),
        H("Aktivitetsplan 2013–2014"),
        P("Aktivitetsplanen anger vad LSG ska göra för att nå målen. Ansvarig part redovisar "
          "utfallet vid LSG:s möten."),
        Table(widths=[0.3, 0.38, 0.18, 0.14], rows=[
            ["Mål", "Aktivitet", "Ansvarig", "Tid"],
            [Goal("Fler unga i Vingåker ska påbörja arbete eller studier"),
             Act("Kartlägga ungdomar 16–24 år som saknar gymnasieexamen och sysselsättning"),
             "Kommunen, Arbetsförmedlingen", "Våren 2013"],
            [Goal("Kortare sjukskrivningstider för personer med psykisk ohälsa"),
             Act("Införa gemensamma avstämningsmöten på vårdcentralen med "
                 "Försäkringskassan"),
             "Primärvården, Försäkringskassan", "Hösten 2013"],
            [Goal("Ökad kunskap om varandras uppdrag hos parternas medarbetare"),
             Act("Genomföra två frukostseminarier per termin för handläggare"),
             "LSG", "2013–2014"],
            [Goal("Ett samordnat stöd för personer med samsjuklighet"),
             Act("Starta en gemensam insats för personer med beroende och psykisk ohälsa"),
             "Socialtjänsten, psykiatrin", "2014"],
        ]),
        H("Övriga aktiviteter"),
        Items(bullet="-", items=[
            Act("Delta i Länskonferensen om finansiell samordning i Katrineholm 2013-05-16"),
            Act("Följa upp handlingsplanen vid LSG:s möte i december varje år"),
        ]),
        Break(),
        H("Insatser och budget"),
        P("[[p:Navet Vingåker]] är den gemensamma mottagningen för unga som kommunen och "
          "Arbetsförmedlingen driver sedan 2011. Målgruppen för Navet är [[tg:ungdomar 16–24 "
          "år som varken arbetar eller studerar]]. Under 2014 avser LSG att söka medel för "
          "projektet [[p:Ung Framtid]], som ska ge stöd till unga med psykisk ohälsa."),
        P("LSG Vingåker har för 2013 tilldelats [[b:250 000 kr|Aktivitetsmedel|2013]] i "
          "aktivitetsmedel från Samordningsförbundet Sörmland Väst. För 2014 beräknas ramen "
          "till [[b:275 tkr|Aktivitetsmedel|2014]]."),
        H("LSG:s ledamöter"),
        P("Handlingsplanen är antagen av LSG Vingåker, som består av:"),
        Signatures(people, style="lines"),
        P("Handlingsplanen revideras vid behov, dock minst en gång per år."),
    ]
    related = [
        ("Verksamhetsplan 2014 för Samordningsförbundet Sörmland Väst",
         "Innehåll 1. Inledning 3 2. Förbundets mål 2014 4 3. Budget 6 Förbundets mål är att "
         "minst 200 personer ska delta i insatser under året"),
        ("Lokal överenskommelse om samverkan kring unga",
         "Katrineholms kommun, Arbetsförmedlingen och Landstinget Sörmland. Målgruppen är "
         "ungdomar 16–20 år som inte har fullföljt gymnasiet"),
        ("Utvärdering av projekt Ung Kraft 2010–2012",
         "Slutrapport. Författare: Jan Sörensson, FoU Sörmland. Projektet har haft 112 "
         "deltagare, varav 47 har gått till arbete. Budget 1 200 000 kr"),
        ("Protokoll LSG Flen 2012-11-07",
         "Närvarande: Ulla Bengtsson, Flens kommun, Karl Hedin, Arbetsförmedlingen. "
         "1. Mötets öppnande 2. Val av sekreterare"),
    ]
    return Doc("ex05_handlingsplan_lsg_vingaker_2013.txt", "web", "handlingsplan",
               "LSG Vingåker", 2013, "Handlingsplan 2013-2014 LSG Vingåker", blocks,
               footer="LSG Vingåker, Handlingsplan 2013–2014, Dnr 2013/2", related=related)


def doc_protokoll_vastra_malardalen() -> Doc:
    """Styrelseprotokoll as a paged text dump: signatures on page 1 in the Swedish protokoll
    layout, attendees who do not sign, a speaker in passing, a grant decision, a conference."""
    signers = [
        Person("Helena Lund", "Sekreterare", "Samordningsförbundet Västra Mälardalen", "other"),
        Person("Kenneth Åhman-Lind", "Ordförande", "Köpings kommun", "kommun"),
        Person("Maria Sundin-Ek", "Justerande", "Region Västmanland", "region"),
    ]
    members = [
        Person("Gunnar Wiklund", "Ledamot", "Arboga kommun", "kommun", optional=True),
        Person("Lena Stål", "Ledamot", "Kungsörs kommun", "kommun", optional=True),
        Person("Peter Nyberg", "Ledamot", "Försäkringskassan", "forsakringskassan",
               optional=True),
        Person("Anneli Forsberg", "Ledamot", "Arbetsförmedlingen", "arbetsformedlingen",
               optional=True),
    ]
    blocks: list[Block] = [
        P("Plats och tid: Kommunhuset i Köping, sammanträdesrum Malmen, kl. 09.00–11.40"),
        P("Beslutande:\n"
          "Kenneth Åhman-Lind (S), ordförande, Köpings kommun\n"
          "Maria Sundin-Ek (M), vice ordförande, Region Västmanland\n"
          "Gunnar Wiklund (C), Arboga kommun\n"
          "Lena Stål (S), Kungsörs kommun\n"
          "Peter Nyberg, Försäkringskassan\n"
          "Anneli Forsberg, Arbetsförmedlingen"),
        P("Övriga närvarande:\n"
          "Helena Lund, förbundschef, sekreterare\n"
          "Karin Ödman, FoU-ledare, FoU i Västmanland, § 12"),
        P("Utses att justera: Maria Sundin-Ek"),
        P("Justeringens plats och tid: Förbundskansliet, Köping, 2016-03-24"),
        P("Paragrafer: §§ 8–16"),
        Signatures(signers, heading="Underskrifter", style="protokoll"),
        P("ANSLAG/BEVIS\nProtokollet är justerat. Justeringen har tillkännagivits genom anslag."
          "\nOrgan: Styrelsen för Samordningsförbundet Västra Mälardalen\n"
          "Sammanträdesdatum: 2016-03-18\n"
          "Datum för anslags uppsättande: 2016-03-25    Datum för anslags nedtagande: "
          "2016-04-16\nFörvaringsplats för protokollet: Förbundskansliet, Köping"),
        Break(),
        H("§ 8 Mötets öppnande"),
        P("Ordföranden hälsar välkommen och förklarar mötet öppnat."),
        H("§ 9 Val av justerare"),
        P("Till justerare utses Maria Sundin-Ek."),
        H("§ 10 Godkännande av dagordning"),
        P("Dagordningen godkänns med tillägg av en informationspunkt under övriga frågor."),
        H("§ 11 Årsredovisning 2015 (Dnr 2016/6)"),
        P("Förbundschefen redovisar årsredovisningen för 2015. Årets resultat uppgår till "
          "[[b?:212 340 kr|Årets resultat|2015]] och det egna kapitalet till [[b?:1 726 500 "
          "kr|Eget kapital|2015]]."),
        P("Beslut: Styrelsen godkänner årsredovisningen för 2015 och överlämnar den till "
          "revisorerna och medlemmarna."),
        H("§ 12 Halvtidsutvärdering av UVA"),
        P("Karin Ödman, FoU i Västmanland, presenterar halvtidsutvärderingen av projektet "
          "[[p:Unga Vuxna i Arbete (UVA)]]. Hittills har 41 unga vuxna deltagit och 14 har "
          "gått vidare till arbete eller studier. Utvärderaren rekommenderar att arbetssättet "
          "förs över till ordinarie verksamhet."),
        P("Beslut: Styrelsen tackar för informationen och lägger den till handlingarna."),
        Break(),
        H("§ 13 Ansökan om förlängning av UVA (Dnr 2016/9)"),
        P("LLG Köping ansöker om medel för att förlänga UVA med sex månader så att "
          "överlämningen till ordinarie verksamhet kan slutföras."),
        P("Beslut: Styrelsen beviljar LLG Köping [[b:480 000 kr|Förlängning av UVA|2017]] för "
          "förlängning av UVA under perioden 2017-01-01 – 2017-06-30."),
        H("§ 14 Café Kompass – lägesrapport"),
        P("[[p:Café Kompass]] i Kungsör har haft i genomsnitt 14 besökare per öppetdag under "
          "hösten. Målgruppen för Café Kompass är [[tg:personer med psykisk ohälsa som lever i "
          "social isolering]]."),
        P("Beslut: Styrelsen noterar informationen."),
        H("§ 15 Nationella Finsamkonferensen 2016"),
        P("Beslut: Förbundschefen och två ledamöter deltar i Nationella Finsamkonferensen i "
          "Göteborg 2016-05-11–12. Kostnaden beräknas till högst [[b?:15 000 kr|"
          "Konferenskostnad|2016]]."),
        H("§ 16 Nästa sammanträde"),
        P("Nästa sammanträde hålls 2016-05-27 kl. 09.00 i Arboga stadshus. Ordföranden "
          "förklarar mötet avslutat."),
    ]
    return Doc("ex06_protokoll_styrelsen_vastra_malardalen_2016-03-18.txt", "paged",
               "protokoll", "Samordningsförbundet Västra Mälardalen", 2016,
               "Protokoll styrelsen 2016-03-18", blocks,
               header=[("Samordningsförbundet Västra Mälardalen", "SAMMANTRÄDESPROTOKOLL"),
                       ("Styrelsen", "Sammanträdesdatum 2016-03-18")],
               footer="Justerandes sign: ..........   Utdragsbestyrkande: ..........",
               signatories=members)


def doc_vb_kungsor() -> Doc:
    """Verksamhetsberättelse saved by an old Windows word processor: cp1252, CRLF, a form
    feed between pages, goals as 'Mål N:' lines with 'Bedömning:' on the next line."""
    people = [
        Person("Renée Åkesson", "Socialchef", "Kungsörs kommun", "kommun"),
        Person("Björn-Åke Fransson", "Sektionschef", "Arbetsförmedlingen Köping-Kungsör",
               "arbetsformedlingen"),
        Person("Helén Strand", "", "Försäkringskassan", "forsakringskassan"),
        Person("Mats Löfgren", "Verksamhetschef", "Vårdcentralen Kungsör", "region"),
    ]
    blocks: list[Block] = [
        Title("Lokal ledningsgrupp (LLG) Kungsör", "VERKSAMHETSBERÄTTELSE 2012"),
        H("Inledning"),
        P("LLG Kungsör är den lokala ledningsgruppen för finansiell samordning i Kungsörs "
          "kommun inom Samordningsförbundet Västra Mälardalen. I gruppen ingår chefer från "
          "kommunen, Arbetsförmedlingen, Försäkringskassan och vårdcentralen. LLG har under "
          "året haft sex möten."),
        H("Målgrupp"),
        P("Målgruppen är [[tg:personer i Kungsörs kommun som har haft försörjningsstöd i mer än "
          "sex månader och som har ohälsa]]. Under hösten har LLG även uppmärksammat "
          "[[tg?:unga med neuropsykiatriska funktionsnedsättningar]] som en växande grupp."),
        H("LLG:s mål 2012"),
        Goal("Samtliga parter ska vara representerade vid LLG:s möten", ACHIEVED,
             "Bedömning: Målet är uppnått. Närvaron har i genomsnitt varit 92 procent.",
             prefix="Mål 1: ", remark_on_new_line=True),
        Goal("Minst 25 personer ska ha fått stöd genom Café Kompass under året", NOT,
             "Bedömning: Målet är inte uppnått. 19 personer har deltagit sedan starten i mars.",
             prefix="Mål 2: ", remark_on_new_line=True),
        Goal("Utveckla samarbetet med LLG Arboga och LLG Köping kring gemensamma insatser",
             PARTIAL, "Bedömning: Delvis uppnått. Ett gemensamt möte har hållits men någon "
             "gemensam insats har ännu inte startats.",
             prefix="Mål 3: ", remark_on_new_line=True),
        H("Aktiviteter enligt verksamhetsplanen 2012"),
        Items([
            Act("Fyra gemensamma informationsträffar för handläggare", NOT),
            Act("Starta mötesplatsen Café Kompass", ACHIEVED),
            Act("Studiebesök vid [[p?:Jobbtorget]] i Västerås", ACHIEVED),
            Act("Ta fram en gemensam rutin för samordnade rehabmöten", NONE),
        ]),
        Break(),
        H("Uppföljning av aktiviteterna"),
        P("Informationsträffar: Tre träffar genomfördes (mars, maj och oktober) med totalt 57 "
          "deltagare. Den fjärde träffen ställdes in."),
        P("Café Kompass: Mötesplatsen [[p:Café Kompass]] öppnade den 12 mars i lokaler vid "
          "Drottninggatan. Idén kommer från ett liknande café i Arboga. Caféet drivs av "
          "socialtjänsten med stöd av en arbetsterapeut från vårdcentralen."),
        P("Studiebesök: LLG besökte Jobbtorget i Västerås den 7 november och fick en "
          "presentation av deras arbete med unga vuxna."),
        H("Ekonomi"),
        P("LLG Kungsör disponerade 2012 aktivitetsmedel om [[b:1,2 mnkr|Aktivitetsmedel|2012]] "
          "från Samordningsförbundet Västra Mälardalen, varav [[b:512 000 kr|Café Kompass|"
          "2012]] till Café Kompass. Resterande medel har använts till informationsträffarna "
          "och till förbundets gemensamma insatser."),
        Signatures(people, "Kungsör 2013-02-20", "För LLG Kungsör"),
    ]
    return Doc("ex07_verksamhetsberattelse_llg_kungsor_2012.txt", "cp1252",
               "verksamhetsberattelse", "LLG Kungsör", 2012,
               "Verksamhetsberättelse 2012 LLG Kungsör", blocks)


DOCUMENTS: tuple[Callable[[], Doc], ...] = (
    doc_vb_torshalla,
    doc_vp_vastra_malardalen,
    doc_ar_ostra_sormland,
    doc_ansokan_uva,
    doc_hp_vingaker,
    doc_protokoll_vastra_malardalen,
    doc_vb_kungsor,
)


# --------------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------------


def all_documents() -> list[Doc]:
    return [make() for make in DOCUMENTS]


def write_document(doc: Doc, out_dir: Path) -> Path:
    path = out_dir / doc.file_name
    if doc.fmt == "pdf":
        render_pdf(doc, path)
    elif doc.fmt == "web":
        path.write_bytes(render_web(doc).encode("utf-8"))
    elif doc.fmt == "paged":
        path.write_bytes(render_paged(doc).encode("utf-8"))
    elif doc.fmt == "cp1252":
        path.write_bytes(render_plain(doc).replace("\n", "\r\n").encode("cp1252"))
    else:
        raise ValueError(doc.fmt)
    return path


def reference_text(doc: Doc) -> str:
    """The text a reader sees, used to check that the gold describes the document."""
    if doc.fmt == "web":
        return render_web(doc)
    if doc.fmt == "paged":
        return render_paged(doc)
    return render_plain(doc)


def build(examples_dir: Path = EXAMPLES_DIR, gold_dir: Path = GOLD_DIR) -> list[Path]:
    examples_dir.mkdir(parents=True, exist_ok=True)
    gold_dir.mkdir(parents=True, exist_ok=True)
    docs = all_documents()
    names = {d.file_name for d in docs}
    for stale in examples_dir.iterdir():
        if OWNED.match(stale.name) and stale.name not in names:
            stale.unlink()
    for stale in gold_dir.glob("ex[0-9][0-9]_*.json"):
        if stale.name[: -len(".json")] not in names:
            stale.unlink()
    written = []
    for doc in docs:
        gold = gold_record(doc)
        check_budget_sums(doc)
        check_gold_in_text(doc, gold, reference_text(doc))
        written.append(write_document(doc, examples_dir))
        gold_path = gold_dir / f"{doc.file_name}.json"
        gold_path.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n",
                             encoding="utf-8")
        written.append(gold_path)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--examples-dir", type=Path, default=EXAMPLES_DIR)
    ap.add_argument("--gold-dir", type=Path, default=GOLD_DIR)
    args = ap.parse_args(argv)
    for path in build(args.examples_dir, args.gold_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
