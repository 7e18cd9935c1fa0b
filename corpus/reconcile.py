"""Reconcile a run's database: one entity per real person, project and organisation across
documents, target groups mapped to the taxonomy.

Called once at the end of a run, after every document is stored and before the CSV export:

    reconcile_corpus(store.con, overrides)

It fills `signatories.person_id`, `signatories.principal`, `projects.canonical_id`,
the organisation ids (`documents.organisation_id`, `signatories.organisation_id`,
`projects.financier_id`, `projects.owner_id`) and `target_groups.canonical`, and (re)creates the tables
`entities`, `matches`, `review` and `organisations`. Only documents with `present AND
status = 'ok'` count. The rules are in `normalize/people.py`, `normalize/projects_match.py`
and `normalize/organisations_match.py`; thresholds and word lists in `normalize/data/`. This
module is the part that reads and writes the corpus database.
"""
from __future__ import annotations

import re
import time
from bisect import bisect_right
from collections import defaultdict
from pathlib import Path

import duckdb

from ..normalize.codes import orgnr_statements
from ..normalize.organisation_facts import organisation_row
from ..normalize.organisation_names import groups_in, holder_name
from ..normalize.organisations import canonical_organisation
from ..normalize.organisations_match import OrgMention, reconcile_organisations
from ..normalize.people import PersonMention, reconcile_people
from ..normalize.projects_match import ProjectMention, reconcile_projects
from ..normalize.reconcile_core import Overrides, load_overrides
from ..records import TABLES
from .schema import PRESENT_DOC_IDS, PRESENT_OK, replace_rows, rows_relation

# principal of an organisation by its kind (entities.principal)
_PRINCIPAL_OF_KIND = {"kommun": "kommun", "region": "region",
                      "forsakringskassan": "forsakringskassan",
                      "arbetsformedlingen": "arbetsformedlingen"}
# every organisation a record names: (table, column as written, column of its id)
REFERENCES = (("signatories", "organisation", "organisation_id"),
              ("projects", "financier", "financier_id"),
              ("projects", "owner", "owner_id"))
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

    # organisations: the documents' own, signatories', projects' financiers and owners, and
    # those an organisationsnummer is stated for, one id per real organisation
    org_entities, org_matches, org_rows, org_review = _organisations(con, docs, rules)
    entities += org_entities
    matches += org_matches
    review += org_review
    counts["organisations"] = len(org_rows)
    replace_rows(con, TABLES["organisations"], org_rows)

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


def _organisations(con: duckdb.DuckDBPyConnection, docs: dict, rules: Overrides
                   ) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    """Reconcile every organisation mention and write the ids into documents, signatories
    and projects; returns entities, matches, organisations rows and review pairs."""
    mentions: list[OrgMention] = []
    # per mention: (table, rowid or doc_id, page, start, end), and the id column it fills
    where: list[tuple] = []
    id_column: list[str] = []
    starts: dict[str, list[tuple[int, int]]] = defaultdict(list)  # doc -> (start, page)
    for doc_id, page, start in con.execute(
            f"SELECT doc_id, page, char_start FROM pages WHERE doc_id IN ({PRESENT_DOC_IDS}) "
            f"ORDER BY doc_id, char_start").fetchall():
        starts[doc_id].append((start, page))

    def page_at(doc_id: str, offset: int | None) -> int | None:
        if offset is None:
            return None
        k = bisect_right(starts[doc_id], (offset, float("inf"))) - 1
        return starts[doc_id][k][1] if k >= 0 else 1

    for doc_id, text in con.execute(
            f"SELECT doc_id, any_value(text) FROM documents WHERE {PRESENT_OK} "
            f"GROUP BY doc_id ORDER BY doc_id").fetchall():
        org, year = docs[doc_id]
        own = [f"{a} {place}" for a, place in groups_in(org)]
        own = own if len(own) > 1 else ([" ".join(org.split())] if org.strip() else [])
        for name in own:
            start = (text or "").find(name)
            span = (start, start + len(name)) if start >= 0 else (None, None)
            mentions.append(OrgMention(name, doc_id, year, org, source="document"))
            where.append(("documents", doc_id, page_at(doc_id, span[0]), *span))
            id_column.append("organisation_id")
        for st in orgnr_statements(text or ""):
            holder = holder_name(st.holder) or (own[0] if len(own) == 1 else "")
            mentions.append(OrgMention(holder, doc_id, year, org, source="organisationsnummer",
                                       number=st.number))
            where.append(("", doc_id, page_at(doc_id, st.char_start), st.char_start,
                          st.char_end))
            id_column.append("")
    # the column a mention is read from, and the column its id goes to (REFERENCES)
    for table, column, target in REFERENCES:
        title = "title" if table == "signatories" else "''"
        source = {"organisation": "signatory"}.get(column, column)
        for rid, doc_id, mention, ttl, page, start, end in con.execute(
                f"SELECT rowid, doc_id, {column}, {title}, page, char_start, char_end "
                f"FROM {table} WHERE doc_id IN ({PRESENT_DOC_IDS}) "
                f"AND coalesce({column}, '') <> '' ORDER BY doc_id, char_start, rowid"
        ).fetchall():
            org, year = docs[doc_id]
            mentions.append(OrgMention(mention, doc_id, year, org, ttl or "", source=source))
            where.append((table, rid, page, start, end))
            id_column.append(target)

    result = reconcile_organisations(mentions, rules)
    by_doc: dict[str, list[str]] = defaultdict(list)
    updates: dict[tuple[str, str], dict[str, list]] = {
        (t, c): {"rid": [], "id": []} for t, _column, c in REFERENCES}
    matches = []
    for m, w, target, oid, rule, score in zip(mentions, where, id_column, result.entity_of,
                                              result.rule_of, result.score_of, strict=True):
        table, key, page, start, end = w
        if table == "documents" and oid and oid not in by_doc[key]:
            by_doc[key].append(oid)
        elif (table, target) in updates:
            updates[(table, target)]["rid"].append(key)
            updates[(table, target)]["id"].append(oid)
        name = result.organisations[oid].name if oid else ""
        label = m.text if m.source != "organisationsnummer" else f"{m.number} ({m.text})"
        matches.append(_match("organisation", label, m.doc_id, oid, score, rule, name, page,
                              start, end))
    con.execute("UPDATE documents SET organisation_id = NULL")
    if by_doc:
        ids = {"doc_id": list(by_doc), "oid": [" | ".join(v) for v in by_doc.values()]}
        with rows_relation(con, "_org_ids", ids, {"doc_id": "VARCHAR", "oid": "VARCHAR"}) as (
                rows, params):
            con.execute(f"UPDATE documents SET organisation_id = u.oid FROM {rows} AS u "
                        f"WHERE documents.doc_id = u.doc_id AND {PRESENT_OK}", params)
    for (table, target), update in updates.items():
        _update(con, table, {"rid": update["rid"], target: update["id"]})
    entities = [{"entity_id": oid, "type": "organisation", "canonical_name": c.name,
                 "principal": _PRINCIPAL_OF_KIND.get(c.kind, "other"), "organisation": c.name,
                 "mentions": c.mentions, "documents": len(c.doc_ids),
                 "variants": " | ".join(sorted(c.names))}
                for oid, c in result.organisations.items()]
    rows = [organisation_row(c) for c in result.organisations.values()]
    return entities, matches, rows, result.review


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
