"""Extraction: `Document` -> records, with spaCy (blank Swedish, lookup lemmas, sentences) and
rules read from the data files in `data/`."""
from __future__ import annotations

from ..records import Document, Extraction


def extract_document(document: Document) -> Extraction:
    """All records of one document; every record's evidence is its exact slice of the text."""
    from .context import Context
    from .nlp import current_nlp

    nlp = current_nlp()
    ctx = Context(document)
    doc = nlp.make_doc(document.text)
    doc._.samverkan = ctx
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return ctx.extraction
