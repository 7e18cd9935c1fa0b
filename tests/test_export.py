"""Exports: CSV (plain and Swedish Excel), Parquet, XLSX, JSON Lines; spreadsheet safety."""
from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from click.testing import CliRunner

from samverkan.cli import export
from samverkan.outputs.export import export_tables, neutralise

from .audit_fixtures import HYPERLINK, build_plan_report


@pytest.fixture()
def out(tmp_path: Path) -> Path:
    return build_plan_report(tmp_path)


def test_neutralise() -> None:
    for bad in ("=1+1", "+46", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise(bad) == "'" + bad
    assert neutralise("Summa") == "Summa" and neutralise(7) == 7 and neutralise(None) is None


def test_csv_neutralised_and_raw(out: Path) -> None:
    export_tables(out, ["csv"])
    acts = pd.read_csv(out / "export" / "activities.csv", keep_default_na=False)
    assert "'" + HYPERLINK in set(acts["text"])
    assert not any(str(v).startswith("=") for v in acts["text"])
    export_tables(out, ["csv"], raw=True)
    acts = pd.read_csv(out / "export" / "activities.csv", keep_default_na=False)
    assert HYPERLINK in set(acts["text"])
    # documents: no full text; integers stay integers next to empty cells
    docs = pd.read_csv(out / "export" / "documents.csv")
    assert "text" not in docs.columns and list(docs["year"]) == [2013, 2013]
    assert "planned_quantity" in (out / "export" / "activities.csv").read_text().splitlines()[0]
    assert ",2," in (out / "export" / "activities.csv").read_text()  # planned 2, not 2.0


def test_excel_sv_csv(out: Path) -> None:
    export_tables(out, ["csv"], excel_sv=True)
    path = out / "export" / "audit_links.csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    links = pd.read_csv(path, sep=";", decimal=",", encoding="utf-8-sig")
    assert links["score"].dtype.kind == "f" and links["score"].between(0, 1).all()
    assert "," in path.read_text(encoding="utf-8-sig").splitlines()[1]  # decimal comma
    budget = pd.read_csv(out / "export" / "budget_lines.csv", sep=";", decimal=",",
                         encoding="utf-8-sig")
    assert sorted(budget["amount_sek"]) == [180000, 250000]


def test_parquet_types_in_duckdb(out: Path) -> None:
    export_tables(out, ["parquet"])
    con = duckdb.connect()
    p = str(out / "export" / "activities.parquet")
    types = dict(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '{p}')")
                 .fetchall())
    assert types["planned_quantity"] == "BIGINT" and types["text"] == "VARCHAR"
    assert con.execute(f"SELECT max(planned_quantity) FROM '{p}'").fetchone()[0] == 2
    d = str(out / "export" / "documents.parquet")
    doc_types = dict(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM "
                                 f"'{d}')").fetchall())
    # the documents' public columns only: no text, no bookkeeping of the store
    assert doc_types["year"] == "BIGINT" and not {"text", "present"} & set(doc_types)
    links = str(out / "export" / "audit_links.parquet")
    assert con.execute(f"SELECT typeof(linked) FROM '{links}' LIMIT 1").fetchone()[0] == "BOOLEAN"


def test_xlsx_openpyxl_and_pandas(out: Path) -> None:
    from openpyxl import load_workbook

    export_tables(out, ["xlsx"])
    path = out / "export" / "samverkan.xlsx"
    wb = load_workbook(path)
    assert {"documents", "goals", "activities", "budget_lines", "audit_flags"} <= set(wb.sheetnames)
    ws = wb["activities"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    values = [c.value for row in ws.iter_rows(min_row=2) for c in row]
    assert "'" + HYPERLINK in values
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    sheets = pd.read_excel(path, sheet_name=None)
    assert len(sheets["activities"]) == 4
    export_tables(out, ["xlsx"], raw=True)  # raw: verbatim, but text all the same
    ws = load_workbook(path)["activities"]
    cells = [c for row in ws.iter_rows(min_row=2) for c in row if c.value == HYPERLINK]
    assert cells and all(c.data_type == "s" for c in cells)


def test_jsonl(out: Path) -> None:
    export_tables(out, ["jsonl"])
    rows = [json.loads(line) for line in
            (out / "export" / "goals.jsonl").read_text(encoding="utf-8").splitlines()]
    assert any(r["text"].startswith("<script>") for r in rows)


def test_export_command(out: Path) -> None:
    result = CliRunner().invoke(export, [str(out), "--format", "xlsx", "--format", "parquet",
                                         "--format", "csv", "--excel-sv"])
    assert result.exit_code == 0, result.output
    assert (out / "export" / "samverkan.xlsx").exists() and (out / "export" / "goals.parquet").exists()
    assert (out / "codebook.md").exists() and (out / "codebook.csv").exists()
    bad = CliRunner().invoke(export, [str(out), "--format", "docx"])
    assert bad.exit_code == 2


def test_api_load_and_process(tmp_path: Path) -> None:
    import samverkan

    text = ("Verksamhetsberättelse 2015 för LSG Testby\n\nMål\n1. Fler ska få arbete\n"
            "=HYPERLINK(\"http://evil.example\")\n")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "vb.txt").write_text(text, encoding="utf-8")
    summary = samverkan.process(tmp_path / "in", out=tmp_path / "out", workers=0, quiet=True)
    assert summary.counts["ok"] == 1
    tables = samverkan.load(tmp_path / "out")
    assert {"documents", "goals", "activities", "budget_lines"} <= set(tables)
    assert len(tables["documents"]) == 1 and "text" not in tables["documents"]
    assert "=HYPERLINK" in samverkan.load(tmp_path / "out", text=True)["documents"]["text"][0]
    with pytest.raises(samverkan.SamverkanError, match="no such run folder"):
        samverkan.load(tmp_path / "nothing")


def test_import_is_cheap() -> None:
    import subprocess
    import sys

    code = ("import sys, samverkan; assert callable(samverkan.__getattr__); "
            "print('pandas' in sys.modules, 'duckdb' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
