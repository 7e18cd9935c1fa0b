"""The command line is a thin shell over the Python API: samverkan.process, report, export
and load take every option of the commands, say what they do, and raise one exception with
the message the command prints; the exit statuses follow the README for every command."""
from __future__ import annotations

import csv
import inspect
import pydoc
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import samverkan
from samverkan import api, cli
from samverkan.batch import EXAMPLES, RunSummary

from .audit_fixtures import HYPERLINK

# command-line name -> API name where they differ
RENAMED = {"inputs": "paths", "out_dir": "out"}
API_OF = {"run": api.process, "report": api.report, "export": api.export}


def _samverkan(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "samverkan", *args], capture_output=True,
                          text=True, timeout=300)


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    """Two text reports, one with a formula in a goal."""
    src = tmp_path_factory.mktemp("small")
    shutil.copy(sorted(EXAMPLES.glob("*.txt"))[0], src)
    (src / "formel.txt").write_text(
        "Verksamhetsberättelse 2015 för LSG Testby\n\nMål\n\n"
        f"1. {HYPERLINK} ska vara text\n2. Fler unga ska få arbete\n", encoding="utf-8")
    return src


def test_the_package_explains_itself() -> None:
    names = {"process", "report", "export", "load", "SamverkanError"}
    assert names <= set(samverkan.__all__) and names <= set(dir(samverkan))
    text = pydoc.render_doc(samverkan, renderer=pydoc.plaintext)
    assert "tables from Swedish cooperation reports" in text
    for name in ("process", "report", "export", "load"):
        assert f"{name}(" in text  # help() lists the functions with their signatures


@pytest.mark.parametrize("command", ["run", "report", "export"])
def test_every_option_of_the_command_is_a_parameter(command: str) -> None:
    function = API_OF[command]
    params = inspect.signature(function).parameters
    options = [p.name for p in cli.main.commands[command].params if p.name != "help"]
    assert {RENAMED.get(o, o) for o in options} <= set(params), set(options) - set(params)
    for f in (function, api.load):  # type hints on every parameter and the result
        signature = inspect.signature(f)
        assert all(p.annotation is not p.empty for p in signature.parameters.values())
        assert signature.return_annotation is not signature.empty
        assert len(inspect.getdoc(f)) > 200


