"""Budget lines: tables (rows of tab-separated cells, as the PDF reader and text transcripts
give them), linearised tables (labels first, then the amounts), and sentences that state an
amount. Amounts to whole kronor; sum rows flagged; stated totals checked against their lines."""
from __future__ import annotations

import re
from functools import cache
from itertools import takewhile

from ..records import BudgetCheck, BudgetLine
from ..vocabulary import months
from .amounts import (
    CELL_AMOUNT,
    ORG_NUMBER,
    UNIT,
    YEAR,
    amounts_with_unit,
    is_year,
    parse_number,
    period_in,
    to_kronor,
    unit_in,
)
from .budget_fields import field_lines
from .budget_prose import (
    antecedent,
    default_period,
    effort_headings,
    first_page_period,
    opens_with_verb,
    period_of,
    pointed_heading,
    points_back,
    project_period,
    prose_lines,
    whole_period,
)
from .budget_rows import space_table_rows
from .context import Context, Covered, cues
from .regex_scan import finditer_near
from .sentences import LABEL_LINE, TRAILING_ASIDE, sentence_end, sentence_start
from .structure import Block
from .text_tables import NOTE_COLUMN, column_role

# (a run starts at its first number, not after a figure: "Summa 1 000 1 000 ..." is tried once;
# the digits are taken atomically, so a long row of figures is not tried at every split)
_RUN = re.compile(rf"(?:(?<=\s)(?<!\d\s)|^)(?:(?>[-−]?\d[\d  ]*)(?:,\d+)?\s*{UNIT}(?:\s+|$)){{2,}}",
                  re.I)
SENTENCE_LABEL = 61  # characters at most in the label of "Överskottet för 2009 är 4375 tkr"
_LABEL_START = re.compile(r"(?<![-/])\b[A-ZÅÄÖ][\wåäöé/*-]*")


@cache
def _cfg() -> dict:
    c = cues()["budget"]
    # the verb and the first digit of the amount, after the whitespace that ends the label
    verb_amount = rf"\s+{c['sentence_verbs']}\s+(?:ca\s+|cirka\s+|totalt\s+)?"
    return {"total": re.compile(c["total_labels"], re.I),
            # a total's word anywhere in a column's name ("Utfall totalt")
            "total_word": re.compile(r"\b" + c["total_labels"].removeprefix("^"), re.I),
            "money": re.compile(c["money"], re.I),
            "money_lead": re.compile(f"{c['money_lead']}|{c['money']}", re.I),
            "sentence": re.compile(
                # (a capital that starts a word: "upprä|ttades" is no label's start)
                rf"(?<![\wåäöÅÄÖ])(?P<label>(?-i:[A-ZÅÄÖ])[^.:;\n]{{2,{SENTENCE_LABEL - 1}}}?){verb_amount}"
                rf"(?P<num>[-−]?\d[\d  ]*(?:,\d+)?)\s*(?P<unit>{UNIT})(?![\w])", re.I),
            "sentence_anchor": re.compile(rf"(?<!\s)(?={verb_amount}[-−]?\d)", re.I),
            "not_labels": set(c["not_labels"]),
            "not_money_row": re.compile(c["not_money_rows"], re.I),
            "table_lead": re.compile(c["table_lead"], re.I),
            "cost_of": re.compile(rf"\b{c['cost_labels']}\s*(?P<year>(?:19|20)\d\d)?\s*:\s*"
                                  rf"{_AMOUNT}")}


def extract_budget(ctx: Context, doc) -> None:
    n_tables = _tables(ctx)
    _linearised(ctx, n_tables)
    _sentences(ctx)
    _phrases(ctx)
    _enumerated(ctx)
    field_lines(ctx)
    prose_lines(ctx)
    _checks(ctx)


def _tables(ctx: Context) -> int:
    """Tables: runs of rows (tab-separated, or space-separated under a header of years),
    continuing over section labels ("Intäkter") between rows."""
    blocks = list(ctx.structure.blocks)
    for k, row in space_table_rows(ctx.document.text, blocks).items():
        blocks[k] = row
    n = 0
    k = 0
    while k < len(blocks):
        if blocks[k].kind != "row":
            k += 1
            continue
        rows, j = [], k
        while j < len(blocks):
            if blocks[j].kind == "row" and blocks[j].header and any(not r.header for r in rows) \
                    and blocks[j - 1].kind != "row" and _no_money_header(rows):
                break  # a table of money under its own title after one of people or goals
            if blocks[j].kind == "row":
                rows.append(blocks[j])
            elif not (_section_label(blocks[j]) and _row_after_labels(blocks, j)):
                break  # ("KOSTNADER" / "Insatser" over rows: labels of a section and its part)
            j += 1
        # the caption is the heading or short lines right above the table, not body text
        # ("Budget processtöd" / "140701–160630")
        caption = ""
        lead = ""  # the sentence right above a table without a caption
        for prev in reversed(blocks[max(0, k - 2):k]):
            # (a title's aside is no body text: "§ 6 Aktivitetsbudget 2008 (förslag till FS, ...)")
            if prev.kind == "row" or (prev.kind != "heading"
                                      and len(TRAILING_ASIDE.sub("", prev.text).split()) > 12):
                last = prev.text.rstrip().rsplit("\n", 1)[-1].strip()
                if prev.kind == "para" and _title_line(last):
                    # a caption run into the paragraph above it ("... 3 245 tkr.\n
                    # Medlemsavgifter 2016 (tkr)"), as a scan's lines may come
                    caption = f"{last}\n{caption}".strip()
                elif prev.kind == "para" and _cfg()["table_lead"].search(prev.text):
                    # "Utfallet blev 58 300 kr, fördelat enligt nedan.": the sentence that
                    # leads into the table tells what its figures are
                    caption = f"{_lead_in_sentence(prev.text)}\n{caption}".strip()
                elif prev.kind == "para" and not caption:
                    lead = _lead_in_sentence(prev.text)
                break
            caption = f"{prev.text}\n{caption}".strip()
        if _table(ctx, rows, caption, f"t{n + 1}", lead):
            n += 1
        k = j
    return n


