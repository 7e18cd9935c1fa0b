"""What a heading announces (goals, activities, outcomes, target groups, projects), found with
spaCy's Matcher from the token patterns in `data/section_cues.toml`."""
from __future__ import annotations

from bisect import bisect_left
from functools import cache

from ..resources import load_toml

KINDS = ("goal", "activity", "outcome", "target_group", "project")


@cache
def _config() -> dict:
    return load_toml("extract", "section_cues.toml")


@cache
def _matcher(vocab):
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    for kind in KINDS:
        matcher.add(kind, _config()[kind]["patterns"])
        if _config()[kind].get("exclude"):
            matcher.add(f"{kind}:exclude", _config()[kind]["exclude"])
    return matcher


class SectionCues:
    """The cue matches of one document, looked up by character range."""

    def __init__(self, doc, text: str) -> None:
        self.matches: list[tuple[int, int, str, bool]] = []
        strings = doc.vocab.strings
        for m_id, s, e in _matcher(doc.vocab)(doc):
            first = doc[s]
            # "initial": nothing but numbering and spaces before it on its line
            line_start = text.rfind("\n", 0, first.idx) + 1
            initial = not text[line_start:first.idx].strip(" \t0123456789.)")
            self.matches.append((first.idx, doc[e - 1].idx + len(doc[e - 1]), strings[m_id],
                                 initial))
        self.matches.sort()
        self._starts = [m[0] for m in self.matches]

    def _in(self, start: int, end: int):
        i = bisect_left(self._starts, start)
        while i < len(self.matches) and self.matches[i][0] < end:
            yield self.matches[i]
            i += 1

    def says(self, start: int, end: int, kind: str) -> bool:
        """Whether text[start:end] announces `kind` (and is not excluded for it)."""
        need_initial = _config()[kind].get("initial", False)
        hit = excluded = False
        for s, _, k, initial in self._in(start, end):
            if k == kind and (initial or not need_initial):
                # an initial cue must open the range itself, not a later line in it
                hit = hit or not need_initial or s - start <= 6
            elif k == f"{kind}:exclude":
                excluded = True
        return hit and not excluded
