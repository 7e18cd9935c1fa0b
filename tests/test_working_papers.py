"""Rules for papers as practitioners and full reports write them: lines that were never
wrapped, a result under its line after an arrow, a numbered title after a numbered list, a
plan's table in parts under sub-titles, status words of people's own lists, and a report's
lists of people beside the block that signs it. Every text here is made up for the rule."""
from __future__ import annotations

from samverkan.extract import extract_document
from samverkan.extract.outcomes import cell_status
from samverkan.extract.structure import parse_structure
from samverkan.extract.text_tables import column_role

from .texts import document as _doc


def _blocks(text: str) -> list[str]:
    return [b.flat for b in parse_structure(_doc(text)).blocks]


def test_a_page_never_wrapped_keeps_each_line_a_paragraph():
    text = ("Bakgrund\n" + "Under året har parterna i Malung och Sälen arbetat vidare med den "
            "gemensamma arenan för ärenden, som beskrivs i förra årets plan, och nu har den "
            "blivit en del av det ordinarie arbetet hos alla fyra parter i kommunen.\n\n"
            "Målgrupp\n"
            "Personer som har haft försörjningsstöd längre än ett år och som behöver stöd.\n"
            "Personer med sjukersättning som själva vill pröva arbete eller studier.\n"
            "Unga vuxna som saknar gymnasiebetyg och har kontakt med två av parterna.\n")
    blocks = _blocks(text)
    assert "Personer med sjukersättning som själva vill pröva arbete eller studier." in blocks
    assert "Unga vuxna som saknar gymnasiebetyg och har kontakt med två av parterna." in blocks


def test_a_wrapped_page_still_joins_its_lines():
    text = ("Förbundet har under året arbetat med fyra insatser som alla riktar sig till\n"
            "personer som står långt från arbetsmarknaden och som behöver samordnat stöd\n"
            "från minst två av parterna för att komma vidare till arbete eller studier.\n")
    assert len(_blocks(text)) == 1


def test_a_result_after_an_arrow_stays_with_its_line():
    text = ("Mål och resultat\n\n"
            "Minst 60 deltagare ska skrivas in under året\n→ 71 deltagare, målet är uppnått\n\n"
            "Varje deltagare ska ha en plan inom fyra veckor\n→ delvis uppnått\n")
    got = {g.text: g.outcome_status for g in extract_document(_doc(text)).goals}
    assert got == {"Minst 60 deltagare ska skrivas in under året": "achieved",
                   "Varje deltagare ska ha en plan inom fyra veckor": "partially_achieved"}
    # arrows over a list of their own stay a list
    listed = _blocks("Vi har arbetat med:\n→ Kartläggning\n→ Arbetsträning\n")
    assert listed == ["Vi har arbetat med:", "Kartläggning", "Arbetsträning"]


def test_a_numbered_title_after_a_numbered_list_opens_its_section():
    text = ("3. Prioriterade grupper\n"
            "1. unga vuxna med aktivitetsersättning\n2. långtidsarbetslösa med ohälsa\n\n"
            "4. Mål 2016 (förslag till styrelsen)\n"
            "- Alla unga i gruppen ska erbjudas en gemensam kartläggning\n"
            "- Fler ska gå vidare till arbete eller studier\n")
    goals = [g.text for g in extract_document(_doc(text)).goals]
    assert goals == ["Alla unga i gruppen ska erbjudas en gemensam kartläggning",
                     "Fler ska gå vidare till arbete eller studier"]
    # one bullet under a numbered item is the item's remark: the item stays an item
    plan = ("Planerade aktiviteter\n1. Starta ett team för unga\n   – Genomfört.\n"
            "2. Utvärdera insatsen Framåt\n   – Upphandlingen är klar, utvärderingen börjar i maj.\n"
            "3. Ta fram en folder\n   – Genomfört.\n")
    assert [a.text for a in extract_document(_doc(plan)).activities] == [
        "Starta ett team för unga", "Utvärdera insatsen Framåt", "Ta fram en folder"]


