"""Reconcile a run's database: one entity per real person, project and organisation across
documents, target groups mapped to the taxonomy.

Called once at the end of a run, after every document is stored and before the CSV export:

    reconcile_corpus(store.con, overrides)

It fills `signatories.person_id`, `signatories.principal`, `projects.canonical_id` and
`target_groups.canonical`, and (re)creates the tables `entities`, `matches` and `review`.
Only documents with `present AND status = 'ok'` count. The rules are in `normalize/people.py`
and `normalize/projects_match.py`; thresholds and word lists in `normalize/data/`. This module
is the part that reads and writes the corpus database.
"""
from __future__ import annotations

import re
import time
from collections import Counter, defaultdict
from pathlib import Path

import duckdb

from ..normalize.organisations import canonical_organisation
from ..normalize.people import PersonMention, reconcile_people
from ..normalize.projects_match import ProjectMention, reconcile_projects
from ..normalize.reconcile_core import load_overrides, stable_id
from ..records import TABLES
from .schema import PRESENT_DOC_IDS, PRESENT_OK, replace_rows, rows_relation

_GROUP = re.compile(r"\b(LSG|LLG|RSG|LLT|LSR|SIG)\s+([A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+)?)")


def groups_of(organisation: str) -> list[str]:
    """The groups a document speaks for: "LSG Eskilstuna och LSG Strängnäs" -> both LSGs;
    any other organisation is its own group."""
    found = [f"{m.group(1)} {m.group(2)}" for m in _GROUP.finditer(organisation or "")]
    if found:
        return list(dict.fromkeys(found))
    return [" ".join(organisation.split())] if organisation and organisation.strip() else []


def reconcile_corpus(con: duckdb.DuckDBPyConnection, overrides: Path | None = None) -> dict:
    """Reconcile the documents of a run in place; returns counts for a summary line."""
    started = time.perf_counter()
    rules = load_overrides(overrides)
    docs = {r[0]: (r[1] or "", r[2]) for r in con.execute(
        "SELECT doc_id, any_value(organisation), any_value(year) FROM documents "
        f"WHERE {PRESENT_OK} GROUP BY doc_id").fetchall()}
    entities: list[dict] = []
    matches: list[dict] = []
    review: list[dict] = []
    counts: dict[str, int] = {}

    # people (and the principal of every signatory, re-derived with the document's place)
    rows = con.execute(
        f"SELECT rowid, doc_id, name, title, organisation, page, char_start, char_end "
        f"FROM signatories WHERE doc_id IN ({PRESENT_DOC_IDS}) ORDER BY doc_id, char_start, rowid"
    ).fetchall()
    orgs = [canonical_organisation(r[4] or "", docs[r[1]][0], r[3] or "") for r in rows]
    people = reconcile_people(
        [PersonMention(r[2] or "", org, "|".join(groups_of(docs[r[1]][0])), r[1], docs[r[1]][1])
         for r, org in zip(rows, orgs, strict=True)], rules)
    _update(con, "signatories", {"rid": [r[0] for r in rows],
                                 "person_id": people.entity_of,
                                 "principal": [o.principal for o in orgs]})
    entities += _with_variants(people.entities, people.entity_of, [r[2] for r in rows])
    matches += [_match("person", r[2], r[1], e, s, ru, o.name, r[5], r[6], r[7]) for r, o, e, s, ru
                in zip(rows, orgs, people.entity_of, people.score_of, people.rule_of, strict=True)]
    review += people.review
    counts["person_mentions"], counts["people"] = len(rows), len(people.entities)

    # projects
    rows = con.execute(
        f"SELECT rowid, doc_id, name, acronym, page, char_start, char_end "
        f"FROM projects WHERE doc_id IN ({PRESENT_DOC_IDS}) ORDER BY doc_id, char_start, rowid"
    ).fetchall()
    projects = reconcile_projects(
        [ProjectMention(r[2] or "", r[3] or "", r[1], "|".join(groups_of(docs[r[1]][0])),
                        docs[r[1]][1]) for r in rows], rules)
    _update(con, "projects", {"rid": [r[0] for r in rows], "canonical_id": projects.entity_of})
    entities += _with_variants(projects.entities, projects.entity_of, [r[2] for r in rows])
    matches += [_match("project", r[2], r[1], e, s, ru, "", r[4], r[5], r[6]) for r, e, s, ru
                in zip(rows, projects.entity_of, projects.score_of, projects.rule_of, strict=True)]
    review += projects.review
    counts["project_mentions"], counts["projects"] = len(rows), len(projects.entities)

    # organisations: signatories' organisations and projects' financiers
    org_rows = con.execute(
        f"SELECT doc_id, organisation, title, page, char_start, char_end FROM signatories "
        f"WHERE doc_id IN ({PRESENT_DOC_IDS}) AND coalesce(organisation, '') <> '' UNION ALL "
        f"SELECT doc_id, financier, '', page, char_start, char_end FROM projects "
        f"WHERE doc_id IN ({PRESENT_DOC_IDS}) AND coalesce(financier, '') <> '' "
        f"ORDER BY 1, 5").fetchall()
    org_entities, org_matches = _organisations(org_rows, docs)
    entities += org_entities
    matches += org_matches
    counts["organisations"] = len(org_entities)

    # target groups: classified per document (normalize_extraction); only counted here
    canon = [r[0] for r in con.execute(
        f"SELECT canonical FROM target_groups WHERE doc_id IN ({PRESENT_DOC_IDS})").fetchall()]
    counts["target_groups"] = len(canon)
    counts["target_groups_unmatched"] = sum(1 for c in canon if not c)

    # the registry's face order is applied when the tables are written (corpus/schema.py)
    replace_rows(con, TABLES["entities"], entities)
    replace_rows(con, TABLES["matches"], matches)
    replace_rows(con, TABLES["review"], _dedupe(review))
    counts["review"] = con.execute("SELECT count(*) FROM review").fetchone()[0]
    counts["seconds"] = round(time.perf_counter() - started, 3)
    return counts


