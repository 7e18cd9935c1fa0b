"""Budget lines in running prose: every amount with a unit that no table or set phrase took,
labelled from its own clause.

A sentence may name several amounts ("Staten bidrar med 4,2 mnkr, landstinget med 2,1 mnkr
och kommunerna med 2,1 mnkr"); each amount's clause runs from the end of the one before. The
label is, in order of preference:
- a name right after the amount ("avsåg 3 240 tkr Ung Framtid, 1 610 tkr IPS");
- what stands before the amount, less its verb and preposition ("landstinget med", "Kvarvarande
  medel, 53 500 kr, återförs", "Medlemsavgifterna uppgick 2013 till");
- what a preposition after the amount names ("1 600 tkr från Landstinget Västmanland",
  "850 tkr av tidigare års överskott");
- the clause's verb where the subject only points back ("Av dessa förbrukades 214 000 kr");
- the section heading where the subject is "Insatsen" or "Projektet".
"""
from __future__ import annotations

import re
from functools import cache

from ..records import BudgetLine
from .amounts import YEAR, amounts_with_unit, find_period, to_kronor
from .context import Context, Covered, cues
from .sentences import sentence_end, sentence_start
from .structure import Block

MAX_LABEL = 80  # characters: a label longer than this is a clause, not a name
_MARKER = re.compile(r"^[•·▪◦●○■□➢►*–-]\s+")
_CLAUSE_END = re.compile(r"[,;:(]|\s(?:och|samt|varav|vilket|men|som)\s|\s[-–]\s")
_LATER_PREPOSITION = re.compile(r"\s(?:för|från|i|med|under|vid|inom|hos)\s")
_CLAUSE_STOP = re.compile(r"[,;:(]|\s[-–]\s")  # what ends a clause without a conjunction
_JOINED_TO_COMMA = re.compile(r"\s(?:och|samt)\s[^,;:()\d]*,\s*$")


@cache
def _cfg() -> dict:
    c = cues()["budget"]
    return {
        "verb_at": re.compile(rf"(?:^|\s)(?P<verb>{c['prose_verbs']})(?=[\s,;]|$)", re.I),
        "prep_tail": re.compile(rf"(?:^|\s+)(?:{c['prose_prepositions']})\s*$", re.I),
        # "1 600 tkr från Landstinget", "850 tkr av tidigare års överskott", "820 000
        # kronor använts till ALP"
        "after": re.compile(rf"^\s*(?:[a-zåäö]+(?:ts|des|tes|as|es)\s+)?(?P<prep>{c['prose_after']})"
                            r"\s+(?P<np>.+)$", re.I | re.S),
        "pointer": re.compile(rf"(?:{c['prose_pointers']})", re.I),
        "anaphor": re.compile(rf"^(?:{c['prose_anaphors']})$", re.I),
        "antecedent_after": re.compile(c["antecedent_after"], re.I),
        "of_anaphor": re.compile(rf"\s(?:för|av|i|till)\s+(?:{c['prose_anaphors']})$", re.I),
        "adverbs": c["prose_adverbs"],
        "auxiliary": re.compile(rf"(?:{c['prose_auxiliaries']})", re.I),
        # (a time between verb and preposition: "förfogade under 2015 över 60 000 kronor")
        "transfer_tail": re.compile(rf"(?:^|\s)(?:{c['prose_transfer_verbs']})"
                                    r"(?:\s+(?:under|i|för)\s+(?:året|perioden|(?:19|20)\d\d))?"
                                    rf"(?:\s+(?:{c['prose_adverbs']}|\S+))?\s*$", re.I),
        "adverb_only": re.compile(rf"(?:{c['prose_adverbs']})", re.I),
        "starts_prep": re.compile(rf"^(?:{c['prose_prepositions']}|{c['prose_after']}"
                                  r"|vid|per|under|efter|före|inom|sedan)\b", re.I),
        "total": re.compile(c["total_labels"], re.I),
        "whole_period": re.compile(c["whole_period"], re.I),
        "not_after": re.compile(rf"^(?:{c['prose_not_after']})\b", re.I),
        "remainder": re.compile(rf"(?:{c['prose_remainders']})", re.I),
        "as": re.compile(rf"^\s*(?:{c['prose_as']})(?P<np>.+)$", re.I | re.S),
        "apposition": re.compile(c["prose_apposition"], re.I),
        "worth_field": re.compile(r"(?:^|\n)[ \t]*(?P<label>[A-ZÅÄÖ][^:\n]{1,60}?):[ \t][^\n]*"
                                  rf"\b(?:{c['prose_worth']})\s*$"),
    }


