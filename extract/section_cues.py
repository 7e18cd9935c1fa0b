"""What a heading announces (goals, activities, outcomes, target groups, projects, the
economy), found with spaCy's Matcher from the token patterns in `data/section_cues.toml`."""
from __future__ import annotations

from functools import cache, lru_cache

from ..resources import load_toml

KINDS = ("goal", "activity", "outcome", "target_group", "project", "economy")


@cache
def _config() -> dict:
    return load_toml("extract", "section_cues.toml")


@lru_cache(maxsize=1)  # one pipeline's vocabulary at a time (see nlp.current_nlp)
def _matcher(vocab):
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    for kind in KINDS:
        matcher.add(kind, _config()[kind]["patterns"])
        if _config()[kind].get("exclude"):
            matcher.add(f"{kind}:exclude", _config()[kind]["exclude"])
    return matcher


class SectionCues:
    """Cue matches looked up by character range. Only headings and lead-ins are ever asked
    about, so each range is matched when first asked, not the whole document up front."""

    def __init__(self, doc, text: str) -> None:
        self.doc, self.text = doc, text
        self._cache: dict[tuple[int, int], list[tuple[int, str, bool]]] = {}

    def _in(self, start: int, end: int) -> list[tuple[int, str, bool]]:
        key = (start, end)
        if key not in self._cache:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            found = []
            if span is not None:
                strings = self.doc.vocab.strings
                for m_id, s, _ in _matcher(self.doc.vocab)(span):
                    first = span[s]
                    # "initial": nothing but numbering and spaces before it on its line
                    line_start = self.text.rfind("\n", 0, first.idx) + 1
                    initial = not self.text[line_start:first.idx].strip(" \t0123456789.)")
                    found.append((first.idx, strings[m_id], initial))
            self._cache[key] = found
        return self._cache[key]

    def says(self, start: int, end: int, kind: str) -> bool:
        """Whether text[start:end] announces `kind` (and is not excluded for it)."""
        need_initial = _config()[kind].get("initial", False)
        hit = excluded = False
        for s, k, initial in self._in(start, end):
            if k == kind and (initial or not need_initial):
                # an initial cue must open the range itself, not a later line in it
                hit = hit or not need_initial or s - start <= 6
            elif k == f"{kind}:exclude":
                excluded = True
        return hit and not excluded
