"""Letters and bullets that OCR misread, put back in text that was OCR'd somewhere else (a
transcript from a scanning service, a PDF's hidden text layer) before it is stored.

A word is repaired only where it is not a Swedish word form and the repair makes one
("sarnverkan" -> "samverkan", "rnedel" -> "medel", "vi dare" -> "vidare"), and only in a
document that shows several such words: a single unknown word is as likely a name. A bullet
read as a letter ("e Ungdomar ...") is a bullet where two lines of one block begin so."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..resources import load_toml
from ..vocabulary import is_word

MIN_REPAIRS = 3  # distinct repaired words before a document counts as misread
_WORD = re.compile(r"[^\W\d_]+")
# two words on one line that OCR split ("aktivi teter"); the vocabulary decides
_PAIR = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,}) ([^\W\d_]{2,})(?![^\W\d_])")


@dataclass(frozen=True)
class _Config:
    confusions: tuple[tuple[str, str, bool], ...]  # seen, meant, may make a compound
    bullet: re.Pattern
    confusable: re.Pattern  # any `seen` of the confusions: one search instead of one `in` each


@cache
def _cfg() -> _Config:
    c = load_toml("ingest", "ocr.toml")
    confusions = tuple((x["seen"], x["meant"], x.get("compounds", True))
                       for x in c["confusions"])
    return _Config(confusions, re.compile(c["letter_bullets"]),
                   re.compile("|".join(re.escape(s) for s, _, _ in confusions) or "(?!)"))


def repair_pages(pages: list[str]) -> list[str]:
    """The pages of one document with OCR's misread words and bullets put back."""
    pages = [_first_number(p) for p in _digit_letters(pages)]
    fixes = _word_fixes(pages)
    if len(fixes) >= MIN_REPAIRS:
        pages = [_apply(p, fixes) for p in pages]
    return [_letter_bullets(p) for p in pages]


# a word OCR read with a digit for a letter: "1" for l and "0" for o between letters, or
# after a letter and a lower-case one at the word's end ("Kje1l", "B1omkvist", "Ti11", "Dah1");
# codes and labels keep their digits ("H3", "O1", "ESF2", "Mål1")
_DIGIT_WORD = re.compile(r"(?<![\w])(?=[^\W\d_]*[10])(?:[^\W\d_]+[10]+)+[^\W\d_]*(?![\w])")
_DIGIT_IN = re.compile(r"(?<=[^\W\d_])[10]+(?=[a-zåäöé])|(?<=[^\W\d_][a-zåäöé])[10]+$")
MIN_DIGIT_WORDS = 2  # distinct such words before a document counts as read so


def _digit_letters(pages: list[str]) -> list[str]:
    """Words with a digit OCR read for a letter, put back in a document with two or more."""
    def letters(m: re.Match) -> str:
        stem = m.string[:m.start()]
        if m.end() == len(m.string) and m.group() != "11" and is_word(stem.lower(), parts=False):
            return m.group()  # "Mål1", "Bilaga1": a label and its number
        return m.group().replace("1", "l").replace("0", "o")

    def fixed(word: str) -> str:
        return _DIGIT_IN.sub(letters, word)

    found = {w for p in pages for w in _DIGIT_WORD.findall(p) if fixed(w) != w}
    if len(found) < MIN_DIGIT_WORDS:
        return pages
    return [_DIGIT_WORD.sub(lambda m: fixed(m.group()), p) for p in pages]


# a list's first number OCR read as a letter ("l)  Fler personer ..." over "2)  Insatserna")
_LETTER_ONE = re.compile(r"^(?P<indent>[ \t]*)[lI|](?P<stop>[.)])(?=[ \t]+[A-ZÅÄÖ])", re.M)
NEXT_NUMBER_LINES = 4  # lines within which the list's second number must follow


def _first_number(page: str) -> str:
    """A list's "1" that OCR read as "l", "I" or "|", where "2" with the same stop opens one
    of the next few lines."""
    def one(m: re.Match) -> str:
        # (the next few lines only: "2)" far below belongs to another list)
        after = page[m.end():].split("\n", NEXT_NUMBER_LINES + 1)[1:NEXT_NUMBER_LINES + 1]
        second = "2" + m.group("stop")
        opens = any(a.lstrip(" \t").startswith((second + " ", second + "\t")) for a in after)
        return f"{m.group('indent')}1{m.group('stop')}" if opens else m.group()
    return _LETTER_ONE.sub(one, page)


def _word_fixes(pages: list[str]) -> dict[str, str]:
    """Misread word (or pair of words) -> the word meant, over the whole document."""
    confusions, confusable = _cfg().confusions, _cfg().confusable
    seen: set[str] = set()
    fixes: dict[str, str] = {}
    for page in pages:
        # each distinct word once, in the order of first appearance (found in C)
        for word in dict.fromkeys(_WORD.findall(page)):
            if word in seen:
                continue
            seen.add(word)
            if confusable.search(word) and not is_word(word.lower()):
                fixed = _fix(word, confusions)
                if fixed:
                    fixes[word] = fixed
        for m in _PAIR.finditer(page):
            a, b = m.group(1), m.group(2)
            joined = (a + b).lower()
            if (b[0].islower() and is_word(joined, parts=False)
                    and not (is_word(a.lower()) and is_word(b.lower()))):
                fixes[m.group()] = a + b
    return fixes


def _fix(word: str, confusions: tuple[tuple[str, str, bool], ...]) -> str | None:
    """The one known word a confusion makes of `word` (at one place or at all of them), if
    there is exactly one."""
    found = set()
    for seen, meant, compounds in confusions:
        candidates = {word.replace(seen, meant)}
        start = word.find(seen)
        while start >= 0:
            candidates.add(word[:start] + meant + word[start + len(seen):])
            start = word.find(seen, start + 1)
        found |= {c for c in candidates if c != word and is_word(c.lower(), parts=compounds)}
    if len(found) != 1:
        return None
    fixed = found.pop()
    return fixed.upper() if word.isupper() and len(word) > 1 else fixed


def _apply(page: str, fixes: dict[str, str]) -> str:
    pairs = sorted((k for k in fixes if " " in k), key=len, reverse=True)
    for pair in pairs:
        page = re.sub(rf"(?<![^\W\d_]){re.escape(pair)}(?![^\W\d_])", fixes[pair], page)
    return _WORD.sub(lambda m: fixes.get(m.group(), m.group()), page)


def _letter_bullets(page: str) -> str:
    """'e Ungdomar ...' twice or more in one block of lines: those letters were bullets."""
    bullet = _cfg().bullet
    lines = page.split("\n")
    block: list[int] = []
    for i, line in enumerate([*lines, ""]):
        if line.strip():
            if bullet.match(line):
                block.append(i)
            continue
        if len(block) >= 2:
            for j in block:
                lines[j] = bullet.sub(r"\g<indent>•\g<gap>", lines[j], count=1)
        block = []
    return "\n".join(lines)
