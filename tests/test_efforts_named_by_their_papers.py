"""The effort a paper is about, named on the line under the paper's kind at its top
("Projektplan" / "Norrspåret – arbetsträning för unga i Norrby", "DELÅRSRAPPORT 2031:1" /
"Norrspåret (IPS Norrby)"), and what is no effort's name: a case number over a card's fields
("Dnr SFN 2030/38"), a cost whose first word is a kind of cost ("Resor/leasingbil"); and the
kind of such papers: notes with a meeting's attendance field are minutes, an evaluator's
series called "Samhällsekonomiska bokslut" no accounts."""
from __future__ import annotations

from samverkan.extract import extract_document

from .texts import document


def _names(text: str, doc_type: str) -> set[str]:
    return {p.name for p in extract_document(document(text, doc_type)).projects}


def test_the_name_under_a_papers_kind_at_its_top_before_its_description():
    plan = ("Projektplan\nNorrspåret – arbetsträning för unga i Norrby och Söderby\n\n"
            "Version 1.2\nDnr SFN 2030/38\n\nProjektägare: Norrby kommun\n"
            "Finansiär: Samordningsförbundet Norrby\n\n1 Bakgrund\n\nMånga unga står utan arbete.\n")
    assert _names(plan, "projektplan") == {"Norrspåret"}
    report = ("DELÅRSRAPPORT 2031:1\nNorrspåret (IPS Norrby)\nRapportperiod 2031-01-01 – "
              "2031-06-30\n\nArbetet har gått enligt plan.\n")
    assert _names(report, "delarsrapport") == {"Norrspåret"}
    # (a förbund's name under its plan's kind is no effort)
    assert not _names("Verksamhetsplan 2031\nSamordningsförbundet Norrby\n\nText.\n",
                      "verksamhetsplan")


def test_a_cost_whose_first_word_is_a_kind_of_cost_is_no_effort():
    text = ("Budget\n\nKostnader (kr)          2031\nPersonal            1 200 000\n"
            "Resor/leasingbil       60 000\nLokal, kontor och IT   90 000\nSumma    1 350 000\n")
    assert not _names(text, "projektplan")


def test_a_meetings_attendance_field_makes_notes_minutes_and_an_evaluators_series_no_accounts():
    from samverkan.ingest.metadata import add_metadata  # (the kind as the reader gives it)
    from samverkan.records import Document, Page

    def kind(text: str) -> str:
        doc = Document(doc_id="t", source_path="t.txt", format="txt", text=text,
                       pages=[Page(1, 0, len(text))])
        add_metadata(doc)
        return doc.doc_type

    notes = ("LSG Norrby\nDatum: 21/5\nTid: 13-15\nPlats: Arbetsförmedlingen\n"
             "Närvarande: Anna Ek, Bo Lind, Cecilia Holm\n\nNorrby vill göra en ansökan till ESF. "
             "Ansökan ska vara klar i augusti.\n")
    assert kind(notes) == "protokoll"
    series = ("Samhällsekonomiska bokslut, utvärderingar och analyser\n"
              "Samhällsekonomisk utvärdering Projekt Norrspåret Slutrapport\n\nText.\n")
    assert kind(series) == "slutrapport"


def test_a_title_run_together_ends_the_name_at_the_papers_own_words():
    text = ("Samhällsekonomiska bokslut, utvärderingar och analyser Samhällsekonomisk "
            "utvärdering Projekt Norrspår Slutrapport Samordningsförbundet Norrby kommun\n\n"
            "Sammanfattning Norrspår är ett projekt som ägs av Norrby kommun.\n")
    assert _names(text, "slutrapport") == {"Norrspår"}, _names(text, "slutrapport")
