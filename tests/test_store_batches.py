"""Rows reach DuckDB the same way whether a batch goes as list parameters (small: no pyarrow,
so no pandas to import) or as an Arrow table (large)."""
from __future__ import annotations

import datetime as dt

import duckdb

from samverkan.corpus import schema

TYPES = {"i": "BIGINT", "n": "INTEGER", "x": "DOUBLE", "b": "BOOLEAN", "s": "VARCHAR",
         "t": "TIMESTAMP"}
COLUMNS = {"i": [1, None, -(2 ** 62)], "n": [3, 4, None], "x": [0.5, None, 1e300],
           "b": [True, False, None], "s": ["å'ä\"ö", None, ""],
           "t": [dt.datetime(2024, 5, 1, 12, 30, 1, 250), None, dt.datetime(1999, 1, 1)]}


def _rows(small_batch: int, monkeypatch) -> list[tuple]:
    monkeypatch.setattr(schema, "SMALL_BATCH", small_batch)
    con = duckdb.connect()
    con.execute("CREATE TABLE t (" + ", ".join(f"{c} {t}" for c, t in TYPES.items()) + ")")
    with schema.rows_relation(con, "_rows", COLUMNS, TYPES) as (rows, params):
        con.execute(f"INSERT INTO t SELECT * FROM {rows}", params)
    return con.execute("SELECT * FROM t ORDER BY rowid").fetchall()


def test_list_parameters_and_arrow_give_the_same_rows(monkeypatch) -> None:
    small = _rows(10 ** 9, monkeypatch)
    assert small == _rows(0, monkeypatch)
    assert small[0][:5] == (1, 3, 0.5, True, "å'ä\"ö") and small[1] == (None, 4, None, False,
                                                                          None, None)


def test_a_small_run_does_not_import_pandas(tmp_path) -> None:
    import subprocess
    import sys

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "plan.txt").write_text("Verksamhetsplan 2016\n\nMål\n\n- Öka samverkan.\n",
                                              encoding="utf-8")
    code = ("import sys; from samverkan import process; "
            f"process([{str(tmp_path / 'in')!r}], out={str(tmp_path / 'out')!r}, workers=0); "
            "print('pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip().splitlines()[-1] == "False"
