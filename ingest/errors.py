"""Errors a person can act on; the batch turns them into a document row, never a traceback."""
from __future__ import annotations


class IngestError(Exception):
    """A file could not be read; the message says why in plain words."""

    def __init__(self, message: str, status: str = "error") -> None:
        super().__init__(message)
        self.status = status  # error | skipped
