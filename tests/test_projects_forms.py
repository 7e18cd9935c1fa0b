"""Projects named by the sentences that describe them and by headings over their bodies.
Every name here is made up."""
from __future__ import annotations

import pytest

from samverkan.extract import extract_document
from samverkan.extract.projects import project_owner
from samverkan.ingest.metadata import add_metadata
from samverkan.records import Document, Page


def _names(text: str) -> list[str]:
    doc = Document(doc_id="t", source_path="t.txt", format="txt", text=text,
                   pages=[Page(1, 0, len(text))])
    add_metadata(doc)
    return [p.name for p in extract_document(doc).projects]


def test_a_sentence_that_describes_an_effort_names_it():
    got = _names("Verksamhetsberättelse 2031 Samordningsförbundet Västby\n\nVerksamheten\n\n"
                 "Under året har styrelsen sammanträtt sex gånger. Gröna Steget är förbundets "
                 "största insats och har funnits sedan 2028. Brobyggarna, som startade i maj, "
                 "är en mindre satsning i Västby. Fyrtornet vänder sig till unga vuxna.\n")
    assert {"Gröna Steget", "Brobyggarna", "Fyrtornet"} <= set(got)


def test_a_heading_over_a_body_that_points_back_to_it():
    got = _names("Delårsrapport 2031 Samordningsförbundet Västby\n\nVerksamheten under perioden\n\n"
                 "Styrelsen har haft fyra sammanträden under perioden och beredningsgruppen har "
                 "träffats fem gånger.\n\n"
                 "Ljusglimten (Åby och Böda)\nInsatsen har under perioden haft 34 deltagare.\n\n"
                 "Kartläggningen\nKartläggningen visar att behoven är stora.\n")
    assert "Ljusglimten" in got
    assert "Kartläggningen" not in got  # a word of the language over a body about it


def test_the_body_short_form_of_a_heading_is_not_a_second_project():
    got = _names("Årsredovisning 2031 Samordningsförbundet Västby\n\nINSATSER UNDER ÅRET\n\n"
                 "Stödteam Åby (STÅ)\nStödteamet är ett samverkansteam med handläggare från "
                 "parterna.\n\nLjusglimten\nLjusglimten är en förrehabiliterande insats.\n")
    assert "Stödteamet" not in got and "Stödteam Åby" in got and "Ljusglimten" in got


def test_a_heading_glued_to_a_body_that_repeats_it():
    got = _names("Verksamhetsberättelse 2031 LLG Byholm\n\n6. Insatser Stegvis Stegvis har sedan "
                 "2029 funnits på hälsocentralen. Trappan Trappan är namnet på en förstudie.\n")
    assert "Stegvis" in got and "Trappan" in got
    assert not any(name.count("Stegvis") > 1 for name in got)


def test_a_name_after_its_cue_ends_before_a_verb_that_changes_its_vowel():
    got = _names("Insatser 2031\n\nUnder året avslutades två projekt: Steg för steg, där "
                 "insatsen Lotsen deltog, samt Bryggan, där resursteamet Kompassen ingick. Vid "
                 "mötesplatsen Gröna rummet låg fokus på hälsa.\n")
    assert "Lotsen" in got and "Kompassen" in got and "Gröna rummet" in got
    assert not any(n.endswith(("deltog", "ingick", "låg")) for n in got)


def test_a_name_in_apposition_with_its_kind_of_effort_and_a_place_after_lower_case():
    got = _names("Insatser 2031\n\nI Norrby har förbundet finansierat Hälsoteam Norrby, ett "
                 "samverkansteam för personer med ohälsa. Personer har remitterats till "
                 "Bryggteamet, förbundets gemensamma rehabiliteringsteam i Alby. Den största "
                 "insatsen är Arbetslivsresursen i Alby, en verksamhet för unga. ESF-projektet "
                 "Unga framåt Hultsfred, som ägs av kommunen, startade i maj. ESF-projektet "
                 "Hela vägen Blekinge har beviljats medel. Torsby kommun, en "
                 "av medlemmarna, deltar. Försäkringskassan, en viktig part i förbundets "
                 "verksamhet, deltar.\n")
    assert sorted(got) == ["Arbetslivsresursen i Alby", "Bryggteamet", "Hela vägen Blekinge",
                           "Hälsoteam Norrby", "Unga framåt Hultsfred"]


def test_a_card_title_over_its_fields_names_an_effort():
    got = _names("Insatskatalog 2031\n\nOm katalogen\n\nKatalogen visar förbundets insatser.\n\n"
                 "-----------------------------------\n1. Samverkansteam Alby\n"
                 "-----------------------------------\nKommun: Alby\n"
                 "Målgrupp: Personer med långvarigt försörjningsstöd\nBudget 2031: 1 800 tkr\n"
                 "Kontaktperson: Ola Berg, enhetschef\n\n"
                 "-----------------------------------\n2. Språk och arbete\n"
                 "-----------------------------------\nMålgrupp: Utrikes födda kvinnor\n"
                 "Budget 2031: 900 tkr\n\nSLUTRAPPORT\n\nProjektägare: Alby kommun\n"
                 "Projektperiod: 2031\n")
    assert "Samverkansteam Alby" in got and "Språk och arbete" in got
    assert "SLUTRAPPORT" not in got


