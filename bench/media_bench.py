"""Media benchmark: how much of the pipeline's quality survives when the same reports arrive as
PDFs of different layouts and as scans instead of text transcripts.

    .venv/bin/python bench/media_bench.py [--corpora eval,variants,...]
        [--media text,pdf-onecol,pdf-twocol,pdf-tables,scan] [--out DIR] [--workers N] [--keep]
        [--json FILE]

Each gold-annotated corpus of text reports (`eval` = ../shared/eval, `examples` = the .txt
files of corpus/examples, and every tests/corpus_NAME with a tests/corpus_NAME_gold beside it)
is rendered into each medium by `media_render.py`: the text itself, three PDF layouts typeset
from the pages the pipeline's own text reader sees (one column; two columns with drawn bullets;
ruled tables with a landscape page) and a scan of the one-column PDF (200 dpi, rotated,
speckled, blurred; read back by OCR). `samverkan run` reads each rendering into its own folder,
timed (wall seconds), and ../shared/eval/score.py scores it against the corpus's gold, whose
document names are renamed to the rendered files.

Printed per corpus: macro and micro F1, micro F1 as a fraction of the text's, F1 per table,
pages, run time, OCR pages per second for scans, and whether the target is met (every PDF
layout >= 0.97 x text, scan >= 0.90 x text). The text medium is always run, as the baseline.
Exit status 0 whatever the scores (it is a benchmark), 2 for a usage error. The work folder
(renderings, gold, pipeline output) is a temporary one unless --out or --keep is given.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(HERE))
from media_render import MEDIA, render, rendered_name  # noqa: E402

TABLES = ["goals", "activities", "target_groups", "projects", "budget_lines", "signatories"]
TARGETS = {"pdf-onecol": 0.97, "pdf-twocol": 0.97, "pdf-tables": 0.97, "scan": 0.90}
MARKER = ".media_bench"  # marks a work folder as ours, so that a rerun may clear it


@dataclass
class Corpus:
    name: str
    folder: Path
    gold: Path
    docs: list[Path] = field(default_factory=list)  # .txt documents that have a gold file
    gold_files: dict[str, Path] = field(default_factory=dict)  # document name -> gold file
    without_gold: list[str] = field(default_factory=list)


def discover_corpora() -> dict[str, tuple[Path, Path]]:
    """Name -> (document folder, gold folder). New tests/corpus_* folders join by themselves."""
    found = {"eval": (SHARED_EVAL / "corpus", SHARED_EVAL / "gold"),
             "examples": (ROOT / "corpus" / "examples", ROOT / "tests" / "gold_examples")}
    for d in sorted((ROOT / "tests").glob("corpus_*")):
        gold = d.with_name(d.name + "_gold")
        if d.is_dir() and not d.name.endswith("_gold") and gold.is_dir():
            found[d.name.removeprefix("corpus_")] = (d, gold)
    return found


def load_corpus(name: str, folder: Path, gold: Path) -> Corpus:
    """The corpus's .txt documents that have gold (PDFs and unannotated files are left out)."""
    c = Corpus(name, folder, gold)
    by_doc = {}
    for g in sorted(gold.glob("*.json")):
        by_doc[json.loads(g.read_text(encoding="utf-8"))["document"]] = g
    for txt in sorted(folder.glob("*.txt")):
        if txt.name in by_doc:
            c.docs.append(txt)
            c.gold_files[txt.name] = by_doc[txt.name]
        else:
            c.without_gold.append(txt.name)
    return c


