"""Swedish word forms this tool knows: spacy-lookups-data's lemma table (every inflected
form and its lemma), spaCy's Swedish stop words (function words the table leaves out) and the
shared lexicon's place and first names. Loaded once per process, on first use."""
from __future__ import annotations

from functools import cache

from .resources import load_csv, load_lines


@cache
def lemma_table() -> dict[str, str]:
    """spacy-lookups-data's Swedish lemma_lookup table, word form -> lemma."""
    from spacy.util import load_language_data, registry

    return dict(load_language_data(registry.lookups.get("sv")["lemma_lookup"]))


@cache
def known_words() -> frozenset[str]:
    """Every word form above, in lower case."""
    from spacy.lang.sv.stop_words import STOP_WORDS

    table = lemma_table()
    # the table's own strings where they are lower case already: the set costs no copies
    words = {w if w.islower() else w.lower() for w in table}
    words.update(w if w.islower() else w.lower() for w in table.values())
    words |= {w.lower() for w in STOP_WORDS}
    for r in load_csv("lexicon", "municipalities.csv"):
        words |= {r["name"].lower(), r["genitive"].lower()}
    words |= {n.lower() for n in load_lines("lexicon", "first_names.txt")}
    return frozenset(words)
