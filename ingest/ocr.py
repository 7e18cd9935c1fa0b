"""OCR for PDF pages without a text layer: render the page, run Tesseract with Swedish.

Only the pages that need it are rendered, one at a time, so a 500-page scan costs the memory
of one page image. The `tesseract` command (Debian `tesseract-ocr` + `tesseract-ocr-swe`) is
called directly: it writes the text and, in the same pass, a TSV of words with confidences.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium

from .errors import IngestError

DPI = 300  # Tesseract's models are trained on ~300 dpi text
LANG = "swe"
PAGE_TIMEOUT = 300  # seconds for one page; a document's own --timeout usually comes first
OCR_MODES = ("auto", "always", "never")


@dataclass
class OcrText:
    text: str
    confidence: float | None  # mean word confidence 0-100, None when no word was found


@cache
def ocr_available(lang: str = LANG) -> str | None:
    """None when OCR can run, else what is missing, in words a user can act on."""
    exe = shutil.which("tesseract")
    if exe is None:
        return "the tesseract command is not installed (Debian: tesseract-ocr tesseract-ocr-swe)"
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"tesseract does not run: {exc}"
    langs = {line.strip() for line in (out.stdout + out.stderr).splitlines()}
    if lang not in langs:
        return f"Tesseract's '{lang}' model is missing (Debian: tesseract-ocr-{lang})"
    return None


class PdfOcr:
    """OCR of single pages of one PDF; the file is opened once, on the first page asked."""

    def __init__(self, path: Path, dpi: int = DPI, lang: str = LANG) -> None:
        self.path = Path(path)
        self.dpi = dpi
        self.lang = lang
        self._pdf: pdfium.PdfDocument | None = None

    def page(self, number: int) -> OcrText:
        """OCR of page `number` (1-based)."""
        missing = ocr_available(self.lang)
        if missing:
            raise IngestError(f"OCR is not available: {missing}")
        if self._pdf is None:
            self._pdf = pdfium.PdfDocument(str(self.path))
        page = self._pdf[number - 1]
        try:
            image = page.render(scale=self.dpi / 72, grayscale=True).to_pil()
        finally:
            page.close()
        with tempfile.TemporaryDirectory(prefix="samverkan-ocr-") as tmp:
            png = Path(tmp) / "page.png"
            image.save(png, compress_level=1, dpi=(self.dpi, self.dpi))
            del image
            return run_tesseract(png, Path(tmp) / "out", self.lang, self.dpi)

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None

    def __enter__(self) -> PdfOcr:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def run_tesseract(image: Path, base: Path, lang: str = LANG, dpi: int = DPI) -> OcrText:
    """Text and mean word confidence of one image, from one Tesseract pass."""
    # one thread per Tesseract: the batch already runs one document per core
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    cmd = ["tesseract", str(image), str(base), "-l", lang, "--dpi", str(dpi), "txt", "tsv"]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=PAGE_TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        raise IngestError(f"OCR of a page took more than {PAGE_TIMEOUT} s") from None
    if done.returncode != 0:
        raise IngestError(f"OCR failed: {done.stderr.strip()[-300:]}")
    text = base.with_suffix(".txt").read_text(encoding="utf-8", errors="replace")
    tsv = base.with_suffix(".tsv").read_text(encoding="utf-8", errors="replace")
    return OcrText(text, mean_confidence(tsv))


def mean_confidence(tsv: str) -> float | None:
    """Mean confidence of the words (level 5 rows with text) in Tesseract's TSV."""
    confs = []
    for line in tsv.splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        try:
            conf = float(cols[10])
        except ValueError:
            continue
        if conf >= 0:
            confs.append(conf)
    return round(sum(confs) / len(confs), 1) if confs else None
