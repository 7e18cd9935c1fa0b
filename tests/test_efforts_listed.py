"""Efforts named in lists, subtitles, tables and passing sentences, and what is no effort's
name beside them (the förbund's own name, a phone number, a logo's placeholder). Every name
here is made up."""
from __future__ import annotations

from samverkan.extract import extract_document

from .texts import document


def _names(text: str, doc_type: str | None = None) -> list[str]:
    return [p.name for p in extract_document(document(text, doc_type)).projects]


def test_lines_of_a_name_a_place_in_brackets_and_what_it_is_under_a_lead():
    got = _names("Verksamhetsberättelse 2031 Samordningsförbundet Västby\n\n"
                 "Enkäten gick ut till deltagarna i tre insatser:\n\n"
                 "Ankaret (Västby) – arbetsträning för vuxna med ohälsa\n"
                 "Lyran (Östby, Norrby) – stöd till unga som varken arbetar eller studerar\n"
                 "Bryggan Syd (tre vårdcentraler) – 41 deltagare\n\n"
                 "Svarsfrekvensen blev 64 procent.\n")
    assert {"Ankaret", "Lyran", "Bryggan Syd"} <= set(got)


def test_a_title_over_a_dash_that_says_what_kind_of_effort_it_is():
    got = _names("SLUTRAPPORT\n\nVägen hem\n– en samverkansinsats för personer med långvarigt "
                 "ekonomiskt bistånd\n\nProjektperiod: 2031-01-01 – 2032-12-31\n", "slutrapport")
    assert "Vägen hem" in got
    assert "Ankaret" in _names("Ankaret – ett projekt för unga vuxna i Västby.\n\nÖvrigt.\n")


def test_a_compound_kind_after_a_or_an_describes_the_name_before_it():
    got = _names("Om projektet\n\nNästa Steg Västby är ett samverkansprojekt mellan kommunen "
                 "och regionen. Målet är att fler ska få arbete.\n")
    assert "Nästa Steg Västby" in got
    # a compound in other words is no kind: the name after "grunden för" is no subject
    assert "Erfarenheterna" not in _names("Historik\n\nErfarenheterna blev grunden för "
                                          "Arbetslaget i Västby. Det startade 2031.\n")


def test_the_name_after_the_förbund_is_the_förbunds_not_a_project():
    got = _names("Verksamhetsplan 2032\n\nSamordningsförbundet Östra Västby Norrby (ÖVN) "
                 "bildades 2028. Förbundet finansierar Lyran och Ankaret.\n")
    assert "Östra Västby Norrby" not in got and "ÖVN" not in got
    assert {"Lyran", "Ankaret"} <= set(got)


def test_what_an_effort_is_after_a_dash_is_no_part_of_its_name():
    got = _names("Verksamhetsplan 2032 Samordningsförbundet Västby\n\nInsatser 2032\n\n"
                 "Lyran – arbetsträning i Östby\nLyran erbjuder arbetsträning för 20 personer.\n\n"
                 "Ankaret – aktivitetscenter\nAnkaret har i dag 14 deltagare.\n")
    assert "Lyran – arbetsträning i Östby" not in got and "Lyran" in got
    assert "Ankaret" in got


def test_a_contact_or_a_logo_placeholder_under_a_staff_heading_is_no_name():
    got = _names("Lyran Västby\n\nOm projektet\n\nLyran Västby är ett ESF-projekt.\n\n"
                 "MÖT OSS SOM ARBETAR I PROJEKTET\n\nKarin Ek\nProjektledare\n"
                 "Samordningsförbundet Västby\nTel. 0123-45 67 89\nkarin.ek@lyran.se\n"
                 "\"Jag tycker om att arbeta här.\"\n\nDokument\n\n"
                 "Projektbeskrivning (pdf, 412 kB)\n\n"
                 "Medfinansieras av Europeiska unionen [logotyp]\n\n"
                 "Senast uppdaterad: 2032-03-12\n")
    assert "Lyran Västby" in got
    assert not any("@" in n or "Tel" in n or "[" in n for n in got)


def test_a_table_of_efforts_with_the_förbund_that_ran_them_and_their_fate():
    got = _names("Tabell 2. Insatser 2028 och vad som blev av dem\n\n"
                 "Förbund 2028   Insats 2028             Status 2032\n"
                 "SVN            Lyran Västby            Fortsätter som Lyran Län\n"
                 "SVN            Ankaret (ESF)           Avslutad 2030-06-30\n"
                 "SÖN            Bryggan Öst             Avslutad 2029-12-31\n")
    assert {"Lyran Västby", "Ankaret", "Bryggan Öst"} <= set(got)


