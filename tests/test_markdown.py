"""Reports that arrive as Markdown (a saved web page, a Word file converted by a tool)."""
from __future__ import annotations

from pathlib import Path

from samverkan.extract import extract_document
from samverkan.extract.structure import parse_structure
from samverkan.ingest.markdown import is_markdown, plain_marks
from samverkan.ingest.reader import read_document

PAGE = """# Verksamhetsplan 2031

**Samordningsförbundet Västby**

## Målgrupper

Förbundet vänder sig till personer som behöver stöd från flera parter. Under 2031 prioriteras

- unga vuxna som saknar gymnasieexamen
- kvinnor med lång tid i sjukskrivning

## Mål

**Mål:** Minst hälften av deltagarna ska gå vidare till arbete eller studier.
Läs mer i [förbundsordningen](/dokument/forbundsordning.pdf).

| Mål | Aktivitet |
|---|---|
| Bättre samverkan | Anordna två träffar för handläggare |
"""


def test_marks_go_headings_and_tables_stay():
    plain = plain_marks(PAGE)
    assert "**" not in plain and "](" not in plain
    assert "Mål: Minst hälften" in plain and "i förbundsordningen." in plain
    assert "## Målgrupper" in plain and "|---|---|" in plain


def test_a_plain_transcript_is_left_as_it_is():
    text = "Verksamhetsberättelse 2031\n\nKostnad 5 * 3 tkr, se *bilaga*.\n# 4\n"
    assert not is_markdown(text) and plain_marks(text) == text


def test_a_markdown_file_reads_as_a_report(tmp_path: Path):
    path = tmp_path / "vp2031.md"
    path.write_text(PAGE, encoding="utf-8")
    doc = read_document(path, "md")
    headings = [b.text for b in parse_structure(doc).blocks if b.is_heading]
    assert {"Målgrupper", "Mål", "Samordningsförbundet Västby"} <= set(headings)
    got = extract_document(doc)
    assert {"unga vuxna som saknar gymnasieexamen", "kvinnor med lång tid i sjukskrivning"} \
        <= {t.text for t in got.target_groups}
    assert "Anordna två träffar för handläggare" in {a.text for a in got.activities}


def test_titles_one_level_under_a_markdown_section_of_efforts_name_them(tmp_path: Path):
    path = tmp_path / "vb2031.md"
    path.write_text("# Verksamhetsberättelse 2031\n\n**Samordningsförbundet Västby**\n\n"
                    "## Insatser\n\n### Ankarfästet Åby\nIndividinriktad insats för personer "
                    "med försörjningsstöd. 118 deltagare.\n\n### Lyktan\nStartade den 1 "
                    "september inom psykiatrin. 19 deltagare.\n\n## Ekonomi\n\n### Intäkter\n"
                    "Intäkterna blev som budgeterat.\n", encoding="utf-8")
    names = {p.name for p in extract_document(read_document(path, "md")).projects}
    assert {"Ankarfästet Åby", "Lyktan"} <= names and "Intäkter" not in names
