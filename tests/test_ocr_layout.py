"""How a scanned page's words become lines: OCR's misreadings that the layout undoes."""
from __future__ import annotations

from samverkan.ingest.ocr import OcrWord
from samverkan.ingest.ocr_layout import _clean


def _row(*words: tuple[str, int, int, float]) -> list[tuple[OcrWord, float, float]]:
    """Words as (text, left, right, confidence) on one line 40 pixels tall."""
    return [(OcrWord(t, left, 100, right, 140, conf, (1, 1, 1)), 100.0, 140.0)
            for t, left, right, conf in words]


def test_leader_dots_read_as_letters_with_no_confidence_are_a_leader():
    row = _row(("Åby", 100, 180, 95), ("kommun", 190, 330, 93), ("rss", 400, 450, 0),
               ("mussosbrsrss", 460, 700, 0), ("663", 800, 860, 90), ("000", 870, 930, 91))
    words = [w.text for w, _, _ in _clean(row)]
    assert words == ["Åby", "kommun", "....", "....", "663", "000"]


def test_a_word_read_with_confidence_or_with_no_figure_after_it_stays():
    row = _row(("Åby", 100, 180, 95), ("ser", 190, 260, 88), ("oss", 270, 330, 0),
               ("gärna", 340, 450, 90))
    assert [w.text for w, _, _ in _clean(row)] == ["Åby", "ser", "oss", "gärna"]


def test_a_scratch_before_a_speck_at_a_titles_end_leads_nowhere():
    # "4. Målgrupp" with a thin scratch far to its right and a speck after it: no leader
    row = [(OcrWord("4.", 270, 772, 320, 809, 96, (1, 1, 1)), 772.0, 809.0),
           (OcrWord("Målgrupp", 340, 772, 560, 812, 95, (1, 1, 1)), 772.0, 809.0),
           (OcrWord("a", 1373, 796, 1465, 804, 3, (1, 1, 1)), 772.0, 809.0),
           (OcrWord(":", 1706, 798, 1708, 800, 74, (1, 1, 1)), 772.0, 809.0)]
    assert [w.text for w, _, _ in _clean(row)] == ["4.", "Målgrupp"]


def _scan_line(n: int, words: list[str], top: float, height: float = 34.0, left: float = 280.0,
               big: float = 1.0) -> list[OcrWord]:
    """One Tesseract line of a made-up scan: its words side by side, each `height` tall."""
    out, x = [], left
    for w in words:
        width = 22.0 * len(w) * big
        out.append(OcrWord(w, x, top, x + width, top + height * big, 95.0, (1, 1, n)))
        x += width + 14.0
    return out


_BODY = [["Gruppen", "bereder", "ansökningar", "och", "följer", "upp", "insatserna", "här"],
         ["varje", "månad", "under", "hela", "året", "med", "stöd", "av", "kansliet"],
         ["och", "redovisar", "sitt", "arbete", "för", "styrelsen", "i", "december", "nu"]]


def _page_text(more: list[OcrWord]) -> str:
    """The text of a made-up scanned page: three lines of body text 54 pixels apart (from 1000
    down), then `more`."""
    from samverkan.ingest.ocr import OcrPage
    from samverkan.ingest.ocr_layout import page_text
    words = [w for n, ws in enumerate(_BODY) for w in _scan_line(n, ws, 1000 + 54 * n)]
    return page_text(OcrPage(1, 2480, 3508, words + more), [])[0]


def test_a_line_ocr_boxed_tightly_is_no_paragraph_apart_from_the_line_above():
    # "... Under varje mål redovisas" / "utfallet." : the last line's one word is boxed from
    # its x-height, so the space above it looks wide; its foot stands where a line's does
    text = _page_text([OcrWord("utfallet.", 280, 1000 + 54 * 3 + 12, 480, 1000 + 54 * 3 + 34,
                               90.0, (1, 1, 3))])
    assert "\n\n" not in text.strip(), text


def test_a_heading_in_larger_type_stands_apart_though_its_box_closes_the_gap_above():
    # a heading set 1.8 times as tall, its foot 89 below the last line's (lines are 54 apart)
    text = _page_text(_scan_line(3, ["MÅL", "OCH", "MÅLUPPFYLLELSE"], 1000 + 54 * 2 + 34 + 27,
                                 big=1.8)
                      + _scan_line(4, ["Styrelsen", "fastställde", "följande", "mål", "för"],
                                   1000 + 54 * 2 + 89 + 20))
    assert "\n\nMÅL OCH MÅLUPPFYLLELSE\n" in text.replace("    ", "").replace("\n ", "\n"), text


def test_a_lead_ins_closing_figure_keeps_its_colon_a_cells_figure_loses_its_speck():
    row = _row(("Målen", 100, 200, 95), ("gäller", 210, 320, 95), ("för", 330, 390, 95),
               ("perioden", 400, 560, 95), ("2024-2026:", 570, 800, 95))
    assert [w.text for w, _, _ in _clean(row)][-1] == "2024-2026:"
    row = _row(("Kansli", 100, 220, 95), ("15000:", 900, 1040, 90))
    assert [w.text for w, _, _ in _clean(row)] == ["Kansli", "15000"]


def test_one_word_boxed_tall_by_a_speck_is_no_heading_set_apart():
    # "verksamhet." boxed 1.5 times as tall (a speck above it), its letters no wider
    text = _page_text([OcrWord("verksamhet.", 280, 1000 + 54 * 3 + 34 - 51, 280 + 22 * 11,
                               1000 + 54 * 3 + 34, 90.0, (1, 1, 3))])
    assert "\n\n" not in text.strip(), text
