"""A kommun's or a region's paper holds the förbund's records only where it speaks of the
förbund: made-up papers of other issuers, and a förbund's own."""
from __future__ import annotations

from samverkan.extract import extract_document

from .texts import document as _doc

KOMMUN_BUDGET = (
    "Åre kommun\nKommunstyrelsen\n\nBUDGET 2020 MED PLAN 2021–2022\n\n"
    "1. Kommunstyrelsens mål\n\n"
    "Nämndmål 2020\n"
    "1. Antalet nystartade företag ska öka jämfört med 2019.\n"
    "2. Sjukfrånvaron ska understiga 6 procent.\n\n"
    "2. Arbetsmarknad\n\n"
    "Arbetsmarknadsenheten driver insatsen Vägen vidare, som finansieras av "
    "Samordningsförbundet i Jämtlands län. Förbundets bidrag till insatsen budgeteras till "
    "450 tkr för 2020.\n\n"
    "3. Bidrag och medlemsavgifter\n\n"
    "Kommunen betalar avgifter till de organisationer där den är medlem.\n\n"
    "Organisation                          Budget 2020   Plan 2021\n"
    "Sveriges Kommuner och Regioner                310         318\n"
    "Samordningsförbundet i Jämtlands län          204         204\n"
    "Destination Åre                               890         890\n\n"
    "4. Investeringar\n\n"
    "Projekt                               2020      2021\n"
    "Skolgården i Järpen                   1 200       600\n"
    "Gatubelysning                           800       800\n")


def test_a_kommuns_budget_keeps_only_what_concerns_the_förbund():
    ex = extract_document(_doc(KOMMUN_BUDGET))
    labels = {(b.label, b.period) for b in ex.budget_lines}
    assert ("Samordningsförbundet i Jämtlands län", "2020") in labels
    assert not any(label.startswith(("Sveriges", "Destination", "Skolgården", "Gatubelysning"))
                   for label, _ in labels)
    assert ex.goals == []  # the kommun's own goals are not the förbund's


def test_a_förbunds_own_paper_is_kept_whole():
    text = ("Samordningsförbundet i Jämtlands län\n\nVERKSAMHETSPLAN 2020\n\n"
            "Mål\n1. Minst 100 personer ska delta i förbundets insatser.\n"
            "2. Parterna ska ha en gemensam rutin för överlämning.\n\n"
            "Budget 2020\n\nKostnad                    2020\n"
            "Insatser                  3 200\nKansli                     1 100\n")
    ex = extract_document(_doc(text))
    assert len(ex.goals) == 2
    assert {b.label for b in ex.budget_lines} >= {"Insatser", "Kansli"}


def test_a_kommuns_paper_about_the_förbund_is_kept_whole():
    text = ("Åre kommun\nKommunstyrelsens förvaltning\n\n"
            "Ärende: Årsredovisning 2019 för Samordningsförbundet i Jämtlands län\n\n"
            "Förslag till beslut\nKommunstyrelsen föreslår fullmäktige att bevilja styrelsen "
            "ansvarsfrihet.\n\nEkonomi\nKommunens medlemsavgift 2019 uppgick till 204 tkr.\n")
    ex = extract_document(_doc(text))
    assert [(b.period, b.amount_sek) for b in ex.budget_lines] == [("2019", 204000)]
