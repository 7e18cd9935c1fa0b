"""Target groups: items under a målgrupp/behovsgrupp heading, inline statements
("målgruppen är ...", "riktar sig till ..."), and lists whose markers a transcript lost
("ytterligare målgrupper är framför allt de som blir utförsäkrade men även nyanlända ...")."""
from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ..records import TargetGroup
from ..vocabulary import is_infinitive
from .context import LABELLED_GOAL, Context, Covered, alternation, cues, numbers, place_names
from .forms import unticked_options
from .list_markers import LIST_MARKER
from .regex_scan import finditer_near
from .sentences import PHRASE_GOES_ON, TRAILING_ASIDE, line_spans

_WORD = re.compile(r"[\wåäöÅÄÖé/-]+|[^\s\w]")
MAX_CHARS = 260  # a group with its relative clauses and its purpose
LIST_WINDOW = 1500


@cache
def _cfg() -> dict:
    c = cues()["target_groups"]
    return {
        "inline": [re.compile(p, re.I) for p in c["inline"]],
        # ("{heads}": the words that name people, as the list of heads has them)
        "people_leads": [re.compile(p.replace("{adverbials}", c["lead_adverbials"])
                                    .replace("{heads}", alternation(c["heads"])), re.I)
                         for p in c["people_leads"]],
        "list_lead": re.compile(c["list_lead"], re.I),
        "goal_lead_end": re.compile(c["goal_lead_end"], re.I),
        "speech": re.compile(rf"(?<![\wåäö])(?:{alternation(c['speech_pronouns'])})(?![\wåäö])",
                             re.I),
        "named_before": re.compile(c["named_before"], re.I),
        "addressed": re.compile(c["addressed"]),
        # a lead's subject (one word or two) and an adverb after it
        # (the subject may end the lead's line: "Under 2025 prioriterar vi" / "unga ...")
        "subject_words": [re.compile(rf"(?:[\wåäöÅÄÖ]+(?:[ \t]+|[ \t]*\n[ \t]*)){{{n}}}(?:(?:"
                                     rf"{alternation(c['subject_adverbs'])})\s+)?") for n in (1, 2)],
        "named_subject": re.compile(c["named_subject"]),
        "cap_lead": re.compile(c["capitalised_list_lead"], re.I),
        "prioritised_lead": re.compile(c["prioritised_lead_end"], re.I),
        "stop": re.compile(c["stop"], re.I),
        "heads": set(c["heads"]),
        "heads_som": set(c["heads_needing_som"]),
        "open_heads": set(c["heads"]) - set(c["heads_needing_som"]),
        "modifiers": set(c["modifier_heads"]),
        # a party named as the label of its answer ("Region Norrby:")
        "org_words": re.compile(cues()["projects"]["organisation_words"], re.I),
        "cont": set(c["continuations"]),
        "purpose": re.compile(c["purpose"], re.I),
        "situation": re.compile(c["situation_clause"], re.I),
        "aim": re.compile(c["aim_after"], re.I),
        "counted": re.compile(c["counted_groups"].replace("{counts}",
                                                          alternation(numbers()["words"])), re.I),
        "inseparable": re.compile(r"(?:" + "|".join(re.escape(p) for p in c["inseparable"]) + r")\b",
                                  re.I),
    }


def _speech(b) -> bool:
    """A reply set off by a dash, as a story quotes one ("– Jag vågade inte ens svara i
    telefon."): someone speaking in the first person, no group's name."""
    return b.marker in ("–", "—", "-") and bool(_cfg()["speech"].search(b.text))


