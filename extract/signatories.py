"""Signatories: the signature block (name, title and organisation lines in either order),
"Ansvarig tjänsteman NN", "För X: NN". People named in passing are not signatories."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache

from ..records import Signatory
from ..resources import load_toml
from ..vocabulary import is_first_name, known_words, months, unaccented
from .context import Context, alternation, place_names

CARD_FIELD_REPEATS = 3  # a contact field this often in one document belongs to its cards

# a name's parts: a capitalised word, perhaps double ("Lars-Åke"), or for the first name
# initials ("K-G", "E.", "M.")
# (names in the Latin letters of Europe: "Amira Hadžić", "Ángel Ruiz", "Ioana Ștefănescu")
_LOWER = "a-zåäöéèêëüíìáàâóòôúùñçøæßšžčćđřěůýłńśźżőșțăðþąęõ"
_UPPER = "A-ZÅÄÖÉÈÜØÆŠŽČĆĐŘŁŚŹŻÁÍÓÚÑÇŐȘȚĂÐÞĄĘÕ"
_PART = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_INITIALS = rf"[{_UPPER}](?:\.|-[{_UPPER}]\.?)(?:\s?[{_UPPER}]\.)?"
_NAME = re.compile(rf"^(?P<name>(?P<first>{_PART}|{_INITIALS})"
                   rf"(?:\s+\([{_UPPER}][\w.-]{{0,10}}\))?"  # a nickname: "Karl-Göran (K-G) Nyström"
                   # (one space between a name's parts: a run of them is a column's gap,
                   # "Tomas Hedlund          Vice ordförande")
                   rf"(?:\s[{_UPPER}]\.?)?(?:\s(?:af|von|de|van|da))?"
                   rf"(?:\s{_PART}){{1,2}})\s*(?P<party>\([A-ZÅÄÖa-zåäö]{{1,3}}\))?\s*,?\s*"
                   r"(?P<rest>.*)$")
_CONTACT = re.compile(r"@|(?:\+46|\b0)\d{1,3}[\s/-]*\d{2,3}[\s-]?\d{2}")
_TITLE_COLUMN = re.compile(r"(?P<title>\S[^\t\n]{0,40}?)(?:[ ]{2,}|\t+)(?P<rest>\S.*)")
# "Ansvarig för verksamhetsplanen är förbundschef Sara Holm"
_RESPONSIBLE = re.compile(r"\b[Aa]nsvarig\b[^.\n]{0,60}?\s(?:är|blir|har varit)\s+"
                          r"(?:(?P<title>[a-zåäö]+)\s+)?(?P<name>[A-ZÅÄÖ][a-zåäöé]+"
                          r"(?:\s+[A-ZÅÄÖ]\.?)?\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)")
# "Ansvarig tjänsteman Per Liljebäck" anywhere; "Ordförande: Eva Ek" at a line's start or
# after a title's owner ("Kommunstyrelsens ordförande Christer Johansson", a signature block
# run into one line), not after a verb ("besökte ordförande Lena Ström förbundet": a visitor)
# (and a tjänsteskrivelse's "Handläggare: Barbro Hansson", as a field with its colon only)
# (and who answers for what a förbund publishes: "Ansvarig utgivare: Karin Ek, förbundschef")
_INLINE = re.compile(r"(?:\b(?P<title>[Aa]nsvarig tjänsteman|[Aa]nsvarig utgivare|[Kk]ontaktperson|"
                     r"[Pp]rojektägare|"
                     r"[Hh]andläggare(?=:)|"
                     r"(?<=[Ff]öredragande )(?:landstingsråd|regionråd|kommunalråd))|"
                     r"(?:^[ \t]*|(?P<before>[\wåäöÅÄÖ]+)[ \t]+)"
                     r"(?P<role>[Oo]rdförande|[Ss]ekreterare|[Ff]örbundschef))\s*:?\s+"
                     r"(?P<name>[A-ZÅÄÖ][a-zåäöé]+(?:\s+[A-ZÅÄÖ]\.?)?\s+[A-ZÅÄÖ][a-zåäöé]+"
                     r"(?:-[A-ZÅÄÖ][a-zåäöé]+)?)", re.M)


@cache
def _own_role() -> re.Pattern:
    roles = "|".join(load_toml("extract", "signatures.toml")["own_roles"])
    return re.compile(rf",?\s*(?:{roles})\b", re.I)


@cache
def _honorific() -> re.Pattern:
    words = load_toml("extract", "signatures.toml")["honorifics"]
    return re.compile(r"^(?:" + "|".join(words) + r")\s+(?=[A-ZÅÄÖÉ])")


@cache
def _titles() -> re.Pattern:
    words = load_toml("extract", "signatures.toml")["title_words"]
    return re.compile(r"(?:" + "|".join(words) + r")", re.I)


_LOWER_L_FIRST = re.compile(r"l(?=[a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\s+[A-ZÅÄÖ])")


def _ocr_capital_i(line: str) -> str:
    """A first name whose capital I a scan read as a small l ("lnga-Lill Ask"), put right
    where the name with I is one of the lexicon's."""
    m = _LOWER_L_FIRST.match(line)
    if m is None:
        return line
    first = re.match(r"[\wåäöÅÄÖ-]+", line).group(0)
    return "I" + line[1:] if is_first_name("I" + first[1:]) else line


