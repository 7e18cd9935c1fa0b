"""Forms filled in and converted to text: check boxes and choice rows, the form's own
instructions and placeholders, "Label:value" fields, signature fields. Every text here is
made up for the form it tests."""
from __future__ import annotations

from samverkan.extract import extract_document
from samverkan.extract.forms import choice_row, chosen, unticked_options
from samverkan.extract.outcomes import find_legend
from samverkan.extract.sentences import LABEL_LINE
from samverkan.extract.structure import parse_structure

from .texts import document as _doc


def test_a_choice_row_gives_its_ticked_options():
    assert chosen("[ ] Uppnått  [x] Delvis uppnått  [ ] Ej uppnått") == "Delvis uppnått"
    assert chosen("☐ Ja ☒ Nej") == "Nej"
    assert chosen("( ) Helår  (•) Första halvåret") == "Första halvåret"
    assert chosen("☐ Uppnått   ☐ Delvis uppnått   ☐ Ej uppnått") == ""  # none ticked
    assert chosen("[x] Kartlägga behovet i Vansbro") is None  # one box: an item of a list
    assert chosen("Typ av insats: ☒ Individinriktad ☐ Strukturinriktad") is None  # a field


def test_a_legend_of_marks_is_no_choice_and_stays_a_legend():
    line = "[x] klart   [~] pågår   [ ] inte påbörjat"
    assert choice_row(line) is None
    assert find_legend(line) == {"[x]": "achieved", "[~]": "partially_achieved",
                                 "[]": "not_achieved"}
    # a form's answer repeats its boxes: no legend is read from it
    assert find_legend("[ ] Uppnått  [x] Delvis uppnått  [ ] Ej uppnått") == {}


def test_unticked_options_only_where_some_are_ticked():
    assert unticked_options(["☒", "☐", "☒", "☐"]) == {1, 3}
    assert unticked_options(["[ ]", "[ ]"]) == set()  # a form left blank, or things to do
    assert unticked_options(["-", "-"]) == set()


def test_goal_status_from_the_box_ticked_under_it():
    text = ("UPPFÖLJNING AV INSATSEN LOTSEN 2021\n\n3. MÅL OCH MÅLUPPFYLLELSE\n"
            "(Markera måluppfyllelse med X.)\n\n"
            "Mål 1:Minst 25 deltagare ska påbörja arbetsträning under året.\n"
            "[ ] Uppnått  [x] Delvis uppnått  [ ] Ej uppnått\n"
            "Kommentar:19 deltagare har påbörjat arbetsträning.\n\n"
            "Mål 2:Alla deltagare ska ha en gemensam plan inom en månad.\n"
            "[x] Uppnått  [ ] Delvis uppnått  [ ] Ej uppnått\n\n"
            "Mål 3:En modell för överlämning ska vara beslutad av parterna.\n"
            "[ ] Uppnått  [ ] Delvis uppnått  [ ] Ej uppnått\n")
    got = {g.text: g.outcome_status for g in extract_document(_doc(text)).goals}
    assert got == {
        "Minst 25 deltagare ska påbörja arbetsträning under året": "partially_achieved",
        "Alla deltagare ska ha en gemensam plan inom en månad": "achieved",
        "En modell för överlämning ska vara beslutad av parterna": "not_reported"}


def test_instructions_and_placeholders_are_no_blocks():
    text = ("Ansökan om insatsmedel från Samordningsförbundet Mora, Orsa och Älvdalen 2022\n\n"
            "Målgrupp:\n(Ange målgruppen enligt ansökan.)\n"
            "Unga 18–25 år med aktivitetsersättning\n"
            "Nyanlända kvinnor som saknar arbete\n\n"
            "[Beskriv aktiviteterna här]\nKlicka eller tryck här för att ange text.\n")
    texts = [b.flat for b in parse_structure(_doc(text)).blocks]
    assert texts[1:] == ["Målgrupp:", "Unga 18–25 år med aktivitetsersättning",
                     "Nyanlända kvinnor som saknar arbete"]
    groups = [t.text for t in extract_document(_doc(text)).target_groups]
    assert groups == ["Unga 18–25 år med aktivitetsersättning",
                      "Nyanlända kvinnor som saknar arbete"]


