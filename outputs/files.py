"""Every file the outputs write goes through here, so that how a file is written (to a
temporary file beside it, then renamed over it) is decided in one place: a run or an
export killed halfway leaves the previous file whole, never half a file."""
from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

_TMP = re.compile(r"^\..+\.\d+\.tmp$")  # the temporary names `replacing` gives


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary path to write; when the block ends without error it takes `path`'s place
    in one rename, otherwise it is removed."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        yield tmp
        _fsync(tmp)  # on disk before the rename: a crash of the machine never leaves it empty
        os.replace(tmp, path)
    finally:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:  # a read-only folder: nothing was written there either
            pass


def remove_leftovers(folder: Path) -> None:
    """Temporary files a killed process left in `folder` and its export/ folder. Call it
    holding the folder's lock, when no other process can be writing one."""
    for where in (Path(folder), Path(folder) / "export"):
        try:
            names = [p for p in where.iterdir() if _TMP.match(p.name)]
        except OSError:
            continue
        for p in names:
            try:
                p.unlink()
            except OSError:
                pass


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def open_text(path: Path, encoding: str = "utf-8", newline: str | None = None
              ) -> Iterator[TextIO]:
    """A text file opened for writing that replaces `path` when closed without error."""
    with replacing(path) as tmp, tmp.open("w", encoding=encoding, newline=newline) as fh:
        yield fh


def write_text(path: Path, text: str) -> Path:
    with open_text(path) as fh:
        fh.write(text)
    return Path(path)
