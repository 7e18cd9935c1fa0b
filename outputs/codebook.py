"""The codebook: every table and column with its type, meaning and allowed values.

Tables, columns and types come from the registry that every writer uses (records.TABLES),
meanings from outputs/data/codebook.toml, allowed values from the constants of records.py,
so the codebook cannot drift from the tables.
"""
from __future__ import annotations

import csv
from pathlib import Path

from ..records import (
    DOC_STATUSES,
    DOC_TYPES,
    ORGANISATION_KINDS,
    OUTCOME_STATUSES,
    PRINCIPALS,
    TABLES,
)
from ..resources import load_toml
from .audit_common import rules
from .files import open_text, write_text

CODEBOOK_FILES = ("codebook.md", "codebook.csv")
CODEBOOK_COLUMNS = ["table", "column", "type", "meaning", "allowed_values"]
DATABASE_ONLY = "(in corpus.duckdb only) "


def documented_tables() -> dict[str, dict[str, str]]:
    """Every table a run writes: name -> {column: SQL type}, database-only columns last."""
    return {name: table.stored_columns for name, table in TABLES.items()}


def _allowed(table: str, column: str, data: dict) -> list[str]:
    """Allowed values: the constants of records.py and the audit's rules where they are
    defined, else outputs/data/codebook.toml ("table.column" before "column")."""
    from_records = {"outcome_status": OUTCOME_STATUSES, "report_outcome_status": OUTCOME_STATUSES,
                    "principal": PRINCIPALS, "doc_type": DOC_TYPES,
                    "from_status": OUTCOME_STATUSES, "to_status": OUTCOME_STATUSES}
    # from_status and to_status are goals' statuses (other aspects leave them empty)
    if column in from_records:
        return list(from_records[column])
    if (table, column) == ("documents", "status"):
        return list(DOC_STATUSES)
    if (table, column) == ("organisations", "kind"):
        return list(ORGANISATION_KINDS)
    if (table, column) == ("audit_flags", "flag"):
        return list(rules()["severity"])
    allowed = data["allowed"]
    return list(allowed.get(f"{table}.{column}", allowed.get(column, [])))


def meaning(table: str, column: str, data: dict | None = None) -> str:
    data = data or load_toml("outputs", "codebook.toml")
    own = data["tables"].get(table, {}).get("columns", {})
    return own.get(column) or data["common"].get(column, "")


def codebook_rows(extra: dict[str, dict[str, str]] | None = None) -> list[dict]:
    """One row per table and column; `extra` adds tables the registry does not declare."""
    data = load_toml("outputs", "codebook.toml")
    out = []
    for name, table in TABLES.items():
        for column, sql_type in table.stored_columns.items():
            about = meaning(name, column, data) or "(not documented yet)"
            if column in table.stored_only:
                about = DATABASE_ONLY + about
            out.append({"table": name, "column": column, "type": sql_type, "meaning": about,
                        "allowed_values": ", ".join(_allowed(name, column, data))})
    for name, cols in (extra or {}).items():
        if name in TABLES:
            continue
        for column, sql_type in cols.items():
            out.append({"table": name, "column": column, "type": sql_type,
                        "meaning": meaning(name, column, data) or "(not documented yet)",
                        "allowed_values": ", ".join(_allowed(name, column, data))})
    return out


def codebook_markdown(rows: list[dict]) -> str:
    data = load_toml("outputs", "codebook.toml")
    lines = ["# Codebook", "",
             "Every table samverkan writes, with each column's type, meaning and allowed "
             "values. Each table has the same columns, types and row order in corpus.duckdb, "
             "the CSV files of the run folder, samverkan.load() and every export; columns "
             "marked *(in corpus.duckdb only)* are kept by the database alone. Rows come in "
             "document order (the order of documents.csv, then page and character offset) "
             "where a table has a document. Character offsets index `documents.text` in "
             "`corpus.duckdb`.", ""]
    for table in dict.fromkeys(r["table"] for r in rows):
        about = data["tables"].get(table, {}).get("about", "")
        where = ("" if table not in TABLES or TABLES[table].in_out
                 else " Not written as a CSV file in the run folder; in corpus.duckdb, "
                      "load() and the exports.")
        lines += [f"## {table}", ""] + ([about + where, ""] if about or where else [])
        lines += ["| column | type | meaning | allowed values |", "| --- | --- | --- | --- |"]
        for r in (r for r in rows if r["table"] == table):
            text = r["meaning"].replace(DATABASE_ONLY, "*(in corpus.duckdb only)* ")
            cells = [f"`{r['column']}`", r["type"], text,
                     ", ".join(f"`{v}`" for v in r["allowed_values"].split(", ") if v)]
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        lines.append("")
    return "\n".join(lines)


def write_codebook(out_dir: Path) -> tuple[Path, Path]:
    """OUT/codebook.md and OUT/codebook.csv."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = codebook_rows()
    csv_path = out_dir / "codebook.csv"
    with open_text(csv_path, newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=CODEBOOK_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    md_path = write_text(out_dir / "codebook.md", codebook_markdown(rows))
    return md_path, csv_path
