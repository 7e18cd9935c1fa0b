"""Shared pieces of the audit: the flag record, its rules (outputs/data/audit.toml) and
row helpers over the corpus database."""
from __future__ import annotations

from functools import cache

import duckdb

from ..corpus.schema import PRESENT_DOC_IDS
from ..records import TABLES, AuditFlag
from ..resources import load_toml

__all__ = ["AuditFlag", "AUDIT_TABLES"]

# the audit's own tables (declared in the registry, records.TABLES)
AUDIT_TABLES: dict[str, dict[str, str]] = {name: t.columns for name, t in TABLES.items()
                                           if t.step == "audit"}


@cache
def rules() -> dict:
    return load_toml("outputs", "audit.toml")


def severity(flag: str) -> str:
    return rules()["severity"].get(flag, "info")


def severity_rank(level: str) -> int:
    return rules()["severity_rank"].get(level, 9)


def record_id(table: str, char_start: int | None) -> str:
    return f"{table}:{char_start}"


def table_names(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables "
                                      "WHERE table_schema = 'main'").fetchall()}


def columns_of(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
        "AND table_schema = 'main' ORDER BY ordinal_position", [table]).fetchall()]


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def record_rows(con: duckdb.DuckDBPyConnection, table: str) -> list[dict]:
    """Rows of a record table for documents of this run (empty when the table is absent)."""
    if table not in table_names(con):
        return []
    order = "doc_id, char_start" if "char_start" in columns_of(con, table) else "doc_id"
    return rows(con, f'SELECT * FROM "{table}" WHERE doc_id IN ({PRESENT_DOC_IDS}) ORDER BY {order}')