def prose_lines(ctx: Context) -> None:
    """Adds a budget line for each amount with a unit in the text that no line holds yet."""
    text = ctx.document.text
    taken = Covered(len(text), ((b.char_start, b.char_end) for b in ctx.extraction.budget_lines))
    # (nor the sums up to which someone may attest: "Beloppsgräns" over "50 000 kr")
    authority = [(t.rows[0].start, t.rows[-1].end) for t in ctx.structure.tables
                 if "authority" in t.roles]
    amounts = [m for m in amounts_with_unit(text) if not _year_kr(m)
               and not any(s <= m.start() < e for s, e in authority)]
    new = {m.start() for m in amounts if not taken.holds(m.start("num"))}
    if not new:
        return
    headings = effort_headings(ctx)
    done: set[int] = set()
    for m in amounts:
        if m.start() not in new or m.start() in done:
            continue
        start, end = _sentence(text, m.start())
        k = ctx.structure.index_at(m.start())
        block = ctx.structure.blocks[k] if k >= 0 else None
        if block is not None and block.kind != "row":
            # within its paragraph: not the title above ("7. Budget 2022 och plan
            # 2023–2024"), nor the form's next field ("Datum: 2023-11-20")
            start, end = max(start, block.start), min(end, max(block.end, m.end()))
        # every amount of the sentence bounds a clause; only the new ones become lines
        group = [a for a in amounts if start <= a.start() < end]
        done.update(a.start() for a in group)
        _sentence_lines(ctx, text, start, end, group, new, headings)


def opens_with_verb(label: str) -> bool:
    """Whether a would-be label opens with a verb ("beräknas kosta"): a clause, not a name."""
    return bool(_cfg()["verb_at"].match(label.strip()))


def period_of(clause: str, sentence: str) -> str | None:
    """The clause's period, else the sentence's: a span of years ("för perioden 2006–2007",
    "2021-09-01–2022-08-31") before a single year, and of several the last."""
    for part in (_without_parts(clause), _without_parts(sentence)):
        spans = _spans(part)
        if spans:
            return spans[-1][1]
        years = [m.group() for m in YEAR.finditer(part) if not _compared(part, m)]
        if years:
            return years[-1]
    return None


# a year an amount is compared with, counted from or left over from, not its own ("som
# gäller sedan 2010", "jämfört med 2011", "1 100 000 kronor kvar från 2011")
_SINCE = re.compile(r"\b(?:sedan|jämfört\s+med|än|mot|kvar\s+från|överförts?\s+från)\s+"
                    r"(?:år\s+)?$", re.I)


def _compared(text: str, m: re.Match) -> bool:
    """Whether a year is one an amount is compared with: after "jämfört med" and the like,
    or the last year's figure in brackets ("612 000 kronor (2020: 598 000 kronor)")."""
    return bool(_SINCE.search(text, max(0, m.start() - 20), m.start())) \
        or (text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ":")


_PART_LINE = re.compile(r"(?im)^[ \t]*varav\b.*(?:\n(?=[^\n]*\d{4}-\d\d-\d\d)[^\n]*)?")


def _without_parts(text: str) -> str:
    """The text without lines that name a part of the period ("Varav planeringsfas:
    2016-09-01 – 2016-12-31", the date perhaps on the next line)."""
    return _PART_LINE.sub("", text) if "arav" in text else text


def _spans(text: str) -> list[tuple[int, str]]:
    """Each span of years named in `text` ("2014-2016", "2021-09-01 – 2022-08-31"), with
    where it ends; the forms only `find_period` knows ("070917-091231") when no other is."""
    out = [(m.end(), p) for m in _PERIOD_SPAN.finditer(text)
           if (p := _as_period(find_period(m.group())))]
    whole = None if out else _as_period(find_period(text))
    return out or ([(len(text), whole)] if whole else [])


def _as_period(span: tuple[str, str] | None) -> str | None:
    if not span:
        return None
    a, b = span[0][:4], span[1][:4]
    return a if a == b else f"{a}-{b}"


