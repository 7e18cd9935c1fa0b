"""What changed in an organisation from one year to the next: goals added, dropped and
carried over (with their statuses in each year), target groups and their categories added
and dropped, projects started, continued and ended, the budget total and its difference,
people who joined or left. Every row cites the evidence of both years: the record's quote
where the item is there, and where it is not, the other year's nearest item (or, when that
year has none of the kind, its document without a quote) with the `basis` saying which.

Years are those of the documents of the organisation (documents.organisation_id); the
table `changes` holds each pair of consecutive years; `changes_between` any two. An aspect
that one year's documents say nothing about is one `not_comparable` row, not a list of
everything "dropped".
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

import duckdb

from ..corpus.schema import PRESENT_OK, replace_rows
from ..records import TABLES
from ..resources import load_toml
from .audit_common import record_rows, rows, table_names
from .changes_match import nearest, pair_by_meaning, rules

_YEAR = re.compile(r"(?:19|20)\d\d")
LABELS = {"goal": "goals", "target_group": "target groups",
          "target_group_category": "target-group categories", "project": "projects",
          "budget": "budget figures", "person": "signatories"}


@dataclass
class Corpus:
    """What the changes are made from, read once."""

    con: duckdb.DuckDBPyConnection
    docs: dict[str, dict]
    years_of: dict[str, dict[int, list[str]]]  # organisation id -> year -> doc ids
    names: dict[str, str]  # organisation id -> name
    recs: dict[str, dict[str, list[dict]]]  # table -> doc id -> rows in document order
    entity_names: dict[str, str] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)

    def records(self, table: str, doc_ids: list[str]) -> list[dict]:
        return [r for d in doc_ids for r in self.recs[table].get(d, [])]

    def text(self, doc_id: str) -> str:
        if doc_id not in self.texts:
            row = self.con.execute("SELECT any_value(text) FROM documents WHERE doc_id = ?",
                                   [doc_id]).fetchone()
            self.texts[doc_id] = (row[0] if row else "") or ""
        return self.texts[doc_id]


def load_corpus(con: duckdb.DuckDBPyConnection) -> Corpus:
    docs = {d["doc_id"]: d for d in rows(
        con, "SELECT doc_id, any_value(organisation) AS organisation, "
             "any_value(organisation_id) AS organisation_id, any_value(year) AS year, "
             "any_value(doc_type) AS doc_type, min(source_path) AS source_path "
             f"FROM documents WHERE {PRESENT_OK} GROUP BY doc_id")}
    years_of: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for d in sorted(docs.values(), key=lambda d: d["source_path"]):
        for oid in filter(None, (d["organisation_id"] or "").split(" | ")):
            if d["year"] is not None:
                years_of[oid][d["year"]].append(d["doc_id"])
    have = table_names(con)
    names = ({r["organisation_id"]: r["name"] for r in rows(
        con, "SELECT organisation_id, name FROM organisations")} if "organisations" in have
             else {})
    recs: dict[str, dict[str, list[dict]]] = {}
    for table in ("goals", "target_groups", "projects", "budget_lines", "signatories"):
        by_doc: dict[str, list[dict]] = defaultdict(list)
        for r in record_rows(con, table):
            by_doc[r["doc_id"]].append(r)
        recs[table] = by_doc
    entity_names = ({r["entity_id"]: r["canonical_name"] for r in rows(
        con, "SELECT entity_id, canonical_name FROM entities")} if "entities" in have else {})
    return Corpus(con, docs, {k: dict(v) for k, v in years_of.items()}, names, recs,
                  entity_names)


# ---- evidence --------------------------------------------------------------------------------

def _cite(side: str, rec: dict | None, doc_id: str = "") -> dict:
    if rec is None:
        return {f"{side}_doc_id": doc_id or None, f"{side}_page": None,
                f"{side}_char_start": None, f"{side}_char_end": None, f"{side}_quote": ""}
    return {f"{side}_doc_id": rec["doc_id"], f"{side}_page": rec.get("page"),
            f"{side}_char_start": rec.get("char_start"), f"{side}_char_end": rec.get("char_end"),
            f"{side}_quote": rec.get("evidence") or ""}


def _absent(side: str, text: str, others: list[dict], text_of, year: int, label: str,
            doc_ids: list[str]) -> tuple[dict, str, float | None]:
    """The evidence of the year an item is missing from: that year's nearest item."""
    j, score = nearest(text, [text_of(o) for o in others])
    if j is None:
        return _cite(side, None, doc_ids[0] if doc_ids else ""), f"no {label} in {year}", None
    return (_cite(side, others[j]),
            f"not among the {len(others)} {label} of {year}; nearest quoted", score)


