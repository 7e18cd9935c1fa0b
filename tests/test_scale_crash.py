"""Crash safety with real processes: SIGKILL at random moments, Ctrl-C, a second run on the
same --out while one is running, a lock left by a dead run."""
from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from samverkan.batch import EXAMPLES, pipeline_fingerprint
from samverkan.corpus.lock import LOCK_NAME

from .test_scale import fingerprints, same_code, tables

pytestmark = pytest.mark.slow


def _start(*args: str) -> subprocess.Popen:
    # a session of its own, so that a "Ctrl-C" can go to the whole group as a terminal sends it
    return subprocess.Popen([sys.executable, "-m", "samverkan", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "samverkan", *args], capture_output=True,
                          text=True, timeout=300)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, eval_corpus) -> Path:
    src = tmp_path_factory.mktemp("crash_in")
    shutil.copytree(EXAMPLES, src / "examples")
    shutil.copytree(eval_corpus, src / "eval")
    # some larger documents, so that a run lasts long enough to be interrupted in the middle
    report = next(eval_corpus.glob("004_*.txt")).read_text(encoding="utf-8")
    for i in range(4):
        (src / f"lång rapport {i}.txt").write_text(f"Version {i}\n\n" + report * (4 + i),
                                                   encoding="utf-8")
    (src / "trasig.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    return src


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("crash_ref")
    res = _run("run", str(corpus), "--out", str(out), "--workers", "2", "--quiet")
    assert res.returncode == 1, res.stderr
    return out


def test_sigkill_at_random_moments_then_rerun_gives_the_same_tables(corpus, reference,
                                                                    tmp_path):
    rng = random.Random(5)
    for attempt, workers in enumerate(("1", "2")):
        out = tmp_path / f"out{attempt}"
        delay = rng.uniform(0.5, 6.0)
        proc = _start("run", str(corpus), "--out", str(out), "--workers", workers)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)  # the main process only, like the OOM killer
        proc.communicate(timeout=60)
        if attempt == 0:
            # a second kill, during the rerun
            proc = _start("run", str(corpus), "--out", str(out), "--workers", workers)
            time.sleep(rng.uniform(0.5, 4.0))
            proc.send_signal(signal.SIGKILL)
            proc.communicate(timeout=60)
        res = _run("run", str(corpus), "--out", str(out), "--workers", workers, "--quiet")
        assert res.returncode == 1, res.stdout + res.stderr
        same_code(reference, out)
        assert tables(out) == tables(reference), f"killed after {delay:.1f} s"


def test_ctrl_c_keeps_finished_documents_and_says_how_many(corpus, eval_corpus, tmp_path):
    src = tmp_path / "in"
    shutil.copytree(corpus, src)
    report = next(eval_corpus.glob("004_*.txt")).read_text(encoding="utf-8")
    for i in range(12):  # enough work that the run is still going when Ctrl-C comes
        (src / f"mer {i}.txt").write_text(f"Bilaga {i}\n\n" + report * 6, encoding="utf-8")
    out = tmp_path / "out"
    proc = _start("run", str(src), "--out", str(out), "--workers", "1")
    time.sleep(7)
    os.killpg(proc.pid, signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=60)
    if proc.returncode == 1:
        pytest.skip("the run finished before the interrupt")
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr
    m = re.search(r"interrupted: (\d+) documents finished and kept", stderr)
    assert m, stderr
    kept = [d for d in tables(out)["documents"] if d["status"] == "ok"]
    assert len(kept) == int(m.group(1))
    unchanged_code = fingerprints(out) <= {pipeline_fingerprint()}
    res = _run("run", str(src), "--out", str(out), "--workers", "1", "--quiet")
    assert res.returncode == 1, res.stderr
    if unchanged_code:
        assert f"{m.group(1)} unchanged" in res.stdout


def test_second_run_on_the_same_out_refuses_at_once(corpus, tmp_path):
    out = tmp_path / "out"
    first = _start("run", str(corpus), "--out", str(out), "--workers", "1", "--quiet")
    lock = out / LOCK_NAME
    deadline = time.monotonic() + 30
    while not (lock.exists() and lock.read_text().strip()) and time.monotonic() < deadline:
        time.sleep(0.05)
    t0 = time.monotonic()
    second = _run("run", str(corpus), "--out", str(out), "--workers", "1")
    assert time.monotonic() - t0 < 15
    assert second.returncode == 3, second.stderr
    assert f"in use by another samverkan run (pid {first.pid})" in second.stderr
    first.communicate(timeout=300)
    assert first.returncode == 1  # its broken file; the database is whole
    again = _run("run", str(corpus), "--out", str(out), "--workers", "1")
    assert again.returncode == 1 and " 0 ok" in " " + again.stdout


def test_lock_of_a_dead_run_is_taken_over(eval_corpus, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.Popen(["true"])
    dead.wait()
    (out / LOCK_NAME).write_text(f"{dead.pid}\n")
    res = _run("run", str(eval_corpus), "--out", str(out), "--workers", "1")
    assert res.returncode == 0, res.stderr
