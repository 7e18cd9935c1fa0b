"""A corpus of bad and odd files beside good ones: every file becomes a row with a clear status,
the run finishes, memory stays bounded and the good documents' results do not change."""
from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from samverkan.batch import EXAMPLES

from .test_scale import same_code, tables

GOOD_PDF = "ex02_verksamhetsplan_vastra_malardalen_2017.pdf"


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "samverkan", *args], capture_output=True,
                          text=True, timeout=300, cwd=cwd)


def minimal_pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF with a correct cross-reference table around the given object bodies."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, xref)
    return bytes(out)


def page_pdf(count: int = 1, extra: bytes = b"", text: bytes = b"Verksamhetsplan 2015") -> bytes:
    content = b"BT /F1 12 Tf 72 720 Td (" + text + b") Tj ET"
    return minimal_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count %d >>" % count,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> " + extra + b">>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


def encrypted_pdf(path: Path) -> None:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen.canvas import Canvas

    enc = pdfencrypt.StandardEncryption("hemligt", ownerPassword="ägare", canPrint=0)
    c = Canvas(str(path), encrypt=enc)
    c.drawString(72, 720, "Verksamhetsberättelse 2016 för LSG Köping")
    c.save()


def hostile_files(folder: Path, big_mb: float) -> dict[str, str]:
    """Write the bad files; returns file name -> the status it must get."""
    folder.mkdir(parents=True, exist_ok=True)
    expect = {}

    def put(name: str, data: bytes, status: str = "error") -> None:
        (folder / name).write_bytes(data)
        expect[name] = status

    put("tom.pdf", b"")
    put("tom.txt", b"")
    put("slump.pdf", os.urandom(50_000))
    whole = (EXAMPLES / GOOD_PDF).read_bytes()
    put("avklippt.pdf", whole[: len(whole) // 2])
    put("binär.txt", b"\x00\x01\x02\x03" * 2000)
    put("miljon sidor.pdf", page_pdf(count=1_000_000))
    depth = 200_000
    put("djupt nästlad.pdf", page_pdf(extra=b"/Nested " + b"[" * depth + b"]" * depth + b" "),
        status="any")  # pdfium caps the nesting; the page may still read
    put("djup innehållsström.pdf", page_pdf(text=b"(" * 50_000), status="any")
    encrypted_pdf(folder / "krypterad.pdf")
    expect["krypterad.pdf"] = "error"
    with (folder / "en rad.txt").open("wb") as fh:  # one huge line, over the size limit
        block = ("Verksamhetsplan 2015 för samordningsförbundet " * 1000).encode()
        for _ in range(int(big_mb * 1e6 / len(block)) + 1):
            fh.write(block)
    expect["en rad.txt"] = "error"
    os.mkfifo(folder / "rör.txt")
    expect["rör.txt"] = "skipped"
    put("anteckning.docx", b"PK\x03\x04 not really", status="skipped")
    return expect


@pytest.fixture(scope="module")
def good_only(tmp_path_factory, eval_corpus) -> Path:
    src = tmp_path_factory.mktemp("good")
    report = next(eval_corpus.glob("002_*.txt"))
    shutil.copy(report, src / "rapport med mellanslag.txt")
    shutil.copy(next(eval_corpus.glob("001_*.txt")), src / "årsrapport Örebro.txt")
    shutil.copy(next(eval_corpus.glob("003_*.txt")), src / "-inleds med streck.txt")
    shutil.copy(EXAMPLES / GOOD_PDF, src / "--help.pdf")
    return src


def test_hostile_corpus_rows_and_good_documents_unchanged(good_only, tmp_path):
    ref = tmp_path / "ref"
    res = _run("run", str(good_only), "--out", str(ref), "--workers", "2", "--quiet")
    assert res.returncode == 0, res.stderr
    src = tmp_path / "in"
    shutil.copytree(good_only, src)
    expect = hostile_files(src / "dåliga filer", big_mb=3)
    out = tmp_path / "out"
    res = _run("run", str(src), "--out", str(out), "--workers", "2", "--max-text-mb", "2",
               "--timeout", "120")
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert res.returncode == 1, res.stdout + res.stderr
    assert "Traceback" not in res.stderr
    assert peak_mb < 1024
    got = tables(out)
    rows = {Path(d["source_path"]).name: d for d in got["documents"]}
    for name, status in expect.items():
        assert name in rows, name
        row = rows[name]
        assert row["status"] in (("ok", "error") if status == "any" else (status,)), row
        if row["status"] != "ok":
            assert row["error"] and "internal error" not in row["error"], row
    assert "password" in rows["krypterad.pdf"]["error"]
    assert "too large" in rows["en rad.txt"]["error"]
    assert "empty" in rows["tom.pdf"]["error"] and "empty" in rows["tom.txt"]["error"]
    assert "not a regular file" in rows["rör.txt"]["error"]
    # the good documents: same rows and records as in a run without the bad files
    same_code(ref, out)
    ref_tables = tables(ref)
    for table, ref_rows in ref_tables.items():
        good_rows = [r for r in got[table] if table != "documents" or
                     not r["source_path"].startswith(str(src / "dåliga filer"))]
        if table == "documents":
            for r in good_rows + ref_rows:
                r["source_path"] = Path(r["source_path"]).name
        assert good_rows == ref_rows, table


def test_file_names_with_leading_dashes_as_arguments(good_only, tmp_path):
    out = tmp_path / "out"
    res = _run("run", "--out", str(out), "--workers", "1", "--", "-inleds med streck.txt",
               "--help.pdf", cwd=good_only)
    assert res.returncode == 0, res.stderr
    assert {d["status"] for d in tables(out)["documents"]} == {"ok"}
