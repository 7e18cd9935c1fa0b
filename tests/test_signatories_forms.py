"""Signatures in the forms reports take: initials, titles before names, unlisted first
names, party letters, member tables, members named in a sentence, a flattened block; and
attendance lists that are not signatures. Every name here is made up."""
from __future__ import annotations

from samverkan.extract import extract_document
from samverkan.ingest.metadata import add_metadata
from samverkan.records import Document, Page


def _sigs(text: str) -> dict[str, tuple[str, str]]:
    doc = Document(doc_id="t", source_path="t.txt", format="txt", text=text,
                   pages=[Page(1, 0, len(text))])
    add_metadata(doc)
    return {s.name: (s.title, s.organisation) for s in extract_document(doc).signatories}


def test_initials_titles_before_names_and_long_lines():
    got = _sigs("Verksamhetsberättelse 2031 LSG Norrby\n\nGodkänd av LSG 2032-02-01\n\n"
                "P-O Ekvall, socialchef, Norrby kommun\n"
                "T. Ragnarsdotter, sektionschef, Arbetsförmedlingen Norrby\n"
                "Enhetschef Vilma Stensson-Brå\n"
                "Katarina Lövgren Dahl, hälso- och sjukvårdsdirektör, Region Västerby, "
                "Område Psykiatri Norrby\n")
    assert got["P-O Ekvall"] == ("socialchef", "Norrby kommun")
    assert got["T. Ragnarsdotter"][1] == "Arbetsförmedlingen Norrby"
    assert got["Vilma Stensson-Brå"][0] == "Enhetschef"
    assert "Katarina Lövgren Dahl" in got


def test_first_names_the_lexicon_lacks_and_party_letters():
    got = _sigs("Årsredovisning 2031 Samordningsförbundet Västby\n\nUNDERSKRIFTER\n\n"
                "Västby den 3 mars 2032\n\n"
                "Ilse Mörk (S)                Kjell Bro (M)\n"
                "Ordförande                   Vice ordförande\n\n"
                "Zoltán Farkasdotter\nFörsäkringskassan\n\n"
                "För Västby kommun\nSocialförvaltningen\n")
    assert got["Ilse Mörk"][0] == "Ordförande" and got["Kjell Bro"][0] == "Vice ordförande"
    assert got["Zoltán Farkasdotter"][1] == "Försäkringskassan"
    assert not any(name.startswith("För ") for name in got)


def test_names_as_a_keyboard_without_the_swedish_letters_spells_them():
    got = _sigs("Verksamhetsberaettelse 2031 LSG Norrby\n\nGodkaend av LSG Norrby 2032-02-12\n\n"
                "Birgitta Lindqvist, ordfoerande LSG, Norrby kommun\n"
                "Goeran Sjoeberg, verksamhetschef, Vaardcentralen Norrby\n"
                "Haakan Oestlund, Arbetsfoermedlingen Norrby\n")
    assert {"Goeran Sjoeberg", "Haakan Oestlund"} <= set(got), got


def test_a_table_of_members():
    got = _sigs("Handlingsplan 2031 LSG Ekby\n\nLSG Ekby 2031\n\n"
                "Namn\tOrganisation\tUppdrag\n"
                "Sven Dalby\tEkby kommun, Socialtjänsten\tOrdförande\n"
                "Greta Ståhlberg\tFörsäkringskassan\t\n")
    assert got == {"Sven Dalby": ("Ordförande", "Ekby kommun, Socialtjänsten"),
                   "Greta Ståhlberg": ("", "Försäkringskassan")}


def test_members_named_in_a_sentence_and_a_single_mention_is_not():
    got = _sigs("Verksamhetsberättelse 2031 Samordningsförbundet Åby\n\n"
                "Styrelsen har under 2031 bestått av ordförande Pia Hallin, Åby kommun, vice "
                "ordförande Ola Grönvall, Region Åby, och ledamoten Nils Ekholm, "
                "Arbetsförmedlingen.\n\n"
                "Under hösten besökte ordförande Lena Ström, Byby kommun, förbundet. "
                "Ansvarig för planen är förbundschef Tea Nord.\n")
    assert set(got) == {"Pia Hallin", "Ola Grönvall", "Nils Ekholm", "Tea Nord"}
    assert got["Tea Nord"][0] == "Förbundschef"
    assert got["Ola Grönvall"] == ("Vice ordförande", "Region Åby")