@dataclass
class _Pair:
    oid: str
    name: str
    y1: int
    y2: int
    docs1: list[str]
    docs2: list[str]

    def row(self, aspect: str, change: str, item: str, **cols: object) -> dict:
        base = {"organisation_id": self.oid, "organisation": self.name, "from_year": self.y1,
                "to_year": self.y2, "aspect": aspect, "change": change, "item": item,
                "from_status": None, "to_status": None, "from_value": None, "to_value": None,
                "difference": None, "score": None, "basis": ""}
        base.update(_cite("from", None, self.docs1[0]))
        base.update(_cite("to", None, self.docs2[0]))
        base.update(cols)
        return base

    def not_comparable(self, aspect: str, n1: int, n2: int) -> dict:
        missing = [str(y) for y, n in ((self.y1, n1), (self.y2, n2)) if not n]
        return self.row(aspect, "not_comparable", "",
                        basis=f"no {LABELS[aspect]} found in the documents of "
                              f"{' and '.join(missing)}")


# ---- the aspects ------------------------------------------------------------------------------

def _dedupe(recs: list[dict], key) -> list[dict]:
    """One record per item within a year: the first that states an outcome, else the first."""
    out: dict[str, dict] = {}
    for r in recs:
        k = key(r)
        if k not in out or (out[k].get("outcome_status") in (None, "not_reported")
                            and r.get("outcome_status") not in (None, "not_reported")):
            out[k] = r
    return list(out.values())


def _fold(text: str) -> str:
    return " ".join((text or "").casefold().split())


def _by_meaning(p: _Pair, aspect: str, a: list[dict], b: list[dict], threshold: float,
                with_status: bool) -> list[dict]:
    out = []
    if not a or not b:
        return [p.not_comparable(aspect, len(a), len(b))] if a or b else []

    def text_of(r: dict) -> str:
        return r["text"]

    pairs, only_a, only_b = pair_by_meaning([text_of(r) for r in a], [text_of(r) for r in b],
                                            threshold)
    for pr in pairs:
        ra, rb = a[pr.a], b[pr.b]
        change = "carried_over"
        extra: dict = {}
        if with_status:
            extra = {"from_status": ra.get("outcome_status"), "to_status": rb.get("outcome_status")}
            if extra["from_status"] != extra["to_status"]:
                change = "status_changed"
        out.append(p.row(aspect, change, rb["text"], score=pr.score, basis=pr.basis,
                         **_cite("from", ra), **_cite("to", rb), **extra))
    label = LABELS[aspect]
    for i in only_a:
        cite, basis, score = _absent("to", text_of(a[i]), b, text_of, p.y2, label, p.docs2)
        extra = {"from_status": a[i].get("outcome_status")} if with_status else {}
        out.append(p.row(aspect, "dropped", a[i]["text"], score=score, basis=basis,
                         **_cite("from", a[i]), **cite, **extra))
    for j in only_b:
        cite, basis, score = _absent("from", text_of(b[j]), a, text_of, p.y1, label, p.docs1)
        extra = {"to_status": b[j].get("outcome_status")} if with_status else {}
        out.append(p.row(aspect, "added", b[j]["text"], score=score, basis=basis,
                         **_cite("to", b[j]), **cite, **extra))
    return out


