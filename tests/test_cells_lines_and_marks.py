"""Forms a converter or a designer leaves a plan in: a table set a cell per line with its
empty cells kept as blank lines, a card drawn with box-drawing signs, a header and its rows
of figures run into single lines, activities labelled by number without a colon, a list set
out by a status legend's marks, lines without markers that end at a title, a lead-in or a
title in capitals that ends a table or a list, and the group's members closing the paper."""
from __future__ import annotations

from samverkan.extract import extract_document
from samverkan.ingest.cleanup import clean_text

from .texts import document


def _extract(text: str):
    return extract_document(document(clean_text(text)))


_CELL_PER_LINE = ("LLG Bergsjö\n\nAktivitetsplan 2031\n\nFokus\nMål\nAktivitet\nAnsvarig\n"
                  "När\nLäge i juni\n"
                  "Unga\nFärre unga utan sysselsättning\nGemensamma inskrivningsmöten för unga\n"
                  "Ylva Strand, AF\nLöpande\nGenomfört, nio möten\n"
                  "Unga\n\nAnsöka om medel för en studiecoach\nPer Lund, kommunen\nMars 2031\n"
                  "Ej genomfört\n"
                  "Hälsa\nFler får stöd tidigt\nTräffar med vårdcentralens rehabkoordinator\n"
                  "Ylva Strand, AF / Kim Berg, FK\nHela året\nDelvis genomfört\n\n"
                  "(Tom ruta = samma mål som ovan)\n")


def test_a_table_a_cell_per_line_keeps_its_empty_cells_as_blank_lines():
    ex = _extract(_CELL_PER_LINE)
    acts = {a.text: a.outcome_status for a in ex.activities}
    assert acts == {"Gemensamma inskrivningsmöten för unga": "achieved",
                    "Ansöka om medel för en studiecoach": "not_achieved",
                    "Träffar med vårdcentralens rehabkoordinator": "partially_achieved"}, acts
    assert {g.text for g in ex.goals} >= {"Färre unga utan sysselsättning",
                                          "Fler får stöd tidigt"}


def test_the_responsible_persons_of_a_plans_table_sign_nothing():
    assert not _extract(_CELL_PER_LINE).signatories


def test_the_members_that_close_a_plan_a_name_and_its_organisation_a_line():
    text = ("Handlingsplan 2031 för LSG Bergsjö\n\nGruppen träffas varje månad.\n\nLSG Bergsjö\n\n"
            "Ylva Strand\tArbetsförmedlingen\nKim Berg\tFörsäkringskassan\n"
            "Per-Olof Lund\tBergsjö kommun, socialtjänsten\n")
    names = {s.name: s.organisation for s in _extract(text).signatories}
    assert names == {"Ylva Strand": "Arbetsförmedlingen", "Kim Berg": "Försäkringskassan",
                     "Per-Olof Lund": "Bergsjö kommun, socialtjänsten"}, names


def test_names_and_organisations_in_a_running_text_close_nothing():
    text = ("Handlingsplan 2031\n\nYlva Strand\tArbetsförmedlingen\nKim Berg\tFörsäkringskassan\n"
            "Per-Olof Lund\tBergsjö kommun\n\nGruppen följer upp planen i december.\n")
    assert not _extract(text).signatories


def test_a_card_ruled_down_its_left_side_reads_as_lines():
    text = ("┌─ INSATS ──────────────\n│ Trappsteget\n│ Målgrupp: Unga vuxna 18–29 år\n"
            "└───────────────────────\n")
    assert clean_text(text).splitlines()[1].strip() == "Trappsteget"
    assert clean_text("│ Aktivitet │ Ansvarig │\n") == "│ Aktivitet │ Ansvarig │\n"  # a table's row
    assert clean_text("────────\n") == "────────\n"  # a rule stays
    figures = "┌──────────────┐\n│ 9,2 mnkr     │\n│ i intäkter   │\n└──────────────┘\n"
    assert clean_text(figures) == figures  # a closed box of key figures stays a box
    card = ("┌────────────────────────┐\n│ Trappsteget            │\n"
            "│ Huvudman:  Norrby kommun │\n│ Period:    2031        │\n└────────────────────────┘\n")
    assert [ln.strip() for ln in clean_text(card).splitlines() if ln.strip()] == \
        ["Trappsteget", "Huvudman:  Norrby kommun", "Period:    2031"]  # a closed card of fields


