"""Goals: items under a goal heading or lead-in, or in a `Mål` column, with the outcome the
document claims for each."""
from __future__ import annotations

import re
from functools import cache

from ..records import Goal
from .context import LABELLED_GOAL, Context, Covered, alternation, cues, numbers
from .outcomes import (
    NOT_REPORTED,
    PLAN_TYPES,
    cell_status,
    classify,
    find_legend,
    is_status_phrase,
    no_claim,
    own_end,
    row_status,
    split_remark,
)
from .regex_scan import finditer_near
from .sentences import LABEL_LINE, PHRASE_GOES_ON, SENTENCE_END, sentence_spans
from .statements import statements
from .structure import Block, Table, title_depth
from .targets import judge_by_figures, judge_by_row, stems
from .text_tables import column_role

# where an outcome remark starts inside an item: "... anges- *målet är uppnått*"


def is_goal_heading(ctx: Context, b: Block) -> bool:
    return b.is_heading and ctx.says(b, "goal") and not ctx.says(b, "activity")


def extract_goals(ctx: Context, doc) -> None:
    blocks = ctx.structure.blocks
    ctx.seen_goal_items = set()
    for i, b in enumerate(blocks):
        if is_goal_heading(ctx, b):
            _goal_section(ctx, doc, blocks, i)
    _numbered_goals(ctx, doc, blocks)
    _goal_columns(ctx, doc, blocks)
    _goal_fields(ctx, doc)
    _goals_over_fields(ctx)
    _prose_goals(ctx, doc)
    _quoted_goals(ctx, doc)
    _marked_goals(ctx)
    _reading_order_table(ctx)
    _followed_up(ctx, doc, blocks)
    _referred_by_number(ctx, doc)
    _once_each(ctx)
    judge_by_figures(ctx, doc)  # (once each goal is one record with whatever it claims)


# "1.2 Minst 40 procent ... ska ..." over its fields ("Indikator: ...", "Målvärde: 40 %
# Utfall 2021: 31 %   ○"), a legend's mark at the end of a field's line or on a line alone
_NUMBERED_LINE = re.compile(r"^[ \t]*\d{1,2}\.\d{1,2}\.?[ \t]+(?P<goal>[A-ZÅÄÖ][^\n]*?)[ \t]*$", re.M)
_FIELD_LABEL = re.compile(r"^[ \t]*(?P<label>[A-ZÅÄÖ][\wåäö]*(?:[ \t]+(?:19|20)\d\d)?)[ \t]*:")
_MARK_AT_END = re.compile(r"(?:^|\s)(?P<mark>[^\w\s]{1,3})[ \t]*$")
FIELD_LINES = 5  # lines at most of a goal's fields
_GOAL_FIELD_ROLES = ("indicator", "target", "outcome", "status")


def _goals_over_fields(ctx: Context) -> None:
    """Goals numbered in a section's number ("1.2 Minst 40 procent ... ska ...") each over
    the lines of its fields: its indicator, target and outcome, and maybe a legend's mark
    for how it went."""
    text = ctx.document.text
    taken = Covered(len(text), ((g.char_start, g.char_end) for g in ctx.extraction.goals))
    for m in _NUMBERED_LINE.finditer(text):
        words = m.group("goal")
        if taken.overlaps(m.start("goal"), m.end("goal")) or not _states_goal(words):
            continue
        if _under_activities(ctx, m.start()):
            continue  # "3.1 Revidera handboken" / "Utfall: Genomfört" under "Aktiviteter"
        lines = text[m.end():].lstrip("\n").split("\n")[:FIELD_LINES]
        fields = []
        for line in lines:
            label = _FIELD_LABEL.match(line)
            if label and column_role(label.group("label")) in _GOAL_FIELD_ROLES:
                fields.append(line)
            elif line.strip() and not (fields and _MARK_AT_END.fullmatch(line.strip())):
                break
            elif line.strip():
                fields.append(line)  # the mark on a line of its own
        if not fields or not _FIELD_LABEL.match(fields[0]):
            continue
        marks = [mk.group("mark") for f in fields if (mk := _MARK_AT_END.search(f))]
        status = next((st for mk in marks if (st := cell_status(mk, ctx.legend))), None) \
            if ctx.legend else None
        span = ctx.span(m.start("goal"), m.end("goal"))
        if span:
            ctx.extraction.goals.append(Goal(
                **span, section="Mål", text=" ".join(words.split()).rstrip("."),
                outcome_status=status or NOT_REPORTED,
                outcome_text=" ".join(" ".join(fields).split()) if status else ""))


# a goal quoted after its noun, and the rest of the sentence, which may judge it ("Målet
# ”Minst 35 procent av ... vid avslut” har uppnåtts.")
_QUOTED_GOAL = re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=\n))[ \t]*(?:(?:[A-ZÅÄÖ][\wåäö]*m|M)ål(?:et)?|Målsättningen)"
                          r"[ \t]+[”\"“](?P<goal>[^”\"“\n]{10,300}?)[.]?[”\"](?P<rest>[^.!?\n]*[.!?]?)")


def _quoted_goals(ctx: Context, doc) -> None:
    """Goals quoted in a follow-up's sentences, each judged by the words after its quote."""
    text = ctx.document.text
    taken = Covered(len(text), ((g.char_start, g.char_end) for g in ctx.extraction.goals))
    for m in _QUOTED_GOAL.finditer(text):
        if taken.overlaps(m.start("goal"), m.end("goal")):
            continue
        said = m.group("rest").strip()
        status = classify(doc.char_span(m.start("rest"), m.end("rest"), alignment_mode="expand")) \
            if said else None
        span = ctx.span(m.start("goal"), m.end("rest") if status else m.end("goal"))
        if span:
            ctx.extraction.goals.append(Goal(
                **span, section="Mål", text=" ".join(m.group("goal").split()),
                outcome_status=status or NOT_REPORTED, outcome_text=said if status else ""))


HEADER_WORDS = 3  # words at most of a column's name on its own line
_TABLE_ROLES = {"outcome", "status", "comment", "target", "indicator"}


def _reading_order_table(ctx: Context) -> None:
    """A goal table whose cells a PDF reader gave one after another, a line or a few each:
    the column names on lines of their own ("Mål" / "Utfall 2023" / "Status"), then a row
    per block of lines: the goal (its wrapped lines go on in lower case), what happened, and
    a line that says the status (a word, or a colour or symbol the legend explains)."""
    text = ctx.document.text
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    for k, (_, _, line) in enumerate(lines):
        if len(line.split()) > HEADER_WORDS or not _GOAL_ANCHOR.search(line) \
                or column_role(line.strip()) != "goal":
            continue  # (a goal column's name says "mål": a cheap test before the costly one)
        names = []
        for _, _, nxt in lines[k + 2:k + 10:2] if not lines[k + 1][2].strip() else lines[k + 1:k + 5]:
            role = column_role(nxt.strip()) if 0 < len(nxt.split()) <= HEADER_WORDS else None
            if role not in _TABLE_ROLES:
                break
            names.append(role)
        if "status" not in names:
            continue
        _reading_order_rows(ctx, lines, k + 1)