def test_a_signature_block_flattened_into_one_line():
    got = _sigs("Verksamhetsberättelse 2031 LLG Byholm\n\nInför 2032 fortsätter arbetet. "
                "Byholm 2032-02-10 För LLG Byholm Karin Alvhed Byholms kommun Johan Rask "
                "Försäkringskassan Ebba Lind Arbetsförmedlingen LLG Byholm Verksamhetsberättelse "
                "2031 4\n")
    assert got["Karin Alvhed"][1] == "Byholms kommun"
    assert set(got) == {"Karin Alvhed", "Johan Rask", "Ebba Lind"}


def test_a_protocols_attendance_list_is_not_signatures():
    got = _sigs("Protokoll styrelsen 2031-05-02\n\n"
                "Beslutande             Maja Fors (S), ordförande, Ekby kommun\n"
                "                       Leo Brant, Försäkringskassan\n\n"
                "Närvarande:\nAnna Vall, enhetschef, Ekby kommun\nTove Ring, processledare\n\n"
                "Justeras:\n\nMaja Fors\nOrdförande\n")
    assert set(got) == {"Maja Fors"}


def test_senders_after_a_greeting_a_board_in_capitals_and_a_presenting_politician():
    got = _sigs("Missiv\n\nVi har granskat förbundets räkenskaper och bedömer dem rättvisande. "
                "Med vänlig hälsning Lena Forsberg Bo-Göran Nyqvist Petra Wiik Kopia: "
                "Förbundets styrelse\n\nFÖRSLAG TILL BESLUT Föredragande regionråd: Maria "
                "Holmgren ÄRENDET Förbundet har lämnat sin årsredovisning.\n\nFullmäktige "
                "beviljar ansvarsfrihet. KOMMUNSTYRELSEN Sven Ekdahl Kommunstyrelsens "
                "ordförande Anna Lindh-Berg Kommundirektör\n")
    assert {"Lena Forsberg", "Bo-Göran Nyqvist", "Petra Wiik"} <= set(got)
    assert got["Maria Holmgren"][0] == "Regionråd"
    assert got["Sven Ekdahl"][0] == "Kommunstyrelsens ordförande"
    assert got["Anna Lindh-Berg"][0] == "Kommundirektör"
    assert "Förbundets" not in " ".join(got)


def test_name_and_title_on_one_line_the_title_is_no_surname():
    got = _sigs("Förord\n\nJonas Öberg Ordförande\n\nÅret präglades av arbete med unga.\n")
    assert got == {"Jonas Öberg": ("Ordförande", "")}


def test_an_attendance_list_runs_on_over_groups_of_bare_names():
    got = _sigs("Protokoll 2031-03-04\n\nNärvarande\n\nBeslutande: Ersättare:\n\n"
                "Ingela Rask Dahl, ordförande\n\nAnette Bring Erling Moberg\n\nCecilia Holt\n\n"
                "Övriga deltagande: Raéd Saleh, Förbundschef Therése Lund, Sekreterare\n\n"
                "§ 1 Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n"
                "Sekreterare\n\nTherése Lund\n\nOrdförande\n\nIngela Rask Dahl\n")
    assert "Cecilia Holt" not in got and "Erling Moberg" not in got
    assert set(got) == {"Therése Lund", "Ingela Rask Dahl"}


