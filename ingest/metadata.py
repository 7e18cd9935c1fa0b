"""Document metadata by genre rules: type, organisation and year from the title region."""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ..records import Document
from ..resources import load_toml

_YEAR = re.compile(r"(?<![\d/-])((?:19[89]|20[0-4])\d)(?:\s*[-–/]\s*((?:19[89]|20[0-4])?\d{2}))?(?![\d])")


@cache
def _cfg() -> dict:
    cfg = load_toml("ingest", "metadata.toml")
    return {
        "types": {t: [re.compile(p, re.I) for p in ps] for t, ps in cfg["doc_types"].items()},
        "fallback": {t: [re.compile(p, re.I) for p in ps]
                     for t, ps in cfg["fallback_words"].items()},
        "orgs": [(re.compile(o["pattern"]), o["form"]) for o in cfg["organisations"]],
        "stop": set(cfg["name_stop_words"]),
    }


def title_region(doc: Document, n_lines: int = 8, n_pages: int = 3) -> str:
    """The first short lines of the first pages, where titles stand."""
    parts = []
    for page in doc.pages[:n_pages]:
        text = doc.text[page.char_start: page.char_end]
        lines = [s.strip() for s in text.split("\n") if s.strip()][:n_lines]
        parts.extend(s[:200] for s in lines)
    return "\n".join(parts)


def detect_doc_type(doc: Document, title: str) -> str:
    best: tuple[int, str] | None = None
    for dtype, pats in _cfg()["types"].items():
        for p in pats:
            m = p.search(title)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), dtype)
    if best:
        return best[1]
    scores = Counter({t: sum(len(p.findall(doc.text)) for p in pats)
                      for t, pats in _cfg()["fallback"].items()})
    dtype, n = scores.most_common(1)[0] if scores else ("other", 0)
    return dtype if n >= 2 else "other"


def years_in(text: str) -> list[int]:
    return [int(m.group(1)) for m in _YEAR.finditer(text)]


def detect_year(doc: Document, title: str) -> int | None:
    """The year the document covers: on the title line that names its type, else in the
    title region, else the most frequent year of the text."""
    lines = title.split("\n")
    for line in lines:
        if any(p.search(line) for ps in _cfg()["types"].values() for p in ps):
            ys = years_in(line)
            if ys:
                return ys[0]
    ys = years_in(title)
    if ys:
        return ys[0]
    counts = Counter(years_in(doc.text))
    if not counts:
        return None
    top = max(counts.values())
    return min(y for y, c in counts.items() if c == top)


def _canonical_name(raw: str) -> str:
    words = raw.split()
    stop = _cfg()["stop"]
    kept = []
    for w in words:
        # a name in mixed case ends at a word in capitals ("... Mälardalen SAMMANTRÄDESPROTOKOLL")
        shouting = w.isupper() and len(w) > 5 and kept and not all(k.isupper() for k in kept)
        if w.lower().strip(",.") in stop or shouting or w.endswith(":"):
            break
        kept.append(w)
    name = " ".join(kept).strip(" ,")
    if name.isupper() and len(name) > 4:
        name = " ".join(w if w.lower() in {"och", "i"} else "-".join(p.capitalize() for p in w.split("-"))
                        for w in name.lower().split())
        name = name.replace(" Och ", " och ").replace(" I ", " i ")
    return name


def organisation_mentions(text: str) -> list[str]:
    out = []
    for pat, form in _cfg()["orgs"]:
        for m in pat.finditer(text):
            name = _canonical_name(m.group(1))
            if not name:
                continue
            if form.startswith(("LSG", "LLG")) and " och " in name:
                # "LSG Eskilstuna och Strängnäs" names two groups
                prefix = form.split()[0]
                parts = [re.sub(rf"^{prefix}\s+", "", p, flags=re.I) for p in name.split(" och ")]
                out.append(" och ".join(f"{prefix} {_canonical_name(p)}" for p in parts))
            else:
                out.append(form.format(name=name))
    return out


def detect_organisation(doc: Document, title: str) -> str:
    """The organisation the title line names ("Verksamhetsberättelse för LSG X 2010"), else
    the one named most often, in the title region above all."""
    for line in title.split("\n"):
        if any(p.search(line) for ps in _cfg()["types"].values() for p in ps):
            named = organisation_mentions(line)
            if named:
                return named[0]
    furniture = "\n".join(f.text for f in doc.furniture if f.kind in ("header", "footer"))
    counts = Counter(organisation_mentions(doc.text) + organisation_mentions(furniture))
    in_title = set(organisation_mentions(title))
    # a local group's report often carries its förbund's name in the running footer
    local = [n for n in in_title if n.startswith(("LSG ", "LLG "))]
    if local:
        return max(local, key=lambda n: counts[n])
    for name in in_title:
        counts[name] += 3
    if not counts:
        return ""
    return counts.most_common(1)[0][0]


def add_metadata(doc: Document) -> None:
    title = title_region(doc)
    doc.doc_type = detect_doc_type(doc, title)
    doc.year = detect_year(doc, title)
    doc.organisation = detect_organisation(doc, title)