def test_a_table_of_efforts_with_the_year_each_began():
    got = _names("Insatser som förs över\n\n"
                 "Insats                     Sedan   Beslut\n"
                 "Lyran Västby               2027    Förs över.\n"
                 "Ankaret                    2029    Avslutas 2031-12-31.\n")
    assert {"Lyran Västby", "Ankaret"} <= set(got)


def test_efforts_listed_after_a_label_of_their_kind():
    got = _names("Verksamhetsberättelse 2032\n\nIndividinsatser 2032: Lyran Västby, Ankaret "
                 "(samordnat stöd vid långvarig sjukskrivning), Bryggan Öst.\n")
    assert {"Lyran Västby", "Ankaret", "Bryggan Öst"} <= set(got)


def test_an_effort_started_or_taken_part_in_is_named_after_the_verb():
    got = _names("Historik\n\n2029 startar förbundet Språk och arbete tillsammans med Östby "
                 "kommun. I december har 27 personer deltagit i Nya Vägen.\n\n"
                 "Pågående insatser\nSpråk och arbete (Östby) – 41 deltagare\n"
                 "Nya Vägen (Västby) – 27 deltagare\n")
    assert {"Språk och arbete", "Nya Vägen"} <= set(got)
    assert "Språk" not in got  # read short after "startar", in full in the list


def test_a_compound_kind_of_satsning_before_a_name_in_quotes():
    got = _names("Ekonomi\n\nBåda förbunden finansierar kompetenssatsningen "
                 "\"Lärande Västby\", som fortsätter 2032.\n")
    assert "Lärande Västby" in got


def test_a_label_wrapped_under_its_name_keeps_its_acronym_apart():
    got = [(p.name, p.acronym) for p in extract_document(document(
        "Handlingsplan 2031\n\n2.2 Minst 20 personer ska ha deltagit i Arbetsträning i "
        "samverkan (ATS).\n")).projects]
    assert ("Arbetsträning i samverkan", "ATS") in got
    assert not any("(" in name for name, _ in got)


def test_an_effort_named_after_its_kind_and_a_method_that_names_none():
    ex = extract_document(document(
        "Projektplan 2032\n\nInsatsen samordnar sig med förbundets utbildningsinsats "
        "Kunskapsbron, som riktar sig till handläggare.\n\nAktiviteter\n\n"
        "Utbildningsdag: Motiverande samtal (MI) – grundkurs (oktober)\n"))
    names = {p.name for p in ex.projects}
    assert "Kunskapsbron" in names and "Motiverande samtal" not in names


def test_a_meeting_a_network_and_a_phrase_about_something_else_are_no_efforts():
    got = _names("Verksamhetsberättelse 2032\n\nFörbundschefen har deltagit i Nationella rådets "
                 "konferens och i Nätverket för samordningsförbund i länet. Lyran deltog i "
                 "Almedalsveckan. Förbundet har under året deltagit i Nya Vägen.\n")
    assert "Nya Vägen" in got
    assert not {"Nationella rådets", "Nätverket", "Almedalsveckan"} & set(got)


def test_entries_of_a_contents_page_under_one_over_the_funded_efforts():
    got = _names("Årsredovisning 2031\nSamordningsförbundet Västby\n\n"
                 "Innehåll\n"
                 "1 Förvaltningsberättelse ............................ 3\n"
                 "1.1 2031 i sammandrag ............................... 3\n"
                 "1.2 Insatser finansierade av förbundet .............. 4\n"
                 "LYS ................................................. 4\n"
                 "Trampolinen Norr .................................... 5\n"
                 "KUL = Kompetens Utveckling Lärande .................. 6\n"
                 "1.3 Samverkan med parterna .......................... 8\n"
                 "Metodstöd ........................................... 8\n"
                 "2 Ekonomi ........................................... 9\n\n"
                 "Förbundet hade under året fyra anställda.\n")
    assert {"LYS", "Trampolinen Norr", "Kompetens Utveckling Lärande"} <= set(got)
    assert "Metodstöd" not in got and "Samverkan med parterna" not in got
    assert "KUL = Kompetens Utveckling Lärande" not in got


def test_efforts_counted_then_named_in_apposition():
    got = _names("Protokoll 2031-03-02\n\nUnder året pågick sex projekt. De två projekt som "
                 "utvärderats, Lotsen och Gröna Steget, visar goda resultat. Tre insatser, "
                 "Kvarnen, Bryggan Norr och Ankaret, avslutades i december.\n")
    assert {"Lotsen", "Gröna Steget", "Kvarnen", "Bryggan Norr", "Ankaret"} <= set(got)


