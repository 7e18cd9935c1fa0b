"""Projects: named projects and joint efforts ("projekt TUNA", "Tidig rehabilitering i
samverkan (TRIS)", headings of project sections), with acronym, financier, owner, period
and role."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from functools import cache

from ..ingest.metadata import names_document_type
from ..records import Project
from ..resources import load_toml
from ..vocabulary import is_first_name, is_infinitive, known_words, lemma_table, months
from .amounts import AMOUNT_WITH_UNIT, CELL_AMOUNT, find_period
from .context import Context, alternation, cues, numbers, place_names
from .outcomes import OUTCOME_LABEL
from .regex_scan import finditer_near
from .sentences import LABEL_LINE, sentence_end, sentence_start
from .structure import Block

_TOKEN = re.compile(r"[\wåäöÅÄÖéÉ][\wåäöÅÄÖéÉ/-]*")
_ACRONYM = re.compile(r"(?P<name>[A-ZÅÄÖ][\wåäöé-]*(?:\s+[\wåäöÅÄÖé-]+){1,6}?)(?:,\s*|\s*\()"
                      r"(?P<acr>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,7})\)?(?![\wåäö])")
_SUFFIX = re.compile(r"(?<![\w-])(?P<acr>[A-ZÅÄÖ]{2,8})-projektet\b")
# "Projekt som planeras under 2009-10: Samtalsakuten" (a line that opens with Projekt)
_COLON_NAME = re.compile(r"^[ \t]*(?:[-•*–]|\d{1,2}[.)])?[ \t]*projekt\b[^:\n]{0,60}:\s*"
                         r"(?P<name>[A-ZÅÄÖ][\wåäöé]+(?:[ \t]+[A-ZÅÄÖ0-9][\wåäöé]*)*)", re.I | re.M)
# "Neuropsykiatriska utredningar. Projektet ska ..." (a name standing as its own sentence)
# (a line start is a sentence start only after a full stop or a blank line: wrapped text
# starts lines mid-sentence)
_NAME_SENTENCE = re.compile(r"(?:^|(?<=[.!?] )|(?<=[.!?:]\n)|(?<=\n\n))(?P<name>[A-ZÅÄÖ][\wåäöé-]*(?: [\wåäöé-]+){0,5})"
                            r"\.\s+(?:Projektet|Insatsen|Satsningen)\b")


@cache
def _cfg() -> dict:
    c = cues()["projects"]
    return {"before": re.compile(c["before_name"], re.I),
            "frames": [re.compile(p, re.I) for p in c["frames"]],
            "weak_frames": [(re.compile(p, re.I), False) for p in c["weak_frames"]]
            + [(re.compile(c["minute_item_title"], re.I), True)],
            # (nor a month: "📌 Februari – Introduktionsdag för styrelsen" is a date line)
            "stop": set(c["stop_words"]), "not": set(c["not_names"]) | set(months()),
            "not_endings": tuple(c["not_name_endings"]),
            "overhead": frozenset(c["overhead_words"]),
            "org_acronyms": set(c["organisation_acronyms"]),
            "org_before": re.compile(c["organisation_before"], re.I),
            "org_apposed": re.compile(c["organisation_apposed"]),
            "box_label": re.compile(c["box_label"], re.I),
            "effort_paper": re.compile(c["effort_paper"]),
            "read_more": re.compile(c["read_more"], re.I),
            "method_before": re.compile(c["method_before"], re.I),
            "grant_name": [re.compile(p, re.M) for p in c["grant_name"]],
            "org_words": re.compile(c["organisation_words"], re.I),
            "kind_words": frozenset(c["kind_words"]),
            "generic_heads": frozenset(c["kind_words"]) | frozenset(c["generic_heads"]),
            "no_effort": re.compile(rf"(?:{'|'.join(c['no_effort_endings'])})$", re.I),
            "methods": frozenset(c["methods"]),
            "financier": re.compile(c["financier"]), "role": re.compile(c["role"], re.I),
            "owner": [re.compile(p.replace("{name}", c["owner_name"])) for p in c["owner"]],
            "initials_skip": set(c["initials_skip"]), "clause_verbs": set(c["clause_verbs"]),
            "verb_ending": re.compile(c["verb_ending"]),
            "section_headings": re.compile(c["section_headings"], re.I),
            "roman": dict(c["roman_numerals"]),
            "name_field": re.compile(c["name_field"], re.I | re.M),
            "cost_lead": re.compile(c["cost_lead"]),
            "cost_words": re.compile(c["cost_words"], re.I),
            "income_words": re.compile(c["income_words"], re.I),
            "cost_name_not": re.compile(c["cost_name_not"]),
            "name_prepositions": set(c["name_prepositions"]),
            "name_enders": set(c["name_enders"]),
            "expansion_lead": re.compile(c["expansion_lead"]),
            "passive": re.compile(c["passive_ending"]),
            "list_lead": re.compile(c["list_lead"], re.I),
            "toc_efforts": re.compile(c["toc_efforts"], re.I),
            "toc_sections": re.compile(c["toc_sections"], re.I),
            "toc_efforts_kind": re.compile(c["toc_efforts_kind"], re.I),
            "described": re.compile(
                r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>[A-ZÅÄÖ][\wåäöé!-]*(?:[ ](?:[A-ZÅÄÖ0-9]"
                r"[\wåäöé!-]*|för|till|i|på|mot|med)){0,4})(?:,[^,.\n]{3,90},)?[ \t]+"
                + c["described"]),
            "anaphors": set(c["body_anaphors"]),
            "not_described": set(c["not_described"]),
            "effort_words": re.compile(c["body_effort_words"], re.I),
            "cost_section": re.compile(c["cost_section"], re.I),
            "cost_each": re.compile(c["cost_each"], re.I),
            "cost_kinds": re.compile(c["cost_kinds"], re.I),
            "income_sum": re.compile(c["income_sum"], re.I)}


def _common_expansion(words: list[str], acr: str) -> bool:
    """Whether the acronym spells the lower-case words right before it, one letter a word."""
    tail = words[-len(acr):] if len(words) >= len(acr) else []
    return bool(tail) and all(w[:1].islower() for w in tail) \
        and "".join(w[0] for w in tail).upper() == acr.upper()


def _initials_match(name: str, acr: str) -> bool:
    """"Tidig rehabilitering i samverkan" gives TRIS; "Unga Vuxna i Arbete" gives UVA."""
    words = [w for w in name.split() if w[:1].isalpha()]
    for keep_small in (True, False):
        initials = "".join(w[0] for w in words
                           if keep_small or w.lower() not in _cfg()["initials_skip"])
        if initials.upper().endswith(acr.upper()):
            return True
    # compounds give letters from inside words: "Arbetsnära rehabilitering" -> ANR
    letters = "".join(words).upper()
    it = iter(letters)
    return (len(words) >= 2 and acr[0] == words[0][0].upper()
            and all(ch in it for ch in acr.upper()) and len(words) <= len(acr) + 1)


def _name_after(text: str, pos: int) -> tuple[int, int] | None:
    """A project name starting at pos: capitalised or numbered words, then at most three
    lower-case words ("Unga mot arbete"), ending at a stop word; a name in quotes is taken
    whole ("Rätt stöd för mig!"). A preposition goes into the name when the name ends a
    word or two after it, at a verb, a stop or a "!" ("Lots för unga har ...", "Vägen till
    jobb startade ..."), not when a description follows ("Hälsolotsen för personer med
    psykisk ohälsa ...")."""
    cfg = _cfg()
    quoted = _QUOTED.match(text, pos)
    if quoted:
        return quoted.start("name"), quoted.end("name")
    if exclaimed := _EXCLAIMED.match(text, pos):
        return exclaimed.start(), exclaimed.end()  # "Ett steg i taget!": a name, its "!" too
    toks = list(_TOKEN.finditer(text, pos, min(len(text), pos + 80)))
    if not toks or toks[0].start() != pos:
        return None
    first = toks[0].group(0)
    if first.lower() in cfg["stop"] or first.lower() in cfg["not"] or not first[0].isupper():
        return None
    end = toks[0].end()
    lower_run = 0
    k = 1
    while k < len(toks):
        prev, t = toks[k - 1], toks[k]
        gap = text[prev.end(): t.start()]
        w = t.group(0)
        # a name may wrap onto the next line ("projektet Vägar" / "Vidare"), as long as it
        # goes on capitalised; a blank line ends it
        wrapped = gap.count("\n") == 1 and w[:1].isupper()
        if gap.strip() or ("\n" in gap and not wrapped) or "\t" in gap:  # a tab ends a cell
            break
        if wrapped and k + 1 < len(toks) and toks[k + 1].group(0)[:1].isdigit():
            break  # a numbered label opens the next line ("insatsen Jobbstegen" / "Bilaga 3.")
        if w[0].isdigit() and AMOUNT_WITH_UNIT.match(text, t.start()):
            break  # an amount after the name ("insatsen Jobbstegen 1 480 000 kronor")
        if w.lower() in cfg["name_prepositions"] and w.lower() in cfg["stop"]:
            tail = _short_tail(text, toks, k)
            if tail is None:
                break
            end, k, lower_run = tail, len(toks), 0
            break
        if w.lower() in cfg["stop"]:
            break
        if w[0].isupper() or w[0].isdigit():
            if lower_run:
                if w.lower() in place_names():  # "Unga framåt Hultsfred": the place is the name's
                    end = t.end()
                break
        else:
            lower_run += 1
            nxt = toks[k + 1].group(0) if k + 1 < len(toks) else ""
            if lower_run > 3 or _strong_verb(w) or (cfg["verb_ending"].search(w) and not (
                    nxt[:1].isupper() and nxt.lower() in place_names())):
                break  # (a plural before the name's place: "Nya vägar Västmanland")
        end = t.end()
        k += 1
    if text[end:end + 1] == "!":
        end += 1  # "Vi kan själva!"
    return toks[0].start(), end


# a short phrase that opens with a capital and ends with "!" on the same line
_EXCLAIMED = re.compile(r"[A-ZÅÄÖ][\wåäö-]*(?:[ ][\wåäö-]+){0,5}!(?=[ \t\n,.;:)]|$)")
_INFLECTED = ("", "a", "e", "n", "r", "ar", "er", "or", "na", "en", "et", "arna", "erna", "orna")


def _strong_verb(word: str) -> bool:
    """A verb that changes its vowel ("Hoppet deltog", "Bryggan ingick", "Steget låg"):
    its lemma ends in a vowel and is not the word with an inflection ("kvinnor" of
    "kvinna", "unga" of "ung", "stöd" of "stödja")."""
    lemma = lemma_table().get(word)
    if not lemma or lemma == word or lemma[-1] not in "aåie" or lemma.startswith(word):
        return False
    stem = lemma[:-1]
    return not (word.startswith(stem) and word[len(stem):] in _INFLECTED) \
        and not word.startswith(lemma)


# a name in quotes after its cue word: "insatsen "Hälsa på väg"", 'projektet ”Jobb i sikte”'
_QUOTED = re.compile(r"[\"“”„«']\s*(?P<name>[A-ZÅÄÖ][^\"“”„«»'\n]{1,60}?)\s*[\"“”»']")
_NAME_END = re.compile(r"\s*(?:[!.,;:)]|$|\n)")
_CELL_END = re.compile(r"\t| {2,}")  # a table's next cell after a name in its first


def _short_tail(text: str, toks: list, k: int) -> int | None:
    """Where the name ends when it goes on through the preposition at toks[k]: one or two
    lower-case words more, then the end of the name (a "!", a stop, a clause verb, a line
    end). A place after it ("SAMSTEG i Hudiksvall") or people ("för personer") is not the
    name."""
    cfg = _cfg()
    for n in (1, 2):
        j = k + n
        if j >= len(toks):
            return None
        for a, b in zip(toks[k:j], toks[k + 1:j + 1], strict=True):
            gap = text[a.end():b.start()]
            if gap.strip() or "\n" in gap:
                return None
        words = toks[k + 1:j + 1]
        # (or the name's own word again, its end: "Steg för Steg", "Hand i Hand"; another
        # capitalised word is mostly a place: "Samtalsrummet i Edsbyn")
        capital = n == 1 and words[0].group(0)[:1].isupper() \
            and words[0].group(0) == toks[k - 1].group(0)
        if (any(not t.group(0)[:1].islower() for t in words) and not capital) \
                or _in_heads(words):
            return None
        last = toks[j]
        nxt = toks[j + 1].group(0).lower() if j + 1 < len(toks) else ""
        if text[last.end():last.end() + 1] == "!" or _NAME_END.match(text, last.end()) \
                or nxt in cfg["clause_verbs"] or nxt in cfg["name_enders"] \
                or (capital and _CELL_END.match(text, last.end())):
            return last.end()
    return None


def _in_heads(toks) -> bool:
    """Words naming people: a description of whom the insats serves follows the name
    ("Nästa Steg för unga vuxna"); one such word alone may end a name ("Lots för unga",
    "Fritid för alla")."""
    heads = set(cues()["target_groups"]["heads"]) | {"alla"}
    named = [t for t in toks if t.group(0).lower() in heads]
    return bool(named) and not (len(toks) == 1 and toks[0].group(0).lower() in ("unga", "alla"))


def extract_projects(ctx: Context, doc) -> None:
    text = ctx.document.text
    found: list[tuple[int, int, str]] = []  # (start, end, acronym)
    for m in _ACRONYM.finditer(text):
        name = m.group("name")
        acr = m.group("acr")
        if sum(c.isupper() for c in acr) < 2:
            continue  # "(Bollnäs)" is a word; "UViV", "SEsam" are acronyms
        words = list(re.finditer(r"\S+", name))
        if _common_expansion([w.group(0) for w in words], acr):
            continue  # "samordnad individuell plan (SIP)": a term of the trade, no name
        # keep the shortest tail of the name whose initials give the acronym
        for k, w in reversed(list(enumerate(words))):
            tail = " ".join(x.group(0) for x in words[k:])
            start = m.start("name") + w.start()
            if tail[0].isupper() and _initials_match(tail, acr):
                if not _cfg()["method_before"].search(text, max(0, start - 40), start):
                    # (not "arbetar enligt Individuell Placering och Stöd (IPS)": a method)
                    found.append((start, m.start("name") + len(name), acr))
                break
    for m in _cfg()["expansion_lead"].finditer(text):
        # "STARK (Stöd Till Arbete genom ...)", "VIDA – Vägledning, Inflytande, ...": the
        # expansion is the name when its initials spell the acronym
        name, acr = m.group("name"), m.group("acr")
        if acr not in _cfg()["org_acronyms"] \
                and not _cfg()["method_before"].search(text, max(0, m.start() - 40), m.start()) \
                and _initials_match(name.replace(",", " "), acr):
            found.append((m.start("name"), m.end("name"), acr))
    for m in _SUFFIX.finditer(text):
        found.append((m.start("acr"), m.end("acr"), m.group("acr")))
    verbs, passive = _cfg()["clause_verbs"], _cfg()["passive"]
    for pat in (_COLON_NAME, _NAME_SENTENCE):
        for m in pat.finditer(text):
            words = m.group("name").split()
            if not verbs & {w.lower() for w in words} and \
                    words[0].lower() not in _cfg()["not_described"] and \
                    not any(w.islower() and passive.search(w) for w in words[1:]):
                found.append((m.start("name"), m.end("name"), ""))
    for m in (m for p in _cfg()["grant_name"] for m in p.finditer(text)):
        name = m.group("name")
        if not _is_person_or_place(name) and not _cfg()["org_words"].search(name) \
                and name.lower() not in _cfg()["not"]:
            found.append((m.start("name"), m.end("name"), ""))
    for m in _cfg()["name_field"].finditer(text):
        acr = m.group("acr") or m.group("acr2") or ""
        found.append((m.start("name"), m.end("name"), acr))
    named_as_project: set[int] = set()  # "Projekt Jobbcoach Kungälvs Kommun": trust the cue
    for pat in [_cfg()["before"], *_cfg()["frames"]]:
        for m in pat.finditer(text):
            if m.group(0).strip().isupper():
                continue  # a heading's word ("2. INSATSEN" / "Insatsens namn: ..."), no lead
            span = _name_after(text, m.end())
            if span and "plural" in pat.groupindex and m.group("plural"):
                # "insatserna IPS Kalmar län, Arbetsträning Öland och Kompetenscentrum": the
                # names of a coordination, two at least ("De särskilda insatserna
                # Implementering ..." in a flattened table of contents names none)
                names = [span]
                while (more := _AND_NAME.match(text, names[-1][1])) \
                        and (nxt := _weak_name(text, more.end(), False)):
                    names.append(nxt)
                for s, e in names if len(names) > 1 else []:
                    found.append((s, e, ""))
                    named_as_project.add(s)
            elif span:
                found.append((*span, ""))
                named_as_project.add(span[0])
    for pat, one_line in _cfg()["weak_frames"]:
        for m in pat.finditer(text):
            pos = m.end()
            while True:  # "finansierar A, B och C": each name of the coordination
                span = _weak_name(text, pos, one_line)
                if not span:
                    break
                found.append((*span, ""))
                more = _AND_NAME.match(text, span[1])
                if not more:
                    break
                pos = more.end()
    for m in _APPOSITION.finditer(text):  # "Hälsoteam Älvdalen, ett samverkansteam ..."
        if not _common_noun(m.group("name")) and not _is_person_or_place(m.group("name")):
            found.append((m.start("name"), m.end("name"), ""))
    for m in finditer_near(_flat_card(), _owner_field(), text, FLAT_CARD_REACH):
        # "... 2009. Back2Work Ådalen Insatsägare: ..."
        name = m.group("name")
        if not _clause(name) and not _is_person_or_place(name):
            found.append((m.start("name"), m.end("name"), ""))
    for m in _quoted_subject().finditer(text):  # "”Vind i seglen” har drivits av ..."
        group = "name" if m.group("name") else "opening"
        found.append((m.start(group), m.end(group), ""))
    _capitals_in_prose(text, found)
    _listed_after_lead(text, found)
    _counted_apposition(text, found)
    _counted_lines(text, found)
    _counted_items(ctx, found)
    _costs_listed(text, found)
    _flattened_contents(ctx, found)
    _contents_lines(ctx, found)
    _placed_run(text, found)
    _dated_names(text, found)
    _section_headings(ctx, found)
    _cards(ctx, found)
    _read_more(ctx, found)
    _described(ctx, found)
    _headings_over_bodies(ctx, found)
    words: dict[int, tuple[str, str]] = {}
    _table_efforts(ctx, found, words)
    _cost_rows(ctx, found, named_as_project)
    _titled_document(ctx, found)
    named_as_project |= set(words)
    _emit(ctx, found, named_as_project, words)


# a name in capitals inside running text: a lower-case word after it, and before it one or
# a sentence's start ("TRAPPAN har under två år ...", "från ARBETSKRAFT ska ...")
_CAPITALS = re.compile(r"(?:(?<=[a-zåäö,][ \t])|(?<=[.!?][ \t])|(?<=^))"
                       r"(?P<name>[A-ZÅÄÖ]{3,20}(?:[ \t][A-ZÅÄÖ]{1,20}){0,3})"
                       r"(?![\w-])(?=,?[ \t]+[a-zåäö])", re.M)


_CALLED_PROJECT = re.compile(r"(?:projekt(?:et)?|insatsen)[ \t]+$", re.I)
CAPITALS_LETTERS = 5  # letters at least of a name in capitals ("SIP", "ADHD" are terms)
# what follows such a name on its line in a sentence: words, no table's gaps ("TOTALT\t...",
# "KOSTNADER      kronor"), more than a title's few ("ÅRSREDOVISNING med tillhörande ...")
_PROSE_REST = re.compile(r"^,?(?:[ ][^\s]+){5,}(?![^\n]*(?:\t|  ))|^,?(?:[ ][^\s]+)+[.!?]\s*$")


ORG_REACH = 80  # characters before an acronym where the förbund's name in apposition stands


def _capitals_in_prose(text: str, found: list) -> None:
    """Names written in capitals that the text uses as names: the subject of a sentence, or
    twice inside sentences (a heading's or a shouting table's capitals are not in prose)."""
    cfg = _cfg()
    seen: dict[str, list[re.Match]] = {}
    for m in _CAPITALS.finditer(text):
        name = m.group("name")
        end = text.find("\n", m.end())
        rest = text[m.end():end if end >= 0 else len(text)]
        if len(name.replace(" ", "")) >= CAPITALS_LETTERS and _PROSE_REST.match(rest) \
                and name.split()[0] not in cfg["org_acronyms"] \
                and name.split()[0].lower() not in cfg["stop"] | cfg["not"] \
                and not cfg["org_words"].search(name):
            seen.setdefault(name, []).append(m)
    for ms in seen.values():
        subject = any(m.start() == 0 or text[m.start() - 1] == "\n"
                      or (m.start() >= 2 and text[m.start() - 2] in ".!?")
                      or _CALLED_PROJECT.search(text, max(0, m.start() - 30), m.start())
                      for m in ms)  # (or named a project: "Arvsfondsprojektet UNG I FJÄLLEN")
        if any(cfg["org_apposed"].search(text, max(0, m.start() - ORG_REACH), m.start())
               for m in ms):
            continue  # the förbund's own acronym
        if len(ms) >= 2 or subject:
            found.extend((m.start("name"), m.end("name"), "") for m in ms)


_WORK_NOUN = re.compile(r"(?:ning|ing|tion|het)$")
# a one-word "name" that is a document: "ESF-ansökan", "Slutrapporten" (not "NP-förstudien")
_DOCUMENT_WORD = re.compile(r"(?:ansökan|rapport(?:en)?|protokoll(?:et)?|berättelse(?:n)?|redovisning(?:en)?"
                            r"|verksamhetsplan(?:en)?|handlingsplan(?:en)?)$", re.I)
# what a name carries beside it: the kind before it ("ESF-projektet Ung Framtid",
# "Medfinansiering SIA"), a note in brackets after it ("(avslutad 30/6)", "(ESF,
# medfinansiering)"), a table's figure
# (and a budget row's "varav": "varav Unga in", a part of the row above)
_NAME_KIND = re.compile(r"^(?:[\wåäö+-]*projekt(?:et)?|(?:med)?finansiering(?:\s+(?:av|till))?"
                        r"|varav|\d{1,2}(?:\.\d{1,2})+)\s+(?=\S)", re.I)
_AGE = re.compile(r"\b\d{1,3}\s+år\b")  # "Sara, 26 år, Pilen": a participant's story
_NAME_NOTE = re.compile(r"\s*\((?![A-ZÅÄÖ0-9]{2,8}\))[^()]*\)\s*$")
_NAME_FIGURE = re.compile(r"\s+\d{1,3}(?:[ \u00a0]\d{3})*\s*$")
# what an effort is, after a dash in its title: "Steget – arbetsträning i Hofors"
_DASHED_DESCRIPTION = re.compile(r"(?<=\S{3})\s+[–—-]\s+(?=[a-zåäö])[^\n]*$")


@cache
def _cut_abbreviation() -> re.Pattern:
    """A letter in lower case alone after a name, or a known start of an abbreviation: what
    the name's span stopped at ("t" of "t.o.m.", "fr" of "fr.o.m.")."""
    starts = "|".join(map(re.escape, cues()["projects"]["cut_abbreviations"]))
    return re.compile(rf"\s+(?:[a-zåäö]|{starts})$")


def _bare_name(name: str) -> str:
    """A project's name without the kind or section number before it ("5.6 Kompassen"), what
    it is after a dash, the notes in brackets and the figures after it, and a place after a
    comma ("Jobbvägen, Lidköping")."""
    name = _NAME_KIND.sub("", name)
    name = _cut_abbreviation().sub("", name)  # "Arbetsbron t" of "Arbetsbron t.o.m. 2020-12-31"
    described = _DASHED_DESCRIPTION.search(name)
    if described and name[:described.start()].lower() not in _cfg()["generic_heads"]:
        name = name[:described.start()]
    while (bare := _NAME_FIGURE.sub("", _NAME_NOTE.sub("", name))) != name and bare:
        name = bare
    head, _, place = name.rpartition(",")
    if head and place.strip().split("/")[0].lower() in place_names():
        name = head.strip()
    return name


_CASE_NUMBER = re.compile(r"\s(?:Dnr|dnr|Diarienr|diarienr|Diarienummer)\b")
_AND_NAME = re.compile(r"(?:,[ \t]*|[ \t]+(?:och|samt)[ \t]+)(?=[A-ZÅÄÖ])")


def _weak_name(text: str, pos: int, one_line: bool) -> tuple[int, int] | None:
    """The name after a weak frame, when it is no organisation, place or person (nor a title
    in capitals: "ANSÖKAN OM FINANSIERING"), without a trailing year ("deltagare i X 2015")."""
    span = _name_after(text, pos)
    if not span:
        return None
    if one_line and "\n" in text[span[0]:span[1]]:
        span = (span[0], text.index("\n", span[0]))
    ref = _CASE_NUMBER.search(text, span[0], span[1])  # "§ 45 Jobbnav 2013 Dnr 2012/31"
    if ref:
        span = (span[0], len(text[:ref.start()].rstrip()))
    year = _TRAILING_YEAR.search(text, span[0], span[1])
    end = text.rfind(" ", span[0], year.start()) if year else span[1]
    name = text[span[0]:end]
    if _event_after().match(text, end):
        return None  # "Höglandsdagen, en inspirationsdag för chefer": an event, no effort
    if end <= span[0] or _is_person_or_place(name) or _cfg()["org_words"].search(name) \
            or (name.isupper() and (len(name) > 8 or _common_noun(name))) \
            or name.rsplit("-", 1)[-1].lower() in _cfg()["kind_words"]:
        return None  # ("IPS-verksamhet" is a kind of effort, not its name)
    return span[0], end


@cache
def _event_after() -> re.Pattern:
    """An apposition that says the name is an event's: ", en inspirationsdag", ", ett
    seminarium", ", en konferens"."""
    kinds = alternation(["dag", *cues()["projects"]["no_effort_endings"]])
    return re.compile(rf",\s+(?:en|ett)\s+[\wåäö-]*?(?:{kinds})\b", re.I)


@cache
def _project_roles() -> set[str]:
    return set(load_toml("extract", "table_columns.toml")["efforts"]["project_roles"])


_CELL_ACRONYM = re.compile(r"\s*\((?P<acr>[A-ZÅÄÖ][\wÅÄÖ-]{1,9})\)\s*$")
# a name in quotes before its place ("«Bygdekraft» Sorsele"); an acronym after the name, or
# before it and a dash ("Samordnad rehabilitering i inlandet, SRI", "KPH – Kompetenscentrum")
_CELL_QUOTED = re.compile(r"^[«\"“”](?P<name>[^«»\"“”]{2,60})[»\"”]")
_CELL_COMMA_ACR = re.compile(r"^(?P<name>.+?),\s*(?P<acr>[A-ZÅÄÖ]{2,8})$")
_CELL_ACR_DASH = re.compile(r"^(?P<acr>[A-ZÅÄÖ]{2,8})\s+[–—-]\s+(?P<name>.+)$")
# (and an entry's paragraph that opens so, up to its colon or first stop)
_ACR_DASH_NAME = re.compile(r"(?P<acr>[A-ZÅÄÖ]{2,8})\s+[–—-]\s+(?P<name>[A-ZÅÄÖ][^:.\n]{2,60}?)"
                            r"(?=:\s|\.\s|\s[–—-]\s)")
# a note in brackets after a name in a table's cell: its period or state ("(2025)",
# "(löpande)", "(avslutad 2024-12-31)")
_CELL_NOTE = re.compile(r"\s*\((?![A-ZÅÄÖ][\wÅÄÖ-]{1,9}\))[^()]*\)\s*$")


_AGES = re.compile(r"\d+\s*(?:[–-]\s*\d+\s*)?år\b|\bår\s+och\s+(?:äldre|yngre)\b")


def _table_efforts(ctx: Context, found: list, words: dict[int, tuple[str, str]]) -> None:
    """The cells of an `Insats`/`Projekt` column in a table of what is funded ("Insats |
    Huvudman | Antal deltagare | Kostnad"), sum rows left out."""
    total = re.compile(cues()["budget"]["total_labels"], re.I)
    for table in ctx.structure.tables:
        col = table.column("effort")
        if col is None or not _project_roles() & set(table.roles):
            continue
        for row in table.rows:
            cell = table.cell(row, col)
            if cell is None or total.match(cell[2].strip()) or _AGES.search(cell[2]):
                continue  # (nor "20–29 år", "50 år och äldre": the rows of an age table below)
            name = " ".join(cell[2].split())
            m = _CELL_ACRONYM.search(name)
            acr = m.group("acr") if m else ""
            if acr in _cfg()["org_acronyms"]:
                acr = ""  # "Jobbspåret Östra (ESF)": who pays, not the name's acronym
            # ("Ung Resurs – Malå (2025)", "«Bygdekraft»": the name without its period, its
            # place after a dash and its quotes)
            core = _without_places(_CELL_NOTE.sub("", name[: m.start()] if m else name))
            if quoted := _CELL_QUOTED.match(core):
                core = quoted.group("name")  # "«Bygdekraft» Sorsele/Storuman"
            # ("Samordnad rehabilitering i inlandet, SRI", "KPH – Kompetenscentrum ...")
            if not acr and (spelled := _CELL_COMMA_ACR.search(core) or _CELL_ACR_DASH.match(core)):
                acr, core = spelled.group("acr"), spelled.group("name")
            core = core.strip(" «»\"”“'")
            if not core or (not quoted and _cfg()["cost_kinds"].match(core.split()[0].lower())):
                continue  # ("Reserv för nya insatser": a kind of cost, no effort)
            found.append((cell[0], cell[1], acr))
            words[cell[0]] = (core, acr)


def _cost_rows(ctx: Context, found: list, named: set[int]) -> None:
    """The rows of a table's costs that name efforts: under "Kostnader" or in a table of
    costs per insats, up to its sum, each label that reads as a name ("Resursteam Unga",
    "IPS Norsjö", "Kompassen – samordnat stöd ...", "Framsteg, Nynäshamn"), not a kind of
    cost ("Kansli och administration", "Ej fördelade medel")."""
    cfg = _cfg()
    total = re.compile(cues()["budget"]["total_labels"], re.I)
    text = ctx.document.text
    # (a row that shortens a name found elsewhere is that effort: "Arbetsförmågeteamet" for
    # "Arbetsförmågeteamet i Timrå", "SamRe Timrå" beside "SamRe Timrå – samordnad ...")
    known = sorted({" ".join(text[s:e].split()).lower() for s, e, _ in found} - {""})
    known_set = set(known)

    def shortens(name: str) -> bool:
        # (a sorted list and the name's prefixes: no pass over every name for every row)
        at = bisect_left(known, name)
        return (at < len(known) and known[at].startswith(name)) \
            or any(name[:n] in known_set for n in range(1, len(name) + 1))

    counted: dict[str, int] = {}

    def mentions(name: str) -> int:
        # (whole words: "Steg" is not mentioned in "Steget")
        if name not in counted:
            counted[name] = len(re.findall(rf"(?<![\wåäöÅÄÖ]){re.escape(name)}(?![\wåäöÅÄÖ])",
                                           text))
        return counted[name]

    for table in ctx.structure.tables:
        # the heading above, or the header's first cell ("Kostnader (kr) | Budget 2022")
        title = table.section + "\n" + (table.header.cells[0][2] if table.header is not None
                                        and table.header.cells else "")
        # (a caption over the table says it holds costs, "Kostnader per insats 2012
        # (kronor)", though not that a row of words is an effort: "Lärtillfällen")
        costs = any(cfg["cost_section"].search(t) for t in title.split("\n"))
        captioned = not costs and bool(cfg["cost_section"].search(_caption(ctx, table)))
        costs = costs or captioned
        each = bool(cfg["cost_each"].search(title))
        for row in table.rows:
            label = row.cells[0][2].strip() if row.cells else ""
            figures = [c for c in row.cells[1:] if CELL_AMOUNT.match(c[2].strip())]
            if not figures:  # a section's title inside the table: "Kostnader (kr)"
                costs = bool(cfg["cost_section"].search(label))
                each = bool(cfg["cost_each"].search(label))
                continue
            if total.match(label):
                # ("Summa intäkter": the costs follow in the same table)
                costs = bool(cfg["income_sum"].search(label))
                continue
            head, *described = re.split(r"\s+[–—-]\s+", label, maxsplit=1)
            name, acr = _title_acronym(_without_places(head))  # "Tidig ... (TSR)"
            if (spelled := _CELL_ACR_DASH.match(label)) and not acr:
                # "KPT – Kompetensteam psykisk hälsa": the acronym, then the name it stands for
                name, acr, described = spelled.group("name"), spelled.group("acr"), []
            # (its first word alone: "Resor/leasingbil", "Lokal, kontor och IT")
            first = re.split(r"[\s/,]+", name)[0].lower() if name else ""
            # (in a table of costs per insats, or with its description after a dash, a word
            # of the language is a name too: "Framsteg, Nynäshamn", "Kompassen – ...")
            # (one word that names a piece of work is a cost of its own: "Behovsinventering")
            work = " " not in name and _WORK_NOUN.search(name) and not (described or each)
            if costs and name and not cfg["cost_kinds"].match(first) \
                    and not shortens(name.lower()) \
                    and (_name_like(name) or described or each or name.endswith("!")) \
                    and not work \
                    and not _is_person_or_place(name) and not _clause(name) \
                    and not re.search(r"\d", name) and name in row.cells[0][2] \
                    and (not captioned or mentions(name) > 1):
                # (under a caption only, a name the report also tells of elsewhere)
                start = row.cells[0][0] + row.cells[0][2].index(name)
                found.append((start, start + len(name), acr))
                if not _name_like(name):
                    named.add(start)  # (the table says what it is: trust it as a name)


def _caption(ctx: Context, table) -> str:
    """The line right above a table, when it stands alone as its caption ("Kostnader per
    insats 2012 (kronor)")."""
    first = table.header if table.header is not None else table.rows[0] if table.rows else None
    at = ctx.structure.index_at(first.start) if first is not None else 0
    above = ctx.structure.blocks[at - 1] if at > 0 else None
    return above.text if above is not None and above.kind in ("para", "heading") \
        and above.lines == 1 else ""


@cache
def _effort_verbs() -> str:
    return "|".join(v.replace(" ", r"\s+") for v in cues()["projects"]["effort_verbs"])


@cache
def _quoted_subject() -> re.Pattern:
    """A name in quotes as the subject of what an effort does."""
    # (or, opening its sentence, its first words: "”Vägen vidare” har funnits i Mora sedan
    # 2014 och drivs av ...")
    return re.compile(r"[”\"“](?P<name>[A-ZÅÄÖ][^”\"“\n]{1,50}?)[”\"]\s+(?:har\s+|hade\s+)?"
                      rf"(?:{_effort_verbs()})\b"
                      r"|(?:^|(?<=[.!?][ \t])|(?<=\n))[”\"“](?P<opening>[A-ZÅÄÖ][^”\"“\n]{1,50}?)"
                      rf"[”\"][ \t]+[^.!?\n”\"“]{{0,50}}?[ \t](?:{_effort_verbs()})\b", re.M)


@cache
def _names_a_thing() -> re.Pattern:
    """What a named thing's description says of it first: "Vägskälet är en
    arbetsträningsgrupp", "Hemmaplan startade i januari"."""
    return re.compile(rf"(?:är|var)\s+(?:en|ett)\s|(?:{_effort_verbs()})\b")


_TRAILING_YEAR = re.compile(r"(?:19|20)\d\d\s*$")
# a name and, in apposition, what kind of effort it is: "Hälsoteam Älvdalen, ett
# samverkansteam för ...", "Klarälvsteamet, förbundets gemensamma rehabiliteringsteam"
_APPOSITION = re.compile(
    r"(?<![\wåäöÅÄÖ-])(?P<name>[A-ZÅÄÖ][\wåäöé-]+(?: [a-zåäö]{3,})?(?: (?:i|för|till|på|mot|med|och) "
    r"[A-ZÅÄÖ][\wåäöé-]+| [A-ZÅÄÖ][\wåäöé-]+){0,3}),\s+(?:ett|en|förbundets|kommunens|regionens|"
    r"vårt|vår)\s+(?:[\wåäö-]+\s+){0,2}?[\wåäö-]*(?:team|projekt|insats|satsning|verksamhet|"
    r"mötesplats|arbetsmodell)\b")


# ("Arbetsteamet (Sundsvall) – 167 deltagare": a bracket that is no acronym says where)
_DASHED_ITEM = re.compile(r"^(?P<name>[A-ZÅÄÖ][\wåäöé-]*(?: [\wåäöéÅÄÖ-]+){0,5}?)"
                          r"(?: \((?P<acr>[A-ZÅÄÖ]{2,8})\)| \([^()\n]{2,60}\))?"
                          r"(?:, (?P<where>[A-ZÅÄÖ][^–—\n]{1,60}?))?\s+[–—-]\s+\S")


def _dashed_item(text: str) -> re.Match | None:
    """"Name – what it is", or "Name, Place och Place – ...": the places after the comma
    are where the effort runs, not its name."""
    m = _DASHED_ITEM.match(text)
    if m and m.group("where"):
        first = re.split(r"[ ,]", m.group("where"))[0]
        if first.lower() not in place_names():
            return None
    return m


# a paragraph that opens with the name as a sentence of its own: "Hälsolotsen. Lotsfunktion ..."
# (or the owners in brackets: "Hälsotrappan (Försäkringskassan och primärvården). Grupp...")
_NAME_FIRST = re.compile(r"^(?P<name>[A-ZÅÄÖ][\wåäöé-]*(?: [\wåäöÅÄÖé-]+){0,3}?)"
                         r"(?: \((?P<acr>[A-ZÅÄÖ][\wÅÄÖ]{1,7})\)| (?P<owner>\([A-ZÅÄÖ][^()\n]{2,80}\)))?"
                         r"\.\s+[A-ZÅÄÖ]")


def _is_org_name(m: re.Match) -> bool:
    """Whether a name before its owners in brackets is itself an organisation's."""
    return bool(_cfg()["org_words"].search(m.group("name")))


_NAME_SMALL_WORDS = {"för", "i", "och", "till", "på", "med", "mot"}


def _clause(name: str) -> bool:
    """Whether words read as a clause, not a name: a verb, a stop word or a bare number
    among them ("Deltagarna registreras i SUS", "Fas 1")."""
    cfg = _cfg()
    words = name.split()
    low = {w.lower() for w in words}
    return bool(low & cfg["clause_verbs"]) or bool(low & (cfg["stop"] - _NAME_SMALL_WORDS)) \
        or words[-1].isdigit() or any(w.islower() and (cfg["verb_ending"].search(w)
                                                       or cfg["passive"].search(w))
                                      for w in words[1:])


# ("Hallsbergsmodellen (samordnat stöd vid ...)": a bracket that is no acronym says what it is)
_LIST_PART = re.compile(r"(?:projekt(?:et)?\s+)?(?P<name>[A-ZÅÄÖ][^,.;:\n(]{1,60}?)"
                        r"(?:\s*\((?P<acr>[A-ZÅÄÖ][\wÅÄÖ-]{1,9})\)|\s*\([^()\n]{1,80}\))?"
                        r"\s*(?:,\s*|\s+och\s+|\.|$)", re.I)
LIST_NAMES_MAX = 12  # names a sentence lists after its lead at most


def _listed_after_lead(text: str, found: list) -> None:
    """Efforts listed in one sentence after a lead-in that says they are funded: each part
    between commas and "och" that opens with a capital is a name ("Projekt SAMS": SAMS)."""
    for m in _cfg()["list_lead"].finditer(text):
        pos, end = m.end(), sentence_end(text, m.end())
        for _ in range(LIST_NAMES_MAX):
            part = _LIST_PART.match(text, pos, end + 1)
            if not part or not part.group("name")[:1].isupper():
                break
            name, at = part.group("name").strip(), part.start("name")
            inner = _cfg()["before"].search(name)
            if inner and inner.start() and name[inner.end():].lstrip()[:1].isupper():
                # "Halvtidsavstämning med insatsen Tranåsmodellen": the name after its kind
                skip = inner.end() + len(name[inner.end():]) - len(name[inner.end():].lstrip())
                name, at = name[skip:], at + skip
            if len(name.split()) <= 6 and not _clause(name):  # (capitals mark names here)
                found.append((at, at + len(name), part.group("acr") or ""))
            pos = part.end()
            if pos >= end:
                break


@cache
def _counted() -> re.Pattern:
    """A count of efforts ("två nya projekt"), perhaps a relative clause, a comma, then a list
    of capitalised parts up to the comma, full stop, dash or relative clause that closes the
    apposition ("..., LUMENA och CONECTO som kommer att ...")."""
    part = r"[A-ZÅÄÖ][^,.;:()\n]{0,60}?"
    return re.compile(
        rf"(?<![\wåäö])(?P<n>(?i:{alternation(numbers()['words'])})|\d{{1,2}})\s+"
        rf"(?:(?i:{alternation(cues()['projects']['counted_adjectives'])})\s+)?"
        rf"(?i:{alternation(cues()['projects']['counted_kinds'])})(?:\s+som\s+[^,.;\n]{{1,60}}?)?"
        rf",\s+(?P<list>{part}(?:,\s+{part})*\s+(?:och|samt)\s+{part})(?=,|\.|\s[–—-]\s|\s+som\s)")


def _counted_apposition(text: str, found: list) -> None:
    """Efforts counted, then named in apposition: "De två projekt som utvärderats, Utsikten och
    Spira Utvecklingstrappan, uppvisar ..." — as many names as the count says, each opening
    with a capital and holding no word that starts a clause."""
    stop = _cfg()["stop"]
    for m in _counted().finditer(text):
        n = m.group("n")
        names = re.split(r",\s+|\s+(?:och|samt)\s+", m.group("list"))
        if len(names) != (int(n) if n.isdigit() else numbers()["words"][n.lower()]):
            continue
        if any(len(x.split()) > 5 or any(w in stop for w in x.split()[1:]) for x in names):
            continue
        pos = m.start("list")
        for name in names:
            start = text.index(name, pos)
            pos = start + len(name)
            if not _is_person_or_place(name):
                found.append((start, pos, ""))


@cache
def _counted_lead() -> re.Pattern:
    """A count of efforts in a sentence that ends its line with a colon: the efforts follow a
    line each ("... finansierat tre olika projekt vars utgångspunkt ... Vuxenpsykiatrin:")."""
    return re.compile(
        rf"(?<![\wåäö])(?P<n>(?i:{alternation(numbers()['words'])})|\d{{1,2}})\s+"
        rf"(?:[\wåäö]+\s+){{0,2}}(?i:{alternation(cues()['projects']['counted_kinds'])})"
        r"(?![\wåäö])[^.!?:]{0,200}:[ \t]*\n")


_LISTED_LINE = re.compile(r"[ \t]*(?P<name>[A-ZÅÄÖ][^\n.:;]{1,80}?)[ \t]*\n")
LINE_NAME_WORDS = 8  # words of a line that names one effort, a note in brackets included


def _counted_lines(text: str, found: list) -> None:
    """As many lines after a counted lead as it counts, each naming an effort ("Team Åsen
    (2011-2012)"), when every one of them is short, opens with a capital and ends without a
    full stop: a list whose markers were lost."""
    for m in _counted_lead().finditer(text):
        n = m.group("n")
        count = int(n) if n.isdigit() else numbers()["words"].get(n.lower(), 0)
        pos = m.end()
        while text[pos:pos + 1].isspace():
            pos += 1
        names = []
        for _ in range(count):
            line = _LISTED_LINE.match(text, pos)
            if not line or len(line.group("name").split()) > LINE_NAME_WORDS:
                break
            name = _NAME_NOTE.sub("", line.group("name"))
            names.append((line.start("name"), line.start("name") + len(name), name))
            pos = line.end()
        if 2 <= len(names) == count and not any(_clause(x) or _is_person_or_place(x)
                                                 for *_, x in names):
            found.extend((a, b, "") for a, b, _ in names)


# a part's amount, before or after its name ("3 120 000 kronor MIRA", "Insteget 3 120 000 kr")
_PART_AMOUNT = re.compile(r"^(?:till\s+)?\d{1,3}(?:[ \u00a0]\d{3})+[ \u00a0]*(?:kronor|kr|tkr)?"
                          r"(?:\s+till)?\s+|\s+\d{1,3}(?:[ \u00a0]\d{3})+[ \u00a0]*(?:kronor|kr|tkr)?$")
COST_NAME_WORDS = 5  # words at most of a name a cost is listed under


def _costs_listed(text: str, found: list) -> None:
    """The efforts a sentence of costs lists, each beside its amount: each part between
    commas and "och" that is a capitalised name once its amount is taken off (not an
    organisation's: "varav Försäkringskassan 2 mnkr" is whose money it was)."""
    cfg = _cfg()
    for m in cfg["cost_lead"].finditer(text):
        # (the costs named in its sentence or the one before: "Kostnaderna ... uppgick till
        # 7 mnkr. Av dessa avsåg ...")
        own = sentence_start(text, m.start())
        if not cfg["cost_words"].search(text, sentence_start(text, max(0, own - 1)), m.start()) \
                or cfg["income_words"].search(text, own, m.start()):
            continue
        end = sentence_end(text, m.end())
        pos = m.end()
        for part in re.split(r"(,\s+|\s+och\s+)", text[m.end():end]):
            at, pos = pos, pos + len(part)
            if not part or part.startswith((",", " ")):
                continue
            cut = _PART_AMOUNT.search(part)
            if cut is None:
                break  # (the list ended: "..., som till största delen ...")
            name = (part[:cut.start()] + part[cut.end():]).strip().strip('"”“')
            at += part.index(name)
            # (not "Hälsoteam Älvdalen för" of "... svarade för 2 150 000 kronor", nor whose
            # money it was: "ESF+-stöd")
            if name[:1].isupper() and len(name.split()) <= COST_NAME_WORDS \
                    and not cfg["cost_name_not"].search(name) \
                    and not re.search(r"\d", name) and not _clause(name) \
                    and not _is_person_or_place(name) and not cfg["org_words"].search(name):
                found.append((at, at + len(name), ""))


_FIGURE_AFTER = re.compile(r"\s\d.*$")  # "Utsikten 1 Informationsbroschyren": a run-on line


def _counted_items(ctx: Context, found: list) -> None:
    """As many list items after a counted lead as it counts, each a short name ("... tre
    projekt vilka benämns:" / "1. Värksam" / "2. Ensamstående föräldrar" / "3. Utsikten"):
    the count says they are names, words of the language or not; an item that opens with
    a verb is something to do, and such a list is none."""
    blocks = ctx.structure.blocks
    for i, b in enumerate(blocks):
        if b.kind not in ("para", "heading") or not b.text.rstrip().endswith(":"):
            continue
        m = _counted_lead().search(b.text.rstrip() + "\n")
        if m is None:
            continue
        n = m.group("n")
        count = int(n) if n.isdigit() else numbers()["words"].get(n.lower(), 0)
        names = []
        for x in blocks[i + 1:i + 1 + count]:
            name = _NAME_NOTE.sub("", _FIGURE_AFTER.sub("", x.text.strip()))
            first = name.split()[0] if name.split() else ""
            if x.kind != "item" or not name or len(name.split()) > LINE_NAME_WORDS \
                    or name.endswith(".") or is_infinitive(first.lower()) \
                    or _is_person_or_place(name):
                break
            names.append((x.start, x.start + len(name), ""))
        if 2 <= len(names) == count:
            found.extend(names)


# an entry of a table of contents run into one line: a title, then its page number
_TOC_ENTRY = re.compile(r"(?P<title>[A-ZÅÄÖ][^\d\n]{1,80}?)\s(?P<page>\d{1,3})(?=\s|$)")
TOC_ENTRIES = 6  # entries a line needs to read as a flattened table of contents
TOC_RISING = 0.8  # share of its page numbers that rise or stay
# the word for a page left between such entries where a converter lost the numbers ("...
# sid Caféprojektet sid Utfall verksamheten sid.8 ...")
_TOC_PAGE_WORD = re.compile(r"\s+sid(?:\.\s?\d{1,3})?(?=\s|$)")
# an entry of a table of contents a line each: its number, its title, leaders, its page
_TOC_LINE = re.compile(r"^(?:(?P<num>\d{1,2}(?:\.\d{1,2})*)\.?\s+)?(?P<title>\S.*?)"
                       r"(?:\s*\.{3,}\s*|[ \t]+)\d{1,3}\s*$")


def _flattened_contents(ctx: Context, found: list) -> None:
    """A table of contents flattened onto one line, as websites' transcripts of PDFs give it:
    the entries after one over the funded efforts ("Finansierade aktiviteter 3"), up to one
    that opens another part ("Ekonomi 10"), that read as names ("Kraft-team 4", "Cura 5"; not
    "Hälsoinriktade aktiviteter 7")."""
    cfg = _cfg()
    for b in ctx.structure.blocks:
        # (a page's number before it may make the line an item: "15 Innehållsförteckning ...")
        if b.kind not in ("para", "heading", "item") or len(b.text) < 200 \
                or not cfg["toc_efforts"].search(b.text):
            continue  # (only a contents line with an entry over efforts is read entry by entry)
        entries = list(_TOC_ENTRY.finditer(b.text))
        pages = [int(m.group("page")) for m in entries]
        rising = sum(a <= b for a, b in zip(pages, pages[1:], strict=False))
        if len(entries) >= TOC_ENTRIES and rising >= TOC_RISING * (len(pages) - 1):
            # (appendices may number their pages anew)
            titles = [(b.start + m.start("title"), m.group("title").strip(), "") for m in entries]
            found.extend(_effort_entries(titles))
        elif len(cuts := list(_TOC_PAGE_WORD.finditer(b.text))) >= TOC_ENTRIES:
            # "3. Projekten sid Caféprojektet sid Utfall verksamheten sid ...": the numbers
            # lost, the word for a page left between the entries
            starts = [0] + [c.end() for c in cuts]
            ends = [c.start() for c in cuts] + [len(b.text)]
            titles = [(b.start + a + len(seg) - len(seg.lstrip()), seg.strip(), "")
                      for a, e in zip(starts, ends, strict=True) if (seg := b.text[a:e]).strip()]
            found.extend(_effort_entries(titles))


def _contents_lines(ctx: Context, found: list) -> None:
    """A table of contents a line each: the entries under one over the funded efforts
    ("1.3 Individinriktade insatser ..... 5" over "BAS ..... 5", "Ung i Tälje ..... 9") that
    read as names, up to an entry of its own rank or higher or one that opens another part."""
    titles: list[tuple[int, str, str]] = []
    for b in [*ctx.structure.blocks, None]:
        m = _TOC_LINE.match(b.text) if b is not None and b.kind == "toc" else None
        if m is None:  # the contents end: their efforts, under a numbered entry only (under
            # one without a number the next are its peers: "Deltagarstatistik")
            found.extend(_effort_entries(titles, numbered=True))
            titles = []
            continue
        titles.append((b.start + m.start("title"), m.group("title").strip(), m.group("num") or ""))


def _effort_entries(titles: list[tuple[int, str, str]], numbered: bool = False
                    ) -> list[tuple[int, int, str]]:
    """Of a table of contents' entries (start, title, number), the spans of those under an
    entry over the funded efforts that read as names ("Kraft-team", not "Hälsoinriktade
    aktiviteter"), up to an entry of that one's rank or higher ("1.4 …") or one that opens
    another part ("Ekonomi"); if `numbered`, only under a numbered entry over them."""
    cfg = _cfg()
    out: list[tuple[int, int, str]] = []
    rank: int | None = None  # the efforts entry's depth of numbering while inside its part
    for start, title, num in titles:
        depth = num.count(".") + 1 if num else 0
        kind = _KIND_AFTER.search(title)
        if kind and rank is not None:
            # "SATSA, projekt 5", "Ankaret, projekt 7": the entry says what it is (a word of
            # the language is a name here too)
            title = title[:kind.start()]
        if cfg["toc_efforts"].search(title):
            rank = depth if depth or not numbered else None
        elif cfg["toc_sections"].match(title) or (rank is not None and depth and depth <= rank):
            rank = None
        elif rank is None or cfg["toc_efforts_kind"].search(title):
            continue
        elif m := _TOC_ACRONYM.match(title):  # "SYL = Sysselsättning inom …"
            out.append((start + m.start("name"), start + len(title), m.group("acr")))
        elif len(title.split()) <= 6 and "?" not in title \
                and (_name_like(title) or _ACRONYM_WORD.fullmatch(title)
                     or (kind and rank is not None and title[:1].isupper())):
            out.append((start, start + len(title), ""))
    return out


_KIND_AFTER = re.compile(r",\s*[\wåäö-]*(?:projekt|insats|aktivitet)(?:et|en)?\s*$", re.I)
_TOC_ACRONYM = re.compile(r"(?P<acr>[A-ZÅÄÖ]{2,8})\s*=\s*(?P<name>[A-ZÅÄÖ].+)")
_ACRONYM_WORD = re.compile(r"[A-ZÅÄÖ]{2,8}")  # "BAS": an acronym, though "bas" is a word


# "Bryggan (2018–2022), Kraftsamling Tierp (2019–2021) ... är avslutade": a name in capitals
# with the years it ran in brackets, as a list of past and present efforts gives them
_DATED = re.compile(r"(?<![\wåäö-])(?P<name>[A-ZÅÄÖ][\wåäöé-]+(?:[ \t][A-ZÅÄÖ][\wåäöé-]+){0,3})"
                    r"[ \t]+\((?:19|20)\d\d[ \t]*[–-][ \t]*(?:(?:19|20)\d\d)?\)")


def _dated_names(text: str, found: list) -> None:
    """Names with the years their effort ran ("Bryggan (2018–2022)"), two or more in one
    sentence: a list of efforts (one alone may be an organisation's or a person's years)."""
    hits = list(_DATED.finditer(text))
    for m in hits:
        near = [x for x in hits if x is not m and abs(x.start() - m.start()) < DATED_REACH
                and "." not in text[min(x.end(), m.end()):max(x.start(), m.start())]]
        if near:
            found.append((m.start("name"), m.end("name"), ""))


DATED_REACH = 200  # characters within which two dated names make one list


# "SVUNG i Västerviks kommun", "DIVA i Nybro och Emmaboda kommuner": an effort named with the
# places it runs in, as a run-on list of them gives each
_PLACED = re.compile(r"(?P<name>[A-ZÅÄÖ][\wåäöÅÄÖé&-]*(?: [\wåäöÅÄÖé&-]+){0,4}?) i "
                     r"(?:[A-ZÅÄÖ][\wåäö]+(?:, | och ))*[A-ZÅÄÖ][\wåäö]+s? (?:kommun|kommuner|län)\b")
PLACED_RUN = 3  # names in a row that make a run-on list of them


def _placed_run(text: str, found: list) -> None:
    """A list run into one line whose entries each name an effort and where it runs ("SVUNG i
    Västerviks kommun Grön Rehabilitering i Kalmar kommun DIVA i Nybro och Emmaboda kommuner"):
    the entries' names."""
    chain: list[re.Match] = []
    for m in _PLACED.finditer(text):
        if chain and m.start() != chain[-1].end() + 1:
            _take_run(chain, found)
            chain = []
        chain.append(m)
    _take_run(chain, found)


def _take_run(chain: list[re.Match], found: list) -> None:
    if len(chain) < PLACED_RUN:
        return
    # (the first entry's name is certain only when it is one word: "SVUNG i ...")
    for m in chain if len(chain[0].group("name").split()) == 1 else chain[1:]:
        name = re.sub(r"^(?:projekt(?:et)?)\s+", "", m.group("name"), flags=re.I)
        if not _clause(name) and not _cfg()["org_words"].search(name):
            found.append((m.end("name") - len(name), m.end("name"), ""))




def _section_headings(ctx: Context, found: list) -> None:
    """In a section about projects or insatser: list items "Name – what it is", and short
    headings whose body opens with the heading or names it as a project."""
    blocks = ctx.structure.blocks
    in_section = False
    depth: int | None = None  # the section title's Markdown depth ("## Insatser")
    opener = -1
    for i, b in enumerate(blocks):
        if (_one_line_title(b) or _lead_line(b)) and ctx.says(b, "project"):
            # "Våra insatser just nu" over names a line each, without bodies (a web page's
            # lines, with or without blank ones between them), or over "Name (Place) – what
            # it is" a line each ("... gick till deltagare i fyra insatser:")
            run = []
            k = i + 1
            while k < len(blocks):
                x = blocks[k]
                # (after a lead-in, a list's items: "... tre projekt vilka benämns:" / "1. Värksam")
                entry = _title_entry(x, items=_lead_line(b)) or _dashed_line(x)
                if entry is None:
                    break
                run.append(entry)
                k += 1
                if _lead_line(b) and x.kind in ("para", "heading") and x.lines == 1 and k < len(blocks) \
                        and blocks[k].kind == "para" and not _one_line_title(blocks[k]) \
                        and _dashed_line(blocks[k]) is None:
                    k += 1  # "Språkstödet" / "Arbetsträning med språkstöd för ...": its body
            if len(run) >= TITLE_RUN:
                found.extend(run)
            if not b.is_heading:
                continue
        # (a paper's shouted title opens no section: "ANSÖKAN OM FINANSIERING AV INSATS")
        shouted_title = b.text.isupper() and names_document_type(b.text)
        if b.is_heading and ctx.says(b, "project") and not _LEAD_END.search(b.text) \
                and not shouted_title and (
                len(b.text.split()) > 2 or b.text.isupper() or re.search(r"\d{4}", b.text)
                or b.level is not None or _entries_follow(ctx.document.text, blocks, i)):
            # "Insatser/projekt under 2009", "INSATSER 2019" (not a lead-in on a line of its
            # own: "... anger att förbundets insatser ska riktas till")
            in_section, depth, opener = True, b.level, i
            continue
        # "Kompassen (Arboga kommun)": the owner; "Nyckeln – Strömsund och Ragunda": places
        title = _without_places(_OWNER_BRACKET.sub("", b.text))
        if in_section and b.kind == "heading" and (
                (depth is not None and b.level is not None and b.level <= depth)
                or (not ctx.says(b, "project") and (len(_title_acronym(title)[0].split()) > 5
                                                    or ctx.opens_section(b)))):
            in_section = False  # (a title of another kind: "Resultaträkning", "Mål")
        if not in_section:
            continue
        if b.kind == "item":
            m = _dashed_item(b.text)
            if m:
                found.append((b.start, b.start + m.end("name"), m.group("acr") or ""))
            continue
        if b.kind == "para" and i and _card_fields().match(blocks[i - 1].text):
            continue  # the value of a card's field ("Var" / "Skärholmen och Hägersten")
        if b.kind == "para":
            spelled = _ACR_DASH_NAME.match(b.text)
            if spelled and _initials_match(spelled.group("name"), spelled.group("acr")):
                # "UVÖ – Unga vuxna i Östersund: coachning ...": the acronym, then the name
                # whose initials spell it, one record with both
                found.append((b.start + spelled.start("name"), b.start + spelled.end("name"),
                              spelled.group("acr")))
                continue
            # "Navet Söderhamn. Samlokaliserat team ...", "Samtidigt – parallella insatser."
            dashed = _dashed_item(b.text)  # a dash after a name is cue enough
            m = dashed or _NAME_FIRST.match(b.text)
            colon = _NAME_COLON.match(b.text)
            # (the entry counts its participants right after the colon, or in a sentence of
            # its own after what it is: "Vägen tillbaka (Östersund): ... 98 deltagare")
            # (not a field of what became of a goal: "Bedömning: Uppnås. 231 deltagare ...")
            counted = colon is not None and not OUTCOME_LABEL.match(b.text) and (
                _COUNTED.match(b.text, colon.end()) or _PARTICIPANTS.search(b.text, colon.end()))
            if m and not _clause(m.group("name")) \
                    and (dashed or (m.groupdict().get("owner") and not _is_org_name(m))
                         or not _common_noun(m.group("name"))):
                found.append((b.start, b.start + m.end("name"), m.group("acr") or ""))
            elif (not m or counted) and colon \
                    and not _card_fields().match(b.text) and not _clause(colon.group("name")) \
                    and (counted or (_name_like(colon.group("name")) and " " in colon.group("name"))) \
                    and (counted or not _common_noun(colon.group("name"))):
                # "Ung Framtid Trelleborg: 24 inskrivna.", "Vägen framåt (stöd för ...): 38 ...";
                # counted, a word of the language is a name too ("Bryggan (Karlskrona): 28
                # deltagare")
                found.append((b.start, b.start + colon.end("name"), ""))
            elif not m and (not blocks[i - 1].is_heading or opener == i - 1):
                # (not a body under its own title: "KIA – Kvinnor i arbete" / "KIA vänder sig")
                found.extend(_entry_subjects(ctx.document.text, b))
            continue
        if b.kind != "heading" or len(title.split()) > 5:
            continue
        body_follows = i + 1 < len(blocks) and blocks[i + 1].kind == "para"
        box = _cfg()["box_label"].match(title)  # "FAKTA | Språngbrädan"
        at = b.start + (box.end() if box else 0)
        name, acr = _title_acronym(title[box.end():] if box else title)
        # a short title over its own description, inside a section about insatser/projekt: a
        # name (not words of the language only, "Metod och arbetssätt"), or a title with its
        # owner in brackets or its places after a dash, a Markdown sub-title, or a body that
        # says it is an effort or counts its participants ("Grön väg" / "... 41 deltagare.")
        if body_follows and not b.text.isupper() and not _cfg()["section_headings"].search(name) \
                and not ctx.opens_section(b) \
                and (_name_like(name) or title != b.text or _deeper(b, depth)
                     or _PARTICIPANTS.search(blocks[i + 1].text)
                     or (len(name.split()) == 1  # "Kompassen" / "Insatsen har 14 deltagare"
                         and _cfg()["effort_words"].search(_opening(blocks[i + 1].text)))) \
                and _SECTION_NUMBER.sub("", name).lower() not in place_names() \
                and not _TRAILING_YEAR.search(name):
            # (a section per kommun, "4.1 Avesta", names a place)
            pair = _TWO_OF_A_KIND.fullmatch(name)
            if pair:  # "Mötesplats Osby och Mötesplats Bromölla": two efforts
                found.extend([(at, at + pair.end(1), ""), (at + pair.start(3), at + len(name), "")])
            else:
                found.append((at, at + len(name), acr))


_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+")
# a title naming two efforts of one kind: the second repeats the first's first word
_TWO_OF_A_KIND = re.compile(r"((\w+) [^\n]+?) och (\2 [^\n]+)")


# an entry that opens with its name and a colon, a description in brackets perhaps, and what
# it counts after it
_NAME_COLON = re.compile(r"(?P<name>[A-ZÅÄÖ][\wåäöé-]*(?: [\wåäöÅÄÖé-]+){0,4}?)"
                         r"(?:\s+\([^()\n]{3,100}\))?:\s")
_COUNTED = re.compile(r"\s*\d+\s+(?:inskrivna|deltagare|personer)\b")
TITLE_LINE_WORDS = 6  # words of a one-line title or name standing as a paragraph


TITLE_RUN = 2  # names a line each that make a list under a title


def _one_line_title(b) -> bool:
    return b.kind in ("para", "heading") and _one_line(b)


def _one_line(b) -> bool:
    """A short line that ends no sentence: a title, or a name."""
    return b.lines == 1 and len(b.text.split()) <= TITLE_LINE_WORDS \
        and not b.text.rstrip().endswith((".", ":", "?", "!", ","))


def _title_entry(b, items: bool = False) -> tuple[int, int, str] | None:
    """A one-line paragraph or title that is an effort's name ("Unga Framåt Hällefors",
    "Arbetsinriktat stöd Nora–Lindesberg (ASNL)"): a name with its acronym, or one that reads
    as a name; with `items`, a list's item that is one too."""
    if not (_one_line_title(b) or (items and b.kind == "item" and _one_line(b))):
        return None
    name, acr = _title_acronym(b.text.strip())
    name = _without_places(name) if acr else name
    places = re.split(r",\s*|\s+och\s+", name)
    if not name or not (_name_like(name) or acr) or _clause(name) or _is_person_or_place(name) \
            or all(p.lower() in place_names() for p in places) \
            or _cfg()["section_headings"].search(name) or re.search(r"\d", name) \
            or name not in b.text or ": " in name:
        return None  # (nor "Storuman, Sorsele och Vilhelmina", "Måluppfyllelse", "Var: Åby")
    start = b.start + b.text.index(name)
    return start, start + len(name), acr


def _lead_line(b) -> bool:
    """A line of its own that leads into what follows it ("Vi finansierar fyra insatser:")."""
    return b.kind in ("para", "heading") and b.lines == 1 and b.text.rstrip().endswith(":")


def _dashed_line(b) -> tuple[int, int, str] | None:
    """A line of its own that opens with a name and a dash: "Balans (Håbo) – stöd till ..."."""
    if b.kind not in ("para", "item", "heading") or b.lines != 1:
        return None
    m = _dashed_item(b.text)
    if m is None or _clause(m.group("name")) or _is_person_or_place(m.group("name")):
        return None
    return b.start, b.start + m.end("name"), m.group("acr") or ""


# a line that ends where a sentence goes on: a lead-in, not a title
_LEAD_END = re.compile(r"\b(?:till|för|av|med|på|att|om|som|och|i)\s*:?\s*$", re.I)


def _entries_follow(text: str, blocks: list, i: int) -> bool:
    """Whether two entries under a bare title ("Insatser") are "Name – what it is",
    "Name is/does ..." (in the three blocks below, or the lines of one they were joined
    into) or "Name: 24 inskrivna", or short titles over bodies that count participants: the
    title heads a list of efforts, though it says no more."""
    below = [x for x in blocks[i + 1:i + 4] if x.kind in ("para", "item")]
    cards = sum(1 for a, b in zip(blocks[i + 1:i + 7], blocks[i + 2:i + 8], strict=False)
                if a.kind == "heading" and b.kind == "para" and _PARTICIPANTS.search(b.text))
    counted = sum(1 for x in below if (c := _NAME_COLON.match(x.text))  # "IPS Åby: 19 deltagare"
                  and not OUTCOME_LABEL.match(x.text)
                  and (_COUNTED.match(x.text, c.end()) or _PARTICIPANTS.search(x.text, c.end())))
    return sum(1 for x in below if _dashed_item(x.text)) >= 2 or cards >= 2 or counted >= 2 \
        or sum(len(_entry_subjects(text, x)) for x in below) >= 2


# an effort's count of participants, a sentence of its own in the body under its title
# ("... för unga 16–29 år. 23 deltagare.", "Insatsen hade 41 deltagare"), not the people an
# event gathered ("med sammanlagt 120 deltagare från parterna")
_PARTICIPANTS = re.compile(r"(?:^|[.!?]\s+)\d+\s+(?:deltagare|inskrivna)\b"
                           r"|\b(?:har\s+haft|hade)\s+\d+\s+deltagare\b")
# places after a dash at a title's end: "Nyckeln – Strömsund och Ragunda", "Unga vägar – Åre"
_PLACES_AFTER = re.compile(r"(?:\s+[–-]\s+|,\s+)(?P<places>[A-ZÅÄÖ][\wåäö-]+(?:(?:,\s*|\s+och\s+)"
                           r"[A-ZÅÄÖ][\wåäö-]+)*)\s*$")


def _without_places(title: str) -> str:
    """A title without the places its effort works in, after a dash or a comma at its end."""
    m = _PLACES_AFTER.search(title)
    if m and all(p.lower() in place_names()
                 for p in re.split(r",\s*|\s+och\s+", m.group("places"))):
        return title[:m.start()]
    return title


@cache
def _entry_subject() -> re.Pattern:
    """An entry's subject: a name, its acronym perhaps, then what it is or does ("IPS
    Blekinge ger ...", "Unga Vuxna Ronneby–Olofström (UVRO) är ett team ...")."""
    return re.compile(
        r"(?P<name>[A-ZÅÄÖ][\wåäöé!-]*(?:[ –-](?:[A-ZÅÄÖ0-9][\wåäöé!-]*|för|till|i|på|mot|med))"
        r"{0,4})(?:[ \t]+\((?P<acr>[A-ZÅÄÖ]{2,8})\))?[ \t]+"
        rf"(?=(?:är|var|har|hade|{_effort_verbs()})\b)")


def _entry_subjects(text: str, b) -> list[tuple[int, int, str]]:
    """The names that open a paragraph's lines, each line an entry of its own (a converter
    joined the lines of a list of efforts): "Jobbsteget Karlskrona är en insats ... 112
    deltagare." / "IPS Blekinge ger ...". None unless the paragraph's first line opens so."""
    out = []
    body = text[b.start:b.end]
    for start in [0, *(m.end() for m in re.finditer(r"[.!?]\n", body))]:
        m = _entry_subject().match(body, start)
        if m is None:
            if not out:
                return []
            continue
        name = m.group("name")
        first = name.split()[0].lower()
        cfg = _cfg()
        if _clause(name) or _common_noun(name) or _is_person_or_place(name) \
                or name.lower() in cfg["not"] or first in cfg["anaphors"] \
                or first in cfg["stop"] or first in cfg["not_described"] \
                or names_document_type(name):
            continue
        if " " not in name and not _names_a_thing().match(body, m.end()):
            continue  # "Därutöver har ...", "Metodstödet har använts" (not "Kompassen är en ...")
        out.append((b.start + m.start("name"), b.start + m.end("name"), m.group("acr") or ""))
    return out


def _deeper(b, depth: int | None) -> bool:
    """A Markdown title one level or more under the section's ("### Lyktan" under "##
    Insatser"): the document itself says it is one of the section's efforts."""
    return depth is not None and b.level is not None and b.level > depth


# a bracket after a title that says who runs the effort or where, not an acronym
_OWNER_BRACKET = re.compile(r"\s*\((?![A-ZÅÄÖ]{2,8}\))[^()\n]{3,80}\)\s*$")
_TITLE_ACRONYM = re.compile(r"\s*\(([A-ZÅÄÖ]{2,8})\+?\)$")  # ("(ESF+)": a fund's, set aside)


def _title_acronym(title: str) -> tuple[str, str]:
    """A title without the acronym in brackets at its end, and the acronym."""
    title = title.strip()
    m = _TITLE_ACRONYM.search(title)
    return (title[:m.start()], m.group(1)) if m else (title, "")


CARD_WINDOW = 500  # characters under a card's title that its fields stand in


def _cards(ctx: Context, found: list) -> None:
    """A short title over the fields of a card that describes an effort: "Samverkansteam
    Tierp" over "Målgrupp: ...", "Budget 2020: ...", "Kontaktperson: ..."."""
    blocks, text = ctx.structure.blocks, ctx.document.text
    fields = _card_fields()
    for i, b in enumerate(blocks):
        if not _card_title(b, fields, items=True):
            continue
        end = min(len(text), b.end + CARD_WINDOW)
        first = fields.search(text, b.end, end)
        if first and any(_card_title(x, fields) and not _box_label(x)
                         and _only_fields_between(blocks, k, first.start())
                         for k, x in enumerate(blocks[i + 1:i + 12], i + 1)
                         if x.start < first.start()):
            continue  # a title right over the fields is theirs ("Stäng", a site's menu, is
            # not; a box's own label, "Fakta", and a sub-title, "Kort beskrivning", are none)
        # (the fields of the next list, or of the next title over fields of its own, are not
        # this title's; a sub-title inside the card, "Kort beskrivning", is)
        nxt = next((x.start for k, x in enumerate(blocks[i + 1:i + 12], i + 1)
                    if (x.kind == "item" and not fields.match(x.text))
                    or (x.is_heading and not LABEL_LINE.match(x.text) and not _box_label(x)
                        and _over_fields(blocks, k))), end)
        held = len(fields.findall(text, b.end, min(end, nxt)))
        if held < 2 or (b.text.isupper() and len(b.text) > 8 and (
                held < 3 or names_document_type(b.text))):
            continue  # ("SLUTRAPPORT" over a form's fields; "SPRINGBRÄDAN" over three is one)
        if _cfg()["name_field"].search(text, b.end, min(end, nxt)):
            continue  # the form names its effort in a field ("Projektnamn: Inlandsvägen")
        # a card's number: "1. Samverkansteam Alby", "INSATS 3  Ungdomslyftet"
        number = _HEADING_NUMBER.match(b.text) or _KIND_NUMBER.match(b.text)
        skip = number.end() if number else 0
        typed = _TYPED_TITLE.match(b.text, skip)
        if typed and names_document_type(typed.group(1)):
            skip = typed.end()  # "Lägesrapport 4 – UngKraft Jämtland": the name after the dash
        elif (kind := _TYPE_WORD.match(b.text, skip)) and names_document_type(kind.group(1)):
            skip = kind.end()  # "Slutrapport FRAM": the name after the type's word
        if _REFERENCE_NUMBER.search(b.text):
            continue  # "Journalnummer 2008-3050123"
        quoted = len(b.text) - len(b.text[skip:].lstrip(_QUOTES)) - skip
        skip += quoted  # '"Mötesplats Brandbergen"' over its fields
        box = _cfg()["box_label"].match(b.text[skip:])
        skip += box.end() if box else 0  # "FAKTA | Språngbrädan"
        title = b.text[skip:]
        if quoted and (close := next((k for k, ch in enumerate(title) if ch in _QUOTES), -1)) > 0:
            title = title[:close]  # '"UNGDOMSLYFTET" I STORFORS': the name is what is quoted
        name, acr = _title_acronym(title.rstrip(_QUOTES))
        if acr in _cfg()["org_acronyms"]:
            acr = ""  # "Södertörnsvägen (ESF)": who pays, not the name's letters
        # over three fields a word of the language is a name too ("Lyktan", "Kompassen")
        # ("INSATS 3  Ungdomslyftet": the kind's word before its number opens no section)
        if name and (held >= 3 or not _common_noun(name)) and not _is_person_or_place(name) \
                and (not ctx.opens_section(b) or _KIND_NUMBER.match(b.text)):
            found.append((b.start + skip, b.start + skip + len(name), acr))


TITLE_LINES = 4  # lines at the top of a document where its kind and its effort's name stand
TITLE_NAME_WORDS = 5  # words at most of the name a document's title gives its effort


def _titled_document(ctx: Context, found: list) -> None:
    """The effort a paper about one effort is about, named on the line under the paper's kind
    at its top ("Projektplan" / "Jobbspåret – individuellt stöd till arbete ...",
    "DELÅRSRAPPORT 2016:1" / "Jobbspåret (IPS Södra Hälsingland)"): the name before its
    description (not a förbund's year, "Verksamhetsberättelse 2012" / "Inledning")."""
    text = ctx.document.text
    if _cfg()["name_field"].search(text):
        return  # the paper names its effort in a field of its own ("Projektnamn: Fjällvägen")
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text[:TITLE_REGION])
             if m.group().strip()][:TITLE_LINES]
    for (_, kind), (at, line) in zip(lines, lines[1:], strict=False):
        if not (_cfg()["effort_paper"].match(kind.strip()) and len(kind.split()) <= 3) \
                or names_document_type(line) or "  " in line.strip():
            continue  # (a line of a letterhead's two columns is no title)
        head = _TITLE_TAIL.split(line.strip(), maxsplit=1)[0].strip()
        start = at + line.index(head) if head else at
        if head and len(head.split()) <= TITLE_NAME_WORDS and head[:1].isupper() \
                and not _cfg()["org_words"].search(head) and not _is_person_or_place(head) \
                and not _REFERENCE_NUMBER.search(head) and not re.search(r"\d", head) \
                and not _section_title(head) and not _common_noun(head) \
                and " och " not in head and not any(s < at + len(line) and start < e
                                                    for s, e, _ in found):
            # (a name read whole there already, with its description, stays as read: "Hela
            # vägen – samordnat stöd för unga vuxna i Piteå (HELA)")
            found.append((start, start + len(head), ""))
        break


