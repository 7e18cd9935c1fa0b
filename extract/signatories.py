"""Signatories: the signature block (name, title and organisation lines in either order),
"Ansvarig tjänsteman NN", "För X: NN". People named in passing are not signatories."""
from __future__ import annotations

import re
from functools import cache

from ..records import Signatory
from ..resources import load_lines, load_toml
from .context import Context

_NAME = re.compile(r"^(?P<name>[A-ZÅÄÖÉ][a-zåäöéèüë]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
                   r"(?:\s+[A-ZÅÄÖ]\.?)?(?:\s+(?:af|von|de|van|da))?"
                   r"(?:\s+[A-ZÅÄÖÉ][a-zåäöéèüë]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,2})\s*,?\s*(?P<rest>.*)$")
_INLINE = re.compile(r"\b(?P<title>[Aa]nsvarig tjänsteman|[Kk]ontaktperson|[Pp]rojektägare|"
                     r"[Oo]rdförande|[Ss]ekreterare|[Ff]örbundschef)\s*:?\s+(?P<name>[A-ZÅÄÖ][a-zåäöé]+"
                     r"(?:\s+[A-ZÅÄÖ]\.?)?\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)")


@cache
def _first_names() -> frozenset[str]:
    return frozenset(n.lower() for n in load_lines("lexicon", "first_names.txt"))


@cache
def _titles() -> re.Pattern:
    words = load_toml("extract", "signatures.toml")["title_words"]
    return re.compile(r"(?:" + "|".join(words) + r")", re.I)


def _person(line: str) -> tuple[str, str] | None:
    m = _NAME.match(line.strip())
    if not m:
        return None
    name = m.group("name")
    first = name.split()[0].lower()
    names = _first_names()
    if first not in names and first.split("-")[0] not in names:
        return None
    rest = m.group("rest").strip()
    if _titles().search(name) or _is_org(name):
        return None
    if rest and not line.strip()[len(name):].lstrip().startswith(",") \
            and not _titles().search(rest) and not _is_org(rest):
        return None  # "Karin Nyström hälsade välkommen": a sentence about a person
    return name, m.group("rest")


@cache
def _not_signing() -> re.Pattern:
    words = load_toml("extract", "signatures.toml")["not_signing_leads"]
    return re.compile(r"^(?:" + "|".join(words) + r")", re.I)


@cache
def _org_words() -> re.Pattern:
    words = load_toml("extract", "signatures.toml")["organisation_words"]
    return re.compile(r"(?:" + "|".join(words) + r")", re.I)


def _is_org(text: str) -> bool:
    return bool(_org_words().search(text))


def extract_signatories(ctx: Context, doc) -> None:
    text = ctx.document.text
    seen: set[str] = set()
    for group in _line_groups(text):
        _from_group(ctx, group, seen)
    _member_lists(ctx, text, seen)
    for m in _FOR_ORG.finditer(text):  # "För Arbetsförmedlingen: Ingrid Wästberg"
        _inline(ctx, m, seen, (m.group("title") or "").strip(), m.group("org").strip())
    for m in _INLINE.finditer(text):  # "Ansvarig tjänsteman Per Liljebäck"
        title = m.group("title")
        _inline(ctx, m, seen, title[0].upper() + title[1:], ctx.document.organisation)


def _inline(ctx: Context, m: re.Match, seen: set[str], title: str, organisation: str) -> None:
    name = m.group("name")
    if name in seen or not _person(name):
        return
    span = ctx.span(m.start(), m.end())
    if span:
        seen.add(name)
        ctx.extraction.signatories.append(Signatory(**span, name=name, title=title,
                                                    organisation=organisation))


# "Kerstin Malmberg, socialchef, Vingåkers kommun Ali Hassan, enhetschef, ..." (a member
# list whose line breaks were lost): name, lower-case title, organisation up to the next name
_MEMBER = re.compile(r"(?P<name>[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?(?: [A-ZÅÄÖ]\.?)?"
                     r" [A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?), (?P<title>[a-zåäö][\wåäö -]{2,40}?),"
                     r" (?P<org>[A-ZÅÄÖ][^,.;:\n]{2,80}?)(?=\s+[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
                     r"(?: [A-ZÅÄÖ]\.?)? [A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?,|[.;\n]|$)")


# "För Arbetsförmedlingen: Ingrid Wästberg", "För Ljusdals kommun: Gunnel Åström, socialchef"
_FOR_ORG = re.compile(r"^För (?P<org>[A-ZÅÄÖ][^:\n]{2,60}):[ \t]*(?P<name>[A-ZÅÄÖÉ][a-zåäöéü]+"
                      r"(?:-[A-ZÅÄÖ][a-zåäöé]+)?(?: [A-ZÅÄÖ]\.?)? [A-ZÅÄÖÉ][a-zåäöéü]+"
                      r"(?:-[A-ZÅÄÖ][a-zåäöé]+)?)(?:,[ \t]*(?P<title>[a-zåäö][^,\n]{2,40}))?[ \t]*$",
                      re.M)


def _member_lists(ctx: Context, text: str, seen: set[str]) -> None:
    for m in _MEMBER.finditer(text):
        name = m.group("name")
        if name in seen or not _person(name) or not _titles().search(m.group("title")):
            continue
        span = ctx.span(m.start(), m.end())
        if span:
            seen.add(name)
            title = m.group("title").strip()
            ctx.extraction.signatories.append(Signatory(
                **span, name=name, title=title[:1].upper() + title[1:],
                organisation=m.group("org").strip()))


