"""Where per-document work runs: in this process, in a pool of worker processes, or on a Dask
cluster. Every executor takes `Task`s and gives back `Outcome`s; only the caller writes to
the corpus database, so there is a single writer whatever runs the work.

The process pool is our own rather than `concurrent.futures`, because a document that hangs
in C code (pdfium, Tesseract) or crashes its process must cost only that document: the pool
kills the worker at the time limit and starts a fresh one. A worker's memory is capped by the
kernel (RLIMIT_DATA, inherited by Tesseract), so no document can take more than its share of
the machine: past the cap an allocation fails and the document becomes an error row.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path

from .records import Document, Extraction

HARD_KILL_GRACE = 5.0  # seconds past --timeout before a worker that ignores the limit is killed
POLL = 0.5  # seconds: how often a waiting main process looks at the clock
# MiB of private data a worker may hold. Its resident size stays below this plus the shared
# libraries (~100 MiB), so under 1 GB; a 10 MB text, the largest --max-text-mb lets through
# by default, needs about 750 MiB.
WORKER_MEMORY_MB = 850
_capped_at: int | None = None  # the cap this process runs under, once set


@dataclass(frozen=True)
class WorkOptions:
    """What a worker needs to read a document; sent to every worker once."""

    max_pages: int | None = None
    max_text_bytes: int = 20 << 20
    ocr: str = "auto"
    timeout: float | None = None
    debug: bool = False
    memory_mb: int | None = WORKER_MEMORY_MB  # per worker process; None: no cap


@dataclass
class Task:
    source: str
    doc_id: str
    fmt: str


@dataclass
class Outcome:
    source: str
    doc_id: str
    fmt: str
    status: str  # ok | error | skipped
    message: str = ""
    document: Document | None = None
    extraction: Extraction | None = None
    seconds: float = 0.0
    detail: str = ""  # a traceback with --debug

    @property
    def pages(self) -> int:
        return len(self.document.pages) if self.document else 0


class DocumentTimeout(Exception):
    pass


# --- the per-document work, the same wherever it runs --------------------------------------

def process_document(task: Task, opts: WorkOptions) -> Outcome:
    """Read, extract and normalise one document (pipeline.py); any failure becomes an Outcome
    with a reason."""
    from .ingest.errors import IngestError
    from .pipeline import read_document_records

    t0 = time.perf_counter()
    out = Outcome(task.source, task.doc_id, task.fmt, "error")
    try:
        with _soft_limit(opts.timeout):
            doc, out.extraction = read_document_records(
                Path(task.source), task.doc_id, max_pages=opts.max_pages,
                max_text_bytes=opts.max_text_bytes, ocr=opts.ocr)
        out.document, out.status = doc, "ok"
    except DocumentTimeout:
        out.message = timeout_message(opts.timeout)
    except IngestError as exc:
        out.status, out.message = exc.status, str(exc)
    except FileNotFoundError:
        out.message = "file vanished during the run"
    except PermissionError:
        out.message = "cannot read the file: permission denied"
    except MemoryError:
        out.message = memory_message()
    except RecursionError as exc:
        out.message = f"too complex to read ({type(exc).__name__})"
    except OSError as exc:  # a name too long, a link loop, a read error of the disk
        out.message = f"cannot read the file: {exc.strerror or exc}"
    except Exception as exc:  # a bug or a file no rule foresaw: keep the batch going
        out.message = f"internal error while reading: {type(exc).__name__}: {exc}"[:500]
        if opts.debug:
            out.detail = traceback.format_exc()
    out.seconds = time.perf_counter() - t0
    return out


def timeout_message(timeout: float | None) -> str:
    return f"took longer than the time limit of {timeout:g} s per document (--timeout)"


def memory_message() -> str:
    if _capped_at:
        return (f"too large to read: it needs more than the {_capped_at} MiB of memory a "
                f"worker may use")
    return "too large to read: the process ran out of memory (MemoryError)"


class _soft_limit:
    """SIGALRM raises DocumentTimeout in Python code after `seconds` (main thread only)."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.active = bool(seconds) and threading.current_thread() is threading.main_thread()

    def __enter__(self) -> None:
        if self.active:
            self.old = signal.signal(signal.SIGALRM, _raise_timeout)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc: object) -> None:
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.old)


def _raise_timeout(signum, frame) -> None:
    raise DocumentTimeout()


