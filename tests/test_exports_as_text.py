"""What spreadsheets and systems export, pasted into a report or saved as text: semicolon
values with quoted cells, a planner's tab export whose cells run over lines, an account
report with a column a month, an application system's printout of fields, and a budget
under a header over two lines. Every figure and name here is made up."""
from __future__ import annotations

from samverkan.extract import extract_document
from samverkan.extract.structure import parse_structure

from .texts import document


def _lines(text: str, doc_type: str | None = None) -> list[tuple[str, str, int]]:
    return [(b.label, b.period, b.amount_sek)
            for b in extract_document(document(text, doc_type)).budget_lines]


EXPORT = ("sep=;\n"
          "Id;Insats;Insatsägare;Startdatum;Slutdatum;Budget 2032 (kr);Beviljat totalt (kr);"
          "Status;Kontaktperson\n"
          "INS-0004;Lyran Västby;Västby kommun;2031-01-01;2033-12-31;1200000,00;3600000,00;"
          "Pågående;Karin Ek\n"
          "INS-0007;Ankaret;\"Östby kommun; Region Väst\";2030-04-01;2032-03-31;450 000;"
          "1800000,00;\"Avslutas 2032-03-31.\nImplementering bereds.\";Per Berg\n"
          "INS-0009;Bryggan Öst;Norrby kommun;2032-01-01;2032-12-31;300000,00;300000,00;"
          "Ny;Eva Lind\n")


def test_semicolon_values_with_quoted_cells_are_a_table():
    doc = document(EXPORT)
    table = parse_structure(doc).tables[0]
    assert table.roles[1] == "effort" and len(table.rows) == 3
    # a quoted cell keeps its semicolon and its line break, and the record its fields
    assert table.cell(table.rows[1], 2)[2] == "Östby kommun; Region Väst"


def test_an_exports_rows_are_efforts_with_their_budgets_and_no_signers():
    ex = extract_document(document(EXPORT))
    assert {"Lyran Västby", "Ankaret", "Bryggan Öst"} <= {p.name for p in ex.projects}
    lines = {(b.label, b.period, b.amount_sek) for b in ex.budget_lines}
    # the code before the name is no label; a total is the row's own period
    assert ("Lyran Västby", "2032", 1_200_000) in lines
    assert ("Lyran Västby", "2031-2033", 3_600_000) in lines
    assert ("Ankaret", "2030-2032", 1_800_000) in lines
    assert ex.signatories == []  # the contacts of efforts sign nothing


def test_a_planners_tab_export_with_a_cell_over_two_lines_is_one_table():
    text = ("Plan: Handlingsplan 2032\nAntal uppgifter: 3\tKlar: 1\tPågår: 1\tEj påbörjad: 1\n\n"
            "Aktivitets-ID\tAktivitet\tBucket\tAnsvarig\tFörfallodatum\tStatus\tBeskrivning\n"
            "HP-01\tTa fram en gemensam rutin för samtycke\tMål 1\tKarin Ek\t2032-03-31\tKlar\t\n"
            "HP-02\tStarta en arbetsgivarträff i Västby\tMål 2\tPer Berg\t2032-06-30\tPågår\t"
            "\"Lokal bokad.\nInbjudan skickas i maj.\"\n"
            "HP-03\tBesöka alla lokala samverkansgrupper\tMål 2\tEva Lind\t2032-12-15\tEj påbörjad"
            "\t\n")
    got = {a.text: a.outcome_status for a in extract_document(document(text)).activities}
    assert got == {"Ta fram en gemensam rutin för samtycke": "achieved",
                   "Starta en arbetsgivarträff i Västby": "partially_achieved",
                   "Besöka alla lokala samverkansgrupper": "not_achieved"}


def test_an_account_reports_months_and_account_numbers_are_no_lines():
    text = ("RESULTATRAPPORT PER MÅNAD\nProjekt: Lyran\n\n"
            "Konto\tBenämning\t203201\t203202\t203203\tAck utfall\tBudget 2032\n"
            "5010\tLöner\t70200,00\t70200,00\t70200,00\t210600,00\t852000,00\n"
            "6410\tLokalhyra\t8500,00\t8500,00\t8500,00\t25500,00\t102000,00\n")
    got = _lines(text)
    assert ("Löner", "2032", 852_000) in got and ("Lokalhyra", "2032", 102_000) in got
    assert not any(amount in (70_200, 8_500) for _, _, amount in got)  # a month's share
    assert not any(label in ("5010", "6410", "Konto") for label, _, _ in got)


def test_an_application_systems_fields_a_block_each():
    text = ("ANSÖKAN\nProjektperiod, start: 2032-02-01\nProjektperiod, slut: 2034-12-31\n\n"
            "BUDGET – KOSTNADER (kr)\n\nKostnadsslag: Personal\nÅr 2032: 1 200 000\n"
            "År 2033: 1 300 000\nTotalt: 2 500 000\n\nSumma kostnader\nÅr 2032: 1 500 000\n"
            "År 2033: 1 600 000\nTotalt: 3 100 000\n\n"
            "FINANSIERING (kr, hela projektperioden)\nFinansiär: Samordningsförbundet Västby\n"
            "Typ: Offentlig kontant medfinansiering\nBelopp: 900 000\n\n"
            "Finansiär: Västby kommun\nTyp: Offentligt bidrag i annat än pengar\n"
            "Belopp: 300 000\n")
    got = _lines(text, "ansokan")
    assert ("Personal", "2032", 1_200_000) in got and ("Personal", "2032-2033", 2_500_000) in got
    assert ("Summa kostnader", "2033", 1_600_000) in got
    assert ("Samordningsförbundet Västby", "2032-2034", 900_000) in got
    assert ("Västby kommun", "2032-2034", 300_000) in got


def test_a_header_over_two_lines_and_two_labels_over_a_section():
    text = ("Ekonomisk uppföljning per 2032-08-31\n\n"
            "RESULTATRÄKNING\tBudget 2032\tUtfall\t\tPrognos\n"
            "\thelår\tjan-aug 2032\tjan-aug 2031\thelår 2032\n"
            "INTÄKTER\n"
            "Medlemsavgifter\t3.000.000\t2.000.000\t1.900.000\t3.000.000\n"
            "KOSTNADER\nInsatser\n"
            "Lyran Västby\t1.200.000\t800.000\t760.000\t1.150.000\n")
    got = _lines(text, "delarsrapport")
    assert ("Lyran Västby", "2032", 1_200_000) in got
    assert ("Lyran Västby", "2031", 760_000) in got
    assert ("Medlemsavgifter", "2031", 1_900_000) in got


def test_fields_a_line_each_are_money_only_where_their_section_says_so():
    assert _lines("Deltagare\n\nAntal deltagare per år\n2031: 120\n2032: 145\n") == []
    got = _lines("BUDGET – KOSTNADER (tkr)\n\nKostnadsslag: Personal\nÅr 2032: 1 200\n"
                 "År 2033: 1 300\nKostnadsslag: Lokaler\nÅr 2032: 100\nÅr 2033: 110\n")
    # each field under the label nearest above it, in the section's unit
    assert ("Personal", "2033", 1_300_000) in got and ("Lokaler", "2032", 100_000) in got


def test_a_row_of_counts_over_a_planners_header_is_no_header():
    from samverkan.extract.text_tables import is_header
    assert not is_header(["Antal uppgifter: 17", "Klar: 10", "Pågår: 4", "Ej påbörjad: 3"])
    assert is_header(["Aktivitet", "Ansvarig", "Status"])
