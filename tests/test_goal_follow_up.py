"""Goals and activities followed up the ways secretaries write it: tables whose rows wrap, two
assessment columns, symbols and colours a legend explains, fields under each goal, a judgement
in prose, a plan's activities told one paragraph each."""
from __future__ import annotations

from samverkan.extract import extract_document
from samverkan.ingest.metadata import add_metadata
from samverkan.records import Document, Page


def _extract(text: str):
    doc = Document(doc_id="t", source_path="t.txt", format="txt", text=text,
                   pages=[Page(1, 0, len(text))])
    add_metadata(doc)
    return extract_document(doc)


def _goals(text: str) -> dict[str, str]:
    return {g.text: g.outcome_status for g in _extract(text).goals}


def test_a_row_written_across_the_columns_over_its_indented_figures():
    text = ("Årsredovisning 2031\n\nMålen följs upp med färg:\n\n"
            "  Grön = målet är uppnått\n  Gul = målet är delvis uppnått\n"
            "  Röd = målet är inte uppnått\n\n"
            "Delmål                               Indikator                  Mål 2031   Utfall 2031   Status\n"
            "1.1 Alla sju kommuner ska ha en fungerande samverkansgrupp för unga vuxna\n"
            "                                     Antal kommuner med grupp     7        5      Gul\n"
            "1.2 Minst 200 personer ska delta i förbundets insatser under året\n"
            "                                     Antal deltagare enligt SUS        200      231      Grön\n\n"
            "Ekonomi\n")
    ex = _extract(text)
    assert {g.text: g.outcome_status for g in ex.goals} == {
        "Alla sju kommuner ska ha en fungerande samverkansgrupp för unga vuxna":
            "partially_achieved",
        "Minst 200 personer ska delta i förbundets insatser under året": "achieved"}
    assert not ex.budget_lines  # target values and results are no money


def test_the_symbol_under_one_status_column_beside_a_percentage_under_another():
    text = ("Delårsrapport 2031\n\nI kolumnen Bedömning:\n\n   ▲  målet är uppnått\n"
            "   ◆  målet är delvis uppnått\n   ▼  målet är inte uppnått\n\n"
            "Mål\tIndikator\tMålvärde\tUtfall\tMåluppfyllelse\tBedömning\n"
            "Minst 60 personer ska delta i Steget\tAntal\t60\t45\t75 %\t◆\n"
            "Väntetiden ska vara högst tre veckor\tVeckor\t3\t2\t100 %\t▲\n")
    assert _goals(text) == {"Minst 60 personer ska delta i Steget": "partially_achieved",
                            "Väntetiden ska vara högst tre veckor": "achieved"}


def test_a_goals_assessment_under_its_other_fields_and_lettered_numbers():
    text = ("Verksamhetsberättelse 2031\n\nMål och uppföljning\n\n"
            "    Verksamhetsmål 2.a Minst 30 procent av deltagarna ska gå till arbete\n"
            "    Indikator: andel avslut till arbete. Utfall: 22 procent.\n"
            "    Bedömning: Ej uppnått.\n\n"
            "    Verksamhetsmål 2.b Alla insatser ska ha en styrgrupp\n"
            "    Indikator: styrgruppsprotokoll. Utfall: fyra av fyra.\n"
            "    Bedömning: Uppnått.\n")
    assert _goals(text) == {"Minst 30 procent av deltagarna ska gå till arbete": "not_achieved",
                            "Alla insatser ska ha en styrgrupp": "achieved"}


def test_a_long_term_goal_judged_by_number_in_a_later_paragraph():
    text = ("Årsredovisning 2031\n\nMål\n\n"
            "Inriktningsmål 1: Fler personer ska nå egen försörjning\n\n"
            "Inriktningsmål 2: Parterna ska samverka långsiktigt\n\n"
            "Uppföljning\n\nAndelen till arbete steg till 41 procent. Sammantaget bedömer "
            "styrelsen att inriktningsmål 1 är delvis uppnått. För inriktningsmål 2 görs en "
            "bedömning när perioden är slut.\n")
    assert _goals(text) == {"Fler personer ska nå egen försörjning": "partially_achieved",
                            "Parterna ska samverka långsiktigt": "not_reported"}


def test_claims_under_titles_of_their_own_go_to_the_goal_whose_words_they_share():
    text = ("Verksamhetsberättelse 2031\n\n2 MÅL FÖR 2031\n\nStyrelsen antog följande mål:\n\n"
            "  1. Fler unga i Norrby ska börja studera eller arbeta\n"
            "  2. Handläggarna ska känna till förbundets insatser\n"
            "  3. Förbundet ska sprida metoder till ordinarie verksamhet\n\n"
            "5 UPPFÖLJNING AV MÅLEN\n\nKännedom\n"
            "En enkät till handläggarna visade att få kände till insatserna. Målet är inte "
            "uppnått.\n\nStudier och arbete\n"
            "Av 40 unga har 22 börjat studera eller arbeta. Målet bedöms vara nått, även om "
            "Åby ännu inte kommit lika långt.\n\n6 EKONOMI\n\nText.\n")
    assert _goals(text) == {
        "Fler unga i Norrby ska börja studera eller arbeta": "achieved",
        "Handläggarna ska känna till förbundets insatser": "not_achieved",
        "Förbundet ska sprida metoder till ordinarie verksamhet": "not_reported"}


def test_a_colour_column_and_a_long_term_goal_as_a_field():
    text = ("Årsredovisning 2031\n\nGrön = uppnått, Gul = delvis uppnått, Röd = ej uppnått\n\n"
            "Långsiktigt mål: Parterna ska bygga en gemensam kunskap om unga\n\n"
            "  Mål 2031                                          Målvärde   Utfall   Färg\n"
            "  Minst två metoddagar ska genomföras                   2          1        Gul\n"
            "  Alla kommuner ska ha en lokal grupp                   5          5        Grön\n")
    assert _goals(text) == {
        "Parterna ska bygga en gemensam kunskap om unga": "not_reported",
        "Minst två metoddagar ska genomföras": "partially_achieved",
        "Alla kommuner ska ha en lokal grupp": "achieved"}


