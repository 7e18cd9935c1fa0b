"""`samverkan report OUTDIR` -> OUTDIR/report.html: one self-contained page (inline CSS and
SVG, no script, no request to any host) with the overview, the charts, the audit flags and
every document's records with their evidence highlighted in context.

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

from ..corpus.schema import PRESENT_OK
from ..resources import load_toml
from . import charts
from .audit import write_audit
from .audit_checks import kronor
from .audit_common import record_id, record_rows, rows, table_names

TEMPLATES = Path(__file__).parent / "templates"
STATUS_LABELS = {"achieved": "achieved", "partially_achieved": "partially achieved",
                 "not_achieved": "not achieved", "not_reported": "not reported"}


def _env():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["kronor"] = kronor
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
    """Rows per table of the database (tables of other stages too, when present)."""
    out = []
    for name in sorted(table_names(con)):
        n = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        out.append((name, n))
    return out


def _documents(con: duckdb.DuckDBPyConnection) -> list[dict]:
    return rows(con, "SELECT doc_id, source_path, format, doc_type, organisation, year, "
                     "n_pages, status, error FROM documents WHERE present "
                     "ORDER BY organisation NULLS LAST, year NULLS LAST, source_path")


def build_context(con: duckdb.DuckDBPyConnection, audit: dict) -> dict:
    """Everything the template shows, as plain data."""
    cfg = load_toml("outputs", "report.toml")
    width = cfg["context_chars"]
    docs = _documents(con)
    ok = [d for d in docs if d["status"] == "ok"]
    texts = dict(con.execute(f"SELECT doc_id, text FROM documents WHERE {PRESENT_OK}")
                 .fetchall())
    org_of = {d["doc_id"]: d["organisation"] or "(unknown)" for d in ok}
    year_of = {d["doc_id"]: d["year"] for d in ok}
    recs = {t: record_rows(con, t) for t in ("goals", "activities", "target_groups", "projects",
                                             "budget_lines", "budget_checks", "signatories")}
    flags_by_record: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for f in audit["flags"]:
        flags_by_record[(f["doc_id"], f["record_id"])].append(f)
    links_by_plan: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for lk in audit["links"]:
        if lk["linked"]:
            links_by_plan[(lk["plan_doc_id"], lk["plan_record_id"])].append(lk)

    def enrich(table: str, r: dict) -> dict:
        rid = record_id(table, r.get("char_start"))
        return {**r, "rid": rid, "ctx": in_context(texts.get(r["doc_id"], ""), r.get("char_start"),
                                                   r.get("char_end"), width),
                "flags": flags_by_record.get((r["doc_id"], rid), []),
                "links": links_by_plan.get((r["doc_id"], rid), [])}

    per_doc = []
    for d in ok:
        did = d["doc_id"]
        mine = {t: [r for r in v if r["doc_id"] == did] for t, v in recs.items()}
        tables = []
        for tid in dict.fromkeys(b["table_id"] for b in mine["budget_lines"]):
            tables.append({"table_id": tid,
                           "lines": [enrich("budget_lines", b) for b in mine["budget_lines"]
                                     if b["table_id"] == tid],
                           "checks": [c for c in mine["budget_checks"] if c["table_id"] == tid]})
        per_doc.append({**d, "goals": [enrich("goals", g) for g in mine["goals"]],
                        "activities": [enrich("activities", a) for a in mine["activities"]],
                        "budget_tables": tables, "signatories": mine["signatories"],
                        "target_groups": mine["target_groups"], "projects": mine["projects"],
                        "n_flags": sum(1 for f in audit["flags"] if f["doc_id"] == did)})
    by_org_type = Counter((d["organisation"] or "(unknown)", d["doc_type"] or "other") for d in ok)
    types = sorted({t for _, t in by_org_type})
    orgs = sorted({o for o, _ in by_org_type})
    chart_list = [
        ("Target groups × organisations",
         charts.heatmap_target_groups(recs["target_groups"], org_of)),
        ("Budgets by year and principal", charts.budget_by_year(
            recs["budget_lines"], year_of, cfg["principal_cues"])),
        ("Goal outcome statuses per organisation", charts.goal_statuses(recs["goals"], org_of)),
    ]
    doc_names = {d["doc_id"]: f"{d['organisation'] or '?'} · {d['doc_type']} {d['year'] or ''}"
                 for d in ok}
    return {
        "generated": datetime.now().strftime("%Y-%m-%d %H:%M"),
        "documents": docs, "ok_documents": ok,
        "not_read": [d for d in docs if d["status"] != "ok"],
        "pivot": {"types": types, "rows": [(o, [by_org_type.get((o, t), 0) for t in types])
                                           for o in orgs]},
        "years": sorted(Counter(d["year"] for d in ok if d["year"]).items()),
        "table_counts": _table_counts(con),
        "flags": audit["flags"], "flag_counts": sorted(audit["counts"].items()),
        "severity_counts": Counter(f["severity"] for f in audit["flags"]),
        "links": [lk for lk in audit["links"] if lk["linked"]],
        "doc_names": doc_names,
        "charts": [(title, Markup(svg)) for title, svg in chart_list if svg],
        "charts_missing": [title for title, svg in chart_list if not svg],
        "per_doc": per_doc,
    }


def render_report(con: duckdb.DuckDBPyConnection, audit: dict) -> str:
    return _env().get_template("report.html.j2").render(**build_context(con, audit))


def write_report(out_dir: Path) -> Path:
    """Run the audit (storing audit_flags/audit_links) and write OUT/report.html."""
    out_dir = Path(out_dir)
    db = out_dir / "corpus.duckdb"
    if not db.exists():
        raise FileNotFoundError(f"{db} not found: run `samverkan run ... --out {out_dir}` first")
    con = duckdb.connect(str(db))
    try:
        audit = write_audit(con, out_dir)
        html = render_report(con, audit)
    finally:
        con.close()
    target = out_dir / "report.html"
    target.write_text(html, encoding="utf-8")
    return target