def _reading_order_rows(ctx: Context, lines: list, k: int) -> None:
    """The rows under a reading-order header (see `_reading_order_table`)."""
    rows: list[list] = [[]]
    for line in lines[k:]:
        if line[2].strip():
            rows[-1].append(line)
        elif rows[-1]:
            rows.append([])
    found: list[Goal] = []
    table_end = lines[k][0]
    for row in rows:
        said = next((j for j, r in enumerate(row) if j and len(r[2].split()) <= HEADER_WORDS
                     and cell_status(r[2].strip(), ctx.legend)), None)
        if said is None:
            if row and not all(column_role(r[2].strip()) for r in row):
                break  # the table has ended
            continue  # the header's own lines
        end = 1
        while end < said and row[end][2].lstrip()[:1].islower():
            end += 1  # the goal's wrapped lines
        span = ctx.span(row[0][0], row[end - 1][1])
        table_end = row[-1][1]
        if span:
            found.append(Goal(
                **span, section="Mål", text=" ".join(span["evidence"].split()).rstrip("."),
                outcome_status=cell_status(row[said][2].strip(), ctx.legend),
                outcome_text=" ".join(r[2].strip() for r in row[end:said])))
    if len(found) >= 2:  # what other readers made of the table's lines are pieces of it
        start = lines[k - 1][0]
        ctx.extraction.goals = [g for g in ctx.extraction.goals
                                if not start <= g.char_start < table_end] + found


def _legend_marked(ctx: Context, words: str) -> bool:
    """Whether a text opens with a mark the document's legend explains ("ü Alla ...")."""
    m = re.match(r"(\S{1,3})[ \t]+", words)
    return bool(m and ctx.legend and cell_status(m.group(1), ctx.legend))


# a line opening with a mark, then what it marks ("ü Alla parter ska vara representerade"),
# and the indented lines under it
_MARKED_LINE = re.compile(r"^[ \t]*(?P<mark>\S{1,3})[ \t]+(?P<goal>\S[^\n]*)"
                          r"(?P<said>(?:\n[ \t]{2,}\S[^\n]*)*)", re.M)


def _marked_goals(ctx: Context) -> None:
    """Goals each marked by a symbol the document's legend explains ("ü = uppnått" /
    "ü Minst tio personer ska få gemensam planering" / "   17 personer har fått ..."): the
    status is the mark's, what became of it the indented lines under it."""
    if not ctx.legend:
        return
    taken = Covered(len(ctx.document.text),
                    ((g.char_start, g.char_end) for g in ctx.extraction.goals))
    text = ctx.document.text
    for m in _MARKED_LINE.finditer(text):
        status = cell_status(m.group("mark"), ctx.legend)
        # "☒ Antalet ska öka med tio procent. Ökningen blev fyra.": the first sentence
        end = own_end(text, m.start("goal"), m.end("goal"))
        words = text[m.start("goal"):end].strip()
        said = " ".join(f"{text[end:m.end('goal')]} {m.group('said')}".split()).strip(" .")
        if not status or "=" in words or not _states_goal(words) \
                or taken.overlaps(m.start("goal"), end):
            continue
        if _under_activities(ctx, m.start()):
            continue  # "[x] Starta ett team" under "Genomförda aktiviteter": an activity
        section = ctx.section_over(m.start())
        if section is not None and taken.overlaps(section.end, m.start()) \
                and not _cfg()["statement_modal"].match(words):
            continue  # the section's goals stated above, then "☑ Kartlägga ...": its means
        span = ctx.span(m.start("goal"), m.end("goal"))
        if span:
            ctx.extraction.goals.append(Goal(
                **span, section="Mål", text=" ".join(words.split()).rstrip("."),
                outcome_status=status, outcome_text=said))


LIST_REACH = 60  # blocks back over a list's items and remarks to the title over it


def _under_activities(ctx: Context, pos: int) -> bool:
    """Whether `pos` stands in a section of activities, not of goals: under its title, or in
    a list under it however long (its items, their remarks, its lead-in and legend)."""
    section = ctx.section_over(pos)
    if section is None:
        blocks = ctx.structure.blocks
        k = ctx.structure.index_at(pos)
        for b in reversed(blocks[max(0, k - LIST_REACH):k]):
            if b.is_heading or b.kind not in ("item", "para"):
                section = b if b.is_heading else None
                break
    return section is not None and ctx.says(section, "activity") \
        and not is_goal_heading(ctx, section)


def _once_each(ctx: Context) -> None:
    """One record per goal a document states word for word more than once (a förbund's goal
    repeated as a local group's, a plan's goal repeated in its follow-up): the first, with
    the status a later one states when the first states none."""
    first: dict[str, Goal] = {}
    kept: list[Goal] = []
    for g in ctx.extraction.goals:
        label = LABELLED_GOAL.match(g.text)  # "Effektmål 1.1 Minskat ..." is "Minskat ..."
        key = " ".join(g.text[label.end() if label else 0:].lower().split()).rstrip(".")
        if key not in first:
            first[key] = g
            kept.append(g)
            continue
        one = first[key]
        if one.outcome_status == NOT_REPORTED and g.outcome_status != NOT_REPORTED:
            one.outcome_status, one.outcome_text = g.outcome_status, g.outcome_text
        if len(g.text) < len(one.text):  # the goal's own words, without its label
            one.text, one.page, one.char_start, one.char_end, one.evidence = \
                g.text, g.page, g.char_start, g.char_end, g.evidence
    ctx.extraction.goals = kept


# "Målet", "Det ekonomiska målet", and a compound that names it: "Kompetensutvecklingsmålet"
_NAMES_GOAL = re.compile(r"[Mm]ålet\b")


def _followed_up(ctx: Context, doc, blocks: list[Block]) -> None:
    """A plan's goals with no claim of their own, followed up in a later section one
    paragraph each, in order ("Uppföljning av 2019": "... Målet är uppnått." / "... Målet är
    därmed inte uppnått."): when that section holds as many paragraphs that claim a goal's
    outcome as the plan has such goals, each takes its paragraph's claim."""
    by_section: dict[str, list[Goal]] = {}
    for g in ctx.extraction.goals:
        by_section.setdefault(g.section, []).append(g)
    for goals in by_section.values():
        if any(g.outcome_status != NOT_REPORTED for g in goals):
            continue
        last = max(g.char_end for g in goals)
        k = ctx.structure.index_at(last)
        # the first section after the plan that follows it up, before any other goals
        head = None
        for j in range(k + 1, len(blocks)):
            if blocks[j].is_heading and ctx.says(blocks[j], "outcome"):
                head = j
                break
            if is_goal_heading(ctx, blocks[j]):
                break
        if head is None:
            continue
        claims = []
        for j in range(head + 1, len(blocks)):  # indices: no copy of the rest of the blocks
            b = blocks[j]
            if b.is_heading and not b.text.startswith("("):
                if not claims and j == head + 1 and ctx.says(b, "goal"):
                    continue  # "Måluppfyllelse" / "Uppföljning av målen": its sub-title
                break
            if b.kind != "para" or not _NAMES_GOAL.search(b.text):
                continue
            status = classify(doc.char_span(b.start, b.end, alignment_mode="expand"))
            if status:
                claims.append((b, status))
        if len(claims) != len(goals):
            _matched_claims(ctx, doc, blocks, head, goals)
            continue
        for g, (b, status) in zip(sorted(goals, key=lambda g: g.char_start), claims, strict=True):
            g.outcome_status, g.outcome_text = status, " ".join(b.text.split())


FOLLOW_UP_BLOCKS = 40  # blocks a follow-up section with titles of its own may run