def test_comments_by_number_under_a_pipe_table_are_no_goals_of_their_own():
    text = ("Verksamhetsberättelse 2031\n\nMål och måluppfyllelse\n\n"
            "Mål | Indikator | Målvärde | Utfall | Bedömning\n"
            "--------------------------------------------------\n"
            "1. Fler deltagare ska gå till arbete | Andel | 35 % | 38 % | Uppfyllt\n"
            "2. Alla kommuner ska ha en grupp | Antal | 7 | 5 | Delvis uppfyllt\n\n"
            "Kommentarer\n\n"
            "Mål 1: 80 deltagare avslutades under året. Resultatet är bättre än i fjol.\n\n"
            "Mål 2: Grupper saknas i Åby och Bro. I Bro pågår samtal om en gemensam grupp.\n")
    assert _goals(text) == {"Fler deltagare ska gå till arbete": "achieved",
                            "Alla kommuner ska ha en grupp": "partially_achieved"}


def test_activities_in_a_table_whose_cells_drift_and_remarks_after_a_colon():
    text = ("Verksamhetsberättelse 2031\n\nPlanerade aktiviteter och utfall\n\n"
            "Aktivitet                                              Status\n"
            "Genomföra en gemensam utbildning i MI för handläggarna i länet     Genomförd\n"
            "Ta fram en rutin för kartläggning                         Skjuten till 2032\n\n"
            "Aktiviteter enligt verksamhetsplanen\n\n"
            "- Utvärdera Steget i Åby: skjuten till 2032, då insatsen förlängts.\n"
            "- Ordna en konferens om psykisk hälsa: genomförd 22 maj.\n")
    got = {a.text: a.outcome_status for a in _extract(text).activities}
    assert got == {
        "Genomföra en gemensam utbildning i MI för handläggarna i länet": "achieved",
        "Ta fram en rutin för kartläggning": "not_achieved",
        "Utvärdera Steget i Åby": "not_achieved",
        "Ordna en konferens om psykisk hälsa": "achieved"}


def test_a_plans_activities_named_then_told_one_paragraph_each_under_a_question():
    text = ("Slutrapport 2031\n\n4. Mål\n\nText om målen.\n\n"
            "5. Vad blev det av aktiviteterna?\n\n"
            "Enligt projektplanen skulle följande genomföras. Nedan beskrivs hur det gick.\n\n"
            "Gruppverksamhet två förmiddagar i veckan. Genomfördes i Åby men inte i Bro.\n\n"
            "Samarbete med gymnasiet om studieplaner. Påbörjades men kunde inte slutföras.\n\n"
            "Extern utvärdering. Utförd av FoU Norr, rapporten kom i januari.\n\n"
            "Det blev en konferens, inte två. Den hölls i maj.\n")
    got = {a.text: a.outcome_status for a in _extract(text).activities}
    assert got == {"Gruppverksamhet två förmiddagar i veckan": "achieved",
                   "Samarbete med gymnasiet om studieplaner": "partially_achieved",
                   "Extern utvärdering": "achieved"}


def test_planned_for_the_year_with_what_happened_after_a_colon():
    text = ("Verksamhetsberättelse 2031\n\nPlanerat för 2031 och vad som hänt\n\n"
            "- Anställa en samordnare: klart i mars.\n"
            "- Starta ett team vid vårdcentralerna: startade i april.\n"
            "- Ta fram en broschyr: har inte blivit av, görs 2032.\n")
    got = {a.text: a.outcome_status for a in _extract(text).activities}
    assert got == {"Anställa en samordnare": "achieved",
                   "Starta ett team vid vårdcentralerna": "achieved",
                   "Ta fram en broschyr": "not_achieved"}


def test_a_table_of_what_was_planned_beside_what_came_of_it_and_groups_a_group_prioritised():
    text = ("Verksamhetsberättelse LSG Åby 2031\n\nPrioriterade grupper 2031\n"
            "I handlingsplanen för 2031 prioriterade LSG:\n- unga 16–25 år som varken arbetar "
            "eller studerar\n- personer med aktivitetsersättning\n\nAktiviteter 2031\n\n"
            "Planerat                                          Utfall\n"
            "Två gemensamma halvdagar för handläggare          Genomfört i april\n"
            "Inventera behovet av stöd för nyanlända           Påbörjat, fortsätter 2032\n")
    ex = _extract(text)
    assert {a.text: a.outcome_status for a in ex.activities} == {
        "Två gemensamma halvdagar för handläggare": "achieved",
        "Inventera behovet av stöd för nyanlända": "partially_achieved"}
    got = [t.text for t in ex.target_groups]
    assert "unga 16–25 år som varken arbetar eller studerar" in got
    assert "personer med aktivitetsersättning" in got


def test_a_projects_activities_by_work_package_and_by_year():
    text = ("Ansökan 2031\n\n6. GENOMFÖRANDE\n\n6.1 Analys- och planeringsfas\n\n"
            "- Rekrytering av projektledare och två coacher\n- Upphandling av extern utvärdering\n\n"
            "Arbetspaket 1 – Kartläggning\n- Kartläggande samtal med varje deltagare\n"
            "- Upprättande av individuell handlingsplan\n\n7. BUDGET\n\nText om budgeten.\n")
    got = [a.text for a in _extract(text).activities]
    assert got == ["Rekrytering av projektledare och två coacher",
                   "Upphandling av extern utvärdering",
                   "Kartläggande samtal med varje deltagare",
                   "Upprättande av individuell handlingsplan"]
    text = ("Slutrapport 2031\n\n5. Planerade aktiviteter och hur de har genomförts\n\n"
            "År 1 (2029/2030)\na) Utbildning av sex handledare – genomfört.\n"
            "b) Informationsträffar för personal – genomfört.\n\n"
            "År 2 (2030/2031)\nc) Anhörigträffar två gånger per termin – genomfördes inte.\n\n"
            "6. Organisation\n\nText.\n")
    got = {a.text: a.outcome_status for a in _extract(text).activities}
    assert got == {"Utbildning av sex handledare": "achieved",
                   "Informationsträffar för personal": "achieved",
                   "Anhörigträffar två gånger per termin": "not_achieved"}


