"""A goal's figure set against the figure a report gives for the same thing, where the
report's words claim nothing: "Minst 90 deltagare ska ha påbörjat insats" / "Utfall: 104
deltagare påbörjade insats" is reached; "Minst 35 procent ... ska gå vidare till arbete eller
studier" / "... sammanlagt 52 personer eller 29 procent" is not; "Förbundet ska genomföra
minst fyra kompetenshöjande aktiviteter" / "Sammantaget genomfördes tre kompetenshöjande
aktiviteter" is not. Words come first: what the lines under a goal claim, or an indicator
table right under it. The figure is looked for under the goal (its own remark, the lines that
follow it), then in the later sentences of a results section that share the goal's words;
only in reports of a whole period, and never where the report says the outcome is not known
or where a goal stands ("Läge:", "Prognos:")."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from ..records import Goal
from .context import Context, alternation, cues, numbers
from .forms import chosen
from .outcomes import NOT_REPORTED, classify, find_legend, row_status, says_unknown
from .sentences import sentence_spans
from .structure import Block, Table

STEM = 5  # letters that make two forms one word ("samverkan" / "samverkansgrupperna": no)
REACH = 8000  # characters after a goal where its figure may be reported
UNDER_GOAL = 300  # characters right under a goal where its "Utfall: ..." stands
UNDER_SENTENCES = 2  # sentences right under a goal that may say what became of it
MIN_SHARED = 2  # words a later sentence shares with the goal (besides the unit) to report on it


@cache
def _common() -> frozenset[str]:
    return frozenset(cues()["goals"]["follow_up_common"])


def stems(text: str) -> set[str]:
    """The text's longer words, cut to their first letters."""
    return {w[:STEM] for w in re.findall(r"[a-zåäöé]{4,}", text.lower()) if w not in _common()}


@dataclass
class Figure:
    value: float
    percent: bool
    unit: str  # the words after the figure ("deltagare", "kompetenshöjande aktiviteter"), "" for a percentage


@dataclass
class Target(Figure):
    at_most: bool  # "högst 20 %", "färre än", "inte mer än"


@cache
def _figure() -> re.Pattern:
    c = cues()["goals"]
    words = alternation(numbers()["words"])
    directions = "|".join(sorted((r"\s+".join(map(re.escape, d.split()))
                                  for d in [*c["figure_at_least"], *c["figure_at_most"]]),
                                 key=len, reverse=True))
    return re.compile(
        rf"(?P<dir>(?:{directions})\s+)?"
        rf"(?<![\d,.\w])(?P<n>\d{{1,3}}(?:[ \u00a0]\d{{3}})*(?:,\d+)?|(?:{words})(?![\wåäö]))\s*"
        r"(?P<unit>%|procent(?![\wåäö])|[a-zåäöé][\wåäöé-]*(?:\s+[a-zåäöé][\wåäöé-]*)?)", re.I)


@cache
def _at_most() -> frozenset[str]:
    return frozenset(cues()["goals"]["figure_at_most"])


@cache
def _not_counted() -> frozenset[str]:
    return frozenset(cues()["goals"]["figure_not_counted"])


def _figures(text: str) -> list[tuple[Figure, str]]:
    """The figures of a text with their direction word ("minst", "högst", "" for none)."""
    out = []
    words = numbers()["words"]
    for m in _figure().finditer(text):
        n = m.group("n")
        try:
            value = float(words[n.lower()]) if n.lower() in words else \
                float(n.replace(" ", "").replace("\u00a0", "").replace(",", "."))
        except (KeyError, ValueError):
            continue
        unit = m.group("unit").lower()
        percent = unit in ("%", "procent")
        if not percent and (unit.split()[0] in _not_counted() or re.match(r"(?:19|20)\d\d$", n)):
            continue  # a year, a sum of money or a span of time is no count of the thing
        out.append((Figure(value, percent, "" if percent else unit),
                    " ".join((m.group("dir") or "").lower().split())))
    return out


def target(goal_text: str) -> Target | None:
    """The goal's figure to reach ("Minst 40 procent ...", "högst 20 %", "25 ungdomar ska ..."):
    its first figure when the goal holds one."""
    found = _figures(goal_text)
    if not found:
        return None
    fig, direction = found[0]
    return Target(fig.value, fig.percent, fig.unit, direction in _at_most())


# the papers that report a whole period's figures (a plan sets figures; an interim report's
# are half-way, a decision's the grounds for it)
REPORTS = ("verksamhetsberattelse", "arsredovisning", "slutrapport")


