"""Reconciliation on small synthetic cases: who is one person, which names are one project,
and that the user's overrides win."""
from __future__ import annotations

from samverkan.normalize.organisations import canonical_organisation
from samverkan.normalize.people import PersonMention, reconcile_people
from samverkan.normalize.projects_match import ProjectMention, reconcile_projects
from samverkan.normalize.reconcile_core import load_overrides


def person(name: str, org: str, group: str, doc: str = "d1") -> PersonMention:
    return PersonMention(name, canonical_organisation(org, group), group, doc, 2010)


def ids(result) -> list[str]:
    return result.entity_of


def test_same_person_across_documents_and_accents():
    r = reconcile_people([person("Heléne Brandell", "Försäkringskassan", "LSG Strängnäs", "a"),
                          person("Helene Brandell", "Försäkringskassan", "LSG Eskilstuna", "b")])
    assert ids(r)[0] == ids(r)[1]
    assert r.entities[ids(r)[0]]["documents"] == 2


def test_namesakes_in_different_organisations_stay_apart():
    r = reconcile_people([person("Anders Karlsson", "Eskilstuna kommun", "LSG Eskilstuna"),
                          person("Anders Karlsson", "Arbetsförmedlingen", "LSG Eskilstuna"),
                          person("Anders Karlsson", "Kungälvs kommun", "LSG Kungälv", "d2")])
    assert len(set(ids(r))) == 3
    # same group, other employer: a pair for a human to look at
    assert any(row["rule"] == "same-name-other-organisation" for row in r.review)


def test_nickname_same_organisation_and_group_merges():
    r = reconcile_people([person("Sigge Petersson", "Landstinget", "LSG Eskilstuna", "a"),
                          person("Sigvard Petersson", "Landstinget", "LSG Eskilstuna", "b")])
    assert ids(r)[0] == ids(r)[1]
    assert set(r.rule_of) == {"nickname"}
    assert r.entities[ids(r)[0]]["canonical_name"] == "Sigvard Petersson"  # the full name


def test_nickname_in_another_group_goes_to_review():
    r = reconcile_people([person("Sigge Petersson", "Landstinget", "LSG Eskilstuna", "a"),
                          person("Sigvard Petersson", "Landstinget Sörmland", "LSG Strängnäs", "b")])
    assert ids(r)[0] != ids(r)[1]
    assert [row["rule"] for row in r.review] == ["nickname-other-group"]


def test_similar_but_different_first_names_are_not_merged():
    r = reconcile_people([person("Anna Karlsson", "Eskilstuna kommun", "LSG Eskilstuna"),
                          person("Hanna Karlsson", "Eskilstuna kommun", "LSG Eskilstuna")])
    assert ids(r)[0] != ids(r)[1]
    assert r.review and r.review[0]["rule"] == "similar-first-name"


def test_spelling_variants_of_surname_and_middle_initial():
    r = reconcile_people([person("Kristina Pettersson", "Arbetsförmedlingen", "LSG Vingåker"),
                          person("Christina Petersson", "Arbetsförmedlingen", "LSG Vingåker"),
                          person("Kristina M Pettersson", "AF", "LSG Vingåker")])
    assert len(set(ids(r))) == 1


def test_agency_staff_in_different_counties_are_different_people():
    r = reconcile_people([person("Anna Johansson", "Försäkringskassan", "LSG Malmö"),
                          person("Anna Johansson", "Försäkringskassan", "LSG Luleå")])
    assert ids(r)[0] != ids(r)[1]


def test_unspecific_organisation_joins_the_only_namesake():
    r = reconcile_people([person("Ulf Berglund", "Vårdcentralen Vingåker", "LSG Vingåker", "a"),
                          person("Ulf Berglund", "", "LSG Vingåker", "b")])
    assert ids(r)[0] == ids(r)[1]


def test_ids_are_stable_and_independent_of_order():
    ms = [person("Sigge Petersson", "Landstinget", "LSG Eskilstuna", "a"),
          person("Sigvard Petersson", "Landstinget", "LSG Eskilstuna", "b"),
          person("Anders Karlsson", "Eskilstuna kommun", "LSG Eskilstuna", "b")]
    first = dict(zip([m.name for m in ms], ids(reconcile_people(ms)), strict=True))
    again = list(reversed(ms))
    second = dict(zip([m.name for m in again], ids(reconcile_people(again)), strict=True))
    assert first == second


