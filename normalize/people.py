"""People: one person_id per real person across documents.

Rule (every decision is recorded with its rule name and score):

1. `exact` / `spelling`: mentions whose first name and surname sound the same (accents folded,
   c/k, ch/k, ph/f, th/t, w/v, z/s, double letters) and whose organisation unit is the same
   (`Organisation.key`: the kommun, the region, the agency in one county, the förbund) are one
   person.
2. Candidates for the rest are blocked by organisation unit and the first three letters of the
   surname sound; inside a block surnames are scored with rapidfuzz (`process.cdist`):
   - `nickname`: surname sound equal (or >= `merge`), first names equal through the nickname
     table ("Sigge" = "Sigvard") and the two share a group (the document's organisation, e.g.
     LSG Eskilstuna) -> one person; sharing no group -> review.
   - `spelling`: first names equal, surnames >= `merge` ("Bengtsson" / "Bengtsso") -> one person.
   - first names similar (>= `review`) or surnames between `review` and `merge` -> review.
3. `unspecific-organisation`: a mention whose organisation does not say which kommun, region or
   office (an empty line, "Kommunen") joins the one person of that name and principal, when
   exactly one exists; with several it goes to review.
4. The same name in two different organisation units stays two people ("Anders Karlsson" of
   Eskilstuna kommun and of Arbetsförmedlingen); when they share a group the pair goes to
   review (`same-name-other-organisation`) since people do change employer.
5. The user's overrides: cannot-links first (no rule may break them), then must-links.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache

import numpy as np
from rapidfuzz import fuzz, process

from ..resources import load_csv, load_toml
from .organisations import Organisation
from .reconcile_core import Decision, Joiner, Overrides, UnionFind, fold, stable_id

_INITIAL = re.compile(r"^[A-ZÅÄÖ]\.?$")
_SOUND = [("ph", "f"), ("th", "t"), ("ch", "k"), ("ck", "k"), ("c", "k"), ("q", "k"),
          ("w", "v"), ("z", "s"), ("dt", "t")]


@dataclass
class PersonMention:
    """One signatory row to reconcile."""

    name: str
    organisation: Organisation
    group: str = ""  # the groups of the document (LSG, LLG, förbund), "|"-separated
    doc_id: str = ""
    year: int | None = None


@dataclass
class Reconciled:
    """Per mention: entity id, rule and score; per entity: its canonical record; and review."""

    entity_of: list[str]
    rule_of: list[str]
    score_of: list[float]
    entities: dict[str, dict] = field(default_factory=dict)
    review: list[dict] = field(default_factory=list)


@cache
def _config() -> dict:
    return load_toml("normalize", "reconcile.toml")


def sound(text: str) -> str:
    """A spelling-insensitive key of a name part: 'Pettersson' and 'Petersson' -> 'peterson'."""
    s = fold(text).replace(" ", "")
    for a, b in _SOUND:
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", s)


def split_name(name: str) -> tuple[str, str]:
    """(first name, surname): initials and middle names left out, particles kept with the
    surname ("Cecilia af Ekenstam" -> ("Cecilia", "af Ekenstam"))."""
    tokens = [t for t in name.replace(",", " ").split() if not _INITIAL.match(t)]
    if not tokens:
        return "", ""
    if len(tokens) == 1:
        return "", tokens[0]
    particles = set(_config()["people"]["particles"])
    i = len(tokens) - 1
    while i > 1 and tokens[i - 1].lower() in particles:
        i -= 1
    return tokens[0], " ".join(tokens[i:])


@cache
def _nickname_forms() -> dict[str, frozenset[str]]:
    """First-name sound -> the sounds it is equivalent to through the nickname table."""
    groups: dict[str, set[str]] = defaultdict(set)
    for row in load_csv("normalize", "nicknames.csv"):
        nick, full = sound(row["nickname"]), sound(row["full"])
        groups[nick].add(full)
        groups[full].add(full)
    return {k: frozenset(v) for k, v in groups.items()}


@cache
def _nicknames() -> frozenset[str]:
    return frozenset(sound(r["nickname"]) for r in load_csv("normalize", "nicknames.csv"))


def first_forms(first_sound: str) -> frozenset[str]:
    """A first name's sound and the full names it may stand for."""
    return _nickname_forms().get(first_sound, frozenset()) | {first_sound}


def same_first(a: str, b: str) -> bool:
    return a == b or bool(first_forms(a) & first_forms(b))


@dataclass
class _Profile:
    first: str
    last: str
    org: Organisation
    mentions: list[int] = field(default_factory=list)
    groups: set[str] = field(default_factory=set)


