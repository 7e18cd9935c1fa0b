"""Target groups a page speaks to ("för dig som är mellan 18 och 29 år och ..."; not a role it
speaks to: "för dig som är arbetsgivare"), groups coordinated after one whose relative clause
ends on a coordinated object ("unga vuxna som står utanför arbete och studier, personer med
... och personer med ... som ..."), a plan's "fokusgrupper" as a title over its groups,
and a subject between "vänder" and "sig" ("Nu vänder man sig särskilt till personer som är
sjukskrivna, ungdomar och ...")."""
from __future__ import annotations

from samverkan.extract import extract_document

from .texts import document


def _groups(text: str, doc_type: str = "verksamhetsplan") -> set[str]:
    return {t.text for t in extract_document(document(text, doc_type)).target_groups}


def test_the_reader_a_page_speaks_to_is_the_group_but_not_a_role():
    page = ("Lotsen Norrby\n\nLotsen är till för dig som är mellan 18 och 29 år och behöver stöd "
            "från fler än en myndighet.\n\nFör dig som är arbetsgivare\n\nVill du ta emot en "
            "praktikant? Kontakta oss.\n")
    assert _groups(page, "other") == {
        "dig som är mellan 18 och 29 år och behöver stöd från fler än en myndighet"}


def test_groups_coordinated_after_a_clause_ending_in_a_coordinated_object():
    text = ("Förbundets prioriterade målgrupper 2031 är unga vuxna 18–29 år som står utanför "
            "arbete och studier, personer med långvarigt försörjningsstöd och personer med "
            "psykisk ohälsa som har behov av stöd från flera parter.\n")
    assert _groups(text) == {
        "unga vuxna 18–29 år som står utanför arbete och studier",
        "personer med långvarigt försörjningsstöd",
        "personer med psykisk ohälsa som har behov av stöd från flera parter"}, _groups(text)


def test_a_plans_focus_groups_title_leads_its_list():
    text = ("Handlingsplan 2031\n\nVåra fokusgrupper 2031\n- Utrikesfödda kvinnor som saknar "
            "egen försörjning\n- Unga 18–25 år som har avbrutit gymnasiet\n\nEkonomi\n\nLSG har "
            "inga egna medel.\n")
    assert _groups(text, "handlingsplan") == {
        "Utrikesfödda kvinnor som saknar egen försörjning",
        "Unga 18–25 år som har avbrutit gymnasiet"}


def test_groups_a_plan_aims_its_efforts_at_and_a_report_says_it_would_reach():
    plan = ("Verksamhetsplan 2031\n\nPrioriteringar\n\nStyrelsen har beslutat att förbundet "
            "under 2031 i första hand ska rikta sina insatser till unga vuxna mellan 16 och 29 år "
            "som varken arbetar eller studerar.\n")
    assert _groups(plan) == {"unga vuxna mellan 16 och 29 år som varken arbetar eller studerar"}
    report = ("Slutrapport\n\nMålgrupp\n\nEnligt projektplanen skulle insatsen vända sig till "
              "personer som hade varit sjukskrivna i mer än 180 dagar. Inom denna grupp skulle "
              "projektet särskilt prioritera personer med långvarig smärta.\n")
    ex = extract_document(document(report, "slutrapport"))
    # (whom a plan was to turn to, or put first, is its group, no activity of the plan)
    assert not ex.activities, [a.text for a in ex.activities]
    assert {t.text for t in ex.target_groups} >= {
        "personer som hade varit sjukskrivna i mer än 180 dagar",
        "personer med långvarig smärta"}, [t.text for t in ex.target_groups]


def test_the_people_a_board_turns_its_work_towards_but_not_a_theme():
    text = ("Styrelsen har beslutat att inrikta sitt arbete på främst unga kvinnor mellan 20 "
            "och 35 år.\nFörbundet ska även inrikta sina insatser på kompetensutveckling för "
            "personalen.\n")
    assert _groups(text) == {"unga kvinnor mellan 20 och 35 år"}, _groups(text)


