"""Planned activities and the outcome the same document reports for them.

A report usually follows its plan: numbered plan items come back as numbered outcome
paragraphs, or as headings that paraphrase them ("Frukostmöten för samtliga handläggare" ->
"Frukostmöte"). Items are linked to outcome sections by number when both are numbered, else
by an order-preserving alignment on lemma overlap and fuzzy similarity.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from ..records import Activity
from ..resources import load_toml
from ..vocabulary import is_first_name, is_infinitive
from .context import Context, Covered, alternation, cues, numbers
from .forms import box_state
from .month_plans import month_activities
from .outcomes import (
    BRACKETED,
    NOT_REPORTED,
    OUTCOME_LABEL,
    PLAN_TYPES,
    REPORT_TYPES,
    STATUS_LABELS,
    answer_marks,
    cell_status,
    classify,
    default_status,
    find_legend,
    own_end,
    row_status,
    split_remark,
)
from .sentences import ARROW, LABEL_LINE, SENTENCE_END, line_spans, sentence_spans
from .statements import statements
from .structure import Block, Table, announces, opens_with_status, planned_list, title_depth
from .text_tables import ROW_MARKER, column_role, time_cell

LINK_THRESHOLD = 60
REMARK_WORDS = 60  # a paragraph this short under a follow-up's item is the item's remark
GAP_THRESHOLD = 30
STRONG_MATCH = 85  # a unit between two linked ones needs less, but not nothing


@dataclass
class Unit:
    """An outcome section: a heading (or a short paragraph standing as one) and its body."""

    block: Block
    body_start: int
    body_end: int
    label: tuple[int, int] | None = None  # "Informationsträffar:" opening a paragraph
    paragraph: bool = False  # one of the paragraphs under a bare "Utfall" heading


def extract_activities(ctx: Context, doc) -> None:
    blocks = ctx.structure.blocks
    _labelled_activities(ctx, doc)
    plans: list[tuple[int, list[int], str, bool]] = []  # ..., whether it is a follow-up
    titled_plans: list[int] = []  # a plan's headings with neither items nor parts under them
    for i, b in enumerate(blocks):
        planned = b.kind in ("para", "heading") \
            and (_statement_cues()["plan_lead"].search(b.text[-PLAN_LEAD_END:])
                 or (_statement_cues()["plan_lead_open"].search(b.text[-PLAN_LEAD_END:])
                     and _items_below(ctx, i)))
        # a numbered point whose sub-titles follow it ("5. Planerade aktiviteter" / "År 1")
        # (or over a bulleted list: "1. Uppföljning av förra mötets att göra-lista" / "- ...")
        titled = b.is_heading or (b.kind == "item" and b.number is not None
                                  and i + 1 < len(blocks) and (blocks[i + 1].is_heading or (
                                      blocks[i + 1].kind == "item"
                                      and blocks[i + 1].number is None)))
        titled = titled and not _reader_title(ctx, i)
        if (titled and ctx.says(b, "activity") and not ctx.says(b, "outcome")) \
                or (planned and ctx.structure.items_after(i, stop=ctx.opens_section)):
            # (or a lead that says what will be done: "Under 2025 kommer förbundet att:")
            items = ctx.structure.items_after(i, stop=ctx.opens_section)
            if items and not blocks[items[0]].marker \
                    and _statement_cues()["plan_part"].match(blocks[items[0]].text.lstrip()):
                items = []  # "FAS 1 – UPPSTART" over its lines is a part, no list's line
            elif items and titled and any(
                    blocks[k].is_heading and _statement_cues()["plan_part"].search(blocks[k].text)
                    for k in range(i + 1, items[0])):
                items = []  # ("5. Aktiviteter per år" / text / "5.1 År 2023" / items): parts
            subs = _sub_plans(ctx, i) if titled and not items else []
            fielded = _fielded_items(ctx, i) if not items and not subs else []
            if items and _dash_paragraphs(ctx, items):
                titled_plans.append(i)  # (read by _remarked_paragraphs, figures and all)
            elif items or fielded:
                plans.append((i, items or fielded, b.text.strip().rstrip(":"), False))
            elif not subs:
                titled_plans.append(i)
            # "Arbetspaket 1 – Kartläggning" / "År 2 (2013/2014)": the plan's parts, each a
            # title over its own items
            plans.extend((k, sub, blocks[k].text.strip().rstrip(":"), False) for k, sub in subs)
        elif planned and (b.is_heading or b.text.rstrip().endswith(":")):
            # "I verksamhetsplanen lovade vi att:" over paragraphs, one activity each with
            # what became of it after a dash
            titled_plans.append(i)
        elif titled and ctx.says(b, "activity"):
            # "Uppföljning per aktivitet": the plan's items again, each with its own
            # "Status: ..." line; read as a plan when most items carry one
            items = ctx.structure.items_after(i, stop=ctx.opens_section)
            # (or says it in its own words: "Peter: ta fram siffror ... -> KLART")
            labelled = [k for k in items if (k + 1 < len(blocks) and blocks[k + 1].kind == "para"
                        and (OUTCOME_LABEL.match(blocks[k + 1].text)
                             or len(blocks[k + 1].text.split()) <= REMARK_WORDS))
                        or split_remark(doc, ctx.document.text, blocks[k].start,
                                        blocks[k].end).status is not None]
            # (lines whose markers were lost say, each, what became of them: not "Uppföljningen
            # har tagits fram av LSG ..." / "Läsanvisning" under the report's title)
            lost = items and blocks[items[0]].kind != "item" and not all(
                split_remark(doc, ctx.document.text, blocks[k].start, blocks[k].end).status
                for k in items)
            if items and 2 * len(labelled) >= len(items) and not lost:
                plans.append((i, items, b.text.strip().rstrip(":"), True))
            elif not items:
                _titles_told(ctx, i)
    plans.extend(_checklists(ctx, plans))
    _activity_columns(ctx, doc)
    seen = {a.text for a in ctx.extraction.activities}
    told: set[int] = set()  # the blocks that told what became of a plan's items
    # (what became of a plan's items is told before the next plan begins, or after its last
    # part where parts follow one another, "Aktiviteter för unga:" / "... för vuxna:": linking
    # within that window keeps a long document's cost linear in its length)
    starts = sorted(i for i, *_ in plans)
    part_end = {i: items[-1] for i, items, *_ in plans}

    def window_end(last: int) -> int:
        j = bisect_right(starts, last)
        while j < len(starts) and starts[j] == last + 1:
            last = max(last, part_end[starts[j]])
            j = bisect_right(starts, last)
        return starts[j] if j < len(starts) else len(blocks)

    for _, items, section, follow_up in plans:
        last = items[-1]
        while last + 1 < len(blocks) and blocks[last + 1].kind == "para" \
                and OUTCOME_LABEL.match(blocks[last + 1].text):
            last += 1
        # a plan's follow-up of last year's items reports, though the plan reports nothing else
        reports = follow_up or _reports_outcomes(ctx, blocks, last)
        # a list whose items carry their own remarks between them says what became of each
        # there: the text after it tells of other things
        remarked = any(items[n + 1] > k + 1 and blocks[k + 1].kind == "para"
                       for n, k in enumerate(items[:-1]))
        stop = window_end(last)
        units = _outcome_units(blocks, last, stop, ctx) if reports and not remarked else []
        links = _link(ctx, doc, [blocks[k] for k in items], units)
        for n, k in enumerate(items):
            unit = units[links[n]] if n in links else None
            nxt = blocks[k + 1] if k + 1 < len(blocks) else None
            if nxt is not None and nxt.kind == "para" and OUTCOME_LABEL.match(nxt.text):
                unit = Unit(nxt, nxt.start, nxt.end, (nxt.start, nxt.start + nxt.text.index(":")))
            elif nxt is not None and nxt.kind == "para" and n + 1 < len(items) \
                    and items[n + 1] > k + 1 and reports:
                # a report's remark between two items of its list: what became of the first
                unit = Unit(nxt, nxt.start, blocks[items[n + 1] - 1].end, paragraph=True)
            elif nxt is not None and nxt.kind == "para" and n + 1 == len(items) and n \
                    and reports and len(nxt.text.split()) <= REMARK_WORDS \
                    and (items[n - 1] + 2 == k or remarked):
                # the last item's remark, where the item above, or items above, had one
                unit = Unit(nxt, nxt.start, nxt.end, paragraph=True)
            if unit is not None:
                told.add(unit.block.start)
            act = _activity(ctx, doc, blocks[k], section, unit)
            if act and act.text not in seen:  # a follow-up list repeats the plan's items
                seen.add(act.text)
                ctx.extraction.activities.append(act)
    for i in titled_plans:
        if not _titles_under(ctx, doc, i, told):
            _activity_statements(ctx, doc, i, blocks[i].text.strip().rstrip(":"))
    _prose_activities(ctx, doc)
    _means_of_goals(ctx, doc)
    month_activities(ctx, Covered(len(ctx.document.text), (
        (r.char_start, r.char_end) for r in (*ctx.extraction.goals, *ctx.extraction.activities))))


MEANS_WORDS = 3  # words at least of a means read as an activity


def _means_of_goals(ctx: Context, doc) -> None:
    """How each goal shall be reached, said inside its paragraph ("Andelen ... ska minska,
    genom att LSG bildar ett ungdomsteam ... och genom att varje ung person erbjuds en
    kartläggning"): each means one activity, up to the next means or the clause's end."""
    if ctx.document.doc_type in REPORT_TYPES:
        return  # (a report restating its goals with their means reports what was done elsewhere)
    text, cfg = ctx.document.text, _statement_cues()
    taken = Covered(len(text), ((a.char_start, a.char_end) for a in ctx.extraction.activities))
    for g in ctx.extraction.goals:
        k = ctx.structure.index_at(g.char_start)
        if k < 0:
            continue
        block = ctx.structure.blocks[k]
        for m in cfg["goal_means"].finditer(text, block.start, block.end):
            end = cfg["goal_means_end"].search(text, m.end(), block.end)
            e = end.start() if end else block.end
            if len(text[m.end():e].split()) < MEANS_WORDS or taken.overlaps(m.end(), e):
                continue
            span = ctx.span(m.end(), e)
            if span:
                taken.add(span["char_start"], span["char_end"])
                ctx.extraction.activities.append(Activity(
                    **span, section=g.section or "Mål", text=" ".join(span["evidence"].split())))


def _labelled_activities(ctx: Context, doc) -> None:
    """Paragraphs that open with an activity's label: its first sentence the activity, the
    rest of the paragraph, or an "Utfall: ..." paragraph under it, what became of it."""
    text, blocks = ctx.document.text, ctx.structure.blocks
    for k, b in enumerate(blocks):
        m = _statement_cues()["labelled"].match(b.text) if b.kind in ("para", "heading") else None
        if m is None:
            continue
        s, e = next((se for se in _sentences(text, b) if se[1] > b.start + m.end()),
                    (b.start + m.end(), b.end))
        span = ctx.span(max(s, b.start + m.end()), e)
        if not span:
            continue
        act = Activity(**span, section=_section_of(ctx, k), text=span["evidence"])
        # what became of it: the rest of its paragraph, with an "Utfall: ..." paragraph under
        # it; or a card's field after its others ("Ansvarig: ...", "När: ...", "Resultat: ...")
        told_start, told_end = e, b.end
        for n, x in enumerate(blocks[k + 1:k + 1 + FIELD_PARAS]):
            if x.kind != "para" or not LABEL_LINE.match(x.text):
                break
            if label := OUTCOME_LABEL.match(x.text):
                told_start, told_end = (e if n == 0 else x.start + label.end()), x.end
                break
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if not text[told_start:told_end].strip(" .") and nxt is not None and nxt.kind == "para" \
                and opens_with_status(nxt.text):
            told_start, told_end = nxt.start, nxt.end  # "Aktivitet 4. X." / "Genomförd, ..."
        if told_end > told_start:
            _report(act, doc, ctx, told_start, told_end)
        ctx.extraction.activities.append(act)


FIELDED_ITEM_LINES = 3  # lines at most of an activity over its fields


def _fielded_items(ctx: Context, i: int) -> list[int]:
    """A plan's activities without markers, each over a line of its fields ("Genomföra en
    extern utvärdering av Lotsen" / "Ansvar: förbundschef Tid: aug–nov" / "Införa ..."),
    under its title and perhaps a lead ("Förbundet ska under 2010 genomföra följande:")."""
    blocks = ctx.structure.blocks
    k = i + 1
    if k < len(blocks) and blocks[k].text.rstrip().endswith(":") and not _field_line(blocks[k]):
        k += 1
    items = []
    while k + 1 < len(blocks) and blocks[k].kind in ("para", "heading") \
            and blocks[k].lines <= FIELDED_ITEM_LINES and not _field_line(blocks[k]) \
            and _field_line(blocks[k + 1]):
        items.append(k)
        k += 2
    return items if len(items) >= 2 else []


_FIELD = re.compile(r"(?:^|\s)(?P<label>[A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+)?):(?:\s|$)")
_FIELD_ROLES = ("responsible", "timetable", "status", "amount")


def _field_line(b: Block) -> bool:
    """A line of a plan item's fields: "Ansvar: förbundschef Tid: aug–nov"."""
    labels = [m.group("label") for m in _FIELD.finditer(b.text)]
    return b.lines == 1 and bool(labels) and b.text.lstrip().startswith(labels[0]) \
        and all(column_role(w) in _FIELD_ROLES for w in labels)


def _checklists(ctx: Context, plans: list[tuple[int, list[int], str, bool]]
                ) -> list[tuple[int, list[int], str, bool]]:
    """Lists of check boxes, ticked or not, of things to do ("☑ Kartlägga hur många ..." /
    a remark / "☐ Genomföra en kampanj ..."), under whatever title, most of their items
    opening with a verb's infinitive (a form's ticked options name groups): a plan, followed
    up when a box is ticked."""
    blocks = ctx.structure.blocks
    taken = {k for _, items, *_ in plans for k in items}
    goals = Covered(len(ctx.document.text),
                    ((g.char_start, g.char_end) for g in ctx.extraction.goals))
    runs: list[list[int]] = []
    for k, b in enumerate(blocks):
        if b.kind != "item" or box_state(b.marker) is None or k in taken \
                or goals.overlaps(b.start, b.end):
            continue
        if runs and (runs[-1][-1] + 1 == k or ctx.structure.list_goes_on(runs[-1][-1],
                                                                         runs[-1][-1] + 1)):
            runs[-1].append(k)
        else:
            runs.append([k])
    out = []
    for run in runs:
        verbs = sum(1 for k in run if is_infinitive(_first_word(blocks[k].text)))
        if len(run) >= CHECKLIST_ITEMS and 2 * verbs >= len(run):
            # (followed up when a box is ticked; all empty in a plan, nothing is done yet)
            ticked = any(box_state(blocks[k].marker) for k in run)
            out.append((run[0], run, _section_of(ctx, run[0]), ticked))
    return out


CHECKLIST_ITEMS = 2  # boxes at least of a checklist
# (after a note in brackets: "(p) Ta fram en mall ...")
_FIRST_WORD = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?P<word>[^\W\d_]+)")