def test_paragraphs_that_open_with_a_name_in_a_section_about_efforts_and_mixed_case_acronyms():
    got = _names("Rapport 2031\n\n5. Insatser 2031\n\nNavet Alby. Samlokaliserat team där kommun "
                 "och Arbetsförmedlingen möter unga vuxna.\n\nSamtidigt – parallella insatser. "
                 "Metodstöd för att insatser ska kunna pågå samtidigt.\n\nDeltagarna registreras "
                 "i SUS. Uppföljningen sker varje kvartal.\n\nFas 1. Kartläggning under våren."
                 "\n\nÖvrigt\n\nGruppen finansierar insatsen Unga vuxna i Alby (UViA) med "
                 "600 000 kronor.\n")
    assert {"Navet Alby", "Samtidigt", "Unga vuxna i Alby"} <= set(got)
    assert not {"Deltagarna registreras i SUS", "Fas 1"} & set(got)


def test_a_grant_in_a_decision_names_what_it_funds():
    got = _names("Protokoll styrelsen Samordningsförbundet Västby 2031-04-02\n\n"
                 "§ 4 Ansökan om medel – Trappsteget Åby\n"
                 "Åby kommun ansöker om medel för en insats för unga vuxna.\n"
                 "Beslut\nStyrelsen beslutar att bevilja Åby kommun 310 000 kr för Trappsteget\n"
                 "Åby under 2032, och att avslå 40 000 kr för resor.\n\n"
                 "§ 5 Rapport från Ljusglimten\nProjektledaren för Ljusglimten, Stina Ek, rapporterar.\n"
                 "Deltagare i Fyrbåken "
                 "har fått praktik.\n\n§ 6 Information från Försäkringskassan\n"
                 "§ 7 Rapport från Mönsterås\nKommunen rapporterar.\n")
    assert {"Trappsteget Åby", "Ljusglimten", "Fyrbåken"} <= set(got)
    assert not {"Försäkringskassan", "Mönsterås", "Ljusglimten Projektledaren"} & set(got)


def test_a_numbered_heading_over_a_body_that_repeats_it():
    got = _names("Verksamhetsplan 2031 Samordningsförbundet Västby\n\nInsatser\n\n"
                 "3 Ankarfästet\nAnkarfästet ger stöd till unga som har lämnat skolan.\n\n"
                 "4 Uppföljning\nUppföljning sker varje kvartal.\n")
    assert "Ankarfästet" in got and "Uppföljning" not in got


def test_a_place_named_effort_described_as_a_support():
    got = _names("Verksamhetsberättelse 2031 Samordningsförbundet Västby\n\n"
                 "IPS Åby är ett arbetsinriktat stöd för personer med psykisk ohälsa. "
                 "Detta är ett stöd som parterna efterfrågat.\n")
    assert "IPS Åby" in got and "Detta" not in got


def test_entries_of_a_name_its_places_and_a_dash_under_a_funding_title():
    got = _names("Verksamhetsplan 2031 Samordningsförbundet Västby\n\n"
                 "4. Insatser som förbundet finansierar 2031\n\n"
                 "Ankarfästet, Linköping – arbetsinriktat stöd för personer med långvarigt "
                 "försörjningsstöd och ohälsa i hela kommunen.\n"
                 "Brovakten, Mjölby och Boxholm – stöd till unga vuxna med aktivitetsersättning som "
                 "behöver samordnade insatser.\n"
                 "Fyrbåken Västby – gemensamt team för personer som har kontakt med flera "
                 "parter och behöver stöd.\n\n5. Ekonomi\n\nBudgeten är i balans.\n")
    assert {"Ankarfästet", "Brovakten", "Fyrbåken Västby"} <= set(got)


@pytest.mark.parametrize(("text", "owner"), [
    ("Projektägare är Byholms kommun och projektet finansieras av ESF.", "Byholms kommun"),
    ("Projektägare: Region Västby, Psykiatri Norr", "Region Västby"),
    ("projektägaren var Försäkringskassan i Åby.", "Försäkringskassan i Åby"),
    ("Byholms kommun äger projektet sedan 2031.", "Byholms kommun"),
    ("Region Västby ägde insatsen under två år.", "Region Västby"),
    ("Projektet ägs av Arbetsförmedlingen.", "Arbetsförmedlingen"),
    ("I Gröna Steget är Åby kommun projektägare.", "Åby kommun"),
    ("Insatsen drivs med Byholms kommun som projektägare.", "Byholms kommun"),
    ("Samordningsförbundet Västby står som projektägare.", "Samordningsförbundet Västby"),
    ("Projektet, där förbundet är projektägare, startade i maj.", "förbundet"),
    # who runs, funds or is told about the effort is no owner
    ("Projektet drivs av Byholms kommun och finansieras av ESF.", ""),
    ("Projektägaren ansvarar för rekryteringen.", ""),
    ("Projektägare är ett uppdrag som kräver tid.", ""),
    # several owners together are not read as one
    ("Åby och Byholms kommuner är projektägare.", ""),
])
def test_an_owner_only_where_the_text_names_one(text: str, owner: str) -> None:
    assert project_owner(text) == owner


