"""The comparison tables a researcher asks for, made after reconciliation: target groups,
projects and people by organisation and year (compare_target_groups, compare_projects,
people). They are stored in the corpus database like every other table, and written out
with the rest (outputs/csv_tables.py)."""
from __future__ import annotations

from pathlib import Path

import duckdb

from ..corpus.schema import PRESENT_OK, replace_from_query
from ..records import TABLES

DOCS = ("SELECT doc_id, any_value(organisation) AS organisation, "
        "any_value(organisation_id) AS organisation_id, any_value(year) AS year, "
        f"any_value(doc_type) AS doc_type FROM documents WHERE {PRESENT_OK} "
        "GROUP BY doc_id")

COMPARISONS = ("compare_target_groups", "compare_projects", "people")
# what the reconciliation stores and these tables read, written out beside them
RECONCILED = ("entities", "matches", "review")
# header of each file export_comparisons writes
HEADERS: dict[str, list[str]] = {name: list(TABLES[name].columns)
                                 for name in (*RECONCILED, *COMPARISONS)}


def _queries(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    from ..normalize.taxonomy import labels

    has = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables "
                                     "WHERE table_schema = 'main'").fetchall()}
    label_rows = " UNION ALL ".join(
        f"SELECT '{k}' AS canonical, '{v.replace(chr(39), chr(39) * 2)}' AS label"
        for k, v in labels().items()) or "SELECT '' AS canonical, '' AS label"
    q: dict[str, str] = {}
    q["compare_target_groups"] = f"""
        WITH t AS (
            SELECT trim(c.canonical) AS canonical, d.organisation, d.organisation_id, d.year,
                   t.doc_id, t.text
            FROM target_groups t JOIN ({DOCS}) d USING (doc_id),
                 unnest(string_split(coalesce(t.canonical, ''), ';')) AS c(canonical)
            WHERE trim(c.canonical) <> '')
        SELECT t.canonical, l.label, t.organisation, t.organisation_id, t.year,
               count(*) AS mentions,
               count(DISTINCT t.doc_id) AS documents,
               string_agg(DISTINCT t.doc_id, ' | ' ORDER BY t.doc_id) AS doc_ids,
               string_agg(DISTINCT t.text, ' | ' ORDER BY t.text) AS wordings
        FROM t LEFT JOIN ({label_rows}) l USING (canonical)
        GROUP BY ALL"""
    entity_name = ("(SELECT entity_id, canonical_name FROM entities)" if "entities" in has
                   else "(SELECT '' AS entity_id, '' AS canonical_name WHERE false)")
    # financiers and owners by the name of the organisation their id is ("ESF-" ->
    # Europeiska socialfonden), as written where they have none; by id, not by the matches
    # at the project's span, which a project's financier and owner share
    org_name = ("(SELECT organisation_id, name FROM organisations)" if "organisations" in has
                else "(SELECT '' AS organisation_id, '' AS name WHERE false)")
    financier = "coalesce(nullif(f.name, ''), nullif(trim(p.financier, ' -'), ''))"
    owner = "coalesce(nullif(o.name, ''), nullif(trim(p.owner, ' -'), ''))"
    q["compare_projects"] = f"""
        SELECT p.canonical_id, coalesce(any_value(e.canonical_name), any_value(p.name))
                   AS project,
               d.organisation, d.organisation_id, d.year, count(*) AS mentions,
               count(DISTINCT p.doc_id) AS documents,
               string_agg(DISTINCT p.doc_id, ' | ' ORDER BY p.doc_id) AS doc_ids,
               string_agg(DISTINCT p.name, ' | ' ORDER BY p.name) AS names,
               coalesce(string_agg(DISTINCT {financier}, ' | ' ORDER BY {financier}), '')
                   AS financiers,
               coalesce(string_agg(DISTINCT {owner}, ' | ' ORDER BY {owner}), '') AS owners,
               coalesce(string_agg(DISTINCT nullif(p.role, ''), ' | '
                                   ORDER BY nullif(p.role, '')), '') AS roles
        FROM projects p JOIN ({DOCS}) d USING (doc_id)
             LEFT JOIN {entity_name} e ON e.entity_id = p.canonical_id
             LEFT JOIN {org_name} f ON f.organisation_id = nullif(p.financier_id, '')
             LEFT JOIN {org_name} o ON o.organisation_id = nullif(p.owner_id, '')
        WHERE coalesce(p.canonical_id, '') <> ''
        GROUP BY p.canonical_id, d.organisation, d.organisation_id, d.year"""
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
        GROUP BY s.person_id"""
    return q


def build_comparisons(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Make the comparison tables in the database; returns rows per table."""
    queries = _queries(con)
    return {name: replace_from_query(con, TABLES[name], queries[name]) for name in COMPARISONS}


def export_comparisons(con: duckdb.DuckDBPyConnection, out_dir: Path) -> dict[str, int]:
    """Make the comparison tables and write them, with the reconciled entities, matches and
    review, as CSV into `out_dir`; returns rows written per file."""
    from .csv_tables import write_out_tables

    build_comparisons(con)
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    return write_out_tables(con, Path(out_dir), names=list(HEADERS))
