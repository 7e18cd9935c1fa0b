"""Searching a costly pattern only where it can match.

A pattern such as "a label of up to 60 characters, then a verb and an amount" is tried at
every letter of a report by `finditer`, and each try walks up to 60 characters on. When each
of its matches must begin at most `reach` characters before a place a cheap `anchor` finds,
only the stretches before anchors need searching, and the matches are the same.
"""
from __future__ import annotations

import re
from collections.abc import Iterator


def finditer_near(pattern: re.Pattern, anchor: re.Pattern, text: str,
                  reach: int) -> Iterator[re.Match]:
    """The matches of `pattern.finditer(text)`, for a pattern whose every match begins at
    most `reach` characters before (or at) a position where `anchor` matches.

    The first anchor at or after the scan position bounds where the next match can begin;
    `pattern.search` from there finds the leftmost match, which is the one `finditer` would
    give, because no match can begin before that bound (`search` from a position sees the
    text before it, as `finditer` does). `pattern` must not match the empty string.
    """
    pos = 0
    for a in anchor.finditer(text):
        at = a.start()
        if at < pos:
            continue
        m = pattern.search(text, max(pos, at - reach))
        if m is None:
            return
        yield m
        pos = m.end()