def extract_target_groups(ctx: Context, doc) -> None:
    found: list[tuple[int, int]] = []
    blocks = ctx.structure.blocks
    for i, b in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        # (a short question on a line of its own is a title: "Vem kan delta?")
        asks = b.kind in ("para", "heading") and b.lines == 1 and b.text.rstrip().endswith("?") \
            and len(b.text.split()) <= QUESTION_WORDS
        could_lead = b.is_heading or asks or (b.kind == "para" and nxt is not None and (
            nxt.kind == "item" or b.text.rstrip().endswith(":")))
        leads = _leads_to_groups(ctx, b) if could_lead else ""
        lead_para = b.kind == "para" and not asks and bool(leads)
        heading = (b.is_heading or asks) and bool(leads)
        if heading or lead_para:
            start = i
            if b.is_heading and nxt is not None and nxt.kind in ("para", "heading") \
                    and (nxt.text.rstrip().endswith(":") or _lead_over_items(ctx, blocks, i + 1)):
                start = i + 1  # "Styrelsen har prioriterat följande grupper:" under the heading
                if (narrowed := _NARROWED_LEAD.search(nxt.text)) \
                        and _names_people(ctx.document.text, nxt.start):
                    # "Kvinnor med hemmavarande barn ... bland:" over "• nyanlända": the group,
                    # its list the parts of it
                    found.append((nxt.start, nxt.start + narrowed.start()))
            # (under a question, lines of a paragraph each are its answer, no list)
            items = [] if asks else ctx.structure.items_after(start, stop=ctx.opens_section)
            # "Målgrupp" / its paragraph / "Så arbetar vi" / "... i fyra delar:" / a list: a
            # list under a title of its own is that title's, unless its items name people
            titled_apart = bool(items) and any(
                blocks[j].is_heading and not _leads_to_groups(ctx, blocks[j])
                for j in range(start + 1, items[0]))
            # ("satsa på" over a list of things is no list of groups; nor is a lead of its
            # own under the title: "Rapportens slutsatser pekar i följande riktning:")
            own_lead = start > i and blocks[start].text.rstrip().endswith(":") \
                and not _leads_to_groups(ctx, blocks[start])
            if leads == "priority" or titled_apart or own_lead \
                    or (blocks[start].text.rstrip().endswith(":")
                        and _group_in_lead(ctx.document.text, blocks[start])):
                # (nor is a list under a lead that names its group itself: "... men ingen är
                # riktad till unga med aktivitetsersättning:" over the efforts there are)
                items = [k for k in items if _names_people(ctx.document.text, blocks[k].start)]
            elif items and blocks[items[0]].kind != "item":
                # lines whose markers were lost end at a title after lines of text that names
                # no people ("Handlingsplan med lägesbeskrivning" over its table; lines each set
                # as a title are one list), and one line left is no list
                titled = next((n for n, k in enumerate(items) if n and blocks[k].kind == "heading"
                               and blocks[items[n - 1]].kind != "heading"
                               and not _names_people(ctx.document.text, blocks[k].start)),
                              len(items))
                items = items[:titled] if titled >= 2 else []
            # ("☒ Unga 16–29 år" / "☐ Nyanlända": a form's options, the ticked ones chosen)
            unchosen = unticked_options([blocks[k].marker for k in items])
            for n, k in enumerate(items):
                if n not in unchosen and not _speech(blocks[k]):
                    found.extend(_lines_as_items(ctx.document.text, blocks[k]))
            if heading and _party_label(blocks, i + 1):
                # "Vilka målgrupper prioriterar ni?" / "Norrby kommun:" / its answer, party
                # by party
                found.extend(_answers_by_party(ctx, blocks, i + 1))
            elif not items and blocks[start].text.rstrip().endswith(":"):
                found.extend(_joined_list(ctx.document.text, blocks, start))
            elif not items and heading and leads == "groups":
                found.extend(_paragraphs_under(ctx.document.text, blocks, i))
    found.extend(_addressed_lists(ctx))
    text = ctx.document.text
    for pat in _cfg()["inline"]:
        for m in pat.finditer(text):
            found.extend(_coordinated(text, m.end()))
    for pat in _cfg()["people_leads"]:
        for m in pat.finditer(text):
            # (a lead over a list of groups on the lines below is the list's: "prioriteras
            # under 2022" / "– unga vuxna ...")
            at = _people_after(text, m.end())
            if at is None or _MARKED_LINE.match(text, at):
                continue
            lines = _group_lines(text, at) if "\n" in text[m.start():at] else []
            # (a lead that ends its line over groups a line each, their markers lost:
            # "prioriterar styrelsen särskilt" / "unga 16–29 år ..." / "personer med ...")
            groups = lines if len(lines) >= 2 else _coordinated(text, at)
            if m.groupdict().get("offers") is not None:
                # "erbjudit personer med ... ett samlat stöd": what is offered follows them,
                # after its article (without one the two cannot be told apart: "erbjuda unga
                # med aktivitetsersättning aktiviteter som ...")
                groups = [(s, cut.start()) for s, e in groups
                          if (cut := _OFFERED.search(text, s, e))]
            found.extend(groups)
    for m in finditer_near(_cfg()["counted"], _GROUPS_ANCHOR, text, COUNTED_REACH):
        # "tre grupper: A, B och C"
        if _names_people(text, m.end()):
            found.extend(_coordinated(text, m.end()))
    # (searched only before a "målgrupp": each pattern walks up to 120 characters on)
    named = [*finditer_near(_cfg()["named_before"], _TARGET_WORD, text, NAMED_REACH),
             # "med unga vuxna som målgrupp", "Unga … är prioriterad målgrupp"
             *finditer_near(_cfg()["named_subject"], _TARGET_WORD, text, NAMED_REACH)]
    for m in named:
        if _names_people(text, m.start("g")):
            found.append((m.start("g"), m.end("g")))
    for m in _cfg()["cap_lead"].finditer(text):
        found.extend(_capitalised_list(text, m.end(), _block_end(blocks, m.end())))
    for m in _cfg()["list_lead"].finditer(text):
        if _runs_on(blocks, m.end()):  # only run-on text hides a list this way
            found.extend(_unmarked_list(text, m.end()))
    words: dict[tuple[int, int], str] = {}
    _table_cells(ctx, found, words)
    _emit(ctx, found, words)


