"""Lookup lemmas: spacy-lookups-data's Swedish table with our exceptions, set per word type.

spaCy's lookup lemmatizer stores the table as a `Table` (a hash per entry, 1.8 s to build)
and sets each token in Python. Here the table is a memory-mapped trie (`vocabulary`, opened
in milliseconds) under our exceptions, each distinct word of a document is looked up once,
and the lemmas are written with `Doc.from_array`.
The lemma is the one spaCy's lookup mode gives, except that a capitalised word the table does
not change ("Möten" opening a heading) is looked up in lower case too.
"""
from __future__ import annotations

from collections import ChainMap
from collections.abc import Mapping
from functools import cache

import numpy as np
from spacy.attrs import LEMMA, ORTH
from spacy.tokens import Doc

from ..resources import load_toml
from ..vocabulary import lemma_table


@cache  # shared by every pipeline this process builds; nothing writes to it
def load_table() -> Mapping[str, str]:
    """spacy-lookups-data's Swedish lemma_lookup table with extract/data/lemmas.toml over it."""
    # the table is ambiguous for some domain words ("mål" -> "måla", "har" -> "hare"); a
    # view over it, not a copy of its 660 000 entries
    return ChainMap(load_toml("extract", "lemmas.toml")["lemmas"], lemma_table())


class LookupLemmatizer:
    """A pipeline component: sets `token.lemma` for every token of a document."""

    def __init__(self, table: Mapping[str, str]) -> None:
        self.table = table
        # word hash -> lemma hash; it lives as long as the pipeline, which is built afresh
        # when its vocabulary grows past nlp.VOCAB_LIMIT, so it is bounded with it
        self._memo: dict[int, int] = {}

    def lemma(self, text: str) -> str:
        lemma = self.table.get(text, text)
        if lemma == text and text[:1].isupper():
            low = text.lower()
            lemma = self.table.get(low, low)
        return lemma

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        words, where = np.unique(doc.to_array(ORTH), return_inverse=True)
        strings, memo = doc.vocab.strings, self._memo
        lemmas = np.empty(len(words), dtype=np.uint64)
        for i, word in enumerate(words.tolist()):
            lemma = memo.get(word)
            if lemma is None:
                lemma = memo[word] = strings.add(self.lemma(strings[word]))
            lemmas[i] = lemma
        doc.from_array([LEMMA], lemmas[where].reshape(-1, 1))
        return doc