def _line_groups(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of short lines separated by blank lines: the shape of a signature block."""
    groups, cur = [], []
    pos = 0
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            if cur:
                groups.append(cur)
            cur = []
        elif (len(line) <= 70 or (len(line) <= 140 and _COLUMN_GAP.search(line))) \
                and "\t" not in raw:
            s = pos + raw.index(line[0])
            cur.append((s, s + len(line), line))
        else:
            if cur:
                groups.append(cur)
            cur = []
            groups.append([])  # a long line breaks the block
        pos += len(raw) + 1
    if cur:
        groups.append(cur)
    return [g for g in groups if g]


# two signature columns set apart by a run of spaces (inside a stripped line)
_COLUMN_GAP = re.compile(r" {3,}")


def _split_halves(line: str) -> tuple[str, str] | None:
    """A line of two signature columns: at a run of spaces between them, or else cut before
    a capitalised word so that both halves read as a title or an organisation ("Köpings
    kommun Arbetsförmedlingen Köping")."""
    cells = _COLUMN_GAP.split(line.strip())
    if len(cells) == 2:
        return cells[0], cells[1]
    words = list(re.finditer(r"\S+", line))
    if len(words) == 2:
        return words[0].group(0), words[1].group(0)
    for w in words[1:]:
        if not w.group(0)[:1].isupper():
            continue
        left, right = line[: w.start()].strip(" ,"), line[w.start():].strip()
        if all(_titles().search(h) or _is_org(h) for h in (left, right)):
            return left, right
    return None


def _side_by_side(ctx: Context, group: list[tuple[int, int, str]], seen: set[str]) -> int:
    """Two signatures set side by side: "Kenneth Åhman-Lind Helena Lund" over
    "Ordförande Förbundschef"; a two-word line below gives each one word. Returns how many
    lines of the group the pair took (0: the first line is not a pair of names); the next
    line that opens with a name starts another signature."""
    first = group[0]
    words = list(re.finditer(r"\S+", first[2]))
    for cut in range(2, len(words) - 1):
        left = first[2][: words[cut - 1].end()]
        right = first[2][words[cut].start():]
        if not (_person(left) and _person(right)) or _person(left)[1] or _person(right)[1]:
            continue
        parts: list[list[str]] = [[], []]
        used = 1
        for _, _, line in group[1:]:
            if _person(" ".join(line.split()[:2])):
                break
            used += 1
            halves = _split_halves(line)
            if halves:
                parts[0].append(halves[0])
                parts[1].append(halves[1])
        for k, (name, off) in enumerate(((left, 0), (right, words[cut].start()))):
            if name in seen:
                continue
            span = ctx.span(first[0] + off, first[0] + off + len(name))
            if span:
                seen.add(name)
                title, org = _split_title_org(parts[k])
                ctx.extraction.signatories.append(
                    Signatory(**span, name=name, title=title, organisation=org))
        return used
    return 0


def _from_group(ctx: Context, group: list[tuple[int, int, str]], seen: set[str]) -> None:
    """One group may hold one person (name + title/org lines), several in a row, or two
    side by side."""
    rest, k = [], 0
    while k < len(group):  # pairs side by side first; the lines they leave are read below
        line = group[k]
        used = _side_by_side(ctx, group[k:], seen) if len(line[2].split()) >= 4 and \
            _person(" ".join(line[2].split()[:2])) else 0
        rest += [] if used else [line]
        k += used or 1
    if len(rest) < len(group):
        group = rest
        if not group:
            return
    if any(_not_signing().search(line[2]) for line in group[:2]):
        return  # "Övriga närvarande:", "Föredragande": present, not signing
    people: list[list[tuple[int, int, str]]] = []
    for line in group:
        if _person(line[2]) and (not people or len(people[-1]) >= 1):
            people.append([line])
        elif people:
            people[-1].append(line)
    if not people or len(group) > 6 * len(people):
        return
    lead = [ln for ln in group if not people or ln[0] < people[0][0][0]]
    for person in people:
        name, rest = _person(person[0][2])
        lines = [rest] if rest else []
        lines += [ln[2] for ln in person[1:]]
        if not lines and lead:
            lines = [ln[2] for ln in lead]  # "För Försäkringskassan" above the name
        if len(lines) > 4 or name in seen:
            continue
        title, org = _split_title_org(lines)
        span = ctx.span(person[0][0], person[-1][1])
        if span:
            seen.add(name)
            ctx.extraction.signatories.append(
                Signatory(**span, name=name, title=title, organisation=org))


def _split_title_org(lines: list[str]) -> tuple[str, str]:
    titles, orgs = [], []
    for ln in lines:
        ln = re.sub(r"^för\s+", "", ln.strip(), flags=re.I).strip(" :,")
        title, comma, org = ln.partition(", ")
        if comma and not titles and _titles().search(title) and not _is_org(title) \
                and _is_org(org):  # "Ordförande, Karlskrona kommun"
            titles.append(title)
            orgs.append(org)
            continue
        last = ln.split()[-1] if ln.split() else ""
        if not titles and _titles().search(ln) and (not _is_org(ln) or _titles().search(last)):
            titles.append(ln)
        else:
            orgs.append(ln)
    return ", ".join(titles), " ".join(orgs).strip()
