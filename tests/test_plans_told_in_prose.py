"""A plan's activities told in a sentence after a lead that names the plan: one per
coordinated verb, also where an adverbial stands between the coordination and its verb
("..., samt i samarbete med övriga förbund i länet arrangera en konferens"); and a party's
commitments under a sentence left open for them, without a colon ("Kommunen åtar sig att" /
"• ..."), but not the goals under "... ska syfta till att nå följande mål"."""
from __future__ import annotations

from samverkan.extract import extract_document

from .texts import document

_STORY = """Verksamhetsberättelse 2031

Året i korthet

I verksamhetsplanen för 2031 angavs att kansliet skulle ta fram en kommunikationsplan och anordna
en temadag om psykisk ohälsa, samt i samarbete med övriga förbund i länet arrangera en konferens
i november. Temadagen hölls i mars.
"""


def test_each_coordinated_verb_is_one_activity_after_an_adverbial_too():
    acts = {a.text for a in extract_document(document(_STORY, "verksamhetsberattelse")).activities}
    assert acts == {"ta fram en kommunikationsplan",
                    "anordna en temadag om psykisk ohälsa",
                    "arrangera en konferens i november"}, acts


_COMMITMENTS = """Verksamhetsplan 2031 för LSG Norrby

Planen är uppbyggd så att varje part beskriver vad den åtar sig under året. Därefter följer
de mål som LSG gemensamt arbetar mot. Uppföljning sker vid LSG:s möte i juni och i den
verksamhetsberättelse som lämnas till förbundets styrelse i februari året därpå.

Parternas åtaganden

Norrby kommun
Kommunen åtar sig att
• ordna sex praktikplatser i kommunens förvaltningar
• bjuda in LSG till socialtjänstens planeringsdag

Försäkringskassan
Parterna avser att under våren gemensamt
a) kartlägga hur många unga som har aktivitetsersättning
b) ta fram en gemensam rutin för avstämningsmöten

Mål
Parterna är överens om att arbetet ska syfta till att nå följande mål
• Fler unga ska komma i arbete eller studier
"""


def test_a_partys_commitments_under_an_open_sentence_but_not_goals():
    acts = {a.text for a in extract_document(document(_COMMITMENTS, "verksamhetsplan")).activities}
    assert acts == {"ordna sex praktikplatser i kommunens förvaltningar",
                    "bjuda in LSG till socialtjänstens planeringsdag",
                    "kartlägga hur många unga som har aktivitetsersättning",
                    "ta fram en gemensam rutin för avstämningsmöten"}, acts


_LOOKED_BACK = """Verksamhetsberättelse 2031 för Samordningsförbundet Norrby

Förbundet har under året haft sex insatser igång och styrelsen har sammanträtt åtta gånger.
Kansliet har bestått av en förbundschef och en ekonom på halvtid under hela året.

Planerade aktiviteter 2031 – uppföljning

Enligt verksamhetsplanen skulle förbundet under 2031:

5.1  Starta en IPS-insats i Norrby tillsammans med psykiatrin.
     Genomfört. Insatsen startade i mars.
5.2  Ta fram en gemensam modell för kartläggning.
     Påbörjat. Arbetet fortsätter under 2032.
5.3  Ordna en dag för alla lokala samverkansgrupper.
     Genomfördes inte på grund av sjukdom.
"""


def test_a_reports_look_back_at_what_the_plan_said_would_be_done():
    acts = {a.text: a.outcome_status
            for a in extract_document(document(_LOOKED_BACK, "verksamhetsberattelse")).activities}
    assert acts == {"Starta en IPS-insats i Norrby tillsammans med psykiatrin": "achieved",
                    "Ta fram en gemensam modell för kartläggning": "partially_achieved",
                    "Ordna en dag för alla lokala samverkansgrupper": "not_achieved"}, acts