def _group_in_lead(text: str, b) -> bool:
    """Whether a lead names its group in its last clause, before its colon ("... men ingen är
    särskilt riktad till unga med aktivitetsersättning:")."""
    cut = max(text.rfind(c, b.start, b.end - 1) for c in ",;.")
    clause = cut + 1 if cut >= 0 else b.start
    return any(_names_people(text, m.end()) for m in _TO_WHOM.finditer(text, clause, b.end - 1))


_TO_WHOM = re.compile(r"\b(?:till|för|mot)\s+", re.I)


def _addressed_lists(ctx: Context) -> list[tuple[int, int]]:
    """Groups a folder or a web page names by speaking to its reader, a list of them: items
    that each open "Du som ..." ("• Du som har varit sjukskriven länge."), or items that go on
    a lead left open for them ("Vi kan hjälpa dig om du" / "• har haft ekonomiskt bistånd
    under lång tid"), an item whose verb is one a group's clause has."""
    text, blocks = ctx.document.text, ctx.structure.blocks
    out: list[tuple[int, int]] = []
    for i, b in enumerate(blocks):
        if b.kind not in ("para", "heading") or not _READER_LEAD.search(b.text):
            continue
        items = ctx.structure.items_after(i, stop=ctx.opens_section)
        if len(items) < 2 or i + 1 not in items:
            continue
        for k in items:
            first = blocks[k].text.split()[0].lower() if blocks[k].text.split() else ""
            if first in cues()["target_groups"]["relative_verbs"] \
                    and not _BARE_AGE_ITEM.match(blocks[k].text):
                out.extend(_lines_as_items(text, blocks[k]))
    run: list[int] = []
    for k, b in enumerate([*blocks, None]):
        if b is not None and b.kind == "item" and _YOU_WHO.match(b.text):
            run.append(k)
            continue
        if len(run) >= 2:
            out.extend(g for j in run for g in _lines_as_items(text, blocks[j]))
        run = []
    return out


# a lead whose items go on its sentence about the reader: "... hjälpa dig om du", "Du kan
# få stöd om du:", "Insatsen passar dig som"
_READER_LEAD = re.compile(r"\b(?:om|ifall|när)\s+du\s*:?\s*$|\b(?:dig|du)\s+som\s*:?\s*$", re.I)
_YOU_WHO = re.compile(r"(?:för\s+)?(?:du|dig)\s+som\s+\w", re.I)
# (an age alone is who may take part, not a group: "är mellan 16 och 64 år")
_BARE_AGE_ITEM = re.compile(r"är\s+(?:mellan\s+)?\d{1,2}\s*(?:[–-]|och)\s*\d{1,2}\s+år\W*$", re.I)


# a group's lead that its list narrows: "... bland:", "... som:"
_NARROWED_LEAD = re.compile(r"\s+(?:bland|som|inom)\s*:\s*$")
_BARE_AGES = re.compile(r"\d{1,2}\s*[–-]\s*\d{1,2}\s*år")
GROUP_PARAGRAPHS = 3  # paragraphs under a title of target groups that may each name one


def _paragraphs_under(text: str, blocks, i: int) -> list[tuple[int, int]]:
    """The groups the paragraphs under a title of target groups open with, up to one that
    opens otherwise: "Målgrupp" over "Unga vuxna 16–29 år som ... Inom gruppen prioriteras
    ...", "Vem kan delta?" over "För dig som är mellan 20 och 64 år ..." or over "16–24 år."
    (an age range alone names the group) and "Unga som varken arbetar ..."."""
    out: list[tuple[int, int]] = []
    for b in blocks[i + 1:i + 1 + GROUP_PARAGRAPHS]:
        if b.kind != "para" or b.is_heading:
            break
        ages = _BARE_AGES.fullmatch(b.text.rstrip(". "))
        at = _cfg()["addressed"].match(text, b.start)
        if ages:
            out.append((b.start, b.start + ages.end()))
        elif at or _names_people(text, b.start):
            out.extend(_coordinated(text, at.end() if at else b.start))
            out.extend(_groups_said_next(text, b))
        else:
            break
    return out


# a later sentence of a paragraph of groups that names one more: "Och utrikes födda kvinnor
# som ...", "Särskilt arbetssökande med ..."
# (only after such a word: "Ensamstående föräldrar ska prioriteras." says something of them)
_NEXT_SENTENCE = re.compile(r"(?<=[.!?])\s+(?:Och|Samt|Särskilt|Även|Också|Dessutom)\s+"
                            r"(?=[\wåäöÅÄÖ])")


