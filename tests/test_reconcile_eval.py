"""Reconciliation on the shared evaluation corpus, through the real pipeline: a run's database
is reconciled and the comparison tables exported, as batch.py will do at the end of a run."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest

from samverkan.batch import RunOptions, run_batch
from samverkan.corpus.reconcile import reconcile_corpus
from samverkan.normalize.organisations import canonical_organisation
from samverkan.outputs.compare import HEADERS, export_comparisons

GOLD_EXAMPLES = Path(__file__).parent / "gold_examples"


@pytest.fixture(scope="module")
def reconciled(eval_corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("reconcile_eval")
    run_batch([eval_corpus], out, RunOptions(), log=lambda m: None)
    con = duckdb.connect(str(out / "corpus.duckdb"))
    counts = reconcile_corpus(con)
    written = export_comparisons(con, out)
    yield con, out, counts, written
    con.close()


def _doc(con, prefix: str) -> str:
    return con.execute("SELECT doc_id FROM documents WHERE source_path LIKE ?",
                       [f"%/{prefix}_%"]).fetchone()[0]


def test_helene_brandell_is_one_person(reconciled):
    con = reconciled[0]
    rows = con.execute("SELECT doc_id, person_id FROM signatories WHERE name = 'Heléne Brandell'"
                       ).fetchall()
    assert {d for d, _ in rows} == {_doc(con, "000"), _doc(con, "002")}
    assert len({p for _, p in rows}) == 1 and rows[0][1]


def test_every_signatory_has_a_person_and_namesakes_differ(reconciled):
    con = reconciled[0]
    assert con.execute("SELECT count(*) FROM signatories WHERE coalesce(person_id, '') = ''"
                       ).fetchone()[0] == 0
    n_people = con.execute("SELECT count(DISTINCT person_id) FROM signatories").fetchone()[0]
    n_names = con.execute("SELECT count(DISTINCT name) FROM signatories").fetchone()[0]
    assert n_people == n_names  # here every name is one person


@pytest.mark.parametrize("names,docs", [
    (("TRIS", "Tidig rehabilitering i samverkan", "Tidig Rehabilitering I Samverkan"),
     ("000", "001", "002")),
    (("Ciceron",), ("000", "002")),
])
def test_projects_have_one_canonical_id(reconciled, names, docs):
    con = reconciled[0]
    marks = ", ".join("?" for _ in names)
    rows = con.execute(f"SELECT doc_id, canonical_id FROM projects WHERE name IN ({marks})",
                       list(names)).fetchall()
    assert {_doc(con, d) for d in docs} <= {d for d, _ in rows}
    assert len({c for _, c in rows}) == 1 and rows[0][1]


def test_principal_of_every_gold_signatory(reconciled, eval_corpus):
    con = reconciled[0]
    gold_dir = eval_corpus.parent / "gold"
    checked = 0
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc = _doc(con, gold["document"].split("_")[0])
        for s in gold["signatories"]:
            org = canonical_organisation(s["organisation"], gold["organisation"], s["title"])
            assert org.principal == s["principal"], s
            found = con.execute("SELECT principal FROM signatories WHERE doc_id = ? AND name = ?",
                                [doc, s["name"]]).fetchall()
            for (principal,) in found:
                assert principal == s["principal"], s
                checked += 1
    assert checked >= 10


def test_principal_of_gold_examples():
    for path in sorted(GOLD_EXAMPLES.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for s in gold["signatories"]:
            org = canonical_organisation(s["organisation"], gold["organisation"], s["title"])
            assert org.principal == s["principal"], (path.name, s)


def test_target_groups_are_classified_and_unmatched_counted(reconciled):
    con, _, counts, _ = reconciled
    total, unmatched = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE coalesce(canonical, '') = '') "
        "FROM target_groups").fetchone()
    assert counts["target_groups"] == total
    assert counts["target_groups_unmatched"] == unmatched
    assert unmatched < total / 2


def test_comparison_files_have_headers(reconciled):
    _, out, counts, written = reconciled
    for name, header in HEADERS.items():
        with (out / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        assert rows[0] == header
        assert len(rows) - 1 == written[name]
    assert written["people"] == counts["people"]
    matches = list(csv.DictReader((out / "matches.csv").open(encoding="utf-8")))
    # every mention has its rule; only an organisation line that names none has no entity
    assert all(m["rule"] for m in matches)
    assert all(m["entity_id"] or (m["type"] == "organisation"
                                  and m["rule"] in ("unspecific", "not-an-organisation"))
               for m in matches)


def test_rerun_gives_the_same_tables(reconciled):
    con = reconciled[0]
    before = con.execute("SELECT * FROM entities ORDER BY entity_id").fetchall()
    reconcile_corpus(con)
    assert con.execute("SELECT * FROM entities ORDER BY entity_id").fetchall() == before


def test_export_without_reconcile_writes_headers(tmp_path):
    from samverkan.corpus.store import Store

    Store(tmp_path).close()  # every table of the registry, empty
    con = duckdb.connect(str(tmp_path / "corpus.duckdb"))
    written = export_comparisons(con, tmp_path)
    con.close()
    assert set(written) == set(HEADERS) and not any(written.values())
    for name, header in HEADERS.items():
        assert (tmp_path / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0] == \
            ",".join(header)


def test_overrides_file_is_honoured(reconciled, tmp_path):
    con = reconciled[0]
    f = tmp_path / "overrides.csv"
    f.write_text("type,a,b,decision\nproject,TRIS,Tidig rehabilitering i samverkan,cannot-link\n"
                 "person,Heléne Brandell,Per Liljebäck,must-link\n", encoding="utf-8")
    try:
        reconcile_corpus(con, f)
        ids = {r[0] for r in con.execute(
            "SELECT canonical_id FROM projects WHERE name IN ('TRIS', "
            "'Tidig rehabilitering i samverkan')").fetchall()}
        assert len(ids) == 2
        people = {r[0] for r in con.execute(
            "SELECT person_id FROM signatories WHERE name IN ('Heléne Brandell', "
            "'Per Liljebäck')").fetchall()}
        assert len(people) == 1
        rules = {r[0] for r in con.execute("SELECT rule FROM matches").fetchall()}
        assert "must-link" in rules
    finally:
        reconcile_corpus(con)  # leave the shared database as the other tests expect


def test_reconcile_an_empty_run(tmp_path):
    run_batch([], tmp_path, RunOptions(), log=lambda m: None)
    con = duckdb.connect(str(tmp_path / "corpus.duckdb"))
    counts = reconcile_corpus(con)
    assert counts["people"] == counts["projects"] == counts["review"] == 0
    assert export_comparisons(con, tmp_path)["entities"] == 0
    con.close()
