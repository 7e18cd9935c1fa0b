"""Forms a follow-up or a plan puts its activities and verdicts in: a checklist of boxes a
symbol font left as letters ("þ", "¨") under a section's goals, a timetable without a header
(when, then what), a tab table whose header reached its tab stops with several tabs, numbered
items each over its remark, items numbered after a colour's initial ("(G) 1."), a follow-up of
a plan named so in its title, and goals judged by number ("mål 1, 2 och 5", "När det gäller
mål 3 ...")."""
from __future__ import annotations

from samverkan.extract import extract_document
from samverkan.ingest.cleanup import clean_text

from .texts import document


def _extract(text: str, doc_type: str | None = None):
    return extract_document(document(clean_text(text), doc_type))


_CHECKLIST = ("LLG Norrby\n\nHANDLINGSPLAN 2031 – AVSTÄMNING\n\n"
              "Teckenförklaring: þ = genomfört   ¨ = ej genomfört\n\n\n"
              "OMRÅDE 1: UNGA\n\n"
              "Mål för området:\n"
              "Unga i Norrby ska få en fast kontakt hos parterna.\n"
              "Skolan och Arbetsförmedlingen ska ha en gemensam rutin.\n\n"
              "þ Kartlägga hur många unga som saknar sysselsättning\n"
              "     Klart i mars.\n"
              "¨ Genomföra en kampanj med fritidsgårdarna\n"
              "     Blev inte av.\n"
              "þ Bjuda in ungdomsmottagningen till LLG\n"
              "     Presentation i maj.\n")


def test_a_checklist_a_symbol_font_left_as_letters_is_the_sections_activities():
    assert "☑ Kartlägga" in clean_text(_CHECKLIST)
    ex = _extract(_CHECKLIST)
    acts = {a.text: a.outcome_status for a in ex.activities}
    assert acts == {"Kartlägga hur många unga som saknar sysselsättning": "achieved",
                    "Genomföra en kampanj med fritidsgårdarna": "not_achieved",
                    "Bjuda in ungdomsmottagningen till LLG": "achieved"}, acts
    assert {g.text for g in ex.goals} == {"Unga i Norrby ska få en fast kontakt hos parterna",
                                          "Skolan och Arbetsförmedlingen ska ha en gemensam rutin"}


def test_a_timetable_without_a_header_names_what_is_done_beside_when():
    ex = _extract("Projektplan Bron 2031\n\n5. Tidplan\n\n"
                  "Jan 2031\tRekrytering av två coacher\n"
                  "Feb–mars 2031\tStyrgruppen fastställer rutiner för remisser\n"
                  "Maj 2031\tUtbildning i motiverande samtal för teamet\n"
                  "Dec 2031\tSlutrapport och slutkonferens\n", "projektplan")
    assert [a.text for a in ex.activities] == [
        "Rekrytering av två coacher", "Styrgruppen fastställer rutiner för remisser",
        "Utbildning i motiverande samtal för teamet", "Slutrapport och slutkonferens"]


def test_dates_beside_what_happens_without_a_timetables_title_are_no_plan():
    ex = _extract("Sammanträden 2031\n\n12 feb 2031\tStyrelsen sammanträder i Norrby\n"
                  "14 maj 2031\tStyrelsen sammanträder i Västby\n"
                  "9 sep 2031\tStyrelsen sammanträder i Norrby\n", "verksamhetsplan")
    assert not ex.activities


def test_a_header_that_reached_its_tab_stops_with_several_tabs_names_its_columns():
    ex = _extract("Uppföljning av LLG:s mål 2031\n\n"
                  "Mål\t\t\t\t\tFärg\n"
                  "Öka kunskapen om varandras uppdrag\tGRÖN\n"
                  "Etablera en gemensam rutin för unga\tGUL\n"
                  "Minska antalet personer som skickas runt\tRÖD\n", "verksamhetsberattelse")
    goals = {g.text: g.outcome_status for g in ex.goals}
    assert goals == {"Öka kunskapen om varandras uppdrag": "achieved",
                     "Etablera en gemensam rutin för unga": "partially_achieved",
                     "Minska antalet personer som skickas runt": "not_achieved"}, goals


