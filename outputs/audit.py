"""The goal-versus-outcome audit over a run's corpus database.

`run_audit(con)` returns the flags and links; `store_audit(con)` also stores them as the
tables `audit_flags` and `audit_links` (a corpus-level step of every run); `read_audit(con)`
gives back what a run stored, for the report. Rules and severities are data:
outputs/data/audit.toml.
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from ..corpus.schema import replace_rows, select_sql
from ..records import TABLES
from .audit_checks import within_document_flags
from .audit_common import AUDIT_TABLES, AuditFlag, rows, severity_rank, table_names
from .audit_links import cross_document

__all__ = ["run_audit", "store_audit", "read_audit", "write_audit", "AUDIT_TABLES", "AuditFlag"]


def _sort_key(f: dict) -> tuple:
    return (severity_rank(f["severity"]), f["doc_id"], f["flag"], f["page"] or 0, f["record_id"])


def _result(flags: list[dict], links: list[dict]) -> dict:
    flags = sorted(flags, key=_sort_key)  # most severe first, for a reader
    counts: dict[str, int] = {}
    for f in flags:
        counts[f["flag"]] = counts.get(f["flag"], 0) + 1
    return {"flags": flags, "links": links, "counts": counts}


def run_audit(con: duckdb.DuckDBPyConnection) -> dict:
    """{'flags': [row dict...] most severe first, 'links': [row dict...],
    'counts': {flag: n}}."""
    flags = within_document_flags(con)
    links, cross_flags = cross_document(con)
    return _result([f.row() for f in flags + cross_flags], links)


def store_audit(con: duckdb.DuckDBPyConnection) -> dict:
    """Run the audit and store `audit_flags` and `audit_links` in the database."""
    result = run_audit(con)
    replace_rows(con, TABLES["audit_flags"], result["flags"])
    replace_rows(con, TABLES["audit_links"], result["links"])
    return result


def read_audit(con: duckdb.DuckDBPyConnection) -> dict:
    """The audit a run stored; worked out afresh for a database that has none (written by
    an earlier version)."""
    if not set(AUDIT_TABLES) <= table_names(con):
        return run_audit(con)
    return _result(rows(con, select_sql(TABLES["audit_flags"])),
                   rows(con, select_sql(TABLES["audit_links"])))


def write_audit(con: duckdb.DuckDBPyConnection, out_dir: Path) -> dict:
    """Store the audit and write OUT/audit_flags.csv and OUT/audit_links.csv."""
    from .csv_tables import write_out_tables

    result = store_audit(con)
    write_out_tables(con, Path(out_dir), names=list(AUDIT_TABLES))
    return result
