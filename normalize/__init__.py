"""Normalisation: principals of organisations, target groups to the taxonomy; reconciliation
across documents lives in `reconcile.py` (run once per batch, after all documents are stored)."""
from __future__ import annotations

from ..records import Document, Extraction
from .organisations import canonical_organisation, principal_of
from .taxonomy import canonical_of
from .values import check_values

__all__ = ["canonical_organisation", "normalize_extraction", "principal_of"]


def normalize_extraction(document: Document, extraction: Extraction) -> None:
    """Per-document normalisation: each signatory's principal (the document's organisation
    names the place when the signature does not), each target group's categories, and the
    amounts, periods and dates checked once more."""
    for s in extraction.signatories:
        s.principal = canonical_organisation(s.organisation, document.organisation,
                                             s.title).principal
    for t in extraction.target_groups:
        t.canonical = canonical_of(t.text)
    check_values(document, extraction)