def test_an_owner_belongs_to_the_project_its_paragraph_names():
    text = ("Verksamhetsberättelse 2031 Samordningsförbundet Västby\n\nInsatser under året\n\n"
            "Gröna Steget\nGröna Steget är förbundets största insats och har funnits sedan 2029.\n\n"
            "Fyrtornet\nFyrtornet vänder sig till unga vuxna. Projektägare är Byholms kommun "
            "och projektet finansieras av Samordningsförbundet Västby.\n")
    doc = Document(doc_id="t", source_path="t.txt", format="txt", text=text,
                   pages=[Page(1, 0, len(text))])
    add_metadata(doc)
    owners = {p.name: p.owner for p in extract_document(doc).projects}
    assert owners.get("Fyrtornet") == "Byholms kommun"
    assert owners.get("Gröna Steget") == ""
    assert "Projektägare" not in owners


def test_cards_flattened_quoted_subjects_and_a_headings_short_form():
    got = _names("Årsredovisning 2031 Samordningsförbundet Västby\n\n"
                 "5 Insatser under 2031 Ankarfästet Insatsägare: Västby kommun. Period: "
                 "2030-01-01 - 2031-06-30. Insatsen har erbjudit arbetsträning. Under året deltog "
                 "30 personer. Brovakten Åby Insatsägare: Region Västby. Period: 2031.\n\n"
                 "”Vind i ryggen” har drivits av Västby kommun sedan 2029.\n\n"
                 "Stödteamet i Byholm\n"
                 "Stödteamet är förbundets nya insats och består av en arbetsterapeut och en "
                 "arbetsförmedlare.\n\n"
                 "Lyktan\nInsatsägare: Västby kommun\nStart: mars 2030\n"
                 "Budget 2031: 900 000 kronor\n\n"
                 "ungPunkten\nungPunkten är en öppen verksamhet för unga i Västby.\n")
    assert {"Ankarfästet", "Brovakten Åby", "Vind i ryggen", "Stödteamet i Byholm", "Lyktan",
            "ungPunkten"} <= set(got)


def test_a_word_of_the_language_as_a_name_its_description_repeats():
    got = _names("Verksamhetsplan 2031 Samordningsförbundet Västby\n\nInsatser 2031\n\n"
                 "a.\tVägen fram\nVägen fram är en individinriktad insats i Åby för personer "
                 "med försörjningsstöd.\n\n"
                 "Vägskälet\nVägskälet är en arbetsträningsgrupp för personer med ohälsa.\n\n"
                 "Hemmaplan\nHemmaplan startade i januari och söker upp unga.\n\n"
                 "Kartläggningen\nKartläggningen visar att behoven är stora.\n")
    assert {"Vägen fram", "Vägskälet", "Hemmaplan"} <= set(got)
    assert "Kartläggningen" not in got


def test_weak_leads_and_flattened_cards_name_no_county_organisation_or_run_of_words():
    got = _names("Årsredovisning 2031 Samordningsförbundet Västby\n\n"
                 "Deltagare i Stockholms län har fått stöd. Deltagare i Försäkringskassans "
                 "program deltog också.\n\n"
                 "Läs mer på vår webbplats om Brovakten Insatsägare: Västby kommun. "
                 "Lyktan Projektägare: Region Västby. Period: 2031.\n")
    assert not {"Stockholms län", "Försäkringskassans"} & set(got)
    assert "Lyktan" in got and not any(n.startswith("Läs mer") for n in got)


def test_titles_in_a_section_of_efforts_that_read_as_section_names_are_not_projects():
    got = _names("Projektansökan 2031 Samordningsförbundet Västby\n\nProjektbeskrivning 2031\n\n"
                 "Metod och arbetssätt\nProjektets arbetssätt bygger på tre delar och en plan.\n\n"
                 "Risker\nDen största risken är att inflödet av deltagare blir lågt.\n\n"
                 "Steg för steg (Byholms kommun, Arbetsmarknadsenheten)\n\n"
                 "Arbetsträning och stöd för personer med långvarigt försörjningsstöd där ohälsa "
                 "är ett hinder för arbete. Trettio platser.\n\n"
                 "Lyktan Åby\nGruppverksamhet för unga med aktivitetsersättning.\n")
    assert {"Steg för steg", "Lyktan Åby"} <= set(got)
    assert not {"Metod och arbetssätt", "Risker"} & set(got)


