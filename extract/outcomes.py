"""Outcome status of a goal or activity from the words the document uses about it."""
from __future__ import annotations

from functools import cache, lru_cache

from ..resources import load_toml

STATUS_ORDER = ("partially_achieved", "not_achieved", "achieved")


@cache
def _cfg() -> dict:
    return load_toml("extract", "outcomes.toml")


@lru_cache(maxsize=1)  # one pipeline's vocabulary at a time (see nlp.current_nlp)
def _matcher(vocab):
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    for status in STATUS_ORDER:
        patterns = []
        for seq in _cfg()[status]:
            pat = []
            for tok in seq:
                if tok == "?":
                    pat.append({"OP": "?"})
                elif tok.startswith("lemma:"):
                    pat.append({"LEMMA": tok[6:]})
                else:
                    pat.append({"LOWER": tok})
            patterns.append(pat)
        matcher.add(status, patterns)
    return matcher


def classify(span) -> str | None:
    """Status claimed in a spaCy Span (or Doc), or None when it claims nothing."""
    if span is None or len(span) == 0:
        return None
    found = {span.vocab.strings[m_id] for m_id, _, _ in _matcher(span.vocab)(span)}
    if _negated_sentence(span):
        found.add("not_achieved")
    for status in STATUS_ORDER:
        if status in found:
            return status
    return None


def _negated_sentence(span) -> bool:
    """"Inga planeringsdagar ... har genomförts", "LSG har inte arbetat med ..."."""
    cfg = _cfg()
    openers, negs = set(cfg["none_openers"]), set(cfg["negations"])
    verbs = set(cfg["completion_lemmas"])
    for sent in _sentences(span):
        toks = [t for t in sent if not t.is_punct]
        if not toks:
            continue
        if toks[0].lower_ in openers and any(t.lemma_.lower() in verbs for t in toks[1:]):
            return True
        for i, t in enumerate(toks):
            if t.lower_ in negs:
                window = toks[max(0, i - 2): i] + toks[i + 1: i + 4]
                if any(w.lemma_.lower() in verbs for w in window):
                    return True
    return False


def _sentences(span) -> list[list]:
    """Sentences of the span, also broken at line breaks (headings have no full stop)."""
    out: list[list] = [[]]
    for t in span:
        if (t.is_sent_start and out[-1]) or "\n" in t.text:
            out.append([])
        if not t.is_space:
            out[-1].append(t)
    return [s for s in out if s]
