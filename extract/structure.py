"""Document structure from the stored text: headings, list items (numbered, bulleted, and
inline lists whose line breaks a transcript lost), paragraphs and table rows, each with its
character offsets so that every record can quote its evidence exactly."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

from ..records import Document
from ..resources import load_toml
from ..vocabulary import is_infinitive
from .amounts import UNIT
from .forms import box_state, chosen, form_note
from .list_markers import BULLETS, LIST_MARKER, PICTOGRAPHS, ROMAN
from .outcomes import OUTCOME_LABEL, cell_status
from .sentences import ARROW, LABEL_LINE, PHRASE_GOES_ON, TRAILING_ASIDE
from .text_tables import (
    NOTE_COLUMN,
    RULE_LINE,
    column_role,
    find_text_tables,
    is_header,
    is_separator,
)

_SYMBOLS = load_toml("lexicon", "characters.toml")["symbols"]
_ALPHA_MARK = re.compile(r"[a-h][.)]")
_CHECKS = "✓✔"  # a check mark under a numbered item marks what was done with it
_PICTOGRAPH = re.compile(f"[{PICTOGRAPHS}]")
# a list marker and a tab before the item's text, as Word's lists come out as text
_MARKER_TAB = re.compile(rf"^[ \t]*(?:\d{{1,2}}[.)]|[a-h][.)]|[{BULLETS}])\t+[^\t]*$")
# "- item - item - item" inside one line, as transcripts print lists that lost their breaks
_INLINE_BULLET = re.compile(r"(?:(?<=\s)|^)[-•–]\s+(?=\S)")
_SENTENCE_END = re.compile(r"[.!?]\s*$")
_INNER_SENTENCE = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")  # more than one sentence: prose, not an item


def title_depth(title: str) -> int:
    """How deep a title's number goes: "6. GENOMFÖRANDE" 1, "6.2 Fas två" 2, none 0."""
    m = re.match(r"\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s", title)
    return m.group(1).count(".") + 1 if m else 0


@dataclass
class Block:
    kind: str  # heading | item | para | row | choice | toc
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
    header: bool = False  # a table row that names the columns
    level: int | None = None  # a Markdown title's depth ("## Insatser": 2)
    chosen: str = ""  # a choice row's ticked options ("Delvis uppnått"; "": none ticked)

    @property
    def is_heading(self) -> bool:
        return self.kind == "heading" or self.heading_like

    @property
    def flat(self) -> str:
        """The text on one line, for record fields (evidence keeps the exact slice)."""
        return " ".join(self.text.split())


@dataclass
class Table:
    """Rows that stand together, with the header row that names their columns (when the
    table has one) and each column's role (`text_tables.column_role`)."""

    rows: list[Block]  # the body, header rows left out
    header: Block | None = None
    roles: list[str] = field(default_factory=list)
    section: str = ""  # the heading above the table

    def column(self, *roles: str) -> int | None:
        """The first column with one of the roles, in the order asked."""
        for role in roles:
            if role in self.roles:
                return self.roles.index(role)
        return None

    def columns(self, role: str) -> list[int]:
        """Every column with the role ("Måluppfyllelse" and "Bedömning" are both status)."""
        return [i for i, r in enumerate(self.roles) if r == role]

    def cell(self, row: Block, col: int | None) -> tuple[int, int, str] | None:
        if col is None or col >= len(row.cells) or not row.cells[col][2].strip():
            return None
        return row.cells[col]


@dataclass
class Structure:
    blocks: list[Block]
    tables: list[Table] = field(default_factory=list)
    _starts: list[int] | None = field(default=None, repr=False)

    def index_at(self, pos: int) -> int:
        """The index of the last block that starts at or before `pos` (-1: none)."""
        if self._starts is None:
            self._starts = [b.start for b in self.blocks]
        return bisect_right(self._starts, pos) - 1

    def heading_over(self, pos: int, reach: int = 4) -> Block | None:
        """The heading right over the text at `pos`: at most `reach` paragraphs or list
        items between them, and no table row (a table's own header speaks for it)."""
        k = self.index_at(pos)
        for b in self.blocks[max(0, k - reach):k + 1][::-1]:
            if b.is_heading and b.end <= pos:
                return b
            if b.kind == "row":
                return None
        return None

    def list_goes_on(self, item: int, k: int) -> bool:
        """Whether the paragraphs from k on stand between two items of one list: at most
        three of them, none a lead-in, then an item that continues the numbering of `item`
        (or has its bullet)."""
        last = self.blocks[item]
        for j in range(k, min(k + 4, len(self.blocks))):
            b = self.blocks[j]
            if b.kind == "para":
                if b.text.rstrip().endswith(":"):
                    return False
                continue
            if b.kind != "item" or (b.heading_like and not _next_of(last, b)):
                return False
            if last.number is not None:
                return b.number == last.number + 1
            if _ALPHA_MARK.fullmatch(last.marker) and _ALPHA_MARK.fullmatch(b.marker):
                return ord(b.marker[0]) == ord(last.marker[0]) + 1  # "a)" / remark / "b)"
            return (UNMARKED in (b.marker, last.marker)
                    or _bullet_kind(b.marker) == _bullet_kind(last.marker)) \
                and b.indent == last.indent
        return False

    def _list_start(self, i: int, stop) -> int:
        """Where the list under block i starts: right below it, or, where the section opens
        with a sub-title and its paragraph ("Genomförandefas (2017–2019)" / text / "1. ..."),
        at the first marked list of the section."""
        for k in range(i + 1, min(i + 1 + LIST_LOOKAHEAD, len(self.blocks))):
            b = self.blocks[k]
            if b.kind == "item" and not b.heading_like:
                between = self.blocks[i + 1:k]
                if self._lines_listed(i):
                    break  # "Mål för området:" / a line each / "☑ ...": its own lines' list
                prose = any(len(x.text.split()) > 12 for x in between)
                # "Under 2031 planerar förbundet att genomföra:" right over the items
                lead = len(between) == 1 and _lead_in(between[0].text)
                return k if prose or lead else i + 1
            if b.kind == "row" or b.heading_like or (stop is not None and b.kind == "heading"
                                                     and stop(b)):
                break
        return i + 1

    def _numbering_goes_on(self, marked: list[int], k: int) -> bool:
        """Whether the title-like item k goes on numbering a list whose items each stand over
        a remark ("1. Studiebesök" / remark / "2. Ta fram en rutin" / remark); after items
        without remarks it is the next section's ("5. Extern utvärdering" / "6. Budget",
        "3. Samtliga insatser ska ..." / a paragraph / "4. MÅLGRUPPER")."""
        return bool(marked) and k > marked[-1] + 1 \
            and _next_of(self.blocks[marked[-1]], self.blocks[k]) \
            and not self.blocks[k].text.isupper() and self._remarked(k) \
            and all(marked[n + 1] > marked[n] + 1 for n in range(len(marked) - 1))

    def _remarked(self, k: int) -> bool:
        """Whether block k has its remark right under it, in its own paragraph ("2. Ta fram
        en rutin" / "Rutinen antogs i oktober."), as a list's item has; a section's title
        stands over a paragraph of its own ("4. Insatser och deltagare" / blank / text)."""
        nxt = self.blocks[k + 1] if k + 1 < len(self.blocks) else None
        return nxt is not None and nxt.kind == "para" and nxt.para == self.blocks[k].para

    def _lines_listed(self, i: int) -> bool:
        """Whether block i, a lead-in ("Mål för området:"), or the lead-in right under it,
        has a list of lines without markers right under it: sentences of their own, none a
        lead of its own."""
        lead = i
        if i + 1 < len(self.blocks) and not self.blocks[i].text.rstrip().endswith(":"):
            lead = i + 1  # "4. Uppföljning av planen" / "Annika gick igenom ...:" / lines
            if self.blocks[lead].kind != "para" or self.blocks[lead].lines != 1:
                return False
        nxt = self.blocks[lead + 1] if lead + 1 < len(self.blocks) else None
        return self.blocks[lead].text.rstrip().endswith(":") and nxt is not None \
            and nxt.kind == "para" and not _lead_in(nxt.text) \
            and not announces().search(nxt.text) \
            and all(_SENTENCE_END.search(line) for line in nxt.text.split("\n"))

    def items_after(self, i: int, stop=None) -> list[int]:
        """Indices of the list under block i: marked items, or else a run of two or more
        single lines (a list whose markers were lost). `stop(block)` ends the run (a heading
        that opens another section)."""
        marked = []
        for k in range(self._list_start(i, stop), len(self.blocks)):
            b = self.blocks[k]
            if b.kind == "item" and (not b.heading_like or self._numbering_goes_on(marked, k)):
                first = self.blocks[marked[0]] if marked else b
                if (b.number is None) != (first.number is None) and b.indent <= first.indent:
                    break  # bullets, then "4. Insatser": the next numbered point
                marked.append(k)
            elif marked and b.kind == "para" and OUTCOME_LABEL.match(b.text):
                continue  # "Utfall: ..." under an item belongs to it
            elif _YEAR_LINE.fullmatch(b.text.strip()):
                continue  # "2023" / "1. ..." / "2024" / "1. ...": one list, by year
            elif marked and b.kind == "para" and self.list_goes_on(marked[-1], k):
                continue  # "2. X" / what became of X / "3. Y": items with their remarks
            elif marked or b.kind in ("heading", "row") or b.heading_like \
                    or (k == i + 1 and self._lines_listed(i)):
                break
        if marked:
            # a category over deeper sub-items ("• Individinriktade insatser" / "o ...")
            return [k for n, k in enumerate(marked) if n + 1 == len(marked)
                    or self.blocks[marked[n + 1]].indent <= self.blocks[k].indent + 1]
        run = []
        for k in range(i + 1, len(self.blocks)):
            b = self.blocks[k]
            if k == i + 1 and b.kind == "para" and b.lines == 1 and b.text.rstrip().endswith(":"):
                continue  # "4. Uppföljning av planen" / "Annika gick igenom ...:" / lines
            # (a line's remark after a dash may hold sentences of its own: "Handläggarträff
            # i april – genomförd 12 april. Mycket positiva utvärderingar.")
            own = _DASH_REMARK.split(b.text, maxsplit=1)[0]
            if own != b.text and (len(own.split()) < DASHED_ITEM_WORDS or own[:1] in _QUOTES):
                # ("Mål 1 – delvis uppnått. ...": a label's remark; '"Minst 60 deltagare." –
                # 24 deltagare. ...': a quotation judged, read by the goals' own reader)
                own = b.text
            if b.kind not in ("para", "heading") or b.lines != 1 or len(own) > 220 \
                    or b.text.rstrip().endswith(":") or b.text.isupper() \
                    or LABEL_LINE.match(b.text) or _INNER_SENTENCE.search(own) \
                    or _KEY_LINE.match(b.text) or planned_list().match(b.text) \
                    or (stop is not None and b.kind == "heading" and stop(b)):
                break
            if not run and announces().search(b.text):
                continue  # "Styrelsen beslutade om följande mål för 2022.": the lead, no item
            run.append(k)
        # a title over the paragraph (of sentences) after it is no line of a list: the run's
        # last line may be one (it is left out), and a run of titles over paragraphs is no list
        titled = [k for k in run if k + 1 < len(self.blocks) and self.blocks[k].kind == "heading"
                  and self.blocks[k + 1].kind == "para"
                  and _SENTENCE_END.search(self.blocks[k + 1].text)]
        if titled and titled[-1] == run[-1]:
            run.pop()
        return run if len(run) >= 2 and len(titled) < 2 else []