def test_a_lead_sentence_is_no_item_of_the_goals_under_it():
    # (a page saved from the web: a paragraph a line, never wrapped)
    text = ("Verksamhetsberättelse 2021 för Samordningsförbundet Ydre, som under året har "
            "arbetat med tre insatser och en förstudie tillsammans med kommunen, regionen, "
            "Försäkringskassan och Arbetsförmedlingen, och med två nya lokala samverkansgrupper.\n"
            "Mål 2021\n"
            "Styrelsen fastställde följande mål för året.\n"
            "Minst 40 procent av deltagarna ska gå vidare till arbete eller studier.\n"
            "Andelen blev 44 procent. Målet är uppnått.\n"
            "Parterna ska ha en gemensam rutin för överlämning.\n"
            "Rutinen är inte beslutad. Målet är inte uppnått.\n")
    got = {g.text: g.outcome_status for g in extract_document(_doc(text)).goals}
    assert got == {
        "Minst 40 procent av deltagarna ska gå vidare till arbete eller studier": "achieved",
        "Parterna ska ha en gemensam rutin för överlämning": "not_achieved"}


def test_a_header_dated_by_its_period_keeps_its_role():
    assert column_role("Status dec-23") == "status"
    assert column_role("Utfall HT 2021") == "outcome"
    assert column_role("Bedömning per 31/12") == "status"
    assert column_role("Mål 2024") == "goal"


def test_a_plan_table_in_parts_under_sub_titles_reads_its_header_once():
    text = ("Handlingsplan LSG Tranås 2023\n\nMål 1: Tidig samordning\n"
            "nr | aktivitet | ansvar | status dec-23\n"
            "1.1 | Starta ett gemensamt team för unga | AF | fixat, startade i mars\n\n"
            "Mål 2: Kunskap om varandra\n"
            "2.1 | Två handläggarträffar under året | LSG | blev inte av\n"
            "2.2 | Studiebesök i Eksjö | Soc | ok (maj)\n")
    got = {a.text: a.outcome_status for a in extract_document(_doc(text)).activities}
    assert got == {"Starta ett gemensamt team för unga": "achieved",
                   "Två handläggarträffar under året": "not_achieved",
                   "Studiebesök i Eksjö": "achieved"}


def test_status_words_of_peoples_own_lists():
    assert cell_status("fixat :)") == "achieved"
    assert cell_status("ok, Karin kommer 12/12") == "achieved"
    assert cell_status("✅ beviljad 300 tkr") == "achieved"
    assert cell_status("igång sedan mars") == "partially_achieved"
    assert cell_status("blev inte av i höstas") == "not_achieved"


def test_a_signed_report_is_signed_by_those_who_signed_it():
    text = ("Årsredovisning 2012 Samordningsförbundet Ydre\n\nOrganisation\n\n"
            "Ordinarie ledamöter\n"
            "  Karl-Erik Holm, ordförande        Ydre kommun\n"
            "  Anna Stål, vice ordförande        Region Östergötland\n\n"
            "Ersättare\n"
            "  Bo Lind                           Ydre kommun\n"
            "  Lisa Ek                           Region Östergötland\n\n"
            "Verksamheten\n\n" + "Under året har förbundet finansierat två insatser, "
            "Jobbspåret och Vägen in, som båda har haft fler deltagare än planerat.\n" * 8 +
            "\nUnderskrifter\n\nYdre den 14 mars 2013\n\n\n"
            "Karl-Erik Holm                     Anna Stål\n"
            "Ordförande                         Vice ordförande\n"
            "Ydre kommun                        Region Östergötland\n")
    doc = _doc(text)
    sigs = extract_document(doc).signatories
    assert sorted(s.name for s in sigs) == ["Anna Stål", "Karl-Erik Holm"]
    # the evidence is the signature, not the board list
    assert all(s.char_start > text.index("Ydre den 14 mars") for s in sigs)