def test_efforts_listed_in_one_sentence_after_a_lead_that_says_they_are_funded():
    got = _names("Protokoll styrelsen Samordningsförbundet Västby 2031-05-02\n\n§ 4 Ekonomi\n\n"
                 "Det finns utrymme för ny verksamhet utöver de som redan finansieras: Ankaret, "
                 "Unga i arbete (UIA), Efterbåten, Projekt LOTS och Steget för nyanlända. "
                 "Styrelsen noterar informationen: Kansliet återkommer.\n")
    assert {"Ankaret", "Unga i arbete", "Efterbåten", "LOTS", "Steget för nyanlända"} <= set(got)
    assert "Kansliet återkommer" not in got


def test_a_table_of_contents_flattened_onto_one_line_names_its_funded_efforts():
    got = _names("Årsredovisning 2031 Samordningsförbundet Västby\n\n"
                 "Innehåll Förvaltningsberättelse 2 Styrelse 2 Kansli 2 Verksamhet 3 "
                 "Finansierade aktiviteter 3 Aktiviteter för stöd och bedömning 4 Lots-team 4 "
                 "Vinga 5 Hälsoinriktade aktiviteter 5 Arbetsstöd i Byholm 6 Aktiv vardag 7 "
                 "Framtid 9 Ekonomi 10 Resultaträkning 12 Balansräkning 13 Bilaga 1 Underlag 1\n\n"
                 "Förvaltningsberättelse\n\nFörbundet bildades 2029.\n")
    assert {"Lots-team", "Vinga", "Arbetsstöd i Byholm"} <= set(got)
    assert not {"Hälsoinriktade aktiviteter", "Aktiviteter för stöd och bedömning", "Framtid",
                "Resultaträkning", "Styrelse"} & set(got)


def test_a_run_on_list_of_efforts_each_with_the_places_it_runs_in():
    got = _names("Årsredovisning 2031 Samordningsförbundet Västby län\n\n"
                 "Innehåll Redovisning av insatser Individinriktade projekt ÅBY i Västerviks "
                 "kommun Grön Väg i Kalmar kommun LIVA i Nybro och Emmaboda kommuner Bryggan i "
                 "Oskarshamn, Mönsterås och Högsby kommuner Analys av resultatet\n")
    assert {"ÅBY", "Grön Väg", "LIVA", "Bryggan"} <= set(got)


def test_efforts_a_forbund_finances_or_runs_and_headings_about_one_projects_aspects():
    got = _names("Länsöversikt 2031\n\nÅby\n\nFörbundet finansierar också Tornhuset Åby och "
                 "Vindbryggan. Förbundet driver tillsammans med kommunen Ljusgården. Förbundet "
                 "finansierar även IPS-verksamhet. Styrelsen finansierade Försäkringskassans "
                 "del.\n\nProjektplan\n\nProjektmål\n\nMålet är att 40 deltagare ska få arbete.\n\n"
                 "Projektägare och kontaktpersoner\n\nÅby kommun äger insatsen.\n\n"
                 "Finansiering\n\nMedel söks från förbundet.\n")
    assert sorted(got) == ["Ljusgården", "Tornhuset Åby", "Vindbryggan"]


def test_a_card_title_in_capitals_over_fields_a_symbol_font_marked():
    got = _names("Insatskatalog 2031\n\nIndividinsatser\n\n"
                 "──────────\nVINDBRYGGAN\n──────────\n\uf0c0 Målgrupp\nUnga vuxna 18–29 år.\n"
                 "\uf0ae Så går det till\nDeltagaren får en coach.\n\uf0a1 Mål med insatsen\n"
                 "Minst hälften ska gå till arbete.\n\nSLUTRAPPORT\n\uf0c0 Målgrupp\nUnga.\n"
                 "\uf0ae Så går det till\nCoacher.\n\uf0a1 Mål med insatsen\nArbete.\n")
    assert "VINDBRYGGAN" in got and "SLUTRAPPORT" not in got


def test_names_listed_after_a_plural_cue_and_a_name_that_ends_before_a_passive_verb():
    got = _names("Revisionsrapport 2031\n\nBedömning\n\nFör insatserna Tornhuset Åby, "
                 "Vindbryggan och Kompetenscentrum samverkan saknas mätningar. "
                 "Innehåll: De särskilda insatserna Implementering Projektets deltagare.\n")
    assert sorted(got) == ["Kompetenscentrum samverkan", "Tornhuset Åby", "Vindbryggan"]


def test_a_bare_title_over_name_and_dash_entries_heads_a_list_of_efforts():
    got = _names("Delårsrapport 2031\n\nInsatser\n\n"
                 "Tornhuset Åby – individuellt stöd till arbete. 52 deltagare.\n\n"
                 "Vindbryggan (VB) – arbetsträning med handledare. 37 deltagare.\n\n"
                 "Övrigt\n\nStyrelsen – sammanträdde sex gånger.\n")
    assert {"Tornhuset Åby", "Vindbryggan"} <= set(got) and "Styrelsen" not in got


