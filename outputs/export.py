"""Exports for researchers: OUT/export/<table>.csv|.parquet|.jsonl and OUT/export/samverkan.xlsx.

Every table of the corpus database is exported (documents of this run only, without the full
text, which stays in corpus.duckdb; record tables restricted to those documents).
Parquet and JSON Lines keep the database's types (written by DuckDB). CSV is plain UTF-8 with
commas, or with `excel_sv` semicolons, decimal commas and a BOM for Swedish Excel. XLSX has one
sheet per table with a frozen header row and filters.

Report text is untrusted, so in CSV and XLSX a text cell starting with =, +, -, @, tab or
carriage return gets a leading apostrophe (OWASP's CSV-injection advice); `raw=True` keeps the
text as it is (in XLSX it is still stored as text, never as a formula).
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from ..corpus.schema import PRESENT_DOC_IDS
from .audit_common import columns_of, table_names

FORMATS = ("csv", "parquet", "xlsx", "jsonl")
EXPORT_DIR = "export"
XLSX_NAME = "samverkan.xlsx"
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
_XLSX_MAX_CELL = 32767
# tables first in this order, then any other table (audit, later stages) alphabetically
_ORDER = ["documents", "goals", "activities", "target_groups", "projects", "budget_lines",
          "budget_checks", "signatories", "audit_flags", "audit_links", "pages", "furniture"]


def neutralise(value: object) -> object:
    """'=HYPERLINK(...)' -> "'=HYPERLINK(...)"; other values unchanged."""
    if isinstance(value, str) and value.startswith(_DANGEROUS):
        return "'" + value
    return value


def table_queries(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Table name -> the SELECT that exports it."""
    names = table_names(con)
    ordered = [t for t in _ORDER if t in names] + sorted(names - set(_ORDER))
    queries = {}
    for table in ordered:
        cols = [c for c in columns_of(con, table) if not (table == "documents" and c == "text")]
        sel = ", ".join(f'"{c}"' for c in cols)
        if table == "documents":
            where = " WHERE present"
        elif "doc_id" in cols:
            where = f" WHERE doc_id IN ({PRESENT_DOC_IDS})"
        else:
            where = ""
        order = " ORDER BY doc_id, char_start" if {"doc_id", "char_start"} <= set(cols) else ""
        if table == "documents":
            order = " ORDER BY source_path"
        queries[table] = f'SELECT {sel} FROM "{table}"{where}{order}'
    return queries


def _frame(con: duckdb.DuckDBPyConnection, query: str, raw: bool):
    import pandas as pd

    cur = con.execute(query)
    types = [str(d[1]).upper() for d in cur.description]
    df = cur.df()
    for col, t in zip(df.columns, types, strict=True):
        if any(k in t for k in ("INT",)) and "INTERVAL" not in t:
            df[col] = df[col].astype("Int64")  # keep 7 as 7, not 7.0, next to empty cells
        elif t in ("VARCHAR", "STRING") or df[col].dtype == object:
            df[col] = df[col].astype(object).where(df[col].notna(), None)
            if not raw:
                df[col] = df[col].map(neutralise)
        if t.startswith("TIMESTAMP"):
            df[col] = pd.to_datetime(df[col]).dt.tz_localize(None)
    return df


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _write_csv(df, path: Path, excel_sv: bool) -> None:
    if excel_sv:
        df.to_csv(path, sep=";", decimal=",", index=False, encoding="utf-8-sig")
    else:
        df.to_csv(path, index=False, encoding="utf-8")


def _write_xlsx(frames: dict, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    for table, df in frames.items():
        ws = wb.create_sheet(table[:31])
        ws.append(list(df.columns))
        for row in df.itertuples(index=False):
            values = []
            for v in row:
                if v is None or (not isinstance(v, str) and _isna(v)):
                    values.append(None)
                elif isinstance(v, str):
                    values.append(ILLEGAL_CHARACTERS_RE.sub("", v)[:_XLSX_MAX_CELL])
                else:
                    values.append(v)
            ws.append(values)
        for cells in ws.iter_rows(min_row=2):
            for cell in cells:
                if isinstance(cell.value, str) and cell.data_type == "f":
                    cell.data_type = "s"  # text is never a formula, even with raw
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(max(1, len(df.columns)))}{len(df) + 1}"
        for i, col in enumerate(df.columns, start=1):
            ws.column_dimensions[get_column_letter(i)].width = min(60, max(10, len(col) + 2))
    wb.save(path)


def _isna(v: object) -> bool:
    import pandas as pd

    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def export_tables(out_dir: Path, formats: list[str] | tuple[str, ...], excel_sv: bool = False,
                  raw: bool = False, audit: bool = True) -> list[Path]:
    """Write the tables of OUT/corpus.duckdb in the given formats into OUT/export/; returns the
    files written. With `audit` the audit runs first, so audit_flags/audit_links are current."""
    out_dir = Path(out_dir)
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown export format {', '.join(unknown)} (choose from {', '.join(FORMATS)})")
    db = out_dir / "corpus.duckdb"
    if not db.exists():
        raise FileNotFoundError(f"{db} not found: run `samverkan run ... --out {out_dir}` first")
    if audit:
        from .audit import write_audit

        con = duckdb.connect(str(db))
        try:
            write_audit(con, out_dir)
        finally:
            con.close()
    target = out_dir / EXPORT_DIR
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    con = duckdb.connect(str(db), read_only=True)
    try:
        queries = table_queries(con)
        for fmt in dict.fromkeys(formats):
            if fmt == "parquet":
                for table, q in queries.items():
                    p = target / f"{table}.parquet"
                    con.execute(f"COPY ({q}) TO '{_sql_path(p)}' (FORMAT PARQUET)")
                    written.append(p)
            elif fmt == "jsonl":
                for table, q in queries.items():
                    p = target / f"{table}.jsonl"
                    con.execute(f"COPY ({q}) TO '{_sql_path(p)}' (FORMAT JSON)")
                    written.append(p)
            elif fmt == "csv":
                for table, q in queries.items():
                    p = target / f"{table}.csv"
                    _write_csv(_frame(con, q, raw), p, excel_sv)
                    written.append(p)
            elif fmt == "xlsx":
                p = target / XLSX_NAME
                _write_xlsx({t: _frame(con, q, raw) for t, q in queries.items()}, p)
                written.append(p)
    finally:
        con.close()
    return written