def test_a_count_that_does_not_match_the_names_or_a_clause_names_nothing():
    got = _names("Verksamhetsberättelse 2031\n\nFörbundet drev tre insatser, Lotsen och "
                 "Bryggan, under året. Två projekt, Kvarnen som startade i maj och Ankaret, "
                 "fick fortsatt finansiering.\n")
    assert "Kvarnen som startade i maj" not in got and "Lotsen" not in got


def test_an_acronym_in_apposition_to_the_förbunds_name_is_the_förbunds():
    got = _names("Verksamhetsberättelse 2031\n\nFör att möta behoven har Samordningsförbundet "
                 "Norra Åby, SANÅ, valt modellen med plattformar. Kommunen sökte medlemskap i "
                 "SANÅ under året. LYKTAN startade i mars och LYKTAN hade 30 deltagare.\n")
    assert "SANÅ" not in got and "LYKTAN" in got


def test_a_cards_title_is_the_one_nearest_its_fields_not_a_menu_or_a_box_label():
    got = _names("Logotyp\n\nStäng\n\nMer information och anmälan.\n\nBryggan Väst\n\nFakta\n"
                 "Projektperiod: 2031-01-01–2032-12-31\nProjektägare: Åby kommun\n"
                 "Målgrupp: Unga 18–29 år.\nKontaktperson: Eva Ström\n\nOm projektet\n\n"
                 "Bryggan Väst ska stödja unga.\n")
    assert "Bryggan Väst" in got
    assert not {"Stäng", "Logotyp", "Fakta"} & set(got)


def test_a_listed_part_that_names_an_effort_after_its_kind_keeps_only_the_name():
    got = _names("Årshjul 2031\n\nJUNI\nInsatser: Halvtidsavstämning med insatsen Fyrbåken.\n")
    assert "Fyrbåken" in got and not any(n.startswith("Halvtidsavstämning") for n in got)


def test_names_opening_paragraphs_before_their_owners():
    got = _names("Verksamhetsberättelse 2031\n\nInsatser 2031\n\n"
                 "Trappan (Försäkringskassan och primärvården). Gruppbaserad rehabilitering för "
                 "sjukskrivna. 69 deltagare.\n\n"
                 "Vägvisaren (Åby kommun och Arbetsförmedlingen). Coachning för unga vuxna. "
                 "59 deltagare.\n\n"
                 "Ekonomi\n\nKostnaderna blev lägre än budget.\n")
    assert {"Trappan", "Vägvisaren"} <= set(got)


def test_a_web_pages_cards_with_read_more_links_and_a_fact_boxs_label():
    got = _names("Verksamhetsplan 2031\n\nInsatser 2031\n"
                 "Lyktan Östby\nLyktan ger sjukskrivna samordnat stöd.\nLäs mer om Lyktan »\n"
                 "Kraftverket Norr–Söder\nEn insats för unga.\nLäs mer om Kraftverket »\n\n"
                 "Årsredovisning\n\nAnkaret\nAnkaret är en arbetsträning i Åby.\n\n"
                 "FAKTA | Ankaret\nMålgrupp: Personer 20–64 år\nDeltagare 2031: 74\n"
                 "Insatsägare: Åby kommun\n")
    assert {"Lyktan Östby", "Kraftverket Norr–Söder", "Ankaret"} <= set(got)
    assert not any(n.startswith("FAKTA") for n in got)


def test_a_forms_name_field_with_a_description_after_a_dash_and_its_shouted_titles():
    got = _names("Samordningsförbundet Åby\nANSÖKAN OM FINANSIERING AV INSATS\nBlankett 2, "
                 "reviderad 2030-09\n\nInstruktion för blanketten.\n\n2. INSATSEN\n"
                 "Insatsens namn:\tTrappan – samordnad arbetsträning i Åby och Bro\n"
                 "Period:\t2031-01-01 – 2031-12-31\n\n"
                 "Styrelsen beslutade att bevilja Bro kommun medel för insatsen Stegen enligt "
                 "ansökan. Om insatsen Bryggan når sina mål sjunker kostnaderna.\n")
    assert {"Trappan", "Stegen", "Bryggan"} <= set(got)
    assert not any(n.startswith(("Blankett", "Insatsens namn", "samordnad")) or "enligt" in n
                   or "når" in n for n in got)