LEAD_ROWS = 3  # rows at least of a table that the sentence above it may say is money


def _states_a_figure_of(lead: str, rows: list[Block]) -> bool:
    """Whether the sentence names an amount that a cell of the rows holds ("För 2012 har LSG
    ansökt om 110 000 kr." over "Summa   110 000")."""
    named = {a for m in amounts_with_unit(lead)
             if (a := to_kronor(m.group("num"), "kr")) is not None}
    return any(to_kronor(m.group("num"), "kr") in named for r in rows for c in r.cells
               if (m := CELL_AMOUNT.match(c[2].strip())))
SECTION_LABELS = 2  # labels at most in a row between a table's rows ("KOSTNADER" / "Insatser")


def _row_after_labels(blocks: list[Block], j: int) -> bool:
    """Whether a row follows the section labels from block j on (at most two of them)."""
    labels = list(takewhile(_section_label, blocks[j:j + SECTION_LABELS]))
    k = j + len(labels)
    return 0 < len(labels) and k < len(blocks) and blocks[k].kind == "row"


def _no_money_header(rows: list[Block]) -> bool:
    """Whether the header over the rows names columns of goals followed up ("Effektmål |
    Indikator | Mål 2019 | Utfall 2019") or of people counted ("Kategori | Kvinnor | Män")."""
    head = [c[2] for r in takewhile(lambda r: r.header, rows) for c in r.cells]
    # (a column of money named as such keeps it a table of money: "Insats | Budget 2025
    # (kr) | Status", a portfolio's export)
    return (any(column_role(c) in _FOLLOW_UP_ROLES for c in head)
            and not any(_money_column().search(c) for c in head)) or (
        sum(column_role(c) == "participants" for c in head) >= 2
        and not _cfg()["money"].search(" ".join(head)))


@cache
def _money_column() -> re.Pattern:
    words = "|".join(cues()["budget"]["money_columns"])
    return re.compile(rf"\b(?:{words})\b|\(\s*(?i:{UNIT})\s*\)", re.I)


# columns of a table that follows up goals or activities, whose figures are no money
_FOLLOW_UP_ROLES = {"goal", "subgoal", "indicator", "target", "activity", "status"}


def _lead_in_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text.strip())[-1]


def _title_line(line: str) -> bool:
    """A short line that ends no sentence: a caption, not the end of a paragraph."""
    return 0 < len(line.split()) <= 8 and not line.endswith((".", ",", ";", ":"))


def _section_label(b: Block) -> bool:
    """A short line between a table's rows that groups them ("Intäkter", "Område 1
    Individen"), with no figure of its own."""
    return b.kind in ("para", "heading") and len(b.text.split()) <= 6 \
        and not re.search(r"\d{3}", b.text)


_YEAR_FROM = re.compile(r"\b(?:från|sedan|före)\s+(?:år\s+)?(?:19|20)\d\d\b", re.I)
_TAB_PADDING = re.compile(r"\S\t{2,} *\S")
_NOTE_CAPTION = re.compile(r"(?m)^not\s*\d{1,2}\b", re.I)
_UNIT_STATED = re.compile(rf"\b(?:belopp|beloppen|beloppet|siffror|siffrorna|tabellen|summor|summorna)"
                          rf"\b[^.\n]{{0,50}}?\b(?:i|anges i|redovisas i|uttryckta i)\s+{UNIT}", re.I)


# kronor: no budget line is less, so a table's figures all below it, with no unit, are
# scores, means or counts
SMALL_FIGURE = 100


def _small_figures(rows: list[Block]) -> bool:
    values = [v for r in rows if not r.header for c in r.cells[1:]
              if (m := CELL_AMOUNT.match(c[2])) and (v := parse_number(m.group("num"))) is not None]
    return bool(values) and max(values) < SMALL_FIGURE


