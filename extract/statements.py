"""Goals and activities stated as plain sentences under their heading, each followed by what
became of it ("Minst 35 procent av deltagarna ska ... Andelen blev 29 procent. Målet är inte
uppnått.", "Ta fram en behovsanalys. Behovsanalysen presenterades i juni."): a sentence that
states one opens it; the sentences up to the next one are its outcome."""
from __future__ import annotations

import re
from collections.abc import Callable

from .sentences import ARROW
from .structure import Block

SECTION_CHARS = 6000  # statements stand close under their heading
_SENTENCE = re.compile(r"[^.!?\n]*(?:\n(?!\s*\n)[^.!?\n]*)*[.!?]?")


# a line that opens with a capital after one that ends no sentence
_NEW_LINE_CAPITAL = re.compile(r"(?<![.!?:;,])\n[ \t]*(?=[A-ZÅÄÖ])")


def _lines_that_state(text: str, s: int, e: int, states: Callable[[str], bool]
                      ) -> list[tuple[int, int]]:
    """A "sentence" of lines without full stops, each of which states one ("Fler personer ska
    nå egen försörjning\nIndividen ska uppleva att ..."): its lines, where both sides state."""
    cuts = [s]
    for m in _NEW_LINE_CAPITAL.finditer(text, s, e):
        if states(" ".join(text[cuts[-1]:m.start()].split())) \
                and states(" ".join(text[m.end():e].split())):
            cuts.append(m.end())
    return list(zip(cuts, [*cuts[1:], e], strict=True))


def statements(text: str, blocks: list[Block], i: int, states: Callable[[str], bool],
               stop: Callable[[Block], bool] = lambda b: False,
               ends: Callable[[str], bool] = lambda s: False,
               turns: Callable[[str], bool] = lambda s: False) -> list[tuple[int, int, int]]:
    """(start, end, outcome end) of each statement in the paragraphs under heading i, up to
    the section's end, a list or table, a paragraph `stop` names, or a sentence that `turns`
    to other things ("Verksamhetsplanen innehöll också ett antal aktiviteter."). A sentence
    `ends` names (one that states a goal in prose: "Det fjärde målet är att ...") is no
    statement's outcome: the one above ends before it."""
    found: list[list[int]] = []
    open_ = False  # whether the last statement's outcome may go on
    for b in blocks[i + 1:]:
        # a statement on a short line of its own can read as a title; it is one more
        # ("Minst en insats ska ..." over "Utfall: ...", each goal over its assessment)
        stated = b.kind == "heading" and not b.text.rstrip().endswith(":") \
            and states(" ".join(b.text.split()))  # (not a lead-in: "... följande mål:")
        if (b.is_heading and not stated) or b.kind not in ("para", "heading") \
                or b.start > blocks[i].end + SECTION_CHARS or stop(b):
            break
        for m in _SENTENCE.finditer(text, b.start, b.end):
            for s, e in _lines_that_state(text, m.start(), m.end(), states):
                sentence = " ".join(text[s:e].split())
                if not sentence:
                    continue
                if turns(sentence):
                    return [(s, e, oe) for s, e, oe in found]
                if states(sentence):
                    # "Minst 60 deltagare ska ... → 71 deltagare": what became of it after an arrow
                    arrow = ARROW.search(text, s, e)
                    found.append([s, arrow.start() if arrow else e, e])
                    open_ = True
                elif ends(sentence):
                    open_ = False
                elif found and open_:
                    found[-1][2] = e
    return [(s, e, oe) for s, e, oe in found]
