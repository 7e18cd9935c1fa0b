"""Budget tables whose periods are not in a header of years. Every figure is made up."""
from __future__ import annotations

from samverkan.extract import extract_document
from samverkan.extract.amounts import find_period
from samverkan.ingest.metadata import add_metadata
from samverkan.records import Document, Page


def _lines(text: str) -> list[tuple[str, str, int, bool]]:
    doc = Document(doc_id="t", source_path="t.txt", format="txt", text=text,
                   pages=[Page(1, 0, len(text))])
    add_metadata(doc)
    doc.year = 2033
    return [(b.label, b.period, b.amount_sek, b.is_total)
            for b in extract_document(doc).budget_lines if b.table_id]


def test_years_down_the_first_column_label_by_the_column():
    got = _lines("Slutrapport Projekt Ankaret\n\nEkonomi\n\n"
                 "År        Beviljat      Utfall\n"
                 "2031      1 200 000     1 100 500\n"
                 "2032        900 000       950 000\n"
                 "Totalt    2 100 000     2 050 500\n")
    assert got == [("Beviljat", "2031", 1_200_000, False), ("Utfall", "2031", 1_100_500, False),
                   ("Beviljat", "2032", 900_000, False), ("Utfall", "2032", 950_000, False),
                   ("Totalt", "2031-2032", 2_100_000, True),
                   ("Totalt", "2031-2032", 2_050_500, True)]


def test_a_caption_for_the_whole_project_time_takes_the_project_period():
    got = _lines("SLUTRAPPORT\n\nProjekt Ankaret\n\n1 mars 2031 - 30 juni 2032\n\n"
                 "Ekonomi\n\nBudget och utfall för insatstiden (kronor)\n\n"
                 "                       Budget      Utfall\n"
                 "Lön projektledare     500 000     480 000\n"
                 "Lokalhyra              60 000      60 000\n"
                 "Summa                 560 000     540 000\n")
    assert {(label, period) for label, period, _, _ in got} == {
        ("Lön projektledare", "2031-2032"), ("Lokalhyra", "2031-2032"), ("Summa", "2031-2032")}


def test_a_period_written_in_words():
    assert find_period("pågår 1 november 2031 - 31 december 2032") == ("2031-11-01",
                                                                        "2032-12-31")
    assert find_period("från 1 mars 2031 till 30 juni 2033") == ("2031-03-01", "2033-06-30")
    assert find_period("möte 3 maj 2031 - rapport 4 juni") is None


def test_a_table_led_in_by_a_sentence_about_money_without_units_in_its_cells():
    got = _lines("Årsrapport 2031 LSG Västby\n\nEkonomi\n\n"
                 "För 2031 disponerade LSG Västby 75 000 kr från förbundet för gemensamma "
                 "aktiviteter. Utfallet blev 58 300 kr, fördelat enligt nedan.\n\n"
                 "Utbildningsdagen 14 oktober\t31 500\nFrukostmöten\t6 800\nSumma\t38 300\n")
    assert got == [("Utbildningsdagen 14 oktober", "2033", 31_500, False),
                   ("Frukostmöten", "2033", 6_800, False), ("Summa", "2033", 38_300, True)]


def test_money_columns_beside_the_one_year_a_header_names():
    got = _lines("Lägesrapport 2031 LSG Västby\n\nEkonomi per 30 juni\n\n"
                 "Post\tBudget 2031\tUtfall jan–jun\tPrognos helår\n"
                 "Trappan\t640 000\t287 410\t610 000\n"
                 "Summa\t680 000\t300 210\t650 000\n")
    assert {(label, period, amount) for label, period, amount, _ in got} == {
        ("Trappan", "2031", 640_000), ("Trappan", "2031", 287_410), ("Trappan", "2031", 610_000),
        ("Summa", "2031", 680_000), ("Summa", "2031", 300_210), ("Summa", "2031", 650_000)}


