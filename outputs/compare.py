"""Comparison tables written after reconciliation: the entities and their evidence
(entities, matches, review) and the cross-document views a researcher asks for
(target groups, projects and people by organisation and year)."""
from __future__ import annotations

from pathlib import Path

import duckdb

from ..corpus.schema import PRESENT_DOC_IDS, PRESENT_OK

DOCS = ("SELECT doc_id, any_value(organisation) AS organisation, any_value(year) AS year, "
        f"any_value(doc_type) AS doc_type FROM documents WHERE {PRESENT_OK} "
        "GROUP BY doc_id")

# header of each table, so an empty or missing source still gives a file with a header row
HEADERS: dict[str, list[str]] = {
    "entities": ["entity_id", "type", "canonical_name", "principal", "mentions", "documents",
                 "organisation", "variants"],
    "matches": ["mention", "doc_id", "entity_id", "score", "rule", "type", "organisation",
                "page", "char_start", "char_end"],
    "review": ["type", "a", "b", "score", "rule", "doc_a", "doc_b", "decision"],
    "compare_target_groups": ["canonical", "label", "organisation", "year", "mentions",
                              "documents", "doc_ids", "wordings"],
    "compare_projects": ["canonical_id", "project", "organisation", "year", "mentions",
                         "documents", "doc_ids", "names", "financiers", "roles"],
    "people": ["person_id", "name", "principal", "organisations", "groups", "years",
               "titles", "mentions", "documents", "doc_ids", "spellings"],
}


