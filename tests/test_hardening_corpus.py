"""The hostile corpus of issue 13 in one run beside good reports: every input one row with a
status and a message, the good reports' tables as without the hostile files, no process
above 1 GB, the exit status as documented and no control character on the terminal."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from samverkan.batch import EXAMPLES
from samverkan.inputs import as_text

from .hardening_corpus import GOOD_PDF, TreeMemory, make_hostile, open_up, root_without_permission_checks
from .test_scale import same_code, tables

GB = 1_000_000_000
TIMEOUT = "20"  # seconds a document (the default is 600; the slow kinds need not take it)


def _samverkan(prefix: list[str], *args: str) -> tuple[subprocess.CompletedProcess, TreeMemory]:
    proc = subprocess.Popen([*prefix, sys.executable, "-m", "samverkan", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            errors="backslashreplace")
    memory = TreeMemory(proc.pid)
    out, err = proc.communicate(timeout=900)
    memory.stop()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err), memory


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, eval_corpus):
    prefix = root_without_permission_checks()
    base = tmp_path_factory.mktemp("hardening")
    good = base / "in" / "goda"
    good.mkdir(parents=True)
    for pattern, name in (("001_*.txt", "årsrapport Örebro.txt"),
                          ("002_*.txt", "rapport med mellanslag.txt"),
                          ("003_*.txt", "-inleds med streck.txt")):
        shutil.copy(next(eval_corpus.glob(pattern)), good / name)
    shutil.copy(EXAMPLES / GOOD_PDF, good / GOOD_PDF)
    ref_run, _ = _samverkan(prefix or [], "run", str(good), "--out", str(base / "ref"),
                            "--workers", "2", "--quiet")
    assert ref_run.returncode == 0, ref_run.stderr
    folder = base / "in" / "fientliga"
    # the slow kinds at half the size: the test need not wait for what the benchmark shows
    expect = make_hostile(folder, eval_corpus, permissions=prefix is not None, scale=0.5)
    run, memory = _samverkan(prefix or [], "run", str(base / "in"), "--out", str(base / "out"),
                             "--workers", "2", "--timeout", TIMEOUT)
    yield dict(base=base, folder=folder, expect=expect, run=run, memory=memory,
               permissions=prefix is not None)
    open_up(base / "in")


def _rows(hostile) -> dict[str, dict]:
    prefix = as_text(str(hostile["folder"])) + "/"
    found = {}
    for row in tables(hostile["base"] / "out")["documents"]:
        if row["source_path"].startswith(prefix):
            key = row["source_path"][len(prefix):]
            assert key not in found, f"two rows for {key}"
            found[key] = row
    return found


@pytest.mark.slow
def test_every_input_is_one_row_with_a_status_and_a_reason(hostile):
    rows = _rows(hostile)
    assert set(rows) == set(hostile["expect"]), (
        f"rows without an input: {sorted(set(rows) - set(hostile['expect']))}; "
        f"inputs without a row: {sorted(set(hostile['expect']) - set(rows))}")
    for key, want in hostile["expect"].items():
        row = rows[key]
        assert row["status"] in want.status, (key, row)
        if row["status"] != "ok":
            assert row["error"] and "internal error" not in row["error"], (key, row)
        if want.says and row["status"] == want.status[0]:
            assert want.says in row[want.where], (key, want.says, row)


@pytest.mark.slow
def test_file_names_that_are_not_utf8_or_hold_control_characters_are_read(hostile):
    rows = _rows(hostile)
    latin1 = rows["namn/rapport_\\xe5\\xe4\\xf6_latin1.txt"]
    assert latin1["status"] == "ok" and latin1["organisation"]
    assert rows["namn/rapport\x1b[31mröd\nrad.txt"]["status"] == "ok"
    assert rows["namn/rapport\u202etxt.pdf"]["status"] == "ok"


@pytest.mark.slow
def test_terminal_output_escapes_control_characters(hostile):
    run = hostile["run"]
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    shown = run.stdout + run.stderr
    for raw in ("\x1b", "\u202e", "\udce5"):
        assert raw not in shown, repr(raw)
    assert "trasig\\x1b[2J.pdf" in run.stderr  # the failed file, named with its escape


@pytest.mark.slow
def test_exit_status_says_some_inputs_failed(hostile):
    assert hostile["run"].returncode == 1, hostile["run"].stderr[-3000:]
    assert "tables in" in hostile["run"].stdout


@pytest.mark.slow
def test_no_process_of_the_run_goes_above_1_gb(hostile):
    memory = hostile["memory"]
    assert memory.max_process > 50_000_000  # the sampler saw the run at all
    assert memory.max_process < GB, (memory.max_process, memory.worst)


@pytest.mark.slow
def test_the_good_reports_tables_are_unchanged(hostile):
    base = hostile["base"]
    same_code(base / "ref", base / "out")
    got, ref = tables(base / "out"), tables(base / "ref")
    good = as_text(str(base / "in" / "goda")) + "/"
    good_ids = {r["doc_id"] for r in got["documents"] if r["source_path"].startswith(good)}
    for table, ref_rows in ref.items():
        rows = [r for r in got[table] if table != "documents" or r["source_path"].startswith(good)]
        if table == "documents":
            for r in rows + ref_rows:
                r["source_path"] = Path(r["source_path"]).name
        else:
            rows = [r for r in rows if r["doc_id"] in good_ids]
        assert rows == ref_rows, table


@pytest.mark.slow
def test_damage_is_named_in_the_warnings(hostile):
    rows = _rows(hostile)
    glyphs = rows["skada/glyfkoder.pdf"]
    # a font without a ToUnicode map: named, or read by OCR instead
    assert ("unmapped glyphs" in glyphs["warnings"] or "OCR" in glyphs["warnings"]
            or glyphs["status"] != "ok"), glyphs
    transcript = rows["transkript/läs mer i mitten.txt"]
    # text after a 'Läs mer' list in the middle is kept, or the loss is named with its share
    con = duckdb.connect(str(hostile["base"] / "out" / "corpus.duckdb"), read_only=True)
    try:
        kept = con.execute("SELECT length(text) FROM documents WHERE doc_id = ?",
                           [transcript["doc_id"]]).fetchone()[0]
    finally:
        con.close()
    size = (hostile["folder"] / "transkript" / "läs mer i mitten.txt").stat().st_size
    assert kept > 0.7 * size or "taken out" in transcript["warnings"], (kept, size, transcript)


@pytest.mark.slow
def test_folders_that_cannot_be_opened_are_rows(hostile):
    if not hostile["permissions"]:
        pytest.skip("root without setpriv: permissions do not apply to this process")
    rows = _rows(hostile)
    assert "permission denied" in rows["rättigheter/stängd"]["error"]
    assert "listed but not entered" in rows["rättigheter/bara lista/inne.txt"]["error"]