def _groups_said_next(text: str, b) -> list[tuple[int, int]]:
    return [g for m in _NEXT_SENTENCE.finditer(text, b.start, b.end)
            if _names_people(text, m.end()) for g in _coordinated(text, m.end())]


def _party_label(blocks, k: int) -> bool:
    """A party's name as the label of its answer ("Norrby kommun:", "Försäkringskassan:")."""
    if k >= len(blocks) or blocks[k].kind not in ("para", "heading") or blocks[k].lines != 1:
        return False
    label = blocks[k].text.strip()
    return label.endswith(":") and len(label.split()) <= PARTY_WORDS \
        and bool(_cfg()["org_words"].search(label))


PARTY_WORDS = 4  # words at most of a party's label


def _answers_by_party(ctx: Context, blocks, k: int) -> list[tuple[int, int]]:
    """The groups each party's answer names under its label: its list's items that name
    people, or the paragraph of groups (up to a title that is no party's label)."""
    text = ctx.document.text
    out: list[tuple[int, int]] = []
    while _party_label(blocks, k):
        k += 1
        if k < len(blocks) and blocks[k].kind == "item":
            while k < len(blocks) and blocks[k].kind == "item":
                if _names_people(text, blocks[k].start):
                    out.extend(_lines_as_items(text, blocks[k]))
                k += 1
        elif k < len(blocks) and blocks[k].kind == "para":
            if _names_people(text, blocks[k].start):
                out.extend(_coordinated(text, blocks[k].start))
            out.extend(_groups_said_next(text, blocks[k]))
            k += 1
    return out


_TARGET_WORD = re.compile("målgrupp", re.I)
NAMED_REACH = 200  # characters a group named before its "målgrupp" starts before it at most
LEAD_END_CHARS = 80  # where a lead-in's last words stand
QUESTION_WORDS = 8  # words at most of a question that titles what follows
_GROUPS_WORD = re.compile(r"(?<![\wåäö])grupper(?:na)?(?![\wåäö])", re.I)
_GROUPS_ANCHOR = re.compile("grupper", re.I)
COUNTED_REACH = 40  # characters a count stands before its "grupper" ("fyra prioriterade målgrupper")


def _lead_over_items(ctx: Context, blocks, k: int) -> bool:
    """A line that leads into the list right under it though it has no colon ("Målgrupper" /
    "LSG Norrköping prioriterar under 2022" / "- personer med ...")."""
    b = blocks[k]
    return k + 1 < len(blocks) and blocks[k + 1].kind == "item" and "\n" not in b.text.strip() \
        and not ctx.opens_section(b)


def _leads_to_groups(ctx: Context, b) -> str:
    """"groups" for a title or lead-in whose last sentence names target groups, "priority"
    for one that ends with what it prioritises (the items must then name people), else ""."""
    if LABELLED_GOAL.match(b.text) or _cfg()["goal_lead_end"].search(b.text[-LEAD_END_CHARS:]):
        return ""  # "Mål 2. Fler unga i målgruppen ska ...": a goal over what serves it
    if ctx.says(b, "target_group", tail=_last_sentence(b.text)):
        return "groups"
    # (the lead's end is its last words: a search over the whole paragraph costs)
    end = b.text[-LEAD_END_CHARS:]
    if _cfg()["prioritised_lead"].search(end) \
            or (end.rstrip().endswith(":") and _GROUPS_WORD.search(end)):
        return "priority"  # ("... är de grupper vi främst ska arbeta för:": people below)
    return ""


def _group_line(text: str, s: int, w: str) -> bool:
    """Whether a line reads as one group of a list: it names people, ends no sentence and
    stops inside no phrase ("... som står" / "långt från arbetsmarknaden" is one group)."""
    return len(w.split()) >= 2 and _names_people(text, s) \
        and not w.endswith((".", "!", "?", ";")) and not PHRASE_GOES_ON.search(w)


def _lines_as_items(text: str, b) -> list[tuple[int, int]]:
    """A list item, or, where a converter joined a list's unmarked lines into one paragraph
    ("unga vuxna 18–29 år med ..." / "personer med psykisk ohälsa ..."), each line when
    every line reads as a group of its own."""
    lines = line_spans(text, b.start, b.end) if b.lines > 1 else []
    if len(lines) < 2 or not all(_group_line(text, s, w) for s, _, w in lines):
        return [(b.start, b.end)]
    return [(s, e) for s, e, _ in lines]


LIST_BLOCKS = 6




def _people_after(text: str, pos: int) -> int | None:
    """Where the groups after a lead start: at pos, or after its subject and an adverb
    ("prioriterar styrelsen särskilt unga ..."), if the words there name people."""
    if _names_people(text, pos):
        return pos
    for n, pattern in enumerate(_cfg()["subject_words"], 1):
        m = pattern.match(text, pos)
        if m is None or not _names_people(text, m.end()):
            continue
        words = text[pos:m.end()].split()[:n]
        # (the subject only: "styrelsen", "förbundet", "vi", "LSG Åby"; not "samverkan med")
        if all(w[:1].isupper() or w == "vi" or w.endswith(("en", "et", "na")) for w in words):
            return m.end()
    return None