def test_a_fixed_width_table_whose_rows_open_with_letters():
    text = ("Handlingsplan LSG Åby 2031\n\nAktiviteter 2031 och uppföljning\n\n"
            "Aktivitet                                               Ansvarig    Uppföljning\n"
            "a. Två gemensamma handläggarträffar                     Processtöd  Genomförd\n"
            "b. Utöka gruppen med en halvtid                         AF/kommun   Ej genomförd\n"
            "c. Ta fram en strategi för Jobbtorget – strategin antogs av styrelsen i november\n")
    got = {a.text: a.outcome_status for a in _extract(text).activities}
    assert got["Två gemensamma handläggarträffar"] == "achieved"
    assert got["Utöka gruppen med en halvtid"] == "not_achieved"


def test_goals_by_level_under_short_titles_with_labelled_results():
    text = ("Verksamhetsberättelse 2031\n\nMål och resultat 2031\n\n"
            "Förbundets mål enligt verksamhetsplanen samt resultat:\n\nIndividnivå\n"
            "• Minst hälften av deltagarna ska vara kvinnor.\n"
            "  Resultat: 47 procent kvinnor. Målet är inte uppnått.\n\n"
            "• Deltagarna ska ha kommit närmare arbete vid avslut.\n"
            "  Resultat: 71 procent. Målet är uppnått.\n\nOrganisationsnivå\n"
            "• Parterna ska använda gemensamma verktyg i samtliga insatser.\n"
            "  Resultat: Tre av fyra insatser. Målet är delvis uppnått.\n\n"
            "Ekonomi\n\nText.\n")
    assert _goals(text) == {
        "Minst hälften av deltagarna ska vara kvinnor": "not_achieved",
        "Deltagarna ska ha kommit närmare arbete vid avslut": "achieved",
        "Parterna ska använda gemensamma verktyg i samtliga insatser": "partially_achieved"}


def test_an_items_first_sentence_is_the_goal_the_rest_what_became_of_it():
    text = ("Rapport 2031\n\nSocialnämndens mål för 2031 är:\n\n"
            "– Andelen vuxna med långvarigt bistånd ska minska. Andelen minskade från 2,1 till 1,8 "
            "procent. Målet är uppnått.\n"
            "– Fler unga ska återgå till studier. Antalet ökade, men andelen ligger kvar. Målet är "
            "delvis uppnått.\n")
    assert _goals(text) == {"Andelen vuxna med långvarigt bistånd ska minska": "achieved",
                            "Fler unga ska återgå till studier": "partially_achieved"}


def test_a_reports_activities_as_titles_each_over_what_became_of_it():
    text = ("Slutrapport 2031\n\nGenomförda aktiviteter\n\n"
            "Rekrytering av personal och etablering av lokal\nGenomförd. Projektledaren tillträdde "
            "i mars.\n\nKartläggning och stegvis arbetsträning i egen verksamhet (kafé och tryckeri)\n"
            "Delvis genomförd. Tryckeriet lades ned i september.\n\nExtern utvärdering\n"
            "Genomförd av FoU Norr, som lämnade sin rapport i augusti.\n\nEkonomi\n\nText.\n")
    got = {a.text: a.outcome_status for a in _extract(text).activities}
    assert got == {
        "Rekrytering av personal och etablering av lokal": "achieved",
        "Kartläggning och stegvis arbetsträning i egen verksamhet (kafé och tryckeri)":
            "partially_achieved",
        "Extern utvärdering": "achieved"}


def _activities(text: str) -> dict[str, str]:
    return {a.text: a.outcome_status for a in _extract(text).activities}


def test_goals_judged_by_ordinal_after_a_comment_label_with_semicolons():
    text = ("Verksamhetsberättelse 2031\n\nGruppens mål för 2031\n\n"
            "1. Alla nya handläggare ska få en introduktion i samverkan.\n"
            "2. Väntetiden till ett första möte ska vara högst tre veckor.\n\n"
            "Kommentar till målen: Det första målet är delvis uppnått. Tolv fick en "
            "introduktion, men vården saknades; de två sista kom först i december. Det andra "
            "målet är inte uppnått; väntetiden var fem veckor.\n\nEkonomi\n\nText.\n")
    ex = _extract(text)
    assert {g.text: g.outcome_status for g in ex.goals} == {
        "Alla nya handläggare ska få en introduktion i samverkan": "partially_achieved",
        "Väntetiden till ett första möte ska vara högst tre veckor": "not_achieved"}


def test_a_plans_numbered_activities_each_over_what_became_of_it():
    text = ("Verksamhetsberättelse 2031\n\nUppföljning av aktivitetsplanen\n\n"
            "Aktivitetsplanen innehöll tre aktiviteter. Här följer vad som hände med dem.\n\n"
            "1. Inventera behovet av arbetsträning i kommunen\n\n"
            "Inventeringen gjordes under våren och är genomförd.\n\n"
            "2. Anordna en gemensam temadag för chefer\n\n"
            "Temadagen ställdes in och har skjutits upp till 2032.\n\n"
            "3. Pröva en gemensam mottagning en dag i veckan\n\n"
            "Mottagningen öppnade i oktober men har delvis genomförts.\n\nEkonomi\n\nText.\n")
    assert _activities(text) == {
        "Inventera behovet av arbetsträning i kommunen": "achieved",
        "Anordna en gemensam temadag för chefer": "not_achieved",
        "Pröva en gemensam mottagning en dag i veckan": "partially_achieved"}


