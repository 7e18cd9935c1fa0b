"""Python API for notebooks:

    import samverkan
    summary = samverkan.process(["reports/"], out="out")
    tables = samverkan.load("out")        # {"documents": DataFrame, "goals": DataFrame, ...}
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas

    from .batch import RunSummary


def load(out_dir: str | Path, text: bool = False) -> dict[str, pandas.DataFrame]:
    """The tables of a run as pandas DataFrames, read from OUT/corpus.duckdb (all its tables:
    documents, the record tables, audit tables and any a later stage added). Documents of
    files no longer among the inputs are left out; `text=True` keeps documents.text."""
    import duckdb

    from .outputs.export import table_queries

    db = Path(out_dir) / "corpus.duckdb"
    if not db.exists():
        raise FileNotFoundError(f"{db} not found: run samverkan.process(paths, out=...) first")
    con = duckdb.connect(str(db), read_only=True)
    try:
        queries = table_queries(con)
        if text:
            queries["documents"] = "SELECT * FROM documents WHERE present ORDER BY source_path"
        return {name: con.execute(q).df() for name, q in queries.items()}
    finally:
        con.close()


def process(paths: str | Path | Iterable[str | Path], out: str | Path,
            max_pages: int | None = None, log=None) -> RunSummary:
    """Run the pipeline over files and folders into `out` (as `samverkan run`); returns the
    run's summary (counts, records per table, failures)."""
    from .batch import RunOptions, run_batch

    if isinstance(paths, (str, Path)):
        paths = [paths]
    inputs = [Path(p) for p in paths]
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        raise FileNotFoundError(f"no such file or folder: {', '.join(missing)}")
    return run_batch(inputs, Path(out), RunOptions(max_pages=max_pages),
                     log=log or (lambda message: None))