def load_scorer() -> Callable[[Path, Path], dict]:
    spec = importlib.util.spec_from_file_location("eval_score", SHARED_EVAL / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {SHARED_EVAL / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


def _render_task(args: tuple[Path, str, Path]) -> int:
    return render(*args)


def prepare(corpus: Corpus, medium: str, where: Path, pool: ProcessPoolExecutor) -> tuple[int, float]:
    """Render the corpus into where/docs and its gold into where/gold; (pages, seconds)."""
    docs, gold = where / "docs", where / "gold"
    docs.mkdir(parents=True)
    gold.mkdir()
    t0 = time.perf_counter()
    tasks = [(txt, medium, docs / rendered_name(txt.name, medium)) for txt in corpus.docs]
    pages = sum(pool.map(_render_task, tasks))
    for txt in corpus.docs:
        g = json.loads(corpus.gold_files[txt.name].read_text(encoding="utf-8"))
        g["document"] = rendered_name(txt.name, medium)
        (gold / f"{g['document']}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
    return pages, time.perf_counter() - t0


def samverkan_command() -> tuple[list[str], dict[str, str]]:
    """`samverkan run` as this interpreter runs it, with the package the renderer imported
    first on the path: the benchmark scores the code it rendered with, whatever is installed
    (a git worktree run with PYTHONPATH, or an editable install of another checkout)."""
    import samverkan

    package_parent = str(Path(samverkan.__file__).parent.parent)  # symlinks kept as they are
    path = [package_parent] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    return [sys.executable, "-m", "samverkan"], {**os.environ, "PYTHONPATH": os.pathsep.join(dict.fromkeys(path))}


def run_pipeline(docs: Path, out: Path, workers: int) -> tuple[float, int, str]:
    """(wall seconds, exit status, the end of stderr) of one `samverkan run`."""
    command, env = samverkan_command()
    cmd = [*command, "run", str(docs), "--out", str(out), "--quiet", "--workers", str(workers)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env)
    wall = time.perf_counter() - t0
    return wall, proc.returncode, (proc.stderr or "")[-2000:]


def read_documents(out: Path) -> list[dict]:
    path = out / "documents.csv"
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def measure(corpus: Corpus, medium: str, work: Path, workers: int, pool: ProcessPoolExecutor,
            score: Callable[[Path, Path], dict]) -> dict:
    where = work / corpus.name / medium
    if where.exists():
        shutil.rmtree(where)
    pages, render_s = prepare(corpus, medium, where, pool)
    wall, rc, stderr = run_pipeline(where / "docs", where / "out", workers)
    docs = read_documents(where / "out")
    read_pages = sum(int(float(d.get("n_pages") or 0)) for d in docs if d.get("status") == "ok")
    result = score(where / "gold", where / "out")
    res = {
        "documents": len(corpus.docs), "pages_rendered": pages, "pages_read": read_pages,
        "render_s": round(render_s, 2), "wall_s": round(wall, 2), "exit_status": rc,
        "macro_f1": result["macro_f1"], "micro_f1": result["micro_f1"],
        "tables": result["tables"], "attributes": result["attributes"],
        "documents_missing": result["documents_missing"],
        "errors": [{"document": Path(d.get("source_path", "")).name, "status": d.get("status"),
                    "error": d.get("error")} for d in docs if d.get("status") != "ok"],
    }
    if medium == "scan":
        res["ocr_pages_per_s"] = round(read_pages / wall, 3) if wall else None
    if rc not in (0, 1):
        res["stderr"] = stderr
    return res


def _f(v: float | None) -> str:
    return "    -" if v is None else f"{v:5.3f}"


def print_corpus(name: str, corpus: Corpus, media: dict[str, dict]) -> None:
    print(f"\n{name}: {len(corpus.docs)} documents ({corpus.folder})")
    short = {"goals": "goals", "activities": "activ", "target_groups": "target", "projects": "proj",
             "budget_lines": "budget", "signatories": "sign"}
    head = (f"{'medium':11} {'macro':>5} {'micro':>5} {'÷text':>5}  "
            + " ".join(f"{short[t]:>6}" for t in TABLES)
            + f" {'pages':>5} {'run s':>6}  target")
    print(head)
    print("-" * len(head))
    for medium, r in media.items():
        ratio = r.get("ratio_to_text")
        target = TARGETS.get(medium)
        if target is None:
            mark = ""
        elif ratio is None:
            mark = f">={target:.2f}  n/a"
        else:
            mark = f">={target:.2f}  {'met' if r['meets_target'] else 'MISSED'}"
        if medium == "scan" and r.get("ocr_pages_per_s") is not None:
            mark += f"  ({r['ocr_pages_per_s']:.2f} OCR pages/s)"
        print(f"{medium:11} {_f(r['macro_f1'])} {_f(r['micro_f1'])} {_f(ratio)}  "
              + " ".join(f" {_f(r['tables'][t]['f1'])}" for t in TABLES)
              + f" {r['pages_read']:5d} {r['wall_s']:6.1f}  {mark}".rstrip())
        for e in r["errors"]:
            print(f"    {e['status']}: {e['document']}: {e['error']}")
        if r["documents_missing"]:
            print(f"    not in documents.csv: {', '.join(r['documents_missing'])}")
        if r.get("stderr"):
            print(f"    samverkan exited with {r['exit_status']}: {r['stderr'].strip().splitlines()[-1:]}")
    if corpus.without_gold:
        print(f"    (left out, no gold: {', '.join(corpus.without_gold)})")


def _csv_arg(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def main(argv: list[str] | None = None) -> int:
    corpora_found = discover_corpora()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", type=_csv_arg, default=None,
                    help=f"comma-separated; default all with gold: {', '.join(corpora_found)}")
    ap.add_argument("--media", type=_csv_arg, default=list(MEDIA), help=f"comma-separated of {', '.join(MEDIA)}")
    ap.add_argument("--out", type=Path, help="work folder (renderings, gold, pipeline output); kept")
    ap.add_argument("--workers", type=int, default=2, help="samverkan --workers, and render processes (default 2)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary work folder")
    ap.add_argument("--json", type=Path, help="also write the whole result as JSON here")
    a = ap.parse_args(argv)

    names = a.corpora or list(corpora_found)
    unknown = [n for n in names if n not in corpora_found]
    if unknown:
        ap.error(f"unknown corpus {', '.join(unknown)}; known: {', '.join(corpora_found)}")
    bad = [m for m in a.media if m not in MEDIA]
    if bad or not a.media:
        ap.error(f"unknown medium {', '.join(bad) or '(none)'}; one of {', '.join(MEDIA)}")
    if a.workers < 1:
        ap.error("--workers must be at least 1")
    media = ["text"] + [m for m in dict.fromkeys(a.media) if m != "text"]
    if "text" not in a.media:
        print("note: text is run too, as the baseline of the ratios", file=sys.stderr)
    if a.out is not None and a.out.exists() and any(a.out.iterdir()) and not (a.out / MARKER).exists():
        ap.error(f"--out {a.out} is a non-empty folder that media_bench did not make")

    corpora = []
    for n in names:
        c = load_corpus(n, *corpora_found[n])
        if c.docs:
            corpora.append(c)
        elif a.corpora:
            print(f"note: corpus {n} has no .txt document with gold; left out", file=sys.stderr)
    if not corpora:
        ap.error("no corpus with gold-annotated .txt documents")

    work = a.out if a.out is not None else Path(tempfile.mkdtemp(prefix="media_bench_"))
    work.mkdir(parents=True, exist_ok=True)
    (work / MARKER).touch()
    score = load_scorer()
    results: dict = {"work_dir": str(work), "workers": a.workers, "media": media, "targets": TARGETS,
                     "corpora": {}}
    t_start = time.perf_counter()
    try:
        with ProcessPoolExecutor(max_workers=a.workers) as pool:
            for c in corpora:
                per_medium: dict[str, dict] = {}
                for m in media:
                    r = measure(c, m, work, a.workers, pool, score)
                    base = per_medium.get("text", r)["micro_f1"]
                    r["ratio_to_text"] = round(r["micro_f1"] / base, 3) if base else None
                    if m in TARGETS:
                        r["target"] = TARGETS[m]
                        r["meets_target"] = r["ratio_to_text"] is not None and r["ratio_to_text"] >= TARGETS[m]
                    per_medium[m] = r
                    print(f"{c.name}/{m}: rendered {r['pages_rendered']} pages in {r['render_s']:.1f} s, "
                          f"read in {r['wall_s']:.1f} s, micro F1 {r['micro_f1']:.3f}", file=sys.stderr)
                results["corpora"][c.name] = {"folder": str(c.folder), "gold": str(c.gold),
                                              "documents": [d.name for d in c.docs],
                                              "without_gold": c.without_gold, "media": per_medium}
                print_corpus(c.name, c, per_medium)
    finally:
        results["total_s"] = round(time.perf_counter() - t_start, 1)
        if a.out is None and not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(f"\ntotal {results['total_s']:.0f} s; work folder "
          + (str(work) if a.out is not None or a.keep else "removed (--keep keeps it)"))
    if a.json:
        a.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
