"""Click commands `report` and `export`, registered in cli.py with `main.add_command`.

Exit status as for `run`: 0 done, 1 failed (e.g. no corpus.duckdb in OUTDIR), 2 usage error.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .export import FORMATS

_OUTDIR = click.Path(exists=True, file_okay=False, path_type=Path)


@click.command()
@click.argument("out_dir", metavar="OUTDIR", type=_OUTDIR)
def report(out_dir: Path) -> None:
    """Audit the tables in OUTDIR (audit_flags.csv, audit_links.csv) and write
    OUTDIR/report.html, one self-contained page that opens offline."""
    from .codebook import write_codebook
    from .report import write_report

    try:
        target = write_report(out_dir)
        write_codebook(out_dir)
    except FileNotFoundError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    click.echo(f"audit: {out_dir / 'audit_flags.csv'}, {out_dir / 'audit_links.csv'}")
    click.echo(f"report: {target}")


@click.command()
@click.argument("out_dir", metavar="OUTDIR", type=_OUTDIR)
@click.option("--format", "formats", type=click.Choice(FORMATS), multiple=True,
              default=("csv",), show_default=True,
              help="Format to write; repeat for several (--format xlsx --format parquet).")
@click.option("--excel-sv", is_flag=True,
              help="CSV for Swedish Excel: semicolons, decimal comma, BOM.")
@click.option("--raw", is_flag=True,
              help="Keep text cells starting with = + - @ as they are (no spreadsheet-safety "
                   "apostrophe).")
def export(out_dir: Path, formats: tuple[str, ...], excel_sv: bool, raw: bool) -> None:
    """Export the tables in OUTDIR to OUTDIR/export/ (<table>.csv, .parquet, .jsonl,
    samverkan.xlsx) and write the codebook (OUTDIR/codebook.md, codebook.csv)."""
    from .codebook import write_codebook
    from .export import export_tables

    try:
        written = export_tables(out_dir, formats, excel_sv=excel_sv, raw=raw)
        md, csv_path = write_codebook(out_dir)
    except FileNotFoundError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    click.echo(f"exported {len(written)} files to {out_dir / 'export'}/ ({', '.join(formats)})")
    click.echo(f"codebook: {md}, {csv_path}")
