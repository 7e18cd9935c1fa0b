"""The shared evaluation set, scored with its own score.py: a floor that must not sink."""
from __future__ import annotations

import importlib.util

from .conftest import EVAL


def test_scores_on_shared_eval(eval_run):
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    res = score.score(EVAL / "gold", eval_run)
    assert not res["documents_missing"]
    assert res["macro_f1"] >= 0.85, res["tables"]
    for table in ("goals", "activities", "budget_lines"):
        assert res["tables"][table]["f1"] >= 0.9, (table, res["tables"][table])
    assert res["attributes"]["goal_status"] >= 0.9
    assert res["attributes"]["activity_status"] >= 0.9
    assert res["attributes"]["doc_type"] == 1.0 and res["attributes"]["year"] == 1.0
