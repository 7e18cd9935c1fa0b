"""Swedish word forms this tool knows: spacy-lookups-data's lemma table (every inflected
form and its lemma), spaCy's Swedish stop words (function words the table leaves out) and the
shared lexicon's place and first names. Loaded once per process, on first use.

The table and the word set are read-only views of a memory-mapped compact form
(`vocabulary_store`): a process opens them in milliseconds, and forked workers share the
pages. They answer every lookup as the dict and the frozenset they replace did.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping, Set
from functools import cache

from .resources import load_csv, load_lines, load_toml


class LemmaTable(Mapping[str, str]):
    """spacy-lookups-data's Swedish lemma_lookup table, word form -> lemma."""

    def __init__(self, lemma) -> None:
        self._lemma = lemma  # word -> lemma or None (vocabulary_store.Vocabulary.lemma)

    def __getitem__(self, word: str) -> str:
        lemma = self._lemma(word) if isinstance(word, str) else None
        if lemma is None:
            raise KeyError(word)
        return lemma

    def get(self, word: str, default=None):  # the lemmatizer's one call, without a raise
        lemma = self._lemma(word) if isinstance(word, str) else None
        return default if lemma is None else lemma

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._lemma(word) is not None

    def __iter__(self) -> Iterator[str]:  # in the trie's order, not the JSON file's
        return (word for word, _ in _vocabulary().table_items())

    def __len__(self) -> int:
        return _vocabulary().n_forms


class KnownWords(Set[str]):
    """Every word form and lemma of the table, the stop words and the lexicon's names, in
    lower case."""

    def __init__(self, words, names: frozenset[str]) -> None:
        self._words = words  # a trie: membership in C
        self._names = names

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in self._words or word in self._names)

    def __iter__(self) -> Iterator[str]:
        yield from self._words.iterkeys()
        yield from (w for w in self._names if w not in self._words)

    def __len__(self) -> int:
        return len(self._words) + sum(1 for w in self._names if w not in self._words)

    def __hash__(self) -> int:  # frozen, as the frozenset it stands for
        return self._hash()


@cache
def _vocabulary():
    from . import vocabulary_store

    return vocabulary_store.load()


@cache
def lemma_table() -> LemmaTable:
    """spacy-lookups-data's Swedish lemma_lookup table, word form -> lemma."""
    return LemmaTable(_vocabulary().lemma)


@cache
def known_words() -> KnownWords:
    """Every word form above, in lower case."""
    names = set()
    for r in load_csv("lexicon", "municipalities.csv"):
        names |= {r["name"].lower(), r["genitive"].lower()}
    names |= first_names()
    return KnownWords(_vocabulary().known, frozenset(names))


MIN_PART = 4  # a compound's parts have at least this many letters ("igen" + "orn" is not one)


@cache
def is_word(word: str, parts: bool = True, min_part: int = MIN_PART) -> bool:
    """A known word form (in lower case), or (with `parts`) a compound of two or more, each
    part of at least `min_part` letters, a part perhaps with a linking s ("arbetsmarknad" + s
    + "enhet")."""
    words = known_words()
    if word in words:
        return True
    if not parts or len(word) < 2 * min_part:
        return False
    for cut in range(min_part, len(word) - min_part + 1):
        head, tail = word[:cut], word[cut:]
        linked = head.endswith("s") and head[:-1] in words  # "försörjning" + s + "stöd"
        if (head in words or linked) and (tail in words or is_word(tail, True, min_part)):
            return True
    return False


_VERB_FORMS = ("r", "de", "t", "dde")  # ordna: ordnar, ordnade, ordnat; se: ser, sedde
_E_VERB_FORMS = ("r", "dde")
_STEM_FORMS = ("er", "te", "de")  # besöka: besöker, besökte; sprida: sprider


def is_infinitive(word: str) -> bool:
    """Whether a word is a verb's infinitive: the lemma the table gives its present or past
    tense ("ordna" of "ordnar", "besöka" of "besöker", "ta" of "tar"); a noun in -a is not
    ("kvinna": "kvinnor")."""
    w = word.lower()
    if len(w) < 2 or w[-1] not in "aeiouyåäö":
        return False
    table = lemma_table()
    # a noun in -e takes -t as its definite form ("arbete": "arbetet"), a verb in -e its
    # present tense in -r ("se": "ser", "ske": "sker")
    forms = _E_VERB_FORMS if w.endswith("e") else _VERB_FORMS
    return any(table.get(w + f) == w for f in forms) \
        or any(table.get(w[:-1] + f) == w for f in _STEM_FORMS)


@cache
def months() -> tuple[str, ...]:
    """The months in order ("januari" … "december"), from the shared lexicon."""
    return tuple(load_toml("lexicon", "calendar.toml")["months"])


@cache
def times() -> frozenset[str]:
    """Words that say when something is done ("våren", "löpande", "kvartalsvis", "q3"),
    besides the months, from the shared lexicon."""
    return frozenset(load_toml("lexicon", "calendar.toml")["times"])


@cache
def first_names() -> frozenset[str]:
    """Swedish first names in lower case, from the shared lexicon."""
    return frozenset(n.lower() for n in load_lines("lexicon", "first_names.txt"))


def is_first_name(word: str) -> bool:
    """Whether a word is a first name of the lexicon, in any case, by its first half when it
    is hyphenated ("Bengt-Göran"), with accents as a name's bearer writes them ("Hélène"
    for the lexicon's "Helene"), and as a keyboard without å, ä and ö spells it ("Goeran",
    "Haakan")."""
    names = first_names()
    low = word.lower()
    spelled = low.replace("aa", "å").replace("ae", "ä").replace("oe", "ö")
    return any(w in names or w.split("-")[0] in names for w in (low, unaccented(low), spelled))


def unaccented(text: str) -> str:
    """The text without its accents and diacritics ("Hélène" -> "Helene", "å" -> "a")."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