def test_a_plans_activities_as_plain_titles_under_its_heading_after_a_lead():
    text = ("Delårsrapport 2031\n\nPlanerade aktiviteter 2031 – läget i augusti\n\n"
            "Planen hade fyra aktiviteter.\n\n"
            "Regional träff om beroende och arbete\n"
            "Träffen ställdes in i mars och har skjutits upp till hösten.\n\n"
            "Starta insatsen Vägvisaren i två kommuner\n"
            "Vägvisaren tog emot sina första deltagare i maj. Aktiviteten är genomförd.\n\n"
            "Utbilda chefer i samordnad planering\n"
            "Utbildningen har delvis genomförts: en av två dagar hölls i maj.\n\n"
            "Införa gemensam uppföljning i samtliga insatser\n"
            "Samtliga insatser följs upp sedan april med samma enkät. Aktiviteten är "
            "genomförd.\n\n"
            "Samordningsförbundet | Delårsrapport 2031\n\nEkonomi\n\nText.\n")
    assert _activities(text) == {
        "Regional träff om beroende och arbete": "not_achieved",
        "Starta insatsen Vägvisaren i två kommuner": "achieved",
        "Utbilda chefer i samordnad planering": "partially_achieved",
        "Införa gemensam uppföljning i samtliga insatser": "achieved"}


def test_efforts_described_under_their_names_are_not_a_plans_titles():
    text = ("Verksamhetsberättelse 2031\n\nInsatser 2031\n\n"
            "Steget (Stöd, Trygghet och Aktivitet)\n"
            "Steget är förbundets insats i tre kommuner sedan 2029. En coach och en "
            "arbetsförmedlare arbetar tillsammans med deltagare som har försörjningsstöd och "
            "behöver stöd från flera parter för att närma sig arbete. Under året har 40 personer "
            "deltagit och målet är uppnått.\n\n"
            "Verkstaden\nVerkstaden är kommunens arbetsträning. Målet är uppnått.\n\n"
            "Ung framtid\nProjektet startade i januari. Målet är uppnått.\n\nEkonomi\n\nText.\n")
    assert _activities(text) == {}


def test_counted_activities_of_last_years_plan_followed_up_in_this_years_plan():
    text = ("Handlingsplan 2032\n\nUppföljning av handlingsplan 2031\n\n"
            "Handlingsplanen för 2031 innehöll två aktiviteter.\n\n"
            "Aktivitet 1 – Följa upp insatsen Bron och besluta om dess fortsättning. "
            "Uppföljningen gjordes i maj. Aktiviteten är genomförd.\n\n"
            "Aktivitet 2 – Kartlägga behovet av tolk. Kartläggningen kom aldrig igång.\n\n"
            "Jag vill tacka alla som bidragit under året.\n\nEkonomi\n\nText.\n")
    assert _activities(text) == {
        "Följa upp insatsen Bron och besluta om dess fortsättning": "achieved",
        "Kartlägga behovet av tolk": "not_achieved"}


def test_a_plans_list_followed_up_under_so_it_went_one_paragraph_each():
    text = ("Verksamhetsberättelse 2031\n\nI verksamhetsplanen angavs följande aktiviteter:\n\n"
            "Starta en samverkansgrupp för unga i Tyresö\nTa fram en ny broschyr\n"
            "Genomföra fyra nätverksträffar\n\nSå här gick det\n\n"
            "Samverkansgruppen startade i mars och träffas varje månad. Aktiviteten är genomförd.\n\n"
            "Broschyren kunde inte tas fram under året.\n\n"
            "Två av fyra nätverksträffar hölls; aktiviteten är delvis genomförd.\n\n"
            "Ekonomi\n\nText.\n")
    assert _activities(text) == {
        "Starta en samverkansgrupp för unga i Tyresö": "achieved",
        "Ta fram en ny broschyr": "not_achieved",
        "Genomföra fyra nätverksträffar": "partially_achieved"}


def test_target_groups_after_a_lead_without_colon_and_not_after_a_goal():
    text = ("Handlingsplan 2031\n\nMålgrupper\n\nGruppen prioriterar under 2031\n"
            "- personer med psykisk ohälsa som har kontakt med minst två parter,\n"
            "- unga vuxna 18–29 år som saknar sysselsättning, och\n"
            "- personer med försörjningsstöd sedan mer än två år.\n\n"
            "Mål och aktiviteter\n\n"
            "Mål 1. Fler unga i målgruppen ska börja arbeta eller studera.\n"
            "- Pröva en gemensam mottagning för unga.\n- Håll två frukostmöten per termin.\n")
    groups = {t.text for t in _extract(text).target_groups}
    assert groups == {"personer med psykisk ohälsa som har kontakt med minst två parter",
                      "unga vuxna 18–29 år som saknar sysselsättning",
                      "personer med försörjningsstöd sedan mer än två år"}


def test_a_goals_status_field_in_a_legends_colour_and_labelled_activities_with_outcomes():
    text = ("Verksamhetsberättelse 2031\n\nMål och resultat 2031\n\n"
            "Färgmarkering: Grön = målet är uppnått, Gul = målet är delvis uppnått, "
            "Röd = målet är inte uppnått.\n\n"
            "1. Minst 40 procent av deltagarna ska gå till arbete eller studier.\n"
            "   Resultat: 44 procent (30 av 68 avslutade).\n   Status: Grön\n\n"
            "2. Samtliga kommuner ska ha en insats.\n"
            "   Resultat: Tre av fyra kommuner.\n   Status: Gul\n\n"
            "Aktiviteter under året och utfall\n\n"
            "Aktivitet 1: Genomföra en temadag om samordnad plan för handläggare.\n\n"
            "Utfall: Genomförd i april med 80 deltagare.\n\n"
            "Aktivitet 2: Starta ett nätverk för chefer. Nätverket kom aldrig igång.\n\n"
            "Ekonomi\n\nText.\n")
    ex = _extract(text)
    assert {g.text: g.outcome_status for g in ex.goals} == {
        "Minst 40 procent av deltagarna ska gå till arbete eller studier": "achieved",
        "Samtliga kommuner ska ha en insats": "partially_achieved"}
    assert {a.text: a.outcome_status for a in ex.activities} == {
        "Genomföra en temadag om samordnad plan för handläggare": "achieved",
        "Starta ett nätverk för chefer": "not_achieved"}


