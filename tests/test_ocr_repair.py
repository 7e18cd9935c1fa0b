"""Words and bullets that OCR misread in text OCR'd elsewhere, put back before storing."""
from __future__ import annotations

from samverkan.ingest.ocr_repair import repair_pages


def test_misread_letters_put_back_in_a_misread_document():
    page = ("Lokala sarnverkansgruppen i Vallby har under året sarnrnanträtt sex gånger.\n"
            "Gruppens rnål har varit att öka kunskapen om varandras uppdrag, ocksä i kornrnunen.")
    fixed = repair_pages([page])[0]
    assert "samverkansgruppen" in fixed and "sammanträtt" in fixed
    assert "mål har" in fixed and "också" in fixed and "kommunen" in fixed


def test_a_clean_document_keeps_its_words():
    page = ("Barnen i Björnbo har arbetat igenom modern teknik. Arne Sternberg ledde "
            "projektet Hornet. Mälarkusten har en intern rutin.")
    assert repair_pages([page]) == [page]


def test_one_unknown_word_is_not_evidence_enough():
    page = "Förbundet beviljade medel till Sarnarbetsgruppen Ost under hösten."
    assert repair_pages([page]) == [page]


def test_words_split_by_ocr_are_joined_in_a_misread_document():
    page = ("Gruppen har genomfört flera aktivi teter och sex deltagare gick vi dare till "
            "arbete. Sarnverkan med kornrnunen och rnålgruppen fungerar.")
    fixed = repair_pages([page])[0]
    assert "aktiviteter" in fixed and "gick vidare" in fixed


def test_letters_read_for_bullets_in_a_block():
    page = ("Prioriterade grupper\ne Unga vuxna utan gymnasiebetyg\n"
            "e Personer med långvarigt försörjningsstöd\n\ne Enstaka rad blir kvar")
    lines = repair_pages([page])[0].split("\n")
    assert lines[1].startswith("• Unga") and lines[2].startswith("• Personer")
    assert lines[4].startswith("e Enstaka")


def test_digits_ocr_read_for_letters_inside_words():
    page = ("Ti11 justerare valdes Kje1l Persson. Revisor: Hans-Ove B1omkvist. "
            "Insatserna H3 och O1, ESF2, Mål1 och Bilaga1 år 2010.")
    assert repair_pages([page]) == [
        "Till justerare valdes Kjell Persson. Revisor: Hans-Ove Blomkvist. "
        "Insatserna H3 och O1, ESF2, Mål1 och Bilaga1 år 2010."]
    # one such word alone is as likely a name or a code
    assert repair_pages(["Kontakt: Kje1l Persson, H3."]) == ["Kontakt: Kje1l Persson, H3."]


def test_a_lists_first_number_read_as_a_letter_is_one_where_two_follows():
    page = "3. Mål\n\nl)  Fler personer ska nå arbete.\n2)  Insatserna ska utgå från behov.\n"
    assert repair_pages([page])[0].startswith("3. Mål\n\n1)  Fler")
    # a letter with no "2)" after it is a letter ("I) Inledning" of an outline stays)
    assert repair_pages(["I)  Inledning\n\nText.\n"])[0].startswith("I)  Inledning")


def test_letters_read_for_bullets_before_items_in_lower_case():
    page = ("Styrelsen har prioriterat\n\ne    unga vuxna som saknar betyg\n"
            "o    långtidssjukskrivna med oklar arbetsförmåga\n\nText.\n")
    out = repair_pages([page])[0]
    # (the space after the bullet kept: wrapped lines stand under the item's text)
    assert "\n•    unga vuxna" in out and "\n•    långtidssjukskrivna" in out
    # one such line alone is no list: "e" may be a letter of a name's initial
    assert repair_pages(["Ordförande\n\ne  karlsson\n\nText.\n"])[0].startswith("Ordförande\n\ne  ")