def test_only_the_ticked_target_groups_of_a_form():
    text = ("Halvårsrapport LSG Orsa 2023\n\n"
            "Vilka målgrupper har LSG arbetat med? (Flera val möjliga)\n"
            "[x] Unga 16–24 år som saknar gymnasieexamen\n"
            "[ ] Personer med långvarigt försörjningsstöd\n"
            "[x] Personer med psykisk ohälsa\n")
    groups = [t.text for t in extract_document(_doc(text)).target_groups]
    assert groups == ["Unga 16–24 år som saknar gymnasieexamen", "Personer med psykisk ohälsa"]


def test_a_field_whose_value_lost_its_space_is_a_label_line():
    assert LABEL_LINE.match("Projektledare:Stina Berg")
    assert LABEL_LINE.match("Beräknat antal deltagare:30 per år")
    assert not LABEL_LINE.match("Kl 13:00 samlas gruppen")
    assert not LABEL_LINE.match("Dnr 2013:45")


def test_signature_fields_of_a_form():
    text = ("ANSÖKAN OM MEDEL\n\n4. UNDERSKRIFT\n\nUnderskrift behörig företrädare:\n"
            "................................................\n"
            "Namnförtydligande:Gun-Marie Åkesson\nBefattning:Socialchef, Leksands kommun\n\n"
            "Arbetsförmedlingen\n................................................\n"
            "Namnförtydligande: T. Lindblom\nTitel: Arbetsförmedlingen Mora\n\n"
            "Region Dalarna\n................................................\n"
            "Namnförtydligande:\nBefattning:\n\n"
            "Kontaktuppgifter\nNamn: Per Hed\n")
    got = {s.name: (s.title, s.organisation) for s in extract_document(_doc(text)).signatories}
    assert got == {"Gun-Marie Åkesson": ("Socialchef", "Leksands kommun"),
                   "T. Lindblom": ("", "Arbetsförmedlingen Mora")}


def test_an_effort_named_in_its_field_is_named_without_the_label():
    text = ("PROJEKTPLAN\n\nInsatsens namn: Brobyggarna\nProjektägare: Mora kommun\n"
            "Projektperiod: 2022-01-01 – 2023-12-31\nProjektledare: Eva Ek\n")
    assert [p.name for p in extract_document(_doc(text)).projects] == ["Brobyggarna"]


def test_a_budget_form_one_cell_per_line_with_cells_left_empty():
    text = ("BUDGET FÖR INSATSEN\n\nKostnadsslag\nÅr 1\n2023\nÅr 2\n2024\nTotalt\n"
            "Personal\n300 000\n310 000\n610 000\n"
            "Lokaler\n\n\n"
            "Resor\n5 000\n\n5 000\n"
            "Övrigt (specificera):\nKlicka eller tryck här för att ange text.\n\n\n"
            "Summa\n305 000\n310 000\n615 000\n")
    got = {(b.label, b.period): b.amount_sek for b in extract_document(_doc(text)).budget_lines}
    assert got == {("Personal", "2023"): 300000, ("Personal", "2024"): 310000,
                   ("Personal", "2023-2024"): 610000, ("Resor", "2023"): 5000,
                   ("Resor", "2023-2024"): 5000, ("Summa", "2023"): 305000,
                   ("Summa", "2024"): 310000, ("Summa", "2023-2024"): 615000}


def test_an_activity_table_one_cell_per_line_with_the_time_in_the_middle():
    text = ("Projektplan Vägen vidare 2024\n\n4. Aktiviteter och tidplan\n\n"
            "Aktivitet\nTidpunkt\nAnsvarig\n"
            "Kartläggning av varje deltagares behov\nSep–nov 2024, därefter löpande\nCoach\n"
            "Studiebesök på folkhögskolan\nVarje termin\nStudievägledare\n"
            "Gemensam ärendedragning\nVarannan vecka\nProjektledare\n"
            "[Aktivitet]\n[Tidpunkt]\n[Ansvarig]\n")
    acts = [a.text for a in extract_document(_doc(text)).activities]
    assert acts == ["Kartläggning av varje deltagares behov", "Studiebesök på folkhögskolan",
                    "Gemensam ärendedragning"]


def test_a_title_after_a_table_one_cell_per_line_is_no_empty_row_of_it():
    text = ("BUDGET OCH MÅL 2024\n\nKostnadsslag\n2024\n2025\n"
            "Personal\n300 000\n310 000\nResor\n5 000\n5 000\nLokaler\n40 000\n40 000\n"
            "Mål\n\nMinst 40 deltagare ska skrivas in under året.\n")
    assert [g.text for g in extract_document(_doc(text)).goals] == [
        "Minst 40 deltagare ska skrivas in under året"]