def _first_word(text: str) -> str:
    m = _FIRST_WORD.match(text)
    return m.group("word") if m else ""


def _section_of(ctx: Context, k: int) -> str:
    """The title of the section block k stands in."""
    blocks = ctx.structure.blocks
    over = ctx.section_over(blocks[k].start)
    return over.text.strip().rstrip(":") if over is not None else "Aktiviteter"


def _sub_plans(ctx: Context, i: int) -> list[tuple[int, list[int]]]:
    """The parts of a plan under its title: work packages, phases, years (`plan_part`), or
    titles numbered one level deeper ("2.3 Aktiviteter" / "2.3.1 Samverkansteamet")."""
    depth = title_depth(ctx.structure.blocks[i].text)

    def part(b: Block, _items: list[int]) -> bool:
        return bool(_statement_cues()["plan_part"].search(b.text)) \
            or (depth > 0 and title_depth(b.text) == depth + 1)

    return ctx.parts_under(i, own=lambda b: ctx.says(b, "activity"), part=part)


TITLES_TOLD = 12  # titles at most under a report's "Genomförda aktiviteter"
TITLE_WORDS = 12  # words at most of such a title


def _titles_told(ctx: Context, i: int) -> None:
    """A report's activities as short titles, each over a paragraph that opens by saying what
    became of it ("Genomförda aktiviteter" / "Extern utvärdering" / "Genomförd. Rapporten kom
    i mars."): two such at least, up to a title that opens another section."""
    blocks, text = ctx.structure.blocks, ctx.document.text
    found: list[tuple[int, int, int, int, str]] = []  # title's start, end, body's, status
    k = i + 1
    while k < len(blocks) and len(found) < TITLES_TOLD:
        b = blocks[k]
        nl = text.find("\n", b.start, b.end)
        if b.is_heading and not ctx.opens_section(b) and k + 1 < len(blocks) \
                and blocks[k + 1].kind == "para":
            ts, te, bs, be, step = b.start, b.end, blocks[k + 1].start, blocks[k + 1].end, 2
        elif b.kind == "para" and nl > 0 and not re.search(r"[.!?:;,]\s*$", text[b.start:nl]) \
                and len(text[b.start:nl].split()) <= TITLE_WORDS:
            # (a title a converter ran into its paragraph, a long line taken for a wrap)
            ts, te, bs, be, step = b.start, nl, nl + 1, b.end, 1
        else:
            break
        s, e = sentence_spans(text, bs, be)[0]
        status = cell_status(text[s:e])  # ("Genomförd.", "Delvis genomförd, se ...": it opens so)
        if not status:
            break
        found.append((ts, te, bs, be, status))
        k += step
    if len(found) < 2:
        return
    for ts, te, bs, be, status in found:
        span = ctx.span(ts, te)
        if span:
            ctx.extraction.activities.append(Activity(
                **span, section=blocks[i].flat, text=" ".join(text[ts:te].split()),
                outcome_status=status, outcome_text=" ".join(text[bs:be].split())[:600]))


def _activity_statements(ctx: Context, doc, i: int, section: str) -> None:
    """Activities stated as sentences under the plan's heading, each followed by what
    became of it ("Ta fram en behovsanalys. Behovsanalysen presenterades i juni."), or
    paragraphs that each name one and say how it went after a dash ("Utbildning i SIP för
    handläggare – genomförd 11 maj, 46 deltagare.": a list that lost its markers)."""
    text = ctx.document.text
    cfg = _statement_cues()
    if _remarked_paragraphs(ctx, doc, i, section):
        return

    def states(sentence: str) -> bool:
        if not 3 <= len(sentence.split()) <= 40:
            return False
        opening = " ".join(sentence.split()[:10])
        return bool(cfg["opener"].match(sentence) or cfg["verb"].search(opening)
                    or cfg["list"].search(sentence))

    for s, e, oe in statements(text, ctx.structure.blocks, i, states):
        for ps, pe in _coordinated_parts(text, s, e, cfg):
            span = ctx.span(ps, pe)
            if not span:
                continue
            item_text = _own_words(span["evidence"])
            planned = _quantity(item_text)
            act = Activity(**span, section=section, text=item_text,
                           planned_quantity=planned[0] if planned else None)
            if oe > e and _reported_at(ctx, e):  # a plan reports nothing (but its follow-up)
                outcome = " ".join(text[e:oe].split())
                act.outcome_text = outcome[:600]
                act.outcome_status = classify(doc.char_span(e, oe, alignment_mode="expand")) \
                    or default_status("activity", has_outcome_section=True)
                _compare_quantities(act, outcome)
            ctx.extraction.activities.append(act)


