"""Parallel and distributed runs give the same tables as a serial run; limits per document."""
from __future__ import annotations

import csv
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from samverkan import parallel
from samverkan.batch import EXAMPLES, RunOptions, pipeline_fingerprint, run_batch
from samverkan.parallel import Outcome, ProcessExecutor, Task, WorkOptions

AT_IMPORT = pipeline_fingerprint()
TABLES = ("documents", "goals", "activities", "target_groups", "projects", "budget_lines",
          "signatories", "budget_checks")
VARYING = {"seconds"}  # wall-clock time differs between any two runs


def _run(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "samverkan", *args], capture_output=True,
                          text=True, timeout=timeout)


def fingerprints(out: Path) -> set[str]:
    con = duckdb.connect(str(out / "corpus.duckdb"), read_only=True)
    try:
        return {r[0] for r in con.execute("SELECT DISTINCT fingerprint FROM documents").fetchall()}
    finally:
        con.close()


def same_code(a: Path, b: Path, in_process: bool = False) -> None:
    """Comparing runs only means something when the pipeline did not change in between
    (it can, on a developer's machine where code is being edited). A run inside this
    process uses the code imported when the tests started, whatever the files say now."""
    if fingerprints(a) != fingerprints(b) or (in_process and fingerprints(b) != {AT_IMPORT}):
        pytest.skip("the pipeline code changed between the two runs")


