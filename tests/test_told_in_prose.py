"""Records a small förbund or a local group tells in sentences: a plan's activities in whole
paragraphs under a heading in its own voice, last year's plan retold as "Vi skulle ..."."""
from __future__ import annotations

from samverkan.extract import extract_document

from .texts import document


def _extract(text: str):
    return extract_document(document(text))


def _activities(text: str) -> dict[str, str]:
    return {a.text: a.outcome_status for a in _extract(text).activities}


def test_a_plans_activities_told_in_paragraphs_under_a_heading_in_its_own_voice():
    text = ("Verksamhetsplan 2031\n\nDet här ska vi göra\n\n"
            "Bryggan är förbundets äldsta insats och drivs av kommunen. Under 2031 kommer "
            "förbundet att fortsätta finansiera Bryggan med oförändrad ram. Förbundet kommer "
            "också att beställa en uppföljning av deltagarnas vägar efter avslut. "
            "Uppföljningen ska göras av en extern utvärderare.\n\n"
            "Styrelsen ska under våren besluta om en ny ägardialog.\n\n"
            "Förbundet planerar att erbjuda en kurs i motiverande samtal för handläggare.\n\n"
            "Ekonomi\n\nIntäkterna beräknas till 3 000 000 kronor.\n")
    acts = _activities(text)
    assert len(acts) == 4, acts
    assert any(a.startswith("fortsätta finansiera Bryggan") for a in acts)
    assert any("beställa en uppföljning" in a for a in acts)
    assert any("besluta om en ny ägardialog" in a for a in acts)
    assert any("erbjuda en kurs i motiverande samtal" in a for a in acts)
    assert not any("äldsta insats" in a or "Intäkterna" in a or "utvärderare" in a
                   for a in acts)  # (the last goes on about the follow-up planned before it)


def test_a_list_under_the_heading_is_the_plan_and_the_paragraph_after_it_none():
    text = ("Handlingsplan 2031\n\nGruppens aktivitetsplan:\n\n1. Kartlägga behoven hos unga.\n"
            "2. Ordna en träff för handläggare.\n\nPlanen ska revideras vid behov.\n")
    assert set(_activities(text)) == {"Kartlägga behoven hos unga", "Ordna en träff för handläggare"}


def test_the_same_heading_in_a_report_takes_only_paragraphs_that_open_with_the_plan():
    # (a report's "Det här skulle vi göra" is read paragraph by paragraph, as before)
    text = ("Verksamhetsberättelse 2031\n\nDet här ska vi göra\n\n"
            "Bryggan är förbundets äldsta insats. Förbundet kommer att fortsätta stödja den.\n\n"
            "Ekonomi\n\nKostnaderna blev 3 000 000 kronor.\n")
    assert _activities(text) == {}


def test_last_years_plan_retold_in_our_own_plan_each_paragraph_one_thing_we_would_do():
    text = ("Verksamhetsberättelse 2031 för LSG Norrby\n\n"
            "I vår handlingsplan för 2031 hade vi bestämt oss för tre saker. Vi skulle ha fyra "
            "möten under året. Det blev tre.\n\n"
            "Vi skulle ordna en gemensam utbildningsdag för handläggare i Norrby. Den hölls i "
            "maj med 28 deltagare.\n\n"
            "Vi skulle också ta fram en folder om vart man vänder sig. Den är inte klar.\n\n"
            "Ekonomi\n\nGruppen använde 12 000 kronor.\n")
    acts = _activities(text)
    assert any(a.startswith("ha fyra möten") for a in acts), acts
    assert any(a.startswith("ordna en gemensam utbildningsdag") for a in acts)
    assert any(a.startswith("ta fram en folder") for a in acts)
    assert len(acts) == 3


def test_a_verb_that_plans_nothing_of_its_own_still_plans_what_it_counts():
    text = ("Verksamhetsberättelse 2031\n\nI vår handlingsplan skulle vi ha en flexibel "
            "hållning till nya frågor.\n\nEkonomi\n\nText.\n")
    assert _activities(text) == {}


def test_lists_run_into_one_line_each_counting_from_one_after_its_own_lead():
    # (a web site's transcript ran three numbered lists into one line)
    text = ("Om oss\n\nFörbundets arbete vilar på tre principer: 1. Samverkan före egna "
            "insatser 2. Arbetslinjen är tydlig 3. Insatserna ska vara jämställda Sedan "
            "valdes två målgrupper: 1. Unga vuxna som saknar gymnasieexamen 2. Personer med "
            "långvarig smärta. Därefter startades två projekt som kallas: 1. Vändpunkten 2. "
            "Gröna spåret 4 Broschyr om förbundet\n")
    ex = _extract(text)
    assert {"Unga vuxna som saknar gymnasieexamen", "Personer med långvarig smärta"} \
        <= {t.text for t in ex.target_groups}
    assert {"Vändpunkten", "Gröna spåret"} <= {p.name for p in ex.projects}