def _matched_claims(ctx: Context, doc, blocks: list[Block], head: int,
                    goals: list[Goal]) -> None:
    """A follow-up section whose paragraphs claim some goals' outcomes, not all, perhaps under
    titles of their own ("Egen försörjning" / "... styrelsen bedömer därför att målet endast
    delvis är uppnått"): each claim goes to the goal whose words its title and paragraph
    share most (a word that few goals use weighs more), when that goal is clearly the one."""
    by_goal = [stems(g.text) for g in goals]
    df: dict[str, int] = {}
    for st in by_goal:
        for w in st:
            df[w] = df.get(w, 0) + 1
    title, taken = "", set()
    for b in blocks[head + 1:head + 1 + FOLLOW_UP_BLOCKS]:
        if b.is_heading:
            # ("6 UPPFÖLJNING", "EKONOMI": a section of its own)
            if title_depth(b.text) or not re.search(r"[a-zåäö]", b.text) or is_goal_heading(ctx, b) \
                    or (ctx.opens_section(b) and not ctx.says(b, "outcome")):
                break
            title = b.text
            continue
        if b.kind != "para" or not _NAMES_GOAL.search(b.text):
            continue
        status = classify(doc.char_span(b.start, b.end, alignment_mode="expand"))
        if not status:
            continue
        words = stems(f"{title} {b.text}")
        scores = sorted(((sum(1 / df[w] for w in st & words), k) for k, st in enumerate(by_goal)
                         if k not in taken), reverse=True)
        if not scores or scores[0][0] < 1 or (len(scores) > 1 and scores[0][0] - scores[1][0] < 1):
            continue
        k = scores[0][1]
        taken.add(k)
        if goals[k].outcome_status == NOT_REPORTED:
            goals[k].outcome_status, goals[k].outcome_text = status, " ".join(b.text.split())


# "Mål 1 är alltså uppnått", "Även delmål 2.1 nåddes": a goal of a numbered list named later,
# as its sentence's subject (at most this many words before it)
SUBJECT_WORDS = 2
_DOTTED = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,2}\.?")  # a section's numbering on an item
# ("mål 1, 2 och 5 får anses uppfyllda": several goals named at once; "Verksamhetsmål 1.a"
# names goal 1.a, not goal 1)
_GOAL_NUMBER = re.compile(r"(?<![\wåäö])(?:del|effekt|verksamhets|resultat|inriktnings|projekt)?"
                          r"mål(?:et|en)?\s+"
                          r"(?:nr\.?\s*|nummer\s+)?(?P<num>\d{1,2}(?:\.\d{1,2}){0,2})(?![\d.,]*\d)(?!\.[a-h]\b)"
                          r"(?P<more>(?:\s*,\s*\d{1,2}(?![\d.,]*\d)|\s+(?:och|samt)\s+\d{1,2}(?!\S*\d))*)",
                          re.I)
# "Mål a) 68 procent ...": a goal of a list lettered a), b), c) named by its letter
_LETTER_MARKER = re.compile(r"\(?([a-hA-H])[.)]")
_GOAL_LETTER = re.compile(r"(?<![\wåäö])(?:del|effekt|verksamhets|resultat|inriktnings|projekt)?"
                          r"mål(?:et)?\s+(?P<letter>[a-h])\)", re.I)
_GOAL_ANCHOR = re.compile("mål", re.I)
LEAD_REACH = 60  # characters a list's lead starts before its goal word ("tre verksamhetsmål")
# a goal word, near enough before "Det andra var att ..." for the ordinal to count goals
_GOAL_WORD = re.compile(r"(?<![\wåäö])[\wåäö]*mål(?:et|en)?(?![\wåäö])", re.I)
ORDINAL_REACH = 400


@cache
def _goal_ordinal() -> re.Pattern:
    """"Det andra målet", "det tredje delmålet": a goal named by its place in the count."""
    return re.compile(rf"(?<![\wåäö])de[tn]\s+(?P<ord>{alternation(numbers()['ordinals'])})"
                      r"\s+(?:del|verksamhets)?målet\b", re.I)


def _mentions(text: str) -> list[tuple[re.Match, str]]:
    """Goals named by number or ordinal, with the number, in the text's order."""
    found = [(m, num) for m in _GOAL_NUMBER.finditer(text)
             for num in (m.group("num"), *re.findall(r"\d+", m.group("more")))]
    found += [(m, str(numbers()["ordinals"][m.group("ord").lower()]))
              for m in _goal_ordinal().finditer(text)]
    found += [(m, m.group("letter").lower()) for m in _GOAL_LETTER.finditer(text)]
    return sorted(found, key=lambda f: f[0].start())


def _referred_by_number(ctx: Context, doc) -> None:
    """A numbered goal with no claim of its own, named by its number in a later passage
    ("Totalt har 46 personer deltagit. Mål 1 är alltså uppnått."): the claim of the passage
    from that sentence to its paragraph's end, or to where the next goal is named."""
    if not (ctx.goal_numbers or ctx.goal_order or ctx.goal_letters) \
            or ctx.document.doc_type in PLAN_TYPES:
        return  # a plan names its goals by number to say what serves them, not how they went
    text = ctx.document.text
    mentions = [(m, goal) for m, num in _mentions(text)
                if (goal := _named_goal(ctx, m, num)) is not None and m.start() >= goal.char_end]
    for n, (m, goal) in enumerate(mentions):
        mention = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if mention is None:
            continue
        start = mention.sent.start_char
        label = text.rfind(": ", start, m.start())
        if label >= 0:  # "Kommentar till målen: Det första målet är ...": the claim opens there
            start = label + 2
        paren = text.rfind("(", start, m.start())
        if paren >= 0 and ")" not in text[paren:m.start()]:
            # "två är uppnådda (mål 1 och 4) och två delvis uppnådda (mål 2 och 5)": the
            # clause before the brackets claims what the goals named in them became, a
            # verdict set out goal by goal that outweighs what a paragraph seemed to say
            clause = max([start, *(x.end() for x in _cfg()["clause_break"].finditer(text, start, paren))])
            status = classify(doc.char_span(clause, paren, alignment_mode="expand"))
            if status:
                goal.outcome_status = status
                goal.outcome_text = " ".join(text[clause:paren].split())
            continue
        if goal.outcome_status != NOT_REPORTED:
            continue
        if (body := _under_heading(ctx, m.start())) is not None:
            # "5.1 Mål 1 – Deltagare" over the paragraphs that judge it: its section's claim
            status = classify(doc.char_span(*body, alignment_mode="expand"))
            if status:
                goal.outcome_status, goal.outcome_text = status, " ".join(text[slice(*body)].split())
            continue
        if opener := _cfg()["clause_opener"].search(text, start, m.start()):
            start = opener.end()  # "..., medan mål 3 inte har uppnåtts": a claim of its own
        if len(text[start:m.start()].split()) > SUBJECT_WORDS \
                and not _cfg()["judged"].search(text, start, m.start()):
            # "Aktiviteten kopplar till mål 2 ...": the goal is not what is claimed of; but
            # "Styrelsen bedömer att mål 2 är delvis uppnått" claims it
            continue
        end = _paragraph_end(text, m.end())
        if n + 1 < len(mentions):
            nxt = doc.char_span(mentions[n + 1][0].start(), mentions[n + 1][0].end(),
                                alignment_mode="expand")
            if nxt is not None:
                end = min(end, max(nxt.sent.start_char, mention.sent.end_char))
        status = classify(doc.char_span(start, end, alignment_mode="expand"))
        if status:
            goal.outcome_status, goal.outcome_text = status, " ".join(text[start:end].split())


