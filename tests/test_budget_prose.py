"""Budget lines stated in running prose: each amount labelled from its own clause."""
from __future__ import annotations

from samverkan.extract import extract_document
from samverkan.ingest.metadata import add_metadata
from samverkan.records import Document, Page


def _lines(text: str) -> dict[int, tuple[str, str]]:
    doc = Document(doc_id="t", source_path="t.txt", format="txt", text=text,
                   pages=[Page(1, 0, len(text))])
    add_metadata(doc)
    doc.year = 2031
    return {b.amount_sek: (b.label, b.period) for b in extract_document(doc).budget_lines}


def test_contributions_listed_in_one_sentence():
    got = _lines("Ekonomi\n\nRegionen bidrar med 3,6 mnkr, Alby kommun med 900 tkr och "
                 "Bebo kommun med 450 000 kronor.\n")
    assert got == {3_600_000: ("Regionen", "2031"), 900_000: ("Alby kommun", "2031"),
                   450_000: ("Bebo kommun", "2031")}


def test_amount_from_and_to_named_after_it():
    got = _lines("Ekonomi\n\nGruppen fick 210 tkr från Förbundet Norrby. Av dessa gick "
                 "70 tkr till Kaffekollo och 40 tkr till studieresor och material.\n")
    assert got[210_000][0] == "Förbundet Norrby"
    assert got[70_000][0] == "Kaffekollo"
    assert got[40_000][0] == "studieresor"


def test_pointing_subject_takes_the_verb_and_a_name_after_the_amount():
    got = _lines("Ekonomi\n\nAv dessa förbrukades 61 300 kr, varav 12 000 kr användes "
                 "i december. Av kostnaderna avsåg 95 tkr Lyktan och 15 tkr Bron.\n")
    assert got[61_300][0] == "förbrukades"
    assert got[12_000][0] == "användes"
    assert got[95_000][0] == "Lyktan"
    assert got[15_000][0] == "Bron"


def test_apposition_and_period_span():
    got = _lines("Ekonomi\n\nÅterstående medel, 8 250 kr, betalas tillbaka. Kostnaden för "
                 "Skeppet beräknas till 2,2 mnkr för perioden 2032–2033.\n")
    assert got[8_250] == ("Återstående medel", "2031")
    assert got[2_200_000] == ("Kostnaden för Skeppet", "2032-2033")


def test_the_insats_itself_is_labelled_by_its_heading():
    got = _lines("Insatser\n\nLotsa Rätt\n\nTeamet har haft 31 deltagare. "
                 "Insatsen kostade 744 tkr under året.\n")
    assert got[744_000][0] == "Lotsa Rätt"


def test_a_year_before_a_unit_is_no_amount():
    assert _lines("Budget 2031 kr\n\nInget beslut har fattats.\n") == {}


def test_a_heading_right_over_names_the_period_and_a_bullet_is_no_part_of_a_label():
    got = _lines("Om satsningen\n\nSatsningen pågick i fyra år.\n\nFakta om Bryggan 2032-2035\n\n"
                 "  • Hela budgeten var 7,4 miljoner kronor.\n"
                 "  • Regionen stod för 2,5 miljoner.\n")
    assert got[7_400_000][1] == "2032-2035"
    assert got[2_500_000] == ("Regionen", "2032-2035")


def test_a_heading_above_a_table_does_not_reach_the_prose_under_it():
    got = _lines("Budget 2032-2034\n\n| Post | 2032 | 2033 | 2034 |\n| --- | --- | --- | --- |\n"
                 "| Kansli | 100 000 | 110 000 | 120 000 |\n\n"
                 "Det egna kapitalet uppgick till 2,1 mnkr vid årets slut.\n")
    assert got[2_100_000][1] == "2031"


def test_a_cards_budget_field_is_labelled_by_the_cards_title_not_by_another_field():
    got = _lines("Insatskatalog 2031\n\n1. Samverkansteam Alby\nMålgrupp: Personer med "
                 "långvarigt försörjningsstöd\nBudget 2031: 1 800 tkr\nKontaktperson: Ola Berg\n")
    assert got[1_800_000] == ("Samverkansteam Alby", "2031")


