"""The one CSV writer: the tables `run` writes into OUT and those `export` writes into
OUT/export/ come out of the same function, so they have the same columns, row order and
cell format (booleans `true`/`false`, empty for missing).

Report text is untrusted and CSV files are opened in spreadsheets, so a text cell starting
with =, +, -, @, tab or carriage return gets a leading apostrophe (OWASP's CSV-injection
advice) unless `raw`. Parquet, JSON Lines, DuckDB and load() keep the text as written.
"""
from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import duckdb

from ..corpus.schema import select_sql
from ..records import TABLES, Table
from .files import open_text

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
_BATCH = 5000  # rows fetched at a time: a large table never sits in memory whole


def neutralise(value: object) -> object:
    """'=HYPERLINK(...)' -> "'=HYPERLINK(...)"; other values unchanged."""
    if isinstance(value, str) and value.startswith(DANGEROUS):
        return "'" + value
    return value


def cell(value: object, raw: bool = False, excel_sv: bool = False) -> object:
    """A value as a CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        text = repr(value)
        return text.replace(".", ",") if excel_sv else text
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, str):
        return value if raw else neutralise(value)
    return value


def write_table_csv(con: duckdb.DuckDBPyConnection, table: Table, path: Path,
                    raw: bool = False, excel_sv: bool = False) -> int:
    """One table as CSV (header row even when empty); returns the number of rows. With
    `excel_sv`: semicolons, decimal commas and a BOM, for Excel set to Swedish."""
    cur = con.execute(select_sql(table))
    n = 0
    with open_text(path, encoding="utf-8-sig" if excel_sv else "utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter=";" if excel_sv else ",", lineterminator="\n")
        out.writerow(table.columns)
        while rows := cur.fetchmany(_BATCH):
            out.writerows([cell(v, raw, excel_sv) for v in row] for row in rows)
            n += len(rows)
    return n


def write_out_tables(con: duckdb.DuckDBPyConnection, out_dir: Path, raw: bool = False,
                     names: list[str] | None = None) -> dict[str, int]:
    """OUT/<table>.csv for every table `run` writes (or those named); returns rows per
    table."""
    chosen = [t for t in TABLES.values() if t.in_out and (names is None or t.name in names)]
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    return {t.name: write_table_csv(con, t, Path(out_dir) / f"{t.name}.csv", raw=raw)
            for t in chosen}


def out_files() -> list[str]:
    """The names of the CSV files `run` writes into OUT."""
    return [f"{t.name}.csv" for t in TABLES.values() if t.in_out]