TITLE_REGION = 600  # characters at the top of a document that hold its title
# where a title's name ends: its description after a spaced dash or a colon, or a note in
# brackets ("Jobbspåret – individuellt stöd ...", "Jobbspåret (IPS Södra Hälsingland)")
_TITLE_TAIL = re.compile(r"\s+[–—-]\s+|:\s+|\s*\(")

READ_MORE_BLOCKS = 3  # blocks at most between a card's title and its link


def _read_more(ctx: Context, found: list) -> None:
    """A web page's cards of efforts, each a title, a line or two on it and a link "Läs mer om
    Hälsoslussen »": the title above the link that opens with the link's first word is the
    effort's full name ("Hälsoslussen Falköping")."""
    blocks = ctx.structure.blocks
    for i, b in enumerate(blocks):
        m = _cfg()["read_more"].match(b.text.strip())
        if m is None:
            continue
        first = m.group("name").split()[0]
        for x in reversed(blocks[max(0, i - READ_MORE_BLOCKS):i]):
            # (the title without a note on its kind: "ASF-nätverket (strukturinsats)")
            title = _KIND_NOTE.sub("", x.text.strip())
            if "\n" not in title and len(title.split()) <= TITLE_LINE_WORDS \
                    and not title.endswith((".", ":")) and title.split()[0] == first:
                # (a name its page writes in lower case, title and link alike: "trädgårdsgruppen")
                if (_name_like(title) or title == m.group("name").strip()) \
                        and title.lower() not in _cfg()["not"] \
                        and not _is_person_or_place(title) \
                        and not _cfg()["org_words"].search(title):
                    found.append((x.start, x.start + len(title), ""))
                break  # ("Utbildning i motiverande samtal" over its link is no effort)


