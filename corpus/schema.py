"""Table definitions of the corpus database, derived from the record dataclasses so that the
store, the CSV writers and (later) the codebook share one source of truth."""
from __future__ import annotations

import types
import typing
from dataclasses import fields
from functools import cache

from ..records import RECORD_TABLES, column_names

_SQL_TYPES = {int: "BIGINT", float: "DOUBLE", bool: "BOOLEAN", str: "VARCHAR"}

DOCUMENT_COLUMNS: dict[str, str] = {
    "source_path": "VARCHAR PRIMARY KEY",
    "doc_id": "VARCHAR",
    "format": "VARCHAR",
    "doc_type": "VARCHAR",
    "organisation": "VARCHAR",
    "year": "INTEGER",
    "n_pages": "INTEGER",
    "status": "VARCHAR",
    "error": "VARCHAR",
    "warnings": "VARCHAR",
    "encoding": "VARCHAR",
    "bytes": "BIGINT",
    "fingerprint": "VARCHAR",
    "present": "BOOLEAN",
    "processed_at": "TIMESTAMP",
    "seconds": "DOUBLE",
    "text": "VARCHAR",
}
# documents.csv: the contract's columns first, the rest after (text stays in the database)
DOCUMENT_CSV_COLUMNS = ["doc_id", "source_path", "format", "doc_type", "organisation", "year",
                        "n_pages", "status", "error", "warnings", "encoding", "bytes", "seconds"]

# the documents a run's tables are made from: found this run and read without error
PRESENT_OK = "present AND status = 'ok'"
PRESENT_DOC_IDS = f"SELECT doc_id FROM documents WHERE {PRESENT_OK}"

PAGE_COLUMNS = {"doc_id": "VARCHAR", "page": "INTEGER", "char_start": "INTEGER",
                "char_end": "INTEGER", "method": "VARCHAR", "ocr_confidence": "DOUBLE"}
FURNITURE_COLUMNS = {"doc_id": "VARCHAR", "page": "INTEGER", "kind": "VARCHAR", "text": "VARCHAR"}


def _sql_type(annotation: object) -> str:
    if isinstance(annotation, str):  # postponed annotations: "int | None"
        base = annotation.split("|")[0].strip()
        return {"int": "BIGINT", "float": "DOUBLE", "bool": "BOOLEAN"}.get(base, "VARCHAR")
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
    return _SQL_TYPES.get(annotation, "VARCHAR")


def record_columns(table: str) -> dict[str, str]:
    cls = RECORD_TABLES[table]
    types_by_name = {f.name: _sql_type(f.type) for f in fields(cls)}
    return {name: types_by_name[name] for name in column_names(cls)}


@cache  # asked for on every write; the definitions do not change within a process
def all_tables() -> dict[str, dict[str, str]]:
    tables = {"documents": DOCUMENT_COLUMNS, "pages": PAGE_COLUMNS,
              "furniture": FURNITURE_COLUMNS}
    tables.update({t: record_columns(t) for t in RECORD_TABLES})
    return tables