def test_a_statement_run_into_lines_with_notes_signs_and_two_years():
    got = _lines("Årsredovisning 2033\n\nRESULTATRÄKNING (kr)\nNot 2033 2032\n"
                 "Verksamhetens intäkter 1 1 600 000 1 450 000\n"
                 "Verksamhetens kostnader 2 -1 512 344 -1 120 567\n"
                 "Verksamhetens nettokostnad 87 656 329 433\n"
                 "BALANSRÄKNING (kr) 2033-12-31\nKassa och bank 584 210\n")
    assert got == [("Verksamhetens intäkter", "2033", 1_600_000, False),
                   ("Verksamhetens intäkter", "2032", 1_450_000, False),
                   ("Verksamhetens kostnader", "2033", -1_512_344, False),
                   ("Verksamhetens kostnader", "2032", -1_120_567, False),
                   ("Verksamhetens nettokostnad", "2033", 87_656, False),
                   ("Verksamhetens nettokostnad", "2032", 329_433, False)]


def test_a_header_years_unit_and_a_lead_in_sentences_dates():
    got = _lines("Verksamhetsplan 2033\n\nBudget 2033 (tkr)\nIntäkter\n"
                 "Region Västby 1 800\nKommunerna 1 200\nSumma intäkter 3 000\n\n"
                 "Projektet har beviljats 900 000 kr. Nedan redovisas budget och utfall för\n"
                 "perioden 2031-09-01 – 2033-08-31.\n\n"
                 "Kostnadsslag      Budget     Utfall\n"
                 "Personal         700 000    690 000\n"
                 "Lokaler          200 000    150 000\n")
    assert got[:3] == [("Region Västby", "2033", 1_800_000, False),
                       ("Kommunerna", "2033", 1_200_000, False),
                       ("Summa intäkter", "2033", 3_000_000, True)]
    assert {(label, period) for label, period, _, _ in got[3:]} == {
        ("Personal", "2031-2033"), ("Lokaler", "2031-2033")}


def test_a_part_of_the_year_over_a_column_and_a_forms_period_field():
    text = ("ANSÖKAN OM MEDEL\n\nSökt belopp:                 1 640 000 kr\n"
            "Insatsens period:            2031-09-01 – 2032-12-31\n\n"
            "Sökta medel (kr)\n\nKostnadsslag                 sep–dec 2031       2032       Totalt\n"
            "Konsulent 100 %                   185 000     560 000     745 000\n"
            "Lokalhyra                          24 000      72 000      96 000\n"
            "Summa                             209 000     632 000     841 000\n")
    got = {(label, period): amount for label, period, amount, _ in _lines(text)}
    assert got[("Sökt belopp", "2031-2032")] == 1_640_000
    assert got[("Konsulent 100 %", "2031")] == 185_000
    assert got[("Konsulent 100 %", "2031-2032")] == 745_000


def test_a_statement_with_rules_over_its_sums_and_notes_with_indented_labels():
    got = _lines("RESULTATRÄKNING (kr)\n\n"
                 "                                        Not          2031          2030\n"
                 "Verksamhetens intäkter                    1     6 812 400     6 240 000\n"
                 "Verksamhetens kostnader                   2    -7 145 903    -5 718 262\n"
                 "                                              -----------   -----------\n"
                 "Verksamhetens nettokostnader                     -333 503       521 738\n\n"
                 "NOTER\n\n"
                 "Not 1  Verksamhetens intäkter                        2031          2030\n"
                 "       Medlemsavgift staten                     3 400 000     3 120 000\n"
                 "       Övriga intäkter                             12 400             0\n"
                 "       Summa                                    3 412 400     3 120 000\n")
    assert ("Verksamhetens kostnader", "2031", -7_145_903, False) in got
    assert ("Verksamhetens nettokostnader", "2030", 521_738, False) in got
    assert ("Medlemsavgift staten", "2031", 3_400_000, False) in got
    assert ("Summa", "2030", 3_120_000, True) in got


