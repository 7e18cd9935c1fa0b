"""A plan's activities told in a sentence after a lead that names the plan: one per
coordinated verb, also where an adverbial stands between the coordination and its verb
("..., samt i samarbete med övriga förbund i länet arrangera en konferens")."""
from __future__ import annotations

from samverkan.extract import extract_document

from .texts import document

_STORY = """Verksamhetsberättelse 2031

Året i korthet

I verksamhetsplanen för 2031 angavs att kansliet skulle ta fram en kommunikationsplan och anordna
en temadag om psykisk ohälsa, samt i samarbete med övriga förbund i länet arrangera en konferens
i november. Temadagen hölls i mars.
"""


def test_each_coordinated_verb_is_one_activity_after_an_adverbial_too():
    acts = {a.text for a in extract_document(document(_STORY, "verksamhetsberattelse")).activities}
    assert acts == {"ta fram en kommunikationsplan",
                    "anordna en temadag om psykisk ohälsa",
                    "arrangera en konferens i november"}, acts
