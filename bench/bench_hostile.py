"""Benchmark: the hostile corpus of issue 13 beside good reports, run as a user would run it
(`samverkan run`, default limits, 2 workers), with the memory of the whole process tree.

    python bench/bench_hostile.py               # the test-sized corpus (about a minute)
    python bench/bench_hostile.py --full        # the issue's sizes: 1 000 numbered goals,
                                                # a 48 KB Summa line, 200 000 form feeds,
                                                # 5 000 blank scanned pages (tens of minutes)

Prints the run's time and exit status, the rows by status, the slowest documents, and three
memory figures: the largest peak of any one process (the kernel's high-water mark, VmHWM,
sampled over the tree every 50 ms: the workers are children of the fork server, not of the
command), the largest sum of resident sizes of the tree at one moment, and what
`getrusage(RUSAGE_CHILDREN)` (what /usr/bin/time shows) reports for the same run.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))  # tests/ holds the corpus generator

from tests import hardening_corpus as hc  # noqa: E402

EVAL = REPO.parent / "shared" / "eval" / "corpus"


def full_size(folder: Path) -> dict[str, str]:
    """The issue's own sizes of the slow kinds, beside the test-sized corpus."""
    big = folder / "issue-storlek"
    big.mkdir(parents=True, exist_ok=True)
    (big / "1000 numrerade mål.txt").write_text(hc.numbered_goals(1000), encoding="utf-8")
    (big / "summarad 48 kB.txt").write_text(hc.summa_line(8000), encoding="utf-8")
    (big / "200000 sidbrytningar.txt").write_text(hc.form_feeds(200_000), encoding="utf-8")
    (big / "5000 tomma sidor.pdf").write_bytes(hc.blank_pages_pdf(5000))
    return {p.name: "" for p in big.iterdir()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--full", action="store_true", help="add the issue's full-size slow inputs")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--work", type=Path, default=None, help="folder to work in (default: temp)")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args(argv)
    if not EVAL.is_dir():
        raise SystemExit(f"needs the evaluation corpus at {EVAL}")

    work = args.work or Path(tempfile.mkdtemp(prefix="samverkan-hostile-"))
    inputs = work / "in"
    if inputs.exists():
        hc.open_up(inputs)
        shutil.rmtree(inputs)
    good = inputs / "goda"
    good.mkdir(parents=True)
    for f in sorted(EVAL.glob("*.txt")):
        shutil.copy(f, good / f.name)
    shutil.copy(hc.EXAMPLES / hc.GOOD_PDF, good / hc.GOOD_PDF)
    prefix = hc.root_without_permission_checks()
    expect = hc.make_hostile(inputs / "fientliga", EVAL, permissions=prefix is not None)
    if args.full:
        full_size(inputs)
    out = work / "out"
    shutil.rmtree(out, ignore_errors=True)

    cmd = [*(prefix or []), sys.executable, "-m", "samverkan", "run", str(inputs), "--out",
           str(out), "--workers", str(args.workers)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            errors="backslashreplace")
    memory = hc.TreeMemory(proc.pid)
    stdout, stderr = proc.communicate()
    memory.stop()
    seconds = time.perf_counter() - started
    rusage_mb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024

    with (out / "documents.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    statuses = Counter(r["status"] for r in rows)
    slowest = sorted(rows, key=lambda r: -float(r["seconds"] or 0))[:6]
    figures = {
        "inputs_expected": len(expect), "rows": len(rows), "statuses": dict(statuses),
        "exit_status": proc.returncode, "seconds": round(seconds, 1),
        "max_process_mb": round(memory.max_process / 1e6),
        "max_tree_rss_mb": round(memory.max_total / 1e6),
        "max_tree_pss_mb": round(memory.max_pss / 1e6),
        "rusage_children_mb": round(rusage_mb),
        "largest_process": memory.worst,
    }
    print(f"hostile corpus: {len(expect)} hostile inputs beside {len(list(good.iterdir()))} "
          f"good reports{' and the full-size slow kinds' if args.full else ''}")
    print(f"run: {seconds:.1f} s, exit status {proc.returncode}, rows {dict(statuses)}")
    print(f"memory: largest process {memory.max_process / 1e6:.0f} MB ({memory.worst[:60]}), "
          f"whole tree at once {memory.max_pss / 1e6:.0f} MB (PSS; resident sizes summed "
          f"{memory.max_total / 1e6:.0f} MB); getrusage(children) says "
          f"{rusage_mb:.0f} MB")
    print("slowest documents:")
    for r in slowest:
        name = os.path.relpath(r["source_path"], inputs) if r["source_path"].startswith(
            str(inputs)) else r["source_path"]
        print(f"  {float(r['seconds'] or 0):7.1f} s  {r['status']:7}  {name[:50]:50}  "
              f"{(r['error'] or r['warnings'])[:70]}")
    if "Traceback" in stderr:
        print("a traceback on stderr:\n" + stderr[-3000:])
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    hc.open_up(inputs)
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
