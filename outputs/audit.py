"""The goal-versus-outcome audit over a run's corpus database.

`run_audit(con)` returns the flags and links; `write_audit(con, out_dir)` also stores them as
the tables `audit_flags` and `audit_links` (in the database and as CSV beside it).
Rules and severities are data: outputs/data/audit.toml.
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from .audit_checks import within_document_flags
from .audit_common import AUDIT_TABLES, FLAG_COLUMNS, LINK_COLUMNS, AuditFlag, severity_rank
from .audit_links import cross_document

__all__ = ["run_audit", "write_audit", "AUDIT_TABLES", "AuditFlag"]


def _sort_key(f: AuditFlag) -> tuple:
    return (severity_rank(f.severity), f.doc_id, f.flag, f.page or 0, f.record_id)


def run_audit(con: duckdb.DuckDBPyConnection) -> dict:
    """{'flags': [row dict...] most severe first, 'links': [row dict...],
    'counts': {flag: n}}."""
    flags = within_document_flags(con)
    links, cross_flags = cross_document(con)
    flags = sorted(flags + cross_flags, key=_sort_key)
    counts: dict[str, int] = {}
    for f in flags:
        counts[f.flag] = counts.get(f.flag, 0) + 1
    return {"flags": [f.row() for f in flags], "links": links, "counts": counts}


def _store(con: duckdb.DuckDBPyConnection, name: str, cols: dict[str, str],
           data: list[dict]) -> None:
    body = ", ".join(f'"{c}" {t}' for c, t in cols.items())
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f'CREATE OR REPLACE TABLE "{name}" ({body})')
        if data:
            marks = ", ".join("?" for _ in cols)
            con.executemany(f'INSERT INTO "{name}" VALUES ({marks})',
                            [tuple(r.get(c) for c in cols) for r in data])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def write_audit(con: duckdb.DuckDBPyConnection, out_dir: Path) -> dict:
    """Run the audit, store `audit_flags`/`audit_links` in the database and write
    OUT/audit_flags.csv and OUT/audit_links.csv (header row even when empty)."""
    result = run_audit(con)
    out_dir = Path(out_dir)
    for name, cols, data in (("audit_flags", FLAG_COLUMNS, result["flags"]),
                             ("audit_links", LINK_COLUMNS, result["links"])):
        _store(con, name, cols, data)
        target = str(out_dir / f"{name}.csv").replace("'", "''")
        con.execute(f"COPY \"{name}\" TO '{target}' (HEADER, DELIMITER ',')")
    return result
