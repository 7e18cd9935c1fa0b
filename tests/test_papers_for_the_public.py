"""Papers a förbund writes for the public: an easy-to-read plan whose title at its top is in
its reader's words ("Det här ska vi göra 2031") and whose list under the same words later is
the plan; a web page that looks back at what "we promised" in paragraphs of "activity –
what became of it" (a figure held to the plan's); and goals numbered with keycap emoji."""
from __future__ import annotations

from samverkan.extract import extract_document
from samverkan.ingest.cleanup import clean_text

from .texts import document

_EASY = """Lättläst

Samordningsförbundet Norrby

Det här ska vi göra 2031

En lättläst sammanfattning av vår verksamhetsplan

Om den här texten

Det här är en kort och lättläst text.
Den berättar vad samordningsförbundet ska göra under 2031.

Det här ska vi göra 2031

• Vi ska starta en ny insats för unga i Norrby.
• Vi ska fråga deltagarna vad de tycker om insatserna.
"""


def test_an_easy_to_read_plans_title_is_no_heading_over_a_plan_but_its_list_is():
    acts = {a.text for a in extract_document(document(_EASY, "verksamhetsplan")).activities}
    assert acts == {"Vi ska starta en ny insats för unga i Norrby",
                    "Vi ska fråga deltagarna vad de tycker om insatserna"}, acts


_PROMISED = """Så gick det 2031 – Samordningsförbundet Norrby

Vad vi lovade i verksamhetsplanen
I verksamhetsplanen för 2031 lovade vi att:

Starta en insats för personer över 50 år – Klart! Insatsen startade i maj.

Anordna fyra nätverksträffar för chefer – Vi hann med tre nätverksträffar.

Utbilda minst 200 personer i SIP – 236 personer har gått utbildningen.

Våra insatser
"""


def test_what_we_promised_told_a_paragraph_each_with_what_became_of_it():
    acts = {a.text: a.outcome_status
            for a in extract_document(document(_PROMISED, "verksamhetsberattelse")).activities}
    assert acts == {"Starta en insats för personer över 50 år": "achieved",
                    "Anordna fyra nätverksträffar för chefer": "not_achieved",
                    "Utbilda minst 200 personer i SIP": "achieved"}, acts


def test_goals_numbered_with_keycap_emoji():
    post = clean_text("Facebook · 24 november 2030\nStyrelsen har antagit verksamhetsplanen. "
                      "Våra tre mål för 2031:\n1️⃣ Fler deltagare ska gå vidare till arbete.\n"
                      "2️⃣ Ingen ska behöva vänta på stöd.\nHela planen finns på webbplatsen.\n")
    goals = {g.text for g in extract_document(document(post, "other")).goals}
    assert goals == {"Fler deltagare ska gå vidare till arbete",
                     "Ingen ska behöva vänta på stöd"}, goals