def tables(out: Path) -> dict[str, list[dict]]:
    """Every CSV table, without the columns that measure time. Rows are sorted here because
    the export orders by (doc_id, page, char_start), and rows that tie on those (budget
    cells of one line) come out in storage order, which follows the order documents finish."""
    found = {}
    for table in TABLES:
        with (out / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
            rows = [{k: v for k, v in row.items() if k not in VARYING}
                    for row in csv.DictReader(fh)]
        found[table] = sorted(rows, key=lambda r: tuple(r.values()))
    return found


@pytest.fixture(scope="module")
def mixed_corpus(tmp_path_factory, eval_corpus) -> Path:
    """The examples and the eval corpus, a duplicate and a broken file, in one folder."""
    src = tmp_path_factory.mktemp("mixed")
    shutil.copytree(EXAMPLES, src / "examples")
    shutil.copytree(eval_corpus, src / "eval")
    first = sorted((src / "examples").glob("*.pdf"))[0]
    shutil.copy(first, src / "kopia av rapport.pdf")
    (src / "trasig.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    return src


@pytest.fixture(scope="module")
def serial_out(mixed_corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("serial")
    res = _run("run", str(mixed_corpus), "--out", str(out), "--workers", "1", "--quiet")
    assert res.returncode == 1, res.stderr  # the broken file
    return out


@pytest.fixture(scope="module")
def serial_tables(serial_out) -> dict:
    return tables(serial_out)


def test_two_workers_give_the_same_tables_as_one(mixed_corpus, serial_out, serial_tables,
                                                 tmp_path):
    out = tmp_path / "out"
    res = _run("run", str(mixed_corpus), "--out", str(out), "--workers", "2")
    assert res.returncode == 1, res.stderr
    assert "Traceback" not in res.stderr
    same_code(serial_out, out)
    got = tables(out)
    assert got == serial_tables
    statuses = {Path(d["source_path"]).name: d["status"] for d in got["documents"]}
    assert statuses["trasig.pdf"] == "error"
    # files come before folders, so the copy is read and the example is the duplicate
    assert statuses["kopia av rapport.pdf"] == "ok"
    assert sum("same content as" in d["error"] for d in got["documents"]) == 1
    assert len(got["goals"]) > 10


def test_in_process_run_gives_the_same_tables(mixed_corpus, serial_out, serial_tables,
                                              tmp_path):
    out = tmp_path / "out"
    run_batch([mixed_corpus], out, RunOptions(workers=0, quiet=True), log=lambda m: None)
    same_code(serial_out, out, in_process=True)
    assert tables(out) == serial_tables


def test_dask_local_cluster_gives_the_same_tables(mixed_corpus, serial_out, serial_tables,
                                                  tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        out = tmp_path / "out"
        summary = run_batch([mixed_corpus], out,
                            RunOptions(dask_scheduler=cluster.scheduler_address, quiet=True),
                            log=lambda m: None)
    assert summary.counts["ok"] >= 12 and summary.failed == 1, summary.failures
    same_code(serial_out, out, in_process=True)
    assert tables(out) == serial_tables


def test_time_limit_makes_an_error_row_and_the_batch_goes_on(eval_corpus, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    report = next(eval_corpus.glob("002_*.txt"))
    shutil.copy(report, src / "good.txt")
    # a real report 120 times over: some seconds of work, short of spaCy's length limit
    (src / "long.txt").write_text(report.read_text(encoding="utf-8") * 120, encoding="utf-8")
    out = tmp_path / "out"
    res = _run("run", str(src), "--out", str(out), "--workers", "1", "--timeout", "1")
    assert res.returncode == 1, res.stderr
    docs = {Path(d["source_path"]).name: d for d in tables(out)["documents"]}
    assert docs["good.txt"]["status"] == "ok"
    assert docs["long.txt"]["status"] == "error"
    assert "time limit of 1 s" in docs["long.txt"]["error"]


def hang_or_read(task: Task, opts: WorkOptions) -> Outcome:
    """A stand-in for process_document: files named hang* block in a way no signal
    handler can interrupt, like a loop inside C code."""
    if Path(task.source).name.startswith("hang"):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(3600)
    if Path(task.source).name.startswith("crash"):
        import os

        os.kill(os.getpid(), signal.SIGSEGV)
    return Outcome(task.source, task.doc_id, task.fmt, "skipped", "read")


def test_hung_or_crashed_worker_is_killed_and_replaced(monkeypatch):
    monkeypatch.setattr(parallel, "HARD_KILL_GRACE", 0.5)
    pool = ProcessExecutor(WorkOptions(timeout=1.0), workers=2, work=hang_or_read)
    names = ["hang.pdf", "a.pdf", "crash.pdf", "b.pdf", "c.pdf"]
    t0 = time.monotonic()
    got = []
    try:
        for name in names:
            got.extend(pool.submit(Task(name, name, "pdf")))
        got.extend(pool.drain())
    finally:
        pool.close()
    assert time.monotonic() - t0 < 30
    by_name = {o.source: o for o in got}
    assert set(by_name) == set(names)
    assert "time limit" in by_name["hang.pdf"].message
    assert "crashed" in by_name["crash.pdf"].message and "SIGSEGV" in by_name["crash.pdf"].message
    assert all(by_name[n].message == "read" for n in ("a.pdf", "b.pdf", "c.pdf"))


def test_plain_progress_lines_when_not_a_terminal():
    import io

    from samverkan.progress import Progress

    stream = io.StringIO()
    progress = Progress(4, stream=stream, every=0)
    progress.advance(pages=3)
    progress.advance(pages=5)
    progress.log("error: x.pdf: damaged")
    progress.close()
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("progress: 1/4 files (25 %), 3 pages")
    assert lines[1].startswith("progress: 2/4 files (50 %), 8 pages") and "left" in lines[1]
    assert lines[2] == "error: x.pdf: damaged"
    quiet = io.StringIO()
    Progress(4, quiet=True, stream=quiet, every=0).advance(pages=1)
    assert quiet.getvalue() == ""


def test_pipeline_built_afresh_past_the_vocabulary_limit_gives_the_same_records(monkeypatch):
    """spaCy remembers every word it meets; past VOCAB_LIMIT strings the pipeline is built
    again (bounded memory in a long batch) and extraction goes on exactly as before."""
    from samverkan.extract import extract_document
    from samverkan.extract import nlp as nlp_module
    from samverkan.ingest.reader import content_id, read_document

    path = sorted(EXAMPLES.glob("*.txt"))[0]
    doc = read_document(path, content_id(path))
    before = extract_document(doc)
    first = nlp_module.build_nlp()
    monkeypatch.setattr(nlp_module, "VOCAB_LIMIT", len(first.vocab.strings) - 1)
    again = extract_document(doc)
    rebuilt = nlp_module.build_nlp()
    assert rebuilt is not first and rebuilt.vocab is not first.vocab
    assert again == before