def _under_heading(ctx: Context, pos: int) -> tuple[int, int] | None:
    """The body of the section whose heading names a goal at `pos`: from the heading's end
    to the next heading (None when `pos` is in no heading)."""
    blocks = ctx.structure.blocks
    k = ctx.structure.index_at(pos)
    if k < 0 or not blocks[k].is_heading or pos >= blocks[k].end:
        return None
    nxt = next((b for b in blocks[k + 1:] if b.is_heading or b.kind == "toc"), None)
    end = nxt.start if nxt else len(ctx.document.text)
    return (blocks[k].end, end) if k + 1 < len(blocks) and blocks[k + 1].start < end else None


def _named_goal(ctx: Context, m: re.Match, num: str) -> Goal | None:
    """The goal a mention names: by its number, or by its place in an unnumbered list when
    the mention counts ("Det andra målet") or gives its letter ("Mål b)")."""
    if m.re is _GOAL_LETTER:
        return ctx.goal_letters.get(num)  # (the item of that letter, in a lettered list)
    # (the goal of that number stated before the mention: next year's goals may be
    # numbered alike further down)
    goal = ctx.goal_numbers.before(num, m.start()) or ctx.goal_numbers.get(num)
    if goal is None and m.re is _goal_ordinal():
        goal = ctx.goal_order.get(num)
    return goal


@cache
def _cfg() -> dict:
    c = cues()["goals"]
    counts, ordinals = alternation(numbers()["words"]), alternation(numbers()["ordinals"])
    return {"lead": re.compile(c["prose_lead"], re.I | re.M),
            "list_lead": re.compile(c["prose_list_lead"].replace("{counts}", counts), re.I),
            "ordinal": re.compile(c["ordinal_goal"].replace("{ordinals}", ordinals), re.M),
            # "Förbundet skulle för det första ...", "För det andra skulle ...": a goal
            # counted so says what should be
            "modal_before": re.compile(rf"\b(?:{alternation(c['ordinal_for_modals'])})\s+$"),
            "modal_after": re.compile(rf"(?:{alternation(c['ordinal_for_modals'])})\s"),
            "wished": re.compile(c["wished_goal"], re.M),
            "split": re.compile(c["prose_split"]),
            "cut": re.compile(c["prose_cut"]),
            "clause": re.compile(c["clause"], re.M),
            "follow_up_common": frozenset(c["follow_up_common"]),
            "judged": re.compile(rf"(?:{c['judged_lead']}|{c['topic_lead']})\s*$", re.I),
            # a clause of its own within a verdict on goals named by number
            "clause_break": re.compile(rf",\s+|\s(?:{alternation(c['clause_words'])})\s+|\)\s+"),
            "clause_opener": re.compile(rf"(?:,\s*|\s)(?:{alternation(c['clause_words'])})\s+$"),
            "statement_modal": re.compile(c["statement_modal"], re.I),
            "statement_opener": re.compile(c["statement_opener"], re.I),
            "statement_not": re.compile(c["statement_not"], re.I),
            "field": re.compile(c["field"], re.I),
            "result_field": re.compile(c["result_field"], re.I),
            "turn_to_activities": re.compile(c["turn_to_activities"], re.I)}


COMMENT_PARAS = 2  # paragraphs a labelled comment on a goal may go on over


def _numbered_goals(ctx: Context, doc, blocks: list[Block]) -> None:
    """Goals labelled one by one, each followed by its assessment ("Bedömning: Målet är
    uppnått", "Måluppfyllelse: ...")."""
    taken = {(g.char_start, g.char_end) for g in ctx.extraction.goals}
    section = ""
    for i, b in enumerate(blocks):
        if is_goal_heading(ctx, b) and not LABELLED_GOAL.match(b.text):
            section = b.flat.rstrip(":")
        lead = len(b.text) - len(b.text.lstrip(" \t"))  # (a row keeps its indent)
        m = LABELLED_GOAL.match(b.text[lead:])
        if not m:
            continue
        label_end = lead + m.end()
        number = m.group("num")
        # (the goal of that number stated above: a later section may number its own goals
        # alike, and was read first)
        earlier = ctx.goal_numbers.before(number, b.start)
        # ("1. fler i arbete" in a summary above, "Mål 1. Fler personer ska komma i arbete."
        # here: the goal stated in full, no comment on the short name)
        anew = earlier is not None and _short_name(earlier.text) \
            and len(sentence_spans(b.text, label_end, len(b.text))) == 1 \
            and _states_goal(b.flat[m.end():])
        if earlier is not None and earlier.outcome_status == "not_reported" \
                and earlier.char_start < b.start and not anew:
            # "Mål 2: 51 av 162 deltagare ... Målet är inte uppnått." in a later results section
            # (the comment goes on in the paragraphs up to the next goal's label: "Styrelsens
            # samlade bedömning är därför att målet ... är delvis uppnått.")
            end = b.end
            for para in blocks[i + 1:i + 1 + COMMENT_PARAS]:
                if para.kind != "para" or LABELLED_GOAL.match(para.text.lstrip()):
                    break
                end = para.end
            status = classify(doc.char_span(b.start, end, alignment_mode="expand"))
            if status:
                earlier.outcome_status, earlier.outcome_text = status, b.flat[m.end():].strip()
                continue
        if earlier is not None and (len(sentence_spans(b.text, label_end, len(b.text))) > 1
                                    or not _states_goal(b.flat[m.end():])):
            # "Mål 3: Grupper saknas i Vansbro. I Älvdalen pågår ...", "Mål 1: Ökningen
            # beror på ...": a comment on the goal stated above
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        titled = nxt is not None and nxt.kind == "para" and _short_name(b.text[label_end:]) \
            and bool(_cfg()["statement_modal"].match(nxt.flat))  # "Mål 1 – Individ" / "X ska"
        if label_end < len(b.text) and not titled:
            at, rest = i, label_end
        elif i + 1 < len(blocks) and blocks[i + 1].kind in ("para", "heading") \
                and not LABELLED_GOAL.match(blocks[i + 1].text):
            at, rest = i + 1, 0
        else:
            continue
        goal_block = blocks[at]
        start = goal_block.start + rest
        follow = _following_paras(blocks, at)
        text = ctx.document.text
        end = goal_block.end
        told = _TOLD_BELOW.search(text, start, end)
        before = text[start:told.start()].rstrip() if told else ""
        if told and (PHRASE_GOES_ON.search(before) or (
                text[told.end():told.end() + 1].isdigit() and before[-1:] not in ".!?:")):
            told = None  # "... ska uppgå till minst" / "30 procent.": the goal goes on
        mark = m.group("mark")
        if told:
            # "Mål 2: Insatserna ska vara ... och" / "bakgrund" / "Könsfördelningen är jämn
            # ...": the goal's wrapped lines go on in lower case; what became of it follows,
            # maybe after a legend's mark ("  ✔  37 procent ...")
            end = told.start()
            below = _MARK_BELOW.match(text, told.end(), goal_block.end)
            mark = mark or (below.group("mark") if below else None)
            follow = [Block("para", told.end(), goal_block.end, text[told.end():goal_block.end],
                            goal_block.page, goal_block.para), *follow]
        goal = _goal_from_item(ctx, doc, Block(goal_block.kind, start, end, text[start:end],
                                               goal_block.page, goal_block.para),
                               follow, section or "Mål")
        if goal and mark and goal.outcome_status == NOT_REPORTED:
            goal.outcome_status = cell_status(mark.strip(), ctx.legend) \
                or NOT_REPORTED  # "▲ Mål 1: ..." under "▲ Målet är uppnått"
        if goal and (goal.char_start, goal.char_end) not in taken:
            ctx.extraction.goals.append(goal)
            ctx.goal_numbers.setdefault(number, goal)
        elif goal:
            # read before as an item (of a goal section's list) without its label's number or
            # its lines below ("Bedömning: Ej uppnått."): it takes both
            same = next((g for g in ctx.extraction.goals
                         if (g.char_start, g.char_end) == (goal.char_start, goal.char_end)), None)
            if same is not None:
                ctx.goal_numbers.setdefault(number, same)
                if goal.outcome_status != NOT_REPORTED and same.outcome_status == NOT_REPORTED:
                    same.outcome_status, same.outcome_text = goal.outcome_status, goal.outcome_text