PARAGRAPH_BACK = 600  # characters before an amount that its paragraph may name a year in


def default_period(ctx: Context, pos: int) -> str:
    """The period of an amount whose own sentence names none: the last period named before
    it in its paragraph ("Budgeten för 2020 omfattar ... Kostnaderna beräknas till ...",
    "Sökt förlängning: 2022-07-01 – 2024-06-30" / "Sökt belopp: ..."), else the project's
    whole period where the paragraph speaks of it ("... för hela projektperioden"), else the
    heading right over it ("Fakta om projektet 2011-2014"), else the document's own year."""
    text = ctx.document.text
    start = max(0, pos - PARAGRAPH_BACK)
    blank = text.rfind("\n\n", start, pos)
    before = text[blank + 2 if blank >= 0 else start:pos]
    period = _last_period(_without_parts(before))
    if not period:
        # "Projektets totala budget är 14 780 000 kr för hela projektperioden. ESF+
        # finansierar 8 412 000 kr.": the paragraph speaks of the project's whole period
        period = whole_period(ctx, before + text[pos:sentence_end(text, pos)])
    if not period:
        head = ctx.structure.heading_over(pos) if ctx.structure is not None else None
        period = period_of(head.flat, "") if head is not None else None
    return period or (str(ctx.document.year) if ctx.document.year else "")


WHOLE_PERIOD_CHARS = 3000  # a transcript without pages: its first page's worth of text
_PROJECT_PAPERS = {"ansokan", "projektplan", "slutrapport"}


def first_page_period(ctx: Context) -> tuple[str, str] | None:
    """The first span of dates or years the first page names (a project's period), or its
    start and end given as fields of their own ("Projektperiod, start: 2016-02-01" /
    "Projektperiod, slut: 2018-12-31")."""
    pages = ctx.document.pages
    first_page = pages[0].char_end if len(pages) > 1 else WHOLE_PERIOD_CHARS
    head = ctx.document.text[:first_page]
    found = find_period(head)
    if found:
        return found
    start, end = _period_field("start").search(head), _period_field("end").search(head)
    if start and end and start.group(1) <= end.group(1):
        return start.group(1), end.group(1)
    return None


@cache
def _period_field(which: str) -> re.Pattern:
    """A form's field for its period's start or end: "Projektperiod, start: 2016-02-01"."""
    words = "|".join(cues()["budget"][f"period_{which}_fields"])
    return re.compile(rf"\b(?:{words})\b[^:\n]{{0,20}}:[ \t]*((?:19|20)\d\d-\d\d-\d\d)", re.I)


def whole_period(ctx: Context, words: str) -> str | None:
    """The years of the project period the first page states, for `words` (a caption, a
    paragraph) that speak of the whole period ("för hela projekttiden")."""
    if not _cfg()["whole_period"].search(words):
        return None
    return _as_period(first_page_period(ctx))


def project_period(ctx: Context) -> str | None:
    """A project's papers (an application, a plan, a final report) budget its whole period:
    the span of years their first page states ("Projekttid: 2012-09-01 – 2015-08-31")."""
    if ctx.document.doc_type not in _PROJECT_PAPERS:
        return None
    found = first_page_period(ctx)
    if not found or found[0][:4] == found[1][:4]:
        return None
    return f"{found[0][:4]}-{found[1][:4]}"


def _last_period(text: str) -> str | None:
    """The last span of years or single year named in `text` (a date counts as its year)."""
    spans = _spans(text)
    years = [m for m in YEAR.finditer(text) if not _compared(text, m)]
    if spans and (not years or years[-1].start() < spans[-1][0]):
        return spans[-1][1]
    return years[-1].group() if years else None


_PERIOD_SPAN = re.compile(r"(?:19|20)\d\d(?:-\d\d-\d\d)?\s*(?:[-–]|till|t\.?o\.?m\.?)\s*"
                          r"(?:19|20)\d\d(?:-\d\d-\d\d)?")


def _year_kr(m: re.Match) -> bool:
    """'Budget 2012 kr': a header's year before the unit of the column below."""
    return bool(re.fullmatch(r"(?:19|20)\d\d", m.group("num")))


def _sentence(text: str, pos: int) -> tuple[int, int]:
    return sentence_start(text, pos), sentence_end(text, pos)