# --- executors ----------------------------------------------------------------------------

def _nothing(task: Task) -> None:
    pass


class SerialExecutor:
    """In this process, one document after another (--workers 0, and the library default).
    No memory cap here: the process is the caller's own."""

    def __init__(self, opts: WorkOptions) -> None:
        self.opts = opts
        self.on_start: Callable[[Task], None] = _nothing  # told when a document begins

    def submit(self, task: Task) -> Iterator[Outcome]:
        self.on_start(task)
        yield process_document(task, self.opts)

    def drain(self) -> Iterator[Outcome]:
        return iter(())

    def close(self, cancel: bool = False) -> None:
        pass


@dataclass
class _Worker:
    process: mp.Process
    conn: object
    task: Task | None = None
    started: float = 0.0


class ProcessExecutor:
    """N worker processes, one document each at a time, so at most N documents in memory."""

    def __init__(self, opts: WorkOptions, workers: int,
                 work: Callable[[Task, WorkOptions], Outcome] | None = None) -> None:
        self.opts = opts
        self.work = work or process_document  # tests put a stand-in here
        self.size = max(1, workers)
        self.ctx = _context()
        self.idle: list[_Worker] = []
        self.busy: list[_Worker] = []
        self.on_start: Callable[[Task], None] = _nothing  # told when a document begins

    def submit(self, task: Task) -> Iterator[Outcome]:
        while not self.idle and len(self.busy) >= self.size:
            yield from self._collect()
        worker = self.idle.pop() if self.idle else self._start()
        try:
            worker.conn.send(task)
        except (BrokenPipeError, OSError):  # an idle worker died (a cap, a kill): replace it
            self._stop(worker)
            worker = self._start()
            worker.conn.send(task)
        worker.task, worker.started = task, time.monotonic()
        self.busy.append(worker)
        self.on_start(task)

    def drain(self) -> Iterator[Outcome]:
        while self.busy:
            yield from self._collect()

    def close(self, cancel: bool = False) -> None:
        for w in self.idle + self.busy:
            try:
                if cancel or w.task is not None:
                    w.process.kill()
                else:
                    w.conn.send(None)
            except (OSError, ValueError):
                pass
        for w in self.idle + self.busy:
            w.process.join(timeout=5)
            if w.process.is_alive():
                w.process.kill()
                w.process.join()
            w.conn.close()
        self.idle, self.busy = [], []

    def _start(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker_main, args=(child, self.opts, self.work), daemon=True,
                                name="samverkan-worker")
        proc.start()
        child.close()
        return _Worker(proc, parent)

    def _collect(self) -> Iterator[Outcome]:
        """Wait a little for results; kill workers past the limit or dead."""
        waitables = [w.conn for w in self.busy] + [w.process.sentinel for w in self.busy]
        ready = set(wait(waitables, timeout=self._wait_time()))
        now = time.monotonic()
        for w in list(self.busy):
            if w.conn in ready or w.process.sentinel in ready:
                try:
                    outcome = w.conn.recv()
                except (EOFError, OSError):
                    yield self._lost(w, _crash_message(w.process, self.opts.memory_mb))
                    continue
                self.busy.remove(w)
                w.task = None
                self.idle.append(w)
                yield outcome
            elif self.opts.timeout and now - w.started > self.opts.timeout + HARD_KILL_GRACE:
                yield self._lost(w, timeout_message(self.opts.timeout))

    def _wait_time(self) -> float:
        if not self.opts.timeout:
            return POLL
        first = min(w.started for w in self.busy)
        left = first + self.opts.timeout + HARD_KILL_GRACE - time.monotonic()
        return max(0.0, min(POLL, left))

    def _lost(self, w: _Worker, message: str) -> Outcome:
        """The worker is gone or killed: its document is an error row, a new worker replaces it."""
        self.busy.remove(w)
        self._stop(w)
        task = w.task
        return Outcome(task.source, task.doc_id, task.fmt, "error", message,
                       seconds=time.monotonic() - w.started)


    @staticmethod
    def _stop(w: _Worker) -> None:
        w.process.kill()
        w.process.join()
        w.conn.close()


def _context() -> mp.context.BaseContext:
    # forkserver: workers fork from a clean server that has spaCy loaded already, so a new
    # worker (after a timeout) costs milliseconds, and no DuckDB thread or lock is inherited
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["samverkan.worker_preload"])
        return ctx
    return mp.get_context("spawn")