def test_the_group_listed_over_the_signatures_approved_what_they_sign():
    text = ("Slutrapport Jobbspåret 2012\n\nRapporten har godkänts av styrgruppen.\n\n"
            "Styrgruppen\nEva Holm, socialchef, Ydre kommun\n"
            "Per Lund, försäkringschef, Försäkringskassan\n\n"
            "Ydre 2013-02-20\n\nAnna Berg\nOrdförande, Samordningsförbundet Ydre\n\n"
            "Olle Dahl\nProjektledare\n")
    assert sorted(s.name for s in extract_document(_doc(text)).signatories) == \
        ["Anna Berg", "Eva Holm", "Olle Dahl", "Per Lund"]


def test_e_signed_names_are_the_signatories():
    text = ("Verksamhetsberättelse 2022\n\nStyrelse\nOlle Berg, ordförande, Vara kommun\n"
            "Siv Dahl, ledamot, Försäkringskassan\nPer Åkesson, ersättare, Vara kommun\n\n"
            "Verksamheten\n\nFörbundet har haft tre insatser under året.\n\n"
            "Olle Berg, ordförande, Vara kommun\nSignerat med BankID 2023-03-02 10:12\n\n"
            "Siv Dahl, ledamot, Försäkringskassan\nSignerat med BankID 2023-03-03 08:40\n")
    assert sorted(s.name for s in extract_document(_doc(text)).signatories) == \
        ["Olle Berg", "Siv Dahl"]


def test_costs_of_running_the_förbund_and_stories_are_no_efforts():
    text = ("Driftredovisning 2019 (tkr)\n\n"
            "Verksamhet                   Budget     Utfall\n"
            "Jobbspåret                    1 200      1 150\n"
            "Kansli och styrelse             900        940\n"
            "Utbildning och information      150        120\n\n"
            "Deltagarberättelser\n\nMaja, 31 år, Jobbspåret\n"
            "Maja hade varit sjukskriven i tre år när hon kom till Jobbspåret i mars.\n")
    names = [p.name for p in extract_document(_doc(text)).projects]
    assert names == ["Jobbspåret"]


def test_signatures_between_slashes_in_a_typed_protocol():
    text = ("Samordningsförbundet Älvsbyn PROTOKOLL Plats och tid Folkets hus kl 13.00 "
            "Underskrifter.. /Maja Lind, ordförande. Olof Berg, vice ordf./ "
            "/Sara Ek, sekreterare/.. /Nils Holm, protokollsjusterare/ BEVIS OM ANSLAG\n")
    got = {s.name: s.title for s in extract_document(_doc(text)).signatories}
    assert got == {"Maja Lind": "ordförande", "Olof Berg": "vice ordf.",
                   "Sara Ek": "sekreterare", "Nils Holm": "protokollsjusterare"}


def test_whom_a_purpose_names_is_a_target_group():
    text = ("Om förbundet\n\nFörbundet arbetar i syfte att göra mer för individer som behöver "
            "stöd från flera parter samtidigt. Det har varit ett bra år för personalen.\n")
    groups = [t.text for t in extract_document(_doc(text)).target_groups]
    assert groups == ["individer som behöver stöd från flera parter samtidigt"]


def test_a_fixed_width_row_run_up_to_its_status_column():
    text = ("Uppföljning av målen 2022\n\n"
            "  Förbundets mål 2022                                                    Status\n"
            "  Minst 200 deltagare ska ta del av förbundets insatser.                 Grön\n"
            "  Minst 30 procent av deltagarna ska gå vidare till arbete eller studier. Röd\n"
            "  Parterna ska ha en gemensam rutin för överlämning.                     Gul\n\n"
            "Grön = uppnått, Gul = delvis uppnått, Röd = inte uppnått\n\n"
            "Kommentar: Styrelsen har följt målen vid varje möte under hösten. Rutinen\n"
            "  blev inte klar.\n")
    got = {g.text: g.outcome_status for g in extract_document(_doc(text)).goals}
    assert got == {"Minst 200 deltagare ska ta del av förbundets insatser": "achieved",
                   "Minst 30 procent av deltagarna ska gå vidare till arbete eller studier":
                       "not_achieved",
                   "Parterna ska ha en gemensam rutin för överlämning": "partially_achieved"}


