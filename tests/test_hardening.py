"""Issue 13, piece by piece: what the inputs are before they are opened, damage named rather
than fatal or hidden, memory capped per worker, the display of a document that runs long,
the lock honoured by every command, and a full or read-only disk never taken for success."""
from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from samverkan import batch, parallel
from samverkan.batch import DEFAULT_TIMEOUT, EXAMPLES, RunOptions
from samverkan.corpus.lock import RunLock
from samverkan.ingest.encoding import decode
from samverkan.ingest.errors import IngestError
from samverkan.ingest.pdf import padding_after_end
from samverkan.ingest.reader import GARBLED_SHARE, note_furniture_share, read_document, unmapped_share
from samverkan.inputs import as_text, check, scan_inputs
from samverkan.parallel import Outcome, ProcessExecutor, Task, WorkOptions
from samverkan.progress import Progress, printable
from samverkan.records import Document, Furniture

from .hardening_corpus import blank_pages_pdf, unmapped_glyphs_pdf
from .test_hostile import page_pdf

GOOD_PDF = EXAMPLES / "ex02_verksamhetsplan_vastra_malardalen_2017.pdf"
REPORT = ("Verksamhetsberättelse 2012 för LLG Kungsör\n\nMål\n\n"
          "Målet är att öka samverkan mellan myndigheterna – särskilt för unga.\n") * 20


def _samverkan(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "samverkan", *args], capture_output=True,
                          text=True, timeout=timeout, errors="backslashreplace")


# --- what each input is, before it is opened ----------------------------------------------

def test_hidden_names_links_to_folders_and_odd_names_are_listed_with_a_reason(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / ".dold.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.pdf").write_bytes(b"%PDF-")
    os.symlink(tmp_path / "sub", tmp_path / "länk")
    with open(os.path.join(os.fsencode(tmp_path), b"namn_\xe5.txt"), "wb") as fh:
        fh.write(REPORT.encode())
    found = {e.path.name: (e.status, e.reason) for e in scan_inputs([tmp_path])}
    assert found["a.txt"] == ("", "") and found["b.pdf"] == ("", "")
    assert found[".dold.txt"][0] == "skipped" and "hidden file" in found[".dold.txt"][1]
    assert found[".git"][0] == "skipped" and "hidden folder" in found[".git"][1]
    assert "x.txt" not in found  # inside the hidden folder: its row says it all
    assert found["länk"][0] == "skipped" and "link to a folder" in found["länk"][1]
    assert found["namn_\udce5.txt"] == ("", "")
    # the same path given twice is one entry; a hidden file named as an input is read
    twice = list(scan_inputs([tmp_path / "a.txt", tmp_path / "a.txt", tmp_path / ".dold.txt"]))
    assert [(e.path.name, e.status) for e in twice] == [("a.txt", ""), (".dold.txt", "")]


