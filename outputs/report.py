"""`samverkan report OUTDIR` -> OUTDIR/report.html: one self-contained page (inline CSS and
SVG, no script, no request to any host) with the overview, the charts, a section per
organisation, the audit flags and every document's records with their evidence highlighted
in context. Every item of an organisation's section links to its evidence.

Document text is untrusted: the Jinja2 environment autoescapes everything; only the SVG that
matplotlib drew (which escapes its own text) is marked safe. A Content-Security-Policy that
forbids scripts and every external load backs this up in the browser.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

import duckdb
from markupsafe import Markup

from ..corpus.schema import PRESENT_OK, existing_columns, select_sql
from ..normalize.taxonomy import labels
from ..records import TABLES
from ..resources import load_toml
from . import charts
from .audit import read_audit
from .audit_checks import kronor
from .audit_common import record_id, record_rows, rows, table_names
from .files import write_text
from .report_orgs import (
    anchor,
    budget_totals,
    chosen_budgets,
    heat_tables,
    organisation_keys,
    organisation_of,
    organisations,
)

TEMPLATES = Path(__file__).parent / "templates"
STATUS_LABELS = {"achieved": "achieved", "partially_achieved": "partially achieved",
                 "not_achieved": "not achieved", "not_reported": "not reported"}
# the record table each aspect of the changes quotes
CHANGE_TABLES = {"goal": "goals", "target_group": "target_groups",
                 "target_group_category": "target_groups", "project": "projects",
                 "budget": "budget_lines", "person": "signatories"}
# which year of a change lacks the item (and so quotes its nearest one instead)
ABSENT_SIDE = {"added": "from", "started": "from", "joined": "from", "dropped": "to",
               "left": "to", "ended": "to"}
RECORD_TABLES = ("goals", "activities", "target_groups", "projects", "budget_lines",
                 "budget_checks", "signatories")


def _env():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["kronor"] = kronor
    env.filters["categories"] = lambda canonical: ", ".join(
        labels().get(c.strip(), c.strip()) for c in (canonical or "").split(";") if c.strip())
    env.globals["status_label"] = lambda s: STATUS_LABELS.get(s or "", s or "")
    return env


def in_context(text: str, start: int | None, end: int | None, width: int) -> dict:
    """The quote and up to `width` characters either side, cut at word boundaries."""
    if start is None or end is None or not text or not (0 <= start <= end <= len(text)):
        return {"pre": "", "quote": "", "post": "", "found": False}
    a = max(0, start - width)
    if a > 0:
        space = text.find(" ", a, start)
        a = space + 1 if space != -1 else a
    b = min(len(text), end + width)
    if b < len(text):
        space = text.rfind(" ", end, b)
        b = space if space != -1 else b
    return {"pre": ("…" if a > 0 else "") + text[a:start], "quote": text[start:end],
            "post": text[end:b] + ("…" if b < len(text) else ""), "found": True}


def _table_counts(con: duckdb.DuckDBPyConnection) -> list[tuple[str, int]]:
    """Rows per table, in the registry's order."""
    have = table_names(con)
    return [(name, con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
            for name in TABLES if name in have]


def _documents(con: duckdb.DuckDBPyConnection, infos: dict[str, dict]) -> list[dict]:
    """The documents of the run, each with the canonical names of its organisations."""
    have = existing_columns(con).get("documents", {})  # a database of an earlier version
    org_id = "organisation_id" if "organisation_id" in have else "NULL AS organisation_id"
    docs = rows(con, f"SELECT doc_id, source_path, format, doc_type, organisation, {org_id}, "
                     "year, n_pages, status, error FROM documents WHERE present "
                     "ORDER BY organisation NULLS LAST, year NULLS LAST, source_path")
    for d in docs:
        ids = [i for i in (d["organisation_id"] or "").split(" | ") if i]
        if ids and all(i in infos for i in ids):
            d["organisation_names"] = [infos[i]["name"] for i in ids]
    return docs


def _doc_names(docs: list[dict]) -> dict[str, str]:
    """A name for each document; two that would read the same get their file names too."""
    names = {d["doc_id"]: f"{organisation_of(d)} · {d['doc_type']} {d['year'] or ''}".strip()
             for d in docs}
    seen = Counter(names.values())
    return {d["doc_id"]: (names[d["doc_id"]] if seen[names[d["doc_id"]]] == 1 else
                          f"{names[d['doc_id']]} ({Path(d['source_path']).name})") for d in docs}


def _table_rows(con: duckdb.DuckDBPyConnection, name: str) -> list[dict]:
    return rows(con, select_sql(TABLES[name])) if name in table_names(con) else []


def build_context(con: duckdb.DuckDBPyConnection, audit: dict) -> dict:
    """Everything the template shows, as plain data."""
    cfg = load_toml("outputs", "report.toml")
    width = cfg["context_chars"]
    infos = {o["organisation_id"]: o for o in _table_rows(con, "organisations")}
    docs = _documents(con, infos)
    ok = [d for d in docs if d["status"] == "ok"]
    ok_by_id = {d["doc_id"]: d for d in ok}
    texts = dict(con.execute(f"SELECT doc_id, text FROM documents WHERE {PRESENT_OK}")
                 .fetchall())
    org_of = {d["doc_id"]: organisation_of(d) for d in ok}
    recs = {t: record_rows(con, t) for t in RECORD_TABLES}
    flags_by_record: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for f in audit["flags"]:
        flags_by_record[(f["doc_id"], f["record_id"])].append(f)
    links_by_plan: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for lk in audit["links"]:
        if lk["linked"]:
            links_by_plan[(lk["plan_doc_id"], lk["plan_record_id"])].append(lk)
    anchors: set[str] = set()

    def enrich(table: str, r: dict) -> dict:
        rid = record_id(table, r.get("char_start"))
        # the first record at an offset carries the anchor (budget cells share a line's span)
        link = anchor(r["doc_id"], table, r.get("char_start"))
        first = link not in anchors
        anchors.add(link)
        return {**r, "rid": rid, "anchor": link if first else None,
                "ctx": in_context(texts.get(r["doc_id"], ""), r.get("char_start"),
                                  r.get("char_end"), width),
                "flags": flags_by_record.get((r["doc_id"], rid), []),
                "links": links_by_plan.get((r["doc_id"], rid), [])}

    per_doc = []
    for d in ok:
        did = d["doc_id"]
        mine = {t: [enrich(t, r) for r in v if r["doc_id"] == did] for t, v in recs.items()
                if t != "budget_checks"}
        checks = [c for c in recs["budget_checks"] if c["doc_id"] == did]
        tables = [{"table_id": tid,
                   "lines": [b for b in mine["budget_lines"] if b["table_id"] == tid],
                   "checks": [c for c in checks if c["table_id"] == tid]}
                  for tid in dict.fromkeys(b["table_id"] for b in mine["budget_lines"])]
        per_doc.append({**d, **mine, "budget_tables": tables,
                        "n_flags": sum(1 for f in audit["flags"] if f["doc_id"] == did)})

    def href(doc_id: str, rid: str) -> str:
        """The record's place with its evidence, else its document's."""
        table, _, start = (rid or "").partition(":")
        link = anchor(doc_id, table, start)
        return f"#{link}" if link in anchors else f"#doc-{doc_id}"

    flags = [{**f, "href": href(f["doc_id"], f["record_id"])} for f in audit["flags"]]
    links = [{**lk, "plan_href": href(lk["plan_doc_id"], lk["plan_record_id"]),
              "report_href": href(lk["report_doc_id"], lk["report_record_id"])}
             for lk in audit["links"] if lk["linked"]]
    entity_names = {e["entity_id"]: e["canonical_name"] for e in _table_rows(con, "entities")}
    orgs = organisations(ok, recs, _table_rows(con, "people"), audit["flags"], entity_names,
                         infos, _table_rows(con, "changes"))
    for o in orgs:  # each change links to the records it quotes
        for pair in o.changes:
            for r in pair["rows"]:
                table = CHANGE_TABLES.get(r["aspect"], "")
                # the year without the item quotes its nearest item: say so beside it
                missing = ABSENT_SIDE.get(r["change"], "")
                if r["change"] == "ended" and "not among" not in (r["basis"] or ""):
                    missing = ""
                r["from_nearest"], r["to_nearest"] = missing == "from", missing == "to"
                for side in ("from", "to"):
                    doc_id, start = r[f"{side}_doc_id"], r[f"{side}_char_start"]
                    r[f"{side}_href"] = (href(doc_id, f"{table}:{start}") if start is not None
                                         else f"#doc-{doc_id}" if doc_id else "")
    budgets = chosen_budgets(budget_totals(recs["budget_lines"], ok_by_id), ok_by_id)
    chart_list = [
        ("Goal outcome statuses per organisation", charts.goal_statuses(recs["goals"], org_of),
         "Goals of each organisation's documents, all years, by the outcome the document "
         "states."),
        ("Budget per year and organisation", charts.budget_by_year(budgets),
         "Each organisation's budget for a year: the largest total its report for that year "
         "states, or its plan's where no report states one (or the sum of the lines where "
         "no total is stated). The figures and their evidence are in the organisations' "
         "sections."),
    ]
    return {
        "generated": datetime.now().strftime("%Y-%m-%d %H:%M"),
        "documents": docs, "ok_documents": ok,
        "not_read": [d for d in docs if d["status"] != "ok"],
        "years": sorted(Counter(d["year"] for d in ok if d["year"]).items()),
        "table_counts": _table_counts(con),
        "flags": flags, "flag_counts": sorted(audit["counts"].items()),
        "severity_counts": Counter(f["severity"] for f in audit["flags"]),
        "links": links,
        "doc_names": _doc_names(ok),
        "charts": [(title, Markup(svg), about) for title, svg, about in chart_list if svg],
        "charts_missing": [title for title, svg, _ in chart_list if not svg],
        "heat": heat_tables(recs["target_groups"],
                            {d["doc_id"]: [n for _, n in organisation_keys(d)] for d in ok}),
        "organisations": orgs,
        "org_anchor": {o.name: o.anchor for o in orgs},
        "per_doc": per_doc,
        "doc_by_id": {p["doc_id"]: p for p in per_doc},
        "n_flags": {p["doc_id"]: p["n_flags"] for p in per_doc},
    }


def render_report(con: duckdb.DuckDBPyConnection, audit: dict) -> str:
    return _env().get_template("report.html.j2").render(**build_context(con, audit))


def write_report(out_dir: Path) -> Path:
    """OUT/report.html from the tables a run stored (the audit included); reads the database
    only, so the next unchanged run still finds its tables current."""
    out_dir = Path(out_dir)
    db = out_dir / "corpus.duckdb"
    if not db.exists():
        raise FileNotFoundError(f"{db} not found: run `samverkan run ... --out {out_dir}` first")
    con = duckdb.connect(str(db), read_only=True)
    try:
        html = render_report(con, read_audit(con))
    finally:
        con.close()
    return write_text(out_dir / "report.html", html)