def test_a_table_printed_one_cell_per_line_with_figures_a_page_number_rule_spares():
    got = _lines("Ekonomi 2031\n\nTabell 3. Budget och utfall 2031 (tkr)\nPost\nBudget 2031\n"
                 "Utfall 2031\nMedlemsavgift staten\n3 200\n3 100\nLyktan\n980\n1 004\n"
                 "Bryggan\n620\n655\nResultat\n-320\n-312\n\nKommentar följer.\n")
    assert got[980_000] == ("Lyktan", "2031") and got[1_004_000] == ("Lyktan", "2031")
    assert got[620_000][0] == "Bryggan" and got[-320_000][0] == "Resultat"


def test_a_year_column_with_a_part_of_the_year_in_brackets():
    got = _lines("Budget\n\nBudget per år (kronor)        2032 (sep–dec)        2033    "
                 "2034 (jan–aug)       Totalt\nProjektledare 100 %                  198 000     "
                 "612 000           420 000    1 230 000\nLokalkostnader                        "
                 "24 000      72 000            48 000      144 000\n")
    assert got[198_000][1] == "2032" and got[420_000][1] == "2034"
    assert got[1_230_000][1] == "2032-2034"


def test_a_caption_with_a_year_and_a_unit_over_the_labels_is_no_year_column():
    got = _lines("Ekonomi\n\nKostnader 2032 (tkr)          Budget     Utfall\n"
                 "Lyktan                         2 400      2 310\n"
                 "Summa                          5 300      5 180\n")
    assert got[2_400_000] == ("Lyktan", "2032") and got[2_310_000] == ("Lyktan", "2032")


def test_the_last_period_named_earlier_in_the_paragraph():
    got = _lines("Ekonomi\n\nBudgeten för 2033 omfattar intäkter om 9 600 000 kronor. Kostnaderna "
                 "beräknas till 10 100 000 kronor.\n\nNuvarande period: 2029-07-01 – 2032-06-30\n"
                 "Sökt förlängning: 2032-07-01 – 2034-06-30\nSökt belopp totalt: 3 258 000 "
                 "kronor\n")
    assert got[10_100_000] == ("Kostnaderna", "2033")
    assert got[3_258_000][1] == "2032-2034"


def test_a_part_of_the_period_named_by_varav_does_not_set_the_period():
    got = _lines("Ansökan\n\nProjektperiod:          2032-09-01 – 2035-08-31\nVarav analys- och\n"
                 "planeringsfas:          2032-09-01 – 2032-12-31\nSökt stöd:     4 158 000 kr\n")
    assert got[4_158_000][1] == "2032-2035"


def test_a_story_of_money_labels_by_the_subject_the_purpose_and_the_name_given_to():
    got = _lines("Verksamhetsberättelse 2031\nSamordningsförbundet Västby\n\nPengarna\n\n"
                 "Vi fick 900 000 kronor från medlemmarna, och så hade vi 100 000 kronor kvar "
                 "från 2030. Av pengarna gick 300 000 kronor till Lyktan, 200 000 kronor till "
                 "Lots för unga och 150 000 kronor till Steg för steg mot jobb. Kansliet, med "
                 "min lön och revisionen, kostade 180 000 kronor. För utvärdering avsattes "
                 "40 000 kronor och för information 20 000 kronor, enligt den modell som gäller "
                 "sedan 2029.\n")
    assert {k: got[k] for k in (300_000, 200_000, 150_000, 180_000, 40_000, 20_000)} == {
        300_000: ("Lyktan", "2031"), 200_000: ("Lots för unga", "2031"),
        150_000: ("Steg för steg mot jobb", "2031"), 180_000: ("Kansliet", "2031"),
        40_000: ("utvärdering", "2031"), 20_000: ("information", "2031")}


def test_a_grants_year_after_it_and_not_the_meetings_date_in_the_paragraph_above():
    got = _lines("PROTOKOLL\nStyrelsen 2030-11-20\n\n§ 4 Ansökningar\n\nStyrelsen beslutar\n\n"
                 "att bevilja Åby kommun 1 480 000 kronor för Jobbnav Åby under 2032.\n\n"
                 "Föreningen Bro i Åby ansöker, med stöd av förvaltningen, om 450 000 kronor "
                 "för en mötesplats.\n")
    assert got[1_480_000] == ("Jobbnav Åby", "2032")
    # the applicant, not the applicant with its verb
    assert got[450_000][0] == "Föreningen Bro i Åby"