def test_rows_that_count_or_rate_are_no_amounts():
    got = _lines("Fem år i sammandrag\n\n"
                 "Belopp i tkr                 2031      2030\n"
                 "Medlemsintäkter            12 000    11 400\n"
                 "Eget kapital i % av intäkterna  26      32\n"
                 "Antal deltagare i insatser    384       352\n")
    assert {label for label, *_ in got} == {"Medlemsintäkter"}


def test_a_year_with_a_note_down_the_first_column_and_a_total_column_named_with_its_kind():
    got = _lines("Slutrapport\n\nEkonomi\n\n"
                 "År                 Beviljat      Utfall\n"
                 "2031             1 200 000     1 046 300\n"
                 "2032 (prognos)   1 200 000     1 150 000\n"
                 "Summa            2 400 000     2 196 300\n\n"
                 "Utfallet 2031 blev lägre än beviljat eftersom en coach började först i mars.\n\n"
                 "Kostnader (kr)\n\n"
                 "Kostnadsslag    Budget 2031   Utfall 2031   Utfall 2032   Utfall totalt\n"
                 "Personal          1.200.000     1.134.250     1.262.480       2.396.730\n")
    assert ("Utfall", "2032", 1_150_000, False) in got
    assert ("Summa", "2031-2032", 2_196_300, True) in got
    assert ("Personal", "2031-2032", 2_396_730, False) in got


def test_a_part_of_the_year_on_the_headers_second_line():
    got = _lines("Kostnader per år (kr)\n\n"
                 "                            2031        2032        2033      Utfall\n"
                 "                                                 jan–jun     totalt\n"
                 "Personal                  1 124 300   1 287 650     612 480   3 024 430\n")
    assert ("Personal", "2033", 612_480, False) in got
    assert ("Personal", "2031-2033", 3_024_430, False) in got


def test_people_counted_by_gender_are_no_money_and_a_projects_years_take_its_period():
    text = ("Ansökan\n\nPlanerad projekttid: 2031-09-01 – 2034-08-31\n\n4. Deltagare\n\n"
            "Kategori\tKvinnor\tMän\tTotalt\nDeltagare totalt\t93\t119\t212\n"
            "Utrikes födda\t19\t27\t46\n\nText om deltagarna.\n\n5. Budget\n\n"
            "Kostnadsslag\tÅr 1\tÅr 2\tÅr 3\tTotalt\n"
            "Löner\t980 000\t1 060 000\t1 090 000\t3 130 000\n")
    got = _lines(text)
    assert all(label != "Utrikes födda" for label, *_ in got)
    assert ("Löner", "2031-2032", 980_000, False) in got
    assert ("Löner", "2033-2034", 1_090_000, False) in got
    assert ("Löner", "2031-2034", 3_130_000, False) in got


def test_a_final_reports_table_covers_the_project_period_and_a_header_may_name_a_span():
    doc = Document(doc_id="t", source_path="t.txt", format="txt",
                   text=("SLUTRAPPORT\n\nProjekt: Steget\nProjekttid: 2031-09-01 – 2034-08-31\n\n"
                         "Ekonomisk redovisning\n\nKostnadsslag\tBeviljat\tFörbrukat\n"
                         "Löner\t2 460 000\t2 391 220\n\nFinansiering\n\n"
                         "Finansiär\tTotalt 2031–2034\nArvsfonden\t3 000 000\n"),
                   pages=[Page(1, 0, 300)])
    add_metadata(doc)
    got = [(b.label, b.period, b.amount_sek) for b in extract_document(doc).budget_lines]
    assert ("Löner", "2031-2034", 2_391_220) in got
    assert ("Arvsfonden", "2031-2034", 3_000_000) in got


