"""Checks within one document: claimed statuses, planned versus reported quantities, stated
totals against their lines, and success claims contradicted in the same passage."""
from __future__ import annotations

import re

import duckdb

from ..corpus.schema import PRESENT_OK
from .audit_common import AuditFlag, record_id, record_rows, rows, rules, severity


def _flag(rec: dict, table: str, flag: str, message: str) -> AuditFlag:
    return AuditFlag(doc_id=rec["doc_id"], record_type=table,
                     record_id=record_id(table, rec.get("char_start")), flag=flag,
                     severity=severity(flag), message=message,
                     evidence=rec.get("evidence") or "", page=rec.get("page"))


def _cue_pattern(cues: list[str]) -> re.Pattern[str]:
    # whole phrases only: "inte genomförts" must not fire inside a longer word
    alts = "|".join(re.escape(c.casefold()) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)")


def find_cue(text: str, cues: list[str]) -> str | None:
    """The first cue phrase found in `text` (casefolded), or None."""
    m = _cue_pattern(cues).search((text or "").casefold())
    return m.group(0) if m else None


def status_flags(rec: dict, table: str, doc_type: str) -> list[AuditFlag]:
    """The claimed outcome and whether the same passage contradicts it."""
    out: list[AuditFlag] = []
    status = rec.get("outcome_status") or "not_reported"
    what = "goal" if table == "goals" else "activity"
    outcome = (rec.get("outcome_text") or "").strip()
    passage = f"{rec.get('evidence') or ''}\n{outcome}"
    cfg = rules()
    if status == "achieved":
        cue = find_cue(passage, cfg["contradiction"]["negative_cues"])
        if cue:
            out.append(_flag(rec, table, "status_contradiction",
                             f"{what} claimed achieved, but the same passage says "
                             f"\u201c{cue}\u201d: {outcome[:200]}"))
    elif status == "not_achieved":
        out.append(_flag(rec, table, "not_achieved", f"{what} reported not achieved: {outcome[:200]}"))
        cue = find_cue(passage, cfg["contradiction"]["positive_cues"])
        if cue:
            out.append(_flag(rec, table, "status_contradiction",
                             f"{what} reported not achieved, but the passage says "
                             f"\u201c{cue}\u201d"))
    elif status == "partially_achieved":
        out.append(_flag(rec, table, "partially_achieved",
                         f"{what} reported partially achieved: {outcome[:200]}"))
    elif doc_type in cfg["documents"]["outcome_expected"]:
        out.append(_flag(rec, table, "outcome_not_stated",
                         f"the {doc_type} states no outcome for this {what}"))
    return out


def quantity_flags(rec: dict) -> list[AuditFlag]:
    planned, reported = rec.get("planned_quantity"), rec.get("reported_quantity")
    if planned is None or reported is None:
        return []
    out: list[AuditFlag] = []
    if reported < planned:
        out.append(_flag(rec, "activities", "quantity_shortfall",
                         f"planned {planned}, reported {reported} (shortfall {planned - reported})"))
        if rec.get("outcome_status") == "achieved":
            out.append(_flag(rec, "activities", "status_contradiction",
                             f"claimed achieved, but only {reported} of {planned} were reported"))
    elif reported > planned:
        out.append(_flag(rec, "activities", "quantity_exceeded",
                         f"planned {planned}, reported {reported}"))
    return out


def budget_flags(con: duckdb.DuckDBPyConnection) -> list[AuditFlag]:
    """A stated total that is not the sum of its lines, with both figures."""
    checks = record_rows(con, "budget_checks")
    lines = record_rows(con, "budget_lines")
    totals = {(b["doc_id"], b["table_id"], str(b["period"]), b["label"]): b
              for b in lines if b.get("is_total")}
    out: list[AuditFlag] = []
    for c in checks:
        if not c["difference"]:
            continue
        line = totals.get((c["doc_id"], c["table_id"], str(c["period"]), c["label"]))
        rid = (record_id("budget_lines", line["char_start"]) if line
               else f"budget_checks:{c['table_id']}:{c['period']}")
        out.append(AuditFlag(
            doc_id=c["doc_id"], record_type="budget_lines" if line else "budget_checks",
            record_id=rid, flag="total_mismatch", severity=severity("total_mismatch"),
            message=(f"{c['label']} ({c['table_id']}, {c['period']}): stated total "
                     f"{kronor(c['stated_total'])}, sum of its {c['n_lines']} lines "
                     f"{kronor(c['sum_of_lines'])} (difference {kronor(c['difference'])})"),
            evidence=(line or {}).get("evidence") or "", page=c["page"]))
    return out


def kronor(amount: int | None) -> str:
    """387500 -> '387 500 kr' (Swedish digit grouping, no-break space)."""
    if amount is None:
        return "?"
    return f"{amount:,} kr".replace(",", "\u00a0")


def within_document_flags(con: duckdb.DuckDBPyConnection) -> list[AuditFlag]:
    doc_types = {r["doc_id"]: r["doc_type"] or "other" for r in rows(
        con, f"SELECT doc_id, doc_type FROM documents WHERE {PRESENT_OK}")}
    out: list[AuditFlag] = []
    for table in ("goals", "activities"):
        for rec in record_rows(con, table):
            out.extend(status_flags(rec, table, doc_types.get(rec["doc_id"], "other")))
            if table == "activities":
                out.extend(quantity_flags(rec))
    out.extend(budget_flags(con))
    return out
