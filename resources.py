"""Data files that live next to the code that reads them, loaded once per process."""
from __future__ import annotations

import csv
import tomllib
from functools import cache
from pathlib import Path

ROOT = Path(__file__).parent


def data_path(stage: str, name: str) -> Path:
    """A stage's own data file (`extract/data/...`), or with stage "lexicon" a file of the
    shared vocabulary (`lexicon/...`) that more than one stage reads."""
    if stage == "lexicon":
        return ROOT / "lexicon" / name
    return ROOT / stage / "data" / name


@cache
def load_toml(stage: str, name: str) -> dict:
    with data_path(stage, name).open("rb") as fh:
        return tomllib.load(fh)


@cache
def load_csv(stage: str, name: str) -> tuple[dict[str, str], ...]:
    with data_path(stage, name).open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


@cache
def load_lines(stage: str, name: str) -> tuple[str, ...]:
    lines = data_path(stage, name).read_text(encoding="utf-8").splitlines()
    return tuple(s.strip() for s in lines if s.strip() and not s.startswith("#"))