_DASH_REMARK = re.compile(r"[ \t]+[–—][ \t]+")
REMARKED_MIN = 2  # paragraphs of "name – remark" that make such a list
ITEM_WORDS = 20  # words an activity's own name has at most before its remark


def _remarked_paragraphs(ctx: Context, doc, i: int, section: str) -> bool:
    """Under the plan's heading, paragraphs of "activity – what became of it", each remark
    claiming a status: the activities, read when two or more are there."""
    text, blocks = ctx.document.text, ctx.structure.blocks
    found = []
    for b in blocks[i + 1:]:
        if b.kind != "para" or b.is_heading:
            break
        dash = _DASH_REMARK.search(text, b.start, b.end)
        if dash is None or len(text[b.start:dash.start()].split()) > ITEM_WORDS:
            break
        # the remark opens as a status cell does ("klar.", "delvis klar, ..."), or claims one
        status = cell_status(text[dash.end():b.end].split(".")[0]) \
            or classify(doc.char_span(dash.end(), b.end, alignment_mode="expand"))
        # (or one that opens with what was to be done and tells a figure to hold it to:
        # "Anordna fyra nätverksträffar – Vi hann med tre.")
        if status is None and not (is_infinitive(text[b.start:dash.start()].split()[0])
                                   and _quantity(text[b.start:dash.start()])):
            break
        found.append((b, dash, status))
    if len(found) < REMARKED_MIN:
        return False
    for b, dash, status in found:
        span = ctx.span(b.start, b.end)
        if span is None:
            continue
        outcome = " ".join(text[dash.end():b.end].split())
        act = Activity(**span, section=section, text=" ".join(text[b.start:dash.start()].split()),
                       outcome_status=status or NOT_REPORTED, outcome_text=outcome[:600])
        _compare_quantities(act, outcome)
        ctx.extraction.activities.append(act)
    return True


def _coordinated_parts(text: str, s: int, e: int, cfg: dict) -> list[tuple[int, int]]:
    """The activities of one sentence, without a relative clause that describes it: each
    counted object of "planerar en X, två Y och en Z" on its own, else the whole sentence."""
    rel = cfg["relative"].search(text, s, e)  # ", där arbetsterapeuten bedömer ...": no part
    e = rel.start() if rel else e
    lead = cfg["list"].search(text, s, e)
    if not lead:
        return [(s, e)]
    cuts = [m for m in cfg["list_part"].finditer(text, lead.end(), e)]
    bounds, start = [], lead.end()
    for m in cuts:
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, e))
    if any(_SHARED_COUNT.match(text, a) for a, _ in bounds[1:]):
        # "två informationsträffar, en i mars och en i maj": the parts of one count
        return [(s, e)]
    return bounds


_SHARED_COUNT = re.compile(r"(?:en|ett)\s+(?:i|på|under|efter|före|per|varje)\b", re.I)


def _dash_paragraphs(ctx: Context, items: list[int]) -> bool:
    """Whether a plan's lines are paragraphs without markers, each "activity – what became
    of it" ("Anordna fyra nätverksträffar – Vi hann med tre.")."""
    blocks, text = ctx.structure.blocks, ctx.document.text
    return len(items) >= REMARKED_MIN and all(
        blocks[k].kind == "para" and not blocks[k].marker
        and _DASH_REMARK.search(text, blocks[k].start, blocks[k].end) for k in items)


def _reader_title(ctx: Context, i: int) -> bool:
    """The paper's own title at its top, in its reader's words, over its subtitle ("Lättläst"
    / "Det här ska vi göra 2020" / "En sammanfattning av ..."): what the paper is, no plan's
    heading over the lines below it."""
    blocks = ctx.structure.blocks
    return i < TITLE_BLOCKS and all(b.lines == 1 for b in blocks[:i]) \
        and i + 1 < len(blocks) and blocks[i + 1].is_heading \
        and bool(_READER_WORDS.search(blocks[i].text))


_READER_WORDS = re.compile(r"\b(?:vi|du|dig)\b", re.I)


def _items_below(ctx: Context, i: int) -> bool:
    """Whether the block after a lead left open is a list item on a line of its own (not an
    item a flattened page runs on with: "Den ska ansvara för att - organisera ..."), in a
    paper that plans (not an agreement's terms) and not under a title of goals ("Övergripande
    mål" / "LSG ska under 2009 verka för att" / "- ...")."""
    blocks = ctx.structure.blocks
    if i + 1 >= len(blocks) or blocks[i + 1].kind != "item" \
            or ctx.document.doc_type == "other":
        return False
    heading = ctx.structure.heading_over(blocks[i].start)
    if heading is not None and ctx.says(heading, "goal"):
        return False
    return "\n" in ctx.document.text[blocks[i].end:blocks[i + 1].start]


PLAN_LEAD_END = 100  # characters at a paragraph's end where a plan's lead-in stands
BARE_STATUS_WORDS = 2  # words of a sentence that only says a status ("Delvis genomfört.")
PROSE_SENTENCES = 6  # sentences after a lead that may go on telling the plan
MODAL_WORDS = 5  # words before the modal in such a sentence ("Och slutligen ska")
INFINITIVE_REACH = 4  # words between a modal and its verb ("skulle förbundet under året anordna")
ADVERBIAL_WORDS = 8  # words of an adverbial between a coordination and its infinitive
_WORD = re.compile(r"[\wåäöÅÄÖé-]+")


def _prose_activities(ctx: Context, doc) -> None:
    """Activities a story says were planned, in a paragraph's sentences after (and in) one
    that names the plan or its activities: each infinitive after a modal ("Vi skulle ordna A,
    starta B och ge ut C"), each att-clause ("att styrelsen skulle göra B"); then the
    paragraphs after such a lead, or after a plan's heading in its own voice, one activity
    each with what became of it, or the numbered sub-sections under it. A sentence a goal
    was read from is left to the goal."""
    text = ctx.document.text
    cfg = _statement_cues()
    taken = Covered(len(text), ((r.char_start, r.char_end) for r in
                                (*ctx.extraction.goals, *ctx.extraction.activities)))
    blocks = ctx.structure.blocks
    _listed_after_copula(ctx, taken)
    for i, b in enumerate(blocks):
        if _numbered_title(b) and cfg["prose_heading"].search(b.text):
            _plan_told(ctx, doc, i, taken)  # "4. Vad förbundet kommer att göra under 2015"
            continue
        if _numbered_title(b) and cfg["commitments_heading"].search(b.text):
            _plan_told(ctx, doc, i, taken, every=True)  # "4. Parternas åtaganden 2019"
            continue
        if b.is_heading and cfg["plan_part"].match(b.text.lstrip()) and "\n" not in b.text:
            _part_told(ctx, doc, i, taken)  # "FAS 1 – UPPSTART (januari–mars 2011)"
            continue
        if b.is_heading:
            # a plan's heading over paragraphs that tell its activities ("Så här ska vi arbeta")
            if (ctx.says(b, "activity") or cfg["prose_heading"].search(b.text)) \
                    and not ctx.says(b, "outcome"):
                _paragraphs_after(ctx, doc, i, taken)
                if ctx.document.doc_type in PLAN_TYPES and not ctx.says(b, "target_group"):
                    # a plan tells what it will do in whole paragraphs ("Det här ska vi
                    # göra" / "Lotsen är ... Under 2019 kommer förbundet att ..."): every
                    # sentence that opens with its modal and verb, up to the next heading
                    _plan_told(ctx, doc, i, taken, to_heading=True)
            continue
        if b.kind != "para" or not cfg["prose_lead"].search(b.text):
            continue
        sentences = _sentences(text, b)
        lead = next((k for k, (s, e) in enumerate(sentences)
                     if cfg["prose_lead"].search(text, s, e)), None)
        if lead is None or (_NAMES_GOALS.search(text[slice(*sentences[lead])])
                            and not cfg["prose_modal"].search(text, *sentences[lead])) \
                or cfg["prose_lead_required"].search(text, *sentences[lead]):
            continue  # ("I projektplanen formulerades tre projektmål": a lead to goals)
        listed = len(ctx.extraction.activities)
        for k, (s, e) in enumerate(sentences[lead:lead + PROSE_SENTENCES], lead):
            start = _planned_start(text, s, e, cfg, opening_only=k > lead)
            if start is not None and not taken.overlaps(s, e):
                _add_planned(ctx, doc, start, e, None, taken)
        if ctx.document.doc_type not in PLAN_TYPES:
            _told_later(ctx, doc, ctx.extraction.activities[listed:], i)
        names_plan = bool(_NAMES_ACTIVITIES.search(b.text) and _NAMES_PLAN.search(b.text))
        if not _titles_after(ctx, doc, i, taken, titles=names_plan):
            _paragraphs_after(ctx, doc, i, taken)


