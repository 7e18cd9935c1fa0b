"""Shared machinery of the reconciliation: union-find with cannot-links, decisions, stable ids
and the user's overrides file."""
from __future__ import annotations

import csv
import hashlib
import tomllib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .taxonomy import fold_accents

MUST = "must-link"
CANNOT = "cannot-link"


def stable_id(prefix: str, *parts: str) -> str:
    """A short id derived from canonical names only, so the same corpus gives the same ids."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:10]
    return f"{prefix}{digest}"


def fold(text: str) -> str:
    """Lower case, whitespace collapsed, accents other than å, ä, ö folded."""
    return " ".join(fold_accents(text.lower()).split())


@dataclass
class Decision:
    """Why two items were joined (or not): kept for matches.csv and review.csv."""

    a: int
    b: int
    score: float
    rule: str


class UnionFind:
    """Union-find whose unions respect cannot-link pairs: a union that would put two
    cannot-linked items in one cluster is refused (and the caller records that)."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.size = [1] * n
        # root -> roots it must never join; kept small: only items named in cannot-links
        self.forbid: dict[int, set[int]] = defaultdict(set)

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    def cannot(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.forbid[ra].add(rb)
            self.forbid[rb].add(ra)

    def _forbidden(self, root: int) -> set[int]:
        return {self.find(r) for r in self.forbid.get(root, ())}

    def union(self, a: int, b: int) -> bool:
        """Join the clusters of a and b; False when they may not be joined."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.forbid and rb in self._forbidden(ra):
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        if rb in self.forbid:
            self.forbid[ra] |= self.forbid.pop(rb)
        return True

    def clusters(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return out


class Joiner:
    """Joins items (profiles) and keeps, for each, the decision that joined it, and the pairs
    left for a person to review. `row(a, b, score, rule)` makes a review row."""

    def __init__(self, n: int, row: Callable[[int, int, float, str], dict]) -> None:
        self.uf = UnionFind(n)
        self.joined: dict[int, Decision] = {}
        self.review: list[dict] = []
        self.row = row

    def join(self, a: int, b: int, score: float, rule: str) -> None:
        if self.uf.union(a, b):
            d = Decision(a, b, score, rule)
            self.joined.setdefault(a, d)
            self.joined.setdefault(b, d)
        else:
            self.to_review(a, b, score, f"{rule}; refused by cannot-link")

    def to_review(self, a: int, b: int, score: float, rule: str) -> None:
        self.review.append(self.row(a, b, score, rule))

    def apply_overrides(self, rules: list[tuple[str, str, str]],
                        keys: dict[str, list[int]]) -> None:
        """The user's decisions, cannot-links first so that no later union breaks them;
        `keys` maps an override's folded label to the items it names."""
        for decision in (CANNOT, MUST):
            for a, b, d in rules:
                if d != decision:
                    continue
                for x in keys.get(override_key(a), []):
                    for y in keys.get(override_key(b), []):
                        if d == CANNOT:
                            self.uf.cannot(x, y)
                        else:
                            self.join(x, y, 100.0, MUST)


@dataclass
class Overrides:
    """The user's decisions: pairs of mentions that must (or must never) be one entity.

    A side is matched against a mention's label: a person's name ("Sigge Petersson"), or
    "name | canonical organisation" to pick one of several (as review.csv writes it), a
    project's name or acronym. Comparison is case- and accent-insensitive."""

    pairs: list[tuple[str, str, str, str]] = field(default_factory=list)  # type, a, b, decision

    def of(self, kind: str) -> list[tuple[str, str, str]]:
        return [(a, b, d) for t, a, b, d in self.pairs if t == kind]


def load_overrides(path: Path | None) -> Overrides:
    """Read a CSV (type,a,b,decision) or TOML overrides file; None or missing -> empty."""
    if path is None or not Path(path).exists():
        return Overrides()
    path = Path(path)
    rows: list[dict] = []
    if path.suffix.lower() == ".toml":
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for key, decision in (("must_link", MUST), ("cannot_link", CANNOT)):
            for row in data.get(key, []):
                rows.append({**row, "decision": decision})
        rows.extend(data.get("override", []))
    else:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    pairs = []
    for row in rows:
        decision = (row.get("decision") or "").strip().lower().replace("_", "-")
        if decision in ("must", "same", "merge"):
            decision = MUST
        if decision in ("cannot", "different", "split"):
            decision = CANNOT
        if decision not in (MUST, CANNOT):
            continue  # an undecided review row copied as is
        kind = (row.get("type") or "").strip().lower()
        kind = {"people": "person", "project": "project", "projects": "project"}.get(kind, kind)
        pairs.append((kind, str(row.get("a", "")).strip(), str(row.get("b", "")).strip(),
                      decision))
    return Overrides(pairs)


def override_key(text: str) -> str:
    """How an override side and a mention label are compared."""
    return " | ".join(fold(part) for part in text.split("|"))
