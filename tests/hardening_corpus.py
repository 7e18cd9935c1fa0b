"""A hostile corpus, generated: files and folders that have broken the batch or could,
each with the status its row must get, beside good reports. Used by
tests/test_hardening_corpus.py and bench/bench_hostile.py.

`make_hostile(folder)` writes them and returns what to expect per row (keyed by the
source_path the row must carry, relative to `folder`). `TreeMemory` samples the peak memory
of a process and all its descendants (the workers are children of the fork server, so a
`getrusage` of the command's children does not see them).
"""
from __future__ import annotations

import os
import shutil
import socket
import stat
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path

from samverkan.batch import EXAMPLES
from samverkan.inputs import as_text

from .test_hostile import encrypted_pdf, minimal_pdf, page_pdf

GOOD_PDF = "ex02_verksamhetsplan_vastra_malardalen_2017.pdf"
ANY = ("ok", "error", "skipped")


@dataclass
class Expect:
    status: tuple[str, ...]  # statuses the row may have
    says: str = ""  # a fragment its message (error column) or warnings must hold
    where: str = "error"  # the column `says` is looked for in: error | warnings


def root_without_permission_checks() -> list[str] | None:
    """A command prefix that runs a process without root's power to ignore file
    permissions (so that folders of mode 000 are what they are for a user); [] when not
    root; None when root and that cannot be done."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search"]


def blank_pages_pdf(count: int, size: tuple[float, float] = (595, 842)) -> bytes:
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(count))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] >>" % size
    return minimal_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count,
                        *[page] * count])


def big_image_pdf(side: int) -> bytes:
    """One page showing a side x side grey image (Flate: a few hundred KB on disk, side²
    bytes when decoded)."""
    comp = zlib.compressobj(9)
    row = bytes(side)
    data = b"".join(comp.compress(row) for _ in range(side)) + comp.flush()
    content = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    return minimal_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (
            side, side, len(data)) + data + b"\nendstream"])


def unmapped_glyphs_pdf(text: str) -> bytes:
    """A PDF whose font (Type0, Identity-H) has no ToUnicode map: its text layer is glyph
    codes."""
    codes = "".join("%04X" % (ord(ch) + 29) for ch in text).encode()
    content = b"BT /F1 12 Tf 72 720 Td <" + codes + b"> Tj ET"
    return minimal_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Calibri /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Calibri /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R "
        b"/CIDToGIDMap /Identity >>",
        b"<< /Type /FontDescriptor /FontName /ABCDEF+Calibri /Flags 32 /FontBBox [0 0 1000 "
        b"1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>"])


def numbered_goals(n: int) -> str:
    return ("Verksamhetsplan 2016 för Samordningsförbundet Västra Mälardalen\n\nMål\n\n"
            + "".join(f"{i}. Målet är att öka samverkan mellan myndigheterna i kommun {i}.\n"
                      for i in range(1, n + 1)))


def summa_line(n: int) -> str:
    return "Budget 2016\n\nSumma " + "1 000 " * n + "\n"


def form_feeds(n: int) -> str:
    return "Verksamhetsberättelse 2015\n" + "rad\f" * n


def read_more_transcript(report: str, copies: int) -> str:
    """A web transcript saved several times into one file: after each copy, the site's
    'Läs mer' list of other documents."""
    more = ("Läs mer\n\nVerksamhetsberättelse 2014\nVerksamhetsplan 2016\n"
            "Relaterade dokument\nÅrsredovisning 2015\n\n")
    return "".join(f"{report}\n\n{more}" for _ in range(copies))


def make_hostile(folder: Path, eval_corpus: Path, permissions: bool, scale: float = 1.0
                 ) -> dict[str, Expect]:
    """Write the hostile files under `folder`; returns source path (relative, as the row
    writes it) -> what its row must say. `permissions`: also folders and files that cannot
    be opened (only meaningful for a process that permissions apply to). `scale` shrinks the
    slow inputs for quick runs."""
    folder.mkdir(parents=True, exist_ok=True)
    expect: dict[str, Expect] = {}
    base = os.fsencode(folder)
    report = next(eval_corpus.glob("002_*.txt")).read_text(encoding="utf-8")
    long_report = next(eval_corpus.glob("004_*.txt")).read_text(encoding="utf-8")

    def put(name: str | bytes, data: bytes | str, status=("error",), says="",
            where="error") -> Path:
        raw = name if isinstance(name, bytes) else name.encode()
        path = os.path.join(base, raw)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        expect[as_text(os.fsdecode(raw))] = Expect(tuple(status), says, where)
        return Path(os.fsdecode(path))

    # names: bytes that are not UTF-8, control characters, right-to-left marks
    put(b"namn/rapport_\xe5\xe4\xf6_latin1.txt", report.replace("2", "3", 1), ("ok",))
    put("namn/rapport\x1b[31mröd\nrad.txt", report.replace("2", "4", 1), ("ok",))
    put("namn/rapport\u202etxt.pdf", (EXAMPLES / GOOD_PDF).read_bytes() + b"\n\n", ("ok",))
    put("namn/trasig\x1b[2J.pdf", os.urandom(3000), ("error",), "not a PDF")
    # hidden files and folders, links
    put("gömt/.dold.txt", report.replace("2", "9", 1), ("skipped",), "hidden file")
    put("gömt/.git/HEAD.txt", report)
    del expect["gömt/.git/HEAD.txt"]
    expect["gömt/.git"] = Expect(("skipped",), "hidden folder")
    (folder / "länkar").mkdir()
    os.symlink(folder / "namn", folder / "länkar" / "mapplänk")
    expect["länkar/mapplänk"] = Expect(("skipped",), "link to a folder")
    os.symlink(folder / "finns-inte.txt", folder / "länkar" / "trasig.txt")
    expect["länkar/trasig.txt"] = Expect(("error",), "broken link")
    os.symlink(folder / "gömt" / ".dold.txt", folder / "länkar" / "fillänk.txt")
    expect["länkar/fillänk.txt"] = Expect(("ok",))
    # kinds of file
    os.mkfifo(folder / "rör.txt")
    expect["rör.txt"] = Expect(("skipped",), "not a regular file")
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(folder / "uttag.pdf"))
        expect["uttag.pdf"] = Expect(("skipped",), "not a regular file")
    except OSError:  # a socket's path may be at most 108 bytes
        pass
    finally:
        sock.close()
    # damage that is named, not fatal
    utf8 = report.encode("utf-8")
    cut = utf8.index(b"\n", len(utf8) // 3)
    put("skada/ogiltig utf8.txt", utf8[:cut] + b" \xff\xfe trasigt \xc3" + utf8[cut:],
        ("ok",), "invalid UTF-8", "warnings")
    put("skada/blandad kodning.txt",
        utf8.replace(b"2", b"5", 1) + "\nRad sparad i cp1252: Västerås och Örebro\n"
        .encode("cp1252"), ("ok",), "mixed encodings", "warnings")
    put("skada/lös nul.txt", report.replace("2", "6", 1).encode() + b"\x00\n", ("ok",),
        "NUL", "warnings")
    put("skada/pdf som text.txt", page_pdf(text=b"Verksamhetsplan 2017 for LSG Arboga"),
        ("ok",), "read as a PDF", "warnings")
    put("skada/pdf-kod.txt", "\n".join(f"{i} 0 obj\n<< /Type /Page /Length {i} >>\nstream\n"
                                       f"q 1 0 0 1 0 0 cm\nendstream\nendobj" for i in range(1, 60)),
        ("ok", "error"), "source code of a PDF", "warnings")
    put("skada/utfyllnad.pdf", (EXAMPLES / "ex01_verksamhetsberattelse_lsg_torshalla_2015.pdf")
        .read_bytes() + b"\x00" * 100_000, ("ok",), "padding", "warnings")
    put("skada/glyfkoder.pdf", unmapped_glyphs_pdf("Verksamhetsberattelse 2016 for "
                                                    "samordningsforbundet mal att oka samverkan"),
        ANY)  # the warning (or OCR's reading) is checked in its own test
    # text lost without a word: a 'Läs mer' list in the middle of a concatenated transcript
    put("transkript/läs mer i mitten.txt", read_more_transcript(long_report, 4), ("ok",))
    # memory: pages too large to render, images too large to decode
    put("minne/jättesida.pdf", blank_pages_pdf(1, (14400, 14400)), ANY)
    put("minne/jättebild.pdf", big_image_pdf(20_000), ANY)
    # time: inputs that were quadratic, scanned blank pages (cut short by --timeout)
    put("tid/numrerade mål.txt", numbered_goals(int(300 * scale)), ("ok", "error"))
    put("tid/summarad.txt", summa_line(int(2000 * scale)), ("ok", "error"))
    put("tid/sidbrytningar.txt", form_feeds(int(20_000 * scale)), ("ok", "error"))
    put("tid/tomma sidor.pdf", blank_pages_pdf(int(400 * scale)), ("error",))
    put("stort/en rad.txt", ("Verksamhetsplan 2015 för samordningsförbundet " * 250_000),
        ("error",), "too large")
    # what the older hostile tests hold, too
    put("gammalt/tom.pdf", b"", ("error",), "empty")
    put("gammalt/slump.pdf", os.urandom(50_000), ("error",))
    whole = (EXAMPLES / GOOD_PDF).read_bytes()
    put("gammalt/avklippt.pdf", whole[: len(whole) // 2], ("error",), "truncated")
    put("gammalt/binär.txt", b"\x00\x01\x02\x03" * 2000, ("error",), "binary")
    put("gammalt/miljon sidor.pdf", page_pdf(count=1_000_000), ("error",))
    encrypted_pdf(folder / "gammalt" / "krypterad.pdf")
    expect["gammalt/krypterad.pdf"] = Expect(("error",), "password")
    put("gammalt/anteckning.docx", b"PK\x03\x04 not really", ("skipped",), "not a supported")
    if permissions:
        put("rättigheter/stängd/inne.txt", report)
        del expect["rättigheter/stängd/inne.txt"]
        os.chmod(folder / "rättigheter" / "stängd", 0)
        expect["rättigheter/stängd"] = Expect(("error",), "cannot open the folder")
        put("rättigheter/bara lista/inne.txt", report.replace("2", "7", 1), ("error",),
            "permission denied")
        os.chmod(folder / "rättigheter" / "bara lista", 0o444)
        locked = put("rättigheter/låst fil.txt", report.replace("2", "8", 1), ("error",),
                     "permission denied")
        os.chmod(locked, 0)
    return expect


def open_up(folder: Path) -> None:
    """Make every folder under `folder` removable again."""
    for root, dirs, _ in os.walk(folder):
        for d in dirs:
            p = os.path.join(root, d)
            if not os.path.islink(p):
                os.chmod(p, stat.S_IRWXU)
    for root, _, _ in os.walk(folder):
        os.chmod(root, stat.S_IRWXU)


class TreeMemory:
    """Samples, every `every` seconds, the processes under `pid`: the largest peak resident
    size of any one of them (the kernel's high-water mark, VmHWM, so a spike between two
    samples of a live process is not missed) and the largest sum of resident sizes."""

    def __init__(self, pid: int, every: float = 0.05) -> None:
        import psutil

        self.root = psutil.Process(pid)
        self.every = every
        self.max_process = 0  # bytes
        self.max_total = 0  # bytes: resident sizes summed (shared pages counted in each)
        self.max_pss = 0  # bytes: proportional set sizes summed (shared pages split)
        self.worst = ""  # command line of the process with the largest peak
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                return
            total = pss = 0
            for p in procs:
                try:
                    hwm, rss = _hwm_rss(p.pid)
                    pss += _pss(p.pid)
                except OSError:
                    continue
                total += rss
                if hwm > self.max_process:
                    self.max_process = hwm
                    try:
                        self.worst = " ".join(p.cmdline())[:120]
                    except psutil.Error:
                        pass
            self.max_total = max(self.max_total, total)
            self.max_pss = max(self.max_pss, pss)
            self._stop.wait(self.every)

    def stop(self) -> TreeMemory:
        self._stop.set()
        self._thread.join()
        return self


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (FileNotFoundError, PermissionError):
        pass
    return 0


def _hwm_rss(pid: int) -> tuple[int, int]:
    hwm = rss = 0
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                hwm = int(line.split()[1]) * 1024
            elif line.startswith("VmRSS:"):
                rss = int(line.split()[1]) * 1024
    return hwm, rss