def test_a_signing_services_page_names_no_projects():
    got = _names("Årsredovisning 2031\n\nInsatser\n\nLyktan Åby – stöd till unga. 40 deltagare.\n\n"
                 "Tornhuset – arbetsträning. 20 deltagare.\n\nVerifikat\n\nSignerare\n"
                 "Bengt-Göran Olausson (BO)\nÅby kommun\nSignerade 2032-03-14 09:31:05 CET\n\n"
                 "Hanna Lööf (HL)\nArbetsförmedlingen\nSignerade 2032-03-18 10:44:09 CET\n")
    assert not {"Bengt-Göran Olausson", "Hanna Lööf"} & set(got)
    assert {"Lyktan Åby", "Tornhuset"} <= set(got)


def test_a_described_report_or_aim_and_a_minute_items_case_number_are_no_names():
    got = _names("Protokoll 2031-11-22\n\n§ 45 Ansökan om medel – Lyktan Åby 2032 Dnr 2031/31\n\n"
                 "Styrelsen beviljar ansökan.\n\nSlutrapport\n\nRapporten är en del av projektet "
                 "Tornhuset. Syftet med Tornhuset var att ge unga ett stöd.\n")
    assert "Lyktan Åby" in got and "Tornhuset" in got
    assert not [n for n in got if n.startswith(("Rapporten", "Syftet")) or "Dnr" in n]


def test_what_a_plan_says_to_do_is_no_effort_but_a_noun_of_the_same_form_may_name_one():
    got = _names("Verksamhetsberättelse 2031\n\nAktiviteter enligt verksamhetsplanen\n"
                 "1. Genomföra två utbildningsdagar om\nsamordnad individuell plan (SIP) för\n"
                 "parternas personal.\nEn utbildningsdag genomfördes i oktober.\n\n"
                 "Insatser 2031\n\nHälsa i arbete – ett stöd för sjukskrivna. 30 deltagare.\n")
    assert "Hälsa i arbete" in got
    assert not [n for n in got if n.startswith("Genomföra")]


def test_names_and_titles_side_by_side_under_a_signature_read_as_people():
    from samverkan.extract.projects import _person_like

    assert _person_like("Kjell A. Persson                      Marie Sjögren")
    assert _person_like("Ordförande                            Vice ordförande")
    assert _person_like("Bengt-Göran Olausson")
    assert not _person_like("Lyktan Åby")
    assert not _person_like("Hälsa i arbete")


def test_entries_under_a_bare_title_each_a_line_opening_with_its_name_and_verb():
    got = _names("Årsredovisning 2031 Samordningsförbundet Västby\n\nMålgrupper\n\n"
                 "Verksamhetsplanen anger att förbundets insatser ska riktas till\n"
                 "unga vuxna och personer med ohälsa.\n\nInsatser\n"
                 "Lyktsteget Åby är en arbetsförberedande insats för personer med bistånd. 112 "
                 "deltagare.\nIPS Västby ger stöd till arbete för personer med psykisk "
                 "ohälsa. 74 deltagare.\nUnga Vuxna Åby–Bro (UVAB) är ett team för unga. 88 "
                 "deltagare.\nKansliet arbetar med uppföljning av alla insatser.\n"
                 "Ekonomisk översikt\nResultaträkning\n\nNot 3 Kortfristiga fordringar\n\n"
                 "Avser moms.\n\nRedovisningsprinciper\n\nÅrsredovisningen följer lagen.\n")
    assert got == ["Lyktsteget Åby", "IPS Västby", "Unga Vuxna Åby–Bro"]


def test_cards_that_count_participants_under_a_bare_title_and_places_after_a_dash():
    got = _names("Delårsrapport 2031 Förbundet Åby\n\nInsatser\n\n"
                 "Rätt väg (RV) – Östersund och Krokom\nIndividinsats med arbetsspecialister för "
                 "personer med psykisk ohälsa. 96 deltagare.\n\n"
                 "Grön väg\nNaturunderstödd rehabilitering. 41 deltagare.\n\n"
                 "Nyckeln – Strömsund och Ragunda\nSamordnat stöd för nyanlända. 41 deltagare.\n\n"
                 "Ekonomi\n\nFörbundet har också deltagit i projektet Nya vägar Västmanland, som "
                 "drivs av regionen.\n")
    assert {"Rätt väg", "Grön väg", "Nyckeln", "Nya vägar Västmanland"} <= set(got)


