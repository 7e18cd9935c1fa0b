"""One run at a time per output folder: a lock file holding the pid of the run that writes.

The lock is an advisory `flock` on `DIR/.samverkan.lock`; the kernel drops it when the
process dies however it dies, so a lock file left by a killed run (a dead pid) is simply
taken over. The pid written inside is only there to tell the user who holds it.
"""
from __future__ import annotations

import fcntl
import os
from pathlib import Path

LOCK_NAME = ".samverkan.lock"


class LockedError(Exception):
    """Another live run holds the folder."""

    def __init__(self, out_dir: Path, pid: int | None) -> None:
        who = f"pid {pid}" if pid else "another process"
        super().__init__(f"{out_dir} is in use by another samverkan run ({who}); wait for it "
                         f"to finish or choose another --out")
        self.pid = pid


class RunLock:
    """`with RunLock(out_dir):` holds the folder for this process or raises LockedError."""

    def __init__(self, out_dir: Path) -> None:
        self.path = Path(out_dir) / LOCK_NAME
        self.fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # O_CLOEXEC (Python's default) keeps the lock out of worker processes
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = _read_pid(fd)
            os.close(fd)
            raise LockedError(self.path.parent, pid) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self.fd = fd

    def release(self) -> None:
        if self.fd is None:
            return
        try:
            os.ftruncate(self.fd, 0)  # an empty file reads as "nobody"; removing it would race
            fcntl.flock(self.fd, fcntl.LOCK_UN)
        finally:
            os.close(self.fd)
            self.fd = None

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _read_pid(fd: int) -> int | None:
    try:
        data = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        return int(data) if data else None
    except (OSError, ValueError):
        return None
