"""Every table of a run in every face: corpus.duckdb, the CSV files of OUT, samverkan.load(),
the exports (CSV, Parquet, JSON Lines, XLSX) and the codebook, with the same columns, types
and row order, all made from one registry (records.TABLES). CSV files never carry a live
formula unless asked to."""
from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest

import samverkan
from samverkan.batch import EXAMPLES
from samverkan.corpus.schema import all_tables
from samverkan.records import TABLES, Table

from .audit_fixtures import HYPERLINK, build_plan_report

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
PANDAS_TYPES = {"BIGINT": "Int64", "DOUBLE": "float64", "BOOLEAN": "boolean"}


@pytest.fixture(scope="module")
def example_run(tmp_path_factory) -> Path:
    """The bundled examples through the whole pipeline, exported in every format."""
    out = tmp_path_factory.mktemp("faces") / "out"
    summary = samverkan.process(None, out, workers=0, quiet=True,
                                formats=["csv", "parquet", "jsonl", "xlsx"])
    assert summary.exit_status == 0 and summary.counts["ok"] == len(list(EXAMPLES.iterdir()))
    return out


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory) -> Path:
    """A plan and its report with formulas and markup in their text, exported too."""
    out = build_plan_report(tmp_path_factory.mktemp("hostile") / "out")
    samverkan.export(out, ["csv", "parquet", "jsonl", "xlsx"])
    return out