def _goals(c: Corpus, p: _Pair) -> list[dict]:
    a = _dedupe(c.records("goals", p.docs1), lambda r: _fold(r["text"]))
    b = _dedupe(c.records("goals", p.docs2), lambda r: _fold(r["text"]))
    return _by_meaning(p, "goal", a, b, rules()["matching"]["goal_threshold"], True)


def _target_groups(c: Corpus, p: _Pair) -> list[dict]:
    a = _dedupe(c.records("target_groups", p.docs1), lambda r: _fold(r["text"]))
    b = _dedupe(c.records("target_groups", p.docs2), lambda r: _fold(r["text"]))
    out = _by_meaning(p, "target_group", a, b, rules()["matching"]["target_group_threshold"],
                      False)
    if not a or not b:
        return out

    def categories(recs: list[dict]) -> dict[str, dict]:
        found: dict[str, dict] = {}
        for r in recs:
            for cat in filter(None, (x.strip() for x in (r.get("canonical") or "").split(";"))):
                found.setdefault(cat, r)
        return found

    ca, cb = categories(a), categories(b)
    labels = _category_labels()
    for cat in sorted(set(ca) | set(cb)):
        item = labels.get(cat, cat)
        if cat in ca and cat in cb:
            out.append(p.row("target_group_category", "carried_over", item,
                             **_cite("from", ca[cat]), **_cite("to", cb[cat])))
        elif cat in ca:
            out.append(p.row("target_group_category", "dropped", item,
                             basis=f"no target group of {p.y2} is in this category; its first "
                                   f"target group quoted", **_cite("from", ca[cat]),
                             **_cite("to", b[0])))
        else:
            out.append(p.row("target_group_category", "added", item,
                             basis=f"no target group of {p.y1} is in this category; its first "
                                   f"target group quoted", **_cite("to", cb[cat]),
                             **_cite("from", a[0])))
    return out


def _category_labels() -> dict[str, str]:
    from ..normalize.taxonomy import labels

    return labels()


def _project_key(r: dict) -> str:
    return r.get("canonical_id") or "name:" + _fold(r.get("name"))


def _ended_in(c: Corpus, rec: dict, year: int) -> str:
    """Why a project's mention of `year` says it ended then ('' when it does not)."""
    end = str(rec.get("period_end") or "")
    m = _YEAR.match(end)
    if m and int(m.group(0)) <= year:
        return f"its period ends {end}"
    text = c.text(rec["doc_id"])
    after = text[rec["char_start"]:rec["char_end"] + 200].casefold() if text else ""
    for cue in rules()["projects"]["ended_cues"]:
        if re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", after):
            return f"the {year} text says '{cue}'"
    return ""


def _projects(c: Corpus, p: _Pair) -> list[dict]:
    a = _dedupe(c.records("projects", p.docs1), _project_key)
    b = _dedupe(c.records("projects", p.docs2), _project_key)
    if not a or not b:
        return [p.not_comparable("project", len(a), len(b))] if a or b else []
    ka, kb = {_project_key(r): r for r in a}, {_project_key(r): r for r in b}

    def name(r: dict) -> str:
        return c.entity_names.get(r.get("canonical_id") or "", "") or r["name"]

    out = []
    for k, ra in ka.items():
        if k in kb:
            why = _ended_in(c, kb[k], p.y2)
            out.append(p.row("project", "ended" if why else "continued", name(kb[k]),
                             basis=why or "mentioned in both years", **_cite("from", ra),
                             **_cite("to", kb[k])))
        else:
            why = _ended_in(c, ra, p.y2)
            cite, basis, score = _absent("to", name(ra), b, name, p.y2, "projects", p.docs2)
            out.append(p.row("project", "ended", name(ra), score=score,
                             basis=f"{why}; " + basis if why else basis, **_cite("from", ra),
                             **cite))
    for k, rb in kb.items():
        if k not in ka:
            cite, basis, score = _absent("from", name(rb), a, name, p.y1, "projects", p.docs1)
            out.append(p.row("project", "started", name(rb), score=score, basis=basis,
                             **_cite("to", rb), **cite))
    return out


