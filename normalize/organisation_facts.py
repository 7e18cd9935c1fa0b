"""What a researcher joins on, for one reconciled organisation: a kommun's kommunkod and
länskod (and the codes it had before), a förbund's or local group's member municipalities
with their codes and its län. Facts come from the data files only: members from
`data/samordningsforbund.csv` (never guessed from a name), codes from `lexicon/`."""
from __future__ import annotations

from ..resources import load_csv
from .codes import former_kommunkoder, kommunkod, lanskod, lanskod_of_municipality
from .organisation_names import county_named, registry_row
from .organisations import municipalities_in
from .organisations_match import OrgCluster

SEP = " | "


def _county_of(municipality: str) -> str:
    return next((r["county"] for r in load_csv("lexicon", "municipalities.csv")
                 if r["name"] == municipality), "")


def organisation_row(cluster: OrgCluster) -> dict:
    """The organisations table's row of one organisation."""
    r = cluster.resolved
    members: list[str] = []
    members_known: bool | None = None
    county = r.county
    if cluster.kind == "kommun":
        members = [r.municipality]
    elif cluster.kind in ("lsg", "llg") or (r.municipality and cluster.kind == "other"):
        members = [r.municipality] if r.municipality else []
        members_known = bool(members)
    elif cluster.kind == "samordningsforbund":
        row = registry_row(r.registry) if r.registry else None
        members = [m for m in (row or {}).get("municipalities", "").split("|") if m]
        members_known = bool(members) and (row or {}).get("members_known") == "yes"
    counties = {_county_of(m) for m in members} - {""}
    if len(counties) == 1:
        county = counties.pop()
    elif not county and cluster.kind in ("samordningsforbund", "other", "lsg", "llg"):
        # a förbund whose members are not known may still name its län or a place in it
        places = municipalities_in(cluster.name)
        county = county_named(cluster.name) or (_county_of(places[0]) if len(places) == 1
                                                else "")
    former = []
    if cluster.kind == "kommun":
        former = [f"{c.code} (until {c.valid_to}, län "
                  f"{lanskod_of_municipality(c.name, c.valid_to)})"
                  for c in former_kommunkoder(r.municipality)]
    return {
        "organisation_id": cluster.organisation_id,
        "name": cluster.name,
        "kind": cluster.kind,
        "names_seen": SEP.join(sorted(cluster.names)),
        "organisationsnummer": cluster.organisationsnummer,
        "organisationsnummer_note": "; ".join(cluster.notes),
        "kommunkod": kommunkod(r.municipality) if cluster.kind == "kommun" else "",
        "former_kommunkoder": SEP.join(former),
        "lanskod": lanskod(county) if county else "",
        "lan": county,
        "municipalities": SEP.join(members),
        "member_kommunkoder": SEP.join(kommunkod(m) for m in members),
        "members_known": members_known,
        "mentions": cluster.mentions,
        "documents": len(cluster.doc_ids),
        "doc_ids": SEP.join(cluster.doc_ids),
        "years": SEP.join(str(y) for y in sorted(cluster.years)),
    }