def test_numbered_items_each_over_its_remark_are_one_list_with_or_without_a_code():
    for code in ("", "(G) ", "(R) "):
        doc = document(clean_text("UPPFÖLJNING AV HANDLINGSPLAN 2031\n\n"
                      "1. Bakgrund\n\nLLG har träffats sex gånger.\n\n"
                      "2. Aktiviteter 2031\n\n"
                      f"{code}1. Två handläggarträffar per termin\n"
                      "Fyra träffar genomfördes med 40 deltagare.\n\n"
                      f"{code}2. Ta fram rutin för unga\n"
                      "Rutinen antogs i oktober av LLG.\n\n"
                      f"{code}3. Studiebesök hos Finsam Norrby\n"
                      "Studiebesöket ställdes in och har inte blivit av.\n\n"
                      "3. Ekonomi\n\nLLG förbrukade 20 000 kr.\n"))
        assert doc.doc_type == "verksamhetsberattelse"  # a plan's follow-up reports
        ex = extract_document(doc)
        acts = {a.text: a.outcome_status for a in ex.activities}
        assert acts == {"Två handläggarträffar per termin": "achieved",
                        "Ta fram rutin för unga": "achieved",
                        "Studiebesök hos Finsam Norrby": "not_achieved"}, (code, acts)


def test_goals_judged_by_their_numbers_together_or_by_topic():
    ex = _extract("Protokoll styrelsen 2031-12-10\n\n§ 5 Uppföljning av målen 2031\n\n"
                  "Styrelsens mål för 2031:\n"
                  "1. Minst 90 personer ska delta i insatserna\n"
                  "2. Minst 30 procent ska gå vidare till arbete eller studier\n"
                  "3. Samtliga insatser ska ha en plan för implementering\n"
                  "4. Förbundet ska ge ut ett nyhetsbrev varje kvartal\n\n"
                  "Till och med november har 96 personer deltagit. Förbundschefen redovisade "
                  "att mål 1, 2 och 4 därmed får anses uppfyllda för året.\n\n"
                  "När det gäller mål 3 har två av fyra insatser en plan. Målet är delvis "
                  "uppnått.\n", "protokoll")
    goals = {g.text.split(" ska ")[0]: g.outcome_status for g in ex.goals}
    assert goals == {"Minst 90 personer": "achieved", "Minst 30 procent": "achieved",
                     "Samtliga insatser": "partially_achieved", "Förbundet": "achieved"}, goals


def test_a_plans_activities_each_over_a_line_of_its_fields():
    ex = _extract("VERKSAMHETSPLAN 2031\n\nAKTIVITETER 2031\n"
                  "Förbundet ska under 2031 genomföra följande:\n"
                  "Starta en insats för personer som lämnar sjukförsäkringen i samarbete med\n"
                  "Arbetsförmedlingen\n"
                  "Ansvar: beredningsgruppen Tid: senast mars\n"
                  "Genomföra en extern utvärdering av Bryggan\n"
                  "Ansvar: förbundschef Tid: aug–nov\n"
                  "Ta fram en folder om förbundet\n"
                  "Ansvarig: kansliet Tidsplan: hösten\n"
                  "BUDGET 2031\n", "verksamhetsplan")
    assert [a.text for a in ex.activities] == [
        "Starta en insats för personer som lämnar sjukförsäkringen i samarbete med "
        "Arbetsförmedlingen", "Genomföra en extern utvärdering av Bryggan",
        "Ta fram en folder om förbundet"]