def _table(ctx: Context, rows: list[Block], caption: str, table_id: str, lead: str = "") -> bool:
    """Budget lines of a table's rows; `lead` is the sentence over a table without a caption
    ("För 2012 har LSG ansökt om 110 000 kr."), which may say that its figures are money."""
    # (a page's header is no table under it, nor are counts under a sentence naming money:
    # the sentence's amount must be one of the table's, its sum)
    # ("Samtliga belopp i tabellen anges i tusentals kronor (tkr).": the sentence above
    # says the unit, though not what the figures are)
    stated = _UNIT_STATED.search(lead)
    lead = lead if len(rows) >= LEAD_ROWS and _states_a_figure_of(lead, rows) else ""
    if not _cfg()["money"].search(f"{caption} {lead} " + " ".join(r.text for r in rows[:2])):
        return False  # counts of participants, dates of meetings: not money
    if _no_money_header(rows) or any(column_role(c[2]) == "authority" for r in rows if r.header
                                     for c in r.cells):
        return False  # (nor the limits of who may attest what: "Beloppsgräns | 50 000 kr")
    # the period the caption names, its line nearest the table first ("8 Budget 2018 och
    # plan 2019–2020" / "8.1 Medlemsbidrag 2018": 2018)
    # (not a year the money came from: "Till detta kommer överskottet från 2005 som inte är
    # upptaget i budgeten nedan.")
    near = next((p for line in reversed(caption.split("\n"))
                 if (p := period_in(_YEAR_FROM.sub("", _without_dates(line))))), None)
    header_periods: dict[int, str] = {}
    header_cells: list[tuple[int, int, str]] = []  # the header's period cells, by column
    header_texts: dict[int, str] = {}  # "År | Beviljat | Utfall": what each column holds
    header_width = 0  # cells of the header of years
    header_x: dict[int, tuple[int, int]] = {}  # where each of its cells stands
    # (the unit of the caption's line nearest the table: "Ram 2019: 150 tkr" above a
    # "SAMMANSTÄLLNING – MEDEL PER INSATS (kr)" is another line's)
    unit = next((u for line in reversed(caption.split("\n")) if (u := unit_in(line))), None) \
        or (unit_in(stated.group()) if stated else None)
    if not (unit or any(unit_in(r.text) for r in rows)) and _small_figures(rows):
        return False  # "Styrelsens sammanträden är väl förberedda   4,4   4,2": a scale's means
    noted = bool(_NOTE_CAPTION.search(caption))  # the table of a statement's note
    whole = whole_period(ctx, caption)
    # a form's own period field ("Insatsens period: 2021-09-01 – 2022-12-31") is its amounts'
    form_period = next((p for r in rows if len(r.cells) >= 2
                        and _PERIOD_FIELD.search(r.cells[0][2])
                        and (p := period_in(" ".join(c[2] for c in r.cells[1:])))), None)
    # years down the first column ("2021 | 1 750 000 | 1 402 600"): each row a period, each
    # column a kind of amount; the sum row covers them all
    row_years = sorted(int(y) for r in rows if r.cells and (y := _row_year(r.cells[0][2])))
    added = False
    prev_header = False
    for row in rows:
        cells = row.cells
        texts = [c[2] for c in cells]
        # ("Budget 2006, tkr", "Bidrag 2022 (prel.)": a year column with its unit or a
        # note; not the first, whose year and unit are the caption's: "Kostnader 2022 (tkr)")
        years = {i: period_in(t) for i, t in enumerate(texts)
                 if t and (_names_year(t) or (i and _names_year(_bare_head(t))))}
        project_years = _project_years(ctx, texts) if row.header and not years else {}
        if project_years:  # "År 1 | År 2 | År 3 | Totalt" over a project's years
            header_periods = project_years
            header_cells = [_x_extent(ctx.document.text, row, cells[i]) + (p,)
                            for i, p in sorted(project_years.items())]
            header_width = len(cells)
            continue
        if row.header and not years:
            above = header_texts if prev_header else {}
            # (a header over two lines: "Tilldelade medel" over "(samtliga parter)")
            header_texts = {i: " ".join(f"{above.get(i, '')} {t}".split())
                            for i, t in enumerate(texts)}
            prev_header = True
            unit = unit_in(" ".join(texts)) or unit  # "Driftredovisning (tkr)  Budget  Utfall"
            if texts and period_in(texts[0]):  # "Kostnader 2022 (tkr)": the caption's year
                near = period_in(texts[0])
            continue
        if years and not any(CELL_AMOUNT.match(t) and not is_year(t) and not _month_column(t)
                             for t in texts[1:] if t):
            # (a header over two lines: "Budget 2016 | Utfall" over "helår | jan-aug 2016")
            above_texts, above, above_x = (header_texts, header_periods, header_x) \
                if prev_header else ({}, {}, {})
            header_texts = {i: " ".join(f"{above_texts.get(i, '')} {t}".split())
                            for i, t in enumerate(texts)}
            header_periods = {**above, **{i: p for i, p in years.items() if p}}
            prev_header = True
            span_years = sorted(int(p[:4]) for p in header_periods.values())
            one_period = set(header_periods.values()) if len(set(header_periods.values())) == 1 \
                else set()
            for i, t in enumerate(texts):
                if i not in header_periods and span_years and (
                        _cfg()["total"].search(t.strip()) or _cfg()["total_word"].search(t)):
                    # a "Totalt" column after the years covers all of them ("Utfall totalt")
                    header_periods[i] = f"{span_years[0]}-{span_years[-1]}"
                elif i and i not in header_periods and one_period and _cfg()["money"].search(t) \
                        and (not YEAR.search(t) or period_in(t) in one_period):
                    # "Budget 2019 | Utfall jan–jun | Prognos helår": the one year named
                    # is every money column's (not "Bidrag 2022 (prel.)" beside "Bidrag
                    # 2021": it names its own)
                    header_periods[i] = next(iter(one_period))
            header_x = {**above_x, **{i: _x_extent(ctx.document.text, row, cells[i])
                                      for i in header_periods if i < len(cells)}}
            header_cells = [header_x[i] + (p,) for i, p in sorted(header_periods.items())
                            if i in header_x]
            header_width = len(cells)
            # (the row's whole text: "Budget 2015 (tkr)" split into its years keeps no unit)
            unit = unit_in(" ".join(texts)) or unit_in(row.text) or unit
            if any(NOTE_COLUMN.match(t) for t in texts):
                ctx.statement_periods = [p for _, p in sorted(header_periods.items())]
            continue
        prev_header = False
        # (an export's first column may be a record's code: "INS-0012;Unga vuxna i arbete")
        label_cell = next(((s, e, t) for i, (s, e, t) in enumerate(cells)
                           if t.strip() and not _code_before_label(cells, i, header_texts)), None)
        if len(row_years) >= 2 and header_texts and label_cell is not None:
            added |= _year_row(ctx, row, label_cell, header_texts, row_years, unit, table_id)
            continue
        if label_cell is None or CELL_AMOUNT.match(label_cell[2]):
            continue
        label = " ".join(label_cell[2].split()).rstrip(":")  # a form's field: "Sökt belopp:"
        if _cfg()["not_money_row"].search(label):
            continue  # "Antal deltagare i insatser", "Eget kapital i % av medlemsintäkter"
        # (not a column of people counted, "Invånare", "Antal deltagare", nor one month's
        # share of a year's amount: "201303", "mars")
        amounts = [(idx, c) for idx, c in enumerate(cells) if c[2].strip()
                   and CELL_AMOUNT.match(c[2]) and c[:2] != label_cell[:2]
                   and not is_year(c[2]) and not ORG_NUMBER.search(c[2])
                   and column_role(header_texts.get(idx, "")) != "participants"
                   and not _month_column(header_texts.get(idx, ""))]
        # (tabs that pad cells to their columns leave a row more or fewer cells than its
        # header: then where the cells stand tells their columns)
        # (one tab between cells, its trailing empty cells dropped, is no padding: "ATB\t1 320 000")
        padded = "\t" in row.text and 0 < header_width != len(cells) \
            and bool(_TAB_PADDING.search(row.text))
        columns = _header_columns(ctx.document.text, row, amounts, header_periods, header_cells,
                                  padded)
        if not header_periods and noted and len(amounts) == len(ctx.statement_periods):
            # "Not 7 Kortfristiga skulder" / "Leverantörsskulder  512 300  431 004": a
            # note's columns are its statement's ("Not | 2016 | 2015")
            columns = {idx: p for (idx, _), p in zip(amounts, ctx.statement_periods,
                                                     strict=True)}
        # a row's own dates ("Startdatum | Slutdatum") are the period of its amounts that no
        # column dates, and of its total ("Beviljat totalt")
        own = _row_period(cells, header_texts)
        for idx, (_s, e, t) in amounts:
            m = CELL_AMOUNT.match(t)
            if header_periods and idx not in columns:
                continue  # a note or reference column
            amount = to_kronor(m.group("num"), m.group("unit") or unit)
            period = period_in(label) if re.search(r"\d{4}\s*[-–]\s*\d{2,4}", label) else None
            if own and _cfg()["total_word"].search(header_texts.get(idx, "")):
                period = period or own
            period = period or columns.get(idx) or own or near or whole \
                or form_period or project_period(ctx) or _doc_year(ctx)
            span = ctx.span(label_cell[0], e)
            if span is None or amount is None:
                continue
            ctx.extraction.budget_lines.append(BudgetLine(
                **span, table_id=table_id, label=label, period=period or "", amount_sek=amount,
                source_unit=(m.group("unit") or unit or "kr").lower(),
                is_total=bool(_cfg()["total"].search(label))))
            added = True
    return added