def test_efforts_listed_after_what_became_of_them_and_a_colon():
    text = ("Nyheter\n\nUnder 2031 avslutades förbundets två äldsta projekten. De två "
            "projekten avslutades: Steg mot jobb - IPS och Nya Broar. Nu startar Teamet.\n")
    names = {p.name for p in _extract(text).projects}
    assert {"Steg mot jobb - IPS", "Nya Broar"} <= names


def test_a_news_item_that_tells_of_a_plan_or_a_report_is_none_of_them():
    plan_news = document("Verksamhetsplanen för 2031 är antagen\n\nStyrelsen beslutade "
                             "i november att anta verksamhetsplanen för kommande år.\n")
    assert plan_news.doc_type == "other"
    report_news = document("IT-spåret förlängs\n\nStyrelsen sammanträdde i augusti.\n"
                               "Man fastställde då Delårsrapport 2031 som visar att ekonomin "
                               "är god.\n")
    assert report_news.doc_type == "other"
    plan = document("Verksamhetsplan 2031\n\nStyrelsen fastställde planen i november.\n")
    assert plan.doc_type == "verksamhetsplan"
    own = document("LSG Norrby\n\nVår plan för 2031\n\nVi har den här gången valt att "
                       "skriva verksamhetsplanen som frågor och svar. Planen har godkänts av "
                       "förbundet.\n")
    assert own.doc_type == "verksamhetsplan"  # (a text that names itself)



def test_goals_counted_for_the_first_and_second_and_one_followed_up_in_other_words():
    text = ("Verksamhetsberättelse 2031\n\nI verksamhetsplanen satte styrelsen tre mål. "
            "Förbundet skulle för det första se till att minst 25 procent av deltagarna gick "
            "vidare till arbete. För det andra skulle varje part ha en kontaktperson för "
            "förbundet. Det tredje målet gällde kunskapen: alla nya handläggare ska få en "
            "introduktion.\n\nSå gick det\n\nMålet att varje part skulle ha en kontaktperson "
            "har uppnåtts.\n")
    goals = {g.text: g.outcome_status for g in _extract(text).goals}
    assert goals == {
        "se till att minst 25 procent av deltagarna gick vidare till arbete": "not_reported",
        "skulle varje part ha en kontaktperson för förbundet": "achieved",
        "alla nya handläggare ska få en introduktion": "not_reported"}


def test_a_wish_in_the_past_tense_after_a_goal_named():
    text = ("Ordföranden har ordet\n\nDet andra målet handlade om samverkan. Vi ville att "
            "gemensamma möten skulle bli en rutin i Norrby. Det blev de.\n")
    assert "gemensamma möten skulle bli en rutin i Norrby" in " ".join(
        g.text for g in _extract(text).goals)


def test_wishes_listed_in_one_sentence_and_an_ordinal_that_counts_no_goal():
    text = ("Våra mål för 2031 och hur det gick\n\nVåra mål var tre. Vi ville att minst 50 "
            "personer skulle delta, att hälften skulle gå vidare till arbete och att Norrby "
            "skulle få en mötesplats.\n\nDet andra målet nådde vi inte.\n\n"
            "För det första verksamhetsåret har styrelsen delat in arbetet i tre mål. För det "
            "andra föreslås att insatserna redovisar per kön.\n")
    goals = {g.text: g.outcome_status for g in _extract(text).goals}
    assert goals == {"minst 50 personer skulle delta": "not_reported",
                     "hälften skulle gå vidare till arbete": "not_achieved",
                     "Norrby skulle få en mötesplats": "not_reported"}


def test_a_question_is_no_goal_activity_or_group():
    text = ("Projekt Ankaret\n\nMål\n\nMålet är att fler deltagare ska nå arbete.\n\nFör vem?\n\n"
            "Aktiviteter\n\n- Redo att ansöka?\n- Kartläggning av deltagarnas behov\n")
    ex = _extract(text)
    assert not any(r.text.endswith("?") for r in (*ex.goals, *ex.activities, *ex.target_groups))


def test_a_reply_quoted_after_a_dash_in_a_story_is_no_group():
    text = ("Nyhetsbrev 2031\n\nNU STARTAR BRYGGAN\n\nDen 1 mars öppnar Bryggan. Insatsen "
            "vänder sig till unga vuxna i Norrby som står långt från arbetsmarknaden. Många i "
            "målgruppen har haft försörjningsstöd länge.\n\n"
            "– Vi har sett samma unga komma tillbaka år efter år, säger Per Ek. Nu kan vi "
            "arbeta i samma rum.\n\nMer om Bryggan i nästa nummer.\n")
    groups = {t.text for t in _extract(text).target_groups}
    assert not any("år efter år" in g or "hoppas" in g for g in groups), groups


