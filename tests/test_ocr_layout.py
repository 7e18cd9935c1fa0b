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