def reconcile_people(mentions: list[PersonMention], overrides: Overrides | None = None
                     ) -> Reconciled:
    """Cluster person mentions into people by the rule in the module docstring."""
    cfg = _config()["people"]
    merge, review_at = float(cfg["merge"]), float(cfg["review"])
    overrides = overrides or Overrides()

    # 1. profiles: same name sound in the same organisation unit
    profiles: list[_Profile] = []
    index: dict[tuple[str, str, str], int] = {}
    profile_of: list[int] = []
    for i, m in enumerate(mentions):
        first, last = split_name(m.name)
        key = (sound(first), sound(last), m.organisation.key)
        p = index.get(key)
        if p is None:
            p = index[key] = len(profiles)
            profiles.append(_Profile(key[0], key[1], m.organisation))
        profiles[p].mentions.append(i)
        profiles[p].groups.update(g for g in m.group.split("|") if g)
        profile_of.append(p)

    def label(p: int) -> str:
        return f"{mentions[profiles[p].mentions[0]].name} | {profiles[p].org.name}"

    def row(a: int, b: int, score: float, rule: str) -> dict:
        return _review_row(label(a), label(b), score, rule, profiles, mentions, a, b)

    joiner = Joiner(len(profiles), row)
    uf, join, to_review = joiner.uf, joiner.join, joiner.to_review
    joined, review = joiner.joined, joiner.review  # profile -> the decision that joined it

    _apply_overrides(overrides, profiles, mentions, joiner)

    # 2. blocked fuzzy comparison inside one organisation unit
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for p, prof in enumerate(profiles):
        blocks[(prof.org.key, prof.last[:3])].append(p)
    for members in blocks.values():
        if len(members) < 2:
            continue
        lasts = [profiles[p].last for p in members]
        scores = process.cdist(lasts, lasts, scorer=fuzz.ratio, score_cutoff=review_at,
                               dtype=np.uint8, workers=1)
        for i, j in zip(*np.nonzero(np.triu(scores, 1)), strict=True):
            a, b = members[int(i)], members[int(j)]
            s_last = float(scores[i, j])
            fa, fb = profiles[a].first, profiles[b].first
            if fa == fb:
                if s_last >= merge:
                    join(a, b, s_last, "spelling")
                else:
                    to_review(a, b, s_last, "similar-surname")
            elif same_first(fa, fb):
                if s_last >= merge and profiles[a].groups & profiles[b].groups:
                    join(a, b, s_last, "nickname")
                else:
                    to_review(a, b, s_last, "nickname-other-group")
            else:
                s_first = fuzz.ratio(fa, fb)
                if s_first >= review_at and s_last >= merge:
                    to_review(a, b, min(s_first, s_last), "similar-first-name")

    # 3. and 4. the same name across organisation units
    by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    for p, prof in enumerate(profiles):
        by_name[(prof.first, prof.last)].append(p)
    for members in by_name.values():
        if len(members) < 2:
            continue
        vague = [p for p in members if not profiles[p].org.specific]
        known = [p for p in members if profiles[p].org.specific]
        for p in vague:
            principal = profiles[p].org.principal
            fits = [q for q in known if principal in ("other", profiles[q].org.principal)
                    and not (principal == "other" and profiles[p].org.name
                             and profiles[p].org.name != profiles[q].org.name)]
            roots = {uf.find(q) for q in fits}
            if len(roots) == 1:
                join(fits[0], p, 100.0, "unspecific-organisation")
            elif len(roots) > 1:
                for q in fits:
                    to_review(p, q, 100.0, "unspecific-organisation-several")
        for x, a in enumerate(known):
            for b in known[x + 1:]:
                if uf.find(a) != uf.find(b) and profiles[a].groups & profiles[b].groups:
                    to_review(a, b, 100.0, "same-name-other-organisation")

    return _finish(mentions, profiles, profile_of, uf, joined, review)


def _apply_overrides(overrides: Overrides, profiles: list[_Profile],
                     mentions: list[PersonMention], joiner: Joiner) -> None:
    rules = overrides.of("person")
    if not rules:
        return
    keys: dict[str, list[int]] = defaultdict(list)
    for p, prof in enumerate(profiles):
        for i in prof.mentions:
            name = fold(mentions[i].name)
            for k in {name, f"{name} | {fold(prof.org.name)}"}:
                if p not in keys[k]:
                    keys[k].append(p)
    joiner.apply_overrides(rules, keys)


def _review_row(a: str, b: str, score: float, rule: str, profiles: list[_Profile],
                mentions: list[PersonMention], pa: int, pb: int) -> dict:
    return {"type": "person", "a": a, "b": b, "score": round(score, 1), "rule": rule,
            "doc_a": mentions[profiles[pa].mentions[0]].doc_id,
            "doc_b": mentions[profiles[pb].mentions[0]].doc_id, "decision": ""}


def _finish(mentions: list[PersonMention], profiles: list[_Profile], profile_of: list[int],
            uf: UnionFind, joined: dict[int, Decision], review: list[dict]) -> Reconciled:
    clusters = uf.clusters()
    entity_of = [""] * len(mentions)
    rule_of = [""] * len(mentions)
    score_of = [0.0] * len(mentions)
    entities: dict[str, dict] = {}
    nick = _nicknames()
    for members in clusters.values():
        idx = [i for p in members for i in profiles[p].mentions]
        names = Counter(" ".join(mentions[i].name.split()) for i in idx)
        # the most frequent spelling, a full name before a nickname, then the longest
        name = min(names, key=lambda n: (-names[n], sound(split_name(n)[0]) in nick, -len(n), n))
        orgs = Counter(profiles[p].org for p in members for _ in profiles[p].mentions)
        org = min(orgs, key=lambda o: (not o.specific, -orgs[o], o.name))
        eid = stable_id("P", fold(name), org.key)
        while eid in entities:  # two people of one name kept apart by a cannot-link
            eid = stable_id("P", eid, str(min(idx)))
        home = profile_of[idx[0]] if len(members) == 1 else None
        for i in idx:
            p = profile_of[i]
            entity_of[i] = eid
            if len(idx) == 1:
                rule_of[i], score_of[i] = "single", 100.0
            elif home is not None or p not in joined:
                same = fold(mentions[i].name) == fold(name)
                rule_of[i] = "exact" if same else "spelling"
                score_of[i] = 100.0 if same else float(fuzz.ratio(fold(mentions[i].name),
                                                                  fold(name)))
            else:
                rule_of[i], score_of[i] = joined[p].rule, joined[p].score
        entities[eid] = {
            "entity_id": eid, "type": "person", "canonical_name": name,
            "principal": org.principal, "organisation": org.name,
            "mentions": len(idx), "documents": len({mentions[i].doc_id for i in idx})}
    return Reconciled(entity_of, rule_of, score_of, entities, review)
