"""PDF ingest: fast text, tables and columns via pdfplumber, page furniture, bad files.

Every fixture is generated with reportlab (invariant, so byte-identical between runs).
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from samverkan.ingest import pdf as pdf_ingest
from samverkan.ingest.errors import IngestError
from samverkan.ingest.pdf import RawPage, clean_pdf_text, count_pages, read_pdf
from samverkan.ingest.pdf_furniture import is_page_number, learn_rules
from samverkan.ingest.pdf_scan import remove_spans

W, H = A4
STYLES = getSampleStyleSheet()
HEADER = "Samordningsförbundet X"
FOOTER = "Verksamhetsberättelse 2023"
SWEDISH = "Målgruppen är unga vuxna i Örebro län; insatserna har följts upp av en samordnare, Renée."
LEFT_WORDS = "Vänster kolumn om älgar och öar."
RIGHT_WORDS = "Höger kolumn om ett café på ön."


# --- fixtures ---------------------------------------------------------------------------

def _furniture(total: int):
    def draw(c: canvas.Canvas, doc: BaseDocTemplate) -> None:
        c.saveState()
        c.setFont("Helvetica", 9)
        c.drawString(2 * cm, H - 1.5 * cm, HEADER)
        c.drawString(2 * cm, 1.2 * cm, FOOTER)
        c.drawRightString(W - 2 * cm, 1.2 * cm, f"Sida {doc.page} av {total}")
        c.restoreState()
    return draw


class InterleavedColumns(Flowable):
    """Two columns drawn line by line, left then right: the content stream interleaves
    them, so only geometry can restore the reading order."""

    def __init__(self, n_lines: int = 25) -> None:
        super().__init__()
        self.n_lines = n_lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.n_lines * 14 + 20

    def draw(self) -> None:
        c = self.canv
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(self.width / 2, self.n_lines * 14 + 4, "Rubrik över båda spalterna")
        c.setFont("Helvetica", 10)
        for i in range(self.n_lines):
            y = (self.n_lines - 1 - i) * 14
            c.drawString(0, y, f"V{i:02d} {LEFT_WORDS} Rad {i}.")
            c.drawString(self.width / 2 + 10, y, f"H{i:02d} {RIGHT_WORDS} Rad {i}.")


def _budget_table(n_rows: int) -> Table:
    rows = [["Post", "Budget 2023", "Utfall 2023"]]
    rows += [[f"Insats {i} för unga vuxna\nmed behov", f"{i * 1000} kr", f"{i * 900} kr"]
             for i in range(1, n_rows + 1)]
    rows.append(["Summa", f"{sum(range(1, n_rows + 1)) * 1000} kr",
                 f"{sum(range(1, n_rows + 1)) * 900} kr"])
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    return table


def _report_story() -> list:
    para = STYLES["Normal"]
    story = [Paragraph("Verksamhetsberättelse 2023", STYLES["Title"])]
    story += [Paragraph(f"{SWEDISH} Stycke {i}.", para) for i in range(6)]
    # page 2: a short ruled table between two paragraphs
    story += [PageBreak(), Paragraph("Text före tabellen om budgeten.", para),
              _budget_table(3), Paragraph("Text efter tabellen om budgeten.", para)]
    # pages 3-4: a long table that continues over the page break
    story += [PageBreak(), Paragraph("Lång tabell som fortsätter.", para),
              _budget_table(30), Paragraph("Efter den långa tabellen.", para)]
    # page 5: a full-width title and two columns in frames
    story += [NextPageTemplate("columns"), PageBreak(),
              Paragraph("Två spalter", STYLES["Title"]), FrameBreak()]
    story += [Paragraph(f"Vänster stycke {i}. " + LEFT_WORDS * 8, para) for i in range(4)]
    story += [FrameBreak()]
    story += [Paragraph(f"Höger stycke {i}. " + RIGHT_WORDS * 8, para) for i in range(4)]
    # page 6: columns interleaved in the content stream
    story += [NextPageTemplate("plain"), PageBreak(), InterleavedColumns()]
    # page 7: only an image-like drawing, no text layer and no running header
    story += [NextPageTemplate("blank"), PageBreak(), Blob()]
    return story


class Blob(Flowable):
    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 200, 200

    def draw(self) -> None:
        self.canv.setFillColor(colors.lightblue)
        self.canv.rect(0, 0, 200, 200, fill=1, stroke=0)


def _build_report(path: Path, total: int) -> None:
    doc = BaseDocTemplate(str(path), pagesize=A4, invariant=1)
    full = Frame(2 * cm, 2.5 * cm, W - 4 * cm, H - 5 * cm, id="full")
    title = Frame(2 * cm, H - 5 * cm, W - 4 * cm, 2.5 * cm, id="title")
    col_w = (W - 4 * cm) / 2 - 0.5 * cm
    left = Frame(2 * cm, 2.5 * cm, col_w, H - 7.5 * cm, id="left")
    right = Frame(W / 2 + 0.5 * cm, 2.5 * cm, col_w, H - 7.5 * cm, id="right")
    deco = _furniture(total)
    doc.addPageTemplates([PageTemplate("plain", [full], onPage=deco),
                          PageTemplate("columns", [title, left, right], onPage=deco),
                          PageTemplate("blank", [full])])
    doc.build(_report_story())


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "rapport.pdf"
    _build_report(path, 99)
    _build_report(path, count_pages(path))  # now "Sida N av M" knows M
    return path


@pytest.fixture(scope="module")
def pages(report: Path) -> list[RawPage]:
    return list(read_pdf(report))


def _canvas_pdf(path: Path, lines: list[tuple[float, float, str]], **kwargs) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, **kwargs)
    for x, y, text in lines:
        c.drawString(x, y, text)
    c.save()
    return path


# --- the report -------------------------------------------------------------------------

def test_page_count_and_numbers(report: Path, pages: list[RawPage]) -> None:
    assert count_pages(report) == 7
    assert [p.number for p in pages] == list(range(1, 8))


def test_plain_page_read_as_aligned_lines_with_swedish_intact(pages: list[RawPage]) -> None:
    first = pages[0]
    assert first.method == "pdf-layout"  # every unrotated digital page: pdf_aligned
    assert first.has_text
    assert first.text.lstrip().startswith("Verksamhetsberättelse 2023\n")  # centred: indented
    joined = " ".join(first.text.split())
    assert SWEDISH in joined
    assert all(ch in first.text for ch in "åäöéÖ")
    assert "\r" not in first.text and "\f" not in first.text
    assert all(line == line.rstrip() for line in first.text.split("\n"))


def test_running_header_footer_and_page_number_are_furniture(pages: list[RawPage]) -> None:
    total = len(pages)
    for page in pages[:6]:
        kinds = {(f.kind, f.text) for f in page.furniture}
        assert ("header", HEADER) in kinds, page.number
        assert ("footer", FOOTER) in kinds, page.number
        assert ("page_number", f"Sida {page.number} av {total}") in kinds, page.number
        assert all(f.page == page.number for f in page.furniture)
        assert HEADER not in page.text
        assert "Sida " not in page.text
        assert FOOTER not in page.text.split("\n")[1:]  # the title on page 1 is body text


def test_table_between_text_comes_out_as_tab_rows(pages: list[RawPage]) -> None:
    page = pages[1]
    assert page.method == "pdf-layout"
    lines = page.text.split("\n")
    assert lines[0] == "Text före tabellen om budgeten."
    assert lines[1] == "Post\tBudget 2023\tUtfall 2023"
    assert lines[2] == "Insats 1 för unga vuxna med behov\t1000 kr\t900 kr"
    assert lines[4] == "Insats 3 för unga vuxna med behov\t3000 kr\t2700 kr"
    assert lines[5] == "Summa\t6000 kr\t5400 kr"
    assert lines[6] == "Text efter tabellen om budgeten."
    assert page.text.count("Insats 1 för") == 1  # the cells are not repeated as loose text


def test_table_continues_over_page_break(pages: list[RawPage]) -> None:
    first, second = pages[2], pages[3]
    assert first.method == second.method == "pdf-layout"
    rows = [line.split("\t") for line in (first.text + "\n" + second.text).split("\n")
            if "\t" in line]
    body = [r for r in rows if r[0].startswith("Insats")]
    assert [r[0] for r in body] == [f"Insats {i} för unga vuxna med behov" for i in range(1, 31)]
    assert all(len(r) == 3 for r in rows)
    assert second.text.split("\n")[0] == "Post\tBudget 2023\tUtfall 2023"  # repeated header
    assert "Summa\t465000 kr\t418500 kr" in second.text
    assert second.text.endswith("Efter den långa tabellen.")


def test_two_column_frames_read_column_by_column(pages: list[RawPage]) -> None:
    page = pages[4]
    assert page.method == "pdf-layout"
    text = " ".join(page.text.split())
    assert text.startswith("Två spalter")
    order = [text.index(f"Vänster stycke {i}.") for i in range(4)]
    order += [text.index(f"Höger stycke {i}.") for i in range(4)]
    assert order == sorted(order)


def test_interleaved_columns_are_untangled(pages: list[RawPage]) -> None:
    page = pages[5]
    assert page.method == "pdf-layout"
    lines = [line for line in page.text.split("\n") if line]  # (paragraph gaps kept)
    assert lines[0] == "Rubrik över båda spalterna"
    marks = [line.split()[0] for line in lines[1:]]
    assert marks == [f"V{i:02d}" for i in range(25)] + [f"H{i:02d}" for i in range(25)]
    assert lines[1] == f"V00 {LEFT_WORDS} Rad 0."


def test_page_without_text_layer(pages: list[RawPage]) -> None:
    page = pages[6]
    assert page.has_text is False
    assert page.text == ""
    assert page.furniture == []


def test_plain_page_never_opens_pdfplumber(tmp_path: Path, monkeypatch) -> None:
    path = _canvas_pdf(tmp_path / "plain.pdf", [(72, 700 - 14 * i, f"Rad {i} på svenska")
                                                for i in range(30)])
    import pdfplumber

    def refuse(*args, **kwargs):
        raise AssertionError("pdfplumber opened on a plain page")

    monkeypatch.setattr(pdfplumber, "open", refuse)
    monkeypatch.setattr(pdf_ingest._LazyPlumber, "_page", refuse)
    result = list(read_pdf(path))
    assert [p.method for p in result] == ["pdf-layout"]  # pdfium's rects, no pdfplumber
    assert result[0].text.split("\n")[0] == "Rad 0 på svenska"


def test_plain_page_does_not_even_import_pdfplumber(tmp_path: Path) -> None:
    path = _canvas_pdf(tmp_path / "plain.pdf", [(72, 700, "Bara text här.")])
    code = ("import sys; from samverkan.ingest.pdf import read_pdf; "
            f"pages = list(read_pdf({str(path)!r})); "
            "assert pages[0].method == 'pdf-layout'; "
            "assert 'pdfplumber' not in sys.modules, 'pdfplumber imported'")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_columns_alone_are_read_without_pdfplumber(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "spalter.pdf"
    doc = BaseDocTemplate(str(path), pagesize=A4, invariant=1)
    doc.addPageTemplates([PageTemplate("p", [Frame(2 * cm, 2 * cm, W - 4 * cm, H - 4 * cm)])])
    doc.build([InterleavedColumns(30)])
    import pdfplumber

    def refuse(*args, **kwargs):
        raise AssertionError("pdfplumber opened for a page without tables")

    monkeypatch.setattr(pdfplumber, "open", refuse)
    (page,) = read_pdf(path)
    assert page.method == "pdf-layout"
    marks = [line.split()[0] for line in page.text.split("\n")[1:] if line]
    assert marks == [f"V{i:02d}" for i in range(30)] + [f"H{i:02d}" for i in range(30)]


def test_vector_logo_and_rules_do_not_trigger_pdfplumber(tmp_path: Path, monkeypatch) -> None:
    c = canvas.Canvas(str(tmp_path / "logo.pdf"), pagesize=A4, invariant=1)
    for shape in range(6):  # a logo of curved shapes
        c.circle(80 + 30 * shape, H - 60, 12, fill=1)
    c.ellipse(300, H - 80, 380, H - 40, fill=1)
    c.line(72, H - 100, W - 72, H - 100)  # a rule under the header and above the footer
    c.line(72, 60, W - 72, 60)
    for i in range(20):
        c.drawString(72, 700 - 14 * i, f"Rad {i} med vanlig brödtext.")
    c.save()
    import pdfplumber

    monkeypatch.setattr(pdfplumber, "open", lambda *a, **k: pytest.fail("pdfplumber opened"))
    (page,) = read_pdf(tmp_path / "logo.pdf")
    assert page.method == "pdf-layout"
    assert page.text.split("\n")[0] == "Rad 0 med vanlig brödtext."


def test_grid_drawn_as_one_path_is_a_table(tmp_path: Path) -> None:
    c = canvas.Canvas(str(tmp_path / "grid.pdf"), pagesize=A4, invariant=1)
    c.drawString(72, 720, "Ovanför")
    c.grid([72, 250, 400], [700, 680, 660, 640])  # one path with all the lines
    for r, (label, amount) in enumerate([("Lön", "100"), ("Hyra", "50"), ("Summa", "150")]):
        c.drawString(78, 686 - 20 * r, label)
        c.drawString(256, 686 - 20 * r, amount)
    c.drawString(72, 600, "Nedanför")
    c.save()
    (page,) = read_pdf(tmp_path / "grid.pdf")
    assert page.method == "pdf-layout"
    assert page.text == "Ovanför\nLön\t100\nHyra\t50\nSumma\t150\nNedanför"


def test_borders_drawn_cell_by_cell_are_read_without_pdfplumber(tmp_path: Path,
                                                                 monkeypatch) -> None:
    """Word processors draw each cell's borders on their own, the header row apart from the
    body: the pieces of one line are one rule of the grid."""
    c = canvas.Canvas(str(tmp_path / "cells.pdf"), pagesize=A4, invariant=1)
    xs, ys = [72, 250, 400], [700, 680, 660, 640]
    for top, bottom in zip(ys, ys[1:], strict=False):
        for left, right in zip(xs, xs[1:], strict=False):
            c.line(left, top, right, top)  # each cell its own four strokes
            c.line(left, bottom, right, bottom)
            c.line(left, bottom, left, top)
            c.line(right, bottom, right, top)
    for r, (label, amount) in enumerate([("Post", "Kr"), ("Lön", "100"), ("Summa", "100")]):
        c.drawString(78, 686 - 20 * r, label)
        c.drawString(256, 686 - 20 * r, amount)
    c.save()
    import pdfplumber

    monkeypatch.setattr(pdfplumber, "open", lambda *a, **k: pytest.fail("pdfplumber opened"))
    (page,) = read_pdf(tmp_path / "cells.pdf")
    assert page.method == "pdf-layout"
    assert page.text == "Post\tKr\nLön\t100\nSumma\t100"


def test_label_and_amount_lines_are_not_columns(tmp_path: Path) -> None:
    lines = [(72, 760, "Budget")]
    for i in range(25):
        lines += [(72, 740 - 14 * i, f"Kostnadspost nummer {i}"), (450, 740 - 14 * i, f"{i} kr")]
    (page,) = read_pdf(_canvas_pdf(tmp_path / "belopp.pdf", lines))
    # each label keeps its amount on its line (a row), not all labels and then all amounts
    rows = [" ".join(line.split()) for line in page.text.split("\n")[1:] if line]
    assert rows == [f"Kostnadspost nummer {i} {i} kr" for i in range(25)]


def test_shifted_media_box(tmp_path: Path) -> None:
    """A media box that does not start at 0,0: bands and pdfplumber's coordinates follow."""
    import pypdfium2 as pdfium

    c = canvas.Canvas(str(tmp_path / "raw.pdf"), pagesize=A4, invariant=1)
    for n in (1, 2):
        c.translate(100, 100)
        c.drawString(72, H - 30, HEADER)
        c.drawString(72, 750, "Före tabellen")
        for r in range(4):
            c.line(72, 700 - 20 * r, 472, 700 - 20 * r)
        for x in (72, 272, 472):
            c.line(x, 700, x, 640)
        for r in range(3):
            c.drawString(80, 686 - 20 * r, f"Rad {r}")
            c.drawString(280, 686 - 20 * r, f"{r * 10} kr")
        c.drawString(72, 600, "Efter tabellen")
        c.drawCentredString(W / 2, 25, f"Sida {n} av 2")
        c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(str(tmp_path / "raw.pdf"))
    for page in pdf:
        page.set_mediabox(100, 100, W + 100, H + 100)
    path = tmp_path / "shifted.pdf"
    pdf.save(str(path))
    pdf.close()
    for page in read_pdf(path):
        assert page.method == "pdf-layout"
        assert page.text == "Före tabellen\nRad 0\t0 kr\nRad 1\t10 kr\nRad 2\t20 kr\nEfter tabellen"
        assert [f.kind for f in page.furniture] == ["header", "page_number"]