_KIND_NOTE = re.compile(r"\s*\([^()\n]{3,30}\)$")


def _only_fields_between(blocks: list, k: int, pos: int) -> bool:
    """Whether nothing but field lines and a box's label stand between block k and pos (no
    paragraph of sentences: a sub-title over the card's description is no title of its own)."""
    return all(LABEL_LINE.match(b.text) or _box_label(b)
               for b in blocks[k + 1:] if b.start < pos)


def _box_label(b: Block) -> bool:
    """A designed box's own label over its fields ("Fakta"), no card's title."""
    return b.text.strip().lower() in _cfg()["not"]


def _card_title(b: Block, fields: re.Pattern, items: bool = False) -> bool:
    """A block that may title a card: a heading, a one-line paragraph that reads as one, or
    (`items`) a list's item, of one to six words; not a field's line ("Insatsens namn:
    Studiebryggan") nor a sentence."""
    one_line_title = b.kind == "para" and b.lines == 1 and ":" not in b.text \
        and (b.text.lstrip(_QUOTES)[:1].isupper() or b.text[:1].isdigit())
    return (b.kind == "heading" or (items and b.kind == "item") or one_line_title) \
        and 1 <= len(b.text.split()) <= 6 and not fields.match(b.text) \
        and not LABEL_LINE.match(b.text) and not b.text.rstrip().endswith((":", "."))