_YEAR_LINE = re.compile(r"(?:19|20)\d\d")
_DASH_REMARK = re.compile(r"\s[–—]\s")
DASHED_ITEM_WORDS = 3  # words at least of an item before its dashed remark
_QUOTES = "\"”“'«»"
_KEY_LINE = re.compile(r"^\s*\S{1,12}\s*=\s")  # a legend's line: "Grå = ej följt upp"
WRAP_RATIO = 0.75  # a line this close to the page's text width was wrapped, not ended
UNWRAPPED_RATIO = 1.5  # a line this much wider than the page's others was never wrapped
NARROW_WRAPS = 8  # wrapped lines on a page before they may measure its column
NARROW_SLACK = 1.2  # a line this much longer than the column's wrapped lines passes it
NARROW_OUTLIERS = 0.2  # ... and at most this share of the page's lines may pass it
UPPER_TITLE_WORDS = 12  # words at most of a numbered title written in capitals
LIST_LOOKAHEAD = 6  # blocks a section's sub-title and paragraph may stand before its list


@cache
def announces() -> re.Pattern:
    """A word that announces the list after its line ("följande", "nedan")."""
    words = "|".join(load_toml("extract", "cues.toml")["structure"]["announces"])
    return re.compile(rf"(?<![\wåäö])(?:{words})(?![\wåäö])", re.I)


@cache
def planned_list() -> re.Pattern:
    """The opening of a sentence that lists the plan's activities after a copula
    ("Planerade aktiviteter enligt handlingsplanen var A, B samt C")."""
    return re.compile(load_toml("extract", "cues.toml")["structure"]["planned_list"], re.I)


_MARGIN_NUMBER = re.compile(r"[ \t]{30,}\d{1,3}[ \t]*")
_LETTER_MARK = re.compile(r"[a-hA-H][.)]")  # "b)": a lettered item, numbered as well as any


def parse_structure(doc: Document) -> Structure:
    """Blocks of the text. PDF text wraps paragraphs over several lines without blank lines
    between them; a line that nearly fills the page's text width continues on the next."""
    text = doc.text
    lines: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    page_of = _page_lookup(doc)
    fixed = find_text_tables(text, lines)
    widths = _page_widths(text, lines, page_of, fixed)
    page_starts = {p.char_start for p in doc.pages[1:]}
    blocks: list[Block] = []
    para = 0
    prev_blank = True
    cur: Block | None = None  # the open block that a wrapped line may continue
    cur_last = ""
    hang = 0
    skip_to = -1
    pending: int | None = None  # a list number that stood alone on the line above
    space_led = False  # the open item is one whose bullet a converter left as a space
    toc = _toc_lines(text, lines)
    labels = _bracket_labels(text, lines)
    in_tables = {k for t in fixed.values() for k in range(t.first, t.last + 1)}
    marked: dict[int, tuple[str, int | None]] = {}  # lines whose markers stood in a block above
    for n, (s, e) in enumerate(lines):
        if n <= skip_to:
            continue
        if n not in marked and (block := _marker_block(text, lines, n, in_tables)):
            marked.update(block)
            skip_to = n + len(block) - 1  # (the markers are the items', given them below)
            continue
        if n in toc:  # a table of contents repeats the titles below; it is no list or table
            ls = s + len(text[s:e]) - len(text[s:e].lstrip())
            blocks.append(Block("toc", ls, s + len(text[s:e].rstrip()), text[ls:e].rstrip(),
                                page_of(s), para))
            cur, prev_blank = None, False
            continue
        if n in fixed:
            table = fixed[n]
            for row in table.rows:
                rs, re_ = lines[row.lines[0]][0], lines[row.lines[-1]][1]
                blocks.append(Block("row", rs, re_, text[rs:re_], page_of(rs), para,
                                    cells=row.cells, lines=len(row.lines), header=row.header))
            skip_to, cur, prev_blank = table.last, None, False
            continue
        line = text[s:e]
        if RULE_LINE.match(line) or _MARGIN_NUMBER.fullmatch(line):
            # a line drawn under or over a title ("-----", "====="), or a page's number far
            # out at its right margin: no content, and the end of what stood above it
            line = ""
        if not line.strip():
            if cur is not None and _page_break_inside(text, lines, n, page_starts, cur_last):
                continue  # a paragraph that goes on over the page break
            if not prev_blank:
                para += 1
            prev_blank, cur = True, None
            continue
        opens_para, prev_blank = prev_blank, False
        page = page_of(s)
        ls = s + len(line) - len(line.lstrip())
        le = s + len(line.rstrip())
        sep = _cell_separator(line)
        if sep is None and line.startswith("\t") and not opens_para and blocks \
                and blocks[-1].kind == "row" and "\t" in blocks[-1].text \
                and blocks[-1].cells and not blocks[-1].cells[0][2]:
            # "\t\t\tPilot ...": a row whose first cells are empty, under one whose first is
            # (not a cell's second line under a row that fills its first: "8 nov\t\tTemadag"
            # / "\t\tHeldag med föreläsningar")
            sep = _TAB
        if sep is None and _cell_goes_on(blocks, line, opens_para, le):
            cur = None  # "1\tRevidera ...\tG\tAntagen av styrelsen" / "\t\t\t\t2014-06-13"
            continue
        if sep is _PIPE and blocks and _wraps_pipe_row(blocks[-1], line):
            _join_row(text, blocks[-1], _row(text, s, e, page, para, sep, edges=False))
            cur = None
            continue
        if sep is not None:
            row = _row(text, s, e, page, para, sep)
            if not is_separator([c[2] for c in row.cells]):  # "|---|---|" is no content
                blocks.append(row)
            cur = None
            continue
        title = _markdown_title(line) or _underlined_title(text, lines, n)
        if title:  # "## Målgrupper", "**Mål för 2020**": a heading written in Markdown
            blocks.append(Block("heading", s + title[0], s + title[1],
                                text[s + title[0]:s + title[1]], page, para, level=title[2]))
            cur, cur_last = None, line.rstrip()  # a title is never continued by the next line
            continue
        if n in labels:
            # "[5. Planerade aktiviteter enligt ansökan - status]" over what was written in
            # it: a printed web form's label, the title of its answer
            blocks.append(Block("heading", ls + 1, le - 1, text[ls + 1:le - 1], page, para))
            cur, cur_last = None, line.rstrip()
            continue
        if form_note(line.strip()):
            # "(Ange målgrupp ...)", "[Aktivitet]": the form's words, not the writer's, make
            # no block (what they stood between reads as if they were not there)
            cur, cur_last = None, line.rstrip()
            continue
        picked = chosen(line)
        if picked is not None:  # "[x] Uppnått  [ ] Delvis uppnått": a form's answer, no list
            blocks.append(Block("choice", ls, le, text[ls:le], page, para, chosen=picked))
            cur, cur_last = None, line.rstrip()
            continue
        alone = _NUMBER_ALONE.match(line) or _counting_number(text, lines, n)
        if alone and n + 1 < len(lines) and lines[n + 1][1] > lines[n + 1][0] \
                and not _NUMBER_ALONE.match(text[lines[n + 1][0]:lines[n + 1][1]]):
            pending = int(alone.group(1))  # "1." on its own line: the number of the next
            continue
        m = LIST_MARKER.match(line)
        if m is None and _status_run(text, lines, n):
            # (read as a bulleted line; the item keeps its own mark below)
            m = LIST_MARKER.match(_STATUS_MARK.sub(r"\g<pad>•", line, count=1))
        elif m is None and _word_bullet_run(text, lines, n):
            m = LIST_MARKER.match(_WORD_BULLET.sub(r"\g<pad>•", line, count=1))
        remark = False
        if m and m.group("bullet") and line[m.end():].startswith("= "):
            m = None  # "✓ = genomfört  ◐ = delvis": a legend's key, no list
        if m and _PICTOGRAPH.fullmatch(m.group("bullet") or "") and opens_para \
                and (n + 1 == len(lines) or not text[lines[n + 1][0]:lines[n + 1][1]].strip()):
            m = None  # "🧩 Våra insatser" alone between blank lines: an icon's title, no list
        if m and m.group("deep") and not _deep_item(text, lines, n, m):
            m = None  # "4.1 Rekrytering av förbundschef": a numbered section's title
        if pending is not None or n in marked:
            marker, number = marked[n] if n in marked else (f"{pending}.", pending)
            cur = Block("item", ls, le, text[ls:le], page, para, marker=marker,
                        number=number, indent=0)
            blocks.append(cur)
            cur_last, hang, pending = line.rstrip(), 0, None
            continue
        if m and cur is not None and cur.kind == "para" \
                and _wrapped_into(cur_last, widths.get(page, 10**6)) \
                and not _list_follows(text, lines, n, m):
            m = None  # "... finns med som bilaga" / "1. Härnedan ...": a wrap, not a list
        if m and m.group("bullet") and cur is not None and cur.kind == "item" \
                and (cur.number is not None or _LETTER_MARK.fullmatch(cur.marker or "")) \
                and hang >= 2 \
                and len(line) - len(line.lstrip()) > cur.indent \
                and (opens_with_status(line[m.end():]) or m.group("bullet") in _CHECKS
                     or (cur.number is not None
                         and _next_number_follows(text, lines, n, cur.number))):
            # "1. Starta en insats" / "   – Ej genomfört.", "▸ 1. Starta ..." / "  ✓ Genomförd
            # 18 februari", "4. Utvärdera X" / "   – Upphandlingen är klar." / "5. ...": the
            # item's remark, deeper than its marker (never a wrapped line)
            m, remark = None, True
        if m and ARROW.fullmatch(m.group("bullet") or "") and not opens_para and cur is not None \
                and cur.kind == "para" and not cur_last.rstrip().endswith(":") \
                and not _arrow_line(text, lines, n + 1):
            # "Minst 120 deltagare skrivs in" / "→ 134 deltagare ✔": what became of the line
            # above, not a list of one
            cur.end, cur.text, cur.lines = le, text[cur.start:le], cur.lines + 1
            cur_last = line.rstrip()
            continue
        lost: tuple[str, int] | None = None  # an item whose marker a converter lost
        if m is None and not (cur is not None and PHRASE_GOES_ON.search(cur_last)) \
                and _status_label_run(text, lines, n):
            # "Studiebesök hos IPS-teamet: ej genomfört, flyttas till 2025." line by line:
            # a follow-up's items, each with what became of it
            lost = ("•", 0)
        elif m is None and len(blocks) >= 2 and blocks[-1].kind == "para" \
                and blocks[-2].kind == "item" and blocks[-2].marker[:1] in _STATUS_SIGNS \
                and _unmarked_between(text, lines, n):
            # "✔  Starta ..." / "    Ansökan beviljades ..." / "    Arrangera tre ..." /
            # "    Två seminarier ..." / "◐  Ta fram ...": an item of a list of marked ones
            # whose line carries no mark (nothing said of it yet), under the remark above
            lost = (UNMARKED, blocks[-2].indent)
        elif m is None and _infinitive_run(text, lines, n):
            # "Förbundets kansli ska under 2019" / "genomföra två konferenser ..." / "ta fram
            # en gemensam modell ...": a plan's items, each opening with its verb
            lost = ("•", 0)
        elif m is None and _space_led_run(text, lines, n):
            # " Genomföra två ..." / "varav en ..." / " Uppdatera ...": bullets a converter
            # turned into one space each, under a lead-in; a line at the margin in capitals
            # after them is text again
            lost, space_led = ("•", 0), True
        if lost is not None:
            cur = Block("item", ls, le, text[ls:le], page, para, marker=lost[0], indent=lost[1])
            blocks.append(cur)
            cur_last, hang = line.rstrip(), 0
            continue
        if space_led and line[:1].isupper():
            cur = None
        space_led = space_led and cur is not None
        if m:
            cs = s + m.end()
            num = _marker_number(m)
            cur = Block("item", cs, le, text[cs:le], page, para, marker=line[:m.end()].strip(),
                        number=num, indent=len(line) - len(line.lstrip()))
            blocks.append(cur)
            cur_last = line.rstrip()
            hang = cs - s  # where the item's text starts: its wrapped lines stand there
            continue
        indent = len(line) - len(line.lstrip())
        if cur is not None and cur.kind == "item" and cur.number is None and hang >= 2 \
                and abs(indent - hang) <= 1 and _lost_bullet(
                    cur_last, line.strip(), widths.get(page, 10**6),
                    text[lines[n + 1][0]:lines[n + 1][1]] if n + 1 < len(lines) else ""):
            # "o Långtidsarbetslösa" / "  Nyanlända inom ..." / "o Personer ...": an item whose
            # bullet OCR lost, at its list's text column between two bulleted items
            cur = Block("item", ls, le, text[ls:le], page, para, marker=cur.marker,
                        indent=cur.indent)
            blocks.append(cur)
            cur_last = line.rstrip()
            continue
        if cur is not None and cur.kind == "item" and hang >= 2 and abs(indent - hang) <= 1 \
                and not _remark_under(cur_last, line.strip(), widths.get(page, 10**6)):
            cur.end = le  # a line under the item's text, past its marker: the item goes on
            cur.text = text[cur.start:le]
            cur.lines += 1
            cur_last = line.rstrip()
            continue
        if cur is not None and cur.kind in ("item", "para") and not remark \
                and not _next_unmarked_item(blocks, line.strip(), cur_last) \
                and _continues(cur_last, line.strip(), widths.get(page, 10**6),
                               cur.kind == "item"):
            cur.end = le
            cur.text = text[cur.start:le]
            cur.lines += 1
            cur_last = line.rstrip()
            continue
        new = _inline_items(text, ls, le, page, para)
        blocks.extend(new)
        cur = new[-1] if len(new) == 1 else None
        cur_last = line.rstrip()
    blocks = _join_wrapped_titles(text, _split_wrapped_inline_lists(text, blocks))
    blocks = _figure_rows(text, blocks)
    _mark_headings(blocks, blank_structured=para >= 0.3 * len([x for x in lines if x[1] > x[0]]))
    return Structure(blocks, _tables(blocks))