def test_a_labelled_goals_short_title_over_the_goal_stated_below_it():
    text = ("Verksamhetsplan 2031\n\nMÅL 2031–2033\n\n"
            "Mål 1 – Individ\nDeltagarna ska stärka sin förmåga att arbeta eller studera.\n"
            "Indikator: Minst 40 procent går till arbete eller studier.\n\n"
            "Mål 2 – Ekonomi\nDet egna kapitalet ska inte överstiga 15 procent av "
            "medlemsbidragen.\n\nMålgrupper\n\nText.\n")
    assert set(_goals(text)) == {
        "Deltagarna ska stärka sin förmåga att arbeta eller studera",
        "Det egna kapitalet ska inte överstiga 15 procent av medlemsbidragen"}


def test_a_fixed_width_row_whose_first_cell_wraps_onto_the_line_with_its_outcome():
    text = ("Verksamhetsberättelse 2031\n\n3. Planerade aktiviteter och utfall\n\n"
            "Aktivitet enligt verksamhetsplan 2031                          Utfall\n"
            "Starta ett forum för enhetschefer hos parterna                 Genomförd, tre träffar\n"
            "Ta fram en kartläggning av unga som varken arbetar\n"
            "eller studerar i Västby                                        Påbörjad, slutförs 2032\n"
            "Arrangera en studieresa för styrelsen                          Inställd\n\n"
            "Ekonomi\n\nText.\n")
    assert _activities(text) == {
        "Starta ett forum för enhetschefer hos parterna": "achieved",
        "Ta fram en kartläggning av unga som varken arbetar eller studerar i Västby":
            "partially_achieved",
        "Arrangera en studieresa för styrelsen": "not_achieved"}


def test_goals_as_fields_with_a_result_line_and_an_assessment_line():
    text = ("Årsredovisning 2031\n\nVerksamhetsmål\n\n"
            "Mål: Minst 35 procent av deltagarna ska gå till arbete eller studier.\n"
            "Resultat: 38 procent (72 av 189 avslutade).\nBedömning: Uppfyllt.\n\n"
            "Mål: Minst fyra kompetensdagar ska hållas för medlemmarnas personal.\n"
            "Resultat: Tre dagar hölls.\nBedömning: Ej uppfyllt.\n\nEkonomi\n\nText.\n")
    assert _goals(text) == {
        "Minst 35 procent av deltagarna ska gå till arbete eller studier": "achieved",
        "Minst fyra kompetensdagar ska hållas för medlemmarnas personal": "not_achieved"}


def test_a_cards_goal_field_judged_on_its_assessment_line():
    text = ("Verksamhetsberättelse 2031\n\nInsatser\n\nBron\nÄgare: Västby kommun\n"
            "Mål: Minst hälften av deltagarna ska ha kommit närmare arbete vid avslut.\n"
            "Resultat: 58 procent.\nBedömning: Uppfyllt.\n\nEkonomi\n\nText.\n")
    assert _goals(text) == {
        "Minst hälften av deltagarna ska ha kommit närmare arbete vid avslut": "achieved"}


def test_goals_without_numbers_judged_by_ordinal_in_their_order():
    text = ("Verksamhetsberättelse 2031\n\nMål\n\nI handlingsplanen angavs tre mål:\n\n"
            "Alla handläggare ska känna till förbundet.\n\n"
            "Minst 40 personer ska delta i insatserna.\n\n"
            "Antalet unga med försörjningsstöd ska minska.\n\n"
            "Måluppfyllelse: Det första målet anser vi är delvis uppnått. Det andra målet är "
            "uppnått: 47 personer deltog. Det tredje målet har inte uppnåtts.\n\n"
            "Ekonomi\n\nText.\n")
    assert _goals(text) == {"Alla handläggare ska känna till förbundet": "partially_achieved",
                            "Minst 40 personer ska delta i insatserna": "achieved",
                            "Antalet unga med försörjningsstöd ska minska": "not_achieved"}


def test_goals_as_titles_each_over_its_assessment_after_a_lead():
    text = ("Verksamhetsberättelse 2031\n\nFörbundets mål och måluppfyllelse\n\n"
            "Styrelsen har fastställt två övergripande mål. För varje mål redovisas läget.\n\n"
            "Individen ska stärkas i sin förmåga till arbete\n"
            "Av de 300 avslutade har 38 procent gått till arbete. Målet är uppnått.\n\n"
            "Samverkan mellan parterna ska vara långsiktig\n"
            "Två insatser har inte implementerats. Målet är delvis uppnått.\n\n"
            "Ekonomi\n\nText.\n")
    assert _goals(text) == {"Individen ska stärkas i sin förmåga till arbete": "achieved",
                            "Samverkan mellan parterna ska vara långsiktig": "partially_achieved"}


def test_an_items_remark_that_a_thing_is_made_and_one_that_forecasts():
    text = ("Verksamhetsberättelse 2031\n\nPlanerade aktiviteter 2031\n"
            "1. Ta fram en modell för uppföljning av insatser. Modellen är framtagen och används "
            "från 2032.\n"
            "2. Stödja starten av en lokal grupp i Norrby. Ej genomfört; planeras till våren.\n\n"
            "Ekonomi\n\nText.\n")
    assert _activities(text) == {
        "Ta fram en modell för uppföljning av insatser": "achieved",
        "Stödja starten av en lokal grupp i Norrby": "not_achieved"}


