"""End to end: the bundled example corpus scored against our own gold records with the
shared scorer (the same definitions as ../shared/eval/GUIDE.md)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from samverkan.batch import EXAMPLES, RunOptions, run_batch

from .conftest import EVAL

GOLD = Path(__file__).with_name("gold_examples")


def test_example_corpus_against_gold(tmp_path):
    if not (EVAL / "score.py").exists():
        pytest.skip("../shared/eval/score.py is not beside the repository")
    summary = run_batch([EXAMPLES], tmp_path, RunOptions(), log=lambda m: None)
    assert summary.counts["ok"] == len(list(GOLD.glob("*.json")))
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    res = score.score(GOLD, tmp_path)
    assert not res["documents_missing"]
    floors = {"goals": 0.85, "activities": 0.85, "target_groups": 0.65, "projects": 0.65,
              "budget_lines": 0.85, "signatories": 0.8}
    for table, floor in floors.items():
        assert res["tables"][table]["f1"] >= floor, (table, res["tables"][table])
    assert res["attributes"]["goal_status"] >= 0.9
    assert res["attributes"]["activity_status"] >= 0.9
    assert res["attributes"]["doc_type"] == 1.0