_QUOTES = "\"'”“„«»"
_KIND_NUMBER = re.compile(r"(?:insats|projekt|delprojekt)[ \t]+\d{1,2}[.:]?[ \t]+(?=\S)", re.I)
_TYPED_TITLE = re.compile(r"([^–—\n]{3,40}?)\s+[–—-]\s+(?=\S)")
_TYPE_WORD = re.compile(r"([^\W\d_]+)\s+(?=\S)")
# a case's or a journal's number ("Journalnummer 2008-3050123", "Dnr SSH 2014/38")
_REFERENCE_NUMBER = re.compile(r"\d{4}[-/]\d{4,}|\d{6,}|^\s*(?i:dnr|diarienr|diarienummer|ärendenr)\b")


def _over_fields(blocks: list, k: int) -> bool:
    """Whether the block after title k is a card's field (a rule drawn between them is no
    block: the structure leaves it out)."""
    return k + 1 < len(blocks) and bool(_card_fields().match(blocks[k + 1].text))


@cache
def _card_fields() -> re.Pattern:
    """A card's field label: "Målgrupp: ...", or alone on its line after an icon that a
    designed page's symbol font left ("\uf0b7 Målgrupp")."""
    c = cues()["projects"]
    names = "|".join(c["card_fields"] + c["owner_fields"])
    # (or as a list's items: "▪ Huvudman: Bollnäs kommun")
    return re.compile(rf"(?m)^[ \t]*(?:[^\w\s]{{1,2}}[ \t]+)?(?:(?:{names})[ \t]*:"
                      rf"|[^\w\s]{{1,2}}[ \t]*(?:{names})[ \t]*$)", re.I)


