"""Budget lines written as fields, one to a line, as application systems and forms print
them: a block under its label with a field per year and a total ("Kostnadsslag: Personal" /
"År 2016: 1 864 000" / "År 2017: 2 236 800" / "Totalt: 4 100 800"), a block that names
who pays and how much ("Finansiär: Arbetsförmedlingen" / "Typ: ..." / "Belopp: 693 000"),
and a web page's fields with each value on the line under its label ("Total projektbudget:" /
"35 444 089")."""
from __future__ import annotations

import re
from functools import cache

from ..records import BudgetLine
from .amounts import NUMBER, UNIT, to_kronor, unit_in
from .budget_prose import default_period, whole_period
from .context import Context, Covered, cues

# "År 2016: 1 864 000", "2017: 240 000 kr", "Totalt: 630 000", "Belopp: 693 000"
_FIELD = re.compile(rf"[ \t]*(?P<key>[^:\n]{{1,40}}?)[ \t]*:[ \t]*(?P<num>{NUMBER})"
                    rf"(?:[ \t]*(?P<unit>{UNIT}))?[ \t]*$", re.I)
_LABEL_FIELD = re.compile(r"[ \t]*[^:\n]{1,40}:[ \t]*(?P<value>\S[^\n]*?)[ \t]*$")
YEAR_FIELDS = 2  # year fields at least in a block of one label's amounts
SECTION_BACK = 600  # characters back to the title of a section of such blocks


@cache
def _cfg() -> dict:
    c = cues()["budget"]
    return {"year_key": re.compile(rf"(?:{'|'.join(c['field_year_keys'])})?\s*"
                                   r"(?P<year>(?:19|20)\d\d)", re.I),
            "amount_keys": frozenset(c["field_amount_keys"]),
            "total": re.compile(c["total_labels"], re.I),
            "money": re.compile(c["money"], re.I),
            "money_columns": re.compile(rf"\b(?:{'|'.join(c['money_columns'])})\b", re.I),
            "not_money": re.compile(c["not_money_rows"], re.I)}


def field_lines(ctx: Context) -> None:
    """Adds the budget lines of field blocks that no line holds yet."""
    text = ctx.document.text
    taken = Covered(len(text), ((b.char_start, b.char_end) for b in ctx.extraction.budget_lines))
    cfg = _cfg()
    for lines in _paragraphs(text):
        fields = {s: m for s, _, line in lines if (m := _FIELD.fullmatch(line))}
        years = [m for m in fields.values() if cfg["year_key"].fullmatch(m.group("key").strip())]
        above = text[max(0, lines[0][0] - SECTION_BACK):lines[0][0]]
        if len(years) >= YEAR_FIELDS and lines[0][0] not in fields:
            _year_block(ctx, taken, lines, fields, above)
        elif len(lines) >= 2:
            _payer_block(ctx, taken, lines, fields, above)
        _stacked_fields(ctx, taken, lines)


# a figure alone on its line, under its label: "35 444 089", "1 200 000 kr"
_BARE_FIGURE = re.compile(rf"[ \t]*(?P<num>{NUMBER})(?:[ \t]*(?P<unit>{UNIT}))?[ \t]*", re.I)
_STACKED_LABEL = re.compile(r"[ \t]*(?P<label>[^:\n\d]{3,40}):[ \t]*")
STACKED_LEAST = 1000  # kronor: less, with no unit, is a count ("Planerat antal deltagare:" / "320")


def _stacked_fields(ctx: Context, taken: Covered, lines: list) -> None:
    """"Total projektbudget:" / "35 444 089", "Beviljat ESF-stöd:" / "19 122 595": a label
    that names money over its figure alone on the next line, kronor unless a unit follows."""
    for (s, _, line), (vs, ve, value) in zip(lines, lines[1:], strict=False):
        label, m = _STACKED_LABEL.fullmatch(line), _BARE_FIGURE.fullmatch(value)
        if not label or not m or _cfg()["not_money"].search(label.group("label")) \
                or not (_cfg()["money"].search(label.group("label"))
                        or _cfg()["money_columns"].search(label.group("label"))):
            continue
        amount = to_kronor(m.group("num"), m.group("unit") or "kr")
        if amount is None or (not m.group("unit") and amount < STACKED_LEAST):
            continue
        label_text = label.group("label").strip()
        _add(ctx, taken, s, vs, ve, m, label_text, whole_period(ctx, label_text)
             or default_period(ctx, s), None, False)