def test_a_tab_rows_last_cell_going_on_below_keeps_the_table_whole():
    ex = _extract("Uppföljning av aktivitetsplanen 2031\n\n"
                  "Statuskoder: G = genomförd, D = delvis genomförd, E = ej påbörjad\n\n"
                  "Nr\tAktivitet\tAnsvarig\tStatus\tKommentar\n"
                  "1\tRevidera den strategiska planen\tFörbundschef\tG\tAntagen av styrelsen\n"
                  "\t\t\t\t2031-06-13, § 22.\n"
                  "2\tInföra IPS i psykiatrins öppenvård\tPsykiatrin\tD\tTvå coacher på\n"
                  "\t\t\t\tplats sedan maj.\n"
                  "3\tStarta en ingång för unga vuxna\tLSG Västby\tE\tBemanning saknas.\n",
                  "delarsrapport")
    acts = {a.text: (a.outcome_status, a.outcome_text) for a in ex.activities}
    assert acts == {"Revidera den strategiska planen": ("achieved",
                                                        "G Antagen av styrelsen 2031-06-13, § 22."),
                    "Införa IPS i psykiatrins öppenvård": ("partially_achieved",
                                                           "D Två coacher på plats sedan maj."),
                    "Starta en ingång för unga vuxna": ("not_achieved", "E Bemanning saknas.")}, acts


def test_what_was_planned_over_what_became_of_it():
    ex = _extract("Verksamhetsberättelse 2031\n\nAktiviteter 2031\n\n"
                  "Planerat: Fyra nätverksträffar för handläggare under året.\n"
                  "Så blev det: Tre träffar genomfördes. Decemberträffen ställdes in.\n\n"
                  "Planerat: Bjuda in vårdcentralerna till ett möte om sjukskrivna.\n"
                  "Så blev det: Mötet hölls i april. Genomfört.\n", "verksamhetsberattelse")
    acts = {a.text: a.outcome_status for a in ex.activities}
    assert acts == {"Fyra nätverksträffar för handläggare under året": "not_achieved",
                    "Bjuda in vårdcentralerna till ett möte om sjukskrivna": "achieved"}, acts


def test_a_follow_up_read_out_at_a_meeting_line_by_line_with_dashed_remarks():
    ex = _extract("MINNESANTECKNINGAR LLG Västby 2031-09-13\n\n"
                  "3. Information från parterna\n"
                  "Arbetsförmedlingen flyttar till nya lokaler i januari.\n\n"
                  "4. Uppföljning av LLG:s aktivitetsplan 2031\n"
                  "Sekreteraren gick igenom de aktiviteter som planerats för våren:\n"
                  "Handläggarträff för alla parter i april – genomförd 12 april. Mycket "
                  "positiva utvärderingar.\n"
                  "Studiebesök hos Finsam Norrby – ställdes in i maj och har inte genomförts.\n"
                  "Kartläggning av personer med försörjningsstöd – klar, rapport skickad i juni.\n\n"
                  "5. Nästa möte\n2031-10-25.\n", "protokoll")
    acts = {a.text: a.outcome_status for a in ex.activities}
    assert acts == {"Handläggarträff för alla parter i april": "achieved",
                    "Studiebesök hos Finsam Norrby": "not_achieved",
                    "Kartläggning av personer med försörjningsstöd": "achieved"}, acts


def test_goals_numbered_by_section_over_their_fields_and_a_legends_mark():
    ex = _extract("Årsredovisning 2031\n\n3 MÅLUPPFYLLELSE\n\nSymbolförklaring\n"
                  "●  uppfyllt\n◐  delvis uppfyllt\n○  ej uppfyllt\n\n"
                  "Målområde 1 – Individ\n\n"
                  "1.1 Deltagarna ska uppleva att de fått stöd utifrån sina behov\n"
                  "Indikator: andel som instämmer (deltagarenkät)\n"
                  "Målvärde: 85 %        Utfall 2031: 91 %                 ●\n\n"
                  "1.2 Minst 40 procent av deltagarna ska gå till arbete eller studier\n"
                  "Indikator: andel avslutade deltagare\n"
                  "Målvärde: 40 %        Utfall 2031: 31 %                 ○\n\n"
                  "1.3 Förbundet ska genomföra fyra seminarier för personalen\n"
                  "Utfall: Tre seminarier har genomförts.\n"
                  "                                                       ◐\n", "arsredovisning")
    goals = {g.text: g.outcome_status for g in ex.goals}
    assert goals == {
        "Deltagarna ska uppleva att de fått stöd utifrån sina behov": "achieved",
        "Minst 40 procent av deltagarna ska gå till arbete eller studier": "not_achieved",
        "Förbundet ska genomföra fyra seminarier för personalen": "partially_achieved"}, goals


