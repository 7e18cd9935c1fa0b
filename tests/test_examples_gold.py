"""End to end: our own corpora scored against our own gold records with the shared scorer
(the same definitions as ../shared/eval/GUIDE.md). `corpus/examples` is the bundled demo;
`tests/corpus_variants`, `tests/corpus_blind2` and `tests/corpus_blind3` were written blind to
the rules, in other layouts and wordings (the rules were then improved on what they showed;
blind3 scored macro F1 0.69 on first contact, the two before it 0.64 and 0.62)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from samverkan.batch import EXAMPLES, RunOptions, run_batch

from .conftest import EVAL

HERE = Path(__file__).parent
CORPORA = {
    "examples": (EXAMPLES, HERE / "gold_examples",
                 {"goals": 0.85, "activities": 0.85, "target_groups": 0.65, "projects": 0.65,
                  "budget_lines": 0.85, "signatories": 0.8, "goal_status": 0.9,
                  "activity_status": 0.9, "doc_type": 1.0}),
    "variants": (HERE / "corpus_variants", HERE / "corpus_variants_gold",
                 {"goals": 0.85, "activities": 0.85, "target_groups": 0.8, "projects": 0.8,
                  "budget_lines": 0.9, "signatories": 0.9, "goal_status": 0.9,
                  "activity_status": 0.9, "doc_type": 1.0}),
    "blind2": (HERE / "corpus_blind2", HERE / "corpus_blind2_gold",
               {"goals": 0.9, "activities": 0.9, "target_groups": 0.8, "projects": 0.9,
                "budget_lines": 0.85, "signatories": 0.9, "goal_status": 0.9,
                # a slutrapport is `other` in its gold, a report here: arguable either way
                "activity_status": 0.85, "doc_type": 0.85}),
    # still well below the others: flattened transcripts (LLG Piteå), a fixed-width plan whose
    # cells wrap over lines (LSG Östersund), activities titled one by one with their outcome
    "blind3": (HERE / "corpus_blind3", HERE / "corpus_blind3_gold",
               {"goals": 0.8, "activities": 0.5, "target_groups": 0.6, "projects": 0.65,
                "budget_lines": 0.8, "signatories": 0.85, "goal_status": 0.9,
                "activity_status": 0.85, "doc_type": 1.0}),
}


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_corpus_against_gold(name, tmp_path):
    if not (EVAL / "score.py").exists():
        pytest.skip("../shared/eval/score.py is not beside the repository")
    corpus, gold, floors = CORPORA[name]
    summary = run_batch([corpus], tmp_path, RunOptions(), log=lambda m: None)
    assert summary.counts["ok"] == len(list(gold.glob("*.json")))
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    res = score.score(gold, tmp_path)
    assert not res["documents_missing"]
    for key, floor in floors.items():
        got = res["tables"][key]["f1"] if key in res["tables"] else res["attributes"][key]
        assert got >= floor, (key, got, res["tables"].get(key))
