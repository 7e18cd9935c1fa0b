"""Lists and tables as PDF converters and web pages leave them: bullets turned into one space
each under a lead-in, a follow-up's "Label: how it went" lines, an item without a mark among
marked ones (and the legend's own line, which is no item), a numbered item's status remark
under it (no body under a title), a table a cell per line whose goal cell spans its rows, or that is
anchored on its money column after a column of row numbers, a pipe table whose cell wraps onto
a line of its own, and a status column that offers the answers ("Genomfört ja/nej") without
giving one."""
from __future__ import annotations

from samverkan.extract import extract_document
from samverkan.extract.outcomes import cell_status
from samverkan.extract.structure import parse_structure

from .texts import document


def _blocks(text: str) -> list[tuple[str, str]]:
    return [(b.kind, " ".join(b.text.split())) for b in parse_structure(document(text)).blocks]


def test_bullets_a_converter_left_as_one_space_are_a_list_under_their_lead_in():
    text = ("Förbundet vill stärka samverkan. Följande aktiviteter planeras 2031:\n"
            " Genomföra två temadagar för handläggare hos parterna, varav en om\n"
            "psykisk ohälsa\n"
            " Uppdatera behovsanalysen med beredningsgruppen\n"
            " Ta fram en rutin för SIP\n"
            "Temadagarna finansieras av förbundet.\n")
    assert [t for k, t in _blocks(text) if k == "item"] == [
        "Genomföra två temadagar för handläggare hos parterna, varav en om psykisk ohälsa",
        "Uppdatera behovsanalysen med beredningsgruppen", "Ta fram en rutin för SIP"]
    # (one line alone, or lines with no lead-in above them, stay text)
    assert not [k for k, _ in _blocks(text.replace("planeras 2031:", "planeras 2031."))
                if k == "item"]


def test_a_follow_ups_label_and_status_lines_are_items_and_activities():
    text = ("Handlingsplan 2032\n\nUppföljning av handlingsplan 2031\n"
            "Två handläggarträffar (vår och höst): genomfört, 58 deltagare.\n"
            "Kartläggning av unga: delvis genomfört – uppgifter från\n"
            "Arbetsförmedlingen saknas.\n"
            "Studiebesök i Luleå: ej genomfört, flyttas till 2032.\n")
    acts = {a.text: a.outcome_status
            for a in extract_document(document(text, "handlingsplan")).activities}
    # (a note in brackets is no part of its name)
    assert acts == {"Två handläggarträffar": "achieved",
                    "Kartläggning av unga": "partially_achieved",
                    "Studiebesök i Luleå": "not_achieved"}, acts
    # (under such a title over the whole report, its opening lines are no follow-up's items)
    title = ("UPPFÖLJNING AV HANDLINGSPLAN 2031\n\n"
             "Uppföljningen har tagits fram av LSG Norrby vid gruppens planeringsdag.\n\n"
             "Läsanvisning\nVarje aktivitet har fått en färg efter hur långt vi har kommit:\n")
    assert not extract_document(document(title, "verksamhetsberattelse")).activities


_MARKED = """Planens aktiviteter

✔ = genomfört   ◐ = delvis genomfört   ✖ = ej genomfört

✔  Genomföra en behovsinventering med de lokala grupperna
    Genomförd under våren. Resultatet presenterades för styrelsen i juni och ligger till
    grund för nästa års plan.

✔  Starta en insats för unga i Norrby
    Ansökan beviljades i juni och insatsen startade den fjärde september med tolv deltagare.

    Arrangera tre frukostseminarier för chefer
    Två seminarier hölls, i mars och i oktober
    (om arbetsgivarkontakter).

◐  Ta fram en kommunikationsplan
    Planen antogs i maj. Webbplatsen dröjer.

✖  Beställa en extern utvärdering
    Upphandlingen drog ut på tiden.

✔  Införa SUS i samtliga insatser
    Alla insatser registrerar sedan april.

✖  Genomföra en förstudie om IPS
    Förstudien flyttades till nästa år.
"""


def test_an_item_without_a_mark_among_marked_items_is_one_of_them_and_claims_nothing():
    ex = extract_document(document(_MARKED, "verksamhetsberattelse"))
    acts = {a.text: a.outcome_status for a in ex.activities}
    assert acts["Starta en insats för unga i Norrby"] == "achieved"
    assert acts["Ta fram en kommunikationsplan"] == "partially_achieved"
    assert "Arrangera tre frukostseminarier för chefer" in acts
    assert not any("=" in a for a in acts)  # (the legend's line is no item)
    # (however long the list, its marked lines are the plan's activities, not goals)
    assert not ex.goals, [g.text for g in ex.goals]


_SPANNED = """Handlingsplan 2032

Mål
Aktivitet
Ansvarig
När
Uppföljning
1. Fler unga ska gå vidare till arbete eller studier
Koppla en studievägledare till insatsen
Kommunen
Från februari
Antal deltagare

Informationsträff för handläggarna om insatsen
Insatsledaren
April
Genomfört ja/nej
2. Ingen ska falla mellan stolarna
Införa avstämningsmöten inom 14 dagar
FK, AF
Maj
Antal möten
"""


