"""People a report names around its records: the voices of a jubilee report, efforts counted
a line each, a local group's long name, and whom the förbund serves said in passing. Every
name here is made up."""
from __future__ import annotations

from samverkan.extract import extract_document
from samverkan.ingest.metadata import organisation_mentions

from .texts import document


def test_who_says_a_quotation_or_a_reply_signs_nothing():
    doc = document("Förbundet tio år\n\n\"Vi visste att folk föll mellan stolarna.\"\n"
                   "                        Gun Berglund, ordförande 2021–2025\n\n"
                   "RÖSTER\n\nPer-Ola Nyqvist, förbundschef 2021–2028\n"
                   "– Det svåraste var att få alla att lita på varandra de första åren.\n\n"
                   "Tack till alla som gjort samverkan möjlig.\n\nVästby i februari 2031\n\n"
                   "Eva Lindahl                       Omar Haddad\n"
                   "Ordförande                        Förbundschef\n")
    names = {s.name for s in extract_document(doc).signatories}
    assert names == {"Eva Lindahl", "Omar Haddad"}


def test_an_efforts_line_that_counts_its_participants_is_no_signature():
    doc = document("Pågående insatser 2031\n"
                   "Arbetslaget (Västby) – 167 deltagare\n"
                   "Rehab Östby (fem vårdcentraler) – 203 deltagare\n")
    assert extract_document(doc).signatories == []


def test_a_local_groups_long_name_before_its_short_one_is_one_name():
    assert organisation_mentions("Lokala samverkansgruppen LSG Västby\n") == ["LSG Västby"]
    doc = document("Lokala samverkansgruppen LSG Västby\nSamordningsförbundet Östby\n\n"
                   "VERKSAMHETSBERÄTTELSE 2031\n\nLSG Västby är den lokala samverkansgruppen.\n")
    assert doc.organisation == "LSG Västby"


def _groups(text: str) -> list[str]:
    return [g.text for g in extract_document(document(text)).target_groups]


def test_whom_the_förbund_served_said_with_an_adverbial_or_as_its_overall_group():
    got = _groups("Avvecklingsrapport 2031\n\nFörbundets målgrupp har enligt förbundsordningen "
                  "varit personer 16–64 år som behöver samordnat stöd.\n")
    assert got == ["personer 16–64 år som behöver samordnat stöd"]
    got = _groups("Målgrupper\n\nBåda förbunden har i dag unga vuxna med aktivitetsersättning "
                  "som övergripande målgrupp.\n")
    assert got == ["unga vuxna med aktivitetsersättning"]


def test_whom_a_group_wants_to_reach_under_a_title_in_a_statements_word_order():
    got = _groups("LSG Västby handlingsplan 2032\n\nLSG Västby är en av tre lokala "
                  "samverkansgrupper inom förbundet, och i gruppen sitter chefer från kommunen, "
                  "Arbetsförmedlingen, Försäkringskassan och regionen.\n\nVilka vi vill nå\n"
                  "Unga 16–24 år som inte studerar eller arbetar\n"
                  "Vuxna med försörjningsstöd och psykisk ohälsa\n"
                  "Långtidssjukskrivna som saknar arbete att återgå till\n\nAktiviteter 2032\n")
    assert got == ["Unga 16–24 år som inte studerar eller arbetar",
                   "Vuxna med försörjningsstöd och psykisk ohälsa",
                   "Långtidssjukskrivna som saknar arbete att återgå till"]


def test_the_groups_a_förbund_prioritised_during_a_year_listed_in_a_sentence():
    got = _groups("Årsredovisning 2032\n\nFörbundets prioriterade målgrupper har under 2032 varit "
                  "unga vuxna som varken arbetar eller studerar, personer med långvarigt "
                  "ekonomiskt bistånd samt sjukskrivna utan arbetsgivare.\n")
    assert got == ["unga vuxna som varken arbetar eller studerar",
                   "personer med långvarigt ekonomiskt bistånd", "sjukskrivna utan arbetsgivare"]
