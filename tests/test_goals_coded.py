"""Goals with a code or a strategic label before them and their assessment in field lines,
set apart as a row or given under an indicator table through the document's legend. Every
goal here is made up."""
from __future__ import annotations

from samverkan.extract import extract_document
from samverkan.extract.context import LABELLED_GOAL

from .texts import document


def _goals(text: str) -> dict[str, str]:
    return {g.text: g.outcome_status for g in extract_document(document(text)).goals}


def test_a_goals_code_and_a_strategic_label_are_labels():
    assert LABELLED_GOAL.match("M3  Fler unga ska börja studera.").group("num") == "3"
    assert LABELLED_GOAL.match("Strategiskt mål 2.1  Parterna ska känna till förbundet.")
    assert LABELLED_GOAL.match("Långsiktigt mål 1: Alla ska ha en plan.")
    assert LABELLED_GOAL.match("M3 Fler unga ska börja studera.")  # (its gap collapsed)
    assert not LABELLED_GOAL.match("M3 fler")  # a code before a sentence's capital only
    assert not LABELLED_GOAL.match("M2  fler unga")  # (a code before a capital only)


def test_coded_goals_with_their_assessment_in_field_lines_set_apart_by_a_gap():
    got = _goals("B. FÖRBUNDETS MÅL 2031\n\n"
                 "M1  Fler deltagare ska få ett arbete.\n"
                 "    Indikator:    Andel avslutade till arbete (SUS)\n"
                 "    Målvärde:     minst 30 %\n"
                 "    Utfall 2031:  33 %   ↑ +3 %-enheter\n"
                 "    Bedömning:    Uppnått\n\n"
                 "M2  Deltagarna ska känna sig delaktiga.\n"
                 "    Indikator:    Andel som instämmer i enkäten\n"
                 "    Målvärde:     minst 80 %\n"
                 "    Utfall 2031:  71 %\n"
                 "    Bedömning:    Delvis uppnått\n")
    assert got == {"Fler deltagare ska få ett arbete": "achieved",
                   "Deltagarna ska känna sig delaktiga": "partially_achieved"}


def test_an_overall_assessment_under_the_goals_indicator_table_through_the_legend():
    got = _goals("Uppföljning av styrkortet 2031\n\nMåluppfyllelse bedöms i tre nivåer:\n\n"
                 "    ●  Uppnått          ◐  Delvis uppnått          ○  Ej uppnått\n\n"
                 "Strategiskt mål 2.1  Parterna ska uppleva nytta av samverkan.\n\n"
                 "   Mätetal                         Målvärde  Utfall 2031  Bed.\n"
                 "   Andel nöjda chefer              ≥ 70 %    74 %         ●\n"
                 "   Andel nöjda handläggare         ≥ 70 %    61 %         ○\n\n"
                 "   Samlad bedömning: ◐\n\n"
                 "Strategiskt mål 2.2  Alla insatser ska ha en plan för implementering.\n\n"
                 "   Mätetal                         Målvärde  Utfall 2031  Bed.\n"
                 "   Andel insatser med plan         100 %     100 %        ●\n\n"
                 "   Samlad bedömning: ●\n")
    assert got == {"Parterna ska uppleva nytta av samverkan": "partially_achieved",
                   "Alla insatser ska ha en plan för implementering": "achieved"}


def test_what_is_to_be_done_claims_no_outcome():
    got = _goals("Delårsrapport 2031\n\nMål 4\nMinst 75 % av deltagarna ska uppleva ett bättre "
                 "stöd.\nUtfall: Enkäten genomförs i november och redovisas i "
                 "verksamhetsberättelsen.\n\nMål 5\nAlla handläggare ska gå utbildningen.\n"
                 "Utfall: Utbildningen genomfördes i maj.\n")
    assert got["Minst 75 % av deltagarna ska uppleva ett bättre stöd"] == "not_reported"
    assert got["Alla handläggare ska gå utbildningen"] == "achieved"


def test_a_goal_of_a_lettered_list_judged_later_by_its_letter():
    got = _goals("Slutrapport\n\nProjektmål\na) Hälften av deltagarna ska ha stegförflyttats.\n"
                 "b) En tredjedel ska ha ett arbete vid avslut.\n\nResultat\n\n"
                 "Mål a) 58 procent hade stegförflyttats. Målet är uppnått.\n"
                 "Mål b) 21 procent hade ett arbete vid avslut. Målet nåddes inte.\n")
    assert got == {"Hälften av deltagarna ska ha stegförflyttats": "achieved",
                   "En tredjedel ska ha ett arbete vid avslut": "not_achieved"}


def test_lettered_goals_under_a_numbered_title_in_capitals_with_their_state():
    got = _goals("Kvartalsrapport 3 2032\n\n3. LYRAN – PROJEKTMÅL 2032, LÄGE 30/9\n\n"
                 "a) Minst 30 deltagare ska ha skrivits in under 2032. (Reviderat mål.)\n"
                 "   Läge: Målet är uppnått, 31 inskrivna.\n\n"
                 "b) Samtliga deltagare ska ha en plan inom fyra veckor.\n"
                 "   Läge: Delvis uppfyllt.\n")
    assert got == {"Minst 30 deltagare ska ha skrivits in under 2032": "achieved",
                   "Samtliga deltagare ska ha en plan inom fyra veckor": "partially_achieved"}