def test_review_a_cards_subtitle_a_contents_title_opening_with_a_digit_and_a_generic_link():
    got = _names("Insatskatalog 2031\n\nBryggan Väst\n\nKort beskrivning\nBryggan stödjer unga.\n"
                 "Projektperiod: 2031-01-01–2031-12-31\nMålgrupp: Unga 18–29 år\n"
                 "Projektägare: Åby kommun\n\nKurser\nUtbildning i motiverande samtal\n"
                 "Läs mer om Utbildning »\n\n"
                 "Innehåll\n1 Förvaltningsberättelse ........ 3\n1.2 Finansierade insatser ........ 4\n"
                 "3D-verkstan ........ 5\nLotsen Åby ........ 6\n2 Ekonomi ........ 8\n\nText.\n")
    assert {"Bryggan Väst", "3D-verkstan", "Lotsen Åby"} <= set(got)
    assert "Utbildning i motiverande samtal" not in got and "D-verkstan" not in got


def test_as_many_lines_as_a_wrapped_lead_counts_after_its_colon():
    got = _names("Rapport om samverkan, hösten 2031\n\nBakgrund\n"
                 "Under åren 2027-2031 har förbundet finansierat två olika projekt vars mål har\n"
                 "varit stöd till personer med lång sjukskrivning, dels via vårdcentralerna:\n\n"
                 "Team Norrvik (2027-2029)\n"
                 "Team Ängsbacken (vårdcentralen och psykiatrin)\n"
                 "Båda projekten ägs av regionen och följs av en styrgrupp.\n\n"
                 "Förbundet har också stött fyra olika insatser av annat slag:\n"
                 "Sommarjobb för unga\n"
                 "Det fjärde namnet saknas här.\n")
    assert {"Team Norrvik", "Team Ängsbacken"} <= set(got)
    # (a count the lines do not fill is no list of names)
    assert "Sommarjobb för unga" not in got


def test_a_flattened_contents_whose_entries_say_they_are_projects_after_a_comma():
    got = _names("ÅRSREDOVISNING januari december 2031 Samordningsförbundet Västby\n"
                 "Innehållsförteckning Sida 1 Förbundet 3 2 Organisation 3 3 Styrelse 4 "
                 "4 Finansierade aktiviteter 5 4.1 BRON, projekt 5 4.2 Stegvis, projekt 6 "
                 "4.3 Ankaret, samordningsprojekt 7 4.4 Vem söker stöd? Kartläggning 8 "
                 "5 Resultat 9 5.1 Samverkan 9 6 Ekonomi 10 6.1 Resultaträkning 10\n\n"
                 "1 Förbundet\nFörbundet bildades 2021.\n")
    assert {"BRON", "Stegvis", "Ankaret"} <= set(got)
    assert not {"ÅRSREDOVISNING", "Vem söker stöd? Kartläggning"} & set(got)


def test_the_name_an_effort_goes_by_after_kallas_or_heter():
    got = _names("Rapport 2031\n\nStudien gäller en verksamhet för unga vuxna i Västby. "
                 "Verksamheten kallas Vägen till jobb och startade som ett försök 2028. "
                 "Insatsen heter Lotsen och drivs av kommunen. Från hösten finns teamen kvar under "
                 "namnet Samverkansteam Älvdalen, finansierade av förbundet.\n")
    assert {"Vägen till jobb", "Lotsen", "Samverkansteam Älvdalen"} <= set(got)
    # (what an apposition calls an event is none: "Åbydagen, en inspirationsdag")
    got = _names("Verksamhetsberättelse 2031\n\nFörbundet har också medfinansierat Åbydagen, "
                 "en inspirationsdag för chefer. Förbundet finansierar också Stöd i vardagen.\n")
    assert "Åbydagen" not in got and "Stöd i vardagen" in got


def test_the_efforts_a_sentence_says_its_efforts_are():
    got = _names("Årsredovisning 2031\n\nNystartade insatser\n\nÖvriga nystartade insatser är "
                 "Steget Vidare och Bryggan. Steget Vidare har två resurspersoner. "
                 "Deltagarna i insatserna är nöjda.\n")
    assert {"Steget Vidare", "Bryggan"} <= set(got)


def test_names_with_a_bang_a_caption_over_costs_per_effort_and_sections_per_kommun():
    text = ("Verksamhetsberättelse 2031\n\n4. Insatser under 2031\n\n4.1 Ludvika\n"
            "I Ludvika har förbundet sedan 2029 finansierat Ett litet steg! som drivs av kommunen.\n\n"
            "4.2 Smedjebacken\nI Smedjebacken pågår Framåt tillsammans med Arbetsförmedlingen. "
            "Även Hoppa på! har haft tolv deltagare, och Förstudie Lyktan är klar.\n\n"
            "5. Ekonomi\n\nKostnader per insats 2031 (kronor)\n"
            "                                     Budget        Utfall\n"
            "Ett litet steg!                      300 000       280 000\n"
            "Hoppa på!                            200 000       190 000\n"
            "Förstudie Lyktan                     100 000        90 000\n"
            "Lärtillfällen                         20 000        18 000\n"
            "Summa kostnader                      620 000       578 000\n")
    got = set(_names(text))
    assert {"Ett litet steg!", "Hoppa på!", "Förstudie Lyktan"} <= got
    assert not {"Ludvika", "Smedjebacken", "Lärtillfällen"} & got


