"""A made-up text as the reader would give it: one page, its metadata read (for the tests
of rules on sentences written for them)."""
from __future__ import annotations

from samverkan.ingest.metadata import add_metadata
from samverkan.records import Document, Page


def document(text: str, doc_type: str | None = None) -> Document:
    doc = Document(doc_id="t", source_path="t.txt", format="txt", text=text,
                   pages=[Page(1, 0, len(text))])
    add_metadata(doc)
    if doc_type:
        doc.doc_type = doc_type
    return doc
