"""A quarter's report on its plan: a status column that an activity's words run up to, and a
"Status:" line whose first word says how it stands whatever the sentences after it tell.
Every activity and name here is made up."""
from __future__ import annotations

from samverkan.extract import extract_document

from .texts import document


def _acts(text: str, doc_type: str = "delarsrapport") -> dict[str, str]:
    return {a.text: a.outcome_status
            for a in extract_document(document(text, doc_type)).activities}


def test_an_activity_run_up_to_its_status_column_beside_a_long_comment():
    got = _acts("Lägesrapport kvartal 1 2032\n\nAktiviteter\n\n"
                "Nr  Aktivitet                                              Status       Kommentar\n"
                "1   Rekrytering av två coacher                             Klar         Båda på plats\n"
                "2   Informationsträffar för handläggare hos alla parterna Pågår       "
                "6 av 10 arbetsplatsträffar hållna\n"
                "3   Ta fram en gemensam kartläggningsmodell                Påbörjad\n")
    assert got == {"Rekrytering av två coacher": "achieved",
                   "Informationsträffar för handläggare hos alla parterna": "partially_achieved",
                   "Ta fram en gemensam kartläggningsmodell": "partially_achieved"}


def test_the_word_a_status_line_opens_with_decides():
    got = _acts("Lägesrapport kvartal 2 2032\n\nAktiviteter\n\n"
                "1. Ta fram en gemensam kartläggningsmodell\n"
                "Status: Pågår. Ett utkast har testats på sex deltagare och skickades till "
                "styrgruppen i juni.\n\n"
                "2. Studiebesök hos en IPS-verksamhet\n"
                "Status: Uppskjuten. Mottagaren kunde inte ta emot oss i maj.\n")
    assert got == {"Ta fram en gemensam kartläggningsmodell": "partially_achieved",
                   "Studiebesök hos en IPS-verksamhet": "not_achieved"}



def test_activities_numbered_in_levels_a_line_each_are_a_list():
    ex = extract_document(document(
        "Verksamhetsplan 2032\n\n5 Förbundsgemensamma aktiviteter 2032\n"
        "Utöver insatserna planerar kansliet följande aktiviteter under året:\n\n"
        "  5.1   Genomföra fyra frukostseminarier för parternas medarbetare\n"
        "  5.2   Arrangera en samverkanskonferens under hösten\n"
        "  5.3   Ta fram en ny webbplats\n\n6 Uppföljning\n", "verksamhetsplan"))
    assert [a.text for a in ex.activities] == [
        "Genomföra fyra frukostseminarier för parternas medarbetare",
        "Arrangera en samverkanskonferens under hösten", "Ta fram en ny webbplats"]
