"""Benchmark of the reconciliation core: 100 000 synthetic mentions (people and projects with
spelling variants), clustered by `reconcile_people` and `reconcile_projects`.

    .venv/bin/python bench/bench_reconcile.py [--mentions 100000] [--seed 1]

Prints the seconds each step takes and how well the clusters fit the truth (pairwise
precision and recall over mentions). Not a test: nothing here asserts a time.
"""
from __future__ import annotations

import argparse
import random
import time
from collections import Counter, defaultdict

from samverkan.normalize.organisations import canonical_organisation
from samverkan.normalize.people import PersonMention, reconcile_people
from samverkan.normalize.projects_match import ProjectMention, reconcile_projects
from samverkan.resources import load_csv, load_lines

SURNAME_PARTS = (["Berg", "Lund", "Sjö", "Ek", "Holm", "Lind", "Ny", "Dahl", "Ström", "Sand",
                  "Nord", "Sö", "Öst", "Väst", "Björk", "Gran", "Hed", "Ås", "Fors", "Karl",
                  "Pet", "Anders", "Johans", "Nils", "Lars", "Ols", "Pers", "Svens", "Gustafs",
                  "Jons", "Eriks", "Magnus", "Bengt", "Hans", "Mats", "Axel", "Sten", "Wik"],
                 ["sson", "berg", "ström", "lund", "gren", "qvist", "man", "dahl", "holm",
                  "ling", "ér", "ander", "blad", "kvist", "sten", "mark"])
PROJECT_WORDS = ["Unga", "Vuxna", "Arbete", "Vägen", "Vidare", "Steget", "Före", "Tidig",
                 "Rehabilitering", "Samverkan", "Kompass", "Navet", "Lotsen", "Hälsa", "Framtid",
                 "Jobb", "Resurs", "Kraft", "Bron", "Nya", "Steg", "Insats", "Start", "Mot",
                 "Aktiv", "Balans", "Grön", "Motivation", "Trappan", "Nätverk"]
ROMAN = ["I", "II", "III", "IV"]


def _vary_name(first: str, last: str, rng: random.Random, nicknames: dict[str, list[str]]
               ) -> str:
    r = rng.random()
    if r < 0.05 and first in nicknames:
        first = rng.choice(nicknames[first])
    elif r < 0.10:
        first = first.replace("é", "e").replace("C", "K").replace("ph", "f")
    elif r < 0.14:
        last = last.replace("ss", "s") if "ss" in last else last.replace("s", "ss", 1)
    elif r < 0.17:
        return f"{first} {rng.choice('ABCDEFGHJKLMNOPRST')} {last}"
    return f"{first} {last}"


def make_people(n: int, rng: random.Random) -> tuple[list[PersonMention], list[int]]:
    firsts = list(load_lines("lexicon", "first_names.txt"))
    full_to_nick: dict[str, list[str]] = defaultdict(list)
    for row in load_csv("normalize", "nicknames.csv"):
        full_to_nick[row["full"]].append(row["nickname"])
    places = [r["name"] for r in load_csv("lexicon", "municipalities.csv")]
    kinds = ["{} kommun", "Försäkringskassan", "Arbetsförmedlingen {}", "Vårdcentralen {}",
             "Socialkontoret", "Landstinget"]
    n_people = max(1, n // 4)
    truth_people = []
    for _ in range(n_people):
        place = rng.choice(places)
        org = rng.choice(kinds).format(place)
        last = rng.choice(SURNAME_PARTS[0]) + rng.choice(SURNAME_PARTS[1])
        truth_people.append((rng.choice(firsts), last, org, f"LSG {place}"))
    mentions, truth = [], []
    for i in range(n):
        t = rng.randrange(n_people)
        first, last, org, group = truth_people[t]
        name = _vary_name(first, last, rng, full_to_nick)
        mentions.append(PersonMention(name, canonical_organisation(org, group), group,
                                      f"doc{i % 5000}", 2010 + i % 10))
        truth.append(t)
    return mentions, truth


def make_projects(n: int, rng: random.Random) -> tuple[list[ProjectMention], list[int]]:
    n_projects = max(1, n // 5)
    names = set()
    while len(names) < n_projects:
        words = rng.sample(PROJECT_WORDS, rng.choice([1, 2, 3, 4]))
        name = " ".join([words[0], *(w.lower() for w in words[1:])])
        if rng.random() < 0.15:
            name += f" {rng.randint(1, 4)}"
        name += f" {rng.choice(['Norr', 'Söder', 'Väst', 'Öst', 'City'])}{rng.randint(1, 400)}"
        names.add(name)
    projects = sorted(names)
    mentions, truth = [], []
    for i in range(n):
        t = rng.randrange(n_projects)
        name = projects[t]
        r = rng.random()
        if r < 0.2:
            name = name.title()
        elif r < 0.3:
            name = f"Projekt {name}"
        elif r < 0.35 and name.split()[-2].isdigit():
            parts = name.split()
            parts[-2] = ROMAN[int(parts[-2]) - 1]
            name = " ".join(parts)
        mentions.append(ProjectMention(name, "", f"doc{i % 5000}", "", 2010 + i % 10))
        truth.append(t)
    return mentions, truth


def pairwise(pred: list[str], truth: list[int]) -> tuple[float, float]:
    """Pairwise precision and recall of a clustering against the truth."""
    def pairs(counter: Counter) -> int:
        return sum(c * (c - 1) // 2 for c in counter.values())
    both = pairs(Counter(zip(pred, truth, strict=True)))
    p, t = pairs(Counter(pred)), pairs(Counter(truth))
    return (both / p if p else 1.0), (both / t if t else 1.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mentions", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    n_people = int(args.mentions * 0.6)
    t0 = time.perf_counter()
    people, people_truth = make_people(n_people, rng)
    projects, project_truth = make_projects(args.mentions - n_people, rng)
    t1 = time.perf_counter()
    print(f"generated {len(people)} person and {len(projects)} project mentions "
          f"in {t1 - t0:.1f} s")
    r = reconcile_people(people)
    t2 = time.perf_counter()
    prec, rec = pairwise(r.entity_of, people_truth)
    print(f"people:   {t2 - t1:6.2f} s  {len(r.entities)} people "
          f"(truth {len(set(people_truth))}), pairwise precision {prec:.3f} recall {rec:.3f}, "
          f"{len(r.review)} to review")
    p = reconcile_projects(projects)
    t3 = time.perf_counter()
    prec, rec = pairwise(p.entity_of, project_truth)
    print(f"projects: {t3 - t2:6.2f} s  {len(p.entities)} projects "
          f"(truth {len(set(project_truth))}), pairwise precision {prec:.3f} recall {rec:.3f}, "
          f"{len(p.review)} to review")
    print(f"total reconciliation: {t3 - t1:.2f} s for {len(people) + len(projects)} mentions")


if __name__ == "__main__":
    main()