def test_a_signature_block_set_as_a_table_without_a_header():
    text = ("Verksamhetsberättelse 2031\n\nUnderskrifter\n\nVästby den 26 februari 2032\n\n"
            "| | |\n|---|---|\n"
            "| Lena Holm-Åberg, ordförande, Västby kommun | Magnus Lind, vice ordförande, "
            "Region Västby |\n"
            "| Ahmed Yusuf Nur, Byholms kommun | Anna-Karin Svensson, Försäkringskassan |\n"
            "| Jürgen Hadžić, Region Västby | |\n")
    assert _sigs(text) == {"Lena Holm-Åberg": ("ordförande", "Västby kommun"),
                           "Magnus Lind": ("vice ordförande", "Region Västby"),
                           "Ahmed Yusuf Nur": ("", "Byholms kommun"),
                           "Anna-Karin Svensson": ("", "Försäkringskassan"),
                           "Jürgen Hadžić": ("", "Region Västby")}


def test_a_contact_field_on_every_card_names_the_cards_not_the_document():
    text = ("Insatskatalog 2031 Samordningsförbundet Västby\n\n"
            "Ankarfästet\nMålgrupp: unga vuxna\nKontaktperson: Tobias Ek, enhetschef\n\n"
            "Brovakten\nMålgrupp: sjukskrivna\nKontaktperson: Emelie Sand, samordnare\n\n"
            "Lyktan\nMålgrupp: nyanlända\nKontaktperson: Amina Warsame, projektledare\n\n"
            "Om förbundet\nKontaktperson: Johanna Lilja, förbundschef\n")
    assert set(_sigs(text)) == {"Johanna Lilja"}


def test_attendance_under_a_two_word_lead_and_a_middle_initial_side_by_side():
    text = ("Protokoll styrelsen Samordningsförbundet Västby 2031-03-13\n\n"
            "Närvarande ledamöter\nLena Holm (S), Åby kommun, ordförande\nPer Ek, Region Västby\n\n"
            "Närvarande ersättare\nUlf Grahn (M), Åby kommun\n\n§ 1 Mötets öppnande\n\n"
            "Ordföranden öppnade mötet.\n\nVid protokollet\n\n"
            "Stefan M. Öberg                               Eva Lindqvist\n"
            "Försäkringskassan                             Arbetsförmedlingen\n")
    got = _sigs(text)
    assert {"Stefan M. Öberg", "Eva Lindqvist"} <= set(got)
    assert not {"Per Ek", "Ulf Grahn"} & set(got)


def test_signatories_a_sentence_says_signed_or_wrote_the_document():
    text = ("Verksamhetsberättelse 2031\nSamordningsförbundet Västby\n\nÅret\n\n"
            "Berättelsen är skriven av mig, Karl-Erik Ståhl, förbundschef. Den godkändes av "
            "styrelsen och undertecknades samma dag av styrelsens ordförande Britt-Marie Lund "
            "(C), Åby kommun, och vice ordförande Jens Ek, Region Västby. För LSG Böda "
            "undertecknar Sara Öhrn Lind, enhetschef vid individ- och familjeomsorgen. "
            "Vi tackar Eva Berg för ett gott samarbete.\n\n/E. Lindqvist, ekonom\n")
    got = _sigs(text)
    assert got == {"Karl-Erik Ståhl": ("Förbundschef", "Samordningsförbundet Västby"),
                   "Britt-Marie Lund": ("Ordförande", "Åby kommun"),
                   "Jens Ek": ("Vice ordförande", "Region Västby"),
                   "Sara Öhrn Lind": ("Enhetschef vid individ- och familjeomsorgen",
                                      "Samordningsförbundet Västby"),
                   "E. Lindqvist": ("ekonom", "")}


def test_an_attendance_list_with_names_on_its_labels_line_and_a_role_wrapped_to_a_line():
    got = _sigs("Protokoll 2031-05-02\nSamordningsförbundet Västby\n"
                "Beslutande Eva Ek (S), ordförande Åby kommun\n"
                "Jonas Berg (M) Böda kommun\n"
                "Ersättare Ali Hassan (S) Åby kommun\n"
                "Övriga deltagande Lena Holm, förbundschef\n"
                "Utses att justera Jonas Berg\n"
                "Sekreterare\nLena Holm\n\n"
                "Styrelsen har haft sju möten. Ordförande har varit Eva Ek, och vice\n"
                "ordförande Tor Nilsson (C), Region Västby.\n\n"
                "Narvarande:\nKarin Sjo     Forsakringskassan\n")
    assert set(got) == {"Lena Holm"}


