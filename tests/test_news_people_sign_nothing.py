"""A news item or a web page names people it quotes and shows: its headline, the caption
of a picture, the one who speaks ("säger", "beskriver"); none of them signs it. A paper
that is adopted keeps its signatures even where it quotes the signer."""
from __future__ import annotations

from samverkan.extract import extract_document
from samverkan.ingest.cleanup import clean_text

from .texts import document

_NEWS = ("Karin Lindgren, Tyresö, ny ordförande\n\n"
         "Samordningsförbundet Norrvik har fått en ny styrelse för mandatperioden 2031–2034. "
         "Karin Lindgren (S), Tyresö, har tagit över ordförandeklubban efter Per Holm.\n\n"
         "– Jag ser fram emot att leda arbetet tillsammans med den nya styrelsen och med "
         "förbundschefen, säger hon.\n\n"
         "Tomas Berg, samordnare för Bryggan beskriver arbetet med unga som varken arbetar "
         "eller studerar och de digitala träffar som insatsen erbjuder.\n\n"
         "Tomas Berg\n\n"
         "Karin Lindgren.\n")


def test_a_news_items_headline_caption_and_speakers_sign_nothing():
    ex = extract_document(document(clean_text(_NEWS), "other"))
    assert not ex.signatories, [s.name for s in ex.signatories]


def test_an_adopted_paper_keeps_its_signer_though_it_quotes_her():
    ex = extract_document(document(clean_text(
        "Verksamhetsberättelse 2031\n\nStyrelsen har under året sammanträtt sex gånger och "
        "följt upp samtliga insatser enligt planen för verksamhetsåret.\n\n"
        "– Året har varit händelserikt, säger Karin Lindgren.\n\n"
        "Norrvik 2032-02-20\n\nKarin Lindgren\nOrdförande\n"), "verksamhetsberattelse"))
    assert [s.name for s in ex.signatories] == ["Karin Lindgren"]
