"""One organisation mention to what it names: its kind (samordningsförbund, LSG, LLG, kommun,
region, Försäkringskassan, Arbetsförmedlingen, other), a key that every mention of the same
organisation shares, the canonical name, and the rule that decided.

- A samordningsförbund in `data/samordningsforbund.csv` by name, alias or abbreviation
  (`registry`), or by its core, the words that tell it from others ("Finsam Gotland" and
  "Samordningsförbundet Gotland" share the core `gotland`: `forbund-core`), or by two or
  more places that are all members of one förbund of the list (`forbund-members`); a
  förbund not in the list is keyed by its core (`forbund-name`).
- An LSG or LLG by its kind and place ("Lokala samverkansgruppen i Flen" = "LSG Flen":
  `group`).
- A kommun, region or agency by `organisations.canonical_organisation` (`lexicon`): a unit
  ("Vuxenpsykiatrin Katrineholm") is its principal's (Region Sörmland), the document's
  organisation naming the place when the mention does not.
- Anything else by its tidied name (`name`); a mention that says no more than "Kommunen"
  in a förbund of several kommuner is `unspecific` and one that is not an organisation
  (a signature line's dots) `not-an-organisation`: both get no organisation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..resources import load_csv, load_toml
from .organisations import (
    PRINCIPAL_NAMES,
    canonical_organisation,
    municipalities_in,
    samordningsforbund_named,
)
from .reconcile_core import fold

UNSPECIFIC = "unspecific"
NOT_ORGANISATION = "not-an-organisation"
_TOKEN = re.compile(r"[\wåäöéü&]+")


@dataclass(frozen=True)
class Resolved:
    """What a mention names. `key` is shared by every mention of the same organisation;
    `core` holds a förbund's distinguishing words (for fuzzy matching)."""

    key: str
    kind: str
    name: str
    rule: str
    registry: str = ""  # the row of samordningsforbund.csv, for a förbund in the list
    municipality: str = ""  # a kommun's, or the place of an LSG/LLG
    county: str = ""
    core: tuple[str, ...] = ()


@cache
def _kinds() -> dict:
    return load_toml("normalize", "organisation_kinds.toml")


@cache
def _group_pattern() -> re.Pattern[str]:
    abbrevs = "|".join(map(re.escape, _kinds()["groups"]))
    longs = "|".join(map(re.escape, sorted(_kinds()["group_long_forms"], key=len, reverse=True)))
    place = r"([A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+)?)"
    return re.compile(rf"(?:\b({abbrevs})|(?i:\b({longs})))(?:\s+i)?\s+{place}")


def groups_in(text: str) -> list[tuple[str, str]]:
    """(abbreviation, place) of each local group a text names: "LSG Eskilstuna och LSG
    Strängnäs" -> [("LSG", "Eskilstuna"), ("LSG", "Strängnäs")]."""
    found = []
    for m in _group_pattern().finditer(text or ""):
        abbrev = m.group(1) or _kinds()["group_long_forms"][m.group(2).lower()]
        if (abbrev, m.group(3)) not in found:
            found.append((abbrev, m.group(3)))
    return found


@cache
def _place_stems() -> dict[str, str]:
    """Genitive and county forms to the place's own word: "kungälvs" -> "kungälv",
    "jämtlands" -> "jämtland" (so "Jämtlands län" and "Jämtland" share a core)."""
    stems: dict[str, str] = {}
    for r in load_csv("lexicon", "municipalities.csv"):
        for form in (r["name"], r["genitive"]):
            for a, b in zip(_TOKEN.findall(fold(form)), _TOKEN.findall(fold(r["name"])),
                            strict=False):
                stems[a] = b
        county = fold(r["county"]).removesuffix(" län")
        stems[county] = county.removesuffix("s") if county.endswith("s") else county
    return stems


def forbund_core(name: str) -> tuple[str, ...]:
    """The words that tell a förbund from the others, folded, sorted: "Samordningsförbundet
    i Kalmar län" -> ("kalmar",); "Samordningsförbundet Ale, Kungälv, Stenungsunds och
    Tjörn" -> ("ale", "kungälv", "stenungsund", "tjörn")."""
    cfg = _kinds()["forbund"]
    drop = set(cfg["words"]) | set(cfg["generic"])
    stems = _place_stems()
    low = fold(name).replace("-", " ")
    # the genitive before "samordningsförbund" ("Östra Södertörns samordningsförbund") is the
    # name itself, unless the word ends in s of its own (Borås)
    forbund = "|".join(map(re.escape, cfg["words"]))
    low = re.sub(rf"\b(\w+)s(\s+(?:{forbund}))\b",
                 lambda m: m.group(0) if m.group(1) + "s" in stems else m.group(1) + m.group(2),
                 low)
    words = [w for w in _TOKEN.findall(low) if w not in drop and not w.isdigit()]
    return tuple(sorted({stems.get(w, w) for w in words}))