def _line_year(line: dict, doc_year: int | None) -> int | None:
    """The year a budget line is for: its period's, else its document's."""
    m = _YEAR.search(str(line.get("period") or ""))
    return int(m.group(0)) if m else doc_year


def _budget_total(c: Corpus, doc_ids: list[str], year: int) -> tuple[int, dict, str] | None:
    """The organisation's budget for a year: a report's largest stated total for that year,
    else a plan's, else the sum of a document's lines (what the report's section shows)."""
    report_types = set(load_toml("outputs", "audit.toml")["documents"]["report_types"])
    best = None
    for d in doc_ids:
        lines = [b for b in c.recs["budget_lines"].get(d, []) if b.get("amount_sek") is not None]
        for_year = [b for b in lines if _line_year(b, c.docs[d]["year"]) == year]
        if not for_year:
            continue
        totals = [b for b in for_year if b.get("is_total")]
        if totals:
            line = max(totals, key=lambda b: b["amount_sek"])
            found = (line["amount_sek"], line, "stated total")
        else:
            found = (sum(b["amount_sek"] for b in for_year), for_year[0], "sum of lines")
        rank = (c.docs[d]["doc_type"] not in report_types, not totals)
        if best is None or rank < best[0]:
            best = (rank, found)
    return best[1] if best else None


def _budget(c: Corpus, p: _Pair) -> list[dict]:
    t1 = _budget_total(c, p.docs1, p.y1)
    t2 = _budget_total(c, p.docs2, p.y2)
    if not t1 or not t2:
        return [p.not_comparable("budget", int(bool(t1)), int(bool(t2)))] if t1 or t2 else []
    (v1, r1, b1), (v2, r2, b2) = t1, t2
    diff = v2 - v1
    share = rules()["budget"]["unchanged_share"]
    change = ("unchanged" if abs(diff) <= share * max(abs(v1), 1)
              else "increased" if diff > 0 else "decreased")
    return [p.row("budget", change, "budget total", from_value=v1, to_value=v2, difference=diff,
                  basis=f"{p.y1}: {b1}; {p.y2}: {b2}", **_cite("from", r1), **_cite("to", r2))]


def _people(c: Corpus, p: _Pair) -> list[dict]:
    a = _dedupe([s for s in c.records("signatories", p.docs1) if s.get("person_id")],
                lambda r: r["person_id"])
    b = _dedupe([s for s in c.records("signatories", p.docs2) if s.get("person_id")],
                lambda r: r["person_id"])
    if not a or not b:
        return [p.not_comparable("person", len(a), len(b))] if a or b else []
    ka, kb = {r["person_id"]: r for r in a}, {r["person_id"]: r for r in b}

    def name(r: dict) -> str:
        return c.entity_names.get(r["person_id"], "") or r["name"]

    # one name in both years is one person even where the reconciliation kept two (a
    # protocol's "Justerare" line read as an organisation): never "joined" and "left" at once
    names_a, names_b = {_fold(name(r)) for r in a}, {_fold(name(r)) for r in b}
    out = []
    for k, ra in ka.items():
        if k not in kb and _fold(name(ra)) not in names_b:
            cite, basis, score = _absent("to", name(ra), b, name, p.y2, "signatories", p.docs2)
            out.append(p.row("person", "left", name(ra), basis=basis, score=score,
                             **_cite("from", ra), **cite))
    for k, rb in kb.items():
        if k not in ka and _fold(name(rb)) not in names_a:
            cite, basis, score = _absent("from", name(rb), a, name, p.y1, "signatories", p.docs1)
            out.append(p.row("person", "joined", name(rb), basis=basis, score=score,
                             **_cite("to", rb), **cite))
    return out


ASPECTS = {"goal": _goals, "target_group": _target_groups, "project": _projects,
           "budget": _budget, "person": _people}


def changes_between(c: Corpus, oid: str, y1: int, y2: int) -> list[dict]:
    """Every change of organisation `oid` from year y1 to year y2 (both with documents)."""
    years = c.years_of.get(oid, {})
    if y1 not in years or y2 not in years:
        return []
    p = _Pair(oid, c.names.get(oid, oid), y1, y2, years[y1], years[y2])
    return [row for work in ASPECTS.values() for row in work(c, p)]