def test_line_end_hyphen_is_restored_for_cleanup(tmp_path: Path) -> None:
    path = _canvas_pdf(tmp_path / "bindestreck.pdf", [(72, 700, "Ett sam-"),
                                                      (72, 686, "verkansprojekt om hälso-"),
                                                      (72, 672, "och sjukvård.")])
    (page,) = read_pdf(path)
    assert page.text == "Ett sam-\nverkansprojekt om hälso-\noch sjukvård."


def test_single_page_removes_only_obvious_page_number(tmp_path: Path) -> None:
    path = _canvas_pdf(tmp_path / "one.pdf", [(72, H - 40, HEADER), (72, 700, "Brödtext."),
                                              (W / 2, 30, "- 1 -")])
    (page,) = read_pdf(path)
    assert page.text == f"{HEADER}\n\nBrödtext."  # the gap between them is a paragraph's
    assert [(f.kind, f.text) for f in page.furniture] == [("page_number", "- 1 -")]


def test_first_body_line_in_the_band_is_not_a_header(tmp_path: Path) -> None:
    """Every page starts with a line that differs only in its digits, close to the top:
    it is body text, kept apart from the running header by the header's wide gap."""
    c = canvas.Canvas(str(tmp_path / "lång.pdf"), pagesize=A4, invariant=1)
    for n in range(1, 5):
        c.drawString(72, H - 40, HEADER)
        for i in range(40):
            c.drawString(72, H - 82 - 15 * i, f"Rad {i} på sidan {n}.")
        c.drawRightString(W - 72, 30, f"{n} (4)")
        c.showPage()
    c.save()
    for page in read_pdf(tmp_path / "lång.pdf"):
        assert page.text.split("\n")[0] == f"Rad 0 på sidan {page.number}."
        assert [(f.kind, f.text) for f in page.furniture] == [
            ("header", HEADER), ("page_number", f"{page.number} (4)")]