def test_a_flattened_tables_column_word_and_year_on_two_lines():
    got = _lines("Budget\n\nTabell 2. Budget 2032 samt plan 2033 (tkr)\nIntäkter\nBudget\n2032\n"
                 "Plan\n2033\nMedlemsavgift staten\n9 400\n9 600\nMedlemsavgift regionen\n"
                 "4 700\n4 800\nEget kapital\n1 200\n600\nSumma intäkter\n15 300\n15 000\n")
    assert got[9_400_000] == ("Medlemsavgift staten", "2032")
    assert got[9_600_000] == ("Medlemsavgift staten", "2033")
    assert got[15_000_000] == ("Summa intäkter", "2033")


def test_a_sentence_under_a_numbered_title_and_a_forms_next_field():
    got = _lines("Verksamhetsplan\n\n7. Budget 2032 och plan 2033–2034\nAvgifterna för 2032 "
                 "uppgår till 18,8 mkr, varav Region Åby 4,7 mkr.\n\nANSÖKAN\n"
                 "Period: 2032-03-01 – 2034-02-28\nSökt belopp: 3 810 000 kronor\n"
                 "Datum: 2031-11-20\n")
    assert got[4_700_000] == ("Region Åby", "2032")
    assert got[3_810_000] == ("Sökt belopp", "2032-2034")


def test_what_the_words_after_an_amount_name_when_nothing_before_it_does():
    got = _lines("Ekonomi\n\nKostnaderna blev 2 000 000 kronor, varav 500 000 kronor avsåg "
                 "kansliet med samordnare och ekonomi, 120 000 kronor styrelsens arvoden och "
                 "1 380 000 kronor de tre insatserna. Resterande 300 000 kronor hålls som en "
                 "buffert för nya idéer. Vidare utgör 90 000 kronor en ofördelad reserv. "
                 "Övriga 7 000 kronor har inte använts.\n")
    assert {k: got[k][0] for k in (500_000, 120_000, 1_380_000, 300_000, 90_000, 7_000)} == {
        500_000: "kansliet med samordnare och ekonomi", 120_000: "styrelsens arvoden",
        1_380_000: "tre insatserna", 300_000: "buffert för nya idéer",
        90_000: "ofördelad reserv", 7_000: "Övriga"}


def test_a_subject_before_its_apposition_an_att_clause_and_a_total_word():
    got = _lines("Budget\n\nKansliet, det vill säga samordnare och revision, beräknas kosta "
                 "820 000 kronor. Därtill föreslår styrelsen att 450 000 kronor av det egna "
                 "kapitalet tas i anspråk. Totalt använde vi alltså 4 100 000 kronor. "
                 "Nätverket förfogade under 2031 över 80 000 kronor i lokala aktivitetsmedel.\n")
    assert {k: got[k][0] for k in (820_000, 450_000, 4_100_000, 80_000)} == {
        820_000: "Kansliet", 450_000: "egna kapitalet", 4_100_000: "Totalt",
        80_000: "lokala aktivitetsmedel"}


def test_names_joined_by_och_stay_with_their_amount_and_a_long_purpose_is_cut():
    got = _lines("Ekonomi\n\nBidragen var 4 000 000 kronor, varav 2 000 000 kronor från "
                 "Försäkringskassan och Arbetsförmedlingen, 1 000 000 kronor från Region Norrby "
                 "och 1 000 000 kronor från Alby kommun. Av dessa gick 14 500 kronor till en "
                 "gemensam utbildningsdag om samordnad individuell plan för handläggare från "
                 "samtliga parter i september. Eget kapital var 900 kronor (700 kronor "
                 "föregående år).\n")
    assert got[2_000_000][0] == "Försäkringskassan och Arbetsförmedlingen"
    assert got[14_500][0] == "gemensam utbildningsdag om samordnad individuell plan"
    assert 700 not in got  # "(700 kronor föregående år)" names no line of its own


