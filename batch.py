"""The books of a batch: which files there are, which changed since the last run, what is
stored, and whether the tables are current. The work itself is pipeline.py's.

One broken file becomes a row with its status and message; it never stops the batch.
A document whose content and pipeline are unchanged since the last run is not read again.
"""
from __future__ import annotations

import hashlib
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .ingest.formats import content_id
from .inputs import Entry, as_text, check, reason, scan_inputs
from .parallel import WORKER_MEMORY_MB, Outcome, Task, WorkOptions, make_executor
from .progress import Progress, printable

PACKAGE_ROOT = Path(__file__).parent
EXAMPLES = PACKAGE_ROOT / "corpus" / "examples"
# what changes the tables: code and data of the stages (not tests, examples or benchmarks)
_FINGERPRINT_DIRS = ("ingest", "extract", "normalize", "lexicon")
# what turns stored records into the corpus-level tables
_TABLES_CODE = ("records.py", "batch.py", "pipeline.py", "normalize", "lexicon", "corpus/schema.py",
                "corpus/store.py", "corpus/reconcile.py", "outputs")
_FINGERPRINT_SUFFIXES = {".py", ".toml", ".csv", ".txt", ".json", ".jsonl"}
# a document that runs longer becomes an error row (--timeout; 0 or None: no limit)
DEFAULT_TIMEOUT = 600.0
# a text file larger than this is an error row (--max-text-mb), as is a PDF whose text is:
# extraction needs some 75 bytes a character, so 10 MB stays within a worker's memory cap
DEFAULT_MAX_TEXT_MB = 10.0


@dataclass
class RunOptions:
    max_pages: int | None = None
    debug: bool = False
    workers: int = 0  # 0: in this process; N: a pool of N worker processes
    dask_scheduler: str | None = None  # address of a Dask distributed scheduler
    timeout: float | None = DEFAULT_TIMEOUT  # seconds per document; None or 0: no limit
    ocr: str = "auto"  # auto | always | never
    max_text_mb: float = DEFAULT_MAX_TEXT_MB  # a larger text is an error row
    memory_mb: int | None = WORKER_MEMORY_MB  # per worker process (not --workers 0)
    quiet: bool = False  # no progress output
    overrides: Path | None = None  # must-link / cannot-link decisions for reconciliation
    raw: bool = False  # CSV files in OUT keep text cells a spreadsheet would run as formulas

    def work(self) -> WorkOptions:
        return WorkOptions(max_pages=self.max_pages, max_text_bytes=int(self.max_text_mb * 1e6),
                           ocr=self.ocr, timeout=self.timeout or None, debug=self.debug,
                           memory_mb=self.memory_mb)


@dataclass
class RunSummary:
    counts: Counter = field(default_factory=Counter)  # ok / unchanged / error / skipped
    pages: int = 0
    records: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    interrupted: bool = False
    failures: list[tuple[str, str]] = field(default_factory=list)  # files and corpus steps
    reconcile: dict = field(default_factory=dict)
    exported: list[Path] = field(default_factory=list)  # files written into OUT/export/

    @property
    def failed(self) -> int:
        return self.counts["error"]

    @property
    def exit_status(self) -> int:
        """As the README says: 130 interrupted, 1 some input or corpus-level step failed,
        0 otherwise."""
        if self.interrupted:
            return 130
        return 1 if self.failed or self.failures else 0


