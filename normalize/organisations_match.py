"""Organisations: one organisation_id per real organisation across documents, spellings and
years.

Rule (every decision is recorded with its rule name and score, as for people and projects):

1. Each mention is resolved on its own (`organisation_names.resolve`): `registry`,
   `forbund-core`, `forbund-members`, `forbund-name`, `group`, `lexicon`,
   `document-organisation` or `name`;
   mentions that resolve to the same key are one organisation.
2. Samordningsförbund not in the list are compared by their cores, other bodies by their
   folded names, with rapidfuzz (`fuzz.ratio`): >= `merge` -> one organisation (`fuzzy`);
   `review`..`merge` -> review; a core that holds all of another's words and more
   ("Skellefteå" / "Skellefteå-Norsjö": another membership) -> review (`core-subset`).
   Two förbund of the list are never joined.
3. `organisationsnummer`: two organisations of one kind that state the same valid number
   (Luhn digit, the group of their kind) and whose names agree (a shared core word, or a
   name score >= `review`) are one; when the names disagree the pair goes to review
   (`same-organisationsnummer`) and neither gets the number.
4. The user's overrides (type `organisation`): cannot-links first, then must-links.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache

import numpy as np
from rapidfuzz import fuzz, process

from ..resources import load_toml
from .codes import normal_orgnr, orgnr_problem
from .organisation_names import Resolved, resolve
from .reconcile_core import Decision, Joiner, Overrides, fold, override_key, stable_id


@dataclass
class OrgMention:
    """One mention of an organisation to reconcile."""

    text: str
    doc_id: str = ""
    year: int | None = None
    context: str = ""  # the document's organisation as written (names the place)
    title: str = ""  # a signatory's title (names the principal when the line does not)
    source: str = "document"  # document | signatory | financier | owner | organisationsnummer
    number: str = ""  # an organisationsnummer stated with this mention


@dataclass
class OrgCluster:
    """One organisation: its canonical name and kind, and what its mentions say."""

    organisation_id: str
    name: str
    kind: str
    resolved: Resolved  # the mention that names it best
    names: Counter = field(default_factory=Counter)
    doc_ids: list[str] = field(default_factory=list)
    years: set[int] = field(default_factory=set)
    mentions: int = 0
    numbers: list[tuple[str, str]] = field(default_factory=list)  # (number, doc_id) stated
    organisationsnummer: str = ""
    notes: list[str] = field(default_factory=list)


@dataclass
class OrgReconciled:
    """Per mention: organisation id ('' for none), rule and score; the organisations; and
    the pairs left for review."""

    entity_of: list[str]
    rule_of: list[str]
    score_of: list[float]
    organisations: dict[str, OrgCluster]
    review: list[dict] = field(default_factory=list)


@cache
def _config() -> dict:
    return load_toml("normalize", "reconcile.toml")["organisations"]


@dataclass
class _Profile:
    resolved: Resolved
    mentions: list[int] = field(default_factory=list)
    names: Counter = field(default_factory=Counter)
    numbers: set[str] = field(default_factory=set)


def reconcile_organisations(mentions: list[OrgMention], overrides: Overrides | None = None
                            ) -> OrgReconciled:
    """Cluster organisation mentions by the rule in the module docstring."""
    overrides = overrides or Overrides()
    resolved = [resolve(m.text, m.context, m.title) for m in mentions]
    profiles: list[_Profile] = []
    index: dict[str, int] = {}
    profile_of: list[int | None] = []
    for i, (m, r) in enumerate(zip(mentions, resolved, strict=True)):
        if not r.key:
            profile_of.append(None)
            continue
        p = index.get(r.key)
        if p is None:
            p = index[r.key] = len(profiles)
            profiles.append(_Profile(r))
        profiles[p].mentions.append(i)
        profiles[p].names[" ".join(m.text.split())] += 1
        number = normal_orgnr(m.number)
        if number and not orgnr_problem(number, r.kind):
            profiles[p].numbers.add(number)
        profile_of.append(p)

    def review_row(a: int, b: int, score: float, rule: str) -> dict:
        return {"type": "organisation", "a": profiles[a].resolved.name,
                "b": profiles[b].resolved.name, "score": round(float(score), 1), "rule": rule,
                "doc_a": mentions[profiles[a].mentions[0]].doc_id,
                "doc_b": mentions[profiles[b].mentions[0]].doc_id, "decision": "",
                "_pair": (a, b)}

    joiner = Joiner(len(profiles), review_row)
    keys: dict[str, list[int]] = {}
    for p, prof in enumerate(profiles):
        for label in {prof.resolved.name, *prof.names}:
            keys.setdefault(override_key(label), []).append(p)
    joiner.apply_overrides(overrides.of("organisation"), keys)
    _fuzzy(profiles, joiner)
    conflicted = _by_number(profiles, joiner)

    clusters = _clusters(profiles, joiner, mentions, conflicted)
    entity_of, rule_of, score_of = [], [], []
    for i, p in enumerate(profile_of):
        if p is None:
            entity_of.append("")
            rule_of.append(resolved[i].rule)
            score_of.append(0.0)
            continue
        d: Decision | None = joiner.joined.get(p)
        entity_of.append(clusters.id_of[p])
        rule_of.append(d.rule if d else resolved[i].rule)
        score_of.append(d.score if d else 100.0)
    # a pair that a later rule joined (a shared organisationsnummer, a must-link) is decided
    review = [{k: v for k, v in row.items() if k != "_pair"} for row in joiner.review
              if clusters.id_of[row["_pair"][0]] != clusters.id_of[row["_pair"][1]]]
    return OrgReconciled(entity_of, rule_of, score_of, clusters.by_id, review)


def _compare_text(r: Resolved) -> str:
    return " ".join(r.core) if r.kind == "samordningsforbund" else fold(r.name)


def _fuzzy(profiles: list[_Profile], joiner: Joiner) -> None:
    """Step 2: förbund by their cores, other bodies by their names. Names are blocked by
    their first three letters and scored a block at a time by rapidfuzz's cdist (a pair
    under `review` comes back as 0), so thousands of names cost neither minutes nor a
    matrix of every pair; a förbund core inside another is looked for among all förbund."""
    merge, review_at = float(_config()["merge"]), float(_config()["review"])
    for kind in ("samordningsforbund", "other"):
        idx = [p for p, prof in enumerate(profiles) if prof.resolved.kind == kind]
        texts = {p: _compare_text(profiles[p].resolved) for p in idx}
        blocks: dict[str, list[int]] = {}
        for p in idx:
            blocks.setdefault(texts[p][:3], []).append(p)
        pairs: dict[tuple[int, int], float] = {}
        for block in blocks.values():
            if len(block) < 2:
                continue
            names = [texts[p] for p in block]
            for start in range(0, len(block), 512):  # a strip of rows at a time: bounded memory
                scores = process.cdist(names[start:start + 512], names[start:], scorer=fuzz.ratio,
                                       dtype=np.float32, score_cutoff=review_at)
                for a, b in zip(*np.nonzero(scores), strict=True):
                    if b > a:  # each pair once, not with itself
                        pairs[(block[start + a], block[start + b])] = float(scores[a, b])
        if kind == "samordningsforbund":
            cores = {p: set(profiles[p].resolved.core) for p in idx}
            for i, a in enumerate(idx):
                for b in idx[i + 1:]:
                    if cores[a] < cores[b] or cores[b] < cores[a]:
                        pairs.setdefault((a, b), fuzz.ratio(texts[a], texts[b]))
        for (a, b), score in sorted(pairs.items()):
            ra, rb = profiles[a].resolved, profiles[b].resolved
            if ra.registry and rb.registry:
                continue  # two förbund of the list are two förbund
            if kind == "samordningsforbund" and (set(ra.core) < set(rb.core)
                                                 or set(rb.core) < set(ra.core)):
                joiner.to_review(a, b, score, "core-subset")
            elif score >= merge:
                joiner.join(a, b, score, "fuzzy")
            else:
                joiner.to_review(a, b, score, "fuzzy")


def _names_agree(a: Resolved, b: Resolved) -> bool:
    if a.kind == "samordningsforbund" and set(a.core) & set(b.core):
        return True
    return fuzz.ratio(_compare_text(a), _compare_text(b)) >= float(_config()["review"])


def _by_number(profiles: list[_Profile], joiner: Joiner) -> set[str]:
    """Step 3; returns the numbers stated for organisations that are not one."""
    holders: dict[str, list[int]] = {}
    for p, prof in enumerate(profiles):
        for n in prof.numbers:
            holders.setdefault(n, []).append(p)
    conflicted: set[str] = set()
    for number, ps in holders.items():
        for i, a in enumerate(ps):
            for b in ps[i + 1:]:
                ra, rb = profiles[a].resolved, profiles[b].resolved
                distinct = (ra.kind != rb.kind or (ra.registry and rb.registry)
                            or not _names_agree(ra, rb))
                if distinct:
                    joiner.to_review(a, b, 100.0, f"same-organisationsnummer {number}")
                    conflicted.add(number)
                else:
                    joiner.join(a, b, 100.0, "organisationsnummer")
    return conflicted


@dataclass
class _Clusters:
    id_of: dict[int, str]
    by_id: dict[str, OrgCluster]


def _canonical(members: list[int], profiles: list[_Profile], mentions: list[OrgMention]
               ) -> Resolved:
    """The profile that names the organisation best: one of the förbund list, else one the
    lexicon or a group pattern named, else the name its documents use most."""
    rank = {"registry": 0, "forbund-core": 0, "forbund-members": 0, "lexicon": 1, "group": 1}

    def key(p: int) -> tuple:
        prof = profiles[p]
        own = sum(1 for i in prof.mentions if mentions[i].source == "document")
        return (rank.get(prof.resolved.rule, 2), -own, -len(prof.mentions), prof.resolved.name)

    return profiles[min(members, key=key)].resolved


def _clusters(profiles: list[_Profile], joiner: Joiner, mentions: list[OrgMention],
              conflicted: set[str]) -> _Clusters:
    id_of: dict[int, str] = {}
    by_id: dict[str, OrgCluster] = {}
    for members in sorted(joiner.uf.clusters().values()):
        best = _canonical(members, profiles, mentions)
        oid = stable_id("O", best.name)
        if oid in by_id:  # two organisations of one name (kept apart): the key tells them
            oid = stable_id("O", best.name, best.key)
        cluster = by_id[oid] = OrgCluster(oid, best.name, best.kind, best)
        for p in members:
            id_of[p] = oid
            cluster.names.update(profiles[p].names)
            for i in profiles[p].mentions:
                m = mentions[i]
                cluster.mentions += 1
                if m.doc_id and m.doc_id not in cluster.doc_ids:
                    cluster.doc_ids.append(m.doc_id)
                if m.year is not None:
                    cluster.years.add(m.year)
                if normal_orgnr(m.number):
                    cluster.numbers.append((normal_orgnr(m.number), m.doc_id))
        _assign_number(cluster, conflicted)
    return _Clusters(id_of, by_id)


def _assign_number(cluster: OrgCluster, conflicted: set[str]) -> None:
    """The organisationsnummer its documents state, when exactly one valid number is stated
    for it and for no other organisation; every number left out is named with the reason."""
    valid: list[str] = []
    for number, doc_id in dict.fromkeys(cluster.numbers):
        problem = orgnr_problem(number, cluster.kind)
        if problem:
            cluster.notes.append(f"{number} (document {doc_id}) not used: {problem}")
        elif number in conflicted:
            cluster.notes.append(f"{number} (document {doc_id}) not used: stated for "
                                 f"another organisation too (see review.csv)")
        elif number not in valid:
            valid.append(number)
    if len(valid) == 1:
        cluster.organisationsnummer = valid[0]
    elif valid:
        cluster.notes.append(f"several numbers stated ({', '.join(valid)}); none used")
