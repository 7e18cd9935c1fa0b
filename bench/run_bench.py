"""Benchmark: the full pipeline against plain text extraction, side by side, on one corpus.

    python bench/run_bench.py                 # 300 documents (~2 000 pages), as in README
    python bench/run_bench.py --docs 40       # a quick look
    make bench

Reports pages per second of `samverkan run` with 1 and 2 workers, of pdfplumber's plain
`extract_text()` and of poppler's `pdftotext` over the same files; peak memory (all processes
of a run together, sampled); the time of a second, unchanged run; and what a 200 MB one-line
text file costs (it must become an error row, quickly and in bounded memory).
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from corpus_gen import make_corpus  # noqa: E402

PDFPLUMBER = """
import sys, pdfplumber
pages = 0
for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            pages += 1
            page.close()
print(pages)
"""


def _pss(p: psutil.Process) -> int:
    """Proportional set size: shared pages (forked workers) counted once, split between them."""
    try:
        return p.memory_full_info().pss
    except (AttributeError, psutil.AccessDenied):
        return p.memory_info().rss


def measure(cmd: list[str], **kw) -> dict:
    """Wall time and peak memory (PSS summed over the process and its descendants, sampled)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    root = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            procs = [root, *root.children(recursive=True)]
            rss = 0
            for p in procs:
                try:
                    rss += _pss(p)
                except psutil.Error:
                    pass
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.1)
    out, err = proc.communicate()
    return {"seconds": time.perf_counter() - t0, "peak_mb": peak / 1e6, "stdout": out,
            "stderr": err, "returncode": proc.returncode}


def samverkan(corpus: Path, out: Path, workers: int, fresh: bool = True) -> dict:
    if fresh and out.exists():
        shutil.rmtree(out)
    cmd = [sys.executable, "-m", "samverkan", "run", str(corpus), "--out", str(out),
           "--workers", str(workers), "--quiet", "--max-text-mb", "20"]
    r = measure(cmd)
    if r["returncode"] not in (0, 1):
        raise SystemExit(f"samverkan run failed:\n{r['stderr'][-2000:]}")
    line = next((x for x in r["stdout"].splitlines() if x.startswith("pages:")), "pages: 0")
    r["pages"] = int(line.split()[1])
    r["summary"] = r["stdout"].splitlines()[0] if r["stdout"] else ""
    return r


def pdftotext(files: list[Path], pages: int) -> dict | None:
    if not shutil.which("pdftotext"):
        return None
    script = "for f in \"$@\"; do pdftotext -q \"$f\" - >/dev/null; done"
    r = measure(["bash", "-c", script, "bench", *map(str, files)])
    r["pages"] = pages
    return r


def pdfplumber_plain(files: list[Path]) -> dict:
    r = measure([sys.executable, "-c", PDFPLUMBER, *map(str, files)])
    r["pages"] = int(r["stdout"].strip() or 0)
    return r


def big_text(work: Path, mb: int) -> dict:
    folder = work / "big"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "en rad.txt"
    if not path.exists() or path.stat().st_size < mb * 1e6:
        block = ("Verksamhetsplan 2015 för samordningsförbundet " * 2000).encode()
        with path.open("wb") as fh:
            for _ in range(int(mb * 1e6 / len(block)) + 1):
                fh.write(block)
    r = samverkan(folder, work / "big_out", workers=2)
    r["row"] = (work / "big_out" / "documents.csv").read_text(encoding="utf-8").splitlines()[1]
    return r


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=300, help="documents to generate (default 300)")
    ap.add_argument("--work", type=Path, default=Path("out/bench"),
                    help="folder for the corpus and the outputs (default out/bench)")
    ap.add_argument("--big-mb", type=int, default=200,
                    help="size of the one-line text file (0: leave it out)")
    ap.add_argument("--skip-pdfplumber", action="store_true",
                    help="leave out pdfplumber (the slowest part)")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args(argv)

    work = args.work.resolve()
    corpus = work / f"corpus_{args.docs}"
    t0 = time.perf_counter()
    files = make_corpus(corpus, args.docs)
    print(f"corpus: {len(files)} PDFs in {corpus} ({time.perf_counter() - t0:.0f} s to make)",
          flush=True)

    rows: list[tuple[str, dict]] = []
    one = samverkan(corpus, work / "out_w1", workers=1)
    rows.append(("samverkan run --workers 1", one))
    two = samverkan(corpus, work / "out_w2", workers=2)
    rows.append(("samverkan run --workers 2", two))
    again = samverkan(corpus, work / "out_w2", workers=2, fresh=False)
    again["pages"] = two["pages"]
    rows.append(("samverkan run, unchanged rerun", again))
    if not args.skip_pdfplumber:
        rows.append(("pdfplumber extract_text()", pdfplumber_plain(files)))
    pt = pdftotext(files, two["pages"])
    if pt:
        rows.append(("poppler pdftotext", pt))

    print(f"\npages: {two['pages']} in {len(files)} documents; {two['summary']}")
    print(f"{'':34} {'seconds':>9} {'pages/s':>9} {'peak MB':>9}")
    for name, r in rows:
        rate = r["pages"] / r["seconds"] if r["seconds"] else 0
        print(f"{name:34} {r['seconds']:9.1f} {rate:9.1f} {r['peak_mb']:9.0f}")
    plumber = dict(rows).get("pdfplumber extract_text()")
    figures = {name: {"seconds": round(r["seconds"], 2), "pages": r["pages"],
                      "pages_per_s": round(r["pages"] / r["seconds"], 1),
                      "peak_mb": round(r["peak_mb"])} for name, r in rows}
    if plumber:
        ratio = (two["pages"] / two["seconds"]) / (plumber["pages"] / plumber["seconds"])
        print(f"\n2 workers vs pdfplumber plain text: {ratio:.1f}x the pages per second")
        figures["speedup_vs_pdfplumber"] = round(ratio, 2)
    share = again["seconds"] / two["seconds"]
    print(f"unchanged rerun: {100 * share:.1f} % of the first run's time")
    figures["rerun_share"] = round(share, 4)
    if args.big_mb:
        big = big_text(work, args.big_mb)
        print(f"{args.big_mb} MB one-line text file: {big['seconds']:.1f} s, peak "
              f"{big['peak_mb']:.0f} MB; row: {big['row'][:160]}")
        figures["big_text"] = {"mb": args.big_mb, "seconds": round(big["seconds"], 2),
                               "peak_mb": round(big["peak_mb"])}
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
