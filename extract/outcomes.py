"""Outcome status: the one place that decides what a document claims about a goal or an
activity, for the extractors and the audit alike.

- a passage of running text (`classify`): spaCy Matcher patterns over lemmas;
- a table's status cell (`cell_status`): a word or two ("Ja", "Delvis", "Uppnått (65 %)",
  "Pågår", "Röd"), or a symbol that a legend in the same document defines (`find_legend`);
- what a record gets when the document claims nothing (`default_status`).
"""
from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from ..resources import load_toml
from .forms import choice_row
from .sentences import ARROW, PHRASE_GOES_ON, SENTENCE_END

STATUS_ORDER = ("partially_achieved", "not_achieved", "achieved")
NOT_REPORTED = "not_reported"
UNMEASURED = "unmeasured"  # the phrases that say an outcome was not measured (no claim)
# a line that reports how an item went ("Utfall: ...", "Kommentar: ...", "Bedömning: ...")
OUTCOME_LABEL = re.compile(
    r"^(?:" + "|".join(load_toml("extract", "outcomes.toml")["outcome_labels"]) + r")\s*:", re.I)
# the labels of a status field, whose first words decide ("Status: Pågår. ...")
STATUS_LABELS = frozenset(load_toml("extract", "outcomes.toml")["status_labels"])
REPORT_TYPES = {"verksamhetsberattelse", "arsredovisning", "delarsrapport", "slutrapport"}
# they plan; they report nothing
PLAN_TYPES = {"verksamhetsplan", "handlingsplan", "ansokan", "projektplan"}


def default_status(kind: str, has_outcome_section: bool) -> str:
    """The status of a record whose own words claim nothing. An activity that a report
    follows up under its own heading, with no word of failure, was carried out (reports
    state shortfalls, not routine); a goal is never assumed reached."""
    if kind == "activity" and has_outcome_section:
        return "achieved"
    return NOT_REPORTED


@cache
def _cfg() -> dict:
    return load_toml("extract", "outcomes.toml")


@lru_cache(maxsize=1)  # one pipeline's vocabulary at a time (see nlp.current_nlp)
def _matcher(vocab):
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    for status in (*STATUS_ORDER, UNMEASURED):
        patterns = []
        for seq in _cfg()[status]:
            pat = []
            for tok in seq:
                if pat:  # a line break between two words of a phrase ("uppnått\n  delvis")
                    pat.append({"IS_SPACE": True, "OP": "*"})
                if tok == "?":
                    pat.append({"OP": "?"})
                elif tok.startswith("lemma:"):
                    pat.append({"LEMMA": tok[6:]})
                elif tok.startswith("!"):  # any word but these: "!inget|inte"
                    pat.append({"LOWER": {"NOT_IN": tok[1:].split("|")}})
                else:
                    pat.append({"LOWER": tok})
            patterns.append(pat)
        matcher.add(status, patterns)
    return matcher


MODAL_REACH = 2  # tokens before a claim where its modal stands ("ska vara klart", "ska vara helt klar")


def classify(span) -> str | None:
    """Status claimed in a spaCy Span (or Doc), or None when it claims nothing."""
    if span is None or len(span) == 0:
        return None
    # (a claim under a modal is a plan's, not an outcome: "Underlaget ska vara klart i oktober";
    # nor is one that says no measure was taken: "har inte följts upp med någon mätning")
    matches = [(span.vocab.strings[m_id], start, end)
               for m_id, start, end in _matcher(span.vocab)(span)]
    unmeasured = [(s, e) for label, s, e in matches if label == UNMEASURED]
    found = {label for label, start, end in matches
             if label != UNMEASURED
             and not any(s < end and start < e for s, e in unmeasured)
             and not any(t.lower_ in _cfg()["modals"] for t in span[max(0, start - MODAL_REACH):start])}
    if _negated_sentence(span):
        found.add("not_achieved")
    for status in STATUS_ORDER:
        if status in found:
            return status
    return None


# where an item's remark may begin: a dash, a dot leader, an asterisk, the end of a sentence,
# a colon, a bracket, or a line of its own under the item ("- Gemensam inskrivning ...\n
# Genomfördes för ...", "- Utvärdera Steg In: skjuten till 2025", "Lansera webbplats .... maj")
_REMARK = re.compile(rf"(?:\s*{ARROW.pattern}\s*|\s*\.{{4,}}\s*|\s+[-–—]+\s*|[-–—]+\s*(?=\*)"
                     r"|\s*\*(?=\s*\w)|[.;:]\s+|\s+\(|[ \t]*\n[ \t]*(?=[A-ZÅÄÖ0-9]))")
