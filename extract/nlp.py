"""The spaCy pipeline: blank Swedish, lookup lemmas (with our own exceptions), sentences, and
the samverkan extractors as registered components. Built once per process."""
from __future__ import annotations

from functools import cache

COMPONENTS = ["samverkan_structure", "samverkan_goals", "samverkan_activities",
              "samverkan_target_groups", "samverkan_projects", "samverkan_budget",
              "samverkan_signatories"]


@cache
def build_nlp():
    """spacy.blank("sv") + lookup lemmas + sentencizer + the extractor components."""
    import spacy
    from spacy.tokens import Doc

    from . import components  # noqa: F401  (registers the factories)

    if not Doc.has_extension("samverkan"):
        Doc.set_extension("samverkan", default=None)
    nlp = spacy.blank("sv")
    nlp.max_length = 50_000_000  # no parser or NER here, so long reports cost little memory
    # spaCy's special cases for single whitespace characters give the tokens the affix rules
    # give anyway, but a document's first line break then stops the tokenizer caching words
    # for the rest of it; without them tokenizing takes a third of the time
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if not k.isspace()}
    nlp.add_pipe("samverkan_lemmatizer", name="lemmatizer")
    nlp.add_pipe("sentencizer")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp
