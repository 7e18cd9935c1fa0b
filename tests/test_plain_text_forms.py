"""A web form printed as plain text: labels in brackets over what was written in them ("[5.
Planerade aktiviteter enligt ansökan - status]" over the lines), each plan's line with what
became of it after a double dash ("... -- genomfört, alla 17 kartlagda"), and a time an
activity is done within, which is no count that a shorter time falls short of; a form's
empty field in brackets among the writer's lines stays no block."""
from __future__ import annotations

from samverkan.extract import extract_document
from samverkan.extract.structure import parse_structure

from .texts import document

_FORM = """Uppföljning av insats - webbformulär

[Insatsens namn]
Klivet - arbetsträning för unga vuxna

[Rapportperiod]
2031-01-01 -- 2031-06-30

[Ifylld av (namn, roll)]
Eva Lind, projektledare

[5. Planerade aktiviteter enligt ansökan - status]
Individuell kartläggning av alla nya deltagare inom 4 veckor -- genomfört, snitt 3 veckor
Arbetsträning med handledare på minst 15 platser -- genomfört, vi har nu 18 platser
Gemensam utbildningsdag för handläggare om motiverande samtal -- inte genomförd, flyttad

[6. Samverkan]
Samverkan med AF fungerar bra.
"""


def test_a_forms_labels_in_brackets_title_what_is_written_below_them():
    blocks = parse_structure(document(_FORM)).blocks
    titles = [b.text for b in blocks if b.kind == "heading"]
    assert "Rapportperiod" in titles and "5. Planerade aktiviteter enligt ansökan - status" in titles


def test_a_plans_lines_each_with_what_became_of_it_after_a_double_dash():
    acts = {a.text: a.outcome_status
            for a in extract_document(document(_FORM, "delarsrapport")).activities}
    assert acts == {
        "Individuell kartläggning av alla nya deltagare inom 4 veckor": "achieved",
        "Arbetsträning med handledare på minst 15 platser": "achieved",
        "Gemensam utbildningsdag för handläggare om motiverande samtal": "not_achieved"}, acts


def test_an_empty_fields_placeholder_among_the_writers_lines_is_no_block():
    text = "Ansökan 2031\n\nMål 1\n[Ange mål för samverkan]\n\nAktivitet\n[Aktivitet]\n"
    texts = [b.text for b in parse_structure(document(text)).blocks]
    assert not any("Ange" in t or "]" in t for t in texts), texts