def test_a_numbered_group_label_between_a_tables_rows():
    got = _lines("Budget 2033\n\nKostnader per område\t\tKr\nOmråde 1 Individen\n"
                 "   Steget\t\t4 900 000\n   Förstudie\t\t150 000\nOmråde 2 Organisationen\n"
                 "   Processtöd\t\t420 000\n")
    assert ("Steget", "2033", 4_900_000, False) in got
    assert ("Processtöd", "2033", 420_000, False) in got


def test_a_money_table_under_its_own_title_after_a_table_of_indicators():
    got = _lines("Verksamhetsberättelse 2033\n\nNyckeltal\n\nIndikator\tMål\tUtfall\n"
                 "Andel till arbete\t35 %\t37 %\n\nEkonomisk redovisning per insats (tkr)\n\n"
                 "Insats\tBudget 2033\tUtfall 2033\nSteget\t6 400\t6 180\nSumma\t6 400\t6 180\n")
    assert ("Steget", "2033", 6_180_000, False) in got
    assert all(label != "Andel till arbete" for label, *_ in got)


def test_a_statement_a_cell_per_line_whose_rows_without_a_note_leave_its_cell_out():
    got = _lines("Årsredovisning 2033\n\nResultaträkning (tkr)\nNot\n2033\n2032\n"
                 "Verksamhetens intäkter\n1\n5 100\n4 900\n"
                 "Verksamhetens kostnader\n2\n-5 300\n-4 700\n"
                 "Årets resultat\n-200\n200\n\nText efter.\n")
    assert ("Verksamhetens intäkter", "2033", 5_100_000, False) in got
    assert ("Årets resultat", "2033", -200_000, False) in got
    assert ("Årets resultat", "2032", 200_000, False) in got


def test_a_notes_amounts_a_cell_per_line_under_its_caption_read_from_a_transcript(tmp_path):
    from samverkan.ingest.reader import read_document

    path = tmp_path / "ar.txt"
    path.write_text("Årsredovisning 2033 Samordningsförbundet Västby\n\nNoter\n"
                    "Not 1 Verksamhetens intäkter\nMedlemsavgifter 2033 (tkr)\n"
                    "Försäkringskassan\n2 000\nRegionen\n1 000\nÅby kommun\n640\n"
                    "Böda kommun\n360\nSumma\n4 000\n\nText efter noterna.\n", encoding="utf-8")
    doc = read_document(path, "t")
    add_metadata(doc)
    got = {(b.label, b.period, b.amount_sek) for b in extract_document(doc).budget_lines}
    # (a small figure alone on its line between two labels is the list's, not a page number)
    assert {("Åby kommun", "2033", 640_000), ("Böda kommun", "2033", 360_000),
            ("Försäkringskassan", "2033", 2_000_000)} <= got


def test_the_unit_a_sentence_above_the_table_states():
    got = _lines("Verksamhetsplan 2033\n\n6 Budget\n\nBudgeten bygger på oförändrade avgifter. "
                 "Samtliga belopp i tabellen anges i tusentals kronor (tkr).\n\n"
                 "                         Budget     Plan\n"
                 "                           2033     2034\n"
                 "Försäkringskassan         2 300    2 300\n"
                 "Regionen                  1 150    1 150\n"
                 "Summa intäkter            3 450    3 450\n")
    assert ("Försäkringskassan", "2033", 2_300_000, False) in got
    assert ("Summa intäkter", "2034", 3_450_000, True) in got


def test_a_notes_table_takes_its_statements_years_and_an_en_dash_is_a_minus():
    got = _lines("Årsredovisning 2033\n\nRESULTATRÄKNING\n"
                 "(kr)                           Not          2033           2032\n"
                 "Verksamhetens intäkter           1     4 000 000      3 900 000\n"
                 "Verksamhetens kostnader          2    –4 100 000     –3 800 000\n"
                 "Årets resultat                          –100 000        100 000\n\n"
                 "NOTER\n\nNot 2  Verksamhetens kostnader\n"
                 "Kansli                                 –900 000       –850 000\n"
                 "Insatser                             –3 200 000     –2 950 000\n"
                 "Summa                                –4 100 000     –3 800 000\n")
    assert ("Verksamhetens kostnader", "2033", -4_100_000, False) in got
    assert ("Kansli", "2033", -900_000, False) in got
    assert ("Kansli", "2032", -850_000, False) in got