SECTION_TITLE_WORDS = 10  # words at most of a numbered section's title


def _listed_after_copula(ctx: Context, taken: Covered) -> None:
    """The plan's activities listed after a copula ("Planerade aktiviteter enligt
    handlingsplanen var en handläggardag under våren, två frukostseminarier samt att LSG
    skulle besöka alla vårdcentraler"): each part of the list one."""
    text = ctx.document.text
    for m in planned_list().finditer(text):
        end_m = SENTENCE_END.search(text, m.end())
        end = end_m.start() if end_m else len(text)
        if taken.overlaps(m.start(), end):
            continue
        # (split at its commas, and its last part at its first "och"/"samt": "under våren,
        # två seminarier samt att LSG skulle besöka A och B")
        *parts, last = re.split(r",\s+", text[m.end():end])
        parts += re.split(r"\s+(?:och|samt)\s+", last, maxsplit=1) if parts else [last]
        pos = m.end()
        for part in parts:
            at = text.index(part, pos)
            pos = at + len(part)
            span = ctx.span(at, pos)
            if span and len(part.split()) >= 2:
                ctx.extraction.activities.append(Activity(
                    **span, section=_section_of(ctx, ctx.structure.index_at(at)),
                    text=" ".join(part.split())))
                taken.add(at, pos)


def _numbered_title(b: Block) -> bool:
    """A numbered section's title: "4. Vad förbundet kommer att göra under 2015"."""
    return b.number is not None and b.kind in ("item", "heading") and "\n" not in b.text \
        and len(b.text.split()) <= SECTION_TITLE_WORDS and not b.text.rstrip().endswith(".")


def _plan_told(ctx: Context, doc, i: int, taken: Covered, every: bool = False,
               to_heading: bool = False) -> None:
    """A plan's numbered section whose title says what will be done, told in paragraphs
    under topic titles of their own ("Kartläggning och behov" / "Under våren kommer
    förbundet att genomföra en kartläggning ..."): every sentence whose first words hold a
    modal and its verb is one activity, up to the next numbered section; in a section of
    commitments (`every`: "Försäkringskassan" / "Försäkringskassan informerar kommunens
    handläggare om ..."), every sentence; under a heading of its own (`to_heading`), where no
    list or table under it is the plan, up to the next heading, a sentence after the first
    of its paragraph only when an actor opens it (not one that goes on about a thing planned
    above: "Förstudien ska pröva ...")."""
    text, cfg = ctx.document.text, _statement_cues()
    if to_heading and _list_under(ctx.structure.blocks, i):
        return  # (its lead-in is no activity: "Under 2031 planerar förbundet att:" / "- ...")
    for b in ctx.structure.blocks[i + 1:]:
        if _numbered_title(b) or b.kind in ("row", "toc") \
                or (to_heading and b.is_heading) \
                or (b.is_heading and (ctx.says(b, "economy") or cfg["section_end"].match(b.text))):
            break  # (the next numbered section, the accounts or the signatures; a topic's
            # title inside the section, "Pågående insatser", goes on)
        if b.kind != "para" or b.is_heading:
            continue
        for k, (s, e) in enumerate(_sentences(text, b)):
            if to_heading and k and not _actor_opens(text, s, e, cfg):
                continue
            _add_whole(ctx, doc, s, e, taken,
                       planned=not every or text[s:e].rstrip().endswith(":"))


def _list_under(blocks: list[Block], i: int) -> bool:
    """Whether a list or a table stands under heading i before the next heading."""
    for b in blocks[i + 1:]:
        if b.is_heading:
            return False
        if b.kind in ("item", "row"):
            return True
    return False


ACTOR_WORDS = 6  # words of a sentence's opening that hold its actor


def _actor_opens(text: str, s: int, e: int, cfg: dict) -> bool:
    """Whether an actor opens a sentence ("Förbundet kommer också att ...", "Under 2019
    kommer förbundet att ..."): such a sentence plans anew, where one about a thing planned
    before it goes on about that ("Förstudien ska pröva ...", "Ett förslag ska lämnas ...")."""
    words = _WORD.findall(text, s, min(e, s + 120))[:ACTOR_WORDS]
    return any(w.lower() in cfg["actors"] for w in words)


def _part_told(ctx: Context, doc, i: int, taken: Covered) -> None:
    """A plan's part under its title ("FAS 1 – UPPSTART"), told in lines and paragraphs up
    to the next title: lines one under the other that each make a paragraph of their own are
    a list that lost its markers ("Rekrytering av projektledare." / "Upphandling av extern
    utvärderare."), each line's first sentence one activity; in the other paragraphs, each
    sentence whose first words hold a modal and its verb."""
    text, cfg = ctx.document.text, _statement_cues()
    body = []
    for b in ctx.structure.blocks[i + 1:]:
        if b.is_heading and b.text.rstrip().endswith(":"):
            continue  # a lead over the part's list ("Insatsen ska erbjuda:"), read as a list
        if b.is_heading or b.kind not in ("para", "item"):
            break
        body.append(b)
    if any(LABEL_LINE.match(b.text) for b in body):
        return  # fields under a title ("Steg 1 Gislaved" / "Ägare: ..."): an effort's card
    for k, b in enumerate(body):
        if b.kind != "para":
            continue
        lines = line_spans(text, b.start, b.end)
        if len(lines) > 1 and all(w.endswith((".", "!", "?")) for _, _, w in lines):
            for s, e, _ in lines:  # lines that each end a sentence: a list that lost its markers
                _add_whole(ctx, doc, *(sentence_spans(text, s, e) or [(s, e)])[0], taken)
            continue
        sentences = _sentences(text, b)
        if cfg["whole_plan"].match(b.text):
            break  # "Under hela projektperioden kommer projektet att ...": no part's own
        if b.lines == 1 and any(0 <= n < len(body) and body[n].kind == "para"
                                and body[n].lines == 1 and _adjacent(text, b, body[n])
                                for n in (k - 1, k + 1)):
            _add_whole(ctx, doc, *sentences[0], taken)
            continue
        for s, e in sentences:
            _add_whole(ctx, doc, s, e, taken, planned=True)


def _add_whole(ctx: Context, doc, s: int, e: int, taken: Covered, planned: bool = False) -> None:
    """The sentence text[s:e] as one activity (from its planned verb on, if `planned`, and
    only if it has one), unless a record holds it already."""
    start = _planned_start(ctx.document.text, s, e, _statement_cues(), opening_only=True) \
        if planned else s
    if start is not None and not taken.overlaps(s, e):
        _add_planned(ctx, doc, start, e, None, taken, whole=True)


def _adjacent(text: str, a: Block, b: Block) -> bool:
    """Whether two blocks stand on lines right after one another, no blank line between."""
    first, last = (a, b) if a.start < b.start else (b, a)
    return "\n\n" not in text[first.end:last.start]


TOLD_PARAGRAPHS = 3  # paragraphs after a story's plan where it tells what became of it
TOLD_WORD = 6  # letters of a word long enough to recognise an activity by


def _told_later(ctx: Context, doc, acts: list[Activity], i: int) -> None:
    """What a story says became of the activities its plan sentence listed ("Vi skulle
    ordna två utbildningsdagar, starta en arbetsgrupp ..." / "Det blev en utbildningsdag,
    inte två. ... Arbetsgruppen kom i gång i april."): for each, the first later sentence
    of its own paragraph or the next ones that shares one of its longer words, read for a
    status ("... samt erbjuda en utvecklingsdag. Konferensen genomfördes i oktober.")."""
    text, blocks = ctx.document.text, ctx.structure.blocks
    listed_end = max((a.char_end for a in acts), default=blocks[i].end)
    later = [(s, e) for s, e in _sentences(text, blocks[i]) if s >= listed_end]
    for b in blocks[i + 1:i + 1 + TOLD_PARAGRAPHS]:
        if b.kind != "para" or b.is_heading:
            break
        later.extend(_sentences(text, b))
    for act in acts:
        if act.outcome_text:
            continue
        # (its opening verb is no key: "genomföra" and "genomfördes" are said of them all;
        # a sentence that opens with one of its words tells of it before one that merely
        # shares a word: "erbjuda ... en utvecklingsdag" / "Utvecklingsdagen genomfördes ...")
        own = _WORD.findall(act.text)
        keys = _keys(w.lower() for w in own[is_infinitive(own[0].lower()) if own else 0:]
                     if len(w) >= TOLD_WORD)
        subject = [(s, e) for s, e in later
                   if keys & _keys(w.lower() for w in _WORD.findall(text, s, e)[:2])]
        for s, e in subject + later:
            words = [w.lower() for w in _WORD.findall(text, s, e) if len(w) >= TOLD_WORD]
            if keys & _keys(words):
                act.outcome_text = " ".join(text[s:e].split())[:600]
                act.outcome_status = classify(doc.char_span(s, e, alignment_mode="expand")) \
                    or default_status("activity", has_outcome_section=True)
                _compare_quantities(act, act.outcome_text)
                break