def test_the_rows_of_a_tables_costs_that_name_efforts():
    got = _names("PROTOKOLL\n\n§ 38 Budget 2032\n\n"
                 "Intäkter (kr)                                   Budget 2032     Plan 2033\n"
                 "Region Västby                                     1 750 000     1 750 000\n"
                 "Summa intäkter                                    1 750 000     1 750 000\n\n"
                 "Kostnader (kr)                                  Budget 2032     Plan 2033\n"
                 "Kansli och administration                         1 180 000     1 210 000\n"
                 "Resursteam Unga                                   2 100 000     2 100 000\n"
                 "Lyktan – samordnat stöd vid psykisk ohälsa        1 950 000     1 950 000\n"
                 "Tidig samordnad rehabilitering (TSR)                400 000       400 000\n"
                 "Ej fördelade medel                                1 000 000     1 400 000\n"
                 "Summa kostnader                                   6 630 000     6 660 000\n\n"
                 "Kostnader per insats, jan–aug (tkr)\nFramsteg, Nynäshamn\t1 113\n"
                 "Bryggan\t980\nSumma insatser\t2 093\n")
    assert {"Resursteam Unga", "Lyktan", "Tidig samordnad rehabilitering", "Framsteg",
            "Bryggan"} <= set(got)
    assert not {"Kansli och administration", "Ej fördelade medel", "Region Västby"} & set(got)


def test_names_a_line_each_under_a_web_pages_title_and_names_before_a_colon_and_a_count():
    got = _names("Förbundet Åby\nStart › Om förbundet\nVåra insatser just nu\n"
                 "Arbetsinriktat stöd Bro–Lida (ASBL)\nUnga Framåt Åby\nLäs mer om insatserna.\n"
                 "Kansliet, Storgatan 3, Åby\n")
    assert got[:2] == ["Arbetsinriktat stöd Bro–Lida", "Unga Framåt Åby"]
    got = _names("Lägesrapport\n\nInsatserna\n\nVägen framåt (stöd för personer med bistånd): 38 "
                 "inskrivna just nu.\n\nUng Framtid Åby: 24 inskrivna. Inflödet har varit "
                 "lågt.\n\nIPS Åby: 19 deltagare, 7 har fått anställning.\n\nÖvrigt\n\n"
                 "Ekonomi: budgeten håller.\n")
    assert got == ["Vägen framåt", "Ung Framtid Åby", "IPS Åby"]


def test_minutes_case_numbers_a_names_gloss_and_an_application_are_no_part_of_names():
    got = _names("PROTOKOLL\n\n§ 59  Avslut av insatsen Lyktan\nDnr 2031/0007\n\n"
                 "Lyktan har erbjudit stöd sedan 2029.\n\n§ 60  Ansökan om medel – ”BroIn”\n"
                 "Åby kommun har ansökt om medel till projektet ”BroIn”. Namnet står för "
                 "Bro och Integration.\n\natt bevilja 540 000 kr för BroIn avseende perioden "
                 "2031-08-01–2031-12-31, samt\natt ställa sig bakom en ESF-ansökan.\n")
    assert "Lyktan" in got and "BroIn" in got
    assert not [n for n in got if "Dnr" in n or n.startswith("Namnet") or "avseende" in n
                or n == "ESF-ansökan"]


def test_no_names_from_an_age_table_a_trade_term_or_a_forms_cover():
    got = _names("Verksamhetsberättelse 2031\n\nInsatser\n\nInsats          Kvinnor   Män   Totalt\n"
                 "Gröna Steget         20     14       34\nBryggan              11      9       20\n\n"
                 "Deltagare per ålder\n\n16–19 år        14\n20–29 år        40\n"
                 "50 år och äldre  5\n\nAktiviteter\n\n- Utbildning i samordnad individuell plan "
                 "(SIP) för handläggare. Genomförd.\n")
    assert set(got) == {"Gröna Steget", "Bryggan"}
    got = _names("SLUTRAPPORT\n\nFJÄLLVÄGEN\nArbetsträning i samverkan i Åby\n\nÅby, januari 2032\n\n"
                 "PROJEKTFAKTA\n\nProjektnamn:        Fjällvägen\nProjektägare:       Åby kommun\n"
                 "Projektperiod:      2030–2031\nMålgrupp:           unga vuxna\n")
    assert got == ["Fjällvägen"]


def test_a_title_naming_two_efforts_of_one_kind():
    got = _names("Verksamhetsberättelse 2031\n\nUnder året har förbundet finansierat två "
                 "insatser och flera aktiviteter för parternas medarbetare.\n\nInsatser 2031\n\n"
                 "Steget (Åby)\nSamverkansteam för personer med sjukpenning som behöver stöd från "
                 "flera myndigheter. 112 deltagare.\n\nMötesplats Åby och Mötesplats Bro\n"
                 "Lågtröskelverksamhet för personer som står långt från arbetsmarknaden och som "
                 "behöver bryta isolering. 58 deltagare.\n")
    assert {"Mötesplats Åby", "Mötesplats Bro"} <= set(got)