FLAT_CARD_REACH = 120  # characters a flattened card's title stands before its owner field


@cache
def _owner_field() -> re.Pattern:
    return re.compile("|".join(f.capitalize() for f in cues()["projects"]["owner_fields"]) + ":")


@cache
def _flat_card() -> re.Pattern:
    """A card flattened onto one line, its title run into its owner field: after a sentence,
    a number or a line start, a few words (the first capitalised) before "Insatsägare:"."""
    fields = "|".join(f.capitalize() for f in cues()["projects"]["owner_fields"])
    return re.compile(r"(?:(?<=[.!?] )|(?<=\d )|(?<=^))(?P<name>[A-ZÅÄÖ][\wåäöéÅÄÖ-]*"
                      r"(?: [A-Za-zåäöéÅÄÖ][\wåäöéÅÄÖ-]*){0,3}?)"
                      rf"(?: \([A-ZÅÄÖ][\wåäöÅÄÖ]{{1,7}}\))? (?:{fields}):", re.M)


# "Hälsoslussen Hälsoslussen har sedan 2007": a heading glued to its body, which repeats it
_DOUBLED = re.compile(r"(?<![\wåäö])(?P<name>[A-ZÅÄÖ][\wåäöé-]+(?: [A-ZÅÄÖ][\wåäöé-]+){0,3}) "
                      r"(?P=name) (?:är|har|var|vänder|riktar|startade|drivs|erbjuder)\b")


