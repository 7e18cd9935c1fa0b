"""Extraction: `Document` -> records, with spaCy (blank Swedish, lookup lemmas, sentences) and
rules read from the data files in `data/`."""
from __future__ import annotations

import re

from ..records import RECORD_TABLES, Document, Extraction, Span


def extract_document(document: Document) -> Extraction:
    """All records of one document; every record's evidence is its exact slice of the text."""
    from .context import Context
    from .nlp import current_nlp
    from .scope import keep_in_scope

    nlp = current_nlp()
    ctx = Context(document)
    doc = nlp.make_doc(document.text)
    doc._.samverkan = ctx
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    _without_form_words(ctx.extraction)
    keep_in_scope(document, ctx.structure, ctx.extraction)
    _ocr_confidence(document, ctx.extraction)
    return ctx.extraction


def _without_form_words(extraction: Extraction) -> None:
    """No goal, activity or target group is a form's own words: a field whose value is its
    placeholder ("Mål 3: [Ange mål för samverkan]", "Målgrupp: Klicka eller tryck här för att
    ange text."). (Names, amounts and people are read from their own fields, which a
    placeholder never fills.) Nor is one a question: a title that asks ("För vem?") or a
    web page's call ("Redo att ansöka?") states nothing."""
    from .forms import form_note

    for name in ("goals", "activities", "target_groups"):
        setattr(extraction, name, [r for r in getattr(extraction, name)
                                   if not form_note(r.text) and not _QUESTION.search(r.text)])


# a sentence that asks (not a remark of question marks set apart: "... 1 dag/v     ???")
_QUESTION = re.compile(r"[^\W\d_]\?\s*$")


def _ocr_confidence(document: Document, extraction: Extraction) -> None:
    """Each record's OCR confidence: the lowest of the OCR'd pages it stands on."""
    if not any(p.ocr_confidence is not None for p in document.pages):
        return
    by_number = {p.number: p.ocr_confidence for p in document.pages}
    for name, cls in RECORD_TABLES.items():
        if not issubclass(cls, Span):
            continue
        for record in getattr(extraction, name):
            first, last = document.page_at(record.char_start), document.page_at(record.char_end)
            confs = [c for n in range(first, last + 1) if (c := by_number.get(n)) is not None]
            record.ocr_confidence = round(min(confs), 1) if confs else None
