"""Å, ä and ö put back in text that lost them: an old e-mail, a web page's transliteration,
a transcript typed on a keyboard without them ("forbundets mal for aret", "Foerbundets
maal foer aaret"), before it is stored, so that every reader finds its words.

Only a document with no å, ä or ö at all, and with several words that are no Swedish word
form until their letters are back, counts as one that lost them: a short English text or a
list of names keeps its words. A word gets its letters back where exactly one way of putting
them back makes a word form (a compound of two, too); frequent words whose folded form is
a word form too ("for", "mal", "aret") by the data file's list."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, partial
from itertools import product

from ..resources import load_toml
from ..vocabulary import is_first_name, is_word, unaccented

MIN_RESTORED = 5  # distinct words put back before a document counts as one that lost its letters
MAX_SPELLINGS = 512  # ways to read one word, beyond which it is left as it is
SHORT_PART = 3  # a compound's first part may be as short as "mål", "år" or "län" -- last resort
_LOST = re.compile("[åäöÅÄÖ]")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class _Config:
    spellings: dict[str, list[str]]
    unit: re.Pattern  # the letters (or pairs) that may stand for a lost one, longest first
    frequent: dict[str, str]
    ar: dict
    # what makes "ar" a year ("20-64 ar", "tre ar", "per ar"; not "Sedan 2006 ar ...")
    year_before: re.Pattern


@cache
def _cfg() -> _Config:
    c = load_toml("ingest", "diacritics.toml")
    spellings = c["spellings"]
    unit = re.compile("|".join(sorted(map(re.escape, spellings), key=len, reverse=True)))
    counts = list(load_toml("lexicon", "numbers.toml")["words"]) + c["ar"]["year_words"]
    year_before = re.compile(
        r"(?:(?<!\d)\d{1,3}|\b(?:" + "|".join(sorted({unaccented(w) for w in counts}, key=len, reverse=True))
        + r"))[ \t]*$", re.I)
    return _Config(spellings, unit, c["frequent"], c["ar"], year_before)


def restore_letters(pages: list[str]) -> list[str]:
    """The pages of one document with their lost å, ä and ö back, if it lost them."""
    if any(_LOST.search(p) for p in pages):
        return pages
    fixes: dict[str, str] = {}
    for word in dict.fromkeys(w for p in pages for w in _WORD.findall(p)):
        fixed = _restored(word)
        if fixed:
            fixes[word] = fixed
    if len(fixes) < MIN_RESTORED:
        return pages
    return [_apply(p, fixes) for p in pages]


def _restored(word: str) -> str | None:
    """The one word form that putting letters back in `word` makes, if there is one."""
    cfg = _cfg()
    parts = cfg.unit.split(word)
    units = cfg.unit.findall(word)
    if not units:
        return None
    options = [[u, *cfg.spellings[u]] for u in units]
    candidates = []
    for n, choice in enumerate(product(*options)):
        if n > MAX_SPELLINGS:
            return None
        if choice != tuple(units):
            candidates.append(parts[0] + "".join(c + p for c, p in
                                                 zip(choice, parts[1:], strict=True)))
    # a word form outright before a compound ("glädjande", not "glädj" + "ände"), and a
    # compound of short parts last ("mål" + "uppfyllelse"); a word that is one as it stands,
    # at the same step, keeps its letters ("bro" + "bygget", not "brö" + "bygget")
    for test in (partial(is_word, parts=False), is_word, partial(is_word, min_part=SHORT_PART)):
        if test(word.lower()):
            return None
        found = {c for c in candidates if test(c.lower())}
        if found:
            break
    if len(found) != 1:
        return None
    fixed = found.pop()
    return fixed.upper() if word.isupper() and len(word) > 1 else fixed


def _apply(page: str, fixes: dict[str, str]) -> str:
    cfg = _cfg()
    ar = cfg.ar

    def one(m: re.Match) -> str:
        word = m.group()
        low = word.lower()
        if word[0].isupper() and _in_name(page, m, fixes):
            return word  # a person's name as its bearer wrote it ("Haakan Oehrn", "Orjan")
        if word in fixes:
            return fixes[word]
        if low == ar["word"]:
            new = ar["year"] if cfg.year_before.search(page, max(0, m.start() - 20), m.start()) \
                else ar["verb"]
        elif low in cfg.frequent:
            new = cfg.frequent[low]
        else:
            return word
        return new.upper() if word.isupper() and len(word) > 1 else \
            new.capitalize() if word[0].isupper() else new
    return _WORD.sub(one, page)


_NAME_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


def _in_name(page: str, m: re.Match, fixes: dict[str, str]) -> bool:
    """Whether the capitalised word `m` is a first name (once its letters are back) or the
    name after one (a surname: "Joergen Ljungstroem")."""
    word = m.group()
    if is_first_name(fixes.get(word, word)):
        return True
    before = _NAME_BEFORE.search(page, max(0, m.start() - 30), m.start())
    return bool(before) and before.group(1)[0].isupper() \
        and is_first_name(fixes.get(before.group(1), before.group(1)))
