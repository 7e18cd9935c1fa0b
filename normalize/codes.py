"""Official codes that join to public statistics: SCB's four-digit kommunkod and two-digit
länskod, each with the years it is valid (`lexicon/kommunkoder.csv`, `lexicon/lanskoder.csv`),
and the organisationsnummer with its Luhn check digit."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..resources import load_csv


@dataclass(frozen=True)
class Code:
    """One code and the years it is valid (None: open-ended on that side)."""

    code: str
    name: str
    valid_from: int | None
    valid_to: int | None

    def valid_in(self, year: int | None) -> bool:
        if year is None:
            return self.valid_to is None  # no year: the code in force now
        return ((self.valid_from is None or self.valid_from <= year)
                and (self.valid_to is None or year <= self.valid_to))


def _year(cell: str) -> int | None:
    return int(cell) if cell.strip() else None


@cache
def _kommun_codes() -> dict[str, tuple[tuple[Code, str], ...]]:
    """Municipality name -> its (code, länskod) rows, in the file's order."""
    out: dict[str, list[tuple[Code, str]]] = {}
    for r in load_csv("lexicon", "kommunkoder.csv"):
        code = Code(r["kommunkod"], r["name"], _year(r["valid_from"]), _year(r["valid_to"]))
        out.setdefault(r["name"], []).append((code, r["lanskod"]))
    return {k: tuple(v) for k, v in out.items()}


@cache
def _lan_codes() -> dict[str, tuple[Code, ...]]:
    out: dict[str, list[Code]] = {}
    for r in load_csv("lexicon", "lanskoder.csv"):
        out.setdefault(r["county"], []).append(
            Code(r["lanskod"], r["county"], _year(r["valid_from"]), _year(r["valid_to"])))
    return {k: tuple(v) for k, v in out.items()}


def kommunkod(municipality: str, year: int | None = None) -> str:
    """SCB's kommunkod of a municipality (by its `name` in municipalities.csv) in a year;
    without a year, the code in force now. '' when the municipality or year is unknown."""
    for code, _lan in _kommun_codes().get(municipality, ()):
        if code.valid_in(year):
            return code.code
    return ""


def lanskod_of_municipality(municipality: str, year: int | None = None) -> str:
    """The länskod of the län a municipality belonged to in a year (Heby: 19 until 2006)."""
    for code, lan in _kommun_codes().get(municipality, ()):
        if code.valid_in(year):
            return lan
    return ""


def former_kommunkoder(municipality: str) -> list[Code]:
    """Codes a municipality had before its present one (Heby: 1917 until 2006)."""
    return [c for c, _ in _kommun_codes().get(municipality, ()) if c.valid_to is not None]


def lanskod(county: str, year: int | None = None) -> str:
    """SCB's länskod of a län by its name ("Uppsala län" -> "03")."""
    for code in _lan_codes().get(county, ()):
        if code.valid_in(year):
            return code.code
    return ""


def county_of_lanskod(code: str) -> str:
    return next((c.name for codes in _lan_codes().values() for c in codes if c.code == code), "")


# --- organisationsnummer -----------------------------------------------------------------

_DIGITS = re.compile(r"^(\d{6})-?(\d{4})$")


def normal_orgnr(text: str) -> str:
    """'2220002345' or '222000 - 2345' -> '222000-2345'; '' when not ten digits."""
    m = _DIGITS.match(re.sub(r"[\s–—]", "", (text or "").replace("–", "-")))
    return f"{m.group(1)}-{m.group(2)}" if m else ""


def luhn_ok(number: str) -> bool:
    """The Luhn check (the tenth digit) that every Swedish organisationsnummer satisfies."""
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) != 10:
        return False
    total = 0
    for i, d in enumerate(digits):
        d = d * 2 if i % 2 == 0 else d  # from the left: 1st, 3rd, ... doubled
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def orgnr_problem(number: str, kind: str = "") -> str:
    """Why a stated organisationsnummer cannot be used ('' when it can): not ten digits,
    a third digit under 2 (a personnummer's month, not an organisation's), a failing Luhn
    digit, or a group that does not fit the organisation (a samordningsförbund is a
    kommunalförbund-like legal person, 222000-xxxx; a kommun or region is 212000-xxxx)."""
    n = normal_orgnr(number)
    if not n:
        return "not ten digits"
    if int(n[2]) < 2:
        return "third digit under 2: a personal identity number, not an organisation's"
    if not luhn_ok(n):
        return "check digit fails the Luhn test"
    expected = {"samordningsforbund": "2220", "kommun": "2120", "region": "2321"}.get(kind)
    if kind == "region" and n.startswith(("2120", "2321")):
        return ""
    if expected and not n.startswith(expected):
        return f"a {kind}'s number begins {expected[:4]}, this one {n[:4]}"
    return ""


# "Org.nr 222000-2345", "Organisationsnummer: 222000-2345", "org nr 2220002345"
_STATED = re.compile(r"(?i)\b(?:org(?:anisations)?\.?\s*-?\s*(?:nr|nummer|no)\.?|orgnr)\s*:?\s*"
                     r"(\d{6}\s?[-–]?\s?\d{4})(?!\d)")
# a line that names the holder: "Projektägare: Nybro kommun", "Sökande organisation: ..."
_HOLDER_LABEL = re.compile(r"(?i)^\s*(?:projektägare|sökande(?:\s+organisation)?|"
                           r"organisation(?:ens namn)?|namn|huvudman|förbund)\s*:\s*(.+)$")


@dataclass(frozen=True)
class OrgnrStatement:
    """An organisationsnummer a text states, where, and whose it says it is."""

    number: str  # normalised NNNNNN-NNNN
    char_start: int
    char_end: int
    holder: str  # the organisation named with it ('' when the text names none)


def orgnr_statements(text: str) -> list[OrgnrStatement]:
    """Every organisationsnummer the text states after an "Org.nr"/"Organisationsnummer"
    cue (a bare ten-digit number may be a personnummer or a case number, so it is never
    taken). The holder is the name before the cue on its line ("Samordningsförbundet Skåne
    Nordost · Org.nr ..."), else a labelled line just above ("Projektägare: Nybro kommun")."""
    out = []
    for m in _STATED.finditer(text or ""):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start:m.start()]
        named = [seg.strip(" \t:,;-–") for seg in re.split(r"[·|•]", before)
                 if re.search(r"[A-ZÅÄÖ]", seg)]
        holder = named[-1] if named else ""
        if not holder:
            holder = ""
            prev_end = line_start - 1
            for _ in range(3):  # the nearest labelled line above, within three lines
                prev_start = text.rfind("\n", 0, max(prev_end, 0)) + 1
                label = _HOLDER_LABEL.match(text[prev_start:max(prev_end, prev_start)])
                if label:
                    holder = label.group(1).strip()
                    break
                prev_end = prev_start - 1
                if prev_end <= 0:
                    break
        out.append(OrgnrStatement(normal_orgnr(m.group(1)), m.start(1), m.end(1), holder))
    return out
