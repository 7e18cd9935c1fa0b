"""Whether the tables in OUT are already those the corpus would give, so that a re-run over
unchanged files need not reconcile and export again.

The tables depend on the present documents' rows (each carries its pipeline fingerprint),
the overrides file and the code that reconciles and exports. After the tables are written, a
key of all of these and the written files' sizes and times go to a small state file; a later
run whose key and files match skips the corpus-level steps. Before the steps run again the
state file goes first, so a run killed halfway through them is never taken as current.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import duckdb

from .files import write_text

STATE_FILE = ".samverkan-tables.json"
STATE_VERSION = 1


def tables_key(con: duckdb.DuckDBPyConnection, code_fingerprint: str,
               overrides: Path | None, raw: bool = False) -> str:
    """Hash of what the corpus-level tables are made from (and whether the CSV files keep
    formulas raw)."""
    h = hashlib.sha256(f"{STATE_VERSION}:{code_fingerprint}:{'raw' if raw else 'safe'}".encode())
    # every column but the text; the time a stored document was read ties the key to this
    # database (a rebuilt one has none of the reconciled tables). Files that are not stored
    # (errors) are tried on every run, and their rows count by what documents.csv shows.
    # organisation_id is written by the reconciliation, not read from the file
    rows = con.execute("SELECT * EXCLUDE (processed_at, text, organisation_id), "
                       "CASE WHEN status = 'ok' THEN processed_at END FROM documents "
                       "WHERE present ORDER BY source_path, doc_id").fetchall()
    for row in rows:
        h.update(repr(row).encode())
    if overrides is not None:
        h.update(b"overrides")
        h.update(Path(overrides).read_bytes())
    return h.hexdigest()


def current(out_dir: Path, key: str) -> dict | None:
    """What the last run recorded (record counts, reconciliation summary) when its tables are
    still those the corpus would give and none of its files was changed or removed since."""
    try:
        state = json.loads((out_dir / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(state, dict) or state.get("key") != key:
        return None
    files = state.get("files")
    if not isinstance(files, dict) or not files:
        return None
    for name, stamp in files.items():
        if _stamp(out_dir / name) != stamp:
            return None
    return state


def forget(out_dir: Path) -> None:
    """Before the tables are written again: until the new state is recorded, none is."""
    (out_dir / STATE_FILE).unlink(missing_ok=True)


def record(out_dir: Path, key: str, files: list[str], **payload: object) -> None:
    """The key of the tables just written, and each file's size and modification time."""
    stamps = {name: _stamp(out_dir / name) for name in files}
    if any(s is None for s in stamps.values()):
        return  # a file is missing: the next run writes the tables again
    state = {"key": key, "files": stamps, **payload}
    write_text(out_dir / STATE_FILE, json.dumps(state, ensure_ascii=False))


def _stamp(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]