# a line of a labelled goal's paragraph that opens with a capital or a figure: the goal's
# own wrapped lines go on in lower case, so this one says what became of it
_LEADING_MARK = re.compile(r"^[^\w\s]{1,3}\s*")
_TOLD_BELOW = re.compile(r"\n[ \t]*(?=[A-ZÅÄÖ0-9]|[^\w\s])")
_MARK_BELOW = re.compile(r"(?P<mark>[^\w\s]{1,3})[ \t]+")


def _goal_section(ctx: Context, doc, blocks: list[Block], i: int) -> None:
    section = blocks[i].flat.rstrip(":").strip()
    # a lead-in right under the goal heading belongs to it ("LSG: mål:" then "... ska:")
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    start = i + 1 if nxt is not None and nxt.kind == "heading" and nxt.text.rstrip().endswith(":") \
        else i
    items = ctx.structure.items_after(start, stop=ctx.opens_section)
    if items:
        _goal_items(ctx, doc, blocks, items, section)
    parts = _goal_parts(ctx, start)
    for _, sub in parts:
        # "Individnivå" / "• Deltagarna ska ...", "Samordningsförbundet A" / "- ..." /
        # "Samordningsförbundet B" / "- ...": goals by level, or by whose they are
        _goal_items(ctx, doc, blocks, sub, section)
    if (not items and not parts) or (items and items[0] > start + 1
                                     and blocks[start + 1].kind == "para"
                                     and not blocks[start + 1].is_heading
                                     and _states_goal(blocks[start + 1].flat)):
        # (or a goal stated as a paragraph right under its title, a list's title after it:
        # "Övergripande mål" / "Unga vuxna ... ska ..." / "Projektmål" / "1. ...")
        _goal_statements(ctx, doc, blocks, i, section)


def _goal_parts(ctx: Context, i: int) -> list[tuple[int, list[int]]]:
    """The parts of a goal section, each a short title over items that state goals
    ("Individnivå", "Organisationsnivå"); a goal title among them is read on its own."""
    blocks = ctx.structure.blocks

    def states(b: Block, items: list[int]) -> bool:
        stated = [j for j in items if _cfg()["statement_modal"].search(blocks[j].flat)]
        return not is_goal_heading(ctx, b) and 2 * len(stated) >= len(items)

    return ctx.parts_under(i, own=lambda b: is_goal_heading(ctx, b), part=states)


def _goal_items(ctx: Context, doc, blocks: list[Block], items: list[int], section: str) -> None:
    """Each item of a goal list a goal, with what the paragraphs under it say became of it."""
    implicit = bool(items) and blocks[items[0]].kind != "item"
    legend_runs: dict[int, bool] = {}  # each item of a run of items: a legend's lines?
    # a list without numbers is counted in its order ("Det första målet" is its first)
    counted = all(blocks[j].number is None for j in items)
    for n, j in enumerate(items, 1):
        b = blocks[j]
        if b.start in ctx.seen_goal_items or _in_legend(blocks, j, legend_runs):
            continue
        ctx.seen_goal_items.add(b.start)
        follow = [] if implicit else _following_paras(blocks, j)
        goal = _goal_from_item(ctx, doc, b, follow, section)
        if goal:
            ctx.extraction.goals.append(goal)
            if counted:
                ctx.goal_order.setdefault(str(n), goal)
            elif _DOTTED.fullmatch(b.marker or ""):
                # "3.2.1" is named "Projektmål 3.2.1", never "Mål 1"
                ctx.goal_numbers.setdefault(b.marker.rstrip("."), goal)
            elif b.number is not None:
                ctx.goal_numbers.setdefault(str(b.number), goal)
            if (letter := _LETTER_MARKER.fullmatch(b.marker or "")):
                ctx.goal_letters.setdefault(letter.group(1).lower(), goal)  # "b)" -> "Mål b)"


def _in_legend(blocks: list[Block], j: int, runs: dict[int, bool]) -> bool:
    """Whether item j stands in a run of items most of which only say a status: a legend
    ("● målet är uppnått" / "◐ ..." / "– bedöms inte vid delåret"); `runs` keeps the answer
    for every item of a run read."""
    if j not in runs:
        a = b = j
        while a > 0 and blocks[a - 1].kind == "item":
            a -= 1
        while b + 1 < len(blocks) and blocks[b + 1].kind == "item":
            b += 1
        legend = 2 * sum(_legend_line(x.flat) for x in blocks[a:b + 1]) > b + 1 - a
        runs.update(dict.fromkeys(range(a, b + 1), legend))  # (each run read once)
    return runs[j]


LEGEND_WORDS = 4  # words a legend's line opens with its meaning in ("Målet är delvis uppnått / ...")


def _legend_line(words: str) -> bool:
    """A legend's meaning: a status ("målet är uppnått", "Målet är delvis uppnått / på väg
    att uppnås") or that none is told ("Kan inte bedömas vid delåret")."""
    return is_status_phrase(" ".join(words.split()[:LEGEND_WORDS])) or no_claim(words)


def _goal_statements(ctx: Context, doc, blocks: list[Block], i: int, section: str) -> None:
    """Goals stated as plain sentences under a goal heading (`statements`); goals labelled
    one by one ("Mål 1: ...") are read as such."""
    text = ctx.document.text
    found = statements(text, blocks, i, _states_goal,
                       stop=lambda b: bool(LABELLED_GOAL.match(b.text)),
                       ends=lambda sentence: bool(_cfg()["lead"].search(sentence)),
                       turns=lambda sentence: bool(_cfg()["turn_to_activities"].search(sentence)))
    for s, e, oe in found:
        if label := _GOAL_LABEL.match(text, s, e):
            s = label.end()  # "Mål: Minst 60 procent ...": the field's name is not the goal's
        status = classify(doc.char_span(e, oe, alignment_mode="expand")) if oe > e else None
        span = ctx.span(s, oe if status else e)
        goal_text = " ".join(text[s:e].split()).strip().rstrip(".")
        if span and (s, e) not in ctx.seen_goal_items and not _legend_marked(ctx, goal_text):
            ctx.seen_goal_items.add((s, e))
            ctx.extraction.goals.append(Goal(
                **span, section=section, text=goal_text, outcome_status=status or NOT_REPORTED,
                outcome_text=" ".join(text[e:oe].split()) if status else ""))


def _states_goal(sentence: str) -> bool:
    cfg = _cfg()
    words = len(sentence.split())
    if not 4 <= words <= 60 or cfg["statement_not"].match(sentence) \
            or cfg["lead"].search(sentence) or cfg["clause"].search(sentence):
        return False  # a sentence naming its goals ("Målet är att ...") is read as prose
    return bool(cfg["statement_modal"].match(sentence) or cfg["statement_opener"].match(sentence))


def _following_paras(blocks: list[Block], j: int) -> list[Block]:
    """The paragraphs under block j, and its field lines set out as a row or read as a title
    ("Bedömning:      Uppnått", the value a column's gap away)."""
    out = []
    k = j + 1
    while k < len(blocks):
        b = blocks[k]
        if b.kind == "row" and not (b.cells and b.cells[0][2].endswith(":")):
            # a table of the goal's indicators, then its overall assessment ("Samlad
            # bedömning: ◐"): only that line of what stands under the table
            while k < len(blocks) and blocks[k].kind == "row":
                k += 1
            if k < len(blocks) and _STATUS_FIELD.match(blocks[k].text.lstrip()) \
                    and blocks[k].kind in ("para", "heading"):
                out.append(blocks[k])
            break
        if b.kind not in ("para", "choice", "row") \
                and not (b.kind == "heading" and LABEL_LINE.match(b.text.lstrip())):
            break
        out.append(b)
        k += 1
    return out


# a goal's field name before it ("Mål: Minst 35 procent ...", "Effektmål: ...")
_GOAL_LABEL = re.compile(r"[ \t]*(?:[\wåäö]*mål|målsättning)[ \t]*:[ \t]+", re.I)
# a status field among a goal's remark lines ("Status: Grön", "Bedömning: Delvis uppnådd")
_STATUS_FIELD = re.compile(r"(?:[\wåäö]+\s+)?(?<![\wåäö])(?:status|bedömning|måluppfyllelse|färg)"
                           r"\s*:\s*([^\n.;:]{1,30})", re.I)
FIELD_LINES = 5  # a goal's field lines under it ("Indikator:", "Målvärde:", "Utfall:", "Bedömning:")
LONG_REMARK = 400  # characters of a paragraph under a goal that tells of more than its verdict
REMARK_SENTENCES = 3  # the opening sentences of such a paragraph that may give the verdict


def _goal_from_item(ctx: Context, doc, b: Block, follow: list[Block], section: str) -> Goal | None:
    text = ctx.document.text
    goal_end, status, outcome = split_remark(doc, text, b.start, b.end)
    if b.marker and ctx.legend and (marked := cell_status(b.marker, ctx.legend)):
        # "☒ Antalet deltagare ska öka ... Ökningen blev 4 %": the legend's mark says how it
        # went, the words after the goal's first sentence what became of it
        if status is None:
            goal_end = own_end(text, b.start, b.end)
            outcome = " ".join(text[goal_end:b.end].split()).strip(" .")
        status = marked
    if status is None and (field := _STATUS_FIELD.search(outcome)):
        # "Resultat: 47 procent. Status: Grön": the field's word, or the legend's colour
        status = cell_status(field.group(1).strip(), ctx.legend)
    end = b.end
    for para in follow[:FIELD_LINES] if status is None else []:
        # "Kommentar: Målet är uppnått." in the paragraph under the item, perhaps under the
        # goal's other fields ("Indikator: ... Utfall: 28 procent." / "Bedömning: Ej uppnått.")
        if para.kind == "choice":
            # "[ ] Uppnått  [x] Delvis uppnått  [ ] Ej uppnått": the box the form ticked
            status, outcome, end = cell_status(para.chosen), para.chosen, para.end
            break
        if LABELLED_GOAL.match(para.text) or _mentions(para.text):
            break  # (a comment naming goals by number or ordinal: `_referred_by_number`)
        field = _STATUS_FIELD.match(para.text.lstrip())
        if field and no_claim(para.text.lstrip()[field.start(1):]):
            break  # "Samlad bedömning: n.b. ...": the verdict is that none can be given
        # (a long paragraph under the goal tells of other things too: its verdict, if any,
        # comes in its opening sentences, "Under året avslutades 142 ... Vi nådde inte ända
        # fram.")
        said = para.end if len(para.text) < LONG_REMARK else \
            sentence_spans(text, para.start, para.end)[:REMARK_SENTENCES][-1][1]
        st = (cell_status(field.group(1).strip(), ctx.legend) if field else None) \
            or classify(doc.char_span(para.start, said, alignment_mode="expand"))
        if st:
            status, outcome, end = st, " ".join(text[para.start:said].split()), para.end
            break
        if not LABEL_LINE.match(para.text.lstrip()):
            break
    span = ctx.span(b.start, end)
    goal_text = " ".join(text[b.start:goal_end].split()).strip(" *–-:;").rstrip(".").strip()
    if _legend_marked(ctx, goal_text):
        return None  # "ü Alla parter ska ...": a goal its legend's mark rates (_marked_goals)
    if not span or len(goal_text) < 4 or is_status_phrase(_LEADING_MARK.sub("", goal_text)) \
            or len(find_legend(goal_text)) >= 2:
        # ("► Målet är delvis uppnått", "✔ Målet är uppnått", "● Uppnått ◐ Delvis uppnått
        # ○ Ej uppnått": a legend's line)
        return None
    return Goal(**span, section=section, text=goal_text, outcome_status=status or "not_reported",
                outcome_text=outcome)


def _goal_columns(ctx: Context, doc, blocks: list[Block]) -> None:
    """Goals in tables: the cells of a goal column (the `Mål` column of an activity plan, a
    results table), each with the status its row states (`outcomes.row_status`)."""
    seen: set[str] = set()
    for table in ctx.structure.tables:
        cols = [i for i, r in enumerate(table.roles) if r in ("goal", "subgoal")]
        if not cols:
            continue
        status_cols = table.columns("status")
        said = [i for i, r in enumerate(table.roles) if r in ("outcome", "comment")]
        # "Mål | Aktivitet | Status": the row's status judges its activity, not the goal the
        # rows share (a goal gets one from a column of its own, before any activity's)
        acts = [i for i, r in enumerate(table.roles) if r == "activity"]
        if acts:
            status_cols = [c for c in status_cols if c < acts[0]]
            said = [c for c in said if c < acts[0]]
        for row in table.rows:
            for col in cols:
                cell = table.cell(row, col)
                if cell is None:
                    continue
                cs, ce, words = cell
                if _numbers_column(table, col):
                    _status_by_number(ctx, doc, table, row, words, status_cols, said)
                    continue
                number = _CELL_NUMBER.match(words)
                label = None if number else LABELLED_GOAL.match(words)
                if number:  # "1. Minst 60 procent ..." in a numbered row
                    cs, words = cs + number.end(), words[number.end():]
                elif label:  # "Projektmål 2: 33 % arbete/studier": goal 2 by a short name
                    cs, words = cs + label.end(), words[label.end():]
                key = number.group().strip(" .)") if number else label.group("num") if label else None
                if _GOAL_WORDS_ONLY.fullmatch(" ".join(words.split())):
                    continue  # "Övergripande mål | Ej mätbart | Bedöms ej": a row's label only
                text = " ".join(words.split()).rstrip(".")
                span = ctx.span(cs, ce)
                if not span or not _WORDY.search(text) or text.lower() in seen:
                    # (nor "40 %", "> 640": a column "Mål 2019" of target values)
                    continue  # one goal usually spans several activity rows
                seen.add(text.lower())
                if not any(r for i, r in enumerate(table.roles) if i != col):
                    # no other column is named: the row's other cells may say how it went
                    outcome = [c for i, c in enumerate(row.cells) if i > col and c[2].strip()]
                else:
                    outcome = [c for i in said if (c := table.cell(row, i))]
                status, words_said = row_status(doc, [table.cell(row, c) for c in status_cols], outcome,
                                                ctx.legend)
                earlier = ctx.goal_numbers.get(key) if key else None
                if earlier is not None and earlier.char_end <= cs and _short_name(text):
                    # "2. Arbete eller studier | Ej uppnått": a summary naming goal 2 above
                    if status and earlier.outcome_status == NOT_REPORTED:
                        earlier.outcome_status, earlier.outcome_text = status, words_said
                    continue
                goal = Goal(**span, section=table.section or "Mål", text=text,
                            outcome_status=status or NOT_REPORTED, outcome_text=words_said)
                ctx.extraction.goals.append(goal)
                if key:
                    _comment_below(ctx, key, goal)


