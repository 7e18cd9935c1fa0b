"""Projects a document names in passing, known from another document of its organisation.
Every name here is made up."""
from __future__ import annotations

from pathlib import Path

import duckdb

from samverkan.batch import RunOptions, run_batch

PLAN = ("Verksamhetsplan 2031\nSamordningsförbundet Västby\n\nInsatser 2031\n\n"
        "Insatsen Lyktan är en mötesplats för unga vuxna i Åby. Projektet Brovakten Åby "
        "fortsätter under året.\n")
REPORT = ("Delårsrapport 2031\nSamordningsförbundet Västby\n\nLäget i juni\n\n"
          "Under våren har Lyktan haft 14 deltagare och Brovakten Åby 9. Lyktan ute i "
          "skärgården lyste som vanligt.\n")
OTHER = ("Delårsrapport 2031\nSamordningsförbundet Österby\n\nLäget i juni\n\n"
         "Under våren har Lyktan haft 12 deltagare.\n")


def test_a_name_known_from_another_document_of_the_organisation(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in (("vp.txt", PLAN), ("dr.txt", REPORT), ("other.txt", OTHER)):
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    run_batch([folder], out, RunOptions(), log=lambda m: None)
    rows = duckdb.connect(str(out / "corpus.duckdb"), read_only=True).execute(
        "SELECT d.source_path, p.name, p.found_by, p.evidence, p.char_start, d.text "
        "FROM projects p JOIN documents d USING (doc_id)").fetchall()
    report = [(n, f, e, s, t) for path, n, f, e, s, t in rows if path.endswith("dr.txt")]
    assert {(n, f) for n, f, *_ in report} == {("Lyktan", "corpus"), ("Brovakten Åby", "corpus")}
    for _, _, evidence, start, text in report:
        assert text[start:start + len(evidence)] == evidence
    # the first "Lyktan" stands inside a sentence; another förbund's documents get nothing
    assert [s for n, _, _, s, _ in report if n == "Lyktan"] == [REPORT.index("har Lyktan") + 4]
    assert not [n for path, n, f, *_ in rows if path.endswith("other.txt") and f == "corpus"]


def test_a_local_group_shares_the_names_of_its_forbund(tmp_path: Path):
    # LSG Flen's and LSG Gnesta's municipalities are members of RAR in the list of förbund;
    # Österby is in no förbund. Two groups of one förbund share no names.
    plan = ("Verksamhetsplan 2031\nSamordningsförbundet RAR i Sörmland\n\nInsatser 2031\n\n"
            "Insatsen Tornsvalan är en mötesplats för unga vuxna. Projektet Vindbryggan "
            "fortsätter under året.\n")
    group = ("Verksamhetsberättelse 2031\nLSG Flen\n\nÅret som gått\n\n"
             "Gruppen har följt Tornsvalan och besökt Vindbryggan i maj. Projektet "
             "Ljusglimten startade i mars.\n")
    sibling = ("Verksamhetsberättelse 2031\nLSG Gnesta\n\nÅret som gått\n\n"
               "Gruppen har följt Tornsvalan och hört om Ljusglimten i Flen.\n")
    other = ("Verksamhetsberättelse 2031\nLSG Österby\n\nÅret som gått\n\n"
             "Gruppen har följt Tornsvalan under året.\n")
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in (("vp.txt", plan), ("lsg.txt", group), ("other.txt", other),
                       ("sibling.txt", sibling)):
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    run_batch([folder], out, RunOptions(), log=lambda m: None)
    rows = duckdb.connect(str(out / "corpus.duckdb"), read_only=True).execute(
        "SELECT d.source_path, p.name FROM projects p JOIN documents d USING (doc_id) "
        "WHERE p.found_by = 'corpus'").fetchall()
    assert {n for path, n in rows if path.endswith("lsg.txt")} == {"Tornsvalan", "Vindbryggan"}
    assert not [n for path, n in rows if path.endswith("other.txt")]
    assert {n for path, n in rows if path.endswith("sibling.txt")} == {"Tornsvalan"}
