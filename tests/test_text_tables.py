"""Tables written as text (pipes, tabs, fixed-width columns whose cells wrap) are tables in the
document model; their columns get roles from header words; status cells and legends decide
outcomes. Every sentence here is made up."""
from __future__ import annotations

from samverkan.extract import extract_document
from samverkan.extract.outcomes import cell_status, find_legend
from samverkan.extract.structure import parse_structure
from samverkan.extract.text_tables import column_role
from samverkan.records import Document, Page


def _doc(text: str, doc_type: str = "verksamhetsberattelse", pages: list[Page] | None = None
         ) -> Document:
    return Document(doc_id="t", source_path="t.txt", format="txt", text=text,
                    pages=pages or [Page(1, 0, len(text))], doc_type=doc_type, year=2021)


def test_column_roles_from_header_words():
    roles = {h: column_role(h) for h in ["Mål 2021", "Delmål", "Indikator", "Målvärde 2022",
                                         "Måluppfyllelse", "Uppnått?", "Aktiviteter",
                                         "Aktivitetsansvarig", "Tidplan", "Utfall 2020",
                                         "Målgrupp", "Kommentar", "2023", "Deltagare"]}
    assert roles == {"Mål 2021": "goal", "Delmål": "subgoal", "Indikator": "indicator",
                     "Målvärde 2022": "target", "Måluppfyllelse": "status",
                     "Uppnått?": "status", "Aktiviteter": "activity",
                     "Aktivitetsansvarig": "responsible", "Tidplan": "timetable",
                     "Utfall 2020": "outcome", "Målgrupp": "target_group",
                     "Kommentar": "comment", "2023": "amount", "Deltagare": "participants"}


def test_fixed_width_table_with_wrapped_cells():
    text = ("Uppföljning av målen\n\n"
            "Mål                                          Resultat 2021        Bedömning\n"
            "Minst 25 deltagare ska påbörja en            31 deltagare         Uppnått\n"
            "arbetsträning under året\n"
            "Hälften av deltagarna ska gå vidare till     9 av 31 gick         Ej uppnått\n"
            "arbete eller studier                         vidare\n"
            "Parterna ska ta fram en gemensam rutin       Påbörjad             Delvis uppnått\n"
            "\nKommentar: rutinen blir klar under våren.\n")
    doc = _doc(text)
    structure = parse_structure(doc)
    [table] = structure.tables
    assert table.roles == ["goal", "outcome", "status"]
    assert [r.lines for r in table.rows] == [2, 2, 1]
    goals = {g.text: g.outcome_status for g in extract_document(doc).goals}
    assert goals == {
        "Minst 25 deltagare ska påbörja en arbetsträning under året": "achieved",
        "Hälften av deltagarna ska gå vidare till arbete eller studier": "not_achieved",
        "Parterna ska ta fram en gemensam rutin": "partially_achieved"}
    # evidence is the stored text from the cell's first fragment to its last
    g = extract_document(doc).goals[1]
    assert g.evidence == text[g.char_start:g.char_end]
    assert g.evidence.startswith("Hälften") and g.evidence.endswith("arbete eller studier")


def test_fixed_width_header_that_wraps_and_prose_after_the_table():
    text = ("Aktivitet                         Ansvarig        Status\n"
            "                                  part\n"
            "Gemensam utbildningsdag för       Kommunen        Genomförd\n"
            "handläggare\n"
            "Studiebesök i Gävle               AF              Ställdes in\n"
            "Detta stycke är löpande text som inte hör till tabellen utan kommer efter den "
            "och är mycket längre än kolumnerna.\n")
    doc = _doc(text)
    acts = {a.text: a.outcome_status for a in extract_document(doc).activities}
    assert acts == {"Gemensam utbildningsdag för handläggare": "achieved",
                    "Studiebesök i Gävle": "not_achieved"}