def _paragraphs_after(ctx: Context, doc, i: int, taken: Covered) -> None:
    """The paragraphs after a plan's lead, each opening with one planned activity and going
    on with what became of it ("Vi hade planerat att starta A. I april öppnade ...", "Den
    tredje aktiviteten var att pröva B. ..."), up to one that opens with none."""
    text, cfg = ctx.document.text, _statement_cues()
    blocks = ctx.structure.blocks
    for k, nxt in enumerate(blocks[i + 1:i + 1 + PROSE_PARAGRAPHS], i + 1):
        if nxt.kind != "para" or nxt.is_heading \
                or (k + 1 < len(blocks) and blocks[k + 1].kind == "item"
                    and not blocks[k + 1].is_heading):
            break  # (a lead-in over a list: the list's items are the plan's)
        s, e = _sentences(text, nxt)[0]
        ordinal = cfg["prose_ordinal"].match(text, s, e)
        start = ordinal.end() if ordinal else _planned_start(text, s, e, cfg, True)
        if ordinal and ordinal.group("appos"):
            # "Fjärde aktiviteten, att etablera ..., genomfördes delvis": to the last comma
            e = max(start + 1, text.rfind(", ", start, e)) if ", " in text[start:e] else e
        named = start is None and _named_then_told(doc, text, s, e, nxt.end)
        if named:
            start = s  # "Extern utvärdering. Utförd av FoU Södertörn, slutrapport i januari."
        if start is None or taken.overlaps(s, e):
            break
        _add_planned(ctx, doc, start, e, (e, nxt.end), taken, 2 if named else PLANNED_WORDS,
                     whole=bool(ordinal))  # (one counted activity: "Aktivitet 6 – Följa A och B")


NAMED_WORDS = 14  # words at most of an activity named in a sentence of its own
# the activities named as such ("huvudaktiviteter"; not "aktivitetsansvar", "aktivitetsersättning")
_COUNTS_ACTIVITIES = re.compile(r"(?<![\wåäö])[\wåäö]*aktivitet(?:er|erna)?(?![\wåäö])", re.I)


def _named_then_told(doc, text: str, s: int, e: int, end: int) -> bool:
    """Whether a paragraph names an activity in a short first sentence that claims nothing
    and tells what became of it in the rest ("Gruppverksamhet två förmiddagar i veckan.
    Genomfördes i Nacka.")."""
    if len(text[s:e].split()) > NAMED_WORDS or e >= end or not text[s:s + 1].isupper() \
            or _statement_cues()["named_not"].search(text, s, e) \
            or _COUNTS_ACTIVITIES.search(text, s, e):
        return False  # ("I ansökan beskrevs sex aktiviteter.": the lead that counts them)
    return classify(doc.char_span(s, e, alignment_mode="expand")) is None \
        and classify(doc.char_span(e, end, alignment_mode="expand")) is not None


_SECTION_NUMBER = re.compile(r"(\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=\S)")
_BARE_NUMBER = re.compile(r"(\d{1,2})\s+(?=[A-ZÅÄÖ])")


# a lead that names the plan and its activities, which follow ("Handlingsplanen innehöll sju
# aktiviteter")
_NAMES_PLAN = re.compile(r"(?<![\wåäö])[\wåäö]*plan(?:en|erna)?(?![\wåäö])", re.I)
_NAMES_ACTIVITIES = re.compile(r"(?<![\wåäö])aktivitet", re.I)


def _titles_after(ctx: Context, doc, i: int, taken: Covered, titles: bool = True) -> bool:
    """Under a lead that names the activities ("Nedan redovisas de aktiviteter som förbundet
    avser att genomföra"), the titles that follow it, each an activity and the text under it
    what became of it: numbered sub-sections of one depth ("4.1 Rekrytering av
    förbundschef", "4.2 ..."); or, two at least, numbered items or plain titles each over a
    paragraph of its own ("Starta Ungdomslotsen" / "Ungdomslotsen startade den 1 mars"),
    where `titles` allows those."""
    blocks = ctx.structure.blocks
    heads: list[tuple[int, int]] = []  # a title's block, where its words start
    form: int | str | None = None  # the depth of numbered sub-sections, "item" or "title"
    for k in range(i + 1, len(blocks)):
        b = blocks[k]
        over_paragraph = k + 1 < len(blocks) and blocks[k + 1].kind == "para" \
            and not blocks[k + 1].is_heading
        if titles and b.kind == "item" and b.number is not None and form in (None, "item") \
                and (heads or b.is_heading) and over_paragraph:
            form = "item"
            heads.append((k, b.start))
            continue
        # (after the first, a title that wrapped may stand as a paragraph of its own)
        bare = _BARE_NUMBER.match(b.text) if titles and (
            b.is_heading or (heads and form == "item" and b.kind == "para")) else None
        if bare and form in (None, "item") and over_paragraph \
                and int(bare.group(1)) == len(heads) + 1:
            # "1 Rekrytera projektledare" over what became of it: a number OCR or a typist
            # left without its stop, counting from one under the lead
            form = "item"
            heads.append((k, b.start + bare.end()))
            continue
        if not b.is_heading:
            if not heads:
                return False
            continue
        m = _SECTION_NUMBER.match(b.text)
        if m is not None and form in (None, m.group(1).count(".")) and not ctx.opens_section(b) \
                and not _statement_cues()["plan_part"].match(b.text[m.end():].lstrip()):
            # (not a part of the plan: "5.1 År 2023" is over that year's items)
            form = m.group(1).count(".")
            heads.append((k, b.start + m.end()))
        elif titles and m is None and b.kind == "heading" and form in (None, "title") \
                and over_paragraph and _plain_title(ctx, b):
            form = "title"
            heads.append((k, b.start))
        else:
            break
    if form in ("item", "title") and len(heads) < 2:
        return False
    if form == "title" and not _titles_plan(ctx, doc, heads):
        return False
    over = blocks[i] if blocks[i].is_heading else ctx.structure.heading_over(blocks[i].start)
    section = (over or blocks[i]).text.strip().rstrip(":")
    title_at = {k for k, _ in heads}
    for k, start in heads:
        b = blocks[k]
        span = ctx.span(start, b.end)
        if not span or taken.overlaps(span["char_start"], span["char_end"]):
            continue
        act = Activity(**span, section=section, text=span["evidence"])
        body_end = b.end  # up to the next title
        for j, x in enumerate(blocks[k + 1:k + 1 + PROSE_PARAGRAPHS], start=k + 1):
            if x.is_heading or j in title_at:
                break
            body_end = x.end
        _report(act, doc, ctx, b.end, body_end)
        taken.add(span["char_start"], span["char_end"])
        ctx.extraction.activities.append(act)
    return bool(heads)


TITLE_BLOCKS = 3  # blocks at a document's head that its title stands in
FIELD_PARAS = 4  # an activity card's fields before the one that tells what became of it
TITLES_LEAD_WORDS = 40  # words at most of a lead-in between a plan's heading and its titles


def _titles_under(ctx: Context, doc, i: int, told: set[int]) -> bool:
    """`_titles_after` a plan's heading, or after the lead paragraph under it, unless the
    titles are where a list above was followed up (their starts in `told`)."""
    blocks = ctx.structure.blocks
    lead = i + 1 if i + 2 < len(blocks) and blocks[i + 1].kind == "para" \
        and not blocks[i + 1].is_heading else i
    if (lead + 1 < len(blocks) and blocks[lead + 1].start in told) \
            or len(blocks[lead].text.split()) > TITLES_LEAD_WORDS:
        return False  # (a heading over a paragraph of its own, among titles like it)
    taken = Covered(len(ctx.document.text),
                    ((a.char_start, a.char_end) for a in ctx.extraction.activities))
    return _titles_after(ctx, doc, lead, taken)


def _titles_plan(ctx: Context, doc, heads: list[tuple[int, int]]) -> bool:
    """Whether plain titles name what was to be done: half of them open with an infinitive
    ("Starta Ungdomslotsen"), or, in a report, half the paragraphs under them say what
    became of it ("Länsgemensam konferens" / "... Aktiviteten är genomförd.")."""
    blocks = ctx.structure.blocks
    verbs = sum(is_infinitive(blocks[k].text.split()[0]) for k, _ in heads)
    if 2 * verbs >= len(heads):
        return True
    if not _reported_at(ctx, blocks[heads[0][0]].start):
        return False
    told = sum(classify(doc.char_span(blocks[k + 1].start, blocks[k + 1].end,
                                      alignment_mode="expand")) is not None
               or cell_status(blocks[k + 1].text.split(".")[0]) is not None for k, _ in heads)
    return 2 * told >= len(heads)


def _plain_title(ctx: Context, b: Block) -> bool:
    """An unnumbered title on one line that may name an activity: short, no lead-in, not a
    section of its own ("Ekonomi", "Målgrupper")."""
    title = b.text.strip()
    if "\n" in title or len(title.split()) > TITLE_WORDS or title.endswith(":") \
            or title_depth(title) != 0 or _statement_cues()["plan_part"].match(title):
        return False  # (nor a part of the plan: "FAS 1 – UPPSTART", "År 2")
    # ("Införa SUS-registrering i samtliga insatser" names a section's word, but does)
    return is_infinitive(title.split()[0]) or not ctx.opens_section(b)


# a lead sentence that names goals and no activities (nor what was to be done)
_NAMES_GOALS = re.compile(r"^(?!.*aktivitet).*(?<![\wåäö])[\wåäö]*mål(?:en|et)?(?![\wåäö])",
                          re.I | re.S)
PROSE_PARAGRAPHS = 8  # paragraphs after a plan's lead that may each tell one of its activities


def _sentences(text: str, b: Block) -> list[tuple[int, int]]:
    """The sentences of a paragraph, as (start, end) without their full stops."""
    return sentence_spans(text, b.start, b.end) or [(b.start, b.end)]


PLANNED_WORDS = 3  # words at least of an activity read from a sentence


