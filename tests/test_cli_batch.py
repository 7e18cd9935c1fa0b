"""The command as a user runs it: real subprocesses, real files, bad input beside good."""
from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "samverkan", *args], capture_output=True,
                          text=True, timeout=300)


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_eval_corpus_run_and_unchanged_rerun(eval_corpus, tmp_path):
    out = tmp_path / "out"
    first = _run("run", str(eval_corpus), "--out", str(out))
    assert first.returncode == 0, first.stderr
    docs = _rows(out / "documents.csv")
    assert len(docs) == 5 and {d["status"] for d in docs} == {"ok"}
    for table in ("goals", "activities", "target_groups", "projects", "budget_lines",
                  "signatories"):
        assert (out / f"{table}.csv").read_text(encoding="utf-8").startswith("doc_id,")
    goals_before = _rows(out / "goals.csv")
    second = _run("run", str(eval_corpus), "--out", str(out))
    assert second.returncode == 0
    assert "0 ok" in second.stdout and "5 unchanged" in second.stdout
    assert _rows(out / "goals.csv") == goals_before
    con = duckdb.connect(str(out / "corpus.duckdb"), read_only=True)
    assert con.execute("SELECT count(*) FROM pages").fetchone()[0] == 20
    assert con.execute("SELECT count(*) FROM furniture WHERE kind = 'footer'").fetchone()[0] >= 16


def test_changed_and_removed_files(eval_corpus, tmp_path):
    src = tmp_path / "in"
    shutil.copytree(eval_corpus, src)
    out = tmp_path / "out"
    assert _run("run", str(src), "--out", str(out)).returncode == 0
    target = next(src.glob("003_*.txt"))
    target.write_text(target.read_text(encoding="utf-8").replace("Behovet av sjukvård",
                                                                 "Behovet av vård"),
                      encoding="utf-8")
    next(src.glob("000_*.txt")).unlink()
    res = _run("run", str(src), "--out", str(out))
    assert "1 ok" in res.stdout and "3 unchanged" in res.stdout
    docs = _rows(out / "documents.csv")
    assert len(docs) == 4 and not any("000_" in d["source_path"] for d in docs)
    goals = [g["text"] for g in _rows(out / "goals.csv")]
    assert "Behovet av vård ska minska" in goals
    assert "Behovet av sjukvård ska minska" not in goals


def test_bad_files_become_rows_and_others_survive(eval_corpus, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(next(eval_corpus.glob("002_*.txt")), src / "good.txt")
    (src / "empty.txt").write_bytes(b"")
    (src / "random.pdf").write_bytes(bytes(range(256)) * 20)
    (src / "truncated.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    (src / "notes.docx").write_bytes(b"PK\x03\x04")
    (src / "-leading dash å.txt").write_text("Verksamhetsplan 2012 för LSG Borås.", "utf-8")
    out = tmp_path / "out"
    res = _run("run", str(src), "--out", str(out))
    assert res.returncode == 1, res.stdout + res.stderr
    assert "Traceback" not in res.stderr
    docs = {Path(d["source_path"]).name: d for d in _rows(out / "documents.csv")}
    assert docs["good.txt"]["status"] == "ok"
    assert docs["-leading dash å.txt"]["status"] == "ok"
    assert docs["empty.txt"]["status"] == "error" and "empty" in docs["empty.txt"]["error"]
    assert docs["random.pdf"]["status"] == "error"
    assert docs["truncated.pdf"]["status"] == "error"
    assert docs["notes.docx"]["status"] == "skipped"
    assert any(s["name"] == "Heléne Brandell" for s in _rows(out / "signatories.csv"))


def test_usage_errors_exit_2(tmp_path):
    res = _run("run", str(tmp_path / "missing"), "--out", str(tmp_path / "o"))
    assert res.returncode == 2 and "no such file" in res.stderr
    assert _run("run").returncode == 2  # --out is required


def test_duplicate_that_outlives_its_original(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    body = "Verksamhetsplan 2012 för LSG Borås\n\nMål\n\n- Öka samverkan.\n"
    (src / "a.txt").write_text(body, encoding="utf-8")
    (src / "b.txt").write_text(body, encoding="utf-8")
    out = tmp_path / "out"
    assert _run("run", str(src), "--out", str(out)).returncode == 0
    (src / "a.txt").unlink()
    res = _run("run", str(src), "--out", str(out))
    assert res.returncode == 0, res.stderr
    docs = _rows(out / "documents.csv")
    assert [(Path(d["source_path"]).name, d["status"]) for d in docs] == [("b.txt", "ok")]