def _text(value: object) -> str:
    """A value as the CSV writer writes it (before neutralising)."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    return str(value)


def _unneutralised(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:2] in DANGEROUS else cell


def _csv(path: Path, sep: str = ",", encoding: str = "utf-8") -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as fh:
        return list(csv.reader(fh, delimiter=sep))


@pytest.mark.parametrize("which", ["example_run", "hostile_run"])
def test_every_table_in_every_face(which: str, request) -> None:
    out: Path = request.getfixturevalue(which)
    from openpyxl import load_workbook

    loaded = samverkan.load(out)
    assert list(loaded) == list(TABLES)
    book = load_workbook(out / "export" / "samverkan.xlsx")
    assert book.sheetnames == list(TABLES)
    codebook = _csv(out / "codebook.csv")
    con = duckdb.connect(str(out / "corpus.duckdb"), read_only=True)
    try:
        in_db = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables "
                                           "WHERE table_schema = 'main'").fetchall()}
        assert in_db == set(TABLES)
        for name, table in TABLES.items():
            cols = list(table.columns)
            # the database: the public columns with their types, then database-only ones
            db_types = con.execute(f'DESCRIBE "{name}"').fetchall()
            assert [(c, t) for c, t, *_ in db_types] == list(table.stored_columns.items())
            db = [[_text(v) for v in r[:len(cols)]]
                  for r in con.execute(f'SELECT * FROM "{name}"').fetchall()]
            # the codebook: every column with its type
            assert [(r[1], r[2]) for r in codebook if r[0] == name] == \
                list(table.stored_columns.items())
            # load(): the same columns, rows and order, types to match
            frame = loaded[name]
            assert list(frame.columns) == cols
            assert [[_text(v) for v in r] for r in frame.itertuples(index=False)] == db, name
            for c, t in table.columns.items():
                assert str(frame[c].dtype) == PANDAS_TYPES.get(t, str(frame[c].dtype)), (name, c)
                if t == "VARCHAR":
                    assert frame[c].dtype.kind in "OU" or str(frame[c].dtype) == "str", (name, c)
            # CSV files: of OUT (the tables `run` writes) and of the export
            for path in ([out / f"{name}.csv"] if table.in_out else []) + \
                    [out / "export" / f"{name}.csv"]:
                rows = _csv(path)
                assert rows[0] == cols, path
                assert [[_unneutralised(c) for c in r] for r in rows[1:]] == db, path
            # Parquet: the database's types and rows
            pq = out / "export" / f"{name}.parquet"
            assert [(c, t) for c, t, *_ in con.execute(f"DESCRIBE SELECT * FROM '{pq}'")
                    .fetchall()] == list(table.columns.items())
            assert [[_text(v) for v in r] for r in con.execute(f"SELECT * FROM '{pq}'")
                    .fetchall()] == db, pq
            # JSON Lines
            lines = (out / "export" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
            assert [[_text(json.loads(line)[c]) for c in cols] for line in lines] == db
            # XLSX: a sheet per table, numbers as numbers (a spreadsheet keeps 100.0 as 100)
            doubles = [t == "DOUBLE" for t in table.columns.values()]
            sheet = [[_text(float(c.value) if is_double and c.value is not None else c.value)
                      for c, is_double in zip(row, doubles, strict=True)]
                     for row in book[name].iter_rows(min_row=2)]
            assert [c.value for c in next(book[name].iter_rows())] == cols
            assert [[_unneutralised(c) for c in r] for r in sheet] == db, name
    finally:
        con.close()


def test_rows_come_in_document_order(example_run: Path) -> None:
    """Document (the order of documents.csv), page, character offset, in every record table."""
    docs = [r["doc_id"] for r in csv.DictReader((example_run / "documents.csv").open())]
    paths = [r["source_path"] for r in csv.DictReader((example_run / "documents.csv").open())]
    assert paths == sorted(paths)
    position = {d: i for i, d in enumerate(docs)}
    for name, table in TABLES.items():
        if table.document != "doc_id" or not table.in_out:
            continue
        rows = list(csv.DictReader((example_run / f"{name}.csv").open(encoding="utf-8")))
        keys = [(position[r["doc_id"]], int(r["page"]),
                 int(r["char_start"]) if "char_start" in r else 0) for r in rows]
        assert keys == sorted(keys), name
        assert rows, name


def test_no_live_formula_in_any_csv(hostile_run: Path, tmp_path: Path) -> None:
    samverkan.export(hostile_run, ["csv"], excel_sv=False)
    files = list(hostile_run.glob("*.csv")) + list((hostile_run / "export").glob("*.csv"))
    assert len(files) > 20
    for path in files:
        for row in _csv(path, ";" if "excel" in path.name else ","):
            assert not [c for c in row if c.startswith(DANGEROUS)], (path, row)
    assert any("'" + HYPERLINK in row for row in _csv(hostile_run / "activities.csv"))
    # the database, Parquet, JSON Lines and load() keep the text as written
    assert HYPERLINK in set(samverkan.load(hostile_run)["activities"]["text"])
    lines = (hostile_run / "export" / "activities.jsonl").read_text(encoding="utf-8")
    assert HYPERLINK in {json.loads(line)["text"] for line in lines.splitlines()}
    # raw: the run's CSV files (and an export) as written
    raw = build_plan_report(tmp_path / "raw", raw=True)
    assert any(HYPERLINK in row for row in _csv(raw / "activities.csv"))


def test_excel_sv_writes_booleans_as_the_plain_csv_does(hostile_run: Path) -> None:
    samverkan.export(hostile_run, ["csv"], excel_sv=True)
    rows = _csv(hostile_run / "export" / "budget_lines.csv", ";", "utf-8-sig")
    plain = _csv(hostile_run / "budget_lines.csv")
    i = rows[0].index("is_total")
    assert {r[i] for r in rows[1:]} == {r[i] for r in plain[1:]} == {"true"}
    links = _csv(hostile_run / "export" / "audit_links.csv", ";", "utf-8-sig")
    assert {r[links[0].index("linked")] for r in links[1:]} <= {"true", "false"}
    assert any("," in r[links[0].index("score")] for r in links[1:])  # decimal comma
    samverkan.export(hostile_run, ["csv"])  # leave the plain export for the other tests


def test_a_table_declared_once_is_in_every_face(tmp_path: Path, monkeypatch) -> None:
    """One declaration in the registry gives the table in the database, the CSV files,
    load(), every export and the codebook."""
    notes = Table("notes", {"doc_id": "VARCHAR", "note": "VARCHAR", "weight": "BIGINT"},
                  "corpus", order=("note",))
    monkeypatch.setitem(TABLES, "notes", notes)
    all_tables.cache_clear()
    monkeypatch.setattr("samverkan.outputs.codebook.meaning", lambda *a, **k: "a note")
    try:
        src = tmp_path / "in"
        src.mkdir()
        shutil.copy(sorted(EXAMPLES.glob("*.txt"))[0], src)
        out = tmp_path / "out"
        samverkan.process(src, out, workers=0, quiet=True)
        assert (out / "notes.csv").read_text(encoding="utf-8") == "doc_id,note,weight\n"
        assert list(samverkan.load(out)["notes"].columns) == ["doc_id", "note", "weight"]
        written = samverkan.export(out, ["csv", "parquet", "jsonl", "xlsx"])
        assert {p.name for p in written} >= {"notes.csv", "notes.parquet", "notes.jsonl"}
        assert ["notes", "weight", "BIGINT", "a note", ""] in _csv(out / "codebook.csv")
    finally:
        all_tables.cache_clear()


def test_report_and_export_leave_the_tables_current(tmp_path: Path) -> None:
    src = tmp_path / "in"
    shutil.copytree(EXAMPLES, src)
    out = tmp_path / "out"
    samverkan.process(src, out, workers=0, quiet=True)
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("*.csv")}
    samverkan.report(out)
    samverkan.export(out, ["csv", "xlsx"])
    messages: list[str] = []
    again = samverkan.process(src, out, workers=0, log=messages.append)
    assert again.counts["unchanged"] == len(list(src.iterdir())) and again.counts["ok"] == 0
    assert "tables unchanged: nothing they are made from has changed" in messages
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.csv")} == stamps