def test_pipe_table_with_separator_and_ja_delvis_nej():
    text = ("| Mål | Indikator | Uppnått? |\n"
            "|---|---|---|\n"
            "| Fler unga ska få stöd | Antal unga | Ja |\n"
            "| Kortare väntetider | Dagar i kö | Delvis |\n"
            "| En gemensam kartläggning | Rapport | Nej |\n")
    goals = {g.text: g.outcome_status for g in extract_document(_doc(text)).goals}
    assert goals == {"Fler unga ska få stöd": "achieved",
                     "Kortare väntetider": "partially_achieved",
                     "En gemensam kartläggning": "not_achieved"}


def test_symbols_count_only_through_the_documents_legend():
    text = ("Teckenförklaring: ✔ = uppnått, (✔) = delvis uppnått, ✘ = ej uppnått\n\n"
            "Mål\tStatus\n"
            "Ökad samverkan kring unga\t✔\n"
            "Fler deltagare i arbete\t(✔)\n"
            "Ny gemensam mottagning\t✘\n"
            "Bättre uppföljning\t○\n")
    goals = {g.text: g.outcome_status for g in extract_document(_doc(text)).goals}
    assert goals == {"Ökad samverkan kring unga": "achieved",
                     "Fler deltagare i arbete": "partially_achieved",
                     "Ny gemensam mottagning": "not_achieved",
                     "Bättre uppföljning": "not_reported"}  # ○ is not defined


def test_status_cells_and_legend_forms():
    assert [cell_status(c) for c in ["Uppnått (65 %)", "Pågår", "Ej påbörjad", "Röd",
                                      "Genomförd i mars", "Se ovan", "○"]] == \
        ["achieved", "partially_achieved", "not_achieved", "not_achieved", "achieved",
         None, None]
    assert find_legend("● Uppnått   ◐ Delvis uppnått   ○ Ej uppnått") == \
        {"●": "achieved", "◐": "partially_achieved", "○": "not_achieved"}
    assert find_legend("Färgkod: Grön = målet är uppnått, gul = delvis, röd = ej uppnått") == \
        {"grön": "achieved", "gul": "partially_achieved", "röd": "not_achieved"}
    assert find_legend("Hon sa: ja - det gick bra, men nej.") == {}


def test_table_continued_on_the_next_page_with_its_header_repeated():
    p1 = ("Mål\tStatus\nFörsta målet om samverkan\tUppnått\nAndra målet om deltagare\tPågår")
    running = "Verksamhetsberättelse 2021"
    p2 = f"{running}\nMål\tStatus\nTredje målet om rutiner\tEj uppnått"
    text = p1 + "\n\n" + p2
    pages = [Page(1, 0, len(p1)), Page(2, len(p1) + 2, len(text))]
    doc = _doc(text, pages=pages)
    tables = parse_structure(doc).tables
    assert len(tables) == 1 and len(tables[0].rows) == 3
    goals = [g.text for g in extract_document(doc).goals]
    assert goals == ["Första målet om samverkan", "Andra målet om deltagare",
                     "Tredje målet om rutiner"]


def test_cost_and_count_tables_name_no_activities():
    text = ("Insats\tDeltagare\tVarav kvinnor\nLotsen Öst\t40\t22\nTeam Väst\t12\t5\n\n"
            "Insats\tBudget\tUtfall\nLotsen Öst\t500 000\t480 000\n")
    assert extract_document(_doc(text)).activities == []


def test_grid_table_rows_span_lines_between_borders():
    text = ("+------------------------------+----------------+--------+\n"
            "| Mål 2022                     | Utfall         | Status |\n"
            "+==============================+================+========+\n"
            "| Minst 80 personer ska ha     | 64 personer    | Gul    |\n"
            "| fått stöd under året         |                |        |\n"
            "+------------------------------+----------------+--------+\n"
            "| Väntetiden ska vara högst    | 3 veckor       | Grön   |\n"
            "| fyra veckor                  |                |        |\n"
            "+------------------------------+----------------+--------+\n")
    goals = {g.text: g.outcome_status for g in extract_document(_doc(text)).goals}
    assert goals == {"Minst 80 personer ska ha fått stöd under året": "partially_achieved",
                     "Väntetiden ska vara högst fyra veckor": "achieved"}