GROUP_LINES = 8  # lines at most of groups under a lead


def _group_lines(text: str, pos: int) -> list[tuple[int, int]]:
    """The lines from pos on that each read as one group, up to the first that does not."""
    out: list[tuple[int, int]] = []
    while len(out) < GROUP_LINES and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        raw = text[pos:end]
        line = raw.strip()
        start = pos + len(raw) - len(raw.lstrip())
        if not _group_line(text, start, line):
            break
        out.append((start, start + len(line)))
        pos = end + 1
    return out


def _joined_list(text: str, blocks, i: int) -> list[tuple[int, int]]:
    """Under a lead-in ending with a colon, paragraphs whose lines are each a group
    ("unga vuxna 18–29 år ..." / "personer med ..."): the lines, up to the first that does
    not read as one."""
    out: list[tuple[int, int]] = []
    for b in blocks[i + 1:i + 1 + LIST_BLOCKS]:
        if b.kind != "para":
            break
        for s, e, w in line_spans(text, b.start, b.end):
            if not _group_line(text, s, w):
                return out
            out.append((s, e))
    return out


def _runs_on(blocks, pos: int) -> bool:
    """Whether pos lies in a paragraph that goes on for a while: a transcript that lost its
    line breaks, or the same text wrapped on a page (the lines joined into one paragraph)."""
    for b in blocks:
        if b.start <= pos <= b.end:
            return b.kind == "para" and b.end - pos >= 200
    return False


# the next group of a coordination: after a comma, "och", "samt", or a spaced dash (a list
# whose items were run into one line: "…prioriteras: – unga vuxna … – personer med …")
_NEXT_GROUP = re.compile(r"(?:,\s*(?:samt\s+|och\s+)?|\s+(?:och|samt|eller)\s+(?:till\s+|på\s+|med\s+|för\s+)?"
                         r"|\s+[–—]\s+)(?:särskilt\s+|främst\s+|även\s+|i synnerhet\s+|framför allt\s+)?")


_OFFERED = re.compile(r"\s(?:ett|en)\s")  # the article of what a lead says is offered


def _coordinated(text: str, start: int) -> list[tuple[int, int]]:
    """"X, Y och Z": each group of a coordinated list, as long as the next one opens with a
    word that names people (the list of heads in the cue file)."""
    out = []
    pos = start
    while len(out) < 8:
        end = _clause_end(text, pos)
        if end - pos < 3:
            break
        for inner in _NEXT_GROUP.finditer(text, pos + 3, end):
            word = re.match(r"[\wåäöÅÄÖ]+", text[max(pos, inner.start() - 12):inner.start()][::-1])
            before = word.group(0)[::-1] if word else ""
            if _cfg()["inseparable"].match(f"{before} {text[inner.start():end].strip()}"):
                continue  # "kvinnor och män ...": one group
            if _relative_patterns().predicate.search(text, pos, inner.start()) \
                    and not _plural_noun(text, inner.end()):
                # "som är sjukskrivna eller arbetslösa": one group's predicate (not "som är
                # sjukskrivna, ungdomar och ...": a noun opens the next group)
                continue
            if _opens_group(text, inner.end()):
                end = inner.start()  # "A samt B" inside one clause: two groups
                break
        out.append((pos, end))
        m = _NEXT_GROUP.match(text, end)
        if not m or not _opens_group(text, m.end()):
            break
        pos = m.end()
    return [(a, b) for a, b in out if not _GENERIC.match(text, a)]


# whole populations, not target groups ("medborgarna i kommunerna")
# and a count of groups that are named next ("vände sig till två grupper. Den första ...")
_GENERIC = re.compile(r"(?:medborgarna|invånarna|alla|samtliga|allmänheten|(?:två|tre|fyra|fem|"
                      r"flera|olika|dessa|båda|bägge)\s+(?:mål)?grupper)\b", re.I)


def _names_people(text: str, pos: int) -> bool:
    """Whether the words at pos name people: a head word, maybe after a modifier ("unga",
    "personer", "nyanlända kvinnor", "utrikesfödda män")."""
    words = re.findall(r"[\wåäöÅÄÖ/-]+", text[pos:pos + 60])[:2]
    cfg = _cfg()
    return bool(words) and (_in(words[0], cfg["open_heads"]) or (
        words[0].lower() in cfg["modifiers"] and len(words) > 1 and _in(words[1], cfg["heads"])))


