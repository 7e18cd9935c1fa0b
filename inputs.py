"""Which files a run is given, and what each one is before it is opened: every path found
under the inputs becomes an `Entry`, either to be read or with the status and reason of its
row (a hidden file, a link to a folder, a folder that cannot be opened, a pipe, a file too
large). Nothing found here may stop the batch, so every check turns an OSError into a reason.

Hidden files and folders (a name starting with '.') inside an input folder, and links to
folders, are listed as skipped rather than read: hidden names are the droppings of editors,
sync tools and version control, and a link may lead anywhere (a loop, the whole disk).
A link to a file is read. Inputs named on the command line are read whatever their name.
"""
from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .ingest.formats import SUPPORTED, TEXT_SUFFIXES

HIDDEN_FILE = "hidden file (its name starts with '.'); not read"
HIDDEN_FOLDER = "hidden folder (its name starts with '.'); the files in it are not read"
FOLDER_LINK = ("a link to a folder; links to folders are not followed (give the folder "
               "itself as an input to read it)")
_KINDS = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISDIR, "a folder"))


@dataclass
class Entry:
    path: Path
    status: str = ""  # "": to be looked at further; skipped / error: the row is known
    reason: str = ""


def scan_inputs(inputs: Iterable[Path]) -> Iterator[Entry]:
    """Every path under the inputs, recursively, in a stable order, each once."""
    seen: set[str] = set()
    for item in inputs:
        entries = _walk(item) if _is_dir(item) else iter([Entry(item)])
        for entry in entries:
            key = str(entry.path)
            if key not in seen:
                seen.add(key)
                yield entry


def _walk(top: Path) -> Iterator[Entry]:
    failed: list[OSError] = []
    for root, dirs, files in os.walk(top, onerror=failed.append):
        yield from _folder_errors(failed)
        here = Path(root)
        found, keep = [], []
        for name in dirs:
            p = here / name
            if name.startswith("."):
                found.append(Entry(p, "skipped", HIDDEN_FOLDER))
            elif os.path.islink(p):
                found.append(Entry(p, "skipped", FOLDER_LINK))
            else:
                keep.append(name)
        dirs[:] = sorted(keep)
        for name in files:
            p = here / name
            found.append(Entry(p, "skipped", HIDDEN_FILE) if name.startswith(".") else Entry(p))
        yield from sorted(found, key=lambda e: e.path.name)
    yield from _folder_errors(failed)


def _folder_errors(failed: list[OSError]) -> Iterator[Entry]:
    for exc in failed:
        if exc.filename is not None:
            yield Entry(Path(exc.filename), "error", f"cannot open the folder: {reason(exc)}")
    failed.clear()


def check(path: Path, max_text_bytes: int | None = None) -> tuple[str, str] | None:
    """(status, reason) of a file that is not to be read, or None for one to read."""
    fmt = path.suffix.lower()
    if fmt not in SUPPORTED:
        return "skipped", f"not a supported file type ('{path.suffix or 'no extension'}'; " \
                          f"reads .pdf, .txt)"
    try:
        st = os.stat(path)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError) and os.path.lexists(path):
            return "error", "a broken link: the file it points to does not exist"
        if isinstance(exc, FileNotFoundError):
            return "error", "file vanished during the run"
        if isinstance(exc, PermissionError) and not os.access(path.parent, os.X_OK):
            return "error", ("cannot read the file: permission denied (its folder can be "
                             "listed but not entered)")
        return "error", f"cannot read the file: {reason(exc)}"
    if not stat.S_ISREG(st.st_mode):  # a FIFO or device would block the hash
        kind = next((what for test, what in _KINDS if test(st.st_mode)), "not a file")
        return "skipped", f"not a regular file ({kind})"
    if st.st_size == 0:  # said plainly, not "same content as" another empty file
        return "error", "empty file (0 bytes)"
    if fmt in TEXT_SUFFIXES and max_text_bytes and st.st_size > max_text_bytes:
        # said before the file is hashed: a huge file costs nothing
        return "error", (f"text file too large ({st.st_size / 1e6:.0f} MB > "
                         f"{max_text_bytes / 1e6:.0f} MB, --max-text-mb)")
    return None


def reason(exc: OSError) -> str:
    """An OSError in words, with what a person can do about the common ones."""
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENAMETOOLONG:
        return "the name is too long"
    if exc.errno == errno.ELOOP:
        return "a loop of links"
    if exc.errno == errno.EIO:
        return "the disk could not be read (input/output error)"
    return exc.strerror or str(exc)


def as_text(name: str) -> str:
    """A path as text that any UTF-8 consumer takes (the database, CSV, JSON): bytes of a
    name that are not UTF-8 are written as \\xNN escapes."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace") \
            if _only_escapes(name) else name.encode("utf-8", "backslashreplace").decode("utf-8")


def _only_escapes(name: str) -> bool:
    return all(not 0xD800 <= ord(c) <= 0xDFFF or 0xDC80 <= ord(c) <= 0xDCFF for c in name)


def _is_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except OSError:
        return False