def test_the_currency_before_the_figure_in_a_table_and_a_sentence_and_a_partners_worth():
    got = _lines("Budget\n\nKostnader som söks\n\n"
                 "                 2031            2032          Totalt\n"
                 "Personal         kr   410 000    kr 1 180 000    kr 1 590 000\n"
                 "Resor            kr    10 000    kr    30 000    kr    40 000\n\n"
                 "Medfinansiering\n\nÅby kommun: lokaler för gruppverksamhet motsvarande 150.000 kr.\n"
                 "Försäkringskassan: handläggare 20 % motsvarande 140.000 kr.\n\n"
                 "Förbundet beviljade SEK 75 000 till Steget.\n")
    assert got[1_180_000] == ("Personal", "2032")
    assert got[1_590_000] == ("Personal", "2031-2032")
    assert got[150_000][0] == "Åby kommun"
    assert got[140_000][0] == "Försäkringskassan"
    assert got[75_000][0] == "Steget"


def test_figures_that_mark_their_own_bounds_after_a_long_label_and_no_rate():
    got = _lines("Budget\n\nMedel som söks (kr)\n\n"
                 "                              2031        2032          Summa\n"
                 "Personal                  210.000:-   850.000:-   1.060.000:-\n"
                 "Handledning och utbildning 10.000:-    30.000:-      40.000:-\n"
                 "Summa                     220.000:-   880.000:-   1.100.000:-\n\n"
                 "Parternas tid räknas till 300 kr/tim.\n")
    assert got[30_000] == ("Handledning och utbildning", "2032")
    assert got[880_000] == ("Summa", "2032")
    assert 300 not in got


def test_units_written_with_dots_spaces_or_cut_short():
    from samverkan.extract.amounts import amounts_with_unit, to_kronor

    text = ("Kapitalet blev 400 t.kr mindre än prognosen. Intäkterna uppgick till 5,28 milj.kr "
            "och kostnaderna till 934 t.kr(45 %). Utrymmet är ca 2,2 milj för ny verksamhet, "
            "1 mn kr går till IPS och 3 m.kr till kansliet.")
    got = [to_kronor(m.group("num"), m.group("unit")) for m in amounts_with_unit(text)]
    assert got == [400_000, 5_280_000, 934_000, 2_200_000, 1_000_000, 3_000_000]


def test_a_relative_clauses_antecedent_a_pointer_to_the_heading_and_no_label_mid_word():
    got = _lines("Ekonomi\n\nUnderskottet finansieras med eget kapital, som vid årets slut "
                 "uppgick till 2 310 000 kr. Kostnaden för uppföljningssystemet SUS, som för 2031 "
                 "uppgick till 85 000 kr, delas av parterna.\n\nLyktan\n\nLyktan har 40 deltagare. "
                 "Förbundets kostnad för insatsen var 980 tkr.\n\nPlanen som upprättades i "
                 "november visar att det egna kapitalet blev 400 tkr mindre än väntat.\n")
    assert got[2_310_000][0].lower() == "eget kapital"
    assert got[85_000][0] == "uppföljningssystemet SUS"
    assert got[980_000][0] == "Lyktan"
    assert not got.get(400_000, ("",))[0].startswith("ttades")


def test_a_label_pointing_back_keeps_its_words_under_a_heading_that_names_no_effort():
    got = _lines("Kommunstyrelsens ansvarsområde\n\nKommunen deltar i samordningsförbundet. "
                 "Förbundets bidrag till insatsen budgeteras till 620 tkr.\n")
    assert got[620_000][0] == "Förbundets bidrag till insatsen"


def test_a_caption_in_thousands_of_kronor_written_out():
    from samverkan.extract.amounts import unit_factor, unit_in

    assert unit_factor(unit_in("Belopp i tusentals kronor (tkr)")) == 1_000


def test_review_milj_before_a_comma_or_a_line_break():
    from samverkan.extract.amounts import amounts_with_unit, to_kronor

    got = [to_kronor(m.group("num"), m.group("unit"))
           for m in amounts_with_unit("Ramen är 1,5 milj, varav 2 milj\ntill IPS.")]
    assert got == [1_500_000, 2_000_000]


def test_last_years_figure_in_brackets_gives_its_year_to_no_amount_after_it():
    got = _lines("Ekonomi\n\nMedlemmarnas bidrag för 2032 uppgick till 2 400 000 kronor (2031: "
                 "2 100 000 kronor). Av detta bidrog Alby kommun med 600 000 kronor och "
                 "regionen med 1 200 000 kronor.\n")
    assert got[600_000] == ("Alby kommun", "2032")
    assert got[1_200_000][1] == "2032"
    assert got[2_400_000][1] == "2032"
