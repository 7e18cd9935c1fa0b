"""The goal-versus-outcome audit: within documents and across plan and report."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from samverkan.batch import RunOptions, run_batch
from samverkan.outputs.audit import run_audit, write_audit
from samverkan.outputs.audit_checks import find_cue
from samverkan.outputs.audit_links import plan_period, same_organisation

from .audit_fixtures import build_plan_report


def _flags(out: Path) -> list[dict]:
    con = duckdb.connect(str(out / "corpus.duckdb"))
    try:
        return write_audit(con, out)["flags"]
    finally:
        con.close()


def test_eval_meetings_shortfall_and_no_total_mismatch(eval_run: Path) -> None:
    flags = _flags(eval_run)
    short = [f for f in flags if f["flag"] == "quantity_shortfall"]
    assert any("planned 7, reported 6" in f["message"] and "7 protokollförda" in f["evidence"]
               for f in short), short
    docs = duckdb.connect(str(eval_run / "corpus.duckdb")).execute(
        "SELECT doc_id, source_path FROM documents").fetchall()
    id001 = next(d for d, p in docs if Path(p).name.startswith("001_"))
    assert not [f for f in flags if f["flag"] == "total_mismatch" and f["doc_id"] == id001]
    assert (eval_run / "audit_flags.csv").read_text(encoding="utf-8").startswith("doc_id,")
    assert (eval_run / "audit_links.csv").exists()


def test_altered_summa_is_flagged_with_both_figures(eval_corpus: Path, tmp_path: Path) -> None:
    src = next(eval_corpus.glob("001_*.txt"))
    lines = src.read_text(encoding="utf-8").split("\n")
    i = next(n for n, line in enumerate(lines) if line.startswith("Summa"))
    assert "387 500" in lines[i]
    lines[i] = lines[i].replace("387 500", "397 500", 1)
    (tmp_path / "in").mkdir()
    shutil.copy(src, tmp_path / "in" / "original.txt")
    (tmp_path / "in" / "altered.txt").write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    run_batch([tmp_path / "in"], out, RunOptions(), log=lambda m: None)
    flags = [f for f in _flags(out) if f["flag"] == "total_mismatch"]
    assert len(flags) == 1, flags
    msg = flags[0]["message"]
    assert "397\u00a0500" in msg and "387\u00a0500" in msg and flags[0]["severity"] == "error"
    assert flags[0]["evidence"].startswith("Summa") and flags[0]["page"] == 1


def test_plan_linked_to_report_and_not_followed_up(tmp_path: Path) -> None:
    out = build_plan_report(tmp_path)
    con = duckdb.connect(str(out / "corpus.duckdb"))
    result = write_audit(con, out)
    links = [lk for lk in result["links"] if lk["method"] != "budget_total"]
    linked = {lk["plan_text"]: lk for lk in links if lk["linked"]}
    assert "Genomföra två frukostseminarier per termin för handläggare" in linked
    seminar = linked["Genomföra två frukostseminarier per termin för handläggare"]
    assert seminar["report_record_type"] == "activities" and seminar["report_outcome_status"] == "achieved"
    assert "frukost" in seminar["shared_terms"].split()
    missing = [f for f in result["flags"] if f["flag"] == "not_followed_up"]
    assert [f["evidence"] for f in missing] == [
        "Starta en gemensam insats för personer med beroende och psykisk ohälsa."]
    budget = [f for f in result["flags"] if f["flag"] == "budget_difference"]
    assert budget and "250\u00a0000" in budget[0]["message"] and "180\u00a0000" in budget[0]["message"]
    contra = [f for f in result["flags"] if f["flag"] == "status_contradiction"]
    assert contra and "har inte genomförts" in contra[0]["message"]
    # most severe first, and stored in the database too
    ranks = {"error": 0, "warning": 1, "info": 2}
    assert [ranks[f["severity"]] for f in result["flags"]] == sorted(
        ranks[f["severity"]] for f in result["flags"])
    assert con.execute("SELECT count(*) FROM audit_links WHERE linked").fetchone()[0] >= 2
    con.close()


def test_rules() -> None:
    assert find_cue("Aktiviteten har ej genomförts.", ["ej genomförts"]) == "ej genomförts"
    assert find_cue("Aktiviteten har genomförts.", ["ej genomförts"]) is None
    assert same_organisation("LSG Eskilstuna och LSG Strängnäs", "LSG Strängnäs")
    assert not same_organisation("LSG Eskilstuna", "LSG Strängnäs")
    assert same_organisation("Samordningsförbundet RAR", "RAR")
    assert plan_period({"year": 2013, "text": "Handlingsplan 2013–2014 LSG X"}) == (2013, 2014)
    assert plan_period({"year": 2013, "text": "Handlingsplan LSG X"}) == (2013, 2013)


def test_empty_database(tmp_path: Path) -> None:
    from samverkan.corpus.store import Store

    Store(tmp_path).close()
    con = duckdb.connect(str(tmp_path / "corpus.duckdb"))
    assert run_audit(con) == {"flags": [], "links": [], "counts": {}}
    write_audit(con, tmp_path)
    assert (tmp_path / "audit_flags.csv").read_text().strip().startswith("doc_id,record_type")
    con.close()


@pytest.mark.parametrize("status", ["achieved"])
def test_quantity_claimed_achieved_is_contradiction(status: str) -> None:
    from samverkan.outputs.audit_checks import quantity_flags

    rec = {"doc_id": "d", "char_start": 5, "page": 2, "evidence": "7 möten",
           "planned_quantity": 7, "reported_quantity": 6, "outcome_status": status}
    assert [f.flag for f in quantity_flags(rec)] == ["quantity_shortfall", "status_contradiction"]
