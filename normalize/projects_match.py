"""Projects: one canonical_id per project across documents and spellings.

Rule (each decision is recorded with its rule name and score):

1. `exact`: names equal once "Projekt"/"projektet" and quotes are dropped, case and accents
   folded, and a closing Roman numeral read as a number ("Orvar I" = "Orvar 1").
2. `acronym`: a name that is only an acronym ("TRIS") joins the project that declares that
   acronym ("Tidig rehabilitering i samverkan (TRIS)"), when exactly one does; `initials`: else
   the one project whose initials spell it (all words, or all but small words: "Unga Vuxna i
   Arbete" -> UVA). Several candidates -> review.
3. `fuzzy`: names blocked by their first four letters and scored with rapidfuzz
   (`process.cdist`, `fuzz.ratio`); >= `merge` -> one project, `review`..`merge` -> review.
   Names with different numbers never join ("Orvar 1" / "Orvar 2"); a name with a number and
   the same name without one go to review (`numbered-variant`).
4. The user's overrides: cannot-links first, then must-links.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache

import numpy as np
from rapidfuzz import fuzz, process

from ..resources import load_toml
from .people import Reconciled
from .reconcile_core import Decision, Joiner, Overrides, UnionFind, fold, stable_id

_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7",
          "viii": "8", "ix": "9", "x": "10"}
_ACRONYM = re.compile(r"^(?=(?:.*[A-ZÅÄÖ]){2})[A-ZÅÄÖ0-9&-]{2,10}$")
_PAREN = re.compile(r"\s*[(\[]\s*([^()\[\]]{1,12})\s*[)\]]\s*$")


@dataclass
class ProjectMention:
    """One project row to reconcile."""

    name: str
    acronym: str = ""
    doc_id: str = ""
    group: str = ""
    year: int | None = None


@cache
def _config() -> dict:
    return load_toml("normalize", "reconcile.toml")["projects"]


@dataclass(frozen=True)
class ProjectName:
    display: str  # the name as written, tidied
    acronym: str  # declared or the whole name when it is one
    key: str  # what equal names share
    acronym_only: bool


def parse_project(name: str, acronym: str = "") -> ProjectName:
    """Tidy a project name and read its acronym: "Tidig Rehabilitering I Samverkan (TRIS)"
    -> display "Tidig Rehabilitering I Samverkan", acronym TRIS, key "tidig rehabilitering i
    samverkan"."""
    text = " ".join(name.replace("”", '"').replace("“", '"').split()).strip(" \"'.,;:-–")
    m = _PAREN.search(text)
    if m and _ACRONYM.match(m.group(1).strip()):
        acronym = acronym or m.group(1).strip()
        text = text[:m.start()].strip(" ,-–")
    m = re.match(r"^(.*\S)\s*[-–,]\s*([A-ZÅÄÖ0-9&-]{2,10})$", text)  # "Vägen Vidare - VIDA"
    if m and _ACRONYM.match(m.group(2)) and " " in m.group(1):
        acronym = acronym or m.group(2)
        text = m.group(1)
    strip = {w.lower() for w in _config()["strip_words"]}
    words = text.split()
    while len(words) > 1 and words[0].lower().strip('"') in strip:
        words = words[1:]
    while len(words) > 1 and words[-1].lower().strip('"') in strip:
        words = words[:-1]
    if words and words[-1].lower().endswith("-projektet"):  # "KUR-projektet"
        words[-1] = words[-1][: -len("-projektet")]
    text = " ".join(words).strip(" \"'")
    only = bool(_ACRONYM.match(text))
    if only:
        acronym = acronym or text
    key = fold(re.sub(r"[^\w\s-]", " ", text))
    parts = key.split()
    # Roman numerals as numbers: "ii".."x" anywhere after the first word; "i" and "v" only
    # closing the name, since inside it "i" is the preposition ("Tidig rehabilitering i ...")
    for k in range(1, len(parts)):
        if parts[k] in _ROMAN and (k == len(parts) - 1 or parts[k] not in ("i", "v", "x")):
            parts[k] = _ROMAN[parts[k]]
    return ProjectName(text, acronym.upper(), " ".join(parts), only)


