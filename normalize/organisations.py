"""Organisation mentions to their principal (huvudman) and to a canonical organisation.

`principal_of` says kommun, Försäkringskassan, Arbetsförmedlingen, region or other by the cue
table in `data/principals.csv`. `canonical_organisation` also names the organisation:
"Socialkontoret" in a Strängnäs report is Strängnäs kommun, "Landstinget" in an Eskilstuna
report is Region Sörmland, "Länsarbetsnämnden" is Arbetsförmedlingen. The municipality (and so
the county) comes from the mention itself, else from the organisation of the document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..resources import data_path, load_csv

PRINCIPAL_NAMES = {"forsakringskassan": "Försäkringskassan",
                   "arbetsformedlingen": "Arbetsförmedlingen"}
_WORD = re.compile(r"[\wÅÄÖåäöé-]+")


@dataclass(frozen=True)
class Organisation:
    """A canonical organisation: its name, principal and where it sits (when known)."""

    name: str
    principal: str
    municipality: str = ""
    county: str = ""

    @property
    def key(self) -> str:
        """What two mentions must share to be the same organisation unit for matching people.

        State agencies are national: their local office is told apart by county, so two
        "Anna Johansson" of Försäkringskassan in Malmö and in Luleå stay two people."""
        if self.principal in PRINCIPAL_NAMES:
            return f"{self.name}|{self.county}"
        return self.name

    @property
    def specific(self) -> bool:
        """False when the mention does not say which kommun, region or office it is."""
        if self.principal in PRINCIPAL_NAMES:
            return bool(self.county)
        if self.principal == "kommun":
            return bool(self.municipality)
        if self.principal == "region":
            return bool(self.county)
        return bool(self.name)


@cache
def _cues() -> tuple[tuple[str, str, str], ...]:
    if not data_path("normalize", "principals.csv").exists():
        return ()
    return tuple((r["cue"], r["principal"], r["kind"]) for r in load_csv("normalize",
                                                                         "principals.csv"))


@cache
def _municipalities() -> frozenset[str]:
    if not data_path("lexicon", "municipalities.csv").exists():
        return frozenset()
    rows = load_csv("lexicon", "municipalities.csv")
    return frozenset(n.lower() for r in rows for n in (r["name"], r.get("genitive", "")) if n)


def principal_of(organisation: str) -> str:
    """The principal an organisation name belongs to; `other` when no cue says more."""
    text = organisation.strip()
    if not text:
        return "other"
    low = text.lower()
    words = re.findall(r"[\wåäöé-]+", low)
    tokens = set(re.findall(r"[\wÅÄÖåäöé-]+", text))
    for cue, principal, kind in _cues():
        c = cue.lower()
        if kind == "abbrev" and cue in tokens:
            return principal
        if kind == "prefix" and (low.startswith(c) or any(w.startswith(c) for w in words)):
            return principal
        if kind == "word" and (c in words or f" {c} " in f" {low} "):
            return principal
    if words and words[0] in _municipalities():
        return "kommun"
    return "other"


def principal_of_signatory(organisation: str, title: str = "") -> str:
    """Principal of a signatory: by the organisation, else by the title ("Socialchef",
    "Arbetsförmedlingschef") when the organisation line is missing."""
    if organisation.strip() or not title:
        return principal_of(organisation)
    by_title = principal_of(title)
    if by_title == "other" and re.search(r"\bsocial(chef|sekreterare)|\bkommun", title.lower()):
        return "kommun"
    return by_title


# --- places -------------------------------------------------------------------------------

@cache
def _municipality_rows() -> dict[str, dict[str, str]]:
    return {r["name"]: r for r in load_csv("lexicon", "municipalities.csv")}


@cache
def _place_pattern() -> re.Pattern[str]:
    # names and genitives, longest first, case-sensitive: "Vara" and "Mark" are also words
    forms: dict[str, str] = {}
    for name, row in _municipality_rows().items():
        forms[name] = name
        if row.get("genitive"):
            forms.setdefault(row["genitive"], name)
    alts = sorted(forms, key=len, reverse=True)
    _place_forms.update(forms)
    return re.compile(r"(?<![\wÅÄÖåäö])(" + "|".join(re.escape(a) for a in alts) + r")(?![\wåäö])")


_place_forms: dict[str, str] = {}


def municipalities_in(text: str) -> list[str]:
    """Municipalities (by `name`) a text names, in order of appearance, without repeats."""
    if not text:
        return []
    pattern = _place_pattern()
    found: list[str] = []
    for m in pattern.finditer(text):
        name = _place_forms[m.group(1)]
        if name not in found:
            found.append(name)
    return found


@cache
def _regions() -> tuple[dict[str, str], ...]:
    return load_csv("normalize", "regions.csv")


@cache
def _region_by_county() -> dict[str, str]:
    return {r["county"]: r["name"] for r in _regions()}


def _region_named(text: str) -> str:
    """A region named by its current or old name or an abbreviation; '' when none is."""
    low = " ".join(text.lower().split())
    tokens = set(_WORD.findall(text))
    for r in _regions():
        names = [r["name"], *filter(None, r["old_name"].split("|"))]
        if any(n.lower() in low for n in names):
            return r["name"]
        if any(a in tokens for a in filter(None, r["abbreviations"].split("|"))):
            return r["name"]
    for r in _regions():  # "Landstinget Sörmland", "Region Västmanland"
        short = r["name"].removeprefix("Region ").split()[0].lower()
        if re.search(rf"\b(landsting\w*|region\w*)\s+(i\s+)?{re.escape(short)}", low):
            return r["name"]
    return ""


@cache
def _forbund() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    rows = []
    for r in load_csv("normalize", "samordningsforbund.csv"):
        names = (r["name"], *filter(None, r["aliases"].split("|")))
        shorts = tuple(s for s in r["short"].split("|") if s)
        rows.append((r["name"], tuple(n.lower() for n in names), shorts))
    return tuple(rows)


@cache
def _forbund_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every listed name and alias (lower case) in one pattern, longest first, and whose
    each is (one search instead of a loop over every name)."""
    owner: dict[str, str] = {}
    for name, names, _shorts in _forbund():
        for n in names:
            owner.setdefault(n, name)
    alts = sorted(owner, key=len, reverse=True)
    # a name ends at a word end (a genitive s allowed): "Samordningsförbundet Väst" is not
    # the start of "Samordningsförbundet Västernorrland", a förbund the list may lack
    body = "|".join(map(re.escape, alts))
    return re.compile(rf"(?<!\w)(?:{body})(?=s?(?!\w))" if body else r"(?!)"), owner


