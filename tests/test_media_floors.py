"""The same reports as text, as digital PDFs of three layouts and as a scan give nearly the
same records: `tests/corpus_variants` rendered by bench/media_render.py (the renderer of the
media benchmark) and scored against its gold with the shared scorer. The floors are ratios to
the text's micro F1 in the same run, a little under what bench/media_bench.py measures, so that
a regression fails here; the full benchmark over every corpus is `bench/media_bench.py`."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from samverkan.batch import RunOptions, run_batch
from samverkan.ingest.ocr import ocr_available

from .conftest import EVAL

HERE = Path(__file__).parent
CORPUS, GOLD = HERE / "corpus_variants", HERE / "corpus_variants_gold"
FLOORS = {"pdf-onecol": 0.95, "pdf-tables": 0.95, "pdf-twocol": 0.9}
SCAN_FLOOR = 0.8
SCANNED = ["v01_vb_lsg_falun_2011.txt", "v03_hp_llg_saffle_2016.txt"]  # short: OCR is slow


def _render():
    sys.path.insert(0, str(HERE.parent / "bench"))
    try:
        import media_render
    finally:
        sys.path.pop(0)
    return media_render


def _micro(medium: str, docs: list[Path], tmp: Path) -> float:
    render = _render()
    where, gold = tmp / medium / "docs", tmp / medium / "gold"
    gold.mkdir(parents=True)
    for txt in docs:
        name = render.rendered_name(txt.name, medium)
        render.render(txt, medium, where / name)
        g = json.loads((GOLD / f"{txt.name}.json").read_text(encoding="utf-8"))
        g["document"] = name
        (gold / f"{name}.json").write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
    out = tmp / medium / "out"
    run_batch([where], out, RunOptions(workers=0), log=lambda m: None)
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    tables = score.score(gold, out)["tables"]
    tp = sum(t["tp"] for t in tables.values())
    fp = sum(t["fp"] for t in tables.values())
    fn = sum(t["fn"] for t in tables.values())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


@pytest.fixture(scope="module")
def needs_scorer():
    if not (EVAL / "score.py").exists():
        pytest.skip("../shared/eval/score.py is not beside the repository")


@pytest.mark.slow
@pytest.mark.parametrize("medium", sorted(FLOORS))
def test_pdf_layouts_keep_the_texts_records(medium, tmp_path, needs_scorer):
    pytest.importorskip("reportlab")
    docs = sorted(CORPUS.glob("*.txt"))
    text, pdf = _micro("text", docs, tmp_path), _micro(medium, docs, tmp_path)
    assert pdf >= FLOORS[medium] * text, (medium, pdf, text)


@pytest.mark.slow
def test_a_scan_keeps_most_of_the_texts_records(tmp_path, needs_scorer):
    pytest.importorskip("reportlab")
    if ocr_available():
        pytest.skip(f"OCR is not available: {ocr_available()}")
    docs = [CORPUS / name for name in SCANNED]
    text, scan = _micro("text", docs, tmp_path), _micro("scan", docs, tmp_path)
    assert scan >= SCAN_FLOOR * text, (scan, text)