def _sentence_lines(ctx: Context, text: str, start: int, end: int, group: list[re.Match],
                    new: set[int], headings: list) -> None:
    cfg = _cfg()
    sentence = text[start:end]
    clause_start = start
    for k, m in enumerate(group):
        nxt = group[k + 1].start() if k + 1 < len(group) else end
        before = text[clause_start:m.start()]
        after_full = text[m.end():nxt]
        cut = _CLAUSE_END.search(after_full)
        if cut and _JOINED_TO_COMMA.match(after_full, cut.start()):
            # "1 800 000 kr från Försäkringskassan och Arbetsförmedlingen, 900 000 kr ...":
            # the "och" joins this clause's names; the comma before the next amount ends it
            cut = re.search(r",\s*$", after_full)
        after = after_full[:cut.start()] if cut else after_full
        clause_start = m.end() + len(after)
        if m.start() not in new:
            continue
        label, ls, le = _label(before, m, after, headings, _CLAUSE_STOP.split(after_full, 1)[0])
        amount = to_kronor(m.group("num"), m.group("unit"))
        if not label or amount is None:
            continue
        period = period_of(before + after, sentence) or default_period(ctx, m.start())
        s, e = min(ls, m.start()), max(le, m.end())
        span = ctx.span(s, e) if e - s < 600 else ctx.span(m.start(), m.end())
        if not span:
            continue
        ctx.extraction.budget_lines.append(BudgetLine(
            **span, table_id="", label=label, period=period, amount_sek=amount,
            source_unit=m.group("unit").lower(), is_total=bool(cfg["total"].search(label))))


def _label(before: str, m: re.Match, after: str, headings: list,
           rest: str) -> tuple[str, int, int]:
    """The label, and where it stands in the text (`after`: the clause after the amount up
    to a conjunction; `rest`: up to a comma)."""
    cfg = _cfg()
    b0 = m.start() - len(before)
    # a name right after the amount: "avsåg 3 240 tkr Ung Framtid"
    name = re.match(rf"[ \t]+(?P<np>[A-ZÅÄÖ\"“][^,;.\n]{{1,{MAX_LABEL}}}?)\s*$", after)
    if name and not cfg["verb_at"].match(" " + name.group("np")) \
            and not cfg["not_after"].match(name.group("np")):
        np_ = name.group("np").strip().strip("\"“”")
        return np_, m.end() + name.start("np"), m.end() + name.end("np")
    rel = _RELATIVE.search(before)
    ante = antecedent(before, 0, rel.start()) if rel else None
    if ante is not None:
        # "finansieras med eget kapital, som vid årets slut uppgick till 2 310 000 kr": what
        # the relative clause says of is its antecedent
        return before[ante[0]:ante[1]], b0 + ante[0], b0 + ante[1]
    subject, s_at, kind = _subject(before)
    prep = cfg["after"].match(after)
    if prep and cfg["not_after"].match(_strip_det(prep.group("np"))):
        prep = None
    # "Förbundet beviljade 320 000 kr till X", "LLG har disponerat 1 150 000 kr från Y",
    # "beviljar LLG Köping 480 000 kr för förlängning av UVA": the amount is what the
    # preposition names; "Staten bidrar med 4,2 mnkr": it is the subject's
    transfer = bool(cfg["transfer_tail"].search(before.rstrip(" ,")))
    if prep and (not subject or transfer):
        np_ = _before_verb(prep.group("np"))  # "av det egna kapitalet tas i anspråk"
        np_ = _strip_det(np_.strip().rstrip(".")).strip("\"“”")
        if len(np_) > MAX_LABEL:  # "till en utbildningsdag om SIP för handläggare från ..."
            np_ = _LATER_PREPOSITION.split(np_, maxsplit=1)[0]
        if 2 < len(np_) <= MAX_LABEL:
            at = m.end() + prep.start("np")
            return np_, at, at + len(prep.group("np"))
    if not subject or cfg["remainder"].fullmatch(subject):
        # "Resterande 400 000 kr hålls som en reserv", "varav 640 000 kr avsåg kansliet",
        # "och 1 058 000 kr de fyra insatserna": what the words after the amount name
        said = cfg["as"].match(rest)
        np_ = said.group("np") if said else _bare_phrase(after)
        np_ = _strip_det(np_.strip().rstrip(".")).strip("\"“”") if np_ else ""
        if 2 < len(np_) <= MAX_LABEL and np_ in rest:
            at = m.end() + rest.index(np_)
            return np_, at, at + len(np_)
    if subject:
        head = pointed_heading(headings, m.start(), points_back(subject))
        if head is not None:
            return head.flat, head.start, head.end
        return subject, b0 + s_at, b0 + s_at + len(subject)
    # "Av dessa förbrukades 214 000 kr", "Av beviljade 100 000 kr", "Av dessa har 62 400 kr
    # använts": the verb next to the amount, before it or else after it
    close = next(iter(reversed(list(cfg["verb_at"].finditer(before.rstrip())))), None)
    if close and close.end() == len(before.rstrip()) \
            and not cfg["auxiliary"].fullmatch(close.group("verb")):
        return close.group("verb"), m.start(), m.end()  # evidence: the amount itself
    later = [v for v in cfg["verb_at"].finditer(" " + after)
             if not cfg["auxiliary"].fullmatch(v.group("verb"))]
    if later:
        return later[0].group("verb"), m.start(), m.end()
    return "", 0, 0


