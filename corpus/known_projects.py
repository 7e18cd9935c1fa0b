"""Projects a document names without a cue, known from another document of its organisation.

A förbund's delårsrapport names "Kompassen" and "Steg för steg" in passing; its plan names them
as insatser under their own titles. A name the extraction found as a project in one document is
a project wherever else the same organisation's documents have it standing as a name: written
the same, as whole words, and — when it is made of words of the language only ("Steg för
steg", "Kompassen") — inside a sentence, where Swedish capitalises nothing but names. The same
organisation is one förbund under any of its spellings; a local group shares its förbund's
names and the förbund its groups', but two groups share nothing. Each such document gets one project row,
at the name's first such place, marked `found_by = "corpus"`; the rows depend on the corpus, so
every run finds them afresh."""
from __future__ import annotations

import re
from bisect import bisect_right

import duckdb

from ..normalize.organisation_names import organisation_keys
from ..records import TABLES, Project
from ..vocabulary import known_words
from .schema import PRESENT_OK, insert_columns

MIN_NAME = 4  # characters: shorter names ("O1", "KUR") are too easily something else
_WORD = re.compile(r"[\wåäöÅÄÖéÉ-]+")


def add_known_projects(con: duckdb.DuckDBPyConnection) -> int:
    """Add the rows; returns how many."""
    con.execute("DELETE FROM projects WHERE found_by = 'corpus'")
    docs = con.execute(f"SELECT doc_id, organisation, text FROM documents WHERE {PRESENT_OK}"
                       ).fetchall()
    keys = {d: organisation_keys(o or "") for d, o, _ in docs}
    found = con.execute("SELECT doc_id, name FROM projects").fetchall()
    by_org: dict[str, set[str]] = {}
    for d, n in found:
        if n and len(n) >= MIN_NAME and d in keys and keys[d][0]:
            by_org.setdefault(keys[d][0], set()).add(n)
    groups_of: dict[str, set[str]] = {}
    for own, forbund in keys.values():
        if own and own != forbund:
            groups_of.setdefault(forbund, set()).add(own)
    has = {(d, n.casefold()) for d, n in found}
    pages: dict[str, list[tuple[int, int, float | None]]] = {}
    for doc_id, page, start, conf in con.execute(
            "SELECT doc_id, page, char_start, ocr_confidence FROM pages ORDER BY doc_id, page"
    ).fetchall():
        pages.setdefault(doc_id, []).append((start, page, conf))
    columns: dict[str, list] = {c: [] for c in TABLES["projects"].columns}
    patterns: dict[tuple[str, str], re.Pattern[str] | None] = {}
    for pair in set(keys.values()):
        own, forbund = pair
        readable = {own, forbund} | (groups_of.get(own, set()) if own == forbund else set())
        names = set().union(*(by_org.get(k, set()) for k in readable if k))
        patterns[pair] = re.compile("|".join(
            rf"(?<![\w-]){re.escape(n)}(?![\w-])" for n in sorted(names, key=len, reverse=True)
        )) if names else None
    for doc_id, _, text in docs:
        pattern = patterns.get(keys[doc_id])
        if pattern is None:
            continue
        seen: set[str] = set()
        for m in pattern.finditer(text or ""):
            name = m.group(0)
            key = name.casefold()
            if key in seen or (doc_id, key) in has or not _stands_as_name(text, m.start(), name):
                continue
            seen.add(key)
            starts = pages.get(doc_id, [(0, 1, None)])
            _, page, conf = starts[max(0, bisect_right([s for s, _, _ in starts], m.start()) - 1)]
            row = Project(doc_id=doc_id, page=page, char_start=m.start(), char_end=m.end(),
                          evidence=name, ocr_confidence=conf, name=name, found_by="corpus")
            for c, values in columns.items():
                values.append(getattr(row, c))
    insert_columns(con, TABLES["projects"], columns)
    return len(columns["doc_id"])


def _stands_as_name(text: str, pos: int, name: str) -> bool:
    """A name with a word outside the language, or a capital inside it, is one anywhere; one
    of words of the language only is one inside a sentence (after a word in lower case or a
    comma), not where a sentence or a title may begin."""
    words = _WORD.findall(name)
    if any(w.lower() not in known_words() for w in words) or any(w[:1].isupper() for w in words[1:]):
        return True
    before = text[max(0, pos - 40):pos].rstrip(" \t")
    return bool(before) and (before[-1].islower() or before[-1] == ",")
