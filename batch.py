"""Run the stages over a batch of files: ingest, extract, normalise, store, export.

One broken file becomes a row with its status and message; it never stops the batch.
A document whose content and pipeline are unchanged since the last run is not read again.
"""
from __future__ import annotations

import hashlib
import os
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .ingest.reader import SUPPORTED, content_id
from .parallel import Outcome, Task, WorkOptions, make_executor
from .progress import Progress

PACKAGE_ROOT = Path(__file__).parent
EXAMPLES = PACKAGE_ROOT / "corpus" / "examples"
# what changes the tables: code and data of the stages (not tests, examples or benchmarks)
_FINGERPRINT_DIRS = ("ingest", "extract", "normalize")
# what turns stored records into the corpus-level tables
_TABLES_CODE = ("records.py", "batch.py", "normalize", "corpus/schema.py", "corpus/store.py",
                "corpus/reconcile.py", "outputs")
_CORPUS_STEPS = ("reconciliation", "comparison tables", "codebook")
_FINGERPRINT_SUFFIXES = {".py", ".toml", ".csv", ".txt", ".json", ".jsonl"}


@dataclass
class RunOptions:
    max_pages: int | None = None
    debug: bool = False
    workers: int = 0  # 0: in this process; N: a pool of N worker processes
    dask_scheduler: str | None = None  # address of a Dask distributed scheduler
    timeout: float | None = None  # seconds per document
    ocr: str = "auto"  # auto | always | never
    max_text_mb: float = 20.0  # a text file larger than this is an error row
    quiet: bool = False  # no progress output
    overrides: Path | None = None  # must-link / cannot-link decisions for reconciliation

    def work(self) -> WorkOptions:
        return WorkOptions(max_pages=self.max_pages, max_text_bytes=int(self.max_text_mb * 1e6),
                           ocr=self.ocr, timeout=self.timeout, debug=self.debug)


@dataclass
class RunSummary:
    counts: Counter = field(default_factory=Counter)  # ok / unchanged / error / skipped
    pages: int = 0
    records: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    interrupted: bool = False
    failures: list[tuple[str, str]] = field(default_factory=list)
    reconcile: dict = field(default_factory=dict)

    @property
    def failed(self) -> int:
        return self.counts["error"]


def pipeline_fingerprint() -> str:
    """Hash of the code and data that make the records, so a changed rule re-reads documents."""
    return _code_fingerprint(("records.py", *_FINGERPRINT_DIRS))


def tables_fingerprint() -> str:
    """Hash of the code and data that turn stored records into the corpus-level tables."""
    return _code_fingerprint(_TABLES_CODE)


def _code_fingerprint(parts: Iterable[str]) -> str:
    h = hashlib.sha256()
    for d in parts:
        base = PACKAGE_ROOT / d
        files = [base] if base.is_file() else sorted(base.rglob("*"))
        for f in files:
            if f.is_file() and f.suffix in _FINGERPRINT_SUFFIXES and "__pycache__" not in f.parts:
                h.update(str(f.relative_to(PACKAGE_ROOT)).encode())
                h.update(f.read_bytes())
    return h.hexdigest()[:16]


def discover(inputs: Iterable[Path]) -> Iterator[Path]:
    """Files under the inputs, recursively, in a stable order; links to folders not followed."""
    seen: set[str] = set()
    for item in inputs:
        if item.is_dir():
            for root, dirs, files in os.walk(item):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    p = Path(root) / name
                    if str(p) not in seen:
                        seen.add(str(p))
                        yield p
        elif str(item) not in seen:
            seen.add(str(item))
            yield item