def test_labels_and_codes_that_open_lines_are_items_of_their_own():
    text = ("Verksamheten under året har följt planen, som styrelsen beslutade om i november.\n\n"
            "Mål 2021\n"
            "  MÅL 1   Minst 150 personer ska delta i förbundets insatser under året.\n"
            "  MÅL 2   Minst en insats ska ha implementerats i ordinarie verksamhet.\n\n"
            "Aktiviteter 2021\n"
            "A1 Genomföra en förbundsdag för medlemmarnas medarbetare i maj.\n"
            "A2 Ta fram en gemensam kartläggning av unga som varken arbetar eller studerar.\n")
    blocks = _blocks(text)
    assert "MÅL 2 Minst en insats ska ha implementerats i ordinarie verksamhet." in blocks
    # (an activity's code is its item's marker)
    coded = [(b.marker, b.flat) for b in parse_structure(_doc(text)).blocks if b.kind == "item"]
    assert ("A2", "Ta fram en gemensam kartläggning av unga som varken arbetar eller studerar.") \
        in coded, coded


def test_a_dated_goal_field_of_an_effort():
    text = ("Samverkanskoordinator vårdcentral\n\n"
            "Mål för insatsen 2024: Minst 150 patienter ska få stöd av koordinatorn.\n"
            "Resultat 2024: 113 patienter. Målet är inte uppnått.\n")
    got = {g.text: g.outcome_status for g in extract_document(_doc(text)).goals}
    assert got == {"Minst 150 patienter ska få stöd av koordinatorn": "not_achieved"}


def test_amounts_listed_in_a_sentence_after_a_colon():
    text = ("Pengar\nLSG:s ram från förbundet 2016: 60 000 kr. Förslag fördelning: "
            "handläggardag 20 000 (två tillfällen), kartläggning (extern hjälp?) 25 000, "
            "studiebesök 10 000, övrigt 5 000.\n"
            "Mötet börjar kl 13:00, 14 deltagare: 4 från FK, 5 från AF och 5 från kommunen.\n")
    got = {(b.label, b.amount_sek) for b in extract_document(_doc(text)).budget_lines}
    assert {("Handläggardag", 20000), ("Kartläggning (extern hjälp?)", 25000),
            ("Studiebesök", 10000), ("Övrigt", 5000)} <= got
    assert all(b.amount_sek >= 5000 for b in extract_document(_doc(text)).budget_lines)


def test_a_section_number_set_apart_from_its_title_is_no_table_row():
    text = ("Årsrapport 2015 för det nationella rådet\n\n"
            "3  Aktiviteter 2015\n\n"
            "I planen angavs följande aktiviteter.\n\n"
            "3.1  Ta fram en ny handbok för förbunden.\n"
            "     Utfall: Genomfört. Handboken kom i maj.\n\n"
            "3.2  Anordna en nationell konferens.\n"
            "     Utfall: Ställdes in.\n")
    got = {a.text: a.outcome_status for a in extract_document(_doc(text)).activities}
    assert got == {"Ta fram en ny handbok för förbunden": "achieved",
                   "Anordna en nationell konferens": "not_achieved"}
    assert _blocks("Ekonomi\n\nKostnader   2014   2015\nPersonal    1 200   1 300\n")[1:] == \
        ["Kostnader 2014 2015", "Personal 1 200 1 300"]


def test_goals_listed_under_each_förbund_of_an_overview():
    text = ("Översikt över länets förbund\n\n3. Förbundens övergripande mål\n\n"
            "Förbunden har i sina verksamhetsplaner formulerat övergripande mål. Målen skiljer "
            "sig åt både i omfattning och i hur de ska följas upp.\n\n"
            "Samordningsförbundet Kramfors\n"
            "- Minst 40 procent av deltagarna ska gå vidare till arbete eller studier.\n"
            "- Samverkan mellan parterna ska utvecklas.\n\n"
            "Samordningsförbundet Sollefteå\n"
            "- Antalet unga med försörjningsstöd ska minska.\n"
            "- Alla deltagare ska erbjudas en individuell planering.\n\n"
            "4. Ekonomi\n\nFörbunden hade sammanlagt 8 miljoner kronor.\n")
    goals = [g.text for g in extract_document(_doc(text)).goals]
    assert goals == ["Minst 40 procent av deltagarna ska gå vidare till arbete eller studier",
                     "Samverkan mellan parterna ska utvecklas",
                     "Antalet unga med försörjningsstöd ska minska",
                     "Alla deltagare ska erbjudas en individuell planering"]


