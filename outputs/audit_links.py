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


def best_matches(texts: list[str], statements: list[Statement]
                 ) -> list[tuple[dict | None, Statement | None]]:
    """For each plan text, the statement that scores best (as score_pair scores it; a record
    beats a sentence at equal score, then the first) with its scores. All pairs are scored
    at once: fuzzy scores by rapidfuzz's cdist, shared lemmas by a matrix product, so a
    plan followed by many reports costs seconds, not minutes."""
    import numpy as np
    from rapidfuzz import process

    if not texts or not statements:
        return [(None, None)] * len(texts)
    m = rules()["matching"]
    plan_keys = [content_keys(t) for t in texts]
    vocabulary = {k: i for i, k in enumerate(sorted(set().union(*plan_keys)))}
    plan_hot = np.zeros((len(texts), len(vocabulary) or 1))
    for i, keys in enumerate(plan_keys):
        plan_hot[i, [vocabulary[k] for k in keys]] = 1
    stmt_hot = np.zeros((len(statements), len(vocabulary) or 1))
    for j, st in enumerate(statements):
        stmt_hot[j, [vocabulary[k] for k in st.keys if k in vocabulary]] = 1
    shared = plan_hot @ stmt_hot.T
    sizes = np.array([len(k) for k in plan_keys], dtype=float)
    lemma = np.divide(shared, sizes[:, None], out=np.zeros_like(shared),
                      where=sizes[:, None] > 0)
    lw = lemma * m["lemma_weight"]
    plans = [t.casefold() for t in texts]
    stmt_texts = [st.text.casefold() for st in statements]

    def fuzzy_of(rows: np.ndarray, cols: np.ndarray, cutoff: float) -> np.ndarray:
        # a score under the cutoff cannot win and comes back as 0 (rapidfuzz stops early)
        return process.cdist([plans[i] for i in rows], [stmt_texts[j] for j in cols],
                             scorer=fuzz.token_set_ratio, dtype=np.float64,
                             score_cutoff=cutoff) / 100

    # pairs that share a word are few and scored one by one; a statement that shares no word
    # with a plan text scores at most half the fuzzy weight, so those pairs are scored only
    # for the plan texts whose best so far does not beat that
    fuzzy = np.zeros_like(lemma)
    for i, j in zip(*np.nonzero(shared), strict=True):
        fuzzy[i, j] = fuzz.token_set_ratio(plans[i], stmt_texts[j]) / 100
    best = np.round(np.maximum(fuzzy * m["fuzzy_weight"], lw), 3).max(axis=1)
    rest = np.flatnonzero(~shared.all(axis=0))
    low = np.flatnonzero(best <= 0.5 * m["fuzzy_weight"])
    if len(rest) and len(low):
        # what halved could reach the lowest of their bests (less a margin for rounding)
        cutoff = max(0.0, 200 * float(best[low].min()) / m["fuzzy_weight"] - 0.5)
        scored = fuzzy_of(low, rest, cutoff) * 0.5  # without one shared word: half
        block = shared[np.ix_(low, rest)] > 0
        fuzzy[np.ix_(low, rest)] = np.where(block, fuzzy[np.ix_(low, rest)], scored)
    fw = fuzzy * m["fuzzy_weight"]
    score = np.round(np.maximum(fw, lw), 3)
    is_record = np.array([st.record_type != "sentence" for st in statements])
    # the highest score, a record before a sentence, the first of equals (unscored pairs of
    # the plan texts that did not need them can only score lower)
    rank = np.rint(score * 1000) * 2 + is_record
    out = []
    for i, j in enumerate(rank.argmax(axis=1)):
        st = statements[j]
        out.append(({"score": float(score[i, j]), "fuzzy_score": round(float(fuzzy[i, j]), 3),
                     "lemma_score": round(float(lemma[i, j]), 3),
                     "shared_terms": " ".join(sorted(plan_keys[i] & st.keys)),
                     "method": "fuzzy" if fw[i, j] >= lw[i, j] else "lemma"}, st))
    return out


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


def _grand_total(totals: dict[str, list[dict]], doc_id: str, year: int) -> dict | None:
    found = [b for b in totals.get(doc_id, ()) if str(year) in str(b.get("period") or "")]
    return max(found, key=lambda b: b["amount_sek"], default=None)


def _budget(plan: dict, rep: dict, lines: dict[str, list[dict]]
            ) -> tuple[list[dict], list[AuditFlag]]:
    """`lines`: each document's stated totals."""
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
    totals: dict[str, list[dict]] = {}
    for b in records["budget_lines"]:
        if b.get("is_total") and b.get("amount_sek") is not None:
            totals.setdefault(b["doc_id"], []).append(b)
    for plan, rep in pairs:
        by_plan.setdefault(plan["doc_id"], []).append(rep)
        bl, bf = _budget(plan, rep, totals)
        links += bl
        flags += bf
    plans = {p["doc_id"]: p for p, _ in pairs}
    pages_of: dict[str, list[tuple[int, int]]] = {}
    for r in page_rows:
        pages_of.setdefault(r["doc_id"], []).append((r["page"], r["char_start"]))
    statements: dict[str, list[Statement]] = {}  # a report follows up many plans
    for plan_id, reps in by_plan.items():
        plan = plans[plan_id]
        stmts = []
        for rep in reps:
            if rep["doc_id"] not in statements:
                statements[rep["doc_id"]] = report_statements(
                    rep, records, pages_of.get(rep["doc_id"], []))
            stmts.append((rep, statements[rep["doc_id"]]))
        for table in ("goals", "activities"):
            items = [r for r in records[table] if r["doc_id"] == plan_id]
            best = [0.0] * len(items)  # each item's best score in any of the reports
            for _rep, sts in stmts:
                for i, (sc, st) in enumerate(best_matches([r["text"] for r in items], sts)):
                    if st is None:
                        continue
                    links.append(_link_row(plan, items[i], table, st, sc))
                    best[i] = max(best[i], sc["score"])
            for item, best_overall in zip(items, best, strict=True):
                if best_overall < threshold:
                    names = ", ".join(f"{r['doc_type']} {r['year']} ({r['doc_id']})" for r in reps)
                    flags.append(AuditFlag(
                        plan_id, table, record_id(table, item["char_start"]), "not_followed_up",
                        severity("not_followed_up"),
                        f"planned {'goal' if table == 'goals' else 'activity'} not found in "
                        f"{names} (best match score {best_overall:.2f} < {threshold})",
                        item.get("evidence") or "", item["page"]))
    return links, flags
