"""Document metadata by genre rules: type, organisation and year from the title region."""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ..records import Document
from ..resources import load_toml
from ..vocabulary import known_words, months
from .transcript import breadcrumb_trail

TITLE_LINE = 100  # characters: longer lines of the title region are body text
TITLE_WORDS = 4  # words of a title line whose type word OCR may have misread
_YEAR = re.compile(r"(?<![\d/-])((?:19[89]|20[0-4])\d)(?:\s*[-–/]\s*((?:19|20)?\d{2}))?(?![\d])")
_DATE_TAIL = r"[-–/]\d{2}[-–/]\d{2}"
_DAY_MONTH = r"\d{1,2}\s+(?:" + "|".join(months()) + r")\s+"
# the rest of a range of dates after its first year: "-01-01 – 2020-12-31", " - 31 december 2006"
_RANGE_REST = re.compile(rf"(?:{_DATE_TAIL})?\s*[-–]\s*(?:{_DAY_MONTH})?((?:19|20)\d\d)(?!\d)", re.I)
# what stands before the last year of such a range (weighed with its first)
_RANGE_BEFORE = re.compile(rf"(?:19|20)\d\d(?:{_DATE_TAIL})?\s*[-–]\s*(?:{_DAY_MONTH})?$", re.I)


@cache
def _cfg() -> dict:
    cfg = load_toml("ingest", "metadata.toml")
    return {
        # (matched without the dots and rings that OCR drops from capitals: "ANSOKAN")
        "types": {t: [re.compile(fold(p), re.I) for p in ps]
                  for t, ps in cfg["doc_types"].items()},
        "covering": set(cfg["covering"]),
        "definite": re.compile(cfg["definite_after"], re.I),
        "decided": re.compile(fold(cfg["decided_about"]), re.I),
        "sentence_words": int(cfg["sentence_words"]),
        "covered_before": re.compile(cfg["year"]["covered_before"], re.I),
        "history_before": re.compile(cfg["year"]["history_before"], re.I),
        "max_period": int(cfg["year"]["max_period_years"]),
        "planning_before": re.compile(cfg["year"]["planning_before"], re.I),
        "titled_kinds": re.compile("|".join(cfg["year"]["titled_kinds"]), re.I),
        "fallback": {t: [re.compile(p, re.I) for p in ps]
                     for t, ps in cfg["fallback_words"].items()},
        "orgs": [(re.compile(o["pattern"]), o["form"]) for o in cfg["organisations"]],
        "stop": set(cfg["name_stop_words"]),
        "site_title": re.compile(cfg["site_title"], re.I),
        "stamp": re.compile(cfg["stamp_line"], re.I),
        "fuzzy": int(cfg["fuzzy_type_word"]),
        # the plain words among the type patterns, for titles OCR misread
        "type_words": [(t, p) for t, ps in cfg["doc_types"].items() for p in ps
                       if re.fullmatch(r"[a-zåäö]{8,}", p)],
    }


_FOLD = str.maketrans("åäöÅÄÖéÉüÜ", "aaoAAOeEuU")


def fold(text: str) -> str:
    """A text without its letters' dots, rings and accents, each letter in its place."""
    return text.translate(_FOLD)


def names_document_type(text: str) -> bool:
    """Whether a text names a kind of document ("SLUTRAPPORT", "Verksamhetsplan 2019")."""
    return any(p.search(fold(text)) for ps in _cfg()["types"].values() for p in ps)


def title_region(doc: Document, n_lines: int = 8, n_pages: int = 3) -> str:
    """The first short lines of the first pages, where titles stand, after the title a
    document site gave it (kept as furniture)."""
    parts = [m.group("title") for f in doc.furniture[:20] if f.kind == "boilerplate"
             and (m := _cfg()["site_title"].match(f.text))][:1]
    # a web page's breadcrumb names the page (its last step) and the part of the site it is
    # in ("Aktuellt › Nyheter"), before the site's menus and banners can
    trail = next((t for f in doc.furniture[:40] if f.kind == "boilerplate"
                  and (t := breadcrumb_trail(f.text))), [])
    parts += trail[-1:] + trail[1:-1][::-1]
    for page in doc.pages[:n_pages]:
        text = doc.text[page.char_start: page.char_end]
        # (not a page number alone: a site's transcript may open with a run of empty pages;
        # nor a table's rows and rules: a draft's version history above its title)
        lines = [s for s in text.split("\n")
                 if s.strip() and not _PAGE_NUMBER.fullmatch(s.strip())
                 and not _TABLE_LINE.match(s)][:n_lines + MARGIN_NOTES]
        # a registry's stamp and an addressee far out at the right margin of a typed paper
        # ("Ink 2010 -12- 17", "Dnr ...", "Till Kommunfullmäktige ...") come after its title
        noted = [(s, _margin_note(s)) for s in lines]
        notes = [s for s, note in noted if note]
        body = [s for s, note in noted if not note][:n_lines]
        parts.extend(_unspaced(s.strip()[:200]) for s in body + notes[:n_lines])
    return "\n".join(parts)


