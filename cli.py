"""Command line: `samverkan run [INPUT]... --out DIR`.

Exit status: 0 every input was read (or skipped as not a report); 1 some inputs failed (they
are listed in documents.csv with status `error`); 2 usage error; 3 the --out folder is in use
by another run; 130 interrupted.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="samverkan")
def main() -> None:
    """Tables of goals, outcomes, activities, target groups, projects, budgets and
    signatories from Swedish samordningsförbund and LSG reports."""


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path),
              help="Folder for the CSV tables and corpus.duckdb.")
@click.option("--max-pages", type=click.IntRange(min=1), default=None,
              help="A document with more pages becomes an error row.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None,
              metavar="SECONDS", help="A document that takes longer becomes an error row.")
@click.option("--workers", type=click.IntRange(min=0), default=None,
              help="Worker processes (default: the number of cores; 0: in this process).")
@click.option("--dask-scheduler", metavar="ADDRESS", default=None,
              help="Run the per-document work on this Dask cluster (tcp://host:8786).")
@click.option("--ocr", type=click.Choice(["auto", "always", "never"]), default="auto",
              show_default=True, help="OCR PDF pages without a text layer (auto), all, or none.")
@click.option("--max-text-mb", type=click.FloatRange(min=0, min_open=True), default=20.0,
              show_default=True, help="A larger text file becomes an error row.")
@click.option("--quiet", "-q", is_flag=True, help="No progress output.")
@click.option("--overrides", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="CSV or TOML of must-link / cannot-link decisions for people "
              "and projects (see review.csv).")
@click.option("--format", "formats", multiple=True,
              type=click.Choice(["csv", "parquet", "xlsx", "jsonl"]),
              help="Also export the tables to OUT/export/ in this format (repeatable).")
@click.option("--excel-sv", is_flag=True, help="Exported CSV for Swedish Excel: ';', decimal "
              "comma, BOM.")
@click.option("--raw", is_flag=True, help="Do not neutralise cells that spreadsheets would "
              "read as formulas.")
@click.option("--debug", is_flag=True, help="Show Python tracebacks for unexpected errors.")
def run(inputs: tuple[Path, ...], out_dir: Path, max_pages: int | None, timeout: float | None,
        workers: int | None, dask_scheduler: str | None, ocr: str, max_text_mb: float,
        quiet: bool, overrides: Path | None, formats: tuple[str, ...], excel_sv: bool,
        raw: bool, debug: bool) -> None:
    """Read INPUT files and folders (default: the bundled example corpus) into tables."""
    import duckdb

    from .batch import EXAMPLES, RunOptions, run_batch
    from .corpus.lock import LockedError

    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        raise click.UsageError(f"no such file or folder: {', '.join(missing)}")
    if out_dir.exists() and not out_dir.is_dir():
        raise click.UsageError(f"--out {out_dir} is a file, not a folder")
    paths = list(inputs) or [EXAMPLES]
    options = RunOptions(max_pages=max_pages, debug=debug, timeout=timeout, ocr=ocr,
                         workers=(os.cpu_count() or 1) if workers is None else workers,
                         dask_scheduler=dask_scheduler, max_text_mb=max_text_mb, quiet=quiet,
                         overrides=overrides)
    try:
        summary = run_batch(paths, out_dir, options)
    except LockedError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_LOCKED)
    except (OSError, duckdb.Error) as exc:  # a full disk, a damaged corpus.duckdb
        if debug:
            raise
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_FAILED)
    if formats:
        from .outputs.export import export_tables

        export_tables(out_dir, list(formats), excel_sv=excel_sv, raw=raw)
        click.echo(f"exported ({', '.join(formats)}) to {out_dir / 'export'}/")
    c = summary.counts
    click.echo(f"documents: {c['ok']} ok, {c['error']} failed, {c['skipped']} skipped, "
               f"{c['unchanged']} unchanged (not read again)")
    click.echo(f"pages: {summary.pages}")
    recs = ", ".join(f"{t} {n}" for t, n in summary.records.items() if t != "documents")
    click.echo(f"records: {recs}")
    click.echo(f"tables in {out_dir}/ ({summary.seconds:.2f} s)")
    if summary.interrupted:
        done = c["ok"] + c["unchanged"]
        click.echo(f"interrupted: {done} documents finished and kept; run again to go on",
                   err=True)
        sys.exit(EXIT_INTERRUPTED)
    sys.exit(EXIT_FAILED if summary.failed else EXIT_OK)


# `samverkan report OUTDIR` and `samverkan export OUTDIR` (outputs/commands.py)
from .outputs.commands import export, report  # noqa: E402

main.add_command(report)
main.add_command(export)