REMARK_CHARS = 400  # a remark claims its status at once ("– målet är delvis uppnått, ...")
MIN_OWN = 8  # characters of the item's own words before a remark may begin


_LEADER = re.compile(r"\.{4,}")


class Remark(NamedTuple):
    own_end: int  # where the item's own words end
    status: str | None  # what the remark claims, if anything
    words: str  # the remark's words ("" when there is no remark)


def split_remark(doc, text: str, start: int, end: int) -> Remark:
    """An item's own words and the remark after them: one that claims a status ("Starta en
    grupp i Åsele – har inte startats") or that an outcome label opens ("Anordna två
    utbildningsdagar. Utfall: En dag genomfördes"), or one after a dash that says the outcome
    is not known ("– vet inte, ingen har räknat": its status None). Without one: Remark(end,
    None, "")."""
    first_stop = None  # the item's first sentence end: what follows it is told of the item
    for m in _REMARK.finditer(text, start, end):
        if m.start() - start < MIN_OWN:
            continue
        if first_stop is None and text[m.start()] in ".;":
            first_stop = m
        # the remark's first sentence claims the status; a later one may be another item's
        stop = SENTENCE_END.search(text, m.end(), min(end, m.end() + REMARK_CHARS))
        stop_at = stop.start() + 1 if stop else min(end, m.end() + REMARK_CHARS)
        labelled = _LABEL.match(text, m.end())
        first = labelled.end() if labelled else m.end()
        # a remark is often a status cell's words: "– pågår; 22 av 30", "– klar och antagen"
        status = _opening_phrase(text[first:stop_at]) or \
            classify(doc.char_span(first, max(stop_at, first), alignment_mode="expand"))
        if labelled and not status:
            # "Resultat: 47 procent kvinnor. Målet är inte uppnått.": a labelled remark is the
            # item's own, whole
            status = classify(doc.char_span(first, max(end, first), alignment_mode="expand"))
        if status and not labelled and first_stop is not None and first_stop.start() < m.start():
            # "X ska minska. Andelen minskade från 2,1 till 1,8 procent. Målet är uppnått.": the
            # sentences after the first tell what became of it, the claim among them
            return Remark(first_stop.start(), status,
                          " ".join(text[first_stop.end():end].split()).strip(" *.–-"))
        if status or labelled or _LEADER.fullmatch(m.group(0).strip()) \
                or (m.group(0).strip() in _DASHES and no_claim(text[first:stop_at])):
            # (a dot leader sets apart what is said of the item, claim or not: ".... maj")
            # ("– vet inte, ingen har räknat": a remark that claims nothing is one too)
            return Remark(m.start(), status, " ".join(text[first:end].split()).strip(" *.–-"))
    return Remark(end, None, "")


_DASHES = ("-", "–", "—", "--", "---")


@cache
def _no_claims() -> tuple[str, ...]:
    return tuple(_cfg()["no_claim"])


def says_unknown(text: str) -> bool:
    """Whether a text says somewhere that the outcome is not known or not measured ("Vår
    bedömning: Går inte att bedöma", "Ej bedömt", "n.b.")."""
    low = " ".join(text.lower().split())
    return any(p in low for p in _no_claims())


def no_claim(remark: str) -> bool:
    """Whether a remark opens by saying the outcome is not known ("vet inte, ...")."""
    return " ".join(remark.lower().split()).startswith(_no_claims())


_LABEL = re.compile(OUTCOME_LABEL.pattern.removeprefix("^"), re.I)  # inside a line too


def _negated_sentence(span) -> bool:
    """"Inga planeringsdagar ... har genomförts", "LSG har inte arbetat med ..."."""
    cfg = _cfg()
    openers, negs = set(cfg["none_openers"]), set(cfg["negations"])
    verbs = set(cfg["completion_lemmas"])
    for sent in _sentences(span):
        toks = [t for t in sent if not t.is_punct]
        if not toks:
            continue
        toks = toks[:_concession_at(toks)]
        if toks[0].lower_ in openers and any(t.lemma_.lower() in verbs for t in toks[1:]):
            return True
        for i, t in enumerate(toks):
            if t.lower_ in negs:
                window = toks[max(0, i - 2): i] + toks[i + 1: i + 4]
                if any(w.lemma_.lower() in verbs for w in window):
                    return True
    return False