def _add_planned(ctx: Context, doc, start: int, end: int, outcome: tuple[int, int] | None,
                 taken: Covered, min_words: int = PLANNED_WORDS, whole: bool = False) -> None:
    """The activities of a planned sentence from `start` (or the sentence as one, `whole`),
    each with the outcome the rest of its paragraph tells, in a report."""
    text = ctx.document.text
    parts = [(start, end)] if whole else _planned_parts(text, start, end, _statement_cues())
    for ps, pe in parts:
        span = ctx.span(ps, pe)
        if not span or len(span["evidence"].split()) < min_words:
            continue
        act = Activity(**span, section="Aktiviteter", text=" ".join(span["evidence"].split()))
        if outcome:
            _report(act, doc, ctx, *outcome)
        taken.add(span["char_start"], span["char_end"])
        ctx.extraction.activities.append(act)


def _report(act: Activity, doc, ctx: Context, start: int, end: int) -> None:
    """What became of an activity, told in text[start:end], in a report (a plan tells none
    but in its follow-up of the last plan)."""
    told = ctx.document.text[start:end].strip(" .\n")
    if told and _reported_at(ctx, start):
        act.outcome_text = " ".join(told.split())[:600]
        # (or a status cell's words: "Påbörjad, rapport klar i november.")
        act.outcome_status = classify(doc.char_span(start, end, alignment_mode="expand")) \
            or cell_status(told.split(".")[0]) \
            or default_status("activity", has_outcome_section=True)
        _compare_quantities(act, act.outcome_text)


def _reported_at(ctx: Context, pos: int) -> bool:
    """Whether the text at `pos` may report: anywhere in a report; in a plan, only in its
    follow-up of the last one ("Uppföljning av handlingsplan 2021")."""
    if ctx.document.doc_type not in PLAN_TYPES:
        return True
    section = ctx.section_over(pos)
    if section is not None and ctx.says(section, "outcome"):
        return True
    # a plan whose title says it is followed up ("Aktivitetsplan 2021 med uppföljning per
    # 2021-12-08", "Uppföljning av handlingsplan 2017") reports throughout
    return any(ctx.says(b, "outcome") for b in ctx.structure.blocks[:TITLE_BLOCKS])


def _planned_start(text: str, s: int, e: int, cfg: dict, opening_only: bool) -> int | None:
    """Where a sentence's first planned activity starts: the infinitive a few words after
    its modal verb, or the object of "planerar"; None when it has none (or, after the lead,
    when the modal is not among its first words)."""
    modal = cfg["prose_modal"].search(text, s, e)
    if modal is None or (opening_only and len(text[s:modal.start()].split()) > MODAL_WORDS) \
            or cfg["prose_not_before"].search(text[s:modal.start()]) \
            or cfg["prose_not_after"].match(text[modal.end():modal.end() + 30]):
        return None
    obj = cfg["prose_planned_object"].match(text, modal.start())
    if obj and not cfg["prose_lead"].search(text, obj.end(), e):
        return obj.end()  # "planerar vi en studieresa ..." (not "planerar vi ett antal aktiviteter")
    for n, w in enumerate(_WORD.finditer(text, modal.end(), e)):
        if n >= INFINITIVE_REACH:
            break
        if is_infinitive(w.group(0)) and w.group(0).lower() not in _number_words():
            if w.group(0).lower() in cfg["prose_not_verbs"] and not _counted_holding(text, w):
                return None
            return w.start()
        if opening_only and _passive_infinitive(w.group(0)) \
                and not announces().search(text, s, e):
            # "Den årliga samverkansdagen kommer att hållas i maj": what is planned (not
            # "Enligt planen skulle följande genomföras", a lead to what follows)
            return s
    return None


def _counted_holding(text: str, verb: re.Match) -> bool:
    """"ha sex möten": a verb that plans nothing of its own ("ska ha en plan") plans what it
    counts."""
    nxt = _WORD.match(text, verb.end() + 1)
    return verb.group(0).lower() == "ha" and nxt is not None \
        and (nxt.group(0).isdigit() or nxt.group(0).lower() in _number_words())


def _passive_infinitive(word: str) -> bool:
    """"hållas", "utvärderas": an infinitive's passive, whose subject is the thing planned."""
    return len(word) > 4 and word.endswith("s") and is_infinitive(word[:-1])


def _planned_parts(text: str, s: int, e: int, cfg: dict) -> list[tuple[int, int]]:
    """One activity per att-clause and per coordinated infinitive of a sentence."""
    rel = cfg["relative"].search(text, s, e)
    e = rel.start() if rel else e
    cuts = [(m.start(), m.end()) for m in cfg["prose_split_att"].finditer(text, s, e)]
    for m in cfg["prose_split_verb"].finditer(text, s, e):
        w = _WORD.match(text, m.end())
        if w is None or any(a <= m.start() < b for a, b in cuts):
            continue
        if is_infinitive(w.group(0)) and w.group(0).lower() not in _number_words():
            cuts.append((m.start(), m.end()))
        elif w.group(0).lower() in cfg["prose_split_adverbial"]:
            # ("..., samt i samarbete med övriga förbund arrangera ...": the part from its verb)
            clause = text[m.end():e].split(",")[0]
            verb = next((v for n, v in enumerate(_WORD.finditer(text, m.end(), m.end() + len(clause)))
                         if 0 < n <= ADVERBIAL_WORDS and is_infinitive(v.group(0))
                         and v.group(0).lower() not in _number_words()), None)
            if verb is not None:
                cuts.append((m.start(), verb.start()))
    parts, start = [], s
    for a, b in sorted(cuts):
        if a > start:
            parts.append((start, a))
        start = max(start, b)
    parts.append((start, e))
    return parts


@cache
def _statement_cues() -> dict:
    c = cues()["activities"]
    counts = alternation(_number_words())
    return {"plan_lead": re.compile(c["plan_lead"], re.I),
            "plan_lead_open": re.compile(c["plan_lead_open"], re.I),
            "prose_lead": re.compile(c["prose_lead"], re.I),
            "prose_lead_required": re.compile(c["prose_lead_required"], re.I),
            "prose_modal": re.compile(c["prose_modal"], re.I),
            "prose_heading": re.compile(c["prose_heading"], re.I),
            "actors": frozenset(c["actors"]),
            "commitments_heading": re.compile(c["commitments_heading"], re.I),
            "whole_plan": re.compile(c["whole_plan"], re.I),
            "section_end": re.compile(c["plan_section_end"], re.I),
            "goal_means": re.compile(c["goal_means"], re.I),
            "goal_means_end": re.compile(c["goal_means_end"], re.I),
            "timetable_heading": re.compile(c["timetable_heading"], re.I),
            "prose_ordinal": re.compile(c["prose_ordinal"].replace(
                "{ordinals}", alternation(numbers()["ordinals"])).replace(
                "{counts}", alternation(numbers()["words"])), re.I),
            "prose_planned_object": re.compile(c["prose_planned_object"], re.I),
            "labelled": re.compile(c["labelled"], re.I),
            "prose_split_att": re.compile(c["prose_split_att"]),
            "prose_not_verbs": frozenset(c["prose_not_verbs"]),
            "prose_not_before": re.compile(c["prose_not_before"], re.I),
            "prose_not_after": re.compile(c["prose_not_after"], re.I),
            "prose_split_verb": re.compile(c["prose_split_verb"]),
            "prose_split_adverbial": frozenset(c["prose_split_adverbial"]),
            "opener": re.compile(c["statement_opener"], re.I),
            "verb": re.compile(c["statement_verb"], re.I),
            "list": re.compile(c["statement_list"].replace("{counts}", counts), re.I),
            "list_part": re.compile(c["statement_list_part"].replace("{counts}", counts), re.I),
            "relative": re.compile(c["statement_relative"], re.I),
            "named_not": re.compile(c["named_not"], re.I),
            "plan_part": re.compile(c["plan_part"], re.I)}


def _activity_columns(ctx: Context, doc) -> None:
    """Activity plans as tables: the cells of an activity column, each with the status its
    row states (a plan's table states none: `not_reported`)."""
    for table in ctx.structure.tables:
        col = activity_column(table)
        if col is None:
            continue
        if table.header is None and not _timetable_titled(ctx, table):
            continue  # (dates beside what happens, with no timetable's title: a calendar)
        status_cols = table.columns("status")
        said = [i for i, r in enumerate(table.roles) if r in ("outcome", "comment")]
        # ("Klart?" over "✔" / "✘": marks that answer the column's question)
        asks = table.header is not None and any(
            table.header.cells[c][2].rstrip().endswith("?") for c in status_cols
            if c < len(table.header.cells))
        legend = {**answer_marks(), **ctx.legend} if asks else ctx.legend
        for row in table.rows:
            cell = table.cell(row, col)
            marker = ROW_MARKER.match(cell[2]) if cell else None
            if cell and marker:  # "a. Två gemensamma handläggarträffar": the row's letter
                cell = (cell[0] + marker.end(), cell[1], cell[2][marker.end():])
            span = ctx.span(cell[0], cell[1]) if cell else None
            if not span or len(cell[2].strip()) < 4:
                continue
            status, words = row_status(doc, [table.cell(row, c) for c in status_cols],
                                       [c for i in said if (c := table.cell(row, i))], legend)
            text = " ".join(cell[2].split())
            act = Activity(**span, section=table.section or "Aktivitet", text=text,
                           outcome_status=status or NOT_REPORTED, outcome_text=words)
            if words:
                _compare_quantities(act, words)
            ctx.extraction.activities.append(act)
        for later in _next_plan_columns(table, col):
            # "Aktiviteter 2024 | Utfall 2024 | Aktiviteter 2025": next year's plan beside
            # last year's outcome, nothing said yet of how it goes ("→ Fortsatt drift": the
            # arrow says it goes on)
            for row in table.rows:
                cell = table.cell(row, later)
                lead = ARROW.match(cell[2]) if cell else None
                start = cell[0] + (lead.end() if lead else 0) if cell else 0
                span = ctx.span(start, cell[1]) if cell else None  # (the span trims spaces)
                if span and len(span["evidence"].strip()) >= 4:
                    ctx.extraction.activities.append(Activity(
                        **span, section=table.header.cells[later][2] if table.header else "",
                        text=" ".join(span["evidence"].split())))