def _plural_noun(text: str, pos: int) -> bool:
    # (a head in a noun's plural, "ungdomar", "personer", "kvinnor"; not an adjective's,
    # "arbetslösa", which a predicate coordinates)
    word = re.match(r"[\wåäöÅÄÖ]+", text[pos:pos + 40])
    return bool(word) and word.group(0).lower().endswith(("ar", "er", "or")) \
        and _opens_group(text, pos)


def _opens_group(text: str, pos: int) -> bool:
    word = re.match(r"[\wåäöÅÄÖ/-]+", text[pos:pos + 40])
    return bool(word) and _in(word.group(0), _cfg()["open_heads"])


def _block_end(blocks, pos: int) -> int:
    """The end of the block that holds pos (a paragraph with its wrapped lines joined)."""
    return next((b.end for b in blocks if b.start <= pos <= b.end), pos)


def _capitalised_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A list run into one paragraph whose items each open with a capitalised word naming
    people ("följande grupper: Unga vuxna ... Personer med ...")."""
    line_end = text.find("\n", start)
    end = max(end, len(text) if line_end < 0 else line_end)
    cuts = [m.start() for m in re.finditer(r"(?<![\wåäö])[A-ZÅÄÖ][\wåäö/-]*", text[start:end])
            if _in(m.group(0), _cfg()["heads"])]
    if not cuts or cuts[0] != 0:
        return []
    bounds = [*cuts, end - start]
    return [(start + a, start + b) for a, b in zip(bounds, bounds[1:], strict=False)]


def _clause_end(text: str, start: int) -> int:
    """Where a group description ends: a clause stop, or a line break that is not a wrap
    (a wrapped line goes on in lower case)."""
    limit = min(len(text), start + MAX_CHARS)
    m = _cfg()["stop"].search(text, start, limit)
    while m and _cfg()["purpose"].match(text, m.start()) \
            and re.search(r"\b(?:som|vilka)\b", text[start:m.start()]):
        m = _cfg()["stop"].search(text, m.end(), limit)  # "... som behöver stöd för att ..."
    verbs = False  # a relative clause's verbs listed: "som är X, har Y och har Z"
    rel = _relative_patterns()
    while m:
        if m.group(0) == "(" and (inside := _ASIDE.match(text, m.end())):
            m = _cfg()["stop"].search(text, inside.end(), limit)  # "(16–64 år)" is part of it
            continue
        if m.group(0).strip() == "där" and (_cfg()["situation"].match(text, m.start()) or (
                text.endswith(" och", start, m.start()) and _RELATIVE.search(text, start, m.start()))):
            # "... där arbetsförmågan är oklar", "som har haft bistånd länge och där ohälsa ..."
            m = _cfg()["stop"].search(text, m.end(), limit)
            continue
        if m.group(0).strip() in ("och", "samt") and (word := _WORD.match(text, m.end())) \
                and (word.group(0).lower() in place_names() or word.group(0)[:1].isupper()):
            # "i Arboga och Kungsör som ...", "i Katrineholms och Vingåkers kommuner" (a name,
            # not a verb, after the "och")
            m = _cfg()["stop"].search(text, m.end(), limit)
            continue
        relative = _RELATIVE.search(text, start, m.start())
        if relative and m.group(0).strip() in ("och", "samt", "eller") \
                and (last := _LAST_MEMBER.match(text, m.end())) \
                and not _opens_group(text, last.start(1)) and not is_infinitive(last.group(1)):
            # "som står utanför arbete och studier, personer med ...": the last word of the
            # clause's object, not another clause
            m = _cfg()["stop"].search(text, last.end(), limit)
            continue
        goes_on = relative and rel.goes_on.match(text, m.end())
        if m.group(0).startswith(",") and (_places_follow(text, m.end()) or goes_on
                                           or _APPOSITION.match(text, m.end())
                                           or _enumerated(text, start, m)):
            verbs = verbs or bool(goes_on and goes_on.group("verb"))
        elif not ((verbs or relative) and rel.last_verb.match(text, m.start())):
            break  # "som står långt från arbetsmarknaden och har behov av ..." goes on
        m = _cfg()["stop"].search(text, m.end(), limit)
    end = m.start() if m else limit
    aim = _cfg()["aim"].search(text, start, end)  # "vänder sig till långtidsarbetslösa ... till arbete"
    if aim and not _RELATIVE.search(text, start, aim.start()):
        end = aim.start()
    for conj in _AND_WORD.finditer(text, start, end):
        if is_infinitive(conj.group(1)) and not _opens_group(text, conj.start(1)):
            end = conj.start()  # "insatser för unga som finns ... och göra en katalog"
            break
    pos = start
    while True:
        nl = text.find("\n", pos, end)
        if nl < 0:
            return end
        rest = text[nl + 1: nl + 16].lstrip(" \t")  # past a wrapped line's indent
        after = rest[:1]
        inside = PHRASE_GOES_ON.search(text[max(start, nl - 12):nl].rstrip())
        if not after or not (after.islower() or after.isdigit() or (inside and after.isupper())) \
                or LIST_MARKER.match(rest):
            return nl  # (a list marker: the next item, not a wrap; "... eller" / "Salem" is)
        pos = nl + 1


# one word in lower case, and then a comma or the sentence's end
_LAST_MEMBER = re.compile(r"\s*([a-zåäö][\wåäö-]*)(?=\s*[,.;:)]|\s*$)")
_AND_WORD = re.compile(r"\s(?:och|samt)\s+([a-zåäö]+)\b")
_DANGLING = re.compile(r"\s+(?:och|samt|eller|men)\s*$")
_MARKED_LINE = re.compile(r"(?<=\n)[ \t]*[-–•*▪·][ \t]")
_RELATIVE = re.compile(r"\b(?:som|vilka)\b")
# a short aside in brackets ("personer i arbetsför ålder (16–64 år) som ..."), and an
# apposition between commas before the group's relative clause ("personer 20–64 år, bosatta
# i Nybro eller Emmaboda, som uppbär ..."): both part of the group
_ASIDE = re.compile(r"(?!\s*(?:se|jfr|bilaga|sid)\b)[^()\n\t.,;:!?]{1,30}\)", re.I)
_APPOSITION = re.compile(r"\s*[a-zåäö][^,.;:!?()]{2,70},\s+(?:som|vilka)\s")


class _Relative(NamedTuple):
    goes_on: re.Pattern  # after a comma inside the clause
    predicate: re.Pattern  # a copula and its predicate before an "eller"
    last_verb: re.Pattern  # "och har ..." going on with the clause


@cache
def _relative_patterns() -> _Relative:
    """Inside a relative clause: a comma that goes on with a list ("som har haft sjukpenning,
    sjukersättning eller försörjningsstöd") or another of its verbs ("som är folkbokförda i
    X, har haft ..."); a copula whose predicate "eller" does not split; "och har ...", "och
    saknar ..." going on with the clause (not "och har sedan starten haft ...", the effort's
    own clause)."""
    c = cues()["target_groups"]
    verbs, adverbs = "|".join(c["relative_verbs"]), "|".join(c["clause_adverbs"])
    copulas = "|".join(w.replace(" ", r"\s+") for w in c["relative_copulas"])
    goes_on = re.compile(r"\s*(?!och\b|eller\b|samt\b)(?:[\wåäö-]+\s+){0,2}?[\wåäö-]+\s+(?:och|eller)\s"
                         rf"|\s*(?P<verb>{verbs})\s")
    predicate = re.compile(rf"\b(?:som|vilka)\s+(?:{copulas})\s+[\wåäö-]+$")
    last_verb = re.compile(rf"\s(?:och|samt)\s(?:{verbs})\s(?!(?:{adverbs})\b)")
    return _Relative(goes_on, predicate, last_verb)


_PLACE_RUN = re.compile(r"\s*([A-ZÅÄÖ][\wåäöé-]+(?:[ -][A-ZÅÄÖ][\wåäöé-]+)?)(?=,|\s+(?:och|samt|eller)\s)")


# the rest of an enumeration after a comma: "aktivitetsersättning eller försörjningsstöd"
_ENUMERATION = re.compile(r"\s*[a-zåäö][\wåäö-]*(?:,\s+[a-zåäö][\wåäö-]*)*\s+(?:eller|och)\s+"
                          r"(?:[a-zåäö][\wåäö-]*\s+)?[a-zåäö][\wåäö-]*")


def _enumerated(text: str, start: int, m: re.Match) -> bool:
    """Whether a comma inside a group lists what its people have or lack ("personer med
    sjukpenning, aktivitetsersättning eller försörjningsstöd som ..."): after "med" or
    "utan", the words after the comma run on to an "eller"/"och", the first no group's."""
    if not re.search(r"\b(?:med|utan)\s+[^,]*$", text[start:m.start()]):
        return False
    rest = _ENUMERATION.match(text, m.end())
    return bool(rest) and not _opens_group(text, rest.start() + len(rest.group())
                                           - len(rest.group().lstrip()))


def _places_follow(text: str, pos: int) -> bool:
    """A municipality after a comma, then another comma or "och": a list of places."""
    m = _PLACE_RUN.match(text, pos)
    return bool(m) and m.group(1).lower() in place_names()


def _in(word: str, heads: set[str]) -> bool:
    """Whether a word names people; "patienter/klienter" does when either half does."""
    return any(part in heads for part in word.lower().split("/") if part)


def _unmarked_list(text: str, start: int) -> list[tuple[int, int]]:
    """Split a run of group descriptions without markers at the words that open a group."""
    cfg = _cfg()
    end = min(len(text), start + LIST_WINDOW)
    toks = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text, start, end)]
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(toks):
        word = toks[k][2].lower()
        nxt = toks[k + 1][2].lower() if k + 1 < len(toks) else ""
        is_head = _in(word, cfg["heads"]) and (word not in cfg["heads_som"] or nxt == "som")
        if not is_head:
            k += 1
            continue
        s = toks[k][0]
        j = k + 1
        while j < len(toks) and toks[j - 1][2].lower() in cfg["modifiers"] \
                and _in(toks[j][2], cfg["open_heads"]):
            j += 1  # "nyanlända invandrare", "unga män"
        if j < len(toks) and toks[j][2].lower() in cfg["cont"] | {","} :
            limit = j + 7
            while j < len(toks) and j < limit:
                w = toks[j][2]
                if w in ".;:()" or (w == "," and j + 1 < len(toks)
                                    and toks[j + 1][2].lower() not in ("vilka", "som")):
                    break
                if j > k + 1 and _in(w, cfg["open_heads"]) \
                        and toks[j - 1][2].lower() not in cfg["cont"]:
                    break
                if w[:1].isupper() and j > k + 1:
                    break
                j += 1
        e = toks[j - 1][1]
        while j - 1 > k and toks[j - 1][2].lower() in {"och", "men", "även", "samt", "eller", ","}:
            j -= 1
            e = toks[j - 1][1]
        out.append((s, e))
        k = j
    return out