def _year_row(ctx: Context, row: Block, label_cell: tuple[int, int, str],
              header_texts: dict[int, str], row_years: list[int], unit: str | None,
              table_id: str) -> bool:
    """A row of a table with years down its first column: each amount is labelled by its
    column's header ("Beviljat") for the row's year; a sum row keeps its own label and
    covers the years above it ("Totalt", 2021-2023)."""
    label = " ".join(label_cell[2].split())
    total = bool(_cfg()["total"].search(label))
    year = _row_year(label)
    if not (year or total):
        return False
    period = year or f"{row_years[0]}-{row_years[-1]}"
    added = False
    for idx, (_s, e, t) in enumerate(row.cells):
        m = CELL_AMOUNT.match(t.strip()) if idx and t.strip() else None
        head = header_texts.get(idx, "")
        if column_role(head) == "participants":
            continue  # "Antal förbund": a count beside the money
        # each column's own unit ("Statliga medel, mnkr"), else the table's
        col_unit = (m.group("unit") if m else None) or unit_in(head) or unit
        amount = to_kronor(m.group("num"), col_unit) if m else None
        span = ctx.span(label_cell[0], e)
        if amount is None or span is None or not head:
            continue
        ctx.extraction.budget_lines.append(BudgetLine(
            **span, table_id=table_id, label=label if total else _HEAD_UNIT.sub("", head),
            period=period, amount_sek=amount, source_unit=(col_unit or "kr").lower(),
            is_total=total))
        added = True
    return added


@cache
def _month_head() -> re.Pattern:
    names = "|".join([*months(), *(rf"{m[:3]}\.?" for m in months())])
    return re.compile(rf"(?:19|20)\d\d(?:0[1-9]|1[0-2])|(?:{names})(?:\s+(?:19|20)?\d\d)?",
                      re.I)