def test_a_tab_row_that_fills_its_first_year_only_and_a_whole_years_forecast():
    got = _lines("Verksamhetsplan 2033\n\nBudget (kr)\t2033\t2034\t2035\n"
                 "Medlemsavgifter\t4 600 000\t4 600 000\t4 600 000\n"
                 "Teamet i Åby (TÅ)\t1 320 000\n"
                 "Kansli\t1 040 000\t1 060 000\t1 080 000\n")
    assert ("Teamet i Åby (TÅ)", "2033", 1_320_000, False) in got
    got = _lines("Delårsrapport 2033\n\n"
                 "  RESULTATRÄKNING (kr)       Budget      Utfall      Prognos\n"
                 "                             2033        jan-aug     helår\n"
                 "                                         2033        2033\n"
                 "  Medlemsavgifter          5 400 000   3 600 000   5 415 000\n"
                 "  Kansli                     930 000     598 340     910 000\n")
    assert ("Medlemsavgifter", "2033", 5_415_000, False) in got


def test_space_tables_under_a_caption_run_into_the_paragraph_and_a_captioned_header():
    got = _lines("Verksamhetsberättelse 2033\n\nEKONOMI\nFörbundets intäkter består av "
                 "medlemsavgifter från de fyra parterna enligt förbundsordningen i sin helhet.\n"
                 "Intäkter 2033 (kr)\nFörsäkringskassan 2 300 000\nRegionen 1 150 000\n"
                 "Åby kommun 474 000\nSumma medlemsavgifter 3 924 000\n"
                 "Kostnader 2033 (kr) Budget 2033 Utfall 2033\n"
                 "Kansli och administration 1 020 000 987 000\nTeamet i Åby 1 300 000 1 296 000\n"
                 "Summa kostnader 2 320 000 2 283 000\n")
    assert ("Åby kommun", "2033", 474_000, False) in got
    assert ("Kansli och administration", "2033", 1_020_000, False) in got
    assert ("Kansli och administration", "2033", 987_000, False) in got


def test_a_scans_letters_in_a_cells_figure_and_a_year_the_money_came_from():
    got = _lines("Protokoll 2033-03-16\n\n§ 5 Budget\n\n"
                 "Budgeten för året fördelas enligt förbundsordningen. Till detta kommer "
                 "överskottet från 2032 som inte är upptaget i budgeten nedan.\n\n"
                 "       INTÄKTER                                kr\n"
                 "       Försäkringskassan                1 100 OOO\n"
                 "       Regionen                           550 000\n"
                 "       Åby kommun                         l56 000\n"
                 "       Summa intäkter                   1 806 000\n")
    assert ("Försäkringskassan", "2033", 1_100_000, False) in got
    assert ("Åby kommun", "2033", 156_000, False) in got


def test_the_unit_of_the_caption_line_nearest_the_table_is_its_figures_unit():
    text = ("Kompetensutveckling\n\nRam 2031: 150 tkr\n\n"
            "SAMMANSTÄLLNING – FÖRBUNDETS MEDEL PER INSATS (kr)\n\n"
            "Insats                          Budget 2031      Utfall 2030\n"
            "IPS Norrby                        1 180 000          812 400\n"
            "Steget                              640 000          655 000\n"
            "Totalt                            1 820 000        1 467 400\n")
    lines = {(label, period, amount) for label, period, amount, _ in _lines(text)}
    assert ("IPS Norrby", "2031", 1_180_000) in lines and ("Steget", "2030", 655_000) in lines


