"""Pages per second of `read_pdf` against pdfplumber's plain `extract_text` on the same files.

    python bench/bench_pdf_ingest.py [--docs 50] [--pages 12] [--plain] [--keep DIR]

The documents are generated with reportlab: running header and footer with page numbers,
body paragraphs, one ruled budget table and one two-column page each, so that the slow
path is exercised at about the rate real reports need it (--plain: body text only).
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from samverkan.ingest.pdf import read_pdf

W, H = A4
STYLES = getSampleStyleSheet()
PARAGRAPH = ("Samordningsförbundet har under året arbetat med finansiell samordning mellan "
             "Försäkringskassan, Arbetsförmedlingen, kommunen och regionen. Målgruppen är "
             "personer i åldern 16–64 år som står långt från arbetsmarknaden. Insatserna har "
             "följts upp av beredningsgruppen och styrelsen har sammanträtt sex gånger. ")


def make_doc(path: Path, doc_no: int, n_pages: int, plain: bool = False) -> None:
    def furniture(c, doc) -> None:
        c.saveState()
        c.setFont("Helvetica", 9)
        c.drawString(2 * cm, H - 1.5 * cm, f"Samordningsförbundet {doc_no}")
        c.drawRightString(W - 2 * cm, 1.2 * cm, f"Sida {doc.page}")
        c.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=A4, invariant=1)
    col_w = (W - 4 * cm) / 2 - 0.5 * cm
    doc.addPageTemplates([
        PageTemplate("plain", [Frame(2 * cm, 2.5 * cm, W - 4 * cm, H - 5 * cm)], onPage=furniture),
        PageTemplate("columns", [Frame(2 * cm, 2.5 * cm, col_w, H - 5 * cm),
                                 Frame(W / 2 + 0.5 * cm, 2.5 * cm, col_w, H - 5 * cm)],
                     onPage=furniture),
    ])
    story: list = [Paragraph(f"Verksamhetsberättelse {2015 + doc_no % 10}", STYLES["Title"])]
    for page in range(n_pages if plain else n_pages - 2):
        story += [Paragraph(f"Avsnitt {page + 1}", STYLES["Heading2"])]
        story += [Paragraph(PARAGRAPH * 2, STYLES["Normal"]) for _ in range(5)]
        story.append(PageBreak())
    if not plain:
        story += [Paragraph("Budget", STYLES["Heading2"]), _table(),
                  NextPageTemplate("columns"), PageBreak()]
        story += [Paragraph(PARAGRAPH * 2, STYLES["Normal"]) for _ in range(3)]
        story += [FrameBreak()] + [Paragraph(PARAGRAPH * 2, STYLES["Normal"]) for _ in range(3)]
    doc.build(story[:-1] if plain else story)  # no blank page after the last PageBreak


def _table() -> Table:
    rows = [["Post", "Budget", "Utfall"]]
    rows += [[f"Insats {i}", f"{i * 10_000} kr", f"{i * 9_000} kr"] for i in range(1, 15)]
    table = Table(rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    return table


def run_read_pdf(path: Path) -> tuple[int, Counter]:
    methods = Counter(page.method for page in read_pdf(path))
    return sum(methods.values()), methods


def run_pdfplumber(path: Path) -> tuple[int, Counter]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
        return len(pdf.pages), Counter()


def run_pypdfium2(path: Path) -> tuple[int, Counter]:
    pdf = pdfium.PdfDocument(str(path))
    for page in pdf:
        page.get_textpage().get_text_range()
    n = len(pdf)
    pdf.close()
    return n, Counter()


def run_pdftotext(path: Path) -> tuple[int, Counter]:
    subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True)
    return len(pdfium.PdfDocument(str(path))), Counter()


def measure(name: str, files: list[Path], reader: Callable[[Path], tuple[int, Counter]]) -> float:
    start = time.perf_counter()
    pages = 0
    methods: Counter = Counter()
    for path in files:
        n, m = reader(path)
        pages += n
        methods.update(m)
    seconds = time.perf_counter() - start
    rate = pages / seconds
    extra = f"  {dict(methods)}" if methods else ""
    print(f"{name:<24} {pages:6d} pages {seconds:8.2f} s {rate:9.1f} pages/s{extra}")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=50)
    parser.add_argument("--pages", type=int, default=12, help="pages per document")
    parser.add_argument("--plain", action="store_true", help="no table or column pages")
    parser.add_argument("--keep", type=Path, help="write the PDFs here instead of a temp dir")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench_pdf_"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        files = [folder / f"doc{i:03d}.pdf" for i in range(args.docs)]
        for i, path in enumerate(files):
            make_doc(path, i, args.pages, args.plain)
        run_read_pdf(files[0])  # warm-up: imports and pdfium initialisation
        ours = measure("read_pdf", files, run_read_pdf)
        plumber = measure("pdfplumber extract_text", files, run_pdfplumber)
        measure("pypdfium2 text only", files, run_pypdfium2)
        if shutil.which("pdftotext"):
            measure("pdftotext -layout", files, run_pdftotext)
        print(f"read_pdf is {ours / plumber:.1f}x pdfplumber extract_text")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