def test_process_report_export_load_with_every_option(small: Path, tmp_path: Path) -> None:
    overrides = tmp_path / "overrides.csv"
    overrides.write_text("type,a,b,decision\n", encoding="utf-8")
    messages: list[str] = []
    out = tmp_path / "out"
    summary = samverkan.process(
        [small], out, workers=0, dask_scheduler=None, ocr="never", timeout=120, max_pages=40,
        max_text_mb=5, overrides=overrides, formats=["csv", "parquet"], excel_sv=True,
        raw=True, quiet=True, debug=True, log=messages.append)
    assert isinstance(summary, RunSummary) and summary.exit_status == 0
    assert summary.counts["ok"] == 2 and summary.records["goals"] > 0
    assert {p.name for p in summary.exported} >= {"goals.csv", "goals.parquet"}
    assert (out / "export" / "goals.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # excel_sv
    with (out / "goals.csv").open(encoding="utf-8", newline="") as fh:  # raw: as written
        assert any(cell.startswith(HYPERLINK) for row in csv.reader(fh) for cell in row)
    assert samverkan.report(out) == out / "report.html"
    assert [p.name for p in samverkan.export(out, ["jsonl"])][0] == "documents.jsonl"
    tables = samverkan.load(out, text=True)
    assert "text" in tables["documents"]
    assert any(t.startswith(HYPERLINK) for t in tables["goals"]["text"])  # as written


USAGE_ERRORS = [
    # (what the user did through the API, the same through the command line, message)
    (lambda t: samverkan.process([t / "missing"], t / "o"),
     lambda t: ["run", str(t / "missing"), "--out", str(t / "o")], "no such file or folder"),
    (lambda t: samverkan.process([t / "empty"], t / "o"),
     lambda t: ["run", str(t / "empty"), "--out", str(t / "o")], "nothing to read"),
    (lambda t: samverkan.process([t / "in"], t / "a-file"),
     lambda t: ["run", str(t / "in"), "--out", str(t / "a-file")], "is a file, not a folder"),
    (lambda t: samverkan.process([t / "in"], t / "o", ocr="sometimes"),
     lambda t: ["run", str(t / "in"), "--out", str(t / "o"), "--ocr", "sometimes"], "ocr must"),
    (lambda t: samverkan.process([t / "in"], t / "o", workers=-1),
     lambda t: ["run", str(t / "in"), "--out", str(t / "o"), "--workers", "-1"], "workers must"),
    (lambda t: samverkan.process([t / "in"], t / "o", overrides=t / "nope.csv"),
     lambda t: ["run", str(t / "in"), "--out", str(t / "o"), "--overrides",
                str(t / "nope.csv")], "no such overrides file"),
    (lambda t: samverkan.process([t / "in"], t / "o", formats=["docx"]),
     lambda t: ["run", str(t / "in"), "--out", str(t / "o"), "--format", "docx"],
     "unknown export format"),
    (lambda t: samverkan.report(t / "nowhere"), lambda t: ["report", str(t / "nowhere")],
     "no such run folder"),
    (lambda t: samverkan.report(t / "empty"), lambda t: ["report", str(t / "empty")],
     "is not a samverkan run folder"),
    (lambda t: samverkan.export(t / "empty"), lambda t: ["export", str(t / "empty")],
     "is not a samverkan run folder"),
    (lambda t: samverkan.export(t / "in", ["csv", "docx"]),
     lambda t: ["export", str(t / "in"), "--format", "docx"], "unknown export format"),
    (lambda t: samverkan.load(t / "empty"), None, "is not a samverkan run folder"),
]


@pytest.mark.parametrize("api_call,cli_args,message", USAGE_ERRORS)
def test_a_usage_error_is_one_exception_with_the_message_the_command_prints(
        api_call, cli_args, message, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "in").mkdir()
    shutil.copy(sorted(EXAMPLES.glob("*.txt"))[0], tmp_path / "in")
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    with pytest.raises(samverkan.SamverkanError) as caught:
        api_call(tmp_path)
    assert message in str(caught.value) and caught.value.exit_status == 2
    assert not (tmp_path / "o").exists()  # checked before anything is written
    if cli_args is not None:
        res = CliRunner().invoke(cli.main, cli_args(tmp_path))
        assert res.exit_code == 2, res.output
        assert f"Error: {caught.value}" in res.output
        assert "Traceback" not in res.output


def test_exit_statuses_of_every_command(small: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (tmp_path / "empty").mkdir()
    empty = _samverkan("run", str(tmp_path / "empty"), "--out", str(tmp_path / "o"))
    assert empty.returncode == 2 and "found no files in" in empty.stderr
    assert _samverkan("report", str(tmp_path / "nowhere")).returncode == 2
    assert _samverkan("export", str(tmp_path / "empty")).returncode == 2
    # a broken file beside good ones: 1; report and export of that run: 0
    src = tmp_path / "in"
    shutil.copytree(small, src)
    (src / "trasig.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    assert _samverkan("run", str(src), "--out", str(out), "--workers", "0").returncode == 1
    assert _samverkan("report", str(out)).returncode == 0
    assert _samverkan("export", str(out), "--format", "xlsx").returncode == 0
    # a folder held by a run: 3 for every command
    holder = subprocess.Popen([sys.executable, "-c",
                               "import sys, time; from samverkan.corpus.lock import RunLock; "
                               f"RunLock({str(out)!r}).acquire(); print('held', flush=True); "
                               "time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        for args in (["run", str(src), "--out", str(out)], ["report", str(out)],
                     ["export", str(out)]):
            res = _samverkan(*args)
            assert res.returncode == 3 and "in use by another samverkan run" in res.stderr, args
        with pytest.raises(samverkan.SamverkanError) as caught:
            samverkan.report(out)
        assert caught.value.exit_status == 3
    finally:
        holder.kill()
        holder.wait()


def test_an_empty_folder_beside_others_is_said(small: Path, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    messages: list[str] = []
    summary = samverkan.process([small, tmp_path / "empty"], tmp_path / "out", workers=0,
                                quiet=True, log=messages.append)
    assert summary.exit_status == 0
    assert f"note: found no files in {tmp_path / 'empty'}" in messages


def test_the_commands_only_parse_and_call(monkeypatch, tmp_path: Path) -> None:
    """Each option reaches the API as given; what the API returns is what is printed."""
    seen: dict = {}

    def fake_process(paths, out, **kwargs):
        seen.update(paths=paths, out=out, **kwargs)
        return RunSummary(records={"goals": 3})

    monkeypatch.setattr(api, "process", fake_process)
    res = CliRunner().invoke(cli.main, [
        "run", "a.pdf", "b", "--out", str(tmp_path), "--workers", "3", "--ocr", "never",
        "--timeout", "9", "--max-pages", "7", "--max-text-mb", "2", "--overrides", "o.csv",
        "--format", "xlsx", "--format", "csv", "--excel-sv", "--raw", "--quiet",
        "--dask-scheduler", "tcp://h:8786", "--debug"])
    assert res.exit_code == 0, res.output
    assert seen == {"paths": [Path("a.pdf"), Path("b")], "out": tmp_path, "workers": 3,
                    "ocr": "never", "timeout": 9.0, "max_pages": 7, "max_text_mb": 2.0,
                    "overrides": Path("o.csv"), "formats": ("xlsx", "csv"), "excel_sv": True,
                    "raw": True, "quiet": True, "dask_scheduler": "tcp://h:8786",
                    "debug": True}
    assert "records: goals 3" in res.output


def test_one_module_holds_the_pipeline(monkeypatch) -> None:
    """parallel.py schedules; the work on a document is pipeline.read_document_records."""
    from samverkan import parallel, pipeline

    calls = []

    def fake(path, doc_id, **limits):
        calls.append((path, doc_id, limits))
        raise click.ClickException("stop here")

    monkeypatch.setattr(pipeline, "read_document_records", fake)
    out = parallel.process_document(parallel.Task("x.txt", "d" * 16, "txt"),
                                    parallel.WorkOptions(max_pages=3, ocr="never"))
    assert calls and calls[0][0] == Path("x.txt") and calls[0][2]["max_pages"] == 3
    assert out.status == "error" and "stop here" in out.message
    assert inspect.getsource(pipeline.corpus_steps).count("step(") >= 5
    # batch.py keeps the books: it calls the corpus steps, it does not do them
    import samverkan.batch as batch

    source = inspect.getsource(batch)
    assert "reconcile_corpus" not in source and "export_csv" not in source


def test_a_damaged_database_is_one_line_and_exit_1(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "corpus.duckdb").write_bytes(b"not a database" * 100)
    res = _samverkan("report", str(out))
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert res.stderr.startswith("error: ") and len(res.stderr.strip().splitlines()) == 1
