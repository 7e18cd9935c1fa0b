"""Progress on stderr: a bar (files, pages, rate, ETA) on a terminal, plain lines otherwise.

A clock thread keeps the display honest while no document finishes: the plain line still
comes every PLAIN_EVERY seconds, the bar's estimate grows with the time that passes, and a
document that has been reading far longer than the others is named.
"""
from __future__ import annotations

import sys
import threading
import time
import unicodedata
from collections import deque
from statistics import median
from typing import TextIO

PLAIN_EVERY = 10.0  # seconds between plain progress lines (logs, CI)
TICK = 1.0  # seconds between looks at the clock
SLOW_AFTER = 60.0  # a document is never called slow before this many seconds
SLOW_FACTOR = 10.0  # ... nor before this many times the typical document's time
_TYPICAL_OF = 200  # the typical time is the median of the last this many documents
# bidirectional controls reorder what follows them on a terminal; shown as escapes too
_BIDI = {"\u061c", "\u200e", "\u200f", *map(chr, range(0x202A, 0x202F)),
         *map(chr, range(0x2066, 0x206A))}


def printable(text: str) -> str:
    """`text` safe for a terminal: control characters, bidirectional controls and bytes of
    a file name that were not UTF-8 shown as escapes (\\n, \\x1b, \\u202e, \\xff)."""
    if text.isprintable() and not _BIDI.intersection(text):
        return text
    out = []
    for ch in text:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # a byte of a name that is not UTF-8 (surrogateescape)
            out.append(f"\\x{code - 0xDC00:02x}")
        elif ch in _BIDI or unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp"):
            out.append(ch.encode("unicode_escape", "backslashreplace").decode("ascii")
                       if code < 0xD800 or code > 0xDFFF else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


class Progress:
    """Counts files and pages as results arrive; `log` prints a line without breaking the bar.

    `started(source)` when a document begins and `advance(pages, source)` when it is done let
    the display say which document runs long; `limit` (seconds) is the per-document time
    limit, named when a slow document is reported.
    """

    def __init__(self, total_files: int, quiet: bool = False, stream: TextIO | None = None,
                 every: float = PLAIN_EVERY, limit: float | None = None,
                 slow_after: float = SLOW_AFTER, tick: float = TICK) -> None:
        self.total = total_files
        self.quiet = quiet
        self.stream = stream or sys.stderr
        self.every = every
        self.limit = limit
        self.slow_after = slow_after
        self.tick = tick
        self.files = 0
        self.pages = 0
        self.started_at = time.monotonic()
        self._last = self.started_at
        self._bar = None
        self._lock = threading.RLock()
        self._running: dict[str, float] = {}  # source -> when it started
        self._told: dict[str, float] = {}  # source -> elapsed when last called slow
        self._times: deque[float] = deque(maxlen=_TYPICAL_OF)
        self._stop = threading.Event()
        self._clock: threading.Thread | None = None
        if quiet:
            return
        if _isatty(self.stream):
            from tqdm import tqdm

            # smoothing 0: the estimate is the average since the start, so it keeps growing
            # while a long document holds everything up instead of standing still
            self._bar = tqdm(total=total_files, unit="file", file=self.stream,
                             dynamic_ncols=True, smoothing=0, leave=False)
        self._clock = threading.Thread(target=self._run_clock, daemon=True,
                                       name="samverkan-progress")
        self._clock.start()

    def start(self, source: str) -> None:
        """A document began reading."""
        with self._lock:
            self._running[source] = time.monotonic()

    def advance(self, pages: int = 0, source: str | None = None) -> None:
        with self._lock:
            self.files += 1
            self.pages += pages
            began = self._running.pop(source, None) if source is not None else None
            self._told.pop(source, None)
            if began is not None:
                self._times.append(time.monotonic() - began)
            if self._bar is not None:
                self._bar.update(1)
                self._bar.set_postfix_str(self._postfix(), refresh=False)
            elif not self.quiet:
                now = time.monotonic()
                if now - self._last >= self.every:
                    self._last = now
                    self._line()

    def log(self, message: str) -> None:
        message = printable(message)
        with self._lock:
            if self._bar is not None:
                self._bar.write(message, file=self.stream)
            else:
                print(message, file=self.stream, flush=True)

    def close(self) -> None:
        self._stop.set()
        if self._clock is not None and self._clock is not threading.current_thread():
            self._clock.join(timeout=5)
        with self._lock:
            if self._bar is not None:
                self._bar.close()
                self._bar = None

    def slow(self, now: float | None = None) -> list[tuple[str, float]]:
        """Documents running far longer than the rest: (source, seconds so far), longest
        first."""
        now = time.monotonic() if now is None else now
        with self._lock:
            typical = median(self._times) if self._times else 0.0
            bar = max(self.slow_after, SLOW_FACTOR * typical)
            found = [(s, now - t) for s, t in self._running.items() if now - t >= bar]
        return sorted(found, key=lambda x: -x[1])

    # --- the clock thread -------------------------------------------------------------

    def _run_clock(self) -> None:
        while not self._stop.wait(self.tick):
            try:
                self._on_tick()
            except Exception:  # the display must never stop the batch
                pass

    def _on_tick(self) -> None:
        now = time.monotonic()
        for source, seconds in self.slow(now):
            # said once when it turns slow, then each time its time has doubled
            if seconds >= 2 * self._told.get(source, seconds / 2):
                self._told[source] = seconds
                self.log(self._slow_message(source, seconds))
        with self._lock:
            if self._bar is not None:
                self._bar.set_postfix_str(self._postfix(), refresh=False)
                self._bar.refresh()
            elif now - self._last >= max(self.every, self.tick):
                self._last = now
                self._line()

    def _slow_message(self, source: str, seconds: float) -> str:
        with self._lock:
            typical = median(self._times) if self._times else None
        others = (f"; the others took {_duration(typical, exact=True)} each (median)"
                  if typical is not None else "")
        limit = (f"; at {_duration(self.limit)} it becomes an error row (--timeout)"
                 if self.limit else "")
        return f"slow: {source} has been reading for {_duration(seconds)}{others}{limit}"

    def _postfix(self) -> str:
        text = f"{self.pages} pages, {self._rate():.1f} pages/s"
        waiting = self.slow()
        if waiting:
            source, seconds = waiting[0]
            text += f", waiting for {printable(_short(source))} ({_duration(seconds)})"
        return text

    def _rate(self) -> float:
        return self.pages / max(time.monotonic() - self.started_at, 1e-9)

    def _line(self) -> None:
        elapsed = time.monotonic() - self.started_at
        pct = 100 * self.files / self.total if self.total else 100.0
        eta = ""
        if 0 < self.files < self.total:
            eta = f", about {_duration(elapsed / self.files * (self.total - self.files))} left"
        waiting = self.slow()
        if waiting:
            source, seconds = waiting[0]
            eta += f", waiting for {_short(source)} ({_duration(seconds)})"
        print(printable(f"progress: {self.files}/{self.total} files ({pct:.0f} %), "
                        f"{self.pages} pages, {self._rate():.1f} pages/s{eta}"),
              file=self.stream, flush=True)


def _short(source: str) -> str:
    return source.rsplit("/", 1)[-1]


def _duration(seconds: float, exact: bool = False) -> str:
    if exact and seconds < 10:
        return f"{seconds:.1f} s"
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60} min"


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