def _described(ctx: Context, found: list) -> None:
    """Names of efforts from the sentences that describe them, and headings glued to a body
    that repeats them."""
    text = ctx.document.text
    cfg = _cfg()
    blocks = ctx.structure.blocks
    starts = [b.start for b in blocks]
    for m in cfg["described"].finditer(text):
        name = m.group("name")
        words = name.split()
        half = len(words) // 2
        if len(words) % 2 == 0 and words[:half] == words[half:]:
            continue  # "Ungdomsporten Ungdomsporten är": the doubled form below reads it
        start = m.start("name")
        if len(words) > 1 and cfg["section_headings"].match(words[0]):
            # "Sammanfattning SamCoach är ett projekt": a heading glued to its first sentence
            start += len(words[0]) + 1
            words = words[1:]
            name = " ".join(words)
        first = words[0].lower()
        if first in cfg["not"] or first in cfg["anaphors"] or first in cfg["stop"] \
                or first in cfg["not_described"] \
                or _is_person_or_place(name) or _names_heading_above(blocks, starts, start, name):
            continue
        found.append((start, m.end("name"), ""))
    for m in _DOUBLED.finditer(text):
        if not _is_person_or_place(m.group("name")):
            found.append((m.start("name"), m.end("name"), ""))
    for m in _subtitled().finditer(text):
        name = m.group("name")
        if not _clause(name) and not _is_person_or_place(name) \
                and name.split()[0].lower() not in cfg["not_described"] \
                and not cfg["section_headings"].search(name):
            found.append((m.start("name"), m.end("name"), ""))


