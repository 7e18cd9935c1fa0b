"""Where a sentence of running text ends: one rule for every extractor that reads prose."""
from __future__ import annotations

import re

# a stop before a capital, a digit or a quote, or at a line's end, or a blank line
# ("bl.a. att", "t.ex. unga" go on)
SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÅÄÖ0-9\"“”§]|\s*\n|\s*$)|\n\s*\n")
SENTENCE_REACH = 400  # characters a sentence of a report runs at most
# a line that ends inside a phrase: the next line goes on with it (also for list lines that a
# converter joined: target groups)
PHRASE_GOES_ON = re.compile(r"(?:\b(?:i|och|av|för|med|till|på|som|att|en|ett|om|samt|eller|vid|"
                            r"från|utan|inom|mellan)|[,–-])$")

# "Målgrupp: ...", "Budget 2020: ...": a field's label before its value
# "Label: value", and a form's "Label:value" whose value lost its space ("Projektledare:Marie
# Hägg", "Beräknat antal deltagare:40"); not a time or a number ("Kl 13:00", "Dnr 2013:45")
LABEL_LINE = re.compile(r"^[A-ZÅÄÖ][\wåäö ]{2,30}:\s|^[A-ZÅÄÖ][\wåäö ]{1,29}[^\W\d_]:(?=[\wåäöÅÄÖ\d])")
# an aside in brackets that ends a title or a lead-in ("Mål 2015 (förslag)", "Vilka
# målgrupper? (Flera val möjliga)", "§ 6 Aktivitetsbudget 2008 (förslag till FS)")
TRAILING_ASIDE = re.compile(r"\s*\([^()]*\)\.?\s*$")
# an arrow before what became of something ("Minst 60 deltagare → 71 deltagare")
ARROW = re.compile(r"[ \t]*(?:→|➔|➜|⇒|->|=>)")


def sentence_end(text: str, pos: int, reach: int = SENTENCE_REACH) -> int:
    """Where the sentence around `pos` ends (at most `reach` characters on)."""
    nxt = SENTENCE_END.search(text, pos, pos + reach)
    return nxt.start() if nxt else min(len(text), pos + reach)


def sentence_start(text: str, pos: int, reach: int = SENTENCE_REACH) -> int:
    """Where the sentence around `pos` begins (at most `reach` characters back)."""
    base = max(0, pos - reach)
    start = base
    for m in SENTENCE_END.finditer(text, base, pos):
        start = m.end()
    return start


def line_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The lines of text[start:end]: (start, end, text) of each, without surrounding spaces."""
    out, pos = [], start
    for line in text[start:end].split("\n"):
        s = pos + len(line) - len(line.lstrip())
        out.append((s, s + len(line.strip()), line.strip()))
        pos += len(line) + 1
    return out


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of text[start:end], as (start, end) without their full stops."""
    out = []
    for m in SENTENCE_END.finditer(text, start, end):
        out.append((start, m.start()))
        start = m.end()
    if text[start:end].strip():
        out.append((start, end))
    return out
