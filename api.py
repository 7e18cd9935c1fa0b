"""The Python API: the things the command line does, with the same options, defaults,
messages and errors. The click commands in cli.py only parse arguments and call these.

    import samverkan
    summary = samverkan.process(["reports/"], out="out", workers=2, formats=["xlsx"])
    samverkan.report("out")                      # out/report.html
    samverkan.export("out", formats=["parquet"])  # out/export/*.parquet
    tables = samverkan.load("out")               # {"documents": DataFrame, "goals": ..., ...}
    changes = samverkan.diff("out", "LSG Flen", from_year=2018, to_year=2021)

A mistake the user can correct raises `samverkan.SamverkanError`, whose message is what the
command line prints and whose `exit_status` is what it exits with.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .batch import DEFAULT_MAX_TEXT_MB, DEFAULT_TIMEOUT
from .errors import EXIT_LOCKED, SamverkanError
from .ingest.ocr import OCR_MODES
from .outputs.export import FORMATS

if TYPE_CHECKING:
    from collections.abc import Iterator

    import duckdb
    import pandas

    from .batch import RunSummary

DB_NAME = "corpus.duckdb"

PathLike = str | os.PathLike


def process(paths: PathLike | Iterable[PathLike] | None, out: PathLike, *,
            workers: int | None = None, dask_scheduler: str | None = None, ocr: str = "auto",
            timeout: float | None = DEFAULT_TIMEOUT, max_pages: int | None = None,
            max_text_mb: float = DEFAULT_MAX_TEXT_MB, overrides: PathLike | None = None,
            formats: Iterable[str] = (), excel_sv: bool = False, raw: bool = False,
            quiet: bool = False, debug: bool = False,
            log: Callable[[str], None] | None = None) -> RunSummary:
    """Read files and folders into tables in the folder `out` (`samverkan run`).

    paths: files and folders, read recursively; None or [] reads the bundled examples.
    out: the run folder: CSV tables, corpus.duckdb, codebook (made when missing).
    workers: worker processes (None: the number of cores; 0: in this process).
    dask_scheduler: address of a Dask scheduler (tcp://host:8786) to read the documents on.
    ocr: "auto" (pages without a text layer), "always" or "never".
    timeout, max_pages, max_text_mb: a document over a limit (seconds, pages, megabytes of
        text) becomes an error row and the batch goes on; timeout None or 0: no limit.
    overrides: CSV or TOML of must-link / cannot-link decisions for people and projects.
    formats: also export ("csv", "parquet", "xlsx", "jsonl") as `export` does, with
        `excel_sv`; `raw` keeps text cells that spreadsheets would run as formulas, in the
        CSV files of `out` and in the export.
    quiet: no progress output; debug: tracebacks for unexpected errors.
    log: where messages go (default: stderr, beside the progress bar).

    Returns the run's summary: counts of documents (ok, error, skipped, unchanged), pages,
    rows per table, failures, the files exported, and `exit_status` as the command's.
    Raises SamverkanError for a usage error (exit_status 2) or a run folder in use (3).
    """
    from .batch import EXAMPLES, RunOptions, run_batch
    from .corpus.lock import LockedError
    from .inputs import scan_inputs

    if paths is None or isinstance(paths, (str, os.PathLike)):
        paths = [] if paths is None else [paths]
    inputs = [Path(p) for p in paths] or [EXAMPLES]
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        raise SamverkanError(f"no such file or folder: {', '.join(missing)}")
    empty = [str(p) for p in inputs if p.is_dir() and next(scan_inputs([p]), None) is None]
    if len(empty) == len(inputs):
        raise SamverkanError(f"nothing to read: found no files in {', '.join(empty)}")
    if Path(out).exists() and not Path(out).is_dir():
        raise SamverkanError(f"the output folder {out} is a file, not a folder")
    formats = _formats(formats)
    if ocr not in OCR_MODES:
        raise SamverkanError(f"ocr must be one of {', '.join(OCR_MODES)}, not {ocr!r}")
    _at_least("workers", workers, 0)
    _at_least("max_pages", max_pages, 1)
    _at_least("timeout", timeout, 0)
    _positive("max_text_mb", max_text_mb)
    if overrides is not None and not Path(overrides).is_file():
        raise SamverkanError(f"no such overrides file: {overrides}")
    options = RunOptions(max_pages=max_pages, debug=debug, timeout=timeout, ocr=ocr,
                         workers=(os.cpu_count() or 1) if workers is None else workers,
                         dask_scheduler=dask_scheduler, max_text_mb=max_text_mb, quiet=quiet,
                         overrides=Path(overrides) if overrides is not None else None, raw=raw)
    out_dir = _out_folder(out)
    if empty:  # an empty folder beside inputs that have files: said, not an error
        (log or _stderr)(f"note: found no files in {', '.join(empty)}")
    try:
        summary = run_batch(inputs, out_dir, options, log=log)
    except LockedError as exc:
        raise SamverkanError(str(exc), EXIT_LOCKED) from exc
    if formats and not summary.interrupted:
        summary.exported = export(out_dir, formats, excel_sv=excel_sv, raw=raw)
    return summary


def report(out: PathLike) -> Path:
    """Write `out`/report.html from a run folder (`samverkan report`): one self-contained page
    that opens offline, with the overview, charts, a section per organisation, the audit
    flags and every record with its evidence in context. Reads the run's tables only, so the
    next unchanged `run` still finds them current. Returns the page's path.
    Raises SamverkanError when `out` is not a run folder (2) or is in use by a run (3)."""
    from .outputs.report import write_report

    out_dir = _run_folder(out)
    with _holding(out_dir):
        return write_report(out_dir)


def export(out: PathLike, formats: Iterable[str] = ("csv",), *, excel_sv: bool = False,
           raw: bool = False) -> list[Path]:
    """Export every table of a run folder into `out`/export/ (`samverkan export`):
    <table>.csv, .parquet and .jsonl, and samverkan.xlsx with a sheet per table; the same
    tables, columns, types and row order as corpus.duckdb, the CSV files of the run and
    load(). `excel_sv`: CSV for Excel set to Swedish (semicolons, decimal comma, BOM).
    In CSV and XLSX a text cell starting with = + - @ tab or CR gets a leading apostrophe
    unless `raw`. Returns the files written.
    Raises SamverkanError when `out` is not a run folder or a format is unknown (2), or the
    folder is in use by a run (3)."""
    from .outputs.export import export_tables

    formats = _formats(formats) or ["csv"]
    out_dir = _run_folder(out)
    with _holding(out_dir):
        return export_tables(out_dir, formats, excel_sv=excel_sv, raw=raw)


def load(out: PathLike, *, text: bool = False) -> dict[str, pandas.DataFrame]:
    """The tables of a run folder as pandas DataFrames, by table name: every table of the
    run with the columns, row order and types it has in every other face (integers as
    nullable Int64, booleans as nullable boolean). `text=True` adds documents.text, the
    stored text that every char_start/char_end indexes.
    Raises SamverkanError when `out` is not a run folder (2) or a run is writing it (3)."""
    import pandas as pd
    import pyarrow as pa

    from .corpus.schema import select_sql
    from .records import TABLES

    types = {pa.int64(): pd.Int64Dtype(), pa.int32(): pd.Int64Dtype(),
             pa.bool_(): pd.BooleanDtype()}
    with _database(_run_folder(out)) as con:
        frames = {}
        for name, table in TABLES.items():
            extra = ("text",) if text and name == "documents" else ()
            frames[name] = con.sql(select_sql(table, extra)).to_arrow_table().to_pandas(
                types_mapper=types.get)
        return frames


def diff(out: PathLike, organisation: str, *, from_year: int | None = None,
         to_year: int | None = None) -> pandas.DataFrame:
    """What changed in one organisation between years (`samverkan diff`), from the tables of
    a run folder: goals added, dropped and carried over (matched by meaning) with their
    statuses in each year, target groups and their categories added and dropped, projects
    started, continued and ended, the budget total and its difference, people who joined or
    left, each row with the evidence of both years; the columns of the `changes` table.

    organisation: its organisation_id, its name or a name it was seen under (see the
        organisations table); a clearly closest name is taken too.
    from_year, to_year: the two years to compare; without them each two consecutive years
        with documents (from `from_year` on, up to `to_year`, when one is given).
    Raises SamverkanError (2) when `out` is not a run folder, no organisation matches, or it
    lacks documents of the years asked for; (3) when a run is writing the folder."""
    import pandas as pd

    from .outputs.changes import DiffError, diff_rows
    from .records import TABLES

    with _database(_run_folder(out)) as con:
        try:
            found = diff_rows(con, organisation, from_year, to_year)
        except DiffError as exc:
            raise SamverkanError(str(exc)) from exc
    columns = list(TABLES["changes"].columns)
    frame = pd.DataFrame(found, columns=columns)
    for column, sql_type in TABLES["changes"].columns.items():
        if sql_type == "BIGINT":
            frame[column] = frame[column].astype(pd.Int64Dtype())
    return frame


# --- checks shared by the functions above ----------------------------------------------------

def _out_folder(out: PathLike) -> Path:
    out_dir = Path(out)
    if out_dir.exists() and not out_dir.is_dir():
        raise SamverkanError(f"the output folder {out_dir} is a file, not a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SamverkanError(f"cannot make the output folder {out_dir}: "
                             f"{exc.strerror or exc}") from exc
    return out_dir


def _run_folder(out: PathLike) -> Path:
    """`out` when it is a folder that a run wrote, with tables this version can read."""
    out_dir = Path(out)
    if not out_dir.exists():
        raise SamverkanError(f"no such run folder: {out_dir}")
    if not out_dir.is_dir():
        raise SamverkanError(f"{out_dir} is a file, not a run folder")
    if not (out_dir / DB_NAME).is_file():
        raise SamverkanError(f"{out_dir} is not a samverkan run folder (it has no {DB_NAME}); "
                             f"make one with: samverkan run INPUT... --out {out_dir}")
    with _database(out_dir) as con:
        from .corpus.schema import all_tables, existing_columns

        have = existing_columns(con)
        if any(have.get(name) != cols for name, cols in all_tables().items()):
            raise SamverkanError(f"the tables in {out_dir} were written by another version of "
                                 f"samverkan; run samverkan run over the same inputs with "
                                 f"--out {out_dir} to bring them up to date")
    return out_dir


@contextmanager
def _database(out_dir: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """The run's database, read-only."""
    import duckdb

    try:
        con = duckdb.connect(str(out_dir / DB_NAME), read_only=True)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise SamverkanError(f"{out_dir} is in use by another samverkan run; wait for it "
                                 f"to finish", EXIT_LOCKED) from exc
        raise  # a damaged database is a failure (exit 1), not the user's mistake
    try:
        yield con
    finally:
        con.close()


@contextmanager
def _holding(out_dir: Path) -> Iterator[None]:
    """The run folder's lock, so that no run writes the tables while they are read."""
    from .corpus.lock import LockedError, RunLock

    try:
        with RunLock(out_dir):
            yield
    except LockedError as exc:
        raise SamverkanError(str(exc), EXIT_LOCKED) from exc


def _formats(formats: Iterable[str]) -> list[str]:
    if isinstance(formats, str):
        formats = [formats]
    chosen = list(dict.fromkeys(formats))
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown:
        raise SamverkanError(f"unknown export format {', '.join(map(repr, unknown))} "
                             f"(choose from {', '.join(FORMATS)})")
    return chosen


def _stderr(message: str) -> None:
    import sys

    from .progress import printable

    print(printable(message), file=sys.stderr, flush=True)


def _at_least(name: str, value: int | None, least: int) -> None:
    if value is not None and value < least:
        raise SamverkanError(f"{name} must be {least} or more, not {value}")


def _positive(name: str, value: float | None) -> None:
    if value is not None and not value > 0:
        raise SamverkanError(f"{name} must be more than 0, not {value}")
