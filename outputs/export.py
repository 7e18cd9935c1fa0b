"""Exports for researchers: OUT/export/<table>.csv|.parquet|.jsonl and OUT/export/samverkan.xlsx.

Every table of the registry (records.TABLES) is exported, with the columns, types and row
order it has in corpus.duckdb, in the CSV files of OUT and in load(); documents without their
full text, which stays in corpus.duckdb. Parquet and JSON Lines keep the database's types and
the text as written (DuckDB writes them). CSV comes from the same writer as OUT's CSV files
(outputs/csv_tables.py), plain or with `excel_sv` for Swedish Excel. XLSX has one sheet per
table with a frozen header row and filters; its text cells are text, never formulas.

In CSV and XLSX a text cell starting with =, +, -, @, tab or carriage return gets a leading
apostrophe (OWASP's CSV-injection advice) unless `raw`.
"""
from __future__ import annotations

import io
from pathlib import Path

import duckdb

from ..corpus.schema import select_sql
from ..records import TABLES, Table
from .csv_tables import cell, neutralise, write_table_csv
from .files import replacing

__all__ = ["FORMATS", "export_tables", "neutralise"]

FORMATS = ("csv", "parquet", "xlsx", "jsonl")
EXPORT_DIR = "export"
XLSX_NAME = "samverkan.xlsx"
_XLSX_MAX_CELL = 32767


def _copy(con: duckdb.DuckDBPyConnection, table: Table, path: Path, fmt: str) -> None:
    with replacing(path) as tmp:
        target = str(tmp).replace("'", "''")
        con.execute(f"COPY ({select_sql(table)}) TO '{target}' (FORMAT {fmt})")


def _write_xlsx(con: duckdb.DuckDBPyConnection, path: Path, raw: bool) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=False)
    wb.remove(wb.active)
    for table in TABLES.values():
        ws = wb.create_sheet(table.name[:31])
        ws.append(list(table.columns))
        n = 0
        for row in con.execute(select_sql(table)).fetchall():
            values = []
            for v in row:
                if isinstance(v, str):
                    v = ILLEGAL_CHARACTERS_RE.sub("", cell(v, raw))[:_XLSX_MAX_CELL]
                values.append(v)
            ws.append(values)
            n += 1
        for cells in ws.iter_rows(min_row=2):
            for c in cells:
                if isinstance(c.value, str) and c.data_type == "f":
                    c.data_type = "s"  # text is never a formula, even with raw
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(max(1, len(table.columns)))}{n + 1}"
        for i, col in enumerate(table.columns, start=1):
            ws.column_dimensions[get_column_letter(i)].width = min(60, max(10, len(col) + 2))
    # zipped in memory, then written: a zip file that fails to write on a full disk
    # complains again when collected, long after the error was reported
    data = io.BytesIO()
    wb.save(data)
    with replacing(path) as tmp:
        tmp.write_bytes(data.getvalue())


def export_tables(out_dir: Path, formats: list[str] | tuple[str, ...] = ("csv",),
                  excel_sv: bool = False, raw: bool = False) -> list[Path]:
    """Write every table of OUT/corpus.duckdb in the given formats into OUT/export/; returns
    the files written. Reads the database only."""
    out_dir = Path(out_dir)
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown export format {', '.join(unknown)} "
                         f"(choose from {', '.join(FORMATS)})")
    target = out_dir / EXPORT_DIR
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    con = duckdb.connect(str(out_dir / "corpus.duckdb"), read_only=True)
    try:
        for fmt in dict.fromkeys(formats):
            if fmt == "xlsx":
                _write_xlsx(con, target / XLSX_NAME, raw)
                written.append(target / XLSX_NAME)
                continue
            for table in TABLES.values():
                path = target / f"{table.name}.{fmt}"
                if fmt == "csv":
                    write_table_csv(con, table, path, raw=raw, excel_sv=excel_sv)
                else:
                    _copy(con, table, path, "PARQUET" if fmt == "parquet" else "JSON")
                written.append(path)
    finally:
        con.close()
    return written
