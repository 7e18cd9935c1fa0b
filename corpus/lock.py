"""One run at a time per output folder: a lock file holding the pid of the run that writes.

The lock is an advisory `flock` on `DIR/.samverkan.lock`; the kernel drops it when the
process dies however it dies, so a lock file left by a killed run (a dead pid) is simply
taken over. The pid written inside is only there to tell the user who holds it.

`run`, `report` and `export` all hold it: each of them writes into the folder. Inside one
process the lock may be taken again (a command that calls another step that locks); it is
released when the outermost holder lets go.
"""
from __future__ import annotations

import fcntl
import os
from pathlib import Path

LOCK_NAME = ".samverkan.lock"
_held: dict[tuple[int, str], int] = {}  # (pid, lock file) -> depth, for this process


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
        self.nested = False

    def acquire(self) -> None:
        key = (os.getpid(), os.path.abspath(self.path))
        if key in _held:  # this process holds it already
            _held[key] += 1
            self.nested = True
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # O_CLOEXEC (Python's default) keeps the lock out of worker processes
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = _read_pid(fd)
            os.close(fd)
            raise LockedError(self.path.parent, pid) from None
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        except OSError:  # a full disk: the lock holds all the same, without the pid
            pass
        self.fd = fd
        _held[key] = 1

    def release(self) -> None:
        key = (os.getpid(), os.path.abspath(self.path))
        if self.nested:
            self.nested = False
            _held[key] -= 1
            return
        if self.fd is None:
            return
        _held.pop(key, None)
        try:
            try:
                os.ftruncate(self.fd, 0)  # an empty file reads as "nobody"; removing it would race
            except OSError:
                pass
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
