"""Sections titled by questions, cards whose fields are a list or whose title gives their kind
and number, a form's numbered name field and its request to its writer, an application's
quoted name, groups told with their risks and their other names, efforts named before an
amount or a line's label, a title typed with spaced letters, a purpose that is no goal, and
the boards a paper nobody adopts lists without signing."""
from __future__ import annotations

from samverkan.extract import extract_document
from samverkan.ingest.cleanup import clean_text

from .texts import document


def _extract(text: str, doc_type: str | None = None):
    return extract_document(document(clean_text(text), doc_type))


def test_a_question_straight_over_its_answer_titles_it():
    text = ("4.1 Bryggan\n\nVad?\nEn gemensam ingång för unga vuxna.\n\n"
            "Vad vill vi uppnå?\n–  50 unga ska ha fått stöd under året.\n"
            "–  Väntetiden ska vara högst två veckor.\n\nHur?\n–  Individuella samtal\n")
    goals = {g.text for g in _extract(text).goals}
    assert goals == {"50 unga ska ha fått stöd under året",
                     "Väntetiden ska vara högst två veckor"}, goals


def test_a_cards_fields_set_as_a_list_under_its_box_label():
    text = ("INSATSERNA 2031\n\nAktivitetsbanken Norrby\n──────────────\nFAKTA\n"
            "▪ Huvudman: Norrby kommun\n▪ Målgrupp: Personer med psykisk ohälsa\n"
            "▪ Kostnad 2031: 905 300 kr\n▪ Kontakt: Jimmy Ek\n\n"
            "Aktivitetsbanken erbjuder arbetsträning i kommunens snickeri.\n")
    assert "Aktivitetsbanken Norrby" in {p.name for p in _extract(text).projects}


def test_groups_with_their_risk_an_adverb_before_till_and_their_other_name():
    text = ("Insatserna riktar sig huvudsakligen till personer som står långt från "
            "arbetsmarknaden. Teamet vänder sig till sjukskrivna med smärta där "
            "sjukskrivningen riskerar att bli lång. Projektet vänder sig till vuxna som varken "
            "arbetar eller studerar, s.k. hemmasittare.\n")
    groups = {t.text for t in _extract(text).target_groups}
    assert "personer som står långt från arbetsmarknaden" in groups, groups
    assert "sjukskrivna med smärta där sjukskrivningen riskerar att bli lång" in groups, groups
    assert "vuxna som varken arbetar eller studerar, s.k. hemmasittare" in groups, groups


def test_an_efforts_name_ends_before_an_amount_and_before_a_labelled_line():
    text = ("7.  Ansökan om fortsatt finansiering – insatsen JobbKraft\n"
            "    Bilaga 3. Insatsen drivs av kommunen.\n"
            "    Förslag till beslut: att bevilja insatsen JobbKraft 1 480 000 kronor.\n")
    assert {p.name for p in _extract(text).projects} == {"JobbKraft"}


def test_a_title_typed_with_spaced_letters_names_the_type_and_the_year():
    text = ("        LOKALA SAMVERKANSGRUPPEN I NORRBY\n\n            H A N D L I N G S P L A N\n"
            "                  2 0 3 1\n\nGruppen bildades 2030. Under 2030 har gruppen mötts "
            "sex gånger.\n")
    doc = document(text)
    assert (doc.doc_type, doc.year) == ("handlingsplan", 2031)


_ROSTER = ("Organisation\nFörbundet leds av en styrelse med fyra ledamöter.\n\n"
           "  Ordförande       Kerstin Ås (C), Norrby kommun\n"
           "  Vice ordförande  Olle Berg (S), Region Norrland\n"
           "  Ledamot          Annika Lind, Försäkringskassan\n"
           "  Ledamot          Hans-Erik Dahl, Arbetsförmedlingen\n\n"
           "Förbundets kansli finns i Norrby.\n")


def test_a_web_pages_roster_of_the_board_signs_nothing():
    assert not _extract("Om förbundet\n\n" + _ROSTER, doc_type="other").signatories


def test_a_reports_roster_of_the_board_that_adopts_it_still_counts():
    names = {s.name for s in _extract("Verksamhetsberättelse 2031\n\n" + _ROSTER,
                                      doc_type="verksamhetsberattelse").signatories}
    assert {"Kerstin Ås", "Annika Lind"} <= names, names


