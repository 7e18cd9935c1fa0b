"""Run the stages over a batch of files: ingest, extract, normalise, store, export.

One broken file becomes a row with its status and message; it never stops the batch.
A document whose content and pipeline are unchanged since the last run is not read again.
"""
from __future__ import annotations

import hashlib
import os
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .ingest.errors import IngestError
from .ingest.reader import SUPPORTED, content_id, read_document

PACKAGE_ROOT = Path(__file__).parent
EXAMPLES = PACKAGE_ROOT / "corpus" / "examples"
# what changes the tables: code and data of the stages (not tests, examples or benchmarks)
_FINGERPRINT_DIRS = ("ingest", "extract", "normalize")
_FINGERPRINT_SUFFIXES = {".py", ".toml", ".csv", ".txt", ".json", ".jsonl"}


@dataclass
class RunOptions:
    max_pages: int | None = None
    debug: bool = False


@dataclass
class RunSummary:
    counts: Counter = field(default_factory=Counter)  # ok / unchanged / error / skipped
    pages: int = 0
    records: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    interrupted: bool = False
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return self.counts["error"]


def pipeline_fingerprint() -> str:
    """Hash of the code and data that make the tables, so a changed rule re-reads documents."""
    h = hashlib.sha256()
    for d in ("records.py", *_FINGERPRINT_DIRS):
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
              log: Callable[[str], None] = print) -> RunSummary:
    from .corpus.store import Store
    from .outputs.csv_tables import export_csv

    options = options or RunOptions()
    started = time.perf_counter()
    summary = RunSummary()
    fingerprint = pipeline_fingerprint()
    store = Store(out_dir)
    try:
        known = store.known()
        store.begin_run()
        done_ids: dict[str, str] = {}
        try:
            for path in discover(inputs):
                _one(path, store, known, done_ids, fingerprint, options, summary, log)
        except KeyboardInterrupt:
            summary.interrupted = True
        store.end_run()
        summary.records = export_csv(store.con, out_dir)
        summary.pages = store.con.execute(
            "SELECT coalesce(sum(n_pages), 0) FROM documents WHERE present AND status = 'ok'"
        ).fetchone()[0]
    finally:
        store.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _one(path: Path, store, known, done_ids: dict[str, str], fingerprint: str,
         options: RunOptions, summary: RunSummary, log: Callable[[str], None]) -> None:
    source = str(path)
    fmt = path.suffix.lower().lstrip(".")
    t0 = time.perf_counter()
    if path.suffix.lower() not in SUPPORTED:
        why = f"not a supported file type ('{path.suffix or 'no extension'}'; reads .pdf, .txt)"
        store.write_status(source, "", fmt, "skipped", why, _size(path), fingerprint)
        summary.counts["skipped"] += 1
        return
    try:
        doc_id = content_id(path)
        if doc_id in done_ids:
            why = f"same content as {done_ids[doc_id]}"
            store.write_status(source, doc_id, fmt, "skipped", why, _size(path), fingerprint)
            summary.counts["skipped"] += 1
            return
        done_ids[doc_id] = source
        prior = known.get(doc_id)
        if prior and prior.fingerprint == fingerprint:
            store.mark_seen(source, doc_id)
            summary.counts["unchanged"] += 1
            return
        doc = read_document(path, doc_id, max_pages=options.max_pages)
        extraction = _extract(doc)
        store.write_document(doc, extraction, fingerprint, _size(path) or 0,
                             time.perf_counter() - t0)
        summary.counts["ok"] += 1
    except IngestError as exc:
        _failed(store, summary, source, fmt, exc.status, str(exc), fingerprint, t0, log)
    except FileNotFoundError:
        _failed(store, summary, source, fmt, "error", "file vanished during the run",
                fingerprint, t0, log)
    except PermissionError:
        _failed(store, summary, source, fmt, "error", "cannot read the file: permission denied",
                fingerprint, t0, log)
    except (MemoryError, RecursionError) as exc:
        _failed(store, summary, source, fmt, "error", f"too complex to read ({type(exc).__name__})",
                fingerprint, t0, log)
    except Exception as exc:  # a bug or a file no rule foresaw: keep the batch going
        if options.debug:
            log(traceback.format_exc())
        _failed(store, summary, source, fmt, "error",
                f"internal error while reading: {type(exc).__name__}: {exc}"[:500],
                fingerprint, t0, log)


def _extract(doc):
    from .extract import extract_document  # spaCy loads only when there is work to do
    from .normalize import normalize_extraction

    extraction = extract_document(doc)
    normalize_extraction(doc, extraction)
    return extraction


def _failed(store, summary: RunSummary, source: str, fmt: str, status: str, message: str,
            fingerprint: str, t0: float, log: Callable[[str], None]) -> None:
    store.write_status(source, "", fmt, status, message, _size(Path(source)), fingerprint,
                       time.perf_counter() - t0)
    summary.counts[status] += 1
    if status == "error":
        summary.failures.append((source, message))
        log(f"error: {source}: {message}")


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None