def judge_by_figures(ctx: Context, doc) -> None:
    """Goals with no claim of their own, judged by the figure the report gives for them."""
    if ctx.document.doc_type not in REPORTS:
        return
    starts = sorted(g.char_start for g in ctx.extraction.goals)
    later = _Sentences(ctx.document.text)  # (read once for the document, when first asked)
    for goal in ctx.extraction.goals:
        if goal.outcome_status != NOT_REPORTED:
            continue
        nxt = next((s for s in starts if s > goal.char_start), len(ctx.document.text))
        end = _own_end(ctx.document.text, goal)
        table = _table_under(ctx, end, min(nxt, end + UNDER_GOAL))
        if table is not None:
            judge_by_row(ctx, doc, goal, table, table.rows[0])
            continue
        # (the lines under it may claim in words what became of it, a line on: "62 procent.
        # Målet är" / "delvis uppnått.")
        under = _under(ctx.document.text, end, min(nxt, end + UNDER_GOAL))
        words = ctx.document.text[under[0][0]:under[-1][1]] if under else ""
        line_end = ctx.document.text.find("\n", end)
        if says_unknown(ctx.document.text[goal.char_start:line_end if line_end >= 0 else None]
                        + " " + words):
            continue  # ("Ej bedömt", "Vår bedömning: Går inte att bedöma"): it claims so
        # (not a form's choices or a legend: "☐ Uppnått ☐ Delvis uppnått ☒ Ej uppnått")
        said = classify(doc.char_span(under[0][0], under[-1][1], alignment_mode="expand")) \
            if under and len(find_legend(words)) < 2 \
            and not any(chosen(line) is not None for line in words.split("\n")) else None
        if said:
            goal.outcome_status, goal.outcome_text = said, " ".join(words.split())
            continue
        want = target(goal.text)
        got = _reported(ctx, goal, want, under, end, later) if want is not None else None
        if got is not None:
            figure, sentence = got
            goal.outcome_status = "achieved" if _reached(figure, want) else "not_achieved"
            goal.outcome_text = goal.outcome_text or sentence


def _reached(figure: Figure, want: Target) -> bool:
    return figure.value <= want.value if want.at_most else figure.value >= want.value


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _under(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The first sentences under a goal, before the next goal and the next blank line (a
    new paragraph or section tells of other things)."""
    blank = _BLANK_LINE.search(text, start, end)
    end = blank.start() if blank else end
    return [(s, e) for s, e in sentence_spans(text, start, end) if text[s:e].strip()][:UNDER_SENTENCES]


def _own_end(text: str, goal: Goal) -> int:
    """Where the goal's own words end in the text (its record's span may hold its remark)."""
    words = goal.text.split()[-3:]
    m = re.compile(r"\s+".join(map(re.escape, words))).search(text, goal.char_start, goal.char_end) \
        if words else None
    return m.end() if m else goal.char_end


class _Sentences:
    """The document's sentences with their stems, split once and only when first asked."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._spans: list[tuple[int, int, set[str]]] | None = None

    def after(self, pos: int, reach: int) -> list[tuple[int, int, set[str]]]:
        if self._spans is None:
            self._spans = [(s, e, stems(self.text[s:e]))
                           for s, e in sentence_spans(self.text, 0, len(self.text))]
        first = bisect_left(self._spans, pos, key=lambda x: x[0])
        return [x for x in self._spans[first:] if x[0] < pos + reach]


