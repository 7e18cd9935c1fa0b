"""Progress on stderr: a bar (files, pages, rate, ETA) on a terminal, plain lines otherwise."""
from __future__ import annotations

import sys
import time
from typing import TextIO

PLAIN_EVERY = 10.0  # seconds between plain progress lines (logs, CI)


class Progress:
    """Counts files and pages as results arrive; `log` prints a line without breaking the bar."""

    def __init__(self, total_files: int, quiet: bool = False, stream: TextIO | None = None,
                 every: float = PLAIN_EVERY) -> None:
        self.total = total_files
        self.quiet = quiet
        self.stream = stream or sys.stderr
        self.every = every
        self.files = 0
        self.pages = 0
        self.started = time.monotonic()
        self._last = self.started
        self._bar = None
        if not quiet and _isatty(self.stream):
            from tqdm import tqdm

            self._bar = tqdm(total=total_files, unit="file", file=self.stream,
                             dynamic_ncols=True, smoothing=0.1, leave=False)

    def advance(self, pages: int = 0) -> None:
        self.files += 1
        self.pages += pages
        if self._bar is not None:
            self._bar.update(1)
            self._bar.set_postfix_str(f"{self.pages} pages, {self._rate():.1f} pages/s",
                                      refresh=False)
        elif not self.quiet:
            now = time.monotonic()
            if now - self._last >= self.every:
                self._last = now
                self._line()

    def log(self, message: str) -> None:
        if self._bar is not None:
            self._bar.write(message, file=self.stream)
        else:
            print(message, file=self.stream, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def _rate(self) -> float:
        return self.pages / max(time.monotonic() - self.started, 1e-9)

    def _line(self) -> None:
        elapsed = time.monotonic() - self.started
        pct = 100 * self.files / self.total if self.total else 100.0
        eta = ""
        if 0 < self.files < self.total:
            eta = f", about {_duration(elapsed / self.files * (self.total - self.files))} left"
        print(f"progress: {self.files}/{self.total} files ({pct:.0f} %), {self.pages} pages, "
              f"{self._rate():.1f} pages/s{eta}", file=self.stream, flush=True)


def _duration(seconds: float) -> str:
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
