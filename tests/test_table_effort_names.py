"""A table of what is funded per insats names each insats in its first cell, with what a
reader of the name leaves out: its period or state in brackets, its place after a dash, its
quotes, its acronym after a comma or before a dash; a kind of cost is no insats; and columns
headed by a sum's stage and year ("Beslutat 2030", "Förslag 2031") hold amounts."""
from __future__ import annotations

from samverkan.extract import extract_document
from samverkan.extract.text_tables import column_role
from samverkan.ingest.cleanup import clean_text

from .texts import document

_TABLE = ("Tjänsteskrivelse\n\nFörslag till fördelning av insatsmedel 2031\n\n"
          "Tabell 1. Insatsmedel per insats (kr)\n\n"
          "Insats (period)                         Beslutat 2030   Förslag 2031\n"
          "«Fjällkraft» Arjeplog                         950 000      1 200 000\n"
          "Samordnad rehabilitering i fjällen, SRF       940 000        980 000\n"
          "Unga Vidare – Sorsele (2031)                        –        540 000\n"
          "KPT – Kompetensteam psykisk hälsa             600 000        600 000\n"
          "Arbetsträning Malå (avslutad 2030-12-31)      420 000              –\n"
          "Reserv för nya insatser                           –        510 000\n"
          "Summa insatser                              2 910 000      3 830 000\n")


def test_a_sums_stage_and_year_heads_a_column_of_amounts():
    assert column_role("Beslutat 2030") == column_role("Förslag 2031") == "amount"
    assert column_role("Prel. ram 2032") == "amount"
    assert column_role("Förslag till åtgärd") != "amount"


def test_a_funding_tables_insatser_by_their_names():
    ex = extract_document(document(clean_text(_TABLE), "beslutsforslag"))
    names = {(p.name, p.acronym) for p in ex.projects}
    assert names == {("Fjällkraft", ""), ("Samordnad rehabilitering i fjällen", "SRF"),
                     ("Unga Vidare", ""), ("Kompetensteam psykisk hälsa", "KPT"),
                     ("Arbetsträning Malå", "")}, names
