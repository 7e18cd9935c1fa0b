"""The codebook: every table and column with its type, meaning and allowed values.

Names and types come from the definitions the writers use (corpus/schema.all_tables() and the
audit's AUDIT_TABLES), meanings from outputs/data/codebook.toml, allowed values from the
constants of records.py, so the codebook cannot drift from the tables.
"""
from __future__ import annotations

import csv
from pathlib import Path

from ..corpus.schema import all_tables
from ..records import DOC_STATUSES, DOC_TYPES, OUTCOME_STATUSES, PRINCIPALS
from ..resources import load_toml
from .audit_common import AUDIT_TABLES, rules

CODEBOOK_FILES = ("codebook.md", "codebook.csv")
CODEBOOK_COLUMNS = ["table", "column", "type", "meaning", "allowed_values"]


def documented_tables() -> dict[str, dict[str, str]]:
    """Every table the pipeline writes: name -> {column: SQL type}."""
    tables = {name: {c: t.replace(" PRIMARY KEY", "") for c, t in cols.items()}
              for name, cols in all_tables().items()}
    tables.update(AUDIT_TABLES)
    return tables


def _allowed(table: str, column: str, data: dict) -> list[str]:
    from_records = {"outcome_status": OUTCOME_STATUSES, "principal": PRINCIPALS,
                    "doc_type": DOC_TYPES}
    if column in from_records:
        return list(from_records[column])
    if table == "documents" and column == "status":
        return list(DOC_STATUSES)
    if table == "audit_flags" and column == "flag":
        return list(rules()["severity"])
    if table == "audit_links" and column == "method":
        return list(data["allowed"]["link_method"])
    if table == "pages" and column == "method":
        return list(data["allowed"]["method"])
    if column in ("plan_record_type", "report_record_type", "record_type"):
        return []
    return list(data["allowed"].get(column, []))


def meaning(table: str, column: str, data: dict | None = None) -> str:
    data = data or load_toml("outputs", "codebook.toml")
    own = data["tables"].get(table, {}).get("columns", {})
    return own.get(column) or data["common"].get(column, "")


def codebook_rows(extra: dict[str, dict[str, str]] | None = None) -> list[dict]:
    """One row per table and column; `extra` adds tables found in a database (other stages)."""
    data = load_toml("outputs", "codebook.toml")
    tables = documented_tables()
    for name, cols in (extra or {}).items():
        tables.setdefault(name, cols)
    out = []
    for table, cols in tables.items():
        for column, sql_type in cols.items():
            out.append({"table": table, "column": column, "type": sql_type,
                        "meaning": meaning(table, column, data) or "(not documented yet)",
                        "allowed_values": ", ".join(_allowed(table, column, data))})
    return out


def _db_tables(out_dir: Path) -> dict[str, dict[str, str]]:
    """Tables of OUT/corpus.duckdb that the schema does not define (e.g. from later stages)."""
    db = out_dir / "corpus.duckdb"
    if not db.exists():
        return {}
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        found: dict[str, dict[str, str]] = {}
        for table, column, dtype in con.execute(
                "SELECT table_name, column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position").fetchall():
            found.setdefault(table, {})[column] = dtype
        return found
    finally:
        con.close()


def write_codebook(out_dir: Path) -> tuple[Path, Path]:
    """OUT/codebook.md and OUT/codebook.csv."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    data = load_toml("outputs", "codebook.toml")
    rows = codebook_rows(_db_tables(out_dir))
    csv_path = out_dir / "codebook.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=CODEBOOK_COLUMNS)
        w.writeheader()
        w.writerows(rows)
    lines = ["# Codebook", "",
             "Every table samverkan writes (CSV files, `corpus.duckdb`, exports), with each "
             "column's type, meaning and allowed values. Character offsets index "
             "`documents.text` in `corpus.duckdb`.", ""]
    for table in dict.fromkeys(r["table"] for r in rows):
        about = data["tables"].get(table, {}).get("about", "")
        lines += [f"## {table}", ""] + ([about, ""] if about else [])
        lines += ["| column | type | meaning | allowed values |", "| --- | --- | --- | --- |"]
        for r in (r for r in rows if r["table"] == table):
            cells = [f"`{r['column']}`", r["type"], r["meaning"],
                     ", ".join(f"`{v}`" for v in r["allowed_values"].split(", ") if v)]
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        lines.append("")
    md_path = out_dir / "codebook.md"
    md_path.write_text("\n".join(lines), encoding="utf-8")
    return md_path, csv_path
