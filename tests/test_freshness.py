"""An unchanged re-run leaves the tables as they are; anything they are made from changing,
or a table file touched by hand, writes them again."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from samverkan.batch import EXAMPLES, RunOptions, run_batch
from samverkan.outputs.freshness import STATE_FILE


@pytest.fixture()
def corpus(tmp_path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for f in sorted(EXAMPLES.glob("*.txt")):
        shutil.copy(f, src / f.name)
    return src


def _run(src: Path, out: Path, **kw):
    return run_batch([src], out, RunOptions(workers=0, quiet=True, **kw))


def _stamps(out: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in out.glob("*.csv")}


def test_unchanged_rerun_keeps_the_tables(corpus, tmp_path):
    out = tmp_path / "out"
    first = _run(corpus, out)
    assert (out / STATE_FILE).is_file()
    before = _stamps(out)
    second = _run(corpus, out)
    assert second.counts["unchanged"] == 3 and second.counts["ok"] == 0
    assert _stamps(out) == before  # not one file written again
    assert second.records == first.records and second.pages == first.pages
    assert second.reconcile == first.reconcile


def test_a_changed_input_writes_the_tables_again(corpus, tmp_path):
    out = tmp_path / "out"
    _run(corpus, out)
    goals_before = (out / "goals.csv").read_text(encoding="utf-8")
    victim = sorted(corpus.glob("*.txt"))[0]
    victim.unlink()
    second = _run(corpus, out)
    assert second.counts["unchanged"] == 2
    assert (out / "goals.csv").read_text(encoding="utf-8") != goals_before
    assert victim.name not in (out / "documents.csv").read_text(encoding="utf-8")
    third = _run(corpus, out)  # and that state is current in turn
    assert third.records == second.records


def test_a_removed_or_edited_table_file_is_written_again(corpus, tmp_path):
    out = tmp_path / "out"
    _run(corpus, out)
    goals = (out / "goals.csv").read_text(encoding="utf-8")
    (out / "goals.csv").unlink()
    (out / "projects.csv").write_text("edited by hand\n", encoding="utf-8")
    _run(corpus, out)
    assert (out / "goals.csv").read_text(encoding="utf-8") == goals
    assert (out / "projects.csv").read_text(encoding="utf-8").startswith("doc_id,")


def test_new_overrides_reconcile_again(corpus, tmp_path):
    out = tmp_path / "out"
    _run(corpus, out)
    before = _stamps(out)
    overrides = tmp_path / "overrides.csv"
    overrides.write_text("type,a,b,decision\n", encoding="utf-8")
    _run(corpus, out, overrides=overrides)
    assert _stamps(out)["entities.csv"] != before["entities.csv"]


def test_a_failed_corpus_step_is_not_taken_as_current(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    import samverkan.corpus.reconcile as reconcile

    def broken(*a, **k):
        raise RuntimeError("reconciliation broke")

    monkeypatch.setattr(reconcile, "reconcile_corpus", broken)
    first = _run(corpus, out)
    assert any(name == "reconciliation" for name, _ in first.failures)
    assert not (out / STATE_FILE).exists()
    monkeypatch.undo()
    second = _run(corpus, out)
    assert not second.failures and (out / STATE_FILE).is_file()
    assert second.records.get("entities", 0) > 0


def test_a_rebuilt_database_writes_the_tables_again(corpus, tmp_path):
    out = tmp_path / "out"
    _run(corpus, out)
    (out / "corpus.duckdb").unlink()
    before = _stamps(out)
    second = _run(corpus, out)
    assert second.counts["ok"] == 3
    assert _stamps(out)["entities.csv"] != before["entities.csv"]