def test_the_members_of_the_group_that_adopted_the_plan_named_in_a_sentence():
    got = _sigs("Handlingsplan 2031 LSG Åby\n\nVilka vi är\n\nHandlingsplanen är antagen av "
                 "LSG Åby, som under 2031 består av\nJan-Erik Hult, enhetschef vid "
                 "socialförvaltningen, Sofia\nLindqvist Aho, verksamhetschef vid Åby "
                 "vårdcentral, och K-G Nordin, teamchef vid Försäkringskassan.\n")
    assert {"Jan-Erik Hult", "Sofia Lindqvist Aho", "K-G Nordin"} <= set(got)


def test_two_signature_columns_set_apart_by_tabs_but_not_a_tables_rows():
    got = _sigs("Verksamhetsberättelse 2031\n\nText.\n\nStyrelsens underskrifter\n\nÅby den 18 mars 2032\n\n"
                "Lars-Åke Fredén\t\t\t\tHanna Nordström\nOrdförande, Region Norrby\t\tVice ordförande, "
                "Åby kommun\n\n\nJonas Bergqvist\t\t\t\tÅsa Lindahl\nBro kommun\t\t\tÅby kommun\n\n"
                "Ledamöter\n\nNamn\tOrganisation\tUppdrag\nBirgitta Lönn\tÅby kommun\tOrdförande\n"
                "Hans-Erik Malm\tBro kommun\n")
    assert {"Lars-Åke Fredén", "Hanna Nordström", "Jonas Bergqvist", "Åsa Lindahl"} <= set(got)
    assert not any("\t" in name for name in got)


def test_a_member_list_with_the_organisations_in_a_column_of_their_own():
    got = _sigs("Handlingsplan LSG Åby 2031\n\nText.\n\nLSG:s ledamöter 2031\n\n"
                "Åby kommun               Eva Wik-Lundström, enhetschef Arbetsmarknad\n"
                "                         Jonas Åhlén, enhetschef Socialpsykiatri\n"
                "Försäkringskassan        Leif Öst, teamchef\n"
                "Primärvården             Dr. Mikael von Essen, verksamhetschef VC Linden\n")
    assert {"Eva Wik-Lundström", "Jonas Åhlén", "Leif Öst", "Mikael von Essen"} <= set(got)
    assert got["Jonas Åhlén"][1] == "Åby kommun"  # the organisation of the line above
    got = _sigs("Protokoll\n\nBeslutande             Eva-Britt Sjöberg (S), ordförande, Åby kommun\n"
                "                       Margareta Hjort, Försäkringskassan\n"
                "                       Tomas Ekelöf, Arbetsförmedlingen\n\n§ 1 Öppnande\n")
    assert not got  # those present at a meeting, not its signatories


def test_three_signatures_in_columns_and_one_under_them():
    text = ("Revisionsberättelse för år 2031\n\nVi tillstyrker att styrelsen beviljas "
            "ansvarsfrihet.\n\nDatum enligt elektronisk signering\n\n"
            "_____________________    _____________________    _____________________\n"
            "Britt-Marie Ek            Olle Strand               Karin Åsberg\n"
            "Förtroendevald revisor    Förtroendevald revisor    Auktoriserad revisor\n"
            "Region Västby             Västby kommun             Revisionsbyrån AB\n"
            "                          (för kommunerna)\n"
            "            ~~//..\n"
            "            Nils Berglund\n"
            "            Förtroendevald revisor\n")
    got = _sigs(text)
    assert got["Britt-Marie Ek"] == ("Förtroendevald revisor", "Region Västby")
    assert got["Olle Strand"] == ("Förtroendevald revisor", "Västby kommun (för kommunerna)")
    assert got["Karin Åsberg"] == ("Auktoriserad revisor", "Revisionsbyrån AB")
    assert "Nils Berglund" in got