def _person(line: str, known_first: bool = True) -> tuple[str, str] | None:
    """(name, what follows it) when the line opens with a person's name: a first name of the
    lexicon (or, with `known_first` off, any capitalised word) or initials, and one or two
    surnames; a title before the name ("Socialchef Bengt-Göran Lind") goes with the rest; a
    slash before it is a signature's ("/Per J. Wennberg, förbundschef")."""
    line = _honorific().sub("", line.strip().removeprefix("/").lstrip(), count=1)
    line = _ocr_capital_i(line)
    gap = _TITLE_COLUMN.match(line)
    if gap and _titles().search(gap.group("title")) and not _NAME.match(gap.group("title")) \
            and not _attendance().match(re.sub(r"\s*\([^)]*\)", "", gap.group("title"))):
        # "Ordförande      Ann-Charlotte Persson (S)   Hässleholms kommun": a title's column
        # (not an attendance list's label: "Ersättare (ej tjg)     Ann Berg (S)")
        inner = _person(gap.group("rest"), known_first)
        return (inner[0], ", ".join(x for x in (gap.group("title"), inner[1]) if x)) \
            if inner else None
    m = _NAME.match(line)
    if m and _titles().search(m.group("first")) and not is_first_name(m.group("first")):
        inner = _person(line[m.end("first"):], known_first)
        if inner:
            return inner[0], ", ".join(x for x in (m.group("first"), inner[1]) if x)
        return None
    if not m:
        return None
    parts = m.group("name").split()
    if len(parts) > 2 and _titles().search(parts[-1]):
        # "Jonas Öberg Ordförande": the title is no second surname
        return _person(f"{' '.join(parts[:-1])}, {line[m.end('name') - len(parts[-1]):]}",
                       known_first)
    name, first = m.group("name"), m.group("first")
    if known_first and not (is_first_name(first) or re.fullmatch(_INITIALS, first)):
        return None
    rest = m.group("rest").strip()
    if _titles().search(name) or _is_org(name):
        return None
    after = line[m.end("name"):].lstrip()
    if m.group("party"):
        after = after[len(m.group("party")):].lstrip()
    if rest and not after.startswith(",") and not _titles().search(rest) and not _is_org(rest):
        if known_first and _CELL_GAP.match(line, m.end("name")) and not _CONTACT.search(rest):
            # "Ewa Pålsson                Paragrafer 31–42": another column's words (not a
            # contact list's telephone or e-mail: "Petra Ek       0570-818 40")
            return name, ""
        return None  # "Karin Nyström hälsade välkommen": a sentence about a person
    return name, rest


@cache
def _not_signing() -> re.Pattern:
    words = load_toml("extract", "signatures.toml")["not_signing_leads"]
    return re.compile(r"^(?:" + "|".join(words) + r")", re.I)


@cache
def _attendance() -> re.Pattern:
    """An attendance list's label, alone, before a colon or a gap, or before the first name
    on its line ("Beslutande Lars-Göran Ek (S), ordförande"); read on a line without its
    diacritics too, as a scan that lost them gives it ("Narvarande:")."""
    words = load_toml("extract", "signatures.toml")["attendance_leads"]
    words = sorted({*words, *map(unaccented, words)}, key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(words) + r")(?:\s*(?::|\s{3,}|$)|"
                      rf"\s+(?={_PART}\s+{_PART}))", re.I)


def _attending(line: str) -> bool:
    return bool(_attendance().search(line) or _attendance().search(unaccented(line)))


@cache
def _org_words() -> re.Pattern:
    words = load_toml("extract", "signatures.toml")["organisation_words"]
    return re.compile(r"(?:" + "|".join(words) + r")", re.I)


def _is_org(text: str) -> bool:
    return bool(_org_words().search(text))


def extract_signatories(ctx: Context, doc) -> None:
    text = ctx.document.text
    seen: set[str] = set()
    present = _attendance_spans(text)
    _signature_cells(ctx, seen)  # before the lines: a table row holds several signatures
    listed_from = len(ctx.extraction.signatories)
    _org_column_members(ctx, text, seen)  # (and a list whose organisations stand apart)
    _closing_members(ctx, text, seen)
    plans = _plan_tables(ctx)
    for group in _line_groups(text):
        # a name met in an attendance list must not keep its signature below from counting
        if not any(a <= group[0][0] < b for a, b in present):
            # (a plan's table set a cell per line holds its rows' responsible persons, who
            # sign nothing)
            group = [ln for ln in group if not any(a <= ln[0] < b for a, b in plans)]
            if group:
                _from_group(ctx, group, seen)
    _member_lists(ctx, text, seen)
    # (a paper nobody adopts, a web page or a contact list, lists a board or a group as
    # who they are, not as who signs)
    adopted = ctx.document.doc_type != "other"
    if adopted:
        _member_tables(ctx, seen)
    _members_in_sentences(ctx, text, seen)
    _only_who_signed(ctx, text, listed_from, len(ctx.extraction.signatories), seen)
    _signed_in_sentences(ctx, text, seen)
    _flattened_blocks(ctx, text, seen)
    _signature_fields(ctx, text, seen)
    _slashed(ctx, text, seen)
    for m in _FOR_ORG.finditer(text):  # "För Arbetsförmedlingen: Ingrid Wästberg"
        if m.group("for") or _is_org(m.group("org")):  # ("Huddinge kommun: Pia Dahl, socialchef")
            _inline(ctx, m, seen, (m.group("title") or "").strip(), m.group("org").strip())
    inline = list(_INLINE.finditer(text))
    # a field repeated on every card of a catalogue ("Kontaktperson: ..." under each insats)
    # names each card's contact, not the document's responsible person
    fields = Counter((m.group("title") or "").lower() for m in inline if m.group("title"))
    for m in inline:  # "Ansvarig tjänsteman Per Liljebäck"
        before = m.group("before")
        if before and before[:1].islower() and not before.endswith("s") and before != "vice":
            continue
        if not before and m.group("role") and m.group("role")[0].islower():
            continue  # "... och vice" / "ordförande Britt Åhlén": a sentence wrapped there
        if m.group("title") and fields[m.group("title").lower()] >= CARD_FIELD_REPEATS \
                and not _own_role().match(text, m.end()):
            continue  # (the förbund's own head, named on its card, is the document's)
        title = m.group("title") or m.group("role")
        _inline(ctx, m, seen, title[0].upper() + title[1:], ctx.document.organisation)
    for m in _RESPONSIBLE.finditer(text):  # "Ansvarig för planen är förbundschef Sara Holm"
        title = m.group("title") if m.group("title") and _titles().search(m.group("title")) \
            else "Ansvarig"
        _inline(ctx, m, seen, title[0].upper() + title[1:], ctx.document.organisation)
    if not adopted:
        present += _rosters(text)
    if present:
        ctx.extraction.signatories = [
            s for s in ctx.extraction.signatories
            if not any(a <= s.char_start < b for a, b in present)]
    quotes = not adopted and _quotes_people(text)
    # (a programme's speakers, each under the time of the session: "09.15  Att leva med …" /
    # "Henrik Sundqvist, brukarföreläsare", sign nothing)
    # (nor does the speaker of a quote: "Ylva Ek, arbetsterapeut 2007–2011" over "– Vi hade
    # en deltagare som ...", or under "”Vi visste att folk föll mellan stolarna.”")
    ctx.extraction.signatories = [s for s in ctx.extraction.signatories
                                  if not _under_clock_time(text, s.char_start)
                                  and not _speaker(text, s.char_start)
                                  and (adopted or not _in_the_news(text, s, quotes))]