def _next_plan_columns(table: Table, col: int) -> list[int]:
    """Activity columns right of the first with an outcome or status column between: the
    plan that follows the one followed up."""
    return [i for i, r in enumerate(table.roles) if r == "activity" and i > col
            and any(table.roles[j] in ("outcome", "status") for j in range(col + 1, i))]


@cache
def _effort_roles() -> tuple[set[str], set[str]]:
    c = load_toml("extract", "table_columns.toml")["efforts"]
    return set(c["project_roles"]), set(c["plan_roles"])


def activity_column(table: Table) -> int | None:
    """The column of planned activities: "Aktivitet", or "Insats" in a plan's table ("Insats
    | Ansvarig | Tidplan"), not in a table of what was funded ("Insats | Huvudman | Kostnad")."""
    if "person" in table.roles:
        return None  # "Namn | Organisation | Uppdrag": the members, each one's charge
    if table.header is None:
        return _timetable_column(table)
    col = table.column("activity")
    project_roles, plan_roles = _effort_roles()
    roles = set(table.roles)
    if col is not None:
        # ("Dnr | Sökande | Aktivitet | Beviljat": what was granted to whom, no plan)
        grants = {"owner", "amount"} <= roles and not plan_roles & roles
        return None if grants else col
    if plan_roles & roles and not project_roles & roles and "effort" in roles:
        return table.column("effort")
    head = table.header.cells[0][2] if table.header is not None and table.header.cells else ""
    if " ".join(head.split()).lower().rstrip(":") in _planned_headers() \
            and {"outcome", "status"} & roles and "amount" not in roles:
        return 0  # "Planerat | Utfall"
    return None


TIMETABLE_ROWS = 3  # rows at least of a timetable without a header


def _timetable_titled(ctx: Context, table: Table) -> bool:
    """Whether a table without a header stands right under a plan's or a timetable's
    title."""
    blocks = ctx.structure.blocks
    k = ctx.structure.index_at(table.rows[0].start)
    over = next((b for b in reversed(blocks[max(0, k - TITLE_REACH):k]) if b.is_heading), None)
    return over is not None and (ctx.says(over, "activity") or bool(
        _statement_cues()["timetable_heading"].match(over.text)))


TITLE_REACH = 2  # blocks at most between a timetable and its title (a lead-in)


def _timetable_column(table: Table) -> int | None:
    """A timetable without a header, when and what on each line ("Aug–sep 2021<tab>Styrgruppen
    bildas ...", or what before when): the column of what is done."""
    rows = [[c[2].strip() for c in r.cells] for r in table.rows]
    if len(rows) < TIMETABLE_ROWS or any(len(r) != 2 or not all(r) for r in rows):
        return None
    for when, what in ((0, 1), (1, 0)):
        if all(time_cell(r[when]) and not time_cell(r[what]) and _WORDS.search(r[what])
               for r in rows):
            return what
    return None


_WORDS = re.compile(r"[^\W\d_]{3,}\s+[^\W\d_]{2,}")  # two words: a task, not a figure or a name


@cache
def _planned_headers() -> frozenset[str]:
    return frozenset(load_toml("extract", "table_columns.toml")["efforts"]["planned_headers"])


def _reports_outcomes(ctx: Context, blocks: list[Block], last: int) -> bool:
    if ctx.document.doc_type in REPORT_TYPES or ctx.document.doc_type == "other":
        return True  # (an evaluator's report follows the plan it evaluates)
    if ctx.document.doc_type in PLAN_TYPES:
        return False
    return any(b.kind == "heading" and ctx.says(b, "outcome") for b in blocks[last + 1:])


BARE_OUTCOME_WORDS = 4  # words of a bare outcome heading ("Utfall", "Så här gick det")


def _outcome_units(blocks: list[Block], last: int, stop: int, ctx: Context) -> list[Unit]:
    heads = []
    labels: dict[int, tuple[int, int]] = {}
    prev_head = False
    # under a bare "Utfall"/"Resultat" heading, or straight after the plan's list in its own
    # section ("Så här blev det." and a paragraph per item): a paragraph per item
    outcome_paras = True
    paragraphs: set[int] = set()
    for k in range(last + 1, stop):
        b = blocks[k]
        # a short paragraph right under a heading is its body, otherwise it may stand as one
        short_para = (b.kind == "para" and len(b.text.split()) <= 15 and not prev_head
                      and (k + 1 >= len(blocks) or blocks[k + 1].para != b.para))
        is_head = (b.kind == "heading" or b.heading_like or short_para) \
            and not _signature_line().search(b.text)
        m = _LABEL.match(b.text) if b.kind == "para" else None
        if m and not is_head:
            labels[k] = (b.start, b.start + m.end(1))
            heads.append(k)
        elif is_head:
            heads.append(k)
        elif outcome_paras and b.kind == "para":
            heads.append(k)
        if outcome_paras and b.kind == "para":
            paragraphs.add(k)
        if b.kind == "heading" or b.heading_like:
            outcome_paras = ctx.says(b, "outcome") and len(b.text.split()) <= BARE_OUTCOME_WORDS
        prev_head = is_head
    units = []
    for n, k in enumerate(heads):
        end_block = heads[n + 1] - 1 if n + 1 < len(heads) else stop - 1
        body_end = blocks[end_block].end if end_block > k else blocks[k].end
        units.append(Unit(blocks[k], blocks[k].start, body_end, labels.get(k), k in paragraphs))
    return units


_LABEL = re.compile(r"^([A-ZÅÄÖ][^:.\n]{2,60}):\s+\S")


@cache
def _signature_line() -> re.Pattern:
    return re.compile(cues()["activities"]["signature_line"])


def _content(doc, start: int, end: int) -> str:
    """Content lemmas; names inside the text (capitalised, not first) are left out, since a
    shared place name says nothing about whether two passages are about the same thing."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return ""
    return " ".join(t.lemma_.lower() for t in span if t.is_alpha and len(t) > 2 and not t.is_stop
                    and not (t.i > span.start and t.text[:1].isupper()))


def _similarity(doc, text: str, item: Block, unit: Unit, content: dict) -> float:
    hs, he = unit.label or (unit.block.start, unit.block.end)
    for key in ((item.start, item.end), (hs, he)):
        if key not in content:
            content[key] = _content(doc, *key)
    a, b = content[(item.start, item.end)], content[(hs, he)]
    score = fuzz.token_set_ratio(a, b) if a and b else 0.0
    head = text[hs:he].lower()
    if len(head) >= 6:
        score = max(score, 0.9 * fuzz.partial_ratio(head, item.text.lower()))
    return score


def _link(ctx: Context, doc, items: list[Block], units: list[Unit]) -> dict[int, int]:
    if not units:
        return {}
    numbers = [b.number for b in items]
    if all(n is not None for n in numbers):
        by_number = {}
        for u_idx, u in enumerate(units):
            if u.block.heading_like and u.block.number in numbers and u.block.number not in by_number:
                by_number[u.block.number] = u_idx
        if len(by_number) >= max(2, len(items) // 2):
            return {i: by_number[n] for i, n in enumerate(numbers) if n in by_number}
    content: dict[tuple[int, int], str] = {}
    text = ctx.document.text
    sims = [[_similarity(doc, text, it, u, content) for u in units] for it in items]
    in_order = _paragraph_per_item(sims, units)
    if in_order:
        return in_order
    pairs = _align(sims)
    pairs = _fill_gaps(pairs, sims, units)
    # a report may take the plan's items in another order: a strong match needs no order
    used = set(pairs.values())
    for i, row in enumerate(sims):
        if i in pairs:
            continue
        j = max(range(len(row)), key=row.__getitem__)
        if row[j] >= STRONG_MATCH and j not in used:
            pairs[i] = j
            used.add(j)
    return pairs


def _paragraph_per_item(sims: list[list[float]], units: list[Unit]) -> dict[int, int]:
    """Under a bare "Utfall" heading, as many paragraphs as the plan has items, each with
    something in common with its item: the report takes the items one paragraph each, in
    order, though in other words than the plan's ("frukostseminarier" / "seminariet")."""
    first = next((j for j, u in enumerate(units) if u.paragraph), None)
    if first is None:
        return {}
    run = first
    while run < len(units) and units[run].paragraph:
        run += 1
    if run - first == len(sims) + 1 and len(units[first].block.text.split()) <= LEAD_WORDS:
        first += 1  # "Så här blev det.": a lead-in before the paragraphs
    if run - first != len(sims) or \
            any(sims[i][first + i] < GAP_THRESHOLD for i in range(len(sims))):
        return {}
    return {i: first + i for i in range(len(sims))}


LEAD_WORDS = 8  # a paragraph this short before the report's paragraphs leads into them


