"""OCR of pages without a text layer: an example report rendered to an image-only PDF."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from samverkan.batch import EXAMPLES
from samverkan.ingest.errors import IngestError
from samverkan.ingest.ocr import mean_confidence, ocr_available
from samverkan.ingest.pdf import read_pdf
from samverkan.ingest.reader import read_document

needs_tesseract = pytest.mark.skipif(ocr_available() is not None,
                                     reason=f"OCR not available: {ocr_available()}")


def image_only_pdf(source: Path, target: Path, pages: int, dpi: int = 200) -> None:
    """Each page as a grey image and nothing else, like a scanner makes it."""
    pdf = pdfium.PdfDocument(str(source))
    try:
        images = [pdf[i].render(scale=dpi / 72).to_pil().convert("L")
                  for i in range(min(pages, len(pdf)))]
    finally:
        pdf.close()
    images[0].save(target, save_all=True, append_images=images[1:], resolution=dpi)


def words(text: str) -> Counter:
    return Counter(w.lower() for w in re.findall(r"\w+", text))


@needs_tesseract
@pytest.mark.slow
@pytest.mark.parametrize("name", ["ex01_verksamhetsberattelse_lsg_torshalla_2015.pdf",
                                  "ex03_arsredovisning_ostra_sormland_2016.pdf"])
def test_image_only_pdf_gives_back_its_words(name, tmp_path):
    source = EXAMPLES / name
    scan = tmp_path / "skannad rapport.pdf"
    image_only_pdf(source, scan, pages=2)
    assert all(not p.has_text for p in read_pdf(scan))
    doc = read_document(scan, "scan", ocr="auto")
    assert [p.method for p in doc.pages] == ["ocr", "ocr"]
    assert all(p.ocr_confidence and p.ocr_confidence > 50 for p in doc.pages)
    assert any("OCR on 2 page(s)" in w for w in doc.warnings)
    # the digital text of the same pages, running headers and footers included: the scan's
    # are taken out of its body as furniture, as a digital page's are
    digital = "\n".join(p.text + "\n" + "\n".join(f.text for f in p.furniture)
                        for p in read_pdf(source, max_pages=None) if p.number <= 2)
    furniture = "\n".join(f.text for f in doc.furniture)
    assert furniture, "the scanned pages' running lines go to furniture"
    want, got = words(digital), words(doc.text + "\n" + furniture)
    found = sum(min(n, got[w]) for w, n in want.items())
    assert found / sum(want.values()) >= 0.95, (want - got).most_common(20)


@needs_tesseract
def test_ocr_never_leaves_a_scan_unread(tmp_path):
    scan = tmp_path / "scan.pdf"
    image_only_pdf(EXAMPLES / "ex01_verksamhetsberattelse_lsg_torshalla_2015.pdf", scan, 1,
                   dpi=72)
    with pytest.raises(IngestError, match="no text layer.*--ocr never"):
        read_document(scan, "scan", ocr="never")


def test_digital_pdf_is_not_ocred_in_auto_mode():
    doc = read_document(EXAMPLES / "ex02_verksamhetsplan_vastra_malardalen_2017.pdf", "d")
    assert all(p.method != "ocr" and p.ocr_confidence is None for p in doc.pages)


def test_mean_confidence_reads_word_rows_only():
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = ["1\t1\t0\t0\t0\t0\t0\t0\t10\t10\t-1\t",
            "5\t1\t1\t1\t1\t1\t0\t0\t10\t10\t90\tMålet",
            "5\t1\t1\t1\t1\t2\t0\t0\t10\t10\t70\tär",
            "5\t1\t1\t1\t1\t3\t0\t0\t10\t10\t-1\t "]
    assert mean_confidence("\n".join([head, *rows])) == 80.0
    assert mean_confidence(head) is None


def test_each_record_keeps_the_lowest_ocr_confidence_of_its_pages():
    from samverkan.extract import extract_document
    from samverkan.ingest.metadata import add_metadata
    from samverkan.records import Document, Page

    first = "Verksamhetsplan 2031 LSG Åby\n\nMål\n\n- Öka samverkan mellan parterna i Åby.\n"
    second = "Målgrupp\n\nMålgruppen är unga vuxna som står långt från arbetsmarknaden.\n"
    text = first + "\n\n" + second
    doc = Document(doc_id="t", source_path="t.pdf", format="pdf", text=text,
                   pages=[Page(1, 0, len(first), "ocr", 91.0),
                          Page(2, len(first) + 2, len(text), "ocr", 62.5)])
    add_metadata(doc)
    ex = extract_document(doc)
    assert [g.ocr_confidence for g in ex.goals] == [91.0]
    assert [t.ocr_confidence for t in ex.target_groups] == [62.5]
    doc.pages = [Page(1, 0, len(first)), Page(2, len(first) + 2, len(text))]
    assert all(g.ocr_confidence is None for g in extract_document(doc).goals)