def test_number_in_body_is_not_a_page_number(tmp_path: Path) -> None:
    path = _canvas_pdf(tmp_path / "body.pdf", [(72, 700, "Antal deltagare:"), (72, 686, "3")])
    (page,) = read_pdf(path)
    assert page.text == "Antal deltagare:\n3"
    assert page.furniture == []


def test_max_pages_limits(report: Path) -> None:
    with pytest.raises(IngestError, match="7 pages, more than --max-pages 3"):
        read_pdf(report, max_pages=3)
    assert len(list(read_pdf(report, max_pages=7))) == 7


def test_pages_stream_lazily(report: Path) -> None:
    stream = read_pdf(report)
    assert next(stream).number == 1
    stream.close()  # stopping early closes the document without error


# --- bad files --------------------------------------------------------------------------

def _error(path: Path) -> str:
    with pytest.raises(IngestError) as info:
        list(read_pdf(path))
    with pytest.raises(IngestError):
        count_pages(path)
    assert info.value.__cause__ is None or isinstance(info.value.__cause__, OSError)
    return str(info.value)


def test_zero_bytes(tmp_path: Path) -> None:
    path = tmp_path / "tom.pdf"
    path.write_bytes(b"")
    assert _error(path) == "empty file (0 bytes)"


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "brus.pdf"
    path.write_bytes(bytes(range(7, 256)) * 20)
    assert _error(path).startswith("not a PDF file (starts with '\\x07\\x08")