def test_lists_marked_with_check_boxes_and_symbols_a_legend_explains():
    text = ("Verksamhetsberättelse 2031\n\nMål 2031\n\n"
            "Teckenförklaring:  ☑ = målet uppnått   ☐ = målet delvis uppnått   ☒ = målet ej uppnått\n\n"
            "☑ Minst 35 procent av deltagarna ska gå vidare till arbete eller studier.\n"
            "   Utfall 41 procent.\n"
            "☒ Antalet deltagare ska öka med tio procent. Ökningen blev fyra procent.\n\n"
            "Genomförande av planens aktiviteter\n\n"
            "[x] genomförd   [~] påbörjad/delvis genomförd   [ ] ej genomförd\n\n"
            "[x] Starta ett team inom psykiatrin i Norrby\n"
            "    Teamet startade 1 februari med två handledare.\n"
            "[~] Kartlägga behovet av insatser för nyanlända\n"
            "[ ] Införa en gemensam deltagarenkät\n    Skjuts till 2032.\n\n"
            "Ekonomi\n\nText.\n")
    ex = _extract(text)
    assert {g.text: g.outcome_status for g in ex.goals} == {
        "Minst 35 procent av deltagarna ska gå vidare till arbete eller studier": "achieved",
        "Antalet deltagare ska öka med tio procent": "not_achieved"}
    assert {a.text: a.outcome_status for a in ex.activities} == {
        "Starta ett team inom psykiatrin i Norrby": "achieved",
        "Kartlägga behovet av insatser för nyanlända": "partially_achieved",
        "Införa en gemensam deltagarenkät": "not_achieved"}


def test_goals_numbered_in_roman_numerals():
    text = ("Verksamhetsplan 2031\n\nMål för 2031\n\n"
            "   (i)   Minst 60 personer ska delta i förbundets insatser.\n"
            "   (ii)  Förbundet ska ha en budget i balans.\n"
            "   (iii) Alla parter ska ha utsett en kontaktperson.\n\nMålgrupper\n\nText.\n")
    assert set(_goals(text)) == {"Minst 60 personer ska delta i förbundets insatser",
                                 "Förbundet ska ha en budget i balans",
                                 "Alla parter ska ha utsett en kontaktperson"}


def test_dash_numbered_activities_with_status_lines_and_an_icon_before_the_heading():
    text = ("Verksamhetsberättelse 2031\n\n🗂 Planerade aktiviteter 2031 och utfall\n\n"
            "1 – Starta en insats för unga i Norrby\n"
            "Utfall: Genomfört. Insatsen startade i februari.\n\n"
            "2 – Utöka teamet med en arbetsterapeut\n"
            "Status: Ej genomförd\n\n"
            "3 – Ta fram en ny webbplats\n"
            "Status: Delvis genomförd. Webbplatsen lanseras i januari.\n\n"
            "💰 Ekonomi\n\nText.\n")
    assert _activities(text) == {"Starta en insats för unga i Norrby": "achieved",
                                 "Utöka teamet med en arbetsterapeut": "not_achieved",
                                 "Ta fram en ny webbplats": "partially_achieved"}


def test_a_plans_activities_under_titles_numbered_one_level_deeper():
    text = ("Handlingsplan 2031\n\n2.3  Aktiviteter\n\n2.3.1  Teamet\n"
            "   2.3.1.1  Bemanna teamet med en handläggare från varje part.\n"
            "   2.3.1.2  Ta fram ett gemensamt samtyckesformulär.\n\n"
            "2.3.2  Information\n"
            "   2.3.2.1  Informera om gruppen på parternas arbetsplatsträffar.\n\n"
            "3  Ekonomi\n\nText.\n")
    assert set(_activities(text)) == {
        "Bemanna teamet med en handläggare från varje part",
        "Ta fram ett gemensamt samtyckesformulär",
        "Informera om gruppen på parternas arbetsplatsträffar"}


def test_a_reports_activity_titles_each_over_a_status_cells_words():
    text = ("Delårsrapport 2031\n\nFörbundet har under första halvåret arbetat vidare med de "
            "insatser och\naktiviteter som styrelsen beslutade om i verksamhetsplanen för året.\n\n"
            "Aktiviteter enligt verksamhetsplan 2031\n\n"
            "Behovsanalys för unga i länet\nPåbörjad, rapport klar i november.\n\n"
            "Starta ett team i Västby\nEj genomförd – rekryteringen pågår.\n\n"
            "Digitalt möte för arbetsgivare i Norrby\nGenomfört 28 april.\n\n"
            "Ekonomi\n\nText.\n")
    assert _activities(text) == {"Behovsanalys för unga i länet": "partially_achieved",
                                 "Starta ett team i Västby": "not_achieved",
                                 "Digitalt möte för arbetsgivare i Norrby": "achieved"}


def test_an_evaluators_report_follows_the_plans_activities_up():
    text = ("FoU Norrby\nRapport 2031:2\n\nLEDSTÅNGEN\n– en utvärdering av ett samverkansprojekt\n\n"
            "Planerade aktiviteter och vad som blev av dem\n\n"
            "I projektplanens aktivitetsplan fanns tre aktiviteter.\n\n"
            "a) Gemensam inskrivning i ett team med handläggare från alla parter.\n"
            "Genomfördes som planerat. Teamet träffades varannan vecka.\n\n"
            "b) Gruppverksamhet i hälsa två gånger per vecka.\n"
            "Gruppen kunde bara hållas en gång i veckan. Aktiviteten har inte genomförts i "
            "planerad omfattning.\n\n"
            "c) Nätverk med arbetsgivare i Västby.\nNätverket kom aldrig igång.\n\n"
            "Slutsatser\n\nText.\n")
    assert _activities(text) == {
        "Gemensam inskrivning i ett team med handläggare från alla parter": "achieved",
        "Gruppverksamhet i hälsa två gånger per vecka": "not_achieved",
        "Nätverk med arbetsgivare i Västby": "not_achieved"}