def samordningsforbund_named(text: str) -> str:
    """The canonical name of a samordningsförbund the text names; '' when none. The longest
    name found wins: "Samordningsförbundet Göteborg Centrum" is not "... Göteborg"."""
    low = " ".join(text.lower().split())
    pattern, owner = _forbund_pattern()
    found = [m.group(0) for m in pattern.finditer(low)]
    if found:
        return owner[max(found, key=len)]
    for name, _names, shorts in _forbund():
        if any(re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text) for s in shorts):
            return name
    return ""


def _forbund_of_places(context: str) -> str:
    """The one samordningsförbund whose members include every municipality the document's
    organisation names ("LSG Eskilstuna och LSG Strängnäs" -> RAR); '' when not one."""
    places = set(municipalities_in(context))
    if not places:
        return ""
    found = [r["name"] for r in load_csv("normalize", "samordningsforbund.csv")
             if places <= set(r["municipalities"].split("|"))]
    return found[0] if len(found) == 1 else ""


@cache
def _extra() -> tuple[tuple[str, str, str, str], ...]:
    if not data_path("normalize", "organisations_extra.csv").exists():
        return ()
    return tuple((r["alias"], r["kind"], r["canonical"], r["principal"])
                 for r in load_csv("normalize", "organisations_extra.csv"))


def _extra_named(text: str) -> tuple[str, str]:
    low = " ".join(text.lower().split())
    words = _WORD.findall(low)
    tokens = set(_WORD.findall(text))
    for alias, kind, canonical, principal in _extra():
        if kind == "abbrev" and alias in tokens:
            return canonical, principal
        if kind == "prefix" and (low.startswith(alias.lower())
                                 or any(w.startswith(alias.lower()) for w in words)):
            return canonical, principal
    return "", ""


def context_place(context: str) -> tuple[str, str]:
    """(municipality, county) of a document's organisation ("LSG Strängnäs"); the county
    alone when it names several municipalities of one county; ('', '') when unknown."""
    places = municipalities_in(context)
    if not places:
        forbund = samordningsforbund_named(context)
        if forbund:
            row = next(r for r in load_csv("normalize", "samordningsforbund.csv")
                       if r["name"] == forbund)
            places = [p for p in row["municipalities"].split("|") if p]
    rows = _municipality_rows()
    places = [p for p in places if p in rows]
    counties = {rows[p]["county"] for p in places}
    if len(places) == 1:
        return places[0], rows[places[0]]["county"]
    if len(counties) == 1:
        return "", counties.pop()
    region = _region_named(context)
    if region:
        return "", next(r["county"] for r in _regions() if r["name"] == region)
    return "", ""


@cache
def canonical_organisation(mention: str, context: str = "", title: str = "") -> Organisation:
    """The canonical organisation of a mention, using the document's organisation (`context`)
    for the place when the mention does not name one.

    kommun -> "<official name>" ("Strängnäs kommun"); Försäkringskassan / Arbetsförmedlingen ->
    the agency (with the county of its office); region -> the region ("Region Sörmland");
    other -> the samordningsförbund or body named, else the mention itself, tidied."""
    text = " ".join(mention.split()).strip(" -,.;:")
    principal = principal_of_signatory(text, title)
    extra_name, extra_principal = _extra_named(text)
    if extra_name and principal == "other":
        principal = extra_principal
    rows = _municipality_rows()
    own = [p for p in municipalities_in(text) if p in rows]
    if own:
        municipality, county = own[0], rows[own[0]]["county"]
    else:
        municipality, county = context_place(context)

    if principal in PRINCIPAL_NAMES:
        return Organisation(PRINCIPAL_NAMES[principal], principal, municipality, county)
    if principal == "kommun":
        if municipality:
            return Organisation(rows[municipality]["official_name"], "kommun", municipality, county)
        return Organisation(text or "kommun", "kommun", "", county)
    if principal == "region":
        region = _region_named(text) or _region_by_county().get(county, "")
        if region:
            county = next(r["county"] for r in _regions() if r["name"] == region)
            return Organisation(region, "region", municipality, county)
        return Organisation(text or "region", "region", municipality, "")
    forbund = samordningsforbund_named(text)
    if not forbund and text.lower() in ("samordningsförbundet", "förbundet", "finsam"):
        forbund = samordningsforbund_named(context) or _forbund_of_places(context)
    if forbund:
        return Organisation(forbund, "other", "", "")
    if extra_name:
        return Organisation(extra_name, extra_principal, "", "")
    return Organisation(text, "other", "", "")
