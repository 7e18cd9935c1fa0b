"""The codebook documents every column of every table the writers define."""
from __future__ import annotations

import csv
from pathlib import Path

from samverkan.corpus.schema import all_tables
from samverkan.outputs.audit_common import AUDIT_TABLES
from samverkan.outputs.codebook import codebook_rows, documented_tables, meaning, write_codebook


def test_every_column_has_a_meaning() -> None:
    missing = [(t, c) for t, cols in documented_tables().items() for c in cols
               if not meaning(t, c)]
    assert not missing, f"add these to outputs/data/codebook.toml: {missing}"


def test_codebook_covers_the_schema(tmp_path: Path) -> None:
    md, path = write_codebook(tmp_path)
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    have = {(r["table"], r["column"]) for r in rows}
    for table, cols in {**all_tables(), **AUDIT_TABLES}.items():
        for col in cols:
            assert (table, col) in have
    text = md.read_text(encoding="utf-8")
    assert "## goals" in text and "`outcome_status`" in text and "`partially_achieved`" in text
    status = next(r for r in rows if r["table"] == "goals" and r["column"] == "outcome_status")
    assert status["allowed_values"] == "achieved, partially_achieved, not_achieved, not_reported"
    assert next(r for r in rows if (r["table"], r["column"]) == ("documents", "source_path"))[
        "type"] == "VARCHAR"


def test_tables_of_other_stages_are_listed() -> None:
    rows = codebook_rows({"later_stage": {"thing_id": "VARCHAR"}})
    assert {"table": "later_stage", "column": "thing_id", "type": "VARCHAR",
            "meaning": "(not documented yet)", "allowed_values": ""} in rows