def test_pipe_table_with_one_pipe_a_line_under_a_separator():
    text = ("Mål 2024 | Så här följer vi upp\n--- | ---\n"
            "Fler unga ska ha en planering | Antal planeringar\n"
            "Parterna ska känna till varandras uppdrag | Enkät i december\n")
    [table] = parse_structure(_doc(text)).tables
    assert table.roles == ["goal", "indicator"]
    assert [g.text for g in extract_document(_doc(text)).goals] == [
        "Fler unga ska ha en planering", "Parterna ska känna till varandras uppdrag"]


def test_header_that_wraps_upwards_and_counted_outcomes():
    text = ("                                            Status vid\n"
            "Planerad aktivitet              Ansvarig    årets slut\n"
            "\n"
            "Sex protokollförda möten under  LSG         5 möten\n"
            "året\n"
            "\n"
            "Studiebesök i Gävle             AF          Genomförd\n")
    [table] = parse_structure(_doc(text)).tables
    assert table.roles == ["activity", "responsible", "status"]
    acts = {a.text: (a.outcome_status, a.planned_quantity, a.reported_quantity)
            for a in extract_document(_doc(text)).activities}
    assert acts == {"Sex protokollförda möten under året": ("not_achieved", 6, 5),
                    "Studiebesök i Gävle": ("achieved", None, None)}


def test_a_table_of_funded_insatser_gives_projects_and_target_groups_not_activities():
    text = ("Insats                  Målgrupp                              Deltagare\n"
            "Vägen framåt            Unga 18–25 år med försörjningsstöd           31\n"
            "                        som saknar gymnasieutbildning\n"
            "Samverkansteam Norr     Sjukskrivna med lindrig psykisk              12\n"
            "(SAM-N)                 ohälsa\n"
            "Summa                                                                43\n")
    ex = extract_document(_doc(text))
    assert ex.activities == []
    assert {(p.name, p.acronym) for p in ex.projects} == {("Vägen framåt", ""),
                                                          ("Samverkansteam Norr", "SAM-N")}
    assert {t.text for t in ex.target_groups} >= {
        "Unga 18–25 år med försörjningsstöd som saknar gymnasieutbildning",
        "Sjukskrivna med lindrig psykisk ohälsa"}


def test_a_header_word_a_narrow_column_broke():
    from samverkan.extract.text_tables import column_role

    assert column_role("Statu s") == "status"
    assert column_role("Statu") == "status"
    assert column_role("Kommentar") == "comment"
    assert column_role("Sta") == ""  # too little of the word is left to tell


def test_pipe_rows_under_an_empty_goal_cell_are_activities_of_their_own():
    text = ("Handlingsplan 2031\n\n"
            "| Mål | Aktivitet | Ansvarig |\n"
            "|---|---|---|\n"
            "| Bättre kunskap om parternas uppdrag | Anordna två träffar för handläggare | LSG |\n"
            "| | Ta fram en gemensam kontaktlista | Sekreteraren |\n"
            "| Fler unga i arbete | Starta en rutin för remisser till | Kommunen |\n"
            "| | arbetsmarknadsenheten | |\n")
    acts = [a.text for a in extract_document(_doc(text, "handlingsplan")).activities]
    assert acts == ["Anordna två träffar för handläggare", "Ta fram en gemensam kontaktlista",
                    "Starta en rutin för remisser till arbetsmarknadsenheten"]


