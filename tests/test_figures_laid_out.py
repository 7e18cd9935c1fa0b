"""Money in tables and paragraphs as converters lay it out: years down a column under a header
of plain words, a numbered section title spaced like a row, labels wrapped upwards over their
figures, a table without a caption under a sentence about money, and amounts for a project's
whole period. Every figure here is made up."""
from __future__ import annotations

from samverkan.extract import extract_document

from .texts import document


def _lines(text: str, doc_type: str | None = None) -> list[tuple[str, str, int]]:
    return [(b.label, b.period, b.amount_sek)
            for b in extract_document(document(text, doc_type)).budget_lines]


def test_years_down_a_column_under_a_header_of_plain_words():
    got = _lines("Förbundets medel år för år\n\nTilldelade medel från parterna (tkr)\n\n"
                 "År      Tilldelade medel\n2031     3 100\n2032     4 250\n2033     5 000\n\n"
                 "Övrigt om ekonomin.\n")
    assert ("Tilldelade medel", "2031", 3_100_000) in got
    assert ("Tilldelade medel", "2033", 5_000_000) in got


def test_a_numbered_section_title_spaced_like_a_row_is_the_title_over_the_table():
    got = _lines("7  Budget 2031 och plan 2032–2033\n\nTabell 4. Budget (tkr)\n\n"
                 "                              Budget 2031   Plan 2032   Plan 2033\n"
                 "Medlemsavgifter                     2 400       2 400       2 500\n"
                 "Insatser                            1 900       2 000       2 100\n"
                 "Summa                               4 300       4 400       4 600\n")
    assert ("Medlemsavgifter", "2031", 2_400_000) in got
    assert ("Insatser", "2033", 2_100_000) in got


def test_a_label_wrapped_upwards_stands_with_the_figures_on_its_last_line():
    got = _lines("Finansiering                       2031          2032\n"
                 "Samordningsförbundet Östra\n"
                 "Västby                        1 200 000     1 300 000\n"
                 "Egen insats från Västby och\n"
                 "Norrby kommuner (lokaler, del\n"
                 "av handledning)                 250 000       250 000\n"
                 "Summa finansiering            1 450 000     1 550 000\n", "ansokan")
    assert ("Samordningsförbundet Östra Västby", "2031", 1_200_000) in got
    assert ("Samordningsförbundet Östra Västby", "2032", 1_300_000) in got
    assert ("Egen insats från Västby och Norrby kommuner (lokaler, del av handledning)",
            "2032", 250_000) in got


def test_a_table_without_a_caption_under_a_sentence_about_money():
    got = _lines("LSG Västby\n\nHandlingsplan 2031\n\nEkonomi\n\n"
                 "LSG Västby disponerar aktivitetsmedel från förbundet varje år. För 2031 har LSG "
                 "ansökt om 90 000 kr.\n\n"
                 "Utbildningsdag för handläggare          40 000\n"
                 "Studiebesök                             30 000\n"
                 "Material                                20 000\n"
                 "Summa                                   90 000\n")
    assert ("Studiebesök", "2031", 30_000) in got and ("Material", "2031", 20_000) in got


def test_a_paragraph_about_the_whole_project_period_gives_it_to_its_amounts():
    got = _lines("LYRAN VÄSTBY\n\nLyran Västby är ett projekt som pågår 2031-09-01 till "
                 "2034-08-31.\n\nFinansiering\nProjektets totala budget är 9 000 000 kr för "
                 "hela projektperioden. Europeiska socialfonden+ finansierar 5 000 000 kr och "
                 "parterna med personal motsvarande 1 000 000 kr.\n", "other")
    assert ("Projektets totala budget", "2031-2034", 9_000_000) in got
    assert ("Europeiska socialfonden+", "2031-2034", 5_000_000) in got
    assert ("parterna med personal", "2031-2034", 1_000_000) in got


def test_a_header_over_two_lines_a_count_column_and_each_columns_own_unit():
    got = _lines("Tabell 3. Medel till samordningen 2031–2032 (mnkr)\n\n"
                 "                 Tilldelade medel      Förbrukade\n"
                 "År               (alla parter)         medel\n"
                 "2031                  12                 10\n"
                 "2032                  14                 15\n\n"
                 "Tabell 4. Förbund och medel\n\n"
                 "År      Antal förbund   Statliga medel, mnkr\n"
                 "2031         12               20,5\n"
                 "2032         13               22,0\n")
    assert ("Tilldelade medel (alla parter)", "2031", 12_000_000) in got
    assert ("Förbrukade medel", "2032", 15_000_000) in got
    assert ("Statliga medel", "2032", 22_000_000) in got
    assert not any(label == "Antal förbund" for label, _, _ in got)


def test_tabs_that_pad_cells_to_their_columns_align_figures_with_their_header():
    got = _lines("Förbunden i länet\n\n"
                 "Förbund\t\t\t\tBildat\t\tBudget 2031, tkr\tAntal insatser\n"
                 "Samordningsförbundet i Västby\t2029-01-01\t4 100\t\t\t6\n"
                 "Samordningsförbundet Östby\t\t2030-07-01\t2 300\t\t\t3\n")
    assert ("Samordningsförbundet i Västby", "2031", 4_100_000) in got
    assert ("Samordningsförbundet Östby", "2031", 2_300_000) in got
    assert all(amount > 10_000 for _, _, amount in got)  # the counts are no money


def test_a_column_of_a_year_with_a_note_is_that_years():
    got = _lines("Tabell 1. Medlemsbidrag, kronor\n\n"
                 "Medlem                 Andel    Bidrag 2031    Bidrag 2032 (prel.)\n"
                 "Staten               50,00 %     4 000 000      4 200 000\n"
                 "Västby kommun        25,00 %     2 000 000      2 100 000\n")
    assert ("Staten", "2032", 4_200_000) in got and ("Staten", "2031", 4_000_000) in got


def test_the_caption_line_nearest_the_table_gives_its_period():
    got = _lines("8  BUDGET 2031 OCH PLAN 2032–2033\n\n8.1 Medlemsbidrag 2031\n\n"
                 "Staten                                  3 000 000\n"
                 "Västby kommun                           1 500 000\n"
                 "Summa medlemsbidrag                     4 500 000\n")
    assert ("Staten", "2031", 3_000_000) in got


def test_a_year_column_named_with_abbreviations():
    got = _lines("7. Budget 2033\n\n"
                 "Kostnadsslag                  Prel. 2033 enl.       Ansökt 2033\n"
                 "                              projektplan\n"
                 "Personalkostnader             1 460 000             1 640 000\n"
                 "Lokaler                          98 000                90 000\n", "ansokan")
    assert ("Personalkostnader", "2033", 1_460_000) in got
    assert ("Personalkostnader", "2033", 1_640_000) in got


def test_a_day_in_the_sentence_over_a_table_dates_a_count_not_the_table():
    got = _lines("Samordningsförbundet Västby\nVerksamhetsplan och budget 2033\n\n"
                 "Kommunernas andel fördelas efter folkmängd den 1 november 2031.\n\n"
                 "Kommun       Invånare     Andel       Bidrag, kr\n"
                 "Västby         25 405     54,0 %         594 000\n"
                 "Östby          13 410     28,5 %         313 500\n"
                 "Summa          38 815    100,0 %         907 500\n")
    assert ("Västby", "2033", 594_000) in got
    assert not any(amount in (25_405, 13_410) for _, _, amount in got)  # people, not money