def initials(key: str) -> set[str]:
    """Acronyms a name could have: initials of all words and of the content words."""
    words = [w for w in re.split(r"[\s-]+", key) if w and not w.isdigit()]
    if len(words) < 2:
        return set()
    small = set(_config()["small_words"])
    content = [w for w in words if w not in small]
    out = {"".join(w[0] for w in words).upper()}
    if len(content) >= 2:
        out.add("".join(w[0] for w in content).upper())
    return {a for a in out if len(a) >= 3}


def _numbers(key: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\d+", key))


def _stem(key: str) -> str:
    return " ".join(w for w in key.split() if not w.isdigit())


@dataclass
class _Profile:
    name: ProjectName
    mentions: list[int] = field(default_factory=list)
    acronyms: set[str] = field(default_factory=set)


def reconcile_projects(mentions: list[ProjectMention], overrides: Overrides | None = None
                       ) -> Reconciled:
    """Cluster project mentions into projects by the rule in the module docstring."""
    cfg = _config()
    merge, review_at = float(cfg["merge"]), float(cfg["review"])
    overrides = overrides or Overrides()

    profiles: list[_Profile] = []
    index: dict[str, int] = {}
    profile_of: list[int] = []
    parsed_of: list[ProjectName] = []
    for i, m in enumerate(mentions):
        parsed = parse_project(m.name, m.acronym)
        parsed_of.append(parsed)
        key = parsed.acronym.lower() if parsed.acronym_only else parsed.key
        p = index.get(key)
        if p is None:
            p = index[key] = len(profiles)
            profiles.append(_Profile(parsed))
        profiles[p].mentions.append(i)
        if parsed.acronym:
            profiles[p].acronyms.add(parsed.acronym)
        profile_of.append(p)

    def row(a: int, b: int, score: float, rule: str) -> dict:
        return {"type": "project", "a": profiles[a].name.display, "b": profiles[b].name.display,
                "score": round(score, 1), "rule": rule,
                "doc_a": mentions[profiles[a].mentions[0]].doc_id,
                "doc_b": mentions[profiles[b].mentions[0]].doc_id, "decision": ""}

    joiner = Joiner(len(profiles), row)
    uf, join, joined, review = joiner.uf, joiner.join, joiner.joined, joiner.review
    _apply_overrides(overrides, profiles, joiner)

    # 2. acronyms
    declared: dict[str, list[int]] = defaultdict(list)
    spelled: dict[str, list[int]] = defaultdict(list)
    for p, prof in enumerate(profiles):
        if prof.name.acronym_only:
            continue
        for a in prof.acronyms:
            declared[a].append(p)
        for a in initials(prof.name.key):
            spelled[a].append(p)
    for p, prof in enumerate(profiles):
        if not prof.name.acronym_only:
            continue
        acr = prof.name.acronym
        for candidates, rule, score in ((declared.get(acr, []), "acronym", 100.0),
                                        (spelled.get(acr, []), "initials", 95.0)):
            roots = {uf.find(q) for q in candidates}
            if len(roots) == 1:
                join(candidates[0], p, score, rule)
                break
            if len(roots) > 1:
                for q in candidates:
                    review.append(row(p, q, score, f"{rule}-several"))
                break
    for group in declared.values():  # two long names declaring one acronym
        for q in group[1:]:
            # the shared acronym is evidence enough when one name holds the other's words
            # ("Ansökan om projektmedel Unga Vuxna i Arbete (UVA)" / "Unga Vuxna i Arbete")
            s = fuzz.token_set_ratio(profiles[group[0]].name.key, profiles[q].name.key)
            if s >= merge:
                join(group[0], q, s, "acronym+name")
            elif s >= review_at:
                review.append(row(group[0], q, s, "acronym-similar-name"))

    # 3. blocked fuzzy names
    blocks: dict[str, list[int]] = defaultdict(list)
    for p, prof in enumerate(profiles):
        if not prof.name.acronym_only and prof.name.key:
            blocks[prof.name.key[:4]].append(p)
    for members in blocks.values():
        if len(members) < 2:
            continue
        keys = [profiles[p].name.key for p in members]
        scores = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=review_at,
                               dtype=np.uint8, workers=1)
        stems = [_stem(k) for k in keys]
        for i, j in zip(*np.nonzero(np.triu(scores, 1)), strict=True):
            a, b = members[int(i)], members[int(j)]
            s = float(scores[i, j])
            na, nb = _numbers(keys[i]), _numbers(keys[j])
            if na != nb:
                if stems[i] == stems[j] and not (na and nb):
                    review.append(row(a, b, s, "numbered-variant"))
                continue
            if s >= merge:
                join(a, b, s, "fuzzy")
            else:
                review.append(row(a, b, s, "similar-name"))
        # "Orvar" vs "Orvar 1" can score below the review threshold: compare stems too
        by_stem: dict[str, list[int]] = defaultdict(list)
        for x, st in enumerate(stems):
            by_stem[st].append(x)
        for xs in by_stem.values():
            plain = [x for x in xs if not _numbers(keys[x])]
            numbered = [x for x in xs if _numbers(keys[x])]
            for x in plain:
                for y in numbered:
                    if scores[min(x, y), max(x, y)] == 0:
                        review.append(row(members[x], members[y], 0.0, "numbered-variant"))

    return _finish(mentions, parsed_of, profiles, profile_of, uf, joined, review)