def _last_sentence(text: str) -> int:
    """Characters of a lead-in's last sentence (a lead-in is judged by the sentence that
    leads into the list, not by a word in the sentence before). An aside after it is part
    of it ("Vilka målgrupper har ni arbetat med? (Flera val möjliga)")."""
    body = text.rstrip()
    aside = TRAILING_ASIDE.search(body)
    ends = [m.end() for m in re.finditer(r"[.!?]\s+(?=\S)", body[:aside.start()] if aside else body)]
    return len(body) - (ends[-1] if ends else 0)


def _table_cells(ctx: Context, found: list[tuple[int, int]], words: dict[tuple[int, int], str]
                 ) -> None:
    """The cells of a `Målgrupp` column (a table of insatser and whom each serves)."""
    for table in ctx.structure.tables:
        col = table.column("target_group")
        for row in table.rows if col is not None else []:
            cell = table.cell(row, col)
            if cell is not None:
                found.append((cell[0], cell[1]))
                words[(cell[0], cell[1])] = " ".join(cell[2].split())


_CALLED_GROUP = re.compile(r"(?:mål|behovs)grupp", re.I)
CALLED_REACH = 30  # characters before a group where the word for it stands
# "en likartad målgrupp (som Porten)", "samma målgrupper": the word for a group, not a group
_GROUP_WORD_ONLY = re.compile(r"(?:[\wåäö]+\s+){0,2}(?:mål|behovs)grupp(?:en|er|erna)?"
                              r"(?:\s+som\s+[\wåäöÅÄÖ-]+)?$", re.I)