def test_a_contact_lists_table_of_members_signs_nothing():
    text = ("KONTAKTLISTA\nLSG Norrby\n\nLEDAMÖTER I LSG\n\nOrganisation\tNamn\tFunktion\n"
            "Försäkringskassan\tInger Malm\tFörsäkringschef\n"
            "Arbetsförmedlingen\tBjörn Sund\tSektionschef\n"
            "Norrby kommun\tJenny Ahl\tEnhetschef\n")
    assert not _extract(text, doc_type="other").signatories


def test_a_federations_purpose_and_tasks_are_no_goals():
    text = ("2  FÖRBUNDETS ÄNDAMÅL OCH UPPGIFTER\n\nFörbundet ska enligt lagen\n"
            "- besluta om mål och riktlinjer för samordningen,\n"
            "- stödja samverkan mellan parterna,\n- upprätta budget och årsredovisning.\n\n"
            "3  MÅL FÖR 2031\n\n- Fler unga ska börja arbeta eller studera.\n")
    assert {g.text for g in _extract(text).goals} == {"Fler unga ska börja arbeta eller studera"}


def test_a_fact_box_labelled_before_its_name_and_a_budget_rows_part():
    text = ("Pressmeddelande\n\nEn ny insats för unga vuxna öppnar i april.\n\n"
            "Fakta JobbKraft\nStart: 6 april 2031\nPlatser: 45 deltagare\n"
            "Budget: 2,4 mnkr\n\nBudget (tkr)                 2031     2032\n"
            "Individinriktade insatser    7 250    7 400\n"
            "   varav Bryggan Norr        2 100    2 100\n"
            "   varav JobbKraft         1 850    1 850\n")
    names = {p.name for p in _extract(text).projects}
    assert "JobbKraft" in names and "Fakta JobbKraft" not in names, names
    assert not any(n.startswith("varav") for n in names), names


def test_a_forms_numbered_name_field():
    text = ("ANSÖKAN OM STÖD\n\n2. PROJEKTET\n\n2.1 Projektnamn:    Brobygget - samordnad väg "
            "till arbete\n2.2 Projekttid:      2031-01-01 -- 2032-06-30\n")
    assert {p.name for p in _extract(text).projects} == {"Brobygget"}


def test_an_application_names_its_effort_in_quotes_only():
    text = ("§ 50  Information - ESF-ansökan \"Vägen ut\"\n\nFörbundschefen informerade om "
            "ansökan Kommunen vill gå vidare.\n")
    assert {p.name for p in _extract(text).projects} == {"Vägen ut"}



def test_a_forms_request_to_its_writer_is_its_own_words():
    from samverkan.extract.forms import form_note

    assert form_note("Beskriv arbetssätt, bemanning och planerade aktiviteter med tidsplan.")
    assert form_note("Ange antal deltagare")
    assert not form_note("Genomföra sex styrelsemöten under året.")
    assert not form_note("beskriv gärna hur det gick")  # (a request opens its own sentence)


def test_a_card_titled_by_its_kind_and_number():
    text = ("Verksamhetsplan 2031\n\nFörbundet finansierar under 2031 två insatser. Båda har "
            "pågått sedan tidigare och fortsätter med samma inriktning som föregående år.\n\n"
            "4. INSATSER 2031\n\nINSATS 1  BRYGGTEAMET (BT), KALIX\nFortsätter från 2030.\n"
            "Målgrupp:     Personer 20-64 år i Kalix som har lämnat sjukförsäkringen\n"
            "Mål:          60 deltagare under året\nAnsvarig:     Kalix kommun\n"
            "Budget 2031:  1 250 000 kr\n\nINSATS 2  \"TRAPPSTEGET\" I KALIX\n"
            "Fortsätter från 2030.\nMålgrupp:     Unga 16-25 år som varken arbetar eller studerar\n"
            "Mål:          30 deltagare\nAnsvarig:     Kalix kommun\nBudget 2031:  980 000 kr\n")
    names = {p.name.lower() for p in _extract(text).projects}
    assert names == {"bryggteamet", "trappsteget"}, names