_AREAS = """Verksamhetsplan 2031 för Samordningsförbundet Norrby

Förbundet har under de senaste åren byggt upp ett arbetssätt där parterna tillsammans tar
ansvar för de personer som behöver stöd från flera av dem samtidigt, och planen för 2031
bygger vidare på det arbetet inom tre utvecklingsområden som styrelsen har beslutat om.

4 Utvecklingsområden och aktiviteter 2031

Utvecklingsområde A – Tidiga och samordnade insatser
A1 Genomföra en förstudie om stöd för sjukskrivna som riskerar att förlora
   sin anställning
A2 Sprida arbetssättet från Mötesplats Norrby till två kommuner

Utvecklingsområde B – Kunskap och kompetens
B1 Arrangera en konferens för parternas medarbetare
B2 Erbjuda utbildning i motiverande samtal för handläggare
                                                                            5
5 Insatser

Förbundet finansierar under 2031 fyra insatser, som beskrivs i tur och ordning nedan med
sina mål, sina målgrupper och sina budgetar för året.
"""


def test_activities_coded_by_area_letter_under_the_plans_areas():
    acts = {a.text for a in extract_document(document(_AREAS, "verksamhetsplan")).activities}
    assert acts == {
        "Genomföra en förstudie om stöd för sjukskrivna som riskerar att förlora sin anställning",
        "Sprida arbetssättet från Mötesplats Norrby till två kommuner",
        "Arrangera en konferens för parternas medarbetare",
        "Erbjuda utbildning i motiverande samtal för handläggare"}, acts


def test_one_count_told_in_its_parts_is_one_activity():
    text = ("Verksamhetsplan 2031 för LSG Norrby\n\nDet här ska vi göra\n\nUnder våren genomför "
            "gruppen två informationsträffar för handläggare, en i mars och en i maj. Ordföranden "
            "ansvarar för planeringen.\n")
    acts = {a.text for a in extract_document(document(text, "verksamhetsplan")).activities}
    assert acts == {"Under våren genomför gruppen två informationsträffar för handläggare, "
                    "en i mars och en i maj"}, acts


_LOST_MARKERS = """Verksamhetsplan 2031

Uppdrag
Förbundet ska
finansiera samverkansinsatser som kompletterar parternas verksamhet
stödja samverkan mellan parterna

Aktiviteter 2031
Förbundets kansli ska under 2031
genomföra två konferenser för parternas medarbetare
ta fram en gemensam modell för uppföljning av alla insatser (registrering i
samtliga individinsatser)
anordna en utbildningsdag om IPS för handläggare inom socialtjänsten för att
förbättra överlämningarna
Kansliet rapporterar till styrelsen tre gånger per år.
"""


def test_items_that_lost_their_markers_each_open_with_a_verb_under_a_modal_and_the_year():
    # (a wrapped line is its item's tail, also where it opens with a verb after "för att";
    # a remit with no time under "Förbundet ska" is no plan)
    acts = {a.text for a in extract_document(document(_LOST_MARKERS, "verksamhetsplan")).activities}
    assert acts == {
        "genomföra två konferenser för parternas medarbetare",
        "ta fram en gemensam modell för uppföljning av alla insatser (registrering i samtliga "
        "individinsatser)",
        "anordna en utbildningsdag om IPS för handläggare inom socialtjänsten för att förbättra "
        "överlämningarna"}, acts


def test_a_clause_that_tells_what_became_of_it_is_no_part_of_a_planned_activity():
    text = ("Verksamhetsberättelse 2031 för LSG Norrby\n\nSen hade vi aktiviteter i handlingsplanen "
            "också. Vi skulle genomföra en temadag för handläggare hos alla parter, det gjorde vi "
            "i maj, ungefär 40 kom.\n")
    acts = [a.text for a in extract_document(document(text, "verksamhetsberattelse")).activities]
    assert [a.removeprefix("Vi skulle ") for a in acts] \
        == ["genomföra en temadag för handläggare hos alla parter"], acts