def _in_the_news(text: str, s: Signatory, quotes: bool) -> bool:
    """Whether a paper nobody adopts names the person as news does: quoted ("..., säger Åsa
    Lind"), or in the headline of a text that quotes people ("Agneta Lund, Nynäshamn, ny
    ordförande"; `quotes`: whether it quotes people at all); a name alone among the first lines
    is an author's, on a title page."""
    return _quoted(text, s.name) or (quotes and _headline(text, s.char_start)
                                      and s.evidence.strip() != s.name)


@cache
def _speech_verbs() -> str:
    return alternation(load_toml("extract", "signatures.toml")["speech_verbs"])


def _quoted(text: str, name: str) -> bool:
    """Whether a paper nobody adopts quotes the person ("..., säger Åsa Lind", "Tina Ek,
    samordnare, beskriver ..."): someone a news item speaks with, not who signs it."""
    who = re.escape(name)
    return bool(re.search(rf"(?<![\wåäö])(?:{_speech_verbs()})\s+(?:[\wåäö]+\s+){{0,2}}{who}"
                          rf"|{who}(?:,[^.\n,]{{1,60}}?,?)?\s+(?:{_speech_verbs()})(?![\wåäö])",
                          text))


def _quotes_people(text: str) -> bool:
    """Whether the text quotes people as a news item does ("..., säger hon", a reply set off
    by a dash: "– Vi var ett litet förbund ...")."""
    subjects = alternation(load_toml("extract", "signatures.toml")["speech_subjects"])
    return bool(re.search(rf"(?<![\wåäö])(?:{_speech_verbs()})\s+(?:{subjects}|[A-ZÅÄÖ])"
                          r"|^[ \t]*[–—][ \t]+[A-ZÅÄÖ]", text, re.M))


BODY_WORDS = 15  # words of a line of running text
HEADLINE_LINES = 4  # lines with text at most above a headline's name


def _headline(text: str, pos: int) -> bool:
    """Whether `pos` stands among the first few lines, above the first line of running
    text: a news item's headline or its picture's caption."""
    above = [line for line in text[:pos].split("\n") if line.strip()]
    return len(above) <= HEADLINE_LINES and not any(len(line.split()) >= BODY_WORDS
                                                    for line in above)


# a signature set between slashes, as a typed protocol marks what was signed by hand:
# "/Gunilla Åström, ordförande/", "Anna Viklund, vice ordf./" (the opening slash may be lost,
# or the closing one: "/Eva Ek, ordförande. Per Berg, ...")
_SLASHED = re.compile(r"(?:(?P<open>/)|(?<=[.:] ))[ \t]*(?P<name>[A-ZÅÄÖÉ][\wåäöéü-]+"
                      r"(?:[ \t]+[A-ZÅÄÖÉ][\wåäöéü.-]*){1,3})[ \t]*,[ \t]*(?P<title>[a-zåäö][^/\n,]{1,40}?)"
                      r"[ \t]*(?:/|(?(open)\.(?=\s)|(?!)))")


ROSTER_LINES = 3  # lines at least of a board's roster
ROSTER_TITLE_WORDS = 3  # words at most of a role in its column ("Vice ordförande")
_ROSTER_LINE = re.compile(r"[ \t]*(?P<title>[^\t\n]{2,40}?)(?:[ ]{2,}|\t+)(?P<rest>[^\n]+)")


def _rosters(text: str) -> list[tuple[int, int]]:
    """Runs of lines that each set a role before a name in a column of its own
    ("Ordförande       Kerstin Åhs-Nordin (C), Hedemora kommun" / "Ledamot    Annika ...")."""
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    pos = 0
    for line in [*text.split("\n"), ""]:
        m = _ROSTER_LINE.fullmatch(line)
        title = m.group("title").split() if m else []
        if m and len(title) <= ROSTER_TITLE_WORDS and _titles().search(m.group("title")) \
                and _person(m.group("rest")):
            run.append((pos, pos + len(line)))
        else:
            if len(run) >= ROSTER_LINES:
                out.append((run[0][0], run[-1][1]))
            run = []
        pos += len(line) + 1
    return out


def _plan_tables(ctx: Context) -> list[tuple[int, int]]:
    """The spans of tables of goals, activities or efforts that name no person column (an
    effort's row "Resursteamet Linköping   Linköpings kommun   142" names its owner, no
    signer)."""
    return [(t.rows[0].start, t.rows[-1].end) for t in ctx.structure.tables
            if t.rows and t.column("activity", "goal", "effort") is not None
            and t.column("person") is None]


def _slashed(ctx: Context, text: str, seen: set[str]) -> None:
    """Signatures between slashes, one after another ("Underskrifter /Eva Ek, ordförande/
    /Per Berg, sekreterare/"): a name and a title the lexicon knows."""
    for m in _SLASHED.finditer(text):
        name, title = m.group("name"), m.group("title").strip()
        if name in seen or not _titles().search(title) or not _person(name):
            continue
        span = ctx.span(m.start("name"), m.end("name"))
        if span:
            seen.add(name)
            ctx.extraction.signatories.append(Signatory(**span, name=name, title=title,
                                                        organisation=ctx.document.organisation))


def _only_who_signed(ctx: Context, text: str, first: int, last: int, seen: set[str]) -> None:
    """A document signed under a place and date ("Arvika den 12 mars 2009" over the names)
    by two or more of the people it lists is signed by them: the others its lists name
    (the board's ersättare in the chapter on the organisation, the members of a group that
    did not sign) did not sign it. (One who signs for the group signs for its members.) Of the
    people read from lists and blocks (`first`..`last`), those of a member list outside every
    signing block are left out, unless they signed too; a block of names elsewhere stays (a
    file may hold another paper it signs), and a name left out may still be read below in a
    role of its own ("Ansvarig tjänsteman: ...")."""
    listed = ctx.extraction.signatories[first:last]
    blocks = []
    for m in _place_date().finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start:m.start()].strip() or m.group(0).split()[0].lower() not in place_names():
            continue  # a date in a sentence, or after a word that is no place ("Styrelsen 2013-10-18")
        under = text[m.end():m.end() + SIGNING_REACH]
        if any(s.name in under for s in listed):
            # (with the group listed right above it, that approved what is signed)
            blocks.append((max(0, m.start() - SIGNED_ABOVE), m.end() + SIGNING_BLOCK))
    # an e-signing service's mark under each name ("Signerat med BankID 2021-03-19 09:14")
    blocks += [(_lines_above(text, m.start(), 2), m.end()) for m in _E_SIGNED.finditer(text)]
    # a closing greeting over the names ("Välkomna!", "Med vänlig hälsning")
    blocks += [(m.start(), m.end() + SIGNING_REACH) for m in _CLOSING.finditer(text)
               if any(s.name in text[m.end():m.end() + SIGNING_REACH] for s in listed)]
    signers = {s.name for s in listed if any(text.find(s.name, a, b) >= 0 for a, b in blocks)}
    if len(signers) < 2:
        return  # one signs for the group ("För LSG Åby" / its ordförande): its members count
    keep = []
    for sig in listed:
        if any(a <= sig.char_start < b for a, b in blocks) \
                or not _member_list_over(text, sig.char_start):
            keep.append(sig)
            continue
        # read first from a list, and signed below: the signature is the evidence
        at = next((p for a, b in blocks if (p := text.find(sig.name, a, b)) >= 0), -1)
        span = ctx.span(at, at + len(sig.name)) if at >= 0 else None
        if span:
            keep.append(replace(sig, **span))
        else:
            seen.discard(sig.name)
    ctx.extraction.signatories[first:last] = keep