def test_docx_named_pdf(tmp_path: Path) -> None:
    path = tmp_path / "word.pdf"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    message = _error(path)
    assert message.startswith("not a PDF file (starts with 'PK\\x03\\x04")
    assert "ZIP archive" in message


def test_truncated(report: Path, tmp_path: Path) -> None:
    path = tmp_path / "halv.pdf"
    path.write_bytes(report.read_bytes()[: report.stat().st_size // 2])
    assert _error(path).startswith("truncated or damaged PDF")


def test_damaged_structure(tmp_path: Path) -> None:
    path = tmp_path / "trasig.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> broken\n%%EOF\n")
    assert _error(path).startswith("damaged PDF")


def test_encrypted(tmp_path: Path) -> None:
    path = _canvas_pdf(tmp_path / "låst.pdf", [(72, 700, "Hemlig text")], encrypt="hemligt")
    message = _error(path)
    assert message.startswith("encrypted PDF")
    assert "password" in message


def test_owner_password_only_still_reads(tmp_path: Path) -> None:
    lock = StandardEncryption("", ownerPassword="ägare", canPrint=1, canModify=0)
    path = _canvas_pdf(tmp_path / "skyddad.pdf", [(72, 700, "Öppen text åäö")], encrypt=lock)
    (page,) = read_pdf(path)
    assert page.text == "Öppen text åäö"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="cannot read the file"):
        read_pdf(tmp_path / "finns-inte.pdf")