def _queries(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    from ..normalize.taxonomy import labels

    has = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables "
                                     "WHERE table_schema = 'main'").fetchall()}
    label_rows = " UNION ALL ".join(
        f"SELECT '{k}' AS canonical, '{v.replace(chr(39), chr(39) * 2)}' AS label"
        for k, v in labels().items()) or "SELECT '' AS canonical, '' AS label"
    q: dict[str, str] = {}
    if "entities" in has:
        q["entities"] = "SELECT * FROM entities ORDER BY type, canonical_name, entity_id"
    if "matches" in has:
        q["matches"] = (f"SELECT * FROM matches WHERE doc_id IN ({PRESENT_DOC_IDS}) "
                        "ORDER BY type, doc_id, char_start, mention")
    if "review" in has:
        q["review"] = "SELECT * FROM review ORDER BY type, score DESC, a, b"
    q["compare_target_groups"] = f"""
        WITH t AS (
            SELECT trim(c.canonical) AS canonical, d.organisation, d.year, t.doc_id, t.text
            FROM target_groups t JOIN ({DOCS}) d USING (doc_id),
                 unnest(string_split(coalesce(t.canonical, ''), ';')) AS c(canonical)
            WHERE trim(c.canonical) <> '')
        SELECT t.canonical, l.label, t.organisation, t.year, count(*) AS mentions,
               count(DISTINCT t.doc_id) AS documents,
               string_agg(DISTINCT t.doc_id, ' | ' ORDER BY t.doc_id) AS doc_ids,
               string_agg(DISTINCT t.text, ' | ' ORDER BY t.text) AS wordings
        FROM t LEFT JOIN ({label_rows}) l USING (canonical)
        GROUP BY ALL ORDER BY t.canonical, t.organisation, t.year"""
    entity_name = ("(SELECT entity_id, canonical_name FROM entities)" if "entities" in has
                   else "(SELECT '' AS entity_id, '' AS canonical_name WHERE false)")
    # financiers by their canonical organisation ("ESF-" -> Europeiska socialfonden)
    funder_of = ("(SELECT doc_id, char_start, any_value(organisation) AS canonical_org "
                 "FROM matches WHERE type = 'organisation' GROUP BY ALL)" if "matches" in has
                 else "(SELECT '' AS doc_id, 0 AS char_start, '' AS canonical_org WHERE false)")
    financier = ("coalesce(nullif(f.canonical_org, ''), nullif(trim(p.financier, ' -'), ''))")
    q["compare_projects"] = f"""
        SELECT p.canonical_id, coalesce(any_value(e.canonical_name), any_value(p.name))
                   AS project,
               d.organisation, d.year, count(*) AS mentions,
               count(DISTINCT p.doc_id) AS documents,
               string_agg(DISTINCT p.doc_id, ' | ' ORDER BY p.doc_id) AS doc_ids,
               string_agg(DISTINCT p.name, ' | ' ORDER BY p.name) AS names,
               coalesce(string_agg(DISTINCT {financier}, ' | ' ORDER BY {financier}), '')
                   AS financiers,
               coalesce(string_agg(DISTINCT nullif(p.role, ''), ' | '
                                   ORDER BY nullif(p.role, '')), '') AS roles
        FROM projects p JOIN ({DOCS}) d USING (doc_id)
             LEFT JOIN {entity_name} e ON e.entity_id = p.canonical_id
             LEFT JOIN {funder_of} f ON f.doc_id = p.doc_id AND f.char_start = p.char_start
        WHERE coalesce(p.canonical_id, '') <> ''
        GROUP BY p.canonical_id, d.organisation, d.year
        ORDER BY project, d.organisation, d.year"""
    org_of = ("(SELECT doc_id, char_start, any_value(organisation) AS canonical_org "
              "FROM matches WHERE type = 'person' GROUP BY ALL)" if "matches" in has
              else "(SELECT '' AS doc_id, 0 AS char_start, '' AS canonical_org WHERE false)")
    q["people"] = f"""
        SELECT s.person_id, coalesce(any_value(e.canonical_name), any_value(s.name)) AS name,
               mode(s.principal) AS principal,
               string_agg(DISTINCT coalesce(nullif(m.canonical_org, ''), s.organisation), ' | '
                          ORDER BY coalesce(nullif(m.canonical_org, ''), s.organisation))
                   AS organisations,
               string_agg(DISTINCT d.organisation, ' | ' ORDER BY d.organisation) AS groups,
               string_agg(DISTINCT CAST(d.year AS VARCHAR), ' | '
                          ORDER BY CAST(d.year AS VARCHAR)) AS years,
               coalesce(string_agg(DISTINCT nullif(s.title, ''), ' | '
                                   ORDER BY nullif(s.title, '')), '') AS titles,
               count(*) AS mentions, count(DISTINCT s.doc_id) AS documents,
               string_agg(DISTINCT s.doc_id, ' | ' ORDER BY s.doc_id) AS doc_ids,
               string_agg(DISTINCT s.name, ' | ' ORDER BY s.name) AS spellings
        FROM signatories s JOIN ({DOCS}) d USING (doc_id)
             LEFT JOIN {entity_name} e ON e.entity_id = s.person_id
             LEFT JOIN {org_of} m ON m.doc_id = s.doc_id AND m.char_start = s.char_start
        WHERE coalesce(s.person_id, '') <> ''
        GROUP BY s.person_id ORDER BY name, s.person_id"""
    return q


def export_comparisons(con: duckdb.DuckDBPyConnection, out_dir: Path) -> dict[str, int]:
    """Write entities, matches, review and the comparison tables as UTF-8 CSV (a header row
    even when empty); returns rows written per file."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    queries = _queries(con)
    counts: dict[str, int] = {}
    for name, header in HEADERS.items():
        target = out_dir / f"{name}.csv"
        query = queries.get(name)
        if query is None:  # reconcile has not run: an empty table with its header
            target.write_text(",".join(header) + "\n", encoding="utf-8")
            counts[name] = 0
            continue
        cols = ", ".join(f'"{c}"' for c in header)
        query = f"SELECT {cols} FROM ({query})"
        counts[name] = con.execute(  # COPY answers with the number of rows it wrote
            f"COPY ({query}) TO '{_sql_str(target)}' (HEADER, DELIMITER ',')").fetchone()[0]
    return counts


def _sql_str(path: Path) -> str:
    return str(path).replace("'", "''")
