"""Across documents: link each plan to the reports of the same organisation that cover its
period, match every planned goal and activity to the report's statements, and compare
planned with reported budget totals.

A match is explainable: `fuzzy_score` is rapidfuzz's token_set_ratio / 100 of the two
casefolded texts, `lemma_score` the share of the plan item's content lemmas found in the
statement (lookup lemmas of the project's spaCy pipeline, compared by their first 7 letters so
that compounds' inflections meet), `shared_terms` lists those lemmas, `method` says which
measure decided.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import duckdb
from rapidfuzz import fuzz

from ..corpus.schema import PRESENT_OK
from .audit_checks import kronor
from .audit_common import AuditFlag, columns_of, record_id, record_rows, rows, rules, severity

_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*(?:-|–|—|till)\s*((?:19|20)\d\d)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_ORG_SPLIT = re.compile(r"\s*(?:,|\boch\b|&|/)\s*", re.IGNORECASE)
_ORG_PREFIX = re.compile(r"^(?:samordningsförbundet|samordningsförbund|finsam)\s+", re.IGNORECASE)


@dataclass
class Statement:
    """Something a report says: a goal or activity with its outcome, or a sentence."""

    doc_id: str
    record_type: str
    record_id: str
    text: str
    page: int | None
    outcome_status: str = ""
    keys: frozenset[str] = field(default_factory=frozenset)


# ---- which plan goes with which report ------------------------------------------------------

def org_parts(name: str) -> set[str]:
    """'LSG Eskilstuna och LSG Strängnäs' -> {'lsg eskilstuna', 'lsg strängnäs'}."""
    parts = {_ORG_PREFIX.sub("", p.strip().casefold()) for p in _ORG_SPLIT.split(name or "")}
    return {p for p in parts if len(p) > 2}


def same_organisation(a: str, b: str) -> bool:
    return bool(org_parts(a) & org_parts(b))


def plan_period(doc: dict) -> tuple[int, int] | None:
    """Years a plan covers: its stored period, else a 'YYYY–YYYY' near its title, else its
    year (and the following ones, per `default_period_years`)."""
    start, end = doc.get("period_start"), doc.get("period_end")
    if start and end:
        return int(str(start)[:4]), int(str(end)[:4])
    year = doc.get("year")
    m = _YEAR_RANGE.search((doc.get("text") or "")[:800])
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        if 0 <= b - a <= 6 and (year is None or a <= year <= b):
            return a, b
    if year is None:
        return None
    return year, year + rules()["documents"]["default_period_years"] - 1


def plan_report_pairs(docs: list[dict]) -> list[tuple[dict, dict]]:
    cfg = rules()["documents"]
    plans = [d for d in docs if d["doc_type"] in cfg["plan_types"]]
    reports = [d for d in docs if d["doc_type"] in cfg["report_types"] and d.get("year")]
    pairs = []
    for plan in plans:
        period = plan_period(plan)
        if not period:
            continue
        for rep in reports:
            if (rep["doc_id"] != plan["doc_id"] and period[0] <= rep["year"] <= period[1]
                    and same_organisation(plan["organisation"], rep["organisation"])):
                pairs.append((plan, rep))
    return pairs


# ---- text matching --------------------------------------------------------------------------

@cache
def _lemmatizer():
    try:
        from ..extract.nlp import build_nlp

        nlp = build_nlp()
        lem = nlp.get_pipe("lemmatizer")
        return lambda text: [(t.text, t.lemma_ or t.text) for t in lem(nlp.make_doc(text))
                             if t.is_alpha]
    except Exception:  # the extractor is broken or absent: plain words still match
        return lambda text: [(w, w) for w in re.findall(r"[^\W\d_]+", text)]


@cache
def content_keys(text: str) -> frozenset[str]:
    stop = set(rules()["stopwords"]["words"])
    keys = set()
    for word, lemma in _lemmatizer()(text or ""):
        word, lemma = word.casefold(), lemma.casefold()
        if len(lemma) > 2 and word not in stop and lemma not in stop:
            keys.add(lemma[:7])
    return frozenset(keys)


def score_pair(plan_text: str, plan_keys: frozenset[str], st: Statement) -> dict:
    m = rules()["matching"]
    fuzzy = fuzz.token_set_ratio(plan_text.casefold(), st.text.casefold()) / 100
    shared = plan_keys & st.keys
    lemma = len(shared) / len(plan_keys) if plan_keys else 0.0
    if not shared:  # a character-level likeness without one shared word is noise
        fuzzy *= 0.5
    fw, lw = fuzzy * m["fuzzy_weight"], lemma * m["lemma_weight"]
    return {"score": round(max(fw, lw), 3), "fuzzy_score": round(fuzzy, 3),
            "lemma_score": round(lemma, 3), "shared_terms": " ".join(sorted(shared)),
            "method": "fuzzy" if fw >= lw else "lemma"}


def _sentences(doc: dict, pages: list[tuple[int, int]]) -> list[Statement]:
    text = doc.get("text") or ""
    out, pos = [], 0
    min_chars = rules()["matching"]["min_statement_chars"]
    for part in _SENTENCE_END.split(text):
        start = text.find(part, pos)
        pos = start + len(part)
        s = part.strip()
        if len(s) < min_chars:
            continue
        page = next((p for p, c in reversed(pages) if c <= start), None)
        out.append(Statement(doc["doc_id"], "sentence", f"text:{start}", s, page,
                             keys=content_keys(s)))
    return out


def report_statements(doc: dict, records: dict[str, list[dict]],
                      pages: list[tuple[int, int]]) -> list[Statement]:
    out = []
    for table in ("goals", "activities"):
        for r in records[table]:
            if r["doc_id"] != doc["doc_id"]:
                continue
            text = f"{r['text']} {r.get('outcome_text') or ''}".strip()
            out.append(Statement(doc["doc_id"], table, record_id(table, r["char_start"]), text,
                                 r["page"], r.get("outcome_status") or "",
                                 content_keys(text)))
    return out + _sentences(doc, pages)


# ---- the audit across documents -------------------------------------------------------------

def _link_row(plan: dict, item: dict, table: str, st: Statement, sc: dict) -> dict:
    return {"plan_doc_id": plan["doc_id"], "plan_record_type": table,
            "plan_record_id": record_id(table, item["char_start"]), "plan_text": item["text"],
            "plan_page": item["page"], "report_doc_id": st.doc_id,
            "report_record_type": st.record_type, "report_record_id": st.record_id,
            "report_text": st.text[:500], "report_outcome_status": st.outcome_status,
            "report_page": st.page, **sc,
            "linked": sc["score"] >= rules()["matching"]["link_threshold"]}


def _grand_total(lines: list[dict], doc_id: str, year: int) -> dict | None:
    totals = [b for b in lines if b["doc_id"] == doc_id and b.get("is_total")
              and b.get("amount_sek") is not None and str(year) in str(b.get("period") or "")]
    return max(totals, key=lambda b: b["amount_sek"], default=None)


def _budget(plan: dict, rep: dict, lines: list[dict]) -> tuple[list[dict], list[AuditFlag]]:
    planned = _grand_total(lines, plan["doc_id"], rep["year"])
    reported = _grand_total(lines, rep["doc_id"], rep["year"])
    if not planned or not reported:
        return [], []
    a, b = planned["amount_sek"], reported["amount_sek"]
    rel = abs(a - b) / max(a, b, 1)
    link = {"plan_doc_id": plan["doc_id"], "plan_record_type": "budget_lines",
            "plan_record_id": record_id("budget_lines", planned["char_start"]),
            "plan_text": f"{planned['label']} {rep['year']}: {kronor(a)}",
            "plan_page": planned["page"], "report_doc_id": rep["doc_id"],
            "report_record_type": "budget_lines",
            "report_record_id": record_id("budget_lines", reported["char_start"]),
            "report_text": f"{reported['label']} {rep['year']}: {kronor(b)}",
            "report_outcome_status": "", "report_page": reported["page"],
            "score": round(1 - rel, 3), "fuzzy_score": None, "lemma_score": None,
            "shared_terms": "", "method": "budget_total", "linked": True}
    flags = []
    if rel > rules()["matching"]["budget_tolerance"]:
        flags.append(AuditFlag(
            plan["doc_id"], "budget_lines", link["plan_record_id"], "budget_difference",
            severity("budget_difference"),
            f"planned {kronor(a)} for {rep['year']}, reported {kronor(b)} in "
            f"{rep['doc_type']} {rep['doc_id']} (difference {kronor(b - a)})",
            planned.get("evidence") or "", planned["page"]))
    return [link], flags


def cross_document(con: duckdb.DuckDBPyConnection) -> tuple[list[dict], list[AuditFlag]]:
    cols = set(columns_of(con, "documents"))
    extra = [c for c in ("period_start", "period_end") if c in cols]
    docs = rows(con, "SELECT doc_id, doc_type, organisation, year, text"
                     + "".join(f", {c}" for c in extra)
                     + f" FROM documents WHERE {PRESENT_OK} ORDER BY source_path")
    pairs = plan_report_pairs(docs)
    if not pairs:
        return [], []
    records = {t: record_rows(con, t) for t in ("goals", "activities", "budget_lines")}
    page_rows = rows(con, "SELECT doc_id, page, char_start FROM pages ORDER BY doc_id, page")
    threshold = rules()["matching"]["link_threshold"]
    links: list[dict] = []
    flags: list[AuditFlag] = []
    by_plan: dict[str, list[dict]] = {}
    for plan, rep in pairs:
        by_plan.setdefault(plan["doc_id"], []).append(rep)
        bl, bf = _budget(plan, rep, records["budget_lines"])
        links += bl
        flags += bf
    plans = {p["doc_id"]: p for p, _ in pairs}
    for plan_id, reps in by_plan.items():
        plan = plans[plan_id]
        stmts = []
        for rep in reps:
            pages = [(r["page"], r["char_start"]) for r in page_rows if r["doc_id"] == rep["doc_id"]]
            stmts.append((rep, report_statements(rep, records, pages)))
        for table in ("goals", "activities"):
            for item in (r for r in records[table] if r["doc_id"] == plan_id):
                keys = content_keys(item["text"])
                best_overall = 0.0
                for _rep, sts in stmts:
                    scored = [(score_pair(item["text"], keys, st), st) for st in sts]
                    if not scored:
                        continue
                    # a record (goal/activity with its outcome) beats a sentence at equal score
                    sc, st = max(scored, key=lambda x: (x[0]["score"], x[1].record_type != "sentence"))
                    links.append(_link_row(plan, item, table, st, sc))
                    best_overall = max(best_overall, sc["score"])
                if best_overall < threshold:
                    names = ", ".join(f"{r['doc_type']} {r['year']} ({r['doc_id']})" for r in reps)
                    flags.append(AuditFlag(
                        plan_id, table, record_id(table, item["char_start"]), "not_followed_up",
                        severity("not_followed_up"),
                        f"planned {'goal' if table == 'goals' else 'activity'} not found in "
                        f"{names} (best match score {best_overall:.2f} < {threshold})",
                        item.get("evidence") or "", item["page"]))
    return links, flags
