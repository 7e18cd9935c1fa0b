"""A plan's activities told in a sentence after a lead that names the plan: one per
coordinated verb, also where an adverbial stands between the coordination and its verb
("..., samt i samarbete med övriga förbund i länet arrangera en konferens"); and a party's
commitments under a sentence left open for them, without a colon ("Kommunen åtar sig att" /
"• ..."), but not the goals under "... ska syfta till att nå följande mål"."""
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


_COMMITMENTS = """Verksamhetsplan 2031 för LSG Norrby

Planen är uppbyggd så att varje part beskriver vad den åtar sig under året. Därefter följer
de mål som LSG gemensamt arbetar mot. Uppföljning sker vid LSG:s möte i juni och i den
verksamhetsberättelse som lämnas till förbundets styrelse i februari året därpå.

Parternas åtaganden

Norrby kommun
Kommunen åtar sig att
• ordna sex praktikplatser i kommunens förvaltningar
• bjuda in LSG till socialtjänstens planeringsdag

Försäkringskassan
Parterna avser att under våren gemensamt
a) kartlägga hur många unga som har aktivitetsersättning
b) ta fram en gemensam rutin för avstämningsmöten

Mål
Parterna är överens om att arbetet ska syfta till att nå följande mål
• Fler unga ska komma i arbete eller studier
"""


def test_a_partys_commitments_under_an_open_sentence_but_not_goals():
    acts = {a.text for a in extract_document(document(_COMMITMENTS, "verksamhetsplan")).activities}
    assert acts == {"ordna sex praktikplatser i kommunens förvaltningar",
                    "bjuda in LSG till socialtjänstens planeringsdag",
                    "kartlägga hur många unga som har aktivitetsersättning",
                    "ta fram en gemensam rutin för avstämningsmöten"}, acts
