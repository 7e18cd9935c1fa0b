"""Organisation mentions to their principal (huvudman): kommun, Försäkringskassan,
Arbetsförmedlingen, region or other, by the cue table in `data/principals.csv`."""
from __future__ import annotations

import re
from functools import cache

from ..resources import data_path, load_csv


@cache
def _cues() -> tuple[tuple[str, str, str], ...]:
    if not data_path("normalize", "principals.csv").exists():
        return ()
    return tuple((r["cue"], r["principal"], r["kind"]) for r in load_csv("normalize",
                                                                         "principals.csv"))


@cache
def _municipalities() -> frozenset[str]:
    if not data_path("normalize", "municipalities.csv").exists():
        return frozenset()
    rows = load_csv("normalize", "municipalities.csv")
    return frozenset(n.lower() for r in rows for n in (r["name"], r.get("genitive", "")) if n)


def principal_of(organisation: str) -> str:
    """The principal an organisation name belongs to; `other` when no cue says more."""
    text = organisation.strip()
    if not text:
        return "other"
    low = text.lower()
    words = re.findall(r"[\wåäöé-]+", low)
    tokens = set(re.findall(r"[\wÅÄÖåäöé-]+", text))
    for cue, principal, kind in _cues():
        c = cue.lower()
        if kind == "abbrev" and cue in tokens:
            return principal
        if kind == "prefix" and (low.startswith(c) or any(w.startswith(c) for w in words)):
            return principal
        if kind == "word" and (c in words or f" {c} " in f" {low} "):
            return principal
    if words and words[0] in _municipalities():
        return "kommun"
    return "other"