@cache
def _registry() -> tuple[dict[str, str], ...]:
    return load_csv("normalize", "samordningsforbund.csv")


@cache
def _registry_cores() -> dict[tuple[str, ...], str]:
    """Core -> registry row name, for cores that name one row only."""
    seen: dict[tuple[str, ...], set[str]] = {}
    for r in _registry():
        for n in (r["name"], *filter(None, r["aliases"].split("|"))):
            core = forbund_core(n)
            if core:
                seen.setdefault(core, set()).add(r["name"])
    return {core: next(iter(names)) for core, names in seen.items() if len(names) == 1}


@cache
def _member_sets() -> tuple[frozenset[str], tuple[tuple[str, frozenset[str]], ...]]:
    """Folded municipality names, and each listed förbund's folded members."""
    places = frozenset(fold(r["name"]) for r in load_csv("lexicon", "municipalities.csv"))
    rows = tuple((r["name"], frozenset(fold(m) for m in r["municipalities"].split("|") if m))
                 for r in _registry())
    return places, rows


def _registry_by_members(core: tuple[str, ...]) -> str:
    """The one förbund of the list whose members include every place a name of two or more
    places names ("Finsam Södertälje-Nykvarn" -> Samordningsförbundet Södertälje); a name of
    one place is not enough (a kommun may be a member of a förbund named otherwise and have
    a förbund of its own)."""
    places, rows = _member_sets()
    if len(core) < 2 or not set(core) <= places:
        return ""
    found = [name for name, members in rows if set(core) <= members]
    return found[0] if len(found) == 1 else ""


def registry_row(name: str) -> dict[str, str] | None:
    return next((r for r in _registry() if r["name"] == name), None)


def _registry_named(text: str) -> str:
    return samordningsforbund_named(text)


def _is_place(word: str) -> bool:
    return fold(word) in _place_stems()


def _forbund_part(text: str) -> str:
    """The förbund's own name in a mention: from its förbund word on ("Årsredovisning 2011
    Samordningsförbundet Dalamitt" -> "Samordningsförbundet Dalamitt"), or the words before
    it when they are a genitive or a place ("Östra Södertörns samordningsförbund",
    "Södertälje samordningsförbund"; not "Antal samordningsförbund"); '' when the mention
    names no förbund."""
    words = "|".join(map(re.escape, _kinds()["forbund"]["words"]))
    before = re.search(rf"((?:[A-ZÅÄÖ][\wåäöé-]*(?:\s*,\s*|\s+och\s+|\s+)){{1,4}})"
                       rf"(?i:{words})\b", text)
    if before:
        named = before.group(1).strip(" ,")
        last = named.split()[-1]
        if last.endswith("s") or any(_is_place(w) for w in re.split(r"[\s,-]+", named)):
            return f"{named} samordningsförbund"
    m = re.search(rf"(?i)\b({words})\b(.*)$", text)
    if not m:
        return ""
    rest = m.group(2).strip(" ,.-–:(")
    return f"{m.group(1)} {rest}".strip() if rest else ""


def _forbund(text: str) -> Resolved | None:
    named = _registry_named(text)
    if named:
        return Resolved(named, "samordningsforbund", named, "registry", registry=named,
                        core=forbund_core(named))
    part = _forbund_part(text)
    core = forbund_core(part) if part else ()
    if not core:
        return None
    registry = _registry_cores().get(core)
    if registry:
        return Resolved(registry, "samordningsforbund", registry, "forbund-core",
                        registry=registry, core=core)
    registry = _registry_by_members(core)
    if registry:
        return Resolved(registry, "samordningsforbund", registry, "forbund-members",
                        registry=registry, core=core)
    tidy = " ".join(part.split()).strip(" ,.-–:")
    return Resolved("forbund:" + " ".join(core), "samordningsforbund", tidy, "forbund-name",
                    core=core)


def _group(text: str) -> Resolved | None:
    found = groups_in(text)
    if len(found) != 1:
        return None
    abbrev, place = found[0]
    kind = _kinds()["groups"][abbrev]
    places = municipalities_in(place)
    municipality = places[0] if places else ""
    return Resolved(f"{abbrev}:{fold(municipality or place)}", kind, f"{abbrev} {place}",
                    "group", municipality=municipality)


@cache
def _counties() -> dict[str, str]:
    """Folded forms of each län -> its name: "jämtlands län", "jämtland" -> "Jämtlands län"."""
    forms: dict[str, str] = {}
    for r in load_csv("normalize", "regions.csv"):
        county = r["county"]
        stem = fold(county).removesuffix(" län")
        forms[fold(county)] = county
        forms[stem.removesuffix("s") if stem.endswith("s") else stem] = county
    return forms