def test_a_pipe_tables_activity_cell_wrapped_onto_a_row_with_empty_cells():
    text = ("Verksamhetsberättelse 2031\n\nVERKSAMHETSMÅL 1\n"
            "Minst hälften av deltagarna ska gå till arbete.\n\n"
            "| Aktivitet                          | Uppfyllt | Kommentar                     |\n"
            "|------------------------------------|----------|-------------------------------|\n"
            "| Införa gemensam modell för         | Ja       | Modellen används sedan maj.   |\n"
            "| avslutssamtal i alla insatser      |          |                               |\n"
            "| Ta fram en implementeringsplan för | Delvis   | Utkast finns.                 |\n"
            "| IPS Norrby                         |          | Beslut väntas 2032.           |\n"
            "| Erbjuda arbetsgivarkontakter       | Nej      | Flyttas till 2032.            |\n\n"
            "Ekonomi\n\nText.\n")
    assert _activities(text) == {
        "Införa gemensam modell för avslutssamtal i alla insatser": "achieved",
        "Ta fram en implementeringsplan för IPS Norrby": "partially_achieved",
        "Erbjuda arbetsgivarkontakter": "not_achieved"}


def test_a_long_paragraph_under_a_numbered_goal_gives_its_verdict_in_its_opening_sentences():
    story = ("Under året deltog 88 personer i teamets arbete och 31 av dem har slutat. Av dessa "
             "gick nio vidare till arbete och fyra till studier, vilket motsvarar 42 procent. ")
    rest = ("Skillnaden mellan orterna var stor: i Byholm gick hälften vidare, i Åsen färre än en "
            "av fem. Styrelsen har därför bett teamet att se över hur arbetsgivarkontakterna tas "
            "och hur uppföljningen efter avslut görs, och en ny rutin prövas under våren. ")
    text = ("Verksamhetsberättelse 2031\n\nUppföljning av årets mål\n\n"
            "Mål 1. Minst 50 procent av de avslutade deltagarna ska gå till arbete eller studier.\n\n"
            + story + "Vi nådde inte ända fram. " + rest + "\n\n"
            "Mål 2. Varje kommun ska ha en lokal samverkansgrupp.\n\n"
            "Här har vi lyckats väl. Gruppen i Åsen bildades i februari och träffas varje månad. "
            + rest + "\n\n"
            "Mål 3. Styrelsen ska besöka varje insats en gång.\n\n"
            + story + rest + "Vi räknar med att målet är uppnått först nästa år.\n\n")
    assert _goals(text) == {
        "Minst 50 procent av de avslutade deltagarna ska gå till arbete eller studier":
            "not_achieved",
        "Varje kommun ska ha en lokal samverkansgrupp": "achieved",
        # (a claim far down a long story is not the goal's verdict)
        "Styrelsen ska besöka varje insats en gång": "not_reported"}


def test_succeeding_failing_and_half_way_in_the_words_of_a_story():
    from samverkan.extract.nlp import build_nlp
    from samverkan.extract.outcomes import classify

    nlp = build_nlp()
    lemmatized = nlp.get_pipe("lemmatizer")

    def status(sentence: str) -> str | None:
        return classify(lemmatized(nlp.make_doc(sentence)))

    assert status("Det har vi lyckats med över förväntan.") == "achieved"
    assert status("Vi lyckades tyvärr inte samla alla parter.") == "not_achieved"
    assert status("Med den gemensamma kartläggningen är vi ungefär halvvägs.") \
        == "partially_achieved"
    assert status("Teamet ska lyckas med det under hösten.") is None


def test_a_web_pages_cards_with_whose_goal_a_told_result_and_a_marked_verdict():
    text = ("Så gick det 2031\n\nHär är årets mål och hur det gick.\n\n"
            "Fler i arbete\nVårt mål: Minst 25 procent av deltagarna ska gå till arbete.\n"
            "Så gick det: 21 procent av de deltagare som avslutades fick ett arbete.\n"
            "❌ Inte uppnått\n\n"
            "Nöjda deltagare\nFörbundets mål: Deltagarna ska vara nöjda med stödet.\n"
            "Så här blev det: Nio av tio är nöjda enligt enkäten.\n✅ Uppnått\n\n"
            "Nya arbetssätt\nVårt mål: Två nya arbetssätt ska prövas i kommunerna.\n"
            "Så gick det: Ett arbetssätt prövas i Åsen, ett planeras i Byholm.\n\n")
    assert _goals(text) == {
        "Minst 25 procent av deltagarna ska gå till arbete": "not_achieved",
        "Deltagarna ska vara nöjda med stödet": "achieved",
        "Två nya arbetssätt ska prövas i kommunerna": "not_reported"}


def test_goals_quoted_in_a_protocols_sentences_each_judged_after_its_quote():
    text = ("Protokoll styrelsen 2031-02-10\n\n§ 4 Uppföljning av 2030 års mål\n\n"
            "Förbundschefen redovisade uppföljningen.\n\n"
            "Målet ”Minst 30 procent av deltagarna ska gå till arbete” har uppnåtts. "
            "Utfallet blev 34 procent.\n\n"
            "Delmålet ”Varje kommun ska ha en samverkansgrupp” bedöms som delvis uppnått.\n\n"
            "Målet ”Två nya insatser ska starta under året” redovisas i mars.\n\n"
            "Styrelsen beslutar att godkänna uppföljningen.\n")
    assert _goals(text) == {
        "Minst 30 procent av deltagarna ska gå till arbete": "achieved",
        "Varje kommun ska ha en samverkansgrupp": "partially_achieved",
        "Två nya insatser ska starta under året": "not_reported"}


