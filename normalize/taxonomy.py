"""Target-group mentions to categories of the taxonomy in `data/target_groups.toml`.

Matching is on lower-cased words with stem prefixes, compound parts and phrases from the data
file. That is more robust here than the lookup lemmatizer, which leaves most domain
compounds ("invandrarkvinnor", "sjukskrivningsperioder") unlemmatised anyway.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from ..resources import load_toml

_WORDS = re.compile(r"[0-9a-zåäöü]+(?:-[0-9a-zåäöü]+)*-?")


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    words: frozenset[str]
    prefixes: tuple[str, ...]
    parts: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]
    together: tuple[tuple[str, ...], ...]
    unless: tuple[str, ...]

    def matches(self, words: list[str]) -> bool:
        if self.unless and any(w.startswith(u) for w in words for u in self.unless) \
                and not self._matches_without(words):
            return False
        return self._matches(words)

    def _matches_without(self, words: list[str]) -> bool:
        # "psykisk ohälsa och neuropsykiatriska diagnoser": the other words still count
        kept = [w for w in words if not any(w.startswith(u) for u in self.unless)]
        return self._matches(kept)

    def _matches(self, words: list[str]) -> bool:
        if any(w in self.words for w in words):
            return True
        if any(w.startswith(p) for w in words for p in self.prefixes):
            return True
        if any(p in w for w in words for p in self.parts):
            return True
        for phrase in self.phrases:
            n = len(phrase)
            for i in range(len(words) - n + 1):
                if all(words[i + k].startswith(phrase[k]) for k in range(n)):
                    return True
        return any(all(any(w.startswith(t) for w in words) for t in group)
                   for group in self.together)


def words_of(text: str) -> list[str]:
    """Lower-cased words, accents other than å, ä, ö folded ("Heléne" -> "helene")."""
    return _WORDS.findall(fold_accents(text.lower()))


def fold_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in "åäöü":
            out.append(ch)
        else:
            out.append("".join(c for c in unicodedata.normalize("NFKD", ch)
                               if not unicodedata.combining(c)))
    return "".join(out)


@cache
def categories() -> tuple[Category, ...]:
    """The taxonomy, in the order of the data file."""
    out = []
    for row in load_toml("normalize", "target_groups.toml")["category"]:
        def cue(key: str, row: dict = row) -> tuple[str, ...]:
            return tuple(fold_accents(c.lower()) for c in row.get(key, []))
        out.append(Category(
            id=row["id"], label=row["label"], words=frozenset(cue("words")),
            prefixes=cue("prefixes"), parts=cue("parts"),
            phrases=tuple(tuple(words_of(p)) for p in row.get("phrases", [])),
            together=tuple(tuple(fold_accents(t.lower()) for t in g) for g in row.get("together", [])),
            unless=cue("unless")))
    return tuple(out)


def labels() -> dict[str, str]:
    """Category id -> Swedish label."""
    return {c.id: c.label for c in categories()}


def classify(text: str) -> list[str]:
    """Category ids a target-group mention belongs to, in taxonomy order; [] when none."""
    words = words_of(text)
    if not words:
        return []
    return [c.id for c in categories() if c.matches(words)]


def canonical_of(text: str) -> str:
    """The `canonical` cell of a target group: category ids joined with ';' ('' if none)."""
    return ";".join(classify(text))