def test_a_folder_that_cannot_be_opened_is_a_row_not_an_abort(tmp_path, monkeypatch):
    closed = tmp_path / "stängd"
    closed.mkdir()
    (tmp_path / "ok.txt").write_text(REPORT, encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if Path(path) == closed:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = {e.path.name: e for e in scan_inputs([tmp_path])}
    assert found["stängd"].status == "error"
    assert found["stängd"].reason == "cannot open the folder: permission denied"
    assert found["ok.txt"].status == ""


def test_file_checks_give_reasons_without_reading_the_file(tmp_path):
    os.mkfifo(tmp_path / "rör.txt")
    assert check(tmp_path / "rör.txt") == ("skipped", "not a regular file (a named pipe)")
    os.symlink(tmp_path / "saknas.pdf", tmp_path / "trasig.pdf")
    status, why = check(tmp_path / "trasig.pdf")
    assert status == "error" and "broken link" in why
    (tmp_path / "tom.txt").write_bytes(b"")
    assert check(tmp_path / "tom.txt") == ("error", "empty file (0 bytes)")
    big = tmp_path / "stor.txt"
    with big.open("wb") as fh:  # sparse: 3 GB that would take long to hash
        fh.truncate(3_000_000_000)
    status, why = check(big, max_text_bytes=10_000_000)
    assert status == "error" and "too large" in why and "--max-text-mb" in why
    assert check(tmp_path / "x.docx")[0] == "skipped"
    assert check(tmp_path / "finns inte.txt") == ("error", "file vanished during the run")


def test_names_that_are_not_utf8_are_stored_with_escapes_and_shown_escaped():
    name = os.fsdecode(b"/in/rapport_\xe5\xe4.txt")
    assert as_text(name) == "/in/rapport_\\xe5\\xe4.txt"
    assert as_text("/in/vanlig å.txt") == "/in/vanlig å.txt"
    assert as_text(name).encode("utf-8")  # what the database and CSV take
    shown = printable("rapport\x1b[31m\nröd\u202etxt\udce5.pdf")
    assert shown == "rapport\\x1b[31m\\nröd\\u202etxt\\xe5.pdf"
    assert printable("Västerås – plan 2016") == "Västerås – plan 2016"


def test_a_run_with_odd_names_and_unreadable_places_finishes_with_a_row_for_each(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    base = os.fsencode(src)
    for raw in (b"latin1_\xe5.txt", b"styr\x1b[2Jtecken\n.txt", "rtl\u202efdp.txt".encode()):
        with open(os.path.join(base, raw), "wb") as fh:
            fh.write(REPORT.replace("2012", str(2000 + len(raw))).encode())
    with open(os.path.join(base, b"trasig_\xff\x1b.pdf"), "wb") as fh:
        fh.write(b"inte en pdf")
    (src / ".dold.txt").write_text(REPORT, encoding="utf-8")
    out = tmp_path / "out"
    res = _samverkan("run", str(src), "--out", str(out), "--workers", "1")
    assert res.returncode == 1, res.stderr  # the broken PDF
    assert "Traceback" not in res.stderr and "\x1b" not in res.stderr + res.stdout
    assert "trasig_\\xff\\x1b.pdf" in res.stderr
    import csv

    with (out / "documents.csv").open(encoding="utf-8", newline="") as fh:
        rows = {Path(r["source_path"]).name: r for r in csv.DictReader(fh)}
    assert rows["latin1_\\xe5.txt"]["status"] == "ok"
    assert rows["styr\x1b[2Jtecken\n.txt"]["status"] == "ok"
    assert rows["rtl\u202efdp.txt"]["status"] == "ok"
    assert rows[".dold.txt"]["status"] == "skipped"
    assert rows["trasig_\\xff\x1b.pdf"]["status"] == "error"  # stored: only the byte escaped
    # a second run finds them again: nothing read twice, the escaped names match
    again = _samverkan("run", str(src), "--out", str(out), "--workers", "1")
    assert "3 unchanged" in again.stdout, again.stdout


# --- damage named, not fatal and not hidden --------------------------------------------------

def test_utf8_with_a_few_invalid_bytes_is_not_read_as_cp1252():
    data = REPORT.encode("utf-8")
    cut = data.index(b"\n", 200)
    decoded = decode(data[:cut] + b" \xff\xc3 " + data[cut:])
    assert "Kungsör" in decoded.text and "KungsÃ" not in decoded.text
    assert decoded.encoding == "utf-8"
    assert decoded.warnings and "invalid UTF-8" in decoded.warnings[0]
    assert "\ufffd" in decoded.text


def test_lines_in_another_encoding_are_decoded_each_in_its_own_and_named():
    data = REPORT.encode("utf-8") + "Raden i cp1252: Västerås och Örebro\n".encode("cp1252")
    decoded = decode(data)
    assert decoded.text.endswith("Raden i cp1252: Västerås och Örebro\n")
    assert "Kungsör" in decoded.text
    assert decoded.encoding == "utf-8+cp1252"
    assert "mixed encodings" in decoded.warnings[0] and "line 101" in decoded.warnings[0]


def test_single_byte_files_are_plain_cp1252_without_a_warning():
    decoded = decode(REPORT.encode("cp1252"))
    assert decoded.text == REPORT and decoded.encoding == "cp1252" and not decoded.warnings


def test_a_stray_nul_is_dropped_with_a_warning_but_binary_data_is_refused():
    decoded = decode(REPORT.encode() + b"\x00")
    assert decoded.text == REPORT and "1 NUL byte" in decoded.warnings[0]
    with pytest.raises(IngestError, match="binary"):
        decode(REPORT.encode()[:2000] + b"\x00" * 50)
    with pytest.raises(IngestError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n" + bytes(3000))


def test_padding_after_the_end_of_a_pdf_is_read_with_a_warning(tmp_path):
    good = GOOD_PDF.read_bytes()
    padded = tmp_path / "utfylld.pdf"
    padded.write_bytes(good + b"\x00" * 300_000 + b" \n" * 5000)
    own = padding_after_end(GOOD_PDF)  # the line end after %%EOF
    assert own <= 2 and padding_after_end(padded) == 310_000 + own
    doc = read_document(padded, "x" * 16, ocr="never")
    assert "Mälardalen" in doc.text
    assert any(f"{310_000 + own} bytes of padding" in w for w in doc.warnings), doc.warnings
    plain = read_document(GOOD_PDF, "x" * 16, ocr="never")
    assert not any("padding" in w for w in plain.warnings)
    cut = tmp_path / "avklippt.pdf"  # a truncated file is still refused
    cut.write_bytes(good[: len(good) // 2] + b"\x00" * 1000)
    with pytest.raises(IngestError, match="truncated"):
        read_document(cut, "x" * 16, ocr="never")


def test_a_pdf_named_txt_is_read_as_a_pdf_and_pdf_source_as_text_is_named(tmp_path):
    named = tmp_path / "rapport.txt"
    named.write_bytes(page_pdf(text=b"Verksamhetsplan 2017 for LSG Arboga"))
    doc = read_document(named, "x" * 16, ocr="never")
    assert doc.format == "pdf" and "Arboga" in doc.text
    assert "read as a PDF" in doc.warnings[0]
    source = tmp_path / "kod.txt"
    source.write_text("Verksamhetsplan\n" + "\n".join(
        f"{i} 0 obj\n<< /Type /Page >>\nstream\nBT ET\nendstream\nendobj" for i in range(40)),
        encoding="utf-8")
    doc = read_document(source, "x" * 16)
    assert any("source code of a PDF" in w for w in doc.warnings), doc.warnings
    prose = tmp_path / "text.txt"
    prose.write_text(REPORT, encoding="utf-8")
    assert not read_document(prose, "x" * 16).warnings


def test_a_pdf_whose_fonts_map_no_glyph_to_unicode_is_named(tmp_path):
    path = tmp_path / "glyfer.pdf"
    path.write_bytes(unmapped_glyphs_pdf("Verksamhetsberattelse 2016 for samordningsforbundet"))
    doc = read_document(path, "x" * 16, ocr="never")
    assert any("unmapped glyphs" in w and "pages 1" in w for w in doc.warnings), doc.warnings
    assert unmapped_share("Verksamhetsberättelse 2016 – mål\t\n") == 0.0
    assert unmapped_share("s\x82\x8f\x88\x90~\x8a") > GARBLED_SHARE


def test_furniture_that_takes_much_of_a_document_is_named_with_its_share():
    doc = Document("x" * 16, "a.txt", "txt", text="Mål 1. Öka samverkan." * 10)
    doc.furniture = [Furniture(1, "boilerplate", "Läs mer\nRelaterade dokument " * 40)]
    note_furniture_share(doc)
    assert len(doc.warnings) == 1 and "taken out" in doc.warnings[0]
    share = int(doc.warnings[0].split("%")[0])
    assert 80 <= share <= 90
    few = Document("x" * 16, "b.txt", "txt", text="Mål 1. Öka samverkan." * 100)
    few.furniture = [Furniture(1, "page_number", "3")]
    note_furniture_share(few)
    assert not few.warnings


def test_a_pdf_over_the_text_limit_is_an_error_row(tmp_path):
    with pytest.raises(IngestError, match="too much text"):
        read_document(GOOD_PDF, "x" * 16, max_text_bytes=1000, ocr="never")


# --- limits: time, memory ----------------------------------------------------------------------

def test_a_document_time_limit_is_on_by_default_and_the_same_everywhere():
    from samverkan.cli import run

    assert RunOptions().timeout == DEFAULT_TIMEOUT > 0
    assert RunOptions().work().timeout == DEFAULT_TIMEOUT
    assert RunOptions(timeout=0).work().timeout is None  # 0: no limit
    helps = {p.name: p.help for p in run.params}
    assert f"{DEFAULT_TIMEOUT:g}" in helps["timeout"]


def allocate(task: Task, opts: WorkOptions) -> Outcome:
    """A stand-in for process_document that wants the memory its file name says (MiB)."""
    want = int(Path(task.source).stem)
    try:
        block = bytearray(want << 20)
        block[-1] = 1
    except MemoryError:
        return Outcome(task.source, task.doc_id, task.fmt, "error", parallel.memory_message())
    return Outcome(task.source, task.doc_id, task.fmt, "ok", "")


def test_a_worker_cannot_take_more_memory_than_its_cap_and_the_next_document_still_runs():
    pool = ProcessExecutor(WorkOptions(memory_mb=400), workers=1, work=allocate)
    done = []
    for name in ("2000", "50", "900"):
        done += pool.submit(Task(f"/x/{name}.pdf", name, "pdf"))
    done += pool.drain()
    pool.close()
    by = {Path(o.source).stem: o for o in done}
    assert by["50"].status == "ok"
    for big in ("2000", "900"):
        assert by[big].status == "error" and "400 MiB" in by[big].message, by[big]


def test_no_memory_cap_in_the_callers_own_process():
    import resource

    before = resource.getrlimit(resource.RLIMIT_DATA)
    parallel.SerialExecutor(WorkOptions(memory_mb=100))
    assert resource.getrlimit(resource.RLIMIT_DATA) == before


def test_a_blank_pdf_page_too_large_to_render_is_an_error_row_under_the_cap(tmp_path):
    """A 339-byte PDF of one 14 400 pt page once took 4.6 GB to render for OCR."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "jättesida.pdf").write_bytes(blank_pages_pdf(1, (14400, 14400)))
    res = _samverkan("run", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                     "--workers", "1", "--ocr", "auto")
    assert res.returncode == 1 and "Traceback" not in res.stderr, res.stderr
    assert "jättesida.pdf" in res.stderr


# --- the progress display --------------------------------------------------------------------

def _wait_for(stream: io.StringIO, text: str, seconds: float = 20) -> str:
    end = time.monotonic() + seconds
    while text not in stream.getvalue() and time.monotonic() < end:
        time.sleep(0.02)
    return stream.getvalue()


def test_progress_names_the_document_that_runs_far_longer_than_the_rest():
    stream = io.StringIO()
    progress = Progress(4, stream=stream, every=3600, limit=600, slow_after=0.3, tick=0.02)
    for name in ("a.pdf", "b.pdf"):
        progress.start(name)
        progress.advance(1, name)
    progress.start("lång\x1b.pdf")
    shown = _wait_for(stream, "slow:")
    progress.close()
    assert "slow: lång\\x1b.pdf has been reading for" in shown, shown
    assert "the others took" in shown and "--timeout" in shown
    assert "\x1b" not in shown


def test_slow_means_far_longer_than_the_typical_document():
    progress = Progress(3, quiet=True, slow_after=60)
    progress._times.extend([20.0, 30.0, 25.0])  # documents of this corpus take ~25 s
    progress.start("b.pdf")
    began = time.monotonic()
    assert progress.slow(now=began + 200) == []  # 8x the typical: not yet
    assert [s for s, _ in progress.slow(now=began + 300)] == ["b.pdf"]  # 12x
    quick = Progress(3, quiet=True, slow_after=60)
    quick.start("c.pdf")  # nothing finished yet: only the floor applies
    assert quick.slow(now=time.monotonic() + 30) == []
    assert quick.slow(now=time.monotonic() + 61) != []


def test_plain_progress_keeps_coming_while_one_document_holds_everything_up():
    stream = io.StringIO()
    progress = Progress(3, stream=stream, every=0.05, slow_after=0.1, tick=0.02)
    progress.start("a.pdf")
    progress.advance(1, "a.pdf")
    progress.start("stor.pdf")
    shown = _wait_for(stream, "waiting for stor.pdf")
    progress.close()
    lines = [ln for ln in shown.splitlines() if ln.startswith("progress: 1/3")]
    assert len(lines) >= 1 and "waiting for stor.pdf" in shown, shown


# --- the lock, and a disk that cannot be written -------------------------------------------

@pytest.fixture(scope="module")
def small_run(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("small") / "out"
    res = _samverkan("run", str(EXAMPLES / "ex05_handlingsplan_lsg_vingaker_2013.txt"),
                     "--out", str(out), "--workers", "0", "--quiet")
    assert res.returncode == 0, res.stderr
    return out


def test_report_and_export_wait_for_no_one_they_say_the_folder_is_in_use(small_run):
    with RunLock(small_run):
        for args in (("report", str(small_run)), ("export", str(small_run))):
            res = _samverkan(*args)
            assert res.returncode == 3, (args, res.stderr)
            assert "in use" in res.stderr and "Traceback" not in res.stderr
        res = _samverkan("run", str(EXAMPLES / "ex05_handlingsplan_lsg_vingaker_2013.txt"),
                         "--out", str(small_run), "--quiet")
        assert res.returncode == 3, res.stderr


def test_the_lock_may_be_taken_again_inside_the_process_that_holds_it(tmp_path):
    with RunLock(tmp_path):
        with RunLock(tmp_path):
            pass
        # still held after the inner one let go
        probe = subprocess.run([sys.executable, "-c",
                                "import sys; from samverkan.corpus.lock import RunLock, LockedError\n"
                                f"try:\n RunLock({str(tmp_path)!r}).acquire()\n"
                                "except LockedError: sys.exit(3)"], timeout=60)
        assert probe.returncode == 3
    RunLock(tmp_path).acquire()  # free again


def test_leftover_temporary_files_of_a_killed_run_are_removed(small_run):
    stale = small_run / ".goals.csv.99999.tmp"
    stale.write_text("half a file", encoding="utf-8")
    keep = small_run / ".andra.txt"
    keep.write_text("not ours", encoding="utf-8")
    res = _samverkan("run", str(EXAMPLES / "ex05_handlingsplan_lsg_vingaker_2013.txt"),
                     "--out", str(small_run), "--quiet")
    assert res.returncode == 0, res.stderr
    assert not stale.exists() and keep.exists()
    keep.unlink()


class _Tmpfs:
    """A small filesystem of our own (root only); skipped where it cannot be mounted."""

    def __init__(self, where: Path, size: str) -> None:
        where.mkdir(parents=True, exist_ok=True)
        self.where = where
        if os.geteuid() != 0 or not shutil.which("mount"):
            pytest.skip("mounting a small filesystem needs root")
        res = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                             capture_output=True, text=True)
        if res.returncode != 0:
            pytest.skip(f"cannot mount tmpfs: {res.stderr.strip()}")

    def read_only(self, on: bool) -> None:
        subprocess.run(["mount", "-o", f"remount,{'ro' if on else 'rw'}", str(self.where)],
                       check=True)

    def fill(self) -> Path:
        filler = self.where / "fyllnad"
        with filler.open("wb") as fh:
            try:
                while True:
                    fh.write(b"\0" * (1 << 16))
                    fh.flush()
            except OSError:
                pass
        return filler

    def close(self) -> None:
        subprocess.run(["umount", "-l", str(self.where)], capture_output=True)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()
            if p.is_file() and p.suffix in (".csv", ".md", ".html", ".json")}


@pytest.mark.slow
def test_a_run_on_a_disk_too_small_never_exits_0(tmp_path):
    fs = _Tmpfs(tmp_path / "liten", "2m")
    try:
        res = _samverkan("run", "--out", str(fs.where / "out"), "--workers", "1", "--quiet")
        assert res.returncode == 1, (res.stdout, res.stderr)
        assert "Traceback" not in res.stderr and "tables in" not in res.stdout
        assert "No space left" in res.stderr
    finally:
        fs.close()


@pytest.mark.slow
def test_a_full_or_read_only_disk_keeps_the_previous_outputs_whole_and_current(tmp_path):
    fs = _Tmpfs(tmp_path / "disk", "16m")
    try:
        out = fs.where / "out"
        first = _samverkan("run", "--out", str(out), "--workers", "1", "--quiet")
        assert first.returncode == 0, first.stderr
        assert _samverkan("report", str(out)).returncode == 0
        assert _samverkan("export", str(out), "--format", "xlsx").returncode == 0
        before = _snapshot(out)
        xlsx = (out / "export" / "samverkan.xlsx").read_bytes()
        assert "report.html" in before and ".samverkan-tables.json" in before
        extra = tmp_path / "extra"
        extra.mkdir()
        shutil.copy(EXAMPLES / "ex05_handlingsplan_lsg_vingaker_2013.txt", extra / "ny.txt")
        (extra / "ny.txt").write_text((extra / "ny.txt").read_text(encoding="utf-8") + "\nÄndrad.",
                                      encoding="utf-8")
        filler = fs.fill()
        for args in (("report", str(out)), ("export", str(out), "--format", "xlsx", "--format",
                                             "csv", "--format", "parquet"),
                     ("run", str(EXAMPLES), str(extra), "--out", str(out), "--quiet")):
            res = _samverkan(*args)
            assert res.returncode not in (0, 3), (args, res.stdout, res.stderr)
            assert "Traceback" not in res.stderr and "Exception ignored" not in res.stderr, args
            assert res.stderr.startswith("error:") or "\nerror:" in res.stderr, (args, res.stderr)
        assert _snapshot(out) == before
        assert (out / "export" / "samverkan.xlsx").read_bytes() == xlsx
        filler.unlink()
        fs.read_only(True)
        for args in (("report", str(out)), ("export", str(out), "--format", "xlsx"),
                     ("run", str(EXAMPLES), "--out", str(out), "--quiet")):
            res = _samverkan(*args)
            assert res.returncode == 1, (args, res.stderr)
            assert "Read-only file system" in res.stderr and "Traceback" not in res.stderr
        fs.read_only(False)
        assert _snapshot(out) == before
        # current: with room again, the same inputs give the same tables (written again
        # or found current: the failed run may have stored the new document, and then its
        # state file no longer claims the tables are current)
        res = _samverkan("run", "--out", str(out), "--workers", "1", "--quiet")
        assert res.returncode == 0, res.stderr
        after = _snapshot(out)
        after.pop(".samverkan-tables.json"), before.pop(".samverkan-tables.json")
        assert after == before
    finally:
        fs.close()


def test_a_failed_corpus_step_is_a_failed_run(tmp_path, monkeypatch):
    from samverkan.outputs import codebook

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(codebook, "write_codebook", full_disk)
    summary = batch.run_batch([EXAMPLES / "ex05_handlingsplan_lsg_vingaker_2013.txt"],
                              tmp_path / "out", RunOptions(quiet=True), log=lambda m: None)
    assert any(name == "codebook" for name, _ in summary.failures)
    assert summary.exit_status == 1



def test_what_is_taken_out_as_furniture_is_kept_in_the_furniture_table(eval_corpus, tmp_path):
    """Every visible character of a transcript is in the text or in the furniture: nothing
    is dropped without a trace, even where a rule takes too much."""
    import re

    from .hardening_corpus import read_more_transcript

    report = next(eval_corpus.glob("004_*.txt")).read_text(encoding="utf-8")
    made = tmp_path / "läs mer.txt"
    made.write_text(read_more_transcript(report, 3), encoding="utf-8")
    visible = re.compile(r"\s")
    for path in [*sorted(eval_corpus.glob("*.txt")), made]:
        source = decode(path.read_bytes()).text
        doc = read_document(path, "x" * 16)
        kept = len(visible.sub("", doc.text)) + sum(len(visible.sub("", f.text))
                                                    for f in doc.furniture)
        assert kept == len(visible.sub("", source)), path.name