_SUMMED_UP = ("Verksamhetsberättelse 2031\nLLG Norrvik\n\nÅrets mål\n\n"
              "Mål 1 – SIP ska användas oftare i ärenden med flera parter.\n"
              "Vad har vi gjort? En utbildning i SIP genomfördes för 90 medarbetare.\n\n"
              "Mål 2 – Alla nyanställda ska få en introduktion till samverkan.\n"
              "Vad har vi gjort? En film har tagits fram och används av två av parterna.\n\n"
              "Mål 3 – En gemensam lokal ska finnas i centrum.\n"
              "Vad har vi gjort? Frågan har utretts av kommunen.\n\n"
              "Aktiviteter 2031\n\n"
              "Aktivitet\t\t\t\t\t\tKlart?\tKommentar\n"
              "Samverkansveckan i maj\t\t\t\t✔\tCa 300 besökare\n"
              "SIP-utbildning, två tillfällen\t\t\t✔\tSe mål 1\n"
              "Studiebesök hos Finsam Västby\t\t\t✘\tFlyttad till 2032\n"
              "Kartläggning av kvinnor i försörjningsstöd\t(✔)\tKlar men inte redovisad\n\n"
              "Sammanfattande bedömning\n\n"
              "Av årets tre mål bedömer LLG att ett är uppnått (mål 1) och ett delvis uppnått "
              "(mål 2), medan mål 3 inte har uppnåtts.\n\n"
              "LLG:s mål 2032\n\n"
              "1. SIP ska vara ett naturligt arbetssätt hos alla parter.\n"
              "2. Introduktionen ska ingå i samtliga parters program.\n"
              "3. Minst 30 deltagare ska skrivas in i Ung Kompass.\n")


def test_verdicts_set_out_goal_by_goal_in_brackets_and_in_a_clause_of_their_own():
    ex = _extract(_SUMMED_UP, "verksamhetsberattelse")
    goals = {g.text.split(" ska ")[0]: g.outcome_status for g in ex.goals}
    assert goals["SIP"] in ("achieved",) and goals["Alla nyanställda"] == "partially_achieved"
    assert goals["En gemensam lokal"] == "not_achieved", goals
    # next year's goals, numbered alike, were judged nothing
    assert goals["Introduktionen"] == goals["Minst 30 deltagare"] == "not_reported", goals


def test_check_marks_answer_a_columns_question_in_rows_tabbed_to_their_stops():
    acts = {a.text: a.outcome_status for a in _extract(_SUMMED_UP, "verksamhetsberattelse")
            .activities}
    assert acts == {"Samverkansveckan i maj": "achieved",
                    "SIP-utbildning, två tillfällen": "achieved",
                    "Studiebesök hos Finsam Västby": "not_achieved",
                    "Kartläggning av kvinnor i försörjningsstöd": "partially_achieved"}, acts


_DOTTED = ("AKTIVITETSPLAN 2031 – LÄGE\n"
           "✓ genomförd    ✗ ej genomförd    ○ planerad till hösten\n\n"
           "  ✓  Ordna en dialogdag med LSG ..................... feb\n"
           "  ✗  Ta fram en gemensam rutin för SIP .............. skjuts till 2032\n"
           "  ○  Genomföra en enkät till handläggarna ........... november\n"
           "  ✓  Lansera en ny webbplats ........................ maj\n")


def test_a_checklists_dotted_lines_stay_items_whatever_figure_ends_them():
    # (the words after the dot leader are the item's remark; one that only says when tells
    # no outcome, and the legend's "planerad" claims none)
    acts = {a.text: a.outcome_status for a in _extract(_DOTTED, "delarsrapport").activities}
    assert acts == {"Ordna en dialogdag med LSG": "achieved",
                    "Ta fram en gemensam rutin för SIP": "not_achieved",
                    "Genomföra en enkät till handläggarna": "not_reported",
                    "Lansera en ny webbplats": "achieved"}, acts