def _month_column(head: str) -> bool:
    """A column of one month ("201303", "Mars", "apr 2013") in a table of the year."""
    return bool(head) and bool(_month_head().fullmatch(head.strip()))


# a record's code ("INS-0012", "SF21-05"), or an account's number under "Konto"
_RECORD_CODE = re.compile(r"[A-ZÅÄÖ]{1,6}\d{0,4}[-_]?\d{1,6}")


@cache
def _code_head() -> re.Pattern:
    return re.compile(rf"(?:{'|'.join(cues()['budget']['code_columns'])})\.?", re.I)


def _code_before_label(cells: list[tuple[int, int, str]], i: int,
                       header_texts: dict[int, str]) -> bool:
    """Whether cell i is a record's code before the row's label in the next cell
    ("INS-0012;Unga vuxna i arbete", "5010 | Löner"), not a label itself ("Q1 | 120 000")."""
    t = cells[i][2].strip()
    if not (_RECORD_CODE.fullmatch(t) or (t.isdigit() and _code_head().fullmatch(
            header_texts.get(i, "")))):
        return False
    nxt = next((c[2].strip() for c in cells[i + 1:] if c[2].strip()), "")
    return bool(re.search(r"[^\W\d_]{3}", nxt)) and not CELL_AMOUNT.match(nxt)


def _row_period(cells: list[tuple[int, int, str]], header_texts: dict[int, str]) -> str | None:
    """The span of years a row's own dates name in its time columns ("2019-04-01 |
    2023-12-31" under "Startdatum | Slutdatum")."""
    years = sorted({y for i, (_, _, t) in enumerate(cells)
                    if column_role(header_texts.get(i, "")) == "timetable"
                    for y in YEAR.findall(t)})
    if not years:
        return None
    return years[0] if years[0] == years[-1] else f"{years[0]}-{years[-1]}"


def _without_dates(line: str) -> str:
    """A caption's sentence without the days it names: "fördelas efter folkmängden den 1
    november 2013" dates the count, not the table's period."""
    if not line.rstrip().endswith(".") or len(_day().findall(line)) > 1:
        return line  # (two days bound a period: "perioden 2031-09-01 – 2033-08-31.")
    return _day().sub("", line)


@cache
def _day() -> re.Pattern:
    return re.compile(rf"\b\d{{1,2}}\s+(?:{'|'.join(months())})\s+(?:19|20)\d\d\b"
                      r"|\b(?:19|20)\d\d-\d\d-\d\d\b", re.I)


def _bare_head(cell: str) -> str:
    """A header cell without its unit, its note and its abbreviations ("Bidrag 2022
    (prel.)", "Prel. 2016 enl."), and without a footnote's mark ("2009*", "2012**")."""
    bare = _HEAD_MARK.sub("", _HEAD_NOTE.sub("", _HEAD_UNIT.sub("", cell)))
    return " ".join(_HEAD_ABBREVIATION.sub("", bare).split())


_HEAD_MARK = re.compile(r"(?<=\d)(?:\*{1,3}|[¹²³⁴⁵†‡])$")


_HEAD_NOTE = re.compile(r"\s*\([^()\d]{1,20}\)\s*$")
_HEAD_ABBREVIATION = re.compile(r"(?<![\wåäö])[^\W\d_]{2,5}\.")
_HEAD_UNIT = re.compile(rf"[,\s]*\(?(?i:{UNIT})\)?\s*$")  # "Statliga medel, mnkr": the unit
_NOTED_YEAR = re.compile(r"\s*((?:19|20)\d\d)\s*(?:\([^()]{1,20}\))?\s*")


def _row_year(cell: str) -> str | None:
    """The year a first cell names, maybe with a note: "2021", "2021 (prognos)"."""
    m = _NOTED_YEAR.fullmatch(cell)
    return m.group(1) if m and is_year(m.group(1)) else None


_PROJECT_YEAR = re.compile(r"(?:projekt)?år\s*(\d)", re.I)


def _project_years(ctx: Context, texts: list[str]) -> dict[int, str]:
    """Columns headed by a project's years ("År 1", "År 2", "Totalt") with the years the
    project period on the first page gives them: a year that starts in the autumn spans two
    ("2025-2026"), the total column the whole period."""
    numbered = {i: int(m.group(1)) for i, t in enumerate(texts)
                if (m := _PROJECT_YEAR.fullmatch(t.strip()))}
    if len(numbered) < 2:
        return {}
    found = first_page_period(ctx)
    if not found:
        return {}
    y0, straddles = int(found[0][:4]), found[0][5:7] not in ("", "01")
    out = {i: f"{y0 + n - 1}-{y0 + n}" if straddles else str(y0 + n - 1)
           for i, n in numbered.items()}
    whole = f"{found[0][:4]}-{found[1][:4]}"
    out.update({i: whole for i, t in enumerate(texts)
                if i not in out and _cfg()["total_word"].search(t)})
    return out


POSITION_SLACK = 6  # characters a figure may stand off its header's column in fixed width


