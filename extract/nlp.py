"""The spaCy pipeline: blank Swedish, lookup lemmas (with our own exceptions), sentences, and
the samverkan extractors as registered components. Built once per process."""
from __future__ import annotations

import gc
import sys
import types
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
    spacy = import_spacy()
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


def import_spacy() -> types.ModuleType:
    """`import spacy` without its command line. spaCy's package imports `spacy.cli` (download,
    train: requests, httpx, typer, weasel) only to re-export `spacy.info`; that is a tenth of
    a one-page run's CPU, paid again by every worker. While spaCy imports, `spacy.cli.info`
    is a stand-in whose `info` imports the real one when called; it is then taken out of
    `sys.modules`, so that an `import spacy.cli` later finds the real package."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stand_in = types.ModuleType("spacy.cli.info")

    def info(*args, **kwargs):
        from spacy.cli.info import info as real_info
        return real_info(*args, **kwargs)

    stand_in.info = info
    sys.modules["spacy.cli.info"] = stand_in
    try:
        import spacy
    finally:
        if sys.modules.get("spacy.cli.info") is stand_in:
            del sys.modules["spacy.cli.info"]
    return spacy


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