# a relative clause right before the amount ("..., som vid årets slut uppgick till")
_RELATIVE = re.compile(r",\s+som\s+[^,;:]*$")
# its antecedent: the noun phrase before its comma, after a preposition or a verb
RELATIVE_WORDS = 4  # words at most of such an antecedent
ANTECEDENT_REACH = 60  # characters before the comma where the antecedent's lead may stand


def antecedent(text: str, start: int, comma: int) -> tuple[int, int] | None:
    """Where the noun phrase stands that a relative clause after text[comma] says of:
    "finansieras med eget kapital, som ...": "eget kapital"; "kostnaden för
    uppföljningssystemet SUS, som ...": "uppföljningssystemet SUS"."""
    before = _cfg()["antecedent_after"].finditer(text, max(start, comma - ANTECEDENT_REACH), comma)
    last = next(reversed(list(before)), None)
    if last is None:
        return None
    np_ = text[last.end():comma]
    if not 1 <= len(np_.split()) <= RELATIVE_WORDS or re.search(r"[\d.;:]", np_):
        return None
    return last.end(), comma


def effort_headings(ctx: Context) -> list[tuple[Block, bool]]:
    """The headings, each with whether it names an effort found: a label that points back
    takes one ("Insatsen" any, "kostnad för insatsen" only one that names an effort)."""
    names = [p.name for p in ctx.extraction.projects]
    return [(b, any(n in b.flat for n in names)) for b in ctx.structure.blocks if b.is_heading]


def pointed_heading(headings: list[tuple[Block, bool]], pos: int, pointing: str
                    ) -> Block | None:
    """The heading right above pos that a label pointing back (`points_back`) names, if any
    ("kostnad för insatsen" under "Kommunstyrelsens ansvarsområde" keeps its own words)."""
    if not pointing:
        return None
    head, names_effort = next(((h, named) for h, named in reversed(headings) if h.start < pos),
                              (None, False))
    return head if head is not None and (names_effort or pointing == "bare") else None


def points_back(label: str) -> str:
    """How a label names the effort only by pointing back to it: "bare" ("Insatsen"), "of"
    ("Förbundets kostnad för insatsen"), or "" when it names something itself."""
    cfg = _cfg()
    return "bare" if cfg["anaphor"].match(label) else "of" if cfg["of_anaphor"].search(label) \
        else ""


def _before_verb(np_: str) -> str:
    verb = _cfg()["verb_at"].search(np_)
    return np_[:verb.start()] if verb and verb.start() else np_


BARE_WORDS = 6  # words of a plain noun phrase after an amount that names it


def _bare_phrase(after: str) -> str:
    """The words after an amount when they are a plain noun phrase, not a preposition's, a
    verb's or a time's ("1 058 000 kronor de fyra insatserna", not "föregående år")."""
    cfg = _cfg()
    words = _strip_det(after).split()
    if not words or len(words) > BARE_WORDS or not words[0][:1].islower() \
            or cfg["starts_prep"].match(words[0]) or cfg["not_after"].match(words[0]) \
            or any(cfg["verb_at"].fullmatch(w) or cfg["not_after"].fullmatch(w) for w in words) \
            or re.search(r"[\d()]", after):
        return ""
    return after.strip()