def summary_line(counts: dict) -> str:
    """One line for the end of a run."""
    return (f"reconciled {counts.get('person_mentions', 0)} signatories into "
            f"{counts.get('people', 0)} people, {counts.get('project_mentions', 0)} project "
            f"mentions into {counts.get('projects', 0)} projects; target groups: "
            f"{counts.get('target_groups', 0) - counts.get('target_groups_unmatched', 0)} of "
            f"{counts.get('target_groups', 0)} in the taxonomy; {counts.get('review', 0)} pairs "
            f"to review")


def _organisations(rows: list[tuple], docs: dict) -> tuple[list[dict], list[dict]]:
    by_id: dict[str, dict] = {}
    matches: list[dict] = []
    seen_docs: dict[str, set[str]] = defaultdict(set)
    variants: dict[str, Counter] = defaultdict(Counter)
    for doc_id, mention, title, page, start, end in rows:
        org = canonical_organisation(mention, docs[doc_id][0], title or "")
        eid = stable_id("O", org.name)
        entity = by_id.setdefault(eid, {
            "entity_id": eid, "type": "organisation", "canonical_name": org.name,
            "principal": org.principal, "organisation": org.name, "mentions": 0,
            "documents": 0})
        entity["mentions"] += 1
        seen_docs[eid].add(doc_id)
        variants[eid][" ".join(mention.split())] += 1
        rule = "exact" if " ".join(mention.split()) == org.name else "canonical-organisation"
        matches.append(_match("organisation", mention, doc_id, eid, 100.0, rule, org.name, page,
                              start, end))
    for eid, entity in by_id.items():
        entity["documents"] = len(seen_docs[eid])
        entity["variants"] = " | ".join(sorted(variants[eid]))
    return list(by_id.values()), matches


def _with_variants(entities: dict[str, dict], entity_of: list[str], names: list[str]
                   ) -> list[dict]:
    spellings: dict[str, set[str]] = defaultdict(set)
    for eid, name in zip(entity_of, names, strict=True):
        spellings[eid].add(" ".join((name or "").split()))
    return [{**e, "variants": " | ".join(sorted(spellings[eid]))} for eid, e in entities.items()]


def _match(kind: str, mention: str, doc_id: str, entity_id: str, score: float, rule: str,
           organisation: str, page, start, end) -> dict:
    return {"mention": " ".join((mention or "").split()), "doc_id": doc_id,
            "entity_id": entity_id, "score": round(float(score), 1), "rule": rule, "type": kind,
            "organisation": organisation, "page": page, "char_start": start, "char_end": end}


def _dedupe(rows: list[dict]) -> list[dict]:
    out: dict[tuple, dict] = {}
    for r in rows:
        key = (r["type"], *sorted((r["a"], r["b"])), r["rule"])
        if key not in out or r["score"] > out[key]["score"]:
            out[key] = r
    return list(out.values())


def _update(con: duckdb.DuckDBPyConnection, table: str, columns: dict[str, list]) -> None:
    """Set columns of `table` by rowid (one statement, not one per row)."""
    if not columns["rid"]:
        return
    types = {"rid": "BIGINT", **TABLES[table].stored_columns}
    with rows_relation(con, "_reconcile_update", columns, types) as (rows, params):
        sets = ", ".join(f'"{c}" = u."{c}"' for c in columns if c != "rid")
        con.execute(f'UPDATE "{table}" SET {sets} FROM {rows} AS u '
                    f'WHERE "{table}".rowid = u.rid', params)