def test_a_table_set_a_cell_per_line_whose_goal_cell_spans_its_rows():
    ex = extract_document(document(_SPANNED, "handlingsplan"))
    assert {g.text for g in ex.goals} == {"Fler unga ska gå vidare till arbete eller studier",
                                           "Ingen ska falla mellan stolarna"}
    acts = {a.text: a.outcome_status for a in ex.activities}
    assert acts == {"Koppla en studievägledare till insatsen": "not_reported",
                    "Informationsträff för handläggarna om insatsen": "not_reported",
                    "Införa avstämningsmöten inom 14 dagar": "not_reported"}, acts


def test_a_status_cell_that_offers_the_answers_gives_none():
    assert cell_status("Genomfört ja/nej") is None
    assert cell_status("Uppnått / ej uppnått") is None
    assert cell_status("Ja, 12/15 deltog") == "achieved"
    assert cell_status("Uppnått/överträffat") == "achieved"


_NUMBERED_ROWS = """Aktiviteter 2032

Nr
Aktivitet
Målgrupp
Mål 2032
Ansvarig part
Budget 2032 (kr)
1
Driva Verkstaden vidare som samfinansierad insats
Personer 20–64 år med försörjningsstöd och psykisk ohälsa
Minst 45 deltagare, varav minst 35 procent går vidare till arbete
Kommunen
1 250 000
2
Kartläggning av personer med aktivitetsersättning
Unga med aktivitetsersättning som vill närma sig arbetsmarknaden
Kartläggningen redovisas senast i oktober
Försäkringskassan
40 000
"""


def test_a_table_a_cell_per_line_anchored_on_its_money_after_a_column_of_numbers():
    ex = extract_document(document(_NUMBERED_ROWS, "handlingsplan"))
    assert {a.text for a in ex.activities} == {
        "Driva Verkstaden vidare som samfinansierad insats",
        "Kartläggning av personer med aktivitetsersättning"}
    assert {t.text for t in ex.target_groups} >= {
        "Personer 20–64 år med försörjningsstöd och psykisk ohälsa",
        "Unga med aktivitetsersättning som vill närma sig arbetsmarknaden"}


def test_a_pipe_tables_cell_wrapped_onto_a_line_of_its_own_stays_in_its_row():
    text = (" Mål | Indikator                         | Målvärde | Utfall | Bedömning\n"
            "  1  | Andel deltagare som känt sig       |   80 %   |  91 %  |\n"
            "     | respektfullt bemötta (enkät)       |          |        |\n"
            "  2  | Andel insatser som utvärderats     |  100 %   |  80 %  | Ej uppnått\n")
    rows = [b for b in parse_structure(document(text)).blocks if b.kind == "row"]
    assert [[c[2] for c in r.cells] for r in rows][1] == [
        "1", "Andel deltagare som känt sig respektfullt bemötta (enkät)", "80 %", "91 %"]
    assert len(rows) == 3


def test_a_numbered_items_status_remark_under_it_keeps_the_list_whole():
    # (a remark that opens with a status, "Genomfört.", "Ej uppnått: ...", is the item's, not a
    # body that would make the item a section's title and end the list)
    # (a PDF's text, its paragraphs without blank lines between them)
    text = ("6 Aktiviteter\nEnligt projektplanen skulle följande aktiviteter genomföras:\n"
            "1. Gemensam kartläggning av varje deltagares resurser och hinder inom fyra\n"
            "   veckor från inskrivning\n   Delvis genomfört: 97 av 104 deltagare kartlades.\n"
            "2. Månatliga trepartsmöten med deltagare, handläggare och coach\n   Genomfört.\n"
            "3. Arbetsgivarnätverk med minst 15 arbetsgivare\n"
            "   Ej uppnått: nätverket har 11 arbetsgivare.\n"
            "7 Ekonomi\nProjektet kostade mindre än beräknat, främst för att en tjänst var vakant.\n")
    acts = {a.text[:30]: a.outcome_status
            for a in extract_document(document(text, "slutrapport")).activities}
    assert acts == {"Gemensam kartläggning av varje": "partially_achieved",
                    "Månatliga trepartsmöten med de": "achieved",
                    "Arbetsgivarnätverk med minst 1": "not_achieved"}, acts


def test_a_lettered_goals_status_remark_on_an_arrow_line_under_it():
    text = ("Slutrapport IPS Norrby 2031\n\nProjektmål och utfall:\n\n"
            "a) Minst 40 deltagare ska ha skrivits in under projekttiden.\n"
            "   → Uppnått. 52 deltagare har skrivits in.\n\n"
            "b) Metoden ska vara införd i ordinarie verksamhet vid projektets slut.\n"
            "   → Delvis uppnått. En av två tjänster är säkrad.\n")
    goals = {g.text: g.outcome_status
             for g in extract_document(document(text, "slutrapport")).goals}
    assert goals == {
        "Minst 40 deltagare ska ha skrivits in under projekttiden": "achieved",
        "Metoden ska vara införd i ordinarie verksamhet vid projektets slut":
            "partially_achieved"}, goals