# "Målgruppen är personer ...": the words that name the group are not the group's
_GROUP_LEAD = re.compile(r"(?:mål|behovs)grupp(?:en|erna)?\s+(?:är|var|utgörs\s+av)\s+", re.I)


def _emit(ctx: Context, spans: list[tuple[int, int]],
          words: dict[tuple[int, int], str] | None = None) -> None:
    """Records of the spans; `words` gives the text of a span that is not its evidence as
    written (a table cell wrapped over lines beside other columns)."""
    seen: set[str] = set()
    taken = Covered(len(ctx.document.text))
    # a group named inside a planned activity ("Påbörja en insats för nyanlända med ohälsa")
    # is what the activity is for, not a group the document sets out, unless the activity
    # calls it the target group ("Driva projekt X för målgruppen unga med ...")
    doc_text = ctx.document.text
    planned = Covered(len(doc_text),
                      ((a.char_start, a.char_end) for a in ctx.extraction.activities))
    for s, e in sorted(spans):
        if planned.holds(s) and not _CALLED_GROUP.search(doc_text, max(0, s - CALLED_REACH), s):
            continue
        said = (words or {}).get((s, e))
        if lead := _GROUP_LEAD.match(ctx.document.text, s, e):
            s = lead.end()
        dangling = _DANGLING.search(ctx.document.text, s, e)  # "... är oklar och" / "där ..."
        span = ctx.span(s, dangling.start() if dangling else e)
        if not span:
            continue
        said = said or span["evidence"]
        text = " ".join(said.split()).rstrip(".").strip()
        key = text.lower()
        if len(text) < 4 or key in seen or len(text) > MAX_CHARS or _GROUP_WORD_ONLY.match(text):
            continue
        if taken.holds(span["char_start"]):
            continue
        seen.add(key)
        taken.add(span["char_start"], span["char_end"])
        ctx.extraction.target_groups.append(TargetGroup(**span, text=text))