# a title set with its letters spaced apart, as typewriters did ("H A N D L I N G S P L A N",
# "2 0 0 7"): capitals or digits one space apart, four or more
_SPACED = re.compile(r"(?<!\S)(?:[A-ZÅÄÖ\d] ){3,}[A-ZÅÄÖ\d](?!\S)")


def _unspaced(line: str) -> str:
    return _SPACED.sub(lambda m: m.group().replace(" ", ""), line)


_PAGE_NUMBER = re.compile(r"\d{1,3}")
_TABLE_LINE = re.compile(r"\s*(?:\||[-_=+|: ]{8,}$)")
MARGIN_NOTES = 8  # lines of margin notes a page's title may stand below
MARGIN_INDENT = 40  # spaces before a line at the right margin of a typed page


def _margin_note(line: str) -> bool:
    return len(line) - len(line.lstrip()) >= MARGIN_INDENT or bool(_cfg()["stamp"].match(line))


def detect_doc_type(doc: Document, title: str) -> str:
    """The earliest type named in the title region; a covering kind (a beslutsförslag over
    the årsredovisning it proposes to approve) yields to the type it covers."""
    found: list[tuple[int, str]] = []
    folded = fold(title)
    for dtype, pats in _cfg()["types"].items():
        starts = [m.start() for p in pats
                  if (m := next((m for m in p.finditer(folded) if not _told_about(folded, m)),
                                None))]
        if starts:
            found.append((min(starts), dtype))
    found.sort()
    # (not the meeting a paper is put before: "Tjänsteskrivelse / Till styrelsen, sammanträde
    # 2021-10-21" is no protokoll)
    covered = [t for _, t in found if t not in _cfg()["covering"]
               and not (t == "protokoll" and found[0][1] in _cfg()["covering"])]
    if found:
        return covered[0] if covered else found[0][1]
    misread = _misread_type(title)
    if misread:
        return misread
    scores = Counter({t: sum(len(p.findall(doc.text)) for p in pats)
                      for t, pats in _cfg()["fallback"].items()})
    dtype, n = scores.most_common(1)[0] if scores else ("other", 0)
    return dtype if n >= 2 else "other"


def _told_about(title: str, m: re.Match) -> bool:
    """Whether a type word names a paper a text tells about, not the text: in its definite
    form in a headline, or in a sentence that says what was decided about it."""
    cfg = _cfg()
    start = max(title.rfind(c, 0, m.start()) for c in "\n.!?") + 1
    ends = [e for c in "\n.!?" if (e := title.find(c, m.end())) >= 0]
    sentence = title[start:min(ends) if ends else len(title)]
    if len(sentence.split()) < cfg["sentence_words"]:
        # a headline: "Verksamhetsplanen för 2022 är antagen" (not a sentence that names the
        # text it stands in: "Vi har valt att skriva verksamhetsplanen som frågor och svar")
        return bool(cfg["definite"].match(title, m.end()))
    return bool(cfg["decided"].search(sentence))


def _misread_type(title: str) -> str | None:
    """The type a title word names when OCR misread it ("REVISIONSllERX'rTELSE")."""
    from rapidfuzz import fuzz

    cfg = _cfg()
    for word in re.findall(r"\S{8,}", title.lower()):
        if word.strip(".,:;") in known_words():
            continue  # a word as written ("utvärdering" is no misread "slututvärdering")
        for dtype, plain in cfg["type_words"]:
            tail = word.strip(".,:;")[len(plain):]
            if fold(word).startswith(fold(plain)) and (not tail or cfg["definite"].fullmatch(tail)):
                break  # "Verksamhetsplanen", a word as written: what the patterns read
            if abs(len(word) - len(plain)) <= 4 and fuzz.ratio(word, plain) >= cfg["fuzzy"]:
                return dtype
    return None


def detect_year(doc: Document, title: str, doc_type: str = "other") -> int | None:
    """The year the document covers. Every year of the title region is weighed: named on
    the line that names the type, or after "för"/"verksamhetsåret" (the year covered),
    counts most; a date (when it was written or adopted), a programme period longer than a
    few years, a law's number ("2003:1210") or a history ("bildades 2005") counts little or
    not at all. A period of a few years gives its first year, or for a slutrapport its last.
    Without a year in the title region, the most frequent year of the text."""
    best: tuple[float, int, int] | None = None  # (weight, -position, year)
    named_above = False
    for line_no, line in enumerate(title.split("\n")):
        names_type = _names_type(line)
        # a title wrapped before its year: "Verksamhetsplan med budget" / "2019"
        own_line = named_above and _YEAR.fullmatch(line.strip()) is not None
        named_above = names_type
        names_type = names_type or own_line
        for m in _YEAR.finditer(line):
            year, weight = _year_weight(line, m, names_type, doc_type)
            if weight is None:
                continue
            key = (weight, -(line_no * 1000 + m.start()), year)
            if best is None or key > best:
                best = key
    if best is not None:
        return best[2]
    # (not a history's year, "hade grundats år 2005", "trädde i kraft 1 januari 2004", nor a
    # law's number, "(2003:1210)")
    history = _cfg()["history_before"]
    counts = Counter(int(m.group(1)) for m in _YEAR.finditer(doc.text)
                     if not history.search(doc.text, max(0, m.start() - HISTORY_REACH), m.start())
                     and not _LAW_NUMBER.match(doc.text, m.end(1)))
    if not counts:
        return None
    top = max(counts.values())
    return min(y for y, c in counts.items() if c == top)


