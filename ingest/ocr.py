"""OCR for PDF pages without a text layer: render the page, run Tesseract with Swedish, and
keep its layout output (every word with its box and confidence, from Tesseract's TSV), so
that a scanned page is set out like a digital one (`ocr_layout`).

- Memory is bounded by construction: a page is rendered under a pixel cap (a huge page is
  rendered at a lower resolution, never at 300 dpi whatever its size).
- Blank pages are found on a small thumbnail before any OCR, and a document gets at most
  OCR_PAGE_BUDGET pages of OCR.
- A page read with little confidence is checked for its orientation (Tesseract's OSD) and
  read again turned upright; small skew Tesseract handles itself.
- Pages are rendered one at a time (pdfium is not thread-safe) and recognised in parallel
  by Tesseract processes, each single-threaded.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium

from .errors import IngestError

DPI = 300  # Tesseract's models are trained on ~300 dpi text
LANG = "swe"
PAGE_TIMEOUT = 300  # seconds for one page; a document's own --timeout usually comes first
OCR_MODES = ("auto", "always", "never")
MAX_PIXELS = 40_000_000  # ~ A3 at 300 dpi; larger pages are rendered at a lower resolution
OCR_PAGE_BUDGET = 400  # pages of OCR per document at most
THUMBNAIL_DPI = 36
BLANK_INK = 0.003  # a page with less than this share of inked thumbnail pixels is blank
INK_LEVEL = 200  # grey levels below this are ink (text at thumbnail size is grey)
RETRY_CONFIDENCE = 55.0  # below this mean confidence a page's orientation is checked


@dataclass
class OcrWord:
    text: str
    left: float  # pixels, origin top left
    top: float
    right: float
    bottom: float
    confidence: float
    line: tuple[int, int, int] = (0, 0, 0)  # Tesseract's block, paragraph and line


@dataclass
class OcrPage:
    number: int
    width: float = 0.0
    height: float = 0.0
    words: list[OcrWord] = field(default_factory=list)
    blank: bool = False
    rotation: int = 0  # degrees the page was turned to read it

    @property
    def confidence(self) -> float | None:
        """Mean word confidence 0-100, None when no word was found."""
        confs = [w.confidence for w in self.words if w.confidence >= 0]
        return round(sum(confs) / len(confs), 1) if confs else None


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


def default_threads() -> int:
    """Tesseract processes at once for one document: the cores this process may use, shared
    with the other documents of a batch (SAMVERKAN_OCR_THREADS overrides)."""
    env = os.environ.get("SAMVERKAN_OCR_THREADS")
    if env and env.isdigit() and int(env) > 0:
        return int(env)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


class PdfOcr:
    """OCR of pages of one PDF; the file is opened once, on the first page asked."""

    def __init__(self, path: Path, dpi: int = DPI, lang: str = LANG,
                 max_pixels: int = MAX_PIXELS) -> None:
        self.path = Path(path)
        self.dpi = dpi
        self.lang = lang
        self.max_pixels = max_pixels
        self._pdf: pdfium.PdfDocument | None = None

    def page(self, number: int) -> OcrPage:
        """OCR of page `number` (1-based)."""
        return self.pages([number], threads=1)[number]

    def pages(self, numbers: Iterable[int], threads: int | None = None) -> dict[int, OcrPage]:
        """OCR of the pages, recognised `threads` at a time (rendered one by one)."""
        missing = ocr_available(self.lang)
        if missing:
            raise IngestError(f"OCR is not available: {missing}")
        threads = threads or default_threads()
        out: dict[int, OcrPage] = {}
        with tempfile.TemporaryDirectory(prefix="samverkan-ocr-") as tmp, \
                ThreadPoolExecutor(max_workers=threads) as pool:
            pending: list[tuple[int, Future]] = []
            for number in numbers:
                rendered = self._render(number, Path(tmp))
                if isinstance(rendered, OcrPage):  # blank: nothing to recognise
                    out[number] = rendered
                    continue
                png, width, height = rendered
                pending.append((number, pool.submit(read_image, png, number, width, height,
                                                    self.lang)))
                while len(pending) > 2 * threads:  # bounded: at most this many images wait
                    n, fut = pending.pop(0)
                    out[n] = fut.result()
            for n, fut in pending:
                out[n] = fut.result()
        return out

    def _render(self, number: int, tmp: Path) -> OcrPage | tuple[Path, int, int]:
        if self._pdf is None:
            self._pdf = pdfium.PdfDocument(str(self.path))
        page = self._pdf[number - 1]
        try:
            width_pt, height_pt = page.get_size()
            if _blank(page):
                return OcrPage(number, blank=True)
            scale = min(self.dpi / 72, (self.max_pixels / max(width_pt * height_pt, 1.0)) ** 0.5)
            image = page.render(scale=scale, grayscale=True).to_pil()
        finally:
            page.close()
        png = tmp / f"page-{number}.png"
        dpi = round(scale * 72)
        image.save(png, compress_level=1, dpi=(dpi, dpi))
        width, height = image.size
        del image
        return png, width, height

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None

    def __enter__(self) -> PdfOcr:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _blank(page: pdfium.PdfPage) -> bool:
    """A page with almost no ink, judged on a thumbnail (cheap beside OCR)."""
    thumb = page.render(scale=THUMBNAIL_DPI / 72, grayscale=True).to_pil()
    histogram = thumb.histogram()
    dark = sum(histogram[:INK_LEVEL])
    return dark <= BLANK_INK * max(sum(histogram), 1)


def read_image(png: Path, number: int, width: int, height: int, lang: str = LANG) -> OcrPage:
    """One page image read by Tesseract; a page read with little confidence is turned to
    the orientation Tesseract's OSD finds and read again (the better reading is kept)."""
    page = OcrPage(number, width, height, run_tesseract(png, lang))
    conf = page.confidence
    if conf is None or conf < RETRY_CONFIDENCE:
        angle = orientation(png)
        if angle:
            from PIL import Image

            turned = png.with_name(f"{png.stem}-turned.png")
            with Image.open(png) as img:
                img.rotate(-angle, expand=True).save(turned, compress_level=1)
            again = OcrPage(number, height if angle in (90, 270) else width,
                            width if angle in (90, 270) else height,
                            run_tesseract(turned, lang), rotation=angle)
            if (again.confidence or 0) > (conf or 0):
                page = again
    return page


