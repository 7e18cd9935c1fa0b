"""Swedish word forms this tool knows: spacy-lookups-data's lemma table (every inflected
form and its lemma), spaCy's Swedish stop words (function words the table leaves out) and the
shared lexicon's place and first names. Loaded once per process, on first use.

The table and the word set are read-only views of a memory-mapped compact form
(`vocabulary_store`): a process opens them in milliseconds, and forked workers share the
pages. They answer every lookup as the dict and the frozenset they replace did.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping, Set
from functools import cache

from .resources import load_csv, load_lines


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
    names |= {n.lower() for n in load_lines("lexicon", "first_names.txt")}
    return KnownWords(_vocabulary().known, frozenset(names))
