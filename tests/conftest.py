from __future__ import annotations

from pathlib import Path

import pytest

from samverkan.batch import RunOptions, run_batch

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


@pytest.fixture(scope="session")
def eval_corpus() -> Path:
    if not (EVAL / "corpus").is_dir():
        pytest.skip("../shared/eval is not beside the repository")
    return EVAL / "corpus"


@pytest.fixture(scope="session")
def eval_run(eval_corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("eval_out")
    run_batch([eval_corpus], out, RunOptions(), log=lambda m: None)
    return out