def test_a_page_wide_table_does_not_make_narrow_wrapped_lines_look_ended():
    # a narrow column's paragraph wrapped over short lines, and a page-wide table on the
    # same page: the paragraph is one block, its lines joined
    text = ("Målgrupp\n\n"
            "Förbundets målgrupp är personer som\n"
            "behöver samordnade insatser från minst\n"
            "två av parterna för att nå arbete eller\n"
            "studier och egen försörjning på sikt.\n\n"
            "Budget\n\n"
            "Post\tBudget 2031\tUtfall 2031\n"
            "Lönekostnader för personalen i de individinriktade insatserna\t1 200 000\t1 100 000\n"
            "Lokalkostnader, resor och material för alla insatser under året\t300 000\t280 000\n"
            "Summa kostnader för förbundets verksamhet under verksamhetsåret\t1 500 000\t1 380 000\n")
    paras = [b.text for b in parse_structure(_doc(text)).blocks if b.kind == "para"]
    assert any(p.startswith("Förbundets målgrupp") and p.endswith("på sikt.") for p in paras)


def test_a_table_of_contents_is_neither_a_list_nor_a_table():
    text = ("Verksamhetsplan 2031\n\nInnehåll\nInledning 2\nMålgrupper 2\n"
            "Fokusområden och mål för 2031 3\nAktiviteter 2031 5\nBudget 2031 6\n\n"
            "Aktiviteter 2031\n\n- Anordna en konferens för chefer\n\n"
            "Budget 2031\n\nSumma intäkter ................ 4 800\n"
            "Insatser ...................... 3 900\nKansli ........................ 900\n")
    structure = parse_structure(_doc(text, "verksamhetsplan"))
    toc = [b.text for b in structure.blocks if b.kind == "toc"]
    assert toc == ["Innehåll", "Inledning 2", "Målgrupper 2", "Fokusområden och mål för 2031 3",
                   "Aktiviteter 2031 5", "Budget 2031 6"]
    got = extract_document(_doc(text, "verksamhetsplan"))
    assert [a.text for a in got.activities] == ["Anordna en konferens för chefer"]
    assert {b.label for b in got.budget_lines} == {"Summa intäkter", "Insatser", "Kansli"}


def test_dotted_amounts_and_a_number_after_the_contents_are_no_contents():
    text = ("Verksamhetsplan 2031\n\nInnehåll\n\nInledning 2\n\nMålgrupper 3\n\nBudget 2031 6\n\n"
            "Antal deltagare 45\n\nBudget\n\nResor ........ 50\nMaterial ........ 120\n"
            "Kansli ........ 900\n")
    toc = [b.text for b in parse_structure(_doc(text, "verksamhetsplan")).blocks
           if b.kind == "toc"]
    assert toc == ["Innehåll", "Inledning 2", "Målgrupper 3", "Budget 2031 6"]


def test_a_line_of_scan_specks_inside_a_fixed_width_table_ends_nothing():
    # a scanned page's speck left alone on a line between two rows (it once stopped the read)
    text = ("Budget 2031\n\n"
            "Post                          Budget    Utfall\n"
            "Kansli                        900 000   870 000\n"
            "                              .\n"
            "Insatser                    2 100 000  2 050 000\n\n")
    structure = parse_structure(_doc(text))
    rows = [b for b in structure.blocks if b.kind == "row"]
    assert [c[2] for c in rows[-1].cells][:2] == ["Insatser", "2 100 000"]


def test_a_table_set_one_cell_per_line_whose_rows_end_on_their_assessment():
    # as OCR reads a ruled table column by column within each row
    text = ("5 Projektmål och resultat\n\nMål\nResultat\nBedömning\n"
            "40 deltagare ska skrivas in\n52 har skrivits in\nUppnått\n"
            "Minst 40 % av deltagarna ska gå till arbete, studier eller\nreguljärt "
            "arbetssökande\n31 % (20 av 64)\nEj uppnått\n"
            "Metoden ska bli ordinarie verksamhet\nBeslut saknas i en kommun\nDelvis uppnått\n\n"
            "Text efter tabellen.\n")
    ex = extract_document(_doc(text, doc_type="slutrapport"))
    assert {g.text: g.outcome_status for g in ex.goals} == {
        "40 deltagare ska skrivas in": "achieved",
        "Minst 40 % av deltagarna ska gå till arbete, studier eller reguljärt arbetssökande":
            "not_achieved",
        "Metoden ska bli ordinarie verksamhet": "partially_achieved"}