@cache
def _concessive_pairs() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p.split()) for p in _cfg()["concessive"])


def _concession_at(toks: list) -> int:
    """Where a conceding clause begins after the sentence's own words (else its length)."""
    pairs = _concessive_pairs()
    for i in range(1, len(toks) - 1):
        if (toks[i].lower_, toks[i + 1].lower_) in pairs:
            return i
    return len(toks)


def _sentences(span) -> list[list]:
    """Sentences of the span, also broken at line breaks (headings have no full stop)."""
    out: list[list] = [[]]
    for t in span:
        if (t.is_sent_start and out[-1]) or "\n" in t.text:
            out.append([])
        if not t.is_space:
            out[-1].append(t)
    return [s for s in out if s]


# --- table cells and legends ----------------------------------------------------------------

# a note in brackets after a cell's or a remark's words ("Genomförd (se bilaga)", "feb (Kansliet)")
BRACKETED = re.compile(r"\s*[(\[][^)\]]*[)\]]")
_CELL_WORD = re.compile(r"[\wåäöÅÄÖ]+")


@cache
def _cell_phrases() -> dict[tuple[str, ...], str]:
    out = {}
    for status, phrases in _cfg()["cells"].items():
        for p in phrases:
            out[tuple(_CELL_WORD.findall(p.casefold()))] = status
    return out


def _opening_phrase(text: str) -> str | None:
    """The status of the longest cell phrase that opens `text`."""
    words = _CELL_WORD.findall(text.casefold())
    phrases = _cell_phrases()
    for n in (4, 3, 2, 1):
        if len(words) >= n and tuple(words[:n]) in phrases:
            return phrases[tuple(words[:n])]
    return None


def cell_status(cell: str, legend: dict[str, str] | None = None) -> str | None:
    """The status a table's status cell states, or None when it states none of the known
    forms (the caller may then read the cell as a passage). A symbol counts only through
    the document's own legend: an undefined one claims nothing."""
    text = " ".join(cell.split())
    if not text:
        return None
    if legend:
        key = _legend_key(text)
        if key in legend:
            return legend[key]
        first = text.split()[0]
        if _legend_key(first) in legend:
            return legend[_legend_key(first)]
    if offers_answers(text):
        return None
    return _opening_phrase(BRACKETED.sub("", text))


_ANSWERS_OFFERED = re.compile(r"(\w+)\s*/\s*((?:ej |inte )?\w+)")


def offers_answers(text: str) -> bool:
    """Whether a cell offers the answers and gives none ("Genomfört ja/nej", "Uppnått /
    ej uppnått"): two cell words of different statuses either side of a slash."""
    for m in _ANSWERS_OFFERED.finditer(text):
        first, second = _opening_phrase(m.group(1)), _opening_phrase(m.group(2))
        if first and second and first != second:
            return True
    return False


def _legend_key(key: str) -> str:
    return "".join(key.split()).casefold()


@cache
def _legend_patterns() -> tuple[re.Pattern, re.Pattern]:
    c = _cfg()["legend"]
    sep = c["separator"]
    key = rf"(?:(?P<sym>{c['symbol']})(?:{sep}|\s*)|(?P<col>{c['colour']}){sep})"
    # the meaning runs to a comma, a semicolon, a wide gap or the next key
    # (a legend in brackets too: "(✓ = uppnått, ✗ = ej uppnått, ~ = delvis uppnått)")
    pair = re.compile(rf"(?:^|(?<=[\s,;(]))(?:{key})(?P<phrase>[^,;\n=()]{{2,60}}?)"
                      rf"(?=\s*[,;)]|\s*$|\s{{2,}}|\s+{c['symbol']}(?:\s|=|:)|"
                      rf"\s+{c['colour']}{sep})")
    return pair, re.compile(c["lead"])