@cache
def _subtitled() -> re.Pattern:
    """A title over, or before, a dash and what kind of effort it names: "Steget ut" / "– en
    samverkansinsats för personer med ...", "Lotsen – ett projekt för unga"."""
    kinds = "|".join(cues()["projects"]["effort_kinds"])
    return re.compile(r"(?m)^[ \t]*(?P<name>[A-ZÅÄÖ][\wåäöéÅÄÖ-]*(?: [\wåäöéÅÄÖ-]+){0,5}?)"
                      r"(?:[ \t]*\n[ \t]*|[ \t]+)[–—-][ \t]*(?:en|ett)[ \t]+"
                      rf"(?:[\wåäö-]+[ \t]+){{0,2}}?[\wåäö-]*(?:{kinds})(?:en|et|er|erna)?(?![\wåäö])")



def _names_heading_above(blocks: list, starts: list[int], pos: int, name: str) -> bool:
    """"Navigatorcentrum vänder sig till ..." under "Navigatorcentrum Skellefteå",
    "Resursteamet är ..." under "Resursteam Norsjö (RTN)": the body's short form of the
    heading, which names the effort already."""
    if " " in name:
        return False
    k = bisect_right(starts, pos) - 1
    if k < 1 or not blocks[k - 1].is_heading:
        return False
    head = blocks[k - 1].flat.split()
    return len(head) > 1 and name.startswith(head[0]) and len(name) - len(head[0]) <= 3