def test_tabbed_signature_columns_nicknames_accents_and_members_after_their_organisation():
    got = _sigs("Verksamhetsberättelse 2031\n\nStyrelsens underskrifter\n\nNorrby 2032-03-16\n\n"
                "Ann-Sofie Wallin\tGustav Lindberg\nOrdförande\tVice ordförande\n"
                "Region Norrby\tVästby kommun\n\n"
                "Karl-Göran (K-G) Nyström\tHélène Bergqvist\n\tLedamot\nÖstby kommun\tFörsäkringskassan\n\n\n"
                "Beredningsgruppen 2031\n\n"
                "Västby kommun: Christina Wahlberg-Ahl, avdelningschef arbetsmarknad\n"
                "Östby kommun: Pia Dahlström, socialchef\n")
    assert got["Ann-Sofie Wallin"] == ("Ordförande", "Region Norrby")
    assert got["Gustav Lindberg"] == ("Vice ordförande", "Västby kommun")
    assert got["Karl-Göran (K-G) Nyström"][1] == "Östby kommun"
    assert got["Hélène Bergqvist"] == ("Ledamot", "Försäkringskassan")
    assert got["Christina Wahlberg-Ahl"] == ("avdelningschef arbetsmarknad", "Västby kommun")
    assert got["Pia Dahlström"] == ("socialchef", "Östby kommun")


def test_a_slides_list_of_the_board_by_role_then_name_party_and_organisation():
    sigs = _sigs("Årsredovisning 2031\n\nStyrelsen 2031\n\n"
                 "Ordförande: Eva-Lena Gustafsson (S), Norrviks kommun\n"
                 "Vice ordförande: Per-Olof Sjöholm (C), Region Norrland\n"
                 "Ledamot: Annika Dahlqvist Berg, Försäkringskassan\n"
                 "Ersättare: Hans Ruuth (S), Åby kommun\n")
    assert sigs["Eva-Lena Gustafsson"] == ("Ordförande", "Norrviks kommun")
    assert sigs["Annika Dahlqvist Berg"] == ("Ledamot", "Försäkringskassan")
    assert "Hans Ruuth" not in sigs  # a deputy signs nothing


def test_who_wrote_a_report_after_a_field_or_a_compiled_by():
    got = _sigs("Slutrapport Lotsen 2031\n\nRapporten sammanställd av: Petra Öberg "
                "Projektledare På uppdrag av Samordningsförbundet Åby.\n\n"
                "Utvärdering av Bryggan. Författare: Nils-Erik Sand och Maja Holm, Holm & Sand "
                "AB. Konsultrapport mars 2031.\n\n"
                "Bryggan startade 2029. Projektledaren Anna Berg har berättat om arbetet.\n")
    assert got["Petra Öberg"][0] == "Projektledare"
    assert got["Nils-Erik Sand"][1] == got["Maja Holm"][1] == "Holm & Sand AB"
    assert "Anna Berg" not in got


def test_a_case_officer_field_in_a_papers_head_but_not_one_named_in_passing():
    got = _sigs("Hälso- och sjukvårdsförvaltningen TJÄNSTEUTLÅTANDE\nHandläggare: Berit Sandell\n\n"
                "Inrättande av samordningsförbund i Åby\n\nÄrendet har beretts med handläggare "
                "Olof Ring på Försäkringskassan.\n")
    assert got["Berit Sandell"][0] == "Handläggare"
    assert "Olof Ring" not in got


def test_three_auditors_in_columns_one_first_names_capital_i_read_as_l():
    got = _sigs("Revisionsberättelse 2031\n\nVi tillstyrker att årsredovisningen godkänns.\n\n"
                "Åby den 22 mars 2032\n\n\n"
                "Sven-Olof Bengtsson      lnga-Lill Ask            Karl-Johan Friberg\n"
                "Revisor utsedd av        Revisor utsedd av        Auktoriserad revisor,\n"
                "Åby kommun               Region Åby               utsedd av staten\n")
    assert {"Sven-Olof Bengtsson", "Inga-Lill Ask", "Karl-Johan Friberg"} <= set(got)