_WORDY = re.compile(r"[^\W\d_]{3,}")
_GOAL_WORDS_ONLY = re.compile(r"(?:(?:övergripande|långsiktiga?|strategiska?)\s+)?"
                              r"(?:mål|delmål|effektmål|projektmål|verksamhetsmål|resultatmål)",
                              re.I)
# a goal column's cell that holds only the goal's number ("2", "Mål 2", "M2")
_BARE_NUMBER = re.compile(r"^\s*(?:(?i:mål)\s*|M)?(?P<num>\d{1,2}(?:\.\d{1,2})?)\.?\s*$")


def _numbers_column(table: Table, col: int) -> bool:
    """Whether a goal column holds only goal numbers, counting up ("1", "2", "3"), not target
    values ("Mål 2019": "40 %", "300", "10")."""
    cells = [c[2] for row in table.rows if (c := table.cell(row, col))]
    nums = [m.group("num") for w in cells if (m := _BARE_NUMBER.match(w))]
    if not cells or len(nums) < len(cells):
        return False
    values = [tuple(int(x) for x in n.split(".")) for n in nums]
    return all(a < b for a, b in zip(values, values[1:], strict=False))


def _status_by_number(ctx: Context, doc, table: Table, row: Block, words: str, status_cols: list[int],
                      said: list[int]) -> None:
    """A results table whose goal column gives only numbers ("Mål | Indikator | Målvärde |
    Utfall | Bedömning" / "2 | Andel till arbete | 40 % | 36 % | Ej uppnått"): the row's
    status is that of the goal stated above with that number."""
    goal = ctx.goal_numbers.before(_BARE_NUMBER.match(words).group("num"), row.start)
    if goal is None:
        return
    cells = [c for col in status_cols if (c := table.cell(row, col))]
    # (the table's own verdict word, "Delvis uppnått", outweighs what a comment on the goal
    # was read to say: "Den planerade tredje dagen fick ställas in.")
    stated = any(cell_status(c[2], ctx.legend) for c in cells)
    if goal.outcome_status != NOT_REPORTED and not stated:
        return
    outcome = [c for i in said if (c := table.cell(row, i))]
    status, words_said = row_status(doc, cells, outcome, ctx.legend)
    if status:
        goal.outcome_status, goal.outcome_text = status, words_said
    elif goal.outcome_status == NOT_REPORTED:
        judge_by_row(ctx, doc, goal, table, row)  # ("Målvärde 80 %" / "Utfall 91 %", no verdict)


def _comment_below(ctx: Context, number: str, goal: Goal) -> None:
    """A table's numbered goal, and a "Mål 3: Grupper saknas i Vansbro. I Älvdalen pågår ..."
    paragraph below it read before as a goal of its own: the paragraph comments on the goal
    (and may say what became of it)."""
    text = ctx.document.text
    later = next((g for g in ctx.extraction.goals if g.char_start > goal.char_end
                  and (m := LABELLED_GOAL.match(_line_at(text, g.char_start)))
                  and m.end() == g.char_start - text.rfind("\n", 0, g.char_start) - 1
                  and m.group("num") == number), None)
    said = _line_at(text, later.char_start) if later is not None else ""
    if later is None or len(sentence_spans(said, 0, len(said))) < 2:
        ctx.goal_numbers.setdefault(number, goal)
        return
    ctx.extraction.goals.remove(later)
    ctx.goal_numbers[number] = goal
    if goal.outcome_status == NOT_REPORTED:
        goal.outcome_status, goal.outcome_text = later.outcome_status, later.outcome_text


def _line_at(text: str, pos: int) -> str:
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1:end if end >= 0 else len(text)]


SHORT_NAME = 4  # words at most of a goal's short name in a summary table


def _short_name(text: str) -> bool:
    """A goal's short name ("Arbete eller studier"), not a goal stated anew (no modal)."""
    return len(text.split()) <= SHORT_NAME and not re.search(r"\b(?:ska|skall|skulle)\b", text)


def _goal_fields(ctx: Context, doc) -> None:
    """A card's "Mål: ..." line is a goal; a "Resultat ...:" line of the same card (before a
    blank line or the next goal) says how it went."""
    text = ctx.document.text
    cfg = _cfg()
    taken = Covered(len(text), ((g.char_start, g.char_end) for g in ctx.extraction.goals))
    for m in cfg["field"].finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        goal_text = " ".join(text[m.end():line_end].split()).rstrip(".")
        if len(goal_text.split()) < 4 or taken.overlaps(m.end(), line_end):
            continue
        card_end = _paragraph_end(text, line_end)
        nxt = cfg["field"].search(text, line_end, card_end)
        card_end = nxt.start() if nxt else card_end
        result = cfg["result_field"].search(text, line_end, card_end)
        status, said, end = None, "", line_end
        if verdict := _verdict_line(text, line_end, card_end):
            # "Så gick det: 27 procent ..." / "❌ Inte uppnått": the card's line that only says
            # how it went, over what its story may seem to say
            status, end = verdict
            said = " ".join(text[line_end:end].split())
        elif result:
            r_end = text.find("\n", result.end(), card_end)
            r_end = card_end if r_end < 0 else r_end
            status = classify(doc.char_span(result.end(), r_end, alignment_mode="expand"))
            if status:
                said, end = " ".join(text[result.end():r_end].split()), r_end
        field = None if status else _STATUS_FIELD.search(text, line_end, card_end)
        if field and (status := cell_status(field.group(1).strip(), ctx.legend)):
            # "Resultat: 38 procent." / "Bedömning: Uppfyllt."
            said = " ".join(text[line_end:field.end()].split())
            end = field.end()
        span = ctx.span(m.end(), end)
        if span:
            ctx.extraction.goals.append(Goal(**span, section="Mål", text=goal_text,
                                             outcome_status=status or NOT_REPORTED,
                                             outcome_text=said))


_LINE = re.compile(r"[^\n]+")


def _verdict_line(text: str, start: int, end: int) -> tuple[str, int] | None:
    """A line of a card that only says a status, perhaps after a mark ("✅ Uppnått",
    "🟡 Delvis uppnått"): the status and where the line ends."""
    for m in _LINE.finditer(text, start, end):
        words = _LEADING_MARK.sub("", m.group().strip())
        if words and is_status_phrase(words) and (status := cell_status(words)):
            return status, m.end()
    return None


# (a number with no stop before a word in lower case is the goal's own figure: "60 deltagare")
_CELL_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*(?:[.)]\s+(?=\S)|\s+(?=[^\W\d_a-zåäöé]))")


PARAGRAPH_CHARS = 3000  # a goal's outcome stands in its paragraph, and close to it


def _paragraph_end(text: str, pos: int) -> int:
    m = _BLANK_LINE.search(text, pos, pos + PARAGRAPH_CHARS)
    return m.start() if m else min(len(text), pos + PARAGRAPH_CHARS)


_BLANK_LINE = re.compile(r"\n\s*\n")




