"""Efforts a web page or a report names in passing: a card whose title its page writes in
lower case (title and "Läs mer om" link alike), set apart from the link above it by blank
lines; efforts listed with the years they ran ("Bryggan (2018–2022), Kraftsamling Tierp
(2019–2021)"); a grant "högst" an amount; a group's "Till nästa möte" list, which is what its
members plan to do; and the groups an effort offers something to, named before what it
offers."""
from __future__ import annotations

from samverkan.extract import extract_document

from .texts import document

_PAGE = """PÅGÅENDE INSATSER

Hälsoteamet Norrby

Hälsoteamet Norrby vänder sig till personer som är sjukskrivna på grund av stress och som är
listade på vårdcentralen i Norrby. Teamet består av en rehabkoordinator och en fysioterapeut.

Läs mer om Hälsoteamet »


snickeriverkstan

I Åby finns snickeriverkstan, en arbetsträning för personer som varit långt från
arbetsmarknaden. snickeriverkstan har plats för åtta deltagare och drivs av kommunen.

Läs mer om snickeriverkstan »


Avslutade insatser

Bron (2016–2020), Framtidsteamet Åby (2018–2021) och Samtalsrummet (2017–2019) är avslutade.
Förbundet bildades 2009 och Kim Berg (2010–2016) var dess första förbundschef.
"""


def test_a_lower_case_card_title_and_efforts_with_their_years_are_projects():
    names = {p.name for p in extract_document(document(_PAGE, "other")).projects}
    assert {"Hälsoteamet Norrby", "snickeriverkstan", "Bron", "Framtidsteamet Åby",
            "Samtalsrummet"} <= names, names
    assert not any("Kim Berg" in n or "Läs mer" in n for n in names), names


_NOTES = """Minnesanteckningar LSG Åby 2031-02-10

1. Föregående anteckningar
Gruppen gick igenom förra mötets punkter.

2. Lägesrapport Steget
Steget har tolv deltagare.

3. Till nästa möte
- Kim tar fram statistik över unga med aktivitetsersättning
- Boka lokal för temadagen i maj
"""


def test_a_groups_list_for_its_next_meeting_is_what_it_plans():
    acts = {a.text for a in extract_document(document(_NOTES, "protokoll")).activities}
    assert acts == {"Kim tar fram statistik över unga med aktivitetsersättning",
                    "Boka lokal för temadagen i maj"}, acts


def test_groups_an_effort_offers_something_to_named_before_what_it_offers():
    text = ("Styrelseprotokoll 2031-04-02\n\n"
            "Bryggan har sedan 2028 erbjudit personer med långvarigt försörjningsstöd och "
            "samtidig ohälsa ett samlat stöd från socialtjänst och vårdcentral.\n\n"
            "Steget Norrby – individanpassat stöd till arbete för personer med allvarlig "
            "psykisk ohälsa – bedrivs inom psykiatrins öppenvård.\n")
    groups = {t.text for t in extract_document(document(text, "protokoll")).target_groups}
    assert {"personer med långvarigt försörjningsstöd och samtidig ohälsa",
            "personer med allvarlig psykisk ohälsa"} <= groups, groups


def test_a_grant_up_to_an_amount_names_its_effort():
    text = ("Styrelsen beslutar\natt bevilja Vägen vidare högst 1 200 000 kronor för 2032.\n")
    names = {p.name for p in extract_document(document(text, "protokoll")).projects}
    assert names == {"Vägen vidare"}, names


def test_a_name_whose_word_comes_again_after_its_preposition():
    text = ("Gemensamma aktiviteter\n\nAktivitet                    Ansvarig      Tid\n"
            "Driva projektet Arm i Arm    LSG           Hela året\n"
            "Starta projektet Jobb i Edsbyn  Kommunen   Våren\n\n"
            "Insatsen Hand i Hand startade i mars med tolv deltagare.\n")
    names = {p.name for p in extract_document(document(text, "verksamhetsplan")).projects}
    assert {"Arm i Arm", "Hand i Hand"} <= names and "Jobb i Edsbyn" not in names, names


def test_a_table_of_efforts_whose_figures_are_one_partys():
    text = ("Rapport till huvudkontoret 2031\n\nMålen är fastställda i kontorets plan.\n\n"
            "Insatser som förbundet finansierat\n\n"
            "Insats                     Af:s medverkan                   Af-deltagare  Avslut\n"
            "---------------------------------------------------------------------------------\n"
            "Stegvis                    1 arbetsförmedlare 100 %              41         38\n"
            "UngVäg                     1 arbetsförmedlare 50 %               33         29\n"
            "Språk och hälsa            handledning, 10 %                     18         14\n")
    names = {p.name for p in extract_document(document(text, "other")).projects}
    assert names == {"Stegvis", "UngVäg", "Språk och hälsa"}, names