def test_lines_under_a_header_that_end_on_no_status_are_no_stacked_table():
    text = ("Mål\nResultat\nBedömning\n\nMålen följs upp i december. Resultatet redovisas "
            "för styrelsen.\n")
    assert not [b for b in parse_structure(_doc(text)).blocks if b.kind == "row"]


def test_a_plans_table_set_one_cell_per_line_whose_rows_end_on_when():
    text = ("Aktiviteter 2031\n\nAktivitet\nAnsvarig\nTidplan\n"
            "Kartlägga unga som varken arbetar eller studerar tillsammans med skolans\n"
            "uppföljningsansvar\nKommunen, Af\nVåren 2031\n"
            "Ordna ett seminarium för handläggare\nLSG\nOktober 2031\n"
            "Mäta väntetider i Jobbsteget\nFk, Af\nKvartalsvis\n\n"
            "Text efter tabellen.\n")
    rows = [b for b in parse_structure(_doc(text, doc_type="handlingsplan")).blocks
            if b.kind == "row"]
    assert [[c[2] for c in r.cells] for r in rows] == [
        ["Aktivitet", "Ansvarig", "Tidplan"],
        ["Kartlägga unga som varken arbetar eller studerar tillsammans med skolans "
         "uppföljningsansvar", "Kommunen, Af", "Våren 2031"],
        ["Ordna ett seminarium för handläggare", "LSG", "Oktober 2031"],
        ["Mäta väntetider i Jobbsteget", "Fk, Af", "Kvartalsvis"]]
    acts = [a.text for a in extract_document(_doc(text, doc_type="handlingsplan")).activities]
    assert "LSG" not in acts and "Ordna ett seminarium för handläggare" in acts


def test_a_stacked_table_with_row_numbers_ends_each_row_on_its_status_of_many_words():
    text = ("Aktivitetsplan 2031\n\nNr\nAktivitet\nAnsvarig\nKlart senast\nStatus\n"
            "1\nGenomföra en digital handläggarträff om sjukpenning\nFörsäkringskassan\n31 mars\n"
            "Genomförd 11 mars, 46 deltagare\n"
            "2\nStarta ett samverkansteam för unga vuxna\nAME, AF\n1 maj\n"
            "Delvis genomförd – teamet är bemannat men saknar lokal\n\nText efter.\n")
    rows = [b for b in parse_structure(_doc(text, doc_type="handlingsplan")).blocks
            if b.kind == "row"]
    assert [[c[2] for c in r.cells] for r in rows][1:] == [
        ["1", "Genomföra en digital handläggarträff om sjukpenning", "Försäkringskassan",
         "31 mars", "Genomförd 11 mars, 46 deltagare"],
        ["2", "Starta ett samverkansteam för unga vuxna", "AME, AF", "1 maj",
         "Delvis genomförd – teamet är bemannat men saknar lokal"]]


def test_a_drawn_rule_is_a_rule_and_a_rule_run_into_a_word_is_read_at_once():
    from samverkan.extract.text_tables import RULE_LINE
    assert RULE_LINE.match("      -----------   -----------")
    assert RULE_LINE.match("=====")
    # (with nested repeats this line backtracked for minutes: a whole report stopped on it)
    assert not RULE_LINE.match("-" * 76 + " ANSLAG/BEVIS")
    blocks = parse_structure(_doc("Protokoll\n\n" + "-" * 76 + " ANSLAG/BEVIS\n\nText.\n")).blocks
    assert any("ANSLAG/BEVIS" in b.text for b in blocks)


