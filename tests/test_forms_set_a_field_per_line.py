"""An application form a converter set a field or a cell per line: the insats's name on the
line under "Insatsens namn", a goal / indicator / target table under a title of its own, an
activity table right under its numbered section's title with how often as its timetable, the
bare figures of such tables kept (not taken for page numbers), and a plan's list whose numbers
stand on lines of their own ("1" / "Genomföra ..." / "2" / "Ta fram ...")."""
from __future__ import annotations

from pathlib import Path

from samverkan.extract import extract_document
from samverkan.ingest.reader import read_document

_FORM = """Samordningsförbundet Norrby
ANSÖKAN OM MEDEL

1. Uppgifter om sökande
Insatsens namn
Vägen vidare Norrby
Sökande organisation
Norrby kommun, Vuxenutbildningsenheten (VUE)
Kontaktperson
Kim Andersson

2. Mål
Övergripande mål
Fler unga vuxna i Norrby ska börja arbeta eller studera.
Delmål (mätbara)
Delmål
Indikator
Målvärde
Minst 45 deltagare ska ha skrivits in under projekttiden
Antal inskrivna
45
Hälften av deltagarna ska ha en gemensam plan inom en månad
Andel med plan
50 %
Insatsen ska ha en plan för överlämning till ordinarie verksamhet
Beslut i styrgruppen
Beslut taget

3. Aktiviteter och tidsplan
Aktivitet
Tid
Ansvarig
Rekrytera två coacher
januari 2032
VUE
Starta samtalsgrupper för deltagarna
två omgångar per termin
Coacherna
Ordna studiebesök på arbetsplatser
varje månad
Coacherna

4. Budget
Den sökta summan är 900 000 kr.
"""


def _read(tmp_path: Path):
    path = tmp_path / "ansokan.txt"
    path.write_text(_FORM, encoding="utf-8")
    return read_document(path, "t")


def test_the_figures_of_a_table_set_a_cell_per_line_stay_in_the_text(tmp_path: Path):
    doc = _read(tmp_path)
    assert "Antal inskrivna\n45\n" in doc.text


def test_a_goal_indicator_target_table_gives_its_goals_not_its_cells(tmp_path: Path):
    ex = extract_document(_read(tmp_path))
    goals = {g.text for g in ex.goals}
    assert {"Minst 45 deltagare ska ha skrivits in under projekttiden",
            "Hälften av deltagarna ska ha en gemensam plan inom en månad",
            "Insatsen ska ha en plan för överlämning till ordinarie verksamhet"} <= goals, goals
    assert not goals & {"Indikator", "Målvärde", "Antal inskrivna", "45", "50 %",
                        "Beslut taget"}, goals


def test_an_activity_table_under_its_sections_title_with_how_often(tmp_path: Path):
    ex = extract_document(_read(tmp_path))
    assert {a.text for a in ex.activities} >= {
        "Rekrytera två coacher", "Starta samtalsgrupper för deltagarna",
        "Ordna studiebesök på arbetsplatser"}, {a.text for a in ex.activities}


def test_the_name_on_the_line_under_its_field_is_the_insats_a_unit_is_not(tmp_path: Path):
    ex = extract_document(_read(tmp_path))
    names = {p.name for p in ex.projects}
    assert "Vägen vidare Norrby" in names, names
    assert not any("enheten" in n.lower() for n in names), names


_NUMBERS_ALONE = """Verksamhetsplan 2032

5 Planerade aktiviteter 2032
1
Genomföra en gemensam utbildningsdag för personal i samtliga insatser under
våren 2032.
2
Ta fram ett gemensamt system för uppföljning av deltagare.
3
Anordna två dialogmöten mellan styrelsen och parternas chefer.

6 Budget
Antal deltagare
60
Kostnad per deltagare
12 000 kr
"""


def test_list_numbers_on_lines_of_their_own_number_the_items_under_them(tmp_path: Path):
    path = tmp_path / "plan.txt"
    path.write_text(_NUMBERS_ALONE, encoding="utf-8")
    acts = {a.text for a in extract_document(read_document(path, "t")).activities}
    assert acts == {
        "Genomföra en gemensam utbildningsdag för personal i samtliga insatser under våren 2032",
        "Ta fram ett gemensamt system för uppföljning av deltagare",
        "Anordna två dialogmöten mellan styrelsen och parternas chefer"}, acts