def _crash_message(proc: mp.Process, memory_mb: int | None = None) -> str:
    proc.join(timeout=1)
    code = proc.exitcode
    # C code that cannot get memory under the cap aborts or dies rather than raising
    cap = (f"; it may have needed more than the {memory_mb} MiB of memory a worker may use"
           if memory_mb else "")
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = str(-code)
        return f"the worker process crashed while reading this file (signal {name}{cap})"
    return f"the worker process ended while reading this file (exit code {code}{cap})"


def _worker_main(conn, opts: WorkOptions, work: Callable[[Task, WorkOptions], Outcome]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's business
    _die_with_parent()
    from .extract.nlp import build_nlp

    build_nlp()  # once per worker (free when the forkserver preloaded it)
    limit_memory(opts.memory_mb)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        outcome = work(task, opts)
        try:
            conn.send(outcome)
        except (BrokenPipeError, OSError):
            return


def limit_memory(memory_mb: int | None) -> None:
    """Cap this process's private data (heap and anonymous maps) at `memory_mb` MiB; an
    allocation past it fails (MemoryError in Python). Children (Tesseract) inherit the cap."""
    if not memory_mb:
        return
    try:
        import resource

        limit = memory_mb << 20
        _, hard = resource.getrlimit(resource.RLIMIT_DATA)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
    except (ImportError, OSError, ValueError):  # not Linux/Unix: no cap, as before
        return
    global _capped_at
    _capped_at = limit >> 20


def _die_with_parent() -> None:
    """Linux: the kernel kills this worker when its parent dies (e.g. by SIGKILL)."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class DaskExecutor:
    """Per-document work on a Dask distributed cluster; at most 2 tasks per worker thread
    are in flight, so results stream back instead of piling up."""

    def __init__(self, opts: WorkOptions, address: str) -> None:
        from distributed import Client

        self.opts = opts
        self.client = Client(address, set_as_default=False, timeout="30s")
        threads = sum(w.get("nthreads", 1) for w in
                      self.client.scheduler_info().get("workers", {}).values()) or 1
        self.capacity = 2 * threads
        self.pending: deque = deque()  # (future, task, submitted)
        self.on_start: Callable[[Task], None] = _nothing  # told when a document is sent

    def submit(self, task: Task) -> Iterator[Outcome]:
        while len(self.pending) >= self.capacity:
            yield from self._collect()
        fut = self.client.submit(process_document, task, self.opts, pure=False,
                                 key=f"samverkan-{task.doc_id}-{os.urandom(4).hex()}")
        self.pending.append((fut, task, time.monotonic()))
        self.on_start(task)

    def drain(self) -> Iterator[Outcome]:
        while self.pending:
            yield from self._collect()

    def close(self, cancel: bool = False) -> None:
        if cancel:
            self.client.cancel([f for f, _, _ in self.pending])
        self.pending.clear()
        self.client.close()

    def _collect(self) -> Iterator[Outcome]:
        from distributed import wait as dask_wait

        try:
            with self.client.as_current():
                dask_wait([f for f, _, _ in self.pending], timeout=POLL,
                          return_when="FIRST_COMPLETED")
        except TimeoutError:
            pass
        now = time.monotonic()
        for item in list(self.pending):
            fut, task, submitted = item
            if fut.done():
                self.pending.remove(item)
                try:
                    yield fut.result()
                except Exception as exc:  # the worker died or the task could not run
                    yield Outcome(task.source, task.doc_id, task.fmt, "error",
                                  f"failed on the Dask cluster: {type(exc).__name__}: {exc}"[:500])
            elif self.opts.timeout and now - submitted > self.opts.timeout + HARD_KILL_GRACE:
                # a Dask thread cannot be killed; the document is given up, the run goes on
                self.pending.remove(item)
                fut.cancel()
                yield Outcome(task.source, task.doc_id, task.fmt, "error",
                              timeout_message(self.opts.timeout))


def make_executor(opts: WorkOptions, workers: int, dask_scheduler: str | None):
    if dask_scheduler:
        return DaskExecutor(opts, dask_scheduler)
    if workers <= 0:
        return SerialExecutor(opts)
    return ProcessExecutor(opts, workers)