def _year_block(ctx: Context, taken: Covered, lines: list, fields: dict, above: str) -> None:
    """"Kostnadsslag: Personal" / "År 2016: 1 864 000" / ... / "Totalt: ...": each field
    under the nearest line above it that is no field, its label."""
    cfg = _cfg()
    label, block = "", []
    groups: list[tuple[str, list]] = []
    for s, e, line in lines:
        if s in fields:
            block.append((s, e, fields[s]))
            continue
        if block:
            groups.append((label, block))
        label, block = _label(line), []
    groups.append((label, block))
    # the figures are money only where the section or the label says so ("BUDGET –
    # KOSTNADER (kr)", "Summa kostnader"), not participants counted a year each
    head = "\n".join(line for _, _, line in lines if line and not _FIELD.fullmatch(line))
    words = _section_title(above) + "\n" + head
    unit = unit_in(words)
    if not cfg["money"].search(words) or cfg["not_money"].search(head):
        return
    for label, block in groups:
        keys = [(s, e, m, cfg["year_key"].fullmatch(m.group("key").strip())) for s, e, m in block]
        span = sorted(int(y.group("year")) for *_, y in keys if y)
        if len(span) < YEAR_FIELDS or not label:
            continue
        for s, e, m, year in keys:
            if year:
                period = year.group("year")
            elif cfg["total"].match(m.group("key").strip()):
                period = f"{span[0]}-{span[-1]}" if span[0] != span[-1] else str(span[0])
            else:
                continue
            _add(ctx, taken, s, s, e, m, label, period, unit,
                 bool(cfg["total"].match(label)) or not year)


def _payer_block(ctx: Context, taken: Covered, lines: list, fields: dict, above: str) -> None:
    """"Finansiär: X" / "Typ: ..." / "Belopp: 693 000": who pays, and how much (under the
    section's title, perhaps on the line above: "FINANSIERING (kr, hela projektperioden)")."""
    first = next((k for k, (s, _, line) in enumerate(lines)
                  if s not in fields and _names(line)), None)
    amounts = [(s, e, fields[s]) for s, e, _ in lines if s in fields
               and fields[s].group("key").strip().lower() in _cfg()["amount_keys"]]
    if first is None or first > 1 or len(amounts) != 1 or amounts[0][0] < lines[first][0]:
        return
    s, e, m = amounts[0]
    words = _section_title(above) + "\n" + "\n".join(line for _, _, line in lines[:first])
    if not _cfg()["money"].search(words + "\n" + m.group("key")):
        return
    # (the section's title over blocks like this one says whose period)
    period = whole_period(ctx, words) or default_period(ctx, s)
    named = _LABEL_FIELD.fullmatch(lines[first][2])
    _add(ctx, taken, lines[first][0], s, e, m, named.group("value"), period, unit_in(words),
         False)


def _section_title(above: str) -> str:
    """The title of the section a block stands in: the nearest line above that is no field
    ("BUDGET – KOSTNADER (kr)" over "Kostnadsslag: ..." blocks)."""
    for line in reversed(above.split("\n")):
        if line.strip() and not _FIELD.fullmatch(line) and not _LABEL_FIELD.fullmatch(line):
            return line
    return ""


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
         label: str, period: str, unit: str | None, is_total: bool) -> None:
    """A budget line over `start` (its block's first line, or the field's own) to the end of
    the amount's line, `line_start`; the field's unit, else the section's."""
    unit = m.group("unit") or unit or "kr"
    amount = to_kronor(m.group("num"), unit)
    span = ctx.span(start, end)
    if amount is None or span is None or taken.overlaps(line_start + m.start("num"), end):
        return
    taken.add(start, end)
    ctx.extraction.budget_lines.append(BudgetLine(
        **span, table_id="", label=label, period=period, amount_sek=amount,
        source_unit=unit.lower(), is_total=is_total))
