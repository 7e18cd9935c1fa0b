"""Write the tables of DESIGN.md as UTF-8 CSV files, straight from the corpus database."""
from __future__ import annotations

from pathlib import Path

import duckdb

from ..corpus.schema import DOCUMENT_CSV_COLUMNS, PRESENT_DOC_IDS, all_tables
from ..records import RECORD_TABLES


def export_csv(con: duckdb.DuckDBPyConnection, out_dir: Path) -> dict[str, int]:
    """One CSV per table (header row even when empty); returns rows written per table."""
    counts: dict[str, int] = {}
    tables = all_tables()
    doc_cols = ", ".join(f'"{c}"' for c in DOCUMENT_CSV_COLUMNS)
    queries = {"documents": f"SELECT {doc_cols} FROM documents WHERE present "
                            "ORDER BY source_path"}
    for table in RECORD_TABLES:
        cols = ", ".join(f'"{c}"' for c in tables[table])
        # a total order, so that the files are identical however the work was scheduled
        order = ", ".join(f'"{c}"' for c in tables[table] if c != "evidence")
        queries[table] = (f'SELECT {cols} FROM "{table}" WHERE doc_id IN ({PRESENT_DOC_IDS}) '
                          f"ORDER BY {order}")
    for table, query in queries.items():
        target = out_dir / f"{table}.csv"
        # COPY answers with the number of rows it wrote
        counts[table] = con.execute(
            f"COPY ({query}) TO '{_sql_str(target)}' (HEADER, DELIMITER ',')").fetchone()[0]
    return counts


def _sql_str(path: Path) -> str:
    return str(path).replace("'", "''")