def test_a_remark_that_the_outcome_is_not_known_is_cut_off_and_claims_nothing():
    text = ("Hur gick det 2018?\nLSG:s mål för 2018 var\n"
            "- Fler ska få en SIP — vet inte, ingen har räknat\n"
            "- Handläggarträffar fyra gånger — nej, bara två blev av\n")
    got = {g.text: g.outcome_status for g in extract_document(_doc(text)).goals}
    assert got == {"Fler ska få en SIP": "not_reported",
                   "Handläggarträffar fyra gånger": "not_achieved"}


def test_papers_around_the_work_are_of_kind_other():
    for title in ("Kallelse till styrelsens sammanträde 2019-03-14\n\nDagordning\n1. Mötets öppnande",
                  "Förbundsordning för Samordningsförbundet Ydre\n\n§ 1 Namn",
                  "Beslut om ansökan om medel för insatsen Jobbspåret\n\nStyrelsen har beslutat",
                  "Checklista inför ansökan om insatsmedel 2025\n\n[ ] Budget bifogad"):
        assert _doc(title).doc_type == "other", title
    assert _doc("Ansökan om medel för insatsen Jobbspåret 2025\n\nSökande: Ydre kommun").doc_type \
        == "ansokan"


def test_a_name_ends_before_an_abbreviation_after_it():
    text = ("Beslutslista styrelsen 2021-05-20\n\n§ 4 Förlängning\nStyrelsen beslutar\n"
            "att förlänga insatsen Jobbtorget t.o.m. 2022-06-30 och bevilja 400 000 kr.\n")
    assert [p.name for p in extract_document(_doc(text)).projects] == ["Jobbtorget"]


def test_a_summons_is_signed_by_those_under_its_greeting_not_by_those_it_summons():
    text = ("KALLELSE till styrelsens sammanträde 2016-03-10\n\n"
            "Ledamöter                                   Ersättare\n"
            "Eva Holm (C), ordf., Sunne kommun           Erik Ek (S), Sunne kommun\n"
            "Per Lund (S), Kils kommun                   Anna Berg (M), Kils kommun\n\n"
            "Dagordning\n1. Mötets öppnande\n2. Val av justerare\n\n"
            "Välkomna!\n\n"
            "Eva Holm                            Olle Dahl\n"
            "Ordförande                          Förbundschef\n")
    assert sorted(s.name for s in extract_document(_doc(text)).signatories) == \
        ["Eva Holm", "Olle Dahl"]


def test_a_programmes_speakers_sign_nothing():
    text = ("Program för temadagen 12 maj 2014\n\n"
            "09.00   Välkommen\n        Eva Holm, ordförande i förbundsstyrelsen\n\n"
            "09.15   Att vilja arbeta med psykisk ohälsa\n        Per Lund, brukarföreläsare\n\n"
            "Med vänlig hälsning\n\nOlle Dahl\nFörbundschef\n")
    assert [s.name for s in extract_document(_doc(text)).signatories] == ["Olle Dahl"]


def test_a_target_group_field_after_an_efforts_name_and_a_dash():
    text = ("Beviljade medel 2023\n\nKort om insatserna\n\n"
            "Vägen vidare (VV) – Målgrupp: unga vuxna 18–29 år som varken arbetar eller studerar. "
            "2023 var insatsens andra år.\n")
    assert [t.text for t in extract_document(_doc(text)).target_groups] == [
        "unga vuxna 18–29 år som varken arbetar eller studerar"]