# --- helpers ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["3", "- 3 -", "– 3 –", "Sida 3 av 12", "sida 3", "3 (12)",
                                  "3/12", "3 av 12", "Page 3 of 12", "s. 3"])
def test_page_number_forms(text: str) -> None:
    assert is_page_number(text, n_pages=12)


@pytest.mark.parametrize("text", ["2023", "12/3", "Sida", "Bilaga 3", "3 kap.", "1 000"])
def test_not_page_numbers(text: str) -> None:
    assert not is_page_number(text, n_pages=12)


def test_furniture_needs_half_the_pages() -> None:
    pages = [([HEADER], ["Sida 1"]), ([HEADER], []), (["Kapitel 1"], []), (["Kapitel 2"], [])]
    rules = learn_rules(pages, n_pages=4)
    assert rules.kind("top", HEADER) == "header"
    assert rules.kind("bottom", HEADER) is None  # recurring at the top, not the bottom
    assert rules.kind("top", "Kapitel 3") == "header"  # digits normalised: 2 of 4 pages
    single = learn_rules([([HEADER], [])], n_pages=1)
    assert single.kind("top", HEADER) is None


def test_clean_pdf_text() -> None:
    assert clean_pdf_text("a  \r\nb\fc\r\n\r\n") == "a\nbc"
    assert clean_pdf_text("sam\ufffeverkan") == "sam-\nverkan"
    assert clean_pdf_text("Intäkter\t\t \nx") == "Intäkter\t\t\nx"  # empty cells stay