UNDERLINED_TITLE = 100  # characters: a longer line over a rule is text above a separator


def _underlined_title(text: str, lines: list[tuple[int, int]], n: int
                      ) -> tuple[int, int, int | None] | None:
    """A title underlined by a rule on the next line ("Vad vi har gjort" / "----------",
    as old word processors' text and Markdown's setext titles have it): its extent in the
    line and its depth ("=" 1, "-" 2)."""
    if n + 1 >= len(lines):
        return None
    line, below = text[lines[n][0]:lines[n][1]], text[lines[n + 1][0]:lines[n + 1][1]]
    if not RULE_LINE.match(below) or RULE_LINE.match(line) or len(line.strip()) > UNDERLINED_TITLE:
        return None
    start = len(line) - len(line.lstrip())
    return start, len(line.rstrip()), 1 if "=" in below else 2


# "## Title", "### 4. Title ##"; a line that is all bold, "**Title**" (not "**A** och **B**")
_MD_HASHES = re.compile(r"[ \t]{0,3}(#{1,6})[ \t]+(?=\S)")
_MD_BOLD = re.compile(r"^[ \t]*(?:\*\*|__)(?P<t>[^*_\n]+?)(?:\*\*|__)[ \t]*$")


def _markdown_title(line: str) -> tuple[int, int, int | None] | None:
    """Where the words of a Markdown title stand in the line, without its marks, and its
    depth (the number of #; none for a bold line)."""
    m = _MD_HASHES.match(line)
    if m:  # the closing #s and spaces are cut in code: a pattern for them backtracks
        start, end = m.end(), len(line.rstrip().rstrip("#").rstrip())
        depth = len(m.group(1))
    else:
        bold = _MD_BOLD.match(line)
        if not bold:
            return None
        start, end, depth = bold.start("t"), bold.end("t"), None
    if end <= start or len(line[start:end].split()) > 15:
        return None
    return start, end, depth


# "Innehåll", "INNEHÅLLSFÖRTECKNING" over "1. Inledning ........ 2", "Målgrupper<tab>4"
_TOC_TITLE = re.compile(r"^\s*(?:innehåll|innehållsförteckning)\s*:?\s*$", re.I)
# (a numbered entry's title may open with a year, "1.1 2014 i korthet ..... 3", or a digit,
# "3D-verkstan ..... 5")
_TOC_ENTRY = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:[A-ZÅÄÖa-zåäö]|\d{4}\s|\d[A-ZÅÄÖ])"
                        r"[^\n]{0,90}?"
                        r"(?:\s*\.{3,}\s*|[ \t]+)(?P<page>\d{1,3})\s*$")
# "Summa ........ 4 800": an amount in groups of three, not page 800
_THOUSANDS = re.compile(r"(?:^|[\s.])\d{1,3}[ \u00a0]\d{3}\s*$")
TOC_MIN = 3  # entries a table of contents has at least
TOC_PAGE_STEP = 30  # pages a report's contents move on from one entry to the next at most