def test_no_names_from_a_project_papers_own_sections_times_and_reference_numbers():
    got = _names("LÄGESRAPPORT\n\nLägesrapport 4 – Stegkraft Åby\nProjektägare: Samordningsförbundet "
                 "Åby\nProjektperiod: 2031-03-01 – 2034-02-28\nProjektledare: Ida Holm\n\n"
                 "Journalnummer 2031-3050123\nProjektägare: Åby kommun\nProjekttid: 2031–2034\n\n"
                 "1. Sammanfattning\n\nHösten 2032 var projektets mest intensiva period. "
                 "Arbetssättet är förankrat i ordinarie verksamhet.\n\nIndikatorer\n\n"
                 "Projektet redovisar de indikatorer som ESF-rådet efterfrågar.\n\n"
                 "Förändringar och risker\n\nProjektet har inte ändrat budgeten.\n")
    assert got == ["Stegkraft Åby"]


def test_the_rows_after_a_tables_income_sum_are_costs_that_may_name_efforts():
    got = _names("Verksamhetsplan 2031\n\nBudget 2031\n\n"
                 "Belopp i tkr                    Budget 2031    Ram 2032\n"
                 "Medlemsbidrag                        26 000      26 000\n"
                 "Summa intäkter                       26 000      26 000\n\n"
                 "Jobbvägen Rosengård                   4 200       4 300\n"
                 "IPS Åby                               2 100           0\n"
                 "Kansli och styrelse                   6 000       6 100\n"
                 "Summa kostnader                      12 300      10 400\n")
    assert {"Jobbvägen Rosengård", "IPS Åby"} <= set(got)
    assert "Kansli och styrelse" not in got and "Medlemsbidrag" not in got


def test_a_decisions_grant_names_its_effort_and_a_method_spelt_out_is_none():
    got = _names("Protokoll\n\n§ 5 Ansökningar\n\nStyrelsen beslutade\n\n"
                 "att bevilja Framtidsvägen 450 000 kr för 2032,\n"
                 "att bevilja Lots för unga i Kalix 380 000 kr för perioden 2032-01-01–2032-12-31.\n\n"
                 "§ 6 Rapporter\n\nSteget arbetar enligt Individuell Placering och Stöd (IPS) och har "
                 "två arbetsspecialister.\n")
    assert {"Framtidsvägen", "Lots för unga i Kalix"} <= set(got)
    assert "Individuell Placering och Stöd" not in got


def test_names_in_capitals_that_the_prose_uses_as_names():
    got = _names("SLUTRAPPORT\n\nLEDSTÅNGEN\n– en väg till arbete\n\n"
                 "LEDSTÅNGEN har under två år erbjudit stöd till personer med försörjningsstöd. "
                 "Erfarenheterna från NORDSTJÄRNAN ska tas tillvara, och NORDSTJÄRNAN fortsätter "
                 "som ordinarie verksamhet.\n\n"
                 "KOSTNADER                          kronor\nTOTALT\t\t1 200 000\n\n"
                 "Detta är viktigt, VILKET på sikt leder till minskat behov av försörjningsstöd.\n"
                 "Deltagarna fick stöd av SAMORDNINGSFÖRBUNDET i länet och av kommunen. "
                 "Vi tackar SAMORDNINGSFÖRBUNDET för ett gott samarbete under året.\n")
    assert {"LEDSTÅNGEN", "NORDSTJÄRNAN"} <= set(got)
    assert not {"KOSTNADER", "TOTALT", "VILKET", "SAMORDNINGSFÖRBUNDET"} & set(got)


def test_efforts_titled_over_their_descriptions_a_house_named_for_activity_among_them():
    got = _names("Årsredovisning 2031\n\n3.2 Finansierade insatser\n\n"
                 "Aktivitetshuset i Norrby\nDaglig verksamhet i arbetsträningsform för personer "
                 "med psykisk ohälsa. 54 deltagare.\n\n"
                 "Samverkansteam Västby\nGemensamt team för två kommuner. Startade i april. "
                 "38 deltagare.\n\n"
                 "Kostnader per insats 2031 (kronor)\nAktivitetshuset i Norrby      980 000\n"
                 "Samverkansteam Västby         720 400\n\n"
                 "Eget kapital\nDet egna kapitalet uppgick vid årets slut till 1 200 000 kronor.\n")
    assert {"Aktivitetshuset i Norrby", "Samverkansteam Västby"} <= set(got)
    assert "Eget kapital" not in got