def test_a_header_year_with_a_footnote_mark_still_names_its_column():
    got = _lines("Ansökan\n\nKostnadsbudget (tkr)\n\n"
                 "                         2031*    2032    2033**   Totalt\n"
                 "Projektledare 50 %          42     252       132      426\n"
                 "Lokalhyra                    8      48        24       80\n"
                 "Summa                       50     300       156      506\n\n"
                 "*  nov–dec 2031    ** jan–jun 2033\n")
    assert ("Projektledare 50 %", "2031", 42_000, False) in got, got
    assert ("Lokalhyra", "2033", 24_000, False) in got, got
    assert ("Summa", "2031-2033", 506_000, True) in got, got


def test_a_scales_means_under_a_title_of_results_are_no_money():
    # ("Resultat" names money in a budget; here each figure is a mean on a scale of 1–5)
    assert _lines("Självvärdering 2031\n\nResultat per påstående (medelvärde)\n\n"
                  "Påstående                                              2031   2029\n"
                  "Styrelsens sammanträden är väl förberedda              4,4    4,2\n"
                  "Handlingar skickas ut i god tid                        4,1    3,7\n"
                  "Sammantaget fungerar styrelsens arbete bra             4,0    3,9\n") == []
    # (figures in thousands are money, small as they are)
    assert _lines("Verksamhetsplan 2033\n\nBudget 2033 (tkr)\nIntäkter\n"
                  "Region Västby 45\nKommunerna 30\nSumma intäkter 75\n")


_ATTEST = """Protokollsutdrag 2031

Bilaga till § 4

ATTESTFÖRTECKNING 2031

Ansvar  Verksamhet                   Beslutsattestant        Ersättare               Beloppsgräns
100     Styrelse                     Eva Lind,               Per Ek,                 Ingen
                                     förbundschef            ordförande
310     Klivet                       Tor Berg,               Eva Lind,               50 000 kr
                                     projektledare           förbundschef            per faktura
320     Språkbron                    Ann Sten,               Eva Lind,               40 000 kr
                                     enhetschef              förbundschef            per faktura
"""


def test_who_may_attest_up_to_what_sum_is_no_budget_and_no_plan():
    doc = Document(doc_id="t", source_path="t.txt", format="txt", text=_ATTEST,
                   pages=[Page(1, 0, len(_ATTEST))])
    add_metadata(doc)
    ex = extract_document(doc)
    assert ex.budget_lines == [] and ex.activities == [], (ex.budget_lines, ex.activities)



def _all_lines(text: str) -> list[tuple[str, str, int]]:
    doc = Document(doc_id="t", source_path="t.txt", format="txt", text=text,
                   pages=[Page(1, 0, len(text))])
    add_metadata(doc)
    return [(b.label, b.period, b.amount_sek) for b in extract_document(doc).budget_lines]


def test_a_project_banks_fields_each_value_under_its_label_for_the_projects_period():
    got = _all_lines("2031/00417 - Brobygget\n\nNamn:\nBrobygget\nProjektägare:\n"
                     "Samordningsförbundet Norrby\nPlanerat antal deltagare:\n320\n"
                     "Projektperiod:\n2031-08-01 - 2034-07-31\nTotal projektbudget:\n35 444 089\n"
                     "Beviljat ESF-stöd:\n19 122 595\n")
    assert sorted(got) == [("Beviljat ESF-stöd", "2031-2034", 19_122_595),
                           ("Total projektbudget", "2031-2034", 35_444_089)], got


def test_a_web_pages_figure_glued_to_its_label():
    got = _all_lines("Brobygget\n\nProjektägareSamordningsförbundet Norrby\n"
                     "Beviljat ESF-stöd9 711 491 kr\nTotal projektbudget24 338 177 kr\n"
                     "Projektperiod2031-04-01 till 2034-03-31\n")
    assert sorted(got) == [("ESF-stöd", "2031-2034", 9_711_491),
                           ("Total projektbudget", "2031-2034", 24_338_177)], got