def _subject(before: str) -> tuple[str, int, str]:
    """The noun phrase that the amount belongs to in the clause before it, where it starts in
    `before`, and what it is there: the verb's "object" ("bevilja SPIRA"), its "subject"
    ("Staten bidrar med") or a "noun" standing alone ("Kvarvarande medel,", "Sökt belopp:")."""
    cfg = _cfg()
    field = cfg["worth_field"].search(before)
    if field:  # "Försäkringskassan: handläggare 20 % motsvarande 140.000 kr": the field's name
        return field.group("label"), field.start("label"), "noun"
    lead = re.match(r"^[\s,;:]*(?:(?:och|samt|varav|men|medan|även|därutöver|dessutom)\s+)*",
                    before)
    offset = lead.end()
    s = cfg["prep_tail"].sub("", before[offset:].rstrip(" ,:"))
    cut = list(re.finditer(r"[;:]\s*|(?:^|[\s,])(?:varav|att)(?:\s+|$)|,\s*(?:och|samt)(?:\s+|$)", s))
    # "studiebesök, varav 8 500 kr", "föreslår styrelsen att 500 000 kr av det egna
    # kapitalet används": the clause starts after the last such break
    if cut:
        offset += cut[-1].end()
        s = s[cut[-1].end():]
    line = s.rfind("\n")
    if line >= 0 and re.search(r"[\d:)]\s*$", s[:line]):  # "Projektperiod: ...\nSökt belopp:"
        offset += line + 1
        s = s[line + 1:]
    verbs = list(cfg["verb_at"].finditer(s))
    pieces: list[tuple[int, int, str]] = [(0, len(s), "noun")]
    if verbs:
        first, last = verbs[0], verbs[-1]
        pieces = [(last.end(), len(s), "object"), (0, first.start(), "subject")]
        if len(verbs) > 1:
            pieces.append((first.end(), last.start(), "subject"))
    for a, b, kind in pieces:
        np_, at = _phrase(s[a:b])
        if np_:
            return np_, offset + a + at, kind
    return "", 0, ""


def _phrase(s: str) -> tuple[str, int]:
    """`s` as a label: without its preposition before the amount, adverbs, a year or a
    determiner; none if it is a prepositional phrase, a pointer or too long."""
    cfg = _cfg()
    s = cfg["prep_tail"].sub("", s.rstrip(" ,"))
    # "Kansliet, med förbundschef och ekonomi, beräknas kosta": the head before its apposition
    head = cfg["apposition"].split(s, maxsplit=1)[0]
    s = head if head.strip() else s
    if cfg["total"].fullmatch(s.strip()):
        return s.strip(), len(s) - len(s.lstrip())  # "Totalt använde vi 4 690 000 kronor"
    s = re.sub(r"\s+(?:(?:för\s+)?(?:19|20)\d\d)$", "", s)
    s = re.sub(rf"(?:\s+(?:{cfg['adverbs']}))+$", "", s, flags=re.I)
    at = len(s) - len(s.lstrip(" ,\n"))
    s = s.strip(" ,\n")
    marker = _MARKER.match(s)  # a list item's bullet the reader left in the text
    if marker:
        at, s = at + marker.end(), s[marker.end():]
    adv = re.match(rf"^(?:(?:{cfg['adverbs']})\s+)+", s, flags=re.I)
    if adv:
        at, s = at + adv.end(), s[adv.end():]
    purpose = _PURPOSE.match(s)  # "För utvärdering avsätts ...": what it is for
    if purpose:
        at, s = at + purpose.end(), s[purpose.end():]
    det = _strip_det(s)
    at, s = at + len(s) - len(det), det.rstrip(" ,")
    if not s or len(s) > MAX_LABEL or not re.search(r"[A-Za-zÅÄÖåäö]{3,}", s) \
            or cfg["starts_prep"].match(s) or cfg["pointer"].fullmatch(s) \
            or cfg["adverb_only"].fullmatch(s):
        return "", 0
    return " ".join(s.split()) if "\n" in s else s, at


_PURPOSE = re.compile(r"^för\s+(?!att\b|(?:19|20)\d\d\b)", re.I)


def _strip_det(s: str) -> str:
    return re.sub(r"^(?:det|den|de|dess|ett|en)\s+(?=\w)", "", s.strip(), flags=re.I)
