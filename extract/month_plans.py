"""Activities of a plan laid out by month: a year-wheel (årshjul) or a calendar whose titles are
the months ("JANUARI" / "Kansliet: Sammanställning av insatsernas helårsrapporter. SUS-
uppföljning helår." / "FEBRUARI" / ...). Under each month, every sentence of its lines is one
activity, less the label of who does it ("Kansliet:"); a line that says nothing is planned
("Sommaruppehåll. Inga planerade aktiviteter.") gives none."""
from __future__ import annotations

import re
from functools import cache

from ..records import Activity
from ..vocabulary import months
from .context import Context, Covered, cues
from .sentences import sentence_spans

MIN_MONTHS = 4  # month titles a paper needs before it reads as laid out by month
MIN_WORDS = 2  # words at least of such an activity
# who does it, before a colon at a line's start: "Kansliet:", "Beredningsgruppen:"
_DOER = re.compile(r"[A-ZÅÄÖ][\wåäö-]*(?: [\wåäö-]+){0,2}:\s+")


def month_activities(ctx: Context, taken: Covered) -> None:
    """Adds one activity per sentence under each month title, in a paper with at least
    MIN_MONTHS of them."""
    blocks = ctx.structure.blocks
    titles = [k for k, b in enumerate(blocks) if b.is_heading and _month_title(b.text)]
    if len(titles) < MIN_MONTHS:
        return
    text = ctx.document.text
    nothing = _nothing_planned()
    spaced = None  # whether a month's lines stand apart (the last month's end where they don't)
    for n, k in enumerate(titles):
        entries = []
        for b in blocks[k + 1:]:
            if b.is_heading or b.kind not in ("para", "item"):
                break
            gap = "\n\n" in text[entries[-1].end:b.start] if entries else None
            if n == len(titles) - 1 and gap and not spaced:
                break  # (a closing note after the wheel: "Kostnader för ... ryms inom ...")
            if gap is not None and spaced is None:
                spaced = gap
            entries.append(b)
        for b in entries:
            doer = _DOER.match(text, b.start, b.end)
            for s, e in sentence_spans(text, doer.end() if doer else b.start, b.end):
                s += len(text[s:e]) - len(text[s:e].lstrip())
                words = text[s:e].split()
                if len(words) < MIN_WORDS or nothing.match(text, s) or _DOER.match(text, s, e) \
                        or taken.overlaps(s, e):
                    continue  # (nor a field of the line: "Målgrupp: chefer och handläggare")
                span = ctx.span(s, e)
                if span:
                    taken.add(span["char_start"], span["char_end"])
                    ctx.extraction.activities.append(Activity(
                        **span, section=blocks[k].text.strip(), text=" ".join(words)))


@cache
def _nothing_planned() -> re.Pattern:
    return re.compile(cues()["activities"]["nothing_planned"], re.I)


def _month_title(title: str) -> bool:
    """"JANUARI", "Mars 2021", "April:": a month's name, perhaps with its year."""
    words = title.strip().rstrip(":").lower().split()
    return 1 <= len(words) <= 2 and words[0] in months() \
        and (len(words) == 1 or re.fullmatch(r"(?:19|20)\d\d", words[1]) is not None)