def _header_columns(text: str, row: Block, amounts: list, periods: dict[int, str],
                    header_cells: list[tuple[int, int, str]], padded: bool = False
                    ) -> dict[int, str]:
    """The period of each amount cell of a row: by where it stands under the header's cells
    in fixed-width text (a scan's row may gain or lose a cell at its start), else by its
    cell's index, or in order when the row has as many amounts as the header periods."""
    if not periods:
        return {}
    # fixed width only: columns set apart by runs of spaces, or by tabs to their stops where
    # tabs pad cells to their columns (`padded`); pipes, tabs between cells and the single
    # spaces of a flattened table do not align their cells
    aligned = (re.search(r"\S {2,}\S", row.text) and not re.search(r"[\t|]", row.text)) \
        or (padded and "|" not in row.text)
    if header_cells and aligned:
        out = {}
        for idx, (s, e, _) in amounts:
            # (across the cell's own line: a label wrapped over lines puts its figures on
            # the row's last line)
            line_start = max(row.start, text.rfind("\n", 0, s) + 1)
            xs, xe = _column(text, line_start, s), _column(text, line_start, e)
            # the most overlap (a gap counts as negative overlap), then the nearer right edge
            best = max(header_cells, key=lambda h: (min(h[1], xe) - max(h[0], xs),
                                                    -abs(h[1] - xe)))
            if max(best[0], xs) - min(best[1], xe) <= POSITION_SLACK:
                out[idx] = best[2]
        if out:
            return out
    by_index = {idx: periods[idx] for idx, _ in amounts if idx in periods}
    if len(by_index) == len(amounts):
        return by_index
    if len(amounts) == len(periods):
        return {idx: p for (idx, _), p in zip(amounts, [periods[i] for i in sorted(periods)],
                                              strict=True)}
    return by_index


def _x_extent(text: str, row: Block, cell: tuple[int, int, str]) -> tuple[int, int]:
    """Where a cell stands across its line; a header cell over two lines ("Budget" over
    "2025") spans what it spans on its first line."""
    start, end = cell[0], cell[1]
    line_end = text.find("\n", start, end)
    if line_end >= 0:  # its words on the first line, up to a column gap
        first = re.match(r"\S+(?: \S+)*", text[start:line_end])
        end = start + (first.end() if first else 0)
    line_start = max(row.start, text.rfind("\n", 0, start) + 1)
    return _column(text, line_start, start), _column(text, line_start, end)


TAB_STOP = 8  # columns a tab advances to the next multiple of, as a text editor shows it


def _column(text: str, line_start: int, pos: int) -> int:
    """Where `pos` stands across its line as it is shown: tabs to their stops."""
    return len(text[line_start:pos].expandtabs(TAB_STOP))


_PERIOD_FIELD = re.compile(r"period\s*:?\s*$", re.I)


def _names_year(cell: str) -> bool:
    """A header cell naming a period: "2016", "Budget 2017", "Plan 2018", "Utfall 2015"."""
    # "2021 (sep–dec)": a part of the year in brackets after it (not a unit: "Kostnader 2022
    # (tkr)" is the caption over the labels)
    # "sep–dec 2021", "Utfall jan–aug 2021": a part of the year before it; "2013 jan–jun"
    # (its two header lines joined): after it; "Totalt 2016–2019": a span; "År 1 2025": the
    # plan's year by its number and its date; "Prognos helår 2014": the whole year
    return is_year(cell) or bool(re.fullmatch(
        r"\s*[A-Za-zÅÄÖåäö]{0,12}\s*(?:\d\s+)?(?:[a-zåäö]{3,9}\.?\s*[-–]\s*[a-zåäö]{3,9}\.?\s+"
        r"|helår(?:et|s)?\s+)?"
        r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
        r"\s*(?:\(?[a-zåäö]{3,9}\.?\s*[-–]\s*[a-zåäö]{3,9}\.?\)?\s*)?", cell))


def _doc_year(ctx: Context) -> str | None:
    return str(ctx.document.year) if ctx.document.year else None


def _linearised(ctx: Context, n_tables: int) -> None:
    """"Parter Bidrag i tkr år 2010 A B C Totalt 3170 tkr 1585 tkr 1585 tkr 6340 tkr"."""
    text = ctx.document.text
    for m in _RUN.finditer(text):
        amounts = amounts_with_unit(text, m.start(), m.end())
        line_start = max(text.rfind("\n", 0, m.start()) + 1, sentence_start(text, m.start()))
        head = text[line_start:m.start()]
        starts = [x.start() for x in _LABEL_START.finditer(head)
                  if not head[:x.start()].rstrip().endswith(("-", "och", "/"))]
        if len(starts) < len(amounts):
            continue
        label_starts = starts[-len(amounts):]
        caption = head[: label_starts[0]]
        period = period_in(caption) or _doc_year(ctx) or ""
        n_tables += 1
        for k, a in enumerate(amounts):
            ls = line_start + label_starts[k]
            le = line_start + (label_starts[k + 1] if k + 1 < len(label_starts) else len(head))
            label = text[ls:le].strip().rstrip("*").strip()
            span = ctx.span(ls, le)
            amount = to_kronor(a.group("num"), a.group("unit"))
            if not span or amount is None:
                continue
            span["evidence"] = text[span["char_start"]:a.end()]
            span["char_end"] = a.end()
            ctx.extraction.budget_lines.append(BudgetLine(
                **span, table_id=f"t{n_tables}", label=label, period=period, amount_sek=amount,
                source_unit=a.group("unit").lower(), is_total=bool(_cfg()["total"].search(label))))