def test_what_every_activity_must_be_like_plans_none():
    text = ("Uppdrag\n\nHuvuddelen av de finansierade aktiviteterna ska avse insatser till "
            "enskilda individer och bygga på gemensamma kartläggningar. Förbundet ska också "
            "verka för en fortsatt utveckling av den lokala samverkansgruppen.\n")
    assert not _activities(text)
    planned = ("Aktiviteter 2031\n\nUnder 2031 ska förbundet ordna två seminarier för "
               "handläggare.\n")
    assert _activities(planned), "a lead that plans still reads"


def test_activities_counted_by_ordinal_or_number_and_named_between_commas():
    ex = extract_document(document(
        "Slutrapport Bron 2031\n\n4. Planerade aktiviteter och hur de genomfördes\n\n"
        "I ansökan beskrevs fyra aktiviteter. Nedan redovisas var och en.\n\n"
        "Den första aktiviteten i ansökan var att bygga upp ett team vid två vårdcentraler. "
        "Teamen kom igång i maj. Aktiviteten får anses genomförd.\n\n"
        "Aktivitet två, utvidga arbetssättet till en tredje vårdcentral, genomfördes inte. "
        "Vårdcentralen avböjde.\n\n"
        "Tredje aktiviteten, att etablera samarbete med tio arbetsgivare, genomfördes "
        "delvis. Sju arbetsgivare knöts till projektet.\n\n"
        "Aktivitet fyra var att arrangera en spridningskonferens. Konferensen hölls i juni "
        "med 80 deltagare.\n", "slutrapport"))
    acts = {a.text: a.outcome_status for a in ex.activities}
    assert acts == {"bygga upp ett team vid två vårdcentraler": "achieved",
                    "utvidga arbetssättet till en tredje vårdcentral": "not_achieved",
                    "etablera samarbete med tio arbetsgivare": "partially_achieved",
                    "arrangera en spridningskonferens": "achieved"}, acts


def test_new_projects_counted_then_named_before_a_relative_clause():
    ex = extract_document(document(
        "Summering av 2031\n\nNu ser vi fram emot två nya projekt som startar i maj, NOVA och "
        "BROVAKT som kommer att ge ett personcentrerat stöd till fler invånare.\n"))
    assert {p.name for p in ex.projects} == {"NOVA", "BROVAKT"}


def test_a_development_process_named_and_the_name_it_takes():
    ex = extract_document(document(
        "Förlängning av pågående utvecklingsprocesser\n\nStyrelsen har godkänt "
        "utvecklingsprocess BRIS att pågå till och med 2032. Utvecklingsprocess KOMPASS har "
        "visat sig behöva större förändringar. Processen byter också namn till Samklang och "
        "pågår till och med 2032.\n"))
    assert {p.name for p in ex.projects} == {"BRIS", "KOMPASS", "Samklang"}


def test_a_lead_that_ends_with_a_modal_over_its_list_states_goals_not_groups():
    ex = extract_document(document(
        "Verksamhetsmål\n\nGenom de insatser som förbundet utvecklar för aktuell målgrupp "
        "skall:\n\n  • samverkan öka mellan parterna\n  • självförsörjningen öka\n"
        "  • anställningsbarheten öka\n"))
    assert not ex.target_groups, [t.text for t in ex.target_groups]
    assert {g.text for g in ex.goals} >= {"självförsörjningen öka", "anställningsbarheten öka"}


def test_a_lead_of_its_own_under_a_groups_title_lists_no_groups():
    ex = extract_document(document(
        "Kartlagda prioriterade behovsgrupper 2031:\n\n"
        "Rapportens slutsatser pekar i följande riktning:\n\n"
        " • samtliga parter pekar på betydelsen av individuellt anpassat stöd över tid\n"
        " • samtliga parter pekar på vikten av samordnad organisering\n"))
    assert not ex.target_groups, [t.text for t in ex.target_groups]


def test_groups_the_parties_work_together_for_or_a_team_helped():
    ex = extract_document(document(
        "Nyhet\n\nStyrelsen har beviljat parternas ansökan om att fortsätta samverka kring "
        "individer med oklar arbetsförmåga. Teamet har gett stöd till de unga i åldern "
        "18–29 år som behövt det.\n"))
    assert {t.text for t in ex.target_groups} == {"individer med oklar arbetsförmåga",
                                                 "unga i åldern 18–29 år"}


def test_the_plans_activities_listed_after_a_copula():
    ex = extract_document(document(
        "Verksamhetsberättelse 2031\n\nLSG:s mål för 2031 var:\n"
        " Att fler unga vuxna ska få ett samordnat stöd\n"
        " Att LSG ska vara känt bland handläggarna\n\n"
        "Planerade aktiviteter enligt handlingsplanen var en gemensam handläggardag under "
        "våren, två frukostseminarier under hösten samt att LSG skulle besöka alla "
        "vårdcentraler och apotek.\n", "verksamhetsberattelse"))
    assert [a.text for a in ex.activities] == [
        "en gemensam handläggardag under våren", "två frukostseminarier under hösten",
        "att LSG skulle besöka alla vårdcentraler och apotek"]
    assert not any(g.text.startswith("Planerade") for g in ex.goals)
