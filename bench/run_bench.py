"""Benchmark: the full pipeline against the floor and the peers, side by side, in rounds.

    python bench/run_bench.py                       # as in README: 300 PDFs, 5 rounds
    python bench/run_bench.py --docs 60 --rounds 3  # a quicker look
    make bench

Every contender is a command timed as a whole process tree (`proctree.py`: wall seconds and
CPU seconds of every process it started, fork server and workers included, and peak memory).
The contenders run interleaved, one after another in each round (the order turned each
round), so that a slow spell of this shared machine falls on all of them; medians are
printed with their ranges [min–max], and every ratio is taken within a round before its
median is taken.

- **PDF corpus** (`corpus_gen`): `samverkan run` with 1 and 2 workers; the floor, pypdfium2's
  text tokenised by `spacy.blank("sv")`, in one process and in two; pypdfium2's text alone;
  pdfplumber's `extract_text()` and pymupdf4llm (a peer a user would pick; the benchmark
  extra) on the first --peer-docs documents, being slow; poppler's `pdftotext` when present.
- **Text corpus**: the repository's text reports (corpus/examples and tests/corpus_*):
  `samverkan run` with 1 and 2 workers against the floor (read and tokenise).
- **Linearity**: one transcript of --sizes MB (default 1.25 and 5) made of those reports,
  each size read by `samverkan run --workers 1` and by the floor in the same round; the CPU
  per MB should stay level.
- **One page**: `samverkan run` of a one-page PDF (default workers and --workers 0) beside
  the floor for the same page: what start-up costs a small run.
- Once, after the rounds: an unchanged re-run of the PDF corpus and a --big-mb one-line text
  file (an error row, quickly, in bounded memory).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
import proctree  # noqa: E402
from corpus_gen import make_corpus  # noqa: E402

PY = sys.executable
CONTENDERS = [PY, str(HERE / "contenders.py")]
SAMVERKAN_LIMITS = ["--quiet", "--max-text-mb", "25", "--timeout", "0"]


@dataclass
class Contender:
    name: str
    command: list[str]
    units: int  # pages (or bytes) the contender reads, for per-unit figures
    before: Callable[[], None] | None = None  # run before each timing (a fresh out folder)
    check: Callable[[proctree.Measure], str | None] | None = None  # a problem, or None
    env: dict | None = None  # another samverkan (--compare-with), by PYTHONPATH
    runs: list[proctree.Measure] = field(default_factory=list)
    failed: str = ""


def samverkan(name: str, inputs: list[Path], out: Path, units: int, workers: int | None,
              other: Path | None = None) -> Contender:
    """`samverkan run`; with `other`, the samverkan package found in that folder."""
    env = None
    if other is not None:
        env = {**os.environ, "PYTHONPATH": str(other)}
        name, out = f"{name} [{other.name}]", out.with_name(out.name + "_other")
    cmd = [PY, "-m", "samverkan", "run", *map(str, inputs), "--out", str(out),
           *SAMVERKAN_LIMITS]
    if workers is not None:
        cmd += ["--workers", str(workers)]

    def fresh() -> None:
        shutil.rmtree(out, ignore_errors=True)

    def check(m: proctree.Measure) -> str | None:
        if m.returncode not in (0, 1):
            return f"exit {m.returncode}: {m.stderr[-500:]}"
        first = m.stdout.splitlines()[0] if m.stdout else ""
        return None if " 0 failed" in first else first

    return Contender(name, cmd, units, fresh, check, env)


def contender(name: str, args: list[str], units: int) -> Contender:
    def check(m: proctree.Measure) -> str | None:
        if m.returncode == 3:
            return "not installed (pip install -e '.[bench]')"
        return None if m.returncode == 0 else f"exit {m.returncode}: {m.stderr[-300:]}"

    return Contender(name, [*CONTENDERS, *args], units, check=check)


def run_rounds(groups: list[list[Contender]], rounds: int) -> None:
    """Each round runs every contender of every group once; the order turns each round."""
    every = [c for group in groups for c in group]
    for r in range(rounds):
        order = every[r % len(every):] + every[:r % len(every)]
        t0 = time.perf_counter()
        for c in order:
            if c.failed:
                continue
            if c.before:
                c.before()
            m = proctree.run(c.command, env=c.env)
            problem = c.check(m) if c.check else None
            if problem:
                c.failed = problem
                print(f"  {c.name}: {problem}", flush=True)
                continue
            c.runs.append(m)
        print(f"round {r + 1}/{rounds}: {time.perf_counter() - t0:.0f} s", flush=True)


# --- figures -----------------------------------------------------------------------------

def spread(values: list[float], fmt: str = "{:.2f}") -> str:
    if not values:
        return "-"
    med = statistics.median(values)
    if len(values) == 1:
        return fmt.format(med)
    return f"{fmt.format(med)} [{fmt.format(min(values))}–{fmt.format(max(values))}]"


def paired(a: Contender, b: Contender, what: Callable[[proctree.Measure], float],
           per_unit: bool = True) -> list[float]:
    """a/b within each round (per unit read when the two read different amounts)."""
    out = []
    for ma, mb in zip(a.runs, b.runs, strict=False):
        x, y = what(ma), what(mb)
        if per_unit:
            x, y = x / a.units, y / b.units
        if y > 0:
            out.append(x / y)
    return out


def table(title: str, group: list[Contender], floor: Contender | None, unit: str,
          scale: float, unit_label: str) -> dict:
    print(f"\n{title}")
    head = f"{'':46} {'wall s':>20} {'CPU s':>20} {'CPU ' + unit_label:>22} {'× floor CPU':>20} " \
           f"{'peak MB':>7}"
    print(head)
    figures = {}
    for c in group:
        if c.failed and not c.runs:
            print(f"{c.name:46} {c.failed}")
            figures[c.name] = {"failed": c.failed}
            continue
        walls = [m.wall for m in c.runs]
        cpus = [m.cpu for m in c.runs]
        per = [m.cpu / c.units * scale for m in c.runs]
        ratio = paired(c, floor, lambda m: m.cpu) if floor and c is not floor else []
        peak = max(m.peak_mb for m in c.runs)
        print(f"{c.name:46} {spread(walls):>20} {spread(cpus):>20} {spread(per):>22} "
              f"{spread(ratio) if ratio else '':>20} {peak:7.0f}")
        figures[c.name] = {"units": c.units, "unit": unit, "wall_s": walls, "cpu_s": cpus,
                           f"cpu_{unit_label.replace('/', '_per_')}": per,
                           "cpu_vs_floor": ratio, "peak_mb": round(peak)}
    return figures


# --- inputs ------------------------------------------------------------------------------

def text_reports() -> list[Path]:
    files = sorted((REPO / "corpus" / "examples").glob("*.txt"))
    for folder in sorted((REPO / "tests").glob("corpus_*")):
        if folder.is_dir() and not folder.name.endswith("_gold"):
            files += sorted(folder.glob("*.txt"))
    return files


def transcript(folder: Path, reports: list[Path], mb: float) -> Path:
    """One long transcript: the reports' pages as samverkan's reader gives them (so no site
    wrapping of one report is taken for the whole), one after another with a page break
    between pages, over and over, to `mb` megabytes."""
    path = folder / f"transcript_{mb:g}MB.txt"
    if path.exists():
        return path
    from samverkan.ingest.reader import read_document

    folder.mkdir(parents=True, exist_ok=True)
    pages = []
    for r in reports:
        doc = read_document(r, r.stem)
        pages += [doc.text[p.char_start:p.char_end].strip() for p in doc.pages]
    pages = [p for p in pages if p]
    target, parts, size, i = int(mb * 1e6), [], 0, 0
    while size < target:
        parts.append(pages[i % len(pages)])
        size += len(parts[-1].encode()) + 1
        i += 1
    path.write_text("\f".join(parts), encoding="utf-8")
    return path


def one_page_pdf(source: Path, folder: Path) -> Path:
    import pypdfium2 as pdfium

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "one_page.pdf"
    if not path.exists():
        src = pdfium.PdfDocument(str(source))
        doc = pdfium.PdfDocument.new()
        doc.import_pages(src, [0])
        doc.save(str(path))
    return path


def pages_of(out: Path) -> int:
    import duckdb

    con = duckdb.connect(str(out / "corpus.duckdb"), read_only=True)
    try:
        return con.execute("SELECT coalesce(sum(n_pages), 0) FROM documents "
                           "WHERE status = 'ok'").fetchone()[0]
    finally:
        con.close()


def count_once(c: Contender) -> int:
    """Run a samverkan contender once, untimed (a warm-up), and count the pages it read."""
    c.before()
    m = proctree.run(c.command, memory=False, env=c.env)
    problem = c.check(m)
    if problem:
        raise SystemExit(f"{c.name}: {problem}")
    return pages_of(Path(c.command[c.command.index("--out") + 1]))


# --- main --------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=300, help="PDF documents to generate (300)")
    ap.add_argument("--rounds", type=int, default=5, help="rounds of every contender (5)")
    ap.add_argument("--peer-docs", type=int, default=10,
                    help="documents the slow peers read (pdfplumber, pymupdf4llm; 10)")
    ap.add_argument("--sizes", default="1.25,5",
                    help="transcript sizes in MB for the linearity rounds (1.25,5; 0: none)")
    ap.add_argument("--only", default="pdf,text,linear,one",
                    help="parts to run: pdf,text,linear,one (all)")
    ap.add_argument("--work", type=Path, default=Path("out/bench"),
                    help="folder for the corpora and the outputs (out/bench)")
    ap.add_argument("--big-mb", type=int, default=200,
                    help="size of the one-line text file run once (0: leave it out)")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    ap.add_argument("--compare-with", type=Path, metavar="DIR",
                    help="a folder holding another samverkan package (e.g. a `git archive` of "
                         "an older revision): its runs join every round, beside this one's")
    args = ap.parse_args(argv)
    parts = set(args.only.split(","))
    work = args.work.resolve()
    out = work / "out"
    groups: list[list[Contender]] = []
    titles: list[tuple[str, list[Contender], Contender, str, float, str]] = []

    pdfs: list[Path] = []
    if parts & {"pdf", "one"}:
        corpus = work / f"corpus_{args.docs}"
        t0 = time.perf_counter()
        pdfs = make_corpus(corpus, args.docs)
        print(f"PDF corpus: {len(pdfs)} PDFs in {corpus} "
              f"({time.perf_counter() - t0:.0f} s to make)", flush=True)
    if "pdf" in parts:
        w1 = samverkan("samverkan run --workers 1", [corpus], out / "pdf_w1", 0, 1)
        pages = count_once(w1)
        peers = pdfs[:args.peer_docs]
        peer_pages = sum(_pdf_pages(p) for p in peers)
        files = list(map(str, pdfs))
        group = [
            w1,
            samverkan("samverkan run --workers 2", [corpus], out / "pdf_w2", pages, 2),
            contender("floor: pdfium + spaCy, 1 process", ["floor", *files], pages),
            contender("floor: pdfium + spaCy, 2 processes", ["floor", "--procs", "2", *files],
                      pages),
            contender("pypdfium2 text alone", ["pdfium", *files], pages),
            contender(f"pdfplumber extract_text() ({len(peers)} docs)",
                      ["pdfplumber", *map(str, peers)], peer_pages),
            contender(f"pymupdf4llm to_markdown() ({len(peers)} docs)",
                      ["pymupdf4llm", *map(str, peers)], peer_pages),
        ]
        w1.units = pages
        if args.compare_with:
            group.insert(2, samverkan("samverkan run --workers 1", [corpus], out / "pdf_w1",
                                      pages, 1, args.compare_with))
        if shutil.which("pdftotext"):
            script = 'for f in "$@"; do pdftotext -q "$f" - >/dev/null; done'
            group.append(Contender("poppler pdftotext", ["bash", "-c", script, "bench", *files],
                                   pages))
        groups.append(group)
        titles.append((f"PDF corpus: {len(pdfs)} documents, {pages} pages", group, _floor(group),
                       "page", 1e3, "ms/page"))

    if "text" in parts:
        reports = text_reports()
        folder = work / "text_corpus"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for r in reports:  # one folder, names made unique by their corpus
            shutil.copy(r, folder / f"{r.parent.name}__{r.name}")
        t1 = samverkan("samverkan run --workers 1", [folder], out / "text_w1", 0, 1)
        pages = count_once(t1)
        t1.units = pages
        files = sorted(map(str, folder.iterdir()))
        group = [t1, samverkan("samverkan run --workers 2", [folder], out / "text_w2", pages, 2),
                 contender("floor: read + spaCy, 1 process", ["floor", *files], pages),
                 contender("floor: read + spaCy, 2 processes", ["floor", "--procs", "2", *files],
                           pages)]
        if args.compare_with:
            group.insert(2, samverkan("samverkan run --workers 1", [folder], out / "text_w1",
                                      pages, 1, args.compare_with))
        groups.append(group)
        titles.append((f"Text corpus: the repository's {len(reports)} text reports, "
                       f"{pages} pages", group, _floor(group), "page", 1e3, "ms/page"))

    if "linear" in parts and args.sizes != "0":
        reports = text_reports()
        group = []
        for mb in [float(s) for s in args.sizes.split(",")]:
            path = transcript(work / "transcripts", reports, mb)
            size = path.stat().st_size
            group.append(samverkan(f"samverkan, {mb:g} MB transcript", [path],
                                   out / f"linear_{mb:g}", size, 1))
            if args.compare_with:
                group.append(samverkan(f"samverkan, {mb:g} MB transcript", [path],
                                       out / f"linear_{mb:g}", size, 1, args.compare_with))
            group.append(contender(f"floor, {mb:g} MB transcript", ["floor", str(path)], size))
        groups.append(group)

    if "one" in parts:
        page = one_page_pdf(pdfs[0], work / "one_page")
        group = [samverkan("samverkan run, one page", [page], out / "one", 1, None),
                 samverkan("samverkan run --workers 0, one page", [page], out / "one0", 1, 0),
                 contender("floor, one page", ["floor", str(page)], 1)]
        if args.compare_with:
            group[2:2] = [samverkan("samverkan run, one page", [page], out / "one", 1, None,
                                    args.compare_with),
                          samverkan("samverkan run --workers 0, one page", [page], out / "one0",
                                    1, 0, args.compare_with)]
        groups.append(group)
        titles.append(("One page (start-up)", group, _floor(group), "run", 1, "s/run"))

    if groups:
        print(f"\n{args.rounds} rounds of {sum(map(len, groups))} contenders", flush=True)
        run_rounds(groups, args.rounds)
    figures: dict = {"rounds": args.rounds, "exact_cpu": proctree.EXACT_CPU}
    if not proctree.EXACT_CPU:
        print("note: not Linux: CPU counts only the processes their parents waited for")
    for title, group, floor, unit, scale, label in titles:
        figures[title] = table(title, group, floor, unit, scale, label)
    if "linear" in parts and args.sizes != "0":
        figures["linearity"] = linearity(groups[-2 if "one" in parts else -1])
    if "pdf" in parts:
        figures.update(pdf_extras(groups[0], work, args.big_mb))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


def _floor(group: list[Contender]) -> Contender:
    return next(c for c in group if c.name.startswith("floor"))


def _pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def linearity(group: list[Contender]) -> dict:
    print("\nLinearity: one transcript at each size, CPU seconds per MB (median [range]); "
          "ratio = CPU / CPU of the smallest, in the same round")
    print(f"{'':46} {'MB':>6} {'CPU s':>22} {'CPU s/MB':>20} {'× smallest':>22} {'peak MB':>7}")
    figures = {}
    kinds = [lambda c: c.name.startswith("samverkan") and c.env is None,
             lambda c: c.name.startswith("samverkan") and c.env is not None,
             lambda c: c.name.startswith("floor")]
    for kind in kinds:
        row = [c for c in group if kind(c)]
        for c in row:
            if c.failed and not c.runs:
                print(f"{c.name:46} {c.failed}")
                continue
            mb = c.units / 1e6
            cpus = [m.cpu for m in c.runs]
            ratio = paired(c, row[0], lambda m: m.cpu, per_unit=False)
            peak = max(m.peak_mb for m in c.runs)
            print(f"{c.name:46} {mb:6.2f} {spread(cpus):>22} "
                  f"{spread([x / mb for x in cpus]):>20} {spread(ratio):>22} {peak:7.0f}")
            figures[c.name] = {"mb": mb, "cpu_s": cpus, "vs_smallest": ratio,
                               "peak_mb": round(peak)}
    return figures


def pdf_extras(group: list[Contender], work: Path, big_mb: int) -> dict:
    """Ratios the README quotes, then the unchanged re-run and the big one-line file."""
    by = {c.name: c for c in group}
    w2 = by["samverkan run --workers 2"]
    plumber = next(c for c in group if c.name.startswith("pdfplumber"))
    figures = {}
    if plumber.runs and w2.runs:
        speed = paired(plumber, w2, lambda m: m.wall)  # plumber's s/page over samverkan's
        print(f"\n2 workers vs pdfplumber extract_text(): {spread(speed)}x the pages per "
              f"second (wall, per page, within a round)")
        figures["speedup_vs_pdfplumber"] = speed
    again = proctree.run(w2.command)
    first = statistics.median(m.wall for m in w2.runs) if w2.runs else float("nan")
    print(f"unchanged rerun: {again.wall:.2f} s wall, {again.cpu:.2f} s CPU "
          f"({100 * again.wall / first:.1f} % of the first run's wall time)")
    figures["rerun"] = {"wall_s": again.wall, "cpu_s": again.cpu, "of_first": again.wall / first}
    if big_mb:
        folder = work / "big"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "en rad.txt"
        if not path.exists() or path.stat().st_size < big_mb * 1e6:
            block = ("Verksamhetsplan 2015 för samordningsförbundet " * 2000).encode()
            with path.open("wb") as fh:
                for _ in range(int(big_mb * 1e6 / len(block)) + 1):
                    fh.write(block)
        big_out = work / "out" / "big"
        shutil.rmtree(big_out, ignore_errors=True)
        m = proctree.run([PY, "-m", "samverkan", "run", str(folder), "--out", str(big_out),
                          "--quiet", "--workers", "2"])
        row = (big_out / "documents.csv").read_text(encoding="utf-8").splitlines()[1]
        print(f"{big_mb} MB one-line text file: {m.wall:.1f} s wall, {m.cpu:.1f} s CPU, peak "
              f"{m.peak_mb:.0f} MB; row: {row[:160]}")
        figures["big_text"] = {"mb": big_mb, "wall_s": m.wall, "cpu_s": m.cpu,
                               "peak_mb": round(m.peak_mb)}
    return figures


if __name__ == "__main__":
    os.environ.setdefault("PYTHONWARNINGS", "ignore")
    sys.exit(main())
