"""What the report shows per organisation, as plain data: its documents by year, its goals
with their statuses year by year, target groups and projects over the years, budget totals
over the years and its people, every item linked to its evidence in the document section.
Also the corpus-wide table of target-group categories by organisation.

An organisation is one of the organisations table (documents.organisation_id), named by its
canonical name, so that its spellings and years meet in one section, which also shows its
codes and what changed from year to year (the changes table). A document whose
organisation was not reconciled is grouped by its `organisation` as written, and documents
that name none as "organisation not stated".
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..normalize.taxonomy import labels
from .audit_common import rules

NO_ORGANISATION = "(organisation not stated)"
NO_YEAR = "year not stated"
STATUSES = ("achieved", "partially_achieved", "not_achieved", "not_reported")
HEAT_COLUMNS = 6  # organisations per target-group table: more would not fit a laptop's width
_YEAR = re.compile(r"(?:19|20)\d\d")


def organisation_of(doc: dict) -> str:
    """The name a document's organisation goes by: the canonical names of its organisations
    where known (`organisation_names`, set by the report), else as written."""
    names = doc.get("organisation_names") or []
    return (" · ".join(names) if names else
            " ".join((doc.get("organisation") or "").split()) or NO_ORGANISATION)


def organisation_keys(doc: dict) -> list[tuple[str, str]]:
    """(key, name) of each organisation a document speaks for: its organisation ids, else
    its organisation as written."""
    ids = [i for i in (doc.get("organisation_id") or "").split(" | ") if i]
    names = doc.get("organisation_names") or []
    if ids and len(names) == len(ids):
        return list(zip(ids, names, strict=True))
    return [("name:" + organisation_of(doc), organisation_of(doc))]


def anchor(doc_id: str, table: str, char_start: int | None) -> str:
    """Id of a record in its document's section, which shows its evidence in context."""
    return f"rec-{doc_id}-{table}-{char_start}"


def year_label(year: int | None) -> str:
    return str(year) if year is not None else NO_YEAR


@dataclass
class Organisation:
    name: str
    anchor: str
    docs: list[dict]
    years: list[int | None]
    goal_years: list[dict] = field(default_factory=list)
    target_groups: list[dict] = field(default_factory=list)  # category, cells per year
    unmatched_groups: list[dict] = field(default_factory=list)
    projects: list[dict] = field(default_factory=list)  # project, cells per year
    budgets: list[dict] = field(default_factory=list)
    people: list[dict] = field(default_factory=list)
    n_flags: int = 0
    info: dict | None = None  # its row of the organisations table
    changes: list[dict] = field(default_factory=list)  # per pair of years: its changes


CHANGE_ORDER = ("goal", "target_group", "target_group_category", "project", "budget", "person")


def change_groups(rows: list[dict]) -> list[dict]:
    """An organisation's changes by pair of years, each pair's rows by aspect."""
    pairs: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for r in rows:
        pairs[(r["from_year"], r["to_year"])].append(r)
    rank = {a: i for i, a in enumerate(CHANGE_ORDER)}
    return [{"from_year": a, "to_year": b,
             "rows": sorted(found, key=lambda r: (rank.get(r["aspect"], 9), r["change"]))}
            for (a, b), found in sorted(pairs.items())]