def county_named(text: str) -> str:
    """The län a text names, by its name or stem ("Psykiatrin i Jämtlands län"); ''."""
    low = fold(text)
    for form in sorted(_counties(), key=len, reverse=True):
        if re.search(rf"(?<!\w){re.escape(form)}", low):
            return _counties()[form]
    return ""


def region_of_county(county: str) -> str:
    return next((r["name"] for r in load_csv("normalize", "regions.csv")
                 if r["county"] == county), "")


def _not_organisation(text: str) -> bool:
    return any(re.search(p, text) for p in _kinds()["not_organisation"]["patterns"])


@cache
def _official_names() -> dict[str, str]:
    return {fold(r["official_name"]): r["name"] for r in load_csv("lexicon", "municipalities.csv")}


def _kommun_named(official: str) -> str:
    """The municipality whose official name this is ("Region Gotland" -> Gotland); ''."""
    return _official_names().get(fold(official), "")


def _forbund_of_group(context: str) -> Resolved | None:
    """The förbund of a local group: the one förbund of the list whose members include the
    group's municipality ("LSG Flen" -> RAR); None when not exactly one."""
    group = _group(context)
    if not group or not group.municipality:
        return None
    found = [r["name"] for r in _registry() if group.municipality in r["municipalities"].split("|")]
    return _forbund(found[0]) if len(found) == 1 else None


def organisation_keys(organisation: str) -> tuple[str, str]:
    """An organisation's own key and its förbund's: a local group's förbund when the list
    knows it ("LSG Flen" -> RAR), a förbund's own under any of its spellings; a name that
    resolves to neither is its own key, folded, and its own förbund."""
    text = " ".join((organisation or "").split())
    group = _group(text)
    if group is not None:
        forbund = _forbund_of_group(text)
        return group.key, (forbund.key if forbund else group.key)
    found = _forbund(text)
    key = found.key if found else fold(text)
    return key, key


def holder_name(holder: str) -> str:
    """The organisation a line names last before an organisationsnummer: a long sentence
    ("LSG Torshälla är en av tre grupper inom Samordningsförbundet Eskilstuna") gives the
    förbund it ends with; a short line is the name as it stands."""
    if len(holder.split()) <= 6:
        return holder
    words = "|".join(map(re.escape, _kinds()["forbund"]["words"]))
    last = list(re.finditer(rf"(?i)\b({words})\b", holder))
    if last:
        return holder[last[-1].start():].strip(" (,.;:")
    groups = list(_group_pattern().finditer(holder))
    return groups[-1].group(0) if groups else " ".join(holder.split()[-6:])


@cache  # a corpus repeats its organisation lines thousands of times
def resolve(mention: str, context: str = "", title: str = "") -> Resolved:
    """What a mention names; `context` is the document's organisation as written."""
    raw = " ".join((mention or "").split())
    text = raw.strip(" ,.;:-–")
    if not text:
        return Resolved("", "", "", NOT_ORGANISATION)
    found = _group(text) or _forbund(text)
    if found:
        return found
    if fold(text) in _kinds()["forbund"]["self_words"]:  # "Förbundet": the document's own
        own = (_forbund(context) or _forbund_of_group(context)) if context else None
        return (Resolved(own.key, own.kind, own.name, "document-organisation", own.registry,
                         core=own.core) if own else Resolved("", "", "", UNSPECIFIC))
    org = canonical_organisation(text, context, title)
    if org.principal in PRINCIPAL_NAMES:
        return Resolved("agency:" + org.principal, org.principal, org.name, "lexicon")
    if org.principal == "kommun":
        if not org.municipality:
            return Resolved("", "", "", UNSPECIFIC)
        return Resolved("kommun:" + org.municipality, "kommun", org.name, "lexicon",
                        municipality=org.municipality, county=org.county)
    if org.principal == "region":
        county = org.county or county_named(text) or county_named(context)
        region = org.name if org.county else region_of_county(county)
        if not region:
            return Resolved("", "", "", UNSPECIFIC)
        kommun = _kommun_named(region)
        if kommun:  # a kommun with a region's tasks (Region Gotland) is one organisation
            return Resolved("kommun:" + kommun, "kommun", region, "lexicon",
                            municipality=kommun, county=county)
        return Resolved("region:" + region, "region", region, "lexicon", county=county)
    if _not_organisation(raw) or _not_organisation(org.name):
        return Resolved("", "", "", NOT_ORGANISATION)
    if org.name != text:  # a body of organisations_extra.csv ("ESF" -> the social fund)
        return Resolved("other:" + fold(org.name), "other", org.name, "lexicon")
    return Resolved("other:" + fold(text), "other", text, "name")