def run_tesseract(image: Path, lang: str = LANG) -> list[OcrWord]:
    """The words of one image with their boxes and confidences (Tesseract's TSV)."""
    # one thread per Tesseract: pages and documents already run side by side
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    # --psm 4 (one column of lines of varying size): Tesseract reads each line across the
    # page, a list's numbers and a table row's cells with it; the layout (columns, cells,
    # paragraphs) is ours to find, as on digital pages
    cmd = ["tesseract", str(image), "stdout", "-l", lang, "--psm", "4", "tsv"]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=PAGE_TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        raise IngestError(f"OCR of a page took more than {PAGE_TIMEOUT} s") from None
    if done.returncode != 0:
        message = " ".join(done.stderr.split())[-200:]
        raise IngestError(f"OCR failed (tesseract exit {done.returncode}): {message}")
    return parse_tsv(done.stdout)


def parse_tsv(tsv: str) -> list[OcrWord]:
    """Words (level 5 rows with text) of Tesseract's TSV."""
    words = []
    for line in tsv.splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        try:
            left, top, w, h = (int(c) for c in cols[6:10])
            conf = float(cols[10])
        except ValueError:
            continue
        line = (int(cols[2]), int(cols[3]), int(cols[4])) if all(
            c.isdigit() for c in cols[2:5]) else (0, 0, 0)
        words.append(OcrWord(cols[11].strip(), left, top, left + w, top + h, conf, line))
    return words


def mean_confidence(tsv: str) -> float | None:
    """Mean confidence of the words in Tesseract's TSV."""
    return OcrPage(0, words=parse_tsv(tsv)).confidence


def orientation(image: Path) -> int:
    """Degrees clockwise the page is turned (0, 90, 180, 270), by Tesseract's OSD; 0 when
    OSD cannot tell."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(["tesseract", str(image), "stdout", "--psm", "0"],
                              capture_output=True, text=True, timeout=PAGE_TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        return 0
    for line in done.stdout.splitlines():
        if line.startswith("Rotate:"):
            try:
                return int(line.split(":")[1]) % 360
            except ValueError:
                return 0
    return 0