_JOINING = re.compile(r"(?:varav|därav|och|samt)\s+(?=\S)", re.I)
_AMOUNT = rf"(?P<num>[-−]?\d{{1,3}}(?:[  ]\d{{3}})+(?:,\d+)?|[-−]?\d+(?:,\d+)?)\s*(?P<unit>{UNIT})(?![\w])"
# amounts in running text, each with where its label stands
_PHRASES = [
    # "aktivitetsmedel om 85 tkr", "en budget på 1,2 mnkr"
    re.compile(rf"(?P<label>[A-Za-zÅÄÖåäö-]{{4,}})\s+(?:om|på)\s+(?:ca\s+|cirka\s+|totalt\s+)?{_AMOUNT}", re.I),
    # "250 000 kr i aktivitetsmedel"
    re.compile(rf"{_AMOUNT}\s+i\s+(?P<label>[a-zåäö-]{{4,}}medel|[a-zåäö-]{{4,}}bidrag)", re.I),
    # "varav 512 000 kr till Café Kompass", "1 200 000 kr för 2024 till Jobbverkstan Habo",
    # "610 000 kronor till Lots för unga" (a preposition and its word inside the name)
    re.compile(rf"{_AMOUNT}\s+(?:för\s+(?:19|20)\d\d\s+)?(?:till|för)\s+"
               rf"(?P<label>[A-ZÅÄÖ][\wåäöé]+(?:\s+(?:[A-ZÅÄÖ][\wåäöé]+"
               rf"|(?:för|till|i|på|mot|med)\s+[a-zåäö][\wåäö-]*(?=\s*[,.;]|\s+(?:och|samt)\s+\d"
               rf"|\s+(?:för|till|i|på|mot|med)\s|$)))*)", re.M),
    # "varav 7,1 Mkr avser insatser", "400 tkr finansieras med eget kapital"
    re.compile(rf"{_AMOUNT}\s+(?:avser|går till|finansieras med|används till)\s+"
               rf"(?P<label>[\wåäöÅÄÖ -]{{3,50}}?)(?=\s+och\s+\d|[.,;]|$)", re.M),
    # "Medlemsavgifter 2024: Försäkringskassan 4 000 tkr, Region Jönköpings län 2 000 tkr, ..."
    re.compile(rf"(?:(?<=:\s)|(?<=,\s))(?P<label>[A-ZÅÄÖa-zåäö][^,:;.\d\n]{{2,60}}?)\s+{_AMOUNT}"
               rf"(?=\s*[,.;]|\s*$)", re.M),
]




def _phrases(ctx: Context) -> None:
    """Amounts in running text whose label is a nearby noun or name, and "Kostnad 2016:
    1 386 000 kr" under the heading of the insats it belongs to."""
    text = ctx.document.text
    taken = Covered(len(text), ((b.char_start, b.char_end) for b in ctx.extraction.budget_lines))
    found = []
    for pat in _PHRASES:
        for m in pat.finditer(text):
            # (not the word that joins it to the sum before: "18,8 mkr, varav Region Åby 4,7 mkr")
            lead = _JOINING.match(m.group("label"))
            skip = lead.end() if lead else 0
            if m.group("label").startswith("som "):
                # ", som vid årets slut uppgick till 5,9 mnkr": the clause's antecedent
                comma = text.rfind(",", 0, m.start("label"))
                ante = antecedent(text, sentence_start(text, comma), comma)
                if ante is not None:
                    found.append((m, *ante, text[ante[0]:ante[1]]))
                continue
            found.append((m, m.start("label") + skip, m.end("label"), m.group("label")[skip:]))
    blocks = ctx.structure.blocks
    for m in _cfg()["cost_of"].finditer(text):
        # the title the amount stands under: a heading, or a card's short title; not one of
        # the card's own "Målgrupp: ..." fields
        k = ctx.structure.index_at(m.start() - 1)
        head = next((b for b in reversed(blocks[max(0, k - 40):k + 1])
                     if (b.is_heading or (b.kind == "item" and len(b.text.split()) <= 6))
                     and not LABEL_LINE.match(b.text)), None)
        if head is not None:
            found.append((m, head.start, head.end, head.flat))
    for m, ls, le, label in found:
        if taken.holds(m.start("num")) or label.lower() in _cfg()["not_labels"] \
                or opens_with_verb(label):
            continue  # ("..., beräknas kosta 950 000 kr": the clause's subject is the label)
        amount = to_kronor(m.group("num"), m.group("unit"))
        s, e = min(ls, m.start()), max(le, m.end())
        span = ctx.span(s, e) if e - s < 600 else ctx.span(m.start(), m.end())
        if not span or amount is None:
            continue
        # the sentence's last year before the amount, else its first after ("bevilja 1 480 000
        # kronor för Jobbnav under 2013")
        years = YEAR.findall(text, sentence_start(text, m.start()), m.end())
        after = YEAR.findall(text, m.end(), sentence_end(text, m.end()))
        period = (m.groupdict().get("year") or (years[-1] if years else None)
                  or (after[0] if after else None) or default_period(ctx, m.start()))
        taken.add(span["char_start"], span["char_end"])
        ctx.extraction.budget_lines.append(BudgetLine(
            **span, table_id="", label=label[:1].upper() + label[1:], period=period,
            amount_sek=amount, source_unit=m.group("unit").lower(), is_total=False))


@cache
def _entry() -> re.Pattern:
    """An entry of a list of amounts written in a sentence: "info-dag 15 000", "kartläggning
    (extern hjälp?) 30 000", "studiebesök 12 000 (buss)", up to its comma or the sentence's
    end."""
    c = cues()["budget"]
    joins = "|".join(rf"{re.escape(w)}[ \t]+" for w in c["entry_joins"])
    units = "|".join(map(re.escape, c["entry_units"]))
    return re.compile(rf"[ \t]*(?:{joins})?(?P<label>[^\d,:;()\n]{{2,50}}?(?:[ \t]*\([^()\n]{{1,30}}\))?)"
                      rf"[ \t]+(?P<num>\d{{1,3}}(?:[ \u00a0]\d{{3}})+)(?:[ \t]*(?:{units}))?"
                      r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:,|\.(?!\d)|;|(?=\n)|$)")


ENUMERATED_MIN = 3  # entries at least: fewer figures after a colon are no list of amounts


def _enumerated(ctx: Context) -> None:
    """Amounts listed after a colon, each after its label, in a sentence about money
    ("Förslag fördelning: handläggarträffar 24 000 (4 x 6 000), studiebesök 10 000, övrigt
    11 000."): the figures need no unit there, three entries at least."""
    text = ctx.document.text
    taken = Covered(len(text), ((b.char_start, b.char_end) for b in ctx.extraction.budget_lines))
    for colon in re.finditer(r":[ \t]*", text):
        lead = text[sentence_start(text, colon.start()):colon.start()]
        if not _cfg()["money_lead"].search(lead):
            continue
        entries, pos = [], colon.end()
        while (m := _entry().match(text, pos)) and m.end() > pos:
            entries.append(m)
            pos = m.end()
        if len(entries) < ENUMERATED_MIN or any(taken.holds(m.start("num")) for m in entries):
            continue
        sentence = text[sentence_start(text, colon.start()):sentence_end(text, colon.end())]
        period = period_in(lead) or (YEAR.findall(sentence) or [None])[0] \
            or default_period(ctx, colon.start())
        for m in entries:
            span = ctx.span(m.start("label"), m.end("num"))
            amount = to_kronor(m.group("num"), "kr")
            if span and amount is not None:
                label = " ".join(m.group("label").split())
                ctx.extraction.budget_lines.append(BudgetLine(
                    **span, table_id="", label=label[:1].upper() + label[1:], period=period,
                    amount_sek=amount, source_unit="kr",
                    is_total=bool(_cfg()["total"].search(label))))


def _sentences(ctx: Context) -> None:
    text = ctx.document.text
    taken = Covered(len(text), ((b.char_start, b.char_end) for b in ctx.extraction.budget_lines))
    cfg = _cfg()
    # a label ends where the whitespace before the verb begins: the match starts at most a
    # label's length before that
    heads = None  # the headings a label pointing back may take, read once when first needed
    for m in finditer_near(cfg["sentence"], cfg["sentence_anchor"], text, SENTENCE_LABEL):
        if taken.holds(m.start("num")):
            continue
        label = m.group("label").strip()
        amount = to_kronor(m.group("num"), m.group("unit"))
        span = ctx.span(m.start("label"), m.end())
        if not span or amount is None:
            continue
        rel = re.search(r",\s+som\s", label)
        ante = antecedent(text, m.start("label"), m.start("label") + rel.start()) if rel else None
        if ante is not None:  # "... med eget kapital, som vid årets slut uppgick till"
            label = text[ante[0]:ante[1]]
        pointing = points_back(label)
        if pointing:  # "Förbundets kostnad för insatsen var 980 tkr" under "Friskvägen"
            heads = heads if heads is not None else effort_headings(ctx)
            head = pointed_heading(heads, m.start(), pointing)
            label = head.flat if head is not None else label
        rest = text[m.end():sentence_end(text, m.end())]
        ctx.extraction.budget_lines.append(BudgetLine(
            **span, table_id="", label=label,
            period=period_in(label) or period_of(rest, "") or default_period(ctx, m.start()),
            amount_sek=amount, source_unit=m.group("unit").lower(),
            is_total=bool(_cfg()["total"].search(label))))


def _checks(ctx: Context) -> None:
    """Each stated total against the sum of the lines above it in the same table and period."""
    lines = [b for b in ctx.extraction.budget_lines if b.table_id]
    for table_id in dict.fromkeys(b.table_id for b in lines):
        rows = [b for b in lines if b.table_id == table_id]
        for period in dict.fromkeys(b.period for b in rows):
            acc: list[BudgetLine] = []
            subtotals: list[BudgetLine] = []  # "Summa intäkter" may add up earlier subtotals
            for b in (r for r in rows if r.period == period):
                if not b.is_total:
                    acc.append(b)
                    continue
                nested_used = False
                if acc or subtotals:
                    lines_sum = sum(x.amount_sek or 0 for x in acc)
                    nested = lines_sum + sum(x.amount_sek or 0 for x in subtotals)
                    used = acc
                    if b.amount_sek != lines_sum and b.amount_sek == nested:
                        lines_sum, used, nested_used = nested, subtotals + acc, True
                    ctx.extraction.budget_checks.append(BudgetCheck(
                        doc_id=b.doc_id, table_id=table_id, period=period, label=b.label,
                        stated_total=b.amount_sek or 0, sum_of_lines=lines_sum,
                        difference=(b.amount_sek or 0) - lines_sum, n_lines=len(used),
                        page=b.page))
                # a total that summed the subtotals closes them; otherwise it is one of them
                subtotals = [] if nested_used else subtotals + [b]
                acc = []