def budget_totals(lines: list[dict], docs: dict[str, dict]) -> list[dict]:
    """A document's budget per year: its largest stated total for that year (a table's grand
    total), or the sum of its lines where it states no total."""
    by_doc_year: dict[tuple[str, int | None], list[dict]] = defaultdict(list)
    for b in lines:
        if b.get("amount_sek") is None or b["doc_id"] not in docs:
            continue
        m = _YEAR.search(str(b.get("period") or ""))
        year = int(m.group(0)) if m else docs[b["doc_id"]].get("year")
        by_doc_year[(b["doc_id"], year)].append(b)
    out = []
    for (doc_id, year), found in by_doc_year.items():
        totals = [b for b in found if b.get("is_total")]
        if totals:
            line = max(totals, key=lambda b: b["amount_sek"])
            amount, basis = line["amount_sek"], "stated total"
        else:
            line = found[0]
            amount, basis = sum(b["amount_sek"] for b in found), "sum of lines"
        out.append({"doc_id": doc_id, "year": year, "amount": amount, "basis": basis,
                    "anchor": anchor(doc_id, "budget_lines", line.get("char_start")),
                    "doc_type": docs[doc_id].get("doc_type") or "other"})
    return sorted(out, key=lambda t: (t["year"] is None, t["year"] or 0, t["doc_id"]))


def chosen_budgets(totals: list[dict], docs: dict[str, dict]) -> list[tuple[str, int, int]]:
    """(organisation, year, amount) with one figure per organisation and year: a report's
    where one states it (what was spent), else a plan's (what was budgeted)."""
    report_types = set(rules()["documents"]["report_types"])
    best: dict[tuple[str, int], dict] = {}
    for t in totals:
        if t["year"] is None:
            continue
        rank = 0 if t["doc_type"] in report_types else 1
        # a document of several organisations (a joint application) is each one's
        for _, name in organisation_keys(docs[t["doc_id"]]):
            key = (name, t["year"])
            if key not in best or rank < best[key]["rank"]:
                best[key] = {**t, "rank": rank}
    return [(org, year, t["amount"]) for (org, year), t in sorted(best.items())]


def _cells(years: list[int | None], found: dict[int | None, list[str]]) -> list[dict | None]:
    """One cell per year: how many mentions, linked to the first."""
    return [{"n": len(found[y]), "anchor": found[y][0]} if found.get(y) else None
            for y in years]


def organisations(docs: list[dict], recs: dict[str, list[dict]], people: list[dict],
                  flags: list[dict], entity_names: dict[str, str],
                  infos: dict[str, dict] | None = None,
                  changes: list[dict] | None = None) -> list[Organisation]:
    """A section per organisation, in alphabetical order; `infos` are the organisations
    table's rows by id and `changes` the changes table's rows."""
    infos = infos or {}
    by_org: dict[str, list[dict]] = defaultdict(list)
    names: dict[str, str] = {}
    for d in docs:
        for key, name in organisation_keys(d):
            by_org[key].append(d)
            names[key] = name
    changes_of: dict[str, list[dict]] = defaultdict(list)
    for r in changes or []:
        changes_of[r["organisation_id"]].append(r)
    category_label = labels()
    out = []
    order = sorted(by_org, key=lambda k: (names[k] == NO_ORGANISATION, names[k].casefold(), k))
    for i, key in enumerate(order):
        name = names[key]
        mine = sorted(by_org[key], key=lambda d: (d["year"] is None, d["year"] or 0,
                                                  d["doc_type"] or "", d["source_path"]))
        ids = {d["doc_id"]: d for d in mine}
        years = sorted({d["year"] for d in mine}, key=lambda y: (y is None, y or 0))
        org = Organisation(name, f"org-{i + 1}", mine, years, info=infos.get(key),
                           changes=change_groups(changes_of.get(key, [])))
        org.n_flags = sum(1 for f in flags if f["doc_id"] in ids)

        def year_of(rec: dict, ids: dict = ids) -> int | None:
            return ids[rec["doc_id"]]["year"]

        goals: dict[int | None, list[dict]] = defaultdict(list)
        for g in recs["goals"]:
            if g["doc_id"] in ids:
                goals[year_of(g)].append({
                    "text": g["text"], "status": g.get("outcome_status") or "not_reported",
                    "anchor": anchor(g["doc_id"], "goals", g["char_start"])})
        for y in years:
            if goals.get(y):
                counts = Counter(g["status"] for g in goals[y])
                org.goal_years.append({"year": year_label(y), "goals": goals[y],
                                       "counts": [(s, counts.get(s, 0)) for s in STATUSES],
                                       "total": len(goals[y])})

        groups: dict[str, dict[int | None, list[str]]] = defaultdict(lambda: defaultdict(list))
        for t in recs["target_groups"]:
            if t["doc_id"] not in ids:
                continue
            link = anchor(t["doc_id"], "target_groups", t["char_start"])
            cats = [c.strip() for c in (t.get("canonical") or "").split(";") if c.strip()]
            for c in cats:
                groups[c][year_of(t)].append(link)
            if not cats:  # said as such: not a category of its own
                org.unmatched_groups.append({"text": t["text"], "year": year_label(year_of(t)),
                                             "anchor": link})
        org.target_groups = [{"label": category_label.get(c, c), "cells": _cells(years, groups[c])}
                             for c in [*category_label, *sorted(set(groups) - set(category_label))]
                             if c in groups]

        projects: dict[str, dict[int | None, list[str]]] = defaultdict(lambda: defaultdict(list))
        project_names: dict[str, str] = {}
        for p in recs["projects"]:
            if p["doc_id"] not in ids:
                continue
            pkey = p.get("canonical_id") or p["name"]
            project_names.setdefault(pkey, entity_names.get(pkey) or p["name"])
            projects[pkey][year_of(p)].append(anchor(p["doc_id"], "projects", p["char_start"]))
        org.projects = [{"name": project_names[k], "cells": _cells(years, projects[k])}
                        for k in sorted(projects, key=lambda k: project_names[k].casefold())]

        org.budgets = [{**t, "year": year_label(t["year"])}
                       for t in budget_totals(recs["budget_lines"], ids)]

        first_mention: dict[str, str] = {}
        for s in recs["signatories"]:
            if s["doc_id"] in ids and s.get("person_id"):
                first_mention.setdefault(s["person_id"],
                                         anchor(s["doc_id"], "signatories", s["char_start"]))
        org.people = [{**p, "anchor": first_mention.get(p["person_id"])} for p in people
                      if set(ids) & set((p.get("doc_ids") or "").split(" | "))]
        out.append(org)
    return out