def test_remove_spans_merges_overlaps() -> None:
    assert remove_spans("abcdefgh", [(5, 7), (1, 3), (2, 4)]) == "aeh"


# --- two columns ------------------------------------------------------------------------

PROSE = ("Förbundet har under året arbetat med samordnade insatser för personer som behöver "
         "stöd från flera parter för att nå egen försörjning. ")


def _two_columns(path: Path, left: list, right: list) -> Path:
    doc = BaseDocTemplate(str(path), pagesize=A4, invariant=1)
    col_w = (W - 4 * cm) / 2 - 0.5 * cm
    frames = [Frame(2 * cm, 2 * cm, col_w, H - 4 * cm, id="left"),
              Frame(W / 2 + 0.5 * cm, 2 * cm, col_w, H - 4 * cm, id="right")]
    doc.addPageTemplates([PageTemplate("columns", frames)])
    doc.build([*left, FrameBreak(), *right])
    return path


def test_column_holding_a_table_is_still_a_column(tmp_path: Path) -> None:
    """A column with a budget table (cells set apart by gaps) and a list of short lines
    beside a column of prose: the left column is read before the right one, and the
    table's rows keep their amounts."""
    para = STYLES["Normal"]
    left = [Paragraph(f"Vänster stycke {i}. " + PROSE * 2, para) for i in range(5)]
    rows = [["Intäkter", "2021", "2022"]] + [[f"Post {i}", f"{i} 100", f"{i} 200"]
                                              for i in range(1, 9)]
    table = Table(rows, colWidths=[3.5 * cm, 2 * cm, 2 * cm])
    right = [Paragraph("Budget 2021–2022", STYLES["Heading2"]), table,
             Paragraph("Höger stycke efter tabellen. " + PROSE, para)]
    right += [Paragraph(f"Kort rad {i}", STYLES["Heading4"]) for i in range(4)]
    (page,) = read_pdf(_two_columns(tmp_path / "spalt_tabell.pdf", left, right))
    text = page.text
    lines = [" ".join(line.split()) for line in text.split("\n")]
    order = [text.index(f"Vänster stycke {i}.") for i in range(5)]
    order += [text.index("Budget 2021–2022"), text.index("Höger stycke efter tabellen.")]
    assert order == sorted(order)
    assert [f"Post {i} {i} 100 {i} 200" in lines for i in range(1, 9)] == [True] * 8