def find_legend(text: str) -> dict[str, str]:
    """Symbols and colour words the document defines: "✔ = uppnått, (✔) = delvis uppnått,
    ✘ = ej uppnått", "Grön: målet är uppnått", "● Uppnått  ◐ Delvis  ○ Ej uppnått". A line
    counts as a legend when it opens with a legend word or defines two keys or more; so do
    lines in a row that define one key each, two or more with different meanings."""
    pair, lead = _legend_patterns()
    out: dict[str, str] = {}
    run: dict[str, str] = {}  # lines in a row that define one key each ("▲  Målet är uppnått")
    for line in [*text.split("\n"), ""]:
        found = {}
        opens = False  # whether the line opens with its key ("▲  Målet är uppnått")
        if len(line) <= 300 and choice_row(line) is None:  # (a form's answer is no legend)
            for m in pair.finditer(line):
                status = _phrase_status(m.group("phrase"))
                if status:
                    found[_legend_key(m.group("sym") or m.group("col"))] = status
                    opens = opens or not line[:m.start()].strip()
        if len(found) >= 2 or (found and lead.match(line.strip())):
            out.update(found)
        if len(found) == 1 and opens:
            # (not a table's row whose mark stands before its comment: "Studiebesök<tab>✘<tab>
            # Flyttad till 2032")
            run.update(found)
            continue
        if len(run) >= 2 and len(set(run.values())) >= 2:
            out.update(run)  # the run has ended: a legend if it told two meanings apart
        run = {}
    return out


_OWN_END = re.compile(r"[.!?](?=\s+[A-ZÅÄÖ])|[ \t]*\n[ \t]*(?=[A-ZÅÄÖ])")


def own_end(text: str, start: int, end: int) -> int:
    """Where an item's own words end when a mark says how it went: at its first sentence's
    end or its first line's ("☐ Alla insatser ska ha en plan. Fyra av sex har en." /
    "[x] Starta ett team" / "    Teamet startade i februari.")."""
    for m in _OWN_END.finditer(text, start, end):
        if text[m.start()] in ".!?" or not PHRASE_GOES_ON.search(text[start:m.start()].rstrip()):
            return m.start()  # (not a line that wraps on: "... tillsammans med A och" / "B")
    return end


def is_status_phrase(text: str) -> bool:
    """Whether a text only says a status ("Målet är delvis uppnått"): a legend's meaning, not
    a goal or an activity."""
    return len(text.split()) <= 5 and _phrase_status(text) is not None


_PHRASE_LEAD = re.compile(r"^(?:målet|målen|aktiviteten|insatsen)?\s*(?:är|har|=)?\s*", re.I)


def _phrase_status(phrase: str) -> str | None:
    """A legend's meaning: "uppnått", "delvis uppnått", "målet är ej uppnått"."""
    p = _PHRASE_LEAD.sub("", " ".join(phrase.split()).strip(" .:"))
    return _opening_phrase(p)


@cache
def answer_marks() -> dict[str, str]:
    """The check marks that answer a status column's question ("Klart?": "✔", "✘", "(✔)")."""
    return {_legend_key(k): v for k, v in _cfg()["answer_marks"].items()}


def row_status(doc, status_cells: list[tuple[int, int, str] | None],
               outcome_cells: list[tuple[int, int, str]], legend: dict[str, str]
               ) -> tuple[str | None, str]:
    """A table row's status and the words the row says it in: the status columns' cells first
    (a word or a legend's symbol in any of them — "89 %" under "Måluppfyllelse" beside "◐"
    under "Bedömning" — else each read as a passage), then the cells that say what happened.
    The words come back even when they state no status ("5 möten")."""
    status_cells = [c for c in status_cells if c is not None]
    cells = status_cells + list(outcome_cells)
    words = " ".join(" ".join(c[2].split()) for c in cells if c[2].strip())
    for c in status_cells:
        st = cell_status(c[2], legend)
        if st:
            return st, words
    for cs, ce, _ in status_cells:
        st = classify(doc.char_span(cs, ce, alignment_mode="expand"))
        if st:
            return st, words
    for cs, ce, t in outcome_cells:
        if offers_answers(t):
            continue
        # ("Påbörjat, fortsätter 2013": a status word opening the cell, else its sentences)
        st = _opening_phrase(BRACKETED.sub("", " ".join(t.split()))) \
            or classify(doc.char_span(cs, ce, alignment_mode="expand"))
        if st:
            return st, words
    return None, words
