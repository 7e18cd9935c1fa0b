"""Shared pieces of the audit: the flag record, its rules (outputs/data/audit.toml) and
row helpers over the corpus database."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import cache

import duckdb

from ..corpus.schema import PRESENT_DOC_IDS
from ..resources import load_toml


@dataclass
class AuditFlag:
    doc_id: str
    record_type: str  # goals | activities | budget_checks | budget_lines | ...
    record_id: str  # "table:char_start", or "budget_checks:table_id:period" for a check
    flag: str
    severity: str  # error | warning | info
    message: str
    evidence: str
    page: int | None

    def row(self) -> dict:
        return asdict(self)


FLAG_COLUMNS: dict[str, str] = {
    "doc_id": "VARCHAR", "record_type": "VARCHAR", "record_id": "VARCHAR", "flag": "VARCHAR",
    "severity": "VARCHAR", "message": "VARCHAR", "evidence": "VARCHAR", "page": "INTEGER",
}
LINK_COLUMNS: dict[str, str] = {
    "plan_doc_id": "VARCHAR", "plan_record_type": "VARCHAR", "plan_record_id": "VARCHAR",
    "plan_text": "VARCHAR", "plan_page": "INTEGER", "report_doc_id": "VARCHAR",
    "report_record_type": "VARCHAR", "report_record_id": "VARCHAR", "report_text": "VARCHAR",
    "report_outcome_status": "VARCHAR", "report_page": "INTEGER", "score": "DOUBLE",
    "fuzzy_score": "DOUBLE", "lemma_score": "DOUBLE", "shared_terms": "VARCHAR",
    "method": "VARCHAR", "linked": "BOOLEAN",
}
# the audit's own tables, for the writers and the codebook
AUDIT_TABLES: dict[str, dict[str, str]] = {"audit_flags": FLAG_COLUMNS,
                                           "audit_links": LINK_COLUMNS}


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