def _apply_overrides(overrides: Overrides, profiles: list[_Profile], joiner: Joiner) -> None:
    rules = overrides.of("project")
    if not rules:
        return
    keys: dict[str, list[int]] = defaultdict(list)
    for p, prof in enumerate(profiles):
        for k in {fold(prof.name.display), prof.name.key, *(a.lower() for a in prof.acronyms)}:
            keys[k].append(p)
    joiner.apply_overrides(rules, keys)


def _finish(mentions: list[ProjectMention], parsed_of: list[ProjectName],
            profiles: list[_Profile], profile_of: list[int], uf: UnionFind,
            joined: dict[int, Decision], review: list[dict]) -> Reconciled:
    clusters = uf.clusters()
    entity_of = [""] * len(mentions)
    rule_of = [""] * len(mentions)
    score_of = [0.0] * len(mentions)
    entities: dict[str, dict] = {}
    for members in clusters.values():
        idx = [i for p in members for i in profiles[p].mentions]
        long = Counter(parsed_of[i].display for i in idx if not parsed_of[i].acronym_only)
        acronyms = Counter(a for p in members for a in profiles[p].acronyms
                           for _ in profiles[p].mentions)
        acronym = min(acronyms, key=lambda a: (-acronyms[a], a)) if acronyms else ""
        if long:
            # most frequent, then sentence case before Title Case, then the longest
            name = min(long, key=lambda n: (-long[n], sum(c.isupper() for c in n), -len(n), n))
            base = parse_project(name).key
            canonical = f"{name} ({acronym})" if acronym and acronym != name.upper() else name
        else:
            base, canonical = acronym.lower(), acronym
        eid = stable_id("PR", base)
        while eid in entities:
            eid = stable_id("PR", eid, str(min(idx)))
        for i in idx:
            p = profile_of[i]
            entity_of[i] = eid
            if len(idx) == 1:
                rule_of[i], score_of[i] = "single", 100.0
            elif len(members) == 1 or p not in joined:
                rule_of[i], score_of[i] = "exact", 100.0
            else:
                rule_of[i], score_of[i] = joined[p].rule, joined[p].score
        entities[eid] = {"entity_id": eid, "type": "project", "canonical_name": canonical,
                         "principal": "", "organisation": "", "mentions": len(idx),
                         "documents": len({mentions[i].doc_id for i in idx})}
    return Reconciled(entity_of, rule_of, score_of, entities, review)
