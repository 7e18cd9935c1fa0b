"""Pairing the items of two years by meaning, not wording: goals and target groups of one
year against the next's.

Similarity of two texts is the mean of rapidfuzz's token_set_ratio / 100 of the casefolded
texts and the share of the shorter text's content lemmas that the other has too (the lookup
lemmas the audit uses, `audit_links.content_keys`): a reworded goal keeps its words' lemmas,
and two goals that only share the small words of a sentence do not.
Pairs are taken best first, each item at most once, down to the threshold; every pair keeps
its score and a one-line basis.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from ..resources import load_toml
from .audit_links import content_keys


@cache
def rules() -> dict:
    return load_toml("outputs", "changes.toml")


@dataclass(frozen=True)
class Pair:
    a: int
    b: int
    score: float
    basis: str


def similarity(a: str, b: str) -> tuple[float, str]:
    """(score 0..1, basis) of two texts."""
    m = rules()["matching"]
    ka, kb = content_keys(a), content_keys(b)
    shared = ka & kb
    fuzzy = fuzz.token_set_ratio(a.casefold(), b.casefold()) / 100
    lemma = len(shared) / min(len(ka), len(kb)) if ka and kb else 0.0
    score = (fuzzy * m["fuzzy_weight"] + lemma * m["lemma_weight"]) / (
        m["fuzzy_weight"] + m["lemma_weight"])
    terms = " ".join(sorted(shared)) or "none"
    basis = f"token_set_ratio {fuzzy:.2f}, shared lemmas {lemma:.2f} ({terms})"
    return round(score, 3), basis


def pair_by_meaning(a: list[str], b: list[str], threshold: float
                    ) -> tuple[list[Pair], list[int], list[int]]:
    """One-to-one pairs of a's and b's texts that reach `threshold`, best first; and the
    indexes of a and of b left without a pair."""
    scored = []
    for i, ta in enumerate(a):
        for j, tb in enumerate(b):
            score, basis = similarity(ta, tb)
            if score >= threshold:
                scored.append((score, i, j, basis))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for score, i, j, basis in scored:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append(Pair(i, j, score, basis))
    return (sorted(pairs, key=lambda p: p.a), [i for i in range(len(a)) if i not in used_a],
            [j for j in range(len(b)) if j not in used_b])


def nearest(text: str, others: list[str]) -> tuple[int | None, float]:
    """The other text most like `text` and its score (None when there are none)."""
    best, best_score = None, -1.0
    for j, other in enumerate(others):
        score, _ = similarity(text, other)
        if score > best_score:
            best, best_score = j, score
    return best, max(best_score, 0.0)