def test_a_header_run_into_one_line_over_rows_of_figures_one_space_apart():
    text = ("Ekonomi\n\nKostnader per insats (tkr) Budget 2031 Utfall 2031 Avvikelse\n"
            "Trappsteget 1 200 1 150 50\nBryggan 800 910 -110\n\n"
            "Resultaträkning (kr) Not 2031 2030\nVerksamhetens intäkter 1 3 500 000 3 400 000\n"
            "Årets resultat 12 433 -18 920\n")
    got = {(b.label, b.period, b.amount_sek) for b in _extract(text).budget_lines}
    assert {("Trappsteget", "2031", 1_200_000), ("Trappsteget", "2031", 1_150_000),
            ("Bryggan", "2031", 800_000), ("Bryggan", "2031", 910_000)} <= got, got
    assert {("Verksamhetens intäkter", "2031", 3_500_000),
            ("Verksamhetens intäkter", "2030", 3_400_000)} <= got, got
    # (a row without a note: its figures split into the years' two columns only)
    assert ("Årets resultat", "2031", 12_433) in got, got
    assert not any(b.amount_sek in (1, 1000) for b in _extract(text).budget_lines)  # (the note)


def test_activities_labelled_by_number_without_a_colon():
    text = ("Mål och aktiviteter 2031\n\nMål 1: Fler unga ska få stöd.\n"
            "   Aktivitet 1.1  Kartlägga målgruppen före sommaren.\n"
            "   Aktivitet 1.2  Ordna två träffar för handläggare.\n")
    acts = {a.text for a in _extract(text).activities}
    assert acts == {"Kartlägga målgruppen före sommaren",
                    "Ordna två träffar för handläggare"}, acts


def test_a_list_set_out_by_a_legends_marks_is_one_list():
    text = ("✔ uppnått   ◐ delvis   ✖ ej uppnått\n\nPlanerade aktiviteter 2031\n\n"
            "✔  Ordna en konferens om psykisk hälsa\n   Hölls i maj.\n\n"
            "◐  Införa en digital ansökan\n   Används ännu inte av alla.\n\n"
            "✖  Starta en förstudie om smärta\n   Skjuts upp.\n")
    acts = {a.text: a.outcome_status for a in _extract(text).activities}
    assert acts == {"Ordna en konferens om psykisk hälsa": "achieved",
                    "Införa en digital ansökan": "partially_achieved",
                    "Starta en förstudie om smärta": "not_achieved"}, acts


def test_lines_that_lost_their_markers_end_at_a_title_among_them():
    text = ("Prioriterade grupper\n\nUnga vuxna 18–25 år utan gymnasieexamen, personer som är "
            "sjukskrivna längre än 180 dagar, samt personer med missbruk.\n\n"
            "Handlingsplan med läget i september\n\n(Tabellen uppdaterad i september)\n\n"
            "Mål\tAktivitet\tStatus\nFärre unga utan arbete\tKartlägga\tPågår\n")
    groups = {t.text for t in _extract(text).target_groups}
    assert "Handlingsplan med läget i september" not in groups
    assert not any(g.startswith("(Tabellen") for g in groups)
    assert "personer som är sjukskrivna längre än 180 dagar" in groups, groups


def test_a_lead_in_alone_on_its_line_ends_a_table_of_fields():
    text = ("3.1 Bryggan\n\nHuvudman:      Norrby kommun\nSyfte:         Att ge deltagarna ett "
            "samordnat stöd mot arbete\n               eller studier.\nMål 2031:\n"
            "  – 40 nya deltagare ska skrivas in under året\n"
            "  – Deltagarnas hälsa ska förbättras\n\n"
            "Målsättningarna för 2031 var:\n  • att korta väntetiden till högst 30 dagar\n")
    goals = {g.text for g in _extract(text).goals}
    assert goals == {"40 nya deltagare ska skrivas in under året",
                     "Deltagarnas hälsa ska förbättras",
                     "att korta väntetiden till högst 30 dagar"}, goals


def test_a_numbered_title_in_capitals_after_the_items_opens_the_next_section():
    text = ("5. AKTIVITETER 2031\n\n1. Anordna en utbildningsdag för handläggare.\n"
            "2. Ta fram en broschyr om insatserna.\n\n\n6. BUDGET 2031\n\nINTÄKTER\n"
            "Försäkringskassan                         1 800 000\n")
    acts = {a.text for a in _extract(text).activities}
    assert acts == {"Anordna en utbildningsdag för handläggare",
                    "Ta fram en broschyr om insatserna"}, acts


def test_a_row_label_wrapped_onto_a_line_of_its_own_does_not_end_the_table():
    text = ("Budget              2031         2032\nKOSTNADER\n"
            "Kansli                     1 450 000    1 520 000\nInsatser riktade till\n"
            "individer:\n  Steg för steg Norrby       1 900 000    1 950 000\n"
            "  Bryggan Norr               1 150 000    1 200 000\n")
    got = {(b.label, b.amount_sek) for b in _extract(text).budget_lines}
    assert ("Bryggan Norr", 1_200_000) in got, got
    assert any(label.endswith("Steg för steg Norrby") and amount == 1_900_000
               for label, amount in got), got
