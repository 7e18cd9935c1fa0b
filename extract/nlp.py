"""The spaCy pipeline: blank Swedish, lookup lemmas (with our own exceptions), sentences, and
the samverkan extractors as registered components. Built once per process."""
from __future__ import annotations

from functools import cache

from ..resources import load_toml

COMPONENTS = ["samverkan_lemma_case", "samverkan_structure", "samverkan_goals", "samverkan_activities",
              "samverkan_target_groups", "samverkan_projects", "samverkan_budget",
              "samverkan_signatories"]


@cache
def build_nlp():
    """spacy.blank("sv") + lookup lemmatizer + sentencizer + the extractor components."""
    import spacy
    from spacy.tokens import Doc

    from . import components  # noqa: F401  (registers the factories)

    if not Doc.has_extension("samverkan"):
        Doc.set_extension("samverkan", default=None)
    nlp = spacy.blank("sv")
    nlp.max_length = 50_000_000  # no parser or NER here, so long reports cost little memory
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.add_pipe("sentencizer")
    nlp.initialize()
    # the lookup table is ambiguous for some domain words ("mål" -> "måla", "har" -> "hare")
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    for form, lemma in load_toml("extract", "lemmas.toml")["lemmas"].items():
        table[form] = lemma
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp
