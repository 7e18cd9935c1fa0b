"""A benchmark corpus of digital PDFs, made from the example generator's documents.

Document i takes example i mod 7 (all of them rendered as PDF: running text, tables, budget
tables, two columns, signatures), repeats its body 1-4 times to vary the length, and opens with
a numbered line so that no two files have the same content (the batch would skip copies).
"""
from __future__ import annotations

import copy
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

# the example generator lives outside the installed package, in scripts/
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import make_examples as mx  # noqa: E402


def _variant(i: int) -> mx.Doc:
    bases = mx.all_documents()
    doc = copy.deepcopy(bases[i % len(bases)])
    repeats = 1 + (i // len(bases)) % 4
    body: list = []
    for r in range(repeats):
        if r:
            body.append(mx.Break())
        body.extend(copy.deepcopy(doc.blocks))
    doc.blocks = [mx.P(f"Dokument {i + 1} i jämförelsematerialet.", style="small"), *body]
    doc.fmt = "pdf"
    doc.file_name = f"bench_{i + 1:04d}_{Path(doc.file_name).stem}.pdf"
    return doc


def _render(args: tuple[int, str]) -> str:
    i, folder = args
    doc = _variant(i)
    path = Path(folder) / doc.file_name
    if not path.exists():
        mx.render_pdf(doc, path)
    return str(path)


def make_corpus(folder: Path, n_docs: int, jobs: int = 2) -> list[Path]:
    """Render the corpus into `folder` (files already there are kept, so reruns are free)."""
    folder.mkdir(parents=True, exist_ok=True)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        paths = list(pool.map(_render, [(i, str(folder)) for i in range(n_docs)], chunksize=4))
    wanted = {Path(p).name for p in paths}
    for stale in folder.glob("bench_*.pdf"):
        if stale.name not in wanted:
            stale.unlink()
    return [Path(p) for p in paths]