def heat_tables(recs: list[dict], orgs_of: dict[str, list[str]]) -> dict:
    """Target-group categories by organisation, as tables of at most HEAT_COLUMNS
    organisations (the busiest first); mentions of no category are counted apart. A
    document of several organisations counts for each."""
    category_label = labels()
    counts: Counter = Counter()
    unmatched = 0
    for t in recs:
        cats = [c.strip() for c in (t.get("canonical") or "").split(";") if c.strip()]
        unmatched += not cats
        for c in cats:
            for org in orgs_of.get(t["doc_id"], [NO_ORGANISATION]):
                counts[(c, org)] += 1
    per_org: Counter = Counter()
    for (_, org), n in counts.items():
        per_org[org] += n
    orgs = sorted(per_org, key=lambda o: (-per_org[o], o.casefold()))
    cats = [c for c in category_label if any(k[0] == c for k in counts)]
    peak = max(counts.values(), default=1)
    tables = []
    for start in range(0, len(orgs), HEAT_COLUMNS):
        chunk = orgs[start:start + HEAT_COLUMNS]
        rows = [{"label": category_label[c],
                 "cells": [_heat_cell(counts.get((c, o), 0), peak) for o in chunk]}
                for c in cats if any(counts.get((c, o)) for o in chunk)]
        tables.append({"organisations": chunk, "rows": rows})
    return {"tables": tables, "unmatched": unmatched, "total": len(recs)}


def _heat_cell(n: int, peak: int) -> dict:
    """A count and its shade: white for none, deep blue for the corpus's highest count."""
    share = n / peak if peak else 0
    r, g, b = (round(255 + (c - 255) * share) for c in (26, 95, 180))
    return {"n": n, "background": f"rgb({r},{g},{b})", "dark": share > 0.5}
