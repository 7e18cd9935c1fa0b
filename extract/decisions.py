"""What a meeting's minutes decide shall be done, as planned activities: the parts of a
decision ("Styrelsen beslutar / att ge förbundschefen i uppdrag att ..., / att ...", a numbered
"Förslag till beslut" the meeting adopts, "LSG beslutade att ...") and the commissions the
minutes give in sentences of their own ("Förbundschefen ges i uppdrag att ..."). A part that
adopts, grants, elects or files ("att fastställa verksamhetsplanen", "att bevilja X 300 000
kr", "Anmälan läggs till handlingarna") plans no work of its own and is left out. Read in
minutes only: a report's "styrelsen beslutade att ..." tells of the year, not of a plan."""
from __future__ import annotations

import re
from functools import cache

from ..records import Activity
from ..vocabulary import is_first_name, is_infinitive
from .context import Context, Covered, cues
from .list_markers import LIST_MARKER
from .sentences import SENTENCE_END, sentence_spans

MINUTES = ("protokoll",)
PART_WORDS = 4  # words at least in a decision's part that plans work
PART_REACH = 1500  # characters a decision's parts may run on after its lead


@cache
def _cfg() -> dict:
    c = cues()["decisions"]
    return {"lead": re.compile(c["lead"]), "commission": re.compile(c["commission"], re.I),
            "formal": frozenset(c["formal"])}


# where a decision's parts divide: a line or a list item of its own opening with "att" or a
# number ("att A,\natt B", "- att A\n- att B", "1. A\n2. B"), or ", att" inside a line (not
# "samt att", which goes on with the part: "att genomföra X, samt att kansliet ansvarar ...")
_OPENS_PART = r"(?:[-–•*][ \t]+)?(?:[Aa]tt\s|\d{1,2}[.)]\s)"
_PART = re.compile(rf"(?<!samt)(?<!och)[ \t]*\n[ \t]*(?={_OPENS_PART})|,\s+att\s+")
_ATT = re.compile(r"(?:[-–•*][ \t]+|\d{1,2}[.)][ \t]+)?(?:[Aa]tt\s+)?")


def decided_activities(ctx: Context, taken: Covered) -> None:
    """The planned work of the minutes' decisions and commissions (see the module)."""
    if ctx.document.doc_type not in MINUTES:
        return
    text = ctx.document.text
    for m in _cfg()["lead"].finditer(text):
        if m.group("verb") and not m.group().endswith(("\n", ":")) \
                and _cfg()["commission"].search(text, m.start(), m.end() + len(" att")):
            continue  # "X ges i uppdrag att ...": the commission's sentence, read whole below
        for start, end in _parts(text, m.end(), labelled=bool(m.group("label"))):
            _add(ctx, taken, start, end)
    for m in _cfg()["commission"].finditer(text):
        sentence = next(((s, e) for s, e in sentence_spans(text, _paragraph_start(text, m.start()),
                                                           _paragraph_end(text, m.end()))
                         if s <= m.start() < e), None)
        if sentence and not taken.overlaps(*sentence):
            start = LIST_MARKER.match(text, sentence[0])
            _add(ctx, taken, start.end() if start else sentence[0], sentence[1])


def _parts(text: str, pos: int, labelled: bool) -> list[tuple[int, int]]:
    """The parts of the decision whose body opens at `pos`: up to a blank line, or to the end
    of its sentence where it goes on in the lead's own line ("beslutar att X. Y ..."). Under
    a label ("Beslut: Anders tar med sig frågan till ..."), a sentence is a part too."""
    while pos < len(text) and text[pos] in " \t\n" and text[pos:pos + 2] != "\n\n":
        pos += 1
    end = _paragraph_end(text, pos)
    listed = bool(re.match(_OPENS_PART, text[pos:end].lstrip())) or LIST_MARKER.match(text, pos)
    if not listed and not labelled:
        return []
    if not listed or not re.search(rf"\n[ \t]*{_OPENS_PART}", text[pos:end]):
        sentence_end = SENTENCE_END.search(text, pos, end)
        end = sentence_end.start() if sentence_end else end
    out = []
    start = pos
    for m in _PART.finditer(text, pos, end):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, end))
    return out


def _add(ctx: Context, taken: Covered, start: int, end: int) -> None:
    text = ctx.document.text
    head = _ATT.match(text, start)
    start = head.end() if head else start
    words = " ".join(text[start:end].split()).strip(" ,;.")
    if len(words.split()) < PART_WORDS or taken.overlaps(start, end) or _formal(words) \
            or not _plans_work(words):
        return
    span = ctx.span(start, start + len(text[start:end].rstrip(" ,;.\n")))
    if span:
        section = ctx.section_over(start)
        ctx.extraction.activities.append(Activity(
            **span, section=section.text.strip() if section is not None else "Beslut",
            text=words))
        taken.add(start, end)


def _formal(words: str) -> bool:
    """Whether a part only adopts, grants, elects or files: such a word among its first
    words, and no commission of work in it."""
    first = [w.lower() for w in re.findall(r"[\wåäöÅÄÖ]+", words)[:6]]
    return bool(set(first) & _cfg()["formal"]) and not _cfg()["commission"].search(words)


def _plans_work(words: str) -> bool:
    """Whether a part says what shall be done: it opens with an infinitive ("ge ...", "utreda
    ...") or with someone who does it ("Anders tar med sig ..."), gives a commission, or a
    modal or a passive carries its verb ("En slutrapport ska redovisas ...", "Insatsen X
    avslutas 2025-06-30"); not "övriga mål ligger fast", nor "mål 3 ska ha följande lydelse"."""
    tokens = re.findall(r"[\wåäöÅÄÖ-]+", words)
    if not tokens:
        return False
    if is_first_name(tokens[0]) or _cfg()["commission"].search(words) or any(
            is_infinitive(w.lower()) and w.lower() not in _not_verbs()
            for w in tokens[:OPENING_WORDS]):
        return True  # ("att inför nästa ägarsamråd redovisa ...": after a phrase of time)
    for k, w in enumerate(tokens[:PART_VERB_REACH]):
        low = w.lower()
        if low in _MODALS:
            nxt = next((t.lower() for t in tokens[k + 1:k + 4] if is_infinitive(t.lower())
                        or _passive(t.lower())), None)
            return nxt is not None and nxt not in _not_verbs()
        if _passive(low):
            return True
    return False


PART_VERB_REACH = 8  # words of a part within which its verb stands
OPENING_WORDS = 5  # words of a part within which an infinitive opens what it plans


@cache
def _not_verbs() -> frozenset[str]:
    """Verbs that plan nothing of their own ("ska ha följande lydelse", "ska vara")."""
    return frozenset(cues()["activities"]["prose_not_verbs"])
_MODALS = frozenset({"ska", "skall", "bör", "måste"})


def _passive(word: str) -> bool:
    """"avslutas", "redovisas": an infinitive's passive."""
    return len(word) > 4 and word.endswith("s") and is_infinitive(word[:-1])


def _paragraph_start(text: str, pos: int) -> int:
    start = text.rfind("\n\n", max(0, pos - PART_REACH), pos)
    return start + 2 if start >= 0 else max(0, pos - PART_REACH)


def _paragraph_end(text: str, pos: int) -> int:
    end = text.find("\n\n", pos, pos + PART_REACH)
    return end if end >= 0 else min(len(text), pos + PART_REACH)
