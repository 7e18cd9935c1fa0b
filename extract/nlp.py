"""The spaCy pipeline: blank Swedish, lookup lemmas (with our own exceptions), sentences, and
the samverkan extractors as registered components. Built once per process."""
from __future__ import annotations

import gc
from functools import cache

# spaCy keeps every word it has seen in its vocabulary (a lexeme and a string, about half a
# kilobyte a word); past this many strings the pipeline is built afresh, so that a process
# reading a corpus of any size stays within bounded memory (a rebuild takes about 0.3 s)
VOCAB_LIMIT = 100_000

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


def current_nlp():
    """The pipeline for the next document: `build_nlp()`, built again once its vocabulary has
    grown past VOCAB_LIMIT strings."""
    nlp = build_nlp()
    if len(nlp.vocab.strings) > VOCAB_LIMIT:
        build_nlp.cache_clear()
        del nlp
        # the old pipeline is a web of reference cycles: collected now, its memory is reused
        # by the new one; left to the collector's own pace, several pile up
        gc.collect()
        nlp = build_nlp()
    return nlp
