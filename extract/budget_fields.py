"""Budget lines written as fields, one to a line, as application systems and forms print
them: a block under its label with a field per year and a total ("Kostnadsslag: Personal" /
"År 2016: 1 864 000" / "År 2017: 2 236 800" / "Totalt: 4 100 800"), and a block that names
who pays and how much ("Finansiär: Arbetsförmedlingen" / "Typ: ..." / "Belopp: 693 000")."""
from __future__ import annotations

import re

from ..records import BudgetLine
from .amounts import NUMBER, UNIT, to_kronor
from .budget_prose import default_period, whole_period
from .context import Context, Covered, cues

# "År 2016: 1 864 000", "2017: 240 000 kr", "Totalt: 630 000", "Belopp: 693 000"
_FIELD = re.compile(rf"[ \t]*(?P<key>[^:\n]{{1,40}}?)[ \t]*:[ \t]*(?P<num>{NUMBER})"
                    rf"(?:[ \t]*(?P<unit>{UNIT}))?[ \t]*$", re.I)
_YEAR_KEY = re.compile(r"(?:år|budget|utfall|prognos)?\s*(?P<year>(?:19|20)\d\d)", re.I)
_LABEL_FIELD = re.compile(r"[ \t]*[^:\n]{1,40}:[ \t]*(?P<value>\S[^\n]*?)[ \t]*$")
YEAR_FIELDS = 2  # year fields at least in a block of one label's amounts
SECTION_BACK = 600  # characters back to the title of a section of such blocks
AMOUNT_KEYS = ("belopp", "summa", "totalt", "total", "kostnad", "sökt belopp")


def field_lines(ctx: Context) -> None:
    """Adds the budget lines of field blocks that no line holds yet."""
    text = ctx.document.text
    taken = Covered(len(text), ((b.char_start, b.char_end) for b in ctx.extraction.budget_lines))
    total = re.compile(cues()["budget"]["total_labels"], re.I)
    for lines in _paragraphs(text):
        fields = [(s, e, m) for s, e, line in lines if (m := _FIELD.fullmatch(line))]
        years = [(s, e, m) for s, e, m in fields if _YEAR_KEY.fullmatch(m.group("key").strip())]
        if len(years) >= YEAR_FIELDS and lines and not _FIELD.fullmatch(lines[0][2]):
            label = _label(lines[0][2])
            span = sorted(int(_YEAR_KEY.fullmatch(m.group("key").strip()).group("year"))
                          for _, _, m in years)
            for s, e, m in fields:
                key = m.group("key").strip()
                year = _YEAR_KEY.fullmatch(key)
                if year:
                    period = year.group("year")
                elif total.match(key):
                    period = f"{span[0]}-{span[-1]}" if span[0] != span[-1] else str(span[0])
                else:
                    continue
                _add(ctx, taken, s, s, e, m, label, period,
                     bool(total.match(label)) or not year)
        elif len(lines) >= 2:
            # "Finansiär: X" / "Typ: ..." / "Belopp: 693 000": who pays, and how much (under
            # the section's title, perhaps on the line above: "FINANSIERING (kr, hela
            # projektperioden)")
            first = next((k for k, (_, _, line) in enumerate(lines)
                          if not _FIELD.fullmatch(line) and _names(line)), None)
            amounts = [(s, e, m) for s, e, m in fields
                       if m.group("key").strip().lower() in AMOUNT_KEYS]
            if first is not None and first <= 1 and len(amounts) == 1 \
                    and amounts[0][0] > lines[first][0]:
                s, e, m = amounts[0]
                # (the section's title over blocks like this one says whose period)
                above = ctx.document.text[max(0, lines[first][0] - SECTION_BACK):lines[first][0]]
                period = whole_period(ctx, above) or default_period(ctx, s)
                named = _LABEL_FIELD.fullmatch(lines[first][2])
                _add(ctx, taken, lines[first][0], s, e, m, named.group("value"), period, False)


def _paragraphs(text: str):
    """The text's paragraphs (runs of lines between blank ones), each as its lines with
    their offsets."""
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, pos + len(line), line))
        elif lines:
            yield lines
            lines = []
        pos += len(line) + 1
    if lines:
        yield lines


def _names(line: str) -> bool:
    """Whether a field's value is a name ("Finansiär: Arbetsförmedlingen"), not a date,
    a period or a figure ("Period: 2032-03-01 – 2034-02-28")."""
    named = _LABEL_FIELD.fullmatch(line)
    return bool(named) and not re.search(r"\d", named.group("value")) \
        and bool(re.search(r"[^\W\d_]{3}", named.group("value")))


def _label(line: str) -> str:
    """A block's label: the value of its first field ("Kostnadsslag: Personal"), or the line
    itself ("Summa kostnader")."""
    named = _LABEL_FIELD.fullmatch(line)
    return (named.group("value") if named else line).strip().rstrip(":")


def _add(ctx: Context, taken: Covered, start: int, line_start: int, end: int, m: re.Match,
         label: str, period: str, is_total: bool) -> None:
    """A budget line from `start` (its label's line) to the end of its amount's line."""
    amount = to_kronor(m.group("num"), m.group("unit") or "kr")
    span = ctx.span(start, end)
    if amount is None or span is None or taken.overlaps(line_start + m.start("num"), end):
        return
    taken.add(start, end)
    ctx.extraction.budget_lines.append(BudgetLine(
        **span, table_id="", label=label, period=period, amount_sek=amount,
        source_unit=(m.group("unit") or "kr").lower(), is_total=is_total))
