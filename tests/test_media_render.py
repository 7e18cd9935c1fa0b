"""The media benchmark's renderer sets a text's lines as a typesetter would: a hard-wrapped
paragraph joined, a line of its own kept as one (bench/media_render.py)."""
from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).parent.parent / "bench"


def _parse(text: str) -> list:
    sys.path.insert(0, str(BENCH))
    try:
        import media_render
    finally:
        sys.path.pop(0)
    return media_render.parse_page(text)


def test_a_goal_and_its_outcome_field_are_two_paragraphs_though_both_are_long():
    blocks = _parse("Minst 60 procent av deltagarna i förbundets insatser ska vid avslut ha gått "
                    "till arbete, studier eller aktivt arbetssökande\nUtfall: 52 procent av de "
                    "161 deltagare som avslutades under året gick till arbete. Målet är inte "
                    "uppnått.\n")
    assert [type(b).__name__ for b in blocks] == ["Para", "Para"]


def test_a_paragraph_wrapped_by_hand_is_one_paragraph():
    blocks = _parse("Förbundet har under året arbetat vidare med de insatser som styrelsen\n"
                    "beslutade om i verksamhetsplanen och har dessutom startat två nya team\n"
                    "för unga vuxna i länets norra del.\n")
    assert len(blocks) == 1 and blocks[0].text.startswith("Förbundet har") \
        and blocks[0].text.endswith("norra del.")
