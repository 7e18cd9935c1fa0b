"""What a meeting's minutes decide shall be done: the parts of a decision (att-lines, a
numbered "Förslag till beslut", "Beslut: <sentence>", a commission's bulleted list), the
commissions given in sentences of their own and the members' list "Till nästa möte" are
planned activities; decisions that adopt, grant, schedule or file are not, nor a report's
account of what its board decided."""
from __future__ import annotations

from samverkan.extract import extract_document

from .texts import document

_MINUTES = """PROTOKOLL
Styrelsen för Samordningsförbundet Norrby, sammanträde 2031-03-12

§ 5  Verksamhetsplan 2031
Förbundschefen föredrar förslaget till verksamhetsplan.

Styrelsen beslutar
att fastställa verksamhetsplanen för 2031 enligt bilaga,
att ge förbundschefen i uppdrag att till sammanträdet i maj redovisa en
    plan för uppföljning av insatserna, samt
att inför hösten ordna en temadag för parternas handläggare.

§ 6  Insatsen Vägen vidare
Förslag till beslut
1. Att bevilja Vägen vidare 400 000 kr för 2031.
2. Insatsen Steget avslutas 2031-06-30.
3. En slutrapport för Steget ska lämnas till styrelsen senast i oktober.

Beslut
Styrelsen beslutar enligt förslaget.

§ 7  Information
Region Norrby informerade om den nya vårdcentralen. Ordföranden och förbundschefen ges i
uppdrag att bjuda in vårdcentralens chef till nästa sammanträde.
Beslut: Kim tar med sig frågan om lokaler till kommunens ledningsgrupp.

§ 8  Sammanträden
Styrelsen beslutar att sammanträda 2031-09-10 och 2031-11-19.

§ 9  Anmälningar
Beslut: Anmälningarna läggs till handlingarna.

§ 10  Till nästa möte
- Kansliet tar fram statistik över deltagarna per kommun
- Boka lokal för temadagen
"""

_WANTED = {
    "ge förbundschefen i uppdrag att till sammanträdet i maj redovisa en plan för uppföljning "
    "av insatserna, samt att inför hösten ordna en temadag för parternas handläggare",
    "Insatsen Steget avslutas 2031-06-30",
    "En slutrapport för Steget ska lämnas till styrelsen senast i oktober",
    "Ordföranden och förbundschefen ges i uppdrag att bjuda in vårdcentralens chef till nästa "
    "sammanträde",
    "Kim tar med sig frågan om lokaler till kommunens ledningsgrupp",
    "Kansliet tar fram statistik över deltagarna per kommun",
    "Boka lokal för temadagen",
}


def test_the_work_a_meeting_decides_is_its_planned_activities():
    ex = extract_document(document(_MINUTES, "protokoll"))
    acts = {a.text.rstrip(".") for a in ex.activities}
    assert acts == _WANTED, acts ^ _WANTED


def test_a_reports_account_of_its_boards_decisions_plans_nothing():
    report = ("Verksamhetsberättelse 2031\n\nStyrelsen\nStyrelsen har sammanträtt sex gånger. "
              "Styrelsen beslutade i maj att ge kansliet i uppdrag att ta fram en ny "
              "kommunikationsplan.\n")
    ex = extract_document(document(report, "verksamhetsberattelse"))
    assert not any("kommunikationsplan" in a.text for a in ex.activities)