def test_whom_to_contact_the_staff_and_a_name_a_sentence_wrapped_to_sign_nothing():
    got = _sigs("Verksamhetsplan 2031\n\nText om planen.\n\n"
                "Vi har i arbetet fått stöd av en erfaren och mycket kunnig revisor\n"
                "Tilda Grönqvist, Revisionsbyrån. Vi har också vid två tillfällen träffat\n"
                "Oskar Lindeblad och förbundschefen för att tala om målen.\n\n"
                "Projektpersonal\nProjektledare      Lova Enqvist (100 %)\n"
                "Arbetscoach        Mio Haraldsson (50 %)\n\n"
                "Kontakt\nSigne Västberg-Holm\nFörbundschef\n010-123 45 67\n"
                "signe.vastberg-holm@norrby-finsam.se\n\n"
                "Norrby den 3 mars 2031\n\nAlva Bergkvist\nOrdförande\n")
    assert set(got) == {"Alva Bergkvist"}


def test_a_column_gap_ends_a_name_and_an_efforts_table_names_owners_not_signers():
    got = _sigs("Årsredovisning 2031 för Samordningsförbundet Norrby\n\n"
                "Tabell 2. Insatser och kostnader 2031, tkr\n"
                "Insats                          Huvudman               Deltagare   Kostnad\n"
                "Resursteamet Norrby             Norrby kommun                142     4 210\n"
                "Motivationsgruppen Åby          Åby kommun                    24       640\n"
                "Summa                                                        166     4 850\n\n"
                "Styrelsen\n\n"
                "Anna-Karin Sjölund            Ordförande, Norrby kommun\n"
                "Tomas Hedberg                 Vice ordförande, Region Västerby\n"
                "Lena Forsman                  Ledamot, Försäkringskassan\n")
    assert set(got) == {"Anna-Karin Sjölund", "Tomas Hedberg", "Lena Forsman"}, got
    assert got["Tomas Hedberg"][0] == "Vice ordförande", got


def test_a_title_in_a_column_of_its_own_and_a_signatures_other_column():
    got = _sigs("Verksamhetsberättelse 2031 Samordningsförbundet Norrby\n\nStyrelsen 2031\n"
                "Ordförande      Ann-Sofie Persson (S)   Norrby kommun\n"
                "Ledamot         Per-Ola Nilsson (C)     Åby kommun\n"
                "Ledamot         Helena Ström            Försäkringskassan\n\n"
                "Underskrifter        Sekreterare   ...............................\n"
                "                                   Eva Pålsson            Paragrafer 31–42\n")
    assert {"Ann-Sofie Persson", "Per-Ola Nilsson", "Helena Ström", "Eva Pålsson"} <= set(got), got
    assert got["Ann-Sofie Persson"] == ("Ordförande", "Norrby kommun"), got


def test_an_attendance_label_and_a_contact_list_in_columns_sign_nothing():
    got = _sigs("Protokoll styrelsen Samordningsförbundet Norrby 2031-03-01\n\n"
                "Ersättare (ej tjg)     Ann-Sofie Berg (S), Region Västerby\n"
                "                       Karin Lund, Försäkringskassan\n\n"
                "Kontakt\n"
                "Samordnare             Petra Wennström          0570-818 40\n"
                "Coach                  Ali Rezaei               ali.rezaei@norrby.se\n")
    assert not {"Ann-Sofie Berg", "Petra Wennström", "Ali Rezaei"} & set(got), got


def test_who_answers_for_a_published_paper():
    got = _sigs("Samverkanspodden avsnitt 4 – Samordningsförbundet Norrby 2031\n\n"
                "[00:00] Välkomna till podden.\n\n"
                "Producent och programledare: Jonas Ekholm\n"
                "Ansvarig utgivare: Karin Wiklander, förbundschef\n")
    assert "Karin Wiklander" in got, got