@cache
def _member_head() -> re.Pattern:
    cfg = load_toml("extract", "signatures.toml")
    heads = "|".join(cfg["member_list_heads"])
    leads = "|".join(cfg["member_lead_words"])
    # a title ("Ersättare", "2.3 Beredningsgrupp"), or a lead-in that names the group
    # ("Beredningsgruppen 2012:", "Under året har gruppen bestått av:")
    # ("Ledamöter        Ersättare": two lists side by side under their titles)
    return re.compile(rf"(?im)^[ \t]*(?:[\d.]+[ \t]+)?(?:{heads})\b(?:[^\n.]{{0,30}}"
                      rf"|[ \t]{{2,}}(?:{heads})\b[^\n.]{{0,10}})$"
                      rf"|^[^\n]{{0,80}}\b(?:{heads}|{leads})\b[^\n]{{0,40}}:[ \t]*$")


MEMBER_HEAD_REACH = 12  # lines a member list's title stands above the names under it


def _member_list_over(text: str, pos: int) -> bool:
    """Whether the name at `pos` stands in a list of a board's or group's members: a title
    such as "Ersättare" or "Beredningsgrupp" within a few lines above it."""
    return bool(_member_head().search(text, _lines_above(text, pos, MEMBER_HEAD_REACH), pos))


def _under_clock_time(text: str, pos: int) -> bool:
    """Whether the line at `pos`, or one of the two above it, opens with a time of day: a
    programme's session ("10.30  IPS – vad säger forskningen" / its speaker)."""
    return any(_CLOCK_LINE.match(text, _lines_above(text, pos, n)) for n in range(3))


# a line that opens a quoted reply with a dash ("– Det svåraste var ..."), and the end of a
# quotation
_REPLY_LINE = re.compile(r"[ \t]*[–—][ \t]+[A-ZÅÄÖ\"”»][^\n]{30,}")
_QUOTE_END = re.compile(r"[”\"»][ \t]*$")
_QUOTE_START = re.compile(r"[”\"“«]")


def _speaker(text: str, pos: int) -> bool:
    """Whether the line at `pos` names who says the quotation on the line right above it
    (a line that opens and ends with a quotation mark) or the reply right under it."""
    end = text.find("\n", pos)
    if end >= 0 and _REPLY_LINE.match(text, end + 1):
        return True
    line_start = text.rfind("\n", 0, pos) + 1
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)].strip()
    return bool(_QUOTE_START.match(above)) and bool(_QUOTE_END.search(above))


def _lines_above(text: str, pos: int, n: int) -> int:
    """Where the `n`th non-blank line above the line at `pos` starts."""
    start, lines = text.rfind("\n", 0, pos) + 1, 0
    while start > 0 and lines < n:
        prev = text.rfind("\n", 0, start - 1) + 1
        lines += bool(text[prev:start].strip())
        start = prev
    return start


_E_SIGNED = re.compile(r"(?im)^[ \t]*(?=[^\n]*(?:bankid|e-legitimation|digital|elektronisk))"
                       r"(?:(?:e-|digitalt\s+|elektroniskt\s+)?signera[dt]?|undertecknat|signed)\b"
                       r"[^\n]*$")
# a line that opens with a time of day, or a span of it ("09.15", "kl 13.00–14.30")
_CLOCK_LINE = re.compile(r"[ \t]*(?:ca\.?[ \t]+|kl\.?[ \t]+)?\d{1,2}[.:]\d{2}"
                         r"(?:[ \t]*[-–][ \t]*\d{1,2}[.:]\d{2})?[ \t]")
SIGNING_REACH = 300  # characters from the place and date to the first name signed under it
SIGNED_ABOVE = 600  # characters above the place and date that still belong to what is signed
SIGNING_BLOCK = 1500  # characters a block of signatures fills after its place and date


@cache
def _signature_field_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    cfg = load_toml("extract", "signatures.toml")

    def field(names: list[str]) -> str:
        return rf"^[ \t]*(?:{'|'.join(names)})[ \t]*:[ \t]*"

    name = re.compile(rf"{field(cfg['signature_name_fields'])}|(?P<plain>{field(cfg['plain_name_fields'])})",
                      re.I | re.M)
    return (name, re.compile(field(cfg["signer_title_fields"]), re.I),
            re.compile(field(cfg["signer_org_fields"]), re.I))


SIGNATURE_FIELD_LINES = 3  # lines a signer's title and organisation fields stand under the name


def _signature_fields(ctx: Context, text: str, seen: set[str]) -> None:
    """A form's signatures: the printed name under the line signed ("Namnförtydligande:
    Karin Vaara", or "Namn: ..." right under a dotted line or "Underskrift"), with the
    "Befattning:" and "Organisation:" fields under it. An empty field names no one."""
    name_field, title_field, org_field = _signature_field_patterns()
    for m in name_field.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if m.group("plain") and not _signed_line().search(text, max(0, m.start() - 160), m.start()):
            continue  # "Namn:" names a signer only under the line signed
        person = _person(text[m.end():line_end], known_first=False)
        if person is None or person[0] in seen:
            continue
        name, rest = person
        title, organisation = _split_title_org([rest]) if rest else ("", "")
        for line in text[line_end + 1:].split("\n")[:SIGNATURE_FIELD_LINES]:
            if (t := title_field.match(line)) and not title:
                value = line[t.end():].strip()
                if _is_org(value) and not _titles().search(value):
                    organisation = organisation or value  # "Titel: Försäkringskassan Gotland"
                    continue
                said, org = _split_title_org([value])
                title, organisation = said or value, organisation or org
            elif (o := org_field.match(line)) and not organisation:
                organisation = line[o.end():].strip()
            elif not line.strip() or name_field.match(line):
                break
        at = text.find(name, m.end(), line_end)
        span = ctx.span(at, at + len(name)) if at >= 0 else None  # (a name _person respaced)
        if span:
            seen.add(name)
            ctx.extraction.signatories.append(Signatory(**span, name=name, title=title,
                                                        organisation=organisation))