def _toc_lines(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Lines of a table of contents: its title, then entries that each end with a page
    number, in order. Blank lines may stand between the entries if they stand between the
    first two; a line after the entries that ends with a number is not one of them."""
    out: set[int] = set()
    for n, (s, e) in enumerate(lines):
        if not _TOC_TITLE.match(text[s:e]):
            continue
        run: list[int] = []
        last_page, spaced, blanks = 0, None, 0
        for k in range(n + 1, len(lines)):
            line = text[lines[k][0]:lines[k][1]]
            if not line.strip():
                blanks += 1
                continue
            if run and (spaced is None and len(run) == 1):
                spaced = blanks > 0  # how the entries are set apart, from the first gap
            if run and (blanks > 1 or (blanks == 1) != bool(spaced)):
                break
            m = _TOC_ENTRY.match(line)
            page = int(m.group("page")) if m else -1
            if not m or not last_page <= page <= last_page + TOC_PAGE_STEP \
                    or _THOUSANDS.search(line):
                break
            run.append(k)
            last_page, blanks = page, 0
        if len(run) < TOC_MIN:
            run = _toc_titles(text, lines, n)
        if len(run) >= TOC_MIN:
            out.update([n, *run])
    return out


def _toc_titles(text: str, lines: list[tuple[int, int]], n: int) -> list[int]:
    """A web page's or a designed report's contents with no page numbers: the lines right
    under the title, each repeated further down as a line of its own (the headings they
    list, perhaps with another icon or number before them)."""
    def bare(line: str) -> str:
        return _TOC_MARK.sub("", line).strip().lower()

    run: list[int] = []
    for k in range(n + 1, len(lines)):
        line = text[lines[k][0]:lines[k][1]]
        if not line.strip() or len(line.strip()) > TOC_TITLE_CHARS or not bare(line):
            break
        run.append(k)
    if len(run) < TOC_MIN:
        return []
    later = {bare(text[s:e]) for s, e in lines[run[-1] + 1:]}
    listed = [k for k in run if bare(text[lines[k][0]:lines[k][1]]) in later]
    return run if len(listed) == len(run) else []


TOC_TITLE_CHARS = 80
# an entry's icon, bullet or number ("🎯 Mål och resultat", "3. Ekonomi")
_TOC_MARK = re.compile(rf"^[{BULLETS}\s{PICTOGRAPHS}{_SYMBOLS}\ufe0f]+"
                       r"|^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+")


def _join_wrapped_titles(text: str, blocks: list[Block]) -> list[Block]:
    """A title wrapped in a narrow column ("Planerade aktiviteter under" / "perioden"): a
    short line that ends no sentence, then on the very next line a word or three in lower case
    that is not the first of a list of such lines, is one title (a blank line between them
    sets a title of its own apart: "Läs mer om X »" / "" / "trädgårdsgruppen")."""
    out: list[Block] = []
    for k, b in enumerate(blocks):
        prev = out[-1] if out else None
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if prev is not None and _one_line(prev) and len(prev.text.split()) <= 8 \
                and text.count("\n", prev.end, b.start) == 1 \
                and not _SENTENCE_END.search(prev.text) and not prev.text.rstrip().endswith(":") \
                and _one_line(b) and _TITLE_TAIL_START.match(b.text) and len(b.text.split()) <= 3 \
                and not _SENTENCE_END.search(b.text) \
                and not (nxt is not None and _one_line(nxt) and nxt.text[:1].islower()) \
                and text[prev.end:prev.end + 1] != "]":  # (a form's label: its answer below)
            prev.end, prev.lines = b.end, prev.lines + 1
            prev.text = text[prev.start:prev.end]
            prev.kind = "heading"
            continue
        out.append(b)
    return out


_TITLE_TAIL_START = re.compile(r"[a-zåäö]|(?:19|20)\d\d\b")


def _one_line(b: Block) -> bool:
    return b.kind in ("para", "heading") and b.lines == 1


def _figure_rows(text: str, blocks: list[Block]) -> list[Block]:
    """Rows of a table of figures whose gaps a converter shrank to one space ("Jobbcoacher
    2,0 tjänster 760 000 1 040 000 265 000 2 065 000" under "Kostnad  2017  2018  2019
    Summa"): a line under a row of m cells, or a row of fewer, is the row when its figures
    split into m - 1 amounts one way only."""
    out: list[Block] = []
    noted = False
    for b in blocks:
        above = out[-1] if out else None
        if above is not None and _one_line(above) and _one_line(b) \
                and (head := _column_tail(text, above.start, above.end)) is not None \
                and _figure_cells(text, b.start, b.end, len(head) - 1) is not None:
            # "Driftredovisning (tkr) Budget 2015 Utfall 2015 Avvikelse": a header run into
            # one line over its rows
            above = out[-1] = Block("row", above.start, above.end, above.text, above.page,
                                    above.para, cells=head)
        width = len(above.cells) if above is not None and above.kind == "row" else 0
        noted = noted and width > 0
        if width > 1 and NOTE_COLUMN.match(above.cells[1][2]):
            noted = True  # (a statement's column of notes, left empty on a row without one)
        # (a row its tabs split stands as it is: a tab is a cell's edge)
        cells = _figure_cells(text, b.start, b.end, width - 1) \
            if width >= FIGURE_ROW_CELLS and b.lines == 1 and (
                b.kind in ("para", "heading")
                or (b.kind == "row" and len(b.cells) < width and "\t" not in b.text)) else None
        if cells is None and noted and b.lines == 1 and b.kind in ("para", "heading") \
                and (cells := _figure_cells(text, b.start, b.end, width - 2)) is not None:
            cells.insert(1, (cells[0][1], cells[0][1], ""))
        out.append(b if cells is None
                   else Block("row", b.start, b.end, b.text, b.page, b.para, cells=cells))
    return out


FIGURE_ROW_CELLS = 3  # cells at least of a table whose rows are read so
_HEAD_WORD = re.compile(r"\S+")
_HEAD_YEAR = re.compile(r"(?:19|20)\d\d(?:-\d\d-\d\d)?")


def _column_tail(text: str, s: int, e: int) -> list[tuple[int, int, str]] | None:
    """A line that ends with the names of two or more columns of figures, at least one a
    year ("Resultaträkning (kr) Not 2015 2014", "... (tkr) Budget 2015 Utfall 2015
    Avvikelse"): its title and those names as cells; None for any other line."""
    if not (text[e - 1:e].isdigit() or text[e - 1:e].isalpha()):
        return None
    # (the column names stand in the line's last characters; the words before are its title)
    words = list(_HEAD_WORD.finditer(text, max(s, e - HEAD_TAIL_CHARS), e))
    cells: list[tuple[int, int, str]] = []
    k = len(words)
    while k > 1:
        w = words[k - 1]
        if _HEAD_YEAR.fullmatch(w.group()):
            first = k - 1
            if words[k - 2].group()[:1].isupper() \
                    and column_role(words[k - 2].group()) in ("amount", "outcome"):
                first = k - 2  # "Budget 2015" (not "Not 2015", nor "intäkter 2015")
        elif w.group()[:1].isupper() and column_role(w.group()) in _FIGURE_ROLES:
            first = k - 1
        else:
            break
        cells.insert(0, (words[first].start(), w.end(), text[words[first].start():w.end()]))
        k = first
    if len(cells) < 2 or k < 1 or not any(_HEAD_YEAR.search(c[2]) for c in cells):
        return None
    label_end = words[k - 1].end()
    return [(s, label_end, text[s:label_end]), *cells]


_FIGURE_ROLES = ("amount", "outcome", "comment")
HEAD_TAIL_CHARS = 100  # characters at a line's end where a header's column names stand
_FIGURE_TOKEN = re.compile(r"(?<!\S)(?:[-–−]?\d{1,3}|[-–])(?!\S)")  # ("-18", "-4 370 214")
_GAP = re.compile(r"[ \t]+")


def _figure_cells(text: str, s: int, e: int, k: int) -> list[tuple[int, int, str]] | None:
    """The label and k amounts of a line whose figures stand one space apart, when the
    digit groups split into k amounts (each opening with a group of one to three digits
    that starts with no zero, going on with groups of three) one way only, or one way
    with the fewest groups in its longest amount."""
    tokens = list(_FIGURE_TOKEN.finditer(text, s, e))
    n = len(tokens)
    first = n  # the figures are the line's last run of tokens, one space apart
    while first > 0 and (first == n or _GAP.fullmatch(text, tokens[first - 1].end(),
                                                      tokens[first].start())):
        first -= 1
    tokens = tokens[first:]
    if k < 2 or not tokens or text[tokens[-1].end():e].strip() \
            or not re.search(r"[A-Za-zÅÄÖåäö]", text[s:tokens[0].start()]):
        return None

    def opens(t: str) -> bool:
        t = t.lstrip("-–−") or t
        return t in "-–" or t == "0" or not t.startswith("0")

    # every way to cut the tokens into k amounts, each (start, end) in tokens
    ways: list[list[tuple[int, int]]] = []

    def cut(i: int, parts: list[tuple[int, int]]) -> None:
        if len(ways) > FIGURE_WAYS:
            return
        if i == len(tokens):
            if len(parts) == k:
                ways.append(parts)
            return
        if len(parts) == k or not opens(tokens[i].group()):
            return
        j = i + 1
        if tokens[i].group() not in "-–":
            cut(j, parts + [(i, j)])
            while j < len(tokens) and len(tokens[j].group()) == 3 and tokens[j].group()[0].isdigit():
                j += 1
                cut(j, parts + [(i, j)])
        else:
            cut(j, parts + [(i, j)])

    cut(0, [])
    if not ways or len(ways) > FIGURE_WAYS:
        return None
    ways.sort(key=lambda w: max(b - a for a, b in w))
    if len(ways) > 1 and max(b - a for a, b in ways[0]) == max(b - a for a, b in ways[1]):
        return None  # two ways as likely: no row
    label_end = s + len(text[s:tokens[0].start()].rstrip())
    cells = [(s, label_end, text[s:label_end])]
    for a, b in ways[0]:
        cs, ce = tokens[a].start(), tokens[b - 1].end()
        cells.append((cs, ce, text[cs:ce]))
    return cells


FIGURE_WAYS = 50  # ways of cutting a line's figures past which it is read as no row


def _split_wrapped_inline_lists(text: str, blocks: list[Block]) -> list[Block]:
    """A paragraph wrapped over lines may hold a list run into it ("... innehöll: A; B; C"),
    as a transcript's one long line does: read it the same way once its lines are joined."""
    out: list[Block] = []
    for b in blocks:
        if b.kind == "para" and b.lines > 1 and len(b.text) >= 120:
            entries = _dash_entries(text, b)
            if entries:
                out.extend(entries)
                continue
            new = _inline_items(text, b.start, b.end, b.page, b.para)
            if len(new) > 1:
                out.extend(new)
                continue
        out.append(b)
    return out


# "Kompassen, Linköping – arbetsinriktat stöd för ...": a name, then a dash and what it is
_DASH_ENTRY = re.compile(r"[A-ZÅÄÖ][^\n–—]{1,90}? [–—] \S")


def _dash_entries(text: str, b: Block) -> list[Block] | None:
    """Lines of "Name – what it is." entries, long enough to read as a wrapped paragraph:
    each sentence that starts a line with a name and a dash is an entry of its own, and so
    is each line when every line opens that way."""
    starts = [b.start]
    pos = b.start
    lines = b.text.split("\n")
    # (every line "Name – what it is" without a full stop: an entry a line)
    each_line = len(lines) > 1 and all(_DASH_ENTRY.match(line.strip()) for line in lines)
    for line in lines[:-1]:
        pos += len(line) + 1
        if (each_line or _SENTENCE_END.search(line)) and _DASH_ENTRY.match(text, pos):
            starts.append(pos)
    if len(starts) < 2 or not _DASH_ENTRY.match(text, b.start):
        return None
    ends = [*[s - 1 for s in starts[1:]], b.end]
    return [Block("para", s, e, text[s:e], b.page, b.para, lines=text.count("\n", s, e) + 1)
            for s, e in zip(starts, ends, strict=True)]


_NUMBER_END = re.compile(r"(?:\d|\s[-–])\s*$")
# the marks of a status a legend explains: filled, half-filled and empty circles, ticks,
# crosses and a tilde, as a line's first sign
_STATUS_SIGNS = "●◐○◑◔◕◉⬤✓✔✗✘✖✕❌~"
_STATUS_MARK = re.compile(rf"(?<=^)(?P<pad>[ \t]*)[{_STATUS_SIGNS}](?=\ufe0f?[ \t]+[^\s=])")
MARK_REACH = 4  # lines to the next line of a run of marked lines (remarks, a blank between)
# an old word processor's symbol-font bullet as text converters leave it, before a word
# (not "§ 5 Budget", a protocol's paragraph)
_WORD_BULLET = re.compile(r"(?<=^)(?P<pad>[ \t]*)[§Ø](?=[ \t]+[^\W\d_])")


def _word_bullet_run(text: str, lines: list[tuple[int, int]], n: int) -> bool:
    """Whether line n opens with such a bullet and another line within reach, above or
    below, opens with the same one ("§ Kartläggning ..." / "Genomfört. ..." / "§ Arbetsträning
    ..."): remarks may stand between the items at their indent."""
    m = _WORD_BULLET.match(text[lines[n][0]:lines[n][1]])
    if m is None:
        return False
    mark = text[lines[n][0] + m.end() - 1]
    return any(0 <= k < len(lines) and k != n
               and (o := _WORD_BULLET.match(text[lines[k][0]:lines[k][1]])) is not None
               and text[lines[k][0] + o.end() - 1] == mark
               for k in range(n - MARK_REACH, n + MARK_REACH + 1))


# the marker of a list's item that carries none among marked ones (it claims nothing)
UNMARKED = ""
# a bullet a converter left as one space before a capitalised word (the text's other lines
# start at the margin)
_SPACE_LED = re.compile(r"^ (?=[A-ZÅÄÖ][a-zåäö])")
SPACE_LED_REACH = 30  # lines: a run's items and their tails back to its lead-in


def _space_led_run(text: str, lines: list[tuple[int, int]], n: int) -> bool:
    """Whether line n opens with such a space, as another line of its run does, the run
    under a lead-in at the margin ("Följande aktiviteter planeras:"); the lines between the
    run's lines are their wrapped tails at the margin, in lower case."""
    if not _SPACE_LED.match(text[lines[n][0]:lines[n][1]]):
        return False
    led, lead = 0, False
    for step in (-1, 1):
        k = n + step
        while 0 <= k < len(lines) and abs(k - n) <= SPACE_LED_REACH:
            line = text[lines[k][0]:lines[k][1]]
            if _SPACE_LED.match(line):
                led += 1
            elif step < 0 and line[:1] not in " \t" and line.rstrip().endswith(":"):
                lead = True
                break
            elif not line[:1].islower():
                break  # (a lower-case line is an item's wrapped tail)
            k += step
    return led >= 1 and lead


# a lead left open for items that each open with a verb: "... ska under 2019", "Vi kommer
# att", "Förbundet ska:" (the verb is each item's own)
_OPEN_LEAD = re.compile(r"(?:\b(?:ska|skall|kommer\s+att|avser\s+att|planerar\s+att)"
                        r"(?:\s+(?:under|i|före|senast|inom|efter|också|även)\b[^.:!?\n]{0,30})?"
                        r"|:)\s*$", re.I)
VERB_RUN_REACH = 20  # lines: a run's items and their wrapped tails back to its lead


def _infinitive_item(line: str) -> bool:
    words = line.split()
    return bool(words) and words[0][:1].islower() and is_infinitive(words[0])


def _infinitive_run(text: str, lines: list[tuple[int, int]], n: int) -> bool:
    """Whether line n is one of two or more lines under a lead left open, each opening with
    a verb in the infinitive in lower case (their markers lost); a lower-case line between
    them that opens otherwise is the item above wrapped ("individinsatser)"), and a line
    that ends where a phrase goes on ("... för att") is wrapped into by the next."""
    if not _infinitive_item(text[lines[n][0]:lines[n][1]]):
        return False
    items, lead = 1, False
    for step in (-1, 1):
        k = n + step
        while 0 <= k < len(lines) and abs(k - n) <= VERB_RUN_REACH:
            line = text[lines[k][0]:lines[k][1]].strip()
            if step < 0 and k == n - 1 and line[:1].islower() and PHRASE_GOES_ON.search(line):
                return False  # "... ta fram en modell för att" / "genomföra ...": a wrap
            if _infinitive_item(line) and not _wrapped_tail(text, lines, k):
                items += 1
            elif step < 0 and line and not line[:1].islower():
                lead = bool(_OPEN_LEAD.search(line)) and not _SENTENCE_END.search(line)
                break
            elif not line[:1].islower():
                break  # (a blank line, or text again)
            k += step
    return items >= 2 and lead


# a label in brackets on a line of its own: "[Insatsens namn]", "[5. Målgrupp (enligt beslut)]"
_BRACKETED = re.compile(r"\[[^\[\]\n]*[^\W\d_]{2}[^\[\]\n]*\]")
BRACKET_LABELS = 3  # labels at least in a form whose labels stand over their answers


def _bracket_labels(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """The lines that are a form's labels over the answers written below them: a label in
    brackets on a line of its own whose next line is no bracket, three such at least in the
    form (not an empty field's placeholder among the writer's lines: "[Aktivitet]")."""
    found = set()
    for k, (s, e) in enumerate(lines):
        if k + 1 < len(lines) and _BRACKETED.fullmatch(text[s:e].strip()):
            below = text[lines[k + 1][0]:lines[k + 1][1]].strip()
            if below and not _BRACKETED.fullmatch(below):
                found.add(k)
    return found if len(found) >= BRACKET_LABELS else set()


def _wrapped_tail(text: str, lines: list[tuple[int, int]], k: int) -> bool:
    above = text[lines[k - 1][0]:lines[k - 1][1]].strip() if k else ""
    return above[:1].islower() and bool(PHRASE_GOES_ON.search(above))


# "Label: how it went" at the margin: the label a capitalised phrase, no sentence
# (or a dash between, as a plain-text form prints it: "Individuell kartläggning -- genomfört")
_STATUS_LABEL = re.compile(r"^[A-ZÅÄÖ][^:.!?]{3,150}(?::|[ \t]+--(?=[ \t]))[ \t]+(?=\S)")


def _status_label(line: str) -> bool:
    # (a field of its own, "Utfall: Uppnått.", "Status: Klar", under an item, is its remark)
    m = _STATUS_LABEL.match(line)
    return m is not None and len(line[:m.end()].split()) >= STATUS_LABEL_WORDS \
        and not OUTCOME_LABEL.match(line) and opens_with_status(line[m.end():])


STATUS_LABEL_WORDS = 2  # words at least of a thing named before what became of it


def _status_label_run(text: str, lines: list[tuple[int, int]], n: int) -> bool:
    """Whether line n is a label and what became of it ("Kartläggning av unga: delvis
    genomfört – ...") and the nearest such line above or below within reach is too (the
    lines between them a wrapped remark): a follow-up's items whose markers were lost."""
    if not _status_label(text[lines[n][0]:lines[n][1]]):
        return False
    for step in (-1, 1):
        k = n + step
        while 0 <= k < len(lines) and abs(k - n) <= MARK_REACH:
            line = text[lines[k][0]:lines[k][1]]
            if not line.strip():
                break
            if _status_label(line):
                return True
            k += step
    return False


def _unmarked_between(text: str, lines: list[tuple[int, int]], n: int) -> bool:
    """Whether line n, under a marked item's remark, is the list's next item without a mark:
    it opens in capitals and holds no sentence nor a lead-in's colon, a remark's sentence
    (over a line or two) follows it, and a marked line comes within reach."""
    line = text[lines[n][0]:lines[n][1]]
    words = line.strip()
    if not words[:1].isupper() or _REMARK_SENTENCE.search(words) or line.rstrip().endswith(":"):
        return False
    nxt = " ".join(text[lines[k][0]:lines[k][1]].strip() for k in range(n + 1, min(n + 3, len(lines))))
    if not nxt[:1].isupper() or not _REMARK_SENTENCE.search(nxt):
        return False
    return any(_STATUS_MARK.match(text[lines[k][0]:lines[k][1]])
               for k in range(n + 2, min(n + 2 + 2 * MARK_REACH, len(lines))))


def _status_run(text: str, lines: list[tuple[int, int]], n: int) -> bool:
    """Whether line n opens with a status mark ("◐  Minst hälften ...", "~  Samtliga ...")
    and the nearest line above or below at its indent does too: a list whose lines a
    legend's marks set out ("✓" / "~" / "✗"); one such line alone stays text ("Mål 1. ..." /
    "  ✔  37 procent ...")."""
    m = _STATUS_MARK.match(text[lines[n][0]:lines[n][1]])
    if m is None:
        return False
    indent = len(m.group("pad"))
    for step in (-1, 1):
        k = n + step
        while 0 <= k < len(lines) and abs(k - n) <= MARK_REACH:
            line = text[lines[k][0]:lines[k][1]]
            if line.strip() and len(line) - len(line.lstrip()) <= indent:
                if _STATUS_MARK.match(line):
                    return True
                break
            k += step
    return False


# a list number alone on its line (a converter put the numbers of a list in their own column)
_NUMBER_ALONE = re.compile(r"^[ \t]*(\d{1,2})[.)][ \t]*$")
_BARE_NUMBER = re.compile(r"^[ \t]*(\d{1,2})[ \t]*$")


def _counting_number(text: str, lines: list[tuple[int, int]], n: int) -> re.Match | None:
    """A bare number on its own line that numbers the item under it ("1" / "Genomföra ..." /
    "2" / "Ta fram ..."): the nearest bare number a few lines on or back is one more or one
    less (a figure of a table set a cell per line counts nothing)."""
    m = _BARE_NUMBER.match(text[lines[n][0]:lines[n][1]])
    if m is None:
        return None
    value = int(m.group(1))
    for step, want in ((1, value + 1), (-1, value - 1)):
        # the nearest bare number a few lines on or back (an item may wrap onto a second line)
        for k in range(n + 2 * step, n + (ITEM_LINES + 2) * step, step):
            if not 0 <= k < len(lines):
                break
            other = _BARE_NUMBER.match(text[lines[k][0]:lines[k][1]])
            if other is not None:
                if int(other.group(1)) == want:
                    return m
                break
    return None


ITEM_LINES = 3  # lines of an item numbered so, between its number and the next
_MARKER_ALONE = re.compile(r"^[ \t]*(?:(?P<num>\d{1,2})|(?P<letter>[a-h]))[.)][ \t]*$")


def _marker_block(text: str, lines: list[tuple[int, int]], n: int, in_tables: set[int]
                  ) -> dict[int, tuple[str, int | None]]:
    """A list's markers that OCR or a converter set in a block of their own ("1." / "2." /
    "3.", "a)" / "b)") before the items' lines: the line of each item by its marker, when
    as many lines after the block open other than in lower case, the first of them the
    first line (the others go on in lower case)."""
    def line(k: int) -> str:
        return text[lines[k][0]:lines[k][1]] if k < len(lines) else ""

    marks = []
    k = n
    while (m := _MARKER_ALONE.match(line(k))):
        marks.append(m)
        k += 1
    if len(marks) < 2:
        return {}
    keys = [int(m.group("num")) if m.group("num") else ord(m.group("letter")) for m in marks]
    if any(b != a + 1 for a, b in zip(keys, keys[1:], strict=False)):
        return {}
    while k < len(lines) and not line(k).strip():
        k += 1
    first = k
    starts = []
    while k < len(lines) and line(k).strip() and k not in in_tables \
            and not _MARKER_ALONE.match(line(k)):
        if not line(k).lstrip()[:1].islower():
            starts.append(k)
        k += 1
    if len(starts) != len(marks) or not starts or starts[0] != first \
            or (k < len(lines) and line(k).strip()) or any(x in in_tables for x in range(n, first)):
        return {}
    return {at: (m.group().strip(), int(m.group("num")) if m.group("num") else None)
            for at, m in zip(starts, marks, strict=True)}


# "Mål 2. ...", "Aktivitet 3: ...", "MÅL 2   ..." (the label set apart by a gap, as a table
# of labels and text comes out), a code "A3 Ta fram ...", and a numbered section title "5
# Planerade aktiviteter"
_NUMBERED_LABEL = re.compile(r"^(?:[A-ZÅÄÖ][a-zåäö]{1,15}\s+\d{1,2}(?:[.:)]|\.\d{1,2}[.:)]?)\s"
                             r"|[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,15}[ \t]+\d{1,2}[ \t]{2,}(?=\S)"
                             r"|[A-ZÅÄÖ]\d{1,2}[ \t]+(?=[A-ZÅÄÖ])"
                             r"|\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÅÄÖ])")
# "Mål 2   Minst 40 procent ...": a label and its number set apart from the text by a gap,
# as a table of labels and text comes out; it opens a line of its own whatever ends the last
_GAP_LABEL = re.compile(r"^[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,15}[ \t]+\d{1,2}[.:]?[ \t]{2,}(?=\S)")


def _continues(prev: str, line: str, width: float, in_item: bool) -> bool:
    """Whether `line` continues the wrapped line `prev` rather than starting a new block: the
    previous line filled the width, and this one reads as a continuation (lower-case start,
    a sentence end, or itself a long line) rather than as a title or a "Label: ..." line. A
    list item continues only where the break is plainly inside a phrase.

    A short line continues too where the next line's first word would not have fit after it
    (a narrow column wraps early before a long word), when the break is inside a sentence."""
    if _GAP_LABEL.match(line):
        return False
    words = line.split()
    forced = bool(words) and not _would_fit(prev, line, width) \
        and prev.rstrip()[-1:] not in ".!?:"
    if forced and (line[:1].islower() or PHRASE_GOES_ON.search(prev)
                   or (in_item and prev.endswith(":") and len(words) <= 3)):
        return True
    if prev.endswith(":") or len(prev) < WRAP_RATIO * width or LABEL_LINE.match(line):
        return False
    if prev.rstrip()[-1:] in ".!?" and _NUMBERED_LABEL.match(line):
        return False  # "... Målet är uppnått." / "Mål 2. Andelen ...": the next point
    if _NUMBER_END.search(prev) and _NUMBER_END.search(line):
        return False  # rows of a table whose cells are separated by spaces
    if not in_item and prev.rstrip()[-1:] not in ".,;" and opens_with_status(line) \
            and not PHRASE_GOES_ON.search(prev):
        return False  # "Digitalt möte för arbetsgivare" / "Genomfört 28 april.": a title's remark
    if not line[:1].isupper() or PHRASE_GOES_ON.search(prev):
        return True
    if in_item:
        return len(line) < 0.6 * width and line.rstrip()[-1:] in ".;)" \
            and not opens_with_status(line)
    return line.rstrip()[-1:] in ".,;:!?)" or len(line) >= 0.6 * width


def _would_fit(prev: str, line: str, width: float) -> bool:
    """Whether `line`'s first word would have fit after `prev` on a line `width` wide: then
    no wrap broke the text there."""
    return len(prev.strip()) + 1 + len(line.split()[0]) <= width


def _ended_short(prev: str, line: str, width: float) -> bool:
    """Whether the item's line `prev` ended of itself before `line`: `line`'s first word would
    have fit after it, and it stops inside no phrase."""
    prev = prev.rstrip()
    return _would_fit(prev, line, width) and prev[-1:] not in "-,:(/&" \
        and not PHRASE_GOES_ON.search(prev)


def _remark_under(prev: str, line: str, width: float) -> bool:
    """Whether a line standing under an item's text is a remark on it, not its wrapped tail:
    the item's line ended short, and this one opens in capitals and holds a sentence ("» Ta
    fram en broschyr" / "   Broschyren trycktes i april. Genomfört."). ("Resultat: ..." and
    "Status: Grön" under the item are its fields: they stay in it.)"""
    return line[:1].isupper() and bool(_REMARK_SENTENCE.search(line)) \
        and not LABEL_LINE.match(line) \
        and (_ended_short(prev, line, width) or opens_with_status(line))


_REMARK_SENTENCE = re.compile(r"[.!?](?:\s|$)")


def _lost_bullet(prev: str, line: str, width: float, nxt: str) -> bool:
    """Whether a line under an item's text is the next item, its bullet lost: the item above
    ended short, this one opens in capitals and holds no sentence, and a bulleted item
    follows it."""
    after = LIST_MARKER.match(nxt)
    return bool(line[:1].isupper() and not _REMARK_SENTENCE.search(line)
                and after is not None and after.group("bullet")
                and _ended_short(prev, line, width))


def opens_with_status(line: str) -> bool:
    """"Flyttat till hösten." under an item: a remark on how it went, not the item's tail."""
    return cell_status(re.split(r"[.,;]", line, maxsplit=1)[0]) is not None


def _unmarked_item(b: Block) -> bool:
    return b.kind in ("para", "heading") and b.lines == 1 and b.text[:1].isupper() \
        and not _SENTENCE_END.search(b.text) and not _INNER_SENTENCE.search(b.text)


def _next_unmarked_item(blocks: list[Block], line: str, last: str) -> bool:
    """Whether a capitalised line opens the next item of a list whose markers were lost,
    rather than continuing the long item above it: the lines since the lead-in ("följande
    grupper:") are each one item, the last one ends inside no phrase."""
    if not line[:1].isupper() or PHRASE_GOES_ON.search(last.rstrip()) or last.rstrip()[-1:] in "-,":
        return False
    k = len(blocks) - 1
    while k >= 0 and len(blocks) - k <= 12 and _unmarked_item(blocks[k]):
        k -= 1
    items = len(blocks) - 1 - k
    # right after the lead-in, the second line is an item only if it reads as one (no stop)
    return k >= 0 and blocks[k].text.rstrip().endswith(":") and (
        items >= 2 or (items == 1 and not _SENTENCE_END.search(line)))


def _lead_in(text: str) -> bool:
    """A clause that leads into a list: it ends with a colon, or with a lower-case word after
    three or more ("Under året planerar förbundet att genomföra")."""
    words = text.split()
    return text.rstrip().endswith(":") or (len(words) >= 4 and words[-1][:1].islower()
                                           and words[-1][-1:].isalpha())


def _deep_item(text: str, lines: list[tuple[int, int]], n: int, m: re.Match) -> bool:
    """Whether a line numbered in levels ("4.2.1 Under våren genomför förbundet ...") is an
    item of a list rather than a section's title: it is a sentence, or its next line
    hangs under its text."""
    line = text[lines[n][0]:lines[n][1]]
    if _SENTENCE_END.search(line) or _numbered_run(text, lines, n, m):
        return True
    if n + 1 >= len(lines):
        return False
    below = text[lines[n + 1][0]:lines[n + 1][1]]
    return bool(below.strip()) and len(below) - len(below.lstrip()) == m.end()


def _numbered_run(text: str, lines: list[tuple[int, int]], n: int, m: re.Match) -> bool:
    """Whether the line right above or below is the same list's previous or next number
    ("5.1 Genomföra ..." / "5.2 Arrangera ..."): lines a list, not titles of sections (a
    section's body stands between its titles)."""
    number = int(m.group("deep"))
    parent = m.group(0).strip().rstrip(".").rsplit(".", 1)[0]
    for k, step in ((n - 1, -1), (n + 1, 1)):
        if 0 <= k < len(lines):
            other = LIST_MARKER.match(text[lines[k][0]:lines[k][1]])
            if other and other.group("deep") and int(other.group("deep")) == number + step \
                    and other.group(0).strip().rstrip(".").rsplit(".", 1)[0] == parent:
                return True
    return False


def _marker_number(m: re.Match) -> int | None:
    """The number of a numbered marker ("3.", "2015:3", "4.2.1", "(iv)"), None for a bullet
    or a letter."""
    # ("▸ 1. Genomföra ...": a bullet before the item's number; "A2 Sprida ...": a code's)
    num = m.group("num") or m.group("ynum") or m.group("deep") or m.group("dnum") \
        or m.group("cnum") or m.group("bnum") or m.group("knum")
    if m.group("roman"):
        return ROMAN[m.group("roman")]
    return int(num) if num else None


def _list_follows(text: str, lines: list[tuple[int, int]], n: int, m: re.Match) -> bool:
    """Whether line n opens a list: the next line has the same bullet, or the next number
    ("genomföra" / "- 4 träffar" / "- 6 möten": a lead-in over a list, not a wrap)."""
    if n + 1 >= len(lines):
        return False
    nxt = LIST_MARKER.match(text[lines[n + 1][0]:lines[n + 1][1]])
    if not nxt:
        return False
    a = _marker_number(m)
    if a is not None:
        b = _marker_number(nxt)
        return b is not None and b == a + 1
    return _bullet(nxt) is not None and _bullet(nxt) == _bullet(m)


def _stop(marker: str) -> str:
    """The sign after a list number ("." of "4.", ")" of "3)"; none of "1.2")."""
    return marker[-1] if marker[-1:] in ".)" else ""


def _bullet_kind(marker: str) -> str:
    """An item's marker as a kind of bullet: every check box one kind ("[x]", "[ ]"), and
    every mark of a status legend ("✔" / "◐" / "✖": one list's lines, each with its status)."""
    if marker and marker.rstrip("\ufe0f") in _STATUS_SIGNS:
        return "status"
    return "[]" if box_state(marker) is not None else marker


def _bullet(m: re.Match) -> str | None:
    """A marker's bullet as `_bullet_kind` tells it; None for a number or a letter."""
    if m.group("bullet"):
        return m.group("bullet")
    if m.group("gbox"):
        return _bullet_kind(m.group("gbox"))
    return None if m.group("box") is None else _bullet_kind(f"[{m.group('box')}]")


def _wrapped_into(prev: str, width: float) -> bool:
    """Whether the line after `prev` must go on with it: `prev` fills the width and stops
    inside a sentence."""
    prev = prev.rstrip()
    return len(prev.strip()) >= WRAP_RATIO * width and prev[-1:] not in ".:!?;" \
        and bool(re.search(r"[a-zåäö,]$", prev))


def _page_lookup(doc: Document):
    """Page number of an offset, with the pages' starts listed once (not per line)."""
    starts = [p.char_start for p in doc.pages]
    numbers = [p.number for p in doc.pages]

    def page_of(offset: int) -> int:
        if not starts:
            return 1
        return numbers[max(bisect_right(starts, offset) - 1, 0)]
    return page_of


def _page_break_inside(text: str, lines: list[tuple[int, int]], n: int, page_starts: set[int],
                       last: str) -> bool:
    """Whether the blank line n is the break between two pages inside a paragraph: the line
    before it ends no sentence and the next page goes on in lower case."""
    if last.rstrip()[-1:] in ".!?:;" or not last.strip():
        return False
    k = n
    while k < len(lines) and not text[lines[k][0]:lines[k][1]].strip():
        k += 1
    if k >= len(lines) or k - n > 3:
        return False
    s, e = lines[k]
    start = s + len(text[s:e]) - len(text[s:e].lstrip())
    if not any(p in page_starts for p in range(s, start + 1)):
        return False
    return text[start:start + 1].islower()


def _page_widths(text: str, lines: list[tuple[int, int]], page_of, fixed: dict
                 ) -> dict[int, float]:
    """The text width of each page: a high percentile of the lengths of its lines of text.
    A table's rows are left out: a page-wide table beside narrow columns would make every
    wrapped line of the columns look short, as if it ended there."""
    in_table = {n for table in fixed.values() for n in range(table.first, table.last + 1)}
    by_page: dict[int, list[int]] = {}
    wraps: dict[int, list[int]] = {}  # lines that plainly go on in the next: "... ska ha" / "deltagit"
    for k, (s, e) in enumerate(lines):
        line = text[s:e]
        n = len(line.strip())
        if n and k not in in_table and _cell_separator(line) is None:
            by_page.setdefault(page_of(s), []).append(n)
            nxt = text[lines[k + 1][0]:lines[k + 1][1]].strip() if k + 1 < len(lines) else ""
            if nxt[:1].islower() and line.rstrip()[-1:].isalpha():
                wraps.setdefault(page_of(s), []).append(n)
    out = {}
    for page, ns in by_page.items():
        ns.sort()
        width = max(40.0, ns[int(0.9 * (len(ns) - 1))])
        wrapped = sorted(wraps.get(page, []))
        if len(wrapped) >= NARROW_WRAPS:
            # the lines that plainly wrapped are about as long as the column, where few
            # lines pass them: a narrow column's widest lines may be a running header glued
            # into its text (a hyphenated word the reader joined makes a few wrapped lines
            # long; cells of a table wrapped beside page-wide paragraphs say nothing)
            column = float(wrapped[int(0.75 * (len(wrapped) - 1))])
            wider = sum(1 for n in ns if n > NARROW_SLACK * column)
            if column < width and wider <= NARROW_OUTLIERS * len(ns):
                width = max(30.0, column)
        if len(wrapped) < 2 and ns[-1] > UNWRAPPED_RATIO * width:
            # no line plainly goes on in the next, and some run far past the others: the
            # page was never wrapped (a Word file or a web page saved as text, a paragraph a
            # line), so no line is taken for a wrapped one by its length
            width = float(ns[-1]) + 1
        out[page] = width
    return out


# Cells of a table row: tabs; " | "; runs of spaces or dot leaders before a figure
# ("Försäkringskassan      2 600      2 600", "Lokalhyra ........ 96 000")
_TAB, _PIPE = re.compile(r"\t"), re.compile(r"\s*\|\s*")
_SPACED = re.compile(r" {2,}|\s*\.{4,}\s*")
# a cell row ends with a figure, perhaps with its unit ("1 065 tkr", "45 %"), or a dash
_ENDS_WITH_FIGURE = re.compile(rf"(?:\d(?:\s*(?:%|{UNIT}))?|\s[-–])\s*$", re.I)


def _cell_goes_on(blocks: list[Block], line: str, opens_para: bool, end: int) -> bool:
    """A line indented by tabs right under a tab row that fills its first cell: its last
    filled cell going on ("1<tab>Revidera planen<tab>G<tab>Antagen av styrelsen" /
    "<tab><tab><tab>2014-06-13, § 22."), joined to the row so that the table runs on."""
    row = blocks[-1] if blocks else None
    tabs = len(line) - len(line.lstrip("\t"))
    if opens_para or row is None or row.kind != "row" or "\t" not in row.text or tabs < 2 \
            or not row.cells or not row.cells[0][2] or "\t" in line[tabs:].strip() \
            or tabs >= len(row.cells) or tabs != max(k for k, c in enumerate(row.cells) if c[2]):
        return False
    cs, _, words = row.cells[tabs]
    row.cells[tabs] = (cs, end, f"{words} {line.strip()}")
    row.end = end
    row.text = f"{row.text}\n{line.rstrip()}"
    row.lines += 1
    return True


def _cell_separator(line: str) -> re.Pattern | None:
    body = line.strip(" ")
    if _MARKER_TAB.match(line):  # "1)<tab>Text": the tab follows a list marker
        return None
    if "\t" in body.strip():  # a tab that only indents the line makes no cells
        return _TAB
    if body.count("|") >= 2:
        return _PIPE
    if _ENDS_WITH_FIGURE.search(body) and _SPACED.search(body.strip()) \
            and not _NUMBERED_TITLE.match(body.strip()) and not _MARKED_DOTTED.match(body):
        return _SPACED
    return None


# a checklist's line: a mark, the item, a dot leader and a remark that may end in a figure
# ("✗  Ta fram en rutin för SIP ........ skjuts till 2022"), an item, not a table's row
_MARKED_DOTTED = re.compile(r"^[^\w\s(]\s+[A-ZÅÄÖa-zåäö].*?\.{4,}")


# "3  Aktiviteter 2013", "4.2   Budget 2021", "8  Budget 2016 och plan 2017–2018": a
# section's number and its title set apart by a gap, with no figures but years - a title,
# not a row of figures
_NUMBERED_TITLE = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?[ \t]{2,}[A-ZÅÄÖ]"
                             r"(?:[^\d\t]|(?<!\d)(?:19|20)\d\d(?!\d))*$")


def _wraps_pipe_row(above: Block, line: str) -> bool:
    """Whether a line opening with a pipe wraps the cells of the row above, which opened
    with a cell (" 5 | Andel deltagare som känt sig | 80 % | 91 % |" / "   | bemötta
    (enkät) | | |"): its first cell is the empty one under the row's first."""
    return above.kind == "row" and bool(above.cells) and above.cells[0][2] != "" \
        and line.lstrip().startswith("|") and not above.text.lstrip().startswith("|") \
        and "|" in above.text


def _join_row(text: str, row: Block, more: Block) -> None:
    """The row's cells with the words of its wrapped line added, cell by cell (a cell over
    two lines spans from its first words to its last, as a fixed-width table's does)."""
    for k, (cs, ce, words) in enumerate(more.cells):
        if not words:
            continue
        if k < len(row.cells):
            a, _, had = row.cells[k]
            row.cells[k] = (a, ce, f"{had} {words}") if had else (cs, ce, words)
        else:
            row.cells.append((cs, ce, words))
    row.end, row.text, row.lines = more.end, text[row.start:more.end], row.lines + 1


def _row(text: str, s: int, e: int, page: int, para: int, sep: re.Pattern = _TAB,
         edges: bool = True) -> Block:
    cells = []
    pos = s
    line = text[s:e]
    bounds = [(m.start(), m.end()) for m in sep.finditer(line)
              if not (sep is _SPACED and m.start() == 0)]  # an indent is no empty cell
    starts = [0] + [b for _, b in bounds]
    ends = [a for a, _ in bounds] + [len(line)]
    for a, b in zip(starts, ends, strict=False):
        cell = line[a:b]
        cs = pos + a + len(cell) - len(cell.lstrip())
        ce = pos + a + len(cell.rstrip())
        cells.append((cs, max(cs, ce), text[cs:ce] if ce > cs else ""))
    if sep is _PIPE and edges and cells and not cells[0][2]:
        cells = cells[1:]  # "| a | b |": the edge pipes hold no cells
    if sep is _PIPE and cells and not cells[-1][2]:
        cells = cells[:-1]
    return Block("row", s, e, text[s:e], page, para, cells=cells)


def _inline_items(text: str, s: int, e: int, page: int, para: int) -> list[Block]:
    """A long line holding lists whose line breaks were lost ("Övergripande mål 1. A 2. B
    Prioriterade målgrupper - C - D") becomes paragraphs, headings for the titles that stand
    before each list, and the items."""
    line = text[s:e]
    hits = _inline_markers(line)
    if len(hits) < 2 or len(line) < 120:
        return [Block("para", s, e, line, page, para)]
    out: list[Block] = []
    _lead(out, text, s, s + hits[0][0], page, para, sentence_cut=True)
    for k, (ms, me, num) in enumerate(hits):
        cs = s + me
        ce = s + (hits[k + 1][0] if k + 1 < len(hits) else len(line))
        if k + 1 < len(hits) and hits[k + 1][2] == 1 and num is not None:
            # a new count after a lead ("... 5. E Sedan valdes tre målgrupper: 1. ..."): the
            # last item ends with the sentence before the lead, or where a sentence whose
            # stop was lost begins
            lead = _lead_start(text, cs, ce)
            body = text[cs:lead].rstrip()
            out.append(Block("item", cs, cs + len(body), body, page, para,
                             marker=line[ms:me].strip(), number=num))
            _lead(out, text, lead, ce, page, para, sentence_cut=False)
            continue
        if k + 1 < len(hits) and (hits[k + 1][2] is None) != (num is None):
            # the list changes kind: its last item ends with the next list's title
            title = _TITLE_TAIL.search(text, cs, ce)
            if title:
                body_end = cs + len(text[cs:title.start()].rstrip())
                out.append(Block("item", cs, body_end, text[cs:body_end], page, para,
                                 marker=line[ms:me].strip(), number=num))
                _lead(out, text, title.start(), ce, page, para, sentence_cut=False)
                continue
        body = text[cs:ce].rstrip()
        out.append(Block("item", cs, cs + len(body), body, page, para,
                         marker=line[ms:me].strip(), number=num))
    return out


_STOP_LOST = re.compile(r"(?<=[a-zåäö0-9] )[A-ZÅÄÖ][a-zåäö]")


def _lead_start(text: str, s: int, e: int) -> int:
    """Where the lead-in to a list begins at the end of text[s:e]: after its last full stop,
    or at its last capitalised word after a lower-case one ("mångfald Initialt bestämdes
    ... tre målgrupper:"); s when neither."""
    stops = [m.end() for m in re.finditer(r"[.!?]\s+", text[s:e])]
    if stops:
        return s + stops[-1]
    caps = [m.start() for m in _STOP_LOST.finditer(text, s, e)]
    return caps[-1] if caps else s


# a title at the end of a run-on stretch: capitalised after a lower-case word, few words
_TITLE_TAIL = re.compile(r"(?<=[a-zåäö0-9.] )[A-ZÅÄÖ][\wåäö:-]*(?: [\wåäö:-]+){0,4}\s*$")


def _lead(out: list[Block], text: str, s: int, e: int, page: int, para: int,
          sentence_cut: bool) -> None:
    """Text before a list: a paragraph, then the list's title as a heading."""
    lead = text[s:e].rstrip()
    if not lead.strip():
        return
    cut = max((m.end() for m in re.finditer(r"[.!?]\s+", lead)), default=0) if sentence_cut else 0
    tail = _TITLE_TAIL.search(lead, cut)
    if len(lead[cut:].split()) > 12 and tail:
        cut = tail.start()
    if cut:
        out.append(Block("para", s, s + len(lead[:cut].rstrip()), lead[:cut].rstrip(), page, para))
    title = lead[cut:]
    if title.strip():
        kind = "heading" if len(title.split()) <= 12 else "para"
        out.append(Block(kind, s + cut, s + len(lead), title, page, para))


_INLINE_NUMBER = re.compile(r"(?:(?<=\s)|^)(\d{1,2})(\.?)\s+(?=[A-ZÅÄÖ])")


def _inline_markers(line: str) -> list[tuple[int, int, int | None]]:
    """Bullets, and numbers counting 1, 2, 3 ..., inside one line, in order."""
    bullets = [(m.start(), m.end(), None) for m in _INLINE_BULLET.finditer(line)]
    numbers: list[tuple[int, int, int | None]] = []
    run = 0  # where the current count began in `numbers`
    for m in _INLINE_NUMBER.finditer(line):
        n = int(m.group(1))
        # a number without its stop counts only inside a list the stops have begun ("1. A
        # 2 B 3. C": a scan lost one), never as its first or as a figure in the text
        if n == (numbers[-1][2] + 1 if len(numbers) > run else 1) \
                and (m.group(2) or len(numbers) > run):
            numbers.append((m.start(), m.end(), n))
        elif n == 1 and m.group(2) and len(numbers) - run >= 2 \
                and _LIST_LEAD_END.search(line, 0, m.start()):
            # "... fem riktlinjer: 1. A 2. B ... tre målgrupper: 1. C 2. D": a lead's colon
            # starts a count of its own
            run = len(numbers)
            numbers.append((m.start(), m.end(), n))
    if len(numbers) - run < 2:
        numbers = numbers[:run]
    if len(numbers) < 2:
        numbers = []
    if len(bullets) < 2:
        bullets = []
    if not numbers and not bullets:
        return _semicolon_list(line)
    return sorted(numbers + bullets)


_LIST_LEAD_END = re.compile(r":[ \t]*$")


# a sentence ending inside a line, another starting: a list of entries has no such stop
_SENTENCES_WITHIN = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")


def _semicolon_list(line: str) -> list[tuple[int, int, int | None]]:
    """"... innehöll: A; B; C." — a list written as one sentence."""
    colon = re.search(r":\s+", line)
    if not colon or line.count(";", colon.end()) < 2 \
            or _SENTENCES_WITHIN.search(line, colon.end()):
        return []  # "Kommentar: Målet är nått. Fler ...; ...": a remark in sentences, no list
    marks = [(colon.start(), colon.end(), None)]
    marks += [(m.start(), m.end(), None) for m in re.finditer(r";\s*", line[colon.end():])]
    return [(a + (colon.end() if k else 0), b + (colon.end() if k else 0), n)
            for k, (a, b, n) in enumerate(marks)]


QUESTION_TITLE_WORDS = 6  # words at most of a question that titles its answer
_CAMEL = re.compile(r"[a-zåäö]+[A-ZÅÄÖ]")  # "ungPunkten", "eKurs": a name in lower case first
# "🎯 Måluppfyllelse": an icon first (not a minute's "§ 54", a Markdown or mail mark)
_ICON_TITLE = re.compile(r"[^\w\s\"'(\[§#*>=|+\-–—.,:;]{1,3}[ \t]+[A-ZÅÄÖ0-9]")


def _mark_headings(blocks: list[Block], blank_structured: bool) -> None:
    """A short single line standing alone (in its blank-line paragraph where the text has
    those, else as its own block) and not ending a sentence is a heading; so is a line ending
    with a colon that introduces a list (a lead-in). A numbered item is a section title when
    a paragraph follows it, or when it is a bare title ("5. Planerade aktiviteter") followed
    by a list that does not continue its numbering."""
    by_para: dict[int, list[Block]] = {}
    for b in blocks:
        by_para.setdefault(b.para, []).append(b)

    def alone(b: Block) -> bool:
        return len(by_para[b.para]) == 1 if blank_structured else b.lines == 1

    def short(b: Block) -> bool:
        return len(b.text) <= 90 and len(b.text.split()) <= 12

    for k, b in enumerate(blocks):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        # (not an item's remark on a line of its own: "Status: Genomförd")
        titled = short(b) and not _SENTENCE_END.search(b.text) and not OUTCOME_LABEL.match(b.text) \
            and (b.text[:1].isupper() or b.text[:1].isdigit() or bool(_CAMEL.match(b.text))
                 or bool(_ICON_TITLE.match(b.text)))
        # a title line straight above its paragraph, with no blank line between
        opens_body = (blank_structured and nxt is not None and nxt.para == b.para
                      and by_para[b.para][0] is b and nxt.kind == "para"
                      and (len(nxt.text.split()) >= 8 or (len(nxt.text.split()) >= 4
                                                          and _SENTENCE_END.search(nxt.text))
                           # "Digitalt möte för arbetsgivare" / "Genomfört 28 april."
                           or (len(nxt.text.split()) >= 2 and nxt.text[:1].isupper()
                               and bool(_SENTENCE_END.search(nxt.text)))))
        # a title straight above its list, with no blank line between
        opens_list = (blank_structured and nxt is not None and nxt.kind == "item"
                      and b.lines == 1 and (nxt.para == b.para or by_para[b.para][-1] is b))
        # a title over a note in brackets: "Uppföljning av 2019" / "(sammanställd i februari)"
        opens_note = (nxt is not None and nxt.kind == "para" and nxt.para == b.para
                      and by_para[b.para][0] is b and b.lines == 1
                      and nxt.text.startswith("(") and nxt.text.rstrip().endswith(")"))
        # a short question straight over its answer ("Vad vill vi uppnå?" / "– 60 unga ...",
        # "För vem?" / "Unga vuxna ...")
        asks = b.lines == 1 and b.text.rstrip().endswith("?") and b.text[:1].isupper() \
            and len(b.text.split()) <= QUESTION_TITLE_WORDS
        if b.kind == "para" and ((titled and (alone(b) or opens_body or opens_list or opens_note))
                                 or (asks and (opens_body or opens_list))):
            b.kind = "heading"
        elif b.kind == "para" and b.text.rstrip().endswith(":") and nxt is not None \
                and nxt.kind in ("item", "row") and len(b.text) <= 300:
            b.kind = "heading"
    for k, b in enumerate(blocks):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        prev = blocks[k - 1] if k else None
        if b.kind != "item" or b.number is None or not short(b) or nxt is None:
            continue
        if b.text.rstrip().endswith((".", "!")):
            continue  # (a numbered title may ask: "5. Aktiviteterna – vad blev det av dem?")
        # ("3)" / "4. Mål för 2011": a numbered section's title after a list, not its item)
        in_list = prev is not None and prev.kind == "item" and prev.number == b.number - 1 \
            and _stop(prev.marker) == _stop(b.marker)
        # the last line of its paragraph (a running header may stand above it) over a body
        ends_para = blank_structured and by_para[b.para][-1] is b and not in_list
        # (not what became of the item, under it: "2. Månatliga trepartsmöten" / "Genomfört.")
        body_follows = nxt.kind == "para" and (alone(b) or ends_para) \
            and (nxt.para != b.para or not blank_structured) \
            and not (nxt.lines == 1 and opens_with_status(nxt.text))
        # "2. Projekt TUNA" straight over its paragraph, after the section before it
        titles_body = (blank_structured and nxt.kind == "para" and nxt.para == b.para
                       and prev is not None and prev.kind == "para" and b.lines == 1
                       and len(b.text.split()) <= 6 and len(nxt.text.split()) >= 8
                       and not OUTCOME_LABEL.match(nxt.text))
        # ("Mål 2015 (förslag)"; or a title in capitals: "3. STEGET UT – PROJEKTMÅL 2015,
        # LÄGE 30/9")
        bare = len(TRAILING_ASIDE.sub("", b.text).split()) <= 5 \
            or (b.text.isupper() and len(b.text.split()) <= UPPER_TITLE_WORDS)
        bare_title = (bare and nxt.kind in ("item", "heading", "row")
                      and nxt.number != b.number + 1 and not in_list)
        # "1. unga vuxna ..." "2. ..." "3. ..." / "4. Mål 2015" / "- ...": after a numbered
        # list whose items carry no sub-list, a bare title over bullets of its own is the
        # section's next number, not the list's next item (one bullet under an item is its
        # remark: "4. Utvärdera X" / "– Upphandlingen är klar")
        bullets = 0
        for x in blocks[k + 1:k + 4]:
            if x.kind != "item" or x.number is not None or _bullet_kind(x.marker) == "[]":
                break
            bullets += 1
        titles_bullets = in_list and bare and b.text[:1].isupper() and bullets >= 2
        # "5. Utveckla uppföljningen ..." / "6. BUDGET 2012": a title in capitals after items
        # in lower case is the next section's, not the list's next item
        upper_title = in_list and b.text.isupper() and len(b.text.split()) <= UPPER_TITLE_WORDS \
            and not prev.text.isupper()
        if body_follows or bare_title or titles_body or titles_bullets or upper_title:
            b.heading_like = True


def _next_of(last: Block, b: Block) -> bool:
    """Whether item b is the next number after item `last`, with the same stop ("2." after
    "1.")."""
    return last.kind == "item" and last.number is not None and b.number == last.number + 1 \
        and _stop(b.marker) == _stop(last.marker)


def _next_number_follows(text: str, lines: list[tuple[int, int]], n: int, number: int) -> bool:
    """Whether the next line with text after line n is the list's next number: the bullet
    on line n is the only one under its item."""
    for k in range(n + 1, min(n + 4, len(lines))):
        line = text[lines[k][0]:lines[k][1]]
        if line.strip():
            m = LIST_MARKER.match(line)
            return bool(m) and _marker_number(m) == number + 1
    return False


def _arrow_line(text: str, lines: list[tuple[int, int]], n: int) -> bool:
    """Whether line n opens with an arrow bullet."""
    if n >= len(lines):
        return False
    m = LIST_MARKER.match(text[lines[n][0]:lines[n][1]])
    return bool(m and ARROW.fullmatch(m.group("bullet") or ""))


# --- tables: runs of rows, their header and the roles of their columns ---------------------

def _tables(blocks: list[Block]) -> list[Table]:
    """Runs of row blocks. A run broken only by a page's running lines and opened again by
    the same header is one table continued on the next page; runs without a header under
    sub-titles right after a table with one ("Mål 1" / header / rows, "Mål 2" / rows) are its
    parts, read by its header."""
    runs: list[list[int]] = []
    for k, b in enumerate(blocks):
        if b.kind != "row":
            continue
        # a run of rows goes on until another block, or a header that names other columns;
        # a category's label between rows ("INDIVID", "Organisation") is no other block
        within = bool(runs) and (runs[-1][-1] == k - 1 or (
            runs[-1][-1] == k - 2 and _category_label(blocks[k - 1])))
        # (strictly only among rows of as many cells: a row of other columns is no row of
        # the run above it, "Antal uppgifter: 17 | Klar: 10" over a planner's export)
        # (or of as many filled cells: a row that reached its tab stops with tabs of its own
        # has empty ones)
        above = blocks[runs[-1][-1]] if runs else None
        strict = within and (len(b.cells) == len(above.cells) or _filled(b) == _filled(above))
        opens = b.header or (is_header([c[2] for c in b.cells], strict=strict)
                             and not (within and _same_row(b, blocks[runs[-1][0]])))
        if within and not opens:
            runs[-1].append(k)
        else:
            runs.append([k])
    tables: list[Table] = []
    prev_end = -1
    for run in runs:
        rows = [blocks[k] for k in run]
        head = rows[0] if rows[0].header or is_header([c[2] for c in rows[0].cells]) else None
        last = tables[-1] if tables else None
        gap = blocks[prev_end + 1: run[0]] if prev_end >= 0 else []
        if last is not None and last.header is not None and head is not None \
                and _same_row(head, last.header) and len(gap) <= 2 \
                and rows[0].page != blocks[prev_end].page:
            head.header = True
            last.rows.extend(_body(last, rows[1:]))  # the header repeated on the next page
            prev_end = run[-1]
            continue
        section = next((blocks[j].flat for j in range(run[0] - 1, -1, -1)
                        if blocks[j].kind == "heading"), "")
        if head is None and last is not None and last.header is not None and 0 < len(gap) <= 2 \
                and all(g.is_heading or (g.kind == "para" and g.lines == 1) for g in gap) \
                and max(len(r.cells) for r in rows) == len(last.header.cells) > 2:
            # "Mål 1" / header / rows, "Mål 2" / rows: one table in parts under sub-titles,
            # its header named once (a row may end before its empty last cells)
            tables.append(Table(_body(last, rows), last.header, last.roles, section))
            prev_end = run[-1]
            continue
        if head is not None and len(rows) > 1:
            _tab_stops(head, rows[1:])
        table = Table([], head, [column_role(c[2]) for c in head.cells] if head else [], section)
        if head is not None:
            head.header = True
        table.rows = _body(table, rows[1:] if head else rows)
        tables.append(table)
        prev_end = run[-1]
    return tables


def _filled(row: Block) -> int:
    return sum(1 for c in row.cells if c[2].strip())


def _tab_stops(head: Block, rows: list[Block]) -> None:
    """A header that reached its columns' tab stops with several tabs where its rows use one
    ("Mål<tab><tab><tab>Färg" over "Öka kunskapen ...<tab>GRÖN"), or as many as their
    words need: its empty cells are no columns when every row has as many cells, or as many
    filled cells, as it has words."""
    named = [c for c in head.cells if c[2].strip()]
    if len(named) == len(head.cells) or len(named) < 2:
        return
    if all(len(r.cells) == len(named) for r in rows):
        head.cells = named
    elif all(_filled(r) == len(named) for r in rows):
        # ("Aktivitet<tabs>Klart?<tab>Kommentar" over "Samverkansveckan<tabs>✔<tab>Ca 300"):
        # the rows reached the same stops with tabs of their own
        head.cells = named
        for r in rows:
            r.cells = [c for c in r.cells if c[2].strip()]


CATEGORY_WORDS = 3  # words at most of a category's label between a table's rows


def _category_label(b: Block) -> bool:
    """A short label alone on its line, without figures or a sentence's stop: the category
    the rows under it belong to."""
    words = b.text.split()
    return b.kind in ("para", "heading") and b.lines == 1 and 0 < len(words) <= CATEGORY_WORDS \
        and not re.search(r"[\d.:;!?]", b.text)


def _same_row(a: Block, b: Block) -> bool:
    return [" ".join(c[2].split()).lower() for c in a.cells] == \
        [" ".join(c[2].split()).lower() for c in b.cells]


def _body(table: Table, rows: list[Block]) -> list[Block]:
    """Body rows: a header repeated further down (a table continued on a new page) is left
    out. (In a tab or pipe table a row with an empty first cell is a row of its own: one
    goal often spans several activity rows.)"""
    out: list[Block] = []
    for r in rows:
        if table.header is not None and _same_row(r, table.header):
            r.header = True
            continue
        out.append(r)
    return out
