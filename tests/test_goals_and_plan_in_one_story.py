"""A report that tells its goals and its plan's activities in one story under one heading:
goals counted in prose ("Det första målet var att" at a line's end, "Som tredje mål angavs
att"), each judged later in its paragraph or said not to be measured, then a sentence that
turns to the plan's activities, listed as infinitives after a modal and told one by one in
the sentences after them."""
from __future__ import annotations

from samverkan.extract import extract_document
from samverkan.extract.nlp import current_nlp
from samverkan.extract.outcomes import classify

from .texts import document

_STORY = """Verksamhetsberättelse 2031

Måluppfyllelse

Styrelsen fastställde i verksamhetsplanen tre mål för verksamhetsåret. Det första målet var att
minst 80 personer skulle delta i förbundets insatser under året. Målet har uppnåtts, då hela
93 personer deltog i någon av insatserna, varav 51 kvinnor och 42 män.

Som tredje mål angavs att alla lokala grupper ska ha en egen handlingsplan för sitt arbete. Två
av tre grupper har i dag en sådan plan, medan den tredje gruppen har haft svårt att samlas.
Styrelsen bedömer därför att målet är delvis uppnått.

Det andra målet, att handläggarna hos parterna ska känna till insatserna, har inte följts upp
med någon mätning under året. En enkät till handläggarna planeras till våren.

Verksamhetsplanen innehöll också några aktiviteter för kansliets egen verksamhet. Kansliet
skulle ordna en temadag för parternas chefer, ta fram en ny broschyr samt starta ett nätverk
för arbetsgivare. Broschyren blev inte klar under året, eftersom tryckeriet bytte ägare.
Temadagen hölls i mars med 60 deltagare. Nätverket startades i september med tolv företag.
"""


def _extract(heading: str = "Måluppfyllelse"):
    return extract_document(document(_STORY.replace("Måluppfyllelse", heading),
                                     "verksamhetsberattelse"))


def test_goals_counted_in_prose_with_their_verdicts_later_in_the_paragraph():
    # (under a heading that names no goals: the counting words alone tell them)
    goals = {g.text: g.outcome_status for g in _extract("Året i korthet").goals}
    assert goals == {
        "minst 80 personer skulle delta i förbundets insatser under året": "achieved",
        "alla lokala grupper ska ha en egen handlingsplan för sitt arbete": "partially_achieved",
        "handläggarna hos parterna ska känna till insatserna": "not_reported"}, goals


def test_a_sentence_turning_to_the_plans_activities_ends_the_goals_and_lists_them():
    acts = {a.text: a.outcome_status for a in _extract().activities}
    assert acts == {"ordna en temadag för parternas chefer": "achieved",
                    "ta fram en ny broschyr": "not_achieved",
                    "starta ett nätverk för arbetsgivare": "achieved"}, acts


def test_not_measured_is_no_claim_but_not_reached_is():
    nlp = current_nlp()
    assert classify(nlp("Målet har inte följts upp under året.")[:]) is None
    assert classify(nlp("Målet har inte mätts.")[:]) is None
    assert classify(nlp("Målet har inte nåtts.")[:]) == "not_achieved"
