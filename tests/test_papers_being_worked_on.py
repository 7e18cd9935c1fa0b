"""Papers as they sit in a shared folder before adoption: a draft's version history above its
title and its "Förslag till styrelsen" line do not make it an application or minutes; its
revision marks are read as the text stands after them (deleted passages and reviewers'
comments left out, inserted words kept), and the document's warnings say so."""
from __future__ import annotations

from samverkan.extract import extract_document
from samverkan.ingest.metadata import add_metadata
from samverkan.ingest.reader import read_document
from samverkan.records import Document, Page


def _kind_and_year(text: str) -> tuple[str, int | None]:
    doc = Document(doc_id="t", source_path="t.txt", format="txt", text=text,
                   pages=[Page(1, 0, len(text))])
    add_metadata(doc)
    return doc.doc_type, doc.year


def test_a_drafts_version_history_and_its_proposal_line_stand_above_its_title():
    draft = ("UTKAST – Förslag till styrelsen 2030-11-05\n\nVersionshistorik\n"
             "| Version | Datum | Ändring | Av |\n|---|---|---|---|\n"
             "| 0.1 | 2030-08-30 | Första utkast | AB |\n| 0.2 | 2030-09-14 | Mål 2 omskrivet | AB |\n"
             "| 0.3 | 2030-10-05 | Budget uppdaterad | AB / CD |\n| 0.4 | 2030-10-27 | Förslag | AB |\n\n"
             "Dokumentet är ett förslag. Ändringar kan göras vid styrelsens sammanträde.\n"
             "________________________________\n\nSAMORDNINGSFÖRBUNDET NORRBY\n\n"
             "Verksamhetsplan och budget 2031\n\n1 Mål\n\nFler ska nå egen försörjning.\n")
    assert _kind_and_year(draft) == ("verksamhetsplan", 2031)


_DRAFT = """Handlingsplan 2031 för LSG Norrby

Mål

1. Fler unga i Norrby ska vara i arbete eller studier.[AB1]
2. [struket: Alla handläggare ska ha gått utbildningen i samverkan.]
3. Samverkan kring unga vuxna [infogat: 18–29 år ]ska utvecklas. [Kommentar från Eva: räcker detta?]

Aktiviteter 2031

- Ordna en temadag om psykisk ohälsa [struket: i mars] [infogat: i april] för handläggare
- ~~Ta fram en broschyr om LSG~~
- Kartlägga unga med aktivitetsersättning

Kommentar [AB1]: Ska vi mäta detta?
"""


def test_a_draft_is_read_as_it_stands_after_its_revision_marks(tmp_path):
    path = tmp_path / "utkast.txt"
    path.write_text(_DRAFT, encoding="utf-8")
    doc = read_document(path, "t")
    ex = extract_document(doc)
    assert {g.text for g in ex.goals} == {
        "Fler unga i Norrby ska vara i arbete eller studier",
        "Samverkan kring unga vuxna 18–29 år ska utvecklas"}, {g.text for g in ex.goals}
    assert {a.text for a in ex.activities} == {
        "Ordna en temadag om psykisk ohälsa i april för handläggare",
        "Kartlägga unga med aktivitetsersättning"}, {a.text for a in ex.activities}
    assert any("3 deleted passage(s) and 2 comment(s)" in w for w in doc.warnings), doc.warnings