def test_a_half_filled_circle_is_a_bullet_the_legend_at_the_end_explains():
    text = ("Uppföljning 2031\n\nAktiviteter enligt verksamhetsplanen\n\n"
            "●  Ordna en temadag om psykisk hälsa\n"
            "◐  Ta fram en gemensam introduktion för nya handläggare\n"
            "        Kommentar: Materialet är klart.\n"
            "○  Göra ett studiebesök i grannlänet\n\n"
            "Teckenförklaring\n●  Aktiviteten genomförd\n◐  Aktiviteten påbörjad\n"
            "○  Aktiviteten ej genomförd\n")
    acts = {a.text: a.outcome_status for a in _extract(text).activities}
    assert acts == {"Ordna en temadag om psykisk hälsa": "achieved",
                    "Ta fram en gemensam introduktion för nya handläggare": "partially_achieved",
                    "Göra ett studiebesök i grannlänet": "not_achieved"}


def test_ticks_crosses_and_half_circles_mark_one_list_and_a_legends_list_is_no_goals():
    text = ("Verksamhetsberättelse 2031\n\nMålen för 2031\n\nSymbolerna betyder:\n\n"
            "   ●  målet är uppnått\n   ◐  målet är delvis uppnått / på väg att uppnås\n"
            "   ○  målet är inte uppnått\n   –  kan inte bedömas vid året\n\n"
            "Förbundets mål i verksamhetsplanen:\n\n"
            "✔ Minst 100 personer ska delta i insatserna.\n   (Det blev 120. Målet är uppnått.)\n\n"
            "◐ Hälften av deltagarna ska närma sig arbete.\n   (Målet är delvis uppnått.)\n\n"
            "✘ En plattform för uppföljning ska vara införd.\n   (Målet är inte uppnått.)\n")
    assert _goals(text) == {
        "Minst 100 personer ska delta i insatserna": "achieved",
        "Hälften av deltagarna ska närma sig arbete": "partially_achieved",
        "En plattform för uppföljning ska vara införd": "not_achieved"}


def test_a_legend_in_brackets_and_a_tilde_among_the_marks_of_one_list():
    text = ("Verksamhetsberättelse 2031 LSG Åby\n\nUppföljning av LSG:s mål\n\n"
            "(✓ = uppnått, ✗ = ej uppnått, ~ = delvis uppnått)\n\n"
            "✓  Varje part ska ha en kontaktperson för samverkan.\n"
            "~  Alla handläggare ska ha gått en gemensam utbildning.\n"
            "✗  En gemensam mall ska användas av alla parter.\n"
            "✓  LSG ska lämna minst en ansökan om medel.\n\n"
            "Kommentar: Mallen har prövats av två parter.\n")
    assert _goals(text) == {
        "Varje part ska ha en kontaktperson för samverkan": "achieved",
        "Alla handläggare ska ha gått en gemensam utbildning": "partially_achieved",
        "En gemensam mall ska användas av alla parter": "not_achieved",
        "LSG ska lämna minst en ansökan om medel": "achieved"}


def test_a_plans_parts_share_what_the_report_tells_below_them():
    text = ("Verksamhetsberättelse 2031\n\nAktiviteter för unga:\n"
            "• Starta en samtalsgrupp för unga i Åby\n"
            "Aktiviteter för vuxna:\n• Ordna en utbildningsdag om sjukförsäkringen\n\n"
            "Så här gick det\n\nSamtalsgrupp för unga i Åby: genomförd, tolv deltagare.\n\n"
            "Utbildningsdag om sjukförsäkringen: genomförd i mars.\n")
    acts = {a.text: a.outcome_status for a in _extract(text).activities}
    assert acts["Starta en samtalsgrupp för unga i Åby"] == "achieved"
    assert acts["Ordna en utbildningsdag om sjukförsäkringen"] == "achieved"


def test_never_succeeding_is_no_success_and_half_way_into_a_project_is_no_status():
    from samverkan.extract.nlp import build_nlp
    from samverkan.extract.outcomes import classify

    nlp = build_nlp()
    lemmatized = nlp.get_pipe("lemmatizer")
    assert classify(lemmatized(nlp.make_doc("Vi lyckades aldrig få igång gruppen."))) \
        == "not_achieved"
    assert classify(lemmatized(nlp.make_doc("Ingen lyckades boka en lokal."))) == "not_achieved"
    assert classify(lemmatized(nlp.make_doc("Halvvägs in i projektet bytte vi ledare."))) is None


def test_a_legend_in_brackets_after_its_word():
    from samverkan.extract.outcomes import find_legend

    assert find_legend("Teckenförklaring (✓ = uppnått, ✗ = ej uppnått, ~ = delvis uppnått)") \
        == {"✓": "achieved", "✗": "not_achieved", "~": "partially_achieved"}


def test_an_old_word_processors_bullets_over_remarks_and_a_protocols_paragraph_sign():
    text = ("Slutrapport 2031\n\n6. Aktiviteter\n\nProjektplanen angav följande aktiviteter:\n\n"
            "§ Kartläggning av samtliga deltagare\nGenomfört. 40 av 42 fick en kartläggning.\n\n"
            "§ Utbildning för handläggare i motiverande samtal\nGenomfördes inte.\n\n"
            "§ Gruppverksamhet med vårdcentralen\nDelvis genomfört. Grupperna startade sent.\n\n"
            "§ 7 Ekonomi\n\nProjektet kostade 1 200 000 kr.\n")
    acts = {a.text: a.outcome_status for a in _extract(text).activities}
    assert acts == {"Kartläggning av samtliga deltagare": "achieved",
                    "Utbildning för handläggare i motiverande samtal": "not_achieved",
                    "Gruppverksamhet med vårdcentralen": "partially_achieved"}
