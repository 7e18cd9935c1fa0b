"""The compact vocabulary answers as spaCy's lemma table and the word set built from it did."""
from __future__ import annotations

import json

import pytest

from samverkan import vocabulary, vocabulary_store
from samverkan.extract.lemmas import load_table
from samverkan.resources import load_csv, load_lines


@pytest.fixture(scope="module")
def spacy_table() -> dict[str, str]:
    """The table as spaCy loads it: the reference the compact form must reproduce."""
    from spacy.util import load_language_data, registry

    return dict(load_language_data(registry.lookups.get("sv")["lemma_lookup"]))


def test_every_entry_of_the_table_is_answered_the_same(spacy_table):
    table = vocabulary.lemma_table()
    assert len(table) == len(spacy_table)
    assert all(table.get(w) == lemma for w, lemma in spacy_table.items())
    assert dict(table.items()) == spacy_table


def test_words_outside_the_table_are_not_in_it(spacy_table):
    table = vocabulary.lemma_table()
    lemmas_only = [w for w in set(spacy_table.values()) if w not in spacy_table][:500]
    for word in [*lemmas_only, "", "samverkansxyz", "Möten", "🙂", "a\x00b"]:
        assert (word in table) == (word in spacy_table)
        assert table.get(word, "default") == spacy_table.get(word, "default")
        if word not in spacy_table:
            with pytest.raises(KeyError):
                table[word]
    assert 1 not in table and table.get(None) is None


def test_known_words_are_the_old_set(spacy_table):
    from spacy.lang.sv.stop_words import STOP_WORDS

    old = {w.lower() for w in spacy_table} | {w.lower() for w in spacy_table.values()}
    old |= {w.lower() for w in STOP_WORDS}
    for r in load_csv("lexicon", "municipalities.csv"):
        old |= {r["name"].lower(), r["genitive"].lower()}
    old |= {n.lower() for n in load_lines("lexicon", "first_names.txt")}
    known = vocabulary.known_words()
    assert len(known) == len(old)
    assert set(known) == old
    assert all(w in known for w in old)
    assert "samverkansxyz" not in known and "Samverkan" not in known and 3 not in known


def test_our_exceptions_lie_over_the_table(spacy_table):
    table = load_table()
    assert table.get("mål") != spacy_table.get("mål") or "mål" not in spacy_table
    assert table.get("verksamheten") == spacy_table["verksamheten"]
    assert table.get("qqqq", "qqqq") == "qqqq"


def test_built_once_and_found_again(tmp_path, monkeypatch):
    monkeypatch.setenv("SAMVERKAN_CACHE_DIR", str(tmp_path))
    first = vocabulary_store.load()
    folders = list((tmp_path / "vocabulary").iterdir())
    assert len(folders) == 1 and not folders[0].name.startswith(".")
    again = vocabulary_store.load()
    assert again.n_forms == first.n_forms
    assert again.lemma("verksamheten") == first.lemma("verksamheten") == "verksamhet"


def test_a_damaged_build_is_built_again(tmp_path, monkeypatch):
    monkeypatch.setenv("SAMVERKAN_CACHE_DIR", str(tmp_path))
    folder = tmp_path / "vocabulary" / vocabulary_store.find_sources().key()
    vocabulary_store.build(vocabulary_store.find_sources(), folder)
    (folder / vocabulary_store.KNOWN).write_bytes(b"truncated")
    assert vocabulary_store._open(folder) is None
    manifest = json.loads((folder / vocabulary_store.MANIFEST).read_text())
    assert manifest["format"] == vocabulary_store.FORMAT
    # a damaged folder is not used but built again in its place
    assert vocabulary_store.load().lemma("verksamheten") == "verksamhet"
    assert vocabulary_store._open(folder) is not None
    assert [p.name for p in folder.parent.iterdir()] == [folder.name]
