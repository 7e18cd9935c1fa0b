"""The audit is a corpus-level step of every run, so it must be quick: plan items are scored
against a report's statements all at once (best_matches). It must choose exactly what scoring
every pair one by one (score_pair) chooses."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from samverkan.outputs.audit_common import record_rows, rows
from samverkan.outputs.audit_links import (
    best_matches,
    content_keys,
    plan_report_pairs,
    report_statements,
    score_pair,
)

from .audit_fixtures import build_many_organisations, build_plan_report


def _one_by_one(text: str, statements: list) -> tuple[dict, object]:
    keys = content_keys(text)
    scored = [(score_pair(text, keys, st), st) for st in statements]
    return max(scored, key=lambda x: (x[0]["score"], x[1].record_type != "sentence"))


def _pairs(out: Path):
    con = duckdb.connect(str(out / "corpus.duckdb"), read_only=True)
    try:
        docs = rows(con, "SELECT doc_id, doc_type, organisation, year, text FROM documents "
                         "WHERE status = 'ok'")
        records = {t: record_rows(con, t) for t in ("goals", "activities")}
        pages = rows(con, "SELECT doc_id, page, char_start FROM pages")
    finally:
        con.close()
    for plan, rep in plan_report_pairs(docs):
        own = [(p["page"], p["char_start"]) for p in pages if p["doc_id"] == rep["doc_id"]]
        statements = report_statements(rep, records, own)
        for table in ("goals", "activities"):
            texts = [r["text"] for r in records[table] if r["doc_id"] == plan["doc_id"]]
            yield texts, statements


@pytest.mark.parametrize("build", [build_plan_report, build_many_organisations])
def test_all_at_once_chooses_what_one_by_one_chooses(build, tmp_path: Path) -> None:
    out = build(tmp_path / "out")
    compared = 0
    for texts, statements in _pairs(out):
        for text, (scores, st) in zip(texts, best_matches(texts, statements), strict=True):
            expected, expected_st = _one_by_one(text, statements)
            assert st is expected_st and scores == expected, text
            compared += 1
    assert compared >= 3