def _headings_over_bodies(ctx: Context, found: list) -> None:
    """A short heading whose body opens with its own name or with "Insatsen"/"Projektet",
    anywhere in the document: "Vägen Vidare (Lycksele och Vilhelmina)" over "Insatsen har
    under perioden haft 34 deltagare". Places in brackets after the name are not part of it."""
    blocks = ctx.structure.blocks
    cfg = _cfg()
    for b, body in zip(blocks, blocks[1:], strict=False):
        # a title, or a lettered or numbered item standing alone over its description
        titled = b.kind == "heading" or (b.kind == "item" and not b.text.rstrip().endswith("."))
        if not titled or body.kind != "para" or len(b.text.split()) > 8:
            continue
        # a section number (or a page number a converter glued on) is not the name's
        number = _HEADING_NUMBER.match(b.flat)
        skip = number.end() if number else 0
        name = re.sub(r"\s*\([^)]*\)\s*$", "", b.flat[skip:]).strip()
        acr = re.search(r"\(([A-ZÅÄÖ]{2,8})\)$", b.flat.strip())
        opening = body.text.split(maxsplit=1)
        if not name or not opening or len(name.split()) > 5 or name.isupper() \
                or cfg["section_headings"].search(name) or ctx.opens_section(b) \
                or _TRAILING_YEAR.search(name) or _is_person_or_place(name):
            continue
        repeated = body.text.startswith(name + " ")  # "Kompassen" / "Kompassen har ..."
        first = opening[0].lower().strip(",.")
        # "Arbetsförmågeteamet i Timrå" / "Arbetsförmågeteamet är förbundets nya insats"
        short_form = len(name.split()) > 1 and opening[0] == name.split()[0] \
            and len(opening[0]) >= 6 and cfg["effort_words"].search(_first_sentence(body.text))
        if not (repeated or short_form or first in cfg["anaphors"]):
            continue
        if b.kind == "item" and not (repeated and _names_a_thing().match(body.text, len(name) + 1)):
            continue  # an item over its remark ("9. Planeringsdagar" / "... har genomförts")
        if _common_noun(name) and not cfg["effort_words"].search(_first_sentence(body.text)) \
                and not (repeated and _names_a_thing().match(body.text, len(name) + 1)):
            continue  # "Kartläggningen" / "Kartläggningen visar att ..." (not "... är en ...")
        if not repeated and _section_title(name):
            continue  # "Indikatorer" / "Projektet redovisar ...": the paper's own section
        if name not in b.text:
            continue  # (a title wrapped over lines: its evidence would not quote the name)
        start = b.start + b.text.index(name)
        found.append((start, start + len(name), acr.group(1) if acr else ""))


_HEADING_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?[ \t]+(?=\S)")


def _opening(text: str) -> str:
    """A body's first two words: what it is about ("Insatsen har", "Teamet består")."""
    return " ".join(text.split()[:2])


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]


def _name_like(title: str) -> bool:
    """A title that reads as a name: a word outside the language's vocabulary, a capital
    after the first word, or an acronym ("Lyktan Åby", "IPS Syd", "Jobbtorget"); not only
    words of the language ("Metod och arbetssätt", "Risker")."""
    words = re.findall(r"[\wåäöÅÄÖé-]+", title)
    return any(w.lower() not in known_words() for w in words) \
        or any(w[:1].isupper() for w in words[1:])


def _common_noun(name: str) -> bool:
    """"Kartläggningen", "Kompetensutveckling": one word of the language, not a name."""
    return len(name.split()) == 1 and name.lower() in known_words()


def _section_title(name: str) -> bool:
    """Words of the language in the plural or joined by "och" ("Indikatorer", "Förändringar
    och risker"): a section of a paper; an effort named by words is one thing ("Bryggan")."""
    words = name.lower().split()
    return all(w in known_words() or w in ("och", "samt") for w in words) \
        and ("och" in words or any(w.endswith(("er", "ar", "or")) for w in words))


def _is_person_or_place(name: str) -> bool:
    words = name.split()
    if name.lower() in place_names() or words[0].lower() in place_names() and len(words) == 1 \
            or words[-1].lower() == "län":  # "Stockholms län"
        return True
    return len(words) == 2 and is_first_name(words[0]) and words[1][:1].isupper()


def _plan_item(name: str) -> bool:
    """What a plan says to do ("Genomföra två utbildningsdagar om ...", "Utbilda parternas
    handläggare"): an infinitive and its object, an activity rather than an effort's name."""
    words = name.split()
    first = words[0].lower()
    # (not a noun as well: "Hälsa i arbete", whose "hälsa" has a definite form "hälsan")
    return len(words) >= 3 and is_infinitive(first) and words[1][:1].islower() \
        and lemma_table().get(first + "n") != first


def _person_like(name: str) -> bool:
    """A person's name: two or three capitalised words, the first a first name of the
    lexicon (or its first half: "Bengt-Göran"), as a signing service's page lists them; or
    two such names side by side ("Kjell A. Persson  Marie Sjögren"), and the titles under
    them ("Ordförande  Vice ordförande")."""
    if _SIGNATURE_TITLES.fullmatch(name):
        return True
    words = name.split(",")[0].split()
    capitalised = words[:next((k for k, w in enumerate(words) if not w[:1].isupper()),
                              len(words))]
    if 2 <= len(capitalised) < len(words) and len(capitalised) <= 3:
        words = capitalised  # "Jan-Erik Sjöö utredare", "Elin Hedin fil.mag., ...": a signature
    if not words or not all(w[:1].isupper() for w in words):
        return False
    first = [is_first_name(w) for w in words]
    return (2 <= len(words) <= 3 and first[0]) or (sum(first) >= 2 and len(words) <= 6)


_SIGNATURE_TITLES = re.compile(r"(?:(?:vice\s+)?(?:ordförande|sekreterare|justerare|ledamot)\s*){2,}",
                               re.I)


def _read_in_full(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Each name read short at one place ("startar Språk" of "startar Språk och arbete") as
    long as the name that the same words open at another place."""
    by_first: dict[str, set[str]] = {}  # (by first word: a long list of names stays linear)
    for s, e, _ in found:
        name = text[s:e]
        by_first.setdefault(name.split(" ", 1)[0], set()).add(name)
    out = []
    for s, e, acr in found:
        short = text[s:e]
        longer = [n for n in by_first.get(short.split(" ", 1)[0], ())
                  if len(n) > len(short) and n.startswith(short + " ") and text.startswith(n, s)]
        out.append((s, s + max(map(len, longer)), acr) if longer else (s, e, acr))
    return out


# a name that ends on a noun's genitive ("Nationella rådets" of "... rådets konferens"): the
# start of a phrase about something else
_GENITIVE_END = re.compile(r"\s[a-zåäö]+(?:ets|ens|arnas|ernas|ornas)$")
_ACRONYM_AFTER = re.compile(r"(.*\S)\s*\(([A-ZÅÄÖ]{2,8})\)")
@cache
def _contact_or_placeholder() -> re.Pattern:
    """A phone number, an e-mail address or a web page's placeholder ("[logotyp]"): no name."""
    words = "|".join(cues()["projects"]["contact_words"])
    return re.compile(rf"@|\[[^\]]*\]|\b(?:{words})\b\.?\s*[\d+]", re.I)


ORG_BEFORE_REACH = 30  # characters before a name that may say it is an organisation's


def _emit(ctx: Context, found: list[tuple[int, int, str]], named_as_project: set[int],
          words: dict[int, tuple[str, str]] | None = None) -> None:
    """One record per project; `words` gives the name of a table cell whose evidence holds
    other columns too (a cell wrapped over lines)."""
    text = ctx.document.text
    cfg = _cfg()
    by_key: dict[str, Project] = {}
    found = _read_in_full(text, found)
    acronyms = {acr: (s, e) for s, e, acr in found if acr}
    named = [(re.sub(r"\s+", " ", text[s:e]).strip(), acr) for s, e, acr in found if acr]
    named_names = {n for n, _ in named}
    expanded = {a for n, a in named if n != a}  # acronyms found with their names too
    # (the spans taken so far: disjoint, so kept sorted, their ends sorted too)
    accepted: list[tuple[int, int]] = []
    for s, e, acr in sorted(found, key=lambda f: (f[0], -f[1])):
        span = ctx.span(s, e)
        if span:
            taken = (span["char_start"], span["char_end"])
            at = bisect_left(accepted, (taken[1],))  # the first taken span starting after it
        if not span or (at and accepted[at - 1][1] > taken[0]):
            continue  # "Unga Vuxna" inside "Unga Vuxna i Arbete (UVA)"
        insort(accepted, taken)
        name = re.sub(r"\s+", " ", span["evidence"]).strip(" .,")
        if words and s in words:
            name = words[s][0]
        name = _bare_name(name)
        if (bracket := _ACRONYM_AFTER.fullmatch(name)) and acr in ("", bracket.group(2)):
            name, acr = bracket.group(1), bracket.group(2)  # "Arbetsträning i samverkan (ATS)"
        halves = name.split()
        if len(halves) % 2 == 0 and halves[: len(halves) // 2] == halves[len(halves) // 2:]:
            name = " ".join(halves[: len(halves) // 2])  # "Nya Steg\nNya Steg är": a heading
        if acr and name == acr and acr in expanded:
            continue  # a bare "KUR" when "Name (KUR)" is also there
        if not acr and name in named_names:
            accepted.remove(taken)  # (the name with its acronym, read at the same place, is it)
            continue  # a heading "Name" over "Name (ACR) är ...": one project
        if name.lower() in cfg["not"] or name.lower().endswith(cfg["not_endings"]) \
                or name.lower() in cfg["methods"] \
                or len(name) < 3 or acr in cfg["org_acronyms"] \
                or (" " not in name and _DOCUMENT_WORD.search(name)) \
                or name.split()[0] in cfg["org_acronyms"] \
                or ((_person_like(name) or _plan_item(name)) and s not in named_as_project) \
                or (cfg["org_words"].search(name) and s not in named_as_project) \
                or re.search(r"\d{4}-\d{2}-\d{2}", name) or _AGE.search(name) \
                or cfg["org_before"].search(text, max(0, s - ORG_BEFORE_REACH), s) \
                or _contact_or_placeholder().search(name) or cfg["read_more"].match(name) \
                or ((any(cfg["no_effort"].search(w) for w in name.split())
                     or _GENITIVE_END.search(name)) and not acr and s not in named_as_project) \
                or set(re.findall(r"[\wåäö-]+", name.lower())) <= cfg["overhead"]:
            continue  # organisations, dates, people ("Sara, 26 år"), events, networks,
            # contacts, links ("Läs mer om X »") and overheads are none
        if not acr and name.isupper() and name in acronyms:
            acr = name
        key = name.lower() if name in acronyms else _key(acr or name)
        if key in by_key:
            continue
        para = _paragraph(text, s)
        proj = Project(**span, name=name, acronym=acr)
        f = cfg["financier"].search(para)
        if f:
            proj.financier = next(g for g in f.groups() if g)
        period = find_period(para)
        if period:
            proj.period_start, proj.period_end = period
        proj.owner = project_owner(_own_paragraph(text, s))
        r = cfg["role"].search(para)
        if r:
            proj.role = r.group("role").lower()
        by_key[key] = proj
    ctx.extraction.projects.extend(by_key.values())


def project_owner(text: str) -> str:
    """The organisation a text names as the project's owner ("Projektägare är Nykvarns
    kommun", "Region Stockholm äger projektet"); the first statement wins; '' when the text
    names none (an owner is never guessed from who runs or funds the effort)."""
    found = [m for p in _cfg()["owner"] for m in [p.search(text)] if m]
    if not found:
        return ""
    first = min(found, key=lambda m: m.start("owner"))
    return " ".join(first.group("owner").split())


def _key(name: str) -> str:
    """Dedupe key: case-folded, roman numerals as digits ("Orvar I" = "Orvar 1")."""
    roman = _cfg()["roman"]
    words = name.lower().split()
    return " ".join(roman.get(w, w) if k else w for k, w in enumerate(words))


def _own_paragraph(text: str, pos: int) -> str:
    """The paragraph at pos, and the next one only when this one is a heading line alone: an
    owner is stated about the project it names, not about the next section's."""
    a = text.rfind("\n\n", 0, pos)
    start = a + 2 if a >= 0 else 0
    b = text.find("\n\n", pos)
    end = b if b >= 0 else len(text)
    if "\n" not in text[start:end].strip() and end - start < 100 and b >= 0:
        after = text.find("\n\n", b + 2)
        end = after if after >= 0 else len(text)
    return text[start:end][:1500]


def _paragraph(text: str, pos: int) -> str:
    """The text around pos up to blank lines (and the next paragraph, where a heading's body
    sits)."""
    a = text.rfind("\n\n", 0, pos)
    b = text.find("\n\n", pos)
    b2 = text.find("\n\n", b + 2) if b >= 0 else -1
    return text[a + 2 if a >= 0 else 0: b2 if b2 >= 0 else len(text)][:1500]