def _reported(ctx: Context, goal: Goal, want: Target, under: list[tuple[int, int]], end: int,
              later: _Sentences) -> tuple[Figure, str] | None:
    """The figure reported for the goal, with the sentence that gives it: of the same kind
    (a percentage for a percentage, a count of the same thing for a count), in the goal's
    remark or the lines under it, else in the later sentence of a results section that shares
    most of its words."""
    text = ctx.document.text
    own = stems(goal.text) - stems(want.unit)
    label = _LABEL_AFTER.match(text, end)
    if label and not _RESULT_LABEL.match(label.group("label")):
        # "Läge: 2 av 7 (29 %)", "Prognos: ...": where it stands, not how it went (and the
        # report says no more of it elsewhere)
        return None
    if goal.outcome_text:
        # what is said of it is all there is ("– Ej bedömt. Enkäten görs i november.")
        fig = _same_kind(goal.outcome_text, want)
        return (fig, goal.outcome_text) if fig is not None else None
    for s, e in under:
        label = _ANY_LABEL.match(text, s)
        if label and not _RESULT_LABEL.match(text, s):
            return None  # (as above, a line further down)
        fig = _same_kind(text[s:e], want)
        if fig is not None and (own & stems(text[s:e]) or label):
            return fig, " ".join(text[s:e].split())
    best: tuple[int, int, int] | None = None
    for s, e, words in later.after(end, REACH):
        shared = len(own & words)
        if shared < MIN_SHARED or _same_kind(text[s:e], want) is None:
            continue
        if target(text[s:e]) is not None and _MODAL.search(text, s, e):
            continue  # another goal stated further down ("Minst 40 procent ska ...")
        # (in a section of results: "Resultat", "Uppföljning"; a sentence may open with its
        # section's title)
        section = ctx.section_over(e)
        if section is not None and ctx.says(section, "outcome") \
                and (best is None or shared > best[0]):
            best = (shared, s, e)
    if best is None:
        return None
    _, s, e = best
    return _same_kind(text[s:e], want), " ".join(text[s:e].split())


def _table_under(ctx: Context, start: int, end: int) -> Table | None:
    """A table right under a goal, before the next goal, that sets a target value against
    an outcome ("Indikator | Målvärde | Utfall 2019 | Kommentar")."""
    for table in ctx.structure.tables:
        top = table.header.start if table.header is not None else table.rows[0].start
        if start <= top < end and table.columns("target") and table.columns("outcome") \
                and not table.columns("goal") and not table.columns("subgoal"):
            return table  # (a table of goals of its own under a goal judges its own goals)
    return None


def judge_by_row(ctx: Context, doc, goal: Goal, table: Table, row: Block) -> None:
    """The goal's status from its row of a table (the first row of a table under it, or the
    row a results table gives its number): what its status or comment cells claim, else, in
    a report, its outcome's figure against its target's ("85 %" / "91 %")."""
    if ctx.document.doc_type not in REPORTS or not table.columns("target") \
            or not table.columns("outcome"):
        return
    if says_unknown(" ".join(c[2] for c in row.cells)):
        return  # ("n.b.", "Ej bedömt" in its row: the report says it is not known)
    status, words = row_status(doc, [table.cell(row, c) for c in table.columns("status")],
                               [c for i in table.columns("comment") if (c := table.cell(row, i))],
                               ctx.legend)
    if status is None:
        aim = table.cell(row, table.columns("target")[0])
        got = table.cell(row, table.columns("outcome")[0])
        want = target(aim[2]) if aim else None
        fig = _same_kind(got[2], want, counted=False) if got and want else None
        if fig is None:
            return
        status, words = "achieved" if _reached(fig, want) else "not_achieved", words or got[2].strip()
    goal.outcome_status, goal.outcome_text = status, words


_LABEL_AFTER = re.compile(r"[.;]?\s*(?P<label>[A-ZÅÄÖ][\wåäö]*(?:[ \t][\wåäö]+){0,2}[ \t]*:)")
_ANY_LABEL = re.compile(r"\s*[A-ZÅÄÖ][\wåäö]*(?:[ \t][\wåäö]+){0,2}[ \t]*:")
_RESULT_LABEL = re.compile(r"\s*(?:utfall|resultat|uppföljning)[^:\n]{0,20}:", re.I)
_MODAL = re.compile(r"\b(?:ska|skall|skulle)\b", re.I)


def _same_kind(text: str, want: Target, counted: bool = True) -> Figure | None:
    """The text's figure of the target's kind, when it gives one and no direction word makes
    it another target ("minst 140" in a table's row is the goal again). A table's cell
    (`counted` false) gives its figure bare, its column saying what is counted."""
    if not counted:
        m = _BARE.match(text.strip())
        if m and ("%" in text) == want.percent:
            return Figure(float(m.group(1).replace(" ", "").replace(",", ".")), want.percent, "")
        return None
    for fig, direction in _figures(text):
        if direction or fig.percent != want.percent:
            continue
        # (people counted under one name or another: "163 personer" for "150 deltagare")
        if fig.percent or stems(fig.unit) & stems(want.unit) \
                or {fig.unit.split()[0], want.unit.split()[0]} <= _people():
            return fig
    return None


_BARE = re.compile(r"^(?:ca\.?\s+)?(\d{1,3}(?: \d{3})*(?:,\d+)?)\s*(?:%|st|procent)?$")


@cache
def _people() -> frozenset[str]:
    return frozenset(cues()["goals"]["counted_people"])
