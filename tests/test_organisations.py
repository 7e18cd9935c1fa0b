"""Organisations: one id per real organisation across spellings and years, with its kind,
codes, members and organisationsnummer; the rules on small cases, then a corpus of three
reports of one förbund (tests/corpus_org_years: made-up text, invented people) written three
ways over two years."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

import samverkan
from samverkan.normalize.codes import kommunkod, luhn_ok
from samverkan.normalize.organisation_facts import organisation_row
from samverkan.normalize.organisation_names import forbund_core, resolve
from samverkan.normalize.organisations import samordningsforbund_named
from samverkan.normalize.organisations_match import OrgMention, reconcile_organisations
from samverkan.normalize.reconcile_core import CANNOT, MUST, Overrides

CORPUS = Path(__file__).parent / "corpus_org_years"


def mention(text: str, doc: str = "d1", year: int = 2020, context: str = "",
            number: str = "", source: str = "document") -> OrgMention:
    return OrgMention(text, doc, year, context or text, source=source, number=number)


@pytest.mark.parametrize(("text", "kind", "rule"), [
    ("Samordningsförbundet Gotland", "samordningsforbund", "registry"),
    ("Finsam Gotland", "samordningsforbund", "forbund-core"),
    ("Gotlands samordningsförbund", "samordningsforbund", "forbund-core"),
    ("Finsam Södertälje-Nykvarn", "samordningsforbund", "forbund-members"),
    ("Samordningsförbundet Norrbacka", "samordningsforbund", "forbund-name"),
    ("Lokala samverkansgruppen i Flen", "lsg", "group"),
    ("LLG Köping", "llg", "group"),
    ("Vuxenpsykiatrin Katrineholm", "region", "lexicon"),
    ("Arbetsförmedlingen Flen", "arbetsformedlingen", "lexicon"),
    ("Flens kommun, Socialförvaltningen", "kommun", "lexicon"),
    ("Kraftsamla Nynäshamn", "other", "name"),
])
def test_a_mention_names_its_kind_by_a_rule(text: str, kind: str, rule: str) -> None:
    r = resolve(text, "LSG Katrineholm")
    assert (r.kind, r.rule) == (kind, rule)


def test_mentions_that_name_no_one_get_no_organisation() -> None:
    assert resolve("Justerande ..........", "LSG Flen").rule == "not-an-organisation"
    assert resolve("Justerare", "LSG Flen").rule == "not-an-organisation"
    # "Kommunen" in a förbund of nine kommuner: which one cannot be told
    assert resolve("Kommunen", "Samordningsförbundet RAR i Sörmland").rule == "unspecific"
    # "Förbundet" in the förbund's own report is that förbund
    r = resolve("Förbundet", "Samordningsförbundet Östra Södertörn")
    assert (r.name, r.rule) == ("Samordningsförbundet Östra Södertörn", "document-organisation")


def test_a_kommun_with_a_regions_tasks_is_one_organisation() -> None:
    a, b = resolve("Region Gotland", "Finsam Gotland"), resolve("Gotlands kommun")
    assert a.key == b.key and a.kind == "kommun"


def test_cores_ignore_order_genitive_and_generic_words() -> None:
    assert forbund_core("Samordningsförbundet i Kalmar län") == ("kalmar",)
    assert forbund_core("Östra Södertörns samordningsförbund") == forbund_core(
        "Samordningsförbundet Östra Södertörn")
    assert forbund_core("Borås samordningsförbund") == ("borås",)  # its own s stays


def test_spellings_join_by_core_and_by_fuzzy_score() -> None:
    r = reconcile_organisations([
        mention("Samordningsförbundet Norrbacka", "a", 2020),
        mention("Finsam Norrbacka", "b", 2021),
        mention("Samordningsförbundet Norbacka", "c", 2021),  # a typo
        mention("Samordningsförbundet Norrbacka-Västby", "d", 2021),  # another membership
    ])
    assert r.entity_of[0] == r.entity_of[1] == r.entity_of[2] != r.entity_of[3]
    assert r.rule_of[2] == "fuzzy" and 92 <= r.score_of[2] < 100
    assert [row["rule"] for row in r.review] == ["core-subset"]
    org = r.organisations[r.entity_of[0]]
    assert org.years == {2020, 2021} and sorted(org.doc_ids) == ["a", "b", "c"]


def test_overrides_split_and_join_organisations() -> None:
    mentions = [mention("Samordningsförbundet Norrbacka", "a"),
                mention("Samordningsförbundet Norbacka", "b"),
                mention("Samordningsförbundet Västby", "c")]
    r = reconcile_organisations(mentions, Overrides([
        ("organisation", "Samordningsförbundet Norbacka", "Samordningsförbundet Norrbacka",
         CANNOT),
        ("organisation", "Samordningsförbundet Västby", "Samordningsförbundet Norrbacka",
         MUST)]))
    assert r.entity_of[0] != r.entity_of[1]
    assert r.entity_of[0] == r.entity_of[2] and r.rule_of[2] == MUST


def test_a_valid_number_stated_for_two_names_joins_them_only_when_the_names_agree() -> None:
    number = "222000-4762"
    assert luhn_ok(number)
    r = reconcile_organisations([
        mention("Samordningsförbundet Norrbacka", "a", number=number),
        # a core that holds another's and more is another förbund by its name alone, but the
        # same number and a shared name make it one
        mention("Samordningsförbundet Norrbacka Västby", "b", number=number),
        mention("Samordningsförbundet Åby", "c", number=number)])
    assert r.entity_of[0] == r.entity_of[1] != r.entity_of[2]
    assert r.rule_of[:2] == ["organisationsnummer"] * 2
    assert [row["rule"] for row in r.review] == [f"same-organisationsnummer {number}"] * 2
    for oid in set(r.entity_of):  # stated for two organisations: neither gets it
        assert r.organisations[oid].organisationsnummer == ""
        assert "another organisation" in " ".join(r.organisations[oid].notes)


def test_a_number_that_fails_its_check_digit_is_named_not_used() -> None:
    r = reconcile_organisations([mention("Samordningsförbundet Norrbacka", number="222000-4763"),
                                 mention("Eskilstuna kommun", "d2", number="222000-4762")])
    forbund, kommun = (r.organisations[i] for i in r.entity_of)
    assert forbund.organisationsnummer == "" and "Luhn" in forbund.notes[0]
    assert kommun.organisationsnummer == "" and "2120" in kommun.notes[0]  # a förbund's group


def test_codes_and_members_of_each_kind() -> None:
    r = reconcile_organisations([mention("Heby kommun"), mention("LSG Katrineholm"),
                                 mention("Samordningsförbundet Östra Södertörn"),
                                 mention("Samordningsförbundet Norrbacka"),
                                 mention("Region Sörmland")])
    rows = {row["name"]: row for row in map(organisation_row, r.organisations.values())}
    heby = rows["Heby kommun"]
    assert (heby["kommunkod"], heby["lanskod"]) == ("0331", "03")
    assert heby["former_kommunkoder"] == "1917 (until 2006, län 19)"
    lsg = rows["LSG Katrineholm"]
    assert (lsg["kind"], lsg["municipalities"], lsg["member_kommunkoder"], lsg["lanskod"]) == (
        "lsg", "Katrineholm", "0483", "04")
    sos = rows["Samordningsförbundet Östra Södertörn"]
    assert sos["members_known"] is True and sos["lanskod"] == "01"
    assert sos["member_kommunkoder"].split(" | ") == [kommunkod(m) for m in
                                                       sos["municipalities"].split(" | ")]
    unknown = rows["Samordningsförbundet Norrbacka"]  # not in the list: members not guessed
    assert unknown["members_known"] is False and unknown["municipalities"] == ""
    assert rows["Region Sörmland"]["lanskod"] == "04"


# ---- a corpus: one förbund written three ways over two years ---------------------------------

@pytest.fixture(scope="module")
def run(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("org_years")
    summary = samverkan.process([CORPUS], out, workers=0, ocr="never", quiet=True,
                                formats=["parquet"])
    assert summary.exit_status == 0
    return out


def test_three_spellings_two_years_are_one_organisation(run: Path) -> None:
    tables = samverkan.load(run)
    docs = tables["documents"]
    assert set(docs["organisation"]) == {"Samordningsförbundet Södertälje",
                                         "Södertälje samordningsförbund",
                                         "Finsam Södertälje-Nykvarn"}
    assert set(docs["year"]) == {2022, 2023}
    assert docs["organisation_id"].nunique() == 1
    oid = docs["organisation_id"].iloc[0]
    orgs = tables["organisations"].set_index("organisation_id")
    row = orgs.loc[oid]
    assert row["kind"] == "samordningsforbund"
    assert set(row["names_seen"].split(" | ")) >= set(docs["organisation"])
    assert row["organisationsnummer"] == "222000-4762"  # stated in both reports
    assert row["municipalities"].split(" | ") == ["Södertälje", "Nykvarn"]
    assert row["member_kommunkoder"] == "0181 | 0140"
    assert (row["lanskod"], row["lan"]) == ("01", "Stockholms län")
    assert row["years"] == "2022 | 2023" and row["documents"] == 3
    # the decisions, with the evidence of the number
    matches = tables["matches"]
    mine = matches[(matches["type"] == "organisation") & (matches["entity_id"] == oid)]
    assert {"registry", "forbund-core", "forbund-members"} <= set(mine["rule"])
    stated = mine[mine["mention"].str.startswith("222000-4762")]
    assert len(stated) == 2


def test_every_reference_carries_the_organisation_id(run: Path) -> None:
    tables = samverkan.load(run)
    orgs = tables["organisations"].set_index("organisation_id")
    sig = tables["signatories"]
    matches = tables["matches"]
    said = matches[matches["type"] == "organisation"].set_index(["doc_id", "char_start"])["rule"]
    named = sig[sig["organisation"].str.len() > 0]
    for _, s in named.iterrows():  # an id, or a rule that says why there is none
        rule = said.loc[(s["doc_id"], s["char_start"])]
        if s["organisation"] == "Justerare":  # a title where the organisation would stand
            assert s["organisation_id"] == "" and rule == "not-an-organisation"
        else:
            assert s["organisation_id"] in orgs.index, s["organisation"]
    named = named[named["organisation_id"] != ""]
    by_name = {r["organisation"]: orgs.loc[r["organisation_id"], "name"]
               for _, r in named.iterrows()}
    assert by_name["Nykvarns kommun"] == "Nykvarns kommun"
    assert orgs.loc[sig.loc[sig["organisation"] == "Nykvarns kommun", "organisation_id"].iloc[0],
                    "kommunkod"] == "0140"


def test_a_projects_owner_and_financier_carry_their_ids(run: Path) -> None:
    tables = samverkan.load(run)
    orgs = tables["organisations"].set_index("organisation_id")
    projects = tables["projects"]
    step = projects[projects["name"] == "Nästa Steg"]
    stated = step[step["owner"] != ""].iloc[0]  # the report that says who owns it
    assert stated["owner"] == "Nykvarns kommun"
    assert orgs.loc[stated["owner_id"], "kommunkod"] == "0140"
    assert stated["financier"] == "Samordningsförbundet Södertälje"
    # the financier is the förbund the documents are by: one id for both
    assert stated["financier_id"] == tables["documents"]["organisation_id"].iloc[0]
    compared = tables["compare_projects"]
    said = compared[(compared["project"] == "Nästa Steg") & (compared["owners"] != "")]
    assert said["owners"].tolist() == ["Nykvarns kommun"]
    assert said["financiers"].tolist() == ["Samordningsförbundet Södertälje"]
    # a project no text gives an owner has none, though the next section names one
    assert set(projects.loc[projects["name"].isin(["Steget Före", "Vägen In"]), "owner"]) == {""}


def test_parquet_and_duckdb_join_on_the_codes(run: Path) -> None:
    con = duckdb.connect()
    export = run / "export"
    found = con.execute(
        f"SELECT d.year, o.name, o.lanskod, unnest(string_split(o.member_kommunkoder, ' | ')) "
        f"FROM '{export / 'documents.parquet'}' d JOIN '{export / 'organisations.parquet'}' o "
        f"USING (organisation_id) WHERE d.doc_type = 'verksamhetsberattelse' ORDER BY 1, 4"
    ).fetchall()
    assert found == [(2022, "Samordningsförbundet Södertälje", "01", "0140"),
                     (2022, "Samordningsförbundet Södertälje", "01", "0181"),
                     (2023, "Samordningsförbundet Södertälje", "01", "0140"),
                     (2023, "Samordningsförbundet Södertälje", "01", "0181")]
    db = duckdb.connect(str(run / "corpus.duckdb"), read_only=True)
    kinds = db.execute("SELECT o.kind, count(*) FROM signatories s JOIN organisations o "
                       "USING (organisation_id) GROUP BY 1 ORDER BY 1").fetchall()
    assert ("kommun", 4) in kinds and ("region", 2) in kinds


def test_the_forbund_list_says_what_it_knows_and_where_from() -> None:
    import csv

    from samverkan.resources import data_path

    with data_path("lexicon", "municipalities.csv").open(encoding="utf-8") as fh:
        municipalities = {r["name"] for r in csv.DictReader(fh)}
    with data_path("normalize", "samordningsforbund.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len({r["name"] for r in rows}) == len(rows)
    names = [n.casefold() for r in rows for n in (r["name"], *filter(None, r["aliases"].split("|")))]
    assert len(set(names)) == len(names)  # no name points at two förbund
    for r in rows:
        members = [m for m in r["municipalities"].split("|") if m]
        assert set(members) <= municipalities, r["name"]
        assert r["members_known"] == ("yes" if members else "no"), r["name"]
        assert r["source"], r["name"]
    # a förbund renamed when a kommun joined is one organisation under both names
    assert resolve("Samordningsförbundet Skellefteå").key == resolve(
        "Samordningsförbundet Skellefteå-Norsjö").key
    # the longest name wins over a name it contains
    assert resolve("Samordningsförbundet Göteborg Centrum").name == (
        "Samordningsförbundet Göteborg Centrum")


@pytest.mark.parametrize(("text", "named"), [
    ("Samordningsförbundet Väst", "Samordningsförbundet Väst"),
    ("Samordningsförbundet Västs styrelse beslutade", "Samordningsförbundet Väst"),
    ("Samordningsförbundet Göteborgs verksamhetsplan", "Samordningsförbundet Göteborg"),
    # a listed name that begins an unlisted förbund's name does not claim it
    ("Samordningsförbundet Västernorrland", ""),
    ("Samordningsförbundet Västra Värmland", ""),
    ("Samordningsförbundet Lundaslätten", ""),
    # a former name is the förbund it grew into
    ("Samordningsförbundet Umeå", "Samordningsförbundet Umeåregionen"),
])
def test_a_listed_forbund_name_ends_at_a_word_end(text: str, named: str) -> None:
    assert samordningsforbund_named(text) == named