@cache
def _signed_line() -> re.Pattern:
    """A line signed (a row of dots or strokes, or the word "Underskrift"), one line or two
    above."""
    words = "|".join(load_toml("extract", "signatures.toml")["signature_line_words"])
    return re.compile(rf"(?:[._]{{6,}}|\b(?i:{words})\b)[^\n]*\n(?:[^\n]*\n)?[ \t]*$")


def _inline(ctx: Context, m: re.Match, seen: set[str], title: str, organisation: str) -> None:
    name = m.group("name")
    if name in seen or not _person(name) or any(s.startswith(name + " ") for s in seen):
        return  # "Ingela Rask" of "Ordförande Ingela Rask Dahl", whose block named her
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
_FOR_ORG = re.compile(r"^(?P<for>För )?(?P<org>[A-ZÅÄÖ][^:\n]{2,60}):[ \t]*(?P<name>[A-ZÅÄÖÉ][a-zåäöéü]+"
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


# "Katrineholms kommun      Eva Wik-Lundström, enhetschef" / "      Jonas Åhlén, enhetschef":
# a member list with the organisations in a column of their own (an indented line keeps the
# organisation above)
_ORG_COLUMN = re.compile(r"(?P<org>[A-ZÅÄÖ][^\n]{1,40}?)[ \t]{3,}(?P<rest>\S[^\n]*)|"
                         r"[ \t]{8,}(?P<more>\S[^\n]*)")
MEMBER_RUN = 3  # lines at least of such a list


def _org_column_members(ctx: Context, text: str, seen: set[str]) -> None:
    """Three lines or more of members whose organisation stands in a column before the name
    (or, indented, is the line above's): each a signatory with its title and organisation."""
    run: list[tuple[int, int, str, str, str]] = []  # start, end, name, title, organisation
    pos, org = 0, ""
    for line in [*text.split("\n"), ""]:
        m = _ORG_COLUMN.fullmatch(line.rstrip())
        rest = (m.group("rest") or m.group("more")) if m else None
        person = _person(rest) if rest else None
        # (the first line's column an organisation: not "Beslutande", an attendance list's)
        if m and person and ((m.group("org") and _is_org(m.group("org"))) or run) \
                and not _person(m.group("org") or ""):
            org = m.group("org") or org
            at = pos + line.index(person[0], line.index(rest))  # (after "Dr. ")
            run.append((at, pos + len(line.rstrip()), person[0], person[1], org.strip()))
        else:
            if len(run) >= MEMBER_RUN:
                for s, e, name, title, organisation in run:
                    span = ctx.span(s, e)
                    if span and name not in seen:
                        seen.add(name)
                        ctx.extraction.signatories.append(Signatory(
                            **span, name=name, title=title[:1].upper() + title[1:],
                            organisation=organisation))
            run, org = [], ""
        pos += len(line) + 1


# "Lena Håkansson<tab>Arbetsförmedlingen Arvika": a name, a gap, its organisation or title
_NAME_COLUMN = re.compile(r"[ \t]*(?P<name>\S[^\t\n]*?)(?:\t+|[ ]{3,})(?P<org>\S[^\t\n]*?)[ \t]*")


def _closing_members(ctx: Context, text: str, seen: set[str]) -> None:
    """The lines that close a document with its group's members, a name and its organisation
    or title on each, set apart by tabs or a run of spaces (three lines at least, nothing
    after them but blank lines): the group that adopts the paper."""
    run: list[tuple[int, int, str, str]] = []
    pos = len(text.rstrip())
    while pos > 0:  # line by line from the end up
        start = text.rfind("\n", 0, pos - 1) + 1
        line = text[start:pos].rstrip("\n")
        if not line.strip():
            if run:
                break
            pos = start
            continue
        m = _NAME_COLUMN.fullmatch(line)
        person = _person(m.group("name")) if m else None
        if not person or person[1] or _person(m.group("org")) \
                or not (_is_org(m.group("org")) or _titles().search(m.group("org"))):
            break
        run.append((start + m.start("name"), start + m.end("org"), person[0], m.group("org")))
        pos = start
    if len(run) < MEMBER_RUN:
        return
    for s, e, name, org in reversed(run):
        span = ctx.span(s, e)
        if span and name not in seen:
            seen.add(name)
            title, org = _split_title_org([org])  # ("Vice ordförande, Region Västerby")
            ctx.extraction.signatories.append(Signatory(
                **span, name=name, title=title, organisation=org))


def _member_tables(ctx: Context, seen: set[str]) -> None:
    """"Namn | Organisation | Uppdrag": a table of the group's members."""
    for table in ctx.structure.tables:
        col = table.column("person")
        if col is None or table.column("effort") is not None:
            continue  # (the contacts of a table of efforts are no group's members)
        org_col = table.column("organisation", "owner")
        title_col = table.column("title", "activity", "responsible")
        for row in table.rows:
            cell = table.cell(row, col)
            person = (_person(cell[2]) or _person(cell[2], known_first=False)) if cell else None
            if not person or person[0] in seen:
                continue
            org, title = table.cell(row, org_col), table.cell(row, title_col)
            span = ctx.span(row.start, row.end)
            if span:
                seen.add(person[0])
                ctx.extraction.signatories.append(Signatory(
                    **span, name=person[0], title=title[2].strip() if title else person[1],
                    organisation=org[2].strip() if org else ""))


@cache
def _member_in_sentence() -> re.Pattern:
    """"... bestått av ordförande Lena Åström, Skellefteå kommun, vice ordförande Jan-Olof
    Brännström, Region Västerbotten, och ledamoten Anneli Sjölund, Försäkringskassan"."""
    titles = load_toml("extract", "signatures.toml")["member_titles"]
    name = rf"(?:{_PART}|{_INITIALS})(?:\s+[A-ZÅÄÖ]\.)?(?:\s+{_PART}){{1,2}}"
    # (or a slide's list of them: "Ordförande: Eva-Lena Gustafsson (S), Karlstads kommun";
    # not the deputies: "Ersättare: ...")
    listed = "|".join(t[:1].upper() + t[1:] for t in titles if not t.startswith("ersättare"))
    return re.compile(rf"\b(?P<title>(?:{'|'.join(titles)})(?:\s+|:[ \t]*)|(?:{listed}):[ \t]*)"
                      rf"(?P<name>{name})"
                      r"(?:\s*\([A-ZÅÄÖa-zåäö]{1,3}\))?,\s+(?P<org>[A-ZÅÄÖ][^,.;:\n]{2,60}?)"
                      r"(?=,|\s+och\b|\.|;|$)", re.M)


def _members_in_sentences(ctx: Context, text: str, seen: set[str]) -> None:
    """Members named with their titles and organisations, two or more in one sentence."""
    found = list(_member_in_sentence().finditer(text))
    for k, m in enumerate(found):
        near = [o for o in found[max(0, k - 1):k + 2]
                if o is not m and "." not in text[min(o.end(), m.end()):max(o.start(), m.start())]]
        name = m.group("name")
        if not near or name in seen or not (_person(name) or _person(name, known_first=False)):
            continue
        span = ctx.span(m.start(), m.end())
        if span:
            seen.add(name)
            title = m.group("title").strip().rstrip(":").strip()
            ctx.extraction.signatories.append(Signatory(
                **span, name=name, title=title[:1].upper() + title[1:],
                organisation=m.group("org").strip()))


SIGNED_WINDOW = 400  # characters of the sentence after "undertecknades av" that name them
# a sentence's end: not the full stop of an initial ("Per J. Wennberg")
# (a company's "AB." ends it: only a capital alone is an initial)
_SIGNED_END = re.compile(r"(?<![\s.\-][A-ZÅÄÖ])[.!?](?=\s|$)|\n\s*\n")
_OWN_TITLE = re.compile(r"[A-ZÅÄÖ]?[a-zåäö-]+(?=\s+[A-ZÅÄÖ]|\s*$)")  # "Projektledare På …"
_SIGNED_PIECE = re.compile(r"[,:]\s+(?:och\s+)?(?:av\s+)?|(?<!-)\s+och\s+(?:av\s+)?")
_BEFORE_NAME = re.compile(r"^(?:av\s+)?(?P<title>(?:[a-zåäö][\wåäö-]*\s+){0,3}?)(?=[A-ZÅÄÖÉ])")


@cache
def _signed_by() -> re.Pattern:
    return re.compile(load_toml("extract", "signatures.toml")["signed_by"], re.I)


def _signed_in_sentences(ctx: Context, text: str, seen: set[str]) -> None:
    """The people a sentence says signed or wrote the document, each with the title before
    its name ("styrelsens ordförande A") or after it (", förbundschef") and the organisation
    after it (", Melleruds kommun"); "mig" is the writer."""
    for cue in _signed_by().finditer(text):
        stop = _SIGNED_END.search(text, cue.end(), cue.end() + SIGNED_WINDOW)
        end = stop.start() if stop else min(len(text), cue.end() + SIGNED_WINDOW)
        pieces, start = [], cue.end()
        for m in _SIGNED_PIECE.finditer(text, start, end):
            pieces.append((start, m.start()))
            start = m.end()
        pieces.append((start, end))
        words = [text[a:b].strip() for a, b in pieces]
        for k, piece in enumerate(words):
            lead = _BEFORE_NAME.match(piece)
            person = _person(piece[lead.end():]) if lead else None
            # (a title right after the name goes with it: "Petra Öberg Projektledare På …")
            own = _OWN_TITLE.match(person[1]) if person and person[1] else None
            if own and not _titles().search(own.group(0)):
                own = None
            if not person or " ".join(person[0].split()) in seen or person[1] and not own:
                continue
            # (a name wrapped over two lines is one name: "Sofia" / "Lindqvist Aho")
            name, title = " ".join(person[0].split()), lead.group("title").strip()
            title = title or (own.group(0) if own else "")
            after = [w for w in words[k + 1:k + 3] if w and not _person(w)]
            if not title and after and after[0][:1].islower() and _titles().search(after[0]):
                title = after.pop(0)
            org = after[0] if after and after[0][:1].isupper() and _is_org(after[0]) else ""
            span = ctx.span(pieces[k][0], pieces[k][1])
            if span:
                seen.add(name)
                ctx.extraction.signatories.append(Signatory(
                    **span, name=name, title=title[:1].upper() + title[1:],
                    organisation=org or ctx.document.organisation))


# the place and date a signature block opens with: "Piteå 2010-02-09", "Vårgårda den 24
# januari 2008"
@cache
def _place_date() -> re.Pattern:
    return re.compile(r"\b[A-ZÅÄÖ][a-zåäö]+(?:\s+den)?\s+(?:(?:19|20)\d\d-\d\d-\d\d|\d{1,2}\s+"
                      rf"(?:{'|'.join(months())})\s+(?:19|20)\d\d)\b")


_WORD = re.compile(r"[^\s,]+")
# a board or committee named in capitals over its signatures: "KOMMUNSTYRELSEN"
_BOARD_CAPS = re.compile(r"\b[A-ZÅÄÖ]{2,}(?:STYRELSEN|NÄMNDEN|FULLMÄKTIGE)\b|\bSTYRELSEN\b")
# a letter's closing greeting: the senders' names follow
_GREETING = re.compile(r"\b(?:[Mm]ed )?[Vv]änlig(?:a)? hälsning(?:ar)?\b[,:]?")
# a closing line alone over the names that sign ("Välkomna!", "Med vänlig hälsning")
_CLOSING = re.compile(rf"(?im)^[ \t]*(?:{_GREETING.pattern}|välkomna!?|hälsningar,?)[ \t]*$")
FLAT_WINDOW = 700  # characters after the date that a flattened block may fill


def _flattened_blocks(ctx: Context, text: str, seen: set[str]) -> None:
    """A signature block whose line breaks were lost: "Piteå 2010-02-09 För LLG Piteå
    Britt-Marie Lundström Piteå kommun Anders Öhman Försäkringskassan ..." - after the place
    and date, or a board named in capitals ("KOMMUNSTYRELSEN"), names each followed by an
    organisation or a title, two or more; after a closing greeting ("Med vänlig hälsning"),
    names one after another, with or without their titles."""
    leads = [(m.end(), True) for m in _place_date().finditer(text)]
    leads += [(m.end(), True) for m in _BOARD_CAPS.finditer(text)]
    leads += [(m.end(), False) for m in _GREETING.finditer(text)]
    for lead_end, need_role in sorted(leads):
        line_end = text.find("\n", lead_end)
        window_end = min(lead_end + FLAT_WINDOW, line_end if line_end >= 0 else len(text))
        words = list(_WORD.finditer(text, lead_end, window_end))
        starts = [k for k in range(len(words) - 1) if _flat_name(words, k)]
        if not need_role:  # the run of names starts at the greeting
            starts = [k for n, k in enumerate(starts) if k == 2 * n or k == 0]
        people = []
        for n, k in enumerate(starts):
            nxt = starts[n + 1] if n + 1 < len(starts) else len(words)
            role_words = words[k + 2:nxt]
            last = max((j for j, w in enumerate(role_words)
                        if _is_org(w.group()) or _titles().search(w.group())), default=None)
            if last is None and need_role:
                break
            role = text[role_words[0].start():role_words[last].end()] if last is not None \
                else ""
            end = role_words[last].end() if last is not None else words[k + 1].end()
            people.append((words[k].start(), end,
                           f"{words[k].group()} {words[k + 1].group()}", role))
        if len(people) < (2 if need_role else 1):
            continue
        for s_, e_, name, role in people:
            span = ctx.span(s_, e_)
            if name in seen or not span:
                continue
            seen.add(name)
            title, org = _split_title_org([role])
            ctx.extraction.signatories.append(
                Signatory(**span, name=name, title=title, organisation=org))


def _flat_name(words: list[re.Match], k: int) -> bool:
    first, last = words[k].group(), words[k + 1].group()
    return is_first_name(first) and bool(re.fullmatch(_PART, last)) \
        and not _is_org(last) and not _titles().search(last) and not is_first_name(last)


def _signed_cell(words: str) -> tuple[str, str] | None:
    """A cell that reads as a signature: a name (its first name need not be a listed one),
    then a title or an organisation."""
    person = _person(words) or _person(words, known_first=False)
    if person and person[1] and (_titles().search(person[1]) or _is_org(person[1])):
        return person
    return None


def _signature_cells(ctx: Context, seen: set[str]) -> None:
    """A signature block set as a table without a header ("| Lena Holm, ordförande, Åby
    kommun | Per Ek, Region Västby |"): every cell that reads as a signature, when most of
    the table's cells do."""
    for table in ctx.structure.tables:
        if table.column("person") is not None:
            continue  # a table of members, read above
        cells = [c for row in table.rows for c in row.cells if c[2].strip()]
        signed = [c for c in cells if _signed_cell(" ".join(c[2].split()))]
        if len(signed) < 2 or 2 * len(signed) < len(cells):
            continue
        for s, e, words in signed:
            name, rest = _signed_cell(" ".join(words.split()))
            span = ctx.span(s, e)
            if span and name not in seen:
                seen.add(name)
                title, org = _split_title_org(rest.split(", ", 1) if rest else [])
                ctx.extraction.signatories.append(
                    Signatory(**span, name=name, title=title, organisation=org))


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
        elif (len(line) <= 70 or (len(line) <= 140 and _COLUMN_GAP.search(line))
              or (len(line) <= 160 and _signature_line(line))) \
                and ("\t" not in raw.strip() or _two_tabbed_columns(raw)):  # ("\tLedamot")
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


def _signature_line(line: str) -> bool:
    """"Pia Sjöberg-Nyqvist, verksamhetschef, Vuxenpsykiatrin Katrineholm/Flen, Region
    Sörmland": a long line that is one person's signature."""
    person = _person(line)
    return bool(person and person[1] and (_titles().search(person[1]) or _is_org(person[1])))


# two signature columns set apart by a run of spaces (inside a stripped line), or by tabs
_COLUMN_GAP = re.compile(r" {3,}")
_CELL_GAP = re.compile(r" {3,}|\t+")


def _two_tabbed_columns(line: str) -> bool:
    """"Lars-Åke Fredén\t\t\tHanna Nordström": two short cells set apart by tabs (a table's
    row has more cells, or longer ones)."""
    cells = re.split(r"\t+", line.strip())
    # (both names, or neither: "Hans-Erik Malm<tab>Katrineholms kommun" is a table's row)
    return len(cells) == 2 and all(0 < len(c.strip()) <= 45 for c in cells) \
        and bool(_person(cells[0])) == bool(_person(cells[1]))


def _split_halves(line: str) -> tuple[str, str] | None:
    """A line of two signature columns: at a run of spaces between them, or else cut before
    a capitalised word so that both halves read as a title or an organisation ("Köpings
    kommun Arbetsförmedlingen Köping")."""
    cells = _CELL_GAP.split(line.strip())
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
        for k, (half, off) in enumerate(((left, 0), (right, words[cut].start()))):
            name = _person(half)[0]  # without a party's letters: "Göran Ek (M)"
            if name in seen:
                continue
            span = ctx.span(first[0] + off, first[0] + off + len(half))
            if span:
                seen.add(name)
                title, org = _split_title_org(parts[k])
                ctx.extraction.signatories.append(
                    Signatory(**span, name=name, title=title, organisation=org))
        return used
    return 0


_CELL = re.compile(r"\S(?:.*?\S)??(?= {3,}|\t|$)")
COLUMN_SLACK = 2  # columns a cell may start before its column's name
_TABS = re.compile(r"\t+")


def _cells(text: str, entry: tuple[int, int, str]) -> list[tuple[int, int, int, str]]:
    """The cells of a line of columns: (column on the page, start, end, words)."""
    s, _, line = entry
    col0 = s - (text.rfind("\n", 0, s) + 1)
    return [(col0 + m.start(), s + m.start(), s + m.end(), m.group()) for m in _CELL.finditer(line)]


def _names_row(cells: list[tuple[int, int, int, str]]) -> bool:
    return len(cells) >= 2 and all((p := _person(c[3])) and not p[1] for c in cells)


def _in_columns(ctx: Context, group: list[tuple[int, int, str]], seen: set[str]) -> int:
    """Signatures in two or more columns set apart by runs of spaces or tabs: a line of names
    over lines of titles and organisations, each cell under the name whose column it stands
    in ("Ulla Berg     Göran Alm     Sofia Ljung" / "Revisor     Revisor     Auktoriserad
    revisor" / "Region Halland     Halmstads kommun     EY"). Returns the lines it took."""
    text = ctx.document.text
    names = _cells(text, group[0])
    if not _names_row(names):
        return 0
    parts: list[list[str]] = [[] for _ in names]
    tabbed = "\t" in group[0][2]
    used = 1
    for entry in group[1:]:
        cells = [c for c in _cells(text, entry) if re.search(r"[^\W\d_]", c[3])]
        if _names_row(cells) or (cells and (p := _person(cells[0][3])) and not p[1]):
            break  # the next row of signatures, or one signature under the row
        used += 1
        line_start = text.rfind("\n", 0, entry[0]) + 1
        for col, cs, _, words in cells:  # (a scanned scribble's marks are no cell)
            # tabs stand for columns by their count ("\tVice ordförande" is the second's);
            # spaces keep the names' columns
            k = min(len(_TABS.findall(text, line_start, cs)), len(names) - 1) if tabbed else \
                max((j for j, c in enumerate(names) if c[0] <= col + COLUMN_SLACK), default=0)
            parts[k].append(words)
    for (_, start, end, words), lines in zip(names, parts, strict=True):
        name = _person(words)[0]
        span = ctx.span(start, end)
        if name in seen or not span or len(lines) > 4:
            continue
        seen.add(name)
        title, org = _split_title_org(lines)
        ctx.extraction.signatories.append(
            Signatory(**span, name=name, title=title, organisation=org))
    return used


def _from_group(ctx: Context, group: list[tuple[int, int, str]], seen: set[str]) -> None:
    """One group may hold one person (name + title/org lines), several in a row, or two
    side by side."""
    rest, k = [], 0
    while k < len(group):  # pairs side by side first; the lines they leave are read below
        line = group[k]
        first = line[2].split()
        # (a first name, maybe a middle initial, and a surname: "Stefan M. Öberg  Eva Lind")
        used = (_in_columns(ctx, group[k:], seen) if _CELL_GAP.search(line[2]) else 0) or (
            _side_by_side(ctx, group[k:], seen) if len(first) >= 4 and
            (_person(" ".join(first[:2])) or _person(" ".join(first[:3]))) else 0)
        rest += [] if used else [line]
        k += used or 1
    if len(rest) < len(group):
        group = rest
        if not group:
            return
    if _present(group):
        return
    if len(group) == 1 and group[0][2].rstrip().endswith(".") \
            and (who := _person(group[0][2].rstrip().rstrip("."))) and not who[1]:
        return  # "Agneta Tjärnhammar." under a news item: a photo's caption, no signature
    group = _without_attendance(group)
    people: list[list[tuple[int, int, str]]] = []
    for k, line in enumerate(group):
        if _person(line[2]) or _unlisted_person(group, k):
            people.append([line])
        elif people:
            people[-1].append(line)
    if not people or len(group) > 6 * len(people):
        return
    lead = [ln for ln in group if not people or ln[0] < people[0][0][0]]
    for person in people:
        if _wrapped_into(_line_above(ctx.document.text, person[0][0])):
            continue  # a sentence that wrapped before a name
        name, rest = _person(person[0][2]) or _person(person[0][2], known_first=False)
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


WRAPPED_LINE = 50  # characters of a line of prose that a sentence wraps from
PROSE_WORDS = 8  # words of such a line
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")


def _line_above(text: str, pos: int) -> str:
    """The line right above the one at `pos` ("" after a blank line or at the top)."""
    end = text.rfind("\n", 0, pos)
    return text[text.rfind("\n", 0, end) + 1:end] if end > 0 else ""


def _wrapped_into(line: str) -> bool:
    """Whether a line is prose that runs on into the next ("... biträtts av yrkesrevisor" /
    "Camilla Norberg, KPMG. Vi har ..."): long and ending in a lower-case word."""
    line = line.rstrip()
    # (not a signer's line of title and organisations: "Jürgen Åkesson, distriktsläkare,
    # Kumla vårdcentral, Örebro läns landsting")
    return len(line) >= WRAPPED_LINE and line[-1:].islower() \
        and len(line.split()) >= PROSE_WORDS and line.count(",") <= 1 \
        and (not _person(line) or bool(_SENTENCE_BREAK.search(line)))


def _present(group: list[tuple[int, int, str]]) -> bool:
    """"Övriga närvarande:", "Föredragande", "Beslutande   NN": people present, not signing."""
    return any(_not_signing().search(line[2]) for line in group[:2]) or _attending(group[0][2])


def _without_attendance(group: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The group's lines outside its attendance lists: a list runs from its label's line
    ("Ersättare Ahmed Haddad (S) Norrköpings kommun") over the people's lines below it, to
    the first line that names no one ("Utses att justera ...")."""
    out, listing = [], False
    for line in group:
        if _attending(line[2]):
            listing = True
        elif listing and not (_person(line[2]) or _person(line[2], known_first=False)):
            listing = False
        if not listing:
            out.append(line)
    return out


def _attendance_spans(text: str) -> list[tuple[int, int]]:
    """Attendance lists, each running on over the groups of bare names below its lead (a
    transcript that puts a blank line between every line of the list)."""
    spans: list[tuple[int, int]] = []
    listing = False
    for g in _line_groups(text):
        if _present(g) or (listing and all(_names_only(line[2]) for line in g)):
            spans.append((g[0][0], g[-1][1]))
            listing = True
        else:
            listing = False
    return spans


def _names_only(line: str) -> bool:
    """"Anette Schön Erling Johansson", "Inger Dahl, ordförande": names, perhaps a title."""
    head, _, title = line.partition(",")
    words = head.split()
    return len(words) >= 2 and is_first_name(words[0]) \
        and all(re.fullmatch(_PART, w) for w in words) \
        and (not title.strip() or bool(_titles().search(title)))


@cache
def _counted_line() -> re.Pattern:
    """"Rehab Väst (fem vårdcentraler) – 203 deltagare": an effort's count, no signature."""
    words = "|".join(load_toml("extract", "signatures.toml")["counted_words"])
    return re.compile(rf"\b\d+\s+(?:{words})\b")



def _unlisted_person(group: list[tuple[int, int, str]], k: int) -> bool:
    """A name whose first name the lexicon lacks ("Jürgen Holm", "Hélène Marchetti") is a
    signature when the first name is no Swedish word and its own line, or the one below,
    holds a title or an organisation."""
    person = _person(group[k][2], known_first=False)
    if not person or (len(group[k][2].split()) > 4 and not person[1]) \
            or _counted_line().search(group[k][2]):
        return False  # (nor an effort's line that counts its participants)
    first = person[0].split()[0].lower()
    if first in known_words() or first.split("-")[0] in known_words():
        return False  # "För Jämtlands ...", "Ung Kraft": a word, not a first name
    below = group[k + 1][2] if k + 1 < len(group) else ""
    role = person[1] or (below if not _person(below, known_first=False) else "")
    return bool(role) and bool(_titles().search(role) or _is_org(role))


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
