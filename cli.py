"""Command line: a thin shell over the Python API (api.py). Each command parses its arguments,
calls the function of the same name and prints what it returns; every check, default and
message is the API's.

    samverkan run [INPUT]... --out DIR     api.process
    samverkan report DIR                   api.report
    samverkan export DIR [--format F]...   api.export
    samverkan diff DIR ORGANISATION        api.diff

Exit status: 0 every input was read (or skipped as not a report); 1 some inputs or a
corpus-level step failed (a full disk, a damaged database); 2 usage error (no such input,
nothing to read, a folder that is not a run); 3 the folder is in use by another run;
130 interrupted.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from .batch import DEFAULT_MAX_TEXT_MB, DEFAULT_TIMEOUT
from .errors import EXIT_USAGE, SamverkanError
from .ingest.ocr import OCR_MODES
from .outputs.export import FORMATS
from .progress import printable

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED, EXIT_INTERRUPTED = 0, 1, EXIT_USAGE, 3, 130
T = TypeVar("T")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="samverkan")
def main() -> None:
    """Tables of goals, outcomes, activities, target groups, projects, budgets and
    signatories from Swedish samordningsförbund and LSG reports."""


def _call(work: Callable[..., T], *args: object, show_traces: bool = False,
          **kwargs: object) -> T:
    """An API call; a mistake of the user or a failure to write is one line and an exit
    status, never a traceback (unless --debug)."""
    import duckdb

    try:
        return work(*args, **kwargs)
    except SamverkanError as exc:
        if exc.exit_status == EXIT_USAGE:
            raise click.UsageError(printable(str(exc))) from None
        _fail(str(exc), exc.exit_status)
    except OSError as exc:  # a full or read-only disk
        if show_traces:
            raise
        where = f" {exc.filename}" if exc.filename else ""
        _fail(f"cannot write{where}: {exc.strerror or exc}; the files written before are "
              f"unchanged", EXIT_FAILED)
    except duckdb.Error as exc:  # a damaged corpus.duckdb, or another program holds it
        if show_traces:
            raise
        if "lock" in str(exc).lower():
            _fail(f"the corpus database is in use by another process: {exc}", EXIT_LOCKED)
        _fail(f"{exc}; the files written before are unchanged", EXIT_FAILED)
    raise AssertionError("unreachable")


def _fail(message: str, status: int) -> None:
    # a message may quote a file name: its control characters are shown, not obeyed
    click.echo(f"error: {printable(message)}", err=True)
    sys.exit(status)


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path),
              help="Folder for the CSV tables and corpus.duckdb.")
@click.option("--max-pages", type=int, default=None, metavar="N",
              help="A document with more pages becomes an error row.")
@click.option("--timeout", type=float, default=None, metavar="SECONDS",
              help=f"A document that takes longer becomes an error row (default "
                   f"{DEFAULT_TIMEOUT:g}; 0: no limit).")
@click.option("--workers", type=int, default=None, metavar="N",
              help="Worker processes (default: the number of cores; 0: in this process).")
@click.option("--dask-scheduler", metavar="ADDRESS", default=None,
              help="Run the per-document work on this Dask cluster (tcp://host:8786).")
@click.option("--ocr", default=None, metavar="[" + "|".join(OCR_MODES) + "]",
              help="OCR PDF pages without a text layer (auto, the default), all, or none.")
@click.option("--max-text-mb", type=float, default=None, metavar="MB",
              help=f"A larger text file, or a PDF with more text, becomes an error row "
                   f"(default {DEFAULT_MAX_TEXT_MB:g}).")
@click.option("--quiet", "-q", is_flag=True, help="No progress output.")
@click.option("--overrides", type=click.Path(path_type=Path), default=None,
              help="CSV or TOML of must-link / cannot-link decisions for people and projects "
                   "(see review.csv).")
@click.option("--format", "formats", multiple=True, metavar="[" + "|".join(FORMATS) + "]",
              help="Also export the tables to OUT/export/ in this format (repeatable).")
@click.option("--excel-sv", is_flag=True, help="Exported CSV for Swedish Excel: ';', decimal "
              "comma, BOM.")
@click.option("--raw", is_flag=True, help="Keep text cells that spreadsheets would run as "
              "formulas as they are (in OUT's CSV files and the export).")
@click.option("--debug", is_flag=True, help="Show Python tracebacks for unexpected errors.")
def run(inputs: tuple[Path, ...], out_dir: Path, debug: bool, **options: object) -> None:
    """Read INPUT files and folders (default: the bundled example corpus) into tables."""
    from . import api
    from .pipeline import CORPUS_STEPS

    given = {name: value for name, value in options.items() if value not in (None, ())}
    summary = _call(api.process, list(inputs), out_dir, show_traces=debug, debug=debug, **given)
    if summary.exported:
        click.echo(f"exported ({', '.join(dict.fromkeys(options['formats']))}) to "
                   f"{out_dir / 'export'}/")
    c = summary.counts
    click.echo(f"documents: {c['ok']} ok, {c['error']} failed, {c['skipped']} skipped, "
               f"{c['unchanged']} unchanged (not read again)")
    click.echo(f"pages: {summary.pages}")
    recs = ", ".join(f"{t} {n}" for t, n in summary.records.items() if t != "documents")
    click.echo(f"records: {recs}")
    steps = [name for name, _ in summary.failures if name in CORPUS_STEPS]
    if steps:  # a full disk, a bug: never taken for success
        click.echo(f"error: {', '.join(steps)} failed (see above); the tables in {out_dir}/ "
                   f"are not all current", err=True)
    else:
        click.echo(f"tables in {out_dir}/ ({summary.seconds:.2f} s)")
    if summary.interrupted:
        done = c["ok"] + c["unchanged"]
        click.echo(f"interrupted: {done} documents finished and kept; run again to go on",
                   err=True)
    sys.exit(summary.exit_status)


@main.command()
@click.argument("out_dir", metavar="OUTDIR", type=click.Path(path_type=Path))
def report(out_dir: Path) -> None:
    """Write OUTDIR/report.html from the tables of a run: one self-contained page that opens
    offline, with charts, a section per organisation, the audit flags and every record's
    evidence in context."""
    from . import api

    target = _call(api.report, out_dir)
    click.echo(f"report: {target}")


@main.command()
@click.argument("out_dir", metavar="OUTDIR", type=click.Path(path_type=Path))
@click.option("--format", "formats", multiple=True, metavar="[" + "|".join(FORMATS) + "]",
              help="Format to write (default csv); repeat for several (--format xlsx "
                   "--format parquet).")
@click.option("--excel-sv", is_flag=True,
              help="CSV for Swedish Excel: semicolons, decimal comma, BOM.")
@click.option("--raw", is_flag=True,
              help="Keep text cells starting with = + - @ as they are (no spreadsheet-safety "
                   "apostrophe).")
def export(out_dir: Path, formats: tuple[str, ...], excel_sv: bool, raw: bool) -> None:
    """Export every table of the run in OUTDIR to OUTDIR/export/ (<table>.csv, .parquet,
    .jsonl, samverkan.xlsx), with the columns, types and row order of corpus.duckdb."""
    from . import api

    written = _call(api.export, out_dir, formats or ("csv",), excel_sv=excel_sv, raw=raw)
    click.echo(f"exported {len(written)} files to {out_dir / 'export'}/ "
               f"({', '.join(dict.fromkeys(formats or ('csv',)))})")


@main.command()
@click.argument("out_dir", metavar="OUTDIR", type=click.Path(path_type=Path))
@click.argument("organisation")
@click.option("--from", "from_year", type=int, default=None, metavar="YEAR",
              help="The earlier year (default: each year with documents).")
@click.option("--to", "to_year", type=int, default=None, metavar="YEAR",
              help="The later year (default: the next year with documents).")
@click.option("--csv", "as_csv", is_flag=True,
              help="Write the rows as CSV (the columns of the changes table) to stdout.")
def diff(out_dir: Path, organisation: str, from_year: int | None, to_year: int | None,
         as_csv: bool) -> None:
    """What changed in ORGANISATION (its id or a name it goes by) between years, from the
    tables of the run in OUTDIR: goals, target groups, projects, budget and people, each
    change quoted from both years."""
    from . import api

    frame = _call(api.diff, out_dir, organisation, from_year=from_year, to_year=to_year)
    if as_csv:
        click.echo(frame.to_csv(index=False, lineterminator="\n"), nl=False)
        return
    rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
    for line in diff_lines(rows):
        click.echo(line)


def diff_lines(rows: list[dict]) -> list[str]:
    """The changes as text a person reads: a heading per pair of years, a line per change
    with its two quotes beneath."""

    def quote(text: object) -> str:
        text = " ".join(str(text or "").split())
        return f'"{text[:200]}{"…" if len(text) > 200 else ""}"' if text else "(no quote)"

    out: list[str] = []
    heading = None
    for r in rows:
        if (r["organisation_id"], r["from_year"], r["to_year"]) != heading:
            heading = (r["organisation_id"], r["from_year"], r["to_year"])
            out += [""] if out else []
            out.append(f"{r['organisation']} ({r['organisation_id']}): "
                       f"{r['from_year']} -> {r['to_year']}")
        what = f"  {r['aspect']:<22} {r['change']:<15} {r['item'] or ''}"
        if r["from_status"] or r["to_status"]:
            what += f"  [{r['from_status'] or '-'} -> {r['to_status'] or '-'}]"
        if r["difference"] is not None:
            what += f"  {r['from_value']} -> {r['to_value']} kr ({r['difference']:+})"
        out.append(what)
        if r["basis"]:
            out.append(f"      why: {r['basis']}")
        for side, year in (("from", r["from_year"]), ("to", r["to_year"])):
            page = r[f"{side}_page"]
            where = f"p.{page}" if page is not None else "document"
            out.append(f"      {year} {where} [{r[f'{side}_doc_id']}]: {quote(r[f'{side}_quote'])}")
    return out