def all_changes(c: Corpus) -> list[dict]:
    """Each organisation's changes between each two consecutive years with documents."""
    out = []
    for oid, years in c.years_of.items():
        ordered = sorted(years)
        for y1, y2 in zip(ordered, ordered[1:], strict=False):
            out += changes_between(c, oid, y1, y2)
    return out


def store_changes(con: duckdb.DuckDBPyConnection) -> int:
    """Make the `changes` table (a corpus-level step of every run); returns its rows."""
    rows_ = all_changes(load_corpus(con))
    replace_rows(con, TABLES["changes"], rows_)
    return len(rows_)


# ---- samverkan diff ------------------------------------------------------------------------

class DiffError(ValueError):
    """An organisation or years that the run cannot compare; the message says why."""


def find_organisation(c: Corpus, wanted: str) -> str:
    """The id of the organisation `wanted` names: its id, its name or a name it was seen
    under (case and spaces ignored), else the one name that is clearly closest."""
    from rapidfuzz import fuzz, process

    from ..normalize.reconcile_core import fold

    if wanted in c.names:
        return wanted
    seen = {r["organisation_id"]: [r["name"], *filter(None, (r["names_seen"] or "").split(" | "))]
            for r in rows(c.con, "SELECT organisation_id, name, names_seen FROM organisations")}
    exact = {oid for oid, names in seen.items() if fold(wanted) in {fold(n) for n in names}}
    if len(exact) == 1:
        return exact.pop()
    choices = {oid: fold(c.names[oid]) for oid in (exact or seen) if oid in c.names}
    found = process.extract(fold(wanted), choices, scorer=fuzz.WRatio, limit=2)
    if found and found[0][1] >= 85 and (len(found) == 1 or found[0][1] - found[1][1] >= 5):
        return found[0][2]
    several = [c.names[oid] for oid in c.years_of if len(c.years_of[oid]) > 1]
    raise DiffError(f"no one organisation matches {wanted!r}"
                    + (f"; organisations with documents of more than one year: "
                       f"{', '.join(sorted(several))}" if several else ""))


def year_pairs(c: Corpus, oid: str, from_year: int | None, to_year: int | None
               ) -> list[tuple[int, int]]:
    """The pairs of years to compare: the two given, or each two consecutive years with
    documents (from `from_year` on and up to `to_year` when one of them is given)."""
    years = sorted(c.years_of.get(oid, {}))
    name = c.names.get(oid, oid)
    if len(years) < 2:
        held = f"one year only ({years[0]})" if years else "no stated year"
        raise DiffError(f"{name} has documents of {held}: there is nothing to compare")
    for y in (from_year, to_year):
        if y is not None and y not in years:
            raise DiffError(f"{name} has no documents of {y}; its years are "
                            f"{', '.join(map(str, years))}")
    if from_year is not None and to_year is not None:
        if from_year >= to_year:
            raise DiffError(f"--from ({from_year}) must be before --to ({to_year})")
        return [(from_year, to_year)]
    pairs = list(zip(years, years[1:], strict=False))
    return [(a, b) for a, b in pairs if (from_year is None or a >= from_year)
            and (to_year is None or b <= to_year)]


def diff_rows(con: duckdb.DuckDBPyConnection, organisation: str, from_year: int | None = None,
              to_year: int | None = None) -> list[dict]:
    """What `samverkan diff` shows: the changes of one organisation between years."""
    c = load_corpus(con)
    oid = find_organisation(c, organisation)
    out = []
    for y1, y2 in year_pairs(c, oid, from_year, to_year):
        out += changes_between(c, oid, y1, y2)
    key = {name: i for i, name in enumerate(ASPECTS)}
    return sorted(out, key=lambda r: (r["from_year"], r["to_year"],
                                      key.get(r["aspect"].removesuffix("_category"), 9),
                                      r["aspect"], r["change"], r["item"] or ""))