def test_overrides_csv_cannot_and_must_link(tmp_path):
    f = tmp_path / "overrides.csv"
    f.write_text("type,a,b,decision\n"
                 "person,Sigge Petersson,Sigvard Petersson,cannot-link\n"
                 "person,Anders Karlsson | Eskilstuna kommun,"
                 "Anders Karlsson | Arbetsförmedlingen,must-link\n"
                 "project,Orvar,Orvar 1,must-link\n"
                 "project,Ciceron,Ciceron II,\n", encoding="utf-8")
    rules = load_overrides(f)
    assert len(rules.pairs) == 3  # the undecided row is ignored
    r = reconcile_people([person("Sigge Petersson", "Landstinget", "LSG Eskilstuna", "a"),
                          person("Sigvard Petersson", "Landstinget", "LSG Eskilstuna", "b"),
                          person("Anders Karlsson", "Eskilstuna kommun", "LSG Eskilstuna"),
                          person("Anders Karlsson", "Arbetsförmedlingen", "LSG Eskilstuna")],
                         rules)
    assert ids(r)[0] != ids(r)[1]
    assert ids(r)[2] == ids(r)[3]
    assert "must-link" in r.rule_of
    p = reconcile_projects([ProjectMention("Orvar"), ProjectMention("Orvar 1")], rules)
    assert p.entity_of[0] == p.entity_of[1]


def test_overrides_toml(tmp_path):
    f = tmp_path / "overrides.toml"
    f.write_text('[[cannot_link]]\ntype = "project"\na = "TRIS"\n'
                 'b = "Tidig rehabilitering i samverkan"\n', encoding="utf-8")
    p = reconcile_projects([ProjectMention("Tidig rehabilitering i samverkan", "TRIS"),
                            ProjectMention("TRIS")], load_overrides(f))
    assert p.entity_of[0] != p.entity_of[1]


def test_project_spellings_and_acronyms():
    names = [("TRIS", ""), ("Tidig rehabilitering i samverkan", ""),
             ("Tidig Rehabilitering I Samverkan (TRIS)", ""), ("Projektet TRIS", "")]
    p = reconcile_projects([ProjectMention(n, a, f"d{i}") for i, (n, a) in enumerate(names)])
    assert len(set(p.entity_of)) == 1
    assert p.entities[p.entity_of[0]]["canonical_name"] == "Tidig rehabilitering i samverkan (TRIS)"


def test_initials_link_an_acronym_without_a_declared_one():
    p = reconcile_projects([ProjectMention("Unga Vuxna i Arbete"), ProjectMention("UVA")])
    assert p.entity_of[0] == p.entity_of[1]
    assert "initials" in p.rule_of


def test_numbers_in_project_names():
    p = reconcile_projects([ProjectMention("Orvar I"), ProjectMention("Orvar 1"),
                            ProjectMention("Orvar 2"), ProjectMention("Orvar")])
    assert p.entity_of[0] == p.entity_of[1]
    assert p.entity_of[0] != p.entity_of[2]
    assert p.entity_of[3] not in (p.entity_of[0], p.entity_of[2])
    assert {r["rule"] for r in p.review} == {"numbered-variant"}


def test_fuzzy_project_names_and_different_projects():
    p = reconcile_projects([ProjectMention("Arbetslivsresursen"),
                            ProjectMention("Arbetslivsresurssen"),
                            ProjectMention("Arbetsförberedande insats i samverkan")])
    assert p.entity_of[0] == p.entity_of[1] != p.entity_of[2]


def test_organisations_resolve_abbreviations_old_names_and_place():
    c = canonical_organisation
    assert c("Socialkontoret", "LSG Strängnäs").name == "Strängnäs kommun"
    assert c("Landstinget Sörmland").name == "Region Sörmland"
    assert c("Landstinget", "LSG Eskilstuna").name == "Region Sörmland"
    assert c("Länsarbetsnämnden").name == "Arbetsförmedlingen"
    assert c("FK").principal == "forsakringskassan"
    assert c("AF").principal == "arbetsformedlingen"
    assert c("AME", "LSG Vingåker").name == "Vingåkers kommun"
    assert c("VGR").name == "Västra Götalandsregionen"
    assert c("HSN").principal == "region"
    assert c("RAR").name == "Samordningsförbundet RAR i Sörmland"
    assert c("SOF").principal == "other"
    assert c("ESF").principal == "other"
    assert c("Samordningsförbundet", "LSG Eskilstuna och LSG Strängnäs").name == \
        "Samordningsförbundet RAR i Sörmland"
    assert c("", "LSG Kungsör", "Socialchef").principal == "kommun"


def test_shared_acronym_and_contained_name_merge():
    p = reconcile_projects([ProjectMention("Ansökan om projektmedel Unga Vuxna i Arbete", "UVA"),
                            ProjectMention("Unga Vuxna i Arbete (UVA)"),
                            ProjectMention("Ungdomar i arbete (UVA)")])
    assert p.entity_of[0] == p.entity_of[1] != p.entity_of[2]