def pipeline_fingerprint() -> str:
    """Hash of the code and data that make the records, so a changed rule re-reads documents."""
    return _code_fingerprint(("records.py", "pipeline.py", *_FINGERPRINT_DIRS))


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
    """Files under the inputs that are to be looked at, recursively, in a stable order (not
    hidden ones, nor links to folders: inputs.scan_inputs lists those with their reason)."""
    return (e.path for e in scan_inputs(inputs) if not e.status)


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
    from .outputs.codebook import CODEBOOK_FILES
    from .outputs.csv_tables import out_files
    from .outputs.files import remove_leftovers
    from .pipeline import CORPUS_STEPS, corpus_steps

    options = options or RunOptions()
    started = time.perf_counter()
    summary = RunSummary()
    fingerprint = pipeline_fingerprint()
    with RunLock(out_dir), _DeferInterrupts() as guard:
        remove_leftovers(out_dir)  # half-written files of a run that was killed
        store = Store(out_dir)
        try:
            entries = list(scan_inputs(inputs))
            progress = Progress(len(entries), quiet=options.quiet, limit=options.timeout)
            say = log or progress.log
            run = _Run(store, store.known(), fingerprint, summary, progress, say, guard)
            with guard.critical():
                store.begin_run()
            # workers (and spaCy in them) start only when a document needs reading, so an
            # unchanged re-run costs little more than hashing the files
            executor = None
            try:
                for entry in entries:
                    task = run.prepare(entry, options.max_text_mb)
                    if task is not None:
                        if executor is None:
                            executor = make_executor(options.work(), options.workers,
                                                     options.dask_scheduler)
                            executor.on_start = lambda t: progress.start(t.source)
                        for outcome in executor.submit(task):
                            run.save(outcome)
                for outcome in executor.drain() if executor is not None else ():
                    run.save(outcome)
            except KeyboardInterrupt:
                summary.interrupted = True
            finally:
                with guard.critical(deliver=False):  # a Ctrl-C now only marks the run
                    if executor is not None:
                        executor.close(cancel=summary.interrupted)
                    progress.close()
            with guard.critical(deliver=False):  # a Ctrl-C now only marks the run interrupted
                if summary.interrupted:
                    store.keep_unvisited()  # files not reached this time are not "removed"
                store.end_run()
                key = freshness.tables_key(store.con, tables_fingerprint(), options.overrides,
                                           options.raw)
                fresh = freshness.current(out_dir, key)
                if fresh is None:
                    freshness.forget(out_dir)
                    done = corpus_steps(store.con, out_dir, options.overrides, options.raw,
                                        say, options.quiet)
                    summary.records, summary.reconcile = done.records, done.reconcile
                    summary.failures += done.failures
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
        if fresh is None and not any(name in CORPUS_STEPS for name, _ in summary.failures):
            freshness.record(out_dir, key, out_files() + list(CODEBOOK_FILES),
                             records=summary.records, reconcile=summary.reconcile)
    summary.seconds = time.perf_counter() - started
    return summary


class _Run:
    """The main process's side of a batch: decide what to read, and store what comes back."""

    def __init__(self, store, known, fingerprint: str, summary: RunSummary, progress: Progress,
                 say: Callable[[str], None], guard: _DeferInterrupts) -> None:
        self.store, self.known, self.fingerprint = store, known, fingerprint
        self.summary, self.progress, self.say, self.guard = summary, progress, say, guard
        self.done_ids: dict[str, str] = {}  # doc_id -> first path with that content

    def prepare(self, entry: Entry, max_text_mb: float | None = None) -> Task | None:
        """A Task for a file that needs reading; rows for the rest are written at once."""
        path = entry.path
        source = str(path)
        fmt = path.suffix.lower().lstrip(".")
        verdict = (entry.status, entry.reason) if entry.status else \
            check(path, int(max_text_mb * 1e6) if max_text_mb else None)
        if verdict is not None:
            return self._row(Outcome(source, "", fmt, *verdict))
        try:
            doc_id = content_id(path)
        except OSError as exc:
            why = ("file vanished during the run" if isinstance(exc, FileNotFoundError)
                   else f"cannot read the file: {reason(exc)}")
            return self._row(Outcome(source, "", fmt, "error", why))
        if doc_id in self.done_ids:
            why = f"same content as {as_text(self.done_ids[doc_id])}"
            return self._row(Outcome(source, doc_id, fmt, "skipped", why))
        self.done_ids[doc_id] = source
        prior = self.known.get(doc_id)
        if prior and prior.fingerprint == self.fingerprint:
            with self.guard.critical():
                self.store.mark_seen(as_text(source), doc_id)
            self.summary.counts["unchanged"] += 1
            self.progress.advance()
            return None
        return Task(source, doc_id, fmt)

    def save(self, outcome: Outcome) -> None:
        if outcome.status != "ok":
            self._row(outcome)
            return
        outcome.document.source_path = as_text(outcome.document.source_path)
        with self.guard.critical():  # (counted inside: a Ctrl-C deferred to the section's
            # end must not leave a stored document uncounted in the "interrupted" message)
            self.store.write_document(outcome.document, outcome.extraction, self.fingerprint,
                                      _size(Path(outcome.source)) or 0, outcome.seconds)
            self.summary.counts["ok"] += 1
        self.progress.advance(outcome.pages, outcome.source)

    def _row(self, o: Outcome) -> None:
        with self.guard.critical():
            self.store.write_status(as_text(o.source), o.doc_id if o.status == "skipped" else "",
                                    o.fmt, o.status, as_text(o.message), _size(Path(o.source)),
                                    self.fingerprint, o.seconds)
            self.summary.counts[o.status] += 1
        self.progress.advance(source=o.source)
        if o.status == "error":
            self.summary.failures.append((o.source, o.message))
            if o.detail:
                self.say(o.detail)
            self.say(f"error: {printable(o.source)}: {printable(o.message)}")


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
