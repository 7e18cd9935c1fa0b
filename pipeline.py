"""The pipeline as a reader sees it, in two functions:

    one document   ingest -> extract -> normalize                       read_document_records()
    the corpus     reconcile -> comparisons -> changes -> audit -> tables -> codebook
                                                                                corpus_steps()

Everything else is machinery around these two: the executors (parallel.py) decide where and
when a document is read and turn a failure into a row; batch.py keeps the books (which files
there are, which changed, what is stored, whether the tables are current); the command line
(cli.py) and the Python API (api.py) call batch.py.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .records import Document, Extraction

if TYPE_CHECKING:  # workers import this module; only the corpus steps need DuckDB
    import duckdb

# the corpus-level steps by name, in order (a failing step is reported under its name)
CORPUS_STEPS = ("reconciliation", "comparison tables", "changes", "audit", "tables", "codebook")


def read_document_records(path: Path, doc_id: str, *, max_pages: int | None = None,
                          max_text_bytes: int = 20 << 20, ocr: str = "auto"
                          ) -> tuple[Document, Extraction]:
    """One file: read it into a Document (ingest), find its records (extract) and clean them
    (normalize). Raises ingest.errors.IngestError for a file that is not a readable report."""
    from .extract import extract_document  # spaCy loads only when there is work to do
    from .ingest.reader import read_document
    from .normalize import normalize_extraction

    doc = read_document(Path(path), doc_id, max_pages=max_pages, max_text_bytes=max_text_bytes,
                        ocr=ocr)
    extraction = extract_document(doc)
    normalize_extraction(doc, extraction)
    return doc, extraction


@dataclass
class CorpusResult:
    records: dict[str, int] = field(default_factory=dict)  # rows per table written into OUT
    reconcile: dict = field(default_factory=dict)  # counts of the reconciliation
    failures: list[tuple[str, str]] = field(default_factory=list)  # (step, message)


def corpus_steps(con: duckdb.DuckDBPyConnection, out_dir: Path, overrides: Path | None = None,
                 raw: bool = False, say: Callable[[str], None] | None = None,
                 quiet: bool = False) -> CorpusResult:
    """After every document is stored: find the projects a document names that another
    document's words name as projects, reconcile people, projects and organisations across
    documents, make the comparison tables and each organisation's changes between years,
    audit goals against outcomes, put every table in document order and write it into
    `out_dir` as CSV (text cells neutralised for spreadsheets unless `raw`), and write the
    codebook. A failing step is reported and the
    steps after it still run, so the document tables are always written. `say` gets the
    errors, and unless `quiet` a line on the reconciliation."""
    from .corpus.known_projects import add_known_projects
    from .corpus.reconcile import reconcile_corpus, summary_line
    from .corpus.schema import put_in_order
    from .outputs.audit import store_audit
    from .outputs.changes import store_changes
    from .outputs.codebook import write_codebook
    from .outputs.compare import build_comparisons
    from .outputs.csv_tables import write_out_tables
    from .records import TABLES

    say = say or (lambda message: None)
    result = CorpusResult()

    def step(name: str, work: Callable[[], object]) -> None:
        try:
            work()
        except Exception as exc:  # the tables of the other steps must still be written
            result.failures.append((name, f"{type(exc).__name__}: {exc}"))
            say(f"error: {name} failed: {type(exc).__name__}: {exc}")

    def reconcile() -> None:
        # ids depend on the whole corpus and on the overrides, so any change runs it all again
        result.reconcile = reconcile_corpus(con, overrides)
        if not quiet:
            say(summary_line(result.reconcile))

    def tables() -> None:
        for table in TABLES.values():
            if table.step == "document":  # the others are made in order
                put_in_order(con, table)
        result.records = write_out_tables(con, Path(out_dir), raw=raw)

    step("known projects", lambda: add_known_projects(con))
    step("reconciliation", reconcile)
    step("comparison tables", lambda: build_comparisons(con))
    step("changes", lambda: store_changes(con))
    step("audit", lambda: store_audit(con))
    step("tables", tables)
    step("codebook", lambda: write_codebook(out_dir))
    return result