def test_efforts_a_sentence_of_costs_lists_by_their_amounts_not_whose_money_it_was():
    got = _names("Ekonomi\n\nKostnaderna för insatserna uppgick till 5 300 000 kronor, varav "
                 "Ankarfästet 2 100 000 kronor, Lyran i Östby 1 900 000 kronor och "
                 "medfinansieringen av ett ESF-projekt 1 300 000 kronor. Kostnaderna för kansliet "
                 "blev 900 000 kronor. Av dessa gick 400 000 kronor till Brobygget.\n\n"
                 "Intäkterna var 6 000 000 kronor, varav Försäkringskassan 3 000 000 kronor och "
                 "Västby kommun 1 500 000 kronor.\n")
    assert {"Ankarfästet", "Lyran i Östby", "Brobygget"} <= set(got)
    assert not {"Försäkringskassan", "Västby kommun"} & set(got)


def test_a_quoted_name_whose_sentence_says_later_what_it_does_and_a_working_name():
    got = _names("Nyhetsbrev 2031\n\n\"Steget ut\" har funnits i Norrby sedan 2029 och drivs "
                 "av kommunen.\n\nLSG planerar en förstudie med arbetsnamnet \"Unga i Östby\" "
                 "under hösten.\n")
    assert {"Steget ut", "Unga i Östby"} <= set(got)


def test_rows_of_a_table_of_funds_for_the_kind_of_efforts_named_over_it():
    names = _names("Budget 2031\n\nFördelning av insatsmedel 2031\n\n"
                   "Individinriktade insatser                                  tkr\n"
                   "Ung framtid – stöd till unga vuxna 18–29 år               2 400\n"
                   "Språkbron                                                 1 500\n"
                   "Må Bra – hälsofrämjande gruppverksamhet                     800\n"
                   "Summa individinriktade insatser                           4 700\n", "beslutsforslag")
    assert {"Ung framtid", "Språkbron", "Må Bra"} <= set(names), names


def test_entries_under_a_bare_title_that_count_their_participants_after_what_they_are():
    got = {p.name: p.acronym for p in extract_document(document(
        "Delårsrapport januari–augusti 2031\n\n2.1 Insatser\n"
        "Vägen tillbaka (Norrby, Åby): rehabilitering för långtidssjukskrivna. 98 deltagare.\n"
        "UVN – Unga vuxna i Norrby: coachning och praktik för unga vuxna 18–25 år. 77 deltagare.\n"
        "Samverkansteam Åby (Åby, Berg och Tuna): samlokaliserat team för personer med "
        "långvarigt försörjningsstöd och ohälsa, med start 2031-03-15. 29 deltagare.\n\n"
        "Totalt har 204 personer deltagit i förbundets insatser.\n\n3 Mål\n\n"
        "Mål 2031: Minst 220 personer ska delta i förbundets insatser\n"
        "Bedömning: Uppnås. 231 deltagare per 31 augusti.\n", "delarsrapport")).projects}
    assert got.get("Vägen tillbaka") == "" and got.get("Unga vuxna i Norrby") == "UVN", got
    assert "Bedömning" not in got


def test_a_flattened_contents_line_whose_page_numbers_a_converter_lost():
    names = _names("Verksamhetsberättelse 2031\n\n12 Innehållsförteckning 1. Inledning sid "
                   "Organisation sid Styrelse sid Revision sid 2. Övergripande mål sid "
                   "Sammanfattning sid 3. Projekten sid Steget Vidare sid Utfall verksamheten sid "
                   "Utfall ekonomin sid Lyftet Norrby sid Utfall verksamheten sid Utfall ekonomin "
                   "sid Avanti sid Utfall verksamheten sid Utfall ekonomin sid Resultaträkning sid "
                   "Balansräkning sid.25 Bilaga sid.27\n\nText.\n", "verksamhetsberattelse")
    assert {"Steget Vidare", "Lyftet Norrby", "Avanti"} <= set(names), names
    assert not any(n.startswith(("Utfall", "Resultat", "Organisation")) for n in names), names