def run_batch(inputs: list[Path], out_dir: Path, options: RunOptions | None = None,
              log: Callable[[str], None] | None = None) -> RunSummary:
    """Read every input into the corpus in `out_dir` and write the tables.

    Raises LockedError when another run holds `out_dir`. Ctrl-C (KeyboardInterrupt) stops
    the batch: the documents finished so far are kept and the tables written.
    """
    from .corpus.lock import RunLock
    from .corpus.schema import PRESENT_OK
    from .corpus.store import Store
    from .outputs import freshness
    from .outputs.codebook import CODEBOOK_FILES, write_codebook

    options = options or RunOptions()
    started = time.perf_counter()
    summary = RunSummary()
    fingerprint = pipeline_fingerprint()
    with RunLock(out_dir), _DeferInterrupts() as guard:
        store = Store(out_dir)
        try:
            paths = list(discover(inputs))
            progress = Progress(len(paths), quiet=options.quiet)
            say = log or progress.log
            run = _Run(store, store.known(), fingerprint, summary, progress, say, guard)
            with guard.critical():
                store.begin_run()
            # workers (and spaCy in them) start only when a document needs reading, so an
            # unchanged re-run costs little more than hashing the files
            executor = None
            try:
                for path in paths:
                    task = run.prepare(path)
                    if task is not None:
                        if executor is None:
                            executor = make_executor(options.work(), options.workers,
                                                     options.dask_scheduler)
                        for outcome in executor.submit(task):
                            run.save(outcome)
                for outcome in executor.drain() if executor is not None else ():
                    run.save(outcome)
            except KeyboardInterrupt:
                summary.interrupted = True
            finally:
                if executor is not None:
                    executor.close(cancel=summary.interrupted)
                progress.close()
            with guard.critical(deliver=False):  # a Ctrl-C now only marks the run interrupted
                if summary.interrupted:
                    store.keep_unvisited()  # files not reached this time are not "removed"
                store.end_run()
                key = freshness.tables_key(store.con, tables_fingerprint(), options.overrides)
                fresh = freshness.current(out_dir, key)
                if fresh is None:
                    freshness.forget(out_dir)
                    _corpus_steps(store, out_dir, options, summary, say)
                else:  # nothing the tables are made from has changed: they stand
                    summary.records = fresh["records"]
                    summary.reconcile = fresh.get("reconcile", {})
                    if not options.quiet:
                        say("tables unchanged: nothing they are made from has changed")
                summary.pages = store.con.execute(
                    f"SELECT coalesce(sum(n_pages), 0) FROM documents WHERE {PRESENT_OK}"
                ).fetchone()[0]
            summary.interrupted |= guard.take_pending()
        finally:
            store.close()
        if fresh is None:
            # the codebook reads the database's table list, so it comes after the store closes
            _corpus_step("codebook", summary, log or (lambda m: None),
                         lambda: write_codebook(out_dir))
            if not any(name in _CORPUS_STEPS for name, _ in summary.failures):
                files = [f"{table}.csv" for table in summary.records] + list(CODEBOOK_FILES)
                freshness.record(out_dir, key, files, records=summary.records,
                                 reconcile=summary.reconcile)
    summary.seconds = time.perf_counter() - started
    return summary


def _corpus_steps(store, out_dir: Path, options: RunOptions, summary: RunSummary,
                  say: Callable[[str], None]) -> None:
    """Reconcile, then write the tables; a failing step is reported and the tables of the
    steps before it are still written."""
    from .outputs.compare import export_comparisons
    from .outputs.csv_tables import export_csv

    _corpus_step("reconciliation", summary, say, lambda: _reconcile(store, options, summary,
                                                                    say))
    summary.records = export_csv(store.con, out_dir)
    _corpus_step("comparison tables", summary, say,
                 lambda: summary.records.update(export_comparisons(store.con, out_dir)))


def _reconcile(store, options: RunOptions, summary: RunSummary, say) -> None:
    from .corpus.reconcile import reconcile_corpus, summary_line

    # ids depend on the whole corpus and on the overrides, so any change runs it all again
    summary.reconcile = reconcile_corpus(store.con, options.overrides)
    if not options.quiet:
        say(summary_line(summary.reconcile))


def _corpus_step(name: str, summary: RunSummary, say, step: Callable[[], object]) -> None:
    try:
        step()
    except Exception as exc:  # the document tables must still be written
        summary.failures.append((name, f"{type(exc).__name__}: {exc}"))
        say(f"error: {name} failed: {type(exc).__name__}: {exc}")