def test_a_goal_table_set_one_cell_per_line_with_wrapped_cells_years_and_group_titles():
    # (as pdftotext without -layout prints a designed report's table)
    text = ("Verksamhetsberättelse 2031\n\nTabell 2. Måluppfyllelse\n\n"
            "Mål\nIndikator\nMålvärde\n2031\nUtfall\n2031\nBedömning\n"
            "Individnivå\n"
            "Deltagarna ska komma\nnärmare arbete\nAndel deltagare som\ngått till arbete\n"
            "50 %\n38 %\nDelvis\nuppnått\n"
            "Alla deltagare ska ha\nen plan\nAndel med plan\n100 %\n100 %\nUppnått\n"
            "Organisationsnivå\n"
            "Parterna ska ha en\ngemensam kartläggning\nGenomförd\nkartläggning som\nantagits\n"
            "Klar senast\njuni 2031\nKlar i\noktober\n2031\nEj uppnått\n"
            "Effekterna ska följas\nupp av parterna\nAntal rapporter\n2\nUppgift\nsaknas\nKan ej\n"
            "bedömas\n\nKommentarer följer.\n")
    ex = extract_document(_doc(text))
    assert {g.text: g.outcome_status for g in ex.goals} == {
        "Deltagarna ska komma närmare arbete": "partially_achieved",
        "Alla deltagare ska ha en plan": "achieved",
        "Parterna ska ha en gemensam kartläggning": "not_achieved",
        "Effekterna ska följas upp av parterna": "not_reported"}


def test_a_stacked_goal_table_right_under_the_sentence_that_introduces_it():
    text = ("Årsredovisning 2031\n\nMåluppfyllelse\nStyrelsen satte tre mål. Nedan redovisas\n"
            "utfall och bedömning.\nMål 2031\nUtfall 2031\nBedömning\n"
            "Minst 200 deltagare i insatserna\n214 deltagare\nUppnått\n"
            "Varje kommun ska ha en samverkansgrupp\n5 av 7 kommuner\nEj uppnått\n"
            "Kommentar: Arbetet fortsätter.\n")
    ex = extract_document(_doc(text))
    assert {g.text: g.outcome_status for g in ex.goals} == {
        "Minst 200 deltagare i insatserna": "achieved",
        "Varje kommun ska ha en samverkansgrupp": "not_achieved"}


def test_a_stacked_tables_one_word_cells_are_no_group_titles():
    text = ("Handlingsplan 2031\n\nAktivitet\nAnsvarig\nStatus\n"
            "Rekrytering\nProjektledaren\nUppnått\n"
            "Kartläggning\nLSG\nDelvis uppnått\n\nText efter.\n")
    rows = [b for b in parse_structure(_doc(text, doc_type="handlingsplan")).blocks
            if b.kind == "row"]
    assert [[c[2] for c in r.cells] for r in rows][1:] == [
        ["Rekrytering", "Projektledaren", "Uppnått"], ["Kartläggning", "LSG", "Delvis uppnått"]]


def test_a_tab_table_under_goal_rows_whose_rows_end_before_their_empty_cells():
    text = ("Handlingsplan 2031 med uppföljning\n\n"
            "Nr\tAktivitet\tAnsvarig\tTid\tStatus\tKommentar\n"
            "Mål 1: Fler unga ska nå arbete\t\t\t\t\t\n"
            "1.1\tGemensam kartläggning av unga\tKommunen\tVåren\tKlar\n"
            "1.2\tTräffar för handläggare\tLSG\tHösten\tPågår\tTvå av fyra hållna\n"
            "Mål 2: Parterna ska känna varandra\t\t\t\t\t\n"
            "2.1\tStudiebesök i Norrby\tLSG\tMaj\tKlar\t\n")
    acts = {a.text: a.outcome_status for a in extract_document(_doc(text, "handlingsplan"))
            .activities}
    assert {"Gemensam kartläggning av unga", "Träffar för handläggare",
            "Studiebesök i Norrby"} <= set(acts)