def test_groups_each_party_answers_under_its_label_and_in_later_sentences():
    text = ("Självvärdering 2031 för Samordningsförbundet Norrby\n\n"
            "FRÅGA 2. Vilka målgrupper prioriterar er organisation?\n\n"
            "Norrby kommun:\nPersoner med långvarigt försörjningsstöd. Och utrikes födda kvinnor "
            "som aldrig har haft ett arbete.\n\nSöderby kommun:\n- unga 16–29 år som varken "
            "arbetar eller studerar\n- Vi har inga fler.\n\nFörsäkringskassan:\nFörsäkrade med "
            "sjukpenning som behöver stöd från flera aktörer, samt unga med aktivitetsersättning."
            "\n\nFRÅGA 3. Hur har samverkan fungerat?\n\nNorrby kommun:\nBra. Personer med "
            "behov av stöd har fått det.\n")
    assert _groups(text, "other") == {
        "Personer med långvarigt försörjningsstöd",
        "utrikes födda kvinnor som aldrig har haft ett arbete",
        "unga 16–29 år som varken arbetar eller studerar",
        "Försäkrade med sjukpenning som behöver stöd från flera aktörer",
        "unga med aktivitetsersättning"}, _groups(text, "other")


def test_a_folders_lists_that_speak_to_their_reader():
    folder = ("Vad kan du få hjälp med?\n\nSamordningsförbundet Norrby\n\n"
              "Vi kan hjälpa dig om du\n\n• är mellan 16 och 64 år\n"
              "• har varit sjukskriven länge eller har aktivitetsersättning\n"
              "• har haft ekonomiskt bistånd under lång tid\n\n"
              "Under 2031 tänker vi extra mycket på:\n• Du som har psykisk ohälsa.\n"
              "• Du som är ung och varken arbetar eller studerar.\n\n"
              "Det här kan vi erbjuda\n\nResursteamet träffar dig och gör en plan.\n")
    assert _groups(folder, "other") == {
        "har varit sjukskriven länge eller har aktivitetsersättning",
        "har haft ekonomiskt bistånd under lång tid",
        "Du som har psykisk ohälsa",
        "Du som är ung och varken arbetar eller studerar"}, _groups(folder, "other")


def test_a_lead_that_names_its_group_is_over_a_list_of_efforts_not_groups():
    text = ("Förstudie 2031\n\nMålgrupp\n\nUnga vuxna 19–29 år med aktivitetsersättning.\n\n"
            "Befintliga insatser\n\nHos parterna finns flera insatser som målgruppen kan ta del "
            "av, men ingen är riktad till unga med aktivitetsersättning:\n"
            "–  Navigatorcentrum (Norrby kommun) – vägledning för unga 16–24 år\n"
            "–  Jobbverkstan (Norrby kommun) – arbetsträning i kommunal regi\n")
    assert _groups(text, "other") == {"Unga vuxna 19–29 år med aktivitetsersättning"}, \
        _groups(text, "other")


def test_what_was_done_for_the_target_group_in_the_passive_is_no_group():
    text = ("Projekt Unga Vuxna Norrby\n\nUnder hösten iordningställdes lokalerna. För "
            "målgruppen öppnades dörrarna den 20 januari 2031.\n")
    assert not _groups(text, "other"), _groups(text, "other")


def test_a_subject_before_sig_and_a_noun_after_a_predicate_opens_the_next_group():
    text = ("Förbundet i radion\n\nNu vänder man sig särskilt till personer som är sjukskrivna, "
            "ungdomar och personer med invandrarbakgrund.\n\nTeamet vände sig främst till "
            "personer som är sjukskrivna eller arbetslösa.\n")
    assert _groups(text, "other") == {"personer som är sjukskrivna", "ungdomar",
                                      "personer med invandrarbakgrund",
                                      "personer som är sjukskrivna eller arbetslösa"}
