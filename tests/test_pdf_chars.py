"""Words from pdfium's character boxes: the array reading gives exactly the words of the
character-by-character loop, and the batched box call the boxes pdfium gives one by one."""
from __future__ import annotations

import ctypes
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from samverkan.ingest.pdf_chars import _inside, _spaces, char_boxes, char_runs, char_runs_loop
from samverkan.ingest.pdf_page import Box, media_box

W, H = A4

# lines meant to reach the corners of the rules: fonts changing mid-word, low commas and
# underscores after tall letters (where the union of a word's boxes and its last box
# disagree), superscripts, wide letter spacing, cells close together, lines that overlap
LINES = [
    (60, 780, "Helvetica", 11, "Målgruppen är unga vuxna i Örebro län; Renée, café."),
    (60, 760, "Helvetica", 11, "Belopp: 1 250 000 kr, 3,5 %, snake_case_ord och a_b_c."),
    (60, 740, "Times-Roman", 30, "Stor"),
    (140, 742, "Helvetica", 6, "liten,_text"),
    (60, 700, "Courier", 10, "K o n t o   2 0 2 3"),
    (60, 680, "Helvetica", 9, "Kostnad"), (98, 680, "Helvetica", 9, "2023"),
    (121, 680, "Helvetica", 9, "2024"),
    (60, 660, "Helvetica-Bold", 10, "Fet"), (77.2, 660, "Helvetica", 10, "stil i ett ord"),
    (60, 640, "Helvetica", 10, "Text"), (80, 643, "Helvetica", 6, "2"),
    (84, 640, "Helvetica", 10, "upphöjd, g_q_p_y."),
    (60, 620, "Helvetica", 10, "Överlapp"), (60, 614, "Helvetica", 10, "undertill"),
]


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("chars") / "chars.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for x, y, font, size, text in LINES:
        c.setFont(font, size)
        c.drawString(x, y, text)
    spaced = c.beginText(60, 590)
    spaced.setCharSpace(3)
    spaced.textLine("Spärrad rubrik")
    c.drawText(spaced)
    c.showPage()
    c.setFont("Helvetica", 10)
    c.drawString(60, 780, "Sida två")
    c.showPage()
    c.save()
    return path


def _pages(path: Path):
    pdf = pdfium.PdfDocument(str(path))
    for page in pdf:
        yield page, page.get_textpage()


@pytest.mark.parametrize("exclude", [[], [Box(55, 735, 200, 790)], [Box(0, 0, 1000, 1000)]])
def test_arrays_give_the_loop_s_words(pdf_path: Path, exclude: list[Box]) -> None:
    for page, textpage in _pages(pdf_path):
        chars = char_boxes(textpage)
        media = media_box(page)
        keep = chars.ok & ~_spaces(chars.text) & ~_inside(chars, exclude)
        assert char_runs(chars, media, exclude) == char_runs_loop(chars, media, keep)


def test_the_page_takes_both_paths(pdf_path: Path, monkeypatch) -> None:
    """The first page has a word where the union decides otherwise than the last box (so
    the loop reads it), the second none (the arrays do)."""
    from samverkan.ingest import pdf_chars

    calls = []
    monkeypatch.setattr(pdf_chars, "char_runs_loop",
                        lambda *a: calls.append(1) or char_runs_loop(*a))
    words = []
    for page, textpage in _pages(pdf_path):
        words.append([r.text for r in char_runs(char_boxes(textpage), media_box(page), [])])
    assert calls == [1]
    assert {"Målgruppen", "Örebro", "Renée,", "3,5"} <= set(words[0])
    assert words[1] == ["Sida", "två"]


def test_batched_boxes_are_pdfium_s_boxes(pdf_path: Path) -> None:
    for _, textpage in _pages(pdf_path):
        chars = char_boxes(textpage)
        cells = [ctypes.c_double() for _ in range(4)]
        for i in range(textpage.count_chars()):
            ok = pdfium_c.FPDFText_GetCharBox(textpage, i, *cells)
            assert bool(ok) == chars.ok[i]
            if ok:
                got = (chars.left[i], chars.right[i], chars.bottom[i], chars.top[i])
                assert got == tuple(c.value for c in cells)


def test_white_space_is_str_isspace() -> None:
    text = "a b\tc\u00a0d\u2003e\u3000f\x02\n"
    assert _spaces(text).tolist() == [c.isspace() for c in text]
    assert len(_spaces("")) == 0 and isinstance(_spaces("x"), np.ndarray)
