"""Text that lost its å, ä and ö (an old e-mail, a transliteration with "ae" and "oe")
gets them back before it is stored, so that the readers find its goals; a text that has
them, or shows too few words to tell, keeps its words, and people's names stay as written."""
from __future__ import annotations

from pathlib import Path

from samverkan.extract import extract_document
from samverkan.ingest.diacritics import restore_letters
from samverkan.ingest.reader import read_document

_FOLDED = ("Handlingsplan 2031 for LSG Norrvik\n\n"
           "Mal for aret:\n"
           "- Minst 25 personer ska ha paborjat en samordnad insats under aret.\n"
           "- Alla handlaggare ska ha fatt information om forbundets insatser.\n"
           "- Vantetiden ska vara hogst tva veckor.\n\n"
           "Malgruppen ar unga vuxna 18-29 ar som star langt fran arbetsmarknaden.\n\n"
           "Sedan 2029 ar kommunen medlem i forbundet.\n"
           "Kontaktperson: Haakan Bjoerklund\n")


def test_a_text_without_its_letters_gets_them_back():
    text = restore_letters([_FOLDED])[0]
    assert "Mål för året:" in text
    assert "Minst 25 personer ska ha påbörjat en samordnad insats under året." in text
    assert "Alla handläggare ska ha fått information om förbundets insatser." in text
    assert "Väntetiden ska vara högst två veckor." in text
    # "ar" is "år" after a count of years, "är" after a year and elsewhere
    assert "Målgruppen är unga vuxna 18-29 år" in text
    assert "Sedan 2029 är kommunen" in text


def test_a_name_keeps_its_letters_as_its_bearer_wrote_them():
    assert "Kontaktperson: Haakan Bjoerklund" in restore_letters([_FOLDED])[0]


def test_written_pairs_for_lost_letters_get_their_letter_back():
    text = restore_letters(["Foerbundets maal foer aaret: foeraendrad samverkan, "
                            "vaardcentraler och saerskilt stoed till unga. Foerbundet "
                            "oeverlaemnar rapporten."])[0]
    assert text.startswith("Förbundets mål för året: förändrad samverkan, vårdcentraler")


def test_a_text_with_its_letters_or_too_few_words_to_tell_keeps_them():
    kept = "Mal för aret: handlaggare ska ha fatt information. Malgrupp: unga."
    assert restore_letters([kept]) == [kept]  # one å in it: nothing was lost
    english = "The board met in Stockholm on 3 May and adopted the annual report."
    assert restore_letters([english]) == [english]


def test_the_goals_of_a_text_file_that_lost_its_letters_are_found(tmp_path: Path):
    path = tmp_path / "plan.txt"
    path.write_text(_FOLDED, encoding="utf-8")
    doc = read_document(path, "t")
    assert "Mål för året:" in doc.text
    ex = extract_document(doc)
    assert {g.text for g in ex.goals} >= {
        "Minst 25 personer ska ha påbörjat en samordnad insats under året",
        "Alla handläggare ska ha fått information om förbundets insatser"}