class _Run:
    """The main process's side of a batch: decide what to read, and store what comes back."""

    def __init__(self, store, known, fingerprint: str, summary: RunSummary, progress: Progress,
                 say: Callable[[str], None], guard: _DeferInterrupts) -> None:
        self.store, self.known, self.fingerprint = store, known, fingerprint
        self.summary, self.progress, self.say, self.guard = summary, progress, say, guard
        self.done_ids: dict[str, str] = {}  # doc_id -> first path with that content

    def prepare(self, path: Path) -> Task | None:
        """A Task for a file that needs reading; rows for the rest are written at once."""
        source = str(path)
        fmt = path.suffix.lower().lstrip(".")
        if path.suffix.lower() not in SUPPORTED:
            why = f"not a supported file type ('{path.suffix or 'no extension'}'; reads .pdf, .txt)"
            return self._row(Outcome(source, "", fmt, "skipped", why))
        if path.exists() and not path.is_file():  # a FIFO or device would block the hash
            return self._row(Outcome(source, "", fmt, "skipped", "not a regular file"))
        if _size(path) == 0:  # said plainly, not "same content as" another empty file
            return self._row(Outcome(source, "", fmt, "error", "empty file (0 bytes)"))
        try:
            doc_id = content_id(path)
        except OSError as exc:
            why = ("file vanished during the run" if isinstance(exc, FileNotFoundError)
                   else f"cannot read the file: {exc.strerror or exc}")
            return self._row(Outcome(source, "", fmt, "error", why))
        if doc_id in self.done_ids:
            why = f"same content as {self.done_ids[doc_id]}"
            return self._row(Outcome(source, doc_id, fmt, "skipped", why))
        self.done_ids[doc_id] = source
        prior = self.known.get(doc_id)
        if prior and prior.fingerprint == self.fingerprint:
            with self.guard.critical():
                self.store.mark_seen(source, doc_id)
            self.summary.counts["unchanged"] += 1
            self.progress.advance()
            return None
        return Task(source, doc_id, fmt)

    def save(self, outcome: Outcome) -> None:
        if outcome.status != "ok":
            self._row(outcome)
            return
        with self.guard.critical():
            self.store.write_document(outcome.document, outcome.extraction, self.fingerprint,
                                      _size(Path(outcome.source)) or 0, outcome.seconds)
        self.summary.counts["ok"] += 1
        self.progress.advance(outcome.pages)

    def _row(self, o: Outcome) -> None:
        with self.guard.critical():
            self.store.write_status(o.source, o.doc_id if o.status == "skipped" else "", o.fmt,
                                    o.status, o.message, _size(Path(o.source)),
                                    self.fingerprint, o.seconds)
        self.summary.counts[o.status] += 1
        self.progress.advance()
        if o.status == "error":
            self.summary.failures.append((o.source, o.message))
            if o.detail:
                self.say(o.detail)
            self.say(f"error: {o.source}: {o.message}")


class _DeferInterrupts:
    """Ctrl-C raises KeyboardInterrupt at once, except inside `critical()` sections (database
    writes), where it waits until the section ends."""

    def __init__(self) -> None:
        self.depth = 0
        self.pending = False
        self.old = None

    def __enter__(self) -> _DeferInterrupts:
        if threading.current_thread() is threading.main_thread():
            self.old = signal.signal(signal.SIGINT, self._handler)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.old is not None:
            signal.signal(signal.SIGINT, self.old)

    def _handler(self, signum, frame) -> None:
        if self.depth:
            self.pending = True
        else:
            raise KeyboardInterrupt

    @contextmanager
    def critical(self, deliver: bool = True) -> Iterator[None]:
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
            if deliver and not self.depth and self.take_pending():
                raise KeyboardInterrupt

    def take_pending(self) -> bool:
        pending, self.pending = self.pending, False
        return pending


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None