# the last item of a list before its comma ("hälsa, arbete, och försörjning"): no clause's end
_LIST_ITEM_BEFORE = re.compile(r",\s*[\wåäöÅÄÖ-]+$")


def _clause_cut(text: str, start: int, end: int) -> re.Match | None:
    """Where a goal named in a sentence ends before the sentence does (", och det har vi
    gjort"); a comma before the "och" of a list's last item ("hälsa, arbete, och
    försörjning") ends nothing."""
    for cut in _cfg()["cut"].finditer(text, start, end):
        if not _LIST_ITEM_BEFORE.search(text, max(start, cut.start() - 40), cut.start()):
            return cut
    return None


RESTATED = 75  # rapidfuzz token_set_ratio of a goal followed up to the goal stated above it


def _stated_before(goals: list[Goal], words: str, pos: int) -> Goal | None:
    """The goal stated above `pos` whose words a follow-up repeats, most of them."""
    from rapidfuzz import fuzz

    best = max(((fuzz.token_set_ratio(words.lower(), g.text.lower()), g) for g in goals
                if g.char_end <= pos), key=lambda x: x[0], default=(0, None))
    return best[1] if best[0] >= RESTATED else None


def _prose_goals(ctx: Context, doc) -> None:
    """Goals stated in running text: "Förbundets mål är att A, att B och att C" and "tre mål
    för året, nämligen att A, att B och att C" (one goal each), goals counted by ordinals
    ("Det första var att A. Det andra målet är att B"), and "Målet att A bedöms vara
    uppnått" (a goal with its outcome). Goals listed or counted get their numbers, so that a
    later "Det andra målet nådde vi inte" says what became of them."""
    text = ctx.document.text
    cfg = _cfg()
    taken = Covered(len(text), ((g.char_start, g.char_end) for g in ctx.extraction.goals))
    found: list[tuple[int, int, str | None, str, str]] = []  # start, end, status, outcome, number
    # (a list's lead names its goals within a few words: searched only before each "mål")
    leads = {m.end(): m for m in finditer_near(cfg["list_lead"], _GOAL_ANCHOR, text, LEAD_REACH)}
    for m in cfg["lead"].finditer(text):
        if "syfte" not in (m.group("subject") or "").lower():
            leads.setdefault(m.end(), m)
    for _, m in sorted(leads.items()):
        k = ctx.structure.index_at(m.start())
        items = ctx.structure.items_after(k) if k >= 0 and not text[m.end():m.end() + 80] \
            .split("\n", 1)[0].strip() else []
        if items:  # "... förbundets mål för 2025 är att" / "- fler invånare ska ..." / "- ..."
            blocks = ctx.structure.blocks
            found.extend((blocks[j].start, blocks[j].end, None, "", str(n))
                         for n, j in enumerate(items, 1))
            continue
        end_m = SENTENCE_END.search(text, m.end())
        end = end_m.start() if end_m else len(text)
        cut = _clause_cut(text, m.end(), end)
        end = cut.start() if cut else end
        start = m.end()
        parts = []
        for part in cfg["split"].finditer(text, start, end):
            parts.append((start, part.start()))
            start = part.end()
        parts.append((start, end))
        status, outcome = None, ""
        if len(parts) == 1:  # one goal: the rest of its paragraph says what became of it
            after = _paragraph_end(text, end)
            nxt = cfg["lead"].search(text, end, after) or cfg["clause"].search(text, end, after)
            after = nxt.start() if nxt else after
            status = classify(doc.char_span(end, after, alignment_mode="expand"))
            outcome = " ".join(text[end:after].split()).lstrip(",;. ") if status else ""
        numbered = len(parts) > 1
        found.extend((a, b, status, outcome, str(k) if numbered else "")
                     for k, (a, b) in enumerate(parts, 1))
    for m in cfg["ordinal"].finditer(text):
        if not _GOAL_WORD.search(text, max(0, m.start() - ORDINAL_REACH), m.end()):
            continue  # "Det andra var att ..." counts goals only after goals were named
        if m.group("ord_for") and not (cfg["modal_before"].search(text, max(0, m.start() - 8),
                                                                  m.start())
                                       or cfg["modal_after"].match(text, m.end())):
            continue  # ("För det första verksamhetsåret", "För det andra föreslås att ...")
        end_m = SENTENCE_END.search(text, m.end())
        end = end_m.start() if end_m else len(text)
        cut = _clause_cut(text, m.end(), end)
        ordinal = m.group("ord") or m.group("ord_for") or m.group("ord_as")
        end = cut.start() if cut else end
        # what became of it: the rest of its paragraph, up to where another goal is stated
        after = _paragraph_end(text, end)
        nxt = min((x.start() for pat in (cfg["ordinal"], cfg["lead"], cfg["clause"])
                   if (x := pat.search(text, end, after))), default=after)
        status = classify(doc.char_span(end, nxt, alignment_mode="expand"))
        found.append((m.end(), end, status,
                      " ".join(text[end:nxt].split()).lstrip(",;. ") if status else "",
                      str(numbers()["ordinals"][ordinal.lower()])))
    for m in cfg["wished"].finditer(text):
        # "Vi vill att ..." states a goal once its paragraph has named goals above it
        para = max(text.rfind("\n\n", 0, m.start()), m.start() - ORDINAL_REACH)
        if not _GOAL_WORD.search(text, para, m.start()):
            continue
        end_m = SENTENCE_END.search(text, m.end())
        end = end_m.start() if end_m else len(text)
        cut = _clause_cut(text, m.end(), end)
        start, end = m.end(), cut.start() if cut else end
        parts = []
        for part in cfg["split"].finditer(text, start, end):  # "Vi ville att A, att B och att C"
            parts.append((start, part.start()))
            start = part.end()
        parts.append((start, end))
        # (numbered when several, so that "Det andra målet nådde vi inte" finds its goal)
        found.extend((a, b, None, "", str(k) if len(parts) > 1 else "")
                     for k, (a, b) in enumerate(parts, 1))
    for m in cfg["clause"].finditer(text):
        # what became of it: the rest of its paragraph, up to the next goal named there
        end = _paragraph_end(text, m.end("goal"))
        nxt = cfg["clause"].search(text, m.end("goal"), end)
        end = nxt.start() if nxt else end
        status = classify(doc.char_span(m.end("goal"), end, alignment_mode="expand"))
        found.append((m.start("goal"), m.end("goal"), status,
                      " ".join(text[m.end("goal"):end].split()) if status else "", ""))
    numbered_list = bool(ctx.goal_numbers)  # a list's own numbers come first
    for start, end, status, outcome, number in sorted(found, key=lambda f: f[:2]):
        span = ctx.span(start, end)
        if not span or len(span["evidence"].split()) < 3 or \
                taken.overlaps(span["char_start"], span["char_end"]):
            continue
        taken.add(span["char_start"], span["char_end"])
        words = " ".join(span["evidence"].split())
        stated = _stated_before(ctx.extraction.goals, words, start) if status else None
        if stated is not None:
            # "Målet att göra förbundet känt ... har uppnåtts": the goal stated above, now
            # followed up in other words
            if stated.outcome_status == NOT_REPORTED:
                stated.outcome_status, stated.outcome_text = status, outcome
            continue
        goal = Goal(**span, section="Mål", text=words,
                    outcome_status=status or "not_reported", outcome_text=outcome)
        ctx.extraction.goals.append(goal)
        if number and not numbered_list:
            ctx.goal_numbers.setdefault(number, goal)
