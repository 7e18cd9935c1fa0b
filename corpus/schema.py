"""The corpus database as SQL, made from the table registry (records.TABLES): the statements
that create each table, the query that reads it in its face order, and the rewrite that
puts its rows in that order, so that `SELECT * FROM goals` in corpus.duckdb, goals.csv,
load() and every export agree row for row."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

import duckdb

from ..records import TABLES, Table

# the documents a run's tables are made from: found this run and read without error
PRESENT_OK = "present AND status = 'ok'"
PRESENT_DOC_IDS = f"SELECT doc_id FROM documents WHERE {PRESENT_OK}"


@cache  # asked for on every write; the definitions do not change within a process
def all_tables() -> dict[str, dict[str, str]]:
    """Every table of the database: name -> {column: SQL type}, database-only columns last."""
    return {name: table.stored_columns for name, table in TABLES.items()}


def create_sql(table: Table, name: str | None = None) -> str:
    cols = []
    for column, sql_type in table.stored_columns.items():
        key = " PRIMARY KEY" if column == table.key else ""
        cols.append(f'"{column}" {sql_type}{key}')
    return f'CREATE TABLE "{name or table.name}" ({", ".join(cols)})'


def _quoted(columns) -> str:
    return ", ".join(f't."{c}"' for c in columns)


def order_sql(table: Table) -> str:
    """ORDER BY terms of a table's face order (see records.Table); expects the table as `t`
    and the document positions as `pos`."""
    terms = []
    if table.document:
        terms.append("pos.position")
    named = []
    for key in table.order:
        column, desc = (key[1:], " DESC") if key.startswith("-") else (key, "")
        named.append(column)
        terms.append(f't."{column}"{desc}')
    # every other column too: rows that tie come out the same however the work was scheduled
    terms += [f't."{c}"' for c in table.columns if c not in named]
    return ", ".join(f"{term} NULLS LAST" for term in terms)


def _from(table: Table) -> str:
    source = f'"{table.name}" t'
    if table.document:
        # a document's position: its path among the documents read (the order of documents.csv)
        source += (" LEFT JOIN (SELECT doc_id, min(source_path) AS position FROM documents "
                   f"WHERE status = 'ok' GROUP BY doc_id) pos ON pos.doc_id = t.\"{table.document}\"")
    return source


def select_sql(table: Table, extra: tuple[str, ...] = ()) -> str:
    """The table as every face shows it: its public columns (and `extra` database-only ones),
    in face order."""
    return (f"SELECT {_quoted([*table.columns, *extra])} FROM {_from(table)} "
            f"ORDER BY {order_sql(table)}")


def put_in_order(con: duckdb.DuckDBPyConnection, table: Table) -> None:
    """Rewrite a table with its rows in face order (DuckDB keeps insertion order), in one
    transaction; a table already in that order is left as it is (a rewrite is half a dozen
    statements, a fixed cost that a small run pays for every table)."""
    if in_order(con, table):
        return
    tmp = f"_ordered_{table.name}"
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f'DROP TABLE IF EXISTS "{tmp}"')
        con.execute(create_sql(table, tmp))
        cols = _quoted(table.stored_columns)
        con.execute(f'INSERT INTO "{tmp}" SELECT {cols} FROM {_from(table)} '
                    f"ORDER BY {order_sql(table)}")
        con.execute(f'DROP TABLE "{table.name}"')
        con.execute(f'ALTER TABLE "{tmp}" RENAME TO "{table.name}"')
        con.execute("COMMIT")
    except BaseException:
        rollback(con)
        raise


def in_order(con: duckdb.DuckDBPyConnection, table: Table) -> bool:
    """Whether the table's rows stand in face order already (an empty table does)."""
    moved = con.execute(
        f"SELECT count(*) FROM (SELECT row_number() OVER (ORDER BY {order_sql(table)}) AS k, "
        f"row_number() OVER (ORDER BY t.rowid) AS j FROM {_from(table)}) WHERE k <> j"
    ).fetchone()[0]
    return moved == 0


def rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Undo the open transaction, if any. A COMMIT that failed (a full disk) may have ended
    the transaction already; the error to report is the first one, not "cannot rollback"."""
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass


def existing_columns(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, str]]:
    """Tables of the database as they are: name -> {column: type}."""
    found: dict[str, dict[str, str]] = {}
    for table, column, dtype in con.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position").fetchall():
        found.setdefault(table, {})[column] = dtype
    return found


# A batch of at most this many values goes to DuckDB as list parameters; a larger one as an
# Arrow table (faster per value, but pyarrow imports pandas, a quarter of a second, on its
# first array: a small run would pay more for that than for all its rows)
SMALL_BATCH = 20_000


def arrow_batch(types: dict[str, str], columns: dict[str, list]):
    """Columns of values as an Arrow table with the registry's types (one INSERT per batch:
    executemany costs a round trip per row)."""
    import pyarrow as pa

    arrow = {"BIGINT": pa.int64(), "INTEGER": pa.int64(), "DOUBLE": pa.float64(),
             "BOOLEAN": pa.bool_(), "VARCHAR": pa.string(), "TIMESTAMP": pa.timestamp("us")}
    return pa.Table.from_arrays([pa.array(values, type=arrow[types[c]])
                                 for c, values in columns.items()], names=list(columns))


@contextmanager
def rows_relation(con: duckdb.DuckDBPyConnection, name: str, columns: dict[str, list],
                  types: dict[str, str]) -> Iterator[tuple[str, list]]:
    """Rows given as columns of values (all the same length), as a relation for one
    statement: the SQL to write after FROM, and the statement's parameters."""
    rows = len(next(iter(columns.values()), []))
    if rows * len(columns) <= SMALL_BATCH:
        # unnests side by side in one SELECT run in step: row i of every column together
        select = ", ".join(f'unnest(?::{types[c]}[]) AS "{c}"' for c in columns)
        yield f"(SELECT {select})", list(columns.values())
        return
    con.register(name, arrow_batch(types, columns))
    try:
        yield f'"{name}"', []
    finally:
        con.unregister(name)


def insert_columns(con: duckdb.DuckDBPyConnection, table: Table,
                   columns: dict[str, list]) -> None:
    """Append rows given as columns of values."""
    if not next(iter(columns.values()), None):
        return
    with rows_relation(con, f"_rows_{table.name}", columns, table.stored_columns) as (rows,
                                                                                    params):
        cols = ", ".join(f'"{c}"' for c in columns)
        con.execute(f'INSERT INTO "{table.name}" ({cols}) SELECT {cols} FROM {rows}', params)


def replace_rows(con: duckdb.DuckDBPyConnection, table: Table, rows: list[dict]) -> None:
    """Replace every row of a corpus-level table (entities, audit_flags, ...) in one
    transaction; the table is made afresh from the registry."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f'DROP TABLE IF EXISTS "{table.name}"')
        con.execute(create_sql(table))
        insert_columns(con, table, {c: [r.get(c) for r in rows] for c in table.columns})
        con.execute("COMMIT")
    except BaseException:
        rollback(con)
        raise
    put_in_order(con, table)


def replace_from_query(con: duckdb.DuckDBPyConnection, table: Table, query: str) -> int:
    """Replace every row of a corpus-level table with what `query` selects (its columns by
    name, cast to the registry's types); returns the number of rows."""
    casts = ", ".join(f'CAST(q."{c}" AS {t}) AS "{c}"' for c, t in table.columns.items())
    cols = ", ".join(f'"{c}"' for c in table.columns)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f'DROP TABLE IF EXISTS "{table.name}"')
        con.execute(create_sql(table))
        con.execute(f'INSERT INTO "{table.name}" ({cols}) SELECT {casts} FROM ({query}) q')
        con.execute("COMMIT")
    except BaseException:
        rollback(con)
        raise
    put_in_order(con, table)
    return con.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0]