def test_table_of_two_wrapped_columns_is_not_two_columns(tmp_path: Path) -> None:
    """A one-column page whose unruled table has wrapped text on both sides of the middle:
    the cells of a row stand level, so the rows stay rows."""
    para = STYLES["Normal"]
    rows = [["Mål", "Kommentar"]]
    rows += [[Paragraph(f"Mål {i}: öka kunskapen om varandras uppdrag hos parterna", para),
              Paragraph(f"Kommentar {i}: utbildningsdagen fick mycket goda omdömen", para)]
             for i in range(1, 9)]
    story = [Paragraph(PROSE * 3, para), Table(rows, colWidths=[(W - 4 * cm) / 2] * 2),
             Paragraph(PROSE * 2, para)]
    doc = BaseDocTemplate(str(tmp_path / "tabell.pdf"), pagesize=A4, invariant=1)
    doc.addPageTemplates([PageTemplate("p", [Frame(2 * cm, 2 * cm, W - 4 * cm, H - 4 * cm)])])
    doc.build(story)
    (page,) = read_pdf(tmp_path / "tabell.pdf")
    lines = [" ".join(line.split()) for line in page.text.split("\n")]
    for i in range(1, 9):
        assert any(line.startswith(f"Mål {i}: öka") and f"Kommentar {i}:" in line
                   for line in lines)


def test_drawn_bullet_of_a_line_near_the_bottom_edge(tmp_path: Path) -> None:
    """A column's last item may stand in the bottom band, where running footers are looked
    for: its bullet drawn as a dot still marks it."""
    c = canvas.Canvas(str(tmp_path / "punkter.pdf"), pagesize=A4, invariant=1)
    for i, y in enumerate([400 - 14 * k for k in range(5)] + [70]):
        c.circle(76, y + 3, 2, stroke=0, fill=1)
        c.drawString(86, y, f"Punkt {i} i listan")
    c.drawCentredString(W / 2, 30, "1")
    c.save()
    (page,) = read_pdf(tmp_path / "punkter.pdf")
    assert [line for line in page.text.split("\n") if line][-1] == "• Punkt 5 i listan"
    assert [(f.kind, f.text) for f in page.furniture] == [("page_number", "1")]


def test_list_going_on_from_the_left_column_to_the_right_one(tmp_path: Path) -> None:
    """A column break is no paragraph break: a list that goes on at the top of the right
    column follows its last item in the left column without a blank line; a column ended
    early by a break keeps the blank line after it."""
    para = STYLES["Normal"]
    story = [Paragraph(f"Stycke {i}. " + PROSE, para) for i in range(12)]
    story += [Paragraph(f"• Punkt {i} i listan", para) for i in range(60)]
    (page,) = read_pdf(_two_columns(tmp_path / "lista.pdf", story, []))
    lines = page.text.split("\n")
    items = [k for k, line in enumerate(lines) if line.strip().startswith("• Punkt")]
    assert [lines[k].split()[2] for k in items] == [str(i) for i in range(60)]
    assert items == list(range(items[0], items[0] + 60))  # no blank line among them

    short = [Paragraph(f"Vänster {i}. " + PROSE, para) for i in range(5)]
    longer = [Paragraph(f"Höger {i}. " + PROSE, para) for i in range(12)]
    (page,) = read_pdf(_two_columns(tmp_path / "kort.pdf", short, longer))
    assert "försörjning.\n\nHöger 0. Förbundet" in page.text
