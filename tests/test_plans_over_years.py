"""Plans that span several years: a chapter's parts, one per calendar year ("5.1 År 2031"),
each over its own items (the year's title is no activity), and a mid-term follow-up whose
lead says what the plan said the förbund should do ("I den strategiska planen anges att
förbundet under perioden ska:"), each item with what became of it; not the groups a plan
says the förbund shall work for."""
from __future__ import annotations

from samverkan.extract import extract_document

from .texts import document

_YEARS = """Verksamhetsplan 2031–2033

5. Aktiviteter per år

Under planperioden genomför förbundet aktiviteter enligt nedan. Aktiviteterna för de två
senare åren preciseras vid den årliga revideringen.

5.1 År 2031
- Genomföra en behovsanalys tillsammans med parterna
- Starta insatsen Klivet i Norrby

5.2 År 2032
- Utvärdera Klivet efter första verksamhetsåret
- Utreda behovet av en insats för unga vuxna

5.3 År 2033
- Ta fram verksamhetsplan för 2034–2036

6. Budget

Medlemmarnas bidrag 2031 är 3 000 000 kr.
"""


def test_each_years_items_are_the_plans_and_the_years_titles_are_none():
    acts = {a.text: a.section for a in extract_document(document(_YEARS, "verksamhetsplan")).activities}
    assert set(acts) == {"Genomföra en behovsanalys tillsammans med parterna",
                         "Starta insatsen Klivet i Norrby",
                         "Utvärdera Klivet efter första verksamhetsåret",
                         "Utreda behovet av en insats för unga vuxna",
                         "Ta fram verksamhetsplan för 2034–2036"}, acts
    assert acts["Utreda behovet av en insats för unga vuxna"] == "5.2 År 2032"


_MIDTERM = """Halvtidsuppföljning av strategisk plan 2030–2034

4. Uppföljning av planens strategier

I den strategiska planen anges att förbundet under planperioden ska:

a) finansiera insatser för personer som står långt från arbetsmarknaden
Status: Genomfört. Fem insatser har finansierats under 2030–2031.

b) ta fram en kommunikationsplan
Status: Ej påbörjat. Arbetet flyttas till 2033.
"""


def test_what_the_plan_said_the_forbund_should_do_followed_up_item_by_item():
    acts = {a.text: a.outcome_status
            for a in extract_document(document(_MIDTERM, "verksamhetsberattelse")).activities}
    assert acts == {"finansiera insatser för personer som står långt från arbetsmarknaden": "achieved",
                    "ta fram en kommunikationsplan": "not_achieved"}, acts


def test_the_groups_a_plan_says_the_forbund_shall_work_for_are_no_activities():
    text = ("Verksamhetsberättelse 2031\n\nVilka vi vill nå\n\n"
            "Enligt verksamhetsplanen för 2031 ska förbundet särskilt prioritera insatser för:\n"
            "• unga vuxna 16–29 år som varken arbetar eller studerar\n"
            "• personer med långvarigt försörjningsstöd\n")
    assert extract_document(document(text, "verksamhetsberattelse")).activities == []