_LAW_NUMBER = re.compile(r":\d{3,4}(?!\d)")  # ("2003:1210"; not a series number, "2023:2")
HISTORY_REACH = 40  # characters before a year where its history's verb stands
SENTENCE_WORDS = 8  # a line of more words that ends with a full stop is a sentence


def _names_type(line: str) -> bool:
    """Whether a title region's line names the kind of document it is. A sentence of the
    body names one only at its start ("Protokoll fört vid ..."; not "... vid sitt
    sammanträde den 20 oktober 2005."), a kind without a type of its own only as the
    line's first word ("INSATSKATALOG 2019"); an agenda item's "§ 48 Ansökan om ... 2013" names
    what a meeting decided on; a misread type word counts in a short title only."""
    if line.lstrip().startswith("§"):
        return False
    sentence = len(line) > TITLE_LINE or (line.rstrip().endswith(".")
                                          and len(line.split()) > SENTENCE_WORDS)
    head = " ".join(line.split()[:TITLE_HEAD]) if sentence else line
    return names_document_type(head) or _cfg()["titled_kinds"].match(line.lstrip()) is not None \
        or (len(line.split()) <= TITLE_WORDS and _misread_type(line) is not None)


TITLE_HEAD = 3  # words at a sentence's start where it can name its document


def _year_weight(line: str, m: re.Match, names_type: bool, doc_type: str
                 ) -> tuple[int, float | None]:
    cfg = _cfg()
    year = int(m.group(1))
    before, after = line[: m.start()], line[m.end():]
    if re.match(r"\s*:\s*\d", after) or re.match(r"/\d{2}\d*[^\d\s]|/\d{3}", line[m.end(1):]) \
            or cfg["history_before"].search(before) or _RANGE_BEFORE.search(before):
        return year, None  # a law's number ("2003:1210"), a case number, a history, a range's end
    weight = 1.0
    if names_type:
        weight += 4
    if len(line) > TITLE_LINE:
        weight -= 2  # a sentence of the body, not a title
    elif cfg["planning_before"].search(before):
        weight -= 1  # "Budget 2023 med plan för 2024"
    elif cfg["covered_before"].search(before):
        weight += 3
    dated = re.match(_DATE_TAIL, line[m.end(1):])
    if dated:
        # when it was written or adopted; for minutes, the meeting's date is their year;
        # a year's last day in a title is the date of its accounts ("Årsredovisning 2011-12-31");
        # a proposal is written before the year it proposes for ("2018-11-05" over "Förslag
        # till budget för verksamhetsåret 2019")
        weight += 4 if doc_type == "protokoll" else -2 if doc_type == "beslutsforslag" else -1
        if names_type and dated.group()[1:].replace("/", "-") == "12-31":
            weight += 3
    period = _RANGE_REST.match(line, m.end(1))
    if period and (dated or re.search(_DAY_MONTH + "$", before, re.I)):
        # "Projektperiod: 2016-08-01–2019-07-31", "1 november 2005 - 31 december 2006"
        weight += 2 if dated else 1
        if doc_type == "slutrapport":
            year = int(period.group(1))
    elif m.group(2) and not dated:  # "2016–2018", "2016/17"
        end = int(m.group(2)) if len(m.group(2)) == 4 else year // 100 * 100 + int(m.group(2))
        if end - year > cfg["max_period"]:
            weight -= 4  # a programme's period (ESF 2014–2020), not the document's
        elif doc_type == "slutrapport" and end >= year:
            year = end
    return year, weight


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
        if names_document_type(line):
            named = organisation_mentions(line)
            if named:
                return named[0]
    furniture = "\n".join(f.text for f in doc.furniture if f.kind in ("header", "footer"))
    counts = Counter(organisation_mentions(doc.text) + organisation_mentions(furniture))
    # (in the order they stand: the first of equals wins, on every run)
    in_title = list(dict.fromkeys(organisation_mentions(title)))
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
    doc.year = detect_year(doc, title, doc.doc_type)
    doc.organisation = detect_organisation(doc, title)