def _align(sims: list[list[float]]) -> dict[int, int]:
    """Order-preserving alignment maximising the summed similarity of accepted pairs."""
    n, m = len(sims), len(sims[0])
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = sims[i][j] + best[i + 1][j + 1] if sims[i][j] >= LINK_THRESHOLD else -1
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    pairs, i, j = {}, 0, 0
    while i < n and j < m:
        if sims[i][j] >= LINK_THRESHOLD and best[i][j] == sims[i][j] + best[i + 1][j + 1]:
            pairs[i] = j
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def _fill_gaps(pairs: dict[int, int], sims: list[list[float]], units: list[Unit]
               ) -> dict[int, int]:
    """Between two linked pairs, one unlinked item and one unlinked heading belong together,
    when they have at least something in common."""
    anchors = sorted(pairs.items())
    out = dict(pairs)
    for (i1, j1), (i2, j2) in zip(anchors, anchors[1:], strict=False):
        if i2 - i1 == 2 and j2 - j1 == 2 and units[j1 + 1].block.kind == "heading" \
                and sims[i1 + 1][j1 + 1] >= GAP_THRESHOLD:
            out[i1 + 1] = j1 + 1
    return out


def _number_words() -> dict[str, int]:
    return numbers()["words"]


@cache
def _quantity_pattern() -> re.Pattern:
    numbers = alternation(_number_words())
    return re.compile(rf"(?<![\d,.\w])(\d{{1,3}}|(?:{numbers})(?!\w))\s+([a-zåäöé][\w-]*)"
                      rf"(?:\s+([a-zåäöé][\w-]*))?", re.I)


def _quantities(text: str):
    """(count, the word after it, the word after that) for "7 protokollförda möten" and
    "sju protokollförda möten"."""
    words = _number_words()
    for m in _quantity_pattern().finditer(text):
        n = int(m.group(1)) if m.group(1).isdigit() else words[m.group(1).lower()]
        yield n, m.group(2).lower(), (m.group(3) or "").lower()


def _quantity(text: str) -> tuple[int, str, str] | None:
    # (not a time a thing is done within or lasts: "kartläggning inom 4 veckor", done in 3
    # is no shortfall)
    for n, w1, w2 in _quantities(text):
        if 1 <= n <= 500 and not w1.startswith(("år", "procent", "%")) and w1 not in _TIME_UNITS:
            return n, w1, w2
    return None


_TIME_UNITS = frozenset({"vecka", "veckor", "dag", "dagar", "månad", "månader", "timme", "timmar",
                         "minuter"})


def _keys(words) -> set[str]:
    """What two mentions of a counted thing share: "LSG-möten" and "möten",
    "lunchseminarier" and "seminarier"."""
    out = set()
    for w in words:
        if w:
            out |= {w[:6], w.rsplit("-", 1)[-1][:5]}
            if len(w) >= 8:  # a compound's head: "lunchseminarier" and "seminarier"
                out.add("~" + w[-6:])
    return out


def _reported_quantity(body: str, planned: tuple[int, str, str]) -> int | None:
    want = _keys(planned[1:])
    words = _number_words()
    for m in _N_OF_M.finditer(body):  # "5 av 8 planerade träffar": five were held
        if want & _keys((m.group(2).lower(), "")):
            n = m.group(1)
            return int(n) if n.isdigit() else words.get(n.lower())
    for n, w1, w2 in _quantities(body):
        if want & _keys((w1, w2)):
            return n
    # "En utbildningsdag genomfördes": an article before the very thing counted is one
    for m in _ONE.finditer(body):
        if want & _keys((m.group(1).lower(), (m.group(2) or "").lower())):
            return 1
    return None


_N_OF_M = re.compile(r"(?<![\w,.])(\d{1,3}|[a-zåäö]+)\s+av\s+(?:totalt\s+|de\s+)?(?:\d{1,3}|[a-zåäö]+)\s+"
                    r"(?:planerade\s+|tänkta\s+|utlovade\s+)?([a-zåäöé][\w-]*)", re.I)
_ONE = re.compile(r"(?<!\w)(?:en|ett)\s+([a-zåäöé][\w-]*)(?:\s+([a-zåäöé][\w-]*))?", re.I)


_EXPLANATION = re.compile(r"\.\s+(?=(?:Detta|Det|Dessa|Syftet|Här|Målet|Tanken)\b)")


def _own_words(item: str) -> str:
    """The item without a trailing explanation ("... samarbetsformer. Detta kommer ..."), nor
    who is to do it, as an action list names them ("Peter: ta fram siffror ...", "Kontakta
    kommunen / Mona")."""
    item = " ".join(item.split())
    m = _EXPLANATION.search(item)
    item = (item[: m.start()] if m else item).rstrip(".").strip()
    who = _DOER_BEFORE.match(item)
    if who and _are_people(who.group("who")):
        item = item[who.end():]
    who = _DOER_AFTER.search(item)
    if who and _are_people(who.group("who")):
        item = item[:who.start()]
    return item


# one or more people: "Peter", "Maria + Ahmed", "E. Lindqvist", "Håkan och Margareta"
_DOERS = r"(?P<who>[A-ZÅÄÖ][\wåäöé.-]*(?:\s*(?:\+|&|,|och)?\s*[A-ZÅÄÖ][\wåäöé.-]*){0,3})"
_DOER_BEFORE = re.compile(_DOERS + r":\s+(?=[a-zåäö])")  # "Peter: ta fram ..." (a verb after)
_DOER_AFTER = re.compile(r"\s+/\s+" + _DOERS + "$")  # "... vid årsskiftet / Gun-Britt"


def _are_people(words: str) -> bool:
    """Whether a doer's words are people: each person a first name or an initial ("E.")
    perhaps with a surname after it ("E. Lindqvist", "Maria + Ahmed"), or "Alla"."""
    people = [p.split() for p in re.split(r"\s*(?:\+|&|,|\boch\b)\s*", words) if p.strip()]
    return bool(people) and all(
        is_first_name(p[0]) or p[0].lower() == "alla"
        or re.fullmatch(r"[A-ZÅÄÖ]\.(?:[A-ZÅÄÖ]\.)?", p[0]) for p in people)


def _activity(ctx: Context, doc, b: Block, section: str, unit: Unit | None) -> Activity | None:
    marked = cell_status(b.marker, ctx.legend) if b.marker and ctx.legend else None
    if marked and len(find_legend(b.text)) >= 2:
        return None  # "[x] genomförd  [~] påbörjad  [ ] ej genomförd": the legend itself
    if marked:
        # "[~] Kartlägga ..." / "    Intervjuer är genomförda": the mark the legend explains
        # says how it went, the lines under the item what became of it
        text = ctx.document.text
        end = own_end(text, b.start, b.end)
        told = " ".join(text[end:b.end].split())
        own = Block(b.kind, b.start, end, text[b.start:end], b.page, b.para, marker=b.marker)
        act = _told_activity(ctx, doc, own, section, unit)
        if act:
            act.outcome_status = marked
            act.outcome_text = act.outcome_text or told
        return act
    return _told_activity(ctx, doc, b, section, unit)


def _told_activity(ctx: Context, doc, b: Block, section: str, unit: Unit | None
                   ) -> Activity | None:
    span = ctx.span(b.start, b.end)
    if not span:
        return None
    text = ctx.document.text
    # "Starta en grupp i Åsele – har inte startats": the item's own remark says how it went
    own_end, said, remark = split_remark(doc, text, span["char_start"], span["char_end"])
    item_text = _own_words(text[span["char_start"]:own_end])
    planned = _quantity(item_text)
    act = Activity(**span, section=section, text=item_text,
                   planned_quantity=planned[0] if planned else None)
    if remark:
        act.outcome_text = remark[:600]
        # (a remark that only says when, "november", "feb (Kansliet)", tells no outcome)
        act.outcome_status = said or (NOT_REPORTED if time_cell(BRACKETED.sub("", remark))
                                      else default_status("activity", has_outcome_section=True))
        _compare_quantities(act, remark)
        return act
    if unit is None:
        return act
    if unit.label:
        body_start = unit.label[1] + 1
    elif unit.paragraph:
        body_start = unit.block.start  # the paragraph is the outcome itself
    else:
        body_start = unit.block.end if unit.body_end > unit.block.end else unit.block.start
    body = text[body_start:unit.body_end].strip()
    act.outcome_text = re.sub(r"\s+", " ", body)[:600]
    # ("Status: Pågår. Ett utkast har testats ...": the word a status field opens with
    # decides, read through the document's legend; so does a paragraph's first sentence that
    # is a status alone: "Påbörjat. Arbetet fortsätter under 2017.", not "Genomfört i Åby.
    # Böda återstår.")
    field = text[unit.label[0]:unit.label[1]].strip().lower() if unit.label else ""
    first = re.split(r"[.;]", body, maxsplit=1)[0]
    status = (cell_status(first, ctx.legend)
              if field in STATUS_LABELS or len(first.split()) <= BARE_STATUS_WORDS else None) \
        or classify(doc.char_span(body_start, unit.body_end, alignment_mode="expand"))
    act.outcome_status = status or default_status("activity", has_outcome_section=True)
    _compare_quantities(act, body)
    return act


def _compare_quantities(act: Activity, outcome: str) -> None:
    """Planned against reported: "7 protokollförda möten" planned and "6 protokollförda
    sammanträden" reported falls short, whatever else the outcome says."""
    planned = _quantity(act.text)
    if not planned:
        return
    act.planned_quantity = planned[0]
    reported = _reported_quantity(outcome, planned)
    act.reported_quantity = reported
    if reported is not None and act.outcome_status in (NOT_REPORTED, "achieved"):
        act.outcome_status = "not_achieved" if reported < planned[0] else "achieved"