def test_cards_with_owner_grant_and_participant_fields_quoted_or_tagged_by_their_fund():
    got = _names("Verksamhetsberättelse 2031\n\n4. Insatser under 2031\n\n"
                 "\"Mötesplats Norrby\"\nÄgare: Västby kommun, Socialförvaltningen\n"
                 "Period: 2030-09-01 – 2032-08-31\nBeviljat 2031: 650 000 kr\nDeltagare 2031: 61\n"
                 "En öppen verksamhet med samhällsinformation.\n\n"
                 "Kustvägen (ESF)\nProjektägare: Östby kommun\nPeriod: 2031-05-01 – 2034-04-30\n"
                 "Förbundets medfinansiering 2031: 300 000 kr\nEtt projekt för unga.\n\n"
                 "Bergslagen Framåt (ESF+)\nÄgare: Region Västby\nBeviljat 2031: 120 000 kr\n\n"
                 "Förbundet stödjer Arvsfondsprojektet UNG I NORR som drivs av en förening. "
                 "Styrelsen beslutade att söka ESF-medel för 2032.\n")
    assert {"Mötesplats Norrby", "Kustvägen", "Bergslagen Framåt", "UNG I NORR"} <= set(got)
    assert "ESF-medel" not in got


def test_a_grant_names_its_effort_after_the_amount_and_a_method_is_none():
    got = _names("Protokoll\n\n§ 88 Information: forskning om IPS-metoden\n\n"
                 "§ 89 Ansökningar\n\nStyrelsen beslutar\n"
                 "att bevilja Norrby kommun 1 240 000 kronor för Steg för steg Norrby under 2032,\n"
                 "att bevilja Västby kommun 175 000 kronor för förstudie Kompassen Västby, med "
                 "villkoret att förstudien slutredovisas,\n"
                 "att bevilja 620 000 kronor till Aktiv vardag i Östby för perioden "
                 "2032-10-01 – 2033-09-30.\n")
    assert {"Steg för steg Norrby", "Kompassen Västby", "Aktiv vardag i Östby"} <= set(got)
    assert "IPS-metoden" not in got


def test_a_name_with_its_role_after_it_reads_as_a_person_not_a_project():
    from samverkan.extract.projects import _person_like

    assert _person_like("Jan-Erik Sjöö utredare")
    assert _person_like("Elin Jakobsson Hedin fil.mag., forskningsassistent")
    assert not _person_like("Steg för steg Norrby")
    assert not _person_like("Vägen framåt")


def test_a_projects_name_without_its_kind_notes_figures_and_place():
    got = _names("Årsredovisning 2031\n\nInsatser 2031\n\n"
                 "Jobbvägen, Norrköping\nÄgare: Norrköpings kommun\nDeltagare 2031: 40\n"
                 "Beviljat 2031: 500 000 kr\n\n"
                 "Kraftkällan (avslutad 30/6)\nÄgare: Västby kommun\nDeltagare 2031: 12\n"
                 "Beviljat 2031: 200 000 kr\n\n"
                 "Förbundet medfinansierar ESF-projektet Ung Framtid Norrby (UFN) med 400 000 kr.\n\n"
                 "Kostnader per insats 2031\nKansli                         1 600 000\n"
                 "Ränteintäkter                     12 000\n")
    assert {"Jobbvägen", "Kraftkällan", "Ung Framtid Norrby"} <= set(got)
    assert not {"Jobbvägen, Norrköping", "Kraftkällan (avslutad 30/6)",
                "ESF-projektet Ung Framtid Norrby", "Kansli", "Ränteintäkter"} & set(got)


def test_a_reports_title_names_its_effort_after_the_type_word():
    names = _names("# Slutrapport VÅGA\n\n## Vägledning, Arbete, Gemenskap – en insats i Norrvik "
                   "2031–2033\n\n> Rapporten är exporterad från projektets arbetsdokument.\n\n"
                   "Projektägare: Norrviks kommun\nPeriod: 2031-01-01 – 2033-12-31\n"
                   "Budget: 3 100 000 kr\n\n## Bakgrund\n\nText om bakgrunden.\n")
    assert "VÅGA" in names and "Slutrapport VÅGA" not in names


def test_a_word_of_the_language_before_its_place_and_a_count_names_an_effort():
    names = _names("Anteckningar 2031\n\n2. Förbundets insatser – läget\n\n"
                   "Bryggan (Åby): 28 deltagare. Insatsen vänder sig till personer med psykisk "
                   "ohälsa.\n\nSteget (Tuna): Margareta berättade om läget.\n\n3. Övrigt\n\nText.\n")
    assert "Bryggan" in names and "Steget" not in names


def test_names_a_line_each_under_a_lead_each_over_a_line_that_says_what_it_is():
    names = _names("Verksamhetsplan 2031\n\nInsatser\n"
                   "Följande insatser finansieras helt eller delvis av förbundet under 2031:\n"
                   "IPS Norrby – Individual Placement and Support\n"
                   "Arbetsspecialister i samarbete med psykiatrin. Pågår sedan 2028.\n"
                   "Språkbron Norrby\n"
                   "Samverkansteam för unga 16–29 år. Projektperiod 2030-03-01–2032-12-31.\n"
                   "Jobbverkstan\nArbetsträning för utrikes födda, Norrby och Söderby.\n")
    assert {"IPS Norrby", "Språkbron Norrby", "Jobbverkstan"} <= set(names), names