def test_next_years_plan_beside_last_years_outcome_and_a_row_of_its_own():
    text = ("Verksamhetsplan 2032\n\n"
            "Mål\tAktiviteter 2031\tUtfall 2031\tAktiviteter 2032\n"
            "1. Fler ska nå arbete\tDrift av Bryggan\tGenomfört, 40 deltagare\t→ Fortsatt drift av "
            "Bryggan\n"
            "\tFörstudie om stöd till unga\tDelvis genomförd\tGenomförandeprojekt för unga\n"
            "\t\t\tPilot med digitala möten\n")
    acts = {a.text: a.outcome_status for a in extract_document(_doc(text, "verksamhetsplan"))
            .activities}
    assert acts["Drift av Bryggan"] == "achieved"
    assert acts["Fortsatt drift av Bryggan"] == "not_reported"
    assert {"Genomförandeprojekt för unga", "Pilot med digitala möten"} <= set(acts)


def test_figures_a_converter_set_one_space_apart_split_as_the_header_counts_them():
    # (as a converter gives it: the gaps kept in some lines, shrunk to a space in others)
    text = ("Budget (kr)\n\nKostnad  2031  2032  2033  Summa\n"
            "Projektledare 100 %  420 000   575 000  145 000  1 140 000\n"
            "Coacher 2,0 tjänster 760 000 1 040 000 265 000 2 065 000\n"
            "Summa   1 180 000 1 615 000 410 000  3 205 000\n")
    rows = [b for b in parse_structure(_doc(text)).blocks if b.kind == "row"]
    assert [c[2] for c in rows[2].cells] == ["Coacher 2,0 tjänster", "760 000", "1 040 000",
                                             "265 000", "2 065 000"]
    assert [c[2] for c in rows[3].cells][1:] == ["1 180 000", "1 615 000", "410 000",
                                                 "3 205 000"]


def test_figures_that_split_two_ways_as_likely_make_no_row():
    from samverkan.extract.structure import _figure_cells

    line = "Lokaler 135 180 200"
    assert _figure_cells(line, 0, len(line), 2) is None  # 135 | 180 200 or 135 180 | 200
    line = "Lokaler 135 180 000"  # (no amount opens with "000")
    assert [c[2] for c in _figure_cells(line, 0, len(line), 2)] == ["Lokaler", "135", "180 000"]


def test_a_rows_status_judges_its_activity_not_the_goal_its_row_names_beside_it():
    text = ("Aktivitetsplan 2031 med uppföljning\n\n"
            "Nr\tAktivitet\tMål\tAnsvarig\tStatus\n"
            "1\tTräffar för handläggare\tFörankrad samverkan\tLSG\tKlar\n"
            "2\tKartläggning av unga\tUnderlag för en ansökan\tKommunen\tPågår\n")
    ex = extract_document(_doc(text, "handlingsplan"))
    assert {g.text: g.outcome_status for g in ex.goals} == {
        "Förankrad samverkan": "not_reported", "Underlag för en ansökan": "not_reported"}
    assert {a.text: a.outcome_status for a in ex.activities}["Träffar för handläggare"] \
        == "achieved"


def test_a_table_of_grants_names_what_was_funded_not_a_plans_activities():
    text = ("Beviljade aktivitetsmedel 2031\n\n"
            "Dnr    Sökande                   Aktivitet                          Beviljat\n"
            "31/01  Norrby kommun, AME        Trädgårdsgrupp i Norrby            48 000\n"
            "31/02  Västby vårdcentral        Samtalsgrupp för sjukskrivna       41 000\n"
            "31/03  Östby kommun              Cykelverkstan                      35 000\n")
    assert extract_document(_doc(text, "beslutsforslag")).activities == []
